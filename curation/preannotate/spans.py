"""What the pre-annotation components share: spaCy extensions and span helpers."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from curation.document import LABELS  # noqa: F401  (re-exported: the rule components and train use it)

_EXTENSION_KEY = "curate._"


def _span_value(name: str):
    """Getter and setter of a span extension kept per label and offsets.

    spaCy 3.8 keys span extension values by character offsets alone, so an ACTOR and a QUOTE (or two
    Span objects of one label) at the same offsets would share ``_.attrs``; these keys add the label.
    The values live in ``doc.user_data`` under tuple keys of strings and ints, which Doc.to_bytes keeps."""

    def getter(span: Span) -> Any:
        return span.doc.user_data.get((_EXTENSION_KEY, name, span.label_, span.start_char, span.end_char))

    def setter(span: Span, value: Any) -> None:
        span.doc.user_data[(_EXTENSION_KEY, name, span.label_, span.start_char, span.end_char)] = value

    return getter, setter


def set_span_values(doc: Doc, label: str, start_char: int, end_char: int, attrs: dict[str, Any] | None,
                    score: float | None, rule: str | None = None) -> None:
    """``span._.attrs``, ``span._.score`` and ``span._.rule`` of the `label` span at these offsets, without a
    Span object."""
    data = doc.user_data
    for name, value in (("attrs", attrs), ("score", score), ("rule", rule)):
        key = (_EXTENSION_KEY, name, label, start_char, end_char)
        if value is None:
            data.pop(key, None)  # reads as None: a Doc (and a DocBin) carries only what is set
        else:
            data[key] = value


def span_record(doc: Doc, label: str, start_char: int, end_char: int) -> tuple[dict[str, Any] | None, float | None,
                                                                          str | None]:
    """(attrs, score, rule) of the `label` span at these offsets; the rule is the name of the rule that made it (see
    RULES in curation.preannotate)."""
    data = doc.user_data
    return (data.get((_EXTENSION_KEY, "attrs", label, start_char, end_char)),
            data.get((_EXTENSION_KEY, "score", label, start_char, end_char)),
            data.get((_EXTENSION_KEY, "rule", label, start_char, end_char)))


def span_attrs(span: Span) -> dict[str, Any] | None:
    """``span._.attrs`` without spaCy's extension machinery (a new Underscore object per access, ~4x slower)."""
    return span.doc.user_data.get((_EXTENSION_KEY, "attrs", span.label_, span.start_char, span.end_char))


def span_values(doc: Doc, label: str, start_char: int, end_char: int) -> tuple[dict[str, Any] | None, float | None]:
    """(attrs, score) of the `label` span at these offsets."""
    attrs, score, _ = span_record(doc, label, start_char, end_char)
    return attrs, score


def register_extensions() -> None:
    for name in ("attrs", "score", "rule"):
        if not Span.has_extension(name) or Span.get_extension(name)[3] is None:  # (default, method, getter, setter)
            getter, setter = _span_value(name)
            Span.set_extension(name, getter=getter, setter=setter, force=True)
    if not Doc.has_extension("speakers") or Doc.get_extension("speakers")[3] is None:
        Doc.set_extension("speakers", getter=_get_speakers, setter=_set_speakers, force=True)


# Speaker pairs are kept as character offsets [quote start, quote end, actor start, actor end] so that
# doc.user_data stays serialisable (Doc.to_bytes); the Span pairs are rebuilt on access.
SPEAKERS_KEY = "curate_speakers"


def _get_speakers(doc: Doc) -> list[tuple[Span, Span]] | None:
    pairs = doc.user_data.get(SPEAKERS_KEY)
    if not pairs:
        return None
    out = []
    for qs, qe, as_, ae in pairs:
        quote = doc.char_span(qs, qe, label="QUOTE")
        actor = doc.char_span(as_, ae, label="ACTOR")
        if quote is not None and actor is not None:
            out.append((quote, actor))
    return out


def _set_speakers(doc: Doc, pairs: list[tuple[Span, Span]] | None) -> None:
    doc.user_data[SPEAKERS_KEY] = [[q.start_char, q.end_char, a.start_char, a.end_char] for q, a in pairs or []]


register_extensions()


def existing_span(doc: Doc, start_char: int, end_char: int, label: str) -> Span | None:
    """The span of `label` at these offsets already in ``doc.spans[label]``, if any.

    A second ``Span`` object of the same label at the same place shares the first one's ``_.attrs`` and
    ``_.score``: setting them on it would overwrite the first span's, so callers reuse the first span.
    """
    if label not in doc.spans:
        return None
    if (_EXTENSION_KEY, "attrs", label, start_char, end_char) not in doc.user_data and \
            (_EXTENSION_KEY, "score", label, start_char, end_char) not in doc.user_data:
        return None  # no values were ever set at these offsets: nothing to protect (and no group scan)
    for span in doc.spans[label]:
        if span.start_char == start_char and span.end_char == end_char:
            return span
    return None


def make_span(doc: Doc, start_char: int, end_char: int, label: str, attrs: dict[str, Any], score: float,
              rule: str | None = None) -> Span | None:
    """A token-aligned span carrying attributes and a score; None when the offsets cut a token.

    An existing span of `label` at these offsets in ``doc.spans[label]`` is returned unchanged."""
    found = existing_span(doc, start_char, end_char, label)
    if found is not None:
        return found
    span = doc.char_span(start_char, end_char, label=label)
    if span is None:
        return None
    span._.attrs = attrs
    span._.score = round(score, 3)
    span._.rule = rule
    return span


def span_id(label: str, start: int, end: int) -> str:
    return f"{label.lower()}-{start}-{end}"


def add_speaker(doc: Doc, quote: Span, actor: Span) -> None:
    """Record `actor` as the speaker of `quote` (read back as Span pairs from ``doc._.speakers``)."""
    doc.user_data.setdefault(SPEAKERS_KEY, []).append([quote.start_char, quote.end_char, actor.start_char,
                                                       actor.end_char])
