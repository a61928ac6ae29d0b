"""Speed of `curate import` on the shared datasets, each import into a fresh temporary workspace.

    .venv/bin/python bench/importer.py [SHARED_DIR]

SHARED_DIR defaults to ../shared beside the checkout (or $CURATE_SHARED_DIR). Reading + writing per import,
wall time side by side with the documents per second. Target: GermEval (31 219 documents, 452 k tokens)
and WikiNews train + dev (850 articles) in seconds, not minutes.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from curation.config import CurateError, Workspace  # noqa: E402
from curation.importer import import_gold  # noqa: E402

RUNS = (("germeval2014", "conll"), ("germeval2014/NER-de-train.bio", "conll"), ("wikinews-quotes", "wikinews"), ("wikinews-quotes/train.jsonl", "wikinews"))


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CURATE_SHARED_DIR", ROOT.parent / "shared"))
    print(f"{'import':<34} {'format':<9} {'documents':>9} {'seconds':>8} {'docs/s':>8}")
    for relative, fmt in RUNS:
        with tempfile.TemporaryDirectory() as home:
            began = time.perf_counter()
            try:
                report = import_gold(shared / relative, fmt, workspace=Workspace(Path(home)))
            except CurateError as exc:
                sys.exit(f"error: {exc}")
            seconds = time.perf_counter() - began
        print(f"{relative:<34} {fmt:<9} {report.documents:>9} {seconds:>8.2f} {report.documents / seconds:>8.0f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
