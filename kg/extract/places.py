"""Places the text names as places: "tại tỉnh Tây Ninh", "xã Mỹ Hòa".

A name found only inside an organisation's name ("Tỉnh ủy Thái Bình") is not a place.
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract import Found, SentenceView, register, register_finisher
from kg.extract.context import (
    LEVEL_FIRST_WORDS,
    PLURAL_MARKERS,
    cue_before,
    folded_provinces,
    in_a_bodys_head,
    level_at,
    place_name_run,
    place_text,
    province_end,
)
from kg.extract.grammar import UNCLE_HO, text_of
from kg.extract.lexicon import Level, clean_label, cue, cues, district_levels, district_provinces, fold, lexicon
from kg.extract.tokens import Token, past_brackets
from kg.model import Article, EntityKey, ExtractorName, FinisherName, FoundAs, Mention, RelationMention, Sentence


def place_label(level: str, name: str) -> str:
    return clean_label(f"{level[0].upper()}{level[1:]} {name}")


# What may follow a bare place name in a list of places of one level
_LIST_GOES_ON: Final = frozenset((",", ".", ";", ")", ":"))
_LIST_ENDS: Final = frozenset(cues("ends_a_list_of_places"))
_AND: Final = fold(cue("and"))
_PROVINCE: Final = cue("province_level")
_CITY: Final = cue("city_level")
_JOINT: Final = frozenset(fold(w) for w in cues("joins_places_of_a_level"))


@register(ExtractorName.PLACES)
def find_places(view: SentenceView) -> Found:
    tokens = view.tokens
    in_org = _held_by_organisations(view)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        if tokens[i].text == "(" and i > 1 and in_org[i - 1] and _commune_ends_at(tokens, i):
            _district_in_brackets(view, i + 1, mentions)  # "Hội LHTN xã Quế Long (Quế Sơn)"
        if not tokens[i].is_word or in_org[i]:
            i += 1
            continue
        found = level_at(tokens, i) if tokens[i].key in LEVEL_FIRST_WORDS else None
        if found and i > 0 and tokens[i - 1].key in _JOINT:
            found = None  # "Ủy ban kháng chiến liên tỉnh Sơn - Lai": several provinces joined, no one place
        if found and _after_a_head(tokens, i):
            found = None  # "thành lập đảng bộ phường Sa Pả": a body named in small letters, not a place
        if found and (_after_a_deputys_title(tokens, i)  # "… đại biểu Quốc hội chuyên trách tỉnh Sơn La"
                      or i == 0 and not _in_the_headline(view)  # the headline's place is a Place (3c)
                      and (_acts_through_its_authorities(tokens, found[1])  # "Xã X tổ chức Lễ …"
                           or _a_tag(tokens, found[1]))):  # "Huyện X: Ra mắt …", a tag
            i = _in_passing(view, i, found, mentions)  # not a place the text names, nor a person's name
            continue
        if found and in_a_bodys_head(tokens, i):
            found = None  # "Hợp tác xã Nông nghiệp Thuận Hạnh": a cooperative, no commune "Nông"
        if found and _a_region_at(tokens, found[1]):
            found = None  # "các tỉnh Nam Bộ": the provinces of a region, no one place
        if found:
            end = _places_of_a_level(view, i, found, in_org, mentions)
            if end is not None:
                i = end
                continue
        if tokens[i].is_cap and not (i > 0 and tokens[i - 1].is_cap):  # else no bare place begins
            i = _bare_place(view, i, mentions)
        i += 1
    return [m for m in mentions if not _a_heading_in_capitals(m)], []


_REGIONS: Final = tuple(tuple(fold(w) for w in r.split()) for r in cues("regions_ending_a_name"))


def _a_region_at(tokens: list[Token], k: int) -> bool:
    """Whether a region of the country ("Nam Bộ", "Tây Nguyên"), and no more name, is named at token k."""
    return any(tuple(t.key for t in tokens[k:k + len(r)]) == r and place_name_run(tokens, k) == k + len(r)
               for r in _REGIONS)


def _a_heading_in_capitals(place: Mention) -> bool:
    """ "TẠI MỘT SỐ TỈNH MIỀN NÚI PHÍA BẮC", "XÃ, THỊ TRẤN TRONG HUYỆN HOÀN THÀNH ĐẠI HỘI": in
    capitals nothing says where a name ends, so only a province or central city the lexicon
    knows is a place there."""
    if not place.text.isupper() or not any(len(w) > 1 and w.isupper() for w in place.label.split()):
        return False  # "TP.HCM": an abbreviation the lexicon wrote out
    written = fold(place.text)
    return not any(written.endswith(" " + name) or written == name for name in folded_provinces())


# (not "trung tâm": "tại trung tâm xã X" is the commune's centre, a place, not a body named small)
_HEADS: Final = frozenset(tuple(fold(h).split()) for h in cues("heads_named_back")) \
    - frozenset(tuple(fold(h).split()) for h in cues("a_places_centre"))


def _after_a_head(tokens: list[Token], i: int) -> bool:
    """Whether a body's head in small letters ("đảng bộ", "chi bộ") stands just before token i."""
    return any(i >= len(h) and tuple(t.key for t in tokens[i - len(h):i]) == h and not tokens[i - len(h)].is_cap
               for h in _HEADS)


_ACTS: Final = tuple(tuple(fold(w).split()) for w in cues("a_place_acts_through_its_authorities"))


def _acts_through_its_authorities(tokens: list[Token], j: int) -> bool:
    """Whether a place's name that begins the sentence, its level before token j, is the
    subject of what its authorities do ("Xã Xuân Ninh tổ chức ...", "Huyện A: Thăm, tặng quà")."""
    end = place_name_run(tokens, j)
    if end <= j:
        return False
    if end < len(tokens) and tokens[end].text == ":":
        end += 1
    return any(tuple(t.key for t in tokens[end:end + len(w)]) == w for w in _ACTS)


def _in_passing(view: SentenceView, i: int, found: tuple[str, int], mentions: list[Mention]) -> int:
    """A place named in passing: in a deputy's title (the constituency), or standing for its
    authorities ("Xã Xuân Ninh tổ chức Lễ mừng thọ"): its words are a place's, which no person
    reads, but it makes a Place only where the text names it again.  Where it ends."""
    level, j = found
    end = place_name_run(view.tokens, j)
    if end > j:
        lv = lexicon().level(level)
        name = place_text(view.tokens, j, end)
        mentions.append(view.mention("Place", i, end, place_label(level, name), FoundAs.PLACE_IN_PASSING,
                                     kind=lv.kind if lv else None, aliases=(clean_label(name),)))
    return max(end, i + 1)


_DEPUTYS_TITLES: Final = frozenset(tuple(fold(h).split()) for h in cues("deputys_titles_with_a_place")) \
    | frozenset(tuple(fold(h).split()) for h in cues("people_named_by_their_place"))


# the headline stands among the article's first characters (events' _HEADLINE_WITHIN)
_HEADLINE_WITHIN: Final = 300
_HEADLINE_LONGEST: Final = 160  # (events' _HEADLINE_LONGEST)


def _in_the_headline(view: SentenceView) -> bool:
    """Whether the sentence is the article's headline: its title where the text opens, or a line of
    its own among the first characters, unstopped and not long, under a page's lines above it
    ("Thống kê truy cập / Bầu cử QH và HĐND các cấp / Xã Quang Minh tổ chức Hội nghị …", whose title
    is the first of those lines: the page's chrome), where no date line under the title marks it
    as the headline."""
    title, text, start = view.article.title, view.article.text, view.sentence.start
    if title and text.find(title, 0, _HEADLINE_WITHIN) == start:
        return True
    if start >= _HEADLINE_WITHIN or start == 0 or text[start - 1] != "\n":
        return False
    if any(above[:1].isdigit() for above in text[:start].split("\n")[1:]):
        return False  # a date line under the title: the title is the headline, the text below it the body
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return line == view.sentence.text.rstrip() and len(line) <= _HEADLINE_LONGEST and not line.endswith(".")


def _a_tag(tokens: list[Token], j: int) -> bool:
    """Whether the place whose name begins at token j is a tag, its name ending at a colon ("Huyện
    Kim Sơn: Thăm, tặng quà …"): at a sentence's start in the body, in passing (in the headline, a
    Place: docs/gold-conventions/events.md 3c)."""
    end = place_name_run(tokens, j)
    return j < end < len(tokens) and tokens[end].text == ":"


def _after_a_deputys_title(tokens: list[Token], i: int) -> bool:
    """Whether a deputy's title ("đại biểu Quốc hội", "... chuyên trách") stands just before token i, or
    the word for the delegates a place sends ("Đoàn đại biểu tỉnh X", "Đại hội đại biểu xã Y")."""
    return any(i >= len(h) and tuple(t.key for t in tokens[i - len(h):i]) == h for h in _DEPUTYS_TITLES)


def _held_by_organisations(view: SentenceView) -> list[bool]:
    """Which tokens organisations' names hold, found once for the sentence."""
    tokens = view.tokens
    in_org = [False] * len(tokens)
    for m in view.mentions:
        if m.type == "Organization":
            for k in range(_first_token_from(tokens, m.span.start), len(tokens)):
                if tokens[k].end > m.span.end or (tokens[k].text == "," and level_at(tokens, k + 1)):
                    break  # "Chi bộ ấp A, xã B": the level after a comma names a place of its own
                in_org[k] = True
            after = _first_token_from(tokens, m.span.end)
            _shared_head(tokens, after, in_org)
            _provinces_of_a_list_of_bodies(tokens, after, in_org)
            _place_after_its_short_form(tokens, after, in_org)
    if ":" in view.sentence.text:
        for c in range(2, len(tokens) - 1):
            if tokens[c].text == ":" and _bodies_lead_a_list(tokens, c):
                _list_of_bodies_places(tokens, c + 1, in_org)
    return in_org


_BODIES_IN_THE_PLURAL: Final = tuple(tuple(fold(h).split()) for h in cues("bodies_listed_after_their_plural"))
_TITLES_BEFORE_A_LIST: Final = tuple(tuple(fold(h).split()) for h in cues("titles_before_listed_places"))


def _bodies_lead_a_list(tokens: list[Token], c: int) -> bool:
    """Whether the words before the colon at token c say that what it lists are bodies, named by
    their places: bodies in the plural ("thuộc các đảng bộ:", "các Ban Thường vụ Tỉnh ủy:"), or a
    post or a branch of the level's places ("Bí thư các huyện:", "chi nhánh các tỉnh:")."""
    b = c - 1 if tokens[c - 1].key in _LIST_FOLLOWS else c
    for h in _BODIES_IN_THE_PLURAL:
        k = b - len(h)
        if k > 0 and tuple(t.key for t in tokens[k:b]) == h and tokens[k - 1].key in PLURAL_MARKERS:
            return True
    level = next((k for k in (b - 1, b - 2) if k > 0 and (f := level_at(tokens, k)) and f[1] == b), None)
    if level is None or tokens[level - 1].key not in PLURAL_MARKERS:
        return False
    return any(level - 1 >= len(h) and tuple(t.key for t in tokens[level - 1 - len(h):level - 1]) == h
               for h in _TITLES_BEFORE_A_LIST)


def _list_of_bodies_places(tokens: list[Token], k: int, in_org: list[bool]) -> None:
    """The places a list of bodies names, each with its level or bare ("huyện A, huyện B và C"),
    held by those bodies: no place the text names."""
    while k < len(tokens):
        found = level_at(tokens, k)
        if tokens[k].text == "," or tokens[k].key == _AND:
            k += 1
            continue
        if found is None and not tokens[k].is_cap:
            return
        end = place_name_run(tokens, found[1] if found else k)
        if end <= k or (found and end <= found[1]):
            return
        for t in range(k, end):
            in_org[t] = True
        k = end


def _place_after_its_short_form(tokens: list[Token], k: int, in_org: list[bool]) -> None:
    """ "Sở Giáo dục và Đào tạo (GDĐT) tỉnh X", "Văn phòng điều phối xây dựng nông thôn mới (NTM) huyện
    Y": the body's short form in brackets, then the place its name goes on with, the body's, not a
    place the text names."""
    if k >= len(tokens) or tokens[k].text != "(":
        return
    close = next((c for c in range(k + 2, min(len(tokens), k + _SHORT_FORM_TOKENS)) if tokens[c].text == ")"), 0)
    if close and close + 1 < len(tokens) and tokens[close + 1].key in LEVEL_FIRST_WORDS \
            and all(t.text.isupper() or not t.is_word for t in tokens[k + 1:close]) \
            and (found := level_at(tokens, close + 1)):
        for t in range(close + 1, place_name_run(tokens, found[1])):
            in_org[t] = True


# how many tokens a body's short form in brackets may take, the brackets with it ("(KH&CN)": five)
_SHORT_FORM_TOKENS: Final = 6


def _first_token_from(tokens: list[Token], position: int) -> int:
    """The first token that starts at ``position`` or after it (the number of tokens where none
    does): a bisection over the tokens themselves, which compiled code runs without the list of
    starts `bisect_left` needed (a scan from the first token made one long sentence quadratic)."""
    low, high = 0, len(tokens)
    while low < high:
        middle = (low + high) // 2
        if tokens[middle].start < position:
            low = middle + 1
        else:
            high = middle
    return low


def _shared_head(tokens: list[Token], k: int, in_org: list[bool]) -> None:
    """ "Đảng ủy phường A và phường B": a place of the level the body's name ends with, named
    after "và", is the second body's (its head shared), not a place."""
    if k + 1 < len(tokens) and tokens[k].key == _AND and in_org[k - 1]:
        found = level_at(tokens, k + 1)
        levels_before = [lv for j in range(max(0, k - 6), k) if (lv := level_at(tokens, j))]
        if found and levels_before and levels_before[-1][0] == found[0]:
            for t in range(k + 1, place_name_run(tokens, found[1])):
                in_org[t] = True


# how far back from a body's end its province's name may begin ("Bà Rịa - Vũng Tàu": five tokens)
_LONGEST_PROVINCE: Final = 5


def _provinces_of_a_list_of_bodies(tokens: list[Token], k: int, in_org: list[bool]) -> None:
    """ "Trung tâm Kiểm dịch y tế Quốc tế Lào Cai, Lạng Sơn, Hải Phòng": provinces named bare after
    a body whose name ends in a province are the same body's in each (its head shared), not places."""
    if not (0 < k < len(tokens) and (tokens[k].text == "," or tokens[k].key == _AND) and in_org[k - 1]) \
            or not any(province_end(tokens, j) == k for j in range(max(0, k - _LONGEST_PROVINCE), k)):
        return
    while k + 1 < len(tokens) and (tokens[k].text == "," or tokens[k].key == _AND) \
            and (end := province_end(tokens, k + 1, ends_run=True)) > 0:
        for t in range(k + 1, end):
            in_org[t] = True
        k = end


def _places_of_a_level(view: SentenceView, i: int, found: tuple[str, int], in_org: list[bool],
                       mentions: list[Mention]) -> int | None:
    """ "xã Mỹ Hòa", and "các huyện Đồng Văn, Yên Minh và Quản Bạ": the level goes on
    through a list.  Where the places end, or None when no name follows the level."""
    tokens = view.tokens
    level, j = found
    listed = False
    lead = _lead_of_a_list(tokens, j) if i > 0 and (tokens[i - 1].text.isdigit()
                                                    or tokens[i - 1].key in PLURAL_MARKERS) else None
    if lead is not None:
        # "gồm 06 xã: Văn Hóa, Tiến Hóa, …", "tại các xã: A (…), B (…)", "08 phường là: A, B", "6 xã nông
        # thôn mới: A, B", "02 xã biên giới là A và B": the places listed
        j = lead
        listed = True
    end = place_name_run(tokens, j)
    province = province_end(tokens, j) if level in (_PROVINCE, _CITY) else 0
    if j < province < end and tokens[province].text != "-":  # not "tỉnh Quảng Nam - Đà Nẵng"
        # "tỉnh Hậu Giang Bí thư ...", "tại thành phố Đà Nẵng Trung tâm X tổ chức": the province or the
        # city under the centre, not the title or the body run on to it
        end = province
    if end <= j or any(in_org[j:end]) or tokens[j].text.isdigit() and not _numbered_ward_or_district(tokens, level, j):
        return None  # "thành phố 6 giờ": no name
    lv = lexicon().level(level)
    kind = lv.kind if lv else None
    name = place_text(tokens, j, end)
    # "Liên hoan Tuổi trẻ sáng tạo tỉnh X năm 2020", "Đại hội đại biểu Phụ nữ tỉnh X lần thứ XVI": the
    # place ends the name of an occasion numbered after it, not a place the text names as one
    way = FoundAs.PLACE_IN_PASSING if not listed and _ends_a_numbered_name(tokens, i, end) else ExtractorName.PLACES
    mentions.append(view.mention("Place", i, end, place_label(level, name), way,
                                 kind=kind, aliases=() if name.isdigit() else (clean_label(name),)))
    if lv is not None and lv.rank == _COMMUNE_RANK and end < len(tokens) and tokens[end].text == "(":
        _district_in_brackets(view, end + 1, mentions)
    if listed:
        end = _past_listed_brackets(view, end, in_org, mentions)
    while end + 1 < len(tokens) and (tokens[end].text == "," or tokens[end].key == _AND) \
            and tokens[end + 1].is_cap and not in_org[end + 1]:
        more = place_name_run(tokens, end + 1)
        if listed and more < len(tokens) and tokens[more].text == "(":
            more_past = _past_listed_brackets(view, more, in_org, mentions)  # "Vĩnh Kim (hộ bà A, làng B),"
        else:
            more_past = more
        # "2 xã Vĩnh Thuận và Vĩnh Quang (huyện Vĩnh Thạnh)": the last place, then where it lies
        placed_after = any(k < len(tokens) and tokens[k].text == "(" and level_at(tokens, k + 1)
                           for k in (more, more_past))
        if more <= end + 1 or (more_past < len(tokens) and tokens[more_past].text not in _LIST_GOES_ON
                               and tokens[more_past].key not in _LIST_ENDS and not placed_after):
            break  # not a bare name in a list
        name = text_of(tokens, end + 1, more)
        if level_at(tokens, end + 1) or tokens[end + 1].text.isupper() or name in _DIRECTIONS \
                or not listed and name in lexicon().provinces \
                and level != (_CITY if name in lexicon().central_cities else _PROVINCE):
            # "xã Mỹ Phong, TP. Mỹ Tho", "giáp tỉnh A, Đông và Đông Nam giáp Biển Đông"; "xã Sài Sơn, huyện
            # Quốc Oai, Hà Nội": the province the address ends with, no district of that name
            break
        mentions.append(view.mention("Place", end + 1, more, place_label(level, name), ExtractorName.PLACES,
                                     kind=kind, aliases=(clean_label(name),)))
        end = more_past
    return end


_LEVELS_NAMED_BY_NUMBER: Final = frozenset(fold(w) for w in cues("levels_named_by_number"))
_NOT_A_PLACE_S_NUMBER_BEFORE: Final = frozenset(fold(w) for w in cues("not_a_place_s_number_before"))
_HIGHEST_WARD_NUMBER: Final = 30


def _numbered_ward_or_district(tokens: list[Token], level: str, j: int) -> bool:
    """Whether the number at token j names a city's ward or district after its level ("tại quận 9, TP HCM",
    "phường 12, quận 5"), not a count or a measure ("phường 6 tháng đầu năm")."""
    return fold(level) in _LEVELS_NAMED_BY_NUMBER and int(tokens[j].text) <= _HIGHEST_WARD_NUMBER \
        and not (j + 1 < len(tokens) and tokens[j + 1].key in _NOT_A_PLACE_S_NUMBER_BEFORE)


_EDITION: Final = tuple(fold(w) for w in cue("nth_time").split())
_YEAR: Final = fold(cue("year"))
# the words before a place that say it is where something is or happens ("tại", "ở", "của", "trên địa bàn")
_BEFORE_A_PLACE_NAMED_AS_ONE: Final = frozenset(fold(w.split()[-1]) for w in cues("place_named_as_one_after"))


def _ends_a_numbered_name(tokens: list[Token], i: int, end: int) -> bool:
    """Whether the place at tokens i..end ends a name numbered right after it, by its edition or its
    year ("… tỉnh X lần thứ XVI", "… huyện Y năm 2023"), with no word before it that names it as a
    place ("tại", "của": "Ngày hội … tại xã Z năm 2023" is held there), nor a comma (the last link of
    an address, "Đảng bộ xã Z, tỉnh X lần thứ I")."""
    if end + 1 >= len(tokens) or i == 0 or tokens[i - 1].key in _BEFORE_A_PLACE_NAMED_AS_ONE \
            or tokens[i - 1].text == ",":
        return False
    after = tuple(t.key for t in tokens[end:end + len(_EDITION)])
    return after == _EDITION or tokens[end].key == _YEAR and len(tokens[end + 1].text) == 4 \
        and tokens[end + 1].text.isdigit()
_LIST_FOLLOWS: Final = frozenset(fold(w) for w in cues("list_follows"))
# how many small words may tell what the places counted are before their list ("xã nông thôn mới:")
_WORDS_BEFORE_A_LIST: Final = 4


def _lead_of_a_list(tokens: list[Token], j: int) -> int | None:
    """After a counted level at token j ("06 xã", "các phường"), where the list of its places begins:
    past a colon, or past a few small words that say what they are and "là"/"gồm" or a colon ("6 xã
    nông thôn mới: A, B", "08 phường là: A, B"); None where no list is led in."""
    k = j
    while k < len(tokens) and k - j < _WORDS_BEFORE_A_LIST and tokens[k].is_word and not tokens[k].is_cap \
            and tokens[k].key not in _LIST_FOLLOWS:
        k += 1
    said = k < len(tokens) and tokens[k].key in _LIST_FOLLOWS
    k += said
    colon = k < len(tokens) and tokens[k].text == ":"
    k += colon
    return k if (colon or said) and k < len(tokens) and tokens[k].is_cap else None


def _past_listed_brackets(view: SentenceView, k: int, in_org: list[bool], mentions: list[Mention]) -> int:
    """After a bracket a listed place is followed by ("Cốc Lầu (huyện Bắc Hà), Tân Thượng"): what is there,
    in brackets; where it names a place with its level, that place is read first."""
    found = level_at(view.tokens, k + 1) if k + 1 < len(view.tokens) and view.tokens[k].text == "(" else None
    if found:
        _places_of_a_level(view, k + 1, found, in_org, mentions)
    return past_brackets(view.tokens, k)


# "xã Mường Mô (Nậm Nhùn)": a commune's district named bare in brackets after it
_COMMUNE_RANK: Final = 3
_DISTRICT: Final = cue("district_level")


def _commune_ends_at(tokens: list[Token], i: int) -> bool:
    """Whether a commune's level and name end just before token i (inside a body's name)."""
    for k in range(max(0, i - 6), i - 1):
        found = level_at(tokens, k) if tokens[k].key in LEVEL_FIRST_WORDS else None
        lv = lexicon().level(found[0]) if found else None
        if found and lv is not None and lv.rank == _COMMUNE_RANK and place_name_run(tokens, found[1]) == i:
            return True
    return False


def _district_in_brackets(view: SentenceView, j: int, mentions: list[Mention]) -> None:
    tokens = view.tokens
    if j >= len(tokens) or not tokens[j].is_cap or level_at(tokens, j) or tokens[j].text.isupper():
        return  # "xã A (huyện B)": the level named, read as any place; "(TPHCM)": an abbreviation
    end = place_name_run(tokens, j)
    if end <= j or end >= len(tokens) or tokens[end].text != ")":
        return
    if province_end(tokens, j) == end:
        return  # "xã Tam Xuân (Quảng Nam)": a province, read bare as any
    name = place_text(tokens, j, end)
    lv = lexicon().level(_DISTRICT)
    mentions.append(view.mention("Place", j, end, place_label(_DISTRICT, name), ExtractorName.PLACES,
                                 kind=lv.kind if lv else None, aliases=(clean_label(name),)))


_DIRECTIONS: Final = frozenset(cues("directions"))
_WHOLE_ABBREVIATIONS: Final = frozenset(cues("places_abbreviated_whole"))


def _bare_place(view: SentenceView, i: int, mentions: list[Mention]) -> int:
    """A place named bare: a province ("Hà Tĩnh cụ thể hóa ..."), or a place the article
    names elsewhere with its level ("Tháp Mười lan tỏa ...").  The name is a whole run of
    one to three capitalised words, nothing capitalised on either side.  Returns the
    run's last token (i where there is none)."""
    tokens = view.tokens
    lex = lexicon()
    if not tokens[i].is_cap or (i > 0 and tokens[i - 1].is_cap):
        return i
    n = 1
    while i + n < len(tokens) and n <= 3 and tokens[i + n].is_cap and tokens[i + n].is_word:
        n += 1
    if n > 3 or (i + n < len(tokens) and tokens[i + n].is_cap):
        return i
    hyphened = province_end(tokens, i, ends_run=True)
    if hyphened > i + n and tokens[i + n].text == "-":
        n = hyphened - i  # "Bà Rịa - Vũng Tàu đến nay đã ...": a province's name holds a hyphen
    name = clean_label(text_of(tokens, i, i + n))
    if name == UNCLE_HO and cue_before(tokens, i, "cites_uncle_ho"):
        return i  # "Chủ tịch Hồ Chí Minh", "phong cách Hồ Chí Minh": the person, though the article names the city
    bare_level = view.context.known_place(name)
    if name in lex.provinces:
        if _after_a_bodys_head(tokens, i):
            return i  # "Công an Tiền Giang", "Đảng bộ Hải Hậu": the body of the province, which no list knew
        bare_level = _CITY if name in lex.central_cities else _PROVINCE
    elif name in _WHOLE_ABBREVIATIONS and name in lex.place_abbreviations:
        # "(TPHCM)": the city, its level in the abbreviation
        name, bare_level = lex.place_abbreviations[name], _CITY
    if i > 0 and level_at(tokens, i - 1):
        return i
    bare_level = bare_level or _a_district_before_its_province(tokens, i + n, name)
    if name in _COUNTRIES and i > 0 and (tokens[i - 1].key in _BEFORE_A_COUNTRY or _among_countries(tokens, i, i + n)):
        # "tốt nghiệp tại Hàn Quốc": the country as a place (not a person of family Hàn); so one listed
        # with another ("giữa Việt Nam và Hàn Quốc") or bracketed after a name ("Preah Sihanouk (Campuchia)")
        mentions.append(view.mention("Place", i, i + n, name, ExtractorName.PLACES, aliases=(name,)))
        return i + n - 1
    if not bare_level:
        if not (_named_with_places(view, i, i + n) or _last_link_of_an_address(view, i, i + n)):
            return i
        mentions.append(view.mention("Place", i, i + n, name, ExtractorName.PLACES, aliases=(name,)))
        return i + n - 1
    lv = lex.level(bare_level)
    # "Hà Nội, ngày 14 tháng 4 năm 2026": where a document was signed, not a place the text names;
    # "cử tri Bắc Kạn": its people, named by it
    # "Tân Hiệp tổ chức tổng kết …": standing for its authorities, "X: …" a tag, in passing in the
    # body; in the headline, as its tag or its subject, a Place (docs/gold-conventions/events.md 3c,
    # decided by the shared corpus's gold: "Tháp Mười lan toả …", "Hà Tĩnh cụ thể hoá …")
    tagged = i == 0 and tokens[min(n, len(tokens) - 1)].text == ":"
    at_the_start = i == 0 and not _in_the_headline(view)
    way = FoundAs.PLACE_IN_PASSING if _a_documents_date_after(tokens, i + n) or _its_people_before(tokens, i) \
        or at_the_start and (tagged or _acts_through_its_authorities(tokens, i)) \
        else ExtractorName.PLACES
    mentions.append(view.mention("Place", i, i + n, place_label(bare_level, name), way,
                                 kind=lv.kind if lv else None, aliases=(name,)))
    return i + n - 1


_PEOPLE_OF_A_PLACE: Final = frozenset(tuple(fold(w).split()) for w in cues("people_of_a_place"))
_BODIES_HEADS: Final = frozenset(h.words for h in lexicon().org_heads)
_LONGEST_HEAD: Final = max(len(h) for h in _BODIES_HEADS)


def _after_a_bodys_head(tokens: list[Token], i: int) -> bool:
    """Whether a body's head, capitalised as a name begins, stands just before token i ("Công an", "Ban
    Tuyên giáo", "Đảng bộ"): a province named bare after it names the body's place, within its name."""
    return any(k <= i and (k > 1 or tokens[i - k].is_cap) and tuple(t.key for t in tokens[i - k:i]) in _BODIES_HEADS
               for k in range(1, _LONGEST_HEAD + 1))


def _its_people_before(tokens: list[Token], i: int) -> bool:
    """Whether the people of a place ("cử tri", "tuổi trẻ") stand just before its bare name at token i."""
    return any(i >= len(w) and tuple(t.key for t in tokens[i - len(w):i]) == w for w in _PEOPLE_OF_A_PLACE)


_DAY: Final = fold(cue("day"))
_MONTH: Final = fold(cue("month"))


def _a_documents_date_after(tokens: list[Token], k: int) -> bool:
    """Whether ", ngày 14 tháng 4" follows token k: the date of a document signed at the place before."""
    return k + 4 < len(tokens) and tokens[k].text == "," and tokens[k + 1].key == _DAY \
        and tokens[k + 2].text.isdigit() and tokens[k + 3].key == _MONTH


_COUNTRIES: Final = frozenset((*cues("foreign_countries"), *cues("countries_named_as_places")))
_BEFORE_A_COUNTRY: Final = frozenset(fold(w) for w in cues("before_a_country"))
_LONGEST_COUNTRY: Final = max(len(c.split()) for c in _COUNTRIES)


def _a_country(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens start..end are a country's whole name, no capitalised word on either side."""
    return 0 <= start < end <= len(tokens) and text_of(tokens, start, end) in _COUNTRIES \
        and not (start > 0 and tokens[start - 1].is_cap) and not (end < len(tokens) and tokens[end].is_cap)


def _among_countries(tokens: list[Token], i: int, end: int) -> bool:
    """Whether the country at tokens i..end is listed with another by a comma or "và" ("các nước Trung
    Quốc, Nga, Mỹ", "giữa Việt Nam và Hàn Quốc"), or bracketed after a name ("Junin 2 (Venezuela)"):
    the countries a text names as places, each."""
    if tokens[i - 1].text == "(" and end < len(tokens) and tokens[end].text == ")":
        return i > 1 and tokens[i - 2].text.isalnum()  # ("Lô 67 (Peru)": a name ending in its number)
    listed = (",", _AND)
    before = tokens[i - 1].key in listed and any(_a_country(tokens, i - 1 - n, i - 1)
                                                  for n in range(1, _LONGEST_COUNTRY + 1))
    return before or end < len(tokens) and tokens[end].key in listed \
        and any(_a_country(tokens, end + 1, end + 1 + n) for n in range(1, _LONGEST_COUNTRY + 1))
_FROM: Final = frozenset(fold(w) for w in cues("from_place"))
_TO: Final = frozenset(fold(w) for w in cues("to_place"))


def _in_a_province(tokens: list[Token], i: int) -> bool:
    """Whether " - <province>" follows at token i ("Tuần Giáo - Điện Biên": a place in it)."""
    return i + 1 < len(tokens) and tokens[i].text == "-" and province_end(tokens, i + 1, ends_run=True) > 0


def _last_link_of_an_address(view: SentenceView, i: int, end: int) -> bool:
    """ "số 8, Nguyễn Tri Phương, Ba Đình, Hà Nội", "tại Phù Lưu, Tân Hồng, Từ Sơn, Bắc Ninh": a name of two
    words or more between an address's comma and the province that ends it (nothing named after) is the
    district the address lies in (a person's name, "ông Lê Văn An, Hà Nội", begins with a family name and
    runs to three words or more; a place's of two may begin so: "Từ Sơn")."""
    tokens = view.tokens
    if end - i < 2 or i == 0 or tokens[i - 1].text != "," or end >= len(tokens) or tokens[end].text != ",":
        return False
    province = province_end(tokens, end + 1, ends_run=True)
    if not province or province < len(tokens) and tokens[province].text == "," and province + 1 < len(tokens) \
            and province_end(tokens, province + 1, ends_run=True):
        # (a list of provinces goes on: "Sơn La, Yên Bái, Lào Cai"; not a sentence's subject after the
        # address that opens it, "tại …, 36 Hàng Chuối, Hai Bà Trưng, Hà Nội, Chi bộ X tổ chức …")
        return False
    return end - i == 2 or tokens[i].key not in lexicon().family_names


def _a_district_before_its_province(tokens: list[Token], end: int, name: str) -> str | None:
    """ "(Tiên Phước, Quảng Nam)", "quê Yên Thành, Nghệ An": a district named bare, then a comma and the one
    province it lies in (district_provinces.tsv): its level word; else None."""
    province = district_provinces().get(name)
    if province is None or end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    after = province_end(tokens, end + 1, ends_run=True)
    if not after or clean_label(text_of(tokens, end + 1, after)) != province:
        return None
    return district_levels()[name] or None


def _named_with_places(view: SentenceView, i: int, end: int) -> bool:
    """A run of capitalised words the text names as a place though no list knows it: one in
    a province ("Tuần Giáo - Điện Biên"), or where a way runs from or to a place ("từ Quỳnh
    Nhai sang Tuần Giáo - Điện Biên")."""
    tokens = view.tokens
    if end - i < 2 or tokens[i].key in lexicon().family_names:
        return False  # one word, or a person's name
    if _in_a_province(tokens, end):
        return True
    if i > 0 and tokens[i - 1].key in _FROM and end < len(tokens) and tokens[end].key in _TO:
        k = end + 1
        run = k
        while run < len(tokens) and run - k < 3 and tokens[run].is_cap and tokens[run].is_word:
            run += 1
        return run > k and (province_end(tokens, k, ends_run=True) > 0 or _in_a_province(tokens, run))
    return False


# "tại các xã Vĩnh Sơn, Vĩnh Kim và thị trấn Vĩnh Thạnh", "tại xã A (…) và xã B": what may stand
# between two places of one level listed after a venue's word (the places' levels, a comma, "và",
# and what brackets hold: the hamlet or the household there, the district they lie in)
_BETWEEN_LISTED: Final = re.compile(rf"(?:\s*\([^()]{{0,80}}\))?\s*(?:,\s*)?(?:{re.escape(_AND)}\s+)?", re.IGNORECASE)


# "tại các xã: ", "tại ": the venue's word right before the first place listed
_LISTED_AFTER_A_VENUE: Final = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in cues('venue_leads'))})\s+(?:\w+\s+){{0,3}}:?\s*$", re.IGNORECASE)
_LEAD_REACH: Final = 30


def _level_of(place: Mention) -> Level | None:
    """The level a place's label names ("Xã Ia Le": a commune), None for a bare name ("Hà Nội")."""
    words = place.label.split(" ", 2)
    return lexicon().level(words[0]) if len(words) > 1 and lexicon().level(words[0]) else \
        lexicon().level(" ".join(words[:2])) if len(words) > 2 else None


def _rank_of(place: Mention) -> int | None:
    level = _level_of(place)
    return level.rank if level is not None else None


@register_finisher(FinisherName.LISTED_VENUES)
def find_listed_venues(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                       relations: list[RelationMention]) -> Found:
    """ "Lễ bàn giao nhà tại các xã: Vĩnh Sơn (…), Vĩnh Kim (…) và thị trấn Vĩnh Thạnh": an event the
    text places in the first of places of one level listed side by side took place in each of them
    (docs/gold-conventions/events.md 3b: each the finest of its own chain), not in a coarser level
    that follows ("xã A, huyện B": an address, whose finest place alone is where).  Communes only:
    provinces or districts listed are a tour's or a programme's, whose one event the text places
    once (the gold: "làm việc tại tỉnh A, tỉnh B và tỉnh C" is no event in each)."""
    placed = [r for r in relations if r.predicate == "locatedIn"]
    voters = _where_voters_met(article, mentions, {r.subject for r in placed})
    voters += _named_with_its_venue(article, mentions, {r.subject for r in (*placed, *voters)})
    if not placed and not voters:
        return [], _the_lead_s_venue(article, sentences, mentions)
    placed += voters
    text = article.text
    places = sorted((m for m in mentions if m.type == "Place" and m.extractor != FoundAs.PLACE_IN_PASSING),
                    key=lambda m: m.span.start)
    by_key: dict[EntityKey, list[Mention]] = {}
    for place in places:
        by_key.setdefault(place.key, []).append(place)
    found: list[RelationMention] = []
    done = {(r.subject, r.object) for r in placed}
    for relation in placed:
        for first in by_key.get(relation.object, []):
            rank = _rank_of(first)
            if rank != _COMMUNE_RANK or first.sentence != relation.sentence \
                    or not _LISTED_AFTER_A_VENUE.search(text, max(0, first.span.start - _LEAD_REACH), first.span.start):
                continue
            last = first
            for place in places:
                if place.span.start < last.span.end or place.sentence != first.sentence:
                    continue
                if not _BETWEEN_LISTED.fullmatch(text, last.span.end, place.span.start) or _rank_of(place) != rank:
                    break
                if (relation.subject, place.key) not in done:
                    done.add((relation.subject, place.key))
                    found.append(RelationMention(relation.subject, "locatedIn", place.key, relation.span,
                                                 FinisherName.LISTED_VENUES, relation.sentence))
                last = place
    return [], [*voters, *found]


# "tiếp xúc cử tri phường Quảng Phong": a voters' meeting, and the commune or ward right after it
_MEETS_THE_VOTERS_OF: Final = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in sorted(cues('meets_the_voters_of'), key=len, reverse=True))})\s+"
    rf"(?:(?:{'|'.join(re.escape(w) for w in cues('plural_markers'))})\s+)?$", re.IGNORECASE)
# how far after a voters' meeting's first word the words naming whose voters may end
_VOTERS_REACH: Final = 40


def _where_voters_met(article: Article, mentions: list[Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Tổ đại biểu HĐND thị xã tiếp xúc cử tri phường Quảng Phong": a voters' meeting is held among
    the voters it meets, in their commune or ward (a district's or a city's voters meet in one of its
    communes, which the text names apart, if at all)."""
    text = article.text
    found: list[RelationMention] = []
    # (not an event named back: "tiếp xúc cử tri" taken for the ceremony before it is another occasion)
    events = [m for m in mentions if m.type == "Event" and m.extractor in (ExtractorName.EVENTS, FoundAs.MEETING)
              and m.key not in placed]
    for place in (m for m in mentions if m.type == "Place" and events and _rank_of(m) == _COMMUNE_RANK
                  and m.extractor != FoundAs.PLACE_IN_PASSING):
        if not _MEETS_THE_VOTERS_OF.search(text, max(0, place.span.start - _VOTERS_REACH), place.span.start):
            continue
        event = next((e for e in events if e.sentence == place.sentence
                      and e.span.start <= place.span.start <= e.span.end + 1), None)
        if event is not None and event.key not in placed:
            placed.add(event.key)
            found.append(RelationMention(event.key, "locatedIn", place.key, event.span, FinisherName.LISTED_VENUES,
                                         event.sentence))
    return found


# "buổi TXCT ở xã Quảng Tiên", "Lễ ra mắt … tại xã X": a venue's word inside a meeting's own words
_AT_OR_IN: Final = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in (*cues('venue_leads'), cue('venue_after_a_day')))})\s+$", re.IGNORECASE)


def _named_with_its_venue(article: Article, mentions: list[Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Tại buổi TXCT ở xã Quảng Tiên chiều 27/11, …": a meeting whose own words name where it was held
    (a venue's word, then a place, inside the words the meeting is read from) took place there."""
    found: list[RelationMention] = []
    places = [m for m in mentions if m.type == "Place" and m.extractor != FoundAs.PLACE_IN_PASSING]
    for event in mentions:
        if event.type != "Event" or event.extractor != FoundAs.MEETING or event.key in placed:
            continue
        venue = next((p for p in places if p.sentence == event.sentence
                      and event.span.start < p.span.start and p.span.end <= event.span.end
                      and _AT_OR_IN.search(article.text, event.span.start, p.span.start)), None)
        if venue is not None:
            placed.add(event.key)
            found.append(RelationMention(event.key, "locatedIn", venue.key, event.span, FinisherName.LISTED_VENUES,
                                         event.sentence))
    return found


# "tại Hội trường Nhà Văn hóa ấp A, xã B": how far after the venue's word its first place may stand
_VENUE_REACH: Final = 60
_VENUE_WORD: Final = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in cues('venue_leads'))})\s", re.IGNORECASE)
# what ends the venue's reach: a stop, or a verb marked past or passive ("công tác tại vùng khó khăn đã
# nhận bằng và được bàn giao về 4 tỉnh X": no venue is named)
_VENUE_ENDS: Final = re.compile(rf"[;:.]|\s(?:{re.escape(cue('past'))}|{re.escape(cue('passive'))})\s")
# "tại các tỉnh A, B": several places, no one venue
_SEVERAL: Final = re.compile(rf"^\s*(?:{'|'.join(re.escape(w) for w in cues('plural_markers'))})\s", re.IGNORECASE)
# "dự buổi lễ sáng 15/11 tại Hà Nội": a day between an event and the venue after it says when and where
_A_DAY: Final = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in cues('times_of_day'))})\s+\d{{1,2}}[/.\-]\d",
                           re.IGNORECASE)
# how many sentences before the event's first naming the venue's may stand
_LEAD_SENTENCES: Final = 2
# "Ngày 28-3-2013, Sở X tổ chức hội nghị …", "• Sáng 5/6, …": a sentence that opens on its own day
_OPENS_ON_A_DAY: Final = re.compile(
    rf"^\W*(?:{'|'.join(re.escape(w) for w in cues('times_of_day'))})(?:\s+\w+)?\s+\d{{1,2}}[/.\-]\d", re.IGNORECASE)


def _venue_in(text: str, places: list[Mention]) -> Mention | None:
    """The first of a sentence's places that a venue's word stands before, within reach, with no
    stop between ("tại khu Đồng Tâm, xã Yên Lãng": the commune); none where it begins a list of
    places ("tại các xã A, B", "tại xã A, B, C": several, no one venue)."""
    for n, place in enumerate(places):
        before = text[max(0, place.span.start - _VENUE_REACH):place.span.start]
        at = None
        for word in _VENUE_WORD.finditer(before):
            at = word
        if at is None or _VENUE_ENDS.search(before, at.end()) or _SEVERAL.match(before, at.end()):
            continue
        lead = place.span.start - len(before) + at.end()
        if any(lead <= p.span.start < place.span.start for p in places[:n]):
            continue  # a place between the word and this one: the venue is that one, or none
        # (a list: "xã A, B", "xã A và thị trấn B"; not an address, "huyện A, thành phố B")
        gap = _BETWEEN_LISTED.fullmatch(text, place.span.end, places[n + 1].span.start) if n + 1 < len(places) else None
        listed = gap is not None and (_level_of(places[n + 1]) == _level_of(place)
                                      or fold(_AND) in fold(gap.group()).split())
        return None if listed else place
    return None


def _the_lead_s_venue(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention]
                      ) -> list[RelationMention]:
    """ "Ngày 13/5, tại khu Đồng Tâm, xã Yên Lãng, mô hình … chính thức ra mắt. … Dự buổi ra mắt có …":
    the article's lead says where, in words no event is read from, and its event is named just after
    (named back); where no event of the article is placed, the first it names took place there (not
    an event cited in passing, "sau kỳ họp thứ 19", nor one a later item of the page opens on its
    own day)."""
    events = sorted((m for m in mentions if m.type == "Event" and m.extractor != FoundAs.CITED_EVENT),
                    key=lambda m: (m.sentence, m.span.start))
    if not events:
        return []
    first = events[0]
    places: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "Place" and m.extractor != FoundAs.PLACE_IN_PASSING and m.label not in _COUNTRIES \
                and first.sentence - _LEAD_SENTENCES <= m.sentence <= first.sentence:
            places.setdefault(m.sentence, []).append(m)
    for index in sorted(places):
        venue = _venue_in(article.text, sorted(places[index], key=lambda m: m.span.start))
        if venue is None:
            continue
        if venue.span.start > first.span.start and not _A_DAY.search(article.text, first.span.end, venue.span.start):
            return []  # "trao Huy hiệu cho các đảng viên sinh hoạt tại xã X": where they are, not the rite's venue
        if any(_OPENS_ON_A_DAY.match(s.text) for s in sentences[index + 1:first.sentence + 1]):
            return []  # "• Ngày 28-3-2013, Sở X tổ chức hội nghị …": an item of its own, after
        return [RelationMention(first.key, "locatedIn", venue.key, first.span, FinisherName.LISTED_VENUES,
                                first.sentence)]
    return []
