"""Build tests/gold/wikinews_train26.jsonl: hand-annotated ACTOR gold on 26 more WikiNews train articles.

The second development set of the ACTOR rules (curation/preannotate/actors.py), beside
wikinews_train25.jsonl: annotated before the rules were ever run on these articles, it measured the rules
on articles they had not been developed on (as the unseen dev20 check does, without using dev20 up); after
that, rules may be analysed and tuned on it, so its figures are no unseen check. The articles were
annotated by reading each text, per ../shared/SCHEME.md and GUIDELINES.md, before running the
pre-annotator on them or looking at its output, by four annotators working to the conventions below.
The gold covers ACTOR only: every record carries "labels": ["ACTOR"].

Selection (deterministic): the articles of ../shared/wikinews-quotes/train.jsonl sorted by the numeric id
that starts their documentName, those whose originalText has 800 to 4,000 characters (498 of 700), then
every 19th of these starting with the tenth (so none of wikinews_train25's, which start with the first),
all 26 of them. Text = originalText unchanged; doc_id = "wikinews-train-<id>". Spans use the Ann format
of build_seeds_gold.py (the n-th, 0-based, occurrence of the exact surface string, found with str.find);
offsets are computed and every slice asserted.

    .venv/bin/python tests/gold/build_wikinews_train26.py          # (re)write tests/gold/wikinews_train26.jsonl
    .venv/bin/python tests/gold/build_wikinews_train26.py --check  # exit 1 if the file is out of date

Conventions: exactly those of build_wikinews_dev20.py and build_wikinews_train25.py. Cases these articles
raised, decided in the same spirit (each marked where it occurs):
- A demonym noun as a definite description of one person is marked ("die Türkin"); countries in
  parentheses after a person give a nationality and are not; a party named by its members ("die
  Liberalen", "den Sozialdemokraten") is the party (ORGANIZATION).
- A descriptive noun before a name is dropped ("Berliner Fahrgastverband IGEB" -> "IGEB", "Person
  Mélenchons" -> "Mélenchons"); a descriptive genitive of an institution is split from it
  ("Parteiparlaments" and the party); news sites are their outlets ("ndr.de", "faz.net").
- Offices rather than holders are not marked ("Richtlinienkompetenz des Bundeskanzlers", "des gemeinsamen
  Kandidaten" before one is chosen); a state named as what a politician represents is the state ("für
  Alaska im Senat"); celestial bodies, missiles, products and programmes are not actors.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wikinews_gold  # noqa: E402
from build_seeds_gold import ORGANIZATION, PERSON, STATE, A, Ann  # noqa: E402

OUT = HERE / "wikinews_train26.jsonl"
LABELS = ["ACTOR"]  # the labels this gold covers
START, EVERY, COUNT = 9, 19, 26  # the selection of wikinews_gold.select


# doc_id -> annotations, in text order.
DOCS: dict[str, list[Ann]] = {
    'wikinews-train-2240': [
        # research institute as institution, not place ("Forscher aus dem ..."), like "Belgrader Kriegsverbrechergericht"
        A('Kopenhagener Botanik-Institut', 0, ORGANIZATION, 'Botanisches Institut Kopenhagen'),
        # not: "Die Dänen", "die Forscher" (plural), "nach Deutschland" (place), "des Verbrauchers" (generic)
    ],
    'wikinews-train-4792': [
        # "Chef der Gewerkschaft ... , Heinz Kluncker": description named in the same phrase; classifier and quotation marks dropped
        A('Öffentliche Dienste, Transport und Verkehr', 0, ORGANIZATION, 'ÖTV'),
        A('ÖTV', 0, ORGANIZATION, 'ÖTV'),
        A('Heinz Kluncker', 0, PERSON, 'Heinz Kluncker'),
        A('Kluncker', 1, PERSON, 'Heinz Kluncker'),
        A('Kluncker', 2, PERSON, 'Heinz Kluncker'),
        # "ÖTV-Chef": name inside compound, predicative role -> no
        # "der mächtigste Gewerkschaftsführer Deutschlands": predicative description not marked; state genitive STATE as "Lage Deutschlands"
        A('Deutschlands', 0, STATE, 'Deutschland'),
        # „der Dicke”, „der Buhmann der Nation”: quoted nicknames, not marked
        A('Gewerkschaftsboss', 0, PERSON, 'Heinz Kluncker'),
        A('Kluncker', 3, PERSON, 'Heinz Kluncker'),
        A('SPD', 0, ORGANIZATION, 'SPD'),  # "seiner Partei, der SPD": "Partei" named in the same phrase
        A('Willy Brandt', 0, PERSON, 'Willy Brandt'),
        A('Klunckers', 0, PERSON, 'Heinz Kluncker'),
        A('Kluncker', 5, PERSON, 'Heinz Kluncker'),
        A('Kluncker', 6, PERSON, 'Heinz Kluncker'),
        A('Regierung', 0, STATE, 'Deutschland'),  # the Brandt federal government
        A('Brandts', 0, PERSON, 'Willy Brandt'),  # "Brandt-Kenner": compound, no
        A('Kluncker', 7, PERSON, 'Heinz Kluncker'),
        A('Kluncker', 8, PERSON, 'Heinz Kluncker'),
        A('Kluncker', 9, PERSON, 'Heinz Kluncker'),
        A('Monika Wulf-Mathies', 0, PERSON, 'Monika Wulf-Mathies'),
        A('Internationale der Öffentlichen Dienste', 0, ORGANIZATION, 'IÖD'),
        A('IÖD', 0, ORGANIZATION, 'IÖD'),
        A('Kluncker', 10, PERSON, 'Heinz Kluncker'),
        # "Der Vorsitzender der Dienstleistungsgewerkschaft ver.di, Nachfolgeorganisation der ÖTV, Frank Bsirske": descriptions named in the same phrase
        A('ver.di', 0, ORGANIZATION, 'ver.di'),
        A('ÖTV', 2, ORGANIZATION, 'ÖTV'),
        A('Frank Bsirske', 0, PERSON, 'Frank Bsirske'),
        A('Kluncker', 11, PERSON, 'Heinz Kluncker'),
    ],
    'wikinews-train-6399': [
        A('Giovanni Trapattoni', 0, PERSON, 'Giovanni Trapattoni'),  # "Der Italiener Giovanni Trapattoni": name only
        A('VfB Stuttgart', 0, ORGANIZATION, 'VfB Stuttgart'),
        A('Vereinsführung', 0, ORGANIZATION, 'Vereinsführung des VfB Stuttgart'),
        A('Trapattoni', 1, PERSON, 'Giovanni Trapattoni'),
        A('Fußball-Bundesligisten', 0, ORGANIZATION, 'VfB Stuttgart'),
        A('Benfica Lissabon', 0, ORGANIZATION, 'Benfica Lissabon'),
        A('Trappattoni', 0, PERSON, 'Giovanni Trapattoni'),
        A('FC Bayern München', 0, ORGANIZATION, 'FC Bayern München'),
        A('Italiener', 1, PERSON, 'Giovanni Trapattoni'),
        # "Was-erlauben-Strunz-Rede": name inside compound, no
        A('Trap', 3, PERSON, 'Giovanni Trapattoni'),  # nickname used as the subject ("erreichte „Trap“ ... Kultstatus"), marks dropped
        A('Trap', 4, PERSON, 'Giovanni Trapattoni'),
        A('Matthias Sammer', 0, PERSON, 'Matthias Sammer'),
    ],
    'wikinews-train-12291': [
        A('Matthias Berninger', 0, PERSON, 'Matthias Berninger'),
        A('Grüne', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('grüne Staatssekretär', 0, PERSON, 'Matthias Berninger'),
        A('Berliner Zeitung', 0, ORGANIZATION, 'Berliner Zeitung'),
        A('Berninger', 1, PERSON, 'Matthias Berninger'),
        A('Berningers', 0, PERSON, 'Matthias Berninger'),
        A('Manfred Stolpe', 0, PERSON, 'Manfred Stolpe'),
        A('Stolpe', 1, PERSON, 'Manfred Stolpe'),
    ],
    'wikinews-train-13761': [
        A('CDU', 0, ORGANIZATION, 'CDU'),
        A('CSU', 0, ORGANIZATION, 'CSU'),
        A('SPD', 0, ORGANIZATION, 'SPD'),
        A('Bundeskanzlerin', 0, PERSON, 'Angela Merkel'),  # the designated chancellor Merkel, not the office in general
        A('Koalition', 2, ORGANIZATION, 'Große Koalition aus CDU/CSU und SPD'),  # "innerhalb der Koalition": the specific coming coalition, like "Regierungskoalition"; "einer (großen) Koalition" and the generic one in the quote not
        A('SPD', 1, ORGANIZATION, 'SPD'),
        A('CSU', 1, ORGANIZATION, 'CSU'),
        A('Merkel', 0, PERSON, 'Angela Merkel'),
        A('Stoiber', 0, PERSON, 'Edmund Stoiber'),
        A('Glos', 0, PERSON, 'Michael Glos'),
        A('Glos', 1, PERSON, 'Michael Glos'),
        A('Stoiber', 1, PERSON, 'Edmund Stoiber'),
        # "Richtlinienkompetenz des Bundeskanzlers", "bestimmt der Bundeskanzler", "Amt des Bundeskanzlers": the office, not a holder -> no
        A('Franz Münteferin', 0, PERSON, 'Franz Müntefering'),
        A('Volker Kauder', 0, PERSON, 'Volker Kauder'),
        A('Parteivorsitzenden', 2, PERSON, 'Angela Merkel'),  # "ihrer Parteivorsitzenden" = Merkel
        A('CDU', 3, ORGANIZATION, 'CDU'),
        A('Schwesterpartei', 0, ORGANIZATION, 'CSU'),
        A('SPD', 3, ORGANIZATION, 'SPD'),
        A('CDU/CSU', 0, ORGANIZATION, 'CDU/CSU'),
        A('Angela Merkel', 0, PERSON, 'Angela Merkel'),
        A('Michael Müller', 0, PERSON, 'Michael Müller'),
        A('Merkels', 0, PERSON, 'Angela Merkel'),
        A('Renate Schmidt', 0, PERSON, 'Renate Schmidt'),
        A('SPD', 5, ORGANIZATION, 'SPD'),
        A('CDU-Kanzlerkandidatin', 0, PERSON, 'Angela Merkel'),  # compound that is a definite description of one actor
        A('SPD-Fraktion', 1, ORGANIZATION, 'SPD-Bundestagsfraktion'),  # compound description of one body, like "UN-Sicherheitsrates"
        A('Merkel', 3, PERSON, 'Angela Merkel'),  # "Frau Merkel": title dropped
    ],
    'wikinews-train-18645': [
        A('Nasser Baoum', 0, PERSON, 'Nasser Baoum'),
        A('Schabwa', 0, STATE, 'Schabwa'),  # "Gouverneurs ... der Provinz Schabwa": genitive of the governed entity, classifier dropped like "Land Niedersachsen"; later "in der Provinz Schabwa" is a place
        A('Jürgen Chrobog', 0, PERSON, 'Jürgen Chrobog'),
        # "Stamms „al-Abdullah bin Dahha“", "Familie Chrobog": tribes and families are not actors; "ein ARD-Korrespondent", "eines neutralen Vermittlers" indefinite
        A('Yemen Observer', 0, ORGANIZATION, 'Yemen Observer'),
        A('jemenitische Regierung', 0, STATE, 'Jemen'),
        A('Reiseveranstalter', 0, ORGANIZATION, 'Reiseveranstalter der Familie Chrobog'),
        A('deutsche Botschaft', 0, ORGANIZATION, 'Deutsche Botschaft Sanaa'),
        A('Auswärtige Amt', 0, ORGANIZATION, 'Auswärtiges Amt'),
    ],
    'wikinews-train-22065': [
        # "im Osloer Munch-Museum": museum as the place of the theft, not an actor
        A('Edvard Munch', 0, PERSON, 'Edvard Munch'),
        A('Staatsanwaltschaft Oslo', 0, ORGANIZATION, 'Staatsanwaltschaft Oslo'),
        # not: "die mutmaßlichen Täter", "fünf Norweger", "ein sechster Mann", "die Richter" (plural/indefinite), "in Oslo", "in Norwegen" (places)
    ],
    'wikinews-train-25575': [
        # "in Belgien" is a place; "Betreiber des Flughafens Brüssel National, BIAC": description named in the
        # same phrase (only BIAC), the airport there is the facility operated, not an actor
        A('BIAC', 0, ORGANIZATION, 'BIAC'),
        # the airport acting ("hat ... die Maßnahme umgesetzt") stands for its operator, like "Praktiken der Deponie"
        A('Flughafen Brüssel', 0, ORGANIZATION, 'BIAC'),
    ],
    'wikinews-train-28750': [
        # "New Orleans (USA)" place; "Hurrikan Kathrina" storm; "Bürgermeister von Orleans": the city is the place of
        # office, not marked; "Sonderprogramm FEMA" is named as a programme that expires, not the agency: not marked
        A('Bürgermeister', 0, PERSON, 'Ray Nagin'),
        A('Nationalgarde', 0, ORGANIZATION, 'Louisiana National Guard'),
        A('Nationalgarde', 1, ORGANIZATION, 'Louisiana National Guard'),
        A('Polizei', 0, ORGANIZATION, 'New Orleans Police Department'),
        A('Polizei', 1, ORGANIZATION, 'New Orleans Police Department'),
        # "60 weitere Mann State Police": the force as institution, like "der russischen Armee"
        A('State Police', 0, ORGANIZATION, 'Louisiana State Police'),
        A('Stadtleitung', 0, ORGANIZATION, 'Stadtverwaltung New Orleans'),
    ],
    'wikinews-train-34485': [
        # "in Moskau" place; "Michail Tal'" only inside the quoted festival title and compounds ("Tal'-Cup",
        # "M.-M.-Botwinnik-Haus"); the countries in parentheses after the players are their nationality
        # (= demonym), not acting states: not marked
        A('Peter Swidler', 0, PERSON, 'Peter Swidler'),
        A('Alexander Morosewitsch', 0, PERSON, 'Alexander Morosewitsch'),
        A('Levon Aronian', 0, PERSON, 'Levon Aronian'),
        A('Peter Leko', 0, PERSON, 'Peter Leko'),
        A("Boris Gel'fand", 0, PERSON, 'Boris Gelfand'),
        A('Shakhriyar Mamedyarov', 0, PERSON, 'Shakhriyar Mamedyarov'),
        A('Aleksei Schirow', 0, PERSON, 'Alexei Schirow'),
        A('Alexander Grischtschuk', 0, PERSON, 'Alexander Grischtschuk'),
        A('Ruslan Ponomarjow', 0, PERSON, 'Ruslan Ponomarjow'),
        A('Magnus Carlsen', 0, PERSON, 'Magnus Carlsen'),
        # "Der Hauptschiedsrichter des Turniers ist Geurt Gijssen": description named in the same clause
        A('Geurt Gijssen', 0, PERSON, 'Geurt Gijssen'),
    ],
    'wikinews-train-37353': [
        # celestial bodies (2003 EL61, Pluto, Neptun, Merkur, Sonne, Erde) are not actors
        A('Mike Brown', 0, PERSON, 'Mike Brown'),
        A('California Institute of Technology', 0, ORGANIZATION, 'Caltech'),
        A('Brown', 1, PERSON, 'Mike Brown'),
        A('Brown', 2, PERSON, 'Mike Brown'),
        A('Brown', 3, PERSON, 'Mike Brown'),
        A('Brown', 4, PERSON, 'Mike Brown'),
    ],
    'wikinews-train-41694': [
        # "in Hamburg" place; ASEM as the meeting ("Bei ASEM handelt es sich um ein Treffen") is an event, not marked
        A('Polizei', 0, ORGANIZATION, 'Polizei Hamburg'),
        # the German EU Council presidency acting (host, names goals) = the German government in its EU role
        A('deutsche EU-Ratspräsidentschaft', 0, STATE, 'Deutschland'),
        A('Bundesverfassungsgerichts', 0, ORGANIZATION, 'Bundesverfassungsgericht'),
        A('Gericht', 0, ORGANIZATION, 'Bundesverfassungsgericht'),
        A('Hamburger Oberverwaltungsgerichts', 0, ORGANIZATION, 'Hamburgisches Oberverwaltungsgericht'),
        A('Polizei', 2, ORGANIZATION, 'Polizei Hamburg'),
        A('Andreas Blechschmidt', 0, PERSON, 'Andreas Blechschmidt'),
        A('Demonstrationsleiter', 0, PERSON, 'Andreas Blechschmidt'),
        A('ndr.de', 0, ORGANIZATION, 'NDR'),
        A('Polizei', 3, ORGANIZATION, 'Polizei Hamburg'),
        A('ndr.de', 1, ORGANIZATION, 'NDR'),
        A('Polizei', 4, ORGANIZATION, 'Polizei Hamburg'),
        A('ndr.de', 2, ORGANIZATION, 'NDR'),
        A('Ralf Meyer', 0, PERSON, 'Ralf Meyer'),
        A('ndr.de', 3, ORGANIZATION, 'NDR'),
        A('Polizei', 7, ORGANIZATION, 'Polizei Hamburg'),
        # banner slogan "G8, ASEM und EU angreifen": the three bodies are acted upon (quoted speech, not a title)
        A('G8', 1, ORGANIZATION, 'G8'),
        A('ASEM', 4, ORGANIZATION, 'ASEM'),
        A('EU', 2, ORGANIZATION, 'EU'),
        A('deutsche Bundesregierung', 0, STATE, 'Deutschland'),
        # "der deutschen EU-Präsidentschaft" inside the quote is the presidency term (its "größte Ereignis"), not marked
        A('Indiens', 0, STATE, 'Indien'),
        A('Pakistans', 0, STATE, 'Pakistan'),
        A('Mongolei', 0, STATE, 'Mongolei'),
        A('Bulgariens', 0, STATE, 'Bulgarien'),
        A('Rumäniens', 0, STATE, 'Rumänien'),
        # "dem ASEAN-Generalsekretär" without a name: a compound that is a definite description of one person
        A('ASEAN-Generalsekretär', 0, PERSON, 'Ong Keng Yong'),
        A('EU', 4, ORGANIZATION, 'EU'),
        A('Javier Solana', 0, PERSON, 'Javier Solana'),
        A('Deutsche EU-Ratspräsidentschaft', 0, STATE, 'Deutschland'),
        A('faz.net', 0, ORGANIZATION, 'FAZ'),
        A('Frank-Walter Steinmeier', 0, PERSON, 'Frank-Walter Steinmeier'),
        A('Deutschland', 0, STATE, 'Deutschland'),
        A('Japan', 0, STATE, 'Japan'),
    ],
    'wikinews-train-45626': [
        A('Franz Müntefering', 0, PERSON, 'Franz Müntefering'),
        A('SPD', 0, ORGANIZATION, 'SPD'),
        A('Bundestag', 0, ORGANIZATION, 'Deutscher Bundestag'),
        A('Frau', 0, PERSON, 'Ankepetra Müntefering'),
        A('Frau', 1, PERSON, 'Ankepetra Müntefering'),
        A('Olaf Scholz', 0, PERSON, 'Olaf Scholz'),
        A('Frank-Walter Steinmeier', 0, PERSON, 'Frank-Walter Steinmeier'),
        A('Peter Struck', 0, PERSON, 'Peter Struck'),
        # "den SPD-Obmann im Untersuchungsausschuss, Thomas Oppermann": the committee is an institution (like "IG Bau")
        A('Untersuchungsausschuss', 0, ORGANIZATION, 'BND-Untersuchungsausschuss'),
        A('Thomas Oppermann', 0, PERSON, 'Thomas Oppermann'),
        A('Scholz', 1, PERSON, 'Olaf Scholz'),
        # "im Amt des Parlamentarischen Geschäftsführers": an office, not a holder; the Fraktion is a description of one body
        A('SPD-Bundestagsfraktion', 0, ORGANIZATION, 'SPD-Bundestagsfraktion'),
        A('Angela Merkel', 0, PERSON, 'Angela Merkel'),
        A('CDU', 0, ORGANIZATION, 'CDU'),
        A('Vizekanzlers', 0, PERSON, 'Franz Müntefering'),
        A('Unionsfraktion', 0, ORGANIZATION, 'CDU/CSU-Bundestagsfraktion'),
        A('Kanzlerin', 0, PERSON, 'Angela Merkel'),
        A('Franz Müntefering', 1, PERSON, 'Franz Müntefering'),
        A('SPD', 5, ORGANIZATION, 'SPD'),
    ],
    'wikinews-train-48348': [
        # "In Spanien", "in das Land", "nach Spanien/Deutschland/Großbritannien/Frankreich" are places
        A('Spaniens', 0, STATE, 'Spanien'),
        A('José Luis Rodríguez Zapatero', 0, PERSON, 'José Luis Rodríguez Zapatero'),
        A('Mariano Rajoy', 0, PERSON, 'Mariano Rajoy'),
        A('Rajoy', 1, PERSON, 'Mariano Rajoy'),
        A('Zapatero', 1, PERSON, 'José Luis Rodríguez Zapatero'),
        A('PSOE-Partei', 0, ORGANIZATION, 'PSOE'),
        A('Regierung', 0, STATE, 'Spanien'),
        A('ETA', 0, ORGANIZATION, 'ETA'),
        A('Eduardo Dâmaso', 0, PERSON, 'Eduardo Dâmaso'),
        A('Correio da Manhã', 0, ORGANIZATION, 'Correio da Manhã'),
        A('ETA', 1, ORGANIZATION, 'ETA'),
        A('Rajoy', 2, PERSON, 'Mariano Rajoy'),
        A('Zapatero', 2, PERSON, 'José Luis Rodríguez Zapatero'),
        A('ETA', 2, ORGANIZATION, 'ETA'),
        A('Regierung', 1, STATE, 'Spanien'),
        # "Beobachtern des Landes": a state's genitive, like "im politischen Spektrum Frankreichs"
        A('Landes', 0, STATE, 'Spanien'),
        A('El Mundo', 0, ORGANIZATION, 'El Mundo'),
        A('Rajoy', 3, PERSON, 'Mariano Rajoy'),
        # "die den Sozialdemokraten nahestehende „El País“": the party (PSOE) by its members' name, like "Grüne"
        A('Sozialdemokraten', 0, ORGANIZATION, 'PSOE'),
        A('El País', 0, ORGANIZATION, 'El País'),
        A('Zapatero', 3, PERSON, 'José Luis Rodríguez Zapatero'),
        A('Zapatero', 4, PERSON, 'José Luis Rodríguez Zapatero'),
        A('PSOE', 1, ORGANIZATION, 'PSOE'),
    ],
    'wikinews-train-50554': [
        # not marked: "Airbus-Werk" (a plant/facility, name in compound), "ein Vertreter" (indefinite), "Mutterkonzern" (apposition to EADS, named), "Airbus A380" (product), "beiden Unternehmen" (plural)
        A('Diehl/Thales', 0, ORGANIZATION, 'Diehl/Thales'),
        A('Airbus', 1, ORGANIZATION, 'Airbus'),
        A('EADS', 0, ORGANIZATION, 'EADS'),
        A('Diehl', 1, ORGANIZATION, 'Diehl'),
        A('französischen Thales-Konzern', 0, ORGANIZATION, 'Thales'),  # compound description of one actor (like "Hisbollah-Miliz"), adjective kept as in "libanesischen Armee"
        A('Joint-Venture', 0, ORGANIZATION, 'Diehl/Thales'),  # definite description; the extended participle phrase (with nested actors) left out
        A('Airbuskonzern', 0, ORGANIZATION, 'Airbus'),  # compound description of one actor
        A('Luftfahrtkonzern', 0, ORGANIZATION, 'Airbus'),
        A('Diehl', 2, ORGANIZATION, 'Diehl'),
        A('französischen Partner', 0, ORGANIZATION, 'Thales'),  # possessive description of one actor
        A('Diehl/Thales', 1, ORGANIZATION, 'Diehl/Thales'),
        A('Airbus', 6, ORGANIZATION, 'Airbus'),
        A('Airbus', 7, ORGANIZATION, 'Airbus'),
    ],
    'wikinews-train-54054': [
        A('Berliner Verkehrsbetriebe', 0, ORGANIZATION, 'BVG'),
        A('BVG', 0, ORGANIZATION, 'BVG'),
        A('BVG', 1, ORGANIZATION, 'BVG'),
        A('IGEB', 0, ORGANIZATION, 'IGEB'),
        A('Jens Wieseke', 0, PERSON, 'Jens Wieseke'),
        A('BVG', 2, ORGANIZATION, 'BVG'),
    ],
    'wikinews-train-56965': [
        # not marked: "Ein Gericht im US-Bundesstaat Virginia" (indefinite; later "das Gericht" is), "Virginia"/"USA"/"München" (places), "Die Behörden" (plural)
        A('John Demjanjuk', 0, PERSON, 'John Demjanjuk'),
        A('John Demjanjuk', 1, PERSON, 'John Demjanjuk'),
        A('Demjanjuk', 2, PERSON, 'John Demjanjuk'),
        A('Gericht', 1, ORGANIZATION, 'Gericht in Virginia'),
        A('Demjanjuks', 0, PERSON, 'John Demjanjuk'),
        A('Sohn', 0, PERSON, 'John Demjanjuk Jr.'),  # genitive-name + description split like "Sprecher des Weißen Hauses"
        A('Deutschland', 0, STATE, 'Deutschland'),
        A('Beate Merk', 0, PERSON, 'Beate Merk'),
        A('Anton Geiser', 0, PERSON, 'Anton Geiser'),
        A('US-Justizminisrerium', 0, ORGANIZATION, 'US-Justizministerium'),  # compound description of one actor (like "US-Regierung"); typo kept
    ],
    'wikinews-train-60146': [
        A('Benet Akademie', 0, ORGANIZATION, 'Benet Academy'),  # school as institution of its students (cf. "auf der Syracuse University")
        A('Fakultät', 0, ORGANIZATION, 'Fakultät der Benet Academy'),  # faculty (teaching staff) of a named body, like "Vorstand"
    ],
    'wikinews-train-63385': [
        # not marked: "Alaska" in "Flugzeugabsturz in Alaska" (place), "als Senator"/"als Soldat" (role), "Rettungskräfte", "Vertraute" (plural)
        A('Ted Stevens', 0, PERSON, 'Ted Stevens'),
        A('Alaska', 1, STATE, 'Alaska'),  # the state represented in the Senate, not a place
        A('Senat', 0, ORGANIZATION, 'US-Senat'),
        A('NASA', 0, ORGANIZATION, 'NASA'),
        A('Sean O’Keefe', 0, PERSON, 'Sean O’Keefe'),
        A('EADS Nordamerika', 0, ORGANIZATION, 'EADS North America'),  # "dem aktuellen CEO von EADS Nordamerika" is an apposition to O’Keefe: description not marked
        A('Sohn', 0, PERSON, 'Sohn von Sean O’Keefe'),
        A('O’Keefe', 1, PERSON, 'Sean O’Keefe'),
        A('Sohn', 1, PERSON, 'Sohn von Sean O’Keefe'),
        A('Pilot', 0, PERSON, 'Pilot der anderen Maschine'),  # relative-possessive "deren Pilot" counted like "Dessen Ehefrau"
        A('Stevens', 1, PERSON, 'Ted Stevens'),
        A('O’Keefe', 2, PERSON, 'Sean O’Keefe'),
        A('Pilot', 1, PERSON, 'Pilot des Unglücksflugzeugs'),
        A('Ted Stevens', 1, PERSON, 'Ted Stevens'),
        A('Republikanischen Partei', 0, ORGANIZATION, 'Republikanische Partei'),
        A('Barack Obama', 0, PERSON, 'Barack Obama'),
        A('Alaska', 2, STATE, 'Alaska'),  # state's genitive (cf. 'Lage Deutschlands')
        A('Stevens', 3, PERSON, 'Ted Stevens'),
        A('Senat', 2, ORGANIZATION, 'US-Senat'),
        A('Frau', 0, PERSON, 'Ehefrau von Ted Stevens'),
        A('Sean O’Keefe', 1, PERSON, 'Sean O’Keefe'),
        A('Stevens', 4, PERSON, 'Ted Stevens'),
        A('Uncle Ted', 0, PERSON, 'Ted Stevens'),  # nickname used referentially as subject (like "aus dem Umfeld von „Zar Kiro“"), quotes excluded
        A('Senator', 1, PERSON, 'Ted Stevens'),
        A('Senat', 4, ORGANIZATION, 'US-Senat'),
        A('Staat', 0, STATE, 'Alaska'),
    ],
    'wikinews-train-65500': [
        A('Parteiparlaments', 0, ORGANIZATION, 'Nationalrat des PCF'),  # party organ (like "Vorstand"), split from the genitive party name, quotes excluded
        A('Französischen Kommunistischen Partei', 0, ORGANIZATION, 'PCF'),
        A('PCF', 0, ORGANIZATION, 'PCF'),
        A('Wikinews', 0, ORGANIZATION, 'Wikinews'),
        A('Partei', 2, ORGANIZATION, 'PCF'),
        A('Linkspartei', 0, ORGANIZATION, 'Parti de Gauche'),
        A('Parti de Gauche', 0, ORGANIZATION, 'Parti de Gauche'),
        A('Jean-Luc Mélenchon', 0, PERSON, 'Jean-Luc Mélenchon'),
        A('Linksfront', 0, ORGANIZATION, 'Front de Gauche'),
        A('Front de Gauche', 0, ORGANIZATION, 'Front de Gauche'),
        A('Parteivorstands', 0, ORGANIZATION, 'Parteivorstand des PCF'),
        A('Mélenchons', 0, PERSON, 'Jean-Luc Mélenchon'),
        A('PCF', 1, ORGANIZATION, 'PCF'),
        A('Marie-George Buffet', 0, PERSON, 'Marie-George Buffet'),
        A('Partei', 6, ORGANIZATION, 'PCF'),
        A('Mélenchon', 2, PERSON, 'Jean-Luc Mélenchon'),
        A('Front de Gauche', 1, ORGANIZATION, 'Front de Gauche'),  # "des gemeinsamen Kandidaten" / "der Kandidat": not-yet-determined candidate, not marked
        A('PCF', 2, ORGANIZATION, 'PCF'),
        A('Partei', 7, ORGANIZATION, 'PCF'),
        A('PCF', 3, ORGANIZATION, 'PCF'),
        A('Parti de Gauche', 1, ORGANIZATION, 'Parti de Gauche'),
        A('deutschen Linkspartei', 0, ORGANIZATION, 'Die Linke'),  # adjective kept as in "deutschen Bundestag" (train-9019)
        A('Partei', 8, ORGANIZATION, 'Parti de Gauche'),
        A('Parti Socialiste', 0, ORGANIZATION, 'Parti Socialiste'),
        A('PS', 0, ORGANIZATION, 'Parti Socialiste'),
        A('Mélenchon', 4, PERSON, 'Jean-Luc Mélenchon'),
        A('PCF', 4, ORGANIZATION, 'PCF'),
        A('Parti de Gauche', 2, ORGANIZATION, 'Parti de Gauche'),
        A('Mélenchons', 1, PERSON, 'Jean-Luc Mélenchon'),
        A('PCF', 5, ORGANIZATION, 'PCF'),
    ],
    'wikinews-train-68853': [
        # "Eine 20-jährige türkische Schülerin", "ein türkischer 24-jähriger Student", "einer Polizeistreife": indefinite, not marked
        A('20-jährige Schülerin', 0, PERSON, 'Schülerin (Täterin)'),
        A('Studenten', 0, PERSON, 'Student (Opfer)'),
        A('Schülerin', 2, PERSON, 'Schülerin (Täterin)'),
        A('Ex-Freund', 0, PERSON, 'Student (Opfer)'),
        A('Mann', 0, PERSON, 'Student (Opfer)'),
        A('Opfer', 0, PERSON, 'Student (Opfer)'),
        A('Täterin', 0, PERSON, 'Schülerin (Täterin)'),
        A('Ex-Freund', 1, PERSON, 'Student (Opfer)'),
        A('Münchner Mordkommission', 0, ORGANIZATION, 'Mordkommission München'),
        A('Ermittlungsrichter', 0, PERSON, 'Ermittlungsrichter'),
        A('Richter', 0, PERSON, 'Ermittlungsrichter'),
        A('Opfers', 0, PERSON, 'Student (Opfer)'),
        A('Türkin', 0, PERSON, 'Schülerin (Täterin)'),  # definite demonym noun for one person, like "19-jährigen Slawen" in train25
    ],
    'wikinews-train-71448': [
        # "Cooper" is a weather system; "aus den Ländern Ukraine, Polen, ..." and "in Rumänien" are places; "Die Regierungen" plural
        A('Zoran Vakula', 0, PERSON, 'Zoran Vakula'),
    ],
    'wikinews-train-73775': [
        # "im indischen Bundesland Orissa", "Hiroshima" places; "BrahMos" a missile; "russischen und indischen Unternehmen" plural
        A('indischen Regierung', 0, STATE, 'Indien'),
        A('Indien', 0, STATE, 'Indien'),
        A('Indien', 1, STATE, 'Indien'),
    ],
    'wikinews-train-77153': [
        A('Stanislaw Tillich', 0, PERSON, 'Stanislaw Tillich'),
        A('CDU', 0, ORGANIZATION, 'CDU'),
        A('Grünen', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('AfD', 0, ORGANIZATION, 'AfD'),
        # "Nach Hessen" = after Hessen (the first Land with such a coalition), not a direction: polity, not place
        A('Hessen', 0, STATE, 'Hessen'),
        A('Sachsens', 0, STATE, 'Sachsen'),
        # "In Sachsen" place; the governing coalition is a definite description: premodifiers kept, article dropped
        A('Koalition', 2, ORGANIZATION, 'Koalition aus CDU und FDP in Sachsen'),
        A('FDP', 0, ORGANIZATION, 'FDP'),
        A('CDU', 1, ORGANIZATION, 'CDU'),
        A('Koalition', 3, ORGANIZATION, 'Koalition aus CDU und FDP in Sachsen'),
        A('FDP', 1, ORGANIZATION, 'FDP'),
        # "die Liberalen" / "den Sozialdemokraten": plural-form names of one party (like "die Bayern"), not plural groups
        A('Liberalen', 0, ORGANIZATION, 'FDP'),
        A('Opposition', 0, ORGANIZATION, 'Opposition im Sächsischen Landtag'),
        A('SPD', 0, ORGANIZATION, 'SPD'),
        A('LINKEN', 0, ORGANIZATION, 'Die Linke'),
        A('Sozialdemokraten', 0, ORGANIZATION, 'SPD'),
        A('CDU', 2, ORGANIZATION, 'CDU'),
        A('Antje Hermenau', 0, PERSON, 'Antje Hermenau'),
        A('Tillich', 1, PERSON, 'Stanislaw Tillich'),
        A('Freistaats Sachsen', 0, STATE, 'Sachsen'),  # official name kept whole, like "Freien und Hansestadt Hamburg"
        A('Koalition', 5, ORGANIZATION, 'Koalition aus CDU und FDP in Sachsen'),
        A('CDU', 3, ORGANIZATION, 'CDU'),
        A('FDP', 2, ORGANIZATION, 'FDP'),
    ],
    'wikinews-train-80813': [
        # "in Europa", "in Deutschland" places; Juden, Araber, Muslime generic groups; "einer Berliner Schule" indefinite
        A('Josef Schuster', 0, PERSON, 'Josef Schuster'),
        A('Zentralrat der Juden in Deutschland', 0, ORGANIZATION, 'Zentralrat der Juden in Deutschland'),
    ],
    'wikinews-train-82556': [
        A('Kaiserslauterer Feuerwehr', 0, ORGANIZATION, 'Feuerwehr Kaiserslautern'),
        # "die Floriansjünger": plural, not marked
        A('Feuerwehr', 1, ORGANIZATION, 'Feuerwehr Kaiserslautern'),
        A('TU Kaiserslautern', 0, ORGANIZATION, 'TU Kaiserslautern'),  # named institution as owner of the grounds: institutions are not places
        A('Kriminalpolizei', 0, ORGANIZATION, 'Kriminalpolizei Kaiserslautern'),
        A('Berufsfeuerwehr Kaiserslautern', 0, ORGANIZATION, 'Berufsfeuerwehr Kaiserslautern'),
        A('Freiwilligen Feuerwehr Kaiserslautern', 0, ORGANIZATION, 'Freiwillige Feuerwehr Kaiserslautern'),
        A('Freiwilligen Feuerwehr Mölschbach', 0, ORGANIZATION, 'Freiwillige Feuerwehr Mölschbach'),
    ],
}


def build() -> str:
    return wikinews_gold.build("train", DOCS, LABELS, EVERY, COUNT, START)


def main(argv: list[str]) -> int:
    return wikinews_gold.main(argv, OUT, build(), Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
