"""`curate evaluate`: the scoring core on hand-made documents, the three gold loaders, and one real run."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from rich.console import Console

from curation.config import CurateError
from curation.document import Document, Relation, Span
from curation.evaluate import (
    actor_coverage,
    detect_format,
    error_renderables,
    evaluate,
    load_gold,
    common_nouns,
    match_spans,
    name_words,
    report_renderables,
    score,
)

TEXT = (
    "Kanzler Olaf Scholz sagte: „Wir schicken 5000 Soldaten.“ Er fügte hinzu, man werde helfen. "
    "Laut Moskau sind rund 300 Menschen betroffen."
)


def span(label: str, start: int, end: int, text: str = TEXT, **attrs: object) -> Span:
    return Span(f"{label.lower()}-{start}-{end}", label, start, end, text[start:end], dict(attrs))


def find(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def doc(spans: list[Span], relations: list[tuple[Span, Span]] = (), doc_id: str = "d1", text: str = TEXT) -> Document:
    return Document(doc_id, text, spans, [Relation(q.id, a.id) for q, a in relations])


# ------------------------------------------------------------------------------------------ matching


def test_exact_and_overlap_counts_per_label() -> None:
    gold = doc(
        [
            span("ACTOR", *find("Olaf Scholz")),
            span("FIGURE", *find("rund 300 Menschen")),
            span("ACTOR", *find("Moskau")),
        ]
    )
    pred = doc(
        [
            span("ACTOR", *find("Kanzler Olaf Scholz")),  # overlap only
            span("FIGURE", *find("rund 300 Menschen")),  # exact
            span("FIGURE", *find("5000 Soldaten")),  # false alarm
        ]
    )
    result = score([gold], [pred], labels=("ACTOR", "FIGURE"))
    actor, figure = result.by_label["ACTOR"], result.by_label["FIGURE"]
    assert (actor["exact"].tp, actor["exact"].fp, actor["exact"].fn) == (0, 1, 2)
    assert (actor["overlap"].tp, actor["overlap"].fp, actor["overlap"].fn) == (1, 0, 1)
    assert actor["overlap"].precision == 1.0 and actor["overlap"].recall == 0.5
    assert actor["overlap"].f1 == pytest.approx(2 / 3)
    assert (figure["exact"].tp, figure["exact"].fp, figure["exact"].fn) == (1, 1, 0)
    assert "QUOTE" not in result.by_label and result.speaker == {}
    kinds = sorted((e.kind, e.label) for e in result.errors["d1"])
    assert kinds == [("boundary", "ACTOR"), ("false_alarm", "FIGURE"), ("miss", "ACTOR")]


def test_two_predictions_overlapping_one_gold_count_once() -> None:
    gold = doc([span("QUOTE", *find("„Wir schicken 5000 Soldaten.“"))])
    a, b = find("„Wir schicken"), find("5000 Soldaten.“")
    pred = doc([span("QUOTE", *a), span("QUOTE", *b)])
    overlap = score([gold], [pred], labels=("QUOTE",)).by_label["QUOTE"]["overlap"]
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 1, 0)


def test_matching_is_maximum_not_just_greedy() -> None:
    text = "x" * 30
    gold = [Span("a", "QUOTE", 0, 10, ""), Span("b", "QUOTE", 8, 20, "")]
    # p1 overlaps a by 5 and b by 4: greedy pairs p1-a and leaves b; the augmenting path re-pairs a with p2.
    pred = [Span("p1", "QUOTE", 5, 12, ""), Span("p2", "QUOTE", 0, 4, "")]
    pairs = match_spans(gold, pred, "overlap")
    assert pairs == {0: 1, 1: 0}
    assert (
        score([Document("d", text, gold)], [Document("d", text, pred)], ("QUOTE",)).by_label["QUOTE"]["overlap"].tp == 2
    )


def test_nested_gold_quote_pairs_with_the_equal_prediction() -> None:
    outer = span("QUOTE", 0, len(TEXT) - 1, quote_type="indirect")
    inner = span("QUOTE", *find("„Wir schicken 5000 Soldaten.“"), quote_type="direct")
    pred = span("QUOTE", inner.start, inner.end, quote_type="direct")
    result = score([doc([outer, inner])], [doc([pred])], ("QUOTE",))
    assert result.by_quote_type["direct"]["overlap"].recall == 1.0
    assert result.by_quote_type["indirect"]["overlap"].recall == 0.0
    assert result.by_label["QUOTE"]["exact"].tp == result.by_label["QUOTE"]["overlap"].tp == 1


def test_quote_types_recall_by_gold_type_precision_by_predicted_type() -> None:
    q = find("man werde helfen")
    gold = doc(
        [
            span("QUOTE", *q, quote_type="indirect"),
            span("QUOTE", *find("„Wir schicken 5000 Soldaten.“"), quote_type="direct"),
        ]
    )
    pred = doc([span("QUOTE", *q, quote_type="reported")])
    result = score([gold], [pred], ("QUOTE",))
    types = result.by_quote_type
    assert types["indirect"]["exact"].recall == 1.0 and types["indirect"]["exact"].pred == 0
    assert types["reported"]["exact"].precision == 1.0 and types["reported"]["exact"].gold == 0
    assert types["direct"]["overlap"].recall == 0.0 and types["direct"]["overlap"].fn == 1
    assert result.type_confusion == {"indirect": {"reported": 1}}
    assert result.quote_type_accuracy == 0.0


# ------------------------------------------------------------------------------------------ speakers


def _speaker_case(pred_speaker: tuple[int, int] | None) -> tuple[Document, Document]:
    quote = span("QUOTE", *find("„Wir schicken 5000 Soldaten.“"), quote_type="direct")
    scholz = span("ACTOR", *find("Kanzler Olaf Scholz"))
    gold = doc([scholz, quote], [(quote, scholz)])
    pred_quote = span("QUOTE", quote.start + 1, quote.end - 1, quote_type="direct")
    if pred_speaker is None:
        return gold, doc([pred_quote])
    actor = span("ACTOR", *pred_speaker)
    return gold, doc([actor, pred_quote], [(pred_quote, actor)])


def test_speaker_right_wrong_missing() -> None:
    right = score(*map(lambda d: [d], _speaker_case(find("Olaf Scholz"))), ("QUOTE",)).speaker
    assert (right["all"].found, right["all"].correct, right["all"].accuracy) == (1, 1, 1.0)
    assert right["direct"].pairs.f1 == 1.0 and right["indirect"].found == 0

    wrong_gold, wrong_pred = _speaker_case(find("Moskau"))
    wrong = score([wrong_gold], [wrong_pred], ("QUOTE",))
    assert (wrong.speaker["all"].wrong, wrong.speaker["all"].accuracy) == (1, 0.0)
    e2e = wrong.speaker["all"].pairs
    assert (e2e.tp, e2e.fp, e2e.fn) == (0, 1, 1)
    assert any(e.kind == "speaker" and "Moskau" in e.detail for e in wrong.errors["d1"])

    missing = score(*map(lambda d: [d], _speaker_case(None)), ("QUOTE",)).speaker["all"]
    assert (missing.missing, missing.accuracy) == (1, 0.0)
    assert (missing.pairs.pred, missing.pairs.recall) == (0, 0.0)


def test_pronoun_gold_speaker_accepts_the_antecedent() -> None:
    first = span("QUOTE", *find("„Wir schicken 5000 Soldaten.“"), quote_type="direct")
    scholz = span("ACTOR", *find("Kanzler Olaf Scholz"))
    second = span("QUOTE", *find("man werde helfen"), quote_type="indirect")
    er = span("ACTOR", *find("Er fügte")[:1], find("Er fügte")[0] + 2)
    gold = doc([scholz, first, er, second], [(first, scholz), (second, er)])
    name = span("ACTOR", *find("Scholz"))
    moskau = span("ACTOR", *find("Moskau"))
    good = doc([name, first, second], [(first, name), (second, name)])
    bad = doc([moskau, first, second], [(second, moskau)])
    indirect = score([gold], [good], ("QUOTE",)).speaker["indirect"]
    assert (indirect.correct, indirect.pronoun_found, indirect.pronoun_correct) == (1, 1, 1)
    indirect = score([gold], [bad], ("QUOTE",)).speaker["indirect"]
    assert (indirect.wrong, indirect.pronoun_found, indirect.pronoun_correct) == (1, 1, 0)
    assert score([gold], [good], ("QUOTE",)).speaker["direct"].pronoun_found == 0


def test_speaker_ceiling_counts_right_speakers_among_the_predicted_actors() -> None:
    first = span("QUOTE", *find("„Wir schicken 5000 Soldaten.“"), quote_type="direct")
    second = span("QUOTE", *find("man werde helfen"), quote_type="indirect")
    scholz = span("ACTOR", *find("Kanzler Olaf Scholz"))
    gold = doc([scholz, first, second], [(first, scholz), (second, scholz)])
    name, moskau = span("ACTOR", *find("Olaf Scholz")), span("ACTOR", *find("Moskau"))
    # both speakers wrong, but the right actor was predicted: a perfect choice would get both
    wrong_choice = score([gold], [doc([name, moskau, first, second], [(first, moskau), (second, moskau)])],
                         ("QUOTE",)).speaker["all"]
    assert (wrong_choice.correct, wrong_choice.reachable, wrong_choice.ceiling) == (0, 2, 1.0)
    no_actor = score([gold], [doc([moskau, first, second], [(first, moskau)])], ("QUOTE",)).speaker["all"]
    assert (no_actor.reachable, no_actor.ceiling) == (0, 0.0)
    assert no_actor.to_dict()["ceiling"] == 0.0


def test_actor_coverage_of_named_speakers() -> None:
    quote = span("QUOTE", *find("man werde helfen"))
    scholz = span("ACTOR", *find("Kanzler Olaf Scholz"))
    er = span("ACTOR", *find("Er fügte")[:1], find("Er fügte")[0] + 2)
    gold = doc([scholz, er, quote], [(quote, scholz), (quote, er)])
    covered = actor_coverage([gold], [doc([span("ACTOR", *find("Olaf Scholz"))])])
    assert (covered.speakers, covered.with_name, covered.covered, covered.share) == (2, 1, 1, 1.0)
    assert actor_coverage([gold], [doc([])]).share == 0.0


def test_name_words_leave_out_common_nouns() -> None:
    nouns = common_nouns(["Ein Sprecher meldete", "die zuständige Polizei", "laut mehreren Beobachtern"])
    assert {"Sprecher", "Polizei", "Beobachtern"} <= nouns and "Anna" not in nouns
    assert name_words("Der Sprecher der Polizei, Anna Meier", nouns) == ["Anna", "Meier"]
    assert name_words("die SPD", nouns) == ["SPD"]  # acronyms are names even after a determiner
    assert name_words("jüngsten Untersuchungen", nouns) == []  # noun suffix
    assert name_words("Sie", nouns) == [] and name_words("Beobachtern zufolge", nouns) == []


# --------------------------------------------------------------------------------------------- loaders


def _wikinews_record() -> dict:
    text = 'Der Minister sagte „Wir helfen“ und: "Ja". Die Lage sei, so Meier, ernst. „Gut“, sagte er, „so“.'
    direct = find("Wir helfen", text)  # quote span without its marks: extended
    with_marks = find('"Ja"', text)  # already with marks: kept
    part1, part2 = find("Die Lage sei", text), find("ernst", text)
    minister, meier = find("Der Minister", text), find("Meier", text)
    gut, so, er = find("Gut", text), find("„so“", text), find("er, „so", text)

    def role(*spans: tuple[int, int]) -> dict:
        return {
            "spans": [{"charBegin": s, "charEnd": e, "begin": 0, "end": 0} for s, e in spans],
            "text": "",
            "tokenIds": [],
        }

    return {
        "documentName": "42 - Ein Test (2024-01-01)",
        "originalText": text,
        "annotations": [
            {"type": "Direct", "quote": role(direct), "speaker": role(minister), "isNested": False},
            {"type": "Direct", "quote": role(with_marks), "speaker": role(minister), "isNested": False},
            {"type": "IndirectFreeIndirect", "quote": role(part1, part2), "speaker": role(meier), "isNested": False},
            {"type": "Reported", "quote": role(part1, part2), "speaker": role(minister), "isNested": False},
            {"type": "FreeIndirect", "quote": role(), "speaker": role(), "isNested": False},
            {"type": "Direct", "quote": role(gut, so), "speaker": role((er[0], er[0] + 2)), "isNested": False},
        ],
    }


def test_wikinews_loader(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(_wikinews_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert detect_format(path) == "wikinews"
    gold = load_gold(path)
    assert (gold.fmt, gold.labels, gold.titles) == ("wikinews", ("QUOTE",), {"42": "Ein Test"})
    (document,) = gold.documents
    quotes = {s.text: s.attributes["quote_type"] for s in document.spans if s.label == "QUOTE"}
    # marks added to the first quote; the discontinuous quote is its covering span, merged with the duplicate
    assert quotes == {
        "„Wir helfen“": "direct",
        '"Ja"': "direct",
        "Die Lage sei, so Meier, ernst": "indirect",
        "„Gut“": "direct",  # a part of a discontinuous direct quote, extended over its marks
        "„so“": "direct",
    }
    by_id = {s.id: s for s in document.spans}
    pairs = sorted((by_id[r.from_id].text, by_id[r.to_id].text) for r in document.relations)
    assert pairs == [
        ('"Ja"', "Der Minister"),
        ("Die Lage sei, so Meier, ernst", "Der Minister"),
        ("Die Lage sei, so Meier, ernst", "Meier"),
        ("„Gut“", "er"),
        ("„Wir helfen“", "Der Minister"),
        ("„so“", "er"),
    ]


def test_wikinews_loader_rejects_unknown_type(tmp_path: Path) -> None:
    record = _wikinews_record()
    record["annotations"][0]["type"] = "Paraphrase"
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(CurateError, match=r"bad\.jsonl:1: unknown quotation type 'Paraphrase'"):
        load_gold(path, fmt="wikinews")


def _gold_line() -> str:
    quote = span("QUOTE", *find("„Wir schicken 5000 Soldaten.“"), quote_type="direct")
    actor = span("ACTOR", *find("Olaf Scholz"), actor_type="PERSON")
    return json.dumps(doc([actor, quote], [(quote, actor)]).to_dict(), ensure_ascii=False)


def test_gold_jsonl_loader_and_errors(tmp_path: Path) -> None:
    good = tmp_path / "gold.jsonl"
    good.write_text(_gold_line() + "\n\n", encoding="utf-8")
    gold = load_gold(good)
    assert (gold.fmt, gold.labels, len(gold.documents)) == ("jsonl", ("ACTOR", "FIGURE", "QUOTE"), 1)
    assert gold.documents[0].spans[0].attributes == {"actor_type": "PERSON"}

    bad = tmp_path / "bad.jsonl"
    bad.write_text(_gold_line().replace('"d1"', '"d0"') + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CurateError, match=r"bad\.jsonl:2: not valid JSON"):
        load_gold(bad)

    record = json.loads(_gold_line())
    record["spans"][0]["end"] = 10_000
    bad.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(CurateError, match=r"bad\.jsonl:1: span actor-\d+-\d+: offsets .* outside the text"):
        load_gold(bad, fmt="jsonl")

    record = json.loads(_gold_line())
    record["relations"][0]["to"] = "nowhere"
    bad.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(CurateError, match=r"bad\.jsonl:1: relation .*->nowhere: endpoint nowhere is not a span"):
        load_gold(bad)

    with pytest.raises(CurateError, match="gold not found"):
        load_gold(tmp_path / "missing.jsonl")
    with pytest.raises(CurateError, match="unknown gold format"):
        load_gold(good, fmt="csv")


def _write_version(root: Path) -> Path:
    version = root / "datasets" / "v1"
    version.mkdir(parents=True)
    other = "Moskau meldete 12 Tote."
    documents = pa.table(
        {
            "doc_id": ["d1", "d2"],
            "title": ["Eins", "Zwei"],
            "source": ["test", "test"],
            "published": ["2025-07-13", None],
            "text": [TEXT, other],
            "text_sha256": ["x", "y"],
            "split": ["train", "test"],
        }
    )
    quote, actor = find("„Wir schicken 5000 Soldaten.“"), find("Olaf Scholz")
    rows = [
        ("d1", "q1", "QUOTE", *quote, None, None, None, None, None, "direct"),
        ("d1", "a1", "ACTOR", *actor, "PERSON", "Olaf Scholz", None, None, None, None),
        ("d2", "f1", "FIGURE", 15, 22, None, None, 12.0, "Tote", "exact", None),
    ]
    texts = {"d1": TEXT, "d2": other}
    names = [
        "doc_id",
        "span_id",
        "label",
        "start",
        "end",
        "actor_type",
        "canonical",
        "value",
        "unit",
        "qualifier",
        "quote_type",
    ]
    columns = {name: [row[k] for row in rows] for k, name in enumerate(names)}
    columns["text"] = [texts[r[0]][r[3] : r[4]] for r in rows]
    columns["annotator"] = ["a@example.org"] * 3
    columns["origin"] = ["manual"] * 3
    schema = pa.schema(
        [
            ("doc_id", pa.string()),
            ("span_id", pa.string()),
            ("label", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("text", pa.string()),
            ("actor_type", pa.string()),
            ("canonical", pa.string()),
            ("value", pa.float64()),
            ("unit", pa.string()),
            ("qualifier", pa.string()),
            ("quote_type", pa.string()),
            ("annotator", pa.string()),
            ("origin", pa.string()),
        ]
    )
    pq.write_table(pa.table(columns, schema=schema), version / "spans.parquet")
    pq.write_table(documents, version / "documents.parquet")
    relations = pa.table({"doc_id": ["d1"], "from_id": ["q1"], "to_id": ["a1"], "label": ["speaker"]})
    pq.write_table(relations, version / "relations.parquet")
    return version


def test_version_dir_loader(tmp_path: Path) -> None:
    version = _write_version(tmp_path)
    gold = load_gold(version)
    assert (gold.fmt, [d.doc_id for d in gold.documents]) == ("version", ["d1", "d2"])
    d1 = gold.documents[0]
    assert {s.id: s.attributes for s in d1.spans} == {
        "q1": {"quote_type": "direct"},
        "a1": {"actor_type": "PERSON", "canonical": "Olaf Scholz"},
    }
    assert [(r.from_id, r.to_id, r.label) for r in d1.relations] == [("q1", "a1", "speaker")]
    assert gold.documents[1].spans[0].attributes == {"value": 12.0, "unit": "Tote", "qualifier": "exact"}
    assert [d.doc_id for d in load_gold(version, split="test").documents] == ["d2"]
    with pytest.raises(CurateError, match="no documents in split 'dev'"):
        load_gold(version, split="dev")
    (version / "relations.parquet").unlink()
    with pytest.raises(CurateError, match="relations.parquet missing"):
        load_gold(version)


# ------------------------------------------------------------------------------------------ end to end


def test_evaluate_runs_the_pipeline_on_gold_jsonl(tmp_path: Path) -> None:
    pytest.importorskip("curation.preannotate")
    path = tmp_path / "gold.jsonl"
    path.write_text(_gold_line() + "\n", encoding="utf-8")
    report = evaluate(path, limit=5)
    data = json.loads(json.dumps(report.to_dict(errors=True)))
    assert data["gold"] == {"source": str(path), "format": "jsonl", "n_docs": 1, "labels": ["ACTOR", "FIGURE", "QUOTE"]}
    assert data["model_version"].startswith("curate-rules-")
    # a plain direct quote in German marks is what every version of the rules must find exactly
    assert data["labels"]["QUOTE"]["exact"]["tp"] == 1
    assert data["quote_types"]["direct"]["exact"]["recall"] == 1.0
    assert data["labels"]["FIGURE"]["overlap"]["gold"] == 0 and data["labels"]["FIGURE"]["overlap"]["fp"] >= 1
    console = Console(record=True, width=200)
    for item in [*report_renderables(report), *error_renderables(report)]:
        console.print(item)
    output = console.export_text()
    assert "QUOTE" in output and "5000 Soldaten" in output and "false_alarm" in output
    console = Console(record=True, width=200)
    console.print(report.render())
    summary = console.export_text()
    assert "false_alarm" not in summary and "QUOTE" in summary
    report.write_json(tmp_path / "figures.json", errors=True)
    assert json.loads((tmp_path / "figures.json").read_text(encoding="utf-8")) == data
    with pytest.raises(CurateError, match="cannot write"):
        report.write_json(tmp_path / "no" / "such" / "dir.json")


def test_evaluate_wikinews_reports_actor_coverage(tmp_path: Path) -> None:
    pytest.importorskip("curation.preannotate")
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(_wikinews_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate(path, fmt="wikinews")
    data = report.to_dict()
    assert list(data["labels"]) == ["QUOTE"]
    assert data["labels"]["QUOTE"]["overlap"]["gold"] == 5
    assert data["actor_coverage_of_speakers"]["speaker_spans"] == 3
    assert data["actor_coverage_of_speakers"]["with_capitalised_name"] == 1  # "Meier"; "Der Minister" is no name
