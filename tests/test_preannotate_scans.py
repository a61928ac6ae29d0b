"""Merged and rewritten scans of the rule components find exactly what the scans they replace find."""

from __future__ import annotations

import pytest

from curation.preannotate.quotes.cues import KONJ_I_SCAN, SPEECH_SCAN, cue_words

# hyphens, underscores and digits next to list words, words of both lists, prefixes and extensions of list words
EDGE_TEXTS = [
    "sei-Test -sei sei x-sagte sagte-y sagte_ sagte2 sei- „sei“ (sagte) sagteN sagten ließe ließe-",
    "sagte",
    "_sagte sagtes seien- Er habe gesagt, sie hätte-n. Sagte er? meinte: erklärte, „würde“",
    "sagte\u00a0Merkel, so\nsei es; sie sagen, wir sagten",
    "",
]
TEXTS = EDGE_TEXTS + [
    "Der Minister sagte, er sei nicht überrascht. „Wir haben das erwartet“, erklärte er am Montag. "
    "Laut Polizei hätte die Gruppe das Gebäude verlassen; Anwohner berichteten von Schüssen.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cue_words_are_the_speech_and_konjunktiv_scans(text: str) -> None:
    found = cue_words(text)
    assert found.speech == SPEECH_SCAN.spans(text)
    assert found.konj == KONJ_I_SCAN.spans(text)
