"""Files to ``Article``s: plain-text and HTML news articles, with their metadata.

A plain-text article is laid out as the genre's sites print it: a title line, a
line with the date, time and view count, the body, and the author's name on the
last line.  From a web page only the article body is read: site names, menus,
related links and footers are not the article.

Input is not trusted.  A file is read only if it is a regular file of at most
``MAX_ARTICLE_BYTES`` (checked on the open descriptor, before reading, so a 50 MB
file or a named pipe costs nothing); bytes are decoded from a BOM, UTF-8, UTF-16,
an HTML page's declared charset or Windows-1258, and then normalised to NFC; pages
are tokenised in time linear in their length.  Whatever cannot be read raises
``ArticleError`` with a one-line reason, which the build reports as ``Skipped``.
"""

from __future__ import annotations

import codecs
import dataclasses
import errno
import hashlib
import html
import itertools
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path, PosixPath
from typing import Any

from kg.errors import ArticleError
from kg.files import OUTPUT_FILES, OUTPUT_MARKER, shown_path
from kg.model import Article, Skipped
from kg.text import byline_names

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
VIETNAM_OFFSET = "+07:00"

# "07/08/2022 21:04", "Thứ Sáu, 07/07/2023 10:30", "7-8-2022"
_DATE_TIME = re.compile(
    r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})(?:\D{1,3}(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
# "PHẠM ĐÔNG - Thứ năm, 20/06/2024 18:35 (GMT+7)": a date line opened by its author's name
_NAME_BEFORE_A_DATE = re.compile(r"^(?P<name>[^\W\d_][^-–|:]{1,80}?)\s*[-–]\s*(?:Thứ\s+\w+|Chủ\s+nhật),\s*"
                                 r"(?:ngày\s+)?\d{1,2}[/-]\d{1,2}[/-]\d{4}")
_VIEWS = re.compile(r"(?:Số\s+)?[Ll]ượt\s+xem\s*:?\s*(?P<n>\d[\d.,]*)")
# The label a byline's names follow ("Bài, ảnh: Quang Hưng", "Tin bài: Mỹ Hồng"), at a line's start or
# glued to the end of the last caption
_BYLINE_LABEL = r"(?:Tin bài|Bài(?:\s*(?:,|và)\s*ảnh)?|Tin(?:\s*(?:,|và)\s*ảnh)?)"
_BYLINE_PREFIX = re.compile(rf"^(?:{_BYLINE_LABEL}|Theo|Nguồn)\s*:\s*")
_VOID = frozenset({"img", "br", "hr", "input", "source", "wbr", "area", "col", "embed", "track"})
_BYLINE_CLASS = re.compile(r"(?i)author|byline|tac-?gia|writer")
# (a given name may stand after the initial of the family name: "H.Thanh", "T. Trang")
_NAME_LINE = re.compile(r"^(?:[A-ZÀ-Ỹ]\.\s?(?=[A-ZÀ-Ỹ][\wÀ-ỹ]))?[A-ZÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZÀ-Ỹ][\wÀ-ỹ]*){0,4}$")


@dataclass(frozen=True)
class _Parsed:
    text: str
    title: str
    published: str | None
    author: str | None
    views: int | None
    site: str | None = None  # a web page's site name (og:site_name)
    url: str | None = None  # a web page's canonical address
    method: str = "plain text"  # how the text was read


@dataclass(frozen=True)
class Reading:
    """An article as kg reads it, with where it came from and how it was read."""

    article: Article
    site: str | None = None
    url: str | None = None
    method: str = "plain text"


def _unreachable(path: Path, e: OSError) -> str:
    """Why ``path`` cannot be opened, in words a user can act on."""
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        if e.errno in (errno.ENOENT, errno.ENOTDIR):
            return f"broken symbolic link: its target {target} does not exist"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    if e.errno == errno.ENXIO:
        return "not a regular file (a socket or a device)"
    if e.errno == errno.ENOENT:
        return "no such file or folder"
    return f"cannot read: {e.strerror or e}"


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def discover(paths: Iterable[str | os.PathLike[str]], passed_over: list[Path] | None = None,
             ) -> tuple[list[Path], list[Skipped]]:
    """The article files under ``paths`` (files or folders), sorted, and what was skipped.

    Gold files, hidden files and folders (".git", "._x.txt") and other non-article
    files in a folder are ignored silently; a path
    given by name that is not an article is reported, and so is a symbolic link that
    goes round in a loop.  A folder reached twice (a link back up the tree) is read
    once: each real folder visited is remembered.  Whether a file can be read is
    ``read_article``'s business, so that its reason lands in the report.  Folders of a
    build's outputs are passed by (their view, in a folder given by name); they are
    added to ``passed_over`` when given.
    """
    discovery = _Discovery(passed_over)
    for raw in paths:
        discovery.visit(Path(raw))
    return sorted(set(discovery.found), key=str), discovery.skipped


@dataclass
class _Discovery:
    """What ``discover`` has gathered so far: article files, skips, real folders seen."""

    passed_over: list[Path] | None
    found: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    seen_dirs: set[str] = field(default_factory=set)

    def skip(self, path: Path, reason: str) -> None:
        self.skipped.append(Skipped(shown_path(path), reason))

    def visit(self, path: Path) -> None:
        """A path given by name: a folder is walked, anything else must be an article."""
        try:
            mode = path.stat().st_mode
        except OSError as e:
            self.skip(path, _unreachable(path, e))
            return
        if stat.S_ISDIR(mode):
            self.walk(path)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            self.take(path)
        else:
            self.skip(path, "not an article: expected .txt or .html")

    def take(self, path: Path) -> None:
        try:
            str(path).encode("utf-8")
        except UnicodeEncodeError:
            # Bytes that are not UTF-8 cannot make an article id, an IRI or a report line.
            self.skip(path, "the file name is not valid UTF-8; "
                            "rename the file (for example: convmv -f cp1258 -t utf8)")
            return
        self.found.append(path)

    def walk(self, top: Path) -> None:
        # An explicit stack, not recursion: a deep tree must not hit the recursion limit.
        stack = [top]
        while stack:
            folder = stack.pop()
            entries = self.first_listing(folder)
            if entries is not None:
                stack.extend(reversed(self.read_folder(folder, entries)))

    def first_listing(self, folder: Path) -> list[os.DirEntry[str]] | None:
        """The folder's entries by name, or None when it was seen before or cannot be listed."""
        real = os.path.realpath(folder)
        if real in self.seen_dirs:
            return None
        self.seen_dirs.add(real)
        try:
            with os.scandir(folder) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError as e:
            self.skip(folder, f"cannot list folder: {e.strerror or e}")
            return None

    def read_folder(self, folder: Path, entries: list[os.DirEntry[str]]) -> list[Path]:
        """Takes the folder's articles; returns the subfolders still to walk."""
        subfolders: list[Path] = []
        # A folder given by name that also holds a build's outputs (--out is the input
        # folder): its articles are read, the view the build wrote there is not.
        outputs = OUTPUT_FILES if any(e.name == OUTPUT_MARKER for e in entries) else ()
        if outputs and self.passed_over is not None:
            self.passed_over.append(folder)
        for entry in entries:
            if entry.name.startswith(".") or entry.name in outputs:
                continue  # .git, caches, editors' and macOS's "._name.txt" shadow files
            path = Path(entry.path)
            is_dir = self.is_folder(entry, path)
            if is_dir is None:
                continue
            if not is_dir:
                if path.suffix.lower() in ARTICLE_SUFFIXES:
                    self.take(path)
            elif not (path / OUTPUT_MARKER).is_dir():  # not a build's own outputs
                subfolders.append(path)
            elif self.passed_over is not None:
                self.passed_over.append(path)
        return subfolders

    def is_folder(self, entry: os.DirEntry[str], path: Path) -> bool | None:
        """Whether the entry is a folder; None, reported, for a symbolic link loop."""
        try:
            return entry.is_dir()
        except OSError as e:
            if e.errno == errno.ELOOP:
                self.skip(path, "symbolic link loop")
                return None
            return False


def article_id(path: Path) -> str:
    """An article's identity: its file name without folder, so moving a corpus keeps IRIs."""
    return path.name


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _too_large(source: str, what: str, limit: int) -> ArticleError:
    return ArticleError(f"{source}: {what} too large for one article "
                        f"(limit {_mb(limit)}); split it or leave it out")


class CarriedFile(PosixPath):
    """An article file read on this machine, its bytes (or why they could not be read)
    carried with its path to a worker that cannot read this machine's disk (a cluster
    build's).  ``read_bytes`` answers from what it carries, so the article reads, and is
    named, exactly as it would be here."""

    data: bytes = b""
    error: str | None = None

    @classmethod
    def of(cls, path: Path) -> CarriedFile:
        carried = cls(path)
        try:
            carried.data = read_bytes(path)
        except ArticleError as e:
            carried.error = str(e)
        return carried

    def __reduce__(self) -> tuple[Any, ...]:  # a path's own pickle keeps no bytes
        return _carried_file, (str(self), self.data, self.error)


def _carried_file(path: str, data: bytes, error: str | None) -> CarriedFile:
    carried = CarriedFile(path)
    carried.data, carried.error = data, error
    return carried


def read_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, else ``ArticleError``.

    The file is opened non-blocking and checked through its descriptor, so a named
    pipe is refused instead of hanging the build, and nothing can swap the file
    between the check and the read.  A file too large is refused from its size
    without being read; at most ``limit + 1`` bytes are ever read, in case the size
    lies (a file still growing, a file in /proc).
    """
    if isinstance(path, CarriedFile):
        if path.error is not None:
            raise ArticleError(path.error)
        return path.data
    source = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise ArticleError(f"{source}: {_unreachable(path, e)}") from e
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"{source}: not a regular file ({_file_kind(info.st_mode)})")
        if info.st_size > limit:
            raise _too_large(source, f"{_mb(info.st_size)} is", limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise _too_large(source, "more than that is", limit)
        return b"".join(chunks)
    except OSError as e:
        raise ArticleError(f"{source}: cannot read: {e.strerror or e}") from e
    finally:
        os.close(fd)


_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                           re.IGNORECASE)
# Control characters other than line breaks and tabs: a text file has next to none.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SAMPLE = 8192


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs fill one byte of each pair, as in mostly-ASCII text."""
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even = sample[0:pairs * 2:2].count(0)
    odd = sample[1:pairs * 2:2].count(0)
    if odd > 0.3 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


def _declared_charset(raw: bytes) -> str | None:
    m = _HTML_CHARSET.search(raw[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode(raw: bytes, source: str, *, is_html: bool = False) -> str:
    """Bytes to text: a BOM's encoding, UTF-8, UTF-16 without BOM, an HTML page's declared
    charset, else Windows-1258.  Binary data is refused rather than read as text."""
    if not raw.strip():
        raise ArticleError(f"{source}: empty file" if not raw else f"{source}: only white space")
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
    if encoding is None:
        encoding = _utf16_without_bom(raw[:_SAMPLE])
    text: str | None = None
    if encoding is not None:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as e:
            raise ArticleError(
                f"{source}: not valid {encoding.upper()} text (bad bytes at {e.start})"
            ) from e
    elif b"\x00" in raw[:_SAMPLE]:
        raise ArticleError(f"{source}: binary file, not an article")
    else:
        # Strict UTF-8 first: it rejects most other encodings, so a success means UTF-8.
        candidates = ["utf-8", *([c] if is_html and (c := _declared_charset(raw)) else []),
                      "cp1258"]
        for candidate in candidates:
            try:
                text = raw.decode(candidate)
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            raise ArticleError(
                f"{source}: binary file or unknown encoding "
                "(not UTF-8, UTF-16 or Windows-1258 text)"
            )
    sample = text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise ArticleError(f"{source}: binary file, not an article")
    if not text.strip():
        raise ArticleError(f"{source}: only white space")
    return text


def read(path: Path) -> Reading:
    """Read one article file with its source; raises ``ArticleError`` with a reason a
    user can act on."""
    source = str(path)
    is_html = path.suffix.lower() in (".html", ".htm")
    text = decode(read_bytes(path), source, is_html=is_html)
    return parse(text, article_id(path), source, is_html=is_html)


def read_article(path: Path) -> Article:
    """Read one article file; raises ``ArticleError`` with a reason a user can act on."""
    return read(path).article


# (begins with a class, which the engine skips to: "\r\n?|[…]" was tried at every character)
_LINE_BREAKS = re.compile(r"[\r\x0b\x0c\x85\u2028\u2029](?:(?<=\r)\n)?")
# Invisible characters that would split a name in two: BOMs inside the text, soft
# hyphens, zero-width spaces and joiners (web pages put them between words and inside
# them), other control characters.
_INVISIBLE = re.compile(r"[\ufeff\u00ad\u200b-\u200d\u2060\u180e\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Spaces of other widths, no-break spaces above all (every "&nbsp;" of a web page): the
# extractors' words are split at " ", and a name or a title chain joined by one would
# be one word.
_WIDE_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Ð and ð (Icelandic eth) look like Vietnamese Đ and đ and are typed for them by some
# keyboards and fonts ("Ðảng ủy"); no Vietnamese word holds the eth.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# any character one of those replaces
_TO_CLEAN = re.compile(
    r"[\ud800-\udfff\r\x0b\x0c\x85\u2028\u2029\ufeff\u00ad\u200b-\u200d\u2060\u180e"
    r"\x00-\x08\x0e-\x1f\x7f-\x9f\u00a0\u2000-\u200a\u202f\u205f\u3000\u00d0\u00f0]"
)


def clean_text(text: str) -> str:
    """Text as the extractors expect it: "\n" line breaks, one kind of space, no invisible
    characters, Đ for its look-alike, NFC.

    NFC matters beyond tidiness: Windows-1258 and macOS write tone marks as separate
    combining characters, and every offset and label is taken from the NFC text.
    """
    if _TO_CLEAN.search(text):  # most texts hold none: one search, not several
        text = _SURROGATE.sub("\ufffd", text)  # lone surrogates cannot be written as UTF-8
        text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
        text = _WIDE_SPACES.sub(" ", text).translate(_ETH)
    return unicodedata.normalize("NFC", text)


# Spacing around commas as typed in a hurry: "Bí thư Tỉnh ủy ,Chủ tịch HĐND tỉnh". The words
# are read the same either way, but the extractors read a chain of titles by its ", ".
# (between letters only: "1,5 tỷ", "TP.HCM", "PGS.TS" keep theirs)
# (each begins with what the engine skips to, a space or the mark, the letters around it looked
# at from there: a pattern that begins with a look behind is tried at every character)
_SPACE_BEFORE_A_MARK = re.compile(r" +(?<=[^\W\d_] )(?=[,;:])|(?<=[^\W\d_]) {2,}(?=[,;:])")
_NO_SPACE_AFTER_A_COMMA = re.compile(r"[,;](?<=[^\W\d_][,;])(?=[^\W\d_])")


# "Sở VH, TT&DL", "Sở VH,TT&DL": a department's fields abbreviated and listed with a comma, as
# others write them with a dash ("Sở VH-TT&DL"); the comma would end the body's name
_ABBREVIATED_FIELDS_LISTED = re.compile(r"\b([A-ZĐ]{2,4}), ?(?=[A-ZĐ]{2,4}&[A-ZĐ]{2,4}\b)")


def spaced_as_printed(text: str) -> str:
    """``text`` with no space before a comma, semicolon or colon after a word, and one after a
    comma or semicolon between two words; abbreviated fields listed with a comma joined by a dash."""
    if " ," in text or " ;" in text or " :" in text:
        text = _SPACE_BEFORE_A_MARK.sub("", text)
    if "&" in text:
        text = _ABBREVIATED_FIELDS_LISTED.sub(r"\1-", text)
    if " \u201c" in text:
        text = _QUOTE_CLOSED_BY_AN_OPENING_MARK.sub("\\1\u201d", text)
    return _NO_SPACE_AFTER_A_COMMA.sub(r"\g<0> ", text)


# "gương điển hình “Dân vận khéo “ năm 2023": a name in quotes closed, by a typo, with the opening
# mark after a space; read as the closing one ("“Dân vận khéo”")
_QUOTE_CLOSED_BY_AN_OPENING_MARK = re.compile("(\u201c[^\u201c\u201d\\n]{2,60}?) \u201c(?=[\\s.,;:)])")


def parse(text: str, article_id: str, source: str, *, is_html: bool) -> Reading:
    """A ``Reading`` from decoded text; raises ``ArticleError`` when there is no text."""
    text = clean_text(text)
    if is_html:
        from kg.webpage import parse_page  # imports trafilatura: only for web pages

        parsed = parse_page(text)
        # the page's entities ("&nbsp;", "&#8203;") are characters only once it is parsed
        parsed = dataclasses.replace(parsed, text=clean_text(parsed.text), title=clean_text(parsed.title))
    else:
        parsed = _parse_plain(text)
    parsed = dataclasses.replace(parsed, text=spaced_as_printed(parsed.text))
    if not parsed.text.strip():
        raise ArticleError(f"{source}: no article text found")
    digest = hashlib.sha256(parsed.text.encode("utf-8")).hexdigest()
    article = Article(
        id=article_id,
        source=source,
        text=parsed.text,
        title=parsed.title,
        published=parsed.published,
        author=parsed.author,
        views=parsed.views,
        content_hash=digest,
    )
    return Reading(article, site=parsed.site, url=parsed.url, method=parsed.method)


def parse_article(text: str, article_id: str, source: str, *, is_html: bool) -> Article:
    """An ``Article`` from decoded text; raises ``ArticleError`` when there is no text."""
    return parse(text, article_id, source, is_html=is_html).article


def _valid_datetime(year: int, month: int, day: int, hour: int, minute: int,
                    second: int = 0) -> bool:
    try:
        datetime(year, month, day, hour, minute, second)
    except ValueError:
        return False
    return True


# A date line under a title: its date near the line's start ("Thứ Sáu, 06/03/2026 18:40", "(Cập nhật …)"), the
# line short or the date with its time, or a lead opened by its date; not a paragraph that names a date further on
# ("… theo Quyết định số 1769/QĐ-TTg ngày 09/10/2021 …", "Tháng 1/1948, đồng chí …": of the 218 repository texts
# whose first lines hold a date, 212 are paragraphs)
_DATE_LINE_OPENS_WITHIN = 30
_DATE_LINE_AT_MOST = 100
_A_LEAD_S_DATE_WITHIN = 15


def _a_date_line(line: str) -> bool:
    m = _DATE_TIME.search(line)
    if m is None:
        return False
    short, timed, near_the_start = len(line) <= _DATE_LINE_AT_MOST, m["H"] is not None, \
        m.start() <= _DATE_LINE_OPENS_WITHIN
    # a lead opened by its date says the day of the news ("Sáng 26/12/2018, Lễ kỷ niệm …"); a short line with a
    # time may open with its authors ("Quang Hiệu, Việt Anh-Thứ hai, ngày 10/06/2024 19:27")
    return m.start() <= _A_LEAD_S_DATE_WITHIN or near_the_start and (short or timed) or short and timed


def _iso_datetime(text: str) -> str | None:
    m = _DATE_TIME.search(text)
    if not m:
        return None
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    hour, minute = (int(m["H"]), int(m["M"])) if m["H"] else (0, 0)
    if not _valid_datetime(year, month, day, 0, 0):
        return None  # "31/02/2022" is no date; an invalid xsd:dateTime would break the graph
    if not _valid_datetime(year, month, day, hour, minute):
        hour, minute = 0, 0
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00{VIETNAM_OFFSET}"


def _views(text: str) -> int | None:
    m = _VIEWS.search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m["n"])
    # A view count has a handful of digits; thousands of them are noise (and int() refuses
    # strings above 4300 digits).
    return int(digits) if digits and len(digits) <= 15 else None


# A last line that begins so names a source, not a person: "Báo Sơn La", "Theo TTXVN"
_ACCORDING_TO = "Theo "  # a source's credit: "Theo TTXVN", "Theo Chí Kiên (Báo …)"
_NOT_A_BYLINE = ("Báo ", _ACCORDING_TO, "Nguồn", "Ảnh", "Trang ", "TRANG ", "Đài ", "Tạp chí ", "Cổng ", "Ban ", "Bài ",
                 "Tin ")


def looks_like_name(line: str) -> bool:
    line = line.strip()
    # "Theo" alone on the last line: a credit whose source was cut off, no name; each word
    # capitalised ("đ" and the other accented small letters fall in the class's range)
    return bool(_NAME_LINE.match(line)) and 1 <= len(line.split()) <= 5 \
        and all(word[0].isupper() for word in line.split()) and not f"{line} ".startswith(_NOT_A_BYLINE)


# a source's credit that may close an article after the byline: "Theo TTXVN", "Trung tâm VHTT&TT X"
_CREDIT = (*_NOT_A_BYLINE, "Trung tâm ")


# How many of an article's last lines may follow its byline: a source's credit, and lines
# no article sentence ends like, the page's ("Chủ đề liên quan:" and its tags, "Bạn đọc
# đặt báo dài hạn vui lòng …", a caption)
_LINES_AFTER_A_BYLINE = 5
_SENTENCE_END = (".", "!", "?", "…", "”", '"', ")")
_LONGEST_BYLINE = 10  # words: a longer line is a sentence


def byline(lines: list[str]) -> str | None:
    """The authors' line among an article's last non-empty ``lines`` (the title first): the
    last line, or a line before a source's credit or the page's lines after the article;
    one name or several joined by dashes or commas ("Minh Hải – Thùy Linh")."""
    # (two lines: a title and its text, unless the first is the text, its sentence ended: an excerpt
    # of one paragraph and its byline)
    signed = len(lines) > 2 or len(lines) == 2 and lines[0].endswith(_SENTENCE_END) \
        and not (lines[1].isupper() and not _a_family_name_first(lines[1]))  # ("TRỌN BỘ": the page's)
    for back, line in enumerate(reversed(lines[-(1 + _LINES_AFTER_A_BYLINE):] if signed else [])):
        line = _author_line(line)
        if not any(c.isalnum() for c in line) or _a_credit_in_brackets(line):
            continue  # "Bá Sơn" then a line of a full stop alone, or "(Nguồn: theo Báo X)"
        if back > 0 and (line.endswith(_SENTENCE_END) or line.isupper() or len(line.split()) > 10):
            # an article's sentence: a byline would have come after it; a line in capitals
            # above the last is the page's ("BÀI VIẾT LIÊN QUAN")
            return None
        if _outlets_initials(line):
            continue
        names = list(itertools.takewhile(lambda n: looks_like_name(n[1]), byline_names(line)))
        if names and len(names[0][1].split()) == 1 and len(line.split()) > _LONGEST_BYLINE:
            return None  # "Vậy, UBND huyện thông báo để …": a sentence's first word, no name
        if names and _after_an_honorific(names[0][1]):
            return None  # "Ông Nguyễn Văn A - Phó Chánh Văn phòng … cho biết, …": a cut-off paragraph, no byline
        if names:
            return line[:names[-1][0] + len(names[-1][1])]  # "Ngọc Hân - Tỉnh đoàn X": the name
        if not (f"{line} ".startswith(_CREDIT) or not line.endswith(_SENTENCE_END)):
            return None
    return None


def _a_credit_in_brackets(line: str) -> bool:
    """ "(Nguồn: theo Quân đội nhân dân)", "(Theo TTXVN)": a source's credit after the byline."""
    return line.startswith("(") and line.endswith(")") and f"{line[1:-1].strip()} ".startswith(_CREDIT)


def _names_only(line: str) -> bool:
    """Whether each of a byline's parts is a name: "Kiên Cường - Văn Huân"."""
    names = byline_names(line)
    return bool(names) and all(looks_like_name(name) for _, name in names)


# "… Lãnh đạo xã trao giấy khen Tin bài: Mỹ Hồng - Thanh Thanh": a byline's label and its names
# glued to the end of the last line (a caption's, which ends in no full stop)
_LABELLED_BYLINE_AT_THE_END = re.compile(rf"\s{_BYLINE_LABEL}\s*:\s*([^:]{{3,60}})$")


# "… hoàn thành nhiệm vụ năm 2025. Bảo Trân": an article copied as one paragraph keeps its
# byline after the last sentence's full stop; "… thăm Hà Tĩnh./. Văn Hiếu/VOV-Trung tâm Tin": the
# outlet after a slash
_NAME_AFTER_THE_LAST_SENTENCE = re.compile(r"(?<=[.!?…”\"])\s+([^.!?…“”\"/]{3,40})(?:/[^\s/][^/\n]{0,30})?\s*$")


def _a_family_name_first(line: str) -> bool:
    first = line.split()[0] if line.split() else ""
    return first[:1] + first[1:].lower() in _data_column("family_names.txt")


def byline_ending_the_text(last_line: str) -> str | None:
    """The author's name written after the last sentence of the article's last line, or after a
    byline's label glued to its end, or None."""
    outlet = _OUTLET_IN_BRACKETS_AT_THE_END.search(last_line)  # "… Theo Đặng Dương (Dân Trí)"
    last_line = last_line[:outlet.start()] if outlet else last_line
    labelled = _LABELLED_BYLINE_AT_THE_END.search(last_line)
    if labelled is not None and _names_only(labelled.group(1).strip()):
        return labelled.group(1).strip()
    found = _NAME_AFTER_THE_LAST_SENTENCE.search(last_line)
    if found is None or found.start() == 0:
        return None
    tail = _author_line(found.group(1))
    if outlet is not None:  # (the one the outlet's article is "by": "Theo Đặng Dương (Dân Trí)")
        tail = tail.removeprefix(_ACCORDING_TO)
    names = byline_names(tail)
    if not _names_only(tail) or _outlets_initials(tail) or len(names) == 1 and _opens_a_sentence(names[0][1]):
        # "… Ông Trần Văn Hùng", "… Trung Quốc": a sentence cut off after its first words (not names a dash
        # joins: "Trung Hiếu - Đỗ Trường"); "./. TTXVN": the outlet
        return None
    return tail


# an outlet's name or initials in brackets after the byline ending an article in one paragraph
_OUTLET_IN_BRACKETS_AT_THE_END = re.compile(r"\s*\([^()]{2,20}\)\s*$")


def _opens_a_sentence(name: str) -> bool:
    """Whether a name's first word opens a sentence rather than a byline ("Ông", bylines.tsv)."""
    openings = {w.casefold() for w in _byline_marks().get("opening", ())}
    return name.split()[0].casefold() in openings


def _after_an_honorific(name: str) -> bool:
    """ "Ông Nguyễn Văn A": a person the article writes of (a caption, a paragraph's first words),
    never its author, whose name stands bare (bylines.tsv "honorific")."""
    return f"{name.strip()} ".startswith(_byline_marks().get("honorific", ()))


def _outlets_initials(line: str) -> bool:
    """ "TBTC", "VOV", "QĐND": one word in capitals closing an article is its outlet's initials."""
    return len(line) >= 2 and " " not in line and line.isupper()


def _author_line(line: str) -> str:
    """A line as an author's name would stand in it: without a list's bullet ("• Thu Hà"),
    the site's marks and a credit's label ("Bài, ảnh: Quang Hưng")."""
    return _BYLINE_PREFIX.sub("", _unmarked(line.lstrip("•·▪* ").rstrip(" |")))


def _top_byline(lines: list[str]) -> str | None:
    """ "Thanh Xuân, Minh Trí" on a line of its own under the title (or under its date line):
    the authors, where a line of names alone (each of two to four words, none a province's,
    not in capitals: a heading) stands there. ``lines``: the article's, the title first."""
    provinces = frozenset(_data_column("provinces.txt"))
    if len(lines) > 2 and _DATE_TIME.search(lines[0]) and not _DATE_TIME.search(lines[1]):
        lines = lines[1:]  # "Thứ Tư, 07/01/2026" over the title: the names under the title
    under = lines[1:3] if len(lines) > 2 and _DATE_TIME.search(lines[1]) else lines[1:2]
    for line in under:
        line = _author_line(line)
        names = byline_names(line)
        if names and not line.isupper() and not any(c.isdigit() for c in line) and all(
                looks_like_name(name) and 2 <= len(name.split()) <= 4 and name.strip() not in provinces
                and not _after_an_honorific(name) for _, name in names):
            return line
    return None


@cache
def _byline_marks() -> dict[str, tuple[str, ...]]:
    """bylines.tsv: a site's label before its author ("Đăng bởi:"), a note after ("(tổng
    hợp)"), the words that open a sentence rather than a byline ("Ông"), the mark that ends
    the date line under the title with the author ("| Name")."""
    rows = resources.files("kg.data").joinpath("bylines.tsv").read_text(encoding="utf-8").splitlines()
    marks: dict[str, list[str]] = {}
    for row in rows:
        if row.strip() and not row.startswith("#"):
            where, words = row.split("\t")[:2]
            marks.setdefault(where, []).append(words)
    return {where: tuple(sorted(words, key=len, reverse=True)) for where, words in marks.items()}


def _unmarked(line: str) -> str:
    """The author's line without the site's marks: "Đăng bởi: Vân Trịnh", "Hồng Hạnh (tổng hợp)"."""
    marks = _byline_marks()
    for prefix in marks.get("prefix", ()):
        rest = line[len(prefix):].lstrip() if line.startswith(prefix) else ""
        if rest.startswith(":"):
            line = rest[1:].strip()
            break
    for reporter in marks.get("reporter", ()):
        if line.startswith(reporter):
            line = line[len(reporter):].strip()  # "PV Thu Hiếu"
            break
    if line.endswith(".") and looks_like_name(line[:-1]):
        line = line[:-1]  # "Thực hiện: PV Thu Hiếu."
    for suffix in marks.get("suffix", ()):
        if line.endswith(suffix):
            return line[:-len(suffix)].rstrip()
    outlet = _outlet_after_a_slash(line) or _before_the_outlet_in_capitals(line)
    if outlet is not None:
        return outlet
    credited = _credited_with_the_outlet(line, marks.get("outlet", ()))
    if credited is not None:
        return credited
    opening = line.rfind("(")
    if line.endswith(")") and opening > 0 and (line[opening + 1:].startswith(marks.get("outlet", ()))
                                               or _names_only(line[:opening].rstrip())
                                               and not line.startswith(marks.get("caption", ()))):
        # "Minh Hiếu (Báo Thái Bình)", "Hồng Nhung (Hội LHPN huyện X)": the outlet or unit after the name
        return line[:opening].rstrip()
    return line


def _before_the_outlet_in_capitals(line: str) -> str | None:
    """ "Xuân Thu  BÁO NAM ĐỊNH ĐIỆN TỬ": the author, then the outlet's name in capitals (two words
    or more, each of two letters or more)."""
    words = line.split()
    run = len(words)  # where the words in capitals that end the line begin (read once: a long line is no square)
    while run > 0 and words[run - 1].isupper() and len(words[run - 1]) > 1:
        run -= 1
    first_capital = max(run, 1)
    if first_capital > len(words) - 2:
        return None
    name = " ".join(words[:first_capital])
    return name if looks_like_name(name) and not name.isupper() else None


def _outlet_after_a_slash(line: str) -> str | None:
    """ "Thu Thảo/THĐT": the author, then the outlet's initials after a slash."""
    name, slash, initials = line.rpartition("/")
    if slash and initials.strip().isupper() and " " not in initials.strip() and looks_like_name(name):
        return name.strip()
    return None


def _credited_with_the_outlet(line: str, outlets: tuple[str, ...]) -> str | None:
    """ "Theo Chí Kiên (Báo điện tử Chính Phủ)": a reporter credited as the source, the outlet after."""
    credit = _ACCORDING_TO
    opening = line.rfind("(")
    if not line.startswith(credit) or opening < 0 or not line.endswith(")") \
            or not line[opening + 1:].startswith(outlets):
        return None
    name = line[len(credit):opening].strip()
    return name if looks_like_name(name) and all(not w.isupper() for w in name.split()) else None


def _degree_byline(lines: list[str]) -> str | None:
    """ "PGS.TS LÃ VĂN TIẾN" on a line of its own at the top of a journal's article: the
    author, after the degrees, in capitals."""
    degrees = {d.casefold() for d in _data_column("degrees.txt")}
    for line in lines:
        first, _, name = line.partition(" ")
        if first and all(d.casefold() in degrees for d in first.rstrip(".").split(".")) \
                and name.isupper() and looks_like_name(name):
            return name
    return None


@cache
def _data_column(name: str) -> tuple[str, ...]:
    rows = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8").splitlines()
    return tuple(r.split("\t")[0].strip() for r in rows if r.strip() and not r.startswith("#"))


def _header_byline(line: str) -> str | None:
    """ "Thứ Sáu, 06/03/2026 18:40 | Hoài Phương": the author that ends the date line; also
    "21/08/2019 17:09 Trúc Diệp", the name straight after the time, and "PHẠM ĐÔNG - Thứ năm, 20/06/2024
    18:35 (GMT+7)", the name before the date."""
    named_first = _NAME_BEFORE_A_DATE.match(line)
    if named_first is not None and all(looks_like_name(name) for name in named_first["name"].split(",")):
        return named_first["name"]  # ("Quang Hiệu, Việt Anh, Chí Thành-Thứ hai, ngày 10/06/2024 19:02": three)
    for mark in _byline_marks().get("header", ()):
        at = line.rfind(mark)
        if at > 0 and _DATE_TIME.search(line, 0, at):
            name = line[at + len(mark):].strip()
            if looks_like_name(name):
                return name
    dated = _DATE_TIME.match(line)
    name = line[dated.end():].strip() if dated and dated["H"] else ""
    if 2 <= len(name.split()) <= 4 and looks_like_name(name) and not _after_an_honorific(name):
        return name
    return None


@cache
def _one_pattern_a_line(name: str, flags: int = 0) -> re.Pattern[str]:
    """The regular expressions of a file of kg/data, one a line, as one."""
    rows = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8").splitlines()
    patterns = [r for r in rows if r.strip() and not r.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


# A line of chrome is short ("Tags: …", "Địa chỉ: … Điện thoại: …"); a longer line that opens as
# one is the article copied as one paragraph after it
_LONGEST_CHROME_LINE = 300


def blank_page_chrome(text: str) -> str:
    """The text with lines of page chrome (menus, weather, "Theo dõi ... trên") blanked, and the
    headlines listed under a heading of related articles ("Tin liên quan")."""
    chrome = _one_pattern_a_line("page_chrome.txt")
    related = _one_pattern_a_line("related_links.txt", re.IGNORECASE)
    tagged = _one_pattern_a_line("source_tags.txt")
    out: list[str] = []
    listing = False
    banner = False  # a portal's name line under "CỔNG THÔNG TIN ĐIỆN TỬ", its own line
    for line in text.split("\n"):
        if (line[:1] == "(" or line[:2].isupper()) and (tag := tagged.match(line)) is not None:
            if tag.group("named"):
                line = line[tag.end():]  # "(Báo Quảng Ngãi) - Sáng 16/5, …"
            else:  # "(QNO) - Sáng 16/5, …"
                out.append(tag.group("tag") or tag.group("bare") or tag.group("initials"))
                line = line[tag.end():]
        stripped = line.strip()
        if listing and stripped and stripped[-1] in _SENTENCE_ENDS:
            listing = False  # the article goes on
        if related.fullmatch(stripped):
            listing = True
        if banner and stripped:
            banner = False
            if len(stripped) <= _LONGEST_BANNER_NAME and stripped[-1] not in _SENTENCE_ENDS and stripped[0].isupper():
                out.append("")  # "Hội đồng nhân dân thành phố Hồ Chí Minh": whose portal it is
                continue
        if _PORTAL_BANNER.fullmatch(stripped):
            banner = True
        out.append("" if listing or len(stripped) <= _LONGEST_CHROME_LINE and chrome.fullmatch(stripped) else line)
    return "\n".join(out)


# "CỔNG THÔNG TIN ĐIỆN TỬ" alone on a line: the next line names whose portal it is, no article text
_PORTAL_BANNER = re.compile(r"(?i:(?:trang|cổng) thông tin điện tử)")
_LONGEST_BANNER_NAME = 80


# how a line of article text ends, not a headline listed as a link
_SENTENCE_ENDS = frozenset(".!?;:…\"”)")


# A web address in the text, often glued to the word before it where a page's image or link
# lost its markup ("Tỉnh Đoàn Phú Yênhttps://…/logo.png"): no article text, and no word's end
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\"“”<>]+")


# "tại xã Tập Sơn_Ảnh: TTXVN": a caption's credit glued on by an underscore, which no word holds
# (the underscore first, which the engine skips to, the letter before it looked behind at from
# there: a pattern that begins with a look behind is tried at every character)
_UNDERSCORE_BETWEEN_WORDS = re.compile(r"_(?<=[^\W\d_]_)(?=[^\W\d_])")


def blank_web_addresses(text: str) -> str:
    """``text`` with its web addresses made spaces, so that no offset moves."""
    if "http" not in text and "www." not in text:  # (every match holds one: told by str's in)
        return text
    return _WEB_ADDRESS.sub(lambda m: " " * len(m.group()), text)


def part_words_glued_by_underscores(text: str) -> str:
    """``text`` with a space for each underscore between two words (the same length)."""
    return _UNDERSCORE_BETWEEN_WORDS.sub(" ", text)


# A line broken inside a sentence (text copied from a PDF or a page of fixed width):
# the break goes on to a word in small letters after a word or a comma.  A space takes
# its place, so no offset moves; a line that starts with a capital is left alone (a
# heading, a caption, a name: nothing tells it from a wrapped line).
# (the line break first, which the engine skips to, as _UNDERSCORE_BETWEEN_WORDS)
_HARD_WRAP = re.compile(r"\n(?<=[\w,]\n)(?=[^\W\d_])")


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks inside sentences made spaces."""
    width = _wrap_width(text)  # (before the breaks go: the lines joined are longer)
    text = _HARD_WRAP.sub(lambda m: " " if text[m.end()].islower() else "\n", text)
    if not width:
        return text
    # The whole text is wrapped at a fixed width: a line that fills it and ends without a
    # full stop goes on in the next, whatever that begins with (a space for the break, so
    # no offset moves).
    lines = text.split("\n")
    long_enough = width * _WRAPPED_LINE_SHARE
    signed = _a_byline_alone_at_the_end(lines)
    pieces: list[str] = []
    for at, (line, after) in enumerate(zip(lines, lines[1:], strict=False)):
        stripped = line.rstrip()
        goes_on = len(stripped) >= long_enough and stripped[-1] not in _SENTENCE_ENDS and after.strip() \
            and at + 1 != signed
        pieces.append(line + (" " if goes_on else "\n"))
    pieces.append(lines[-1])
    return "".join(pieces)


# how many of the article's last lines the photos' captions after its byline and a blank gap may take
_CAPTIONS_AFTER_A_GAP = 8


def _byline_before_a_gap(lines: list[str]) -> str | None:
    """ "… ra sức xây dựng Bạc Liêu ngày càng phát triển.\nPhúc Hưng\n\n\nÔng A (trái) nhận quyết định …": a
    name alone on its line after the article's last sentence (or a link to related news, "> > Xem thêm: …"),
    then two blank lines and the photos' captions, is its byline (``lines`` with the empty ones)."""
    filled = [at for at, line in enumerate(lines) if line]
    for at in reversed(filled[-(_CAPTIONS_AFTER_A_GAP + 1):-1]):
        line = _author_line(lines[at])  # ("Mộc Miên (Tổng hợp)", "Hoàng Thùy - Đắc Thành": each a name)
        if at + 2 < len(lines) and not lines[at + 1] and not lines[at + 2] and at > 0 \
                and (lines[at - 1].endswith(_SENTENCE_END) or lines[at - 1].startswith(">")) and _names_only(line) \
                and not line.endswith(_SENTENCE_END) and not _after_an_honorific(line):
            return line
    return None


def _a_byline_alone_at_the_end(lines: list[str]) -> int:
    """The index of the last line where it is a name alone ("Nhật Quang" under a caption left without
    its full stop: the byline, which a wrapped line does not go on into), or -1."""
    last = next((at for at in range(len(lines) - 1, -1, -1) if lines[at].strip()), -1)
    return last if last > 0 and looks_like_name(lines[last]) and len(lines[last].split()) <= 4 else -1


# A text wrapped at a fixed width has most of its lines as long as its longest, which is
# short (a paragraph copied as it is published is one line, hundreds of characters long).
_WRAPPED_WIDTH_AT_MOST = 160
_WRAPPED_LINE_SHARE = 0.7
_TRAILING_SPACE = 20  # characters a wrapped line may end in, after its width


def _wrap_width(text: str) -> int:
    """The width a text is wrapped at, or 0 when its lines are paragraphs."""
    if text.count("\n") < 4:
        return 0
    lines = text.split("\n")
    if max(map(len, lines)) > _WRAPPED_WIDTH_AT_MOST + _TRAILING_SPACE:
        return 0  # (most articles: a paragraph as published is one line, longer than any wrap)
    lengths = [len(line.rstrip()) for line in lines]
    # (the title's line apart: a headline longer than the wrap would set the width above it)
    width = max(lengths[1:])
    if width > _WRAPPED_WIDTH_AT_MOST or width < 40:
        return 0
    long_lines = [n for n in lengths if n >= width * _WRAPPED_LINE_SHARE]
    if len(long_lines) < 4 or len(long_lines) * 3 < len([n for n in lengths if n]):
        return 0
    # and a sentence goes on across some of its breaks in small letters (a caption repeated
    # under each photo, as long as the headline, is no wrapped paragraph)
    small = sum(1 for line, after in zip(lines, lines[1:], strict=False)
                if len(line.rstrip()) >= width * _WRAPPED_LINE_SHARE and after[:1].islower())
    return width if small * 4 >= len(long_lines) else 0


def _parse_plain(text: str) -> _Parsed:
    text = unwrap_lines(blank_page_chrome(part_words_glued_by_underscores(blank_web_addresses(text))))
    lines = [line.strip() for line in text.split("\n")]
    non_empty = [line for line in lines if line]
    title = non_empty[0] if non_empty else ""
    published = views = None
    author = byline(non_empty)
    # (the title's line apart, unless the text opens with its dated byline: "PHẠM ĐÔNG - Thứ năm, 20/06/2024 …")
    first = 0 if non_empty and _NAME_BEFORE_A_DATE.match(non_empty[0]) else 1
    for line in non_empty[first:4]:
        if _a_date_line(line):
            published = _iso_datetime(line)
            views = _views(line)
            author = author or _header_byline(line)
            break
    author = author or _degree_byline(non_empty[:3]) or _top_byline(non_empty) or _byline_before_a_gap(lines)
    if author is None and len(non_empty) > 1:
        author = byline_ending_the_text(non_empty[-1])
    return _Parsed(text=text, title=title, published=published, author=author, views=views)


class _ArticleHTML:
    """Collects the text of a page's article body, a block per line, from ``tokenize_html``."""

    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer",
            "aside", "form", "button", "select", "iframe"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "br",
             "tr", "section", "article", "blockquote", "time", "header", "footer", "main"}

    def __init__(self) -> None:
        self.skip_depth = 0
        self.article_depth = 0
        self.seen_article = False
        self.chunks: list[str] = []          # text inside <article>
        self.page_chunks: list[str] = []     # text of the whole page, outside skipped parts
        self.h1: list[str] = []
        self.h1_list: list[str] = []  # each <h1> of the page
        self.in_h1 = False
        self.title_tag: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.time_attr: str | None = None  # the first <time datetime> of the page
        self.article_time: str | None = None  # ... and of the <article>
        self.article_h1: list[str] = []  # the <h1> inside the <article>
        self.canonical: str | None = None  # <link rel="canonical">
        self.ld_json: list[str] = []  # <script type="application/ld+json"> blocks
        self.bylines: list[str] = []  # texts of elements whose class says "author", "byline"
        self.byline_tag: str | None = None
        self.byline_depth = 0
        self.in_ld_json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or ""
            if key and key.lower() not in self.meta:  # the first of a kind, as a browser
                self.meta[key.lower()] = a.get("content", "")
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and self.canonical is None:
                self.canonical = a.get("href", "").strip() or None
            return
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_ld_json = True
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP and not (tag in ("header", "footer") and self.article_depth):
            self.skip_depth += 1
            return
        if tag == "article":
            self.article_depth += 1
            self.seen_article = True
        if self.byline_tag == tag:
            self.byline_depth += 1
        elif (self.byline_tag is None and len(self.bylines) < 5 and tag not in _VOID
              and _BYLINE_CLASS.search(a.get("class", "") + " " + a.get("id", ""))):
            self.byline_tag, self.byline_depth = tag, 1
            self.bylines.append("")
        if tag == "h1":
            self.in_h1 = True
            if len(self.h1_list) < 20:
                self.h1_list.append("")
        if tag == "time" and a.get("datetime"):
            if self.time_attr is None:
                self.time_attr = a["datetime"]
            if self.article_depth and self.article_time is None:
                self.article_time = a["datetime"]
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_ld_json = False
        if tag in self.SKIP and not (tag in ("header", "footer") and self.article_depth):
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "article":
            self.article_depth = max(0, self.article_depth - 1)
        if tag == self.byline_tag:
            self.byline_depth -= 1
            if self.byline_depth <= 0:
                self.byline_tag = None
        if tag == "h1":
            self.in_h1 = False
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_tag.append(data)
        if self.in_ld_json and len(self.ld_json) < 20:
            self.ld_json.append(data)
        if self.skip_depth:
            return
        if self.byline_tag is not None and len(self.bylines[-1]) < 200:
            self.bylines[-1] += data
        if self.in_h1:
            self.h1.append(data)
            if self.h1_list:
                self.h1_list[-1] += data
            if self.article_depth:
                self.article_h1.append(data)
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


_SPACE = re.compile(r"[\t\n\f\r ]*")
_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
_ATTR_NAME = re.compile(r"[^\t\n\f\r />][^\t\n\f\r />=]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")
# Elements whose content is text up to their end tag, not markup.
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "noembed", "noframes"}
_ENCODED_TEXT = {"textarea", "title"}  # whose text still has "&amp;" and the like


def _skip_space(text: str, pos: int) -> int:
    m = _SPACE.match(text, pos)
    return m.end() if m else pos


def _end_of_raw_text(text: str, tag: str, pos: int) -> int:
    m = re.compile(rf"</{tag}[\t\n\f\r />]", re.IGNORECASE).search(text, pos)
    return m.start() if m else len(text)


def tokenize_html(text: str, out: _ArticleHTML) -> None:
    """Feed ``out`` the start tags, end tags and text of a page, in one pass.

    Not ``html.parser``: it rescans the rest of the page from every "<" that does not
    close, which takes minutes on hostile pages ("<a<a<a...", "<b x='>'<b x='>'...").
    Here every step consumes what it reads, so time is linear in the page's length, and
    a construct left open at the end (a comment, a tag, a quoted value) ends the page,
    as in a browser.
    """
    pos = 0
    while pos < len(text):
        lt = text.find("<", pos)
        if lt < 0:
            out.handle_data(html.unescape(text[pos:]))
            return
        if lt > pos:
            out.handle_data(html.unescape(text[pos:lt]))
        pos = _read_markup(text, lt, out)


def _read_markup(text: str, pos: int, out: _ArticleHTML) -> int:
    """Reads what opens with the "<" at ``pos``; where reading goes on (the page's end
    when the construct is left open)."""
    nxt = text[pos + 1:pos + 2]
    if text.startswith("<!--", pos):
        end = text.find("-->", pos + 2)  # "<!-->" is an empty comment
        return len(text) if end < 0 else end + 3
    if nxt in ("!", "?") or (nxt == "/" and not _NAME.match(text, pos + 2)):
        end = text.find(">", pos + 2)  # a declaration, a processing instruction, "</ >"
        return len(text) if end < 0 else end + 1
    if nxt == "/":
        return _read_end_tag(text, pos, out)
    if (name := _NAME.match(text, pos + 1)) is not None:
        return _read_start_tag(text, name, out)
    out.handle_data("<")  # a "<" that opens nothing is text
    return pos + 1


def _read_end_tag(text: str, pos: int, out: _ArticleHTML) -> int:
    name = _NAME.match(text, pos + 2)
    assert name is not None  # _read_markup saw a name after "</"
    end = text.find(">", name.end())
    if end < 0:
        return len(text)
    out.handle_endtag(name.group().lower())
    return end + 1


def _read_start_tag(text: str, name: re.Match[str], out: _ArticleHTML) -> int:
    tag = name.group().lower()
    read = _read_attributes(text, name.end())
    if read is None:
        return len(text)  # a tag cut off by the end of the page is dropped
    attrs, self_closing, pos = read
    out.handle_starttag(tag, attrs)
    if self_closing:
        out.handle_endtag(tag)
    elif tag in _RAW_TEXT:
        end = _end_of_raw_text(text, tag, pos)
        raw = text[pos:end]
        out.handle_data(html.unescape(raw) if tag in _ENCODED_TEXT else raw)
        pos = end
    return pos


def _read_attributes(text: str, pos: int,
                     ) -> tuple[list[tuple[str, str | None]], bool, int] | None:
    """A start tag's attributes from ``pos`` to its ">": the attributes, whether it
    closes itself ("/>"), and where the tag ends; None when the page ends first."""
    attrs: list[tuple[str, str | None]] = []
    while True:
        pos = _skip_space(text, pos)
        while text.startswith("/", pos):
            pos = _skip_space(text, pos + 1)
        if pos >= len(text):
            return None
        if text[pos] == ">":
            return attrs, text[pos - 1] == "/", pos + 1
        attr = _ATTR_NAME.match(text, pos)
        assert attr is not None  # text[pos] is none of the characters it refuses
        pos = _skip_space(text, attr.end())
        value: str | None = None
        if text.startswith("=", pos):
            read = _read_attribute_value(text, _skip_space(text, pos + 1))
            if read is None:
                return None
            value, pos = read
        attrs.append((attr.group().lower(), value))


def _read_attribute_value(text: str, pos: int) -> tuple[str, int] | None:
    """The value after an "=", quoted or not, and where it ends; None when a quote
    is left open to the end of the page."""
    quote = text[pos:pos + 1]
    if quote in ("'", '"'):
        close = text.find(quote, pos + 1)
        if close < 0:
            return None
        value, pos = text[pos + 1:close], close + 1
    else:
        unquoted = _UNQUOTED.match(text, pos)
        assert unquoted is not None  # it matches the empty string
        value, pos = unquoted.group(), unquoted.end()
    return html.unescape(value), pos


def parse_html_tokens(text: str) -> tuple[_ArticleHTML, _Parsed]:
    """A page read by kg's own tokenizer: its facts, and the article it would make.

    The article is the text of the page's ``<article>`` (else of the whole page, less
    scripts, navigation, headers, footers and forms): the fallback when trafilatura
    cannot read a page, and the source of the page's meta tags, title and view count.
    """
    parser = _ArticleHTML()
    tokenize_html(text, parser)
    return parser, _parse_html(parser)


def _parse_html(parser: _ArticleHTML) -> _Parsed:
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
            if _a_date_line(line):
                published = _iso_datetime(line)
                break
    views = None
    for line in lines[:6]:
        views = _views(line)
        if views is not None:
            break
    return _Parsed(text=body, title=title, published=published, author=byline(lines), views=views)


def _normalise_iso(value: str) -> str | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?"
                 r"\s*(Z|[+-]\d{2}:?\d{2})?", value.strip())
    if not m:
        return _iso_datetime(value)
    year, month, day, hour, minute, second, tz = m.groups()
    hour, minute, second = hour or "00", minute or "00", second or "00"
    if not _valid_datetime(int(year), int(month), int(day), int(hour), int(minute), int(second)):
        return None
    tz = tz or VIETNAM_OFFSET
    if tz == "Z":
        tz = "+00:00"
    elif ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    if int(tz[1:3]) > 14 or int(tz[4:6]) > 59:
        return None
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{tz}"


def read_articles(
    paths: Iterable[Path],
) -> Iterator[Article | Skipped]:
    """Each path read as an ``Article``, or a ``Skipped`` with the reason it could not be."""
    for path in paths:
        try:
            yield read_article(path)
        except ArticleError as e:
            yield Skipped(str(path), str(e).removeprefix(f"{path}: "))
