"""Unit tests of curation.gold on hand-written Label Studio export snapshots (a list of task dicts)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curation import gold
from curation.config import PACKAGE_ROOT, CurateError, Workspace
from curation.document import sha256_text
from curation.scheme import load_scheme

SCHEME = load_scheme(PACKAGE_ROOT / "label_config.xml")
TEXT = "Kim Jong Un sagte „Wir siegen“. Rund 15 000 Soldaten 😀 kamen, so Lawrow."
PROVENANCE = gold.Provenance("http://127.0.0.1:8080", 1, "curate: German news", [7])


def at(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def region(rid: str, label: str, fragment: str, text: str = TEXT, **attrs: Any) -> list[dict[str, Any]]:
    """A labels region and one result per attribute with the same id, as Label Studio stores them."""
    start, end = at(fragment, text)
    out = [
        {
            "id": rid,
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
        }
    ]
    for name, value in attrs.items():
        attribute = SCHEME.attribute(name)
        assert attribute is not None, name
        payload = value if attribute.tag == "Number" else [value]
        out.append(
            {
                "id": rid,
                "from_name": name,
                "to_name": "text",
                "type": attribute.result_type,
                "value": {"start": start, "end": end, attribute.value_key: payload},
            }
        )
    return out


def relation(from_id: str, to_id: str, label: str = "speaker", direction: str = "right") -> dict[str, Any]:
    return {"from_id": from_id, "to_id": to_id, "type": "relation", "direction": direction, "labels": [label]}


def standard_result() -> list[dict[str, Any]]:
    return [
        *region("actor-0-11", "ACTOR", "Kim Jong Un", actor_type="PERSON"),
        *region("quote-18-30", "QUOTE", "„Wir siegen“", quote_type="direct"),
        *region("figure-a", "FIGURE", "Rund 15 000 Soldaten", value=15000, unit="Soldat", qualifier="approx"),
        relation("quote-18-30", "actor-0-11"),
    ]


def annotation(
    aid: int,
    result: list[dict[str, Any]],
    email: str = "anna@example.org",
    cancelled: bool = False,
    ground_truth: bool = False,
    updated: str = "2026-01-01T10:00:00.000000Z",
    parent: int | None = 1,
) -> dict[str, Any]:
    return {
        "id": aid,
        "completed_by": {"id": aid + 100, "email": email, "first_name": "", "last_name": ""},
        "result": result,
        "was_cancelled": cancelled,
        "ground_truth": ground_truth,
        "created_at": updated,
        "updated_at": updated,
        "lead_time": 3.0,
        "parent_prediction": parent,
    }


def task(
    tid: int,
    annotations: list[dict[str, Any]],
    doc_id: str | None = None,
    text: str = TEXT,
    predictions: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    doc_id = doc_id or f"doc{tid}"
    if predictions is None:
        predictions = [{"id": tid * 10, "model_version": "rules-1", "score": 0.5, "result": standard_result()}]
        for a in annotations:
            if a.get("parent_prediction") == 1:
                a["parent_prediction"] = tid * 10
    return {
        "id": tid,
        "data": {"text": text, "doc_id": doc_id, "title": f"Title {tid}", "source": "ntv.de", "published": "2025-07-13", "text_sha256": sha256_text(text)},
        "annotations": annotations,
        "predictions": predictions,
    }


def build(tasks: list[dict[str, Any]], require: str = "agreement", adjudicators: tuple[str, ...] = ()) -> gold.GoldSet:
    return gold.build_gold(tasks, SCHEME, gold.Policy(require, adjudicators))


def reasons(result: gold.GoldSet) -> list[str]:
    return [f"{p.item}: {p.reason}" for p in result.problems]


# --------------------------------------------------------------------------- selection


def test_accepted_prediction_becomes_gold_with_origin_kept() -> None:
    result = build([task(1, [annotation(1, standard_result())])])
    assert result.problems == []
    (doc,) = result.documents
    assert doc.doc_id == "doc1" and doc.annotator == "anna@example.org" and doc.model_version == "rules-1"
    assert [(s.span_id, s.label, s.text, s.origin) for s in doc.spans] == [
        ("actor-0-11", "ACTOR", "Kim Jong Un", "kept"),
        ("quote-18-30", "QUOTE", "„Wir siegen“", "kept"),
        ("figure-a", "FIGURE", "Rund 15 000 Soldaten", "kept"),
    ]
    figure = doc.spans[2]
    assert figure.attributes == {"value": 15000, "unit": "Soldat", "qualifier": "approx"}
    assert [(r.from_id, r.to_id, r.label) for r in doc.relations] == [("quote-18-30", "actor-0-11", "speaker")]
    for span in doc.spans:
        assert TEXT[span.start : span.end] == span.text


def test_ground_truth_settles_a_disputed_task() -> None:
    older_star = annotation(1, standard_result(), email="anna@example.org", ground_truth=True, updated="2026-01-01T09:00:00Z")
    newer = annotation(2, standard_result()[:2], email="bob@example.org", updated="2026-01-02T09:00:00Z")
    result = build([task(1, [older_star, newer])])
    (doc,) = result.documents
    assert doc.annotation_id == 1 and doc.chosen_by == "settled" and doc.annotator == "anna@example.org"
    assert result.held_out == [] and result.states == {"settled": 1}


def test_disputed_task_is_held_out_never_latest_wins() -> None:
    first = annotation(1, standard_result(), updated="2026-01-03T09:00:00Z")
    second = annotation(2, standard_result()[:2], email="bob@example.org", updated="2026-01-02T09:00:00Z")
    result = build([task(1, [first, second])])
    assert result.documents == []
    (held,) = result.held_out
    assert held.to_dict() == {
        "task_id": 1,
        "doc_id": "doc1",
        "annotators": ["anna@example.org", "bob@example.org"],
        "state": "disputed",
        "reason": "disputed: 2 annotators disagree and nobody settled it",
    }


def test_adjudicator_annotation_settles_and_spans_count_annotators() -> None:
    anna = annotation(1, standard_result(), email="anna@example.org")
    bob = annotation(2, standard_result()[:2], email="bob@example.org")
    judge = annotation(3, standard_result(), email="judge@example.org")
    result = build([task(1, [anna, bob, judge])], adjudicators=("judge@example.org",))
    (doc,) = result.documents
    assert (doc.annotation_id, doc.chosen_by, doc.annotator) == (3, "settled", "judge@example.org")
    # anna made all three spans, bob only the actor: the adjudicator does not count as an annotator
    assert {s.span_id: (s.n_annotators, s.agreement) for s in doc.spans} == {
        "actor-0-11": (2, 1.0), "quote-18-30": (1, 0.5), "figure-a": (1, 0.5),
    }  # fmt: skip


def policy_tasks() -> list[dict[str, Any]]:
    """1 single, 2 agreed, 3 disputed 2:1 (majority), 4 disputed 1:1, 5 settled by a star."""
    full, short = standard_result(), standard_result()[:2]
    return [
        task(1, [annotation(1, full)]),
        task(2, [annotation(2, full), annotation(3, standard_result(), email="bob@example.org")]),
        task(3, [annotation(4, full), annotation(5, standard_result(), email="bob@example.org"), annotation(6, short, email="cem@example.org")]),
        task(4, [annotation(7, full), annotation(8, short, email="bob@example.org")]),
        task(5, [annotation(9, full), annotation(10, standard_result()[:2], email="bob@example.org", ground_truth=True)]),
    ]


@pytest.mark.parametrize(
    ("require", "exported", "held_out"),
    [
        ("agreement", ["doc1", "doc2", "doc5"], [(3, "disputed"), (4, "disputed")]),
        ("any", ["doc1", "doc2", "doc3", "doc5"], [(4, "disputed")]),
        ("adjudicated", ["doc5"], [(1, "single"), (2, "agreed"), (3, "disputed"), (4, "disputed")]),
    ],
)
def test_require_policy_decides_which_tasks_are_exported(require: str, exported: list[str], held_out: list[tuple[int, str]]) -> None:
    result = build(policy_tasks(), require=require)
    assert [d.doc_id for d in result.documents] == exported
    assert [(h.task_id, h.state) for h in result.held_out] == held_out
    assert result.states == {"single": 1, "agreed": 1, "disputed": 2, "settled": 1}
    chosen = {d.doc_id: (d.annotation_id, d.chosen_by) for d in result.documents}
    assert chosen.get("doc5") == (10, "settled")
    if require == "any":
        assert chosen["doc3"] == (4, "majority")  # anna's and bob's (the same annotation), not cem's


def test_unknown_require_is_a_one_line_error() -> None:
    with pytest.raises(CurateError, match="unknown --require 'latest'"):
        gold.Policy("latest")


def test_agreeing_annotators_with_different_region_ids_are_no_disagreement() -> None:
    renamed = [dict(r, id="x" + r["id"]) if "id" in r else dict(r, from_id="xquote-18-30", to_id="xactor-0-11") for r in standard_result()]
    result = build([task(1, [annotation(1, standard_result()), annotation(2, renamed, email="bob@example.org")])])
    assert result.held_out == [] and result.states == {"agreed": 1}
    (doc,) = result.documents
    assert {(s.n_annotators, s.agreement) for s in doc.spans} == {(2, 1.0)}


def test_attribute_difference_is_a_disagreement() -> None:
    other = standard_result()
    other[1]["value"]["choices"] = ["ORGANIZATION"]
    result = build([task(1, [annotation(1, standard_result()), annotation(2, other, email="bob@example.org")])])
    assert [d.task_id for d in result.held_out] == [1] and result.documents == []


def test_cancelled_annotations_are_ignored_and_skipped_tasks_contribute_nothing() -> None:
    skipped_only = task(1, [annotation(1, [], cancelled=True, email="anna@example.org")])
    mixed = task(2, [annotation(2, standard_result()[:2]), annotation(3, standard_result(), cancelled=True, updated="2026-02-01T00:00:00Z")])
    untouched = task(3, [])
    result = build([skipped_only, mixed, untouched])
    assert [d.doc_id for d in result.documents] == ["doc2"]
    assert result.documents[0].annotation_id == 2
    assert result.held_out == []  # a cancelled annotation is not a competing opinion
    assert [s.to_dict() for s in result.skipped] == [{"task_id": 1, "doc_id": "doc1", "skipped_by": ["anna@example.org"]}]
    assert result.unannotated == 1


# --------------------------------------------------------------------------- origins


def test_origins_kept_edited_added_and_deleted_count() -> None:
    result = standard_result()
    start, end = at("Kim Jong")
    result[0]["value"].update(start=start, end=end, text="Kim Jong")  # boundary edited
    result[3]["value"]["choices"] = ["indirect"]  # attribute edited on the quote
    result = [r for r in result if r.get("id") != "figure-a"]  # predicted figure deleted
    result += region("new-1", "ACTOR", "Lawrow", actor_type="PERSON")  # missing span added
    (doc,) = build([task(1, [annotation(1, result)])]).documents
    assert {s.span_id: s.origin for s in doc.spans} == {"actor-0-11": "edited", "quote-18-30": "edited", "new-1": "added"}
    assert doc.deleted_predictions == 1
    assert next(s for s in doc.spans if s.span_id == "actor-0-11").text == "Kim Jong"


def test_label_change_is_edited_and_lost_parent_falls_back_to_shared_region_ids() -> None:
    result = standard_result()
    result[0]["value"]["labels"] = ["ACTOR"]
    figure_as_quote = [r for r in result if r.get("id") == "figure-a" and r["type"] == "labels"][0]
    figure_as_quote["value"]["labels"] = ["QUOTE"]
    result = [r for r in result if not (r.get("id") == "figure-a" and r["type"] != "labels")]
    ann = annotation(1, result, parent=None)
    (doc,) = build([task(1, [ann])]).documents
    assert {s.span_id: s.origin for s in doc.spans}["figure-a"] == "edited"
    assert doc.model_version == "rules-1"


def test_no_prediction_means_every_span_added() -> None:
    (doc,) = build([task(1, [annotation(1, standard_result(), parent=None)], predictions=[])]).documents
    assert {s.origin for s in doc.spans} == {"added"} and doc.model_version is None


def test_number_attribute_int_vs_float_is_kept() -> None:
    result = standard_result()
    next(r for r in result if r["from_name"] == "value" and r.get("id") == "figure-a")["value"]["number"] = 15000.0
    (doc,) = build([task(1, [annotation(1, result)])]).documents
    assert {s.origin for s in doc.spans} == {"kept"}


# --------------------------------------------------------------------------- validation


def test_slice_mismatch_is_invalid() -> None:
    result = standard_result()
    result[0]["value"]["start"] += 2  # e.g. offsets counted in UTF-16 units
    result[0]["value"]["end"] += 2
    problems = build([task(1, [annotation(1, result)])]).problems
    assert len(problems) == 2
    assert problems[0].item == "span actor-0-11" and "but the region shows 'Kim Jong Un'" in problems[0].reason
    assert problems[1].item == "relation quote-18-30->actor-0-11" and "invalid span" in problems[1].reason
    assert (problems[0].task_id, problems[0].doc_id, problems[0].annotation_id) == (1, "doc1", 1)


def test_whitespace_only_difference_in_region_text_is_fine() -> None:
    text = "Er sagte:\n\n„Wir siegen“ und ging."
    result = region("q", "QUOTE", "sagte:\n\n„Wir", text, quote_type="direct")
    result[0]["value"]["text"] = "sagte: „Wir"
    gold_set = build([task(1, [annotation(1, result)], text=text, predictions=[])])
    assert gold_set.problems == []
    assert gold_set.documents[0].spans[0].text == "sagte:\n\n„Wir"


@pytest.mark.parametrize(
    ("mutate", "item", "reason"),
    [
        (lambda r: r[0]["value"].update(end=len(TEXT) + 5), "span actor-0-11", "invalid offsets"),
        (lambda r: r[0]["value"].update(start=5, end=5), "span actor-0-11", "invalid offsets"),
        (lambda r: r[0]["value"].update(labels=["PERSON"]), "span actor-0-11", "unknown label 'PERSON'"),
        (lambda r: r[1]["value"].update(choices=["HUMAN"]), "span actor-0-11", "actor_type='HUMAN' is not one of PERSON, ORGANIZATION, STATE"),
        (lambda r: r[3].update(from_name="actor_type", type="choices", value={"choices": ["PERSON"]}), "span quote-18-30", "attribute actor_type belongs to ACTOR spans, not QUOTE"),
        (lambda r: r[-1].update(to_id="nobody"), "relation quote-18-30->nobody", "endpoint is not a region"),
        (lambda r: r[-1].update(from_id="figure-a"), "relation figure-a->actor-0-11", "speaker must join QUOTE -> ACTOR, not FIGURE -> ACTOR"),
        (lambda r: r[-1].update(labels=["listener"]), "relation quote-18-30->actor-0-11", "unknown relation label 'listener'"),
        (lambda r: r[5].update(value={"number": "viele"}), "span figure-a", "value='viele' is not a number"),
        (lambda r: r.append({"id": "ghost", "from_name": "quote_type", "to_name": "text", "type": "choices", "value": {"choices": ["direct"]}}), "span ghost", "without a region"),
    ],
    ids=["out-of-bounds", "empty", "unknown-label", "bad-choice", "attribute-on-wrong-label", "dangling-relation", "figure-to-actor", "unknown-relation-label", "number-not-number", "attribute-without-region"],
)
def test_each_invalid_item_is_reported_with_task_and_reason(mutate: Any, item: str, reason: str) -> None:
    result = standard_result()
    mutate(result)
    problems = build([task(4, [annotation(9, result)])]).problems
    assert problems, "expected a problem"
    assert problems[0].item == item and reason in problems[0].reason, [str(p) for p in problems]
    assert problems[0].task_id == 4 and problems[0].annotation_id == 9
    assert str(problems[0]).startswith("task 4 (doc4) ")


def test_reversed_speaker_arrow_drawn_left_is_accepted() -> None:
    result = standard_result()
    result[-1] = relation("actor-0-11", "quote-18-30", direction="left")
    gold_set = build([task(1, [annotation(1, result)])])
    assert gold_set.problems == []
    assert [(r.from_id, r.to_id) for r in gold_set.documents[0].relations] == [("quote-18-30", "actor-0-11")]


def test_task_level_problems() -> None:
    changed = task(1, [annotation(1, standard_result())])
    changed["data"]["text_sha256"] = "0" * 64
    no_doc_id = task(2, [annotation(2, standard_result())])
    del no_doc_id["data"]["doc_id"]
    duplicate_a = task(3, [annotation(3, standard_result())], doc_id="same")
    duplicate_b = task(4, [annotation(4, standard_result())], doc_id="same")
    result = build([changed, no_doc_id, duplicate_a, duplicate_b])
    assert [str(p) for p in result.problems] == [
        "task 1 (doc1) task: data.text does not match data.text_sha256",
        "task 2 task: data.doc_id is missing (task was not pushed by curate)",
        "task 4 (same) task: doc_id same is also task 3",
    ]
    assert [d.task_id for d in result.documents] == [3]


# --------------------------------------------------------------------------- versions and splits


@pytest.mark.parametrize("name", ["../x", "v0", "latest", "v01", "V1", "v1/..", "v1\n", "", "v-1", "/tmp/v1"])
def test_bad_version_names_are_rejected(name: str, tmp_path: Path) -> None:
    with pytest.raises(CurateError, match="invalid version"):
        gold.resolve_version(name, tmp_path / "datasets")


def test_next_free_version_and_parent(tmp_path: Path) -> None:
    datasets = tmp_path / "datasets"
    assert gold.resolve_version(None, datasets) == ("v1", None)
    for name in ("v1", "v2", "v10", ".tmp-v11-1", "notes"):
        (datasets / name).mkdir(parents=True)
    assert gold.existing_versions(datasets) == ["v1", "v2", "v10"]
    assert gold.resolve_version(None, datasets) == ("v11", "v10")
    assert gold.resolve_version("v5", datasets) == ("v5", "v2")


def test_hash_split_is_stable_and_roughly_80_10_10() -> None:
    assert gold.hash_split("000_d1500ec1f89033da") == gold.hash_split("000_d1500ec1f89033da")
    counts = {s: 0 for s in gold.SPLITS}
    for i in range(2000):
        counts[gold.hash_split(f"doc-{i}")] += 1
    assert 1500 < counts["train"] < 1700 and 130 < counts["dev"] < 270 and 130 < counts["test"] < 270


# --------------------------------------------------------------------------- writing


def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path)


def three_tasks() -> list[dict[str, Any]]:
    return [task(i, [annotation(i, standard_result())]) for i in (1, 2, 3)]


def read_manifest(path: Path) -> dict[str, Any]:
    return json.loads((path / "manifest.json").read_text(encoding="utf-8"))


def test_written_version_has_exact_schemas_rows_and_checksums(tmp_path: Path) -> None:
    report = gold.export_tasks(three_tasks(), PROVENANCE, version="v1", workspace=workspace(tmp_path))
    target = tmp_path / "datasets" / "v1"
    assert report.path == target and report.documents == 3 and report.spans == 9 and report.relations == 3
    assert sorted(p.name for p in target.iterdir()) == sorted([*gold.FILES, "manifest.json", "train.spacy", "dev.spacy", "test.spacy"])
    assert [p.name for p in (tmp_path / "datasets").iterdir()] == ["v1"]  # no temporary directory left
    for name, schema in gold.SCHEMAS.items():
        assert pq.read_schema(target / name).equals(schema, check_metadata=True), name
    spans = pq.read_table(target / "spans.parquet").to_pylist()
    assert spans[0] == {
        "doc_id": "doc1", "span_id": "actor-0-11", "label": "ACTOR", "start": 0, "end": 11, "text": "Kim Jong Un",
        "actor_type": "PERSON", "canonical": None, "value": None, "unit": None, "qualifier": None, "quote_type": None,
        "annotator": "anna@example.org", "origin": "kept", "n_annotators": 1, "agreement": 1.0,
    }  # fmt: skip
    figure = next(s for s in spans if s["label"] == "FIGURE")
    assert figure["value"] == 15000.0 and isinstance(figure["value"], float)
    relations = pq.read_table(target / "relations.parquet").to_pylist()
    assert relations[0] == {"doc_id": "doc1", "relation_id": "speaker:quote-18-30->actor-0-11", "from_id": "quote-18-30", "to_id": "actor-0-11", "label": "speaker"}
    documents = pq.read_table(target / "documents.parquet").to_pylist()
    assert [d["split"] for d in documents] == [gold.hash_split(d["doc_id"]) for d in documents]
    assert documents[0]["text"] == TEXT and documents[0]["text_sha256"] == sha256_text(TEXT)

    manifest = read_manifest(target)
    assert manifest["version"] == "v1" and manifest["parent_version"] is None
    assert manifest["label_studio"] == {"url": "http://127.0.0.1:8080", "project_id": 1, "project_title": "curate: German news", "export_snapshot_ids": [7], "tasks_in_snapshot": 3}
    assert manifest["label_config_sha256"] == hashlib.sha256(SCHEME.xml.encode()).hexdigest()
    assert manifest["model_versions"] == {"rules-1": 3}
    assert manifest["label_config_matches_project"] is None  # no project config given
    assert manifest["counts"]["spans_per_label"] == {"ACTOR": 3, "FIGURE": 3, "QUOTE": 3}
    assert manifest["curate_version"] == __import__("curation").__version__
    assert manifest["created_at"].endswith("Z")
    for name in gold.FILES:
        assert manifest["files"][name]["sha256"] == hashlib.sha256((target / name).read_bytes()).hexdigest()
    lines = (target / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert first["doc_id"] == "doc1" and first["spans"][2] == {"id": "figure-a", "label": "FIGURE", "start": 32, "end": 52, "text": "Rund 15 000 Soldaten", "value": 15000, "unit": "Soldat", "qualifier": "approx"}
    card = (target / "README.md").read_text(encoding="utf-8")
    assert "copyright stays with" in " ".join(card.split()) and "| `origin` | string | no |" in card
    assert "TODO" not in card and "placeholder" not in card.lower()


def test_existing_version_is_never_overwritten(tmp_path: Path) -> None:
    gold.export_tasks(three_tasks(), PROVENANCE, version="v1", workspace=workspace(tmp_path))
    before = {p: p.read_bytes() for p in (tmp_path / "datasets" / "v1").rglob("*") if p.is_file()}
    with pytest.raises(CurateError, match=r"v1 already exists .*next free: v2") as info:
        gold.export_tasks(three_tasks()[:1], PROVENANCE, version="v1", workspace=workspace(tmp_path))
    assert info.value.exit_code == 1
    assert {p: p.read_bytes() for p in (tmp_path / "datasets" / "v1").rglob("*") if p.is_file()} == before
    report = gold.export_tasks(three_tasks(), PROVENANCE, workspace=workspace(tmp_path))
    assert report.version == "v2" and read_manifest(report.path)["parent_version"] == "v1"


def test_invalid_items_refuse_the_export_and_write_nothing(tmp_path: Path) -> None:
    tasks = three_tasks()
    tasks[1]["annotations"][0]["result"][0]["value"]["labels"] = ["PERSON"]
    with pytest.raises(gold.InvalidAnnotations) as info:
        gold.export_tasks(tasks, PROVENANCE, version="v1", workspace=workspace(tmp_path))
    assert "task 2 (doc2) span actor-0-11: unknown label 'PERSON'" in str(info.value)
    assert "--skip-invalid" in str(info.value)
    assert not (tmp_path / "datasets").exists() or list((tmp_path / "datasets").iterdir()) == []


def test_skip_invalid_writes_without_them_and_records_them(tmp_path: Path) -> None:
    tasks = three_tasks()
    tasks[1]["annotations"][0]["result"][0]["value"]["labels"] = ["PERSON"]
    report = gold.export_tasks(tasks, PROVENANCE, version="v1", workspace=workspace(tmp_path), skip_invalid=True)
    assert [str(p) for p in report.invalid] == [
        "task 2 (doc2) span actor-0-11: unknown label 'PERSON' (label_config.xml has ACTOR, FIGURE, QUOTE)",
        "task 2 (doc2) relation quote-18-30->actor-0-11: endpoint actor-0-11 is an invalid span",
    ]
    spans = pq.read_table(report.path / "spans.parquet").to_pylist()
    assert [(s["doc_id"], s["span_id"]) for s in spans if s["doc_id"] == "doc2"] == [("doc2", "quote-18-30"), ("doc2", "figure-a")]
    assert len(pq.read_table(report.path / "relations.parquet")) == 2
    assert read_manifest(report.path)["invalid_skipped"] == [p.to_dict() for p in report.invalid]
    assert read_manifest(report.path)["invalid_skipped"][0]["task_id"] == 2


def test_disk_full_while_writing_is_one_line_and_leaves_no_partial_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_card(*args: Any, **kwargs: Any) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gold, "dataset_card", broken_card)
    with pytest.raises(CurateError, match="No space left on device") as info:
        gold.export_tasks(three_tasks(), PROVENANCE, version="v1", workspace=workspace(tmp_path))
    assert "\n" not in str(info.value) and info.value.exit_code == 1
    assert list((tmp_path / "datasets").iterdir()) == []


def test_name_too_long_version_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(CurateError, match="invalid version") as info:
        gold.export_tasks(three_tasks(), PROVENANCE, version="v" + "1" * 300, workspace=workspace(tmp_path))
    assert "\n" not in str(info.value) and len(str(info.value)) < 200
    assert not (tmp_path / "datasets").exists() or list((tmp_path / "datasets").iterdir()) == []


def test_stale_temp_dirs_of_dead_processes_are_removed_live_ones_left_alone(tmp_path: Path) -> None:
    datasets = tmp_path / "datasets"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = [datasets / f".tmp-v1-{dead.pid}", datasets / f".tmp-snapshot-{dead.pid}", datasets / ".tmp-v1-999999999"]
        running = datasets / f".tmp-v1-{live.pid}"
        for d in (*stale, running):
            d.mkdir(parents=True)
            (d / "documents.parquet").write_text("partial")
        gold.export_tasks(three_tasks(), PROVENANCE, version="v1", workspace=workspace(tmp_path))
        assert [d for d in stale if d.exists()] == [] and running.exists()
        assert gold.existing_versions(datasets) == ["v1"]
    finally:
        live.kill()
        live.wait()


def test_splits_are_frozen_across_versions(tmp_path: Path) -> None:
    datasets = tmp_path / "datasets"
    (datasets / "v1").mkdir(parents=True)
    earlier = [
        {"doc_id": "doc1", "title": None, "source": None, "published": None, "text": "x", "text_sha256": "x", "split": "test"},
        {"doc_id": "doc2", "title": None, "source": None, "published": None, "text": "x", "text_sha256": "x", "split": "dev"},
    ]
    pq.write_table(pa.Table.from_pylist(earlier, schema=gold.DOCUMENTS_SCHEMA), datasets / "v1" / "documents.parquet")
    report = gold.export_tasks(three_tasks(), PROVENANCE, workspace=workspace(tmp_path))
    assert report.version == "v2"
    splits = dict(pq.read_table(report.path / "documents.parquet", columns=["doc_id", "split"]).to_pylist()[i].values() for i in range(3))
    assert splits == {"doc1": "test", "doc2": "dev", "doc3": gold.hash_split("doc3")}
    v3 = gold.export_tasks(three_tasks()[2:], PROVENANCE, workspace=workspace(tmp_path))
    assert pq.read_table(v3.path / "documents.parquet").to_pylist()[0]["split"] == splits["doc3"]


def test_nothing_to_export_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CurateError, match="no completed annotation"):
        gold.export_tasks([task(1, [annotation(1, [], cancelled=True)]), task(2, [])], PROVENANCE, workspace=workspace(tmp_path))
    assert not (tmp_path / "datasets" / "v1").exists()


def test_manifest_url_never_carries_credentials() -> None:
    assert gold.safe_url("https://user:secret@ls.example.org:8443/base/?token=abc#x") == "https://ls.example.org:8443/base"


def test_scheme_without_column_is_refused() -> None:
    bad = SCHEME.xml.replace('name="unit"', 'name="unit_new"')
    from curation.scheme import _parse

    with pytest.raises(CurateError, match="unit_new"):
        gold.check_scheme(_parse(bad, "test"))


# --------------------------------------------------------------------------- streaming


def varied_tasks() -> list[dict[str, Any]]:
    """Kept, edited, skipped, disagreeing, untouched, emoji, invalid and starred tasks in one snapshot."""
    edited = standard_result()
    start, end = at("Kim Jong")
    edited[0]["value"].update(start=start, end=end, text="Kim Jong")
    edited[3]["value"]["choices"] = ["indirect"]
    edited = [r for r in edited if r.get("id") != "figure-a"]
    edited += region("new-1", "ACTOR", "Lawrow", actor_type="PERSON")
    invalid = standard_result()
    invalid[0]["value"]["labels"] = ["PERSON"]
    emoji = "Berlin 😀 Die Ministerin Anna Beispiel sagte „Nein“ vor 200 Gästen."
    emoji_result = [
        *region("m1", "ACTOR", "Anna Beispiel", emoji, actor_type="PERSON", canonical="Anna Beispiel"),
        *region("m2", "QUOTE", "„Nein“", emoji, quote_type="direct"),
        *region("m3", "FIGURE", "200 Gästen", emoji, value=200, unit="Gast", qualifier="exact"),
        relation("m2", "m1"),
    ]
    return [
        task(1, [annotation(1, standard_result())]),
        task(2, [annotation(2, edited)]),
        task(3, [annotation(3, [], cancelled=True)]),
        task(4, [annotation(4, standard_result(), updated="2026-01-01T09:00:00Z"),
                 annotation(5, standard_result()[:2], email="bob@example.org", updated="2026-01-02T09:00:00Z")]),
        task(5, []),
        task(6, [annotation(6, emoji_result, parent=None)], text=emoji, predictions=[]),
        task(7, [annotation(7, invalid)]),
        task(8, [annotation(8, standard_result()[:2], ground_truth=True, updated="2026-01-01T09:00:00Z"),
                 annotation(9, standard_result(), email="bob@example.org", updated="2026-01-03T09:00:00Z")]),
    ]  # fmt: skip


def fingerprint(path: Path) -> dict[str, str]:
    out = {}
    for name in gold.SCHEMAS:
        rows = pq.read_table(path / name).to_pylist()
        out[name] = hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()
    out["gold.jsonl"] = hashlib.sha256((path / "gold.jsonl").read_bytes()).hexdigest()
    return out


# What the in-memory writer before streaming (commit 869a6b0) wrote for varied_tasks() with --skip-invalid,
# updated once for --require agreement (task 4 held out instead of "latest wins": one document and one
# span fewer) and the spans' n_annotators / agreement columns; relations.parquet is unchanged.
REFERENCE = {
    "documents.parquet": "e66f7c41e215aacc4c4e1d1c850811ee75dcd1f5413f8bb90acbcc879023f8b5",
    "spans.parquet": "8a216f940c48b9b99e026e13054f192e3563a16c97f29272acbcc8ee7e6b2504",
    "relations.parquet": "a038ba5461a14a1314df2c4b5726a3502adb98b52a02c235384d55d95fc4d22e",
    "gold.jsonl": "bfe9689deaa015764524d47c0cd99f2ef11cf2f154a3b79445fdbf5725558cb2",
}


@pytest.mark.parametrize("row_group_documents", [1, 2, gold.ROW_GROUP_DOCUMENTS])
def test_streamed_tables_equal_the_reference_in_any_row_group_size(tmp_path: Path, row_group_documents: int) -> None:
    report = gold.export_tasks(
        iter(varied_tasks()), PROVENANCE, version="v1", workspace=workspace(tmp_path), skip_invalid=True,
        row_group_documents=row_group_documents, gamma_sample=0,
    )  # fmt: skip
    assert fingerprint(report.path) == REFERENCE
    groups = pq.ParquetFile(report.path / "documents.parquet").num_row_groups
    assert groups == -(-report.documents // row_group_documents)
    manifest = read_manifest(report.path)
    assert {name: manifest["files"][name]["rows"] for name in gold.SCHEMAS} == {
        "documents.parquet": 5, "spans.parquet": 12, "relations.parquet": 3,
    }  # fmt: skip
    assert manifest["counts"]["origins"] == {"kept": 6, "edited": 2, "added": 4}
    assert manifest["counts"]["deleted_predicted_spans"] == 4 and manifest["label_studio"]["tasks_in_snapshot"] == 8
    assert [h["task_id"] for h in manifest["held_out"]] == [4]
    assert manifest["task_states"] == {"disputed": 1, "settled": 1, "single": 4}


def test_annotated_task_holds_every_annotation_and_prediction() -> None:
    raw = varied_tasks()[3]
    intake = gold.annotated_task(raw, SCHEME)
    assert intake.task is not None and intake.title == "Title 4"
    assert [(a.id, a.annotator, len(a.spans), a.prediction_id) for a in intake.task.annotations] == [
        (4, "anna@example.org", 3, 40), (5, "bob@example.org", 1, 40),
    ]  # fmt: skip
    assert [(p.prediction_id, p.model_version, len(p.spans)) for p in intake.task.predictions] == [(40, "rules-1", 3)]
    from curation.consensus import decide

    decision = decide(intake.task)
    assert (decision.state, decision.annotation) == ("disputed", None)


def test_snapshot_file_is_parsed_task_by_task(tmp_path: Path) -> None:
    from curation.labelstudio.snapshots import snapshot_tasks

    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(varied_tasks()), encoding="utf-8")
    with open(path, "rb") as fh:
        tasks = list(snapshot_tasks(fh, 1))
    assert tasks == json.loads(path.read_text(encoding="utf-8"))
    path.write_text('{"detail": "not a list"}', encoding="utf-8")
    with open(path, "rb") as fh, pytest.raises(CurateError, match="not a JSON list of tasks"):
        list(snapshot_tasks(fh, 1))
    path.write_text('[{"id": 1}, {"id": ', encoding="utf-8")
    with open(path, "rb") as fh, pytest.raises(CurateError, match="not valid JSON"):
        list(snapshot_tasks(fh, 1))


# --------------------------------------------------------------------------- agreement and audit in the version


def test_manifest_and_card_carry_policy_agreement_and_audit(tmp_path: Path) -> None:
    report = gold.export_tasks(policy_tasks(), PROVENANCE, version="v1", workspace=workspace(tmp_path), gamma_sample=2)
    manifest = read_manifest(report.path)
    assert manifest["require"] == "agreement" and "never 'latest wins'" in manifest["selection"]
    assert manifest["held_out"] == [
        {"task_id": 3, "doc_id": "doc3", "annotators": ["anna@example.org", "bob@example.org", "cem@example.org"],
         "state": "disputed", "reason": "disputed: 3 annotators disagree and nobody settled it"},
        {"task_id": 4, "doc_id": "doc4", "annotators": ["anna@example.org", "bob@example.org"],
         "state": "disputed", "reason": "disputed: 2 annotators disagree and nobody settled it"},
    ]  # fmt: skip
    agreement = manifest["agreement"]
    assert agreement["n_tasks"] == 4 and agreement["annotators"] == ["anna@example.org", "bob@example.org", "cem@example.org"]
    assert agreement["gamma_tasks"] == 2 and isinstance(agreement["gamma"], float)  # a seeded sample of 2 of the 4
    assert agreement["span_f1"]["ACTOR"]["exact"] == 1.0  # every annotator made the actor
    assert agreement["span_f1"]["FIGURE"]["exact"] < 1.0
    # audit: the exported annotations of tasks 1, 2 (full: all kept) and 5 (the starred one keeps only the
    # actor: quote, figure and the relation deleted) against the prediction (standard_result)
    audit = manifest["audit"]
    assert audit["n_tasks"] == 3
    assert {k: (v["predicted"], v["kept"], v["deleted"]) for k, v in audit["by_label"].items()} == {
        "ACTOR": (3, 3, 0), "FIGURE": (3, 2, 1), "QUOTE": (3, 2, 1), "ALL": (9, 7, 2),
    }  # fmt: skip
    assert audit["acceptance"] == {"ACTOR": 1.0, "FIGURE": 0.6667, "QUOTE": 0.6667, "ALL": 0.7778}
    assert audit["by_model_version"].keys() == {"rules-1"} and audit["by_rule"].keys() == {"(none)", "ALL"}
    assert (audit["relations"]["speaker"]["kept"], audit["relations"]["speaker"]["deleted"]) == (2, 1)
    card = (report.path / "README.md").read_text(encoding="utf-8")
    assert "## Inter-annotator agreement" in card and "## Audit of the pre-annotations" in card
    assert "seeded sample of 2 of the 4 tasks" in card and "--require agreement" in card
    assert "| `n_annotators` | int64 | yes |" in card and "| `agreement` | double | yes |" in card
    assert [h.task_id for h in report.held_out] == [3, 4] and report.audit is not None and report.agreement is not None
    assert "2 task(s) held out by --require agreement" in report.summary()


def test_only_multi_annotated_tasks_are_kept_for_agreement_and_without_text() -> None:
    summary = gold.build_gold(policy_tasks(), SCHEME)
    kept = summary.figures.multi_annotated
    assert [t.task_id for t in kept] == [2, 3, 4, 5] and {t.text for t in kept} == {""}
    assert all(t.predictions == [] for t in kept)


def test_audit_groups_predicted_regions_by_the_rule_they_carry(tmp_path: Path) -> None:
    predicted = standard_result()
    for item in predicted:
        if item.get("id") == "actor-0-11" and item["type"] == "labels":
            item["rule"] = "actor_person_ner"  # what curate push writes (curation.labelstudio.tasks.RULE_KEY)
    accepted_without_actor = [r for r in standard_result() if r.get("id") != "actor-0-11" and r.get("type") != "relation"]
    tasks = [task(1, [annotation(1, accepted_without_actor)], predictions=[
        {"id": 10, "model_version": "rules-2", "result": predicted}])]  # fmt: skip
    tasks[0]["annotations"][0]["parent_prediction"] = 10
    report = gold.export_tasks(tasks, PROVENANCE, version="v1", workspace=workspace(tmp_path), gamma_sample=0)
    by_rule = read_manifest(report.path)["audit"]["by_rule"]
    assert {k: (v["predicted"], v["kept"], v["deleted"]) for k, v in by_rule.items()} == {
        "actor_person_ner": (1, 0, 1), "(none)": (2, 2, 0), "ALL": (3, 2, 1),
    }  # fmt: skip
    assert "actor_person_ner" in (report.path / "README.md").read_text(encoding="utf-8")


def test_docbins_written_by_a_child_process_are_the_in_process_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`docbin_process` (what a large export uses: a child process writes every split) writes byte-identical
    DocBin shards and the same manifest as a writer in this process."""
    from curation import docbin_process

    monkeypatch.setattr(docbin_process, "BATCH_DOCUMENTS", 2)  # several batches (the child is spawned: it keeps SHARD_DOCUMENTS)
    tasks = [task(i, [annotation(i, standard_result())]) for i in range(1, 8)]
    here = gold.export_tasks(tasks, PROVENANCE, version="v1", workspace=workspace(tmp_path / "a"))
    child = gold.export_tasks(tasks, PROVENANCE, version="v1", workspace=workspace(tmp_path / "b"), docbin_process=True)
    shards = sorted(p.relative_to(here.path) for p in here.path.glob("*.spacy/*.spacy"))
    assert shards and shards == sorted(p.relative_to(child.path) for p in child.path.glob("*.spacy/*.spacy"))
    assert all((here.path / p).read_bytes() == (child.path / p).read_bytes() for p in shards)
    assert read_manifest(here.path)["spacy"] == read_manifest(child.path)["spacy"]
    files = [{k: v for k, v in read_manifest(r.path)["files"].items() if k != "README.md"} for r in (here, child)]  # the card has a date
    assert files[0] == files[1]


def test_the_docbin_process_imports_this_package_whatever_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child is `python -c`: from a directory holding another `curation/` it must still import this one."""
    decoy = tmp_path / "elsewhere" / "curation"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text('raise ImportError("the decoy curation package was imported")\n', encoding="utf-8")
    monkeypatch.chdir(decoy.parent)
    tasks = [task(i, [annotation(i, standard_result())]) for i in range(1, 4)]
    report = gold.export_tasks(tasks, PROVENANCE, version="v1", workspace=workspace(tmp_path / "ws"), docbin_process=True)
    assert sum(read_manifest(report.path)["spacy"]["documents"].values()) == 3


def test_the_docbin_process_yields_the_cpu_to_the_label_studio_server(tmp_path: Path) -> None:
    """The child has slack until the last document, a server building an export's parts on the same machine has
    none: the child runs at a lower CPU priority (a higher niceness) than the export."""
    import os
    import time

    from curation import docbin_process

    writer = docbin_process.DocBinProcess(tmp_path, ["ACTOR"], ["speaker"])
    try:
        pid, wanted = writer._process.pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + docbin_process.CHILD_NICENESS)
        deadline = time.monotonic() + 30
        while os.getpriority(os.PRIO_PROCESS, pid) != wanted and time.monotonic() < deadline:
            time.sleep(0.01)
        assert os.getpriority(os.PRIO_PROCESS, pid) == wanted > os.getpriority(os.PRIO_PROCESS, 0)
        writer.close()
        assert sum(writer.counts().manifest()["documents"].values()) == 0
    finally:
        writer.release()


def test_an_error_in_the_docbin_process_is_one_line_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from curation import docbin_process

    made = docbin_process.DocBinProcess.__init__

    def then_lose_a_directory(self: Any, directory: Path, *args: Any) -> None:
        made(self, directory, *args)
        for split in docbin_process.SPLITS:
            (directory / f"{split}.spacy").rmdir()
            (directory / f"{split}.spacy").write_bytes(b"")  # a file where the child writes its shards

    monkeypatch.setattr(docbin_process.DocBinProcess, "__init__", then_lose_a_directory)
    with pytest.raises(CurateError, match="File exists") as info:
        gold.export_tasks(three_tasks(), PROVENANCE, version="v1", workspace=workspace(tmp_path), docbin_process=True)
    assert "\n" not in str(info.value) and info.value.exit_code == 1
    assert list((tmp_path / "datasets").iterdir()) == []
