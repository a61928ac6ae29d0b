"""What annotators did to the pre-annotations (`curate audit`): pure counts over (prediction, final) pairs.

Matching a predicted region to the final annotation:

1. by region id: Label Studio keeps a prediction's region ids when the annotator accepts or edits a region;
2. the regions left on both sides by overlap, whatever their labels, with the one-to-one matching of
   ``curate evaluate`` (``curation.evaluate.match_spans``): a region deleted and drawn anew.

Outcomes per predicted region: **kept** (same label, offsets and attributes), **edited** (which of
boundary / label / attribute changed; attribute only counts when the label stayed, since a new label brings
other attributes; the attribute names are counted too) or **deleted**; a final region no predicted region
matched is **added**. Speaker relations: a predicted relation is kept when the final annotation links the
matched quote to the matched actor, edited when it links the matched quote to another actor, deleted
otherwise; a final relation none of these accounts for is added.

Counted per label (the predicted label; the final label for added regions), per model_version (the
prediction's) and per rule (``Span.rule`` of the predicted region; added regions have none and are not
counted per rule). Headline: acceptance = kept / predicted, per label.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curation.config import CurateError
from curation.report import Report
from curation.consensus import CONSENSUS_PREFIX
from curation.document import AnnotatedTask, Annotation, Document, Prediction, Relation, Span, normal_attrs, same_attrs, same_value
from curation.evaluate import match_spans
from curation.gold import check_version_name, existing_versions

ALL = "ALL"
NO_RULE = "(none)"
KEPT, EDITED, DELETED, ADDED = "kept", "edited", "deleted", "added"
EDIT_KINDS = ("boundary", "label", "attribute")


@dataclass
class SpanOutcome:
    outcome: str  # kept | edited | deleted | added
    predicted: Span | None
    final: Span | None
    edits: tuple[str, ...] = ()  # boundary / label / attribute
    attributes: tuple[str, ...] = ()  # the attribute names that changed


@dataclass
class RelationOutcome:
    outcome: str
    predicted: Relation | None
    final: Relation | None


@dataclass
class AuditCounts:
    predicted: int = 0
    kept: int = 0
    edited: int = 0
    deleted: int = 0
    added: int = 0
    edits: Counter = field(default_factory=Counter)  # boundary / label / attribute
    attributes: Counter = field(default_factory=Counter)  # attribute name -> edits

    def count(self, outcome: str, edits: Iterable[str] = (), attributes: Iterable[str] = ()) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.predicted += outcome != ADDED
        if edits:  # Counter.update is slow even when empty; the export counts every region of every task
            self.edits.update(edits)
        if attributes:
            self.attributes.update(attributes)

    @property
    def acceptance(self) -> float | None:
        return self.kept / self.predicted if self.predicted else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "predicted": self.predicted,
            "kept": self.kept,
            "edited": self.edited,
            "deleted": self.deleted,
            "added": self.added,
            "acceptance": None if self.acceptance is None else round(self.acceptance, 4),
            "edits": {kind: self.edits.get(kind, 0) for kind in EDIT_KINDS},
            "attributes": dict(sorted(self.attributes.items())),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuditCounts:
        return cls(
            **{k: int(data.get(k, 0)) for k in ("predicted", "kept", "edited", "deleted", "added")},
            edits=Counter(data.get("edits") or {}),
            attributes=Counter(data.get("attributes") or {}),
        )


# ------------------------------------------------------------------------------------------ one task


def _edits(before: Span, after: Span) -> tuple[tuple[str, ...], tuple[str, ...]]:
    edits = []
    changed: tuple[str, ...] = ()
    if (before.start, before.end) != (after.start, after.end):
        edits.append("boundary")
    if before.label != after.label:
        edits.append("label")
    elif not same_attrs(before.attributes, after.attributes):
        edits.append("attribute")
        a, b = normal_attrs(before.attributes), normal_attrs(after.attributes)
        changed = tuple(sorted(k for k in a.keys() | b.keys() if k not in a or k not in b or not same_value(a[k], b[k])))
    return tuple(edits), changed


def match_regions(predicted: Sequence[Span], final: Sequence[Span]) -> dict[str, str]:
    """predicted span id -> final span id: same region id first, then overlap among the rest."""
    final_ids = {s.id for s in final}
    pairs = {p.id: p.id for p in predicted if p.id in final_ids}
    rest_p = [p for p in predicted if p.id not in pairs]
    rest_f = [f for f in final if f.id not in pairs.values()]
    pairs.update({rest_p[i].id: rest_f[j].id for i, j in match_spans(rest_p, rest_f, "overlap").items()})
    return pairs


def span_outcomes(predicted: Sequence[Span], final: Sequence[Span]) -> list[SpanOutcome]:
    pairs = match_regions(predicted, final)
    by_id = {f.id: f for f in final}
    out = []
    for p in predicted:
        f = by_id.get(pairs.get(p.id, ""))
        if f is None:
            out.append(SpanOutcome(DELETED, p, None))
            continue
        edits, attributes = _edits(p, f)
        out.append(SpanOutcome(EDITED if edits else KEPT, p, f, edits, attributes))
    matched = set(pairs.values())
    out.extend(SpanOutcome(ADDED, None, f) for f in final if f.id not in matched)
    return out


def relation_outcomes(predicted: Document, final: Document | Annotation, pairs: dict[str, str]) -> list[RelationOutcome]:
    remaining = list(dict.fromkeys((r.from_id, r.to_id, r.label) for r in final.relations))
    out: list[RelationOutcome] = []
    pending = []
    for r in predicted.relations:
        key = (pairs.get(r.from_id), pairs.get(r.to_id), r.label)
        if key in remaining:
            remaining.remove(key)
            out.append(RelationOutcome(KEPT, r, Relation(*key)))
        else:
            pending.append((r, key))
    for r, (quote, _, label) in pending:
        other = next((k for k in remaining if quote is not None and k[0] == quote and k[2] == label), None)
        if other is not None:
            remaining.remove(other)
            out.append(RelationOutcome(EDITED, r, Relation(*other)))
        else:
            out.append(RelationOutcome(DELETED, r, None))
    out.extend(RelationOutcome(ADDED, None, Relation(*k)) for k in remaining)
    return out


# --------------------------------------------------------------------------------------------- report


Table = dict[str, AuditCounts]


def _bump(table: Table, key: str, outcome: str, edits: Iterable[str] = (), attributes: Iterable[str] = ()) -> None:
    for k in (key, ALL):
        counts = table.get(k)
        if counts is None:  # not setdefault: that would build an AuditCounts per region
            counts = table[k] = AuditCounts()
        counts.count(outcome, edits, attributes)


@dataclass
class AuditReport(Report):
    n_tasks: int = 0
    by_label: Table = field(default_factory=dict)
    by_model_version: dict[str, Table] = field(default_factory=dict)  # version -> label -> counts
    by_rule: Table = field(default_factory=dict)
    relations: Table = field(default_factory=dict)  # relation label -> counts
    relations_by_model_version: dict[str, Table] = field(default_factory=dict)

    def add(self, prediction: Prediction, final: Document | Annotation) -> None:
        self.n_tasks += 1
        version = prediction.model_version or NO_RULE
        outcomes = span_outcomes(prediction.spans, final.spans)
        for o in outcomes:
            label = (o.predicted or o.final).label  # type: ignore[union-attr]
            _bump(self.by_label, label, o.outcome, o.edits, o.attributes)
            _bump(self.by_model_version.setdefault(version, {}), label, o.outcome, o.edits, o.attributes)
            if o.predicted is not None:
                _bump(self.by_rule, o.predicted.rule or NO_RULE, o.outcome, o.edits, o.attributes)
        pairs = {o.predicted.id: o.final.id for o in outcomes if o.predicted and o.final}
        for r in relation_outcomes(prediction, final, pairs):
            label = (r.predicted or r.final).label  # type: ignore[union-attr]
            _bump(self.relations, label, r.outcome)
            _bump(self.relations_by_model_version.setdefault(version, {}), label, r.outcome)

    @property
    def acceptance(self) -> dict[str, float | None]:
        """The headline: share of predicted regions kept unchanged, per label."""
        return {label: counts.acceptance for label, counts in self.by_label.items()}

    def to_dict(self) -> dict[str, Any]:
        def table(t: Table) -> dict[str, Any]:
            return {k: v.to_dict() for k, v in sorted(t.items(), key=lambda kv: (kv[0] == ALL, kv[0]))}

        return {
            "n_tasks": self.n_tasks,
            "acceptance": {k: v["acceptance"] for k, v in table(self.by_label).items()},
            "by_label": table(self.by_label),
            "by_model_version": {v: table(t) for v, t in sorted(self.by_model_version.items())},
            "by_rule": table(self.by_rule),
            "relations": table(self.relations),
            "relations_by_model_version": {v: table(t) for v, t in sorted(self.relations_by_model_version.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuditReport:
        """The report back from its to_dict() (a version's manifest)."""

        def table(t: Any) -> Table:
            return {k: AuditCounts.from_dict(v) for k, v in (t or {}).items()}

        return cls(
            n_tasks=int(data.get("n_tasks", 0)),
            by_label=table(data.get("by_label")),
            by_model_version={v: table(t) for v, t in (data.get("by_model_version") or {}).items()},
            by_rule=table(data.get("by_rule")),
            relations=table(data.get("relations")),
            relations_by_model_version={v: table(t) for v, t in (data.get("relations_by_model_version") or {}).items()},
        )

    def renderables(self) -> list[Any]:
        return report_renderables(self)

    def markdown(self) -> str:
        return markdown_section(self)


def audit(pairs: Iterable[tuple[Prediction, Document | Annotation]]) -> AuditReport:
    """Counts over (prediction the task had, exported annotation) pairs."""
    report = AuditReport()
    for prediction, final in pairs:
        report.add(prediction, final)
    return report


def version_audit(datasets_dir: Path, version: str) -> AuditReport:
    """`curate audit vN`: the audit the export recorded in datasets/vN/manifest.json."""
    check_version_name(version)
    path = Path(datasets_dir) / version / "manifest.json"
    if not path.parent.is_dir():
        known = ", ".join(existing_versions(Path(datasets_dir))) or "none"
        raise CurateError(f"version {version} not found in {datasets_dir} (versions: {known})")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CurateError(f"cannot read {path}: {exc}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("audit"), dict):
        raise CurateError(f"{version} has no audit: it was exported before curate recorded one (export a new version to get it)")
    return AuditReport.from_dict(manifest["audit"])


def prediction_for(task: AnnotatedTask, annotation: Annotation) -> Prediction | None:
    """The pre-annotation `annotation` started from: its parent prediction, else the prediction sharing
    most region ids with it, else the latest; consensus predictions (adjudication aids) never count."""
    candidates = [p for p in task.predictions if not p.model_version.startswith(CONSENSUS_PREFIX)]
    parent = next((p for p in candidates if annotation.prediction_id is not None and p.prediction_id == annotation.prediction_id), None)
    if parent is not None or not candidates:
        return parent
    ids = {s.id for s in annotation.spans}
    return max(enumerate(candidates), key=lambda ip: (len(ids & {s.id for s in ip[1].spans}), ip[0]))[1]


# ----------------------------------------------------------------------------------------- rendering


def _table(title: str) -> Any:
    """A left-titled table at least as wide as its title (so the title never wraps)."""
    from rich import box
    from rich.table import Table

    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, min_width=len(title))


def _row(name: str, c: AuditCounts) -> list[str]:
    edits = "/".join(str(c.edits.get(k, 0)) for k in EDIT_KINDS)
    acceptance = "–" if c.acceptance is None else f"{c.acceptance:.3f}"
    return [name, str(c.predicted), str(c.kept), f"{c.edited} ({edits})", str(c.deleted), str(c.added), acceptance]


HEADERS = ("", "predicted", "kept", "edited (b/l/a)", "deleted", "added", "acceptance")


def _rich_table(title: str, table: Table) -> Any:

    out = _table(title)
    for i, name in enumerate(HEADERS):
        out.add_column(name, justify="left" if i == 0 else "right")
    for key, counts in sorted(table.items(), key=lambda kv: (kv[0] == ALL, kv[0])):
        out.add_row(*_row(key, counts))
    return out


def report_renderables(report: AuditReport) -> list[Any]:
    out: list[Any] = [f"[bold]Audit[/] of {report.n_tasks} exported tasks that had a prediction "
                      "(edited: boundary / label / attribute; acceptance = kept / predicted)"]
    out.append(_rich_table("Regions per label", report.by_label))
    for version, table in sorted(report.by_model_version.items()):
        out.append(_rich_table(f"Regions of {version}", table))
    out.append(_rich_table("Regions per rule (predicted regions only)", report.by_rule))
    out.append(_rich_table("Speaker relations", report.relations))
    return out


def _md_table(first: str, table: Table) -> list[str]:
    return [
        "| " + " | ".join((first, *HEADERS[1:])) + " |",
        "|---" + "|---:" * (len(HEADERS) - 1) + "|",
        *("| " + " | ".join(_row(k, c)) + " |" for k, c in sorted(table.items(), key=lambda kv: (kv[0] == ALL, kv[0]))),
    ]


def markdown_section(report: AuditReport) -> str:
    """The dataset card's audit section."""
    lines = [
        "## Audit of the pre-annotations",
        "",
        f"{report.n_tasks} exported tasks had a prediction. Acceptance = predicted regions kept unchanged / "
        "predicted regions; edited counts boundary / label / attribute changes.",
        "",
        *_md_table("label", report.by_label),
        "",
        "Per rule:",
        "",
        *_md_table("rule", report.by_rule),
        "",
        "Speaker relations:",
        "",
        *_md_table("relation", report.relations),
    ]
    return "\n".join(lines) + "\n"
