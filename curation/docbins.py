"""spaCy DocBins of a gold version: `train.spacy/`, `dev.spacy/`, `test.spacy/` (`spacy train`-ready).

Each is a directory of DocBin shards (`0000.spacy`, `0001.spacy`, ...; SHARD_DOCUMENTS Docs each), which
spaCy's Corpus reads as one corpus (`--paths.train datasets/vN/train.spacy`): a version of any size is
written with bounded memory.

One Doc per gold document, `spacy.blank("de")` tokenisation of its text, encoded as the pre-annotator
encodes its Docs (curation/preannotate/spans.py), so the same helpers read both:

    doc.spans["ACTOR"|"FIGURE"|"QUOTE"]   the gold spans of that label; span.label_ = label,
                                          span.id_ = the gold span_id (spans.parquet)
    span._.attrs                          the span's attributes (user_data key ("curate._", "attrs",
                                          label, start_char, end_char), as set_span_values writes it)
    doc._.speakers / user_data["curate_speakers"]
                                          speaker relations as [quote start, quote end, actor start,
                                          actor end] (character offsets of the Doc's spans)
    user_data["curate_gold_speakers"]     the same list (the key curate train reads)
    user_data["curate_labels"]            span labels the version covers (mask the others in training)
    user_data["curate_relation_labels"]   relation labels it covers
    user_data["curate_doc_id"], ["curate_split"]

Gold offsets that do not fall on token boundaries are widened to the tokens they touch
(`doc.char_span(..., alignment_mode="expand")`); the manifest counts them (`spacy.misaligned_spans`).
The Docs are serialised as they arrive; a shard is written to disk when it holds SHARD_DOCUMENTS Docs.
GoldDocBin is spaCy's DocBin with less CPU per Doc (same content). For large versions
curation.docbin_process.docbin_writer hands every split to a DocBinProcess, a child process that runs
`serve` here and is fed DocRecords; its files are those of a DocBinWriter in the export process.
"""

from __future__ import annotations

import gc
import pickle
import signal
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy
import spacy
import srsly
import srsly.msgpack
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, SPACY, TAG
from spacy.tokens import Doc, DocBin

from curation.docbin_process import SHARD_DOCUMENTS, SPLITS, DocBinCounts, DocRecord
from curation.preannotate.spans import LABELS, SPEAKERS_KEY, set_span_values

if TYPE_CHECKING:
    from curation.gold import GoldDocument

COVERAGE_KEY = "curate_labels"
RELATION_COVERAGE_KEY = "curate_relation_labels"
GOLD_SPEAKERS_KEY = "curate_gold_speakers"
DOC_ID_KEY = "curate_doc_id"
SPLIT_KEY = "curate_split"


STRING_ATTRS = frozenset({ORTH, NORM, TAG, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH})
COMPRESSION_LEVEL = 1  # zlib; spaCy's default (6) took a tenth of an export's time for 5 % smaller files


class GoldDocBin(DocBin):
    """spaCy's DocBin, the same bytes (tests/test_docbins.py compares them), less CPU: `add` collects the
    token strings from the unique hashes of the token array instead of nine string lookups per token in
    Python, and `to_bytes` compresses with COMPRESSION_LEVEL (any zlib level reads back)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain = [i for i, attr in enumerate(self.attrs) if attr in STRING_ATTRS and attr != MORPH]
        self._morph = [i for i, attr in enumerate(self.attrs) if attr == MORPH]
        self._keys: defaultdict[str, set[int]] = defaultdict(set)  # "plain" | "morph" -> hashes whose strings are in self.strings

    def from_bytes(self, bytes_data: bytes) -> GoldDocBin:
        self._keys = defaultdict(set)
        return super().from_bytes(bytes_data)

    def add(self, doc: Doc) -> None:
        array = doc.to_array(self.attrs).reshape((len(doc), len(self.attrs)))
        self.tokens.append(array)
        self.spaces.append(numpy.asarray(doc.to_array(SPACY).reshape((-1, 1)), dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        self.strings.update(self._new_strings(doc, array))
        self.cats.append(doc.cats)
        if self.store_user_data:
            self.user_data.append(srsly.msgpack_dumps(doc.user_data))
        self.span_groups.append(doc.spans.to_bytes())
        for group in doc.spans.values():
            for span in group:
                self.strings.add(span.label_)
                if span.kb_id in doc.vocab.strings:
                    self.strings.add(span.kb_id_)
                if span.id in doc.vocab.strings:
                    self.strings.add(span.id_)

    def _new_strings(self, doc: Doc, array: numpy.ndarray) -> list[str]:
        """The strings of the hashes in the Doc's string columns not seen before (a hash has one string
        whatever its column, except in MORPH: str(token.morph) is "" for an empty analysis, whose hash is
        that of "_")."""
        strings, found = doc.vocab.strings, []
        for group, columns in (("plain", self._plain), ("morph", self._morph)):
            if not columns:
                continue
            new = set(numpy.unique(array[:, columns]).tolist()) - self._keys[group]
            self._keys[group] |= new
            found += [strings[key] if key and not (group == "morph" and strings[key] == "_") else "" for key in new]
        return found

    def to_bytes(self) -> bytes:
        lengths = [len(tokens) for tokens in self.tokens]
        msg = {
            "version": self.version,
            "attrs": self.attrs,
            "tokens": (numpy.vstack(self.tokens) if self.tokens else numpy.asarray([])).tobytes("C"),
            "spaces": (numpy.vstack(self.spaces) if self.spaces else numpy.asarray([])).tobytes("C"),
            "lengths": numpy.asarray(lengths, dtype="int32").tobytes("C"),
            "strings": sorted(self.strings),
            "cats": self.cats,
            "flags": self.flags,
            "span_groups": self.span_groups,
        }
        if self.store_user_data:
            msg["user_data"] = self.user_data
        return zlib.compress(srsly.msgpack_dumps(msg), COMPRESSION_LEVEL)


class DocBinWriter:
    """One DocBin per split, filled document by document; `close` writes `<split>.spacy` into `directory`
    (every split, an empty DocBin for a split without documents)."""

    def __init__(self, directory: Path, labels: Sequence[str], relation_labels: Sequence[str]):
        self.directory = directory
        self.labels = list(labels)
        self.relation_labels = list(relation_labels)
        self.nlp = _tokenizer_only()
        self.bins = {split: GoldDocBin(store_user_data=True) for split in SPLITS}
        self.documents: Counter[str] = Counter()
        self.shards: Counter[str] = Counter()
        for split in SPLITS:
            (directory / f"{split}.spacy").mkdir(exist_ok=True)  # exists when a DocBinProcess made it
        self.spans = 0
        self.misaligned: Counter[str] = Counter()  # label -> gold spans widened to token boundaries
        self._encoders = _freeze_msgpack_encoders()

    def release(self) -> None:
        """Undo what __init__ changed outside this object (idempotent; VersionWriter calls it on close)."""
        if self._encoders:
            _thaw_msgpack_encoders()
            self._encoders = False

    def add(self, document: GoldDocument | DocRecord, split: str) -> None:
        record = document if isinstance(document, DocRecord) else DocRecord.of(document)
        self.bins[split].add(self.doc(record, split))
        self.documents[split] += 1
        if len(self.bins[split]) >= SHARD_DOCUMENTS:
            self._write_shard(split)

    def _write_shard(self, split: str) -> None:
        self.bins[split].to_disk(self.directory / f"{split}.spacy" / f"{self.shards[split]:04d}.spacy")
        self.shards[split] += 1
        self.bins[split] = GoldDocBin(store_user_data=True)

    def doc(self, record: DocRecord, split: str) -> Doc:
        """The spaCy Doc of one gold document (encoding: module docstring)."""
        doc = self.nlp.make_doc(record.text)
        groups: dict[str, list[Any]] = {label: [] for label in LABELS}
        chars: dict[str, tuple[int, int]] = {}  # span_id -> the Doc span's character offsets
        for span_id, label, start, end, attributes in record.spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            self.spans += 1
            if span is None:  # only whitespace: no token to widen to
                self.misaligned[label] += 1
                continue
            if (span.start_char, span.end_char) != (start, end):
                self.misaligned[label] += 1
            span.id_ = span_id
            groups.setdefault(label, []).append(span)
            chars[span_id] = (span.start_char, span.end_char)
            set_span_values(doc, label, span.start_char, span.end_char, attributes, None)
        for label, spans in groups.items():
            doc.spans[label] = spans
        speakers = [[*chars[quote], *chars[actor]] for quote, actor in record.speakers if quote in chars and actor in chars]
        doc.user_data.update(
            {
                SPEAKERS_KEY: speakers,
                GOLD_SPEAKERS_KEY: speakers,
                COVERAGE_KEY: self.labels,
                RELATION_COVERAGE_KEY: self.relation_labels,
                DOC_ID_KEY: record.doc_id,
                SPLIT_KEY: split,
            }
        )
        return doc

    def finish_adding(self) -> None:
        """No more documents (a DocBinProcess starts its last shards now; nothing to do here)."""

    def close(self) -> None:
        for split, docbin in self.bins.items():
            if len(docbin):
                self._write_shard(split)

    def counts(self) -> DocBinCounts:
        return DocBinCounts(Counter(self.documents), self.spans, Counter(self.misaligned))

    def manifest(self) -> dict[str, Any]:
        return self.counts().manifest()


def _tokenizer_only() -> spacy.language.Language:
    """spacy.blank("de") whose new lexemes compute only the NORM a DocBin stores: shape, prefix, suffix and
    the lexical flags (a fifth of the tokeniser's time on news text) are left to the reading vocab."""
    nlp = spacy.blank("de")
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {NORM: getters[NORM]} if NORM in getters else {}
    return nlp


def _freeze_msgpack_encoders() -> bool:
    """Make srsly look up its msgpack encoders once instead of on every call.

    DocBin.add packs each Doc's user_data and span groups with srsly, whose Packer collects the
    registered encoders every time: a scan of catalogue's whole registry and of all installed packages'
    entry points, ~1.4 ms a call, five calls a Doc (25 of 31 s per 10 000 GermEval documents). While a
    version is written nothing registers encoders, so the lookup's result is kept until `_thaw`."""
    registry = srsly.msgpack.msgpack_encoders
    if "get_all" in vars(registry):  # already frozen (a writer inside a writer)
        return False
    encoders = registry.get_all()
    registry.get_all = lambda: dict(encoders)  # an instance attribute shadows the method
    return True


def _thaw_msgpack_encoders() -> None:
    vars(srsly.msgpack.msgpack_encoders).pop("get_all", None)


def serve(directory: Path, labels: list[str], relation_labels: list[str]) -> None:
    """The child (`python -c ... DIR LABELS_JSON`): DocRecord batches from stdin into a DocBinWriter;
    at "close" the shards are written and the DocBinCounts (or the error) pickled to stdout. EOF without
    "close" means the parent is gone: leave without writing."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    error: BaseException | None = None
    writer: DocBinWriter | None = None
    try:
        writer = DocBinWriter(directory, labels, relation_labels)
    except BaseException as exc:  # noqa: BLE001 - sent to the parent at "close"
        error = exc
    gc.freeze()  # the imported modules: not scanned again by every full collection (~0.06 s per 1,600 documents)
    while True:
        try:
            kind, payload = pickle.load(stdin)
        except EOFError:
            return
        if kind == "close":
            pickle.dump(_close(writer, error), stdout, protocol=pickle.HIGHEST_PROTOCOL)
            stdout.flush()
            return
        if error is None and writer is not None:
            try:
                for document, split in payload:
                    writer.add(document, split)
            except BaseException as exc:  # noqa: BLE001
                error = exc


def _close(writer: DocBinWriter | None, error: BaseException | None) -> tuple[str, Any]:
    try:
        if error is not None or writer is None:
            raise error or RuntimeError("no DocBin writer")
        writer.close()
        return "done", writer.counts()
    except OSError as exc:
        plain = OSError(exc.errno, exc.strerror, exc.filename) if exc.errno is not None else OSError(str(exc))
        return "error", plain  # picklable whatever its subclass
    except BaseException as exc:  # noqa: BLE001
        return "error", RuntimeError(f"writing the DocBins failed: {type(exc).__name__}: {exc}")
    finally:
        if writer is not None:
            writer.release()

