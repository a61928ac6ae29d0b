"""Build tests/gold/wikinews_train29.jsonl: hand-annotated ACTOR gold on 26 more WikiNews train articles.

The fifth hand-annotated ACTOR set on WikiNews train articles, beside wikinews_train25.jsonl to
wikinews_train28.jsonl, annotated before the rules were ever run on these articles and not yet used to
develop them: an unseen check of the rules as they stood at the end of the round that added it (as the dev20 check is,
without using dev20 up); a later rule round may be developed on it, after which its figures are no unseen
check. The articles were annotated by reading each text, per ../shared/SCHEME.md and GUIDELINES.md, before
running the pre-annotator on them or looking at its output, by four annotators working to the conventions
below. The gold covers ACTOR only: every record carries "labels": ["ACTOR"].

Selection (deterministic): the articles of ../shared/wikinews-quotes/train.jsonl sorted by the numeric id
that starts their documentName, those whose originalText has 800 to 4,000 characters (498 of 700), then
every 19th of these starting with the eighteenth (so none of wikinews_train25's to wikinews_train28's,
which start with the first, tenth, fifteenth and fifth), all 26 of them. Text = originalText unchanged;
doc_id = "wikinews-train-<id>". Spans use the Ann format of build_seeds_gold.py (the n-th, 0-based, occurrence of
the exact surface string, found with str.find); offsets are computed and every slice asserted.

    .venv/bin/python tests/gold/build_wikinews_train29.py          # (re)write tests/gold/wikinews_train29.jsonl
    .venv/bin/python tests/gold/build_wikinews_train29.py --check  # exit 1 if the file is out of date

Conventions: exactly those of build_wikinews_dev20.py and build_wikinews_train25.py to
build_wikinews_train28.py. Cases these articles raised, decided in the same spirit (each marked where it
occurs):
- A country named for its national team ("Deutschland ging in Führung", "den Niederländern") is the team
  (ORGANIZATION); a crew, a coalition or a section of a named body is one organisation ("die Besatzung der
  ISS", "ersten schwarz-grünen Koalition", "griechischen Sektion").
- Apps, services, trains and films are products, not actors ("WhatsApp" as an app, „Thalys“, "Kurzfilm
  Kony 2012"); the company behind them is ("Whatsapp Inc.").
- An official name with a genitive stays whole ("Sicherheitsrat der Vereinten Nationen", "Welternährungsprogramm
  der Vereinten Nationen"); a government with a state's genitive is split ("damalige Regierung Jugoslawiens").
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wikinews_gold  # noqa: E402
from build_seeds_gold import ORGANIZATION, PERSON, STATE, A, Ann  # noqa: E402

OUT = HERE / "wikinews_train29.jsonl"
LABELS = ["ACTOR"]  # the labels this gold covers
START, EVERY, COUNT = 17, 19, 26  # the selection of wikinews_gold.select


# doc_id -> annotations, in text order.
DOCS: dict[str, list[Ann]] = {
    'wikinews-train-3434': [
        # "Deponie „Le Letten“", Basel, Schweiz: places; "Chemiekonzernen", "französischen Behörden", "Schweizer Chemiefirmen" plural
        A('Interessengemeinschaft Deponiesicherheit Region Basel', 0, ORGANIZATION, 'IGDRB'),  # name whose first word is a common noun kept whole
        A('IGDRB', 0, ORGANIZATION, 'IGDRB'),
        A('Basler Chemie Industrie', 0, ORGANIZATION, 'BCI'),
        A('BCI', 0, ORGANIZATION, 'BCI'),
        A('IGDRB', 1, ORGANIZATION, 'IGDRB'),
        A('IGDRB', 2, ORGANIZATION, 'IGDRB'),
    ],
    'wikinews-train-5419': [
        # "Deutschen Astronomen", "Astronomen weltweit" plural; stars and planets ("HD 13189", Jupiter, Sonne, Erde) not actors;
        # "man" pronoun; "in Texas" place; "die Thüringer Erkenntnisse" adjective
        A('Thüringer Landessternwarte', 0, ORGANIZATION, 'Thüringer Landessternwarte Tautenburg'),  # "Teleskop der ...": the institution, not a place
        A('Deutsche Presse-Agentur', 0, ORGANIZATION, 'dpa'),
        A('dpa', 0, ORGANIZATION, 'dpa'),
        A('Friedrich-Schiller-Universität Jena', 0, ORGANIZATION, 'Friedrich-Schiller-Universität Jena'),
        # "Professor Artie Hatzes, dem Direktor der Thüringer Landessternwarte": title dropped, description named, genitive institution marked
        A('Artie Hatzes', 0, PERSON, 'Artie Hatzes'),
        A('Thüringer Landessternwarte', 1, ORGANIZATION, 'Thüringer Landessternwarte Tautenburg'),
        A('McDonald Observatory', 0, ORGANIZATION, 'McDonald Observatory'),  # confirms the findings: institution acting
    ],
    'wikinews-train-8562': [
        # "Cape Canaveral" place; „Discovery“, "Raumfähre", "Shuttle", "Raffaello" products; "Internationalen Raumstation ISS" a facility;
        # Hurrikan „Dennis“ a storm; "sieben Astronauten", "Die NASA-Verantwortlichen" (compound, plural), "die Amerikaner" plural/demonym
        A('Wetterdienstes', 0, ORGANIZATION, 'National Weather Service'),  # "Vorhersage des Wetterdienstes": definite description of one body (like "Deutsche Wetterdienst")
        A('NASA', 1, ORGANIZATION, 'NASA'),  # occurrence 0 is inside the compound "NASA-Verantwortlichen"
        A('Air Force', 0, ORGANIZATION, 'US Air Force'),  # "Flugzeuge der Air Force": armed force as institution
        # crew list: predicative roles ("Kommandantin", "Pilot", "Missions Spezialist") not marked, names only
        A('Eileen M. Collins', 0, PERSON, 'Eileen Collins'),
        A('James M. Kelly', 0, PERSON, 'James M. Kelly'),
        A('Charles J. Camarda', 0, PERSON, 'Charles Camarda'),
        A('Wendy B. Lawrence', 0, PERSON, 'Wendy Lawrence'),
        A('Stephen K. Robinson', 0, PERSON, 'Stephen Robinson'),
        A('Andrew S. W. Thomas', 0, PERSON, 'Andrew Thomas'),
        A('Soichi Noguchi', 0, PERSON, 'Soichi Noguchi'),
        A('Japan Aerospace Exploration Agency', 0, ORGANIZATION, 'JAXA'),  # abbreviation and expansion: two spans
        A('JAXA', 0, ORGANIZATION, 'JAXA'),
        # "die Besatzung der ISS": definite description of one team (like "Wahlkampfteam"); the ISS itself a facility, not marked;
        # occurrence 0 is inside "Besatzungsmitglieder"
        A('Besatzung', 1, ORGANIZATION, 'ISS-Expedition 11'),
    ],
    'wikinews-train-12716': [
        A('Valeri Trojanow', 0, PERSON, 'Valeri Trojanow'),  # "Major" title dropped; "Pilot des ... Kampfflugzeuges" apposition named; "über Litauen" place
        A('Litauens', 0, STATE, 'Litauen'),  # "in Gewahrsam Litauens": the state holding him
        A('Litauen', 2, STATE, 'Litauen'),
        A('Pilot', 1, PERSON, 'Valeri Trojanow'),
        A('Departement Information und Presse', 0, ORGANIZATION, 'Departement Information und Presse des russischen Außenministeriums'),  # quotation marks excluded, split from the genitive ministry
        A('russischen Außenministeriums', 0, ORGANIZATION, 'Russisches Außenministerium'),
        A('Russland', 0, STATE, 'Russland'),
        A('Litauen', 3, STATE, 'Litauen'),
        A('Major', 1, PERSON, 'Valeri Trojanow'),  # "dem Major der Luftstreitkräfte": description split from the genitive body
        A('Luftstreitkräfte', 0, ORGANIZATION, 'Russische Luftstreitkräfte'),  # armed forces as institution
        A('Russlands', 0, STATE, 'Russland'),
        A('Pilot', 2, PERSON, 'Valeri Trojanow'),
        A('Russischen Föderation', 0, STATE, 'Russland'),
        A('Außenministeriums', 1, ORGANIZATION, 'Russisches Außenministerium'),  # "Die Verantwortlichen" plural
        A('Litauen', 4, STATE, 'Litauen'),
        A('Trojanow', 1, PERSON, 'Valeri Trojanow'),  # "Der Pilot Trojanow": name only; "Ärzten in Wilna" plural, "litauischen Hauptstadt" place
        A('russische Außenministerium', 0, ORGANIZATION, 'Russisches Außenministerium'),
        A('Trojanow', 2, PERSON, 'Valeri Trojanow'),  # "litauischen Rechtsschutzorganen" plural; "eines Rechtsanwalts", "eines Vertreters" indefinite
        A('russischen Botschaft', 0, ORGANIZATION, 'Russische Botschaft in Vilnius'),  # definite institution; "in Vilnius" place
        A('Generalstaatsanwaltschaft', 0, ORGANIZATION, 'Generalstaatsanwaltschaft Litauens'),  # split from the genitive state like "Nationalen Sicherheitsrats Russlands"
        A('Litauens', 1, STATE, 'Litauen'),
    ],
    'wikinews-train-15420': [
        # "Polizeiangaben" compound; "Ein Gersfelder", "ein 61-jähriger PKW-Fahrer", "ein Sachverständiger" indefinite; "des Ortes" place; "vom Wagen" a vehicle
        A('37-jährigen Gersfelder', 0, PERSON, 'Motorradfahrer (Gersfeld)'),  # definite description, like "19-jährigen Slawen" (train25)
        A('Biker', 0, PERSON, 'Motorradfahrer (Gersfeld)'),
        A('PKW-Fahrer', 1, PERSON, 'PKW-Fahrer (61)'),  # "der PKW-Fahrer"; occurrence 0 is the indefinite "ein 61-jähriger PKW-Fahrer"
        A('Motorradfahrer', 0, PERSON, 'Motorradfahrer (Gersfeld)'),
        # "Der sofort herbeigerufene Notarzt aus dem Rettungshubschrauber": extended participle phrase and postmodifier left out (like "Joint-Venture", train26)
        A('Notarzt', 0, PERSON, 'Notarzt'),
        A('Mann', 0, PERSON, 'Motorradfahrer (Gersfeld)'),
        A('61-jährige', 1, PERSON, 'PKW-Fahrer (61)'),  # "Der 61-jährige"; occurrence 0 is inside "61-jähriger"
    ],
    'wikinews-train-19927': [
        # "einen Mann des US-Staates New Mexico" indefinite, New Mexico his origin (place); the mouse an animal; "der Presse" the press in general;
        # "Einer der 13 beteiligten Feuerwehrmänner", "einem Fersehsender" indefinite
        A('81-jährige Besitzer', 0, PERSON, 'Hausbesitzer (New Mexico)'),  # "Der 81-jährige Besitzer eines Hauses": postmodifier left out
        A('Mann', 1, PERSON, 'Hausbesitzer (New Mexico)'),  # occurrence 0 "einen Mann" indefinite
        A('Feuerwehr', 0, ORGANIZATION, 'Feuerwehr (New Mexico)'),
        A('Juan Chavez', 0, PERSON, 'Juan Chavez'),  # "Der zuständige Feuerwehrchef ...": name only
        A('Hausbesitzer', 0, PERSON, 'Hausbesitzer (New Mexico)'),
        A('81-jährige', 1, PERSON, 'Hausbesitzer (New Mexico)'),  # "der 81-jährige", like "83-jährige" (train28)
        A('Hausbesitzer', 1, PERSON, 'Hausbesitzer (New Mexico)'),
        A('Neffe', 0, PERSON, 'Neffe des Hausbesitzers'),  # possessive "sein Neffe"
        A('Mann', 2, PERSON, 'Hausbesitzer (New Mexico)'),
    ],
    'wikinews-train-23893': [
        # "Helios-Maschine" compound; "Boeing 737-300" a product; Athen, Grammatikó places; "Griechische Ermittler", "Techniker" plural
        A('Ermittlungskommission', 0, ORGANIZATION, 'Ermittlungskommission (Helios-Absturz)'),
        A('Helios Airways', 0, ORGANIZATION, 'Helios Airways'),  # "der zyprischen Fluggesellschaft": classifier dropped
        A('Chefermittlers', 0, PERSON, 'Chefermittler (Helios-Absturz)'),  # definite description of one person
        A('Kathimerini', 0, ORGANIZATION, 'Kathimerini'),  # "der Athener Zeitung „Kathimerini“": name only, without quotation marks
        A('International Herald Tribune', 0, ORGANIZATION, 'International Herald Tribune'),
    ],
    'wikinews-train-27237': [
        A('Bayerns', 0, STATE, 'Bayern'),  # state in the title is its own ACTOR
        A('Werner Schnappauf', 0, PERSON, 'Werner Schnappauf'),
        A('CSU', 0, ORGANIZATION, 'CSU'),
        A('Schnappauf', 1, PERSON, 'Werner Schnappauf'),
        A('Schnappauf', 2, PERSON, 'Werner Schnappauf'),
        A('bayerische Umweltminister', 0, PERSON, 'Werner Schnappauf'),  # the bear is an animal, not an actor
        A('WWF', 0, ORGANIZATION, 'WWF'),  # "Umweltschutzorganisation" classifier dropped
        A('Umweltministers', 0, PERSON, 'Werner Schnappauf'),
        A('WWF', 1, ORGANIZATION, 'WWF'),  # "Wildbiologen und Bärenexperten" plural
        A('Umweltschutzorganisation', 1, ORGANIZATION, 'WWF'),
        A('Umweltschutzorganisation', 2, ORGANIZATION, 'WWF'),
        A('WWF', 2, ORGANIZATION, 'WWF'),
        A('Umweltschutzorganisation', 3, ORGANIZATION, 'WWF'),
        A('Staatsregierung', 0, STATE, 'Bayern'),  # the Bavarian state government, STATE like "Bundesregierung"
    ],
    'wikinews-train-31627': [
        # "In Äthiopien", "im Norden/Süden Äthiopiens", "weite Teile des Landes", "Dämme des Landes": places/territory;
        # "die internationale Gemeinschaft" not an actor (like "internationale Staatengemeinschaft")
        A('Land', 0, STATE, 'Äthiopien'),  # "Das Land hat ... gebeten"
        A('Reuters', 0, ORGANIZATION, 'Reuters'),
        A('äthiopische Polizei', 0, ORGANIZATION, 'Äthiopische Polizei'),  # adjective kept as in "libanesischen Armee"
        A('äthiopische Regierung', 0, STATE, 'Äthiopien'),  # like "jemenitische Regierung"
        A('Ärzte ohne Grenzen', 0, ORGANIZATION, 'Ärzte ohne Grenzen'),  # "Hilfsorganisation" classifier dropped
        A('Hilfsorganisation', 1, ORGANIZATION, 'Ärzte ohne Grenzen'),
        A('Leiters', 0, PERSON, 'Leiter der griechischen Sektion von Ärzte ohne Grenzen'),  # description split from the genitive body, like "Sprecher des Weißen Hauses"
        A('griechischen Sektion', 0, ORGANIZATION, 'Ärzte ohne Grenzen Griechenland'),  # section of a named body, like "Vorstand"; adjective kept
        A('Ärzte ohne Grenzen', 1, ORGANIZATION, 'Ärzte ohne Grenzen'),  # quotation marks excluded
        A('Land', 4, STATE, 'Äthiopien'),  # "litt das Land am Horn von Afrika unter einer Dürre": the state as subject affected, like "das bitterarme Land"
        A('Land', 5, STATE, 'Äthiopien'),  # "hat das Land ... um Unterstützung gebeten"; "einen Behördenvertreter" indefinite
        A('Welternährungsprogramm der Vereinten Nationen', 0, ORGANIZATION, 'WFP'),  # name kept whole like "Umweltprogramm der Vereinten Nationen"
        A('WFP', 0, ORGANIZATION, 'WFP'),
        A('WFP', 1, ORGANIZATION, 'WFP'),  # "von den Behörden" plural, "Osten des Landes" place
        A('Armee', 0, ORGANIZATION, 'Äthiopische Armee'),  # "einschließlich der Armee": the specific national army; "Rettungsdienste", "Organisationen" plural
        A('Deftalgne Tessema', 0, PERSON, 'Deftalgne Tessema'),  # "der ... Kokoordinator ..., Deftalgne Tessema": named in the same phrase
        A('BBC', 0, ORGANIZATION, 'BBC'),
        A('Deftalgne Tessema', 1, PERSON, 'Deftalgne Tessema'),
        A('Tegaye Mununhe', 0, PERSON, 'Tegaye Mununhe'),  # "der Polizeichef der betroffenen Region": apposition named
        A('AFP', 0, ORGANIZATION, 'AFP'),
    ],
    'wikinews-train-35769': [
        # "Staates Missouri", St. Louis, Poplar Bluff, the airports: places; "Die Behörden" plural
        A('Gouverneur', 0, PERSON, 'Gouverneur von Missouri'),  # description split from the governed entity, like "Sprecher des Weißen Hauses"
        A('Missouri', 2, STATE, 'Missouri'),  # "Gouverneur von Missouri": governed entity (like "Provinz Schabwa")
        A('Nationalgarde', 0, ORGANIZATION, 'Missouri National Guard'),  # "Notstand für Missouri": the area under emergency, a place, not marked
        A('Rote Kreuz', 0, ORGANIZATION, 'Rotes Kreuz'),
    ],
    'wikinews-train-38651': [
        # "in Den Haag", "Stadt Srebrenica", "Europa", "Banja Luka" places; "bosnisch-serbische Truppen", "niederländischen Blauhelmtruppen",
        # "Angreifer", "Muslime", "Kriegsopfern", "anderen bosnischen Institutionen" plural/demonym; "ein Land", "eines ganzen Staates" indefinite;
        # "UN-Schutzzone" compound; "vor Gericht" generic
        A('Internationalen Gerichtshof', 0, ORGANIZATION, 'IGH'),
        A('IGH', 0, ORGANIZATION, 'IGH'),
        # "die damalige Regierung Jugoslawiens": description split from the genitive state (like "Regierung des rohstoffreichen Landes"), premodifier kept
        A('damalige Regierung', 0, STATE, 'Jugoslawien'),
        A('Jugoslawiens', 0, STATE, 'Jugoslawien'),
        A('Bosnien und Herzegowina', 0, STATE, 'Bosnien und Herzegowina'),  # recipient of the compensation, acted upon
        A('Serbien', 0, STATE, 'Serbien'),
        A('Jugoslawiens', 1, STATE, 'Jugoslawien'),  # "als Rechtsnachfolger Jugoslawiens": predicative noun not marked, the genitive state is
        # "der ehemalige Führer der bosnischen Serben, Radovan Karadžić" / "Ratko Mladić, der Führer der bosnisch-serbischen Truppen":
        # descriptions named in the same phrase, names only; "bosnischen Serben" a plural group
        A('Radovan Karadžić', 0, PERSON, 'Radovan Karadžić'),
        A('Ratko Mladić', 0, PERSON, 'Ratko Mladić'),
        A('IGH', 1, ORGANIZATION, 'IGH'),
        A('IGH', 2, ORGANIZATION, 'IGH'),
        A('Internationale Kriegsverbrechertribunal', 0, ORGANIZATION, 'ICTY'),
        A('Internationale Kriegsverbrechertribunal', 1, ORGANIZATION, 'ICTY'),
        A('IGH', 3, ORGANIZATION, 'IGH'),
        # "die Regierung der bosnisch-serbischen Republik": description split from the genitive description of the entity (Republika Srpska)
        A('Regierung', 1, STATE, 'Republika Srpska'),
        A('bosnisch-serbischen Republik', 0, STATE, 'Republika Srpska'),
        # "dass die Serben ... vor Gericht bringen wollen": plural demonym group (the Bosnian Serbs), not marked although it stands for the entity's government
    ],
    'wikinews-train-43807': [
        # "einem ca. 15 Jahre alten Teenie" indefinite; "Die beiden ... Jugendlichen", "der Ermittler", "rivalisierenden Jugendbanden" plural;
        # "auf Großbritannien", "in London" places; "eines beliebten Kindes" indefinite
        A('Rhys Jones', 0, PERSON, 'Rhys Jones'),  # "Der 11-jährige Schüler Rhys Jones": name only
        A('Täter', 0, PERSON, 'Täter (Mord an Rhys Jones)'),  # "Der Täter entkam": definite description of one person
        A('Mörder', 0, PERSON, 'Täter (Mord an Rhys Jones)'),  # "der Mörder des elfjährigen Jungen Rhys Jones": definite description of one (unknown) person
        A('Rhys Jones', 1, PERSON, 'Rhys Jones'),
        A('England', 0, STATE, 'England'),  # hard: "erschüttert nicht nur ganz England": the nation acted upon, not a place (unlike "in ganz Deutschland")
    ],
    'wikinews-train-46350': [
        # "ein 26-jähriger BWL-Student", "einen Fahrradfahrer", "einen Radfahrer" (in the quote) indefinite; "in München" place;
        # "Die Einsatzkräfte", "Freunden" plural; "der Bevölkerung" generic public; "Polizeigewahrsam" compound; "seinem Golf"/"Der Golf" a car
        A('50-jährigen Diplom-Ingenieur', 0, PERSON, 'Radfahrer (Opfer)'),  # premodifier kept like "35-jährige Piloten"
        A('Radler', 0, PERSON, 'Radfahrer (Opfer)'),
        A('Student', 1, PERSON, 'Student (Unfallfahrer)'),  # occurrence 0 is inside "BWL-Student"
        A('Fahrradfahrer', 1, PERSON, 'Radfahrer (Opfer)'),
        A('Student', 2, PERSON, 'Student (Unfallfahrer)'),
        A('Fahrradfahrer', 2, PERSON, 'Radfahrer (Opfer)'),
        A('Studenten', 0, PERSON, 'Student (Unfallfahrer)'),
        A('blutüberströmten 50-Jährigen', 0, PERSON, 'Radfahrer (Opfer)'),  # definite description, premodifiers kept
        A('Student', 4, PERSON, 'Student (Unfallfahrer)'),
        A('Radler', 1, PERSON, 'Radfahrer (Opfer)'),  # "dem Radler" inside the student's quote
        A('Ute Bader', 0, PERSON, 'Ute Bader'),  # "Amtsrichterin" title dropped
        A('Angeklagten', 0, PERSON, 'Student (Unfallfahrer)'),
        A('Wolfgang Dingfelder', 0, PERSON, 'Wolfgang Dingfelder'),  # "Verteidiger" title dropped
        A('Angeklagte', 1, PERSON, 'Student (Unfallfahrer)'),  # occurrence 0 is inside "Angeklagten"
        A('Richterin', 0, PERSON, 'Ute Bader'),
        A('Ute Bader', 1, PERSON, 'Ute Bader'),
        A('Student', 5, PERSON, 'Student (Unfallfahrer)'),
        A('Studenten', 1, PERSON, 'Student (Unfallfahrer)'),
        A('Dingfelder', 1, PERSON, 'Wolfgang Dingfelder'),  # "Anwalt Dingfelder": title dropped
        A('Dingfelder', 2, PERSON, 'Wolfgang Dingfelder'),
        A('Mandanten', 0, PERSON, 'Student (Unfallfahrer)'),  # "seinem Mandanten": possessive description
    ],
    'wikinews-train-49204': [
        # "in der Stadt Rio de Janeiro", "Im gleichnamigen Bundesstaat", "nach Brasilien", "Hauptstadt Brasilia", Ceara etc.: places;
        # "Gelbfiebermücke", "St. albopicta": animals; "Die brasilianischen Behörden" plural; "Provinzen des Landes": territory
        A('Jose Gomes Temporao', 0, PERSON, 'José Gomes Temporão'),  # "den brasilianischen Gesundheitsminister ...": name only
        A('Streitkräfte', 0, ORGANIZATION, 'Brasilianische Streitkräfte'),  # "Die Streitkräfte des Landes": armed forces as institution
        A('Landes', 0, STATE, 'Brasilien'),  # genitive state split from the description, like "Verteidigungsminister Österreichs"
        A('hämatologische Institut', 0, ORGANIZATION, 'Hämatologisches Institut Rio de Janeiro'),  # definite description of one institution, adjective kept
        A('Auswärtigen Amtes', 0, ORGANIZATION, 'Auswärtiges Amt'),
        A('Robert Koch-Institut', 0, ORGANIZATION, 'Robert Koch-Institut'),
        A('Auswärtige Amt', 0, ORGANIZATION, 'Auswärtiges Amt'),  # "Das Auswärtige Amt der Bundesrepublik Deutschland": split like "Finanzausschuss des Deutschen Bundestages"
        A('Bundesrepublik Deutschland', 0, STATE, 'Deutschland'),
        A('Amt', 2, ORGANIZATION, 'Auswärtiges Amt'),  # "weist das Amt ... hin"
    ],
    'wikinews-train-51963': [
        # "in Hamburg", "außerhalb von Hamburg" places; "mehrere Mitglieder", "Neu-ödp-Mitglieder", "Grünen-Mitglieder" plural/compounds;
        # "eine Koalition mit der CDU", "weitere schwarz-grüne Bündnisse" indefinite/plural; "Koalitionsvertrag" compound; "Europawahl" an event
        A('ersten schwarz-grünen Koalition', 0, ORGANIZATION, 'Schwarz-grüne Koalition Hamburg'),  # hard: "Bildung der ersten schwarz-grünen Koalition auf Landesebene": definite description of the one Hamburg coalition (like "Regierungskoalition")
        A('GAL', 0, ORGANIZATION, 'GAL'),
        # "dem Hamburger Landesverband der GRÜNEN": apposition named (GAL), only the genitive party
        A('GRÜNEN', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('bisherige Partei', 0, ORGANIZATION, 'GAL'),  # "ihre bisherige Partei": possessive description, premodifier kept
        A('ödp', 0, ORGANIZATION, 'ÖDP'),  # "zur ödp gewechselt": the party joined as a body
        A('ödp-Kreisverband Hamburg-Wandsbek', 0, ORGANIZATION, 'ÖDP-Kreisverband Hamburg-Wandsbek'),  # compound + name of one body, kept whole (like "SPD-Landesvorstand", "GEW Niedersachsen")
        A('schwarz-grüne Koalition', 0, ORGANIZATION, 'Schwarz-grüne Koalition Hamburg'),  # acting subject in the quote
        A('GAL', 1, ORGANIZATION, 'GAL'),
        A('Grün-Alternative-Liste', 0, ORGANIZATION, 'GAL'),  # abbreviation and expansion two spans
        A('CDU-Regierung', 0, STATE, 'Hamburg'),  # "der CDU-Regierung unter Bürgermeister Ole von Beust": compound description of one government, split from its head (like "die Regierung Bush")
        A('Ole von Beust', 0, PERSON, 'Ole von Beust'),
        A('CDU', 1, ORGANIZATION, 'CDU'),  # occurrence 0 is inside "CDU-Regierung"
        A('Jan Giesel', 0, PERSON, 'Jan Giesel'),
        A('David Perteck', 0, PERSON, 'David Perteck'),
        A('frühere Partei', 0, ORGANIZATION, 'GAL'),  # "ihre frühere Partei": possessive description
        A('neuen ödp-Kreisverbandes', 0, ORGANIZATION, 'ÖDP-Kreisverband Hamburg-Wandsbek'),  # definite compound description of one body
        A('Perteck', 1, PERSON, 'David Perteck'),  # "zum Vorsitzenden" predicative
        A('Giesel', 1, PERSON, 'Jan Giesel'),  # "zu seinem Stellvertreter" predicative
        A('Velda Schultz', 0, PERSON, 'Velda Schultz'),  # "die Studentin Velda Schultz": name only
        A('GAL', 2, ORGANIZATION, 'GAL'),
        A('GAL', 3, ORGANIZATION, 'GAL'),  # "das grüne Gewissen der Wandsbeker und Hamburger Politik": predicative, not marked; "Wandsbeker", "Hamburger" adjectives
        A('schwarz-grünen Koalition', 2, ORGANIZATION, 'Schwarz-grüne Koalition Hamburg'),  # "auf dem Altar der schwarz-grünen Koalition" (0 inside "ersten ...", 1 inside "Koalitionsvertrag")
        A('Perteck', 2, PERSON, 'David Perteck'),
        A('Giesel', 2, PERSON, 'Jan Giesel'),
        A('CDU', 2, ORGANIZATION, 'CDU'),  # hard: "einer neoliberalen und neokonservativen CDU": the named party, indefinite article only stylistic
        A('ödp', 4, ORGANIZATION, 'ÖDP'),  # "in die ödp übertreten": the party joined, not a place
        A('Grünen', 1, ORGANIZATION, 'Bündnis 90/Die Grünen'),  # "Die neoliberalen Grünen": the party named by its members, adjective dropped
        A('ödp', 5, ORGANIZATION, 'ÖDP'),
    ],
    'wikinews-train-55189': [
        # "somalischen Piraten", "die Piraten", "informierter Kreise" plural; „Sirius Star“, „Delight“ ships; "vor der somalischen Küste" place
        A('Mohamed Said', 0, PERSON, 'Mohamed Said'),  # "des Piratenchef Mohamed Said": name only
    ],
    'wikinews-train-58800': [
        # Windows Vista / Windows 7 and its editions are products, not actors; "man", "von vielen" no
        A('Microsoft', 0, ORGANIZATION, 'Microsoft'),  # "Der Softwarehersteller Microsoft": classifier dropped
        A('Microsoft', 1, ORGANIZATION, 'Microsoft'),
        A('Hersteller', 0, ORGANIZATION, 'Microsoft'),  # "Der Hersteller gab ... bekannt" ("Softwarehersteller" is lower-case h)
    ],
    'wikinews-train-60990': [
        # "Endeavour", "Tranquility", "Cupola", "ISS"/"Internationalen Raumstation": spacecraft and modules; "Kennedy-Raumfahrtzentrum",
        # "Cape Canaveral (Florida)" places; "Shuttle-Programms", "STS-130" programme/mission; "NASA-Astronaut" compound; "sechs Astronauten" plural
        A('Europäischen Weltraumorganisation', 0, ORGANIZATION, 'ESA'),
        A('ESA', 0, ORGANIZATION, 'ESA'),
        A('George Zamka', 0, PERSON, 'George Zamka'),  # "Kommandant der Mission ... ist der NASA-Astronaut George Zamka": name only
        A('Terry Virts', 0, PERSON, 'Terry Virts'),
        A('Kay Hire', 0, PERSON, 'Kay Hire'),
        A('Steve Robinson', 0, PERSON, 'Steve Robinson'),
        A('Nicholas Patrick', 0, PERSON, 'Nicholas Patrick'),
        A('Bob Behnken', 0, PERSON, 'Bob Behnken'),
    ],
    'wikinews-train-64109': [
        # "Die Eisenbahner" plural; "des belgischen Pendants zur Deutschen Bahn": apposition describing the named SNCB, not marked;
        # Brüssel, Wallonie, Flandern, London, Köln-Paris places; "die Nachbarländer Belgiens": plural, and the genitive is geographic
        # (like "in der Hauptstadt Guatemalas"), not marked; „Thalys“-Schnellzüge, „Eurostar“ trains/services, not actors
        A('SNCB/NMBS', 0, ORGANIZATION, 'SNCB/NMBS'),  # the French/Dutch double name of one company, one span
        A('Deutschen Bahn', 0, ORGANIZATION, 'Deutsche Bahn'),
    ],
    'wikinews-train-67014': [
        # official name kept whole, like "Umweltprogramm der Vereinten Nationen" (dev20)
        A('Sicherheitsrat der Vereinten Nationen', 0, ORGANIZATION, 'UN-Sicherheitsrat'),
        # "über Libyen eine Flugverbotszone": the airspace, a place
        # "die Luftwaffe des Diktators Muammar al-Gaddafi": description split from the genitive name, "Diktators" named in the same phrase
        A('Luftwaffe', 0, ORGANIZATION, 'Libysche Luftwaffe'),
        A('Muammar al-Gaddafi', 0, PERSON, 'Muammar al-Gaddafi'),
        # "in dem Land" place; "Den Mitgliedsstaaten" plural; "UN-Resolution" compound
        A('Frankreichs', 0, STATE, 'Frankreich'),
        A('Gremiums', 0, ORGANIZATION, 'UN-Sicherheitsrat'),  # "Mitgliedsstaaten des Gremiums": definite description of the Council
        A('China', 0, STATE, 'China'),
        A('Deutschland', 0, STATE, 'Deutschland'),
        A('Russland', 0, STATE, 'Russland'),
        A('Guido Westerwelle', 0, PERSON, 'Guido Westerwelle'),
        # "Wir Deutsche" pronoun; "in Libyen" place
        A('François Fillon', 0, PERSON, 'François Fillon'),
        A('Land', 1, STATE, 'Frankreich'),  # "sein Land plane": possessive description of the acting state (occurrence 0 "in dem Land" is a place)
        A('Libyen', 2, STATE, 'Libyen'),  # "Operationen gegen Libyen": the state acted upon
        A('libysche Luftwaffe', 0, ORGANIZATION, 'Libysche Luftwaffe'),
        # "gegen Bengasi", "Misrata", "Adschdabiya": cities as targets/places; "der Aufständischen" plural
        A('Gaddafi', 1, PERSON, 'Muammar al-Gaddafi'),  # occurrence 0 is inside "Muammar al-Gaddafi"
        A('UNO', 0, ORGANIZATION, 'Vereinte Nationen'),
        A('Gaddafi', 2, PERSON, 'Muammar al-Gaddafi'),
        A('libysche Armee', 0, ORGANIZATION, 'Libysche Armee'),
        A('libyschen Armee', 0, ORGANIZATION, 'Libysche Armee'),
        A('al-Arabiya', 0, ORGANIZATION, 'al-Arabiya'),  # "das arabische Nachrichtenportal": classifier dropped; "einen Aufständischen" indefinite
    ],
    'wikinews-train-69813': [
        # "Wissenschaftler der NASA" plural, the genitive agency marked; UARS, "Discovery" spacecraft; "Erde" not an actor
        A('NASA', 0, ORGANIZATION, 'NASA'),
        A('NASA', 1, ORGANIZATION, 'NASA'),  # "nach Auskunft der NASA"
        A('Betreibers', 0, ORGANIZATION, 'NASA'),  # "nach Angaben des Betreibers": definite description of the operator
        A('NASA', 2, ORGANIZATION, 'NASA'),
    ],
    'wikinews-train-71936': [
        # "Kurzfilm Kony 2012": film title, its "Kony" not a mention; Youtube/Vimeo as distribution channels (platforms), not actors
        A('Joseph Kony', 0, PERSON, 'Joseph Kony'),  # "Warlord" dropped
        A('Kony', 2, PERSON, 'Joseph Kony'),
        A('Lord′s Resistance Army', 0, ORGANIZATION, 'Lord’s Resistance Army'),
        A('Jason Russel', 0, PERSON, 'Jason Russel'),
        A('Anführer', 0, PERSON, 'Joseph Kony'),  # "dem Anführer der LRA": description split from the genitive name
        A('Lord′s Resistance Army', 1, ORGANIZATION, 'Lord’s Resistance Army'),
        A('LRA', 0, ORGANIZATION, 'Lord’s Resistance Army'),  # "die Initiatoren", "Prominenter", "Politiker", "Filmemacher" plural/generic
        A('Joseph Konys', 0, PERSON, 'Joseph Kony'),
        A('Musa Okwanga', 0, PERSON, 'Musa Okwanga'),
        A('The Independent', 0, ORGANIZATION, 'The Independent'),  # quotation marks excluded, "The" part of the name
        A('Kony', 4, PERSON, 'Joseph Kony'),
        A('Museveni', 0, PERSON, 'Yoweri Museveni'),  # inside a direct quote; "Präsidenten" named in the same phrase
        A('LRA', 1, ORGANIZATION, 'Lord’s Resistance Army'),  # "Lage in Uganda", "Uganda ... verlassen": territory/place
        A('LRA', 2, ORGANIZATION, 'Lord’s Resistance Army'),  # "im Sudan und Zentralafrika, ... Kongo" places; "Menschenrechtsorganisationen" plural
    ],
    'wikinews-train-74342': [
        # "in der ungarischen Hauptstadt Budapest", "nach Ost-Europa", "in acht europäischen Ländern" places; "ein Tochterunternehmen" indefinite;
        # "der größte Busbetreiber Europas" predicative, Europe a continent; "Mannheimer Werk" a facility; "Citaro-Omnibusse" products
        A('VT Transman', 0, ORGANIZATION, 'VT Transman'),  # "das ungarisch-deutsche Joint-Venture VT Transman": classifier dropped
        A('VT Transman', 1, ORGANIZATION, 'VT Transman'),
        A('Arriva', 0, ORGANIZATION, 'Arriva'),
        A('Deutschen Bahn', 0, ORGANIZATION, 'Deutsche Bahn'),
        A('Videoton Holding ZRt.', 0, ORGANIZATION, 'Videoton Holding'),  # hard: "ZRt." abbreviation dot kept (like "Port Authority Transit Corp."), though it also ends the sentence; "der ungarische Konzern" classifier dropped
        A('Konzern', 1, ORGANIZATION, 'Videoton Holding'),  # "Der ursprünglich ... tätige Konzern": extended participle phrase left out (like "Joint-Venture" in train26)
        A('Arriva', 1, ORGANIZATION, 'Arriva'),
        A('VT Transman', 2, ORGANIZATION, 'VT Transman'),  # "Das Unternehmen VT Transman": classifier dropped
        A('Unternehmen', 1, ORGANIZATION, 'VT Transman'),  # "Bisher beschäftigt das Unternehmen"
        A('Daimler', 0, ORGANIZATION, 'Daimler'),  # the buses' maker/seller
        A('Autobauers', 0, ORGANIZATION, 'Daimler'),  # "im Mannheimer Werk des Autobauers": the plant a place, the genitive carmaker a definite description
        A('Arriva', 2, ORGANIZATION, 'Arriva'),
        A('Bahntochter', 0, ORGANIZATION, 'Arriva'),  # compound definite description of one actor
    ],
    'wikinews-train-79138': [
        # "in seinem Land", "in Großbritannien", "In Tunesien", "In Deutschland" places; "ein Extremist" indefinite; "den Bürgern", "30 Briten",
        # "Internetprovider", "den Nutzern" plural/generic; WhatsApp, iMessage, Snapchat named as apps/services (blocked, installed, used) are products, not marked
        A('Cameron', 0, PERSON, 'David Cameron'),  # "Premierminister" title dropped
        A('Regierung', 0, STATE, 'Vereinigtes Königreich'),
        A('Whatsapp Inc.', 0, ORGANIZATION, 'WhatsApp Inc.'),  # "des kalifornischen Unternehmens Whatsapp Inc.": the company as source, classifier dropped
        A('Heise Online', 0, ORGANIZATION, 'Heise Online'),  # news site that examined the technique
    ],
    'wikinews-train-81799': [
        # "in Kaiserslautern", "in Speyer", "in Koblenz" seats/places; "einen weiteren Mitarbeiter", "ein Mitarbeiter", "eines Privatdetektivs",
        # "eines Beigeordneten", "ein Sprecher" indefinite; "Dieser" pronoun; "die Öffentlichkeit" generic; "im Landkreis Bad Dürkheim" place
        A('Staatsanwaltschaft', 0, ORGANIZATION, 'Staatsanwaltschaft Kaiserslautern'),
        # "den Leiter der Dienststelle des Landesbetriebs ... (LBM) in Speyer, Kurt Ertel": description named in the same phrase ("Leiter" not marked),
        # the genitive bodies are (like "IG Bau"); "Dienststelle" = the Speyer office as a unit of the LBM
        A('Dienststelle', 0, ORGANIZATION, 'LBM Dienststelle Speyer'),
        A('Landesbetriebs Mobilität Rheinland-Pfalz', 0, ORGANIZATION, 'LBM'),  # official name kept whole, its "Rheinland-Pfalz" not marked separately
        A('LBM', 0, ORGANIZATION, 'LBM'),
        A('Kurt Ertel', 0, PERSON, 'Kurt Ertel'),
        A('LBM', 1, ORGANIZATION, 'LBM'),
        # "die obere Verkehrsbehörde sowie ... Planfeststellungsbehörde": predicative; "des Landes Rheinland-Pfalz": classifier dropped
        A('Rheinland-Pfalz', 1, STATE, 'Rheinland-Pfalz'),
        A('Südwestrundfunk', 0, ORGANIZATION, 'SWR'),
        A('SWR', 0, ORGANIZATION, 'SWR'),
        A('Staatsanwaltschaft', 1, ORGANIZATION, 'Staatsanwaltschaft Kaiserslautern'),
        A('Ertel', 1, PERSON, 'Kurt Ertel'),
        A('Staatsanwaltschaft', 2, ORGANIZATION, 'Staatsanwaltschaft Kaiserslautern'),
        A('Ertel', 2, PERSON, 'Kurt Ertel'),
        A('Ertel', 3, PERSON, 'Kurt Ertel'),
        A('Ertel', 4, PERSON, 'Kurt Ertel'),
        A('Polizei', 0, ORGANIZATION, 'Polizei Rheinland-Pfalz'),  # the specific police that searched the office
        # "die Dienststelle des LBM in Speyer durchsuchte": the office searched as an institution (like "Polizeiinspektion 22" acted upon), split from the genitive body
        A('Dienststelle', 1, ORGANIZATION, 'LBM Dienststelle Speyer'),
        A('LBM', 2, ORGANIZATION, 'LBM'),
        A('Privatdetektiv', 1, PERSON, 'Privatdetektiv'),  # "den Privatdetektiv": now definite (occurrence 0 is inside "Privatdetektivs")
        A('Staatsanwaltschaft', 3, ORGANIZATION, 'Staatsanwaltschaft Kaiserslautern'),
        A('LBM', 3, ORGANIZATION, 'LBM'),  # "ein Sprecher des LBM": indefinite person not marked, the genitive body is
        A('Ertel', 5, PERSON, 'Kurt Ertel'),
    ],
    'wikinews-train-83753': [
        # national teams named by their country are the teams (ORGANIZATION), like "Köln" for the club (train28);
        # "Handball-Europameisterschaft" an event; "Trondheim Spektrum", "Grazer Messe", "in Österreich", "Wiener Stadthalle", "Göteborger Scandinavium" places
        A('deutsche Handballnationalmannschaft', 0, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),
        A('Niederlande', 0, ORGANIZATION, 'Niederländische Handballnationalmannschaft'),
        # "vom slowenischen Schiedsrichterpaar Bojan Lah und David Sok": description named in the same phrase
        A('Bojan Lah', 0, PERSON, 'Bojan Lah'),
        A('David Sok', 0, PERSON, 'David Sok'),
        A('Weißrussland', 0, ORGANIZATION, 'Weißrussische Handballnationalmannschaft'),
        A('Serbien', 0, ORGANIZATION, 'Serbische Handballnationalmannschaft'),
        A('deutsche Team', 0, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),  # national sports team (dev20 convention)
        A('Uwe Gensheimer', 0, PERSON, 'Uwe Gensheimer'),
        A('Deutschland', 0, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),
        # "das Team von Bundestrainer Christian Prokop": description split from the "von" name (like "Die Regierung von Ali Larajedh")
        A('Team', 1, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),  # occurrence 0 is inside "deutsche Team"
        A('Christian Prokop', 0, PERSON, 'Christian Prokop'),
        A('Gensheimer', 1, PERSON, 'Uwe Gensheimer'),  # "Kapitän" dropped
        A('Bart Ravensbergen', 0, PERSON, 'Bart Ravensbergen'),  # "den niederländischen Torwart ...": name only
        # "den Niederländern": the team by its members' name, like "die Bayern" (train25) / "die Liberalen" (train26)
        A('Niederländern', 0, ORGANIZATION, 'Niederländische Handballnationalmannschaft'),
        A('Niederländern', 1, ORGANIZATION, 'Niederländische Handballnationalmannschaft'),
        A('Team', 2, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),  # "das Team des Deutschen Handballbundes": split from the genitive name
        A('Deutschen Handballbundes', 0, ORGANIZATION, 'DHB'),
        A('Niederländern', 2, ORGANIZATION, 'Niederländische Handballnationalmannschaft'),
        A('deutschen Mannschaft', 0, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),
        A('Andreas Wolff', 0, PERSON, 'Andreas Wolff'),
        A('Kai Häfner', 0, PERSON, 'Kai Häfner'),
        A('Jannik Kohlbacher', 0, PERSON, 'Jannik Kohlbacher'),
        # "beste deutsche Werfer", "bester niederländischer Werfer": predicative, not marked
        A('Kay Smits', 0, PERSON, 'Kay Smits'),
        A('Niederländer', 3, ORGANIZATION, 'Niederländische Handballnationalmannschaft'),  # occurrences 0-2 are inside "Niederländern"
        A('Deutschland', 1, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),
        A('Österreich', 1, ORGANIZATION, 'Österreichische Handballnationalmannschaft'),  # occurrence 0 "in Österreich" is a place
        A('Tschechien', 0, ORGANIZATION, 'Tschechische Handballnationalmannschaft'),
        A('Schweiz', 0, ORGANIZATION, 'Schweizer Handballnationalmannschaft'),
        A('Schweden', 0, ORGANIZATION, 'Schwedische Handballnationalmannschaft'),  # classifier "Mitgastgeber" dropped
        A('Deutschland', 2, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),
        A('Spanien', 0, ORGANIZATION, 'Spanische Handballnationalmannschaft'),  # classifier "Titelverteidiger" dropped
        A('deutsche Team', 1, ORGANIZATION, 'Deutsche Handballnationalmannschaft'),
    ],
}


def build() -> str:
    return wikinews_gold.build("train", DOCS, LABELS, EVERY, COUNT, START)


def main(argv: list[str]) -> int:
    return wikinews_gold.main(argv, OUT, build(), Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
