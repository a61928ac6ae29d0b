"""`curate export`: completed Label Studio annotations -> an immutable, versioned gold set.

    datasets/vN/documents.parquet  one row per annotated article, with its frozen split
    datasets/vN/spans.parquet      one row per gold span (attributes as columns, annotator, origin)
    datasets/vN/relations.parquet  one row per speaker link (QUOTE -> ACTOR)
    datasets/vN/gold.jsonl         the same gold as Document.to_dict() lines (what `curate evaluate` reads)
    datasets/vN/README.md          the dataset card
    datasets/vN/manifest.json      provenance, counts, checksums of every other file

The annotations come from one export snapshot of the project (never per-task paging). `build_gold`
is the pure part (snapshot JSON -> validated gold documents) and is what the unit tests drive.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pyarrow as pa
import pyarrow.parquet as pq

import curation
from curation.config import DEFAULT_PROJECT_TITLE, CurateError, Workspace
from curation.document import Document, Relation, Span, sha256_text
from curation.scheme import LabelScheme, load_scheme

VERSION_PATTERN = re.compile(r"v([1-9][0-9]*)")
SPLITS = ("train", "dev", "test")
# Buckets of int(sha256(doc_id)[:8], 16) % 100 for an article that no earlier version has seen.
SPLIT_BUCKETS = (("train", 80), ("dev", 90), ("test", 100))
ORIGINS = ("kept", "edited", "added", "imported")
# Which span labels each relation of label_config.xml joins (from -> to).
RELATION_ENDPOINTS: dict[str, tuple[str, str]] = {"speaker": ("QUOTE", "ACTOR")}
SNAPSHOT_SERIALIZATION = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}}
SNAPSHOT_TIMEOUT = 1800.0  # seconds; 5 000 tasks took 18 s here
TMP_PREFIX = ".tmp-"
FILES = ("documents.parquet", "spans.parquet", "relations.parquet", "gold.jsonl", "README.md")


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
class Disagreement:
    task_id: int
    doc_id: str | None
    annotation_ids: tuple[int, ...]
    annotators: tuple[str, ...]
    chosen_annotation_id: int
    chosen_by: str  # "ground_truth" | "latest"

    def to_dict(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "doc_id": self.doc_id,
            "annotation_ids": list(self.annotation_ids),
            "annotators": list(self.annotators),
            "chosen_annotation_id": self.chosen_annotation_id,
            "chosen_by": self.chosen_by,
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
    chosen_by: str
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
class GoldSet:
    """What one snapshot yields: the gold documents and everything left out, with reasons."""

    documents: list[GoldDocument]
    problems: list[Problem]
    disagreements: list[Disagreement]
    skipped: list[SkippedTask]
    unannotated: int
    tasks: int


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
    disagreements: list[Disagreement]
    skipped: list[SkippedTask]
    invalid: list[Problem]
    unannotated: int
    seconds: float
    label_config_matches_project: bool | None = None

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
        if self.disagreements:
            lines.append(f"  {len(self.disagreements)} task(s) with disagreeing annotations (see manifest.json):")
            lines += [
                f"    task {d.task_id} ({d.doc_id}): annotations {', '.join(map(str, d.annotation_ids))}; "
                f"used {d.chosen_annotation_id} ({d.chosen_by})"
                for d in self.disagreements
            ]
        if self.invalid:
            lines.append(f"  {len(self.invalid)} invalid item(s) left out (--skip-invalid, listed in manifest.json):")
            lines += [f"    {p}" for p in self.invalid[:25]]
        return "\n".join(lines)


# --------------------------------------------------------------------------- versions and splits


def check_version_name(version: str) -> str:
    if not isinstance(version, str) or not VERSION_PATTERN.fullmatch(version):
        raise CurateError(f"invalid version {version!r}: use v<number>, e.g. v1 (v1, v2, ...; no v0, no paths)")
    return version


def existing_versions(datasets_dir: Path) -> list[str]:
    """Version directories in datasets/, oldest first."""
    if not datasets_dir.is_dir():
        return []
    found = [p.name for p in datasets_dir.iterdir() if p.is_dir() and VERSION_PATTERN.fullmatch(p.name)]
    return sorted(found, key=_version_number)


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
    if target.exists() or target.is_symlink():
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


def assign_splits(doc_ids: Iterable[str], earlier: Mapping[str, str]) -> dict[str, str]:
    return {doc_id: earlier.get(doc_id) or hash_split(doc_id) for doc_id in doc_ids}


# --------------------------------------------------------------------------- snapshot -> gold


def _timestamp(value: Any) -> float:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return 0.0
    return 0.0


def annotator_of(annotation: Mapping[str, Any]) -> str:
    user = annotation.get("completed_by")
    if isinstance(user, Mapping):
        return str(user.get("email") or f"user-{user.get('id')}")
    return f"user-{user}" if user is not None else "unknown"


def _usable(annotation: Mapping[str, Any]) -> bool:
    return not annotation.get("was_cancelled") and isinstance(annotation.get("result"), list)


def choose_annotation(annotations: list[Mapping[str, Any]]) -> tuple[Mapping[str, Any], str]:
    """The ground-truth-starred annotation, else the most recently updated one."""

    def recency(a: Mapping[str, Any]) -> tuple[float, float, int]:
        return (_timestamp(a.get("updated_at")), _timestamp(a.get("created_at")), int(a.get("id") or 0))

    starred = [a for a in annotations if a.get("ground_truth")]
    if starred:
        return max(starred, key=recency), "ground_truth"
    return max(annotations, key=recency), "latest"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _problem_item(message: str) -> tuple[str, str | None]:
    """Map a regions_from_result problem line to (item, region id it names)."""
    head, _, _ = message.partition(":")
    if head.startswith("relation "):
        return head, None
    if head and " " not in head and head != message:
        return f"span {head}", head
    return "annotation", None


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return float(a) == float(b)
    return a == b


def _normal_attrs(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (float(v) if isinstance(v, int) and not isinstance(v, bool) else v) for k, v in attrs.items() if v not in (None, "")}


def _content_key(spans: list[Span], relations: list[Relation]) -> tuple[frozenset, frozenset]:
    """What an annotation says, independent of region ids: to compare annotators."""
    where = {s.id: (s.label, s.start, s.end) for s in spans}
    span_keys = frozenset((s.label, s.start, s.end, tuple(sorted(_normal_attrs(s.attributes).items()))) for s in spans)
    relation_keys = frozenset((where.get(r.from_id), where.get(r.to_id), r.label) for r in relations)
    return span_keys, relation_keys


class _TaskValidator:
    """Validates one chosen annotation against the scheme; collects Problems."""

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

        bad: set[str] = set()
        if not all(isinstance(item, Mapping) for item in result):
            self.add("annotation", "result holds items that are not objects")
            return [], []
        converted: list[str] = []
        spans, relations = regions_from_result(result, text, self.scheme, converted)
        for message in converted:
            item, region = _problem_item(message)
            self.add(item, message.partition(": ")[2] or message)
            if region:
                bad.add(region)
        region_texts = self._region_texts(result)
        for span in spans:
            reason = self._span_reason(span, region_texts.get(span.id), text)
            if reason:
                self.add(f"span {span.id}", reason)
                bad.add(span.id)
        valid = [s for s in spans if s.id not in bad]
        labels = {s.id: s.label for s in valid}
        good_relations: list[Relation] = []
        for relation in relations:
            reason = self._relation_reason(relation, labels, bad)
            if reason:
                self.add(f"relation {relation.from_id}->{relation.to_id}", reason)
            else:
                good_relations.append(relation)
        return valid, good_relations

    @staticmethod
    def _region_texts(result: list[Mapping[str, Any]]) -> dict[str, Any]:
        return {
            str(item.get("id")): (item.get("value") or {}).get("text")
            for item in result
            if item.get("type") == "labels" and isinstance(item.get("value"), Mapping)
        }

    def _span_reason(self, span: Span, annotated_text: Any, text: str) -> str | None:
        if span.label not in self.scheme.labels:
            return f"unknown label {span.label!r} (label_config.xml has {', '.join(self.scheme.labels)})"
        if not 0 <= span.start < span.end <= len(text):
            return f"offsets {span.start}..{span.end} outside the text (length {len(text)})"
        # value.text may differ from the slice only in whitespace (multi-line selections); anything else
        # means the offsets do not point at what the annotator saw (e.g. UTF-16 counting).
        if isinstance(annotated_text, str) and _squash(annotated_text) != _squash(text[span.start : span.end]):
            return f"text[{span.start}:{span.end}] is {text[span.start:span.end]!r} but the region shows {annotated_text!r}"
        for name, value in span.attributes.items():
            attribute = self.scheme.attribute(name)
            if attribute is None:
                return f"unknown attribute {name!r}"
            if attribute.label != span.label:
                return f"attribute {name} belongs to {attribute.label} spans, not {span.label}"
            reason = attribute.check(value)
            if reason:
                return reason
        return None

    def _relation_reason(self, relation: Relation, labels: Mapping[str, str], bad: set[str]) -> str | None:
        if relation.label not in self.scheme.relation_labels:
            return f"unknown relation label {relation.label!r} (label_config.xml has {', '.join(self.scheme.relation_labels)})"
        for end in (relation.from_id, relation.to_id):
            if end in bad:
                return f"endpoint {end} is an invalid span"
            if end not in labels:
                return f"endpoint {end} is not a span"
        want = RELATION_ENDPOINTS[relation.label]
        got = (labels[relation.from_id], labels[relation.to_id])
        if got != want:
            return f"{relation.label} must join {want[0]} -> {want[1]}, not {got[0]} -> {got[1]}"
        return None


def _prediction_for(task: Mapping[str, Any], annotation: Mapping[str, Any], region_ids: set[str]) -> Mapping[str, Any] | None:
    """The prediction the annotation started from: parent_prediction, else the one sharing most region ids."""
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, Mapping)]
    parent = annotation.get("parent_prediction")
    if isinstance(parent, Mapping):
        parent = parent.get("id")
    for prediction in predictions:
        if parent is not None and prediction.get("id") == parent:
            return prediction
    best, best_shared = None, 0
    for prediction in predictions:
        ids = {str(r.get("id")) for r in prediction.get("result") or [] if isinstance(r, Mapping)}
        shared = len(ids & region_ids)
        if shared > best_shared or (shared == best_shared and shared and _timestamp(prediction.get("created_at")) > _timestamp((best or {}).get("created_at"))):
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
            and _same_attrs(before.attributes, span.attributes)
        ):
            result[span.id] = "kept"
        else:
            result[span.id] = "edited"
    deleted = len(set(by_id) - {s.id for s in spans})
    return result, deleted


def _same_attrs(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    a, b = _normal_attrs(a), _normal_attrs(b)
    return a.keys() == b.keys() and all(_same_value(a[k], b[k]) for k in a)


def build_gold(tasks: list[Mapping[str, Any]], scheme: LabelScheme) -> GoldSet:
    """Validate the snapshot's tasks and turn their chosen annotations into gold documents."""
    from curation.labelstudio.tasks import regions_from_result

    gold = GoldSet(documents=[], problems=[], disagreements=[], skipped=[], unannotated=0, tasks=len(tasks))
    first_task_of: dict[str, int] = {}
    for task in sorted(tasks, key=lambda t: int(t.get("id") or 0)):
        task_id = int(task.get("id") or 0)
        data = task.get("data") if isinstance(task.get("data"), Mapping) else {}
        doc_id = data.get("doc_id") if isinstance(data.get("doc_id"), str) and data.get("doc_id") else None
        annotations = [a for a in task.get("annotations") or [] if isinstance(a, Mapping)]
        usable = [a for a in annotations if _usable(a)]
        if not usable:
            if annotations:
                gold.skipped.append(SkippedTask(task_id, doc_id, tuple(annotator_of(a) for a in annotations)))
            else:
                gold.unannotated += 1
            continue
        chosen, chosen_by = choose_annotation(usable)
        annotation_id = int(chosen.get("id") or 0)
        check = _TaskValidator(scheme, task_id, doc_id, annotation_id)
        text = data.get("text")
        if not isinstance(text, str):
            check.add("task", "data.text is missing")
            gold.problems += check.problems
            continue
        if doc_id is None:
            check.add("task", "data.doc_id is missing (task was not pushed by curate)")
        elif doc_id in first_task_of:
            check.add("task", f"doc_id {doc_id} is also task {first_task_of[doc_id]}")
        stored_sha = data.get("text_sha256")
        if stored_sha and stored_sha != sha256_text(text):
            check.add("task", "data.text does not match data.text_sha256")
        if check.problems:
            gold.problems += check.problems
            continue
        assert doc_id is not None
        first_task_of[doc_id] = task_id

        if len(usable) > 1:
            keys = set()
            for annotation in usable:
                spans, relations = regions_from_result(
                    [r for r in annotation["result"] if isinstance(r, Mapping)], text, scheme, []
                )
                keys.add(_content_key(spans, relations))
            if len(keys) > 1:
                ordered = sorted(usable, key=lambda a: int(a.get("id") or 0))
                gold.disagreements.append(
                    Disagreement(
                        task_id,
                        doc_id,
                        tuple(int(a.get("id") or 0) for a in ordered),
                        tuple(annotator_of(a) for a in ordered),
                        annotation_id,
                        chosen_by,
                    )
                )

        spans, relations = check.spans(chosen["result"], text)
        gold.problems += check.problems
        prediction = _prediction_for(task, chosen, {s.id for s in spans})
        predicted: list[Span] = []
        if prediction is not None:
            predicted, _ = regions_from_result(
                [r for r in prediction.get("result") or [] if isinstance(r, Mapping)], text, scheme, []
            )
        origin_of, deleted = origins(spans, predicted)
        gold.documents.append(
            GoldDocument(
                task_id=task_id,
                annotation_id=annotation_id,
                doc_id=doc_id,
                title=_str_or_none(data.get("title")),
                source=_str_or_none(data.get("source")),
                published=_str_or_none(data.get("published")),
                text=text,
                text_sha256=sha256_text(text),
                annotator=annotator_of(chosen),
                chosen_by=chosen_by,
                model_version=_str_or_none(prediction.get("model_version")) if prediction else None,
                spans=[
                    GoldSpan(s.id, s.label, s.start, s.end, text[s.start : s.end], dict(s.attributes), origin_of[s.id])
                    for s in spans
                ],
                relations=relations,
                deleted_predictions=deleted,
            )
        )
    gold.documents.sort(key=lambda d: d.doc_id)
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


def document_rows(documents: list[GoldDocument], splits: Mapping[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "doc_id": d.doc_id,
            "title": d.title,
            "source": d.source,
            "published": d.published,
            "text": d.text,
            "text_sha256": d.text_sha256,
            "split": splits[d.doc_id],
        }
        for d in documents
    ]


def span_rows(documents: list[GoldDocument]) -> list[dict[str, Any]]:
    rows = []
    for d in documents:
        for s in sorted(d.spans, key=lambda s: (s.start, s.end, s.label, s.span_id)):
            row: dict[str, Any] = {
                "doc_id": d.doc_id,
                "span_id": s.span_id,
                "label": s.label,
                "start": s.start,
                "end": s.end,
                "text": s.text,
            }
            for column in ATTRIBUTE_COLUMNS:
                value = s.attributes.get(column)
                row[column] = float(value) if column == "value" and value is not None else value
            row["annotator"] = d.annotator
            row["origin"] = s.origin
            rows.append(row)
    return rows


def relation_rows(documents: list[GoldDocument]) -> list[dict[str, Any]]:
    rows = []
    for d in documents:
        for r in sorted(d.relations, key=lambda r: (r.from_id, r.to_id, r.label)):
            rows.append(
                {
                    "doc_id": d.doc_id,
                    "relation_id": f"{r.label}:{r.from_id}->{r.to_id}",
                    "from_id": r.from_id,
                    "to_id": r.to_id,
                    "label": r.label,
                }
            )
    return rows


# --------------------------------------------------------------------------- writing


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
    snapshot_id: int | None = None
    project_label_config: str | None = None  # the config annotators worked with, to compare
    source: str | None = None  # where the annotations come from (`curate import`: the dataset, a citation)
    licence: str | None = None  # of the imported annotations
    # What the gold covers; None = every label / relation of label_config.xml. A version with only QUOTE gold
    # must never be read as "this text has no ACTOR".
    labels: tuple[str, ...] | None = None
    relations: tuple[str, ...] | None = None
    partial: dict[str, str] | None = None  # label -> why its spans are there although it is not covered
    split_method: str | None = None  # how the splits were chosen, when not the frozen hash splits
    imported: dict[str, Any] | None = None  # `curate import`: format, files, mapping notes (manifest "import")

    def coverage(self, scheme: LabelScheme) -> tuple[list[str], list[str]]:
        labels = list(self.labels) if self.labels is not None else list(scheme.labels)
        relations = list(self.relations) if self.relations is not None else list(scheme.relation_labels)
        return labels, relations


def _counts(documents: list[GoldDocument], splits: Mapping[str, str], scheme: LabelScheme) -> dict[str, Any]:
    per_label = Counter(s.label for d in documents for s in d.spans)
    per_split = Counter(splits[d.doc_id] for d in documents)
    spans_per_split = {
        split: {label: sum(1 for d in documents if splits[d.doc_id] == split for s in d.spans if s.label == label) for label in scheme.labels}
        for split in SPLITS
    }
    origin_counts = Counter(s.origin for d in documents for s in d.spans)
    return {
        "documents": len(documents),
        "spans": sum(len(d.spans) for d in documents),
        "relations": sum(len(d.relations) for d in documents),
        "spans_per_label": {label: per_label.get(label, 0) for label in scheme.labels},
        "relations_per_label": dict(Counter(r.label for d in documents for r in d.relations)),
        "documents_per_split": {split: per_split.get(split, 0) for split in SPLITS},
        "spans_per_split": spans_per_split,
        "origins": {origin: origin_counts.get(origin, 0) for origin in ORIGINS},
        "deleted_predicted_spans": sum(d.deleted_predictions for d in documents),
        "annotators": dict(sorted(Counter(d.annotator for d in documents).items())),
    }


def write_version(
    target: Path,
    gold: GoldSet,
    splits: Mapping[str, str],
    scheme: LabelScheme,
    provenance: Provenance,
    parent_version: str | None,
    invalid_skipped: list[Problem],
) -> dict[str, Any]:
    """Write the gold set into a temporary directory beside `target`, then rename it into place."""
    datasets_dir = target.parent
    datasets_dir.mkdir(parents=True, exist_ok=True)
    _remove_own_temp_dirs(datasets_dir)
    tmp = datasets_dir / f"{TMP_PREFIX}{target.name}-{os.getpid()}"
    tmp.mkdir()
    try:
        documents = gold.documents
        tables = {
            "documents.parquet": document_rows(documents, splits),
            "spans.parquet": span_rows(documents),
            "relations.parquet": relation_rows(documents),
        }
        for name, rows in tables.items():
            pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]), tmp / name, compression="zstd")
        covered_labels, covered_relations = provenance.coverage(scheme)
        # gold.jsonl records carry the coverage when it is partial (absent = all labels, the JSONL convention)
        partial = {"labels": covered_labels, "relation_labels": covered_relations} if provenance.labels is not None else {}
        with open(tmp / "gold.jsonl", "w", encoding="utf-8") as fh:
            for d in documents:
                fh.write(json.dumps({**d.to_document().to_dict(), **partial}, ensure_ascii=False) + "\n")
        counts = _counts(documents, splits, scheme)
        model_versions = Counter(d.model_version or "none" for d in documents)
        manifest: dict[str, Any] = {
            "version": target.name,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "parent_version": parent_version,
            "curate_version": curation.__version__,
            "label_studio": {
                "url": safe_url(provenance.label_studio_url),
                "project_id": provenance.project_id,
                "project_title": provenance.project_title,
                "export_snapshot_id": provenance.snapshot_id,
                "tasks_in_snapshot": gold.tasks,
            }
            if provenance.label_studio_url is not None
            else None,
            "source": provenance.source,
            "licence": provenance.licence,
            "labels": covered_labels,
            "relation_labels": covered_relations,
            "partial_labels": provenance.partial or {},
            "label_config_sha256": hashlib.sha256(scheme.xml.encode("utf-8")).hexdigest(),
            "label_config_matches_project": _same_config(provenance.project_label_config, scheme.xml),
            "model_versions": dict(sorted(model_versions.items())),
            "selection": "per task: completed, non-cancelled annotations; the ground-truth-starred one, else the latest (updated_at)"
            if provenance.label_studio_url is not None
            else None,
            "splits": {
                "method": provenance.split_method
                or "frozen from earlier versions; new articles: int(sha256(doc_id)[:8], 16) % 100 < 80 train, < 90 dev, else test",
                "counts": counts["documents_per_split"],
            },
            "counts": counts,
            "unannotated_tasks": gold.unannotated,
            "skipped_tasks": [s.to_dict() for s in gold.skipped],
            "disagreements": [d.to_dict() for d in gold.disagreements],
            "invalid_skipped": [p.to_dict() for p in invalid_skipped],
            **({"import": provenance.imported} if provenance.imported is not None else {}),
        }
        (tmp / "README.md").write_text(dataset_card(manifest, scheme), encoding="utf-8")
        manifest["files"] = {
            name: {
                "sha256": sha256_file(tmp / name),
                "bytes": (tmp / name).stat().st_size,
                **({"rows": len(tables[name])} if name in tables else {}),
            }
            for name in FILES
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for path in tmp.iterdir():
            path.chmod(0o444)  # a released version is read-only
            _fsync(path)
        _fsync(tmp)
        if target.exists() or target.is_symlink():
            raise CurateError(f"{target} already exists: gold versions are immutable")
        try:
            os.rename(tmp, target)  # fails if another export created a (non-empty) target meanwhile
        except OSError as exc:
            raise CurateError(f"cannot create {target}: {exc.strerror} (gold versions are immutable)") from exc
        _fsync(datasets_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def _fsync(path: Path) -> None:
    """Flush a file or directory entry to disk, so a rename never exposes half-written files after a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_own_temp_dirs(datasets_dir: Path) -> None:
    """Temporary directories left by this process (e.g. after an interrupted earlier call)."""
    for path in datasets_dir.glob(f"{TMP_PREFIX}*-{os.getpid()}"):
        shutil.rmtree(path, ignore_errors=True)


def _same_config(project_xml: str | None, xml: str) -> bool | None:
    if project_xml is None:
        return None
    return " ".join(project_xml.split()) == " ".join(xml.split())


def _schema_table(schema: pa.Schema) -> str:
    lines = ["| column | type | null | description |", "|---|---|---|---|"]
    for f in schema:
        description = (f.metadata or {}).get(b"description", b"").decode("utf-8").replace("|", "\\|")
        lines.append(f"| `{f.name}` | {f.type} | {'yes' if f.nullable else 'no'} | {description} |")
    return "\n".join(lines)


def dataset_card(manifest: Mapping[str, Any], scheme: LabelScheme) -> str:
    if manifest.get("import") is not None:
        return imported_dataset_card(manifest, scheme)
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
4. `curate export` read one export snapshot of the project. Per task it used the completed,
   non-cancelled annotations and took the ground-truth-starred one, else the latest. Every span was checked to lie
   inside the text and to match what the annotator saw, every label and attribute value against
   `label_config.xml`, every relation to join an existing QUOTE to an existing ACTOR. Tasks that
   annotators skipped contribute nothing; tasks with disagreeing annotations, skipped tasks and any
   invalid items left out are listed in `manifest.json`.

Offsets are Unicode code points into `documents.text`, end exclusive: `text[start:end]` in Python.
`origin`: `kept` = the predicted region unchanged; `edited` = a predicted region (same region id)
whose boundaries, label or attributes the annotator changed; `added` = drawn by the annotator.

## Splits

`train` / `dev` / `test` are frozen: an article keeps the split it had in the first version that
contained it. Articles new in this version get one from a stable hash of their `doc_id`:
`int(sha256(doc_id)[:8], 16) % 100` < 80 -> train, < 90 -> dev, else test (about 80/10/10).

## Files and schemas

- `documents.parquet`, `spans.parquet`, `relations.parquet` (schemas below; the descriptions are also
  stored as Parquet field metadata).
- `gold.jsonl`: the same gold, one JSON object per article: `doc_id`, `text`, `spans` (`id`,
  `label`, `start`, `end`, `text` and the non-empty attributes), `relations` (`from`, `to`, `label`).
- `manifest.json`: provenance (Label Studio URL and project id, model versions, label config hash),
  counts, the SHA-256 of every other file, skipped tasks, disagreements, invalid items left out.

### documents.parquet

{_schema_table(DOCUMENTS_SCHEMA)}

### spans.parquet

{_schema_table(SPANS_SCHEMA)}

### relations.parquet

{_schema_table(RELATIONS_SCHEMA)}

## Licence

The article texts are news articles published by their outlets (see `source`); their copyright
stays with those outlets and the agencies they credit. They are included for research on annotation
and information extraction only; do not republish them. The annotations (spans,
attributes, relations) are released under the licence of the curate project (MIT).
"""


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
    partial = "\n".join(f"- {label}: {why}" for label, why in manifest["partial_labels"].items())
    partial = f"\n\nPresent but not covered:\n\n{partial}" if partial else ""
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
`relation_labels`; every `gold.jsonl` record repeats them).{partial}

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

### documents.parquet

{_schema_table(DOCUMENTS_SCHEMA)}

### spans.parquet

{_schema_table(SPANS_SCHEMA)}

### relations.parquet

{_schema_table(RELATIONS_SCHEMA)}
"""


# --------------------------------------------------------------------------- Label Studio


def fetch_snapshot(client: Any, project_id: int, timeout: float = SNAPSHOT_TIMEOUT) -> tuple[list[dict[str, Any]], int]:
    """All tasks of the project as one export snapshot (raw JSON), and the snapshot's id.

    The snapshot is deleted afterwards: it is a server-side copy of every annotation."""
    from label_studio_sdk.core.api_error import ApiError

    from curation.labelstudio.client import api_error_text

    try:
        snapshot = client.projects.exports.create(
            id=project_id, title="curate export", serialization_options=SNAPSHOT_SERIALIZATION
        )
        deadline = time.monotonic() + timeout
        status = snapshot.status
        while status not in ("completed", "failed"):
            if time.monotonic() > deadline:
                raise CurateError(f"the export snapshot {snapshot.id} of project {project_id} did not finish within {timeout:.0f} s")
            time.sleep(0.5)
            status = client.projects.exports.get(id=project_id, export_pk=snapshot.id).status
        try:
            if status == "failed":
                raise CurateError(f"Label Studio could not build the export snapshot of project {project_id} (status failed; see the server log)")
            raw = b"".join(client.projects.exports.download(id=project_id, export_pk=snapshot.id, request_options={"timeout": timeout}))
        finally:
            try:
                client.projects.exports.delete(id=project_id, export_pk=snapshot.id)
            except ApiError:
                pass  # only housekeeping
    except ApiError as exc:
        raise CurateError(f"Label Studio refused the export snapshot of project {project_id} ({api_error_text(exc)})") from None
    try:
        tasks = json.loads(raw)
    except ValueError as exc:
        raise CurateError(f"the export snapshot of project {project_id} is not JSON: {exc}") from None
    if not isinstance(tasks, list):
        raise CurateError(f"the export snapshot of project {project_id} is not a list of tasks")
    return tasks, int(snapshot.id)


def export(
    version: str | None = None,
    workspace: Workspace | None = None,
    project_title: str | None = None,
    skip_invalid: bool = False,
    connection: Any = None,
) -> ExportReport:
    """Write datasets/<version>/ from the project's completed annotations (see the module docstring)."""
    began = time.monotonic()
    workspace = workspace or Workspace.current()
    check_scheme(load_scheme(workspace.label_config_path))
    resolve_version(version, workspace.datasets_dir)  # a bad or existing version fails before any network work
    frozen_splits(workspace.datasets_dir)  # and so does an unreadable earlier version

    from label_studio_sdk.core.api_error import ApiError

    from curation.labelstudio.client import api_error_text, connect, find_project

    connection = connection or connect(workspace)
    title = project_title or DEFAULT_PROJECT_TITLE
    try:
        found = find_project(connection.client, title)
        project = connection.client.projects.get(id=found.id) if found is not None else None
    except ApiError as exc:
        raise CurateError(f"Label Studio at {safe_url(connection.url)}: cannot read project {title!r} ({api_error_text(exc)})") from None
    if project is None:
        raise CurateError(f"no project titled {title!r} in Label Studio at {safe_url(connection.url)}: run `curate push` first or pass --project")
    tasks, snapshot_id = fetch_snapshot(connection.client, project.id)
    provenance = Provenance(
        label_studio_url=connection.url,
        project_id=int(project.id),
        project_title=title,
        snapshot_id=snapshot_id,
        project_label_config=project.label_config,
    )
    return export_tasks(tasks, provenance, version=version, workspace=workspace, skip_invalid=skip_invalid, began=began)


def export_tasks(
    tasks: list[Mapping[str, Any]],
    provenance: Provenance,
    version: str | None = None,
    workspace: Workspace | None = None,
    skip_invalid: bool = False,
    began: float | None = None,
) -> ExportReport:
    """The offline half of `export`: snapshot tasks -> datasets/<version>/ (validated, atomic)."""
    began = time.monotonic() if began is None else began
    workspace = workspace or Workspace.current()
    scheme = load_scheme(workspace.label_config_path)
    check_scheme(scheme)
    datasets_dir = workspace.datasets_dir
    version, parent = resolve_version(version, datasets_dir)
    gold = build_gold(tasks, scheme)
    if gold.problems and not skip_invalid:
        raise InvalidAnnotations(gold.problems)
    if not gold.documents:
        raise CurateError(
            f"project {provenance.project_title!r} has no completed annotation to export ({gold.tasks} tasks, "
            f"{len(gold.skipped)} skipped, {len(gold.problems)} invalid items)"
        )
    splits = assign_splits((d.doc_id for d in gold.documents), frozen_splits(datasets_dir))
    target = datasets_dir / version
    manifest = write_version(target, gold, splits, scheme, provenance, parent, gold.problems)
    counts = manifest["counts"]
    return ExportReport(
        version=version,
        path=target,
        parent_version=parent,
        documents=counts["documents"],
        spans=counts["spans"],
        relations=counts["relations"],
        spans_per_label=counts["spans_per_label"],
        documents_per_split=counts["documents_per_split"],
        origins=counts["origins"],
        disagreements=gold.disagreements,
        skipped=gold.skipped,
        invalid=gold.problems,
        unannotated=gold.unannotated,
        seconds=time.monotonic() - began,
        label_config_matches_project=manifest["label_config_matches_project"],
    )
