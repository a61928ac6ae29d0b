"""German word lists the rule modules share (actors, figures, quotes): articles, months and weekdays,
adjective endings, verbs of saying; and the word lists the ACTOR rules are written as patterns over (heads of
descriptions and organisation names, legal forms, place nouns), so that tuning them is editing data. Other
lists only one module uses stay beside their rule.

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
fragt(?:e|en)? gefragt
prangert(?:e|en)? angeprangert
verlautbart(?:e|en)?
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

# --------------------------------------------------------------------------------------------- ACTOR word lists
# (data for curation.preannotate.actors, kept here so the rules read as patterns over these lists)

# Head nouns of definite descriptions standing for one organisation ("die Bank", "der Betriebsrat", "die
# Militärjunta"), matched as the end of a noun, singular forms only ("Banken", "Parteien" do not match).
ORG_DESCRIPTION_HEADS = (
    "bank", "stiftung", "firma", "konzern", "konzerns", "unternehmen", "unternehmens", "geldinstitut",
    "geldinstituts", "institut", "instituts", "sendergruppe", "junta", "partei", "vorstand", "vorstands",
    "konzernleitung", "geschäftsführung", "betriebsrat", "betriebsrats", "aufsichtsrat", "aufsichtsrats",
    "verwaltungsrat", "verwaltungsrats", "koalition", "bundesamt", "bundesamtes", "landesamt", "landesamtes",
    "finanzamt", "gesundheitsamt",
    "arbeitsamt", "jugendamt", "ordnungsamt", "kanzleramt", "kanzleramtes", "union", "bundestages", "landtag",
    "landtags", "landtages", "gewerkschaft", "verband", "verbands", "verbandes", "organisation", "zeitung",
    "agentur", "fluggesellschaft", "airline", "regierungspartei", "verfassungsgericht", "verfassungsgerichts",
    "repräsentantenhaus", "repräsentantenhauses", "bundesanstalt", "feuerwehr", "fraktion", "botschaft",
    "nationalgarde", "ausschuss", "ausschusses", "fakultät", "vereinsführung", "parteiführung", "stadtverwaltung",
    "stadtleitung", "parteispitze", "vereinsspitze",
    # clubs and teams ("der Verein", "dem Fußball-Bundesligisten"), companies by what they do ("der Veranstalter",
    # "seinem Ex-Arbeitgeber")
    "verein", "vereins", "klub", "klubs", "club", "clubs", "ligist", "ligisten", "mannschaft",
    "veranstalter", "veranstalters", "hersteller", "herstellers", "arbeitgeber",
    "arbeitgebers", "verlag", "verlags", "sender", "senders",
    "zentralrat", "zentralrats", "zentralrates", "gemeinderat", "gemeinderats", "gemeinderates", "kreistag",
    "kreistags", "kreistages", "komitee", "komitees", "kartellamt", "kartellamts", "kartellamtes", "patentamt",
    "patentamts", "presseamt", "presseamts", "vereinsleitung", "schulleitung", "klinikleitung",
    "unternehmensleitung", "justiz", "europarat", "europarats", "europarates", "sicherheitsrat", "sicherheitsrats",
    "sicherheitsrates", "menschenrechtsrat", "menschenrechtsrats", "ministerrat", "ministerrats", "nationalrat",
    "nationalrats", "stadtrat", "stadtrats", "stadtrates",
    # armed forces, security and public services, churches' dioceses, chambers, funds
    "bundeswehr", "marine", "luftwaffe", "küstenwache", "anwaltschaft", "verfassungsschutz", "verfassungsschutzes",
    "kriminalamt", "kriminalamts", "kriminalamtes", "kabinett", "kabinetts", "hochschule", "universität",
    "bistum", "bistums", "erzbistum", "erzbistums", "bankenaufsicht", "finanzaufsicht", "börsenaufsicht",
    "kreisverwaltung", "senatsverwaltung", "bezirksverwaltung", "nationalversammlung", "konzernspitze",
    "bürgerinitiative", "krankenkasse", "sparkasse", "verbraucherzentrale", "kammer", "miliz",
    # bands and organised groups ("die Rockband", "der Terrorgruppe"; "die Gruppe" whole in actors._ORG_HEADS)
    "rockband", "popband", "punkband", "boyband", "girlgroup", "metalband", "rockgruppe", "popgruppe", "musikgruppe",
    "terrorgruppe", "rebellengruppe", "extremistengruppe", "islamistengruppe", "widerstandsgruppe",
)
# Compounds ending like an institution that are things: "die Datenbank", "auf der Anklagebank".
NOT_INSTITUTION_HEADS = ("datenbank", "anklagebank", "sandbank", "parkbank", "ersatzbank", "werkbank",
                         "regierungsbank", "kirchenbank", "schulbank")
# Heads of definite descriptions standing for one person ("der Papst", "dem Mann", "des Piloten").
PERSON_DESCRIPTION_HEADS = (
    "papst", "papstes", "pilot", "piloten", "fahrer", "fahrers", "fahrerin", "schauspieler",
    "schauspielers", "schauspielerin", "kollege", "kollegen", "kollegin", "chef", "chefs", "chefin",
    "staatsanwaltes", "täter", "täters", "täterin", "richter", "richters", "richterin", "trainer", "trainers",
    "bürgermeister", "bürgermeisters", "bürgermeisterin", "vorsitzende", "vorsitzenden", "direktor", "direktors",
    "direktorin", "leiter", "leiters", "leiterin", "anwalt", "anwalts", "anwältin", "verdächtige", "verdächtigen",
    # kin and partners ("seine Frau", "dessen Sohn", "ihr Ex-Freund"), victims, pupils, offices of one person
    "ehefrau", "ehemann", "ehemanns", "witwe", "witwer", "sohn", "sohnes", "sohns", "tochter", "vater", "vaters",
    "mutter", "bruder", "bruders", "schwester", "freund", "freundes", "freundin", "lebensgefährte",
    "lebensgefährtin", "opfer", "opfers", "schüler", "schülers", "schülerin", "student", "studentin",
    "senator", "senators", "senatorin", "gouverneur", "gouverneurs", "gouverneurin", "boss", "bosses",
    "angeklagte", "angeklagten", "beschuldigte", "beschuldigten", "politiker", "politikers", "politikerin",
    "sieger", "siegers", "siegerin", "gewinner", "gewinners", "gewinnerin", "spieler", "spielers", "spielerin",
    "autor", "autors", "autorin", "sänger", "sängers", "sängerin", "regisseur", "regisseurs", "regisseurin",
    "unternehmer", "unternehmers", "unternehmerin", "gründer", "gründers", "gründerin",
    "kanzlerkandidat", "kanzlerkandidaten", "kanzlerkandidatin", "spitzenkandidat", "spitzenkandidaten",
    "spitzenkandidatin", "präsidentschaftskandidat", "präsidentschaftskandidaten", "präsidentschaftskandidatin",
    # offices, ranks and roles one person holds ("der Landrat", "der Kardinal", "des Torwarts", "der Kläger")
    "landrat", "landrats", "landrätin", "verteidiger", "verteidigers", "verteidigerin", "kapitän", "kapitäns",
    "torwart", "torwarts", "stürmer", "stürmers", "bischof", "bischofs", "kardinal", "kardinals", "pfarrer",
    "pfarrers", "pfarrerin", "könig", "königs", "königin", "prinz", "prinzessin", "journalist", "journalistin",
    "reporter", "reporters", "reporterin", "abgeordnete", "kommissar", "kommissars", "kommissarin", "polizist",
    "polizistin", "soldat", "soldatin", "offizier", "offiziers", "general", "generals", "anführer", "anführers",
    "mörder", "mörders", "mörderin", "entführer", "entführers", "kläger", "klägers", "klägerin", "professor",
    "professors", "professorin", "manager", "managers", "managerin", "investor", "investors", "milliardär",
    "milliardärs", "besitzer", "besitzers", "besitzerin", "eigentümer", "eigentümers", "herausforderer",
    "herausforderers", "amtsinhaber", "amtsinhabers", "nachfolger", "nachfolgers", "nachfolgerin", "vorgänger",
    "vorgängers", "vorgängerin", "titelverteidiger", "weltmeister", "weltmeisters", "weltmeisterin", "athlet",
    "athletin", "geschäftsführer", "geschäftsführers", "geschäftsführerin", "mädchen", "mädchens",
)
# The same as whole words only ("der Mann", not "die Drogeriekette Rossmann"; "der Zeuge", not "die Flugzeuge").
PERSON_DESCRIPTION_WORDS = ("Mann", "Mannes", "Frau", "Zeuge", "Zeugen", "Zeugin", "Kind", "Kindes", "Junge",
                            "Jungen")
# Nationalities and peoples as nouns, masculine singular: a definite one is a person ("der Italiener", "die
# Türkin", "des Slawen"); feminine and inflected forms are made from these (actors._demonym_forms). "Deutsche" is
# left out: it is mostly the adjective of a name ("Deutsche Bank").
DEMONYM_NOUNS = (
    "Afghane", "Ägypter", "Albaner", "Algerier", "Amerikaner", "Araber", "Argentinier", "Armenier", "Australier",
    "Belgier", "Brasilianer", "Brite", "Bulgare", "Chilene", "Chinese", "Däne", "Engländer", "Este", "Finne",
    "Franzose", "Georgier", "Grieche", "Inder", "Indonesier", "Iraker", "Iraner", "Ire", "Isländer", "Israeli",
    "Italiener", "Japaner", "Jordanier", "Kanadier", "Kenianer", "Kolumbianer", "Koreaner", "Kosovare", "Kroate",
    "Kubaner", "Kurde", "Lette", "Libanese", "Libyer", "Litauer", "Marokkaner", "Mexikaner", "Niederländer",
    "Nigerianer", "Norweger", "Österreicher", "Pakistaner", "Palästinenser", "Pole", "Portugiese", "Rumäne",
    "Russe", "Saudi", "Schotte", "Schwede", "Schweizer", "Serbe", "Slawe", "Slowake", "Slowene", "Spanier",
    "Syrer", "Tscheche", "Tunesier", "Türke", "Ukrainer", "Ungar", "Venezolaner", "Vietnamese", "Weißrusse",
)
# A party named by its members, plural nouns that stand for the party ("mit den Grünen", "die Liberalen").
PARTY_MEMBER_NOUNS = ("Grünen", "Liberalen", "Sozialdemokraten", "Christdemokraten", "Christsozialen",
                      "Freidemokraten", "Konservativen", "Sozialisten", "Demokraten", "Republikaner", "Tories")
# Parties in parentheses after a politician that are no acronyms: "Werner Schulz (Grüne)".
PARTY_WORDS = ("Grüne", "Grünen", "Die Grünen", "Bündnis 90/Die Grünen", "Linke", "Die Linke", "Linkspartei",
               "Piraten", "Piratenpartei", "Freie Wähler", "Republikaner", "Demokraten", "Konservative", "Labour")
# Heads of descriptions standing for a state: the federation ("der Bund", "des Bundes").
STATE_DESCRIPTION_HEADS = ("Bund", "Bundes", "Volksrepublik")
# Compounds of "Land"/"Staat" that stand for a state named before ("das Balkanland", "das Nachbarland"), as
# lower-case endings; not "Bundesland", "Ausland", "Festland" (parts or places).
STATE_COMPOUND_HEADS = (
    "balkanland", "balkanlandes", "nachbarland", "nachbarlandes", "nachbarstaat", "nachbarstaates",
    "mitgliedsland", "mitgliedslandes", "mitgliedstaat", "mitgliedsstaat", "gastgeberland", "gastgeberlandes",
    "partnerland", "partnerlandes", "geberland", "geberlandes", "inselstaat", "inselstaates", "golfstaat",
    "golfstaates", "kleinstaat", "kleinstaates", "zwergstaat", "alpenland", "alpenlandes", "alpenrepublik",
    "inselrepublik", "andenstaat", "andenstaates", "ölstaat", "karibikstaat", "wüstenstaat", "königreich",
    "königreichs", "königreiches", "emirat", "emirats", "emirates", "sultanat", "sultanats",
)
# Natural events: a state they hit is a place ("erschütterte ein Erdbeben Griechenland"); lower-case endings.
NATURAL_EVENT_ENDINGS = (
    "erdbeben", "beben", "sturm", "hurrikan", "taifun", "orkan", "zyklon", "tornado", "unwetter", "hochwasser",
    "flut", "tsunami", "hitzewelle", "kältewelle", "dürre", "lawine", "waldbrand", "waldbrände", "buschfeuer",
    "vulkanausbruch", "regenfälle", "schneefälle", "niederschläge",
)
# Authorities named by their type, generic when no owner or seat is given ("gegenüber dem Arbeitsamt lügen").
GENERIC_OFFICE_HEADS = (
    "finanzamt", "arbeitsamt", "sozialamt", "standesamt", "meldeamt", "bürgeramt", "ordnungsamt", "jugendamt",
    "zollamt", "jobcenter", "ausländerbehörde", "zulassungsstelle",
)
# Technical acronyms that never name an organisation ("in HD", "der EPG", "per GPS").
TECHNICAL_ACRONYMS = (
    "HD", "HDTV", "SD", "EPG", "PVR", "GPS", "LED", "LCD", "OLED", "TFT", "CPU", "GPU", "RAM", "ROM", "DSL",
    "LTE", "UMTS", "GSM", "WLAN", "LAN", "HTML", "HTTP", "URL", "PIN", "TAN", "FAQ", "RFID", "MMS", "UHD", "IP",
    "PC", "CD", "DVD", "SMS", "PDF", "USB", "TV", "ID", "IT",
)
# Prepositions fused with the article ("im Bundestag", "beim Landgericht Berlin"): determiners of a description.
FUSED_ARTICLES = ("im", "beim", "vom", "zum", "zur")

# The last word of an organisation's name after capitalised adjectives ("Deutsche Bank", "Afrikanische Union",
# "Statistischen Bundesamtes", "Zweite Deutsche Fernsehen"), matched as the end of the word, with endings.
ORG_NAME_HEADS_DE = (
    "bank", "union", "nationen", "zeitung", "organisation", "hilfe", "fernsehen", "fernsehens", "rundfunk",
    "rundfunks", "amt", "amtes", "amts", "institut", "instituts", "gericht", "gerichts", "gerichtshof",
    "gerichtshofs", "ministerium", "ministeriums", "verband", "verbandes", "verbands", "partei", "fonds", "rat",
    "rates", "rats", "kommission", "agentur", "gesellschaft", "stiftung", "akademie", "universität",
    "hochschule", "behörde", "polizei", "armee", "versammlung", "gewerkschaft", "allianz", "bahn",
    "untersuchungsamt", "untersuchungsamts", "bundesanstalt", "zentrale", "kammer", "feuerwehr", "kommission",
    "staatsanwaltschaft", "botschaft", "verkehrsbetriebe", "stadtwerke", "verkehrsverbund", "dienst", "dienstes",
    "gewerkschaftsbund", "gewerkschaftsbundes", "komitee", "komitees", "kirche",
    # "Deutsche Zentrum für Luft- und Raumfahrt", "Deutsche Fußball-Bund", "Bremischen Bürgerschaft", "Thüringer
    # Landessternwarte", "Grüne Jugend"
    "zentrum", "zentrums", "-bund", "-bundes", "‐bund", "‐bundes", "bürgerschaft", "sternwarte", "jugend",
)
# The last word of a newspaper's name after the adjective of its city ("Salzburger Nachrichten", "Hamburger
# Abendblatt", "Frankfurter Rundschau"), matched as the end of the word.
NEWSPAPER_HEADS = ("nachrichten", "rundschau", "abendblatt", "morgenpost", "anzeiger", "kurier", "merkur",
                   "tagblatt", "tageblatt", "volksstimme", "abendzeitung")
# The last word of an organisation's name in English and of a company's legal form ("Rutgers University",
# "Fox News", "Daimler AG", "PNE Wind AG").
ORG_NAME_HEADS_EN = (
    "University", "College", "Service", "Radio", "News", "Motors", "Authority", "Corporation", "Corp.",
    "Inc.", "Group", "Association", "Agency", "Council", "Foundation", "Institute", "Company", "Airlines",
    "Airways", "Times", "Journal", "Party", "Watch", "Bank", "Library", "Press", "Network", "Television",
    "Broadcasting", "Committee", "Fund", "Organization", "Society", "Club", "Energy", "Holdings", "Bureau",
    "Commission", "Department", "Institution", "Transit", "Ltd.", "Records", "Pictures", "Studios", "Systems",
    "Police", "Guard", "Army", "Navy", "Court", "Ministry", "Office", "Assembly", "Union", "Federation",
    "Alliance", "Coalition", "Senate", "Parliament", "Academy", "Airline", "Museum", "Line", "Lines",
    # newspapers: "Washington Post", "Bangkok Post", "Sydney Morning Herald"
    "Post", "Herald", "Tribune", "Guardian", "Telegraph", "Observer", "Gazette", "Chronicle", "Daily",
)
LEGAL_FORMS = ("AG", "GmbH", "SE", "KG", "KGaA", "mbH", "e.V.", "Inc.", "Corp.", "Ltd.", "Co.", "S.A.", "plc")
# Abbreviations of German sports clubs, before ("VfB Stuttgart", "1. FC Köln") or after ("Hamburger SV",
# "Hertha BSC") the club's name.
SPORTS_CLUB_ABBREVIATIONS = ("FC", "SC", "SV", "VfB", "VfL", "TSV", "FSV", "MSV", "BSC", "SpVgg", "TSG", "KSC",
                             "SSV", "TuS", "BVB", "HSV", "SG", "FK", "AC", "AS", "SSC", "RB", "CF")
# Nouns of places before a state's genitive: "in der Hauptstadt Guatemalas", "im Norden Malis".
PLACE_NOUNS = ("Hauptstadt", "Region", "Regionen", "Provinz", "Provinzen", "Norden", "Süden", "Osten", "Westen",
               "Nordosten", "Nordwesten", "Südosten", "Südwesten", "Küste", "Ostküste", "Westküste", "Grenze",
               "Grenzen", "Gebiet", "Gebiete", "Stadt", "Städte", "Städten", "Dorf", "Dörfer", "Landesteil",
               "Landesteile", "Zentrum", "Hauptstädte", "Inseln", "Insel", "Strände", "Straßen", "Wüste",
               "Bergen", "Hafenstadt", "Metropole", "Teile", "Teilen", "Landesinneren")
# Nouns for states before a state's name; after a place preposition the name is a place ("aus den Ländern
# Ukraine, Polen", "im Bundesstaat Virginia").
# Matched as the end of the noun ("US-Bundesstaat Virginia", "im Westküstenstaat Alaska").
STATE_NOUNS = ("land", "landes", "länder", "ländern", "staat", "staates", "staats", "staaten")
# The German federal states (Länder), as states when they act ("Sachsens Regierung", "dem Land Niedersachsen"):
# name -> canonical. The city states Hamburg and Bremen only by their state titles (as bare names they are
# mostly the cities).
GERMAN_LAENDER = {
    "Baden-Württemberg": "Baden-Württemberg", "Bayern": "Bayern", "Brandenburg": "Brandenburg",
    "Hessen": "Hessen", "Mecklenburg-Vorpommern": "Mecklenburg-Vorpommern", "Niedersachsen": "Niedersachsen",
    "Nordrhein-Westfalen": "Nordrhein-Westfalen", "Rheinland-Pfalz": "Rheinland-Pfalz", "Saarland": "Saarland",
    "Sachsen": "Sachsen", "Sachsen-Anhalt": "Sachsen-Anhalt", "Schleswig-Holstein": "Schleswig-Holstein",
    "Thüringen": "Thüringen", "Freistaat Bayern": "Bayern", "Freistaat Sachsen": "Sachsen",
    "Freistaat Thüringen": "Thüringen", "Freistaats Bayern": "Bayern", "Freistaats Sachsen": "Sachsen",
    "Freistaats Thüringen": "Thüringen", "Freie und Hansestadt Hamburg": "Hamburg", "Hansestadt Hamburg": "Hamburg",
    "Freie Hansestadt Bremen": "Bremen", "Hansestadt Bremen": "Bremen",
}
# Organisation cues that belong to the name when a German word follows: "Stiftung Warentest",
# "Aktionsbündnis Nichtrauchen" (but "Nachrichtenagentur KCNA" -> "KCNA", "Gewerkschaft verdi" -> "verdi").
NAME_FORMING_CUES = ("stiftung", "institut", "verband", "gewerkschaft", "universität", "verein", "bündnis",
                     "bewegung", "allianz", "netzwerk", "hochschule", "akademie")
# First words of organisation names in French, Spanish, Portuguese and Italian ("Parti Socialiste", "Front de
# Gauche", "Partido Popular", "Correio da Manhã"): with the capitalised words after them, the name.
FOREIGN_ORG_STARTS = ("Parti", "Partido", "Partito", "Partidul", "Front", "Frente", "Fronte", "Mouvement",
                      "Movimiento", "Movimento", "Rassemblement", "Alianza", "Alleanza", "Bloc", "Bloque", "Congreso",
                      "Correio", "Corriere", "Diario", "Diário", "Gazzetta", "Confédération", "Confederación")
# Last words of geographic names that are no persons: "Hudson River", "Lake Placid" ...
GEOGRAPHIC_HEADS = ("River", "Lake", "Mountains", "Mountain", "Island", "Islands", "Bay", "Street", "Avenue",
                    "Square", "Park", "Station", "Hospital", "Airport", "Valley", "Beach", "Bridge", "Hall",
                    "Center", "Centre", "Stadium", "Arena", "Canyon", "Falls", "Creek", "Road", "Tower", "Building")
# Heads of noun phrases that cannot speak, as lower-case lemmas (simplemma): the quote rules make no speaker
# ACTOR of "Letzte Woche", "Der glimpfliche Ausgang des Bebens", "Die Zweige". Time expressions, events, things
# and animals, and abstract nouns of assessment; reports ("Medienberichten", "Studie") are left out, since they
# are quoted as sources. NON_SPEAKER_WORDS are whole lemmas, NON_SPEAKER_ENDINGS also the last part of a compound
# ("Absturzursache", "Kurzfilm", "Passagierflugzeug").
NON_SPEAKER_WORDS = (
    "woche", "mal", "jahr", "tag", "monat", "stunde", "minute", "sekunde", "zeit", "abend", "nacht", "morgen",
    "mittag", "wochenende", "zeitpunkt", "jahrzehnt", "jahrhundert", "teil", "fall", "tat", "faust", "grund",
    "beben", "hund", "tier", "vogel", "katze", "pferd", "bär", "kuh", "schaf",
)
NON_SPEAKER_ENDINGS = (
    "punkt", "problem", "vorwurf", "alternative", "ausgang", "ursache", "verlust", "lücke", "idee", "aspekt",
    "stück", "impuls", "anstieg", "rückgang", "explosion", "erdbeben", "unfall", "vorfall", "zwischenfall",
    "anschlag", "arbeitskampf", "offensive", "waffenruhe", "flugzeug", "fahrzeug", "fahne", "flagge", "zweig",
    "bombe", "rakete", "film", "video", "kleid", "stellplatz", "spende", "software", "daten", "datum", "rate",
    "wetter", "tiefdruckgebiet", "hochdruckgebiet", "sturm", "regen", "feuer", "brand",
)
# Classifier nouns of companies before their name ("die Drogeriekette Rossmann", "der Online-Händler Amazon",
# "die Investmentholding Berkshire Hathaway", "die Google-Holding Alphabet", "die Unternehmensberatung Ernst &
# Young"): the name after them is an organisation. Matched as the end of the noun; dealers and holdings only as
# compounds (a "Waffenhändler" is a person, "Holding" alone part of a name: "WIENER STADTWERKE Holding AG").
ORG_CLASSIFIER_NOUNS = (
    "handelskette", "drogeriekette", "supermarktkette", "baumarktkette", "restaurantkette", "hotelkette",
    "modekette", "elektronikkette", "fastfoodkette", "kaffeehauskette", "discounter", "onlinehändler",
    "online-händler", "versandhändler", "einzelhändler", "großhändler", "internethändler", "-holding", "‐holding",
    "investmentholding", "finanzholding", "beteiligungsholding", "unternehmensberatung", "beratungsgesellschaft",
    "wirtschaftsprüfungsgesellschaft", "ratingagentur",
)
# The lower-case articles of Arabic names: "Rafik al-Hariri", "Hussain asch-Schahristani", "al-Qaida".
ARABIC_ARTICLES = ("al", "el", "as", "asch", "ad", "an", "ar", "at", "az", "ash", "ud", "ul")
# Arabic names of organisations and media written with their article ("al-Qaida", "die al-Shabaab", "der Sender
# al-Dschasira"): the word after the particle, without the genitive s.
ARABIC_ORG_NAMES = (
    "Qaida", "Kaida", "Qaeda", "Qauida", "Shabaab", "Schabab", "Shabab", "Dschasira", "Jazeera", "Arabiya",
    "Arabija", "Aksa", "Aqsa", "Nusra", "Fatah", "Dawa", "Manar", "Sahab",
)
# Nouns before an Arabic name with its article that make it an organisation: "das Terrornetzwerk al-Qaida", "die
# Milizen der al-Shabaab", "der Sender al-Arabiya" (matched as the end of the noun).
ARABIC_ORG_CLASSIFIERS = (
    "netzwerk", "netzwerks", "netzwerkes", "miliz", "milizen", "gruppe", "gruppen", "organisation", "bewegung",
    "sender", "senders", "kanal", "kanals", "zeitung", "brigaden", "partei",
)
# English institution nouns that take "of" and a name: "University of Toronto", "Florida Museum of Natural History".
ORG_HEADS_OF_EN = ("University", "Museum", "Institute", "College", "School", "Academy", "Department", "Ministry",
                   "Bank", "Council", "Society", "Association", "Federation", "Union", "Office", "Court")
