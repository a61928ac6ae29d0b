"""Score a pre-annotator against gold: `curate evaluate`.

Gold comes as a gold version (``datasets/vN``), as gold JSONL (one ``Document.to_dict()`` per line) or as
the German WikiNews quotation dataset. The scoring core (:func:`score`) is pure: gold Documents and
predicted Documents in, figures out.

WikiNews as gold (``wikinews_document``):

- quote types: Direct -> direct, Indirect and IndirectFreeIndirect -> indirect, FreeIndirect -> free_indirect,
  Reported -> reported. Only QUOTE is scored (the dataset has no ACTOR/FIGURE gold).
- direct quotes keep their quotation marks (SCHEME); the dataset's Direct spans already include them (all
  of dev does), and a Direct span that stops short of an adjacent mark is extended over it.
- a discontinuous quote (several spans, the frame in between: "Die Lage sei, so Meier, ernst") is one
  QUOTE over the covering span, first start to last end: Label Studio regions are contiguous, and a
  pre-annotator marks one region per reported clause. Exact scoring asks for the covering span.
  Exception: the parts of a discontinuous Direct quote („Wir werden“, sagte er, „helfen“) are each a
  quotation in marks, so each is its own direct QUOTE with the same speaker (SCHEME: the words in marks).
- annotations with the same quote offsets merge into one gold quote (the first one's type, all speakers).
- speaker spans (full noun phrases, possibly pronouns) become ACTOR-labelled spans linked by "speaker"
  relations; they only serve the speaker figures and the ACTOR coverage check, never ACTOR scores.

Coverage (which labels the gold covers): a gold JSONL record may carry ``"labels": [...]`` (the span labels
its gold covers) and ``"relation_labels": [...]`` (the relation labels); a gold version's ``manifest.json``
carries the same two keys. Absent ``labels`` means every label; absent ``relation_labels`` the relations whose source
label is covered (``speaker`` when QUOTE is). Only covered labels are scored: a prediction of an uncovered label
is neither a false positive nor anything else (a QUOTE-only gold never says "this text has no ACTOR"), and
speakers are scored only where QUOTE and ``speaker`` are both covered. WikiNews covers QUOTE and speaker.

Matching rules:

- exact: same label, same start and end.
- overlap: same label, at least one shared character, one-to-one. The pairing is a maximum-cardinality
  bipartite matching: a greedy pass pairs the largest overlaps first, then augmenting paths add every pair
  the greedy pass blocked (so two predictions overlapping one gold span give one tp and one fp, and no gold
  span is left unmatched if some re-pairing could match it).
- per quote type: quotes are matched regardless of type; recall of type T is over gold quotes of type T,
  precision of type T over predicted quotes of type T. So a found quote with the wrong type counts for the
  recall of its gold type and the precision of its predicted type; ``quote_type_accuracy`` and
  ``quote_type_confusion`` show how often the types agree.
- speaker: a predicted speaker is right when it overlaps a gold speaker span of the matched gold quote, or,
  when that gold speaker is a pronoun ("er", "sie", "ihrer Meinung"), when it overlaps the pronoun or its
  words are a name of an earlier non-pronoun gold speaker of the same document (WikiNews gives no
  antecedents; this approximates SCHEME's "the antecedent counts").
  accuracy = right / gold quotes found by overlap that have a gold speaker (a found quote with no predicted
  speaker is wrong). End-to-end: a (quote, speaker) pair is a tp when the quote matches by overlap and the
  speaker is right; precision over predicted quotes with a speaker, recall over gold quotes with a speaker.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curation.config import CurateError, Workspace
from curation.document import Article, Document, Relation, Span, sha256_text
from curation.scheme import LabelScheme, load_scheme
from curation.validation import check_document

LABELS: tuple[str, ...] = ("ACTOR", "FIGURE", "QUOTE")
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "free_indirect", "reported")
UNTYPED = "untyped"
RELATIONS: tuple[str, ...] = ("speaker",)
RELATION_SOURCES: dict[str, str] = {"speaker": "QUOTE"}  # a relation is annotated with its source span
FORMATS: tuple[str, ...] = ("auto", "version", "jsonl", "wikinews")
ATTRIBUTE_COLUMNS: tuple[str, ...] = ("actor_type", "canonical", "value", "unit", "qualifier", "quote_type")

WIKINEWS_TYPES: dict[str, str] = {
    "Direct": "direct",
    "Indirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "FreeIndirect": "free_indirect",
    "Reported": "reported",
}
OPENING_MARKS = frozenset('„“”"«»‚‘’‹›')
CLOSING_MARKS = frozenset('“”"«»‘’‹›')

# A gold speaker counts as a pronoun when its first word is one of these and it has at most three words
# ("er", "Sie", "ihrer Meinung", "seiner Ansicht nach").
PRONOUN_WORDS = frozenset(
    "er sie es wir ich ihr man du ihm ihn ihnen dieser diese jener jene "
    "sein seine seiner seinen seinem seines ihre ihrer ihren ihrem ihres unser unsere unserer unseren".split()
)
# A speaker that is only one of these words is a relative or demonstrative pronoun ("..., der sagte").
RELATIVE_PRONOUNS = frozenset("der die das dem den denen dessen deren welcher welche welches".split())
# Words that are capitalised at a sentence start or by function, never names.
FUNCTION_WORDS = PRONOUN_WORDS | frozenset(
    "der die das den dem des ein eine einer einen einem eines kein keine keiner keinen keinem "
    "dies dieses diesem diesen jeder jede jedes jeden jedem alle beide andere anderen mehrere viele "
    "und oder aber auch nach laut von vom bei mit aus für gegen zu zur zum im in am an auf über unter "
    "wie so als dass demnach zufolge einige manche welche welcher welches".split()
)
# Determiners whose next capitalised word is a common noun (German capitalises every noun).
DETERMINERS = frozenset(
    "der die das den dem des ein eine einer einen einem eines kein keine keiner keinen keinem "
    "dieser diese dieses diesem diesen jeder jede jedes jeden jedem sein seine seiner seinen seinem seines "
    "ihr ihre ihrer ihren ihrem ihres unser unsere unserer unseren unserem "
    "viele vielen mehrere mehreren einige einigen alle allen beide beiden manche zwei drei vier fünf".split()
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_NOUN_SUFFIXES = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "schaft",
    "schaften",
    "ion",
    "ionen",
    "tät",
    "täten",
    "ium",
    "ien",
    "nis",
    "nisse",
    "ismus",
    "ment",
    "ments",
    "ern",
    "ten",
    "chen",
)
_WORD = re.compile(r"\w[\w\-.]*\w|\w", re.UNICODE)


# ---------------------------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class Coverage:
    """The span labels and relation labels one gold document covers; only those are scored."""

    labels: tuple[str, ...] = LABELS
    relations: tuple[str, ...] = RELATIONS

    @classmethod
    def parse(cls, labels: Any, relations: Any, where: str) -> Coverage:
        """From the JSONL / manifest keys; None = all labels, relations of the covered source labels."""
        span_labels = _label_list(labels, LABELS, "labels", where) if labels is not None else LABELS
        if relations is None:
            return cls(span_labels, tuple(r for r in RELATIONS if RELATION_SOURCES[r] in span_labels))
        return cls(span_labels, _label_list(relations, RELATIONS, "relation_labels", where))

    @property
    def speaker(self) -> bool:
        return "QUOTE" in self.labels and "speaker" in self.relations


def _label_list(value: Any, known: tuple[str, ...], key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CurateError(f"{where}: {key!r} must be a list of names")
    unknown = [v for v in value if v not in known]
    if unknown:
        raise CurateError(f"{where}: {key!r} names unknown {', '.join(map(repr, unknown))} (known: {', '.join(known)})")
    return tuple(v for v in known if v in value)


WIKINEWS_COVERAGE = Coverage(("QUOTE",), ("speaker",))


@dataclass
class GoldSet:
    documents: list[Document]
    labels: tuple[str, ...]  # the labels the gold covers (of any document); only those are scored
    source: str
    fmt: str  # version | jsonl | wikinews
    titles: dict[str, str] = field(default_factory=dict)
    coverage: dict[str, Coverage] = field(default_factory=dict)  # doc_id -> coverage; absent = all labels

    @property
    def speaker_covered(self) -> bool:
        return "QUOTE" in self.labels and any(self.coverage.get(d.doc_id, Coverage()).speaker for d in self.documents)

    def articles(self) -> list[Article]:
        return [
            Article(doc_id=d.doc_id, title=self.titles.get(d.doc_id, ""), text=d.text, text_sha256=sha256_text(d.text))
            for d in self.documents
        ]


def detect_format(path: Path) -> str:
    """version for a directory; wikinews for JSONL whose first record has "originalText"; else jsonl."""
    if path.is_dir():
        return "version"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CurateError(f"{path}:1: not valid JSON ({exc.msg})") from None
                return "wikinews" if isinstance(first, dict) and "originalText" in first else "jsonl"
    raise CurateError(f"{path}: empty gold file")


def load_gold(gold: str | Path, fmt: str = "auto", split: str | None = None, limit: int | None = None) -> GoldSet:
    path = Path(gold)
    if fmt not in FORMATS:
        raise CurateError(f"unknown gold format {fmt!r} (use one of {', '.join(FORMATS)})")
    if not path.exists():
        raise CurateError(f"gold not found: {path}")
    if fmt == "auto":
        fmt = detect_format(path)
    if fmt == "version":
        if not path.is_dir():
            raise CurateError(f"{path}: a gold version is a directory (datasets/vN)")
        result = load_version(path, split=split)
    else:
        if path.is_dir():
            raise CurateError(f"{path} is a directory; --format {fmt} needs a JSONL file")
        if split is not None:
            raise CurateError("--split applies to a gold version directory only")
        result = load_wikinews(path) if fmt == "wikinews" else load_gold_jsonl(path)
    if limit is not None:
        result.documents = result.documents[: max(limit, 0)]
    if not result.documents:
        raise CurateError(f"{path}: no gold documents")
    return result


def jsonl_records(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CurateError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(record, dict):
                raise CurateError(f"{path}:{number}: expected a JSON object per line")
            yield number, record


def _check_document(doc: Document, where: str, scheme: LabelScheme) -> None:
    """Refuse a gold document with an invalid region (curation.validation, the checks of push and export):
    one line naming the file (and line), the region and the reason."""
    issues = check_document(doc, scheme)
    if issues:
        first = issues[0]
        more = f" (and {len(issues) - 1} more issue(s) in this document)" if len(issues) > 1 else ""
        raise CurateError(f"{where}: {first.item}: {first.reason}{more}")


def _scheme() -> LabelScheme:
    """The workspace's label_config.xml (the package's when the workspace has none)."""
    return load_scheme(Workspace.current().label_config_path)


def read_gold_jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any], Document, Coverage]]:
    """(line number, raw record, checked Document, its Coverage) per gold JSONL record; CurateError names
    the file and line of the first bad record, duplicate doc_ids included."""
    scheme = _scheme()
    seen: set[str] = set()
    for number, record in jsonl_records(path):
        where = f"{path}:{number}"
        try:
            doc = Document.from_dict(record)
            for span in doc.spans:
                span.text = doc.text[span.start : span.end] if not span.text else span.text
        except (KeyError, TypeError, ValueError) as exc:
            raise CurateError(f"{where}: not a gold record ({type(exc).__name__}: {exc})") from None
        coverage = Coverage.parse(record.get("labels"), record.get("relation_labels"), where)
        _check_document(doc, where, scheme)
        if doc.doc_id in seen:
            raise CurateError(f"{where}: duplicate doc_id {doc.doc_id!r}")
        seen.add(doc.doc_id)
        yield number, record, doc, coverage


def load_gold_jsonl(path: Path) -> GoldSet:
    documents: list[Document] = []
    coverage: dict[str, Coverage] = {}
    for _, _, doc, doc_coverage in read_gold_jsonl(path):
        documents.append(doc)
        if doc_coverage != Coverage():
            coverage[doc.doc_id] = doc_coverage
    titles = {d.doc_id: d.text.split("\n", 1)[0] for d in documents}
    labels = _covered_labels(documents, coverage)
    return GoldSet(documents, labels, str(path), "jsonl", titles, coverage)


def _covered_labels(documents: Sequence[Document], coverage: dict[str, Coverage]) -> tuple[str, ...]:
    covered = {label for d in documents for label in coverage.get(d.doc_id, Coverage()).labels}
    return tuple(label for label in LABELS if label in covered)


def load_version(path: Path, split: str | None = None) -> GoldSet:
    import pyarrow.parquet as pq

    scheme = _scheme()
    tables = {}
    for name in ("documents", "spans", "relations"):
        file = path / f"{name}.parquet"
        if not file.exists():
            raise CurateError(f"{path}: {file.name} missing (is this a gold version written by `curate export`?)")
        try:
            tables[name] = pq.read_table(file).to_pylist()
        except Exception as exc:  # pyarrow raises several types for unreadable files
            raise CurateError(f"{file}: cannot read Parquet ({exc})") from None
    docs_rows = tables["documents"]
    if split is not None:
        splits = sorted({str(r.get("split")) for r in docs_rows})
        docs_rows = [r for r in docs_rows if r.get("split") == split]
        if not docs_rows:
            raise CurateError(f"{path}: no documents in split {split!r} (splits: {', '.join(splits)})")
    spans: dict[str, list[Span]] = defaultdict(list)
    for row in tables["spans"]:
        attributes = {k: row[k] for k in ATTRIBUTE_COLUMNS if row.get(k) is not None and row.get(k) != ""}
        spans[row["doc_id"]].append(
            Span(str(row["span_id"]), row["label"], int(row["start"]), int(row["end"]), row["text"] or "", attributes)
        )
    relations: dict[str, list[Relation]] = defaultdict(list)
    for row in tables["relations"]:
        relations[row["doc_id"]].append(Relation(str(row["from_id"]), str(row["to_id"]), row["label"] or "speaker"))
    documents = []
    for row in docs_rows:
        doc = Document(row["doc_id"], row["text"], spans.get(row["doc_id"], []), relations.get(row["doc_id"], []))
        _check_document(doc, f"{path} (doc_id {doc.doc_id})", scheme)
        documents.append(doc)
    titles = {r["doc_id"]: r.get("title") or "" for r in docs_rows}
    version_coverage = _version_coverage(path)
    coverage = {d.doc_id: version_coverage for d in documents} if version_coverage != Coverage() else {}
    return GoldSet(documents, version_coverage.labels, str(path), "version", titles, coverage)


def _version_coverage(path: Path) -> Coverage:
    """manifest.json `labels` / `relation_labels` (versions written before them cover every label)."""
    manifest = path / "manifest.json"
    if not manifest.exists():
        return Coverage()
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CurateError(f"{manifest}: cannot read ({exc})") from None
    if not isinstance(data, dict):
        raise CurateError(f"{manifest}: not a JSON object")
    return Coverage.parse(data.get("labels"), data.get("relation_labels"), str(manifest))


def _extend_over_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """SCHEME: a direct QUOTE includes its quotation marks; take adjacent marks in when the gold left them out."""
    if start > 0 and text[start] not in OPENING_MARKS and text[start - 1] in OPENING_MARKS:
        start -= 1
    if end < len(text) and text[end - 1] not in CLOSING_MARKS and text[end] in CLOSING_MARKS:
        end += 1
    return start, end


def _role_spans(annotation: dict[str, Any], role: str) -> list[tuple[int, int]]:
    part = annotation.get(role) or {}
    return [(int(s["charBegin"]), int(s["charEnd"])) for s in part.get("spans") or [] if s["charEnd"] > s["charBegin"]]


def wikinews_document(record: dict[str, Any], where: str) -> tuple[Document, str]:
    """One WikiNews article as a gold Document: QUOTE spans (covering span of discontinuous quotes) and the
    gold speaker spans as ACTOR spans linked by "speaker" relations. Quotes with the same offsets merge
    (the first annotation's type, the union of speakers)."""
    try:
        name = str(record["documentName"])
        text = str(record["originalText"])
        annotations = list(record.get("annotations") or [])
    except (KeyError, TypeError) as exc:
        raise CurateError(f"{where}: not a WikiNews record (missing {exc})") from None
    doc_id, _, title = name.partition(" - ")
    quotes: dict[tuple[int, int], Span] = {}
    speakers: dict[tuple[int, int], Span] = {}
    relations: dict[tuple[str, str], Relation] = {}
    for annotation in annotations:
        kind = annotation.get("type")
        if kind not in WIKINEWS_TYPES:
            raise CurateError(f"{where}: unknown quotation type {kind!r}")
        parts = _role_spans(annotation, "quote")
        if not parts:
            continue
        if kind == "Direct":
            # each part of a discontinuous direct quote is its own marked quotation: one QUOTE each
            pieces = [_extend_over_marks(text, s, e) for s, e in parts]
        else:
            pieces = [(min(s for s, _ in parts), max(e for _, e in parts))]
        speaker_spans = []
        for s, e in _role_spans(annotation, "speaker"):
            speaker_spans.append(
                speakers.setdefault((s, e), Span(f"speaker-{s}-{e}", "ACTOR", s, e, text[s:e], {"role": "speaker"}))
            )
        for start, end in pieces:
            if not 0 <= start < end <= len(text):
                raise CurateError(f"{where}: quote offsets {start}-{end} outside the text")
            quote = quotes.get((start, end))
            if quote is None:
                attributes = {"quote_type": WIKINEWS_TYPES[kind]}
                quote = Span(f"quote-{start}-{end}", "QUOTE", start, end, text[start:end], attributes)
                quotes[(start, end)] = quote
            for speaker in speaker_spans:
                relations[(quote.id, speaker.id)] = Relation(quote.id, speaker.id, "speaker")
    spans = sorted([*quotes.values(), *speakers.values()], key=lambda sp: (sp.start, sp.end, sp.label))
    title = title.rsplit(" (", 1)[0] if title.endswith(")") else title
    return Document(doc_id.strip() or name, text, spans, list(relations.values())), title


def load_wikinews(path: Path) -> GoldSet:
    documents, titles = [], {}
    for number, record in jsonl_records(path):
        doc, title = wikinews_document(record, f"{path}:{number}")
        documents.append(doc)
        titles[doc.doc_id] = title
    coverage = {d.doc_id: WIKINEWS_COVERAGE for d in documents}
    return GoldSet(documents, WIKINEWS_COVERAGE.labels, str(path), "wikinews", titles, coverage)


# ------------------------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts behind precision and recall. matched_gold == matched_pred except per quote type, where recall
    is counted by gold type and precision by predicted type."""

    gold: int = 0
    pred: int = 0
    matched_gold: int = 0
    matched_pred: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched_gold += other.matched_gold
        self.matched_pred += other.matched_pred

    @property
    def tp(self) -> int:
        return self.matched_gold

    @property
    def fp(self) -> int:
        return self.pred - self.matched_pred

    @property
    def fn(self) -> int:
        return self.gold - self.matched_gold

    @property
    def precision(self) -> float:
        return self.matched_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class SpeakerScore:
    """Speaker figures for one subset of quotes (all, or one quote type)."""

    found: int = 0  # gold quotes with a gold speaker that were found (overlap)
    correct: int = 0
    wrong: int = 0  # found, predicted speaker does not match
    missing: int = 0  # found, no predicted speaker
    pronoun_found: int = 0  # found, the gold speaker is a pronoun (judged by the antecedent approximation)
    pronoun_correct: int = 0
    # found, and some predicted ACTOR of the document would be a right speaker: the accuracy a perfect choice
    # among the predicted actors would reach is reachable / found
    reachable: int = 0
    pairs: Score = field(default_factory=Score)  # end-to-end (quote, speaker) pairs

    @property
    def accuracy(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def ceiling(self) -> float:
        return self.reachable / self.found if self.found else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "found_quotes_with_gold_speaker": self.found,
            "correct": self.correct,
            "wrong": self.wrong,
            "missing": self.missing,
            "accuracy": round(self.accuracy, 4),
            "pronoun_gold_speaker": {"found": self.pronoun_found, "correct": self.pronoun_correct},
            "reachable_among_predicted_actors": self.reachable,
            "ceiling": round(self.ceiling, 4),
            "end_to_end": self.pairs.to_dict(),
        }


@dataclass
class ErrorItem:
    kind: str  # miss | false_alarm | boundary | speaker
    label: str
    start: int
    end: int
    text: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class Scores:
    labels: tuple[str, ...]
    by_label: dict[str, dict[str, Score]]  # label -> {"exact", "overlap"}
    by_quote_type: dict[str, dict[str, Score]]  # quote type -> {"exact", "overlap"}
    speaker: dict[str, SpeakerScore]  # "all" and each quote type
    type_confusion: dict[str, dict[str, int]]  # gold type -> predicted type -> overlap-matched quotes
    errors: dict[str, list[ErrorItem]]
    n_docs: int

    @property
    def quote_type_accuracy(self) -> float:
        total = sum(sum(row.values()) for row in self.type_confusion.values())
        same = sum(row.get(gold, 0) for gold, row in self.type_confusion.items())
        return same / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": {k: {m: s.to_dict() for m, s in v.items()} for k, v in self.by_label.items()},
            "quote_types": {k: {m: s.to_dict() for m, s in v.items()} for k, v in self.by_quote_type.items()},
            "quote_type_accuracy": round(self.quote_type_accuracy, 4),
            "quote_type_confusion": self.type_confusion,
            "speaker": {k: v.to_dict() for k, v in self.speaker.items()},
        }


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(gold: Sequence[Span], pred: Sequence[Span], mode: str) -> dict[int, int]:
    """One-to-one pairs gold index -> pred index. exact: same offsets; overlap: maximum-cardinality matching,
    seeded greedily by overlap size so the largest overlaps pair up first."""
    if mode not in ("exact", "overlap"):
        raise ValueError(f"mode {mode!r}")
    candidates: list[list[int]] = []
    for g in gold:
        if mode == "exact":
            options = [j for j, p in enumerate(pred) if p.start == g.start and p.end == g.end]
        else:
            options = sorted(
                (j for j, p in enumerate(pred) if _overlap(g, p) > 0), key=lambda j: (-_overlap(g, pred[j]), j)
            )
        candidates.append(options)
    g_to_p: dict[int, int] = {}
    p_to_g: dict[int, int] = {}
    # Largest overlap first, then the closest boundaries: a prediction equal to a nested gold quote pairs
    # with it, not with the outer quote. An exact pair thus always comes first (its overlap is the whole of
    # both spans), so whatever is found exactly is also found by overlap.
    edges = sorted(
        ((i, j) for i, opts in enumerate(candidates) for j in opts),
        key=lambda e: (
            -_overlap(gold[e[0]], pred[e[1]]),
            abs(gold[e[0]].start - pred[e[1]].start) + abs(gold[e[0]].end - pred[e[1]].end),
            e[0],
            e[1],
        ),
    )
    for i, j in edges:
        if i not in g_to_p and j not in p_to_g:
            g_to_p[i], p_to_g[j] = j, i

    def augment(i: int, visited: set[int]) -> bool:
        for j in candidates[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in p_to_g or augment(p_to_g[j], visited):
                g_to_p[i], p_to_g[j] = j, i
                return True
        return False

    for i in range(len(gold)):
        if i not in g_to_p and candidates[i]:
            augment(i, set())
    return g_to_p


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_pronoun_speaker(span: Span) -> bool:
    words = [w.casefold() for w in _words(span.text)]
    if len(words) == 1 and words[0] in RELATIVE_PRONOUNS:
        return True
    return bool(words) and words[0] in PRONOUN_WORDS and len(words) <= 3


def _names_match(pred_text: str, gold_text: str) -> bool:
    """The predicted speaker's capitalised words all occur in the gold speaker (or the reverse)."""
    pred_words = {w for w in _words(pred_text) if w[0].isupper() and w.casefold() not in FUNCTION_WORDS}
    gold_words = {w for w in _words(gold_text) if w[0].isupper() and w.casefold() not in FUNCTION_WORDS}
    return bool(pred_words and gold_words) and (pred_words <= gold_words or gold_words <= pred_words)


def _speaker_right(pred_speakers: list[Span], gold_speakers: list[Span], earlier: list[Span]) -> bool:
    for gold in gold_speakers:
        for pred in pred_speakers:
            if _overlap(pred, gold):
                return True
            if is_pronoun_speaker(gold) and any(
                _names_match(pred.text, a.text) for a in earlier if a.start < gold.start
            ):
                return True
    return False


def _speakers_of(doc: Document) -> dict[str, list[Span]]:
    by_id = {s.id: s for s in doc.spans}
    out: dict[str, list[Span]] = defaultdict(list)
    for rel in doc.relations:
        if rel.label == "speaker" and rel.from_id in by_id and rel.to_id in by_id:
            out[rel.from_id].append(by_id[rel.to_id])
    return out


def _quote_type(span: Span) -> str:
    value = span.attributes.get("quote_type")
    return value if value in QUOTE_TYPES else UNTYPED


def _snippet(text: str, start: int, end: int, width: int = 100) -> str:
    piece = text[start:end].replace("\n", " ")
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def score(
    gold_docs: Sequence[Document],
    pred_docs: Iterable[Document],
    labels: Sequence[str] = LABELS,
    coverage: dict[str, Coverage] | None = None,
) -> Scores:
    """Score predictions against gold for `labels` (the labels the gold covers), per document only the labels
    of its `coverage` entry (absent: all), speakers only where QUOTE and speaker are covered. Predictions are matched to
    gold by doc_id; a gold document without prediction counts all its spans as misses."""
    preds = {p.doc_id: p for p in pred_docs}
    labels = tuple(labels)
    by_label = {label: {"exact": Score(), "overlap": Score()} for label in labels}
    types = (*QUOTE_TYPES, UNTYPED)
    by_type = {t: {"exact": Score(), "overlap": Score()} for t in types}
    speaker = {subset: SpeakerScore() for subset in ("all", *QUOTE_TYPES)}
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: dict[str, list[ErrorItem]] = {}
    speaker_scored = False

    for gold_doc in gold_docs:
        pred_doc = preds.get(gold_doc.doc_id) or Document(gold_doc.doc_id, gold_doc.text)
        if pred_doc.text != gold_doc.text:
            raise ValueError(f"document {gold_doc.doc_id}: predicted text differs from gold text")
        text = gold_doc.text
        doc_errors: list[ErrorItem] = []
        doc_coverage = (coverage or {}).get(gold_doc.doc_id, Coverage())
        for label in (label for label in labels if label in doc_coverage.labels):
            gold = sorted((s for s in gold_doc.spans if s.label == label), key=lambda s: (s.start, s.end))
            pred = sorted((s for s in pred_doc.spans if s.label == label), key=lambda s: (s.start, s.end))
            matches = {mode: match_spans(gold, pred, mode) for mode in ("exact", "overlap")}
            for mode, pairs in matches.items():
                by_label[label][mode].add(Score(len(gold), len(pred), len(pairs), len(pairs)))
                if label == "QUOTE":
                    matched_pred = set(pairs.values())
                    for i, g in enumerate(gold):
                        by_type[_quote_type(g)][mode].add(Score(gold=1, matched_gold=int(i in pairs)))
                    for j, p in enumerate(pred):
                        by_type[_quote_type(p)][mode].add(Score(pred=1, matched_pred=int(j in matched_pred)))
            overlap = matches["overlap"]
            exact_gold = set(matches["exact"])
            matched_pred = set(overlap.values())
            for i, g in enumerate(gold):
                if i not in overlap:
                    doc_errors.append(
                        ErrorItem("miss", label, g.start, g.end, _snippet(text, g.start, g.end), _describe(g))
                    )
                elif i not in exact_gold:
                    p = pred[overlap[i]]
                    doc_errors.append(
                        ErrorItem(
                            "boundary",
                            label,
                            g.start,
                            g.end,
                            _snippet(text, g.start, g.end),
                            f"predicted {p.start}-{p.end}: {_snippet(text, p.start, p.end)}",
                        )
                    )
            for j, p in enumerate(pred):
                if j not in matched_pred:
                    doc_errors.append(
                        ErrorItem("false_alarm", label, p.start, p.end, _snippet(text, p.start, p.end), _describe(p))
                    )
            if label == "QUOTE":
                # without speaker gold the figures go to a scratch sink: the quote type confusion still counts
                sink = speaker if doc_coverage.speaker else {subset: SpeakerScore() for subset in speaker}
                speaker_scored = speaker_scored or doc_coverage.speaker
                _score_speakers(gold_doc, pred_doc, gold, pred, overlap, sink, confusion, doc_errors)
        if doc_errors:
            errors[gold_doc.doc_id] = sorted(doc_errors, key=lambda e: (e.start, e.end, e.kind))
    if "QUOTE" not in labels:
        by_type, speaker = {}, {}
    else:
        by_type = {t: v for t, v in by_type.items() if t != UNTYPED or v["overlap"].gold or v["overlap"].pred}
    if not speaker_scored:
        speaker = {}
    return Scores(
        labels=labels,
        by_label=by_label,
        by_quote_type=by_type,
        speaker=speaker,
        type_confusion={g: dict(row) for g, row in confusion.items()},
        errors=errors,
        n_docs=len(gold_docs),
    )


def _describe(span: Span) -> str:
    return ", ".join(f"{k}={v}" for k, v in span.attributes.items() if k != "role")


def _score_speakers(
    gold_doc: Document,
    pred_doc: Document,
    gold: list[Span],
    pred: list[Span],
    overlap: dict[int, int],
    speaker: dict[str, SpeakerScore],
    confusion: dict[str, dict[str, int]],
    doc_errors: list[ErrorItem],
) -> None:
    gold_speakers = _speakers_of(gold_doc)
    pred_speakers = _speakers_of(pred_doc)
    # Earlier non-pronoun gold speakers: the antecedent candidates of a pronoun gold speaker.
    named = sorted(
        {s.id: s for spans in gold_speakers.values() for s in spans if not is_pronoun_speaker(s)}.values(),
        key=lambda s: s.start,
    )
    actors = [s for s in pred_doc.spans if s.label == "ACTOR"]
    right_pred: set[int] = set()
    for i, g in enumerate(gold):
        g_type = _quote_type(g)
        subsets = ["all"] + ([g_type] if g_type in speaker else [])
        has_gold = bool(gold_speakers.get(g.id))
        if has_gold:
            for subset in subsets:
                speaker[subset].pairs.gold += 1
        if i not in overlap:
            continue
        p = pred[overlap[i]]
        confusion[g_type][_quote_type(p)] += 1
        if not has_gold:
            continue
        predicted = pred_speakers.get(p.id, [])
        right = bool(predicted) and _speaker_right(predicted, gold_speakers[g.id], named)
        pronoun = all(is_pronoun_speaker(s) for s in gold_speakers[g.id])
        reachable = right or _speaker_right(actors, gold_speakers[g.id], named)
        for subset in subsets:
            stats = speaker[subset]
            stats.found += 1
            stats.reachable += int(reachable)
            stats.pronoun_found += int(pronoun)
            stats.pronoun_correct += int(pronoun and right)
            stats.correct += int(right)
            stats.wrong += int(bool(predicted) and not right)
            stats.missing += int(not predicted)
            stats.pairs.matched_gold += int(right)
        if right:
            right_pred.add(overlap[i])
        else:
            expected = " | ".join(s.text for s in gold_speakers[g.id])
            got = " | ".join(s.text for s in predicted) or "none"
            doc_errors.append(
                ErrorItem(
                    "speaker",
                    "QUOTE",
                    g.start,
                    g.end,
                    _snippet(gold_doc.text, g.start, g.end, 60),
                    f"gold speaker: {expected}; predicted: {got}",
                )
            )
    for j, p in enumerate(pred):
        if not pred_speakers.get(p.id):
            continue
        p_type = _quote_type(p)
        for subset in ["all"] + ([p_type] if p_type in speaker else []):
            speaker[subset].pairs.pred += 1
            speaker[subset].pairs.matched_pred += int(j in right_pred)


# ------------------------------------------------------------------------------------ actor coverage


@dataclass
class ActorCoverage:
    """Share of gold speaker spans containing a capitalised name that an ACTOR prediction overlaps."""

    speakers: int = 0
    with_name: int = 0
    covered: int = 0
    uncovered_examples: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.covered / self.with_name if self.with_name else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker_spans": self.speakers,
            "with_capitalised_name": self.with_name,
            "covered_by_actor": self.covered,
            "share": round(self.share, 4),
        }


def common_nouns(texts: Iterable[str]) -> set[str]:
    """Capitalised words the texts use after a determiner or quantifier, possibly with inflected adjectives
    between ("der Sprecher", "einem hochrangigen Beamten", "mehrere Berichte"): common nouns, since German
    capitalises every noun. Names rarely stand there."""
    nouns: set[str] = set()
    for text in texts:
        after_determiner = False
        for word in _words(text):
            folded = word.casefold()
            if word[0].isupper() and after_determiner and folded not in DETERMINERS:
                nouns.add(word)
                after_determiner = False
            elif folded in DETERMINERS:
                after_determiner = True
            elif after_determiner and word[0].islower() and folded.endswith(_ADJECTIVE_ENDINGS):
                continue  # an adjective between determiner and noun
            else:
                after_determiner = False
    return nouns


def name_words(text: str, nouns: set[str]) -> list[str]:
    """Words of `text` that look like names: capitalised, not a function word, and either an acronym
    ("SPD", "BBC") or neither used as a common noun in the corpus (see :func:`common_nouns`) nor ending
    in a common-noun suffix ("-ung", "-schaft", ...)."""
    out = []
    for word in _words(text):
        if not word[0].isupper() or word.casefold() in FUNCTION_WORDS:
            continue
        if sum(c.isupper() for c in word) >= 2:
            out.append(word)
        elif word not in nouns and not word.casefold().endswith(_NOUN_SUFFIXES):
            out.append(word)
    return out


def actor_coverage(gold_docs: Sequence[Document], pred_docs: Iterable[Document]) -> ActorCoverage:
    preds = {p.doc_id: p for p in pred_docs}
    nouns = common_nouns(d.text for d in gold_docs)
    result = ActorCoverage()
    for doc in gold_docs:
        pred = preds.get(doc.doc_id)
        actors = [s for s in pred.spans if s.label == "ACTOR"] if pred else []
        speaker_ids = {r.to_id for r in doc.relations if r.label == "speaker"}
        for span in doc.spans:
            if span.id not in speaker_ids:
                continue
            result.speakers += 1
            if not name_words(span.text, nouns):
                continue
            result.with_name += 1
            if any(_overlap(span, a) for a in actors):
                result.covered += 1
            elif len(result.uncovered_examples) < 30:
                result.uncovered_examples.append(span.text)
    return result


# ----------------------------------------------------------------------------------------- evaluate


@dataclass
class EvaluationReport:
    scores: Scores
    model_version: str
    gold_source: str
    gold_format: str
    n_docs: int
    coverage: ActorCoverage | None = None

    @property
    def errors(self) -> dict[str, list[ErrorItem]]:
        return self.scores.errors

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "model_version": self.model_version,
            "gold": {
                "source": self.gold_source,
                "format": self.gold_format,
                "n_docs": self.n_docs,
                "labels": list(self.scores.labels),
            },
            **self.scores.to_dict(),
        }
        if self.coverage is not None:
            out["actor_coverage_of_speakers"] = self.coverage.to_dict()
            if errors:
                out["actor_coverage_of_speakers"]["uncovered_examples"] = self.coverage.uncovered_examples
        if errors:
            out["errors"] = {doc: [e.to_dict() for e in items] for doc, items in self.errors.items()}
        return out

    def render(self, errors: bool = False) -> Any:
        """One rich renderable: the figures, then (with `errors`) the per-article error list."""
        from rich.console import Group

        return Group(*report_renderables(self), *(error_renderables(self) if errors else []))

    def write_json(self, path: str | Path, errors: bool = False) -> None:
        path = Path(path)
        try:
            path.write_text(json.dumps(self.to_dict(errors=errors), ensure_ascii=False, indent=2) + "\n", "utf-8")
        except OSError as exc:
            raise CurateError(f"cannot write {path}: {exc.strerror}") from None


def evaluate(
    gold: str | Path,
    fmt: str = "auto",
    model: str | None = None,
    limit: int | None = None,
    split: str | None = None,
) -> EvaluationReport:
    """Run the pre-annotator (`model`, default the rules) on the gold texts and score it."""
    from curation.preannotate import load_pipeline, predict

    gold_set = load_gold(gold, fmt=fmt, split=split, limit=limit)
    nlp = load_pipeline(model)
    predictions = list(predict(nlp, gold_set.articles()))
    version = predictions[0].model_version if predictions else ""
    scores = score(gold_set.documents, predictions, labels=gold_set.labels, coverage=gold_set.coverage)
    # speakers without ACTOR gold (WikiNews, or a version imported from it): how many ACTOR predictions reach them
    speakers_only = "ACTOR" not in gold_set.labels and gold_set.speaker_covered
    coverage = actor_coverage(gold_set.documents, predictions) if speakers_only else None
    return EvaluationReport(scores, version, gold_set.source, gold_set.fmt, len(gold_set.documents), coverage)


# ---------------------------------------------------------------------------------------- rendering


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def report_renderables(report: EvaluationReport) -> list[Any]:
    """What `curate evaluate` prints: a header line, the span table, the speaker table, the coverage line."""
    from rich import box
    from rich.table import Table

    out: list[Any] = [
        f"[bold]{report.model_version}[/] on {report.gold_source} ({report.gold_format}, {report.n_docs} documents; "
        f"scored labels: {', '.join(report.scores.labels)}; speakers {'scored' if report.scores.speaker else 'not scored'}; "
        f"predictions of other labels are not scored)"
    ]
    spans = Table(
        title="Spans (one-to-one matching, same label)",
        caption="ex. = exact (same offsets); ov. = overlap (any shared character); tp/fp/fn by overlap. "
        "Quote types: recall by gold type, precision by predicted type.",
        title_justify="left",
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    spans.add_column("label", no_wrap=True, min_width=15)
    for mode in ("exact", "overlap"):
        for name in ("P", "R", "F1"):
            spans.add_column(f"{mode[:2]}.{name}", justify="right", no_wrap=True)
    spans.add_column("tp/fp/fn", justify="right", no_wrap=True)

    def row(name: str, modes: dict[str, Score]) -> None:
        o = modes["overlap"]
        figures = (v for m in ("exact", "overlap") for v in (modes[m].precision, modes[m].recall, modes[m].f1))
        spans.add_row(name, *(_fmt(v) for v in figures), f"{o.tp}/{o.fp}/{o.fn}")

    for label, modes in report.scores.by_label.items():
        row(label, modes)
        if label == "QUOTE":
            for qtype, tmodes in report.scores.by_quote_type.items():
                if tmodes["overlap"].gold or tmodes["overlap"].pred:
                    row(f"  {qtype}", tmodes)
    out.append(spans)
    if report.scores.speaker:
        speakers = Table(
            title="Speakers (right = overlaps the gold speaker)",
            caption="found = gold quotes with a gold speaker found by overlap; acc. = right speakers among them, "
            "wrong + miss. (no predicted speaker) = the rest; pron. = right/found where the gold speaker is a "
            "pronoun (right: overlaps it or names an earlier gold speaker); ceil. = the accuracy a perfect choice "
            "among the document's predicted ACTORs would reach; e2e = (quote, speaker) pairs.",
            caption_justify="left",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            collapse_padding=True,
            pad_edge=False,
        )
        for name in ("quotes", "found", "acc.", "wrong", "miss.", "pron.", "ceil.", "e2e P", "R", "F1"):
            if name == "quotes":
                speakers.add_column(name, no_wrap=True, min_width=13)
            else:
                speakers.add_column(name, justify="right", no_wrap=True)
        for subset, s in report.scores.speaker.items():
            if s.pairs.gold == 0 and s.pairs.pred == 0:
                continue
            speakers.add_row(
                subset,
                str(s.found),
                _fmt(s.accuracy),
                str(s.wrong),
                str(s.missing),
                f"{s.pronoun_correct}/{s.pronoun_found}",
                _fmt(s.ceiling),
                _fmt(s.pairs.precision),
                _fmt(s.pairs.recall),
                _fmt(s.pairs.f1),
            )
        out.append(speakers)
        out.append(f"quote type agreement on found quotes: {_fmt(report.scores.quote_type_accuracy)}")
    if report.coverage is not None:
        c = report.coverage
        out.append(
            f"ACTOR coverage of gold speakers with a capitalised name: {c.covered}/{c.with_name} = {_fmt(c.share)}"
        )
    return out


def error_renderables(report: EvaluationReport) -> list[Any]:
    """`--errors`: per article, misses, false alarms, boundary and speaker errors."""
    from rich.markup import escape

    out: list[Any] = []
    for doc_id, items in report.errors.items():
        out.append(f"[bold]{escape(doc_id)}[/]")
        for e in items:
            detail = f"  [dim]{escape(e.detail)}[/]" if e.detail else ""
            out.append(f"  {e.kind:<11} {e.label:<6} {e.start}-{e.end} “{escape(e.text)}”{detail}")
    if report.coverage is not None and report.coverage.uncovered_examples:
        out.append("[bold]gold speakers with a name but no overlapping ACTOR[/] (first 30)")
        out.extend(f"  {escape(text)}" for text in report.coverage.uncovered_examples)
    return out
