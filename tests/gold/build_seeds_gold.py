"""Build tests/gold/seeds.jsonl: the project's own gold annotation of the five seed articles.

The annotations below were made by hand, per ../shared/SCHEME.md and GUIDELINES.md, on the cleaned
text that `curation.corpus.clean` produces for corpus/raw/*.txt. Each one names its span by surface
string and occurrence: the n-th (0-based) occurrence of that exact string in the cleaned text, found
with str.find (so "Kim" counts the "Kim" inside "Kim Jong Un" too). Offsets are computed here and every
slice is asserted, so a change in cleaning that moves or alters the text fails loudly instead of
silently corrupting the gold.

    .venv/bin/python tests/gold/build_seeds_gold.py          # (re)write tests/gold/seeds.jsonl
    .venv/bin/python tests/gold/build_seeds_gold.py --check  # exit 1 if the file is out of date

Conventions that SCHEME.md leaves open, applied consistently here:
- ACTOR: capitals and states only when they act, speak or are acted upon (not after "in", "nach",
  "an der Ostküste des ..."); definite descriptions without a name ("nordkoreanische Machthaber",
  "russische Verteidigungsministerium", "bitterarme Land", "Regierung" in "Seine Regierung") without
  article or possessive; armed forces as institutions ("russischen Armee", "ukrainischen Streitkräfte")
  are ORGANIZATION, troops and soldiers are not actors; governments and capitals are STATE.
- QUOTE direct: the marks included, partial quotes too; headline quotes taken from the article's own
  quotes are QUOTE without a speaker unless the headline has a speech frame ("Kim Jong Un: „…“").
  Quoted treaty names ("umfassende strategische Partnerschaft") are not QUOTE.
- QUOTE indirect: the reported clause without the frame (dass-clauses and Konjunktiv clauses after a
  speech verb, infinitive clauses after "vorwerfen", "auffordern", "sich bereit erklären", ...); a
  clause that contains a partial direct quote is marked indirect and the quote inside it direct
  (nested, as in the WikiNews dataset). Sentences attributed by "laut X", "X zufolge",
  "nach Angaben X", "wie X berichtet" are indirect too: the reported content, the whole sentence when
  the cue sits inside it. Stand-alone Konjunktiv sentences continuing someone's speech are indirect
  and include their full stop. Mere reports of a speech act ("Kim sicherte Russland Unterstützung zu")
  are not marked. When a report is nested in another ("Kim habe ... geäußert, dass ..., berichtete
  KCNA"), only the innermost reported content is marked, with the innermost speaker.
- speaker: the nearest ACTOR mention in the quote's frame naming who said it; for a pronoun, the
  mention it refers to; no relation when the source is not an ACTOR ("Staatsmedien zufolge",
  "Beide Seiten", "Südkoreanische Geheimdienste").
- FIGURE: cardinal quantities only; vague "Tausende"/"tausende" have no value and qualifier vague.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from curation.corpus import clean  # noqa: E402
from curation.document import Document, Relation, Span  # noqa: E402

RAW = ROOT / "corpus" / "raw"
OUT = Path(__file__).resolve().parent / "seeds.jsonl"
PERSON, ORGANIZATION, STATE = "PERSON", "ORGANIZATION", "STATE"


@dataclass(frozen=True)
class Ann:
    label: str
    surface: str
    occurrence: int
    attributes: dict[str, Any] = field(default_factory=dict)
    key: str | None = None  # an ACTOR that quotes point to
    speaker: str | None = None  # for a QUOTE: the key of its speaker ACTOR


def A(surface: str, occurrence: int, actor_type: str, canonical: str, key: str | None = None) -> Ann:
    return Ann("ACTOR", surface, occurrence, {"actor_type": actor_type, "canonical": canonical}, key=key)


def F(surface: str, occurrence: int, value: int | None, unit: str, qualifier: str) -> Ann:
    attributes: dict[str, Any] = {"unit": unit, "qualifier": qualifier}
    if value is not None:
        attributes = {"value": value, **attributes}
    return Ann("FIGURE", surface, occurrence, attributes)


def Q(surface: str, occurrence: int, quote_type: str, speaker: str | None = None) -> Ann:
    return Ann("QUOTE", surface, occurrence, {"quote_type": quote_type}, speaker=speaker)


# doc_id -> annotations, in text order.
DOCS: dict[str, list[Ann]] = {
    '000_d1500ec1f89033da': [
        Q('"Beziehungen dynamisch ausbauen"', 0, 'direct'),
        A('Nordkorea', 0, STATE, 'Nordkorea'),
        A('Russlands', 0, STATE, 'Russland'),
        A('Ukraine', 0, STATE, 'Ukraine'),
        A('Pjöngjang', 0, STATE, 'Nordkorea'),
        A('Moskau', 0, STATE, 'Russland'),
        A('Kim', 0, PERSON, 'Kim Jong Un'),
        Q('Nordkoreas Machthaber Kim Jong Un hat Russland im Krieg gegen die Ukraine Staatsmedien zufolge "bedingungslose Unterstützung" zugesichert', 0, 'indirect'),
        A('Nordkoreas', 0, STATE, 'Nordkorea'),
        A('Kim Jong Un', 0, PERSON, 'Kim Jong Un', key='k1'),
        A('Russland', 1, STATE, 'Russland'),
        A('Ukraine', 1, STATE, 'Ukraine'),
        Q('"bedingungslose Unterstützung"', 0, 'direct', speaker='k1'),
        A('Kim', 2, PERSON, 'Kim Jong Un', key='k2'),
        A('Nationalen Sicherheitsrats', 0, ORGANIZATION, 'Nationaler Sicherheitsrat Russlands'),
        A('Russlands', 1, STATE, 'Russland'),
        A('Sergej Schoigu', 0, PERSON, 'Sergej Schoigu'),
        Q('"die Erwartung und Überzeugung"', 0, 'direct', speaker='k2'),
        Q('dass Russland aus dem Krieg als Sieger hervorgehen werde', 0, 'indirect', speaker='k2'),
        A('Russland', 3, STATE, 'Russland'),
        A('KCNA', 0, ORGANIZATION, 'KCNA'),
        A('Kim', 3, PERSON, 'Kim Jong Un', key='k3'),
        Q('Pjöngjang werde "die Haltung Russlands und seine Außenpolitik in allen wichtigen internationalen politischen Fragen, einschließlich der Ukraine-Frage, bedingungslos unterstützen"', 0, 'indirect', speaker='k3'),
        A('Pjöngjang', 2, STATE, 'Nordkorea'),
        Q('"die Haltung Russlands und seine Außenpolitik in allen wichtigen internationalen politischen Fragen, einschließlich der Ukraine-Frage, bedingungslos unterstützen"', 0, 'direct', speaker='k3'),
        A('Russlands', 2, STATE, 'Russland'),
        Q('die Beziehungen "weiterhin dynamisch auszubauen"', 0, 'indirect'),
        Q('"weiterhin dynamisch auszubauen"', 0, 'direct'),
        A('Tass', 0, ORGANIZATION, 'TASS', key='t1'),
        Q('war Schoigu, der bis Mai 2024 Verteidigungsminister war, auf Anweisung des russischen Präsidenten Wladimir Putin nach Pjöngjang gereist', 0, 'indirect', speaker='t1'),
        A('Schoigu', 1, PERSON, 'Sergej Schoigu'),
        A('Wladimir Putin', 0, PERSON, 'Wladimir Putin'),
        A('Schoigus', 0, PERSON, 'Sergej Schoigu'),
        F('weniger als drei Monaten', 0, 3, 'Monat', 'max'),
        A('Russland', 5, STATE, 'Russland'),
        A('Nordkorea', 2, STATE, 'Nordkorea'),
        A('Schoigu', 3, PERSON, 'Sergej Schoigu', key='s2'),
        Q('"voll und ganz den Interessen beider Länder entsprechend"', 0, 'direct', speaker='s2'),
        A('Russland', 6, STATE, 'Russland'),
        A('Nordkorea', 3, STATE, 'Nordkorea'),
        A('Pjöngjang', 6, STATE, 'Nordkorea'),
        A('Moskaus', 0, STATE, 'Russland'),
        A('Ukraine', 3, STATE, 'Ukraine'),
    ],
    '001_d45881a72d203c4c': [
        Q('"gerechte Sache"', 0, 'direct', speaker='k0'),
        A('Kim', 0, PERSON, 'Kim Jong Un', key='k0'),
        A('Putin', 0, PERSON, 'Wladimir Putin'),
        F('Tausende nordkoreanische Soldaten', 0, None, 'Soldat', 'vague'),
        A('Russland', 0, STATE, 'Russland'),
        A('Ukraine', 0, STATE, 'Ukraine'),
        A('Kim Jong-un', 0, PERSON, 'Kim Jong Un'),
        A('nordkoreanische Machthaber', 0, PERSON, 'Kim Jong Un', key='m1'),
        A('Wladimir Putin', 0, PERSON, 'Wladimir Putin'),
        Q('"gerechte Sache"', 1, 'direct', speaker='m1'),
        A('Nordkoreas', 0, STATE, 'Nordkorea'),
        A('Kim Jong-un', 1, PERSON, 'Kim Jong Un'),
        A('Russland', 1, STATE, 'Russland'),
        A('Ukraine', 1, STATE, 'Ukraine'),
        Q('"Die Armee und das Volk der Demokratischen Volksrepublik Korea (DVRK) werden die gerechte Sache der russischen Armee und des russischen Volkes zur Verteidigung ihrer Souveränität, Sicherheit und territorialen Integrität stets unterstützen und ermutigen, ganz im Sinne des Vertrages über die umfassende strategische Partnerschaft zwischen der DVRK und Russland"', 0, 'direct', speaker='k2'),
        A('Demokratischen Volksrepublik Korea', 0, STATE, 'Nordkorea'),
        A('DVRK', 0, STATE, 'Nordkorea'),
        A('russischen Armee', 0, ORGANIZATION, 'Russische Streitkräfte'),
        A('DVRK', 1, STATE, 'Nordkorea'),
        A('Russland', 2, STATE, 'Russland'),
        A('Kim', 3, PERSON, 'Kim Jong Un', key='k2'),
        A('nordkoreanischen Verteidigungsministeriums', 0, ORGANIZATION, 'Verteidigungsministerium Nordkoreas'),
        A('Nordkoreas', 1, STATE, 'Nordkorea'),
        A('Kims', 0, PERSON, 'Kim Jong Un'),
        A('Wolodymyr Selenskyj', 0, PERSON, 'Wolodymyr Selenskyj', key='z3'),
        Q('dass die nordkoreanischen Truppen an die Front der russischen Region Kursk zurückgekehrt seien', 0, 'indirect', speaker='z3'),
        A('Moskau', 0, STATE, 'Russland'),
        Q('dass Pjöngjang vergangenes Jahr etwa 11.000 Soldaten zur Unterstützung nach Russland entsandt hat, um die ukrainische Offensive in Kursk aufzuhalten', 0, 'indirect'),
        A('Pjöngjang', 0, STATE, 'Nordkorea'),
        F('etwa 11.000 Soldaten', 0, 11000, 'Soldat', 'approx'),
        A('Nordkorea', 2, STATE, 'Nordkorea'),
        A('Russland', 4, STATE, 'Russland'),
        Q('dass Nordkorea derzeit die Entsendung weiterer Truppen nach Russland vorbereitet', 0, 'indirect'),
        A('Nordkorea', 3, STATE, 'Nordkorea'),
        A('bitterarme Land', 0, STATE, 'Nordkorea'),
        A('Russland', 6, STATE, 'Russland'),
        A('Verteidigungsministeriums', 1, ORGANIZATION, 'Verteidigungsministerium Nordkoreas'),
        A('Kim', 5, PERSON, 'Kim Jong Un', key='k5'),
        Q('dass er den Ausbau der nordkoreanischen Atomstreitkräfte weiter vorantreiben werde', 0, 'indirect', speaker='k5'),
        Q('"Die DVRK will keine unnötigen Spannungen in der Region, wird aber nachhaltige Gegenmaßnahmen ergreifen, um das regionale militärische Gleichgewicht zu gewährleisten"', 0, 'direct', speaker='m5'),
        A('DVRK', 2, STATE, 'Nordkorea'),
        A('langjährige Machthaber', 0, PERSON, 'Kim Jong Un', key='m5'),
        A('Donald Trump', 0, PERSON, 'Donald Trump', key='tr5'),
        A('Shigeru Ishiba', 0, PERSON, 'Shigeru Ishiba'),
        Q('er werde die Beziehungen zu Nordkorea verbessern', 0, 'indirect', speaker='tr5'),
        A('Nordkorea', 4, STATE, 'Nordkorea'),
    ],
    '002_8d49e452584a734a': [
        A('Nordkorea', 0, STATE, 'Nordkorea'),
        A('Russland', 0, STATE, 'Russland'),
        Q('"Tag des Sieges"', 0, 'direct'),
        A('Russland', 1, STATE, 'Russland'),
        A('Nordkorea', 1, STATE, 'Nordkorea'),
        A('Choe', 0, PERSON, 'Choe Son Hui'),
        A('Russland', 2, STATE, 'Russland'),
        A('Ukraine', 0, STATE, 'Ukraine'),
        A('Choe Son Hui', 0, PERSON, 'Choe Son Hui'),
        A('Russland', 3, STATE, 'Russland'),
        A('Nordkoreas', 0, STATE, 'Nordkorea'),
        A('Ukraine', 1, STATE, 'Ukraine'),
        Q('"Noch einmal versprechen wir, dass wir bis zum Tag des Sieges stets fest an der Seite unserer russischen Kameraden stehen werden"', 0, 'direct', speaker='c2'),
        A('Choe', 2, PERSON, 'Choe Son Hui', key='c2'),
        A('Sergej Lawrow', 0, PERSON, 'Sergej Lawrow'),
        F('mehr als zwei Jahre', 0, 2, 'Jahr', 'min'),
        Q('"heiligen Kampf"', 0, 'direct', speaker='c2'),
        A('Lawrow', 1, PERSON, 'Sergej Lawrow'),
        Q('Durch die Beziehungen könnten "wichtige Sicherheitsziele für unsere und ihre Bürger" erreicht werden', 0, 'indirect', speaker='l3'),
        Q('"wichtige Sicherheitsziele für unsere und ihre Bürger"', 0, 'direct', speaker='l3'),
        A('russische Außenminister', 0, PERSON, 'Sergej Lawrow', key='l3'),
        Q('"prinzipientreue Haltung"', 0, 'direct', speaker='l3'),
        A('Nordkoreas', 1, STATE, 'Nordkorea'),
        A('Moskau', 2, STATE, 'Russland'),
        A('Pjöngjang', 0, STATE, 'Nordkorea'),
        A('Lawrow', 2, PERSON, 'Sergej Lawrow'),
        A('Choe', 3, PERSON, 'Choe Son Hui'),
        A('Russlands', 0, STATE, 'Russland'),
        A('Wladimir Putin', 0, PERSON, 'Wladimir Putin', key='p4'),
        Q('dass auch die Ukraine auf Personal aus NATO-Staaten zurückgreife', 0, 'indirect', speaker='p4'),
        A('Ukraine', 4, STATE, 'Ukraine'),
        Q('"Weise Führung des geschätzten russischen Präsidenten"', 0, 'direct'),
        Q('Nordkorea hatte den USA zufolge bereits 8.000 Soldaten ins russische Grenzgebiet Kursk geschickt', 0, 'indirect', speaker='usa6'),
        A('Nordkorea', 4, STATE, 'Nordkorea'),
        A('USA', 0, STATE, 'USA', key='usa6'),
        F('8.000 Soldaten', 0, 8000, 'Soldat', 'exact'),
        A('Washington', 0, STATE, 'USA'),
        A('USA', 1, STATE, 'USA'),
        A('Südkorea', 0, STATE, 'Südkorea', key='sk6'),
        A('Nordkorea', 5, STATE, 'Nordkorea'),
        Q('seine Soldaten abzuziehen', 0, 'indirect', speaker='sk6'),
        A('russischen Amtskollegen', 0, PERSON, 'Sergej Lawrow'),
        A('Nordkoreas', 2, STATE, 'Nordkorea'),
        A('Choe', 4, PERSON, 'Choe Son Hui', key='c7'),
        A('USA', 2, STATE, 'USA'),
        Q('mit der Waffenhilfe für die von Moskau angegriffene Ukraine einen langfristigen Krieg gegen Russland führen zu wollen', 0, 'indirect', speaker='c7'),
        A('Moskau', 3, STATE, 'Russland'),
        A('Ukraine', 5, STATE, 'Ukraine'),
        A('Russland', 5, STATE, 'Russland'),
        Q('Nordkorea zweifle aber nicht daran, "dass die russische Armee und das Volk unter der weisen Führung des geschätzten russischen Präsidenten Wladimir Wladimirowitsch Putin unweigerlich einen großen Sieg bei ihrem absoluten Kampf zur Verteidigung der souveränen Rechte und Interessen der staatlichen Sicherheit erringen werden"', 0, 'indirect', speaker='c7b'),
        A('Nordkorea', 7, STATE, 'Nordkorea'),
        Q('"dass die russische Armee und das Volk unter der weisen Führung des geschätzten russischen Präsidenten Wladimir Wladimirowitsch Putin unweigerlich einen großen Sieg bei ihrem absoluten Kampf zur Verteidigung der souveränen Rechte und Interessen der staatlichen Sicherheit erringen werden"', 0, 'direct', speaker='c7b'),
        A('russische Armee', 0, ORGANIZATION, 'Russische Streitkräfte'),
        A('Wladimir Wladimirowitsch Putin', 0, PERSON, 'Wladimir Putin'),
        A('nordkoreanische Außenministerin', 0, PERSON, 'Choe Son Hui', key='c7b'),
        A('russischen Außenministeriums', 0, ORGANIZATION, 'Außenministerium Russlands', key='am8'),
        Q('waren Choe und Lawrow zunächst am Moskauer Bahnhof Jaroslawski zusammengetroffen, bevor die Gespräche im Außenministerium fortgesetzt wurden', 0, 'indirect', speaker='am8'),
        A('Choe', 5, PERSON, 'Choe Son Hui'),
        A('Lawrow', 3, PERSON, 'Sergej Lawrow'),
        A('Choe', 6, PERSON, 'Choe Son Hui'),
        A('Lawrow', 4, PERSON, 'Sergej Lawrow'),
        A('Nordkoreas', 3, STATE, 'Nordkorea'),
        A('Kim Il Sung', 0, PERSON, 'Kim Il Sung'),
        A('Nordkorea', 9, STATE, 'Nordkorea'),
        A('Kim Jong Un', 0, PERSON, 'Kim Jong Un'),
        A('Russland', 6, STATE, 'Russland'),
        A('Putin', 2, PERSON, 'Wladimir Putin'),
        A('Kim Jong Un', 1, PERSON, 'Kim Jong Un'),
        A('Iran', 0, STATE, 'Iran'),
        A('Nordkorea', 10, STATE, 'Nordkorea'),
        A('Russlands', 1, STATE, 'Russland'),
        A('Wolodymyr Selenskyj', 0, PERSON, 'Wolodymyr Selenskyj'),
        A('Kiew', 0, STATE, 'Ukraine', key='kiew'),
        Q('"alle Beschränkungen" in Bezug auf die Reichweite der von ihnen gelieferten Waffen nach der "wahren Eskalation" mit Nordkorea aufzuheben', 0, 'indirect', speaker='kiew'),
        Q('"alle Beschränkungen"', 0, 'direct', speaker='kiew'),
        Q('"wahren Eskalation"', 0, 'direct', speaker='kiew'),
        A('Nordkorea', 11, STATE, 'Nordkorea'),
    ],
    '003_2bb625ef10a0835c': [
        A('Kim Jong Un', 0, PERSON, 'Kim Jong Un', key='k0'),
        Q('„Bedingungslose“', 0, 'direct', speaker='k0'),
        A('Nordkoreas', 0, STATE, 'Nordkorea'),
        A('Kim Jong Un', 1, PERSON, 'Kim Jong Un'),
        A('Russland', 0, STATE, 'Russland'),
        A('Sergej Lawrow', 0, PERSON, 'Sergej Lawrow'),
        A('Nordkoreas', 1, STATE, 'Nordkorea'),
        A('Kim Jong Un', 2, PERSON, 'Kim Jong Un'),
        A('Russland', 1, STATE, 'Russland'),
        A('Kim', 3, PERSON, 'Kim Jong Un', key='k2'),
        A('Sergej Lawrow', 1, PERSON, 'Sergej Lawrow'),
        Q('sein Land sei bereit, „alle Maßnahmen der russischen Führung zur Bekämpfung der Ursachen der Ukraine-Krise bedingungslos zu unterstützen und zu bestärken“', 0, 'indirect', speaker='k2'),
        A('Land', 0, STATE, 'Nordkorea'),
        Q('„alle Maßnahmen der russischen Führung zur Bekämpfung der Ursachen der Ukraine-Krise bedingungslos zu unterstützen und zu bestärken“', 0, 'direct', speaker='k2'),
        A('russischen Führung', 0, STATE, 'Russland'),
        A('KCNA', 0, ORGANIZATION, 'KCNA'),
        A('Lawrow', 2, PERSON, 'Sergej Lawrow'),
        A('nordkoreanischen Machthaber', 0, PERSON, 'Kim Jong Un'),
        A('KCNA', 1, ORGANIZATION, 'KCNA', key='kc3'),
        Q('das Treffen sei von „freundlichem und kameradschaftlichem Vertrauen“ gekennzeichnet gewesen', 0, 'indirect', speaker='kc3'),
        Q('„freundlichem und kameradschaftlichem Vertrauen“', 0, 'direct', speaker='kc3'),
        A('Kim', 4, PERSON, 'Kim Jong Un', key='k4'),
        Q('„feste Überzeugung, dass die russische Armee und das russische Volk bei der Realisierung der heiligen Sache, die Würde und die grundlegenden Interessen des Landes zu verteidigen, mit Sicherheit siegen werden“', 0, 'direct', speaker='k4'),
        A('russische Armee', 0, ORGANIZATION, 'Russische Streitkräfte'),
        A('Landes', 0, STATE, 'Russland'),
        Q('„herausragenden“', 0, 'direct', speaker='k4'),
        A('Russlands', 0, STATE, 'Russland'),
        A('Wladimir Putin', 0, PERSON, 'Wladimir Putin'),
        A('Lawrow', 3, PERSON, 'Sergej Lawrow'),
        A('russische Verteidigungsministerium', 0, ORGANIZATION, 'Verteidigungsministerium Russlands'),
        A('Lawrow', 4, PERSON, 'Sergej Lawrow'),
        A('Kim', 5, PERSON, 'Kim Jong Un'),
        A('Lawrow', 5, PERSON, 'Sergej Lawrow', key='l6'),
        Q('Putin hoffe auf „direkte Kontakte in sehr naher Zukunft“ zu Kim', 0, 'indirect', speaker='l6'),
        A('Putin', 1, PERSON, 'Wladimir Putin'),
        Q('„direkte Kontakte in sehr naher Zukunft“', 0, 'direct', speaker='l6'),
        A('Kim', 6, PERSON, 'Kim Jong Un'),
        A('Tass', 0, ORGANIZATION, 'TASS'),
        A('Lawrow', 6, PERSON, 'Sergej Lawrow', key='l7'),
        A('Pjöngjangs', 0, STATE, 'Nordkorea'),
        A('Russland', 3, STATE, 'Russland'),
        A('ukrainischen Streitkräfte', 0, ORGANIZATION, 'Ukrainische Streitkräfte'),
        Q('Die nordkoreanischen Soldaten hätten der russischen Armee „heroisch“ beim Zurückdrängen der ukrainischen Streitkräfte geholfen.', 0, 'indirect', speaker='l7'),
        A('russischen Armee', 0, ORGANIZATION, 'Russische Streitkräfte'),
        Q('„heroisch“', 0, 'direct', speaker='l7'),
        A('ukrainischen Streitkräfte', 1, ORGANIZATION, 'Ukrainische Streitkräfte'),
        Q('Nordkorea habe zudem „ohne Vorbehalt seine Unterstützung aller Ziele“ der russischen Offensive in der Ukraine unterstrichen.', 0, 'indirect', speaker='l7'),
        A('Nordkorea', 4, STATE, 'Nordkorea'),
        Q('„ohne Vorbehalt seine Unterstützung aller Ziele“', 0, 'direct', speaker='l7'),
        Q('Auf die Frage, ob nordkoreanische Truppen in Zukunft in anderen Bereichen der Front eingesetzt würden, verwies Lawrow laut Tass auf Pjöngjang', 0, 'indirect', speaker='t8'),
        A('Lawrow', 7, PERSON, 'Sergej Lawrow'),
        A('Tass', 1, ORGANIZATION, 'TASS', key='t8'),
        A('Pjöngjang', 1, STATE, 'Nordkorea'),
        Q('Nordkorea werde „die Formen, in denen wir unser Abkommen über strategische Partnerschaft umsetzen, selbst bestimmen“', 0, 'indirect', speaker='l8'),
        A('Nordkorea', 5, STATE, 'Nordkorea'),
        Q('„die Formen, in denen wir unser Abkommen über strategische Partnerschaft umsetzen, selbst bestimmen“', 0, 'direct', speaker='l8'),
        A('Lawrow', 8, PERSON, 'Sergej Lawrow', key='l8'),
        A('Choe Son Hui', 0, PERSON, 'Choe Son Hui'),
        A('Ukraine', 6, STATE, 'Ukraine'),
        A('Russland', 4, STATE, 'Russland'),
        A('Lawrow', 9, PERSON, 'Sergej Lawrow'),
        A('Choe', 1, PERSON, 'Choe Son Hui'),
        Q('„ihre Entschlossenheit, gemeinsam gegen die hegemonialen Ambitionen von Akteuren von außerhalb der Region zu kämpfen, die zu einer Eskalation der Spannungen im Nordosten Asiens und der gesamten asiatisch-pazifischen Region führen“', 0, 'direct', speaker='am11'),
        A('russische Außenministerium', 0, ORGANIZATION, 'Außenministerium Russlands', key='am11'),
        A('Pjöngjang', 2, STATE, 'Nordkorea'),
        A('Moskaus', 0, STATE, 'Russland'),
        A('Nordkorea', 6, STATE, 'Nordkorea'),
        F('tausende Soldaten', 0, None, 'Soldat', 'vague'),
        A('russische Armee', 1, ORGANIZATION, 'Russische Streitkräfte'),
        A('Nordkorea', 7, STATE, 'Nordkorea'),
        A('Russland', 6, STATE, 'Russland'),
        A('Nordkorea', 8, STATE, 'Nordkorea'),
    ],
    '004_50c9f38e67ae9f7e': [
        A('Nordkoreas', 0, STATE, 'Nordkorea'),
        A('Kim Jong Un', 0, PERSON, 'Kim Jong Un'),
        A('Russlands', 0, STATE, 'Russland'),
        A('Wladimir Putin', 0, PERSON, 'Wladimir Putin'),
        A('Nordkoreas', 1, STATE, 'Nordkorea'),
        A('Kim Jong Un', 1, PERSON, 'Kim Jong Un'),
        A('Russlands', 1, STATE, 'Russland'),
        A('Wladimir Putin', 1, PERSON, 'Wladimir Putin'),
        A('Kim Jong Un', 2, PERSON, 'Kim Jong Un'),
        A('Wladimir Putin', 2, PERSON, 'Wladimir Putin'),
        A('Ukraine', 2, STATE, 'Ukraine'),
        A('Putin', 3, PERSON, 'Wladimir Putin'),
        A('Donald Trump', 0, PERSON, 'Donald Trump'),
        A('Korean Central News Agency', 0, ORGANIZATION, 'KCNA', key='kcna4'),
        Q('lobte Putin in dem Telefonat die "Tapferkeit, den Heldenmut und die Aufopferungsbereitschaft" der nordkoreanischen Soldaten, die gemeinsam mit den russischen Streitkräften einen ukrainischen Angriff auf die russische Grenzregion Kursk zurückgeschlagen haben', 0, 'indirect', speaker='kcna4'),
        A('Putin', 4, PERSON, 'Wladimir Putin', key='p4'),
        Q('"Tapferkeit, den Heldenmut und die Aufopferungsbereitschaft"', 0, 'direct', speaker='p4'),
        A('russischen Streitkräften', 0, ORGANIZATION, 'Russische Streitkräfte'),
        Q('Putin teilte Kim Jong Un auch Informationen über seine bevorstehenden Gespräche mit Trump mit, die am Freitag in Alaska stattfinden sollen', 0, 'indirect', speaker='tass5'),
        A('Putin', 5, PERSON, 'Wladimir Putin'),
        A('Kim Jong Un', 3, PERSON, 'Kim Jong Un'),
        A('Trump', 1, PERSON, 'Donald Trump'),
        A('TASS', 0, ORGANIZATION, 'TASS', key='tass5'),
        A('Kreml', 0, ORGANIZATION, 'Kreml'),
        A('Trump', 2, PERSON, 'Donald Trump'),
        A('nordkoreanische Machthaber', 0, PERSON, 'Kim Jong Un', key='m6'),
        A('Putin', 6, PERSON, 'Wladimir Putin'),
        Q('dass Pjöngjang "alle Maßnahmen, die die russische Führung auch in Zukunft ergreifen wird", voll und ganz unterstützen werde', 0, 'indirect', speaker='m6'),
        A('Pjöngjang', 0, STATE, 'Nordkorea'),
        Q('"alle Maßnahmen, die die russische Führung auch in Zukunft ergreifen wird"', 0, 'direct', speaker='m6'),
        A('russische Führung', 0, STATE, 'Russland'),
        Q('den Ausbau der Beziehungen in "allen Bereichen" im Rahmen eines strategischen Partnerschaftsabkommens weiterzuführen, das sie während eines Gipfeltreffens im vergangenen Jahr unterzeichnet hatten', 0, 'indirect', speaker='kcna6'),
        Q('"allen Bereichen"', 0, 'direct', speaker='kcna6'),
        A('KCNA', 0, ORGANIZATION, 'KCNA', key='kcna6'),
        A('Nordkoreas', 2, STATE, 'Nordkorea'),
        A('Moskau', 0, STATE, 'Russland'),
        A('Russland', 2, STATE, 'Russland'),
        A('Nordkorea', 3, STATE, 'Nordkorea'),
        A('Pjöngjang', 1, STATE, 'Nordkorea'),
        A('Putins', 0, PERSON, 'Wladimir Putin'),
        A('Russlands', 2, STATE, 'Russland'),
        A('Kim Jong Un', 4, PERSON, 'Kim Jong Un'),
        A('Moskau', 1, STATE, 'Russland'),
        A('Washington', 0, STATE, 'USA'),
        A('Regierung', 0, STATE, 'Nordkorea'),
        A('Washingtons', 0, STATE, 'USA'),
        A('Seouls', 0, STATE, 'Südkorea'),
        A('Nordens', 0, STATE, 'Nordkorea'),
        A('Trump', 3, PERSON, 'Donald Trump'),
        A('Pjöngjang', 2, STATE, 'Nordkorea', key='pj12'),
        Q('dass es eine Gruppe seiner Soldaten an die ukrainische Frontlinie geschickt hat', 0, 'indirect', speaker='pj12'),
        Q('hat Nordkorea seit letztem Herbst rund 15 000 Soldaten nach Russland entsandt und außerdem große Mengen an militärischer Ausrüstung, darunter Artillerie und ballistische Raketen, zur Unterstützung von Putins Krieg gegen die Ukraine geliefert', 0, 'indirect'),
        A('Nordkorea', 4, STATE, 'Nordkorea'),
        F('rund 15 000 Soldaten', 0, 15000, 'Soldat', 'approx'),
        A('Putins', 1, PERSON, 'Wladimir Putin'),
        A('Ukraine', 6, STATE, 'Ukraine'),
        A('Kim', 5, PERSON, 'Kim Jong Un', key='k14'),
        Q('tausende von militärischen Bauarbeitern und Minenräumern in die russische Region Kursk zu entsenden', 0, 'indirect', speaker='k14'),
        F('tausende von militärischen Bauarbeitern und Minenräumern', 0, None, 'Bauarbeiter', 'vague'),
        Q('was nach Einschätzung südkoreanischer Geheimdienste bald geschehen könnte', 0, 'indirect'),
    ],
}


def locate(text: str, surface: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise AssertionError(f"{surface!r} has no occurrence {occurrence}")
    return start


def build_document(doc_id: str, text: str, annotations: list[Ann]) -> Document:
    spans: list[Span] = []
    keys: dict[str, str] = {}
    relations: list[Relation] = []
    for ann in annotations:
        start = locate(text, ann.surface, ann.occurrence)
        end = start + len(ann.surface)
        assert text[start:end] == ann.surface
        span = Span(f"{ann.label.lower()}-{start}-{end}", ann.label, start, end, ann.surface, dict(ann.attributes))
        assert all(s.id != span.id for s in spans), f"{doc_id}: duplicate span {span.id}"
        spans.append(span)
        if ann.key:
            assert ann.key not in keys, f"{doc_id}: duplicate key {ann.key}"
            keys[ann.key] = span.id
    for ann, span in zip(annotations, spans, strict=True):
        if ann.speaker:
            relations.append(Relation(span.id, keys[ann.speaker], "speaker"))
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end))
    return Document(doc_id, text, [spans[i] for i in order], relations)


def build() -> str:
    lines = []
    for path in sorted(RAW.glob("*.txt")):
        article = clean(path.read_text(encoding="utf-8"), path.name)
        doc = build_document(article.doc_id, article.text, DOCS[article.doc_id])
        lines.append(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert len(lines) == len(DOCS)
    return "\n".join(lines) + "\n"


def check_or_write(out: Path, content: str, argv: list[str], builder: str) -> int | None:
    """With --check: 0 when `out` holds `content`, else 1 (nothing written). Without: write it, None."""
    if "--check" in argv:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != content:
            print(f"{out} is out of date: run {builder}", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    out.write_text(content, encoding="utf-8")
    return None


def main(argv: list[str]) -> int:
    content = build()
    checked = check_or_write(OUT, content, argv, Path(__file__).name)
    if checked is not None:
        return checked
    docs = [json.loads(line) for line in content.splitlines()]
    counts: dict[str, int] = {}
    for doc in docs:
        for span in doc["spans"]:
            counts[span["label"]] = counts.get(span["label"], 0) + 1
    relations = sum(len(doc["relations"]) for doc in docs)
    print(f"wrote {OUT}: {len(docs)} documents, {counts}, {relations} speaker relations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
