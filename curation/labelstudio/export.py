"""`curate export`: write a gold version from the project's completed annotations.

    export()  head start (curation.labelstudio.prefetch: the project lock and the first part's snapshot,
              over plain HTTP) -> load the heavy modules meanwhile -> curation.labelstudio.snapshots.
              export_project (local checks, connect, the parts, curation.gold.export_tasks)

This module stays light on purpose: importing it must not load the SDK, pyarrow or spaCy, or the server
would wait for them before it could start on the first part.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import nullcontext
from typing import TYPE_CHECKING

from curation.config import DEFAULT_PROJECT_TITLE, Workspace
from curation.labelstudio.prefetch import head_start
from curation.labelstudio.signals import sigterm_as_interrupt

if TYPE_CHECKING:
    from curation.gold import ExportReport
    from curation.labelstudio.client import Connection


def export(
    version: str | None = None,
    workspace: Workspace | None = None,
    project_title: str | None = None,
    skip_invalid: bool = False,
    connection: Connection | None = None,
    require: str = "agreement",
    adjudicators: Sequence[str] | None = None,
) -> ExportReport:
    """Write datasets/<version>/ from the project's completed annotations (see curation.gold). `require`:
    any | agreement | adjudicated (curation.consensus); `adjudicators`: None = curate.json's. A given
    `connection` gets no head start (its token is inside the SDK client)."""
    began = time.monotonic()
    workspace = workspace or Workspace.current()
    title = project_title or DEFAULT_PROJECT_TITLE
    with sigterm_as_interrupt(), head_start(workspace, title) if connection is None else nullcontext() as early:
        from curation.labelstudio.snapshots import export_project  # ~1.3 s, while the server builds the first part

        return export_project(version, workspace, title, skip_invalid, connection, require, adjudicators, began, early)
