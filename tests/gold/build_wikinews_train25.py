"""Build tests/gold/wikinews_train25.jsonl: hand-annotated ACTOR gold on 25 WikiNews train articles.

The development set of the ACTOR rules (curation/preannotate/actors.py): rules are analysed and tuned
on these articles, so their figures here are no unseen check (that is wikinews_dev20.jsonl, built by
build_wikinews_dev20.py, on which no rule may be tuned). The articles were annotated by reading each
text, per ../shared/SCHEME.md and GUIDELINES.md, before running the pre-annotator on them or looking at
its output; one mention the first pass missed and the error analysis showed ("das zur Auflösung des
Bundestages führte" in wikinews-train-9019) was added afterwards, marked below. The gold covers ACTOR
only (no FIGURE, no QUOTE, no speaker relations): every record carries "labels": ["ACTOR"], so `curate
evaluate` scores ACTOR alone on it.

Selection (deterministic): the articles of ../shared/wikinews-quotes/train.jsonl sorted by the numeric id
that starts their documentName, those whose originalText has 800 to 4,000 characters (498 of 700), then
every 19th of these starting with the first, the first 25. Text = originalText unchanged (the title is
not part of it); doc_id = "wikinews-train-<id>". Spans use the Ann(label, surface, occurrence) format of
build_seeds_gold.py: the n-th (0-based) occurrence of the exact surface string, found with str.find
(so "RTL" counts the "RTL" inside "Super RTL"); offsets are computed and every slice asserted.

    .venv/bin/python tests/gold/build_wikinews_train25.py          # (re)write tests/gold/wikinews_train25.jsonl
    .venv/bin/python tests/gold/build_wikinews_train25.py --check  # exit 1 if the file is out of date

The WikiNews directory is $CURATE_WIKINEWS_DIR, else ../shared/wikinews-quotes beside the repository.

Conventions: exactly those of build_wikinews_dev20.py for ACTOR (names only, without title, function,
article or quotation marks; descriptions split from a following genitive name and left out when their
person is named in the same phrase; demonstrative and possessive descriptions without the determiner,
indefinite and plural ones not marked; names inside compounds not, compounds that are descriptions of
one actor yes; states after "in", "nach", "aus" are places, institutions are not), so that both sets
mean the same thing. Cases these articles raised, decided in the same spirit:
- A classifier before a name is dropped like "Gewerkschaft verdi" ("dem Land Niedersachsen" ->
  "Niedersachsen", "Personeneisenbahngesellschaft Amtrak" -> "Amtrak"), an official name is kept whole
  ("Freien und Hansestadt Hamburg", "Hansestadt Bremen", "Bundesverband der Deutschen Industrie e.V.",
  "1. FC Köln", "Johannes Paul II.", "Port Authority Transit Corp.").
- "der Bund" (the federation), "Bundesregierung" and a state's genitive ("Lage Deutschlands", "im
  politischen Spektrum Frankreichs") are STATE; "Opposition" (the parliamentary opposition),
  "Regierungskoalition", "Betriebsrat", "Konzernleitung", "Vorstand", "Führung" (of a named body),
  "Militärjunta" and sports clubs ("Werder Bremen", "die Bayern") are ORGANIZATION.
- Not ACTOR: a name mentioned as a name ("unter dem Namen „Zar Kiro“ bekannt"), names inside quoted
  titles of programmes ("„Karol Wojtyla – Geheimnisse eines Papstes“"), families and clans ("die
  Großfamilie", "den Clan von Raschkow" -> only "Raschkow"), "die internationale Staatengemeinschaft",
  offices rather than holders ("die Wahl zum Präsidenten der Republik"), stock indices, trading systems
  and exchanges ("ÖkoDAX", "XETRA", "an der Börse"), hospitals and camps as places, continents
  ("Nordamerika", "Besiedlung Amerikas"), "in der Hauptstadt Guatemalas".
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wikinews_gold  # noqa: E402
from build_seeds_gold import ORGANIZATION, PERSON, STATE, A, Ann  # noqa: E402

OUT = HERE / "wikinews_train25.jsonl"
LABELS = ["ACTOR"]  # the labels this gold covers
EVERY, COUNT = 19, 25  # the selection of wikinews_gold.select


# doc_id -> annotations, in text order.
DOCS: dict[str, list[Ann]] = {
    'wikinews-train-833': [
        A('Stiftung Warentest', 0, ORGANIZATION, 'Stiftung Warentest'),
        A('Bundesregierung', 0, STATE, 'Deutschland'),
        A('Stiftung', 1, ORGANIZATION, 'Stiftung Warentest'),
        A('Uschi Glas', 0, PERSON, 'Uschi Glas'),
        A('Stiftung Warentest', 1, ORGANIZATION, 'Stiftung Warentest'),
        A('Schauspielerin', 0, PERSON, 'Uschi Glas'),
        A('Landgericht Berlin', 0, ORGANIZATION, 'Landgericht Berlin'),
        A('Stiftung Warentest', 2, ORGANIZATION, 'Stiftung Warentest'),
        A('Heike van Laak', 0, PERSON, 'Heike van Laak'),
    ],
    'wikinews-train-3574': [
        A('Manfred Stolpe', 0, PERSON, 'Manfred Stolpe'),
        A('Bund', 3, STATE, 'Deutschland'),
        A('Freien und Hansestadt Hamburg', 0, STATE, 'Hamburg'),
        A('Hansestadt Bremen', 0, STATE, 'Bremen'),
        A('Niedersachsen', 0, STATE, 'Niedersachsen'),
    ],
    'wikinews-train-5583': [
        A('Jody Hey', 0, PERSON, 'Jody Hey'),
        A('Rutgers University', 0, ORGANIZATION, 'Rutgers University'),
        A('Jody Hey', 1, PERSON, 'Jody Hey'),
        A('Public Library of Science', 0, ORGANIZATION, 'Public Library of Science'),
        A('PLoS Biology', 0, ORGANIZATION, 'PLoS Biology'),
    ],
    'wikinews-train-9019': [
        A('Schröder', 0, PERSON, 'Gerhard Schröder'),
        A('Horst Köhler', 0, PERSON, 'Horst Köhler'),
        A('deutschen Bundestag', 0, ORGANIZATION, 'Deutscher Bundestag'),
        A('Wolfgang Thierse', 0, PERSON, 'Wolfgang Thierse'),
        A('Köhler', 1, PERSON, 'Horst Köhler'),
        A('Bundespräsident', 1, PERSON, 'Horst Köhler'),
        A('Gerhard Schröder', 0, PERSON, 'Gerhard Schröder'),
        A('SPD', 0, ORGANIZATION, 'SPD'),
        A('Bundesregierung', 0, STATE, 'Deutschland'),
        A('Kanzlers', 0, PERSON, 'Gerhard Schröder'),
        A('Köhler', 2, PERSON, 'Horst Köhler'),
        A('Deutschlands', 0, STATE, 'Deutschland'),
        A('Deutschlands', 1, STATE, 'Deutschland'),
        A('Bundestag', 2, ORGANIZATION, 'Deutscher Bundestag'),
        A('Bundeskanzler', 2, PERSON, 'Gerhard Schröder'),
        A('Bundestages', 0, ORGANIZATION, 'Deutscher Bundestag'),
        A('Bundeskanzler', 3, PERSON, 'Gerhard Schröder'),
        A('Bundespräsidenten', 0, PERSON, 'Horst Köhler'),
        A('Regierungskoalition', 0, ORGANIZATION, 'Regierungskoalition aus SPD und Grünen'),
        A('Werner Schulz', 0, PERSON, 'Werner Schulz'),
        A('Grüne', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('Jelena Hoffmann', 0, PERSON, 'Jelena Hoffmann'),
        A('SPD', 1, ORGANIZATION, 'SPD'),
        A('Bundespräsidenten', 1, PERSON, 'Horst Köhler'),
        A('Bundesverfassungsgericht', 0, ORGANIZATION, 'Bundesverfassungsgericht'),
        A('Bundestages', 1, ORGANIZATION, 'Deutscher Bundestag'),  # added after the error analysis, see above
        A('Bundeskanzlers', 0, PERSON, 'Gerhard Schröder'),
        A('Bundesverfassungsgericht', 1, ORGANIZATION, 'Bundesverfassungsgericht'),
        A('Bundesverband der Deutschen Industrie e.V.', 0, ORGANIZATION, 'BDI'),
        A('BDI', 0, ORGANIZATION, 'BDI'),
        A('Bundespräsidenten', 2, PERSON, 'Horst Köhler'),
        A('Jürgen R. Thumann', 0, PERSON, 'Jürgen R. Thumann'),
    ],
    'wikinews-train-12839': [
        A('RTL', 0, ORGANIZATION, 'RTL'),
        A('RTL', 1, ORGANIZATION, 'RTL'),
        A('n-tv', 0, ORGANIZATION, 'n-tv'),
        A('Vox', 0, ORGANIZATION, 'VOX'),
        A('Super RTL', 0, ORGANIZATION, 'Super RTL'),
        A('RTL Group', 0, ORGANIZATION, 'RTL Group'),
        A('Sendergruppe', 1, ORGANIZATION, 'RTL Group'),
        A('Süddeutsche Zeitung', 0, ORGANIZATION, 'Süddeutsche Zeitung'),
        A('Anke Schäferkordt', 0, PERSON, 'Anke Schäferkordt'),
        A('Betriebsrats', 0, ORGANIZATION, 'Betriebsrat der RTL-Sendergruppe'),
        A('Stefan Sporn', 0, PERSON, 'Stefan Sporn'),
        A('RTL Group', 1, ORGANIZATION, 'RTL Group'),
    ],
    'wikinews-train-15578': [
        A('Hertha BSC Berlin', 0, ORGANIZATION, 'Hertha BSC'),
        A('1. FC Kaiserslautern', 0, ORGANIZATION, '1. FC Kaiserslautern'),
        A('Bayer Leverkusen', 0, ORGANIZATION, 'Bayer 04 Leverkusen'),
        A('Borussia Dortmund', 0, ORGANIZATION, 'Borussia Dortmund'),
        A('Schalke 04', 0, ORGANIZATION, 'FC Schalke 04'),
        A('MSV Duisburg', 0, ORGANIZATION, 'MSV Duisburg'),
        A('BorVfL Wolfsburg', 0, ORGANIZATION, 'VfL Wolfsburg'),
        A('1. FC Köln', 0, ORGANIZATION, '1. FC Köln'),
        A('Bayern München', 0, ORGANIZATION, 'FC Bayern München'),
        A('Werder Bremen', 0, ORGANIZATION, 'SV Werder Bremen'),
        A('VfB Eintracht Frankfurt', 0, ORGANIZATION, 'Eintracht Frankfurt'),
        A('Arminia Bielefeld', 0, ORGANIZATION, 'Arminia Bielefeld'),
        A('Hannover 96', 0, ORGANIZATION, 'Hannover 96'),
        A('1. FSV Mainz 05', 0, ORGANIZATION, '1. FSV Mainz 05'),
        A('Bayern', 1, ORGANIZATION, 'FC Bayern München'),
        A('Werder Bremen', 1, ORGANIZATION, 'SV Werder Bremen'),
        A('Schalke', 1, ORGANIZATION, 'FC Schalke 04'),
        A('Borussia Mönchengladbach', 0, ORGANIZATION, 'Borussia Mönchengladbach'),
        A('Hamburger SV', 0, ORGANIZATION, 'Hamburger SV'),
        A('1. FC Nürnberg', 0, ORGANIZATION, '1. FC Nürnberg'),
        A('VfB Stuttgart', 0, ORGANIZATION, 'VfB Stuttgart'),
        A('Hertha BSC Berlin', 1, ORGANIZATION, 'Hertha BSC'),
        A('1. FC Kaiserslautern', 1, ORGANIZATION, '1. FC Kaiserslautern'),
        A('Bayer Leverkusen', 1, ORGANIZATION, 'Bayer 04 Leverkusen'),
        A('Borussia Dortmund', 1, ORGANIZATION, 'Borussia Dortmund'),
        A('Schalke 04', 1, ORGANIZATION, 'FC Schalke 04'),
        A('MSV Duisburg', 1, ORGANIZATION, 'MSV Duisburg'),
        A('VfL Wolfsburg', 1, ORGANIZATION, 'VfL Wolfsburg'),
        A('1. FC Köln', 1, ORGANIZATION, '1. FC Köln'),
        A('Bayern München', 1, ORGANIZATION, 'FC Bayern München'),
        A('Werder Bremen', 2, ORGANIZATION, 'SV Werder Bremen'),
        A('Eintracht Frankfurt', 1, ORGANIZATION, 'Eintracht Frankfurt'),
        A('Arminia Bielefeld', 1, ORGANIZATION, 'Arminia Bielefeld'),
        A('Hannover 96', 1, ORGANIZATION, 'Hannover 96'),
        A('1. FSV Mainz 05', 1, ORGANIZATION, '1. FSV Mainz 05'),
        A('Borussia Mönchengladbach', 1, ORGANIZATION, 'Borussia Mönchengladbach'),
        A('Hamburger SV', 1, ORGANIZATION, 'Hamburger SV'),
        A('1. FC Nürnberg', 1, ORGANIZATION, '1. FC Nürnberg'),
        A('VfB Stuttgart', 1, ORGANIZATION, 'VfB Stuttgart'),
    ],
    'wikinews-train-20136': [
        A('Zweite Deutsche Fernsehen', 0, ORGANIZATION, 'ZDF'),
        A('Johannes Paul II.', 0, PERSON, 'Johannes Paul II.'),
        A('ZDFs', 0, ORGANIZATION, 'ZDF'),
        A('Karol Wojtylas', 0, PERSON, 'Johannes Paul II.'),
        A('ZDF', 1, ORGANIZATION, 'ZDF'),
        A('Gero von Boehm', 0, PERSON, 'Gero von Boehm'),
        A('David Striesow', 0, PERSON, 'David Striesow'),
        A('Wojtyla', 1, PERSON, 'Johannes Paul II.'),
        A('Michael Mendl', 0, PERSON, 'Michael Mendl'),
        A('Johannes Paul II.', 1, PERSON, 'Johannes Paul II.'),
        A('Striesow', 1, PERSON, 'David Striesow'),
        A('Cosma Shiva Hagen', 0, PERSON, 'Cosma Shiva Hagen'),
        A('Mario Adorf', 0, PERSON, 'Mario Adorf'),
        A('Peppino Mancuso', 0, PERSON, 'Peppino Mancuso'),
        A('Papst', 2, PERSON, 'Johannes Paul II.'),
        A('Papstes', 0, PERSON, 'Johannes Paul II.'),
        A('Helmut Kohl', 0, PERSON, 'Helmut Kohl'),
        A('Henry Kissinger', 0, PERSON, 'Henry Kissinger'),
        A('Zbignew Brzezinski', 0, PERSON, 'Zbigniew Brzeziński'),
        A('Wojtech Jaruzelski', 0, PERSON, 'Wojciech Jaruzelski'),
        A('Michail Sergejewitsch Gorbatschow', 0, PERSON, 'Michail Gorbatschow'),
        A('Lech Wałęsa', 0, PERSON, 'Lech Wałęsa'),
        A('Karol Wojtylas', 1, PERSON, 'Johannes Paul II.'),
        A('ZDF', 2, ORGANIZATION, 'ZDF'),
        A('Halina', 0, PERSON, 'Halina'),
        A('ZDF', 3, ORGANIZATION, 'ZDF'),
        A('ZDF', 4, ORGANIZATION, 'ZDF'),
        A('Papstes', 2, PERSON, 'Johannes Paul II.'),
    ],
    'wikinews-train-24279': [
        A('Hubschrauberpiloten', 0, PERSON, 'Hubschrauberpilot von Sölden'),
        A('Staatsanwaltschaft Innsbruck', 0, ORGANIZATION, 'Staatsanwaltschaft Innsbruck'),
        A('Mann', 0, PERSON, 'Hubschrauberpilot von Sölden'),
        A('Staatsanwaltschaft Innsbruck', 1, ORGANIZATION, 'Staatsanwaltschaft Innsbruck'),
        A('35-jährige Piloten', 0, PERSON, 'Hubschrauberpilot von Sölden'),
        A('Staatsanwalt', 2, PERSON, 'Staatsanwalt Innsbruck'),
        A('Piloten', 1, PERSON, 'Hubschrauberpilot von Sölden'),
        A('Huberschrauberfirma', 0, ORGANIZATION, 'Hubschrauberfirma'),
        A('Staatsanwaltes', 0, PERSON, 'Staatsanwalt Innsbruck'),
        A('Staatsanwaltschaft', 2, ORGANIZATION, 'Staatsanwaltschaft Innsbruck'),
        A('Gericht', 0, ORGANIZATION, 'Landesgericht Innsbruck'),
    ],
    'wikinews-train-27782': [
        A('Deutsche Krebshilfe', 0, ORGANIZATION, 'Deutsche Krebshilfe'),
        A('Aktionsbündnis Nichtrauchen', 0, ORGANIZATION, 'Aktionsbündnis Nichtrauchen'),
        A('Nichtraucher-Initiative Deutschland e.V.', 0, ORGANIZATION, 'NID'),
        A('NID', 0, ORGANIZATION, 'NID'),
        A('Weltgesundheitsorganisation', 0, ORGANIZATION, 'WHO'),
        A('WHO', 0, ORGANIZATION, 'WHO'),
        A('EU', 0, ORGANIZATION, 'EU'),
        A('Ärztezeitung', 0, ORGANIZATION, 'Ärzte Zeitung'),
    ],
    'wikinews-train-32592': [
        A('Peer Steinbrück', 0, PERSON, 'Peer Steinbrück'),
        A('Steinbrück', 1, PERSON, 'Peer Steinbrück'),
        A('Bundes', 1, STATE, 'Deutschland'),
        A('Bundesregierung', 0, STATE, 'Deutschland'),
        A('Opposition', 0, ORGANIZATION, 'Opposition im Bundestag'),
        A('Steinbrück', 2, PERSON, 'Peer Steinbrück'),
        A('Bundesregierung', 1, STATE, 'Deutschland'),
        A('EU', 0, ORGANIZATION, 'EU'),
        A('Steinbrück', 3, PERSON, 'Peer Steinbrück'),
        A('Bundesfinanzminister', 1, PERSON, 'Peer Steinbrück'),
        A('Opposition', 1, ORGANIZATION, 'Opposition im Bundestag'),
        A('Jürgen Koppelin', 0, PERSON, 'Jürgen Koppelin'),
        A('Koppelin', 1, PERSON, 'Jürgen Koppelin'),
        A('SPD', 0, ORGANIZATION, 'SPD'),
        A('Bundestag', 0, ORGANIZATION, 'Deutscher Bundestag'),
        A('Bündnis 90/Die Grünen', 0, ORGANIZATION, 'Bündnis 90/Die Grünen'),
        A('Anja Hajduk', 0, PERSON, 'Anja Hajduk'),
        A('Bundesregierung', 2, STATE, 'Deutschland'),
        A('Anja Hajduk', 1, PERSON, 'Anja Hajduk'),
        A('Kollege', 0, PERSON, 'Jürgen Koppelin'),
        A('FDP', 1, ORGANIZATION, 'FDP'),
    ],
    'wikinews-train-35901': [
        A('Statistischen Bundesamtes', 0, ORGANIZATION, 'Statistisches Bundesamt'),
        A('Amtes', 0, ORGANIZATION, 'Statistisches Bundesamt'),
        A('Walter Radermacher', 0, PERSON, 'Walter Radermacher'),
        A('Statistischen Bundesamtes', 1, ORGANIZATION, 'Statistisches Bundesamt'),
    ],
    'wikinews-train-39262': [
        A('Multilateralen Investitionsfonds', 0, ORGANIZATION, 'MIF'),
        A('MIF', 0, ORGANIZATION, 'MIF'),
        A('Interamerikanischen Entwicklungsbank', 0, ORGANIZATION, 'IADB'),
        A('IADB', 0, ORGANIZATION, 'IADB'),
        A('Donald Terry', 0, PERSON, 'Donald Terry'),
        A('IADB', 1, ORGANIZATION, 'IADB'),
        A('Donald Terry', 1, PERSON, 'Donald Terry'),
        A('IADB', 2, ORGANIZATION, 'IADB'),
        A('IADB', 3, ORGANIZATION, 'IADB'),
        A('MIF', 2, ORGANIZATION, 'MIF'),
        A('Donald Terry', 2, PERSON, 'Donald Terry'),
        A('BBC News', 0, ORGANIZATION, 'BBC News'),
        A('IADB', 4, ORGANIZATION, 'IADB'),
        A('IADB', 5, ORGANIZATION, 'IADB'),
        A('MIF', 3, ORGANIZATION, 'MIF'),
        A('MIF', 4, ORGANIZATION, 'MIF'),
        A('Internationalen Fonds für landwirtschaftliche Entwicklung', 0, ORGANIZATION, 'IFAD'),
        A('Mexiko', 0, STATE, 'Mexiko'),
        A('Brasilien', 0, STATE, 'Brasilien'),
        A('Kolumbien', 0, STATE, 'Kolumbien'),
        A('Mexiko', 1, STATE, 'Mexiko'),
        A('IADB', 6, ORGANIZATION, 'IADB'),
        A('MIF', 5, ORGANIZATION, 'MIF'),
        A('Bank', 1, ORGANIZATION, 'IADB'),
    ],
    'wikinews-train-44338': [
        A('Friedrich-Loeffler-Institut', 0, ORGANIZATION, 'Friedrich-Loeffler-Institut'),
        A('Staatlichen Tierärztlichen Untersuchungsamts Aulendorf', 0, ORGANIZATION, 'Staatliches Tierärztliches Untersuchungsamt Aulendorf'),
        A('baden-württembergischen Ernährungsministeriums', 0, ORGANIZATION, 'Ministerium für Ernährung und Ländlichen Raum Baden-Württemberg'),
    ],
    'wikinews-train-46588': [
        A('Amtrak', 0, ORGANIZATION, 'Amtrak'),
        A('George D. Warrington', 0, PERSON, 'George D. Warrington'),
        A('Warrington', 1, PERSON, 'George D. Warrington'),
        A('Syracuse University', 0, ORGANIZATION, 'Syracuse University'),
        A('Transportministerium', 0, ORGANIZATION, 'New Jersey Department of Transportation'),
        A('New Jersey Transit', 0, ORGANIZATION, 'New Jersey Transit'),
        A('Delaware River Port Authority', 0, ORGANIZATION, 'Delaware River Port Authority'),
        A('Port Authority Transit Corp.', 0, ORGANIZATION, 'Port Authority Transit Corporation'),
        A('Tom Downs', 0, PERSON, 'Tom Downs'),
        A('Tom Downs', 1, PERSON, 'Tom Downs'),
        A('Amtrak', 2, ORGANIZATION, 'Amtrak'),
        A('New Jersey Transit', 1, ORGANIZATION, 'New Jersey Transit'),
        A('Warrington', 2, PERSON, 'George D. Warrington'),
    ],
    'wikinews-train-49378': [
        A('UBS', 0, ORGANIZATION, 'UBS'),
        A('Geldinstitut', 0, ORGANIZATION, 'UBS'),
        A('Bank', 0, ORGANIZATION, 'UBS'),
        A('Marcel Ospel', 0, PERSON, 'Marcel Ospel'),
        A('Bank', 1, ORGANIZATION, 'UBS'),
        A('Bankpräsidenten', 0, PERSON, 'Marcel Ospel'),
        A('Bank', 3, ORGANIZATION, 'UBS'),
        A('Bank', 4, ORGANIZATION, 'UBS'),
        A('Peter Kurer', 0, PERSON, 'Peter Kurer'),
        A('Konzernleitung', 0, ORGANIZATION, 'Konzernleitung der UBS'),
        A('Deutsche Bank', 0, ORGANIZATION, 'Deutsche Bank'),
        A('Deutsche Bank', 1, ORGANIZATION, 'Deutsche Bank'),
        A('Bank', 7, ORGANIZATION, 'Deutsche Bank'),
        A('Bank', 8, ORGANIZATION, 'Deutsche Bank'),
    ],
    'wikinews-train-52120': [
        A('libanesischen Armee', 0, ORGANIZATION, 'Libanesische Armee'),
        A('syrischen Geheimdienst', 0, ORGANIZATION, 'Syrischer Geheimdienst'),
        A('Rafik al-Hariri', 0, PERSON, 'Rafik al-Hariri'),
        A('al-Qauida', 0, ORGANIZATION, 'al-Qaida'),
        A('libanesischen Armee', 1, ORGANIZATION, 'Libanesische Armee'),
    ],
    'wikinews-train-55268': [
        A('Daimler AG', 0, ORGANIZATION, 'Daimler AG'),
        A('Tesla Motors', 0, ORGANIZATION, 'Tesla Motors'),
        A('Daimler AG', 1, ORGANIZATION, 'Daimler AG'),
        A('Daimler', 2, ORGANIZATION, 'Daimler AG'),
        A('Tesla Motors', 1, ORGANIZATION, 'Tesla Motors'),
        A('Wikinews', 0, ORGANIZATION, 'Wikinews'),
        A('Firma', 0, ORGANIZATION, 'Tesla Motors'),
        A('Konzerns', 0, ORGANIZATION, 'Daimler AG'),
        A('Automobilwoche', 0, ORGANIZATION, 'Automobilwoche'),
    ],
    'wikinews-train-58907': [
        A('Polizei', 0, ORGANIZATION, 'Französische Polizei'),
        A('dpa', 0, ORGANIZATION, 'dpa'),
        A('AFP', 0, ORGANIZATION, 'AFP'),
    ],
    'wikinews-train-61320': [
        A('BBC', 0, ORGANIZATION, 'BBC'),
        A('Militärjunta', 0, ORGANIZATION, 'Oberster Rat zur Wiederherstellung der Demokratie'),
        A('Land', 0, STATE, 'Niger'),
        A('Harouna Djibrilla Adamou', 0, PERSON, 'Harouna Djibrilla Adamou'),
        A('Landes', 0, STATE, 'Niger'),
        A('Vereinten Nationen', 0, ORGANIZATION, 'Vereinte Nationen'),
        A('Ban Ki-moon', 0, PERSON, 'Ban Ki-moon'),
        A('Afrikanische Union', 0, ORGANIZATION, 'Afrikanische Union'),
        A('Afrikanische Union', 1, ORGANIZATION, 'Afrikanische Union'),
        A('Niger', 1, STATE, 'Niger'),
        A('Landes', 1, STATE, 'Niger'),
        A('Union', 2, ORGANIZATION, 'Afrikanische Union'),
        A('Tandja Mamadou', 0, PERSON, 'Tandja Mamadou'),
        A('Oberste Rat zur Wiederherstellung der Demokratie', 0, ORGANIZATION, 'Oberster Rat zur Wiederherstellung der Demokratie'),
        A('Militärjunta', 1, ORGANIZATION, 'Oberster Rat zur Wiederherstellung der Demokratie'),
        A('Militärjunta', 2, ORGANIZATION, 'Oberster Rat zur Wiederherstellung der Demokratie'),
        A('BBC', 1, ORGANIZATION, 'BBC'),
        A('Präsident', 2, PERSON, 'Tandja Mamadou'),
        A('Bazoum Mohammed', 0, PERSON, 'Bazoum Mohammed'),
        A('CFDR', 0, ORGANIZATION, 'CFDR'),
        A('Militärjunta', 3, ORGANIZATION, 'Oberster Rat zur Wiederherstellung der Demokratie'),
        A('Junta', 0, ORGANIZATION, 'Oberster Rat zur Wiederherstellung der Demokratie'),
        A('Mamadou', 1, PERSON, 'Tandja Mamadou'),
        A('Präsidenten', 3, PERSON, 'Tandja Mamadou'),
        A('Mamadou', 2, PERSON, 'Tandja Mamadou'),
    ],
    'wikinews-train-64227': [
        A('Jim DeMint', 0, PERSON, 'Jim DeMint'),
        A('National Public Radio', 0, ORGANIZATION, 'NPR'),
        A('NPR', 0, ORGANIZATION, 'NPR'),
        A('Public Broadcasting Service', 0, ORGANIZATION, 'PBS'),
        A('PBS-TV', 0, ORGANIZATION, 'PBS'),
        A('Sarah Palin', 0, PERSON, 'Sarah Palin'),
        A('Mike Huckabee', 0, PERSON, 'Mike Huckabee'),
        A('Juan Williams', 0, PERSON, 'Juan Williams'),
        A('Fox News', 0, ORGANIZATION, 'Fox News'),
        A('NPR', 2, ORGANIZATION, 'NPR'),
        A('Williams', 1, PERSON, 'Juan Williams'),
        A('Fox News', 1, ORGANIZATION, 'Fox News'),
        A('Führung', 0, ORGANIZATION, 'Führung von NPR'),
        A('NPR', 3, ORGANIZATION, 'NPR'),
        A('Williams', 2, PERSON, 'Juan Williams'),
        A('Williams', 3, PERSON, 'Juan Williams'),
        A('Ex-Arbeitgeber', 0, ORGANIZATION, 'NPR'),
        A('Bund', 1, STATE, 'USA'),
        A('NPR', 4, ORGANIZATION, 'NPR'),
        A('PBS', 1, ORGANIZATION, 'PBS'),
        A('NPR', 5, ORGANIZATION, 'NPR'),
        A('PBS', 2, ORGANIZATION, 'PBS'),
        A('NPR', 6, ORGANIZATION, 'NPR'),
        A('NPR', 7, ORGANIZATION, 'NPR'),
        A('NPR', 8, ORGANIZATION, 'NPR'),
        A('PBS', 3, ORGANIZATION, 'PBS'),
        A('NPR', 9, ORGANIZATION, 'NPR'),
        A('PBS', 4, ORGANIZATION, 'PBS'),
    ],
    'wikinews-train-67374': [
        A('TEPCO', 0, ORGANIZATION, 'TEPCO'),
        A('TEPCO', 1, ORGANIZATION, 'TEPCO'),
        A('Yukio Edano', 0, PERSON, 'Yukio Edano'),
        A('Yukio Edano', 1, PERSON, 'Yukio Edano'),
    ],
    'wikinews-train-69856': [
        A('Fahrer', 0, PERSON, 'Fahrer des Kleinbusses von Katunitsa'),
        A('Zar Kiro', 0, PERSON, 'Kiril Raschkow'),
        A('Kiril Raschkow', 0, PERSON, 'Kiril Raschkow'),
        A('19-jährigen Slawen', 0, PERSON, 'Angel Petrow'),
        A('Kiril Raschkow', 1, PERSON, 'Kiril Raschkow'),
        A('Raschkow', 2, PERSON, 'Kiril Raschkow'),
        A('Polizei', 0, ORGANIZATION, 'Bulgarische Polizei'),
        A('Raschkow', 3, PERSON, 'Kiril Raschkow'),
        A('Kiril Raschkow', 2, PERSON, 'Kiril Raschkow'),
        A('Slawen', 1, PERSON, 'Angel Petrow'),
        A('Raschkow', 5, PERSON, 'Kiril Raschkow'),
        A('Clan-Chef', 0, PERSON, 'Kiril Raschkow'),
        A('Georgi Parwanow', 0, PERSON, 'Georgi Parwanow'),
        A('Ataka-Partei', 0, ORGANIZATION, 'Ataka'),
        A('Europäischen Union', 0, ORGANIZATION, 'EU'),
        A('EU', 0, ORGANIZATION, 'EU'),
        A('Al Jazeera', 0, ORGANIZATION, 'Al Jazeera'),
    ],
    'wikinews-train-72501': [
        A('Nicolas Sarkozy', 0, PERSON, 'Nicolas Sarkozy'),
        A('François Hollande', 0, PERSON, 'François Hollande'),
        A('Hollande', 1, PERSON, 'François Hollande'),
        A('Marine Le Pen', 0, PERSON, 'Marine Le Pen'),
        A('Front National', 0, ORGANIZATION, 'Front National'),
        A('François Bayrou', 0, PERSON, 'François Bayrou'),
        A('Mouvement démocrate', 0, ORGANIZATION, 'MoDem'),
        A('MoDem', 0, ORGANIZATION, 'MoDem'),
        A('Jean-Luc Mélenchon', 0, PERSON, 'Jean-Luc Mélenchon'),
        A('Linksfront', 0, ORGANIZATION, 'Front de gauche'),
        A('Eva Joly', 0, PERSON, 'Eva Joly'),
        A('Joly', 1, PERSON, 'Eva Joly'),
        A('Partei', 1, ORGANIZATION, 'Europe Écologie-Les Verts'),
        A('Frankreichs', 0, STATE, 'Frankreich'),
        A('Partei', 2, ORGANIZATION, 'Europe Écologie-Les Verts'),
        A('Sarkozy', 1, PERSON, 'Nicolas Sarkozy'),
        A('Hollande', 2, PERSON, 'François Hollande'),
        A('Hollandes', 0, PERSON, 'François Hollande'),
    ],
    'wikinews-train-74430': [
        A('PNE Wind AG', 0, ORGANIZATION, 'PNE Wind'),
        A('DONG Energy', 0, ORGANIZATION, 'DONG Energy'),
        A('Unternehmen', 0, ORGANIZATION, 'PNE Wind'),
        A('PNE Wind', 1, ORGANIZATION, 'PNE Wind'),
        A('PNE Wind', 2, ORGANIZATION, 'PNE Wind'),
        A('Vorstands', 0, ORGANIZATION, 'Vorstand der PNE Wind AG'),
        A('PNE Wind', 3, ORGANIZATION, 'PNE Wind'),
    ],
    'wikinews-train-79621': [],  # places, generic groups and an anonymous convert only
}


def build() -> str:
    return wikinews_gold.build("train", DOCS, LABELS, EVERY, COUNT)


def main(argv: list[str]) -> int:
    return wikinews_gold.main(argv, OUT, build(), Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
