"""Push and export against a real Label Studio, side by side with what the server alone needs.

    python bench/labelstudio.py [--n 2000] [--wikinews ../shared/wikinews-quotes/train.jsonl] [--batch-size 500]
                                [--export-tasks 2000,8000] [--export-repeats 3] [--skip-export]

Starts a fresh embedded Label Studio in a temporary workspace (curation.labelstudio.server.start_server),
builds N WikiNews-sized articles from the WikiNews train split (repeated with a varying closing line, distinct
doc_ids), then runs the measured STEPS in order against that one server and prints every figure and the
RATIOS with their targets. Each step is a small function of the shared `Bench` state. The export section
fills a project with annotated tasks (the pushed articles' predictions, accepted) up to each of two sizes and
runs a raw snapshot download and `curate export` there alternately (--export-repeats times; medians), each in a
child process of its own, so that their times and peak RSS are theirs alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curation.config import Workspace  # noqa: E402
from curation.document import Article  # noqa: E402

DEFAULT_WIKINEWS = Path(os.environ.get("CURATE_WIKINEWS_DIR", ROOT.parent / "shared" / "wikinews-quotes")) / "train.jsonl"


@dataclass
class Bench:
    """State shared by the steps: the server, the workspace with the ingested articles, what steps produced."""

    workspace: Workspace
    client: Any  # label_studio_sdk.LabelStudio
    articles: list[Article]
    batch_size: int
    figures: dict[str, float] = field(default_factory=dict)  # step name -> seconds
    rss: dict[str, float] = field(default_factory=dict)  # step name -> peak RSS (MiB) of its own process (+ children)
    tasks: list[dict[str, Any]] = field(default_factory=list)  # the task payloads push would send
    projects: dict[str, int] = field(default_factory=dict)  # role -> project id


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Bench], None]  # timed as a whole


@dataclass(frozen=True)
class Ratio:
    label: str
    numerator: str
    denominators: tuple[str, ...]  # the largest of them (their sum when `summed`)
    target: float | None  # None: printed for context only
    summed: bool = False


def _project(bench: Bench, role: str) -> int:
    from curation.labelstudio.client import connect, ensure_project

    title = f"bench {role} {os.getpid()}"[:50]  # the export step finds its project by this title
    ref = ensure_project(connect(bench.workspace), bench.workspace, title)
    bench.projects[role] = ref.id
    return ref.id


def first_load(bench: Bench) -> None:
    """The first pipeline load of a process builds the rules' word tables (cached): every later step loads warm."""
    from curation.preannotate import load_pipeline

    load_pipeline()


def preannotate_alone(bench: Bench) -> None:
    """What push must at least compute: load the pipeline, predict, build and validate the task payloads."""
    from curation.labelstudio.tasks import prediction_payload, task_payload, validate_prediction_payload
    from curation.preannotate import load_pipeline, model_version, predict
    from curation.scheme import load_scheme

    scheme = load_scheme(bench.workspace.label_config_path)
    nlp = load_pipeline()
    version = model_version(nlp)
    tasks = []
    for article, prediction in zip(bench.articles, predict(nlp, bench.articles)):
        payload = prediction_payload(prediction, scheme, version)
        assert not validate_prediction_payload(payload, article.text, scheme)
        tasks.append(task_payload(article, None, scheme) | {"predictions": [payload]})
    bench.tasks = tasks


def raw_import(bench: Bench) -> None:
    """The identical tasks, json.dumps'ed and posted in the same batches: the server's own import time."""
    from curation.labelstudio.client import request_json

    pid = bench.projects["raw"]
    for i in range(0, len(bench.tasks), bench.batch_size):
        body = json.dumps(bench.tasks[i : i + bench.batch_size], ensure_ascii=False).encode("utf-8")
        request_json(bench.client, "POST", f"/api/projects/{pid}/import", body=body, timeout=600)


def push_all(bench: Bench) -> None:
    from curation.labelstudio.push import push

    report = push(bench.workspace, project_title=f"bench push {os.getpid()}"[:50], batch_size=bench.batch_size)
    assert report.created == len(bench.articles) and not report.failed, report.summary()
    bench.projects["push"] = report.project_id


def repush_nothing_new(bench: Bench) -> None:
    from curation.labelstudio.push import push

    report = push(bench.workspace, project_title=f"bench push {os.getpid()}"[:50], batch_size=bench.batch_size)
    assert report.created == 0 and report.skipped == len(bench.articles), report.summary()


def raw_listing(bench: Bench) -> None:
    """Every task of the pushed project, page by page (fields=task_only, as LABEL_STUDIO.md recommends)."""
    from curation.labelstudio.client import request_json

    pid, page, seen = bench.projects["push"], 1, 0
    while True:
        params = {"project": pid, "fields": "task_only", "page_size": 1000, "page": page}
        body = request_json(bench.client, "GET", "/api/tasks", params=params)
        seen += len(body["tasks"])
        if not body["tasks"] or seen >= body["total"]:
            break
        page += 1
    assert seen == len(bench.articles)


EXPORT_SIZES = (2000, 8000)  # tasks in the annotated project when export is measured (peak RSS must not grow)
EXPORT_REPEATS = 3

# Run in a child process so that its time and peak RSS are its own (imports included for both sides). Peak RSS
# is the process's VmHWM plus the largest VmHWM any of its own children reached (export's DocBin process),
# polled every 20 ms: an upper bound of what both held at once.
CHILD = """
import json, os, sys, threading, time
began = time.perf_counter()
kind, pid, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
peaks = {}

def hwm(path):
    try:
        return next(int(line.split()[1]) for line in open(path) if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return 0.0

def watch():
    me = os.getpid()
    while True:
        try:
            children = open(f"/proc/{me}/task/{me}/children").read().split()
        except OSError:
            children = []
        for child in children:
            peaks[child] = max(peaks.get(child, 0.0), hwm(f"/proc/{child}/status"))
        time.sleep(0.02)

threading.Thread(target=watch, daemon=True).start()
if kind == "snapshot":
    from curation.labelstudio.client import connect
    from curation.labelstudio.parts import download_snapshot
    from pathlib import Path
    download_snapshot(connect().client, pid, Path(target))
else:
    from curation.labelstudio.export import export
    export(version=target, project_title=sys.argv[4])
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over execve, so a child would report its parent's peak.
own, children = hwm("/proc/self/status"), max(peaks.values(), default=0.0)
print(json.dumps({"seconds": time.perf_counter() - began, "rss_mib": own + children, "children_rss_mib": children}))
"""


def _child(bench: Bench, *args: str) -> float:
    """Run CHILD with `args`; its peak RSS (MiB, its children included)."""
    import subprocess

    env = {**os.environ, "CURATE_HOME": str(bench.workspace.root), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])["rss_mib"]


def annotate_to(size: int) -> Callable[[Bench], None]:
    """Fill the "export" project up to `size` tasks, each with a completed annotation (the prediction, accepted)."""

    def run(bench: Bench) -> None:
        from curation.labelstudio.client import request_json

        pid = bench.projects.get("export") or _project(bench, "export")
        have = int(bench.figures.get("_export_tasks", 0))
        for i in range(have, size, bench.batch_size):
            batch = [_annotated(bench.tasks[k % len(bench.tasks)], k) for k in range(i, min(size, i + bench.batch_size))]
            body = json.dumps(batch, ensure_ascii=False).encode("utf-8")
            request_json(bench.client, "POST", f"/api/projects/{pid}/import", body=body, timeout=600)
        bench.figures["_export_tasks"] = size

    return run


def _annotated(task: dict[str, Any], k: int) -> dict[str, Any]:
    data = {**task["data"], "doc_id": f"{task['data']['doc_id']}-{k}"}
    return {"data": data, "annotations": [{"result": task["predictions"][0]["result"], "lead_time": 30.0}]}


def raw_and_export(size: int, repeats: int) -> Callable[[Bench], None]:
    """A raw snapshot download and `curate export`, alternately `repeats` times (the server's speed drifts
    by ±10 % from one minute to the next on a shared machine): the figures are the medians, every run is
    printed, the peak RSS is the largest."""

    def run(bench: Bench) -> None:
        import shutil
        import statistics

        title = f"bench export {os.getpid()}"[:50]
        times: dict[str, list[float]] = {"raw snapshot": [], "export": []}
        peaks: dict[str, list[float]] = {"raw snapshot": [], "export": []}
        for _ in range(repeats):
            for kind, args in (("raw snapshot", ("snapshot", str(bench.projects["export"]), str(bench.workspace.root / "snapshot.json"))),
                               ("export", ("export", str(bench.projects["export"]), f"v{size}", title))):
                shutil.rmtree(bench.workspace.datasets_dir / f"v{size}", ignore_errors=True)  # the previous repeat's
                began = time.perf_counter()
                peaks[kind].append(_child(bench, *args))
                times[kind].append(time.perf_counter() - began)
        for kind, values in times.items():
            name = f"{kind} {size}"
            bench.figures[name] = statistics.median(values)
            bench.rss[name] = max(peaks[kind])
            runs = ", ".join(f"{v:.2f}" for v in values)
            print(f"{name:<28} {bench.figures[name]:8.2f} s   peak RSS {bench.rss[name]:7.0f} MiB   (median of {runs})", flush=True)

    return run


STEPS: list[Step] = [
    Step("pipeline first load", first_load),
    Step("pre-annotation alone", preannotate_alone),
    Step("raw import", raw_import),
    Step("push", push_all),
    Step("re-push, nothing new", repush_nothing_new),
    Step("raw listing", raw_listing),
]
RATIOS: list[Ratio] = [
    Ratio("push / max(pre-annotation alone, raw import)", "push", ("pre-annotation alone", "raw import"), 1.3),
    Ratio("re-push / raw listing", "re-push, nothing new", ("raw listing",), 1.5),
    # Below 1 only when pre-annotation and the server's import really run side by side (a free second core).
    Ratio("push / (pre-annotation alone + raw import)", "push", ("pre-annotation alone", "raw import"), None, True),
]
RSS_GROWTH_TARGET_MIB = 100.0


def export_section(sizes: tuple[int, int], repeats: int) -> tuple[list[Step], list[Ratio]]:
    """Export at two project sizes: its time beside a raw snapshot download, and its peak RSS."""
    steps = [
        step
        for size in sizes
        for step in (
            Step(f"annotated import to {size}", annotate_to(size)),
            Step(f"raw snapshot and export {size}", raw_and_export(size, repeats)),
        )
    ]
    ratios = [Ratio(f"export / raw snapshot at {size} tasks", f"export {size}", (f"raw snapshot {size}",), 1.2) for size in sizes]
    return steps, ratios


def build_corpus(workspace: Workspace, source: Path, n: int) -> list[Article]:
    """n raw articles from the WikiNews file (copy k > 0 ends with its own line), ingested like any corpus."""
    from curation.corpus import ingest, load_corpus

    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    workspace.raw_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        record = records[i % len(records)]
        copy = i // len(records)
        title = record["documentName"].split(" - ", 1)[-1]
        tail = f"\n\nNachtrag {copy}: Dieser Artikel wurde erneut veröffentlicht." if copy else ""
        text = f"{title}\n\n{record['originalText'].strip()}{tail}\n"
        (workspace.raw_dir / f"wn{i:06d}.txt").write_text(text, encoding="utf-8")
    report = ingest(workspace=workspace)
    assert not report.rejected, report.rejected[:3]
    return load_corpus(workspace)


def run(bench: Bench, export_sizes: tuple[int, int] | None = EXPORT_SIZES, export_repeats: int = EXPORT_REPEATS) -> None:
    """Every step and ratio; without `export_sizes` (--skip-export) only push, re-push and their references."""
    _project(bench, "raw")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start", flush=True)
    export_steps, export_ratios = export_section(export_sizes, export_repeats) if export_sizes else ([], [])
    for step in [*STEPS, *export_steps]:
        began = time.perf_counter()
        step.run(bench)
        bench.figures[step.name] = time.perf_counter() - began
        print(f"{step.name:<28} {bench.figures[step.name]:8.2f} s", flush=True)
    for ratio in [*RATIOS, *export_ratios]:
        parts = [bench.figures[d] for d in ratio.denominators]
        value = bench.figures[ratio.numerator] / (sum(parts) if ratio.summed else max(parts))
        if ratio.target is None:
            print(f"ratio {ratio.label}: {value:.2f} x")
        else:
            verdict = "met" if value <= ratio.target else "NOT met"
            print(f"ratio {ratio.label}: {value:.2f} x (target <= {ratio.target} x, {verdict})")
    if not export_sizes:
        return
    small, large = (f"export {size}" for size in export_sizes)
    growth = bench.rss[large] - bench.rss[small]
    verdict = "met" if growth <= RSS_GROWTH_TARGET_MIB else "NOT met"
    print(f"export peak RSS {bench.rss[small]:.0f} MiB at {export_sizes[0]} tasks, {bench.rss[large]:.0f} MiB at "
          f"{export_sizes[1]}: growth {growth:+.0f} MiB (target <= {RSS_GROWTH_TARGET_MIB:.0f} MiB, {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--wikinews", type=Path, default=DEFAULT_WIKINEWS, help="WikiNews quotation JSONL")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--export-tasks", default=",".join(map(str, EXPORT_SIZES)),
                        help="the two project sizes export is measured at (default 2000,8000)")
    parser.add_argument("--export-repeats", type=int, default=EXPORT_REPEATS,
                        help=f"raw snapshot and export alternately this many times at each size (default {EXPORT_REPEATS}; medians)")
    parser.add_argument("--skip-export", action="store_true", help="measure push and re-push only")
    args = parser.parse_args()
    small, large = (int(v) for v in args.export_tasks.split(","))
    export_sizes = None if args.skip_export else (small, large)

    from label_studio_sdk import LabelStudio

    from curation.labelstudio.server import free_port, load_credentials, server_paths, start_server, stop_server

    with tempfile.TemporaryDirectory(prefix="curate-bench-") as tmp:
        root = Path(tmp)
        for name in ("label_config.xml", "GUIDELINES.md"):
            if (ROOT / name).exists():
                (root / name).write_bytes((ROOT / name).read_bytes())
        workspace = Workspace(root)
        articles = build_corpus(workspace, args.wikinews, args.n)
        info = start_server(workspace, port=free_port(), timeout=600)
        try:
            creds = load_credentials(server_paths(workspace))
            assert creds is not None
            os.environ.update({"LABEL_STUDIO_URL": info.url, "LABEL_STUDIO_API_KEY": creds.token,
                               "CURATE_LOCK_DIR": str(root / "locks")})
            client = LabelStudio(base_url=info.url, api_key=creds.token, timeout=600)
            chars = sum(len(a.text) for a in articles)
            print(f"{len(articles)} articles, {chars / len(articles):,.0f} characters on average; Label Studio {info.url}")
            run(Bench(workspace=workspace, client=client, articles=articles, batch_size=args.batch_size), export_sizes, args.export_repeats)
        finally:
            stop_server(workspace)


if __name__ == "__main__":
    main()
