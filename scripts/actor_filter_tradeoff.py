"""Measure a learned filter over the rules' ACTOR spans: what it gives on the scheme's ACTOR gold and what it
costs WikiNews speaker accuracy.

    .venv/bin/python scripts/actor_filter_tradeoff.py [--wikinews DIR]

The filter is a logistic regression over hashed features of each ACTOR the rules predict (the rule that made it,
its words, the words around it, whether it is a quote's speaker, how often the text repeats it), trained on the
scheme-following ACTOR gold in tests/gold (seeds, wikinews_train25-29): a rule ACTOR is positive when it overlaps a
gold ACTOR (one-to-one, as `curate evaluate` matches). It drops the ACTORs it finds less probable than a threshold,
and the speaker relations that pointed at them.

It prints
1. leave-one-set-out ACTOR overlap F1 on the six training sets (rules vs filtered);
2. trained on all six: ACTOR overlap F1 on the unseen tests/gold/wikinews_dev20.jsonl, and speaker accuracy (all
   types) on WikiNews dev ($CURATE_WIKINEWS_DIR, default ../shared/wikinews-quotes beside the checkout), each with
   the quote speakers dropped like any ACTOR and with every quote speaker kept.

This is an analysis, not a pipeline component: it shows why issue 10's two targets pull against each other (the
README, "Issue 10 figures"). The ACTORs it drops are mostly quote speakers such as "ein Sprecher" or "Experten",
which SCHEME.md does not make ACTORs and WikiNews marks as speakers.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from curation.document import Document, Prediction, Span  # noqa: E402
from curation.evaluate import GoldSet, load_gold, match_spans, score  # noqa: E402
from curation.preannotate import load_pipeline, predict  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
TRAIN_SETS = ("seeds", "wikinews_train25", "wikinews_train26", "wikinews_train27", "wikinews_train28",
              "wikinews_train29")
CHECK_SET = "wikinews_dev20"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
DIMENSIONS = 1 << 18
SEED, EPOCHS, LEARN_RATE, L2 = 0, 30, 0.2, 1e-3
_WORD = re.compile(r"\w+(?:-\w+)*|\S")


@dataclass
class Predicted:
    gold: GoldSet
    predictions: list[Prediction]


@dataclass
class Cases:
    """The rule ACTORs of a set: their span ids per document, hashed features and labels (1 = overlaps gold)."""

    ids: list[tuple[str, str]]  # (doc_id, span id)
    features: list[list[int]]
    labels: numpy.ndarray
    speakers: numpy.ndarray  # bool: the span is a quote's speaker


def _key(name: str) -> int:
    return zlib.crc32(name.encode()) % DIMENSIONS


def actor_features(text: str, span: Span, is_speaker: bool, in_quote: bool, repeats: int) -> list[int]:
    before = _WORD.findall(text[max(0, span.start - 60) : span.start])[-3:]
    after = _WORD.findall(text[span.end : span.end + 40])[:1]
    words = _WORD.findall(span.text) or [""]
    prev = before[-1].lower() if before else "^"
    lower = span.text[:1].islower()
    names = [f"rule={span.rule}", f"type={span.attributes.get('actor_type')}", f"n={min(len(words), 6)}",
             f"first={words[0].lower()}", f"last={words[-1].lower()}", f"suffix={words[-1][-3:].lower()}",
             f"lower={lower}", f"caps={span.text.isupper()}", f"digit={any(c.isdigit() for c in span.text)}",
             f"prev={prev}", f"prev2={' '.join(before[-2:]).lower()}", f"next={after[0].lower() if after else '$'}",
             f"speaker={is_speaker}", f"in_quote={in_quote}", f"repeats={min(repeats, 3)}",
             f"rule|speaker={span.rule}|{is_speaker}", f"rule|lower={span.rule}|{lower}",
             f"rule|prev={span.rule}|{prev}", "bias"]
    return [_key(name) for name in names]


def _actors(doc: Document) -> list[Span]:
    return sorted((s for s in doc.spans if s.label == "ACTOR"), key=lambda s: (s.start, s.end))


def cases(data: Predicted) -> Cases:
    ids, features, labels, speakers = [], [], [], []
    for gold_doc, pred in zip(data.gold.documents, data.predictions):
        pred_actors = _actors(pred)
        matched = set(match_spans(_actors(gold_doc), pred_actors, "overlap").values())
        quotes = [s for s in pred.spans if s.label == "QUOTE"]
        spoke = {r.to_id for r in pred.relations}
        repeats = Counter(s.text for s in pred_actors)
        for j, span in enumerate(pred_actors):
            in_quote = any(q.start <= span.start and span.end <= q.end for q in quotes)
            ids.append((pred.doc_id, span.id))
            features.append(actor_features(pred.text, span, span.id in spoke, in_quote, repeats[span.text]))
            labels.append(int(j in matched))
            speakers.append(span.id in spoke)
    return Cases(ids, features, numpy.asarray(labels), numpy.asarray(speakers, dtype=bool))


def fit(features: Sequence[list[int]], labels: numpy.ndarray) -> numpy.ndarray:
    """Logistic regression by seeded stochastic gradient descent on the hashed features."""
    weights = numpy.zeros(DIMENSIONS)
    rng = numpy.random.default_rng(SEED)
    for _ in range(EPOCHS):
        for i in rng.permutation(len(features)):
            keys = features[i]
            gradient = 1 / (1 + numpy.exp(-weights[keys].sum())) - labels[i]
            weights[keys] -= LEARN_RATE * (gradient + L2 * weights[keys])
    return weights


def probabilities(weights: numpy.ndarray, features: Sequence[list[int]]) -> numpy.ndarray:
    return numpy.asarray([1 / (1 + numpy.exp(-weights[keys].sum())) for keys in features])


def filtered(data: Predicted, dropped: set[tuple[str, str]]) -> list[Prediction]:
    """The predictions without the dropped ACTORs and the speaker relations to them."""
    gone: dict[str, set[str]] = {}
    for doc_id, sid in dropped:
        gone.setdefault(doc_id, set()).add(sid)
    out = []
    for pred in data.predictions:
        ids = gone.get(pred.doc_id, set())
        out.append(replace(pred, spans=[s for s in pred.spans if s.id not in ids],
                           relations=[r for r in pred.relations if r.to_id not in ids]))
    return out


def dropped_ids(found: Cases, p: numpy.ndarray, threshold: float, keep_speakers: bool) -> set[tuple[str, str]]:
    drop = (p < threshold) & ~(found.speakers & keep_speakers)
    return {found.ids[i] for i in numpy.flatnonzero(drop)}


def actor_f1(data: Predicted, predictions: list[Prediction]) -> str:
    result = score(data.gold.documents, predictions, ("ACTOR",), data.gold.coverage).by_label["ACTOR"]["overlap"]
    return f"{result.f1:.3f} (P {result.precision:.3f} R {result.recall:.3f})"


def speaker_accuracy(data: Predicted, predictions: list[Prediction]) -> str:
    accuracy = score(data.gold.documents, predictions, data.gold.labels, data.gold.coverage).speaker["all"].accuracy
    return f"{accuracy:.3f}"


def _row(name: str, baseline: str, cells: Sequence[str]) -> str:
    return f"  {name:26s} {baseline:24s} " + "  ".join(f"{c:24s}" for c in cells)


def report_cross_validation(sets: dict[str, Predicted], found: dict[str, Cases]) -> None:
    print("1. leave-one-set-out ACTOR overlap F1 (rules | filter at " + ", ".join(map(str, THRESHOLDS)) + ")")
    for held in TRAIN_SETS:
        train = [found[n] for n in TRAIN_SETS if n != held]
        weights = fit([f for c in train for f in c.features], numpy.concatenate([c.labels for c in train]))
        p = probabilities(weights, found[held].features)
        cells = [actor_f1(sets[held], filtered(sets[held], dropped_ids(found[held], p, t, False))) for t in THRESHOLDS]
        print(_row(held, actor_f1(sets[held], sets[held].predictions), cells))


def report_check(sets: dict[str, Predicted], found: dict[str, Cases], wikinews: Predicted) -> None:
    train = [found[n] for n in TRAIN_SETS]
    weights = fit([f for c in train for f in c.features], numpy.concatenate([c.labels for c in train]))
    check, speech = cases(sets[CHECK_SET]), cases(wikinews)
    p_check, p_speech = probabilities(weights, check.features), probabilities(weights, speech.features)
    print("2. trained on all six sets (rules | filter at " + ", ".join(map(str, THRESHOLDS)) + ")")
    for keep in (False, True):
        label = "speakers kept" if keep else "speakers dropped too"
        dev20 = [actor_f1(sets[CHECK_SET], filtered(sets[CHECK_SET], dropped_ids(check, p_check, t, keep)))
                 for t in THRESHOLDS]
        spoken = [speaker_accuracy(wikinews, filtered(wikinews, dropped_ids(speech, p_speech, t, keep)))
                  for t in THRESHOLDS]
        print(f" {label}:")
        print(_row(f"{CHECK_SET} ACTOR", actor_f1(sets[CHECK_SET], sets[CHECK_SET].predictions), dev20))
        print(_row("WikiNews dev speaker acc", speaker_accuracy(wikinews, wikinews.predictions), spoken))


def predicted(nlp: object, gold: GoldSet) -> Predicted:
    return Predicted(gold, list(predict(nlp, gold.articles())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("CURATE_WIKINEWS_DIR") or ROOT.parent / "shared" / "wikinews-quotes")
    parser.add_argument("--wikinews", type=Path, default=default, help="directory with WikiNews dev.jsonl")
    args = parser.parse_args()
    dev = args.wikinews / "dev.jsonl"
    if not dev.is_file():
        sys.exit(f"error: {dev} not found (give --wikinews DIR or set CURATE_WIKINEWS_DIR)")
    nlp = load_pipeline()
    sets = {name: predicted(nlp, load_gold(GOLD_DIR / f"{name}.jsonl")) for name in (*TRAIN_SETS, CHECK_SET)}
    found = {name: cases(sets[name]) for name in TRAIN_SETS}
    report_cross_validation(sets, found)
    report_check(sets, found, predicted(nlp, load_gold(dev, fmt="wikinews")))


if __name__ == "__main__":
    main()
