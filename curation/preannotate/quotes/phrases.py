"""German noun phrases for the speaker rules: word tokens, the subject phrase before or after a verb, the
subject of a clause, and an ACTOR made from a description the actor rules did not mark."""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma
from spacy.tokens import Doc, Span

from curation.preannotate.lexicon import (ADJECTIVE_ENDING, MONTHS, NON_SPEAKER_ENDINGS, NON_SPEAKER_WORDS,
                                          WEEKDAYS)
from curation.preannotate.pipeline import make_aligned_span
from curation.preannotate.quotes.cues import KONJ_I_RE, NOT_NAME, SPEECH_WORDS
from curation.preannotate.quotes.text import SPEAKER_ACTOR_RULE, Quote

# "23-jährige" / "84-jähriger" are one (adjective) token, so that "Der 23-jährige Sportler" stays one phrase. Every
# token starts with a non-space: the look-ahead turns a space away in one test instead of five alternatives.
_TOKEN_RE = re.compile(r"(?=\S)(?:\d+-[^\W\d_][\w\-]*|[^\W\d_][\w\-‐'’./]*[\w]|[^\W\d_]|\d[\d.,]*|[^\w\s])")

DETERMINERS = {"der", "die", "das", "des", "ein", "eine", "eines", "einer", "Der", "Die", "Das", "Ein", "Eine"}

_GEN = {"des", "der", "von", "vom"}

_ADJ_RE = re.compile(
    r"^(?!(?:über|unter|hinter|gegen|wegen|ohne|oder|aber|wieder|immer|weiter|später|schon|sehr|mehr|eher|sie|ihre"
    r"|ihren|ihrem|ihrer|seine|seinen|seinem|seiner|diese|diesen|diesem|dieser|dieses|jene|keine|keinen|jede|jeden"
    r"|welche|welchen|beide|beiden|alle|allen|manche|einige|andere|anderen|deren|dessen|unsere|unseren|heute"
    r"|gestern|morgen|gerne|daher|danach|dabei|neben|zwischen|außer|innen|außen|oben|unten|hier|wer|wie|sowie|je"
    r"|eine|einen|einem|einer|eines|den|dem|der|des|die|es|er|wir|ihr|ihnen|ihm|ihn|man|denen|nachdem|seit|selber"
    r"|nie|lange|bitte|trotzdem)$)(?:\d+-)?[a-zäöüß][\w\-]*" + ADJECTIVE_ENDING + "$"
)

_SUBJ_PRONOUNS = {"er", "sie", "Er", "Sie"}

_AUXILIARIES = {"hat", "hatte", "hatten", "haben", "habe", "ist", "war", "waren", "sei", "wurde", "wurden", "wird",
                "werde", "soll", "sollte", "will", "wollte", "habe", "hätte"}

# finite verbs that look like inflected adjectives ("sagte", "wurde", "sollte"): known verbs, not adjectives
_KNOWN_VERBS = _AUXILIARIES | SPEECH_WORDS | {"sollten", "wollten", "musste", "mussten", "konnte", "konnten", "durfte",
                                              "möchte", "würde", "würden", "wäre", "wären", "hätten", "werden"}

# possessive and demonstrative determiners: no verbs, though not adjectives either ("mit seinen Kollegen")
_DETERMINER_WORDS = {"sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer",
                     "ihres", "dieser", "diesen", "diesem", "dieses", "diese", "jene", "jenen", "jenem", "jener",
                     "einer", "eines", "keine", "keinen", "keinem", "keiner", "unsere", "unseren", "deren", "dessen"}

_NOT_FINITE = {"am", "im", "in", "an", "auf", "mit", "bei", "nach", "vor", "von", "zu", "zum", "zur", "über", "für",
               "und", "dem", "den", "einem", "einen", *_DETERMINER_WORDS}
# the words that follow a finite verb in verb-second order rather than an adjective
_AFTER_VERB_WORDS = {"der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "er", "sie", "sich"}
# articles of an object opening a clause: the subject follows the verb
_OBJECT_ARTICLES = {"Den", "Dem", "Einen", "Einem"}

_NON_VERBS = {"und", "oder", "dass", "daß", "ob", "als", "wie", "wenn", "weil", "da", "nachdem", "bevor", "womit",
              "wobei", "indem", "ehe", "sobald", "falls", "obwohl", "während", "seit", "bis", "damit", "so"}

_ATTACH_PREPS = {"in", "im", "am", "an", "auf", "mit", "von", "vom", "bei", "beim", "für", "zu", "zur", "zum", "aus",
                 "über", "unter", "gegen", "nach"}

_SKIP_AFTER_VERB = {
    "heute", "gestern", "morgen", "weiter", "zudem", "auch", "dazu", "außerdem", "dann", "später", "bereits",
    "noch", "nun", "jetzt", "ebenfalls", "damals", "zuletzt", "kürzlich", "einmal", "jedoch", "aber", "allerdings",
    "daraufhin", "anschließend", "zuvor", "mehrfach", "wörtlich", "sinngemäß", "abschließend", "zufolge", "so",
    "etwa", "bislang", "am", "im", "vergangene", "vergangenen", "letzte", "letzten", "Woche", *WEEKDAYS, "Abend", "Morgen", "Mittag",
    "Nachmittag",
    "Vormittag", "Wochenende", "es", "sich", "dort",
}

_PREP_START = {
    "Als", "Gegen", "Ohne", "Wegen", "Trotz", "Durch", "Bis", "Neben", "Zwischen", "Während", "Um", "An",
    "Ab", "Vom", "Beim", "Ins", "Aufgrund", "Infolge", "Hinsichtlich", "Bezüglich", "Anlässlich", "Innerhalb",
    "Außerhalb", "Hinter", "Statt", "Seitens", "Wenn", "Weil", "Obwohl", "Nachdem", "Bevor",
    "Am", "Im", "In", "Nach", "Bei", "Auf", "Vor", "Gegenüber", "Laut", "Dazu", "Dann", "Zudem", "Außerdem", "Auch",
    "Später", "Heute", "Gestern", "Dabei", "Damit", "Weiter", "Ferner", "Daraufhin", "Anschließend", "Zuvor", "So",
    "Zum", "Zur", "Über", "Mit", "Für", "Angesichts", "Wörtlich", "Allerdings", "Jedoch", "Doch", "Schon", "Bereits",
    "Danach", "Damals", "Zuletzt", "Kürzlich", "Hierzu", "Darauf", "Darüber", "Seit", "Unter", "Ebenfalls", "Trotzdem",
}

# sentence-initial adverbs before a subject that stands before its verb: "Auch die Ministerin X äußerte …"
_LEAD_ADVERBS = {"Auch", "Zudem", "Außerdem", "Ebenfalls", "Nun", "Jetzt", "Dann", "Später", "Bereits", "Schon",
                 "Daraufhin", "Inzwischen", "Mittlerweile", "Dagegen", "Hingegen", "Allerdings", "Sogar", "Selbst"}

_PERSON_HEAD_RE = re.compile(
    r"(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|leiter|leiterin|vorsitzende|"
    r"vorsitzender|direktor|direktorin|richter|richterin|kanzler|kanzlerin|trainer|trainerin|bürgermeister|"
    r"bürgermeisterin|botschafter|botschafterin|anwalt|anwältin|experte|expertin|sekretär|sekretärin|berater|"
    r"beraterin|politiker|politikerin|abgeordnete|abgeordneter|kommissar|kommissarin|autor|autorin|mann|frau|"
    r"forscher|forscherin|wissenschaftler|wissenschaftlerin|arzt|ärztin|zeuge|zeugin|kandidat|kandidatin|"
    r"manager|managerin|gründer|gründerin|journalist|journalistin|aktivist|aktivistin|ermittler|sprechers)$"
)

_NON_AGENT_HEADS = {
    "Angaben", "Angabe", "Worte", "Worten", "Aussage", "Aussagen", "Meinung", "Ansicht", "Auffassung", "Pläne",
    "Plan", "Auftreten", "Einschätzung", "Darstellung", "Erklärung", "Mitteilung", "Bericht", "Berichten",
    "Informationen", "Zeitpunkt", "Zeit", "Jahr", "Jahre", "Tag", "Woche", "Ende", "Anfang", "Beginn", "Rahmen",
    "Begründung", "Grund", "Ziel", "Ergebnis", "Fall", "Frage", "Sinne", "Zusammenhang", "Bezug", "Hinblick",
}

_SENTENCE_ADVERBS = {
    "zwar", "denn", "warum", "wieso", "weshalb", "doch", "jedoch", "deshalb", "deswegen", "trotzdem", "somit",
    "also", "dennoch", "vielmehr", "stattdessen", "insbesondere", "offenbar", "offensichtlich", "derzeit",
    "bisher", "bislang", "zunächst", "schließlich", "letztlich", "immerhin", "ebenso", "ferner", "überdies",
    "freilich", "angeblich", "vermutlich", "wahrscheinlich", "möglicherweise", "demnach", "daher", "darauf",
    "darunter", "dazu", "hier", "dort", "so", "nun", "gleichzeitig", "zugleich", "andererseits", "einerseits",
}

_QUANTIFIERS = {"alle", "viele", "einige", "mehrere", "beide", "manche", "wenige", "zahlreiche", "andere"}


def word_tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """(word, start, end) of text[lo:hi] (_TOKEN_RE looks at no character outside its match: matching in place =
    matching the slice); the word is sliced from its span, faster than reading the match's group."""
    out = []
    for m in _TOKEN_RE.finditer(text, lo, hi):
        start, end = m.span()
        out.append((text[start:end], start, end))
    return out


# lower-case particles of names: "al Huthi", "de Maizière", "Osama bin Laden" (the first ones may open a name)
_NAME_PARTICLES_FIRST = {"al", "el", "de", "van", "del", "dos", "della"}
_NAME_PARTICLES = _NAME_PARTICLES_FIRST | {"bin", "ibn", "da", "di", "du", "la", "le", "ter", "ten", "y"}
_OPENING_MARKS = {"„", "»", '"'}
_CLOSING_MARKS = {"“", "”", "«", '"'}


def _name_part_end(toks: list[tuple[str, int, int]], j: int, in_name: bool, after_word: bool) -> int:
    """Where a part of a name at toks[j] ends that np_forward's heads miss, else j: a particle before a
    capitalised word ("al Huthi", "de Maizière"), or after an article or noun a name in quotation marks ("die
    Nachrichtenagentur „Xinhua“", "die „Aktion Deutschland hilft“")."""
    w = toks[j][0]
    if j + 1 >= len(toks) or not toks[j + 1][0][:1].isupper():
        return j
    if w in _NAME_PARTICLES_FIRST or (in_name and w in _NAME_PARTICLES):
        return j + 2
    if w in _OPENING_MARKS and after_word:
        for k in range(j + 2, min(len(toks), j + 7)):
            if toks[k][0] in _CLOSING_MARKS:
                return k + 1
    return j


def np_forward(toks: list[tuple[str, int, int]], dative: bool = False) -> tuple[int, int] | str | None:
    """The subject noun phrase at the start of toks (after a verb): (start, end), "PRON", or None. With
    `dative` (after "laut", "nach Angaben", "Für") a phrase with "dem"/"den" is the source, not an object."""
    if dative and toks and toks[0][0] in {"dem", "den"}:
        toks = toks[1:]
    i = 0
    while i < len(toks) and i < 6 and (toks[i][0] in _SKIP_AFTER_VERB or toks[i][0][:1].isdigit()
                                       or toks[i][0] in {".", "-"}):
        i += 1
    if i >= len(toks):
        return None
    if i == 0 and toks[0][0] in {"von", "vom"} and len(toks) > 1:
        i = 1  # "Nach Ansicht von X", "Nach Angaben vom X"
    if toks[i][0] in _SUBJ_PRONOUNS:
        return "PRON"
    if toks[i][0] in {"dem", "den", "gegenüber", "vor", "bei", "in", "auf", "mit", "laut"}:
        return None
    start = i
    j = i
    if toks[j][0] in DETERMINERS:
        j += 1
    n_heads = 0
    while j < len(toks):
        w = toks[j][0]
        if _ADJ_RE.match(w) and w not in DETERMINERS and n_heads == 0:
            j += 1
            continue
        if w[:1].isupper() and w not in DETERMINERS:
            n_heads += 1
            j += 1
            continue
        if (k := _name_part_end(toks, j, n_heads > 0, j > start)) > j:
            n_heads += 1
            j = k
            continue
        if n_heads and w in _GEN and j + 1 < len(toks) and (toks[j + 1][0][:1].isupper() or toks[j + 1][0] in DETERMINERS
                                                           or _ADJ_RE.match(toks[j + 1][0])):
            j += 1
            continue
        if n_heads and w == "," and j + 1 < len(toks) and toks[j + 1][0][:1].isupper() \
                and toks[j + 1][0] not in DETERMINERS and toks[j + 1][0] not in NOT_NAME:
            j += 1
            continue
        break
    if n_heads == 0:
        return None
    end_tok = j - 1
    while end_tok > start and toks[end_tok][0] in {",", "des", "der", "von", "vom"}:
        end_tok -= 1
    return (toks[start][1], toks[end_tok][2])


def np_backward(toks: list[tuple[str, int, int]]) -> tuple[int, int] | str | None:
    """The subject noun phrase ending toks (before a verb), when it starts the clause."""
    if not toks:
        return None
    if toks[-1][0] in _SUBJ_PRONOUNS:
        return "PRON" if len(toks) == 1 or toks[-2][0] in {",", ":", "„", "“", '"', "und"} else None
    j = len(toks) - 1
    n_heads = 0
    while j >= 0:
        w = toks[j][0]
        if w == ")" and "(" in [t[0] for t in toks[max(0, j - 6):j]]:
            while j >= 0 and toks[j][0] != "(":  # a parenthesis inside the phrase: "Renate Schmidt (SPD)"
                j -= 1
            j -= 1
            continue
        if w[:1].isupper() or w in DETERMINERS or w in _GEN or w in {",", "/"} or w[:1].isdigit() or (
                _ADJ_RE.match(w) and not KONJ_I_RE.fullmatch(w)):
            n_heads += w[:1].isupper() and w not in DETERMINERS
            j -= 1
            continue
        break
    first = j + 1
    while first < len(toks) and toks[first][0] in {",", "des", "von", "vom"}:
        first += 1
    if first < len(toks) - 1 and toks[first][0] in _LEAD_ADVERBS and (
            toks[first + 1][0] in DETERMINERS or toks[first + 1][0][:1].isupper()):
        first += 1  # "Auch die Familienministerin Renate Schmidt (SPD) äußerte"
    if first >= len(toks) or n_heads == 0:
        return None
    if toks[first][0] in _PREP_START:
        return None
    if j >= 0 and toks[j][0] not in {"und", "“", "”", '"', "»", "«", ":", "(", "–", "-", ".", ";"} and not (
            j == 0 and toks[0][0] in _LEAD_ADVERBS):
        # a new clause after a comma: "X wies das zurück, die Sprecherin der Fraktion, Y, erklärte"
        for k in range(max(j + 1, 1), len(toks) - 1):
            if toks[k][0] == "," and toks[k - 1][0][:1].islower() and (
                    toks[k + 1][0] in DETERMINERS or toks[k + 1][0][:1].isupper()) and toks[k + 1][0] not in _PREP_START:
                return (toks[k + 1][1], toks[-1][2])
        return None
    last = len(toks) - 1
    while last > first and toks[last][0][:1].islower():
        last -= 1  # adjectives come before the head: "Klien wurde", "Die Kanadier hingegen" end at the noun
    return (toks[first][1], toks[last][2])


def sentence_subject(toks: list[tuple[str, int, int]]) -> tuple[int, int] | str | None:
    """The subject of a German main clause: the first noun phrase, or the one after the finite verb when
    the clause starts with an adverbial ("Dabei griff sie …", "Im Interview sagte der Minister …")."""
    toks = [t for t in toks if t[0] not in {"„", "“", "”", '"', "»", "«"}]
    if not toks:
        return None
    if toks[0][0] in _SUBJ_PRONOUNS:
        return "PRON"
    first = toks[0][0]
    if first not in _PREP_START and first not in _OBJECT_ARTICLES and (first in DETERMINERS or first[:1].isupper()):
        region = np_forward(toks)
        if isinstance(region, tuple) and not _adverb_alone(toks, region):
            return region
        if region == "PRON":
            return region
    # after an adverbial or an object ("Den Unmut der CDU brachte die Sprecherin … zum Ausdruck"): the first
    # finite verb, then the subject
    for i, (w, _, _) in enumerate(toks[1:16], start=1):
        if w in _SUBJ_PRONOUNS and w.islower():
            return "PRON"
        if _finite_verb_at(toks, i):
            region = np_forward(toks[i + 1:])
            return region if isinstance(region, tuple) or region == "PRON" else None
    return None


def _finite_verb_at(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether toks[i] is a finite verb: a known one, or a lower-case word that is no article, preposition or
    determiner and no adjective - unless an article or pronoun follows ("brachte die …", "machte er …")."""
    w = toks[i][0]
    if w in _KNOWN_VERBS:
        return True
    if not w.islower() or w in DETERMINERS or w in _GEN or w in _NOT_FINITE:
        return False
    return not _ADJ_RE.match(w) or (i + 1 < len(toks) and toks[i + 1][0] in _AFTER_VERB_WORDS)


def _adverb_alone(toks: list[tuple[str, int, int]], region: tuple[int, int]) -> bool:
    """A phrase of one capitalised word that is an adverb at the start of the sentence ("Inzwischen hat sich
    Jeb Bush … ausgesprochen"): no subject."""
    return toks[0][2] == region[1] and lemma(toks[0][0])[:1].islower()


def inverted_subject(toks: list[tuple[str, int, int]], first: tuple[int, int]) -> tuple[int, int] | str | None:
    """German verb-second order with the object first: "Die Entwicklung verglich Merkel mit …", "Das Angebot
    lehnt er ab": the subject right after the finite verb that follows the first phrase."""
    rest = [t for t in toks if t[1] >= first[1]]
    # skip a prepositional attachment of the first phrase: "Die Entwicklung im Iran verglich …"
    k = 0
    if rest and rest[0][0] in _ATTACH_PREPS:
        k = 1
        while k < min(len(rest), 6) and (rest[k][0] in DETERMINERS or rest[k][0] in {"dem", "den"} or
                                         rest[k][0][:1].isupper() or _ADJ_RE.match(rest[k][0])):
            k += 1
    rest = rest[k:]
    if len(rest) < 2:
        return None
    verb, nxt = rest[0][0], rest[1][0]
    if not verb.islower() or verb in DETERMINERS or verb in _ATTACH_PREPS or verb in {"und", "oder", "sowie", "wie",
                                                                                "als"}:
        return None
    if nxt in ("er", "sie"):
        return "PRON"
    if nxt[:1].isupper() and nxt not in DETERMINERS and nxt not in NOT_NAME:
        region = np_forward(rest[1:])
        return region if isinstance(region, tuple) else None
    return None


def _perfect_subject(text: str, q: Quote, seg: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """A verb of saying at the end of the frame after an auxiliary ("Stoiber hatte die Rolle der Fraktion
    betont: „…“", "Im Dezember hatte Kanzlerin Merkel verkündet: „…“"): the noun phrase right before the
    verb is its object; the subject stands before the auxiliary or, after an adverbial, right after it."""
    if q.cue is None or q.cue[1] > q.start or text[q.cue[1]:q.start].strip() not in ("", ":", ","):
        return None
    aux = next((k for k in range(len(seg) - 1, -1, -1) if seg[k][0] in _AUXILIARIES), None)
    if aux is None or any(t[0] in {",", ";", "dass", "daß"} for t in seg[aux + 1:]):
        return None
    before = np_backward(seg[:aux]) if aux else None
    if isinstance(before, tuple):
        return before
    after = np_forward(seg[aux + 1:])
    return after if isinstance(after, tuple) else None


def _frame_segment(q: Quote) -> tuple[int, int]:
    """The part of q's frame on the cue's side of the quote (the whole frame for a reported speech act, whose
    frame is its own sentence)."""
    lo, hi = q.frame
    c0, c1 = q.cue
    if q.start <= c0 < q.end:
        return lo, hi
    if c1 <= q.start:
        return lo, q.start
    return q.end, hi


def subject_region(text: str, q: Quote) -> tuple[int, int] | list[tuple[int, int]] | str | None:
    """Where the speaker's noun phrase is, relative to the quote's cue word."""
    if q.cue is None or q.frame is None:
        return None
    c0, c1 = q.cue
    cue_word = text[c0:c1]
    seg_lo, seg_hi = _frame_segment(q)
    if cue_word in ("zufolge", ":"):
        return np_backward(word_tokens(text, seg_lo, c0))
    # a separable particle or object right after the verb ("teilte mit", "sagte der Zeitung") is skipped by
    # np_forward returning None on datives; try the subject before the verb first
    seg = word_tokens(text, seg_lo, c0) if c0 > seg_lo else []
    perfect = _perfect_subject(text, q, seg)
    if perfect is not None:
        return perfect
    if len(seg) > 2 and seg[-1][0] == "und":  # "X befand … und nannte …": the clause's subject
        shared = sentence_subject(seg)
        if isinstance(shared, tuple) or shared == "PRON":
            return shared
    before = np_backward(seg) if seg else None
    frame_word = cue_word.split()[0].lower() in ("laut", "wie", "so", "nach", "seiner", "ihrer", "dem")
    if not frame_word and " " in cue_word:
        c1 = c0 + cue_word.index(" ")  # a verb and its particle ("teilte das Unternehmen mit"): the subject between
    if frame_word or before is None:
        after = word_tokens(text, c1, min(seg_hi if c1 < seg_hi else q.frame[1], c1 + 160))
        found = _subject_around_verb(seg, np_forward(after, dative=frame_word), frame_word)
        if found is not None:
            return found
    return before


def _subject_around_verb(seg: list[tuple[str, int, int]], fwd: tuple[int, int] | str | None,
                         frame_word: bool) -> tuple[int, int] | list[tuple[int, int]] | str | None:
    """The subject when the phrase before the cue is none, or the cue is a frame word: `fwd` (the phrase after
    the cue) after a frame word or as "er"/"sie"; else, in verb-second order, the clause-initial phrase before
    the verb or `fwd` (both, first preferred: the speaker strategies keep the one naming an actor)."""
    if (frame_word or fwd == "PRON") and fwd is not None:
        return fwd
    seg = [t for t in seg if t[0] not in {"„", "“", "”", '"', "»", "«"}]
    # "Die Arbeit der Koalition lobte er mit den Worten: …": "er" right after the finite verb is the subject
    for k in range(1, len(seg)):
        if seg[k][0] == "er" and seg[k - 1][0].islower() and seg[k - 1][0] not in _NON_VERBS:
            return "PRON"
    if isinstance(fwd, tuple) and _clause_before_verb(seg):
        return fwd  # "Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen mit"
    first = None
    if seg and seg[0][0] not in _PREP_START and seg[0][0] not in NOT_NAME - {
            "Der", "Die", "Das", "Ein", "Eine"} and (seg[0][0] in DETERMINERS or seg[0][0][:1].isupper()):
        first = np_forward(seg)
    if isinstance(first, tuple) and isinstance(fwd, tuple):
        return [first, fwd]
    if isinstance(first, tuple):
        return first
    if fwd is not None:
        return fwd
    # "…“ sei, hatte Koch-Mehrin damals gesagt": the subject after an auxiliary that follows a comma
    for k in range(len(seg) - 2):
        if seg[k][0] == "," and seg[k + 1][0] in _AUXILIARIES:
            region = np_forward(seg[k + 2:])
            if region is not None:
                return region
    return None


def _clause_before_verb(seg: list[tuple[str, int, int]]) -> bool:
    """The words before a verb of saying are a whole clause ending in a verb and its only comma: the verb opens
    the frame and its subject follows it (not "X, der Sprecher der Y, sagte", "X, die … unterschrieben, sagte")."""
    return len(seg) > 2 and seg[-1][0] == "," and seg[-2][0].islower() and not any(t[0] == "," for t in seg[:-1])


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """simplemma's German lemma: lower-case for adverbs, adjectives and verbs, capitalised for nouns."""
    return simplemma.lemmatize(word, lang="de")


# nominalisations ("Feststellung", "Einzelheiten", "Verhältnisse") name no one who speaks
_ABSTRACT_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "nis", "nisse", "ismus")

# institutions whose names end like abstract nouns
_INSTITUTION_ENDINGS = ("zeitung", "regierung", "verwaltung", "führung", "stiftung", "vertretung", "leitung",
                        "vereinigung", "bewegung", "versammlung", "gewerkschaft", "direktion")


def _is_abstract_noun(word: str) -> bool:
    low = word.lower()  # at least six letters: not a name such as "Leung" or "Jung"
    return len(low) >= 6 and low.endswith(_ABSTRACT_ENDINGS) and not low.endswith(_INSTITUTION_ENDINGS)


_NON_SPEAKER_WORDS = frozenset(NON_SPEAKER_WORDS) | {w.lower() for w in (*WEEKDAYS, *MONTHS)}
_NON_SPEAKER_ENDINGS = tuple(NON_SPEAKER_ENDINGS)


def _head_noun(toks: list[tuple[str, int, int]]) -> str | None:
    """The phrase's first capitalised word that is no adjective before another capitalised word ("Letzte Woche"
    -> "Woche", "Kleine Stücke des Objektes" -> "Stücke")."""
    for k, (word, _, _) in enumerate(toks):
        if not word[:1].isupper():
            continue
        if k + 1 < len(toks) and toks[k + 1][0][:1].isupper() and _ADJ_RE.match(word.lower()):
            continue
        return word
    return None


def cannot_speak(toks: list[tuple[str, int, int]]) -> bool:
    """The phrase's head is a time expression, an event, a thing, an animal or an abstract noun of assessment
    (lexicon.NON_SPEAKER_WORDS / NON_SPEAKER_ENDINGS): no speaker and no ACTOR."""
    head = _head_noun(toks)
    if head is None:
        return False
    low = lemma(head).lower()
    return low in _NON_SPEAKER_WORDS or low.endswith(_NON_SPEAKER_ENDINGS)


def np_actor(doc: Doc, text: str, lo: int, hi: int) -> Span | None:
    """An ACTOR for a subject noun phrase the actor rules did not mark (article excluded, score 0.4)."""
    toks = word_tokens(text, lo, hi)
    while toks and (toks[0][0] in DETERMINERS or toks[0][0] in {",", "“", "„"}):
        toks = toks[1:]

    # "Angaben des Ministeriums" / "Worte des Sprechers": the source is the genitive
    while len(toks) > 2 and toks[0][0] in _NON_AGENT_HEADS and toks[1][0] in _GEN:
        toks = toks[2:]
        while toks and toks[0][0] in DETERMINERS:
            toks = toks[1:]
    if not toks or toks[0][0] in NOT_NAME or toks[0][0].lower() in _QUANTIFIERS:
        return None
    first = toks[0][0]
    # sentence adverbs, adverbial participles ("Relativierend") and verbs ("Kämen") at a sentence start
    if first.lower() in _SENTENCE_ADVERBS or (first.endswith("end") and len(toks) == 1) or (
            len(toks) == 1 and KONJ_I_RE.fullmatch(first.lower())):
        return None
    if not (toks[0][0][:1].isupper() or _ADJ_RE.match(toks[0][0])):
        return None
    first_cap = next((t[0] for t in toks if t[0][:1].isupper()), None)
    if first_cap is None or first_cap in _NON_AGENT_HEADS or first_cap in NOT_NAME:
        return None
    while toks and toks[-1][0] in {",", "“", "„", "."}:
        toks = toks[:-1]
    if not toks or not any(t[0][:1].isupper() for t in toks):
        return None
    if len(toks) == 1 and lemma(toks[0][0])[:1].islower():
        return None  # a capitalised adverb, adjective or verb at the start of a sentence ("Sinngemäß", "Sollte")
    heads = [t[0] for t in toks if t[0][:1].isupper()]
    if _is_abstract_noun(heads[0]) or cannot_speak(toks):
        return None  # "die Feststellung", "die Verkündung des Wahlergebnisses", "Letzte Woche": no one who speaks
    head = heads[0].lower()
    all_caps_name = all(t[0][:1].isupper() for t in toks)
    kind = "PERSON" if (_PERSON_HEAD_RE.search(head) or (all_caps_name and len(toks) >= 2)) else "ORGANIZATION"
    return make_aligned_span(doc, toks[0][1], toks[-1][2], "ACTOR", {"actor_type": kind}, 0.4,
                             SPEAKER_ACTOR_RULE)
