"""Text structure for the quote rules: sentence boundaries, offset helpers, and the quote record with its
rule scores."""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import dataclass

from curation.preannotate.quotes.cues import FIRST_PERSON_RE

_ABBREV = {
    "Dr", "Prof", "Nr", "St", "Abs", "Art", "bzw", "ca", "vgl", "Mio", "Mrd", "Jh", "engl", "Hrsg", "Str", "usw",
    "etc", "evtl", "ggf", "inkl", "zzgl", "Tel", "Fr", "Hr", "Mr", "Mrs", "Ms", "Gen", "Lt", "Sen", "Rep", "Gov",
    "Co", "Inc", "Corp", "Ltd", "bzgl", "u", "a", "z", "B", "d", "h", "o", "s", "v", "Chr", "n", "ff", "Bd",
}

# Sentence breaks: end punctuation (+ closing mark) and spaces before a capital or digit; a line break. Two
# patterns, each starting with a character class, which re can skip ahead to (see WordScan).
_SENT_END_RE = re.compile(r"[.!?…]([“”\"«»‘’)]?)[ \t]+(?=[„\"»«(]?[A-ZÄÖÜ0-9])")

_LINE_BREAK_RE = re.compile(r"\n[ \t]*")

_GLUED_END_RE = re.compile(r"[.!?][“”\"]?(?=[A-ZÄÖÜ][a-zäöüß])")  # see Sentences.with_glued_ends


@dataclass
class Quote:
    start: int
    end: int
    quote_type: str
    score: float
    rule: str
    cue: tuple[int, int] | None = None  # the speech verb / frame word
    frame: tuple[int, int] | None = None  # where the speaker is looked for
    pronoun_ok: bool = True


# Calibrated on WikiNews train (700 articles) by bench/calibrate_quotes.py: the mean of the rule's overlap
# precision (is there a quote here?) and exact precision (are the offsets right?), each smoothed as
# (hits + 1) / (proposals + 2), so annotators can sort regions by expected effort.
SCORES: dict[str, float] = {
    "direct_colon_cue": 0.98,  # X sagte: „…“
    "direct_colon": 0.96,  # X dazu: „…“ (frame without a speech verb)
    "direct_cue_after": 0.94,  # „…“, sagte X / „…“, so X
    "direct_sentence_cue": 0.96,  # a sentence-like quote with a speech verb elsewhere in its sentence
    "direct_full_nocue": 0.92,  # a sentence-like quote of its own, no cue
    "direct_partial_context": 0.88,  # a fragment in a sentence with a speech/judging verb or Konjunktiv
    "direct_slogan": 0.88,  # mit der Parole „…“
    "indirect_frame_before": 0.92,  # X sagte, <Konjunktiv clause>
    "indirect_laut_indicative": 0.86,  # Laut X / Nach Angaben X / Wie X mitteilte, <indicative clause>
    "indirect_laut": 0.83,  # Laut X / X zufolge <Konjunktiv clause>
    "indirect_frame_after": 0.87,  # <Konjunktiv clause>, sagte X
    "indirect_dass": 0.85,  # X erklärte, dass …
    "indirect_laut_mid": 0.86,  # … laut X / nach Angaben von X … inside the sentence
    "indirect_infinitive": 0.73,  # X forderte Y auf, … zu tun
    "indirect_continuation": 0.72,  # Konjunktiv sentences following reported speech
    "indirect_konj_nocue": 0.56,  # a Konjunktiv sentence without a frame nearby
    "indirect_dass_generic": 0.53,  # a dass-clause after any verb or noun
    "reported_speech_act": 0.37,  # X kritisierte / sprach von / kündigte an … (speech act, no content)
    "free_indirect_soll": 0.32,  # "soll" hearsay sentences
}

_QUOTE_TYPES = ("free_indirect", "indirect", "direct", "reported")  # rule-name prefixes, longest match first


def _rule_name(rule: str) -> str:
    """The published name of a quote rule: "direct_colon_cue" -> "quotes.direct.colon_cue"."""
    kind = next(t for t in _QUOTE_TYPES if rule.startswith(t + "_"))
    return f"quotes.{kind}.{rule[len(kind) + 1:]}"


# rule -> the name predicted spans carry (Span.rule); an ACTOR made for a speaker the actor rules missed
# carries SPEAKER_ACTOR_RULE
RULE_NAMES: dict[str, str] = {rule: _rule_name(rule) for rule in SCORES}
SPEAKER_ACTOR_RULE = "quotes.speaker_np"


# \W*(\w*) on the reversed text: the last word without trying every start (\w = str.isalnum() or "_")
_REVERSED_LAST_WORD_RE = re.compile(r"\W*(\w*)")


def _last_word(text: str, lo: int, hi: int) -> str:
    """The last run of word characters in text[lo:hi] ("" if none), as r"(\\w+)\\W*$" finds it."""
    return _REVERSED_LAST_WORD_RE.match(text[lo:hi][::-1]).group(1)[::-1]  # type: ignore[union-attr]


class Sentences:
    """Sentence boundaries of a text, with lookup of the sentence around an offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        starts.extend(m.end() for m in _LINE_BREAK_RE.finditer(text))
        for m in _SENT_END_RE.finditer(text):
            cut = m.end(1)  # after the punctuation and a closing mark
            word = _last_word(text, max(0, cut - 12), cut)
            if word in _ABBREV or word.isdigit():
                continue
            starts.append(m.end())
        self.starts = sorted(set(starts))

    def with_glued_ends(self) -> Sentences:
        """These sentences, also split where a sentence end is glued to the next sentence, as in joined
        paragraphs ("sagte der Papst.Der ältere Bruder"; not "z.B.", "heise.de"): for the speaker rules, which
        walk back sentence by sentence (the quote rules keep the plain split)."""
        glued = [m.end() for m in _GLUED_END_RE.finditer(self.text)
                 if self.text[m.start() - 2:m.start()].isalpha() and self.text[m.start() - 2:m.start()].islower()]
        if not glued:
            return self
        other = copy.copy(self)
        other.starts = sorted(set(self.starts + glued))
        return other

    def sentence_start(self, pos: int) -> int:
        return self.starts[bisect.bisect_right(self.starts, pos) - 1]

    def sentence_end(self, pos: int) -> int:
        """Start of the next sentence after pos (or len(text)), trailing whitespace excluded."""
        i = bisect.bisect_right(self.starts, pos)
        end = self.starts[i] if i < len(self.starts) else len(self.text)
        while end > pos and self.text[end - 1].isspace():
            end -= 1
        return end

    def sentences(self) -> list[tuple[int, int]]:
        out = []
        for i, s in enumerate(self.starts):
            e = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            while e > s and self.text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
        return out


def konj_positions(text: str, konj: list[tuple[int, int]], masked: list[tuple[int, int]]) -> list[int]:
    """Starts of the Konjunktiv forms `konj` (see cues.cue_words) outside `masked`, not after "ich"."""
    out = []
    for p, _ in konj:
        if in_ranges(masked, p):
            continue
        before = text[max(0, p - 5):p]
        if "ch" in before and FIRST_PERSON_RE.search(before):  # "ch": in every match, a cheap test first
            continue
        out.append(p)
    return out


def in_ranges(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(ranges, (pos, 10**12)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def any_in(ranges: list[tuple[int, int]], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(ranges, (lo, -1))
    return (i < len(ranges) and ranges[i][0] < hi) or (i > 0 and ranges[i - 1][1] > lo)


def konj_between(konj: list[int], lo: int, hi: int, exclude: tuple[int, int] | None = None) -> bool:
    i = bisect.bisect_left(konj, lo)
    while i < len(konj) and konj[i] < hi:
        if exclude is None or not (exclude[0] <= konj[i] < exclude[1]):
            return True
        i += 1
    return False


def strip_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " .;:!?\n\t":
        e -= 1
    return e
