"""Build tests/gold/wikinews_dev20.jsonl: hand-annotated ACTOR and FIGURE gold on 20 WikiNews dev articles.

An unseen check: no pre-annotation rule was developed on these articles, and none may be tuned on them.
They were annotated by reading each text, per ../shared/SCHEME.md and GUIDELINES.md, without running
the pre-annotator on them or looking at its output. The gold covers ACTOR and FIGURE only (no QUOTE
spans, no speaker relations): every record carries "labels": ["ACTOR", "FIGURE"].

Selection (deterministic): the articles of ../shared/wikinews-quotes/dev.jsonl sorted by the numeric id
that starts their documentName, those whose originalText has 800 to 4,000 characters (113 of 150), then
every 5th of these starting with the first, the first 20. Text = originalText unchanged (the title is
not part of it); doc_id = "wikinews-dev-<id>". Spans use the Ann(label, surface, occurrence) format of
build_seeds_gold.py: the n-th (0-based) occurrence of the exact surface string, found with str.find
(so "Davis" counts the "Davis" inside "Ossie Davis"); offsets are computed and every slice asserted.

    .venv/bin/python tests/gold/build_wikinews_dev20.py          # (re)write tests/gold/wikinews_dev20.jsonl
    .venv/bin/python tests/gold/build_wikinews_dev20.py --check  # exit 1 if the file is out of date

The WikiNews directory is $CURATE_WIKINEWS_DIR, else ../shared/wikinews-quotes beside the repository.

Conventions: those of build_seeds_gold.py for ACTOR and FIGURE, and these, which the seed articles
did not need:
- ACTOR, names: the name only, without title, function, article or quotation marks ("Ministerpäsident
  Meles Zenawi" -> "Meles Zenawi", „Washington Post“ -> "Washington Post", "der Gewerkschaft verdi" ->
  "verdi", "der Bewegung Tehrik-i-Taliban Pakistan" -> the name); a name whose first word is a common
  noun is kept whole ("Gewerkschaft Nahrung-Genuss-Gaststätten", "Staatsanwaltschaft Schwerin",
  "Umweltprogramm der Vereinten Nationen", "UN-Kriegsverbrechertribunal für Ex-Jugoslawien"). A party
  in parentheses after a politician ("(CDU)") is an ACTOR of its own. Newspapers, broadcasters and
  companies are ORGANIZATION; people of the past ("Malcolm X") are actors like any other person.
- ACTOR, descriptions: a description followed by a genitive name is split as in the seed gold
  ("Nationalen Sicherheitsrats Russlands"): "Sprecher des Weißen Hauses" -> "Sprecher" (PERSON) and
  "Weißen Hauses"; "Finanzausschuss des Deutschen Bundestages" -> both; but a description whose person
  is named in the same phrase is not marked ("Der Vorsitzende der IG Bau, Klaus Wiesehügel" -> "IG Bau",
  "Klaus Wiesehügel"; "der FED (der US-Zentralbank)" -> "FED"). Demonstrative and possessive
  descriptions count like definite ones, without the determiner ("Diese Firma" -> "Firma", "Dessen
  Ehefrau" -> "Ehefrau", "Dieser Fahrer" -> "Fahrer"); indefinite ones do not ("ein Verdächtiger",
  "eine 41-jährige Seat-Fahrerin"), nor do plural ones ("die Feuerwehren aus Helmstedt und
  Braunschweig", "die iranischen Behörden") or elliptic ordinals ("Der Zweite").
- ACTOR, compounds: a name inside a compound is not an ACTOR ("US-Bank", "NATO-Generalsekretär",
  "Human Rights Watch-Sprecher", "G8-Staaten", "Rice-Äußerungen", "McCain-Initiative"), but a compound
  that is itself a definite description of one actor is ("Bush-Regierung", "US-Regierung",
  "US-Notenbank", "Hisbollah-Miliz", "UN-Sicherheitsrates", "Drogerie-Kette"), like "Regierung".
- ACTOR, places and institutions: a state after "in", "nach", "aus", "im" is a place ("Regierungen im
  Libanon und Israel", "Hilfe aus Finnland"), except where the preposition introduces the state as the
  one that acts ("Zusagen gibt es auch aus Italien"); "aus Sicht Chinas" is an acting state.
  Institutions are not places: "Im Kongress wird ... erörtert", "Initiativen im Weltsicherheitsrat",
  "am Belgrader Kriegsverbrechergericht" are ORGANIZATION. Buildings and facilities as places are not
  actors ("auf der Deponie", "im „Black Lion Hospital“"), the landfill operator acting or acted upon is
  ("Praktiken der Deponie"). Animals ("der Bär JJ1"), storms ("Xynthia"), events and competitions
  ("G8-Gipfel", "Ladies-Continentalcup"), treaties and stock indices ("DAX") are not actors; a national
  sports team is ("deutsche Team").
- FIGURE: forms of "ein" ("einen Monat", "ein Mensch") are the article, not a number, and are not
  marked; fractions ("Hälfte", "Drittel") are not cardinals. Ages in words are ("im Alter von 87
  Jahren", "53 Jahre alter"); age adjectives are not ("41-jährige", "63-Jährige"). A number whose
  counted noun is elided gets its own span and the noun's unit ("328 von 547 Sitzen" -> "328" and
  "547 Sitzen", "(90:9 Stimmen)" -> "90" and "9 Stimmen", "47 Menschen starben und 34 verletzt" -> "34"
  with unit Mensch). A range "zwischen X und Y" is two spans without "zwischen": X qualifier min, Y
  max. A measure noun ends the span ("über 200.000 Tonnen" Gewerbemüll); a rate "pro N" belongs to it
  and to the unit ("150 Kilometern pro Stunde" -> unit "Kilometer pro Stunde"). "bis" alone is max like
  "bis zu"; "fast" is approx like "knapp"; "um die 20" is approx; "weitere", "nur", "lediglich",
  "zeitweise" are not approximators. Decimal values are kept as written ("6182,30 Punkten" -> 6182.3).
  Units of nominalised adjectives keep the plural form of GUIDELINES.md ("Tote", "Verletzte"):
  "Arbeitssuchende", "Beschäftigte". Numbers in names ("A 2", "Resolution 1701", "Kreisstraße 14", the
  "dreckigen Dutzend" of banned chemicals) and ranks ("Platz drei") are not FIGUREs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wikinews_gold  # noqa: E402
from build_seeds_gold import ORGANIZATION, PERSON, STATE, A, Ann, F  # noqa: E402

OUT = HERE / "wikinews_dev20.jsonl"
LABELS = ["ACTOR", "FIGURE"]  # the labels this gold covers
EVERY, COUNT = 5, 20  # the selection of wikinews_gold.select


# doc_id -> annotations, in text order.
DOCS: dict[str, list[Ann]] = {
    'wikinews-dev-2981': [
        A('Ossie Davis', 0, PERSON, 'Ossie Davis'),
        A('Arminda Thomas', 0, PERSON, 'Arminda Thomas'),
        A('Davis', 1, PERSON, 'Ossie Davis'),
        A('Malcolm X', 0, PERSON, 'Malcolm X'),
        A('Martin Luther King', 0, PERSON, 'Martin Luther King'),
        A('Jesse Jackson', 0, PERSON, 'Jesse Jackson'),
        A('Ruby Dee', 0, PERSON, 'Ruby Dee'),
        A('Davis', 2, PERSON, 'Ossie Davis'),
        F('87 Jahren', 0, 87, 'Jahr', 'exact'),
    ],
    'wikinews-dev-6028': [
        A('Regierung', 0, STATE, 'Äthiopien'),
        F('mindestens 22 Menschen', 0, 22, 'Mensch', 'min'),
        A('Polizei', 0, ORGANIZATION, 'Polizei Äthiopiens'),
        F('drei Tagen', 0, 3, 'Tag', 'exact'),
        A('Koalition für Einheit und Entwicklung', 0, ORGANIZATION, 'CUD'),
        A('CUD', 0, ORGANIZATION, 'CUD'),
        A('auswärtige Amt', 0, ORGANIZATION, 'Auswärtiges Amt'),
        A("Ethiopian People's Revolutionary Democratic Front", 0, ORGANIZATION, 'EPRDF'),
        A('Meles Zenawi', 0, PERSON, 'Meles Zenawi'),
        F('328', 0, 328, 'Sitz', 'exact'),
        F('547 Sitzen', 0, 547, 'Sitz', 'exact'),
        F('194 Sitze', 0, 194, 'Sitz', 'exact'),
        F('fünf Jahren', 0, 5, 'Jahr', 'exact'),
        F('zwölf Sitze', 0, 12, 'Sitz', 'exact'),
        A('Wahlkommission', 0, ORGANIZATION, 'Wahlkommission Äthiopiens'),
        A('Kemal Bedri', 0, PERSON, 'Kemal Bedri'),
        A('Wahlkommission', 1, ORGANIZATION, 'Wahlkommission Äthiopiens'),
        F('einige hundert demonstrierende Studenten', 0, None, 'Student', 'vague'),
        A('Meles Zenawi', 1, PERSON, 'Meles Zenawi'),
    ],
    'wikinews-dev-11969': [
        A('Patrick Kamanda', 0, PERSON, 'Patrick Kamanda'),
        A('Nationalen Umwelt Behörde', 0, ORGANIZATION, 'NEMA'),
        A('Ugandas', 0, STATE, 'Uganda'),
        A('National Environment Management Authority', 0, ORGANIZATION, 'NEMA'),
        A('NEMA', 0, ORGANIZATION, 'NEMA'),
        A('Umweltprogramm der Vereinten Nationen', 0, ORGANIZATION, 'UNEP'),
        A('UNEP', 0, ORGANIZATION, 'UNEP'),
    ],
    'wikinews-dev-17060': [
        A('Condoleezza Rice', 0, PERSON, 'Condoleezza Rice'),
        A('CIA', 0, ORGANIZATION, 'CIA'),
        A('US-Administration', 0, STATE, 'USA'),
        A('Rice', 1, PERSON, 'Condoleezza Rice'),
        A('USA', 0, STATE, 'USA'),
        A('Bush-Regierung', 0, STATE, 'USA'),
        F('zwei Wochen', 0, 2, 'Woche', 'exact'),
        A('CIA', 2, ORGANIZATION, 'CIA'),
        A('US-Regierung', 0, STATE, 'USA'),
        A('Sprecher', 0, PERSON, 'Sprecher des Weißen Hauses'),
        A('Weißen Hauses', 0, ORGANIZATION, 'Weißes Haus'),
        A('Außenministerin', 1, PERSON, 'Condoleezza Rice'),
        A('Rice', 3, PERSON, 'Condoleezza Rice'),
        A('USA', 3, STATE, 'USA'),
        A('Jaap de Hoop Scheffer', 0, PERSON, 'Jaap de Hoop Scheffer'),
        A('US-Regierung', 1, STATE, 'USA'),
        A('Washington Post', 0, ORGANIZATION, 'Washington Post'),
        A('Kongress', 0, ORGANIZATION, 'US-Kongress'),
        A('McCain', 0, PERSON, 'John McCain'),
        A('Senat', 1, ORGANIZATION, 'US-Senat'),
        F('90', 0, 90, 'Stimme', 'exact'),
        F('9 Stimmen', 0, 9, 'Stimme', 'exact'),
        A('USA', 5, STATE, 'USA'),
        A('amerikanische Präsident', 0, PERSON, 'George W. Bush'),
        A('New York Times', 0, ORGANIZATION, 'New York Times'),
        A('Außenministerin', 2, PERSON, 'Condoleezza Rice'),
        A('Kongress', 1, ORGANIZATION, 'US-Kongress'),
        A('Malinowski', 0, PERSON, 'Malinowski'),
        A('Rice', 6, PERSON, 'Condoleezza Rice'),
        A('Bush-Regierung', 1, STATE, 'USA'),
        A('John McCain', 0, PERSON, 'John McCain'),
        A('CIA', 4, ORGANIZATION, 'CIA'),
    ],
    'wikinews-dev-22959': [
        A('Coca-Cola', 0, ORGANIZATION, 'Coca-Cola'),
        A('Coca-Cola Erfrischungsgetränke AG', 0, ORGANIZATION, 'CCE'),
        A('CCE', 0, ORGANIZATION, 'CCE'),
        A('Firma', 0, ORGANIZATION, 'CCE'),
        A('Gewerkschaft Nahrung-Genuss-Gaststätten', 0, ORGANIZATION, 'Gewerkschaft Nahrung-Genuss-Gaststätten'),
        F('rund 3.000 Arbeitsplätzen', 0, 3000, 'Arbeitsplatz', 'approx'),
        A('CCE', 1, ORGANIZATION, 'CCE'),
        F('rund 9.000 Arbeitnehmer', 0, 9000, 'Arbeitnehmer', 'approx'),
        A('CCE', 2, ORGANIZATION, 'CCE'),
        A('Gewerkschaft', 1, ORGANIZATION, 'Gewerkschaft Nahrung-Genuss-Gaststätten'),
        A('CCE', 3, ORGANIZATION, 'CCE'),
    ],
    'wikinews-dev-28114': [
        F('Sechs tote Schafe', 0, 6, 'Schaf', 'exact'),
        F('drei Schafe', 0, 3, 'Schaf', 'exact'),
        F('vier Tagen', 0, 4, 'Tag', 'exact'),
        F('80 Kilometern', 0, 80, 'Kilometer', 'exact'),
        F('zwei Wochen', 0, 2, 'Woche', 'exact'),
        F('170 Jahren', 0, 170, 'Jahr', 'exact'),
        F('um die 20 Schafe', 0, 20, 'Schaf', 'approx'),
        A('bayerischen Umweltministeriums', 0, ORGANIZATION, 'Bayerisches Umweltministerium'),
        A('Roland Eichhorn', 0, PERSON, 'Roland Eichhorn'),
        F('25 erfolglosen Fangversuchen', 0, 25, 'Fangversuch', 'exact'),
    ],
    'wikinews-dev-31406': [
        A('UN-Sicherheitsrates', 0, ORGANIZATION, 'UN-Sicherheitsrat'),
        A('Ghasi Aridi', 0, PERSON, 'Ghasi Aridi'),
        A('Regierung', 1, STATE, 'Libanon'),
        A('israelische Regierung', 0, STATE, 'Israel'),
        A('Israels', 0, STATE, 'Israel'),
        A('libanesischen Armee', 0, ORGANIZATION, 'Libanesische Armee'),
        A('UNIFIL', 0, ORGANIZATION, 'UNIFIL'),
        F('2000', 0, 2000, 'Soldat', 'exact'),
        F('rund 15.000 Soldaten', 0, 15000, 'Soldat', 'approx'),
        F('15.000 Soldaten', 1, 15000, 'Soldat', 'exact'),
        A('Frankreich', 0, STATE, 'Frankreich'),
        F('2.000 Soldaten', 0, 2000, 'Soldat', 'exact'),
        A('Land', 1, STATE, 'Frankreich'),
        F('200 Soldaten', 0, 200, 'Soldat', 'exact'),
        A('UNIFIL', 1, ORGANIZATION, 'UNIFIL'),
        A('Italien', 0, STATE, 'Italien'),
        A('Bundeswehr', 0, ORGANIZATION, 'Bundeswehr'),
        A('Hisbollah', 0, ORGANIZATION, 'Hisbollah'),
        F('30.000 israelische Soldaten', 0, 30000, 'Soldat', 'exact'),
        A('Hisbollah-Miliz', 0, ORGANIZATION, 'Hisbollah'),
        F('155 Raketen', 0, 155, 'Rakete', 'exact'),
    ],
    'wikinews-dev-34359': [
        A('Ihlenberger Abfallentsorgungs-Gesellschaft mbH', 0, ORGANIZATION, 'Ihlenberger Abfallentsorgungs-Gesellschaft mbH'),
        A('Staatsanwaltschaft Schwerin', 0, ORGANIZATION, 'Staatsanwaltschaft Schwerin'),
        A('Staatsanwaltschaft', 1, ORGANIZATION, 'Staatsanwaltschaft Schwerin'),
        F('über 200.000 Tonnen', 0, 200000, 'Tonne', 'min'),
        A('Geschäftsführung', 0, ORGANIZATION, 'Geschäftsführung der Ihlenberger Abfallentsorgungs-Gesellschaft mbH'),
        A('Angestellten', 1, PERSON, 'ehemaliger leitender Angestellter'),
        A('Entsorgungsfirma', 0, ORGANIZATION, 'Ihlenberger Abfallentsorgungs-Gesellschaft mbH'),
        A('Abfallentsorgungsfirma', 0, ORGANIZATION, 'Ihlenberger Abfallentsorgungs-Gesellschaft mbH'),
        A('Gerd-Jürgen Bruckschen', 0, PERSON, 'Gerd-Jürgen Bruckschen'),
        A('Angestellten', 2, PERSON, 'ehemaliger leitender Angestellter'),
        A('MVA', 1, ORGANIZATION, 'Müllverbrennungsanlage Stapelfeld'),
        A('zuständigen Staatssekretär', 0, PERSON, 'Harald Stegemann'),
        A('Deponie', 3, ORGANIZATION, 'Ihlenberger Abfallentsorgungs-Gesellschaft mbH'),
        A('Umweltminister', 0, PERSON, 'Umweltminister Mecklenburg-Vorpommerns'),
        A('Geschäftsführer', 1, PERSON, 'Gerd-Jürgen Bruckschen'),
        A('Schweriner Umweltministerium', 0, ORGANIZATION, 'Umweltministerium Mecklenburg-Vorpommerns'),
        A('Harald Stegemann', 0, PERSON, 'Harald Stegemann'),
        A('Deponie', 4, ORGANIZATION, 'Ihlenberger Abfallentsorgungs-Gesellschaft mbH'),
        A('Hamburger Stadtreinigung', 0, ORGANIZATION, 'Stadtreinigung Hamburg'),
        A('Angestellten', 3, PERSON, 'ehemaliger leitender Angestellter'),
    ],
    'wikinews-dev-39256': [
        F('53 Jahre', 0, 53, 'Jahr', 'exact'),
        A('Fahrer', 1, PERSON, 'Autotransporterfahrer aus Litauen'),
        F('160.000 Euro', 0, 160000, 'Euro', 'exact'),
        F('100 Metern', 0, 100, 'Meter', 'exact'),
    ],
    'wikinews-dev-45056': [
        A('Al Gore', 0, PERSON, 'Al Gore'),
        A('EnBW Energie Baden-Württemberg AG', 0, ORGANIZATION, 'EnBW'),
        A('Jiahua Pan', 0, PERSON, 'Jiahua Pan'),
        A('Forschungszentrums für nachhaltige Entwicklung', 0, ORGANIZATION, 'Forschungszentrum für nachhaltige Entwicklung'),
        A('Chinesischen Akademie der Sozialwissenschaften', 0, ORGANIZATION, 'Chinesische Akademie der Sozialwissenschaften'),
        A('Chinas', 0, STATE, 'China'),
        A('Al Gore', 1, PERSON, 'Al Gore'),
        A('Angela Merkel', 0, PERSON, 'Angela Merkel'),
        A('Al Gore', 2, PERSON, 'Al Gore'),
        A('Gores', 0, PERSON, 'Al Gore'),
        A('Deutsche Journalisten-Verband', 0, ORGANIZATION, 'DJV'),
        A('DJV', 0, ORGANIZATION, 'DJV'),
    ],
    'wikinews-dev-49037': [
        A('US-Notenbank', 0, ORGANIZATION, 'Federal Reserve'),
        F('0,25 Prozentpunkte', 0, 0.25, 'Prozentpunkt', 'exact'),
        F('3,25 Prozent', 0, 3.25, 'Prozent', 'exact'),
        A('US-Notenbank', 1, ORGANIZATION, 'Federal Reserve'),
        A('Bearn Stearns', 0, ORGANIZATION, 'Bear Stearns'),
        F('30 Milliarden US-Dollar', 0, 30000000000, 'US-Dollar', 'exact'),
        A('J.P. Morgan Chase', 0, ORGANIZATION, 'JPMorgan Chase'),
        F('236 Millionen US-Dollar', 0, 236000000, 'US-Dollar', 'exact'),
        A('Bank', 3, ORGANIZATION, 'Bear Stearns'),
        F('zwei US-Dollar pro Aktie', 0, 2, 'US-Dollar pro Aktie', 'exact'),
        F('30 Dollar', 0, 30, 'Dollar', 'exact'),
        A('JPMorgan', 0, ORGANIZATION, 'JPMorgan Chase'),
        F('9 Prozent', 0, 9, 'Prozent', 'exact'),
        A('US-Notenbank', 2, ORGANIZATION, 'Federal Reserve'),
        A('Ben Bernanke', 0, PERSON, 'Ben Bernanke'),
        A('Siemens', 0, ORGANIZATION, 'Siemens'),
        F('mehr als 17 Prozent', 0, 17, 'Prozent', 'min'),
        A('Hypo Real Estate', 0, ORGANIZATION, 'Hypo Real Estate'),
        A('Deutsche Bank', 0, ORGANIZATION, 'Deutsche Bank'),
        A('Commerzbank', 0, ORGANIZATION, 'Commerzbank'),
        F('fünf', 1, 5, 'Prozent', 'min'),
        F('sieben Prozent', 0, 7, 'Prozent', 'max'),
        F('drei Prozent', 0, 3, 'Prozent', 'exact'),
        F('6182,30 Punkten', 0, 6182.3, 'Punkt', 'exact'),
        F('4,18 Prozent', 0, 4.18, 'Prozent', 'exact'),
        A('FED', 0, ORGANIZATION, 'Federal Reserve'),
        F('1,5904 US-Dollar', 0, 1.5904, 'US-Dollar', 'exact'),
        F('13 Jahren', 0, 13, 'Jahr', 'exact'),
        F('95,77 Yen', 0, 95.77, 'Yen', 'exact'),
        F('12.000 Punkten', 0, 12000, 'Punkt', 'exact'),
        A('deutsche Bundesregierung', 0, STATE, 'Deutschland'),
        A('Finanzministeriums', 0, ORGANIZATION, 'Bundesministerium der Finanzen'),
        A('Deutschland', 1, STATE, 'Deutschland'),
        A('George W. Bush', 0, PERSON, 'George W. Bush'),
        A('USA', 0, STATE, 'USA'),
    ],
    'wikinews-dev-51806': [
        F('fast 13 Jahren', 0, 13, 'Jahr', 'approx'),
        A('Radovan Karadžić', 0, PERSON, 'Radovan Karadžić'),
        A('serbischen Kriegsverbrechergerichts', 0, ORGANIZATION, 'Kriegsverbrechergericht Belgrad'),
        A('63-Jährige', 0, PERSON, 'Radovan Karadžić'),
        A('Belgrader Kriegsverbrechergericht', 0, ORGANIZATION, 'Kriegsverbrechergericht Belgrad'),
        A('Karadžić', 1, PERSON, 'Radovan Karadžić'),
        A('UN-Kriegsverbrechertribunal für Ex-Jugoslawien', 0, ORGANIZATION, 'ICTY'),
        F('etwa 8.000 Muslime', 0, 8000, 'Muslim', 'approx'),
        A('Internationalen Gerichtshof', 0, ORGANIZATION, 'Internationaler Gerichtshof'),
        A('UN-Kriegsverbrechertribunal', 1, ORGANIZATION, 'ICTY'),
        A('Karadžić', 2, PERSON, 'Radovan Karadžić'),
        A('Ratko Mladić', 0, PERSON, 'Ratko Mladić'),
    ],
    'wikinews-dev-53181': [
        A('deutsche Team', 0, ORGANIZATION, 'Deutsche Nationalmannschaft Skispringen Damen'),
        A('VSC Klingenthal', 0, ORGANIZATION, 'VSC Klingenthal'),
        A('Ulrike Gräßler', 0, PERSON, 'Ulrike Gräßler'),
        F('94,5', 0, 94.5, 'Meter', 'exact'),
        F('85,5 Metern', 0, 85.5, 'Meter', 'exact'),
        A('Magdalena Schnurr', 0, PERSON, 'Magdalena Schnurr'),
        A('Jessica Jerome', 0, PERSON, 'Jessica Jerome'),
        A('Line Jahr', 0, PERSON, 'Line Jahr'),
        F('76 Meter', 0, 76, 'Meter', 'exact'),
        A('Jacqueline Seifriedsberger', 0, PERSON, 'Jacqueline Seifriedsberger'),
        A('Malika Schüpbach', 0, PERSON, 'Malika Schüpbach'),
        A('Gräßler', 1, PERSON, 'Ulrike Gräßler'),
        A('Izumi Yamada', 0, PERSON, 'Izumi Yamada'),
        A('Magdalena Schnurr', 1, PERSON, 'Magdalena Schnurr'),
    ],
    'wikinews-dev-58207': [
        A('Barack Obama', 0, PERSON, 'Barack Obama'),
        F('bis zu 30 Staaten', 0, 30, 'Staat', 'max'),
        A('Iran', 0, STATE, 'Iran'),
        A('Nordkorea', 0, STATE, 'Nordkorea'),
        A('Weltsicherheitsrat', 0, ORGANIZATION, 'UN-Sicherheitsrat'),
        A('Iran', 1, STATE, 'Iran'),
        A('Russlands', 0, STATE, 'Russland'),
        A('Obama', 1, PERSON, 'Barack Obama'),
        A('Dmitri Medwedew', 0, PERSON, 'Dmitri Medwedew'),
        A('Nicolas Sarkozy', 0, PERSON, 'Nicolas Sarkozy'),
        A('Iran', 2, STATE, 'Iran'),
        A('Sarkozy', 1, PERSON, 'Nicolas Sarkozy'),
        A('Ali Akbar Welajati', 0, PERSON, 'Ali Akbar Welajati'),
        A('IRIB', 0, ORGANIZATION, 'IRIB'),
        A('Iran', 3, STATE, 'Iran'),
        A('Barack Obamas', 0, PERSON, 'Barack Obama'),
        A('Irans', 0, STATE, 'Iran'),
        A('Mahmud Ahmadinedschad', 0, PERSON, 'Mahmud Ahmadinedschad'),
        A('Nicolas Sarkozy', 1, PERSON, 'Nicolas Sarkozy'),
    ],
    'wikinews-dev-61440': [
        F('80', 0, 80, 'Kilometer pro Stunde', 'min'),
        F('150 Kilometern pro Stunde', 0, 150, 'Kilometer pro Stunde', 'max'),
        A('Deutsche Wetterdienst', 0, ORGANIZATION, 'Deutscher Wetterdienst'),
        F('vier Menschen', 0, 4, 'Mensch', 'exact'),
        F('neun Menschen', 0, 9, 'Mensch', 'exact'),
        F('bis anderthalb Meter', 0, 1.5, 'Meter', 'max'),
        A('France Info', 0, ORGANIZATION, 'France Info'),
        F('bis zu 200 Kilometern pro Stunde', 0, 200, 'Kilometer pro Stunde', 'max'),
        F('mindestens 52 Menschen', 0, 52, 'Mensch', 'min'),
        F('mindestens 29 Personen', 0, 29, 'Person', 'min'),
    ],
    'wikinews-dev-64906': [
        A('Bundesanstalt für Finanzdienstleistungsaufsicht', 0, ORGANIZATION, 'BaFin'),
        A('BaFin', 0, ORGANIZATION, 'BaFin'),
        A('Grupo ACS', 0, ORGANIZATION, 'ACS'),
        A('Hochtief', 0, ORGANIZATION, 'Hochtief'),
        A('IG Bau', 0, ORGANIZATION, 'IG Bau'),
        A('Klaus Wiesehügel', 0, PERSON, 'Klaus Wiesehügel'),
        A('Hochtief', 1, ORGANIZATION, 'Hochtief'),
        A('ACS', 1, ORGANIZATION, 'ACS'),
        A('ACS', 2, ORGANIZATION, 'ACS'),
        F('30 Prozent', 0, 30, 'Prozent', 'exact'),
        A('Hochtief', 2, ORGANIZATION, 'Hochtief'),
        A('spanischen Konzerns', 0, ORGANIZATION, 'ACS'),
        A('Hochtief', 3, ORGANIZATION, 'Hochtief'),
        A('Industriegewerkschaft Bauen-Agrar-Umwelt', 0, ORGANIZATION, 'IG Bau'),
        A('Deutschen Gewerkschaftsbund', 0, ORGANIZATION, 'DGB'),
        A('IG Bau', 1, ORGANIZATION, 'IG Bau'),
        A('Hochtief', 4, ORGANIZATION, 'Hochtief'),
        A('Hochtief', 5, ORGANIZATION, 'Hochtief'),
        A('Bauhauptverbands', 0, ORGANIZATION, 'Hauptverband der Deutschen Bauindustrie'),
        A('Michael Knipper', 0, PERSON, 'Michael Knipper'),
        A('BaFin', 1, ORGANIZATION, 'BaFin'),
        A('BaFin', 2, ORGANIZATION, 'BaFin'),
        A('Finanzausschuss', 0, ORGANIZATION, 'Finanzausschuss des Deutschen Bundestages'),
        A('Deutschen Bundestages', 0, ORGANIZATION, 'Deutscher Bundestag'),
    ],
    'wikinews-dev-67140': [
        A('Neue Sächsische Galerie', 0, ORGANIZATION, 'Neue Sächsische Galerie'),
        A('Rena Effendi', 0, PERSON, 'Rena Effendi'),
        A('Azerbaijan State Oil Company', 0, ORGANIZATION, 'Azerbaijan State Oil Company'),
        A('BP', 0, ORGANIZATION, 'BP'),
        A('George Bush', 0, PERSON, 'George H. W. Bush'),
    ],
    'wikinews-dev-69650': [
        F('zwei Selbstmordattentäter', 0, 2, 'Selbstmordattentäter', 'exact'),
        F('24 Menschen', 0, 24, 'Mensch', 'exact'),
        F('mehr als 60 Weitere', 0, 60, 'Mensch', 'min'),
        A('Farrukh Shehzad', 0, PERSON, 'Farrukh Shehzad'),
        A('Ehefrau', 0, PERSON, 'Ehefrau von Farrukh Shehzad'),
        A('Taliban', 0, ORGANIZATION, 'Tehrik-i-Taliban Pakistan'),
        A('Generals', 0, PERSON, 'Farrukh Shehzad'),
        A('Tehrik-i-Taliban Pakistan', 0, ORGANIZATION, 'Tehrik-i-Taliban Pakistan'),
        A('Ehsanullah Ehsan', 0, PERSON, 'Ehsanullah Ehsan'),
        A('Junis al-Mauretani', 0, PERSON, 'Junis al-Mauretani'),
        A('Farrukh Shehzad', 1, PERSON, 'Farrukh Shehzad'),
    ],
    'wikinews-dev-72867': [
        A('Philipp Rösler', 0, PERSON, 'Philipp Rösler'),
        A('Ursula von der Leyen', 0, PERSON, 'Ursula von der Leyen'),
        A('CDU', 0, ORGANIZATION, 'CDU'),
        A('Bundesagentur für Arbeit', 0, ORGANIZATION, 'Bundesagentur für Arbeit'),
        A('Frank-Jürgen Weise', 0, PERSON, 'Frank-Jürgen Weise'),
        A('verdi', 0, ORGANIZATION, 'ver.di'),
        A('Frank Bsirske', 0, PERSON, 'Frank Bsirske'),
        A('Schlecker', 0, ORGANIZATION, 'Schlecker'),
        F('360.000 Arbeitssuchenden', 0, 360000, 'Arbeitssuchende', 'exact'),
        F('25.000 offene Stellen', 0, 25000, 'Stelle', 'exact'),
        F('11.000 Beschäftigten', 0, 11000, 'Beschäftigte', 'exact'),
        F('etwa 5.000', 0, 5000, 'Beschäftigte', 'approx'),
        F('25.000 Entlassungen', 0, 25000, 'Entlassung', 'exact'),
        A('Drogerie-Kette', 1, ORGANIZATION, 'Schlecker'),
        A('Von der Leyen', 0, PERSON, 'Ursula von der Leyen'),
        A('Kristina Schröder', 0, PERSON, 'Kristina Schröder'),
        A('CDU', 1, ORGANIZATION, 'CDU'),
        A('Süddeutschen Zeitung', 0, ORGANIZATION, 'Süddeutsche Zeitung'),
        F('130.000', 0, 130000, 'Betreuungsplatz', 'min'),
        F('200.000 Betreuungsplätze', 0, 200000, 'Betreuungsplatz', 'max'),
    ],
    'wikinews-dev-75720': [
        F('47 Menschen', 0, 47, 'Mensch', 'exact'),
        F('34', 0, 34, 'Mensch', 'exact'),
        A('Polizei', 0, ORGANIZATION, 'Polizei Xiamen'),
        A('Polizei', 1, ORGANIZATION, 'Polizei Xiamen'),
        A('59-jährigen Mannes', 0, PERSON, 'Täter des Busfeuers von Xiamen'),
        A('Mann', 1, PERSON, 'Täter des Busfeuers von Xiamen'),
        F('28 Menschen', 0, 28, 'Mensch', 'exact'),
        F('mehr als 70', 0, 70, 'Mensch', 'min'),
    ],
}


def build() -> str:
    return wikinews_gold.build("dev", DOCS, LABELS, EVERY, COUNT)


def main(argv: list[str]) -> int:
    return wikinews_gold.main(argv, OUT, build(), Path(__file__).name)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
