"""Indirect speech: reported clauses by their frames ("X sagte, …", "Laut X …", "…, so X"), Konjunktiv
sentences without a frame, "soll" hearsay and reported speech acts."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from curation.preannotate.pipeline import WordScan
from curation.preannotate.quotes.cues import REPORTED_SCAN, SPEECH_RE
from curation.preannotate.quotes.phrases import np_forward, word_tokens
from curation.preannotate.quotes.text import SCORES, Quote, Sentences, any_in, in_ranges, konj_between, strip_end

_FRAME_COMMA_RE = re.compile(r"[^,:„\"]{0,80}?[,:]\s*")

_COMMA_SPEECH_RE = re.compile(r",\s*(?=" + SPEECH_RE.pattern + r"|so\s)")

_SOLL_RE = re.compile(r"\b(?:soll|sollen)\b")

# Frames that introduce a reported clause without a speech verb of their own.
_LAUT_RE = re.compile(
    r"^(?:(?:Nach|nach)\s+(?:Angaben|Informationen|Aussagen?|Darstellung|Einschätzung|Ansicht|Meinung|Auffassung"
    r"|Berichten|Erkenntnissen|Schätzungen|Worten)\b|Laut\b|Wie\b|Demnach\b|Dem\s+Vernehmen\s+nach\b"
    r"|(?:Seiner|Ihrer)\s+(?:Meinung|Ansicht|Auffassung|Einschätzung)\s+nach\b)"
)

_ZUFOLGE_RE = re.compile(r"\bzufolge\b")

_MID_LAUT_SCAN = WordScan(
    r"(?:laut|nach\s+(?:Angaben|Informationen|Aussagen?|Darstellung|Einschätzung|Ansicht|Meinung|Auffassung"
    r"|Berichten|Erkenntnissen|Schätzungen|Worten|Polizeiangaben)|(?:ihrer|seiner)\s+(?:Meinung|Ansicht|Auffassung)"
    r"\s+nach)\b"
)

_DASS_GENERIC_RE = re.compile(r",(?<!so,)\s+((?:dass|daß)\s)")  # starts with its comma: found quickly

# {0,60}+ is possessive: the comma after it is none of the characters it takes, so giving them back cannot help.
_INFINITIVE_SCAN = WordScan(
    r"(?:forder\w*|aufgefordert|auf|bat|bitte\w*|gebeten|appellier\w*|verlang\w*|beschlo\w*|angekündigt|"
    r"kündigt\w*|vorgeworfen|warf|empfahl|empfiehlt|riet|rät|drohte|droht|versprach|verspricht|zugesagt|"
    r"sagte\s+zu|angeboten|bot|vorgeschlagen|schlug|erwäg\w*|plan\w*|beabsichtig\w*|erklärt\w*\s+sich\s+bereit|bereit)"
    r"[^.,;:]{0,60}+,\s+(?P<clause>[^.;:]{5,200}?\b(?:zu\s+\w+|\w+zu\w+en))(?=[.;]|\s*$)"
)


def find_indirect(text: str, tx: Sentences, konj: list[int], direct: list[Quote],
                  speech_verbs: list[tuple[int, int]]) -> list[Quote]:
    """`speech_verbs`: the (start, end) of the text's speech verbs (see cues.cue_words)."""
    out: list[Quote] = []
    direct_ranges = sorted((q.start, q.end) for q in direct)
    full_direct = [(q.start, q.end) for q in direct if q.rule != "direct_partial_context"]
    full_direct_ends = [qe for _, qe in full_direct]  # direct quotes do not overlap: ends are sorted too
    prev_reported_end = -10**9  # end of the last reported clause (for continuations)
    # speech verbs of the whole text at once, looked up per sentence (one scan instead of one per sentence)
    speech = [(a, b, text[a:b]) for a, b in speech_verbs]
    speech_starts = [m[0] for m in speech]
    for s, e in tx.sentences():
        # a sentence that is itself (mostly) a direct quote is not indirect speech
        covered = 0
        k = bisect.bisect_right(full_direct_ends, s)
        while k < len(full_direct) and full_direct[k][0] < e:
            covered += min(e, full_direct[k][1]) - max(s, full_direct[k][0])
            k += 1
        if covered > 0.5 * (e - s):
            if covered > 0.8 * (e - s):
                prev_reported_end = e
            continue
        sent = text[s:e]
        has_konj = konj_between(konj, s, e, None) and not all(
            in_ranges(direct_ranges, k) for k in konj[bisect.bisect_left(konj, s):bisect.bisect_left(konj, e)]
        )
        verbs = speech[bisect.bisect_left(speech_starts, s):bisect.bisect_left(speech_starts, e)]
        q = _frame_clause(text, s, e, sent, has_konj, konj, verbs)
        if q is not None:
            out.append(q)
            prev_reported_end = e
            continue
        if has_konj:
            continuation = (s - prev_reported_end) <= 3
            rule = "indirect_continuation" if continuation else "indirect_konj_nocue"
            if out and continuation and out[-1].rule in ("indirect_continuation", "indirect_konj_nocue") \
                    and out[-1].end >= prev_reported_end - 1:
                out[-1].end = e  # several reported sentences form one quote
            else:
                out.append(Quote(s, e, "indirect", SCORES[rule], rule, None, None))
            prev_reported_end = e
            continue
        if "soll" in sent and _SOLL_RE.search(sent) and not sent.startswith("„"):
            out.append(Quote(s, e, "free_indirect", SCORES["free_indirect_soll"], "free_indirect_soll", None, None))
            continue
        if any_in(direct_ranges, s, e) or sent.startswith(("„", "\"", "»")):
            continue  # the cheap checks first: the speech-act scan is the costly one
        rm = REPORTED_SCAN.search(text, s, e)
        if rm:
            out.append(Quote(s, e, "reported", SCORES["reported_speech_act"], "reported_speech_act", rm, (s, e)))
    return out


@dataclass(slots=True)
class _Sentence:
    """A sentence looked at by the frame rules: text[s:e] (`sent`), `end` without its final punctuation."""

    text: str
    s: int
    e: int
    sent: str
    end: int
    has_konj: bool
    konj: list[int]  # Konjunktiv positions of the whole text
    verbs: list[tuple[int, int, str]]  # the SPEECH_RE matches (start, end, word) in the sentence, text offsets


def _indirect(rule: str, start: int, end: int, cue: tuple[int, int] | None, frame: tuple[int, int]) -> Quote:
    return Quote(start, end, "indirect", SCORES[rule], rule, cue, frame)


def _laut_rule(sn: _Sentence) -> str:
    return "indirect_laut" if sn.has_konj else "indirect_laut_indicative"


_NOT_FRAME_VERBS = ("gab", "gibt", "zeigt", "zeigte", "ließ", "stellt", "stellte", "hob", "wies", "warf")


def _frame_before(sn: _Sentence) -> Quote | None:
    """"X sagte, dass ..." / "X erklärte, ...": frame before, clause after the comma."""
    text, konj, end = sn.text, sn.konj, sn.end
    for v0, v1, word in sn.verbs:
        if word in _NOT_FRAME_VERBS:
            continue
        comma = _FRAME_COMMA_RE.match(text, v1, sn.e)
        if comma is None:
            continue
        c_start = comma.end()
        if c_start >= end:
            continue
        is_dass = bool(re.match(r"(?:dass|daß|ob)\b", text[c_start:end]))
        if is_dass or konj_between(konj, c_start, end):
            # frame must not itself be reported clause material ("Er sei, sagte X, ...")
            if konj_between(konj, sn.s, v0):
                return None
            rule = "indirect_dass" if is_dass and not konj_between(konj, c_start, end) else "indirect_frame_before"
            return _indirect(rule, c_start, end, (v0, v1), (sn.s, c_start))
        return None
    return None


def _frame_after(sn: _Sentence) -> Quote | None:
    """"…, sagte X." / "…, so X.": clause before, frame after."""
    s, sent = sn.s, sn.sent
    for m in _COMMA_SPEECH_RE.finditer(sent):
        c_end = s + m.start()
        if c_end - s < 15:
            continue
        if not konj_between(sn.konj, s, c_end):
            continue
        verb = SPEECH_RE.match(sent, m.end()) or re.match(r"so\b", sent[m.end():])
        v0 = s + m.end()
        v1 = v0 + (verb.end() - verb.start() if verb else 2)
        return _indirect("indirect_frame_after", s, c_end, (v0, v1), (c_end, sn.e))
    return None


def _after_source(sn: _Sentence, lo: int) -> list[tuple[str, int, int]] | None:
    """The tokens after a source noun phrase that starts at `lo` (a comma after it skipped), None when there
    is no such phrase."""
    toks = word_tokens(sn.text, lo, sn.end)
    np_ = np_forward(toks, dative=True)
    if not isinstance(np_, tuple):
        return None
    rest = [t for t in toks if t[1] >= np_[1]]
    if rest and rest[0][0] == ",":
        rest = rest[1:]
    return rest


def _laut_start(sn: _Sentence) -> Quote | None:
    """"Laut X sei ..." / "Nach Angaben von X habe ..." / "Wie X mitteilte, ..." / "Demnach ..."."""
    s, sent, text = sn.s, sn.sent, sn.text
    lm = _LAUT_RE.match(sent)
    if not lm:
        return None
    cue = (s + lm.start(), s + lm.end())
    if lm.group().startswith("Wie"):
        comma = sent.find(",", lm.end())
        if 0 < comma < len(sent) - 10 and SPEECH_RE.search(sent, lm.end(), comma):
            c_start = s + comma + 1
            while text[c_start] == " ":
                c_start += 1
            return _indirect("indirect_laut", c_start, sn.end, cue, (s, c_start))
    elif lm.group() not in ("Demnach",):
        rest = _after_source(sn, s + lm.end())
        if rest is not None and len(rest) >= 2:
            return _indirect(_laut_rule(sn), rest[0][1], sn.end, cue, (s, rest[0][1]))
    else:
        toks = word_tokens(text, s + lm.end(), sn.end)
        if len(toks) >= 3:
            return _indirect(_laut_rule(sn), toks[0][1], sn.end, cue, (s, toks[0][1]))
    return None


def _zufolge(sn: _Sentence) -> Quote | None:
    """"X zufolge sei ...": the clause after the source, else the clause before its comma."""
    zm = _ZUFOLGE_RE.search(sn.sent) if "zufolge" in sn.sent else None
    if not zm:
        return None
    s, text = sn.s, sn.text
    cue = (s + zm.start(), s + zm.end())
    toks = word_tokens(text, s + zm.end(), sn.end)
    if toks and toks[0][0] == ",":
        toks = toks[1:]
    if len(toks) >= 3:
        return _indirect(_laut_rule(sn), toks[0][1], sn.end, cue, (s, toks[0][1]))
    c_end = strip_end(text, s, s + zm.start())
    comma = text.rfind(",", s, c_end)
    if comma > s + 10:
        return _indirect(_laut_rule(sn), s, comma, cue, (comma, sn.e))
    return None


def _laut_mid(sn: _Sentence) -> Quote | None:
    """"… laut X …" / "… nach Angaben von X …" inside the sentence: the reported content runs on both sides of
    the source, so the quote is the whole sentence."""
    mm = _MID_LAUT_SCAN.first(sn.sent) if ("laut" in sn.sent or "nach" in sn.sent) else None
    if not mm or mm.start("word") == 0:
        return None
    s = sn.s
    rest = _after_source(sn, s + mm.end("word"))
    if rest is None or len(rest) < 2:
        return None
    return _indirect("indirect_laut_mid", s, sn.end, (s + mm.start("word"), s + mm.end("word")), (s, rest[0][1]))


def _dass_generic(sn: _Sentence) -> Quote | None:
    """A dass-clause after any verb or noun."""
    dm = _DASS_GENERIC_RE.search(sn.sent) if ("dass" in sn.sent or "daß" in sn.sent) else None
    if not dm:
        return None
    c_start = sn.s + dm.start(1)
    if sn.end - c_start <= 15:
        return None
    return _indirect("indirect_dass_generic", c_start, sn.end, None, (sn.s, c_start))


def _infinitive(sn: _Sentence) -> Quote | None:
    """An infinitive clause after a verb of asking, deciding or promising ("X forderte Y auf, … zu tun")."""
    im = _INFINITIVE_SCAN.first(sn.sent) if "zu" in sn.sent and "," in sn.sent else None  # both are in a match
    if not im:
        return None
    s = sn.s
    c_start = s + im.start("clause")
    return _indirect("indirect_infinitive", c_start, s + im.end("clause"),
                     (s + im.start("word"), s + im.start("word") + 3), (s, c_start))


# The frames of a reported clause, in order: the first that finds one wins.
FRAME_RULES: tuple[Callable[[_Sentence], Quote | None], ...] = (
    _frame_before, _frame_after, _laut_start, _zufolge, _laut_mid, _dass_generic, _infinitive,
)


def _frame_clause(text: str, s: int, e: int, sent: str, has_konj: bool, konj: list[int],
                  verbs: list[tuple[int, int, str]]) -> Quote | None:
    """A sentence with a speech frame: the reported clause (frame excluded), else None. `verbs`: the
    SPEECH_RE matches (start, end, word) in the sentence, text offsets."""
    sn = _Sentence(text, s, e, sent, strip_end(text, s, e), has_konj, konj, verbs)
    for rule in FRAME_RULES:
        found = rule(sn)
        if found is not None:
            return found
    return None
