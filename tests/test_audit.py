"""Audit counts on hand-made (prediction, final annotation) pairs."""

from __future__ import annotations

import json

from rich.console import Console

from curation.audit import audit, prediction_for
from curation.document import AnnotatedTask, Annotation, Document, Prediction, Relation, Span

TEXT = "Merkel sagte, die Lage sei ernst. 300 Menschen kamen."
# Merkel 0-6, Lage 18-22, ernst. 27-33, 300 34-37, Menschen 38-46, kamen 47-52


def span(sid: str, label: str, start: int, end: int, rule: str | None = None, **attrs) -> Span:
    return Span(sid, label, start, end, TEXT[start:end], attrs, rule=rule)


def first_pair() -> tuple[Prediction, Document]:
    pred = Prediction(
        "d1",
        TEXT,
        [
            span("p1", "ACTOR", 0, 6, "ner", actor_type="PERSON"),
            span("p2", "QUOTE", 14, 32, "say-verb", quote_type="indirect"),
            span("p3", "FIGURE", 34, 44, "number", value=300, qualifier="exact"),
            span("p4", "ACTOR", 38, 46, "ner"),
            span("p5", "ACTOR", 47, 52, "ner"),
        ],
        [Relation("p2", "p1")],
        model_version="rules-1",
    )
    final = Document(
        "d1",
        TEXT,
        [
            span("p1", "ACTOR", 0, 6, actor_type="PERSON"),  # kept
            span("p2", "QUOTE", 18, 32, quote_type="indirect"),  # boundary
            span("p3", "FIGURE", 34, 44, value=300.0, qualifier="approx"),  # attribute (300 == 300.0)
            span("n1", "QUOTE", 38, 52),  # drawn anew over p4: boundary + label; p5 deleted
            span("n2", "ACTOR", 18, 22),  # added
        ],
        [Relation("p2", "p1")],
    )
    return pred, final


def second_pair() -> tuple[Prediction, Document]:
    pred = Prediction(
        "d2",
        TEXT,
        [span("a1", "ACTOR", 0, 6), span("a3", "ACTOR", 18, 22), span("q", "QUOTE", 14, 32), span("q2", "QUOTE", 38, 52)],
        [Relation("q", "a1"), Relation("q2", "a3")],
        model_version="rules-2",
    )
    final = Document(
        "d2",
        TEXT,
        [span("a1", "ACTOR", 0, 6), span("a2", "ACTOR", 34, 37), span("q", "QUOTE", 14, 32), span("q2", "QUOTE", 38, 52), span("q3", "QUOTE", 7, 12)],
        [Relation("q", "a2"), Relation("q3", "a1")],
    )
    return pred, final


def test_region_outcomes_per_label_and_rule() -> None:
    report = audit([first_pair()])
    d = report.to_dict()
    assert d["by_label"]["ACTOR"] | {"edits": None, "attributes": None} == {
        "predicted": 3, "kept": 1, "edited": 1, "deleted": 1, "added": 1, "acceptance": 0.3333,
        "edits": None, "attributes": None,
    }
    assert d["by_label"]["QUOTE"]["edits"] == {"boundary": 1, "label": 0, "attribute": 0}
    assert d["by_label"]["FIGURE"]["attributes"] == {"qualifier": 1}
    total = d["by_label"]["ALL"]
    assert (total["predicted"], total["kept"], total["edited"], total["deleted"], total["added"]) == (5, 1, 3, 1, 1)
    assert total["edits"] == {"boundary": 2, "label": 1, "attribute": 1}
    assert d["acceptance"] == {"ACTOR": 0.3333, "FIGURE": 0.0, "QUOTE": 0.0, "ALL": 0.2}
    ner = d["by_rule"]["ner"]
    assert (ner["predicted"], ner["kept"], ner["edited"], ner["deleted"], ner["added"]) == (3, 1, 1, 1, 0)
    assert d["by_rule"]["ALL"]["added"] == 0  # added regions have no rule


def test_relations_and_model_versions() -> None:
    report = audit([first_pair(), second_pair()])
    d = json.loads(json.dumps(report.to_dict()))
    speaker = d["relations"]["speaker"]
    # task 1: kept; task 2: q->a1 became q->a2 (edited), q2->a3 lost its actor (deleted), q3->a1 added
    assert (speaker["predicted"], speaker["kept"], speaker["edited"], speaker["deleted"], speaker["added"]) == (3, 1, 1, 1, 1)
    second = d["by_model_version"]["rules-2"]["ALL"]
    assert (second["predicted"], second["kept"], second["deleted"], second["added"]) == (4, 3, 1, 2)
    assert d["by_model_version"]["rules-1"]["ALL"]["predicted"] == 5
    assert d["n_tasks"] == 2
    assert "| ACTOR | 5 | 2 | 1 (1/1/0) | 2 | 2 | 0.400 |" in report.markdown()
    console = Console(record=True, width=120)
    console.print(report.render())
    assert "Regions of rules-2" in console.export_text()


def test_region_id_match_wins_over_overlap() -> None:
    pred = Prediction("d", TEXT, [span("x", "QUOTE", 14, 32), span("y", "QUOTE", 18, 33)], model_version="m")
    # the final keeps y's id on the region x had: y is edited (boundary), x is deleted
    final = Document("d", TEXT, [span("y", "QUOTE", 14, 32)])
    d = audit([(pred, final)]).to_dict()["by_label"]["QUOTE"]
    assert (d["kept"], d["edited"], d["deleted"], d["added"]) == (0, 1, 1, 0)


def test_prediction_for_prefers_parent_and_skips_consensus() -> None:
    p1 = Prediction("d", TEXT, [span("a", "ACTOR", 0, 6)], model_version="rules-1", prediction_id=10)
    p2 = Prediction("d", TEXT, [span("b", "ACTOR", 0, 6)], model_version="rules-2", prediction_id=11)
    consensus = Prediction("d", TEXT, [span("a", "ACTOR", 0, 6)], model_version="consensus-abc", prediction_id=12)
    task = AnnotatedTask(1, "d", TEXT, predictions=[consensus, p1, p2])
    assert prediction_for(task, Annotation(1, "x", [span("a", "ACTOR", 0, 6)], prediction_id=11)) is p2
    assert prediction_for(task, Annotation(2, "x", [span("a", "ACTOR", 0, 6)])) is p1
    assert prediction_for(AnnotatedTask(2, "d", TEXT, predictions=[consensus]), Annotation(3, "x")) is None
