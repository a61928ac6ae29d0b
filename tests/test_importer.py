"""`curate import`: WikiNews, gold JSONL and CoNLL / GermEval files -> an ordinary gold version."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from curation import evaluate, gold
from curation.config import PACKAGE_ROOT, CurateError, Workspace
from curation.document import Document, Span
from curation.importer import bio_entities, detokenize, import_gold, split_of
from conftest import in_ci

SHARED_CANDIDATES = [Path(p) for p in [os.environ.get("CURATE_SHARED_DIR", "")] if p] + [
    PACKAGE_ROOT.parent / "shared",  # a checkout beside ../shared
    PACKAGE_ROOT.parent.parent / "shared",  # a worktree under wt/
]
SHARED = next((p for p in SHARED_CANDIDATES if (p / "germeval2014").is_dir()), None)




def at(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def curate(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT), "CURATE_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "curation.cli", *args], capture_output=True, text=True, env=env, cwd=home, timeout=300)


def spans_of(document: Document) -> set[tuple[str, int, int, str, tuple[tuple[str, Any], ...]]]:
    return {(s.label, s.start, s.end, s.text, tuple(sorted(s.attributes.items()))) for s in document.spans}


def manifest(version_dir: Path) -> dict[str, Any]:
    return json.loads((version_dir / "manifest.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------ CoNLL

DEV_TSV = """#\thttp://www.example.de/a.html\t[2010-01-02]\t
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tsagte\tO\tO
4\t"\tO\tO
5\tdeutsche\tB-LOCderiv\tO
6\tFirmen\tO\tO
7\t"\tO\tO
8\t(\tO\tO
9\tSiemens\tB-ORG\tO
10\t)\tO\tO
11\t.\tO\tO

#\thttp://www.example.de/b.html\t[2010-01-03]\t
1\tIn\tO\tO
2\tBerlin\tI-LOC\tO
3\tregnet\tO\tO
4\tes\tO\tO
5\t.\tO\tO

#\thttp://www.example.de/a.html\t[2010-01-02]\t
1\tDer\tO\tO
2\tUkraine-Krieg\tB-LOCpart\tO
3\tund\tO\tO
4\tdie\tO\tO
5\tBank\tB-ORG\tO
6\tof\tI-ORG\tO
7\tAmerica\tI-ORG\tB-LOC
8\tund\tO\tO
9\tder\tO\tO
10\tGrand\tB-OTH\tO
11\tPrix\tI-OTH\tO
12\t.\tO\tO
"""

TRAIN_BIO = 'Schartau\tB-PER\nsagte\tO\ndem\tO\n"\tO\nTagesspiegel\tB-ORG\n"\tO\n.\tO\n\nPeter\tB-PER\nMüller\tI-PER\nkam\tO\n'


def test_detokenize_and_bio_decoding() -> None:
    text, starts = detokenize(["Er", "sagte", '"', "ja", '"', "(", "gestern", ")", ",", "„", "gut", "“", "."])
    assert text == 'Er sagte "ja" (gestern), „gut“.'
    assert [text[s : s + 1] for s in starts] == ["E", "s", '"', "j", '"', "(", "g", ")", ",", "„", "g", "“", "."]
    # B starts, I continues its type, an I of another type (or after O) starts a new entity
    assert list(bio_entities(["B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG"])) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 7, "ORG"),
    ]
    assert [split_of(Path(n)) for n in ("NER-de-train.bio", "dev.jsonl", "x.tsv", "train-test.tsv")] == ["train", "dev", None, None]


def test_conll_folder_keeps_splits_groups_by_url_and_maps_actors(tmp_path: Path) -> None:
    data = tmp_path / "germeval"
    data.mkdir()
    (data / "NER-de-dev.tsv").write_text(DEV_TSV, encoding="utf-8")
    (data / "NER-de-train.bio").write_text(TRAIN_BIO, encoding="utf-8")
    (data / "README.md").write_text("not a split file", encoding="utf-8")
    workspace = Workspace(tmp_path / "home")
    report = import_gold(data, "conll", workspace=workspace)
    assert (report.version, report.documents, report.documents_per_split) == ("v1", 4, {"train": 2, "dev": 2, "test": 0})

    loaded = evaluate.load_gold(report.path)
    docs = {d.doc_id: d for d in loaded.documents}
    assert sorted(docs) == ["ner-de-dev-000001", "ner-de-dev-000002", "ner-de-train-000001", "ner-de-train-000002"]
    a = docs["ner-de-dev-000001"]
    assert a.text == 'Angela Merkel sagte "deutsche Firmen" (Siemens).\nDer Ukraine-Krieg und die Bank of America und der Grand Prix.'
    assert spans_of(a) == {
        ("ACTOR", 0, 13, "Angela Merkel", (("actor_type", "PERSON"),)),
        ("ACTOR", *at(a.text, "Siemens"), "Siemens", (("actor_type", "ORGANIZATION"),)),
        ("ACTOR", *at(a.text, "Bank of America"), "Bank of America", (("actor_type", "ORGANIZATION"),)),
    }
    b = docs["ner-de-dev-000002"]
    assert b.text == "In Berlin regnet es." and spans_of(b) == {("ACTOR", 3, 9, "Berlin", (("actor_type", "STATE"),))}
    t1, t2 = docs["ner-de-train-000001"], docs["ner-de-train-000002"]
    assert t1.text == 'Schartau sagte dem "Tagesspiegel".' and t2.text == "Peter Müller kam"
    assert {s.text for s in t1.spans} == {"Schartau", "Tagesspiegel"} and {s.text for s in t2.spans} == {"Peter Müller"}

    rows = {r["doc_id"]: r for r in pq.read_table(report.path / "documents.parquet").to_pylist()}
    assert rows["ner-de-dev-000001"] | {"text": None, "text_sha256": None} == {
        "doc_id": "ner-de-dev-000001", "title": None, "source": "example.de", "published": "2010-01-02",
        "text": None, "text_sha256": None, "split": "dev",
    }
    assert rows["ner-de-train-000001"]["split"] == "train"
    info = manifest(report.path)
    assert (info["labels"], info["relation_labels"], info["partial_labels"]) == (["ACTOR"], [], {})
    assert info["licence"] == "CC BY 4.0" and "GermEval" in info["source"] and info["label_studio"] is None
    assert info["import"]["stats"]["LOCderiv entities (not ACTOR)"] == 1 and info["import"]["stats"]["OTH entities (not ACTOR)"] == 1
    assert {s["origin"] for s in pq.read_table(report.path / "spans.parquet").to_pylist()} == {"imported"}
    assert all(json.loads(line)["labels"] == ["ACTOR"] for line in (report.path / "gold.jsonl").read_text("utf-8").splitlines())
    assert "## What this gold covers" in (report.path / "README.md").read_text("utf-8")
    # GermEval's names are ACTOR only by a mapping: recorded, so that training does not take them for SCHEME's ACTOR
    assert list(info["mapped_labels"]) == ["ACTOR"] and "mapped from another annotation scheme" in (report.path / "README.md").read_text("utf-8")
    from curation.train import load_source

    assert {d.mapped for d in load_source(report.path).docs} == {("ACTOR",)}
    older = tmp_path / "older"  # imported before manifests recorded mapped labels: the format says it
    shutil.copytree(report.path, older)
    (older / "manifest.json").write_text(json.dumps({k: v for k, v in info.items() if k != "mapped_labels"}), "utf-8")
    assert {d.mapped for d in load_source(older).docs} == {("ACTOR",)}


# --------------------------------------------------------------------------------------- WikiNews

WIKINEWS_TEXT = "Minister Olaf Scholz sagte: „Wir helfen.“ Er sagte, man müsse warten. Die Lage sei, so Meier, ernst."


def role(text: str, *fragments: str) -> dict[str, Any]:
    spans = [dict(zip(("charBegin", "charEnd"), at(text, f))) for f in fragments]
    return {"spans": spans, "text": " ".join(fragments)}


def wikinews_records() -> list[dict[str, Any]]:
    t = WIKINEWS_TEXT
    second = "Sie sagte, es regne."
    return [
        {
            "documentName": "7 - Scholz hilft (2022-04-01)",
            "originalText": t,
            "annotations": [
                {"type": "Direct", "quote": role(t, "„Wir helfen.“"), "speaker": role(t, "Minister Olaf Scholz")},
                {"type": "Indirect", "quote": role(t, "man müsse warten"), "speaker": role(t, "Er")},
                {"type": "IndirectFreeIndirect", "quote": role(t, "Die Lage sei", "ernst"), "speaker": role(t, "Meier")},
            ],
        },
        {
            "documentName": "8 - Regen (2022-04-02)",
            "originalText": second,
            "annotations": [{"type": "Reported", "quote": role(second, "es regne"), "speaker": role(second, "Sie")}],
        },
    ]


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_wikinews_quotes_speakers_as_actors_pronouns_resolved_or_dropped(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "dev.jsonl", wikinews_records())
    report = import_gold(path, "wikinews", source="my copy", workspace=Workspace(tmp_path / "home"))
    assert report.documents_per_split == {"train": 0, "dev": 2, "test": 0}
    loaded = evaluate.load_gold(report.path)
    assert loaded.labels == ("QUOTE",)
    assert all(c == evaluate.Coverage(("QUOTE",), ("speaker",)) for c in loaded.coverage.values())
    docs = {d.doc_id: d for d in loaded.documents}
    first, second = docs["wikinews-7"], docs["wikinews-8"]
    t = WIKINEWS_TEXT
    assert spans_of(first) == {
        ("QUOTE", *at(t, "„Wir helfen.“"), "„Wir helfen.“", (("quote_type", "direct"),)),
        ("QUOTE", *at(t, "man müsse warten"), "man müsse warten", (("quote_type", "indirect"),)),
        ("QUOTE", *at(t, "Die Lage sei, so Meier, ernst"), "Die Lage sei, so Meier, ernst", (("quote_type", "indirect"),)),
        ("ACTOR", *at(t, "Minister Olaf Scholz"), "Minister Olaf Scholz", ()),  # the pronoun "Er" is no ACTOR
        ("ACTOR", *at(t, "Meier"), "Meier", ()),
    }
    by_id = {s.id: s.text for s in first.spans}
    assert sorted((by_id[r.from_id], by_id[r.to_id], r.label) for r in first.relations) == [
        ("Die Lage sei, so Meier, ernst", "Meier", "speaker"),
        ("man müsse warten", "Minister Olaf Scholz", "speaker"),  # "Er" -> the earlier named speaker
        ("„Wir helfen.“", "Minister Olaf Scholz", "speaker"),
    ]
    # "Sie" has no earlier named speaker: the quote stays, without speaker and without ACTOR
    assert spans_of(second) == {("QUOTE", 11, 19, "es regne", (("quote_type", "reported"),))} and second.relations == []
    info = manifest(report.path)
    assert (info["labels"], info["relation_labels"]) == (["QUOTE"], ["speaker"])
    assert "ACTOR" in info["partial_labels"] and (info["source"], info["licence"]) == ("my copy", "CC BY-NC-SA 4.0")
    assert info["mapped_labels"] == {}
    assert info["import"]["stats"]["pronoun speakers linked to an earlier named speaker"] == 1
    rows = pq.read_table(report.path / "documents.parquet").to_pylist()
    assert {(r["doc_id"], r["title"], r["published"]) for r in rows} == {("wikinews-7", "Scholz hilft", "2022-04-01"), ("wikinews-8", "Regen", "2022-04-02")}


# ------------------------------------------------------------------------------------ gold JSONL

QUOTE_ONLY = {
    "doc_id": "a",
    "text": "Scholz sagte: „Ja.“",
    "spans": [
        {"id": "q", "label": "QUOTE", "start": 14, "end": 19, "text": "„Ja.“", "quote_type": "direct"},
        {"id": "s", "label": "ACTOR", "start": 0, "end": 6, "text": "Scholz"},
    ],
    "relations": [{"from": "q", "to": "s", "label": "speaker"}],
    "labels": ["QUOTE"],
    "split": "test",
    "title": "Ja",
}


def test_jsonl_keeps_record_splits_coverage_and_hashes_the_rest(tmp_path: Path) -> None:
    other = {**QUOTE_ONLY, "doc_id": "b", "split": None, "title": None}
    path = write_jsonl(tmp_path / "gold.jsonl", [QUOTE_ONLY, other])
    report = import_gold(path, "jsonl", licence="CC0", workspace=Workspace(tmp_path / "home"))
    rows = {r["doc_id"]: r for r in pq.read_table(report.path / "documents.parquet").to_pylist()}
    assert (rows["a"]["split"], rows["a"]["title"]) == ("test", "Ja") and rows["b"]["split"] == gold.hash_split("b")
    loaded = evaluate.load_gold(report.path)
    assert loaded.labels == ("QUOTE",) and spans_of(loaded.documents[0]) == {
        ("QUOTE", 14, 19, "„Ja.“", (("quote_type", "direct"),)),
        ("ACTOR", 0, 6, "Scholz", ()),
    }
    info = manifest(report.path)
    assert (info["labels"], info["relation_labels"], info["licence"]) == (["QUOTE"], ["speaker"], "CC0")
    assert "own splits where" in info["splits"]["method"]


# ------------------------------------------------------------------------------------- bad input


def _bad_jsonl(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


GOOD_LINE = json.dumps(QUOTE_ONLY, ensure_ascii=False)
BAD_INPUTS = [
    ("conll", "x.tsv", "1\tA\tO\tO\n2\tB\tB-PER\tO\n3\tC\tB-MISC\tO\n", ":3: unknown tag 'B-MISC'"),
    ("conll", "x.bio", "A\tO\nB\tO\tO\tO\n", ":2: expected 'token TAB tag'"),
    ("jsonl", "x.jsonl", _bad_jsonl([GOOD_LINE, "{not json"]), ":2: not valid JSON"),
    ("jsonl", "x.jsonl", _bad_jsonl([GOOD_LINE.replace('"quote_type": "direct"', '"quote_type": "shouted"')]), ":1: span q: quote_type='shouted'"),
    ("jsonl", "x.jsonl", _bad_jsonl([GOOD_LINE.replace('"from": "q", "to": "s"', '"from": "s", "to": "q"')]), ":1: relation s->q: speaker must join QUOTE -> ACTOR"),
    ("jsonl", "x.jsonl", _bad_jsonl([GOOD_LINE, GOOD_LINE.replace('"doc_id": "a"', '"doc_id": "b"').replace('["QUOTE"]', '["QUOTE", "ACTOR"]')]), ":2: covers labels [ACTOR, QUOTE]"),
    ("jsonl", "x.jsonl", _bad_jsonl([GOOD_LINE, GOOD_LINE]), ":2: duplicate doc_id 'a'"),
    ("wikinews", "x.jsonl", _bad_jsonl([json.dumps({**wikinews_records()[1], "annotations": [{"type": "Shouted"}]})]), ":1: unknown quotation type"),
]


@pytest.mark.parametrize(("fmt", "name", "content", "message"), BAD_INPUTS, ids=[m for *_, m in BAD_INPUTS])
def test_bad_input_is_one_line_with_file_and_line_exit_1_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, name: str, content: str, message: str
) -> None:
    from typer.testing import CliRunner

    from curation.cli import app

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CURATE_HOME", str(home))
    result = CliRunner().invoke(app, ["import", str(path), "--format", fmt])  # in-process: the slow part is the interpreter start
    assert result.exit_code == 1 and isinstance(result.exception, (SystemExit, type(None))), result.output  # no traceback
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"{path}{message}" in errors[0], result.stderr
    assert not (home / "datasets").exists() or not any((home / "datasets").iterdir())


def test_existing_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [QUOTE_ONLY])
    home = tmp_path / "home"
    home.mkdir()
    first = curate("import", str(path), "--format", "jsonl", "--version", "v3", home=home)
    assert first.returncode == 0, first.stderr
    before = {p: p.read_bytes() for p in (home / "datasets" / "v3").rglob("*") if p.is_file()}
    again = curate("import", str(path), "--format", "jsonl", "--version", "v3", home=home)
    assert again.returncode == 1 and "immutable" in again.stderr and "next free: v4" in again.stderr
    assert {p: p.read_bytes() for p in (home / "datasets" / "v3").rglob("*") if p.is_file()} == before
    with pytest.raises(CurateError, match="unknown import format"):
        import_gold(path, "csv", workspace=Workspace(home))


# ----------------------------------------------------------------------------- coverage in evaluate


def _prediction(doc: Document, *spans: Span) -> Document:
    return Document(doc.doc_id, doc.text, list(spans))


def test_quote_only_gold_never_counts_predicted_actors_as_false_positives(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [QUOTE_ONLY])
    report = import_gold(path, "jsonl", workspace=Workspace(tmp_path / "home"))
    gold_set = evaluate.load_gold(report.path)
    (doc,) = gold_set.documents
    predicted = _prediction(
        doc,
        Span("p1", "QUOTE", 14, 19, "„Ja.“", {"quote_type": "direct"}),
        Span("p2", "ACTOR", 0, 6, "Scholz"),
        Span("p3", "ACTOR", 7, 12, "sagte"),  # would be a false positive if ACTOR were gold
    )
    scores = evaluate.score(gold_set.documents, [predicted], labels=gold_set.labels, coverage=gold_set.coverage)
    assert list(scores.by_label) == ["QUOTE"] and scores.by_label["QUOTE"]["exact"].tp == 1


def test_per_record_coverage_in_jsonl_scores_each_document_on_its_own_labels(tmp_path: Path) -> None:
    full = {k: v for k, v in QUOTE_ONLY.items() if k not in ("labels", "split", "title")} | {"doc_id": "full"}
    no_speaker = QUOTE_ONLY | {"doc_id": "nospeaker", "relation_labels": []}
    path = write_jsonl(tmp_path / "mixed.jsonl", [QUOTE_ONLY, full])
    gold_set = evaluate.load_gold(path)
    assert gold_set.labels == ("ACTOR", "FIGURE", "QUOTE") and gold_set.coverage == {"a": evaluate.Coverage(("QUOTE",), ("speaker",))}
    extra = [_prediction(d, Span("p", "ACTOR", 7, 12, "sagte")) for d in gold_set.documents]
    scores = evaluate.score(gold_set.documents, extra, labels=gold_set.labels, coverage=gold_set.coverage)
    actor = scores.by_label["ACTOR"]["exact"]
    assert (actor.pred, actor.fp, actor.gold) == (1, 1, 1)  # only the document that covers ACTOR counts it
    quote_only = evaluate.load_gold(write_jsonl(tmp_path / "nospeaker.jsonl", [no_speaker]))
    assert evaluate.score(quote_only.documents, [], labels=quote_only.labels, coverage=quote_only.coverage).speaker == {}
    with pytest.raises(CurateError, match=r"bad\.jsonl:1: 'labels' names unknown 'PLACE'"):
        evaluate.load_gold(write_jsonl(tmp_path / "bad.jsonl", [QUOTE_ONLY | {"labels": ["PLACE"]}]))


# ---------------------------------------------------------------------------------- the real files


@pytest.fixture
def shared() -> Path:
    if SHARED is None:
        if in_ci():
            pytest.fail(f"../shared not found (looked at {', '.join(map(str, SHARED_CANDIDATES))})")
        pytest.skip("../shared is not here")
    return SHARED


def test_actor_name_list_is_what_its_script_mines_from_germeval(shared: Path) -> None:
    """curation/preannotate/data/names_de.tsv (the actor rules' names, mined from GermEval 2014 train) is exactly
    what scripts/build_names_de.py writes from the shared GermEval files."""
    spec = importlib.util.spec_from_file_location("build_names_de", PACKAGE_ROOT / "scripts" / "build_names_de.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.OUTPUT.read_text(encoding="utf-8") == script.build(shared / "germeval2014"), \
        "run scripts/build_names_de.py"


def test_real_germeval_and_wikinews_import(shared: Path, tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    germeval = import_gold(shared / "germeval2014", "conll", workspace=workspace)
    assert germeval.documents_per_split == {"train": 23999, "dev": 2183, "test": 5037}
    assert germeval.spans_per_label["ACTOR"] == germeval.stats["PER -> ACTOR PERSON"] + germeval.stats["ORG -> ACTOR ORGANIZATION"] + germeval.stats["LOC -> ACTOR STATE"]
    assert germeval.stats["sentences"] == 2200 + 5100 + 23999
    wikinews = import_gold(shared / "wikinews-quotes", "wikinews", workspace=workspace)
    assert (wikinews.version, wikinews.documents_per_split) == ("v2", {"train": 700, "dev": 150, "test": 0})
    assert wikinews.labels == ["QUOTE"] and wikinews.relation_labels == ["speaker"]
    for version in (germeval.path, wikinews.path):
        loaded = evaluate.load_gold(version)  # checks every span's text against its offsets
        assert len(loaded.documents) == manifest(version)["counts"]["documents"]
    first = next(d for d in evaluate.load_gold(germeval.path, split="dev").documents if d.doc_id == "ner-de-dev-000001")
    assert first.text == 'Gleich darauf entwirft er seine Selbstdarstellung "Ecce homo" in enger Auseinandersetzung mit diesem Bild Jesu.'
    assert spans_of(first) == {("ACTOR", 106, 110, "Jesu", (("actor_type", "PERSON"),))}
    raw = evaluate.load_gold(shared / "wikinews-quotes" / "dev.jsonl")
    quotes = sum(1 for d in raw.documents for s in d.spans if s.label == "QUOTE")
    assert manifest(wikinews.path)["counts"]["spans_per_split"]["dev"]["QUOTE"] == quotes
