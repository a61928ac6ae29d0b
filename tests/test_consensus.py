"""Task states, export policy and consensus prediction on hand-made tasks."""

from __future__ import annotations

import pytest

from curation.config import CurateError
from curation.consensus import (
    consensus_prediction,
    consensus_predictions,
    decide,
    policy_summary,
    progress_state,
    region_id,
    span_agreement,
    task_agreement,
)
from curation.document import AnnotatedTask, Annotation, Relation, Span

TEXT = "Merkel sagte, die Lage sei ernst. 300 Menschen kamen."
#       0     6                         32 34 37     44


def actor(sid: str = "a", **attrs) -> Span:
    return Span(sid, "ACTOR", 0, 6, "Merkel", {"actor_type": "PERSON", **attrs})


def quote(sid: str = "q", start: int = 14, qtype: str = "indirect") -> Span:
    return Span(sid, "QUOTE", start, 32, TEXT[start:32], {"quote_type": qtype})


def figure(sid: str = "f", value: float = 300) -> Span:
    return Span(sid, "FIGURE", 34, 44, TEXT[34:44], {"value": value, "unit": "Mensch", "qualifier": "exact"})


def ann(aid: int, who: str, spans: list[Span], relations: list[Relation] | None = None, **kw) -> Annotation:
    return Annotation(aid, who, spans, relations or [], **kw)


def task(*annotations: Annotation) -> AnnotatedTask:
    return AnnotatedTask(1, "d1", TEXT, list(annotations))


SPEAKER = [Relation("q", "a")]


def test_states_single_agreed_disputed_settled() -> None:
    assert task_agreement(task()).state == "unannotated"
    assert task_agreement(task(ann(1, "x", [actor()]))).state == "single"
    # same content under other region ids, integer vs float value: agreed
    same = task(
        ann(1, "x", [actor("a"), quote("q"), figure("f", 300)], SPEAKER),
        ann(2, "y", [actor("A"), quote("Q"), figure("F", 300.0)], [Relation("Q", "A")]),
    )
    assert task_agreement(same).state == "agreed"
    # a missing relation is a disagreement
    differ = task(ann(1, "x", [actor(), quote()], SPEAKER), ann(2, "y", [actor(), quote()]))
    assert task_agreement(differ).state == "disputed"
    settled = task(*differ.annotations, ann(3, "boss", [actor()]))
    result = task_agreement(settled, adjudicators={"boss"})
    assert (result.state, result.settled_by, result.annotation.id, result.n_annotators) == ("settled", "boss", 3, 2)
    starred = task(ann(1, "x", [actor(), quote()], SPEAKER, ground_truth=True), ann(2, "y", [actor(), quote()]))
    assert task_agreement(starred).settled_by == "x"


def test_two_disagreeing_settlers_stay_disputed_and_latest_annotation_per_annotator_counts() -> None:
    two_bosses = task(ann(1, "b1", [actor()]), ann(2, "b2", [quote()]))
    assert task_agreement(two_bosses, adjudicators={"b1", "b2"}).state == "disputed"
    # a starred annotation by an adjudicator outranks a plain one by another adjudicator
    ranked = task(ann(1, "b1", [actor()], ground_truth=True), ann(2, "b2", [quote()]))
    assert task_agreement(ranked, adjudicators={"b1", "b2"}).annotation.id == 1
    # timestamps compare as times, not strings (".5Z" vs "Z"; the later one has the lower id)
    redo = task(ann(2, "x", [actor()], updated_at="2026-02-01T10:00:00Z"), ann(1, "x", [quote()], updated_at="2026-02-01T10:00:00.500000Z"), ann(3, "y", [quote()]))
    assert task_agreement(redo).state == "agreed"


def test_progress_states() -> None:
    assert progress_state(task(), required=2) == "unannotated"
    assert progress_state(task(ann(1, "x", [actor()])), required=2) == "in progress"
    assert progress_state(task(ann(1, "x", [actor()]), ann(2, "y", [actor()])), required=2) == "complete"
    assert progress_state(task(ann(1, "x", [actor()]), ann(2, "y", [])), required=2) == "disputed"
    assert progress_state(task(ann(1, "x", [actor()]), ann(2, "y", []), ann(3, "z", [], ground_truth=True)), 2) == "adjudicated"


def test_policy_never_latest_wins() -> None:
    disputed = task(
        ann(1, "x", [actor()], updated_at="2026-01-01"),
        ann(2, "y", [quote()], updated_at="2026-03-01"),
        ann(3, "z", [actor()], updated_at="2026-02-01"),
    )
    held = decide(disputed, "agreement")
    assert (held.exported, held.state) == (False, "disputed") and "disputed" in held.reason
    # any: 2 of 3 made the same annotation -> that one (never the latest, y)
    assert decide(disputed, "any").annotation.id == 1
    tie = task(ann(1, "x", [actor()]), ann(2, "y", [quote()]))
    assert not decide(tie, "any").exported
    single = task(ann(1, "x", [actor()]))
    assert decide(single).annotation.id == 1
    assert not decide(single, "adjudicated").exported
    settled = task(ann(1, "x", [actor()]), ann(2, "y", [quote()]), ann(3, "boss", [quote()]))
    assert decide(settled, "adjudicated", adjudicators={"boss"}).annotation.id == 3
    assert decide(task(), "any").reason == "no annotation"
    with pytest.raises(CurateError):
        decide(single, "latest")
    # without adjudicators `settled` is just three annotators who disagree
    summary = policy_summary([decide(t) for t in (disputed, tie, single, settled, task())], "agreement")
    assert (summary["exported"], summary["held_out"]) == (1, 3)
    assert summary["states"] == {"disputed": 3, "single": 1, "unannotated": 1}
    assert len(summary["held_out_tasks"]) == 3 and summary["held_out_tasks"][0]["reason"].startswith("disputed")


def test_span_agreement_counts_annotators_who_made_the_span() -> None:
    t = task(
        ann(1, "x", [actor(), quote()]),
        ann(2, "y", [actor("a2"), quote("q2", start=18)]),
        ann(3, "z", [actor("a3")]),
        ann(4, "boss", [actor("b1"), quote("b2", start=18), figure("b3")]),
    )
    got = span_agreement(t, t.annotations[3], adjudicators={"boss"})
    assert {k: (v.n_annotators, v.agreement) for k, v in got.items()} == {
        "b1": (3, 1.0),
        "b2": (1, 0.3333),
        "b3": (0, 0.0),
    }


def test_consensus_prediction_majority_regions_attributes_relations() -> None:
    t = task(
        ann(1, "x", [actor(), quote(qtype="direct"), figure()], SPEAKER),
        ann(2, "y", [actor(), quote(qtype="indirect")], SPEAKER),
        ann(3, "z", [actor(actor_type="STATE"), quote("q", start=18)]),
    )
    pred = consensus_prediction(t)
    by_region = {(s.label, s.start, s.end): s for s in pred.spans}
    # ACTOR made by all three; actor_type: PERSON 2 of 3 -> PERSON
    a = by_region[("ACTOR", 0, 6)]
    assert (a.score, a.attributes, a.rule, a.id) == (1.0, {"actor_type": "PERSON"}, "agreed", region_id(("ACTOR", 0, 6)))
    # QUOTE 14-32 made by 2 of 3 -> agreed; quote_type direct vs indirect -> no majority, left unset
    q = by_region[("QUOTE", 14, 32)]
    assert (q.score, q.attributes, q.rule) == (0.6667, {}, "agreed; attributes disputed: quote_type")
    # 18-32 and the FIGURE: 1 of 3 -> disputed, with the maker's attributes
    assert by_region[("QUOTE", 18, 32)].rule == "disputed"
    assert by_region[("QUOTE", 18, 32)].score == 0.3333
    assert by_region[("FIGURE", 34, 44)].attributes == {"value": 300.0, "unit": "Mensch", "qualifier": "exact"}
    # the speaker link: 2 of 3 between agreed regions
    assert [(r.from_id, r.to_id) for r in pred.relations] == [(q.id, a.id)]
    assert pred.model_version.startswith("consensus-") and len(pred.model_version) == len("consensus-") + 12
    # deterministic: same content -> same version and ids; other content -> another version
    assert consensus_prediction(t).model_version == pred.model_version
    t.annotations[2].spans.append(figure("f9"))
    assert consensus_prediction(t).model_version != pred.model_version


def test_consensus_only_for_disagreeing_tasks() -> None:
    agreed = AnnotatedTask(1, "d1", TEXT, [ann(1, "x", [actor()]), ann(2, "y", [actor("b")])])
    disputed = AnnotatedTask(2, "d2", TEXT, [ann(3, "x", [actor()]), ann(4, "y", [])])
    single = AnnotatedTask(3, "d3", TEXT, [ann(5, "x", [actor()])])
    assert list(consensus_predictions([agreed, disputed, single])) == [2]
