"""`curate export`, the Label Studio side: one export snapshot of the project, streamed to a file.

    export()  local checks -> connect -> project lock -> delete stale snapshots -> create, poll and
              download the snapshot into datasets/.tmp-snapshot-<pid>/ -> delete it on the server ->
              parse it incrementally (ijson) -> curation.gold.export_tasks (the pure part)
    project_agreement()  the same snapshot step -> curation.agreement.agreement (`curate agreement`)

The snapshot never sits in memory as a whole: the download is written chunk by chunk and the tasks
are parsed one at a time. The snapshot is deleted on the server as soon as it is downloaded, and in
any case on the way out (errors, Ctrl-C, SIGTERM). Under the project lock no other curate process
exports this project, so a "curate export" snapshot found there was left by a killed export and is
deleted as well.
"""

from __future__ import annotations

import signal
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import ijson
from label_studio_sdk.core.api_error import ApiError

from curation.agreement import AgreementReport
from curation.config import DEFAULT_PROJECT_TITLE, CurateError, Settings, Workspace
from curation.gold import (
    ExportReport,
    Policy,
    Provenance,
    TaskIntake,
    annotated_task,
    check_scheme,
    export_tasks,
    frozen_splits,
    os_error_text,
    resolve_version,
    safe_url,
    staging_dir,
)
from curation.labelstudio.client import Connection, api_error_text, connect, find_project
from curation.labelstudio.lock import project_lock
from curation.scheme import load_scheme

SNAPSHOT_TITLE = "curate export"
SNAPSHOT_SERIALIZATION = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}}
SNAPSHOT_TIMEOUT = 1800.0  # seconds; 5 000 tasks took 18 s here
POLL_SECONDS = 0.5
CHUNK_BYTES = 1 << 20


def export(
    version: str | None = None,
    workspace: Workspace | None = None,
    project_title: str | None = None,
    skip_invalid: bool = False,
    connection: Connection | None = None,
    require: str = "agreement",
    adjudicators: Sequence[str] | None = None,
) -> ExportReport:
    """Write datasets/<version>/ from the project's completed annotations (see curation.gold). `require`:
    any | agreement | adjudicated (curation.consensus); `adjudicators`: None = curate.json's."""
    began = time.monotonic()
    workspace = workspace or Workspace.current()
    Policy(require)  # a bad --require fails before any network work
    if adjudicators is None:
        adjudicators = Settings.load(workspace).adjudicators
    check_scheme(load_scheme(workspace.label_config_path))
    resolve_version(version, workspace.datasets_dir)  # a bad or existing version fails before any network work
    frozen_splits(workspace.datasets_dir)  # and so does an unreadable earlier version
    title = project_title or DEFAULT_PROJECT_TITLE
    with _sigterm_as_interrupt(), staging_dir(workspace.datasets_dir, "snapshot") as directory:
        with _snapshot_file(connection or connect(workspace), title, directory) as snapshot:
            provenance = Provenance(
                label_studio_url=snapshot.connection.url,
                project_id=int(snapshot.project.id),
                project_title=title,
                snapshot_id=snapshot.snapshot_id,
                project_label_config=snapshot.project.label_config,
            )
            with open(snapshot.path, "rb") as fh:
                return export_tasks(
                    snapshot_tasks(fh, int(snapshot.project.id)),
                    provenance,
                    version=version,
                    workspace=workspace,
                    skip_invalid=skip_invalid,
                    began=began,
                    require=require,
                    adjudicators=adjudicators,
                )


@dataclass
class Snapshot:
    """A project's export snapshot, downloaded to `path` (and already deleted on the server)."""

    connection: Connection
    project: Any
    snapshot_id: int
    path: Path


@contextmanager
def _snapshot_file(connection: Connection, title: str, directory: Path) -> Iterator[Snapshot]:
    """Under the project lock: the project's snapshot downloaded into `directory`. The lock is held
    for the whole block: do not take it again inside (an flock is per open file, not per process)."""
    with project_lock(connection.url, title):
        project = _project(connection, title)
        delete_stale_snapshots(connection.client, int(project.id))
        path = directory / "snapshot.json"
        snapshot_id = download_snapshot(connection.client, int(project.id), path)
        yield Snapshot(connection, project, snapshot_id, path)


@dataclass
class ProjectTasks:
    snapshot: Snapshot
    tasks: Iterator[tuple[Any, TaskIntake]]  # (raw snapshot task, converted), parsed from the file as it is read


@contextmanager
def project_tasks(
    workspace: Workspace | None = None, project_title: str | None = None, connection: Connection | None = None
) -> Iterator[ProjectTasks]:
    """Every task of the project as (raw snapshot JSON, curation.gold.TaskIntake whose .task is the
    AnnotatedTask with all usable annotations and predictions; None for unannotated tasks), streamed from
    one snapshot in a temporary directory. Holds the project lock for the block (agreement, adjudication
    and status read consistent data; do not push or export inside it)."""
    workspace = workspace or Workspace.current()
    scheme = load_scheme(workspace.label_config_path)
    title = project_title or DEFAULT_PROJECT_TITLE
    with _sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="curate-snapshot-") as tmp:
        with _snapshot_file(connection or connect(workspace), title, Path(tmp)) as snapshot:
            with open(snapshot.path, "rb") as fh:
                raw = snapshot_tasks(fh, int(snapshot.project.id))
                yield ProjectTasks(snapshot, ((task, annotated_task(task, scheme)) for task in raw))


def project_agreement(
    workspace: Workspace | None = None,
    project_title: str | None = None,
    adjudicators: Sequence[str] | None = None,
    gamma: bool = True,
    gamma_sample: int | None = None,
    connection: Connection | None = None,
) -> AgreementReport:
    """`curate agreement`: the figures of curation.agreement over the project's tasks, read from one
    snapshot. Only the tasks with several annotators are kept (annotations only, not their texts).
    `adjudicators`: None = curate.json's; gamma on every such task unless `gamma_sample` or not `gamma`."""
    from curation.agreement import agreement
    from curation.consensus import annotators_of
    from curation.document import AnnotatedTask

    workspace = workspace or Workspace.current()
    if adjudicators is None:
        adjudicators = Settings.load(workspace).adjudicators
    multi: list[AnnotatedTask] = []
    with project_tasks(workspace, project_title, connection) as project:
        for _, intake in project.tasks:
            task = intake.task
            if task is not None and len(annotators_of(task, adjudicators)) >= 2:
                multi.append(AnnotatedTask(task.task_id, task.doc_id, "", list(task.annotations)))
    return agreement(multi, adjudicators, gamma=gamma, gamma_sample=gamma_sample)


def _project(connection: Connection, title: str) -> Any:
    try:
        found = find_project(connection.client, title)
        project = connection.client.projects.get(id=found.id) if found is not None else None
    except ApiError as exc:
        raise CurateError(f"Label Studio at {safe_url(connection.url)}: cannot read project {title!r} ({api_error_text(exc)})") from None
    if project is None:
        raise CurateError(f"no project titled {title!r} in Label Studio at {safe_url(connection.url)}: run `curate push` first or pass --project")
    return project


def delete_stale_snapshots(client: Any, project_id: int) -> list[int]:
    """Delete the project's snapshots titled "curate export": call only under the project lock, where
    none of them can belong to a running export. Returns their ids."""
    try:
        stale = [int(s.id) for s in client.projects.exports.list(id=project_id) if s.title == SNAPSHOT_TITLE]
        for snapshot_id in stale:
            client.projects.exports.delete(id=project_id, export_pk=snapshot_id)
    except ApiError as exc:
        raise CurateError(f"cannot list or delete old export snapshots of project {project_id} ({api_error_text(exc)})") from None
    return stale


def download_snapshot(client: Any, project_id: int, path: Path, timeout: float = SNAPSHOT_TIMEOUT) -> int:
    """Create an export snapshot of every task, stream it into `path`, delete it on the server; its id."""
    try:
        snapshot = client.projects.exports.create(id=project_id, title=SNAPSHOT_TITLE, serialization_options=SNAPSHOT_SERIALIZATION)
    except ApiError as exc:
        raise CurateError(f"Label Studio refused the export snapshot of project {project_id} ({api_error_text(exc)})") from None
    try:
        _wait_until_built(client, project_id, int(snapshot.id), snapshot.status, timeout)
        chunks = client.projects.exports.download(
            id=project_id, export_pk=snapshot.id, request_options={"timeout": timeout, "chunk_size": CHUNK_BYTES}
        )
        with open(path, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
    except ApiError as exc:
        raise CurateError(f"cannot download the export snapshot of project {project_id} ({api_error_text(exc)})") from None
    except OSError as exc:
        raise CurateError(f"cannot store the export snapshot of project {project_id} ({os_error_text(exc)})") from None
    finally:
        _delete_snapshot(client, project_id, int(snapshot.id))
    return int(snapshot.id)


def _wait_until_built(client: Any, project_id: int, snapshot_id: int, status: Any, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while status not in ("completed", "failed"):
        if time.monotonic() > deadline:
            raise CurateError(f"the export snapshot {snapshot_id} of project {project_id} did not finish within {timeout:.0f} s")
        time.sleep(POLL_SECONDS)
        status = client.projects.exports.get(id=project_id, export_pk=snapshot_id).status
    if status == "failed":
        raise CurateError(f"Label Studio could not build the export snapshot of project {project_id} (status failed; see the server log)")


def _delete_snapshot(client: Any, project_id: int, snapshot_id: int) -> None:
    """Delete the snapshot; Ctrl-C and SIGTERM wait until the request is done (they arrive right after)."""
    with _signals_deferred():
        try:
            client.projects.exports.delete(id=project_id, export_pk=snapshot_id)
        except Exception:  # noqa: BLE001 - housekeeping on the way out must not hide the real error; the next export retries
            pass


@contextmanager
def _signals_deferred() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    blocked = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def snapshot_tasks(fh: IO[bytes], project_id: int | None = None) -> Iterator[Any]:
    """The tasks of a snapshot file (a JSON list), parsed one at a time."""
    where = f"the export snapshot of project {project_id}" if project_id is not None else "the export snapshot"
    head = fh.read(64).lstrip()
    if not head.startswith(b"["):
        raise CurateError(f"{where} is not a JSON list of tasks")
    fh.seek(0)
    try:
        yield from ijson.items(fh, "item", use_float=True)
    except ijson.JSONError as exc:
        raise CurateError(f"{where} is not valid JSON ({exc})") from None


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt for the block, so cleanup (the snapshot, temporary files) runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
