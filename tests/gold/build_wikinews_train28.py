"""Build tests/gold/wikinews_train28.jsonl: hand-annotated ACTOR gold on 26 more WikiNews train articles.

The fourth development set of the ACTOR rules (curation/preannotate/actors.py), beside
wikinews_train25.jsonl, wikinews_train26.jsonl and wikinews_train27.jsonl: annotated before the rules were
ever run on these articles, it first measured the rules on articles they had not been developed on (as
the unseen dev20 check does, without using dev20 up); after that, rules may be analysed and tuned on it, so its figures are no unseen check. The articles
were annotated by reading each text, per ../shared/SCHEME.md and GUIDELINES.md, before running the
pre-annotator on them or looking at its output, by four annotators working to the conventions below.
The gold covers ACTOR only: every record carries "labels": ["ACTOR"].

Selection (deterministic): the articles of ../shared/wikinews-quotes/train.jsonl sorted by the numeric id
that starts their documentName, those whose originalText has 800 to 4,000 characters (498 of 700), then
every 19th of these starting with the fifth (so none of wikinews_train25's, wikinews_train26's or
wikinews_train27's, which start with the first, the tenth and the fifteenth), all 26 of them. Text = originalText unchanged; doc_id =
"wikinews-train-<id>". Spans use the Ann format of build_seeds_gold.py (the n-th, 0-based, occurrence of
the exact surface string, found with str.find); offsets are computed and every slice asserted.

    .venv/bin/python tests/gold/build_wikinews_train28.py          # (re)write tests/gold/wikinews_train28.jsonl
    .venv/bin/python tests/gold/build_wikinews_train28.py --check  # exit 1 if the file is out of date

Conventions: exactly those of build_wikinews_dev20.py and build_wikinews_train25.py to
build_wikinews_train27.py. Cases these articles raised, decided in the same spirit (each marked where it
occurs):
- A government named with its head ("Die Regierung von Ali Larajedh", "die Regierung Bush") is the state,
  split from the person; "Regierung Balkenende" written as one name stays one span; a city that acts
  (awards a prize, is a club: "Köln ist einer der Absteiger") is marked, as the club where it is one.
- A name given as a name ("in Adidas AG umbenannt", "das sich selbst „AIE“ nennt") is not a mention; a
  fictional role or nickname in a title is not an actor; a nickname used for a person is ("Poldi").
- Police or the press "in general" ("staatlichen Organen wie der Polizei", "die Presse") are not marked;
  a building named after its institution is a place ("Die Polizeiinspektion … war Hitlers Wohnhaus").
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wikinews_gold  # noqa: E402
from build_seeds_gold import ORGANIZATION, PERSON, STATE, A, Ann  # noqa: E402

OUT = HERE / "wikinews_train28.jsonl"
LABELS = ["ACTOR"]  # the labels this gold covers
START, EVERY, COUNT = 4, 19, 26  # the selection of wikinews_gold.select


# doc_id -> annotations, in text order.
DOCS: dict[str, list[Ann]] = {
    'wikinews-train-1265': [
        A('New York Times', 0, ORGANIZATION, 'The New York Times'),
        # "der Direktor der Internationalen Atomenergie-Organisation (IAEO), Mohammed el-Baradei": description named in the same phrase
        A('Internationalen Atomenergie-Organisation', 0, ORGANIZATION, 'IAEO'),
        A('IAEO', 0, ORGANIZATION, 'IAEO'),
        A('Mohammed el-Baradei', 0, PERSON, 'Mohammed el-Baradei'),
        A('Nordkorea', 0, STATE, 'Nordkorea'),
        A('IAEO', 1, ORGANIZATION, 'IAEO'),
        A('Nordkorea', 1, STATE, 'Nordkorea'),
        # "im Land" place; "das Regime in Pjöngjang": the regime is a definite description of the state, "in Pjöngjang" its seat (place); "des Landes verwiesen": territory
        A('Regime', 0, STATE, 'Nordkorea'),
        A('el-Baradei', 1, PERSON, 'Mohammed el-Baradei'),
        # "der US-amerikanischen Geheimdienste", "diesen Organisationen" plural
        A('El-Baradeis', 0, PERSON, 'Mohammed el-Baradei'),
        # "die Regierung Bush": government + name split like "Sprecher des Weißen Hauses" (the government is not Bush)
        A('Regierung', 0, STATE, 'USA'),
        A('Bush', 0, PERSON, 'George W. Bush'),
        A('Nordkorea', 2, STATE, 'Nordkorea'),
        A('Bush', 1, PERSON, 'George W. Bush'),
        A('el-Baradeis', 0, PERSON, 'Mohammed el-Baradei'),
        # "seitens der Medien" generic
    ],
    'wikinews-train-4430': [
        # "im Irak" places
        A('irakische Parlament', 0, ORGANIZATION, 'Nationalversammlung des Irak'),
        A('Hajim al-Hassani', 0, PERSON, 'Hajim al-Hassani'),
        A('Al-Hassani', 0, PERSON, 'Hajim al-Hassani'),  # "zum neuen Parlamentspräsidenten" predicative; "ein sunnitischer Araber" indefinite
        A('Islamischen Partei', 0, ORGANIZATION, 'Irakische Islamische Partei'),  # "aus der ... Partei ausgeschlossen": a body, not a place
        A('Partei', 1, ORGANIZATION, 'Irakische Islamische Partei'),  # "seiner Partei": possessive description
        # "aus der Übergangsregierung von Ministerpräsident Ijad Allawi": the government left as a body (like "aus dem Kabinett"),
        # split from the "von" name like "Sprecher des Weißen Hauses"; "Regierung" is STATE per the guidelines
        A('Übergangsregierung', 0, STATE, 'Irak'),
        A('Ijad Allawi', 0, PERSON, 'Ijad Allawi'),
        A('Al-Hassani', 1, PERSON, 'Hajim al-Hassani'),
        # "Erster/zweiter Stellvertreter wurde ...": predicative office, names only
        A('Husain asch-Schahristani', 0, PERSON, 'Hussain al-Schahristani'),
        A('Arif Tajfur', 0, PERSON, 'Arif Tajfur'),
        A('Kurdischen Demokratischen Partei', 0, ORGANIZATION, 'KDP'),
        # "mehrere Sunniten", "viele Sunniten" plural/generic; "die Ernennung zum/Abstimmung über den Parlamentspräsidenten": the office before it is filled
        A('Ghazi al-Yawar', 0, PERSON, 'Ghazi al-Yawar'),
        A('Al-Hassani', 2, PERSON, 'Hajim al-Hassani'),
        A('Nationalversammlung', 0, ORGANIZATION, 'Nationalversammlung des Irak'),  # "Parlamentarieren in der Nationalversammlung": institution, not a place
    ],
    'wikinews-train-5954': [
        # "auf der Bremerhavener Lloyd Werft gebaute": the named shipyard company that built the ship (institution, not a place); adjective "Bremerhavener" dropped as descriptive
        A('Lloyd Werft', 0, ORGANIZATION, 'Lloyd Werft'),
        # "Pride of America": a ship, not an actor
        A('Norwegian Cruise Line', 0, ORGANIZATION, 'Norwegian Cruise Line'),  # "die Reederei Norwegian Cruise Line": classifier dropped
        A('NCL', 0, ORGANIZATION, 'Norwegian Cruise Line'),
        # "eines Werft-Sprechers": indefinite, compound; "in den USA", "in New York" places; "der Banken" plural
        A('Werft', 2, ORGANIZATION, 'Lloyd Werft'),  # "musste die Werft Insolvenz anmelden"
    ],
    'wikinews-train-9837': [
        # "Die Reebok-Aktionäre", "Reebok-Aktie", "Adidas-Vorstand" compounds; "die Kartellbehörden", "die Aktionäre", "Die Analysten" plural; "in den Vereinigten Staaten" place
        A('Adidas-Salomon', 0, ORGANIZATION, 'Adidas'),  # "der deutsche Sportartikelhersteller": classifier dropped
        A('Reebok', 0, ORGANIZATION, 'Reebok'),  # "den US-Konkurrenten": classifier dropped
        # "Europas größter Hersteller von Sportartikeln" = Adidas: prenominal genitive (continent, not an actor) dropped like a possessive, head with its premodifier, postmodifier left out like "Verursacher des Unfalls"
        A('größter Hersteller', 0, ORGANIZATION, 'Adidas'),
        A('Nike', 0, ORGANIZATION, 'Nike'),  # "Marktführer Nike": classifier dropped
        A('Erich Stamminger', 0, PERSON, 'Erich Stamminger'),
        A('Salomon', 1, ORGANIZATION, 'Salomon'),  # "die Wintersportsparte Salomon" sold: unit of a group as the company (like "Die Marke Porsche")
        A('Amer Sport', 0, ORGANIZATION, 'Amer Sports'),  # "die finnische Amer Sport": demonym adjective dropped, name only
        A('Unternehmen', 0, ORGANIZATION, 'Adidas'),
        # "in Adidas AG umbenannt": a name mentioned as a name, not marked
        A('Adidas-Salomon', 1, ORGANIZATION, 'Adidas'),
    ],
    'wikinews-train-13194': [
        # "im Irak", Hilla, Bagdad, Balad places; "Schiiten", "Die sunnitische Minderheit" generic groups; "Die Krankenhäuser" plural
        A('Saddams', 0, PERSON, 'Saddam Hussein'),
        # "die Befehlshaber" plural; "US-Streitkräfte": compound that is a definite description of one institution (armed forces ORG, like "US-Regierung"); "US-Truppen" troops, not an actor
        A('US-Streitkräfte', 0, ORGANIZATION, 'US-Streitkräfte'),
        A('irakische Armee', 0, ORGANIZATION, 'Irakische Armee'),
        A('Polizei', 0, ORGANIZATION, 'Irakische Polizei'),  # "die irakische Armee und Polizei": the Iraqi police, adjective shared by coordination
    ],
    'wikinews-train-17843': [
        A('Fred Delmare', 0, PERSON, 'Fred Delmare'),
        # „Opa Friedrich“ (a fictional role), "ARD-Fernsehserie" (compound), quoted series/film titles: not marked
        A('Bild', 0, ORGANIZATION, 'Bild'),  # "die „Bild“-Zeitung berichtete": the paper acting; name without quotation marks and without the classifier "-Zeitung"
        A('Fred Delmare', 1, PERSON, 'Fred Delmare'),
        # "dem Anwalt seiner Familie – Rainer Wittner –": description named in the same phrase; the family not an actor
        A('Rainer Wittner', 0, PERSON, 'Rainer Wittner'),
        A('Delmare', 2, PERSON, 'Fred Delmare'),
        # "in der Leipziger Universitätsklinik": hospital as the place of the examinations, not marked
        A('Delmare', 3, PERSON, 'Fred Delmare'),
        # "DEFA-Produktionen" compound
        A('83-jährige', 0, PERSON, 'Fred Delmare'),  # "der 83-jährige": definite description of one person, like "47-Jährige"
        A('Delmare', 4, PERSON, 'Fred Delmare'),  # "eine Reha-Klinik" indefinite place
        A('Wittner', 1, PERSON, 'Rainer Wittner'),
        # "die Ärzte" plural
        A('Delmares', 0, PERSON, 'Fred Delmare'),
        A('Frau', 0, PERSON, 'Ehefrau von Fred Delmare'),  # "Delmares Frau": possessive description
        A('Mann', 0, PERSON, 'Fred Delmare'),  # "ihren Mann": possessive, like "ihrem Mann" (train27)
        A('Delmare', 6, PERSON, 'Fred Delmare'),
        # "seinen Kollegen" plural
    ],
    'wikinews-train-21319': [
        A('Benedikts', 0, PERSON, 'Benedikt XVI.'),  # "Papst Benedikts": title dropped
        A('Radio Vatikan', 0, ORGANIZATION, 'Radio Vatikan'),  # "der vatikaneigene Radiosender, Radio Vatikan": description named in the same phrase
        A('amazon.de', 0, ORGANIZATION, 'Amazon'),  # "In der Internetbuchhandlung amazon.de": the online shop is a company (its ranking), not a place; classifier dropped
        # "die Presse": the press in general, not one actor (like "Staatsmedien")
        A('Josef Alois Ratzinger', 0, PERSON, 'Benedikt XVI.'),
        # „Pitbull des Vatikans“: quoted nickname, its "Vatikans" not marked (like names inside quoted titles, „der Buhmann der Nation“);
        # "seinem Papstamt" an office; "im ... Deutschland", "in Russland" places
        A('orthodoxe Kirche', 0, ORGANIZATION, 'Russisch-Orthodoxe Kirche'),  # definite description of one body, adjective kept
        A('Vatikan', 2, STATE, 'Heiliger Stuhl'),  # "dem Vatikan gegenübersteht": the Holy See's government by its seat, like "Washington"
    ],
    'wikinews-train-24911': [
        A('neuen kanadischen Abgeordnetenhauses', 0, ORGANIZATION, 'Unterhaus (Kanada)'),  # definite description of one institution, premodifiers kept, article dropped
        # "der Ministerpräsident Kanadas, Stephen Harper": description named in the same phrase; the state's genitive is its own ACTOR (like "Verteidigungsminister Österreichs")
        A('Kanadas', 0, STATE, 'Kanada'),
        A('Stephen Harper', 0, PERSON, 'Stephen Harper'),
        A('Konservative Partei Kanadas', 0, ORGANIZATION, 'Konservative Partei Kanadas'),  # official name kept whole, its "Kanadas" not marked separately
        # "Die größte Oppositionspartei ist die Liberale Partei Kanadas": predicative description named in the same clause, only the name
        A('Liberale Partei Kanadas', 0, ORGANIZATION, 'Liberale Partei Kanadas'),
        A('neue Regierung', 0, STATE, 'Kanada'),  # definite description of the government, premodifier kept
        A('Bloc Québécois', 0, ORGANIZATION, 'Bloc Québécois'),
        A('Neuen Demokratische Partei Kanadas', 0, ORGANIZATION, 'Neue Demokratische Partei'),  # typo kept
        # "des Staatsoberhaupts Königin Elizabeth II.": description named in the same phrase, title dropped, ordinal dot kept
        A('Elizabeth II.', 0, PERSON, 'Elizabeth II.'),
        A('Michaëlle Jean', 0, PERSON, 'Michaëlle Jean'),  # "Generalgouverneurin" title dropped
        A('Harper', 1, PERSON, 'Stephen Harper'),
        A('Regierung', 2, STATE, 'Kanada'),  # "Korruption in der Regierung": the (Canadian) government as institution, not a place
        # "einer Minderheitenregierung", "einem Minderheitenparlament" indefinite
        A('Parlament', 0, ORGANIZATION, 'Parlament von Kanada'),
        # "Die Oppositionsparteien" plural
        A('Haus', 1, ORGANIZATION, 'Unterhaus (Kanada)'),  # "dieses Haus" in the quote: demonstrative description of the House of Commons (occurrence 0 is inside "Haushalt")
        A('Bill Graham', 0, PERSON, 'Bill Graham'),
        A('Liberalen', 0, ORGANIZATION, 'Liberale Partei Kanadas'),  # "Parteichef der Liberalen": description named, the party by its members' name marked
    ],
    'wikinews-train-28063': [
        A('1. FC Köln', 0, ORGANIZATION, '1. FC Köln'),
        A('FC Bayern München', 0, ORGANIZATION, 'FC Bayern München'),
        A('Lukas Podolski', 0, PERSON, 'Lukas Podolski'),  # "des Nationalspielers Lukas Podolski": name only
        A('Podolski', 1, PERSON, 'Lukas Podolski'),
        A('FC Bayern München', 1, ORGANIZATION, 'FC Bayern München'),  # "wechselt zum FC Bayern München": the club, an institution, not a place
        # "in München auflaufen" place
        A('Köln', 1, ORGANIZATION, '1. FC Köln'),  # "Köln ist einer der ... Absteiger": the city name for the club; "Zweite Bundesliga" a competition
        A('DFB', 0, ORGANIZATION, 'DFB'),  # "in Frankfurt" place
        A('Podolski', 2, PERSON, 'Lukas Podolski'),
        A('Kölns', 0, ORGANIZATION, '1. FC Köln'),  # "Kölns Präsident Wolfgang Overath": the club's genitive marked, like "Nordkoreas Machthaber Kim Jong Un"
        A('Wolfgang Overath', 0, PERSON, 'Wolfgang Overath'),
        A('Poldi', 0, PERSON, 'Lukas Podolski'),  # nickname used referentially
        A('Bayern München', 2, ORGANIZATION, 'FC Bayern München'),  # "bei Bayern München": the club, not a place
    ],
    'wikinews-train-33446': [
        # "aus Somalia", "in den Niederlanden", "in Kassel", "in den USA" places; "Kulturkreis Afrikas" continent;
        # "fundamentalistischer Islamisten", "Radikalen", "die radikalen Muslime", "Politiker" generic; "dem Islam" a religion;
        # "dass Europa auf den Dialog setzt" (in Ali's quote): continent, not an actor (as in train27-23333);
        # "vor der Versammlung": an audience, not an actor; „Glas der Vernunft“ a prize
        A('Ayaan Hirsi Ali', 0, PERSON, 'Ayaan Hirsi Ali'),  # "ehemalige niederländische Politikerin": description named, name only
        A('Alice Schwarzer', 0, PERSON, 'Alice Schwarzer'),
        A('Alis', 0, PERSON, 'Ayaan Hirsi Ali'),
        A('Ali', 3, PERSON, 'Ayaan Hirsi Ali'),
        A('Theo van Gogh', 0, PERSON, 'Theo van Gogh'),
        A('Ali', 4, PERSON, 'Ayaan Hirsi Ali'),
        A('Ali', 5, PERSON, 'Ayaan Hirsi Ali'),
        # "der Regierung Balkenende": common noun + name as one unit, kept whole like "Staatsanwaltschaft Schwerin"
        # (the non-compound form of "Balkenende-Regierung"); the cabinet = the Dutch government, STATE
        A('Regierung Balkenende', 0, STATE, 'Niederlande'),
        A('Hirsi Ali', 1, PERSON, 'Ayaan Hirsi Ali'),
        A('American Enterprise Institute', 0, ORGANIZATION, 'American Enterprise Institute'),  # "lehrt ... an dem": institution, not place; quotation marks dropped
        # "des Preises der Stadt Kassel": the city as the awarding polity (classifier "Stadt" dropped like "Land Niedersachsen")
        A('Kassel', 1, STATE, 'Kassel'),
    ],
    'wikinews-train-36593': [
        A('CNES', 0, ORGANIZATION, 'CNES'),  # "der französischen Weltraumagentur CNES": classifier dropped
        # "Sojus-2.1b/Fregat", "COROT", "PROTEUS-Plattform": products; "kasachischen Kosmodrom in Baiqongyr": a facility as place
        A('Alcatel Alenia Space', 0, ORGANIZATION, 'Alcatel Alenia Space'),  # "der Firma ...": classifier dropped
        # "internationale Forscher" generic
        A('Deutsche Zentrum für Luft- und Raumfahrt', 0, ORGANIZATION, 'DLR'),
        A('DLR', 0, ORGANIZATION, 'DLR'),
        # "Weitere deutsche Partner sind die ...": plural description named, the names marked
        A('Universität Köln', 0, ORGANIZATION, 'Universität zu Köln'),
        A('Thüringer Landessternwarte', 0, ORGANIZATION, 'Thüringer Landessternwarte Tautenburg'),
        A('ESA', 0, ORGANIZATION, 'ESA'),
        # "die Staaten Belgien, Brasilien und Spanien sind beteiligt": plural description named, each state an acting participant
        A('Belgien', 0, STATE, 'Belgien'),
        A('Brasilien', 0, STATE, 'Brasilien'),
        A('Spanien', 0, STATE, 'Spanien'),
    ],
    'wikinews-train-40419': [
        # "Die Veranstalter" (3x), "die Demonstranten", "mehr als 20 Organisationen und Gruppen", "Hochschul- und
        # Menschenrechtsvereinigungen", "den Ermittlungsbehörden" plural; "Polizeiangaben" compound; "Frankfurter
        # Hauptbahnhof", "Paulskirche" places; "unter der Führung des ...": leadership as a role, not a body ("Führung" not marked)
        A('Arbeitskreises Vorratsdatenspeicherung', 0, ORGANIZATION, 'Arbeitskreis Vorratsdatenspeicherung'),  # name whose first word is a common noun, kept whole
        A('Chaos Computer Club', 0, ORGANIZATION, 'CCC'),
        A('CCC', 0, ORGANIZATION, 'CCC'),
        A('Grüne Jugend', 0, ORGANIZATION, 'Grüne Jugend'),
        A('Bundesvorstand', 0, ORGANIZATION, 'Bundesvorstand von Bündnis 90/Die Grünen'),  # organ of a named body, split from the genitive party
        A('Grünen', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('Piratenpartei Deutschland', 0, ORGANIZATION, 'Piratenpartei Deutschland'),  # official name kept whole
        A('Linke', 0, ORGANIZATION, 'Die Linke'),  # "Die Linke": article dropped as in train27-63989
        A('Wolfgang Schäuble', 0, PERSON, 'Wolfgang Schäuble'),  # "Bundesinnenminister" title dropped
    ],
    'wikinews-train-44966': [
        # "New York" place; "die Händler", "Analysten" plural; "West Texas Intermediate" (WTI) a product; "Dollar" a currency
        A('Irak', 0, STATE, 'Irak'),  # "Lage zwischen dem Irak und der Türkei": the two states in a conflict, not places
        A('Türkei', 0, STATE, 'Türkei'),
    ],
    'wikinews-train-47722': [
        # not: "Ghadschar", "im Libanon", "auf libanesischen Staatsgebiet", "Marun ar-Ras" (places); "libanesischer Sicherheitskreise",
        # "israelischen Militärangaben" (demonyms, plural); "IDF-Fallschirmjäger", "UN-Waffenstillstandslinie", "Libanonkrieges" (compounds);
        # "einem libanesischen Militärsprecher", "eine Person" (indefinite); "den Behörden in beiden Staaten" (plural)
        A('Israel', 0, STATE, 'Israel'),  # "von Israel annektierten Golanhöhen": the state acting
        # "Schmuggel zwischen Israel und Libanon": the two territories between which goods are smuggled, places, not marked
        A('UNIFIL-Friedenstruppe', 0, ORGANIZATION, 'UNIFIL'),  # compound naming one mission (like "UN-Friedensmission" -> MONUC); "Soldaten" plural
    ],
    'wikinews-train-50016': [
        # "niedersächsischen Lehrer", "Lehrerverbände", "Lehrkräfte", "Lehrerschaft", "andere Verbände": plural/generic; "in Niedersachsen", "nach Hannover" places
        A('Elisabeth Heister-Neumann', 0, PERSON, 'Elisabeth Heister-Neumann'),  # "Die niedersächsische Kultusministerin ...": name only
        A('Ministerin', 0, PERSON, 'Elisabeth Heister-Neumann'),
        # name whose first word is a common noun kept whole (like "Gewerkschaft Nahrung-Genuss-Gaststätten"); here the Lower Saxony branch acting
        A('Gewerkschaft Erziehung und Wissenschaft', 0, ORGANIZATION, 'GEW Niedersachsen'),
        A('GEW Niedersachsen', 0, ORGANIZATION, 'GEW Niedersachsen'),  # branch name kept whole (like "GDL Nahverkehr Berlin")
        A('Eberhard Brandt', 0, PERSON, 'Eberhard Brandt'),  # "Ihr Vorsitzender Eberhard Brandt": description named in the same phrase
        A('GEW', 1, ORGANIZATION, 'GEW Niedersachsen'),  # inside the quote
        A('Gewerkschaft', 1, ORGANIZATION, 'GEW Niedersachsen'),
        A('Ministerin', 1, PERSON, 'Elisabeth Heister-Neumann'),
        A('Verbandes Deutscher Realschullehrer', 0, ORGANIZATION, 'VDR'),  # official name kept whole
        A('VDR', 0, ORGANIZATION, 'VDR'),
        A('Manfred Busch', 0, PERSON, 'Manfred Busch'),  # "VDR-Landesvorsitzende": compound title dropped
        A('niedersächsischen Landtages', 0, ORGANIZATION, 'Niedersächsischer Landtag'),  # adjective kept as in "deutschen Bundestag"; "in Hannover" place
        # "der Ministerpräsident des Landes Niedersachsen, Christian Wulff (CDU)": description named in the same phrase; classifier "Landes" dropped
        A('Niedersachsen', 2, STATE, 'Niedersachsen'),
        A('Christian Wulff', 0, PERSON, 'Christian Wulff'),
        A('CDU', 0, ORGANIZATION, 'CDU'),
        A('Ministerpräsident', 1, PERSON, 'Christian Wulff'),
    ],
    'wikinews-train-52330': [
        A('Joseph Biden', 0, PERSON, 'Joe Biden'),
        # "in Iowa" place
        A('Barack Obama', 0, PERSON, 'Barack Obama'),
        A('Senator', 0, PERSON, 'Joe Biden'),  # "Der Senator von Delaware": definite description without a name in the phrase
        A('Delaware', 0, STATE, 'Delaware'),  # the state the senator represents (like "für Alaska im Senat", train26), not a place
        A('Justizausschusses', 0, ORGANIZATION, 'Justizausschuss des US-Senats'),  # predicative "Vorsitzender" not marked; the committee is a body like "Untersuchungsausschuss"
        A('Senat', 1, ORGANIZATION, 'US-Senat'),  # "im Senat": institution, not a place (occurrence 0 is inside "Senator")
        # "Kritiker" plural
        A('Obama', 1, PERSON, 'Barack Obama'),
        A('Biden', 1, PERSON, 'Joe Biden'),
        A('Tim Kaine', 0, PERSON, 'Tim Kaine'),
        A('Evan Bayh', 0, PERSON, 'Evan Bayh'),
        A('Kathleen Sebelius', 0, PERSON, 'Kathleen Sebelius'),
        A('Bill Richardson', 0, PERSON, 'Bill Richardson'),
        A('Hillary Clinton', 0, PERSON, 'Hillary Clinton'),
        A('Obama', 2, PERSON, 'Barack Obama'),
        A('Running Mate', 0, PERSON, 'Joe Biden'),  # "sein „Running Mate“": possessive description of one person, quotation marks dropped (like „Trap“)
        # "in Springfield, Illinois" place
        A('John McCain', 0, PERSON, 'John McCain'),
        # "seinen Kandidaten für das Amt des Vizepräsidenten": not yet determined candidate and an office, not marked
        A('Obamas', 0, PERSON, 'Barack Obama'),
        A('Wahlkampfteam', 0, ORGANIZATION, 'Wahlkampfteam von Barack Obama'),  # possessive description of one body, like "Vereinsführung"
        A('McCain', 1, PERSON, 'John McCain'),
        # "von den Amerikanern" generic; "elitäre Kandidaten" plural
    ],
    'wikinews-train-55776': [
        # "Forscher der University of Toronto und des Florida Museum of Natural History": plural description not marked, the genitive institutions are
        A('University of Toronto', 0, ORGANIZATION, 'University of Toronto'),
        A('Florida Museum of Natural History', 0, ORGANIZATION, 'Florida Museum of Natural History'),  # research museum as institution, not a place
        A('Nature', 0, ORGANIZATION, 'Nature'),  # the journal as publisher, like newspapers
        # not: Titanoboa/Boinae/Anakonda (animals, taxa), "Cerrejón-Mine" (site), "im Nordosten Kolumbiens", "in Südamerika" (places)
    ],
    'wikinews-train-59510': [
        # "Landtagsabgeordneten" plural; "Stasi-Vergangenheit" compound; "einer Sabotagegruppe", "einem Konkurrenten",
        # "ein bekannter und noch aktiver Politiker" indefinite; "Mitglieder" plural; "zum Vorsitzenden der SPD-Fraktion":
        # office he was to be elected to, not a holder
        A('kleinsten Bundeslandes', 0, STATE, 'Bremen'),  # "der Landtagsabgeordneten des kleinsten Bundeslandes": genitive of the governed polity (cf. "Landtag des ... Bundeslandes Nordrhein-Westfalen"), adjective kept like "rohstoffreichen Landes"
        A('Jürgen Pohlmann', 0, PERSON, 'Jürgen Pohlmann'),  # "Der SPD-Abgeordnete": compound title dropped
        # "Sprecher der Deputation für Bau und Verkehr": apposition named (Pohlmann), only the genitive body (like "IG Bau")
        A('Deputation für Bau und Verkehr', 0, ORGANIZATION, 'Deputation für Bau und Verkehr'),
        A('DDR-Regierung', 0, STATE, 'DDR'),  # compound definite description of one actor, like "US-Regierung"
        A('Birthler-Behörde', 0, ORGANIZATION, 'BStU'),  # compound description of one actor; "aus der": institution as source, not a place
        A('Sabotagegruppe', 1, ORGANIZATION, 'Sabotagegruppe der DKP'),  # "bei der Sabotagegruppe": definite description of the one specific group (first mention indefinite, not marked)
        A('DKP', 0, ORGANIZATION, 'DKP'),
        A('Radio Bremen', 0, ORGANIZATION, 'Radio Bremen'),
        A('Pohlmann', 1, PERSON, 'Jürgen Pohlmann'),
        A('DKP', 1, ORGANIZATION, 'DKP'),
        A('Jürgen Pohlmann', 1, PERSON, 'Jürgen Pohlmann'),
        A('SPD-Landesvorstand', 0, ORGANIZATION, 'SPD-Landesvorstand Bremen'),  # compound description of one body, like "SPD-Fraktion"
        A('Bremischen Bürgerschaft', 0, ORGANIZATION, 'Bremische Bürgerschaft'),
        A('Aufsichtsrat', 0, ORGANIZATION, 'Aufsichtsrat der Weserstadion GmbH'),  # organ of a named company, like "Vorstand" / train27 "Aufsichtsrat"
        A('Weserstadion GmbH', 0, ORGANIZATION, 'Weserstadion GmbH'),
        A('SPD-Fraktion', 0, ORGANIZATION, 'SPD-Fraktion in der Bremischen Bürgerschaft'),
        A('Bremischen Bürgerschaft', 1, ORGANIZATION, 'Bremische Bürgerschaft'),  # "in der": institution, not place
        A('DDR', 1, STATE, 'DDR'),  # "Aufarbeitungsgeschichte von DDR und Stasi": the state and agency whose past is examined
        A('Stasi', 1, ORGANIZATION, 'Stasi'),
        A('Staatsanwaltschaft Bremen', 0, ORGANIZATION, 'Staatsanwaltschaft Bremen'),
    ],
    'wikinews-train-61683': [
        # "Bali", "Pamulang", "Jakarta", "Java" places; "Südostasiens" a region; "australische Touristen" demonym/plural
        A('Dulmatin', 0, PERSON, 'Dulmatin'),
        A('Indonesiens', 0, STATE, 'Indonesien'),  # "einer Anti-Terroreinheit Indonesiens": indefinite unit not marked, the genitive state is (like "Ein Beamter der Nationalpolizei")
        A('Indonesiens', 1, STATE, 'Indonesien'),  # "der Präsident Indonesiens, Susilo Bambang Yudhoyono": like "der Verteidigungsminister Österreichs"
        A('Susilo Bambang Yudhoyono', 0, PERSON, 'Susilo Bambang Yudhoyono'),
        A('Dulmatin', 1, PERSON, 'Dulmatin'),  # "der meistgesuchte Terrorist Südostasiens": predicative, not marked
        A('Dulmatin', 2, PERSON, 'Dulmatin'),
        A('Dulmatin', 3, PERSON, 'Dulmatin'),
        A('Dulmatin', 4, PERSON, 'Dulmatin'),
        A('Führungszirkel', 0, ORGANIZATION, 'Führungszirkel der Jemaah Islamiyah'),  # leadership organ of a named body, like "Führung", "Vorstand"
        A('Jemaah Islamiyah', 0, ORGANIZATION, 'Jemaah Islamiyah'),  # classifier "islamistischen Terrororganisation" dropped
        A('JI', 0, ORGANIZATION, 'Jemaah Islamiyah'),
        A('Organisation', 0, ORGANIZATION, 'Jemaah Islamiyah'),
        A('al-Qaida', 0, ORGANIZATION, 'al-Qaida'),  # "zum Terrornetzwerk al-Qaida": classifier dropped
        A('Dulmatin', 5, PERSON, 'Dulmatin'),
        A('al-Qaida', 1, ORGANIZATION, 'al-Qaida'),  # "Ausbildungslagern von al-Qaida": the camps are places, their owner an actor
        A('FBI', 0, ORGANIZATION, 'FBI'),
        A('39-jährigen Top-Terroristen', 0, PERSON, 'Dulmatin'),  # definite description of one person, like "35-jährige Piloten"
        A('JI', 1, ORGANIZATION, 'Jemaah Islamiyah'),
    ],
    'wikinews-train-64897': [
        # "in der ehemaligen Sowjetrepublik östlich Rumäniens": place (description of Moldova after "in", "östlich" geographic)
        A('Kommunistische Partei Moldawiens', 0, ORGANIZATION, 'PCRM'),  # official party name kept whole (like "Zentralrat der Juden in Deutschland"), its "Moldawiens" not marked separately
        A('PCRM', 0, ORGANIZATION, 'PCRM'),
        A('Parlament', 1, ORGANIZATION, 'Parlament der Republik Moldau'),  # "Sitze im Parlament": institution, not a place
        # "Das Bündnis aus ..., das sich selbst „Allianz zur Europäischen Integration“ (AIE) nennt": the name (and its abbreviation) is only
        # mentioned as a name (like "unter dem Namen „Zar Kiro“ bekannt"), so the definite description carries the mention
        A('Bündnis', 0, ORGANIZATION, 'Allianz für Europäische Integration'),
        A('Liberaldemokraten', 0, ORGANIZATION, 'PLDM'),  # party by its members' name, like "die Liberalen"
        A('PLDM', 0, ORGANIZATION, 'PLDM'),
        A('Demokratischer Partei', 0, ORGANIZATION, 'PDM'),
        A('PDM', 0, ORGANIZATION, 'PDM'),
        A('Liberalen', 0, ORGANIZATION, 'PL'),
        A('PL', 1, ORGANIZATION, 'PL'),
        # "ein antikommunistisches Bündnis": indefinite, not marked
        A('Vlad Filat', 0, PERSON, 'Vlad Filat'),
        A('PLDM', 1, ORGANIZATION, 'PLDM'),
        # "einer Koalition" indefinite; "des antikommunistischen Bündnisses": definite description of the alliance, adjective kept
        A('antikommunistischen Bündnisses', 0, ORGANIZATION, 'Allianz für Europäische Integration'),
        A('PDM', 1, ORGANIZATION, 'PDM'),
        # "mit allen Parteien" plural
        A('PCRM', 1, ORGANIZATION, 'PCRM'),
        A('Lupu', 0, PERSON, 'Marian Lupu'),  # "PDM-Chef Lupu": compound title dropped; "PCRM-Politiker" compound, predicative
        A('Lupu', 1, PERSON, 'Marian Lupu'),
        # "das Amt des Präsidenten der Republik": an office, not a holder (like "die Wahl zum Präsidenten der Republik")
        A('Wladimir Woronin', 0, PERSON, 'Wladimir Woronin'),  # "PCRM-Chef": compound title dropped
        # "Der Präsident wird ... gewählt", "kein Präsident": the office in general; "in Moldawien" place; "vom Volk" generic
        A('Parlament', 2, ORGANIZATION, 'Parlament der Republik Moldau'),  # the Moldovan parliament as the electing body
        A('PCRM', 4, ORGANIZATION, 'PCRM'),
        # "PCRM-PDM-Koalition" compound, indefinite; "keine der beiden möglichen Koalitionen" plural
    ],
    'wikinews-train-68040': [
        # "Teilen Deutschlands", "Norddeutschlands", "Landesinneren Mecklenburg-Vorpommerns", "diesem ... Bundesland", "Niederlanden", "Dänemark",
        # "In Niedersachsen", "Schweizer Kantonen", "Fürstentum Liechtenstein", "in Liechtenstein": territory, places
        # "wird auch aus Bonn und dem Rhein-Sieg-Kreis berichtet": origin of unattributed reports, places after "aus", not marked
        A('Deutschen Wetterdienst', 0, ORGANIZATION, 'DWD'),  # adjective kept as "Deutsche Wetterdienst" in train27
        A('Schweizer Bundesamts für Umwelt', 0, ORGANIZATION, 'BAFU'),  # official name kept whole, adjective kept like "Hamburger Oberverwaltungsgerichts"
    ],
    'wikinews-train-70712': [
        # "Brandfahnder", "Gutachter", "Extremisten" plural/generic; "Fahndungsmaßnahmen" no actor
        A('Staatsschutz', 0, ORGANIZATION, 'Staatsschutz (Polizei München)'),  # bare "Staatsschutz" taking up the investigation: the police's state-security unit, one specific body
        A('Polizeiinspektion 22', 0, ORGANIZATION, 'Polizeiinspektion 22 München'),  # its patrol cars burnt: the police station as institution
        # "Die Polizeiinspektion am Prinzregentenplatz 16 war Hitlers Wohnhaus": the building, a place, not marked
        A('Hitlers', 0, PERSON, 'Adolf Hitler'),
        A('Bayrischen Landeskriminalamts', 0, ORGANIZATION, 'Bayerisches Landeskriminalamt'),
    ],
    'wikinews-train-73055': [
        # "Alle US-Beamten", "kenianische Polizeikräfte", "zwei Iraner", "Den Polizeibehörden in Mombasa", "der Verdächtigen",
        # "die Milizen", "Regierungseinrichtungen" plural; "einer Terrorzelle" indefinite; "Der Erste", "der Zweite" elliptic
        # ordinals; "in Nairobi", "Mombasa", "in Somalia", "in Kenia" places
        A('US-Botschaft', 0, ORGANIZATION, 'US-Botschaft Nairobi'),  # compound description of one actor, like "deutsche Botschaft"
        A('USA', 0, STATE, 'USA'),
        A('USA', 1, STATE, 'USA'),  # "Regierungseinrichtungen der USA": state's genitive
        A('Armee', 0, ORGANIZATION, 'Kenianische Armee'),  # "die Armee Kenias": description split from the genitive state
        A('Kenias', 0, STATE, 'Kenia'),
        A('al-Shabaab', 0, ORGANIZATION, 'al-Shabaab'),
        A('US-Botschaft', 1, ORGANIZATION, 'US-Botschaft Nairobi'),
        A('al-Shabaab', 1, ORGANIZATION, 'al-Shabaab'),  # "Die al-Shabaab": article dropped
        A('Kenias', 1, STATE, 'Kenia'),  # "Kenias Regierung": the state's genitive is its own ACTOR, like "Nordkoreas Machthaber"
        A('Regierung', 1, STATE, 'Kenia'),
        A('USA', 2, STATE, 'USA'),
        # "dass Kenia ein großangelegter Anschlag droht": the country where an attack is feared (= "Anschlägen in Kenia"),
        # territory like "erschütterte ein Erdbeben Griechenland" (train27-19569), not marked
    ],
    'wikinews-train-75225': [
        # "Weltsozialforum", "Forum", "Jasminrevolution", "Arabischen Frühlings" events; "Tunis", "in Tunesien und Ägypten" places; "Teilnehmer aus 127 Ländern" plural
        A('Houcine Abassi', 0, PERSON, 'Houcine Abassi'),  # "der Generalsekretär des ...": apposition named in the same phrase
        A('Union Générale Tunisienne du Travail', 0, ORGANIZATION, 'UGTT'),  # classifier "Gewerkschaftsverbandes" dropped
        A('UGIT', 0, ORGANIZATION, 'UGTT'),  # typo kept
        A('dpa', 0, ORGANIZATION, 'dpa'),
        # "Die Regierung von Ali Larajedh": the government is not named by its head, split like "Sprecher des Weißen Hauses"
        A('Regierung', 0, STATE, 'Tunesien'),
        A('Ali Larajedh', 0, PERSON, 'Ali Larayedh'),
        A('Halima Jouini', 0, PERSON, 'Halima Jouini'),  # "Vorstandsmitglied der ...": apposition named
        A('tunesischen Menschenrechtsliga', 0, ORGANIZATION, 'Tunesische Liga für Menschenrechte'),  # definite description of one body, adjective kept like "libanesischen Armee"
        A('ARD', 0, ORGANIZATION, 'ARD'),
        A('Ben Ali', 0, PERSON, 'Zine el-Abidine Ben Ali'),  # "den Diktator Ben Ali" (in the quote): title dropped
        A('Tunesiens', 0, STATE, 'Tunesien'),  # "Tunesiens Frauen": state's genitive, like "Die Bevölkerung Italiens"
    ],
    'wikinews-train-80534': [
        A('Borussia Dortmund', 0, ORGANIZATION, 'Borussia Dortmund'),
        A('RB Leipzig', 0, ORGANIZATION, 'RB Leipzig'),
        A('Dortmunder', 0, ORGANIZATION, 'Borussia Dortmund'),  # "Sieg für die Dortmunder": the club by its members' name, like "die Bayern" (train25)
        # "die Fans von Borussia": plural, not marked; the club name inside is
        A('Borussia', 1, ORGANIZATION, 'Borussia Dortmund'),
        # "dem Geschäftsführer des Vereins": description + genitive description split like "Regierung des rohstoffreichen Landes"; the club is Borussia (nearest antecedent)
        A('Geschäftsführer', 0, PERSON, 'Geschäftsführer von Borussia Dortmund'),
        A('Vereins', 0, ORGANIZATION, 'Borussia Dortmund'),
        # "Der Einsatzleiter der Polizei in Dortmund": description without a name, split from the genitive institution; "in Dortmund" place
        A('Einsatzleiter', 0, PERSON, 'Einsatzleiter der Polizei Dortmund'),
        A('Polizei', 0, ORGANIZATION, 'Polizei Dortmund'),
        A('Vereinsleitung', 0, ORGANIZATION, 'Vereinsleitung von Borussia Dortmund'),  # organ of a named club, like "Vereinsführung des VfB Stuttgart"
        A('Borussia Dortmund', 1, ORGANIZATION, 'Borussia Dortmund'),
        A('RB Leipzig', 1, ORGANIZATION, 'RB Leipzig'),
        # not: "Medien", "Fans", "die Fußballvereine", "die Vereine", "die Randalierer" (plural/generic); "staatlichen Organen wie der Polizei": the police in general (generic, like "dem Finanzamt"); "Polizei-Einsätze" compound
        A('Deutsche Fußball-Bund', 0, ORGANIZATION, 'DFB'),
        A('DFB', 0, ORGANIZATION, 'DFB'),
        A('DFB', 1, ORGANIZATION, 'DFB'),
        A('Innenministerkonferenz', 0, ORGANIZATION, 'Innenministerkonferenz'),
        A('Nordrhein-Westfalen', 0, STATE, 'Nordrhein-Westfalen'),  # the Land acting (started a project)
    ],
    'wikinews-train-82396': [],  # a bus-crash report: Peru, Arequipa, Chivay, Colca-Tal, La Libertad places; tourists, "Peruaner", "Personen" plural; "der Reisegruppe" a group of travellers, not an organisation; "Polizeiangaben" compound; no source named
}


def build() -> str:
    return wikinews_gold.build("train", DOCS, LABELS, EVERY, COUNT, START)


def main(argv: list[str]) -> int:
    return wikinews_gold.main(argv, OUT, build(), Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
