"""The embedded Label Studio: a background `label-studio start` bound to 127.0.0.1.

Everything lives in `<workspace>/.labelstudio/`:
  credentials.json  e-mail, random password and 40-character API token (mode 0600, made on first start)
  server.json       pid, port, URL and database (never a password) of the process this workspace started
  database.json     the PostgreSQL URL (without password) of the last `--database`: restarts use it
  server.log        the server's stdout/stderr
  data/             Label Studio's SQLite database (unless PostgreSQL is used) and media
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from curation.config import CurateError, Workspace
from curation.labelstudio.database import (
    LABEL_STUDIO_DB_ENV,
    PostgresDatabase,
    check_database,
    describe,
    parse_database_url,
)

DEFAULT_PORT = 8080
ADMIN_EMAIL = "admin@curate.local"
HOST = "127.0.0.1"
INSTALL_HINT = "install the server extra: pip install 'curation[server]'"

# Inherited variables that would redirect the server (database, data dir, user, port): we set our own.
_OVERRIDDEN_ENV = {"BASE_DATA_DIR", "USERNAME", "PASSWORD", "USER_TOKEN", "PORT", "HOST"} | LABEL_STUDIO_DB_ENV

# Popen objects of servers started by this process, so that stop_server can reap them (no zombies in pytest).
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class Credentials:
    email: str
    password: str
    token: str


@dataclass(frozen=True)
class ServerPaths:
    root: Path  # <workspace>/.labelstudio

    @property
    def credentials(self) -> Path:
        return self.root / "credentials.json"

    @property
    def state(self) -> Path:
        return self.root / "server.json"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def database(self) -> Path:
        return self.data / "label_studio.sqlite3"

    @property
    def database_record(self) -> Path:
        return self.root / "database.json"


@dataclass
class ServerInfo:
    url: str
    port: int
    pid: int
    email: str
    password: str
    data_dir: Path
    log_file: Path
    database: str = describe(None)  # the PostgreSQL URL without password, or SQLite
    already_running: bool = False
    startup_seconds: float | None = None

    def summary(self) -> str:
        head = "Label Studio is already running" if self.already_running else "Label Studio started"
        timing = f" in {self.startup_seconds:.0f} s" if self.startup_seconds is not None else ""
        return (
            f"{head}{timing} (pid {self.pid})\n"
            f"  URL:      {self.url}\n"
            f"  login:    {self.email}\n"
            f"  password: {self.password}\n"
            f"  database: {self.database}\n"
            f"  (credentials in {self.data_dir.parent / 'credentials.json'}, log in {self.log_file})"
        )


@dataclass(frozen=True)
class ProjectCounts:
    id: int
    title: str
    tasks: int
    annotations: int
    model_version: str | None = None
    progress: dict[str, int] | None = None  # tasks per progress state (curation.consensus.PROGRESS_STATES)
    required: int = 1  # annotators per task (the project's maximum_annotations)
    progress_note: str | None = None  # why progress is missing


@dataclass
class ServerStatus:
    running: bool
    url: str | None = None
    pid: int | None = None
    email: str | None = None
    password: str | None = None
    database: str | None = None
    projects: list[ProjectCounts] = field(default_factory=list)
    message: str | None = None

    def summary(self) -> str:
        if not self.running:
            return f"Label Studio is not running{': ' + self.message if self.message else ''}"
        lines = [
            f"Label Studio is running (pid {self.pid})",
            f"  URL:      {self.url}",
            f"  login:    {self.email}",
            f"  password: {self.password}",
            f"  database: {self.database}",
        ]
        if self.message:
            lines.append(f"  {self.message}")
        elif not self.projects:
            lines.append("  no projects yet (run `curate push`)")
        for p in self.projects:
            version = f", model_version {p.model_version}" if p.model_version else ""
            lines.append(f"  project {p.id} {p.title!r}: {p.tasks} tasks, {p.annotations} annotations{version}")
            if p.progress is not None:
                states = ", ".join(f"{state} {n}" for state, n in p.progress.items())
                lines.append(f"    {states} ({p.required} annotator(s) per task)")
            elif p.progress_note:
                lines.append(f"    progress: {p.progress_note}")
        return "\n".join(lines)


def server_paths(workspace: Workspace | None = None) -> ServerPaths:
    return ServerPaths((workspace or Workspace.current()).server_dir)


def label_studio_executable() -> Path:
    """The `label-studio` script of the environment curate runs in (not whatever is first on PATH)."""
    exe = Path(sys.executable).parent / "label-studio"
    if not exe.exists():
        raise CurateError(f"Label Studio is not installed in {Path(sys.executable).parent.parent}: {INSTALL_HINT}")
    return exe


def load_credentials(paths: ServerPaths) -> Credentials | None:
    try:
        data = json.loads(paths.credentials.read_text(encoding="utf-8"))
        return Credentials(email=data["email"], password=data["password"], token=data["token"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CurateError(f"unreadable {paths.credentials}: {exc}; remove {paths.root} to start afresh") from exc


def _create_credentials(paths: ServerPaths) -> Credentials:
    creds = Credentials(email=ADMIN_EMAIL, password=secrets.token_urlsafe(18), token=secrets.token_hex(20))
    _write_private(paths.credentials, json.dumps(creds.__dict__, indent=2) + "\n")
    return creds


def _write_private(path: Path, text: str) -> None:
    """Write atomically with mode 0600 from the start (no window where the secret is world-readable)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_state(paths: ServerPaths) -> dict | None:
    try:
        data = json.loads(paths.state.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) and "pid" in data and "port" in data else None
    except (OSError, ValueError):
        return None


def _cmdline(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        if Path("/proc/self").exists():
            return None  # Linux: the process is gone
        result = subprocess.run(["ps", "-p", str(pid), "-o", "command="], capture_output=True, text=True)
        return result.stdout.split() if result.returncode == 0 and result.stdout.strip() else None
    except OSError:
        return None
    return [part for part in raw.decode("utf-8", "replace").split("\0") if part] or None


def _is_our_server(pid: int, paths: ServerPaths) -> bool:
    """The pid is still the label-studio process started for this data dir (pids get reused)."""
    child = _CHILDREN.get(pid)
    if child is not None:
        # Started by this process: poll() is exact (and /proc/<pid>/cmdline is briefly empty right after exec).
        if child.poll() is None:
            return True
        _CHILDREN.pop(pid, None)
        return False
    args = _cmdline(pid)
    if not args:
        return False
    return any(Path(a).name == "label-studio" for a in args) and str(paths.data) in args


def _health(port: int, timeout: float = 2.0) -> bool:
    try:
        response = httpx.get(f"http://{HOST}:{port}/health", timeout=timeout)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def port_is_free(port: int) -> bool:
    """Nothing listens on the port and we could bind it (Label Studio would silently move to port+1)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        if probe.connect_ex((HOST, port)) == 0:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Django's runserver does
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _choose_port(port: int | None) -> int:
    if port is not None:
        if not 1 <= port <= 65535:
            raise CurateError(f"invalid port {port}")
        if not port_is_free(port):
            raise CurateError(f"port {port} on {HOST} is in use: choose another with --port")
        return port
    return DEFAULT_PORT if port_is_free(DEFAULT_PORT) else free_port()


def _server_env(paths: ServerPaths, creds: Credentials, database: PostgresDatabase | None) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LABEL_STUDIO_", "HEARTEX_")) and key not in _OVERRIDDEN_ENV
    }
    env.update(
        {
            "LABEL_STUDIO_BASE_DATA_DIR": str(paths.data),
            # Passed through the environment, not argv, so the password does not show in `ps`.
            "LABEL_STUDIO_USERNAME": creds.email,
            "LABEL_STUDIO_PASSWORD": creds.password,
            "LABEL_STUDIO_USER_TOKEN": creds.token,
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
            "COLLECT_ANALYTICS": "false",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(database.label_studio_env() if database is not None else {"DJANGO_DB": "sqlite"})
    return env


def _log_tail(paths: ServerPaths, lines: int = 3) -> str:
    try:
        tail = [line.strip() for line in paths.log.read_text(encoding="utf-8", errors="replace").splitlines()]
    except OSError:
        return ""
    tail = [line for line in tail if line][-lines:]
    return " | ".join(tail)


def _info(paths: ServerPaths, creds: Credentials, state: dict, already_running: bool) -> ServerInfo:
    return ServerInfo(
        url=state.get("url") or f"http://{HOST}:{state['port']}",
        port=int(state["port"]),
        pid=int(state["pid"]),
        email=creds.email,
        password=creds.password,
        data_dir=paths.data,
        log_file=paths.log,
        database=state.get("database") or describe(None),
        already_running=already_running,
    )


def _wait_healthy(proc_pid: int, port: int, paths: ServerPaths, deadline: float) -> None:
    while True:
        if not _is_our_server(proc_pid, paths):
            tail = _log_tail(paths)
            raise CurateError(
                f"Label Studio exited during start; see {paths.log}" + (f" (last lines: {tail})" if tail else "")
            )
        if _health(port):
            return
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.5)


def _recorded_database(paths: ServerPaths) -> str | None:
    try:
        data = json.loads(paths.database_record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise CurateError(f"unreadable {paths.database_record}: {exc}; give --database again") from None
    url = data.get("url") if isinstance(data, dict) else None
    if not isinstance(url, str):
        raise CurateError(f"{paths.database_record} holds no database URL; give --database again")
    return url


def _record_database(paths: ServerPaths, database: PostgresDatabase | None) -> None:
    """Remember the choice for restarts without --database (the URL never holds the password)."""
    if database is None:
        paths.database_record.unlink(missing_ok=True)
    else:
        _write_private(paths.database_record, json.dumps({"url": database.url}, indent=2) + "\n")


def _choose_database(paths: ServerPaths, database: str | None) -> PostgresDatabase | None:
    """--database (or CURATE_DATABASE_URL, read by the CLI), else the recorded one, else SQLite."""
    chosen = database if database is not None else _recorded_database(paths)
    return parse_database_url(chosen) if chosen is not None else None


def _reuse_running(
    paths: ServerPaths, state: dict, creds: Credentials | None, port: int | None, database: str | None, timeout: float
) -> ServerInfo:
    """The workspace's server is up: check it is the one asked for and answering."""
    if creds is None:
        raise CurateError(
            f"Label Studio (pid {state['pid']}) is running but {paths.credentials} is missing: "
            "stop it with `curate server stop`"
        )
    if port is not None and int(state["port"]) != port:
        raise CurateError(f"Label Studio is already running on port {state['port']}: stop it first to change the port")
    running_on = state.get("database") or describe(None)
    if database is not None and describe(parse_database_url(database)) != running_on:
        raise CurateError(f"Label Studio is already running on {running_on}: stop it first to change the database")
    try:
        _wait_healthy(int(state["pid"]), int(state["port"]), paths, time.monotonic() + timeout)
    except TimeoutError:
        raise CurateError(f"Label Studio (pid {state['pid']}) is running but not answering; see {paths.log}") from None
    return _info(paths, creds, state, already_running=True)


def _prepare_first_start(
    paths: ServerPaths, creds: Credentials | None, database: PostgresDatabase | None
) -> tuple[Credentials, bool]:
    """Credentials (made for a new database) and whether this start runs all migrations."""
    if database is not None:
        migrated = check_database(database)
        where = database.url
    else:
        migrated = paths.database.exists()
        where = str(paths.data)
    if creds is None:
        if migrated:
            # The admin's API token is only set when Label Studio creates the organisation.
            raise CurateError(
                f"{where} holds a Label Studio database but {paths.credentials} is missing: "
                f"use a fresh database, or remove {paths.root} to start afresh"
            )
        creds = _create_credentials(paths)
    return creds, not migrated


def _launch(
    exe: Path, paths: ServerPaths, creds: Credentials, database: PostgresDatabase | None, port: int
) -> subprocess.Popen[bytes]:
    """`label-studio start` in its own session, output appended to server.log."""
    args = [
        str(exe), "start", "--no-browser",
        "--internal-host", HOST, "--port", str(port),
        "--data-dir", str(paths.data),
        "--enable-legacy-api-token",  # only takes effect when the organisation is created (first start)
    ]  # fmt: skip
    with os.fdopen(os.open(paths.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab") as log:
        banner = f"starting Label Studio on {HOST}:{port} ({describe(database)}) at {time.ctime()}"
        log.write(f"\n=== curate: {banner} ===\n".encode())
        log.flush()
        try:
            return subprocess.Popen(
                args,
                cwd=paths.root,
                env=_server_env(paths, creds, database),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as exc:
            raise CurateError(f"cannot run {exe}: {exc.strerror}; {INSTALL_HINT}") from None


def start_server(
    workspace: Workspace | None = None, port: int | None = None, timeout: float = 180, database: str | None = None
) -> ServerInfo:
    """Start the embedded Label Studio in the background; return once GET /health answers.

    `database`: a PostgreSQL URL (see curation.labelstudio.database) or 'sqlite'; None means the one
    recorded by an earlier `--database`, else the embedded SQLite file."""
    paths = server_paths(workspace)
    exe = label_studio_executable()
    paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)

    state = _read_state(paths)
    creds = load_credentials(paths)
    if state and _is_our_server(int(state["pid"]), paths):
        return _reuse_running(paths, state, creds, port, database, timeout)
    paths.state.unlink(missing_ok=True)

    db = _choose_database(paths, database)
    chosen = _choose_port(port)
    creds, first_start = _prepare_first_start(paths, creds, db)

    began = time.monotonic()
    proc = _launch(exe, paths, creds, db, chosen)
    _CHILDREN[proc.pid] = proc
    state = {
        "pid": proc.pid,
        "port": chosen,
        "url": f"http://{HOST}:{chosen}",
        "data_dir": str(paths.data),
        "database": describe(db),
    }
    _write_private(paths.state, json.dumps(state, indent=2) + "\n")

    try:
        _wait_healthy(proc.pid, chosen, paths, began + timeout)
    except TimeoutError:
        _terminate(proc.pid, paths)
        paths.state.unlink(missing_ok=True)
        hint = " (the first start runs database migrations, about a minute)" if first_start else ""
        raise CurateError(
            f"Label Studio did not answer on {state['url']} within {timeout:.0f} s{hint}; see {paths.log}"
        ) from None
    except CurateError:
        paths.state.unlink(missing_ok=True)
        raise
    _record_database(paths, db)
    info = _info(paths, creds, state, already_running=False)
    info.startup_seconds = time.monotonic() - began
    return info


def _terminate(pid: int, paths: ServerPaths, grace: float = 20.0) -> None:
    """SIGTERM the server (and its process group: it leads its own session), then SIGKILL after `grace` s."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        try:
            if os.getpgid(pid) == pid:
                os.killpg(pid, sig)
            else:
                os.kill(pid, sig)
        except ProcessLookupError:
            break
        if _wait_gone(pid, paths, wait):
            break
    child = _CHILDREN.pop(pid, None)
    if child is not None:
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass


def _wait_gone(pid: int, paths: ServerPaths, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _is_our_server(pid, paths):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def stop_server(workspace: Workspace | None = None) -> bool:
    """Stop the server this workspace started. False when none was running (a stale pid file is removed)."""
    paths = server_paths(workspace)
    state = _read_state(paths)
    if state is None:
        paths.state.unlink(missing_ok=True)
        return False
    pid = int(state["pid"])
    if not _is_our_server(pid, paths):
        paths.state.unlink(missing_ok=True)
        return False
    _terminate(pid, paths)
    paths.state.unlink(missing_ok=True)
    return True


def running_server(workspace: Workspace | None = None) -> tuple[str, Credentials] | None:
    """URL and credentials of this workspace's embedded server when its process is alive."""
    paths = server_paths(workspace)
    state = _read_state(paths)
    creds = load_credentials(paths)
    if state is None or creds is None or not _is_our_server(int(state["pid"]), paths):
        return None
    return state.get("url") or f"http://{HOST}:{state['port']}", creds


def server_status(workspace: Workspace | None = None) -> ServerStatus:
    """Is the embedded server running; its URL, login, and tasks/annotations per project (through the API)."""
    from label_studio_sdk import LabelStudio

    paths = server_paths(workspace)
    state = _read_state(paths)
    creds = load_credentials(paths)
    if state is None or creds is None or not _is_our_server(int(state["pid"]), paths):
        if state is not None:
            paths.state.unlink(missing_ok=True)
        return ServerStatus(running=False, message="start it with `curate server start`")
    url = state.get("url") or f"http://{HOST}:{state['port']}"
    status = ServerStatus(
        running=True,
        url=url,
        pid=int(state["pid"]),
        email=creds.email,
        password=creds.password,
        database=state.get("database") or describe(None),
    )
    if not _health(int(state["port"])):
        status.message = f"the process is alive but {url}/health does not answer yet (starting?); see {paths.log}"
        return status
    client = LabelStudio(base_url=url, api_key=creds.token, timeout=30)
    try:
        for project in client.projects.list(
            page_size=100, include="id,title,model_version,task_number,total_annotations_number"
        ):
            status.projects.append(
                ProjectCounts(
                    id=project.id,
                    title=project.title or "",
                    tasks=project.task_number or 0,
                    annotations=project.total_annotations_number or 0,
                    model_version=project.model_version or None,
                )
            )
    except Exception as exc:  # the SDK raises ApiError or httpx errors; status must still print
        status.message = f"could not list projects: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    status.projects = [_with_progress(p, client, url, workspace) for p in status.projects]
    return status


def _with_progress(project: ProjectCounts, client: Any, url: str, workspace: Workspace | None) -> ProjectCounts:
    """The project's counts with its tasks per progress state (read from an export snapshot)."""
    import dataclasses

    from curation.config import Settings
    from curation.labelstudio.client import Connection
    from curation.labelstudio.progress import project_progress

    workspace = workspace or Workspace.current()
    try:
        found = project_progress(Connection(client, url, "embedded"), workspace, project.title, Settings.load(workspace).adjudicators)
    except CurateError as exc:
        return dataclasses.replace(project, progress_note=str(exc))
    except httpx.HTTPError as exc:
        return dataclasses.replace(project, progress_note=f"cannot read its tasks ({type(exc).__name__})")
    if found is None:
        return dataclasses.replace(project, progress_note="another curate process (push or export) is working on it; try again later")
    return dataclasses.replace(project, progress=found[0], required=found[1])
