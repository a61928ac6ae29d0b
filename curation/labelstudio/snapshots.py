"""A project's tasks read from Label Studio's export snapshots, streamed to files.

    export_project()  (`curate export`, after its head start in curation.labelstudio.export) local checks
              -> connect -> project lock -> plan the parts (curation.labelstudio.parts) -> a thread creates,
              downloads and deletes each part's snapshot in datasets/.tmp-snapshot-<pid>/ (then the
              snapshots and tab a killed export left) while the tasks of the previous part are parsed
              (ijson) and handed to curation.gold.export_tasks (the pure part)
    project_tasks()   the same snapshot step for agreement, adjudication and status
    project_agreement()  -> curation.agreement.agreement (`curate agreement`)

No snapshot ever sits in memory as a whole: each download is written chunk by chunk and the tasks are
parsed one at a time. A snapshot is deleted on the server as soon as it is downloaded, and in any case
on the way out (errors, Ctrl-C, SIGTERM). Under the project lock no other curate process exports this
project, so a "curate export" snapshot or tab found there was left by a killed export and is deleted.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
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
    resolve_version,
    safe_url,
    staging_dir,
)
from curation.labelstudio.client import Connection, api_error_text, connect, find_project
from curation.labelstudio.lock import project_lock
from curation.labelstudio.signals import sigterm_as_interrupt
from curation.labelstudio.parts import PartDownloader, task_id_range
from curation.labelstudio.plan import plan_parts
from curation.labelstudio.prefetch import HeadStart
from curation.scheme import load_scheme

DOCBIN_PROCESS_TASKS = 1000  # from this project size on the DocBins are written by a second process


def export_project(
    version: str | None,
    workspace: Workspace,
    title: str,
    skip_invalid: bool = False,
    connection: Connection | None = None,
    require: str = "agreement",
    adjudicators: Sequence[str] | None = None,
    began: float | None = None,
    early: HeadStart | None = None,
) -> ExportReport:
    """curation.labelstudio.export.export once loaded; `early`: its head start, whose lock is held."""
    began = time.monotonic() if began is None else began
    Policy(require)  # a bad --require fails before any network work of this process's own
    if adjudicators is None:
        adjudicators = Settings.load(workspace).adjudicators
    check_scheme(load_scheme(workspace.label_config_path))
    resolve_version(version, workspace.datasets_dir)  # a bad or existing version fails before connecting
    frozen_splits(workspace.datasets_dir)  # and so does an unreadable earlier version
    with staging_dir(workspace.datasets_dir, "snapshot") as directory:
        with _snapshot_file(connection or connect(workspace), title, directory, early) as snapshot:
            provenance = Provenance(
                label_studio_url=snapshot.connection.url,
                project_id=int(snapshot.project.id),
                project_title=title,
                snapshot_ids=snapshot.snapshot_ids,  # filled as the parts arrive, complete when the manifest is written
                project_label_config=snapshot.project.label_config,
            )
            return export_tasks(
                snapshot.tasks(),
                provenance,
                version=version,
                workspace=workspace,
                skip_invalid=skip_invalid,
                began=began,
                require=require,
                adjudicators=adjudicators,
                docbin_process=snapshot.total_tasks >= DOCBIN_PROCESS_TASKS,
            )


@dataclass
class Snapshot:
    """A project read as export snapshots of consecutive task-id ranges (see `parts`)."""

    connection: Connection
    project: Any
    parts: Iterator[Path]  # each part's snapshot file, in task-id order, as it arrives (already deleted on the server)
    snapshot_ids: list[int]  # of the parts downloaded so far
    total_tasks: int  # in the project when the parts were planned

    def tasks(self) -> Iterator[Any]:
        """Every task, parsed one at a time from the part files (each deleted once read)."""
        for path in self.parts:
            with open(path, "rb") as fh:
                yield from snapshot_tasks(fh, int(self.project.id))
            path.unlink()


@contextmanager
def _snapshot_file(connection: Connection, title: str, directory: Path, early: HeadStart | None = None) -> Iterator[Snapshot]:
    """Under the project lock: the project's tasks in parts (see `curation.labelstudio.parts`), each
    snapshot built and downloaded by a thread while the caller parses the previous one, so the server's
    work and curate's overlap. The lock is held for the whole block: do not take it again inside (an flock
    is per open file, not per process). With a head start (`early`) its caller holds the lock already, and
    its first part and plan are used when it read this project."""
    held = early is not None and early.server.url == connection.url
    with nullcontext() if held else project_lock(connection.url, title):
        project = _project(connection, title)
        project_id = int(project.id)
        first = early.take(project_id) if early is not None and held else None
        first_id, last_id, total = first.id_range if first else task_id_range(connection.client, project_id)
        plan = first.plan if first else plan_parts(first_id, last_id, total)
        with PartDownloader(connection.client, project_id, plan, directory, first) as downloader:
            yield Snapshot(connection, project, downloader.paths(), downloader.snapshot_ids, total)


@dataclass
class ProjectTasks:
    snapshot: Snapshot
    tasks: Iterator[tuple[Any, TaskIntake]]  # (raw snapshot task, converted), parsed from the part files as they arrive


@contextmanager
def project_tasks(
    workspace: Workspace | None = None, project_title: str | None = None, connection: Connection | None = None
) -> Iterator[ProjectTasks]:
    """Every task of the project as (raw snapshot JSON, curation.gold.TaskIntake whose .task is the
    AnnotatedTask with all usable annotations and predictions; None for unannotated tasks), streamed from
    the snapshot parts in a temporary directory. Holds the project lock for the block (agreement, adjudication
    and status read consistent data; do not push or export inside it)."""
    workspace = workspace or Workspace.current()
    scheme = load_scheme(workspace.label_config_path)
    title = project_title or DEFAULT_PROJECT_TITLE
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory(prefix="curate-snapshot-") as tmp:
        with _snapshot_file(connection or connect(workspace), title, Path(tmp)) as snapshot:
            yield ProjectTasks(snapshot, ((task, annotated_task(task, scheme)) for task in snapshot.tasks()))


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
        project = find_project(connection.client, title)  # the listing carries label_config and task_number
    except ApiError as exc:
        raise CurateError(f"Label Studio at {safe_url(connection.url)}: cannot read project {title!r} ({api_error_text(exc)})") from None
    if project is None:
        raise CurateError(f"no project titled {title!r} in Label Studio at {safe_url(connection.url)}: run `curate push` first or pass --project")
    return project


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
