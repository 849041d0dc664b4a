"""Vietnamese text normalisation shared by every stage.

Two tone-mark placements are in use for the same words: old style puts the mark
on the second vowel of oa/oe/uy at the end of a syllable ("hoà", "khoá", "uỷ"),
new style on the first ("hòa", "khóa", "ủy").  Canonical labels use the new style.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# Old-style syllable endings and their new-style spelling.  Only where the pair
# ends the syllable: "hoàn" is spelt the same in both styles.
_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}


def _old_to_new_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = unicodedata.normalize("NFC", f + s + mark)
                new = unicodedata.normalize("NFC", f + mark + s)
                table[old] = new
    return table


_OLD_TO_NEW = _old_to_new_table()


def _old_style_pattern() -> re.Pattern[str]:
    """An old-style ending not after "q" ("quà" is no "oà"), nor before a letter: the endings
    by their first vowel, that the engine skips to (a pattern beginning with a look behind
    is tried at every character); the look behind, after that vowel, reads one more."""
    seconds: dict[str, list[str]] = {}
    for old in _OLD_TO_NEW:
        seconds.setdefault(old[0], []).append(old[1])  # NFC: a vowel, and a vowel with its mark
    return re.compile("(" + "|".join(f"{first}(?<![qQ]{first})[{''.join(chars)}]"
                                     for first, chars in seconds.items()) + r")(?!\w)")


_OLD_STYLE = _old_style_pattern()

# Quotes and punctuation removed at either end when matching labels.
_EDGE_PUNCT = "\"'“”‘’«»„‟‹›`.,;:!?()[]{}…-–— \u00a0\t\r\n"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def new_tone_style(text: str) -> str:
    """Spell oa/oe/uy syllable endings with the mark on the first vowel ("hoà" -> "hòa")."""
    return _OLD_STYLE.sub(lambda m: _OLD_TO_NEW[m.group(1)], nfc(text))


def collapse_spaces(text: str) -> str:
    """Runs of white space made one space, none at either end (``str.split`` splits at the
    characters ``\\s`` matches)."""
    return " ".join(text.split())


# Labels' caches hold 16,384 entries: on 4,000 articles they missed 8 % more often than
# with 65,536, and a worker process stays near 55 MB instead of growing past 90.
@lru_cache(maxsize=1 << 14)
def clean_label(text: str) -> str:
    """A canonical label: NFC, new tone style, single spaces, straight edges."""
    return _straight_edges(collapse_spaces(new_tone_style(text)))


def surface_form(text: str) -> str:
    """Text as written, tidied for use as an alias: NFC, single spaces, straight edges."""
    return _straight_edges(collapse_spaces(nfc(text)))


def _straight_edges(text: str) -> str:
    """Punctuation off both ends, save the closing bracket of one the text opened
    ("Luật Công chứng (sửa đổi)")."""
    stripped = text.strip(_EDGE_PUNCT)
    if text.endswith(")") and stripped.count("(") > stripped.count(")"):
        return stripped + ")"
    return stripped


@lru_cache(maxsize=1 << 14)
def match_key(text: str) -> str:
    """The form in which two labels are compared (the gold format's matching rule)."""
    return clean_label(text).casefold()


def match_text(text: str) -> str:
    """:func:`match_key` of running text (a sentence), not cached: each sentence is folded
    once or twice, and the cache would keep a copy of every sentence a worker reads (14 MB
    a worker per 2,000 articles, until it is full)."""
    return _straight_edges(collapse_spaces(new_tone_style(text))).casefold()


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    """A readable, IRI-safe, deterministic identifier for a label.

    The ASCII form alone would merge "Hòa" and "Hoa"; a short hash of the exact
    match key keeps them apart.
    """
    key = match_key(text)
    ascii_form = re.sub(r"[^a-z0-9]+", "-", strip_diacritics(key).lower()).strip("-")[:80]
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{ascii_form or 'x'}-{digest}"


# "Minh Hải – Thùy Linh", "Thanh Xuân, Minh Trí", "Y Ngân-Đức Mạnh" (a dash between two names,
# not inside an abbreviation: "VP HĐND-UBND xã")
# (a dash with a space on one side only: "Mỹ Hồng -Thanh Thanh")
_BETWEEN_AUTHORS = re.compile(r"\s+[-–—]\s*|[-–—]\s+|\s*,\s*|(?<=[a-zà-ỹđ])[-–](?=[A-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ])")


def byline_names(byline: str) -> list[tuple[int, str]]:
    """The names of a byline's authors, each with its offset in it: "Minh Hải – Thùy Linh"
    has two."""
    names, at = [], 0
    for separator in [*_BETWEEN_AUTHORS.finditer(byline), None]:
        end = separator.start() if separator else len(byline)
        if byline[at:end].strip():
            names.append((at, byline[at:end]))
        at = separator.end() if separator else end
    return names

