"""A sha256 over every prediction of the rule pipeline: the check that a refactor changed no prediction.

    .venv/bin/python bench/predictions_digest.py [JSONL ...] [--rules]

Default texts: WikiNews train + dev (../shared/wikinews-quotes beside the checkout, or $CURATE_WIKINEWS_DIR)
and tests/gold/seeds.jsonl. Hashed per article: doc_id, and per span label, offsets, attributes and score,
and the speaker relations; `--rules` adds each span's rule name. Prints one digest per file and the total.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from curation.evaluate import load_gold  # noqa: E402


def default_paths() -> list[Path]:
    base = os.environ.get("CURATE_WIKINEWS_DIR")
    wikinews = Path(base) if base else ROOT.parent / "shared" / "wikinews-quotes"
    return [wikinews / "train.jsonl", wikinews / "dev.jsonl", ROOT / "tests" / "gold" / "seeds.jsonl"]


def prediction_record(prediction, with_rules: bool) -> str:
    spans = [[s.id, s.label, s.start, s.end, s.attributes, s.score] + ([s.rule] if with_rules else [])
             for s in prediction.spans]
    relations = [[r.from_id, r.to_id, r.label] for r in prediction.relations]
    return json.dumps([prediction.doc_id, spans, relations], sort_keys=True, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="gold or WikiNews JSONL files")
    parser.add_argument("--rules", action="store_true", help="include each span's rule name")
    args = parser.parse_args()

    from curation.preannotate import load_pipeline, predict

    nlp = load_pipeline(None)
    total = hashlib.sha256()
    for path in args.paths or default_paths():
        articles = load_gold(path).articles()
        digest = hashlib.sha256()
        spans = 0
        for prediction in predict(nlp, articles):
            digest.update(prediction_record(prediction, args.rules).encode())
            spans += len(prediction.spans)
        total.update(digest.digest())
        print(f"{path.name}: {len(articles)} articles, {spans} spans, sha256 {digest.hexdigest()}")
    print(f"total: {total.hexdigest()}")


if __name__ == "__main__":
    main()
