"""`curate import`: existing annotations -> an ordinary gold version (same files, manifest, card, checksums,
immutability and atomic write as `curate export`, through gold's streaming `VersionWriter`).

Formats (``--format``):

- ``wikinews``: the German WikiNews quotation dataset, read by :func:`curation.evaluate.wikinews_document`
  (quote types, split quotes, merged duplicates as `curate evaluate` reads them). Each quote's speaker phrase
  becomes an ACTOR span (the dataset's full noun phrase, no actor_type: the dataset does not tell it) linked by
  ``speaker``. A pronoun speaker ("er", "sie", "der") is not an ACTOR (SCHEME): the relation goes to the
  nearest earlier named gold speaker of the article, the approximation of "the ACTOR mention the pronoun
  refers to" that `curate evaluate` also uses; without one the quote keeps no speaker. Covers QUOTE and
  speaker only: ACTOR spans are speakers, not every actor.
- ``jsonl``: the project's gold JSONL (``Document.to_dict()`` lines); a record may carry ``labels`` /
  ``relation_labels`` (coverage, absent = all) and ``split``, ``title``, ``source``, ``published``.
- ``conll``: GermEval 2014 / CoNLL token-tag files (``token TAB tag`` or ``index TAB token TAB tag
  [TAB nested]``, blank line between sentences, ``#\\tURL\\t[date]`` lines). PER -> ACTOR PERSON,
  ORG -> ACTOR ORGANIZATION, LOC -> ACTOR STATE; OTH, ``…deriv`` and ``…part`` are not ACTOR; nested tags
  are ignored. The text is rebuilt from the tokens (:func:`detokenize`); sentences with the same URL form
  one document (in file order, one sentence per line), sentences without a URL one document each.

A folder imports the files in it whose names name a split (train / dev / test), each keeping that split; a
single file takes its split from its name when it names one. Records or files without a split get the
frozen hash splits of `curate export`. Bad input: CurateError naming the file and line, nothing written.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from curation import gold
from curation.config import CurateError, Workspace
from curation.document import Document, Relation, Span, sha256_text
from curation.evaluate import (
    WIKINEWS_COVERAGE,
    Coverage,
    is_pronoun_speaker,
    jsonl_records,
    read_gold_jsonl,
    wikinews_document,
)
from curation.scheme import LabelScheme, load_scheme

DOCBIN_PROCESS_DOCUMENTS = 1000  # from this size on the DocBins are written by a second process (curation.docbins)
FORMATS = ("wikinews", "jsonl", "conll")
SPLIT_WORDS = {
    "train": "train",
    "training": "train",
    "dev": "dev",
    "val": "dev",
    "valid": "dev",
    "validation": "dev",
    "test": "test",
}
PRONOUN_LINKED = "pronoun speakers linked to an earlier named speaker"
PRONOUN_DROPPED = "pronoun speakers without an earlier named speaker (quote kept, no speaker)"
CONLL_ACTOR_TYPES = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "STATE"}
CONLL_TAG = re.compile(r"O|[BI]-(?:PER|ORG|LOC|OTH)(?:deriv|part)?")
CONLL_COMMENT = re.compile(r"#\t(?P<url>[^\t]*)(?:\t\[(?P<date>[^\]]*)\])?")
WIKINEWS_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")
# Detokenisation: no space before closing punctuation, none after opening brackets and quotes.
NO_SPACE_BEFORE = frozenset([".", ",", ";", ":", "!", "?", ")", "]", "}", "...", "…", "“", "‘"])
NO_SPACE_AFTER = frozenset(["(", "[", "{", "„", "‚"])


@dataclass(frozen=True)
class SourceFile:
    path: Path
    split: str | None  # the split its name gives, if any


@dataclass
class ImportedDocument:
    document: gold.GoldDocument
    where: str  # file:line, for error messages
    split: str | None  # the dataset's own split, if it has one


@dataclass
class FileResult:
    documents: list[ImportedDocument]
    coverage: Coverage
    stats: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]  # of the files a folder import takes
    source: str | None  # defaults for --source / --licence
    licence: str | None
    notes: tuple[str, ...]  # what the mapping does, for the manifest and the card
    read: Callable[[SourceFile], FileResult]
    mapped: dict[str, str] = field(default_factory=dict)  # covered labels that follow another scheme: how

    def mapped_labels(self, covered: Iterable[str]) -> dict[str, str]:
        """Those of `covered` this format maps from another scheme, with how."""
        covered = set(covered)
        return {label: how for label, how in self.mapped.items() if label in covered}


@dataclass
class ImportReport:
    version: str
    path: Path
    fmt: str
    documents: int
    spans_per_label: dict[str, int]
    relations: int
    documents_per_split: dict[str, int]
    labels: list[str]
    relation_labels: list[str]
    stats: dict[str, int]
    seconds: float

    def summary(self) -> str:
        labels = ", ".join(f"{k} {v}" for k, v in self.spans_per_label.items())
        splits = ", ".join(f"{k} {v}" for k, v in self.documents_per_split.items())
        lines = [
            f"wrote {self.path} in {self.seconds:.1f} s (imported {self.fmt})",
            f"  {self.documents} documents ({splits}), spans: {labels}, {self.relations} relations",
            f"  covers labels: {', '.join(self.labels) or 'none'}; relations: {', '.join(self.relation_labels) or 'none'}",
        ]
        lines += [f"  {name}: {count}" for name, count in self.stats.items()]
        return "\n".join(lines)


# ------------------------------------------------------------------------------------------ helpers


def split_of(path: Path) -> str | None:
    """The split a file name names ("NER-de-train.bio" -> train, "dev.jsonl" -> dev), else None."""
    words = {SPLIT_WORDS[w] for w in re.split(r"[^a-z0-9]+", path.stem.lower()) if w in SPLIT_WORDS}
    return words.pop() if len(words) == 1 else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "file"


def _gold_document(
    doc: Document, annotator: str, title: str | None = None, source: str | None = None, published: str | None = None
) -> gold.GoldDocument:
    return gold.GoldDocument(
        task_id=0,
        annotation_id=0,
        doc_id=doc.doc_id,
        title=title,
        source=source,
        published=published,
        text=doc.text,
        text_sha256=sha256_text(doc.text),
        annotator=annotator,
        chosen_by="imported",
        model_version=None,
        spans=[gold.GoldSpan(s.id, s.label, s.start, s.end, s.text, dict(s.attributes), gold.IMPORTED_ORIGIN) for s in doc.spans],
        relations=list(doc.relations),
    )


def _str_field(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise CurateError(f"{where}: {key!r} must be a string")
    return value


# ----------------------------------------------------------------------------------------- WikiNews


def speakers_as_actors(doc: Document, stats: Counter[str]) -> Document:
    """WikiNews speaker phrases -> ACTOR spans (no attributes); pronoun speakers -> the nearest earlier named
    speaker (see the module docstring), else the relation is dropped."""
    speakers = sorted((s for s in doc.spans if s.label == "ACTOR"), key=lambda s: (s.start, s.end))
    named = [s for s in speakers if not is_pronoun_speaker(s)]
    target: dict[str, str | None] = {s.id: s.id for s in named}
    for pronoun in (s for s in speakers if is_pronoun_speaker(s)):
        earlier = [s for s in named if s.end <= pronoun.start]
        target[pronoun.id] = earlier[-1].id if earlier else None
        stats[PRONOUN_LINKED if earlier else PRONOUN_DROPPED] += 1
    relations: dict[tuple[str, str], Relation] = {}
    for relation in doc.relations:
        to_id = target.get(relation.to_id, relation.to_id)
        if to_id is not None:
            relations.setdefault((relation.from_id, to_id), Relation(relation.from_id, to_id, relation.label))
    used = {r.to_id for r in relations.values()}
    spans = [
        Span(s.id, s.label, s.start, s.end, s.text, {}) if s.label == "ACTOR" else s
        for s in doc.spans
        if s.label != "ACTOR" or s.id in used
    ]
    stats["speaker ACTOR spans"] += len(used)
    return Document(doc.doc_id, doc.text, spans, list(relations.values()))


def read_wikinews(source: SourceFile) -> FileResult:
    result = FileResult([], WIKINEWS_COVERAGE)
    for number, record in jsonl_records(source.path):
        where = f"{source.path}:{number}"
        doc, title = wikinews_document(record, where)
        doc = speakers_as_actors(doc, result.stats)
        doc.doc_id = f"wikinews-{doc.doc_id}"
        date = WIKINEWS_DATE.search(str(record.get("documentName", "")))
        gold_doc = _gold_document(doc, "wikinews-quotes", title or None, "de.wikinews.org", date.group(1) if date else None)
        result.documents.append(ImportedDocument(gold_doc, where, source.split))
    return result


# -------------------------------------------------------------------------------------- gold JSONL


def read_jsonl(source: SourceFile) -> FileResult:
    coverage: Coverage | None = None
    documents: list[ImportedDocument] = []
    for number, record, doc, doc_coverage in read_gold_jsonl(source.path):
        where = f"{source.path}:{number}"
        if coverage is not None and doc_coverage != coverage:
            raise CurateError(
                f"{where}: covers {_describe(doc_coverage)} but earlier records {_describe(coverage)}: "
                "import them as separate versions"
            )
        coverage = doc_coverage
        split = _str_field(record, "split", where)
        if split is not None and split not in gold.SPLITS:
            raise CurateError(f"{where}: split {split!r} is not one of {', '.join(gold.SPLITS)}")
        fields = {key: _str_field(record, key, where) for key in ("title", "source", "published")}
        annotator = _str_field(record, "annotator", where) or "import"
        documents.append(ImportedDocument(_gold_document(doc, annotator, **fields), where, split or source.split))
    return FileResult(documents, coverage or Coverage())


def _describe(coverage: Coverage) -> str:
    return f"labels [{', '.join(coverage.labels)}] / relations [{', '.join(coverage.relations)}]"


# ------------------------------------------------------------------------------------ CoNLL / GermEval


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]
    line: int  # of the first token
    url: str | None
    date: str | None


def detokenize(tokens: Sequence[str]) -> tuple[str, list[int]]:
    """Tokens -> text and each token's start offset: one space between tokens, none before closing
    punctuation ("." "," ")" "“" ...) or after opening brackets and quotes ("(" "„"); straight double quotes
    alternate between opening and closing within the sentence."""
    parts: list[str] = []
    starts: list[int] = []
    position = 0
    glue = True  # no space before the next token
    quote_open = False
    for token in tokens:
        straight = token == '"'
        closing = token in NO_SPACE_BEFORE or (straight and quote_open)
        if not glue and not closing:
            parts.append(" ")
            position += 1
        starts.append(position)
        parts.append(token)
        position += len(token)
        glue = token in NO_SPACE_AFTER or (straight and not quote_open)
        quote_open = quote_open != straight
    return "".join(parts), starts


def bio_entities(tags: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """(first token, last token + 1, type) per entity; an I- tag that does not continue an entity of its
    type starts one (the conlleval convention)."""
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            yield start, i, kind
            start = -1
        if tag != "O" and start < 0:
            start, kind = i, tag[2:]


def _token_line(fields: list[str]) -> tuple[str, str] | None:
    """(token, tag) of a token line, None when the fields are no token line."""
    if len(fields) >= 3 and fields[0].isdigit():
        token, tag = fields[1], fields[2]
    elif len(fields) == 2:
        token, tag = fields
    else:
        return None
    return (token, tag) if CONLL_TAG.fullmatch(tag) else None


def conll_sentences(path: Path) -> Iterator[Sentence]:
    """The sentences of a CoNLL / GermEval file; CurateError names the file and line of a bad line."""
    url: str | None = None
    date: str | None = None
    sentence: Sentence | None = None
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise CurateError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                if sentence is not None:
                    yield sentence
                sentence, url, date = None, None, None
                continue
            fields = line.split("\t") if "\t" in line else line.split()
            parsed = _token_line(fields)
            if parsed is None and line.startswith("#") and sentence is None:
                comment = CONLL_COMMENT.match(line)
                url, date = (comment.group("url") or None, comment.group("date")) if comment else (None, None)
                continue
            if parsed is None:
                raise CurateError(f"{path}:{number}: {_bad_line_reason(fields)}")
            token, tag = parsed
            if sentence is None:
                sentence = Sentence([], [], number, url, date)
            sentence.tokens.append(unicodedata.normalize("NFC", token))
            sentence.tags.append(tag)
    if sentence is not None:
        yield sentence


def _bad_line_reason(fields: list[str]) -> str:
    tag = fields[2] if len(fields) >= 3 and fields[0].isdigit() else fields[1] if len(fields) == 2 else None
    if tag is None:
        return f"expected 'token TAB tag' or 'index TAB token TAB tag [TAB nested]', got {len(fields)} column(s)"
    return f"unknown tag {tag!r} (O, or B-/I- + PER|ORG|LOC|OTH, optionally with deriv|part)"


def conll_document(doc_id: str, sentences: list[Sentence], stats: Counter[str]) -> Document:
    """Sentences -> one Document (one sentence per line) with ACTOR spans from PER / ORG / LOC."""
    texts: list[str] = []
    spans: list[Span] = []
    offset = 0
    for sentence in sentences:
        text, starts = detokenize(sentence.tokens)
        for first, last, kind in bio_entities(sentence.tags):
            if kind not in CONLL_ACTOR_TYPES:
                stats[f"{kind} entities (not ACTOR)"] += 1
                continue
            start = offset + starts[first]
            end = offset + starts[last - 1] + len(sentence.tokens[last - 1])
            spans.append(Span(f"actor-{start}-{end}", "ACTOR", start, end, "", {"actor_type": CONLL_ACTOR_TYPES[kind]}))
            stats[f"{kind} -> ACTOR {CONLL_ACTOR_TYPES[kind]}"] += 1
        texts.append(text)
        offset += len(text) + 1
    full = "\n".join(texts)
    for span in spans:
        span.text = full[span.start : span.end]
    return Document(doc_id, full, spans, [])


def group_by_url(sentences: Iterator[Sentence]) -> list[list[Sentence]]:
    """Sentences with the same URL form one document (first appearance orders them); others stand alone."""
    groups: list[list[Sentence]] = []
    by_url: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        if sentence.url is None:
            groups.append([sentence])
        elif sentence.url in by_url:
            by_url[sentence.url].append(sentence)
        else:
            by_url[sentence.url] = [sentence]
            groups.append(by_url[sentence.url])
    return groups


def read_conll(source: SourceFile) -> FileResult:
    result = FileResult([], Coverage(("ACTOR",), ()))
    prefix = _slug(source.path.stem)
    for number, group in enumerate(group_by_url(conll_sentences(source.path)), start=1):
        doc = conll_document(f"{prefix}-{number:06d}", group, result.stats)
        host = urlsplit(group[0].url or "").hostname
        outlet = re.sub(r"^www\.", "", host) if host else None
        gold_doc = _gold_document(doc, "germeval2014", None, outlet, group[0].date)
        result.documents.append(ImportedDocument(gold_doc, f"{source.path}:{group[0].line}", source.split))
        result.stats["sentences"] += len(group)
    return result


FORMAT_SPECS: dict[str, Format] = {
    "wikinews": Format(
        "wikinews",
        (".jsonl",),
        "Petersen-Frey & Biemann (2024): Dataset of Quotation Attribution in German News Articles (German WikiNews)",
        "CC BY-NC-SA 4.0",
        (
            "quote types: Direct -> direct, Indirect and IndirectFreeIndirect -> indirect, FreeIndirect -> free_indirect, Reported -> reported",
            "split quotes: one QUOTE over the covering span; the parts of a split Direct quote are one direct QUOTE each",
            "speakers: the dataset's speaker phrase (a full noun phrase) as an ACTOR span without actor_type, linked by speaker",
            "pronoun speakers: linked to the nearest earlier named speaker of the article (an approximation of the antecedent), else no speaker",
            "covers QUOTE and speaker only: ACTOR spans are the speakers, not every actor",
        ),
        read_wikinews,
    ),
    "jsonl": Format("jsonl", (".jsonl",), None, None, ("the project's gold JSONL, spans and relations as given",), read_jsonl),
    "conll": Format(
        "conll",
        (".bio", ".tsv", ".conll", ".txt"),
        "Benikova, Biemann & Reznicek (2014): NoSta-D Named Entity Annotation for German (GermEval 2014)",
        "CC BY 4.0",
        (
            "PER -> ACTOR PERSON, ORG -> ACTOR ORGANIZATION, LOC -> ACTOR STATE; OTH, ...deriv and ...part are not ACTOR; nested tags ignored",
            "LOC is every location, also places used as places that SCHEME does not count as ACTOR, and definite descriptions "
            "('der Staatsanwalt') are not tagged: a SCHEME-following pre-annotator loses recall on the places and precision on "
            "the descriptions, so ACTOR scores against this gold understate both",
            "text rebuilt from the tokens: single spaces, none before closing punctuation or after opening brackets and quotes",
            "one document per source URL (its sentences in file order, one per line), else one per sentence",
        ),
        read_conll,
        {"ACTOR": "GermEval 2014 PER / ORG / LOC: every name of a person, organisation or location, not SCHEME's ACTOR "
                  "(places used as places are ACTOR here, definite descriptions are not)"},
    ),
}


# ------------------------------------------------------------------------------------------ import


def source_files(path: Path, spec: Format) -> list[SourceFile]:
    """A file as is; a folder: its files of the format whose names name a split."""
    if not path.exists():
        raise CurateError(f"{path}: no such file or folder")
    if path.is_file():
        return [SourceFile(path, split_of(path))]
    found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in spec.suffixes and split_of(p))
    if not found:
        raise CurateError(f"{path}: no {'/'.join(spec.suffixes)} file whose name names a split (train, dev, test)")
    return [SourceFile(p, split_of(p)) for p in found]


def _attribute_reason(scheme: LabelScheme, label: str, name: str, value: Any) -> str | None:
    attribute = scheme.attribute(name)
    if attribute is None:
        return f"unknown attribute {name!r}"
    if attribute.label != label:
        return f"attribute {name} belongs to {attribute.label} spans, not {label}"
    return attribute.check(value)


def _check_scheme(document: ImportedDocument, scheme: LabelScheme) -> None:
    """Every label, attribute and relation must fit label_config.xml (what `curate export` checks too)."""
    doc = document.document
    labels = {s.span_id: s.label for s in doc.spans}
    for span in doc.spans:
        if span.label not in scheme.labels:
            known = ", ".join(scheme.labels)
            raise CurateError(f"{document.where}: span {span.span_id!r}: unknown label {span.label!r} (label_config.xml has {known})")
        for name, value in span.attributes.items():
            reason = _attribute_reason(scheme, span.label, name, value)
            if reason:
                raise CurateError(f"{document.where}: span {span.span_id!r}: {reason}")
    for relation in doc.relations:
        want = gold.RELATION_ENDPOINTS.get(relation.label)
        got = (labels.get(relation.from_id), labels.get(relation.to_id))
        if want is None or relation.label not in scheme.relation_labels:
            raise CurateError(f"{document.where}: unknown relation label {relation.label!r}")
        if got != want:
            raise CurateError(
                f"{document.where}: relation {relation.from_id}->{relation.to_id} must join {want[0]} -> {want[1]}, "
                f"not {got[0]} -> {got[1]}"
            )


def read_files(files: list[SourceFile], spec: Format, scheme: LabelScheme) -> FileResult:
    """All files read and checked; one coverage for all of them; doc_ids unique."""
    merged: FileResult | None = None
    where_of: dict[str, str] = {}
    for file in files:
        result = spec.read(file)
        if merged is not None and result.coverage != merged.coverage:
            raise CurateError(f"{file.path}: covers {_describe(result.coverage)} but {files[0].path} {_describe(merged.coverage)}")
        for document in result.documents:
            _check_scheme(document, scheme)
            doc_id = document.document.doc_id
            if doc_id in where_of:
                raise CurateError(f"{document.where}: doc_id {doc_id!r} also at {where_of[doc_id]}")
            where_of[doc_id] = document.where
        if merged is None:
            merged = result
        else:
            merged.documents += result.documents
            merged.stats.update(result.stats)
    assert merged is not None
    unknown = [label for label in merged.coverage.labels if label not in scheme.labels]
    if unknown:
        raise CurateError(f"{files[0].path}: covers {', '.join(unknown)}, which label_config.xml does not define")
    return merged


def _partial_labels(result: FileResult, spec: Format) -> dict[str, str]:
    """Labels with spans that the gold does not cover, and why the spans are there."""
    present = {s.label for d in result.documents for s in d.document.spans}
    why = "speaker phrases only (endpoints of speaker relations), not every actor" if spec.name == "wikinews" else (
        "spans present but not every mention is annotated"
    )
    return {label: why for label in sorted(present) if label not in result.coverage.labels}


def _split_method(documents: list[ImportedDocument]) -> str:
    own = sum(1 for d in documents if d.split)
    if own == len(documents):
        return "the dataset's own splits (from the file names or the records)"
    hashed = gold.HASH_SPLIT_METHOD
    return hashed if own == 0 else f"the dataset's own splits where the file name or record gives one ({own} documents); else {hashed}"


def write_imported(
    datasets_dir: Path,
    version: str,
    parent: str | None,
    documents: Sequence[ImportedDocument],
    scheme: LabelScheme,
    provenance: gold.Provenance,
) -> dict[str, Any]:
    """The one call into gold's streaming writer: documents keep their own split (else the frozen hash
    split); atomic, immutable and checksummed like an export; an OS error is one line and writes nothing.
    Returns the manifest."""
    target = datasets_dir / version
    earlier = gold.frozen_splits(datasets_dir)
    with gold.staging_dir(datasets_dir, version) as directory:
        try:
            coverage = gold.VersionCoverage.of(provenance, scheme)
            docbin_process = len(documents) >= DOCBIN_PROCESS_DOCUMENTS
            with gold.VersionWriter(directory, earlier, coverage, docbin_process=docbin_process) as writer:
                for document in documents:
                    writer.add(document.document, document.split)
            manifest = gold.version_manifest(version, gold.GoldSummary(), writer, scheme, provenance, parent)
            gold.finish_version(directory, target, manifest, writer.rows, scheme)
        except OSError as exc:
            raise CurateError(f"cannot write {target} ({gold.os_error_text(exc)}); nothing was written") from None
    return manifest


def _provenance(spec: Format, files: list[SourceFile], result: FileResult, source: str, licence: str | None) -> gold.Provenance:
    per_file = Counter(d.where.rsplit(":", 1)[0] for d in result.documents)
    return gold.Provenance(
        label_studio_url=None,
        project_id=None,
        project_title=None,
        source=source,
        licence=licence,
        labels=result.coverage.labels,
        relations=result.coverage.relations,
        partial=_partial_labels(result, spec),
        mapped=spec.mapped_labels(result.coverage.labels),
        split_method=_split_method(result.documents),
        imported={
            "format": spec.name,
            "files": [{"path": str(f.path), "split": f.split, "documents": per_file[str(f.path)]} for f in files],
            "notes": list(spec.notes),
            "stats": dict(sorted(result.stats.items())),
        },
    )


def import_gold(
    path: str | Path,
    fmt: str,
    version: str | None = None,
    source: str | None = None,
    licence: str | None = None,
    workspace: Workspace | None = None,
) -> ImportReport:
    """Write datasets/<version>/ from existing annotations at `path` (a file or a folder of split files)."""
    began = time.monotonic()
    if fmt not in FORMAT_SPECS:
        raise CurateError(f"unknown import format {fmt!r} (use one of {', '.join(FORMATS)})")
    spec = FORMAT_SPECS[fmt]
    workspace = workspace or Workspace.current()
    scheme = load_scheme(workspace.label_config_path)
    gold.check_scheme(scheme)
    version, parent = gold.resolve_version(version, workspace.datasets_dir)  # an existing version fails first
    files = source_files(Path(path), spec)
    result = read_files(files, spec, scheme)
    if not result.documents:
        raise CurateError(f"{path}: no documents to import")
    provenance = _provenance(spec, files, result, source or spec.source or str(path), licence or spec.licence)
    documents = sorted(result.documents, key=lambda d: d.document.doc_id)
    target = workspace.datasets_dir / version
    manifest = write_imported(workspace.datasets_dir, version, parent, documents, scheme, provenance)
    counts = manifest["counts"]
    return ImportReport(
        version=version,
        path=target,
        fmt=fmt,
        documents=counts["documents"],
        spans_per_label=counts["spans_per_label"],
        relations=counts["relations"],
        documents_per_split=counts["documents_per_split"],
        labels=manifest["labels"],
        relation_labels=manifest["relation_labels"],
        stats=dict(sorted(result.stats.items())),
        seconds=time.monotonic() - began,
    )
