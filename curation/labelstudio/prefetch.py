"""The head start of `curate export`: its first part is built on the server while curate loads.

Loading the SDK, pyarrow and spaCy costs an export ~1.3 s of CPU before it can send its first request,
and the server would sit idle meanwhile. So `export()` first takes the project lock (when it is free at
once; else it waits for it later, after its local checks) and starts a thread that, over plain HTTP,
finds the project, plans the parts (curation.labelstudio.plan) and has the server build the first
part's snapshot in a temporary tab. The export then takes that part over (`PartDownloader(first=...)`)
when it reads the same project; in every other case (an error, another project) the tab and the
snapshot are deleted here and the export plans as if there had been no head start.

Only with a legacy token, the embedded server's kind: a personal access token must first be exchanged
by the SDK. Nothing here imports the SDK, pyarrow or spaCy.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx

from curation.config import CurateError, Workspace
from curation.labelstudio.endpoint import Endpoint, connection_headers, endpoint
from curation.labelstudio.lock import project_lock_if_free
from curation.labelstudio.plan import (
    SNAPSHOT_SERIALIZATION,
    SNAPSHOT_TIMEOUT,
    SNAPSHOT_TITLE,
    Part,
    first_task_of,
    first_task_params,
    plan_parts,
)


@dataclass(frozen=True)
class FirstPart:
    project_id: int
    id_range: tuple[int | None, int | None, int]  # first task id, last task id, tasks (as task_id_range)
    plan: list[Part]
    view_id: int  # the export's temporary tab, filtered to plan[0]
    snapshot_id: int  # plan[0]'s snapshot, built


class HeadStart:
    """A thread that builds the first part while the caller loads; `take` hands it over."""

    def __init__(self, server: Endpoint, title: str) -> None:
        self.server, self.title = server, title
        self._first: FirstPart | None = None
        self._created: list[str] = []  # API paths to DELETE unless the part is taken
        self._taken = False
        self._thread = threading.Thread(target=self._run, name="curate-export-head-start", daemon=True)

    def __enter__(self) -> HeadStart:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._thread.join()
        if not self._taken and self._created:
            with self._http() as http:
                for path in reversed(self._created):
                    try:
                        http.delete(path)
                    except httpx.HTTPError:  # the next export deletes what is left (stale tabs and snapshots)
                        pass

    def take(self, project_id: int) -> FirstPart | None:
        """The first part when it was built for this project (the caller then owns its tab and snapshot)."""
        self._thread.join()
        if self._first is None or self._first.project_id != project_id:
            return None
        self._taken = True
        return self._first

    def _http(self) -> httpx.Client:
        headers = {"Authorization": f"Token {self.server.key}", **connection_headers(self.server.url)}
        return httpx.Client(base_url=self.server.url, headers=headers, timeout=SNAPSHOT_TIMEOUT, follow_redirects=True)

    def _run(self) -> None:
        try:
            with self._http() as http:
                self._first = self._build(http)
        except Exception:  # noqa: BLE001 - no head start; the export meets the same problem itself and says what it is
            self._first = None

    def _build(self, http: httpx.Client) -> FirstPart | None:
        project_id = self._project_id(http)
        if project_id is None:
            return None
        first, total = _first_task(http, project_id, "tasks:id")
        last, _ = _first_task(http, project_id, "-tasks:id")
        plan = plan_parts(first, last, total)
        view = _json(http.post("/api/dm/views/", json=plan[0].view(project_id)))
        self._created.append(f"/api/dm/views/{view['id']}/")
        body = {"title": SNAPSHOT_TITLE, "task_filter_options": {"view": view["id"]}, "serialization_options": SNAPSHOT_SERIALIZATION}
        snapshot = _json(http.post(f"/api/projects/{project_id}/exports/", json=body))
        self._created.append(f"/api/projects/{project_id}/exports/{snapshot['id']}")
        if snapshot.get("status") != "completed":  # Label Studio 1.23 builds it within the request
            return None
        return FirstPart(project_id, (first, last, total), plan, int(view["id"]), int(snapshot["id"]))

    def _project_id(self, http: httpx.Client) -> int | None:
        """The id of the one project titled exactly `title` (None: none or several; the export says which)."""
        matches, page = [], 1
        while True:
            body = _json(http.get("/api/projects/", params={"title": self.title, "page_size": 100, "page": page}))
            matches += [int(p["id"]) for p in body["results"] if p["title"] == self.title]
            if not body.get("next"):
                return matches[0] if len(matches) == 1 else None
            page += 1


def _json(response: httpx.Response) -> Any:
    return response.raise_for_status().json()


def _first_task(http: httpx.Client, project_id: int, ordering: str) -> tuple[int | None, int]:
    """As curation.labelstudio.client.first_task: one listed task id in `ordering`, and the count."""
    return first_task_of(_json(http.get("/api/tasks", params=first_task_params(project_id, ordering=[ordering]))))


@contextmanager
def head_start(workspace: Workspace, title: str) -> Iterator[HeadStart | None]:
    """A running HeadStart under the project lock, or None when the server is unknown, takes a personal
    access token, or another curate process holds the lock right now."""
    try:
        server = endpoint(workspace)
    except CurateError:  # the export reports it, after its local checks
        server = None
    if server is None or not server.legacy_token:
        yield None
        return
    with project_lock_if_free(server.url, title) as locked:
        if not locked:
            yield None
            return
        with HeadStart(server, title) as early:
            yield early
