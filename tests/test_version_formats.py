"""A gold version read as spaCy DocBins, with Hugging Face `datasets` and with DuckDB (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import spacy
from spacy.tokens import DocBin

from curation import gold
from curation.config import Workspace
from curation.importer import import_gold
from curation.preannotate.spans import register_extensions, span_values

TEXT = "Angela Merkel sagte: „Wir schaffen das.“ Rund 300 Menschen kamen nach Berlin."


def _records() -> list[dict[str, Any]]:
    quote = TEXT.index("„")
    merkel = {"id": "a1", "label": "ACTOR", "start": 0, "end": 13, "text": "Angela Merkel", "actor_type": "PERSON"}
    said = {"id": "q1", "label": "QUOTE", "start": quote, "end": TEXT.index("“") + 1, "text": "„Wir schaffen das.“", "quote_type": "direct"}
    # starts inside "Rund" and ends inside "Menschen": spaCy widens it to "Rund 300 Menschen"
    cut = TEXT.index("und 300")
    figure = {"id": "f1", "label": "FIGURE", "start": cut, "end": cut + 12, "text": TEXT[cut : cut + 12],
              "value": 300, "unit": "Mensch", "qualifier": "approx"}  # fmt: skip
    first = {"doc_id": "doc-a", "text": TEXT, "spans": [merkel, said, figure],
             "relations": [{"from": "q1", "to": "a1", "label": "speaker"}], "split": "train"}  # fmt: skip
    second = {"doc_id": "doc-b", "text": "Berlin schweigt.", "split": "dev",
              "spans": [{"id": "b1", "label": "ACTOR", "start": 0, "end": 6, "text": "Berlin", "actor_type": "STATE"}]}  # fmt: skip
    third = {"doc_id": "doc-c", "text": "Nichts.", "spans": [], "split": "test"}
    return [first, second, third]


@pytest.fixture(scope="module")
def version(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("formats")
    source = home / "gold.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8")
    return import_gold(source, "jsonl", workspace=Workspace(home / "ws")).path


def _manifest(version: Path) -> dict[str, Any]:
    return json.loads((version / "manifest.json").read_text(encoding="utf-8"))


def _docs(version: Path, split: str) -> list[Any]:
    register_extensions()
    vocab = spacy.blank("de").vocab
    shards = sorted((version / f"{split}.spacy").glob("*.spacy"))
    return [doc for shard in shards for doc in DocBin().from_disk(shard).get_docs(vocab)]


def test_docbins_per_split_carry_spans_attributes_speakers_and_coverage(version: Path) -> None:
    manifest = _manifest(version)
    assert {s: len(_docs(version, s)) for s in gold.SPLITS} == {"train": 1, "dev": 1, "test": 1}
    for name in ("train.spacy/0000.spacy", "dev.spacy/0000.spacy", "test.spacy/0000.spacy"):
        assert manifest["files"][name]["sha256"] == gold.sha256_file(version / name)
    (doc,) = _docs(version, "train")
    assert doc.text == TEXT and doc.user_data["curate_doc_id"] == "doc-a" and doc.user_data["curate_split"] == "train"
    assert list(doc.user_data["curate_labels"]) == ["ACTOR", "FIGURE", "QUOTE"]
    assert list(doc.user_data["curate_relation_labels"]) == ["speaker"]
    (actor,), (quote,), (figure,) = doc.spans["ACTOR"], doc.spans["QUOTE"], doc.spans["FIGURE"]
    assert (actor.text, actor.label_, actor.id_, actor._.attrs) == ("Angela Merkel", "ACTOR", "a1", {"actor_type": "PERSON"})
    assert (quote.text, quote._.attrs) == ("„Wir schaffen das.“", {"quote_type": "direct"})
    assert figure.text == "Rund 300 Menschen"  # widened to token boundaries, counted below
    assert span_values(doc, "FIGURE", figure.start_char, figure.end_char)[0] == {"value": 300.0, "unit": "Mensch", "qualifier": "approx"}
    pair = [quote.start_char, quote.end_char, actor.start_char, actor.end_char]
    assert [list(p) for p in doc.user_data["curate_speakers"]] == [pair] == [list(p) for p in doc.user_data["curate_gold_speakers"]]
    assert [(q.text, a.text) for q, a in doc._.speakers] == [("„Wir schaffen das.“", "Angela Merkel")]
    assert manifest["spacy"]["misaligned_spans"] == 1 and manifest["spacy"]["misaligned_per_label"]["FIGURE"] == 1
    assert manifest["spacy"]["documents"] == {"train": 1, "dev": 1, "test": 1}


def test_docbins_feed_spacy_training_corpus(version: Path) -> None:
    from spacy.training import Corpus

    nlp = spacy.blank("de")
    examples = list(Corpus(str(version / "train.spacy"))(nlp))
    assert [len(e.reference.spans["ACTOR"]) for e in examples] == [1]


def test_card_header_lets_datasets_read_each_table_in_one_call(version: Path, tmp_path: Path) -> None:
    import datasets
    datasets.disable_progress_bars()
    card = (version / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\npretty_name: curate gold set v1\n") and "config_name: spans" in card
    for table in ("documents", "spans", "relations"):
        rows = pq.read_table(version / f"{table}.parquet").to_pylist()
        loaded = datasets.load_dataset(str(version), table, cache_dir=str(tmp_path / "hf"))["train"]
        assert loaded.to_list() == rows
    default = datasets.load_dataset(str(version), cache_dir=str(tmp_path / "hf"))["train"]
    assert sorted(default["doc_id"]) == ["doc-a", "doc-b", "doc-c"]
    spans = datasets.load_dataset("parquet", data_dir=str(version), data_files="spans.parquet", cache_dir=str(tmp_path / "hf"))
    assert sorted(spans["train"]["span_id"]) == ["a1", "b1", "f1", "q1"]


def test_duckdb_reads_the_version_in_one_sql_call(version: Path) -> None:
    import duckdb
    rows = duckdb.sql(
        f"SELECT d.split, s.label, count(*) FROM '{version}/spans.parquet' s "
        f"JOIN '{version}/documents.parquet' d USING (doc_id) GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert rows == [("dev", "ACTOR", 1), ("train", "ACTOR", 1), ("train", "FIGURE", 1), ("train", "QUOTE", 1)]


def test_disk_full_while_writing_an_imports_docbins_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import srsly.msgpack

    from curation.config import CurateError

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DocBin, "to_disk", full)
    source = tmp_path / "gold.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8")
    with pytest.raises(CurateError, match="No space left on device") as info:
        import_gold(source, "jsonl", workspace=Workspace(tmp_path / "ws"))
    assert "\n" not in str(info.value) and info.value.exit_code == 1
    assert list((tmp_path / "ws" / "datasets").iterdir()) == []
    assert "get_all" not in vars(srsly.msgpack.msgpack_encoders)  # the writer undid its encoder cache


def test_docbins_are_written_in_shards_of_bounded_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A split with more documents than a shard holds becomes several files, all read back as one corpus."""
    from spacy.training import Corpus

    from curation import docbins

    monkeypatch.setattr(docbins, "SHARD_DOCUMENTS", 2)
    records = [
        {"doc_id": f"d{i}", "text": f"Angela Merkel sprach am Tag {i}.", "split": "train",
         "spans": [{"id": f"a{i}", "label": "ACTOR", "start": 0, "end": 13, "actor_type": "PERSON"}], "relations": []}
        for i in range(5)
    ]  # fmt: skip
    source = tmp_path / "gold.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    version = import_gold(source, "jsonl", workspace=Workspace(tmp_path / "ws")).path
    assert sorted(p.name for p in (version / "train.spacy").iterdir()) == ["0000.spacy", "0001.spacy", "0002.spacy"]
    assert sorted(_manifest(version)["files"]) == sorted(
        [*gold.FILES, "train.spacy/0000.spacy", "train.spacy/0001.spacy", "train.spacy/0002.spacy"]
    )
    assert len(list(Corpus(str(version / "train.spacy"))(spacy.blank("de")))) == 5
    assert [list((version / name).iterdir()) for name in ("dev.spacy", "test.spacy")] == [[], []]


def test_gold_docbin_serialises_what_spacys_docbin_does() -> None:
    """GoldDocBin (curation/docbins.py) skips DocBin.add's per-token loop and compresses less: the
    decompressed content must be spaCy's own, for Docs with and without tags, lemmas and entities."""
    import zlib

    import srsly
    from spacy.tokens import Doc, Span

    from curation.docbins import GoldDocBin

    nlp = spacy.blank("de")
    texts = ["Der Präsident sagte: „Wir kommen.“ Rund 15 000 Soldaten", "Angela Merkel (CDU) reist nach Paris.", ""]
    docs = [nlp.make_doc(t) for t in texts]
    tagged = Doc(nlp.vocab, words=["Merkel", "lacht", "heute"], tags=["NE", "VVFIN", "ADV"], lemmas=["Merkel", "lachen", "heute"],
                 ents=["B-PER", "O", "O"], morphs=["Case=Nom", "", "Degree=Pos"])
    tagged.spans["ACTOR"] = [Span(tagged, 0, 1, label="ACTOR", span_id="a1")]
    tagged.user_data["curate_doc_id"] = "d1"
    ours, theirs = GoldDocBin(store_user_data=True), DocBin(store_user_data=True)
    for doc in [*docs, tagged, docs[0]]:
        ours.add(doc)
        theirs.add(doc)
    assert ours.strings == theirs.strings
    assert srsly.msgpack_loads(zlib.decompress(ours.to_bytes())) == srsly.msgpack_loads(zlib.decompress(theirs.to_bytes()))
    assert len(ours.to_bytes()) < 1.5 * len(theirs.to_bytes())
    back = [d.to_json() for d in DocBin().from_bytes(ours.to_bytes()).get_docs(nlp.vocab)]
    assert back == [d.to_json() for d in [*docs, tagged, docs[0]]]


def test_the_docbin_tokenizer_stores_what_spacy_blank_de_stores() -> None:
    """The DocBins' tokenizer computes only NORM for new lexemes (curation.docbins._tokenizer_only): the
    DocBin bytes must be those of spacy.blank("de")'s Docs, words of every shape included."""
    from spacy.tokens import DocBin

    from curation.docbins import _tokenizer_only

    text = "Der BUNDESTAG tagte am 3.10.2024 um 14:30 Uhr; rund 15 000 Soldaten (ca. 12 %) – siehe https://example.org, E-Mail a@b.de. Öl-Preis: 78,5 $!"
    ours, theirs = DocBin(store_user_data=True), DocBin(store_user_data=True)
    ours.add(_tokenizer_only().make_doc(text))
    theirs.add(spacy.blank("de").make_doc(text))
    assert ours.to_bytes() == theirs.to_bytes()
