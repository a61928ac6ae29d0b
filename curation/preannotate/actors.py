"""ACTOR rules: people, organisations and states in German news text (SCHEME.md).

The rules work on any article; there is no list of particular people. Their word lists (heads of descriptions
and organisation names, legal forms, place nouns) are data in lexicon.py. Evidence, strongest first:
- a function or title before a name ("Außenministerin Choe Son Hui", "US-Präsident Donald Trump");
- a first name (Faker's first-name tables of ~80 locales, MIT; Russian, Ukrainian and Bulgarian ones
  transliterated to German spelling) or initials followed by a surname ("Sergej Lawrow", "George W. Bush");
- name shapes: two or more capitalised words that simplemma's German dictionary does not know (and that
  are no German compounds), "Barack Obama", "Hossein Mussawi" (lower score);
- an organisation cue before a name ("Nachrichtenagentur KCNA"; "Stiftung Warentest" whole), all-caps
  acronyms ("AFP", "DVRK"), a party in parentheses after a politician ("Werner Schulz (Grüne)");
- organisation names by their shape: capitalised adjectives (also of places: "Münchner") before an institution
  noun ("Deutsche Bank", "Statistischen Bundesamtes", "Münchner Mordkommission"), capitalised words before an
  English organisation noun or a legal form ("Rutgers University", "Daimler AG"; later "Daimler"), foreign
  party and newspaper names by their first word ("Parti Socialiste"), sports clubs around their abbreviation
  ("1. FC Köln") and the teams of a results table, news sites by their domain ("laut ndr.de");
- German country names (CLDR via babel) and the German federal states with their genitive ("Nordkoreas",
  "Sachsens"), and capitals (data/capitals_de.tsv) used for their governments ("Moskau liefert"), not as places
  ("in Moskau", "im nördlichen Libanon", "in der Hauptstadt Guatemalas", "in Italien und Irland", "beim
  Landgericht Berlin", "aus den Ländern Ukraine, Polen") nor as a nationality in parentheses ("Peter Leko
  (Ungarn, 2.741)");
- definite descriptions whose head is an institution or a function, when no name follows or is given
  after their genitive ("das russische Verteidigungsministerium", "der russische Außenminister", "die Bank",
  "dem Mann", "im Bundestag", "seine Frau", "der Italiener", "mit den Grünen"; not "die Minister", "nach
  Angaben der Veranstalter", "zum Präsidenten gewählt", "das Amt des Bundeskanzlers", "die Sprecherin der
  Stiftung Warentest, Heike van Laak"), the vetoes as an ordered list of named checks;
- a name in apposition after a function ("der Direktor der Behörde, Bagus Puruhito,") or after a
  speech cue ("so Nacke", "laut Tass");
- later short mentions of a name found in the same document ("Lawrow", "Schoigus", "Kim").
- names without any cue from data/names_de.tsv, mined from GermEval 2014 train (scripts/build_names_de.py;
  CC BY 4.0): "Airbus", "Taliban", "Fed", "Borussia Dortmund"; the weakest evidence, not before a model
  ("Airbus A380"), after "ein"/"in"/"auf" ("eine Boeing", "auf YouTube") nor a person's name in quotation marks.

Speed: a few precompiled regular-expression passes over the text (runs of two or more capitalised
words, a trie of state and capital names, acronyms, descriptions, organisation nouns, cue positions) and cached
dictionary look-ups per word; no Python loop over all tokens. Spans are kept only where they align
with spaCy tokens, so names inside compounds ("Ukraine-Krieg", "NATO-Staaten") never become actors.

With ``--model``, ``curate_ner_actors`` maps a trained pipeline's entities instead (see NerActorAdapter).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from curation.preannotate.lexicon import (ADJECTIVE_ENDING, ADJECTIVE_ENDINGS, DEFINITE_ARTICLES, DEMONYM_NOUNS,
                                         FOREIGN_ORG_STARTS, FUSED_ARTICLES, GEOGRAPHIC_HEADS, GERMAN_LAENDER,
                                         LEGAL_FORMS, MONTHS, NAME_FORMING_CUES, NEWSPAPER_HEADS,
                                         NOT_INSTITUTION_HEADS, ORG_CLASSIFIER_NOUNS, ORG_DESCRIPTION_HEADS,
                                         ORG_NAME_HEADS_DE, ORG_NAME_HEADS_EN, PARTY_MEMBER_NOUNS, PARTY_WORDS,
                                         PERSON_DESCRIPTION_HEADS, PERSON_DESCRIPTION_WORDS, PLACE_NOUNS,
                                         SPORTS_CLUB_ABBREVIATIONS, STATE_COMPOUND_HEADS, STATE_DESCRIPTION_HEADS,
                                         STATE_NOUNS, TECHNICAL_ACRONYMS, WEEKDAYS, NATURAL_EVENT_ENDINGS,
                                         GENERIC_OFFICE_HEADS, ARABIC_ARTICLES, ARABIC_ORG_NAMES,
                                         ARABIC_ORG_CLASSIFIERS, ORG_HEADS_OF_EN)
from curation.preannotate.pipeline import (BatchedComponent, PreparedComponent, doc_text, make_aligned_span,
                                          offsets_range, token_offsets, trie_pattern)
from curation.preannotate.quotes.cues import cue_words, doc_cue_words

PERSON, ORGANIZATION, STATE = "PERSON", "ORGANIZATION", "STATE"

# Region scores by rule: the less precise the rule, the lower the score. An ordering by expected precision:
# on the seed gold every rule is at least 0.9 precise, too few mentions to calibrate them (see README).
SCORES = {
    "title_name": 0.9,
    "first_name": 0.85,
    "org_cue": 0.85,
    "state": 0.85,
    "acronym_state": 0.85,
    "short_mention": 0.8,
    "acronym": 0.75,
    "apposition": 0.7,
    "name_shape": 0.6,
    "capital": 0.7,
    "description": 0.6,
    "description_state": 0.5,
    "speech_cue": 0.55,
    "org_name": 0.75,
    "ner": 0.75,
    "ner_loc": 0.5,
    "known_name": 0.65,
    "coordinated": 0.6,
    "repeated_name": 0.55,
}

# Upper-case letters of the Latin, Greek and Cyrillic scripts ("Şükrü", "Łukasz", "Ärzte").
_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha()})).replace("-", "")
_LETTER = r"[^\W\d_]"
# A capitalised word, possibly hyphenated ("Jong-un", "US-Präsident") or with an apostrophe ("O'Neill"). The
# possessive quantifiers (*+, ++) match the same words: giving letters (or spaces) back could only leave a letter
# (a space) next, where the word's end (the next word) cannot match; they spare re that futile backtracking at
# every capitalised word followed by a lower-case one (a third of the run pass).
_CAP = rf"[{_UPPER}]{_LETTER}*+(?:[-‐'’]{_LETTER}++)*(?![\w])"
_INITIALS = rf"(?:[{_UPPER}]\.){{1,3}}"
_PARTICLE = r"(?:von|van|de|da|di|al|el|bin|ibn|ben|zu|dos|du|le|la|ter)(?:[ \u00a0]+(?:der|den|la))?"
_SP = r"[ \u00a0]++"
# A run of capitalised words (with name particles and initials): the unit all rules look at.
_RUN_RE = re.compile(
    rf"(?<![\w\-‐.’'])(?:{_INITIALS}|{_CAP})(?:{_SP}(?:{_PARTICLE}{_SP})?(?:{_INITIALS}|{_CAP}))*"
)
# Python's re skips ahead fast only to the characters of a pattern's first character class (a leading
# look-ahead, look-behind or \b makes it try every position). These patterns therefore start with their first
# character and check what precedes it afterwards: "[U](?<![\w][U])" = an upper-case letter starting a word.
# The first word of a run: initials or a capitalised word (_INITIALS | _CAP, after their first letter).
_FIRST_RUN_WORD = (rf"[{_UPPER}](?<![\w\-‐.’'][{_UPPER}])"
                   rf"(?:\.(?:[{_UPPER}]\.){{0,2}}|{_LETTER}*+(?:[-‐'’]{_LETTER}++)*(?![\w]))")
_MULTI_RUN_RE = re.compile(rf"{_FIRST_RUN_WORD}(?:{_SP}(?:{_PARTICLE}{_SP})?(?:{_INITIALS}|{_CAP}))+")
_WORD_RE = re.compile(r"\S+")
_INITIALS_RE = re.compile(_INITIALS)
_ACRONYM = rf"[{_UPPER}][{_UPPER}a-z]?[{_UPPER}]{{1,5}}|[{_UPPER}]{{2}}"
_ACRONYM_RE = re.compile(_ACRONYM)
# _ACRONYM after its first letter
_ACRONYM_FIND_RE = re.compile(
    rf"[{_UPPER}](?<![\w\-‐][{_UPPER}])(?:[{_UPPER}a-z]?[{_UPPER}]{{1,5}}|[{_UPPER}])(?![\w\-‐])")
# "Dr. ", "Prof. ": found at the dot (a literal first character, which re skips ahead to), the abbreviation
# checked behind it
_TITLE_ABBREVIATION_RE = re.compile(r"\.(?:(?<=Dr\.|Mr\.|Ms\.)|(?<=Mrs\.)|(?<=Prof\.))[ \u00a0]+")
# An opening quotation mark before a capital, one pattern per mark: a literal first character lets re skip ahead
# much faster than a character class ("[„\"»‚]") does.
_QUOTE_OPEN_RES = tuple(re.compile(re.escape(mark) + "(?=[A-ZÄÖÜ])") for mark in "„\"»‚")
_PARTICLES = {"von", "van", "de", "da", "di", "al", "el", "bin", "ibn", "ben", "zu", "dos", "du", "le", "la", "ter",
              "der", "den"}

# Functions and titles before a person's name, matched as the end of a noun so that compounds count
# ("Außenministerin", "US-Präsident", "Ministeriumssprecherin"); inflection endings are allowed.
_PERSON_FUNCTIONS = (
    "präsident", "minister", "kanzler", "machthaber", "diktator", "chef", "sprecher", "sekretär", "botschafter",
    "gesandte", "general", "generalleutnant", "generalmajor", "kommandeur", "befehlshaber", "anführer",
    "führer", "leiter", "vorsitzende", "direktor", "gouverneur", "bürgermeister", "senator", "abgeordnete",
    "politiker", "premier", "könig", "prinz", "prinzessin", "kaiser", "papst", "kardinal", "bischof",
    "patriarch", "ajatollah", "scheich", "emir", "kandidat", "kollege", "kollegin", "berater", "analyst",
    "experte", "expertin", "soziologin",
    "forscher", "wissenschaftler", "professor", "autor", "journalist", "reporter", "korrespondent", "anwalt",
    "anwältin", "richter", "staatsanwalt", "staatsanwältin", "ermittler", "trainer", "spieler", "sänger",
    "schauspieler", "regisseur", "aktivist", "dissident", "oligarch", "unternehmer", "gründer", "vize",
    "stellvertreter", "beauftragte", "admiral", "oberst", "major", "hauptmann", "leutnant", "marschall",
    "kapitän", "arzt", "ärztin", "polizist", "stürmer", "torwart", "historiker", "ökonom", "soziologe",
    "gastgeber", "vorstand", "geschäftsführer", "moderator", "schriftsteller", "künstler", "musiker",
    "athlet", "fahrer", "weltmeister", "olympiasieger", "pfarrer", "königin", "fürst", "herzog", "kommissar",
    "manager", "redakteur", "intendant", "rektor", "präses", "nachfolger", "vorgänger", "herausforderer",
    "kontrahent", "rivale", "staatssekretär", "ministerpräsident", "landrat", "beamte", "offizier",
    "oberbefehlshaber", "staatsoberhaupt", "vorsitzender", "chefredakteur", "sprecherin", "mitbegründer",
)
_INFLECTIONS = ("", "in", "innen", "en", "n", "s", "es", "e", "er", "em")
_TITLES = {"Herr", "Herrn", "Frau", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Sir", "Lady", "Lord", "Scheich"}
# Cues before an organisation's name.
_ORG_CUES = (
    "nachrichtenagentur", "agentur", "zeitung", "tageszeitung", "wochenzeitung", "zeitschrift", "magazin",
    "nachrichtenmagazin", "sender", "fernsehsender", "radiosender", "nachrichtensender", "staatssender",
    "rundfunk", "portal", "nachrichtenportal", "blatt", "partei", "konzern", "unternehmen", "firma",
    "organisation", "hilfsorganisation", "menschenrechtsorganisation", "gruppe", "miliz", "terrormiliz",
    "bewegung", "verband", "gewerkschaft", "verein", "stiftung", "institut", "forschungsinstitut",
    "denkfabrik", "bank", "fluggesellschaft", "airline", "hersteller", "club", "klub", "netzwerk",
    "plattform", "bündnis", "allianz", "fraktion", "behörde", "universität", "sendung", "onlineausgabe",
    "gesellschaft", *ORG_CLASSIFIER_NOUNS,
)
# Heads of definite descriptions that stand for an institution ("das russische Verteidigungsministerium").
_ORG_HEAD_ENDINGS = (
    "ministerium", "ministeriums", "behörde", "staatsanwaltschaft", "geheimdienst",
    "geheimdienstes", "gericht", "gerichts", "gerichtshof", "gerichtshofs", "kommission", "nachrichtenagentur",
    "polizei", "armee",
)
_ORG_HEADS = {"Kreml", "Kremls", "Militär", "Parlament", "Parlaments", "Generalstab", "Generalstabs",
              "Präsidialamt", "Präsidialamts", "Senat", "Senats", "Kongress", "Kongresses", "Bundestag",
              "Bundestags", "Bundesrat", "Bundesrats", "Sicherheitsrat", "Sicherheitsrats", "Zentralbank",
              "Notenbank", "Opposition", "Pentagon", "Pentagons", "Vatikan", "Staatsanwaltschaft", "Streitkräfte",
              "Streitkräften", "Armee", "Polizei", "Gruppe", "Band"}
# Heads of descriptions standing for a state: its government or leadership ("die russische Führung",
# "seine Regierung") and "das Land" for a state named before.
_STATE_HEAD_ENDINGS = ("regierung", "staatsführung", *STATE_COMPOUND_HEADS)
_STATE_HEADS = {"Führung", "Land", "Landes", *STATE_DESCRIPTION_HEADS}
_LAND_PLACE_WORDS = {"auf", "in", "an", "aus", "vom", "zum", "durch", "über", "nach", "ins", "im", "quer", "übers"}
# Heads that make a definite description a person ("der russische Außenminister").
_PERSON_HEAD_ENDINGS = tuple(
    stem + ending
    for stem in ("präsident", "minister", "kanzler", "machthaber", "staatschef", "regierungschef", "diktator",
                 "sprecher", "staatsanwalt", "amtskolleg", "botschafter", "staatsoberhaupt", "generalsekretär",
                 "oberbefehlshaber")
    for ending in ("", "in", "en", "s", "e", "n")
) + ("staatsanwältin",)

# State abbreviations and names outside CLDR's standard list (general, not article-specific).
_STATE_EXTRA = {
    "USA": "USA", "UdSSR": "Sowjetunion", "Sowjetunion": "Sowjetunion", "DDR": "DDR",
    "BRD": "Deutschland", "DVRK": "Nordkorea", "VAE": "Vereinigte Arabische Emirate",
    "Großbritannien": "Vereinigtes Königreich", "England": "England", "Schottland": "Schottland",
    "Holland": "Niederlande", "Weißrussland": "Belarus", "Moldawien": "Republik Moldau", "Moldau": "Republik Moldau",
    "Kongo": "Kongo", "Demokratische Republik Kongo": "Kongo-Kinshasa", "Republik Kongo": "Kongo-Brazzaville",
    "Palästina": "Palästina", "Vatikan": "Vatikanstadt", "Osttimor": "Timor-Leste",
    "Brunei": "Brunei Darussalam", "Elfenbeinküste": "Côte d’Ivoire", "Kap Verde": "Cabo Verde",
    "Mazedonien": "Nordmazedonien", "Birma": "Myanmar", "Burma": "Myanmar", "Swasiland": "Eswatini",
    "Tschechische Republik": "Tschechien", "Volksrepublik China": "China", "Republik Korea": "Südkorea",
    "Demokratische Volksrepublik Korea": "Nordkorea", "Russische Föderation": "Russland",
    "Islamische Republik Iran": "Iran",
}
# Territory codes that are not states (continents, unions, pseudo-regions, uninhabited islands).
_NOT_STATES = {"AC", "AQ", "BV", "CP", "DG", "EA", "IC", "TA", "HM", "GS", "UM", "IO", "TF", "QO", "EU", "EZ", "UN",
               "XA", "XB", "ZZ", "HK", "MO", "PS", "MD", "JE", "GG", "IM"}
_STATE_ACRONYMS = {"USA", "UdSSR", "DDR", "BRD", "DVRK", "VAE"}
_NOT_ACRONYMS = {*TECHNICAL_ACRONYMS,
                 "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "OK", "PS", "KW", "CO", "KM",
                 "DJ", "PR", "GB", "MB", "KB", "AM", "PM",
                 "CET", "MEZ", "MESZ", "UTC", "GMT", "DNA", "DNS", "HIV", "AIDS", "WERBUNG", "LIVE", "VIDEO", "FOTO",
                 "NEU", "UPDATE", "BIP", "AG", "GMBH", "SE", "KG", "CEO", "MP", "PKW", "LKW", "ICE", "IC", "FM", "UKW",
                 # law codes: "Artikel 65 GG", "§ 211 StGB"
                 "GG", "BGB", "STGB", "STPO", "ZPO", "HGB", "SGB", "GVG", "VWGO", "AO"}
# Prepositions that make a following state or capital a place ("in Moskau", "nach Pjöngjang").
_PLACE_PREPS = {"in", "im", "ins", "nach", "aus", "bei", "ab", "bis", "durch", "um", "gen", "nahe", "nördlich",
                "südlich", "östlich", "westlich", "vor", "über", "innerhalb", "außerhalb", "quer", "unweit", "via",
                "richtung",  # "in Richtung Frankreich", "Richtung Moskau"
                # verbs of travelling: "besuchte Pjöngjang", "verließ Moskau"
                "besuchte", "besucht", "besuchen", "besuchten", "bereiste", "bereist", "verließ", "erreichte"}
_ARTICLES = set(DEFINITE_ARTICLES) - {"des"}
_ARTICLES_SP = {article + " " for article in DEFINITE_ARTICLES}
_PLACE_PREPS_WITH_ARTICLE = {"in", "nach", "aus", "bei", "durch", "über", "vor", "innerhalb"}
# Lower-case agency abbreviations need the agency cue: "Nachrichtenagentur dpa", "Agentur epd".
# Found by its literal part (fast), the "A"/"a" before it checked afterwards (see _agency_candidates).
_AGENCY_LOWER_RE = re.compile(r"gentur(?:en)?[ \u00a0]+(?P<name>[a-z]{2,4})(?![\w\-‐])")


def _demonym_forms(nouns: Iterable[str]) -> frozenset[str]:
    """Singular forms of nationality nouns: "Russe" -> "Russen", "Russin"; "Italiener" -> "Italieners",
    "Italienerin"; "Franzose" -> "Französin" is missed (umlaut), "Franzosen" is not."""
    forms = set()
    for noun in nouns:
        if noun.endswith("e"):
            forms |= {noun, noun + "n", noun[:-1] + "in"}
        else:
            forms |= {noun, noun + "s", noun + "in", noun + "n" if noun.endswith("er") else noun + "en"}
    return frozenset(forms)


_DEMONYMS = _demonym_forms(DEMONYM_NOUNS)
# The heads _head_kind knows, as a pattern: the description regex only stops at words that can be a head.
_HEAD_ENDINGS = (_STATE_HEAD_ENDINGS + _ORG_HEAD_ENDINGS + _PERSON_HEAD_ENDINGS + ORG_DESCRIPTION_HEADS
                 + PERSON_DESCRIPTION_HEADS)
# Both cases of the first letter instead of (?i:…), which makes Python's re slower by half on this pattern;
# the heads of hyphenated compounds ("die US-Notenbank", "das NATO-Militär") among the endings.
_HEAD_ENDINGS_CASED = {*_HEAD_ENDINGS, *(e[:1].upper() + e[1:] for e in _HEAD_ENDINGS), *("-" + h for h in _ORG_HEADS)}
_WHOLE_WORD_HEADS = _ORG_HEADS | _STATE_HEADS | _DEMONYMS | {*PERSON_DESCRIPTION_WORDS, *PARTY_MEMBER_NOUNS}
_HEAD_WORD = (
    rf"(?=[A-ZÄÖÜ])(?:{trie_pattern(_WHOLE_WORD_HEADS)}"
    rf"|[\w\-‐]*?{trie_pattern(_HEAD_ENDINGS_CASED)})"
)
# Definite descriptions: determiner (article, demonstrative, possessive, or a preposition fused with the
# article: "im Bundestag") + an ordinal + up to three adjectives + a head that may stand for an actor (its
# kind and the context are checked in Python).
_DESCRIPTION_RE = re.compile(
    r"(?P<det>[DdSsIiBbVvZz](?<![\w\-‐][DdSsIiBbVvZz])"  # the determiner, first letter first (see _FIRST_RUN_WORD)
    r"(?:(?<=[Dd])(?:iese[rsmn]?|essen|eren|er|ie|as|es|em|en)|(?<=[Ss])ein(?:e|es|em|en|er)?"
    r"|(?<=[Ii])(?:hr(?:e|es|em|en|er)?|m)|(?<=[Bb])eim|(?<=[Vv])om|(?<=[Zz])u[mr]))[ \u00a0]+"
    r"(?:\d{1,3}\.[ \u00a0]+)?"  # "den 15. deutschen Bundestag"
    r"(?P<np>(?:(?!(?:der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines)[ \u00a0])"
    rf"(?:[a-zäöüß][a-zäöüß\-]*{ADJECTIVE_ENDING}|\d{{1,3}}-[a-zäöüß]+{ADJECTIVE_ENDING}"
    rf"|[A-ZÄÖÜ][a-zäöüß]+(?:e|en)(?=[ \u00a0]+[A-ZÄÖÜ]))"
    r"[ \u00a0]+){0,3}"
    rf"(?:Weißen?[ \u00a0]+Haus(?:es)?|{_HEAD_WORD}))(?![\w\-‐])"
    r"(?=[ \u00a0]*(?P<next>[\w.„\"\-‐]+))?"
)

_MONTHS_DAYS = {*MONTHS, *WEEKDAYS, "Sonnabend"}
# Common German nouns by suffix: they end a name ("dass Präsident Putin Truppen entsandte").
_NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ität", "itäten",
    "ismus", "nis", "nisse", "tum", "tümer", "ment", "mente", "chen", "lein", "ie", "ien", "ei", "eien", "ischen",
    "ische", "isches", "ischer", "lich", "liche", "lichen", "ig", "igen", "ige", "tag", "land", "länder", "krieg",
    "kriege", "staat", "staaten", "truppen", "soldaten", "waffen", "raketen", "medien", "berichte", "angaben",
    "ium", "iums",
)
# German common words that are also given names somewhere ("Tor", "Art", "Alter"): never name evidence.
_NAME_HOMOGRAPHS = {
    "Tor", "Tore", "Tod", "Brand", "Mal", "Art", "Lage", "Alter", "Chance", "Titel", "Sommer", "Winter", "Halle",
    "Stern", "Christ", "Christen", "Sinne", "Islam", "Rand", "General", "Sieger", "Lama", "Rock", "Armen", "Linie",
    "Kassen", "Anti", "The", "You", "Co", "Thai", "San", "De", "Rio", "Jung", "Mark", "Will", "Gott", "Bon",
    "Viva", "River", "Venus", "America", "Rose", "Rosen", "Hoffnung", "Friede", "Frieden", "Engel", "Glück",
    "Sonne", "Himmel", "Wolf", "Fuchs", "Bär", "Adler", "Falke", "Golf", "Bund", "Berg", "Wald", "Feld", "See",
    "Kurz", "Lang", "Klein", "Groß", "Weiß", "Schwarz", "Braun", "Roth", "Grün", "Mai", "Ende", "Anfang", "Land",
    "Ort", "Dank", "Kraft", "Macht", "Mut", "Heil", "Segen", "Ehre", "Treue", "Weil", "Dass", "Einer", "Eine",
    "Du", "Sie", "Er", "Ich", "Wir", "Ihr", "Man", "Ob", "Wo", "Wie", "Was", "Weg", "Kind", "Kinder", "Sohn",
    "Vater", "Mutter", "Bruder", "Schwester", "Papst", "König", "Kaiser", "Fürst", "Prinz", "Graf", "Herzog",
    "Nord", "Süd", "Ost", "West", "Union", "Armee", "Bild", "Welt", "Zeit", "Post", "Presse", "Stadt",
}
_PATRONYMIC = ("owitsch", "ewitsch", "itsch", "owna", "ewna", "jewna", "ovich", "evich", "ovna", "evna")


# Not frozen: a frozen dataclass sets each field through object.__setattr__, three times slower to build (~10 000
# candidates on WikiNews train); no candidate is changed once made.
@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    actor_type: str
    score: float
    rule: str
    canonical: str | None = None
    priority: int = 0


# --------------------------------------------------------------------------------------------- data


def _variants_of_name(name: str) -> set[str]:
    """Inflected forms of a multi-word state name ("Vereinigte Staaten" -> "Vereinigten Staaten")."""
    forms = {name}
    words = name.split(" ")
    if len(words) > 1:
        inflected = [w + "n" if i < len(words) - 1 and w.endswith("e") and w[0].isupper() else w
                     for i, w in enumerate(words)]
        forms.add(" ".join(inflected))
    return forms


def _genitive(name: str) -> str | None:
    if name.endswith(("s", "z", "x", "ß", "sch")) or " " in name or name.isupper():
        return None
    return name + "s"


@lru_cache(maxsize=1)
def states() -> dict[str, str]:
    """German state names (CLDR via babel, plus common short forms) and genitives -> nominative name."""
    import babel

    forms: dict[str, str] = {}
    for code, name in babel.Locale("de").territories.items():
        if code.isdigit() or len(code) != 2 or code in _NOT_STATES:
            continue
        for form in _variants_of_name(name):
            forms[form] = name
    for form, canonical in (_STATE_EXTRA | GERMAN_LAENDER).items():
        for f in _variants_of_name(form):
            forms[f] = canonical
    for form, canonical in list(forms.items()):
        gen = _genitive(form)
        if gen:
            forms.setdefault(gen, canonical)
    return forms


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """German capital names (data/capitals_de.tsv) and genitives ("Moskaus") -> nominative name."""
    forms: dict[str, str] = {}
    text = resources.files("curation.preannotate").joinpath("data/capitals_de.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _, names = line.split("\t", 1)
        for name in (n.strip() for n in names.split("|")):
            if name:
                forms[name] = name
                gen = _genitive(name)
                if gen:
                    forms[gen] = name
    return forms


@lru_cache(maxsize=1)
def _multiword_places() -> dict[str, list[tuple[str, str, str]]]:
    """First word -> [(full form, canonical, kind)] for state and capital names of several words."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for table, kind in ((states(), "state"), (capitals(), "capital")):
        for form, canonical in table.items():
            if " " in form:
                out.setdefault(form.split(" ", 1)[0], []).append((form, canonical, kind))
    for forms in out.values():
        forms.sort(key=lambda f: -len(f[0]))
    return out


@lru_cache(maxsize=1)
def _place_re() -> re.Pattern[str]:
    """State and capital names (with genitives and multi-word names), not inside compounds."""
    # no left look-behind: it would stop re from skipping ahead by first character; checked in _scan
    return re.compile(rf"(?:{trie_pattern(set(states()) | set(capitals()))})(?![\w\-‐])")


@lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """Person and organisation names mined from GermEval 2014 (data/names_de.tsv) and their genitives -> actor
    type; without states and capitals (their own rule) and first names alone."""
    text = resources.files("curation.preannotate").joinpath("data/names_de.tsv").read_text(encoding="utf-8")
    places = states().keys() | capitals().keys()
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind = line.split("\t")[:2]
        if name in places or (kind == PERSON and " " not in name and _is_first_name(name)):
            continue
        for form in (name, _genitive(name)):
            if form:
                out.setdefault(form, kind)
    return out


@lru_cache(maxsize=1)
def _known_name_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_pattern(known_names())})(?![\w\-‐])")


# German transliteration of Cyrillic first names (Duden): "Сергей" -> "Sergej", "Владимир" -> "Wladimir";
# Ukrainian letters where they differ: "Володимир" -> "Wolodymyr", "Олександр" -> "Oleksandr".
_CYRILLIC = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "и": "i",
             "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
             "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y",
             "ь": "", "э": "e", "ю": "ju", "я": "ja"}
_CYRILLIC_UK = {**_CYRILLIC, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ji", "є": "je"}
_VOWELS_CYRILLIC = set("аеёиоуыэюяіїєьъ")


def transliterate_de(name: str, ukrainian: bool = False) -> str:
    """A Cyrillic first name in German spelling ("Дмитрий" -> "Dmitri", "Алексей" -> "Alexej")."""
    table = _CYRILLIC_UK if ukrainian else _CYRILLIC
    low = name.lower()
    if not ukrainian and low.endswith("ий"):
        low = low[:-2] + "и"  # "Дмитрий" -> "Dmitri", "Юрий" -> "Juri"
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        if ch == "е" and (not prev or prev in _VOWELS_CYRILLIC) and not ukrainian:
            out.append("je")  # "Евгений" -> "Jewgeni"
        elif ch == "с" and prev in _VOWELS_CYRILLIC and i + 1 < len(low) and low[i + 1] in _VOWELS_CYRILLIC:
            out.append("ss")  # "Василий" -> "Wassili"
        else:
            out.append(table.get(ch, ch))
    latin = "".join(out).replace("ks", "x")  # "Алексей" -> "Alexej"
    return latin[:1].upper() + latin[1:]


# Faker's person providers: first-name tables per locale, Latin script or transliterated from Cyrillic.
_CYRILLIC_LOCALES = {"ru_RU": False, "uk_UA": True, "bg_BG": False}
_OPEN_REGISTERS = {"en", "is_IS"}


def _is_latin(word: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in word)


@lru_cache(maxsize=1)
def faker_first_names() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """First names of Faker's person providers (MIT): every locale's Latin-script first-name tables
    (male, female, non-binary, romanised) and Russian, Ukrainian and Bulgarian ones in German spelling;
    with the locales that list each name."""
    import pkgutil
    from importlib import import_module

    import faker.providers.person as person

    names: set[str] = set()
    attested: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        if provider is None:
            continue
        cyrillic = _CYRILLIC_LOCALES.get(module.name)
        for attr in dir(provider):
            if not (attr.startswith("first_") and attr.endswith(("names", "names_male", "names_female",
                                                                  "names_nonbinary", "names_unisex",
                                                                  "names_est", "names_rus"))):
                continue
            if "kana" in attr or "pair" in attr:
                continue
            table = getattr(provider, attr)
            if not isinstance(table, (dict, list, tuple, set, frozenset)):
                continue
            for name in table:
                if not isinstance(name, str):
                    continue
                if cyrillic is not None and not _is_latin(name):
                    name = transliterate_de(name, ukrainian=cyrillic)
                    names.add(name.replace("x", "ks"))  # both spellings are in use: "Alexej", "Aleksej"
                if _is_latin(name):
                    names.add(name.strip())
                    attested.setdefault(name.strip(), set()).add(module.name)
    return frozenset(names), {n: frozenset(where) for n, where in attested.items()}


def _common_word(name: str) -> bool:
    import simplemma

    low = name.lower()
    return simplemma.is_known(low, lang="en") or simplemma.is_known(low, lang="de")


@lru_cache(maxsize=1)
def _first_name_tiers() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, weak first names) from Faker's tables, without German function words and places.

    The US birth-register list ("en") and the Icelandic name register ("is_IS") also hold rare names that
    are common words ("Handy", "Missouri", "Colonel", "Phil"): attested only there, such a name is weak,
    evidence only together with a name-shaped word ("Phil Spector"; not "Missouri Delegiertenstimmen")."""
    blocked = {w.capitalize() for w in STOP_WORDS} | _MONTHS_DAYS | set(states()) | set(capitals()) | _NAME_HOMOGRAPHS
    names, attested = faker_first_names()
    strong, weak = set(), set()
    for name in names:
        if len(name) < 2 or not name[0].isupper() or " " in name or name in blocked:
            continue
        if attested.get(name, frozenset()) <= _OPEN_REGISTERS and _common_word(name):
            weak.add(name)
        else:
            strong.add(name)
    return frozenset(strong), frozenset(weak)


def first_names() -> frozenset[str]:
    """First names that are evidence of a person on their own before a surname ("Angela Merkel")."""
    return _first_name_tiers()[0]


def _fold(word: str) -> str:
    """Without diacritics: the dictionary spells "Nestor", "Gulsen", the press "Néstor", "Gülsen"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _folded_first_names() -> frozenset[str]:
    return frozenset(_fold(name) for name in first_names())


@lru_cache(maxsize=65536)
def _is_first_name(word: str) -> bool:
    fn = first_names()
    if word in fn or (word not in _NAME_HOMOGRAPHS and _fold(word) in _folded_first_names()):
        return True
    parts = re.split(r"[-‐]", word)
    return len(parts) > 1 and all(p in fn for p in parts)  # "Hans-Joachim"


def _endings(stems: Iterable[str]) -> tuple[str, ...]:
    return tuple(stem + ending for stem in stems for ending in _INFLECTIONS)


_FUNCTION_ENDINGS = _endings(_PERSON_FUNCTIONS)
_ORG_CUE_ENDINGS = _endings(_ORG_CUES)
_BLOCKED = {w.capitalize() for w in STOP_WORDS} | _MONTHS_DAYS


@lru_cache(maxsize=65536)
def _is_function(word: str) -> bool:
    return word[:1].isupper() and (word.lower().endswith(_FUNCTION_ENDINGS) or word in _TITLES)


@lru_cache(maxsize=65536)
def _is_org_cue(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(_ORG_CUE_ENDINGS)


def _is_initials(word: str) -> bool:
    return _INITIALS_RE.fullmatch(word) is not None


@lru_cache(maxsize=65536)
def _is_blocked_word(word: str) -> bool:
    if _is_initials(word):
        return False
    bare = word.rstrip(".,;:")
    return (
        bare in _BLOCKED
        or bare.lower() in STOP_WORDS
        or bare in states()
        or bare in capitals()
        or (bare.isupper() and len(bare) > 1)
    )


@lru_cache(maxsize=65536)
def _noun_like(word: str) -> bool:
    return word.lower().endswith(_NOUN_SUFFIXES)


@lru_cache(maxsize=65536)
def _inflected_noun(word: str) -> bool:
    """A common noun in an inflected form ("Medienberichten" -> "Medienbericht"); names lemmatise to themselves."""
    import simplemma

    return simplemma.lemmatize(word, lang="de") != word


# --------------------------------------------------------------------------------------------- rules

Word = tuple[str, int, int]


def _name_extent(words: list[Word], after_cue: bool) -> int:
    """How many leading words of a capitalised run form a person's name (0 = not a name)."""
    if not words or _is_blocked_word(words[0][0]) or _is_function(words[0][0]):
        return 0
    first = words[0][0]
    is_fn = _is_first_name
    if not after_cue and not is_fn(first) and not _is_initials(first):
        return 0
    n = 1
    while n < len(words):
        word = words[n][0]
        prev = words[n - 1][0]
        if _is_initials(word):
            n += 1
            continue
        if word in _PARTICLES:
            if word in ("von", "zu") and not all(is_fn(w) or _is_initials(w) or w in _PARTICLES
                                                 for w, _, _ in words[1:n]):
                # after a surname, "von"/"zu" start a phrase, not a noble name: "Peer Steinbrück zu Beginn",
                # "Mayra Veliz von der Staatsanwaltschaft" (but "Ursula von der Leyen", "Tessen von Heydebreck")
                break
            n += 1
            continue
        if _is_blocked_word(word) or _is_function(word):
            break
        at_run_end = n == len(words) - 1
        if is_fn(prev) and (n == 1 or is_fn(words[n - 2][0]) or words[n - 2][0] in _PARTICLES or len(word) <= 3):
            n += 1  # first (or middle) name -> surname follows
        elif prev in _PARTICLES or _is_initials(prev):
            n += 1
        elif len(word) <= 3 and not word.isupper():
            n += 1  # East Asian given-name syllables: "Kim Jong Un", "Choe Son Hui"
        elif n >= 2 and len(prev) <= 3 and len(words[0][0]) <= 4 and not prev.isupper():
            n += 1  # after a short middle syllable: "Kim Il Sung"
        elif word.endswith(_PATRONYMIC) or prev.endswith(_PATRONYMIC):
            n += 1  # "Wladimir Wladimirowitsch Putin"
        elif at_run_end and not _noun_like(word) and (n == 2 or (after_cue and n == 1)) \
                and not _possessed_noun(words, n):
            # the run's last word after a name ("Luis Posada Carriles") or after a cue and one word
            # ("Präsident Wolodymyr Selenskyj"), unless it looks like a common noun
            n += 1
        else:
            break
    while n > 0 and (words[n - 1][0] in _PARTICLES or _is_initials(words[n - 1][0])):
        n -= 1
    if n == 1 and not after_cue:
        return 0  # a lone first name is no evidence of a person
    if n == 1 and (_noun_like(first) or first.isupper()) and not is_fn(first):
        return 0
    return n


def _possessed_noun(words: list[Word], n: int) -> bool:
    """"Giuseppe Verdis Oper", "Ted Stevens Amtszeit": a German noun after a surname in the genitive."""
    import simplemma

    prev, word = words[n - 1][0], words[n][0]
    return n >= 2 and prev.endswith("s") and not _is_first_name(prev) and simplemma.is_known(word, lang="de")


def _org_extent(words: list[Word]) -> int:
    """The organisation name after a cue: capitalised words up to a common-noun-like one."""
    if not words:
        return 0
    first = words[0][0]
    if (_is_blocked_word(first) and not first.isupper()) or first in states() or first in capitals():
        return 0
    if (_inflected_noun(first) or _noun_like(first)) and not first.isupper():
        return 0
    if len(words) > 1 and _is_first_name(first) and not _is_org_cue(words[1][0]):
        return 0  # "der CDU/CSU-Bundestagsfraktion Friedbert Pflüger": a person's name after the cue
    n = 1
    while n < len(words) and not _is_blocked_word(words[n][0]) and not _noun_like(words[n][0]) \
            and words[n][0] not in _PARTICLES and not _is_first_name(words[n][0]):
        n += 1  # up to a common noun or a person's first name ("Gesellschaft Amtrak George D. Warrington")
    if n < len(words) and words[n][0] in LEGAL_FORMS:
        n += 1  # "Firma PNE Wind AG"
    return n


@lru_cache(maxsize=65536)
def canonical_name(text: str) -> str:
    """Normalise spelling variants of a name: "Kim Jong-un" -> "Kim Jong Un"."""
    if "-" not in text and "‐" not in text:
        return " ".join(text.split())
    parts = []
    for word in text.split():
        pieces = re.split(r"[-‐]", word)
        if len(pieces) > 1 and all(p[:1].islower() for p in pieces[1:]):
            word = " ".join(p[:1].upper() + p[1:] for p in pieces)
        parts.append(word)
    return " ".join(parts)


def _preceded_by_place_prep(text: str, start: int) -> bool:
    """A state or capital used as a place: "in Moskau", "nach Pjöngjang", "in der Ukraine", "im nördlichen
    Libanon", "in der Hauptstadt Guatemalas", "in Italien und Irland" (PLACE_CONTEXTS, in order)."""
    words = text[max(0, start - 48) : start].split()
    if not words:
        return False
    for context in _PLACE_CONTEXTS:
        if context(words):
            return True
    return _coordinated_place(text, start, words)


def _after_place_prep(words: list[str]) -> bool:
    """"in Alaska", "in ganz Deutschland", "aus ganz Europa"."""
    return words[-1].lower() in _PLACE_PREPS or (
        len(words) >= 2 and words[-1] == "ganz" and words[-2].lower() in _PLACE_PREPS)


def _skip_adjectives(words: list[str]) -> int:
    """The index of the word before up to two trailing lower-case adjectives."""
    k = len(words) - 1
    while k > 0 and len(words) - k <= 2 and words[k][:1].islower() and words[k].endswith(ADJECTIVE_ENDINGS) \
            and words[k] not in _ARTICLES and words[k] not in STOP_WORDS:
        k -= 1
    return k


def _after_article_and_prep(words: list[str]) -> bool:
    """"in der damaligen Sowjetunion": up to two adjectives, then article + preposition."""
    k = _skip_adjectives(words)
    return k >= 1 and words[k] in _ARTICLES and words[k - 1].lower() in _PLACE_PREPS_WITH_ARTICLE


def _after_fused_prep_and_adjectives(words: list[str]) -> bool:
    """"im nördlichen Libanon"."""
    k = _skip_adjectives(words)
    return k < len(words) - 1 and words[k].lower() in _PLACE_PREPS


def _after_place_noun(words: list[str]) -> bool:
    """"in der Hauptstadt Guatemalas", "im Norden Malis": the genitive of a place noun."""
    return words[-1] in _PLACE_NOUNS


def _after_prep_and_state_noun(words: list[str]) -> bool:
    """"aus den Ländern Ukraine, Polen", "im Bundesstaat Virginia": a state named after a place preposition and a
    noun for states."""
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].lower().endswith(STATE_NOUNS):
        return False
    k = len(words) - 2
    if words[k] in DEFINITE_ARTICLES and k:
        k -= 1
    return words[k].lower() in _PLACE_PREPS


def _after_direction_von(words: list[str]) -> bool:
    """"südlich von Athen", "in der Nähe von Brüssel": a place by its distance or direction."""
    return len(words) >= 2 and words[-1] == "von" and words[-2].lower() in _DIRECTION_WORDS


_DIRECTION_WORDS = {"nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich",
                    "südwestlich", "nähe", "unweit", "nahe", "außerhalb", "innerhalb", "entfernt", "vor", "vorort"}


def _after_institution(words: list[str]) -> bool:
    """"beim Landgericht Berlin", "die Staatsanwaltschaft Moskau": the seat of an institution."""
    return words[-1].lower().endswith(_SEAT_HEAD_ENDINGS)


def _after_natural_event(words: list[str]) -> bool:
    """"erschütterte ein Erdbeben Griechenland", "Ein Beben erschütterte Japan": the state an event hits."""
    for word in words[-1:-4:-1]:
        if word[-1] in ",.;:!?":
            return False
        if word[:1].isupper() and word.lower().endswith(NATURAL_EVENT_ENDINGS):
            return True
    return False


_PLACE_CONTEXTS: tuple[Callable[[list[str]], bool], ...] = (
    _after_place_prep, _after_article_and_prep, _after_fused_prep_and_adjectives, _after_place_noun,
    _after_prep_and_state_noun, _after_direction_von, _after_institution, _after_natural_event,
)
_PLACE_NOUNS = frozenset(PLACE_NOUNS)


# A form of "liegen" in the clause after a state: where it lies ("Da Deutschland am südlichen Rand … liege").
_LIES_AFTER_RE = re.compile(r"[^.,;:!?()„“\"\n]{0,60}?(?<![\w\-‐])(?:liegt|liege|lag|lagen|liegen)(?![\w\-‐])")


def _coordinated_place(text: str, start: int, words: list[str]) -> bool:
    """"in Italien und Irland", "nach Rom, Paris": coordinated with a state or capital used as a place."""
    if words[-1] in ("der", "dem", "den") and len(words) >= 2:
        words = words[:-1]  # "in Bulgarien, der Türkei"
    if words[-1] in ("und", "oder", "sowie") and len(words) >= 2:
        previous = words[-2].rstrip(",")
    elif words[-1].endswith(","):
        previous = words[-1].rstrip(",")
    else:
        return False
    if previous not in states() and previous not in capitals():
        return False
    pos = text.rfind(previous, 0, start)
    return pos > 0 and _preceded_by_place_prep(text, pos)


_F_FUNCTION, _F_ORG_CUE, _F_NAME_START, _F_MULTI, _F_STATE, _F_CAPITAL, _F_ACRONYM = 1, 2, 4, 8, 16, 32, 64
_F_FOREIGN, _F_WEAK_NAME, _F_FOREIGN_ORG = 128, 256, 512
_F_NAME_SHAPED = _F_FOREIGN | _F_WEAK_NAME | _F_NAME_START
_QUOTE_OPENERS = {"„", "\"", "»", "‚"}
_TITLE_ABBREVIATIONS = ("Dr", "Prof", "Mr", "Mrs", "Ms")


@lru_cache(maxsize=65536)
def _foreign_name_shape(word: str) -> bool:
    """A capitalised word that is no German word: "Obama", "Mussawi", "Kagawa", "Mladić".

    German nouns, including compounds and inflected forms, are in simplemma's German dictionary; a name
    from another language mostly is not. Function words, noun suffixes and acronyms are excluded."""
    if len(word) < 2 or word.isupper() or not word[1:].islower() or _is_blocked_word(word) \
            or _is_function(word) or _is_org_cue(word) or _noun_like(word):
        return False
    import simplemma

    low = word.lower()
    if len(word) < 3 or simplemma.is_known(word, lang="de") or simplemma.is_known(low, lang="de"):
        return False
    # a German compound whose last part is a German noun ("Dönerverkäufer", "Taucherinsel") is no name
    return not any(simplemma.is_known(word[k:].capitalize(), lang="de") for k in range(3, len(word) - 4))


@lru_cache(maxsize=200_000)
def _flags(word: str) -> int:
    """What a capitalised word can be, as bit flags (one cached look-up per word in the hot loop)."""
    flags = 0
    if _is_function(word):
        flags |= _F_FUNCTION
    if _is_org_cue(word):
        flags |= _F_ORG_CUE
    if _is_first_name(word) or _is_initials(word):
        flags |= _F_NAME_START
    elif word in _first_name_tiers()[1]:
        flags |= _F_WEAK_NAME
    elif _foreign_name_shape(word):
        flags |= _F_FOREIGN
    if word in _FOREIGN_ORG_STARTS:
        flags |= _F_FOREIGN_ORG
    if word in _multiword_places():
        flags |= _F_MULTI
    if word in states():
        flags |= _F_STATE
    elif word in capitals():
        flags |= _F_CAPITAL
    elif _ACRONYM_RE.fullmatch(word) and word not in _NOT_ACRONYMS and word.upper() not in _NOT_ACRONYMS:
        flags |= _F_ACRONYM
    return flags


def _cue_position(text: str, start: int, speech_starts: set[int], function_ends: list[int]) -> bool:
    """Whether a run starting at `start` follows a speech cue, an opening quote, a title abbreviation
    ("Dr. ") or a comma shortly after a function noun (apposition)."""
    if start in speech_starts:
        return True
    before2 = text[start - 2 : start] if start >= 2 else ""
    return (before2[-1:] in _QUOTE_OPENERS
            or (before2 == ". " and text[max(0, start - 6) : start - 1].endswith(_TITLE_ABBREVIATIONS))
            or (before2 == ", " and bool(function_ends) and function_ends[-1] > start - 80))


def _split_run(run: str, offset: int) -> list[Word]:
    if " " not in run:
        if "\u00a0" not in run:
            return [(run, offset, offset + len(run))]
    elif "  " not in run and "\u00a0" not in run:
        out = []
        pos = offset
        for word in run.split(" "):
            end = pos + len(word)
            out.append((word, pos, end))
            pos = end + 1
        return out
    return [(m.group(), offset + m.start(), offset + m.end()) for m in _WORD_RE.finditer(run)]


def find_candidates(text: str) -> list[Candidate]:
    """All rule hits (overlapping), before resolution."""
    return _scan(text, cue_words(text).source, _batch_passes([text])[0])


def _process_run(text: str, words: list[Word], out: list[Candidate], speech_starts: set[int]) -> None:
    """Person and organisation names inside one run of capitalised words: at each word, the first of
    RUN_RULES that matches adds its candidate and skips the words it covers."""
    i = 0
    while i < len(words):
        flags = _flags(words[i][0])
        if not flags and i:
            i += 1  # the common case: a common noun inside the run
            continue
        for rule in _applicable_rules(flags, not i):
            hit = rule(text, words, i, flags, speech_starts)
            if hit is not None:
                cand, used = hit
                if cand is not None:
                    out.append(cand)
                i += used
                break
        else:
            i += 1


# A run rule's hit: (candidate or None, number of words it covers); None when the rule does not apply.
_RunHit = tuple[Candidate | None, int]


def _title_name(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A function or title, then a name: "Außenministerin Choe Son Hui"."""
    rest = words[i + 1 :]
    n = _name_extent(rest, after_cue=True)
    if not n:
        return None
    end = _with_regnal_number(text, rest[n - 1][2])
    return Candidate(rest[0][1], end, PERSON, SCORES["title_name"], "title_name", priority=5), 1 + n


_GEOGRAPHIC_HEADS = frozenset(GEOGRAPHIC_HEADS)
_REGNAL_RE = re.compile(r"[ \u00a0](?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.")


def _with_regnal_number(text: str, end: int) -> int:
    """"Papst Johannes Paul II.", "König Karl III.": the regnal number belongs to the name."""
    m = _REGNAL_RE.match(text, end)
    return m.end() if m else end


def _org_cue_name(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """An organisation cue, then a name: "Nachrichtenagentur KCNA"."""
    if i + 1 == len(words):
        return None
    rest = words[i + 1 :]
    n = _org_extent(rest)
    if not n:
        return None
    # "Stiftung Warentest", "Aktionsbündnis Nichtrauchen": a German word after such a cue makes the name
    start = words[i][1] if _cue_in_name(words[i][0], rest[:n]) else rest[0][1]
    return Candidate(start, rest[n - 1][2], ORGANIZATION, SCORES["org_cue"], "org_cue", priority=5), 1 + n


def _cue_in_name(cue: str, name: list[Word]) -> bool:
    """German words after the cue ("Warentest"), not a loanword or brand ("das Netzwerk Twitter")."""
    return (cue.lower().endswith(NAME_FORMING_CUES)
            and all(not w.isupper() and _german_not_english(w) for w, _, _ in name))


def _foreign_org(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A foreign organisation's name by its first word: "Parti de Gauche", "Front National", "Partido Popular"."""
    n = 1
    while i + n < len(words) and n < 5 and not _is_blocked_word(words[i + n][0]) \
            and not _is_function(words[i + n][0]):
        n += 1
    while n > 1 and words[i + n - 1][0] in _PARTICLES:
        n -= 1
    if n < 2:
        return None
    return Candidate(words[i][1], words[i + n - 1][2], ORGANIZATION, SCORES["org_name"], "org_name", priority=4), n


_FOREIGN_ORG_STARTS = frozenset(FOREIGN_ORG_STARTS)


def _first_name(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A first name or initials, then a surname: "Sergej Lawrow", "George W. Bush"."""
    n = _name_extent(words[i:], after_cue=False)
    if n < 2 or words[i + n - 1][0] in _GEOGRAPHIC_HEADS:  # "Hudson River"
        return None
    end = _with_regnal_number(text, words[i + n - 1][2])
    return Candidate(words[i][1], end, PERSON, SCORES["first_name"], "first_name", priority=4), n


def _name_shape(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """Name-shaped words, at least one of them no German word: "Barack Obama", "Hossein Mussawi", "Phil
    Spector" (a weak first name); not "Missouri Handy"."""
    if not (i + 1 < len(words) and _flags(words[i + 1][0]) & _F_NAME_SHAPED):
        return None
    n = 2
    while n < min(len(words) - i, 4) and _flags(words[i + n][0]) & _F_NAME_SHAPED:
        n += 1
    if _possessed_noun(words[i:], n - 1):
        n -= 1  # "in Spencers Villa"
    if n < 2 or not any(_flags(word) & _F_FOREIGN for word, _, _ in words[i : i + n]) \
            or words[i + n - 1][0] in _GEOGRAPHIC_HEADS \
            or (words[i - 1][0] if i else _word_before_run(text, words[0][1])) in _PLACE_NOUNS \
            or (i == 0 and _after_in_or_from(text, words[0][1])):
        return None  # "in der Stadt Lwówek Śląski", "in der Reggio Calabria"
    return Candidate(words[i][1], words[i + n - 1][2], PERSON, SCORES["name_shape"], "name_shape", priority=3), n


def _after_in_or_from(text: str, start: int) -> bool:
    """Right after "in", "nach", "aus" (with an article): where a place, not a person, is named."""
    before = text[max(0, start - 12) : start].split()[-2:]
    if before and before[-1] in _ARTICLES and len(before) == 2:
        before = before[:1]
    return bool(before) and before[-1].lower() in ("in", "im", "ins", "nach", "aus")


def _word_before_run(text: str, start: int) -> str:
    before = text[max(0, start - 40) : start - 1].rsplit(None, 1)  # the last word only: no list of all words
    return before[-1] if before else ""


def _quoted_org(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A quoted name after an organisation cue: "die Zeitung „Hoy Bolivia“"."""
    ws = words[0][1]
    if ws <= 1 or text[ws - 1] not in _QUOTE_OPENERS or not _is_org_cue(_word_before_run(text, ws)):
        return None
    n = _org_extent(words)
    return (Candidate(ws, words[n - 1][2], ORGANIZATION, SCORES["org_cue"], "org_cue", priority=5), n) if n else None


def _after_title(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A name after a title word: "Dr. Gerd Niebaum", "Prof. Meier"."""
    ws = words[0][1]
    if ws <= 1 or text[ws - 1] != " " or _word_before_run(text, ws) not in _TITLES:
        return None
    n = _name_extent(words, after_cue=True)
    return (Candidate(ws, words[n - 1][2], PERSON, SCORES["title_name"], "title_name", priority=5), n) if n else None


def _apposition(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A name in apposition after a function: "der Direktor der Behörde, Bagus Puruhito, sagte"."""
    ws = words[0][1]
    if (ws <= 1 or text[ws - 1] != " " or len(words) < 2 or text[ws - 2] != ","
            or _word_before_run(text, ws) in _TITLES or not _function_before(text, ws - 2)):
        return None
    n = _name_extent(words, after_cue=True)
    if n < 2 or _inflected_noun(words[0][0]):
        return None
    return Candidate(ws, words[n - 1][2], PERSON, SCORES["apposition"], "apposition", priority=3), n


def _after_speech_cue(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A name right after a speech cue: "sagte Lawrow", "laut Tass"."""
    ws = words[0][1]
    if ws not in speech_starts or flags or _common_noun(words[0][0]):
        return None
    n = max(1, _name_extent(words, after_cue=True))
    return Candidate(ws, words[n - 1][2], PERSON, SCORES["speech_cue"], "speech_cue", priority=2), n


def _multiword_state(text: str, words: list[Word], i: int, flags: int, speech_starts: set[int]) -> _RunHit | None:
    """A state name of several words ("Vereinigte Staaten"): found by the place pass, its words skipped."""
    w, ws, _ = words[i]
    form = next((f for f, _, _ in _multiword_places()[w] if text.startswith(f, ws)), None)
    return (None, len(form.split())) if form else None


class RunRule(NamedTuple):
    """A rule at one word of a run of capitalised words and where it can apply: at a word with one of `flags`
    (0: any word), at the run's first word only (`first_word`)."""

    apply: Callable[[str, list[Word], int, int, set[int]], _RunHit | None]
    flags: int = 0
    first_word: bool = False


# The rules at one word of a run of capitalised words, in order.
RUN_RULES: tuple[RunRule, ...] = (
    RunRule(_title_name, _F_FUNCTION), RunRule(_org_cue_name, _F_ORG_CUE), RunRule(_foreign_org, _F_FOREIGN_ORG),
    RunRule(_first_name, _F_NAME_START), RunRule(_name_shape, _F_FOREIGN | _F_WEAK_NAME),
    RunRule(_quoted_org, first_word=True), RunRule(_after_title, first_word=True),
    RunRule(_apposition, first_word=True), RunRule(_after_speech_cue, first_word=True),
    RunRule(_multiword_state, _F_MULTI),
)


@lru_cache(maxsize=None)
def _applicable_rules(flags: int, first_word: bool) -> tuple[Callable[[str, list[Word], int, int, set[int]],
                                                                     _RunHit | None], ...]:
    """The RUN_RULES that can apply at a word with these flags, in order: the others are not even called (most
    words of a run have no flag and most runs start with no cue before them)."""
    return tuple(rule.apply for rule in RUN_RULES
                 if (first_word or not rule.first_word) and (not rule.flags or flags & rule.flags))


def _common_noun(word: str) -> bool:
    """A blocked word or a word shaped or inflected like a German common noun: no name."""
    return _is_blocked_word(word) or _noun_like(word) or _inflected_noun(word)


def _function_before(text: str, comma: int) -> bool:
    """A function noun in the 80 characters before `comma`, in the same sentence."""
    window = re.split(r"[.!?]\s", text[max(0, comma - 80) : comma])[-1]
    return any(_is_function(word.strip(",;:()")) for word in window.split())


@lru_cache(maxsize=65536)
def _head_kind(head: str) -> str | None:
    """The actor type a definite description with this head word stands for, if any."""
    low = head.lower()
    # the head of a hyphenated compound counts: "die US-Notenbank", "das NATO-Militär"
    base = head.rsplit("-", 1)[-1] if "-" in head[1:] else head
    if low.endswith(_STATE_HEAD_ENDINGS) or head in _STATE_HEADS:
        return STATE
    if head in ("Haus", "Hauses") or head in _ORG_HEADS or base in _ORG_HEADS or head in PARTY_MEMBER_NOUNS \
            or (low.endswith(_ORG_HEAD_ENDINGS + ORG_DESCRIPTION_HEADS) and not low.endswith(NOT_INSTITUTION_HEADS)):
        return ORGANIZATION
    if low.endswith(_PERSON_HEAD_ENDINGS + PERSON_DESCRIPTION_HEADS) or head in PERSON_DESCRIPTION_WORDS \
            or head in _DEMONYMS:
        return PERSON
    return None


class _Passes(NamedTuple):
    """The matches of the whole-text passes over large patterns, in text order: runs of capitalised words, state and
    capital names, acronyms, definite descriptions."""

    runs: list[re.Match[str]]
    places: list[re.Match[str]]
    acronyms: list[re.Match[str]]
    descriptions: list[re.Match[str]]


def _pass_patterns() -> tuple[re.Pattern[str], ...]:
    return _MULTI_RUN_RE, _place_re(), _ACRONYM_FIND_RE, _DESCRIPTION_RE


def _batch_passes(texts: list[str]) -> list[_Passes]:
    """_passes of each text, pass by pass: one pattern over all texts before the next one keeps its compiled
    code hot (the place and description patterns are large tries)."""
    found = [[list(pattern.finditer(text)) for text in texts] for pattern in _pass_patterns()]
    return [_Passes(*matches) for matches in zip(*found)]


def _scan(text: str, source_cues: list[tuple[int, int]], passes: _Passes) -> list[Candidate]:
    """All rule hits (overlapping; resolved later). The order of the passes matters: _resolve keeps the
    first of candidates ranked alike. `source_cues`: see cues.CueWords.source."""
    speech_starts = _speech_starts(text, source_cues)
    out = _with_arabic_surnames(text, _run_candidates(text, speech_starts, passes.runs))
    out += _place_candidates(text, passes.places)
    acronyms = passes.acronyms
    out += _acronym_candidates(text, acronyms)
    out += _org_name_candidates(text, acronyms)
    out += _known_name_candidates(text)
    out += _arabic_name_candidates(text) + _state_genitive_heads(text)
    agency = _agency_candidates(text)
    out += agency
    agency_names = {cand.start for cand in agency}
    for m in passes.descriptions:
        cand = _description(text, m, agency_names)
        if cand is not None:
            out.append(cand)
    return out


# An Arabic surname with its lower-case article: "Rafik al-Hariri", "Hussain asch-Schahristani".
_ARABIC_SURNAME_RE = re.compile(
    rf"[ \u00a0](?:{'|'.join((*ARABIC_ARTICLES, 'ibn', 'bin', 'abu'))})[-‐][A-ZÄÖÜ][\w\-‐]+")


def _with_arabic_surnames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Person names go on over an Arabic surname with its lower-case article."""
    for cand in cands:
        if cand.actor_type == PERSON:
            m = _ARABIC_SURNAME_RE.match(text, cand.end)
            if m is not None:
                cand.end = m.end()
    return cands


# A name with an Arabic article on its own or after one capitalised word: "Mohammed el-Baradei", "al-Qaida".
_ARABIC_ARTICLES = (*ARABIC_ARTICLES, "Al", "El")  # also capitalised at the start of a sentence
_ARABIC_ARTICLE = rf"(?:{'|'.join(_ARABIC_ARTICLES)})[-‐]"
_ARABIC_NAME_RE = re.compile(
    r"(?<![\w\-‐.’'])(?:(?P<first>[A-ZÄÖÜ][a-zäöüß]+)[ \u00a0]+)?"
    rf"(?P<article>{_ARABIC_ARTICLE})(?P<name>[A-ZÄÖÜ][a-zäöüß]+)(?![\w\-‐])")
# _ARABIC_NAME_RE has no fixed first character (re tries it at every position); most texts lack this part of it,
# found at the hyphen (re skips ahead to it), the article checked behind it.
_ARABIC_ARTICLE_NAME_RE = re.compile(
    rf"[-‐](?:{'|'.join(f'(?<={article}[-‐])' for article in _ARABIC_ARTICLES)})[A-ZÄÖÜ][a-zäöüß]")
_ARABIC_ORGS = frozenset(ARABIC_ORG_NAMES)
_ARABIC_ORG_CLASSIFIERS = tuple(ARABIC_ORG_CLASSIFIERS)


def _arabic_name_candidates(text: str) -> list[Candidate]:
    """Names with an Arabic article: a person's after a first name or a capitalised word that is no German word
    ("Mohammed el-Baradei"); an organisation's if the word is a known group or a group noun precedes it
    ("al-Shabaab", "das Terrornetzwerk al-Qaida"). Later mentions of a person follow as short mentions."""
    out: list[Candidate] = []
    if _ARABIC_ARTICLE_NAME_RE.search(text) is None:
        return out
    for m in _ARABIC_NAME_RE.finditer(text):
        first, name = m.group("first"), m.group("name")
        if first is not None and (_is_first_name(first) or not (_is_blocked_word(first) or _known_word(first)
                                                                 or _german_compound(first))):
            out.append(Candidate(m.start(), m.end(), PERSON, SCORES["first_name"], "first_name", priority=4))
            continue
        bare = name[:-1] if name.endswith("s") and name[:-1] in _ARABIC_ORGS else name
        if bare in _ARABIC_ORGS or (first is not None and first.lower().endswith(_ARABIC_ORG_CLASSIFIERS)) \
                or text[max(0, m.start() - 20) : m.start()].rstrip().lower().endswith(_ARABIC_ORG_CLASSIFIERS):
            out.append(Candidate(m.start("article"), m.end(), ORGANIZATION, SCORES["org_name"], "org_name",
                                 priority=4))
    return out


def _speech_starts(text: str, source_cues: list[tuple[int, int]]) -> set[int]:
    """Where a name can follow a speech cue ("sagte Lawrow"); not after an article: in "den erklärten Wunsch"
    the cue word is an adjective, not a speech verb."""
    return {end for start, end in source_cues
            if text[max(0, start - 4) : start].lower() not in _ARTICLES_SP}


def _run_candidates(text: str, speech_starts: set[int], runs: list[re.Match[str]]) -> list[Candidate]:
    """Runs of two or more capitalised words (titles + names, first names, organisation cues), then single
    words that follow a cue position: "sagte Lawrow", "Dr. Meier", "Zeitung „Welt“"."""
    out: list[Candidate] = []
    done: set[int] = set()
    for run in runs:  # _MULTI_RUN_RE
        done.add(run.start())
        words = _split_run(run.group(), run.start())
        _process_run(text, words, out, speech_starts)
        out += _org_names_in_run(text, words)
    cue_starts = speech_starts | {m.end() for m in _TITLE_ABBREVIATION_RE.finditer(text)}
    cue_starts |= {m.end() for pattern in _QUOTE_OPEN_RES for m in pattern.finditer(text)}
    for pos in sorted(cue_starts - done):
        run = _RUN_RE.match(text, pos)
        if run is not None:
            _process_run(text, _split_run(run.group(), pos), out, speech_starts)
    return out


def _place_candidates(text: str, places: list[re.Match[str]]) -> list[Candidate]:
    """States and capitals: as actors unless used as places ("in Moskau")."""
    out = []
    st, caps = states(), capitals()
    for m in places:  # _place_re()
        form = m.group()
        if (m.start() and _is_word_char(text[m.start() - 1])) or _preceded_by_place_prep(text, m.start()) \
                or _gloss_in_parentheses(text, m.start(), m.end()) or _route_origin(text, m.start(), m.end()) \
                or (st.get(form) == form and _LIES_AFTER_RE.match(text, m.end())):
            continue
        if form in st:
            kind = "acronym_state" if form in _STATE_ACRONYMS else "state"
            out.append(Candidate(m.start(), m.end(), STATE, SCORES[kind], kind, st[form], priority=4))
        else:
            out.append(Candidate(m.start(), m.end(), STATE, SCORES["capital"], "capital", caps[form], priority=3))
    return out


def _known_name_candidates(text: str) -> list[Candidate]:
    """Names of data/names_de.tsv ("Airbus", "Merkel"), not inside a word, nor a product ("ein Airbus", "Airbus
    A380"), nor a person's name in quotation marks (a title: the painting „Madonna“). The weakest evidence: a name
    of several words ranks like a description (the longer one wins: "Bündnis 90/Die Grünen", "Deutschen
    Bundestag"), a one-word name below every rule (a short mention of a name in the document keeps its canonical)."""
    names = known_names()
    out = []
    for m in _known_name_re().finditer(text):
        start, end = m.span()
        kind = names[m.group()]
        if start and (_is_word_char(text[start - 1]) or (kind == PERSON and text[start - 1] in _QUOTE_OPENERS)):
            continue
        if not _product(text, start, end):
            priority = 1 if " " in m.group() else -1
            out.append(Candidate(start, end, kind, SCORES["known_name"], "known_name", priority=priority))
    return out


_MODEL_AFTER_RE = re.compile(r"[ \u00a0]+(?:[A-Z][ \u00a0])?[\w\-‐]*\d")
# "ein Airbus", "eine Boeing"; "auf Twitter", "in Facebook" (a website as a place)
_PRODUCT_BEFORE = {"ein", "eine", "einen", "einem", "einer", "eines", "Ein", "Eine", "Einen", "Einem", "Einer",
                   "auf", "Auf", "in", "In"}


def _product(text: str, start: int, end: int) -> bool:
    """A name used for a product or a place: after an indefinite article ("eine Boeing"), "auf", "in" ("auf
    YouTube") or before a model ("Airbus A380", "Airbus A 300")."""
    return _MODEL_AFTER_RE.match(text, end) is not None or _word_before_run(text, start) in _PRODUCT_BEFORE


def _route_origin(text: str, start: int, end: int) -> bool:
    """"von Freetown nach Den Haag", "von Moskau bis Wladiwostok": the start of a route is a place."""
    return text.endswith("von ", 0, start) and text.startswith(_ROUTE_WORDS, end)


_ROUTE_WORDS = (" nach ", " bis ")


@lru_cache(maxsize=1)
def _state_last_words() -> frozenset[str]:
    """Last words of state names of several words ("Korea" of "Demokratische Volksrepublik Korea")."""
    return frozenset(form.rsplit(" ", 1)[-1] for form in states() if " " in form)


_GLOSS_BEFORE_RE = re.compile(r"([A-ZÄÖÜ][\w'’\-‐]*)[ \u00a0]*\((?:[ \u00a0]*|[^()\s]+[ \u00a0]+)$")


def _gloss_in_parentheses(text: str, start: int, end: int) -> bool:
    """"Peter Leko (Ungarn, 2.741)", "New Orleans (USA)": a nationality or location in parentheses after a
    name, not the state acting; "Demokratische Volksrepublik Korea (DVRK)" is the state's short name."""
    if text.find("(", max(0, start - 8), start) == -1:
        return False
    before = _GLOSS_BEFORE_RE.search(text, max(0, start - 60), start)
    if before is None or before.group(1) in states() or before.group(1) in capitals() \
            or before.group(1) in _state_last_words():
        return False
    return text[end : end + 2].lstrip(" \u00a0")[:1] in (",", ")")


def _acronym_candidates(text: str, acronyms: list[re.Match[str]]) -> list[Candidate]:
    """Acronyms as organisations; two joined by a slash are one ("CDU/CSU"), a currency's country is none
    ("US $"); the groups of states ("G8", "G20")."""
    st = states()
    out = []
    for m in acronyms:
        name = m.group()
        if name in st or name in _NOT_ACRONYMS or name.upper() in _NOT_ACRONYMS or _regnal_number(text, m) \
                or text.startswith(("$", " $"), m.end()) or (m.start() and text[m.start() - 1] == "/") \
                or _ACRONYM_MODEL_RE.match(text, m.end()):
            continue  # "Benedikt XVI.", "US $", "ATR 72", "ASTRA 1H", "FEC 3/4"
        end = m.end()
        joined = _SLASH_ACRONYM_RE.match(text, end)
        if joined is not None:
            end = joined.end()
        out.append(Candidate(m.start(), end, ORGANIZATION, SCORES["acronym"], "acronym", priority=3))
    return out + [Candidate(m.start(), m.end(), ORGANIZATION, SCORES["acronym"], "acronym", priority=3)
                  for m in _STATE_GROUP_RE.finditer(text) if not m.start() or not _is_word_char(text[m.start() - 1])]


def _regnal_number(text: str, m: re.Match[str]) -> bool:
    """"Papst Benedikt XVI.", "Super Bowl LIV": a Roman numeral after a name (but "des CCC", "Club (CCC)")."""
    return _ROMAN_RE.fullmatch(m.group()) is not None and _NAME_BEFORE_RE.search(text, max(0, m.start() - 30),
                                                                                 m.start()) is not None


_NAME_BEFORE_RE = re.compile(r"[A-ZÄÖÜ][\w\-‐]*[ \u00a0]$")
# A model number or technical value after an acronym: "ATR 72“", "ATR 42 auf", "ASTRA 1H", "FEC 3/4": digits with
# letters or a fraction, or digits followed by no counted noun ("die SPD 30 Prozent" stays).
_ACRONYM_MODEL_RE = re.compile(r"[ \u00a0]\d+(?:[A-Za-z]+\b|/\d+|(?=[“\"”)]|[ \u00a0][a-zäöüß]))")
_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_SLASH_ACRONYM_RE = re.compile(rf"/(?:{_ACRONYM})(?![\w\-‐])")
_STATE_GROUP_RE = re.compile(r"G(?:7|8|20)(?![\w\-‐])")


# Organisation names by their shape, found inside the runs of capitalised words (_org_names_in_run):
# capitalised adjectives + a German institution noun ("Deutsche Bank", "Statistischen Bundesamtes"), or
# capitalised words + an English organisation noun or a legal form ("Rutgers University", "Daimler AG").
_ORG_NAME_HEADS_DE = tuple(ORG_NAME_HEADS_DE)
_NEWSPAPER_HEADS = tuple(NEWSPAPER_HEADS)
_ORG_NAME_HEADS_EN = frozenset(w.rstrip(".") for w in ORG_NAME_HEADS_EN + LEGAL_FORMS if w[0].isupper())
_F_ORG_ADJECTIVE, _F_ORG_HEAD_DE, _F_ORG_HEAD_EN, _F_PLACE_ADJECTIVE, _F_PAPER = 1, 2, 4, 8, 16
# Legal forms that start with a lower-case letter ("e.V.", "mbH", "plc") are no part of a run: str.find
_LOWER_LEGAL_FORMS = tuple(w for w in LEGAL_FORMS if not w[0].isupper())
_CAP_WORDS_BEFORE_RE = re.compile(r"(?:(?<![\w\-‐.’'])[A-Z0-9ÄÖÜ][\w\-‐&'’.]*[ \u00a0]){1,4}$")
# sports clubs around their abbreviation: "1. FC Köln", "VfB Stuttgart", "Hamburger SV", "Hertha BSC Berlin".
_SPORTS_CLUBS = frozenset(SPORTS_CLUB_ABBREVIATIONS)
_CLUB_AFTER_RE = re.compile(r"[ \u00a0]+[A-ZÄÖÜ][\w\-‐]+(?:[ \u00a0]+0\d)?(?![\w\-‐])")
_CLUB_BEFORE_RE = re.compile(r"(?<![\w\-‐.])(?:\d\.|[A-ZÄÖÜ][\w\-‐]+)[ \u00a0]$")


@lru_cache(maxsize=65536)
def _capitalised_adjective(word: str) -> bool:
    """"Deutsche", "Vereinten", "Statistischen": an inflected adjective written with a capital (a name's part)."""
    import simplemma

    low = word.lower()
    # spaCy's stop words hold short determiners ("einen", "seine") and also "allgemeinen", "erste"
    if (low in STOP_WORDS and not low.startswith(_ORDINALS) and len(low) <= 7) \
            or not low.endswith(ADJECTIVE_ENDINGS):
        return False
    if re.search(rf"(?:sch|lich|al|ig|ein|iv|ell|är){ADJECTIVE_ENDING}$", low):  # "Münstersche", "Deutsche"
        return True
    lemma = simplemma.lemmatize(low, lang="de")
    return lemma != low and lemma.islower()


_ORDINALS = ("erste", "zweite", "dritte")  # "Zweite Deutsche Fernsehen"; spaCy lists them as stop words


def _place_adjective(word: str) -> bool:
    """"Kopenhagener", "Münchner": an adjective of a place in -er (no dictionary tells it from a noun in -er;
    before an institution noun in one run of capitalised words, a noun in -er would be a compound)."""
    return (len(word) > 4 and word.endswith("er") and word[1:].islower() and not _is_function(word)
            and not _is_org_cue(word) and not _is_blocked_word(word) and not _is_first_name(word))


def _org_name_words(words: list[str], english: bool) -> int:
    """How many of the capitalised words before an organisation noun or legal form belong to the name (from
    the end): not function words, functions, cues or German compounds like "US-Elektroautobauer"; before an
    English noun, no German word ("Senderketten National Public Radio")."""
    n = 0
    for word in reversed(words):
        place = word in states() or word in capitals()  # "Japan Meteorological Agency", "Wiener Linien GmbH"
        if (_is_blocked_word(word) and not word.isupper() and not place) or _is_function(word) or _is_org_cue(word) \
                or _GERMAN_COMPOUND_RE.fullmatch(word) or word in _MONTHS_DAYS \
                or (english and not word.isupper() and _german_not_english(word)):
            break
        n += 1
    return n


# German compound nouns, no names: "US-Elektroautobauer", "Hilfs-organisation"
_GERMAN_COMPOUND_RE = re.compile(r"[A-ZÄÖÜ]{2,}[-‐][A-ZÄÖÜ][a-zäöüß]{4,}|[A-ZÄÖÜ][a-zäöüß]*[-‐][a-zäöüß]+")


@lru_cache(maxsize=65536)
def _german_not_english(word: str) -> bool:
    import simplemma

    return simplemma.is_known(word, lang="de") and not simplemma.is_known(word.lower(), lang="en")


@lru_cache(maxsize=65536)
def _org_flags(word: str) -> int:
    """What a capitalised word can be in an organisation's name, as bit flags."""
    flags = _F_ORG_ADJECTIVE if _capitalised_adjective(word) else 0
    if _place_adjective(word):
        flags |= _F_ORG_ADJECTIVE | _F_PLACE_ADJECTIVE
    if word.lower().endswith(_ORG_NAME_HEADS_DE):
        flags |= _F_ORG_HEAD_DE
    if word.lower().endswith(_NEWSPAPER_HEADS):
        flags |= _F_PAPER
    if word in _ORG_NAME_HEADS_EN:
        flags |= _F_ORG_HEAD_EN
    return flags


def _org_names_in_run(text: str, words: list[Word]) -> list[Candidate]:
    """Organisation names inside a run of capitalised words, ending at an institution noun."""
    flags = [_org_flags(w) for w, _, _ in words]
    out = []
    for k in range(1, len(words)):
        if flags[k] & _F_PAPER and flags[k - 1] & _F_PLACE_ADJECTIVE:
            out.append(_org_name(words[k - 1][1], words[k][2]))  # "Salzburger Nachrichten", "Hamburger Abendblatt"
            continue
        if flags[k] & _F_ORG_HEAD_DE:
            j = k  # the capitalised adjectives right before the noun start the name
            while j and k - j < 3 and flags[j - 1] & _F_ORG_ADJECTIVE and not flags[j - 1] & _F_ORG_HEAD_DE:
                j -= 1
            if j < k and not _acronym_name_after(words, k):
                out.append(_org_name(words[j][1], _with_seat(text, words[k][2])))
                continue
        if flags[k] & _F_ORG_HEAD_EN:
            lo = max(0, k - 4)
            n = _org_name_words([w for w, _, _ in words[lo:k]], english=words[k][0] not in LEGAL_FORMS)
            end = words[k][2]
            if text.startswith(".", end) and words[k][0] + "." in LEGAL_FORMS:
                end += 1  # "Corp."
            if n:
                out.append(_org_name(words[k - n][1], end))
    return out


def _acronym_name_after(words: list[Word], k: int) -> bool:
    """"Berliner Fahrgastverband IGEB", "Schweizer Großbank UBS": the acronym after the noun is the name."""
    return k + 1 < len(words) and words[k + 1][0].isupper() and words[k + 1][0] not in LEGAL_FORMS


def _org_name(start: int, end: int) -> Candidate:
    return Candidate(start, end, ORGANIZATION, SCORES["org_name"], "org_name", priority=4)


def _with_seat(text: str, end: int) -> int:
    """"Untersuchungsamts Aulendorf": an institution's name goes on over its seat."""
    if not text[max(0, end - 24) : end].lower().endswith(_SEAT_HEAD_ENDINGS):
        return end
    m = re.match(r"[ \u00a0]([A-ZÄÖÜ][a-zäöüß]+)(?![\w\-‐])", text[end : end + 40])
    if m and not _common_noun(m.group(1)) and not _is_first_name(m.group(1)) and m.group(1) not in states():
        return end + m.end()
    return end


def _lower_legal_forms(text: str) -> list[tuple[int, int]]:
    """Where "e.V.", "mbH", "plc" end a word (start, end)."""
    heads = []
    for form in _LOWER_LEGAL_FORMS:
        pos = text.find(form)
        while pos != -1:
            end = pos + len(form)
            if end == len(text) or not _is_word_char(text[end]):
                heads.append((pos, end))
            pos = text.find(form, end)
    return heads


def _names_before_legal_forms(text: str) -> list[Candidate]:
    """"Bundesverband der Deutschen Industrie e.V.": the capitalised words before a lower-case legal form."""
    out = []
    for head_start, head_end in _lower_legal_forms(text):
        if not head_start or text[head_start - 1] not in " \u00a0":
            continue
        window = text[max(0, head_start - 80) : head_start]
        before = _CAP_WORDS_BEFORE_RE.search(window)
        if before is None:
            continue
        words = before.group().split()
        n = _org_name_words(words, english=text[head_start:head_end] not in LEGAL_FORMS)
        if n:
            out.append(_org_name(head_start - len(" ".join(words[len(words) - n :])) - 1, head_end))
    return out


def _sports_clubs(text: str, acronyms: list[re.Match[str]]) -> list[Candidate]:
    out = []
    for m in acronyms:
        if m.group() not in _SPORTS_CLUBS:
            continue
        after = _CLUB_AFTER_RE.match(text, m.end())
        before = _CLUB_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and _is_blocked_word(before.group().strip()):
            before = None
        if after is None and before is None:
            continue
        start, end = (before.start() if before else m.start()), (after.end() if after else m.end())
        out.append(Candidate(start, end, ORGANIZATION, SCORES["org_name"], "org_name", priority=4))
    return out


_ENGLISH_OF_NAME_RE = re.compile(
    rf"(?:(?<![\w\-‐.])[A-Z][\w\-‐&]*[ \u00a0]+){{0,3}}(?:{'|'.join(ORG_HEADS_OF_EN)})[ \u00a0]+of"
    r"(?:[ \u00a0]+(?:the|and|&)(?=[ \u00a0]))?(?:[ \u00a0]+[A-Z][\w\-‐]*(?:[ \u00a0]+(?:and|&)(?=[ \u00a0]+[A-Z]))?)+")
# Every English "of" name contains " of ": this check skips the costly pattern (no fixed first character) in most
# texts. It starts with "of" (a literal re finds fast) and checks the space before behind it.
_OF_WORD_RE = re.compile(r"of(?<=[ \u00a0]of)[ \u00a0]")


def _english_of_names(text: str) -> list[Candidate]:
    """"University of Toronto", "Florida Museum of Natural History": an English institution noun with "of" and
    capitalised words (the words before it as far as they are no German ones)."""
    out: list[Candidate] = []
    if _OF_WORD_RE.search(text) is None:
        return out
    for m in _ENGLISH_OF_NAME_RE.finditer(text):
        words = m.group().split()
        k = next(i for i, w in enumerate(words) if w in ORG_HEADS_OF_EN)
        n = _org_name_words(words[:k], english=True) if k else 0
        start = m.start() + len(" ".join(words[: k - n])) + (1 if k - n else 0)
        end = m.end() - (len(words[-1]) + 1 if words[-1] in ("and", "&") else 0)
        out.append(_org_name(start, end))
    return out


def _org_name_candidates(text: str, acronyms: list[re.Match[str]]) -> list[Candidate]:
    """Names of organisations by their shape outside the runs: before lower-case legal forms, sports clubs, the
    teams of a result line, English names with "of"."""
    return _names_before_legal_forms(text) + _sports_clubs(text, acronyms) + _result_teams(text) \
        + _english_of_names(text)


_TEAM = r"(?:\d{1,2}\.[ \u00a0])?[A-ZÄÖÜ][\w.\-‐'’]*(?:[ \u00a0]+(?:[A-ZÄÖÜ][\w.\-‐'’]*|\d{2,3})){0,3}"
# A line of a results table: "Bayer Leverkusen - Borussia Dortmund 2:1 (1:0)", "Hannover 96 - 1. FSV Mainz 05".
_RESULT_LINE_RE = re.compile(
    rf"[ \t\u00a0]*(?P<a>{_TEAM})[ \u00a0]+[-–][ \u00a0]+(?P<b>{_TEAM})[ \u00a0]*"
    r"(?P<score>\d{1,2}:\d{1,2}(?:[ \u00a0]*\(\d{1,2}:\d{1,2}\))?)?[ \t\u00a0]*")


def _result_teams(text: str) -> list[Candidate]:
    """The two teams of each line of a results table; lines without a score only where another line has one."""
    lines: dict[int, re.Match[str]] = {}
    for dash in (" - ", " – "):
        pos = text.find(dash)
        while pos != -1:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            m = _RESULT_LINE_RE.fullmatch(text, start, len(text) if end == -1 else end)
            if m is not None:
                lines[start] = m
            pos = text.find(dash, pos + 3)
    if not any(m.group("score") for m in lines.values()):
        return []
    return [Candidate(m.start(side), m.end(side), ORGANIZATION, SCORES["org_name"], "org_name", priority=5)
            for m in lines.values() for side in ("a", "b") if not _is_blocked_word(m.group(side).split()[0])]


def _agency_candidates(text: str) -> list[Candidate]:
    """Lower-case names after an organisation cue ("Nachrichtenagentur dpa", "Gewerkschaft ver.di") and news
    sites named by their domain ("laut ndr.de")."""
    out = [Candidate(m.start("name"), m.end("name"), ORGANIZATION, SCORES["org_cue"], "org_cue", priority=5)
           for m in _AGENCY_LOWER_RE.finditer(text)
           if m.start() and text[m.start() - 1] in "Aa" and m.group("name") not in STOP_WORDS]
    out += [Candidate(m.start("name"), m.end("name"), ORGANIZATION, SCORES["org_cue"], "org_cue", priority=5)
            for m in _UNION_LOWER_RE.finditer(text) if not _known_word(m.group("name"))]
    return out + _domain_candidates(text)


_UNION_LOWER_RE = re.compile(r"schaft[ \u00a0]+(?P<name>[a-z][a-z0-9]*(?:[.\-][a-z0-9]+)*)(?![\w\-‐])")
_DOMAIN_RE = re.compile(r"\.(?:de|net|com|org|at|ch|eu|info)(?![\w/\-‐]|\.\w)")
_DOMAIN_NAME_BEFORE_RE = re.compile(r"(?<![\w./@:\-‐])[a-z0-9][a-z0-9\-]*$")


@lru_cache(maxsize=65536)
def _known_word(word: str) -> bool:
    """A German or English word (names like "Tillich" that end like a noun are none)."""
    import simplemma

    low = word.lower()
    return low in STOP_WORDS or simplemma.is_known(word, lang="de") or simplemma.is_known(low, lang="de") \
        or simplemma.is_known(low, lang="en")


def _domain_candidates(text: str) -> list[Candidate]:
    """"ndr.de", "faz.net": a news site named by its domain (not inside a web address)."""
    out = []
    for m in _DOMAIN_RE.finditer(text):
        name = _DOMAIN_NAME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if name is not None:
            out.append(Candidate(name.start(), m.end(), ORGANIZATION, SCORES["org_name"], "org_name", priority=4))
    return out


def _description(text: str, m: re.Match[str], agency_names: set[int]) -> Candidate | None:
    """A definite description standing for an actor ("das russische Verteidigungsministerium"), unless a
    name follows that is the actor itself."""
    np_text = m.group("np")
    head = np_text.rsplit(None, 1)[-1]
    kind = _head_kind(head)
    if kind is None:
        return None
    for veto in _DESCRIPTION_VETOES[kind]:
        if veto(m, head, np_text):
            return None
    following = (m.group("next") or "").strip().rstrip(".")
    end = m.end("np")
    if _seat_follows(text, kind, head, end, following):
        # the seat of an institution: "die Staatsanwaltschaft Krefeld", "beim Landgericht Berlin"
        end += 1 + len(following)
        following = ""
    if _name_follows(text, kind, head, end, following) or _land_as_place(text, m.start(), head) \
            or (kind == PERSON and _named_after_genitive(text, end)) \
            or end + 1 in agency_names:  # "die Nachrichtenagentur dpa"
        return None
    rule = "description_state" if kind == STATE else "description"
    return Candidate(m.start("np"), end, kind, SCORES[rule], "description", priority=1)


_STATE_WORD_RE = re.compile(r"[A-ZÄÖÜ][\w\-‐]+")


@lru_cache(maxsize=1)
def _state_genitive_head_re() -> re.Pattern[str]:
    """A state's genitive before a capitalised noun: "Kenias Regierung", "Russlands Armee". The state names are
    one-word forms of states(); no left look-behind (see _place_re): checked in _state_genitive_heads."""
    names = trie_pattern(form for form in states() if _STATE_WORD_RE.fullmatch(form))
    head = r"(?P<head>[A-ZÄÖÜ][a-zäöüß\-‐]+)(?![\w\-‐])(?![ \u00a0]+[A-ZÄÖÜ])"
    return re.compile(rf"(?P<state>{names})s[ \u00a0]+{head}")


def _state_genitive_heads(text: str) -> list[Candidate]:
    """"Kenias Regierung": the state or institution noun after a state's genitive is a description of its own."""
    out = []
    for m in _state_genitive_head_re().finditer(text):
        kind = _head_kind(m.group("head"))
        if not (m.start() and _is_word_char(text[m.start() - 1])) and kind in (STATE, ORGANIZATION):
            out.append(Candidate(m.start("head"), m.end("head"), kind, SCORES["description"], "description",
                                 priority=1))
    return out


def _leaderless_fuehrung(m: re.Match[str], head: str, np_text: str) -> bool:
    """"die Führung" alone is no state; "die russische Führung" is."""
    return head == "Führung" and not any(a.endswith(("ische", "ischen")) for a in np_text.split()[:-1])


def _plural(m: re.Match[str], head: str, np_text: str) -> bool:
    """"die Präsidenten", "seine Minister", "die Unternehmen": a plural noun after a plural determiner is a group."""
    det = m.group("det").lower()
    if det in ("der", "die") and head.lower().endswith(_NEUTER_PERSON_HEADS):
        return True  # "die Identität der Opfer": a neuter noun after "der" or "die" is plural
    if not _PLURAL_QUANTIFIERS.isdisjoint(np_text.split()[:-1]):
        return True  # "der beiden Unternehmen", "die zwei Minister"
    if head in PARTY_MEMBER_NOUNS or head.lower().endswith(_FEMININE_IN_ER):
        return False
    return ((det in _PLURAL_DETERMINERS and head.endswith(("er", "en", "el")) and not head.endswith("in"))
            or (det in _DATIVE_PLURAL_DETERMINERS and head.endswith("ern")))  # "mit den Außenministern"


def _place_after_fused_article(m: re.Match[str], head: str, np_text: str) -> bool:
    """"im Land", "zum Land": a place, not a state; "Gespräche im Außenministerium": the building."""
    det = m.group("det").lower()
    return det in FUSED_ARTICLES and (_land_head(head) or (det == "im" and head.endswith("ministerium")))


def _predicate(m: re.Match[str], head: str, np_text: str) -> bool:
    """"Die RTL Group ist der größte Fernsehkonzern", "Er war damals der jüngste Chef", "wird die CDU wieder die
    stärkste Partei": a superlative predicate says what something is (a copula earlier in its clause)."""
    if " " in np_text and any(w.endswith(("ste", "sten", "ßte", "ßten")) for w in np_text.split()[:-1]):
        clause = _CLAUSE_BREAK_RE.split(m.string[max(0, m.start() - 60) : m.start()])[-1].split()
        # "Der wertvollste europäische Konzern ist der Schweizer Nestlé": the name after the copula is the actor
        return any(w in _COPULAS for w in clause) or _NAMED_PREDICATE_RE.match(m.string, m.end("np")) is not None
    if {"neue", "neuen", "künftige", "künftigen", "designierte", "designierten"} & set(np_text.split()[:-1]) \
            and m.string[max(0, m.start() - 8) : m.start()].split()[-1:] == ["wird"]:
        return True  # "wird der neue Oberbürgermeister der Landeshauptstadt": what someone becomes
    if m.group("det") not in ("der", "die"):
        return False
    # "ist er der Anführer einer Gruppierung", "er war der Sprecher": a pronoun's predicate
    before = m.string[max(0, m.start() - 12) : m.start()].split()[-2:]
    return len(before) == 2 and {before[0], before[1]} <= _COPULA_PRONOUN and before[0] != before[1] \
        and _head_kind(head) == PERSON


_CLAUSE_BREAK_RE = re.compile(r"[.,;:!?()„“\"]")
_NAMED_PREDICATE_RE = re.compile(
    r"[ \u00a0]+(?:ist|war|bleibt|blieb|sei|wird|wurde)[ \u00a0]+(?:der|die|das)?[ \u00a0]*[A-ZÄÖÜ]")


def _genitive_plural(m: re.Match[str], head: str, np_text: str) -> bool:
    """"nach Angaben der Veranstalter", "seiner Spitzenpolitiker": a masculine noun in -er after "der" that follows
    a noun, or after "seiner"/"ihrer", is a genitive plural (the singular would take "des", "seines")."""
    det = m.group("det").lower()
    if not head.endswith("er") or head.lower().endswith(_FEMININE_IN_ER) or head in PARTY_MEMBER_NOUNS:
        return False
    if det in ("seiner", "ihrer"):
        return True
    if det != "der" or m.start() < 2 or m.string[m.start() - 1] != " " or not m.string[m.start() - 2].isalpha():
        return False
    before = _NOUN_BEFORE_RE.search(m.string, max(0, m.start() - 40), m.start())
    return before is not None and not _is_blocked_word(before.group(1))


# A capitalised word that does not start its sentence (a noun), right before a position.
_NOUN_BEFORE_RE = re.compile(r"[\w,;)“\"][ \u00a0]+([A-ZÄÖÜ][\w\-‐]*)[ \u00a0]$")


def _demonym_group(m: re.Match[str], head: str, np_text: str) -> bool:
    """"der Briten", "von den Chinesen": a nationality noun in -en after "der" or "den" is a plural; "der Schweizer
    Bundesrat": one before a capitalised noun is an adjective."""
    if head not in _DEMONYMS:
        return False
    if head.endswith("en") and m.group("det").lower() in ("der", "den"):
        return True
    return (m.group("next") or "")[:1].isupper()


def _message(m: re.Match[str], head: str, np_text: str) -> bool:
    """"die Botschaft des Papstes", "seine Videobotschaft": a message; an embassy has its state before it ("die
    deutsche Botschaft", "der US-Botschaft")."""
    return head.lower().endswith("botschaft") and not (" " in np_text or re.fullmatch(r"[A-Z]{2,}-Botschaft", head))


def _office(m: re.Match[str], head: str, np_text: str) -> bool:
    """"das Amt des Bundeskanzlers", "die Richtlinienkompetenz des Bundeskanzlers": an office, not its holder."""
    if m.group("det").lower() not in ("des", "der"):
        return False
    before = m.string[max(0, m.start() - 30) : m.start()].split()
    return bool(before) and (before[-1] in _OFFICE_NOUNS or before[-1].endswith("kompetenz"))


_OFFICE_NOUNS = {"Amt", "Amtes", "Amts", "Posten", "Postens", "Funktion", "Rolle", "Titel", "Befugnisse", "Aufgaben",
                 "Stelle", "Position", "Kandidatur"}


def _role(m: re.Match[str], head: str, np_text: str) -> bool:
    """"zum Präsidenten gewählt", "Die Wahl zum Präsidenten", "zu dessen Nachfolger ernannt": a role someone
    takes, not a person."""
    det = m.group("det").lower()
    return det in ("zum", "zur") or (det in _POSSESSIVES and m.string.endswith(("zu ", "als "), 0, m.start())
                                     and (_is_function(head) or head.lower().endswith(_ROLE_HEADS)))


_ROLE_HEADS = ("nachfolger", "nachfolgerin", "vorsitzende", "vorsitzenden", "stellvertreter", "stellvertreterin",
               "beauftragten", "beauftragter", "berater", "beraterin", "sprecher", "sprecherin")


_POSSESSIVES = {"dessen", "deren", "seinem", "seiner", "ihrem", "ihrer", "seinen", "ihren"}


def _set_or_ribbon(m: re.Match[str], head: str, np_text: str) -> bool:
    """"die Gruppe aus 200 Einwanderern", "eine Gruppe von": a set of members; "vom Band", "das Band": a ribbon or
    conveyor belt (the music band is feminine)."""
    if head == "Gruppe":
        return m.group("next") in ("aus", "von")
    return head == "Band" and m.group("det").lower() not in ("die", "der", "seiner", "ihrer", "dieser")


def _generic_office(m: re.Match[str], head: str, np_text: str) -> bool:
    """"gegenüber dem Arbeitsamt lügen", "beim Finanzamt": an authority named by its bare type in the dative is
    the kind, no actor (the subject "das Finanzamt" and "dem Finanzamt Köln" stay)."""
    return " " not in np_text and head.lower().endswith(GENERIC_OFFICE_HEADS) \
        and m.group("det").lower() in ("dem", "beim", "vom", "zum") and not (m.group("next") or "")[:1].isupper()


_COPULAS = {"ist", "war", "sei", "wäre", "bleibt", "blieb", "wird", "wurde", "gilt", "galt"}
_COPULA_PRONOUN = _COPULAS | {"er", "sie", "Er", "Sie"}


def _apposition_to_name(m: re.Match[str], head: str, np_text: str) -> bool:
    """"David Gamkrelids, der Parteivorsitzende,": a description in apposition to a name is not marked."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    if not before.endswith(", ") or m.group("det").lower() in ("dessen", "deren"):
        return False  # "Sean O’Keefe, dessen Sohn": a relative possessive names someone else
    words = before[:-2].split()
    return bool(words) and words[-1][:1].isupper() and (_is_first_name(words[-1]) or not _common_noun(words[-1]))


def _state_name(m: re.Match[str], head: str, np_text: str) -> bool:
    """"in der damaligen Sowjetunion": a state's name, left to the state rule (which knows places)."""
    return head in states()


# Reasons a matched description is no actor, checked in order, per the kind of its head (_head_kind): a veto
# sees only the descriptions of the kinds it is listed under.
_DESCRIPTION_VETOES: dict[str, tuple[Callable[[re.Match[str], str, str], bool], ...]] = {
    PERSON: (_plural, _genitive_plural, _predicate, _role, _office, _demonym_group, _apposition_to_name),
    ORGANIZATION: (_plural, _genitive_plural, _place_after_fused_article, _state_name, _predicate, _message,
                   _generic_office, _set_or_ribbon),
    STATE: (_leaderless_fuehrung, _plural, _place_after_fused_article, _state_name, _predicate),
}
_PLURAL_DETERMINERS = {"die", "diese", "seine", "ihre"}
_PLURAL_QUANTIFIERS = {"beide", "beiden", "zwei", "drei", "vier", "fünf", "mehrere", "mehreren", "vielen", "zahlreichen",
                       "einigen", "sämtlichen", "übrigen"}
_DATIVE_PLURAL_DETERMINERS = {"den", "diesen", "seinen", "ihren"}
_FEMININE_IN_ER = ("tochter", "mutter", "schwester")  # singular despite -er: "seine Tochter"
_NEUTER_PERSON_HEADS = ("opfer", "mitglied")
# Institutions named with their seat, also when the seat is a capital: "das Landgericht Berlin".
_SEAT_HEAD_ENDINGS = ("gericht", "gerichts", "staatsanwaltschaft", "polizei", "amt", "amts", "amtes", "feuerwehr")


def _seat_follows(text: str, kind: str, head: str, end: int, following: str) -> bool:
    """Whether `following` is the seat of the institution the description names ("Staatsanwaltschaft Krefeld")."""
    if kind != ORGANIZATION or not following[:1].isupper() or head.lower().endswith(_ORG_CUE_ENDINGS + _NAMED_HEADS) \
            or head in PARTY_MEMBER_NOUNS or following in _first_name_tiers()[1]:
        return False  # not "der Republikaner Chuck Hagel"
    if following in states() or (following in capitals() and not head.lower().endswith(_SEAT_HEAD_ENDINGS)):
        return False
    return (not _is_first_name(following) and (following in capitals() or not _common_noun(following))
            and text.startswith(following, end + 1))


_NAMED_HEADS = ("band", "gruppe")  # a name after them is the band or group itself ("die US-Rockband Bon Jovi")


def _named_after_genitive(text: str, end: int) -> bool:
    """A person description whose person is named after its genitive or a prepositional phrase: "die Sprecherin der
    Stiftung Warentest, Heike van Laak", "der frühere Präsident der Gesellschaft Amtrak George D. Warrington", "dem
    Präsidentschaftskandidaten in den republikanischen Vorwahlen 2008, Mike Huckabee"."""
    m = _GENITIVE_PHRASE_RE.match(text, end)
    if m is None:
        return False
    phrase, after = m.group("phrase").split(), m.group("after")
    # the noun phrase: up to the first lower-case word that is no article, link or adjective (a verb)
    np_end = next((k for k, w in enumerate(phrase)
                   if w[:1].islower() and w not in _GENITIVE_LINKS and not w.endswith(ADJECTIVE_ENDINGS)), None)
    if np_end is None and after and (_is_first_name(after) or _is_initials(after) or _foreign_name_shape(after)
                                     or (m.group("next") and not _common_noun(after))):
        return True
    phrase = phrase[:np_end]
    return any(_is_first_name(a) and (_is_initials(b) or not _common_noun(b)) for a, b in zip(phrase, phrase[1:]))


_GENITIVE_LINKS = {"der", "des", "von", "vom", "und", "für", "die", "den", "dem", "in", "im", "bei", "beim", "aus",
                   "am"}
_GENITIVE_PHRASE_RE = re.compile(
    r"[ \u00a0]+(?:der|des|von|vom|in|im|bei|beim|aus|für|am)[ \u00a0]+"
    r"(?P<phrase>(?:[^,.;:!?()\n„“\"]|(?<=[ \u00a0][A-Z])\.|„[^“\n]{1,60}“|\([^()\n]{1,20}\)){1,120}?)"
    r"(?:,[ \u00a0]+(?P<after>[A-ZÄÖÜ][\w\-‐]*)(?:[ \u00a0]+(?P<next>[A-ZÄÖÜ][\w\-‐]*))?"
    r"|(?=(?<![ \u00a0][A-Z])(?:[.;:!?)\n]|\((?![^()\n]{1,20}\),))|$))")


def _name_follows(text: str, kind: str, head: str, end: int, following: str) -> bool:
    """Whether the name after the description (ending at `end`, next word `following`) is the actor."""
    st, caps = states(), capitals()
    if kind == STATE and following[:1].isupper() and _land_head(head) and _known_word(following) \
            and following not in st and following not in _LAENDER_NAMES:
        return False  # "dass das Land Hilfe beantragen müsse": a noun, no name, follows
    if following[:1].isupper() and following not in st and following not in caps:
        # a name follows ("der russische Präsident Wladimir Putin", "Nachrichtenagentur Tass"): the name
        # is the actor, not the description; a genitive state ("die Regierung Nordkoreas") is not a name
        if _is_first_name(following) or following.isupper() or not _common_noun(following):
            return True
        if _two_word_name_after(text, end, following):
            return True
    if kind == STATE and st.get(following) == following:
        return True  # "dem Land Niedersachsen" (but "die Regierung Nordkoreas": a genitive)
    if kind == PERSON and (following in st or following in caps):
        # "dem Ministerpräsidenten Spaniens José Luis Rodríguez", "dem Ministerpräsidenten Fidschis, Qarase"
        name = text[end + 1 + len(following) : end + 60].lstrip(", ").split(" ", 1)[0].rstrip(",.;:")
        if name[:1].isupper() and (_is_first_name(name) or not _common_noun(name)):
            return True
    if kind == PERSON and text.startswith(", ", end) and _is_first_name(text[end + 2 : end + 40].split(" ", 1)[0]):
        return True  # "der deutsche Innenminister, Wolfgang Schäuble,": the name is the actor
    if kind == PERSON and following in ("und", "sowie") and _function_then_name(text, end + 1 + len(following)):
        return True  # "Der deutsche Vizekanzler und Arbeitsminister Franz Müntefering"
    if _ACRONYM_APPOSITION_RE.match(text, end):
        return True  # "seiner Partei, der SPD"
    apposition = _NAMED_APPOSITION_RE.match(text, end)
    if apposition and (_capitalised_adjective(apposition.group(1)) or not _common_noun(apposition.group(1))):
        return True  # "die größte deutsche Privatbank, die Deutsche Bank,": the name is the actor
    # "die Nachrichtenagentur „…“": the quoted name is the actor
    return bool(following) and following[0] in "„\"" and head.lower().endswith(_ORG_CUE_ENDINGS)


def _two_word_name_after(text: str, end: int, following: str) -> bool:
    """"des stellvertretenden Gouverneurs Nasser Baoum": a German-looking word, then a foreign name."""
    after = text[end + 1 + len(following) : end + 60].split(None, 1)
    return bool(after) and _foreign_name_shape(after[0].rstrip(",.;:"))


def _function_then_name(text: str, pos: int) -> bool:
    """A function noun, then a name (from `pos`): "und Arbeitsminister Franz Müntefering"."""
    words = text[pos : pos + 80].split()[:3]
    return (len(words) >= 2 and _is_function(words[0].rstrip(",")) and words[1][:1].isupper()
            and (_is_first_name(words[1]) or not _common_noun(words[1].rstrip(",.;:"))))


_ACRONYM_APPOSITION_RE = re.compile(rf", (?:der|die|das|dem|den) (?:{_ACRONYM})(?![\w\-‐])")
_NAMED_APPOSITION_RE = re.compile(r", (?:der|die|das) ([A-ZÄÖÜ][\w\-‐]*)[ \u00a0]+[A-ZÄÖÜ]")


def _land_as_place(text: str, start: int, head: str) -> bool:
    """"auf dem Land", "im ganzen Land", "in das Nachbarland": countryside or place, not a state."""
    if not _land_head(head):
        return False
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _LAND_PLACE_WORDS


_LAENDER_NAMES = frozenset(GERMAN_LAENDER.values())


def _land_head(head: str) -> bool:
    """"Land", "Nachbarland", "Königreich": a state described as a country (also a place)."""
    return head in ("Land", "Landes") or head.lower().endswith(STATE_COMPOUND_HEADS)


def _resolve(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Token-aligned candidates without overlaps, the most trusted and longest first."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    taken_starts: list[int] = []  # kept intervals, sorted and disjoint
    taken_ends: list[int] = []
    kept = []
    starts, ends = token_offsets(doc)
    for cand in ranked:
        pos = bisect_right(taken_starts, cand.start)
        if pos and taken_ends[pos - 1] > cand.start:
            continue  # overlaps the interval starting before it
        if pos < len(taken_starts) and taken_starts[pos] < cand.end:
            continue  # overlaps the interval starting after it
        if offsets_range(starts, ends, cand.start, cand.end) is None:
            continue
        taken_starts.insert(pos, cand.start)
        taken_ends.insert(pos, cand.end)
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _short_forms(text: str, kept: list[Candidate]) -> dict[str, tuple[str, str, float]]:
    """Word -> (full name, type, score) for short mentions of names found in the document."""
    forms: dict[str, tuple[str, str, float]] = _company_short_forms(text, kept)
    for cand in kept:
        if cand.rule in ("description", "speech_cue") or cand.actor_type == STATE:
            continue
        full = canonical_name(text[cand.start : cand.end])
        words = full.split()
        if cand.actor_type == PERSON and len(words) >= 2:
            last, first = words[-1], words[0]
            if len(last) > 2 and not _is_initials(last):
                forms.setdefault(last, (full, PERSON, SCORES["short_mention"]))
            if (not _is_first_name(first) or len(words) >= 3) and not _is_initials(first):
                # family name first: "Kim Jong Un" -> "Kim", "Choe Son Hui" -> "Choe"
                forms.setdefault(first, (full, PERSON, SCORES["short_mention"] - 0.1))
        elif len(words) == 1 and cand.rule in ("org_cue", "title_name"):
            forms.setdefault(words[0], (full, cand.actor_type, SCORES["short_mention"]))
    return {f: v for f, v in forms.items()
            if not _is_blocked_word(f) and not _is_function(f) and not (_noun_like(f) and _known_word(f))}


def _company_short_forms(text: str, kept: list[Candidate]) -> dict[str, tuple[str, str, float]]:
    """A company's name without its legal form: "Daimler AG" -> "Daimler", "PNE Wind AG" -> "PNE Wind"."""
    forms: dict[str, tuple[str, str, float]] = {}
    for cand in kept:
        words = text[cand.start : cand.end].split()
        if cand.actor_type == ORGANIZATION and len(words) >= 2 and words[-1] in LEGAL_FORMS:
            forms.setdefault(" ".join(words[:-1]), (" ".join(words), ORGANIZATION, SCORES["short_mention"]))
    return forms


def _short_mentions(kept: list[Candidate], text: str) -> list[Candidate]:
    """Other mentions of a name found in this document: "Lawrow", "Schoigus" (genitive), "Kim"."""
    out = []
    forms = _short_forms(text, kept)
    # "al-Hassani" starts a sentence as "Al-Hassani"
    forms.update({f[0].upper() + f[1:]: v for f, v in forms.items() if f[:1].islower()})
    for form, (canonical, kind, score) in forms.items():
        priority = 4 if " " in form else 0  # a short form of several words outranks the acronym inside it ("PNE Wind")
        starts = _occurrences(text, form)
        for suffix in _GENITIVE_SUFFIXES:
            for pos, end in _whole_word_hits(text, form + suffix, starts):
                if not text.endswith(_FAMILY_WORDS, 0, pos):  # "die Familie Chrobog": the family
                    out.append(Candidate(pos, end, kind, score, "short_mention", canonical, priority=priority))
    return out


# A single name that is no German word, repeated in the text, is a person's everywhere if one of its mentions
# stands in a person's frame: "Dulmatin, einer der mutmaßlichen Drahtzieher", "Dulmatin galt als ...".
# (First letter first, see _FIRST_RUN_WORD.)
_SINGLE_NAME_RE = re.compile(r"[A-ZÄÖÜ](?<![\w\-‐.’'„“\"/][A-ZÄÖÜ])[a-zäöüßéèáíóúñç]{3,}(?![\w\-‐])")
_FRAME_AFTER_COMMA = (r",[ \u00a0]+(?:(?:einer|eine|einem|eines)[ \u00a0]+der[ \u00a0]"
                      r"|(?:der|die)[ \u00a0]+\d+-[Jj]ährige)")
_FRAME_VERB = r"(?:galt|gilt)[ \u00a0]+als[ \u00a0]"
_PERSON_FRAME_AFTER_RE = re.compile(rf"s?(?:{_FRAME_AFTER_COMMA}|[ \u00a0]+{_FRAME_VERB})")
# A frame anywhere, found by its first character ("," or "g"): most texts have none, and _repeated_names need
# not collect their names.
_PERSON_FRAME_RE = re.compile(rf"{_FRAME_AFTER_COMMA}|{_FRAME_VERB}")


def _repeated_names(kept: list[Candidate], text: str) -> list[Candidate]:
    """Mentions of single names repeated without a cue, found by one mention in a person's frame (see above)."""
    if _PERSON_FRAME_RE.search(text) is None:
        return []
    hits: dict[str, list[tuple[int, int]]] = {}
    for m in _SINGLE_NAME_RE.finditer(text):
        hits.setdefault(m.group(), []).append(m.span())
    inside = {text[c.start : c.end] for c in kept}
    out = []
    for word, spans in hits.items():
        genitive = hits.get(word + "s", [])
        if len(spans) + len(genitive) < 2 or word in inside or not _unknown_name(word) \
                or not any(_PERSON_FRAME_AFTER_RE.match(text, end) for _, end in spans):
            continue
        out += [Candidate(start, end, PERSON, SCORES["repeated_name"], "repeated_name")
                for start, end in spans + genitive]
    return out


@lru_cache(maxsize=65536)
def _unknown_name(word: str) -> bool:
    """A capitalised word that is no German or English word, noun shape, function, state or capital."""
    return not (_is_blocked_word(word) or _known_word(word) or _german_compound(word) or _noun_like(word)
                or _inflected_noun(word) or _is_function(word) or _is_org_cue(word) or word in _DEMONYMS)


_GENITIVE_SUFFIXES = ("", "s", "’s", "'s")
_FAMILY_WORDS = ("Familie ", "Familie\u00a0", "Eheleute ", "Geschwister ")


def _occurrences(text: str, form: str) -> list[int]:
    """Every start of `form` in text, overlapping ones included: one scan serves the form and its genitives."""
    out = []
    pos = text.find(form)
    while pos != -1:
        out.append(pos)
        pos = text.find(form, pos + 1)
    return out


def _whole_word_hits(text: str, variant: str, starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of `variant` as a whole word where ``text.find(variant, end of the previous one)`` finds it;
    `starts`: the occurrences of a prefix of `variant` (see _occurrences)."""
    out = []
    last_end = 0
    for pos in starts:
        if pos < last_end or not text.startswith(variant, pos):
            continue
        end = last_end = pos + len(variant)
        if (pos == 0 or not _is_word_char(text[pos - 1])) and (end == len(text) or not _is_word_char(text[end])):
            out.append((pos, end))
    return out


_PARTY_RE = re.compile(r"[ \u00a0]?\((?P<party>[A-ZÄÖÜ][\w\-‐/]*(?:[ \u00a0][\w\-‐/]+){0,3})\)")


def _parties_after_persons(kept: list[Candidate], text: str) -> list[Candidate]:
    """A party in parentheses after a politician is an actor of its own: "Werner Schulz (Grüne)"."""
    out = []
    for cand in kept:
        m = _PARTY_RE.match(text, cand.end) if cand.actor_type == PERSON else None
        if m and (m.group("party") in PARTY_WORDS or _ACRONYM_RE.fullmatch(m.group("party"))) \
                and m.group("party") not in states() and m.group("party") not in _NOT_ACRONYMS:
            out.append(Candidate(m.start("party"), m.end("party"), ORGANIZATION, SCORES["org_cue"], "org_cue",
                                 priority=3))
    return out


# Coordination of single names in an enumeration: after an organisation, a parallel tail ("Bayer auf Platz 70")
# may come before the separator; the coordinated word must then take the same first tail word ("und Allianz
# auf Platz 93"). Before it, only a bare name directly coordinated ("Rewe, Lidl").
_COORD_SEP = r"(?:,[ \u00a0]+|[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+)"
_COORD_AFTER_RE = re.compile(
    rf"(?:[ \u00a0]+(?P<tw>(?!(?:und|sowie|oder)[ \u00a0])[a-zäöüß]+)[^,;:.!?()\n„“\"]{{0,25}}?)?{_COORD_SEP}"
    r"(?P<w>[A-ZÄÖÜ][\w\-‐&]*)(?![\w\-‐&])(?=[,;:.)]|[ \u00a0]+(?P<next>[a-zäöüß]+))")
_COORD_BEFORE_RE = re.compile(
    rf"(?:^|[,:][ \u00a0]+|[ \u00a0](?P<prev>[\w\-‐]+)[ \u00a0]+)(?P<w>[A-ZÄÖÜ][\w\-‐&]*){_COORD_SEP}$")
_COORD_SEP_RE = re.compile(_COORD_SEP)
_COORD_ANCHOR_RULES = {"org_cue", "org_name", "acronym", "known_name", "short_mention", "coordinated", "name_shape"}


def _coordinated_names(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Single names coordinated with an organisation's name in an enumeration: "Edeka, Metro, Rewe, Lidl",
    "Bayer auf Platz 70 und Allianz auf Platz 93". A capitalised word is a name here only if it is no German word
    or shape of a noun, or has the organisation's parallel tail; no article may precede it."""
    out = []
    anchors = [c for c in kept if c.actor_type == ORGANIZATION and c.rule in _COORD_ANCHOR_RULES]
    starts = {c.start for c in anchors}
    for cand in anchors:
        m = _COORD_AFTER_RE.match(text, cand.end)
        if m is None or (m.group("tw") and m.group("next") != m.group("tw")):
            m = None
        elif m.group("tw") is None:  # "Edeka, Metro, Rewe": a German word between two names is one too
            sep = _COORD_SEP_RE.match(text, m.end("w"))
            parallel = sep is not None and sep.end() in starts
        else:
            parallel = True
        if m is not None and _coordinated_name(m.group("w"), parallel):
            out.append(Candidate(m.start("w"), m.end("w"), ORGANIZATION, SCORES["coordinated"], "coordinated"))
        b = _COORD_BEFORE_RE.search(text, max(0, cand.start - 60), cand.start)
        if b is not None and (b.group("prev") or "x")[:1].islower() and b.group("prev") not in _DETERMINERS \
                and _coordinated_name(b.group("w"), parallel=False):
            out.append(Candidate(b.start("w"), b.end("w"), ORGANIZATION, SCORES["coordinated"], "coordinated"))
    return out


_DETERMINERS = {*DEFINITE_ARTICLES, "ein", "eine", "einer", "einem", "einen", "eines", "dieser", "diese", "dieses",
                "diesem", "diesen", "kein", "keine", "seine", "ihre", "sein", "ihr"}


def _coordinated_name(word: str, parallel: bool) -> bool:
    """Whether a word coordinated with an organisation's name is one too (see _coordinated_names)."""
    if len(word) < 2 or _is_blocked_word(word) or _is_function(word) or word in states() or word in capitals() \
            or _noun_like(word) or _inflected_noun(word) or _is_first_name(word) or word[-1] in "-‐":
        return False  # not "Hochschul- und Menschenrechtsvereinigungen"
    return parallel or not (_known_word(word) or _german_compound(word))


@lru_cache(maxsize=4096)
def _german_compound(word: str) -> bool:
    """A compound of two German words ("Schmuggeltunnel"; not "Vattenfall", "Enertrag")."""
    import simplemma

    def known(part: str) -> bool:
        return simplemma.is_known(part, lang="de")

    for k in range(3, len(word) - 2):
        first = word[:k]
        if known(word[k:].capitalize()) and (known(first) or (first[-1] == "s" and known(first[:-1]))):
            return True
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-‐_"


def _canonicals(text: str, kept: list[Candidate]) -> dict[int, str]:
    """Canonical name per candidate start: person names link to the longest form in the document."""
    full_names = [canonical_name(text[c.start : c.end]) for c in kept
                  if c.actor_type == PERSON and c.rule not in ("description", "short_mention")]
    by_word: dict[str, str] = {}
    for name in sorted(set(full_names), key=len, reverse=True):
        for word in (name.split()[0], name.split()[-1]):
            by_word.setdefault(word, name)
    out: dict[int, str] = {}
    for cand in kept:
        surface = text[cand.start : cand.end]
        if cand.canonical:
            out[cand.start] = cand.canonical
        elif cand.actor_type == PERSON and cand.rule != "description":
            name = canonical_name(surface)
            out[cand.start] = by_word.get(name, name) if " " not in name else name
        elif cand.actor_type == ORGANIZATION and cand.rule != "description":
            out[cand.start] = surface
    return out


# The names predicted ACTOR spans carry (Span.rule): "actors." + the SCORES key of the rule.
RULE_NAMES: dict[str, str] = {rule: f"actors.{rule}" for rule in SCORES}


def _rule_name(cand: Candidate) -> str:
    """A description of a state is scored as "description_state" (its candidates share the rule "description")."""
    if cand.rule == "description" and cand.actor_type == STATE:
        return RULE_NAMES["description_state"]
    return RULE_NAMES[cand.rule]


class ActorRecognizer(PreparedComponent):
    """The rule component "curate_actors": writes doc.spans["ACTOR"]."""

    def __init__(self) -> None:
        # load the dictionaries once, at pipeline construction
        states(), capitals(), first_names(), _multiword_places(), _inflected_noun("Soldaten")
        _foreign_name_shape("Obama")

    def prepare(self, docs: list[Doc]) -> list[_Passes]:
        for doc in docs:
            doc_cue_words(doc)  # kept on the doc
        for doc in docs:
            token_offsets(doc)  # kept on the doc
        return _batch_passes([doc_text(doc) for doc in docs])

    def process(self, doc: Doc, passes: _Passes) -> Doc:
        text = doc_text(doc)
        kept = _resolve(doc, _scan(text, doc_cue_words(doc).source, passes))
        kept = _resolve(doc, kept + _short_mentions(kept, text) + _parties_after_persons(kept, text)
                        + _repeated_names(kept, text))
        for _ in range(3):  # an enumeration grows from its known names: "Edeka, Metro, Rewe, Lidl"
            coordinated = _coordinated_names(text, kept)
            if not coordinated:
                break
            kept = _resolve(doc, kept + coordinated)
        canonicals = _canonicals(text, kept)
        spans = []
        for cand in kept:
            attrs = {"actor_type": cand.actor_type}
            if cand.start in canonicals:
                attrs["canonical"] = canonicals[cand.start]
            span = make_aligned_span(doc, cand.start, cand.end, "ACTOR", attrs, cand.score, _rule_name(cand))
            if span is not None:
                spans.append(span)
        doc.spans["ACTOR"] = spans
        return doc


@Language.factory("curate_actors")
def make_actors(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer()


# --------------------------------------------------------------------------------------------- model adapter

_NER_TYPES = {"PER": PERSON, "PERSON": PERSON, "ORG": ORGANIZATION, "GPE": STATE, "LOC": STATE}


class NerActorAdapter(BatchedComponent):
    """"curate_ner_actors": a trained pipeline's entities as ACTOR spans, replacing the actor rules.

    PER/PERSON -> PERSON, ORG -> ORGANIZATION, GPE -> STATE. LOC is ambiguous (rivers, regions,
    countries): a LOC entity becomes STATE only when it is a country or capital name, with a lower
    score. GPE/LOC entities after a place preposition ("in Moskau") are places, not actors (SCHEME.md).
    NORP (demonyms) and all other labels are ignored.
    """

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        st, caps = states(), capitals()
        spans = []
        for ent in filter_spans(list(doc.ents)):
            kind = _NER_TYPES.get(ent.label_)
            if kind is None:
                continue
            score = SCORES["ner"]
            attrs = {"actor_type": kind}
            if kind == STATE:
                if _preceded_by_place_prep(text, ent.start_char):
                    continue
                known = st.get(ent.text) or caps.get(ent.text)
                if ent.label_ == "LOC":
                    if not known:
                        continue
                    score = SCORES["ner_loc"]
                if known:
                    attrs["canonical"] = known
            elif kind == PERSON:
                attrs["canonical"] = canonical_name(ent.text)
            rule = "actors.ner_loc" if score == SCORES["ner_loc"] else "actors.ner"
            span = make_aligned_span(doc, ent.start_char, ent.end_char, "ACTOR", attrs, score, rule)
            if span is not None:
                spans.append(span)
        doc.spans["ACTOR"] = spans
        return doc


@Language.factory("curate_ner_actors")
def make_ner_actors(nlp: Language, name: str) -> NerActorAdapter:
    return NerActorAdapter()
