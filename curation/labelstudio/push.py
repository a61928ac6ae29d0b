"""`curate push`: pre-annotate the ingested corpus and bulk-import it into Label Studio, idempotently.

Label Studio does not deduplicate imports, so push lists the project's tasks first and matches on
data.doc_id: new articles are imported (in batches, never one request per task), unchanged ones are
skipped, and ones whose text changed since they were pushed are reported, never duplicated or overwritten.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from curation.config import CurateError, Workspace
from curation.document import Article, Prediction, sha256_text
from curation.labelstudio.client import (
    Connection,
    ConnectionFailed,
    api_error_text,
    connect,
    ensure_project,
    project_url,
    set_overlap,
)
from curation.labelstudio.tasks import prediction_payload, task_payload, validate_prediction_payload
from curation.scheme import LabelScheme, load_scheme

ProgressCallback = Callable[[int, int], None]
IMPORT_OPTIONS: Any = {"timeout": 600, "max_retries": 0}  # never let the SDK blindly re-send an import
LIST_PAGE_SIZE = 1000
ATTEMPTS = 3
T = TypeVar("T")


@dataclass
class ExistingTask:
    id: int
    doc_id: str
    text_sha256: str
    model_versions: frozenset[str]


@dataclass
class PushReport:
    project_id: int
    project_title: str
    project_url: str
    model_version: str
    created: int = 0
    skipped: int = 0
    updated: int = 0
    changed: list[str] = field(default_factory=list)  # doc_ids whose text differs from the pushed task
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, reason): prediction NOT imported
    duplicates: list[str] = field(default_factory=list)  # doc_ids found in more than one task (made outside push)
    without_current_predictions: int = 0  # tasks lacking a prediction of model_version
    overlap: int | None = None  # annotators per task, when --overlap set it
    project_created: bool = False
    config_updated: bool = False
    instructions_updated: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        head = "created" if self.project_created else "project"
        lines = [
            f"{head} {self.project_title!r} (id {self.project_id}): {self.project_url}",
            f"created {self.created}, skipped {self.skipped}, updated {self.updated}, "
            f"changed {len(self.changed)} — model_version {self.model_version} ({self.seconds:.1f} s)",
        ]
        if self.overlap is not None:
            lines.append(f"overlap: each task is annotated by {self.overlap} different annotator(s)")
        if self.config_updated:
            lines.append("label config updated from label_config.xml")
        if self.instructions_updated:
            lines.append("annotator instructions updated from GUIDELINES.md")
        if self.changed:
            lines.append(
                f"text changed since pushed (NOT re-imported, annotate or delete the old task by hand): {', '.join(self.changed)}"
            )
        for doc_id, reason in self.invalid:
            lines.append(f"invalid prediction not imported for {doc_id}: {reason}")
        if self.duplicates:
            lines.append(f"several tasks share doc_id (left as they are): {', '.join(self.duplicates)}")
        if self.without_current_predictions:
            lines.append(
                f"{self.without_current_predictions} task(s) have no prediction of {self.model_version}; "
                "annotators see none on them: run `curate push --update-predictions`"
            )
        return "\n".join(lines)


def _progress_callback(progress: Any) -> ProgressCallback:
    """Accept a plain callback(advance, total) or a rich Progress (a bar is added to it)."""
    if progress is None:
        return lambda advance, total: None
    if callable(progress) and not hasattr(progress, "add_task"):
        return progress
    bar = progress.add_task("pushing to Label Studio", total=None)
    return lambda advance, total: progress.update(bar, advance=advance, total=total)


def _chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def list_existing(client: LabelStudio, project_id: int) -> tuple[dict[str, ExistingTask], list[str]]:
    """Tasks by data.doc_id (the first one when several share it) and the doc_ids seen more than once."""
    by_doc: dict[str, ExistingTask] = {}
    duplicates: list[str] = []
    # fields="all" restricted by `include` is as light as task_only and also returns predictions_model_versions.
    pager = client.tasks.list(
        project=project_id, fields="all", include="id,data,predictions_model_versions", page_size=LIST_PAGE_SIZE
    )
    for task in pager:
        data = task.data or {}
        doc_id = data.get("doc_id")
        if not doc_id:
            continue  # not a curate task
        doc_id = str(doc_id)
        if doc_id in by_doc:
            if doc_id not in duplicates:
                duplicates.append(doc_id)
            continue
        versions = getattr(task, "predictions_model_versions", None) or ""
        if isinstance(versions, str):
            versions_set = frozenset(v.strip() for v in versions.split(",") if v.strip())
        else:
            versions_set = frozenset(str(v) for v in versions)
        by_doc[doc_id] = ExistingTask(
            id=int(task.id),
            doc_id=doc_id,
            text_sha256=str(data.get("text_sha256") or sha256_text(str(data.get("text", "")))),
            model_versions=versions_set,
        )
    return by_doc, duplicates


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, ApiError):
        return exc.status_code is not None and exc.status_code >= 500
    return isinstance(exc, (httpx.TimeoutException, httpx.TransportError))


def _with_relist(
    send: Callable[[list[T]], None],
    batch: list[T],
    still_needed: Callable[[list[T]], list[T]],
    what: str,
    url: str,
) -> None:
    """Send a batch; after a timeout/5xx re-list first (the server may have committed it), then retry the rest."""
    pending = batch
    for attempt in range(1, ATTEMPTS + 1):
        try:
            send(pending)
            return
        except Exception as exc:
            if not _retryable(exc):
                if isinstance(exc, ApiError):
                    raise CurateError(f"Label Studio at {url} refused the {what}: {api_error_text(exc)}") from None
                raise
            if attempt == ATTEMPTS:
                raise CurateError(f"{what} failed {ATTEMPTS} times at {url}: {api_error_text(exc)}") from None
            time.sleep(2 * attempt)
            try:
                pending = still_needed(pending)
            except (ApiError, httpx.HTTPError) as relist_exc:
                raise CurateError(
                    f"{what} failed and re-listing tasks at {url} failed too: {api_error_text(relist_exc)}"
                ) from None
            if not pending:
                return


def _validated(
    articles: list[Article],
    predictions: Iterable[Prediction],
    scheme: LabelScheme,
    version: str,
    report: PushReport,
) -> Iterator[tuple[Article, dict[str, Any] | None]]:
    """Each article with its prediction payload, or None when the prediction is invalid (reported, not imported)."""
    by_id = {a.doc_id: a for a in articles}
    for prediction in predictions:
        article = by_id[prediction.doc_id]
        payload = prediction_payload(prediction, scheme, version)
        errors = [] if prediction.text == article.text else ["prediction text differs from the article text"]
        errors += validate_prediction_payload(payload, article.text, scheme)
        if errors:
            more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
            report.invalid.append((article.doc_id, "; ".join(errors[:3]) + more))
            yield article, None
        else:
            yield article, payload


def push(
    workspace: Workspace | None = None,
    project_title: str | None = None,
    model: str | None = None,
    update_predictions: bool = False,
    batch_size: int = 500,
    progress: Any = None,
    overlap: int | None = None,
) -> PushReport:
    """Pre-annotate what is not yet in the project and bulk-import it; optionally add new predictions to existing tasks."""
    from curation.corpus import load_corpus

    began = time.monotonic()
    if batch_size < 1:
        raise CurateError("batch size must be at least 1")
    if overlap is not None and overlap < 1:
        raise CurateError(f"--overlap must be at least 1, not {overlap}")
    workspace = workspace or Workspace.current()
    scheme = load_scheme(workspace.label_config_path)
    articles = load_corpus(workspace)
    if not articles:
        raise CurateError(f"no ingested articles in {workspace.corpus_file}: run `curate ingest` first")
    report_progress = _progress_callback(progress)
    connection = connect(workspace)
    try:
        return _push(
            connection,
            workspace,
            scheme,
            articles,
            project_title,
            model,
            update_predictions,
            batch_size,
            report_progress,
            began,
            overlap,
        )
    except httpx.HTTPError as exc:  # the server went away after connect() succeeded
        raise ConnectionFailed(
            f"lost the connection to Label Studio at {connection.url} ({type(exc).__name__}): is it still running? "
            "Re-run `curate push` afterwards: it skips what was imported"
        ) from None


def _push(
    connection: Connection,
    workspace: Workspace,
    scheme: LabelScheme,
    articles: list[Article],
    project_title: str | None,
    model: str | None,
    update_predictions: bool,
    batch_size: int,
    report_progress: ProgressCallback,
    began: float,
    overlap: int | None = None,
) -> PushReport:
    client, url = connection.client, connection.url
    project = ensure_project(connection, workspace, project_title, scheme)
    pid = project.id
    if overlap is not None:
        set_overlap(client, pid, overlap)
    try:
        existing, duplicates = list_existing(client, pid)
    except ApiError as exc:
        raise CurateError(f"cannot list the tasks of project {pid} at {url}: {api_error_text(exc)}") from None

    new: list[Article] = []
    unchanged: list[tuple[Article, ExistingTask]] = []
    changed: list[str] = []
    for article in articles:
        task = existing.get(article.doc_id)
        if task is None:
            new.append(article)
        elif task.text_sha256 == article.text_sha256:
            unchanged.append((article, task))
        else:
            changed.append(article.doc_id)

    from curation.preannotate import load_pipeline, model_version, predict

    nlp = load_pipeline(model)
    version = model_version(nlp)
    to_update = [(a, t) for a, t in unchanged if version not in t.model_versions] if update_predictions else []
    report = PushReport(
        project_id=pid,
        project_title=project.title,
        project_url=project_url(connection, pid),
        model_version=version,
        skipped=len(unchanged) - len(to_update),
        changed=changed,
        duplicates=duplicates,
        project_created=project.created,
        config_updated=project.config_updated,
        instructions_updated=project.instructions_updated,
        overlap=overlap,
    )
    total = len(new) + len(to_update)
    report_progress(0, total)
    imported_predictions = 0

    for batch in _chunks(new, batch_size):
        tasks = [
            task_payload(article, None, scheme) | ({"predictions": [payload]} if payload else {})
            for article, payload in _validated(batch, predict(nlp, batch), scheme, version, report)
        ]

        def send(pending: list[dict[str, Any]]) -> None:
            response = client.projects.import_tasks(
                id=pid, request=pending, return_task_ids=True, request_options=IMPORT_OPTIONS
            )
            report.created += int(response.task_count or len(pending))

        def not_yet_imported(pending: list[dict[str, Any]]) -> list[dict[str, Any]]:
            now, _ = list_existing(client, pid)
            done = [t for t in pending if t["data"]["doc_id"] in now]
            report.created += len(done)  # committed by the request that timed out
            return [t for t in pending if t["data"]["doc_id"] not in now]

        _with_relist(send, tasks, not_yet_imported, f"import of {len(tasks)} tasks", url)
        imported_predictions += sum(1 for t in tasks if "predictions" in t)
        report_progress(len(batch), total)

    for batch_pairs in _chunks(to_update, batch_size):
        batch = [a for a, _ in batch_pairs]
        task_ids = {a.doc_id: t.id for a, t in batch_pairs}
        items = [
            payload | {"task": task_ids[article.doc_id]}
            for article, payload in _validated(batch, predict(nlp, batch), scheme, version, report)
            if payload is not None
        ]

        def send_predictions(pending: list[dict[str, Any]]) -> None:
            if pending:
                client.projects.import_predictions(id=pid, request=pending, request_options=IMPORT_OPTIONS)
                report.updated += len(pending)

        def lacking_version(pending: list[dict[str, Any]]) -> list[dict[str, Any]]:
            now, _ = list_existing(client, pid)
            has = {t.id for t in now.values() if version in t.model_versions}
            report.updated += sum(1 for p in pending if p["task"] in has)
            return [p for p in pending if p["task"] not in has]

        _with_relist(send_predictions, items, lacking_version, f"import of {len(items)} predictions", url)
        report_progress(len(batch), total)

    # Annotators only see predictions of the project's model_version: point it at what was just imported.
    if (imported_predictions or report.updated) and project.model_version != version:
        try:
            client.projects.update(id=pid, model_version=version)
        except ApiError as exc:
            raise CurateError(
                f"imported, but could not set the project's model_version at {url}: {api_error_text(exc)}"
            ) from None
    invalid_ids = {doc_id for doc_id, _ in report.invalid}
    refreshed = {t.id for a, t in to_update if a.doc_id not in invalid_ids}
    report.without_current_predictions = sum(
        1 for t in existing.values() if version not in t.model_versions and t.id not in refreshed
    ) + sum(1 for a in new if a.doc_id in invalid_ids)
    report.seconds = time.monotonic() - began
    return report
