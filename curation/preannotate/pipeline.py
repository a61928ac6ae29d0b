"""Pipeline plumbing shared by the rule components.

``Doc.text`` is rebuilt from the tokens on every access (a Python-level join over all tokens), which
costs as much as a third of the tokenisation itself. The pre-annotation pipeline's tokenizer therefore
keeps the input string in ``doc.user_data["curate_text"]``; components read it with ``doc_text``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

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
        return getattr(self.tokenizer, name)
