"""`curate ingest`: raw article pages -> cleaned articles in corpus/articles.jsonl.

A raw file is the text of a news web page, one block (title, paragraph, caption,
navigation item ...) per line. Cleaning keeps title, lead and body verbatim and drops
everything else; outlet, date and agency found in the dropped page furniture are kept
as metadata. Every rule is a pattern of the page furniture of German news sites
(n-tv, tagesschau, Epoch Times, euronews), never a rule about a particular file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from curation.config import CurateError, Workspace
from curation.document import Article, sha256_text

# ---------------------------------------------------------------------------
# Line patterns (matched against one stripped line)
# ---------------------------------------------------------------------------

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
_MONTH_RE = "|".join(m.capitalize() for m in MONTHS)

# Section names that sites print above the headline ("Politik").
SECTION_HEADERS = frozenset(
    "Politik Wirtschaft Panorama Sport Ausland Inland Welt Kultur Wissen Technik Auto Unterhaltung "
    "Gesellschaft Meinung Regional Investigativ Europa Asien Nachrichten News Leben Gesundheit Digital "
    "Reise Ratgeber Liveblog Kommentar Analyse".split()
)
# Words of navigation bars ("Newsletter Newsletters Events Veranstaltungen Podcasts Videos Africanews").
NAV_WORDS = frozenset(
    "newsletter newsletters events veranstaltungen podcasts podcast videos video africanews euronews "
    "live suche menü menu startseite home login anmelden abo abonnieren mediathek programm wetter "
    "themen ressorts rubriken".split()
)

# Lines that end the article: related-article lists, comment and newsletter blocks.
TAIL_MARKERS = re.compile(
    r"^(?:Zum selben Thema|Mehr zum Thema|Mehr zu diesem Thema|Das könnte Sie auch interessieren|"
    r"Weitere Artikel|Lesen Sie auch|Epoch TV|Epoch Vital|Kommentare|Newsletter|Liebe Leser,?|"
    r"Über dieses Thema berichtete\b.*|Ihre Epoch Times\b.*)$"
)

DROP_LINE = [
    re.compile(p)
    for p in (
        r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$",  # audio player clock "00:00"
        r"^Diese Audioversion wurde künstlich generiert\b.*$",
        r"^(?:Mehr Infos|Artikel (?:jetzt )?anhören|Audio(?:version)?|Vorlesen|Anhören)$",
        r"^(?:WERBUNG|Werbung|ANZEIGE|Anzeige|Loader|Finden Sie uns|Close Button|Teilen|Drucken)$",
        r"^(?:Diesen |Den )?Artikel (?:teilen|drucken|merken)\b.{0,60}$",  # share buttons
        r"^Zu den Barrierefreiheitskürzeln springen$",
        r"^Zum (?:Inhalt|Hauptinhalt) springen$",
        r"^(?:Mehr Infos|Hinweis):? .{0,40}künstlich generiert.*$",
        r"^\[[a-z][\w-]*(?:\s[^\]]*)?\]$",  # CMS shortcodes such as [etd-related posts=...]
    )
]

# Photo credits on their own line: "(Foto: AP)", "Foto: Uncredited/KCNA/KNS/dpa", "Copyright ...".
CREDIT_LINE = re.compile(
    r"^(?:\(\s*(?:Foto|Fotos|Bild|Bilder|Grafik|Video|Quelle Bild)\s*:[^()]{1,150}\)"
    r"|(?:Foto|Fotos|Bild|Bilder|Bildquelle|Grafik|Archivfoto|Archivbild|Symbolbild)\s*:\s*.{1,150}"
    r"|(?:Copyright|©).{0,150}"
    r"|picture alliance\b.{0,100})$"
)
# A bare photographer/agency credit: "Kristina Kormilitsyna/Sputnik", "Uncredited/KCNA/KNS/dpa".
BARE_CREDIT = re.compile(r"^[\w.&' -]{2,40}(?:\s?/\s?[\w.&' -]{1,40}){1,4}$")
# The longest paragraph that counts as a photo caption when printed twice in a row.
CAPTION_MAX_CHARS = 300
# Articles longer than this are kept but reported by ingest (spaCy's default max_length; push splits them).
LONG_ARTICLE_CHARS = 1_000_000
# A caption with its credit glued on: "... zwischen Kim und Lawrow.Foto: Uncredited/KCNA/KNS/dpa".
GLUED_CREDIT = re.compile(r"[.!?…)]\s*(?:(?:Foto|Fotos|Bild)\s*:|Copyright\b|©)\s*\S.{0,120}$")
# Cues that a paragraph describes a picture: "(rechts im Bild: ...)", "Schoigu (l.) trifft Kim (2. v. r.)",
# "zeigt dieses ... Foto".
CAPTION_CUES = re.compile(
    r"\((?:ganz |von )?(?:links|rechts|Mitte|vorne|hinten|oben|unten)(?: im Bild)?(?:[:,][^()]*)?\)"
    r"|\bim Bild:"
    r"|\((?:\d\.\s*)?v\.\s*[lr]\.\)|\((?:l|r|M|li|re)\.\)"
    r"|\bzeigt (?:dieses|das|diese|ein|eine)\b.{0,120}\b(?:Foto|Bild|Aufnahme|Video|Standbild)\b"
    r"|\((?:Archiv|Symbol)bild\)$|\((?:Foto|Bild): [^()]{1,100}\)$"
)
BYLINE = re.compile(
    r"^Von\s+[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3}"
    r"(?:\s*(?:,|und)\s+[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3})*$"
)

# Metadata lines: removed from the text, read for source/published/agency.
QUELLE = re.compile(r"^Quelle:\s*(?P<value>.+)$")
MORE_SOURCES = re.compile(r"^Weitere Quellen\s*[•·:|–-]\s*(?P<value>.+)$")
STAND = re.compile(r"\s*\bStand:\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:,?\s+\d{1,2}:\d{2}\s*Uhr)?$")
DATE_PREFIX = re.compile(r"^date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)")
FIRST_PUBLISHED = re.compile(
    r"^(?:Zuerst veröffentlicht am|Veröffentlicht am|Zuletzt aktualisiert|Aktualisiert am)\b"
    r"(?:\s*(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}).*)?.*$"
)
# "Epoch Times13. Juli 2025", "13. Juli 2025, 14:02 Uhr": an outlet dateline.
DATELINE = re.compile(
    rf"^(?P<outlet>(?:[A-ZÄÖÜ](?:[^\W\d_]|[.-])*\s?){{0,3}}?)\s*(?P<d>\d{{1,2}})\.\s*(?P<month>{_MONTH_RE})\s+(?P<y>\d{{4}})"
    r"(?:,?\s+(?:um\s+)?\d{1,2}:\d{2}(?:\s*Uhr)?)?$"
)
SHORTCODE = re.compile(r"\s*\[etd-[\w-]+[^\]]*\]")

# News agencies as credited in "Quelle:" lines and "(afp/red)" tags; the rest are editor initials.
AGENCIES = {
    "afp": "AFP", "dpa": "dpa", "rts": "Reuters", "reuters": "Reuters", "ap": "AP", "kna": "KNA",
    "epd": "epd", "sid": "SID", "apa": "APA", "dts": "dts", "ddp": "ddp", "efe": "EFE", "ansa": "ANSA",
    "upi": "UPI", "afx": "dpa-AFX", "dpa-afx": "dpa-AFX", "bloomberg": "Bloomberg",
}  # fmt: skip
AGENCY_TAG = re.compile(r"\s*\((?P<tags>[A-Za-z-]{2,12}(?:\s*/\s*[A-Za-z-]{2,12}){0,5})\)$")

# Outlet cues found in page furniture (never in the article's own sentences).
OUTLET_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bn-?tv(?:\.de)?\b", re.I), "ntv.de"),
    (re.compile(r"\btagesschau(?:\.de)?\b", re.I), "tagesschau.de"),
    (re.compile(r"\bEpoch Times\b|\[etd-", re.I), "Epoch Times"),
    (re.compile(r"\b(?:euronews|Africanews)\b", re.I), "euronews"),
]
OUTLET_NAMES = {"ntv.de": "ntv.de", "n-tv.de": "ntv.de", "n-tv": "ntv.de", "ntv": "ntv.de",
                "tagesschau.de": "tagesschau.de", "tagesschau": "tagesschau.de",
                "epoch times": "Epoch Times", "euronews": "euronews"}  # fmt: skip


@dataclass
class _Meta:
    outlets: list[str] = field(default_factory=list)  # explicit, best first
    dates: dict[str, str] = field(default_factory=dict)  # kind -> ISO date
    agencies: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)  # dropped lines, searched for outlet cues
    tagesschau_stand: bool = False

    def add_agency(self, name: str) -> None:
        if name not in self.agencies:
            self.agencies.append(name)


def _iso(y: str, m: str | int, d: str | None = None) -> str | None:
    try:
        month = int(m)
        if not 1 <= month <= 12:
            return None
        if d is None:
            return f"{int(y):04d}-{month:02d}"
        day = int(d)
        if not 1 <= day <= 31:
            return None
        return f"{int(y):04d}-{month:02d}-{day:02d}"
    except ValueError:
        return None


def _agencies_from(tokens: Iterable[str], meta: _Meta, keep_unknown_upper: bool = False) -> bool:
    """Add the agencies among `tokens`; True when at least one was one."""
    found = False
    for token in tokens:
        token = token.strip().strip(".")
        if not token:
            continue
        name = AGENCIES.get(token.lower(), "")
        if name:
            meta.add_agency(name)
            found = True
        elif name == "" and keep_unknown_upper and token[:1].isupper():
            meta.add_agency(token)
            found = True
    return found


def _read_quelle(value: str, meta: _Meta) -> None:
    # "ntv.de, rog/AFP": outlet first, then editor initials and agencies.
    parts = [p.strip() for p in value.split(",")]
    outlet = OUTLET_NAMES.get(parts[0].lower()) or (parts[0] if re.fullmatch(r"[\w-]+\.[a-z]{2,}", parts[0]) else None)
    rest = parts[1:] if outlet else parts
    if outlet:
        meta.outlets.append(outlet)
    for part in rest:
        _agencies_from(re.split(r"[/;&]|\bund\b", part), meta)


def _metadata_line(line: str, meta: _Meta) -> bool:
    """Read a metadata-only line into `meta`; True when the line is one."""
    if m := QUELLE.match(line):
        _read_quelle(m["value"], meta)
        return True
    if m := MORE_SOURCES.match(line):
        _agencies_from(re.split(r"[,/•·]", m["value"]), meta, keep_unknown_upper=True)
        return True
    if m := FIRST_PUBLISHED.match(line):
        if m["y"] and (iso := _iso(m["y"], m["m"], m["d"])):
            meta.dates.setdefault("published", iso)
        return True
    if (m := DATELINE.match(line)) and _dateline_outlet(m["outlet"]) is not False:
        if iso := _iso(m["y"], MONTHS[m["month"].lower()], m["d"]):
            meta.dates.setdefault("dateline", iso)
        if outlet := _dateline_outlet(m["outlet"]):
            meta.outlets.append(outlet)
        return True
    if (m := STAND.match(line)) and m.start() == 0:
        _read_stand(m, meta)
        return True
    return False


def _dateline_outlet(prefix: str) -> str | None | bool:
    """The outlet before a dateline's date: a known outlet, or any name glued to the date by the
    page scrape ("Epoch Times13. Juli 2025"); None for a bare date; False when the line is a sentence
    or heading that merely ends in a date ("Am 13. Juli 2025")."""
    outlet = prefix.strip()
    if not outlet:
        return None
    if outlet.lower() in OUTLET_NAMES:
        return OUTLET_NAMES[outlet.lower()]
    return outlet if prefix == prefix.rstrip() else False


def _read_stand(m: re.Match[str], meta: _Meta) -> None:
    if iso := _iso(m["y"], m["m"], m["d"]):
        meta.dates.setdefault("stand", iso)
    meta.tagesschau_stand = True  # "Stand: 01.11.2024 15:53 Uhr" is tagesschau's time stamp


def _strip_header_metadata(line: str, meta: _Meta) -> str:
    """A scraped header line may carry metadata around the headline:
    'date 2024-11 <topline> <headline> Stand: 01.11.2024 15:53 Uhr' -> '<topline> <headline>'."""
    if m := DATE_PREFIX.match(line):
        meta.dates.setdefault("date", m["date"])
        line = line[m.end() :]
    if (m := STAND.search(line)) and m.start() > 0:
        _read_stand(m, meta)
        line = line[: m.start()].rstrip()
    return line


def _is_nav(line: str) -> bool:
    words = line.split()
    return bool(words) and all(w.lower() in NAV_WORDS for w in words)


def _is_credit(line: str) -> bool:
    return bool(CREDIT_LINE.match(line)) or (
        len(line) <= 60 and "/" in line and not re.search(r"[.!?:;,„“\"]", line) and bool(BARE_CREDIT.match(line))
    )


def _credit_remainder(first: str, second: str) -> bool:
    """`second` is `first` with a photo credit glued on ("<caption> Kristina Kormilitsyna/Sputnik")."""
    if not second.startswith(first) or second == first:
        return False
    rest = second[len(first) :].strip()
    return 0 < len(rest) <= 120 and ". " not in rest and not rest.endswith((".", "!", "?"))


def _normalise(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw.removeprefix("\ufeff"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _paragraphs(raw: str, meta: _Meta) -> list[str]:
    lines = [line.strip() for line in _normalise(raw).split("\n")]
    lines = [line for line in lines if line]  # one block per line; blank lines carry no information

    # Photo captions: short, printed twice in a row (the second time possibly with the credit glued on).
    # A long paragraph that repeats the one before it is article text (or a copy error), never a caption.
    caption = [False] * len(lines)
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if len(a) <= CAPTION_MAX_CHARS and (a == b or _credit_remainder(a, b)):
            caption[i] = caption[i + 1] = True

    kept: list[str] = []
    for i, line in enumerate(lines):
        if caption[i]:
            meta.furniture.append(line)
            continue
        if TAIL_MARKERS.match(line):
            meta.furniture.extend(lines[i:])
            if len(kept) >= 2:  # after the article: everything that follows is page furniture
                break
            continue  # before the article it is a navigation item
        if not kept and line in SECTION_HEADERS:
            meta.furniture.append(line)
            continue
        if _metadata_line(line, meta):
            meta.furniture.append(line)
            continue
        if any(p.match(line) for p in DROP_LINE) or _is_nav(line) or BYLINE.match(line):
            meta.furniture.append(line)
            continue
        if _is_credit(line):
            meta.furniture.append(line)
            # The short line just before a credit is the caption it credits (never the headline).
            previous = lines[i - 1] if i > 0 else ""
            limit = 300 if CREDIT_LINE.match(line) else 200
            if i > 0 and not caption[i - 1] and len(kept) > 1 and kept[-1] == previous and len(previous) <= limit:
                meta.furniture.append(kept.pop())
            continue
        if GLUED_CREDIT.search(line) or (len(line) <= 400 and CAPTION_CUES.search(line)):
            if kept:  # a headline is never a caption
                meta.furniture.append(line)
                continue
        if "[etd-" in line:
            meta.furniture.extend(SHORTCODE.findall(line))
            line = SHORTCODE.sub("", line).strip()
            if not line:
                continue
        if not kept:
            line = _strip_header_metadata(line, meta)
            if not line:
                continue
        kept.append(line)

    # "(afp/red)" closing the last paragraph is an agency credit, not article text.
    if kept and (m := AGENCY_TAG.search(kept[-1])):
        tokens = re.split(r"\s*/\s*", m["tags"])
        if _agencies_from(tokens, meta):
            meta.furniture.append(m.group(0))
            kept[-1] = kept[-1][: m.start()].rstrip()
            if not kept[-1]:
                kept.pop()
    return kept


def _outlet(meta: _Meta) -> str | None:
    if meta.outlets:
        return meta.outlets[0]
    furniture = "\n".join(meta.furniture)
    for pattern, outlet in OUTLET_CUES:
        if pattern.search(furniture):
            return outlet
    if meta.tagesschau_stand:
        return "tagesschau.de"
    return None


def clean(raw: str, file_name: str) -> Article:
    """Clean one raw page. Raises CurateError when no article text is left."""
    meta = _Meta()
    paragraphs = _paragraphs(raw, meta)
    text = "\n\n".join(paragraphs)
    if not re.search(r"[^\W\d_]{2,}", text):
        raise CurateError(f"{file_name}: no article text left after cleaning")
    published = next((meta.dates[k] for k in ("stand", "dateline", "published", "date") if k in meta.dates), None)
    return Article(
        doc_id=Path(file_name).stem,
        title=paragraphs[0],
        text=text,
        text_sha256=sha256_text(text),
        source=_outlet(meta),
        published=published,
        agency=", ".join(meta.agencies) or None,
        source_file=file_name,
    )


# ---------------------------------------------------------------------------
# Ingest
# ---------------------------------------------------------------------------


@dataclass
class IngestReport:
    corpus_file: Path
    ingested: list[str] = field(default_factory=list)  # doc_ids read and cleaned in this run
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    long: list[tuple[str, int]] = field(default_factory=list)  # (doc_id, characters) over LONG_ARTICLE_CHARS: kept
    total: int = 0  # articles in the corpus file after this run

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        return (
            f"ingested {len(self.ingested)} article(s): {len(self.new)} new, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.rejected)} rejected; "
            f"{self.total} in {self.corpus_file}"
        ) + "".join(
            f"\nvery long article kept: {doc_id} ({chars:,} characters > {LONG_ARTICLE_CHARS:,}; push pre-annotates it in pieces)"
            for doc_id, chars in self.long
        )


def read_raw(path: Path) -> str:
    """The text of a raw file; CurateError (without the file name) when it is not usable text."""
    data = path.read_bytes()
    if not data.strip():
        raise CurateError("empty file")
    if b"\x00" in data:
        raise CurateError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CurateError(f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def _expand(paths: Iterable[Path], rejected: list[tuple[str, str]]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not found:
                rejected.append((str(path), "folder has no .txt files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            rejected.append((path.name, f"no such file: {path}"))
    return files


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())


def _comparable(article: Article) -> dict[str, object]:
    data = article.to_dict()
    data.pop("source_file", None)  # the same file reached by another path is unchanged
    return data


def ingest(paths: list[Path] | None = None, workspace: Workspace | None = None) -> IngestReport:
    """Clean the raw files (default: corpus/raw/*.txt) and merge them into the corpus file by doc_id.

    Bad files are reported in `rejected` and skipped; articles already in the corpus are never dropped.
    """
    ws = workspace or Workspace.current()
    report = IngestReport(corpus_file=ws.corpus_file)
    if paths is None:
        if not ws.raw_dir.is_dir():
            raise CurateError(f"no raw articles: {ws.raw_dir} does not exist (put .txt files there or pass paths)")
        paths = [ws.raw_dir]
    files = _expand([Path(p) for p in paths], report.rejected)

    existing = {a.doc_id: a for a in _read_corpus(ws.corpus_file)} if ws.corpus_file.exists() else {}
    merged = dict(existing)
    seen: dict[str, Path] = {}
    for path in files:
        try:
            article = clean(read_raw(path), path.name)
        except CurateError as exc:
            report.rejected.append((path.name, str(exc).removeprefix(f"{path.name}: ")))
            continue
        except OSError as exc:
            report.rejected.append((path.name, f"cannot read: {exc.strerror or exc}"))
            continue
        if article.doc_id in seen:
            report.rejected.append((path.name, f"duplicate doc_id {article.doc_id} (also {seen[article.doc_id]})"))
            continue
        seen[article.doc_id] = path
        article.source_file = _display(path, ws.root)
        report.ingested.append(article.doc_id)
        if len(article.text) > LONG_ARTICLE_CHARS:
            report.long.append((article.doc_id, len(article.text)))
        old = existing.get(article.doc_id)
        if old is None:
            report.new.append(article.doc_id)
        elif _comparable(old) == _comparable(article):
            report.unchanged.append(article.doc_id)
        else:
            report.updated.append(article.doc_id)
        merged[article.doc_id] = article

    if report.new or report.updated:
        _write_corpus(ws.corpus_file, [merged[k] for k in sorted(merged)])
    report.total = len(merged)
    return report


def _write_corpus(target: Path, articles: list[Article]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for article in articles:
                fh.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_corpus(path: Path) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                articles.append(Article.from_dict(json.loads(line)))
            except (ValueError, TypeError, KeyError) as exc:
                raise CurateError(f"{path}:{number}: not an article record ({exc}); fix or delete the file") from None
    return articles


def load_corpus(workspace: Workspace | None = None) -> list[Article]:
    """The ingested articles, in doc_id order."""
    ws = workspace or Workspace.current()
    if not ws.corpus_file.exists():
        raise CurateError(f"no ingested corpus at {ws.corpus_file}: run `curate ingest` first")
    return _read_corpus(ws.corpus_file)
