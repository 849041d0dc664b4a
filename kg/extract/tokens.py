"""Sentences and tokens with their character offsets in the article text."""

from __future__ import annotations

import operator
import os
import re
import sys
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from typing import Any, Final, final

from mypy_extensions import mypyc_attr

from kg.extract import patterns
from kg.extract.lexicon import centre_dotted, cue, cues, fold, lexicon, surface_words
from kg.model import Article, Sentence
from kg.text import strip_diacritics

# What sets off an apposition or joins a title chain: "A – Bí thư Tỉnh ủy"
DASHES: Final = ("-", "–", "—")
# An apostrophe inside a word belongs to it: "H'Bình", "K'Nhai" (Central Highlands names).
_TOKEN: Final = patterns.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
# A sentence ends at . ! ? … (and a closing quote after them) followed by space and a
# capital, or at a line break.  Abbreviations with dots are rare in the genre ("TP.").
# The match holds the mark (or the first line break): a pattern that begins with a class
# is skipped to by the engine, one that begins with a look behind tried at every character.
# The break itself begins after the mark (_break_at).
_SENTENCE_END: Final = re.compile(r"[.!?…\n](?:(?<=[.!?…])[”\"’)]*\s+(?=[\"“(‘]?(\w))|(?<=\n)\n*)")


def _break_at(text: str, m: re.Match[str]) -> int:
    """Where the white space (or line breaks) that ``m`` found begins."""
    return m.start() if text[m.start()] == "\n" else m.start() + 1


@final
class Token:
    """A word or a punctuation mark.  Compared and hashed as the tuple of its fields (it was
    one): compiled, a native class, which code made from the same sources reads field by
    field in C and makes without a call through ``tuple.__new__`` (a sentence has many)."""

    __slots__ = ("text", "start", "end", "key", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int, key: str = "", is_word: bool = False,
                 is_cap: bool = False) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.key = key  # the text folded for comparison (tone style and case made one)
        self.is_word = is_word
        self.is_cap = is_cap

    @staticmethod
    def of(text: str, start: int, end: int) -> Token:
        return Token(text, start, end, fold(text), text[0].isalnum(), text[0].isupper())

    def _fields(self) -> tuple[str, int, int, str, bool, bool]:
        return self.text, self.start, self.end, self.key, self.is_word, self.is_cap

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r}, key={self.key!r}, "
                f"is_word={self.is_word!r}, is_cap={self.is_cap!r})")


# Abbreviations written with a dot that go on the sentence: "TP. Hồ Chí Minh", "TS. Lê Văn A".
# The degrees ("PGS.", "BSCKII.") are the lexicon's (degrees.txt).
_NO_BREAK_AFTER_PLACES: Final = ("TP", "Tp", "TX", "TT", "Th.S", "Mr", "St")


@cache
def _titles_with_a_dot() -> tuple[str, ...]:
    """ "PCT. Hội phụ nữ huyện", "CT. HPN xã": a title abbreviated with a dot goes on the sentence (the
    abbreviated titles of roles.tsv: one word in capitals, two letters or more)."""
    return tuple(sorted({h.surface for h in lexicon().role_heads if " " not in h.surface
                         and "." not in h.surface and len(h.surface) > 1 and h.surface.isupper()}))


# the number of an item in a list, alone before its text: "1.", "II.", "a)"
_LIST_NUMBER: Final = patterns.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})\.")


@cache
def _no_break_after() -> re.Pattern[str]:
    words = sorted((*map(re.escape, _NO_BREAK_AFTER_PLACES), *map(re.escape, _titles_with_a_dot()),
                    *(re.escape(d) for d in lexicon().degrees)), key=len, reverse=True)
    return patterns.compile(r"(?:^|\W)(?:" + "|".join(words) + r")\.$", re.IGNORECASE)


@cache
def _not_before_a_no_break() -> frozenset[str]:
    """The ASCII characters none of _no_break_after's words ends in, in either case (each ends
    in an ASCII letter, which no other ASCII character matches under IGNORECASE): many full
    stops come after one ("năm 2025.", "xây dựng.", "12%."), where the pattern's search,
    tried at each of eight places, is not needed."""
    last = {word[-1].lower() for word in (*_NO_BREAK_AFTER_PLACES, *_titles_with_a_dot(), *lexicon().degrees)}
    if not all(letter.isascii() and letter.isalpha() for letter in last):
        return frozenset()  # (a word ending otherwise: every full stop is searched before)
    return frozenset(c for c in map(chr, range(128)) if c.lower() not in last)


@cache
def _title_opening() -> re.Pattern[str]:
    """A title in capitals ("Phó Chủ tịch", "Bí thư"): the roles' heads, "Phó" before any of them."""
    heads = sorted({h.surface for h in lexicon().role_heads if h.surface[:1].isupper()}, key=len, reverse=True)
    deputy = re.escape(cue("deputy"))
    return patterns.compile(rf"(?:{deputy}\s+)?(?:{'|'.join(map(re.escape, heads))})\b")


def _a_title_after_a_place(text: str, at: int, after: int) -> bool:
    """ "… ở trụ sở LĐLĐ TP. Phó Chủ tịch Tổng LĐLĐ …", "… TP. Trong thời gian tới": a city's abbreviation
    ends the sentence where a title or a sentence's opening words, no city's name, come after its dot."""
    return text[at - 3:at - 1] in _NO_BREAK_AFTER_PLACES \
        and (_title_opening().match(text, after) is not None or _run_on_opener().match(text, after) is not None)


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    text = article.text
    sentences: list[Sentence] = []
    start = 0
    no_break_after, not_before_one = _no_break_after(), _not_before_a_no_break()
    for m in _SENTENCE_END.finditer(text):
        after = m.group(1)  # the next sentence's first character, after a mark (None: a line break)
        if after is not None and not (after.isupper() or after.isdigit()):
            continue
        at = _break_at(text, m)
        # (a full stop at a line's end ends the sentence whatever it follows: "… HĐND TP.\nBà A …")
        if after is not None and at >= 2 and text[at - 2] not in not_before_one and "\n" not in text[at:m.end()] \
                and no_break_after.search(text, max(0, at - 8), at) and not _a_title_after_a_place(text, at, m.end()):
            continue
        if after is not None and _LIST_NUMBER.fullmatch(text, start, at):
            continue  # "1. Văn phòng Huyện ủy X; ...": an item's number opens its sentence
        _add_run_on(sentences, article.id, text, start, at)
        start = m.end()
    _add_run_on(sentences, article.id, text, start, len(text))
    return tuple(sentences)


@cache
def _run_on_opener() -> re.Pattern[str]:
    """A sentence's opening words after a word with no mark between: a heading or a caption
    left without its full stop, and the sentence after it, copied as one paragraph."""
    # (the words first, which the engine skips to by their first letters; the space and the word
    # character before them checked after: a pattern that begins with a look behind is tried at
    # every character of every sentence)
    # ("Ông" before a name: not inside a place's name, "Cầu Ông Lãnh", "đường Ông Ích Khiêm")
    # (each look behind holds the opener itself, which the engine has just read)
    openers = cues("sentence_openers_before_a_name")
    holding = [(opener, *name.split(opener, 1)) for name in cues("names_holding_an_opener")
               for opener in openers if opener in name]
    # (nor a family name after a word of address: "đồng chí Ông Văn Lạc")
    not_inside = "".join(f"(?<!{re.escape(before + opener)})" for opener, before, _ in holding if before) \
        + "".join(f"(?<!{re.escape(f'{word} {opener}')})" for word in cues("person_cue_last_words") if " " not in word
                  for opener in openers) \
        + "".join(f"(?!{re.escape(after)})" for _, _, after in holding if after)
    return patterns.compile(r"(?:" + patterns.alternatives(cues("sentence_openers")) + r")\b|(?:"
                            + patterns.alternatives(cues("sentence_openers_before_a_small_word"))
                            + rf")(?=\s+{patterns.SMALL_LETTER})|(?:"
                            + patterns.alternatives(cues("sentence_openers_before_a_name"))
                            + rf"){not_inside}(?=\s+{patterns.CAPITAL_LETTER})")


@cache
def _run_on_opener_gate() -> re.Pattern[str]:
    """Each opening word's first word after a space (" Sáng", " Theo"): one of them in a sentence
    before the pattern looks (most sentences hold none but at their start); one search, where a
    `str.find` for each word went over the sentence twenty times."""
    firsts = {w.split()[0] for w in (*cues("sentence_openers"), *cues("sentence_openers_before_a_small_word"),
                                     *cues("sentence_openers_before_a_name"))}
    return patterns.compile(" (?:" + patterns.alternatives(sorted(firsts, key=len, reverse=True)) + ")")


def _add_run_on(out: list[Sentence], article_id: str, text: str, start: int, end: int) -> None:
    """The sentence from ``start`` to ``end``, or the sentences it holds where one runs on into
    the next without its full stop: at an opening word after a space and a word character."""
    if _run_on_opener_gate().search(text, start, end) is None:
        _add(out, article_id, text, start, end)
        return
    for m in _run_on_opener().finditer(text, start + 2, end):
        at = m.start()
        space = at
        while space > start and text[space - 1] == " ":
            space -= 1
        if space < at and space > start and text[space - 1].isalnum():
            _add(out, article_id, text, start, space)
            start = at
    _add(out, article_id, text, start, end)


def _add(out: list[Sentence], article_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(article_id, len(out), start, end, text[start:end]))


_KEY: Final = operator.attrgetter("key")


@mypyc_attr(native_class=False)  # mypyc compiles no subclass of a builtin type
class Tokens(list[Token]):
    """A sentence's tokens, with their folded words kept apart as one tuple: phrases are
    compared at most tokens of every article, and a slice of it compares in C.  The
    organisation and title heads read at each token are kept as they are first asked
    for: every extractor asks again at the same tokens (12% of extraction's time)."""

    # slots: an attribute is read through its descriptor, found first, and not then looked
    # for in a dict of the instance's (compiled code reads them as any Python object's)
    __slots__ = ("folded", "org_heads", "role_heads")

    def __init__(self, tokens: Iterable[Token] = (), folded: tuple[str, ...] = ()) -> None:
        super().__init__(tokens)
        self.folded: tuple[str, ...] = folded
        self.org_heads: dict[int, Any] = {}   # token: the organisation's head written there
        self.role_heads: dict[int, Any] = {}  # token: the title's head written there


# Each word's folded key and whether it is a word and a capital, as the tokenizer first met
# it: most tokens are words met before, and one look-up costs less than fold's cache and
# two str methods (every token of every article passes here).  Emptied when full.
_WORDS: Final[dict[str, tuple[str, bool, bool]]] = {}
_MOST_WORDS_KEPT: Final = 1 << 14  # as fold's cache on main (a worker's memory: ad6ff74)


def _new_word(word: str) -> tuple[str, bool, bool]:
    if len(_WORDS) >= _MOST_WORDS_KEPT:
        _WORDS.clear()
    first = word[0]
    found = _WORDS[word] = (fold(word), first.isalnum(), first.isupper())
    return found


def tokenize(sentence: Sentence) -> list[Token]:
    # Every token of every article passes here: the tokens are built in a plain list (whose
    # append compiled code calls directly; Tokens' is looked up on each call), a word's key
    # and kind looked up in _WORDS.
    base, text = sentence.start, sentence.text
    out: list[Token] = []
    keys: list[str] = []
    pieces = text.split()
    size = len(pieces) - 1
    for piece in pieces:  # compiled: a loop in C, where sum(map(len, …)) makes calls
        size += len(piece)
    if size == len(text):
        # One white space between pieces (most sentences), whose tokens follow each other:
        # each token's offset follows from the lengths before it (str.find parses its
        # arguments at a cost of some hundred steps a call).
        at = base
        for piece in pieces:
            if piece.isalnum():  # most pieces: one word
                seen = _WORDS.get(piece)
                if seen is None:
                    seen = _new_word(piece)
                end = at + len(piece)
                out.append(Token(piece, at, end, seen[0], seen[1], seen[2]))
                keys.append(seen[0])
                at = end + 1
                continue
            for word in _piece_words(piece):
                seen = _WORDS.get(word)
                if seen is None:
                    seen = _new_word(word)
                end = at + len(word)
                out.append(Token(word, at, end, seen[0], seen[1], seen[2]))
                keys.append(seen[0])
                at = end
            at += 1
    else:
        # A token's offset is where its text next occurs: only white space (which no token
        # holds) lies between two tokens, so no match objects are needed.
        find, end = text.find, 0
        for word in _words(pieces):
            start = find(word, end)
            end = start + len(word)
            seen = _WORDS.get(word)
            if seen is None:
                seen = _new_word(word)
            out.append(Token(word, base + start, base + end, seen[0], seen[1], seen[2]))
            keys.append(seen[0])
    if "/c" in text or "/C" in text:
        _comrade_short_as_written_out(out, keys)
    if _CENTRE_DOTTED_TEXT in text:
        _centre_dotted_as_one_word(out, keys)
    if any(joined in text for joined in _WRITTEN_JOINED):
        _joined_words_apart(out, keys)
    return Tokens(out, tuple(keys))


# "đ/c" is "đồng chí" shortened ("Đ/c Lò Văn Phong - Bí thư Huyện ủy", "các đ/c Phó Tổng Thanh
# tra: A, B"): read as its two words, so that every rule and cue that reads "đồng chí" reads it.
_COMRADE_WORDS: Final = surface_words(cues("comrade")[0])  # ("đồng", "chí")
_COMRADE_SHORT: Final = surface_words(cue("comrade_short"))  # ("đ", "/", "c")


def _comrade_short_as_written_out(out: list[Token], keys: list[str]) -> None:
    """The tokens "đ", "/", "c" of "đ/c" made "đ/" and "c" with the keys of "đồng chí" (the
    same characters, so every offset holds); "c" is no capital a name begins with."""
    k = 0
    while k + 2 < len(out):
        first, mark, last = out[k], out[k + 1], out[k + 2]
        if (first.key, mark.key, last.key) == _COMRADE_SHORT \
                and first.end == mark.start and mark.end == last.start:
            out[k:k + 3] = [Token(first.text + "/", first.start, mark.end, _COMRADE_WORDS[0], True, first.is_cap),
                            Token(last.text, last.start, last.end, _COMRADE_WORDS[1], True, False)]
            keys[k:k + 3] = list(_COMRADE_WORDS)
        k += 1


# "T.Ư" is "TƯ" written with a dot ("Chủ tịch BCH T.Ư Hội NDVN"): read as that one word, so that every
# rule and name that reads "TƯ" reads it (the abbreviations make it "Trung ương" in a label)
_CENTRE_DOTTED_TEXT: Final = cue("centre_dotted")
_CENTRE_DOTTED: Final = centre_dotted()  # ("t", ".", "ư"), as the text is split
_CENTRE: Final = "".join(_CENTRE_DOTTED[::2])


def _centre_dotted_as_one_word(out: list[Token], keys: list[str]) -> None:
    """The tokens "T", ".", "Ư" of "T.Ư" made one token "T.Ư" with the key of "TƯ" (the same
    characters, so every offset holds)."""
    k = 0
    while k + 2 < len(out):
        first, mark, last = out[k], out[k + 1], out[k + 2]
        if (first.key, mark.key, last.key) == _CENTRE_DOTTED \
                and first.end == mark.start and mark.end == last.start:
            out[k:k + 3] = [Token(first.text + mark.text + last.text, first.start, last.end, _CENTRE, True, True)]
            keys[k:k + 3] = [_CENTRE]
        k += 1


# "TPHCM" is "TP HCM" written as one word ("Phó Chủ tịch UBND TPHCM Lê Văn A"), "CATP" "CA TP" ("Phó Giám đốc
# CATP"): read as their words, so that every rule that reads a body of the city ("UBND TP HCM", "CA TP") reads it
_WRITTEN_JOINED: Final = {joined: tuple(words.split()) for joined, words
                          in (pair.split("=") for pair in cues("words_written_joined"))}


def _joined_words_apart(out: list[Token], keys: list[str]) -> None:
    """A token "TPHCM" made the tokens "TP" and "HCM" (the same characters, so every offset holds)."""
    k = 0
    while k < len(out):
        words = _WRITTEN_JOINED.get(out[k].text)
        if words is not None:
            start, parts = out[k].start, []
            for word in words:
                parts.append(Token(word, start, start + len(word), fold(word), True, True))
                start += len(word)
            out[k:k + 1] = parts
            keys[k:k + 1] = [fold(w) for w in words]
            k += len(words) - 1
        k += 1


def _words(pieces: list[str]) -> list[str]:
    """What ``_TOKEN`` finds in a text, read from its ``pieces`` between white spaces: no
    token holds a space, and most pieces are one word (``str.isalnum`` is ``\\w`` but for
    "_"), which the pattern would read at a cost of some hundred steps a character.  The
    tokens of a piece follow each other (a character is a word's or a mark)."""
    words: list[str] = []
    for piece in pieces:
        if piece.isalnum():
            words.append(piece)
        else:
            words += _piece_words(piece)
    return words


def _piece_words(piece: str) -> list[str]:
    """What ``_TOKEN`` finds in a piece between white spaces that is not one word.  Most are
    a word and the mark after it ("ngày,", "2024."): read without the pattern, the mark (no
    word character, as it is neither alphanumeric nor "_") a token of its own."""
    word, last = piece[:-1], piece[-1]
    if word.isalnum() and not last.isalnum() and last != "_":
        return [word, last]
    return _TOKEN.findall(piece)


def in_capitals(token: Token) -> bool:
    """Whether a token is a word of two letters or more all in capitals ("TỈNH", "UBND")."""
    return len(token.text) > 1 and token.text.isupper()


# a Vietnamese syllable's shape, its marks taken off: an onset, one run of vowels, a final consonant
_SYLLABLE: Final = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def spells_a_syllable(word: str) -> bool:
    """Whether a word could be one Vietnamese syllable ("Nguyễn", "Thanh"), not a coined or foreign one
    ("Formosa", "Mobifone", "Viettel")."""
    return _SYLLABLE.fullmatch(strip_diacritics(word).lower()) is not None


_BRACKET_REACH: Final = 20  # how far a bracket after a name may run


def past_brackets(tokens: list[Token], k: int) -> int:
    """After a bracket opened at token k and closed within reach, else k."""
    if k < len(tokens) and tokens[k].text == "(":
        for m in range(k + 1, min(len(tokens), k + _BRACKET_REACH)):
            if tokens[m].text == ")":
                return m + 1
    return k


def keys(tokens: list[Token], start: int, stop: int) -> tuple[str, ...]:
    """The folded words of ``tokens[start:stop]``, to compare with a phrase's (read in C:
    phrases are tried at most tokens of every article)."""
    if isinstance(tokens, Tokens):
        return tokens.folded[start:stop]
    return tuple(map(_KEY, tokens[start:stop]))


def first_words(phrases: Iterable[str], *, either_case: bool = False) -> frozenset[str]:
    """The first words (folded) of ``phrases`` as the tokenizer meets them; with
    ``either_case``, of each written with either case first (``lexicon.either_initial``)."""
    firsts: set[str] = set()
    for phrase in phrases:
        initials = set(phrase[0].upper() + phrase[0].lower()) if either_case else {phrase[0]}
        firsts.update(surface_words(initial + phrase[1:])[0] for initial in initials)
    return frozenset(firsts)


def may_begin_at_a_token(tokens: list[Token], text: str, firsts: frozenset[str]) -> bool:
    """Whether a pattern of phrases whose first words are ``firsts``, each after no word
    character ("(?<!\\w)"), may match in ``text`` (the tokens' text): the phrase begins a
    token there, the token its first word, unless an apostrophe joins words into one token
    ("H'Bình"), which this test does not tell apart.  Most sentences hold none: a test in C
    of the sentence's words, before a pattern tried at each character."""
    return "'" in text or "’" in text or not firsts.isdisjoint(keys(tokens, 0, len(tokens)))


# KG_NO_GATES=1 opens every WordGate: the extractors then run all their steps on every
# sentence, which tests compare with the gated run (tests/test_gates.py)
_GATES_OPEN: Final = bool(os.environ.get("KG_NO_GATES"))
_GATE_WORDS: Final = 2  # a phrase's first words the gate looks for: a rule may write the rest its own way


class WordGate:
    """Whether a sentence may give an extractor anything: it holds, word for word in any case,
    the first words of one of the phrases every rule of the extractor needs ("Huân chương",
    "Bằng khen"; an award's rules find nothing in a sentence without one).  Most sentences hold
    none, and the test is a look-up in C at each of the sentence's words, where the rules are
    tens of steps.  Where an apostrophe may join words into one token ("H'Bình"), or "ı"/"İ"
    fold apart from the letters re takes them for, the gate stays open."""

    def __init__(self, phrases: Iterable[str]) -> None:
        rests: dict[str, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = surface_words(phrase)[:_GATE_WORDS]
            if words:
                rests.setdefault(words[0], set()).add(words[1:])
        # a first word alone opens the gate: its phrases' other words need not be asked
        self.rests: dict[str, tuple[tuple[str, ...], ...]] = {
            first: ((),) if () in more else tuple(sorted(more)) for first, more in rests.items()}
        self.firsts = frozenset(self.rests)

    def opens(self, tokens: list[Token], text: str) -> bool:
        if _GATES_OPEN or "'" in text or "’" in text or "ı" in text or "İ" in text:
            return True
        folded = keys(tokens, 0, len(tokens))
        if self.firsts.isdisjoint(folded):
            return False  # (most sentences: one test in C)
        for k in range(len(folded)):
            rests = self.rests.get(folded[k])
            if rests is not None:
                for rest in rests:
                    if not rest or folded[k + 1:k + 1 + len(rest)] == rest:
                        return True
        return False


_END: Final = sys.maxsize  # re's endpos when none is given: the end of the text
_IGNORECASE: Final = int(re.IGNORECASE)  # an int: a flag of re's is an enum, whose "&" runs as Python


def matches_at_words(pattern: re.Pattern[str], tokens: list[Token], text: str, firsts: frozenset[str], *,
                     offset: int = 0, pos: int = 0, endpos: int = _END) -> list[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``'s matches, for a pattern whose every match (never
    empty) begins with one of the words ``firsts`` (as :func:`first_words` gives them) after no
    word character ("(?<!\\w)", or "\\b" before a letter), in any case if the pattern ignores
    case: matched only at the tokens that are one of those words (``tokens``, of ``text``, which
    begins ``offset`` characters into the article), where the engine tries the pattern at each
    character it may begin with (a few hundred instructions a character of a sentence).  Where
    an apostrophe may join words into one token ("H'Bình"), or, ignoring case, "ı" or "İ" fold
    apart from the letters re takes them for, ``text`` is searched."""
    # (from the text's start: an apostrophe before ``pos`` may join the word at ``pos`` to one before it,
    # and one right at ``endpos`` the word it cuts to the next; where ``endpos`` cuts a word, the pattern
    # sees a word end there that no token has)
    joined = endpos + 1 if endpos < len(text) else endpos
    if text.find("'", 0, joined) >= 0 or text.find("’", 0, joined) >= 0 or pattern.flags & _IGNORECASE \
            and (text.find("ı", 0, endpos) >= 0 or text.find("İ", 0, endpos) >= 0) \
            or 0 < endpos < len(text) and _a_word_s(text[endpos]) and _a_word_s(text[endpos - 1]):
        return list(pattern.finditer(text, pos, endpos))
    found: list[re.Match[str]] = []
    folded = keys(tokens, 0, len(tokens))
    if firsts.isdisjoint(folded):
        return found  # (most sentences: a test in C)
    end = pos  # where the last match ended: the next begins there or after
    for k in range(len(folded)):
        if folded[k] in firsts:
            at = tokens[k].start - offset
            if end <= at < endpos:
                m = pattern.match(text, at, endpos)
                if m is not None:
                    found.append(m)
                    end = m.end()
    return found


def _a_word_s(char: str) -> bool:
    """Whether ``char`` is a word character as re's "\\w" says ("_" too: "ký_" is one word)."""
    return char.isalnum() or char == "_"


def token_at(tokens: list[Token], offset: int) -> int:
    """The first token starting at or after ``offset`` (tokens are in text order): a
    search, not a scan, so a sentence of many bodies stays linear."""
    return bisect_left(tokens, offset, key=_START)


_START: Final = operator.attrgetter("start")

