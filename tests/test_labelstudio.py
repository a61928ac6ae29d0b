"""curation.labelstudio against a REAL Label Studio (the session fixture in conftest.py): server,
connection errors, push idempotency, changed articles, --update-predictions, and the JSON conversion."""

from __future__ import annotations

import json
import os
import random
import socket
import stat
import sys
from pathlib import Path

import pytest

from conftest import LabelStudioServer, TestWorkspace, make_workspace
from curation.config import CurateError, Workspace
from curation.document import Prediction, Relation, Span, sha256_text
from curation.labelstudio import (
    connect,
    ensure_project,
    list_existing,
    prediction_payload,
    prediction_result,
    regions_from_result,
    server_status,
    start_server,
    stop_server,
    task_payload,
    validate_prediction_payload,
)
from curation.labelstudio.push import push
from curation.labelstudio.server import free_port, server_paths
from curation.validation import RegionIssue
from curation.scheme import load_scheme

pytestmark = pytest.mark.timeout(600)


def _tasks(server: LabelStudioServer, project_id: int) -> list:
    return list(server.client.tasks.list(project=project_id, fields="all", page_size=1000))


def _ingest(ws: TestWorkspace) -> None:
    from curation.corpus import ingest

    report = ingest(workspace=ws.workspace)
    assert not report.rejected, report.rejected


# --------------------------------------------------------------------------- server


@pytest.mark.labelstudio
def test_embedded_server_is_private_and_reports_status(label_studio: LabelStudioServer) -> None:
    paths = server_paths(label_studio.workspace)
    creds = json.loads(paths.credentials.read_text())
    assert stat.S_IMODE(paths.credentials.stat().st_mode) == 0o600
    assert creds["email"] == "admin@curate.local" and len(creds["token"]) == 40 and len(creds["password"]) >= 16
    state = json.loads(paths.state.read_text())
    assert state["pid"] == label_studio.pid and state["port"] == label_studio.port
    assert label_studio.url == f"http://127.0.0.1:{label_studio.port}"

    cmdline = Path(f"/proc/{label_studio.pid}/cmdline").read_bytes().split(b"\0")
    assert b"--internal-host" in cmdline and b"127.0.0.1" in cmdline and b"--no-browser" in cmdline
    assert creds["password"].encode() not in b" ".join(cmdline)  # given through the environment, not argv
    environ = Path(f"/proc/{label_studio.pid}/environ").read_bytes().split(b"\0")
    assert b"LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK=true" in environ and b"COLLECT_ANALYTICS=false" in environ
    assert b"SENTRY_DSN=" in environ

    # Not reachable on other interfaces: every listening socket of the port is on 127.0.0.1.
    listeners = [
        line.split()[1]
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
        if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == label_studio.port
    ]
    assert listeners == [f"0100007F:{label_studio.port:04X}"]

    again = start_server(label_studio.workspace)
    assert again.already_running and again.pid == label_studio.pid and "already running" in again.summary()

    status = server_status(label_studio.workspace)
    assert status.running and status.url == label_studio.url and status.email == creds["email"]
    assert "running" in status.summary() and creds["token"] not in status.summary()


@pytest.mark.labelstudio
def test_status_counts_tasks_and_annotations_per_project(ls_workspace: TestWorkspace) -> None:
    _ingest(ls_workspace)
    report = push(ls_workspace.workspace, project_title=ls_workspace.project_title)
    client = ls_workspace.server.client
    task = _tasks(ls_workspace.server, report.project_id)[0]
    client.annotations.create(id=task.id, result=[], was_cancelled=False)
    status = server_status(ls_workspace.server.workspace)
    mine = [p for p in status.projects if p.id == report.project_id]
    assert len(mine) == 1 and mine[0].tasks == 5 and mine[0].annotations == 1
    assert mine[0].model_version == report.model_version
    assert f"{ls_workspace.project_title!r}: 5 tasks, 1 annotations" in status.summary()


def test_stop_without_a_server_and_stale_pid_file(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    assert stop_server(workspace) is False
    paths = server_paths(workspace)
    paths.root.mkdir()
    # pid 1 exists but is not our label-studio: it must never be signalled, and the stale file goes away.
    paths.state.write_text(json.dumps({"pid": 1, "port": 1, "url": "http://127.0.0.1:1"}))
    assert stop_server(workspace) is False
    assert not paths.state.exists()
    paths.state.write_text(json.dumps({"pid": 1, "port": 1}))
    status = server_status(workspace)
    assert not status.running and "curate server start" in status.summary()
    assert not paths.state.exists()


def test_start_without_label_studio_installed_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty_bin = tmp_path / "venv" / "bin"
    empty_bin.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(empty_bin / "python"))
    with pytest.raises(CurateError, match=r"pip install 'curation\[server\]'"):
        start_server(Workspace(tmp_path / "ws"))


def test_start_on_a_busy_port_refuses_instead_of_moving(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(CurateError, match=f"port {port} .* in use"):
            start_server(Workspace(tmp_path), port=port)
    assert not (tmp_path / ".labelstudio" / "server.json").exists()


# --------------------------------------------------------------------------- connect


@pytest.mark.labelstudio
def test_connect_with_environment_variables(
    label_studio: LabelStudioServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for key, value in label_studio.env().items():
        monkeypatch.setenv(key, value)
    connection = connect(Workspace(tmp_path))
    assert connection.source == "env" and connection.url == label_studio.url
    assert connection.client.users.whoami().email == label_studio.email


@pytest.mark.labelstudio
@pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated")  # inside the SDK's token refresh
def test_connect_with_a_personal_access_token(
    label_studio: LabelStudioServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pat = label_studio.client.tokens.create().token  # a JWT refresh token, exchanged by the SDK
    assert pat and pat != label_studio.api_key and pat.count(".") == 2
    monkeypatch.setenv("LABEL_STUDIO_URL", label_studio.url + "/")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", pat)
    connection = connect(Workspace(tmp_path))
    assert connection.url == label_studio.url and connection.client.users.whoami().email == label_studio.email


@pytest.mark.labelstudio
def test_connect_embedded_uses_the_workspace_credentials(
    label_studio: LabelStudioServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    connection = connect(label_studio.workspace)
    assert connection.source == "embedded" and connection.url == label_studio.url


def _one_line_exit_2(excinfo: pytest.ExceptionInfo[CurateError]) -> str:
    message = str(excinfo.value)
    assert excinfo.value.exit_code == 2
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.labelstudio
def test_connect_with_a_rejected_token_is_one_line_exit_2(
    label_studio: LabelStudioServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = "0" * 40
    monkeypatch.setenv("LABEL_STUDIO_URL", label_studio.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", bad)
    with pytest.raises(CurateError) as excinfo:
        connect(Workspace(tmp_path))
    message = _one_line_exit_2(excinfo)
    assert label_studio.url in message and "rejected the API key" in message and "LABEL_STUDIO_API_KEY" in message
    assert bad not in message


def test_connect_to_an_unreachable_url_is_one_line_exit_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("LABEL_STUDIO_URL", url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "x" * 40)
    with pytest.raises(CurateError) as excinfo:
        connect(Workspace(tmp_path))
    message = _one_line_exit_2(excinfo)
    assert f"cannot reach Label Studio at {url}" in message


def test_connect_without_env_or_embedded_server_is_exit_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    with pytest.raises(CurateError) as excinfo:
        connect(Workspace(tmp_path))
    assert "curate server start" in _one_line_exit_2(excinfo)


def test_push_to_an_unreachable_server_is_exit_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from curation.corpus import ingest

    workspace = make_workspace(tmp_path)
    ingest(workspace=workspace)
    monkeypatch.setenv("LABEL_STUDIO_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "x" * 40)
    with pytest.raises(CurateError) as excinfo:
        push(workspace)
    _one_line_exit_2(excinfo)


# --------------------------------------------------------------------------- push


def _assert_predictions_valid(ws: TestWorkspace, project_id: int, version: str) -> list:
    scheme = load_scheme(ws.workspace.label_config_path)
    tasks = _tasks(ws.server, project_id)
    for task in tasks:
        text = task.data["text"]
        assert set(task.data) == {"text", "doc_id", "title", "source", "published", "text_sha256"}
        assert task.data["text_sha256"] == sha256_text(text)
        mine = [p for p in task.predictions if p.model_version == version]
        assert len(mine) == 1, (task.data["doc_id"], [p.model_version for p in task.predictions])
        result = mine[0].result
        assert result, f"no regions predicted for {task.data['doc_id']}"
        assert scheme.interface.validate_prediction({"result": result}, return_errors=True) == []
        for region in result:
            if region["type"] == "labels":
                value = region["value"]
                assert value["text"] == text[value["start"] : value["end"]]
                assert 0 <= region["score"] <= 1
    return tasks


@pytest.mark.labelstudio
def test_push_is_idempotent_and_reports_changed_articles(ls_workspace: TestWorkspace) -> None:
    _ingest(ls_workspace)
    seen: list[tuple[int, int]] = []
    first = push(
        ls_workspace.workspace, project_title=ls_workspace.project_title, progress=lambda a, t: seen.append((a, t))
    )
    assert (first.created, first.skipped, first.updated, first.changed, first.invalid) == (5, 0, 0, [], [])
    assert first.project_created and first.without_current_predictions == 0
    assert sum(a for a, _ in seen) == 5 and all(t == 5 for _, t in seen)
    project = ls_workspace.project()
    assert project.model_version == first.model_version and first.model_version.startswith("curate-rules-")
    assert project.label_config.strip() == load_scheme(ls_workspace.workspace.label_config_path).xml.strip()
    tasks = _assert_predictions_valid(ls_workspace, first.project_id, first.model_version)
    doc_ids = sorted(t.data["doc_id"] for t in tasks)
    assert doc_ids == sorted(p.stem for p in ls_workspace.raw_dir.glob("*.txt"))
    assert "created 5, skipped 0, updated 0" in first.summary()

    second = push(ls_workspace.workspace, project_title=ls_workspace.project_title)
    assert (second.created, second.skipped, second.updated, second.changed) == (0, 5, 0, [])
    assert not second.project_created and second.project_id == first.project_id
    assert len(_tasks(ls_workspace.server, first.project_id)) == 5

    # Change one article's text and re-ingest: reported, nothing created, the old task untouched.
    raw = sorted(ls_workspace.raw_dir.glob("*.txt"))[2]
    lines = raw.read_text(encoding="utf-8").splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += " Dieser Satz wurde nachträglich ergänzt."
    raw.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _ingest(ls_workspace)
    third = push(ls_workspace.workspace, project_title=ls_workspace.project_title)
    assert (third.created, third.skipped, third.changed) == (0, 4, [raw.stem])
    assert raw.stem in third.summary()
    after = _tasks(ls_workspace.server, first.project_id)
    assert len(after) == 5
    old = next(t for t in after if t.data["doc_id"] == raw.stem)
    assert "nachträglich" not in old.data["text"]


@pytest.mark.labelstudio
def test_update_predictions_attaches_a_new_model_version(
    ls_workspace: TestWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import curation.preannotate

    _ingest(ls_workspace)
    first = push(ls_workspace.workspace, project_title=ls_workspace.project_title, batch_size=2)
    assert first.created == 5

    monkeypatch.setattr(curation.preannotate, "model_version", lambda nlp: "curate-rules-test-v2")
    plain = push(ls_workspace.workspace, project_title=ls_workspace.project_title)
    assert (plain.created, plain.skipped, plain.updated) == (0, 5, 0)
    assert plain.without_current_predictions == 5 and "--update-predictions" in plain.summary()
    assert ls_workspace.project().model_version == first.model_version  # nothing new imported: unchanged

    updated = push(
        ls_workspace.workspace, project_title=ls_workspace.project_title, update_predictions=True, batch_size=2
    )
    assert (updated.created, updated.skipped, updated.updated) == (0, 0, 5)
    assert updated.model_version == "curate-rules-test-v2" and updated.without_current_predictions == 0
    assert ls_workspace.project().model_version == "curate-rules-test-v2"
    tasks = _assert_predictions_valid(ls_workspace, first.project_id, "curate-rules-test-v2")
    assert all(
        sorted(p.model_version for p in t.predictions) == sorted([first.model_version, "curate-rules-test-v2"])
        for t in tasks
    )

    again = push(ls_workspace.workspace, project_title=ls_workspace.project_title, update_predictions=True)
    assert (again.created, again.skipped, again.updated) == (0, 5, 0)
    assert all(len(t.predictions) == 2 for t in _tasks(ls_workspace.server, first.project_id))


@pytest.mark.labelstudio
def test_an_invalid_prediction_is_reported_and_not_imported(
    ls_workspace: TestWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import curation.preannotate

    real_predict = curation.preannotate.predict

    def predict_with_one_bad_span(nlp, articles):
        for prediction in real_predict(nlp, articles):
            if prediction.doc_id.startswith("001_"):
                prediction.spans.append(Span("actor-0-3", "ACTOR", 0, 3, "not the slice", {}, 0.5))
            yield prediction

    monkeypatch.setattr(curation.preannotate, "predict", predict_with_one_bad_span)
    from rich.progress import Progress

    _ingest(ls_workspace)
    with Progress(disable=True) as progress:  # the CLI's kind of progress object is accepted too
        report = push(ls_workspace.workspace, project_title=ls_workspace.project_title, progress=progress)
    assert progress.tasks[0].total == 5 and progress.tasks[0].completed == 5
    assert report.created == 5 and [d for d, _ in report.invalid] == [next(ls_workspace.raw_dir.glob("001_*.txt")).stem]
    assert "actor-0-3" in report.invalid[0][1] and report.without_current_predictions == 1
    tasks = {t.data["doc_id"]: t for t in _tasks(ls_workspace.server, report.project_id)}
    assert [d for d, t in tasks.items() if not t.predictions] == [report.invalid[0][0]]


@pytest.mark.labelstudio
def test_a_timed_out_import_that_was_committed_is_not_duplicated(
    ls_workspace: TestWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server commits, the answer is lost: push re-lists before retrying and creates nothing twice."""
    import importlib

    import httpx

    push_module = importlib.import_module("curation.labelstudio.push")  # the package exports push() under that name

    real_import = push_module.post_tasks
    calls: list[int] = []

    def commit_then_time_out(client, project_id, tasks):
        calls.append(len(tasks))
        response = real_import(client, project_id, tasks)
        if len(calls) == 1:
            raise httpx.ReadTimeout("simulated: the answer never arrived")
        return response

    monkeypatch.setattr(push_module, "post_tasks", commit_then_time_out)
    _ingest(ls_workspace)
    report = push(ls_workspace.workspace, project_title=ls_workspace.project_title, batch_size=3)
    assert calls == [3, 2] and report.created == 5
    assert sorted(t.data["doc_id"] for t in _tasks(ls_workspace.server, report.project_id)) == sorted(
        p.stem for p in ls_workspace.raw_dir.glob("*.txt")
    )


def _push_module():
    import importlib

    return importlib.import_module("curation.labelstudio.push")  # the package exports push() under that name


@pytest.mark.labelstudio
def test_a_prediction_the_server_dropped_is_found_by_the_batch_check_and_attached(
    ls_workspace: TestWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server answers 201 but one task of the batch has no prediction (as SQLite under concurrent writers
    does): the counting check of the batch notices, and push attaches the prediction."""
    push_module = _push_module()
    real_import = push_module.post_tasks

    def drop_one_prediction(client, project_id, tasks):
        first, *rest = tasks
        return real_import(client, project_id, [{k: v for k, v in first.items() if k != "predictions"}, *rest])

    monkeypatch.setattr(push_module, "post_tasks", drop_one_prediction)
    _ingest(ls_workspace)
    report = push(ls_workspace.workspace, project_title=ls_workspace.project_title, batch_size=3)
    assert (report.created, report.repaired_predictions, report.repaired_duplicates) == (5, 2, 0)
    tasks = _tasks(ls_workspace.server, report.project_id)
    assert sorted(t.data["doc_id"] for t in tasks) == sorted(p.stem for p in ls_workspace.raw_dir.glob("*.txt"))
    assert all([p.model_version for p in t.predictions] == [report.model_version] for t in tasks)


@pytest.mark.labelstudio
def test_a_task_someone_else_imported_meanwhile_is_found_by_the_final_count(
    ls_workspace: TestWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another push (on another machine: no lock) imports one article just before this push's first import: the
    project then holds one task more than before plus this push's, so push looks and deletes its own copy."""
    push_module = _push_module()
    real_import = push_module.post_tasks
    calls: list[int] = []

    def someone_else_first(client, project_id, tasks):
        if not calls:
            real_import(client, project_id, tasks[:1])  # not this push's task: its id is never reported
        calls.append(len(tasks))
        return real_import(client, project_id, tasks)

    monkeypatch.setattr(push_module, "post_tasks", someone_else_first)
    _ingest(ls_workspace)
    report = push(ls_workspace.workspace, project_title=ls_workspace.project_title, batch_size=3)
    assert (report.created, report.repaired_duplicates) == (4, 1)
    tasks = _tasks(ls_workspace.server, report.project_id)
    assert sorted(t.data["doc_id"] for t in tasks) == sorted(p.stem for p in ls_workspace.raw_dir.glob("*.txt"))
    assert all(len(t.predictions) == 1 for t in tasks)


@pytest.mark.labelstudio
def test_project_config_and_guidelines_follow_the_workspace(ls_workspace: TestWorkspace) -> None:
    ws = ls_workspace.workspace
    (ls_workspace.root / "GUIDELINES.md").write_text(
        "# Leitfaden\n\nMarkiere **Zitate** mit `QUOTE`.\n", encoding="utf-8"
    )
    connection = connect(ws)
    created = ensure_project(connection, ws, ls_workspace.project_title)
    assert created.created
    project = ls_workspace.project()
    assert project.show_instruction and "<strong>Zitate</strong>" in project.expert_instruction
    again = ensure_project(connection, ws, ls_workspace.project_title)
    assert not again.config_updated and not again.instructions_updated  # unchanged (modulo LS sanitising): no update

    # A new choice is an allowed change; the project follows label_config.xml.
    xml = ws.label_config_path.read_text(encoding="utf-8")
    ws.label_config_path.write_text(
        xml.replace('<Choice value="STATE"/>', '<Choice value="STATE"/>\n      <Choice value="GROUP"/>'),
        encoding="utf-8",
    )
    ref = ensure_project(connection, ws, ls_workspace.project_title)
    assert ref.config_updated and 'value="GROUP"' in ls_workspace.project().label_config

    # An annotation using FIGURE, then a config without FIGURE: Label Studio refuses, curate explains.
    task_ids = ls_workspace.server.client.projects.import_tasks(
        id=ref.id,
        request=[{"data": {"text": "Rund 15 000 Soldaten.", "doc_id": "t1", "title": "T"}}],
        return_task_ids=True,
    ).task_ids
    ls_workspace.server.client.annotations.create(
        id=task_ids[0],
        result=[{"id": "f1", "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": 0, "end": 20, "text": "Rund 15 000 Soldaten", "labels": ["FIGURE"]}}],
    )  # fmt: skip
    xml = ws.label_config_path.read_text(encoding="utf-8")
    ws.label_config_path.write_text(
        xml.replace('<Label value="FIGURE" background="#54A24B" hotkey="f"/>', ""), encoding="utf-8"
    )
    with pytest.raises(CurateError, match="existing annotations use a label") as excinfo:
        ensure_project(connection, ws, ls_workspace.project_title)
    assert "\n" not in str(excinfo.value)


# --------------------------------------------------------------------------- JSON conversion


EMOJI_TEXT = "Großartig 🎉👍🏽! „Wir bleiben“, sagte Kanzler Olaf Scholz. Rund 15 000 Soldaten 🇩🇪 kamen."


def _emoji_prediction() -> Prediction:
    text = EMOJI_TEXT

    def span(label: str, piece: str, **attrs: object) -> Span:
        start = text.index(piece)
        return Span(
            f"{label.lower()}-{start}-{start + len(piece)}", label, start, start + len(piece), piece, dict(attrs), 0.8
        )

    quote = span("QUOTE", "„Wir bleiben“", quote_type="direct")
    actor = span("ACTOR", "Olaf Scholz", actor_type="PERSON", canonical="Olaf Scholz")
    figure = span("FIGURE", "Rund 15 000 Soldaten", value=15000, unit="Soldat", qualifier="approx")
    return Prediction(
        doc_id="emoji",
        text=text,
        spans=[quote, actor, figure],
        relations=[Relation(quote.id, actor.id)],
        model_version="m-test",
    )


def test_prediction_round_trip_with_emoji_before_spans() -> None:
    scheme = load_scheme()
    prediction = _emoji_prediction()
    assert prediction.spans[0].start == EMOJI_TEXT.index("„")  # code points: the emoji count 1 each (🏽 and 🇩🇪 too)
    payload = prediction_payload(prediction, scheme)
    assert payload["model_version"] == "m-test" and payload["score"] == 0.8
    assert validate_prediction_payload(payload, EMOJI_TEXT, scheme) == []
    by_id: dict[str, list[str]] = {}
    for item in payload["result"]:
        if item["type"] != "relation":
            by_id.setdefault(item["id"], []).append(item["type"])
    actor_id = prediction.spans[1].id
    assert sorted(by_id[actor_id]) == ["choices", "labels", "textarea"]  # attributes share the region's id
    assert {r["type"] for r in payload["result"]} == {"labels", "choices", "textarea", "number", "relation"}

    spans, relations = regions_from_result(payload["result"], EMOJI_TEXT, scheme)
    assert [s.to_dict() for s in spans] == [s.to_dict() for s in sorted(prediction.spans, key=lambda s: s.start)]
    assert [s.score for s in spans] == [0.8, 0.8, 0.8]
    assert relations == prediction.relations


def test_regions_from_result_is_robust_to_what_annotators_produce() -> None:
    scheme = load_scheme()
    prediction = _emoji_prediction()
    result = prediction_result(prediction, scheme)
    # Shuffled, attribute results without offsets, relation drawn the other way without a label,
    # an attribute whose region was deleted, a stale value.text, several labels on one region.
    for item in result:
        if item["type"] in ("choices", "number", "textarea"):
            item["value"].pop("start"), item["value"].pop("end")
        if item["type"] == "labels":
            item["value"]["text"] = "stale"
    relation = next(r for r in result if r["type"] == "relation")
    relation.update(from_id=relation["to_id"], to_id=relation["from_id"], direction="left", labels=[])
    result.append(
        {
            "id": "gone",
            "from_name": "quote_type",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["direct"]},
        }
    )
    result.append(
        {"id": "empty", "from_name": "canonical", "to_name": "text", "type": "textarea", "value": {"text": ["  "]}}
    )
    random.Random(7).shuffle(result)
    problems: list[RegionIssue] = []
    spans, relations = regions_from_result(result, EMOJI_TEXT, scheme, problems)
    assert [s.to_dict() for s in spans] == [s.to_dict() for s in sorted(prediction.spans, key=lambda s: s.start)]
    assert relations == prediction.relations
    assert [(p.region_id, p.reason) for p in problems] == [("gone", "attributes ['quote_type'] without a region")]


def test_invalid_predictions_are_detected() -> None:
    scheme = load_scheme()
    prediction = _emoji_prediction()
    prediction.spans[1].start += 1  # text no longer equals the slice
    prediction.spans[2].attributes["qualifier"] = "roughly"  # not a choice of label_config.xml
    prediction.relations.append(Relation("quote-0-1", "nobody"))
    issues = validate_prediction_payload(prediction_payload(prediction, scheme), EMOJI_TEXT, scheme)
    by_region = {(issue.kind, issue.region_id): issue.reason for issue in issues}
    moved = prediction.spans[1]
    assert by_region[("span", moved.id)].startswith(f"text[{moved.start}:{moved.end}] is ")
    assert "roughly" in by_region[("span", prediction.spans[2].id)]
    assert by_region[("relation", "quote-0-1->nobody")] == "endpoint is not a region"


@pytest.mark.labelstudio
def test_emoji_offsets_survive_label_studio(ls_workspace: TestWorkspace) -> None:
    """Imported through the API and read back, the regions still slice the text to the same strings."""
    from curation.document import Article

    scheme = load_scheme(ls_workspace.workspace.label_config_path)
    ref = ensure_project(connect(ls_workspace.workspace), ls_workspace.workspace, ls_workspace.project_title)
    prediction = _emoji_prediction()
    article = Article(doc_id="emoji", title="Emoji", text=EMOJI_TEXT, text_sha256=sha256_text(EMOJI_TEXT))
    client = ls_workspace.server.client
    client.projects.import_tasks(id=ref.id, request=[task_payload(article, prediction, scheme)], return_task_ids=True)
    existing, duplicates = list_existing(client, ref.id)
    assert list(existing) == ["emoji"] and not duplicates and existing["emoji"].model_versions == {"m-test"}
    task = _tasks(ls_workspace.server, ref.id)[0]
    assert task.data["text"] == EMOJI_TEXT
    spans, relations = regions_from_result(task.predictions[0].result, task.data["text"], scheme)
    assert [s.to_dict() for s in spans] == [s.to_dict() for s in sorted(prediction.spans, key=lambda s: s.start)]
    assert relations == prediction.relations


# --------------------------------------------------------------------------- restart (last: it restarts the shared server)


@pytest.mark.labelstudio
def test_stop_then_restart_keeps_data_and_credentials(label_studio: LabelStudioServer) -> None:
    workspace = label_studio.workspace
    projects_before = {p.id for p in label_studio.client.projects.list()}
    assert stop_server(workspace) is True
    assert (
        not Path(f"/proc/{label_studio.pid}").exists()
        or b"label-studio" not in Path(f"/proc/{label_studio.pid}/cmdline").read_bytes()
    )
    assert not server_paths(workspace).state.exists()
    assert not server_status(workspace).running
    assert stop_server(workspace) is False

    info = start_server(workspace, port=label_studio.port)
    assert not info.already_running and info.url == label_studio.url
    assert {p.id for p in label_studio.client.projects.list()} == projects_before  # same token, same data
    os.kill(info.pid, 0)


def test_two_headed_speaker_arrow_is_read_as_quote_to_actor() -> None:
    scheme = load_scheme()
    prediction = _emoji_prediction()
    result = prediction_result(prediction, scheme)
    relation = next(r for r in result if r["type"] == "relation")
    relation.update(from_id=relation["to_id"], to_id=relation["from_id"], direction="bi")
    _, relations = regions_from_result(result, EMOJI_TEXT, scheme)
    assert relations == prediction.relations
