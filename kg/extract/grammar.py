"""A small grammar of the genre's names: organisations, posts and people.

Each parser reads tokens from a position and returns what it recognised and where
it ends, or None.  The heads it knows come from the data files (``lexicon``); the
grammar only says how heads, levels, place names and proper names combine:

    ORG   := HEAD                                   (Bộ Chính trị)
           | COMMITTEE [NAME]                       (Tỉnh ủy [Bắc Ninh])
           | HEAD ["(" ABBR ")"] LEVEL [NAME]       (UBND tỉnh [Hà Tĩnh])
           | BOARD ORG                              (Ban Tuyên giáo + Tỉnh ủy X)
           | HEAD PROPER-NAME [LEVEL NAME]          (Sở Nội vụ [tỉnh Nghệ An])
    POST  := ["nguyên"] ["Phó"] TITLE ["Thường trực"] ORG
    NAME  := FAMILY GIVEN{1,3}
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Final, TypeVar

from kg.extract import patterns
from kg.extract.context import (
    ArticleContext,
    a_clause_capitalised_at,
    a_holder_s_short_name,
    a_woman_s_name_at,
    holder_named_before,
    inside_a_name_holding_a_province,
    is_name_word,
    level_at,
    person_run_length,
    place_name_run,
    place_text,
    plausible_place,
    province_end,
    rank_at,
    starts_a_day,
)
from kg.extract.lexicon import (
    CENTRAL_COMMITTEE,
    OrgHead,
    RoleHead,
    bare_kinds,
    committee_label,
    committees,
    cue,
    cue_alternatives,
    cues,
    expand_abbreviations,
    fold,
    in_a_body_name,
    initials,
    joined_fields,
    lexicon,
    name_compounds,
    name_words,
    surface_words,
    word_pairs_after_names,
    words_after_names,
)
from kg.extract.tokens import DASHES, Token, Tokens, in_capitals, keys, spells_a_syllable

NAME_STOPS: Final = frozenset(fold(w) for w in cues("ends_a_proper_name"))
_AFTER_A_NAME: Final = words_after_names()  # derived from the gold: what a sentence goes on with
_PAIRS_AFTER_A_NAME: Final = word_pairs_after_names()  # and the two-syllable words it goes on with
_OCCASIONS_AFTER_A_NAME: Final = frozenset(surface_words(w) for w in cues("occasions_after_a_name"))
_OPENS_A_TIME: Final = frozenset(fold(w) for w in cues("opens_a_time"))
_PERIODS: Final = frozenset(fold(w) for w in cues("periods_of_time"))
_LOCALITY: Final = frozenset(fold(w) for w in cues("localities"))
_TERM_WORDS: Final = frozenset(cues("term_of_office"))
_ALL_LEVELS: Final = surface_words(cue("every_level"))
# the words of the genre this grammar keys on, named in cues.tsv
_PROVINCE: Final = cue("province_level")
_CITY: Final = cue("city_level")
_CENTRE: Final = cue("centre")
_CENTRE_WORDS: Final = surface_words(_CENTRE)
_CENTRE_SHORT: Final = cues("centre_short")
_BLOC: Final = cue("bloc")
_BLOC_KEY: Final = fold(_BLOC)
_COUNTRY: Final = cue("country")
_COUNTRY_WORDS: Final = surface_words(_COUNTRY)
_COUNTRY_SHORT: Final = cue("country_abbreviated")
_ELECTORAL_UNIT: Final = surface_words(cue("electoral_unit"))
_AND = fold(cue("and"))
_EXECUTIVE_COMMITTEE: Final = cue("executive_committee")
_PARTY_ORGANISATION: Final = cue("party_organisation")
_PARTY_ORGANISATION_WORDS: Final = surface_words(_PARTY_ORGANISATION)
_PARTY_COMMITTEE: Final = cue("party_committee")
_PARTY_COMMITTEE_WORDS: Final = surface_words(_PARTY_COMMITTEE)
_PARTY_CELL: Final = cue("party_cell")
_OF_A_LOCALITY: Final = cues("bodies_of_a_locality")
_NAMED_WITH_THEIR_PLACE: Final = cues("committees_named_with_their_place")
_NAMED_BACK_ALONE: Final = cues("short_forms_named_back")
_BOARDS_ALSO_OF_A_PLACE: Final = cues("boards_also_of_a_place")
_STANDING_BOARD: Final = cue("standing_board")
_DIRECTORS_BOARDS: Final = frozenset(cues("directors_boards"))
_FULL_NAME_AT_A_LEVEL: Final = dict(c.split("=", 1) for c in cues("short_names_at_a_level"))
_CELL_COMMITTEES: Final = frozenset(cues("cell_committees"))
_DEPARTMENT: Final = cue("department")
_FORMER: Final = cue("former")
_ACTING: Final = cue("acting")
_DEPUTY: Final = cue("deputy")
_STANDING: Final = cue("standing")
_FORMER_KEY: Final = fold(_FORMER)
# "nguyên" and the words read as it ("cựu")
FORMER_KEYS: Final = frozenset((_FORMER_KEY, *(fold(w) for w in cues("former_also"))))
_ACTING_KEY: Final = fold(_ACTING)
_NEWLY_KEY: Final = fold(cue("newly"))
_DEPUTY_KEY: Final = fold(_DEPUTY)
_STANDING_WORDS: Final = surface_words(_STANDING)
_IN_CHARGE: Final = cue("in_charge")
_IN_CHARGE_WORDS: Final = surface_words(_IN_CHARGE)
_POST_QUALIFIERS: Final = tuple(sorted((surface_words(q) for q in cues("post_qualifiers")), key=len, reverse=True))
_SECRETARY: Final = cue("secretary")
_CONCURRENTLY: Final = fold(cue("concurrently"))
_OFFICE: Final = cue("office")
_UNITS_OFFICE: Final = cue("units_office")
_MILITARY_REGION: Final = cue("military_region")
_NAMED_AFTER_ANOTHER: Final = cues("bodies_named_after_another")
_BODIES_OF_A_PLACE: Final = cues("bodies_of_a_place") + cues("more_bodies_of_a_place")
_NATIONAL_BY_SECTOR: Final = cues("national_by_sector")
_EXECUTIVE_COMMITTEE_OF_PARTY_ORGANISATION: Final = cue("executive_committee_of_party_organisation")
# "Ban Chấp hành (Trung ương) Hội ...": a mass organisation's executive committee, before its name
_EXECUTIVE_COMMITTEE_OF_MASS_ORGANISATION: Final = patterns.compile(
    rf"^{re.escape(_EXECUTIVE_COMMITTEE)} (?:{re.escape(_CENTRE)} )?"
    rf"(?=(?:{cue_alternatives('mass_organisation_first_words')}) |{re.escape(cue('trade_union'))})")


# The matches below are never changed once made (dataclasses.replace makes another), and
# hash and compare as frozen dataclasses do (unsafe_hash), but are not declared frozen: a
# frozen dataclass's __init__ is Python that sets each field through object.__setattr__,
# where compiled code runs the __init__ written in the class (16,000 instructions an
# OrgMatch against about 300; some thousands are made in an article).
@dataclass(unsafe_hash=True)
class OrgMatch:
    start: int            # first token
    end: int              # one past the last token
    label: str
    kind: str
    head: str             # canonical head ("Tỉnh ủy", "Ban Tuyên giáo")
    parent: OrgMatch | None = None       # the body a board belongs to, named inside it
    level: str | None = None             # place level ("tỉnh") where the name has one
    place: str | None = None             # place name where the name has one
    completed: bool = False              # the place came from the article, not the text
    part_of_parent: bool = True          # False: named after the parent, not part of it
    aliases: tuple[str, ...] = ()        # other full names ("Chi bộ ấp An Thái" for "…, xã An Cư")

    def __init__(self, start: int, end: int, label: str, kind: str, head: str, parent: OrgMatch | None = None,
                 level: str | None = None, place: str | None = None, completed: bool = False,
                 part_of_parent: bool = True, aliases: tuple[str, ...] = ()) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.kind = kind
        self.head = head
        self.parent = parent
        self.level = level
        self.place = place
        self.completed = completed
        self.part_of_parent = part_of_parent
        self.aliases = aliases

    def with_label(self, label: str) -> OrgMatch:
        """The same match with another label: ``dataclasses.replace``, which compiled code runs
        as Python that looks the fields up and passes them by name (4.6 µs against 0.3 here;
        tests/test_extract.py checks that every field is copied)."""
        return OrgMatch(self.start, self.end, label, self.kind, self.head, self.parent, self.level, self.place,
                        self.completed, self.part_of_parent, self.aliases)

    def placed(self, label: str, place: str, parent: OrgMatch | None) -> OrgMatch:
        """The same match named ``label`` in ``place``, which the text gives (not completed),
        part of ``parent`` (as with_label)."""
        return OrgMatch(self.start, self.end, label, self.kind, self.head, parent, self.level, place,
                        False, self.part_of_parent, self.aliases)


@dataclass(unsafe_hash=True)  # never changed once made: see OrgMatch
class PostMatch:
    start: int
    end: int
    role: str
    org: OrgMatch
    # the body was left unfinished and a later post of the chain finished it: it outranks
    # what the article's context made of the bare body ("Bí thư Đảng ủy, Chánh án TAND tỉnh X")
    finished_later: bool = False
    # the body is named elsewhere (another sentence, the article): its mention here sits on
    # the bare title, which is no name of it
    borrowed: bool = False

    def __init__(self, start: int, end: int, role: str, org: OrgMatch, finished_later: bool = False,
                 borrowed: bool = False) -> None:
        self.start = start
        self.end = end
        self.role = role
        self.org = org
        self.finished_later = finished_later
        self.borrowed = borrowed

    def with_org(self, org: OrgMatch) -> PostMatch:
        """The same post of another body (as OrgMatch.with_label)."""
        return PostMatch(self.start, self.end, self.role, org, self.finished_later, self.borrowed)


UNCLE_HO: Final = cue("uncle_ho")
# what an unfinished title's body is marked by when it is the body above the next post's
_ABOVE: Final = "above"
# bodies whose head's title after a bare one and a comma is of the same body when there is none
# above it ("Phó Chủ tịch, Tổng Thư ký Hội X", "Phó Tư lệnh, Tham mưu trưởng Quân khu Y"; not
# "Giám đốc, Bí thư Đảng ủy Bệnh viện X")
_BODIES_TITLES_SHARE: Final = frozenset(("MassOrganization", "Military"))
# a minister's rank before the title of a ministry-level body's head ("Bộ trưởng, Chủ nhiệm Văn phòng
# Chính phủ", "Thứ trưởng, Phó Chủ nhiệm UBDT"): a rank held in that body, not in the one above it
_RANKS_HELD_IN_THE_BODY: Final = frozenset(cues("ministers_ranks"))


def text_of(tokens: list[Token], start: int, end: int) -> str:
    out = ""
    for k in range(start, min(end, len(tokens))):  # (a phrase asked for past the sentence's end is cut there)
        if k > start and tokens[k].start > tokens[k - 1].end:
            out += " "
        out += tokens[k].text
    return out


def _match_words(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    # a slice past the end is shorter than the words, so never equal to them
    return keys(tokens, i, i + len(words)) == words


_HEADS_IN_CAPITALS_ONLY: Final = frozenset(fold(w) for w in cues("heads_in_capitals_only"))
_ALSO_GIVEN_NAMES: Final = frozenset(fold(w) for w in cues("heads_also_given_names"))
_FIELDS_OPENED_AS_HEADS: Final = frozenset(surface_words(w) for w in cues("fields_opened_as_heads"))
_HEADS_OF_A_FIELD: Final = tuple(surface_words(w) for w in cues("heads_named_by_a_field"))


def org_head_at(tokens: list[Token], i: int, *, any_case: bool = False) -> OrgHead | None:
    if i >= len(tokens) or not (tokens[i].is_cap or any_case) or tokens[i].key not in lexicon().org_index:
        return None  # (most words begin no head: the index's keys tell)
    if tokens[i].key in _ALSO_GIVEN_NAMES and tokens[i].is_cap and i > 0 and tokens[i - 1].is_cap \
            and tokens[i - 1].is_word:
        return None  # "Nguyễn Khoa Điềm", "Hồ Đăng Khoa": a person's name, no "Khoa" (department)
    if tokens[i].key in _HEADS_IN_CAPITALS_ONLY and not tokens[i].text.isupper():
        return None  # "Phạm Văn Ca": a syllable of a name, not "CA" (Công an)
    if i + 1 < len(tokens) and keys(tokens, i, i + 2) in _FIELDS_OPENED_AS_HEADS \
            and not any(keys(tokens, i - len(h), i) == h for h in _HEADS_OF_A_FIELD):
        # "Cảnh sát Phòng cháy chữa cháy", "Phòng thủ dân sự": a field, no office (but "Ban Chỉ huy phòng chống
        # thiên tai …", read with the office's name)
        return None
    if not isinstance(tokens, Tokens):
        return _head_at(tokens, i, _ORG_HEADS, None)
    read = tokens.org_heads
    if i in read:  # asked again by every extractor
        known: OrgHead | None = read[i]
        return known
    return _head_at(tokens, i, _ORG_HEADS, read)


_Head = TypeVar("_Head", OrgHead, RoleHead)
# A first word's heads: the numbers of words they come in, most first, and each head by its
# words (the first of the index's heads with those words)
_HeadsByWords = dict[str, tuple[tuple[int, ...], dict[tuple[str, ...], _Head]]]


def _by_words(index: dict[str, tuple[_Head, ...]]) -> _HeadsByWords[_Head]:
    """The heads of an index by first word (``Lexicon.org_index``, longest first), each
    looked up by its words: "Ban" begins some 80 heads in a few lengths."""
    by_first: _HeadsByWords[_Head] = {}
    for first, heads in index.items():
        by_words: dict[tuple[str, ...], _Head] = {}
        for head in heads:
            by_words.setdefault(head.words, head)
        by_first[first] = (tuple(sorted({len(words) for words in by_words}, reverse=True)), by_words)
    return by_first


_ORG_HEADS: Final[_HeadsByWords[OrgHead]] = _by_words(lexicon().org_index)
_ROLE_HEADS: Final[_HeadsByWords[RoleHead]] = _by_words(lexicon().role_index)


def _head_at(tokens: list[Token], i: int, heads_at: _HeadsByWords[_Head],
             read: dict[int, Any] | None) -> _Head | None:
    """The longest head of those token i's word begins (``heads_at``) that is written at
    token i; kept in ``read`` (the sentence's, by token) once found."""
    if read is not None and i in read:
        known: _Head | None = read[i]
        return known
    found = None
    heads = heads_at.get(tokens[i].key)  # most words begin none
    if heads is not None:
        # the words from i on, as many as the longest head's, read once: each length looks up
        # a slice of them (a slice past the sentence's end is shorter, found at its own length)
        lengths, by_words = heads
        here = keys(tokens, i, i + lengths[0])
        for size in lengths:
            found = by_words.get(here[:size]) if size <= len(here) else None
            if found is not None:
                break
    if read is not None:
        read[i] = found
    return found


def skip_parenthesis(tokens: list[Token], j: int, *, words: int = 1) -> int:
    """Skip up to ``words`` tokens in parentheses at j: an abbreviation ("Ủy ban nhân dân
    (UBND) tỉnh"), or with more words an aside ("ông Lê Văn A (54 tuổi), Giám đốc ...")."""
    if j < len(tokens) and tokens[j].text == "(":
        for k in range(j + 2, min(j + 2 + words, len(tokens))):
            if tokens[k].text == ")":
                return k + 1
    return j


def skip_term(tokens: list[Token], j: int) -> int:
    """Skip "khóa XII" after a central body: the body is the same across terms (and several of them: "khóa XII,
    XIII", "khóa XI, XII và XIII")."""
    if j + 1 < len(tokens) and tokens[j].key in _TERM_WORDS and (tokens[j + 1].is_cap or tokens[j + 1].text.isdigit()):
        j += 2
        while j + 1 < len(tokens) and (tokens[j].text == "," or tokens[j].key == _AND) \
                and (frozenset(tokens[j + 1].text) <= _ROMAN or tokens[j + 1].text.isdigit()):
            j += 2  # ("khoá 9, 10, 11, 12": terms numbered in figures)
    return j



def parse_org(
    tokens: list[Token], i: int, ctx: ArticleContext, *, after_title: bool = False,
    any_case: bool = False,
) -> OrgMatch | None:
    """An organisation's name starting at token i, read by what its head says follows it
    (organizations.tsv): nothing, a place, a level and place, a parent body, a name."""
    head = org_head_at(tokens, i, any_case=any_case)
    if i < len(tokens) and tokens[i].key in _JOINED_FIELDS_FIRST and tokens[i].is_cap:
        joined = _board_named_by_joined_fields(tokens, i, head, ctx, after_title)
        if joined is not None:
            return joined
    if head is None:
        return _without_a_head(tokens, i, ctx, after_title)
    named_short = short_form_at(tokens, i, ctx)  # "Công đoàn NHVN", given in brackets before
    if named_short is not None:
        return named_short
    j = skip_parenthesis(tokens, i + len(head.words))
    school = _school_written_small(tokens, i, j, head, ctx)
    if school is not None:
        return school
    full_name = _FULL_NAME_AT_A_LEVEL.get(head.canonical)
    if full_name is not None and level_at(tokens, j) is not None:
        # "Hội Phụ nữ xã Chiềng En": the women's union of that level, by its short name
        head = dataclasses.replace(head, canonical=full_name, attach="level")
    if head.attach == "fixed":
        foreign = _of_a_foreign_party_or_country(tokens, j)
        if foreign > j:
            # "Quốc hội Cuba", "Bộ Chính trị Đảng Cộng sản Cuba": that country's body, not Việt Nam's
            return OrgMatch(i, foreign, f"{head.canonical} {text_of(tokens, j, foreign)}", head.kind, head.canonical)
        return _regional_branch(tokens, i, j, head, ctx) \
            or OrgMatch(i, skip_term(tokens, j), head.canonical, head.kind, head.canonical)
    if head.attach == "committee":
        return _committee(tokens, i, j, head, ctx, after_title)
    if head.attach == "level":
        if skip_term(tokens, j) > j and level_at(tokens, skip_term(tokens, j)) is not None:
            j = skip_term(tokens, j)  # "Đoàn ĐBQH khóa XIV tỉnh X": the term before the place, the same body
        if head.canonical in _FIELDS_AS_LOCAL_OFFICES and _match_words(tokens, j, _COUNTRY_WORDS):
            return None  # "ngành Thuế Việt Nam": the sector, whose national body has its own name ("Cục Thuế")
        national = _the_national_youth_union(tokens, i, head)
        if national is not None or _in_short(head):
            return national  # "Đoàn TNCS Hồ Chí Minh huyện X": the annotators' "Huyện đoàn X", not read here
        return _org_of_a_level(tokens, i, j, head, ctx, after_title)
    if head.attach == "party-group":
        return _party_group(tokens, i, j, head, ctx, after_title)
    if head.attach == "parent" and _match_words(tokens, j, _ALL_LEVELS) and not _match_words(tokens, j + 2, ("trong",)):
        return _at_every_level(tokens, i, j, head, ctx)
    if head.attach == "parent":
        return _board(tokens, i, j, head, ctx, after_title, any_case=any_case)
    if head.attach == "described":
        # (where no name follows, as a body named by its head: "Chủ tịch HĐQT Công ty phát biểu", named back)
        return _described(tokens, i, j, head, ctx, after_title) or _org_with_name(tokens, i, j, head, ctx, after_title)
    if head.attach == "purpose":
        return _named_by_its_purpose(tokens, i, j, head, ctx, after_title)
    title = role_head_at(tokens, i)
    if title is not None and len(title.words) > len(head.words) \
            or keys(tokens, i, i + 2) in _DOCUMENT_KINDS_OF_TWO_WORDS:
        # "nguyên Bộ Trưởng, Chủ nhiệm …", "Bộ Luật tố tụng hình sự": a title or a document's kind written with
        # capitals, no ministry "Trưởng" or "Luật"
        return None
    return _org_with_name(tokens, i, j, head, ctx, after_title)


_DOCUMENT_KINDS_OF_TWO_WORDS: Final = frozenset(tuple(fold(kind).split()) for kind in lexicon().document_kinds
                                                if len(kind.split()) == 2)


def _party_group(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                 after_title: bool) -> OrgMatch | None:
    """ "Đảng đoàn HĐND tỉnh", "Ban cán sự đảng UBND tỉnh": the party's group inside a state body, which
    answers to the party committee of its level, not to the body."""
    body = parse_org(tokens, j, ctx, after_title=after_title)
    if body is None and level_at(tokens, j):
        # "Ban cán sự Đảng tỉnh Lai Châu" (before 1951): the party's group of a place
        by_place = _org_with_level(tokens, i, j, head, ctx, after_title)
        return by_place if by_place is not None and by_place.place and not by_place.completed else None
    body = body or _national_body_named_with_its_country(tokens, j) or _body_its_leaders_name(tokens, j, ctx)
    if body is None or body.kind not in ("StateBody", "MassOrganization"):
        return None
    # (named by its kind alone, before its body's leaders: "Ban cán sự đảng, lãnh đạo Bộ Y tế", the name ends at j)
    return OrgMatch(i, body.end if body.start == j else j, f"{head.canonical} {body.label}", head.kind,
                    head.canonical, parent=body, level=body.level, place=body.place, part_of_parent=False)


_PARTY_KINDS: Final = ("PartyOrganization", "PartyCommittee")


def _school_written_small(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """ "Chi bộ trường Tiểu học Tân Mai", "Đảng bộ trường Đại học Y Dược X": a party organisation of
    a school whose kind the text writes small before its capitalised name; the school's, as written
    with a capital ("Chi bộ Trường Tiểu học Tân Mai"), not the school named last.  So too a school's
    council: "Hội đồng trường trường ĐH X", "Hội đồng trường ĐH X" (the school's kind said once)."""
    if head.canonical == _SCHOOL_COUNCIL and j < len(tokens) and tokens[j].is_cap and tokens[j].key != SCHOOL_KEY:
        j -= 1  # "Hội đồng trường ĐH Mở Hà Nội": the council's "trường" is the school's too
    elif head.kind not in _PARTY_KINDS and head.canonical != _SCHOOL_COUNCIL:
        return None
    if j + 1 >= len(tokens) or tokens[j].key != SCHOOL_KEY or tokens[j].is_cap or not tokens[j + 1].is_cap:
        return None
    school = parse_org(tokens, j, ctx, any_case=True)
    if school is None or school.kind != "School" or school.start != j:
        return None
    return OrgMatch(i, school.end, f"{head.canonical} {school.label}", head.kind, head.canonical, parent=school,
                    level=school.level, place=school.place, part_of_parent=head.canonical == _SCHOOL_COUNCIL)


def _org_of_a_level(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                    after_title: bool) -> OrgMatch | None:
    """A body whose head a level and place follow (organizations.tsv "level"), or what stands for them:
    its sector's or agency's name, the unit it is part of, a numbered region."""
    return _national_union_of_a_sector(tokens, i, j, head, ctx) \
        or _inspectorate_of_a_body(tokens, i, j, head, ctx) \
        or _body_of_the_unit(tokens, i, j, head, ctx) \
        or _body_of_the_unit_named_bare(tokens, i, j, head, ctx) \
        or _body_of_an_agency(tokens, i, j, head, ctx) \
        or _of_a_numbered_region(tokens, i, j, head) or _numbered_at_a_level(tokens, i, j, head, ctx, after_title) \
        or _org_with_level(tokens, i, j, head, ctx, after_title)


_LEADERS_OF: Final = surface_words(cue("leaders_of"))


def _body_its_leaders_name(tokens: list[Token], j: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "cảm ơn sự tin tưởng của Ban cán sự đảng, lãnh đạo Bộ Y tế", "… của Đảng đoàn, lãnh đạo Viện Hàn
    lâm": the party group named by its kind alone, then the leaders of the body it is inside."""
    k = j + 1 + len(_LEADERS_OF)
    if j >= len(tokens) or tokens[j].text != "," or not _match_words(tokens, j + 1, _LEADERS_OF) \
            or k >= len(tokens) or not tokens[k].is_cap:
        return None
    return parse_org(tokens, k, ctx, after_title=True)


_SCHOOL: Final = cue("school")
_SCHOOL_COUNCIL: Final = cue("school_council")
SCHOOL_KEY: Final = fold(_SCHOOL)  # (organizations.py looks for it where no head begins)
_LONGEST_FIELD_OF_A_SCHOOL: Final = 5  # words: "Trường Cán bộ Thanh tra Việt Nam"


def school_of_the_country(tokens: list[Token], i: int) -> OrgMatch | None:
    """ "Trường Hải quan Việt Nam tổ chức mít tinh": a national school named by its field and the
    country, with no kind of school after its head (no person's name: "Nguyễn Xuân Trường")."""
    if i >= len(tokens) or tokens[i].key != SCHOOL_KEY or not tokens[i].is_cap \
            or i > 0 and tokens[i - 1].is_word and tokens[i - 1].is_cap:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= _LONGEST_FIELD_OF_A_SCHOOL and tokens[k].is_word \
            and (tokens[k].is_cap or tokens[k].key not in NAME_STOPS) and not _match_words(tokens, k, _COUNTRY_WORDS):
        k += 1
    if k == i + 1 or not tokens[i + 1].is_cap or not _match_words(tokens, k, _COUNTRY_WORDS):
        return None
    end = k + len(_COUNTRY_WORDS)
    return OrgMatch(i, end, text_of(tokens, i, end), "School", _SCHOOL)


def short_form_at(tokens: list[Token], i: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Chủ tịch HĐTV EVNNPT", "Phó Tổng Giám đốc PV Power": the body whose short form, given in
    brackets after its name (``learn_short_form``), stands at token i."""
    if not ctx.short_forms or i >= len(tokens) or tokens[i].text not in ctx.short_forms:
        return None
    words, label, kind, head = ctx.short_forms[tokens[i].text]
    if tuple(t.text for t in tokens[i:i + len(words)]) != words:
        return None
    return OrgMatch(i, i + len(words), label, kind, head)


_LONGEST_SHORT_FORM: Final = 2  # words: "PV Power"


def learn_short_form(tokens: list[Token], k: int, org: OrgMatch, ctx: ArticleContext) -> None:
    """Remember the short form in brackets at token k after a body's name ("Tổng công ty Hàng hải Việt
    Nam (VIMC)", "... - CTCP (PV Power)"): a word of two capitals or more, and a capitalised word
    after it at most; not a head's abbreviation ("(UBND)"), which names no one body.  A central
    body's name is read with its brackets ("Thông tấn xã Việt Nam (TTXVN)"): they end it, before k."""
    if 0 < k <= len(tokens) and tokens[k - 1].text == ")":
        k = next((m for m in range(k - 3, max(k - 3 - _LONGEST_SHORT_FORM, -1), -1) if tokens[m].text == "("), k)
    if k >= len(tokens) or tokens[k].text != "(":
        return
    close = next((m for m in range(k + 2, min(k + 2 + _LONGEST_SHORT_FORM, len(tokens))) if tokens[m].text == ")"),
                 None)
    if close is None:
        return
    words = tuple(t.text for t in tokens[k + 1:close])
    first = words[0]
    if sum(c.isupper() for c in first) < 2 or not first.isalnum() or not all(w[:1].isupper() for w in words) \
            or org_head_at(tokens, k + 1) is not None or first in lexicon().abbreviations:
        return
    ctx.short_forms.setdefault(first, (words, org.label, org.kind, org.head))


def _regional_branch(tokens: list[Token], i: int, j: int, head: OrgHead,
                     ctx: ArticleContext) -> OrgMatch | None:
    """ "NHNN Khu vực 4": a national state body's branch for a numbered region; "Ngân hàng Nhà nước
    chi nhánh tỉnh X", "Ngân hàng Chính sách xã hội huyện Y": a bank's branch in a place."""
    name = head.canonical.removesuffix(f" {_COUNTRY}")
    region = _numbered_region_end(tokens, j) if head.kind == "StateBody" else j
    if region > j:
        return OrgMatch(i, region, f"{name} {text_of(tokens, j, region)}", head.kind, head.canonical)
    if head.canonical not in _WITH_BRANCHES:
        return None
    branch = _match_words(tokens, j, _BRANCH_WORDS)
    found = level_at(tokens, j + len(_BRANCH_WORDS) if branch else j)
    end = place_name_run(tokens, found[1]) if found is not None else j
    if found is None:
        return None
    written = f"{_BRANCH} {found[0]}" if branch else found[0]
    if end <= found[1]:
        # "vay vốn Ngân hàng Chính sách xã hội huyện qua tổ tiết kiệm": the branch of the level
        # the article is about, its place named elsewhere in the article
        place = ctx.place_for(found[0], tokens[i].start)
        if place is None:
            return None
        # ("… Chi nhánh tỉnh Hưng Yên (NHNN tỉnh)": the branch named just before, its short form)
        named = ctx.recent_org(head.canonical, tokens[i].start)
        label = named if named is not None and named.endswith(f" {found[0]} {place}") \
            else f"{name} {written} {place}"
        return OrgMatch(i, found[1], label, head.kind, head.canonical, level=found[0], place=place, completed=True)
    place = place_text(tokens, found[1], end)
    return OrgMatch(i, end, f"{name} {written} {place}", head.kind, head.canonical, level=found[0], place=place)


_WITH_BRANCHES: Final = frozenset(cues("bodies_with_branches_in_places"))
_BRANCH: Final = cue("branch").lower()
_BRANCH_WORDS: Final = surface_words(_BRANCH)


def _national_body_named_with_its_country(tokens: list[Token], j: int) -> OrgMatch | None:
    """ "Đảng đoàn MTTQ Việt Nam": a body of every level whose name, written with the country
    and no level after, is the national one ("Mặt trận Tổ quốc Việt Nam")."""
    head = org_head_at(tokens, j)
    end = j + len(head.words) if head is not None else j
    if head is None or head.attach != "level" or head.words[-len(_COUNTRY_WORDS):] != _COUNTRY_WORDS \
            or level_at(tokens, end) is not None:
        return None
    return OrgMatch(j, end, expand_abbreviations(text_of(tokens, j, end)), head.kind, head.canonical)


def _committee(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
               after_title: bool) -> OrgMatch | None:
    """ "Tỉnh ủy Hà Tĩnh", or "Tỉnh ủy" completed with the article's province."""
    level = head.level or ""
    written_level = level_at(tokens, j)
    if written_level and written_level[0] == level:
        j = written_level[1]  # "Thành ủy TP Hồ Chí Minh": the level said twice
    end = place_name_run(tokens, j, after_title=after_title)
    if end > j and not plausible_place(level, place_text(tokens, j, end)) \
            and not (after_title and plausible_place(level, place_text(tokens, j, end), holder_named=True)
                     and holder_named_before(tokens, j)):
        end = j  # "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Văn Trọng": the holder, not a province
    if end > j and after_title and a_holder_s_short_name(tokens, level, j, end):
        end = j  # "Bí thư Thành ủy Trần Thọ, Chủ tịch HĐND thành phố": the holder, his next post after him
    if end > j:
        name = place_text(tokens, j, end)
        return OrgMatch(i, end, committee_label(head.canonical, name), head.kind, head.canonical,
                        level=level, place=name)
    if head.canonical in _NAMED_WITH_THEIR_PLACE and _a_kind_counted_or_listed(tokens, i, j):
        return None  # "18 Đoàn xã, thị trấn": the kind of unit, counted
    place = ctx.place_for(level, tokens[i].start)
    if place is None:
        return OrgMatch(i, j, head.canonical, head.kind, head.canonical, level=level)
    full = ctx.recent_org(_YOUTH_UNION, tokens[i].start) if head.canonical in _NAMED_WITH_THEIR_PLACE else None
    if full is not None and full.endswith(f" {level} {place}"):
        # "Đoàn Thanh niên xã X … Đoàn xã": the union the article named in full, named back
        return OrgMatch(i, j, full, head.kind, head.canonical, level=level, place=place, completed=True)
    return OrgMatch(i, j, committee_label(head.canonical, place), head.kind, head.canonical,
                    level=level, place=place, completed=True)


_COUNTING_WORDS: Final = frozenset(fold(w) for w in cues("count_a_kind"))
_YOUTH_UNION: Final = cue("youth_union")
_SCHOOL_S_YOUTH_UNION: Final = cue("school_s_youth_union")
_LEVELS_JOINED_BY: Final = frozenset((",", "/", fold(cue("and"))))


def _a_kind_counted_or_listed(tokens: list[Token], i: int, j: int) -> bool:
    """ "18 Đoàn xã", "các Đoàn xã", "Đoàn xã, thị trấn": the kind of unit, not the article's
    commune's ("Bí thư Đoàn xã": the union of the commune the article is about)."""
    counted = i > 0 and (tokens[i - 1].text.isdigit() or tokens[i - 1].key in _COUNTING_WORDS)
    listed = j + 1 < len(tokens) and tokens[j].key in _LEVELS_JOINED_BY and level_at(tokens, j + 1) is not None
    return counted or listed


def _at_every_level(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """ "UBKT các cấp": the boards at every level of the article's province, led by the
    province's own."""
    province = ctx.place_for(_PROVINCE, tokens[i].start)
    if province is None:
        return None
    committee = lexicon().level(_PROVINCE)
    label = f"{head.canonical} {committee.committee if committee else cue('province_committee')} {province}"
    return OrgMatch(i, j + 2, label, head.kind, head.canonical, level=_PROVINCE, place=province,
                    completed=True)


def _board(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
           after_title: bool, *, any_case: bool = False) -> OrgMatch | None:
    """A board of another body, named after it ("Ban Tuyên giáo Tỉnh ủy X")."""
    central_end = _centre_end(tokens, j)
    at_centre = org_head_at(tokens, j) if central_end > j else None
    if at_centre is not None and at_centre.attach == "name" and len(at_centre.words) > len(_CENTRE_WORDS):
        central_end = j  # "Ban Thường vụ Trung ương Hội Nông dân Việt Nam": the association's centre's board
    if at_centre is not None and at_centre.attach == "fixed" and at_centre.kind == "MassOrganization" \
            and len(at_centre.words) > len(_CENTRE_WORDS):
        # "Ban Tổ chức Trung ương Đoàn": a board of the youth union's centre, named as the text names it
        centre = parse_org(tokens, j, ctx)
        if centre is not None:
            return OrgMatch(i, centre.end, f"{head.canonical} {text_of(tokens, j, centre.end)}", head.kind,
                            head.canonical, parent=centre)
    if central_end > j:
        # "Ban Tổ chức Trung ương": the Central Committee is part of the board's name, not
        # named as a body of its own (annotators link the two only one time in five)
        return OrgMatch(i, central_end, f"{head.canonical} {_CENTRE}", head.kind, head.canonical)
    named_with_its_unit = _council_named_with_its_unit(tokens, i, j, head, ctx) if head.kind == "Unit" else None
    if named_with_its_unit is not None:
        return named_with_its_unit
    shared = _office_of_two_bodies(tokens, i, j, head, ctx) if head.canonical == _UNITS_OFFICE else None
    if shared is not None:
        return shared
    # "ủy viên ban thường vụ huyện ủy": a chain written in lower case stays in lower case
    parent = _association_by_its_level(tokens, j, ctx) \
        or parse_org(tokens, j, ctx, after_title=after_title, any_case=any_case and not tokens[i].is_cap)
    if parent is not None and head.canonical == _EXECUTIVE_COMMITTEE:
        executive = _executive_committee(i, parent)
        if executive is not None:
            return executive
    if parent is None:
        return _board_without_its_body(tokens, i, j, head, ctx, after_title)
    if parent.kind not in ("PartyCommittee", "MassOrganization", "StateBody", "PartyOrganization") \
            and not ((head.kind == "Unit" or head.canonical == _UNITS_OFFICE) and parent.kind in _UNITS_WITH_BOARDS):
        return None  # "HĐQT Tổng công ty X", "Văn phòng Tập đoàn Y" (not "Ban Chỉ huy" of any unit)
    return OrgMatch(i, parent.end, f"{head.canonical} {parent.label}", head.kind,
                    head.canonical, parent=parent, level=parent.level, place=parent.place)


def _office_of_two_bodies(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """One office serving two bodies of a level, the level named once after both ("Văn phòng HĐND
    và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh X"): one body, completed with the place as the
    second body is; under neither (the text names no one parent)."""
    first = org_head_at(tokens, j)
    k = j + len(first.words) if first is not None else j
    if first is None or first.attach != "level" or k >= len(tokens) or tokens[k].key != _AND:
        return None
    second = parse_org(tokens, k + 1, ctx)
    if second is None or second.level is None or org_head_at(tokens, k + 1) is None \
            or not second.label.startswith(second.head + " "):
        return None
    return OrgMatch(i, second.end, f"{head.canonical} {first.canonical} {cue('and')} {second.label}", head.kind,
                    head.canonical, level=second.level, place=second.place, completed=second.completed)


_UNITS_WITH_BOARDS: Final = ("Enterprise", "School", "Unit", "Police")  # "Ban Giám đốc Bệnh viện X"
_JOINED_FIELDS_FIRST: Final = frozenset(fold(w) for w in cues("boards_named_by_joined_fields"))
_MOST_FIELDS_JOINED: Final = 4      # "Ban Tuyên giáo - Dân tộc - Tôn giáo": three
_MOST_SMALL_WORDS_OF_A_FIELD: Final = 1  # "Kinh tế", "Nữ công": a field's words after its capital


def _joined_fields_end(tokens: list[Token], k: int) -> tuple[int, list[str]]:
    """Where fields joined by dashes that begin at token k end ("Kinh tế - Xã hội"), and the
    fields; a field is a capitalised word and the small words after it, and none after the
    first opens a body's name ("Ban X - Hội Nông dân": two bodies, no board)."""
    fields: list[str] = []
    while len(fields) < _MOST_FIELDS_JOINED:
        if k >= len(tokens) or not (tokens[k].is_cap and tokens[k].is_word) \
                or (fields and (org_head_at(tokens, k) is not None or _title_at(tokens, k, False) is not None)):
            return k, []  # ("Ủy viên Ban Thường vụ – Trưởng Ban Tổ chức": a second post, no field)
        start = k
        k += 1
        while k < len(tokens) and k - start <= _MOST_SMALL_WORDS_OF_A_FIELD and tokens[k].is_word \
                and not tokens[k].is_cap:
            k += 1
        fields.append(text_of(tokens, start, k))
        if k + 1 >= len(tokens) or tokens[k].text not in DASHES:
            break
        k += 1
    return k, fields


def _board_named_by_joined_fields(tokens: list[Token], i: int, head: OrgHead | None, ctx: ArticleContext,
                                  after_title: bool) -> OrgMatch | None:
    """ "Ban Kinh tế - Xã hội Hội Nông dân tỉnh X", "Ban Tài chính - Kế toán Tổng công ty Y",
    "Phòng Tổ chức - Cán bộ Trường Đại học Z": a board or department named by fields joined by
    dashes ends where the body it is part of begins, whether or not its name is a known head
    (a known head stops at its first field: "Ban Kinh tế")."""
    if not any(t.text in DASHES for t in tokens[i + 2:i + 3 + _MOST_SMALL_WORDS_OF_A_FIELD]):
        return None  # (most boards' names have no dash after their first field: a cheap test first)
    k, fields = _joined_fields_end(tokens, i + 1)
    if len(fields) < 2 or (head is not None and i + len(head.words) >= k):
        return None  # no dash, or a head the grammar knows whole ("Ban Tổ chức - Kiểm tra")
    name = f"{tokens[i].text} {' - '.join(fields)}"
    parent = parse_org(tokens, k, ctx, after_title=after_title)
    if parent is None or parent.start != k:
        return None  # "Phòng Lao động - Thương binh và Xã hội huyện X": a place's office, read by its head
    kind = _KIND_OF_A_BOARD_UNDER.get(parent.kind, "Unit")
    return OrgMatch(i, parent.end, f"{name} {parent.label}", kind, name, parent=parent, level=parent.level,
                    place=parent.place, completed=parent.completed)


# a board's kind by its body's: a party committee's boards are the party's boards
_KIND_OF_A_BOARD_UNDER: Final = {"PartyCommittee": "PartyBoard", "StateBody": "StateBody",
                                 "MassOrganization": "MassOrganization"}
_ASSOCIATION: Final = fold(cue("association"))


def _association_by_its_level(tokens: list[Token], j: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Ban Chấp hành tỉnh Hội", "Thường trực huyện Hội": the association of that level the article
    named last ("Hội Nông dân tỉnh Quảng Trị"), the genre's way of naming it back."""
    found = level_at(tokens, j)
    if found is None or found[1] >= len(tokens) or tokens[found[1]].key != _ASSOCIATION \
            or not tokens[found[1]].is_cap or found[1] + 1 < len(tokens) and tokens[found[1] + 1].is_cap:
        return None
    level, k = found
    named = sorted((pos, label) for head, seen in ctx.recent_orgs.items() if head.split()[0] == _ASSOCIATION
                   for pos, label in seen if pos < tokens[j].start and f" {level} " in label)
    if not named:
        return None
    return OrgMatch(j, k + 1, named[-1][1], "MassOrganization", cue("association"), level=level)


@cache
def _heads_of_units_with_boards() -> frozenset[str]:
    """The folded canonical heads of units that have boards of their own (schools, enterprises,
    and the hospitals, centres and institutes cues.tsv names)."""
    return frozenset(fold(h.canonical) for h in lexicon().org_heads
                     if h.kind in ("Enterprise", "School") and h.attach == "name") \
        | frozenset(fold(h) for h in cues("units_with_a_directors_board"))


@cache
def _heads_of_enterprises() -> frozenset[str]:
    """The folded canonical heads of enterprises, the only units with a company's boards."""
    return frozenset(fold(h.canonical) for h in lexicon().org_heads if h.kind == "Enterprise" and h.attach == "name")


_BOARDS_OF_ENTERPRISES: Final = frozenset(cues("boards_of_enterprises"))


def _board_of_the_unit_named_by_its_kind(tokens: list[Token], i: int, j: int, head: OrgHead,
                                         ctx: ArticleContext) -> OrgMatch | None:
    """ "Đảng ủy, Ban Giám đốc Học viện ban hành …", "do Đảng ủy và Ban Giám đốc tổ chức": a unit's
    board followed by the unit's kind alone, or by no name at all, is the board of the unit of that
    kind (of any kind that has such boards) the article named last."""
    unit_head = org_head_at(tokens, j)
    if unit_head is None:
        return _board_of_the_unit_named_last(tokens, i, j, head, ctx)
    end = j + len(unit_head.words)
    if fold(unit_head.canonical) not in _heads_of_units_with_boards() \
            or end < len(tokens) and tokens[end].is_word and tokens[end].is_cap:
        return None  # a name follows that did not parse, or a body with no such board
    unit = ctx.recent_named_org(unit_head.canonical, tokens[i].start)
    if unit is None:
        return None
    parent = OrgMatch(j, end, unit, unit_head.kind, unit_head.canonical)
    return OrgMatch(i, end, f"{head.canonical} {unit}", head.kind, head.canonical, parent=parent, completed=True)


def _council_named_with_its_unit(tokens: list[Token], i: int, j: int, head: OrgHead,
                                 ctx: ArticleContext) -> OrgMatch | None:
    """ "Hội đồng Học viện Nông nghiệp Việt Nam": a council whose head ends in its unit's head, the
    unit's name going on after it."""
    words = head.canonical.split()
    for n in range(len(words) - 1, 0, -1):
        start = j - n
        if start <= i or org_head_at(tokens, start) is None:
            continue
        unit = parse_org(tokens, start, ctx, after_title=True)
        if unit is not None and unit.end > j and unit.kind in _UNITS_WITH_BOARDS:
            return OrgMatch(i, unit.end, " ".join([*words[:len(words) - n], unit.label]), head.kind, head.canonical,
                            parent=unit, level=unit.level, place=unit.place)
    return None


def _board_of_the_unit_named_last(tokens: list[Token], i: int, j: int, head: OrgHead,
                                  ctx: ArticleContext) -> OrgMatch | None:
    """ "Chủ tịch Hội đồng trường", "Thành viên HĐQT" with no body after it: the board of the school or
    the enterprise the article named last."""
    if j < len(tokens) and tokens[j].is_word and tokens[j].is_cap:
        return None  # a name follows that did not parse: not this board
    heads = _heads_of_enterprises() if head.canonical in _BOARDS_OF_ENTERPRISES else _heads_of_units_with_boards()
    unit = ctx.recent_org_of(heads, tokens[i].start)
    if unit is None:
        return None
    parent = OrgMatch(j, j, unit, "Unit", unit.split()[0])
    # "Hội đồng Học viện" of "Học viện X" is "Hội đồng Học viện X" ("Hội đồng trường Trường Y" as written)
    words = head.canonical.split()
    said = next((n for n in range(len(words) - 1, 0, -1) if unit.startswith(" ".join(words[-n:]) + " ")), 0)
    label = " ".join([*words[:len(words) - said], unit])
    return OrgMatch(i, j, label, head.kind, head.canonical, parent=parent, completed=True)


# "Ban Chấp hành Đoàn cơ sở Công ty X": a youth union named by "Đoàn" and its unit, whose executive
# committee is the union itself as a Tỉnh đoàn's is
_YOUTH_UNION_COMMITTEES: Final = tuple(f"{name} " for name in cues("youth_union_committees"))


@cache
def _committees_by_name() -> frozenset[str]:
    """The heads that name a committee of a level as a body ("Tỉnh đoàn", "Huyện đoàn")."""
    return frozenset(h.canonical for h in lexicon().org_heads if h.attach == "committee")


def _executive_committee(i: int, parent: OrgMatch) -> OrgMatch | None:
    # (a youth union's committee named as its body, "Ban Chấp hành Tỉnh đoàn X", is that body: the
    # gold names it so each time, an alias of "Tỉnh đoàn X")
    if parent.kind == "PartyCommittee" or parent.head in _committees_by_name() \
            or parent.kind == "MassOrganization" and parent.label.startswith(_YOUTH_UNION_COMMITTEES):
        # "Ủy viên BCH Tỉnh ủy", "Ban chấp hành Đảng ủy Học viện X": the executive committee is the
        # committee itself, a unit's as a place's (the gold: 8 of 8 unit's committees so)
        return OrgMatch(i, parent.end, parent.label, parent.kind, parent.head, level=parent.level,
                        place=parent.place, completed=parent.completed)
    lv = lexicon().level(parent.level or "")
    if parent.head == _PARTY_ORGANISATION and lv is not None and lv.rank < 3:
        # "Ban Chấp hành (BCH) Đảng bộ huyện X" is the committee "Huyện ủy X"
        committee = _party_committee_of(dataclasses.replace(parent, completed=False))
        return dataclasses.replace(committee, start=i, end=parent.end) if committee else None
    return None


_PARTY_BOARDS: Final = ("PartyBoard", "PartyCommittee")


def _board_of_the_committee_a_list_ends_in(tokens: list[Token], i: int, j: int, head: OrgHead,
                                           ctx: ArticleContext, after_title: bool) -> OrgMatch | None:
    """ "Ban Dân vận, Ban Tổ chức Tỉnh ủy", "Ban Thường vụ, Ban Chấp hành Đảng bộ xã X": boards listed
    before the committee they share, named once after the last."""
    k = j
    while k + 1 < len(tokens) and (tokens[k].text == "," or tokens[k].key == _LIST_AND):
        following = org_head_at(tokens, k + 1)
        if following is None or following.attach not in ("parent", "level") or following.kind not in _PARTY_BOARDS:
            return None
        after = k + 1 + len(following.words)
        if after < len(tokens) and (tokens[after].text == "," or tokens[after].key == _LIST_AND):
            k = after
            continue
        board = parse_org(tokens, k + 1, ctx, after_title=after_title)
        committee = board.parent if board is not None and board.parent is not None else board
        if committee is not None and committee.kind == "PartyOrganization":
            committee = _party_committee_of(committee)  # "Ban Chấp hành Đảng bộ xã X": of "Đảng ủy xã X"
        if committee is None or committee.kind != "PartyCommittee" or not committee.label:
            return None
        return OrgMatch(i, j, f"{head.canonical} {committee.label}", head.kind, head.canonical, parent=committee,
                        level=committee.level, place=committee.place)
    return None



def _board_without_its_body(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                            after_title: bool) -> OrgMatch | None:
    if head.kind == "PartyBoard":
        listed = _board_of_the_committee_a_list_ends_in(tokens, i, j, head, ctx, after_title)
        if listed is not None:
            return listed
        small = _committee_in_small_letters(tokens, j, ctx, after_title)
        if small is not None and (small.place or not _committees_listed_in_small_letters(tokens, small.end)):
            # (with no place the article gives, as the capitalised one is: "Ban Thường vụ huyện ủy" is
            # "Ban Thường vụ Huyện ủy"; not the kinds listed: "Ủy ban Kiểm tra tỉnh ủy, thành ủy")
            return OrgMatch(i, small.end, f"{head.canonical} {small.label}", head.kind, head.canonical,
                            parent=small, level=small.level, place=small.place, completed=small.completed)
        parent = _committee_of_the_place(tokens, j, after_title)
        if parent is not None:
            # "Trưởng ban Xây dựng Đảng phường Vinh Lộc": the board named by its place
            return OrgMatch(i, parent.end, f"{head.canonical} {parent.level} {parent.place}", head.kind,
                            head.canonical, parent=parent, level=parent.level, place=parent.place)
    if head.canonical in _BOARDS_ALSO_OF_A_PLACE and level_at(tokens, j) is not None:
        # "Ban Dân tộc tỉnh tặng Giấy khen": the province's own committee, not a council's board
        return _org_with_level(tokens, i, j, head, ctx, after_title)
    if head.kind == "Unit" and after_title:
        # "Chủ tịch Hội đồng trường" after "Hội đồng trường Trường Đại học X": a unit's board by its
        # head alone after a title, the one the article named; else the board of the unit it named last
        return _named_back(tokens, i, j, head, ctx, after_title) or _board_of_the_unit_named_last(tokens, i, j, head,
                                                                                                   ctx)
    if head.kind == "Unit" and head.canonical in _DIRECTORS_BOARDS:
        return _board_of_the_unit_named_by_its_kind(tokens, i, j, head, ctx)
    if head.canonical in _CELL_COMMITTEES and (j >= len(tokens) or not tokens[j].is_cap):
        cell = ctx.recent_named_org(_PARTY_CELL, tokens[i].start)
        if cell is not None:
            # "Đại hội đã bầu Chi ủy khóa mới", "thay mặt Chi ủy": the committee of the cell named last
            parent = OrgMatch(j, j, cell, "PartyOrganization", _PARTY_CELL)
            return OrgMatch(i, j, f"{head.canonical} {cell}", head.kind, head.canonical, parent=parent,
                            completed=True)
    if head.canonical == _EXECUTIVE_COMMITTEE and j < len(tokens) and tokens[j].key in _TERM_WORDS:
        return _executive_committee_of_the_association_named_last(i, j, head, ctx, tokens[i].start)
    if head.canonical == _STANDING_BOARD and not after_title and (j >= len(tokens) or not tokens[j].is_cap):
        named_last = ctx.recent_committee(tokens[i].start)
        if named_last is not None:
            # "bầu Ban Thường vụ gồm 13 ủy viên": the standing board of the committee named last
            parent = OrgMatch(j, j, named_last, "PartyCommittee", named_last.split()[0])
            return OrgMatch(i, j, f"{head.canonical} {named_last}", head.kind, head.canonical,
                            parent=parent, completed=True)
    return None


_CONGRESS: Final = surface_words(cue("congress"))
_DELEGATES: Final = surface_words(cue("delegates"))
_HOLDS: Final = tuple(surface_words(w) for w in cues("holds_a_meeting"))
_BEFORE_HOLDING: Final = frozenset(fold(w) for w in cues("before_a_bodys_act") + cues("solemnly"))
_ROMAN: Final = frozenset("IVXLC")  # "Đại hội XXVI Công đoàn …": the congress's number
_LONGEST_BODY_HOLDING: Final = 12  # words: "Hội Cựu chiến binh xã Gio Châu đã tổ chức"


def _body_holding_a_congress(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """The body whose congress the capitalised "Đại hội" at token k names: the one named after it
    ("Đại hội (đại biểu) Hội Cựu chiến binh huyện X", "Đại hội XXVI Công đoàn Y"), or the one that holds
    it ("Hội Luật gia tỉnh X (đã) tổ chức Đại hội …"); None when neither is a body."""
    after = k + len(_CONGRESS)
    after += len(_DELEGATES) if keys(tokens, after, after + len(_DELEGATES)) == _DELEGATES else 0
    after += 1 if after < len(tokens) and tokens[after].text.isupper() and set(tokens[after].text) <= _ROMAN else 0
    if after < len(tokens) and tokens[after].is_cap and (held := parse_org(tokens, after, ctx)) is not None:
        return held
    end = next((k - len(w) for w in _HOLDS if k >= len(w) and keys(tokens, k - len(w), k) == w), None)
    while end is not None and end > 0 and tokens[end - 1].key in _BEFORE_HOLDING:
        end -= 1
    for start in range(max(0, (end or 0) - _LONGEST_BODY_HOLDING), end or 0):
        if tokens[start].is_cap and (holder := parse_org(tokens, start, ctx)) is not None and holder.end == end:
            return holder
    return None


# the committees whose association is being looked for: reading a congress's body back may read
# the same committee again, which would look back for ever (a stack overflow, in compiled code a crash)
_LOOKING_BACK_FROM: Final[set[int]] = set()


def _executive_committee_of_the_association_named_last(i: int, j: int, head: OrgHead, ctx: ArticleContext,
                                                       position: int) -> OrgMatch | None:
    """ "Đại hội đã bầu Ban Chấp hành khóa VIII gồm 19 đồng chí", "bầu 7 đồng chí vào BCH khóa mới": a
    congress report names the executive committee it elects by its term alone; it is the committee of
    the body whose congress the article named last, when that is a mass organisation or an association
    (a party organisation's is its party committee, read elsewhere)."""
    if position in _LOOKING_BACK_FROM:
        return None  # "Đại hội Ban Chấp hành …": the congress's body is this committee, read again
    _LOOKING_BACK_FROM.add(position)
    body = None
    try:
        for tokens in ctx.sentence_tokens:
            if not tokens or tokens[0].start >= position:
                break
            for k in range(len(tokens) - len(_CONGRESS)):
                if tokens[k].key == _CONGRESS[0] and tokens[k].is_cap and tokens[k].start < position \
                        and keys(tokens, k, k + len(_CONGRESS)) == _CONGRESS:
                    body = _body_holding_a_congress(tokens, k, ctx) or body
    finally:
        _LOOKING_BACK_FROM.discard(position)
    if body is None or body.kind != "MassOrganization" or body.completed or len(body.label.split()) < 2:
        return None
    parent = OrgMatch(j, j, body.label, body.kind, body.head)
    return OrgMatch(i, j, f"{head.canonical} {body.label}", body.kind, head.canonical, parent=parent, completed=True)


def _described(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
               after_title: bool) -> OrgMatch | None:
    """ "Hợp tác xã nông nghiệp Vũ Bình": lower-case words say what it does, then its name."""
    k = _describing_words_end(tokens, j, stop_after_a_name=True)
    of_a_locality = _of_the_locality_at(tokens, i, j, k, head)
    if of_a_locality is not None:
        # "Tổ hợp tác trồng mì an toàn ấp Suối Ngô 3": what it does, then the hamlet it is of
        return of_a_locality
    if k < len(tokens) and tokens[k].is_cap and tokens[k].is_word:
        named = _org_with_name(tokens, i, k, head, ctx, after_title)
        if named is not None:
            label = f"{head.canonical} {text_of(tokens, j, named.end)}" if k > j else named.label
            return OrgMatch(i, named.end, label, head.kind, head.canonical, level=named.level,
                            place=named.place)
    return None


_DESCRIBING_WORDS: Final = 6


def _describing_words_end(tokens: list[Token], j: int, *, stop_after_a_name: bool) -> int:
    """Where the words in small letters from token j that say what a body does end: at most
    _DESCRIBING_WORDS of them, before a word that ends a name (and, with ``stop_after_a_name``,
    one a sentence goes on with after a name) or a locality named."""
    k = j
    while k < len(tokens) and k - j < _DESCRIBING_WORDS and tokens[k].is_word and not tokens[k].is_cap \
            and tokens[k].key not in NAME_STOPS and not (stop_after_a_name and tokens[k].key in _AFTER_A_NAME) \
            and not _locality_named_at(tokens, k):
        k += 1
    return k


def _of_the_locality_at(tokens: list[Token], i: int, j: int, k: int, head: OrgHead) -> OrgMatch | None:
    """The body at token i whose describing words (j to k) go on with the locality it is of,
    named at token k ("ấp Suối Ngô 3"), to the end of the locality's name or number."""
    locality = next((w for w in _LOCALITY_WORDS if _match_words(tokens, k, w)), ())
    if not locality or not _locality_named_at(tokens, k):
        return None
    end = _numbered_after(tokens, place_name_run(tokens, k + len(locality)))
    return OrgMatch(i, end, f"{head.canonical} {text_of(tokens, j, end)}", head.kind, head.canonical)


def _a_holder_ends_the_purpose(tokens: list[Token], j: int, k: int) -> bool:
    """ "Quyền Bí thư Đoàn Khối các cơ quan Trung ương Bùi Hoàng Tùng": the holder's name at token k
    ends the purpose begun at j, as it ends a proper name (_name_stops_at; not Uncle Ho's, whom bodies
    are named after, nor the namesake of a fund: "Quỹ Học bổng Vừ A Dính")."""
    return k >= j + 2 and tokens[k].key in lexicon().family_names and _person_follows(tokens, k) \
        and not named_after_someone_before(tokens, k)


_NAMED_AFTER_SOMEONE: Final = tuple(tuple(fold(w) for w in surface_words(c)) for c in cues("named_after_someone"))


def named_after_someone_before(tokens: list[Token], i: int) -> bool:
    """ "giải thưởng Nguyễn Thị Định", "Quỹ Học bổng Vừ A Dính": whether the name at token i is a prize's or
    a fund's, whose kind ends right before it (no person in the news)."""
    return any(i >= len(words) and keys(tokens, i - len(words), i) == words for words in _NAMED_AFTER_SOMEONE)


def _named_by_its_purpose(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                          after_title: bool) -> OrgMatch | None:
    """ "Ban Chỉ đạo xây dựng nông thôn mới huyện Văn Quan", "Quỹ “Vì người nghèo” tỉnh Cà
    Mau": a few words of what the body is for, in any case, then the place it serves (the
    article's, where the level stands alone: "Quỹ Bảo trợ trẻ em tỉnh")."""
    if (named := _named_nationally_or_before(tokens, i, j, head, ctx, after_title)) is not None:
        return named
    bare_kind = head.words[0] in bare_kinds() and len(head.words) == 1
    k = j
    listed_at = 0  # the first comma between the items of a purpose ("phòng, chống thiên tai")
    quoted = 0  # the words of a quoted name inside the purpose, one item however long
    while k < len(tokens) and k - j - quoted <= _PURPOSE_WORDS + (_PURPOSE_WORDS // 3 if listed_at else 0):
        whole, uncounted = _whole_item_at(tokens, k)
        if whole > k:
            quoted += uncounted
            k = whole
            continue
        found = level_at(tokens, k) if k > j else None
        if found is not None:
            level, m = found
            end = place_name_run(tokens, m, after_title=after_title)
            if end > m and tokens[m].text.isdigit() and fold(level) == fold(_PROVINCE):
                end = m  # "Quỹ Hỗ trợ nông dân tỉnh 240 triệu đồng": a province has a name, not a number
            place = place_text(tokens, m, end) if end > m else ctx.place_for(level, tokens[i].start)
            if place is None:
                return _named_without_a_place(tokens, i, j, listed_at, head) if listed_at else None
            label = f"{head.canonical} {expand_abbreviations(text_of(tokens, j, k))} {level} {place}"
            # (a bare kind's body is no event's board: "Đại hội Hội X tỉnh Y lần thứ V" numbers the congress)
            numbered = _event_s_number_end(tokens, end) if end > m and not bare_kind else end
            if numbered > end:
                # "Ban Chỉ đạo Đại hội Thể dục thể thao tỉnh X lần thứ I năm 2025": the board of
                # a numbered event keeps the event's number, and its year
                return OrgMatch(i, numbered, f"{label} {text_of(tokens, end, numbered)}", head.kind,
                                head.canonical, level=level, place=place)
            return OrgMatch(i, max(end, m), label, head.kind, head.canonical, level=level, place=place,
                            completed=end <= m)
        if (scoped := _named_to_its_national_scope(tokens, i, j, k, head)) is not None:
            return scoped
        committee = org_head_at(tokens, k) if k > j and tokens[k].is_cap else None
        if committee is not None and committee.attach == "committee":
            # "Ban Chỉ đạo 502 Thành ủy Đà Lạt": the party committee whose body it is ends its name
            named = _committee(tokens, k, k + len(committee.words), committee, ctx, after_title)
            if named is None:
                return None
            label = f"{head.canonical} {expand_abbreviations(text_of(tokens, j, k))} {named.label}"
            return OrgMatch(i, named.end, label, head.kind, head.canonical, level=named.level, place=named.place)
        if bare_kind and not tokens[k].is_word:
            return None  # "xã Lịch Hội Thượng, thị xã Trần Đề": a list, or a place, not a body's name
        # a verb's first syllable ends it; capitalised, it is the name's ("Quỹ Phát triển đất tỉnh")
        if _items_of_a_purpose_go_on(tokens, k):
            listed_at = listed_at or k
            k += 1
            continue
        if (tokens[k].key in _ENDS_A_PURPOSE and not tokens[k].is_cap) \
                or not (tokens[k].is_word or tokens[k].text in _QUOTES) or _a_holder_ends_the_purpose(tokens, j, k):
            # a purpose listed with commas is the body's only where a place ends it (a bare kind's
            # name always ends in its level: "Ban Kinh doanh Tổng công ty X phát biểu" is read elsewhere)
            return None if bare_kind else _named_without_a_place(tokens, i, j, listed_at or k, head)
        k += 1
    return _named_without_a_place(tokens, i, j, listed_at, head) if listed_at else None


def _without_a_head(tokens: list[Token], i: int, ctx: ArticleContext, after_title: bool) -> OrgMatch | None:
    """A body whose name begins with no head of organizations.tsv: a short form the article gave it,
    the country's school, or a body's bare kind ("Hội Doanh nhân trẻ tỉnh")."""
    return short_form_at(tokens, i, ctx) or school_of_the_country(tokens, i) \
        or body_of_a_bare_kind(tokens, i, ctx, after_title)


def body_of_a_bare_kind(tokens: list[Token], i: int, ctx: ArticleContext, after_title: bool = False) -> OrgMatch | None:
    """A body named by its bare kind and what it is for, in sentence case, up to the level it serves
    ("Hội Doanh nhân trẻ tỉnh", "Ban An toàn giao thông tỉnh X"): bare_kinds.tsv.  Not a kind's
    compound word ("Hội nghị", "Hội trường": a word in small letters follows), nor in capitals
    ("HỘI NGHỊ", "Đội TNTP"), nor a list or a place ("xã Lịch Hội Thượng, thị xã Trần Đề")."""
    kind = bare_kinds().get(tokens[i].key) if i + 1 < len(tokens) and tokens[i].is_cap else None
    if kind is None or not tokens[i + 1].is_word or not tokens[i + 1].is_cap or in_capitals(tokens[i + 1]) \
            or in_capitals(tokens[i]) or tokens[i + 1].key in kind[1] or org_head_at(tokens, i + 1) is not None:
        return None  # (nor a kind before a body named in full: "Đội Hội Nông dân xã X")
    return _named_by_its_purpose(tokens, i, i + 1, kind[0], ctx, after_title)


def _whole_item_at(tokens: list[Token], k: int) -> tuple[int, int]:
    """Past an item of a purpose read whole at token k, and how many of its words the purpose's
    length does not count (k, 0 where none): a sector's name, small words and all ("Quỹ Đầu tư phát
    triển tỉnh"), "dự án" (a project, not "dự": attends), a quoted name, however long ("Ban Chỉ
    đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện A Lưới")."""
    sector = next((w for w in _sectors_at(tokens[k].key) if _match_words(tokens, k, w)), None) \
        if tokens[k].is_cap else None
    if sector is not None:
        return k + len(sector), 0
    if keys(tokens, k, k + 2) in _WORDS_OF_A_PURPOSE:
        return k + 2, 0
    closing = _closing_quote(tokens, k)
    return (closing + 1, closing - k) if closing > k else (k, 0)


_LONGEST_QUOTED_NAME: Final = 20
_OPENING_QUOTES: Final = frozenset('“"')
_CLOSING_QUOTES: Final = frozenset('”"')


def _closing_quote(tokens: list[Token], k: int) -> int:
    """The closing quote of a quoted name, capitalised, that opens at token k, within a few words and
    the sentence's clause (k where none)."""
    if tokens[k].text not in _OPENING_QUOTES or k + 1 >= len(tokens) or not tokens[k + 1].is_cap:
        return k
    for m in range(k + 2, min(k + _LONGEST_QUOTED_NAME, len(tokens))):
        if tokens[m].text in _CLOSING_QUOTES:
            return m
        if tokens[m].text in (".", ";"):
            return k
    return k


def _items_of_a_purpose_go_on(tokens: list[Token], k: int) -> bool:
    """ "Ban Chỉ đạo phòng, chống thiên tai …", "củng cố, phát triển …": a comma between the items
    of what a body is for, the next in small letters and no word that ends a purpose."""
    return tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].is_word and not tokens[k + 1].is_cap \
        and (tokens[k + 1].key not in _ENDS_A_PURPOSE or keys(tokens, k + 1, k + 3) in _WORDS_OF_A_PURPOSE)


_NTH_TIME: Final = surface_words(cue("nth_time"))
_ORDINAL: Final = re.compile(r"[IVXL]+|[0-9]{1,2}")
_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
_IN_THE_YEAR: Final = fold(cue("year"))


def _event_s_number_end(tokens: list[Token], k: int) -> int:
    """Past "lần thứ I" (and "năm 2025") at token k: an event's number; k where there is none."""
    n = len(_NTH_TIME)
    if not (k + n < len(tokens) and keys(tokens, k, k + n) == _NTH_TIME and _ORDINAL.fullmatch(tokens[k + n].text)):
        return k
    end = k + n + 1
    if end + 1 < len(tokens) and tokens[end].key == _IN_THE_YEAR and _YEAR.fullmatch(tokens[end + 1].text):
        end += 2
    return end


_NATIONAL_SCOPE: Final = tuple(surface_words(w) for w in cues("national_scope"))
_ABOUT: Final = fold(cue("about"))
_NATIONAL_PURPOSE_WORDS: Final = 16
_PURPOSE_STOPS: Final = frozenset(fold(w) for w in cues("heading_verbs")) | _AFTER_A_NAME


def _named_to_its_national_scope(tokens: list[Token], i: int, j: int, k: int, head: OrgHead) -> OrgMatch | None:
    """ "Ban Chỉ đạo Cải cách tư pháp Trung ương họp …": a steering committee's national scope,
    capitalised at token k after the words of its purpose (begun at j), ends its name where
    nothing it is about ("về …") nor another name follows."""
    if head.canonical != _STEERING_COMMITTEE or k <= j or not tokens[k].is_cap:
        return None
    scope = next((w for w in _NATIONAL_SCOPE if keys(tokens, k, k + len(w)) == w), None)
    end = k + len(scope) if scope is not None else k
    if end == k or end < len(tokens) and (tokens[end].is_cap or tokens[end].key == _ABOUT):
        return None
    return OrgMatch(i, end, f"{head.canonical} {text_of(tokens, j, end)}", head.kind, head.canonical)


_STEERING_COMMITTEE: Final = cue("steering_committee")


def _national_purpose(tokens: list[Token], i: int, j: int, head: OrgHead) -> OrgMatch | None:
    """ "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", "Ban Chỉ đạo quốc
    gia về phòng thủ dân sự": a national body named by its scope and what it is about, the fields
    listed with commas and all, to the verb or the mark that ends the clause ("về" may be left out
    before fields listed: "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19")."""
    scope = next((w for w in _NATIONAL_SCOPE if keys(tokens, j, j + len(w)) == w), None)
    k = j + len(scope) if scope is not None else j
    if scope is None or k + 1 >= len(tokens):
        return None
    if tokens[k].key != _ABOUT:  # "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19": "về" left out
        if not _a_purpose_listed_at(tokens, k):
            return None
        k -= 1
    end = k + 1
    while end < len(tokens) and end - k <= _NATIONAL_PURPOSE_WORDS:
        t = tokens[end]
        if t.text == "," and end + 1 < len(tokens) and tokens[end + 1].is_word and not tokens[end + 1].is_cap \
                and tokens[end + 1].key not in _PURPOSE_STOPS and tokens[end + 1].key not in NAME_STOPS:
            end += 1  # "phòng, chống tham nhũng, lãng phí": the fields it is about, listed
            continue
        if keys(tokens, end, end + 2) in _WORDS_OF_A_PURPOSE:  # "tham nhũng", not "tham" (attends)
            end += 2
            continue
        if t.text == "-" and end + 1 < len(tokens) and tokens[end - 1].end == t.start == tokens[end + 1].start - 1 \
                and tokens[end + 1].text.isdigit():
            end += 2  # "dịch Covid-19": a name and its number end the fields
            break
        if not t.is_word or t.key in _PURPOSE_STOPS or t.key in _ENDS_A_PURPOSE and not t.is_cap:
            break
        end += 1
    if end <= k + 1:
        return None
    return OrgMatch(i, end, f"{head.canonical} {text_of(tokens, j, end)}", head.kind, head.canonical)


def _a_purpose_listed_at(tokens: list[Token], k: int) -> bool:
    """Whether a purpose's items listed with a comma begin at token k ("phòng, chống dịch")."""
    return k + 2 < len(tokens) and tokens[k].is_word and not tokens[k].is_cap and tokens[k + 1].text == "," \
        and _items_of_a_purpose_go_on(tokens, k + 1)


def _named_nationally_or_before(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                                after_title: bool) -> OrgMatch | None:
    """A body named by its purpose at the centre (_national_purpose), or a title's body left at its kind
    ("Tổng Bí thư A, Trưởng Ban Chỉ đạo nhấn mạnh"): the one of that kind the article named last."""
    national = _national_purpose(tokens, i, j, head)
    if national is not None or not after_title or j < len(tokens) and tokens[j].text not in _CLAUSE_MARKS \
            and not any(keys(tokens, j, j + len(words)) == words for words in _ACTS_OF_A_HOLDER):
        return national
    return _named_back(tokens, i, j, head, ctx, after_title)


_CLAUSE_MARKS: Final = frozenset((",", ".", ";", ":", ")"))
_ACTS_OF_A_HOLDER: Final = tuple(tuple(fold(w) for w in surface_words(c))
                                 for c in cues("acts_of_a_subject_after_a_name"))


def _named_without_a_place(tokens: list[Token], i: int, j: int, k: int, head: OrgHead) -> OrgMatch | None:
    """ "Ban Quản lý Quảng trường Hồ Chí Minh và Tượng đài Bác Hồ phối hợp …", "Quỹ tín dụng nhân
    dân Tân Lập,": a purpose that ends on a proper name, where no place follows, is the name; so is
    one its holder's name follows."""
    numbered = k >= j + 2 and tokens[k - 1].text.isdigit() and len(tokens[k - 1].text) <= 2 \
        and not tokens[k].is_word  # "Ban Quản lý dự án điện 3 (chủ đầu tư …)": a unit by its number
    ends_on_a_name = k >= j + 2 and (_a_proper_name_ends_at(tokens, k) or tokens[k - 1].is_cap
                                     and tokens[k - 2].is_cap and not tokens[k].is_word)
    if not (numbered or ends_on_a_name or _a_holder_ends_the_purpose(tokens, j, k)):
        return None
    return OrgMatch(i, k, f"{head.canonical} {text_of(tokens, j, k)}", head.kind, head.canonical)


_PURPOSE_WORDS: Final = 10
_ENDS_A_PURPOSE: Final = frozenset(fold(w) for w in cues("ends_a_purpose"))
_WORDS_OF_A_PURPOSE: Final = frozenset(surface_words(w) for w in cues("words_of_a_purpose"))
_QUOTES: Final = frozenset("“”\"-–")


def _committee_in_small_letters(tokens: list[Token], j: int, ctx: ArticleContext,
                                after_title: bool) -> OrgMatch | None:
    """ "Trưởng Ban Dân vận huyện ủy": a board's party committee written in small letters after it,
    completed as the capitalised one is (the article's district: "Huyện ủy A Lưới")."""
    if j >= len(tokens) or tokens[j].is_cap:
        return None
    committee = org_head_at(tokens, j, any_case=True)
    if committee is None or committee.attach != "committee":
        return None
    return _committee(tokens, j, j + len(committee.words), committee, ctx, after_title)


def _committees_listed_in_small_letters(tokens: list[Token], k: int) -> bool:
    """Whether another party committee written in small letters follows token k after a comma or
    "và" ("Ủy ban Kiểm tra tỉnh ủy, thành ủy"): committees of every province, listed by their kind."""
    if k + 1 >= len(tokens) or tokens[k].key not in _LEVELS_JOINED_BY or tokens[k + 1].is_cap:
        return False
    other = org_head_at(tokens, k + 1, any_case=True)
    return other is not None and other.attach == "committee"


def _committee_of_the_place(tokens: list[Token], j: int, after_title: bool) -> OrgMatch | None:
    """The party committee of the "level Name" at token j ("phường Vinh Lộc": "Đảng ủy phường
    Vinh Lộc", "huyện Mê Linh": "Huyện ủy Mê Linh"), its span the place's."""
    found = level_at(tokens, j)
    if found is None:
        return None
    level, k = found
    end = place_name_run(tokens, k, after_title=after_title)
    lv = lexicon().level(level)
    if end == k or lv is None:
        return None
    place = place_text(tokens, k, end)
    return OrgMatch(j, end, lv.committee_of(place), "PartyCommittee", lv.committee, level=level, place=place)


def _centre_end(tokens: list[Token], j: int) -> int:
    """The end of "Trung ương" or its short forms "TƯ", "TW", "T.Ư" starting at token j (else j)."""
    if _match_words(tokens, j, _CENTRE_WORDS):
        return j + 2
    if j < len(tokens) and tokens[j].text in _CENTRE_SHORT:
        return j + 1
    if j + 2 < len(tokens) and tokens[j].text == "T" and tokens[j + 1].text == "." and tokens[j + 2].text == "Ư":
        return j + 3
    return j


def _bloc_named_back(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """ "Đảng ủy Khối" alone: the agencies' (or enterprises') committee named before it."""
    if j >= len(tokens) or tokens[j].key != _BLOC_KEY or (j + 1 < len(tokens) and tokens[j + 1].is_cap):
        return None
    recent = ctx.recent_org(head.canonical, tokens[i].start)
    if head.canonical == _PARTY_COMMITTEE and (recent is None or not fold(recent).startswith(fold(
            f"{head.canonical} {_BLOC} "))):
        # "Đảng bộ khối Doanh nghiệp quận X … Bí thư Đảng ủy khối": the bloc's party organisation's committee
        organisation = ctx.recent_org(_PARTY_ORGANISATION, tokens[i].start)
        recent = f"{head.canonical} {organisation[len(_PARTY_ORGANISATION) + 1:]}" \
            if organisation is not None and organisation.startswith(f"{_PARTY_ORGANISATION} ") else None
    if recent is None or not fold(recent).startswith(fold(f"{head.canonical} {_BLOC} ")):
        return None
    return OrgMatch(i, j + 1, recent, head.kind, head.canonical)


def _unit_of_the_article(ctx: ArticleContext, position: int) -> str | None:
    """The national unit the article named last before ``position`` ("Trường Đại học X", "Tổng
    công ty Y"); none for a place's branch or school."""
    unit = ctx.recent_org_of(_heads_of_units_with_boards(), position)
    if unit is None or len(unit.split()) <= 2 or _names_a_place_or_branch(unit):
        return None
    return unit


def _committee_of_the_unit(ctx: ArticleContext, position: int) -> str | None:
    """The party committee of the national unit the article named last before ``position``
    ("Đảng ủy Trường Đại học X"); none for a place's branch or school."""
    unit = _unit_of_the_article(ctx, position)
    return None if unit is None else f"{_PARTY_COMMITTEE} {unit}"


def _committee_of_the_unit_s_organisation(ctx: ArticleContext, position: int) -> str | None:
    """ "Đại hội Đảng bộ Tổng công ty X … Phó Bí thư Đảng ủy Tập đoàn Y … bầu giữ chức Bí thư Đảng ủy": the
    committee of the unit's party organisation the article named last; a superior committee the genre
    names with its unit ("Đảng ủy Tập đoàn"), the organisation's own by its kind alone.  None for a
    place's organisation ("Đảng bộ xã X"), its committee read by the place's rules."""
    organisation = ctx.recent_named_org(_PARTY_ORGANISATION, position)
    if organisation is None or not organisation.startswith(f"{_PARTY_ORGANISATION} ") \
            or len(organisation.split()) <= 3 or _names_a_place_or_branch(organisation):
        return None
    unit = organisation[len(_PARTY_ORGANISATION) + 1:]
    return f"{_PARTY_COMMITTEE} {unit}" if _names_a_unit_by_its_kind(unit) else None


def _names_a_unit_by_its_kind(name: str) -> bool:
    """Whether ``name`` names a unit by its kind and name ("Tổng công ty Khí Việt Nam"), not by a short
    name ("PV GAS"), which may be the same unit's."""
    folded = fold(name)
    return any(folded.startswith(f"{kind} ") for kind in _heads_of_units_with_boards())


def _named_in_the_sentence(ctx: ArticleContext, label: str, tokens: list[Token]) -> bool:
    """Whether the body ``label`` was named in the sentence of ``tokens``, before its last token."""
    return bool(tokens) and any(tokens[0].start <= pos < tokens[-1].start and named == label
                                for pos, named in ctx.recent_orgs.get(fold(_PARTY_COMMITTEE), []))


def _party_committee_without_level(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                                   after_title: bool) -> OrgMatch | None:
    """ "Đảng ủy Khối ...", or "Đảng ủy" meaning the one named last, or the commune's."""
    holder = tokens[j].key in lexicon().family_names and _person_follows(tokens, j) \
        if j < len(tokens) else False
    # "Bí thư Đảng ủy Giám đốc Học viện" (a comma left out): a title begins, not the committee's name
    titled = j < len(tokens) and _title_at(tokens, j, False) is not None
    if j < len(tokens) and tokens[j].is_cap and tokens[j].is_word and not holder and not titled:
        return _org_with_name(tokens, i, j, head, ctx, after_title)
    recent = ctx.recent_org(_PARTY_COMMITTEE, tokens[i].start)
    own = _committee_of_the_unit_s_organisation(ctx, tokens[i].start)
    if recent and own and fold(own) != fold(recent) and not _named_in_the_sentence(ctx, recent, tokens) \
            and _names_a_unit_by_its_kind(recent[len(_PARTY_COMMITTEE) + 1:]):
        # ("Về phía Đảng ủy Viện Hàn lâm có đồng chí A, Phó Bí thư Đảng ủy": the one the sentence named)
        return OrgMatch(i, j, own, head.kind, head.canonical, completed=True)
    if recent:
        return OrgMatch(i, j, recent, head.kind, head.canonical)
    # "Học viện X … dưới sự lãnh đạo của Đảng ủy": a national unit's article, its own party
    # committee (the annotators' reading), not that of the commune the unit stands in; a
    # place's branch or school ("… chi nhánh Trà Vinh", "Trường THCS xã X") leaves it the place's
    unit = _committee_of_the_unit(ctx, tokens[i].start)
    if unit is not None:
        return OrgMatch(i, j, unit, head.kind, head.canonical, completed=True)
    local = ctx.nearest_local_place(tokens[i].start)
    if local:
        return OrgMatch(i, j, f"{_PARTY_COMMITTEE} {local[0]} {local[1]}", head.kind, head.canonical,
                        level=local[0], place=local[1], completed=True)
    if after_title and holder:
        # "Bí thư Đảng ủy Đỗ Đức Hùng": nothing in the article says which; the short form
        return OrgMatch(i, j, head.canonical, head.kind, head.canonical)
    return None


def _names_a_place_or_branch(label: str) -> bool:
    """Whether a unit's name says where it is: a place's level or a branch ("chi nhánh")."""
    words = f" {fold(label)} "
    return f" {fold(_BRANCH)} " in words or any(f" {fold(lv.word)} " in words for lv in lexicon().levels)


def _executive_committee_of_a_unit(tokens: list[Token], i: int, j: int, head: OrgHead,
                                   ctx: ArticleContext) -> OrgMatch | None:
    """ "Ủy viên BCH Đảng bộ Bộ Giáo dục và Đào tạo": a unit's party organisation's executive
    committee is the unit's party committee ("Đảng ủy Bộ …"), as a place's is its committee."""
    if head.canonical != _EXECUTIVE_COMMITTEE_OF_PARTY_ORGANISATION or j >= len(tokens) or not tokens[j].is_cap:
        return None
    unit = parse_org(tokens, j, ctx, after_title=True)
    if unit is None or unit.kind not in ("Enterprise", "School", "Unit", "StateBody", "Police", "Military"):
        return None
    return OrgMatch(i, unit.end, f"{_PARTY_COMMITTEE} {unit.label}", "PartyCommittee", _PARTY_COMMITTEE,
                    parent=unit, level=unit.level, place=unit.place, part_of_parent=False)


def _of_the_school_named(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """ "Chủ tịch Công đoàn trường", "Hội Sinh viên trường": a party or mass body of the school the
    article named, "trường" in small letters after its kind."""
    if head.kind not in ("PartyOrganization", "MassOrganization") or j >= len(tokens) \
            or tokens[j].key != SCHOOL_KEY or tokens[j].is_cap:
        return None
    school = ctx.recent_named_org(_SCHOOL, tokens[i].start)
    if school is None:
        return None
    return OrgMatch(i, j + 1, f"{head.canonical} {school}", head.kind, head.canonical, completed=True)


def _org_with_level(
    tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext, after_title: bool
) -> OrgMatch | None:
    national, j = _past_the_country(tokens, j)
    if _match_words(tokens, j, _ELECTORAL_UNIT) and level_at(tokens, j + 2) is not None:
        j += 2  # "Đoàn ĐBQH đơn vị tỉnh Vĩnh Long": the delegation of the province's electoral unit
    found = level_at(tokens, j)
    if national and found is None:
        # "Hội Liên hiệp Phụ nữ Việt Nam": the national body
        return OrgMatch(i, j, f"{head.canonical} {_COUNTRY}", head.kind, head.canonical)
    if found is None and head.words in _THE_FRONT_WRITTEN_WHOLE and _the_front_as_a_whole(tokens, i, j):
        return OrgMatch(i, j, _THE_FRONT, head.kind, _THE_FRONT)
    if found is None and j < len(tokens) and tokens[j].is_cap:
        # "Công an Tiền Giang", "Hội Nông dân Kiên Giang": a province named without its level
        end = place_name_run(tokens, j, max_words=3, after_title=after_title)
        name = place_text(tokens, j, end) if end > j else ""
        if name in lexicon().provinces:
            level = _CITY if name in lexicon().central_cities else _PROVINCE
            return OrgMatch(i, end, f"{head.canonical} {level} {name}", head.kind, head.canonical,
                            level=level, place=name)
    inside = _body_inside_a_unit(tokens, i, j, head, ctx) if found is None else None
    if inside is not None:
        return inside
    if found is None and head.canonical in (_PARTY_COMMITTEE, _PARTY_ORGANISATION):
        bloc = _bloc_named_back(tokens, i, j, head, ctx)
        if bloc is not None:
            return bloc
    if found is None:  # ("Công đoàn trường": of the school named)
        return _national_force(tokens, i, j, head) or _of_the_school_named(tokens, i, j, head, ctx) \
            or (_party_committee_without_level(tokens, i, j, head, ctx, after_title)
                if head.canonical == _PARTY_COMMITTEE else _executive_committee_of_a_unit(tokens, i, j, head, ctx))
    level, k = found
    end = place_name_run(tokens, k, after_title=after_title)
    if end == k:
        end = _known_place_end(tokens, k, level, ctx)  # "Chủ tịch UBND huyện Châu Thành A dự"
    if end == k and k + 1 < len(tokens) and tokens[k].text in (",", "/") and _levels_without_a_place(tokens, k + 1):
        return None  # "Hội Nhà báo tỉnh, thành phố": the body of every province and city, no one body
    level_text = level  # the level's own name, also where the text abbreviates it ("TP")
    completed = False
    if end > k:
        place: str | None = place_text(tokens, k, end)
    else:
        place = ctx.place_for(level, tokens[i].start)
        completed = place is not None
    if head.canonical == _EXECUTIVE_COMMITTEE_OF_PARTY_ORGANISATION:
        # The executive committee of a party organisation is its committee:
        # "Ban Chấp hành Đảng bộ tỉnh X" is "Tỉnh ủy X".
        lv = lexicon().level(level)
        committee = lv.committee if lv else _PARTY_COMMITTEE
        label = lv.committee_of(place) if lv else committee
        return OrgMatch(i, end, label, "PartyCommittee", committee, level=level, place=place,
                        completed=completed)
    if place is None:
        label = f"{head.canonical} {level_text.lower()}"
    else:
        label = f"{head.canonical} {level_text.lower()} {place}"
    return OrgMatch(i, end, label, head.kind, head.canonical, level=level, place=place,
                    completed=completed)


_NATIONAL_WHEN_BARE: Final = frozenset(cues("national_forces_named_bare"))


def _national_force(tokens: list[Token], i: int, j: int, head: OrgHead) -> OrgMatch | None:
    """ "Ngày truyền thống Bộ đội Biên phòng", "Chính ủy Bộ đội Biên phòng": a force whose units are named
    with their province ("Bộ đội Biên phòng tỉnh X"), written in full with no place or name after it, is
    the national force (not its command's "Bộ Chỉ huy … " of the article's province)."""
    if head.canonical not in _NATIONAL_WHEN_BARE or head.words != surface_words(head.canonical) \
            or j < len(tokens) and tokens[j].is_word and tokens[j].is_cap:
        return None
    return OrgMatch(i, j, head.canonical, head.kind, head.canonical)


def _body_inside_a_unit(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """ "Đảng bộ Trường Đại học X", "Công đoàn Công ty Y", "Đoàn Thanh niên Tổng Công ty": a party or mass
    organisation inside a unit, named after it, an office of a body too ("Công đoàn Văn phòng Chính phủ",
    "Đảng bộ Văn phòng Bộ X")."""
    if head.kind not in ("PartyOrganization", "MassOrganization") or j >= len(tokens) or not tokens[j].is_cap:
        return None
    unit = parse_org(tokens, j, ctx, after_title=True)
    if unit is None or not (unit.kind in ("Enterprise", "School", "Unit", "StateBody", "Police", "Military")
                            or unit.head == _UNITS_OFFICE and unit.parent is not None):
        return None
    return OrgMatch(i, unit.end, f"{head.canonical} {unit.label}", head.kind, head.canonical,
                    parent=unit, level=unit.level, place=unit.place, part_of_parent=False)


def _levels_without_a_place(tokens: list[Token], k: int) -> bool:
    """A level at token k with no place named after it ("thành phố đã ..."; not "huyện Hiệp Hòa")."""
    other = level_at(tokens, k)
    return other is not None and place_name_run(tokens, other[1]) == other[1]


_THE_FRONT: Final = cue("the_front_as_a_whole")
_THE_FRONT_WRITTEN_WHOLE: Final = frozenset(surface_words(w) for w in cues("the_front_written_whole"))
_THE_FRONT_IN_PART_AFTER: Final = tuple(surface_words(w) for w in cues("the_front_in_part_after"))
_THE_FRONT_IN_PART_BEFORE: Final = tuple(surface_words(w) for w in cues("the_front_in_part_before"))


def _the_front_as_a_whole(tokens: list[Token], i: int, j: int) -> bool:
    """ "vai trò của Mặt trận Tổ quốc Việt Nam", "Lãnh đạo Đảng, Nhà nước và MTTQ Việt Nam": the Front
    written with the country and no level after is the Front as a whole, not its committee of the
    article's place; unless words around it make it a committee or an event ("Ủy ban MTTQ Việt Nam
    lâm thời xã X", "MTTQ Việt Nam các cấp", "Ngày truyền thống MTTQ Việt Nam")."""
    return not any(i >= len(words) and _match_words(tokens, i - len(words), words)
                   for words in _THE_FRONT_IN_PART_AFTER) \
        and not any(_match_words(tokens, j, words) for words in _THE_FRONT_IN_PART_BEFORE)


def _past_the_country(tokens: list[Token], j: int) -> tuple[bool, int]:
    """ "Ủy ban MTTQ Việt Nam tỉnh", "Hội LHTN VN tỉnh": the country between a head and its level;
    whether it is written in full, and the token after it."""
    if _match_words(tokens, j, _COUNTRY_WORDS):
        return True, j + 2
    if j < len(tokens) and tokens[j].text == _COUNTRY_SHORT and level_at(tokens, j + 1) is not None:
        return False, j + 1
    return False, j


_NATIONAL_YOUTH_UNION: Final = cue("national_youth_union")


def _the_national_youth_union(tokens: list[Token], i: int, head: OrgHead) -> OrgMatch | None:
    """ "kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 …)": the youth union
    written in full, no level, place or unit after it (a mark follows), is the national one."""
    end = i + len(head.words)
    if not _NATIONAL_YOUTH_UNION.startswith(f"{head.canonical} ") or len(head.words) <= 2 \
            or end < len(tokens) and tokens[end].is_word:
        return None
    return OrgMatch(i, end, _NATIONAL_YOUTH_UNION, head.kind, head.canonical)


def _in_short(head: OrgHead) -> bool:
    """ "Đoàn TNCS Hồ Chí Minh": the youth union's name with its words abbreviated."""
    return _NATIONAL_YOUTH_UNION.startswith(f"{head.canonical} ") and len(head.words) > 2 \
        and head.words[1] != fold(_NATIONAL_YOUTH_UNION.split()[1])


def _national_union_of_a_sector(tokens: list[Token], i: int, j: int, head: OrgHead,
                                ctx: ArticleContext) -> OrgMatch | None:
    """ "Công đoàn Y tế Việt Nam", "Công đoàn Than - Khoáng sản VN", "Công đoàn NN&PTNT Việt
    Nam": the national union of a sector, named by the sector and the country (not the
    union of a unit: "Công đoàn Tập đoàn Điện lực Việt Nam")."""
    if head.canonical not in _NATIONAL_BY_SECTOR or j >= len(tokens) or not tokens[j].is_cap \
            or level_at(tokens, j) is not None or parse_org(tokens, j, ctx) is not None:
        return None
    k = _proper_name_end(tokens, j, head)
    if k - j < 2:
        return None
    name = expand_abbreviations(text_of(tokens, j, k))
    if not name.endswith(f" {_COUNTRY}") or len(name) == len(_COUNTRY) + 1:
        return None
    return OrgMatch(i, k, f"{head.canonical} {name}", head.kind, head.canonical)


def _body_of_the_unit(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """ "Hội Cựu chiến binh bệnh viện", "Công đoàn trường": a body of the unit that the
    article names by its kind in small letters, the unit of that kind it named last."""
    if j >= len(tokens) or tokens[j].is_cap or not tokens[j].is_word or head.kind not in _INSIDE_A_UNIT:
        return None
    unit = org_head_at(tokens, j, any_case=True)
    if unit is None or unit.kind not in _UNIT_KINDS or unit.attach != "name":
        return None
    named = ctx.recent_named_org(unit.canonical, tokens[i].start)
    if named is None:
        return None
    return OrgMatch(i, j + len(unit.words), f"{head.canonical} {named}", head.kind, head.canonical)


_BODIES_EVERY_UNIT_HAS: Final = frozenset(cues("bodies_every_unit_has"))


def _body_of_the_unit_named_bare(tokens: list[Token], i: int, j: int, head: OrgHead,
                                 ctx: ArticleContext) -> OrgMatch | None:
    """ "cùng Ban chấp hành Đảng ủy, Công đoàn, Đoàn Thanh niên, Hội Sinh viên" in an article of a
    national unit: the trade union, youth union or students' association named by its kind alone,
    nothing after it but a mark or "và", is the unit's own, as a bare "Đảng ủy" is its committee
    (_committee_of_the_unit); a place's branch or school leaves it unread."""
    if head.canonical not in _BODIES_EVERY_UNIT_HAS or j < len(tokens) and (
            tokens[j].is_word and tokens[j].key != _AND or tokens[j].text in _CLOSING_QUOTES):
        return None
    unit = _unit_of_the_article(ctx, tokens[i].start)
    return None if unit is None else OrgMatch(i, j, f"{head.canonical} {unit}", head.kind, head.canonical,
                                              completed=True)


_INSPECTORATE: Final = cue("inspectorate")
_WITH_AN_INSPECTORATE: Final = frozenset(cues("bodies_with_an_inspectorate"))


def _inspectorate_of_a_body(tokens: list[Token], i: int, j: int, head: OrgHead,
                            ctx: ArticleContext) -> OrgMatch | None:
    """ "Thanh tra Sở Kế hoạch và Đầu tư tỉnh Kon Tum", "Thanh tra Bộ Công an": the inspectorate of
    a department or a ministry, named after it and part of it."""
    if head.canonical != _INSPECTORATE or j >= len(tokens) or not tokens[j].is_cap:
        return None
    inner = org_head_at(tokens, j)
    body = parse_org(tokens, j, ctx) if inner is not None and inner.canonical in _WITH_AN_INSPECTORATE else None
    if body is None or body.kind != "StateBody":
        return None
    return OrgMatch(i, body.end, f"{head.canonical} {body.label}", head.kind, head.canonical, parent=body,
                    level=body.level, place=body.place)


_AGENCY: Final = surface_words(cue("agency"))  # ("cơ", "quan")


def _body_of_an_agency(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext) -> OrgMatch | None:
    """ "Công đoàn cơ quan Ủy ban Dân tộc", "Đảng ủy cơ quan Thanh tra Chính phủ": the party's or a
    mass organisation's body among the staff of the body named after "cơ quan" (its agency); a mass
    organisation's is part of it as the gold draws it (not "Công đoàn Công ty X", nor a party committee,
    each left to its own hierarchy)."""
    k = j + len(_AGENCY)
    if head.kind not in _INSIDE_A_UNIT or not _match_words(tokens, j, _AGENCY) or tokens[j].is_cap:
        return None
    if k >= len(tokens) or not (tokens[k].is_cap and tokens[k].is_word):
        return _body_of_the_article_s_agency(tokens, i, j, head, ctx)
    body = parse_org(tokens, k, ctx, after_title=True)
    if body is None:
        return None
    return OrgMatch(i, body.end, f"{head.canonical} {text_of(tokens, j, k)} {body.label}", head.kind, head.canonical,
                    parent=body, level=body.level, place=body.place, part_of_parent=head.kind == "MassOrganization")


_INSIDE_A_UNIT: Final = ("PartyOrganization", "PartyCommittee", "MassOrganization")
# the bodies whose staff is an agency ("cơ quan") of its own: a ministry and those at its level
_AGENCIES: Final = frozenset((fold(cue("ministry")), *(fold(b) for b in cues("ministry_peers"))))


def _body_of_the_article_s_agency(tokens: list[Token], i: int, j: int, head: OrgHead,
                                  ctx: ArticleContext) -> OrgMatch | None:
    """ "Đại diện Công đoàn cơ quan, …", "Bí thư Đảng ủy cơ quan, Chánh Văn phòng Bộ Y tế": "cơ quan" with
    no body after it is the staff of the ministry (or a body at its level) the article named last."""
    agency = ctx.recent_org_of(_AGENCIES, tokens[i].start)
    if agency is None or ctx.recent_named_org(head.canonical, tokens[i].start) is not None:
        return None  # (a body of that kind named before is the one meant: "Đảng ủy VKSND tối cao … Đảng ủy cơ quan")
    k = j + len(_AGENCY)
    return OrgMatch(i, k, f"{head.canonical} {text_of(tokens, j, k)} {agency}", head.kind, head.canonical,
                    completed=True)
_UNIT_KINDS: Final = ("Enterprise", "School", "Unit")


# "Công ty CP", "Công ty TNHH": a company's legal form, which its name always follows (not a body named back)
_COMPANY_FORMS: Final = frozenset(cues("company_forms"))


def _org_with_name(
    tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext, after_title: bool
) -> OrgMatch | None:
    """A body named by its kind and a proper name ("Sở Nội vụ", "Chi bộ khu vực 3",
    "Trường Chính trị tỉnh Yên Bái"), then the place that completes the name."""
    # A board or unit named after another organisation: "Chi bộ Trường THPT Hồng Quang"
    # (its kind alone names back the one the article named: "Ban Tuyên giáo Đảng ủy Tổng Công ty")
    if head.canonical == _SCHOOL_S_YOUTH_UNION and (j >= len(tokens) or not tokens[j].is_cap):
        # "Bí thư Đoàn trường": the youth union of the school the article named
        school = ctx.recent_named_org(_SCHOOL, tokens[i].start)
        if school is not None:
            return OrgMatch(i, j, f"{_YOUTH_UNION} {school}", head.kind, head.canonical, completed=True)
    named_after = head.canonical in _NAMED_AFTER_ANOTHER
    # "Chi bộ trường Tiểu học An Linh": the unit's head may be written small, its name not
    small_head = named_after and j + 1 < len(tokens) and not tokens[j].is_cap and tokens[j + 1].is_cap
    inner = parse_org(tokens, j, ctx, after_title=after_title or named_after, any_case=small_head) \
        if j < len(tokens) else None
    if inner is not None and named_after:
        # "Đảng ủy Tổng công ty X", "Đảng ủy Văn phòng Bộ Y": the body is named too (not a part
        # of the committee), so that "Tổng Giám đốc Tổng công ty", "Hiệu trưởng Nhà trường",
        # "Chánh Văn phòng Bộ" can name it back
        return OrgMatch(i, inner.end, f"{head.canonical} {inner.label}", head.kind,
                        head.canonical, parent=inner, level=inner.level, place=inner.place, part_of_parent=False)
    if j < len(tokens) and not tokens[j].is_cap and tokens[j].is_word and head.canonical == _OFFICE \
            and (tokens[j].key in NAME_STOPS or tokens[j].key in _AFTER_A_NAME) \
            and not any(_match_words(tokens, j, w) for w in _sectors_at(tokens[j].key)):
        # "Phòng đã phát hiện …", "đề nghị Phòng tiếp tục …": what the office did, no name of it
        # (a field's name may begin with such a word: "phòng tổ chức cán bộ")
        return _named_back(tokens, i, j, head, ctx, after_title)
    if j < len(tokens) and not tokens[j].is_cap and tokens[j].is_word and head.canonical == _OFFICE:
        tokens = tokens[:j] + [Token.of(tokens[j].text.capitalize(), tokens[j].start, tokens[j].end)] \
            + tokens[j + 1:]
    locality = head.canonical in _OF_A_LOCALITY and j < len(tokens) and not tokens[j].is_cap and any(
        _match_words(tokens, j, tuple(w.split())) for w in _LOCALITY
    )
    if j < len(tokens) and head.canonical == _MILITARY_REGION and tokens[j].text.isdigit():
        return OrgMatch(i, j + 1, f"{head.canonical} {tokens[j].text}", head.kind, head.canonical)
    if j < len(tokens) and tokens[j].is_cap and head.canonical in _NAMED_BY_THEIR_PLACE:
        # "Cảng vụ Hàng hải Thành phố Hồ Chí Minh": the place's level capitalised, no name before it
        placed = _unit_of_a_place(tokens, i, j, head, after_title)
        if placed is not None:
            return placed
    if j < len(tokens) and not tokens[j].is_cap and not locality:
        return _unit_of_a_place(tokens, i, j, head, after_title) or _of_a_locality_after_its_field(tokens, i, j, head) \
            or _named_back(tokens, i, j, head, ctx, after_title)
    if j >= len(tokens) or tokens[j].key in lexicon().degrees:
        return _named_back(tokens, i, j, head, ctx, after_title)
    if after_title and head.kind == "Enterprise" and head.canonical not in _COMPANY_FORMS \
            and _holder_named_at(tokens, j):
        # "Phó TGĐ Tập đoàn Đinh Công Hậu": the group the article named, named back, then the holder
        named = _named_back(tokens, i, j, head, ctx, after_title)
        if named is not None:
            return named
    if tokens[j].is_cap and head.kind == "School" and level_at(tokens, j) is not None:
        return _unit_of_a_place(tokens, i, j, head, after_title)  # "Trường Mầm non Thị trấn An Lão"
    k = _locality_end(tokens, j) if locality else _proper_name_end(tokens, j, head)
    if k <= j:
        return _named_back(tokens, i, j, head, ctx, after_title) if locality else None
    return _named_and_placed(tokens, i, j, k, head, ctx, after_title)


def _of_a_locality_after_its_field(tokens: list[Token], i: int, j: int, head: OrgHead) -> OrgMatch | None:
    """ "Chi hội phụ nữ ấp Tân Đông", "Chi hội người cao tuổi thôn 3": a branch of a hamlet named
    by its association's field in small letters, then the hamlet."""
    if head.canonical not in _OF_A_LOCALITY:
        return None
    k = _describing_words_end(tokens, j, stop_after_a_name=False)
    return _of_the_locality_at(tokens, i, j, k, head) if k > j else None


def _unit_of_a_place(tokens: list[Token], i: int, j: int, head: OrgHead, after_title: bool) -> OrgMatch | None:
    """ "Trường Chính trị tỉnh Yên Bái": a unit named by its kind and its province."""
    unit_level = level_at(tokens, j)
    if unit_level is None:
        return None
    pend = place_name_run(tokens, unit_level[1], after_title=after_title)
    if pend <= unit_level[1]:
        return None
    province = place_text(tokens, unit_level[1], pend)
    return OrgMatch(i, pend, f"{head.canonical} {unit_level[0]} {province}", head.kind,
                    head.canonical, level=unit_level[0], place=province)


def _named_back(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                after_title: bool) -> OrgMatch | None:
    """ "Giám đốc Học viện" after "Học viện Hành chính và Quản trị công": a title's body
    left at its kind means the one of that kind the article named last."""
    if not (after_title or head.canonical in _NAMED_BACK_ALONE) \
            or (j < len(tokens) and tokens[j].is_word and level_at(tokens, j) is not None) \
            or (j < len(tokens) and tokens[j].text[:1].isdigit()):  # "Chi bộ 5" after "Chi bộ 4": another
        return None
    recent = ctx.recent_named_org(head.canonical, tokens[i].start)
    if recent is None:
        return None
    return OrgMatch(i, j, recent, head.kind, head.canonical)


def _locality_end(tokens: list[Token], k: int) -> int:
    """ "khu vực 3", "thôn Đông": a locality word, then its number or name."""
    j = k
    while k < len(tokens) and not tokens[k].is_cap and not tokens[k].text.isdigit() \
            and tokens[k].is_word and k - j < 3 and (k == j or tokens[k].key not in NAME_STOPS):
        k += 1
    if k < len(tokens) and tokens[k].text.isdigit():
        return k + 1
    end = place_name_run(tokens, k)
    if end <= k:
        return j  # "Trưởng ban công tác Mặt trận ấp được Chủ tịch …": no name
    return _numbered_after(tokens, end)


def _numbered_after(tokens: list[Token], end: int) -> int:
    """Past the number a hamlet's name may end in ("tổ dân phố Tân Hà 4, phường Tân Hà"), unless
    what it counts follows it ("thôn Đông 20 hộ")."""
    after = end + 1
    if end < len(tokens) and tokens[end].text.isdigit() and len(tokens[end].text) <= 2 \
            and (after >= len(tokens) or tokens[after].key not in _COUNTED):
        return end + 1
    return end


def _ministry_s_name_end(tokens: list[Token], j: int, k: int) -> int:
    """Where a ministry's name begun at token j ends, a sector read up to k: at its field before a holder's name
    ("Bộ trưởng Bộ Công an Tô Lâm"), or at the sector, its whole name ("được Bộ Nông nghiệp và Phát triển nông
    thôn thẩm định"), but for a country abroad ("Bộ Công Thương Lào"); 0 where neither."""
    minister = _ministry_field_before_a_holder(tokens, k)
    if minister:
        return minister
    return k + next((len(c) for c in _COUNTRIES_ABROAD if _match_words(tokens, k, c)), 0) if k > j else 0


def _proper_name_end(tokens: list[Token], j: int, head: OrgHead) -> int:
    """Where a body's proper name ends: at a level, a holder's name, a stop word, a date."""
    k = past_a_sector(tokens, j)
    if head.canonical == _MINISTRY and (ministry := _ministry_s_name_end(tokens, j, k)):
        return ministry
    while k < len(tokens) and k - j < 10:
        t = tokens[k]
        region = max(_numbered_region_end(tokens, k), _unnamed_locality_end(tokens, j, k, head)) if k > j else k
        if region > k:  # "Chi cục Hải quan khu vực VIII"; "Chi hội Phụ nữ thôn chào …" (_unnamed_locality_end)
            return region
        if level_at(tokens, k):
            break
        if k > j and in_capitals(tokens[j]) and in_capitals(t) and province_end(tokens, k):
            break  # "CÔNG TY ĐIỆN LỰC NAM ĐỊNH KỂ TỪ NGÀY …": in capitals a province ends the name
        # "Tổng Công ty Cơ khí Giao thông vận tải Sài Gòn": a sector's name inside the proper name
        sector = next((w for w in _sectors_at(t.key) if _match_words(tokens, k, w)), None) if t.is_cap else None
        if sector is not None:
            k += len(sector)
            continue
        past_small_words = _past_small_words_inside_a_name(tokens, j, k, head)
        if past_small_words > k:
            k = past_small_words
            continue
        whole = org_head_at(tokens, k) if t.is_cap and k > j else None
        if whole is not None and whole.attach == "fixed":
            return k + len(whole.words)  # "Vụ Thi đua - Khen thưởng Viện kiểm sát nhân dân tối cao": its body ends it
        if whole is not None and len(whole.words) > 1 and not tokens[k + 1].is_cap:
            k += len(whole.words)  # "Phòng Công tác chính trị Học viện X": the body above, its head whole
            continue
        if t.is_word and not t.is_cap and k > j and _in_a_name_compound(tokens, k) \
                and not _a_company_s_proper_name_ends_at(tokens, j, k, head):
            k += 1  # "Cục Quản lý thị trường", "Viện Cây lương thực và Cây thực phẩm", "Thi hành án dân sự"
            continue
        if t.is_word:
            if _name_stops_at(tokens, j, k, head) or k > j and a_clause_capitalised_at(tokens, k) \
                    or _a_brand_ends_at(tokens, j, k, head):
                return _runs_to_the_country(tokens, j, k) or _back_off_a_joiner(tokens, j, k)
            k += 1
            continue
        joined = _past_a_joiner(tokens, j, k)
        if joined > k:  # "Tài chính - Kế hoạch", "Môi trường & Công trình", "Văn hóa – Thông tin"
            k = joined
            continue
        if k > j and _a_code_s_dot(tokens, k):
            k += 2  # "Xưởng Quân giới X.42", "Nhà máy A.31": a unit's code, its letter and number
            continue
        if k > j + 1 and _centre_end(tokens, k - 1) == k + 2:
            return k + 2  # "Đảng ủy Quân sự T.Ư": the centre written short ends the name (abbreviations.tsv)
        if k > j and _abbreviation_inside_a_name(tokens, k):
            k += 3  # "Trường Đại học Y khoa (ĐHYK) Vinh": the name goes on past its short form
            continue
        listed = max(_fields_listed_in_a_name(tokens, k), _small_field_before_its_body(tokens, k),
                     _small_field_to_its_national_scope(tokens, k)) if k > j and t.text == "," else k
        if listed > k:
            k = listed  # "Chi cục Chăn nuôi, Thú y và Thủy sản": the fields it serves, listed
            continue
        break
    if k > j and k < len(tokens) and keys(tokens, k - 1, k + 1) == _COUNTRY_WORDS:
        k += 1  # "Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh Việt Nam": a long name cut inside the country
    return _back_off_a_joiner(tokens, j, k)


# The en dash joins a body's fields ("Sở Văn hóa – Thể thao") as it joins a person's posts ("ông A
# – Bí thư Tỉnh ủy – Chủ tịch HĐND tỉnh"): the name goes on past it only to a field that the gold's
# names join so (joined_fields.txt), not to a title, a person, a place or another body.
_EN_DASH: Final = "–"
_ROLE_INDEX: Final = lexicon().role_index  # a title's first words
_JOINED_FIELDS: Final = joined_fields()


def _past_a_joiner(tokens: list[Token], j: int, k: int) -> int:
    """Past a joiner at token k inside a name begun at j: a hyphen or "&" before a capital or a
    number's second part, an en dash before a second field ("Phòng Văn hóa – Thông tin huyện X");
    k where none goes on."""
    if tokens[k].text in ("-", "&") and k + 1 < len(tokens) and (tokens[k + 1].is_cap or _number_goes_on(tokens, k)):
        # "Giám đốc Sở Nội vụ - Bí thư Đảng ủy Sở": a dash before a title joins two posts, not two fields;
        # "Phân xưởng Khai thác 14 - Công ty CP than Vàng Danh": before a company, a unit and the one it is in
        return k if tokens[k + 1].key in _ROLE_INDEX and role_head_at(tokens, k + 1) is not None \
            or tokens[k + 1].key == _DEPUTY_KEY and role_head_at(tokens, k + 2) is not None \
            or _a_company_at(tokens, k + 1) or _a_post_written_small_at(tokens, k + 1) else k + 1
    return k + 3 if tokens[k].text == _EN_DASH and k > j and _second_field_at(tokens, k + 1) else k


def _a_post_written_small_at(tokens: list[Token], k: int) -> bool:
    """ "Chánh án TAND tỉnh X - Phó trưởng cụm …", "Phòng Nội vụ - Thường trực hội đồng …": after a
    dash, a deputy's title or a board's head that a small word follows begins a post, not a field."""
    if tokens[k].key == _DEPUTY_KEY:
        return k + 1 < len(tokens) and tokens[k + 1].is_word and not tokens[k + 1].is_cap
    head = org_head_at(tokens, k)
    after = k + len(head.words) if head is not None else k
    return head is not None and head.attach == "parent" and after < len(tokens) and tokens[after].is_word \
        and not tokens[after].is_cap


def _a_company_at(tokens: list[Token], k: int) -> bool:
    """Whether an enterprise's head that a name follows stands at token k ("Công ty CP than Vàng Danh"); not
    the group a subsidiary's name ends with ("Công ty Than Hà Lầm - Vinacomin")."""
    head = org_head_at(tokens, k)
    return head is not None and head.kind == "Enterprise" and head.attach != "fixed"


def _second_field_at(tokens: list[Token], k: int) -> bool:
    """Whether a body's second field stands at token k, after a dash: a capitalised word and
    the small one after it, a pair the gold's names join so, beginning no body's head or title."""
    return k + 1 < len(tokens) and tokens[k].is_cap and tokens[k + 1].is_word and not tokens[k + 1].is_cap \
        and tokens[k - 2].is_word and (tokens[k].key, tokens[k + 1].key) in _JOINED_FIELDS \
        and org_head_at(tokens, k) is None and role_head_at(tokens, k) is None


_LIST_AND: Final = fold(cue("and"))


def _fields_listed_in_a_name(tokens: list[Token], k: int) -> int:
    """Past ", Thú y và Thủy sản" at token k: fields listed after commas and closed by "và", each a
    capitalised word and its small ones, none a body's head, a title, a person's or a place's name
    (k where there is no such list: "Sở Y tế, Sở Tài chính và ..." lists bodies)."""
    m = k
    while m < len(tokens) and tokens[m].text == ",":
        end = _field_end(tokens, m + 1)
        if end == m + 1:
            if m > k:
                break  # (", Ban Tuyên giáo": the list ends where a body's name begins)
            return k
        m = end
    if m == k or m >= len(tokens):
        return k
    if tokens[m].key != _LIST_AND:
        return m if _a_listed_name_closes_at(tokens, k, m) else k
    end = _field_end(tokens, m + 1)
    return end if end > m + 1 else k


_MOST_FIELDS_LISTED_WITHOUT_AND: Final = 2


def _a_listed_name_closes_at(tokens: list[Token], k: int, m: int) -> bool:
    """ "Vụ Văn hóa, Văn nghệ, Ban Tuyên giáo …", "Phòng Kế toán, Quản trị, Văn thư lưu trữ (thuộc …)":
    fields listed with commas alone (from the comma k to token m) are the name's where a bracket or
    the body it is part of, after a comma, follows them; not a list of bodies of one kind left
    unsaid ("các Sở Nội vụ, Tư pháp, Y tế tham dự")."""
    if sum(1 for x in range(k, m) if tokens[x].text == ",") > _MOST_FIELDS_LISTED_WITHOUT_AND:
        return False
    if tokens[m].text in ("(", ")"):
        return True
    body = org_head_at(tokens, m + 1) if tokens[m].text == "," and m + 1 < len(tokens) else None
    return body is not None


_MOST_WORDS_OF_A_SMALL_FIELD: Final = 5
_QUANTITIES_BEFORE_BODIES: Final = frozenset(fold(w) for w in cues("quantities_before_bodies"))


def _small_field_before_its_body(tokens: list[Token], k: int) -> int:
    """Past ", giáo dục pháp luật" at the comma (or "và") k: a second field written small, the name then
    naming the body it is part of ("Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp"); k where the
    small words do not run, unbroken by a word that ends a name, into a body's head."""
    m = k + 1
    if m < len(tokens) and tokens[m].key in _QUANTITIES_BEFORE_BODIES or role_head_at(tokens, m, any_case=True):
        # "Tổng cục Giáo dục nghề nghiệp, một số Sở LĐTBXH": more bodies listed, counted; "Cảng hàng không
        # quốc tế Long Thành và bộ trưởng Bộ GTVT": a title, its body's holder
        return k
    while m < len(tokens) and m - k <= _MOST_WORDS_OF_A_SMALL_FIELD and tokens[m].is_word and not tokens[m].is_cap \
            and not tokens[m].text.isdigit() and tokens[m].key not in NAME_STOPS \
            and tokens[m].key not in _AFTER_A_NAME and level_at(tokens, m) is None:
        m += 1
    body = org_head_at(tokens, m) if m > k + 1 and m < len(tokens) and tokens[m].is_cap else None
    # the body above it, a state body with a name of its own ("Sở Tư pháp", "Bộ Y tế")
    return m if body is not None and body.kind == "StateBody" and body.attach == "name" else k


def _small_field_to_its_national_scope(tokens: list[Token], k: int) -> int:
    """Past ", tiền tệ Quốc gia" at the comma k: a second field written small that runs, unbroken
    by a word that ends a name, into the national scope that closes the name ("Hội đồng Tư vấn
    chính sách tài chính, tiền tệ Quốc gia", "Trung tâm Phối hợp, tìm kiếm cứu nạn hàng hải Việt
    Nam"); k where the small words end elsewhere ("Cục Đào tạo, bồi dưỡng cán bộ tỉnh …")."""
    m = k + 1
    while m < len(tokens) and m - k <= _MOST_WORDS_OF_A_FIELD_BEFORE_ITS_SCOPE and tokens[m].is_word \
            and not tokens[m].is_cap and not tokens[m].text.isdigit() and tokens[m].key not in NAME_STOPS \
            and tokens[m].key not in _AFTER_A_NAME and level_at(tokens, m) is None:
        m += 1
    if m == k + 1 or m >= len(tokens) or not tokens[m].is_cap:
        return k
    scope = next((w for w in _NATIONAL_SCOPE + (_COUNTRY_WORDS,) if keys(tokens, m, m + len(w)) == w), None)
    end = m + len(scope) if scope is not None else m
    return end if end > m and (end >= len(tokens) or not tokens[end].is_cap) else k


_MOST_WORDS_OF_A_FIELD_BEFORE_ITS_SCOPE: Final = 6


def _past_small_words_inside_a_name(tokens: list[Token], j: int, k: int, head: OrgHead) -> int:
    """Past small words at token k that a name of a body (begun at j) goes on through: a sector
    joined by "và" or a dash, a second field joined by "và", or a department's field that runs into the
    body it is part of (k where there are none)."""
    if k == j or tokens[k].is_cap or not tokens[k].is_word:
        return k
    if tokens[k].key == _AND and (field_end := _small_field_before_its_body(tokens, k)) > k:
        return field_end  # "Phòng Khảo thí và quản lý chất lượng Sở GD&ĐT": a second field joined by "và"
    if head.kind == "StateBody" and head.canonical != _MINISTRY and tokens[k - 1].is_cap:
        # (not a ministry, part of no body: "Bộ Quốc phòng về tổ chức lại Ban Chỉ huy Quân sự …")
        into_a_body = _small_words_run_into_a_body(tokens, k)
        if into_a_body > k:
            return into_a_body
    return k + _joined_sector_in_small_letters(tokens, k)


def _small_words_run_into_a_body(tokens: list[Token], k: int) -> int:
    """ "Phòng Cảnh sát giao thông Công an tỉnh X", "Phòng Cảnh sát quản lý hành chính về trật tự xã
    hội Công an tỉnh Y": a department's field written small from token k runs, unbroken by a word
    that ends a name, into the head of the body it is part of, capitalised: the name goes on to it
    (where that head begins; k where the small words do not run into one)."""
    m = k
    while m < len(tokens) and m - k < _MOST_WORDS_OF_A_DEPARTMENT_S_FIELD and tokens[m].is_word \
            and not tokens[m].is_cap and not tokens[m].text.isdigit() \
            and (tokens[m].key not in NAME_STOPS or tokens[m].key in _SMALL_WORDS_OF_A_FIELD) \
            and tokens[m].key not in _AFTER_A_NAME and level_at(tokens, m) is None:
        m += 1
    return m if m > k and m < len(tokens) and tokens[m].is_cap and org_head_at(tokens, m) is not None \
        and not _rank_or_title_at(tokens, m) else k  # ("… trình Bộ trưởng Bộ Công Thương": a title begins)


_MOST_WORDS_OF_A_DEPARTMENT_S_FIELD: Final = 8
_SMALL_WORDS_OF_A_FIELD: Final = frozenset(fold(w) for w in cues("small_words_of_a_department_s_field"))


_LONGEST_FIELD_ABBREVIATION: Final = 3


def _field_end(tokens: list[Token], m: int) -> int:
    if m < len(tokens) and tokens[m].is_word and tokens[m].text.isupper() and tokens[m].text.isalpha() \
            and len(tokens[m].text) <= _LONGEST_FIELD_ABBREVIATION and org_head_at(tokens, m) is None:
        return m + 1  # "Trung tâm VH, TT và TT huyện X": a field's short form, its capitals alone
    if m >= len(tokens) or not (tokens[m].is_word and tokens[m].is_cap) or tokens[m].text.isupper() \
            or org_head_at(tokens, m) is not None or _rank_or_title_at(tokens, m) or _a_person_s_name_at(tokens, m) \
            or level_at(tokens, m) is not None or province_end(tokens, m, ends_run=True):
        return m
    end = m + 1
    while end < len(tokens) and end - m < _MOST_WORDS_OF_A_LISTED_FIELD and tokens[end].is_word \
            and not tokens[end].is_cap and not tokens[end].text.isdigit() and tokens[end].key not in NAME_STOPS \
            and level_at(tokens, end) is None:
        end += 1
    return end


_MOST_WORDS_OF_A_LISTED_FIELD: Final = 4  # "Văn thư lưu trữ"


def _a_person_s_name_at(tokens: list[Token], m: int) -> bool:
    """Whether a family name begins a person's name at token m: a capitalised word follows it
    ("Trần Văn A"), not a small one ("Quản trị", a field)."""
    return family_name_word(tokens[m].key) and (m + 1 >= len(tokens) or tokens[m + 1].is_cap)


_JOINT_STOCK: Final = frozenset(cues("joint_stock_marks"))


def _number_goes_on(tokens: list[Token], k: int) -> bool:
    """ "Lilama 69-1", "Sông Đà 11-3": a number, a dash and a number written close, one number of a name."""
    return k > 0 and tokens[k - 1].text.isdigit() and tokens[k + 1].text.isdigit() \
        and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _abbreviation_inside_a_name(tokens: list[Token], k: int) -> bool:
    """An abbreviation in brackets at token k with the name going on, capitalised, after it."""
    return skip_parenthesis(tokens, k) == k + 3 and tokens[k + 1].text.isupper() and k + 3 < len(tokens) \
        and tokens[k + 3].is_word and tokens[k + 3].is_cap


def _name_text(tokens: list[Token], start: int, end: int) -> str:
    """The words of a name, without the short form it gives in brackets inside it."""
    k = start
    parts: list[str] = []
    while k < end:
        if k > start and _abbreviation_inside_a_name(tokens, k):
            parts.append(text_of(tokens, start, k))
            start = k = k + 3
            continue
        k += 1
    return " ".join([*parts, text_of(tokens, start, end)])


def _in_a_name_compound(tokens: list[Token], k: int) -> bool:
    """Whether the small syllable at token k makes, with the one before or after it, a word
    the genre writes small inside a body's name ("quốc tế" in "Vụ Hợp tác quốc tế")."""
    return keys(tokens, k, k + 2) in _NAME_COMPOUNDS or (not tokens[k - 1].is_cap and keys(tokens, k - 1, k + 1)
                                                         in _NAME_COMPOUNDS)


def _back_off_a_joiner(tokens: list[Token], j: int, k: int) -> int:
    while k > j + 1 and (tokens[k - 1].text in ("-", "&") or tokens[k - 1].key == _AND and not tokens[k - 1].is_cap):
        k -= 1  # "Sở Nội vụ - Trần Minh Quân", "Bộ Ngoại giao và Huy hiệu …": a joiner that led to no more name
    return k


# the few written here and those the gold's names use (name_compounds.txt, derived)
_NAME_COMPOUNDS: Final = frozenset(tuple(fold(w) for w in c.split()) for c in cues("small_words_of_a_name")) \
    | name_compounds()
_INSIDE_A_NATIONAL_NAME: Final = frozenset(fold(w) for w in cues("inside_a_national_name"))
_NOT_INSIDE_A_NAME: Final = frozenset(fold(w) for w in cues("not_inside_a_national_name"))


def _runs_to_the_country(tokens: list[Token], j: int, k: int) -> int:
    """ "Cục Đường thủy nội địa Việt Nam", "Tổng công ty Đầu tư phát triển đô thị và khu công
    nghiệp Việt Nam": a national body's name goes on in small letters up to the country that
    ends it (0 when the small words do not reach it)."""
    m = k
    while m < len(tokens) and m - k < 8 and tokens[m].is_word and not tokens[m].is_cap \
            and not tokens[m].text.isdigit() and tokens[m].key not in _NOT_INSIDE_A_NAME \
            and (tokens[m].key not in NAME_STOPS or tokens[m].key in _INSIDE_A_NATIONAL_NAME):
        m += 1
    if m == k or not tokens[m - 1].is_word or not _match_words(tokens, m, _COUNTRY_WORDS) \
            or not tokens[m].is_cap:
        return 0
    return m + len(_COUNTRY_WORDS)


_NUMBERED_REGION: Final = surface_words(cue("numbered_region"))
_REGION_NUMBER: Final = re.compile(r"(?:[IVXL]+|[0-9]{1,2})[A-Z]?")


def _numbered_region_end(tokens: list[Token], k: int) -> int:
    """Past "khu vực VIII" at token k (k when there is none there)."""
    n = len(_NUMBERED_REGION)
    if k + n < len(tokens) and tokens[k].key == _NUMBERED_REGION[0] and _match_words(tokens, k, _NUMBERED_REGION) \
            and _REGION_NUMBER.fullmatch(tokens[k + n].text):
        return k + n + 1
    return k


_FIELDS_AS_LOCAL_OFFICES: Final = frozenset(cues("fields_as_local_offices"))
_NUMBERED_AT_A_LEVEL: Final = frozenset(cues("numbered_at_a_level"))


def _numbered_at_a_level(tokens: list[Token], i: int, j: int, head: OrgHead, ctx: ArticleContext,
                         after_title: bool) -> OrgMatch | None:
    """ "Thuế cơ sở 3 tỉnh Hòa Lạc": one of a province's numbered offices (since 2025), its
    number between the head and the level; elsewhere a number there counts places ("Hội Nông
    dân 2 xã")."""
    if head.canonical not in _NUMBERED_AT_A_LEVEL or j + 1 >= len(tokens) or not tokens[j].text.isdigit() \
            or len(tokens[j].text) > 2 or level_at(tokens, j + 1) is None:
        return None
    body = _org_with_level(tokens, i, j + 1, head, ctx, after_title)
    if body is None or body.place is None:
        return None
    numbered = f"{head.canonical} {tokens[j].text}"
    return dataclasses.replace(body, label=numbered + body.label[len(head.canonical):])


def _of_a_numbered_region(tokens: list[Token], i: int, j: int, head: OrgHead) -> OrgMatch | None:
    """ "Kho bạc Nhà nước khu vực XV": a body of a level serving a numbered region; since 2025 the
    courts' and procuracies' regions also name their province after a dash ("Tòa án nhân dân khu
    vực 2 - Cần Thơ"), and the courts of the second instance the city they sit in ("Tòa án nhân dân
    cấp cao tại Đà Nẵng")."""
    region = _numbered_region_end(tokens, j)
    if region <= j:
        return _seat_of_a_high_court(tokens, i, j, head)
    if region + 1 < len(tokens) and tokens[region].text in DASHES and tokens[region + 1].is_cap:
        province = province_end(tokens, region + 1, ends_run=True)
        region = province or region
    return OrgMatch(i, region, f"{head.canonical} {text_of(tokens, j, region)}", head.kind, head.canonical)


_SEAT_OF_A_HIGH_COURT: Final = surface_words(cue("seat_of_a_high_court"))


def _seat_of_a_high_court(tokens: list[Token], i: int, j: int, head: OrgHead) -> OrgMatch | None:
    """ "Tòa án nhân dân cấp cao tại Đà Nẵng": a court or procuracy of the second instance, named by
    the city it sits in after "cấp cao tại" at token j (cue seat_of_a_high_court); else None."""
    k = j + len(_SEAT_OF_A_HIGH_COURT)
    if k >= len(tokens) or tokens[j].key != _SEAT_OF_A_HIGH_COURT[0] or keys(tokens, j, k) != _SEAT_OF_A_HIGH_COURT \
            or not tokens[k].is_cap:
        return None
    city = province_end(tokens, k, ends_run=True)
    if not city:
        return None
    return OrgMatch(i, city, f"{head.canonical} {text_of(tokens, j, city)}", head.kind, head.canonical)


_REGIONS_ENDING_A_NAME: Final = frozenset(surface_words(w) for w in cues("regions_ending_a_name"))


def _a_company_s_proper_name_ends_at(tokens: list[Token], j: int, k: int, head: OrgHead) -> bool:
    """ "Công ty Cường Hưng kinh doanh bến thủy": a company's name ends on its proper name, the words in
    small letters after it (though they make a name's compound elsewhere: "Đăng ký kinh doanh") what it does."""
    return head.kind == "Enterprise" and k >= j + 2 and tokens[k].key != _AND and _a_proper_name_ends_at(tokens, k) \
        or _a_brand_ends_at(tokens, j, k, head)


# "Công ty Formosa và Công ty X", "Ngân hàng Vietinbank chi nhánh Nghệ An": a list or the branch goes on
# (in a foreign name too: "Bank of Tokyo", "DoubleTree by Hilton")
_GOES_ON_AFTER_A_BRAND: Final = frozenset((_AND, fold(cue("branch").split()[0]),
                                           *map(fold, cues("small_words_of_foreign_names"))))


def _a_brand_ends_at(tokens: list[Token], j: int, k: int, head: OrgHead) -> bool:
    """ "Công ty Formosa xả thải", "Tổng công ty Viễn thông Mobifone mua …": a company's name ends on a brand,
    a word no Vietnamese syllable spells, before a small word (what the company does)."""
    brand = tokens[k - 1].text if k > j else ""
    return head.kind == "Enterprise" and brand.isalpha() and brand[0].isupper() and not brand.isupper() \
        and tokens[k].text.isalpha() and not tokens[k].is_cap and tokens[k].key not in _GOES_ON_AFTER_A_BRAND \
        and not spells_a_syllable(brand)


def _a_proper_name_ends_at(tokens: list[Token], k: int) -> bool:
    """Two capitalised syllables before the small word at token k, neither an abbreviation
    ("Hòa Lạc", "Việt Nam"): a place's or a person's name, which a body's name ends on;
    a small word after it begins what the sentence says ("... An Linh kết nạp ...")."""
    return all(tokens[m].is_word and tokens[m].is_cap and not tokens[m].text.isupper() for m in (k - 2, k - 1)) \
        and tokens[k].is_word and not tokens[k].text.isdigit()


def _unnamed_locality_end(tokens: list[Token], j: int, k: int, head: OrgHead) -> int:
    """Past a place below a commune, written small at token k with no name or number after it, that a
    body of such a place ends its name in ("Chi hội Phụ nữ ấp phụ trách …": the gold's short form
    "Chi hội Phụ nữ ấp"); k where there is none."""
    if k == j or tokens[k].is_cap or head.canonical not in _OF_A_LOCALITY or tokens[k].key not in _LOCALITY_FIRST:
        return k
    words = next((w for w in _LOCALITY_WORDS if _match_words(tokens, k, w)), None)
    if words is None or _locality_named_at(tokens, k):
        return k
    return k + len(words)


def _locality_named_at(tokens: list[Token], k: int) -> bool:
    """A place below a commune, written small, and its name or number at token k ("tổ dân phố Mai Xá 3")."""
    words = next((w for w in _LOCALITY_WORDS if _match_words(tokens, k, w)), None)
    after = k + len(words) if words is not None else len(tokens)
    return after < len(tokens) and not tokens[k].is_cap and (tokens[after].is_cap or tokens[after].text.isdigit())


_COUNTED: Final = frozenset(fold(w) for w in cues("counted_after_a_number"))
_LOCALITY_WORDS: Final = tuple(sorted((tuple(fold(w) for w in c.split()) for c in cues("localities")), key=len,
                                      reverse=True))
_LOCALITY_FIRST: Final = frozenset(w[0] for w in _LOCALITY_WORDS)


def _and_joins_a_name(tokens: list[Token], k: int) -> bool:
    """ "và" between two capitalised parts of one name: "Sở Thông tin và Truyền thông"; not
    before a title, a degree, another body or a document ("Đảng ủy Tổng công ty X và Kế hoạch số 85",
    "Trường Đại học X và ThS Nguyễn Hồng Soa")."""
    return k + 1 < len(tokens) and tokens[k + 1].is_cap and not _rank_or_title_at(tokens, k + 1) \
        and tokens[k + 1].key not in lexicon().degrees \
        and not org_head_at(tokens, k + 1) and not _document_kind_at(tokens, k + 1)


def _document_kind_at(tokens: list[Token], k: int) -> bool:
    kinds = _document_kinds_by_first().get(tokens[k].text, ())
    return any(text_of(tokens, k, k + len(kind.split())) == kind for kind in kinds)


@cache
def _document_kinds_by_first() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = {}
    for kind in lexicon().document_kinds:
        by_first.setdefault(kind.split()[0], []).append(kind)
    return {first: tuple(kinds) for first, kinds in by_first.items()}


_TWO_WORDS_ENDING_A_FIELD: Final = frozenset(surface_words(w) for w in cues("words_of_a_field_before_and"))
_MOST_WORDS_OF_A_FIELD_BEFORE_AND: Final = 4


def _field_goes_on_to_and(tokens: list[Token], k: int) -> bool:
    """Whether the small words from token k end one field of a body's name, a "và" joining the
    next, capitalised ("Cục Kinh tế hợp tác và Phát triển nông thôn", "Ban Quản lý dự án đầu tư
    và Xây dựng"): a field written small after its first word, not what the sentence says."""
    m = k
    while m < len(tokens) and m - k < _MOST_WORDS_OF_A_FIELD_BEFORE_AND and tokens[m].is_word and not tokens[m].is_cap \
            and not tokens[m].text.isdigit() and tokens[m].key != _AND and level_at(tokens, m) is None:
        if keys(tokens, m, m + 2) in _TWO_WORDS_ENDING_A_FIELD:
            m += 2
            continue
        if tokens[m].key in NAME_STOPS or tokens[m].key in _AFTER_A_NAME:
            return False
        m += 1
    return m > k and m < len(tokens) and tokens[m].key == _AND and _field_end(tokens, m + 1) > m + 1


@cache
def _award_kinds_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for kind in lexicon().award_kinds:
        words = tuple(fold(w) for w in kind.split())
        if len(words) > 1:  # (a word of one syllable may begin a name: none of the kinds is one)
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(kinds) for first, kinds in by_first.items()}


def _award_kind_at(tokens: list[Token], k: int) -> bool:
    """Whether an award's kind ("Huân chương", "Bằng khen", "Cờ thi đua") begins at token k."""
    return any(keys(tokens, k, k + len(kind)) == kind for kind in _award_kinds_by_first().get(tokens[k].key, ()))


_LEGAL_FORMS: Final = frozenset(fold(w) for w in cues("company_legal_forms"))


_MOST_WORDS_OF_A_SMALL_FIELD_AFTER_AND: Final = 3


def _small_field_runs_to_a_place(tokens: list[Token], k: int) -> bool:
    """ "Trung tâm Quan trắc tài nguyên và môi trường tỉnh X": after the "và" at token k, a second
    field in small letters that runs, unbroken by a word that ends a name, into a level and the
    place's name: the body's name goes on to its place (not "… và các xã": no field)."""
    m = k + 1
    while m < len(tokens) and m - k <= _MOST_WORDS_OF_A_SMALL_FIELD_AFTER_AND and tokens[m].is_word \
            and not tokens[m].is_cap and not tokens[m].text.isdigit() and level_at(tokens, m) is None:
        if tokens[m].key in NAME_STOPS or tokens[m].key in _AFTER_A_NAME:
            return False
        m += 1
    found = level_at(tokens, m) if m > k + 1 else None
    return found is not None and place_name_run(tokens, found[1]) > found[1]


def _name_stops_at(tokens: list[Token], j: int, k: int, head: OrgHead) -> bool:
    t = tokens[k]
    if t.key in _LEGAL_FORMS and all(tokens[x].key in _LEGAL_FORMS for x in range(j, k)):
        return False  # "Tổng Công ty Cổ phần Bảo hiểm X": the legal form, its name still to come
    if k > j and not t.is_cap and _field_goes_on_to_and(tokens, k):
        return False
    if k > j and head.canonical in _OF_A_LOCALITY and _locality_named_at(tokens, k):
        return False  # "Chi hội CCB thôn Phú Sơn", "Chi hội Người cao tuổi tổ dân phố 3": where it is
    if t.key == _AND and (_and_joins_a_name(tokens, k) or k > j and _small_field_runs_to_a_place(tokens, k)):
        return False
    if k > j and _a_word_begun_by_a_capital(tokens, k):
        return False  # "Báo Giao thông", "Phòng Tổng hợp": the word goes on in small letters
    if k > j and t.key in lexicon().family_names and _person_follows(tokens, k) \
            and not all(tokens[x].key in _LEGAL_FORMS for x in range(j, k)):
        # "Sở Nội vụ Trần Minh Quân": the holder's name, not the body's; not right after a
        # company's legal form, which a name follows ("Công ty CP Đường Cần Đước": sugar, not Mr Đường)
        return True
    if t.key in _PLURAL_INSIDE_A_NAME and not t.is_cap and k > j and _what_a_body_serves_end(tokens, k) > k:
        return False  # "Viện Lâm sàng các bệnh Truyền nhiễm"
    if (t.key in NAME_STOPS or t.key in _AFTER_A_NAME) and not t.is_cap:
        return True
    if not t.is_cap and k + 1 < len(tokens) and ((t.key, tokens[k + 1].key) in _PAIRS_AFTER_A_NAME
                                                 or (t.key, tokens[k + 1].key) in _OCCASIONS_AFTER_A_NAME):
        return True  # "Viện Khoa học Sự sống giới thiệu …": what the body did begins; "… nhân dịp": what for
    if not t.is_cap and t.key in _OPENS_A_TIME and k + 1 < len(tokens) and tokens[k + 1].key in _PERIODS:
        return True  # "Học viện Cảnh sát nhân dân đầu tháng 4 kín lịch": a time of the month begins
    if not t.is_cap and k >= j + 2 and _a_proper_name_ends_at(tokens, k):
        return True  # "Trường Tiểu học An Linh kết nạp ...": a place's or a person's name ends it
    if not t.is_cap and not t.text.isdigit() and k > j and tokens[k - 1].text.isupper() \
            and len(tokens[k - 1].text) > 1:
        return True  # "Sở GDĐT chọn ...": an abbreviation is a whole name
    if not t.is_cap and not t.text.isdigit() and head.kind in ("StateBody",) \
            and k > j and not tokens[k - 1].is_cap:
        return True
    if not t.is_cap and head.canonical in _PROPER_NAME_ONLY:
        return True  # "Báo Hòa Bình phỏng vấn ...": a paper's name is its capitalised words
    if not t.is_cap and k >= j + 2 and (keys(tokens, k - 2, k) == _COUNTRY_WORDS
                                        or keys(tokens, k - 2, k) in _REGIONS_ENDING_A_NAME):
        return True  # "Tập đoàn Điện lực Việt Nam trang trọng ...": the country or a region ends a name
    if t.is_cap and starts_a_day(tokens, k):
        return True  # "Báo Cà Mau Ngày 15/1": a date begins
    if t.is_cap and k > j and rank_at(tokens, k):
        return True  # "Bộ trưởng Bộ Công an Thượng tướng A": the holder's rank, then the holder
    if t.is_cap and _award_kind_at(tokens, k):
        return True  # "tặng Công ty Huân chương Lao động hạng Nhì": the award begins
    # "Sở Lao động - Thương binh và Xã hội Phú Yên": the province ends it
    return k > j and t.is_cap and bool(_province_ending_a_name(tokens, k))


def _province_ending_a_name(tokens: list[Token], k: int) -> int:
    """The end of a province's name at token k that ends a body's name: the last of its capitalised run,
    or one the holder's name follows ("Phó Giám đốc Sở Tư pháp Hải Dương Bùi Sỹ Hoàng"); else 0."""
    end = province_end(tokens, k)
    if not end:
        return 0  # (most tokens begin no province: one look)
    ended = province_end(tokens, k, ends_run=True)
    if ended:
        return ended
    return end if end < len(tokens) and family_name_word(tokens[end].key) and _person_follows(tokens, end) else 0


_PLURAL_INSIDE_A_NAME: Final = frozenset(fold(w) for w in cues("plural_inside_a_name"))
_PLURALS_THAT_END_A_NAME: Final = frozenset(surface_words(w) for w in cues("plurals_that_end_a_name"))
_MOST_WORDS_OF_WHAT_A_BODY_SERVES: Final = 4


def _what_a_body_serves_end(tokens: list[Token], k: int) -> int:
    """Past "các tình huống khẩn cấp" at the plural word k inside a name: the small words of what
    the body serves, which the capitalised rest of its name ("… các bệnh Truyền nhiễm") or, after a
    comma, the body above it follows; k where they name what it works among ("các cấp", "các xã")."""
    if any(keys(tokens, k + 1, k + 1 + len(w)) == w for w in _PLURALS_THAT_END_A_NAME):
        return k
    m = k + 1
    while m < len(tokens) and m - k <= _MOST_WORDS_OF_WHAT_A_BODY_SERVES and tokens[m].is_word \
            and not tokens[m].is_cap and not tokens[m].text.isdigit() and tokens[m].key not in NAME_STOPS \
            and tokens[m].key not in _AFTER_A_NAME and level_at(tokens, m) is None:
        m += 1
    if m == k + 1 or m >= len(tokens):
        return k
    if tokens[m].is_cap and tokens[m].is_word:
        goes_on = org_head_at(tokens, m) is None and not _rank_or_title_at(tokens, m) \
            and not _a_person_s_name_at(tokens, m) and level_at(tokens, m) is None
        return m if goes_on else k
    return m if tokens[m].text == "," and org_head_at(tokens, m + 1) is not None else k


def _named_and_placed(tokens: list[Token], i: int, j: int, k: int, head: OrgHead, ctx: ArticleContext,
                      after_title: bool) -> OrgMatch:
    """The body's name tokens j..k, with the place that follows or the article's."""
    marked = head.kind == "Enterprise" and k - j > 2 and tokens[k - 1].text in _JOINT_STOCK \
        and tokens[k - 2].text in DASHES
    if marked:
        k -= 2  # "Tổng công ty Điện lực Dầu khí Việt Nam - CTCP": the mark of a joint-stock company, no name
    name = _name_text(tokens, j, k)
    end = k
    level: str | None = None
    place: str | None = None
    # (a province goes on a name's capitalised run unless it ends it, but in capitals nothing tells)
    named_province = _province_ending_a_name(tokens, k) if k >= len(tokens) or not in_capitals(tokens[k]) \
        else province_end(tokens, k)
    if named_province and place_text(tokens, k, named_province) == UNCLE_HO:
        # "Học viện Chính trị quốc gia Hồ Chí Minh": named after him, not the city
        name = f"{name} {UNCLE_HO}"
        end = named_province
    elif named_province:
        place = place_text(tokens, k, named_province)
        level = _CITY if place in lexicon().central_cities else _PROVINCE
        # "Phòng Lý luận chính trị Ban Tuyên giáo Tỉnh ủy Nam Định": the committee names the level;
        # a school or an enterprise keeps its name as written ("Trường Đại học Y Hà Nội",
        # "Tổng công ty Xây dựng Hà Nội": a proper name, not a body of the city)
        named_level = " ".join(name.split()[-2:]) in committees() or head.kind in ("School", "Enterprise")
        name = f"{name} {place}" if named_level else f"{name} {level} {place}"
        end = named_province
    found = level_at(tokens, k) if not named_province else None
    if found:
        level, m = found
        pend = place_name_run(tokens, m, after_title=after_title)
        if pend > m:
            place = place_text(tokens, m, pend)  # "Sở Y tế TP.HCM": Thành phố Hồ Chí Minh
            name = f"{name} {level} {place}"
            end = pend
        elif head.canonical in _BODIES_OF_A_PLACE or head is _UNKNOWN_KIND:  # "Chủ tịch Hội đồng NVQS huyện"
            place = ctx.place_for(level, tokens[i].start)
            name = f"{name} {level}" + (f" {place}" if place else "")
            end = m
    if head.canonical == _PARTY_CELL:
        cell = _cell_of_a_locality(tokens, i, end, head, name, level, place)
        if cell is not None:
            return cell
    if place is None and head.canonical == _DEPARTMENT:
        place = ctx.province_or_central_city_for(tokens[i].start)
        if place and not name.endswith(f" {place}"):  # ("Sở Y tế" in an article on Hà Nội: of the city)
            name = f"{name} {_CITY if place in lexicon().central_cities else _PROVINCE} {place}"
    if head.kind == "Enterprise" and end + 1 < len(tokens) and tokens[end].text in DASHES \
            and tokens[end + 1].text in _JOINT_STOCK:
        end += 2  # "Tổng công ty Xây dựng Hà Nội – CTCP": the mark goes with the name, though not in its label
    elif marked:
        end = k + 2
    return OrgMatch(i, end, f"{head.canonical} {expand_abbreviations(_spelt_out(name, ctx))}", head.kind,
                    head.canonical, level=level, place=place)


def _spelt_out(name: str, ctx: ArticleContext) -> str:
    """ "Cục THADS tỉnh" after "Cục Thi hành án dân sự (THADS) tỉnh X": the abbreviations the article
    defined, written out."""
    if not ctx.abbreviations:
        return name
    return " ".join(ctx.abbreviations.get(w, w) for w in name.split())


def learn_abbreviations(tokens: list[Token], ctx: ArticleContext) -> None:
    """Remember the abbreviations a sentence defines in brackets after the words they spell
    ("Cục Thi hành án dân sự (THADS)", "Quỹ tín dụng nhân dân (QTDND)"): the words just before
    the brackets whose initials, without their marks, are the letters in them."""
    for k in range(1, len(tokens) - 2):
        short = tokens[k + 1].text
        if tokens[k].text != "(" or tokens[k + 2].text != ")" or not (short.isupper() and short.isalpha()) \
                or len(short) < _FEWEST_LETTERS or short in ctx.abbreviations:
            continue
        start = k - len(short)
        if start >= 0 and all(tokens[m].is_word for m in range(start, k)) \
                and initials(text_of(tokens, start, k)) == short:
            ctx.abbreviations[short] = text_of(tokens, start, k)


_FEWEST_LETTERS: Final = 3  # "(TW)", "(CĐ)": too short to tell a definition from a code


def _cell_of_a_locality(tokens: list[Token], i: int, end: int, head: OrgHead, name: str, level: str | None,
                        place: str | None) -> OrgMatch | None:
    """ "Chi bộ khu phố 2, phường Xuân Khánh": the ward names where the cell is."""
    if not (end + 2 < len(tokens) and tokens[end].text == ","):
        return None
    found = level_at(tokens, end + 1)
    ward = lexicon().level(found[0]) if found else None
    if found is None or ward is None or ward.rank < 3:
        return None
    pend = place_name_run(tokens, found[1])
    if pend <= found[1]:
        return None
    short = f"{head.canonical} {expand_abbreviations(name)}"
    name = f"{name}, {text_of(tokens, end + 1, pend)}"
    return OrgMatch(i, pend, f"{head.canonical} {expand_abbreviations(name)}", head.kind, head.canonical,
                    level=level, place=place, aliases=(short,))


def _rank_or_title_at(tokens: list[Token], k: int) -> bool:
    """A military or police rank ("Thiếu tá") or a post's title starts at token k: after
    "và" it begins a person, not the rest of a body's name."""
    return rank_at(tokens, k) or role_head_at(tokens, k) is not None


@cache
def _sector_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in lexicon().sectors:  # longest first, kept so in each list
        index.setdefault(words[0], []).append(words)
        if "-" in words:  # "Lao động – Thương binh và Xã hội": the genre writes the dash either way
            index[words[0]].append(tuple(_EN_DASH if w == "-" else w for w in words))
    return {first: tuple(names) for first, names in index.items()}


def _sectors_at(first: str) -> tuple[tuple[str, ...], ...]:
    return _sector_index().get(first, ())


def _joined_sector_in_small_letters(tokens: list[Token], k: int) -> int:
    """ "Trung tâm Kỹ thuật tài nguyên và môi trường": a sector of two parts joined by "và" or a
    dash, written small after the field that opens a unit's name, is read whole (the number of
    its words; 0 where none begins at k): the name goes on past its "và"."""
    sector = next((w for w in _sectors_at(tokens[k].key) if _match_words(tokens, k, w)), None)
    if sector is None or not any(w == _AND or w in DASHES for w in sector):
        return 0
    return len(sector)


def _known_place_end(tokens: list[Token], k: int, level: str, ctx: ArticleContext) -> int:
    """The end of a place of ``level`` the article has named, starting at token k, else k.

    After a title a capitalised run is read as the holder's name; a run the article
    names elsewhere as a place of this level is the place."""
    known = {name for _, name in ctx.places.get(level, [])}
    if not known or k >= len(tokens) or not any(name.startswith(tokens[k].text) for name in known):
        return k
    for n in (4, 3, 2):
        if k + n <= len(tokens) and place_text(tokens, k, k + n) in known:
            return k + n
    return k


_PROPER_NAME_ONLY: Final = frozenset(cues("proper_name_only"))


def _person_follows(tokens: list[Token], k: int) -> bool:
    """A full name (family name and two or three capitalised syllables) starts at k."""
    if k + 3 <= len(tokens) and text_of(tokens, k, k + 3) == UNCLE_HO:
        return False  # "Học viện Chính trị Quốc gia Hồ Chí Minh": named after him
    n = 0
    while k + n < len(tokens) and tokens[k + n].is_word and tokens[k + n].is_cap and n < 5:
        n += 1
    return 3 <= n <= 4 and not _begins_in_a_place_s_name(tokens, k, k + n)  # "Sơn La Hoàng Tiến Đức"


def role_head_at(tokens: list[Token], i: int, *, any_case: bool = False) -> RoleHead | None:
    if i >= len(tokens) or not (tokens[i].is_cap or any_case) or tokens[i].key not in lexicon().role_index:
        return None  # (most words begin no head: the index's keys tell)
    if not isinstance(tokens, Tokens):
        return _head_at(tokens, i, _ROLE_HEADS, None)
    read = tokens.role_heads
    if i in read:  # asked again by every extractor
        known: RoleHead | None = read[i]
        return known
    return _head_at(tokens, i, _ROLE_HEADS, read)


@dataclass(unsafe_hash=True)  # never changed once made: see OrgMatch
class _Title:
    """A post's title read at a token: "nguyên Phó Bí thư" (former, deputy, the title's head)."""

    start: int       # the first token ("nguyên", "Phó" or the head)
    head_start: int  # the head's first token
    end: int         # one past the head
    former: str      # "nguyên " or ""
    role: str        # "Phó Bí thư", "Quyền Chủ tịch"
    head: RoleHead

    def __init__(self, start: int, head_start: int, end: int, former: str, role: str, head: RoleHead) -> None:
        self.start = start
        self.head_start = head_start
        self.end = end
        self.former = former
        self.role = role
        self.head = head


def _title_at(tokens: list[Token], at: int, any_case: bool) -> _Title | None:
    i = at + 1 if _newly_before_a_title(tokens, at) else at
    if i >= len(tokens) or not (tokens[i].is_cap or tokens[i].key in FORMER_KEYS or any_case):
        return None
    key = tokens[i].key
    if key not in lexicon().role_index and key not in FORMER_KEYS and key != _ACTING_KEY and key != _DEPUTY_KEY:
        return None  # a title begins with one of these words or a title's head: most tokens, none
    j = i
    former = ""
    if j < len(tokens) and tokens[j].key in FORMER_KEYS:
        former = _FORMER + " "
        j += 1
    deputy = ""
    if j < len(tokens) and tokens[j].key == _ACTING_KEY and tokens[j].is_cap:
        deputy = _ACTING + " "  # "Quyền Chủ tịch UBND tỉnh"
        j += 1
    if j < len(tokens) and tokens[j].key == _DEPUTY_KEY and (tokens[j].is_cap or any_case):
        deputy += _DEPUTY + " "
        j += 1
    head = role_head_at(tokens, j, any_case=bool(deputy) or any_case) \
        if tokens[j:j + 1] and (tokens[j].is_cap or deputy or any_case) else None
    if head is None and deputy.endswith(f"{_DEPUTY} "):
        # "Phó Ban Dân vận Tỉnh ủy": a deputy's title of its own (roles.tsv), the word "Phó" in it
        head = role_head_at(tokens, j - 1, any_case=any_case)
        j, deputy = (j - 1, deputy.removesuffix(f"{_DEPUTY} ")) if head is not None else (j, deputy)
    if head is None:
        return None
    end, role = j + len(head.words), deputy + head.role
    if deputy and _match_words(tokens, end, _IN_CHARGE_WORDS) and end + len(_IN_CHARGE_WORDS) < len(tokens) \
            and tokens[end + len(_IN_CHARGE_WORDS)].is_cap:
        # "Phó Giám đốc phụ trách Bệnh viện X": the deputy in charge, a post of its own
        end, role = end + len(_IN_CHARGE_WORDS), f"{role} {_IN_CHARGE}"
    elif _glued_by_a_dot(tokens, end):
        end += 1  # "PCT.UBND huyện": an abbreviated title glued to its body by a dot
    return _Title(at, j, end, former, role, head)


def _newly_before_a_title(tokens: list[Token], i: int) -> bool:
    """ "tân Bí thư" in small letters before a capital: the post's new holder."""
    return i + 1 < len(tokens) and tokens[i].key == _NEWLY_KEY and not tokens[i].is_cap and tokens[i + 1].is_cap


def _a_code_s_dot(tokens: list[Token], k: int) -> bool:
    """A dot glued between a capital letter and a number ("X.42"): a unit's code, not a sentence's end."""
    return k + 1 < len(tokens) and tokens[k].text == "." and len(tokens[k - 1].text) == 1 \
        and tokens[k - 1].text.isupper() and tokens[k + 1].text.isdigit() \
        and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _glued_by_a_dot(tokens: list[Token], end: int) -> bool:
    """Whether an abbreviated title ends at ``end`` with a dot that glues it, unspaced, to the
    capitalised word after it ("PCT.UBND", "PBT.ĐU"), or spaced from it ("PCT. Hội phụ nữ huyện", "CT. HPN xã")."""
    return end + 1 < len(tokens) and tokens[end].text == "." and tokens[end - 1].text.isupper() \
        and tokens[end + 1].is_cap and tokens[end - 1].end == tokens[end].start \
        and (tokens[end].end == tokens[end + 1].start or len(tokens[end - 1].text) > 1)


def degrees_start(tokens: list[Token], i: int) -> int:
    """Where the degrees written before token i begin ("PGS.TS. Nguyễn Quốc Anh": at "PGS"),
    else i."""
    k = i
    while k > 0 and (tokens[k - 1].key in lexicon().degrees
                     or (tokens[k - 1].text == "." and k > 1 and tokens[k - 2].key in lexicon().degrees)):
        k -= 1
    return k


_AN_OFFICE_S_TITLE: Final = "office"  # roles.tsv: a title that names its own body ("Thủ tướng": the Government's)


def names_its_own_body(title: _Title) -> bool:
    """Whether a title is of an office with a body of its own ("Tổng Bí thư", "Thủ tướng")."""
    return title.head.org.split(":", 1)[0] == _AN_OFFICE_S_TITLE


def bare_title(tokens: list[Token], i: int, *, any_case: bool = False) -> _Title | None:
    """A post's title at token i, whatever follows it ("Phó Giám đốc" in "các Phó Giám đốc:")."""
    return _title_at(tokens, i, any_case)


def bare_title_ending_at(tokens: list[Token], i: int, longest: int) -> _Title | None:
    """The bare title of at most ``longest`` words that ends right before token i ("Bí thư" of "Bí thư Nguyễn
    Văn A"), if one does."""
    return next((t for start in range(max(0, i - longest), i)
                 if (t := bare_title(tokens, start)) is not None and t.end == i), None)


def parse_post(tokens: list[Token], i: int, ctx: ArticleContext, *, any_case: bool = False) -> PostMatch | None:
    """A post: title and organisation ("Phó Bí thư Thường trực Tỉnh ủy").

    ``any_case`` reads a title the text left in small letters, where a post is
    expected: right after a name and its comma ("ông A, phó chủ tịch UBND huyện").
    """
    title = _title_at(tokens, i, any_case)
    if title is None:
        return None
    kind_of_body = title.head.org.split(":", 1)[0]
    if kind_of_body == "member":
        return _member_post(tokens, title, ctx)
    if kind_of_body == _AN_OFFICE_S_TITLE:
        return _office_post(tokens, title)
    if kind_of_body == "prefix":
        return _prefixed_post(tokens, title, ctx)
    if kind_of_body == "named":
        return _post_of_the_body_it_names(tokens, title, ctx)
    if kind_of_body == "board":
        # "UVBTV Huyện ủy": the title holds the board of the body that follows
        board_head = lexicon().org_head(title.head.org.split(":", 1)[1])
        board = _board(tokens, title.head_start, title.end, board_head, ctx, True) if board_head else None
        return PostMatch(title.start, board.end, title.former + title.role, board) if board else None
    role, k = title.role, title.end
    if _match_words(tokens, k, _STANDING_WORDS):
        role += " " + _STANDING
        k += 2
    elif k < len(tokens) and tokens[k].text == "TT" and not _joined_to_the_next(tokens, k):
        role += " " + _STANDING  # "Phó Bí thư TT Huyện ủy" (not "Bộ trưởng TT&TT")
        k += 1
    qualifier = next((q for q in _POST_QUALIFIERS if _match_words(tokens, k, q)), ())
    if qualifier:  # "Phó Chủ tịch không chuyên trách Ủy ban Trung ương MTTQ Việt Nam"
        role += " " + text_of(tokens, k, k + len(qualifier))
        k += len(qualifier)
    body = council_of_a_body(tokens, k, ctx) or parse_org(tokens, k, ctx, after_title=True, any_case=any_case) \
        or _ministry_by_its_field(tokens, k, title) or _numbered_unit(tokens, k) or _sector_s_body_written_small(
            tokens, k, ctx)
    if body is None and title.head.org == _FOLLOWS:
        body = _body_of_the_place_the_title_names(tokens, k, title.head.role, ctx, title.start) \
            or _department_after_a_title(tokens, k, ctx) or _team_after_a_title(tokens, k) \
            or _body_of_an_unknown_kind(tokens, k, ctx) \
            or _body_the_title_names(tokens, k, title.head.role, ctx) or _association_named_back(tokens, k, ctx)
    body = body or _local_body_placed_by_the_chain(tokens, k, ctx)
    if body is None and role.endswith(f" {_IN_CHARGE}"):
        # "Phó Tổng Giám đốc phụ trách Hành chính Nhân sự Công ty X": a deputy in charge of a field
        # of the body, the field left out of the post
        body = _body_after_a_field(tokens, k, ctx)
        role = role.removesuffix(f" {_IN_CHARGE}") if body is not None else role
    if body is None:
        return None
    if body.label == _THE_FRONT:
        # "Chủ tịch MTTQ Việt Nam": a post of the Front is held in its Central Committee
        body = OrgMatch(body.start, body.end, _THE_FRONT_S_CENTRAL_COMMITTEE, body.kind, _THE_FRONT_S_CENTRAL_COMMITTEE)
    return PostMatch(i, body.end, title.former + role, body)


_THE_FRONT_S_CENTRAL_COMMITTEE: Final = cue("the_front_s_central_committee")
HEADS_OF_A_SECTOR: Final = frozenset(fold(h) for h in cues("heads_named_by_a_sector"))
FIRST_WORDS_OF_SECTORS: Final = frozenset(
    (*(words[0] for words in lexicon().sectors), *(fold(w.split()[0]) for w in cues("sectors_written_in_capitals"))))


def _sector_s_body_written_small(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Bộ trưởng bộ Y tế Nguyễn Thị A", "Giám đốc sở Tư pháp tỉnh X": a ministry or department after a title, its
    head in small letters before its sector's name."""
    if k + 1 >= len(tokens) or tokens[k].is_cap or tokens[k].key not in HEADS_OF_A_SECTOR \
            or not tokens[k + 1].is_cap or tokens[k + 1].key not in FIRST_WORDS_OF_SECTORS:
        return None
    return parse_org(tokens, k, ctx, after_title=True, any_case=True)
_LONGEST_FIELD: Final = 5


def _body_after_a_field(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """The body named after a field of a few words at token k ("Hành chính Nhân sự Công ty X")."""
    for j in range(k + 1, min(k + 1 + _LONGEST_FIELD, len(tokens))):
        if not tokens[j - 1].is_word:
            return None
        body = parse_org(tokens, j, ctx, after_title=True) if tokens[j].is_cap else None
        if body is not None:
            return body
    return None


def _local_body_placed_by_the_chain(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân, Trưởng Ban Chỉ đạo … xã X": a people's council or
    committee with neither level nor place, in a chain of posts, is of the place that ends the chain
    (None when no later post names its place)."""
    head = org_head_at(tokens, k)
    if head is None or head.canonical not in _LOCAL_GOVERNMENT:
        return None
    j = k + len(head.words)
    if j + 1 >= len(tokens) or not (tokens[j].text == "," or tokens[j].text in DASHES):
        return None
    later = posts_joined_after(tokens, j, ctx)
    last = later[-1].org if later else None
    if last is None or last.completed or not last.level or not last.place:
        return None
    return OrgMatch(k, j, f"{head.canonical} {last.level.lower()} {last.place}", head.kind, head.canonical,
                    level=last.level, place=last.place)


_BODY_OF_A_TITLE: Final = dict(c.split("=", 1) for c in cues("titles_naming_their_body"))


# "Chủ tịch=Ủy ban nhân dân": a title said of a place ("Chủ tịch tỉnh X") and the body of that place it heads;
# "Bí thư" the place's party committee
_BODY_OF_A_PLACE_TITLE: Final = dict(c.split("=", 1) for c in cues("titles_of_a_place"))


def _body_of_the_place_the_title_names(tokens: list[Token], k: int, role: str, ctx: ArticleContext,
                                       title_start: int) -> OrgMatch | None:
    """ "Chủ tịch tỉnh Hải Dương A", "Bí thư quận Hai Bà Trưng B": a title said of a place, level and name,
    heads that place's people's committee or, a secretary's, its party committee (the gold: "Ủy ban nhân dân
    tỉnh Hải Dương", "Quận ủy Hai Bà Trưng"); said of the level alone, the article's place of that level
    (_body_of_the_article_s_place)."""
    body = _BODY_OF_A_PLACE_TITLE.get(role)
    if not body or k >= len(tokens):
        return None
    found = level_at(tokens, k)
    if found is None:
        return _body_of_the_province_the_title_names(tokens, k, body, ctx)
    if place_name_run(tokens, found[1], after_title=True) == found[1]:
        return _body_of_the_article_s_place(tokens, k, found, body, ctx, title_start)
    if body == _PARTY_COMMITTEE:
        return _committee_of_the_place(tokens, k, after_title=True)
    head = lexicon().org_head(body)
    return _org_with_level(tokens, k, k, head, ctx, after_title=True) if head is not None else None


def _body_of_the_article_s_place(tokens: list[Token], k: int, found: tuple[str, int], body: str,
                                 ctx: ArticleContext, title_start: int) -> OrgMatch | None:
    """ "ông A được bầu giữ chức Chủ tịch tỉnh", "ông B, Bí thư xã, cho biết": a title said of a level alone
    heads the body of the place of that level the article is about; not a title said of many ("các chủ tịch
    xã", "một trong những Chủ tịch tỉnh trẻ nhất"), nor one whose level a small word follows that is no
    clause's ("Chủ tịch xã Lê Văn A" is read above; "Chủ tịch tỉnh trẻ nhất": said of the kind)."""
    level, end = found
    if title_start > 0 and (tokens[title_start - 1].key in _COUNTING_WORDS or tokens[title_start - 1].text.isdigit()):
        return None
    if end < len(tokens) and tokens[end].is_word and not tokens[end].is_cap \
            and tokens[end].key not in _CLAUSE_GOES_ON_AFTER_A_TITLE:
        return None
    place = ctx.place_for(level, tokens[k].start)
    lv = lexicon().level(level)
    if place is None or lv is None:
        return None
    if body == _PARTY_COMMITTEE:
        return OrgMatch(k, end, lv.committee_of(place), "PartyCommittee", lv.committee, level=level, place=place,
                        completed=True)
    head = lexicon().org_head(body)
    # (the level completed with the article's place, as "UBND huyện" is)
    return _org_with_level(tokens, k, k, head, ctx, after_title=True) if head is not None else None


_CLAUSE_GOES_ON_AFTER_A_TITLE: Final = frozenset(fold(w) for w in cues("goes_on_after_a_bare_place_title"))


def _body_of_the_province_the_title_names(tokens: list[Token], k: int, body: str,
                                          ctx: ArticleContext) -> OrgMatch | None:
    """ "Chủ tịch Hà Nội Nguyễn Đức Chung", "Bí thư Yên Bái A": a province or central city named bare."""
    end = place_name_run(tokens, k, max_words=3, after_title=True) if tokens[k].is_cap else k
    name = place_text(tokens, k, end) if end > k else ""
    if name not in lexicon().provinces:
        return None
    level = _CITY if name in lexicon().central_cities else _PROVINCE
    if body == _PARTY_COMMITTEE:
        lv = lexicon().level(level)
        return OrgMatch(k, end, lv.committee_of(name), "PartyCommittee", lv.committee, level=level, place=name) \
            if lv is not None else None
    head = lexicon().org_head(body)
    return _org_with_level(tokens, k, k, head, ctx, after_title=True) if head is not None else None


def _body_the_title_names(tokens: list[Token], k: int, role: str, ctx: ArticleContext) -> OrgMatch | None:
    """ "Ông A, Viện trưởng phát biểu": a title that names the kind of body it heads, with no body
    after it, heads the one body of that kind the article has named."""
    if k < len(tokens) and tokens[k].is_word and tokens[k].is_cap and not _holder_named_at(tokens, k):
        return None  # "Tổng Giám đốc PV GAS": a name follows, not read as a body, but not the one named before
    kinds = _BODY_OF_A_TITLE.get(role.removeprefix(f"{_DEPUTY} "), "").split(",")
    at = tokens[k].start if k < len(tokens) else tokens[-1].end
    # "Tổng Giám đốc=Tổng công ty,Tập đoàn": a title may head bodies of a few kinds
    seen = [(kind, pos, label) for kind in kinds if kind for pos, label in ctx.recent_orgs.get(fold(kind), [])
            if pos < at]
    kind = kinds[0]
    if any(fold(label) == fold(name) and len(name.split()) > 2 for name, _, label in seen):
        # "Thống đốc=Ngân hàng Nhà nước Việt Nam": a title of one body, named whole, not of its branches
        return OrgMatch(k, k, kind, "Unit", kind)
    before = [(pos, label) for name, pos, label in seen if fold(label) != fold(name)]
    named = {label for _, label in before}
    # "Chi cục Quản lý thị trường tỉnh X (Chi cục QLTT X)": one body, named again by its short form
    named = _each_body_once(named)
    if len(named) > 1:  # "Về phía Viện Ngôn ngữ học có: …, TS. A, Phó Viện trưởng": the one this sentence names
        named = _each_body_once({label for pos, label in before if tokens and pos >= tokens[0].start})
    if len(named) != 1:
        return None  # none, or several of that kind: which is not said
    return OrgMatch(k, k, named.pop(), "Unit", kind or "")


def _each_body_once(labels: set[str]) -> set[str]:
    """The labels less those that name again, by its short form, the body of another."""
    if len(labels) < 2:
        return labels
    return {label for label in labels if not any(_spelled_short(label, other) for other in labels if other != label)}


def _spelled_short(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with some runs of its words written as their initials, a
    small word perhaps left out ("Chi cục QLTT X" for "Chi cục Quản lý thị trường tỉnh X"): the
    same body named twice."""
    written, words = short.split(), full.split()
    if len(written) >= len(words) or not any(len(w) > 1 and w.isupper() for w in written):
        return False
    j, spelled = 0, False
    for word in written:
        if j < len(words) and words[j].islower() and fold(word) != fold(words[j]):
            j += 1  # "Chi cục QLTT Hòa Lạc": the place's level left out
        if j < len(words) and fold(word) == fold(words[j]):
            j += 1
        elif len(word) > 1 and word.isupper() and word.isalpha() \
                and initials(" ".join(words[j:j + len(word)])) == word:
            j, spelled = j + len(word), True
        else:
            return False
    return spelled and j == len(words)


def _holder_named_at(tokens: list[Token], k: int) -> bool:
    """ "Viện trưởng Lê Văn Hùng chủ trì": the holder's full name right after the title, of three
    words or more ("Tổng công ty Thái Sơn" is named so, not held)."""
    return family_name_word(tokens[k].key) and person_name_end(tokens, k) > k + 2


_ASSOCIATION_HEADS: Final = tuple(sorted((surface_words(w) for w in cues("associations_named_back_after_a_title")),
                                          key=len, reverse=True))
_COUNCIL: Final = fold(cue("council"))


def _association_named_back(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "GS.TS A được bầu làm Chủ tịch Hội.", "B – Phó Chủ tịch, Tổng Thư ký Hội": after a title,
    "Hội" or "Hiệp hội" alone, capitalised and no name after it, is the one association of that
    kind the article has named before (none where it has named several: which is not said)."""
    head = next((h for h in _ASSOCIATION_HEADS if keys(tokens, k, k + len(h)) == h), None)
    if head is None or not tokens[k].is_cap:
        return None
    end = k + len(head)
    if end < len(tokens) and tokens[end].is_word and (tokens[end].is_cap or level_at(tokens, end) is not None):
        return None  # "Chủ tịch Hội Nông dân tỉnh X", "Chủ tịch Hội đồng …": a body named here
    first = " ".join(head)
    named = {label for kind, seen in ctx.recent_orgs.items()
             if (kind == first or kind.startswith(f"{first} ")) and not kind.startswith(_COUNCIL)
             for pos, label in seen if pos < tokens[k].start and len(label.split()) > len(head)}
    if len(named) != 1:
        return None
    return OrgMatch(k, end, named.pop(), "MassOrganization", text_of(tokens, k, end))


_FOLLOWS: Final = "follows"
_UNKNOWN_KIND: Final = OrgHead((), "", "", "Unit", "name")


def _body_of_an_unknown_kind(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Giám đốc Nhạc viện Thành phố Hồ Chí Minh": after a title, a name of two words or more
    that opens with a capital and no person's name, rank or place is the body, whatever its head word."""
    if k + 1 >= len(tokens) or not (tokens[k].is_cap and tokens[k].is_word and tokens[k + 1].is_word) \
            or tokens[k + 1].text.isupper():
        return None  # (a heading in capitals names no body here)
    if org_head_at(tokens, k) is not None or family_name_word(tokens[k].key) or person_name_end(tokens, k) > k \
            or _rank_or_title_at(tokens, k) or level_at(tokens, k) is not None \
            or province_end(tokens, k, ends_run=True):
        return None  # a known kind that did not parse, a person, a rank, a place: no body
    end = _proper_name_end(tokens, k, _UNKNOWN_KIND)
    if end < k + 2:
        return None
    named = _named_and_placed(tokens, k, k, end, _UNKNOWN_KIND, ctx, True)
    if named.place is None and not tokens[end - 1].is_cap and not _ends_on_a_word_begun_by_a_capital(tokens, k, end):
        return None  # "Đại hội gồm": the name ends in a capital or a place
    return replace(named, label=named.label.strip())


_BODIES_OF_ANY_FIELD: Final = tuple(surface_words(w) for w in cues("bodies_of_any_field"))


def _ends_on_a_word_begun_by_a_capital(tokens: list[Token], k: int, end: int) -> bool:
    """ "Hội Vật liệu xây dựng", "Ủy ban Kinh tế": a body of any field whose name ends on a word
    of two syllables, the first capitalised (name_words)."""
    return any(keys(tokens, k, k + len(w)) == w for w in _BODIES_OF_ANY_FIELD) and end - 2 > k \
        and _a_word_begun_by_a_capital(tokens, end - 1)


def _a_word_begun_by_a_capital(tokens: list[Token], k: int) -> bool:
    """Whether the small syllable at token k ends a word the one before it begins capitalised, as a
    body's name writes it ("Giao thông", "Tổng hợp", "Vật liệu": name_words)."""
    return not tokens[k].is_cap and tokens[k - 1].is_cap and (tokens[k - 1].key, tokens[k].key) in name_words()


_NUMBERED_UNITS: Final = tuple(surface_words(w) for w in cues("units_named_by_number"))


def _numbered_unit(tokens: list[Token], k: int) -> OrgMatch | None:
    """ "Sư đoàn trưởng Sư đoàn 324": after a title, a unit named by its number."""
    head = org_head_at(tokens, k)
    if head is None or head.words not in _NUMBERED_UNITS or k + len(head.words) >= len(tokens):
        return None
    at = k + len(head.words)
    number = tokens[at].text
    if not (number[0].isdigit() and len(number.rstrip("ABCDEFGHabcdefgh")) <= 3 and number.rstrip(
            "ABCDEFGHabcdefgh").isdigit()):
        return None
    end = day_named_end(tokens, at)
    return OrgMatch(k, end, f"{head.canonical} {text_of(tokens, at, end).replace(' ', '').upper()}",
                    head.kind, head.canonical)


def day_named_end(tokens: list[Token], at: int) -> int:
    """Where a unit's number at ``at`` ends: after it, or after the day it names ("Bệnh viện
    30-4", "Bệnh viện 19-8": a dash and a number written close to it)."""
    if at + 2 < len(tokens) and tokens[at + 1].text in DASHES and tokens[at + 2].text.isdigit() \
            and tokens[at + 1].start == tokens[at].end and tokens[at + 2].start == tokens[at + 1].end:
        return at + 3
    return at + 1


_COUNCILS_OF_A_BODY: Final = frozenset(cues("councils_of_a_body"))


def council_of_a_body(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Hội đồng Thi đua - Khen thưởng Tòa án nhân dân tỉnh X", "... Bộ Nội vụ": a council that
    the body named after it has of its own, part of that body (after a title or alone)."""
    head = org_head_at(tokens, k)
    if head is None or head.canonical not in _COUNCILS_OF_A_BODY:
        return None
    body = parse_org(tokens, k + len(head.words), ctx)
    if body is None or body.kind not in ("StateBody", "MassOrganization", "Police", "Military"):
        return None
    return OrgMatch(k, body.end, f"{head.canonical} {body.label}", head.kind, head.canonical, parent=body,
                    level=body.level, place=body.place, completed=body.completed)


_MINISTERS: Final = frozenset(cues("ministers"))
_MINISTRY: Final = cue("ministry")
_AND, _AMPERSAND = cue("and"), "&"
_AND_KEY: Final = fold(_AND)
_COUNTRIES_ABROAD: Final = tuple(sorted((surface_words(c) for c in (*cues("foreign_countries"),
                                                                      *cues("countries_named_as_places"))
                                          if c != _COUNTRY), key=len, reverse=True))
_MINISTRY_FIELDS: Final = tuple(sorted((surface_words(f) for f in cues("ministry_fields")), key=len, reverse=True))


def past_a_field(tokens: list[Token], j: int) -> int:
    """Past a sector of administration or a ministry's field at token j ("Kế hoạch và Đầu tư", "Quốc
    phòng"); j where none begins."""
    field = next((f for f in _MINISTRY_FIELDS if _match_words(tokens, j, f)), None)
    return max(past_a_sector(tokens, j), j + len(field) if field is not None else j)


def past_a_sector(tokens: list[Token], j: int) -> int:
    """Past a sector of administration at token j, lower-case words and all ("Sở Nông nghiệp và
    Phát triển nông thôn", "Phòng Văn hóa, Thể thao và Du lịch"); j where none begins."""
    sector = next((w for w in _sectors_at(tokens[j].key) if _match_words(tokens, j, w)), None)
    return j + len(sector) if sector is not None else j


def _ministry_field_before_a_holder(tokens: list[Token], k: int) -> int:
    """Where a ministry's name ends when a holder's name of two syllables or more follows its
    field at ``k`` (the field read as a sector already, or one of the ministries' own fields
    here): 0 when none follows.  Ministries are named by their field alone, never a place."""
    field = next((f for f in _MINISTRY_FIELDS if _match_words(tokens, k, f)), None)
    end = k + len(field) if field is not None else k
    if end >= len(tokens) or tokens[end].key not in lexicon().family_names or province_end(tokens, end):
        return 0
    return end if 2 <= person_run_length(tokens, end) <= 4 else 0


def _ministry_by_its_field(tokens: list[Token], k: int, title: _Title) -> OrgMatch | None:
    """ "Bộ trưởng Y tế Nguyễn Thanh Long", "Thứ trưởng Quốc phòng": a minister's ministry
    named by its field alone."""
    if title.head.role not in _MINISTERS or k >= len(tokens) or not tokens[k].is_cap:
        return None
    fields = [*_sectors_at(tokens[k].key), *(f for f in _MINISTRY_FIELDS if f[0] == tokens[k].key)]
    # "Bộ trưởng Khoa học & Công nghệ": "&" for "và"
    fields += [tuple(_AMPERSAND if w == _AND_KEY else w for w in f) for f in fields if _AND_KEY in f]
    field = max((f for f in fields if _match_words(tokens, k, f)), key=len, default=None)
    if field is None:
        return _ministry_by_its_field_abbreviated(tokens, k)
    end = k + len(field)
    written = text_of(tokens, k, end).replace(f" {_AMPERSAND} ", f" {_AND} ")
    return OrgMatch(k, end, f"{_MINISTRY} {written}", "StateBody", _MINISTRY)


def _joined_to_the_next(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end


def _ministry_by_its_field_abbreviated(tokens: list[Token], k: int) -> OrgMatch | None:
    """ "Bộ trưởng TT&TT Nguyễn Bắc Son", "Thứ trưởng GD&ĐT": the field abbreviated as
    abbreviations.tsv spells it out."""
    end = k + 1
    while _joined_to_the_next(tokens, end - 1):
        end += 1  # "TT&TT" is read as "TT", "&", "TT"
    spelt = lexicon().abbreviations.get(text_of(tokens, k, end))
    if spelt is None:
        return None
    words = surface_words(spelt)
    if words not in _sectors_at(words[0]) and words not in _MINISTRY_FIELDS:
        return None
    return OrgMatch(k, end, f"{_MINISTRY} {spelt}", "StateBody", _MINISTRY)


def _member_post(tokens: list[Token], title: _Title, ctx: ArticleContext) -> PostMatch | None:
    """ "Tỉnh ủy viên": a member of the committee the title names, of the article's place."""
    committee = title.head.org.split(":", 1)[1]
    position = tokens[title.start].start
    level = lexicon().committee_level(committee)
    place = ctx.place_for(level, position) if level else None
    label = committee_label(committee, place) if place else committee
    if committee == _PARTY_COMMITTEE:
        # "Đảng ủy viên": of the committee named last, else of the unit the article is about, as a
        # bare "Đảng ủy" is
        label = ctx.recent_named_org(_PARTY_COMMITTEE, position) or _committee_of_the_unit(ctx, position) \
            or ctx.recent_org(_PARTY_COMMITTEE, position) or label
    elif committee == _PARTY_CELL:
        # "Chi ủy viên Chi bộ 3": of the cell named next; alone, of the cell named last (none if none was)
        cell = (parse_org(tokens, title.end, ctx, after_title=True) or _numbered_unit(tokens, title.end)) \
            if title.end < len(tokens) else None
        if cell is not None and cell.head == _PARTY_CELL:
            return PostMatch(title.start, cell.end, title.former + title.role, cell)
        named_next = org_head_at(tokens, title.end) if title.end < len(tokens) else None
        label = "" if named_next is not None and named_next.canonical == _PARTY_CELL \
            else ctx.recent_named_org(_PARTY_CELL, position) or ""
        if not label:
            return None
    org = OrgMatch(title.head_start, title.end, label, "PartyCommittee", committee, level=level, place=place,
                   completed=True)
    return PostMatch(title.start, title.end, title.former + title.role, org)


def _office_post(tokens: list[Token], title: _Title) -> PostMatch:
    """ "Chủ tịch nước Lương Cường", "Thủ tướng Phạm Minh Chính": the body is in the title."""
    office_name = title.head.org.split(":", 1)[1]
    role, k = title.role, title.end
    if _match_words(tokens, k, _STANDING_WORDS):
        role += " " + _STANDING.lower()  # "Phó Thủ tướng thường trực Chính phủ"
        k += 2
    org_head = org_head_at(tokens, k) if k < len(tokens) else None
    if org_head is not None and org_head.canonical == office_name:
        k += len(org_head.words)  # "Thủ tướng Chính phủ"
    office = lexicon().org_head(office_name)
    kind = office.kind if office else "StateBody"
    country = foreign_country_at(tokens, k)  # "Phó Thủ tướng Lào": the office of that country
    label = f"{office_name} {text_of(tokens, k, k + country)}" if country else office_name
    return PostMatch(title.start, k + country, title.former + role,
                     OrgMatch(title.head_start, k + country, label, kind, office_name))


_FOREIGN_COUNTRIES: Final = tuple(sorted((surface_words(c) for c in cues("foreign_countries")), key=len, reverse=True))


_FOREIGN_COUNTRIES_BY_FIRST: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    first: tuple(c for c in _FOREIGN_COUNTRIES if c[0] == first) for first in {c[0] for c in _FOREIGN_COUNTRIES}}


def _of_a_foreign_party_or_country(tokens: list[Token], j: int) -> int:
    """Where a foreign country's name ends that follows a body's fixed name at token j, directly ("Quốc hội
    Cuba") or as its party's ("Bộ Chính trị Đảng Cộng sản Cuba", "Ban Chấp hành Trung ương Đảng Cộng sản
    Cuba"); j where none does."""
    k = j + 1 if j < len(tokens) and tokens[j].key == _PARTY_WORD else j
    if _match_words(tokens, k, _COMMUNIST_WORDS):
        k += len(_COMMUNIST_WORDS)
    elif k > j:
        return j
    country = foreign_country_at(tokens, k)
    return k + country if country else j


_PARTY_WORD: Final = fold(cue("party"))
_COMMUNIST_WORDS: Final = surface_words(cue("communist"))


def foreign_country_at(tokens: list[Token], k: int) -> int:
    """How many tokens a foreign country's name at token k takes ("Lào", "Trung Quốc"), else 0."""
    if k >= len(tokens) or not tokens[k].is_cap:
        return 0
    for country in _FOREIGN_COUNTRIES_BY_FIRST.get(tokens[k].key, ()):  # asked at most capitals
        if _match_words(tokens, k, country):
            return len(country)
    return 0


def _prefixed_post(tokens: list[Token], title: _Title, ctx: ArticleContext) -> PostMatch | None:
    """ "Trưởng Ban Tuyên giáo": the organisation's name begins with the title's last word."""
    role, k = title.role, title.end
    head_words = title.head.org.split(":", 1)[1].split()
    # "Bí thư Đoàn xã X" (prefix "Đoàn Thanh niên"): the body begins at the head's first words the title ends with
    said = next((n for n in range(len(head_words), 0, -1)
                 if keys(tokens, k - n, k) == tuple(fold(w) for w in head_words[:n])), len(head_words))
    org_start = k - said
    if _match_words(tokens, k, tuple(fold(w) for w in head_words)) and tokens[k].is_cap:
        org_start = k  # "Trưởng ban Ban Tổ chức Trung ương": the body named in full after
    elif _match_words(tokens, k, _STANDING_WORDS):
        # "Phó Trưởng Ban Thường trực Ban Dân vận": the title goes on
        role += " " + _STANDING
        org_start = k + 2
    board = parse_org(tokens, org_start, ctx, after_title=True, any_case=True)
    if board is None or _a_field_joined_after(tokens, board.end):
        # "Trưởng ban Kế hoạch - Đầu tư Tổng công ty X": a department named by two fields, not the
        # board named by the first alone
        board = _department_of_a_unit(tokens, org_start, len(head_words), ctx) or board
    if board is None:
        return None
    return PostMatch(title.start, board.end, title.former + role, board)


def _a_field_joined_after(tokens: list[Token], k: int) -> bool:
    """Whether a dash and a capitalised word stand at token k, a second field joined to a
    department's name ("Ban Tuyên giáo - Nữ công"), not a second post ("Trưởng Ban Dân vận –
    Chủ tịch Ủy ban MTTQ huyện")."""
    return k + 1 < len(tokens) and tokens[k].text in DASHES and tokens[k + 1].is_cap and tokens[k + 1].is_word \
        and _title_at(tokens, k + 1, False) is None


_LONGEST_DEPARTMENT_NAME: Final = 5
_SECOND_FIELD: Final = 3  # the dash and two words: "Bảo hiểm Tài sản - Kỹ thuật"
_UNITS_WITH_DEPARTMENTS: Final = ("Enterprise", "School", "Unit", "MassOrganization")


def _department_of_a_unit(tokens: list[Token], k: int, head_words: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Trưởng Ban Kinh doanh Tổng công ty Điện lực miền Bắc", "Trưởng ban Nữ công Công đoàn Tổng công
    ty X": a department no head names, its name, then the unit whose department it is."""
    start = k + head_words
    if start >= len(tokens) or not (tokens[start].is_cap and tokens[start].is_word):
        return None
    dashed = False
    for m in range(start + 1, min(start + 1 + _LONGEST_DEPARTMENT_NAME + _SECOND_FIELD, len(tokens))):
        if _fields_joined_at(tokens, m):
            dashed = True
            continue  # "Ban Tài chính - Kế toán Tổng công ty X": two fields of one department
        if not tokens[m].is_word:
            return _department_named_bare(tokens, k, start, m) if dashed \
                else _department_of_the_article_s_unit(tokens, k, start, m, ctx)
        if m > start + _LONGEST_DEPARTMENT_NAME and not dashed:
            return None
        unit = parse_org(tokens, m, ctx, after_title=True) if tokens[m].is_cap else None
        if unit is not None:
            if unit.kind not in _UNITS_WITH_DEPARTMENTS:
                return None
            head = text_of(tokens, k, start)
            return OrgMatch(k, unit.end, f"{head[0].upper()}{head[1:]} {text_of(tokens, start, m)} {unit.label}",
                            "Unit", head, parent=unit, level=unit.level, place=unit.place)
    return None


_ENDS_A_BARE_DEPARTMENT: Final = frozenset((",", ".", ";"))


def _department_named_bare(tokens: list[Token], k: int, start: int, m: int) -> OrgMatch | None:
    """ "Giám đốc Ban Bảo hiểm Tài sản - Kỹ thuật, …": a department by two fields joined by a dash and
    nothing after it, the post's clause ended: the department as named (the gold names it so, or
    gives that name as an alias of its full one)."""
    if tokens[m].text not in _ENDS_A_BARE_DEPARTMENT or tokens[k].key not in FIELD_DEPARTMENT_KEYS \
            or any(level_at(tokens, n) is not None or tokens[n].text in DASHES and family_name_word(tokens[n + 1].key)
                   for n in range(start, m)):
        return None  # ("Trưởng Đoàn ĐBQH tỉnh - Phạm Thị Hoa,": a place's body, then its head's name)
    head = text_of(tokens, k, start)
    return OrgMatch(k, m, f"{head[0].upper()}{head[1:]} {text_of(tokens, start, m)}", "Unit", head)


def _department_of_the_article_s_unit(tokens: list[Token], k: int, start: int, m: int,
                                     ctx: ArticleContext) -> OrgMatch | None:
    """ "Ông A, Giám đốc Ban Vận tải, được phân công …" in an article of a national unit (a
    corporation, an academy): a department by its field alone, the post's clause ended, is that
    unit's, as a bare department of a province is the province's (docs/gold-conventions/bodies.md, 9)."""
    if tokens[m].text not in _ENDS_A_BARE_DEPARTMENT or tokens[k].key not in FIELD_DEPARTMENT_KEYS \
            or org_head_at(tokens, k, any_case=True) is not None \
            or any(level_at(tokens, n) is not None or family_name_word(tokens[n].key) for n in range(start, m)):
        return None  # ("Ủy viên Ban Thường vụ, …": a board some head names, read by its own rules)
    unit = _unit_of_the_article(ctx, tokens[k].start)
    if unit is None:
        return None
    head = text_of(tokens, k, start)
    return OrgMatch(k, m, f"{head[0].upper()}{head[1:]} {text_of(tokens, start, m)} {unit}", "Unit", head,
                    parent=OrgMatch(m, m, unit, "Unit", unit.split()[0]), completed=True)


TEAM_KEYS: Final = frozenset(fold(w) for w in cues("teams_named_by_field_and_number"))
_TEAM_NUMBER_WORD: Final = fold(cue("number_word"))
_TEAM_NUMBER: Final = re.compile(r"[0-9]{1,3}[A-H]?")
_LONGEST_TEAM_FIELD: Final = 5  # words: "Quản lý trật tự đô thị"


def team_by_field_and_number(tokens: list[Token], i: int) -> OrgMatch | None:
    """ "Đội Quản lý thị trường số 3", "Đội Kiểm soát hải quan số 2": a state agency's team, named by
    its field (a capitalised word, then small ones) and its number; without the number, no body
    ("Đội văn nghệ", "Đội Sinh viên tình nguyện" are named otherwise)."""
    k = i + 1
    if k >= len(tokens) or not (tokens[k].is_cap and tokens[k].is_word) or org_head_at(tokens, k) is not None:
        return None
    k += 1
    while k < len(tokens) and k - i <= _LONGEST_TEAM_FIELD and tokens[k].is_word and not tokens[k].is_cap \
            and tokens[k].key != _TEAM_NUMBER_WORD:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].key != _TEAM_NUMBER_WORD \
            or _TEAM_NUMBER.fullmatch(tokens[k + 1].text) is None:
        return None
    return OrgMatch(i, k + 2, text_of(tokens, i, k + 2), "Unit", tokens[i].text)


FIELD_DEPARTMENT_KEYS: Final = frozenset(fold(w) for w in cues("departments_named_by_field"))


def _team_after_a_title(tokens: list[Token], k: int) -> OrgMatch | None:
    """ "Đội trưởng Đội Quản lý thị trường số 3": the numbered team after its head's title."""
    return team_by_field_and_number(tokens, k) if k < len(tokens) and tokens[k].key in TEAM_KEYS else None


def board_of_a_national_union(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam", "Ban Thanh niên trường học Trung ương
    Đoàn" anywhere in a sentence: a national union's board no head names, by its field, then the
    union, which a head of the grammar names whole (organizations.py)."""
    if k >= len(tokens) or tokens[k].key not in FIELD_DEPARTMENT_KEYS or not tokens[k].is_cap \
            or org_head_at(tokens, k) is not None:
        return None
    found = _department_of_a_unit(tokens, k, 1, ctx)
    if found is None:
        return None
    union = found.parent
    if union is None or union.kind != "MassOrganization" or union.label != union.head \
            or level_at(tokens, found.end) is not None:
        return None  # (a union of a place or a unit: "Ban X Hội Nông dân tỉnh Y", "… Việt Nam tỉnh Y")
    return found


def _department_after_a_title(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Giám đốc Ban Vận tải Tổng công ty X": a department the title's word does not name, its
    field, then the unit it is part of."""
    if k >= len(tokens) or tokens[k].key not in FIELD_DEPARTMENT_KEYS or not tokens[k].is_cap:
        return None
    return _department_of_a_unit(tokens, k, 1, ctx)


def _fields_joined_at(tokens: list[Token], m: int) -> bool:
    """A dash between two fields of one department's name ("Tổ chức - Cán bộ", "Kế hoạch – Đầu tư"):
    a second field joined after a word (_a_field_joined_after), which opens no body's head."""
    return _a_field_joined_after(tokens, m) and tokens[m - 1].is_word and org_head_at(tokens, m + 1) is None


def _post_of_the_body_it_names(tokens: list[Token], title: _Title, ctx: ArticleContext) -> PostMatch | None:
    """ "Chi hội trưởng CCB thôn Phú Sơn": the title is the body's head and its post, the rest
    of the body's name after it (Chi hội Cựu chiến binh thôn Phú Sơn); or the body in full."""
    k = title.end
    head_words = tuple(fold(w) for w in title.head.org.split(":", 1)[1].split())
    if _match_words(tokens, k, head_words):
        board = parse_org(tokens, k, ctx, after_title=True, any_case=True)
        return PostMatch(title.start, board.end, title.former + title.role, board) if board else None
    # the body read as if the post's word were not there: its head, then the words after the title
    head_end = title.head_start + len(head_words)
    left_out = k - head_end
    board = parse_org(tokens[:head_end] + tokens[k:], title.head_start, ctx, after_title=True)
    if board is None or board.end <= head_end:
        return None
    board = replace(board, end=board.end + left_out)
    return PostMatch(title.start, board.end, title.former + title.role, board)


# Central Highlands names that may run to five syllables ("Y Thanh Hà Niê Kđăm")
_LONG_NAME_PREFIXES: Final = frozenset(fold(w) for w in cues("long_name_prefixes"))


def family_name_word(key: str) -> bool:
    """Whether a folded word opens a full name: a family name, or a Central Highlands
    name's prefix with its apostrophe ("h'bình" as "h")."""
    family_names = lexicon().family_names
    return key in family_names or ("'" in key or "’" in key) and re.split("['’]", key)[0] in family_names


def _deputy_is_a_family_name(tokens: list[Token], i: int) -> bool:
    """ "ông Phó Đức Toàn, Phó Tổng Giám đốc …": after a cue, "Phó" before two capitalised words
    that begin no title is the family name (the Vice's title goes on with one: "ông Phó Chủ tịch")."""
    return i + 2 < len(tokens) and all(is_name_word(tokens[k]) and not tokens[k].text.isdigit()
                                       and not in_capitals(tokens[k]) for k in (i + 1, i + 2)) \
        and role_head_at(tokens, i + 1) is None and org_head_at(tokens, i + 1) is None


def person_name_end(tokens: list[Token], i: int, *, cued: bool = False) -> int:
    """The end of a person's full name starting at token i (i if there is none).

    A full name starts with a family name and has two to four syllables; after a
    cue ("đồng chí", "ông", "bà") any capitalised run of two to four syllables is one.
    """
    if i >= len(tokens) or not (tokens[i].is_word and tokens[i].is_cap) or org_head_at(tokens, i):
        return i  # "Đoàn Thanh niên ...": a body's name, though Đoàn is a family name
    if tokens[i].key == _DEPUTY_KEY and not (cued and _deputy_is_a_family_name(tokens, i)) or role_head_at(tokens, i):
        return i  # "đồng chí Phó Trưởng Tuyên giáo …": a title, left unfinished
    j = i
    key = tokens[i].key
    longest = 5 if (re.split("['’]", key)[0] if "'" in key or "’" in key else key) in _LONG_NAME_PREFIXES else 4
    org_index, role_index = lexicon().org_index, lexicon().role_index  # a head's first words
    while j < len(tokens) and j - i < longest and is_name_word(tokens[j]) and not tokens[j].text.isdigit():
        if j > i + 1 and (a_clause_capitalised_at(tokens, j) or starts_a_day(tokens, j)):
            break  # "GS. Đặng Vũ Minh Thừa ủy quyền Chủ tịch nước …": the verb, capitalised, after the name;
            # "ông Nguyễn Văn Thiện Ngày 25/5, …": the next sentence's date, run on
        if j > i and ((tokens[j].key in org_index and org_head_at(tokens, j)
                       and not (j - i >= 2 and _a_given_name_like_a_head(tokens, j)))
                      or (tokens[j].key in role_index and role_head_at(tokens, j))
                      # "đồng chí Lò Văn A Phó Chủ tịch UBND xã" (no comma): the deputy's title begins
                      or tokens[j].key == _DEPUTY_KEY and role_head_at(tokens, j + 1, any_case=True)):
            break
        j += 1
    if j - i < 2 or not (cued or family_name_word(tokens[i].key) or a_woman_s_name_at(tokens, i)):
        return i  # one syllable, or no family name and no cue: no name, whatever the tests below
        # ("Mấu Thị Lệ": a family name we do not know, but a woman's middle name)
    if _begins_in_a_place_s_name(tokens, i, j):
        return i  # "trường ĐH Mở Hà Nội Nguyễn Thị Nhung": the place a body's name ends on, then the name
    if j - i > 2 and province_end(tokens, j - 1) > j:
        j -= 1  # "Bí thư Tỉnh ủy Lê Đình Sơn Hà Tĩnh cũng …": the place of the next clause begins
    upper = [in_capitals(tokens[k]) for k in range(i, j)]
    if any(upper) and not (all(upper) and family_name_word(tokens[i].key) and _alone_on_its_line(tokens, i, j)):
        # "Đoàn ĐBQH": an abbreviation is no part of a name; a byline in capitals is one, on
        # a line of its own (not a heading: "HỒ CHÍ MINH NĂM ...", "TRANG THÔNG TIN ĐIỆN TỬ")
        return i
    if sum(len(tokens[k].text) == 1 for k in range(i, j)) >= 2:
        return i  # "C H Í N H  P H Ủ": a heading's letters spaced out
    if any(_no_syllable(tokens[k].text, cued=cued) for k in range(i + 1, j)):
        return i  # "Đoàn PVCombank", "Đoàn Vietsovpetro": a company's youth union, named by its brand
    return j


_LONGEST_PROVINCE_NAME: Final = 3  # syllables before the last ("Thừa Thiên Huế")


def _begins_in_a_place_s_name(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the capitalised run i..j begins inside a province's name that a family name follows ("Hà Nội
    Nguyễn Thị Nhung"), or inside a name that holds a province's ("Thái Bình Dương", the ocean): the place,
    not a person's name."""
    if inside_a_name_holding_a_province(tokens, i):
        return True
    for start in range(i, max(-1, i - _LONGEST_PROVINCE_NAME), -1):
        end = province_end(tokens, start)
        if end > i:
            return end < j and family_name_word(tokens[end].key)
    return False


def _a_given_name_like_a_head(tokens: list[Token], j: int) -> bool:
    """Whether the head of a body named by a proper name at token j ("Báo", a paper) is a syllable of
    the name before it, no proper name after it ("ông Trần Mạnh Báo - Chủ tịch HĐQT …", "Nguyễn Văn
    Báo,"); asked after two syllables (not "Đoàn Bộ": the ministry's youth union)."""
    head = org_head_at(tokens, j)
    end = j + len(head.words) if head is not None else j
    return head is not None and len(head.words) == 1 and head.attach in ("name", "described") \
        and not (end < len(tokens) and tokens[end].is_word and tokens[end].is_cap)


# the longest syllable of a Vietnamese name ("Nguyễn", "Khuyến", "Nghiêm")
_LONGEST_SYLLABLE: Final = 7


def _no_syllable(word: str, *, cued: bool) -> bool:
    """Whether a capitalised word is no syllable of a Vietnamese name: a brand's capital inside it
    ("PVCombank", "PVTrans"; not a Central Highlands name's after its apostrophe, "H'Hen"), or,
    where no cue says a name follows, one too long for a syllable ("Vietsovpetro": a foreign
    name follows a title with its country, "Vilay Lakhamphong")."""
    inner_capital = any(c.isupper() for c in word[1:]) and not word.isupper() and "'" not in word and "’" not in word
    return inner_capital or not cued and len(word) > _LONGEST_SYLLABLE


def _alone_on_its_line(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens start..end are all the words of their sentence (its line, for a
    byline), after a credit's colon at most ("Bài và ảnh: THU HÀ")."""
    return all(not t.is_word for t in tokens[end:]) and (start == 0 or tokens[start - 1].text == ":")


def unfinished_board_post(tokens: list[Token], i: int, ctx: ArticleContext, *,
                          last: bool = False, any_case: bool = False) -> PostMatch | None:
    """A title and a board with nothing after it: "Ủy viên Ban Thường vụ" followed by "," or a
    dash.  The board's committee is still to come (``complete_board``).  ``any_case``: the
    title may be in small letters, as in a chain of posts after a name ("A, bí thư Đảng ủy,
    giám đốc Sở Y tế")."""
    # "nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND thành phố"
    title = _title_at(tokens, i, any_case)
    if title is None:
        return None
    head = title.head
    if head.org != "follows" and not head.org.startswith(("prefix:", "board:", "member:")):
        return None
    k = title.end
    role = title.former + title.role
    if head.role.endswith(_SECRETARY) and head.org == "follows":
        # "Phó Bí thư Thường trực, Chủ tịch HĐND huyện" (or "PBT, …"): the party committee
        # of the place the chain names next (``complete_board``)
        end = k + 2 if _match_words(tokens, k, _STANDING_WORDS) else k
        if end > k:
            role += " " + _STANDING
        # ("Bí thư Đảng bộ, Giám đốc Sở X": the party organisation named bare, its committee's)
        after = end + len(_PARTY_ORGANISATION_WORDS) if _match_words(tokens, end, _PARTY_ORGANISATION_WORDS) else end
        if after < len(tokens) and (tokens[after].text == "," or tokens[after].text in DASHES):
            named = _PARTY_ORGANISATION if after > end else ""
            return PostMatch(title.start, after, role, OrgMatch(k, after, named, "PartyCommittee", named))
        k = end  # "Phó Bí thư Thường trực Đảng ủy, Thành viên HĐTV Tập đoàn X": the board follows
    if head.org.startswith(("board:", "member:")):
        # "UVBTV,": the title holds its board; "Đảng ủy viên,": its committee, that of the next body
        board = lexicon().org_head(head.org.split(":", 1)[1])
        board_end = k
    else:
        if head.org.startswith("prefix:"):
            k -= len(head.org.split(":", 1)[1].split())  # "Trưởng ban Tổ chức,": the board's name begins in the title
        board = org_head_at(tokens, k, any_case=True)
        if board is not None and head.org.startswith("prefix:") and board.kind != "PartyBoard":
            return None
        board_end = k + len(board.words) if board is not None else k
    # a board ("Ủy viên Ban Thường vụ,") or a body's own party committee ("Phó Bí thư
    # Đảng ủy, Phó Giám đốc Công an TP. Huế")
    if board is None or not (board.attach in ("parent", "party-group") or board.kind == "PartyCommittee"
                             and board.attach == "level" or board.canonical == _PARTY_CELL):
        return None
    committee = None
    if board.kind == "PartyBoard" and _match_words(tokens, board_end, _PARTY_COMMITTEE_WORDS):
        # "Ủy viên Ban Thường vụ Đảng ủy, Phó Tổng Giám đốc Tập đoàn X": the board of the
        # party committee of the body the chain names next
        committee = OrgMatch(board_end, board_end + len(_PARTY_COMMITTEE_WORDS), "", "PartyCommittee",
                             _PARTY_COMMITTEE)
        board_end += len(_PARTY_COMMITTEE_WORDS)
    end = skip_parenthesis(tokens, board_end)
    # "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X": "kiêm" joins the next post as a comma does;
    # "UVBTV Phó Chủ tịch HĐND xã": a title that holds its board needs none
    if end < len(tokens) and tokens[end].text not in (",", "-", "–", "—", ";") and tokens[end].key != _CONCURRENTLY \
            and not (last and not tokens[end].is_word) \
            and not (head.org.startswith(("board:", "member:")) and _title_at(tokens, end, True) is not None):
        return None  # with ``last``, the chain may end there ("..., Trưởng ban Tổ chức.")
    org = OrgMatch(k, end, board.canonical, board.kind, board.canonical, parent=committee)
    return PostMatch(title.start, end, role, org)


def unfinished_role_post(tokens: list[Token], i: int, *, any_case: bool = False) -> PostMatch | None:
    """A title whose body comes with the next one: "Phó Chỉ huy trưởng, kiêm Tham mưu
    trưởng Bộ CHQS tỉnh", "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam" (both posts in
    the same body).  Only "kiêm", or a dash to the next title, ties them so.  After a
    comma, a title is of the body the next one's body belongs to ("Chánh án, Chủ tịch Hội
    đồng Thi đua - Khen thưởng Tòa án nhân dân tỉnh": of the court)."""
    title = _title_at(tokens, i, any_case)
    if title is None or title.head.org != "follows":
        return None
    end = title.end
    after = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    if after >= len(tokens):
        return None  # the sentence ends with the title (and a comma)
    dashed = after == end and after + 1 < len(tokens) and tokens[after].text in DASHES \
        and _title_at(tokens, after + 1, any_case) is not None
    above = after > end and tokens[after].key != _CONCURRENTLY and _title_at(tokens, after, any_case) is not None
    if not (tokens[after].key == _CONCURRENTLY or dashed or above):
        return None
    return PostMatch(title.start, end, title.former + title.role,
                     OrgMatch(end, end, "", "Role", _ABOVE if above else ""))


def placed_as(org: OrgMatch, level: str, place: str) -> OrgMatch:
    """A body whose place the article completed, placed where a chain of posts ends
    instead: in "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh Tây Ninh"
    the people's committee is Tây Ninh's, whatever province the article is about."""
    parent = placed_as(org.parent, level, place) if org.parent is not None else None
    if not (org.completed or parent is not org.parent) or org.level != level or not org.place \
            or not org.label.endswith(org.place):
        return org if parent is org.parent else dataclasses.replace(org, parent=parent)
    before = org.label[: -len(org.place)]
    named = place if before.lower().endswith(f"{level} ") else in_a_body_name(place)  # "Thành ủy Thành phố Hồ Chí Minh"
    return org.placed(before + named, place, parent)


def placed_where_the_chain_ends(posts: list[PostMatch]) -> list[PostMatch]:
    """Bodies the article completed take the place the chain's last body names, at their level."""
    if len(posts) < 2:
        return posts
    last = posts[-1].org
    if last.completed or not last.level or not last.place:
        return posts
    return [p.with_org(placed_as(p.org, last.level, last.place)) for p in posts]


def post_in_the_place_before(tokens: list[Token], i: int, earlier: list[PostMatch],
                             ctx: ArticleContext) -> PostMatch | None:
    """ "A - Bí thư Huyện ủy - Chủ tịch HĐND;": a place's council, people's committee or front named
    bare in a chain of posts is that of the place of the chain's party committee or local
    government before it, at its level; after a party committee named bare ("Bí thư Đảng ủy -
    Chủ tịch HĐND"), of the one commune the article names."""
    title = _title_at(tokens, i, True)
    if title is None or title.head.org != "follows":
        return None
    head = org_head_at(tokens, title.end)
    end = title.end + len(head.words) if head is not None else title.end
    if head is None or head.canonical not in BODIES_OF_EVERY_PLACE \
            or end < len(tokens) and (tokens[end].is_cap or level_at(tokens, end) is not None):
        return None
    for post in reversed(earlier):
        org = post.org
        level, place = org.level, org.place
        if not level and org.label == _PARTY_COMMITTEE:
            level, place = ctx.one_local_place(tokens[i].start) or (None, None)
        elif org.kind != "PartyCommittee" and org.head not in BODIES_OF_EVERY_PLACE:
            continue
        if level and place:
            label = f"{head.canonical} {level.lower()} {place}"
            return PostMatch(title.start, end, title.former + title.role,
                             OrgMatch(title.end, end, label, head.kind, head.canonical, level=level,
                                      place=place, completed=True))
    return None


def posts_joined_after(tokens: list[Token], k: int, ctx: ArticleContext) -> list[PostMatch]:
    """The posts that follow a post, each after a comma or a dash ("Chủ tịch UBND tỉnh,
    Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh")."""
    posts: list[PostMatch] = []
    k = skip_term(tokens, k)
    while k + 1 < len(tokens) and (tokens[k].text == "," or tokens[k].text in DASHES):
        post = parse_post(tokens, k + 1, ctx)
        if post is None:
            break
        posts.append(post)
        k = skip_term(tokens, post.end)
    return posts


# a commune's party committee is that of its place, not of its people's committee
_LOCAL_GOVERNMENT: Final = frozenset(cues("local_government"))
# a place's council, people's committee and front: every commune, district and province has them
BODIES_OF_EVERY_PLACE: Final = _LOCAL_GOVERNMENT | {cue("front_committee") + " " + _COUNTRY}
_NAMED_BY_THEIR_PLACE: Final = frozenset(cues("bodies_named_by_their_place"))
_WITHOUT_A_PARTY_COMMITTEE: Final = frozenset(cues("bodies_of_a_place_without_a_party_committee"))
_MILITARY_COMMANDS: Final = frozenset(cues("military_commands_of_a_place"))
_DEPARTMENTS: Final = frozenset(cues("departments_without_a_party_committee"))
_MILITARY: Final = cue("military_party_committee_field")


def complete_board(post: PostMatch, later: OrgMatch) -> PostMatch | None:
    """The unfinished board of ``post`` under the committee that a later post names; an
    unfinished party committee is that of the later body ("Đảng ủy Công an thành phố
    Huế"), or of its place when the body is the place's council or people's committee
    ("Đảng ủy xã Bao La")."""
    board = post.org
    if board.kind == "Role":  # a title waiting for its body: the later post's, or the one above it
        # "Phó Chủ tịch, kiêm Trưởng ban Dân tộc HĐND tỉnh": of the body the board is part of
        holder = later.parent if (board.head == _ABOVE or later.parent is not None and later.part_of_parent) \
            and post.role not in _RANKS_HELD_IN_THE_BODY else later
        if holder is None and later.kind in _BODIES_TITLES_SHARE:
            holder = later  # "Phó Chủ tịch, Tổng Thư ký Hội X": no body above, both posts in the association
        return None if holder is None else PostMatch(post.start, post.end, post.role, holder, finished_later=True)
    if board.parent is not None and not board.parent.label:
        # "Ủy viên Ban Thường vụ Đảng ủy, Phó Thủ tướng Chính phủ": of "Đảng ủy Chính phủ"
        of_committee = complete_board(replace(post, org=board.parent), later)
        if of_committee is None:
            return None
        org = replace(board, label=f"{board.head} {of_committee.org.label}", parent=of_committee.org,
                      level=of_committee.org.level, place=of_committee.org.place)
        return PostMatch(post.start, post.end, post.role, org, finished_later=True)
    if board.kind == "PartyCommittee" and not board.head:  # "Phó Bí thư," of the later body's place
        return _secretary_of_the_place(post, later)
    head = lexicon().org_head(board.head)
    if head is not None and head.attach == "party-group":
        # "Bí thư Đảng đoàn, Chủ tịch Hội CCB Việt Nam": the party's group in that body
        if later.kind not in ("StateBody", "MassOrganization"):
            return None
        # the group is the organisation's, not its executive committee's ("Chủ tịch Ban
        # Chấp hành Trung ương Hội Nông dân Việt Nam": Đảng đoàn Hội Nông dân Việt Nam)
        body = _EXECUTIVE_COMMITTEE_OF_MASS_ORGANISATION.sub("", later.label)
        org = OrgMatch(board.start, board.end, f"{board.head} {body}", board.kind, board.head,
                       level=later.level, place=later.place)
        return PostMatch(post.start, post.end, post.role, org, finished_later=True)
    if board.kind == "PartyCommittee" or board.head == _PARTY_CELL:
        return _committee_of_the_later_body(post, later)
    if board.kind == "Unit":
        return _board_of_the_later_unit(post, later)
    committee = _up_to(later, ("PartyCommittee", "MassOrganization"))
    if committee.label == CENTRAL_COMMITTEE:
        return None  # the Central Committee has no standing board (its Politburo is one)
    # a board inside a mass organisation ("Ủy viên Ban Thường vụ, Trưởng ban Xây dựng hội Hội
    # Nông dân tỉnh") is that organisation's; a body's head ("…, Phó Chủ tịch UBND huyện X",
    # "…, Chủ tịch Ủy ban MTTQ huyện X") sits on the place's party committee
    if committee.kind != "PartyCommittee" and not (committee.kind == "MassOrganization" and committee is not later):
        placed = _party_committee_of(committee) or _own_party_committee(committee)
        if placed is None:
            return None
        committee = placed
    org = OrgMatch(board.start, board.end, f"{board.head} {committee.label}", board.kind, board.head,
                   parent=committee, level=committee.level, place=committee.place)
    return PostMatch(post.start, post.end, post.role, org, finished_later=True)


def _committee_of_the_later_body(post: PostMatch, later: OrgMatch) -> PostMatch | None:
    """An unfinished party committee or cell ("Bí thư Đảng ủy,") of the body a later post names."""
    board = post.org
    if later.kind == "PartyCommittee" or later.head in _DEPARTMENTS and later.parent is None and not later.level:
        return None
    if later.kind == "PartyBoard" and later.parent is not None and later.parent.kind == "PartyCommittee" \
            and later.parent.head == board.head:
        # "Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Tổ chức Đảng ủy Viện X": the committee whose board
        # the later post names, not a committee of that board
        return PostMatch(post.start, post.end, post.role, replace(later.parent, start=board.start, end=board.end),
                         finished_later=True)
    if (later.kind == "Unit" or later.kind == "MassOrganization" and not later.part_of_parent
            or later.kind == "PartyBoard" and later.parent is not None and later.parent.kind == "MassOrganization") \
            and later.parent is not None:
        # "Bí thư Đảng ủy, Chủ tịch HĐQT Tổng công ty X", "Phó Bí thư Đảng ủy, Chủ tịch Công
        # đoàn Bệnh viện Y": the company's, the hospital's; "Ủy viên Ban Chấp hành, Trưởng Ban Tổ
        # chức Trung ương Hội Nông dân Việt Nam": of the association whose board it is
        later = later.parent
    if later.label.startswith(f"{board.head} "):
        # "Ủy viên Ban Chấp hành, Phó Trưởng Ban Thanh niên Trường học Trung ương Đoàn": the
        # executive committee the board is in is the one the chain leaves unfinished
        return PostMatch(post.start, post.end, post.role, replace(later, start=board.start, end=board.end),
                         finished_later=True)
    # (a place's mass organisation has no party committee of its own: "Phó Bí thư Đảng ủy, Chủ
    # tịch Hội Nông dân xã X" is of "Đảng ủy xã X")
    if (later.head in _LOCAL_GOVERNMENT or later.head in _WITHOUT_A_PARTY_COMMITTEE
            or later.kind == "MassOrganization" and later.parent is None
            and _committee_of_the_level(later.level) == board.head) and later.level and later.place:
        label = f"{board.head} {later.level} {later.place}"
    elif later.head in _LOCAL_GOVERNMENT and later.level:
        label = f"{board.head} {later.level}"  # "Phó Bí thư Đảng ủy, Chủ tịch UBND phường": of the ward, unnamed
    elif later.head in _MILITARY_COMMANDS and later.level and later.place:
        label = f"{board.head} {_MILITARY} {later.level} {later.place}"
    else:
        label = f"{board.head} {_unit_of_its_mass_organisation(later) or later.label}"
    label, head = _executive_committee_as_its_committee(board.head, later, label)
    org = OrgMatch(board.start, board.end, label, board.kind, head,
                   level=later.level, place=later.place)
    return PostMatch(post.start, post.end, post.role, org, finished_later=True)


_EXECUTIVE_COMMITTEES: Final = frozenset((cue("executive_committee"), _EXECUTIVE_COMMITTEE_OF_PARTY_ORGANISATION))


def _executive_committee_as_its_committee(head: str, later: OrgMatch, label: str) -> tuple[str, str]:
    """ "Ủy viên BCH, Phó Chủ tịch UBND huyện X": the executive committee of the place's party
    organisation is its committee, "Huyện ủy X"; "Ủy viên Ban Chấp hành Đảng bộ, Phó Giám đốc Học
    viện Y": "Đảng ủy Học viện Y" (the label and head the unfinished committee takes)."""
    if head not in _EXECUTIVE_COMMITTEES:
        return label, head
    level = lexicon().level(later.level or "")
    if later.head in _LOCAL_GOVERNMENT and level is not None and later.place:
        return level.committee_of(later.place), level.committee
    if head == _EXECUTIVE_COMMITTEE_OF_PARTY_ORGANISATION and label.startswith(f"{head} "):
        return f"{_PARTY_COMMITTEE} {label[len(head) + 1:]}", _PARTY_COMMITTEE
    return label, head


def _unit_of_its_mass_organisation(body: OrgMatch) -> str | None:
    """ "Công đoàn Trường Đại học Hòa Mỹ": the unit whose union (or youth union, association) it is,
    named after its head; a mass organisation has no party committee of its own."""
    if body.kind != "MassOrganization" or body.parent is not None or not body.label.startswith(f"{body.head} "):
        return None
    unit = body.label[len(body.head) + 1:]
    return unit if unit.startswith(_units_named_after_a_mass_organisation()) else None


@cache
def _units_named_after_a_mass_organisation() -> tuple[str, ...]:
    return tuple(f"{h.canonical} " for h in lexicon().org_heads if h.kind in ("School", "Unit", "Enterprise"))


def _board_of_the_later_unit(post: PostMatch, later: OrgMatch) -> PostMatch | None:
    """A unit's own board or council left unfinished ("Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X",
    "Thành viên HĐTV, Phó Tổng giám đốc Tổng công ty"): that of the unit the later post names."""
    unit = _up_to(later, _UNITS_WITH_BOARDS)
    if unit.kind not in _UNITS_WITH_BOARDS:
        return None
    board = post.org
    org = OrgMatch(board.start, board.end, f"{board.head} {unit.label}", board.kind, board.head,
                   parent=unit, level=unit.level, place=unit.place)
    return PostMatch(post.start, post.end, post.role, org, finished_later=True)


def _committee_of_the_level(level: str | None) -> str | None:
    lv = lexicon().level(level or "")
    return lv.committee if lv else None


def _up_to(body: OrgMatch, kinds: tuple[str, ...]) -> OrgMatch:
    """The first of a body and the bodies it is a board of that is of one of ``kinds``, else
    the last of them ("Tỉnh ủy X" for "Ban Tuyên giáo Tỉnh ủy X")."""
    while body.parent is not None and body.kind not in kinds:
        body = body.parent
    return body


def _party_committee_of(body: OrgMatch) -> OrgMatch | None:
    """The party committee of the place a body is named with ("Huyện ủy X" for "UBND
    huyện X"): the committee whose board a chain left unfinished before that body."""
    lv = lexicon().level(body.level or "")
    if lv is None or not lv.committee:
        return None
    if not body.place:  # "UVTV, Phó chủ tịch HĐND huyện" where the article names no district: as written
        return OrgMatch(body.start, body.start, lv.committee, "PartyCommittee", lv.committee, level=body.level)
    return OrgMatch(body.start, body.start, lv.committee_of(body.place), "PartyCommittee", lv.committee,
                    level=body.level, place=body.place, completed=body.completed)


_BODIES_WITH_THEIR_OWN_PARTY_COMMITTEE: Final = ("Enterprise", "School")
# ... and whose standing board a chain names before a post in them ("Ủy viên Ban Thường vụ, …, Phó Hiệu trưởng")
_BOARDS_OF_THEIR_OWN_PARTY_COMMITTEE: Final = _BODIES_WITH_THEIR_OWN_PARTY_COMMITTEE + ("Unit",)


def _own_party_committee(body: OrgMatch) -> OrgMatch | None:
    """ "Ủy viên Ban Thường vụ, Chủ nhiệm UBKT Đảng ủy, Phó Hiệu trưởng" (of Trường Đại học X): the
    party committee of a unit, school or company whose post ends the chain is its own."""
    if body.kind not in _BOARDS_OF_THEIR_OWN_PARTY_COMMITTEE or body.parent is not None:
        return None
    return OrgMatch(body.start, body.start, f"{_PARTY_COMMITTEE} {body.label}", "PartyCommittee", _PARTY_COMMITTEE,
                    level=body.level, place=body.place)


def _secretary_of_the_place(post: PostMatch, later: OrgMatch) -> PostMatch | None:
    """A secretary's post left without its committee ("Phó Bí thư Thường trực, Chủ tịch HĐND
    huyện X"): the committee the later body is under, or the place's where the later body
    governs the place; a department's secretary is of its own party committee, which the text
    does not name."""
    if later.kind in _BODIES_WITH_THEIR_OWN_PARTY_COMMITTEE:
        # "Phó Bí thư, Tổng giám đốc EVN": the company's own party committee
        org = OrgMatch(post.org.start, post.org.end, f"{_PARTY_COMMITTEE} {later.label}", "PartyCommittee",
                       _PARTY_COMMITTEE, level=later.level, place=later.place)
        return PostMatch(post.start, post.end, post.role, org, finished_later=True)
    committee: OrgMatch | None = _up_to(later, ("PartyCommittee",))
    if committee is not None and committee.kind != "PartyCommittee":
        committee = _party_committee_of(later) if later.head in _LOCAL_GOVERNMENT else None
    if committee is None or committee.parent is not None:
        return None
    return PostMatch(post.start, post.end, post.role,
                     dataclasses.replace(committee, start=post.org.start, end=post.org.end), finished_later=True)
