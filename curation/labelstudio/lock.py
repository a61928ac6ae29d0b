"""One writer per Label Studio project at a time, across processes on this machine.

`curate push` and `curate export` into the same project (same server URL and title) take the same
lock. It is an OS file lock (flock, through `filelock`): the kernel drops it when the holder exits,
so a killed process never keeps it. The lock files live in a per-user directory outside the
workspace, so two workspaces pushing into one server serialise as well.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from curation.config import CurateError

LOCK_TIMEOUT = 3600.0  # seconds: a push of 100,000 articles may hold the lock this long


def lock_dir() -> Path:
    base = os.environ.get("CURATE_LOCK_DIR") or os.path.join(tempfile.gettempdir(), f"curate-locks-{os.getuid()}")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def lock_path(url: str, title: str) -> Path:
    key = hashlib.sha256(f"{url.rstrip('/')}\n{title.strip()}".encode("utf-8")).hexdigest()[:24]
    return lock_dir() / f"project-{key}.lock"


@contextmanager
def project_lock(url: str, title: str, timeout: float = LOCK_TIMEOUT) -> Iterator[Path]:
    """Hold the lock of project `title` on the server at `url` for the duration of the block."""
    path = lock_path(url, title)
    lock = FileLock(str(path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise CurateError(
            f"another curate process has held the lock of project {title!r} for {timeout:.0f} s ({path}); "
            "wait for it to finish"
        ) from None
    try:
        yield path
    finally:
        lock.release()


@contextmanager
def project_lock_if_free(url: str, title: str) -> Iterator[bool]:
    """Hold the lock of project `title` for the block when no other process holds it right now (True);
    else hold nothing (False) and let the caller wait for it later, e.g. after its local checks."""
    lock = FileLock(str(lock_path(url, title)))
    try:
        lock.acquire(blocking=False)
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()
