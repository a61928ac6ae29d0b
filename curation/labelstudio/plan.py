"""Which parts an export reads (see curation.labelstudio.parts): pure, no I/O, no SDK, so that the
export's head start (curation.labelstudio.prefetch) can plan its first part before the heavy imports."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

SNAPSHOT_TITLE = "curate export"
VIEW_TITLE = "curate export (temporary)"  # the Data Manager tab a running export uses; deleted afterwards
SNAPSHOT_TIMEOUT = 1800.0  # seconds; 5 000 tasks took 18 s here
SNAPSHOT_SERIALIZATION = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}}

# Tasks per part. Each part costs the server 0.06-0.2 s beyond its tasks (more with more tasks in its
# database). The first part is what the export's head start has the server build while curate loads
# (~1.3 s, about 450 tasks' worth). Curate parses a task in about three quarters of the server's time to
# export it, so the tail shrinks part by part: each part is parsed while the next, smaller one is built,
# and little is left to parse after the last download. Three tail parts beat four and two (README).
SINGLE_PART_TASKS = 600
FIRST_PART_TASKS = 450
MIDDLE_PART_TASKS = 800
TAIL_PART_TASKS = (500, 300, 150)  # at most; filled from the end


@dataclass(frozen=True)
class Part:
    first_id: int
    last_id: int | None  # None: every task from first_id on

    def filters(self) -> dict[str, Any]:
        """The Data Manager filter of this id range."""
        bound = self.last_id if self.last_id is not None else 2**62
        return {"conjunction": "and", "items": [id_filter("in", {"min": self.first_id, "max": bound})]}

    def view(self, project_id: int) -> dict[str, Any]:
        """The body that creates (POST) or refilters (PATCH) the export's temporary tab to this id range."""
        return {"project": project_id, "data": {"title": VIEW_TITLE, "filters": self.filters()}}


def part_sizes(total: int) -> list[int]:
    """Expected tasks per part for a project of `total` tasks: the first part, even middle parts, the
    tail (TAIL_PART_TASKS filled from its small end, as far as the tasks go). After the first, no part is
    smaller than a later one: a remainder smaller than the part after it shares that part evenly."""
    if total <= SINGLE_PART_TASKS:
        return [max(total, 1)]
    rest, tail = total - FIRST_PART_TASKS, []
    for size in reversed(TAIL_PART_TASKS):
        if rest <= 0:
            break
        tail.insert(0, min(size, rest))
        rest -= tail[0]
    count = math.ceil(rest / MIDDLE_PART_TASKS)
    later = [*(rest // count + (1 if i < rest % count else 0) for i in range(count)), *tail]
    if len(later) > 1 and later[0] < later[1]:  # a remainder smaller than the part after it: share the two evenly
        pair = later[0] + later[1]
        later[:2] = [pair - pair // 2, pair // 2]
    return [FIRST_PART_TASKS, *later]


def plan_parts(first_id: int | None, last_id: int | None, total: int) -> list[Part]:
    """Id ranges covering first_id.. (the last open-ended), sized by `part_sizes` assuming the project's
    ids are spread evenly between first_id and last_id (a gap only makes a part smaller)."""
    if first_id is None or last_id is None or total <= 0:
        return [Part(1, None)]
    ids_per_task = (last_id - first_id + 1) / total
    parts, start, expected = [], first_id, 0
    for size in part_sizes(total)[:-1]:
        expected += size
        end = first_id + math.ceil(expected * ids_per_task) - 1
        if end >= start:
            parts.append(Part(start, end))
            start = end + 1
    return [*parts, Part(start, None)]


def id_filter(operator: str, value: Any) -> dict[str, Any]:
    """A Data Manager filter on the task id (`value` a number, or {"min", "max"} for operator "in")."""
    return {"filter": "filter:tasks:id", "operator": operator, "type": "Number", "value": value}


def task_query(filters: list[dict[str, Any]] | None = None, ordering: list[str] | None = None) -> dict[str, str]:
    """The `query` parameter of /api/tasks: the Data Manager filters (all must hold) and the ordering."""
    query: dict[str, Any] = {"filters": {"conjunction": "and", "items": filters or []}}
    if ordering:
        query["ordering"] = ordering
    return {"query": json.dumps(query)}


def first_task_params(project_id: int, filters: list[dict[str, Any]] | None = None, ordering: list[str] | None = None) -> dict[str, Any]:
    """/api/tasks parameters that list a single task: the server counts instead of serialising."""
    return {"project": project_id, "include": "id", "page_size": 1, "page": 1} | task_query(filters, ordering)


def first_task_of(body: dict[str, Any]) -> tuple[int | None, int]:
    """(the listed task's id or None, how many match) from the answer to `first_task_params`."""
    tasks = body.get("tasks") or []
    return (int(tasks[0]["id"]) if tasks else None), int(body.get("total") or 0)
