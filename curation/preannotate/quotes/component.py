"""The "curate_quotes" spaCy component: finds the quotes of a document, aligns them to tokens, resolves
their speakers and records the rule behind each span."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from curation.preannotate.pipeline import BatchedComponent, doc_text, make_aligned_span
from curation.preannotate.quotes.cues import CueWords, cue_words, doc_cue_words
from curation.preannotate.quotes.direct import find_direct, pair_marks
from curation.preannotate.quotes.indirect import find_indirect
from curation.preannotate.quotes.speakers import SPEAKER_PATHS_KEY, Speakers
from curation.preannotate.quotes.text import RULE_NAMES, Quote, Sentences, konj_positions
from curation.preannotate.spans import add_speaker


def find_quotes(text: str, tx: Sentences | None = None, cues: CueWords | None = None) -> list[Quote]:
    """All QUOTE candidates of a text with their rule, score, cue and frame (sorted by start)."""
    tx = tx or Sentences(text)
    pairs = pair_marks(text)
    cues = cues or cue_words(text)
    konj = konj_positions(text, cues.konj, sorted(pairs))
    direct = find_direct(text, tx, konj, pairs)
    indirect = find_indirect(text, tx, konj, direct, cues.speech)
    return sorted(direct + indirect, key=lambda q: (q.start, -q.end))


@Language.factory("curate_quotes")
def create_quotes_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent(BatchedComponent):
    """Writes doc.spans["QUOTE"] and speaker pairs in doc._.speakers (see the package docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        tx = Sentences(text)
        speakers = Speakers(doc, tx.with_glued_ends())
        spans: list[Span] = []
        rules: dict[str, str] = {}
        containers: list[tuple[Quote, Span]] = []  # reported clauses around the current position
        paths: dict[str, str] = {}
        for q in find_quotes(text, tx, doc_cue_words(doc)):
            span = _quote_span(doc, text, q)
            if span is None:
                continue
            spans.append(span)
            key = f"{span.start_char}-{span.end_char}"
            rules[key] = q.rule
            while containers and containers[-1][0].end <= q.start:
                containers.pop()
            speaker, path = speakers.resolve(q, containers[-1] if containers else None)
            paths[key] = path
            if speaker is not None:
                speaker = speakers.nearest_mention(speaker, q)
                add_speaker(doc, span, speaker)
                speakers.remember(q, speaker)
                if q.quote_type != "direct":
                    containers.append((q, speaker))
        doc.spans["QUOTE"] = spans
        if speakers.added:  # speakers.actors: the ACTOR spans and the added ones (not read from doc.spans again)
            doc.spans["ACTOR"] = sorted(speakers.actors, key=lambda a: (a.start_char, a.end_char))
        doc.user_data["curate_quote_rules"] = rules
        doc.user_data[SPEAKER_PATHS_KEY] = paths
        return doc


def _quote_span(doc: Doc, text: str, q: Quote) -> Span | None:
    """The QUOTE span of q (leading whitespace excluded), cut to whole tokens when it cuts one; None when
    no token is left."""
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    span = make_aligned_span(doc, start, end, "QUOTE", {"quote_type": q.quote_type}, q.score, RULE_NAMES[q.rule])
    if span is None:
        span = doc.char_span(start, end, label="QUOTE", alignment_mode="contract")
        if span is None or not span.text.strip():
            return None
        span._.attrs = {"quote_type": q.quote_type}
        span._.score = round(q.score, 3)
        span._.rule = RULE_NAMES[q.rule]
    return span
