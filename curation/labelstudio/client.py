"""Connecting to Label Studio and finding/creating the project.

LABEL_STUDIO_URL + LABEL_STUDIO_API_KEY (a legacy token or a personal access token; the SDK handles
both) when set, else the embedded server of this workspace. Every failure is one CurateError line.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from curation.config import DEFAULT_PROJECT_TITLE, CurateError, Workspace
from curation.labelstudio.endpoint import ConnectionFailed, connection_headers, endpoint
from curation.labelstudio.plan import first_task_of, first_task_params
from curation.labelstudio.server import server_paths
from curation.scheme import LabelScheme, load_scheme

SDK_TIMEOUT = 300  # seconds; bulk imports get their own, longer, per-request timeout
CHECK_OPTIONS: Any = {"timeout": 15, "max_retries": 0}
READ_ATTEMPTS = 3  # a GET is repeated after a 5xx or a transport error (it changes nothing)
TITLE_LENGTH = (3, 50)  # Label Studio's PROJECT_TITLE_MIN_LEN / MAX_LEN


@dataclass
class Connection:
    client: LabelStudio
    url: str
    source: Literal["env", "embedded"]


def api_error_text(exc: Exception) -> str:
    """A short, single-line description of an SDK/httpx error (never the headers, never a token)."""
    if isinstance(exc, ApiError):
        body = exc.body
        if isinstance(body, dict):
            detail = body.get("validation_errors") or body.get("detail") or body
        else:
            detail = str(body or "")
            if detail.lstrip().startswith("<"):
                detail = "an HTML page"
        return f"HTTP {exc.status_code}: {' '.join(' '.join(_leaves(detail)).split())[:300]}"
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"


def _leaves(value: Any) -> list[str]:
    """The messages inside DRF's nested error bodies ({"field": ["message", ...]})."""
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [str(value)]


def connect(workspace: Workspace | None = None) -> Connection:
    """A verified SDK client (users.whoami answered), or CurateError(exit_code=2) in one line."""
    server = endpoint(workspace)
    url, key, source, hint = server.url, server.key, server.source, server.hint
    try:
        http = httpx.Client(timeout=SDK_TIMEOUT, follow_redirects=True, headers=connection_headers(url))
        client = LabelStudio(base_url=url, api_key=key, timeout=SDK_TIMEOUT, httpx_client=http)
        client.users.whoami(request_options=CHECK_OPTIONS)
    except ApiError as exc:
        if exc.status_code in (401, 403):
            what = (
                "set LABEL_STUDIO_API_KEY to a valid token (legacy token or personal access token)"
                if source == "env"
                else (
                    f"its credentials in {server_paths(workspace).credentials} no longer match: stop the server and remove .labelstudio/ to start afresh"
                )
            )
            raise ConnectionFailed(f"Label Studio at {url} rejected the API key: {what}") from None
        raise ConnectionFailed(f"{url} does not answer like Label Studio ({api_error_text(exc)}): {hint}") from None
    except (httpx.HTTPError, OSError) as exc:
        raise ConnectionFailed(f"cannot reach Label Studio at {url} ({type(exc).__name__}): {hint}") from None
    except ValueError as exc:  # e.g. the answer was not JSON
        raise ConnectionFailed(f"{url} does not answer like Label Studio ({exc}): {hint}") from None
    return Connection(client=client, url=url, source=source)


def render_guidelines(workspace: Workspace) -> str | None:
    """GUIDELINES.md as HTML for the project's instructions, or None when there is none."""
    path = workspace.guidelines_path
    if not path.exists():
        return None
    from markdown_it import MarkdownIt

    # HTML (not XHTML) output: Label Studio sanitises the stored instructions, turning "<hr />" into "<hr>".
    return MarkdownIt("commonmark", {"xhtmlOut": False}).enable("table").render(path.read_text(encoding="utf-8"))


def _same_html(stored: str | None, rendered: str) -> bool:
    def norm(html: str) -> str:
        return " ".join(re.sub(r"\s*/>", ">", html).split())

    return norm(stored or "") == norm(rendered)


@dataclass
class ProjectRef:
    id: int
    title: str
    created: bool
    config_updated: bool
    instructions_updated: bool
    model_version: str


def request_json(
    client: LabelStudio, method: str, path: str, *, params: dict[str, Any] | None = None,
    body: bytes | None = None, timeout: float = SDK_TIMEOUT,
) -> Any:
    """One API request with the SDK's own auth and HTTP client, the body already JSON bytes: the SDK's generic
    encoder costs more CPU than building a large import. Errors raise the SDK's ApiError, as its calls do."""
    wrapper = client._client_wrapper
    url = f"{wrapper.get_base_url().rstrip('/')}{path}"
    for attempt in range(1, READ_ATTEMPTS + 1):
        headers = wrapper.get_headers() | {"Content-Type": "application/json", "Accept": "application/json"}
        headers |= connection_headers(url)
        try:
            response = wrapper.httpx_client.httpx_client.request(
                method, url, params=params, content=body, headers=headers, timeout=timeout
            )
        except httpx.TransportError:
            if method != "GET" or attempt == READ_ATTEMPTS:
                raise
            time.sleep(attempt)
            continue
        # A read may meet a busy database (SQLite under concurrent writers answers 500): ask again.
        if method == "GET" and response.status_code >= 500 and attempt < READ_ATTEMPTS:
            time.sleep(attempt)
            continue
        break
    if response.status_code >= 400:
        try:
            detail: Any = response.json()
        except ValueError:
            detail = response.text
        raise ApiError(status_code=response.status_code, body=detail)
    return response.json() if response.content else None


def first_task(
    client: LabelStudio, project_id: int, filters: list[dict[str, Any]] | None = None, ordering: list[str] | None = None
) -> tuple[int | None, int]:
    """(the id of the first task matching `filters` in `ordering`, or None; how many match), from one request that
    lists a single task: the server counts instead of serialising (tens of ms at any project size)."""
    return first_task_of(request_json(client, "GET", "/api/tasks", params=first_task_params(project_id, filters, ordering)))


def _exact_matches(client: LabelStudio, title: str) -> list[Any]:
    """Projects titled exactly `title`, lowest id first (the API's title filter is a case-insensitive substring match)."""
    return sorted((p for p in client.projects.list(title=title, page_size=100) if p.title == title), key=lambda p: p.id)


def find_project(client: LabelStudio, title: str) -> Any | None:
    """The project whose title is exactly `title`; CurateError when several have it."""
    matches = _exact_matches(client, title)
    if len(matches) > 1:
        ids = ", ".join(str(p.id) for p in matches)
        raise CurateError(f"several Label Studio projects are titled {title!r} (ids {ids}): rename all but one")
    return matches[0] if matches else None


def _find_settled(client: LabelStudio, title: str) -> Any | None:
    """find_project, but a second project with the title may be one another process just created and is about
    to delete (see _create_project): look again a few times before calling the title ambiguous."""
    for wait in (1.0, 2.0, 4.0):
        matches = _exact_matches(client, title)
        if len(matches) <= 1:
            return matches[0] if matches else None
        time.sleep(wait)
    return find_project(client, title)


def _create_project(client: LabelStudio, title: str, scheme: LabelScheme, instructions: str | None) -> Any | None:
    """Create the project, then settle a race with other processes (other machines too, which the lock does not
    reach): of several projects with the title the lowest id wins, and the one created here is deleted while
    still empty. The created project, or None when another one won."""
    extra: dict[str, Any] = {"expert_instruction": instructions, "show_instruction": True} if instructions else {}
    created = client.projects.create(
        title=title,
        label_config=scheme.xml,
        description="German news: ACTOR, FIGURE, QUOTE + speaker (managed by curate)",
        **extra,
    )
    matches = _exact_matches(client, title)
    if not matches or matches[0].id == created.id:
        return created
    if not client.projects.get(id=created.id).task_number:
        client.projects.delete(id=created.id)
    return None


def _same_xml(a: str | None, b: str) -> bool:
    return " ".join((a or "").split()) == " ".join(b.split())


def ensure_project(
    connection: Connection,
    workspace: Workspace | None = None,
    title: str | None = None,
    scheme: LabelScheme | None = None,
) -> ProjectRef:
    """Find the project by exact title or create it; bring its label config and instructions up to date."""
    workspace = workspace or Workspace.current()
    title = (title or DEFAULT_PROJECT_TITLE).strip()
    if not TITLE_LENGTH[0] <= len(title) <= TITLE_LENGTH[1]:
        raise CurateError(
            f"project title {title!r} must be {TITLE_LENGTH[0]} to {TITLE_LENGTH[1]} characters long (a Label Studio limit)"
        )
    scheme = scheme or load_scheme(workspace.label_config_path)
    instructions = render_guidelines(workspace)
    client = connection.client
    try:
        project = _find_settled(client, title)
        if project is None:
            created = _create_project(client, title, scheme, instructions)
            if created is not None:
                return ProjectRef(created.id, title, True, False, False, created.model_version or "")
            project = _exact_matches(client, title)[0]  # another process created it first: use theirs
        project = client.projects.get(id=project.id)
    except ApiError as exc:
        raise CurateError(
            f"Label Studio at {connection.url}: cannot find or create project {title!r} ({api_error_text(exc)})"
        ) from None

    config_changed = not _same_xml(project.label_config, scheme.xml)
    instructions_changed = bool(instructions) and (
        not _same_html(project.expert_instruction, instructions) or not project.show_instruction
    )
    if config_changed:
        try:
            # The strict check the UI runs first: a plain PATCH accepts removing a label that annotations
            # still use (Label Studio only logs it); the validate endpoint answers 400.
            client.projects.validate_label_config(id=project.id, label_config=scheme.xml)
            client.projects.update(id=project.id, label_config=scheme.xml)
        except ApiError as exc:
            if exc.status_code == 400:
                raise CurateError(
                    f"Label Studio refused the new label config for project {title!r} (id {project.id}): "
                    f"{api_error_text(exc)} — existing annotations use a label or choice that the new "
                    f"label_config.xml removes; keep it, or fix those annotations first"
                ) from None
            raise CurateError(
                f"Label Studio at {connection.url}: cannot update the label config ({api_error_text(exc)})"
            ) from None
    if instructions_changed:
        try:
            client.projects.update(id=project.id, expert_instruction=instructions, show_instruction=True)
        except ApiError as exc:
            raise CurateError(
                f"Label Studio at {connection.url}: cannot update the instructions ({api_error_text(exc)})"
            ) from None
    return ProjectRef(project.id, title, False, config_changed, instructions_changed, project.model_version or "")


def project_url(connection: Connection, project_id: int) -> str:
    return f"{connection.url}/projects/{project_id}/data"


def set_overlap(client: LabelStudio, project_id: int, n: int) -> None:
    """Have each task annotated by `n` different annotators: Label Studio Community's project fields
    `maximum_annotations` (annotations per task; a task counts as labeled once it has that many) and
    `overlap_cohort_percentage` (the share of tasks that get the overlap; 100 = every task). Label Studio
    then hands each task to up to `n` annotators and never twice to the same one."""
    if n < 1:
        raise CurateError(f"--overlap must be at least 1, not {n}")
    try:
        client.projects.update(id=project_id, maximum_annotations=n, overlap_cohort_percentage=100)
    except ApiError as exc:
        raise CurateError(f"cannot set the overlap of project {project_id} to {n} ({api_error_text(exc)})") from None
