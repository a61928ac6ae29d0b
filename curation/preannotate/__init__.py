"""Pre-annotation: a spaCy pipeline producing ACTOR / FIGURE / QUOTE spans and speaker relations.

Default pipeline: ``spacy.blank("de")`` + rule components ``curate_actors`` -> ``curate_figures``
-> ``curate_quotes``. With ``model`` (an installed package name or a path to a trained pipeline),
the model's NER entities replace the actor rules (see ``actors.NerActorAdapter``); a pipeline written by
``curate train`` (models/NAME) is used as it is (see ``model.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language

import curation
from curation.config import CurateError
from curation.document import Article, Prediction, Relation, Span
from curation.preannotate import actors as _actors  # noqa: F401  (registers "curate_actors")
from curation.preannotate import figures as _figures  # noqa: F401  (registers "curate_figures")
from curation.preannotate import quotes as _quotes  # noqa: F401  (registers "curate_quotes")
from curation.preannotate.pipeline import TextKeepingTokenizer
from curation.preannotate.spans import LABELS, SPEAKERS_KEY, register_extensions, span_id, span_values

__all__ = ["load_pipeline", "predict", "model_version"]

_PACKAGE_DIR = Path(__file__).resolve().parent
# Everything whose change changes predictions: the rule modules and their data files.
_RULE_SOURCES = ("spans.py", "actors.py", "figures.py", "quotes.py", "pipeline.py", "__init__.py")
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
                "(give an installed package name or the path of a saved pipeline)"
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


def _rules_digest() -> hashlib._Hash:
    """sha256 over the rule sources, their data files and the versions of the libraries they read."""
    digest = hashlib.sha256(_library_versions().encode())
    for name in _RULE_SOURCES:
        path = _PACKAGE_DIR / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    if _DATA_DIR.is_dir():
        for path in sorted(_DATA_DIR.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(_PACKAGE_DIR)).encode())
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


def predict(nlp: Language, articles: Iterable[Article], batch_size: int = 128) -> Iterator[Prediction]:
    """One Prediction per article, in order; span ids are f"{label}-{start}-{end}" (lower-case label)."""
    version = nlp.meta.get("curate", {}).get("model_version") or model_version(nlp)
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        spans: dict[str, Span] = {}
        for label in LABELS:
            if label not in doc.spans:
                continue
            for sp in doc.spans[label]:
                start, end = sp.start_char, sp.end_char
                sid = span_id(label, start, end)
                if sid in spans:
                    continue  # the first span at these offsets wins (components run in order)
                attrs, score = span_values(doc, label, start, end)
                attrs = {k: v for k, v in (attrs or {}).items() if v is not None and v != ""}
                spans[sid] = Span(
                    id=sid,
                    label=label,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    attributes=attrs,
                    score=None if score is None else float(score),
                )
        relations: list[Relation] = []
        seen: set[tuple[str, str]] = set()
        for q_start, q_end, a_start, a_end in doc.user_data.get(SPEAKERS_KEY) or []:  # = doc._.speakers
            qid = span_id("QUOTE", q_start, q_end)
            aid = span_id("ACTOR", a_start, a_end)
            if qid in spans and aid in spans and (qid, aid) not in seen:
                seen.add((qid, aid))
                relations.append(Relation(qid, aid, "speaker"))
        ordered = sorted(spans.values(), key=lambda s: (s.start, s.end, s.label))
        yield Prediction(
            doc_id=article.doc_id,
            text=article.text,
            spans=ordered,
            relations=relations,
            model_version=version,
        )
