"""Where things live. Paths are relative to the workspace (the current directory,
or CURATE_HOME), so the CLI works from a checkout of the project."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROJECT_TITLE = "curate: German news"


class CurateError(Exception):
    """An error the user can act on: the CLI prints it as one line and exits non-zero."""

    exit_code = 1


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def current(cls) -> Workspace:
        return cls(Path(os.environ.get("CURATE_HOME", ".")).resolve())

    @property
    def raw_dir(self) -> Path:
        return self.root / "corpus" / "raw"

    @property
    def corpus_file(self) -> Path:
        """The ingested corpus: one JSON record per article, read by push."""
        return self.root / "corpus" / "articles.jsonl"

    @property
    def datasets_dir(self) -> Path:
        return self.root / "datasets"

    @property
    def server_dir(self) -> Path:
        return self.root / ".labelstudio"

    @property
    def label_config_path(self) -> Path:
        return _first_existing(self.root / "label_config.xml", PACKAGE_ROOT / "label_config.xml")

    @property
    def guidelines_path(self) -> Path:
        return _first_existing(self.root / "GUIDELINES.md", PACKAGE_ROOT / "GUIDELINES.md")


def _first_existing(*paths: Path) -> Path:
    for path in paths:
        if path.exists():
            return path
    return paths[0]
