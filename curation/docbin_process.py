"""The process side of a version's spaCy DocBins (curation/docbins.py), without spaCy.

`docbin_writer` gives the writer a version uses: an in-process DocBinWriter (curation/docbins.py, which
imports spaCy) or, for large versions, a DocBinProcess, a child process that tokenises and writes every
split while this process parses, validates and writes the Parquet files. This module imports neither
spaCy nor curation.gold, so an export that hands its DocBins to the child never loads spaCy itself.
"""

from __future__ import annotations

import json
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from curation.document import LABELS

if TYPE_CHECKING:
    from curation.docbins import DocBinWriter
    from curation.gold import GoldDocument

SPLITS = ("train", "dev", "test")
DOCBIN_DIRS = tuple(f"{split}.spacy" for split in SPLITS)
SHARD_DOCUMENTS = 500  # ~100 bytes per token in memory: a few dozen MB per shard of news articles


class DocRecord(NamedTuple):
    """What a DocBin keeps of a gold document: plain data, cheap to pickle to a DocBinProcess (whose child
    then need not import curation.gold and pyarrow)."""

    doc_id: str
    text: str
    spans: list[tuple[str, str, int, int, dict[str, Any]]]  # (span_id, label, start, end, attributes)
    speakers: list[tuple[str, str]]  # speaker relations: (quote span_id, actor span_id)

    @classmethod
    def of(cls, document: GoldDocument) -> DocRecord:
        spans = [(s.span_id, s.label, s.start, s.end, dict(s.attributes)) for s in document.spans]
        speakers = [(r.from_id, r.to_id) for r in document.relations if r.label == "speaker"]
        return cls(document.doc_id, document.text, spans, speakers)


@dataclass
class DocBinCounts:
    """What a DocBin writer wrote: documents per split, spans, spans widened to token boundaries per label."""

    documents: Counter[str]
    spans: int
    misaligned: Counter[str]

    def manifest(self) -> dict[str, Any]:
        """What the manifest says about the DocBins."""
        return {
            "directories": list(DOCBIN_DIRS),
            "shard_documents": SHARD_DOCUMENTS,
            "tokenizer": f"spacy.blank('de') (spaCy {version('spacy')})",
            "documents": {split: self.documents.get(split, 0) for split in SPLITS},
            "spans": self.spans,
            "misaligned_spans": sum(self.misaligned.values()),
            "misaligned_per_label": {label: self.misaligned.get(label, 0) for label in LABELS},
            "encoding": "doc.spans[label] (span.id_ = span_id), span._.attrs, user_data curate_speakers / "
            "curate_gold_speakers [quote start, quote end, actor start, actor end], curate_labels, "
            "curate_relation_labels, curate_doc_id, curate_split (see curation/docbins.py)",
        }


class DocBinProcess:
    """A DocBinWriter in a child process (curation.docbins.serve), with DocBinWriter's methods:
    tokenising and serialising the Docs (about half of an export's CPU) runs on the other core while this
    process parses and validates the next tasks, and this process never imports spaCy. Documents are
    pickled to the child's stdin in batches by a feeder thread over a bounded queue, so `add` does not wait for the child; the child replies (manifest
    or error) on stdout at "close". A plain subprocess, not multiprocessing's spawn, which would re-run the
    caller's __main__ script in the child. The child ignores Ctrl-C (`release` stops it) and leaves at EOF
    (its parent is gone)."""

    def __init__(self, directory: Path, labels: Sequence[str], relation_labels: Sequence[str]):
        for split in SPLITS:
            (directory / f"{split}.spacy").mkdir()  # here, so that an unwritable directory fails at once, as in-process
        self._stderr = tempfile.TemporaryFile()
        package_root = str(Path(__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        child = (f"import os, sys, json, pathlib; hasattr(os, 'nice') and os.nice({CHILD_NICENESS}); "  # no os.nice on Windows
                 "import curation.docbins as d; d.serve(pathlib.Path(sys.argv[1]), *json.loads(sys.argv[2]))")
        # -P: `python -c` would put the working directory first on sys.path, and a `curation/` there (another
        # checkout) would be imported instead of this package.
        command = [sys.executable, "-P", "-c", child, str(directory), json.dumps([list(labels), list(relation_labels)])]
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=env)
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=QUEUED_BATCHES)
        self._feeder = threading.Thread(target=self._feed, name="curate-docbins-feeder", daemon=True)
        self._feeder.start()
        self._batch: list[tuple[DocRecord, str]] = []
        self._counts: DocBinCounts | None = None
        self._finished = False

    def add(self, document: GoldDocument, split: str) -> None:
        self._batch.append((DocRecord.of(document), split))
        if len(self._batch) >= BATCH_DOCUMENTS:
            self._queue.put(("add", self._batch))
            self._batch = []

    def _feed(self) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            while (item := self._queue.get()) is not None:
                pickle.dump(item, stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
        except OSError:  # the child is gone; `close` reports how it ended
            pass
        finally:
            _quietly(stdin.close)

    def finish_adding(self) -> None:
        """No more documents: the child writes its last shards while this process does its own closing."""
        if self._finished:
            return
        if self._batch:
            self._queue.put(("add", self._batch))
            self._batch = []
        self._queue.put(("close", None))
        self._queue.put(None)
        self._finished = True

    def close(self) -> None:
        self.finish_adding()
        self._feeder.join()
        assert self._process.stdout is not None
        try:
            kind, payload = pickle.load(self._process.stdout)
        except (EOFError, pickle.UnpicklingError):
            raise OSError(f"the DocBin process ended with exit code {self._process.wait()}: {self._last_error()}") from None
        self._process.wait()
        if kind == "error":
            raise payload
        self._counts = payload

    def _last_error(self) -> str:
        self._stderr.seek(0)
        lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else "no message"

    def counts(self) -> DocBinCounts:
        if self._counts is None:
            raise RuntimeError("DocBinProcess.counts() before close()")
        return self._counts

    def manifest(self) -> dict[str, Any]:
        return self.counts().manifest()

    def release(self) -> None:
        """Stop the child if it still runs (after an error or Ctrl-C) and free its pipes."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._feeder.is_alive():  # blocked on a full pipe of a killed child: the write fails now
            while not self._queue.empty():
                _quietly(self._queue.get_nowait)
            _quietly(lambda: self._queue.put_nowait(None))
            self._feeder.join(5)
        _quietly(self._process.stdout.close if self._process.stdout else lambda: None)
        self._stderr.close()


def docbin_writer(directory: Path, labels: Sequence[str], relation_labels: Sequence[str], process: bool = False) -> DocBinWriter | DocBinProcess:
    """The DocBins of a version: written here, or (`process`) by a DocBinProcess, which then tokenises and
    writes every split while this process parses, validates and writes the Parquet files."""
    if process:
        return DocBinProcess(directory, labels, relation_labels)
    from curation.docbins import DocBinWriter  # spaCy: only for a writer in this process

    return DocBinWriter(directory, labels, relation_labels)


BATCH_DOCUMENTS = 32
# The child's work has slack until the last document, the Label Studio server's has none: on a machine that also
# runs the server (each part is built on one core) the child takes the CPU the server leaves, and annotators'
# requests to that server go first as well. At 2,000 tasks: 1.10 -> 1.01 x a raw snapshot on a quiet machine, but
# 9.2 -> 11.0 s while another process keeps a core busy (the child yields to that one too). README "export".
CHILD_NICENESS = 10
QUEUED_BATCHES = 4  # at most ~130 documents wait for the child: little is left for it after the last one


def _quietly(action: Callable[[], Any]) -> None:
    try:
        action()
    except Exception:  # noqa: BLE001 - freeing resources of a child that is gone
        pass
