"""curation.validation: the one check of regions and relations that push, export and evaluate share."""

from __future__ import annotations

from curation.document import Document, Relation, Span
from curation.scheme import load_scheme
from curation.validation import RegionIssue, check_document, valid_part

TEXT = "Kim sagte: „Wir kommen.“ Rund 15 000 Soldaten."


def span(sid: str, label: str, start: int, end: int, **attrs: object) -> Span:
    return Span(sid, label, start, end, TEXT[start:end], dict(attrs))


def doc(spans: list[Span], relations: list[Relation] | None = None) -> Document:
    return Document("d1", TEXT, spans, relations or [])


GOOD = [
    span("a", "ACTOR", 0, 3, actor_type="PERSON"),
    span("q", "QUOTE", 11, 24, quote_type="direct"),
    span("f", "FIGURE", 25, 46, value=15000.0, unit="Soldat", qualifier="approx"),
]


def test_a_valid_document_has_no_issue() -> None:
    assert check_document(doc(GOOD, [Relation("q", "a")]), load_scheme()) == []


def test_each_rule_names_its_region_and_reason() -> None:
    scheme = load_scheme()
    bad = [
        span("a", "ACTOR", 0, 3, actor_type="ALIEN"),  # value not allowed
        span("x", "PLACE", 0, 3),  # unknown label
        Span("o", "ACTOR", 40, 99, "?"),  # outside the text
        Span("t", "ACTOR", 0, 3, "Kom"),  # shown text differs from the slice
        span("w", "ACTOR", 0, 3, quote_type="direct"),  # attribute of another label
        span("q", "QUOTE", 11, 24),
        span("q", "QUOTE", 11, 24),  # duplicate id
    ]
    issues = check_document(doc(bad, [Relation("a", "q"), Relation("q", "nowhere"), Relation("q", "x", "likes")]), scheme, task_id=7)
    got = {(i.kind, i.region_id, i.reason.split(" (")[0].split(" is ")[0]) for i in issues}
    assert got == {
        ("span", "a", "actor_type='ALIEN'"),
        ("span", "x", "unknown label 'PLACE'"),
        ("span", "o", "offsets 40..99 outside the text"),
        ("span", "t", "text[0:3]"),
        ("span", "w", "attribute quote_type belongs to QUOTE spans, not ACTOR"),
        ("span", "q", "duplicate region id"),
        ("relation", "a->q", "endpoint a"),
        ("relation", "q->nowhere", "endpoint nowhere"),
        ("relation", "q->x", "unknown relation label 'likes'"),
    }
    assert all(i.task_id == 7 and i.doc_id == "d1" for i in issues)
    assert str(issues[0]) == "task 7 d1 span a: actor_type='ALIEN' is not one of PERSON, ORGANIZATION, STATE"
    assert issues[0].to_dict() == {"task_id": 7, "doc_id": "d1", "item": "span a", "reason": issues[0].reason}


def test_a_relation_must_join_quote_to_actor() -> None:
    issues = check_document(doc(GOOD, [Relation("a", "q")]), load_scheme())
    assert [(i.region_id, i.reason) for i in issues] == [("a->q", "speaker must join QUOTE -> ACTOR, not ACTOR -> QUOTE")]


def test_whitespace_may_differ_only_when_allowed() -> None:
    text = "Die  Bundes-\nregierung"
    span_ = Span("r", "ACTOR", 5, len(text), text[5:])
    document = Document("d", text, [span_])
    shown = {"r": "Bundes- regierung"}
    assert check_document(document, load_scheme(), shown=shown, loose_whitespace=True) == []
    assert [i.region_id for i in check_document(document, load_scheme(), shown=shown)] == ["r"]


def test_valid_part_drops_the_named_regions_and_relations_to_them() -> None:
    spans = [*GOOD, span("bad", "ACTOR", 0, 3, actor_type="ALIEN")]
    document = doc(spans, [Relation("q", "a"), Relation("q", "bad")])
    issues = check_document(document, load_scheme())
    assert issues == [RegionIssue("bad", issues[0].reason, "span", None, "d1"), RegionIssue("q->bad", "endpoint bad is an invalid span", "relation", None, "d1")]
    kept = valid_part(document, issues)
    assert [s.id for s in kept.spans] == ["a", "q", "f"] and kept.relations == [Relation("q", "a")]

