"""Pipeline plumbing shared by the rule components.

``Doc.text`` is rebuilt from the tokens on every access (a Python-level join over all tokens), which
costs as much as a third of the tokenisation itself. The pre-annotation pipeline's tokenizer therefore
keeps the input string in ``doc.user_data["curate_text"]``; components read it with ``doc_text``.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from curation.preannotate.spans import existing_span, set_span_values

TEXT_KEY = "curate_text"


def doc_text(doc: Doc) -> str:
    """The document's text, without rebuilding it from the tokens when the tokenizer kept it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


class TextKeepingTokenizer:
    """Wraps a spaCy tokenizer; stores the input text on each Doc (the Doc is otherwise unchanged)."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        # serialisation and tokenizer settings (to_disk, rules, ...) go to the wrapped tokenizer
        if name == "tokenizer":  # not set yet (e.g. while unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Sorted start and end character offsets of the tokens (cached on the Doc)."""
    offsets = doc.user_data.get("curate_token_offsets")
    if offsets is None:
        arr = doc.to_array([IDX, LENGTH])
        starts = arr[:, 0]
        offsets = (starts.tolist(), (starts + arr[:, 1]).tolist())
        doc.user_data["curate_token_offsets"] = offsets
    return offsets


def token_range(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """Token indices (start, end exclusive) of a character span, or None when it cuts a token.

    Rule components use this instead of ``Doc.char_span``, which creates Token objects on every call.
    """
    starts, ends = token_offsets(doc)
    i = bisect_left(starts, start_char)
    if i == len(starts) or starts[i] != start_char:
        return None
    j = bisect_left(ends, end_char)
    if j == len(ends) or ends[j] != end_char or j < i:
        return None
    return i, j + 1


def make_aligned_span(doc: Doc, start_char: int, end_char: int, label: str, attrs: dict[str, Any],
                      score: float) -> Span | None:
    """Like ``spans.make_span`` (None when the offsets cut a token), without ``Doc.char_span``.

    An existing span of `label` at these offsets in ``doc.spans[label]`` is returned unchanged: setting the
    extensions on a new Span of that label at the same place would overwrite that span's values."""
    found = existing_span(doc, start_char, end_char, label)
    if found is not None:
        return found
    tokens = token_range(doc, start_char, end_char)
    if tokens is None:
        return None
    span = Span(doc, tokens[0], tokens[1], label=label)
    set_span_values(doc, label, start_char, end_char, attrs, round(score, 3))
    return span
