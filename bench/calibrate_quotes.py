"""Per-rule precision of the quote rules on WikiNews train: the figures behind quotes.SCORES.

    .venv/bin/python bench/calibrate_quotes.py [WIKINEWS_JSONL] [--limit N]

A rule's score is the mean of its overlap precision (is there a quote here?) and its exact precision (are the
offsets right?), each smoothed as (hits + 1) / (proposals + 2) so that a rule seen a few times does not get a
perfect score. Prints a table and the SCORES entries; compare them with curation/preannotate/quotes/text.py.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.preannotate import default_path  # noqa: E402
from curation.config import CurateError  # noqa: E402
from curation.document import Span  # noqa: E402
from curation.evaluate import load_gold, match_spans  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=None, help="WikiNews-format JSONL (default: train)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()

    from curation.preannotate import load_pipeline
    from curation.preannotate.quotes import SCORES

    try:
        gold = load_gold(args.path or default_path(), fmt="wikinews", limit=args.limit).documents
    except CurateError as exc:
        sys.exit(f"error: {exc}")
    nlp = load_pipeline(None)
    proposed, overlap, exact = Counter(), Counter(), Counter()
    for gold_doc, doc in zip(gold, nlp.pipe(d.text for d in gold)):
        rules = doc.user_data.get("curate_quote_rules", {})
        pred = sorted(doc.spans["QUOTE"], key=lambda s: (s.start_char, s.end_char))
        gold_quotes = sorted((s for s in gold_doc.spans if s.label == "QUOTE"), key=lambda s: (s.start, s.end))
        pred_spans = [_as_span(s) for s in pred]
        hit_overlap = set(match_spans(gold_quotes, pred_spans, "overlap").values())
        hit_exact = set(match_spans(gold_quotes, pred_spans, "exact").values())
        for j, span in enumerate(pred):
            rule = rules.get(f"{span.start_char}-{span.end_char}", "?")
            proposed[rule] += 1
            overlap[rule] += j in hit_overlap
            exact[rule] += j in hit_exact

    print(f"{'rule':28s} {'n':>5s} {'overlap P':>9s} {'exact P':>8s} {'score':>6s} {'shipped':>8s}")
    for rule in sorted(proposed, key=lambda r: -SCORES.get(r, 0)):
        n = proposed[rule]
        score = ((overlap[rule] + 1) / (n + 2) + (exact[rule] + 1) / (n + 2)) / 2
        print(f"{rule:28s} {n:5d} {overlap[rule] / n:9.2f} {exact[rule] / n:8.2f} {score:6.2f} "
              f"{SCORES.get(rule, float('nan')):8.2f}")


def _as_span(span) -> Span:  # a spaCy span as the evaluator's Span
    return Span(f"p-{span.start_char}-{span.end_char}", "QUOTE", span.start_char, span.end_char, span.text, {})


if __name__ == "__main__":
    main()
