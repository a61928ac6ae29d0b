"""The pure part of `curate adjudicate` (curation/labelstudio/adjudicate.py) on hand-made snapshot tasks;
the Label Studio side is tests/test_adjudication_e2e.py."""

from __future__ import annotations

from typing import Any

from curation.consensus import CONSENSUS_PREFIX
from curation.gold import annotated_task
from curation.labelstudio.adjudicate import Candidate, consensus_version, current_prediction, plan
from curation.scheme import load_scheme

TEXT = "Die Ministerin Anna Schmidt sagte: „Wir bauen.“ Der Verband schwieg."
ADJ = "adj@example.org"


def region(rid: str, label: str, fragment: str) -> dict[str, Any]:
    start = TEXT.index(fragment)
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": start + len(fragment), "text": fragment, "labels": [label]}}  # fmt: skip


def annotation(aid: int, email: str, *regions: dict[str, Any], star: bool = False) -> dict[str, Any]:
    return {"id": aid, "completed_by": {"email": email}, "result": list(regions), "ground_truth": star,
            "updated_at": f"2026-01-01T00:00:{aid:02d}Z", "was_cancelled": False}  # fmt: skip


def raw_task(tid: int, annotations: list[dict[str, Any]], predictions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": tid, "data": {"text": TEXT, "doc_id": f"d{tid}"}, "annotations": annotations, "predictions": predictions or []}


def prediction(pid: int, version: str, created: str = "2026-01-01T00:00:00Z") -> dict[str, Any]:
    return {"id": pid, "model_version": version, "created_at": created, "score": 0.5, "result": [region("p", "ACTOR", "Anna Schmidt")]}


ANNA, WIDE, VERBAND = region("a", "ACTOR", "Anna Schmidt"), region("w", "ACTOR", "Ministerin Anna Schmidt"), region("v", "ACTOR", "Verband")


def pairs(*raws: dict[str, Any]) -> list[tuple[dict[str, Any], Any]]:
    scheme = load_scheme()
    return [(raw, annotated_task(raw, scheme)) for raw in raws]


def test_plan_sorts_tasks_into_disputed_open_settled_and_waiting() -> None:
    tasks = pairs(
        raw_task(1, [annotation(1, "u1@x.org", ANNA), annotation(2, "u2@x.org", ANNA), annotation(3, "u3@x.org", WIDE)]),  # disputed
        raw_task(2, [annotation(4, "u1@x.org", ANNA), annotation(5, "u2@x.org", WIDE)], [prediction(20, "rules")]),  # 2 of 3: waits
        raw_task(3, [annotation(6, "u1@x.org", ANNA), annotation(7, "u2@x.org", WIDE), annotation(8, ADJ, ANNA)]),  # settled
        raw_task(4, [annotation(9, "u1@x.org", ANNA), annotation(10, "u2@x.org", WIDE), annotation(11, "u3@x.org", VERBAND, star=True)]),
        raw_task(5, [], [prediction(21, "rules")]),  # unannotated: open
        raw_task(6, [annotation(12, "u1@x.org", ANNA), annotation(13, "u2@x.org", ANNA), annotation(14, "u3@x.org", ANNA)]),  # complete
    )
    found = plan(tasks, required=3, adjudicators=[ADJ], project_version="rules")
    assert [c.task_id for c in found.disputed] == [1]
    assert [c.task_id for c in found.open] == [2, 5]  # task 2's disagreement waits for its third annotator
    assert (found.settled, found.waiting) == (2, 1)  # task 3 by the adjudicator, task 4 by a star
    (consensus,) = [c.consensus for c in found.disputed]
    assert consensus is not None and {(s.text, s.score) for s in consensus.spans} == {("Anna Schmidt", 0.6667), ("Ministerin Anna Schmidt", 0.3333)}


def test_with_one_annotator_per_task_two_disagreeing_annotators_are_disputed() -> None:
    tasks = pairs(raw_task(1, [annotation(1, "u1@x.org", ANNA), annotation(2, "u2@x.org", WIDE)]))
    found = plan(tasks, required=1, adjudicators=[], project_version="")
    assert [c.task_id for c in found.disputed] == [1] and found.open == []


def test_current_prediction_is_the_newest_of_the_project_version() -> None:
    raw = raw_task(1, [], [prediction(1, "rules", "2026-01-01T00:00:00Z"), prediction(2, "hand", "2026-01-02T00:00:00Z"),
                           prediction(3, "rules", "2026-01-03T00:00:00Z")])  # fmt: skip
    assert current_prediction(raw, "rules")["id"] == 3
    assert current_prediction(raw, "hand")["id"] == 2
    assert current_prediction(raw, "")["id"] == 3  # no project version: Label Studio shows all; take the newest
    assert current_prediction(raw, "other") is None


def test_the_version_is_kept_while_every_disputed_task_shows_its_consensus() -> None:
    (disputed,) = plan(
        pairs(raw_task(1, [annotation(1, "u1@x.org", ANNA), annotation(2, "u2@x.org", WIDE)])), 1, [], ""
    ).disputed
    fresh = consensus_version([disputed], "rules")
    assert fresh.startswith(CONSENSUS_PREFIX) and fresh == consensus_version([disputed], "")  # deterministic
    shown = Candidate(1, TEXT, frozenset({"consensus-old"}), consensus=disputed.consensus, shown=disputed.consensus)
    assert consensus_version([shown], "consensus-old") == "consensus-old"
    assert consensus_version([disputed], "consensus-old") == fresh  # the task does not show it yet
    changed = plan(pairs(raw_task(1, [annotation(1, "u1@x.org", ANNA), annotation(2, "u2@x.org", VERBAND)])), 1, [], "").disputed
    stale = Candidate(1, TEXT, frozenset({"consensus-old"}), consensus=changed[0].consensus, shown=disputed.consensus)
    assert consensus_version([stale], "consensus-old") not in ("consensus-old", fresh)


def test_a_bad_adjudicator_is_one_line_and_nothing_is_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from curation.config import PACKAGE_ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_")}
    env.update(CURATE_HOME=str(tmp_path), PYTHONPATH=str(PACKAGE_ROOT))
    done = subprocess.run([sys.executable, "-m", "curation.cli", "adjudicate", "--adjudicator", "not-an-email"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if line.strip()] == ["error: --adjudicator 'not-an-email' is not an e-mail address"]
    assert not (tmp_path / "curate.json").exists()
