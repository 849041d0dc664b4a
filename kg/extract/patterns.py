"""Regular expressions compiled so that a search skips quickly past where they cannot begin.

Compiled extractors spend about 40 % of their time in ``re``. A pattern that begins with
an alternation of words ("[Hh]ội nghị|[Ll]ễ|…") is tried alternative by alternative at
every character of a sentence: Python's engine skips ahead by itself only when a pattern
begins with a literal or a character class. :func:`compile` puts a lookahead of the
characters the pattern can begin with in front of such a pattern: the same matches at
the same places, found after a one-character test at most places.

Even so the engine calls its matcher at every character of a sentence.  A pattern that
most sentences cannot match is better built with :class:`Gated`: it is searched for only
in a text that holds one of the strings every match of it holds ("Nghị quyết", "Luật"),
which ``str.find`` looks for in C.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, Final


def _latin_letters(small: bool) -> str:
    """The small or capital letters of the Latin script (Vietnamese's among them), as a class."""
    return "[" + re.escape("".join(c for c in map(chr, range(0x41, 0x1EFF))
                                   if c.isalpha() and (c.islower() if small else c.isupper()))) + "]"


SMALL_LETTER: Final = _latin_letters(small=True)
CAPITAL_LETTER: Final = _latin_letters(small=False)
# What the pattern's first item can be and still say which character it begins with.
_LARGEST_RANGE: Final = 512  # a wider class ("[à-ỹ]") says too little to be worth the test


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)``, with a lookahead of the characters it can begin
    with when the engine would otherwise try it at every character."""
    try:
        first = _first_characters(pattern, flags)
    except Exception:  # re's parser is internal: a change in it costs speed, never a match
        first = None
    if first is not None:
        end = "\n" if flags & re.VERBOSE else ""  # a comment on the last line ends at a newline
        try:
            return re.compile(f"(?=[{''.join(map(_in_a_class, sorted(first)))}])(?:{pattern}{end})", flags)
        except re.error:  # inline flags, which must come first
            pass
    return re.compile(pattern, flags)


def _first_characters(pattern: str, flags: int) -> set[str] | None:
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as c  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return None  # the engine skips ahead by itself
    if parsed.data and parsed.data[0][0] is c.AT and parsed.data[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING) \
            and not parsed.state.flags & re.MULTILINE:
        return None  # the engine tries it at the text's beginning only (a look ahead in front would hide that)
    first, may_be_empty = _first(parsed.data)
    return None if may_be_empty else first


# What a sequence of a parsed pattern's items can begin with: the characters, or None when
# it does not say (any character); and whether it may match nothing, when what comes after
# it may begin a match too ("(?:tại\s+|^)Hội nghị": "t" or "H").
_Begins = tuple[set[str] | None, bool]


def _first(items: Any) -> _Begins:
    chars: set[str] = set()
    for op, av in items:
        found, may_be_empty = _first_of_item(op, av)
        if found is None:
            return None, False
        chars |= found
        if not may_be_empty:
            return chars, False
    return chars, True


def _first_of_item(op: Any, av: Any) -> _Begins:
    from re import _constants as c  # type: ignore[attr-defined]

    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # tested where the match begins, and consume nothing
        return set(), True
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] <= _LARGEST_RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None, False  # a category or a negated class
        return chars, False
    if op is c.BRANCH:
        chars = set()
        any_empty = False
        for alternative in av[1]:
            found, may_be_empty = _first(alternative.data)
            if found is None:
                return None, False
            chars |= found
            any_empty = any_empty or may_be_empty
        return chars, any_empty
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return (None, False) if add_flags or del_flags else _first(inner.data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _most, inner = av
        found, may_be_empty = _first(inner.data)
        return found, may_be_empty or least == 0
    return None, False


def _in_a_class(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


_END: Final = sys.maxsize  # re's endpos when none is given: the end of the text
_NO_MATCHES: Final[tuple[re.Match[str], ...]] = ()
_SHORTEST_WORD: Final = 3  # a string shorter than that is in most sentences: not worth the test


class Gated:
    """A pattern (built as :func:`compile` builds it) searched for only where the text
    holds one of ``words``, strings that every match of it holds; with no such strings
    (they could not be told, or are too short to tell sentences apart) it is searched
    for everywhere."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.re = compile(pattern, flags)
        try:
            words = _words_of_every_match(self.re)
        except Exception:  # re's parser is internal: a change in it costs speed, never a match
            words = None
        self.words: tuple[str, ...] = _fewest(words) if words else ()
        if any(len(word) < _SHORTEST_WORD for word in self.words):
            self.words = ()

    def holds(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """Whether ``text[pos:endpos]`` may hold a match: it holds one of the words."""
        if not self.words:
            return True
        for word in self.words:
            if text.find(word, pos, endpos) >= 0:
                return True
        return False

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.re.finditer(text, pos, endpos) if self.holds(text, pos, endpos) else iter(_NO_MATCHES)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.re.search(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.re.match(text, pos, endpos)  # tried at one place: no test is worth it

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.re.fullmatch(text, pos, endpos)


def alternatives(words: Iterable[str], *, either_case: bool = False, at_word_start: bool = False) -> str:
    """Literal ``words`` as an alternation tried in the same order (each also with its first
    letter in the other case, if asked), grouped by their first character: "B(?:uổi họp|an)|
    b(?:uổi họp|an)" for "[Bb]uổi họp|[Bb]an".  The engine tests an alternative's first
    character in place when it is a character, but calls a function for a class ("[Bb]"),
    and a group lets it pass over all the words a character does not begin at once.

    The same match is found: at a place only the words beginning with its character may
    match, and they are tried in the same order.  Under IGNORECASE a character also stands
    for its other case: grouped words that would then be tried in another order are
    left ungrouped (either case asked: both forms are each word's, tried again after).

    ``at_word_start``: each word only where no word character goes before it, as after
    "(?<!\\w)" (or "\\b", the words beginning with one), the look behind put after the
    first character ("B(?<!\\w.)(?:uổi họp|an)"): a pattern that begins with the words then
    begins with characters, which the engine skips to, not with a look behind it tries at
    every character.  (The "." is that first character, never a line break.)"""
    forms: list[str] = []
    for word in words:
        for form in ((word[0].upper() + word[1:], word[0].lower() + word[1:]) if either_case else (word,)):
            if form not in forms:
                forms.append(form)
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0], []).append(form)
    grouped = [form for group in groups.values() for form in group]
    if not either_case and _by_either_case(grouped) != _by_either_case(forms):
        flat = "|".join(map(re.escape, forms))
        return rf"(?<!\w)(?:{flat})" if at_word_start else flat
    behind = r"(?<!\w.)" if at_word_start else ""
    return "|".join(f"{re.escape(first)}{behind}{re.escape(group[0][1:])}" if len(group) == 1 else
                    f"{re.escape(first)}{behind}(?:{'|'.join(re.escape(form[1:]) for form in group)})"
                    for first, group in groups.items())


def _by_either_case(forms: list[str]) -> dict[str, list[str]]:
    """The words by their first letter in small letters, each list in the given order."""
    by_letter: dict[str, list[str]] = {}
    for form in forms:
        by_letter.setdefault(form[0].lower(), []).append(form)
    return by_letter


def beginning_with(words: Iterable[str]) -> str:
    """A look ahead for the first characters of ``words`` (literal strings), to put before
    an alternation of them where :func:`compile` cannot tell the pattern's first characters
    (it also begins at "^"): the engine then tries the alternatives only where one may
    begin, after a one-character test elsewhere."""
    return f"(?=[{''.join(map(_in_a_class, sorted({word[0] for word in words})))}])"


class Cued:
    """A pattern searched for only where the text, case folded, holds one of ``words``:
    strings one of which every match holds in some case, told by the caller from the
    lexicon's words the pattern is built of ("huân chương", "điều lệ đảng").  For patterns
    in either case ("[Hh]ội nghị", re.IGNORECASE), which :class:`Gated` cannot tell: the
    engine finds no beginning to skip to in them and tries them at every character.

    The test never hides a match: two characters re's IGNORECASE takes as one case fold
    alike, but for "i" and "ı" (and "İ", which folds into two), texts with which are searched
    as they are."""

    def __init__(self, pattern: str, words: Iterable[str], flags: int = 0) -> None:
        self.re = compile(pattern, flags)
        self.words: tuple[str, ...] = _fewest(tuple(word.casefold() for word in words))

    def holds(self, text: str) -> bool:
        """Whether ``text`` may hold a match: it holds one of the words in some case."""
        folded = _folded_for_cues(text)
        if folded is None:
            return True
        for word in self.words:
            if word in folded:
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.re.finditer(text) if self.holds(text) else iter(_NO_MATCHES)

    def search(self, text: str) -> re.Match[str] | None:
        return self.re.search(text) if self.holds(text) else None


# The last texts folded (:func:`casefolded`), the oldest dropped when full: enough for an
# article's sentences, which the finishers ask of again, and the parts of them asked of; a
# dict that compiled code reads directly, where an lru_cache is called through the
# interpreter (the many patterns tried on one sentence each ask).
_FOLDED_FOR_CUES: Final[dict[str, str]] = {}
_MOST_FOLDED_KEPT: Final = 64


def casefolded(text: str) -> str:
    """``text.casefold()``, kept for the last texts asked: the extractors ask of the same
    sentence one after another."""
    folded = _FOLDED_FOR_CUES.get(text)
    if folded is None:
        folded = text.casefold()
        if not _folds_apart(text):  # (never kept: :func:`_folded_for_cues` tells them by a miss)
            if len(_FOLDED_FOR_CUES) >= _MOST_FOLDED_KEPT:
                del _FOLDED_FOR_CUES[next(iter(_FOLDED_FOR_CUES))]
            _FOLDED_FOR_CUES[text] = folded
    return folded


def _folds_apart(text: str) -> bool:
    """Whether ``text`` holds "ı" or "İ", which :class:`Cued` searches as it is."""
    return "ı" in text or "İ" in text


def _folded_for_cues(text: str) -> str | None:
    """:func:`casefolded`, or None for a text that holds "ı" or "İ" (which :class:`Cued`
    searches as it is): told once for the many patterns tried on one sentence."""
    folded = _FOLDED_FOR_CUES.get(text)
    if folded is None:
        if _folds_apart(text):
            return None
        folded = casefolded(text)
    return folded


def _words_of_every_match(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, or None where not told or
    where looking for them would cost more than the search (too many of them)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if pattern.flags & re.IGNORECASE:
        return None  # a word may be written in other letters than the pattern's
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if _compiler._get_literal_prefix(parsed, pattern.flags)[0] or _compiler._get_charset_prefix(parsed, pattern.flags):
        return None  # the engine skips ahead by itself, faster than words are looked for
    words = _words_of_items(parsed.data)
    return words if words is not None and len(words) <= _MOST_WORDS else None


def _words_of_items(items: Any) -> tuple[str, ...] | None:
    """Strings one of which every match of the sequence ``items`` (a parsed pattern's list)
    holds: a run of literal characters (and of small classes: "[Tt]ại" holds "Tại" or
    "tại"), or what an item every match goes through holds (a group, a repeat at least
    once, an alternation each of whose branches holds one); the best told, or None."""
    from re import _constants as c  # type: ignore[attr-defined]

    told: list[tuple[str, ...]] = []
    run: tuple[str, ...] = ("",)
    for op, av in items:
        chars = _one_of(op, av)
        if chars and len(run) * len(chars) <= _MOST_WORDS:
            run = tuple(word + char for word in run for char in chars)
            continue
        if run[0]:
            told.append(run)
        run = chars or ("",)
        inner: tuple[str, ...] | None = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags of its own
            inner = _words_of_items(av[3].data)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] > 0:
            inner = _words_of_items(av[2].data)
        elif op is c.BRANCH:
            branches = [_words_of_items(branch.data) for branch in av[1]]
            inner = tuple(word for words in branches for word in words or ()) \
                if all(branches) else None
        if inner:
            told.append(inner)
    if run[0]:
        told.append(run)
    return max(told, key=lambda words: (min(map(len, words)), -len(words))) if told else None


_MOST_WORDS: Final = 8  # the most strings a test is made of


def _one_of(op: Any, av: Any) -> tuple[str, ...]:
    """The characters an item of a parsed pattern stands for, if a few told one by one."""
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.LITERAL:
        return (chr(av),)
    if op is c.IN and len(av) <= _MOST_WORDS and all(kind is c.LITERAL for kind, _ in av):
        return tuple(chr(value) for _, value in av)
    return ()


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The same test with fewer strings: one that holds another is left out."""
    kept: list[str] = []
    for word in sorted(set(words), key=lambda word: (len(word), word)):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)
