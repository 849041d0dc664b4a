"""People and the posts they hold.

A full name is a family name and one to three given syllables; "đồng chí", "ông",
"bà" cue a name.  Posts stand after the name, set off by commas ("Nguyễn Văn A,
Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), or before it ("Chủ tịch UBND tỉnh Nguyễn
Văn A"); each post is a title and an organisation.  A later "đồng chí Hiện" names
the same person by the given name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Final

from kg.extract import Found, SentenceView, patterns, register
from kg.extract.context import (
    TELLING_MIDDLE_NAMES,
    cue_before,
    cue_ending_before,
    cues_by_last_word,
    level_at,
    place_name_run,
    rank_at,
    words_of_titles,
)
from kg.extract.grammar import (
    FORMER_KEYS,
    UNCLE_HO,
    OrgMatch,
    PostMatch,
    bare_title,
    bare_title_ending_at,
    complete_board,
    degrees_start,
    family_name_word,
    foreign_country_at,
    named_after_someone_before,
    names_its_own_body,
    org_head_at,
    parse_org,
    parse_post,
    person_name_end,
    placed_where_the_chain_ends,
    post_in_the_place_before,
    role_head_at,
    skip_parenthesis,
    skip_term,
    text_of,
    unfinished_board_post,
    unfinished_role_post,
)
from kg.extract.lexicon import (
    clean_label,
    cue,
    cue_alternatives,
    cues,
    fold,
    lexicon,
    lunar_year,
    name_compounds,
    name_words,
    surface_words,
)
from kg.extract.organizations import org_mentions
from kg.extract.tokens import DASHES, Token, keys, past_brackets, token_at
from kg.model import ExtractorName, FoundAs, Mention, RelationMention
from kg.text import match_key

_COMRADE: Final = surface_words(cues("comrade")[0])  # ("đồng", "chí")
_RANKED: Final = {fold(w) for w in cues("rank_last_words")}
# "đồng chí", "ông", ...; and the last word of a rank: "Thượng tá Đinh Quang Tuấn"
_CUE_WORDS: Final = {fold(w) for w in cues("person_cue_last_words")} | _RANKED

_CUE_WORDS_AND_DONG: Final = _CUE_WORDS | {_COMRADE[0]}  # "đồng chí" read back from its end
_RANK_GRADES: Final = {fold(w) for w in cues("rank_first_words")}
_UNCLE_HO_BEFORE: Final = {fold(w) for w in cues("before_uncle_ho")}
_FORMER: Final = cue("former")
_FORMER_KEY: Final = fold(_FORMER)
_MEMBER: Final = cue("member")
_PASSIVE: Final = fold(cue("passive"))
_AND: Final = fold(cue("and"))
_PARTY_COMMITTEE: Final = cue("party_committee")
_STANDING_BOARD: Final = cue("standing_board")
_STANDING_KEY: Final = fold(cue("standing"))
_IS: Final = fold(cue("is"))
_DEPUTY: Final = fold(cue("deputy"))
_TERM_OF_OFFICE: Final = cues("term_of_office")
_LIST_FOLLOWS: Final = cues("list_follows")
_THE_REST: Final = surface_words(cue("the_rest"))


def _after_a_cue_word(tokens: list[Token], i: int) -> bool:
    """Whether a cue word ("ông", "đồng chí", "Đại tá") ends right before token i; the "Chí"
    of "Hồ Chí Minh" is a name's, not a cue."""
    prev = tokens[i - 1] if i > 0 else None
    return prev is not None and prev.key in _CUE_WORDS and not (prev.key == _COMRADE[1] and prev.is_cap)


def _cues_start(tokens: list[Token], i: int) -> int:
    """Where the cue words before token i begin ("điều động ông X": at "ông"; "bổ nhiệm
    Thiếu tướng X": at "Thiếu"; "đối với đ/c X": at "đ"; "bổ nhiệm PGS.TS X": at "PGS", degrees
    being the genre's cue words as much as "ông" is)."""
    i = degrees_start(tokens, i)
    while i > 0 and tokens[i - 1].key in _CUE_WORDS_AND_DONG:
        i -= 1
        if i > 0 and rank_at(tokens, i - 1):
            i -= 1
    return i


def _cued(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return False
    prev = tokens[i - 1].key
    if _after_a_cue_word(tokens, i):
        return True
    # a list after "các đồng chí:" — each item after ";" or ":" is a person
    return prev in (";", ":") and any(t.key == _COMRADE[1] for t in tokens[max(0, i - 6):i])


# What joins the posts of a title chain: "A, Bí thư ...", "ông A – Bí thư ... – Chủ tịch ...",
# "Bí thư ... kiêm Chủ tịch ..."
_CONCURRENTLY: Final = fold(cue("concurrently"))
_CHAIN_JOINERS: Final = frozenset((",", ";", *DASHES, _CONCURRENTLY, "/", "("))


_CREDITS: Final = frozenset(fold(w) for w in cues("credits"))
_SOURCE_CREDIT: Final = fold(cue("source_credit"))
# the last words of the words before a street's name ("đại lộ", "đường hoa"): most tokens are none
_STREETS_LAST_WORDS: Final = frozenset(fold(w.split()[-1]) for w in cues("streets"))
_NOT_STREETS: Final = tuple(surface_words(w) for w in cues("not_streets"))
_COUNTS: Final = frozenset(fold(w) for w in cues("counts"))
_OPENS_A_ROSTER: Final = frozenset(fold(w) for w in cues("opens_a_roster"))
_CURRENTLY: Final = fold(cue("currently"))
_COLON_OR_DASH: Final = frozenset((":", *DASHES))
_COMMA_OR_DASH: Final = frozenset((",", *DASHES))


def _credit_before(tokens: list[Token], i: int) -> bool:
    return i >= 2 and tokens[i - 1].text in _COLON_OR_DASH and tokens[i - 2].key in _CREDITS


def _a_source_s_credit(tokens: list[Token]) -> bool:
    """ "Theo Đắk Nông Online": a sentence of "Theo" and capitalised words alone credits a source."""
    return tokens[0].key == _SOURCE_CREDIT and len(tokens) <= 8 \
        and all(t.is_cap or not t.is_word for t in tokens[1:])


def _dong_chi(tokens: list[Token], i: int) -> bool:
    """"Đồng chí" begins here, or a name-like run that is no name: Đồng is a family name
    ("Đồng Văn Lưu") but opens places and days too ("Đồng Nai", "Ngày Bến Tre Đồng Khởi");
    a name from it has a middle "Văn" or "Thị", or follows a cue word ("ông Đồng Minh Hoàng")."""
    return tokens[i].key == _COMRADE[0] and (i + 1 >= len(tokens) or tokens[i + 1].key not in TELLING_MIDDLE_NAMES) \
        and not (_after_a_cue_word(tokens, i) and i + 1 < len(tokens) and tokens[i + 1].is_cap)


def _posts_after(view: SentenceView, k: int, *, joined: bool = False, after_name: bool = False,
                 taken_up_from: int = -1) -> list[PostMatch]:
    """Posts that follow a name, each after a comma or a dash: ", Bí thư Tỉnh ủy, Chủ tịch
    UBND tỉnh", " – Ủy viên Ban Chấp hành Trung ương Đảng – Bí thư Tỉnh ủy".

    A board left unfinished inside the chain ("Ủy viên Ban Thường vụ, Trưởng Ban Nội chính
    Tỉnh ủy Lâm Đồng") is the board of the committee that ends the chain.  ``joined``: the
    chain begins right after token k whatever it is ("miễn nhiệm Phó Chủ tịch, kiêm ...").
    """
    tokens = view.tokens
    posts: list[PostMatch] = []
    # each unfinished post with what it reads as alone ("Bí thư Đảng ủy" completed from
    # the article), kept where no later body finishes it
    unfinished: list[tuple[PostMatch, PostMatch | None]] = []
    no_joiner = _a_post_with_no_joiner(view, k, after_name)
    k -= no_joiner
    no_joiner = no_joiner or joined
    while k + 1 < len(tokens) and (tokens[k].key in _CHAIN_JOINERS or no_joiner):
        no_joiner = False
        if tokens[k].text == ";" and _chain_of_the_next_name(view, k):
            break  # "Dự có ông A; Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương B"
        if tokens[k].text == "," and (tokens[k + 1].key == _CONCURRENTLY or tokens[k + 1].text in DASHES) \
                and k + 2 < len(tokens):
            k += 1  # "Phó Chỉ huy trưởng, kiêm Tham mưu trưởng", "Đồng chí A, - Bí thư Tỉnh ủy"
        grade = _past_a_grade(tokens, k + 1)
        if grade is not None:
            k = grade  # "A, Thẩm phán trung cấp, Phó Chánh án TAND tỉnh": a grade, no post; the chain goes on
            continue
        post = parse_post(tokens, k + 1, view.context, any_case=True)
        if post is None or post.org.start == post.org.end:
            # "Phó Chỉ huy trưởng, Bộ chỉ huy quân sự tỉnh;": the body after the comma, not one named alone
            post = _title_then_its_body(view, k + 1) or post
        pending = _unfinished_post(view, k + 1, post)
        post = post or (_held_concurrently(tokens, k, posts[-1]) if posts and pending is None else None) \
            or (_deputy_of_the_head_named_before(view, k + 1, taken_up_from) if pending is None else None) \
            or (post_in_the_place_before(tokens, k + 1, posts + [u for u, _ in unfinished], view.context)
                if pending is None else None)
        if pending is not None:
            unfinished.append((pending, post))
            post = pending
        elif post is None:
            break
        elif person_name_end(tokens, post.end) > post.end or _is_someone_named_next(tokens, post.end) \
                or _names_listed_after(tokens, post.end):
            break  # "A, Chủ tịch UBND tỉnh B", "A, Chủ nhiệm Tổng cục Chính trị là B", "A, nguyên Chủ tịch: B, C"
        else:
            finished = (complete_board(u, post.org) or _of_the_unit_of_the_department(view, u, post.org)
                        or _under_an_earlier_committee(u, posts) or alone for u, alone in unfinished)
            posts += [p for p in finished if p is not None]
            unfinished = []
            posts.append(post)
        k = _past_the_constituency(tokens, post, _past_the_term(tokens, post.end))  # "Bí thư Tỉnh ủy khóa XIV, ..."
        if pending is not None and k < len(tokens) and tokens[k].key not in _CHAIN_JOINERS \
                and bare_title(tokens, k) is not None:
            k, no_joiner = k - 1, True  # "UVBTV Phó Chủ tịch HĐND xã": the next title, no comma between
    if k + 1 < len(tokens) and tokens[k].text in DASHES and person_name_end(tokens, k + 1) > k + 1:
        return []  # "A, Phó Bí thư Tỉnh ủy – B": the posts before the dash are B's
    posts += [p for u, alone in unfinished if (p := _read_alone(view, u, alone, posts)) is not None]
    return placed_where_the_chain_ends(_former_between_former(posts))


def _of_the_unit_of_the_department(view: SentenceView, unfinished: PostMatch, org: OrgMatch) -> PostMatch | None:
    """ "Ủy viên BTV - Trưởng phòng Tài chính Công ty Điện lực X", "Đảng ủy viên, Trưởng khoa Nội Bệnh viện
    Y": a party board or seat left unfinished before a post in a department is of the committee of the
    unit the department's name ends with (a body found inside it)."""
    if org.end - org.start < 2 or org.end > len(view.tokens):
        return None
    tokens = view.tokens
    first, last = tokens[org.start].start, tokens[org.end - 1].end
    unit = next((m for m in view.mentions if m.type == "Organization" and m.span.end == last
                 and first < m.span.start), None)
    if unit is None:
        return None
    at = token_at(tokens, unit.span.start)
    body = parse_org(tokens, at, view.context) if tokens[at].start == unit.span.start else None
    return complete_board(unfinished, body) if body is not None and body.end == org.end else None


_LEFT_WITH_A_FORMER_POST: Final = frozenset(cues("kinds_left_with_a_former_post"))


def _former_between_former(posts: list[PostMatch]) -> list[PostMatch]:
    """ "nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X, nguyên Giám đốc Sở Y": a post the chain names
    between two former ones, without "nguyên" of its own, was left as they were. So was a post in the
    party or the state after a former one ("nguyên Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X", "Phó Trưởng
    ban X, nguyên Đảng ủy viên, Bí thư Chi bộ, Vụ trưởng Vụ Y"); one in an association or a company may be
    held since ("nguyên Thứ trưởng Bộ Y, Chủ tịch Hội Z")."""
    former = [p.role.startswith(_FORMER) for p in posts]
    return [_former(p) if 0 < n < len(posts) - 1 and former[n - 1] and former[n + 1]
            or any(former[:n]) and p.org.kind in _LEFT_WITH_A_FORMER_POST else p for n, p in enumerate(posts)]


def _read_alone(view: SentenceView, unfinished: PostMatch, alone: PostMatch | None,
                earlier: list[PostMatch]) -> PostMatch | None:
    """A post left unfinished at the chain's end: a party board of the chain's committee, what
    it reads as alone, or a deputy's title in the body of the head named before it."""
    return _under_an_earlier_committee(unfinished, earlier) or alone \
        or _deputy_of_the_head_named_before(view, unfinished.start)


_CHAIN_ENDS: Final = frozenset((";", ".", ")"))
_GRADES: Final = tuple(sorted((surface_words(w) for w in cues("grades_in_a_chain")), key=len, reverse=True))
_GRADES_FIRST: Final = frozenset(g[0] for g in _GRADES)


def _held_concurrently(tokens: list[Token], k: int, before: PostMatch) -> PostMatch | None:
    """ "Phó Giám đốc Trung tâm kiêm Tham mưu trưởng.": a title alone after "kiêm" at the chain's
    end is held in the body of the post before it (not a title that names a body of its own
    after it: "kiêm Trưởng ban …")."""
    if tokens[k].key != _CONCURRENTLY:
        return None
    title = bare_title(tokens, k + 1, any_case=True)
    if title is None or title.head.org != "follows" \
            or title.end < len(tokens) and tokens[title.end].text not in _CHAIN_ENDS:
        return None
    return _borrowing(PostMatch(title.start, title.end, title.former + title.role, before.org), before.org)


_BORN_IN: Final = surface_words(cue("born_in_a_chain"))
_BORN_ON: Final = surface_words(cue("born_on_a_chain"))


_LONGEST_BIRTH_DATE: Final = 7  # "23 tháng 11 năm 1968", "23/11/1968"


def _past_the_birth_year(tokens: list[Token], i: int) -> int | None:
    """The comma after "sinh năm 1963" or "sinh ngày 23 tháng 11 năm 1968" at token i, with a post
    after it; else None."""
    end = i + len(_BORN_IN) + 1
    if keys(tokens, i, i + len(_BORN_ON)) == _BORN_ON:
        end = next((j for j in range(i + len(_BORN_ON) + 1, min(len(tokens), i + len(_BORN_ON) + _LONGEST_BIRTH_DATE))
                    if tokens[j].text == ","), 0)
    elif keys(tokens, i, i + len(_BORN_IN)) != _BORN_IN:
        return None
    if not 0 < end < len(tokens) - 1 or not tokens[end - 1].text[-4:].isdigit() or tokens[end].text != "," \
            or not tokens[end + 1].is_cap:
        return None
    return end


def _past_a_grade(tokens: list[Token], i: int) -> int | None:
    """The comma (or dash) after a rank or a civil servant's grade at token i ("Thẩm phán trung cấp,",
    "Thượng tá -"), which names no body, or after the year of birth ("sinh năm 1963,"), with a post
    after it; else None."""
    if i >= len(tokens) or tokens[i].key not in _GRADES_FIRST or not tokens[i].is_cap:
        return _past_the_birth_year(tokens, i)
    grade = next((g for g in _GRADES if keys(tokens, i, i + len(g)) == g), None)
    end = i + len(grade) if grade else 0
    return end if grade and end + 1 < len(tokens) and (tokens[end].text == "," or tokens[end].text in DASHES) \
        and tokens[end + 1].is_cap else None
_NATIONAL_ASSEMBLY: Final = cue("national_assembly")


_TERM_WORDS: Final = surface_words(cue("term"))  # "nhiệm kỳ"


def _past_the_term(tokens: list[Token], k: int) -> int:
    """Past the term a post is held in, after it: "khóa XIV" or "nhiệm kỳ 2025 - 2030" ("giữ chức Bí thư
    Đảng ủy nhiệm kỳ 2025-2030, thay ông B": the chain, or whom the holder replaces, comes after)."""
    k = skip_term(tokens, k)
    years = k + len(_TERM_WORDS)
    if keys(tokens, k, years) == _TERM_WORDS and years + 2 < len(tokens) and _a_year(tokens[years]) \
            and tokens[years + 1].text in DASHES and _a_year(tokens[years + 2]):
        return years + 3
    return k


def _a_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


def _past_the_constituency(tokens: list[Token], post: PostMatch, k: int) -> int:
    """Where the chain goes on after a deputy's seat and the province elected in ("đại biểu Quốc hội
    tỉnh, Phó Giám đốc Sở …", "ĐBQH tỉnh Kon Tum, …"): the province is the seat's, not a body's."""
    level = level_at(tokens, k) if post.org.label == _NATIONAL_ASSEMBLY else None
    if level is None:
        return k
    end = place_name_run(tokens, level[1])
    return end if end < len(tokens) and tokens[end].key in _CHAIN_JOINERS else k


def _title_then_its_body(view: SentenceView, i: int) -> PostMatch | None:
    """ "Đại tá A, Phó Chỉ huy trưởng, Bộ chỉ huy quân sự tỉnh;": a title that names no body, a
    comma, then its body, where the chain ends."""
    tokens = view.tokens
    title = bare_title(tokens, i)
    if title is None or title.head.org != "follows" or title.end + 1 >= len(tokens) \
            or tokens[title.end].text != ",":
        return None
    body = parse_org(tokens, title.end + 1, view.context, after_title=True)
    if body is None or parse_post(tokens, title.end + 1, view.context) is not None \
            or body.end < len(tokens) and tokens[body.end].text not in _CHAIN_ENDS:
        return None
    return PostMatch(title.start, body.end, title.former + title.role, body)


_TITLES_OF_A_BODY_AFTER: Final = frozenset(("follows", "prefix"))  # roles.tsv: a body named after the title


def _deputy_of_the_head_named_before(view: SentenceView, i: int, taken_up_from: int = -1) -> PostMatch | None:
    """ "Dự có ông A, Giám đốc Sở Y tế; ông B, Phó Giám đốc Thường trực", "Hội nghị do ông A, Chủ
    tịch UBND tỉnh chủ trì. Cùng dự có ông B, Phó Chủ tịch": a title after a name that ends the
    chain with no body (none after it, none of its kind the article named alone) is held in the
    body of the post of the same title, or of the head the deputy stands for, that the sentence
    named before it; else the sentence before (the last such post).  A post taken up after a verb is not a deputy
    in the body of a head's post its takers hold (tokens from ``taken_up_from``: "Ông A, Giám đốc Sở X và bà B,
    Chủ tịch Liên đoàn lao động TP giữ chức Phó chủ tịch": the city's committee's, named before)."""
    tokens = view.tokens
    title = bare_title(tokens, i, any_case=True)
    if title is None or title.head.org.split(":", 1)[0] not in _TITLES_OF_A_BODY_AFTER:
        return None
    role, end = title.former + title.role, title.end
    if keys(tokens, end, end + len(_STANDING_WORDS)) == _STANDING_WORDS:
        role, end = f"{role} {_STANDING}", end + len(_STANDING_WORDS)  # "Phó Chủ tịch Thường trực"
    if end < len(tokens) and not (tokens[end].text in _CHAIN_ENDS or tokens[end].key in _ENDS_A_BARE_TITLE
                                  or i == 0 and tokens[end].text == ":"
                                  or tokens[end].is_word and not tokens[end].is_cap
                                  and org_head_at(tokens, end, any_case=True) is None):
        return None  # a comma or a capital: its body, or more posts, may follow
    head = fold(title.role).removeprefix(f"{_DEPUTY} ")
    if head == fold(title.role):
        return None  # a head's title alone: the body of another head is not its
    for start in range(i - 2, -1, -1):  # the last post of that head before it
        post = parse_post(tokens, start, view.context) if not _inside_a_title(tokens, start) else None
        if post is not None and post.end < i and _head_of(post.role) == head \
                and not 0 <= taken_up_from <= post.start:
            return _borrowing(PostMatch(title.start, end, role, post.org), post.org)
    if view.sentence.index == 0:
        return None
    before = view.context.sentence_tokens[view.sentence.index - 1]
    posts = [post for at in range(len(before))
             if (post := parse_post(before, at, view.context)) is not None and _head_of(post.role) == head]
    if not posts or _placed_elsewhere(view, posts[-1].org, tokens[title.start].start):
        return None
    return _borrowing(PostMatch(title.start, end, role, posts[-1].org), posts[-1].org)


_STANDING: Final = cue("standing")
_STANDING_WORDS: Final = surface_words(_STANDING)
_ENDS_A_BARE_TITLE: Final = frozenset((_CONCURRENTLY, _AND))  # "B, Phó Chủ tịch kiêm …", "B, Phó Giám đốc và C"


def _inside_a_title(tokens: list[Token], k: int) -> bool:
    """Whether token k goes on a title begun the word before ("Giám đốc" of "Tổng Giám đốc")."""
    title = bare_title(tokens, k - 1, any_case=True) if k > 0 and tokens[k - 1].is_word else None
    return title is not None and title.end > k


def _head_of(role: str) -> str:
    """The head's title of a post held by the head itself: "Giám đốc" of "Giám đốc" and of "nguyên Giám
    đốc"; none of a deputy's ("Phó Giám đốc") or another head's ("Tổng Giám đốc" is not "Giám đốc")."""
    words = fold(role).removeprefix(f"{_FORMER_KEY} ")
    return "" if words.startswith(f"{_DEPUTY} ") else words


def _is_someone_named_next(tokens: list[Token], k: int) -> bool:
    """ "... là Thượng tướng Ngô Xuân Lịch": "là" and a name (after its cue words) at token k."""
    if k >= len(tokens) or tokens[k].key != _IS:
        return False
    name = k + 1
    while name < len(tokens) and tokens[name].key in _CUE_WORDS_AND_DONG | _RANK_GRADES:
        name += 1
    return person_name_end(tokens, name, cued=name > k + 1) > name


def _chain_of_the_next_name(view: SentenceView, k: int) -> bool:
    """Whether the posts after the joiner at token k lead up to a name: then they are that
    name's ("ông A; Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương B"), not A's."""
    tokens = view.tokens
    joiner = tokens[k].key
    while k + 1 < len(tokens) and (tokens[k].key in _CHAIN_JOINERS and tokens[k].text != ";" or joiner):
        joiner = ""
        post = parse_post(tokens, k + 1, view.context, any_case=True)
        if post is None:
            return False
        if person_name_end(tokens, post.end) > post.end:
            return True
        k = skip_term(tokens, post.end)
    return False


def _under_an_earlier_committee(unfinished: PostMatch, earlier: list[PostMatch]) -> PostMatch | None:
    """A party board left unfinished that no later post finishes is the board of the
    chain's party committee before it ("ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tổ
    chức, Trưởng phòng Nội vụ huyện": the Huyện ủy's)."""
    if unfinished.org.kind != "PartyBoard":
        return None
    for post in reversed(earlier):
        finished = complete_board(unfinished, post.org)
        if finished is not None:
            return finished
    return None


def _unfinished_post(view: SentenceView, i: int, read_alone: PostMatch | None) -> PostMatch | None:
    """A post at ``i`` whose body the chain's next post finishes: none where the body is
    written out ("Bí thư Tỉnh ủy Gia Lai"), a bare board where it is not ("Bí thư Đảng ủy,
    Chủ tịch HĐQT Tổng công ty X"), even where the article completed it on its own."""
    tokens = view.tokens
    board = unfinished_board_post(tokens, i, view.context, any_case=True)
    if board is not None and (read_alone is None or read_alone.end <= board.end):
        return board
    if read_alone is not None:
        # "Đảng ủy viên, Phó Chỉ huy trưởng BĐBP tỉnh": a seat on a committee the article
        # did not name, that of the body the chain names next
        bare = read_alone.org.label == read_alone.org.head == _PARTY_COMMITTEE
        return read_alone if bare else None
    board = unfinished_board_post(tokens, i, view.context, last=True, any_case=True)
    if board is not None and board.org.kind == "PartyBoard":
        return board  # a party board at the chain's end: the committee named before it
    return unfinished_role_post(tokens, i, any_case=True)


_LONGEST_POST: Final = 24


def _posts_before(view: SentenceView, i: int) -> list[PostMatch]:
    """Posts that end right before a name, joined by commas (read right to left)."""
    tokens = view.tokens
    posts: list[PostMatch] = []
    i, end, after_a_comma = _before_the_cue(tokens, degrees_start(tokens, i))  # "… PGS.TS. Nguyễn Quốc Anh"
    if end < i:
        pass  # "Đại biểu HĐND tỉnh ông A": the post ends before the word of address (or its comma)
    elif i > 0 and tokens[i - 1].text in DASHES:
        end = i - 1  # "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn Được"
    elif i > 1 and tokens[i - 1].text == ":":
        return _post_announced(view, i - 1)  # "Bí thư Đảng ủy: đồng chí Tạ Văn A – Giám đốc Bưu điện tỉnh."
    # (or, the last post, before its body's short form in brackets, which the post itself may not read:
    # "Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) Nguyễn Hữu Độ")
    short_form = _before_a_short_form(tokens, end)
    while end > 0:
        found = None
        # (a post of up to _LONGEST_POST tokens: "Phó Trưởng Ban chỉ đạo Đại hội Thể dục thể thao tỉnh X lần
        # thứ I năm 2025")
        for start in range(end - 1, max(-1, end - _LONGEST_POST), -1):
            post = parse_post(tokens, start, view.context)
            if post is None and not posts and not tokens[start].is_cap:
                # "giám đốc Sở GTVT Nguyễn Quốc Hiệp": a title in small letters before a
                # body in capitals and the holder's name
                post = parse_post(tokens, start, view.context, any_case=True)
                post = post if post is not None and tokens[post.org.start].is_cap else None
            if post is not None and (post.end == end or not posts and post.end == short_form):
                found = post
                if posts and (board := unfinished_board_post(tokens, start, view.context)) is not None \
                        and board.end == end and board.org.kind != "Role":
                    # "Bí thư Đảng ủy, Giám đốc Bệnh viện X, ông A": the bare committee is the one of the
                    # body the chain names next, not the one the article named last
                    found = complete_board(board, posts[0].org) or post
            elif posts and post is None:
                # "Bí thư Đảng đoàn, Chủ tịch Hội Nông dân Việt Nam Thào Xuân Sùng": a board
                # left unfinished is finished by the post after it
                board = unfinished_board_post(tokens, start, view.context) \
                    or unfinished_role_post(tokens, start)
                if board is not None and board.end == end:
                    # "Phó Bí thư Ban cán sự đảng, Thứ trưởng, Phó Chủ nhiệm UBDT A": a title the
                    # chain's body does not finish is passed over, the board before it still is
                    found = complete_board(board, posts[0].org) or (board if board.org.kind == "Role" else None)
        if found is not None and found.org.kind == "Role":
            if found.start == 0 or tokens[found.start - 1].text not in _COMMA_OR_DASH:
                break
            end = found.start - 1
            continue
        if found is None or cue_before(tokens, found.start, "on_behalf"):
            break  # "Thừa ủy nhiệm Chủ tịch nước – Phó Chủ tịch UBND tỉnh A": not A's post
        posts.insert(0, found)
        if found.start > 0 and tokens[found.start - 1].text in _COMMA_OR_DASH:
            end = found.start - 1
        elif found.start > 0 and tokens[found.start - 1].key == _CONCURRENTLY:
            # "Bí thư kiêm Chủ tịch UBND xã A Lê Văn B": the title before "kiêm" (its comma, if any) is a post too
            end = found.start - 2 if found.start > 1 and tokens[found.start - 2].text == "," else found.start - 1
        else:
            break
    if after_a_comma and posts and not _opens_a_clause(view, posts[0].start, in_a_list=not _a_post_after(view, i)):
        posts = _posts_of_a_time_or_capacity(view, posts)
    return placed_where_the_chain_ends(posts)


def _a_post_after(view: SentenceView, i: int) -> bool:
    """Whether the name at token i is followed by a post of its own ("…, Đại tá A – Giám đốc Công an tỉnh"):
    in a list of who attends, the posts before it are then another's."""
    tokens = view.tokens
    for k in range(i, min(len(tokens), i + 3)):  # (past the rank or word of address before it)
        end = person_name_end(tokens, k)
        if end > k:
            return end < len(tokens) - 1 and tokens[end].text in _COMMA_OR_DASH \
                and parse_post(tokens, end + 1, view.context) is not None
    return False


def _posts_of_a_time_or_capacity(view: SentenceView, posts: list[PostMatch]) -> list[PostMatch]:
    """ "Trong thời gian giữ cương vị Bí thư Huyện ủy, bà A …", "Với cương vị Chủ tịch UBND tỉnh, ông B": the
    posts, before a comma and a name, of a clause of the time they were held or of what the person acts as;
    left where it says "còn" ("Khi còn là Chủ tịch UBND huyện, ông C …"); none after other words."""
    opener = _time_or_capacity_before(view.tokens, posts[0].start)
    if opener is None or not _opens_a_clause(view, posts[0].start - len(opener)):
        return []
    return [_former(p) for p in posts] if _STILL in opener else posts


_STILL: Final = fold(cue("still"))


def _time_or_capacity_before(tokens: list[Token], k: int) -> tuple[str, ...] | None:
    """The words opening a clause of the time posts were held or of the capacity someone acts in ("Trong thời
    gian giữ cương vị", "Với cương vị") that end right before token k."""
    return cue_ending_before(tokens, k, "in_the_time_of") or cue_ending_before(tokens, k, "in_the_capacity_of")


def _before_the_cue(tokens: list[Token], i: int) -> tuple[int, int, bool]:
    """For the name at token i: where its cue words begin, where the posts before them end, and whether a
    comma stands between ("Phó Chủ tịch UBND tỉnh, ông A"; the post must then open its clause)."""
    if not _cued(tokens, i):
        return i, i, False
    # "Phó Bí thư Tỉnh ủy – đồng chí Phạm Văn Rạnh", "... – ông A": the cue is one
    # word or two ("đồng chí", "Đại tá")
    for at in (i - 1, i - 2):
        if at > 0 and tokens[at - 1].text in _COLON_OR_DASH:
            return at, at, False
        if at > 1 and tokens[at - 1].text == "," and (tokens[at].key in _ADDRESSES_ALONE or at == i - 2 and (
                _a_rank_before(tokens, i) or keys(tokens, at, i) in _ADDRESSES_OF_TWO)):
            # "Phó Chủ tịch UBND tỉnh, ông A cho biết": the post, a comma, the word of address (or
            # a rank: "Bộ trưởng Bộ Công an, Đại tướng A"; "…, đồng chí A")
            return at, _before_a_period(tokens, _before_now(tokens, at - 1)), True
    return i, _past_an_address_after_a_post(tokens, i), False


def _before_now(tokens: list[Token], i: int) -> int:
    """ "Chủ tịch UBND TP Hà Nội hiện nay, ông A": where the post ends before "hiện nay" and the comma
    at token i; i where the words are not there."""
    return i - 2 if i > 2 and keys(tokens, i - 2, i) == _NOW else i


_NOW: Final = surface_words(cue("post_now"))
_LONGEST_PERIOD: Final = 12  # tokens


def _before_a_period(tokens: list[Token], i: int) -> int:
    """ "Chủ tịch HĐQT Công ty X (tháng 1/2004 - 5/2010), bà A": where the post ends before the period in
    brackets ending at token i; i where there is none."""
    if i < 2 or tokens[i - 1].text != ")":
        return i
    for k in range(i - 2, max(-1, i - _LONGEST_PERIOD), -1):
        if tokens[k].text == "(":
            return k if any(t.text[:1].isdigit() for t in tokens[k:i]) else i
    return i


def _opens_a_clause(view: SentenceView, k: int, *, in_a_list: bool = False) -> bool:
    """Whether the post beginning at token k opens its sentence or clause (after a comma, a bracket,
    "Theo"; in a list of who attends that ``in_a_list`` allows, after its "có"), as a post said before its
    holder's name and a comma does, and no one is named before it in the clause ("ông A, Bí thư Tỉnh ủy,
    ông B, …": A's post, a list's)."""
    tokens = view.tokens
    if not (k == 0 or tokens[k - 1].text in (",", "(", ";") or tokens[k - 1].key in _ACCORDING_TO
            or in_a_list and _after_who_attends(tokens, k)):
        return False
    for before in range(k - 1, -1, -1):
        if tokens[before].text in (";", ":"):
            return True
        if tokens[before].key in _ADDRESSES_ALONE or tokens[before].is_cap and _another_name(view, before):
            return False
    return True


_ACCORDING_TO: Final = frozenset(fold(w) for w in cues("opens_with_a_source"))
_LISTS_WHO_ATTENDS: Final = fold(cue("lists_who_attends"))
_ATTENDS_BEFORE_A_LIST: Final = frozenset(fold(w) for w in cues("attends_before_a_list"))
_WORDS_BEFORE_A_LIST: Final = 6


def _after_who_attends(tokens: list[Token], k: int) -> bool:
    """ "Tham dự còn có Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Thượng tướng A": a list of who attends
    opens after "có" where the clause says who attends, as a clause does."""
    if k < 2 or tokens[k - 1].key != _LISTS_WHO_ATTENDS:
        return False
    for before in range(k - 2, max(-1, k - 2 - _WORDS_BEFORE_A_LIST), -1):
        if not tokens[before].is_word:
            return False
        if tokens[before].key in _ATTENDS_BEFORE_A_LIST:
            return True
    return False


_SHORT_FORM_TOKENS: Final = 6  # the tokens of a body's short form in brackets, "(UB T.Ư MTTQ VN)" at most


def _before_a_short_form(tokens: list[Token], i: int) -> int:
    """Where the body's short form in brackets right before the name at token i opens ("… Việt Nam (ĐSVN)
    Vũ Tá Tùng"), or the place it lies in ("Chủ tịch UBND phường X (quận Y) Nguyễn Văn A"), the post
    ending there; i where none stands there (the brackets hold no other small word)."""
    if i < 3 or tokens[i - 1].text != ")":
        return i
    for k in range(i - 2, max(0, i - 2 - _SHORT_FORM_TOKENS), -1):
        if tokens[k].text == "(":
            inside = tokens[k + 1:i - 1]
            if inside and all(t.text[:1].isupper() or not t.is_word for t in inside):
                return k
            level = level_at(tokens, k + 1)
            return k if level is not None and place_name_run(tokens, level[1]) == i - 1 > level[1] else i
    return i


def _past_an_address_after_a_post(tokens: list[Token], i: int) -> int:
    """ "Đại biểu HĐND tỉnh ông A", "Phó Tổng cục trưởng Tổng cục X (KTTV) Ông A": where a post
    written right before the word of address ("ông", "bà") of the name at token i would end (its
    body's short form in brackets with it); i where no such word stands right before the name."""
    if i > 2 and _a_rank_before(tokens, i) and tokens[i - 3].is_word:
        return i - 2  # "Bộ trưởng Bộ Công an Thượng tướng A": a rank, as the word of address
    if not (i > 1 and tokens[i - 1].key in _ADDRESSES_ALONE and (tokens[i - 2].is_word or tokens[i - 2].text == ")")):
        return i
    return i - 1


def _a_rank_before(tokens: list[Token], i: int) -> bool:
    """Whether a rank of two words ("Thượng tướng", "Đại tá") ends right before token i."""
    return i > 1 and rank_at(tokens, i - 2)


_ADDRESSES_ALONE: Final = frozenset(fold(a) for a in cues("addresses") if len(surface_words(a)) == 1)
_ADDRESSES_OF_TWO: Final = frozenset(words for a in cues("addresses") if len(words := surface_words(a)) == 2)


def _titled_as_named_before(view: SentenceView, i: int, end: int) -> list[PostMatch]:
    """ "Ông A giữ chức Quyền Tư lệnh Quân chủng X. … trao quyết định cho Quyền Tư lệnh A": a bare title
    right before a name is of the body the article last named with the same title, earlier in this
    sentence or in the few before it, unless the article has given that post to someone else."""
    tokens = view.tokens
    if clean_label(text_of(tokens, i, end)) == UNCLE_HO:
        return []  # "Chủ tịch Hồ Chí Minh": how the genre names him, no post of a body the article named
    i = degrees_start(tokens, i)
    title = bare_title_ending_at(tokens, i, _LONGEST_TITLE)
    if title is None or cue_before(tokens, title.start, "on_behalf"):
        return []
    role = title.role
    here = [post for at in range(title.start) if (post := parse_post(tokens, at, view.context)) is not None
            and post.end <= title.start and post.role == role]
    body = here[-1].org if here else None
    for index in range(view.sentence.index - 1, max(-1, view.sentence.index - 1 - _SENTENCES_BACK), -1):
        if body is not None:
            break
        before = view.context.sentence_tokens[index]
        found = [post for at in range(len(before)) if before[at].is_cap
                 and (post := parse_post(before, at, view.context)) is not None and post.role == role]
        body = found[-1].org if found else None
        if body is not None and _placed_elsewhere(view, body, tokens[title.start].start):
            return []
    if body is None or not body.label:
        return []
    holders = view.context.post_holders.get((match_key(role), match_key(body.label)), set())
    if holders and match_key(text_of(tokens, i, end)) not in {match_key(h) for h in holders}:
        return []  # "Chủ tịch UBND tỉnh A … Chủ tịch B": not the post the article gave A
    return [_borrowing(PostMatch(title.start, i, title.former + role, body), body)]


_LONGEST_TITLE: Final = 5
_SENTENCES_BACK: Final = 3


def _secretary_of_the_committee_named_before(view: SentenceView, i: int) -> list[PostMatch]:
    """ "… kết luận hội nghị Thành uỷ Đà Nẵng khoá 21 tổ chức sáng 4/12, Bí thư Nguyễn Xuân Anh cho biết": a
    secretary's bare title right before a name, where the sentence has named one party committee before it (no
    person between), is that committee's secretary."""
    tokens = view.tokens
    title = bare_title_ending_at(tokens, i, _LONGEST_TITLE)
    if title is None or fold(title.head.role).removeprefix(f"{_DEPUTY} ") != _SECRETARY:
        return []
    at = tokens[title.start].start
    committees = {m.label: m for m in view.mentions if m.type == "Organization" and m.span.end <= at
                  and m.kind == _PARTY_COMMITTEE_KIND and m.extractor == ExtractorName.ORGANIZATIONS}
    if len(committees) != 1 or any(m.type == "Person" and m.span.end <= at for m in view.mentions):
        return []
    committee = next(iter(committees.values()))
    start = token_at(tokens, committee.span.start)
    body = parse_org(tokens, start, view.context) if start < len(tokens) else None
    if body is None or body.label != committee.label:
        return []
    return [_borrowing(PostMatch(title.start, i, title.former + title.role, body), body)]


_SECRETARY: Final = fold(cue("secretary"))
_PARTY_COMMITTEE_KIND: Final = "PartyCommittee"


def _post_announced(view: SentenceView, colon: int) -> list[PostMatch]:
    """ "Bí thư Đảng ủy: đồng chí A – Giám đốc Bưu điện tỉnh. Phó Bí thư: đồng chí B – …": the post
    a sentence opens with, a colon and the cue of its holder's name (a deputy's title alone in the
    body of the head's post named before, as after a name)."""
    post = parse_post(view.tokens, 0, view.context) or _deputy_of_the_head_named_before(view, 0)
    return [post] if post is not None and post.end == colon else []


def _leaving(tokens: list[Token], i: int) -> bool:
    """"điều động ông X, Bí thư Huyện ủy A, đến công tác tại ...": the posts X is named by
    are the ones X leaves."""
    return cue_before(tokens, _cues_start(tokens, i), "leaves_post")


def _leaves_them(tokens: list[Token], k: int) -> bool:
    """ "Ông A, Giám đốc Sở X được điều động về Ban Nội chính Tỉnh ủy", "Ông B, Giám đốc Bệnh viện
    Y nghỉ hưu": the chain of posts ending at token k is followed by its holder's leaving them (not
    one dated to come: "nghỉ hưu từ ngày 1/9"; whom a new holder replaces, "thay bà B, Trưởng Ban X nghỉ
    hưu", keeps the post as the text gives it, see _replaced_after)."""
    k = past_brackets(tokens, _past_the_term(tokens, k))  # "Bí thư Đảng ủy xã X (huyện Y) bị cách chức"
    ending = _LEAVES_AFTER_THE_POSTS.get(tokens[k].key, ()) if k < len(tokens) else ()
    leaves = next((words for words in ending if keys(tokens, k, k + len(words)) == words), None)
    # "A – Thứ trưởng Bộ X nghỉ hưu từ ngày 1/9": a leaving the text sets a date for is to come
    return leaves is not None and not any(keys(tokens, k + len(leaves), k + len(leaves) + len(words)) == words
                                          for words in _FROM_A_DATE)


_FROM_A_DATE: Final = tuple(map(surface_words, cues("from_a_date")))


def _by_first_word(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cues ``name`` as the tokenizer meets them, by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in map(surface_words, cues(name)):
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(w) for first, w in by_first.items()}


# "được điều động về", "nghỉ hưu": by first word (asked after each chain of posts after a name)
_LEAVES_AFTER_THE_POSTS: Final = _by_first_word("leaves_after_the_posts")


def _joined_by_and(tokens: list[Token], k: int) -> bool:
    """Whether "và" stands right before the name at token k and its cue words ("và đồng chí B")."""
    j = _cues_start(tokens, k)
    return j > 0 and tokens[j - 1].key == _AND


def _in_the_plural_s_list(tokens: list[Token], k: int, name_start: int) -> bool:
    """Whether the name at token k follows a comma in a list the plural opened before the first
    name ("bầu các ông A (Giám đốc Sở X), ông B và ông C giữ chức …")."""
    j, first = _cues_start(tokens, k), _cues_start(tokens, name_start)
    return j > 0 and tokens[j - 1].text == "," and first > 0 and tokens[first - 1].key == _PLURAL


def _by_whom(tokens: list[Token], k: int) -> bool:
    """Whether the name at token k says by whom ("được Thủ tướng Phạm Minh Chính bổ nhiệm"):
    "được" stands before it in the same clause."""
    for j in range(k - 1, max(-1, k - 9), -1):
        if tokens[j].text in (",", ";", ":"):
            return False
        if tokens[j].key == _PASSIVE:
            return True
    return False


def _agent(tokens: list[Token], start: int) -> bool:
    """ "X được Thủ tướng Phạm Minh Chính bổ nhiệm giữ chức ...": the person named after
    "được" makes the appointment; the post is X's."""
    return start > 0 and tokens[start - 1].key == _PASSIVE


def _moved(tokens: list[Token], i: int, name_end: int, new_post: int) -> bool:
    """ "điều động/bổ nhiệm ông X, Phó Tư lệnh A, giữ chức Phó Tư lệnh B", "X, Bí thư Huyện ủy
    A, được phân công làm ...": someone transferred or appointed to a post leaves the posts
    the text names them by."""
    start = _cues_start(tokens, i)
    if cue_before(tokens, start, "moves_to_post") or _moved_and_named(tokens, start):
        return True
    return any(cue_before(tokens, k, "moves_to_post") for k in range(name_end + 1, new_post + 1))


_LONGEST_VERB: Final = 3


def _moved_and_named(tokens: list[Token], start: int) -> bool:
    """ "điều động, chỉ định đồng chí X": a move, a comma and another verb of a few small words right
    before the name (its cue words from ``start``)."""
    for verb in range(start - 1, max(0, start - _LONGEST_VERB - 1), -1):
        if not (tokens[verb].is_word and not tokens[verb].is_cap):
            return False
        if verb > 0 and tokens[verb - 1].text == "," and cue_before(tokens, verb - 1, "moves_to_post"):
            return True
    return False


def _former(post: PostMatch, *, seats_too: bool = False) -> PostMatch:
    """The post as left: "nguyên Bí thư".  A seat on a committee is kept through a transfer;
    where the text says it is given up ("thôi tham gia Ban Thường vụ"), ``seats_too``."""
    if post.role.startswith(_FORMER) or post.role == _MEMBER and not seats_too:
        return post
    return replace(post, role=f"{_FORMER} {post.role}")


# _post_verbs's, read at its first use into a dict compiled code reads directly (asked for
# before posts in most sentences: an @cache'd function is a generic call)
_POST_VERBS: Final[dict[str, tuple[tuple[tuple[str, ...], bool], ...]]] = {}


def _post_verbs() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    if not _POST_VERBS:
        _POST_VERBS.update(_read_post_verbs())
    return _POST_VERBS


_TAKING_UP_WORDS: Final[list[frozenset[str]]] = []


def _taking_up_words() -> frozenset[str]:
    """The words a post taken up follows (_posts_taken_up): a verb's first ("giữ chức", "được bầu
    làm") or the last of a board's election ("được bầu vào"); a scan from a name to its sentence's
    end finds no post where none of them stands."""
    if not _TAKING_UP_WORDS:
        _TAKING_UP_WORDS.append(frozenset(_post_verbs()) | frozenset(cues_by_last_word("elected_to_a_board")))
    return _TAKING_UP_WORDS[0]


# the tokens of the sentence last asked of (its people are asked of one after another) and where
# the last of its words a post taken up follows stands (-1: none): one scan a sentence, where one
# from each name to the end made a long list of names quadratic
_LAST_TAKING_UP: Final[list[Any]] = [None, -1]


def _last_taking_up_word(tokens: list[Token]) -> int:
    if _LAST_TAKING_UP[0] is not tokens:
        words, folded = _taking_up_words(), keys(tokens, 0, len(tokens))
        last = len(folded) - 1
        while last >= 0 and folded[last] not in words:
            last -= 1
        _LAST_TAKING_UP[0], _LAST_TAKING_UP[1] = tokens, last
    found: int = _LAST_TAKING_UP[1]
    return found


def _read_post_verbs() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """The verbs before a post someone takes up ("giữ chức", "được bầu làm") or is relieved
    of ("miễn nhiệm chức"), by first word, each with whether the post is left."""
    verbs: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    taken = [(verb, False) for verb in cues("takes_post")] \
        + [(verb, True) for verb in (*cues("relieved_of_post"), *cues("was_post"))]
    for verb, left in sorted(taken, key=lambda v: len(v[0]), reverse=True):
        words = surface_words(verb)
        verbs.setdefault(words[0], []).append((words, left))
    return {first: tuple(v) for first, v in verbs.items()}


def _a_post_with_no_joiner(view: SentenceView, k: int, after_name: bool) -> bool:
    """Whether the chain of posts opens at token k with no comma before it."""
    tokens = view.tokens
    # "đồng chí A nguyên Phó Bí thư Tỉnh ủy": a former post needs no comma
    if k + 1 < len(tokens) and tokens[k].key in FORMER_KEYS and tokens[k + 1].is_cap:
        return True
    # "Ông A Ủy viên Trung ương Đảng, Thứ trưởng Bộ X": a post right after the name, no comma
    # ("đồng chí A phó bí thư huyện ủy, chủ tịch …": in small letters, which no name goes on in;
    # "đồng chí A Phó Bí thư, Chủ tịch UBND xã": a title the chain's body finishes)
    return after_name and k < len(tokens) \
        and (parse_post(tokens, k, view.context, any_case=not tokens[k].is_cap) is not None
             or _an_unfinished_title_then_a_post(view, k))


def _unfinished_title_finished_by_the_chain(view: SentenceView, k: int) -> PostMatch | None:
    """ "giữ chức Phó Bí thư Thường trực, Chủ tịch HĐND TP. Cần Thơ", "là Phó Bí thư, Chủ tịch …": a
    title with no body at token k, the first post of the chain whose body finishes it."""
    if not _an_unfinished_title_then_a_post(view, k):
        return None
    return next(iter(_posts_after(view, k - 1, joined=True)), None)


def _an_unfinished_title_then_a_post(view: SentenceView, k: int) -> bool:
    """Whether a title with no body ("Phó Bí thư Thường trực,") opens at token k, a comma or a dash
    after it and a post after that, which the chain's body finishes."""
    tokens = view.tokens
    title = bare_title(tokens, k)
    end = 0
    if title is not None:
        standing = keys(tokens, title.end, title.end + len(_STANDING_WORDS)) == _STANDING_WORDS
        end = title.end + len(_STANDING_WORDS) if standing else title.end
    if not 0 < end < len(tokens) or tokens[end].text != "," and tokens[end].text not in DASHES:
        # ("là Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn X": a bare board, the chain's body's)
        board = unfinished_board_post(tokens, k, view.context)
        end = board.end if board is not None else 0
    return 0 < end < len(tokens) - 1 and (tokens[end].text == "," or tokens[end].text in DASHES) \
        and parse_post(tokens, end + 1, view.context) is not None


def _posts_taken_up(view: SentenceView, name_end: int, name_start: int) -> list[PostMatch]:
    """ "... đồng chí X, ... giữ chức Bí thư Huyện ủy", "X được bầu làm Chủ tịch ...": a post
    the person is elected, appointed or assigned to.  The verb may stand far from the name,
    but not past another person's name or the end of the clause."""
    tokens = view.tokens
    if _last_taking_up_word(tokens) < name_end - 1:
        return []  # no verb of taking up a post after the name, nor a board elected to (most names)
    verbs = _post_verbs()
    posts: list[PostMatch] = []
    joined: list[tuple[int, int, str]] = []  # boards joined ("tham gia BCH Đảng bộ, BTV Huyện ủy")
    boards_left = False  # "thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy"
    joins_by_last = cues_by_last_word("joins_boards")  # a test before each token's (k > 0)
    elected_to_by_last = cues_by_last_word("elected_to_a_board")
    k, stop = _clause_of_the_name(tokens, name_start, name_end)
    stopped = passive = False
    # (a full stop inside the sentence is an abbreviation's: "Ủy viên T.Ư Đảng")
    while k < stop and tokens[k].text != ";":
        if k > name_end and tokens[k].is_cap and (_after_a_cue_word(tokens, k) or _another_name(view, k)):
            listed = _joined_by_and(tokens, k) or _in_the_plural_s_list(tokens, k, name_start)
            if not (_by_whom(tokens, k) or not posts and listed):
                break  # another person; not one named with this one before the verb ("chỉ định
                # đồng chí A, Trưởng phòng X và đồng chí B, Giám đốc Y làm Ủy viên ...")
            k = max(k + 1, person_name_end(tokens, k, cued=True))  # "được Thủ tướng Phạm Minh Chính bổ nhiệm"
            continue
        seat = _seat_elected_to(view, k, name_end) if tokens[k - 1].key in elected_to_by_last else None
        if seat is not None:
            posts.append(seat)  # "ông A được bầu vào Bộ Chính trị"
            k = seat.end
            continue
        if not joined and tokens[k - 1].key in joins_by_last and cue_before(tokens, k, "joins_boards"):
            joined, after = _boards_joined(tokens, k)
            boards_left = any(cue_before(tokens, j, "stops") for j in range(max(0, k - 3), k))
            if joined:
                k = after
                continue
        passive = passive or tokens[k].key == _PASSIVE
        stopped = stopped or _stops_the_verbs(tokens, k, passive)
        at_k = verbs.get(tokens[k].key, ()) if not stopped else ()
        for verb, left in at_k if at_k and not _a_decision_handed_over(tokens, k) else ():
            if all(k + n < len(tokens) and tokens[k + n].key == w for n, w in enumerate(verb)):
                # "tái đắc cử chức Phó Chủ tịch", "giữ chức vụ phó chủ tịch UBND xã"
                at = _after_post_noun(tokens, k + len(verb))
                post = parse_post(tokens, at, view.context, any_case=True) or _titled_as_before(view, at, name_start) \
                    or _head_of_the_body_led(view, at, name_start)
                post = post or _unfinished_title_finished_by_the_chain(view, at) \
                    or _in_a_bare_party_committee(tokens, at) or _of_the_body_founded_before(view, at, name_start)
                if post is not None:
                    # "giữ chức Bí thư Huyện ủy, Chủ tịch HĐND huyện": the chain goes on
                    # (read as after a comma: "giữ chức Bí thư Đảng ủy, Giám đốc Bệnh viện X")
                    chain = _posts_after(view, at - 1, joined=True, taken_up_from=name_start) \
                        or [post, *_posts_after(view, skip_term(tokens, post.end))]
                    left = left or cue_before(tokens, k, "stops") or cue_before(tokens, k, "held_once") \
                        or _after_a_clause_of_before_taking_up(tokens, name_start)
                    posts += [_former(p, seats_too=True) for p in chain] if left else chain
                    k = chain[-1].end - 1
                    break
        k += 1
    return posts + _seats_on_the_boards(posts, joined, boards_left)


def _clause_of_the_name(tokens: list[Token], name_start: int, name_end: int) -> tuple[int, int]:
    """Where the scan for a post a person takes up begins and ends: past an aside in brackets right after the
    name ("ông A (em rể ông B) làm Chủ tịch UBND xã": A's post, not B's), and at the bracket that closes an aside
    the name stands in (B's clause ends there); not past an aside that takes up a post itself ("ông A (hiện đang
    giữ chức Cục trưởng Cục Thuế)")."""
    start = past_brackets(tokens, name_end)
    if _taking_up_words().intersection(keys(tokens, name_end, start)):
        start = name_end
    opened = next((j for j in range(name_start - 1, max(-1, name_start - _ASIDE_REACH), -1)
                   if tokens[j].text in ("(", ")")), None)
    if opened is None or tokens[opened].text != "(":
        return start, len(tokens)
    return start, next((j for j in range(name_end, min(len(tokens), name_end + _ASIDE_REACH)) if tokens[j].text == ")"),
                       len(tokens))


_ASIDE_REACH: Final = 12  # tokens: an aside's words before or after a name in it


_DECISION: Final = len(surface_words(cue("decision_document")))  # "quyết định": the words a decision is named by


def _a_decision_handed_over(tokens: list[Token], k: int) -> bool:
    """Whether a decision handed over or announced ends right before the verb at token k ("trao quyết định
    bổ nhiệm ông A giữ chức …": the post is someone's named after); not one the person named before
    receives ("ông A được trao quyết định giữ chức …")."""
    return cue_before(tokens, k, "decision") and not _received(tokens, k)


def _received(tokens: list[Token], end: int) -> bool:
    """Whether the decision ending before token ``end`` is received by the one named before ("được trao", "nhận")."""
    return cue_before(tokens, end - _DECISION, "receives_a_decision")


def _stops_the_verbs(tokens: list[Token], k: int, passive: bool) -> bool:
    """Whether the verbs of a post the person named before takes up stop counting at token k: a post only
    proposed ("A, Thứ trưởng Bộ X được đề nghị phê chuẩn bổ nhiệm giữ chức Bộ trưởng"), or a decision the
    person hands over ("A trao quyết định của Thành ủy bổ nhiệm Trưởng ban X cho B": the post is B's; not
    where the clause is ``passive`` so far, "A được bà B ký quyết định bổ nhiệm làm …": A is appointed)."""
    return cue_before(tokens, k + 1, "proposes_a_post") \
        or not passive and cue_before(tokens, k + 1, "hands_a_decision") and not _received(tokens, k + 1)


def _seats_on_the_boards(posts: list[PostMatch], joined: list[tuple[int, int, str]], left: bool) -> list[PostMatch]:
    """The seats on the boards joined ("tham gia Ban Chấp hành, Ban Thường vụ"), of the party committee of the
    posts taken up with them; former ones where the boards are ``left``."""
    committee = next((p.org for p in posts if p.org.kind == _PARTY_COMMITTEE_KIND), None)
    if committee is None:
        return []
    seats = (_seat_on(board, start, end, committee) for start, end, board in joined)
    return [_former(seat, seats_too=True) if left else seat for seat in seats if seat is not None]


_LED_BY: Final = fold(cue("led_by"))
_OF: Final = fold(cue("of"))
_LONGEST_LIST_LED: Final = 48


def _head_of_the_body_led(view: SentenceView, at: int, name_start: int) -> PostMatch | None:
    """ "UBND tỉnh thành lập Ban Chỉ đạo X do ông A, Phó Chủ tịch UBND tỉnh làm Trưởng ban, bà B,
    Giám đốc Sở Y làm Phó Trưởng ban": a bare title taken up by someone listed after "do" is of the
    body named right before "do", where that body is of the title's kind ("Ban" of "Trưởng ban")."""
    tokens = view.tokens
    title = bare_title(tokens, at, any_case=True)
    led = next((j for j in range(name_start - 1, max(0, name_start - _LONGEST_LIST_LED), -1)
                if tokens[j].key == _LED_BY or tokens[j].text in (";", ":", ".")), None)
    if title is None or led is None or tokens[led].key != _LED_BY:
        return None
    body = next((b for s in range(led - 1, max(-1, led - _LONGEST_POST), -1)
                 if tokens[s].is_cap and (b := parse_org(tokens, s, view.context)) is not None and b.end == led), None)
    kind = title.head.org.split(":", 1)[1] if title.head.org.startswith("prefix:") else title.head.role
    if body is None or fold(body.head.split()[0]) not in fold(kind).split() \
            or body.start > 0 and tokens[body.start - 1].key == _OF:
        return None  # "đoàn giám sát của Đoàn ĐBQH tỉnh do A làm trưởng đoàn": the body's team led, not the body
    role, end = title.former + title.role, title.end
    if keys(tokens, end, end + 2) == tuple(_STANDING_KEY.split()):
        role, end = f"{role} {cue('standing').lower()}", end + 2  # "làm Phó Trưởng ban thường trực"
    return _borrowing(PostMatch(title.start, end, role, body), body)


# a bare title's head, with the heads of the bodies it leads ("Bí thư": "Chi bộ", "Đảng ủy" …)
_BODIES_LED: Final = {fold(cue("secretary")): tuple(map(fold, cues("bodies_of_a_secretary"))),
                      fold(cue("chair")): tuple(map(fold, cues("bodies_of_a_chair"))),
                      **{fold(rank): (fold(cue("ministry")),) for rank in cues("ministers")}}
_LONGEST_FOUNDING: Final = 40


def _of_the_body_founded_before(view: SentenceView, at: int, name_start: int) -> PostMatch | None:
    """ "Năm 1948, Chi bộ xã X được thành lập, đồng chí A làm Bí thư", "Đại hội bầu Ban Chấp hành Đảng
    bộ tỉnh gồm 15 đồng chí, đồng chí A được bầu làm Bí thư": a bare title taken up, ending the clause,
    is of the last body of its kind the clause named before the person (the body founded or elected)."""
    tokens = view.tokens
    title = bare_title(tokens, at, any_case=True)
    if title is None or title.end < len(tokens) and (tokens[title.end].is_cap or tokens[title.end].is_word):
        return None
    prefix = title.head.org.split(":", 1)[1] if title.head.org.startswith("prefix:") else None
    heads = (fold(prefix),) if prefix else _BODIES_LED.get(fold(title.head.role).removeprefix(f"{_DEPUTY} "))
    if not heads:
        return None
    start = tokens[name_start].start
    for m in reversed(view.mentions):
        if m.type != "Organization" or m.span.end > start or m.sentence != view.sentence.index:
            continue
        s = next((j for j in range(name_start - 1, -1, -1) if tokens[j].start == m.span.start), None)
        if s is None or name_start - s > _LONGEST_FOUNDING:
            return None
        if not any(fold(m.label) == h or fold(m.label).startswith(f"{h} ") for h in heads) \
                or _named_aside(view, m, start):
            continue  # a board of it ("Ban Thường vụ"), or a body of another kind, or named aside
        body = parse_org(tokens, s, view.context)
        if body is None or _held_by_someone(view, s):
            return None
        return PostMatch(title.start, title.end, title.former + title.role, body)
    return None


def _named_aside(view: SentenceView, body: Mention, stop: int) -> bool:
    """Whether a body is named inside a parenthesis ("Chi bộ X (tiền thân của Đảng bộ huyện Y)") or
    inside another body's name ("Ban Thường vụ Tỉnh ủy X quyết định thành lập …"): not the clause's."""
    return _inside_a_parenthesis(view.tokens, body.span.start, stop) \
        or any(m.type == "Organization" and m.span.start <= body.span.start and body.span.end <= m.span.end
               and m.span != body.span for m in view.mentions)


def _held_by_someone(view: SentenceView, s: int) -> bool:
    """Whether the body at token s is named in someone's post ("Bí thư Tỉnh ủy X")."""
    return any((post := parse_post(view.tokens, j, view.context)) is not None and post.org.start == s
               for j in range(max(0, s - 4), s))


def _same_title(role: str, head_role: str) -> bool:
    """Whether a post's role is of a title's kind ("Phó Bí thư" is of "Bí thư", and so is "Phó
    Giám đốc Thường trực" of "Giám đốc")."""
    kind = fold(role).removesuffix(f" {_STANDING_KEY}")
    return kind.endswith(fold(head_role).removeprefix(f"{_DEPUTY} "))  # "PTGĐ": of "Tổng Giám đốc"


def _titled_as_before(view: SentenceView, at: int, name_start: int) -> PostMatch | None:
    """ "A được bầu giữ chức Bí thư Tỉnh ủy, B và C giữ chức Phó Bí thư": a title taken up
    without its body, in the body of the post of the same title the sentence named before
    the person (not one of the person's own)."""
    tokens = view.tokens
    title = bare_title(tokens, at)
    if title is None or org_head_at(tokens, title.end) is not None:
        return None
    for start in range(name_start - 1, -1, -1):
        post = parse_post(tokens, start, view.context)
        if post is not None and post.end <= name_start and _same_title(post.role, title.head.role):
            return PostMatch(title.start, title.end, title.former + title.role, post.org)
    return _titled_as_in_the_sentence_before(view, PostMatch(title.start, title.end, title.former + title.role,
                                                             OrgMatch(title.end, title.end, "", "Role", "")),
                                             title.head.role)


def _titled_as_in_the_sentence_before(view: SentenceView, title: PostMatch, head_role: str) -> PostMatch | None:
    """ "Đồng chí A được bầu giữ chức Chủ tịch BCH Trung ương Hội NDVN. Các đồng chí B, C được
    bầu làm Phó Chủ tịch": a title taken up without its body, in the body of the last post of
    the same title that the sentence before named."""
    if view.sentence.index == 0:
        return None
    tokens = view.context.sentence_tokens[view.sentence.index - 1]
    posts = [post for at in range(len(tokens))
             if (post := parse_post(tokens, at, view.context)) is not None and _same_title(post.role, head_role)]
    if not posts or _placed_elsewhere(view, posts[-1].org, view.tokens[title.start].start):
        return None
    return _borrowing(title, posts[-1].org)


def _placed_elsewhere(view: SentenceView, body: OrgMatch, end: int) -> bool:
    """Whether the sentence names, before character ``end``, a place of the level of a body borrowed from a
    sentence before, and not the body's ("… Chủ tịch UBND tỉnh Phú Yên đối với ông A, Phó bí thư Tỉnh uỷ. Kỳ
    họp HĐND tỉnh Lào Cai đã bầu ông B, Phó bí thư, …": B's is Lào Cai's, which the article has not named so)."""
    if not body.place or not body.level:
        return False
    named_here = {name for at, name in view.context.places.get(body.level, ()) if view.sentence.start <= at < end}
    return bool(named_here) and body.place not in named_here


def _borrowing(title: PostMatch, body: OrgMatch) -> PostMatch:
    """A bare title's post in a body named elsewhere (another sentence): the body's mention
    spans the title here, with no parent of its own (see _hold_posts)."""
    return replace(title, org=replace(body, start=title.start, end=title.end, parent=None, aliases=()), borrowed=True)


def _another_name(view: SentenceView, k: int) -> bool:
    """A full name at token k that is not part of a body's name ("Học viện ... Hồ Chí Minh")."""
    end = person_name_end(view.tokens, k)
    return end > k and not view.covered(view.tokens[k].start, view.tokens[end - 1].end, ("Organization", "Place"))


def _post_that_is(view: SentenceView, i: int) -> list[PostMatch]:
    """ "Thống đốc Ngân hàng Nhà nước là bà A": the post the text says the person is."""
    tokens = view.tokens
    k = _cues_start(tokens, i)
    if k < i and k > 2 and tokens[k - 1].key == _PLURAL:
        k -= 1  # "Các Phó Chủ tịch UBND tỉnh là các ông A, B và C"
    if k == i or k < 2 or tokens[k - 1].key != _IS:
        return []
    for start in range(max(0, k - 16), k - 1):
        post = parse_post(tokens, start, view.context, any_case=True)
        if post is not None and post.end == k - 1:
            return [post]
    return []


def _after_post_noun(tokens: list[Token], k: int) -> int:
    """Past "chức", "chức vụ", "chức danh", "vị trí" before a post's title."""
    if k < len(tokens) and tokens[k].key in _POST_NOUN_FIRST:
        k += 1
        if k < len(tokens) and tokens[k].key in _POST_NOUN_SECOND:
            k += 1
    return k


_POST_NOUN_FIRST: Final = frozenset(surface_words(w)[0] for w in cues("post_nouns"))
_POST_NOUN_SECOND: Final = frozenset(surface_words(w)[1] for w in cues("post_nouns") if len(surface_words(w)) > 1)
_DECIDED_FOR: Final = surface_words(cue("decided_for"))
_DECIDED_WITH: Final = fold(cue("decided_with"))


def _posts_decided_for(view: SentenceView, i: int) -> list[PostMatch]:
    """ "miễn nhiệm chức vụ Chủ tịch UBND huyện X ... đối với ông A", "bầu ủy viên UBND tỉnh
    ... đối với ông B": the post a decision names before the person it is "for"; a post left
    is kept as "nguyên"."""
    tokens = view.tokens
    k = _first_listed(tokens, _cues_start(tokens, i))
    if k > 2 and tokens[k - 1].key == _PLURAL:
        k -= 1  # "miễn nhiệm chức vụ Phó Chủ tịch UBND thành phố đối với các ông A, B"
    if k >= 2 and (tokens[k - 2].key, tokens[k - 1].key) == _DECIDED_FOR:
        k -= 2
    elif k >= 1 and tokens[k - 1].key == _DECIDED_WITH:
        k -= 1  # "phê chuẩn việc miễn nhiệm Thống đốc NHNN với ông A"
    else:
        k = _decided_for_a_list(tokens, k)
        if k < 0:
            return []
    for start in range(k - 1, max(-1, k - 28), -1):
        if tokens[start].text in (";", ":"):
            break
        if start > 0 and tokens[start].key in _POST_NOUN_FIRST and tokens[start - 1].key in (",", _AND):
            # "miễn nhiệm chức vụ X đối với ông A và chức vụ Y đối với ông B": B's is the post named second
            chain = _posts_after(view, _after_post_noun(tokens, start) - 1, joined=True)
            if chain:
                return [_former(p, seats_too=True) for p in chain] if _decided_as_left(tokens, start) else chain
        leaving = cue_before(tokens, start, "leaves_post")
        if not (leaving or cue_before(tokens, start, "takes_post") or cue_before(tokens, start, "elects")):
            continue
        # "miễn nhiệm Phó Chủ tịch, kiêm Trưởng ban Dân tộc HĐND tỉnh": a chain, as after a name
        chain = _posts_after(view, _after_post_noun(tokens, start) - 1, joined=True)
        if chain:
            # the decision names the posts left, a seat among them ("miễn nhiệm Ủy viên UBND huyện")
            return [_former(post, seats_too=True) for post in chain] if leaving else chain
    return []


def _first_listed(tokens: list[Token], k: int) -> int:
    """Where the cue words of the first name of a list begin, the name at token k (its cue words) listed in
    it after commas or "và" ("các ông A, B và ông C": at "ông" before A); k if none is listed before."""
    while k >= 2 and (tokens[k - 1].text == "," or tokens[k - 1].key == _AND):
        j = k - 2
        while j > 0 and tokens[j - 1].is_cap:
            j -= 1
        if not tokens[j].is_cap or person_name_end(tokens, j) != k - 1:
            break
        k = _cues_start(tokens, j)
    return k


def _decided_as_left(tokens: list[Token], k: int) -> bool:
    """Whether the decision whose words stand before token k in the clause relieves of posts ("miễn nhiệm"),
    not gives them ("bổ nhiệm", "bầu")."""
    for start in range(k - 1, max(-1, k - 40), -1):
        if tokens[start].text in (";", ":", "."):
            break
        if cue_before(tokens, start, "leaves_post"):
            return True
        if cue_before(tokens, start, "takes_post") or cue_before(tokens, start, "elects"):
            return False
    return False


def _decided_for_a_list(tokens: list[Token], k: int) -> int:
    """Where "đối với" stands before a list whose later item begins at k ("đối với ông A, Giám
    đốc Sở X; bà B, Giám đốc Sở Y"): items after a ";", within the sentence; -1 if none."""
    if k < 1 or tokens[k - 1].text != ";":
        return -1
    for m in range(k - 2, max(1, k - 60), -1):
        if (tokens[m - 1].key, tokens[m].key) == _DECIDED_FOR:
            return m - 1
        if tokens[m].text in (".", ":") or cue_before(tokens, m, "takes_post") or cue_before(tokens, m, "elects"):
            return -1
    return -1


_HANDED_TO: Final = fold(cue("handed_to"))
_BEFORE_THAT: Final = tuple(surface_words(w) for w in cues("before_that"))
_BEFORE_TAKING_UP: Final = surface_words(cue("before_taking_up"))


def _after_a_clause_of_before_taking_up(tokens: list[Token], name_start: int) -> bool:
    """Whether the person named at ``name_start`` is the subject after a clause opened by "Trước khi" ("Trước
    khi giữ chức Chủ tịch UBND tỉnh, ông A làm Chỉ huy trưởng …"): the posts they take up there were left
    for the one the clause names."""
    return _clause_opened_by(tokens, name_start, _BEFORE_TAKING_UP) \
        and any(t.text == "," for t in tokens[_clause_start(tokens, name_start):name_start])


def _clause_opened_by(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """Whether the clause token i is in opens with these words."""
    opens = _clause_start(tokens, i)
    return keys(tokens, opens, opens + len(words)) == words


def _posts_the_person_is(view: SentenceView, i: int, end: int) -> list[PostMatch]:
    """ "Trước khi được bầu ..., ông A là Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh": the posts
    the text says the person is, after "là" and a rank; held before where the sentence (or the
    clause after a semicolon) opens with "Trước khi", "Trước đó" (and a post handed to them, see
    _post_handed_to)."""
    tokens = view.tokens
    k = _currently_is(view, end)
    if k >= len(tokens) or tokens[k].key != _IS:
        return _post_handed_to(view, i)
    k += 1
    while k < len(tokens) and (tokens[k].key in _RANK_GRADES or tokens[k].key in _RANKED):
        k += 1
    if k > end + 1 and k < len(tokens) and tokens[k].text == ",":
        k += 1
    post = parse_post(tokens, k, view.context) or _small_title_of_a_named_body(view, k)
    post = post or _unfinished_title_finished_by_the_chain(view, k)
    if post is None:
        return _post_handed_to(view, i)
    # read as a chain after a comma is: "là Bí thư Đảng ủy, Giám đốc Trung tâm" (the centre's
    # party committee, not the one the article named last)
    chain = _posts_after(view, k - 1, joined=True) or [post, *_posts_after(view, skip_term(tokens, post.end))]
    chain += _and_a_post_after(view, chain)
    # (of the clause: "Trước đó, ông là X; từ 7/2015, ông là Y": Y held since)
    before = any(_clause_opened_by(tokens, i, words) for words in _BEFORE_THAT) \
        or cue_before(tokens, _cues_start(tokens, i), "a_time_before_its_holder")  # "trong thời kỳ ông A là …"
    return [_former(p) for p in chain] if before else chain


def _small_title_of_a_named_body(view: SentenceView, k: int) -> PostMatch | None:
    """ "Bà là uỷ viên Ban chấp hành Trung ương khoá 9", "ông là giám đốc Sở Tài chính": after "là", a title in
    small letters before a body whose name is capitalised."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].is_cap:
        return None
    post = parse_post(tokens, k, view.context, any_case=True)
    return post if post is not None and _a_capitalised_body(tokens, post) else None


def _a_capitalised_body(tokens: list[Token], post: PostMatch) -> bool:
    """Whether a post read in any case names its body with a capital somewhere ("uỷ viên Ban chấp hành …")."""
    return any(t.is_cap for t in tokens[post.org.start:post.org.end])


def _and_a_post_after(view: SentenceView, chain: list[PostMatch]) -> list[PostMatch]:
    """ "ông A là Ủy viên Ban Bí thư khóa XIII (từ 8/2024) và đại biểu Quốc hội khóa XIV, XV": the post "và" joins
    to the chain the person is said to be (past its terms and an aside), with the chain after it; none where a
    name follows it (another person's post)."""
    tokens = view.tokens
    if not chain:
        return []
    k = skip_parenthesis(tokens, skip_term(tokens, chain[-1].end), words=_LONGEST_ASIDE)
    if k + 1 >= len(tokens) or tokens[k].key != _AND:
        return []
    more = parse_post(tokens, k + 1, view.context, any_case=True)
    if more is None or person_name_end(tokens, more.end) > more.end \
            or not _a_capitalised_body(tokens, more):
        return []
    return [more, *_posts_after(view, skip_term(tokens, more.end))]


_APPOSITION: Final = 16  # tokens


_NOW_BEFORE_IS: Final = tuple(surface_words(w) for w in cues("now_before_is"))
_LONGEST_ASIDE: Final = 8  # words


def _currently_is(view: SentenceView, end: int) -> int:
    """ "Chị A, sinh năm 1986, dân tộc Khmer, hiện là Chi hội trưởng …": where "là" stands after what
    the text says of the person between commas, "hiện" before it; or after an aside in parentheses
    and words of the present ("Ông A (em rể ông B) đang là Chủ tịch UBND xã"); ``end`` (the token
    after the name) where it does not, or another person is named first."""
    tokens = view.tokens
    after = skip_parenthesis(tokens, end, words=_LONGEST_ASIDE)
    now = next((len(words) for words in _NOW_BEFORE_IS if keys(tokens, after, after + len(words)) == words), 0)
    if after + now < len(tokens) and tokens[after + now].key == _IS and (now or after > end):
        return after + now
    if end >= len(tokens) or tokens[end].text != ",":
        return end
    for k in range(end + 1, min(len(tokens) - 1, end + _APPOSITION)):
        if tokens[k].text in (";", ":") or _another_name(view, k):
            return end
        if tokens[k].key == _CURRENTLY and tokens[k + 1].key == _IS and tokens[k - 1].text == ",":
            return k + 1
    return end


def _post_handed_to(view: SentenceView, i: int) -> list[PostMatch]:
    """ "giao Quyền Phó Tổng Giám đốc (PTGĐ) cho Thượng tá A", "... cho Đại tá B và Thượng tá
    C": a post handed to the people named after "cho" (its body, where the title is bare, the
    one of the same title named before)."""
    tokens = view.tokens
    k = _cues_start(tokens, i)
    while k > 0 and tokens[k - 1].key != _HANDED_TO:
        # back over the names listed before this one ("cho Đại tá B và Thượng tá C")
        if not (tokens[k - 1].key in (",", _AND) or tokens[k - 1].is_cap or tokens[k - 1].key in _CUE_WORDS_AND_DONG) \
                or i - k > 10:
            return []
        k -= 1
    for start in range(k - 2, max(-1, k - 10), -1):
        if tokens[start].text in (";", ":", ","):
            break
        if not cue_before(tokens, start, "hands_post"):
            continue
        post = parse_post(tokens, start, view.context) or _titled_as_before(view, start, start)
        return [post] if post is not None and skip_parenthesis(tokens, post.end) == k - 1 else []
    return []


def _posts_taken_up_together(view: SentenceView, name_start: int, name_end: int) -> list[PostMatch]:
    """ "Ông A và bà B được HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh", "Các đồng chí A, B,
    C được bầu làm Phó Chủ tịch": A takes up the post taken up by the last of the names
    joined to it by commas and "và"."""
    tokens = view.tokens
    k, last = name_end, name_end
    # "A, B, C và D được bầu làm Phó Chủ tịch": names joined by commas and "và"
    while k < len(tokens) and tokens[k].key in (",", _AND):
        k += 1
        while k < len(tokens) and tokens[k].key in _CUE_WORDS_AND_DONG and not tokens[k].is_cap:
            k += 1  # "và đồng chí B", "và bà B"
        other_end = person_name_end(tokens, k, cued=True)
        if other_end == k or text_of(tokens, k, other_end) == UNCLE_HO \
                or view.covered(tokens[k].start, tokens[other_end - 1].end, ("Organization", "Place")):
            break
        k = last = other_end
    if last == name_end:
        return []
    return _posts_taken_up(view, last, name_start)


_JOINABLE_BOARDS: Final = cues("joinable_boards")


def _boards_joined(tokens: list[Token], k: int) -> tuple[list[tuple[int, int, str]], int]:
    """ "tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Huyện ủy và giữ chức Bí thư ...": the
    boards (start, end, head) listed after the cue at token k, and where the list ends.
    Their committee is the one of the post taken up after them."""
    boards = []
    while k < len(tokens):
        head = org_head_at(tokens, k, any_case=True)
        if head is None or head.canonical not in _JOINABLE_BOARDS:
            break
        end = k + len(head.words)
        while end < len(tokens) and end - k < 8 and tokens[end].is_word and tokens[end].key != _AND \
                and tokens[end].key not in _post_verbs():
            end += 1  # the committee the text names after the board ("Huyện ủy")
        boards.append((k, end, head.canonical))
        k = end + 1 if end < len(tokens) and tokens[end].key in (",", _AND) else end
    return boards, k


def _seat_elected_to(view: SentenceView, k: int, name_end: int) -> PostMatch | None:
    """ "ông A được bầu vào Bộ Chính trị", "được bầu bổ sung vào Ban Thường vụ Tỉnh ủy": a seat on the party
    committee or board named at token k, after the words that elect someone to it; not where a clause of its
    own stands between the name (ending at ``name_end``) and them ("ông A, Chủ tịch UBND tỉnh, cho biết, … 9
    cán bộ được bầu vào Ban Chấp hành …")."""
    tokens = view.tokens
    words = cue_ending_before(tokens, k, "elected_to_a_board")
    if words is None or any(tokens[x].text == "," and tokens[x + 1].is_word and not tokens[x + 1].is_cap
                            for x in range(name_end, k - len(words) - 1)):
        return None
    body = parse_org(view.tokens, k, view.context)
    if body is None or body.kind not in _PARTY_BODIES:
        return None
    return PostMatch(k, body.end, _MEMBER, body)


_PARTY_BODIES: Final = frozenset(("PartyCommittee", "PartyBoard"))


def _seat_on(board: str, start: int, end: int, committee: OrgMatch) -> PostMatch | None:
    """A seat on a board joined, of ``committee``: its executive committee is the committee
    itself, its standing board is finished as a chain's unfinished board is."""
    if board != _STANDING_BOARD:
        return PostMatch(start, end, _MEMBER, replace(committee, start=start, end=end))
    bare = OrgMatch(start, end, board, "PartyBoard", board)
    return complete_board(PostMatch(start, end, _MEMBER, bare), committee)


_PSEUDONYM: Final = [tuple(surface_words(cue_word)) for cue_word in cues("pseudonym")]


def _other_name_after(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The tokens of the other name in "(bí danh Trần Quốc Mạnh)" right after a name."""
    if end >= len(tokens) or tokens[end].text != "(":
        return None
    for words in _PSEUDONYM:
        start = end + 1 + len(words)
        if keys(tokens, end + 1, start) == words:
            stop = person_name_end(tokens, start, cued=True)
            if start < stop < len(tokens) and tokens[stop].text == ")":
                return start, stop
    return None


def _person(view: SentenceView, i: int, end: int, name: str) -> tuple[Mention, int]:
    """The person named at tokens ``i:end``, and where the posts after the name may begin:
    after "(bí danh B)", B being the same person's other name."""
    other = _other_name_after(view.tokens, end)
    if other is None:
        return view.mention("Person", i, end, name, ExtractorName.PEOPLE), end
    alias = clean_label(text_of(view.tokens, *other))
    return view.mention("Person", i, end, name, ExtractorName.PEOPLE, aliases=(alias,)), other[1] + 1


@register(ExtractorName.PEOPLE)
def find_people(view: SentenceView) -> Found:
    tokens = view.tokens
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    bodies: list[tuple[int, str, Mention]] = []  # (token, role, body) of each post read
    replaced: dict[int, list[PostMatch]] = {}  # the posts left by whom a name at the token replaced
    i = 0
    while i < len(tokens):
        if not (tokens[i].is_word and tokens[i].is_cap) or _no_name_begins(view, i):
            i = _past_a_streets_name(tokens, i)  # (the first test of _no_name_begins, here too: most tokens fail it)
            continue
        cued = _cued(tokens, i) or _country_before_a_name(view, i)
        end = person_name_end(tokens, i, cued=cued)
        if end > i and (view.covered(tokens[i].start, tokens[end - 1].end, ("Organization", "Place"))
                        or (not cued and (_not_a_name(tokens, i, end) or _a_place_or_its_union(view, i, end)
                                          or _a_body_named_short(view, i, end)))):
            end = i
        if end == i and cued:
            j = _short_name_end(view, i)
            if j > i:
                # "đồng chí Hiện": a person named by the given name, resolved later
                person = view.mention("Person", i, j, clean_label(text_of(tokens, i, j)), FoundAs.SHORT_NAME)
                mentions.append(person)
                # (and a career: "ông Hiện từng giữ các chức vụ: …")
                _hold_posts_of_the_named(view, person, _posts_of_the_time_before(view, i) + _posts_taken_up(view, j, i)
                                         + _career_listed(view, j) + _posts_the_person_is(view, i, j), (i, j),
                                         (mentions, relations, bodies))
                i = j
                continue
        if end == i:
            i += 1
            continue
        name = clean_label(text_of(tokens, i, end))
        if (name == UNCLE_HO or name.startswith(f"{UNCLE_HO} ")) and not cue_before(tokens, i, "cites_uncle_ho"):
            # "Đoàn TNCS Hồ Chí Minh", "Chiến dịch Hồ Chí Minh": named after him; "Đoàn thanh niên cộng sản
            # Hồ Chí Minh Vườn quốc gia X": the union's name, then the unit's
            i = end
            continue
        person, end = _person(view, i, end, name)
        mentions.append(person)
        posts = _posts_of(view, i, end) or _signed_as(view, i, end)
        # (not where the text gives the post after the name itself: "thay đồng chí B, Trưởng Ban X")
        own = {(p.role.removeprefix(f"{_FORMER} "), p.org.label) for p in posts}
        posts += [p for p in replaced.pop(i, []) if (p.role.removeprefix(f"{_FORMER} "), p.org.label) not in own]
        for post in posts:
            predecessor = _replaced_after(tokens, post.end)
            if predecessor is not None:  # "giữ chức Chủ nhiệm Câu lạc bộ X thay ông B": B's, left
                replaced.setdefault(predecessor, []).append(_former(post))
        _hold_posts_of_the_named(view, person, posts, (i, end), (mentions, relations, bodies))
        i = end
    more_mentions, more_relations = _posts_of_lists(view, [m for m in mentions if m.type == "Person"], bodies)
    mentions += more_mentions
    relations += more_relations
    relations += _deputies_named_so(view, [m for m in mentions if m.type == "Person"], relations)
    mentions += _uncle_ho(view)
    if view.context.post_holders:
        mentions += _named_by_their_post(view, mentions)
    mentions += _career_told_of_a_pronoun(view, mentions, relations, bodies) + _the_comrade_named_back(view, mentions)
    mentions += _career_steps_of_a_pronoun(view, mentions, relations, bodies)
    return mentions, relations


def _posts_of_the_time_before(view: SentenceView, i: int) -> list[PostMatch]:
    """ "Trong thời gian giữ cương vị Giám đốc Sở X, bà Thanh …": the posts a clause of a time or of a capacity
    tells before a person named by the given name (not any said before it: "Theo Chủ tịch xã, ông Quang …")."""
    posts = _posts_before(view, i)
    if not posts:
        return posts
    return posts if _time_or_capacity_before(view.tokens, min(p.start for p in posts)) is not None else []


def _held_in_a_clause_of_a_time(tokens: list[Token], posts: list[PostMatch], name_start: int) -> list[PostMatch]:
    """The posts said before the name at ``name_start`` where a clause of the time they were held tells them
    ("Trong thời gian giữ cương vị Bí thư Huyện ủy, bà A …", _posts_before)."""
    before = [p for p in posts if p.end <= name_start]
    return before if before and cue_before(tokens, min(p.start for p in before), "in_the_time_of") else []


def _posts_of_lists(view: SentenceView, people: list[Mention], bodies: list[tuple[int, str, Mention]]) -> Found:
    """Posts held by people named in a list: after a title in the plural or a former title and a colon,
    in a body's roster, in a group of deputies, or with titles after the names."""
    mentions, relations = _posts_over_a_list(view, people, bodies)
    relations += _posts_in_rosters(view, people)
    more_mentions, more_relations = _former_title_over_a_list(view, people)
    _posts_said_of_all_listed(view, people, bodies, more_mentions, more_relations)
    _elected_into_a_board(view, people, bodies, more_mentions, more_relations)
    _members_listed(view, people, bodies, more_mentions, more_relations)
    return mentions + more_mentions, (relations + more_relations + _deputies_of_a_group(view, people)
                                      + _titles_after_the_names(view, people))


_ALL_LISTED: Final = tuple(surface_words(w) for w in cues("said_of_all_listed"))
_ALL_LISTED_FIRST: Final = frozenset(words[0] for words in _ALL_LISTED)


def _posts_said_of_all_listed(view: SentenceView, people: list[Mention], bodies: list[tuple[int, str, Mention]],
                              mentions: list[Mention], relations: list[RelationMention]) -> None:
    """ "các ông A, B, C (cùng là Phó Viện trưởng Viện KSND tỉnh X)", "ông A và bà B đều là Ủy viên …": the
    posts said right after a list of names, two or more, are each of theirs."""
    tokens = view.tokens
    for k in range(1, len(tokens)):
        if tokens[k].key not in _ALL_LISTED_FIRST:
            continue
        words = next((w for w in _ALL_LISTED if keys(tokens, k, k + len(w)) == w), None)
        post = parse_post(tokens, k + len(words), view.context, any_case=True) if words else None
        listed = _names_listed_before(view, k - 1 if tokens[k - 1].text == "(" else k, people) if post else []
        if post is None or len(listed) < 2:
            continue
        chain = [post, *_posts_after(view, skip_term(tokens, post.end))]
        for person in listed:
            _hold_posts(view, person, chain, mentions, relations, bodies)


def _elected_into_a_board(view: SentenceView, people: list[Mention], bodies: list[tuple[int, str, Mention]],
                          mentions: list[Mention], relations: list[RelationMention]) -> None:
    """ "bầu bổ sung ông A - Phó Chủ tịch HĐND tỉnh; bà B - Bí thư Huyện ủy X vào Ban Thường vụ Tỉnh ủy": the
    people an election names before "vào" and a party committee or board each take a seat on it."""
    tokens = view.tokens
    for k in range(2, len(tokens)):
        if tokens[k - 1].key != _INTO or not tokens[k].is_cap:
            continue
        elected_from = _election_before(tokens, k - 1)
        body = parse_org(tokens, k, view.context) if elected_from is not None else None
        if elected_from is None or body is None or body.kind not in _PARTY_BODIES:
            continue
        first, last = tokens[elected_from].start, tokens[k - 1].start
        for person in (p for p in people if first <= p.span.start and p.span.end <= last):
            _hold_posts(view, person, [PostMatch(k, body.end, _MEMBER, body)], mentions, relations, bodies)


def _members_listed(view: SentenceView, people: list[Mention], bodies: list[tuple[int, str, Mention]],
                    mentions: list[Mention], relations: list[RelationMention]) -> None:
    """ "Danh sách Ban Thường vụ Thành ủy khóa 16 gồm bà A, ông B, …", "bầu Ban Chấp hành nhiệm kỳ mới gồm các
    đồng chí: A, B và C": the people a party committee's or board's list names, without titles, are its members."""
    tokens = view.tokens
    if not any(t.key == _INCLUDES for t in tokens):
        return  # (most sentences list no one)
    for found_body in view.found("Organization"):
        at = token_at(tokens, found_body.span.start)
        k = _past_a_term_named(tokens, token_at(tokens, found_body.span.end))
        if k >= len(tokens) or tokens[k].key != _INCLUDES or tokens[at].start != found_body.span.start:
            continue
        body = parse_org(tokens, at, view.context)
        if body is None or body.kind not in _PARTY_BODIES:
            continue
        end = next((t.start for t in tokens[k:] if t.text in (";", ".")), view.sentence.end)
        for person in (p for p in people if tokens[k].start < p.span.start < end):
            before = _cues_start(tokens, token_at(tokens, person.span.start)) - 1
            if tokens[before].text in (",", ":") or tokens[before].key in (_AND, _INCLUDES, _PLURAL):
                _hold_posts(view, person, [PostMatch(at, body.end, _MEMBER, body)], mentions, relations, bodies)


def _past_a_term_named(tokens: list[Token], k: int) -> int:
    """Past the term a list's body at token k is named with: "khóa XII", "nhiệm kỳ 2015-2020"
    (_past_the_term), or "khóa 16", "khóa mới", as a list of its members names it."""
    if k + 1 < len(tokens) and tokens[k].key in _TERM_KEYS \
            and (tokens[k + 1].text.isdigit() or tokens[k + 1].key == _NEW):
        k += 2
    return _past_the_term(tokens, k)


_INCLUDES: Final = fold(cue("includes"))
_TERM_KEYS: Final = frozenset(fold(w) for w in cues("term_of_office"))
_NEW: Final = fold(cue("new"))
_INTO: Final = fold(cue("into_a_board"))
_ELECTION_REACH: Final = 60  # tokens back from "vào" to the words of the election


def _election_before(tokens: list[Token], into: int) -> int | None:
    """The token after the words that elect ("bầu", "bầu bổ sung") that stand before "vào" at ``into``, in its
    sentence and before any name; None where none do."""
    for j in range(into - 1, max(0, into - _ELECTION_REACH), -1):
        if tokens[j].text in (".", ":"):
            return None
        if cue_before(tokens, j, "elects"):
            # "đề xuất bầu bổ sung ông A vào Bộ Chính trị": an election only proposed
            proposed = any(cue_before(tokens, m, "proposes_a_post") for m in range(max(0, j - 4), j))
            return None if proposed else j
    return None


def _names_listed_before(view: SentenceView, k: int, people: list[Mention]) -> list[Mention]:
    """The people named right before token k, joined by commas and "và" (with their words of address)."""
    tokens = view.tokens
    ending_before = {token_at(tokens, p.span.end): p for p in people}  # by the token after the name
    listed: list[Mention] = []
    while (person := ending_before.get(k)) is not None:
        listed.append(person)
        k = _cues_start(tokens, token_at(tokens, person.span.start))
        if k < 2 or not (tokens[k - 1].text == "," or tokens[k - 1].key == _AND):
            break
        k -= 1
    return listed


_PRONOUN_REACH: Final = 2  # how many sentences back "đồng chí" alone may name its person
_CAREER_PRONOUNS: Final = frozenset(fold(w) for w in cues("career_pronouns"))
_LONGEST_CAREER_OPENING: Final = 16  # "Ông công tác trong ngành công an từ năm 1990 đến 2017, từng …"


def _career_told_of_a_pronoun(view: SentenceView, found: list[Mention], relations: list[RelationMention],
                              bodies: list[tuple[int, str, Mention]]) -> list[Mention]:
    """ "Ông A được bổ nhiệm … Ông từng giữ các chức vụ: X; Y; Z", "Bà từng là X; Y; Z": a career told of
    "Ông" or "Bà" opening the sentence, which names no one before it, is of the one person the sentence
    before named (none where it named several); its posts are read as a named person's
    (``_career_listed``)."""
    tokens = view.tokens
    if len(tokens) < 4 or tokens[0].key not in _CAREER_PRONOUNS or tokens[1].is_cap:
        return []
    once = next((j - 1 for j in range(2, min(_LONGEST_CAREER_OPENING, len(tokens)))
                 if cue_before(tokens, j, "held_once")), None)
    if once is None or any(m.type == "Person" and m.span.start < tokens[once].start for m in found):
        return []
    before = [m for m in view.article_mentions if m.type == "Person"
              and m.extractor in (ExtractorName.PEOPLE, FoundAs.SHORT_NAME)
              and view.sentence.index - _PRONOUN_REACH <= m.sentence < view.sentence.index]
    last = max((m.sentence for m in before), default=-1)
    named = {(m.label, m.extractor) for m in before if m.sentence == last}
    posts = _career_listed(view, once) if len(named) == 1 else []
    if not posts:
        return []
    label, extractor = next(iter(named))
    person = replace(view.mention("Person", 0, 1, label, extractor), text="")  # "Ông" is no alias
    mentions = [person]
    _hold_posts(view, person, posts, mentions, relations, bodies)
    return mentions


_CAREER_STEP_REACH: Final = 4  # how many sentences back a career's "ông" may name its person
_IN_A_CLAUSE_BEFORE: Final = frozenset((",", ";", ":"))
_UNTIL_NOW: Final = fold(cue("until_now"))
_SINCE: Final = fold(cue("since"))
_UNTIL: Final = frozenset(fold(w) for w in cues("until"))


def _career_steps_of_a_pronoun(view: SentenceView, found: list[Mention], relations: list[RelationMention],
                               bodies: list[tuple[int, str, Mention]]) -> list[Mention]:
    """ "Ông Trần Văn A sinh năm 1971 … Ngày 5/2/2004, ông được bổ nhiệm giữ chức Chánh Văn phòng X. Năm
    2010, ông là Phó Bí thư Tỉnh ủy Y": a step of a career told of "ông" or "bà" opening a clause, no name
    after it, is the one person the text named last (``_the_one_told_of``); a step dated in a past year
    or after the one before ("3 năm sau, ông …") was left since (``_a_step_left_since``), but where the
    article names the post held (``resolve._career_steps_held_still``)."""
    tokens = view.tokens
    mentions: list[Mention] = []
    for k in range(len(tokens) - 2):
        if tokens[k].key not in _CAREER_PRONOUNS or not (k == 0 or tokens[k - 1].text in _IN_A_CLAUSE_BEFORE) \
                or not tokens[k + 1].is_word or tokens[k + 1].is_cap or tokens[k + 1].key in _CAREER_PRONOUNS \
                or any(m.type == "Person" and m.span.start == tokens[k].start for m in found):
            continue
        posts = _posts_of(view, k, k + 1)
        named = _the_one_told_of(view, k, found) if posts else None
        if named is None:
            continue
        label, extractor = named
        person = replace(view.mention("Person", k, k + 1, label, extractor), text="")  # "ông" is no alias
        mentions.append(person)
        left = _a_step_left_since(view, k)
        held = len(relations)
        _hold_posts(view, person, [_former(p, seats_too=True) for p in posts] if left else posts,
                    mentions, relations, bodies)
        # a career's step left since ("Năm 2010, ông …", "Ông từng là …") yields to the post the article
        # says is held
        _mark_left_steps(relations, held, person)
    return mentions


def _hold_posts_of_the_named(view: SentenceView, person: Mention, posts: list[PostMatch], name: tuple[int, int],
                            found: tuple[list[Mention], list[RelationMention], list[tuple[int, str, Mention]]]) -> None:
    """The person named by the tokens ``name`` holds the posts (_hold_posts): those a clause of the time they
    were held tells marked so (resolve._posts_of_a_time_left); those taken up at a date a step of a career
    gives left since, as a pronoun's step (_career_steps_of_a_pronoun)."""
    i, end = name
    mentions, relations, bodies = found
    dated = _a_dated_step_of_a_career(view, i)
    if dated:  # the posts taken up or held at that date, not those the person is named with
        taken = _posts_taken_up(view, end, i) + _posts_the_person_is(view, i, end)
        posts = [_former(p) if p in taken else p for p in posts]
    then = _held_in_a_clause_of_a_time(view.tokens, posts, i)
    held = len(relations)
    _hold_posts(view, person, [p for p in posts if p not in then] if then else posts, mentions, relations, bodies)
    if dated:
        _mark_left_steps(relations, held, person)
    if then:
        held = len(relations)
        _hold_posts(view, person, then, mentions, relations, bodies)
        relations[held:] = [replace(r, extractor=FoundAs.POST_OF_A_TIME) if r.subject == person.key
                            and r.predicate == "holdsPost" else r for r in relations[held:]]


def _mark_left_steps(relations: list[RelationMention], held: int, person: Mention) -> None:
    """The person's posts from ``held`` on that were left, marked as a career's steps (they yield to the post
    the article says is held: resolve._career_steps_held_still)."""
    relations[held:] = [replace(r, extractor=FoundAs.CAREER_STEP) if r.subject == person.key and r.role
                        and r.role.startswith(_FORMER) else r for r in relations[held:]]


def _a_dated_step_of_a_career(view: SentenceView, i: int) -> bool:
    """ "Tháng 11/2014, ông Nguyễn Văn A được luân chuyển về tỉnh X, giữ chức Phó Chủ tịch UBND tỉnh": a step
    of a career told of the person named in full after its date, as of "ông" alone (_a_step_left_since)."""
    tokens = view.tokens
    k = _cues_start(tokens, i)
    if not (1 < k < i and tokens[k - 1].text == "," and tokens[k].key in _CAREER_PRONOUNS):
        return False
    # (a year, in a clause of no more than the date: "Trước đó, ông A được bầu …" tells the step before the news;
    # one before the article's date, or where it has none, before the last year it names: "Nhiệm kỳ 2021 - 2026,
    # bà B được bầu …" in a history of the association written since)
    start = _clause_start(tokens, k)
    years = [t.text for t in tokens[start:k] if _a_year(t)]
    if k - start > _LONGEST_DATE or not years:
        return False
    # (the clause's own years too: an article whose only year is one out of _YEAR's range, "Năm 1885, …")
    now = view.article.published[:4] if view.article.published else max([*_YEAR.findall(view.article.text), *years])
    return max(years) < now and _a_step_left_since(view, k)


_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_LONGEST_DATE: Final = 8  # tokens: "Từ tháng 6/1973 đến tháng 11/1977,"


def _the_one_told_of(view: SentenceView, k: int, found: list[Mention]) -> tuple[str, str] | None:
    """The one person "ông" or "bà" at token k names again: the one named before it in the sentence,
    else in the last of the sentences before that named anyone (none where several were, but the one
    a pronoun named there)."""
    told = (ExtractorName.PEOPLE, FoundAs.SHORT_NAME)
    before = [m for m in found if m.type == "Person" and m.extractor in told and m.span.end <= view.tokens[k].start]
    if not before:
        first = view.sentence.index - _CAREER_STEP_REACH
        earlier = [m for m in view.article_mentions if m.type == "Person" and m.extractor in told
                   and first <= m.sentence < view.sentence.index]
        last = max((m.sentence for m in earlier), default=-1)
        before = [m for m in earlier if m.sentence == last]
        if len({m.label for m in before}) > 1:
            before = [m for m in before if not m.text]
    named = {(m.label, m.extractor) for m in before}
    return next(iter(named)) if len(named) == 1 else None


_CLAUSE_OPENERS: Final = frozenset((";", ":"))


def _clause_start(tokens: list[Token], i: int) -> int:
    """The first token of the clause token i is in: past the last semicolon or colon before it."""
    return next((j + 1 for j in range(i - 1, -1, -1) if tokens[j].text in _CLAUSE_OPENERS), 0)


def _a_step_left_since(view: SentenceView, k: int) -> bool:
    """Whether the clause before token k dates a step of a career in a year before the article's ("Năm
    2010,", "Từ tháng 6/1973 đến tháng 11/1977,") or after the step before it ("3 năm sau,"), and not up
    to now ("từ năm 2016 đến nay", "Từ tháng 7/2015,": since then)."""
    tokens = view.tokens
    start = _clause_start(tokens, k)
    opening = [t.key for t in tokens[start:k]]
    after = [t.key for t in tokens[k:]]
    if not opening or _UNTIL_NOW in opening or _UNTIL_NOW in after \
            or opening[0] == _SINCE and not any(w in _UNTIL for w in opening):
        return False
    years = [t.text for t in tokens[start:k] if _a_year(t)]
    published = view.article.published
    if years:
        return not published or max(years) < published[:4]
    return cue_before(tokens, k - 1 if tokens[k - 1].text == "," else k, "after_a_while")


def _the_comrade_named_back(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """ "Đồng chí A, Phó Bí thư Tỉnh ủy dự và phát biểu chỉ đạo. Dịp này, đồng chí trao Bằng khen cho …",
    "Đồng chí cũng đề nghị …": "đồng chí" alone opening a clause, a word in small letters after it and no
    name, names again the one person the sentence before named (none where it named several)."""
    tokens = view.tokens
    out: list[Mention] = []
    for k in range(len(tokens) - len(_COMRADE)):
        end = k + len(_COMRADE)
        if tokens[k].key != _COMRADE[0] or keys(tokens, k, end) != _COMRADE \
                or not (k == 0 or tokens[k - 1].text in (",", ";")) \
                or not tokens[end].is_word or tokens[end].is_cap or tokens[end].key in _CUE_WORDS \
                or any(m.type == "Person" and m.span.start >= tokens[k].start for m in found):
            continue
        before = [m for m in view.article_mentions if m.type == "Person" and m.extractor == ExtractorName.PEOPLE
                  and view.sentence.index - _PRONOUN_REACH <= m.sentence < view.sentence.index]
        last = max((m.sentence for m in before), default=-1)
        named = {m.label for m in before if m.sentence == last}
        if len(named) == 1:
            person = view.mention("Person", k, end, next(iter(named)), ExtractorName.PEOPLE)
            out.append(replace(person, text=""))  # "đồng chí" is no alias of the person
    return out


def _named_by_their_post(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """ "Dự buổi lễ có đồng chí A, Phó Bí thư Thường trực Tỉnh ủy. … Đồng chí Phó Bí thư Thường trực
    Tỉnh ủy trao Huy hiệu Đảng cho …": a post after "đồng chí" (or "ông", "bà", a rank) with no name
    after it names again the one person the article has said holds it (none where it has said two
    do), who then presents, speaks or attends in this sentence as if named."""
    tokens = view.tokens
    out: list[Mention] = []
    for k in range(1, len(tokens)):
        if not tokens[k].is_cap or not _after_a_cue_word(tokens, k):
            continue
        post = parse_post(tokens, k, view.context)
        if post is None or post.end <= k or person_name_end(tokens, post.end, cued=True) > post.end:
            continue  # "đồng chí Bí thư Tỉnh ủy Phạm Gia Thành": named after the post
        start, end = tokens[k].start, tokens[post.end - 1].end
        if view.covered(start, end, ("Person",)) or any(m.type == "Person" and m.span.start < end
                                                          and start < m.span.end for m in found):
            continue
        holders = view.context.post_holders.get((match_key(post.role), match_key(post.org.label)), set())
        if len(holders) != 1:
            continue
        # the title is no name of the person: no alias, as a borrowed post's body has none
        person = view.mention("Person", k, post.end, next(iter(holders)), ExtractorName.PEOPLE)
        out.append(replace(person, text=""))
    return out


_ON_BEHALF: Final = frozenset(fold(w) for w in cues("signs_on_behalf"))
_FOR_THE_HEAD: Final = frozenset(fold(w) for w in cues("signs_for_the_head"))
_HEADING_LINES: Final = 6


def _signed_as(view: SentenceView, i: int, end: int) -> list[PostMatch]:
    """ "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI / Chủ tịch / NÔNG VĂN A", "KT. BỘ TRƯỞNG / THỨ TRƯỞNG / (Đã
    ký) / B": a document's signature, the signer's name alone on its line under the title they
    sign with, on behalf of ("TM.") the body on the line above the title, or for ("KT.") the
    body's head, the body the document's heading names ("BỘ TÀI CHÍNH" on its own line)."""
    if i != 0 or end != len(view.tokens):
        return []
    every_line = view.context.sentence_tokens
    lines = every_line[max(0, view.sentence.index - 4):view.sentence.index]
    lines = [line for line in lines if line and line[0].text != "("]  # "(Đã ký)"
    if len(lines) < 3:
        return []
    mark, above, titled = lines[-3], lines[-2], lines[-1]
    title = bare_title(titled, 0, any_case=True)
    if title is None or title.end != len(titled) or not mark or mark[0].key not in _ON_BEHALF | _FOR_THE_HEAD:
        return []
    if mark[0].key in _ON_BEHALF:
        body = parse_org(above, 0, view.context, any_case=True)
        body = body if body is not None and body.end == len(above) else None
    else:
        # "BỘ XÂY DỰNG / CỤC HÀNG HẢI …" and "KT. CỤC TRƯỞNG": the body whose head the head's title
        # names ("Bộ" of "BỘ TRƯỞNG"), none where the heading names no such body
        heading = [b for line in every_line[:_HEADING_LINES] if line
                   and (b := parse_org(line, 0, view.context, any_case=True)) is not None and b.end == len(line)]
        body = next((b for b in reversed(heading) if above and fold(b.head.split()[0]) == above[0].key), None) \
            or _body_of_the_authority(view, above)
    if body is None:
        return []
    org = replace(body, start=i, end=end, parent=None, aliases=())
    return [replace(PostMatch(i, i, title.former + title.role, org), borrowed=True)]


def _body_of_the_authority(view: SentenceView, head_line: list[Token]) -> OrgMatch | None:
    """ "QUYẾT ĐỊNH … / CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO / Căn cứ …" and "KT. CHÁNH ÁN / PHÓ CHÁNH ÁN":
    the body of the line of a decision that names, whole, the head for whom it is signed (the
    heading may name the body over two lines, or not at all)."""
    head = bare_title(head_line, 0, any_case=True)
    if head is None or head.end != len(head_line):
        return None
    for line in view.context.sentence_tokens:
        post = parse_post(line, 0, view.context, any_case=True) if line and line[0].key == head_line[0].key else None
        if post is not None and post.end == len(line) and fold(post.role) == fold(head.role):
            return post.org
    return None


_REPLACING: Final = fold(cue("replacing"))


def _replaced_after(tokens: list[Token], end: int) -> int | None:
    """Where the name of whom a post's new holder replaces begins, after the post that ends at
    ``end`` ("… Chủ tịch Hội Nông dân huyện, thay ông Trần Văn B"), if one."""
    k = _past_the_term(tokens, end)
    k += k < len(tokens) and tokens[k].text == ","
    if k >= len(tokens) or tokens[k].key != _REPLACING:
        return None
    k += 1
    while k < len(tokens) and tokens[k].key in _CUE_WORDS_AND_DONG:
        k += 1
    return k if person_name_end(tokens, k, cued=True) > k else None


def _short_name_end(view: SentenceView, i: int) -> int:
    """The end of a given name alone after a cue ("đồng chí Hiện", "Ông Hưng"), else i."""
    tokens = view.tokens
    j = i
    while j < len(tokens) and j - i < 2 and tokens[j].is_word and tokens[j].is_cap:
        j += 1
    if j > i and not view.covered(tokens[i].start, tokens[j - 1].end, ("Organization", "Place")) \
            and not parse_post(tokens, i, view.context) and not role_head_at(tokens, i) \
            and tokens[i].key != _DEPUTY and not tokens[i].text.isupper() \
            and not (j < len(tokens) and keys(tokens, j - 1, j + 1) in name_compounds()):
        return j
    # (not "cấp hàm Trung tá An ninh": the given name and the small word after it one common word)
    return i


def _hold_posts(view: SentenceView, person: Mention, posts: list[PostMatch], mentions: list[Mention],
                relations: list[RelationMention], bodies: list[tuple[int, str, Mention]]) -> None:
    """The person holds each post: its body found (with its own relations) and the relation."""
    for post in posts:
        if post.org.end <= post.org.start and not post.borrowed and post.end > post.start:
            # a body named before and written nowhere here ("Ông A - Chi cục trưởng" ending the
            # sentence): borrowed as a title borrows one, its mention spanning the title
            post = _borrowing(post, post.org)
        org_found, org_relations = org_mentions(view, post.org, FoundAs.BODY_OF_PERSON_POST)
        if post.borrowed:  # the title is no name of the body
            org_found = [replace(org_found[0], text="", aliases=()), *org_found[1:]]
        relations += org_relations
        mentions += [m for m in org_found if post.finished_later
                     or not view.covered(m.span.start, m.span.end, ("Organization",))]
        # the body an earlier extractor found there, whatever label each reading gave it
        body = org_found[0] if post.finished_later else \
            view.found_at("Organization", org_found[0].span) or org_found[0]
        relations.append(view.relation(person, "holdsPost", body, ExtractorName.PEOPLE, role=post.role))
        bodies.append((post.start, post.role, body))
        if person.extractor == ExtractorName.PEOPLE:
            view.context.post_holders.setdefault((match_key(post.role), match_key(body.label)), set()).add(person.label)


def _a_country_before_a_name(view: SentenceView, i: int) -> bool:
    country = foreign_country_at(view.tokens, i)
    return bool(country) and _country_before_a_name(view, i + country)


def _no_name_begins(view: SentenceView, i: int) -> bool:
    """Whether token i cannot begin a name: no capitalised word, a cue word, a body's or
    place's word, a photo's credit ("Ảnh: Mai Hoa"), a street ("phố Tôn Thất Thuyết"), or
    the country a title ends in before its holder's name ("Phó Thủ tướng Lào Vilay
    Lakhamphong")."""
    tokens = view.tokens
    t = tokens[i]
    return not (t.is_word and t.is_cap) or t.key in _CUE_WORDS and not _family_name_of_a_woman(tokens, i) \
        and not _family_name_after_a_cue(tokens, i) \
        or _dong_chi(tokens, i) \
        or view.covered(t.start, t.end, ("Organization", "Place")) or _credit_before(tokens, i) \
        or i > 0 and _a_source_s_credit(tokens) or named_after_someone_before(tokens, i) \
        or _a_streets_name(tokens, i) or _an_address_before(tokens, i) or _a_country_before_a_name(view, i) \
        or i > 1 and tokens[i - 1].text in _STREETS_JOINED and _a_listed_streets_name(tokens, i) \
        or _inside_a_proper_name(view, i)


def _inside_a_proper_name(view: SentenceView, i: int) -> bool:
    """ "sân bay Tân Sơn Nhất", "chùa Ba Vàng Quảng Nam": one capitalised word after a word in small letters,
    right before token i, that no title, body, place, country, cue word or family name accounts for opens a
    proper name that goes on at i, inside which no person's name begins ("Sơn Nhất"); not a sentence's first
    word ("Theo Trần Liên"), a short form ("ThS"), nor a country ("Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng")."""
    tokens = view.tokens
    if i < 2 or not (tokens[i - 2].is_word and not tokens[i - 2].is_cap):
        return False
    before = tokens[i - 1]
    return before.is_word and before.is_cap and before.text[1:].islower() and before.key not in _CUE_WORDS \
        and not family_name_word(before.key) and before.key not in words_of_titles() \
        and before.key not in _COUNTRIES_AND_BAPTISMAL_NAMES and not view.covered(before.start, before.end)


# a country's name or a Christian's baptismal name before a person's ("chống Mỹ Đoàn Thế Phiệt", "Linh mục
# Phêrô Nguyễn Thanh Dũng")
_COUNTRIES_AND_BAPTISMAL_NAMES: Final = frozenset(
    fold(w) for w in (*cues("foreign_countries"), *cues("countries_named_as_places"), *cues("baptismal_names"))
    if " " not in w)


_WOMANS_MIDDLE_NAME: Final = fold(cue("womans_middle_name"))


def _family_name_of_a_woman(tokens: list[Token], i: int) -> bool:
    """ "Ông Thị Diệu": a cue word that is also a family name, before a woman's middle name and her given
    name, is her family name (no woman is called "ông"); not before "Thị" alone ("Ông Thị bị kỷ luật":
    Mr Thị, named back by his given name)."""
    return i + 2 < len(tokens) and tokens[i + 1].key == _WOMANS_MIDDLE_NAME and tokens[i + 1].is_cap \
        and tokens[i + 2].is_word and tokens[i + 2].is_cap and family_name_word(tokens[i].key)


def _family_name_after_a_cue(tokens: list[Token], i: int) -> bool:
    """ "đồng chí Ông Văn Thạch": a capitalised cue word that is also a family name, right after
    a cue word, is the family name (no one says "đồng chí ông")."""
    return tokens[i].is_cap and _after_a_cue_word(tokens, i) and family_name_word(tokens[i].key) \
        and i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].is_cap


def _a_streets_name(tokens: list[Token], i: int) -> bool:
    """Whether "phố", "đường" in small letters stand before token i, not as part of a level
    ("thành phố Bùi Thị Minh Hà": the holder of a post of the city)."""
    if i == 0 or tokens[i - 1].is_cap or tokens[i - 1].key not in _STREETS_LAST_WORDS \
            or not cue_before(tokens, i, "streets"):
        return False
    return not any(keys(tokens, i - len(words), i) == words for words in _NOT_STREETS)


_NUMBER_WORD: Final = fold(cue("number_word"))


_STREETS_JOINED: Final = frozenset((",", "-", "–", cue("and")))
_LONGEST_STREETS_LIST: Final = 5  # names


def _a_listed_streets_name(tokens: list[Token], i: int) -> bool:
    """Whether the name at token i goes on a list of streets ("các trục đường Hoàng Sa, Trường Sa, Phạm Văn Đồng",
    "ngã tư phố Lò Đúc - Nguyễn Công Trứ"): after a comma, a dash or "và", names back to a street's word."""
    for _ in range(_LONGEST_STREETS_LIST):
        if i < 2 or tokens[i - 1].text not in _STREETS_JOINED:
            return False
        k = i - 1
        while k > 0 and tokens[k - 1].is_word and tokens[k - 1].is_cap:
            k -= 1
        if k == i - 1:
            return False
        if _a_streets_name(tokens, k):
            return True
        i = k
    return False


def _past_a_streets_name(tokens: list[Token], i: int) -> int:
    """The token after a street's or a prize's name that begins at token i, none of whose words begins a
    person's ("đại lộ Nguyễn Tất Thành", not "Tất Thành"); else the next token."""
    if not tokens[i].is_cap or tokens[i].key in _CUE_WORDS or not (
            _a_streets_name(tokens, i) or named_after_someone_before(tokens, i) or _a_listed_streets_name(tokens, i)):
        return i + 1  # (a word of address opens a name, a sentence's full stop left out: "tại trường Cô Nguyễn Thị A")
    return max(i + 1, person_name_end(tokens, i))


def _an_address_before(tokens: list[Token], i: int) -> bool:
    """ "tại số 101 Trần Hưng Đạo, Hà Nội", "Số 9 - Trần Khát Chân - Hà Nội": a house's number, and the
    street named after someone."""
    if i >= 3 and tokens[i - 1].text in DASHES:
        i -= 1
    while i >= 4 and tokens[i - 2].text in ("-", "/") and tokens[i - 3].text.isdigit():
        i -= 2  # "số 51-53 Trịnh Đình Trọng": a range of numbers
    return i >= 2 and tokens[i - 2].key == _NUMBER_WORD and tokens[i - 1].text[:1].isdigit() \
        and tokens[i - 1].text.rstrip("ABCDEFGHabcdefgh").isdigit()


def _country_before_a_name(view: SentenceView, i: int) -> bool:
    """Whether a name begins at token i after a title that ends in a foreign country ("Phó
    Thủ tướng Lào Vilay Lakhamphong")."""
    tokens = view.tokens
    country = 1 if i >= 1 and foreign_country_at(tokens, i - 1) == 1 else \
        2 if i >= 2 and foreign_country_at(tokens, i - 2) == 2 else 0
    if not country or person_name_end(tokens, i, cued=True) == i:
        return False
    return any((post := parse_post(tokens, s, view.context)) is not None and post.end == i
               or (title := bare_title(tokens, s)) is not None and title.end == i - country
               for s in range(max(0, i - _LONGEST_POST), i - country))  # "Bí thư BCH TƯ Đảng Cộng sản Cuba A"


def _not_a_name(tokens: list[Token], i: int, end: int) -> bool:
    """Capitalised words that only look like a full name: a year of the cycle ("Tết Giáp
    Thìn"), or a body's words cut inside a word written on in small letters ("Đoàn Thư
    ký", "Đoàn Kiểm tra": the family name "Đoàn" and a word of the body's name)."""
    if end - i == 2 and (lunar_year(tokens[i].key, tokens[i + 1].key) or _a_localitys_name(tokens, i)
                         or _listed_after_a_place(tokens, i)):
        return True
    return end < len(tokens) and tokens[end].is_word and not tokens[end].is_cap \
        and (tokens[end - 1].key, tokens[end].key) in name_words()


# (of one word: "thành phố" ends as "tổ dân phố" does, and a city's post holder may follow it)
_LOCALITIES: Final = frozenset(fold(w) for w in cues("localities") if len(surface_words(w)) == 1)


def _a_localitys_name(tokens: list[Token], i: int) -> bool:
    """Whether a hamlet's word in small letters stands before token i ("tại ấp Tô Bình", "thôn Hà
    Đông"): two capitalised words after it are the hamlet's name, not a person's."""
    return i > 0 and tokens[i - 1].key in _LOCALITIES and not tokens[i - 1].is_cap


_LONGEST_LISTED_PLACE: Final = 3


def _listed_after_a_place(tokens: list[Token], i: int) -> bool:
    """Whether token i follows a comma after a list's item of capitalised words that opens with no
    family name ("bốn xã là Khao Mang, Hồ Bốn, Lao Chải": "Khao Mang" is no one, and so the list is
    of places)."""
    if i < 2 or tokens[i - 1].text != ",":
        return False
    start = i - 1
    while start > 0 and i - 1 - start < _LONGEST_LISTED_PLACE and tokens[start - 1].is_word \
            and tokens[start - 1].is_cap:
        start -= 1
    return start < i - 1 and (start == 0 or not tokens[start - 1].is_word or not tokens[start - 1].is_cap) \
        and not family_name_word(tokens[start].key) and tokens[start].key not in _CUE_WORDS


_BODY_FAMILY_NAMES: Final = frozenset(fold(w) for w in cues("family_names_that_name_bodies"))
_LONGEST_SYLLABLE: Final = 7  # "nghiêng": no Vietnamese syllable is longer


def _no_syllable(token: Token) -> bool:
    """A word no Vietnamese syllable spells: a capital inside it ("PVTrans") or too long
    ("Vietsovpetro"), a company's or a foreign name's."""
    letters = token.text.replace("'", "").replace("’", "")
    return len(letters) > _LONGEST_SYLLABLE or any(c.isupper() for c in letters[1:])


def _a_body_named_short(view: SentenceView, i: int, end: int) -> bool:
    """Whether the capitalised words at token i go on a capitalised word before them into the name of
    a body the article has named with its head ("Công ty Than Dương Huy" … "Than Dương Huy vinh dự
    được …"): the body named without its head, not a person "Dương Huy"."""
    tokens = view.tokens
    start = i
    while start > 0 and tokens[start - 1].is_word and tokens[start - 1].is_cap:
        start -= 1
    if start == i:
        return False
    short = f" {text_of(tokens, start, end)}"
    return any(label.endswith(short) for seen in view.context.recent_orgs.values() for _, label in seen)


# countries and continents whose names read as a person's ("Thái Lan", "Châu Á": a family name and a given one)
_COUNTRIES_AND_CONTINENTS: Final = frozenset(
    (*cues("foreign_countries"), *cues("countries_named_as_places"), *cues("continents")))


def _a_place(view: SentenceView, name: str) -> bool:
    return name in lexicon().provinces or name in _COUNTRIES_AND_CONTINENTS \
        or view.context.known_place(name) is not None


def _a_place_or_its_union(view: SentenceView, i: int, end: int) -> bool:
    """Capitalised words no cue announces that name a place, not a person: a province, or a
    place the article names with its level anywhere ("thôn Hà Đông" ... "Hà Đông"); or a
    youth union by its short name, "Đoàn" (a family name too) before a place or a company
    ("Đoàn Đồng Nai", "huyện Đoàn Cư M'gar", "Đoàn PVTrans")."""
    tokens = view.tokens
    name = clean_label(text_of(tokens, i, end))
    if _a_place(view, name):
        # (not "Chủ tịch Hồ Chí Minh", "phong cách Hồ Chí Minh" where the article names the city)
        return name != UNCLE_HO or not cue_before(tokens, i, "cites_uncle_ho")
    if tokens[i].key not in _BODY_FAMILY_NAMES:
        return False
    return _a_place(view, clean_label(text_of(tokens, i + 1, end))) or _no_syllable(tokens[i + 1])


def _posts_of(view: SentenceView, i: int, end: int) -> list[PostMatch]:
    """The posts of the person named by tokens i..end: those the text names them by (after
    and before the name), made former where they leave them, and those they take up."""
    tokens = view.tokens
    before = _posts_before(view, i) or _minister_of_the_ministry_named(view, i) \
        or _titled_as_named_before(view, i, end) or _secretary_of_the_committee_named_before(view, i)
    after_name = skip_parenthesis(tokens, end, words=4)
    cell = _cell_of_the_place_headed(view, after_name)  # (before the chain, which would read the cell alone)
    after = cell + _posts_after(view, cell[-1].end) if cell else _posts_after(view, after_name, after_name=True)
    posts = after + before + _career_listed(view, end)
    if _leaving(tokens, i) or after and _leaves_them(tokens, max(p.end for p in after)) \
            and not cue_before(tokens, _cues_start(tokens, i), "replacing"):
        posts = [_former(p) for p in posts]
    taken = [] if _agent(tokens, before[0].start if before else _cues_start(tokens, i)) \
        else _posts_taken_up(view, end, i)
    taken = [_committee_of_the_body_held(p, posts) for p in taken]
    promoted = _promoted_from(view, end, taken[0]) if taken else None
    if promoted is not None:  # read alone, the title took a body from elsewhere in the article, if any
        posts = [p for p in posts if p.start != promoted.start] + [promoted]
    if taken and _moved(tokens, i, end, taken[0].start):
        posts = [_former(p) for p in posts if (p.role, p.org.label) not in {(q.role, q.org.label) for q in taken}]
    elif taken:
        posts = [_former(p) if _deputy_made_head(p, taken) else p for p in posts]
    # ("A, Bí thư X, thôi giữ chức Bí thư X": the post held and left, resolve._left_posts_said_as_held)
    return posts + taken + _posts_taken_up_together(view, i, end) + _posts_decided_for(view, i) \
        + _post_that_is(view, i) + _posts_the_person_is(view, i, end)


def _deputy_made_head(post: PostMatch, taken: list[PostMatch]) -> bool:
    """ "A, Phó Bí thư Thường trực Đảng ủy Học viện X, giữ chức Bí thư Đảng ủy Học viện X": the deputy's
    post a person is named with, in the body whose head's post they take up, is one they leave."""
    role = fold(post.role)
    if not role.startswith(f"{_DEPUTY} ") or not post.org.label:
        return False
    return any(post.org.label == t.org.label and (head := _head_of(t.role))
               and role.removeprefix(f"{_DEPUTY} ").startswith(head) for t in taken)


def _cell_of_the_place_headed(view: SentenceView, k: int) -> list[PostMatch]:
    """ "ông A, Bí thư chi bộ - Trưởng thôn Khe Mai", "bà B, Phó Bí thư Chi bộ, Trưởng buôn Tây Mai":
    the party cell a bare secretary's title is of is that of the place below a commune the person
    heads, named next (the village's head is no post of a body)."""
    tokens = view.tokens
    if not (k + 1 < len(tokens) and tokens[k].text in _COMMA_OR_DASH):
        return []
    title = bare_title(tokens, k + 1, any_case=True)
    if title is None or fold(title.head.role) != _SECRETARY_KEY:
        return []
    j = title.end + len(_CELL_WORDS)
    if keys(tokens, title.end, j) != _CELL_WORDS or j + 2 >= len(tokens) \
            or not (tokens[j].text in _COMMA_OR_DASH or tokens[j].key == _CONCURRENTLY) \
            or tokens[j + 1].key != _HEAD_OF_A_PLACE:
        return []
    place = j + 2
    locality = next((w for w in _LOCALITY_NAMES if keys(tokens, place, place + len(w)) == w), None)
    name_end = place_name_run(tokens, place + len(locality)) if locality is not None else place
    if locality is None or name_end <= place + len(locality):
        return []
    while name_end + 1 < len(tokens) and tokens[name_end].text == "-" and tokens[name_end + 1].is_cap \
            and tokens[name_end].start == tokens[name_end - 1].end:
        name_end = max(name_end + 1, place_name_run(tokens, name_end + 1))  # "thôn Khe Ngà-Pỏ Mảy": one name
    label = f"{cue('party_cell')} {text_of(tokens, place, name_end)}"
    return [PostMatch(title.start, name_end, title.former + title.role,
                      OrgMatch(place, name_end, label, "PartyOrganization", cue("party_cell")))]


_SECRETARY_KEY: Final = fold(cue("secretary"))
_CELL_WORDS: Final = surface_words(cue("party_cell"))
_HEAD_OF_A_PLACE: Final = fold(cue("head_of_a_place"))
_LOCALITY_NAMES: Final = tuple(sorted(map(surface_words, cues("localities")), key=len, reverse=True))


def _career_listed(view: SentenceView, end: int) -> list[PostMatch]:
    """ "Ông A từng giữ các chức vụ: Trưởng phòng X, Sở Y; Giám đốc Sở Y; Phó Chủ tịch UBND tỉnh Z; Tổng cục
    trưởng Tổng cục W": the posts a career lists after a colon, one an item, were held before ("nguyên");
    the last, held up to now, is left to what the article says of it elsewhere.  "Ông từng là X; Y; Z":
    the posts it was, the last too."""
    tokens = view.tokens
    text = view.sentence.text
    if ":" not in text and ";" not in text:
        return []
    # "Ông A từng giữ …", "Ông A (52 tuổi, quê X) là cử nhân luật, từng kinh qua …": what the person is, then
    # the career (past no other person's name)
    once = next((j for j in range(end + 1, min(end + _LONGEST_CAREER_OPENING, len(tokens)))
                 if cue_before(tokens, j, "held_once")), None)
    said = len(cue_ending_before(tokens, once, "held_once") or ()) if once is not None else 0
    if once is not None and once - said > end \
            and (tokens[once - said - 1].text != "," or any(_another_name(view, k) for k in range(end, once))):
        once = None
    if once is not None and tokens[once].key == _IS and ";" in text:
        return [_former(p, seats_too=True) for item in _career_items(view, once + 1) for p in item]
    # (the list's colon past the capitals of what the posts were of: "đảm nhiệm nhiều cương vị quan trọng
    # của Đảng, Nhà nước như: …"; else where the first capital begins a post, after "như")
    lead = range(once, min(once + _LONGEST_CAREER_LEAD, len(tokens))) if once is not None else range(0)
    colon = next((j for j in lead if tokens[j].text == ":"), None) \
        or next((j for j in lead if tokens[j].is_cap or tokens[j].text in _SENTENCE_STOPS), None)
    if colon is None or tokens[colon].text != ":" and not cue_before(tokens, colon, "career_listed_as"):
        return []
    # ("từng trải qua nhiều chức vụ như Phó Vụ trưởng Vụ X; …": the list begins at its first post)
    items = _career_items(view, colon + 1 if tokens[colon].text == ":" else colon)
    if _a_later_step_after(tokens, items):
        # "…: X; Y, Z, trước khi trở thành W": the list ends before the next step, its last post left too
        return [_former(p, seats_too=True) for item in items for p in item]
    if len(items) == 1:
        # "từng kinh qua các chức vụ: X, Y, Z": one chain, its posts the steps (the last left, as above)
        return [_former(p, seats_too=True) for p in items[0][:-1]]
    return [_former(p, seats_too=True) for item in items[:-1] for p in item]


def _a_later_step_after(tokens: list[Token], items: list[list[PostMatch]]) -> bool:
    """Whether the career's list is followed by a step taken after it ("…, trước khi trở thành Phó Chủ tịch
    TPHCM vào đầu năm 2010"): a comma and the words of what someone did next."""
    last = max((p.end for item in items for p in item), default=0)
    return 0 < last < len(tokens) - 1 and tokens[last].text == "," \
        and keys(tokens, last + 1, last + 1 + len(_BEFORE_TAKING_UP)) == _BEFORE_TAKING_UP


def _career_items(view: SentenceView, j: int) -> list[list[PostMatch]]:
    """The posts of each item of a career listed from token j on, the items parted by semicolons."""
    tokens = view.tokens
    items: list[list[PostMatch]] = []
    while j < len(tokens) and len(items) < _LONGEST_CAREER:
        chain = _posts_after(view, j - 1, joined=True)
        semicolon = next((m for m in range(j, len(tokens)) if tokens[m].text == ";"), None)
        items.append([p for p in chain if semicolon is None or p.end <= semicolon])
        if semicolon is None:
            break
        j = semicolon + 1
    return items


# "từng đảm nhiệm các chức danh, chức vụ quản lý quan trọng … như:", "đã trải qua nhiều vị trí công tác, đảm
# nhiệm nhiều cương vị quan trọng của Đảng, Nhà nước như:"
_LONGEST_CAREER_LEAD: Final = 24
_SENTENCE_STOPS: Final = frozenset((".", ";", "?", "!"))
_LONGEST_CAREER: Final = 12


def _in_a_bare_party_committee(tokens: list[Token], at: int) -> PostMatch | None:
    """ "… làm Bí thư Đảng ủy.": a title in a party committee named by its head alone, at the clause's
    end, that the body the person holds a post in names (``_committee_of_the_body_held``)."""
    title = bare_title(tokens, at)
    end = title.end + len(_PARTY_COMMITTEE_WORDS) if title is not None else at
    if title is None or keys(tokens, title.end, end) != _PARTY_COMMITTEE_WORDS \
            or end < len(tokens) and tokens[end].is_word:
        return None
    return PostMatch(title.start, end, title.former + title.role,
                     OrgMatch(title.end, end, _PARTY_COMMITTEE, _PARTY_COMMITTEE_KIND, _PARTY_COMMITTEE))


_PARTY_COMMITTEE_WORDS: Final = surface_words(_PARTY_COMMITTEE)


def _committee_of_the_body_held(taken: PostMatch, held: list[PostMatch]) -> PostMatch:
    """ "A - Giám đốc Sở KH&CN làm Bí thư Đảng ủy": a party committee named bare in a post taken up is
    that of the body the person holds a post in, named before."""
    org = taken.org
    if org.head != _PARTY_COMMITTEE or org.end - org.start != len(_PARTY_COMMITTEE_WORDS):
        return taken  # (one the article completed on its own too: the person's body names it)
    body = next((p.org for p in reversed(held) if p.org.kind not in _COMMITTEES_AND_BOARDS and p.org.label), None)
    finished = complete_board(taken, body) if body is not None else None
    return finished if finished is not None else taken


_COMMITTEES_AND_BOARDS: Final = frozenset(("PartyCommittee", "PartyBoard", "PartyOrganization", "Role"))


_IN_CHARGE_WORDS: Final = surface_words(cue("in_charge"))


def _promoted_from(view: SentenceView, name_end: int, taken: PostMatch) -> PostMatch | None:
    """ "bổ nhiệm PGS.TS A, Phó Giám đốc phụ trách, giữ chức Giám đốc Bệnh viện X": the title
    right after the name, its body not written and of the kind of the post taken up (a deputy
    made head), is held in the body the text names once, with the post taken up."""
    tokens = view.tokens
    if not (name_end + 1 < len(tokens) and tokens[name_end].text in _COMMA_OR_DASH):
        return None
    title = bare_title(tokens, name_end + 1, any_case=True)
    if title is None:
        return None
    role, end = title.former + title.role, title.end
    if keys(tokens, end, end + len(_IN_CHARGE_WORDS)) == _IN_CHARGE_WORDS:
        role, end = f"{role} {cue('in_charge')}", end + len(_IN_CHARGE_WORDS)  # "Phó Giám đốc phụ trách,"
    if not (end < taken.start and tokens[end].text in _COMMA_OR_DASH) \
            or not _same_title(title.role, taken.role) or fold(title.role) == fold(taken.role):
        return None
    return _borrowing(PostMatch(title.start, end, role, taken.org), taken.org)


_MINISTERS: Final = frozenset(cues("ministers"))
_MINISTRY: Final = cue("ministry")
_FOREIGN_COUNTRIES: Final = tuple(cues("foreign_countries"))
_COUNTRY: Final = cue("country")


def _minister_of_the_ministry_named(view: SentenceView, i: int) -> list[PostMatch]:
    """ "Bộ trưởng Lương Tam Quang": a minister's title alone before a name is of the
    ministry the text named last (not a foreign country's)."""
    tokens = view.tokens
    start = _cues_start(tokens, i)
    title = next((t for s in range(max(0, start - 3), start)
                  if (t := bare_title(tokens, s)) is not None and t.end == start), None)
    if title is None or title.head.role not in _MINISTERS:
        return []
    named = [label for pos, label in view.context.recent_orgs.get(fold(_MINISTRY), [])
             if pos < tokens[title.start].start and len(label.split()) > 1]
    named = [label for label in named if not any(f" {c} " in f"{label} " for c in _FOREIGN_COUNTRIES)]
    if len({label.removesuffix(f" {_COUNTRY}") for label in named}) > 1:
        # "Bộ X hiện có 6 Thứ trưởng; người trẻ nhất là Thứ trưởng A": the one this sentence names
        named = [label for pos, label in view.context.recent_orgs.get(fold(_MINISTRY), [])
                 if view.sentence.start <= pos < tokens[title.start].start and label in named]
    if len({label.removesuffix(f" {_COUNTRY}") for label in named}) != 1:
        return []  # none, or more than one ministry: which one is not told
    most = max(named, key=lambda label: (named.count(label), -len(label)))
    org = OrgMatch(title.start, title.end, most, "StateBody", _MINISTRY)
    return [PostMatch(title.start, title.end, title.former + title.role, org, borrowed=True)]


_PLURAL: Final = fold(cue("plural_of_posts"))
# "các Phó Giám đốc", or counted: "hai Phó Viện trưởng", "02 Phó Chủ tịch"
_PLURAL_WORD: Final = patterns.compile(rf"(?<!\w)({_PLURAL}|{'|'.join(cues('counts'))}|\d+)\s", re.IGNORECASE)
_ADDRESS_FIRST: Final = frozenset(surface_words(a)[0] for a in cues("addresses"))  # "đồng" of "đồng chí", "ông"


def _posts_over_a_list(view: SentenceView, people: list[Mention],
                       bodies: list[tuple[int, str, Mention]]) -> Found:
    """ "các Phó Giám đốc Sở GDĐT: ông A, bà B và ông C": a post in the plural over a
    list of people after a colon; each of them holds it.  The body may be left to the
    post read just before ("Giám đốc Học viện; các Phó Giám đốc: A, B")."""
    tokens = view.tokens
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    text = view.sentence.text
    if not people:
        return mentions, relations  # each post read here is held by people the sentence names
    if ":" in text:
        plurals: Iterable[int] = range(len(tokens))
    elif len(people) > 1:  # names joined by "và" or by commas ("các Phó Chủ tịch UBND tỉnh A, B.")
        # no colon: only "các … A và B", at each "các" the text has (found in it, not token by token)
        plurals = [token_at(tokens, view.sentence.start + at.start(1)) for at in _PLURAL_WORD.finditer(text)]
    else:
        return mentions, relations  # no list (after a colon: _list_colon; or names joined by "và")
    for k in plurals:
        t = tokens[k]
        if t.key != _PLURAL and not _a_count(t):
            continue
        first = k + 1
        if first < len(tokens) and tokens[first].key in _ADDRESS_FIRST:
            first += 2 if tokens[first].key == _COMRADE[0] else 1  # "các đồng chí Phó Bí thư Tỉnh ủy: ..."
        post = parse_post(tokens, first, view.context, any_case=first < len(tokens) and not tokens[first].is_cap)
        if post is None and first < len(tokens) and tokens[first].is_cap:
            # "4 Phó bí thư Thành ủy gồm …": a title's words after its first in small letters, its body in capitals
            post = parse_post(tokens, first, view.context, any_case=True)
            post = post if post is not None and tokens[post.org.start].is_cap else None
        if post is None:
            _posts_of_the_body_before(view, first, people, bodies, mentions, relations, _how_many(t))
            continue
        end = post.end
        if end + 1 < len(tokens) and tokens[end].key in _TERM_OF_OFFICE:
            end += 2  # "... Tỉnh ủy khóa XIX: A, B"
        # a chain of posts all of them hold: "các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung
        # ương Đảng: A, Trưởng Ban …; B, …"
        chain = [post]
        while end + 1 < len(tokens) and tokens[end].text == "," and _list_colon(tokens, end) is None \
                and (more := parse_post(tokens, end + 1, view.context)) is not None:
            chain.append(more)
            end = more.end
        at = _list_colon(tokens, end) or _comrades_listed_after(tokens, end)  # "Các Phó Bí thư Tỉnh Đoàn gồm: A, B"
        if at is None:
            # "các Phó Chủ tịch UBND tỉnh A và B", "hai Phó Bí thư được bầu là A và B"
            listed = _names_said_after(view, end, people)
        else:
            listed = _listed_after(view, at, people, _how_many(t))
        if not listed:
            continue
        for held in chain:
            org_found, org_relations = org_mentions(view, held.org, FoundAs.BODY_OF_PERSON_POST)
            relations += org_relations
            mentions += [m for m in org_found if not view.covered(m.span.start, m.span.end, ("Organization",))]
            relations += [view.relation(p, "holdsPost", org_found[0], ExtractorName.PEOPLE, role=held.role)
                          for p in listed]
    return mentions, relations


def _names_listed_after(tokens: list[Token], k: int) -> bool:
    """Whether a colon at token k opens a list of names ("nguyên Tổng Bí thư: Lê Khả Phiêu, …")."""
    return k + 1 < len(tokens) and tokens[k].text == ":" and person_name_end(tokens, k + 1) > k + 1


def _former_title_over_a_list(view: SentenceView, people: list[Mention]) -> Found:
    """ "Tổng Bí thư A, nguyên Tổng Bí thư: B, C; Chủ tịch nước D": a former title, a colon and the
    names of those who held it, up to the semicolon; each of them held it (A holds his own)."""
    tokens = view.tokens
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    if ":" not in view.sentence.text:
        return mentions, relations
    for k, t in enumerate(tokens):
        if t.key not in FORMER_KEYS or (post := parse_post(tokens, k, view.context)) is None \
                or not _names_listed_after(tokens, post.end) or not (listed := _listed_people(view, post.end, people)):
            continue
        org_found, org_relations = org_mentions(view, post.org, FoundAs.BODY_OF_PERSON_POST)
        mentions += [m for m in org_found if not view.covered(m.span.start, m.span.end, ("Organization",))]
        relations += org_relations + [view.relation(p, "holdsPost", org_found[0], ExtractorName.PEOPLE, role=post.role)
                                      for p in listed]
    return mentions, relations


_LONGEST_BEFORE_IS: Final = 6


def _names_said_after(view: SentenceView, k: int, people: list[Mention]) -> list[Mention]:
    """The people a title in the plural ending at token k is said of: named right after it
    or after a few words and "là" (see _names_joined_after)."""
    return _names_joined_after(view, k, people) or _names_joined_after(view, _past_is(view.tokens, k), people)


def _past_is(tokens: list[Token], k: int) -> int:
    """Past a few words and "là" or "gồm" after a title in the plural ("hai Phó Bí thư được bầu là",
    "hai Phó Viện trưởng trong Ban Lãnh đạo Viện là"): where the names it is said of begin; else k."""
    for j in range(k, min(k + _LONGEST_BEFORE_IS, len(tokens) - 1)):
        if tokens[j].key in (_IS, _INCLUDES):  # (or "gồm": "các Phó Chủ tịch UBND tỉnh đều tái đắc cử gồm")
            return j + 1
        if not tokens[j].is_word and not (tokens[j].text == "," and tokens[j + 1].key == _INCLUDES):
            break  # (a comma before "gồm": "5 thứ trưởng khác, gồm …")
    return k


def _posts_of_the_body_before(view: SentenceView, first: int, people: list[Mention],
                              bodies: list[tuple[int, str, Mention]], mentions: list[Mention],
                              relations: list[RelationMention], count: int) -> None:
    """ "Giám đốc Học viện; các Phó Giám đốc: A, B": a bare title in the plural takes
    the body of the post of the same title read just before it in the sentence (or in the
    sentence before).  ``count``: how many hold it, where the text says ("bốn Phó Chủ tịch")."""
    tokens = view.tokens
    title = bare_title(tokens, first, any_case=first < len(tokens) and not tokens[first].is_cap)
    colon = _list_colon(tokens, title.end) if title else None
    # "Kiểm toán trưởng KTNN khu vực X cùng các Phó Kiểm toán trưởng A và B": the names right after
    # ("… cùng hai Phó Kiểm toán trưởng được bổ nhiệm là A và B")
    joined = _names_said_after(view, title.end, people) if title is not None and colon is None else []
    if title is None or colon is None and not joined:
        return
    holders = joined if colon is None \
        else _counted_after(view, colon, people, count) or _listed_people(view, colon, people)
    if len(holders) > 1 and not _shared_by_many(title.role):
        return  # "các bộ trưởng A, B và C": each the head of a body of their own
    earlier = [(start, role, body) for start, role, body in bodies
               if start < first and _same_title(role, title.head.role)]
    if not earlier:
        # "Viện trưởng VKSND tỉnh X chủ trì. Dự có hai Phó Viện trưởng là A và B": the body of
        # the post of the same title the sentence before named
        bare = PostMatch(title.start, title.end, title.former + title.role,
                         OrgMatch(title.end, title.end, "", "Role", ""))
        borrowed = _titled_as_in_the_sentence_before(view, bare, title.head.role) if holders else None
        if borrowed is not None:
            for person in holders:
                _hold_posts(view, person, [borrowed], mentions, relations, bodies)
        return
    body = max(earlier, key=lambda b: b[0])[2]
    relations += [view.relation(p, "holdsPost", body, ExtractorName.PEOPLE, role=title.role) for p in holders]


def _shared_by_many(role: str) -> bool:
    """Whether many hold the title in one body: a deputy's ("Phó Chủ tịch") or a member's, not a head's."""
    return fold(role).startswith(f"{_DEPUTY} ") or role == _MEMBER


def _counted_after(view: SentenceView, colon: int, people: list[Mention], count: int) -> list[Mention]:
    """ "Bốn Phó Chủ tịch còn lại là: A- …; B- …; C- …; D- …": the ``count`` people named first
    after the colon, whatever their own posts between them; none where fewer are named."""
    after = _named_between(people, view.tokens[colon].end, view.sentence.end)
    return after[:count] if count and len(after) >= count else []


def _names_joined_after(view: SentenceView, k: int, people: list[Mention]) -> list[Mention]:
    """The people named right after token k and joined by commas and "và" ("các Phó Chủ tịch
    UBND tỉnh ông A và ông B"), two or more of them; else none."""
    tokens = view.tokens
    joined: list[Mention] = []
    last_joiner = ""
    ended = False  # the list ends its clause after a name ("2 Thứ trưởng Bộ Y tế A, B; …")
    while k < len(tokens) and _names_next(people, tokens, k):
        if tokens[k].key == _IS and not joined:
            k += 1  # "các Phó Chủ tịch là ông A và ông B", as _names_next reads it
        k = _past_plural_address(tokens, k)
        if tokens[k].key in _ADDRESS_FIRST:
            k += 2 if tokens[k].key == _COMRADE[0] else 1
        person = next(p for p in people if p.span.start == tokens[k].start)
        if joined and last_joiner != _AND and len(person.text.split()) == 1:
            ended = True  # "… gồm các ông A, B, ông Phong hi vọng …": one named back opens the next clause
            break
        joined.append(person)
        k = skip_parenthesis(tokens, token_at(tokens, person.span.end), words=4)  # "bà A (tái cử) và ông B"
        if not (k + 1 < len(tokens) and tokens[k].key in (",", _AND)) or last_joiner == _AND:
            ended = k >= len(tokens) or tokens[k].text in _ENDS_A_LIST or tokens[k].is_word and not tokens[k].is_cap
            break
        last_joiner = tokens[k].key
        k += 1
    return joined if len(joined) > 1 and (last_joiner == _AND or ended) else []


_ENDS_A_LIST: Final = frozenset((";", ".", ")"))


def _posts_in_rosters(view: SentenceView, people: list[Mention]) -> list[RelationMention]:
    """ "Bộ Văn hóa, Thể thao và Du lịch có 04 Thứ trưởng: A, B, C", "Ban lãnh đạo Thông tấn xã
    Việt Nam gồm Tổng giám đốc A và 4 Phó tổng giám đốc là B, C": after a body and "có" or
    "gồm", each title left without a body of its own is a post in that body, held by the
    people named after it up to the next such title or semicolon."""
    tokens = view.tokens
    relations: list[RelationMention] = []
    rosters = [(body, k) for body in sorted(view.found("Organization"), key=lambda m: m.span.start)
               if (k := _opens_a_roster(tokens, token_at(tokens, body.span.end))) is not None]
    semicolons = [t.start for t in tokens if t.text == ";"]
    colons = [t.start for t in tokens if t.text == ":"]
    for n, (body, k) in enumerate(rosters):
        # a roster ends where the next body's begins ("Bộ A có 2 Thứ trưởng: …; Bộ B có …")
        last = token_at(tokens, rosters[n + 1][0].span.start) if n + 1 < len(rosters) else len(tokens)
        segments: list[tuple[str, int, int, bool, bool]] = []  # (title, where it starts, where its people
        past_semicolon = past_colon = False  # begin, whether it is of the one named next alone, whether announced)
        while k < last:
            past_semicolon = past_semicolon or tokens[k].text == ";"
            past_colon = past_colon or tokens[k].text == ":"
            title = bare_title(tokens, k, any_case=_counted_in_small_letters(tokens, k, colons))
            announced = title is not None and _announced(tokens, title.start, title.end)
            if title is not None and (tokens[k - 1].key == _OF or names_its_own_body(title)):
                # "X có công văn truyền đạt ý kiến của Phó Thủ tướng A": whose, not a roster's; "7 Ủy viên Bộ
                # Chính trị gồm: Tổng Bí thư A, Phó Thủ tướng B": a title of its own office, not the body's
                k = title.end
                continue
            if title is None or org_head_at(tokens, title.end) is not None or not (
                    announced or (not past_semicolon and _names_next(people, tokens, title.end))):
                k += 1
                continue
            segments.append((title.role, tokens[title.start].start, tokens[title.end - 1].end,
                             past_colon and not announced, announced))
            k = title.end
        stop = tokens[last].start if last < len(tokens) else view.sentence.end
        for m, (role, _, begin, alone, announced) in enumerate(segments):
            end = min([stop, *(s for s in semicolons if s >= begin), *(seg[1] for seg in segments[m + 1:m + 2])])
            if not announced:  # "… giúp việc cho Bộ trưởng A, gồm các ông: B, C": A's title, not B's
                end = min([end, *(c for c in colons if c >= begin)])
            held = _named_between(people, begin, end)
            colon = next((c for c in colons if c >= begin), None)
            if announced and not held and colon is not None:
                # "có 5 thứ trưởng giúp việc cho Bộ trưởng A, gồm các ông: B, C": the counted title's list,
                # past a title said of one person
                held = _named_between(people, colon, min([stop, *(s for s in semicolons if s >= colon)]))
            # "Tiểu ban gồm 5 người: A, …, Chủ tịch danh dự B, C, D": inside the list a colon opened, a
            # title no count or colon of its own announces is of the one named right after it alone
            relations += [view.relation(p, "holdsPost", body, ExtractorName.PEOPLE, role=role)
                          for p in (held[:1] if alone else held)]
    return relations


_DEPUTIES_GROUP: Final = patterns.compile(
    rf"(?i:{cue_alternatives('deputies_group')})(?:\s+{re.escape(cue('number_word'))}\s+\d+)?\s+$")
_CONSTITUENCY_THEN_MEMBERS: Final = patterns.compile(
    rf"\s*,?\s*(?:{cue_alternatives('constituency')}\s+\d+\s*)?(?:{cue_alternatives('opens_a_roster')})\b")
_MEMBERS_OF: Final = patterns.compile(rf"\b(?:{cue_alternatives('members_of')})\s+$")
_COUNCIL_MEMBER: Final = cue("council_member")
# "… và các đại biểu A", "; đại biểu B": a person named by the word for a deputy, in small letters
_NAMED_A_DEPUTY: Final = patterns.compile(rf"(?<![\w]){re.escape(cue('council_member').lower())}\s+$")
_COUNCIL: Final = cues("local_government")[1]


def _deputies_of_a_group(view: SentenceView, people: list[Mention]) -> list[RelationMention]:
    """ "Tổ đại biểu số 9 HĐND tỉnh gồm các đại biểu A, …; B, …", "A, …; B, … là các thành viên Tổ
    đại biểu HĐND tỉnh X": the members of a council's group of deputies are its deputies."""
    text, s = view.article.text, view.sentence
    relations: list[RelationMention] = []
    for council in view.found("Organization"):
        before = text[max(s.start, council.span.start - 30):council.span.start]
        named = _DEPUTIES_GROUP.search(before) if council.label.startswith(_COUNCIL) else None
        if named is None:
            continue
        group = council.span.start - len(before) + named.start()
        if _MEMBERS_OF.search(text, s.start, group):
            members = [p for p in people if p.span.end <= group]
        elif _CONSTITUENCY_THEN_MEMBERS.match(text, council.span.end):
            members = [p for p in people if p.span.start > council.span.end]
        else:
            continue
        relations += [view.relation(member, "holdsPost", council, ExtractorName.PEOPLE, role=_COUNCIL_MEMBER)
                      for member in members]
    return relations


def _deputies_named_so(view: SentenceView, people: list[Mention],
                       relations: list[RelationMention]) -> list[RelationMention]:
    """ "Tổ trưởng là bà A, Chủ tịch HĐND phường và các đại biểu B; đại biểu C": after a council
    named in the sentence, a person named "đại biểu" with no post of their own is its deputy."""
    text, s = view.article.text, view.sentence
    posted = {r.subject for r in relations if r.predicate == "holdsPost"}
    deputies = [person for person in people if person.key not in posted
                and _NAMED_A_DEPUTY.search(text, max(s.start, person.span.start - 20), person.span.start)]
    if not deputies:
        return []  # (most sentences: the article's sessions not asked of)
    councils = [c for c in view.found("Organization") if c.label.startswith(_COUNCIL)] or _council_in_session(view)
    out: list[RelationMention] = []
    for person in deputies:
        council = max((c for c in councils if c.span.end <= person.span.start), key=lambda c: c.span.end,
                      default=None)
        if council is not None:
            out.append(view.relation(person, "holdsPost", council, ExtractorName.PEOPLE, role=_COUNCIL_MEMBER))
    return out


def _council_in_session(view: SentenceView) -> list[Mention]:
    """The council whose session the article reports ("Kỳ họp thứ 11 HĐND thành phố X … đại biểu A đặt câu
    hỏi", "Kỳ họp thứ 9 Quốc hội … đại biểu B giải thích"): the one council the article's sessions name (a
    mention of it), where a deputy with no council in the sentence sits."""
    sessions = {m.label for m in view.article_mentions if m.type == "Event" and m.label.startswith(_SESSION_HEAD)}
    councils = {m.label: m for m in view.article_mentions if m.type == "Organization"
                and (m.label.startswith(_COUNCIL) or m.label == _NATIONAL_ASSEMBLY)
                and any(session.endswith(f" {m.label}") or f" {m.label} " in session for session in sessions)}
    return list(councils.values()) if len(councils) == 1 else []


_SESSION_HEAD: Final = cue("session_head")


def _titles_after_the_names(view: SentenceView, people: list[Mention]) -> list[RelationMention]:
    """ "Ban X được thành lập, gồm 3 đồng chí: A - Trưởng ban; B và C - Ủy viên": a roster
    after "gồm" and a colon whose titles follow the names, each after a dash at the end of
    its part; the posts are in the body named last before "gồm"."""
    tokens = view.tokens
    relations: list[RelationMention] = []
    for k, t in enumerate(tokens):
        colon = _roster_colon(tokens, k) if t.key in _OPENS_A_ROSTER else None
        if colon is None:
            continue
        bodies = [m for m in view.found("Organization") if m.span.end <= t.start
                  and not _inside_a_parenthesis(tokens, m.span.end, t.start)]
        if not bodies:
            continue
        body = max(bodies, key=lambda m: m.span.end)
        part = colon + 1
        while part < len(tokens):
            stop = next((j for j in range(part, len(tokens)) if tokens[j].text == ";"), len(tokens))
            end = stop - 1 if tokens[stop - 1].text == "." else stop
            dash = next((d for d in range(end - 2, part, -1) if tokens[d].text in DASHES), None)
            title = bare_title(tokens, dash + 1) if dash is not None else None
            if dash is not None and title is not None and title.end == end \
                    and not any(tokens[d].text in DASHES for d in range(part, dash)):
                relations += [view.relation(p, "holdsPost", body, ExtractorName.PEOPLE, role=title.role)
                              for p in people if tokens[part].start <= p.span.start < tokens[dash].start]
            part = stop + 1
    return relations


def _inside_a_parenthesis(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether a parenthesis closes between offsets start and stop that opened before start
    ("Ban X (nay là Đảng bộ tỉnh Y) gồm": "Đảng bộ tỉnh Y" is an aside)."""
    depth = 0
    for tok in tokens[token_at(tokens, start):token_at(tokens, stop)]:
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0:
            return True
    return False


def _roster_colon(tokens: list[Token], k: int) -> int | None:
    """The colon a few small words after "gồm" at token k ("gồm 3 đồng chí:"), or None."""
    for j in range(k + 1, min(k + 6, len(tokens))):
        if tokens[j].text == ":":
            return j
        if tokens[j].is_cap:
            return None
    return None


def _names_next(people: list[Mention], tokens: list[Token], k: int) -> bool:
    """Whether a person's name (or its cue, "là ông", "đồng chí") begins at token k."""
    if k < len(tokens) and tokens[k].key == _IS:
        k += 1
    k = _past_plural_address(tokens, k)
    if k < len(tokens) and tokens[k].key in _ADDRESS_FIRST:
        k += 2 if tokens[k].key == _COMRADE[0] else 1
    return k < len(tokens) and any(p.span.start == tokens[k].start for p in people)


def _past_plural_address(tokens: list[Token], k: int) -> int:
    """Past "các" before a word of address ("là các ông A, B và C"): at the word; past a rank ("gồm thượng
    tướng A, thượng tướng B"): at the name; else k."""
    if rank_at(tokens, k):
        return k + 2
    return k + 1 if k + 1 < len(tokens) and tokens[k].key == _PLURAL \
        and tokens[k + 1].key in _ADDRESS_FIRST else k


def _named_between(people: list[Mention], start: int, stop: int) -> list[Mention]:
    """The people named from offset ``start`` up to ``stop``, in the text's order."""
    return sorted((p for p in people if start <= p.span.start < stop), key=lambda p: p.span.start)


def _counted_in_small_letters(tokens: list[Token], k: int, colons: list[int]) -> bool:
    """ "Bộ X có 5 thứ trưởng …, gồm các ông: A, B": a word in small letters after a count or the plural (a
    title's, may be), one of the sentence's ``colons`` after it, or "gồm" a few words on ("có 5 thứ trưởng khác,
    gồm thượng tướng A, …"; not "có 60 thành viên là các doanh nghiệp")."""
    return k > 0 and not tokens[k].is_cap and (tokens[k - 1].key == _PLURAL or _a_count(tokens[k - 1])) \
        and (bool(colons) and colons[-1] > tokens[k].start
             or any(t.key == _INCLUDES for t in tokens[k + 1:k + 1 + _INCLUDES_REACH]))


_INCLUDES_REACH: Final = 5  # tokens: "thứ trưởng khác , gồm"


def _announced(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a title heads a list of its holders: counted or plural before it ("04 Thứ
    trưởng", "các Phó Giám đốc") or a colon after it."""
    return (start > 0 and (tokens[start - 1].key == _PLURAL or _a_count(tokens[start - 1]))) \
        or _list_colon(tokens, end) is not None


def _listed_after(view: SentenceView, at: int, people: list[Mention], count: int) -> list[Mention]:
    """The people a title in the plural is said of, listed after its colon at token ``at``: the list
    runs through its semicolons ("A, Ủy viên ...; B; C") to the sentence's end (a full stop inside a
    sentence is an abbreviation's: "PGS.TS. A"), or to the colon of the next list ("…; các đồng chí:
    C, …; D, …": those are not of this title); after a comma, those addressed ("đồng chí A, …; đồng
    chí B", not "cùng nguyên Tổng Bí thư X")."""
    tokens = view.tokens
    colon = tokens[at].end
    stop = next((t.start for t in tokens[at + 1:] if t.text == ":"), view.sentence.end)
    listed = _counted_after(view, at, people, count) or [p for p in people if colon <= p.span.start < stop]
    if tokens[at].text == ",":
        listed = [p for p in listed if _after_a_cue_word(tokens, token_at(tokens, p.span.start))]
    return listed


def _comrades_listed_after(tokens: list[Token], k: int) -> int | None:
    """ "cùng các đồng chí Ủy viên Bộ Chính trị, đồng chí A, …; đồng chí B, …": a comma, then each of the
    people the title in the plural is said of, addressed, as after a colon; the comma's token, or None."""
    return k if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].key in _ADDRESS_FIRST \
        and ";" in (t.text for t in tokens[k:]) else None


def _list_colon(tokens: list[Token], k: int) -> int | None:
    """The token of the colon that opens a list right after a title ("Thứ trưởng:",
    "Thứ trưởng, gồm:", "Phó Chủ tịch là:", "… gồm các ông:"), or None."""
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if keys(tokens, k, k + len(_THE_REST)) == _THE_REST:
        k += len(_THE_REST)  # "Bốn Phó Chủ tịch còn lại là:"
    if k < len(tokens) and tokens[k].key in _LIST_FOLLOWS:
        k += 1
    if k + 1 < len(tokens) and tokens[k].key == _PLURAL and tokens[k + 1].key in _ADDRESS_FIRST:
        k += 3 if tokens[k + 1].key == _COMRADE[0] else 2  # "6 Phó Chủ tịch UBND TP gồm các ông: A, B"
    return k if k < len(tokens) and tokens[k].text == ":" else None


def _listed_people(view: SentenceView, colon: int, people: list[Mention]) -> list[Mention]:
    """The people listed after the colon, up to a semicolon or the sentence's end."""
    tokens = view.tokens
    start = tokens[colon].end
    # "các Phó Giám đốc: PGS.TS. A; TS. B; cùng …": a semicolon between names alone goes on with the list
    stop = next((x.start for k, x in enumerate(tokens[colon + 1:], colon + 1)
                 if x.text == ";" and not _a_name_alone_after(view, k, people)), view.sentence.end)
    return [p for p in people if start <= p.span.start < stop]


def _a_name_alone_after(view: SentenceView, k: int, people: list[Mention]) -> bool:
    """Whether the semicolon at token k is followed by a person's name (after at most a degree)
    that a semicolon or the sentence's end follows: one more of a list of names."""
    tokens = view.tokens
    after = tokens[k + 1].start if k + 1 < len(tokens) else view.sentence.end
    named = next((p for p in people if after <= p.span.start <= after + 12), None)
    if named is None:
        return False
    rest = view.article.text[named.span.end:view.sentence.end].lstrip()
    return rest[:1] in (";", ".", "")


_COUNT_VALUES: Final = {fold(word): n for n, word in enumerate(cues("counts"), 2)}  # "hai" 2, "ba" 3, …


def _how_many(token: Token) -> int:
    """How many holders a count before a title says ("04", "bốn": 4); 0 for "các" and the like."""
    return int(token.text) if token.text.isdecimal() else _COUNT_VALUES.get(token.key, 0)


def _a_count(token: Token) -> bool:
    """ "04", "bốn": how many hold the title that follows ("có 04 Thứ trưởng: ...")."""
    return token.text.isdigit() or token.key in _COUNTS



def _opens_a_roster(tokens: list[Token], k: int) -> int | None:
    """Where a body's roster begins, when the words at token k open one ("có", "gồm",
    "hiện có"), else None."""
    if k < len(tokens) and tokens[k].key == _CURRENTLY:
        k += 1
    return k + 1 if k < len(tokens) and tokens[k].key in _OPENS_A_ROSTER else None


_UNCLE: Final = cue("uncle")


def _uncle_ho(view: SentenceView) -> list[Mention]:
    """ "Bác" after "theo", "gương", "của" is Hồ Chí Minh in this genre."""
    tokens = view.tokens
    found = []
    for i, t in enumerate(tokens):
        if t.text == _UNCLE and i > 0 and tokens[i - 1].key in _UNCLE_HO_BEFORE:
            if i + 1 < len(tokens) and tokens[i + 1].is_cap and tokens[i + 1].is_word or _in_quotes(view, i):
                continue  # "Phong trào “Mỗi chi bộ một việc làm theo Bác”": a model's name, not him
            found.append(view.mention("Person", i, i + 1, UNCLE_HO, FoundAs.UNCLE_HO))
    return found


def _in_quotes(view: SentenceView, i: int) -> bool:
    """Whether token i stands inside quotation marks opened before it in its sentence."""
    before = view.article.text[view.sentence.start:view.tokens[i].start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
