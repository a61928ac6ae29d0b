"""Merged and rewritten scans of the rule components find exactly what the scans they replace find."""

from __future__ import annotations

import re

import pytest

from curation.preannotate.actors import _TITLE_ABBREVIATION_RE
from curation.preannotate.lexicon import SOURCE_CUES
from curation.preannotate.pipeline import WordScan, trie_pattern
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


def _source_cue_scan_before() -> WordScan:
    """The actor rules' source-cue scan that cue_words replaced."""
    return WordScan(rf"(?:{trie_pattern(SOURCE_CUES)})[ \u00a0]+(?=[A-ZÄÖÜ])")


@pytest.mark.parametrize("text", TEXTS + ["sagte Lawrow, laut  Tass und so\u00a0Nacke; sagte er, x-so Merkel, soLaut X"])
def test_cue_words_source_cues_are_the_former_scan(text: str) -> None:
    assert cue_words(text).source == _source_cue_scan_before().spans(text)


@pytest.mark.parametrize("text", TEXTS + ["Dr. Meier, Prof.  Dr.\u00a0Schulz, Mrs. X, Mr.Y, Ms. Z, XDr. Q, Prof.", "Dr.Mrs. A"])
def test_title_abbreviations_found_at_their_dot(text: str) -> None:
    former = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms)\.[ \u00a0]+")
    assert [m.end() for m in _TITLE_ABBREVIATION_RE.finditer(text)] == [m.end() for m in former.finditer(text)]
