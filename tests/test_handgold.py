"""The hand gold on WikiNews articles, every span valid against the label scheme and each file what its
build script writes: 20 dev articles, ACTOR and FIGURE (tests/gold/wikinews_dev20.jsonl, the unseen check,
built by tests/gold/build_wikinews_dev20.py), and 25 + 4 x 26 train articles, ACTOR only
(tests/gold/wikinews_train25.jsonl to wikinews_train29.jsonl, the ACTOR rules' development sets and, in
wikinews_train29.jsonl, a further unseen check; built by tests/gold/build_wikinews_train25.py to
build_wikinews_train29.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from curation.config import PACKAGE_ROOT
from curation.evaluate import load_gold
from curation.scheme import load_scheme
from conftest import WIKINEWS_DIR, in_ci

GOLD_DIR = Path(__file__).resolve().parent / "gold"


@dataclass(frozen=True)
class HandGold:
    name: str  # the JSONL file's stem; the builder is build_<name>.py
    source: str  # the WikiNews split the articles come from
    count: int
    labels: tuple[str, ...]

    @property
    def path(self) -> Path:
        return GOLD_DIR / f"{self.name}.jsonl"


GOLDS = [HandGold("wikinews_dev20", "dev", 20, ("ACTOR", "FIGURE")),
         HandGold("wikinews_train25", "train", 25, ("ACTOR",)),
         HandGold("wikinews_train26", "train", 26, ("ACTOR",)),
         HandGold("wikinews_train27", "train", 26, ("ACTOR",)),
         HandGold("wikinews_train28", "train", 26, ("ACTOR",)),
         HandGold("wikinews_train29", "train", 26, ("ACTOR",))]
by_name = pytest.mark.parametrize("gold", GOLDS, ids=[g.name for g in GOLDS])


def records(gold: HandGold) -> list[dict[str, Any]]:
    return [json.loads(line) for line in gold.path.read_text(encoding="utf-8").splitlines()]


@by_name
def test_gold_file_is_what_the_build_script_writes(gold: HandGold, monkeypatch: pytest.MonkeyPatch) -> None:
    if not (WIKINEWS_DIR / f"{gold.source}.jsonl").exists() and not in_ci():
        pytest.skip("WikiNews quotation dataset not available (under CI=true this fails instead)")
    monkeypatch.setenv("CURATE_WIKINEWS_DIR", str(WIKINEWS_DIR))
    builder = f"build_{gold.name}"
    spec = importlib.util.spec_from_file_location(builder, GOLD_DIR / f"{builder}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        assert gold.path.read_text(encoding="utf-8") == module.build(), f"run tests/gold/{builder}.py"
    finally:
        for name in (spec.name, "build_seeds_gold"):  # the builder imports its shared pieces from there
            sys.modules.pop(name, None)


@by_name
def test_every_slice_matches_and_every_attribute_is_valid(gold: HandGold) -> None:
    scheme = load_scheme(PACKAGE_ROOT / "label_config.xml")
    docs = records(gold)
    assert len(docs) == gold.count and len({d["doc_id"] for d in docs}) == gold.count
    for doc in docs:
        assert doc["labels"] == list(gold.labels) and doc["relations"] == []
        for span in doc["spans"]:
            where = (doc["doc_id"], span["id"])
            assert span["label"] in gold.labels, where
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


@by_name
def test_spans_of_one_label_never_overlap(gold: HandGold) -> None:
    for doc in records(gold):
        for label in gold.labels:
            spans = sorted((s["start"], s["end"]) for s in doc["spans"] if s["label"] == label)
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), (doc["doc_id"], label)


@by_name
def test_the_project_loads_it_as_gold(gold: HandGold) -> None:
    loaded = load_gold(gold.path)
    assert len(loaded.documents) == gold.count
    assert loaded.labels == gold.labels
    assert sum(len(d.spans) for d in loaded.documents) == sum(len(r["spans"]) for r in records(gold))
