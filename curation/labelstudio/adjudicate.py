"""`curate adjudicate`, the Label Studio side: consensus predictions on disputed tasks.

    adjudicate()  settings (adjudicators) -> one snapshot of the project under its lock
                  -> per task: settled | disputed (consensus) | open (pre-annotation carried over)
                  -> validate -> import_predictions in batches -> switch the project's model_version

Label Studio shows annotators only the predictions whose model_version equals the project's
(tasks/serializers.py filters on project.model_version). So one run imports every consensus
prediction under ONE version, `consensus-<hash over the disputed tasks' consensus contents>`, copies the
current pre-annotation of every still-open task to that version (so their annotators keep seeing it)
and only then switches the project to it. A task that already holds a prediction of that version is
skipped: re-running with nothing new imports nothing, nor does a task settled since; a new or changed
disagreement gives a new version (and the carry-over again).

Which tasks (curation.consensus.progress_state with required = the project's maximum_annotations):
- disputed: at least `required` annotators, who disagree, and nobody settled it -> consensus prediction;
- open: unannotated, skipped by everybody, or fewer than `required` annotators -> pre-annotation carried
  over (a disagreement there waits until the overlap is complete: later annotators stay independent);
- settled (an adjudicator's annotation or a ground-truth star) and complete tasks get nothing.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from label_studio_sdk.core.api_error import ApiError

from curation.config import CurateError, Settings, Workspace
from curation.consensus import CONSENSUS_PREFIX, SETTLED, consensus_prediction, needs_consensus, progress_state, task_agreement
from curation.document import Prediction, normal_attrs, timestamp
from curation.gold import TaskIntake, safe_url
from curation.labelstudio.client import Connection, api_error_text, connect, project_url
from curation.labelstudio.snapshots import project_tasks
from curation.labelstudio.tasks import prediction_payload, validate_prediction_payload
from curation.scheme import LabelScheme, load_scheme

IMPORT_OPTIONS: Any = {"timeout": 600, "max_retries": 0}
BATCH = 500
OPEN_STATES = ("unannotated", "in progress")


@dataclass
class AdjudicationReport:
    project_id: int
    project_title: str
    project_url: str
    adjudicators: list[str]
    model_version: str | None = None  # the consensus version the project shows (None: nothing disputed)
    disputed: int = 0  # tasks needing adjudication (each has its consensus prediction afterwards)
    attached: int = 0  # consensus predictions imported by this run
    carried_over: int = 0  # pre-annotations of open tasks copied to the consensus version by this run
    settled: int = 0  # tasks settled by an adjudicator or a ground-truth star (no consensus)
    waiting: int = 0  # annotators disagree, but fewer than the project's overlap have annotated
    invalid: list[tuple[int, str]] = field(default_factory=list)  # (task id, reason): NOT imported
    unknown_adjudicators: list[str] = field(default_factory=list)  # no Label Studio account has this e-mail
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [
            f"project {self.project_title!r} (id {self.project_id}): {self.project_url}",
            f"disputed {self.disputed}, consensus attached {self.attached}, carried over {self.carried_over}, "
            f"settled {self.settled} ({self.seconds:.1f} s)",
        ]
        if self.model_version:
            lines.append(f"the project shows model_version {self.model_version}: open a disputed task, compare, submit the final annotation")
        if self.waiting:
            lines.append(f"{self.waiting} task(s) with disagreeing annotators wait for the remaining overlap annotators")
        lines.append(f"adjudicators: {', '.join(self.adjudicators) if self.adjudicators else 'none (only a ground-truth star settles a task; add --adjudicator EMAIL)'}")
        if self.unknown_adjudicators:
            lines.append(f"no Label Studio account for: {', '.join(self.unknown_adjudicators)} (invite them: `curate annotators invite`)")
        for task_id, reason in self.invalid:
            lines.append(f"invalid prediction not imported for task {task_id}: {reason}")
        return "\n".join(lines)


@dataclass
class Candidate:
    """A prediction to attach to one task unless it already holds one of the run's version."""

    task_id: int
    text: str
    versions: frozenset[str]  # model_versions of the task's predictions
    consensus: Prediction | None = None  # disputed task
    shown: Prediction | None = None  # disputed task: its prediction of the project's current model_version
    carried: dict[str, Any] | None = None  # open task: its current pre-annotation (raw Label Studio JSON)

    def payload(self, scheme: LabelScheme, version: str) -> dict[str, Any]:
        if self.consensus is not None:
            return prediction_payload(self.consensus, scheme, version)
        assert self.carried is not None
        score = self.carried.get("score")
        return {"model_version": version, "score": score if isinstance(score, (int, float)) else None,
                "result": self.carried.get("result") or []}  # fmt: skip


def same_content(a: Prediction, b: Prediction) -> bool:
    """Same regions (consensus ids are deterministic), attributes, scores and relations."""
    def key(p: Prediction) -> tuple[frozenset, frozenset]:
        spans = frozenset((s.id, s.label, s.start, s.end, s.score, tuple(sorted(normal_attrs(s.attributes).items()))) for s in p.spans)
        return spans, frozenset((r.from_id, r.to_id, r.label) for r in p.relations)

    return key(a) == key(b)


def consensus_version(disputed: Sequence[Candidate], project_version: str) -> str:
    """One model_version for the run. The project's current consensus version when every disputed task
    already shows its current consensus under it (a task settled since adds nothing new); else a new one:
    a hash over each disputed task id and its consensus content."""
    if project_version.startswith(CONSENSUS_PREFIX) and all(
        c.consensus is not None and c.shown is not None and same_content(c.shown, c.consensus) for c in disputed
    ):
        return project_version
    keys = sorted(f"{c.task_id}:{c.consensus.model_version}" for c in disputed if c.consensus is not None)
    return CONSENSUS_PREFIX + hashlib.sha256("\n".join(keys).encode()).hexdigest()[:12]


def current_prediction(raw: Any, project_version: str) -> dict[str, Any] | None:
    """What an annotator of the task sees now: the newest prediction of the project's model_version (the
    newest of any version when the project has none)."""
    predictions = [p for p in raw.get("predictions") or [] if isinstance(p, dict) and isinstance(p.get("result"), list)]
    if project_version:
        predictions = [p for p in predictions if p.get("model_version") == project_version]
    return max(predictions, key=lambda p: (timestamp(p.get("created_at")), p.get("id") or 0), default=None)


def _versions(raw: Any) -> frozenset[str]:
    return frozenset(str(p.get("model_version") or "") for p in raw.get("predictions") or [] if isinstance(p, dict))


@dataclass
class Plan:
    disputed: list[Candidate] = field(default_factory=list)
    open: list[Candidate] = field(default_factory=list)
    settled: int = 0
    waiting: int = 0


def plan(pairs: Iterable[tuple[Any, TaskIntake]], required: int, adjudicators: Sequence[str], project_version: str) -> Plan:
    """Sort the project's tasks into disputed (with their consensus) and open (with their pre-annotation)."""
    out = Plan()
    for raw, intake in pairs:
        task = intake.task
        if intake.problems or not isinstance(raw, dict):
            continue  # unusable task data: export reports it
        state = progress_state(task, required, adjudicators) if task is not None else "unannotated"
        if task is not None and task_agreement(task, adjudicators).state == SETTLED:
            out.settled += 1
        elif state == "disputed":
            assert task is not None
            shown = next((p for p in reversed(task.predictions) if p.model_version == project_version), None)
            consensus = consensus_prediction(task, adjudicators)
            out.disputed.append(Candidate(task.task_id, task.text, _versions(raw), consensus=consensus, shown=shown))
        elif state in OPEN_STATES:
            out.waiting += task is not None and needs_consensus(task, adjudicators)
            current = current_prediction(raw, project_version)
            text = (raw.get("data") or {}).get("text")
            if current is not None and isinstance(text, str):
                out.open.append(Candidate(intake.task_id, text, _versions(raw), carried=current))
    return out


def _payloads(candidates: Iterable[Candidate], scheme: LabelScheme, version: str, report: AdjudicationReport) -> Iterator[dict[str, Any]]:
    """Valid payloads of the candidates lacking `version` (the invalid ones are reported)."""
    for candidate in candidates:
        if version in candidate.versions:
            continue
        payload = candidate.payload(scheme, version)
        errors = validate_prediction_payload(payload, candidate.text, scheme)
        if errors:
            more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
            report.invalid.append((candidate.task_id, "; ".join(errors[:3]) + more))
        else:
            yield payload | {"task": candidate.task_id}


def import_batches(connection: Connection, project_id: int, payloads: Sequence[dict[str, Any]]) -> int:
    """import_predictions in batches; a failure says how to resume (a re-run skips what arrived)."""
    done = 0
    for i in range(0, len(payloads), BATCH):
        batch = list(payloads[i : i + BATCH])
        try:
            connection.client.projects.import_predictions(id=project_id, request=batch, request_options=IMPORT_OPTIONS)
        except (ApiError, httpx.HTTPError) as exc:
            raise CurateError(
                f"Label Studio at {safe_url(connection.url)} did not take {len(batch)} predictions after {done} were imported "
                f"({api_error_text(exc)}); re-run `curate adjudicate`: it skips what arrived"
            ) from None
        done += len(batch)
    return done


def known_accounts(connection: Connection) -> set[str]:
    try:
        return {str(u.email).lower() for u in connection.client.users.list() if getattr(u, "email", None)}
    except ApiError as exc:
        raise CurateError(f"cannot list the accounts at {safe_url(connection.url)} ({api_error_text(exc)})") from None


def adjudicate(
    workspace: Workspace | None = None,
    project_title: str | None = None,
    adjudicators: Sequence[str] = (),
    connection: Connection | None = None,
) -> AdjudicationReport:
    """Add `adjudicators` to curate.json, then give every disputed task its consensus prediction (see the
    module docstring). Safe to re-run: nothing is imported twice."""
    began = time.monotonic()
    workspace = workspace or Workspace.current()
    settings = Settings.load(workspace).with_adjudicators(list(adjudicators))
    scheme = load_scheme(workspace.label_config_path)
    connection = connection or connect(workspace)
    if adjudicators:
        settings.save(workspace)
    accounts = known_accounts(connection)
    with project_tasks(workspace, project_title, connection) as tasks:
        project = tasks.snapshot.project
        pid, project_version = int(project.id), str(project.model_version or "")
        report = AdjudicationReport(
            pid, str(project.title), project_url(connection, pid), settings.adjudicators,
            unknown_adjudicators=[a for a in settings.adjudicators if a.lower() not in accounts],
        )  # fmt: skip
        found = plan(tasks.tasks, max(1, int(project.maximum_annotations or 1)), settings.adjudicators, project_version)
        report.disputed, report.settled, report.waiting = len(found.disputed), found.settled, found.waiting
        if found.disputed:
            _attach(connection, pid, project_version, found, scheme, report)
    report.seconds = time.monotonic() - began
    return report


def _attach(connection: Connection, pid: int, project_version: str, found: Plan, scheme: LabelScheme, report: AdjudicationReport) -> None:
    """Import the consensus predictions and the carried-over pre-annotations, then switch the project."""
    version = consensus_version(found.disputed, project_version)
    consensus = list(_payloads(found.disputed, scheme, version, report))
    carried = list(_payloads(found.open, scheme, version, report))
    report.attached = import_batches(connection, pid, consensus)
    report.carried_over = import_batches(connection, pid, carried)
    report.model_version = version
    if version != project_version:
        try:
            connection.client.projects.update(id=pid, model_version=version)
        except (ApiError, httpx.HTTPError) as exc:
            raise CurateError(
                f"imported, but could not switch project {pid} to model_version {version} ({api_error_text(exc)}); re-run `curate adjudicate`"
            ) from None
