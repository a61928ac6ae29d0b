"""Progress of a project per task state, for `curate server status` (curation.consensus.progress_state):
unannotated / in progress (fewer annotators than the project's overlap) / complete / disputed / adjudicated.

Read from one export snapshot under the project lock, like agreement and adjudication. When another
curate process holds the lock (a push or export running), the counts are skipped rather than waited for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from filelock import FileLock, Timeout

from curation.consensus import PROGRESS_STATES, progress_state
from curation.config import Workspace
from curation.gold import TaskIntake
from curation.labelstudio.client import Connection
from curation.labelstudio.snapshots import project_tasks
from curation.labelstudio.lock import lock_path


def count_states(pairs: Iterable[tuple[Any, TaskIntake]], required: int, adjudicators: Sequence[str]) -> dict[str, int]:
    """Tasks per progress state (every state present, in PROGRESS_STATES order); a task whose data is
    unusable counts under its annotations' absence: unannotated."""
    counts = Counter(
        progress_state(intake.task, required, adjudicators) if intake.task is not None else "unannotated" for _, intake in pairs
    )
    return {state: counts.get(state, 0) for state in PROGRESS_STATES}


def lock_is_free(url: str, title: str) -> bool:
    """True when no other process holds the project lock right now (checked, then released at once)."""
    lock = FileLock(str(lock_path(url, title)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return False
    lock.release()
    return True


def project_progress(connection: Connection, workspace: Workspace, title: str, adjudicators: Sequence[str]) -> tuple[dict[str, int], int] | None:
    """(tasks per progress state, annotators required per task = maximum_annotations), or None while
    another curate process holds the project."""
    if not lock_is_free(connection.url, title):
        return None
    with project_tasks(workspace, title, connection) as tasks:
        required = max(1, int(tasks.snapshot.project.maximum_annotations or 1))
        return count_states(tasks.tasks, required, adjudicators), required
