"""German word lists the rule modules share (actors, figures, quotes): articles, months and weekdays,
adjective endings, verbs of saying. Lists only one module uses stay beside their rule.

``curation.evaluate`` keeps its own lists on purpose: the metric must not move when the rules change.
"""

from __future__ import annotations

import re

DEFINITE_ARTICLES = ("der", "die", "das", "des", "dem", "den")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
# endings of an inflected German adjective ("russische", "neuen", "großer"), and as a regex alternation
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
ADJECTIVE_ENDING = "(?:" + "|".join(ADJECTIVE_ENDINGS) + ")"

# Speech / communication verbs, as inflected forms (present, past, participle). Particle verbs are matched by
# their finite part ("teilte ... mit", "fügte ... hinzu", "wies ... hin").
SPEECH_VERB_FORMS = r"""
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


def expand(form: str) -> list[str]:
    """The words a form like "sag(?:e|t|te)?" stands for."""
    m = re.fullmatch(r"([^(]*)\(\?:([^)]*)\)(\?)?(.*)", form)
    if not m:
        return [form]
    pre, alts, optional, tail = m.groups()
    out = [pre + alt + tail for alt in alts.split("|")] + ([pre + tail] if optional else [])
    return [word for o in out for word in expand(o)]


def speech_verbs() -> list[str]:
    """Every inflected form of SPEECH_VERB_FORMS, sorted."""
    return sorted({word for form in SPEECH_VERB_FORMS for word in expand(form)})


# Verbs of saying (and "so", "laut") right before the name of a source: "sagte Lawrow", "laut Tass", "so Nacke".
SOURCE_CUES = ("sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "meinte", "meint",
               "schrieb", "schreibt", "berichtete", "berichtet", "meldete", "meldet", "warnte", "forderte",
               "kritisierte", "so", "laut", "antwortete", "ergänzte", "bestätigte", "versicherte", "bekräftigte",
               "unterstrich", "zitierte", "zitiert")
