"""Cost of `curate agreement` on simulated annotators: figures without gamma, pygamma's import, with gamma.

Each task is a gold document (default: the seed gold) annotated by two or three simulated annotators who
each drop 10 % of the spans and move 40 % of the starts by one character.

    python bench/agreement.py [GOLD_JSONL] [--tasks 50] [--seed 3]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curation.agreement import agreement  # noqa: E402
from curation.document import AnnotatedTask, Annotation, Document, Span  # noqa: E402


def simulated(doc: Document, who: str, number: int, rng: random.Random) -> Annotation:
    spans = []
    for s in doc.spans:
        if rng.random() < 0.1:
            continue
        start = max(0, s.start + rng.choice([0, 0, 0, 1, -1]))
        spans.append(Span(s.id, s.label, start, s.end, doc.text[start : s.end], dict(s.attributes)))
    kept = {s.id for s in spans}
    relations = [r for r in doc.relations if r.from_id in kept and r.to_id in kept]
    return Annotation(number, who, spans, relations)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", default=str(ROOT / "tests" / "gold" / "seeds.jsonl"))
    parser.add_argument("--tasks", type=int, default=50)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    docs = [Document.from_dict(json.loads(line)) for line in Path(args.gold).read_text("utf-8").splitlines() if line.strip()]
    rng = random.Random(args.seed)
    tasks = []
    for i in range(args.tasks):
        doc = docs[i % len(docs)]
        people = ("x", "y", "z")[: 2 + i % 2]
        annotations = [simulated(doc, who, i * 10 + k, rng) for k, who in enumerate(people)]
        tasks.append(AnnotatedTask(i, f"{doc.doc_id}-{i}", doc.text, annotations))
    spans = sum(len(a.spans) for t in tasks for a in t.annotations)
    print(f"{len(tasks)} tasks, {spans} spans ({spans / sum(len(t.annotations) for t in tasks):.0f} per annotation)")
    start = time.perf_counter()
    agreement(tasks, gamma=False)
    print(f"without gamma   {time.perf_counter() - start:8.1f} s")
    start = time.perf_counter()
    import pygamma_agreement  # noqa: F401

    print(f"pygamma import  {time.perf_counter() - start:8.1f} s")
    start = time.perf_counter()
    report = agreement(tasks)
    print(f"with gamma      {time.perf_counter() - start:8.1f} s   gamma={report.gamma:.3f}")


if __name__ == "__main__":
    main()
