"""`curate export`: completed Label Studio annotations -> an immutable, versioned gold set.

    datasets/vN/documents.parquet  one row per annotated article, with its frozen split
    datasets/vN/spans.parquet      one row per gold span (attributes as columns, annotator, origin)
    datasets/vN/relations.parquet  one row per speaker link (QUOTE -> ACTOR)
    datasets/vN/gold.jsonl         the same gold as Document.to_dict() lines (what `curate evaluate` reads)
    datasets/vN/{train,dev,test}.spacy/  the same gold as spaCy DocBins, a folder of shards per split (curation/docbins.py)
    datasets/vN/README.md          the dataset card
    datasets/vN/manifest.json      provenance, counts, checksums of every other file

This module is pure: task dicts of a Label Studio export snapshot in, a version out
(`export_tasks`). Reading the snapshot from Label Studio is curation/labelstudio/snapshots.py. Per task:

    annotated_task     snapshot task -> AnnotatedTask (every usable annotation validated, every prediction)
    consensus.decide   AnnotatedTask -> ExportDecision (the --require policy: the annotation to export,
                       or the task is held out; never "latest wins")
    gold_document      the exported annotation -> GoldDocument (origins against its prediction, and per
                       span how many of the task's annotators made it)
    VersionWriter      GoldDocuments -> Parquet row groups + gold.jsonl + DocBins + counts, one at a time
    ExportFigures      the audit (prediction vs exported annotation) accumulated per task, and the tasks
                       with several annotators (annotations only, no text) for the agreement figures

`curate import` (curation/importer.py) writes through the same VersionWriter / version_manifest /
finish_version, passing each document's own split.

Besides the DocBins and the multi-annotated tasks (their annotations, not their texts), memory does not
grow with the number of tasks: only doc_id -> task id and the lists of what was left out are kept. A
DocBin holds each Doc's token attribute arrays (not the Doc, not the text) and the distinct strings until
the version is closed. Documents are written in snapshot order, which is Label Studio's task id order.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import pyarrow as pa
import pyarrow.parquet as pq

import curation
from curation.config import CurateError, Workspace
from curation.docbin_process import docbin_writer
from curation.document import AnnotatedTask, Annotation, Document, Prediction, Relation, Span, same_attrs, sha256_text, timestamp
from curation.heap import frozen_heap
from curation.scheme import LabelScheme, load_scheme
from curation.validation import RELATION_ENDPOINTS, RegionIssue, check_document, valid_part

if TYPE_CHECKING:  # these modules import gold's helpers, so gold imports them where it calls them
    from curation.agreement import AgreementReport
    from curation.audit import AuditReport
    from curation.consensus import ExportDecision

VERSION_PATTERN = re.compile(r"v([1-9][0-9]{0,17})")  # at most 18 digits: a name every file system takes
SPLITS = ("train", "dev", "test")
# Buckets of int(sha256(doc_id)[:8], 16) % 100 for an article that no earlier version has seen.
SPLIT_BUCKETS = (("train", 80), ("dev", 90), ("test", 100))
ORIGINS = ("kept", "edited", "added")  # of an exported span, relative to the prediction
IMPORTED_ORIGIN = "imported"  # every span of `curate import`
# Gamma (pygamma, ~2 s per task after a 20-35 s import) is computed on a seeded sample of this many of
# the multi-annotated tasks at export; `curate agreement` computes it on all of them.
EXPORT_GAMMA_SAMPLE = 20
TMP_PREFIX = ".tmp-"
FILES = (
    "documents.parquet", "spans.parquet", "relations.parquet", "gold.jsonl", "README.md",
)  # fmt: skip
HASH_SPLIT_METHOD = "frozen from earlier versions; new articles: int(sha256(doc_id)[:8], 16) % 100 < 80 train, < 90 dev, else test"


def _field(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": description})


def _schema(table: str, *fields: pa.Field) -> pa.Schema:
    return pa.schema(list(fields), metadata={"curate.table": table, "curate.schema_version": "1"})


DOCUMENTS_SCHEMA = _schema(
    "documents",
    _field("doc_id", pa.string(), "Stable article id: the source file stem, e.g. 000_d1500ec1f89033da", False),
    _field("title", pa.string(), "Article title"),
    _field("source", pa.string(), "Outlet, e.g. ntv.de, when the page names it"),
    _field("published", pa.string(), "Publication date, ISO YYYY-MM-DD or YYYY-MM, when the page has one"),
    _field("text", pa.string(), "Cleaned article text the offsets refer to (NFC, \\n line endings)", False),
    _field("text_sha256", pa.string(), "SHA-256 of text (UTF-8), hex", False),
    _field("split", pa.string(), "train | dev | test; frozen: an article keeps the split of the first version it was in", False),
)

SPANS_SCHEMA = _schema(
    "spans",
    _field("doc_id", pa.string(), "Article id (documents.doc_id)", False),
    _field("span_id", pa.string(), "Region id, unique per article; predicted regions keep the prediction's id", False),
    _field("label", pa.string(), "ACTOR | FIGURE | QUOTE", False),
    _field("start", pa.int64(), "Start offset in Unicode code points into documents.text", False),
    _field("end", pa.int64(), "End offset (exclusive) in Unicode code points", False),
    _field("text", pa.string(), "documents.text[start:end]", False),
    _field("actor_type", pa.string(), "ACTOR: PERSON | ORGANIZATION | STATE"),
    _field("canonical", pa.string(), "ACTOR: normalised name linking mentions (optional)"),
    _field("value", pa.float64(), "FIGURE: numeric value (null for vague quantities)"),
    _field("unit", pa.string(), "FIGURE: counted noun, lemma"),
    _field("qualifier", pa.string(), "FIGURE: exact | approx | min | max | vague"),
    _field("quote_type", pa.string(), "QUOTE: direct | indirect | free_indirect | reported"),
    _field("annotator", pa.string(), "E-mail of the Label Studio user who completed the annotation", False),
    _field("origin", pa.string(), "kept | edited | added, relative to the prediction the annotation started from; imported (`curate import`)", False),
    _field("n_annotators", pa.int64(), "How many of the task's annotators made this span (same label and offsets); null for imported gold"),
    _field("agreement", pa.float64(), "n_annotators / annotators of the task (1.0: everybody made it); null for imported gold"),
)

RELATIONS_SCHEMA = _schema(
    "relations",
    _field("doc_id", pa.string(), "Article id (documents.doc_id)", False),
    _field("relation_id", pa.string(), "label:from_id->to_id, unique per article", False),
    _field("from_id", pa.string(), "spans.span_id of the QUOTE", False),
    _field("to_id", pa.string(), "spans.span_id of the ACTOR who said it", False),
    _field("label", pa.string(), "Relation label from the Relations block of label_config.xml: speaker", False),
)

SCHEMAS = {"documents.parquet": DOCUMENTS_SCHEMA, "spans.parquet": SPANS_SCHEMA, "relations.parquet": RELATIONS_SCHEMA}
ATTRIBUTE_COLUMNS = ("actor_type", "canonical", "value", "unit", "qualifier", "quote_type")


class InvalidAnnotations(CurateError):
    """Raised instead of writing a gold set with invalid items; `.problems` lists them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        tasks = len({p.task_id for p in problems})
        shown = [f"  {p}" for p in problems[:25]]
        if len(problems) > len(shown):
            shown.append(f"  ... and {len(problems) - len(shown)} more")
        super().__init__(
            f"export refused: {len(problems)} invalid item(s) in {tasks} task(s); fix them in Label Studio "
            f"or rerun with --skip-invalid to write without them:\n" + "\n".join(shown)
        )


@dataclass(frozen=True)
class Problem:
    task_id: int | None
    doc_id: str | None
    item: str  # "task", "span <id>", "relation <from>-><to>", "annotation"
    reason: str
    annotation_id: int | None = None

    def __str__(self) -> str:
        doc = f" ({self.doc_id})" if self.doc_id else ""
        return f"task {self.task_id}{doc} {self.item}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "doc_id": self.doc_id,
            "annotation_id": self.annotation_id,
            "item": self.item,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class HeldOutTask:
    """An annotated task the --require policy kept out of the version (e.g. disputed, nobody settled it)."""

    task_id: int
    doc_id: str | None
    annotators: tuple[str, ...]
    state: str  # consensus state: disputed | single | agreed (--require adjudicated)
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "doc_id": self.doc_id,
            "annotators": list(self.annotators),
            "state": self.state,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class SkippedTask:
    task_id: int
    doc_id: str | None
    annotators: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"task_id": self.task_id, "doc_id": self.doc_id, "skipped_by": list(self.annotators)}


@dataclass
class GoldSpan:
    span_id: str
    label: str
    start: int
    end: int
    text: str
    attributes: dict[str, Any]
    origin: str
    n_annotators: int | None = None  # None for imported gold (no annotators)
    agreement: float | None = None


@dataclass
class GoldDocument:
    task_id: int
    annotation_id: int
    doc_id: str
    title: str | None
    source: str | None
    published: str | None
    text: str
    text_sha256: str
    annotator: str
    chosen_by: str  # the consensus state that exported it: single | agreed | settled | majority (--require any)
    model_version: str | None  # of the prediction the annotation started from
    spans: list[GoldSpan] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    deleted_predictions: int = 0  # predicted regions the annotator removed

    def to_document(self) -> Document:
        return Document(
            doc_id=self.doc_id,
            text=self.text,
            spans=[Span(s.span_id, s.label, s.start, s.end, s.text, dict(s.attributes)) for s in self.spans],
            relations=list(self.relations),
        )


@dataclass
class GoldSummary:
    """What a snapshot yields besides the gold documents: everything left out, with reasons."""

    problems: list[Problem] = field(default_factory=list)
    held_out: list[HeldOutTask] = field(default_factory=list)
    skipped: list[SkippedTask] = field(default_factory=list)
    unannotated: int = 0
    tasks: int = 0
    first_task_of: dict[str, int] = field(default_factory=dict)  # doc_id -> the task that provides it
    states: Counter = field(default_factory=Counter)  # consensus state -> annotated tasks
    figures: ExportFigures = field(default_factory=lambda: ExportFigures())


@dataclass
class GoldSet(GoldSummary):
    """A summary together with its gold documents held in memory (build_gold; small snapshots only)."""

    documents: list[GoldDocument] = field(default_factory=list)


@dataclass
class ExportReport:
    version: str
    path: Path
    parent_version: str | None
    documents: int
    spans: int
    relations: int
    spans_per_label: dict[str, int]
    documents_per_split: dict[str, int]
    origins: dict[str, int]
    held_out: list[HeldOutTask]
    skipped: list[SkippedTask]
    invalid: list[Problem]
    unannotated: int
    seconds: float
    label_config_matches_project: bool | None = None
    require: str = "agreement"
    agreement: AgreementReport | None = None
    audit: AuditReport | None = None

    def summary(self) -> str:
        labels = ", ".join(f"{k} {v}" for k, v in self.spans_per_label.items())
        splits = ", ".join(f"{k} {v}" for k, v in self.documents_per_split.items())
        origins = ", ".join(f"{k} {v}" for k, v in self.origins.items())
        lines = [
            f"wrote {self.path} in {self.seconds:.1f} s (parent {self.parent_version or 'none'})",
            f"  {self.documents} documents ({splits}), {self.spans} spans ({labels}), {self.relations} relations",
            f"  origins: {origins}",
        ]
        if self.label_config_matches_project is False:
            lines.append("  warning: the project's label config differs from label_config.xml (run `curate push` to update it)")
        if self.skipped:
            lines.append(f"  skipped tasks (no completed annotation): {', '.join(str(s.task_id) for s in self.skipped)}")
        if self.unannotated:
            lines.append(f"  tasks without annotations: {self.unannotated}")
        if self.held_out:
            lines.append(f"  {len(self.held_out)} task(s) held out by --require {self.require} (listed in manifest.json):")
            lines += [f"    task {h.task_id} ({h.doc_id}): {h.reason}; annotators {', '.join(h.annotators)}" for h in self.held_out[:25]]
            if len(self.held_out) > 25:
                lines.append(f"    ... and {len(self.held_out) - 25} more")
        if self.agreement is not None and self.agreement.n_tasks:
            f1 = self.agreement.f1("ALL", "overlap")
            lines.append(f"  agreement over {self.agreement.n_tasks} multi-annotated task(s): overlap span F1 "
                         f"{'–' if f1 is None else f'{f1:.3f}'} (see manifest.json and README.md)")
        if self.audit is not None and self.audit.n_tasks:
            accepted = ", ".join(f"{k} {'–' if v is None else f'{v:.2f}'}" for k, v in sorted(self.audit.acceptance.items()))
            lines.append(f"  pre-annotation acceptance (kept unchanged / predicted): {accepted}")
        if self.invalid:
            lines.append(f"  {len(self.invalid)} invalid item(s) left out (--skip-invalid, listed in manifest.json):")
            lines += [f"    {p}" for p in self.invalid[:25]]
        return "\n".join(lines)


# --------------------------------------------------------------------------- versions and splits


def check_version_name(version: str) -> str:
    if not isinstance(version, str) or not VERSION_PATTERN.fullmatch(version):
        raise CurateError(f"invalid version {_short(version)}: use v<number>, e.g. v1 (v1, v2, ...; no v0, no paths, at most 18 digits)")
    return version


def existing_versions(datasets_dir: Path) -> list[str]:
    """Version directories in datasets/, oldest first."""
    if not datasets_dir.is_dir():
        return []
    found = [p.name for p in datasets_dir.iterdir() if p.is_dir() and VERSION_PATTERN.fullmatch(p.name)]
    return sorted(found, key=_version_number)


def _short(version: object) -> str:
    text = repr(version)
    return text if len(text) <= 24 else f"{text[:20]}…"


def _version_number(version: str) -> int:
    match = VERSION_PATTERN.fullmatch(version)
    assert match is not None
    return int(match.group(1))


def resolve_version(version: str | None, datasets_dir: Path) -> tuple[str, str | None]:
    """The version to write (validated, not existing yet) and its parent (the highest earlier version)."""
    versions = existing_versions(datasets_dir)
    if version is None:
        version = f"v{_version_number(versions[-1]) + 1}" if versions else "v1"
    check_version_name(version)
    target = datasets_dir / version
    try:
        taken = target.exists() or target.is_symlink()
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise CurateError(f"invalid version {_short(version)}: {exc.strerror} (use a shorter number)") from None
    if taken:
        free = f"v{_version_number(versions[-1]) + 1}" if versions else "v1"
        raise CurateError(f"{target} already exists and gold versions are immutable: export another version (next free: {free})")
    earlier = [v for v in versions if _version_number(v) < _version_number(version)]
    return version, (earlier[-1] if earlier else None)


def hash_split(doc_id: str) -> str:
    bucket = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return next(name for name, upper in SPLIT_BUCKETS if bucket < upper)


def frozen_splits(datasets_dir: Path) -> dict[str, str]:
    """doc_id -> split from every earlier version; the oldest version that had the article wins."""
    splits: dict[str, str] = {}
    for version in existing_versions(datasets_dir):
        path = datasets_dir / version / "documents.parquet"
        try:
            table = pq.read_table(path, columns=["doc_id", "split"])
        except (OSError, pa.ArrowException) as exc:
            raise CurateError(f"cannot read {path} (splits are frozen from earlier versions): {exc}") from exc
        for doc_id, split in zip(table.column("doc_id").to_pylist(), table.column("split").to_pylist()):
            splits.setdefault(doc_id, split)
    return splits


# --------------------------------------------------------------------------- snapshot task -> AnnotatedTask



def annotator_of(annotation: Mapping[str, Any]) -> str:
    user = annotation.get("completed_by")
    if isinstance(user, Mapping):
        return str(user.get("email") or f"user-{user.get('id')}")
    return f"user-{user}" if user is not None else "unknown"


def _usable(annotation: Mapping[str, Any]) -> bool:
    return not annotation.get("was_cancelled") and isinstance(annotation.get("result"), list)





class _TaskValidator:
    """Converts one annotation's Label Studio result and validates it (curation.validation); collects Problems."""

    def __init__(self, scheme: LabelScheme, task_id: int, doc_id: str | None, annotation_id: int | None):
        self.scheme = scheme
        self.task_id = task_id
        self.doc_id = doc_id
        self.annotation_id = annotation_id
        self.problems: list[Problem] = []

    def add(self, item: str, reason: str) -> None:
        self.problems.append(Problem(self.task_id, self.doc_id, item, reason, self.annotation_id))

    def spans(self, result: list[Any], text: str) -> tuple[list[Span], list[Relation]]:
        from curation.labelstudio.tasks import regions_from_result

        if not all(isinstance(item, Mapping) for item in result):
            self.add("annotation", "result holds items that are not objects")
            return [], []
        converted: list[RegionIssue] = []  # what regions_from_result could not turn into a span or relation
        spans, relations = regions_from_result(result, text, self.scheme, converted)
        for issue in converted:
            self.add(issue.item, issue.reason)
        unconvertible = {i.region_id for i in converted if i.kind == "span" and i.region_id is not None}
        candidates = [s for s in spans if s.id not in unconvertible]
        document = Document(self.doc_id or "", text, candidates, relations)
        issues = check_document(
            document, self.scheme, shown=self._region_texts(result), loose_whitespace=True,
            task_id=self.task_id, invalid=unconvertible,
        )
        for issue in issues:
            self.add(issue.item, issue.reason)
        valid = valid_part(document, issues)
        return valid.spans, valid.relations

    @staticmethod
    def _region_texts(result: list[Mapping[str, Any]]) -> dict[str, str]:
        # value.text may differ from the slice only in whitespace (multi-line selections); anything else
        # means the offsets do not point at what the annotator saw (e.g. UTF-16 counting).
        texts = {
            str(item.get("id")): (item.get("value") or {}).get("text")
            for item in result
            if item.get("type") == "labels" and isinstance(item.get("value"), Mapping)
        }
        return {k: v for k, v in texts.items() if isinstance(v, str)}


@dataclass
class TaskIntake:
    """One snapshot task converted: its AnnotatedTask, or why it contributes nothing.

    `task` is None for unannotated tasks, tasks whose annotations were all cancelled (`skipped_by`) and
    tasks with task-level `problems` (no text, no doc_id, text changed). `annotation_problems` holds the
    validation problems of each annotation (by annotation id): an Annotation carries only its valid
    spans and relations, and the problems of the one that gets exported are reported."""

    task_id: int
    doc_id: str | None
    task: AnnotatedTask | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    problems: list[Problem] = field(default_factory=list)
    annotation_problems: dict[int, list[Problem]] = field(default_factory=dict)
    skipped_by: tuple[str, ...] = ()
    unannotated: bool = False


def _parent_prediction(annotation: Mapping[str, Any]) -> int | None:
    parent = annotation.get("parent_prediction")
    if isinstance(parent, Mapping):
        parent = parent.get("id")
    return parent if isinstance(parent, int) and not isinstance(parent, bool) else None


def annotation_from(
    raw: Mapping[str, Any], text: str, scheme: LabelScheme, task_id: int, doc_id: str
) -> tuple[Annotation, list[Problem]]:
    """A usable Label Studio annotation as an Annotation (valid spans/relations only) and its problems."""
    annotation_id = int(raw.get("id") or 0)
    check = _TaskValidator(scheme, task_id, doc_id, annotation_id)
    spans, relations = check.spans(raw["result"], text)
    updated = raw.get("updated_at") or raw.get("created_at")
    annotation = Annotation(
        id=annotation_id,
        annotator=annotator_of(raw),
        spans=spans,
        relations=relations,
        ground_truth=bool(raw.get("ground_truth")),
        updated_at=updated if isinstance(updated, str) else None,
        prediction_id=_parent_prediction(raw),
    )
    return annotation, check.problems


def prediction_from(raw: Mapping[str, Any], text: str, doc_id: str, scheme: LabelScheme) -> Prediction:
    from curation.labelstudio.tasks import regions_from_result

    spans, relations = regions_from_result([r for r in raw.get("result") or [] if isinstance(r, Mapping)], text, scheme, [])
    pid = raw.get("id")
    return Prediction(
        doc_id=doc_id,
        text=text,
        spans=spans,
        relations=relations,
        model_version=str(raw.get("model_version") or ""),
        prediction_id=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
    )


def _task_problems(task_id: int, data: Mapping[str, Any]) -> tuple[str | None, list[Problem]]:
    """The task's doc_id and what makes the whole task unusable (checked only for annotated tasks)."""
    doc_id = data.get("doc_id") if isinstance(data.get("doc_id"), str) and data.get("doc_id") else None
    text = data.get("text")
    if not isinstance(text, str):
        return doc_id, [Problem(task_id, doc_id, "task", "data.text is missing")]
    problems = []
    if doc_id is None:
        problems.append(Problem(task_id, None, "task", "data.doc_id is missing (task was not pushed by curate)"))
    stored_sha = data.get("text_sha256")
    if stored_sha and stored_sha != sha256_text(text):
        problems.append(Problem(task_id, doc_id, "task", "data.text does not match data.text_sha256"))
    return doc_id, problems


def annotated_task(raw: Any, scheme: LabelScheme) -> TaskIntake:
    """Convert one task of the export snapshot: every usable annotation, every prediction (oldest first)."""
    if not isinstance(raw, Mapping):
        return TaskIntake(0, None, problems=[Problem(None, None, "task", "snapshot item is not an object")])
    task_id = int(raw.get("id") or 0)
    data = raw.get("data") if isinstance(raw.get("data"), Mapping) else {}
    annotations = [a for a in raw.get("annotations") or [] if isinstance(a, Mapping)]
    usable = [a for a in annotations if _usable(a)]
    doc_id, problems = _task_problems(task_id, data)
    if not usable:
        skipped_by = tuple(annotator_of(a) for a in annotations)
        return TaskIntake(task_id, doc_id, skipped_by=skipped_by, unannotated=not annotations)
    if problems:
        return TaskIntake(task_id, doc_id, problems=problems)
    assert doc_id is not None
    text: str = data["text"]
    intake = TaskIntake(
        task_id,
        doc_id,
        title=_str_or_none(data.get("title")),
        source=_str_or_none(data.get("source")),
        published=_str_or_none(data.get("published")),
    )
    task = AnnotatedTask(task_id=task_id, doc_id=doc_id, text=text)
    for raw_annotation in usable:
        annotation, annotation_problems = annotation_from(raw_annotation, text, scheme, task_id, doc_id)
        task.annotations.append(annotation)
        intake.annotation_problems[annotation.id] = annotation_problems
    predictions = sorted(
        (p for p in raw.get("predictions") or [] if isinstance(p, Mapping)), key=lambda p: timestamp(p.get("created_at"))
    )
    task.predictions = [prediction_from(p, text, doc_id, scheme) for p in predictions]
    intake.task = task
    return intake


# --------------------------------------------------------------------------- figures over the exported tasks


@dataclass
class ExportFigures:
    """The audit (each exported annotation against the prediction it started from), accumulated task by
    task, and the multi-annotated tasks (annotations only: no text, no predictions) for the agreement."""

    audit: AuditReport = field(default_factory=lambda: _new_audit())
    multi_annotated: list[AnnotatedTask] = field(default_factory=list)

    def add(self, task: AnnotatedTask, decision: ExportDecision) -> None:
        from curation.audit import prediction_for as audited_prediction

        if decision.annotation is not None:
            prediction = audited_prediction(task, decision.annotation)
            if prediction is not None:
                self.audit.add(prediction, decision.annotation)
        if decision.n_annotators >= 2:
            self.multi_annotated.append(AnnotatedTask(task.task_id, task.doc_id, "", list(task.annotations)))

    def agreement(self, adjudicators: Sequence[str], gamma_sample: int | None) -> AgreementReport:
        from curation.agreement import agreement

        return agreement(self.multi_annotated, adjudicators, gamma=gamma_sample != 0, gamma_sample=gamma_sample)


def _new_audit() -> AuditReport:
    from curation.audit import AuditReport

    return AuditReport()


# --------------------------------------------------------------------------- selected annotation -> gold document


def prediction_for(task: AnnotatedTask, annotation: Annotation) -> Prediction | None:
    """The prediction the annotation started from: parent_prediction, else the one sharing most region ids
    (on a tie the newer one). Consensus predictions (adjudication aids) are no pre-annotation."""
    from curation.consensus import CONSENSUS_PREFIX

    predictions = [p for p in task.predictions if not p.model_version.startswith(CONSENSUS_PREFIX)]
    for prediction in predictions:
        if annotation.prediction_id is not None and prediction.prediction_id == annotation.prediction_id:
            return prediction
    region_ids = {s.id for s in annotation.spans}
    best, best_shared = None, 0
    for prediction in predictions:  # oldest first
        shared = len({s.id for s in prediction.spans} & region_ids)
        if shared and shared >= best_shared:
            best, best_shared = prediction, shared
    return best


def origins(spans: list[Span], predicted: list[Span]) -> tuple[dict[str, str], int]:
    """kept / edited / added per span id (matched on region id), and how many predicted regions were deleted."""
    by_id = {p.id: p for p in predicted}
    result: dict[str, str] = {}
    for span in spans:
        before = by_id.get(span.id)
        if before is None:
            result[span.id] = "added"
        elif (
            before.label == span.label
            and before.start == span.start
            and before.end == span.end
            and same_attrs(before.attributes, span.attributes)
        ):
            result[span.id] = "kept"
        else:
            result[span.id] = "edited"
    deleted = len(set(by_id) - {s.id for s in spans})
    return result, deleted



def gold_document(intake: TaskIntake, decision: ExportDecision, adjudicators: Sequence[str] = ()) -> GoldDocument:
    """The decision's annotation as a gold document (call only for an exported decision)."""
    from curation.consensus import DISPUTED, span_agreement

    task = intake.task
    chosen = decision.annotation
    assert task is not None and chosen is not None
    made = span_agreement(task, chosen, adjudicators)
    prediction = prediction_for(task, chosen)
    origin_of, deleted = origins(chosen.spans, prediction.spans if prediction else [])
    text = task.text
    return GoldDocument(
        task_id=task.task_id,
        annotation_id=chosen.id,
        doc_id=task.doc_id,
        title=intake.title,
        source=intake.source,
        published=intake.published,
        text=text,
        text_sha256=sha256_text(text),
        annotator=chosen.annotator,
        chosen_by="majority" if decision.state == DISPUTED else decision.state,
        model_version=_str_or_none(prediction.model_version) if prediction else None,
        spans=[
            GoldSpan(
                s.id, s.label, s.start, s.end, text[s.start : s.end], dict(s.attributes), origin_of[s.id],
                made[s.id].n_annotators, made[s.id].agreement,
            )
            for s in chosen.spans
        ],
        relations=list(chosen.relations),
        deleted_predictions=deleted,
    )


@dataclass(frozen=True)
class Policy:
    """How tasks are chosen (curation.consensus.decide): the --require policy and who adjudicates."""

    require: str = "agreement"
    adjudicators: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from curation.consensus import REQUIRE

        if self.require not in REQUIRE:
            raise CurateError(f"unknown --require {self.require!r} (use one of {', '.join(REQUIRE)})")


def _take(intake: TaskIntake, summary: GoldSummary, policy: Policy) -> GoldDocument | None:
    """Record what a task contributes to the summary; its gold document, if any."""
    from curation.consensus import annotators_of, decide

    if intake.task is None:
        if intake.unannotated:
            summary.unannotated += 1
        elif intake.skipped_by:
            summary.skipped.append(SkippedTask(intake.task_id, intake.doc_id, intake.skipped_by))
        summary.problems += intake.problems
        return None
    task = intake.task
    first = summary.first_task_of.get(task.doc_id)
    if first is not None:
        summary.problems.append(Problem(task.task_id, task.doc_id, "task", f"doc_id {task.doc_id} is also task {first}"))
        return None
    summary.first_task_of[task.doc_id] = task.task_id
    decision = decide(task, policy.require, policy.adjudicators)
    summary.states[decision.state] += 1
    summary.figures.add(task, decision)
    if decision.annotation is None:
        annotators = tuple(a.annotator for a in annotators_of(task, policy.adjudicators))
        summary.held_out.append(HeldOutTask(task.task_id, task.doc_id, annotators, decision.state, decision.reason or ""))
        return None
    summary.problems += intake.annotation_problems.get(decision.annotation.id, [])
    return gold_document(intake, decision, policy.adjudicators)


def gold_documents(tasks: Iterable[Any], scheme: LabelScheme, summary: GoldSummary, policy: Policy | None = None) -> Iterator[GoldDocument]:
    """Stream the snapshot's tasks (in snapshot order) into validated gold documents, one at a time;
    everything left out, the audit and the multi-annotated tasks go into `summary`."""
    policy = policy or Policy()
    for raw in tasks:
        summary.tasks += 1
        document = _take(annotated_task(raw, scheme), summary, policy)
        if document is not None:
            yield document


def build_gold(tasks: Iterable[Any], scheme: LabelScheme, policy: Policy | None = None) -> GoldSet:
    """All gold documents of a (small) snapshot in memory: for tests and tools, not for the export."""
    gold = GoldSet()
    gold.documents = list(gold_documents(tasks, scheme, gold, policy))
    return gold


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


# --------------------------------------------------------------------------- tables


def check_scheme(scheme: LabelScheme) -> None:
    """The gold schema has a column of the right type for every attribute and rules for every relation."""
    for attribute in scheme.attributes:
        if attribute.name not in ATTRIBUTE_COLUMNS:
            raise CurateError(
                f"label_config.xml defines attribute {attribute.name!r} that spans.parquet has no column for: "
                f"add it to curation/gold.py SPANS_SCHEMA"
            )
        want = pa.float64() if attribute.tag == "Number" else pa.string()
        if SPANS_SCHEMA.field(attribute.name).type != want:
            raise CurateError(f"attribute {attribute.name!r} is a {attribute.tag} but spans.parquet types it {SPANS_SCHEMA.field(attribute.name).type}")
    for label in scheme.relation_labels:
        if label not in RELATION_ENDPOINTS:
            raise CurateError(f"relation {label!r} of label_config.xml has no endpoint rule in curation/gold.py RELATION_ENDPOINTS")


# The tables are built column by column (one list per column, pa.Table.from_pydict): a dict per row that
# from_pylist then takes apart again cost twice as much CPU for spans.parquet.
Columns = dict[str, list[Any]]


def document_columns(d: GoldDocument, split: str) -> Columns:
    return {
        "doc_id": [d.doc_id],
        "title": [d.title],
        "source": [d.source],
        "published": [d.published],
        "text": [d.text],
        "text_sha256": [d.text_sha256],
        "split": [split],
    }


def span_columns(d: GoldDocument) -> Columns:
    spans = sorted(d.spans, key=lambda s: (s.start, s.end, s.label, s.span_id))
    columns: Columns = {
        "doc_id": [d.doc_id] * len(spans),
        "span_id": [s.span_id for s in spans],
        "label": [s.label for s in spans],
        "start": [s.start for s in spans],
        "end": [s.end for s in spans],
        "text": [s.text for s in spans],
    }
    for column in ATTRIBUTE_COLUMNS:
        values = [s.attributes.get(column) for s in spans]
        columns[column] = [None if v is None else float(v) for v in values] if column == "value" else values
    columns["annotator"] = [d.annotator] * len(spans)
    columns["origin"] = [s.origin for s in spans]
    columns["n_annotators"] = [s.n_annotators for s in spans]
    columns["agreement"] = [s.agreement for s in spans]
    return columns


def relation_columns(d: GoldDocument) -> Columns:
    relations = sorted(d.relations, key=lambda r: (r.from_id, r.to_id, r.label))
    return {
        "doc_id": [d.doc_id] * len(relations),
        "relation_id": [f"{r.label}:{r.from_id}->{r.to_id}" for r in relations],
        "from_id": [r.from_id for r in relations],
        "to_id": [r.to_id for r in relations],
        "label": [r.label for r in relations],
    }


# --------------------------------------------------------------------------- writing


ROW_GROUP_DOCUMENTS = 500  # documents per Parquet row group: bounds the rows buffered in memory


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def safe_url(url: str) -> str:
    """The server URL without user info, query or fragment (nothing secret goes into a dataset)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


@dataclass
class Provenance:
    """Where the annotations came from (recorded in the manifest; never a credential)."""

    label_studio_url: str | None  # None: not from Label Studio (`curate import`)
    project_id: int | None
    project_title: str | None
    snapshot_ids: Sequence[int] = ()  # the export snapshots the tasks were read from (one per part)
    project_label_config: str | None = None  # the config annotators worked with, to compare
    source: str | None = None  # where the annotations come from (`curate import`: the dataset, a citation)
    licence: str | None = None  # of the imported annotations
    # What the gold covers; None = every label / relation of label_config.xml. A version with only QUOTE gold
    # must never be read as "this text has no ACTOR".
    labels: tuple[str, ...] | None = None
    relations: tuple[str, ...] | None = None
    partial: dict[str, str] | None = None  # label -> why its spans are there although it is not covered
    # label -> how it was mapped from another annotation scheme: covered, but not SCHEME.md's notion of it
    # (GermEval's LOC is every place), so `curate train` does not decide on it what helps the pre-annotator
    mapped: dict[str, str] | None = None
    split_method: str | None = None  # how the splits were chosen, when not the frozen hash splits
    imported: dict[str, Any] | None = None  # `curate import`: format, files, mapping notes (manifest "import")

    def coverage(self, scheme: LabelScheme) -> tuple[list[str], list[str]]:
        labels = list(self.labels) if self.labels is not None else list(scheme.labels)
        relations = list(self.relations) if self.relations is not None else list(scheme.relation_labels)
        return labels, relations


@dataclass
class Tally:
    """The manifest's counts, accumulated one document at a time."""

    documents: int = 0
    spans: int = 0
    relations: int = 0
    per_label: Counter = field(default_factory=Counter)
    relations_per_label: Counter = field(default_factory=Counter)
    per_split: Counter = field(default_factory=Counter)
    spans_per_split: Counter = field(default_factory=Counter)  # (split, label) -> spans
    origins: Counter = field(default_factory=Counter)
    deleted: int = 0
    annotators: Counter = field(default_factory=Counter)
    model_versions: Counter = field(default_factory=Counter)

    def add(self, document: GoldDocument, split: str) -> None:
        self.documents += 1
        self.spans += len(document.spans)
        self.relations += len(document.relations)
        self.per_label.update(s.label for s in document.spans)
        self.relations_per_label.update(r.label for r in document.relations)
        self.per_split[split] += 1
        self.spans_per_split.update((split, s.label) for s in document.spans)
        self.origins.update(s.origin for s in document.spans)
        self.deleted += document.deleted_predictions
        self.annotators[document.annotator] += 1
        self.model_versions[document.model_version or "none"] += 1

    def counts(self, scheme: LabelScheme) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "spans": self.spans,
            "relations": self.relations,
            "spans_per_label": {label: self.per_label.get(label, 0) for label in scheme.labels},
            "relations_per_label": dict(self.relations_per_label),
            "documents_per_split": {split: self.per_split.get(split, 0) for split in SPLITS},
            "spans_per_split": {
                split: {label: self.spans_per_split.get((split, label), 0) for label in scheme.labels} for split in SPLITS
            },
            # an export's three origins always; imported only in an import
            "origins": {o: self.origins.get(o, 0) for o in (*ORIGINS, IMPORTED_ORIGIN) if o in ORIGINS or self.origins.get(o)},
            "deleted_predicted_spans": self.deleted,
            "annotators": dict(sorted(self.annotators.items())),
        }


@dataclass(frozen=True)
class VersionCoverage:
    """The labels and relation labels a version's gold covers. `complete` = all of label_config.xml: then
    gold.jsonl records leave them out (absent = all, the JSONL convention); else every record repeats them."""

    labels: tuple[str, ...]
    relation_labels: tuple[str, ...]
    complete: bool

    @classmethod
    def of(cls, provenance: Provenance, scheme: LabelScheme) -> VersionCoverage:
        labels, relations = provenance.coverage(scheme)
        return cls(tuple(labels), tuple(relations), provenance.labels is None)

    def jsonl_fields(self) -> dict[str, list[str]]:
        return {} if self.complete else {"labels": list(self.labels), "relation_labels": list(self.relation_labels)}


class VersionWriter:
    """Streams gold documents into the files of a version directory: Parquet in row groups of
    `row_group_documents` documents, gold.jsonl line by line, one spaCy DocBin per split
    (curation/docbins.py; in a child process with `docbin_process`), counts in a Tally. Documents keep
    the order they arrive in (the snapshot's task order; an import's file order).

    A document's split is the one `add` is given (an import's own split), else the one of an earlier
    version (`earlier_splits`), else `hash_split`."""

    def __init__(
        self,
        directory: Path,
        earlier_splits: Mapping[str, str],
        coverage: VersionCoverage,
        row_group_documents: int = ROW_GROUP_DOCUMENTS,
        docbin_process: bool = False,
    ):
        self.directory = directory
        self.earlier_splits = earlier_splits
        self.coverage = coverage
        self.row_group_documents = max(1, row_group_documents)
        self.tally = Tally()
        self.rows = {name: 0 for name in SCHEMAS}
        self._buffer: dict[str, Columns] = {name: _empty_columns(schema) for name, schema in SCHEMAS.items()}
        self._buffered = 0
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._jsonl = open(directory / "gold.jsonl", "w", encoding="utf-8")
        try:
            for name, schema in SCHEMAS.items():
                self._writers[name] = pq.ParquetWriter(directory / name, schema, compression="zstd")
            self.docbins = docbin_writer(directory, coverage.labels, coverage.relation_labels, docbin_process)
        except BaseException:
            self._close_files()
            raise

    def split_of(self, document: GoldDocument, split: str | None = None) -> str:
        if split is not None:
            if split not in SPLITS:
                raise ValueError(f"split {split!r} is not one of {', '.join(SPLITS)}")
            return split
        return self.earlier_splits.get(document.doc_id) or hash_split(document.doc_id)

    def add(self, document: GoldDocument, split: str | None = None) -> None:
        split = self.split_of(document, split)
        self._append("documents.parquet", document_columns(document, split))
        self._append("spans.parquet", span_columns(document))
        self._append("relations.parquet", relation_columns(document))
        record = {**document.to_document().to_dict(), **self.coverage.jsonl_fields()}
        self._jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.docbins.add(document, split)
        self.tally.add(document, split)
        self._buffered += 1
        if self._buffered >= self.row_group_documents:
            self._flush()

    def _append(self, name: str, columns: Columns) -> None:
        buffer = self._buffer[name]
        for column, values in columns.items():
            buffer[column] += values

    def _flush(self) -> None:
        for name, columns in self._buffer.items():
            rows = len(columns["doc_id"])
            if rows:
                self._writers[name].write_table(pa.Table.from_pydict(columns, schema=SCHEMAS[name]))
                self.rows[name] += rows
                self._buffer[name] = _empty_columns(SCHEMAS[name])
        self._buffered = 0

    def __enter__(self) -> VersionWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        """Close after the last document; after an error (or Ctrl-C) only release the files and the DocBin
        process, writing nothing more: the staging directory is removed anyway."""
        if kind is None:
            self.close()
        else:
            self._close_files()

    def close(self) -> None:
        """Write what is buffered (Parquet, DocBins) and close every file (also after an error: no open
        handles stay)."""
        try:
            self.docbins.finish_adding()  # a DocBin process writes its last shards while the Parquet is flushed
            self._flush()
            self.docbins.close()
        finally:
            self._close_files()

    def _close_files(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._jsonl.close()
        if hasattr(self, "docbins"):
            self.docbins.release()


def _empty_columns(schema: pa.Schema) -> Columns:
    return {name: [] for name in schema.names}


@dataclass
class ExportFiguresResult:
    """What the manifest and the card say about agreement and the pre-annotations."""

    require: str
    agreement: AgreementReport
    audit: AuditReport

    def sections(self) -> list[str]:
        from curation.agreement import markdown_section as agreement_section
        from curation.audit import markdown_section as audit_section

        return [agreement_section(self.agreement), audit_section(self.audit)]


def _label_studio(provenance: Provenance, summary: GoldSummary) -> dict[str, Any] | None:
    if provenance.label_studio_url is None:  # `curate import`
        return None
    return {
        "url": safe_url(provenance.label_studio_url),
        "project_id": provenance.project_id,
        "project_title": provenance.project_title,
        "export_snapshot_ids": list(provenance.snapshot_ids),
        "tasks_in_snapshot": summary.tasks,
    }


def version_manifest(
    version: str,
    summary: GoldSummary,
    writer: VersionWriter,
    scheme: LabelScheme,
    provenance: Provenance,
    parent_version: str | None,
    figures: ExportFiguresResult | None = None,
) -> dict[str, Any]:
    tally = writer.tally
    counts = tally.counts(scheme)
    from_label_studio = provenance.label_studio_url is not None
    return {
        "version": version,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "parent_version": parent_version,
        "curate_version": curation.__version__,
        "label_studio": _label_studio(provenance, summary),
        "source": provenance.source,
        "licence": provenance.licence,
        "labels": list(writer.coverage.labels),
        "relation_labels": list(writer.coverage.relation_labels),
        "partial_labels": provenance.partial or {},
        "mapped_labels": provenance.mapped or {},
        "label_config_sha256": hashlib.sha256(scheme.xml.encode("utf-8")).hexdigest(),
        "label_config_matches_project": _same_config(provenance.project_label_config, scheme.xml),
        "model_versions": dict(sorted(tally.model_versions.items())),
        "selection": SELECTION[figures.require] if figures is not None else None,
        **({"require": figures.require} if figures is not None else {}),
        "document_order": "snapshot order (Label Studio task id)" if from_label_studio else "doc_id order",
        "splits": {
            "method": provenance.split_method or HASH_SPLIT_METHOD,
            "counts": counts["documents_per_split"],
        },
        "counts": counts,
        "spacy": writer.docbins.manifest(),
        "unannotated_tasks": summary.unannotated,
        "skipped_tasks": [s.to_dict() for s in summary.skipped],
        "task_states": dict(sorted(summary.states.items())),
        "held_out": [h.to_dict() for h in summary.held_out],
        "invalid_skipped": [p.to_dict() for p in summary.problems],
        **({"import": provenance.imported} if provenance.imported is not None else {}),
        **({"agreement": figures.agreement.to_dict(), "audit": figures.audit.to_dict()} if figures is not None else {}),
    }


# How each --require policy picks a task's annotation (curation.consensus.decide), for manifest and card.
_SETTLED = "a settling annotation (by an adjudicator of curate.json, or starred as ground truth in Label Studio)"
SELECTION = {
    "agreement": f"per task: the latest completed annotation of each annotator; exported when there is one annotator, "
    f"when all annotators agree (same spans, attributes and relations), or with {_SETTLED}; a disputed task "
    "without one is held out (never 'latest wins')",
    "adjudicated": f"per task: exported only with {_SETTLED}; every other annotated task is held out",
    "any": f"per task: as --require agreement (one annotator, all agree, or {_SETTLED}), and a disputed task is "
    "exported when a strict majority of its annotators made the same annotation; otherwise held out",
}


def finish_version(
    directory: Path,
    target: Path,
    manifest: dict[str, Any],
    rows: Mapping[str, int],
    scheme: LabelScheme,
    sections: Sequence[str] = (),
) -> None:
    """Add the card (with extra markdown `sections`) and the manifest (with checksums) to the written
    files, then rename into place."""
    (directory / "README.md").write_text(dataset_card(manifest, scheme, sections), encoding="utf-8")
    names = [*FILES, *(str(p.relative_to(directory)) for p in sorted(directory.glob("*.spacy/*.spacy")))]
    manifest["files"] = {
        name: {
            "sha256": sha256_file(directory / name),
            "bytes": (directory / name).stat().st_size,
            **({"rows": rows[name]} if name in rows else {}),
        }
        for name in names
    }
    (directory / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for path in sorted(directory.rglob("*"), reverse=True):  # files before the folders that hold them
        path.chmod(0o555 if path.is_dir() else 0o444)  # a released version is read-only
        _fsync(path)
    _fsync(directory)
    if target.exists() or target.is_symlink():
        raise CurateError(f"{target} already exists: gold versions are immutable")
    try:
        os.rename(directory, target)  # fails if another export created a (non-empty) target meanwhile
    except OSError as exc:
        raise CurateError(f"cannot create {target}: {exc.strerror} (gold versions are immutable)") from None
    _fsync(target.parent)


def _fsync(path: Path) -> None:
    """Flush a file or directory entry to disk, so a rename never exposes half-written files after a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- temporary directories


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    except (OverflowError, ValueError):
        return False
    return True


def remove_stale_temp_dirs(datasets_dir: Path) -> list[Path]:
    """Remove `.tmp-<name>-<pid>` directories whose process is gone (e.g. an export killed with SIGKILL)."""
    removed = []
    for path in datasets_dir.glob(f"{TMP_PREFIX}*"):
        pid = path.name.rpartition("-")[2]
        if path.is_dir() and pid.isdigit() and not _pid_alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def os_error_text(exc: OSError) -> str:
    """One line for an OSError: what failed, on which file."""
    name = str(exc.filename or "")
    where = f": {name if len(name) <= 120 else '…' + name[-100:]}" if name else ""
    return f"{exc.strerror or exc}{where}"


@contextmanager
def staging_dir(datasets_dir: Path, name: str) -> Iterator[Path]:
    """datasets/.tmp-<name>-<pid>/, removed on the way out unless it was renamed into place.

    Stale temporary directories of dead processes are removed first. The pid in the name is what tells
    the next export that a directory is stale; a process killed with SIGKILL cannot clean up itself."""
    try:
        datasets_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_dirs(datasets_dir)
        path = datasets_dir / f"{TMP_PREFIX}{name}-{os.getpid()}"
        shutil.rmtree(path, ignore_errors=True)  # left by an interrupted earlier call of this process
        path.mkdir()
    except OSError as exc:
        raise CurateError(f"cannot write into {datasets_dir} ({os_error_text(exc)})") from None
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _same_config(project_xml: str | None, xml: str) -> bool | None:
    if project_xml is None:
        return None
    return " ".join(project_xml.split()) == " ".join(xml.split())


def _states(manifest: Mapping[str, Any]) -> str:
    states = manifest.get("task_states") or {}
    return ", ".join(f"{k} {v}" for k, v in states.items()) or "none"


def _schema_table(schema: pa.Schema) -> str:
    lines = ["| column | type | null | description |", "|---|---|---|---|"]
    for f in schema:
        description = (f.metadata or {}).get(b"description", b"").decode("utf-8").replace("|", "\\|")
        lines.append(f"| `{f.name}` | {f.type} | {'yes' if f.nullable else 'no'} | {description} |")
    return "\n".join(lines)


# The card's YAML front matter: `datasets.load_dataset("datasets/vN", CONFIG)` reads one table per config.
# (`load_dataset("parquet", data_dir="datasets/vN")` alone cannot: it reads every Parquet file of the folder
# into one table and fails on the three schemas.)
CARD_CONFIGS = ("documents", "spans", "relations")


def card_header(manifest: Mapping[str, Any]) -> str:
    """YAML front matter of a Hugging Face dataset card: one config per table (documents is the default)."""
    configs = "".join(
        f"- config_name: {name}\n  data_files: {name}.parquet\n" + ("  default: true\n" if name == "documents" else "")
        for name in CARD_CONFIGS
    )
    return f"---\npretty_name: curate gold set {manifest['version']}\nlanguage:\n- de\nconfigs:\n{configs}---\n\n"


def reading_section(manifest: Mapping[str, Any]) -> str:
    """How to read the version with Hugging Face datasets, DuckDB and spaCy (the same in every card)."""
    version = manifest["version"]
    spacy_info = manifest["spacy"]
    return f"""
## Reading this version

```python
import datasets, duckdb
spans = datasets.load_dataset("datasets/{version}", "spans")["train"]  # configs: documents (default), spans, relations
spans = datasets.load_dataset("parquet", data_dir="datasets/{version}", data_files="spans.parquet")["train"]
duckdb.sql("SELECT d.split, s.label, count(*) FROM 'datasets/{version}/spans.parquet' s "
           "JOIN 'datasets/{version}/documents.parquet' d USING (doc_id) GROUP BY ALL")
```

`datasets` names the one split of each config `train`; the gold split is the `split` column of
documents.parquet. `load_dataset("parquet", data_dir="datasets/{version}")` without `data_files` fails:
it reads the three tables as one.

`train.spacy/`, `dev.spacy/`, `test.spacy/`: spaCy DocBins, a folder of shards per split (`spacy train ... --paths.train
datasets/{version}/train.spacy --paths.dev datasets/{version}/dev.spacy`), {spacy_info['tokenizer']}
tokenisation. Per Doc: `doc.spans["ACTOR"|"FIGURE"|"QUOTE"]` (`span.id_` = `span_id`), attributes as
`span._.attrs` (user_data key `("curate._", "attrs", label, start_char, end_char)`), speaker relations in
`user_data["curate_speakers"]` and `["curate_gold_speakers"]` as `[quote start, quote end, actor start,
actor end]` characters, the covered labels in `user_data["curate_labels"]` / `["curate_relation_labels"]`
(mask the others when training), `["curate_doc_id"]`, `["curate_split"]`. Spans whose offsets are not
on token boundaries are widened to the tokens they touch: {spacy_info['misaligned_spans']} of
{spacy_info['spans']} here.
"""


def dataset_card(manifest: Mapping[str, Any], scheme: LabelScheme, sections: Sequence[str] = ()) -> str:
    """README.md of a version: the YAML header, the export's or import's card (an export's with its agreement
    and audit `sections`), how to read it."""
    if manifest.get("import") is not None:
        body = imported_dataset_card(manifest, scheme)
    else:
        body = export_dataset_card(manifest, scheme, sections)
    return card_header(manifest) + body + reading_section(manifest)


def export_dataset_card(manifest: Mapping[str, Any], scheme: LabelScheme, sections: Sequence[str] = ()) -> str:
    counts = manifest["counts"]
    version = manifest["version"]
    label_rows = "\n".join(
        f"| {label} | " + " | ".join(str(counts["spans_per_split"][split][label]) for split in SPLITS) + f" | {counts['spans_per_label'][label]} |"
        for label in scheme.labels
    )
    doc_row = " | ".join(str(counts["documents_per_split"][split]) for split in SPLITS)
    origins = ", ".join(f"{k} {v}" for k, v in counts["origins"].items())
    ls = manifest["label_studio"]
    models = ", ".join(f"`{k}` ({v} documents)" for k, v in manifest["model_versions"].items())
    return f"""# curate gold set {version}

German news articles annotated with ACTOR, FIGURE and QUOTE spans, their attributes, and speaker
relations (QUOTE -> ACTOR), as defined by the label scheme in `label_config.xml`
(sha256 `{manifest['label_config_sha256'][:16]}…`). Written by `curate export` {manifest['curate_version']}
on {manifest['created_at']}; parent version: {manifest['parent_version'] or 'none'}.
This directory is immutable: corrections go into a new version.

## Counts

{counts['documents']} documents, {counts['spans']} spans, {counts['relations']} relations.

| | {' | '.join(SPLITS)} | total |
|---|{'---|' * len(SPLITS)}---|
| documents | {doc_row} | {counts['documents']} |
{label_rows}

Span origin relative to the pre-annotation: {origins}; predicted spans deleted by annotators:
{counts['deleted_predicted_spans']}. Annotators: {', '.join(f'{k} ({v})' for k, v in counts['annotators'].items())}.

## How it was produced

1. Articles were cleaned by `curate ingest` (boilerplate removed, NFC, `\\n` line endings).
2. `curate push` pre-annotated them (model version {models}) and imported them into Label Studio
   ({ls['url']}, project {ls['project_id']}).
3. Annotators corrected the pre-annotations in the Label Studio UI.
4. `curate export --require {manifest.get('require', 'agreement')}` read one export snapshot of the project.
   Selection: {manifest.get('selection', '')}. Tasks per state: {_states(manifest)}; held out:
   {len(manifest.get('held_out', []))} task(s). Every span was checked to lie
   inside the text and to match what the annotator saw, every label and attribute value against
   `label_config.xml`, every relation to join an existing QUOTE to an existing ACTOR. Tasks that
   annotators skipped contribute nothing; held-out tasks (with their annotators), skipped tasks and any
   invalid items left out are listed in `manifest.json`.

Offsets are Unicode code points into `documents.text`, end exclusive: `text[start:end]` in Python.
`origin`: `kept` = the predicted region unchanged; `edited` = a predicted region (same region id)
whose boundaries, label or attributes the annotator changed; `added` = drawn by the annotator.
`n_annotators`: how many of the task's annotators made the span (same label and offsets);
`agreement`: that count divided by the task's annotators (1.0 for a task with one annotator).

## Splits

`train` / `dev` / `test` are frozen: an article keeps the split it had in the first version that
contained it. Articles new in this version get one from a stable hash of their `doc_id`:
`int(sha256(doc_id)[:8], 16) % 100` < 80 -> train, < 90 -> dev, else test (about 80/10/10).

## Files and schemas

- `documents.parquet`, `spans.parquet`, `relations.parquet` (schemas below; the descriptions are also
  stored as Parquet field metadata).
- `gold.jsonl`: the same gold, one JSON object per article: `doc_id`, `text`, `spans` (`id`,
  `label`, `start`, `end`, `text` and the non-empty attributes), `relations` (`from`, `to`, `label`).
- `train.spacy/`, `dev.spacy/`, `test.spacy/`: the same gold as spaCy DocBins, a folder of shards per split (below).
- `manifest.json`: provenance (Label Studio URL and project id, model versions, label config hash),
  counts, the SHA-256 of every other file, the `--require` policy (`require`, `selection`,
  `task_states`), `held_out` tasks, skipped tasks, invalid items left out, the inter-annotator
  `agreement` and the pre-annotation `audit` (the two sections above).

### documents.parquet

{_schema_table(DOCUMENTS_SCHEMA)}

### spans.parquet

{_schema_table(SPANS_SCHEMA)}

### relations.parquet

{_schema_table(RELATIONS_SCHEMA)}

{"".join(section + chr(10) for section in sections)}## Licence

The article texts are news articles published by their outlets (see `source`); their copyright
stays with those outlets and the agencies they credit. They are included for research on annotation
and information extraction only; do not republish them. The annotations (spans,
attributes, relations) are released under the licence of the curate project (MIT).
"""


def _label_list(heading: str, by_label: Mapping[str, str]) -> str:
    """A card paragraph listing labels with a note each; empty without labels."""
    lines = "\n".join(f"- {label}: {note}" for label, note in by_label.items())
    return f"\n\n{heading}:\n\n{lines}" if lines else ""


def imported_dataset_card(manifest: Mapping[str, Any], scheme: LabelScheme) -> str:
    """The card of a version written by `curate import`: source, licence and what the gold covers first."""
    counts = manifest["counts"]
    imported = manifest["import"]
    header = f"| | {' | '.join(SPLITS)} | total |\n|---|{'---|' * len(SPLITS)}---|"
    rows = [f"| documents | {' | '.join(str(counts['documents_per_split'][s]) for s in SPLITS)} | {counts['documents']} |"]
    rows += [
        f"| {label} | " + " | ".join(str(counts["spans_per_split"][s][label]) for s in SPLITS) + f" | {counts['spans_per_label'][label]} |"
        for label in scheme.labels
    ]
    caveats = _label_list("Present but not covered", manifest["partial_labels"]) + _label_list(
        "Covered, but mapped from another annotation scheme", manifest.get("mapped_labels", {}))
    notes = "".join(f"\n- {note}" for note in imported.get("notes", []))
    files = "".join(f"\n- `{f['path']}` ({f['split'] or 'no split of its own'}, {f['documents']} documents)" for f in imported["files"])
    return f"""# curate gold set {manifest['version']}

Imported by `curate import --format {imported['format']}` {manifest['curate_version']} on {manifest['created_at']}
from existing annotations, mapped onto the label scheme of `label_config.xml`
(sha256 `{manifest['label_config_sha256'][:16]}…`); parent version: {manifest['parent_version'] or 'none'}.
This directory is immutable: corrections go into a new version.

- Source: {manifest['source'] or 'not stated'}
- Licence of the annotations (and texts): {manifest['licence'] or 'not stated'}

## What this gold covers

Labels: {', '.join(manifest['labels']) or 'none'}; relations: {', '.join(manifest['relation_labels']) or 'none'}.
Only these are gold: a text without spans of another label does NOT mean it has none, so neither
evaluation nor training may read the missing labels as negatives (`manifest.json` `labels` /
`relation_labels`; when they are not all of label_config.xml, every `gold.jsonl` record repeats
them).{caveats}

## Counts

{counts['documents']} documents, {counts['spans']} spans, {counts['relations']} relations.

{header}
{chr(10).join(rows)}

## How it was imported
{files}{notes}

Offsets are Unicode code points into `documents.text`, end exclusive: `text[start:end]` in Python.
Every span has `origin` `imported` and `annotator` naming the source dataset.

## Splits

{manifest['splits']['method']}

## Files and schemas

`gold.jsonl` holds the same gold as `Document.to_dict()` lines plus `labels` / `relation_labels`;
`manifest.json` records source, licence, coverage, the import's files and mapping, and the SHA-256 of
every other file.
`train.spacy/`, `dev.spacy/`, `test.spacy/` hold the same gold as spaCy DocBins, a folder of shards per split (below).

### documents.parquet

{_schema_table(DOCUMENTS_SCHEMA)}

### spans.parquet

{_schema_table(SPANS_SCHEMA)}

### relations.parquet

{_schema_table(RELATIONS_SCHEMA)}
"""


# --------------------------------------------------------------------------- the pure entry point


def export_tasks(
    tasks: Iterable[Any],
    provenance: Provenance,
    version: str | None = None,
    workspace: Workspace | None = None,
    skip_invalid: bool = False,
    began: float | None = None,
    row_group_documents: int = ROW_GROUP_DOCUMENTS,
    require: str = "agreement",
    adjudicators: Sequence[str] = (),
    gamma_sample: int | None = EXPORT_GAMMA_SAMPLE,
    docbin_process: bool = False,
) -> ExportReport:
    """Snapshot tasks (any iterable of task dicts, consumed once) -> datasets/<version>/, validated and atomic.

    Memory does not grow with the snapshot: documents stream into the files of a temporary directory,
    which is renamed into place only when every task was read and nothing invalid is left (or
    `skip_invalid`). Any OS error (read-only datasets/, disk full) is a one-line CurateError and leaves
    no partial version. `require` and `adjudicators` are the selection policy (curation.consensus.decide);
    gamma is computed on a seeded sample of `gamma_sample` multi-annotated tasks (None: all, 0: none);
    `docbin_process`: the DocBins are written by a child process (pays off from about a thousand tasks)."""
    began = time.monotonic() if began is None else began
    policy = Policy(require, tuple(adjudicators))
    workspace = workspace or Workspace.current()
    scheme = load_scheme(workspace.label_config_path)
    check_scheme(scheme)
    datasets_dir = workspace.datasets_dir
    version, parent = resolve_version(version, datasets_dir)
    earlier = frozen_splits(datasets_dir)
    target = datasets_dir / version
    summary = GoldSummary()
    with staging_dir(datasets_dir, version) as directory, frozen_heap():
        try:
            coverage = VersionCoverage.of(provenance, scheme)
            with VersionWriter(directory, earlier, coverage, row_group_documents, docbin_process) as writer:
                for document in gold_documents(tasks, scheme, summary, policy):
                    writer.add(document)
            _check_complete(summary, writer.tally, provenance, skip_invalid)
            figures = ExportFiguresResult(require, summary.figures.agreement(policy.adjudicators, gamma_sample), summary.figures.audit)
            manifest = version_manifest(version, summary, writer, scheme, provenance, parent, figures)
            finish_version(directory, target, manifest, writer.rows, scheme, figures.sections())
        except OSError as exc:
            raise CurateError(f"cannot write {target} ({os_error_text(exc)}); nothing was written") from None
    return ExportReport(
        version=version,
        path=target,
        parent_version=parent,
        documents=writer.tally.documents,
        spans=writer.tally.spans,
        relations=writer.tally.relations,
        spans_per_label=manifest["counts"]["spans_per_label"],
        documents_per_split=manifest["counts"]["documents_per_split"],
        origins=manifest["counts"]["origins"],
        held_out=summary.held_out,
        skipped=summary.skipped,
        invalid=summary.problems,
        unannotated=summary.unannotated,
        seconds=time.monotonic() - began,
        label_config_matches_project=manifest["label_config_matches_project"],
        require=require,
        agreement=figures.agreement,
        audit=figures.audit,
    )


def _check_complete(summary: GoldSummary, tally: Tally, provenance: Provenance, skip_invalid: bool) -> None:
    if summary.problems and not skip_invalid:
        raise InvalidAnnotations(summary.problems)
    if not tally.documents:
        raise CurateError(
            f"project {provenance.project_title!r} has no completed annotation to export ({summary.tasks} tasks, "
            f"{len(summary.skipped)} skipped, {len(summary.held_out)} held out, {len(summary.problems)} invalid items)"
        )
