"""What changed between two gold versions (`curate diff vA vB`): a pure core plus one reader.

Span identity across versions, within a document present in both:

1. the same span id (the export keeps Label Studio's region ids): *changed* when offsets, label or
   attributes differ (each kind counted);
2. fallback for spans whose id has no partner: the same label and offsets (a region re-drawn, or an
   annotation redone, under a new id) is the same span, *renamed*; changed only when its attributes differ;
3. anything else is *removed* (in A only) or *added* (in B only).

Relations are compared through that identity: (from, to, label) with B's span ids mapped to A's.
Spans are counted only in documents both versions hold; documents added or removed are listed (with their
span counts). A document whose text changed is flagged (its offsets are not comparable), and so is any
document whose split changed: splits are frozen, so there must be none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curation.config import CurateError
from curation.report import Report
from curation.document import Document, Span, normal_attrs, same_attrs
from curation.gold import check_version_name

CHANGE_KINDS = ("offsets", "label", "attributes")
ALL = "ALL"


@dataclass
class VersionData:
    name: str
    documents: dict[str, Document]
    splits: dict[str, str]

    @classmethod
    def build(cls, name: str, items: Iterable[tuple[Document, str]]) -> VersionData:
        items = list(items)
        return cls(name, {d.doc_id: d for d, _ in items}, {d.doc_id: s for d, s in items})


@dataclass
class SpanChange:
    doc_id: str
    span_id: str  # the id in A
    kinds: tuple[str, ...]  # offsets / label / attributes
    before: dict[str, Any]
    after: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "span_id": self.span_id, "kinds": list(self.kinds), "before": self.before, "after": self.after}


@dataclass
class SpanCounts:
    added: int = 0
    removed: int = 0
    changed: int = 0
    renamed: int = 0
    kinds: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "renamed": self.renamed,
            "kinds": {k: self.kinds.get(k, 0) for k in CHANGE_KINDS},
        }


@dataclass
class SplitChange:
    doc_id: str
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "before": self.before, "after": self.after}


@dataclass
class VersionDiff(Report):
    a: str
    b: str
    documents_added: list[str] = field(default_factory=list)
    documents_removed: list[str] = field(default_factory=list)
    text_changed: list[str] = field(default_factory=list)
    spans: dict[str, SpanCounts] = field(default_factory=dict)  # label -> counts; ALL pools them
    relations: dict[str, Counter] = field(default_factory=dict)  # relation label -> added/removed
    split_changes: list[SplitChange] = field(default_factory=list)
    changes: list[SpanChange] = field(default_factory=list)
    spans_in_added: int = 0
    spans_in_removed: int = 0

    @property
    def splits_ok(self) -> bool:
        return not self.split_changes

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "documents": {
                "added": self.documents_added,
                "removed": self.documents_removed,
                "text_changed": self.text_changed,
                "spans_in_added": self.spans_in_added,
                "spans_in_removed": self.spans_in_removed,
            },
            "spans": {k: v.to_dict() for k, v in sorted(self.spans.items(), key=lambda kv: (kv[0] == ALL, kv[0]))},
            "relations": {k: {"added": v.get("added", 0), "removed": v.get("removed", 0)} for k, v in sorted(self.relations.items())},
            "split_changes": [c.to_dict() for c in self.split_changes],
            "splits_ok": self.splits_ok,
            "changes": [c.to_dict() for c in self.changes],
        }

    def renderables(self) -> list[Any]:
        return report_renderables(self)


# ------------------------------------------------------------------------------------------- core


def _kinds(a: Span, b: Span) -> tuple[str, ...]:
    kinds = []
    if (a.start, a.end) != (b.start, b.end):
        kinds.append("offsets")
    if a.label != b.label:
        kinds.append("label")
    if not same_attrs(a.attributes, b.attributes):
        kinds.append("attributes")
    return tuple(kinds)


def span_identity(a: list[Span], b: list[Span]) -> tuple[dict[str, str], set[str]]:
    """B span id -> A span id (same id, else same label and offsets), and the B ids matched by fallback."""
    a_ids = {s.id for s in a}
    mapping = {s.id: s.id for s in b if s.id in a_ids}
    free_a: dict[tuple[str, int, int], list[str]] = {}
    for s in a:
        if s.id not in mapping:
            free_a.setdefault((s.label, s.start, s.end), []).append(s.id)
    renamed = set()
    for s in b:
        if s.id not in mapping and free_a.get((s.label, s.start, s.end)):
            mapping[s.id] = free_a[(s.label, s.start, s.end)].pop(0)
            renamed.add(s.id)
    return mapping, renamed


def _span_dict(span: Span) -> dict[str, Any]:
    return {"label": span.label, "start": span.start, "end": span.end, "attributes": normal_attrs(span.attributes)}


def diff_document(a: Document, b: Document, result: VersionDiff) -> None:
    """Add the span and relation differences of one document to `result`."""
    mapping, renamed = span_identity(a.spans, b.spans)
    a_by_id = {s.id: s for s in a.spans}

    def counts(label: str) -> list[SpanCounts]:
        return [result.spans.setdefault(label, SpanCounts()), result.spans.setdefault(ALL, SpanCounts())]

    for s in b.spans:
        before = a_by_id.get(mapping.get(s.id, ""))
        if before is None:
            for c in counts(s.label):
                c.added += 1
            continue
        kinds = _kinds(before, s)
        for c in counts(before.label):
            c.renamed += s.id in renamed
            c.changed += bool(kinds)
            c.kinds.update(kinds)
        if kinds:
            result.changes.append(SpanChange(a.doc_id, before.id, kinds, _span_dict(before), _span_dict(s)))
    for s in a.spans:
        if s.id not in mapping.values():
            for c in counts(s.label):
                c.removed += 1
    a_rel = {(r.from_id, r.to_id, r.label) for r in a.relations}
    b_rel = {(mapping.get(r.from_id, "b:" + r.from_id), mapping.get(r.to_id, "b:" + r.to_id), r.label) for r in b.relations}
    for kind, keys in (("added", b_rel - a_rel), ("removed", a_rel - b_rel)):
        for key in keys:
            result.relations.setdefault(key[2], Counter())[kind] += 1


def diff_versions(a: VersionData, b: VersionData) -> VersionDiff:
    result = VersionDiff(a.name, b.name)
    result.documents_added = sorted(set(b.documents) - set(a.documents))
    result.documents_removed = sorted(set(a.documents) - set(b.documents))
    result.spans_in_added = sum(len(b.documents[d].spans) for d in result.documents_added)
    result.spans_in_removed = sum(len(a.documents[d].spans) for d in result.documents_removed)
    for doc_id in sorted(set(a.documents) & set(b.documents)):
        if a.splits.get(doc_id) != b.splits.get(doc_id):
            result.split_changes.append(SplitChange(doc_id, a.splits.get(doc_id, ""), b.splits.get(doc_id, "")))
        if a.documents[doc_id].text != b.documents[doc_id].text:
            result.text_changed.append(doc_id)
            continue
        diff_document(a.documents[doc_id], b.documents[doc_id], result)
    return result


# ------------------------------------------------------------------------------------------- edge


def load_version_data(datasets_dir: Path, version: str) -> VersionData:
    """A gold version's documents (documents/spans/relations.parquet) and frozen splits."""
    import pyarrow.parquet as pq

    from curation.evaluate import load_version

    check_version_name(version)
    path = Path(datasets_dir) / version
    if not path.is_dir():
        raise CurateError(f"version {version} not found in {datasets_dir}")
    gold = load_version(path)
    try:
        rows = pq.read_table(path / "documents.parquet", columns=["doc_id", "split"]).to_pylist()
    except Exception as exc:  # pyarrow raises several types for unreadable files
        raise CurateError(f"{path / 'documents.parquet'}: cannot read Parquet ({exc})") from None
    splits = {str(r["doc_id"]): str(r["split"]) for r in rows}
    return VersionData.build(version, ((d, splits[d.doc_id]) for d in gold.documents))


def diff(datasets_dir: Path, version_a: str, version_b: str) -> VersionDiff:
    """`curate diff vA vB`."""
    return diff_versions(load_version_data(datasets_dir, version_a), load_version_data(datasets_dir, version_b))


# -------------------------------------------------------------------------------------- rendering


def _table(title: str) -> Any:
    """A left-titled table at least as wide as its title (so the title never wraps)."""
    from rich import box
    from rich.table import Table

    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, min_width=len(title))


def report_renderables(result: VersionDiff) -> list[Any]:
    from rich.markup import escape

    out: list[Any] = [
        f"[bold]{result.a} → {result.b}[/]: documents +{len(result.documents_added)} ({result.spans_in_added} spans) "
        f"−{len(result.documents_removed)} ({result.spans_in_removed} spans)"
    ]
    spans = _table("Spans in documents of both versions")
    for name in ("label", "added", "removed", "changed", *CHANGE_KINDS, "renamed"):
        spans.add_column(name, justify="left" if name == "label" else "right")
    for label, c in sorted(result.spans.items(), key=lambda kv: (kv[0] == ALL, kv[0])):
        spans.add_row(label, str(c.added), str(c.removed), str(c.changed), *(str(c.kinds.get(k, 0)) for k in CHANGE_KINDS), str(c.renamed))
    out.append(spans)
    for label, c in sorted(result.relations.items()):
        out.append(f"relations {label}: +{c.get('added', 0)} −{c.get('removed', 0)}")
    if result.text_changed:
        out.append(f"[yellow]text changed (spans not compared):[/] {escape(', '.join(result.text_changed))}")
    if result.split_changes:
        out.append(f"[bold red]split changed for {len(result.split_changes)} documents (splits are frozen: this must not happen)[/]")
        out.extend(f"  {escape(c.doc_id)}: {c.before} → {c.after}" for c in result.split_changes)
    else:
        out.append("splits: unchanged")
    return out
