"""Cue words of the quote rules as precompiled patterns: verbs of saying, judging and reporting, Konjunktiv
forms, stance phrases; and the capitalised words that start a sentence without naming anyone. ``cue_words``
finds the speech verbs, Konjunktiv forms and the actor rules' source cues of a text in one pass."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from spacy.tokens import Doc

from curation.preannotate.lexicon import MONTHS, SOURCE_CUES, WEEKDAYS, speech_verbs
from curation.preannotate.pipeline import WordScan, doc_text, trie_pattern

_SPEECH_WORDS = trie_pattern(speech_verbs()) + r"\b"

SPEECH_SCAN = WordScan(_SPEECH_WORDS)

SPEECH_RE = SPEECH_SCAN.at  # one speech verb at a word start

STRONG_SPEECH_SCAN = WordScan(
    r"(?:sag(?:t|te|ten)|gesagt|erklär(?:t|te|ten)|betont(?:e|en)?|meint(?:e|en)?|so|schrieb(?:en)?|schreibt"
    r"|fügt(?:e|en)?|ergänzt(?:e|en)?|warnt(?:e|en)?|kritisiert(?:e|en)?|betont(?:e|en)?|sprach|rief"
    r"|zitiert(?:e|en)?|erzählt(?:e|en)?|hieß|heißt|antwortet(?:e|en)?|entgegnet(?:e|en)?|erläutert(?:e|en)?"
    r"|bekräftigt(?:e|en)?|unterstrich|mahnt(?:e|en)?|räumt(?:e|en)?|gestand|kommentiert(?:e|en)?"
    r"|meldet(?:e|en)?|berichtet(?:e|en)?|verkündet(?:e|en)?|teilt(?:e|en)?|äußert(?:e|en)?|forder(?:t|te|ten)"
    r"|Worten|Worte|Aussage|Angaben|zufolge|laut|Laut|Zitat|sagen|erklären)\b",
    first="ALWZabefghklmrstuvwzä",
)

# verbs that qualify something in the speaker's words: "bezeichnete X als „…“", "nannte X „…“", "sprach von „…“"
JUDGE_SCAN = WordScan(
    r"(?:bezeichn\w*|nannte[n]?|nennt|nennen|sprach(?:en)?\s+von|spricht\s+von|die\s+Rede|eingestuft|stuft\w*"
    r"|hält|hielt(?:en)?|halten|kritisiert\w*|warf(?:en)?|wirft|vorgeworfen|bewertet\w*|lobt\w*|verurteilt\w*"
    r"|begründet\w*|forder\w*|verlangt\w*|warnt\w*|sicherte[n]?|empfiehlt|empfahl|attestiert\w*|beschrieb\w*"
    r"|beschreibt|titulier\w*|konstatiert\w*|attackiert\w*|riet|rät|behauptet\w*"
    r"|kommentiert\w*|erklärt\w*|sagt\w*|betont\w*|meint\w*|äußert\w*|wies(?:en)?"
    r"|weist|zurückgewiesen|sieht|sah(?:en)?|wertet\w*|gewertet|kritik\w*|Kritik)\b",
    first="Kabdefghklmnrstvwzä",
)

# Verbs whose Konjunktiv I singular (stem + "e") marks reported speech; together with sei/seien and the
# Konjunktiv II forms used as its replacement.
_KONJ_VERBS = """
haben werden können müssen sollen wollen dürfen mögen geben gehen stehen kommen liegen bleiben wissen lassen
sehen halten gelten brauchen fehlen tragen planen arbeiten erwarten bestehen lehnen befinden zeigen führen
spielen handeln wirken sitzen leben machen nehmen bringen finden denken glauben heißen hoffen fordern sprechen
sagen kennen nennen fallen laufen steigen sinken treffen helfen bieten ziehen setzen stellen legen zahlen
kosten drohen dienen reichen betragen beziehen betreffen verfügen entsprechen beruhen ankommen ausgehen
gehören sorgen stammen suchen versuchen verlangen erhalten bekommen verlieren gewinnen beginnen enden
zeigen wachsen fahren fliegen schaffen tun lauten verfolgen unterstützen verhindern verstoßen verletzen
bedeuten betonen erklären meinen kämpfen warten bleiben reagieren rechnen streben leiden schützen prüfen
handeln entscheiden ermitteln gewähren genügen erfolgen geschehen passieren drohen leisten folgen
""".split()

_KONJ_FORMS = sorted(
    {v[:-1] for v in _KONJ_VERBS if v.endswith("en")} | {v[:-1] for v in _KONJ_VERBS if v.endswith("ln")}
    | {"sei", "seien", "seiest", "handele", "tue", "hätte", "hätten", "wäre", "wären", "würde", "würden",
       "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "gäbe", "gäben", "käme", "kämen",
       "ginge", "stünde", "stünden", "bräuchte", "wüsste", "ließe", "läge", "lägen"},
    key=len, reverse=True,
)

KONJ_I_SCAN = WordScan(trie_pattern(_KONJ_FORMS) + r"(?![\w-])", r"\w-")

KONJ_I_RE = KONJ_I_SCAN.at  # one Konjunktiv form at a word start

# The word lists the rules scan whole texts for (speech verbs, Konjunktiv forms, the actor rules' source cues) in
# one pass: a whole-text WordScan costs about as much for one word list as for several (re spends it on trying
# every word start). Every word of the lists is word characters only, so a match of the scans this one replaces
# (SPEECH_SCAN, KONJ_I_SCAN, the source-cue scan) is a whole word of its list, and this scan finds every such word.
_CUE_WORDS_SCAN = WordScan(trie_pattern({*speech_verbs(), *_KONJ_FORMS, *SOURCE_CUES}) + r"(?!\w)")
SPEECH_WORDS = frozenset(speech_verbs())
_KONJ_FORM_SET = frozenset(_KONJ_FORMS)
_SOURCE_CUE_SET = frozenset(SOURCE_CUES)
_BEFORE_CAPITAL_RE = re.compile(r"[ \u00a0]+(?=[A-ZÄÖÜ])")


class CueWords(NamedTuple):
    """(start, end) of a text's speech verbs (= SPEECH_SCAN.spans(text)), its Konjunktiv forms (=
    KONJ_I_SCAN.spans(text), which takes no word next to a hyphen) and its SOURCE_CUES before a capitalised
    word ("sagte Lawrow", "laut Tass"; end: after the spaces)."""

    speech: list[tuple[int, int]]
    konj: list[tuple[int, int]]
    source: list[tuple[int, int]]


def cue_words(text: str) -> CueWords:
    found = CueWords([], [], [])
    for start, end in _CUE_WORDS_SCAN.spans(text):
        word = text[start:end]
        if word in SPEECH_WORDS:
            found.speech.append((start, end))
        if word in _KONJ_FORM_SET and text[start - 1 : start] != "-" and text[end : end + 1] != "-":
            found.konj.append((start, end))
        if word in _SOURCE_CUE_SET and (spaces := _BEFORE_CAPITAL_RE.match(text, end)):
            found.source.append((start, spaces.end()))
    return found


def first_speech_verb(text: str, speech: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """SPEECH_SCAN.search(text, lo, hi), looked up in `speech` (the text's speech verbs, see cue_words) instead of
    scanning again. Where `hi` cuts a word, the cut scan can end a verb at `hi` that the whole-text scan does not
    take: such a range is scanned."""
    if 0 < hi < len(text) and _is_word_char(text[hi - 1]) and _is_word_char(text[hi]):
        return SPEECH_SCAN.search(text, lo, hi)
    i = bisect_left(speech, (lo,))
    # the verbs do not overlap: the first one starting at lo or later ends first
    return (speech[i][0], speech[i][1]) if i < len(speech) and speech[i][1] <= hi else None


def _is_word_char(ch: str) -> bool:
    """What re's \\w matches."""
    return ch.isalnum() or ch == "_"


_CUE_WORDS_KEY = "curate_cue_words"


def doc_cue_words(doc: Doc) -> CueWords:
    """cue_words of the doc's text, kept on the doc (plain data: Doc.to_bytes keeps it): the actor and the quote
    rules share one scan."""
    found = doc.user_data.get(_CUE_WORDS_KEY)
    if found is None:
        found = doc.user_data[_CUE_WORDS_KEY] = cue_words(doc_text(doc))
    return CueWords(*found)


# Konjunktiv I after a subject pronoun in first person is indicative ("ich habe"); only count after others.
FIRST_PERSON_RE = re.compile(r"\b(?:ich|Ich)\s+$")

# taking a stance without a verb of saying: "X nahm zu der Frage Stellung", "X zeigte sich zufrieden"
STANCE_SCAN = WordScan(r"(?:Stellung|zu\s+Wort|zeigt(?:e|en)?\s+sich|reagiert(?:e|en)?|wandte\s+sich"
                        r"|verteidigt(?:e|en)?|widersprach|widerspricht|bekannte\s+sich|bekennt\s+sich|plädiert(?:e|en)?)\b")

# speech acts reported without their content ("X sprach von …", "X kritisierte …", "X kündigte … an")
REPORTED_SCAN = WordScan(
    r"(?:sprach(?:en)?\s+(?:von|sich)|spricht\s+(?:von|sich)|kritisiert(?:e|en)?|forderte(?:n)?|fordert|warnte(?:n)?\s+vor"
    r"|warnt\s+vor|bezeichnete(?:n)?|bezeichnet|kündigte(?:n)?|kündigt|gab(?:en)?\b[^.]{0,60}\bbekannt|bestätigte(?:n)?"
    r"|dementierte(?:n)?|lehnte(?:n)?\b[^.]{0,60}\bab\b|wies(?:en)?\b[^.]{0,60}\bzurück|teilte(?:n)?\b[^.]{0,80}\bmit\b"
    r"|äußerte(?:n)?\s+sich|verurteilte(?:n)?|begrüßte(?:n)?|lobte(?:n)?|beklagte(?:n)?|bemängelte(?:n)?"
    r"|berichtete(?:n)?\s+(?:von|über)|appellierte(?:n)?|verwies(?:en)?\s+auf|rief(?:en)?\b[^.]{0,60}\bauf\b"
    r"|räumte(?:n)?\b[^.]{0,60}\bein\b|drohte(?:n)?|versprach(?:en)?|bekräftigte(?:n)?|betonte(?:n)?)",
    first="abdefgklrstvwäü",
)

NOT_NAME = {
    "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Dies", "Diese", "Dieser", "Auch",
    "Am", "Im", "In", "Nach", "Laut", "Wie", "So", "Doch", "Aber", "Und", "Dass", "Man", "Den", "Dem", "Des",
    "Zudem", "Außerdem", "Demnach", "Allerdings", "Jedoch", "Dabei", "Damit", "Deshalb", "Daher", "Heute",
    "Gestern", *WEEKDAYS, *MONTHS, "Bei", "Mit", "Von", "Vor", "Für", "Über", "Unter", "Zum", "Zur", "Als", "Wenn", "Weil",
    "Dort", "Hier", "Nun", "Jetzt", "Bereits", "Noch", "Seine", "Sein", "Ihre", "Seiner", "Ihrer", "Angaben",
    "Worten", "Aussage", "Aussagen", "Interview", "Pressekonferenz", "Erklärung", "Mitteilung", "Presse",
}
