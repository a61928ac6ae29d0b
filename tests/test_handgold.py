"""The hand gold on 20 WikiNews dev articles (tests/gold/wikinews_dev20.jsonl): ACTOR and FIGURE only,
built by tests/gold/build_wikinews_dev20.py, every span valid against the label scheme."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from curation.config import PACKAGE_ROOT
from curation.evaluate import load_gold
from curation.scheme import load_scheme
from conftest import in_ci

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD = GOLD_DIR / "wikinews_dev20.jsonl"
ROOT = Path(__file__).resolve().parents[1]
WIKINEWS_DIR = Path(os.environ.get("CURATE_WIKINEWS_DIR", ROOT.parent / "shared" / "wikinews-quotes"))
LABELS = ["ACTOR", "FIGURE"]


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


@pytest.mark.skipif(
    not (WIKINEWS_DIR / "dev.jsonl").exists() and not in_ci(),
    reason="WikiNews quotation dataset not available (under CI=true this fails instead)",
)
def test_gold_file_is_what_the_build_script_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CURATE_WIKINEWS_DIR", str(WIKINEWS_DIR))
    spec = importlib.util.spec_from_file_location("build_wikinews_dev20", GOLD_DIR / "build_wikinews_dev20.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        assert GOLD.read_text(encoding="utf-8") == module.build(), "run tests/gold/build_wikinews_dev20.py"
    finally:
        for name in (spec.name, "build_seeds_gold"):  # the builder imports its shared pieces from there
            sys.modules.pop(name, None)


def test_every_slice_matches_and_every_attribute_is_valid() -> None:
    scheme = load_scheme(PACKAGE_ROOT / "label_config.xml")
    docs = records()
    assert len(docs) == 20 and len({d["doc_id"] for d in docs}) == 20
    for doc in docs:
        assert doc["labels"] == LABELS and doc["relations"] == []
        for span in doc["spans"]:
            where = (doc["doc_id"], span["id"])
            assert span["label"] in LABELS, where
            assert doc["text"][span["start"] : span["end"]] == span["text"] == span["text"].strip(), where
            attributes = {k: v for k, v in span.items() if k not in {"id", "label", "start", "end", "text"}}
            allowed = {a.name: a for a in scheme.attributes_for(span["label"])}
            assert set(attributes) <= set(allowed), where
            for name, value in attributes.items():
                assert allowed[name].check(value) is None, (*where, name, value)
            if span["label"] == "ACTOR":
                assert attributes.get("actor_type") in {"PERSON", "ORGANIZATION", "STATE"}, where
            else:
                assert attributes.get("unit") and attributes.get("qualifier"), where
                assert ("value" in attributes) == (attributes["qualifier"] != "vague"), where


def test_spans_of_one_label_never_overlap() -> None:
    for doc in records():
        for label in LABELS:
            spans = sorted((s["start"], s["end"]) for s in doc["spans"] if s["label"] == label)
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), (doc["doc_id"], label)


def test_the_project_loads_it_as_gold() -> None:
    gold = load_gold(GOLD)
    assert len(gold.documents) == 20
    assert sum(len(d.spans) for d in gold.documents) == sum(len(r["spans"]) for r in records())
