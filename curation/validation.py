"""One validation of regions and relations against label_config.xml, for push, export and evaluate.

A document (prediction or annotation) is checked span by span and relation by relation; every
problem is a `RegionIssue` (which region, why), never a string to parse back. Callers decide what
an issue means: push refuses the prediction, export refuses or skips the item, evaluate refuses the
gold file.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from curation.document import Document, Relation, Span
from curation.scheme import LabelScheme

# Which span labels each relation of label_config.xml joins (from -> to).
RELATION_ENDPOINTS: dict[str, tuple[str, str]] = {"speaker": ("QUOTE", "ACTOR")}


@dataclass(frozen=True)
class RegionIssue:
    """What is wrong with one region or relation (or the document as a whole: region_id None)."""

    region_id: str | None
    reason: str
    kind: str = "span"  # span | relation | document
    task_id: int | None = None
    doc_id: str | None = None

    @property
    def item(self) -> str:
        if self.region_id is None:
            return self.kind
        return f"{self.kind} {self.region_id}"

    def __str__(self) -> str:
        where = " ".join(
            part for part in (f"task {self.task_id}" if self.task_id is not None else "", self.doc_id or "", self.item) if part
        )
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"task_id": self.task_id, "doc_id": self.doc_id, "item": self.item, "reason": self.reason}


WHITESPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return WHITESPACE.sub("", text)


def span_reason(span: Span, text: str, scheme: LabelScheme, shown: str | None = None, loose_whitespace: bool = False) -> str | None:
    """Why `span` is invalid in `text`, or None. `shown` is the text the region displayed (Label Studio's
    value.text), which may differ from the slice only in whitespace when `loose_whitespace`."""
    if span.label not in scheme.labels:
        return f"unknown label {span.label!r} (label_config.xml has {', '.join(scheme.labels)})"
    if not (isinstance(span.start, int) and isinstance(span.end, int)) or not 0 <= span.start < span.end <= len(text):
        return f"offsets {span.start}..{span.end} outside the text (length {len(text)})"
    piece = text[span.start : span.end]
    # Equal texts are equal squashed too: only a difference needs the (costly) whitespace-blind comparison.
    if shown is not None and shown != piece and (not loose_whitespace or _squash(shown) != _squash(piece)):
        return f"text[{span.start}:{span.end}] is {piece!r} but the region shows {shown!r}"
    for name, value in span.attributes.items():
        attribute = scheme.attribute(name)
        if attribute is None:
            return f"unknown attribute {name!r}"
        if attribute.label != span.label:
            return f"attribute {name} belongs to {attribute.label} spans, not {span.label}"
        reason = attribute.check(value)
        if reason:
            return reason
    return None


def relation_reason(relation: Relation, labels: Mapping[str, str], invalid: set[str], scheme: LabelScheme) -> str | None:
    """Why `relation` is invalid, given the labels of the valid spans by id and the ids of invalid ones."""
    if relation.label not in scheme.relation_labels:
        return f"unknown relation label {relation.label!r} (label_config.xml has {', '.join(scheme.relation_labels)})"
    for end in (relation.from_id, relation.to_id):
        if end in invalid:
            return f"endpoint {end} is an invalid span"
        if end not in labels:
            return f"endpoint {end} is not a span"
    want = RELATION_ENDPOINTS.get(relation.label)
    got = (labels[relation.from_id], labels[relation.to_id])
    if want is not None and got != want:
        return f"{relation.label} must join {want[0]} -> {want[1]}, not {got[0]} -> {got[1]}"
    return None


def check_document(
    document: Document,
    scheme: LabelScheme,
    shown: Mapping[str, str] | None = None,
    loose_whitespace: bool = False,
    task_id: int | None = None,
    invalid: Collection[str] = (),
) -> list[RegionIssue]:
    """Every issue of the document's spans and relations. `shown`: region id -> displayed text (default:
    each span's own `text`, which must then equal the slice exactly). `invalid`: ids of regions the caller
    already rejected (e.g. unconvertible Label Studio results), so relations to them are reported as such."""
    issues: list[RegionIssue] = []
    labels: dict[str, str] = {}
    invalid = set(invalid)

    def add(region_id: str | None, reason: str, kind: str) -> None:
        issues.append(RegionIssue(region_id, reason, kind, task_id, document.doc_id))

    for span in document.spans:
        if span.id in labels or span.id in invalid:
            add(span.id, "duplicate region id", "span")
            continue
        displayed = shown.get(span.id) if shown is not None else (span.text or None)
        reason = span_reason(span, document.text, scheme, displayed, loose_whitespace)
        if reason:
            add(span.id, reason, "span")
            invalid.add(span.id)
        else:
            labels[span.id] = span.label
    for relation in document.relations:
        reason = relation_reason(relation, labels, invalid, scheme)
        if reason:
            add(f"{relation.from_id}->{relation.to_id}", reason, "relation")
    return issues


def valid_part(document: Document, issues: list[RegionIssue]) -> Document:
    """The document without the spans and relations that `issues` name (relations to a dropped span go too)."""
    bad_spans = {i.region_id for i in issues if i.kind == "span"}
    bad_relations = {i.region_id for i in issues if i.kind == "relation"}
    spans = [s for s in document.spans if s.id not in bad_spans]
    kept = {s.id for s in spans}
    relations = [
        r
        for r in document.relations
        if f"{r.from_id}->{r.to_id}" not in bad_relations and r.from_id in kept and r.to_id in kept
    ]
    return Document(doc_id=document.doc_id, text=document.text, spans=spans, relations=relations)
