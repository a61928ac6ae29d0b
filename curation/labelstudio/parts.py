"""A project's tasks read as export snapshots of consecutive task-id ranges ("parts").

Label Studio builds an export snapshot in one synchronous request on one core; curate's own work on the
tasks (validation, audit, Parquet, DocBins) costs about as much again. Read as one snapshot the two run
one after the other; read in parts, a thread has the server build and download part k+1 while curate
parses part k, so they overlap. Each part is an ordinary snapshot restricted by a temporary Data Manager
tab ("view") whose filter is the part's id range: every task is read exactly once, as it was when its
part was built. The last part is open-ended, so tasks imported meanwhile are not lost.

    task_id_range()  the project's first and last task id and task count (two one-task listings)
    plan_parts()     (curation.labelstudio.plan, pure) id ranges: a small first part, even middle parts, a shrinking tail
    PartDownloader   the thread: per part, set the tab's filter, create, download and delete the snapshot
"""

from __future__ import annotations

import json
import queue
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from label_studio_sdk.core.api_error import ApiError

from curation.config import CurateError
from curation.gold import os_error_text
from curation.labelstudio.client import api_error_text, first_task, request_json
from curation.labelstudio.plan import SNAPSHOT_SERIALIZATION, SNAPSHOT_TIMEOUT, SNAPSHOT_TITLE, VIEW_TITLE, Part
from curation.labelstudio.prefetch import FirstPart
from curation.labelstudio.signals import signals_deferred

POLL_SECONDS = 0.5
CHUNK_BYTES = 1 << 20
QUEUED_PARTS = 2  # downloaded parts waiting on disk at most (the thread waits when curate falls behind)


def task_id_range(client: Any, project_id: int) -> tuple[int | None, int | None, int]:
    """(first task id, last task id, number of tasks) of the project."""
    try:
        first, total = first_task(client, project_id, ordering=["tasks:id"])
        last, _ = first_task(client, project_id, ordering=["-tasks:id"])
    except ApiError as exc:
        raise CurateError(f"cannot list the tasks of project {project_id} ({api_error_text(exc)})") from None
    return first, last, total


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


def delete_stale_views(client: Any, project_id: int, keep: int | None = None) -> list[int]:
    """Delete the project's tabs a killed export left (under the project lock, like the snapshots), all
    but `keep`."""
    try:
        views = request_json(client, "GET", "/api/dm/views/", params={"project": project_id})
        stale = [int(v["id"]) for v in views if (v.get("data") or {}).get("title") == VIEW_TITLE and v["id"] != keep]
        for view_id in stale:
            request_json(client, "DELETE", f"/api/dm/views/{view_id}/")
    except ApiError as exc:
        raise CurateError(f"cannot list or delete the temporary tabs of project {project_id} ({api_error_text(exc)})") from None
    return stale


def download_snapshot(
    client: Any, project_id: int, path: Path, timeout: float = SNAPSHOT_TIMEOUT, view_id: int | None = None
) -> int:
    """Create an export snapshot (of every task, or of a tab's tasks), stream it into `path`, delete it on
    the server; its id."""
    options = {"task_filter_options": {"view": view_id}} if view_id is not None else {}
    try:
        snapshot = client.projects.exports.create(
            id=project_id, title=SNAPSHOT_TITLE, serialization_options=SNAPSHOT_SERIALIZATION, **options
        )
    except ApiError as exc:
        raise CurateError(f"Label Studio refused the export snapshot of project {project_id} ({api_error_text(exc)})") from None
    fetch_snapshot(client, project_id, int(snapshot.id), snapshot.status, path, timeout)
    return int(snapshot.id)


def fetch_snapshot(client: Any, project_id: int, snapshot_id: int, status: Any, path: Path, timeout: float = SNAPSHOT_TIMEOUT) -> None:
    """Wait until the snapshot is built, stream it into `path`; it is deleted on the server in any case."""
    try:
        _wait_until_built(client, project_id, snapshot_id, status, timeout)
        chunks = client.projects.exports.download(
            id=project_id, export_pk=snapshot_id, request_options={"timeout": timeout, "chunk_size": CHUNK_BYTES}
        )
        with open(path, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
    except ApiError as exc:
        raise CurateError(f"cannot download the export snapshot of project {project_id} ({api_error_text(exc)})") from None
    except OSError as exc:
        raise CurateError(f"cannot store the export snapshot of project {project_id} ({os_error_text(exc)})") from None
    finally:
        _delete_snapshot(client, project_id, snapshot_id)


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
    with signals_deferred():
        try:
            client.projects.exports.delete(id=project_id, export_pk=snapshot_id)
        except Exception:  # noqa: BLE001 - housekeeping on the way out must not hide the real error; the next export retries
            pass


class PartDownloader:
    """A thread that builds and downloads the planned parts in order into `directory` while the caller
    reads them from `paths()`. On the way out (also on errors, Ctrl-C, SIGTERM) it stops after its
    current request, whose snapshot is deleted as always, and the temporary tab is deleted."""

    def __init__(self, client: Any, project_id: int, plan: list[Part], directory: Path, first: FirstPart | None = None) -> None:
        """`first`: the head start's first part (curation.labelstudio.prefetch), already built with its tab;
        `plan` is then the head start's plan."""
        self.client, self.project_id, self.plan, self.directory, self.first = client, project_id, plan, directory, first
        self.snapshot_ids: list[int] = []
        self._queue: queue.Queue[Path | BaseException | None] = queue.Queue(maxsize=QUEUED_PARTS)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="curate-export-parts", daemon=True)
        self._view_id: int | None = None

    def __enter__(self) -> PartDownloader:
        self._view_id = self.first.view_id if self.first else self._create_view()
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with signals_deferred():
            self._stop.set()
            if self._thread.is_alive():
                self._thread.join(SNAPSHOT_TIMEOUT)
            self._delete_view()

    def paths(self) -> Iterator[Path]:
        """Each part's file, in order, as soon as it is downloaded."""
        while (item := self._queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def _run(self) -> None:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            for index, part in enumerate(self.plan):
                if self._stop.is_set():
                    if index == 0 and self.first:
                        _delete_snapshot(self.client, self.project_id, self.first.snapshot_id)
                    return
                path = self.directory / f"part-{index:04d}.json"
                self.snapshot_ids.append(self._download(index, part, path))
                self._put(path)
            self._put(None)
            # What a killed export left, now that the server is idle (under the project lock none is running).
            delete_stale_snapshots(self.client, self.project_id)
            delete_stale_views(self.client, self.project_id, keep=self._view_id)
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread, which raises it
            self._put(exc)

    def _download(self, index: int, part: Part, path: Path) -> int:
        """Part `index` into `path` (the head start's first part is already built); its snapshot id."""
        if index == 0 and self.first:
            fetch_snapshot(self.client, self.project_id, self.first.snapshot_id, "completed", path)
            return self.first.snapshot_id
        if index:
            self._set_filter(part)
        return download_snapshot(self.client, self.project_id, path, view_id=self._view_id)

    def _put(self, item: Path | BaseException | None) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _view_body(self, part: Part) -> bytes:
        return json.dumps(part.view(self.project_id)).encode()

    def _create_view(self) -> int:
        try:
            view = request_json(self.client, "POST", "/api/dm/views/", body=self._view_body(self.plan[0]))
        except ApiError as exc:
            raise CurateError(f"cannot create a temporary tab in project {self.project_id} ({api_error_text(exc)})") from None
        return int(view["id"])

    def _set_filter(self, part: Part) -> None:
        try:
            request_json(self.client, "PATCH", f"/api/dm/views/{self._view_id}/", body=self._view_body(part))
        except ApiError as exc:
            raise CurateError(f"cannot filter the temporary tab of project {self.project_id} ({api_error_text(exc)})") from None

    def _delete_view(self) -> None:
        try:
            request_json(self.client, "DELETE", f"/api/dm/views/{self._view_id}/")
        except Exception:  # noqa: BLE001 - housekeeping on the way out; the next export deletes it
            pass
