"""Files to ``Article``s: plain-text and HTML news articles, with their metadata.

A plain-text article is laid out as the genre's sites print it: a title line, a
line with the date, time and view count, the body, and the author's name on the
last line.  From a web page only the article body is read: site names, menus,
related links and footers are not the article.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import ArticleError
from kg.model import Article, Skipped
from kg.text import nfc

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
VIETNAM_OFFSET = "+07:00"

# "07/08/2022 21:04", "Thứ Sáu, 07/07/2023 10:30", "7-8-2022"
_DATE_TIME = re.compile(
    r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})(?:\D{1,3}(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
_VIEWS = re.compile(r"(?:Số\s+)?[Ll]ượt\s+xem\s*:?\s*(?P<n>\d[\d.,]*)")
_BYLINE_PREFIX = re.compile(r"^(?:Bài(?:\s+và\s+ảnh)?|Tin(?:\s+và\s+ảnh)?|Theo|Nguồn)\s*:\s*")
_NAME_LINE = re.compile(r"^[A-ZÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZÀ-Ỹ][\wÀ-ỹ]*){0,4}$")


@dataclass(frozen=True)
class _Parsed:
    text: str
    title: str
    published: str | None
    author: str | None
    views: int | None


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Skipped]]:
    """The article files under ``paths`` (files or folders), sorted, and what was skipped.

    Gold files and other non-article files in a folder are ignored silently; a path
    given by name that is not an article is reported.  Symlink loops are broken by
    remembering each real folder visited.
    """
    found: list[Path] = []
    skipped: list[Skipped] = []
    seen_dirs: set[str] = set()

    def walk(folder: Path) -> Iterator[Path]:
        try:
            real = os.path.realpath(folder)
        except OSError as e:
            skipped.append(Skipped(str(folder), f"cannot resolve folder: {e.strerror}"))
            return
        if real in seen_dirs:
            return
        seen_dirs.add(real)
        try:
            entries = sorted(folder.iterdir())
        except OSError as e:
            skipped.append(Skipped(str(folder), f"cannot list folder: {e.strerror}"))
            return
        for entry in entries:
            if entry.is_dir():
                yield from walk(entry)
            elif entry.suffix.lower() in ARTICLE_SUFFIXES:
                yield entry

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(walk(path))
        elif path.exists():
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                found.append(path)
            else:
                skipped.append(Skipped(str(path), "not an article: expected .txt or .html"))
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    unique = sorted(set(found), key=lambda p: str(p))
    return unique, skipped


def article_id(path: Path) -> str:
    """An article's identity: its file name without folder, so moving a corpus keeps IRIs."""
    return path.name


def decode(raw: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258."""
    if not raw.strip():
        raise ArticleError(f"{source}: empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        if b"\x00" in raw[:4096]:
            raise ArticleError(f"{source}: binary file, not an article")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1258")
            except UnicodeDecodeError as e:
                raise ArticleError(
                    f"{source}: not UTF-8, UTF-16 or Windows-1258 text (byte {e.start})"
                ) from e
    if not text.strip():
        raise ArticleError(f"{source}: only white space")
    return text


def read_article(path: Path) -> Article:
    """Read one article file; raises ``ArticleError`` with a reason a user can act on."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{source}: {size // (1024 * 1024)} MB is too large for one article "
                f"(limit {MAX_ARTICLE_BYTES // (1024 * 1024)} MB)"
            )
        raw = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{source}: cannot read: {e.strerror}") from e
    text = decode(raw, source)
    is_html = path.suffix.lower() in (".html", ".htm")
    return parse_article(text, article_id(path), source, is_html=is_html)


def parse_article(text: str, article_id: str, source: str, *, is_html: bool) -> Article:
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    parsed = _parse_html(text) if is_html else _parse_plain(text)
    if not parsed.text.strip():
        raise ArticleError(f"{source}: no article text found")
    digest = hashlib.sha256(parsed.text.encode("utf-8")).hexdigest()
    return Article(
        id=article_id,
        source=source,
        text=parsed.text,
        title=parsed.title,
        published=parsed.published,
        author=parsed.author,
        views=parsed.views,
        content_hash=digest,
    )


def _iso_datetime(text: str) -> str | None:
    m = _DATE_TIME.search(text)
    if not m:
        return None
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    hour, minute = (int(m["H"]), int(m["M"])) if m["H"] else (0, 0)
    if hour > 23 or minute > 59:
        hour, minute = 0, 0
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00{VIETNAM_OFFSET}"


def _views(text: str) -> int | None:
    m = _VIEWS.search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m["n"])
    return int(digits) if digits else None


def looks_like_name(line: str) -> bool:
    line = line.strip()
    return bool(_NAME_LINE.match(line)) and 1 <= len(line.split()) <= 5


def _parse_plain(text: str) -> _Parsed:
    lines = [line.strip() for line in text.split("\n")]
    non_empty = [line for line in lines if line]
    title = non_empty[0] if non_empty else ""
    published = views = None
    for line in non_empty[1:4]:
        if _DATE_TIME.search(line):
            published = _iso_datetime(line)
            views = _views(line)
            break
    author = None
    if len(non_empty) > 2:
        last = _BYLINE_PREFIX.sub("", non_empty[-1])
        if looks_like_name(last):
            author = last
    return _Parsed(text=text, title=title, published=published, author=author, views=views)


class _ArticleHTML(HTMLParser):
    """Collects the text of a page's article body, a block per line."""

    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer",
            "aside", "form", "button", "select", "iframe"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "br",
             "tr", "section", "article", "blockquote", "time", "header", "footer", "main"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.article_depth = 0
        self.seen_article = False
        self.chunks: list[str] = []          # text inside <article>
        self.page_chunks: list[str] = []     # text of the whole page, outside skipped parts
        self.h1: list[str] = []
        self.in_h1 = False
        self.title_tag: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.time_attr: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or ""
            if key:
                self.meta[key.lower()] = a.get("content", "")
            return
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP and not (tag in ("header", "footer") and self.article_depth):
            self.skip_depth += 1
            return
        if tag == "article":
            self.article_depth += 1
            self.seen_article = True
        if tag == "h1":
            self.in_h1 = True
        if tag == "time" and a.get("datetime") and self.time_attr is None:
            self.time_attr = a["datetime"]
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP and not (tag in ("header", "footer") and self.article_depth):
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "article":
            self.article_depth = max(0, self.article_depth - 1)
        if tag == "h1":
            self.in_h1 = False
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_tag.append(data)
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self._emit(data)

    def _emit(self, data: str) -> None:
        if self.skip_depth:
            return
        self.page_chunks.append(data)
        if self.article_depth:
            self.chunks.append(data)


def _tidy_lines(raw: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
    return "\n".join(out)


def _parse_html(text: str) -> _Parsed:
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    body = _tidy_lines("".join(parser.chunks if parser.seen_article else parser.page_chunks))
    title = " ".join("".join(parser.h1).split())
    if not title:
        title = " ".join("".join(parser.title_tag).split())
        title = re.split(r"\s+[|–-]\s+", title)[0] if title else ""
    published_raw = parser.meta.get("article:published_time") or parser.time_attr
    published = _normalise_iso(published_raw) if published_raw else None
    lines = body.split("\n")
    if published is None:
        for line in lines[:4]:
            if _DATE_TIME.search(line):
                published = _iso_datetime(line)
                break
    views = None
    for line in lines[:6]:
        views = _views(line)
        if views is not None:
            break
    author = None
    if lines:
        last = _BYLINE_PREFIX.sub("", lines[-1])
        if looks_like_name(last) and len(lines) > 2:
            author = last
    return _Parsed(text=body, title=title, published=published, author=author, views=views)


def _normalise_iso(value: str) -> str | None:
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?", value)
    if not m:
        return _iso_datetime(value)
    date, hm, sec, tz = m.groups()
    tz = tz or VIETNAM_OFFSET
    if tz == "Z":
        tz = "+00:00"
    elif ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    return f"{date}T{hm or '00:00'}:{sec or '00'}{tz}"


def read_articles(
    paths: Iterable[Path],
) -> Iterator[Article | Skipped]:
    """Each path read as an ``Article``, or a ``Skipped`` with the reason it could not be."""
    for path in paths:
        try:
            yield read_article(path)
        except ArticleError as e:
            yield Skipped(str(path), str(e).removeprefix(f"{path}: "))
