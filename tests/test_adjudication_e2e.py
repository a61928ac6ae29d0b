"""Gold that holds up, end to end against the REAL Label Studio of the session fixture.

Nine short articles, pushed with `--overlap 3`. Each carries a hand-written pre-annotation ("hand-1"):

    a1  ACTOR  "Anna Schmidt"   actor_type PERSON
    a2  ACTOR  "Verband"        actor_type ORGANIZATION
    q1  QUOTE  "„Wir brauchen zwölf neue Schulen.“"   quote_type direct
    q1 -> a1   speaker

Three annotators (u1, u2, u3, signed up through the invite link) and an adjudicator work through the
REST API the UI uses. u1 and u2 always submit the pre-annotation unchanged; u3 follows the script:

    t1 agree       u3 the same                                     -> complete
    t2 boundary    u3: a1 = "Ministerin Anna Schmidt"              -> disputed
    t3 label       u3: "Verband" labelled FIGURE                   -> disputed
    t4 attribute   u3: a2 actor_type STATE                          -> disputed
    t5 speaker     u3: q1 -> a2                                     -> disputed
    t6 missing     u3: no a2                                        -> disputed
    t7 adjudicated u3 as t2, then the adjudicator submits the pre-annotation -> adjudicated
    t8 in progress only u1                                          -> in progress
    t9 untouched   nobody                                           -> unannotated
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from conftest import LabelStudioServer, make_workspace
from curation.config import PACKAGE_ROOT, Settings, Workspace
from curation.labelstudio.adjudicate import AdjudicationReport
from test_browser import browser, logged_in  # noqa: F401 - browser: the module-scoped headless Chromium fixture
from test_export_e2e import Annotator, Session, create_annotator, new_region

pytestmark = [pytest.mark.labelstudio, pytest.mark.timeout(900)]

ARTICLE = "Schulbau in Stadt {n}\n\nDie Ministerin Anna Schmidt sagte am {day}: „Wir brauchen zwölf neue Schulen.“ Der Verband kritisierte die Pläne in Stadt {n}.\n"
DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Montag", "Dienstag")
DOCS = ("t1-agree", "t2-boundary", "t3-label", "t4-attribute", "t5-speaker", "t6-missing", "t7-adjudicated", "t8-progress", "t9-untouched")
T1, T2, T3, T4, T5, T6, T7, T8, T9 = DOCS
A1, A1_WIDE, A2, QUOTE = "Anna Schmidt", "Ministerin Anna Schmidt", "Verband", "„Wir brauchen zwölf neue Schulen.“"
HAND = "hand-1"


def result(text: str, actor1: str = A1, a2_label: str | None = "ACTOR", a2_type: str = "ORGANIZATION", speaker: str = "a1") -> list[dict[str, Any]]:
    """An annotation (or the pre-annotation, with the defaults) of one scenario article."""
    s = text.index(actor1)
    out = new_region("a1", "ACTOR", s, s + len(actor1), text, actor_type="PERSON")
    s = text.index(A2)
    if a2_label == "ACTOR":
        out += new_region("a2", "ACTOR", s, s + len(A2), text, actor_type=a2_type)
    elif a2_label is not None:
        out += new_region("a2", a2_label, s, s + len(A2), text)
    s = text.index(QUOTE)
    out += new_region("q1", "QUOTE", s, s + len(QUOTE), text, quote_type="direct")
    out.append({"from_id": "q1", "to_id": speaker, "type": "relation", "direction": "right", "labels": ["speaker"]})
    return out


# What u3 submits per task (u1, u2 submit result(text)); None: u3 does not annotate.
THIRD = {
    T1: lambda t: result(t),
    T2: lambda t: result(t, actor1=A1_WIDE),
    T3: lambda t: result(t, a2_label="FIGURE"),
    T4: lambda t: result(t, a2_type="STATE"),
    T5: lambda t: result(t, speaker="a2"),
    T6: lambda t: result(t, a2_label=None),
    T7: lambda t: result(t, actor1=A1_WIDE),
}


@dataclass
class Scenario:
    server: LabelStudioServer
    workspace: Workspace
    root: Path
    title: str
    project_id: int
    texts: dict[str, str]
    task_ids: dict[str, int]
    hand_ids: dict[str, int]  # the hand-1 prediction of each task
    annotation_ids: dict[tuple[str, str], int]  # (user, doc_id) -> annotation id
    users: dict[str, Annotator]
    adjudicated: AdjudicationReport  # the first `curate adjudicate`

    def env(self) -> dict[str, str]:
        return os.environ | self.server.env() | {"CURATE_HOME": str(self.root), "PYTHONPATH": str(PACKAGE_ROOT)}

    def curate(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "curation.cli", *args], cwd=self.root, env=self.env(),
                              capture_output=True, text=True, timeout=600)  # fmt: skip

    def predictions(self, doc_id: str) -> list[dict[str, Any]]:
        task = self.server.client.tasks.get(id=self.task_ids[doc_id])
        return [p if isinstance(p, dict) else p.model_dump() for p in task.predictions or []]


@pytest.fixture(scope="module")
def scenario(label_studio: LabelStudioServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    from curation.corpus import ingest, load_corpus
    from curation.labelstudio.push import push
    from curation.labelstudio.adjudicate import adjudicate

    root = tmp_path_factory.mktemp("adjudication-e2e")
    workspace = make_workspace(root, seeds=False)
    for n, (doc_id, day) in enumerate(zip(DOCS, DAYS), start=1):
        (workspace.raw_dir / f"{doc_id}.txt").write_text(ARTICLE.format(n=n, day=day), encoding="utf-8")
    title = f"e2e adjudication {secrets.token_hex(4)}"
    client = label_studio.client
    with pytest.MonkeyPatch.context() as mp:
        for key, value in label_studio.env().items():
            mp.setenv(key, value)
        mp.setenv("CURATE_HOME", str(root))
        assert not ingest(workspace=workspace).rejected
        texts = {a.doc_id: a.text for a in load_corpus(workspace)}
        assert set(texts) == set(DOCS) and all(QUOTE in t and A1_WIDE in t for t in texts.values())
        pushed = push(workspace, project_title=title, overlap=3)
        assert pushed.created == len(DOCS) and pushed.overlap == 3
        pid = pushed.project_id
        task_ids = {t.data["doc_id"]: t.id for t in client.tasks.list(project=pid, fields="task_only", page_size=100)}

        # The hand-written pre-annotation, shown to the annotators instead of the rules' one.
        client.projects.import_predictions(
            id=pid, request=[{"task": task_ids[d], "model_version": HAND, "score": 0.5, "result": result(texts[d])} for d in DOCS]
        )
        client.projects.update(id=pid, model_version=HAND)
        hand_ids = {d: next(p.id for p in client.tasks.get(id=task_ids[d]).predictions if p.model_version == HAND) for d in DOCS}

        tag = secrets.token_hex(3)
        users = {name: create_annotator(label_studio, f"{name}-{tag}@example.org") for name in ("u1", "u2", "u3", "adj")}
        sessions = {name: Session(label_studio, user) for name, user in users.items()}
        ids: dict[tuple[str, str], int] = {}
        for doc_id in DOCS:
            text, tid = texts[doc_id], task_ids[doc_id]
            if doc_id == T9:
                continue
            ids["u1", doc_id] = sessions["u1"].submit(tid, pid, result(text), hand_ids[doc_id])
            if doc_id == T8:
                continue
            ids["u2", doc_id] = sessions["u2"].submit(tid, pid, result(text), hand_ids[doc_id])
            ids["u3", doc_id] = sessions["u3"].submit(tid, pid, THIRD[doc_id](text), hand_ids[doc_id])
        ids["adj", T7] = sessions["adj"].submit(task_ids[T7], pid, result(texts[T7]), hand_ids[T7])

        report = adjudicate(workspace, title, adjudicators=[users["adj"].email])
        yield Scenario(label_studio, workspace, root, title, pid, texts, task_ids, hand_ids, ids, users, report)


# ----------------------------------------------------------------------------------------- overlap


def test_push_overlap_sets_label_studio_overlap(scenario: Scenario) -> None:
    project = scenario.server.client.projects.get(id=scenario.project_id)
    assert (project.maximum_annotations, project.overlap_cohort_percentage) == (3, 100)
    tasks = {d: scenario.server.client.tasks.get(id=scenario.task_ids[d]) for d in (T1, T8, T9)}
    assert {d: t.overlap for d, t in tasks.items()} == {T1: 3, T8: 3, T9: 3}
    # Label Studio counts a task as labeled only with 3 annotations (t1 has 3, t8 only u1's).
    assert {d: t.is_labeled for d, t in tasks.items()} == {T1: True, T8: False, T9: False}


# ------------------------------------------------------------------------------------ adjudication


def consensus_content(prediction: dict[str, Any], text: str) -> tuple[set[tuple], set[tuple]]:
    """(label, text, score, attributes) per region and (from text, to text, label) per relation."""
    from curation.labelstudio.tasks import regions_from_result

    problems: list[str] = []
    spans, relations = regions_from_result(prediction["result"], text, None, problems)
    assert problems == []
    by_id = {s.id: s for s in spans}
    return (
        {(s.label, s.text, s.score, tuple(sorted(s.attributes.items()))) for s in spans},
        {(by_id[r.from_id].text, by_id[r.to_id].text, r.label) for r in relations},
    )


PERSON, ORG, DIRECT = (("actor_type", "PERSON"),), (("actor_type", "ORGANIZATION"),), (("quote_type", "direct"),)
AGREED_SPEAKER = {(QUOTE, A1, "speaker")}
# Hand-computed: a region is agreed when 2 of the 3 annotators made it (score 2/3 or 1), disputed with
# 1 of 3 (score 1/3); attributes by majority; only relations 2 of 3 drew between agreed regions.
EXPECTED_CONSENSUS = {
    T2: ({("ACTOR", A1, 0.6667, PERSON), ("ACTOR", A1_WIDE, 0.3333, PERSON), ("ACTOR", A2, 1.0, ORG), ("QUOTE", QUOTE, 1.0, DIRECT)}, AGREED_SPEAKER),
    T3: ({("ACTOR", A1, 1.0, PERSON), ("ACTOR", A2, 0.6667, ORG), ("FIGURE", A2, 0.3333, ()), ("QUOTE", QUOTE, 1.0, DIRECT)}, AGREED_SPEAKER),
    T4: ({("ACTOR", A1, 1.0, PERSON), ("ACTOR", A2, 1.0, ORG), ("QUOTE", QUOTE, 1.0, DIRECT)}, AGREED_SPEAKER),  # STATE outvoted
    T5: ({("ACTOR", A1, 1.0, PERSON), ("ACTOR", A2, 1.0, ORG), ("QUOTE", QUOTE, 1.0, DIRECT)}, AGREED_SPEAKER),  # q1->a2 outvoted
    T6: ({("ACTOR", A1, 1.0, PERSON), ("ACTOR", A2, 0.6667, ORG), ("QUOTE", QUOTE, 1.0, DIRECT)}, AGREED_SPEAKER),
}


def test_adjudicate_attaches_exactly_the_expected_consensus(scenario: Scenario) -> None:
    report = scenario.adjudicated
    version = report.model_version
    assert version is not None and version.startswith("consensus-")
    assert (report.disputed, report.attached, report.carried_over, report.settled, report.waiting) == (5, 5, 2, 1, 0)
    assert report.invalid == [] and report.unknown_adjudicators == []
    assert scenario.server.client.projects.get(id=scenario.project_id).model_version == version
    for doc_id in DOCS:
        mine = [p for p in scenario.predictions(doc_id) if p["model_version"] == version]
        if doc_id in EXPECTED_CONSENSUS:
            (prediction,) = mine
            assert consensus_content(prediction, scenario.texts[doc_id]) == EXPECTED_CONSENSUS[doc_id], doc_id
            assert prediction["score"] == min(s for _, _, s, _ in EXPECTED_CONSENSUS[doc_id][0])
        elif doc_id in (T8, T9):  # still open: the pre-annotation carried over, unchanged
            (prediction,) = mine
            hand = next(p for p in scenario.predictions(doc_id) if p["model_version"] == HAND)
            assert consensus_content(prediction, scenario.texts[doc_id]) == consensus_content(hand, scenario.texts[doc_id])
        else:  # t1 complete, t7 settled: nothing
            assert mine == [], doc_id
    assert Settings.load(scenario.workspace).adjudicators == [scenario.users["adj"].email]


def test_agreement_figures(scenario: Scenario) -> None:
    """Hand-computed over t1..t7 (t8 has one annotator, t9 none; the adjudicator is not an annotator).
    u1 = u2 everywhere, so pair (u1,u2) scores 1 and pairs (u1,u3), (u2,u3) score the same x: mean (1+2x)/3.
    u1 per pair summed over t1..t7: 14 ACTOR, 7 QUOTE; u3: 12 ACTOR (t3's Verband is FIGURE, t6 lacks
    it), 7 QUOTE, 1 FIGURE.
    ACTOR exact: 10 matched (t2, t7 boundary and t3, t6 miss one each) -> x = 20/26; mean 22/26.
    ACTOR overlap: the wide boundary overlaps: 12 -> x = 24/26; mean (1+48/26)/3 = 74/78.
    FIGURE: 0 of (0 + 1) -> 0 in the two pairs with u3; (u1,u2) has none, so the mean is 0.
    ALL exact: 17 of 21 + 20 -> 34/41, mean 109/123; overlap 19 -> 38/41, mean 117/123.
    speaker: 7 matched quotes per pair; u3 disagrees on t5 -> 6/7; mean (1+12/7)/3 = 19/21.
    actor_type alpha: 14 units of overlap-matched ACTOR; values PERSON 21, ORGANIZATION 18, STATE 1 (n = 40);
    only t4's Verband unit (ORG, ORG, STATE) disagrees: D_o = (4 ordered pairs / (3-1)) / 40 = 0.05,
    D_e = (40^2 - 21^2 - 18^2 - 1^2) / (40 * 39) = 834/1560 -> alpha = 1 - 0.05 / (834/1560) = 0.906475;
    observed 72/76 (12 units of 3 values, 2 of 2; 4 disagreeing ordered pairs).
    quote_type: always "direct" -> alpha undefined, observed 1.
    Against the adjudicated t7: u1, u2 ACTOR exact 1; u3 ACTOR exact 1 of (2, 2) = 0.5, overlap 1."""
    result = scenario.curate("agreement", "--project", scenario.title, "--no-gamma", "--json", str(scenario.root / "agreement.json"))
    assert result.returncode == 0, result.stderr
    figures = json.loads((scenario.root / "agreement.json").read_text(encoding="utf-8"))
    u1, u2, u3 = (scenario.users[n].email for n in ("u1", "u2", "u3"))
    assert figures["n_tasks"] == 7 and figures["annotators"] == sorted([u1, u2, u3])
    expected_f1 = {
        "ACTOR": {"exact": 22 / 26, "overlap": 74 / 78},
        "QUOTE": {"exact": 1.0, "overlap": 1.0},
        "FIGURE": {"exact": 0.0, "overlap": 0.0},
        "ALL": {"exact": 109 / 123, "overlap": 117 / 123},
    }
    for label, modes in expected_f1.items():
        for mode, value in modes.items():
            assert figures["span_f1"][label][mode] == round(value, 4), (label, mode)
    assert figures["speaker"] == round(19 / 21, 4)
    assert figures["gamma"] is None
    actor_type = figures["attributes"]["actor_type"]
    assert (actor_type["alpha"], actor_type["observed"], actor_type["units"], actor_type["values"]) == (
        round(1 - 0.05 / (834 / 1560), 4), round(72 / 76, 4), 14, 40
    )
    quote_type = figures["attributes"]["quote_type"]
    assert (quote_type["alpha"], quote_type["observed"], quote_type["units"]) == (None, 1.0, 7)
    assert figures["n_adjudicated"] == 1
    vs = figures["vs_adjudicated"]
    assert set(vs) == {u1, u2, u3}
    assert vs[u3]["ACTOR"]["exact"]["f1"] == 0.5 and vs[u3]["ACTOR"]["overlap"]["f1"] == 1.0
    assert vs[u1]["ALL"]["exact"]["f1"] == 1.0


def test_gamma_is_below_one_on_the_disputed_set(scenario: Scenario) -> None:
    from curation.agreement import agreement
    from curation.labelstudio.snapshots import project_tasks

    with project_tasks(scenario.workspace, scenario.title) as tasks:
        annotated = [intake.task for _, intake in tasks.tasks if intake.task is not None]
    report = agreement(annotated, [scenario.users["adj"].email], gamma=True)
    assert report.gamma is not None and 0.0 <= report.gamma < 1.0


def test_progress_per_state(scenario: Scenario) -> None:
    from curation.labelstudio.server import server_status

    server_ws = scenario.server.workspace
    Settings(adjudicators=[scenario.users["adj"].email]).save(server_ws)
    try:
        status = server_status(server_ws)
    finally:
        server_ws.settings_path.unlink()
    (project,) = [p for p in status.projects if p.title == scenario.title]
    assert project.required == 3
    assert project.progress == {"unannotated": 1, "in progress": 1, "complete": 1, "disputed": 5, "adjudicated": 1}
    assert "unannotated 1, in progress 1, complete 1, disputed 5, adjudicated 1 (3 annotator(s) per task)" in status.summary()


# ------------------------------------------------------------------------------------------ browser

SCORE_CELL = ".lsf-outliner-item__control_type_score"


@pytest.mark.browser
def test_adjudicator_sees_the_consensus_with_disputed_scores(scenario: Scenario, browser: Any, tmp_path: Path) -> None:
    """Headless Chromium, logged in as the adjudicator: t3 (label disagreement) shows the consensus
    prediction beside the three annotations; its regions list shows each region with its score."""
    server, adj, version = scenario.server, scenario.users["adj"], scenario.adjudicated.model_version
    assert version is not None
    with logged_in(browser, server.url, adj.email, adj.password, tmp_path / "adjudicator-t3.png") as page:
        page.goto(f"{server.url}/projects/{scenario.project_id}/data?task={scenario.task_ids[T3]}")
        # The carousel holds the annotations of u1, u2, u3 and the predictions; a prediction's name is its
        # model_version, shortened in the middle ("consensu...83b25e"), its info the task score (33.33 %).
        carousel = page.locator(".lsf-annotations-carousel")
        tab = carousel.locator(".lsf-annotation-button:has(.lsf-annotation-button__userpic_prediction)", has_text=version[-6:])
        tab.wait_for()
        assert "33.33%" in tab.inner_text()
        for user in ("u1", "u2", "u3"):
            assert carousel.locator(".lsf-annotation-button", has_text=scenario.users[user].email[:8]).count() == 1
        tab.click()
        page.wait_for_selector(".lsf-outliner-item")
        rows = {}
        for item in page.locator(".lsf-outliner-item").all():
            text = " ".join(item.locator(".lsf-outliner-item__text").inner_text().split())
            label = item.locator(".lsf-outliner-item__title").inner_text().split()[0]  # label, then the text
            rows[(label, text)] = item.locator(SCORE_CELL).inner_text().strip()
    # Agreed regions score 1.00 / 0.67, the disputed FIGURE reading of "Verband" 0.33 (1 of 3 annotators).
    assert rows == {("ACTOR", A1): "1.00", ("ACTOR", A2): "0.67", ("FIGURE", A2): "0.33", ("QUOTE", QUOTE): "1.00"}, rows


# --------------------------------------------------------------------------------- export policies


def export_version(scenario: Scenario, version: str, require: str) -> tuple[set[str], set[str]]:
    """`curate export --require`: the doc_ids in the version and the held-out ones in its manifest."""
    done = scenario.curate("export", "--project", scenario.title, "--version", version, "--require", require)
    assert done.returncode == 0, done.stderr
    path = scenario.root / "datasets" / version
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    return set(pq.read_table(path / "documents.parquet").column("doc_id").to_pylist()), {h["doc_id"] for h in manifest["held_out"]}


def test_each_require_policy_exports_exactly_the_expected_tasks(scenario: Scenario) -> None:
    disputed = {T2, T3, T4, T5, T6}
    # agreement: agreed t1, settled t7, single t8; the five disputed ones are held out (t9 has nothing)
    assert export_version(scenario, "v1", "agreement") == ({T1, T7, T8}, disputed)
    # adjudicated: only the settled t7
    assert export_version(scenario, "v2", "adjudicated") == ({T7}, disputed | {T1, T8})
    # any: the disputed ones too, each with the annotation its majority (u1 = u2) made
    assert export_version(scenario, "v3", "any") == ({T1, T2, T3, T4, T5, T6, T7, T8}, set())
    spans = pq.read_table(scenario.root / "datasets" / "v3" / "spans.parquet").to_pylist()
    verband = {r["doc_id"]: (r["n_annotators"], r["agreement"]) for r in spans if r["text"] == A2}
    assert verband[T6] == (2, 0.6667) and verband[T3] == (2, 0.6667) and verband[T1] == (3, 1.0)
    assert {r["annotator"] for r in spans if r["doc_id"] in disputed} == {scenario.users["u1"].email}


# Last in the file: it changes the project (the adjudicator settles t2, u1 corrects t8).
def test_rerun_adds_nothing_and_an_adjudicator_settles(scenario: Scenario) -> None:
    version = scenario.adjudicated.model_version
    again = scenario.curate("adjudicate", "--project", scenario.title)
    assert again.returncode == 0, again.stderr
    assert "disputed 5, consensus attached 0, carried over 0, settled 1" in again.stdout
    assert f"model_version {version}" in again.stdout
    assert sum(p["model_version"] == version for d in DOCS for p in scenario.predictions(d)) == 7

    # The adjudicator opens t2, removes the disputed wide region and submits: t2 is settled.
    (consensus,) = [p for p in scenario.predictions(T2) if p["model_version"] == version]
    wide = {r["id"] for r in consensus["result"] if r.get("type") == "labels" and r["value"]["text"] == A1_WIDE}
    final = [r for r in consensus["result"] if r.get("id") not in wide]
    Session(scenario.server, scenario.users["adj"]).submit(scenario.task_ids[T2], scenario.project_id, final, consensus["id"])
    settled = scenario.curate("adjudicate", "--project", scenario.title)
    assert settled.returncode == 0, settled.stderr
    assert "disputed 4, consensus attached 0, carried over 0, settled 2" in settled.stdout
    assert scenario.server.client.projects.get(id=scenario.project_id).model_version == version

    # u1 corrects t8 (the UI's "Update"): Verband is a STATE actor. Then v4 = agreement again.
    u1 = Session(scenario.server, scenario.users["u1"])
    patched = u1.client.patch(f"/api/annotations/{scenario.annotation_ids['u1', T8]}", json={"result": result(scenario.texts[T8], a2_type="STATE")})
    assert patched.status_code == 200, patched.text[:300]
    assert export_version(scenario, "v4", "agreement") == ({T1, T2, T7, T8}, {T3, T4, T5, T6})

    # audit v4 (against the pre-annotation, never the consensus: an adjudication aid is no pre-annotation),
    # scripted: t1, t7 accepted; t2's adjudicated annotation equals the pre-annotation; t8 one attribute
    # edit (actor_type). 8 predicted ACTORs (2 each in t1, t2, t7, t8), 4 QUOTEs, 4 speaker relations.
    audited = scenario.curate("audit", "v4", "--json", str(scenario.root / "audit.json"))
    assert audited.returncode == 0, audited.stderr
    audit = json.loads((scenario.root / "audit.json").read_text(encoding="utf-8"))
    actor, quote = audit["by_label"]["ACTOR"], audit["by_label"]["QUOTE"]
    assert (actor["predicted"], actor["kept"], actor["edited"], actor["deleted"], actor["added"]) == (8, 7, 1, 0, 0)
    assert actor["edits"] == {"boundary": 0, "label": 0, "attribute": 1} and actor["attributes"] == {"actor_type": 1}
    assert (quote["predicted"], quote["kept"], quote["edited"], quote["deleted"], quote["added"]) == (4, 4, 0, 0, 0)
    by_version = {v: (t["ALL"]["predicted"], t["ALL"]["kept"], t["ALL"]["edited"], t["ALL"]["deleted"]) for v, t in audit["by_model_version"].items()}
    assert by_version == {HAND: (12, 11, 1, 0)}
    relations = audit["relations"]["ALL"]
    assert (relations["predicted"], relations["kept"], relations["added"]) == (4, 4, 0)

    # diff v1 v4: t2 came in (adjudicated, 3 spans); in t8 Verband's actor_type changed. Nothing else.
    diffed = scenario.curate("diff", "v1", "v4", "--json", str(scenario.root / "diff.json"))
    assert diffed.returncode == 0, diffed.stderr
    diff = json.loads((scenario.root / "diff.json").read_text(encoding="utf-8"))
    assert diff["documents"] == {"added": [T2], "removed": [], "text_changed": [], "spans_in_added": 3, "spans_in_removed": 0}
    (change,) = diff["changes"]
    assert (change["doc_id"], change["kinds"]) == (T8, ["attributes"])
    assert (change["span_id"], change["before"]["attributes"], change["after"]["attributes"]) == ("a2", {"actor_type": "ORGANIZATION"}, {"actor_type": "STATE"})
    assert diff["spans"]["ALL"]["changed"] == 1 and diff["spans"]["ALL"]["added"] == 0 and diff["spans"]["ALL"]["removed"] == 0
    assert diff["relations"] == {} or all(v == {"added": 0, "removed": 0} for v in diff["relations"].values())
    assert diff["splits_ok"]
