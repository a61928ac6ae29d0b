"""What the builders of the hand-annotated WikiNews golds share (build_wikinews_dev20.py,
build_wikinews_train25.py): the article selection, the JSONL records and the --check / write step.

The WikiNews directory is $CURATE_WIKINEWS_DIR, else ../shared/wikinews-quotes beside the repository.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from build_seeds_gold import ROOT, Ann, build_document, check_or_write

WIKINEWS_DIR = Path(os.environ.get("CURATE_WIKINEWS_DIR", ROOT.parent / "shared" / "wikinews-quotes"))
MIN_CHARS, MAX_CHARS = 800, 4000


def article_id(record: dict[str, Any]) -> int:
    return int(str(record["documentName"]).split(" - ", 1)[0])


def select(records: list[dict[str, Any]], every: int, count: int, start: int = 0) -> list[dict[str, Any]]:
    """The articles of MIN_CHARS to MAX_CHARS characters sorted by id, every `every`-th from the one at index
    `start`, the first `count`."""
    candidates = [r for r in sorted(records, key=article_id) if MIN_CHARS <= len(r["originalText"]) <= MAX_CHARS]
    return candidates[start::every][:count]


def build(split: str, docs: Mapping[str, list[Ann]], labels: list[str], every: int, count: int,
          start: int = 0) -> str:
    """The gold JSONL of the selected articles of `split` with their annotations `docs` (doc_id
    "wikinews-<split>-<id>"), covering `labels`."""
    path = WIKINEWS_DIR / f"{split}.jsonl"
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    lines = []
    for record in select(records, every, count, start):
        doc_id = f"wikinews-{split}-{article_id(record)}"
        doc = build_document(doc_id, record["originalText"], docs[doc_id])
        assert not doc.relations and all(s.label in labels for s in doc.spans), doc_id
        gold = doc.to_dict()
        lines.append(json.dumps({"doc_id": doc_id, "text": doc.text, "labels": labels, "spans": gold["spans"],
                                 "relations": gold["relations"]}, ensure_ascii=False))
    assert len(lines) == len(docs) == count
    return "\n".join(lines) + "\n"


def main(argv: list[str], out: Path, content: str, builder: str) -> int:
    """--check: exit 1 when `out` is not `content`; else write it and print its counts."""
    checked = check_or_write(out, content, argv, builder)
    if checked is not None:
        return checked
    counts: dict[str, int] = {}
    for line in content.splitlines():
        for span in json.loads(line)["spans"]:
            key = f"{span['label']}/{span['actor_type']}" if span["label"] == "ACTOR" else span["label"]
            counts[key] = counts.get(key, 0) + 1
    print(f"wrote {out}: {len(content.splitlines())} documents, {dict(sorted(counts.items()))}")
    return 0
