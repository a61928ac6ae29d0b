"""Differences between two gold versions, on hand-made versions."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from rich.console import Console

from curation.config import CurateError
from curation.diff import VersionData, diff, diff_versions
from curation.document import Document, Relation, Span

TEXT = "Merkel sagte, die Lage sei ernst. 300 Menschen kamen."


def span(sid: str, label: str, start: int, end: int, **attrs) -> Span:
    return Span(sid, label, start, end, TEXT[start:end], attrs)


def version_a() -> VersionData:
    d1 = Document(
        "d1",
        TEXT,
        [
            span("s1", "ACTOR", 0, 6, actor_type="PERSON"),
            span("s2", "QUOTE", 14, 32, quote_type="indirect"),
            span("s3", "FIGURE", 34, 37, value=300),
            span("s5", "QUOTE", 47, 52, quote_type="direct"),
        ],
        [Relation("s2", "s1"), Relation("s5", "s1")],
    )
    d2 = Document("d2", TEXT, [span("u", "ACTOR", 0, 6)])
    d3 = Document("d3", TEXT, [span("v", "ACTOR", 0, 6)])
    return VersionData.build("v1", [(d1, "train"), (d2, "dev"), (d3, "test")])


def version_b() -> VersionData:
    d1 = Document(
        "d1",
        TEXT,
        [
            span("s1", "ACTOR", 0, 6, actor_type="ORGANIZATION"),  # attributes
            span("s2", "QUOTE", 18, 32, quote_type="indirect"),  # offsets
            span("t4", "ACTOR", 38, 46),  # added; s3 removed
            span("r5", "QUOTE", 47, 52, quote_type="reported"),  # s5 under a new id: renamed + attributes
        ],
        [Relation("s2", "t4"), Relation("r5", "s1")],  # s2's speaker moved; r5 -> s1 is s5 -> s1
    )
    d2 = Document("d2", TEXT, [span("u", "ACTOR", 0, 6)])
    d4 = Document("d4", TEXT, [span("w", "ACTOR", 0, 6), span("w2", "FIGURE", 34, 37)])
    return VersionData.build("v2", [(d1, "train"), (d2, "test"), (d4, "train")])


def test_diff_versions_by_hand() -> None:
    result = diff_versions(version_a(), version_b())
    d = json.loads(json.dumps(result.to_dict()))
    assert d["documents"] == {"added": ["d4"], "removed": ["d3"], "text_changed": [], "spans_in_added": 2, "spans_in_removed": 1}
    assert d["spans"]["ACTOR"] == {"added": 1, "removed": 0, "changed": 1, "renamed": 0, "kinds": {"offsets": 0, "label": 0, "attributes": 1}}
    assert d["spans"]["QUOTE"] == {"added": 0, "removed": 0, "changed": 2, "renamed": 1, "kinds": {"offsets": 1, "label": 0, "attributes": 1}}
    assert d["spans"]["FIGURE"]["removed"] == 1
    assert d["spans"]["ALL"]["changed"] == 3
    assert d["relations"] == {"speaker": {"added": 1, "removed": 1}}
    assert d["split_changes"] == [{"doc_id": "d2", "before": "dev", "after": "test"}] and not d["splits_ok"]
    assert {(c["span_id"], tuple(c["kinds"])) for c in d["changes"]} == {
        ("s1", ("attributes",)), ("s2", ("offsets",)), ("s5", ("attributes",))
    }
    console = Console(record=True, width=120)
    console.print(result.render())
    assert "split changed for 1 documents" in console.export_text()


def test_identical_versions_and_label_change() -> None:
    same = diff_versions(version_a(), version_a())
    assert same.splits_ok and same.changes == [] and same.relations == {}
    b = version_a()
    b.documents["d2"].spans[0].label = "QUOTE"
    changed = diff_versions(version_a(), b)
    assert changed.spans["ACTOR"].kinds["label"] == 1 and changed.spans["ALL"].changed == 1


def _write(datasets: Path, data: VersionData) -> None:
    path = datasets / data.name
    path.mkdir(parents=True)
    docs = [{"doc_id": k, "title": "", "text": d.text, "split": data.splits[k]} for k, d in data.documents.items()]
    spans = [
        {"doc_id": k, "span_id": s.id, "label": s.label, "start": s.start, "end": s.end, "text": s.text,
         "actor_type": s.attributes.get("actor_type"), "quote_type": s.attributes.get("quote_type"),
         "value": None if s.attributes.get("value") is None else float(s.attributes["value"])}
        for k, d in data.documents.items() for s in d.spans
    ]
    relations = [{"doc_id": k, "from_id": r.from_id, "to_id": r.to_id, "label": r.label} for k, d in data.documents.items() for r in d.relations]
    for name, rows in (("documents", docs), ("spans", spans), ("relations", relations)):
        pq.write_table(pa.Table.from_pylist(rows), path / f"{name}.parquet")


def test_diff_reads_versions_and_missing_version_is_one_line_error(tmp_path: Path) -> None:
    _write(tmp_path, version_a())
    _write(tmp_path, version_b())
    assert diff(tmp_path, "v1", "v2").to_dict() == diff_versions(version_a(), version_b()).to_dict()
    with pytest.raises(CurateError, match=r"^version v3 not found in "):
        diff(tmp_path, "v1", "v3")
    with pytest.raises(CurateError):
        diff(tmp_path, "v1", "../v2")
