"""A saved news web page to its article: body text, title, date-time, author, views, source.

The body comes from trafilatura, a maintained extractor of a page's main text that
tells the article from menus, breadcrumbs, related-news lists, comment boxes and
footers far better than a hand-written rule could.  Around it kg keeps what the
genre needs and trafilatura leaves out:

* photo captions are article text (they name who is in the picture), so figures
  and caption blocks are turned into paragraphs before trafilatura sees the page;
* the byline ("Bài và ảnh: Bảo Ngọc") stays as the last line, as the reader sees it;
* the title is the first line, once;
* the date-time keeps its hour and its offset (+07:00 where the page gives local
  time only): structured metadata first (``article:published_time``, JSON-LD,
  ``<time datetime>``, ``pubdate``), then a date written under the title, then
  htmldate's reading of the whole page (URL, text) for the date alone.

The page's facts outside the body (meta tags, canonical address, ``<h1>``, view
count) come from kg's own tokenizer (``kg.ingest.tokenize_html``), which is linear
in the page's length whatever the markup.  Pages trafilatura cannot or should not
read fall back to that tokenizer's text: a page of more than ``MAX_TREE_ELEMENTS``
elements (trafilatura's time grows faster than the page), a page lxml cannot parse
(nesting deeper than libxml2's limit), or one where neither trafilatura's precise
nor its recall-oriented mode finds a body.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from typing import Any

from lxml.etree import XPath

from kg.ingest import (
    _DATE_TIME,
    VIETNAM_OFFSET,
    _ArticleHTML,
    _iso_datetime,
    _normalise_iso,
    _Parsed,
    _tidy_lines,
    _valid_datetime,
    _views,
    looks_like_name,
    parse_html_tokens,
)

# Real article pages have 400-5,000 elements; trafilatura's time grows faster than
# linearly beyond a few tens of thousands, so larger pages are read by kg's tokenizer.
MAX_TREE_ELEMENTS = 20_000
# What a reader would never take for a byline: the site's own name in a meta tag.
_NOT_AUTHOR = re.compile(r"(?i)\b(?:báo|tạp chí|cổng thông tin|online|vn|com)\b|\.|https?:")
# Meta tags that carry a publication date-time, most specific first.
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
              "date", "sailthru.date", "parsely-pub-date", "dcterms.created")
# The article id of dantri, tuoitre, cafef and other sites on one CMS is the moment of
# publication, local time: ".../ten-bai-20221224191050762.htm".
_URL_STAMP = re.compile(r"-(20\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\d{0,3}\.html?(?:$|[?#])")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_QUIET = logging.NullHandler()
_CAPTION_TAGS = frozenset({"div", "span", "td", "th", "em", "i", "small"})
_HAS_BLOCK = XPath("boolean(.//p or .//div or .//table or .//ul or .//ol or .//h1 or .//h2 or .//h3)")
_LAYOUT_CELL = XPath(".//td[.//p or .//h1 or .//h2 or .//h3 or .//table or .//div or .//ul][1]")
_CAPTION_ATTR = re.compile(r"(?i)caption|image|sapo")
# A trailing list of the article's tags: "Từ khóa", "Tags:", "Chủ đề:" and the links after it.
_KEYWORDS = re.compile(r"(?i)^(?:từ khóa|từ khoá|tags?|chủ đề|xem thêm)\s*:?\s*$")
_DATELINE_WORDS = re.compile(
    r"(?i)\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày\s+đăng|ngày|cập\s+nhật|"
    r"đăng\s+lúc|số\s+lượt\s+xem|lượt\s+xem|lượt\s+đọc|gmt|utc|giờ|sáng|chiều|tối)\b"
    r"|\d{1,2}:\d{2}(?::\d{2})?|[+\-]?\d+|[^\w\s]", re.UNICODE)
_BLOCK_TAGS = frozenset({"p", "head", "item", "cell", "row", "quote", "code", "list", "table",
                         "lb", "fw", "div", "graphic"})


def parse_page(text: str) -> _Parsed:
    """A web page (decoded, cleaned text) to its article; see the module's docstring."""
    parser, fallback = parse_html_tokens(text)
    body, method, tree = _trafilatura_body(text)
    if body is None:
        return _with_source(fallback, parser, f"kg tokenizer ({method})")
    lines = _trim(body.split("\n"))
    title = _title(parser, lines) or fallback.title
    if lines and _same(lines[0], title):
        lines = lines[1:]
    lead = _lead(tree, parser, lines)
    if lead:
        lines.insert(0, lead)
    author = _author(parser, fallback, lines)
    if author and not any(author in line for line in lines[-3:]):
        lines.append(author)
    text_out = "\n".join([title, *lines] if title else lines)
    published = _published(text, parser, title)
    views = fallback.views if fallback.views is not None else _views_near_title(parser, title)
    return _with_source(
        _Parsed(text=text_out, title=title, published=published, author=author, views=views),
        parser, method)


def _trim(lines: list[str]) -> list[str]:
    """The body's lines less a leading date-and-views line and a trailing keyword list."""
    lines = [line for i, line in enumerate(lines) if line and not (i < 4 and _is_dateline(line))]
    for i in range(len(lines) - 1, max(-1, len(lines) - 40), -1):
        if _KEYWORDS.match(lines[i]):
            return lines[:i]
    return lines


def _is_dateline(line: str) -> bool:
    """ "Thứ Sáu, 07/07/2023 10:30 | Lượt xem: 2.148", "Cập nhật: 18:10, 16/07/2024" """
    if not _DATE_TIME.search(line) or len(line) > 80:
        return False
    rest = _DATELINE_WORDS.sub(" ", _DATE_TIME.sub(" ", line))
    return sum(ch.isalpha() for ch in rest) < 3


# ---------------------------------------------------------------------------
# The body
# ---------------------------------------------------------------------------


def _trafilatura_body(text: str) -> tuple[str | None, str, Any]:
    """The article body by trafilatura, one block a line, or None (and why not); and the
    page's tree."""
    try:
        from trafilatura import bare_extraction
        from trafilatura.utils import load_html
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise ImportError("reading web pages needs trafilatura: pip install trafilatura") from e
    for name in ("trafilatura", "htmldate", "courlan"):
        # Their log lines about odd pages are no news to a user of kg: each page's fate is
        # in the build report instead.
        logging.getLogger(name).addHandler(_QUIET)
    try:
        tree = load_html(text)
    except Exception:  # lxml's own errors on input it cannot parse; the fallback reads it
        return None, "unparsable", None
    if tree is None:
        return None, "unparsable", None
    size = sum(1 for _ in tree.iter())
    if size > MAX_TREE_ELEMENTS:
        return None, "too many elements", None
    _prepare(tree)
    for mode, recall in (("trafilatura", False), ("trafilatura (recall mode)", True)):
        try:
            # A fresh tree each time: trafilatura prunes the tree it is given.
            document = bare_extraction(
                _copy(tree), fast=True, include_comments=False, deduplicate=False,
                include_tables=True, include_images=False, include_links=False,
                include_formatting=False, with_metadata=False, favor_recall=recall)
        except Exception:  # trafilatura's internal failures on odd pages: try the next way
            continue
        body = getattr(document, "body", None)
        if body is None:
            continue
        lines = _tidy_lines(_block_text(body))
        if lines.strip():
            return lines, mode, tree
    return None, "no body found", None


def _lead(tree: Any, parser: _ArticleHTML, lines: list[str]) -> str | None:
    """The lead paragraph (sapo) where trafilatura left it out, else None.

    Sites set the lead apart from the body (vnexpress's ``p.description``, the
    ``detail-sapo`` of many CMSs), and trafilatura often takes it for page furniture;
    in this genre it is the article's densest sentence.  The page's description meta
    tag repeats it, so the lead is the smallest element whose text holds the
    description's opening: no list of sites' class names needed.
    """
    summary = _clean(parser.meta.get("og:description") or parser.meta.get("description") or "")
    opening = summary[:40]
    if tree is None or len(opening) < 20 or opening in _clean(" ".join(lines[:6])):
        return None
    longest = max(2 * len(summary), len(summary) + 300)
    best: str | None = None
    for element in tree.iter("p", "h2", "h3", "div", "span", "section", "strong"):
        content = _clean(element.text_content())
        if opening in content and len(content) <= longest and (
                best is None or len(content) < len(best)):
            best = content
    return best


def _copy(tree: Any) -> Any:
    from copy import deepcopy

    return deepcopy(tree)


def _prepare(tree: Any) -> None:
    """Drop what is never text; make photo captions paragraphs, so that trafilatura
    keeps them as article text.

    trafilatura drops ``<figure>`` whole and any block whose class or id says
    "caption" or "image" (vnexpress's captions are ``<p class="Image">``); in this
    genre a caption names the officials in the picture.
    """
    from lxml import etree

    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    for element in tree.iter("figure", "figcaption"):
        element.tag = "div" if element.tag == "figure" else "p"
    # A table whose cells hold paragraphs, headings or other tables lays out a page (old
    # CMSs put the menu, the article and the footer in cells of one table); trafilatura
    # would take it whole as a data table.  As blocks, its parts are judged one by one.
    for table in list(tree.iter("table")):
        if table.tag == "table" and _LAYOUT_CELL(table):
            for part in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th", "table")]:
                part.tag = "div"
    for element in tree.iter():
        for name in ("class", "id"):
            value = element.get(name) if isinstance(element.tag, str) else None
            if value and _CAPTION_ATTR.search(value):
                element.set(name, _CAPTION_ATTR.sub("kg-capt", value))
                if element.tag in _CAPTION_TAGS and not _HAS_BLOCK(element):
                    element.tag = "p"  # a caption is a paragraph of its own


def _block_text(body: Any) -> str:
    """trafilatura's XML body as text: a line per paragraph, heading, list item, cell."""
    out: list[str] = []

    def walk(element: Any) -> None:
        block = element.tag in _BLOCK_TAGS
        if block:
            out.append("\n")
        if element.tag == "lb":
            out.append("\n")
        if element.text:
            out.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    # An explicit recursion bound is not needed: trafilatura's tree is shallow (lxml
    # itself stops at a depth of 256).
    walk(body)
    return "".join(out)


# ---------------------------------------------------------------------------
# Title, author, views, source
# ---------------------------------------------------------------------------


def _clean(value: str) -> str:
    return " ".join(value.split())


def _same(a: str, b: str) -> bool:
    return _clean(a).casefold() == _clean(b).casefold()


def _title(parser: _ArticleHTML, lines: list[str]) -> str:
    """The headline: the candidate (the article's <h1>, a page <h1>, og:title, <title>)
    that the body starts with, else the article's <h1>, else og:title, else <title>
    less the site's name after " - " or " | "."""
    head = [_clean(line) for line in lines[:3]]
    title_tag = _clean("".join(parser.title_tag))
    candidates = [_clean("".join(parser.article_h1)), *(_clean(h) for h in parser.h1_list),
                  _clean(parser.meta.get("og:title", "")), title_tag]
    for candidate in candidates:
        if candidate and any(_same(candidate, line) for line in head):
            return candidate
    for candidate in candidates[:1] + candidates[-2:-1]:
        if candidate:
            return candidate
    return re.split(r"\s+[|–-]\s+", title_tag)[0] if title_tag else ""


def _site_names(parser: _ArticleHTML) -> set[str]:
    """Names a page gives its publisher: these are never an article's author."""
    keys = ("og:site_name", "copyright", "application-name", "apple-mobile-web-app-title",
            "twitter:site", "publisher", "dc.publisher")
    return {_clean(parser.meta.get(k, "")).casefold().lstrip("@") for k in keys} - {""}


def _author(parser: _ArticleHTML, fallback: _Parsed, lines: list[str]) -> str | None:
    """The byline: the article's last line when it is a person's name (as kg always
    read it), else the page's author meta tag when that is a person's name."""
    sites = _site_names(parser)

    def person(name: str) -> str | None:
        name = _clean(name)
        ok = (name and looks_like_name(name) and name.casefold() not in sites
              and not _NOT_AUTHOR.search(name))
        return name if ok else None

    from kg.ingest import _BYLINE_PREFIX

    candidates = [*(_BYLINE_PREFIX.sub("", _clean(b)) for b in parser.bylines),
                  fallback.author if parser.seen_article else None,
                  _BYLINE_PREFIX.sub("", lines[-1]) if len(lines) > 2 else None,
                  parser.meta.get("author"), parser.meta.get("article:author")]
    for candidate in candidates:
        if candidate and (found := person(candidate)):
            return found
    return None


def _page_lines_after_title(parser: _ArticleHTML, title: str, count: int = 12) -> list[str]:
    lines = _tidy_lines("".join(parser.page_chunks)).split("\n")
    if title:
        key = _clean(title).casefold()
        for i, line in enumerate(lines):
            if _clean(line).casefold() == key:
                return lines[i + 1:i + 1 + count]
    return []


def _views_near_title(parser: _ArticleHTML, title: str) -> int | None:
    for line in _page_lines_after_title(parser, title, 6):
        views = _views(line)
        if views is not None:
            return views
    return None


def _with_source(parsed: _Parsed, parser: _ArticleHTML, method: str) -> _Parsed:
    site = _clean(parser.meta.get("og:site_name", "")) or None
    url = parser.canonical or _clean(parser.meta.get("og:url", "")) or None
    return replace(parsed, site=site, url=url, method=method)


# ---------------------------------------------------------------------------
# The date-time
# ---------------------------------------------------------------------------


def _published(text: str, parser: _ArticleHTML, title: str) -> str | None:
    """The publication date-time, from the most reliable source the page has."""
    for key in _DATE_META:
        value = parser.meta.get(key)
        if value and (found := _normalise_iso(value)):
            return found
    for block in parser.ld_json:
        found = _ld_date(block)
        if found:
            return found
    for value in (parser.article_time, parser.time_attr):
        if value and (found := _normalise_iso(value)):
            return found
    for line in _page_lines_after_title(parser, title):
        if _DATE_TIME.search(line) and (found := _iso_datetime(line)):
            return found
    url = parser.canonical or parser.meta.get("og:url") or ""
    if m := _URL_STAMP.search(url):
        year, month, day, hour, minute, second = (int(g) for g in m.groups())
        if _valid_datetime(year, month, day, hour, minute, second):
            return (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
                    f"{VIETNAM_OFFSET}")
    return _htmldate(text, parser)


def _ld_date(block: str) -> str | None:
    try:
        data = json.loads(block)
    except ValueError:
        m = _LD_DATE.search(block)
        return _normalise_iso(m.group(1)) if m else None
    stack = [data]
    while stack:  # JSON-LD nests (@graph, lists); walk it without recursion
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and (found := _normalise_iso(value)):
                return found
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return None


def _htmldate(text: str, parser: _ArticleHTML) -> str | None:
    """htmldate's original publication date (from the URL, text, comments), with the
    hour where the page writes one right after that date."""
    try:
        from htmldate import find_date
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise ImportError("reading dates of web pages needs htmldate: pip install htmldate") from e
    url = parser.canonical or parser.meta.get("og:url") or None
    try:
        day = find_date(text, original_date=True, extensive_search=True, url=url)
    except Exception:  # htmldate's own failures on odd pages: no date rather than no article
        return None
    if not day:
        return None
    year, month, date = (int(part) for part in day.split("-"))
    page_text = "".join(parser.page_chunks)
    for m in _DATE_TIME.finditer(page_text):
        if (int(m["y"]), int(m["m"]), int(m["d"])) == (year, month, date) and m["H"]:
            return _iso_datetime(m.group())
    return f"{year:04d}-{month:02d}-{date:02d}T00:00:00+07:00"
