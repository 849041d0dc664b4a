"""kg.extract.patterns: the same matches, found after a test of the first character."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg import text as text_module
from kg.extract import patterns

_ALTERNATIVES = r"(?<!\w)(?:[Hh]ội nghị|[Ll]ễ|tổ chức|[Pp]hiên(?: họp)?)"
_SAMPLES = [
    _ALTERNATIVES,
    r"\b(?P<kind>Nghị quyết|Chỉ thị|Kết luận)\s+(?:số\s+)?(?P<number>\d+)",
    r"(?:đối với|kỷ luật)\s+(?:(?:đồng chí|ông|bà)\s+)?$",
    r"(?P<a>[Tt]ại|[Dd]ự)\s+(?P=a)?",
    r"[\]\-^\\a]x|b",
]


def test_an_alternation_of_words_is_guarded_by_its_first_characters() -> None:
    guarded = patterns.compile(_ALTERNATIVES)
    assert guarded.pattern.startswith("(?=[HLPhlpt])")
    assert patterns.compile(r"\btại\b").pattern == r"(?=[t])(?:\btại\b)"  # a word boundary, then t
    text = "Sáng nay, tại hội trường, Tỉnh ủy tổ chức Hội nghị; lễ trao tặng; phiên họp thứ 2"
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in re.finditer(_ALTERNATIVES, text)]


def test_what_the_engine_skips_by_itself_is_left_as_written() -> None:
    for pattern in (r"Nghị quyết số \d+", r"[Tt]ại\s+", r"tại\b", r"(?:a|b)c", r".b", r"(?:a|)\s", r"x*\s"):
        assert patterns.compile(pattern).pattern == pattern, pattern


def test_what_may_match_nothing_lets_what_follows_begin_a_match() -> None:
    assert patterns.compile(r"(?:a|)b").pattern == r"(?=[ab])(?:(?:a|)b)"
    assert patterns.compile(r"x*y").pattern == r"(?=[xy])(?:x*y)"
    assert patterns.compile(r"(?:tại\s+|^)Hội").pattern.startswith("(?=[Ht])")
    assert patterns.compile(r"(?:x\s+)?y*z").pattern.startswith("(?=[xyz])")
    assert patterns.compile(r"(?:a|)").pattern == r"(?:a|)"  # may match nothing at all


def test_a_pattern_that_begins_at_the_beginning_is_left_as_written() -> None:
    # the engine tries it at the text's beginning only, which a look ahead in front would hide
    for pattern in (r"^(?P<head>[Ll]ễ)\s+và", r"^\s*:"):
        assert patterns.compile(pattern).pattern == pattern
    assert patterns.compile(r"^[Ll]ễ", re.MULTILINE).pattern == r"(?=[Ll])(?:^[Ll]ễ)"


def test_flags_are_kept_and_patterns_with_inline_flags_are_left_alone() -> None:
    assert patterns.compile(r"(?:ab|cd)e", re.IGNORECASE).flags & re.IGNORECASE
    assert patterns.compile(r"(?i)(?:ab|cd)e").pattern == r"(?i)(?:ab|cd)e"
    verbose = patterns.compile(r"(?:ab|cd)  # a comment ends the pattern", re.VERBOSE)
    assert verbose.match("cd") and not verbose.match("a b")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="HhLlTtPp ộiệnghịễổchứcêọpxabd\\]-^,.;0123456789\n", max_size=80),
       st.sampled_from(_SAMPLES), st.sampled_from([0, re.IGNORECASE]))
def test_guarded_patterns_find_the_same_matches(text: str, pattern: str, flags: int) -> None:
    plain, guarded = re.compile(pattern, flags), patterns.compile(pattern, flags)
    assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]
    for start in range(len(text) + 1):
        plain_match, guarded_match = plain.match(text, start), guarded.match(text, start)
        assert (plain_match and plain_match.span()) == (guarded_match and guarded_match.span())


def test_a_gated_pattern_is_told_by_the_words_every_match_holds() -> None:
    assert patterns.Gated(_ALTERNATIVES).words == ()  # "lễ": too short to tell sentences apart
    assert patterns.Gated(r"\b[Tt]ại\b").words == ("Tại", "tại")
    assert patterns.Gated(r"(?<!\w)(?:Nghị quyết|Chỉ thị)\s+(?:số\s+)?\d+").words == ("Chỉ thị", "Nghị quyết")
    assert patterns.Gated(r"\b(?:Kế hoạch|Kế hoạch hành động|Chương trình)\s").words == ("Kế hoạch", "Chương trình")
    assert patterns.Gated(r"\b(?:đối với|kỷ luật)?\s+ông").words == ("ông",)  # not a word that may be left out
    assert patterns.Gated(r"\bLuật", re.IGNORECASE).words == ()
    assert patterns.Gated(r"Nghị quyết \d+").words == ()  # the engine looks for a literal beginning itself
    text = "Thực hiện Nghị quyết số 12 tại hội trường"
    assert not patterns.Gated(r"\bChỉ thị \d+").holds(text)
    assert patterns.Gated(r"\bNghị quyết").holds(text, 10, 20) and not patterns.Gated(r"\bNghị quyết").holds(text, 11)


_GATED_SAMPLES = [
    *_SAMPLES,
    r"\b[Tt]ại\b",
    r"\b(?:[Kk]ỳ họp|[Pp]hiên họp)\s+thứ\s+\d+",
    r"(?<!\w)(?:abc|de)f",
    r"(?:ab|cd)+e?f(?:gh|i)",
    r"x(?=abc)|(?<=ab)cd",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghixKkTtPp ạiỳhọpêứthn\\]-^,.;0123456789\n", max_size=80),
       st.sampled_from(_GATED_SAMPLES), st.integers(0, 20), st.integers(0, 90))
def test_gated_patterns_find_the_same_matches(text: str, pattern: str, pos: int, endpos: int) -> None:
    plain, gated = re.compile(pattern), patterns.Gated(pattern)
    assert [(m.span(), m.groups()) for m in gated.finditer(text, pos, endpos)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
    assert [(m.span(), m.groups()) for m in gated.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]
    found, expected = gated.search(text, pos), plain.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aĂạ'’_-\u0301\u00a0\t\n.,x1²½ ", max_size=40))
def test_the_tokenizer_finds_what_its_pattern_finds(text: str) -> None:
    from kg.extract.tokens import _TOKEN, _words

    assert _words(text.split()) == _TOKEN.findall(text)


_OLD_STYLE_WRITTEN = re.compile(  # as kg.text wrote it before: a look behind, then every ending
    r"(?<![qQ])(" + "|".join(sorted(map(re.escape, text_module._OLD_TO_NEW), key=len, reverse=True)) + r")(?!\w)")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"qQoOuUaAeEyYx _\n\u00a0.\u0300", *text_module._OLD_TO_NEW,
                                  *(old[1] for old in text_module._OLD_TO_NEW)]), max_size=12).map("".join))
def test_old_style_endings_are_found_as_before(text: str) -> None:
    assert [m.span() for m in text_module._OLD_STYLE.finditer(text)] == \
        [m.span() for m in _OLD_STYLE_WRITTEN.finditer(text)]
    assert text_module.collapse_spaces(text) == re.sub(r"\s+", " ", text).strip()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aĂạ'’_-\u0301\u00a0\t\n.,x1²½  ", min_size=1, max_size=30))
def test_tokens_are_where_the_pattern_finds_them(text: str) -> None:
    from kg.extract.lexicon import fold
    from kg.extract.tokens import _TOKEN, Token, tokenize
    from kg.model import Sentence

    tokens = tokenize(Sentence("a", 0, 7, 7 + len(text), text))
    assert list(tokens) == [Token(m[0], 7 + m.start(), 7 + m.end(), fold(m[0]), m[0][0].isalnum(), m[0][0].isupper())
                            for m in _TOKEN.finditer(text)]


def test_words_are_grouped_by_their_first_character() -> None:
    assert patterns.alternatives(["buổi họp", "ban", "lễ"]) == r"b(?:uổi\ họp|an)|lễ"
    assert patterns.alternatives(["Buổi", "ban"], either_case=True) == "B(?:uổi|an)|b(?:uổi|an)"
    assert patterns.alternatives(["ab", "c"], at_word_start=True) == r"a(?<!\w.)b|c(?<!\w.)"
    # under IGNORECASE "Ban" and "ban x" would be tried in another order: left as written
    assert patterns.alternatives(["ban x", "Ban", "ban"]) == r"ban\ x|Ban|ban"


_WORDS = ["ab", "Ab", "abc", "a", "b c", "bc", "Bd", "đ", "Đa", "1a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6, unique=True),
       st.text(alphabet="abcdABCDđĐ1 _x\n", max_size=40), st.sampled_from([0, re.IGNORECASE]))
def test_grouped_words_find_the_same_matches(words: list[str], text: str, flags: int) -> None:
    def same(written: str, grouped: str) -> None:
        for tail in ("", "c", r"\b", "(?!x)"):
            plain, new = re.compile(f"(?:{written}){tail}", flags), re.compile(f"(?:{grouped}){tail}", flags)
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in plain.finditer(text)]

    from kg.extract.lexicon import either_initial

    flat = "|".join(map(re.escape, words))
    same(flat, patterns.alternatives(words))
    same(rf"(?<!\w)(?:{flat})", patterns.alternatives(words, at_word_start=True))
    either = "|".join(map(either_initial, words))
    same(either, patterns.alternatives(words, either_case=True))
    same(rf"(?<!\w)(?:{either})", patterns.alternatives(words, either_case=True, at_word_start=True))


_PHRASES = ["hội nghị", "Hội nghị", "họp", "lễ trao", "Tại", "tại", "tiếp tục thực hiện", "thực hiện", "ký"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=4, unique=True),
       st.lists(st.sampled_from([*_PHRASES, "HỘI", "TẠI", "ı", "İ", "'", "’", "_", "x", "1", "\u0301", ",", " ",
                                 "  ", "\n"]), max_size=14).map("".join),
       st.sampled_from([r"(?<!\w)(?:{})(?!\w)", r"\b(?:{})\b", r"(?<!\w)(?:{})\s"]),
       st.sampled_from([0, re.IGNORECASE]), st.integers(0, 10), st.integers(0, 120))
# an apostrophe right at endpos joins the word it cuts to the next: one token, "họp'hội"
@example(phrases=["họp"], text="họp'hội nghị", form=r"(?<!\w)(?:{})(?!\w)", flags=0, pos=0, endpos=3)
# an underscore is a word character to re: "ký_" cut at endpos 2 ends a word there that no token has
@example(phrases=["ký"], text="ký_", form=r"(?<!\w)(?:{})(?!\w)", flags=0, pos=0, endpos=2)
def test_matches_at_words_are_the_pattern_s_matches(phrases: list[str], text: str, form: str, flags: int,
                                                    pos: int, endpos: int) -> None:
    from kg.extract.tokens import first_words, matches_at_words, tokenize
    from kg.model import Sentence

    pattern = patterns.compile(form.format(patterns.alternatives(phrases)), flags)
    tokens = tokenize(Sentence("a", 0, 7, 7 + len(text), text))
    firsts = first_words(phrases)
    assert [(m.span(), m.group()) for m in matches_at_words(pattern, tokens, text, firsts, offset=7)] == \
        [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert [(m.span(), m.group()) for m in matches_at_words(pattern, tokens, text, firsts, offset=7, pos=pos,
                                                            endpos=endpos)] == \
        [(m.span(), m.group()) for m in pattern.finditer(text, pos, endpos)]
    article = "Mở đầu. " + text  # the article's text, the tokens' offsets in it
    tokens = tokenize(Sentence("a", 1, 8, 8 + len(text), text))
    assert [m.span() for m in matches_at_words(pattern, tokens, article, firsts, pos=8 + pos, endpos=8 + endpos)] \
        == [m.span() for m in pattern.finditer(article, 8 + pos, 8 + endpos)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Lễ", "kỷ", "niệm", "tổ", "chức", "tại", "Hà", "Nội", "ở", "tỉnh", "ngày", "đồng",
                                 "chí", "MobiFone", "trịTại", ",", ".", ";", ">", "»", " - ", "Ảnh", "\n", " ", "  ",
                                 "Đ", "và", "truyền", "thống"]), max_size=16).map(" ".join))
def test_event_name_stops_are_found_as_before(text: str) -> None:
    from kg.extract.events import _STOP

    guard = r"(?:(?=[\s,.;:>»)…A-Z\u0110])|^|$)(?:"
    assert _STOP.pattern.startswith(guard) and _STOP.pattern.endswith(")")
    unguarded = re.compile(_STOP.pattern[len(guard):-1])
    assert [(m.span(), m.group()) for m in _STOP.finditer(text)] == \
        [(m.span(), m.group()) for m in unguarded.finditer(text)]
