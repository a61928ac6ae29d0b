"""Build tests/gold/wikinews_train27.jsonl: hand-annotated ACTOR gold on 26 more WikiNews train articles.

The third development set of the ACTOR rules (curation/preannotate/actors.py), beside wikinews_train25.jsonl
and wikinews_train26.jsonl: annotated before the rules were ever run on these articles, it first measured
the rules on articles they had not been developed on (as the unseen dev20 check does, without using dev20
up); after that, rules may be analysed and tuned on it, so its figures are no unseen check. The articles
were annotated by reading each text, per ../shared/SCHEME.md and GUIDELINES.md, before running the
pre-annotator on them or looking at its output, by four annotators working to the conventions below.
The gold covers ACTOR only: every record carries "labels": ["ACTOR"].

Selection (deterministic): the articles of ../shared/wikinews-quotes/train.jsonl sorted by the numeric id
that starts their documentName, those whose originalText has 800 to 4,000 characters (498 of 700), then
every 19th of these starting with the fifteenth (so none of wikinews_train25's or wikinews_train26's, which
start with the first and the tenth), all 26 of them. Text = originalText unchanged; doc_id =
"wikinews-train-<id>". Spans use the Ann format of build_seeds_gold.py (the n-th, 0-based, occurrence of
the exact surface string, found with str.find); offsets are computed and every slice asserted.

    .venv/bin/python tests/gold/build_wikinews_train27.py          # (re)write tests/gold/wikinews_train27.jsonl
    .venv/bin/python tests/gold/build_wikinews_train27.py --check  # exit 1 if the file is out of date

Conventions: exactly those of build_wikinews_dev20.py, build_wikinews_train25.py and
build_wikinews_train26.py. Cases these articles raised, decided in the same spirit (each marked where it
occurs):
- An institution after "aus" / "in" is no place when it acts or is left as a body ("aus dem Kabinett",
  "aus der EU raus", "Hilfe aus dem ESM", "Einzug in den Landtag"); continents, regions and territory
  ("Europa", "Die Grenzen des Landes") are not actors; a state's genitive beside a named office holder is
  the state ("der Verteidigungsminister Österreichs").
- A classifier noun before a name is dropped ("Popsternchen Rihanna", "Sportwagenbauer Porsche", "Emirat
  Katar"); an abbreviation and its expansion are two spans; a named mission with soldiers is an
  organisation (MONUC); a brand named as the maker or as a unit of a group is the company ("Smart",
  "Die Marke Porsche"); a band is an organisation and its members persons.
- Offices that are stated, not acting, are not marked ("der neue Oberbürgermeister der Landeshauptstadt",
  "EU-Ratspräsidentschaft"); an office applied to the case at hand is its holder ("des Staatschefs");
  generic offices ("dem Finanzamt"), dynasties, organised crime in general ("der Mafia") and audiences are
  not actors; a programme or broadcast slot is not its channel.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wikinews_gold  # noqa: E402
from build_seeds_gold import ORGANIZATION, PERSON, STATE, A, Ann  # noqa: E402

OUT = HERE / "wikinews_train27.jsonl"
LABELS = ["ACTOR"]  # the labels this gold covers
START, EVERY, COUNT = 14, 19, 26  # the selection of wikinews_gold.select


# doc_id -> annotations, in text order.
DOCS: dict[str, list[Ann]] = {
    'wikinews-train-3002': [
        A('Gnassingbé Eyadéma', 0, PERSON, 'Gnassingbé Eyadéma'),
        A('Armee', 0, ORGANIZATION, 'Togoische Armee'),
        A('Eyadémas', 0, PERSON, 'Gnassingbé Eyadéma'),
        A('Faure Gnassingbé', 0, PERSON, 'Faure Gnassingbé'),  # "Eyadémas Sohn Faure Gnassingbé": "Sohn" named in the same phrase
        A('Afrikanischen Union', 0, ORGANIZATION, 'Afrikanische Union'),
        A('AU', 0, ORGANIZATION, 'Afrikanische Union'),
        A('Alpha Omar Konaré', 0, PERSON, 'Alpha Omar Konaré'),
        A('Afrikanischen Union', 1, ORGANIZATION, 'Afrikanische Union'),  # "ein Sprecher": indefinite, not marked
        A('Zakari Nandja', 0, PERSON, 'Zakari Nandja'),
        # "Die Grenzen des Landes": territory (like "an der Ostküste des Landes"), not marked; "in Togo", "in Lomé", "in Benin" places
        A('Regierung', 0, STATE, 'Togo'),
        # "Nach dem Tod des Staatschefs müsste ... der Parlamentspräsident": the constitutional rule applied to this case (Konjunktiv II), the actual holders, not the offices in general
        A('Staatschefs', 0, PERSON, 'Gnassingbé Eyadéma'),
        A('Parlamentspräsident', 0, PERSON, 'Fambaré Ouattara Natchaba'),
        A('Parlamentspräsident', 1, PERSON, 'Fambaré Ouattara Natchaba'),
        A('Präsidenten', 1, PERSON, 'Gnassingbé Eyadéma'),
        A('Eyadéma', 2, PERSON, 'Gnassingbé Eyadéma'),  # "Staatsführer Afrikas": predicative, continent not an actor
        A('67-jährigen Politikers', 0, PERSON, 'Gnassingbé Eyadéma'),
    ],
    'wikinews-train-5248': [
        # "In Nordaustralien", "Lockhart River", "im Bundesstaat Queensland" places; "Andere Medien", "der Rettungsdienste", "die Rettungsmannschaften" plural/generic; "Ein Sprecher", "Eine Hubschrauberbesatzung" indefinite
        A('Piloten', 0, PERSON, 'Pilot der Hubschrauberbesatzung'),  # "Versuche des Piloten": definite description of one person (the helicopter pilot)
    ],
    'wikinews-train-7804': [
        A('Bundeskabinett', 0, STATE, 'Deutschland'),  # the federal cabinet = the federal government acting, STATE like "Bundesregierung"
        # "der Kabinettsmitglieder" plural; "EU-Reisepässe", "Kabinettssitzung" compounds
        A('Schily', 0, PERSON, 'Otto Schily'),
        A('Schily', 1, PERSON, 'Otto Schily'),
        A('Deutschland', 0, STATE, 'Deutschland'),
        A('deutschen Bundesrates', 0, ORGANIZATION, 'Bundesrat'),
    ],
    'wikinews-train-12611': [
        # "in Italien" place; "italienischen Luftfahrtbehörden Enac": classifier dropped
        A('Enac', 0, ORGANIZATION, 'ENAC'),
        # "der Pilot": definite description of one person
        A('Pilot', 0, PERSON, 'Pilot der Fokker 100'),
        A('Alpi Eagles', 0, ORGANIZATION, 'Alpi Eagles'),
        # "Die Bevölkerung Italiens": the population is a generic group (not marked), the state's genitive is STATE like "Lage Deutschlands"
        A('Italiens', 0, STATE, 'Italien'),
        A('Tunisair', 0, ORGANIZATION, 'Tunisair'),
        # "in der Nähe Palermos", "im Süden Italiens", "auf Pantelleria", "aus Sizilien": places (like "in der Hauptstadt Guatemalas")
        A('Italy First', 0, ORGANIZATION, 'Italy First'),
        A('Enac', 1, ORGANIZATION, 'ENAC'),
        # "italienischer Fluggesellschaften" plural
        A('tunesische Fluggesellschaft', 0, ORGANIZATION, 'Tunisair'),
        A('Enac', 2, ORGANIZATION, 'ENAC'),
    ],
    'wikinews-train-14742': [
        # "Der Vertreter der Arbeitgeber im Aufsichtsrat der Bundesagentur für Arbeit (BA), Peter Clever": description named in the
        # same phrase; the board is an organ of a named body (like "Vorstand", "Untersuchungsausschuss" in the Oppermann apposition)
        A('Aufsichtsrat', 0, ORGANIZATION, 'Aufsichtsrat der Bundesagentur für Arbeit'),
        A('Bundesagentur für Arbeit', 0, ORGANIZATION, 'Bundesagentur für Arbeit'),
        A('BA', 0, ORGANIZATION, 'Bundesagentur für Arbeit'),
        A('Peter Clever', 0, PERSON, 'Peter Clever'),
        A('Süddeutschen Zeitung', 0, ORGANIZATION, 'Süddeutsche Zeitung'),
        # "dem Finanzamt", "dem Arbeitsamt", "auf dem Finanzamt": generic (whichever tax/labour office), not one specific actor
        # "Ein BA-Sachbearbeiter": indefinite, name inside compound
        A('Heise', 0, ORGANIZATION, 'heise online'),
        A('Clement', 0, PERSON, 'Wolfgang Clement'),
        A('bildblog.de', 0, ORGANIZATION, 'BILDblog'),
        A('Bundesministerium für Arbeit und Wirtschaft', 0, ORGANIZATION, 'Bundesministerium für Wirtschaft und Arbeit'),
        A('Wolfgang Clement', 0, PERSON, 'Wolfgang Clement'),
        A('Staatsanwaltschaft Ellwangen', 0, ORGANIZATION, 'Staatsanwaltschaft Ellwangen'),
    ],
    'wikinews-train-19569': [
        # "erschütterte ein Erdbeben Griechenland", "Griechenland ist das erdbebengefährdetste Land": the territory hit by
        # the quake, a place, not the acting state; Athen, Kythira, Kreta, Peloponnes, Chania, Santorini, Europa places;
        # "Minoischen Kultur" not an actor; "Menschen" generic
        A('Spiegel Online', 0, ORGANIZATION, 'Spiegel Online'),
        # "des seismologischen Instituts von Athen": institution; "von Athen" the place of the institute (like "Bürgermeister von Orleans")
        A('seismologischen Instituts', 0, ORGANIZATION, 'Seismologisches Institut Athen'),
        A('N24', 0, ORGANIZATION, 'N24'),
        A('United States Geological Survey', 0, ORGANIZATION, 'USGS'),
        A('USGS', 0, ORGANIZATION, 'USGS'),
    ],
    'wikinews-train-23333': [
        # not: "Die Verteidigungsminister der Mitgliedsstaaten" (plural), "in Innsbruck", "in der Demokratischen Republik Kongo",
        # "nach/in Kinshasa", "im/in den Kongo", "im Land" (places), "Die Regierungen", "Beide Regierungen", "andere Länder",
        # "die Kongolesen", "aller europäischen Staaten" (plural/generic), "EU-Ratspräsidentschaft" (office held, not acting),
        # "Kongomission" (compound); bare "die Mission" = the planned (EU) deployment as an operation, not marked
        A('Europäischen Union', 0, ORGANIZATION, 'EU'),
        A('MONUC', 0, ORGANIZATION, 'MONUC'),  # UN peacekeeping mission named: an organisation (it has soldiers, a political director), not an event
        A('Günther Platter', 0, PERSON, 'Günther Platter'),
        A('Österreichs', 0, STATE, 'Österreich'),  # "der Verteidigungsminister Österreichs": apposition named (Platter), the genitive state is its own ACTOR
        A('Vereinten Nationen', 0, ORGANIZATION, 'Vereinte Nationen'),
        A('Europäische Union', 0, ORGANIZATION, 'EU'),
        A('17.000 Mann starke UN-Friedensmission', 0, ORGANIZATION, 'MONUC'),  # compound definite description of one actor, premodifiers kept, article dropped
        A('UN', 1, ORGANIZATION, 'Vereinte Nationen'),
        A('UN-Mission', 0, ORGANIZATION, 'MONUC'),
        A('Polizei', 0, ORGANIZATION, 'Polizei der DR Kongo'),  # "die Polizei auszubilden": the specific (Congolese) police force, acted upon
        A('UN', 3, ORGANIZATION, 'Vereinte Nationen'),
        A('Landes', 0, STATE, 'DR Kongo'),  # "Unabhängigkeit des Landes": state's genitive
        A('Belgien', 0, STATE, 'Belgien'),  # "Unabhängigkeit ... von Belgien": the former colonial state, not a place
        A('Günther Platter', 1, PERSON, 'Günther Platter'),
        A('Reuters', 0, ORGANIZATION, 'Reuters'),
        A('Javier Solana', 0, PERSON, 'Javier Solana'),  # "der Hohe Vertreter ... der EU": apposition named in the same phrase, only the EU marked
        A('EU', 1, ORGANIZATION, 'EU'),
        A('UN-Mission', 1, ORGANIZATION, 'MONUC'),
        A('Solana', 1, PERSON, 'Javier Solana'),
        A('Joseph Kabila', 0, PERSON, 'Joseph Kabila'),
        A('EU', 2, ORGANIZATION, 'EU'),
        A('EU', 3, ORGANIZATION, 'EU'),
        A('UN', 5, ORGANIZATION, 'Vereinte Nationen'),
        A('Deutschland', 0, STATE, 'Deutschland'),  # "Die Regierungen von Deutschland und Frankreich": plural description not marked, the named states are
        A('Frankreich', 0, STATE, 'Frankreich'),
        A('EU', 4, ORGANIZATION, 'EU'),
        A('Deutschland', 1, STATE, 'Deutschland'),
        A('Albrecht Conze', 0, PERSON, 'Albrecht Conze'),
        A('UN-Mission', 2, ORGANIZATION, 'MONUC'),  # "der politische Dirktor der UN-Mission": description named, the body marked (like "IG Bau")
        A('Javier Solana', 1, PERSON, 'Javier Solana'),
        A('Deutschlandfunk', 0, ORGANIZATION, 'Deutschlandfunk'),
        A('Albrecht Conze', 1, PERSON, 'Albrecht Conze'),
        A('EU', 5, ORGANIZATION, 'EU'),
        A('Conze', 2, PERSON, 'Albrecht Conze'),
        A('Franz Josef Jung', 0, PERSON, 'Franz Josef Jung'),
        A('Deutschlandfunk', 1, ORGANIZATION, 'Deutschlandfunk'),
        A('Deutschland', 4, STATE, 'Deutschland'),
        A('EU', 6, ORGANIZATION, 'EU'),
        # "die Regierung des rohstoffreichen Landes": description + genitive description split like "Sprecher des Weißen Hauses"
        A('Regierung', 2, STATE, 'DR Kongo'),
        A('rohstoffreichen Landes', 0, STATE, 'DR Kongo'),
        A('Vereinten Nationen', 1, ORGANIZATION, 'Vereinte Nationen'),
        A('Verteidigungsminister', 3, PERSON, 'Franz Josef Jung'),
        # "dass Europa ein Interesse ... habe": continent, not marked (convention: continents are not actors)
        A('Franz-Josef Jung', 0, PERSON, 'Franz Josef Jung'),
    ],
    'wikinews-train-26835': [
        A('Bon Jovi', 0, ORGANIZATION, 'Bon Jovi'),  # "die US-Rockband Bon Jovi": classifier dropped
        A('Gruppe', 0, ORGANIZATION, 'Bon Jovi'),
        A('Bon Jovi', 1, ORGANIZATION, 'Bon Jovi'),
        # "das Publikum": an audience, not an organisation; the cities, "in die Schweiz", "in Bern" places
        A('Bon Jovi', 2, ORGANIZATION, 'Bon Jovi'),
        A('Gruppe', 1, ORGANIZATION, 'Bon Jovi'),
        A('Jon Bon Jovi', 0, PERSON, 'Jon Bon Jovi'),
        A('Rockband', 1, ORGANIZATION, 'Bon Jovi'),  # "Gründer der Rockband": "Gründer" named in the same phrase, the band's genitive marked
        A('Gruppe', 2, ORGANIZATION, 'Bon Jovi'),
        A('Jon Bon Jovi', 1, PERSON, 'Jon Bon Jovi'),
        A('Jon Bon Jovi', 2, PERSON, 'Jon Bon Jovi'),
        A('demokratischen Partei', 0, ORGANIZATION, 'Demokratische Partei'),  # "den Kandidaten der demokratischen Partei, John Kerry": description named
        A('John Kerry', 0, PERSON, 'John Kerry'),
    ],
    'wikinews-train-30797': [],  # a flood report: the city, Thailand ("im Norden Thailands"), the river are places; schools, tourists, "Die Menschen" generic
    'wikinews-train-35051': [
        # "Der Präsident der ... Parlamentsfraktion CSV (...), Michel Wolter": description named in the same phrase; party abbreviation and expansion both marked (like "BDI")
        A('CSV', 0, ORGANIZATION, 'CSV'),
        A('Chrëschtlech Sozial Vollekspartei', 0, ORGANIZATION, 'CSV'),
        A('Michel Wolter', 0, PERSON, 'Michel Wolter'),
        # "einen Antrag in das Parlament einzubringen": institution, not a place (like "Im Kongress")
        A('Parlament', 1, ORGANIZATION, 'Abgeordnetenkammer Luxemburg'),
        # "in Luxemburg" place; "Zwei Bürgerinitiativen", "Beide Initiativen" plural; citizens' initiatives by name marked, quotation marks dropped
        A('Initiativ Roud-Wäiss-Blo', 0, ORGANIZATION, 'Initiativ Roud-Wäiss-Blo'),
        A('Michel Wolter', 1, PERSON, 'Michel Wolter'),
        A('Initiativ Roude Léiw', 0, ORGANIZATION, 'Initiativ Roude Léiw'),
        A('Wolters', 0, PERSON, 'Michel Wolter'),
        # "der „Rote Löwe“", "Tricolore": flags, not actors; "„Roude Léiw“-Befürworter": compound
        A('Initiativ Roude Léiw', 1, ORGANIZATION, 'Initiativ Roude Léiw'),
        A('Michel Wolter', 2, PERSON, 'Michel Wolter'),
        A('Fränk Schleck', 0, PERSON, 'Fränk Schleck'),
        A('Jean-Claude Juncker', 0, PERSON, 'Jean-Claude Juncker'),
        # definite description of one committee (like "Untersuchungsausschuss"), adjective kept like "langjährige Machthaber"
        A('zuständigen Parlamentskommission', 0, ORGANIZATION, 'Parlamentskommission Luxemburg'),
        A('ADR', 0, ORGANIZATION, 'ADR'),
        A('Alternativ Demokratesch Reformpartei', 0, ORGANIZATION, 'ADR'),
        A('Michel Wolter', 3, PERSON, 'Michel Wolter'),
        # "viele Luxemburger" generic; "des Adelsgeschlechtes des Hauses Luxemburg": a dynasty/family, not an actor (like "Familie Chrobog")
    ],
    'wikinews-train-38098': [
        A('Angela Merkel', 0, PERSON, 'Angela Merkel'),
        A('EU-Kommission', 0, ORGANIZATION, 'Europäische Kommission'),  # compound description of one actor
        A('Merkel', 1, PERSON, 'Angela Merkel'),
        A('Ferdinand Dudenhöffer', 0, PERSON, 'Ferdinand Dudenhöffer'),
        A('Automobilwoche', 0, ORGANIZATION, 'Automobilwoche'),
        A('Jürgen Trittin', 0, PERSON, 'Jürgen Trittin'),
        A('Grünen', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),  # "die Fraktionschefin der Grünen, Renate Künast": description named in the same phrase
        A('Renate Künast', 0, PERSON, 'Renate Künast'),
        A('auto, motor und sport', 0, ORGANIZATION, 'auto motor und sport'),
        A('Smart', 0, ORGANIZATION, 'Smart'),  # the brand as manufacturer ("alleiniger Hersteller")
        # "einheimischen Autohersteller", "Zulieferer", "deutscher Hersteller", "Deutsche Marken": plural/generic
    ],
    'wikinews-train-43098': [
        # "Der Flughafen Mojave" is the site (a place), "in den Vereinigten Staaten" a place; „SpaceShipTwo“, "Spaceship One", "GlobalFlyer" products
        A('Burt Rutan', 0, PERSON, 'Burt Rutan'),  # "Chef der Firma Scaled Composites": apposition named, only the company
        A('Scaled Composites', 0, ORGANIZATION, 'Scaled Composites'),
        A('Rutans', 0, PERSON, 'Burt Rutan'),
        A('Unternehmen', 0, ORGANIZATION, 'Scaled Composites'),  # possessive description of one actor
        A('Virgin Galactic', 0, ORGANIZATION, 'Virgin Galactic'),
        A('Richard Branson', 0, PERSON, 'Richard Branson'),  # "des britischen Milliardärs Richard Branson": name only
        A('Burt Rutan', 1, PERSON, 'Burt Rutan'),
        A('Rutan', 3, PERSON, 'Burt Rutan'),
        A('Burt Rutan', 2, PERSON, 'Burt Rutan'),
    ],
    'wikinews-train-45940': [
        # "Da Deutschland am südlichen Rand eines großen Tiefkomplexes liege", "Teile Baden-Württembergs", "des Bundeslandes",
        # "des Bundesgebietes": geographic, places; "betroffene Landkreise" plural; "ein Mann" indefinite
        A('Deutsche Wetterdienst', 0, ORGANIZATION, 'DWD'),
        A('DWD', 0, ORGANIZATION, 'DWD'),
    ],
    'wikinews-train-48687': [
        A('Berliner Verkehrsbetrieben', 0, ORGANIZATION, 'BVG'),
        A('BVG', 0, ORGANIZATION, 'BVG'),
        A('große Tarifkommission', 0, ORGANIZATION, 'Große Tarifkommission von ver.di'),  # organ of a named body (like "Vorstand"), split from the genitive name, premodifier kept
        A('ver.di', 0, ORGANIZATION, 'ver.di'),
        A('BVG', 1, ORGANIZATION, 'BVG'),
        A('Frank Bäsler', 0, PERSON, 'Frank Bäsler'),  # "verdi-Verhandlungsführer": compound title dropped; "die Arbeitgeber" plural, not marked
        A('Richard Meng', 0, PERSON, 'Richard Meng'),  # "Der Senatssprecher Richard Meng": name only
        A('Gewerkschaft', 2, ORGANIZATION, 'ver.di'),
        A('Claudia Pfeiffer', 0, PERSON, 'Claudia Pfeiffer'),
        A('KAV-Berlin', 0, ORGANIZATION, 'KAV Berlin'),  # "Geschäftsführerin des KAV-Berlin": description named in the same phrase
        A('Arbeitgeberseite', 0, ORGANIZATION, 'KAV Berlin'),  # "die Arbeitgeberseite": singular definite description of the one employer party (KAV) in the dispute
        A('ver.di', 1, ORGANIZATION, 'ver.di'),  # "KAV-Angebotes" compound not
        A('Berliner Verkehrsbetriebe', 1, ORGANIZATION, 'BVG'),
        A('BVG', 2, ORGANIZATION, 'BVG'),
        A('BVG', 3, ORGANIZATION, 'BVG'),
        # "Die beiden anderen Gewerkschaften" plural; "ver.di-Streikmaßnahmen" compound
        A('BVG', 4, ORGANIZATION, 'BVG'),
        A('GDL Nahverkehr Berlin', 0, ORGANIZATION, 'GDL Nahverkehr Berlin'),
        A('GVV-Betriebsgruppe BVG', 0, ORGANIZATION, 'GVV-Betriebsgruppe BVG'),  # name of the union group kept whole; its "BVG" not marked separately
    ],
    'wikinews-train-51314': [
        # "Die älteste Frau Deutschlands, Frieda Borchert": description named in the same phrase; the state's genitive STATE
        # as in "der mächtigste Gewerkschaftsführer Deutschlands" (train26-4792)
        A('Deutschlands', 0, STATE, 'Deutschland'),
        A('Frieda Borchert', 0, PERSON, 'Frieda Borchert'),
        # "im Altenhilfezentrum der Heilsarmee": the facility is a place, its operator an institution
        A('Heilsarmee', 0, ORGANIZATION, 'Heilsarmee'),
        # "in Guscht in Pommern", "in Landsberg an der Warthe", "nach Berlin", "in Kreuzberg", "in Spandau": places
        A('alte Frau', 0, PERSON, 'Frieda Borchert'),
        A('Mann', 0, PERSON, 'Ehemann von Frieda Borchert'),  # possessive "ihrem Mann", like "Dessen Ehefrau"
        # "zwei Ehemänner", "ihre beiden Kinder" plural
        # "bei der britischen Schutzmacht": the UK in its role as occupying power of Berlin, like "deutsche EU-Ratspräsidentschaft" -> STATE
        A('britischen Schutzmacht', 0, STATE, 'Vereinigtes Königreich'),
        # "ins Altersheim Bezirk Kreuzberg": facility as place
        A('Frieda Borchert', 1, PERSON, 'Frieda Borchert'),
        # "eine Sprecherin": indefinite
        A('Heilsarmee', 1, ORGANIZATION, 'Heilsarmee'),
    ],
    'wikinews-train-54805': [
        # channels named are broadcasters (ORGANIZATION, like "n-tv", "Vox"); the temporary showcase transmission
        # ("Vorführsender", "Der temporäre Kanal", "Showcase") is treated as a programme/product, not marked;
        # not: satellite "ASTRA 1H", films "Luther", "Planet Erde", "PVR", "EPG", "Netzbetreiber" (plural),
        # "seinem Anbieter" (generic), "in ganz Deutschland", "in Vancouver" (places)
        A('EinsFestival', 0, ORGANIZATION, 'EinsFestival'),
        A('Foo Fighters', 0, ORGANIZATION, 'Foo Fighters'),  # "der Rockgruppe Foo Fighters": classifier dropped
        A('Rihanna', 0, PERSON, 'Rihanna'),  # "dem Popsternchen Rihanna": descriptive noun dropped
        A('EinsFestival HD', 0, ORGANIZATION, 'EinsFestival'),
        A('EinsFestival HD', 1, ORGANIZATION, 'EinsFestival'),
        # "die öffentlich rechtlichen Rundfunkanstalten ARD und ZDF": plural description named, the two names marked
        A('ARD', 0, ORGANIZATION, 'ARD'),
        A('ZDF', 0, ORGANIZATION, 'ZDF'),
    ],
    'wikinews-train-58343': [
        A('Porsche', 0, ORGANIZATION, 'Porsche'),
        A('Volkswagen Aktiengesellschaft', 0, ORGANIZATION, 'Volkswagen AG'),  # official name kept whole
        A('Porsche', 1, ORGANIZATION, 'Porsche'),
        A('VW-Konzern', 0, ORGANIZATION, 'Volkswagen AG'),  # compound that is a definite description of one actor, like "Airbuskonzern"
        A('Porsche-Aufsichtsrates', 0, ORGANIZATION, 'Aufsichtsrat von Porsche'),  # compound description of one body (like "SPD-Fraktion"), organ of a named company like "Vorstand"
        # "des langjährigen Porsche-Vorstandsvorsitzenden, Wendelin Wiedeking": description named in the same phrase; "der beiden Automobilhersteller", "der beiden Unternehmen", "den Aufsichtsräten", "den Großaktionären" plural
        A('Wendelin Wiedeking', 0, PERSON, 'Wendelin Wiedeking'),
        A('Porsche', 4, ORGANIZATION, 'Porsche'),  # "Die Marke Porsche" keeping its "Selbständigkeit": the company unit acting, classifier dropped like "Gewerkschaft verdi"
        A('Audi', 0, ORGANIZATION, 'Audi'),  # same reading as "Marke Porsche": a unit with its own autonomy in the group
        A('VW-Konzern', 1, ORGANIZATION, 'Volkswagen AG'),  # institution, not place ("im")
        A('Niedersachsen', 0, STATE, 'Niedersachsen'),  # "das Land Niedersachsen": classifier dropped as in train25
        A('neuen Konzern', 0, ORGANIZATION, 'Volkswagen AG'),  # "in dem neuen Konzern": definite description of the (merged) group; "VW-Anteile", "dpa-Meldung" compounds not
        A('Katar', 0, STATE, 'Katar'),
        A('VW-Konzern', 2, ORGANIZATION, 'Volkswagen AG'),
        A('Katar', 1, STATE, 'Katar'),
        A('Porsche', 5, ORGANIZATION, 'Porsche'),
        A('Katar', 2, STATE, 'Katar'),
        A('Porsche', 6, ORGANIZATION, 'Porsche'),
        A('Porsche', 7, ORGANIZATION, 'Porsche'),
        A('Volkswagenkonzern', 0, ORGANIZATION, 'Volkswagen AG'),
        A('Porsche', 8, ORGANIZATION, 'Porsche'),  # "Sportwagenbauer Porsche": descriptive noun before the name dropped
        A('Volkswagen', 2, ORGANIZATION, 'Volkswagen AG'),
        A('Porsche', 9, ORGANIZATION, 'Porsche'),
        A('Porsche', 10, ORGANIZATION, 'Porsche'),
        # "ihrem Vorstandsvorsitzenden, Wendelin Wiedeking": description named in the same phrase
        A('Wendelin Wiedeking', 1, PERSON, 'Wendelin Wiedeking'),
        A('Porsche', 11, ORGANIZATION, 'Porsche'),
        A('Volkswagen', 3, ORGANIZATION, 'Volkswagen AG'),
        A('VW-Konzern', 3, ORGANIZATION, 'Volkswagen AG'),
        A('Porsche', 12, ORGANIZATION, 'Porsche'),
        A('Wiedeking', 2, PERSON, 'Wendelin Wiedeking'),
        A('Sportwagenbauers', 0, ORGANIZATION, 'Porsche'),
        A('Porsche', 13, ORGANIZATION, 'Porsche'),
        A('Unternehmen', 2, ORGANIZATION, 'Porsche'),  # "einem der erfolgreichsten Automobilbauer" indefinite, not marked
        A('Unternehmens', 0, ORGANIZATION, 'Porsche'),
        A('Focus', 0, ORGANIZATION, 'Focus'),  # quotation marks excluded
        A('Wiedeking', 3, PERSON, 'Wendelin Wiedeking'),
        A('Michael Macht', 0, PERSON, 'Michael Macht'),  # "Produktionschef" title dropped; predicative "Nachfolger" not marked
    ],
    'wikinews-train-60485': [
        A('Bundeskartellamt', 0, ORGANIZATION, 'Bundeskartellamt'),  # "in Deutschland" place
        A('Wikinews', 0, ORGANIZATION, 'Wikinews'),
        A('Kartellbehörde', 0, ORGANIZATION, 'Bundeskartellamt'),  # "drei führende deutsche Kaffeeröster", "Kartellwächter", "die Konkurrenten", "beteiligte Firmen" plural
        A('Edeka', 0, ORGANIZATION, 'Edeka'),
        A('Metro', 0, ORGANIZATION, 'Metro'),
        A('Rewe', 0, ORGANIZATION, 'Rewe'),
        A('Lidl', 0, ORGANIZATION, 'Lidl'),
        A('Rossmann', 0, ORGANIZATION, 'Rossmann'),  # "die Drogeriekette Rossmann": classifier dropped
        A('Fressnapf', 0, ORGANIZATION, 'Fressnapf'),
        A('Handelsblatt', 0, ORGANIZATION, 'Handelsblatt'),
        A('Kartellamt', 0, ORGANIZATION, 'Bundeskartellamt'),
    ],
    'wikinews-train-63989': [
        # "Die Vorsitzende der Linken Gesine Lötzsch" and "des Fraktionsvorsitzenden der Partei im Deutschen Bundestag, Gregor Gysi": descriptions named in the same phrase, only the genitive bodies and the names
        A('Linken', 0, ORGANIZATION, 'Die Linke'),
        A('Gesine Lötzsch', 0, PERSON, 'Gesine Lötzsch'),
        A('Partei', 0, ORGANIZATION, 'Die Linke'),
        A('Deutschen Bundestag', 0, ORGANIZATION, 'Deutscher Bundestag'),
        A('Gregor Gysi', 0, PERSON, 'Gregor Gysi'),
        A('Partei', 1, ORGANIZATION, 'Die Linke'),
        A('Gysi', 1, PERSON, 'Gregor Gysi'),
        A('Frankfurter Rundschau', 0, ORGANIZATION, 'Frankfurter Rundschau'),
        A('Partei', 2, ORGANIZATION, 'Die Linke'),
        A('Linken', 1, ORGANIZATION, 'Die Linke'),
        A('Grünen', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('Lötzsch', 1, PERSON, 'Gesine Lötzsch'),
        A('Klaus Ernst', 0, PERSON, 'Klaus Ernst'),
        A('Gysis', 0, PERSON, 'Gregor Gysi'),
        A('Landtag', 0, ORGANIZATION, 'Landtag Nordrhein-Westfalen'),  # "Einzug in den Landtag": the parliament as institution, not a place
        A('Nordrhein-Westfalen', 0, STATE, 'Nordrhein-Westfalen'),  # "Landtag des ... Bundeslandes Nordrhein-Westfalen": genitive of the governed entity (like "Provinz Schabwa"); description named in the same phrase, only the name
        A('Partei', 3, ORGANIZATION, 'Die Linke'),
        A('Bundeswehr', 0, ORGANIZATION, 'Bundeswehr'),  # „Hartz IV“, „Rente mit 67“, „Afghanistan“: quoted topic labels, not actors
        A('Linken', 2, ORGANIZATION, 'Die Linke'),
        A('Oskar Lafontaine', 0, PERSON, 'Oskar Lafontaine'),
        A('Lothar Bisky', 0, PERSON, 'Lothar Bisky'),
        A('Linke', 3, ORGANIZATION, 'Die Linke'),  # article dropped as for "den LINKEN" (train26)
        A('Opposition', 0, ORGANIZATION, 'Opposition im Bundestag'),  # the parliamentary opposition, as in train25
        A('FDP', 0, ORGANIZATION, 'FDP'),
        A('Grünen', 1, ORGANIZATION, 'Bündnis 90/Die Grünen'),  # predicative "zweitstärksten/stärksten Partei" not marked; "im Bundesland Berlin" place
    ],
    'wikinews-train-66614': [
        # "Die SPD-regierten Bundesländer NRW, ...": plural description named, each Land is an acting state (they file suit); "SPD-regierten" compound
        A('Nordrhein-Westfalen', 0, STATE, 'Nordrhein-Westfalen'),
        A('Rheinland-Pfalz', 0, STATE, 'Rheinland-Pfalz'),
        A('Berlin', 0, STATE, 'Berlin'),
        A('Brandenburg', 0, STATE, 'Brandenburg'),
        A('Bremen', 0, STATE, 'Bremen'),
        # "Bundestagsabgeordnete von SPD und ..." plural, not marked
        A('SPD', 1, ORGANIZATION, 'SPD'),
        A('Bündnis 90/Die Grünen', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('deutschen Bundesverfassungsgericht', 0, ORGANIZATION, 'Bundesverfassungsgericht'),  # adjective kept as in "deutschen Bundestag"
        A('BVerfG', 0, ORGANIZATION, 'Bundesverfassungsgericht'),
        A('Koalition', 0, ORGANIZATION, 'Koalition aus CDU/CSU und FDP'),  # the specific governing coalition, like "Regierungskoalition"
        # "der rot-grünen Politiker", "die Kläger", "Die Bundesländer": plural, not marked
        A('Bundesregierung', 0, STATE, 'Deutschland'),
        A('Bundesrat', 0, ORGANIZATION, 'Bundesrat'),  # "den Bundesrat, die Länderkammer": apposition named, not marked
        A('Bundesregierung', 1, STATE, 'Deutschland'),
        A('Spiegel', 0, ORGANIZATION, 'Der Spiegel'),
        A('Deutschen Bundestages', 0, ORGANIZATION, 'Deutscher Bundestag'),
    ],
    'wikinews-train-69492': [
        # the cable car named as subject of service acts = its operating company (like "Flughafen Brüssel" acting);
        # "die Bahn" damaged / "im Einsatz" is the facility, not marked; "eine Spezialfirma" indefinite
        A('Tegelbergbahn', 0, ORGANIZATION, 'Tegelbergbahn'),
        A('TÜV', 0, ORGANIZATION, 'TÜV'),
        A('Tegelbergbahn', 1, ORGANIZATION, 'Tegelbergbahn'),
        # "Schloss Neuschwanstein", "in die Schweiz", "am Tegelberg" places; "einigen Medien" plural
        A('Verursacher', 0, PERSON, 'Gleitschirmpilot (Verursacher)'),  # "Der Verursacher des Unfalls, ein 54-jähriger ...": the indefinite apposition adds no name
        A('ermittelnde Polizei', 0, ORGANIZATION, 'Polizei (Tegelberg-Unfall)'),
        A('Geschäftsführer', 0, PERSON, 'Geschäftsführer der Tegelbergbahn'),
        A('Tegelbergbahn', 2, ORGANIZATION, 'Tegelbergbahn'),
        A('Piloten', 0, PERSON, 'Gleitschirmpilot (Verursacher)'),
        A('Bergbahn', 0, ORGANIZATION, 'Tegelbergbahn'),  # revenue loss of the company
        A('Bayrischen Rundfunk', 0, ORGANIZATION, 'Bayerischer Rundfunk'),
        A('Helge Roefer', 0, PERSON, 'Helge Roefer'),  # "Der Passagier war Helge Roefer": description named in the same clause
        A('BR-Fernsehens', 0, ORGANIZATION, 'BR Fernsehen'),  # compound that names one broadcaster; programme title and the character „Saupreiß“ not marked
        # "der Bayern erkundet": Bavaria as a region explored, place; "(itu)" author tag
    ],
    'wikinews-train-71677': [
        # "die Parlamentarier", "121 Parlamentarier" plural; "kriminellen Banden", "Organisierten Kriminalität" generic
        A('bulgarischen Parlaments', 0, ORGANIZATION, 'Bulgarische Nationalversammlung'),  # adjective kept as in "deutschen Bundestag"
        A('Todor Kolarow', 0, PERSON, 'Todor Kolarow'),
        A('Behörde', 0, ORGANIZATION, 'Kommission zur Konfiszierung illegal erworbenen Vermögens'),  # "dessen Behörde": possessive description of one body, like "Dessen Ehefrau"
        # "der Mafia": organised crime in general, not one specific organisation: not marked
        A('Opposition', 0, ORGANIZATION, 'Opposition im bulgarischen Parlament'),  # "aus der Opposition": the parliamentary opposition (a body, not a place), acting ("diese befürchtet")
        A('EU', 0, ORGANIZATION, 'EU'),  # "in Bulgarien" place
        A('Nationalpolizei', 0, ORGANIZATION, 'Bulgarische Nationalpolizei'),  # "Ein Beamter der Nationalpolizei": indefinite person not marked, the genitive institution is
    ],
    'wikinews-train-74190': [
        A('Fritz Kuhn', 0, PERSON, 'Fritz Kuhn'),
        A('Bündnis 90/Die Grünen', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        # "der neue Oberbürgermeister der Landeshauptstadt Stuttgart": predicative office, city the place of office, not marked;
        # "seinem Hauptkonkurrenten, dem ... Sebastian Turner": apposition named, name only
        A('CDU', 0, ORGANIZATION, 'CDU'),
        A('FDP', 0, ORGANIZATION, 'FDP'),
        A('Freien Wählern', 0, ORGANIZATION, 'Freie Wähler'),  # party by its members' name, like "den Sozialdemokraten"
        # "einigen SPD-Mitgliedern", "CDU-Persönlichkeiten": compounds, plural
        A('Sebastian Turner', 0, PERSON, 'Sebastian Turner'),
        A('Angela Merkel', 0, PERSON, 'Angela Merkel'),  # "CDU-Bundeskanzlerin Angela Merkel": title dropped
        A('Turner', 1, PERSON, 'Sebastian Turner'),
        A('Winfried Kretschmann', 0, PERSON, 'Winfried Kretschmann'),
        A('Kuhn', 1, PERSON, 'Fritz Kuhn'),  # "seinem Parteifreund Kuhn": name only
        A('Grünen', 1, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        # "im Schlesinger an der Stuttgarter Schloßstrasse": venue, place
        A('künftigen Oberbürgermeister', 0, PERSON, 'Fritz Kuhn'),
    ],
    'wikinews-train-77969': [
        # "Die amerikanische Ratingagentur Moody's", "des Eurolandes Slowenien": classifiers dropped
        A("Moody's", 0, ORGANIZATION, "Moody's"),
        A('Slowenien', 0, STATE, 'Slowenien'),
        A('Balkanland', 0, STATE, 'Slowenien'),  # definite description of the rated state, like "das bitterarme Land"
        A('Slowenien', 1, STATE, 'Slowenien'),
        A('Moody´s', 0, ORGANIZATION, "Moody's"),
        A('Ratingagentur', 1, ORGANIZATION, "Moody's"),
        A('Slowenien', 2, STATE, 'Slowenien'),
        # "der Bankensektor": an economic sector, not an actor
        A('Slowenien', 3, STATE, 'Slowenien'),
        A('Land', 0, STATE, 'Slowenien'),
        # "Hilfe aus dem Europäischen Stabilitätsmechanismus (ESM)": the ESM is an institution (not a place) that gives aid
        A('Europäischen Stabilitätsmechanismus', 0, ORGANIZATION, 'ESM'),
        A('ESM', 0, ORGANIZATION, 'ESM'),
        A('Land', 1, STATE, 'Slowenien'),
        A('ESM', 1, ORGANIZATION, 'ESM'),
        # "EU-Währungskommissar": name inside compound, description named in the same phrase
        A('Olli Rehn', 0, PERSON, 'Olli Rehn'),
    ],
    'wikinews-train-81262': [
        # classifiers before names dropped ("Unternehmensberatung", "IT-Hersteller", "Google-Holding", "Online-Händler", ...)
        A('Ernst & Young', 0, ORGANIZATION, 'EY'),
        A('Apple', 0, ORGANIZATION, 'Apple'),
        A('Alphabet', 0, ORGANIZATION, 'Alphabet'),
        A('Microsoft', 0, ORGANIZATION, 'Microsoft'),
        A('Amazon', 0, ORGANIZATION, 'Amazon'),
        A('Facebook', 0, ORGANIZATION, 'Facebook'),
        A('Warren Buffet', 0, PERSON, 'Warren Buffett'),
        A('Berkshire Hathaway', 0, ORGANIZATION, 'Berkshire Hathaway'),
        A('Exxon Mobil', 0, ORGANIZATION, 'ExxonMobil'),
        # "der Deutschlandchef von EY, Hubert Bart": description named in the same phrase; typo "Bart" kept
        A('EY', 0, ORGANIZATION, 'EY'),
        A('Hubert Bart', 0, PERSON, 'Hubert Barth'),
        # "US-amerikanischen Unternehmen", "zwei chinesische Unternehmen": plural, not marked
        A('Alibaba', 0, ORGANIZATION, 'Alibaba'),
        A('Tencent', 0, ORGANIZATION, 'Tencent'),
        A('Apple', 1, ORGANIZATION, 'Apple'),
        A('Alphabet', 1, ORGANIZATION, 'Alphabet'),
        A('EY', 1, ORGANIZATION, 'EY'),
        # "aus Europa" place; "amerikanischen und asiatischen IT-Konzernen" plural
        A('Barth', 0, PERSON, 'Hubert Barth'),
        # "Der wertvollste europäische Konzern ist ... Nestlé" and "das wertvollste deutsche Unternehmen, der Softwareentwickler SAP": descriptions named in the same clause/phrase
        A('Nestlé', 0, ORGANIZATION, 'Nestlé'),
        A('SAP', 0, ORGANIZATION, 'SAP'),
        A('Siemens', 0, ORGANIZATION, 'Siemens'),
        A('Bayer', 0, ORGANIZATION, 'Bayer'),
        A('Allianz', 0, ORGANIZATION, 'Allianz'),
        A('BASF', 0, ORGANIZATION, 'BASF'),
        A('Deutsche Telekom', 0, ORGANIZATION, 'Deutsche Telekom'),
        A('Daimler', 0, ORGANIZATION, 'Daimler AG'),
        A('Barth', 1, PERSON, 'Hubert Barth'),
        # "Europa ist aber stärker" / "Der Kontinent": continent, not an actor (like "Nordamerika"); "in den USA" place
    ],
    'wikinews-train-83346': [
        A('Boris Johnson', 0, PERSON, 'Boris Johnson'),
        A('Elizabeth II.', 0, PERSON, 'Elizabeth II.'),  # "Queen" is a title, dropped; ordinal dot kept like "Johannes Paul II."
        # "zum neuen Premierminister des ...": predicative office not marked; the state's genitive is (like "Gewerkschaftsführer Deutschlands")
        A('Vereinigten Königreiches', 0, STATE, 'Vereinigtes Königreich'),
        # "Sitz des Premierministers": the office, not a holder; "Downing Street" place
        A('Johnson', 1, PERSON, 'Boris Johnson'),
        A('Theresa May', 0, PERSON, 'Theresa May'),
        A('Unterhaus', 0, ORGANIZATION, 'House of Commons'),
        A('Johnson', 2, PERSON, 'Boris Johnson'),
        A('Jeremy Corbyn', 0, PERSON, 'Jeremy Corbyn'),  # "Ihren Widersacher Jeremy Corbyn": description named in the same phrase
        A('Labour Party', 0, ORGANIZATION, 'Labour Party'),
        A('May', 1, PERSON, 'Theresa May'),
        A('Corbyn', 1, PERSON, 'Jeremy Corbyn'),
        A('Johnson', 3, PERSON, 'Boris Johnson'),
        # "im Land" (twice) place; "wie das Land den Brexit schaffen wolle": the state acting
        A('Land', 2, STATE, 'Vereinigtes Königreich'),
        A('Johnson', 4, PERSON, 'Boris Johnson'),
        A('Jeremy Hunt', 0, PERSON, 'Jeremy Hunt'),  # "sein Kontrahent ..., der bisherige Außenminister Jeremy Hunt": named in the same phrase
        A('Dominic Raab', 0, PERSON, 'Dominic Raab'),
        A('David Davis', 0, PERSON, 'David Davis'),
        A('Theresa Mays', 0, PERSON, 'Theresa May'),
        # "aus der EU raus sind" (in Raab's quote): leaving the EU as a member, the organisation, not a place
        A('EU', 2, ORGANIZATION, 'EU'),
        A('Raab', 1, PERSON, 'Dominic Raab'),
        A('Spiegel Online', 0, ORGANIZATION, 'Spiegel Online'),
        # ministries as institutions (cf. "Im Kongress"), even where named as a portfolio
        A('Außenministerium', 0, ORGANIZATION, 'Foreign and Commonwealth Office'),
        A('Raab', 2, PERSON, 'Dominic Raab'),
        A('Johnsons', 0, PERSON, 'Boris Johnson'),  # "Stellvertreter Johnsons": predicative role not marked
        A('Damian Hinds', 0, PERSON, 'Damian Hinds'),
        A('Jeremy Wright', 0, PERSON, 'Jeremy Wright'),
        A('Greg Clark', 0, PERSON, 'Greg Clark'),
        A('Liam Fox', 0, PERSON, 'Liam Fox'),
        A('Penny Mordaunt', 0, PERSON, 'Penny Mordaunt'),
        # "dieser Minister" plural; "die Zeitung The Guardian": classifier dropped, English article part of the name (like "El País")
        A('The Guardian', 0, ORGANIZATION, 'The Guardian'),
        A('Hunt', 1, PERSON, 'Jeremy Hunt'),
        A('Johnson', 6, PERSON, 'Boris Johnson'),
        A('David Lidington', 0, PERSON, 'David Lidington'),
        A('Philip Hammond', 0, PERSON, 'Philip Hammond'),
        A('Rory Stewart', 0, PERSON, 'Rory Stewart'),
        A('David Gauke', 0, PERSON, 'David Gauke'),
        A('Kabinett', 0, ORGANIZATION, 'Kabinett des Vereinigten Königreichs'),  # "aus dem Kabinett ausgeschieden": a body (like "Vorstand"), not a place
        A('Gavin Williamson', 0, PERSON, 'Gavin Williamson'),
        A('Theresa May', 2, PERSON, 'Theresa May'),
        A('damaligen Verteidigungsminister', 0, PERSON, 'Gavin Williamson'),  # definite description without a name in the phrase
        A('Nationalen Sicherheitsrat', 0, ORGANIZATION, 'National Security Council'),
        A('Huawei', 0, ORGANIZATION, 'Huawei'),
        A('Ministerium', 0, ORGANIZATION, 'Verteidigungsministerium des Vereinigten Königreichs'),  # "sein Ministerium": possessive description
        A('Ben Wallace', 0, PERSON, 'Ben Wallace'),
        A('Michael Gove', 0, PERSON, 'Michael Gove'),  # "Kanzler des Herzogtums Lancaster": office title, not marked
        A('Gesundheitsministerium', 0, ORGANIZATION, 'Department of Health and Social Care'),
        A('Matt Hancock', 0, PERSON, 'Matt Hancock'),
        A('Stephen Barclay', 0, PERSON, 'Stephen Barclay'),
        A('Liz Truss', 0, PERSON, 'Liz Truss'),
        A('Ministerium für internationalen Handel', 0, ORGANIZATION, 'Department for International Trade'),
        A('Sajid Javid', 0, PERSON, 'Sajid Javid'),
        A('freiwerdende Innenministerium', 0, ORGANIZATION, 'Home Office'),  # premodifier kept, article dropped
        A('Priti Patel', 0, PERSON, 'Priti Patel'),
        # "vom rechten Tory-Flügel": a party wing, name inside compound, not marked
        A('47-Jährige', 0, PERSON, 'Priti Patel'),  # definite description of one person, like "Türkin"
        A('Margaret Thatcher', 0, PERSON, 'Margaret Thatcher'),  # quoted nickname „Eisernen Lady“ before the name not marked
        # "im Vereinigten Königreich lebt": place
    ],
}


def build() -> str:
    return wikinews_gold.build("train", DOCS, LABELS, EVERY, COUNT, START)


def main(argv: list[str]) -> int:
    return wikinews_gold.main(argv, OUT, build(), Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
