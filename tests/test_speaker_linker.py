"""The speaker linker's inputs and its choice: the speech-frame features of a (quote, mention) pair, the rules'
paths it reads, and the margin by which its choice must beat the rules' one."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import spacy

from curation.document import Document
from curation.preannotate import load_pipeline
from curation.preannotate.model import (RULE_PATHS_KEY, SPEAKER_PATHS_KEY, N_FEATURES, N_FRAME_FEATURES, QuoteCase,
                                        RuleContext, choose, quote_case)
from curation.preannotate.quotes.speakers import SPEAKER_PATHS
from curation.train import TrainingDoc, reference_doc

SEEDS = Path(__file__).resolve().parent / "gold" / "seeds.jsonl"
TEXT = "Der Minister sagte: „Wir bleiben hier.“ Das war klar. Später traf er den Kanzler."


def _tokens(doc: spacy.tokens.Doc, text: str) -> tuple[int, int]:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    return span.start, span.end


def _frame(case: QuoteCase, candidate: int) -> list[float]:
    return case.features[candidate, N_FEATURES - N_FRAME_FEATURES:].tolist()


def test_frame_features_read_the_speech_frame_around_a_pair() -> None:
    doc = spacy.blank("de")(TEXT)
    quote, minister, kanzler = _tokens(doc, "„Wir bleiben hier.“"), _tokens(doc, "Minister"), _tokens(doc, "Kanzler")
    actors = [(*minister, "PERSON"), (*kanzler, "PERSON")]
    case = quote_case(doc, 0, quote, "direct", actors, minister, RuleContext("subject_actor", "kanzler"))
    assert case is not None and case.candidates == [minister, kanzler] and case.rule == 0
    paths = len(SPEAKER_PATHS) + 1
    before, after = _frame(case, 0), _frame(case, 1)
    assert before[SPEAKER_PATHS.index("subject_actor")] == 1.0 == after[SPEAKER_PATHS.index("subject_actor")]
    # previous speaker, named once, oblique / preposition / source word, colon, sentence end, verb, comma only
    assert before[paths:] == [0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0]
    assert after[paths:] == [1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    unknown = quote_case(doc, 0, quote, "direct", actors, None, RuleContext())
    assert unknown is not None and unknown.rule is None and _frame(unknown, 0)[len(SPEAKER_PATHS)] == 1.0


def test_the_margin_decides_between_the_linker_and_the_rules() -> None:
    case = QuoteCase(0, (5, 9), [(0, 1), (2, 3), (12, 13)], numpy.zeros((3, N_FEATURES), "f"),
                     numpy.zeros((3, 6), "i"), rule=1)
    scores = numpy.log(numpy.asarray([0.6, 0.3, 0.1]))  # the linker prefers (0, 1) by 0.3 over the rules' choice
    assert choose(case, scores, 0.0) == (0, 1)
    assert choose(case, scores, 0.29) == (0, 1)
    assert choose(case, scores, 0.31) == (2, 3)
    assert choose(case, scores, 1.0) == (2, 3)  # the rules' choice wherever they made one
    unruled = QuoteCase(0, (5, 9), case.candidates, case.features, case.slots)
    assert choose(unruled, scores, 1.0) == (0, 1)  # a quote the rules left: the linker fills it


def test_reference_docs_carry_the_rules_paths_and_every_path_is_known() -> None:
    nlp = load_pipeline()
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        document = Document.from_dict(json.loads(line))
        ruled = nlp(document.text)
        assert set(ruled.user_data[SPEAKER_PATHS_KEY].values()) <= set(SPEAKER_PATHS)
        reference = reference_doc(spacy.blank("de"), TrainingDoc(document, ("ACTOR", "QUOTE"), "train"), nlp)
        assert reference.user_data[RULE_PATHS_KEY] == ruled.user_data[SPEAKER_PATHS_KEY]
