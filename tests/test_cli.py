"""The `curate` console script as users run it: one-line errors, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CURATE = Path(sys.executable).parent / "curate"


def curate(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_")}
    environ.update(CURATE_HOME=str(home), COLUMNS="200", **(env or {}))
    return subprocess.run([str(CURATE), *args], capture_output=True, text=True, env=environ, timeout=300, cwd=home)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "corpus" / "raw", tmp_path / "corpus" / "raw")
    return tmp_path


def test_help_lists_every_command(home: Path) -> None:
    result = curate("--help", home=home)
    assert result.returncode == 0
    for command in ("ingest", "push", "export", "evaluate", "server"):
        assert command in result.stdout


def test_ingest_reports_bad_files_by_name_and_keeps_the_good_ones(home: Path) -> None:
    (home / "corpus" / "raw" / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    result = curate("ingest", home=home)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "rejected broken.txt: binary file" in result.stderr
    records = (home / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == 5
    again = curate("ingest", home=home)
    assert again.returncode == 1 and "5 unchanged" in again.stdout


def test_push_without_a_server_is_one_line_exit_2(home: Path) -> None:
    assert curate("ingest", str(home / "corpus" / "raw" / "000_d1500ec1f89033da.txt"), home=home).returncode == 0
    embedded = curate("push", home=home)
    assert embedded.returncode == 2
    assert "curate server start" in one_error_line(embedded)
    remote = curate("push", home=home, env={"LABEL_STUDIO_URL": "http://127.0.0.1:9", "LABEL_STUDIO_API_KEY": "x" * 40})
    assert remote.returncode == 2
    assert "http://127.0.0.1:9" in one_error_line(remote)


def test_push_before_ingest_says_what_to_do(home: Path) -> None:
    result = curate("push", home=home, env={"LABEL_STUDIO_URL": "http://127.0.0.1:9", "LABEL_STUDIO_API_KEY": "x" * 40})
    assert result.returncode == 1
    assert "run `curate ingest` first" in one_error_line(result)


@pytest.mark.parametrize("version", ["../escape", "v0", "latest", "v1/../../x"])
def test_export_rejects_version_names_that_could_escape(home: Path, version: str) -> None:
    result = curate("export", "--version", version, home=home)
    assert result.returncode == 1
    assert "invalid version" in one_error_line(result)
    assert not (home / "datasets").exists() or not any((home / "datasets").iterdir())


def test_evaluate_missing_gold_is_one_line(home: Path) -> None:
    result = curate("evaluate", str(home / "nope.jsonl"), home=home)
    assert result.returncode == 1
    assert "gold not found" in one_error_line(result)


def test_server_status_when_not_running_exits_1(home: Path) -> None:
    result = curate("server", "status", home=home)
    assert result.returncode == 1
    assert "not running" in result.stdout + result.stderr


def test_evaluate_seed_gold_meets_the_actor_and_figure_targets(home: Path) -> None:
    """Issue targets on the project's own seed gold: ACTOR overlap F1 >= 0.85, FIGURE overlap F1 >= 0.90."""
    out = home / "figures.json"
    result = curate("evaluate", str(ROOT / "tests" / "gold" / "seeds.jsonl"), "--json", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "ACTOR" in result.stdout and "Speakers" in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["labels"]["ACTOR"]["overlap"]["f1"] >= 0.85
    assert figures["labels"]["FIGURE"]["overlap"]["f1"] >= 0.90
    assert figures["model_version"].startswith("curate-rules-")
