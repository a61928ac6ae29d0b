"""Build curation/preannotate/data/names_de.tsv: person and organisation names mined from GermEval 2014 train.

    .venv/bin/python scripts/build_names_de.py [--germeval DIR] [--check]

Source: GermEval 2014 NER (Benikova, Biemann & Reznicek 2014, "NoSta-D Named Entity Annotation for German:
Guidelines and Dataset", LREC 2014; CC BY 4.0), its train file NER-de-train.bio (outer tags), read from
$CURATE_SHARED_DIR/germeval2014 (default ../shared/germeval2014 beside the checkout). Only the train file is
read: GermEval dev is the unseen check of the names' recall.

A name is kept when, in the train text, it is
- a whole PER or ORG entity (B- and its I- tags) at least MIN_COUNT times (per type, below), written as it is
  tagged (tokens joined by spaces; names with a punctuation token, "Yahoo !", "Chr .", are left out);
- that type in at least MIN_SHARE of its occurrences that are not part of a longer entity ("Merkel" in
  "Angela Merkel" counts for neither side, "Union" as a common noun counts against it);
- capitalised (or starting with a digit: "1. FC Köln"), and, as one word, not written lower-case in the train
  text more than LOWER_SHARE times as often as capitalised ("Hart", "Lang": adjectives);
- no event or competition (SCHEME: not actors; GermEval tags "Bundesliga", "Formel 1" ORG).
Only PER and ORG: GermEval's LOC are places; states and capitals are the rules' own lists.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from curation.importer import bio_entities, conll_sentences  # noqa: E402

OUTPUT = ROOT / "curation" / "preannotate" / "data" / "names_de.tsv"
TYPES = {"PER": "PERSON", "ORG": "ORGANIZATION"}
MIN_COUNT = {"PER": 3, "ORG": 2}
MIN_SHARE = 0.8
LOWER_SHARE = 0.2
# Events and competitions (SCHEME: not actors) that GermEval tags ORG.
EVENT_RE = re.compile(r"(?i)liga\b|league|spiele|formel \d|\btour\b|series|wm$|em$|weltmeisterschaft|open$|cup"
                      r"|games|contest|globe|preis|grand prix|draft|\b500$|berlinale|cebit|triennale")
HEADER = """\
# name\ttype\tcount\tshare  (PERSON / ORGANIZATION names; see scripts/build_names_de.py, which writes this file)
# Mined from GermEval 2014 NER train (Benikova, Biemann & Reznicek 2014, NoSta-D Named Entity Annotation for
# German: Guidelines and Dataset, LREC 2014), licence CC BY 4.0: names tagged PER / ORG at least {per} / {org}
# times and in at least {share:.0%} of their occurrences outside longer entities; count = as that type, share = of
# those occurrences.
"""


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    """(token, tag) per sentence, as `curate import --format conll` reads the file."""
    return [list(zip(sent.tokens, sent.tags)) for sent in conll_sentences(path)]


def entities(sents: list[list[tuple[str, str]]]) -> Counter[tuple[tuple[str, ...], str]]:
    """(tokens, type) -> how often exactly that is a whole entity."""
    found: Counter[tuple[tuple[str, ...], str]] = Counter()
    for sent in sents:
        for start, end, kind in bio_entities([tag for _, tag in sent]):
            found[tuple(w for w, _ in sent[start:end]), kind] += 1
    return found


def occurrences(sents: list[list[tuple[str, str]]], names: set[tuple[str, ...]]) -> tuple[Counter, Counter]:
    """Per token sequence: occurrences outside longer entities; per word: lower-case occurrences."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    lower_of = {name[0].lower() for name in names if len(name) == 1}
    free: Counter[tuple[str, ...]] = Counter()
    lower: Counter[str] = Counter()
    for sent in sents:
        words, tags = [w for w, _ in sent], [t for _, t in sent]
        for i, word in enumerate(words):
            if word in lower_of:
                lower[word] += 1
            for name in by_first.get(word, ()):
                n = len(name)
                inside = tags[i].startswith("I-") or (i + n < len(words) and tags[i + n].startswith("I-"))
                if tuple(words[i : i + n]) == name and not inside:
                    free[name] += 1
    return free, lower


def keep(name: tuple[str, ...], kind: str, count: int, free: int, lower: int) -> bool:
    text = " ".join(name)
    if count < MIN_COUNT[kind] or count < MIN_SHARE * free:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or any(not any(c.isalnum() for c in w) for w in name):
        return False
    if len(name) == 1 and lower > LOWER_SHARE * free:
        return False
    return not EVENT_RE.search(text)


def build(germeval: Path) -> str:
    sents = sentences(germeval / "NER-de-train.bio")
    found = entities(sents)
    wanted = {(toks, kind): n for (toks, kind), n in found.items() if kind in TYPES and n >= min(MIN_COUNT.values())}
    free, lower = occurrences(sents, {toks for toks, _ in wanted})
    rows = []
    for (toks, kind), n in wanted.items():
        if keep(toks, kind, n, free[toks], lower[toks[0].lower()]):
            rows.append((" ".join(toks), TYPES[kind], n, n / max(free[toks], 1)))
    rows.sort(key=lambda r: (r[0], r[1]))
    lines = [f"{name}\t{kind}\t{n}\t{share:.2f}" for name, kind, n, share in rows]
    header = HEADER.format(per=MIN_COUNT["PER"], org=MIN_COUNT["ORG"], share=MIN_SHARE)
    return header + "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = Path(os.environ.get("CURATE_SHARED_DIR", ROOT.parent / "shared"))
    parser.add_argument("--germeval", type=Path, default=shared / "germeval2014")
    parser.add_argument("--check", action="store_true", help="exit 1 if the data file is out of date")
    args = parser.parse_args()
    text = build(args.germeval)
    if args.check:
        sys.exit(0 if OUTPUT.read_text(encoding="utf-8") == text else 1)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {text.count(chr(10)) - HEADER.count(chr(10))} names")


if __name__ == "__main__":
    main()
