"""Task states, the export policy and the adjudication consensus: pure functions over AnnotatedTask.

Definitions (all code below follows them):

- **annotation of an annotator**: a task may hold several annotations by one user; only the latest one
  counts (highest ``updated_at``, then highest id).
- **settling annotation**: an annotation by an adjudicator (an e-mail in ``adjudicators``) or one starred
  as ground truth in Label Studio. A task with one is *settled*. When several settle, a starred one by an
  adjudicator outranks an adjudicator's, which outranks a starred one by anybody else; when the settling
  annotations of the top rank disagree with each other, the task stays *disputed*.
- **annotators of a task**: the authors of its non-adjudicator annotations (the adjudicators themselves when
  nobody else annotated). They are the denominator of every share below.
- **agree**: two annotations agree when they have the same spans (label, offsets, attributes; numbers
  compared as floats, empty values ignored) and the same relations between those spans, whatever the
  region ids (``curation.document.content_key``).
- **region** (for the consensus): a (label, start, end) triple; an annotator *made* it when their
  annotation has a span with exactly that label and those offsets.
- **majority**: strictly more than half. A region is *agreed* when a majority of the task's annotators made
  it, *disputed* otherwise. On an agreed region an attribute takes the value a majority of the annotators
  who made the region gave (no value counts as a value); without such a majority the attribute is left
  unset and named in the region's ``rule``. A relation (agreed region -> agreed region, label) is agreed
  when a majority of the task's annotators drew it between spans of those regions; only agreed relations
  enter the consensus.

Export policy (``--require``):

- ``agreement`` (default): a task with one annotator, with annotators who all agree, or with a settling
  annotation is exported; a disputed task without a settling annotation is held out. Never "latest wins".
- ``adjudicated``: only settled tasks are exported (the settling annotation).
- ``any``: as ``agreement``, and a disputed task is also exported when a majority of its annotators made
  the same annotation (that majority annotation); a disputed task without such a majority is held out.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from curation.config import CurateError
from curation.document import AnnotatedTask, Annotation, Prediction, Relation, Span, content_key, normal_attrs, timestamp

REQUIRE = ("any", "agreement", "adjudicated")
# Agreement states of a task (`task_agreement`).
UNANNOTATED, SINGLE, AGREED, DISPUTED, SETTLED = "unannotated", "single", "agreed", "disputed", "settled"
# Progress states (`progress_state`): what the progress display shows.
PROGRESS_STATES = ("unannotated", "in progress", "complete", "disputed", "adjudicated")
CONSENSUS_PREFIX = "consensus-"
AGREED_RULE, DISPUTED_RULE = "agreed", "disputed"
NO_VALUE = "(none)"

Region = tuple[str, int, int]  # label, start, end


# ------------------------------------------------------------------------------------------ annotations


def latest_per_annotator(annotations: Sequence[Annotation]) -> list[Annotation]:
    """One annotation per annotator (the latest: highest updated_at, then id), sorted by annotator."""
    best: dict[str, Annotation] = {}
    for a in annotations:
        held = best.get(a.annotator)
        if held is None or (timestamp(a.updated_at), a.id) > (timestamp(held.updated_at), held.id):
            best[a.annotator] = a
    return [best[name] for name in sorted(best)]


def annotation_key(annotation: Annotation) -> tuple[frozenset, frozenset]:
    """What an annotation says, independent of region ids (the export's own comparison)."""
    return content_key(annotation.spans, annotation.relations)


def all_agree(annotations: Sequence[Annotation]) -> bool:
    return len(annotations) <= 1 or len({annotation_key(a) for a in annotations}) <= 1


def annotators_of(task: AnnotatedTask, adjudicators: Collection[str] = ()) -> list[Annotation]:
    """The latest annotation of each annotator who is not an adjudicator (the adjudicators when nobody else
    annotated): the annotations whose agreement counts."""
    latest = latest_per_annotator(task.annotations)
    regular = [a for a in latest if a.annotator not in adjudicators]
    return regular or latest


def _settle_rank(annotation: Annotation, adjudicators: Collection[str]) -> int:
    by_adjudicator = annotation.annotator in adjudicators
    return 3 if by_adjudicator and annotation.ground_truth else 2 if by_adjudicator else 1 if annotation.ground_truth else 0


def settling(task: AnnotatedTask, adjudicators: Collection[str] = ()) -> list[Annotation]:
    """The settling annotations of the highest rank (empty when none settles)."""
    latest = latest_per_annotator(task.annotations)
    ranks = {a.id: _settle_rank(a, adjudicators) for a in latest}
    top = max(ranks.values(), default=0)
    return [a for a in latest if top and ranks[a.id] == top]


# ---------------------------------------------------------------------------------------------- states


@dataclass
class TaskAgreement:
    """Where a task stands: state (unannotated | single | agreed | disputed | settled), the annotation that
    speaks for it (None when unannotated or disputed) and who settled it."""

    task_id: int
    doc_id: str
    state: str
    annotation: Annotation | None
    n_annotators: int
    settled_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "doc_id": self.doc_id,
            "state": self.state,
            "annotation_id": self.annotation.id if self.annotation else None,
            "n_annotators": self.n_annotators,
            "settled_by": self.settled_by,
        }


def task_agreement(task: AnnotatedTask, adjudicators: Collection[str] = ()) -> TaskAgreement:
    voters = annotators_of(task, adjudicators)
    settlers = settling(task, adjudicators)

    def state(name: str, annotation: Annotation | None, by: str | None = None) -> TaskAgreement:
        return TaskAgreement(task.task_id, task.doc_id, name, annotation, len(voters), by)

    if not voters:
        return state(UNANNOTATED, None)
    if settlers:
        if all_agree(settlers):
            return state(SETTLED, settlers[0], settlers[0].annotator)
        return state(DISPUTED, None)
    if len(voters) == 1:
        return state(SINGLE, voters[0])
    if all_agree(voters):
        return state(AGREED, voters[0])
    return state(DISPUTED, None)


def progress_state(task: AnnotatedTask, required: int = 1, adjudicators: Collection[str] = ()) -> str:
    """unannotated | in progress (fewer than `required` annotators) | complete | disputed | adjudicated."""
    agreement = task_agreement(task, adjudicators)
    if agreement.state == UNANNOTATED:
        return "unannotated"
    if agreement.state == SETTLED:
        return "adjudicated"
    if agreement.n_annotators < required:
        return "in progress"
    return "disputed" if agreement.state == DISPUTED else "complete"


# ---------------------------------------------------------------------------------------------- policy


@dataclass
class ExportDecision:
    """The policy's verdict for one task: export `annotation`, or hold the task out (`reason`)."""

    task_id: int
    doc_id: str
    state: str
    annotation: Annotation | None
    n_annotators: int
    settled_by: str | None = None
    reason: str | None = None

    @property
    def exported(self) -> bool:
        return self.annotation is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "doc_id": self.doc_id,
            "state": self.state,
            "exported": self.exported,
            "annotation_id": self.annotation.id if self.annotation else None,
            "annotator": self.annotation.annotator if self.annotation else None,
            "n_annotators": self.n_annotators,
            "settled_by": self.settled_by,
            "reason": self.reason,
        }


def majority_annotation(annotations: Sequence[Annotation]) -> Annotation | None:
    """An annotation whose content a strict majority of `annotations` share (the first such), else None."""
    counts = Counter(annotation_key(a) for a in annotations)
    key, count = counts.most_common(1)[0] if counts else (None, 0)
    if count * 2 <= len(annotations):
        return None
    return next(a for a in annotations if annotation_key(a) == key)


def decide(task: AnnotatedTask, require: str = "agreement", adjudicators: Collection[str] = ()) -> ExportDecision:
    """Apply the export policy (see the module docstring) to one task. For an agreed task the exported
    annotation is that of the first annotator by e-mail (all say the same)."""
    if require not in REQUIRE:
        raise CurateError(f"unknown --require {require!r} (use one of {', '.join(REQUIRE)})")
    agreement = task_agreement(task, adjudicators)

    def verdict(annotation: Annotation | None, reason: str | None = None) -> ExportDecision:
        return ExportDecision(
            agreement.task_id, agreement.doc_id, agreement.state, annotation, agreement.n_annotators,
            agreement.settled_by, None if annotation else reason,
        )

    if agreement.state == UNANNOTATED:
        return verdict(None, "no annotation")
    if require == "adjudicated" and agreement.state != SETTLED:
        return verdict(None, "not adjudicated")
    if agreement.state != DISPUTED:
        return verdict(agreement.annotation)
    if require == "any" and not settling(task, adjudicators):
        majority = majority_annotation(annotators_of(task, adjudicators))
        if majority is not None:
            return verdict(majority)
    return verdict(None, f"disputed: {agreement.n_annotators} annotators disagree and nobody settled it")


def policy_summary(decisions: Sequence[ExportDecision], require: str) -> dict[str, Any]:
    """For the manifest and the card: the policy, task counts per state, and the held-out tasks."""
    return {
        "require": require,
        "exported": sum(d.exported for d in decisions),
        "held_out": sum(not d.exported and d.state != UNANNOTATED for d in decisions),
        "states": dict(sorted(Counter(d.state for d in decisions).items())),
        "held_out_tasks": [
            {"task_id": d.task_id, "doc_id": d.doc_id, "reason": d.reason}
            for d in decisions
            if not d.exported and d.state != UNANNOTATED
        ],
    }


# ----------------------------------------------------------------------------------- span agreement


def region_of(span: Span) -> Region:
    return (span.label, span.start, span.end)


def region_makers(annotations: Sequence[Annotation]) -> dict[Region, list[str]]:
    """Each region and the annotators who made it."""
    makers: dict[Region, list[str]] = {}
    for a in annotations:
        for region in dict.fromkeys(region_of(s) for s in a.spans):
            makers.setdefault(region, []).append(a.annotator)
    return makers


@dataclass
class SpanAgreement:
    """spans.parquet's n_annotators (annotators of the task who made the span: same label and offsets) and
    agreement (that count / annotators of the task)."""

    n_annotators: int
    agreement: float

    def to_dict(self) -> dict[str, Any]:
        return {"n_annotators": self.n_annotators, "agreement": self.agreement}


def span_agreement(task: AnnotatedTask, annotation: Annotation, adjudicators: Collection[str] = ()) -> dict[str, SpanAgreement]:
    """Per span id of `annotation` (the exported one): how many of the task's annotators made that span."""
    voters = annotators_of(task, adjudicators)
    if len(voters) == 1 and voters[0].id == annotation.id:  # the common case: its only annotator made every span
        return {s.id: SpanAgreement(1, 1.0) for s in annotation.spans}
    makers = region_makers(voters)
    total = len(voters) or 1
    return {
        s.id: SpanAgreement(len(makers.get(region_of(s), [])), round(len(makers.get(region_of(s), [])) / total, 4))
        for s in annotation.spans
    }


# ------------------------------------------------------------------------------------------- consensus


def region_id(region: Region) -> str:
    """Deterministic consensus region id: the same region always gets the same id."""
    return "c" + hashlib.sha256(f"{region[0]}:{region[1]}:{region[2]}".encode()).hexdigest()[:9]


@dataclass
class ConsensusRegion:
    region: Region
    makers: list[str]
    share: float
    agreed: bool
    attributes: dict[str, Any] = field(default_factory=dict)
    disputed_attributes: list[str] = field(default_factory=list)

    @property
    def rule(self) -> str:
        if not self.agreed:
            return DISPUTED_RULE
        return AGREED_RULE + (f"; attributes disputed: {', '.join(self.disputed_attributes)}" if self.disputed_attributes else "")


def _majority_attributes(votes: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Per attribute name: the value a strict majority of `votes` gave (absence counts as a value)."""
    names = sorted({k for v in votes for k in v})
    chosen: dict[str, Any] = {}
    disputed: list[str] = []
    for name in names:
        counts = Counter(json.dumps(v.get(name), sort_keys=True) for v in votes)
        value, count = counts.most_common(1)[0]
        if count * 2 > len(votes):
            if json.loads(value) is not None:
                chosen[name] = json.loads(value)
        else:
            disputed.append(name)
    return chosen, disputed


def _first_vote_per_annotator(annotations: Sequence[Annotation], region: Region) -> list[dict[str, Any]]:
    votes = []
    for a in annotations:
        span = next((s for s in a.spans if region_of(s) == region), None)
        if span is not None:
            votes.append(normal_attrs(span.attributes))
    return votes


def consensus_regions(annotations: Sequence[Annotation]) -> list[ConsensusRegion]:
    """Every region any annotator made, agreed or disputed, in text order."""
    total = len(annotations)
    out = []
    for region, makers in sorted(region_makers(annotations).items(), key=lambda item: (item[0][1], item[0][2], item[0][0])):
        agreed = len(makers) * 2 > total
        attributes, disputed = _majority_attributes(_first_vote_per_annotator(annotations, region))
        out.append(ConsensusRegion(region, makers, round(len(makers) / total, 4), agreed, attributes, disputed if agreed else []))
    return out


def consensus_relations(annotations: Sequence[Annotation], agreed: set[Region]) -> list[Relation]:
    """Relations a strict majority drew between agreed regions, as consensus region ids."""
    votes: Counter = Counter()
    for a in annotations:
        where = {s.id: region_of(s) for s in a.spans}
        keys = {(where.get(r.from_id), where.get(r.to_id), r.label) for r in a.relations}
        votes.update(k for k in keys if k[0] in agreed and k[1] in agreed)
    chosen = sorted((k for k, n in votes.items() if n * 2 > len(annotations)), key=lambda k: (k[0][1:], k[1][1:], k[2]))
    return [Relation(region_id(f), region_id(t), label) for f, t, label in chosen]


def consensus_prediction(task: AnnotatedTask, adjudicators: Collection[str] = ()) -> Prediction:
    """The adjudication aid: agreed regions (majority attributes) and relations, plus every disputed
    region; score = share of the task's annotators who made the region; rule = agreed | disputed (with the
    disputed attribute names). model_version = consensus-<first 12 hex of SHA-256 over the content>."""
    voters = annotators_of(task, adjudicators)
    regions = consensus_regions(voters)
    spans = [
        Span(region_id(r.region), r.region[0], r.region[1], r.region[2], task.text[r.region[1] : r.region[2]],
             dict(r.attributes), r.share, r.rule)
        for r in regions
    ]
    relations = consensus_relations(voters, {r.region for r in regions if r.agreed})
    content = {"spans": [s.to_dict() | {"score": s.score, "rule": s.rule} for s in spans],
               "relations": [r.to_dict() for r in relations]}
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]
    return Prediction(task.doc_id, task.text, spans, relations, model_version=CONSENSUS_PREFIX + digest)


def needs_consensus(task: AnnotatedTask, adjudicators: Collection[str] = ()) -> bool:
    """True when the task's annotators (adjudicators aside) disagree."""
    voters = annotators_of(task, adjudicators)
    return len(voters) >= 2 and not all_agree(voters)


def consensus_predictions(tasks: Sequence[AnnotatedTask], adjudicators: Collection[str] = ()) -> dict[int, Prediction]:
    """task_id -> consensus prediction, for every task whose annotators disagree."""
    return {t.task_id: consensus_prediction(t, adjudicators) for t in tasks if needs_consensus(t, adjudicators)}
