"""Train the quote speaker ranker (curation/preannotate/data/speaker_model.json) on WikiNews train.

    .venv/bin/python bench/train_speaker.py [TRAIN_JSONL] [--l2 L2] [--out FILE] [--folds K]

Runs the default pipeline with the ranker off and candidate collection on (`QuoteComponent(collect=True)`),
matches its quotes to the gold quotes as `curate evaluate` does (one-to-one overlap matching), and labels each
candidate of a found quote (all quote types) with a gold speaker by the evaluator's own test
(`_speaker_right`: overlaps the gold speaker, or names an earlier gold speaker when the gold speaker is a
pronoun). A conditional logit (softmax over each quote's candidates, L2-regularised, full-batch Adam steps in
numpy) learns the weights on all quote types. K-fold cross-validation by article on train picks the L2
strength and the quote types the ranker is applied to: those where its held-out accuracy beats the rules'
choice; the other types keep the rules. Dev is never read here.
Default data: ../shared/wikinews-quotes/train.jsonl beside the checkout (or $CURATE_WIKINEWS_DIR).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from curation.document import Span  # noqa: E402
from curation.evaluate import _speaker_right, _speakers_of, is_pronoun_speaker, load_wikinews, match_spans  # noqa: E402
from curation.preannotate import load_pipeline  # noqa: E402
from curation.preannotate.quotes import QUOTE_TYPES, RULE_KEPT_PATHS, SPEAKER_FEATURES, SPEAKER_MODEL_FILE  # noqa: E402


@dataclass
class Group:
    """One found gold quote: its candidates' feature rows, which are right, which the rules chose."""

    doc: int
    x: np.ndarray
    y: np.ndarray
    rule: int | None
    info: dict = field(default_factory=dict)  # for error analysis: texts, offsets, rule path


def default_path() -> Path:
    base = os.environ.get("CURATE_WIKINEWS_DIR")
    return (Path(base) if base else ROOT.parent / "shared" / "wikinews-quotes") / "train.jsonl"


def collect(path: Path) -> tuple[list[Group], dict[str, int]]:
    gold_set = load_wikinews(path)
    nlp = load_pipeline()
    component = nlp.get_pipe("curate_quotes")
    component.speaker_model = None
    component.collect = True
    index = {name: i for i, name in enumerate(SPEAKER_FEATURES)}
    groups: list[Group] = []
    counts = {"found_quotes": 0, "no_candidates": 0, "no_right_candidate": 0}
    docs = gold_set.documents
    for d, (gold_doc, doc) in enumerate(zip(docs, nlp.pipe([g.text for g in docs], batch_size=32))):
        cands = doc.user_data["curate_speaker_candidates"]
        pred = sorted(doc.spans["QUOTE"], key=lambda s: (s.start_char, s.end_char))
        pred_spans = [Span(f"quote-{s.start_char}-{s.end_char}", "QUOTE", s.start_char, s.end_char, s.text,
                           dict(s._.attrs or {})) for s in pred]
        gold = sorted((s for s in gold_doc.spans if s.label == "QUOTE"), key=lambda s: (s.start, s.end))
        gold_speakers = _speakers_of(gold_doc)
        named = sorted({s.id: s for v in gold_speakers.values() for s in v if not is_pronoun_speaker(s)}.values(),
                       key=lambda s: s.start)
        rule_of = {(q.start_char, q.end_char): (a.start_char, a.end_char) for q, a in doc._.speakers or []}
        for gi, pi in match_spans(gold, pred_spans, "overlap").items():
            g, p = gold[gi], pred_spans[pi]
            if g.attributes.get("quote_type") not in QUOTE_TYPES or not gold_speakers.get(g.id):
                continue
            counts["found_quotes"] += 1
            rows = cands.get(f"{p.start}-{p.end}")
            if not rows:
                counts["no_candidates"] += 1
                continue
            x = np.zeros((len(rows), len(SPEAKER_FEATURES)))
            y = np.zeros(len(rows))
            rule = None
            for r, (start, end, text, feats) in enumerate(rows):
                for name, value in feats.items():
                    x[r, index[name]] = value
                cand = Span(f"actor-{start}-{end}", "ACTOR", start, end, text, {})
                y[r] = float(_speaker_right([cand], gold_speakers[g.id], named))
                if rule_of.get((p.start, p.end)) == (start, end):
                    rule = r
            if not y.any():
                counts["no_right_candidate"] += 1
            info = {"doc_id": gold_doc.doc_id, "quote": (p.start, p.end), "type": g.attributes.get("quote_type"),
                    "path": doc.user_data["curate_speaker_paths"].get(f"{p.start}-{p.end}"),
                    "gold": [(s.text, s.start, s.end) for s in gold_speakers[g.id]],
                    "cands": [(text, start, end) for start, end, text, _ in rows]}
            groups.append(Group(d, x, y, rule, info))
    return groups, counts


def fit(groups: list[Group], l2: float, steps: int = 1500, rate: float = 0.05) -> np.ndarray:
    """Conditional logit: maximise sum log softmax(score)[right candidates] - l2/2 |w|^2 (Adam steps)."""
    train = [g for g in groups if g.y.any() and len(g.y) > 1]
    x = np.vstack([g.x for g in train])
    y = np.concatenate([g.y / g.y.sum() for g in train])
    seg = np.concatenate([np.full(len(g.y), i) for i, g in enumerate(train)])
    n = len(train)
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        s = x @ w
        e = np.exp(s - s.max())
        z = np.bincount(seg, weights=e, minlength=n)
        prob = e / z[seg]
        grad = -(x.T @ (y - prob)) / n + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def right_count(groups: list[Group], w: np.ndarray | None) -> int:
    """Quotes whose chosen candidate is right (w None: the rules' choice). As in QuoteComponent, the ranker only
    re-ranks a speaker the rules proposed (no proposal stays no speaker), and not a pronoun's antecedent."""
    right = 0
    for g in groups:
        keep = w is None or g.rule is None or g.info["path"] in RULE_KEPT_PATHS
        pick = g.rule if keep else int(np.argmax(g.x @ w))
        right += int(pick is not None and bool(g.y[pick]))
    return right


def accuracy(groups: list[Group], w: np.ndarray | None) -> float:
    return right_count(groups, w) / max(1, len(groups))


def cross_validate(groups: list[Group], l2: float, folds: int) -> dict[str, int]:
    """Held-out right choices per quote type (and "all"), each fold trained on the other articles."""
    right = dict.fromkeys([*QUOTE_TYPES, "all"], 0)
    for k in range(folds):
        held = [g for g in groups if g.doc % folds == k]
        w = fit([g for g in groups if g.doc % folds != k], l2)
        for g in held:
            got = right_count([g], w)
            right[g.info["type"]] += got
            right["all"] += got
    return right


def by_type(groups: list[Group]) -> dict[str, list[Group]]:
    return {t: [g for g in groups if g.info["type"] == t] for t in QUOTE_TYPES} | {"all": groups}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", type=Path, default=default_path())
    parser.add_argument("--l2", type=float, nargs="+", default=[0.003, 0.01, 0.03],
                        help="L2 strengths; the best by cross-validation on train is kept")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=SPEAKER_MODEL_FILE)
    args = parser.parse_args(argv)
    groups, counts = collect(args.train)
    typed = by_type(groups)
    rules = {t: right_count(gs, None) for t, gs in typed.items()}
    cv = {l2: cross_validate(groups, l2, args.folds) for l2 in args.l2}
    best = max(cv, key=lambda l2: cv[l2]["all"])
    applied = [t for t in QUOTE_TYPES if cv[best][t] > rules[t]]
    w = fit(groups, best)
    model = {
        "description": "conditional-logit ranker of speaker candidates "
                       "(curation/preannotate/quotes.py: speaker_candidates, speaker_features); "
                       "applied to quote_types, the rules' speaker kept for the others",
        "quote_types": applied,
        "features": list(SPEAKER_FEATURES),
        "weights": [round(float(v), 5) for v in w],
        "training": {
            "data": f"WikiNews train ({args.train.name}), found gold quotes with a gold speaker, all quote types; "
                    "labels = the `curate evaluate` speaker test against the gold speaker",
            "data_sha256": hashlib.sha256(args.train.read_bytes()).hexdigest()[:16],
            **counts,
            "ranked_quotes": {t: len(gs) for t, gs in typed.items()},
            "l2": best,
            "cv_folds": args.folds,
            "right_rules": rules,
            "right_cv_model_by_l2": {str(k): v for k, v in cv.items()},
            "right_train_model": {t: right_count(gs, w) for t, gs in typed.items()},
            "script": "bench/train_speaker.py",
        },
    }
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(model["training"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
