"""`curate annotators invite | list` against the REAL Label Studio of the session fixture: people sign up
through the printed invite link, and the list counts what each one completed and skipped per project."""

from __future__ import annotations

import secrets
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from typer.testing import CliRunner

from conftest import TestWorkspace
from curation.cli import app
from curation.labelstudio.push import push
from curation.labelstudio.annotators import invite, list_annotators

pytestmark = [pytest.mark.labelstudio, pytest.mark.timeout(600)]


def sign_up(invite_url: str, email: str) -> str:
    """What a person does with the link: open it, fill in the form. Returns their API token."""
    token = parse_qs(urlsplit(invite_url).query)["token"][0]
    base = invite_url.split("/user/signup/")[0]
    with httpx.Client(base_url=base, timeout=60) as browser:
        browser.get("/user/signup/", params={"token": token}).raise_for_status()
        response = browser.post(
            "/user/signup/",
            params={"token": token},
            data={"csrfmiddlewaretoken": browser.cookies["csrftoken"], "email": email, "password": secrets.token_urlsafe(16)},
            headers={"Referer": f"{base}/user/signup/"},
        )
        assert response.status_code == 302, f"sign-up through {invite_url} failed: HTTP {response.status_code}"
        return browser.get("/api/current-user/token").json()["token"]


def annotate(url: str, token: str, task_id: int, project_id: int, cancelled: bool = False) -> None:
    body = {"result": [], "was_cancelled": cancelled, "lead_time": 3.0}
    response = httpx.post(
        f"{url}/api/tasks/{task_id}/annotations",
        params={"project": project_id},
        json=body,
        headers={"Authorization": f"Token {token}"},
        timeout=60,
    )
    assert response.status_code == 201, response.text[:300]


def test_invite_link_signs_people_up_and_list_counts_their_work(ls_workspace: TestWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from curation import cli
    from curation.corpus import ingest

    monkeypatch.setattr(cli.out, "width", 200)  # a wide terminal: table cells unwrapped

    ingest(workspace=ls_workspace.workspace)
    report = push(ls_workspace.workspace, project_title=ls_workspace.project_title)
    server = ls_workspace.server
    link = invite(ls_workspace.workspace, project_title=ls_workspace.project_title)
    assert link.url.startswith(f"{server.url}/user/signup/?token=")
    assert link.project_url == report.project_url

    suffix = secrets.token_hex(3)
    carla, dave = f"carla-{suffix}@example.org", f"dave-{suffix}@example.org"
    carla_token, dave_token = sign_up(link.url, carla), sign_up(link.url, dave)
    task_ids = sorted(t.id for t in server.client.tasks.list(project=report.project_id, fields="task_only"))
    annotate(server.url, carla_token, task_ids[0], report.project_id)
    annotate(server.url, carla_token, task_ids[1], report.project_id)
    annotate(server.url, carla_token, task_ids[2], report.project_id, cancelled=True)
    annotate(server.url, dave_token, task_ids[0], report.project_id)

    listed = list_annotators(ls_workspace.workspace, project_title=ls_workspace.project_title)
    by_email = {a.email: a for a in listed.accounts}
    assert by_email[carla].work == {ls_workspace.project_title: (2, 1)}
    assert by_email[dave].work == {ls_workspace.project_title: (1, 0)}
    assert by_email[server.email].work == {}  # the admin annotated nothing here

    runner = CliRunner()
    result = runner.invoke(app, ["annotators", "list", "--project", ls_workspace.project_title])
    assert result.exit_code == 0, result.output
    carla_row = next(line for line in result.output.splitlines() if carla in line)
    assert [cell.strip() for cell in carla_row.split("│")[1:-1]][2:] == [ls_workspace.project_title, "2", "1"]
    result = runner.invoke(app, ["annotators", "invite"])
    assert result.exit_code == 0 and link.url in result.output
    result = runner.invoke(app, ["annotators", "list", "--project", "no such project title"])
    assert result.exit_code == 1 and "no project titled" in result.output
