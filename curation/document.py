"""Dataclasses shared by every stage: articles, spans, relations, predictions.

Offsets are Unicode code points into the cleaned article text, end exclusive
(what Python slicing and Label Studio 1.23 use).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from dataclasses import asdict, dataclass, field
from typing import Any

LABELS = ("ACTOR", "FIGURE", "QUOTE")  # the span labels of the scheme (label_config.xml), in this order


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    doc_id: str
    title: str
    text: str
    text_sha256: str
    source: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD or YYYY-MM)
    agency: str | None = None  # agencies named in the "Quelle:" line, e.g. "AFP"
    source_file: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Span:
    id: str
    label: str  # ACTOR | FIGURE | QUOTE (see label_config.xml)
    start: int
    end: int
    text: str
    attributes: dict[str, Any] = field(default_factory=dict)
    score: float | None = None
    rule: str | None = None  # predictions only: the name of the rule (or model) that proposed the span

    def to_dict(self) -> dict[str, Any]:
        """The gold JSONL form: attributes flattened beside id/label/start/end/text."""
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        out.update({k: v for k, v in self.attributes.items() if v is not None})
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> Span:
        core = {"id", "label", "start", "end", "text", "score"}
        start, end = int(data["start"]), int(data["end"])
        return cls(
            id=str(data["id"]),
            label=str(data["label"]),
            start=start,
            end=end,
            text=text[start:end] if text is not None else str(data.get("text", "")),
            attributes={k: v for k, v in data.items() if k not in core},
            score=data.get("score"),
        )


@dataclass
class Relation:
    from_id: str  # QUOTE span id
    to_id: str  # ACTOR span id
    label: str = "speaker"

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_id, "to": self.to_id, "label": self.label}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return cls(from_id=str(data["from"]), to_id=str(data["to"]), label=str(data.get("label", "speaker")))


@dataclass
class Document:
    """A text with spans and relations: a prediction, or a gold annotation."""

    doc_id: str
    text: str
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The project's gold JSONL record (documented in the README)."""
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "spans": [s.to_dict() for s in self.spans],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        text = str(data["text"])
        return cls(
            doc_id=str(data["doc_id"]),
            text=text,
            spans=[Span.from_dict(s) for s in data.get("spans", [])],
            relations=[Relation.from_dict(r) for r in data.get("relations", [])],
        )


@dataclass
class Prediction(Document):
    model_version: str = ""
    prediction_id: int | None = None  # Label Studio's id, once imported

    @property
    def score(self) -> float:
        """Task-level score: the least certain region, so sorting by it surfaces doubtful tasks."""
        scores = [s.score for s in self.spans if s.score is not None]
        return round(min(scores), 4) if scores else 1.0


@dataclass
class Annotation:
    """One annotator's completed, non-cancelled annotation of a task, converted to spans and relations."""

    id: int
    annotator: str  # e-mail of the Label Studio user
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    ground_truth: bool = False  # starred as ground truth in Label Studio
    updated_at: str | None = None  # ISO timestamp
    prediction_id: int | None = None  # the prediction the annotator started from (parent_prediction)


@dataclass
class AnnotatedTask:
    """A task with every usable annotation and every prediction: what agreement, adjudication and audit read."""

    task_id: int
    doc_id: str
    text: str
    annotations: list[Annotation] = field(default_factory=list)
    predictions: list[Prediction] = field(default_factory=list)

    @property
    def annotators(self) -> list[str]:
        return sorted({a.annotator for a in self.annotations})

# --------------------------------------------------------------------------- comparing annotations


def timestamp(value: Any) -> float:
    """Seconds of an ISO timestamp as Label Studio writes it ("…Z"); 0.0 when absent or unreadable."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return 0.0
    return 0.0


def same_value(a: Any, b: Any) -> bool:
    """Equal attribute values, numbers compared as floats (Label Studio returns 3 and 3.0 alike)."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return float(a) == float(b)
    return a == b


def normal_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes without empty values, integers as floats: the form annotations are compared in."""
    return {k: (float(v) if isinstance(v, int) and not isinstance(v, bool) else v) for k, v in attrs.items() if v not in (None, "")}


def same_attrs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    a, b = normal_attrs(a), normal_attrs(b)
    return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)


def content_key(spans: list[Span], relations: list[Relation]) -> tuple[frozenset, frozenset]:
    """What an annotation says, independent of region ids: to compare annotators."""
    where = {s.id: (s.label, s.start, s.end) for s in spans}
    span_keys = frozenset((s.label, s.start, s.end, tuple(sorted(normal_attrs(s.attributes).items()))) for s in spans)
    relation_keys = frozenset((where.get(r.from_id), where.get(r.to_id), r.label) for r in relations)
    return span_keys, relation_keys
