"""Speaker resolution: the ACTOR who says a quote, chosen by an ordered list of named strategies (see
SPEAKER_STRATEGIES); the first strategy that decides wins."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from curation.preannotate.pipeline import WordScan, doc_text
from curation.preannotate.quotes.cues import (JUDGE_SCAN, NOT_NAME, REPORTED_SCAN, SPEECH_RE,
                                              STANCE_SCAN, doc_cue_words, first_speech_verb)
from curation.preannotate.quotes.phrases import (DETERMINERS, inverted_subject, lemma, np_actor, np_backward,
                                                 np_forward, sentence_subject, subject_region, word_tokens)
from curation.preannotate.quotes.text import Quote, Sentences
from curation.preannotate.spans import span_attrs

# "Das berichtet", "Dies teilte … mit" right after a reported sentence: the source follows the verb
_FOLLOWING_SOURCE_RE = re.compile(r"[.!?“”\"]*\s*(?:Das|Dies)\s+" + SPEECH_RE.pattern + r"\s*")

_COPULAS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})

_PASSIVE_AUX = frozenset({"wurde", "wurden", "wird", "werden", "worden"})

_AFTER_VERB_RE = re.compile(r"\s*,\s*[a-zäöüß]{3,}\s+(?:der\s+|die\s+)?")

# source phrases inside a sentence (see Speakers._find_source_phrase)
_SOURCE_SCAN = WordScan(
    r"[Ww]ie\s+(?:sich\s+)?|[Ll]aut\s+|[Nn]ach\s+(?:(?:den|dem|einem)\s+)?(?:Angaben|Ansicht|Meinung|Auffassung"
    r"|Einschätzung|Worten|Darstellung|Aussagen?|Informationen|Bericht|Berichten)\s+(?:von\s+|vom\s+)?|Für\s+"
    r"|zufolge\b|so\s+", first="WwLlNnFzs")
_BEFORE_SO_RE = re.compile(r"[,–]\s*$")

_WIE_VERB_RE = re.compile(r"\b(?:ausdrückte|ausdrückt|formulierte|formuliert|zitiert|betonte|schrieb|sagte|erklärte"
                          r"|mitteilte|berichtete|meinte|befand|urteilte|feststellt|feststellte|darlegte|ausführte"
                          r"|angab|bekanntgab|verlautbarte|schilderte|darstellte|informierte)\b")


def _persons(actors: list[Span]) -> list[Span]:
    return [a for a in actors if (span_attrs(a) or {}).get("actor_type") == "PERSON"]


def _genitive_attribute(text: str, lo: int, start: int) -> bool:
    """Whether the actor at `start` is a genitive attribute of a noun in text[lo:start] ("die Anwendung der
    Richtlinienkompetenz des Bundeskanzlers", "den Unmut der CDU")."""
    words = text[lo:start].split()
    return len(words) >= 2 and words[-1] in ("des", "der") and any(w[:1].isupper() for w in words[:-1])


def _actor_identity(actor: Span) -> str:
    """Who an ACTOR mention names: its canonical name, else its text (case-folded)."""
    return (span_attrs(actor) or {}).get("canonical") or actor.text.casefold()


def _genitive_mention(actor: Span) -> bool:
    """A genitive short mention ("Gysis" for Gregor Gysi): it names the actor as an owner, not as a speaker."""
    canonical = (span_attrs(actor) or {}).get("canonical") or ""
    return actor.text.endswith(("s", "’s", "'s")) and actor.text not in canonical.split()


def _nearest(cands: list[Span], pos: int) -> Span | None:
    if not cands:
        return None
    return min(cands, key=lambda a: min(abs(a.start_char - pos), abs(a.end_char - pos)))


def _frame_actors(actors: list[Span], starts: list[int], lo: int, hi: int, quote: Quote) -> list[Span]:
    """Actors starting in [lo, hi) (a name may run past a phrase cut at "Jürgen R." ), outside the quote unless
    the quote is its own frame (a reported speech act)."""
    i = bisect.bisect_left(starts, lo)
    out = []
    while i < len(actors) and actors[i].start_char < hi:
        a = actors[i]
        if a.end_char <= quote.start or a.start_char >= quote.end or (
                quote.cue is not None and quote.start <= quote.cue[0] < quote.end):
            out.append(a)
        i += 1
    return out


_Decision = tuple[Span | None, str]  # (speaker, path)
_Container = tuple[Quote, Span] | None  # the reported clause a quote stands in, with its speaker


def _passive(toks: list[tuple[str, int, int]]) -> bool:
    """A passive clause: a form of "werden" among the first words and a participle at the end ("wurde … erklärt",
    "werden … geschlossen")."""
    words = [t[0] for t in toks if t[0] not in {".", "!", "?", ","}]
    return len(words) > 2 and any(w in _PASSIVE_AUX for w in words[1:6]) and words[-1].islower() and (
        words[-1].endswith("t") or words[-1].startswith("ge") and words[-1].endswith("en"))


class Speakers:
    def __init__(self, doc: Doc, tx: Sentences) -> None:
        self.doc = doc
        self.tx = tx
        self.text = doc_text(doc)
        existing = list(doc.spans["ACTOR"]) if "ACTOR" in doc.spans else []
        self.actors = sorted(existing, key=lambda a: (a.start_char, a.end_char))
        self.starts = [a.start_char for a in self.actors]
        # (start, end) of the text's verbs of saying (tuples again after a Doc round trip through bytes)
        self.speech_verbs = [(a, b) for a, b in doc_cue_words(doc).speech]
        self.added: list[Span] = []
        self.last: Span | None = None
        self.last_end = -10**9
        self.history: list[tuple[int, int, Span]] = []  # (quote start, quote end, speaker), in text order
        self.saying: dict[tuple[int, int], bool] = {}  # sentence -> has a verb of saying (cache)
        self.sentence_speakers: dict[tuple[int, int, bool], Span | None] = {}
        self.identities: dict[tuple[int, int], str] = {}  # actor offsets -> _actor_identity (cache)
        self.sentence_tokens: dict[tuple[int, int], list[tuple[str, int, int]]] = {}  # (cache)

    def _add_actor(self, span: Span) -> Span:
        for a in self.actors:
            if a.start_char == span.start_char and a.end_char == span.end_char:
                return a
        i = bisect.bisect_left(self.starts, span.start_char)
        self.actors.insert(i, span)
        self.starts.insert(i, span.start_char)
        self.added.append(span)
        return span

    def _pronoun_anchor(self, q: Quote) -> int:
        """Where to look back from for the antecedent of a pronoun in q's frame: the start of the frame
        sentence, so that an object named after the pronoun ("Sie sicherte Johnson … zu") is not taken."""
        return min(q.start, q.frame[0]) if q.frame is not None else q.start

    def _antecedent(self, before: int) -> Span | None:
        subject = self._previous_subject(before)
        if subject is not None:
            return subject
        if self.last is not None and before - self.last_end < 1500 \
                and (span_attrs(self.last) or {}).get("actor_type", "PERSON") == "PERSON":
            return self.last
        i = bisect.bisect_left(self.starts, before) - 1
        nearest_any = self.actors[i] if i >= 0 and before - self.actors[i].end_char < 600 else None
        while i >= 0 and before - self.actors[i].end_char < 3000:
            a = self.actors[i]
            if (span_attrs(a) or {}).get("actor_type") == "PERSON" and not _genitive_attribute(
                    self.text, max(0, a.start_char - 60), a.start_char):
                return a  # not "zu der Entscheidung des Bundespräsidenten": an owner is rarely "er"
            i -= 1
        return nearest_any

    def _previous_subject(self, before: int) -> Span | None:
        """The person named as the subject of the sentence before `before`: "er"/"sie" continues the subject
        ("Der iranische Vize-Außenminister betrachtet … . Er sagte, …"), not the last speaker."""
        pos = before
        while pos > 0 and self.text[pos - 1].isspace():
            pos -= 1
        if pos <= 0:
            return None
        s = self.tx.sentence_start(pos - 1)
        if self.text.startswith(("„", "\"", "»"), s):
            return None  # a quote's own words
        return self._subject_person(s, pos)

    def _subject_person(self, s: int, e: int) -> Span | None:
        """The person named as the subject of the sentence starting at s (words before e)."""
        region = sentence_subject(self._sentence_tokens(s, e))
        if not isinstance(region, tuple):
            return None
        persons = [a for a in _persons(_frame_actors(self.actors, self.starts, region[0], region[1],
                                                     Quote(e, e, "direct", 0.0, "")))
                   if not _genitive_mention(a) and not _genitive_attribute(self.text, region[0], a.start_char)]
        return persons[0] if persons else None  # not the owner in "Steinbrücks Büro", "der Sprecher des X"

    def _sentence_tokens(self, s: int, e: int) -> list[tuple[str, int, int]]:
        """The first words of sentence [s, e) without quotation marks (cached): the subject and the verb after
        it are among them."""
        toks = self.sentence_tokens.get((s, e))
        if toks is None:
            toks = [t for t in word_tokens(self.text, s, min(e, s + 300))
                    if t[0] not in {"„", "“", "”", '"', "»", "«"}]
            self.sentence_tokens[(s, e)] = toks
        return toks

    def resolve(self, q: Quote, container: tuple[Quote, Span] | None = None) -> tuple[Span | None, str]:
        """The speaker of q and the name of the strategy (path) that chose it (for error analysis): the first
        of SPEAKER_STRATEGIES that decides. `container`: the reported clause q stands in, with its speaker."""
        for strategy in _STRATEGIES:
            decision = strategy(self, q, container)
            if decision is not None:
                return decision
        return None, "none"

    # Each strategy returns (speaker, path) when it decides, the speaker possibly None ("er" without an
    # antecedent ends the search), or None to leave the quote to the next strategy.

    def _document_actor(self, q: Quote, container: _Container) -> _Decision | None:
        """"…“, heißt es in einer Erklärung des Ministeriums" / "In dem Brief des X heißt es:": the actor
        issuing the document named around the cue, else the speaker carried from the context."""
        if q.frame is None or q.cue is None or self.text[q.cue[0]:q.cue[1]] not in ("heißt", "hieß"):
            return None
        c0, c1 = q.cue
        lo, hi = q.frame
        if c0 >= q.end:
            sides = [(c1, hi)]
        else:  # "Aus Paris hieß es, …" / "In dem Brief heißt es:" / "…heißt es in der Meldung: „…“"
            stop = re.search(r"[,:]", self.text[c1:q.start])
            sides = [(c1, c1 + stop.start() if stop else q.start), (lo, c0)]
        inside: list[Span] = []
        for side in sides:
            inside = inside or [a for a in _frame_actors(self.actors, self.starts, side[0], side[1], q)
                                if not (q.start <= a.start_char < q.end)]
        if inside:
            return _nearest(inside, c0), "document_actor"
        return self._context_speaker(q)

    def _passive_cue(self, q: Quote, container: _Container) -> _Decision | None:
        """A participle of saying after a passive auxiliary: the agent after "von" is the speaker ("Die
        Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet")."""
        cue = self.text[q.cue[0]:q.cue[1]] if q.frame is not None and q.cue is not None else ""
        if not cue.endswith("t") or cue == "zitiert":  # "X wird von Reuters zitiert": X speaks
            return None
        lo = q.frame[0] if q.cue[0] >= q.start else max(q.frame[0], self.tx.sentence_start(q.cue[0]))
        if "von" not in self.text[lo:q.cue[0]]:  # in "von" and "vom": a cheap test first
            return None
        agent = self._passive_agent(word_tokens(self.text, lo, q.cue[0]), q)
        return (agent, "passive_agent") if agent is not None else None

    def _cue_subject(self, q: Quote, container: _Container) -> _Decision | None:
        """The subject next to the quote's cue (before the verb, after it in verb-second order, after a frame
        word); "er"/"sie" there is resolved to its antecedent."""
        if q.frame is None or q.cue is None:
            return None
        region = subject_region(self.text, q)
        if region == "PRON":
            return self._pronoun_subject(q)
        if isinstance(region, list):
            return self._pick_subject(region, q)
        if isinstance(region, tuple):
            return self._subject_in(region, q)
        return None

    def _pronoun_subject(self, q: Quote) -> _Decision:
        if q.cue[0] >= q.end and q.frame[0] < q.start:
            # „…“, sagte er: a person named before the quote in its own sentence ("Schaaf war zufrieden:")
            persons = _persons(_frame_actors(self.actors, self.starts, q.frame[0], q.start, q))
            if persons:
                return persons[-1], "pronoun_same_sentence"
        if q.cue[1] <= q.start:  # "Der Student schlief ein, … war er hochgeschreckt und hatte gefragt: „…“"
            own = self._subject_person(q.frame[0], q.cue[0])
            if own is not None:
                return own, "pronoun_same_sentence"
        return self._antecedent(self._pronoun_anchor(q)), "pronoun"

    def _subject_in(self, region: tuple[int, int], q: Quote) -> _Decision | None:
        """The actor named in the subject phrase, else an actor made from the phrase."""
        lo, hi = region
        inside = _frame_actors(self.actors, self.starts, lo, hi, q)
        if inside:
            persons = _persons(inside)
            if persons and all(_genitive_attribute(self.text, lo, a.start_char) for a in persons):
                after = self._person_after_verb(q)
                if after is not None:
                    return after, "subject_after_verb"
            return _nearest(persons or inside, q.cue[0]), "subject_actor"
        made = np_actor(self.doc, self.text, lo, hi)  # refuses sentence adverbs ("Zwar", "Relativierend")
        return (self._add_actor(made), "subject_np") if made is not None else None

    def _after_verb_actor(self, q: Quote, container: _Container) -> _Decision | None:
        """„…“, strich Romney heraus: a verb and an actor right after the closing mark."""
        if q.quote_type != "direct" or q.cue is not None:
            return None
        m = _AFTER_VERB_RE.match(self.text, q.end)
        if m:
            i = bisect.bisect_left(self.starts, m.end())
            if i < len(self.actors) and self.actors[i].start_char == m.end():
                return self.actors[i], "after_verb_actor"
        return None

    def _source_phrase(self, q: Quote, container: _Container) -> _Decision | None:
        """A source phrase in a direct quote's sentence: "wie sich X ausdrückte", "laut dem X"."""
        if q.quote_type != "direct" or q.frame is None:
            return None
        source = self._find_source_phrase(q)
        return (source, "source_phrase") if source is not None else None

    def _frame_subject(self, q: Quote, container: _Container) -> _Decision | None:
        """No subject next to a cue word: the subject of the frame sentence ("Ali bekannte sich …: „…“",
        "Freizeitforscher bezweifeln aber, dass …")."""
        if q.frame is None or not (q.quote_type == "direct" or q.cue is None):
            return None
        region = self._frame_subject_region(q)
        if region == "PRON":
            ante = self._antecedent(self._pronoun_anchor(q))
            return (ante, "subject_pronoun") if ante is not None else None
        if not isinstance(region, tuple):
            return None
        inside = _frame_actors(self.actors, self.starts, region[0], region[1], q)
        if inside:
            return (_persons(inside) or inside)[0], "sentence_subject"
        # a description starting with an article ("Die Firma", "der Verfasser") or a name of two capitalised
        # words ("Amnesty International"); a capitalised first word alone is too often an adverb ("Derzeit",
        # "Offenbar") to be proposed
        words = self.text[region[0]:region[1]].split()
        if container is None and (words[0] in DETERMINERS or (
                len(words) == 2 and all(w[:1].isupper() for w in words) and words[0] not in NOT_NAME
                and lemma(words[0])[:1].isupper())):  # not "Aus Mangel", "Jeder Pädagoge"
            made = np_actor(self.doc, self.text, region[0], region[1])
            if made is not None:
                return self._add_actor(made), "sentence_subject_np"
        return None

    def _frame_subject_region(self, q: Quote) -> tuple[int, int] | str | None:
        """The subject phrase of q's frame sentence (the part before the quote, else after it); in verb-second
        order with the object first, the phrase after the verb when that one names an actor."""
        lo = q.frame[0]
        hi = q.start if q.start - lo > 3 else q.frame[1]
        start_at = lo if q.start - lo > 3 else q.end
        stoks = word_tokens(self.text, start_at, hi)
        region = sentence_subject(stoks)
        if isinstance(region, tuple) and not _persons(
                _frame_actors(self.actors, self.starts, region[0], region[1], q)):
            inverted = inverted_subject([t for t in stoks if t[0] not in {"„", "“", "”", '"', "»", "«"}], region)
            if inverted == "PRON" or (isinstance(inverted, tuple) and _frame_actors(
                    self.actors, self.starts, inverted[0], inverted[1], q)):
                region = inverted
        return region

    def _container(self, q: Quote, container: _Container) -> _Decision | None:
        """A direct fragment inside a reported clause: that clause's speaker."""
        if container is not None and q.quote_type == "direct":
            return container[1], "container"
        return None

    def _frame_nearest(self, q: Quote, container: _Container) -> _Decision | None:
        """The person (else actor) in the frame nearest the cue: not the object next to the quote
        ("Rumsfeld attackierte den Iran als „…“")."""
        if q.frame is None:
            return None
        lo, hi = q.frame
        pos = q.cue[0] if q.cue is not None else q.start
        cands = _frame_actors(self.actors, self.starts, lo, hi, q)
        if not cands:
            return None
        return _nearest(_persons(cands) or cands, pos), "frame_nearest"

    def _own_source(self, q: Quote, container: _Container) -> _Decision | None:
        if q.frame is not None or q.quote_type == "direct":
            return None
        found = self._find_own_source(q)
        return (found, "own_source") if found is not None else None

    def _following_source(self, q: Quote, container: _Container) -> _Decision | None:
        """A quote without a speaker in its frame whose source one of the next two sentences names: "… . Das
        berichtet die Financial Times Deutschland", "… . Die Refinanzierung erfolgt über die Maut. Das gab Minister
        Stolpe in Berlin bekannt"."""
        m = _FOLLOWING_SOURCE_RE.match(self.text, q.end)
        if m is None:  # over a sentence between without a verb of saying (not "Weiter sagte Larson: „…“")
            after = self.tx.sentence_end(q.end)
            after = self.tx.sentence_end(after + 1) if after == q.end else after
            if first_speech_verb(self.text, self.speech_verbs, q.end, after) is None:
                m = _FOLLOWING_SOURCE_RE.match(self.text, after)
        if m is None or m.start() - q.end > 300:
            return None
        e = self.tx.sentence_end(m.end())
        region = np_forward(word_tokens(self.text, m.end(), min(e, m.end() + 160)))
        if not isinstance(region, tuple):
            return None
        named = _frame_actors(self.actors, self.starts, region[0], region[1], q)
        return ((_persons(named) or named)[0], "following_source") if named else None

    def _context(self, q: Quote, container: _Container) -> _Decision | None:
        """No speaker in the frame: the speech continues the nearest earlier speaker - the speaker of an earlier
        quote or the subject of an earlier sentence with a verb of saying ("X verurteilte … . „…“")."""
        return self._context_speaker(q)

    def _nearest_before(self, q: Quote, container: _Container) -> _Decision | None:
        """Last resort for a direct quote: the nearest person (else any actor) mentioned shortly before it."""
        if q.quote_type != "direct":
            return None
        i = bisect.bisect_left(self.starts, q.start) - 1
        near = [a for a in self.actors[max(0, i - 5):i + 1] if 0 <= q.start - a.end_char < 400]
        persons = _persons(near)
        if persons or near:
            return (persons or near)[-1], "nearest_before"
        return None

    def _person_after_verb(self, q: Quote) -> Span | None:
        """A person named in a phrase opened by "der" right after the cue verb: the subject when the phrase
        before the verb is the object ("Die Anwendung der Richtlinie des Kanzlers stellte der SPD-Vorsitzende
        Franz Müntefering in Frage")."""
        if q.cue is None or not self.text.startswith(" der ", q.cue[1]):
            return None
        c1 = q.cue[1]
        region = np_forward(word_tokens(self.text, c1, min(len(self.text), c1 + 160)))
        if not isinstance(region, tuple):
            return None
        persons = _persons(_frame_actors(self.actors, self.starts, region[0], region[1], q))
        return persons[0] if persons else None

    def _pick_subject(self, regions: list[tuple[int, int]], q: Quote) -> tuple[Span, str] | None:
        """Of candidate subject phrases (first = preferred): the first naming a person, else the first naming
        any actor, else a description made an actor."""
        found = [_frame_actors(self.actors, self.starts, lo, hi, q) for lo, hi in regions]
        for inside in found:
            persons = _persons(inside)
            if persons:
                return persons[0], "subject_actor"
        if found[0]:
            return found[0][0], "subject_actor"
        # the clause-initial phrase, when it is a name of two capitalised words the actor rules missed
        lo, hi = regions[0]
        words = self.text[lo:hi].split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words[:2]) and words[0] not in DETERMINERS:
            made = np_actor(self.doc, self.text, lo, hi)
            if made is not None:
                return self._add_actor(made), "subject_np"
        for inside in found:
            if inside:
                return inside[0], "subject_actor"
        for lo, hi in regions:
            # a capitalised first word without article is often an adverb or adjective ("Passend zu …")
            if self.text[lo:hi].split()[0] not in DETERMINERS and not self._noun_elsewhere(lo, hi):
                continue
            made = np_actor(self.doc, self.text, lo, hi)
            if made is not None:
                return self._add_actor(made), "subject_np"
        return None

    def _noun_elsewhere(self, lo: int, hi: int) -> bool:
        """The phrase's first word also occurs capitalised inside a sentence elsewhere: a noun or name, not a
        sentence-initial adverb."""
        words = self.text[lo:hi].split()
        if len(words) > 1 and words[1][:1].isupper():
            return True  # "Jens Wieseke": a name of two capitalised words
        word = words[0]
        for m in re.finditer(r"(?<=[\w,] )" + re.escape(word) + r"\b", self.text):
            if m.start() != lo:
                return True
        return False

    def _find_own_source(self, q: Quote) -> Span | None:
        """The source a reported sentence without a frame names itself: "Anschließend sei laut el-Baradei …",
        "Bezüglich des Startortes meldet die Nachrichtenagentur Xinhua, …" (an existing actor only)."""
        # the sentence as its own frame, with a cue inside the quote: _frame_actors then admits its actors
        own = Quote(q.start, q.end, q.quote_type, q.score, q.rule, (q.start, q.start), (q.start, q.end))
        found = self._find_source_phrase(own, inside=True)
        if found is not None:
            return found
        i = bisect.bisect_left(self.speech_verbs, (q.start, q.start))
        verbs = [v for v in self.speech_verbs[i:i + 3] if v[1] <= q.end]
        judging = JUDGE_SCAN.search(self.text, q.start, q.end)
        for verb in sorted(verbs + [judging] if judging else verbs)[:3]:
            found = self._verb_subject(q, verb)
            if found is not None:
                return found
        return None

    def _verb_subject(self, q: Quote, verb: tuple[int, int]) -> Span | None:
        """The actor in the subject of a speech verb inside a reported sentence without a frame, looked for in
        the verb's own sentence (a quote may run over several)."""
        lo = max(q.start, self.tx.sentence_start(verb[0]))
        hi = min(q.end, self.tx.sentence_end(verb[0]))
        own = Quote(lo, hi, q.quote_type, q.score, q.rule, verb, (lo, hi))
        region = subject_region(self.text, own)
        regions = region if isinstance(region, list) else [region] if isinstance(region, tuple) else []
        named = [_frame_actors(self.actors, self.starts, r[0], r[1], own) for r in regions]
        for inside in named:
            if _persons(inside):
                return _nearest(_persons(inside), verb[0])
        return next((_nearest(inside, verb[0]) for inside in named if inside), None)

    def _find_source_phrase(self, q: Quote, inside: bool = False) -> Span | None:
        """An actor named as the source inside the quote's sentence: "wie sich X ausdrückte", "laut X",
        "nach Angaben von X", "X zufolge", "Für X sei …", "…, so X" (in the quote's own words only when
        `inside`)."""
        lo, hi = q.frame
        for m in _SOURCE_SCAN.finditer(self.text, lo, hi):
            start, end = m.span("word")
            if q.start <= start < q.end and not inside:
                continue
            region = self._source_region(m.group("word"), start, end, lo, hi)
            if not isinstance(region, tuple):
                continue
            named = _frame_actors(self.actors, self.starts, region[0], region[1], q)
            if named:
                return (_persons(named) or named)[-1]
        return None

    def _source_region(self, word: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int] | str | None:
        """The noun phrase a source word at text[start:end] introduces in the sentence [lo, hi), else None."""
        text = self.text
        if (word.startswith("Für") and start != lo) or (word.startswith("so") and not _BEFORE_SO_RE.search(
                text, max(lo, start - 3), start)):
            return None  # "Für X sei …" only at the start of the sentence; "so X" only after a comma or dash
        if word == "zufolge":
            return np_backward(word_tokens(text, max(lo, start - 120), start))
        if word.lower().startswith("wie"):
            # a "wie" clause of its own may hold an apposition: "Wie X, ein Sprecher der Y, mitteilte"
            own = word.startswith("Wie") or text[max(lo, start - 2):start].strip() == ","
            clause = re.match(r"[^.;:„“\"]{0,200}" if own else r"[^,.;:„“\"]*", text[end:hi]).group()
            if not (SPEECH_RE.search(clause) or _WIE_VERB_RE.search(clause)):
                return None
        toks = word_tokens(text, end, min(hi, end + 160))
        if toks and toks[0][0] in {"dem", "den"}:  # "laut dem Chefankläger", "Für den Theologen X"
            toks = toks[1:]
        return np_forward(toks)

    def nearest_mention(self, speaker: Span, q: Quote) -> Span:
        """The mention of the speaker's actor nearest before the quote (SCHEME.md: the nearest mention): a
        speaker carried over from an earlier sentence is linked where it was last named ("Steinbrück")."""
        if speaker.end_char > q.start or (q.frame is not None and speaker.start_char >= q.frame[0]):
            return speaker  # after the quote or in its own frame: nothing nearer to look for
        key = self._identity(speaker)
        i = bisect.bisect_left(self.starts, q.start) - 1
        while i >= 0 and self.starts[i] > speaker.start_char:
            a = self.actors[i]
            if self._identity(a) == key and a.end_char <= q.start and not _genitive_mention(a):
                return a
            i -= 1
        return speaker

    def _identity(self, actor: Span) -> str:
        where = (actor.start_char, actor.end_char)
        if where not in self.identities:
            self.identities[where] = _actor_identity(actor)
        return self.identities[where]

    def remember(self, q: Quote, speaker: Span) -> None:
        self.last = speaker
        self.last_end = q.end
        self.history.append((q.start, q.end, speaker))

    def _sentence_speaker(self, s: int, e: int, q: Quote, any_verb: bool = False) -> Span | None:
        """The subject of sentence [s, e) when it names an actor and (unless any_verb) the sentence has a verb
        of saying or judging (cached: quotes in a row walk back over the same sentences)."""
        key = (s, e, any_verb)
        if key not in self.sentence_speakers:
            self.sentence_speakers[key] = self._find_sentence_speaker(s, e, q, any_verb)
        return self.sentence_speakers[key]

    def _find_sentence_speaker(self, s: int, e: int, q: Quote, any_verb: bool) -> Span | None:
        saying = self.saying.get((s, e))
        if saying is None:
            saying = bool(first_speech_verb(self.text, self.speech_verbs, s, e) or JUDGE_SCAN.search(self.text, s, e)
                          or REPORTED_SCAN.search(self.text, s, e) or STANCE_SCAN.search(self.text, s, e))
            self.saying[(s, e)] = saying
        if not any_verb and not saying:
            return None
        source = self._find_source_phrase(Quote(s, s, "direct", 0.0, "", None, (s, e)))
        if source is not None:
            return source  # "Die Chemikalie stand unter Druck, wie Burt Rutan mitteilte", "…, so ein Sprecher"
        toks = self._sentence_tokens(s, e)
        if _passive(toks):  # the agent after "von", not the subject ("Der Bereich wurde zur Zone erklärt")
            return self._passive_agent(toks, q)
        agent = self._passive_agent(toks, q) if saying else None
        if agent is not None:
            return agent
        region = sentence_subject(toks)
        if isinstance(region, tuple):
            inside = _frame_actors(self.actors, self.starts, region[0], region[1], q)
            persons = _persons(inside)
            if not persons:
                inverted = inverted_subject(toks, region)
                if isinstance(inverted, tuple):
                    inv = _frame_actors(self.actors, self.starts, inverted[0], inverted[1], q)
                    if inv:
                        return inv[0]
                elif inverted == "PRON":
                    return self._antecedent(s)
            if inside:
                return (persons or inside)[0]
            if saying and self.text[region[0]:region[1]].split()[0] in DETERMINERS and not self._copula_next_to(region):
                made = np_actor(self.doc, self.text, region[0], region[1])
                if made is not None:
                    return self._add_actor(made)
        elif region == "PRON":
            return self._antecedent(s)
        return None

    def _passive_agent(self, toks: list[tuple[str, int, int]], q: Quote) -> Span | None:
        """The actor after "von"/"vom" in a passive sentence of saying: "Die Forderungen Berningers wurden von
        Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet"."""
        aux = next((k for k, t in enumerate(toks) if t[0] in _PASSIVE_AUX), None)
        if aux is None:
            return None
        by = next((k for k in range(aux + 1, min(len(toks), aux + 6)) if toks[k][0] in ("von", "vom")), None)
        if by is None:
            return None
        region = np_forward(toks[by:])
        if not isinstance(region, tuple):
            return None
        named = _frame_actors(self.actors, self.starts, region[0], region[1], q)
        return (_persons(named) or named or [None])[0]

    def _copula_next_to(self, region: tuple[int, int]) -> bool:
        """A form of "sein" right before or after a subject phrase: it names a state, no speaker ("Auf der
        Messe sind die Elektroautos Mangelware")."""
        before = self.text[max(0, region[0] - 8):region[0]].split()
        after = self.text[region[1]:region[1] + 8].split()
        return bool(before and before[-1] in _COPULAS or after and after[0] in _COPULAS)

    def _context_speaker(self, q: Quote) -> tuple[Span, str] | None:
        """Walk back sentence by sentence (this and the previous paragraph, at most 1500 characters): the
        speaker of an earlier quote, or the subject of a sentence with a verb of saying."""
        text = self.text
        anchor = q.frame[0] if q.frame is not None else q.start
        par = text.rfind("\n", 0, anchor)
        if par > 0:
            prev_par = text.rfind("\n", 0, par)
            while prev_par > 0 and not text[prev_par:par].strip():
                prev_par = text.rfind("\n", 0, prev_par)
            limit = max(prev_par, anchor - 1500, 0)
        else:
            limit = max(0, anchor - 1500)
        hist = self.history
        h = len(hist) - 1
        pos = anchor
        first = True  # the sentence right before: its subject is the speaker whatever its verb
        while pos > limit:
            s = self.tx.sentence_start(pos - 1)
            e = pos
            if not text[s:e].strip():
                pos = s
                continue
            while h >= 0 and hist[h][0] >= e:
                h -= 1
            if h >= 0 and hist[h][1] > s:
                return hist[h][2], "previous"
            found = self._sentence_speaker(s, e, q, any_verb=first)
            if found is not None:
                return found, "context_subject"
            first = False
            pos = s
        return None


# The speaker decision ladder, in order (see the package docstring); names as in SPEAKER_STRATEGIES.
_STRATEGIES: tuple[Callable[[Speakers, Quote, _Container], _Decision | None], ...] = (
    Speakers._document_actor,
    Speakers._passive_cue,
    Speakers._cue_subject,
    Speakers._after_verb_actor,
    Speakers._source_phrase,
    Speakers._frame_subject,
    Speakers._container,
    Speakers._frame_nearest,
    Speakers._own_source,
    Speakers._following_source,
    Speakers._context,
    Speakers._nearest_before,
)
SPEAKER_STRATEGIES: tuple[str, ...] = tuple(f.__name__.lstrip("_") for f in _STRATEGIES)
# Every path a decision can report (doc.user_data[SPEAKER_PATHS_KEY]); the speaker linker reads them.
SPEAKER_PATHS_KEY = "curate_speaker_paths"  # {"start-end": path} per QUOTE (character offsets)
SPEAKER_PATHS: tuple[str, ...] = (
    "document_actor", "subject_actor", "subject_np", "subject_after_verb", "pronoun", "pronoun_same_sentence",
    "after_verb_actor", "source_phrase", "sentence_subject", "sentence_subject_np", "subject_pronoun",
    "container", "frame_nearest", "own_source", "previous", "context_subject", "nearest_before", "none",
    "passive_agent", "following_source",
)
