"""Where things live. Paths are relative to the workspace (the current directory,
or CURATE_HOME), so the CLI works from a checkout of the project."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
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
    def settings_path(self) -> Path:
        """Team settings kept with the project (committed, never a secret): curate.json."""
        return self.root / "curate.json"

    @property
    def guidelines_path(self) -> Path:
        return _first_existing(self.root / "GUIDELINES.md", PACKAGE_ROOT / "GUIDELINES.md")


def _first_existing(*paths: Path) -> Path:
    for path in paths:
        if path.exists():
            return path
    return paths[0]


EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


@dataclass
class Settings:
    """curate.json: what a team decides once and every command reads."""

    adjudicators: list[str] = field(default_factory=list)  # e-mails whose annotation settles a task

    @classmethod
    def load(cls, workspace: Workspace) -> Settings:
        path = workspace.settings_path
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CurateError(f"cannot read {path}: {exc}") from None
        adjudicators = data.get("adjudicators", []) if isinstance(data, dict) else None
        if not isinstance(adjudicators, list) or not all(isinstance(a, str) and EMAIL.fullmatch(a) for a in adjudicators):
            raise CurateError(f"{path}: 'adjudicators' must be a list of e-mail addresses")
        return cls(adjudicators=adjudicators)

    def save(self, workspace: Workspace) -> None:
        path = workspace.settings_path
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps({"adjudicators": self.adjudicators}, indent=2) + "\n", encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise CurateError(f"cannot write {path}: {exc.strerror}") from None

    def with_adjudicators(self, emails: list[str]) -> Settings:
        """These settings with `emails` added (validated, no duplicates, order kept)."""
        for email in emails:
            if not EMAIL.fullmatch(email):
                raise CurateError(f"--adjudicator {email!r} is not an e-mail address")
        merged = list(dict.fromkeys([*self.adjudicators, *(e.strip().lower() for e in emails)]))
        return Settings(adjudicators=merged)
