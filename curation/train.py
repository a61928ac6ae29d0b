"""`curate train` / `curate train-curve`: a spaCy pipeline trained from gold versions with spaCy's own training.

Gold versions (datasets/vN, or anything `curate evaluate` reads) become DocBins of reference Docs: ACTOR
mentions as entities (label = actor_type; every token missing where ACTOR is not covered), QUOTEs under two
span keys (the finder's and the typer's, label = quote_type), the labels the gold covers, the gold speaker
pairs and the rules' ACTORs and speaker choices (candidates and a feature of the speaker linker).
`spacy.cli.train.train` trains configs/curate.cfg on the train split with early stopping on dev. The result
is calibrated on dev and saved as

    models/NAME/          the combined pre-annotator (rules + trained components)  -> `--model models/NAME`
    models/NAME/trained/  the trained components alone (FIGURE stays with the rules: no gold covers it)
    models/NAME/training/ spaCy's model-best / model-last and the DocBins (removed after saving)

with meta["curate"]: gold versions and their manifest sha256, labels, dev scores, config, curate version,
the licences of the training data.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import curation
from curation.config import CurateError
from curation.document import Document
from curation.evaluate import GoldSet, is_pronoun_speaker, load_gold, score
from curation.preannotate.spans import LABELS, SPEAKERS_KEY, span_values

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "curate.cfg"
SPLITS = ("train", "dev")
RULE_COMPONENTS = ("curate_actors", "curate_figures", "curate_quotes")


@dataclass
class TrainingDoc:
    document: Document
    labels: tuple[str, ...]  # the labels its gold covers
    split: str  # train | dev
    mapped: tuple[str, ...] = ()  # covered labels mapped from another scheme (manifest "mapped_labels")

    def following_the_scheme(self) -> TrainingDoc:
        """This document covering only the labels whose gold follows SCHEME.md (not the mapped ones)."""
        return replace(self, labels=tuple(label for label in self.labels if label not in self.mapped), mapped=())


@dataclass
class GoldSource:
    path: str
    manifest_sha256: str | None
    licence: str
    labels: tuple[str, ...]
    docs: list[TrainingDoc] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        counts = {s: sum(d.split == s for d in self.docs) for s in SPLITS}
        return {"path": self.path, "manifest_sha256": self.manifest_sha256, "licence": self.licence,
                "labels": list(self.labels), "documents": counts}


# -------------------------------------------------------------------------------------------- sources


def _doc_labels(gold: GoldSet, doc: Document) -> tuple[str, ...]:
    coverage = getattr(gold, "coverage", {}).get(doc.doc_id)
    return tuple(coverage.labels) if coverage is not None else tuple(gold.labels)


def _manifest(path: Path) -> tuple[dict[str, Any], str | None]:
    file = path / "manifest.json" if path.is_dir() else None
    if file is None or not file.exists():
        return {}, None
    data = file.read_bytes()
    try:
        return json.loads(data), hashlib.sha256(data).hexdigest()
    except json.JSONDecodeError as exc:
        raise CurateError(f"{file}: not valid JSON ({exc.msg})") from None


def _licence(path: Path, manifest: dict[str, Any]) -> str:
    stated = manifest.get("licence") or manifest.get("license")
    if stated:
        return str(stated)
    licence_file = (path if path.is_dir() else path.parent) / "LICENSE"
    if licence_file.exists():
        return licence_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()[0][:200]
    return "the project's own gold (no licence stated)"


def load_source(path: Path) -> GoldSource:
    """A gold version's train and dev documents with their coverage; JSONL gold without splits is split by
    a hash of doc_id (as `curate export` does)."""
    from curation.gold import hash_split

    manifest, sha = _manifest(path)
    if path.is_dir():
        parts = [(split, _load_split(path, split)) for split in SPLITS]
    else:
        whole = load_gold(path)
        parts = [(split, GoldSet([d for d in whole.documents if hash_split(d.doc_id) == split], whole.labels,
                                 whole.source, whole.fmt, whole.titles, *_extra(whole))) for split in SPLITS]
    mapped = tuple(_mapped_labels(manifest))
    docs = [TrainingDoc(d, _doc_labels(gold, d), split, mapped) for split, gold in parts if gold for d in gold.documents]
    labels = tuple(label for label in LABELS if any(label in d.labels for d in docs))
    return GoldSource(str(path), sha, _licence(path, manifest), labels, docs)


def _mapped_labels(manifest: dict[str, Any]) -> dict[str, str]:
    """The manifest's mapped labels; for a version imported before manifests recorded them, its format's."""
    if "mapped_labels" in manifest:
        return manifest["mapped_labels"] or {}
    from curation.importer import FORMAT_SPECS

    spec = FORMAT_SPECS.get((manifest.get("import") or {}).get("format"))
    return spec.mapped_labels(manifest.get("labels", ())) if spec else {}


def _extra(gold: GoldSet) -> list[Any]:
    return [gold.coverage] if hasattr(gold, "coverage") else []


def _load_split(path: Path, split: str) -> GoldSet | None:
    try:
        return load_gold(path, fmt="version", split=split)
    except CurateError as exc:
        if "no documents in split" in str(exc):
            return None
        raise


# --------------------------------------------------------------------------------------------- corpus


def _char_span(doc: Any, start: int, end: int, label: str) -> Any:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def reference_doc(nlp: Any, item: TrainingDoc, rules: Any) -> Any:
    """The spaCy reference Doc of one gold document (see the module docstring)."""
    from spacy.tokens import Span as SpacySpan
    from spacy.util import filter_spans

    from curation.preannotate.model import (
        COVERAGE_KEY,
        GOLD_SPEAKERS_KEY,
        QUOTE_CANDIDATES_KEY,
        RULE_ACTORS_KEY,
        RULE_PATHS_KEY,
        RULE_SPEAKERS_KEY,
        SPEAKER_PATHS_KEY,
        TRAINED_QUOTES_KEY,
    )

    document = item.document
    doc = nlp.make_doc(document.text)
    by_id = {s.id: s for s in document.spans}
    actors = [_char_span(doc, s.start, s.end, str(s.attributes.get("actor_type") or "PERSON"))
              for s in document.spans if s.label == "ACTOR" and not is_pronoun_speaker(s)]
    actors = filter_spans([a for a in actors if a is not None])
    # ACTOR uncovered: every token missing. The ACTOR spans such a version has (WikiNews: speaker phrases such as
    # "der Sprecher des Ministeriums") are not shaped like the mentions the scheme wants; they serve the linker.
    if "ACTOR" in item.labels:
        doc.set_ents(actors, default="outside")
    else:
        doc.set_ents([], default="missing")
    quotes = [_char_span(doc, s.start, s.end, str(s.attributes.get("quote_type") or "direct"))
              for s in document.spans if s.label == "QUOTE"]
    quotes = [q for q in quotes if q is not None]
    doc.spans[TRAINED_QUOTES_KEY] = quotes
    doc.spans[QUOTE_CANDIDATES_KEY] = [SpacySpan(doc, q.start, q.end) for q in quotes]
    doc.user_data[COVERAGE_KEY] = list(item.labels)
    doc.user_data[GOLD_SPEAKERS_KEY] = [
        [by_id[r.from_id].start, by_id[r.from_id].end, by_id[r.to_id].start, by_id[r.to_id].end]
        for r in document.relations
        if r.label == "speaker" and r.from_id in by_id and r.to_id in by_id and not is_pronoun_speaker(by_id[r.to_id])
    ]
    ruled = rules(document.text)
    doc.user_data[RULE_ACTORS_KEY] = [
        [s.start_char, s.end_char, (span_values(ruled, "ACTOR", s.start_char, s.end_char)[0] or {}).get("actor_type")]
        for s in ruled.spans.get("ACTOR", [])
    ]
    doc.user_data[RULE_SPEAKERS_KEY] = list(ruled.user_data.get(SPEAKERS_KEY) or [])
    doc.user_data[RULE_PATHS_KEY] = dict(ruled.user_data.get(SPEAKER_PATHS_KEY) or {})
    return doc


def reference_docs(docs: Sequence[TrainingDoc]) -> dict[str, list[Any]]:
    """Reference Docs per split (train, dev)."""
    import spacy

    from curation.preannotate import load_pipeline

    nlp = spacy.blank("de")
    rules = load_pipeline()
    out = {}
    for split in SPLITS:
        items = [d for d in docs if d.split == split]
        if not items:
            raise CurateError(f"no {split} documents in the gold versions given (train needs train and dev splits)")
        out[split] = [reference_doc(nlp, item, rules) for item in items]
    return out


def write_docbin(docs: Sequence[Any], path: Path) -> Path:
    from spacy.tokens import DocBin

    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=True).to_disk(path)
    return path


def write_corpus(docs: Sequence[TrainingDoc], out_dir: Path) -> dict[str, Path]:
    """train.spacy and dev.spacy in `out_dir`."""
    refs = reference_docs(docs)
    return {split: write_docbin(refs[split], out_dir / f"{split}.spacy") for split in SPLITS}


# ------------------------------------------------------------------------------------------- training


@dataclass
class TrainReport:
    output: Path
    sources: list[GoldSource]
    dev: dict[str, Any]  # figures of the rules, the trained and the combined pipeline on dev
    combination: Combination
    seconds: float
    peak_mb: float

    def summary(self) -> str:
        lines = [f"model written to {self.output} (combined) and {self.output / 'trained'} (trained components)"]
        for name, figures in self.dev.items():
            lines.append(f"  dev {name:9s} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
        lines.append(f"  trained regions added beside the rules: {', '.join(self.combination.add_labels) or 'none'}")
        lines.append(f"  speakers: {describe_margin(self.combination.speaker_margin)}")
        lines.append(f"  training took {self.seconds:.0f} s, peak memory {self.peak_mb:.0f} MB")
        lines.append("  licences of the training data (the weights carry them): "
                     + "; ".join(f"{s.path}: {s.licence}" for s in self.sources))
        return "\n".join(lines)


def _import_components() -> None:
    import curation.preannotate  # noqa: F401  (registers the rule components)
    import curation.preannotate.model  # noqa: F401  (registers the trainable components)


def run_spacy_train(config: Path, corpus: dict[str, Path], output: Path, overrides: dict[str, Any]) -> Path:
    """spaCy's own training (progress on stdout); returns the model-best directory."""
    from spacy.cli.train import train as spacy_train

    _import_components()
    if not config.exists():
        raise CurateError(f"training config not found: {config}")
    settings = {"paths.train": str(corpus["train"]), "paths.dev": str(corpus["dev"]), **overrides}
    try:
        spacy_train(config, output, overrides=settings)
    except SystemExit as exc:  # spaCy reports config errors itself, then exits
        raise CurateError(f"spaCy training with {config} failed (exit {exc.code}; spaCy's message above)") from None
    best = output / "model-best"
    if not best.exists():
        raise CurateError(f"spaCy training wrote no {best}")
    return best


def _predict_docs(nlp: Any, docs: Sequence[Document]) -> list[Document]:
    from curation.evaluate import GoldSet as _GoldSet
    from curation.preannotate import predict

    articles = _GoldSet(list(docs), LABELS, "dev", "version").articles()
    return list(predict(nlp, articles))


def dev_figures(nlp: Any, dev: Sequence[TrainingDoc]) -> dict[str, float]:
    """Overlap F1 / precision per covered label and speaker accuracy (all types) on the dev documents."""
    figures: dict[str, float] = {}
    for label in LABELS:
        docs = [d.document for d in dev if label in d.labels]
        if not docs:
            continue
        scores = score(docs, _predict_docs(nlp, docs), labels=(label,))
        overlap = scores.by_label[label]["overlap"]
        figures[f"{label}_f1"] = overlap.f1
        figures[f"{label}_p"] = overlap.precision
        if label == "QUOTE" and scores.speaker:
            figures["speaker_acc"] = scores.speaker["all"].accuracy
    return figures


# The speaker linker's margins tried on dev (see preannotate.model.choose), in the order a tie on dev is decided:
# None = no linker (the rules need no evidence), 1 = it only fills the quotes the rules left, 0 = its choice always.
SPEAKER_MARGINS: tuple[float | None, ...] = (None, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0)


def describe_margin(margin: float | None) -> str:
    if margin is None:
        return "the rules' (the linker did not raise the dev speaker accuracy)"
    if margin >= 1:
        return "the rules', and the linker's for the quotes the rules gave none"
    if margin <= 0:
        return "the linker's choice replaces the rules'"
    return f"the linker's where it is more probable than the rules' choice by more than {margin:.1f}, else the rules'"


@dataclass(frozen=True)
class Combination:
    """What the combined pre-annotator takes from the trained components, decided on dev: trained regions of
    `add_labels` beside the rules' regions, and the speaker linker with `speaker_margin` (a SPEAKER_MARGINS
    value; None: no linker)."""

    add_labels: tuple[str, ...] = ()
    speaker_margin: float | None = 0.0


def _with_regions(nlp: Any, mode: str, add_labels: Sequence[str], calibration: dict[str, float]) -> Any:
    """Set the regions component's mode. Combined: it runs after the speaker linker, which so chooses among the
    rules' ACTORs as in training (trained ACTORs it never saw as candidates cost 0.12 speaker accuracy on
    WikiNews dev); trained: before it, the trained ACTORs being the only candidates."""
    nlp.remove_pipe("curate_regions")
    config = {"mode": mode, "add_labels": list(add_labels), "calibration": calibration}
    if mode == "trained" and "curate_speaker" in nlp.pipe_names:
        nlp.add_pipe("curate_regions", before="curate_speaker", config=config)
    else:
        nlp.add_pipe("curate_regions", last=True, config=config)
    return nlp


def load_variant(best: Path, variant: str, calibration: dict[str, float], combination: Combination = Combination()) -> Any:
    """The trained pipeline as "combined" (rules + trained, as `combination` says) or "trained" (the rules only
    for FIGURE; `combination` does not apply)."""
    import spacy

    from curation.preannotate.pipeline import TextKeepingTokenizer

    _import_components()
    if variant == "trained":
        exclude, add_labels, margin = ["curate_actors", "curate_quotes"], (), 0.0
    else:
        exclude, add_labels, margin = [], combination.add_labels, combination.speaker_margin
    nlp = spacy.load(best, exclude=[*exclude, *(["curate_speaker"] if margin is None else [])])
    if "curate_speaker" in nlp.pipe_names:
        nlp.get_pipe("curate_speaker").cfg["margin"] = margin  # saved with the pipeline
    nlp = _with_regions(nlp, variant, add_labels, calibration)
    if not isinstance(nlp.tokenizer, TextKeepingTokenizer):
        nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp


def calibrate(best: Path, dev: Sequence[TrainingDoc]) -> tuple[dict[str, float], Combination, dict[str, Any]]:
    """Scores of the trained regions (their dev precision), what the combined pipeline takes from the trained
    components, and the dev figures of rules / trained / combined. A trained part is taken only where it raises
    its dev figure and lowers no other, on gold that follows SCHEME.md (a label mapped from another scheme, such
    as GermEval's names as ACTOR, is no evidence for it)."""
    from curation.preannotate import load_pipeline

    trained = dev_figures(load_variant(best, "trained", {}), dev)
    calibration = {label: round(trained.get(f"{label}_p", 0.5), 3) for label in ("ACTOR", "QUOTE")}
    rules = dev_figures(load_pipeline(), dev)

    def combined(combination: Combination, docs: Sequence[TrainingDoc]) -> dict[str, float]:
        return dev_figures(load_variant(best, "combined", calibration, combination), docs)

    scheme_dev = [d.following_the_scheme() for d in dev]
    base = combined(Combination(speaker_margin=None), scheme_dev)
    add: tuple[str, ...] = ()
    for label in ("ACTOR", "QUOTE"):
        if f"{label}_f1" in base and _raises(combined(Combination((label,), None), scheme_dev), base, f"{label}_f1"):
            add += (label,)
    margin = _speaker_margin(best, calibration, add, [d for d in dev if "QUOTE" in d.labels])
    chosen = Combination(add, margin)
    return calibration, chosen, {"rules": rules, "trained": trained, "combined": combined(chosen, dev)}


def _speaker_margin(best: Path, calibration: dict[str, float], add: tuple[str, ...],
                    dev: Sequence[TrainingDoc]) -> float | None:
    """The SPEAKER_MARGINS value with the best dev speaker accuracy (the first on a tie). The margin changes the
    speaker pairs only, so the quotes' documents are all it needs."""
    if not dev:
        return None
    accuracy = {None: dev_figures(load_variant(best, "combined", calibration, Combination(add, None)), dev)}
    nlp = load_variant(best, "combined", calibration, Combination(add, 0.0))
    for margin in SPEAKER_MARGINS[1:]:
        nlp.get_pipe("curate_speaker").cfg["margin"] = margin
        accuracy[margin] = dev_figures(nlp, dev)
    return max(SPEAKER_MARGINS, key=lambda m: accuracy[m].get("speaker_acc", 0.0))


def _raises(new: dict[str, float], old: dict[str, float], figure: str) -> bool:
    """`figure` higher in `new` and no F1 or speaker accuracy lower."""
    kept = all(new.get(k, 0.0) >= v for k, v in old.items() if k.endswith("_f1") or k == "speaker_acc")
    return new[figure] > old[figure] and kept


def _training_meta(sources: Sequence[GoldSource], config: Path, best: Path, dev: dict[str, Any],
                   combination: Combination, seconds: float, peak_mb: float) -> dict[str, Any]:
    spacy_meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    licences = sorted({s.licence for s in sources})
    return {
        "gold_versions": [s.meta() for s in sources],
        "labels": sorted({label for s in sources for label in s.labels}),
        "dev_scores": {"spacy": spacy_meta.get("performance", {}), **dev},
        "added_beside_rules": list(combination.add_labels),
        "speaker_margin": combination.speaker_margin,
        "training_config": config.read_text(encoding="utf-8"),
        "curate_version": curation.__version__,
        "training_seconds": round(seconds, 1),
        "training_peak_mb": round(peak_mb),
        "licences": licences,
        "weights_licence": ("the weights are derived from the training data and carry its licences: "
                            + "; ".join(licences)
                            + (" (CC BY-NC-SA data: the weights are CC BY-NC-SA too, non-commercial use only)"
                               if any("NC" in lic.upper() for lic in licences) else "")),
    }


def save_model(best: Path, output: Path, name: str, calibration: dict[str, float], combination: Combination,
               training: dict[str, Any]) -> None:
    for variant, target in (("combined", output), ("trained", output / "trained")):
        nlp = load_variant(best, variant, calibration, combination)
        nlp.tokenizer = nlp.tokenizer.tokenizer  # the saved pipeline has spaCy's own tokenizer
        nlp.meta["name"] = f"{name}_{variant}" if variant == "trained" else name
        nlp.meta["version"] = curation.__version__
        nlp.meta["license"] = training["weights_licence"]
        nlp.meta["curate_training"] = {**training, "variant": variant}
        nlp.to_disk(target)


def _peak_mb() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def _model_name(output: Path) -> str:
    import re

    return re.sub(r"\W", "_", output.name) or "curate_model"


def parse_overrides(items: Sequence[str]) -> dict[str, Any]:
    """KEY=VALUE config overrides; VALUE is read as JSON when it parses (numbers, true, lists), else a string."""
    parsed: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or "." not in key:
            raise CurateError(f"--set {item!r}: expected SECTION.KEY=VALUE, e.g. training.max_steps=500")
        try:
            parsed[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            parsed[key.strip()] = value
    return parsed


def train(versions: Sequence[Path], output: Path, config: Path | None = None,
          overrides: dict[str, Any] | None = None) -> TrainReport:
    """Train configs/curate.cfg (or `config`) on the train splits of `versions`, stop early on dev, calibrate
    and save models/NAME (see the module docstring)."""
    if not versions:
        raise CurateError("give at least one gold version to train on")
    config = config or DEFAULT_CONFIG
    sources = [load_source(Path(v)) for v in versions]
    docs = [d for s in sources for d in s.docs]
    work = output / "training"
    if work.exists():
        shutil.rmtree(work)
    started = time.perf_counter()
    corpus = write_corpus(docs, work / "corpus")
    best = run_spacy_train(config, corpus, work, dict(overrides or {}))
    seconds = time.perf_counter() - started
    dev = [d for d in docs if d.split == "dev"]
    calibration, combination, figures = calibrate(best, dev)
    training = _training_meta(sources, config, best, figures, combination, seconds, _peak_mb())
    save_model(best, output, _model_name(output), calibration, combination, training)
    shutil.rmtree(work)
    return TrainReport(output, sources, figures, combination, seconds, training["training_peak_mb"])


# ---------------------------------------------------------------------------------------- train-curve

CURVE_FRACTIONS = (0.25, 0.5, 0.75, 1.0)


@dataclass
class CurvePoint:
    fraction: float
    train_docs: int
    f1: dict[str, float]  # ACTOR, QUOTE (trained components), speaker (accuracy, end to end), on dev


@dataclass
class CurveReport:
    points: list[CurvePoint]
    plot: Path | None

    def summary(self) -> str:
        names = sorted({k for p in self.points for k in p.f1})
        lines = [f"{'train':>6} {'docs':>6}  " + "  ".join(f"{n:>8}" for n in names)]
        for p in self.points:
            values = "  ".join(f"{p.f1.get(n, 0.0):8.3f}" for n in names)
            lines.append(f"{p.fraction:6.0%} {p.train_docs:6d}  {values}")
        if self.plot:
            lines.append(f"plot written to {self.plot}")
        return "\n".join(lines)


def _curve_scores(best: Path) -> dict[str, float]:
    """Dev figures spaCy's training recorded for model-best: per ACTOR type and QUOTE type F1, speaker."""
    performance = json.loads((best / "meta.json").read_text(encoding="utf-8")).get("performance", {})
    figures = {"ACTOR": performance.get("ents_f") or 0.0, "QUOTE": performance.get("spans_trained_QUOTE_f") or 0.0,
               "speaker": performance.get("speaker_acc") or 0.0}
    for actor_type, values in (performance.get("ents_per_type") or {}).items():
        figures[f"ACTOR:{actor_type}"] = values.get("f", 0.0)
    for quote_type, values in (performance.get("spans_trained_QUOTE_per_type") or {}).items():
        figures[f"QUOTE:{quote_type}"] = values.get("f", 0.0)
    return {k: float(v) for k, v in figures.items()}


def train_curve(versions: Sequence[Path], config: Path | None = None, plot: Path | None = None,
                overrides: dict[str, Any] | None = None, fractions: Sequence[float] = CURVE_FRACTIONS,
                seed: int = 0) -> CurveReport:
    """Train on growing shares of the train split (a seeded shuffle; each share contains the smaller ones) with
    the same config, and report the dev F1 per label of each run."""
    import random
    import tempfile

    config = config or DEFAULT_CONFIG
    docs = [d for v in versions for d in load_source(Path(v)).docs]
    refs = reference_docs(docs)
    order = list(range(len(refs["train"])))
    random.Random(seed).shuffle(order)
    points = []
    with tempfile.TemporaryDirectory(prefix="curate-curve-") as tmp:
        work = Path(tmp)
        dev = write_docbin(refs["dev"], work / "dev.spacy")
        for fraction in fractions:
            n = max(1, round(len(order) * fraction))
            train_bin = write_docbin([refs["train"][i] for i in order[:n]], work / f"train-{n}.spacy")
            best = run_spacy_train(config, {"train": train_bin, "dev": dev}, work / f"run-{n}", dict(overrides or {}))
            points.append(CurvePoint(fraction, n, _curve_scores(best)))
    if plot is not None:
        write_curve_plot(points, plot)
    return CurveReport(points, plot)


def write_curve_plot(points: Sequence[CurvePoint], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = sorted({k for p in points for k in p.f1})
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for name in names:
        axes.plot([p.train_docs for p in points], [p.f1.get(name, 0.0) for p in points], marker="o", label=name)
    axes.set_xlabel("training documents")
    axes.set_ylabel("dev F1 (speaker: accuracy)")
    axes.set_ylim(0, 1)
    axes.grid(alpha=0.3)
    axes.legend(fontsize="small", ncol=2)
    figure.tight_layout()
    try:
        figure.savefig(path, dpi=100)
    except OSError as exc:
        raise CurateError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        plt.close(figure)
