"""Pre-annotation: a spaCy pipeline producing ACTOR / FIGURE / QUOTE spans and speaker relations.

Default pipeline: ``spacy.blank("de")`` + rule components ``curate_actors`` -> ``curate_figures``
-> ``curate_quotes``. With ``model`` (an installed package name or a path to a trained pipeline),
the model's NER entities replace the actor rules (see ``actors.NerActorAdapter``); a pipeline written by
``curate train`` (models/NAME) is used as it is (see ``model.py``).

Every predicted span names the rule that made it (``Span.rule``, one of ``RULES``): "actors.<rule>"
(``actors.RULE_NAMES``, including "actors.ner"/"actors.ner_loc" for a model's entities), "figures.<rule>"
(``figures.RULE_NAMES``), "quotes.<quote type>.<rule>" (``quotes.RULE_NAMES``) and "quotes.speaker_np" for
an ACTOR the quote rules made for a speaker the actor rules missed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import curation
from curation.config import CurateError
from curation.document import Article, Prediction, Relation, Span
from curation.heap import frozen_heap
from curation.preannotate import actors as _actors  # noqa: F401  (registers "curate_actors")
from curation.preannotate import figures as _figures  # noqa: F401  (registers "curate_figures")
from curation.preannotate import quotes as _quotes  # noqa: F401  (registers "curate_quotes")
from curation.preannotate.pipeline import TextKeepingTokenizer
from curation.preannotate.quotes.text import SPEAKER_ACTOR_RULE
from curation.preannotate.spans import LABELS, SPEAKERS_KEY, register_extensions, span_id, span_record

__all__ = ["load_pipeline", "predict", "model_version", "RULES"]

# Every name a predicted span's `rule` can have.
RULES: frozenset[str] = frozenset(
    [*_actors.RULE_NAMES.values(), *_figures.RULE_NAMES.values(), *_quotes.RULE_NAMES.values(), SPEAKER_ACTOR_RULE]
)

_PACKAGE_DIR = Path(__file__).resolve().parent
_DATA_DIR = _PACKAGE_DIR / "data"
# Components that set doc.ents, whose entities the model adapter maps to ACTOR.
_ENTITY_COMPONENTS = {"EntityRecognizer", "EntityRuler", "SpanRuler"}


def load_pipeline(model: str | None = None) -> Language:
    """The pre-annotation pipeline: rules on ``spacy.blank("de")``, or ``model``'s NER mapped to ACTOR."""
    register_extensions()
    if model is None:
        nlp = spacy.blank("de")
        nlp.add_pipe("curate_actors")
    else:
        from curation.preannotate import model as _model  # noqa: F401  (registers the trained components)

        try:
            nlp = spacy.load(model)
        except (OSError, ValueError, ImportError, KeyError) as exc:
            raise CurateError(
                f"cannot load spaCy model {model!r}: {str(exc).splitlines()[0]} "
                "(give an installed package name or the path of a saved pipeline; retrain a pipeline written by an "
                "older curate with `curate train`)"
            ) from exc
        if _is_curate_model(nlp):
            return _finish(nlp)
        if not any(type(nlp.get_pipe(name)).__name__ in _ENTITY_COMPONENTS for name in nlp.pipe_names):
            raise CurateError(
                f"spaCy model {model!r} has no entity recognizer ('ner') whose entities could become ACTOR"
            )
        nlp.add_pipe("curate_ner_actors", last=True)
    nlp.add_pipe("curate_figures", last=True)
    nlp.add_pipe("curate_quotes", last=True)
    return _finish(nlp)


def _is_curate_model(nlp: Language) -> bool:
    """A pipeline written by `curate train` (its components write ACTOR/QUOTE/FIGURE regions themselves)."""
    return "curate_regions" in nlp.pipe_names


def _finish(nlp: Language) -> Language:
    if not isinstance(nlp.tokenizer, TextKeepingTokenizer):
        nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.meta.setdefault("curate", {})["model_version"] = model_version(nlp)
    return nlp


def _library_versions() -> str:
    """Versions of the libraries whose data the rules use (country names, first names, lemmas)."""
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for package in ("spacy", "babel", "simplemma", "faker"):
        try:
            parts.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package}=absent")
    return ";".join(parts)


def _rule_files() -> list[Path]:
    """Everything whose change can change predictions: every Python source of this package (sub-packages
    included) and every file under data/, sorted by their path inside the package."""
    sources = {p for p in _PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts}
    data = {p for p in _DATA_DIR.rglob("*") if p.is_file()} if _DATA_DIR.is_dir() else set()
    return sorted(sources | data, key=lambda p: p.relative_to(_PACKAGE_DIR).as_posix())


def _rules_digest() -> hashlib._Hash:
    """sha256 over the rule sources, their data files and the versions of the libraries they read."""
    digest = hashlib.sha256(_library_versions().encode())
    for path in _rule_files():
        digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest


def model_version(nlp: Language) -> str:
    """"curate-rules-<version>-<hash>" for the rules; "<name>-<version>-<hash>" with a loaded model."""
    digest = _rules_digest()
    if "curate_ner_actors" in nlp.pipe_names or _is_curate_model(nlp):
        # The model's meta identifies name/version; its config and component list identify the build.
        import json

        meta = {k: v for k, v in nlp.meta.items() if k != "curate"}
        digest.update(json.dumps(meta, sort_keys=True, default=str).encode())
        digest.update(nlp.config.to_str().encode())
        return f"{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0.0.0')}-{digest.hexdigest()[:8]}"
    digest.update(",".join(nlp.pipe_names).encode())
    return f"curate-rules-{curation.__version__}-{digest.hexdigest()[:8]}"


# Where a text longer than the pipeline's max_length is cut, best first: between paragraphs, lines, sentences, words.
_PIECE_SEPARATORS = ("\n\n", "\n", ". ", " ")


def _pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """(offset, piece): the whole text when it fits in `limit` characters, else pieces of at most `limit`
    characters cut at the last paragraph break (else line break, sentence end, space) before the limit."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = next((i + len(sep) for sep in _PIECE_SEPARATORS if (i := text.rfind(sep, start + 1, end - len(sep) + 1)) > start), end)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def predict(
    nlp: Language, articles: Iterable[Article], batch_size: int = 256, n_process: int = 1
) -> Iterator[Prediction]:
    """One Prediction per article, in order; span ids are f"{label}-{start}-{end}" (lower-case label).

    A text longer than ``nlp.max_length`` runs in paragraph-aligned pieces whose spans and speaker relations
    are shifted back to offsets into the whole text. ``n_process`` > 1 runs spaCy's multiprocessing pipe.
    ``batch_size``: the documents each rule component runs over before the next one starts; larger batches keep
    each stage's tables hot and hold more Docs at once (on WikiNews train 256 is faster than 128 by ~1-2%, for
    ~15 MB more peak memory)."""
    version = nlp.meta.get("curate", {}).get("model_version") or model_version(nlp)
    limit = nlp.max_length
    pieces = (
        (piece, (article, offset, offset + len(piece) == len(article.text)))
        for article in articles
        for offset, piece in _pieces(article.text, limit)
    )
    with frozen_heap():
        yield from _predictions(nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process), version)


def _predictions(docs: Iterator[tuple[Doc, tuple[Article, int, bool]]], version: str) -> Iterator[Prediction]:
    """The articles' Predictions from the Docs of their pieces (in order, each with its article, its offset in
    the article's text and whether it is the article's last piece)."""
    spans: dict[str, Span] = {}
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for doc, (article, offset, last) in docs:
        spans.update(_piece_spans(doc, article.text, offset, spans))
        for q_start, q_end, a_start, a_end in doc.user_data.get(SPEAKERS_KEY) or []:  # = doc._.speakers
            qid = span_id("QUOTE", q_start + offset, q_end + offset)
            aid = span_id("ACTOR", a_start + offset, a_end + offset)
            if qid in spans and aid in spans and (qid, aid) not in seen:
                seen.add((qid, aid))
                relations.append(Relation(qid, aid, "speaker"))
        if not last:
            continue
        ordered = sorted(spans.values(), key=lambda s: (s.start, s.end, s.label))
        yield Prediction(
            doc_id=article.doc_id,
            text=article.text,
            spans=ordered,
            relations=relations,
            model_version=version,
        )
        spans, relations, seen = {}, [], set()


def _piece_spans(doc: Doc, text: str, offset: int, known: dict[str, Span]) -> dict[str, Span]:
    """The spans of one piece's Doc (at `offset` in the article's `text`) not already in `known`, by id; the
    first span at the same offsets wins (components run in order)."""
    found: dict[str, Span] = {}
    groups = doc.spans
    for label in LABELS:
        if label not in groups:
            continue
        for sp in groups[label]:
            piece_start, piece_end = sp.start_char, sp.end_char
            start, end = piece_start + offset, piece_end + offset
            sid = span_id(label, start, end)
            if sid in found or sid in known:
                continue
            attrs, score, rule = span_record(doc, label, piece_start, piece_end)
            attrs = {k: v for k, v in attrs.items() if v is not None and v != ""} if attrs else {}
            found[sid] = Span(sid, label, start, end, text[start:end], attrs, None if score is None else float(score),
                              rule)
    return found


class _RulesShape:
    """What model_version reads of the default rules pipeline (its component names), without building it."""

    pipe_names = ["curate_actors", "curate_figures", "curate_quotes"]
    meta: dict = {}


def rules_model_version() -> str:
    """model_version(load_pipeline()) of the default rules without loading them (~3 s): a re-push with nothing
    new needs only the version. tests/test_scale.py checks that both agree."""
    return model_version(_RulesShape())  # type: ignore[arg-type]
