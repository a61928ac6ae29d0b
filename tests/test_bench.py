"""The scripts under bench/ run on a few WikiNews articles and print their figures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import WIKINEWS_DIR, in_ci

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not (WIKINEWS_DIR / "dev.jsonl").exists() and not in_ci(),
    reason="WikiNews quotation dataset not available (under CI=true this fails instead)",
)


def run(script: str, *args: str, timeout: float = 300) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_speed_benchmark_prints_both_rates_and_the_ratio():
    out = run("preannotate.py", str(WIKINEWS_DIR / "dev.jsonl"), "--limit", "10", "--repeats", "1")
    assert "(10 articles" in out
    assert "spacy.blank('de') tokenisation:" in out and "pre-annotation pipeline:" in out
    assert "ratio pipeline / tokenisation:" in out


def test_calibration_prints_each_rule_with_its_shipped_score():
    out = run("calibrate_quotes.py", str(WIKINEWS_DIR / "dev.jsonl"), "--limit", "20")
    lines = out.splitlines()
    assert lines[0].split() == ["rule", "n", "overlap", "P", "exact", "P", "score", "shipped"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:]}
    assert "direct_colon_cue" in rows
    assert all(0 < float(row[3]) <= 1 and 0 < float(row[4]) <= 1 for row in rows.values())


@pytest.mark.labelstudio
@pytest.mark.timeout(900)
def test_labelstudio_benchmark_prints_each_step_and_every_ratio():
    """Starts its own Label Studio (first start runs the migrations), pushes 12 articles, re-pushes, lists,
    then exports an annotated project of 12 and of 24 tasks beside raw snapshot downloads, twice each."""
    out = run("labelstudio.py", "--n", "12", "--batch-size", "5", "--wikinews", str(WIKINEWS_DIR / "train.jsonl"),
              "--export-tasks", "12,24", "--export-repeats", "2", timeout=800)
    assert out.startswith("12 articles")
    steps = [re.match(r"(.{28}) +([0-9.]+) s( +peak RSS +([0-9]+) MiB +\(median of [0-9.]+, [0-9.]+\))?$", line) for line in out.splitlines()[2:]]
    figures = {m.group(1).strip(): float(m.group(2)) for m in steps if m}
    rss = {m.group(1).strip(): float(m.group(4)) for m in steps if m and m.group(4)}
    assert set(figures) == {"pipeline first load", "pre-annotation alone", "raw import", "push", "re-push, nothing new",
                            "raw listing", "annotated import to 12", "raw snapshot and export 12", "raw snapshot 12", "export 12",
                            "annotated import to 24", "raw snapshot and export 24", "raw snapshot 24", "export 24"}
    assert all(seconds > 0 for seconds in figures.values())
    assert set(rss) == {"raw snapshot 12", "export 12", "raw snapshot 24", "export 24"} and min(rss.values()) > 50
    assert "ratio push / max(pre-annotation alone, raw import):" in out and "ratio re-push / raw listing:" in out
    assert "ratio export / raw snapshot at 12 tasks:" in out and "ratio export / raw snapshot at 24 tasks:" in out
    assert re.search(r"export peak RSS \d+ MiB at 12 tasks, \d+ MiB at 24: growth [+-]\d+ MiB", out)
