"""The embedded Label Studio on a REAL PostgreSQL (the session fixture `postgres` in conftest.py).

A second Label Studio is started on that PostgreSQL with `start_server(..., database=URL)` and the loop runs
once through it: ingest the seeds, push with predictions (through the embedded connection), an annotator
signs up through the invite link and submits through the REST API, export v1, check the gold and that the
data really is in PostgreSQL. Then: the password is nowhere on disk or in argv, a restart without
--database uses the recorded database, and bad database URLs are one-line errors.
"""

from __future__ import annotations

import copy
import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from conftest import LabelStudioServer, PostgresServer, in_ci, make_workspace
from curation import gold
from curation.config import PACKAGE_ROOT, CurateError, Workspace
from curation.labelstudio.database import DatabaseUnreachable, PostgresDatabase, parse_database_url
from curation.labelstudio.export import export
from test_export_e2e import Annotator, Session, create_annotator, regions, relations_of, spans_of, without

pytestmark = [pytest.mark.labelstudio, pytest.mark.timeout(900)]

SERVER_START_TIMEOUT = 300  # the first start runs all migrations on PostgreSQL
ACCEPTED = ("000_d1500ec1f89033da", "003_2bb625ef10a0835c")  # predictions accepted unchanged
EDITED = "001_d45881a72d203c4c"  # the first ACTOR deleted
TITLE = "curate on PostgreSQL"


@dataclass
class Loop:
    server: LabelStudioServer
    postgres: PostgresServer
    workspace: Workspace
    project_id: int
    annotator: Annotator
    expected: dict[str, list[dict[str, Any]]]  # doc_id -> the submitted result
    texts: dict[str, str]
    v1: gold.ExportReport


def _require_label_studio() -> None:
    from curation.labelstudio.server import label_studio_executable

    try:
        label_studio_executable()
    except CurateError as exc:
        if in_ci():
            pytest.fail(f"a real Label Studio is needed: {exc} (CI=true: never skipped)", pytrace=False)
        pytest.skip(f"a real Label Studio is needed: {exc}")


def _start(workspace: Workspace, database: str | None = None) -> LabelStudioServer:
    from label_studio_sdk import LabelStudio

    from curation.labelstudio.server import free_port, load_credentials, server_paths, start_server

    info = start_server(workspace, port=free_port(), timeout=SERVER_START_TIMEOUT, database=database)
    creds = load_credentials(server_paths(workspace))
    assert creds is not None
    return LabelStudioServer(
        url=info.url, port=info.port, api_key=creds.token, email=creds.email, password=creds.password,
        workspace=workspace, data_dir=info.data_dir, log_file=info.log_file, pid=info.pid,
        startup_seconds=info.startup_seconds or 0.0,
        client=LabelStudio(base_url=info.url, api_key=creds.token, timeout=300),
    )  # fmt: skip


def _annotate(server: LabelStudioServer, project_id: int, texts: dict[str, str]) -> tuple[Annotator, dict[str, list]]:
    """One annotator accepts two tasks' predictions and deletes an actor in a third, as the UI would."""
    task_ids = {t.data["doc_id"]: t.id for t in server.client.tasks.list(project=project_id, fields="task_only")}
    assert set(task_ids) == set(texts)
    annotator = create_annotator(server, f"pg-{secrets.token_hex(3)}@example.org")
    session = Session(server, annotator)
    submitted: dict[str, list[dict[str, Any]]] = {}
    for doc_id in (*ACCEPTED, EDITED):
        task = session.task(task_ids[doc_id])
        (prediction,) = task["predictions"]
        result = copy.deepcopy(prediction["result"])
        assert regions(result, "ACTOR"), doc_id
        if doc_id == EDITED:
            result = without(result, {regions(result, "ACTOR")[0]["id"]})
        session.submit(task_ids[doc_id], project_id, result, int(prediction["id"]))
        submitted[doc_id] = result
    return annotator, submitted


@pytest.fixture(scope="module")
def loop(postgres: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loop]:
    from curation.corpus import ingest, load_corpus
    from curation.labelstudio import stop_server
    from curation.labelstudio.push import push

    _require_label_studio()
    root = tmp_path_factory.mktemp("pg-loop")
    workspace = make_workspace(root)
    with pytest.MonkeyPatch.context() as mp:
        for key in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY", "PGPASSWORD"):
            mp.delenv(key, raising=False)  # push must reach this workspace's server, the password come from the URL
        mp.setenv("CURATE_HOME", str(root))
        server = _start(workspace, database=postgres.url)
        try:
            assert not ingest(workspace=workspace).rejected
            texts = {a.doc_id: a.text for a in load_corpus(workspace)}
            pushed = push(workspace, project_title=TITLE)
            assert pushed.created == len(texts) == 5 and not pushed.invalid
            annotator, submitted = _annotate(server, pushed.project_id, texts)
            v1 = export(version="v1", workspace=workspace, project_title=TITLE)
            yield Loop(server, postgres, workspace, pushed.project_id, annotator, submitted, texts, v1)
        finally:
            stop_server(workspace)


def test_the_gold_set_is_exactly_what_the_annotator_submitted(loop: Loop) -> None:
    target = loop.workspace.datasets_dir / "v1"
    assert loop.v1.path == target and loop.v1.documents == 3 and not loop.v1.invalid
    documents = pq.read_table(target / "documents.parquet").to_pylist()
    assert sorted(d["doc_id"] for d in documents) == sorted(loop.expected)
    spans = pq.read_table(target / "spans.parquet").to_pylist()
    relations = pq.read_table(target / "relations.parquet").to_pylist()
    for doc_id, result in loop.expected.items():
        want = spans_of(result, loop.texts[doc_id])
        rows = [r for r in spans if r["doc_id"] == doc_id]
        assert {r["span_id"]: (r["label"], r["start"], r["end"]) for r in rows} == {
            sid: (label, start, end) for sid, (label, start, end, _) in want.items()
        }, doc_id
        assert {r["annotator"] for r in rows} == {loop.annotator.email}
        assert {r["origin"] for r in rows} == {"kept"}, doc_id  # a deletion leaves the rest kept
        got = {(r["from_id"], r["to_id"], r["label"]) for r in relations if r["doc_id"] == doc_id}
        assert got == relations_of(result), doc_id
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    provenance = manifest["label_studio"]
    assert (provenance["url"], provenance["project_id"]) == (loop.server.url, loop.project_id)


def test_label_studio_keeps_its_data_in_postgresql(loop: Loop) -> None:
    import psycopg

    from curation.labelstudio.server import server_paths

    with psycopg.connect(loop.postgres.url) as conn:
        tables = {row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert {"project", "task", "prediction", "task_completion", "django_migrations"} <= tables
        (tasks,) = conn.execute("SELECT count(*) FROM task WHERE project_id = %s", (loop.project_id,)).fetchone()
        (annotations,) = conn.execute(
            "SELECT count(*) FROM task_completion c JOIN task t ON t.id = c.task_id WHERE t.project_id = %s",
            (loop.project_id,),
        ).fetchone()
    assert (tasks, annotations) == (5, len(loop.expected))
    assert not server_paths(loop.workspace).database.exists(), "Label Studio wrote a SQLite database after all"


def test_status_shows_the_database_and_the_password_is_nowhere(loop: Loop) -> None:
    from curation.labelstudio.server import server_paths, server_status

    paths = server_paths(loop.workspace)
    pg = loop.postgres
    public = f"postgresql://{pg.user}@{pg.host}:{pg.port}/{pg.dbname}"
    status = server_status(loop.workspace)
    assert status.running and status.database == public
    assert f"database: {public}" in status.summary()
    (project,) = status.projects
    assert (project.tasks, project.annotations) == (5, len(loop.expected))
    assert json.loads(paths.state.read_text(encoding="utf-8"))["database"] == public
    assert json.loads(paths.database_record.read_text(encoding="utf-8")) == {"url": public}
    for path in (paths.state, paths.database_record, paths.log, paths.credentials):
        assert pg.password not in path.read_text(encoding="utf-8"), path
    cmdline = Path(f"/proc/{status.pid}/cmdline")
    if cmdline.exists():
        assert pg.password.encode() not in cmdline.read_bytes()

    cli = _curate("server", "status", home=loop.workspace.root)
    assert cli.returncode == 0, cli.stderr
    assert f"database: {public}" in cli.stdout and pg.password not in cli.stdout


def test_a_restart_without_database_uses_the_recorded_one(loop: Loop, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs after the checks above: it stops the loop's server and starts it again from the recorded URL."""
    from curation.labelstudio.server import start_server, stop_server

    with pytest.raises(CurateError, match="stop it first to change the database"):
        start_server(loop.workspace, database="sqlite")
    assert stop_server(loop.workspace)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("CURATE_HOME", str(loop.workspace.root))
    with pytest.raises(DatabaseUnreachable) as excinfo:  # the recorded URL has no password, and none is given
        start_server(loop.workspace)
    assert excinfo.value.exit_code == 2 and "\n" not in str(excinfo.value) and "PGPASSWORD" in str(excinfo.value)

    monkeypatch.setenv("PGPASSWORD", loop.postgres.password)  # libpq's own variable, as documented
    again = _start(loop.workspace)
    assert again.startup_seconds > 0
    projects = list(again.client.projects.list(include="id,title,task_number,total_annotations_number"))
    assert [(p.id, p.task_number, p.total_annotations_number) for p in projects] == [
        (loop.project_id, 5, len(loop.expected))
    ]


def _curate(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("CURATE_DATABASE_URL", "PGPASSWORD")}
    full = {**base, "PYTHONPATH": str(PACKAGE_ROOT), "CURATE_HOME": str(home), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "curation.cli", *args], capture_output=True, text=True, env=full, timeout=120
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    "url",
    ["postgresql://user@:5432/db", "postgresql://user@host/", "not a url", "postgresql://user@host:99999/db",
     "postgresql://user@host/db?sslmode=require", "postgresql://user:pw@host/a/b"],
)  # fmt: skip
def test_a_bad_database_url_is_one_line_exit_1(url: str, tmp_path: Path) -> None:
    from curation.labelstudio.server import start_server

    _require_label_studio()
    with pytest.raises(CurateError) as excinfo:
        start_server(Workspace(tmp_path), database=url)
    message = str(excinfo.value)
    assert excinfo.value.exit_code == 1 and "\n" not in message
    assert "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME" in message
    assert not (tmp_path / ".labelstudio" / "server.json").exists()


def test_the_cli_says_a_bad_database_url_in_one_line(tmp_path: Path) -> None:
    _require_label_studio()
    result = _curate("server", "start", "--database", "mysql://user:pw@db.example.org/labelstudio", home=tmp_path)
    assert result.returncode == 1
    line = _one_line(result)
    assert "'mysql'" in line and "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME" in line and ":pw@" not in line


def test_an_unreachable_database_is_one_line_exit_2_without_the_password(tmp_path: Path) -> None:
    from curation.labelstudio.server import free_port

    _require_label_studio()
    url = f"postgresql://someone:s3cret-pw@127.0.0.1:{free_port()}/labelstudio"
    result = _curate("server", "start", home=tmp_path, env={"CURATE_DATABASE_URL": url})
    assert result.returncode == 2
    line = _one_line(result)
    assert "127.0.0.1" in line and "s3cret-pw" not in line
    assert not (tmp_path / ".labelstudio" / "credentials.json").exists()  # nothing made for a database never reached


def test_database_urls_parse_into_what_label_studio_reads() -> None:
    db = parse_database_url("postgres://anna:p%40ss%2Fw@db.example.org/label%20studio")
    assert db == PostgresDatabase("db.example.org", 5432, "anna", dbname="label studio", password="p@ss/w")
    assert "p@ss" not in repr(db) and db.url == "postgresql://anna@db.example.org:5432/label%20studio"
    assert parse_database_url(db.url) == PostgresDatabase("db.example.org", 5432, "anna", "label studio")
    assert db.label_studio_env() == {
        "DJANGO_DB": "default", "POSTGRE_NAME": "label studio", "POSTGRE_USER": "anna", "POSTGRE_PASSWORD": "p@ss/w",
        "POSTGRE_HOST": "db.example.org", "POSTGRE_PORT": "5432",
    }  # fmt: skip
    no_password = parse_database_url("postgresql://anna@127.0.0.1:6543/ls")
    assert no_password is not None and no_password.port == 6543
    assert no_password.label_studio_env()["POSTGRE_PASSWORD"] == ""
    assert parse_database_url(" SQLite ") is None


def test_inherited_database_variables_never_redirect_a_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from curation.labelstudio.server import Credentials, ServerPaths, _server_env

    for key, value in {"DJANGO_DB": "default", "POSTGRE_HOST": "elsewhere", "LABEL_STUDIO_POSTGRE_NAME": "other",
                       "HEARTEX_DJANGO_DB": "default", "DATABASE_NAME": "/tmp/other.sqlite3"}.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    paths, creds = ServerPaths(tmp_path), Credentials("a@b.c", "pw", "t" * 40)
    sqlite = _server_env(paths, creds, None)
    assert sqlite["DJANGO_DB"] == "sqlite" and not [k for k in sqlite if "POSTGRE_" in k or k.endswith("DATABASE_NAME")]
    pg = parse_database_url("postgresql://anna:pw@db.example.org/ls")
    env = _server_env(paths, creds, pg)
    assert {k: v for k, v in env.items() if "POSTGRE_" in k or "DJANGO_DB" in k} == pg.label_studio_env()
