"""Speed of the pre-annotator against bare spaCy tokenisation, on the same texts in the same run.

    .venv/bin/python bench/preannotate.py [WIKINEWS_JSONL] [--repeats N] [--limit N] [--model M] [--trained DIR]

Default texts: WikiNews train (700 articles), read from ../shared/wikinews-quotes/train.jsonl beside the
checkout (or $CURATE_WIKINEWS_DIR/train.jsonl). Both measurements run once to warm up, then `--repeats`
times alternately; the median wall time of each is reported. Target: pipeline / tokenisation <= 3x.

With ``--trained models/NAME`` (written by `curate train`) three more pipelines run on the same texts: the
trained components alone (models/NAME/trained), the combined pre-annotator (models/NAME) and, as the yardstick,
a plain spaCy NER pipeline with the same tok2vec (models/NAME with only tok2vec + ner). Targets: combined <= 1.5x
that plain NER pipeline; the rules alone <= 3x tokenisation.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from curation.config import CurateError  # noqa: E402
from curation.document import Article  # noqa: E402
from curation.evaluate import load_gold  # noqa: E402


def default_path() -> Path:
    base = os.environ.get("CURATE_WIKINEWS_DIR")
    return Path(base) / "train.jsonl" if base else ROOT.parent / "shared" / "wikinews-quotes" / "train.jsonl"


def load_articles(path: Path, limit: int | None) -> list[Article]:
    try:
        articles = load_gold(path, fmt="wikinews", limit=limit).articles()
    except CurateError as exc:
        sys.exit(f"error: {exc}")
    return articles


def timed(runs: list[Callable[[], int]], repeats: int) -> list[tuple[float, int]]:
    """Per run: median seconds over `repeats` timings after one warm-up, and the count it returns.
    The runs alternate within each repeat, so load from other processes hits them alike."""
    counts = [run() for run in runs]
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeats):
        for k, run in enumerate(runs):
            start = time.perf_counter()
            run()
            times[k].append(time.perf_counter() - start)
    return [(statistics.median(t), c) for t, c in zip(times, counts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=None, help="WikiNews-format JSONL (default: train)")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs after the warm-up (median reported)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--model", default=None, help="spaCy model name or path instead of the rules")
    parser.add_argument("--trained", type=Path, default=None,
                        help="models/NAME from `curate train`: also time trained, combined and plain NER")
    args = parser.parse_args()

    import spacy

    from curation.preannotate import load_pipeline, predict

    path = args.path or default_path()
    articles = load_articles(path, args.limit)
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)

    blank = spacy.blank("de")
    nlp = load_pipeline(args.model)

    def tokenise() -> int:
        return sum(len(doc) for doc in blank.pipe(texts, batch_size=32))

    def pipeline() -> int:
        return sum(len(p.spans) for p in predict(nlp, articles))

    if args.trained and not (args.trained / "trained").is_dir():
        sys.exit(f"error: {args.trained} is not a model written by `curate train` (no trained/ inside)")
    runs: list[Callable[[], int]] = [tokenise, pipeline]
    extra = trained_runs(args.trained, articles, texts) if args.trained else {}
    results = timed([*runs, *extra.values()], args.repeats)
    (tok_seconds, tokens), (pipe_seconds, spans) = results[:2]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes

    n = len(articles)
    print(f"texts: {path} ({n} articles, {chars:,} characters, {tokens:,} tokens)")
    print(
        f"model: {nlp.meta.get('curate', {}).get('model_version', nlp.meta.get('name'))} ({', '.join(nlp.pipe_names)})"
    )
    print(f"median of {args.repeats} runs after a warm-up run:")
    print(f"  spacy.blank('de') tokenisation: {n / tok_seconds:8.1f} docs/s  ({tok_seconds:.3f} s)")
    print(f"  pre-annotation pipeline:        {n / pipe_seconds:8.1f} docs/s  ({pipe_seconds:.3f} s, {spans:,} spans)")
    ratio = pipe_seconds / tok_seconds
    print(f"  ratio pipeline / tokenisation:  {ratio:8.2f}x  (target <= 3x: {'met' if ratio <= 3 else 'NOT met'})")
    if extra:
        seconds = {name: t for name, (t, _) in zip(extra, results[2:])}
        for name, t in seconds.items():
            print(f"  {name + ':':31s} {n / t:8.1f} docs/s  ({t:.3f} s; {t / tok_seconds:.2f}x tokenisation)")
        ratio = seconds["combined (rules + trained)"] / seconds["plain NER (same tok2vec)"]
        verdict = "met" if ratio <= 1.5 else "NOT met"
        print(f"  ratio combined / plain NER:     {ratio:8.2f}x  (target <= 1.5x: {verdict})")
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")


def trained_runs(model_dir: Path, articles: list[Article], texts: list[str]) -> dict[str, Callable[[], int]]:
    """Timed runs of a `curate train` model: trained components, combined pipeline, plain tok2vec + NER."""
    import spacy

    from curation.preannotate import load_pipeline, predict
    import curation.preannotate.model  # noqa: F401  (registers the trained components)

    trained = load_pipeline(str(model_dir / "trained"))
    combined = load_pipeline(str(model_dir))
    plain = spacy.load(model_dir, exclude=[name for name in combined.pipe_names if name not in ("tok2vec", "ner")])

    def run(nlp):  # noqa: ANN001, ANN202
        return lambda: sum(len(p.spans) for p in predict(nlp, articles))

    def run_plain() -> int:
        return sum(len(doc.ents) for doc in plain.pipe(texts, batch_size=128))

    return {"trained components": run(trained), "combined (rules + trained)": run(combined),
            "plain NER (same tok2vec)": run_plain}


if __name__ == "__main__":
    main()
