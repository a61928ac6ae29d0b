"""Label Studio: the embedded server, the connection, task conversion, `curate push` and the Label
Studio side of `curate export`.

The names below load their module on first use (PEP 562): importing one light module of the package
(e.g. `curation.labelstudio.export`, whose head start must run before the SDK loads) does not import the
SDK, pyarrow and spaCy through this file. `push` and `export` are modules here: their functions are
`curation.labelstudio.push.push` and `curation.labelstudio.export.export`."""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "client": ("Connection", "ProjectRef", "connect", "ensure_project", "find_project", "render_guidelines"),
    "snapshots": ("snapshot_tasks",),
    "parts": ("delete_stale_snapshots", "download_snapshot"),
    "push": ("ExistingTask", "PushReport", "list_existing"),
    "server": ("ProjectCounts", "ServerInfo", "ServerStatus", "load_credentials", "server_paths", "server_status", "start_server", "stop_server"),
    "tasks": ("prediction_payload", "prediction_result", "regions_from_result", "task_data", "task_payload", "validate_prediction_payload"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
