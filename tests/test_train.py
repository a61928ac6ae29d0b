"""`curate train`: masking of uncovered labels, a tiny pipeline trained in seconds, evaluate and push using it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.training import Example
from spacy.util import load_config, load_model_from_config

from conftest import WIKINEWS_DIR, TestWorkspace, in_ci
from curation.config import CurateError
from curation.evaluate import evaluate, load_gold
from curation.importer import import_gold
from curation.preannotate import load_pipeline
from curation.preannotate.model import COVERAGE_KEY
from curation.train import DEFAULT_CONFIG, TrainingDoc, parse_overrides, reference_doc, train

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "gold" / "seeds.jsonl"
# a few steps: the tests check the machinery, not the quality
TINY = {"training.max_steps": 6, "training.eval_frequency": 3}


def _seed_records() -> list[dict]:
    return [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write_versions(tmp_path: Path) -> list[Path]:
    """v1: the seed gold, all labels (3 train, 2 dev); v2: the same texts with ACTOR only (QUOTE uncovered)."""
    records = _seed_records()
    full, actors_only = tmp_path / "full.jsonl", tmp_path / "actors.jsonl"
    with full.open("w", encoding="utf-8") as handle:
        for k, record in enumerate(records):
            handle.write(json.dumps({**record, "split": "train" if k < 3 else "dev"}, ensure_ascii=False) + "\n")
    with actors_only.open("w", encoding="utf-8") as handle:
        for k, record in enumerate(records):
            spans = [s for s in record["spans"] if s["label"] == "ACTOR"]
            row = {"doc_id": f"a-{record['doc_id']}", "text": record["text"], "spans": spans, "relations": [],
                   "labels": ["ACTOR"], "split": "train" if k < 3 else "dev"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    import_gold(full, "jsonl", version="v1", source="seed gold", licence="project gold")
    import_gold(actors_only, "jsonl", version="v2", source="seed gold, ACTOR only", licence="CC BY-NC-SA 4.0")
    return [tmp_path / "datasets" / "v1", tmp_path / "datasets" / "v2"]


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path, object]:
    """Two small gold versions and the tiny model trained on them (once for the module)."""
    root = tmp_path_factory.mktemp("train")
    (root / "label_config.xml").write_text((ROOT / "label_config.xml").read_text(encoding="utf-8"), "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CURATE_HOME", str(root))
        versions = _write_versions(root)
        output = root / "models" / "tiny"
        report = train(versions, output, overrides=TINY)
    return versions, output, report


def _initialized_pipeline(examples: list[Example]) -> spacy.language.Language:
    import curation.preannotate.model  # noqa: F401

    nlp = load_model_from_config(load_config(DEFAULT_CONFIG), auto_fill=True)
    nlp.initialize(lambda: examples)
    return nlp


def _example(nlp: spacy.language.Language, labels: tuple[str, ...]) -> Example:
    from curation.document import Document

    record = _seed_records()[0]
    document = Document.from_dict(record)
    reference = reference_doc(spacy.blank("de"), TrainingDoc(document, labels, "train"), load_pipeline())
    return Example(nlp.make_doc(document.text), reference)


def test_an_uncovered_label_contributes_no_loss() -> None:
    blank = spacy.blank("de")
    covered = _example(blank, ("ACTOR", "FIGURE", "QUOTE"))
    nlp = _initialized_pipeline([covered])
    for labels, zero, nonzero in (
        (("ACTOR",), ("curate_quote_finder", "curate_quote_types", "curate_speaker"), ("ner",)),
        (("QUOTE",), ("ner",), ("curate_quote_finder", "curate_speaker")),
    ):
        eg = _example(nlp, labels)
        assert eg.reference.user_data[COVERAGE_KEY] == list(labels)
        losses: dict[str, float] = {}
        nlp.update([eg], sgd=None, losses=losses, annotates=["curate_quote_finder"])
        for name in zero:
            assert losses[name] == 0.0, (labels, name, losses)
        for name in nonzero:
            assert losses[name] > 0.0, (labels, name, losses)


def test_uncovered_actor_tokens_are_missing() -> None:
    from curation.document import Document

    record = _seed_records()[0]
    document = Document.from_dict(record)
    doc = reference_doc(spacy.blank("de"), TrainingDoc(document, ("QUOTE",), "train"), load_pipeline())
    assert {t.ent_iob_ for t in doc} == {""} and not doc.ents  # missing, never "outside"
    covered = reference_doc(spacy.blank("de"), TrainingDoc(document, ("ACTOR", "QUOTE"), "train"), load_pipeline())
    assert "" not in {t.ent_iob_ for t in covered} and covered.ents
    assert all(e.label_ in ("PERSON", "ORGANIZATION", "STATE") for e in covered.ents)


def test_parse_overrides() -> None:
    assert parse_overrides(["training.max_steps=5", "nlp.lang=de"]) == {"training.max_steps": 5, "nlp.lang": "de"}
    with pytest.raises(CurateError, match="SECTION.KEY=VALUE"):
        parse_overrides(["max_steps"])


def test_train_writes_a_model_evaluate_uses(trained: tuple[list[Path], Path, object]) -> None:
    versions, output, report = trained
    assert (output / "config.cfg").exists() and (output / "trained" / "config.cfg").exists()
    assert not (output / "training").exists()
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    info = meta["curate_training"]
    assert [Path(v["path"]).name for v in info["gold_versions"]] == ["v1", "v2"]
    assert all(len(v["manifest_sha256"]) == 64 for v in info["gold_versions"])
    assert info["gold_versions"][1]["labels"] == ["ACTOR"]
    assert info["labels"] == ["ACTOR", "FIGURE", "QUOTE"]
    assert "CC BY-NC-SA 4.0" in meta["license"] and "non-commercial" in meta["license"]
    assert info["training_config"] == DEFAULT_CONFIG.read_text(encoding="utf-8")
    assert set(info["dev_scores"]) >= {"spacy", "rules", "trained", "combined"}
    assert "CC BY-NC-SA 4.0" in report.summary()

    nlp = load_pipeline(str(output))
    assert ("curate_speaker" in nlp.pipe_names) is (info["speaker_margin"] is not None) and "curate_quotes" in nlp.pipe_names
    assert "curate_speaker" in load_pipeline(str(output / "trained")).pipe_names
    assert "curate_quotes" not in load_pipeline(str(output / "trained")).pipe_names
    result = evaluate(versions[0], model=str(output), split="dev")
    assert result.model_version.startswith("tiny-") and result.n_docs == 2
    rules = evaluate(versions[0], split="dev")
    assert rules.model_version.startswith("curate-rules-")


def test_the_combined_pipeline_takes_a_trained_part_only_where_it_raises_its_dev_figure_on_scheme_gold(
        trained: tuple[list[Path], Path, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Trained ACTORs beside the rules' only where they raise the dev ACTOR F1 on gold that follows SCHEME.md (not on
    a label mapped from another scheme) and lower no other figure; the linker with the margin of the best dev speaker
    accuracy (no linker, then the margin closest to the rules', on a tie)."""
    from dataclasses import replace

    from curation import train as training
    from curation.preannotate import predict

    versions = trained[0]
    docs = [d for v in versions for d in training.load_source(v).docs]
    best = training.run_spacy_train(DEFAULT_CONFIG, training.write_corpus(docs, tmp_path / "corpus"), tmp_path / "run", TINY)
    dev = [d for d in docs if d.split == "dev"]
    articles = load_gold(versions[0], split="dev").articles()
    rules = [(p.spans, p.relations) for p in predict(load_pipeline(), articles)]
    cases = [  # speaker accuracy per margin (None: no linker), ACTOR mapped, ACTOR's cost to QUOTE F1 -> what is taken
        ({None: 0.5, 1.0: 0.6, 0.0: 0.9}, False, 0.0, training.Combination(("ACTOR",), 0.0)),
        ({None: 0.5, 1.0: 0.7, 0.0: 0.1}, True, 0.0, training.Combination((), 1.0)),
        ({None: 0.5, 1.0: 0.6, 0.7: 0.8, 0.3: 0.8, 0.0: 0.1}, True, 0.0, training.Combination((), 0.7)),
        ({None: 0.5, 1.0: 0.5, 0.0: 0.1}, False, 0.1, training.Combination((), None)),
    ]
    for k, (accuracy, actors_mapped, cost, expected) in enumerate(cases):

        def figures(nlp: spacy.language.Language, docs: list) -> dict[str, float]:  # what each trained part is worth
            linker = nlp.get_pipe("curate_speaker") if "curate_speaker" in nlp.pipe_names else None
            margin = None if linker is None else linker.cfg["margin"]
            actors = "curate_regions" in nlp.pipe_names and "ACTOR" in nlp.get_pipe("curate_regions").add_labels
            out = {"QUOTE_f1": 0.5 - cost * actors, "QUOTE_p": 0.5, "speaker_acc": accuracy.get(margin, 0.2)}
            if any("ACTOR" in d.labels for d in docs):
                out |= {"ACTOR_f1": 0.9 if actors else 0.5, "ACTOR_p": 0.5}
            return out

        monkeypatch.setattr(training, "dev_figures", figures)
        calibration, combination, dev_scores = training.calibrate(best, [replace(d, mapped=("ACTOR",) * actors_mapped) for d in dev])
        assert combination == expected and dev_scores["combined"]["speaker_acc"] == max(accuracy.values())
        training.save_model(best, tmp_path / f"m{k}", "m", calibration, combination, {"weights_licence": "test"})
        combined = load_pipeline(str(tmp_path / f"m{k}"))
        assert ("curate_speaker" in combined.pipe_names) is (combination.speaker_margin is not None)
        ours = [(p.spans, p.relations) for p in predict(combined, articles)]
        if combination.speaker_margin is None:  # nothing trained is taken: the rules' predictions
            assert ours == rules and any(relations for _, relations in ours)
        else:
            assert combined.get_pipe("curate_speaker").cfg["margin"] == pytest.approx(combination.speaker_margin)
        if combination.speaker_margin == 1.0:  # the rules' speakers stay, the linker's join them
            assert [spans for spans, _ in ours] == [spans for spans, _ in rules]
            assert all(all(r in mine for r in theirs) for (_, mine), (_, theirs) in zip(ours, rules))


WIKINEWS_DEV = WIKINEWS_DIR / "dev.jsonl"


@pytest.mark.skipif(not WIKINEWS_DEV.exists() and not in_ci(),
                    reason="WikiNews quotation dataset not available (under CI=true this fails instead)")
def test_bench_times_trained_combined_and_plain_ner(trained: tuple[list[Path], Path, object]) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "preannotate.py"), str(WIKINEWS_DEV), "--limit", "5",
                           "--repeats", "1", "--trained", str(trained[1])], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for row in ("trained components:", "combined (rules + trained):", "plain NER (same tok2vec):",
                "ratio combined / plain NER:", "ratio pipeline / tokenisation:"):
        assert row in done.stdout


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "curation.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **env, "PYTHONPATH": str(ROOT)}, timeout=900)


def test_cli_train_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    done = _cli("train", str(tmp_path / "nope"), "--output", str(tmp_path / "m"), env={"CURATE_HOME": str(tmp_path)})
    assert done.returncode != 0 and "gold not found" in done.stderr and "Traceback" not in done.stderr
    done = _cli("train", str(SEEDS), "--output", str(tmp_path / "m"), "--set", "oops",
                env={"CURATE_HOME": str(tmp_path)})
    assert done.returncode != 0 and "SECTION.KEY=VALUE" in done.stderr


@pytest.mark.labelstudio
def test_cli_train_then_push_uses_the_model(ls_workspace: TestWorkspace, tmp_path: Path) -> None:
    from curation.corpus import ingest
    from curation.labelstudio.push import push

    versions = _write_versions(ls_workspace.root)
    output = tmp_path / "models" / "pushed"
    done = _cli("train", *map(str, versions), "--output", str(output), "--set", "training.max_steps=4",
                "--set", "training.eval_frequency=2", env={"CURATE_HOME": str(ls_workspace.root)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "model written to" in done.stdout and "Training pipeline" in done.stdout  # spaCy's progress
    ingest(workspace=ls_workspace.workspace)
    report = push(ls_workspace.workspace, project_title=ls_workspace.project_title, model=str(output))
    assert report.created == 5 and report.model_version.startswith("pushed-")
    assert ls_workspace.project().model_version == report.model_version


def test_train_curve_prints_a_row_per_share_and_draws_the_plot(trained: tuple[list[Path], Path, object],
                                                                tmp_path: Path) -> None:
    from curation.train import train_curve

    plot = tmp_path / "curve.png"
    report = train_curve(trained[0], plot=plot, overrides=TINY, fractions=(0.5, 1.0))
    assert [p.train_docs for p in report.points] == [3, 6]  # 6 train documents over both versions
    assert all({"ACTOR", "QUOTE", "speaker"} <= set(p.f1) for p in report.points)
    lines = report.summary().splitlines()
    assert lines[0].split()[:2] == ["train", "docs"] and lines[1].split()[:2] == ["50%", "3"]
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
