"""`curate push`: pre-annotate the ingested corpus and bulk-import it into Label Studio, idempotently.

Label Studio does not deduplicate imports, so push lists the project's tasks first and matches on
data.doc_id: new articles are imported (in batches, never one request per task), unchanged ones are
skipped, and ones whose text changed since they were pushed are reported, never duplicated or overwritten.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import ujson
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from curation.config import DEFAULT_PROJECT_TITLE, CurateError, Workspace
from curation.document import Article, Prediction, sha256_text
from curation.labelstudio.client import (
    Connection,
    ConnectionFailed,
    api_error_text,
    connect,
    ensure_project,
    first_task,
    project_url,
    request_json,
    set_overlap,
)
from curation.labelstudio.lock import project_lock
from curation.labelstudio.plan import id_filter, task_query
from curation.labelstudio.tasks import prediction_payload, task_payload, validate_prediction_payload
from curation.scheme import LabelScheme, load_scheme

ProgressCallback = Callable[[int, int], None]
IMPORT_TIMEOUT = 600.0
IMPORT_OPTIONS: Any = {"timeout": IMPORT_TIMEOUT, "max_retries": 0}  # never let the SDK blindly re-send an import
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
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, error): pre-annotation failed, NOT imported
    repaired_duplicates: int = 0  # tasks this push created twice (the server did not deduplicate): deleted
    repaired_predictions: int = 0  # predictions the server dropped on import: attached again
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
        for doc_id, reason in self.failed:
            lines.append(f"pre-annotation failed, NOT imported (re-push retries it): {doc_id}: {reason}")
        if self.repaired_duplicates or self.repaired_predictions:
            lines.append(
                f"repaired on the server: {self.repaired_duplicates} duplicate task(s) deleted, "
                f"{self.repaired_predictions} dropped prediction(s) attached again"
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


def _since_query(since_id: int | None) -> dict[str, str]:
    """The Data Manager filter "task id >= since_id" (the listing then costs what it returns, not the project)."""
    return {} if since_id is None else task_query([id_filter("greater_or_equal", since_id)])


def _lacking_filter(version: str) -> dict[str, Any]:
    """Tasks without a prediction of `version` (Label Studio joins the predictions table for it)."""
    return {"filter": "filter:tasks:predictions_model_versions", "operator": "not_contains", "type": "List", "value": [version]}


def count_tasks(client: LabelStudio, project_id: int, filters: list[dict[str, Any]] | None = None) -> int:
    """How many tasks of the project match the Data Manager `filters` (all when None), in one cheap request."""
    return first_task(client, project_id, filters)[1]


def _list_light(client: LabelStudio, project_id: int, include: str, since_id: int | None = None) -> Iterator[dict[str, Any]]:
    """The project's tasks (those with id >= since_id) as plain dicts with only the `include`d fields, page by page."""
    page, seen = 1, 0
    while True:
        params = {"project": project_id, "fields": "all", "include": include, "page_size": LIST_PAGE_SIZE, "page": page}
        params |= _since_query(since_id)
        try:
            body = request_json(client, "GET", "/api/tasks", params=params)
        except ApiError as exc:
            if exc.status_code == 404 and page > 1:  # past the last page
                return
            raise
        tasks = body.get("tasks") or []
        yield from tasks
        seen += len(tasks)
        if not tasks or seen >= int(body.get("total") or 0):
            return
        page += 1


def _model_versions(raw: Any) -> frozenset[str]:
    if isinstance(raw, str):
        return frozenset(v.strip() for v in raw.split(",") if v.strip())
    return frozenset(str(v) for v in raw or ())


def list_tasks(client: LabelStudio, project_id: int, since_id: int | None = None) -> list[ExistingTask]:
    """Every curate task of the project (lowest id first), without downloading the article texts.

    curate sets the task's `meta` (doc_id, text_sha256) at import and Label Studio lists it without `data`;
    only when some task lacks it (pushed by an older curate, or imported by hand) are the texts listed too."""
    rows = list(_list_light(client, project_id, "id,meta,predictions_model_versions", since_id))
    without_meta = {int(r["id"]) for r in rows if not (r.get("meta") or {}).get("doc_id")}
    data: dict[int, dict[str, Any]] = {}
    if without_meta:
        listed = _list_light(client, project_id, "id,data", since_id)
        data = {int(r["id"]): r.get("data") or {} for r in listed if int(r["id"]) in without_meta}
    tasks: list[ExistingTask] = []
    for row in rows:
        tid = int(row["id"])
        keys = data.get(tid) if tid in without_meta else row.get("meta")
        if not keys or not keys.get("doc_id"):
            continue  # not a curate task
        sha = keys.get("text_sha256") or sha256_text(str(keys.get("text", "")))
        tasks.append(ExistingTask(tid, str(keys["doc_id"]), str(sha), _model_versions(row.get("predictions_model_versions"))))
    return sorted(tasks, key=lambda t: t.id)


def list_existing(client: LabelStudio, project_id: int) -> tuple[dict[str, ExistingTask], list[str]]:
    """Tasks by doc_id (the lowest id when several share it) and the doc_ids seen more than once."""
    by_doc: dict[str, ExistingTask] = {}
    duplicates: list[str] = []
    for task in list_tasks(client, project_id):
        if task.doc_id not in by_doc:
            by_doc[task.doc_id] = task
        elif task.doc_id not in duplicates:
            duplicates.append(task.doc_id)
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


def post_tasks(client: LabelStudio, project_id: int, tasks: list[dict[str, Any]]) -> list[int]:
    """Bulk-import `tasks` (one request) and return the ids of the created tasks.

    The body is plain JSON from ujson (which the SDK requires anyway): ~3 x faster than json.dumps, and this
    runs in the importing thread, whose CPU time the pre-annotating thread waits for (one GIL)."""
    body = ujson.dumps(tasks, ensure_ascii=False, escape_forward_slashes=False).encode("utf-8")
    answer = request_json(
        client, "POST", f"/api/projects/{project_id}/import", params={"return_task_ids": "true"}, body=body,
        timeout=IMPORT_TIMEOUT,
    )
    return [int(i) for i in (answer or {}).get("task_ids") or []]


def _predict_isolated(
    nlp: Any, batch: list[Article], processes: int
) -> tuple[list[Prediction], list[tuple[str, str]]]:
    """Predictions of the batch; when the batch fails, article by article, so one failing article (reported
    with its doc_id and the error) never blocks the others."""
    from curation import preannotate

    def run(articles: list[Article]) -> list[Prediction]:
        if processes > 1:
            return list(preannotate.predict(nlp, articles, n_process=processes))
        return list(preannotate.predict(nlp, articles))

    try:
        return run(batch), []
    except Exception:  # any error of the pipeline (rules or a user's model): isolate the article(s) causing it
        predictions: list[Prediction] = []
        failed: list[tuple[str, str]] = []
        for article in batch:
            try:
                predictions += run([article])
            except Exception as exc:
                first = (str(exc).strip().splitlines() or [""])[0][:200]
                failed.append((article.doc_id, f"{type(exc).__name__}: {first}"))
        return predictions, failed


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
        errors += [f"{issue.item}: {issue.reason}" for issue in validate_prediction_payload(payload, article.text, scheme)]
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
    processes: int = 1,
    overlap: int | None = None,
) -> PushReport:
    """Pre-annotate what is not yet in the project and bulk-import it; optionally add new predictions to existing tasks.

    The whole push holds the project's lock (project_lock), so pushes into one project run one after the other."""
    from curation.corpus import load_corpus

    began = time.monotonic()
    if batch_size < 1:
        raise CurateError("batch size must be at least 1")
    if processes < 1:
        raise CurateError("--processes must be at least 1")
    if overlap is not None and overlap < 1:
        raise CurateError(f"--overlap must be at least 1, not {overlap}")
    workspace = workspace or Workspace.current()
    scheme = load_scheme(workspace.label_config_path)
    articles = load_corpus(workspace)
    if not articles:
        raise CurateError(f"no ingested articles in {workspace.corpus_file}: run `curate ingest` first")
    report_progress = _progress_callback(progress)
    connection = connect(workspace)
    options = _Options(project_title, model, update_predictions, batch_size, processes, overlap)
    try:
        with project_lock(connection.url, (project_title or DEFAULT_PROJECT_TITLE).strip()):
            return _push(connection, workspace, scheme, articles, options, report_progress, began)
    except ApiError as exc:  # a refusal outside the steps that explain their own
        raise CurateError(
            f"Label Studio at {connection.url} answered {api_error_text(exc)}; re-run `curate push`: "
            "it completes what is missing and creates no duplicates"
        ) from None
    except httpx.HTTPError as exc:  # the server went away after connect() succeeded
        raise ConnectionFailed(
            f"lost the connection to Label Studio at {connection.url} ({type(exc).__name__}): is it still running? "
            "Re-run `curate push` afterwards: it skips what was imported"
        ) from None


@dataclass(frozen=True)
class _Options:
    project_title: str | None
    model: str | None
    update_predictions: bool
    batch_size: int
    processes: int
    overlap: int | None = None


def _classify(
    articles: list[Article], existing: dict[str, ExistingTask]
) -> tuple[list[Article], list[tuple[Article, ExistingTask]], list[str]]:
    """(new, unchanged with their task, doc_ids whose text changed since pushed)."""
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
    return new, unchanged, changed


def _pipeline_and_version(model: str | None, needed: bool) -> tuple[Any, str]:
    """The pre-annotation pipeline (None when nothing needs predicting: loading it takes seconds) and its version."""
    from curation import preannotate

    if not needed and model is None:
        return None, preannotate.rules_model_version()
    nlp = preannotate.load_pipeline(model)
    return nlp, preannotate.model_version(nlp)


def _push(
    connection: Connection,
    workspace: Workspace,
    scheme: LabelScheme,
    articles: list[Article],
    options: _Options,
    report_progress: ProgressCallback,
    began: float,
) -> PushReport:
    client, url = connection.client, connection.url
    project = ensure_project(connection, workspace, options.project_title, scheme)
    pid = project.id
    if options.overlap is not None:
        set_overlap(client, pid, options.overlap)
    try:
        tasks_before = count_tasks(client, pid)  # before the listing: whatever comes later shows in the final count
        existing, duplicates = list_existing(client, pid)
    except ApiError as exc:
        raise CurateError(f"cannot list the tasks of project {pid} at {url}: {api_error_text(exc)}") from None
    new, unchanged, changed = _classify(articles, existing)
    nlp, version = _pipeline_and_version(options.model, bool(new) or options.update_predictions)
    to_update = [(a, t) for a, t in unchanged if version not in t.model_versions] if options.update_predictions else []
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
        overlap=options.overlap,
    )
    total = len(new) + len(to_update)
    report_progress(0, total)
    importer = _Importer(client, url, pid, version, report, report_progress, total, tasks_before)
    _import_new(importer, nlp, new, scheme, options)
    _update_predictions(importer, nlp, to_update, scheme, options)

    # Annotators only see predictions of the project's model_version: point it at what was just imported.
    if (importer.imported_predictions or report.updated) and project.model_version != version:
        _with_relist(
            lambda _: client.projects.update(id=pid, model_version=version), [version], lambda pending: pending,
            "update of the project's model_version", url,
        )
    invalid_ids = {doc_id for doc_id, _ in report.invalid}
    refreshed = {t.id for a, t in to_update if a.doc_id not in invalid_ids}
    report.without_current_predictions = sum(
        1 for t in existing.values() if version not in t.model_versions and t.id not in refreshed
    ) + sum(1 for a in new if a.doc_id in invalid_ids)
    report.seconds = time.monotonic() - began
    return report


# Articles pre-annotated at a time in one process: the server gets its first import after ~0.2 s, and a
# failing article is isolated within its chunk. With --processes each chunk is a whole batch (spaCy starts
# its worker processes per call).
PREDICT_CHUNK = 50
# The fewest tasks an import takes while pre-annotation goes on (the first takes what is there): each request
# and its check cost the server ~0.15 s besides the tasks (measured: 50 a request import 1.4 x slower than 250).
MIN_IMPORT = 150


@dataclass
class _Ready:
    """Task payloads pre-annotated and not yet sent, and how many articles they stand for (failed ones count
    for the progress bar too)."""

    tasks: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0

    def add(self, tasks: list[dict[str, Any]], articles: int) -> None:
        self.tasks += tasks
        self.articles += articles

    def take(self, size: int) -> tuple[list[dict[str, Any]], int]:
        """At most `size` tasks and the articles they account for (the rest of the articles with the last ones)."""
        taken, self.tasks = self.tasks[:size], self.tasks[size:]
        articles = len(taken) if self.tasks else self.articles
        self.articles -= articles
        return taken, articles

    def __bool__(self) -> bool:
        return bool(self.tasks or self.articles)


class _Handoff:
    """Hands pre-annotated tasks from the pre-annotating thread to the importing one, which takes everything
    ready as soon as it is free (at least MIN_IMPORT tasks after the first import, at most batch_size). The
    pre-annotating side waits while batch_size tasks are ready, so memory stays bounded."""

    def __init__(self, batch_size: int) -> None:
        self.size = batch_size
        self.ready = _Ready()
        self.taken = 0  # imports handed out
        self.closed = False  # nothing more will be put
        self.stopped = False  # the importer is gone (done or failed): nothing more will be taken
        self._changed = threading.Condition()

    def put(self, tasks: list[dict[str, Any]], articles: int) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self.stopped or len(self.ready.tasks) < self.size)
            self.ready.add(tasks, articles)
            self._changed.notify_all()

    def take(self) -> tuple[list[dict[str, Any]], int] | None:
        """The next import (tasks, articles), or None once everything was taken and nothing more will come."""
        least = min(MIN_IMPORT, self.size) if self.taken else 1
        with self._changed:
            self._changed.wait_for(lambda: self.closed or len(self.ready.tasks) >= least)
            if not self.ready:
                return None
            self.taken += 1
            self._changed.notify_all()
            return self.ready.take(self.size)

    def close(self) -> None:
        self._set(closed=True)

    def stop(self) -> None:
        self._set(stopped=True)

    def _set(self, **flags: bool) -> None:
        with self._changed:
            for name, value in flags.items():
                setattr(self, name, value)
            self._changed.notify_all()


def _prepared(importer: _Importer, nlp: Any, chunk: list[Article], scheme: LabelScheme, options: _Options) -> list[dict[str, Any]]:
    """The task payloads of a chunk: pre-annotated, validated (failures and invalid predictions are reported)."""
    report = importer.report
    predictions, failed = _predict_isolated(nlp, chunk, options.processes)
    report.failed += failed
    failed_ids = {d for d, _ in failed}
    kept = [a for a in chunk if a.doc_id not in failed_ids]
    return [
        task_payload(article, None, scheme) | ({"predictions": [payload]} if payload else {})
        for article, payload in _validated(kept, predictions, scheme, importer.version, report)
    ]


def _drain(handoff: _Handoff, importer: _Importer) -> None:
    """The importing thread: import (and verify) what the handoff gives until it is closed and empty."""
    try:
        while (batch := handoff.take()) is not None:
            importer.import_batch(*batch)
    finally:
        handoff.stop()


def _import_new(importer: _Importer, nlp: Any, new: list[Article], scheme: LabelScheme, options: _Options) -> None:
    """Pre-annotate chunk by chunk while a worker thread imports (and verifies) what is ready: the server starts
    on the first chunk and then, whenever it is free, gets everything pre-annotated meanwhile, so it is busy
    while pre-annotation runs and what is left to import after the last chunk is small."""
    chunk_size = options.batch_size if options.processes > 1 else min(options.batch_size, PREDICT_CHUNK)
    handoff = _Handoff(options.batch_size)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="curate-import") as pool:
        importing = pool.submit(_drain, handoff, importer)
        try:
            for chunk in _chunks(new, chunk_size):
                if importing.done():
                    break  # the import failed: its error is raised below
                handoff.put(_prepared(importer, nlp, chunk, scheme, options), len(chunk))
        finally:
            handoff.close()
        importing.result()
    importer.remove_older_duplicates()


def _update_predictions(
    importer: _Importer, nlp: Any, to_update: list[tuple[Article, ExistingTask]], scheme: LabelScheme, options: _Options
) -> None:
    report = importer.report
    for batch_pairs in _chunks(to_update, options.batch_size):
        batch = [a for a, _ in batch_pairs]
        task_ids = {a.doc_id: t.id for a, t in batch_pairs}
        predictions, failed = _predict_isolated(nlp, batch, options.processes)
        report.failed += failed
        items = [
            payload | {"task": task_ids[article.doc_id]}
            for article, payload in _validated(batch, predictions, scheme, importer.version, report)
            if payload is not None
        ]
        report.updated += importer.import_predictions(items)
        importer.advance(len(batch))


@dataclass
class _Importer:
    """Imports batches into one project and makes sure the server holds what was sent: every task exactly
    once and with its prediction. Label Studio may drop predictions while answering 201 (SQLite under
    concurrent writers) and does not deduplicate imports, so each batch is checked on the server and repaired."""

    client: LabelStudio
    url: str
    project_id: int
    version: str
    report: PushReport
    progress: ProgressCallback
    total: int
    tasks_before: int | None = None  # the project's task count before its listing (None: unknown)
    imported_predictions: int = 0
    created_ids: set[int] = field(default_factory=set)  # tasks this push created (and did not delete again)
    sent_doc_ids: set[str] = field(default_factory=set)

    def advance(self, count: int) -> None:
        self.progress(count, self.total)

    def import_batch(self, tasks: list[dict[str, Any]], batch_articles: int) -> None:
        if tasks:
            before = set(self.created_ids)
            self._send(tasks)
            self.sent_doc_ids.update(t["data"]["doc_id"] for t in tasks)
            ids = self.created_ids - before
            if not self._clean(tasks, ids):
                self._verify(tasks, min(ids, default=None))
            self.imported_predictions += sum(1 for t in tasks if "predictions" in t)
        self.advance(batch_articles)

    def _clean(self, tasks: list[dict[str, Any]], ids: set[int]) -> bool:
        """The cheap check of a batch, by counting on the server instead of listing: it answered one new id per
        task sent, no other task has an id between the lowest and the highest of them, and exactly the tasks sent
        without a prediction lack one of this version. False sends the batch to _verify (which lists and repairs)."""
        if len(ids) != len(tasks):
            return False
        low, high = min(ids), max(ids)
        in_range = [id_filter("greater_or_equal", low), id_filter("less_or_equal", high)]
        if high - low + 1 != len(ids) and count_tasks(self.client, self.project_id, in_range) != len(ids):
            return False  # ids are unique: a contiguous range holds nothing but this batch
        without = sum(1 for t in tasks if "predictions" not in t)
        return count_tasks(self.client, self.project_id, [*in_range, _lacking_filter(self.version)]) == without

    def _send(self, tasks: list[dict[str, Any]]) -> None:
        def send(pending: list[dict[str, Any]]) -> None:
            ids = post_tasks(self.client, self.project_id, pending)
            self.created_ids.update(ids)
            self.report.created += len(ids) or len(pending)

        def not_yet_imported(pending: list[dict[str, Any]]) -> list[dict[str, Any]]:
            now = {t.doc_id: t for t in list_tasks(self.client, self.project_id)}
            done = [t for t in pending if t["data"]["doc_id"] in now]
            self.created_ids.update(now[t["data"]["doc_id"]].id for t in done)
            self.report.created += len(done)  # committed by the request that timed out
            return [t for t in pending if t["data"]["doc_id"] not in now]

        _with_relist(send, tasks, not_yet_imported, f"import of {len(tasks)} tasks", self.url)

    def _verify(self, tasks: list[dict[str, Any]], since_id: int | None) -> None:
        """Every sent doc_id exactly once on the server, with its prediction; repairs what the server dropped.

        Only tasks from the batch's first new id on are listed (what another concurrent push made earlier is
        settled once at the end, by remove_older_duplicates)."""
        for _ in range(ATTEMPTS):
            sent = {t["data"]["doc_id"]: t for t in tasks}
            on_server: dict[str, list[ExistingTask]] = {}
            for task in list_tasks(self.client, self.project_id, since_id):
                if task.doc_id in sent:
                    on_server.setdefault(task.doc_id, []).append(task)
            missing = [t for d, t in sent.items() if d not in on_server]
            extra = [x for found in on_server.values() for x in self._surplus(found)]
            lacking = [
                sent[d]["predictions"][0] | {"task": self._keeper(found).id}
                for d, found in on_server.items()
                if "predictions" in sent[d] and self.version not in self._keeper(found).model_versions
            ]
            if not (missing or extra or lacking):
                return
            self._delete_surplus(extra)
            self.report.repaired_predictions += self.import_predictions(lacking)
            if missing:
                self._send(missing)
                since_id = None
        raise CurateError(
            f"Label Studio at {self.url} still lacks tasks or predictions of this push after {ATTEMPTS} repairs: "
            "re-run `curate push` (it completes what is missing)"
        )

    def remove_older_duplicates(self) -> None:
        """After the last batch, over the whole project: a task of this push whose doc_id another push (on another
        machine, which the lock does not reach) imported with a lower id is deleted.

        When the project holds exactly the tasks it held before the push plus those this push created (one
        count), nobody else imported meanwhile and there is nothing to look for."""
        if not self.sent_doc_ids:
            return
        if self.tasks_before is not None and count_tasks(self.client, self.project_id) == self.tasks_before + len(self.created_ids):
            return
        on_server: dict[str, list[ExistingTask]] = {}
        for task in list_tasks(self.client, self.project_id):
            if task.doc_id in self.sent_doc_ids:
                on_server.setdefault(task.doc_id, []).append(task)
        self._delete_surplus([x for found in on_server.values() for x in self._surplus(found)])

    def _delete_surplus(self, extra: list[ExistingTask]) -> None:
        """Delete duplicate tasks this push created (counted as repaired, no longer as created)."""
        for task in extra:
            _with_relist(
                lambda _, tid=task.id: self.client.tasks.delete(id=tid), [task.id], lambda pending: pending,
                f"deletion of duplicate task {task.id}", self.url,
            )
            self.created_ids.discard(task.id)
        self.report.repaired_duplicates += len(extra)
        self.report.created -= len(extra)

    def _keeper(self, found: list[ExistingTask]) -> ExistingTask:
        """Of several tasks with one doc_id the lowest id (the oldest) stays: a rule every concurrent push
        agrees on without talking to the others, so two of them never delete each other's keeper."""
        return min(found, key=lambda t: t.id)

    def _surplus(self, found: list[ExistingTask]) -> list[ExistingTask]:
        """The duplicates this push created (never a task someone else made)."""
        keeper = self._keeper(found)
        return [t for t in found if t.id != keeper.id and t.id in self.created_ids]

    def import_predictions(self, items: list[dict[str, Any]]) -> int:
        """Attach predictions to existing tasks (each item has "task"); returns how many the server now holds."""
        if not items:
            return 0
        count = 0

        def send(pending: list[dict[str, Any]]) -> None:
            nonlocal count
            self.client.projects.import_predictions(id=self.project_id, request=pending, request_options=IMPORT_OPTIONS)
            count += len(pending)

        def lacking(pending: list[dict[str, Any]]) -> list[dict[str, Any]]:
            nonlocal count
            has = {t.id for t in list_tasks(self.client, self.project_id) if self.version in t.model_versions}
            count += sum(1 for p in pending if p["task"] in has)
            return [p for p in pending if p["task"] not in has]

        _with_relist(send, items, lacking, f"import of {len(items)} predictions", self.url)
        return count
