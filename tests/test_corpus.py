"""Cleaning and ingest (curation.corpus) on small inputs written for the tests, plus the five seeds."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from curation.config import CurateError, Workspace
from curation.corpus import clean, ingest, load_corpus
from curation.document import Document, sha256_text
from curation.scheme import load_scheme

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "raw"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds.jsonl"

BODY = (
    "Nordkoreas Machthaber Kim Jong Un hat Russland rund 15 000 Soldaten geschickt. "
    '"Wir stehen an eurer Seite", sagte Kim.'
)


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- boilerplate, one kind at a time -------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "00:00",
        "Diese Audioversion wurde künstlich generiert. Mehr Infos",
        "Mehr Infos",
        "WERBUNG",
        "Werbung",
        "Loader",
        "Finden Sie uns",
        "Diesen Artikel teilen Kommentare",
        "Diesen Artikel teilen Close Button",
        "Zu den Barrierefreiheitskürzeln springen",
        "Newsletter Newsletters Events Veranstaltungen Podcasts Videos Africanews",
        "Von\u00a0 Jeremiah Fisayo-Bambi",
        "Zuerst veröffentlicht am",
        "(Foto: dpa)",
        "Foto: Uncredited/KCNA/KNS/dpa",
        "Copyright\u00a0 Reuters",
        "[etd-related posts=“123,456”]",
        "Quelle: ntv.de, abc/dpa",
        "Weitere Quellen • AP",
        "Stand: 03.02.2025 10:12 Uhr",
    ],
)
def test_each_boilerplate_line_is_removed(furniture: str) -> None:
    raw = page("Der Titel des Artikels", furniture, BODY, "Ein zweiter Absatz mit Text.")
    article = clean(raw, "x.txt")
    assert paragraphs(article.text) == ["Der Titel des Artikels", BODY, "Ein zweiter Absatz mit Text."]


def test_section_header_above_the_headline_is_removed_but_not_in_the_body() -> None:
    article = clean(page("Politik", "Der Titel", BODY, "Politik", "Letzter Absatz."), "x.txt")
    assert paragraphs(article.text) == ["Der Titel", BODY, "Politik", "Letzter Absatz."]
    assert article.title == "Der Titel"


@pytest.mark.parametrize("marker", ["Zum selben Thema", "Epoch TV", "Kommentare", "Newsletter", "Mehr zum Thema"])
def test_tail_marker_cuts_everything_after_it(marker: str) -> None:
    raw = page("Der Titel", BODY, marker, "Russische Angriffe: Mindestens acht Tote", "Liebe Leser,", "Ihr Team")
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", BODY]


def test_tail_marker_before_the_article_is_only_a_navigation_item() -> None:
    raw = page("Newsletter", "Der Titel", BODY)
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", BODY]


def test_etd_tag_inside_a_line_is_removed() -> None:
    raw = page("Der Titel", BODY + ' [etd-related posts="1,2"]')
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", BODY]


# --- captions -------------------------------------------------------------------------------------


def test_caption_printed_twice_then_credit_is_removed() -> None:
    caption = "Im Hintergrund: Schoigu trifft Kim in Pjöngjang."
    raw = page("Der Titel", caption, caption, "(Foto: AP)", BODY)
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", BODY]


def test_caption_repeated_with_glued_credit_is_removed() -> None:
    caption = "Herzliche Stimmung beim Treffen."
    raw = "Der Titel\n\nDer Vorspann.\n" + caption + "\n" + caption + "Foto: Uncredited/KCNA/dpa\n\n" + BODY
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", "Der Vorspann.", BODY]


def test_caption_repeated_with_photographer_credit_is_removed() -> None:
    caption = "Putin und Kim bekräftigen ihre Partnerschaft in Pjöngjang"
    raw = page("Der Titel", BODY, caption + "\n" + caption + " Kristina Kormilitsyna/Sputnik", "Schluss.")
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", BODY, "Schluss."]


def test_single_caption_followed_by_credit_line_is_removed() -> None:
    raw = page("Der Titel", BODY, "Kim bei der Parade in Pjöngjang.", "Foto: Max Muster/AP", "Schluss.")
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", BODY, "Schluss."]


def test_caption_with_picture_cues_is_removed() -> None:
    raw = page(
        "Der Titel",
        BODY,
        "Blumen für die Ministerin zeigt dieses auf Telegram veröffentlichte Foto (rechts im Bild: Sergej Lawrow).",
        "Schoigu (l.) trifft Kim (2. v. r.) in Nordkorea.",
        "Schluss.",
    )
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", BODY, "Schluss."]


def test_a_long_paragraph_repeating_the_one_before_is_kept() -> None:
    """Only short, caption-like repeats are captions: a long repeated paragraph is article text."""
    long = " ".join([BODY] * 5)  # ~700 characters, longer than any caption
    assert len(long) > 300
    raw = page("Der Titel", long, long, "Schluss.")
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", long, long, "Schluss."]


def test_repeated_sentence_in_body_that_is_not_adjacent_stays() -> None:
    raw = page("Der Titel", "Ein Satz.", BODY, "Ein Satz.")
    assert paragraphs(clean(raw, "x.txt").text) == ["Der Titel", "Ein Satz.", BODY, "Ein Satz."]


# --- verbatim text, NFC, line endings ---------------------------------------------------------------


def test_text_is_verbatim_nfc_with_unix_line_endings() -> None:
    decomposed = unicodedata.normalize("NFD", "Pjöngjang würdigt „Tapferkeit“ von 15 000 Soldaten.")
    raw = "Der Titel\r\n\r\n\r\n" + decomposed + "\r\n" + "Zweiter Absatz: «heiliger Kampf», 1,5 Mrd.\r"
    article = clean(raw, "x.txt")
    assert article.text == (
        "Der Titel\n\nPjöngjang würdigt „Tapferkeit“ von 15 000 Soldaten.\n\nZweiter Absatz: «heiliger Kampf», 1,5 Mrd."
    )
    assert unicodedata.is_normalized("NFC", article.text)
    assert "\r" not in article.text
    assert article.text_sha256 == sha256_text(article.text)


def test_title_is_first_paragraph_and_doc_id_is_file_stem() -> None:
    article = clean(page("  Der Titel  ", BODY), "042_abcdef.txt")
    assert article.title == "Der Titel"
    assert article.doc_id == "042_abcdef"


# --- metadata -------------------------------------------------------------------------------------


def test_quelle_line_gives_outlet_and_agency() -> None:
    article = clean(page("Titel", BODY, "Quelle: ntv.de, rog/AFP"), "x.txt")
    assert (article.source, article.agency, article.published) == ("ntv.de", "AFP", None)
    assert "Quelle" not in article.text


def test_quelle_with_reuters_and_dpa() -> None:
    article = clean(page("Titel", BODY, "Quelle: ntv.de, chr/rts/dpa"), "x.txt")
    assert article.agency == "Reuters, dpa"


def test_tagesschau_header_is_split_into_title_and_metadata() -> None:
    raw = page(' date 2024-11 Nordkorea und Russland Hilfe bis zum "Sieg" Stand: 01.11.2024 15:53 Uhr', BODY)
    article = clean(raw, "x.txt")
    assert article.title == 'Nordkorea und Russland Hilfe bis zum "Sieg"'
    assert (article.source, article.published) == ("tagesschau.de", "2024-11-01")


def test_date_prefix_alone_gives_month() -> None:
    article = clean(page("date 2023-05 Ein Titel", BODY), "x.txt")
    assert (article.title, article.published) == ("Ein Titel", "2023-05")


def test_epoch_times_dateline_and_agency_tag() -> None:
    raw = page("Titel", "Vorspann.", "Epoch Times13. Juli 2025", BODY, "Letzter Satz des Artikels. (afp/red)")
    article = clean(raw, "x.txt")
    assert (article.source, article.published, article.agency) == ("Epoch Times", "2025-07-13", "AFP")
    assert paragraphs(article.text) == ["Titel", "Vorspann.", BODY, "Letzter Satz des Artikels."]


def test_euronews_cues_and_more_sources() -> None:
    raw = page("Newsletter Podcasts Videos Africanews", "Titel", BODY, "Weitere Quellen • AP", "Zum selben Thema")
    article = clean(raw, "x.txt")
    assert (article.source, article.agency) == ("euronews", "AP")


def test_first_published_date_is_read() -> None:
    article = clean(page("Titel", "Zuerst veröffentlicht am 13/08/2025 - 14:12 MESZ", BODY), "x.txt")
    assert article.published == "2025-08-13"


def test_outlet_named_only_inside_the_article_is_not_the_source() -> None:
    article = clean(page("Titel", "Das berichtete euronews am Montag. Quelle sei tagesschau."), "x.txt")
    assert article.source is None


# --- bad files and ingest -------------------------------------------------------------------------


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    (tmp_path / "corpus" / "raw").mkdir(parents=True)
    return Workspace(tmp_path)


def write(ws: Workspace, name: str, data: str | bytes) -> Path:
    path = ws.raw_dir / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_bad_files_are_rejected_by_name_and_the_others_ingested(ws: Workspace) -> None:
    write(ws, "good.txt", page("Titel", BODY))
    write(ws, "empty.txt", "")
    write(ws, "blank.txt", " \n\n \n")
    write(ws, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(ws, "latin1.txt", page("Politik", "Kim schwört Putin Treue", "Pjöngjang äußert sich.").encode("latin-1"))
    write(ws, "furniture.txt", page("Politik", "00:00", "WERBUNG", "Quelle: ntv.de, rog/AFP", "Newsletter"))
    report = ingest(None, ws)
    rejected = dict(report.rejected)
    assert set(rejected) == {"empty.txt", "blank.txt", "binary.txt", "latin1.txt", "furniture.txt"}
    assert rejected["empty.txt"] == rejected["blank.txt"] == "empty file"
    assert "binary" in rejected["binary.txt"]
    assert "not UTF-8" in rejected["latin1.txt"]
    assert "no article text" in rejected["furniture.txt"]
    assert report.ingested == report.new == ["good"]
    assert not report.ok
    assert [a.doc_id for a in load_corpus(ws)] == ["good"]


def test_a_very_long_article_is_kept_and_reported(ws: Workspace) -> None:
    from curation.corpus import LONG_ARTICLE_CHARS

    body = "\n\n".join(f"{i}. {BODY}" for i in range(LONG_ARTICLE_CHARS // len(BODY) + 2))
    write(ws, "long.txt", page("Ein sehr langer Artikel", body))
    write(ws, "short.txt", page("Titel", BODY))
    report = ingest(None, ws)
    assert report.ok and report.new == ["long", "short"]
    ((doc_id, chars),) = report.long
    assert doc_id == "long" and chars > LONG_ARTICLE_CHARS
    assert "very long article kept: long" in report.summary()
    assert len(next(a for a in load_corpus(ws) if a.doc_id == "long").text) == chars


def test_missing_path_is_rejected(ws: Workspace, tmp_path: Path) -> None:
    good = write(ws, "good.txt", page("Titel", BODY))
    report = ingest([good, tmp_path / "nope.txt"], ws)
    assert report.rejected == [("nope.txt", f"no such file: {tmp_path / 'nope.txt'}")]
    assert report.new == ["good"]


def test_reingest_reports_unchanged_updated_and_keeps_everything(ws: Workspace, tmp_path: Path) -> None:
    a = write(ws, "a.txt", page("Titel A", BODY))
    write(ws, "b.txt", page("Titel B", BODY))
    first = ingest(None, ws)
    assert (first.new, first.updated, first.unchanged, first.total) == (["a", "b"], [], [], 2)
    before = ws.corpus_file.read_text(encoding="utf-8")

    second = ingest(None, ws)
    assert (second.new, second.updated, second.unchanged) == ([], [], ["a", "b"])
    assert ws.corpus_file.read_text(encoding="utf-8") == before

    a.write_text(page("Titel A", BODY, "Ein neuer Absatz."), encoding="utf-8")
    third = ingest([a], ws)
    assert (third.new, third.updated, third.unchanged) == ([], ["a"], [])

    # A file elsewhere, a bad file and a vanished raw file: nothing already ingested is lost.
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "c.txt").write_text(page("Titel C", BODY), encoding="utf-8")
    (other / "bad.txt").write_bytes(b"")
    (ws.raw_dir / "b.txt").unlink()
    fourth = ingest([other], ws)
    assert fourth.new == ["c"] and fourth.rejected == [("bad.txt", "empty file")]
    corpus = {x.doc_id: x for x in load_corpus(ws)}
    assert sorted(corpus) == ["a", "b", "c"]
    assert corpus["a"].text.endswith("Ein neuer Absatz.")
    assert corpus["b"].title == "Titel B"
    assert not list(ws.corpus_file.parent.glob("*.tmp"))


def test_doc_id_is_stable_and_not_from_content(ws: Workspace) -> None:
    path = write(ws, "007_feedbeef.txt", page("Titel", BODY))
    ingest(None, ws)
    path.write_text(page("Ganz anderer Titel", "Ganz anderer Text."), encoding="utf-8")
    report = ingest(None, ws)
    assert report.updated == ["007_feedbeef"]
    [article] = load_corpus(ws)
    assert article.doc_id == "007_feedbeef" and article.title == "Ganz anderer Titel"
    assert article.source_file == "corpus/raw/007_feedbeef.txt"


def test_corpus_file_is_one_article_per_line(ws: Workspace) -> None:
    write(ws, "a.txt", page("Titel", BODY, "Quelle: ntv.de, rog/AFP"))
    ingest(None, ws)
    [line] = ws.corpus_file.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert {"doc_id", "title", "source", "published", "text", "text_sha256", "agency"} <= set(record)
    assert record["source"] == "ntv.de" and record["agency"] == "AFP"


def test_load_corpus_without_ingest_says_what_to_do(ws: Workspace) -> None:
    with pytest.raises(CurateError, match="run `curate ingest` first"):
        load_corpus(ws)


def test_ingest_without_raw_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CurateError, match="does not exist"):
        ingest(None, Workspace(tmp_path))


# --- the five seeds -------------------------------------------------------------------------------

BOILERPLATE = [
    "00:00", "Audioversion", "Mehr Infos", "Foto", "Copyright", "Quelle:", "Newsletter", "WERBUNG", "Werbung",
    "Loader", "Finden Sie uns", "teilen", "etd-related", "Zum selben Thema", "Epoch TV", "Kommentar",
    "Liebe Leser", "Barrierefreiheit", "Zuerst veröffentlicht", "Stand:", "date 2024", "Fisayo-Bambi",
    "Kormilitsyna", "Sputnik", "Close Button", "(afp/red)", "Weitere Quellen", "Politik\n", "Im Hintergrund wachen",
    "Tauscht nordkoreanische Menschenleben", "Herzliche Stimmung", "Blumen für", "telefoniert mit dem",
    "bekräftigen ihre Partnerschaft", "Africanews", "Epoch Times",
]  # fmt: skip


@pytest.fixture(scope="module")
def seeds() -> dict[str, object]:
    return {p.stem: clean(p.read_text(encoding="utf-8"), p.name) for p in sorted(SEEDS.glob("*.txt"))}


def test_seed_titles_and_metadata(seeds: dict) -> None:
    facts = {k[:3]: (a.title, a.source, a.published, a.agency) for k, a in seeds.items()}
    assert facts == {
        "000": (
            '"Beziehungen dynamisch ausbauen" Nordkorea will Russlands Krieg gegen die Ukraine bedingungslos unterstützen',
            "ntv.de", None, "AFP",
        ),
        "001": ('Kampf für "gerechte Sache" Kim schwört Putin militärische Treue', "ntv.de", None, "Reuters"),
        "002": ('Nordkorea und Russland Unterstützung bis zum "Tag des Sieges"', "tagesschau.de", "2024-11-01", None),
        "003": ("Kim Jong Un: „Bedingungslose“ Unterstützung im Ukraine-Krieg", "Epoch Times", "2025-07-13", "AFP"),
        "004": ("Was planen Nordkoreas Kim Jong Un und Russlands Wladimir Putin im Ukraine-Krieg?", "euronews", None, "AP"),
    }  # fmt: skip


def test_seed_texts_are_clean(seeds: dict) -> None:
    for doc_id, article in seeds.items():
        text = article.text
        for junk in BOILERPLATE:
            assert junk not in text, (doc_id, junk)
        assert "\n\n\n" not in text and "\r" not in text and text == text.strip()
        assert all(p == p.strip() and p for p in paragraphs(text)), doc_id
        assert paragraphs(text)[0] == article.title
        assert unicodedata.is_normalized("NFC", text)


def test_seed_bodies_are_verbatim(seeds: dict) -> None:
    by = {k[:3]: a for k, a in seeds.items()}
    assert "rund 15 000 Soldaten" in by["004"].text
    assert "etwa 11.000 Soldaten" in by["001"].text
    assert by["003"].text.endswith("Es enthält auch eine Klausel zur gegenseitigen Verteidigung.")
    assert "„heroisch“" in by["003"].text
    assert by["000"].text.endswith("zur Unterstützung von Moskaus Offensive gegen die Ukraine.")
    # intermediate headings stay as paragraphs
    assert "\n\nWaffenlieferungen und Partnerschaftsabkommen\n\n" in by["002"].text
    assert '\n\n"Weise Führung des geschätzten russischen Präsidenten"\n\n' in by["002"].text
    assert "\n\nNordkoreas Vertiefung der Beziehungen zu Moskau\n\n" in by["004"].text
    assert [len(paragraphs(by[k].text)) for k in sorted(by)] == [7, 6, 12, 14, 15]
    # every paragraph of the cleaned text is a line of the raw page, unchanged
    for doc_id, article in seeds.items():
        raw_lines = {line.strip() for line in (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()}
        for para in paragraphs(article.text)[1:]:
            assert para in raw_lines or (doc_id.startswith("003") and para + " (afp/red)" in raw_lines), para


# --- the project's gold annotation of the seeds ------------------------------------------------------


def test_gold_texts_equal_cleaned_seeds_and_spans_slice(seeds: dict) -> None:
    scheme = load_scheme(ROOT / "label_config.xml")
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document.from_dict(r) for r in records]
    assert sorted(d.doc_id for d in docs) == sorted(seeds)
    for record, doc in zip(records, docs, strict=True):
        assert doc.text == seeds[doc.doc_id].text, f"{doc.doc_id}: cleaning changed; rebuild tests/gold/seeds.jsonl"
        ids = {s.id: s for s in doc.spans}
        assert len(ids) == len(doc.spans)
        for raw_span, span in zip(record["spans"], doc.spans, strict=True):
            assert doc.text[span.start : span.end] == raw_span["text"], (doc.doc_id, raw_span)
            assert span.label in {"ACTOR", "FIGURE", "QUOTE"}
        for rel in doc.relations:
            assert rel.label == "speaker"
            assert ids[rel.from_id].label == "QUOTE" and ids[rel.to_id].label == "ACTOR"
        speakers = [rel.from_id for rel in doc.relations]
        assert len(speakers) == len(set(speakers)), f"{doc.doc_id}: a quote with two speakers"
        for span in doc.spans:
            allowed = {a.name: a for a in scheme.attributes_for(span.label)}
            assert set(span.attributes) <= set(allowed), (doc.doc_id, span.id)
            for name, value in span.attributes.items():
                assert allowed[name].check(value) is None, (doc.doc_id, span.id, name, value)
        assert {s.label for s in doc.spans} == {"ACTOR", "FIGURE", "QUOTE"}


def test_gold_file_is_what_the_build_script_writes() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_seeds_gold", GOLD.parent / "build_seeds_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    assert GOLD.read_text(encoding="utf-8") == module.build(), "run tests/gold/build_seeds_gold.py"


def test_body_lines_that_resemble_furniture_stay() -> None:
    body = [
        "Am 13. Juli 2025",  # a heading ending in a date is not a dateline
        "Das sagte er der Zeitung. Bild berichtete zuerst darüber.",  # "Bild" the paper, not a credit
        "Die Koalition (Mitte-links) verlor die Wahl deutlich.",
        "Von Moskau nach Pjöngjang",
    ]
    article = clean(page("Der Titel", BODY, *body), "x.txt")
    assert paragraphs(article.text) == ["Der Titel", BODY, *body]
    assert article.source is None and article.published is None
