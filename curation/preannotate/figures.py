"""FIGURE rules: counted quantities with their approximator and counted noun (SCHEME.md).

"rund 15 000 Soldaten" -> value 15000, unit "Soldat", qualifier approx;
"Tausende nordkoreanische Soldaten" -> no value, unit "Soldat", qualifier vague.
A number counts only when a counted noun follows it (optionally after adjectives), so dates, years,
times, ordinals ("2. v. r.", "zweiter Besuch") and numbers inside names are not figures.
Units are lemmas (simplemma); nominalised adjectives keep their plural-noun form ("Tote", "Verletzte").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from spacy.lang.de.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from curation.preannotate.lexicon import ADJECTIVE_ENDING, MONTHS, WEEKDAYS
from curation.preannotate.pipeline import BatchedComponent, WordScan, doc_text, make_aligned_span, trie_pattern

SCORES = {"digits": 0.95, "words": 0.8, "vague": 0.75, "year_like": 0.6}
# The names predicted FIGURE spans carry (Span.rule): "figures." + the SCORES key of the rule.
RULE_NAMES: dict[str, str] = {rule: f"figures.{rule}" for rule in SCORES}

# approximator -> qualifier (longest alternatives are tried first)
APPROXIMATORS = {
    "weit mehr als": "min", "mehr als": "min", "über": "min", "mindestens": "min", "wenigstens": "min",
    "gut": "min", "weit über": "min", "mehr denn": "min",
    "weniger als": "max", "bis zu": "max", "höchstens": "max", "maximal": "max", "unter": "max",
    "nicht mehr als": "max", "knapp unter": "max",
    "rund": "approx", "etwa": "approx", "ungefähr": "approx", "circa": "approx", "ca.": "approx",
    "zirka": "approx", "knapp": "approx", "fast": "approx", "nahezu": "approx", "annähernd": "approx",
    "schätzungsweise": "approx", "geschätzt": "approx", "geschätzte": "approx", "um die": "approx",
    "beinahe": "approx",
}
MULTIPLIERS = {
    "hundert": 100, "tausend": 1_000, "million": 1_000_000, "millionen": 1_000_000, "mio.": 1_000_000,
    "milliarde": 1_000_000_000, "milliarden": 1_000_000_000, "mrd.": 1_000_000_000,
    "billion": 1_000_000_000_000, "billionen": 1_000_000_000_000,
}
VAGUE = ("zehntausende", "hunderttausende", "abertausende", "tausende", "hunderte", "dutzende", "millionen",
         "milliarden", "zehntausenden", "hunderttausenden", "tausenden", "hunderten", "dutzenden")
SYMBOL_UNITS = {"%": "Prozent", "€": "Euro", "$": "Dollar", "£": "Pfund", "km": "Kilometer", "kg": "Kilogramm",
                "m": "Meter", "t": "Tonne", "ha": "Hektar", "km²": "Quadratkilometer", "km/h": "km/h"}
# Capitalised words after a number that are not counted nouns.
NOT_UNITS = {"Uhr", *MONTHS, *WEEKDAYS, "Jahrhundert", "Jahrhunderts", "Jahrhunderte"}
# A number right after these is part of a name or reference, not a count ("Artikel 5", "Apollo 11").
NAME_PRECURSORS = {"Artikel", "Paragraf", "Paragraph", "Nummer", "Nr.", "Platz", "Seite", "Kapitel", "Version",
                   "Folge", "Staffel", "Stufe", "Klasse", "Level", "Gleis", "Zimmer", "Raum", "Haus", "Block",
                   "Tor", "Runde", "Spieltag", "Etappe", "Linie", "Flug", "Band", "Heft", "Ausgabe", "Abs.", "Art.",
                   "Nr", "Resolution", "Punkt", "Tranche", "Gruppe", "Kategorie", "Modell", "Apollo", "Sojus"}

_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
          "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
         "neunzig": 90}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_U = _alt(_UNITS)
_BELOW100 = (rf"(?:(?:{_U})und(?:{_alt(_TENS)})|{_alt(_TENS)}|{_alt(_TEENS)}"
             r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun)")
_BELOW1000 = rf"(?:(?:{_U})?hundert(?:und)?{_BELOW100}?|{_BELOW100})"
_NUMBER_WORD = rf"(?:(?:{_BELOW1000})?tausend(?:und)?(?:{_BELOW1000})?|{_BELOW1000})"
_DIGITS = r"(?:\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_ADJ = rf"(?:[a-zäöüß][a-zäöüß\-]*{ADJECTIVE_ENDING}[ \u00a0]+){{0,3}}"
_NOUN = r"(?:[A-ZÄÖÜ][\w\-‐]*[\w])"
_SYMBOL = r"(?:%|€|\$|£|km²|km/h|km|kg|ha|m|t)(?![\w])"

_SP = r"[ \u00a0\u202f]+"
# Numbers are found first (digits in the text, number words in its lower-cased copy: no case-insensitive
# alternations, which are slow in Python's re); the counted noun and the approximator are then matched
# at the number's end and just before its start.
# Python's re skips ahead quickly only to the characters of a pattern's first character class (not to those
# of a look-ahead): the digit pattern starts with its first digit and checks what precedes it afterwards;
# number words are found with a WordScan.
_DIGITS_RE = re.compile(
    r"\d(?<![\w.,:/\-‐]\d)(?:\d{0,2}(?:[.\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?|\d*(?:,\d+)?)"
    r"(?![\d]|[.:,/]\d|\.(?!\d))"
)
# Every number word starts with the first three letters of one of these words (all have at least three): a
# look-ahead for them turns most words away at once (with two letters "mit", "sein", "tag" got past it).
_FIRST_THREE = {w[:3] for w in (*_UNITS, *_TEENS, *_TENS, "hundert", "tausend", *VAGUE)}
_WORDS_SCAN = WordScan(
    rf"(?={trie_pattern(_FIRST_THREE)})"
    rf"(?:(?P<words>{_NUMBER_WORD}|ein(?:e|er|em|en)?(?={_SP}(?:million(?:en)?|milliarden?|billion(?:en)?)))"
    rf"|(?P<vague>{_alt(VAGUE)}))(?![\w\-‐])",
    r"\w\-‐",
)
_TAIL_RE = re.compile(
    rf"(?P<von>{_SP}von)?"
    rf"(?:{_SP}(?P<mult>{_alt(MULTIPLIERS)}|{_alt(m.capitalize() for m in MULTIPLIERS)})(?![\w]))?"
    rf"(?:[ \u00a0\u202f]?(?P<symbol>{_SYMBOL})|{_SP}(?P<adjs>{_ADJ})(?P<noun>{_NOUN}))"
)
_APPROX_RE = re.compile(rf"(?<![\w])(?P<approx>{_alt(APPROXIMATORS)}){_SP}$")


@dataclass(slots=True)  # not frozen: cheaper to build (see actors.Candidate); never changed once made
class Figure:
    start: int
    end: int
    value: float | int | None
    unit: str
    qualifier: str
    score: float
    rule: str  # the SCORES key of the rule that found it


def parse_number_word(word: str) -> int | None:
    """German cardinal number words: "acht" -> 8, "dreihundertfünfzig" -> 350, "zweitausend" -> 2000."""
    w = word.lower()
    if w in {"ein", "eine", "einer", "einem", "einen", "eins"}:
        return 1
    total = 0
    if "tausend" in w:
        head, _, w = w.partition("tausend")
        head_value = _below_1000(head) if head else 1
        if head_value is None:
            return None
        total += head_value * 1000
        w = w.removeprefix("und")
        if not w:
            return total
    rest = _below_1000(w)
    return None if rest is None else total + rest


def _below_1000(w: str) -> int | None:
    total = 0
    if "hundert" in w:
        head, _, w = w.partition("hundert")
        head_value = _UNITS.get(head, None) if head else 1
        if head_value is None:
            return None
        total += head_value * 100
        w = w.removeprefix("und")
        if not w:
            return total
    if w in _UNITS:
        return total + _UNITS[w]
    if w in _TEENS:
        return total + _TEENS[w]
    if w in _TENS:
        return total + _TENS[w]
    if "und" in w:
        unit, _, tens = w.partition("und")
        if unit in _UNITS and tens in _TENS:
            return total + _UNITS[unit] + _TENS[tens]
    return None


def parse_digits(text: str) -> float | int:
    """German digit formats: "11.000" -> 11000, "15 000" -> 15000, "1,5" -> 1.5."""
    cleaned = re.sub(r"[.\u00a0\u202f\u2009 ]", "", text).replace(",", ".")
    value = float(cleaned)
    return int(value) if value.is_integer() else value


def _normalise(value: float) -> float | int:
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


@lru_cache(maxsize=4096)
def unit_lemma(noun: str) -> str:
    """The counted noun's lemma: "Soldaten" -> "Soldat", "Monaten" -> "Monat"; nominalised adjectives
    keep the plural-noun form: "Toten"/"Tote" -> "Tote", "Verletzten" -> "Verletzte"."""
    if noun in SYMBOL_UNITS:
        return SYMBOL_UNITS[noun]
    if "-" in noun:
        return noun
    lemma = simplemma.lemmatize(noun, lang="de")
    if lemma[:1].islower():  # an adjective or participle used as a noun ("Verletzte" -> "verletzt")
        capitalised = lemma[:1].upper() + lemma[1:]
        if not noun.startswith(capitalised):
            return noun
        return capitalised if capitalised.endswith("e") else capitalised + "e"
    if lemma.endswith("er") and noun in (lemma[:-2] + "e", lemma[:-2] + "en"):
        return lemma[:-2] + "e"  # "Toter" -> "Tote", "Gefangener" -> "Gefangene"
    return lemma


def _lower(text: str) -> str:
    """Lower-cased text with the same offsets (a few characters, e.g. "İ", grow when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _numbers(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every number: "digits", "words" or "vague" (`low`: the lower-cased text)."""
    hits = [(m.start(), m.end(), "digits") for m in _DIGITS_RE.finditer(text)]
    for m in _WORDS_SCAN.finditer(low):
        hits.append((*m.span("word"), "words" if m.group("words") else "vague"))
    return sorted(hits)


def find_figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    low = _lower(text)
    last_end = -1
    for start, end, kind in _numbers(text, low):
        if start < last_end:
            continue  # "Milliarden" inside "1,5 Milliarden Euro"
        tail = _TAIL_RE.match(text, end)
        if tail is None or (tail.group("von") and kind != "vague"):
            continue
        adjs = (tail.group("adjs") or "").split()
        if any(a in STOP_WORDS for a in adjs):
            continue
        noun = tail.group("noun") or tail.group("symbol")
        if noun in NOT_UNITS:
            continue
        before = text[max(0, start - 20) : start].split()
        if before and before[-1] in NAME_PRECURSORS:
            continue
        approx = _APPROX_RE.search(low, max(0, start - 25), start)
        qualifier = APPROXIMATORS[approx.group("approx")] if approx else "exact"
        span_start = approx.start() if approx else start
        mult = MULTIPLIERS.get((tail.group("mult") or "").lower(), 1)
        number = text[start:end]
        value: float | int | None
        if kind == "digits":
            value = parse_digits(number)
            rule = "digits"
            if re.fullmatch(r"(?:1[89]|20)\d\d", number) and mult == 1:
                if not approx:
                    continue  # a year ("2019"), not a count
                rule = "year_like"
        elif kind == "words":
            parsed = parse_number_word(number)
            if parsed is None:
                continue
            value = parsed
            rule = "words"
        else:
            if tail.group("mult"):
                continue
            value = None
            rule = "vague"
            qualifier = "vague"
        if value is not None:
            value = _normalise(value * mult)
        out.append(Figure(span_start, tail.end(), value, unit_lemma(noun), qualifier, SCORES[rule], rule))
        last_end = tail.end()
    return out


class FigureRecognizer(BatchedComponent):
    """The rule component "curate_figures": writes doc.spans["FIGURE"]."""

    def __init__(self) -> None:
        unit_lemma("Soldaten")  # load the lemma dictionary once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for fig in find_figures(doc_text(doc)):
            attrs: dict[str, object] = {"unit": fig.unit, "qualifier": fig.qualifier}
            if fig.value is not None:
                attrs["value"] = fig.value
            span = make_aligned_span(doc, fig.start, fig.end, "FIGURE", attrs, fig.score, RULE_NAMES[fig.rule])
            if span is None:
                # the figure cuts a token (rare: "40%-Hürde"): keep the tokens inside it, less sure
                inner = doc.char_span(fig.start, fig.end, alignment_mode="contract")
                if inner is None or not len(inner):
                    continue
                span = make_aligned_span(doc, inner.start_char, inner.end_char, "FIGURE", attrs, fig.score * 0.8,
                                         RULE_NAMES[fig.rule])
                if span is None:
                    continue
            spans.append(span)
        doc.spans["FIGURE"] = spans
        return doc


@Language.factory("curate_figures")
def make_figures(nlp: Language, name: str) -> FigureRecognizer:
    return FigureRecognizer()
