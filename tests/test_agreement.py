"""Agreement figures on hand-made tasks, compared with values worked out by hand."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from curation.agreement import agreement, nominal_alpha, plot_heatmaps, span_gamma, span_units
from curation.document import AnnotatedTask, Annotation, Relation, Span

TEXT = "Merkel sagte, die Lage sei ernst. 300 Menschen kamen."


def span(sid: str, label: str, start: int, end: int, **attrs) -> Span:
    return Span(sid, label, start, end, TEXT[start:end], attrs)


def task_a() -> AnnotatedTask:
    """x and y mark the same actor and overlapping quotes (speaker linked); z the actor only, as STATE."""
    x = Annotation(1, "x", [span("a", "ACTOR", 0, 6, actor_type="PERSON"), span("q", "QUOTE", 14, 32, quote_type="indirect")], [Relation("q", "a")])
    y = Annotation(2, "y", [span("a", "ACTOR", 0, 6, actor_type="PERSON"), span("q", "QUOTE", 18, 32, quote_type="direct")], [Relation("q", "a")])
    z = Annotation(3, "z", [span("a", "ACTOR", 0, 6, actor_type="STATE")])
    return AnnotatedTask(1, "d1", TEXT, [x, y, z])


def task_b() -> AnnotatedTask:
    """x and y mark the same quote and actors but link the quote to different actors."""
    spans = [span("a1", "ACTOR", 0, 6), span("a2", "ACTOR", 34, 44), span("q", "QUOTE", 14, 32)]
    x = Annotation(4, "x", spans, [Relation("q", "a1")])
    y = Annotation(5, "y", spans, [Relation("q", "a2")])
    return AnnotatedTask(2, "d2", TEXT, [x, y])


def test_span_f1_averaged_over_pairs() -> None:
    single = AnnotatedTask(9, "d9", TEXT, [Annotation(9, "x", [span("a", "ACTOR", 0, 6)])])
    report = agreement([task_a(), single], gamma=False)
    assert report.n_tasks == 1 and report.annotators == ["x", "y", "z"]
    # pairs (x,y) (x,z) (y,z): ACTOR always matched exactly
    assert report.f1("ACTOR", "exact") == 1.0
    # QUOTE 14-32 vs 18-32: exact 0 for (x,y); overlap 1 for (x,y), 0 for the pairs with z (no quote)
    assert report.f1("QUOTE", "exact") == 0.0
    assert report.f1("QUOTE", "overlap") == pytest.approx(1 / 3)
    assert report.f1("FIGURE", "exact") is None  # nobody marked a figure
    # ALL exact: (x,y) 2*1/(2+2)=0.5, (x,z) and (y,z) 2*1/(2+1)=2/3
    assert report.f1("ALL", "exact") == pytest.approx((0.5 + 2 / 3 + 2 / 3) / 3)
    assert report.f1("ALL", "overlap") == pytest.approx((1.0 + 2 / 3 + 2 / 3) / 3)
    assert report.matrix("ALL")[0] == [1.0, 1.0, pytest.approx(2 / 3)]


def test_speaker_agreement() -> None:
    report = agreement([task_a(), task_b()], gamma=False)
    # (x,y): task a agrees (both link the matched actor), task b does not -> 1/2; pairs with z have no quote
    assert report.speaker_pairs[("x", "y")].to_dict() == {"agreed": 1, "total": 2, "share": 0.5}
    assert report.speaker == 0.5


def test_nominal_alpha_by_hand() -> None:
    # 2 coders, 4 units: (A,A) (A,A) (B,B) (A,B). n=8, n_A=5, n_B=3; Do = 2/8, De = 2*5*3/(8*7);
    # alpha = 1 - Do/De = 1 - 0.25/(30/56) = 8/15
    result = nominal_alpha([["A", "A"], ["A", "A"], ["B", "B"], ["A", "B"]])
    assert result.alpha == pytest.approx(8 / 15)
    assert (result.units, result.values, result.observed) == (4, 8, 0.75)
    same = nominal_alpha([["A", "A"], ["A", "A"]])
    assert (same.alpha, same.observed) == (None, 1.0)
    assert nominal_alpha([["A"]]).units == 0


def test_attribute_alpha_on_matched_spans() -> None:
    report = agreement([task_a()], gamma=False)
    # one ACTOR unit with PERSON, PERSON, STATE: o_PP=1, o_PS=o_SP=1, n=3; Do=2/3, De=2*2*1/(3*2)=2/3 -> 0
    actor_type = report.attributes["actor_type"]
    assert actor_type.alpha == pytest.approx(0.0)
    assert (actor_type.units, actor_type.values, actor_type.observed) == (1, 3, pytest.approx(1 / 3))
    # the quotes match by overlap: indirect vs direct
    assert report.attributes["quote_type"].observed == 0.0
    assert report.attributes["value"].units == 0


def test_units_chain_through_overlaps() -> None:
    x = Annotation(1, "x", [span("A", "QUOTE", 0, 10), span("B", "QUOTE", 12, 20)])
    y = Annotation(2, "y", [span("C", "QUOTE", 5, 15)])
    z = Annotation(3, "z", [span("D", "QUOTE", 8, 14)])
    # y's C matches x's A (larger overlap), z's D matches x's B (closer boundaries) and y's C: one unit,
    # where x has two spans and so gives no value
    units = span_units([x, y, z], "QUOTE")
    assert len(units) == 1
    assert {k: (v.id if v else None) for k, v in units[0].items()} == {"x": None, "y": "C", "z": "D"}


def test_against_the_adjudicated_annotation() -> None:
    t = task_a()
    boss = Annotation(7, "boss", list(t.annotations[0].spans), list(t.annotations[0].relations))
    t.annotations.append(boss)
    # one annotator is enough to be compared with the adjudicator (no pair agreement there)
    lone = AnnotatedTask(3, "d3", TEXT, [Annotation(8, "w", [span("a", "ACTOR", 0, 6)]), Annotation(9, "boss", [span("a", "ACTOR", 0, 6), span("b", "ACTOR", 34, 44)])])
    report = agreement([t, lone], adjudicators={"boss"}, gamma=False)
    assert report.annotators == ["x", "y", "z"] and report.n_adjudicated == 2 and report.n_tasks == 1
    assert report.vs_adjudicated["w"]["ACTOR"]["exact"].to_dict() == {"matched": 1, "a": 1, "b": 2, "f1": 0.6667}
    assert report.vs_adjudicated["x"]["ALL"]["exact"].f1 == 1.0
    assert report.vs_adjudicated["y"]["ALL"]["exact"].f1 == 0.5
    assert report.vs_adjudicated["z"]["ALL"]["overlap"].f1 == pytest.approx(2 / 3)


def test_report_is_json_markdown_and_png(tmp_path) -> None:
    report = agreement([task_a(), task_b()], gamma=False)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["span_f1"]["QUOTE"]["overlap"] == report.to_dict()["span_f1"]["QUOTE"]["overlap"]
    assert data["pairs"][0]["a"] == "x" and data["speaker"] == 0.5
    assert "| ACTOR | 1.000 | 1.000 |" in report.markdown()
    png = plot_heatmaps(report, tmp_path / "agreement.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    console = Console(record=True, width=120)
    console.print(report.render())
    assert "speaker agreement on matched quotes: 0.500" in console.export_text()


def test_gamma_is_one_for_identical_annotations_and_lower_otherwise(capfd: pytest.CaptureFixture[str]) -> None:
    same = [task_b().annotations, task_b().annotations]
    assert span_gamma(same) == pytest.approx(1.0)
    disagreeing = [task_a().annotations, task_b().annotations]
    first = span_gamma(disagreeing)
    assert first is not None and first < 0.9
    assert span_gamma(disagreeing) == first  # seeded: the same figure every run
    # three annotators with 40 spans each: large enough for the GLPK solver (which logs on C-level stdout)
    big = [
        Annotation(k, name, [Span(str(i), ("ACTOR", "QUOTE")[i % 2], i * 20 + (k if i % 3 == 0 else 0), i * 20 + 10, "") for i in range(40)])
        for k, name in enumerate("xyz")
    ]
    assert 0 < span_gamma([big]) < 1
    assert capfd.readouterr().out == ""  # the solver's log does not reach the terminal
