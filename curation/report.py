"""What every figure report (agreement, audit, diff) does alike: JSON on disk and a rich rendering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from curation.config import CurateError


class Report:
    """Mixin: a report with `to_dict()` (JSON-able) and `renderables()` (rich renderables, in order)."""

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - implemented by each report
        raise NotImplementedError

    def renderables(self) -> list[Any]:  # pragma: no cover - implemented by each report
        raise NotImplementedError

    def write_json(self, path: str | Path) -> None:
        path = Path(path)
        try:
            path.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
        except OSError as exc:
            raise CurateError(f"cannot write {path}: {exc.strerror}") from None

    def render(self) -> Any:
        from rich.console import Group

        return Group(*self.renderables())
