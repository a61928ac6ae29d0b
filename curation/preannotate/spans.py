"""What the pre-annotation components share: spaCy extensions and span helpers."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

LABELS = ("ACTOR", "FIGURE", "QUOTE")


def register_extensions() -> None:
    if not Span.has_extension("attrs"):
        Span.set_extension("attrs", default=None)
    if not Span.has_extension("score"):
        Span.set_extension("score", default=None)
    if not Doc.has_extension("speakers"):
        Doc.set_extension("speakers", default=None)


register_extensions()


def make_span(doc: Doc, start_char: int, end_char: int, label: str, attrs: dict[str, Any], score: float) -> Span | None:
    """A token-aligned span carrying attributes and a score; None when the offsets cut a token."""
    span = doc.char_span(start_char, end_char, label=label)
    if span is None:
        return None
    span._.attrs = attrs
    span._.score = round(score, 3)
    return span


def span_id(label: str, start: int, end: int) -> str:
    return f"{label.lower()}-{start}-{end}"


def add_speaker(doc: Doc, quote: Span, actor: Span) -> None:
    doc._.speakers = [*(doc._.speakers or []), (quote, actor)]
