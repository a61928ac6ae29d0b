"""The plan of an export's parts (curation/labelstudio/plan.py): pure, no server."""

from __future__ import annotations

import pytest

from curation.labelstudio.plan import FIRST_PART_TASKS, MIDDLE_PART_TASKS, SINGLE_PART_TASKS, TAIL_PART_TASKS, VIEW_TITLE, Part, part_sizes, plan_parts


@pytest.mark.parametrize("total", [1, SINGLE_PART_TASKS, SINGLE_PART_TASKS + 1, 1000, 1500, 1600, 2000, 2500, 8000, 100_000])
def test_part_sizes_add_up_small_first_even_middle_shrinking_tail(total: int) -> None:
    sizes = part_sizes(total)
    assert sum(sizes) == total
    if total <= SINGLE_PART_TASKS:
        assert sizes == [total]
        return
    assert sizes[0] == FIRST_PART_TASKS
    tail = sizes[-len(TAIL_PART_TASKS) :]
    if total >= FIRST_PART_TASKS + sum(TAIL_PART_TASKS) + MIDDLE_PART_TASKS:
        assert tuple(tail) == TAIL_PART_TASKS
        middle = sizes[1 : -len(TAIL_PART_TASKS)]
        assert middle and max(middle) <= MIDDLE_PART_TASKS and max(middle) - min(middle) <= 1
    else:  # a small project gets the small end of the tail
        assert all(size <= limit for size, limit in zip(reversed(sizes[1:]), reversed(TAIL_PART_TASKS)))
    assert sizes[-1] <= TAIL_PART_TASKS[-1] and sizes[1:] == sorted(sizes[1:], reverse=True)  # no small part amid larger ones


@pytest.mark.parametrize(("first", "last", "total"), [(1, 2000, 2000), (5001, 13000, 8000), (10, 90_000, 3000), (7, 7, 1)])
def test_plan_covers_every_id_once_and_ends_open(first: int, last: int, total: int) -> None:
    plan = plan_parts(first, last, total)
    assert plan[0].first_id == first and plan[-1].last_id is None
    for before, after in zip(plan, plan[1:]):
        assert before.last_id is not None and before.first_id <= before.last_id and after.first_id == before.last_id + 1
    assert len(plan) == len(part_sizes(total))


def test_dense_ids_give_parts_of_the_planned_sizes() -> None:
    plan = plan_parts(101, 2100, 2000)
    counts = [(p.last_id if p.last_id is not None else 2100) - p.first_id + 1 for p in plan]
    assert counts == part_sizes(2000)


def test_an_empty_project_is_one_open_part_and_filters_are_id_ranges() -> None:
    assert plan_parts(None, None, 0) == [Part(1, None)]
    (item,) = Part(3, 9).filters()["items"]
    assert item["filter"] == "filter:tasks:id" and item["operator"] == "in" and item["value"] == {"min": 3, "max": 9}
    assert Part(3, None).filters()["items"][0]["value"]["max"] >= 2**62
    assert Part(3, 9).view(7) == {"project": 7, "data": {"title": VIEW_TITLE, "filters": Part(3, 9).filters()}}
