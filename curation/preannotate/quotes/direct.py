"""Quotation marks and direct quotes: pairing the marks, then deciding per quotation by an ordered list of
named rules whether it is a quote (and which cue frames it) or a name, title or scare quote."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from curation.preannotate.lexicon import ADJECTIVE_ENDING, DEFINITE_ARTICLES
from curation.preannotate.quotes.cues import JUDGE_SCAN, SPEECH_SCAN, STRONG_SPEECH_SCAN
from curation.preannotate.quotes.phrases import DETERMINERS
from curation.preannotate.quotes.text import SCORES, Quote, Sentences, konj_between

# opening mark -> closing marks accepted for it (typographic German, Swiss/French guillemets, ASCII, English)
_PAIRS: dict[str, str] = {
    "„": "“”\"",
    "“": "”",
    "»": "«",
    "«": "»",
    '"': '"',
    "‚": "‘’",
}

_OPEN_RE = re.compile(r"[„“»«\"‚]")

# per opener, the characters pair_marks looks at inside a quote: single marks (nesting), its closers, the
# opener itself (a new quote) and, for marks that do not span paragraphs, the line break
_MARK_STOPS = {
    opener: re.compile("[" + re.escape("‚‘’" + closers + (opener if opener in "„»«" else "")
                                       + ("\n" if opener in "‚\"“" else "")) + "]")
    for opener, closers in _PAIRS.items()
}

# A cue right after the closing mark: „…“, sagte X / „…“, so X / „…“, heißt es
_AFTER_CUE_RE = re.compile(
    r"\s*[,.]?\s*((?:so|sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|schreibt|fügte"
    r"|ergänzte|warnte|kritisierte|rief|heißt|hieß|zitiert|zitierte|erläuterte|unterstrich|bekräftigte|mahnte"
    r"|räumte|antwortete|entgegnete|kommentierte|teilte|verkündete|berichtete|meldete|sagen|erklären|betonen"
    r"|meinen|resümierte|bilanzierte|gab|stellte|beteuerte|versicherte|urteilte|twitterte|fragte|klagte"
    r"|beklagte|lobte|forderte|erzählte|warnt)\b)"
)

_REPORTS_AFTER_RE = re.compile(r"\s+(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\b")

_COLON_BEFORE_RE = re.compile(r":\s*$")

# a quoted translation of a name just given: Operation „Cast Lead“ („gegossenes Blei“), (übersetzt etwa: „…“)
_TRANSLATION_BEFORE_RE = re.compile(r"[“”\"»«]\s*\(\s*$|\((?:übersetzt|deutsch|dt\.|englisch|wörtlich)[^()]{0,15}$")

# slogans are quoted words of their bearers: mit der Parole „…“, Aufschrift „…“, skandierten „…“
_SLOGAN_BEFORE_RE = re.compile(r"(?:[Pp]arole[n]?|Aufschrift(?:en)?|Slogan[s]?|Sprüche[n]?|Spruch|Schlachtruf\w*"
                               r"|skandiert\w*)\b[^.!?]{0,40}$")

# „…“ und „…“: a second quotation joined to an accepted one is of the same kind
_COORDINATED_RE = re.compile(r"\s*(?:,|und|oder|sowie)\s*")

_MAN_RE = re.compile(r"\bman\b")  # "Dies nennt man einen „Aktiensplit“": a definition, not a quote

_DOMAIN_RE = re.compile(r"^[\w.\-]+\.(?:de|com|org|net|at|ch|eu|info|fr|uk)$")

_TITLE_CONTEXT_RE = re.compile(
    r"(?:Zeitung|[Zz]eitschrift|Magazin(?:e?s)?|[Nn]achrichtenagentur|Agentur|[Tt]itel[s]?|Motto[s]?|Namen[s]?|Film[s]?"
    r"|Buch(?:es|s)?|Album[s]?|Lied[s]?|Song[s]?|Roman[s]?|Serie|Sendung|Sender[s]?|Modell[e]?|Programm[s]?"
    r"|Projekt[s]?|Operation|Aktion|Kampagne|Organisation|Partei|Initiative|Gruppe|Band"
    r"|Schlagzeile|Überschrift|Unternehmen[s]?|Firma|Schiff[s]?|Restaurant[s]?|Nachtclub[s]?|Kneipe"
    r"|Werk[s]?|Stück[s]?|Oper|Ausstellung|Studie|Bericht[s]?|Gesetz(?:es)?|Verordnung|Abkommen[s]?|Vertrag[s]?"
    r"|Spiel[s]?|Software|Marke|Verein[s]?|Plattform|Website|Webseite|Internetseite|Blog[s]?|Online-Ausgabe"
    r"|Fachblatt|Fachzeitschrift|Tageszeitung|Wochenzeitung|Boulevardzeitung|Sonntagszeitung|Blatt(?:es)?"
    r"|genannt(?:e|en|er|es)?|[Ss]o\s+genannt(?:e|en|er|es)?|[Ss]ogenannt(?:e|en|er|es)?|kurz|Enzyklika"
    r"|Bezeichnung|Begriff[s]?|Wort(?:es)?|(?<!zum\s)Ausdruck[s]?|Kategorie|Rubrik|Spitzname[n]?|Codename[n]?|Preis(?:es)?"
    r"|Auszeichnung|Orden[s]?|Festival[s]?|Veranstaltung|Tournee|Show|Talkshow|Format[s]?|Reihe|Kurzfilm[s]?"
    r"|Dokumentation|Fernsehsender[s]?|Radiosender[s]?|Rundfunk|Onlinedienst[es]?|Internetdienst[es]?|Portal[s]?)"
    r"[\s,:(]*(?:der|die|das|des|dem|den|von|vom|mit|dem)?\s*$"
)


def _nested_close(text: str, i: int, opener: str, closers: str, limit: int) -> int:
    """End (after the closing mark) of the quote whose inner quote opens at text[i] („a „b“ c“), counting nested
    pairs; -1 when the outer quote does not close before `limit` or a new paragraph starts a new quote."""
    depth = 0
    while i < limit:
        ch = text[i]
        if ch == opener and text[i - 1] in " \n(":
            if depth == 0 and text[i - 1] == "\n":
                return -1  # a paragraph opening with a new quote: the outer one was never closed
            depth += 1
        elif ch in closers:
            if depth == 0:
                return i + 1
            depth -= 1
        i += 1
    return -1


def pair_marks(text: str) -> list[tuple[int, int]]:
    """Quotation-mark pairs (outermost), marks included. Unclosed openers are skipped; a quote inside a quote
    („Wir haben … „Small-Business-Unternehmen“ … gehabt“) belongs to the outer one when the outer one closes
    after it."""
    found: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while True:
        m = _OPEN_RE.search(text, pos)
        if m is None:
            return found
        opener = m.group()
        i = m.end()
        if opener == "‚" and (i < n and text[i].isdigit()):
            pos = i
            continue
        closers = _PAIRS[opener]
        stops = _MARK_STOPS[opener]
        end = -1
        depth_single = 0
        limit = min(n, i + 4000)
        while True:
            stop = stops.search(text, i, limit)  # the next character that matters, not every character
            if stop is None:
                break
            i = stop.start()
            ch = text[i]
            if ch == "‚":
                depth_single += 1
            elif ch in "‘’" and depth_single:
                depth_single -= 1
                i += 1
                continue
            if ch in closers and not (opener == '"' and i + 1 < n and text[i + 1].isalnum() and text[i - 1].isspace()):
                end = i + 1
                break
            if ch == opener and opener in "„»«" and text[i - 1] in " \n(":
                end = _nested_close(text, i, opener, closers, limit)
                break  # -1: a new quote opens before this one closed, so this one is unclosed
            if ch == "\n" and opener in "‚\"“":
                break
            i += 1
        if end == -1:
            pos = m.end()
            continue
        found.append((m.start(), end))
        pos = end


def _is_full_sentence(inner: str) -> bool:
    stripped = inner.rstrip()
    return bool(stripped) and (stripped[-1] in ".!?…" or (len(inner.split()) >= 6))


def _looks_like_title(inner: str) -> bool:
    words = inner.split()
    if not words or len(words) > 10:
        return False
    if inner.rstrip()[-1:] in ".!?…,":
        return False
    small = {"der", "die", "das", "des", "dem", "den", "und", "of", "the", "and", "für", "von", "vom", "im", "in",
             "am", "an", "zu", "zur", "zum", "de", "la", "le", "du", "et", "for", "e.V.", "–", "-", "a", "to"}
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w in small)
    return caps == len(words)


_DEFINITE = {*DEFINITE_ARTICLES, *(a.capitalize() for a in DEFINITE_ARTICLES)}

_NAME_FUNCTION_WORDS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "für",
    "von", "vom", "im", "in", "am", "an", "zu", "zur", "zum", "mit", "über", "unter", "gegen", "auf", "um", "bei",
    "aus", "nach", "of", "the", "and", "for", "against", "a", "to", "de", "la", "le", "du", "et", "e.V.",
}

_LOWER_WORD_RE = re.compile(r"(?<![\w\-.])[a-zäöüß][\w\-.]*")

_ADJECTIVE_SHAPE_RE = re.compile(r"[a-zäöüß]+" + ADJECTIVE_ENDING)


def _looks_like_name(inner: str) -> bool:
    """A name of an organisation, law, prize or campaign: capitalised, no sentence punctuation, at least two
    words, and at most one lower-case word that is neither a function word nor adjective-shaped ("Kampagne für
    ein Freies Tibet", "Gesetzes über den Verfassungsschutz", "Aktion Deutschland hilft"). Editorial brackets
    ("Informationsaustausch[s]", "[…]") only occur in quotations."""
    stripped = inner.strip()
    if not stripped[:1].isupper() or stripped[-1:] in ".!?…,;:" or len(stripped.split()) < 2 or "[" in stripped:
        return False
    content = [w for w in _LOWER_WORD_RE.findall(stripped)
               if w not in _NAME_FUNCTION_WORDS and not _ADJECTIVE_SHAPE_RE.fullmatch(w)]
    return len(content) <= 1


def _word_before(text: str, lo: int, hi: int) -> tuple[int, str]:
    """(start, word) of the word (letters, digits, "_" and "-") that text[lo:hi] ends with, trailing whitespace
    skipped; (hi, "") when it ends otherwise. A backward walk: a regex anchored at the end would try every start."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_-"):
        i -= 1
    return (i, text[i:j]) if i < j else (hi, "")


@dataclass(slots=True)
class _Mark:
    """A quotation-mark pair text[start:end] and what its sentence text[s_start:s_end] says about it."""

    text: str
    start: int
    end: int
    inner: str
    s_start: int
    s_end: int
    before: str  # the sentence before the opening mark
    after: str  # the sentence after the closing mark
    words: int
    full: bool  # a sentence of its own (end punctuation or six words)
    lower_start: bool
    title_ctx: bool  # a word announcing a title or name right before ("die Zeitung", "so genannte")
    titleish: bool  # capitalised words like a title
    after_cue: re.Match[str] | None  # a cue right after the closing mark
    colon: bool  # a colon right before the opening mark
    cue_m: tuple[int, int] | None  # the strong speech verb of the sentence (the last before, else the first after)
    weak_cue: tuple[int, int] | None  # cue_m, else any speech verb
    partial_cue: tuple[int, int] | None  # a fragment's cue
    konj_near: bool  # a Konjunktiv form in the sentence outside the quote
    judged: bool  # a judging verb in the sentence
    prev_at: int
    prev_word: str  # the word right before the opening mark


def _mark(text: str, tx: Sentences, konj_positions: list[int], start: int, end: int) -> _Mark:
    s_start = tx.sentence_start(start)
    s_end = tx.sentence_end(max(end - 1, start))
    if s_end < end:
        s_end = tx.sentence_end(end)
    inner = text[start + 1:end - 1]
    before = text[s_start:start]
    # the cue: the last speech verb before the quote in its sentence, else the first one after it
    strong = STRONG_SPEECH_SCAN.spans(text, s_start, start)
    cue_m = strong[-1] if strong else STRONG_SPEECH_SCAN.search(text, end, s_end)
    weak_cue = cue_m
    if weak_cue is None:
        weak = SPEECH_SCAN.spans(text, s_start, start)
        weak_cue = weak[-1] if weak else SPEECH_SCAN.search(text, end, s_end)
    judge_before = JUDGE_SCAN.spans(text, s_start, start)
    # a fragment's cue: a speech verb before it, else a judging verb before it ("nannte die Sanktionen eine
    # Unterstützung gegen das „faschistische Regime“ … und rief …"), else the speech verb found anywhere
    partial_cue = strong[-1] if strong else judge_before[-1] if judge_before else weak_cue
    prev_at, prev_word = _word_before(text, s_start, start)
    return _Mark(
        text, start, end, inner, s_start, s_end, before, text[end:s_end], len(inner.split()),
        full=_is_full_sentence(inner),
        lower_start=inner.lstrip()[:1].islower() or inner.lstrip()[:1] in "(.[",
        title_ctx=bool(_TITLE_CONTEXT_RE.search(before[-60:])),
        titleish=_looks_like_title(inner),
        after_cue=_AFTER_CUE_RE.match(text[end:s_end]),
        colon=bool(_COLON_BEFORE_RE.search(before)),
        cue_m=cue_m, weak_cue=weak_cue, partial_cue=partial_cue,
        konj_near=konj_between(konj_positions, s_start, s_end, exclude=(start, end)),
        judged=bool(judge_before or JUDGE_SCAN.search(text, end, s_end)),
        prev_at=prev_at, prev_word=prev_word,
    )


# A direct rule's verdict: (rule, cue) for a quote, _SKIP for a quotation that is no quote, None to pass on.
_SKIP = ("", None)
_Verdict = tuple[str, tuple[int, int] | None]


def _name_after_article(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """"die „Kampagne für ein Freies Tibet“", "Teile des „Gesetzes über …“": a name, not speech."""
    return _SKIP if m.prev_word in _DEFINITE and _looks_like_name(m.inner) else None


def _translation(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """A quoted translation of a name just given: Operation „Cast Lead“ („gegossenes Blei“)."""
    return _SKIP if _TRANSLATION_BEFORE_RE.search(m.before[-40:]) else None


def _cue_after(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """„…“, sagte X / „…“, so X (not a short title: „Bild“ berichtet)."""
    if not m.after_cue:
        return None
    if m.titleish and m.words <= 3 and not m.full and not m.after.lstrip().startswith(","):
        return _SKIP
    return "direct_cue_after", (m.end + m.after_cue.start(1), m.end + m.after_cue.end(1))


def _colon_cue(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """X sagte: „…“ - the verb is the cue."""
    if m.colon and m.full and not m.titleish and (m.cue_m is not None or m.weak_cue is not None):
        return "direct_colon_cue", m.cue_m or m.weak_cue
    if m.colon and m.cue_m is not None and not (m.title_ctx and m.titleish):
        return "direct_colon_cue", m.cue_m
    return None


def _colon(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """A bare "X: „…“" frame: the colon is the cue."""
    if not m.colon or m.title_ctx or m.titleish:
        return None
    colon_at = m.s_start + m.before.rstrip().rfind(":")
    return "direct_colon", (colon_at, colon_at + 1)


def _sentence_cue(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """A sentence-like quote with a speech verb elsewhere in its sentence."""
    return ("direct_sentence_cue", m.cue_m) if m.full and m.cue_m is not None and not m.title_ctx else None


def _full_nocue(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """A sentence-like quote of its own (not a title, not a dash-joined heading)."""
    if m.full and not m.title_ctx and not m.titleish and m.words >= 4 and not (
            " – " in m.inner and m.inner.rstrip()[-1:] not in ".!?…"):
        return "direct_full_nocue", m.weak_cue
    return None


def _slogan(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """Slogans are quoted words of their bearers: mit der Parole „…“."""
    return ("direct_slogan", m.weak_cue) if _SLOGAN_BEFORE_RE.search(m.before[-60:]) else None


def _coordinated(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """„…“ und „…“: a second quotation joined to an accepted one is of the same kind."""
    if quotes and _COORDINATED_RE.fullmatch(m.text, quotes[-1].end, m.start):
        return quotes[-1].rule, quotes[-1].cue
    return None


def _name_or_title(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """„…“ right after a capitalised noun is a name in apposition (die Nachrichtenagentur „AP“, Tour „X“);
    a title announced before it; a domain name."""
    apposition = bool(m.prev_word[:1].isupper() and m.prev_at > m.s_start and m.prev_word not in DETERMINERS
                      and not m.full and not m.lower_start)
    return _SKIP if apposition or m.title_ctx or _DOMAIN_RE.search(m.inner) else None


def _named_source(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """A source named in quotation marks: laut „tagesschau.de“, von „Ärzte ohne Grenzen“, wie „heise
    online“ berichtet."""
    if m.prev_word in ("laut", "Laut", "Wie", "wie", "von", "vom") and not m.full and (
            not m.lower_start or (m.prev_word in ("Wie", "wie") and _REPORTS_AFTER_RE.match(m.after))):
        return _SKIP
    return None


def _partial_context(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """A fragment in a sentence with a speech or judging verb or Konjunktiv: "nannte dies einen
    „Militärputsch“", "als „Kapitulation“ bezeichnet"."""
    if m.lower_start and (m.cue_m is not None or m.konj_near or m.judged):
        return "direct_partial_context", m.partial_cue
    if m.judged and m.words <= 8 and (not m.titleish or (
            m.prev_word in ("als", "einen", "eine", "ein", "einer", "einem"))) \
            and not _MAN_RE.search(m.before + m.after):
        return "direct_partial_context", m.partial_cue
    return None


def _scare_quote(m: _Mark, quotes: list[Quote]) -> _Verdict | None:
    """Lower-case fragments without any speech context are mostly scare quotes (precision 0.33 on WikiNews
    train): not proposed."""
    return _SKIP


# The direct-quote ladder, in order: the first rule with a verdict decides.
DIRECT_RULES: tuple[Callable[[_Mark, list[Quote]], _Verdict | None], ...] = (
    _name_after_article, _translation, _cue_after, _colon_cue, _colon, _sentence_cue, _full_nocue, _slogan,
    _coordinated, _name_or_title, _named_source, _partial_context, _scare_quote,
)


def _verdict(m: _Mark, quotes: list[Quote]) -> _Verdict:
    for rule in DIRECT_RULES:
        found = rule(m, quotes)
        if found is not None:
            return found
    return _SKIP


def find_direct(text: str, tx: Sentences, konj_positions: list[int],
                pairs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """The direct quotes among the quotation-mark pairs (`pairs`: pair_marks(text), when the caller has them)."""
    quotes: list[Quote] = []
    for start, end in pair_marks(text) if pairs is None else pairs:
        if not text[start + 1:end - 1].strip():
            continue
        m = _mark(text, tx, konj_positions, start, end)
        rule, cue = _verdict(m, quotes)
        if rule:
            quotes.append(Quote(start, end, "direct", SCORES[rule], rule, cue, (m.s_start, m.s_end)))
    # „…“ und „…“, zitiert CNN: quotations joined to one with a cue right after it share that cue
    for k in range(len(quotes) - 2, -1, -1):
        first, second = quotes[k], quotes[k + 1]
        if (second.rule == "direct_cue_after" and first.rule in ("direct_full_nocue", "direct_partial_context")
                and _COORDINATED_RE.fullmatch(text, first.end, second.start)):
            first.cue, first.frame = second.cue, second.frame
    return quotes
