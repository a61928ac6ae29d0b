"""Label Studio: the embedded server, the connection, task conversion, `curate push` and the Label
Studio side of `curate export`."""

from curation.labelstudio.client import Connection, ProjectRef, connect, ensure_project, find_project, render_guidelines
from curation.labelstudio.export import export, snapshot_tasks
from curation.labelstudio.parts import delete_stale_snapshots, download_snapshot
from curation.labelstudio.push import ExistingTask, PushReport, list_existing, push
from curation.labelstudio.server import (
    ProjectCounts,
    ServerInfo,
    ServerStatus,
    load_credentials,
    server_paths,
    server_status,
    start_server,
    stop_server,
)
from curation.labelstudio.tasks import (
    prediction_payload,
    prediction_result,
    regions_from_result,
    task_data,
    task_payload,
    validate_prediction_payload,
)

__all__ = [
    "Connection",
    "ExistingTask",
    "ProjectCounts",
    "ProjectRef",
    "PushReport",
    "ServerInfo",
    "ServerStatus",
    "connect",
    "delete_stale_snapshots",
    "download_snapshot",
    "ensure_project",
    "export",
    "find_project",
    "list_existing",
    "load_credentials",
    "prediction_payload",
    "prediction_result",
    "push",
    "regions_from_result",
    "render_guidelines",
    "server_paths",
    "server_status",
    "snapshot_tasks",
    "start_server",
    "stop_server",
    "task_data",
    "task_payload",
    "validate_prediction_payload",
]
