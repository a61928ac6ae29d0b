"""Cost of the agreement and audit figures in `curate export` on a synthetic snapshot.

Each task is a seed gold document (tests/gold/seeds.jsonl) with its spans as the prediction; one
annotator accepts it, drops 10 % of the spans and moves 30 % of the starts by one character. With
--multi F a share F of the tasks gets a second annotator (then gamma runs on a sample of at most 20).
Exports the same snapshot into temporary workspaces: with the figures, and with the per-task figure
step and the agreement replaced by no-ops (best CPU time of --repeats each); prints both times and the overhead.

    python bench/export_figures.py [--tasks 2000] [--multi 0.0] [--seed 3] [--repeats 2]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curation import gold  # noqa: E402
from curation.agreement import AgreementReport  # noqa: E402
from curation.config import Workspace  # noqa: E402
from curation.document import Document, Prediction, Span, sha256_text  # noqa: E402
from curation.labelstudio.tasks import prediction_result  # noqa: E402
from curation.scheme import load_scheme  # noqa: E402

SCHEME = load_scheme(ROOT / "label_config.xml")
PROVENANCE = gold.Provenance("http://127.0.0.1:8080", 1, "bench", [1])


def result_of(doc: Document, spans: list[Span]) -> list[dict[str, Any]]:
    kept = {s.id for s in spans}
    relations = [r for r in doc.relations if r.from_id in kept and r.to_id in kept]
    return prediction_result(Prediction(doc.doc_id, doc.text, spans, relations), SCHEME)


def corrected(doc: Document, rng: random.Random) -> list[Span]:
    out = []
    for s in doc.spans:
        if rng.random() < 0.1:
            continue
        start = s.start + 1 if rng.random() < 0.3 and s.end - s.start > 1 else s.start
        out.append(Span(s.id, s.label, start, s.end, doc.text[start : s.end], dict(s.attributes)))
    return out


def snapshot(docs: list[Document], tasks: int, multi: float, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for i in range(tasks):
        doc = docs[i % len(docs)]
        annotators = ["anna@example.org"] + (["bob@example.org"] if rng.random() < multi else [])
        annotations = [
            {"id": i * 10 + k, "completed_by": {"id": k, "email": who}, "result": result_of(doc, corrected(doc, rng)),
             "was_cancelled": False, "ground_truth": False, "updated_at": "2026-01-01T00:00:00Z", "parent_prediction": i}
            for k, who in enumerate(annotators)
        ]  # fmt: skip
        out.append({
            "id": i + 1,
            "data": {"text": doc.text, "doc_id": f"{doc.doc_id}-{i}", "text_sha256": sha256_text(doc.text)},
            "annotations": annotations,
            "predictions": [{"id": i, "model_version": "rules-1", "result": result_of(doc, doc.spans)}],
        })  # fmt: skip
    return out


def timed_export(tasks: list[dict[str, Any]], figures: bool) -> tuple[float, gold.ExportReport]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "label_config.xml").write_text(SCHEME.xml, encoding="utf-8")
        empty = AgreementReport(0, [], (), {}, {}, {}, None)
        patches = [] if figures else [
            mock.patch.object(gold.ExportFigures, "add", lambda self, task, decision: None),
            mock.patch.object(gold.ExportFigures, "agreement", lambda self, adjudicators, sample: empty),
        ]  # fmt: skip
        for p in patches:
            p.start()
        try:
            began = time.process_time()  # CPU time: the machine is shared, wall time is noise
            report = gold.export_tasks(iter(tasks), PROVENANCE, version="v1", workspace=Workspace(Path(tmp)))
            return time.process_time() - began, report
        finally:
            for p in patches:
                p.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--multi", type=float, default=0.0, help="share of tasks with a second annotator")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=2, help="best of N runs each (the machine is shared)")
    args = parser.parse_args()
    lines = (ROOT / "tests" / "gold" / "seeds.jsonl").read_text("utf-8").splitlines()
    docs = [Document.from_dict(json.loads(line)) for line in lines if line.strip()]
    tasks = snapshot(docs, args.tasks, args.multi, args.seed)
    without = min(timed_export(tasks, figures=False)[0] for _ in range(args.repeats))
    runs = [timed_export(tasks, figures=True) for _ in range(args.repeats)]
    with_figures, report = min(runs, key=lambda run: run[0])
    assert report.audit is not None and report.agreement is not None
    print(f"snapshot: {args.tasks} tasks, {report.spans} spans exported, {report.agreement.n_tasks} multi-annotated "
          f"(gamma on {report.agreement.gamma_tasks})")
    print(f"export without figures: {without:7.2f} s CPU")
    print(f"export with figures:    {with_figures:7.2f} s CPU")
    print(f"overhead:               {with_figures - without:7.2f} s ({(with_figures / without - 1) * 100:+.0f} %)")
    print(f"acceptance (ALL):       {report.audit.acceptance.get('ALL')}")


if __name__ == "__main__":
    main()
