"""QUOTE rules: direct quotes in quotation marks, reported (indirect) clauses, and their speakers.

Runs after `curate_actors` and `curate_figures`; reads doc.spans["ACTOR"] (may be missing or empty) and
writes doc.spans["QUOTE"] (attrs quote_type, score) plus (quote, actor) pairs in doc._.speakers. A speaker
the actor rules missed is added to doc.spans["ACTOR"] with a lower score.

Everything works on the character level with precompiled regular expressions over the text (sentences,
quotation-mark pairs, cue verbs, Konjunktiv forms); spaCy tokens are only used to align spans. The rule
that produced each quote and the way its speaker was chosen are kept for error analysis in
doc.user_data["curate_quote_rules"] and doc.user_data["curate_speaker_paths"] ({"start-end": name}).
Scores per rule are calibrated on the WikiNews train split (see SCORES).

Speaker, in this order (first that names an actor; `_Speakers.resolve`):
1. the subject next to the quote's cue: before the verb ("X sagte: „…“"), after it in verb-second order
   ("„…“, sagte X", "Die Entwicklung verglich Merkel …", "… lobte er"), after a frame word ("so X",
   "laut X", "X zufolge"); "er"/"sie" -> a person named before the quote in its own sentence ("Schaaf war
   zufrieden: „…“, sagte er"), else the last speaker or the nearest person before the frame sentence;
   "heißt es in einer Erklärung des X" -> X; a subject that is an abstract noun ("die Feststellung") is none;
2. a source phrase in the quote's sentence ("wie sich X ausdrückte", "laut dem X", "Für X sei …");
3. the subject of the quote's own sentence (also for a reported clause without a cue verb: "Die Forscher
   bezweifeln, dass …"); for a fragment inside a reported clause, that clause's speaker; a reported sentence
   without a frame: a source it names itself ("Anschließend sei laut X …", the subject of a speech verb in it);
4. context: walking back over this and the previous paragraph, the speaker of an earlier quote or the
   subject of an earlier sentence with a verb of saying (the sentence right before: whatever its verb).
A speaker found outside the quote's frame is linked at its actor's mention nearest before the quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from spacy.language import Language
from spacy.tokens import Doc, Span

from curation.preannotate.pipeline import BatchedComponent, WordScan, doc_text, make_aligned_span, trie_pattern
from curation.preannotate.spans import add_speaker

# --------------------------------------------------------------------------- lexicon

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
# per opener, the characters _pair_marks looks at inside a quote: single marks (nesting), its closers, the
# opener itself (a new quote) and, for marks that do not span paragraphs, the line break
_MARK_STOPS = {
    opener: re.compile("[" + re.escape("‚‘’" + closers + (opener if opener in "„»«" else "")
                                       + ("\n" if opener in "‚\"“" else "")) + "]")
    for opener, closers in _PAIRS.items()
}

# Speech / communication verbs, as inflected forms (present, past, participle). Particle verbs are matched by
# their finite part ("teilte ... mit", "fügte ... hinzu", "wies ... hin").
_SPEECH_FORMS = r"""
sag(?:e|t|te|ten|en|st)? gesagt
erklär(?:e|t|te|ten|en) erklärt
betont(?:e|en)? beton(?:e|en)
meint(?:e|en)? mein(?:e|en)
bericht(?:e|et|ete|eten|en) berichtet
teilt(?:e|en)? mitgeteilt mitteilen
äußert(?:e|en)? geäußert äußern
schreib(?:t|en|e)? schrieb(?:en)? geschrieben
kritisiert(?:e|en)? kritisieren
ergänzt(?:e|en)? ergänzen
fügt(?:e|en)? hinzugefügt
warnt(?:e|en)? gewarnt warnen
forder(?:t|te|ten|n) gefordert
bekräftigt(?:e|en)? bekräftigen
versichert(?:e|en)? versichern
räumt(?:e|en)? eingeräumt
gestand(?:en)? gesteht gestehen
bestätigt(?:e|en)? bestätigen
dementiert(?:e|en)? dementieren
antwortet(?:e|en)? geantwortet antworten
entgegnet(?:e|en)? entgegnen
kommentiert(?:e|en)? kommentieren
sprach(?:en)? spricht sprechen
rief(?:en)? ruft
verkündet(?:e|en)? verkünden
zitiert(?:e|en)? zitieren
behauptet(?:e|en)? behaupten
vermutet(?:e|en)?
glaubt(?:e|en)?
hofft(?:e|en)?
befürchtet(?:e|en)?
kündigt(?:e|en)? angekündigt ankündigen
bezeichnet(?:e|en)?
nannt(?:e|en) nennt
klagt(?:e|en)? beklagt(?:e|en)?
stellt(?:e|en)?
erzählt(?:e|en)?
meldet(?:e|en)? gemeldet
wiederholt(?:e|en)?
unterstrich(?:en)? unterstreicht
hieß heißt
mahnt(?:e|en)? gemahnt
appelliert(?:e|en)?
argumentiert(?:e|en)?
begründet(?:e|en)?
beteuert(?:e|en)?
erläutert(?:e|en)?
hob(?:en)? hebt
wies(?:en)? weist
warf(?:en)? wirft
gab(?:en)? gibt
erwidert(?:e|en)?
kontert(?:e|en)?
bestritt(?:en)? bestreitet
verwies(?:en)? verweist
beschreibt beschrieb(?:en)?
lobt(?:e|en)? gelobt
bemängelt(?:e|en)?
verlautet(?:e|en)?
resümiert(?:e|en)?
twittert(?:e|en)?
ließ(?:en)?
zeigt(?:e|en)?
""".split()


def _expand(form: str) -> list[str]:
    """The words a form like "sag(?:e|t|te)?" stands for."""
    m = re.fullmatch(r"([^(]*)\(\?:([^)]*)\)(\?)?(.*)", form)
    if not m:
        return [form]
    pre, alts, optional, tail = m.groups()
    out = [pre + alt + tail for alt in alts.split("|")] + ([pre + tail] if optional else [])
    return [word for o in out for word in _expand(o)]


_SPEECH_WORDS = trie_pattern(sorted({w for f in _SPEECH_FORMS for w in _expand(f)})) + r"\b"
_SPEECH_SCAN = WordScan(_SPEECH_WORDS)
_SPEECH_RE = _SPEECH_SCAN.at  # one speech verb at a word start
_STRONG_SPEECH_SCAN = WordScan(
    r"(?:sag(?:t|te|ten)|gesagt|erklär(?:t|te|ten)|betont(?:e|en)?|meint(?:e|en)?|so|schrieb(?:en)?|schreibt"
    r"|fügt(?:e|en)?|ergänzt(?:e|en)?|warnt(?:e|en)?|kritisiert(?:e|en)?|betont(?:e|en)?|sprach|rief"
    r"|zitiert(?:e|en)?|erzählt(?:e|en)?|hieß|heißt|antwortet(?:e|en)?|entgegnet(?:e|en)?|erläutert(?:e|en)?"
    r"|bekräftigt(?:e|en)?|unterstrich|mahnt(?:e|en)?|räumt(?:e|en)?|gestand|kommentiert(?:e|en)?"
    r"|meldet(?:e|en)?|berichtet(?:e|en)?|verkündet(?:e|en)?|teilt(?:e|en)?|äußert(?:e|en)?|forder(?:t|te|ten)"
    r"|Worten|Worte|Aussage|Angaben|zufolge|laut|Laut|Zitat|sagen|erklären)\b",
    first="ALWZabefghklmrstuvwzä",
)
# verbs that qualify something in the speaker's words: "bezeichnete X als „…“", "nannte X „…“", "sprach von „…“"
_JUDGE_SCAN = WordScan(
    r"(?:bezeichn\w*|nannte[n]?|nennt|nennen|sprach(?:en)?\s+von|spricht\s+von|die\s+Rede|eingestuft|stuft\w*"
    r"|hält|hielt(?:en)?|halten|kritisiert\w*|warf(?:en)?|wirft|vorgeworfen|bewertet\w*|lobt\w*|verurteilt\w*"
    r"|begründet\w*|forder\w*|verlangt\w*|warnt\w*|sicherte[n]?|empfiehlt|empfahl|attestiert\w*|beschrieb\w*"
    r"|beschreibt|titulier\w*|konstatiert\w*|attackiert\w*|riet|rät|behauptet\w*"
    r"|kommentiert\w*|erklärt\w*|sagt\w*|betont\w*|meint\w*|äußert\w*|wies(?:en)?"
    r"|weist|zurückgewiesen|sieht|sah(?:en)?|wertet\w*|gewertet|kritik\w*|Kritik)\b",
    first="Kabdefghklmnrstvwzä",
)
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
_FRAME_COMMA_RE = re.compile(r"[^,:„\"]{0,80}?[,:]\s*")
_COMMA_SPEECH_RE = re.compile(r",\s*(?=" + _SPEECH_RE.pattern + r"|so\s)")
# a quoted translation of a name just given: Operation „Cast Lead“ („gegossenes Blei“), (übersetzt etwa: „…“)
_TRANSLATION_BEFORE_RE = re.compile(r"[“”\"»«]\s*\(\s*$|\((?:übersetzt|deutsch|dt\.|englisch|wörtlich)[^()]{0,15}$")
# slogans are quoted words of their bearers: mit der Parole „…“, Aufschrift „…“, skandierten „…“
_SLOGAN_BEFORE_RE = re.compile(r"(?:[Pp]arole[n]?|Aufschrift(?:en)?|Slogan[s]?|Sprüche[n]?|Spruch|Schlachtruf\w*"
                               r"|skandiert\w*)\b[^.!?]{0,40}$")
# „…“ und „…“: a second quotation joined to an accepted one is of the same kind
_COORDINATED_RE = re.compile(r"\s*(?:,|und|oder|sowie)\s*")
_MAN_RE = re.compile(r"\bman\b")  # "Dies nennt man einen „Aktiensplit“": a definition, not a quote
_DOMAIN_RE = re.compile(r"^[\w.\-]+\.(?:de|com|org|net|at|ch|eu|info|fr|uk)$")

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
_KONJ_I_SCAN = WordScan(trie_pattern(_KONJ_FORMS) + r"(?![\w-])", r"\w-")
_KONJ_I_RE = _KONJ_I_SCAN.at  # one Konjunktiv form at a word start
# Konjunktiv I after a subject pronoun in first person is indicative ("ich habe"); only count after others.
_FIRST_PERSON_RE = re.compile(r"\b(?:ich|Ich)\s+$")

# taking a stance without a verb of saying: "X nahm zu der Frage Stellung", "X zeigte sich zufrieden"
_STANCE_SCAN = WordScan(r"(?:Stellung|zu\s+Wort|zeigt(?:e|en)?\s+sich|reagiert(?:e|en)?|wandte\s+sich"
                        r"|verteidigt(?:e|en)?|widersprach|widerspricht|bekannte\s+sich|bekennt\s+sich|plädiert(?:e|en)?)\b")
_AFTER_VERB_RE = re.compile(r"\s*,\s*[a-zäöüß]{3,}\s+(?:der\s+|die\s+)?")
# source phrases inside a sentence (see _Speakers._source_phrase)
_SOURCE_RE = re.compile(
    r"\bwie\s+(?:sich\s+)?|\b[Ll]aut\s+|\b[Nn]ach\s+(?:Angaben|Ansicht|Meinung|Auffassung|Einschätzung|Worten"
    r"|Darstellung|Aussagen?|Informationen)\s+(?:von\s+|vom\s+)?|\bFür\s+|\bzufolge\b")
_WIE_VERB_RE = re.compile(r"\b(?:ausdrückte|ausdrückt|formulierte|formuliert|zitiert|betonte|schrieb|sagte|erklärte"
                          r"|mitteilte|berichtete|meinte|befand|urteilte|feststellt|feststellte)\b")
_SOLL_RE = re.compile(r"\b(?:soll|sollen)\b")
# speech acts reported without their content ("X sprach von …", "X kritisierte …", "X kündigte … an")
_REPORTED_SCAN = WordScan(
    r"(?:sprach(?:en)?\s+(?:von|sich)|spricht\s+(?:von|sich)|kritisiert(?:e|en)?|forderte(?:n)?|fordert|warnte(?:n)?\s+vor"
    r"|warnt\s+vor|bezeichnete(?:n)?|bezeichnet|kündigte(?:n)?|kündigt|gab(?:en)?\b[^.]{0,60}\bbekannt|bestätigte(?:n)?"
    r"|dementierte(?:n)?|lehnte(?:n)?\b[^.]{0,60}\bab\b|wies(?:en)?\b[^.]{0,60}\bzurück|teilte(?:n)?\b[^.]{0,80}\bmit\b"
    r"|äußerte(?:n)?\s+sich|verurteilte(?:n)?|begrüßte(?:n)?|lobte(?:n)?|beklagte(?:n)?|bemängelte(?:n)?"
    r"|berichtete(?:n)?\s+(?:von|über)|appellierte(?:n)?|verwies(?:en)?\s+auf|rief(?:en)?\b[^.]{0,60}\bauf\b"
    r"|räumte(?:n)?\b[^.]{0,60}\bein\b|drohte(?:n)?|versprach(?:en)?|bekräftigte(?:n)?|betonte(?:n)?)",
    first="abdefgklrstvwäü",
)
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
_INFINITIVE_SCAN = WordScan(
    r"(?:forder\w*|aufgefordert|auf|bat|bitte\w*|gebeten|appellier\w*|verlang\w*|beschlo\w*|angekündigt|"
    r"kündigt\w*|vorgeworfen|warf|empfahl|empfiehlt|riet|rät|drohte|droht|versprach|verspricht|zugesagt|"
    r"sagte\s+zu|angeboten|bot|vorgeschlagen|schlug|erwäg\w*|plan\w*|beabsichtig\w*|erklärt\w*\s+sich\s+bereit|bereit)"
    r"[^.,;:]{0,60},\s+(?P<clause>[^.;:]{5,200}?\b(?:zu\s+\w+|\w+zu\w+en))(?=[.;]|\s*$)"
)

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
_ABBREV = {
    "Dr", "Prof", "Nr", "St", "Abs", "Art", "bzw", "ca", "vgl", "Mio", "Mrd", "Jh", "engl", "Hrsg", "Str", "usw",
    "etc", "evtl", "ggf", "inkl", "zzgl", "Tel", "Fr", "Hr", "Mr", "Mrs", "Ms", "Gen", "Lt", "Sen", "Rep", "Gov",
    "Co", "Inc", "Corp", "Ltd", "bzgl", "u", "a", "z", "B", "d", "h", "o", "s", "v", "Chr", "n", "ff", "Bd",
}
# Sentence breaks: end punctuation (+ closing mark) and spaces before a capital or digit; a line break. Two
# patterns, each starting with a character class, which re can skip ahead to (see WordScan).
_SENT_END_RE = re.compile(r"[.!?…]([“”\"«»‘’)]?)[ \t]+(?=[„\"»«(]?[A-ZÄÖÜ0-9])")
_LINE_BREAK_RE = re.compile(r"\n[ \t]*")

_NOT_NAME = {
    "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Dies", "Diese", "Dieser", "Auch",
    "Am", "Im", "In", "Nach", "Laut", "Wie", "So", "Doch", "Aber", "Und", "Dass", "Man", "Den", "Dem", "Des",
    "Zudem", "Außerdem", "Demnach", "Allerdings", "Jedoch", "Dabei", "Damit", "Deshalb", "Daher", "Heute",
    "Gestern", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar",
    "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember", "Bei", "Mit", "Von", "Vor", "Für", "Über", "Unter", "Zum", "Zur", "Als", "Wenn", "Weil",
    "Dort", "Hier", "Nun", "Jetzt", "Bereits", "Noch", "Seine", "Sein", "Ihre", "Seiner", "Ihrer", "Angaben",
    "Worten", "Aussage", "Aussagen", "Interview", "Pressekonferenz", "Erklärung", "Mitteilung", "Presse",
}


# --------------------------------------------------------------------------- data

@dataclass
class _Quote:
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


# --------------------------------------------------------------------------- text structure

def _last_word(text: str, lo: int, hi: int) -> str:
    """The last run of word characters in text[lo:hi] ("" if none): r"(\\w+)\\W*$" without trying every start."""
    j = hi
    while j > lo and not (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:j]


class _Text:
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


# --------------------------------------------------------------------------- direct quotes

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


def _pair_marks(text: str) -> list[tuple[int, int]]:
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


_DEFINITE = {"der", "die", "das", "des", "dem", "den", "Der", "Die", "Das", "Des", "Dem", "Den"}
_NAME_FUNCTION_WORDS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "für",
    "von", "vom", "im", "in", "am", "an", "zu", "zur", "zum", "mit", "über", "unter", "gegen", "auf", "um", "bei",
    "aus", "nach", "of", "the", "and", "for", "against", "a", "to", "de", "la", "le", "du", "et", "e.V.",
}
_LOWER_WORD_RE = re.compile(r"(?<![\w\-.])[a-zäöüß][\w\-.]*")
_ADJECTIVE_SHAPE_RE = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)")


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


def _find_direct(text: str, tx: _Text, konj_positions: list[int]) -> list[_Quote]:
    quotes: list[_Quote] = []
    for start, end in _pair_marks(text):
        inner = text[start + 1:end - 1]
        if not inner.strip():
            continue
        s_start = tx.sentence_start(start)
        s_end = tx.sentence_end(max(end - 1, start))
        if s_end < end:
            s_end = tx.sentence_end(end)
        before = text[s_start:start]
        after = text[end:s_end]
        words = len(inner.split())
        full = _is_full_sentence(inner)
        lower_start = inner.lstrip()[:1].islower() or inner.lstrip()[:1] in "(.["
        title_ctx = bool(_TITLE_CONTEXT_RE.search(before[-60:]))
        titleish = _looks_like_title(inner)
        after_cue = _AFTER_CUE_RE.match(after)
        colon = bool(_COLON_BEFORE_RE.search(before))
        # the cue: the last speech verb before the quote in its sentence, else the first one after it
        strong = _STRONG_SPEECH_SCAN.spans(text, s_start, start)
        cue_m = strong[-1] if strong else _STRONG_SPEECH_SCAN.search(text, end, s_end)
        weak_cue = cue_m
        if weak_cue is None:
            weak = _SPEECH_SCAN.spans(text, s_start, start)
            weak_cue = weak[-1] if weak else _SPEECH_SCAN.search(text, end, s_end)
        konj_near = _has_konj(konj_positions, s_start, s_end, exclude=(start, end))
        judge_before = _JUDGE_SCAN.spans(text, s_start, start)
        judged = bool(judge_before or _JUDGE_SCAN.search(text, end, s_end))
        # a fragment's cue: a speech verb before it, else a judging verb before it ("nannte die Sanktionen eine
        # Unterstützung gegen das „faschistische Regime“ … und rief …"), else the speech verb found anywhere
        partial_cue = strong[-1] if strong else judge_before[-1] if judge_before else weak_cue
        # „…“ right after a capitalised noun is a name in apposition: die Nachrichtenagentur „AP“, Tour „X“
        prev_at, prev_word = _word_before(text, s_start, start)
        if prev_word in _DEFINITE and _looks_like_name(inner):
            continue  # "die „Kampagne für ein Freies Tibet“", "Teile des „Gesetzes über …“": a name, not speech
        if _TRANSLATION_BEFORE_RE.search(before[-40:]):
            continue
        apposition = bool(prev_word[:1].isupper() and prev_at > s_start and prev_word not in _DETS and not full
                          and not lower_start)
        frame = (s_start, s_end)
        if after_cue:
            cue = (end + after_cue.start(1), end + after_cue.end(1))
            if titleish and words <= 3 and not full and not after.lstrip().startswith(","):
                continue
            rule = "direct_cue_after"
        elif colon and full and not titleish and (cue_m is not None or weak_cue is not None):
            rule, cue = "direct_colon_cue", cue_m or weak_cue
        elif colon and cue_m is not None and not (title_ctx and titleish):
            rule, cue = "direct_colon_cue", cue_m
            # "X sagte dazu: „…“" - the verb is the cue; a bare "X: „…“" frame uses the colon
        elif colon and not (title_ctx or titleish):
            colon_at = s_start + before.rstrip().rfind(":")
            rule, cue = "direct_colon", (colon_at, colon_at + 1)
        elif full and cue_m is not None and not title_ctx:
            rule, cue = "direct_sentence_cue", cue_m
        elif full and not title_ctx and not titleish and words >= 4 and not (
                " – " in inner and inner.rstrip()[-1:] not in ".!?…"):
            rule, cue = "direct_full_nocue", weak_cue
        elif _SLOGAN_BEFORE_RE.search(before[-60:]):
            rule, cue = "direct_slogan", weak_cue
        elif quotes and _COORDINATED_RE.fullmatch(text, quotes[-1].end, start):
            rule, cue = quotes[-1].rule, quotes[-1].cue
        elif apposition or title_ctx or _DOMAIN_RE.search(inner):
            continue
        elif prev_word in ("laut", "Laut", "Wie", "wie", "von", "vom") and not full and (
                not lower_start or (prev_word in ("Wie", "wie") and _REPORTS_AFTER_RE.match(after))):
            # a source named in quotation marks: laut „tagesschau.de“, von „Ärzte ohne Grenzen“, wie „heise
            # online“ berichtet
            continue
        elif lower_start and (cue_m is not None or konj_near or judged):
            rule, cue = "direct_partial_context", partial_cue
        elif judged and words <= 8 and (not titleish or (
                prev_word in ("als", "einen", "eine", "ein", "einer", "einem"))) \
                and not _MAN_RE.search(before + after):
            # "nannte dies einen „Militärputsch“", "als „Kapitulation“ bezeichnet"
            rule, cue = "direct_partial_context", partial_cue
        else:
            # lower-case fragments without any speech context are mostly scare quotes (precision 0.33 on
            # WikiNews train): not proposed
            continue
        quotes.append(_Quote(start, end, "direct", SCORES[rule], rule, cue, frame))
    # „…“ und „…“, zitiert CNN: quotations joined to one with a cue right after it share that cue
    for k in range(len(quotes) - 2, -1, -1):
        first, second = quotes[k], quotes[k + 1]
        if (second.rule == "direct_cue_after" and first.rule in ("direct_full_nocue", "direct_partial_context")
                and _COORDINATED_RE.fullmatch(text, first.end, second.start)):
            first.cue, first.frame = second.cue, second.frame
    return quotes


# --------------------------------------------------------------------------- indirect speech

def _konj_positions(text: str, masked: list[tuple[int, int]]) -> list[int]:
    out = []
    for p, _ in _KONJ_I_SCAN.spans(text):
        if _inside(masked, p):
            continue
        if _FIRST_PERSON_RE.search(text[max(0, p - 5):p]):
            continue
        out.append(p)
    return out


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(ranges, (pos, 10**12)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def _any_in(ranges: list[tuple[int, int]], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(ranges, (lo, -1))
    return (i < len(ranges) and ranges[i][0] < hi) or (i > 0 and ranges[i - 1][1] > lo)


def _has_konj(konj: list[int], lo: int, hi: int, exclude: tuple[int, int] | None = None) -> bool:
    i = bisect.bisect_left(konj, lo)
    while i < len(konj) and konj[i] < hi:
        if exclude is None or not (exclude[0] <= konj[i] < exclude[1]):
            return True
        i += 1
    return False


def _strip_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " .;:!?\n\t":
        e -= 1
    return e


def _find_indirect(text: str, tx: _Text, konj: list[int], direct: list[_Quote]) -> list[_Quote]:
    out: list[_Quote] = []
    direct_ranges = sorted((q.start, q.end) for q in direct)
    full_direct = [(q.start, q.end) for q in direct if q.rule != "direct_partial_context"]
    full_direct_ends = [qe for _, qe in full_direct]  # direct quotes do not overlap: ends are sorted too
    prev_reported_end = -10**9  # end of the last reported clause (for continuations)
    # speech verbs of the whole text at once, looked up per sentence (one scan instead of one per sentence)
    speech = [(a, b, text[a:b]) for a, b in _SPEECH_SCAN.spans(text)]
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
        has_konj = _has_konj(konj, s, e, None) and not all(
            _inside(direct_ranges, k) for k in konj[bisect.bisect_left(konj, s):bisect.bisect_left(konj, e)]
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
                out.append(_Quote(s, e, "indirect", SCORES[rule], rule, None, None))
            prev_reported_end = e
            continue
        if "soll" in sent and _SOLL_RE.search(sent) and not sent.startswith("„"):
            out.append(_Quote(s, e, "free_indirect", SCORES["free_indirect_soll"], "free_indirect_soll", None, None))
            continue
        rm = _REPORTED_SCAN.search(text, s, e)
        if rm and not _any_in(direct_ranges, s, e) and not sent.startswith(("„", "\"", "»")):
            out.append(_Quote(s, e, "reported", SCORES["reported_speech_act"], "reported_speech_act", rm, (s, e)))
    return out


def _frame_clause(text: str, s: int, e: int, sent: str, has_konj: bool, konj: list[int],
                  verbs: list[tuple[int, int, str]]) -> _Quote | None:
    """A sentence with a speech frame: the reported clause (frame excluded), else None. `verbs`: the
    _SPEECH_RE matches (start, end, word) in the sentence, text offsets."""
    end = _strip_end(text, s, e)
    # "X sagte, dass ..." / "X erklärte, ..." : frame before, clause after the comma
    for v0, v1, word in verbs:
        if word in ("gab", "gibt", "zeigt", "zeigte", "ließ", "stellt", "stellte", "hob", "wies", "warf"):
            continue
        comma = _FRAME_COMMA_RE.match(text, v1, e)
        if comma is None:
            continue
        c_start = comma.end()
        if c_start >= end:
            continue
        clause = text[c_start:end]
        is_dass = bool(re.match(r"(?:dass|daß|ob)\b", clause))
        if is_dass or _has_konj(konj, c_start, end):
            # frame must not itself be reported clause material ("Er sei, sagte X, ...")
            if _has_konj(konj, s, v0):
                break
            rule = "indirect_dass" if is_dass and not _has_konj(konj, c_start, end) else "indirect_frame_before"
            return _Quote(c_start, end, "indirect", SCORES[rule], rule, (v0, v1), (s, c_start))
        break
    # "…, sagte X." / "…, so X." : clause before, frame after
    for m in _COMMA_SPEECH_RE.finditer(sent):
        c_end = s + m.start()
        if c_end - s < 15:
            continue
        if not _has_konj(konj, s, c_end):
            continue
        verb = _SPEECH_RE.match(sent, m.end()) or re.match(r"so\b", sent[m.end():])
        v0 = s + m.end()
        v1 = v0 + (verb.end() - verb.start() if verb else 2)
        return _Quote(s, c_end, "indirect", SCORES["indirect_frame_after"], "indirect_frame_after", (v0, v1),
                      (c_end, e))
    # "Laut X sei ..." / "Nach Angaben von X habe ..." / "Wie X mitteilte, ..." / "X zufolge sei ..."
    lm = _LAUT_RE.match(sent)
    if lm:
        cue = (s + lm.start(), s + lm.end())
        if lm.group().startswith("Wie"):
            comma = sent.find(",", lm.end())
            if 0 < comma < len(sent) - 10 and _SPEECH_RE.search(sent, lm.end(), comma):
                c_start = s + comma + 1
                while text[c_start] == " ":
                    c_start += 1
                return _Quote(c_start, end, "indirect", SCORES["indirect_laut"], "indirect_laut", cue, (s, c_start))
        elif lm.group() not in ("Demnach",):
            toks = _tokens(text, s + lm.end(), end)
            np_ = _np_forward(toks, dative=True)
            if isinstance(np_, tuple):
                rest = [t for t in toks if t[1] >= np_[1]]
                if rest and rest[0][0] == ",":
                    rest = rest[1:]
                if len(rest) >= 2:
                    rule = "indirect_laut" if has_konj else "indirect_laut_indicative"
                    return _Quote(rest[0][1], end, "indirect", SCORES[rule], rule, cue, (s, rest[0][1]))
        else:
            toks = _tokens(text, s + lm.end(), end)
            if len(toks) >= 3:
                rule = "indirect_laut" if has_konj else "indirect_laut_indicative"
                return _Quote(toks[0][1], end, "indirect", SCORES[rule], rule, cue, (s, toks[0][1]))
    zm = _ZUFOLGE_RE.search(sent) if "zufolge" in sent else None
    if zm:
        cue = (s + zm.start(), s + zm.end())
        toks = _tokens(text, s + zm.end(), end)
        rule = "indirect_laut" if has_konj else "indirect_laut_indicative"
        if toks and toks[0][0] == ",":
            toks = toks[1:]
        if len(toks) >= 3:
            return _Quote(toks[0][1], end, "indirect", SCORES[rule], rule, cue, (s, toks[0][1]))
        c_end = _strip_end(text, s, s + zm.start())
        comma = text.rfind(",", s, c_end)
        if comma > s + 10:
            return _Quote(s, comma, "indirect", SCORES[rule], rule, cue, (comma, e))
    mm = _MID_LAUT_SCAN.first(sent) if ("laut" in sent or "nach" in sent) else None
    if mm and mm.start("word") > 0:
        toks = _tokens(text, s + mm.end("word"), end)
        np_ = _np_forward(toks, dative=True)
        if isinstance(np_, tuple):
            rest = [t for t in toks if t[1] >= np_[1]]
            if rest and rest[0][0] == ",":
                rest = rest[1:]
            if len(rest) >= 2:
                # the reported content runs on both sides of the source: the quote is the whole sentence
                return _Quote(s, end, "indirect", SCORES["indirect_laut_mid"], "indirect_laut_mid",
                              (s + mm.start("word"), s + mm.end("word")), (s, rest[0][1]))
    # a dass-clause or an infinitive clause after a verb of saying, asking or deciding
    dm = _DASS_GENERIC_RE.search(sent) if ("dass" in sent or "daß" in sent) else None
    if dm:
        c_start = s + dm.start(1)
        if end - c_start > 15:
            return _Quote(c_start, end, "indirect", SCORES["indirect_dass_generic"], "indirect_dass_generic",
                          None, (s, c_start))
    im = _INFINITIVE_SCAN.first(sent) if "zu" in sent else None
    if im:
        c_start = s + im.start("clause")
        c_end = s + im.end("clause")
        return _Quote(c_start, c_end, "indirect", SCORES["indirect_infinitive"], "indirect_infinitive",
                      (s + im.start("word"), s + im.start("word") + 3), (s, c_start))
    return None


# --------------------------------------------------------------------------- speakers

# "23-jährige" / "84-jähriger" are one (adjective) token, so that "Der 23-jährige Sportler" stays one phrase
_TOKEN_RE = re.compile(r"\d+-[^\W\d_][\w\-]*|[^\W\d_][\w\-‐'’./]*[\w]|[^\W\d_]|\d[\d.,]*|[^\w\s]")
_DETS = {"der", "die", "das", "des", "ein", "eine", "eines", "einer", "Der", "Die", "Das", "Ein", "Eine"}
_GEN = {"des", "der", "von", "vom"}
_ADJ_RE = re.compile(
    r"^(?!(?:über|unter|hinter|gegen|wegen|ohne|oder|aber|wieder|immer|weiter|später|schon|sehr|mehr|eher|sie|ihre"
    r"|ihren|ihrem|ihrer|seine|seinen|seinem|seiner|diese|diesen|diesem|dieser|dieses|jene|keine|keinen|jede|jeden"
    r"|welche|welchen|beide|beiden|alle|allen|manche|einige|andere|anderen|deren|dessen|unsere|unseren|heute"
    r"|gestern|morgen|gerne|daher|danach|dabei|neben|zwischen|außer|innen|außen|oben|unten|hier|wer|wie|sowie|je"
    r"|eine|einen|einem|einer|eines|den|dem|der|des|die|es|er|wir|ihr|ihnen|ihm|ihn|man|denen|nachdem|seit|selber"
    r"|nie|lange|bitte|trotzdem)$)(?:\d+-)?[a-zäöüß][\w\-]*(?:e|en|er|es|em)$"
)
_SUBJ_PRONOUNS = {"er", "sie", "Er", "Sie"}
_AUXILIARIES = {"hat", "hatte", "hatten", "haben", "habe", "ist", "war", "waren", "sei", "wurde", "wurden", "wird",
                "werde", "soll", "sollte", "will", "wollte", "habe", "hätte"}
_NON_VERBS = {"und", "oder", "dass", "daß", "ob", "als", "wie", "wenn", "weil", "da", "nachdem", "bevor", "womit",
              "wobei", "indem", "ehe", "sobald", "falls", "obwohl", "während", "seit", "bis", "damit", "so"}
_ATTACH_PREPS = {"in", "im", "am", "an", "auf", "mit", "von", "vom", "bei", "beim", "für", "zu", "zur", "zum", "aus",
                 "über", "unter", "gegen", "nach"}
_SKIP_AFTER_VERB = {
    "heute", "gestern", "morgen", "weiter", "zudem", "auch", "dazu", "außerdem", "dann", "später", "bereits",
    "noch", "nun", "jetzt", "ebenfalls", "damals", "zuletzt", "kürzlich", "einmal", "jedoch", "aber", "allerdings",
    "daraufhin", "anschließend", "zuvor", "mehrfach", "wörtlich", "sinngemäß", "abschließend", "zufolge", "so",
    "etwa", "bislang", "am", "im", "vergangene", "vergangenen", "letzte", "letzten", "Woche", "Montag", "Dienstag",
    "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Abend", "Morgen", "Mittag", "Nachmittag",
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


def _tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """(word, start, end) of text[lo:hi] (_TOKEN_RE has no look-arounds: matching in place = matching the slice)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, lo, hi)]


def _np_forward(toks: list[tuple[str, int, int]], dative: bool = False) -> tuple[int, int] | str | None:
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
    if toks[j][0] in _DETS:
        j += 1
    n_heads = 0
    while j < len(toks):
        w = toks[j][0]
        if _ADJ_RE.match(w) and w not in _DETS and n_heads == 0:
            j += 1
            continue
        if w[:1].isupper() and w not in _DETS:
            n_heads += 1
            j += 1
            continue
        if n_heads and w in _GEN and j + 1 < len(toks) and (toks[j + 1][0][:1].isupper() or toks[j + 1][0] in _DETS
                                                           or _ADJ_RE.match(toks[j + 1][0])):
            j += 1
            continue
        if n_heads and w == "," and j + 1 < len(toks) and toks[j + 1][0][:1].isupper() \
                and toks[j + 1][0] not in _DETS and toks[j + 1][0] not in _NOT_NAME:
            j += 1
            continue
        break
    if n_heads == 0:
        return None
    end_tok = j - 1
    while end_tok > start and toks[end_tok][0] in {",", "des", "der", "von", "vom"}:
        end_tok -= 1
    return (toks[start][1], toks[end_tok][2])


def _np_backward(toks: list[tuple[str, int, int]]) -> tuple[int, int] | str | None:
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
        if w[:1].isupper() or w in _DETS or w in _GEN or w == "," or w[:1].isdigit() or (
                _ADJ_RE.match(w) and not _KONJ_I_RE.fullmatch(w)):
            n_heads += w[:1].isupper() and w not in _DETS
            j -= 1
            continue
        break
    first = j + 1
    while first < len(toks) and toks[first][0] in {",", "des", "von", "vom"}:
        first += 1
    if first >= len(toks) or n_heads == 0:
        return None
    if toks[first][0] in _PREP_START:
        return None
    if j >= 0 and toks[j][0] not in {"und", "“", "”", '"', "»", "«", ":", "(", "–", "-", ".", ";"} and not (
            j == 0 and toks[0][0] in _LEAD_ADVERBS):
        # a new clause after a comma: "X wies das zurück, die Sprecherin der Fraktion, Y, erklärte"
        for k in range(max(j + 1, 1), len(toks) - 1):
            if toks[k][0] == "," and toks[k - 1][0][:1].islower() and (
                    toks[k + 1][0] in _DETS or toks[k + 1][0][:1].isupper()) and toks[k + 1][0] not in _PREP_START:
                return (toks[k + 1][1], toks[-1][2])
        return None
    last = len(toks) - 1
    while last > first and toks[last][0][:1].islower():
        last -= 1  # adjectives come before the head: "Klien wurde", "Die Kanadier hingegen" end at the noun
    return (toks[first][1], toks[last][2])


def _sentence_subject(toks: list[tuple[str, int, int]]) -> tuple[int, int] | str | None:
    """The subject of a German main clause: the first noun phrase, or the one after the finite verb when
    the clause starts with an adverbial ("Dabei griff sie …", "Im Interview sagte der Minister …")."""
    toks = [t for t in toks if t[0] not in {"„", "“", "”", '"', "»", "«"}]
    if not toks:
        return None
    if toks[0][0] in _SUBJ_PRONOUNS:
        return "PRON"
    if toks[0][0] not in _PREP_START and (toks[0][0] in _DETS or toks[0][0][:1].isupper()):
        region = _np_forward(toks)
        if isinstance(region, tuple):
            return region
        if region == "PRON":
            return region
    # after an adverbial: the first finite verb (lower-case, not an article or adjective), then the subject
    for i, (w, _, _) in enumerate(toks[1:10], start=1):
        if w in _SUBJ_PRONOUNS and w.islower():
            return "PRON"
        if w.islower() and w not in _DETS and w not in _GEN and not _ADJ_RE.match(w) and w not in {
                "am", "im", "in", "an", "auf", "mit", "bei", "nach", "vor", "von", "zu", "zum", "zur", "über", "für",
                "und", "dem", "den", "einem", "einen"}:
            region = _np_forward(toks[i + 1:])
            return region if isinstance(region, tuple) or region == "PRON" else None
    return None


def _inverted_subject(toks: list[tuple[str, int, int]], first: tuple[int, int]) -> tuple[int, int] | str | None:
    """German verb-second order with the object first: "Die Entwicklung verglich Merkel mit …", "Das Angebot
    lehnt er ab": the subject right after the finite verb that follows the first phrase."""
    rest = [t for t in toks if t[1] >= first[1]]
    # skip a prepositional attachment of the first phrase: "Die Entwicklung im Iran verglich …"
    k = 0
    if rest and rest[0][0] in _ATTACH_PREPS:
        k = 1
        while k < min(len(rest), 6) and (rest[k][0] in _DETS or rest[k][0] in {"dem", "den"} or
                                         rest[k][0][:1].isupper() or _ADJ_RE.match(rest[k][0])):
            k += 1
    rest = rest[k:]
    if len(rest) < 2:
        return None
    verb, nxt = rest[0][0], rest[1][0]
    if not verb.islower() or verb in _DETS or verb in _ATTACH_PREPS or verb in {"und", "oder", "sowie", "wie",
                                                                                "als"}:
        return None
    if nxt in ("er", "sie"):
        return "PRON"
    if nxt[:1].isupper() and nxt not in _DETS and nxt not in _NOT_NAME:
        region = _np_forward(rest[1:])
        return region if isinstance(region, tuple) else None
    return None


def _perfect_subject(text: str, q: _Quote, seg: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """A verb of saying at the end of the frame after an auxiliary ("Stoiber hatte die Rolle der Fraktion
    betont: „…“", "Im Dezember hatte Kanzlerin Merkel verkündet: „…“"): the noun phrase right before the
    verb is its object; the subject stands before the auxiliary or, after an adverbial, right after it."""
    if q.cue is None or q.cue[1] > q.start or text[q.cue[1]:q.start].strip() not in ("", ":", ","):
        return None
    aux = next((k for k in range(len(seg) - 1, -1, -1) if seg[k][0] in _AUXILIARIES), None)
    if aux is None or any(t[0] in {",", ";", "dass", "daß"} for t in seg[aux + 1:]):
        return None
    before = _np_backward(seg[:aux]) if aux else None
    if isinstance(before, tuple):
        return before
    after = _np_forward(seg[aux + 1:])
    return after if isinstance(after, tuple) else None


def _subject_region(text: str, q: _Quote) -> tuple[int, int] | list[tuple[int, int]] | str | None:
    """Where the speaker's noun phrase is, relative to the quote's cue word."""
    if q.cue is None or q.frame is None:
        return None
    lo, hi = q.frame
    c0, c1 = q.cue
    cue_word = text[c0:c1]
    # frame segments on both sides of the quote
    if q.start <= c0 < q.end:  # a reported speech act: the frame is the quote's own sentence
        seg_lo, seg_hi = lo, hi
    elif c1 <= q.start:
        seg_hi = q.start
        seg_lo = lo
    else:
        seg_lo, seg_hi = q.end, hi
    if cue_word in ("zufolge",):
        return _np_backward(_tokens(text, seg_lo, c0))
    if cue_word == ":" :
        return _np_backward(_tokens(text, seg_lo, c0))
    # a separable particle or object right after the verb ("teilte mit", "sagte der Zeitung") is skipped by
    # _np_forward returning None on datives; try the subject before the verb first
    seg = _tokens(text, seg_lo, c0) if c0 > seg_lo else []
    perfect = _perfect_subject(text, q, seg)
    if perfect is not None:
        return perfect
    before = _np_backward(seg) if seg else None
    frame_word = cue_word.split()[0].lower() in ("laut", "wie", "so", "nach", "seiner", "ihrer", "dem")
    if frame_word or before is None:
        after = _tokens(text, c1, min(seg_hi if c1 < seg_hi else hi, c1 + 160))
        fwd = _np_forward(after, dative=frame_word)
        if frame_word or fwd == "PRON":
            if fwd is not None:
                return fwd
        # verb second: a clause-initial noun phrase before the verb is the subject, unless it is the object
        # and the subject follows the verb ("Die Entwicklung verglich Merkel mit …"); resolve() decides by
        # which of the two names an actor
        seg = [t for t in seg if t[0] not in {"„", "“", "”", '"', "»", "«"}]
        # "Die Arbeit der Koalition lobte er mit den Worten: …": "er" right after the finite verb is the subject
        for k in range(1, len(seg)):
            if seg[k][0] == "er" and seg[k - 1][0].islower() and seg[k - 1][0] not in _NON_VERBS:
                return "PRON"
        first = None
        if seg and seg[0][0] not in _PREP_START and seg[0][0] not in _NOT_NAME - {
                "Der", "Die", "Das", "Ein", "Eine"} and (seg[0][0] in _DETS or seg[0][0][:1].isupper()):
            first = _np_forward(seg)
        if isinstance(first, tuple) and isinstance(fwd, tuple):
            return [first, fwd]
        if isinstance(first, tuple):
            return first
        if fwd is not None:
            return fwd
        # "…“ sei, hatte Koch-Mehrin damals gesagt": the subject after an auxiliary that follows a comma
        for k in range(len(seg) - 2):
            if seg[k][0] == "," and seg[k + 1][0] in _AUXILIARIES:
                region = _np_forward(seg[k + 2:])
                if region is not None:
                    return region
    return before


def _persons(actors: list[Span]) -> list[Span]:
    return [a for a in actors if (a._.attrs or {}).get("actor_type") == "PERSON"]


def _genitive_attribute(text: str, lo: int, start: int) -> bool:
    """Whether the actor at `start` is a genitive attribute of a noun in text[lo:start] ("die Anwendung der
    Richtlinienkompetenz des Bundeskanzlers", "den Unmut der CDU")."""
    words = text[lo:start].split()
    return len(words) >= 2 and words[-1] in ("des", "der") and any(w[:1].isupper() for w in words[:-1])


def _actor_identity(actor: Span) -> str:
    """Who an ACTOR mention names: its canonical name, else its text (case-folded)."""
    return (actor._.attrs or {}).get("canonical") or actor.text.casefold()


def _genitive_mention(actor: Span) -> bool:
    """A genitive short mention ("Gysis" for Gregor Gysi): it names the actor as an owner, not as a speaker."""
    canonical = (actor._.attrs or {}).get("canonical") or ""
    return actor.text.endswith(("s", "’s", "'s")) and actor.text not in canonical.split()


def _nearest(cands: list[Span], pos: int) -> Span | None:
    if not cands:
        return None
    return min(cands, key=lambda a: min(abs(a.start_char - pos), abs(a.end_char - pos)))


def _frame_actors(actors: list[Span], starts: list[int], lo: int, hi: int, quote: _Quote) -> list[Span]:
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


@lru_cache(maxsize=16384)
def _lemma(word: str) -> str:
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


def _np_actor(doc: Doc, text: str, lo: int, hi: int) -> Span | None:
    """An ACTOR for a subject noun phrase the actor rules did not mark (article excluded, score 0.4)."""
    toks = _tokens(text, lo, hi)
    while toks and (toks[0][0] in _DETS or toks[0][0] in {",", "“", "„"}):
        toks = toks[1:]

    # "Angaben des Ministeriums" / "Worte des Sprechers": the source is the genitive
    while len(toks) > 2 and toks[0][0] in _NON_AGENT_HEADS and toks[1][0] in _GEN:
        toks = toks[2:]
        while toks and toks[0][0] in _DETS:
            toks = toks[1:]
    if not toks or toks[0][0] in _NOT_NAME or toks[0][0].lower() in _QUANTIFIERS:
        return None
    first = toks[0][0]
    # sentence adverbs, adverbial participles ("Relativierend") and verbs ("Kämen") at a sentence start
    if first.lower() in _SENTENCE_ADVERBS or (first.endswith("end") and len(toks) == 1) or (
            len(toks) == 1 and _KONJ_I_RE.fullmatch(first.lower())):
        return None
    if not (toks[0][0][:1].isupper() or _ADJ_RE.match(toks[0][0])):
        return None
    first_cap = next((t[0] for t in toks if t[0][:1].isupper()), None)
    if first_cap is None or first_cap in _NON_AGENT_HEADS or first_cap in _NOT_NAME:
        return None
    while toks and toks[-1][0] in {",", "“", "„", "."}:
        toks = toks[:-1]
    if not toks or not any(t[0][:1].isupper() for t in toks):
        return None
    if len(toks) == 1 and _lemma(toks[0][0])[:1].islower():
        return None  # a capitalised adverb, adjective or verb at the start of a sentence ("Sinngemäß", "Sollte")
    heads = [t[0] for t in toks if t[0][:1].isupper()]
    if _is_abstract_noun(heads[0]):
        return None  # "die Feststellung", "die Verkündung des Wahlergebnisses": no one who speaks
    head = heads[0].lower()
    all_caps_name = all(t[0][:1].isupper() for t in toks)
    kind = "PERSON" if (_PERSON_HEAD_RE.search(head) or (all_caps_name and len(toks) >= 2)) else "ORGANIZATION"
    return make_aligned_span(doc, toks[0][1], toks[-1][2], "ACTOR", {"actor_type": kind}, 0.4)


class _Speakers:
    def __init__(self, doc: Doc, tx: _Text) -> None:
        self.doc = doc
        self.tx = tx
        self.text = doc_text(doc)
        existing = list(doc.spans["ACTOR"]) if "ACTOR" in doc.spans else []
        self.actors = sorted(existing, key=lambda a: (a.start_char, a.end_char))
        self.starts = [a.start_char for a in self.actors]
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

    def _pronoun_anchor(self, q: _Quote) -> int:
        """Where to look back from for the antecedent of a pronoun in q's frame: the start of the frame
        sentence, so that an object named after the pronoun ("Sie sicherte Johnson … zu") is not taken."""
        return min(q.start, q.frame[0]) if q.frame is not None else q.start

    def _antecedent(self, before: int) -> Span | None:
        if self.last is not None and before - self.last_end < 1500 \
                and (self.last._.attrs or {}).get("actor_type", "PERSON") == "PERSON":
            return self.last
        i = bisect.bisect_left(self.starts, before) - 1
        nearest_any = self.actors[i] if i >= 0 and before - self.actors[i].end_char < 600 else None
        while i >= 0 and before - self.actors[i].end_char < 3000:
            a = self.actors[i]
            if (a._.attrs or {}).get("actor_type") == "PERSON" and not _genitive_attribute(
                    self.text, max(0, a.start_char - 60), a.start_char):
                return a  # not "zu der Entscheidung des Bundespräsidenten": an owner is rarely "er"
            i -= 1
        return nearest_any

    def resolve(self, q: _Quote, container: tuple[_Quote, Span] | None = None) -> tuple[Span | None, str]:
        """The speaker of q and the path that chose it (for error analysis)."""
        text = self.text
        if q.frame is not None and q.cue is not None and text[q.cue[0]:q.cue[1]] in ("heißt", "hieß"):
            # "…“, heißt es in einer Erklärung des Ministeriums" / "In dem Brief des X heißt es:": the actor
            # issuing the document named around the cue, else the speaker carried from the context
            c0, c1 = q.cue
            lo, hi = q.frame
            if c0 >= q.end:
                sides = [(c1, hi)]
            else:  # "Aus Paris hieß es, …" / "In dem Brief heißt es:" / "…heißt es in der Meldung: „…“"
                stop = re.search(r"[,:]", text[c1:q.start])
                sides = [(c1, c1 + stop.start() if stop else q.start), (lo, c0)]
            inside = []
            for side in sides:
                inside = inside or [a for a in _frame_actors(self.actors, self.starts, side[0], side[1], q)
                                    if not (q.start <= a.start_char < q.end)]
            if inside:
                return _nearest(inside, c0), "document_actor"
            found = self._context_speaker(q)
            if found is not None:
                return found
        if q.frame is not None and q.cue is not None:
            region = _subject_region(text, q)
            if region == "PRON":
                if q.cue[0] >= q.end and q.frame[0] < q.start:
                    # „…“, sagte er: a person named before the quote in its own sentence ("Schaaf war zufrieden:")
                    persons = _persons(_frame_actors(self.actors, self.starts, q.frame[0], q.start, q))
                    if persons:
                        return persons[-1], "pronoun_same_sentence"
                return self._antecedent(self._pronoun_anchor(q)), "pronoun"
            if isinstance(region, list):
                found = self._pick_subject(region, q)
                if found is not None:
                    return found
                region = None
            if isinstance(region, tuple):
                lo, hi = region
                inside = _frame_actors(self.actors, self.starts, lo, hi, q)
                if inside:
                    persons = _persons(inside)
                    if persons and all(_genitive_attribute(text, lo, a.start_char) for a in persons):
                        after = self._person_after_verb(q)
                        if after is not None:
                            return after, "subject_after_verb"
                    return _nearest(persons or inside, q.cue[0]), "subject_actor"
                made = _np_actor(self.doc, text, lo, hi)  # refuses sentence adverbs ("Zwar", "Relativierend")
                if made is not None:
                    return self._add_actor(made), "subject_np"
        if q.quote_type == "direct" and q.cue is None:
            # „…“, strich Romney heraus: a verb and an actor right after the closing mark
            m = _AFTER_VERB_RE.match(text, q.end)
            if m:
                i = bisect.bisect_left(self.starts, m.end())
                if i < len(self.actors) and self.actors[i].start_char == m.end():
                    return self.actors[i], "after_verb_actor"
        if q.quote_type == "direct" and q.frame is not None:
            source = self._source_phrase(q)
            if source is not None:
                return source, "source_phrase"
        if q.frame is not None and (q.quote_type == "direct" or q.cue is None):
            # no subject next to a cue word: the subject of the frame sentence ("Ali bekannte sich …: „…“",
            # "Freizeitforscher bezweifeln aber, dass …")
            lo = q.frame[0]
            hi = q.start if q.start - lo > 3 else q.frame[1]
            start_at = lo if q.start - lo > 3 else q.end
            stoks = _tokens(text, start_at, hi)
            region = _sentence_subject(stoks)
            if isinstance(region, tuple) and not _persons(
                    _frame_actors(self.actors, self.starts, region[0], region[1], q)):
                inverted = _inverted_subject([t for t in stoks if t[0] not in {"„", "“", "”", '"', "»", "«"}],
                                             region)
                if inverted == "PRON" or (isinstance(inverted, tuple) and _frame_actors(
                        self.actors, self.starts, inverted[0], inverted[1], q)):
                    region = inverted
            if region == "PRON":
                ante = self._antecedent(self._pronoun_anchor(q))
                if ante is not None:
                    return ante, "subject_pronoun"
            elif isinstance(region, tuple):
                inside = _frame_actors(self.actors, self.starts, region[0], region[1], q)
                if inside:
                    persons = _persons(inside)
                    return (persons or inside)[0], "sentence_subject"
                # a description starting with an article ("Die Firma", "der Verfasser") or a name of two
                # capitalised words ("Amnesty International"); a capitalised first word alone is too often an
                # adverb ("Derzeit", "Offenbar") to be proposed
                words = text[region[0]:region[1]].split()
                if container is None and (words[0] in _DETS or (
                        len(words) == 2 and all(w[:1].isupper() for w in words) and words[0] not in _NOT_NAME
                        and _lemma(words[0])[:1].isupper())):  # not "Aus Mangel", "Jeder Pädagoge"
                    made = _np_actor(self.doc, text, region[0], region[1])
                    if made is not None:
                        return self._add_actor(made), "sentence_subject_np"
        if container is not None and q.quote_type == "direct":
            return container[1], "container"
        if q.frame is not None:
            lo, hi = q.frame
            pos = q.cue[0] if q.cue is not None else q.start
            cands = _frame_actors(self.actors, self.starts, lo, hi, q)
            if cands:
                # a person rather than the object next to the quote ("Rumsfeld attackierte den Iran als „…“")
                persons = _persons(cands)
                return _nearest(persons or cands, pos), "frame_nearest"
        if q.frame is None and q.quote_type != "direct":
            found = self._own_source(q)
            if found is not None:
                return found, "own_source"
        # no speaker in the frame: the speech continues the nearest earlier speaker - the speaker of an earlier
        # quote or the subject of an earlier sentence with a verb of saying ("X verurteilte … . „…“")
        found = self._context_speaker(q)
        if found is not None:
            return found
        if q.quote_type == "direct":
            # last resort: the nearest person (else any actor) mentioned shortly before the quote
            i = bisect.bisect_left(self.starts, q.start) - 1
            near = [a for a in self.actors[max(0, i - 5):i + 1] if 0 <= q.start - a.end_char < 400]
            persons = _persons(near)
            if persons or near:
                return (persons or near)[-1], "nearest_before"
        return None, "none"

    def _person_after_verb(self, q: _Quote) -> Span | None:
        """A person named in a phrase opened by "der" right after the cue verb: the subject when the phrase
        before the verb is the object ("Die Anwendung der Richtlinie des Kanzlers stellte der SPD-Vorsitzende
        Franz Müntefering in Frage")."""
        if q.cue is None or not self.text.startswith(" der ", q.cue[1]):
            return None
        c1 = q.cue[1]
        region = _np_forward(_tokens(self.text, c1, min(len(self.text), c1 + 160)))
        if not isinstance(region, tuple):
            return None
        persons = _persons(_frame_actors(self.actors, self.starts, region[0], region[1], q))
        return persons[0] if persons else None

    def _pick_subject(self, regions: list[tuple[int, int]], q: _Quote) -> tuple[Span, str] | None:
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
        if len(words) >= 2 and all(w[:1].isupper() for w in words[:2]) and words[0] not in _DETS:
            made = _np_actor(self.doc, self.text, lo, hi)
            if made is not None:
                return self._add_actor(made), "subject_np"
        for inside in found:
            if inside:
                return inside[0], "subject_actor"
        for lo, hi in regions:
            # a capitalised first word without article is often an adverb or adjective ("Passend zu …")
            if self.text[lo:hi].split()[0] not in _DETS and not self._noun_elsewhere(lo, hi):
                continue
            made = _np_actor(self.doc, self.text, lo, hi)
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

    def _own_source(self, q: _Quote) -> Span | None:
        """The source a reported sentence without a frame names itself: "Anschließend sei laut el-Baradei …",
        "Bezüglich des Startortes meldet die Nachrichtenagentur Xinhua, …" (an existing actor only)."""
        # the sentence as its own frame, with a cue inside the quote: _frame_actors then admits its actors
        own = _Quote(q.start, q.end, q.quote_type, q.score, q.rule, (q.start, q.start), (q.start, q.end))
        found = self._source_phrase(own, inside=True)
        if found is not None:
            return found
        verb = _SPEECH_SCAN.search(self.text, q.start, q.end)
        if verb is None:
            return None
        own.cue = verb
        region = _subject_region(self.text, own)
        if not isinstance(region, tuple):
            return None
        inside = _frame_actors(self.actors, self.starts, region[0], region[1], own)
        persons = _persons(inside)
        return _nearest(persons or inside, verb[0])

    def _source_phrase(self, q: _Quote, inside: bool = False) -> Span | None:
        """An actor named as the source inside the quote's sentence: "wie sich X ausdrückte", "laut X",
        "nach Angaben von X", "X zufolge", "Für X sei …" (in the quote's own words only when `inside`)."""
        lo, hi = q.frame
        text = self.text
        for m in _SOURCE_RE.finditer(text, lo, hi):
            if q.start <= m.start() < q.end and not inside:
                continue
            if m.group().startswith("Für") and m.start() != lo:
                continue  # "Für X sei …" only at the start of the sentence
            if m.group().strip() == "zufolge":
                region = _np_backward(_tokens(text, max(lo, m.start() - 120), m.start()))
            else:
                if m.group().lower().startswith("wie"):
                    clause = re.match(r"[^,.;:„“\"]*", text[m.end():hi]).group()
                    if not (_SPEECH_RE.search(clause) or _WIE_VERB_RE.search(clause)):
                        continue
                toks = _tokens(text, m.end(), min(hi, m.end() + 160))
                if toks and toks[0][0] in {"dem", "den"}:  # "laut dem Chefankläger", "Für den Theologen X"
                    toks = toks[1:]
                region = _np_forward(toks)
            if not isinstance(region, tuple):
                continue
            inside = _frame_actors(self.actors, self.starts, region[0], region[1], q)
            if inside:
                persons = _persons(inside)
                return (persons or inside)[-1]
        return None

    def nearest_mention(self, speaker: Span, q: _Quote) -> Span:
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

    def remember(self, q: _Quote, speaker: Span) -> None:
        self.last = speaker
        self.last_end = q.end
        self.history.append((q.start, q.end, speaker))

    def _sentence_speaker(self, s: int, e: int, q: _Quote, any_verb: bool = False) -> Span | None:
        """The subject of sentence [s, e) when it names an actor and (unless any_verb) the sentence has a verb
        of saying or judging (cached: quotes in a row walk back over the same sentences)."""
        key = (s, e, any_verb)
        if key not in self.sentence_speakers:
            self.sentence_speakers[key] = self._find_sentence_speaker(s, e, q, any_verb)
        return self.sentence_speakers[key]

    def _find_sentence_speaker(self, s: int, e: int, q: _Quote, any_verb: bool) -> Span | None:
        saying = self.saying.get((s, e))
        if saying is None:
            saying = bool(_SPEECH_SCAN.search(self.text, s, e) or _JUDGE_SCAN.search(self.text, s, e)
                          or _REPORTED_SCAN.search(self.text, s, e) or _STANCE_SCAN.search(self.text, s, e))
            self.saying[(s, e)] = saying
        if not any_verb and not saying:
            return None
        # the subject and the verb after it are among the first words: 300 characters are enough
        toks = self.sentence_tokens.get((s, e))
        if toks is None:
            toks = [t for t in _tokens(self.text, s, min(e, s + 300)) if t[0] not in {"„", "“", "”", '"', "»", "«"}]
            self.sentence_tokens[(s, e)] = toks
        region = _sentence_subject(toks)
        if isinstance(region, tuple):
            inside = _frame_actors(self.actors, self.starts, region[0], region[1], q)
            persons = _persons(inside)
            if not persons:
                inverted = _inverted_subject(toks, region)
                if isinstance(inverted, tuple):
                    inv = _frame_actors(self.actors, self.starts, inverted[0], inverted[1], q)
                    if inv:
                        return inv[0]
                elif inverted == "PRON":
                    return self._antecedent(s)
            if inside:
                return (persons or inside)[0]
            if saying and self.text[region[0]:region[1]].split()[0] in _DETS:
                made = _np_actor(self.doc, self.text, region[0], region[1])
                if made is not None:
                    return self._add_actor(made)
        elif region == "PRON":
            return self._antecedent(s)
        return None

    def _context_speaker(self, q: _Quote) -> tuple[Span, str] | None:
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


# --------------------------------------------------------------------------- component

def find_quotes(text: str, tx: _Text | None = None) -> list[_Quote]:
    """All QUOTE candidates of a text with their rule, score, cue and frame (sorted by start)."""
    tx = tx or _Text(text)
    pairs = _pair_marks(text)
    konj = _konj_positions(text, sorted(pairs))
    direct = _find_direct(text, tx, konj)
    indirect = _find_indirect(text, tx, konj, direct)
    return sorted(direct + indirect, key=lambda q: (q.start, -q.end))


@Language.factory("curate_quotes")
def create_quotes_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent(BatchedComponent):
    """Writes doc.spans["QUOTE"] and speaker pairs in doc._.speakers (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        tx = _Text(text)
        speakers = _Speakers(doc, tx)
        spans: list[Span] = []
        rules: dict[str, str] = {}
        containers: list[tuple[_Quote, Span]] = []  # reported clauses around the current position
        paths: dict[str, str] = {}
        for q in find_quotes(text, tx):
            start = q.start
            end = q.end
            while start < end and text[start].isspace():
                start += 1
            span = make_aligned_span(doc, start, end, "QUOTE", {"quote_type": q.quote_type}, q.score)
            if span is None:
                span = doc.char_span(start, end, label="QUOTE", alignment_mode="contract")
                if span is None or not span.text.strip():
                    continue
                span._.attrs = {"quote_type": q.quote_type}
                span._.score = round(q.score, 3)
            spans.append(span)
            key = f"{span.start_char}-{span.end_char}"
            rules[key] = q.rule
            while containers and containers[-1][0].end <= q.start:
                containers.pop()
            speaker, path = speakers.resolve(q, containers[-1] if containers else None)
            paths[key] = path
            if speaker is not None:
                speaker = speakers.nearest_mention(speaker, q)
                add_speaker(doc, span, speaker)
                speakers.remember(q, speaker)
                if q.quote_type != "direct":
                    containers.append((q, speaker))
        doc.spans["QUOTE"] = spans
        if speakers.added:
            doc.spans["ACTOR"] = sorted([*(doc.spans["ACTOR"] if "ACTOR" in doc.spans else []), *speakers.added],
                                        key=lambda a: (a.start_char, a.end_char))
        doc.user_data["curate_quote_rules"] = rules
        doc.user_data["curate_speaker_paths"] = paths
        return doc
