"""QUOTE rules (curation/preannotate/quotes/) on small German sentences written for the tests.

Each test builds the Doc with the blank German tokenizer, marks the ACTOR spans the actor rules would
have marked (so these tests exercise the quote rules only), runs the real `curate_quotes` component and
checks exact offsets, quote types and speakers. The last test runs the whole default pipeline on the
first 30 WikiNews dev articles and guards the direct-quote F1 against regressions.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc, Span

from curation.preannotate.quotes import QuoteComponent
from curation.preannotate.spans import make_span
from conftest import WIKINEWS_DIR, in_ci



@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return spacy.blank("de")


def run(nlp: spacy.Language, text: str, actors: tuple[str, ...] = (), actor_type: str = "PERSON",
        others: dict[str, str] | None = None) -> Doc:
    """The quote component on `text`, with the given names (first occurrence of each) marked as ACTOR.

    `actors` get `actor_type`; `others` maps further names to their own actor_type.
    """
    doc = nlp.make_doc(text)
    spans = []
    typed = {name: actor_type for name in actors} | (others or {})
    for name, kind in sorted(typed.items(), key=lambda item: text.index(item[0])):
        start = text.index(name)
        span = make_span(doc, start, start + len(name), "ACTOR", {"actor_type": kind}, 0.9)
        assert span is not None, name
        spans.append(span)
    doc.spans["ACTOR"] = spans
    return QuoteComponent()(doc)


def quotes(doc: Doc) -> list[tuple[str, str]]:
    return [(q.text, q._.attrs["quote_type"]) for q in doc.spans["QUOTE"]]


def speaker_of(doc: Doc, quote_text: str) -> str | None:
    found = [a.text for q, a in doc._.speakers or [] if q.text == quote_text]
    assert len(found) <= 1
    return found[0] if found else None


def only_quote(doc: Doc, expected: str) -> Span:
    assert [q.text for q in doc.spans["QUOTE"]] == [expected]
    quote = doc.spans["QUOTE"][0]
    start = doc.text.index(expected)
    assert (quote.start_char, quote.end_char) == (start, start + len(expected))
    return quote


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("„", "“"), ('"', '"'), ("«", "»"), ("»", "«"), ("“", "”")],
)
def test_direct_quote_each_mark_style_cue_after(nlp, opening, closing):
    quoted = f"{opening}Wir werden das Gesetz noch in diesem Jahr ändern{closing}"
    doc = run(nlp, f"{quoted}, sagte Innenminister Hans Meier am Montag in Berlin.", ("Hans Meier",))
    quote = only_quote(doc, quoted)  # quotation marks included (SCHEME.md)
    assert quote._.attrs == {"quote_type": "direct"}
    assert quote._.score >= 0.9
    assert speaker_of(doc, quoted) == "Hans Meier"


def test_direct_quote_cue_before_with_colon(nlp):
    doc = run(nlp, "Die Kanzlerin Angela Merkel sagte: „Wir schaffen das.“ Dann verließ sie den Saal.", ("Angela Merkel",))
    only_quote(doc, "„Wir schaffen das.“")
    assert speaker_of(doc, "„Wir schaffen das.“") == "Angela Merkel"


def test_direct_quote_so_frame(nlp):
    doc = run(nlp, "„Die Preise steigen weiter“, so Bundesbankpräsident Jens Weidmann.", ("Jens Weidmann",))
    only_quote(doc, "„Die Preise steigen weiter“")
    assert speaker_of(doc, "„Die Preise steigen weiter“") == "Jens Weidmann"


def test_quote_over_several_sentences_is_one_span(nlp):
    text = "Meier sagte: „Wir sind bereit. Wir kommen morgen. Niemand wird uns aufhalten.“"
    doc = run(nlp, text, ("Meier",))
    only_quote(doc, "„Wir sind bereit. Wir kommen morgen. Niemand wird uns aufhalten.“")


def test_nested_quote_stays_inside_the_outer_quote(nlp):
    outer = "„Er nannte den Vorschlag ‚völlig absurd‘ und ging“"
    doc = run(nlp, f"{outer}, sagte Meier.", ("Meier",))
    only_quote(doc, outer)
    assert speaker_of(doc, outer) == "Meier"


def test_partial_quote_in_a_sentence(nlp):
    doc = run(nlp, "Meier bezeichnete den Plan der Regierung als „völlig verfehlt“.", ("Meier",))
    quote = only_quote(doc, "„völlig verfehlt“")
    assert quote._.attrs["quote_type"] == "direct"
    assert speaker_of(doc, "„völlig verfehlt“") == "Meier"


@pytest.mark.parametrize(
    "text",
    [
        "Die Zeitung „Tagesspiegel“ berichtete am Abend über das Spiel.",
        "Das Segelschulschiff „Gorch Fock“ liegt seit Montag im Hafen.",
        "Der Film „Das Boot“ läuft heute im Fernsehen.",
        "Am Abend war die Stimmung im Stadion „gut“.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp, text):
    doc = run(nlp, text)
    assert quotes(doc) == []


def test_pronoun_speaker_resolves_to_the_previous_actor(nlp):
    text = "Innenminister Hans Meier traf am Morgen in Berlin ein. „Wir sind auf alles vorbereitet“, sagte er."
    doc = run(nlp, text, ("Hans Meier",), others={"Berlin": "STATE"})
    only_quote(doc, "„Wir sind auf alles vorbereitet“")
    assert speaker_of(doc, "„Wir sind auf alles vorbereitet“") == "Hans Meier"


def test_unmarked_speaker_description_becomes_an_actor(nlp):
    doc = run(nlp, "Der Sprecher des Ministeriums sagte: „Wir prüfen den Fall sehr genau.“")
    only_quote(doc, "„Wir prüfen den Fall sehr genau.“")
    speaker = doc._.speakers[0][1]
    assert speaker.text == "Sprecher des Ministeriums"  # article excluded (SCHEME.md)
    assert speaker.label_ == "ACTOR" and speaker._.attrs == {"actor_type": "PERSON"}
    assert speaker._.score < 0.5
    assert [a.text for a in doc.spans["ACTOR"]] == ["Sprecher des Ministeriums"]


def test_quote_without_frame_takes_the_subject_of_the_sentence_before(nlp):
    text = ("Der Abgeordnete Sadiq Khan verurteilte die Haltung der Regierung. "
            "„Diese Politik wird als unfair angesehen.“")
    doc = run(nlp, text, ("Sadiq Khan",), others={"Regierung": "ORGANIZATION"})
    quote = "„Diese Politik wird als unfair angesehen.“"
    assert (doc.spans["QUOTE"][-1].start_char, doc.spans["QUOTE"][-1].end_char) == (
        text.index(quote), text.index(quote) + len(quote))
    assert speaker_of(doc, quote) == "Sadiq Khan"


def test_reported_speech_act_speaker_is_the_subject_not_the_object(nlp):
    text = "Jens Wieseke fordert freie Sicht nach draußen. Die Muster seien unruhig."
    doc = run(nlp, text, ("Jens Wieseke",))
    assert quotes(doc) == [("Jens Wieseke fordert freie Sicht nach draußen.", "reported"),
                           ("Die Muster seien unruhig.", "indirect")]
    assert speaker_of(doc, "Jens Wieseke fordert freie Sicht nach draußen.") == "Jens Wieseke"
    assert speaker_of(doc, "Die Muster seien unruhig.") == "Jens Wieseke"  # carried over
    assert [a.text for a in doc.spans["ACTOR"]] == ["Jens Wieseke"]  # no ACTOR made of the object


def test_object_first_sentence_takes_the_subject_after_the_verb(nlp):
    text = "Die Entwicklung im Iran verglich Merkel mit dem Jahr 1933: „Wir müssen wachsam sein.“"
    doc = run(nlp, text, ("Merkel",), others={"Iran": "STATE"})
    only_quote(doc, "„Wir müssen wachsam sein.“")
    assert speaker_of(doc, "„Wir müssen wachsam sein.“") == "Merkel"


def test_speaker_of_a_new_clause_after_a_comma(nlp):
    text = ("Ministerin Susanne Eisenmann wies das zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte: "
            "„Neiddebatten sind fehl am Platz.“")
    doc = run(nlp, text, ("Susanne Eisenmann", "Sandra Boser"))
    only_quote(doc, "„Neiddebatten sind fehl am Platz.“")
    assert speaker_of(doc, "„Neiddebatten sind fehl am Platz.“") == "Sandra Boser"


def test_speaker_description_with_an_age(nlp):
    text = "Der 23-jährige Sportler gab bekannt: „Ich war an keiner Schlägerei beteiligt.“"
    doc = run(nlp, text)
    only_quote(doc, "„Ich war an keiner Schlägerei beteiligt.“")
    speaker = doc._.speakers[0][1]
    assert (speaker.start_char, speaker.end_char) == (4, 23)  # "23-jährige Sportler", article excluded
    assert speaker._.score < 0.5


def test_source_phrase_inside_the_sentence(nlp):
    text = ("Die Speicherung der Daten oder, wie sich Tauss ausdrückte, „das prophylaktische Scannen“ der "
            "Bevölkerung stehe damit nicht in Einklang.")
    doc = run(nlp, text, ("Tauss",))
    assert ("„das prophylaktische Scannen“", "direct") in quotes(doc)
    assert speaker_of(doc, "„das prophylaktische Scannen“") == "Tauss"


def test_heisst_es_in_a_document_of_an_actor(nlp):
    text = ("Minister Hans Meier besuchte das Werk. "
            "„Wir wehren uns gegen Kürzungen“, heißt es in einer Erklärung der IG Metall. "
            "Aus Paris hieß es, das Vorgehen sei „eine schwere Verletzung“ des Abkommens.")
    doc = run(nlp, text, ("Hans Meier",), others={"IG Metall": "ORGANIZATION", "Paris": "STATE"})
    assert speaker_of(doc, "„Wir wehren uns gegen Kürzungen“") == "IG Metall"
    assert speaker_of(doc, "„eine schwere Verletzung“") == "Paris"


def test_sentence_adverb_is_not_made_a_speaker(nlp):
    text = "Relativierend fügt Gall hinzu: „Allerdings darf das nicht alles sein.“"
    doc = run(nlp, text, ("Gall",))
    only_quote(doc, "„Allerdings darf das nicht alles sein.“")
    assert speaker_of(doc, "„Allerdings darf das nicht alles sein.“") == "Gall"
    assert [a.text for a in doc.spans["ACTOR"]] == ["Gall"]


def test_subject_after_an_auxiliary_behind_the_quote(nlp):
    text = ("Der Historiker Manfred Berg kritisierte die Arbeit. "
            "Sie wisse, dass ihre Arbeit „nicht frei von Schwächen“ sei, hatte Koch-Mehrin damals gesagt.")
    doc = run(nlp, text, ("Manfred Berg", "Koch-Mehrin"))
    assert ("„nicht frei von Schwächen“", "direct") in quotes(doc)
    assert speaker_of(doc, "„nicht frei von Schwächen“") == "Koch-Mehrin"


def test_er_after_the_verb_is_the_subject_of_an_object_first_frame(nlp):
    text = ("Bundespräsident Horst Köhler sprach in Berlin. "
            "Die Arbeit der großen Koalition lobte er mit den Worten: „Es gibt weniger Inszenierung.“")
    doc = run(nlp, text, ("Horst Köhler",), others={"Berlin": "STATE"})
    assert speaker_of(doc, "„Es gibt weniger Inszenierung.“") == "Horst Köhler"
    assert [a.text for a in doc.spans["ACTOR"]] == ["Horst Köhler", "Berlin"]  # "Arbeit" is not made an ACTOR


def test_pronoun_antecedent_is_not_the_object_after_it(nlp):
    text = ("Theresa May sprach im Unterhaus. Sie sicherte dabei Boris Johnson ihre „volle Unterstützung“ zu.")
    doc = run(nlp, text, ("Theresa May", "Boris Johnson"))
    assert speaker_of(doc, "„volle Unterstützung“") == "Theresa May"


def test_konjunktiv_clause_after_speech_verb(nlp):
    doc = run(nlp, "Meier sagte am Montag, die Regierung habe in der Krise versagt.", ("Meier",))
    quote = only_quote(doc, "die Regierung habe in der Krise versagt")  # the clause only, no frame, no period
    assert quote._.attrs == {"quote_type": "indirect"}
    assert speaker_of(doc, "die Regierung habe in der Krise versagt") == "Meier"


def test_dass_clause_after_speech_verb(nlp):
    doc = run(nlp, "Die Ministerin Anna Schulz erklärte, dass die Schulen ab Montag geöffnet bleiben.", ("Anna Schulz",))
    only_quote(doc, "dass die Schulen ab Montag geöffnet bleiben")
    assert speaker_of(doc, "dass die Schulen ab Montag geöffnet bleiben") == "Anna Schulz"


def test_zufolge_frame(nlp):
    doc = run(nlp, "Der Polizei zufolge seien drei Menschen leicht verletzt worden.", ("Polizei",), "ORGANIZATION")
    quote = only_quote(doc, "seien drei Menschen leicht verletzt worden")
    assert quote._.attrs == {"quote_type": "indirect"}
    assert speaker_of(doc, "seien drei Menschen leicht verletzt worden") == "Polizei"


def test_laut_frame(nlp):
    doc = run(nlp, "Laut Innenministerium habe die Zahl der Anträge deutlich zugenommen.", ("Innenministerium",),
              "ORGANIZATION")
    only_quote(doc, "habe die Zahl der Anträge deutlich zugenommen")
    assert speaker_of(doc, "habe die Zahl der Anträge deutlich zugenommen") == "Innenministerium"


def test_nach_angaben_frame(nlp):
    doc = run(nlp, "Nach Angaben der Feuerwehr brach das Feuer im Keller aus.", ("Feuerwehr",), "ORGANIZATION")
    only_quote(doc, "brach das Feuer im Keller aus")
    assert speaker_of(doc, "brach das Feuer im Keller aus") == "Feuerwehr"


def test_reported_speech_continues_over_following_sentences(nlp):
    text = "Meier sagte, die Lage sei ernst. Man müsse jetzt handeln. Die Zeit laufe davon."
    doc = run(nlp, text, ("Meier",))
    assert quotes(doc) == [
        ("die Lage sei ernst", "indirect"),
        ("Man müsse jetzt handeln. Die Zeit laufe davon.", "indirect"),  # one span over both sentences
    ]
    assert speaker_of(doc, "Man müsse jetzt handeln. Die Zeit laufe davon.") == "Meier"


def test_quoted_names_after_an_article_are_not_quotes(nlp):
    doc = run(nlp, "Die „Kampagne für ein Freies Tibet“ berichtete über einen Marsch. Moritz Wohlrab von der "
                   "„Aktion Deutschland hilft“ sagte, es sei ernst.", ("Moritz Wohlrab",))
    assert [t for t, kind in quotes(doc) if kind == "direct"] == []
    assert speaker_of(doc, "es sei ernst") == "Moritz Wohlrab"
    # editorial brackets only occur in quotations: the same shape after an article stays a quote
    quoted = "„Informationsaustausch[s] und zur besseren Koordinierung von Abwehrmaßnahmen gegen Angriffe“"
    doc = run(nlp, f"Laut einer Mitteilung dient das Zentrum der Verbesserung des {quoted}, erklärte das Ministerium.")
    assert (quoted, "direct") in quotes(doc)


def test_subject_before_the_auxiliary_not_the_object_before_the_participle(nlp):
    text = ("Glos hatte gesagt, die Fraktionen müssten einbezogen werden. Stoiber hatte besonders die Rolle der "
            "Fraktions- und Parteivorsitzenden betont: „Die Entscheidungen fallen im Kreise der Vorsitzenden.“")
    doc = run(nlp, text, ("Glos", "Stoiber"))
    assert speaker_of(doc, "„Die Entscheidungen fallen im Kreise der Vorsitzenden.“") == "Stoiber"
    # after an adverbial, the subject follows the auxiliary
    text = "Engagement Deutschlands Bereits im Dezember hatte Kanzlerin Angela Merkel verkündet: „Wir bewerben uns.“"
    doc = run(nlp, text, ("Angela Merkel",), others={"Deutschlands": "STATE"})
    assert speaker_of(doc, "„Wir bewerben uns.“") == "Angela Merkel"


def test_sentence_initial_adverb_is_not_made_an_actor(nlp):
    text = ("Die Firma wollte bald starten. Sinngemäß hofft Musk also, dass der nächste Start noch vor Ablauf der "
            "Frist erfolge.")
    doc = run(nlp, text, ("Musk",))
    assert speaker_of(doc, "dass der nächste Start noch vor Ablauf der Frist erfolge") == "Musk"
    doc = run(nlp, "Die UN tagte in Genf. Besorgt äußerte sich Kofi Annan über die Gewalt, die häufig auftrete.",
              ("Kofi Annan",))
    assert [a.text for a in doc.spans["ACTOR"]] == ["Kofi Annan"]
    assert [a.text for _, a in doc._.speakers] == ["Kofi Annan"]


def test_quote_inside_a_quote_belongs_to_the_outer_one(nlp):
    outer = "„Wir haben mehrere Anmeldungen für „Small-Business-Unternehmen“ gehabt. Die Nachfrage ist stark“"
    doc = run(nlp, f"{outer}, sagte Edmon Chung.", ("Edmon Chung",))
    only_quote(doc, outer)
    assert speaker_of(doc, outer) == "Edmon Chung"
    # an opener that never closes is still skipped: the next paragraph's quote is a quote of its own
    text = "Meier sagte: „Wir kommen wieder.\n\n„Das ist sicher“, sagte Schulz."
    doc = run(nlp, text, ("Meier", "Schulz"))
    assert quotes(doc) == [("„Das ist sicher“", "direct")]


def test_slogans_and_coordinated_quotes(nlp):
    text = ("Die Demonstranten skandierten Parolen wie zum Beispiel „Stoppt den Überwachungswahn“ oder "
            "„Freiheit statt Angst“. Der Zug ging bis zur Paulskirche.")
    doc = run(nlp, text)
    assert quotes(doc) == [("„Stoppt den Überwachungswahn“", "direct"), ("„Freiheit statt Angst“", "direct")]
    # the cue after the second quotation is the first one's too
    first = "„Ich zähle auf meine Anhänger, dass sie weiter Widerstand leisten“"
    second = "„Wir hatten viele Angebote. Wir haben die Ehre gewählt“"  # a sentence break inside: another frame
    doc = run(nlp, f"Die Rede wurde verlesen. {first} und {second}, zitiert CNN.", others={"CNN": "ORGANIZATION"})
    assert (speaker_of(doc, first), speaker_of(doc, second)) == ("CNN", "CNN")
    # titles joined by "und" stay titles: the first one is not a quote, so neither is the second
    doc = run(nlp, "Er spielte in den Filmen „Nackt unter Wölfen“ und „Jeder stirbt für sich allein“ mit.")
    assert quotes(doc) == []


def test_translation_of_a_name_in_brackets_is_not_a_quote(nlp):
    doc = run(nlp, "Die Operation „Cast Lead“ („gegossenes Blei“) dauerte nach Angaben der Armee drei Wochen.")
    assert [t for t, kind in quotes(doc) if kind == "direct"] == []


def test_zum_ausdruck_bringen_is_a_speech_frame_not_a_title(nlp):
    quoted = "„Es gibt keinen Grund, Positionen aufzugeben.“"
    doc = run(nlp, f"Ihren Unmut brachte die Sprecherin Annette Widmann-Mauz zum Ausdruck: {quoted}",
              ("Annette Widmann-Mauz",))
    only_quote(doc, quoted)
    assert speaker_of(doc, quoted) == "Annette Widmann-Mauz"


def test_abstract_noun_subject_is_not_made_an_actor(nlp):
    text = ("Der Plan wurde vorgestellt. In der Zeitung fand sich dazu die Feststellung "
            "„Mit diesem Ziel gehen wir voran.“")
    doc = run(nlp, text)
    assert ("„Mit diesem Ziel gehen wir voran.“", "direct") in quotes(doc)
    assert [a.text for a in doc.spans["ACTOR"]] == []
    # an agent noun in the same place is one ("der Sprecher")
    doc = run(nlp, text.replace("die Feststellung", "der Sprecher"))
    assert speaker_of(doc, "„Mit diesem Ziel gehen wir voran.“") == "Sprecher"


def test_pronoun_after_the_quote_refers_to_the_person_before_it(nlp):
    text = ("Werder gewann gegen Bochum. Nach dem Spiel war Trainer Thomas Schaaf zufrieden: „Ein guter Start“, "
            "sagte er der Sportschau.")
    doc = run(nlp, text, ("Thomas Schaaf",), others={"Werder": "ORGANIZATION", "Bochum": "ORGANIZATION"})
    assert speaker_of(doc, "„Ein guter Start“") == "Thomas Schaaf"


def test_object_before_the_verb_with_a_genitive_person_and_subject_after_it(nlp):
    quoted = "„Die Anwendung ist nicht lebenswirklich.“"
    text = ("Die praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers stellte der SPD-Vorsitzende "
            f"Franz Müntefering in Frage: {quoted}")
    doc = run(nlp, text, ("Bundeskanzlers", "Franz Müntefering"))
    assert speaker_of(doc, quoted) == "Franz Müntefering"
    # a person heading the phrase before the verb stays the subject ("Merkel stellte der Presse …")
    doc = run(nlp, f"Kanzlerin Angela Merkel stellte der Presse den Plan vor: {quoted}", ("Angela Merkel",))
    assert speaker_of(doc, quoted) == "Angela Merkel"


def test_fragment_speaker_is_the_judging_subject_not_the_object(nlp):
    text = ("Der Vertreter Libyens, Ibrahim Dabbashi, nannte die Sanktionen eine Hilfe gegen das „faschistische "
            "Regime“ in Tripolis und rief die Armee auf, das Volk zu schützen.")
    doc = run(nlp, text, ("Ibrahim Dabbashi",), others={"Libyens": "STATE", "Armee": "ORGANIZATION"})
    assert speaker_of(doc, "„faschistische Regime“") == "Ibrahim Dabbashi"
    # no subject next to a cue: the person in the frame, not the state next to the quote
    text = "Weil Präsident Bush Georgien als „junge couragierte Demokratie“ bezeichnet hat, ist der Bericht brisant."
    doc = run(nlp, text, ("Bush",), others={"Georgien": "STATE"})
    assert speaker_of(doc, "„junge couragierte Demokratie“") == "Bush"


def test_dass_clause_after_any_verb_takes_the_subject_of_its_frame(nlp):
    clause = "dass so viele Besucher das Land nicht besuchen werden"
    doc = run(nlp, f"Die Regierung plant ein Hotel. Die Forscher in Kiel bezweifeln aber, {clause}.",
              ("Regierung",), "ORGANIZATION")
    assert speaker_of(doc, clause) == "Forscher"  # made an actor, not the speaker of the sentence before


def test_unmarked_two_word_name_as_subject_of_a_frame_becomes_the_speaker(nlp):
    clause = "dass es sich um eine unnötige Strafverschärfung handelt"
    doc = run(nlp, f"Die Häftlinge blieben in Haft. Amnesty International hat mehrfach darauf hingewiesen, {clause}.")
    assert speaker_of(doc, clause) == "Amnesty International"
    clause = "dass die Menschen sich von Fleisch ernährten"
    doc = run(nlp, f"Die Funde sind alt. Aus Mangel an Befunden waren Forscher davon ausgegangen, {clause}.")
    assert speaker_of(doc, clause) != "Aus Mangel"


def test_made_speaker_ends_at_its_noun(nlp):
    doc = run(nlp, "Die Kanadier hingegen sagen, der Pilot trage die volle Verantwortung.")
    assert [a.text for a in doc.spans["ACTOR"]] == ["Kanadier"]
    assert speaker_of(doc, "der Pilot trage die volle Verantwortung") == "Kanadier"


def test_reported_sentence_names_its_own_source(nlp):
    # the frame's quotation marks keep the clause rules from it: the whole sentence is one reported sentence
    second = "Hierzu schrieb der Journalist Eduardo Dâmaso in der „Correio da Manhã“, die Gesellschaft sei gespalten."
    doc = run(nlp, f"Der Minister Peter Weber sagte, die Lage sei ernst. {second}", ("Peter Weber", "Eduardo Dâmaso"))
    reported = {q.text: a.text for q, a in doc._.speakers}
    assert reported["die Lage sei ernst"] == "Peter Weber"
    assert [a for q, a in reported.items() if q.startswith("Hierzu")] == ["Eduardo Dâmaso"]


def test_pronoun_antecedent_is_not_a_genitive_attribute(nlp):
    text = ("Der Bundeskanzler nahm am Abend zu der Entscheidung des Bundespräsidenten Stellung. Er bezeichnete "
            "diese als eine „souveräne Entscheidung“.")
    doc = run(nlp, text, ("Bundeskanzler", "Bundespräsidenten"))
    assert speaker_of(doc, "„souveräne Entscheidung“") == "Bundeskanzler"


def test_speaker_is_the_mention_nearest_before_the_quote():
    from curation.preannotate import load_pipeline

    text = ("„Wir sparen“, sagte Peer Steinbrück. Die Kollegen trafen Steinbrück am Abend. Steinbrücks Büro "
            "blieb zu. Er sagte: „Das Defizit sinkt.“")
    doc = load_pipeline()(text)
    assert "Steinbrücks" in [a.text for a in doc.spans["ACTOR"]]
    pairs = {q.text: (a.text, a.start_char) for q, a in doc._.speakers}
    assert pairs["„Wir sparen“"] == ("Peer Steinbrück", text.index("Peer"))
    # "Er" is Steinbrück, the last speaker: linked where he was last named (not as the owner in "Steinbrücks
    # Büro"), not where he first spoke
    assert pairs["„Das Defizit sinkt.“"] == ("Steinbrück", text.index("Steinbrück am"))


def test_source_in_the_middle_makes_the_whole_sentence_the_quote(nlp):
    text = "Ein Tatverdacht bestehe nach Angaben der Bundesanwaltschaft nicht mehr."
    doc = run(nlp, text, ("Bundesanwaltschaft",), "ORGANIZATION")
    only_quote(doc, text[:-1])
    assert speaker_of(doc, text[:-1]) == "Bundesanwaltschaft"


def test_scores_rank_rules_by_precision(nlp):
    doc = run(nlp, "„Wir kommen morgen wieder“, sagte Meier. Meier sagte, dass er bald wiederkomme.", ("Meier",))
    by_type = {q._.attrs["quote_type"]: q._.score for q in doc.spans["QUOTE"]}
    assert by_type["direct"] > by_type["indirect"]
    assert all(0.0 < q._.score <= 1.0 for q in doc.spans["QUOTE"])


def test_tolerates_missing_actor_spans(nlp):
    doc = nlp.make_doc("„Das ist ein guter Tag für alle Beteiligten“, sagte er.")
    doc = QuoteComponent()(doc)
    assert quotes(doc) == [("„Das ist ein guter Tag für alle Beteiligten“", "direct")]
    assert not doc._.speakers


def test_registered_as_spacy_factory(nlp):
    pipe = spacy.blank("de")
    pipe.add_pipe("curate_quotes")
    doc = pipe("„Wir kommen“, sagte Meier.")
    assert [q.text for q in doc.spans["QUOTE"]] == ["„Wir kommen“"]


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


@pytest.mark.skipif(
    not (WIKINEWS_DIR / "dev.jsonl").exists() and not in_ci(),
    reason="WikiNews quotation dataset not available (under CI=true this fails instead)",
)
def test_direct_quote_f1_on_first_30_dev_articles():
    from curation.preannotate import load_pipeline

    records = []
    with (WIKINEWS_DIR / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            records.append(json.loads(line))
            if len(records) == 30:
                break
    nlp = load_pipeline()
    tp = n_pred = n_gold = 0
    for record, doc in zip(records, nlp.pipe(r["originalText"] for r in records)):
        gold = {
            (s["charBegin"], s["charEnd"])
            for a in record["annotations"] if a["type"] == "Direct"
            for s in a["quote"]["spans"]
        }
        pred = {(q.start_char, q.end_char) for q in doc.spans["QUOTE"] if q._.attrs["quote_type"] == "direct"}
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
    # reached 0.939 (23 of 25 gold quotes exactly, 1 false alarm) when this floor was set; one more error
    # on either side costs ~0.04
    assert _f1(tp, n_pred, n_gold) >= 0.88


@pytest.mark.skipif(
    not (WIKINEWS_DIR / "dev.jsonl").exists() and not in_ci(),
    reason="WikiNews quotation dataset not available (under CI=true this fails instead)",
)
def test_speaker_accuracy_on_first_30_dev_articles():
    """Speaker accuracy as `curate evaluate` scores it (curation.evaluate.score on the WikiNews gold)."""
    from curation.evaluate import GoldSet, score, wikinews_document
    from curation.preannotate import load_pipeline, predict

    records = []
    with (WIKINEWS_DIR / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            records.append(json.loads(line))
            if len(records) == 30:
                break
    gold = GoldSet([wikinews_document(r, "dev")[0] for r in records], ("QUOTE",), "dev", "wikinews")
    scores = score(gold.documents, predict(load_pipeline(), gold.articles()), labels=("QUOTE",))
    # when these floors were set: direct 14/21 = 0.667, all types 48/70 = 0.686 (39/68 = 0.574 before the
    # context and subject rules); one more wrong direct speaker costs 0.048, one more wrong speaker of any
    # type 0.014
    assert scores.speaker["direct"].found >= 18  # not passed by finding fewer quotes
    assert scores.speaker["direct"].accuracy >= 0.61
    assert scores.speaker["all"].found >= 65
    assert scores.speaker["all"].accuracy >= 0.67


def test_pronoun_continues_the_subject_of_the_sentence_before(nlp):
    text = ("Auch Donald Rumsfeld attackierte den Iran als „Förderer von Terrorismus“. Der iranische "
            "Vize-Außenminister betrachtet das als Eskalation. Er sagte, dem Iran bleibe keine andere Möglichkeit.")
    doc = run(nlp, text, ("Donald Rumsfeld", "Vize-Außenminister"))
    assert speaker_of(doc, "dem Iran bleibe keine andere Möglichkeit") == "Vize-Außenminister"


def test_reported_sentence_names_its_own_source_after_so(nlp):
    text = ("Die Streiks sollen bis Freitag andauern. Während der Feiertage sollen die Arbeitskämpfe ausgesetzt "
            "werden, so Verhandlungsführer Frank Bäsler.")
    doc = run(nlp, text, ("Frank Bäsler",))
    quote = next(q.text for q in doc.spans["QUOTE"] if q.text.startswith("Während"))
    assert speaker_of(doc, quote) == "Frank Bäsler"


def test_passive_of_saying_names_the_agent(nlp):
    text = "Die Forderungen Berningers wurden von Minister Manfred Stolpe als unrealistisch bezeichnet."
    doc = run(nlp, text, ("Berningers", "Manfred Stolpe"))
    assert [a.text for _, a in doc._.speakers] == ["Manfred Stolpe"]


def test_source_named_in_the_sentence_after(nlp):
    text = ("Der Ausbau der A1 soll von privaten Investoren finanziert werden. Das gab Minister Manfred Stolpe in "
            "Berlin bekannt.")
    doc = run(nlp, text, ("Manfred Stolpe",))
    assert speaker_of(doc, "Der Ausbau der A1 soll von privaten Investoren finanziert werden.") == "Manfred Stolpe"


def test_subject_between_a_verb_and_its_particle(nlp):
    text = "Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen heute mit."
    doc = run(nlp, text, ("Unternehmen",), actor_type="ORGANIZATION")
    assert [a.text for _, a in doc._.speakers] == ["Unternehmen"]
