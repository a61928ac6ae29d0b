"""`curate audit`, `curate diff`, `curate agreement` and `curate export --require` as users run them:
tables on stdout, JSON on request, one-line errors with exit 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_gold import PROVENANCE, policy_tasks, standard_result, task, annotation

from curation import gold
from curation.config import Workspace

ROOT = Path(__file__).resolve().parent.parent


def curate(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_")}
    environ.update(CURATE_HOME=str(home), COLUMNS="200", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "curation.cli", *args], capture_output=True, text=True, env=environ, timeout=300, cwd=home)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    return lines[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A workspace with v1 (the policy tasks) and v2 (v1 plus a new article, one span edited)."""
    gold.export_tasks(policy_tasks(), PROVENANCE, version="v1", workspace=Workspace(tmp_path), gamma_sample=0)
    edited = standard_result()
    edited[3]["value"]["choices"] = ["indirect"]
    later = [*policy_tasks()[:1], task(2, [annotation(2, edited)]), task(6, [annotation(11, standard_result())])]
    gold.export_tasks(later, PROVENANCE, version="v2", workspace=Workspace(tmp_path), gamma_sample=0)
    return tmp_path


def test_audit_prints_the_manifest_figures_and_writes_json(home: Path) -> None:
    result = curate("audit", "v1", "--json", str(home / "audit.json"), home=home)
    assert result.returncode == 0, result.stderr
    assert "Regions per label" in result.stdout and "Speaker relations" in result.stdout
    assert "acceptance" in result.stdout and "0.667" in result.stdout
    manifest = json.loads((home / "datasets" / "v1" / "manifest.json").read_text(encoding="utf-8"))
    assert json.loads((home / "audit.json").read_text(encoding="utf-8")) == manifest["audit"]


def test_audit_of_a_missing_or_old_version_is_one_line(home: Path) -> None:
    assert "version v9 not found" in one_error_line(curate("audit", "v9", home=home))
    assert "invalid version" in one_error_line(curate("audit", "../v1", home=home))
    manifest_path = home / "datasets" / "v1" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["audit"]  # as written before the export recorded an audit
    manifest_path.chmod(0o644)
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert "v1 has no audit" in one_error_line(curate("audit", "v1", home=home))


def test_diff_prints_a_table_and_writes_json(home: Path) -> None:
    result = curate("diff", "v1", "v2", "--json", str(home / "diff.json"), home=home)
    assert result.returncode == 0, result.stderr
    assert "v1 → v2" in result.stdout and "splits: unchanged" in result.stdout
    data = json.loads((home / "diff.json").read_text(encoding="utf-8"))
    assert data["documents"]["added"] == ["doc6"] and data["documents"]["removed"] == ["doc5"]
    assert data["spans"]["QUOTE"]["changed"] == 1
    assert "version v7 not found" in one_error_line(curate("diff", "v1", "v7", home=home))


def test_export_rejects_an_unknown_require_before_any_network_work(home: Path) -> None:
    assert "unknown --require 'latest'" in one_error_line(curate("export", "--require", "latest", home=home))


def test_agreement_without_a_server_is_one_line(home: Path) -> None:
    result = curate("agreement", "--no-gamma", home=home)
    assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")]
