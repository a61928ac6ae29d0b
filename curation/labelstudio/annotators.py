"""The people who annotate: the organisation's invite link and each account's work per project.

Sign-up on the embedded server needs the invite link (sign-up without it is disabled), so that is
how annotators join; nobody is meant to work under the admin login.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from label_studio_sdk.core.api_error import ApiError

from curation.config import CurateError, Workspace
from curation.labelstudio.client import Connection, api_error_text, connect, find_project, project_url

TASK_PAGE_SIZE = 100  # tasks listed with their annotations (and texts): keep pages modest


@dataclass
class Invite:
    url: str
    project_title: str | None = None
    project_url: str | None = None

    def summary(self) -> str:
        lines = [f"Invite link for annotators (they sign up through it): {self.url}"]
        if self.project_url:
            lines.append(f"After signing up, they open project {self.project_title!r}: {self.project_url}")
        return "\n".join(lines)


@dataclass
class Account:
    id: int
    email: str
    # project title -> (completed, skipped) annotations
    work: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class AnnotatorList:
    accounts: list[Account]
    projects: list[str]

    def rows(self) -> list[list[str]]:
        """One row per account and project (an account without work gets one row of dashes)."""
        rows = []
        for account in self.accounts:
            worked = [(title, account.work[title]) for title in self.projects if title in account.work]
            for title, (completed, skipped) in worked or [("-", (0, 0))]:
                rows.append([account.email, str(account.id), title, str(completed), str(skipped)])
        return rows


def invite(workspace: Workspace | None = None, project_title: str | None = None) -> Invite:
    """The organisation's invite link (and, with a project, where to go after signing up)."""
    connection = connect(workspace)
    try:
        link = connection.client.organizations.invites.get_invite_link()
    except ApiError as exc:
        raise CurateError(f"Label Studio at {connection.url} did not give an invite link ({api_error_text(exc)})") from None
    result = Invite(url=f"{connection.url}{link.invite_url}")
    if project_title:
        project = _project(connection, project_title)
        result.project_title, result.project_url = project.title, project_url(connection, project.id)
    return result


def _project(connection: Connection, title: str) -> Any:
    project = find_project(connection.client, title)
    if project is None:
        raise CurateError(f"no project titled {title!r} in Label Studio at {connection.url}")
    return project


def iter_tasks_with_annotations(connection: Connection, project_id: int) -> Iterator[Any]:
    """Every task of the project with its full annotations (dicts with completed_by, was_cancelled, result)."""
    try:
        yield from connection.client.tasks.list(project=project_id, fields="all", page_size=TASK_PAGE_SIZE)
    except ApiError as exc:
        raise CurateError(
            f"Label Studio at {connection.url}: cannot list the tasks of project {project_id} ({api_error_text(exc)})"
        ) from None


def work_counts(tasks: Iterator[Any]) -> dict[int, tuple[int, int]]:
    """user id -> (completed, skipped) annotations over the given tasks (SDK task objects)."""
    completed: Counter[int] = Counter()
    skipped: Counter[int] = Counter()
    for task in tasks:
        for annotation in task.annotations or []:
            user = annotation.get("completed_by")
            user_id = user.get("id") if isinstance(user, Mapping) else user
            if user_id is None:
                continue
            (skipped if annotation.get("was_cancelled") else completed)[int(user_id)] += 1
    return {user: (completed[user], skipped[user]) for user in completed.keys() | skipped.keys()}


def list_annotators(workspace: Workspace | None = None, project_title: str | None = None) -> AnnotatorList:
    """Every account of the server with its completed / skipped annotations per project."""
    connection = connect(workspace)
    client = connection.client
    try:
        users = client.users.list()
        projects = [_project(connection, project_title)] if project_title else list(client.projects.list(page_size=100))
    except ApiError as exc:
        raise CurateError(f"Label Studio at {connection.url}: cannot list users or projects ({api_error_text(exc)})") from None
    accounts = {int(u.id): Account(id=int(u.id), email=u.email or f"user-{u.id}") for u in users}
    for project in projects:
        for user_id, counts in work_counts(iter_tasks_with_annotations(connection, project.id)).items():
            account = accounts.setdefault(user_id, Account(id=user_id, email=f"user-{user_id}"))
            account.work[project.title] = counts
    return AnnotatorList(accounts=sorted(accounts.values(), key=lambda a: a.id), projects=[p.title for p in projects])
