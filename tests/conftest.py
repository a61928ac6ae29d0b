"""Shared fixtures. `label_studio` is ONE real Label Studio server for the whole test session.

It is started with curate's own `start_server` (temp data dir, free loopback port) and stopped with
`stop_server` at the end. Locally, without the `label-studio` package, tests that need it are skipped;
under CI (CI=true) they FAIL instead, so a broken install can never pass as green.

Use in tests:
    def test_something(ls_workspace):                  # a fresh workspace + unique project title,
        ingest(workspace=ls_workspace.workspace)        # env LABEL_STUDIO_URL/API_KEY point at the server
        push(ls_workspace.workspace, project_title=ls_workspace.project_title)
        client = ls_workspace.server.client             # SDK LabelStudio, admin token

`postgres` is ONE real PostgreSQL cluster for the session (Debian's binaries, `make postgresql`), skipped
locally without them and failing under CI:
    def test_on_postgresql(postgres):                   # postgres.url: postgresql://curate:PW@127.0.0.1:PORT/curate_test
        start_server(workspace, port=free_port(), database=postgres.url)
        url = postgres.create_database("another")       # a further empty database on the same cluster
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from curation.config import PACKAGE_ROOT, CurateError, Workspace

SEEDS_DIR = PACKAGE_ROOT / "corpus" / "raw"
# The shared WikiNews quotation dataset (read, never copied): $CURATE_WIKINEWS_DIR, else ../shared beside the checkout.
WIKINEWS_DIR = Path(os.environ.get("CURATE_WIKINEWS_DIR", PACKAGE_ROOT.parent / "shared" / "wikinews-quotes"))
SERVER_START_TIMEOUT = 300  # first start runs all migrations (~35-60 s on 2 cores), leave room on a busy CI box


def in_ci() -> bool:
    """The one rule of the suite: CI set and not 0/false/no. Under it no test skips."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@dataclass(frozen=True)
class LabelStudioServer:
    """The session's real Label Studio. `client` is an SDK LabelStudio authenticated as the admin."""

    url: str
    port: int
    api_key: str  # the admin's legacy API token (40 characters)
    email: str
    password: str
    workspace: Workspace  # the workspace whose .labelstudio/ holds the server (do not push into it)
    data_dir: Path
    log_file: Path
    pid: int
    startup_seconds: float
    client: object  # label_studio_sdk.LabelStudio (typed loosely so this module imports without the SDK)

    @property
    def username(self) -> str:
        return self.email

    def env(self) -> dict[str, str]:
        """What `connect()` reads: point curate at this server."""
        return {"LABEL_STUDIO_URL": self.url, "LABEL_STUDIO_API_KEY": self.api_key}


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabelStudioServer]:
    try:
        from label_studio_sdk import LabelStudio

        from curation.labelstudio.server import (
            free_port,
            label_studio_executable,
            load_credentials,
            server_paths,
            start_server,
            stop_server,
        )

        label_studio_executable()
    except (ImportError, CurateError) as exc:
        message = f"a real Label Studio is needed: {exc}"
        if in_ci():
            pytest.fail(f"{message} (CI=true: never skipped; install with pip install -e '.[dev]')", pytrace=False)
        pytest.skip(message)

    workspace = Workspace(tmp_path_factory.mktemp("labelstudio-server"))
    info = start_server(workspace, port=free_port(), timeout=SERVER_START_TIMEOUT)
    creds = load_credentials(server_paths(workspace))
    assert creds is not None
    server = LabelStudioServer(
        url=info.url,
        port=info.port,
        api_key=creds.token,
        email=creds.email,
        password=creds.password,
        workspace=workspace,
        data_dir=info.data_dir,
        log_file=info.log_file,
        pid=info.pid,
        startup_seconds=info.startup_seconds or 0.0,
        client=LabelStudio(base_url=info.url, api_key=creds.token, timeout=300),
    )
    try:
        yield server
    finally:
        stop_server(workspace)


@dataclass
class TestWorkspace:
    """A fresh curate workspace (label_config.xml, GUIDELINES.md when the project has one, corpus/raw
    with copies of the five seeds) and a project title no other test uses."""

    __test__ = False  # not a test class, despite the name

    root: Path
    workspace: Workspace
    project_title: str
    server: LabelStudioServer

    @property
    def raw_dir(self) -> Path:
        return self.workspace.raw_dir

    def project(self):  # -> the SDK Project, or None before the first push
        from curation.labelstudio.client import find_project

        found = find_project(self.server.client, self.project_title)
        return None if found is None else self.server.client.projects.get(id=found.id)


def make_workspace(root: Path, seeds: bool = True) -> Workspace:
    """label_config.xml + GUIDELINES.md (if present) + corpus/raw/ (seed copies) in `root`."""
    (root / "corpus" / "raw").mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGE_ROOT / "label_config.xml", root / "label_config.xml")
    if (PACKAGE_ROOT / "GUIDELINES.md").exists():
        shutil.copy(PACKAGE_ROOT / "GUIDELINES.md", root / "GUIDELINES.md")
    if seeds:
        for path in sorted(SEEDS_DIR.glob("*.txt")):
            shutil.copy(path, root / "corpus" / "raw" / path.name)
    return Workspace(root)


def unique_title(request: pytest.FixtureRequest) -> str:
    """At most 50 characters (Label Studio's limit), unique per call."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name.removeprefix("test_"))
    return f"t{uuid.uuid4().hex[:8]} {name}"[:50]


@pytest.fixture
def ls_workspace(
    label_studio: LabelStudioServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> TestWorkspace:
    """Function-scoped: a fresh workspace wired to the session server through LABEL_STUDIO_URL/API_KEY
    (and CURATE_HOME, for code that uses Workspace.current())."""
    root = tmp_path / "workspace"
    workspace = make_workspace(root)
    for key, value in label_studio.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("CURATE_HOME", str(root))
    return TestWorkspace(root=root, workspace=workspace, project_title=unique_title(request), server=label_studio)


# --------------------------------------------------------------------------- PostgreSQL

POSTGRES_USER = "curate"
POSTGRES_DB = "curate_test"


@dataclass(frozen=True)
class PostgresServer:
    """The session's throwaway PostgreSQL cluster (127.0.0.1, a free port, password authentication).
    `url` holds the password, as a user's CURATE_DATABASE_URL would."""

    url: str  # postgresql://curate:PASSWORD@127.0.0.1:PORT/curate_test
    host: str
    port: int
    user: str
    password: str
    dbname: str
    data_dir: Path
    log_file: Path

    def create_database(self, name: str) -> str:
        """A further, empty database on the same cluster; its URL."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url.rsplit("/", 1)[0] + "/" + name


def _postgres_bindir() -> Path | None:
    """Debian's /usr/lib/postgresql/<major>/bin (the newest), else initdb's directory on PATH."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_postgres_user() -> list[str]:
    """PostgreSQL refuses to run as root: then run its binaries as the `postgres` system user."""
    if os.geteuid() != 0:
        return []
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root, and no `postgres` user to run PostgreSQL as (make postgresql)", pytrace=False)
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL from the system's binaries (Debian's `postgresql`, see `make postgresql`) in a temp
    dir, stopped and removed at the end. Skipped locally without the binaries; under CI=true it fails."""
    import subprocess
    import tempfile

    bindir = _postgres_bindir()
    if bindir is None:
        message = "PostgreSQL server binaries (initdb, pg_ctl) not found"
        if in_ci():
            pytest.fail(f"{message} (CI=true: never skipped; `make postgresql` installs them)", pytrace=False)
        pytest.skip(message)
    from curation.labelstudio.server import free_port

    runner = _as_postgres_user()
    # Not under pytest's basetemp (or a private TMPDIR): that is 0700 root, the postgres user could not enter it.
    root = Path(tempfile.mkdtemp(prefix="curate-pg-", dir="/tmp" if runner else None))
    data, log, pwfile = root / "data", root / "postgres.log", root / "pwfile"
    password = uuid.uuid4().hex
    pwfile.write_text(password + "\n", encoding="utf-8")
    if runner:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
    port = free_port()

    def run(*args: str) -> None:
        result = subprocess.run([*runner, *args], capture_output=True, text=True, cwd=root, timeout=120)
        if result.returncode != 0:
            pytest.fail(f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-800:]}", pytrace=False)

    pg_ctl = str(bindir / "pg_ctl")
    server_options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off"
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", POSTGRES_USER, f"--pwfile={pwfile}",
            "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip
        run(pg_ctl, "-D", str(data), "-l", str(log), "-o", server_options, "-w", "-t", "120", "start")
        server = PostgresServer(
            url=f"postgresql://{POSTGRES_USER}:{password}@127.0.0.1:{port}/postgres",
            host="127.0.0.1",
            port=port,
            user=POSTGRES_USER,
            password=password,
            dbname=POSTGRES_DB,
            data_dir=data,
            log_file=log,
        )
        url = server.create_database(POSTGRES_DB)
        yield PostgresServer(**{**server.__dict__, "url": url})
    finally:
        if (data / "postmaster.pid").exists():
            run(pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)
