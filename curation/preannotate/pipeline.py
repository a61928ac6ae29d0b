"""Pipeline plumbing shared by the rule components.

``Doc.text`` is rebuilt from the tokens on every access (a Python-level join over all tokens), which
costs as much as a third of the tokenisation itself. The pre-annotation pipeline's tokenizer therefore
keeps the input string in ``doc.user_data["curate_text"]``; components read it with ``doc_text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from curation.preannotate.spans import existing_span, set_span_values

TEXT_KEY = "curate_text"


def doc_text(doc: Doc) -> str:
    """The document's text, without rebuilding it from the tokens when the tokenizer kept it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


class BatchedComponent:
    """`pipe` for the rule components: each component runs over a whole batch of documents before the next
    component starts (spaCy chains components lazily, one document at a time, when they have no `pipe`).
    Keeping one component's regular expressions and tables hot over a batch makes the pipeline ~7% faster."""

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - implemented by each component
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from [self(doc) for doc in batch]


class PreparedComponent(BatchedComponent):
    """A BatchedComponent whose whole-text passes run pass by pass over a batch (`prepare`: one pattern over all
    texts before the next one keeps its compiled code hot) before each document is processed with what they
    found (`process`): the actor passes alone make the pipeline ~2% faster so."""

    def prepare(self, docs: list[Doc]) -> list[Any]:  # pragma: no cover - implemented by each component
        raise NotImplementedError

    def process(self, doc: Doc, prepared: Any) -> Doc:  # pragma: no cover - implemented by each component
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        return self.process(doc, self.prepare([doc])[0])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from [self.process(doc, found) for doc, found in zip(batch, self.prepare(batch))]


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


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of literal words as a prefix tree: the same matches as "a|b|c", several times faster in
    Python's re, which tries every branch of a flat alternation at each position; the longest word wins
    because every branch is greedy."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if list(node) == [""]:
            return ""
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


class WordScan:
    """Matches of `body` at the start of a word (not after a character of `not_after`), found quickly.

    Python's re skips ahead fast only to the characters of a pattern's first character class, never for a
    leading \\b or look-behind: a word-list pattern like r"\\b(?:sagte|…)" is tried at every position. The
    scan pattern starts with the character before the word instead; a match at the start of the searched
    range is tried separately (with the look-behind, which sees the character before `lo`). In every match,
    group "word" is the body. `first`, the letters a match can start with, lets re reject the other
    positions at once when the body is an alternation that is not a prefix tree."""

    def __init__(self, body: str, not_after: str = r"\w", first: str = "") -> None:
        if first:
            body = rf"(?=[{first}]){body}"
        self.at = re.compile(rf"(?<![{not_after}])(?P<word>{body})")
        self.scan = re.compile(rf"[^{not_after}](?P<word>{body})")

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
        hi = len(text) if hi is None else hi
        first = self.at.match(text, lo, hi)
        if first:
            yield first
        yield from self.scan.finditer(text, first.end() if first else lo, hi)

    def spans(self, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        return [m.span("word") for m in self.finditer(text, lo, hi)]

    def first(self, text: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
        """The first match in text[lo:hi] (its group "word" is the body), like re.search with a leading \\b."""
        hi = len(text) if hi is None else hi
        return self.at.match(text, lo, hi) or self.scan.search(text, lo, hi)

    def search(self, text: str, lo: int, hi: int) -> tuple[int, int] | None:
        m = self.first(text, lo, hi)
        return m.span("word") if m else None


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
    return offsets_range(starts, ends, start_char, end_char)


def offsets_range(starts: list[int], ends: list[int], start_char: int, end_char: int) -> tuple[int, int] | None:
    """token_range on the Doc's token_offsets, for loops that read them once."""
    i = bisect_left(starts, start_char)
    if i == len(starts) or starts[i] != start_char:
        return None
    j = bisect_left(ends, end_char)
    if j == len(ends) or ends[j] != end_char or j < i:
        return None
    return i, j + 1


def make_aligned_span(doc: Doc, start_char: int, end_char: int, label: str, attrs: dict[str, Any],
                      score: float, rule: str | None = None) -> Span | None:
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
    set_span_values(doc, label, start_char, end_char, attrs, round(score, 3), rule)
    return span
