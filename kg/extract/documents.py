"""Documents: resolutions, directives, conclusions, decisions, plans, laws.

    KIND ["số"] NUMBER          Chỉ thị số 05-CT/TW, Quyết định 1234/QĐ-UBND
    KIND NUMBER (short form)    Chỉ thị 05  -> the document of that kind and number
    Nghị quyết Trung ương N [(khóa X, Y)]   one resolution per term, the Central Committee's
    Nghị quyết Đại hội [XXI, XXII] [của ...]  the congress resolution of the party organisation

An issuer follows as "của ORG [khóa X]" or precedes as "ORG ban hành KIND"; the
bodies that carry a document out stand before a cue ("thực hiện", "triển khai").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Final

from kg.extract import Found, SentenceView, patterns, register
from kg.extract.context import named_most, the_one_named
from kg.extract.lexicon import (
    CENTRAL_COMMITTEE,
    clean_label,
    cue,
    cue_alternatives,
    cues,
    fold,
    issuers_by_kind,
    lexicon,
)
from kg.extract.tokens import WordGate, first_words, matches_at_words
from kg.model import ExtractorName, FoundAs, Mention, RelationMention, Span

ROMAN: Final = r"[IVXLC]+"
_RESOLUTION: Final = cue("resolution")
_RESOLUTION_IN_SMALL_LETTERS: Final = _RESOLUTION.lower()
_CONGRESS_HEAD: Final = cue("congress")
_CENTRE: Final = cue("centre")
_TERM_WORD: Final = cue("term")
_NTH: Final = cue("nth_time")
_DELEGATES: Final = cue("delegates")
_TERM_OF_OFFICE: Final = cues("term_of_office")[0]  # as labels write it
_PARTY_ORGANISATION: Final = cue("party_organisation")
_OF: Final = cue("of")
_PARTY: Final = cue("party")
# the words of a congress resolution's name, as patterns ("Nghị quyết\s+Đại hội")
_E_RESOLUTION, _E_CONGRESS, _E_OF, _E_PARTY = map(re.escape, (_RESOLUTION, _CONGRESS_HEAD, _OF, _PARTY))
_E_DELEGATES, _E_NTH, _E_TERM = map(re.escape, (_DELEGATES, _NTH, _TERM_WORD))
# "của Đảng", not "của Đảng bộ"
_NOT_PARTY_ORGANISATION: Final = rf"(?!\s+{re.escape(_PARTY_ORGANISATION.split()[-1])})"
# A document's number: "05-CT/TW", "1234/QĐ-UBND", "27/2024/NQ-HĐND", "120/2020/QH14"
_NUMBER_WORD: Final = re.escape(cue("number_word"))
# (its year after a slash, or a dash as the Government wrote it: "19-2017/NQ-CP")
_YEAR_OF_A_NUMBER: Final = r"(?:(?:/|-(?=\d{4}/))\d{4})?"
# (a small letter may follow the number's digits: "Nghị quyết 36a/NQ-CP")
_DIGITS: Final = r"\d+[a-z]?"
_NUMBER: Final = rf"{_DIGITS}{_YEAR_OF_A_NUMBER}[-/][A-ZĐƯa-zđư]+\d*(?:[-/][A-ZĐƯa-zđư0-9]+)*"
# "Quyết định số 518/ QĐ- UBND": typed with a space after its slash and dash (the label drops them)
# "Nghị quyết 327 NQ/UBTVQH10", "Quyết định 2215 QĐ/TCCB-2": a space for the first dash, before
# code letters in capitals that a slash or dash goes on from
# "Chỉ thị 36 - CT/TW", "Chỉ thị 28 -CT/TU": a space before the first dash too, before code
# letters that a slash or dash goes on from
_SPACED_NUMBER: Final = _NUMBER.replace("[-/]", "[-/] ?").replace(
    rf"{_DIGITS}{_YEAR_OF_A_NUMBER}[-/] ?",
    rf"{_DIGITS}{_YEAR_OF_A_NUMBER}(?:[-/] ?| -(?: |(?=[^\W\d_]))(?=[^\W\d_]{{1,6}}\d*[-/])"
    r"| (?=[^\W\d_]{2,}\d*[-/]))", 1).replace(
    "[-/] ?", rf"(?:[-/] ?| [-/] (?={patterns.CAPITAL_LETTER}{{1,8}}{patterns.SMALL_LETTER}?\d*(?!\w)))")
# "Quyết định số 57 / QĐ - TTg", "Quy định số 102 - QĐ / TW", "số 35/NQ - CP": a space on both sides of a
# slash or dash, before code letters in capitals (one small letter at most: "TTg") that end there
# "Quyết định số: 314/QĐ-TTg": "số" with a colon
_NUMBER_WORD_COLON: Final = rf"{_NUMBER_WORD}:?"


@cache
def _kind_alternatives(small: bool = False) -> str:
    """The document kinds as alternatives, longest first; in small letters if ``small``."""
    kinds = (k[0].lower() + k[1:] if small else k for k in lexicon().document_kinds)
    return patterns.alternatives(sorted(kinds, key=lambda k: len(re.escape(k)), reverse=True))


# _patterns's, built at their first use, where compiled code reads them directly (asked for at
# every sentence: an @cache'd function is a generic call)
_PATTERNS: Final[list[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]]] = []


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    if not _PATTERNS:
        _PATTERNS.append(_built_patterns())
    return _PATTERNS[0]


# "Nghị Quyết 50-NQ/TW", "Chỉ Thị số 05-CT/TW": a numbered document's kind with each word capitalised, as a
# title writes it, is that kind
_IN_TITLE_CASE: Final = {" ".join(w[0].upper() + w[1:] for w in k.split()): k for k in lexicon().document_kinds
                         if " " in k and k != " ".join(w[0].upper() + w[1:] for w in k.split())}


def _built_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    kinds = f"{_kind_alternatives()}|{patterns.alternatives(sorted(_IN_TITLE_CASE, key=len, reverse=True))}"
    numbered = patterns.compile(
        # "Kế hoạch (HỎA TỐC) số 1287/KH-UBND", "Công văn hỏa tốc số …": how urgent it is may stand
        # between, in any case
        rf"(?P<kind>{kinds})\s+(?:\(?(?i:{cue_alternatives('urgency_marks')})\)?\s+)?"
        rf"(?P<so>(?:(?:{cue_alternatives('special_or_joint')})\s+)?{_NUMBER_WORD_COLON}\s+)?"
        rf"(?P<number>{_SPACED_NUMBER})"
    )
    # "Nghị quyết 18", "Nghị quyết (NQ) 32": the kind's code letters may stand between
    # ("Nghị định 24/2014": its year after the number, the code left out)
    # (not a kind that a bare number only counts: "Phương án 1 là giữ nguyên", the first of several options)
    short = patterns.compile(rf"(?!(?:{cue_alternatives('kinds_a_bare_number_counts')})\s)(?P<kind>{kinds})\s+"
                             rf"(?:\(?(?P<code>{_codes()})\)?\s+)?(?:{_NUMBER_WORD}\s+)?"
                             rf"(?P<number>\d{{1,4}}(?:/(?:19|20)\d\d)?)(?![\d/-])")
    # "… Trung ương 4 (khóa XI, XII)", "… Trung ương 4, khóa XI, khóa XII", "… Trung ương 5 khóa 12": its terms
    term = cue_alternatives("term_of_office")
    # ("nghị quyết T.Ư 4", "Nghị quyết TW4", "Nghị quyết trung ương 4": the plenum's number names it, whatever
    # the case of the words before; "các nghị quyết của Hội nghị Trung ương 10" names the plenum, an event)
    centre = "|".join(map(re.escape, (_CENTRE, _CENTRE.lower(), *cues("centre_short"))))
    plenum = patterns.compile(
        rf"(?i:{_E_RESOLUTION})\s+(?:{re.escape(cue('conference'))}\s+)?(?:{centre})\s*(?P<n>\d+)"
        rf"(?:\s*,?\s*\(?\s*(?:{term})\s+(?P<terms>(?:{ROMAN}|\d{{1,2}})\b"
        rf"(?:\s*,\s*(?:(?:{term})\s+(?:{ROMAN}|\d{{1,2}})|{ROMAN})\b)*)\)?)?"
    )
    return numbered, short, plenum


@cache
def _codes() -> str:
    """The code letters that mark a kind in a number (NQ, CT), as alternatives."""
    codes = {c for _, cs in lexicon().document_kinds.values() for c in cs}
    return patterns.alternatives(sorted(codes, key=lambda c: len(re.escape(c)), reverse=True))


@cache
def _kind_of_code() -> dict[str, str]:
    """ "NQ" -> "Nghị quyết": each code to the first kind it marks."""
    table: dict[str, str] = {}
    kinds = lexicon().document_kinds.items()
    for kind_word, (_, codes) in kinds:  # a kind's own code first: QĐ is Quyết định's, QĐi Quy định's
        if codes:
            table.setdefault(codes[0], kind_word)
    for kind_word, (_, codes) in kinds:
        for code in codes:
            table.setdefault(code, kind_word)
    return table


_LEVELS: Final = rf"(?:{cue_alternatives('levels_high_first')})"
# The body's place name is matched loosely ("(?P<name>...)") and cut at its first
# lower-case word in code: Python's re has no class for capital letters.
# "lần thứ VI", also "lần VI"
_E_NTH_LOOSE: Final = rf"{re.escape(_NTH.split()[0])}(?:\s+{re.escape(' '.join(_NTH.split()[1:]))})?"
_CONGRESS: Final = patterns.compile(
    rf"{_E_RESOLUTION}\s+(?:{_E_OF}\s+)?{_E_CONGRESS}(?P<body>\s+(?:{_E_DELEGATES}\s+)?{re.escape(_PARTY_ORGANISATION)}\s+{_LEVELS}"
    r"(?P<name>(?:\s+[^\W\d_]+){0,3}))?"
)
_CONGRESS_TAIL: Final = patterns.compile(
    rf"(?:\s+(?:{_E_NTH_LOOSE}\s+)?(?P<terms>{ROMAN}(?:\s*,\s*{ROMAN})*)"
    # "… lần thứ 16", "… lần thứ nhất": the number in figures or the first, after the whole ordinal's words
    rf"|\s+{_E_NTH}\s+(?P<count>\d{{1,2}}|{re.escape(cue('first_ordinal'))})\b)?"
    rf"(?:,?(?P<tenure>\s+{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}}))?"
)


# ", 63/NQ-HĐND", " và số 64": one more number of a list after a document's kind and first number
_ONE_MORE_LISTED: Final = rf"(?:\s*,\s*|\s+{re.escape(cue('and'))}\s+)(?:{_NUMBER_WORD}\s+)?"
_MORE_NUMBERS: Final = patterns.compile(rf"{_ONE_MORE_LISTED}(?P<number>{_NUMBER})")
_NATIONAL_CONGRESS_RESOLUTION: Final = patterns.compile(
    rf"{_E_RESOLUTION}\s+{_E_CONGRESS}\s+(?:(?:" + r"\s+".join(map(re.escape, _NTH.split()))
    + rf"\s+)?(?P<term>{ROMAN})\s+{_E_OF}\s+{_E_PARTY}{_NOT_PARTY_ORGANISATION}"
    rf"|(?:(?:{_E_DELEGATES}\s+)?(?:{_E_PARTY}\s+)?{re.escape(cue('nationwide'))}|{cue_alternatives('nationwide_delegates_short')})\s+"
    + r"\s+".join(map(re.escape, _NTH.split()))
    + rf"\s+(?P<ordinal>{ROMAN})(?:\s+{_E_OF}\s+{_E_PARTY}{_NOT_PARTY_ORGANISATION})?)\b"
)
_LAW: Final = patterns.Gated(rf"(?<![\w])(?P<kind>{cue_alternatives('law_kinds')})\s+")
_AMENDED_WORD: Final = cue("amended")
_AMENDED: Final = patterns.compile(rf"\s*\({re.escape(_AMENDED_WORD)}(?:, {re.escape(cue('supplemented'))})?\)")
_LAW_WORD: Final = patterns.compile(r"[^\W\d_]+|\d+")
# ("Luật Phòng, chống tham nhũng" keeps its comma.)  Words that end a law's name: the sentence going on after it
_LAW_STOP: Final = frozenset(cues("ends_a_law_name"))
_BARE: Final = patterns.compile(
    rf"(?<=\s)(?P<kind>{cue_alternatives('kinds_named_back')})"
    rf"(?=\s+(?:{cue_alternatives('after_a_bare_kind')})\b|[,.;])"
)
_BARE_FIRST_WORDS: Final = first_words(cues("kinds_named_back"))  # where _BARE's matches begin
_PAST: Final = re.escape(cue("past"))
_ISSUED_BETWEEN: Final = patterns.compile(  # a fullmatch: the order of the alternatives does not matter
    rf"\s*(?:\([^)]*\)\s*)?(?:{_PAST}\s+|{re.escape(cue('just'))}\s+|{_PAST}\s+{re.escape(cue('advised'))}\s+)?"
    rf"(?:{re.escape(cue('voted'))}\s+)?(?:{cue_alternatives('issues')})\s+"
)
# "đề nghị của Bộ X tại Tờ trình số ...", "Bộ X (Tờ trình số ...)", "Sở X có Công văn số ...":
# the body whose paper it is, right before it
_ISSUED_IN_BETWEEN: Final = patterns.compile(rf"\s*(?:\(\s*|(?:{cue_alternatives('issued_in')})\s+)")


@cache
def _named_document_labels() -> dict[str, str]:  # noqa: N802 - a table, read once
    """Documents named without a number ("Điều lệ Đảng"): each form, folded, to its label."""
    rows = resources.files("kg.data").joinpath("named_documents.txt").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            forms = [f.strip() for f in line.split("|")]
            table.update({fold(f): forms[0] for f in forms})
    return table


# _named_documents's, built at its first use, where compiled code reads it directly (asked for
# at every sentence: an @cache'd function is a generic call)
_NAMED_DOCUMENTS: Final[list[patterns.Cued]] = []


def _named_documents() -> patterns.Cued:
    if not _NAMED_DOCUMENTS:
        _NAMED_DOCUMENTS.append(_built_named_documents())
    return _NAMED_DOCUMENTS[0]


def _built_named_documents() -> patterns.Cued:
    forms = sorted({f for f in _named_document_labels()}, key=len, reverse=True)
    return patterns.Cued(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", forms, re.IGNORECASE)


def document_label(kind_word: str, number: str) -> str:
    """ "Quyết định 518/QĐ-UBND" from "518/ QĐ- UBND"; a space before the code letters
    where the text puts one there ("327 NQ/UBTVQH10") stays."""
    return clean_label(f"{kind_word} {re.sub(r'(?<=[-/]) +| +(?=[-/])', '', number)}")


@dataclass
class _Findings:
    """What the documents extractor has found in one sentence so far."""

    view: SentenceView
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    digits: bool = True  # whether the sentence has a digit (\d): a number needs one
    kinds: bool = True  # whether it holds a kind as written in capitals (_holds_a_kind)

    # written out: compiled code runs this __init__ as C, a dataclass's own as Python
    def __init__(self, view: SentenceView, *, digits: bool, kinds: bool) -> None:
        self.view = view
        self.mentions = []
        self.relations = []
        self.digits = digits
        self.kinds = kinds

    @property
    def text(self) -> str:
        return self.view.sentence.text

    @property
    def base(self) -> int:
        return self.view.sentence.start

    def taken(self, start: int, end: int) -> bool:
        """Whether a document is found already where ``start`` (in the sentence) falls."""
        base = self.base
        return self.view.covered(base + start, base + end, ("Document",)) or any(
            m.span.start <= base + start < m.span.end for m in self.mentions)

    def add(self, start: int, end: int, label: str, kind_word: str, aliases: tuple[str, ...] = ()) -> bool:
        """The document named from ``start`` to ``end``, unless another reading took those words (False)."""
        if self.taken(start, end):
            return False
        kind = lexicon().document_kinds.get(kind_word, ("Resolution", ()))[0]
        self.mentions.append(self.view.mention_at("Document", self.base + start, self.base + end, label,
                                                  ExtractorName.DOCUMENTS, kind=kind, aliases=aliases))
        return True


@register(ExtractorName.DOCUMENTS)
def find_documents(view: SentenceView) -> Found:
    text = view.sentence.text
    if not _GATE.opens(view.tokens, text) and not _begins_a_title(text):
        return [], []
    found = _Findings(view, digits=_A_DIGIT.search(text) is not None, kinds=_holds_a_kind(text))
    # the steps in this order, each called directly (compiled, a call in C, where a loop over a
    # tuple of them calls each as a Python object: some hundreds of instructions a call)
    _numbered(found)
    _laws(found)
    _plenums(found)
    _plenums_named_in_full(found)
    _congresses(found)
    _national_congresses(found)
    _congresses_of_bodies(found)
    _congresses_of_the_cell(found)
    _congresses_named_short(found)
    _congresses_of_the_article(found)
    _bare_kinds(found)
    _named(found)
    _working_rules(found)
    _charters(found)
    _awarding_decisions(found)
    _establishing_decisions(found)
    _adopted_by_subject(found)
    _named_to_their_period(found)
    _named_by_its_subject(found)
    _named_by_a_quoted_title(found)
    _bare_congress_resolutions(found)
    _short_numbers(found)
    _plans_that_carry_out(found)
    _plans_to_hold_an_event(found)
    return found.mentions, found.relations


_KINDS_WRITTEN: Final = tuple(sorted({*lexicon().document_kinds, _RESOLUTION, *_IN_TITLE_CASE}))
# Every step's pattern begins with a document's kind (in either case, or its code letters: "NQ 54"), a
# document named in the lexicon, or one of these cues' words: a sentence without any gets nothing here,
# but for a legal text's title under its kind's line (_begins_a_title)
_GATE: Final = WordGate((*_KINDS_WRITTEN, *_named_document_labels(),
                         *(code for _, codes in lexicon().document_kinds.values() for code in codes),
                         *(word for name in ("law_kinds", "kinds_named_back", "charter", "working_rules",
                                             "decision_document", "plans_that_carry_out", "plans_to_hold_an_event",
                                             "kinds_named_to_their_period", "kinds_named_by_a_quoted_title",
                                             "kinds_named_by_their_subject", "resolution")
                           for word in cues(name))))
_KINDS_BY_FIRST_WORD: Final = {first: tuple(k for k in _KINDS_WRITTEN if k.split()[0] == first)
                               for first in sorted({k.split()[0] for k in _KINDS_WRITTEN})}


def _holds_a_kind(text: str) -> bool:
    """Whether ``text`` holds a document's kind as written in capitals ("Nghị quyết", "Luật"):
    most sentences hold none, and most patterns here need one (a test by str's "in" once per
    sentence, before them)."""
    for first, kinds in _KINDS_BY_FIRST_WORD.items():
        if first in text:  # (one test for the kinds a word begins, "Nghị quyết" and "Nghị Quyết")
            for kind in kinds:
                if kind in text:
                    return True
    return False


@cache
def _numbered_in_small_letters() -> re.Pattern[str]:
    """ "; kết luận số 60-KL/TU, ngày 25/7/2017", "bổ nhiệm tại quyết định số 4105 ngày 25/10": a kind in small
    letters, then "số" and a number, coded or bare, is a document all the same."""
    bare = r"\d{2,5}(?![\d/%]|[.,]\d)"
    return patterns.compile(rf"(?<!\w)(?P<kind>{_kind_alternatives(small=True)})\s+(?P<so>{_NUMBER_WORD_COLON}\s+)"
                            rf"(?P<number>{_SPACED_NUMBER}|{bare})")


@cache
def _numbered_with_a_subject() -> re.Pattern[str]:
    """ "Thông tri Triệu tập số 38/TT-MTTW-BTT": a word or two of its subject between kind and number."""
    return patterns.compile(rf"(?P<kind>{_kind_alternatives()})\s+(?P<subject>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+"
                            rf"{_NUMBER_WORD}\s+(?P<number>{_NUMBER})")


_KIND_FIRST_WORDS: Final = first_words(lexicon().document_kinds)  # in either case (folded)


def _numbered(found: _Findings) -> None:
    text = found.text
    if not found.digits:
        return  # each pattern below ends in a number
    for m in _numbered_with_a_subject().finditer(text) if found.kinds and cue("number_word") in text else ():
        if m["subject"][0].isupper() and m["subject"] not in lexicon().document_kinds:
            found.add(m.start(), m.end(), document_label(m["kind"], m["number"]), m["kind"], (clean_label(m.group()),))
    # a kind in small letters only before "số" (the pattern is tried at each character)
    small = matches_at_words(_numbered_in_small_letters(), found.view.tokens, text, _KIND_FIRST_WORDS,
                             offset=found.base) if cue("number_word") in text else []
    for m in (*(_patterns()[0].finditer(text) if found.kinds else ()), *small):
        kind_word = m["kind"][0].upper() + m["kind"][1:]
        kind_word = _IN_TITLE_CASE.get(kind_word, kind_word)
        label = document_label(kind_word, m["number"])
        aliases = (clean_label(m.group()),) if m["so"] else ()
        found.add(m.start(), m.end(), label, kind_word, aliases)
        # "các Nghị quyết số 62/NQ-HĐND, 63/NQ-HĐND và 64/NQ-HĐND": one kind, several numbers
        end = m.end()
        while (more := _MORE_NUMBERS.match(text, end)) is not None:
            found.add(more.start("number"), more.end(), document_label(kind_word, more["number"]), kind_word)
            end = more.end()


def _laws(found: _Findings) -> None:
    """ "Luật Thanh niên năm 2020", "Pháp lệnh Cựu chiến binh": a law named, not numbered."""
    text = found.text
    for m in _LAW.finditer(text):
        amending = _amending_law_end(text, m.end())
        if amending is not None:
            found.add(m.start(), amending, clean_label(text[m.start():amending]), m["kind"])
            continue
        if m.end() >= len(text) or not text[m.end()].isalpha() or _NOT_A_LAW.match(text, m.end()) \
                or _A_SCHOOL_BEFORE.search(text, max(0, m.start() - _LONGEST_SCHOOL_BEFORE), m.start()):
            continue  # "Luật sư", "Luật gia": a lawyer, a jurist; "Đại học Luật Hà Nội": a school
        stop = _law_name_end(text, m.end())
        if stop is None:
            continue
        longer = _law_name_end(text, m.end(), most=_MOST_WORDS_OF_A_BILL)
        if longer is not None and longer > stop and _AMENDED.match(text, longer):
            stop = longer  # "Luật Quản lý, sử dụng vũ khí, vật liệu nổ, công cụ hỗ trợ (sửa đổi)": a bill's long name
        name = clean_label(text[m.start():stop])
        amended = _AMENDED.match(text, stop)
        if amended:  # "Luật Tổ chức Chính phủ (sửa đổi)": the bill that amends it
            found.add(m.start(), amended.end(), f"{name} ({_AMENDED_WORD})", m["kind"], (name,))
        else:
            dated = _dated_law(found, name)
            found.add(m.start(), stop, dated or name, m["kind"], (name,) if dated else ())


_PHRASE_IN_A_LAW: Final = patterns.compile(rf"(?:{cue_alternatives('phrases_in_a_law_name')})\b")
_NOT_A_LAW: Final = patterns.compile(rf"(?:{cue_alternatives('not_a_law_after')})\b")
_A_SCHOOL_BEFORE: Final = patterns.compile(rf"(?:{cue_alternatives('schools_of_law_before')})\s+$")
_LONGEST_SCHOOL_BEFORE: Final = max(len(w) for w in cues("schools_of_law_before")) + 2  # characters
_AMENDS: Final = patterns.compile(rf"(?:{cue_alternatives('amends_a_law')})\s+", re.IGNORECASE)


def _amending_law_end(text: str, start: int) -> int | None:
    """ "Luật Sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng": the name ends
    with the name of the law it amends."""
    amends = _AMENDS.match(text, start)
    amended = _LAW.match(text, amends.end()) if amends else None
    if amended is None or amended.end() >= len(text) or not text[amended.end()].isupper():
        return None
    return _law_name_end(text, amended.end())


def _dated_law(found: _Findings, name: str) -> str | None:
    """ "Luật Thi đua, khen thưởng" after "Luật Thi đua, khen thưởng năm 2022": that law."""
    prefix = f"{name} {_YEAR_WORD} ".casefold()
    dated = {m.label for m in (*found.view.article_mentions, *found.mentions)
             if m.type == "Document" and m.label.casefold().startswith(prefix)}
    return next(iter(dated)) if len(dated) == 1 else None


_YEAR_WORD: Final = cue("year")
# "Luật Đất đai năm 2013", "Bộ luật Hình sự 2015": the year, "năm" before it or not
_YEAR: Final = patterns.compile(rf"\s+(?:{re.escape(_YEAR_WORD)}\s+\d{{4}}|(?:19|20)\d\d)(?![\w/-])")


_MOST_WORDS_OF_A_LAW: Final = 8
_MOST_WORDS_OF_A_BILL: Final = 14  # a name its "(sửa đổi)" closes


def _law_name_end(text: str, start: int, most: int = _MOST_WORDS_OF_A_LAW) -> int | None:
    kept: list[re.Match[str]] = []
    for word in _LAW_WORD.finditer(text, start):
        gap = text[(kept[-1].end() if kept else start):word.start()]
        if gap.strip() not in ("", ",") or (gap.strip() == "," and not _goes_on_after_a_comma(text, word)):
            break  # punctuation ends the name, save a comma inside it ("Phòng, chống", "Thi đua, Khen thưởng")
        if (phrase := _PHRASE_IN_A_LAW.match(text, word.start())) is not None:
            kept += [w for w in _LAW_WORD.finditer(text, word.start(), phrase.end())]
            continue  # "người có công với cách mạng": its "có", "với" are the name's
        if kept and kept[-1].end() > word.start():
            continue  # inside the phrase just kept
        if word.group().lower() in _LAW_STOP or len(kept) >= most:
            break
        if word.group() == _YEAR_WORD or word.group().isdigit():
            break
        kept.append(word)
    if not kept:
        return None
    stop = kept[-1].end()
    year = _YEAR.match(text[stop:])
    return stop + year.end() if year else stop


_A_NUMBER_AFTER: Final = re.compile(rf"\s+(?:{cue('number_word')}\s+)?\d")
_GOES_ON_A_LAW_AFTER_A_COMMA: Final = frozenset(cues("goes_on_a_law_name_after_a_comma"))


def _goes_on_after_a_comma(text: str, word: re.Match[str]) -> bool:
    """A law's name goes on past a comma with the second word of a pair in small letters ("Phòng, chống
    tham nhũng") or a capitalised one that begins no other document ("Thi đua, Khen thưởng", but
    not "Luật Đất đai, Luật Nhà ở")."""
    if word.group().islower():
        # not "Luật Hộ tịch, bất cứ ai …", "vi phạm Luật Xuất bản, bị xử lý": the next clause begins
        return word.group() in _GOES_ON_A_LAW_AFTER_A_COMMA
    first = fold(word.group())
    # (nor a title's or a body's first word: "Luật Đầu tư công mới, Bí thư Đinh La Thăng cho rằng …"; nor a
    # numbered document's kind: "Luật Giáo dục đại học, Nghị định 99/2019")
    return word.group()[0].isupper() and _LAW.match(text, word.start()) is None \
        and not any(text.startswith(kind, word.start()) and _A_NUMBER_AFTER.match(text, word.start() + len(kind))
                    for kind in _KINDS_BY_FIRST_WORD.get(word.group(), ())) \
        and _patterns()[0].match(text, word.start()) is None \
        and first not in lexicon().role_index and first not in lexicon().org_index


_TERM_WORD_BEFORE: Final = patterns.compile(rf"^(?:{cue_alternatives('term_of_office')})\s+")


def _plenums(found: _Findings) -> None:
    """ "Nghị quyết Trung ương 7 khóa X" (and the short form after it)."""
    if not (found.kinds or _RESOLUTION_IN_SMALL_LETTERS in found.text):
        return  # the pattern holds "Nghị quyết", in either case
    view, base = found.view, found.base
    for m in _patterns()[2].finditer(found.text):
        if any(x.span.start <= base + m.start() < x.span.end for x in found.mentions):
            continue
        terms = [_TERM_WORD_BEFORE.sub("", t) for t in re.split(r"\s*,\s*", m["terms"])] if m["terms"] else [""]
        short_form = clean_label(f"{_RESOLUTION} {_CENTRE} {m['n']}")
        if not m["terms"]:
            # "Nghị quyết Trung ương 7" after "Nghị quyết Trung ương 7 khóa X": that one
            named = {x.label for x in view.article_mentions + found.mentions
                     if x.type == "Document" and x.label.startswith(f"{short_form} {_TERM_OF_OFFICE} ")}
            if len(named) == 1:
                terms = [next(iter(named)).removeprefix(f"{short_form} {_TERM_OF_OFFICE} ")]
        for term in terms:
            label = clean_label(f"{short_form} {_TERM_OF_OFFICE} {term}") if term else short_form
            term_aliases = (short_form, clean_label(m.group())) if term else ()
            found.mentions.append(view.mention_at("Document", base + m.start(), base + m.end(), label,
                                                  ExtractorName.DOCUMENTS, kind="Resolution", aliases=term_aliases))


# "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII", "… lần thứ mười …": a plenum's
# resolution named by the plenum's number in full, issued by the Central Committee
_PLENUM_IN_FULL: Final = patterns.compile(
    rf"{_E_RESOLUTION}\s+{re.escape(cue('conference'))}\s+{_E_NTH}\s+"
    rf"(?P<n>\d{{1,2}}|[^\W\d_]+(?:\s+(?:{cue_alternatives('number_words')}))?)\s+(?:{_E_OF}\s+)?"
    rf"(?P<cc>{re.escape(CENTRAL_COMMITTEE)})(?:\s*\(?\s*(?:{cue_alternatives('term_of_office')})\s+(?P<term>{ROMAN})\b\)?)?")


def _plenums_named_in_full(found: _Findings) -> None:
    text, view, base = found.text, found.view, found.base
    if not found.kinds or CENTRAL_COMMITTEE not in text:
        return  # (most sentences name no Central Committee)
    for m in _PLENUM_IN_FULL.finditer(text):
        written = clean_label(m.group())
        short_form = f"{_RESOLUTION} {_CENTRE} {m['n']}"
        label = (f"{short_form} {_TERM_OF_OFFICE} {m['term']}" if m["term"] else short_form) \
            if m["n"].isdigit() else written
        before = len(found.mentions)
        found.add(m.start(), m.end(), label, _RESOLUTION, (written,) if written != label else ())
        if len(found.mentions) == before:
            continue  # (named already)
        issuer = view.mention_at("Organization", base + m.start("cc"), base + m.end("cc"), CENTRAL_COMMITTEE,
                                 FoundAs.DOCUMENT_ISSUER, kind="PartyCommittee")
        found.mentions.append(issuer)
        found.relations.append(view.relation(found.mentions[-2], "issuedBy", issuer, ExtractorName.DOCUMENTS))


# "Lễ công bố Quyết định thành lập Đảng bộ xã X", "Quyết định giải thể, thành lập Đảng bộ các xã …": a decision
# named by the body it establishes (or dissolves), named right after, unnumbered
_ESTABLISHING: Final = patterns.compile(
    rf"(?<!\w){re.escape(cue('decision_document'))}\s+(?:{cue_alternatives('establishes_or_dissolves')})\s+")


def _establishing_decisions(found: _Findings) -> None:
    text, view, base = found.text, found.view, found.base
    if _DECISION_TAIL not in text:
        return  # (most sentences name no decision)
    for m in _ESTABLISHING.finditer(text):
        bodies = [o for o in view.found("Organization") if o.span.start == base + m.end()
                  and o.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)]
        if bodies:
            end = max(o.span.end for o in bodies) - base
            found.add(m.start(), end, clean_label(text[m.start():end]), cue("decision_document"))


def _congresses(found: _Findings) -> None:
    """A party organisation's congress resolution, its issuer and the congress itself."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    view, base, text = found.view, found.base, found.text
    for head in _CONGRESS.finditer(text):
        body_end = head.end()
        body_text = head["body"]
        if head["name"]:
            words = head["name"].split()
            capitalised = 0
            while capitalised < len(words) and words[capitalised][0].isupper():
                capitalised += 1
            cut = len(" ".join(words[capitalised:]))
            body_end = head.end() - (cut + 1 if cut else 0)
            body_text = text[head.start("body"):body_end]
        tail = _CONGRESS_TAIL.match(text, body_end)
        assert tail is not None  # every part of the tail is optional
        start, end = head.start(), tail.end()
        body = _congress_body(view, body_text, base + start)
        if body is None:
            continue
        tenure = clean_label(tail["tenure"]) if tail["tenure"] else ""
        terms = re.split(r"\s*,\s*", tail["terms"]) if tail["terms"] else [tail["count"] or ""]
        # a congress resolution is adopted by the party organisation that held it
        issuer = view.mention_at("Organization", base + start, base + end, body,
                                 FoundAs.DOCUMENT_ISSUER, kind="PartyOrganization")
        found.mentions.append(issuer)
        for term in terms:
            _congress_and_resolution(found, start, end, issuer, term, tenure)


def _congress_and_resolution(found: _Findings, start: int, end: int, issuer: Mention, term: str,
                             tenure: str) -> None:
    view, base, body = found.view, found.base, issuer.label
    # "Nghị quyết Đại hội XX Đảng bộ tỉnh X" is also written "… Đảng bộ tỉnh X lần thứ XX"
    # (or "… lần thứ XX Đảng bộ tỉnh X", "… lần thứ XX của Đảng bộ tỉnh X")
    ordinal = (f"{body} {_NTH} {term}", f"{_NTH} {term} {body}", f"{_NTH} {term} {_OF} {body}") if term else ()
    # (a number in figures or words goes after the body, as "lần thứ 16" says it: "Đại hội 16 Đảng bộ …" is no name)
    in_figures = term and not re.fullmatch(ROMAN, term)
    named = f"{body} {_NTH} {term}" if in_figures else " ".join(p for p in (term, body) if p)
    label = clean_label(" ".join(p for p in (f"{_RESOLUTION} {_CONGRESS_HEAD}", named, tenure) if p))
    # and as the text writes it ("… Đảng bộ tỉnh X lần thứ XI, nhiệm kỳ 2020 – 2025")
    written = clean_label(view.article.text[base + start:base + end])
    aliases = tuple(clean_label(f"{_RESOLUTION} {_CONGRESS_HEAD} {a}") for a in (term, *ordinal)) if term else ()
    resolution = view.mention_at("Document", base + start, base + end, label, FoundAs.CONGRESS, kind="Resolution",
                                 aliases=aliases + ((written,) if written != label and written not in aliases else ()))
    found.mentions.append(resolution)
    found.relations.append(view.relation(resolution, "issuedBy", issuer, ExtractorName.DOCUMENTS))
    # the congress that adopted it is an event of its own, when its number or years say which
    if not term and not tenure:
        return
    event = clean_label(" ".join(p for p in (_CONGRESS_HEAD, named, tenure) if p))
    aliases = (f"{_CONGRESS_HEAD} {term}", *(f"{_CONGRESS_HEAD} {o}" for o in ordinal),
               *(f"{_CONGRESS_HEAD} {_DELEGATES} {o}" for o in ordinal)) if term else ()
    # with its term as the gold writes it: "Đại hội đại biểu Đảng bộ tỉnh X lần thứ XII, nhiệm kỳ 2010-2015"
    aliases += tuple(f"{a}{sep} {tenure}" for a in aliases[1:] for sep in (",", "")) if tenure else ()
    found.mentions.append(view.mention_at("Event", base + start, base + end, event, FoundAs.CONGRESS,
                                          kind="Congress", aliases=tuple(clean_label(a) for a in aliases)))


# "Nghị quyết Đại hội XIII Công đoàn Việt Nam": the congress's number may come before the body
# ("Nghị quyết Đại hội Đại biểu Đảng bộ Khối X lần thứ XIII": "đại biểu" capitalised too, as a title writes it)
_CONGRESS_OF_A_BODY: Final = patterns.compile(
    rf"{_E_RESOLUTION}\s+{_E_CONGRESS}(?:\s+(?:{cue_alternatives('delegates', either_initial_case=True)}))?"
    rf"(?:\s+{ROMAN})?\s+")
_CONGRESS_NUMBER: Final = patterns.compile(
    rf"(?:\s+(?:{_E_NTH}\s+(?:{ROMAN}|\d+|{re.escape(cue('first_ordinal'))}\b)"
    rf"|(?:{cue_alternatives('term_of_office')})\s+(?:{ROMAN}|\d+)))?"
    rf"(?:,?\s+{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}})?"
)
# ", nhiệm kỳ 2024 - 2029" after a congress's number: its term, which a reader may leave out of the name
_TERM_AFTER_ITS_NUMBER: Final = patterns.compile(
    rf"(?<=\s{_E_NTH}\s)(?P<number>{ROMAN}|\d+),?\s+{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}}$")


def _by_its_number_alone(*labels: str) -> tuple[str, ...]:
    """ "Nghị quyết Đại hội đại biểu Phụ nữ phường X lần thứ XII, nhiệm kỳ 2021-2026" named by its number
    alone ("… lần thứ XII"), as annotators write it too: the number says which congress."""
    return tuple(_TERM_AFTER_ITS_NUMBER.sub(lambda m: m["number"], label) for label in labels
                 if _TERM_AFTER_ITS_NUMBER.search(label))


def _congresses_of_bodies(found: _Findings) -> None:
    """ "Nghị quyết Đại hội đại biểu Đảng bộ Sở Y tế lần thứ IX", "… Hội Nông dân huyện X khóa
    XI": the resolution of the congress of a body named in full, adopted by that body."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    view, base, text = found.view, found.base, found.text
    for head in _CONGRESS_OF_A_BODY.finditer(text):
        bodies = [o for o in view.found("Organization") if o.span.start == base + head.end()]
        if not bodies or found.taken(head.start(), head.end()):
            continue
        body = bodies[0]
        number = _CONGRESS_NUMBER.match(text, body.span.end - base)
        end = number.end() if number else body.span.end - base
        written = clean_label(text[head.start():end])
        full = clean_label(f"{text[head.start():head.end()]}{body.label}{text[body.span.end - base:end]}")
        aliases = tuple(dict.fromkeys(a for a in (full,) + _by_its_number_alone(written, full) if a != written))
        resolution = view.mention_at("Document", base + head.start(), base + end, written, ExtractorName.DOCUMENTS,
                                     kind="Resolution", aliases=aliases)
        found.mentions.append(resolution)
        found.relations.append(view.relation(resolution, "issuedBy", body, ExtractorName.DOCUMENTS))


_PARTY_CELL: Final = cue("party_cell")
_PARTY_CELL_LOWER: Final = _PARTY_CELL.lower()
# "Nghị quyết Đại hội Chi bộ lần thứ X, nhiệm kỳ 2019 - 2022", "… Đại hội của chi bộ nhiệm kỳ 2015 - 2020": the
# congress of a party cell named bare, by its term
_CONGRESS_OF_THE_CELL: Final = patterns.compile(
    rf"{_E_RESOLUTION}\s+{_E_CONGRESS}\s+(?:{_E_OF}\s+)?(?P<cell>{re.escape(_PARTY_CELL)})"
    rf"(?P<tail>(?:\s+{_E_NTH}\s+{ROMAN},?)?\s+{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}})(?!\w)",
    re.IGNORECASE)


def _congresses_of_the_cell(found: _Findings) -> None:
    """ "… hoàn thành các chỉ tiêu Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 - 2025" in an article on Chi bộ
    Khối X: the resolution of the congress of the party cell the article names most, adopted by it."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    view, base, text = found.view, found.base, found.text
    if _PARTY_CELL_LOWER not in text.lower():
        return  # (the case-blind search is slow; most sentences name no cell)
    for m in _CONGRESS_OF_THE_CELL.finditer(text):
        if found.taken(m.start(), m.end()):
            continue
        cell = named_most(view.article_mentions + view.mentions, lambda x: x.extractor != FoundAs.DOCUMENT_ISSUER
                          and x.label.startswith(f"{_PARTY_CELL} ") and not x.label.isupper())
        if cell is None:
            continue
        issuer = view.mention_at("Organization", base + m.start("cell"), base + m.end("cell"), cell,
                                 FoundAs.DOCUMENT_ISSUER, kind="PartyCell")
        label = clean_label(f"{_RESOLUTION} {_CONGRESS_HEAD} {cell}{m['tail']}")
        resolution = view.mention_at("Document", base + m.start(), base + m.end(), label, ExtractorName.DOCUMENTS,
                                     kind="Resolution", aliases=_by_its_number_alone(label))
        found.mentions += [issuer, resolution]
        found.relations.append(view.relation(resolution, "issuedBy", issuer, ExtractorName.DOCUMENTS))


# "Nghị quyết Đại hội Đoàn huyện lần thứ X", "… Đại hội đại biểu Phụ nữ tỉnh lần thứ XI": a mass
# body's congress named by its kind and level, the place left to the article; "Nghị quyết Đại hội
# đại biểu lần thứ XI, nhiệm kỳ 2023-2028": by its number alone, the body the clause is about's
_CONGRESS_NAMED_SHORT: Final = patterns.compile(
    rf"{_E_RESOLUTION}\s+{_E_CONGRESS}(?P<delegates>\s+{_E_DELEGATES})?"
    rf"(?:(?P<kind>(?:\s+[^\W\d_]+){{1,3}}?)\s+(?P<level>{_LEVELS})(?P<place>(?:\s+\w+){{1,4}}?)?)?"
    rf"(?P<number>\s+(?:{_E_NTH}\s+{ROMAN}|(?:{cue_alternatives('term_of_office')})\s+{ROMAN})"
    rf"(?:,?\s+{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}})?|\s+{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}})(?!\w)"
)
_EXECUTIVE: Final = cue("executive_committee") + " "
_OF_NAMED_AFTER: Final = patterns.compile(rf"\s+{_E_OF}\s")
_TERM_AFTER: Final = patterns.compile(rf"\s+(?:{cue_alternatives('term_of_office')})\s+{ROMAN}$")


def _congresses_named_short(found: _Findings) -> None:
    """A congress resolution named short: by the body's kind and level, completed with the
    article's place of that level (no issuer: the text names no body); or by its number
    alone, the congress of the body named last before it in the sentence (its executive
    committee's body: "Ban Chấp hành Công đoàn X khóa VI báo cáo … Nghị quyết Đại hội nhiệm
    kỳ …" is Công đoàn X's), which adopted it."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    view, base, text = found.view, found.base, found.text
    for m in _CONGRESS_NAMED_SHORT.finditer(text):
        if found.taken(m.start(), m.end()):
            continue
        head = text[m.start():m.end("delegates") if m["delegates"] else m.start() + len(
            f"{_RESOLUTION} {_CONGRESS_HEAD}")]
        written = clean_label(m.group())
        if m["kind"]:
            # "… Phụ nữ phường Phước Lộc lần thứ XII": the place written, else the article's of that level
            named = m["place"] and all(w[0].isupper() or w.isdigit() for w in m["place"].split())
            place = m["place"].strip() if named else view.context.place_for(m["level"], base + m.start())
            if not m["kind"].strip()[0].isupper() or place is None or m["place"] and not named:
                continue
            label = clean_label(f"{head}{m['kind']} {m['level']} {place}{m['number']}")
            aliases = tuple(dict.fromkeys(a for a in (written,) + _by_its_number_alone(label, written) if a != label))
            found.add(m.start(), m.end(), label, _RESOLUTION, aliases)
            continue
        body = _body_before(view, base + m.start())
        if body is None or _OF_NAMED_AFTER.match(text, m.end()):
            continue  # "Nghị quyết Đại hội lần thứ XIII của Đảng": whose it is named after it
        name = _TERM_AFTER.sub("", body.label.removeprefix(_EXECUTIVE))
        issuer = body if name == body.label else view.mention_at(
            "Organization", base + m.start(), base + m.end(), name, FoundAs.DOCUMENT_ISSUER, kind=body.kind)
        found.add(m.start(), m.end(), clean_label(f"{head} {name}{m['number']}"), _RESOLUTION, (written,))
        if issuer is not body:
            found.mentions.append(issuer)
        resolution = found.mentions[-1 if issuer is body else -2]
        found.relations.append(view.relation(resolution, "issuedBy", issuer, ExtractorName.DOCUMENTS))


# "thực hiện Nghị quyết Đại hội lần thứ IV", "… nghị quyết Đại Hội nhiệm kỳ 2020-2022" in a congress's
# report: the resolution of the body's congress before, by its number or term alone, in any case
_CONGRESS_OF_THE_ARTICLE: Final = patterns.Gated(
    rf"(?i:{_E_RESOLUTION}\s+{_E_CONGRESS})(?P<number>\s+(?:{_E_NTH}\s+{ROMAN}(?:,?\s+{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}})?"
    rf"|{_E_TERM}\s+\d{{4}}\s*[-–]\s*\d{{4}}))(?![\w-])(?!\s+{_E_OF}\s)"
)


def _congresses_of_the_article(found: _Findings) -> None:
    """ "Đại hội … nhằm đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ IV" where the sentence
    names no body: the resolution of the earlier congress of the body whose congress the article
    reports (named beside a congress: "Hội X tổ chức Đại hội …", "Đại hội … Hội X"), which adopted
    it and, reviewing it there, carries it out; the text's form is an alias."""
    view, base, text = found.view, found.base, found.text
    if _RESOLUTION_TAIL not in text:
        return  # (most sentences name no resolution, in either case)
    for m in _CONGRESS_OF_THE_ARTICLE.finditer(text):
        if found.taken(m.start(), m.end()) or _body_before(view, base + m.start()) is not None \
                or not _of_the_article_s_congress(view.article.text, base + m.start(), base + m.end(), m["number"]):
            continue
        written = clean_label(f"{_RESOLUTION} {_CONGRESS_HEAD}{m['number']}")
        body = named_most(view.article_mentions + view.mentions, lambda x: _holds_a_congress(view, x))
        if body is None:
            found.add(m.start(), m.end(), written, _RESOLUTION)
            continue
        label = clean_label(f"{_RESOLUTION} {_CONGRESS_HEAD} {body}{m['number']}")
        found.add(m.start(), m.end(), label, _RESOLUTION, (written, *_by_its_number_alone(label)))
        resolution = found.mentions[-1]
        issuer = view.mention_at("Organization", base + m.start(), base + m.end(), body, FoundAs.DOCUMENT_ISSUER)
        found.mentions.append(issuer)
        found.relations += [view.relation(resolution, "issuedBy", issuer, ExtractorName.DOCUMENTS),
                            view.relation(issuer, "implements", resolution, ExtractorName.DOCUMENTS)]


# "Đại hội … lần thứ V", "Đại hội lần thứ IV, Nhiệm kỳ 2022-2025": the congresses an article names, by number or term
_NUMBERED_CONGRESS: Final = patterns.compile(rf"(?i:{_E_CONGRESS})[^.;\n]{{0,80}}?{_E_NTH}\s+(?P<n>{ROMAN})\b")
_A_TERM: Final = patterns.compile(rf"(?i:{_E_TERM})\s+(?P<first>\d{{4}})\s*[-–]\s*(?P<last>\d{{4}})")
_ROMAN_VALUES: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _value(roman: str) -> int:
    values = [_ROMAN_VALUES[letter] for letter in roman]
    return sum(-v if k + 1 < len(values) and values[k + 1] > v else v for k, v in enumerate(values))


def _of_the_article_s_congress(text: str, start: int, end: int, number: str) -> bool:
    """Whether a resolution named by its number or term alone is the article's congress's or the one
    before: the article names a congress of that number or the next ("Đại hội … lần thứ V … Nghị quyết
    Đại hội lần thứ IV"), or another term of the same or the next ("Đại hội … nhiệm kỳ 2022-2025 …
    nghị quyết Đại hội nhiệm kỳ 2020-2022"); not the party's national congress cited in a
    province's report ("Nghị quyết Đại hội lần thứ XIII" beside "Đại hội … lần thứ XVII")."""
    term = _A_TERM.search(number)
    if term is None:
        n = _value(number.split()[-1].strip(","))
        return any(_value(c["n"]) in (n, n + 1) for c in _NUMBERED_CONGRESS.finditer(text) if c.end() <= start
                   or c.start() >= end)
    return any(t.start() < start or t.start() >= end for t in _A_TERM.finditer(text)
               if t["first"] in (term["first"], term["last"]))


_RESOLUTION_TAIL: Final = _RESOLUTION[-4:]  # "uyết": the kind in either case, a cheap test first
_BESIDE_A_CONGRESS: Final = 40  # characters either side of a body's name where a congress is named with it


def _holds_a_congress(view: SentenceView, body: Mention) -> bool:
    """Whether ``body``, named by its name, stands beside a congress ("X tổ chức Đại hội", "Đại hội … X")."""
    if body.extractor != ExtractorName.ORGANIZATIONS:
        return False
    text = view.article.text
    near = text[max(0, body.span.start - _BESIDE_A_CONGRESS):body.span.start] + " " + text[
        body.span.end:body.span.end + _BESIDE_A_CONGRESS // 2]
    return _CONGRESS_HEAD.lower() in near.lower()


def _body_before(view: SentenceView, position: int) -> Mention | None:
    """The body named last before ``position`` in the sentence, not a person's (after a title)."""
    bodies = [m for m in view.found("Organization") if m.span.end <= position
              and m.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)]
    return max(bodies, key=lambda m: m.span.end) if bodies else None


def _national_congresses(found: _Findings) -> None:
    """ "Nghị quyết Đại hội XIII của Đảng", "… Đại hội đại biểu toàn quốc lần thứ XIII": the party's."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    view, base = found.view, found.base
    for m in _NATIONAL_CONGRESS_RESOLUTION.finditer(found.text):
        term = m["term"] or m["ordinal"]
        names = tuple(form.format(n=term) for form in cues("national_congress_resolution_names"))
        if not found.add(m.start(), m.end(), names[0], _RESOLUTION, names[1:]):
            continue
        # the congress that adopted it is an event of its own, as a congress of a party organisation is
        congress = tuple(form.format(n=term) for form in cues("national_congress_names"))
        found.mentions.append(view.mention_at("Event", base + m.start(), base + m.end(), congress[0],
                                              FoundAs.CONGRESS, kind="Congress", aliases=congress[1:]))


def _bare_kinds(found: _Findings) -> None:
    """ "triển khai nội dung Chỉ thị và Kết luận": the one of that kind named before."""
    view, base = found.view, found.base
    kinds = lexicon().document_kinds
    for m in matches_at_words(_BARE, view.tokens, found.text, _BARE_FIRST_WORDS, offset=base):
        if m.start() == 0 or found.taken(m.start(), m.end()):
            continue
        kind = kinds[m["kind"]][0]
        earlier = [x for x in view.article_mentions + found.mentions
                   if x.type == "Document" and x.kind == kind and x.extractor == ExtractorName.DOCUMENTS]
        if earlier:
            found.mentions.append(view.mention_at("Document", base + m.start(), base + m.end(),
                                                  earlier[-1].label, FoundAs.SHORT_DOCUMENT, kind=kind))


_WORKING_RULES_OF_A_BODY: Final = patterns.compile(rf"(?P<head>{re.escape(cue('working_rules'))})\s+{_E_OF}\s+")
_WORKING_RULES: Final = patterns.compile(
    rf"(?P<head>{re.escape(cue('working_rules'))})\s+{_E_OF}\s+(?P<bodies>[^\W\d_][^;.:()]{{2,120}}?)"
    rf"\s+(?:{cue_alternatives('term_of_office')})\s+(?P<term>{ROMAN})\b"
)


def _working_rules(found: _Findings) -> None:
    """ "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII"; without a term,
    the rules of the one body named right after ("Quy chế làm việc của UBND tỉnh Đồng Nai", "… của Tỉnh ủy"
    completed by the article's place), labelled by its full name."""
    view, base, text = found.view, found.base, found.text
    named = False
    for m in _WORKING_RULES.finditer(text):
        if m["bodies"][0].isupper():
            label = clean_label(f"{m['head']} {_OF} {m['bodies']} {_TERM_OF_OFFICE} {m['term']}")
            found.add(m.start(), m.end(), label, cue("named_document_kind"))
            named = True
    for m in _WORKING_RULES_OF_A_BODY.finditer(text) if not named else ():
        bodies = [o for o in view.found("Organization") if o.span.start == base + m.end()]
        if bodies:
            body = max(bodies, key=lambda o: o.span.end)
            if found.add(m.start(), body.span.end - base, clean_label(f"{m['head']} {_OF} {body.label}"),
                         cue("named_document_kind")):
                found.relations.append(view.relation(found.mentions[-1], "issuedBy", body, ExtractorName.DOCUMENTS))


_CHARTER: Final = patterns.Gated(rf"(?<!\w){re.escape(cue('charter'))}\s+")


def _charters(found: _Findings) -> None:
    """ "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam": the charter of the body named right after."""
    view, base, text = found.view, found.base, found.text
    for m in _CHARTER.finditer(text):
        bodies = [o for o in view.found("Organization") if o.span.start == base + m.end()]
        if bodies:
            end = max(o.span.end for o in bodies) - base
            found.add(m.start(), end, clean_label(text[m.start():end]), cue("named_document_kind"))


_DECISION_TAIL: Final = cue("decision_document")[1:]  # "uyết định": the word in either case, a cheap test first
_A_DIGIT: Final = patterns.compile(r"\d")


@cache
def _AWARDING_DECISION() -> re.Pattern[str]:  # noqa: N802 - a pattern, built once
    return patterns.compile(
        rf"(?<!\w)(?i:{re.escape(cue('decision_document'))})\s+(?i:{re.escape(cue('about'))})\s+"
        rf"(?:{re.escape(cue('the_matter_of'))}\s+)?(?i:{cue_alternatives('presents')})\s+[^.;:\n]{{2,60}}?\s+{_E_OF}\s+")


def _awarding_decisions(found: _Findings) -> None:
    """ "Quyết định về việc tặng thưởng Cờ thi đua của Chính phủ": a decision named by the award it
    gives, up to the body whose award it is."""
    view, base, text = found.view, found.base, found.text
    for m in _AWARDING_DECISION().finditer(text) if _DECISION_TAIL in text else ():
        bodies = [o for o in view.found("Organization") if o.span.start == base + m.end()]
        if bodies:
            end = max(o.span.end for o in bodies) - base
            written = clean_label(text[m.start():end])
            label = clean_label(f"{cue('decision_document')} {written[len(cue('decision_document')):].strip()}")
            found.add(m.start(), end, label, cue("decision_document"), (written,) if written != label else ())


_PLAN_THAT_CARRIES_OUT: Final = patterns.Gated(
    rf"(?<!\w)(?P<kind>{cue_alternatives('plans_that_carry_out')})\s+(?:{cue_alternatives('carrying_out')})"
    rf"(?:\s+(?:{cue_alternatives('carrying_out')}))?\s+"  # "triển khai thực hiện"
)


_TITLE_BEFORE: Final = patterns.compile(rf"\b{re.escape(cue('about'))}\s+$")


def _plans_that_carry_out(found: _Findings) -> None:
    """ "Chương trình hành động thực hiện Nghị quyết 57-NQ/TW": a plan named by the document it
    carries out, unnumbered."""
    base, text = found.base, found.text
    for m in _PLAN_THAT_CARRIES_OUT.finditer(text):
        inner = [d for d in found.mentions if d.span.start == base + m.end()]
        # "Quyết định số 1187/QĐ-UBND về Kế hoạch triển khai thực hiện Nghị định ...": a title, not a plan
        if inner and not _TITLE_BEFORE.search(text, 0, m.start()):
            end = inner[0].span.end - base
            label = clean_label(f"{text[m.start():m.end()]}{inner[0].label}")
            written = clean_label(text[m.start():end])
            found.add(m.start(), end, label, m["kind"], (written,) if written != label else ())


# "triển khai kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023", "… kế hoạch tổ chức “Ngày hội Đại đoàn
# kết toàn dân tộc”": a plan named by the gathering it is to hold, in quotes or to its year
_PLAN_TO_HOLD: Final = patterns.Gated(
    rf"(?<!\w)(?P<plan>{cue_alternatives('plans_to_hold_an_event', either_initial_case=True)})\s+"
    rf"(?:[“\"](?P<quoted>(?:{patterns.alternatives(sorted(lexicon().event_heads, key=len, reverse=True))})\s"
    rf"[^“”\"]{{2,100}}?)[”\"]"
    rf"|(?P<named>(?:{patterns.alternatives(sorted(lexicon().event_heads, key=len, reverse=True))})\s"
    rf"[^.;:,()“”\"]{{2,100}}?\s{re.escape(cue('year'))}\s+\d{{4}}))(?![\w/-])")


def _plans_to_hold_an_event(found: _Findings) -> None:
    """A plan named by the gathering it is to hold (_PLAN_TO_HOLD), written in small letters only after a body
    carries it out or issues it ("Ủy ban MTTQ xã triển khai kế hoạch tổ chức …")."""
    text = found.text
    for m in _PLAN_TO_HOLD.finditer(text):
        if m["plan"][0].islower() and not _CARRIED_OUT_OR_ISSUED_BEFORE.search(text, max(0, m.start() - 30),
                                                                                m.start()):
            continue
        plan = m["plan"][0].upper() + m["plan"][1:]
        label = clean_label(f"{plan} {m['quoted'] or m['named']}")
        written = clean_label(m.group())
        kind = max((k for k in lexicon().document_kinds if plan.startswith(f"{k} ")), key=len)
        # (its span the plan's words alone: the gathering's name is an event's too, read by the events' rules)
        found.add(m.start(), m.end("plan"), label, kind, (written,) if written != label else ())


@cache
def _ADOPTED_BY_SUBJECT() -> re.Pattern[str]:  # noqa: N802 - a pattern, built once
    # "thông qua Đề án phát triển kinh tế biển.": the kind, then words in small letters to the stop
    # (not what the sentence goes on to say: "thông qua Nghị quyết và sau đó …", "Đề án này sẽ …", "Nghị quyết về
    # giải ngân mà Chính phủ giao …")
    return patterns.compile(rf"(?:{cue_alternatives('issues', at_word_start=True)})\s+"
                            rf"(?P<doc>(?P<kind>{_kind_alternatives()})"
                            rf"\s+(?!(?:{cue_alternatives('not_a_document_subject_first')})\b)"
                            rf"(?![^.;:\n]*\s(?:{cue_alternatives('not_in_an_adopted_document_subject')})\s)"
                            rf"(?P<about>[^\W\d_A-ZĐ][^.;:()“”\"\n]{{5,200}}?))(?=\s*[.;]|\s*$)")


# "Chương trình trồng một tỷ cây xanh giai đoạn 2021 - 2025", "Quy chế chi tiêu nội bộ năm 2026",
# "Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2026 - 2035": a document named without a
# number, by its subject in small letters (names inside it capitalised) to the period it covers
_NAMED_TO_ITS_PERIOD: Final = patterns.Gated(
    rf"(?<!\w)(?P<kind>{cue_alternatives('kinds_named_to_their_period')})"
    rf"(?!\s+(?:{cue_alternatives('programmes_that_are_no_document')})\b)"  # doers.md item 15
    # (its subject's words, a comma between some: "Đề án bồi dưỡng cán bộ, công chức … giai đoạn 2017 – 2020")
    # (not before a clause's word or another document: "Quy chế làm việc, Chương trình …", "…, trong đó …")
    rf"(?P<about>(?:(?:,(?!\s+(?:{cue_alternatives('begins_a_clause')}|{cue_alternatives('kinds_named_to_their_period')})\b))?"
    rf"\s+(?:-\s+)?(?!(?:{cue_alternatives('not_in_a_document_subject')})\b)[^\W\d_]+){{2,20}}?)"
    rf"\s+(?:(?:{cue_alternatives('period_of_a_document')})|(?P<year>{re.escape(cue('year'))})"
    # "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025", "… 05 năm (2016 - 2020)": its span of years first
    rf"|(?P<span>\d{{1,2}}\s+{re.escape(cue('year'))})(?=\s+\(?\d{{4}}\s*[-–]\s*\d{{4}}))"
    rf"\s+(?P<paren>\()?\d{{4}}(?:\s*[-–]\s*\d{{4}})?(?(paren)\))(?![\w/-])")
# a year ends such a name only where the document is whose ("… năm 2019 của Đoàn Chủ tịch …") or what
# a body carries out or issues ("triển khai Kế hoạch kiểm toán năm 2026"): else it as often dates the clause
_WHOSE_AFTER: Final = patterns.compile(rf"\s+{re.escape(cue('of'))}\s+(?=[^\W\d_])")
_CARRIED_OUT_OR_ISSUED_BEFORE: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('implements')}|{cue_alternatives('issues')})\s+$")


# "theo Đề án “Sức sống xanh – Vì Cà Mau xanh” của Ban Thường vụ Tỉnh đoàn": a scheme named by its title in quotes
_QUOTED_TITLE: Final = patterns.Gated(
    rf"(?<!\w)(?P<kind>{cue_alternatives('kinds_named_by_a_quoted_title')})\s+[“\"](?P<title>[^“”\"]{{3,200}}?)[”\"]")


def _named_by_a_quoted_title(found: _Findings) -> None:
    """A document of a kind named by a title in quotes that opens with a capital (_QUOTED_TITLE)."""
    if "“" not in found.text and '"' not in found.text:
        return  # most sentences quote nothing
    for m in _QUOTED_TITLE.finditer(found.text):
        if m["title"][0].isupper():
            label = clean_label(f"{m['kind']} “{m['title'].strip()}”")
            found.add(m.start(), m.end(), label, m["kind"], (clean_label(m["title"]),))


def _whose_after(text: str, end: int) -> bool:
    """Whether "của" and a capitalised name follow ``end``: the body whose document it is."""
    of = _WHOSE_AFTER.match(text, end)
    return of is not None and text[of.end()].isupper()


def _named_to_their_period(found: _Findings) -> None:
    if not found.digits:
        return  # the name ends at a year
    text, pos = found.text, 0
    # (searched again after a match's kind where it names none: "Nghị quyết Đại hội … lần thứ X và Kế hoạch phát
    # triển kinh tế - xã hội 05 năm (2016 - 2020)" holds the second document)
    while (m := _NAMED_TO_ITS_PERIOD.search(text, pos)) is not None:
        pos = m.end() if _named_to_its_period(found, m) else m.start("about")


def _named_to_its_period(found: _Findings, m: re.Match[str]) -> bool:
    """Whether ``m`` names a document to its period, added if so."""
    text = found.text
    if m["year"] is not None and (m["kind"] == _RESOLUTION or not _whose_after(text, m.end())
                                  and not _CARRIED_OUT_OR_ISSUED_BEFORE.search(text, max(0, m.start() - 30),
                                                                               m.start())):
        return False  # ("Nghị quyết phiên họp thứ tám và tình hình tuyển sinh năm 2025": a resolution, dated)
    words = m["about"].split()
    if m["span"] is not None and (m["kind"] == _RESOLUTION or not words[-1].islower()):
        return False  # ("Nghị quyết … trong 5 năm 1976 - 1980", "… gia đình Quý 1 năm 2015": a clause's time)
    # "Quy chế và Kế hoạch hoạt động …": two documents joined, not one's subject
    joined = any(w == cue("and") and after[0].isupper() for w, after in zip(words, words[1:], strict=False))
    if not words[0].islower() or words[0] == cue("number_word") or joined:
        return False
    found.add(m.start(), m.end(), clean_label(m.group()), m["kind"])
    return True


_ISSUES_FIRST_WORDS: Final = first_words(cues("issues"))  # where _ADOPTED_BY_SUBJECT's matches begin
_THE_CLAUSE_S_IS: Final = patterns.compile(rf"\s{re.escape(cue('is'))}\s")
_REPORTS: Final = frozenset(cues("reports_adopted_by_a_meeting"))


def _adopted_by_subject(found: _Findings) -> None:
    """ "Quốc hội đã biểu quyết thông qua Nghị quyết phê chuẩn việc bổ nhiệm ...": an unnumbered
    document a body adopts, named by its subject to the end of the clause."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    for m in matches_at_words(_ADOPTED_BY_SUBJECT(), found.view.tokens, found.text, _ISSUES_FIRST_WORDS,
                              offset=found.base):
        words = m["about"].split()
        # ("Đại hội thông qua Báo cáo chính trị …": a report the meeting adopts, none of the format's kinds)
        if words[0].islower() and words[0] != _NUMBER_WORD and len(words) <= 25 and m["kind"] not in _REPORTS:
            # ("việc Quốc hội ban hành Nghị quyết về X là có cơ sở": the clause's verb ends the subject)
            said = _THE_CLAUSE_S_IS.search(m["doc"])
            end = m.start("doc") + said.start() if said else m.end("doc")
            if end <= m.start("about"):
                continue  # ("Nghị quyết là cần thiết": no subject before the verb, no document named)
            found.add(m.start("doc"), end, clean_label(found.text[m.start("doc"):end]), m["kind"])


# "Quốc hội xem xét, thông qua: Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng; …": an unnumbered document
# named by its subject, wherever the sentence names it, to where the clause ends or says something of it
_NAMED_BY_ITS_SUBJECT: Final = patterns.Gated(
    rf"(?<![\w/])(?P<kind>{cue_alternatives('kinds_named_by_their_subject')})\s+"
    rf"(?P<about>(?:{cue_alternatives('opens_a_document_subject')})\s+[^\W\d_][^.;:?!()“”\"…\n]*?)"
    rf"(?=\s*[.;:?!()“”\"…\n]|\s*$|,\s+{patterns.CAPITAL_LETTER}"
    # (another named after a comma or "và"; not the one its subject names: "Nghị quyết về sửa đổi Nghị quyết số …")
    rf"|(?:,|\s+{cue_alternatives('and')})\s+(?:{cue_alternatives('kinds_named_by_their_subject')})\b"
    # ("đối với" is no clause's "với")
    rf"|,?\s+(?<!{re.escape(cue('decided_for').split()[0])}\s)(?:{cue_alternatives('ends_a_document_subject')})\s)")


def _named_by_its_subject(found: _Findings) -> None:
    """An unnumbered document named by its subject (_NAMED_BY_ITS_SUBJECT), of at most 25 words."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    for m in _NAMED_BY_ITS_SUBJECT.finditer(found.text):
        if len(m["about"].split()) <= 25:
            found.add(m.start(), m.end(), clean_label(m.group()), m["kind"])


_BARE_CONGRESS_RESOLUTION: Final = patterns.Gated(
    # (or a word goes on, which may end its name: _name_ends_before)
    rf"(?<!\w){_E_RESOLUTION}\s+{_E_CONGRESS}(?=\s*(?:[,.;]|{re.escape(cue('and'))}\s|$)|\s+(?P<next>[^\W\d_]+))")
_CONGRESS_NAMED: Final = patterns.compile(rf"(?<!\w){_E_CONGRESS}\s+[^,.;:()]{{3,80}}?\s+{_E_NTH}\s+{ROMAN}\b")


def _bare_congress_resolutions(found: _Findings) -> None:
    """ "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII ... thông qua ..., Nghị quyết Đại hội": the
    resolution of the congress the sentence names before it."""
    if not found.kinds:
        return  # the pattern holds a kind ("Nghị quyết")
    text = found.text
    for m in _BARE_CONGRESS_RESOLUTION.finditer(text):
        if m["next"] and (not m["next"][0].islower() or m["next"] == _NTH.split()[0]):
            continue  # "Nghị quyết Đại hội Đảng bộ X", "… lần thứ V": its name goes on; not "… với chỉ tiêu …"
        named = list(_CONGRESS_NAMED.finditer(text, 0, m.start()))
        # "Đảng bộ Viện X tổ chức Đại hội lần thứ V … Đại hội đã thông qua … Nghị quyết Đại hội": the
        # congress the article reports, the first it names, where the sentence names none
        article = found.view.article.text
        reported = named[-1] if named else _CONGRESS_NAMED.search(article, 0, found.base)
        if reported is not None:
            label = clean_label(f"{_RESOLUTION} {reported.group()}")
            found.add(m.start(), m.end(), label, _RESOLUTION, (clean_label(m.group()),))


_THE_LEGAL_ORDER: Final = tuple(cues("the_legal_order_in_general"))


def _named(found: _Findings) -> None:
    """Documents named without a number ("Điều lệ Đảng")."""
    for m in _named_documents().finditer(found.text):
        if m.group()[0].islower():
            continue  # "ký lại 31 thỏa ước lao động tập thể": documents of a kind, not the one named
        if found.text.startswith(_THE_LEGAL_ORDER, m.start()):
            continue  # "thực hiện đúng quy định của Hiến pháp và pháp luật": the legal order, no text named
        label = _named_document_labels()[fold(m.group())]
        written = (clean_label(m.group()),) if m.group() != label else ()
        found.add(m.start(), m.end(), label, cue("named_document_kind"), written)


def _short_numbers(found: _Findings) -> None:
    """ "Nghị quyết 18": the fuller document the article names, else as the text names it."""
    view, base = found.view, found.base
    kinds = lexicon().document_kinds
    for m in _patterns()[1].finditer(found.text) if found.digits and found.kinds else ():  # a number after the kind
        if found.taken(m.start(), m.end()) or (m["code"] and m["code"] not in kinds[m["kind"]][1]):
            continue
        full = _full_document(view, found.mentions, m["kind"], m["number"])
        if full is not None:
            found.mentions.append(view.mention_at("Document", base + m.start(), base + m.end(), full,
                                                  FoundAs.SHORT_DOCUMENT, kind=kinds[m["kind"]][0]))
        elif m["code"]:
            # "Nghị quyết (NQ) 32": the kind and the number, the code an aside
            label = document_label(m["kind"], m["number"])
            found.add(m.start(), m.end(), label, m["kind"], (clean_label(m.group()),))
        elif m["kind"][0].isupper():
            # "Quy định số 11", with no fuller name in the article: the document by its kind and number
            # ("Quy định 11", as the gold names 66 of 78 such), the words as written an alias
            written = clean_label(m.group())
            found.mentions.append(view.mention_at("Document", base + m.start(), base + m.end(),
                                                  document_label(m["kind"], m["number"]), ExtractorName.DOCUMENTS,
                                                  kind=kinds[m["kind"]][0], aliases=(written,)))
            _more_short_numbers(found, m)
    _coded_numbers(found)
    _number_header(found)
    _title_header(found)


_NUMBER_HEADER: Final = patterns.compile(rf"(?:^|\n)[ \t]*{re.escape(cue('number_header'))}[ \t]*(?P<number>{_NUMBER})")


_ABOUT_WORD: Final = cue("about")


def _begins_a_title(text: str) -> bool:
    """Whether ``text`` may be a legal text's title under its kind's line ("Về việc …", _title_header)."""
    return text[:len(_ABOUT_WORD) + 1].casefold() == f"{_ABOUT_WORD} ".casefold()


def _title_header(found: _Findings) -> None:
    """ "QUYẾT ĐỊNH" on a line of its own, then "Về việc tặng thưởng ...": the legal text's own
    document, named by its title (or its number, when a "Số:" line above gives one)."""
    view, text = found.view, found.text
    if not _begins_a_title(text):
        return
    above = view.article.text[:view.sentence.start].rstrip()
    kind_line = above[above.rfind("\n") + 1:].strip()
    kind_word = next((k for k in lexicon().document_kinds if k.casefold() == kind_line.casefold()), None)
    if kind_word is None or len(text.split()) > 30:
        return
    title = clean_label(f"{kind_word} {_ABOUT_WORD}{text.rstrip('.')[len(_ABOUT_WORD):]}")
    number = list(_NUMBER_HEADER.finditer(above))
    label = title
    if number:
        code = re.search(r"[^\W\d_]+", number[-1]["number"])
        coded = _kind_of_code().get(code.group()) if code else None
        label = document_label(coded, number[-1]["number"]) if coded else title
    found.add(0, len(text.rstrip(".")), label, kind_word, (title,) if label != title else ())
    _signing_body(found, label)


def _signing_body(found: _Findings, label: str) -> None:
    """ "THỦ TƯỚNG CHÍNH PHỦ" on the line under a legal text's title: the body that issues it."""
    view = found.view
    below = view.article.text[view.sentence.end:view.sentence.end + 160].split("\n")
    line = next((x.strip() for x in below if re.search(r"[^\W\d_]", x)), "")  # past a rule of underscores
    body = next((b for b in lexicon().issuer_codes.values() if b.casefold() == line.casefold()), None)
    doc = next((m for m in found.mentions if m.label == label), None)
    if body is None or doc is None or not line.isupper():
        return
    issuer = view.mention_at("Organization", doc.span.start, doc.span.end, body, FoundAs.DOCUMENT_ISSUER,
                             kind="StateBody")
    found.mentions.append(issuer)
    found.relations.append(view.relation(doc, "issuedBy", issuer, ExtractorName.DOCUMENTS))


def _number_header(found: _Findings) -> None:
    """ "Số: 263/QĐ-TTg" on a line of its own: the legal text's own number, its kind the code's;
    or the number alone on the line after "Số:" (a letterhead's table cells split in lines)."""
    numbers = list(_NUMBER_HEADER.finditer(found.text)) if cue("number_header") in found.text else []
    if not numbers and found.digits:
        alone = _NUMBER_ALONE.fullmatch(found.text)
        start = found.view.sentence.start
        if alone and found.view.article.text[max(0, start - 40):start].rstrip(" \t\n|").endswith(
                cue("number_header")):
            numbers = [alone]
    for m in numbers:
        code = re.search(r"[^\W\d_]+", m["number"])
        kind_word = _kind_of_code().get(code.group()) if code else None
        if kind_word is not None:
            found.add(m.start("number"), m.end(), document_label(kind_word, m["number"]), kind_word, (m["number"],))
            _letterhead_issuer(found, document_label(kind_word, m["number"]), m["number"])


# how far above its "Số:" line a legal text's letterhead may begin
_LETTERHEAD_REACH: Final = 300
_RULE_LINE: Final = patterns.compile(r"\s*[-_]{3,}\s*")


def _letterhead_issuer(found: _Findings, label: str, number: str) -> None:
    """ "BỘ NỘI\nVỤ\n-------\n|\nSố:\n09/2026/TT-BNV": the capitalised lines over the rule at
    the head of a legal text name the body that issues it, when they are the body the
    number's code names."""
    code = re.search(r"[-/]([^\W\d_]+)\d*$", number)
    body = code and (lexicon().issuer_bodies.get(code.group(1)) or lexicon().issuer_codes.get(code.group(1)))
    doc = next((x for x in found.mentions if x.label == label), None)
    if not body or doc is None:
        return
    view = found.view
    above = view.article.text[max(0, view.sentence.start - _LETTERHEAD_REACH):view.sentence.start].split("\n")
    rule = next((i for i, line in enumerate(above) if _RULE_LINE.fullmatch(line)), None)
    if rule is None:
        return
    head: list[str] = []
    for line in reversed(above[:rule]):
        if not (line.strip() and line.isupper()):
            break
        head.insert(0, line.strip())
    if " ".join(head).casefold() != body.casefold():
        return
    issuer = view.mention_at("Organization", doc.span.start, doc.span.end, body, FoundAs.DOCUMENT_ISSUER,
                             kind="StateBody")
    found.mentions.append(issuer)
    found.relations.append(view.relation(doc, "issuedBy", issuer, ExtractorName.DOCUMENTS))


_NUMBER_ALONE: Final = patterns.compile(rf"\s*(?P<number>{_NUMBER})\s*")


def _coded_numbers(found: _Findings) -> None:
    """ "NQ 32" after "Nghị quyết (NQ) 32": the code alone stands for the kind it marks."""
    view = found.view
    if not found.digits:
        return  # every match ends in a number
    for m in matches_at_words(_CODED_NUMBER, view.tokens, found.text, _CODE_FIRST_WORDS, offset=found.base):
        if found.taken(m.start(), m.end()):
            continue
        kind_word = _kind_of_code()[m["code"]]
        short = document_label(kind_word, m["number"])
        full = _full_document(view, found.mentions, kind_word, m["number"])
        named = full or next((x.label for x in view.article_mentions + found.mentions
                              if x.type == "Document" and x.label == short), None)
        if named is not None:
            found.add(m.start(), m.end(), named, kind_word, (clean_label(m.group()),))


# where _CODED_NUMBER's matches begin: the codes (after no word character, "/" or "-")
_CODE_FIRST_WORDS: Final = first_words({code for _, codes in lexicon().document_kinds.values() for code in codes})


_CODED_NUMBER: Final = patterns.compile(rf"(?<![\w/-])(?P<code>{_codes()})\s+(?P<number>\d{{1,4}})(?![\d/-])")


def _congress_body(view: SentenceView, body_text: str | None, position: int) -> str | None:
    """The party organisation whose congress it is: named, or the article's own."""
    if body_text:
        words = body_text.split()
        lowered = [w.lower() for w in words]
        # "Đảng bộ huyện Đô Lương", "Đảng bộ tỉnh" (completed from the article)
        for lv in lexicon().levels:
            lw = lv.word.split()
            for k in range(len(lowered)):
                if lowered[k:k + len(lw)] == lw:
                    name = " ".join(words[k + len(lw):])
                    place = name or view.context.place_for(lv.word, position)
                    return clean_label(f"{_PARTY_ORGANISATION} {lv.word} {place}") if place else None
        return None
    # "Nghị quyết Đại hội XXI, XXII của thành phố": the party organisation of that place
    after = view.article.text[position:position + 160]
    m = re.match(rf"{_E_RESOLUTION}\s+{_E_CONGRESS}(?:\s+{ROMAN}(?:\s*,\s*{ROMAN})*)\s+{_E_OF}\s+({_LEVELS})", after)
    if m:
        place = view.context.place_for(m.group(1), position)
        if place:
            return clean_label(f"{_PARTY_ORGANISATION} {m.group(1)} {place}")
        return None
    if _NATIONAL_CONGRESS_RESOLUTION.match(after):
        return None  # the party's national congress: not a party organisation's
    # "thực hiện thắng lợi Nghị quyết Đại hội XIX": the party organisation the article is about
    # "… các nhiệm vụ mà Nghị quyết Đại hội Đảng bộ đã đề ra": the same, "Đảng bộ" left bare
    bare = re.match(rf"{_E_RESOLUTION}\s+{_E_CONGRESS}\s+{re.escape(_PARTY_ORGANISATION)}\s+([^\W\d_]+)", after)
    own = re.match(rf"{_E_RESOLUTION}\s+(?:{_E_OF}\s+)?{_E_CONGRESS}\s+(?:{_E_NTH_LOOSE}\s+)?{ROMAN}\b"
                   rf"(?!\s+{_E_OF}\s+{_E_PARTY}{_NOT_PARTY_ORGANISATION})", after)
    if own or (
            bare and bare.group(1).islower() and bare.group(1) not in {lv.word.split()[0] for lv in lexicon().levels}):
        return named_most(view.article_mentions + view.mentions, lambda x: x.extractor != FoundAs.DOCUMENT_ISSUER
                          and x.label.startswith(f"{_PARTY_ORGANISATION} "))
    return None


# "Chỉ thị 03, 05 của Bộ Chính trị", "Nghị quyết số 18 và 19": more numbers of the same kind, each a number
# a list or the document's issuer or subject goes on after ("Nghị quyết 26, 10 năm qua": a count, not one)
_MORE_SHORT_NUMBERS: Final = patterns.compile(
    rf"{_ONE_MORE_LISTED}(?P<number>\d{{1,4}})"
    rf"(?=\s*(?:[,;.)]|$)|\s+(?:{re.escape(cue('and'))}|{_E_OF}|{re.escape(cue('about'))})\s)")


def _more_short_numbers(found: _Findings, first: re.Match[str]) -> None:
    """The documents of the numbers listed after a short one, each by the first's kind and its own number (the
    words as the text names the first an alias: "Nghị quyết số 18 và 19")."""
    view, kind = found.view, lexicon().document_kinds[first["kind"]][0]
    written = first.group()[:first.start("number") - first.start()]
    end = first.end()
    while (more := _MORE_SHORT_NUMBERS.match(found.text, end)) is not None:
        end = more.end()
        if _full_document(view, found.mentions, first["kind"], more["number"]) is None:
            label = document_label(first["kind"], more["number"])
            found.mentions.append(view.mention_at("Document", found.base + more.start("number"), found.base + end,
                                                  label, ExtractorName.DOCUMENTS, kind=kind,
                                                  aliases=(clean_label(written + more["number"]),)))


def _full_document(view: SentenceView, current: list[Mention], kind_word: str, number: str) -> str | None:
    """ "Chỉ thị 05" is the Chỉ thị 05-CT/TW the article names in full."""
    prefix = clean_label(f"{kind_word} {number}").casefold()
    for m in reversed(view.article_mentions + view.mentions + current):
        if m.type == "Document" and m.label.casefold().startswith(prefix) and \
                m.label[len(prefix):len(prefix) + 1] in ("-", "/"):
            return m.label
    return None


# "KIND (...), ngày 5/1 của ORG": the issuer named after the document
# (the day also written out: "ngày 25 tháng 10 năm 2021")
_DAY_WRITTEN_OUT: Final = rf"\s+{re.escape(cue('month'))}\s+\d{{1,2}}(?:\s+{re.escape(cue('year'))}\s+\d{{4}})?"
# "Nghị quyết số 39-NQ/TW … của Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng": the plenum's committee
_OF_ITS_PLENUM: Final = (rf"(?:(?:{cue_alternatives('the_meeting_as_a_subject', either_initial_case=True)})\s+"
                         rf"(?:{re.escape(cue('nth_time'))}\s+[^\s,.;]+\s+)?)?")
_OF_AFTER: Final = patterns.compile(rf"\s*(?:\([^)]*\)\s*)?"
                             rf"(?:,?\s*{re.escape(cue('day'))}\s+[\d/.-]+(?:{_DAY_WRITTEN_OUT})?\s*)?"
                             rf"{_E_OF}\s+{_OF_ITS_PLENUM}(?:(?:{cue_alternatives('issuing_offices')})\s+|[^\s,.;]+\s+)?")


# "… của Chủ tịch UBND tỉnh X": the chair of a people's committee or council issues as an office
# (his awards, though, are the committee's: docs/gold-conventions/awards.md 1a)
_OFFICE_TITLE: Final = rf"(?:{cue_alternatives('offices_giving_awards_as_offices')})"
_OF_AN_OFFICE: Final = patterns.compile(
    rf"\s*(?:\([^)]*\)\s*)?(?:,?\s*{re.escape(cue('day'))}\s+[\d/.-]+(?:{_DAY_WRITTEN_OUT})?\s*)?"
    rf"{_E_OF}\s+{_OFFICE_TITLE}\s+")
_OFFICE_RIGHT_BEFORE: Final = patterns.compile(rf"(?<!\w)(?P<title>{_OFFICE_TITLE})\s+$")
_BODIES_OF_OFFICES: Final = tuple(f"{b} " for b in cues("bodies_whose_head_gives_as_an_office"))


def _office_before(view: SentenceView, org: Mention) -> Mention | None:
    """The office the title right before a people's committee or council names ("Chủ tịch UBND
    tỉnh X"), an Organization of its own."""
    text = view.article.text
    title = _OFFICE_RIGHT_BEFORE.search(text, max(view.sentence.start, org.span.start - 20), org.span.start)
    if title is None or not org.label.startswith(_BODIES_OF_OFFICES):
        return None
    return view.mention_at("Organization", title.start(), org.span.end, f"{title['title']} {org.label}",
                           FoundAs.AWARD_GIVING_OFFICE, kind=org.kind,
                           aliases=(clean_label(text[title.start():org.span.end]),))


# "Quy chế số 12-QC/TU được Ban Thường vụ Tỉnh ủy ban hành": the passive names the issuer
_PASSIVE_AFTER: Final = patterns.compile(rf"\s*(?:\([^)]*\)\s*)?(?:{cue_alternatives('issued_by_passive')})\s+"
                                  rf"(?:(?:{cue_alternatives('issuing_offices')})\s+|[^\s,.;]+\s+)?")
_ISSUED_AFTER: Final = patterns.compile(rf"\s+{re.escape(cue('issued'))}\b")


def issuer_relations(view: SentenceView, documents: list[Mention]) -> Found:
    """Issuers stated in the sentence: "KIND ... của ORG", "ORG ban hành KIND".

    Where the text names none, the document's own name may: a Central Committee
    plenum's resolution, a state number ending in the issuer's code ("QĐ-CTN").
    """
    relations: list[RelationMention] = []
    implied: list[Mention] = []
    orgs = view.found("Organization")
    text = view.article.text
    for doc in documents:
        if doc.extractor == FoundAs.SHORT_DOCUMENT or any(
                d.span.start < doc.span.start and d.span.end == doc.span.end for d in documents):
            continue  # a short form, or the end of a plan's name (its "của ORG" is the plan's)
        issuer = None
        # "của ORG" right after the document (after an optional date)
        tail_start = doc.span.end
        for org in sorted(orgs, key=lambda o: o.span.start):
            if org.span.start < tail_start:
                continue
            between = text[tail_start:org.span.start]
            # "Công điện số 09/CĐ-UBND của Chủ tịch UBND tỉnh": the chair's, an office of its own
            office = _office_before(view, org) if _OF_AN_OFFICE.fullmatch(between) else None
            if office is not None:
                issuer = office
            elif _OF_AFTER.fullmatch(between) or (
                    _PASSIVE_AFTER.fullmatch(between) and _ISSUED_AFTER.match(text, org.span.end)):
                issuer = org
            break
        if issuer is None:
            # "ORG ban hành / thông qua KIND"
            for org in sorted(orgs, key=lambda o: -o.span.end):
                if org.span.end > doc.span.start:
                    continue
                # "Chủ tịch UBND tỉnh Hà Văn A vừa ký ban hành …": the office, its holder named after it
                office = _office_before(view, org)
                holder = next((p for p in view.found("Person") if org.span.end < p.span.start < doc.span.start
                               and not text[org.span.end:p.span.start].strip()), None) if office else None
                between = text[holder.span.end if holder else org.span.end:doc.span.start]
                if _ISSUED_BETWEEN.fullmatch(between) or _ISSUED_IN_BETWEEN.fullmatch(between):
                    issuer = office or org
                break
        issuer = issuer or _giver_under(view, doc, orgs) or _issuer_by_name(view, doc, orgs)
        if issuer is not None:
            if issuer.extractor in (FoundAs.DOCUMENT_ISSUER, FoundAs.AWARD_GIVING_OFFICE):
                implied.append(issuer)
            relations.append(view.relation(doc, "issuedBy", issuer, ExtractorName.DOCUMENTS))
    relations += _issued_with_the_next(view, documents, relations)
    return implied, relations + _issued_in_the_same_list(view, documents, relations)


# "Quyết định số 2105-QĐ/HU và Quyết định số 2106-QĐ/HU ngày 12/9/2024 của Huyện ủy X": two papers, one "của"
_LISTED_DOCUMENTS: Final = patterns.compile(
    rf"\s*(?:\([^)]*\)\s*)?(?:,?\s*{re.escape(cue('day'))}\s+[\d/.-]+\s*)?(?:,\s*|{re.escape(cue('and'))}\s+)")


def _issued_with_the_next(view: SentenceView, documents: list[Mention],
                          relations: list[RelationMention]) -> list[RelationMention]:
    """A document listed right before another whose number is coded for the same body ("Hướng
    dẫn số 17/HD-VKSTC … và Công văn số 2048/VKSTC-V15 … của VKSND tối cao"), with no issuer of
    its own, is issued by the body that issued the next (not by the centre's code alone, "/TW":
    the Politburo's, the Secretariat's or the Central Committee's)."""
    issued = {r.subject: r.object for r in relations if r.predicate == "issuedBy"}
    ordered = sorted(documents, key=lambda d: d.span.start)
    text = view.article.text
    out: list[RelationMention] = []
    for doc, after in reversed(list(zip(ordered, ordered[1:], strict=False))):
        if doc.key in issued or after.key not in issued \
                or not _LISTED_DOCUMENTS.fullmatch(text, doc.span.end, after.span.start) \
                or not (_codes_in(doc.label) & _codes_in(after.label) or _a_number_listed(text, after)):
            continue
        issued[doc.key] = issued[after.key]
        out.append(RelationMention(doc.key, "issuedBy", issued[after.key], Span(view.sentence.start, view.sentence.end),
                                   ExtractorName.DOCUMENTS, view.sentence.index))
    return out


# "… về chuyển đổi số trong các mỏ và ": what the first document is about, and the next one's "và"
_AND_THE_NEXT: Final = patterns.compile(rf"[^;,:()]{{0,120}}?\s{re.escape(cue('and'))}\s+")
# a verb or a "của" between them: the next document is said to be issued, or carried out, by
# another ("… và Kế hoạch số 41-KH/ĐU của Ban Thường vụ …")
_VERB_OR_ISSUER_OF_ITS_OWN: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('issues')}|{cue_alternatives('implements')}|{re.escape(cue('of'))})\b")


def _issued_in_the_same_list(view: SentenceView, documents: list[Mention],
                             relations: list[RelationMention]) -> list[RelationMention]:
    """ "Đảng ủy X đã ban hành Nghị quyết số 09-NQ/ĐU về chuyển đổi số … và Kế hoạch số 41-KH/ĐU thực
    hiện …": the documents a body is said to issue, listed after the verb each with what it is
    about, are all its (the next one with no issuer of its own, joined by "và")."""
    issued = {r.subject: r.object for r in relations if r.predicate == "issuedBy"}
    ordered = sorted(documents, key=lambda d: d.span.start)
    text = view.article.text
    out: list[RelationMention] = []
    for first, doc in zip(ordered, ordered[1:], strict=False):
        issuer = next((o for o in view.found("Organization") if o.key == issued.get(first.key)
                       and o.span.end <= first.span.start), None)
        if doc.key in issued or issuer is None or doc.extractor == FoundAs.SHORT_DOCUMENT \
                or not _ISSUED_BETWEEN.fullmatch(text, issuer.span.end, first.span.start) \
                or not _AND_THE_NEXT.fullmatch(text, first.span.end, doc.span.start) \
                or _VERB_OR_ISSUER_OF_ITS_OWN.search(text, first.span.end, doc.span.start):
            continue
        issued[doc.key] = issuer.key
        out.append(view.relation(doc, "issuedBy", issuer, ExtractorName.DOCUMENTS))
    return out


def _a_number_listed(text: str, doc: Mention) -> bool:
    """Whether the document is named by its number alone, after another of its kind ("Chỉ thị 03, 05")."""
    return text[doc.span.start:doc.span.end].isdecimal()


def _codes_in(label: str) -> set[str]:
    """The letters of a document's number that are no kind's code ("VKSTC" of "17/HD-VKSTC")."""
    number = label.rsplit(" ", 1)[-1]
    return {c for c in re.split(r"[-/]", number) if c.isalpha() and c not in _KIND_CODES} - _CENTRE_CODES


# "Theo Quyết định số 999, Chủ tịch nước tặng Huân chương ...": the giver acts under the decision
_UNDER: Final = patterns.compile(rf"(?:{cue_alternatives('following', either_initial_case=True)})\s+$")
_GIVES: Final = patterns.compile(rf"\s+(?:{_PAST}\s+)?(?:{cue_alternatives('presents')})\b")


def _giver_under(view: SentenceView, doc: Mention, orgs: list[Mention]) -> Mention | None:
    """ "Theo Quyết định số 999, Chủ tịch nước tặng ...": the body that gives an award under a
    decision, named right after it, issued it."""
    text = view.article.text
    if not doc.label.startswith(cue("decision_document")) \
            or not _UNDER.search(text, view.sentence.start, doc.span.start):
        return None
    after = [o for o in orgs if o.span.start >= doc.span.end]
    giver = min(after, key=lambda o: o.span.start) if after else None
    if giver is None or text[doc.span.end:giver.span.start].strip() != "," or not _GIVES.match(text, giver.span.end):
        return None
    return giver


def _issuer_by_name(view: SentenceView, doc: Mention, orgs: list[Mention]) -> Mention | None:
    """The issuer the document's name gives: a Central Committee plenum, a code ("QĐ-CTN")."""
    if doc.label.startswith(f"{_RESOLUTION} {_CENTRE}"):
        return view.mention_at("Organization", doc.span.start, doc.span.end, CENTRAL_COMMITTEE,
                               FoundAs.DOCUMENT_ISSUER, kind="PartyCommittee")
    congress = _body_whose_congress_adopted(view, doc, orgs)
    if congress is not None:
        return congress
    code = re.search(r"[-/]([A-Za-zĐđ]+)\d*$", doc.label)
    if code and code.group(1) in lexicon().issuer_codes:
        return view.mention_at("Organization", doc.span.start, doc.span.end,
                               lexicon().issuer_codes[code.group(1)], FoundAs.DOCUMENT_ISSUER, kind="StateBody")
    if code and code.group(1) in lexicon().issuer_bodies:
        head = lexicon().issuer_bodies[code.group(1)]
        body = the_one_named((*view.article_mentions, *orgs),
                             lambda m: m.label == head or m.label.startswith(f"{head} "))
        if body is not None:
            return body
    by_kind = _PARTY_CODE.search(doc.label)
    heads = issuers_by_kind().get((by_kind.group(2), by_kind.group(1)), ()) if by_kind else ()
    if heads:
        # "Kế hoạch số 112-KH/TU", its issuer not named: the one standing committee of a province the
        # article names (doers.md item 11)
        starts = tuple(f"{h} " for h in heads)
        body = the_one_named((*view.article_mentions, *orgs), lambda m: m.label.startswith(starts))
        if body is not None:
            return body
    return _issuer_by_initials(view, doc, orgs)


# "112-KH/TU": the kind's code and a party committee's
_PARTY_CODE: Final = patterns.compile(r"-([^\W\d_]+)/([^\W\d_]+)$")


_CONGRESS_RESOLUTION_OF: Final = patterns.compile(
    rf"{re.escape(_RESOLUTION)}\s+{re.escape(_CONGRESS_HEAD)}\s+(?:{re.escape(_DELEGATES)}\s+)?")
# what may follow the body's name in its congress's ("… lần thứ V", "… nhiệm kỳ 2025 - 2030")
_AFTER_A_CONGRESS_S_BODY: Final = patterns.compile(
    rf"(?:,?\s+(?:{_E_NTH}|{re.escape(cue('term'))}|{cue_alternatives('term_of_office')})\b|$)")


def _body_whose_congress_adopted(view: SentenceView, doc: Mention, orgs: list[Mention]) -> Mention | None:
    """ "Nghị quyết Đại hội đại biểu Đảng bộ Trường X lần thứ V": the body whose congress adopted
    it, named whole in the resolution's name and by the article (the longest such)."""
    m = _CONGRESS_RESOLUTION_OF.match(doc.label)
    if m is None:
        return None
    rest = doc.label[m.end():]
    bodies = [o for o in (*view.article_mentions, *orgs) if o.type == "Organization"
              and o.extractor not in (FoundAs.DOCUMENT_ISSUER, FoundAs.NESTED) and rest.startswith(o.label)
              and _AFTER_A_CONGRESS_S_BODY.match(rest, len(o.label))]
    return max(bodies, key=lambda o: len(o.label), default=None)


def _issuer_by_initials(view: SentenceView, doc: Mention, orgs: list[Mention]) -> Mention | None:
    """The body whose initials the number's code spells, where the article names exactly
    one: "2417/QĐ-NHNN" (Ngân hàng Nhà nước), "142/QĐ-CVHHQN" (Cảng vụ Hàng hải Quảng
    Ninh).  The issuer's code is the last one after the kind's ("118/VPCP-KTTH": a unit of
    Văn phòng Chính phủ) that any body spells."""
    number = doc.label.rsplit(" ", 1)[-1]
    kinds = _KIND_CODES
    # two letters spell a committee's kind, not which ("/TU": a Tỉnh ủy, or its standing board)
    codes = [c for c in re.split(r"[-/]", number) if len(c) > 2 and not c.isdigit() and c not in kinds]
    if not codes:
        return None
    bodies = {m.label: m for m in (*view.article_mentions, *orgs)
              if m.type == "Organization" and m.extractor != FoundAs.DOCUMENT_ISSUER}
    spelt = {label: {_initials(name) for name in (label, *m.aliases)} | {_without_country(label) or ""}
             for label, m in bodies.items()}
    for code in reversed(codes):
        key = _unaccented(code)
        named = [b for b, names in spelt.items() if key in names]
        if len(named) == 1:
            return bodies[named[0]]
        if named:
            return None
    return None


_KIND_CODES: Final = frozenset(c for _, codes in lexicon().document_kinds.values() for c in codes)


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word.upper()) if not unicodedata.combining(ch))


def _initials(label: str) -> str:
    """A body's initials as a code writes them ("Ủy ban Kiểm tra Trung ương": UBKTTW)."""
    words = label.replace(_CENTRE, _CENTRE_CODE).split()
    return _unaccented("".join(w if w == _CENTRE_CODE else w[0] for w in words
                               if w not in _NOT_SPELT and w[0].isalnum()))


def _without_country(label: str) -> str | None:
    country = f" {cue('country')}"
    return _initials(label[:-len(country)]) if label.endswith(country) else None


_CENTRE_CODE: Final = cues("centre_short")[-1]
_CENTRE_CODES: Final = frozenset(cues("centre_short"))
_NOT_SPELT: Final = frozenset(cues("not_spelt_in_a_code"))
