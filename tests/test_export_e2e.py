"""`curate export` end to end against the REAL Label Studio of the session fixture.

One scenario for the module: ingest the five seeds plus a test article with emoji, push, then two
annotator accounts (created through the organisation's invite link, as a person would sign up) work
through the REST API exactly as the UI does (POST /api/tasks/{id}/annotations with the prediction's
regions and `parent_prediction`):

    000  anna accepts the predictions unchanged                                   -> all kept
    001  anna edits a boundary and an attribute, deletes a span, adds a span      -> edited / added
    002  anna skips the task                                                       -> not in the gold set
    003  anna accepts, later bob deletes an actor                                 -> disputed: held out
                                                                                     (--require agreement)
    004  nobody touches it                                                         -> not in the gold set
    900  anna replaces a wrong actor after an emoji with the full name + speaker  -> added, code points

Then the policies (a ground-truth star settles 003; --require adjudicated), `curate agreement` over
the project, `curate audit` of v1, and the failure paths: an export killed with SIGKILL or stopped with SIGTERM, a read-only datasets/,
a version name no file system takes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pyarrow.parquet as pq
import pytest

from conftest import LabelStudioServer, make_workspace
from curation.config import PACKAGE_ROOT
from curation import gold
from curation.config import CurateError, Workspace
from curation.document import sha256_text
from curation.labelstudio.export import export
from curation.labelstudio.plan import SNAPSHOT_TITLE, VIEW_TITLE
from curation.scheme import load_scheme
from curation.validation import RegionIssue

pytestmark = [pytest.mark.labelstudio, pytest.mark.timeout(900)]

EMOJI_DOC = "900_emoji_test"
EMOJI_ARTICLE = """Politik

Gipfel in Berlin 🇩🇪 Ministerin mahnt zur Einigkeit

Berlin 😀 Die Außenministerin Annalena Beispiel hat am Montag zur Geschlossenheit aufgerufen. „Wir dürfen uns nicht spalten lassen“, sagte Beispiel vor rund 200 Gästen.

Nach dem Treffen 🙂 lobte Paul Muster die Rede. Er sprach von einem „wichtigen Signal“.

Quelle: ntv.de, dpa
"""
EMOJI_NAME = "Annalena Beispiel"
ACCEPT, EDIT, SKIP, DISAGREE, UNTOUCHED = (
    "000_d1500ec1f89033da",
    "001_d45881a72d203c4c",
    "002_8d49e452584a734a",
    "003_2bb625ef10a0835c",
    "004_50c9f38e67ae9f7e",
)


@dataclass
class Annotator:
    email: str
    password: str
    token: str


@dataclass
class Expected:
    """What the gold set must contain for one article: origin per span id, relations, annotator."""

    annotator: str
    origins: dict[str, str]
    relations: set[tuple[str, str, str]]
    spans: dict[str, tuple[str, int, int, dict[str, Any]]] = field(default_factory=dict)  # id -> label, start, end, attrs


@dataclass
class Scenario:
    server: LabelStudioServer
    workspace: Workspace
    title: str
    project_id: int
    texts: dict[str, str]
    task_ids: dict[str, int]
    annotators: dict[str, Annotator]
    expected: dict[str, Expected]
    annotation_ids: dict[str, list[int]]
    v1: gold.ExportReport
    secrets: list[str]
    deleted: int  # predicted regions the annotators deleted in the exported annotations
    disputed: Expected  # bob's annotation of 003 (held out while anna's disagrees)


def create_annotator(server: LabelStudioServer, email: str) -> Annotator:
    """Sign a person up through the organisation's invite link and fetch their API token (Label Studio
    1.23 has no API to set a user's password, so this is the flow an invited annotator goes through)."""
    admin = {"Authorization": f"Token {server.api_key}"}
    invite = httpx.get(f"{server.url}/api/invite", headers=admin, timeout=30)
    invite.raise_for_status()
    token = invite.json()["token"]
    password = secrets.token_urlsafe(16)
    with httpx.Client(base_url=server.url, timeout=60) as browser:
        browser.get("/user/signup/", params={"token": token}).raise_for_status()
        response = browser.post(
            "/user/signup/",
            params={"token": token},
            data={"csrfmiddlewaretoken": browser.cookies["csrftoken"], "email": email, "password": password},
            headers={"Referer": f"{server.url}/user/signup/"},
        )
        assert response.status_code == 302, f"sign-up of {email} failed: HTTP {response.status_code}"
        api_token = browser.get("/api/current-user/token")
        api_token.raise_for_status()
    user = Annotator(email=email, password=password, token=api_token.json()["token"])
    me = httpx.get(f"{server.url}/api/current-user/whoami", headers={"Authorization": f"Token {user.token}"}, timeout=30)
    assert me.json()["email"] == email
    return user


class Session:
    """An annotator's REST calls, the ones the labeling UI makes."""

    def __init__(self, server: LabelStudioServer, user: Annotator):
        self.client = httpx.Client(base_url=server.url, headers={"Authorization": f"Token {user.token}"}, timeout=120)

    def task(self, task_id: int) -> dict[str, Any]:
        response = self.client.get(f"/api/tasks/{task_id}")
        response.raise_for_status()
        return response.json()

    def submit(self, task_id: int, project_id: int, result: list[dict[str, Any]], parent_prediction: int | None) -> int:
        body = {"result": result, "parent_prediction": parent_prediction, "lead_time": 42.0}
        response = self.client.post(f"/api/tasks/{task_id}/annotations", params={"project": project_id}, json=body)
        assert response.status_code == 201, response.text[:500]
        return int(response.json()["id"])

    def skip(self, task_id: int, project_id: int) -> int:
        body = {"result": [], "was_cancelled": True, "lead_time": 5.0}
        response = self.client.post(f"/api/tasks/{task_id}/annotations", params={"project": project_id}, json=body)
        assert response.status_code == 201, response.text[:500]
        assert response.json()["was_cancelled"] is True
        return int(response.json()["id"])


# --------------------------------------------------------------------------- result editing helpers


def regions(result: list[dict[str, Any]], label: str | None = None) -> list[dict[str, Any]]:
    return [r for r in result if r.get("type") == "labels" and (label is None or r["value"]["labels"] == [label])]


def attribute(result: list[dict[str, Any]], rid: str, name: str) -> dict[str, Any] | None:
    return next((r for r in result if r.get("id") == rid and r.get("from_name") == name), None)


def without(result: list[dict[str, Any]], ids: set[str]) -> list[dict[str, Any]]:
    """Delete regions as the UI does: their attribute results and the relations touching them go too."""
    return [
        r
        for r in result
        if r.get("id") not in ids and not (r.get("type") == "relation" and (r["from_id"] in ids or r["to_id"] in ids))
    ]


def new_region(rid: str, label: str, start: int, end: int, text: str, **attrs: Any) -> list[dict[str, Any]]:
    scheme = load_scheme()
    out = [{"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}]  # fmt: skip
    for name, value in attrs.items():
        attr = scheme.attribute(name)
        assert attr is not None
        out.append({"id": rid, "from_name": name, "to_name": "text", "type": attr.result_type, "origin": "manual",
                    "value": {"start": start, "end": end, attr.value_key: value if attr.tag == "Number" else [value]}})  # fmt: skip
    return out


def spans_of(result: list[dict[str, Any]], text: str) -> dict[str, tuple[str, int, int, dict[str, Any]]]:
    from curation.labelstudio.tasks import regions_from_result

    problems: list[RegionIssue] = []
    spans, _ = regions_from_result(result, text, load_scheme(), problems)
    assert problems == [], problems
    return {s.id: (s.label, s.start, s.end, s.attributes) for s in spans}


def relations_of(result: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    return {(r["from_id"], r["to_id"], r["labels"][0]) for r in result if r.get("type") == "relation"}


def uncovered_word(text: str, result: list[dict[str, Any]]) -> tuple[int, int]:
    """A capitalised word no predicted region touches: the 'missing span' an annotator adds."""
    taken = [(r["value"]["start"], r["value"]["end"]) for r in regions(result)]
    for m in re.finditer(r"\b[A-ZÄÖÜ][a-zäöüß]{4,}\b", text):
        if all(m.end() <= s or m.start() >= e for s, e in taken):
            return m.start(), m.end()
    raise AssertionError("every capitalised word is already predicted")


# --------------------------------------------------------------------------- the scenario


@pytest.fixture(scope="module")
def scenario(label_studio: LabelStudioServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    from curation.corpus import ingest, load_corpus
    from curation.labelstudio.push import push

    root = tmp_path_factory.mktemp("export-e2e")
    workspace = make_workspace(root)
    (workspace.raw_dir / f"{EMOJI_DOC}.txt").write_text(EMOJI_ARTICLE, encoding="utf-8")
    title = f"e2e export {secrets.token_hex(4)}"
    with pytest.MonkeyPatch.context() as mp:
        for key, value in label_studio.env().items():
            mp.setenv(key, value)
        mp.setenv("CURATE_HOME", str(root))

        report = ingest(workspace=workspace)
        assert not report.rejected, report.rejected
        texts = {a.doc_id: a.text for a in load_corpus(workspace)}
        assert set(texts) == {ACCEPT, EDIT, SKIP, DISAGREE, UNTOUCHED, EMOJI_DOC}
        pushed = push(workspace, project_title=title)
        assert pushed.created == 6 and not pushed.invalid
        pid = pushed.project_id
        task_ids = {
            t.data["doc_id"]: t.id for t in label_studio.client.tasks.list(project=pid, fields="task_only", page_size=100)
        }
        assert set(task_ids) == set(texts)

        anna = create_annotator(label_studio, f"anna-{secrets.token_hex(3)}@example.org")
        bob = create_annotator(label_studio, f"bob-{secrets.token_hex(3)}@example.org")
        as_anna, as_bob = Session(label_studio, anna), Session(label_studio, bob)
        expected: dict[str, Expected] = {}
        annotation_ids: dict[str, list[int]] = {}

        def prediction(doc_id: str) -> tuple[list[dict[str, Any]], int]:
            task = as_anna.task(task_ids[doc_id])
            assert task["data"]["text"] == texts[doc_id]
            (pred,) = task["predictions"]
            return copy.deepcopy(pred["result"]), int(pred["id"])

        # 000: accepted unchanged
        result, pred_id = prediction(ACCEPT)
        assert regions(result), "the pre-annotator found nothing in the first seed"
        annotation_ids[ACCEPT] = [as_anna.submit(task_ids[ACCEPT], pid, result, pred_id)]
        expected[ACCEPT] = Expected(
            anna.email,
            {rid: "kept" for rid in spans_of(result, texts[ACCEPT])},
            relations_of(result),
            spans_of(result, texts[ACCEPT]),
        )

        # 001: boundary edit, attribute edit, deletion, addition
        text = texts[EDIT]
        result, pred_id = prediction(EDIT)
        origins = {rid: "kept" for rid in spans_of(result, text)}
        actor = regions(result, "ACTOR")[0]
        actor["value"]["end"] -= 1  # the annotator drags the end one character back
        actor["value"]["text"] = text[actor["value"]["start"] : actor["value"]["end"]]
        for attr in (r for r in result if r.get("id") == actor["id"] and r is not actor):
            attr["value"].update(end=actor["value"]["end"])
        origins[actor["id"]] = "edited"
        quote = regions(result, "QUOTE")[0]
        quote_type = attribute(result, quote["id"], "quote_type")
        assert quote_type is not None
        quote_type["value"]["choices"] = ["reported" if quote_type["value"]["choices"] != ["reported"] else "direct"]
        origins[quote["id"]] = "edited"
        wrong = regions(result, "FIGURE")[0]["id"]
        result = without(result, {wrong})
        del origins[wrong]
        start, end = uncovered_word(text, result)
        result += new_region("added-actor-1", "ACTOR", start, end, text, actor_type="ORGANIZATION")
        origins["added-actor-1"] = "added"
        annotation_ids[EDIT] = [as_anna.submit(task_ids[EDIT], pid, result, pred_id)]
        expected[EDIT] = Expected(anna.email, origins, relations_of(result), spans_of(result, text))

        # 002: skipped
        annotation_ids[SKIP] = [as_anna.skip(task_ids[SKIP], pid)]

        # 003: anna accepts; later bob deletes the first actor -> bob's annotation is the latest
        result, pred_id = prediction(DISAGREE)
        first = as_anna.submit(task_ids[DISAGREE], pid, result, pred_id)
        dropped = regions(result, "ACTOR")[0]["id"]
        bobs = without(result, {dropped})
        second = as_bob.submit(task_ids[DISAGREE], pid, bobs, pred_id)
        annotation_ids[DISAGREE] = [first, second]
        disputed = Expected(
            bob.email,
            {rid: "kept" for rid in spans_of(bobs, texts[DISAGREE])},
            relations_of(bobs),
            spans_of(bobs, texts[DISAGREE]),
        )

        # 900: after the emoji, the full name replaces whatever was predicted there, and becomes the speaker
        text = texts[EMOJI_DOC]
        result, pred_id = prediction(EMOJI_DOC)
        start = text.index(EMOJI_NAME)
        end = start + len(EMOJI_NAME)
        assert "😀" in text[:start] and len(text[:start].encode("utf-16-le")) // 2 > start  # code points != UTF-16
        overlapping = {r["id"] for r in regions(result) if r["value"]["start"] < end and r["value"]["end"] > start}
        result = without(result, overlapping)
        origins = {rid: "kept" for rid in spans_of(result, text)}
        result += new_region("manual-name", "ACTOR", start, end, text, actor_type="PERSON", canonical=EMOJI_NAME)
        origins["manual-name"] = "added"
        quote = next(r for r in regions(result, "QUOTE") if r["value"]["start"] > end)
        result = [r for r in result if not (r.get("type") == "relation" and r["from_id"] == quote["id"])]
        result.append({"from_id": quote["id"], "to_id": "manual-name", "type": "relation", "direction": "right", "labels": ["speaker"]})
        annotation_ids[EMOJI_DOC] = [as_anna.submit(task_ids[EMOJI_DOC], pid, result, pred_id)]
        expected[EMOJI_DOC] = Expected(anna.email, origins, relations_of(result), spans_of(result, text))

        v1 = export(version="v1", workspace=workspace, project_title=title)
        yield Scenario(
            server=label_studio,
            workspace=workspace,
            title=title,
            project_id=pid,
            texts=texts,
            task_ids=task_ids,
            annotators={"anna": anna, "bob": bob},
            expected=expected,
            annotation_ids=annotation_ids,
            v1=v1,
            secrets=[label_studio.api_key, label_studio.password, anna.token, anna.password, bob.token, bob.password],
            deleted=1 + len(overlapping),  # 001's figure, the regions on the name in 900 (003 is held out)
            disputed=disputed,
        )


def table(s: Scenario, version: str, name: str) -> list[dict[str, Any]]:
    return pq.read_table(s.workspace.datasets_dir / version / name).to_pylist()


def test_v1_holds_exactly_the_annotated_articles(scenario: Scenario) -> None:
    s = scenario
    assert s.v1.version == "v1" and s.v1.path == s.workspace.datasets_dir / "v1"
    documents = table(s, "v1", "documents.parquet")
    assert [d["doc_id"] for d in documents] == sorted([ACCEPT, EDIT, EMOJI_DOC])  # 003 is disputed: held out
    for d in documents:
        assert d["text"] == s.texts[d["doc_id"]] and d["text_sha256"] == sha256_text(d["text"])
        assert d["split"] == gold.hash_split(d["doc_id"])
    by_id = {d["doc_id"]: d for d in documents}
    assert by_id[ACCEPT]["source"] == "ntv.de" and by_id[ACCEPT]["title"].startswith('"Beziehungen dynamisch ausbauen"')


def test_v1_spans_origins_and_annotators_are_exactly_the_annotations(scenario: Scenario) -> None:
    s = scenario
    spans = table(s, "v1", "spans.parquet")
    texts = {d["doc_id"]: d["text"] for d in table(s, "v1", "documents.parquet")}
    for row in spans:
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"]
    for doc_id, want in s.expected.items():
        rows = [r for r in spans if r["doc_id"] == doc_id]
        assert {r["span_id"]: r["origin"] for r in rows} == want.origins, doc_id
        assert {r["annotator"] for r in rows} == {want.annotator}, doc_id
        for r in rows:
            label, start, end, attrs = want.spans[r["span_id"]]
            assert (r["label"], r["start"], r["end"]) == (label, start, end)
            got = {k: r[k] for k in gold.ATTRIBUTE_COLUMNS if r[k] is not None}
            assert got == {k: (float(v) if k == "value" else v) for k, v in attrs.items()}, (doc_id, r["span_id"])
    assert not [r for r in spans if r["doc_id"] in (SKIP, UNTOUCHED, DISAGREE)]
    assert {(r["n_annotators"], r["agreement"]) for r in spans} == {(1, 1.0)}  # one annotator per exported task
    counts = {o: sum(1 for r in spans if r["origin"] == o) for o in gold.ORIGINS}
    assert counts["edited"] == 2 and counts["added"] == 2 and s.v1.origins == counts


def test_v1_span_after_emoji_has_code_point_offsets(scenario: Scenario) -> None:
    s = scenario
    text = s.texts[EMOJI_DOC]
    (row,) = [r for r in table(s, "v1", "spans.parquet") if r["span_id"] == "manual-name"]
    assert (row["start"], row["end"], row["text"]) == (text.index(EMOJI_NAME), text.index(EMOJI_NAME) + len(EMOJI_NAME), EMOJI_NAME)
    assert (row["actor_type"], row["canonical"], row["origin"]) == ("PERSON", EMOJI_NAME, "added")


def test_v1_relations(scenario: Scenario) -> None:
    s = scenario
    relations = table(s, "v1", "relations.parquet")
    for doc_id, want in s.expected.items():
        assert {(r["from_id"], r["to_id"], r["label"]) for r in relations if r["doc_id"] == doc_id} == want.relations, doc_id
    assert any(r["to_id"] == "manual-name" for r in relations if r["doc_id"] == EMOJI_DOC)
    spans = {(r["doc_id"], r["span_id"]): r["label"] for r in table(s, "v1", "spans.parquet")}
    for r in relations:
        assert (spans[(r["doc_id"], r["from_id"])], spans[(r["doc_id"], r["to_id"])]) == ("QUOTE", "ACTOR")
        assert r["relation_id"] == f"speaker:{r['from_id']}->{r['to_id']}"


def test_v1_manifest_checksums_provenance_held_out_and_skip(scenario: Scenario) -> None:
    s = scenario
    target = s.workspace.datasets_dir / "v1"
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    shards = sorted(str(p.relative_to(target)) for p in target.glob("*.spacy/*.spacy"))
    assert shards and sorted(manifest["files"]) == sorted([*gold.FILES, *shards])  # the DocBins are checksummed too
    for name, entry in manifest["files"].items():
        data = (target / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["bytes"] == len(data)
    assert manifest["version"] == "v1" and manifest["parent_version"] is None
    assert manifest["label_studio"]["url"] == s.server.url and manifest["label_studio"]["project_id"] == s.project_id
    assert manifest["label_config_sha256"] == hashlib.sha256(load_scheme().xml.encode()).hexdigest()
    assert manifest["label_config_matches_project"] is True and s.v1.label_config_matches_project is True
    (model_version,) = manifest["model_versions"]
    assert model_version.startswith("curate-") and manifest["model_versions"][model_version] == 3
    assert manifest["require"] == "agreement"
    assert manifest["held_out"] == [
        {
            "task_id": s.task_ids[DISAGREE],
            "doc_id": DISAGREE,
            "annotators": sorted([s.annotators["anna"].email, s.annotators["bob"].email]),
            "state": "disputed",
            "reason": "disputed: 2 annotators disagree and nobody settled it",
        }
    ]
    assert manifest["task_states"] == {"disputed": 1, "single": 3}
    agreement = manifest["agreement"]
    assert agreement["n_tasks"] == 1 and agreement["gamma_tasks"] == 1 and isinstance(agreement["gamma"], float)
    assert agreement["annotators"] == sorted([s.annotators["anna"].email, s.annotators["bob"].email])
    assert 0 < agreement["span_f1"]["ACTOR"]["exact"] < 1 and agreement["span_f1"]["QUOTE"]["exact"] == 1.0
    audit = manifest["audit"]  # the three exported tasks, each against its prediction
    assert audit["n_tasks"] == 3 and list(audit["by_model_version"]) == [model_version]
    assert audit["by_label"]["ALL"]["kept"] == manifest["counts"]["origins"]["kept"]
    assert audit["by_label"]["ALL"]["edited"] >= 2 and audit["by_label"]["ALL"]["added"] >= 1
    card = (target / "README.md").read_text(encoding="utf-8")
    assert "## Inter-annotator agreement" in card and "## Audit of the pre-annotations" in card
    assert manifest["skipped_tasks"] == [{"task_id": s.task_ids[SKIP], "doc_id": SKIP, "skipped_by": [s.annotators["anna"].email]}]
    assert manifest["unannotated_tasks"] == 1 and manifest["invalid_skipped"] == []
    assert manifest["counts"]["documents"] == 3
    assert manifest["counts"]["spans"] == sum(len(e.origins) for e in s.expected.values())
    assert manifest["counts"]["deleted_predicted_spans"] == s.deleted
    assert manifest["counts"]["annotators"] == {s.annotators["anna"].email: 3}
    gold_lines = [json.loads(line) for line in (target / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["doc_id"] for g in gold_lines] == sorted(s.expected)
    # the export snapshot was deleted again
    assert list(s.server.client.projects.exports.list(id=s.project_id)) == []


def test_no_secret_anywhere_in_the_dataset(scenario: Scenario) -> None:
    target = scenario.workspace.datasets_dir / "v1"
    for path in (p for p in target.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in scenario.secrets:
            assert secret.encode() not in data, f"a credential leaked into {path.name}"
        assert b"password" not in data.lower() and b"api_key" not in data.lower()


def test_export_v1_again_fails_with_exit_1_and_changes_nothing(scenario: Scenario, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from curation.cli import app

    s = scenario
    v1 = s.workspace.datasets_dir / "v1"
    before = {str(p.relative_to(v1)): p.read_bytes() for p in v1.rglob("*") if p.is_file()}
    with pytest.raises(CurateError, match="already exists") as info:
        export(version="v1", workspace=s.workspace, project_title=s.title)
    assert info.value.exit_code == 1
    for key, value in s.server.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("CURATE_HOME", str(s.workspace.root))
    run = CliRunner().invoke(app, ["export", "--version", "v1", "--project", s.title])
    assert run.exit_code == 1, run.output
    assert "already exists" in run.output
    for bad in ("../v1", "v0", "latest"):
        run = CliRunner().invoke(app, ["export", "--version", bad, "--project", s.title])
        assert run.exit_code == 1 and "invalid version" in run.output, run.output
    assert {str(p.relative_to(v1)): p.read_bytes() for p in v1.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in s.workspace.datasets_dir.iterdir()) == ["v1"]


def test_export_v2_takes_the_next_version_and_keeps_every_split(scenario: Scenario, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from curation.cli import app

    s = scenario
    # the skipped article gets annotated now, so v2 has one article more than v1
    as_anna = Session(s.server, s.annotators["anna"])
    task = as_anna.task(s.task_ids[SKIP])
    as_anna.submit(s.task_ids[SKIP], s.project_id, task["predictions"][0]["result"], task["predictions"][0]["id"])
    for key, value in s.server.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("CURATE_HOME", str(s.workspace.root))
    run = CliRunner().invoke(app, ["export", "--project", s.title])
    assert run.exit_code == 0, run.output
    assert "datasets/v2" in run.output
    v1 = {d["doc_id"]: d["split"] for d in table(s, "v1", "documents.parquet")}
    v2 = {d["doc_id"]: d["split"] for d in table(s, "v2", "documents.parquet")}
    assert set(v2) == set(v1) | {SKIP}
    assert {k: v2[k] for k in v1} == v1
    manifest = json.loads((s.workspace.datasets_dir / "v2" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parent_version"] == "v1" and manifest["skipped_tasks"] == []
    # same annotations -> same span table for the v1 articles
    v1_spans = table(s, "v1", "spans.parquet")
    assert [r for r in table(s, "v2", "spans.parquet") if r["doc_id"] != SKIP] == v1_spans


def views(s: Scenario) -> list[str]:
    from curation.labelstudio.client import request_json

    return [(v.get("data") or {}).get("title") for v in request_json(s.server.client, "GET", "/api/dm/views/", params={"project": s.project_id})]


def test_export_in_parts_reads_every_task_once_and_writes_the_same_version(scenario: Scenario, monkeypatch: pytest.MonkeyPatch) -> None:
    """The project read as several snapshots of task-id ranges (curation/labelstudio/parts.py), with the
    DocBins written by a second process, gives the version one snapshot in one process gives; the temporary
    tab, the snapshots and a tab a killed export left are gone."""
    import importlib

    from curation.labelstudio import plan
    from curation.labelstudio.client import request_json

    snapshots_module = importlib.import_module("curation.labelstudio.snapshots")
    s = scenario
    keep = {p.name for p in s.workspace.datasets_dir.iterdir()}
    try:
        whole = export(workspace=s.workspace, project_title=s.title)
        body = json.dumps({"project": s.project_id, "data": {"title": VIEW_TITLE}}).encode()
        request_json(s.server.client, "POST", "/api/dm/views/", body=body)  # what a killed export leaves
        assert VIEW_TITLE in views(s)
        for name, value in {"SINGLE_PART_TASKS": 1, "FIRST_PART_TASKS": 1, "MIDDLE_PART_TASKS": 2, "TAIL_PART_TASKS": (2, 1)}.items():
            monkeypatch.setattr(plan, name, value)
        monkeypatch.setattr(snapshots_module, "DOCBIN_PROCESS_TASKS", 1)  # and the DocBins by a second process
        parted = export(workspace=s.workspace, project_title=s.title)
        manifests = [json.loads((r.path / "manifest.json").read_text(encoding="utf-8")) for r in (whole, parted)]
        n_tasks = manifests[0]["label_studio"]["tasks_in_snapshot"]
        assert n_tasks >= 5 and manifests[1]["label_studio"]["tasks_in_snapshot"] == n_tasks
        assert len(manifests[0]["label_studio"]["export_snapshot_ids"]) == 1
        assert len(manifests[1]["label_studio"]["export_snapshot_ids"]) >= 4
        for name in ("documents.parquet", "spans.parquet", "relations.parquet"):
            assert table(s, parted.version, name) == table(s, whole.version, name), name
        for name in ["gold.jsonl", *(str(p.relative_to(whole.path)) for p in whole.path.glob("*.spacy/*.spacy"))]:
            assert (parted.path / name).read_bytes() == (whole.path / name).read_bytes(), name
        assert {k: v for k, v in manifests[1].items() if k in ("counts", "task_states", "held_out_tasks", "audit")} == \
            {k: v for k, v in manifests[0].items() if k in ("counts", "task_states", "held_out_tasks", "audit")}
        assert snapshots(s) == [] and VIEW_TITLE not in views(s)
    finally:
        drop_new_versions(s, keep)


def test_head_start_builds_the_first_part_while_curate_loads(scenario: Scenario, monkeypatch: pytest.MonkeyPatch) -> None:
    """`export()` has the server build the first part over plain HTTP before it loads the SDK, pyarrow and
    spaCy (curation/labelstudio/prefetch.py); the export takes that part over and writes the version an export
    without a head start writes. A local check that fails afterwards leaves no tab and no snapshot behind, and
    a project whose lock another process holds gets no head start."""
    from curation.labelstudio import plan, prefetch
    from curation.labelstudio.client import connect
    from curation.labelstudio.lock import project_lock

    s = scenario
    taken: list[Any] = []
    take = prefetch.HeadStart.take
    monkeypatch.setattr(prefetch.HeadStart, "take", lambda self, project_id: taken.append(take(self, project_id)) or taken[-1])
    for name, value in {"SINGLE_PART_TASKS": 1, "FIRST_PART_TASKS": 2, "MIDDLE_PART_TASKS": 2, "TAIL_PART_TASKS": (1,)}.items():
        monkeypatch.setattr(plan, name, value)
    keep = {p.name for p in s.workspace.datasets_dir.iterdir()}
    try:
        early = export(workspace=s.workspace, project_title=s.title)
        assert len(taken) == 1 and taken[0] is not None and taken[0].project_id == s.project_id
        ids = json.loads((early.path / "manifest.json").read_text(encoding="utf-8"))["label_studio"]["export_snapshot_ids"]
        assert ids[0] == taken[0].snapshot_id and len(ids) == len(taken[0].plan) >= 3
        plain = export(workspace=s.workspace, project_title=s.title, connection=connect(s.workspace))
        assert len(taken) == 1  # a given connection gets no head start
        for name in ("documents.parquet", "spans.parquet", "relations.parquet"):
            assert table(s, early.version, name) == table(s, plain.version, name), name
        for name in ["gold.jsonl", *(str(p.relative_to(plain.path)) for p in plain.path.glob("*.spacy/*.spacy"))]:
            assert (early.path / name).read_bytes() == (plain.path / name).read_bytes(), name
        with pytest.raises(CurateError, match="already exists"):
            export(version=early.version, workspace=s.workspace, project_title=s.title)
        assert len(taken) == 1 and snapshots(s) == [] and VIEW_TITLE not in views(s)
        with project_lock(s.server.url, s.title), prefetch.head_start(s.workspace, s.title) as none:
            assert none is None
    finally:
        drop_new_versions(s, keep)


def test_invalid_annotation_blocks_export_until_skip_invalid(scenario: Scenario) -> None:
    """An annotation whose offsets do not match its text (what UTF-16 counting would produce) is caught."""
    s = scenario
    text = s.texts[UNTOUCHED]
    as_bob = Session(s.server, s.annotators["bob"])
    start = text.index("Kim")
    bad = new_region("bad-offsets", "ACTOR", start, start + 3, text, actor_type="PERSON")
    for item in bad:
        item["value"].update(start=start + 1, end=start + 4)  # shifted by one, text still says "Kim"
    annotation_id = as_bob.submit(s.task_ids[UNTOUCHED], s.project_id, bad, None)
    try:
        with pytest.raises(gold.InvalidAnnotations) as info:
            export(workspace=s.workspace, project_title=s.title)
        (problem,) = info.value.problems
        assert (problem.task_id, problem.doc_id, problem.item) == (s.task_ids[UNTOUCHED], UNTOUCHED, "span bad-offsets")
        assert not any(p.name.startswith(".tmp-") for p in s.workspace.datasets_dir.iterdir())
        report = export(workspace=s.workspace, project_title=s.title, skip_invalid=True)
        manifest = json.loads((report.path / "manifest.json").read_text(encoding="utf-8"))
        assert [p["item"] for p in manifest["invalid_skipped"]] == ["span bad-offsets"]
        assert manifest["invalid_skipped"][0]["annotation_id"] == annotation_id
        assert UNTOUCHED in {d["doc_id"] for d in pq.read_table(report.path / "documents.parquet").to_pylist()}
        assert not [r for r in pq.read_table(report.path / "spans.parquet").to_pylist() if r["doc_id"] == UNTOUCHED]
    finally:
        s.server.client.annotations.delete(id=annotation_id)
        for path in s.workspace.datasets_dir.iterdir():
            if path.name not in ("v1", "v2"):
                shutil.rmtree(path)


def test_ground_truth_star_settles_the_disputed_task(scenario: Scenario) -> None:
    s = scenario
    annas, bobs = s.annotation_ids[DISAGREE]
    s.server.client.annotations.update(id=annas, ground_truth=True)
    try:
        report = export(workspace=s.workspace, project_title=s.title)
        assert report.held_out == []
        manifest = json.loads((report.path / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["task_states"]["settled"] == 1 and manifest["held_out"] == []
        rows = [r for r in pq.read_table(report.path / "spans.parquet").to_pylist() if r["doc_id"] == DISAGREE]
        assert {r["annotator"] for r in rows} == {s.annotators["anna"].email}
        assert {r["origin"] for r in rows} == {"kept"}
        assert len(rows) == len(s.disputed.origins) + 1  # bob had deleted one actor
        # each span anna made: bob made it too, except the actor he deleted
        assert sorted((r["n_annotators"], r["agreement"]) for r in rows) == [(1, 0.5)] + [(2, 1.0)] * (len(rows) - 1)
        documents = {d["doc_id"]: d for d in pq.read_table(report.path / "documents.parquet").to_pylist()}
        assert documents[DISAGREE]["published"] == "2025-07-13"
        adjudicated = export(workspace=s.workspace, project_title=s.title, require="adjudicated")
        assert [d["doc_id"] for d in pq.read_table(adjudicated.path / "documents.parquet").to_pylist()] == [DISAGREE]
        assert {h.state for h in adjudicated.held_out} == {"single"}  # the others: one annotator, not adjudicated
    finally:
        s.server.client.annotations.update(id=annas, ground_truth=False)


def test_agreement_over_the_project_and_audit_of_v1_from_the_cli(scenario: Scenario, tmp_path: Path) -> None:
    s = scenario
    env = {**os.environ, **s.server.env(), "CURATE_HOME": str(s.workspace.root), "PYTHONPATH": str(PACKAGE_ROOT), "COLUMNS": "200"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "curation.cli", *args], env=env, cwd=str(s.workspace.root),
                              capture_output=True, text=True, timeout=600)  # fmt: skip

    result = run("agreement", "--project", s.title, "--json", str(tmp_path / "a.json"), "--plot", str(tmp_path / "a.png"))
    assert result.returncode == 0, result.stderr
    assert "Agreement over 1 tasks" in result.stdout and "Span F1" in result.stdout
    figures = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert figures["n_tasks"] == 1 and figures["gamma_tasks"] == 1 and isinstance(figures["gamma"], float)
    assert figures["annotators"] == sorted([s.annotators["anna"].email, s.annotators["bob"].email])
    assert 0 < figures["span_f1"]["ACTOR"]["exact"] < 1
    assert (tmp_path / "a.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = run("agreement", "--project", "no such project", "--no-gamma")
    assert missing.returncode == 1 and "no project titled 'no such project'" in missing.stderr
    assert "Traceback" not in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
    audit = run("audit", "v1")
    assert audit.returncode == 0 and "Regions per label" in audit.stdout, audit.stderr


# --------------------------------------------------------------------------- interrupted and refused exports


def cli(s: Scenario, *args: str, root: Path | None = None) -> subprocess.Popen[str]:
    """`curate export` as a separate process, the way a user runs it."""
    env = {**os.environ, **s.server.env(), "CURATE_HOME": str(root or s.workspace.root), "PYTHONPATH": str(PACKAGE_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "curation.cli", "export", "--project", s.title, *args],
        env=env, cwd=str(root or s.workspace.root), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def temp_dirs(s: Scenario) -> list[str]:
    return sorted(p.name for p in s.workspace.datasets_dir.iterdir() if p.name.startswith(".tmp-"))


def snapshots(s: Scenario) -> list[Any]:
    return list(s.server.client.projects.exports.list(id=s.project_id))


def wait_for_temp_dir(s: Scenario, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not temp_dirs(s):
        assert process.poll() is None, f"the export finished before it could be interrupted: {process.communicate()}"
        assert time.monotonic() < deadline, "no .tmp- directory appeared"
        time.sleep(0.005)


def drop_new_versions(s: Scenario, keep: set[str]) -> None:
    for path in s.workspace.datasets_dir.iterdir():
        if path.name not in keep:
            shutil.rmtree(path)


def test_export_killed_with_sigkill_is_cleaned_up_by_the_next_export(scenario: Scenario) -> None:
    s = scenario
    keep = {p.name for p in s.workspace.datasets_dir.iterdir()}
    process = cli(s)
    wait_for_temp_dir(s, process)
    process.kill()
    process.communicate(timeout=60)
    assert temp_dirs(s), "the killed export left nothing behind (nothing to clean up)"
    # what a kill during the download leaves on the server: a snapshot only its own `finally` would delete
    s.server.client.projects.exports.create(id=s.project_id, title=SNAPSHOT_TITLE)
    assert snapshots(s)
    try:
        report = export(workspace=s.workspace, project_title=s.title)
        assert report.documents >= 4
        assert temp_dirs(s) == []
        assert snapshots(s) == []
    finally:
        drop_new_versions(s, keep)


def test_export_stopped_with_sigterm_cleans_up_itself(scenario: Scenario) -> None:
    s = scenario
    keep = {p.name for p in s.workspace.datasets_dir.iterdir()}
    process = cli(s)
    try:
        wait_for_temp_dir(s, process)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 130, stderr
        assert "Traceback" not in stderr and stderr.strip() == "interrupted"
        assert temp_dirs(s) == []
        assert snapshots(s) == []
        assert {p.name for p in s.workspace.datasets_dir.iterdir()} == keep
    finally:
        process.kill()
        drop_new_versions(s, keep)


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """A directory nothing can be written into: a read-only tmpfs as root (root ignores modes), else 0555."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["umount", str(path)], check=True)
    else:
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(0o755)


def test_read_only_datasets_is_one_line_exit_1(scenario: Scenario, tmp_path: Path) -> None:
    s = scenario
    workspace = make_workspace(tmp_path / "ro", seeds=False)
    with read_only(workspace.datasets_dir):
        process = cli(s, root=workspace.root)
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 1, stderr
        assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
        assert "cannot write into" in stderr and ("Read-only file system" in stderr or "Permission denied" in stderr)
        assert list(workspace.datasets_dir.iterdir()) == []
    assert snapshots(s) == []


def test_version_of_300_digits_is_one_line_exit_1(scenario: Scenario) -> None:
    s = scenario
    before = sorted(p.name for p in s.workspace.datasets_dir.iterdir())
    process = cli(s, "--version", "v" + "7" * 300)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 1, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert "invalid version" in stderr and len(stderr) < 300
    assert sorted(p.name for p in s.workspace.datasets_dir.iterdir()) == before
