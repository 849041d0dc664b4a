"""Capitals back, for an article whose body lost them.

Some outlets publish the body in small letters ("sáng ngày 15-10-2022 tại hà nội, phó chủ
tịch nước trương thị bích ngọc trao huân chương lao động hạng nhất …"); the grammar reads
names by their capitals and finds none there.  Such an article is read through a copy
whose words are capitalised as the genre capitalises them: a statistical true-caser
(Lita et al., 2003) whose table (``kg/data/case_table.tsv``, counted by
``bench/derive_case_table.py``) gives, for each word and for each word after a given word,
how often the genre writes it with a capital; and a person's name, after a family name,
takes its capitals until a common word.  Only letters' case changes, so every offset holds.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

from kg.extract.lexicon import cues, lexicon
from kg.model import Article

_WORD: Final = re.compile(r"[^\W\d_]+")
# what may stand between a sentence's end (or a line's start) and its first word
_OPENING: Final = re.compile(r"(?:^|[.!?…]|\n)[\s\"“‘(\[•*–-]*$")
# a body that kept its capitals has a capital on a sixth of its words or more; one that
# lost them, on under a thirtieth
_FEWEST_CAPITALS: Final = 0.08
_SHORTEST_BODY: Final = 30  # words
_PARAGRAPH: Final = 12  # words: a line this long is the body's, not a heading's
_NAME_SYLLABLES: Final = 3  # after the family name, at most
_COMMON: Final = 0.15  # a word the genre capitalises less often than this is not a name's
_COMMON_SEEN: Final = 5
_SURE: Final = 0.7  # a word alone is capitalised where the genre does so this often
_SURE_SEEN: Final = 3
_DOCUMENT_CODE: Final = re.compile(r"(?<=\d)[/-][^\W\d_]+(?:[/-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class _Form:
    written: str  # the form most often capitalised (the word itself where it never is)
    capitalised: int
    seen: int

    @property
    def mostly_capitalised(self) -> bool:
        return 2 * self.capitalised >= self.seen

    @property
    def surely_capitalised(self) -> bool:
        """Seen often enough, and capitalised most times: not a common word that is also a
        name's ("sáng" a morning and a given name)."""
        return self.seen >= _SURE_SEEN and self.capitalised >= _SURE * self.seen

    @property
    def common_word(self) -> bool:
        return self.seen >= _COMMON_SEEN and self.capitalised < _COMMON * self.seen


@dataclass(frozen=True, slots=True)
class _Table:
    words: dict[str, _Form]
    after: dict[tuple[str, str], _Form]   # (word before, word)
    before: dict[tuple[str, str], _Form]  # (word, word after)


@cache
def _table() -> _Table:
    table = _Table({}, {}, {})
    text = resources.files("kg.data").joinpath("case_table.tsv").read_text(encoding="utf-8")
    for row in text.splitlines():
        if row.startswith("#") or not row.strip():
            continue
        previous, word, following, written, capitalised, seen = row.split("\t")
        form = _Form(written, int(capitalised), int(seen))
        if previous:
            table.after[(previous, word)] = form
        elif following:
            table.before[(word, following)] = form
        else:
            table.words[word] = form
    return table


@cache
def _before_a_name() -> frozenset[str]:
    """Words after which a family name begins a person's name: the last word of a form of
    address ("ông", "đồng chí", "đ/c") or of a post's title ("thứ trưởng", "chủ tịch nước")."""
    cue_words = [_WORD.findall(c)[-1] for c in cues("person_cues")]
    title_words = [head.words[-1] for head in lexicon().role_heads if head.words]
    return frozenset(w.casefold() for w in [*cue_words, *title_words])


@cache
def _middle_names() -> frozenset[str]:
    """Middle names a full name never ends with ("Văn", "Thị"): the syllable after is the name's."""
    return frozenset(w.casefold() for w in cues("middle_names"))


def lost_its_capitals(text: str) -> bool:
    """Whether the body is in small letters: counted on its paragraphs (lines of a dozen
    words or more), not on the title, headings, date lines or byline, which keep theirs."""
    lines = text.split("\n")
    # a line of n characters holds at most (n + 1) // 2 words: the words still to count are
    # at most `unread`, so a body with capitals is told as soon as it has shown enough of them
    unread = sum((len(line) + 1) // 2 for line in lines)
    words = capitals = 0
    for line in lines:
        unread -= (len(line) + 1) // 2
        if len(line) < 2 * _PARAGRAPH - 1:
            continue
        found, caps = _words_and_capitals(line)
        if found >= _PARAGRAPH and 2 * caps < found:  # not a title
            words += found
            capitals += caps
            if capitals >= _FEWEST_CAPITALS * (words + unread):
                return False
    return words >= _SHORTEST_BODY and capitals < _FEWEST_CAPITALS * words


def _words_and_capitals(line: str) -> tuple[int, int]:
    """How many words ``_WORD`` finds in ``line``, and how many of them begin with a capital,
    summed over its pieces between white spaces (no word holds one)."""
    words = capitals = 0
    for piece in line.split():
        counted = _PIECES.get(piece)
        if counted is None:
            counted = _piece_words_and_capitals(piece)
        words += counted[0]
        capitals += counted[1]
    return words, capitals


# Each piece's words and capitals as first counted: most pieces are syllables met before, and
# one look-up costs less than the str methods compiled code calls through the interpreter (a
# third of the text's pieces are read in most articles). Emptied when full.
_PIECES: Final[dict[str, tuple[int, int]]] = {}
_MOST_PIECES_KEPT: Final = 1 << 14  # as tokens' _WORDS


def _piece_words_and_capitals(piece: str) -> tuple[int, int]:
    """A piece of letters, or of letters and one mark after them ("ngày,"), is one word (a run
    of ``_WORD``'s characters, which no letter is without); ``_WORD`` reads only the others
    (some in twenty)."""
    if len(_PIECES) >= _MOST_PIECES_KEPT:
        _PIECES.clear()
    if piece.isalpha() or (len(piece) > 1 and piece[:-1].isalpha()):
        counted = (1, int(piece[0].isupper()))
    else:
        found = _WORD.findall(piece)
        counted = (len(found), sum(1 for word in found if word[0].isupper()))
    _PIECES[piece] = counted
    return counted


def truecased(text: str) -> str:
    """``text`` with its words capitalised as the genre writes them; the same length."""
    table = _table()
    family_names = lexicon().family_names
    chars = list(text)
    found = list(_WORD.finditer(text))
    previous = ""       # the word before, casefolded ("" after anything but a space)
    name_left = 0       # syllables the person's name being read may still take
    for i, m in enumerate(found):
        word, key = m.group(), m.group().casefold()
        if i and text[found[i - 1].end():m.start()].strip():
            previous, name_left = "", 0
        following = found[i + 1].group().casefold() \
            if i + 1 < len(found) and not text[m.end():found[i + 1].start()].strip() else ""
        form = table.after.get((previous, key)) or table.before.get((key, following))
        capital = form.mostly_capitalised if form is not None else False
        if form is None and (form := table.words.get(key)) is not None:
            capital = form.surely_capitalised
        if name_left and (previous in _middle_names() or not (form is not None and form.common_word)):
            capital, name_left = True, name_left - 1
        elif key in family_names and following and (
                capital or previous in _before_a_name() or following in _middle_names()
                or (after := table.words.get(following)) is not None and after.surely_capitalised):
            # "Trương Thị …", "ông Cù …", "… Bộ Xây dựng lưu đình khải": a person's name begins
            capital, name_left = True, _NAME_SYLLABLES
        else:
            name_left = 0
        if m.start() == 0 or _OPENING.search(text, max(0, m.start() - 6), m.start()):
            capital = True
        if capital and not word[0].isupper():
            written = form.written if form is not None and len(form.written) == len(word) \
                and form.written[0].isupper() else word.capitalize()
            for at, letter in enumerate(written):
                if letter.isupper() and len(word[at].upper()) == 1:
                    chars[m.start() + at] = word[at].upper()
        previous = key
    for code in _DOCUMENT_CODE.finditer(text):  # "1042/qđ-byt": a document's code, in capitals
        chars[code.start():code.end()] = [c.upper() if len(c.upper()) == 1 else c for c in code.group()]
    return "".join(chars)


def reading_of(article: Article) -> Article:
    """The article as the extractors read it: itself, or a copy (the same offsets) with the
    capitals its body lost back, or with its headline in capitals written as the body writes."""
    if lost_its_capitals(article.text):
        return dataclasses.replace(article, text=truecased(article.text))
    recased = lines_in_capitals_recased(article.text)
    return article if recased is None else dataclasses.replace(article, text=recased)


# A headline in capitals ("ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ TỪ SƠN RA NGHỊ QUYẾT"): every word looks
# like a name's, a body's name runs on into the verb after it, and a bare "Tỉnh ủy" of the
# body is then completed from it. (Only the headline: headings and letterheads in capitals
# further down are read by rules of their own; recasing them too lost as much as it won.)
_CAPITALS_LINE_WORDS: Final = 3
_CAPITALS_LINE_LETTERS: Final = 12
_ROMAN: Final = re.compile(r"[IVXLC]+")


def lines_in_capitals_recased(text: str) -> str | None:
    """``text`` with its headline, where written in capitals, and any paragraph written so (a
    lead in capitals) recased: a word as the rest of the article writes it (after the word
    before it, or alone: "Từ Sơn", "UBND", "ủy"), else in small letters if the genre writes it
    so nearly always, else with a capital; None where no such line is, or the whole text is in
    capitals."""
    spans: list[tuple[int, int]] = []
    headline = -1  # where the headline begins, if it is in capitals
    at, first = 0, True
    for line in text.split("\n"):
        if line.strip():
            words = len(_WORD.findall(line)) if line.isupper() else 0
            if first and words >= _CAPITALS_LINE_WORDS and sum(c.isalpha() for c in line) >= _CAPITALS_LINE_LETTERS:
                headline = at
                spans.append((at, at + len(line)))
            elif words >= _PARAGRAPH_IN_CAPITALS:
                spans.append((at, at + len(line)))
            first = False
        at += len(line) + 1
    if not spans or len(text.lower()) != len(text):
        return None
    rest = "\n".join(text[a:b] for a, b in _between(spans, len(text)))
    alone, after = _cases_written(rest)
    if not alone:
        return None  # nothing to learn from: the whole article is in capitals
    table = _table().words
    chars = list(text)
    for start, end in spans:
        line = text[start:end]
        # a paragraph's words the body does not write are written as the genre writes them; a
        # headline's with a capital (a place or a body the headline alone names: "MƯỜNG ẢNG")
        genre = truecased(line.lower()) if start != headline and len(line.lower()) == len(line) else None
        previous = ""
        for m in _WORD.finditer(line):
            word, key = m.group(), m.group().casefold()
            seen = after.get((previous, key)) or alone.get(key)
            form = table.get(key)
            if seen is not None:
                written = seen
            elif _ROMAN.fullmatch(word):
                written = word
            elif genre is not None:
                written = genre[m.start():m.end()]
            elif form is not None and form.common_word:
                written = word.lower()  # "TRAO", "CHO": the genre's common words
            else:
                written = word.capitalize()  # "MƯỜNG ẢNG": a name the body does not repeat
            if _OPENING.search(line, max(0, m.start() - 6), m.start()) or not line[:m.start()].strip(" \t\"“‘(*•–-"):
                written = written[:1].upper() + written[1:]  # a sentence's first word
            if len(written) == len(word):
                chars[start + m.start():start + m.end()] = written
            previous = key
    return "".join(chars)


# a line in capitals this long (words) is a paragraph, a lead written so, not a heading
_PARAGRAPH_IN_CAPITALS: Final = 15


def _between(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    gaps, at = [], 0
    for start, end in spans:
        gaps.append((at, start))
        at = end
    gaps.append((at, length))
    return gaps


def _cases_written(text: str) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """How ``text`` writes each word most often, alone and after the word before it (a
    word's first letter, or all of it for an abbreviation)."""
    alone: dict[str, dict[str, int]] = {}
    after: dict[tuple[str, str], dict[str, int]] = {}
    previous = ""
    last_end = -1
    for m in _WORD.finditer(text):
        word, key = m.group(), m.group().casefold()
        if last_end >= 0 and text[last_end:m.start()].strip():
            previous = ""
        opening = m.start() == 0 or _OPENING.search(text, max(0, m.start() - 6), m.start()) is not None
        if not opening:  # a sentence's first word has its capital whatever it is
            form = word if word.isupper() and len(word) > 1 else word[0] + word[1:].lower()
            counts = alone.setdefault(key, {})
            counts[form] = counts.get(form, 0) + 1
            if previous:
                pair = after.setdefault((previous, key), {})
                pair[form] = pair.get(form, 0) + 1
        previous, last_end = key, m.end()
    return ({k: max(v, key=v.__getitem__) for k, v in alone.items()},
            {k: max(v, key=v.__getitem__) for k, v in after.items()})
