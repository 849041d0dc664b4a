"""Organisations: party, state and mass bodies, units, enterprises, schools.

Also the posts' organisations ("Trưởng Ban Tuyên giáo Tỉnh ủy" names the board),
and the board-to-committee link a name carries ("Ban Tuyên giáo Thành ủy Bắc Ninh"
is part of "Thành ủy Bắc Ninh").
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Final

from kg.extract import Found, SentenceView, register
from kg.extract.context import LEVEL_FIRST_WORDS as _LEVEL_WORDS
from kg.extract.context import ArticleContext, level_at, person_run_length, place_name_run, place_text
from kg.extract.grammar import (
    BODIES_OF_EVERY_PLACE,
    FIELD_DEPARTMENT_KEYS,
    FIRST_WORDS_OF_SECTORS,
    FORMER_KEYS,
    HEADS_OF_A_SECTOR,
    NAME_STOPS,
    SCHOOL_KEY,
    TEAM_KEYS,
    OrgMatch,
    PostMatch,
    board_of_a_national_union,
    body_of_a_bare_kind,
    council_of_a_body,
    day_named_end,
    learn_abbreviations,
    learn_short_form,
    org_head_at,
    parse_org,
    parse_post,
    past_a_field,
    person_name_end,
    placed_where_the_chain_ends,
    posts_joined_after,
    school_of_the_country,
    short_form_at,
    skip_term,
    text_of,
)
from kg.extract.lexicon import (
    CENTRAL_COMMITTEE,
    OrgHead,
    clean_label,
    committee_label,
    cue,
    cues,
    fold,
    heads_named_back,
    initials,
    lexicon,
    surface_words,
)
from kg.extract.tokens import DASHES, Token, keys, token_at
from kg.model import EntityKey, ExtractorName, FoundAs, Mention, RelationMention, Span


def org_mentions(view: SentenceView, org: OrgMatch, extractor: str) -> Found:
    """The mention of an organisation and of the body it is part of, with the link.

    A body the text implies without naming it here ("bầu Ban Thường vụ": the committee
    named last) gets no mention of its own: the link points at the one named before.
    """
    if org.parent is None and org.head in _NAMED_WITH_THEIR_UNIT:
        org = _with_the_unit_it_names(view, org)
    mention = view.mention(
        "Organization", org.start, org.end, _company_form_spelt_out(clean_label(org.label)), extractor,
        kind=org.kind, aliases=_aliases(view, org, nested=extractor == FoundAs.NESTED),
    )
    view.context.remember_org(org.head, mention.label, mention.span.start)
    if extractor != FoundAs.NESTED:
        # "HĐQT Tổng công ty X - CTCP (PV Power)": the short form is of the body the name ends in
        named = org
        while named.parent is not None and named.parent.end == named.end:
            named = named.parent
        learn_short_form(view.tokens, org.end, named.with_label(clean_label(named.label)), view.context)
        if org.end < len(view.tokens) and view.tokens[org.end].text == "(":
            _learn_the_short_form_after(view, org)
    mentions = [mention]
    relations: list[RelationMention] = []
    parent = org.parent
    if parent is not None and parent.end <= parent.start:
        named_before = EntityKey("Organization", clean_label(parent.label))
        relations.append(RelationMention(mention.key, "subOrganizationOf", named_before,
                                         Span(view.sentence.start, view.sentence.end), extractor,
                                         view.sentence.index))
    elif parent is not None:
        parent_mentions, parent_relations = org_mentions(view, parent, FoundAs.NESTED)
        mentions += parent_mentions
        relations += parent_relations
        if org.part_of_parent:
            relations.append(view.relation(mention, "subOrganizationOf", parent_mentions[0], extractor))
    return mentions, relations


_COMPANY_FORMS: Final = tuple(tuple(pair.split("=", 1)) for pair in cues("company_forms_spelt_out"))


def _company_form_spelt_out(label: str) -> str:
    """ "Hội đồng quản trị Công ty CP Tập đoàn X" -> "… Công ty cổ phần Tập đoàn X": a company's legal form
    spelt out, as labels write it (the development gold spells it out in 11 of 16 bodies the text names
    with "CP"; the form written stays an alias, which matches the others)."""
    for short, full in _COMPANY_FORMS:
        if f"{short} " in label:  # (a name after the form: "Công ty CP" alone is left as written)
            label = label.replace(f"{short} ", f"{full} ")
    return label


_NAMED_WITH_THEIR_UNIT: Final = frozenset(cues("departments_named_with_their_unit"))
_UNITS_WITH_DEPARTMENTS: Final = frozenset(("Enterprise", "School", "Unit", "StateBody", "Police", "Military"))


def _with_the_unit_it_names(view: SentenceView, org: OrgMatch) -> OrgMatch:
    """ "Phòng Đào tạo Học viện Hậu cần", "Phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh X": a
    department's name runs on into the unit it is part of (the grammar reads it whole); that unit,
    a body of its own named where the name ends, is the department's parent."""
    tokens = view.tokens
    for m in range(org.start + 2, org.end - 1):
        if not tokens[m].is_cap or org_head_at(tokens, m) is None:
            continue
        unit = parse_org(tokens, m, view.context)
        if unit is not None and unit.end == org.end and unit.kind in _UNITS_WITH_DEPARTMENTS \
                and len(unit.label.split()) > 1 and not unit.completed:
            return dataclasses.replace(org, parent=unit)
        return org  # the first head inside the name is the unit's, or there is none
    return org


_BRANCH: Final = surface_words(cue("branch"))


def _with_its_branch(tokens: list[Token], org: OrgMatch) -> OrgMatch:
    """ "Ngân hàng TMCP Công Thương Việt Nam – Chi nhánh Cà Mau": an enterprise's branch,
    named after it by a dash, is the body (its place no Place)."""
    k = org.end
    if org.kind != "Enterprise" or k + len(_BRANCH) + 1 >= len(tokens) or tokens[k].text not in DASHES \
            or keys(tokens, k + 1, k + 1 + len(_BRANCH)) != _BRANCH:
        return org
    end = place_name_run(tokens, k + 1 + len(_BRANCH))
    if end <= k + 1 + len(_BRANCH):
        return org
    label = f"{org.label} {tokens[k].text} {text_of(tokens, k + 1, end)}"
    return dataclasses.replace(org, end=end, label=label)


def _aliases(view: SentenceView, org: OrgMatch, *, nested: bool) -> tuple[str, ...]:
    tokens, text = view.tokens, view.article.text
    surface = clean_label(text[tokens[org.start].start:tokens[org.end - 1].end])
    aliases = tuple(clean_label(a) for a in org.aliases) + (
        (surface,) if fold(surface) != fold(clean_label(org.label)) else ())
    term_end = skip_term(tokens, org.end)
    if term_end > org.end and not nested:  # "BCH Hội CCB huyện Vị Xuyên khóa VII": that term's body
        term = text[tokens[org.end].start:tokens[term_end - 1].end]
        aliases += tuple(clean_label(f"{name} {term}") for name in (org.label, surface))
    return aliases


_CENTRE_WORDS: Final = surface_words(cue("centre"))  # ("trung", "ương")
_BEFORE_THE_CENTRE: Final = frozenset(fold(w) for w in cues("before_the_centre"))


# a title's first words, folded ("chủ", "phó", "bí"): where a title in small letters may begin
_ROLE_FIRST_WORDS: Final = frozenset((*lexicon().role_index, fold(cue("deputy"))))
_LONGEST_SMALL_TITLE: Final = 4  # words: "phó chủ tịch thường trực"
_MEMBERS_IN_SMALL_LETTERS: Final = tuple(surface_words(w) for w in cues("members_in_small_letters"))
_ELECTION_OF_DEPUTIES: Final = surface_words(cue("election_of_deputies"))


def _a_member_in_small_letters(tokens: list[Token], i: int) -> bool:
    return any(keys(tokens, i, i + len(words)) == words for words in _MEMBERS_IN_SMALL_LETTERS)


def _past_small_words(view: SentenceView, i: int, mentions: list[Mention], relations: list[RelationMention]) -> int:
    """Past a word in small letters at token i: every name, title and head begins with a capital
    ("nguyên Bí thư" too), but for a title in small letters before its body and a few heads
    written small before a capitalised name ("chi hội phụ nữ bản X"), read here."""
    small_post = _post_titled_in_small_letters(view, i)
    if small_post is not None:
        return _bodies_of_a_chain_of_posts(view, small_post, mentions, relations)
    return _past_a_body_written_small(view, i, mentions, relations)


def _post_titled_in_small_letters(view: SentenceView, i: int) -> PostMatch | None:
    """ "chủ tịch UBND huyện Trần Minh Quang": a title in small letters at token i (national
    dailies write them so) before a capitalised body, read as a capitalised title is, up to the
    holder's name; None where none begins there, or it names a member ("đại biểu")."""
    tokens = view.tokens
    if tokens[i].key not in _ROLE_FIRST_WORDS or _a_member_in_small_letters(tokens, i) \
            or not any(t.is_cap for t in tokens[i + 1:i + _LONGEST_SMALL_TITLE + 1]):
        return None  # (most words in small letters: a title's body begins with a capital soon after)
    post = parse_post(tokens, i, view.context, any_case=True)
    if post is None or not post.org.end > post.org.start > i or not tokens[post.org.start].is_cap:
        return None
    return post


@register(ExtractorName.ORGANIZATIONS)
def find_organizations(view: SentenceView) -> Found:
    tokens = view.tokens
    learn_abbreviations(tokens, view.context)
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    i = 0
    while i < len(tokens):
        unit = _body_without_a_head(view, i)
        if unit is not None:
            found_m, found_r = org_mentions(view, unit, ExtractorName.ORGANIZATIONS)
            mentions += found_m
            relations += found_r
            i = unit.end
            continue
        if not tokens[i].is_cap and tokens[i].key not in FORMER_KEYS:
            i = _past_small_words(view, i, mentions, relations)
            continue
        head = org_head_at(tokens, i)
        no_body = _no_body_until(tokens, i, head)
        if no_body > i:
            i = no_body
            continue
        # "Thủ tướng Chính phủ", "Chủ tịch nước" with no name after are the offices
        # themselves; otherwise a post's title is read before a body's name
        office = head is not None and head.attach == "fixed" and head.kind == "StateBody" \
            and person_name_end(tokens, i + len(head.words)) == i + len(head.words)
        post = None if office else parse_post(tokens, i, view.context)
        if post is not None:
            i = _bodies_of_a_chain_of_posts(view, post, mentions, relations)
            continue
        if (listed := _listed_places_found(view, i, head, mentions, relations)) > i:
            i = listed
            continue
        # both begin with the head at i: none, no body (most capitalised words)
        # (without a head, a short form the article gave a body in brackets: "lãnh đạo TTXVN gồm …")
        org = parse_org(tokens, i, view.context) or council_of_a_body(tokens, i, view.context) \
            if head is not None else _short_form_alone(tokens, i, view) or body_of_a_bare_kind(tokens, i, view.context)
        # (a head with nothing after it, named back to a body met before, may begin such a list too)
        if head is not None and (org is None or org.completed or org.end == i + len(head.words)):
            org = _place_shared_by_a_list(view, i, head) or _unit_shared_by_a_list(view, i, head) or org
        org = _with_its_branch(tokens, org) if org is not None else None
        if org is not None:
            for body in (org, *_bodies_after_a_committee(view, org, head)):
                found_m, found_r = org_mentions(view, body, ExtractorName.ORGANIZATIONS)
                mentions += found_m
                relations += found_r
                i = body.end
            i = _same_bodies_found(view, org, head, mentions, relations) or i
            continue
        named = _congress_subcommittee(view, i) or _central_committee_by_its_short_name(view, i) \
            or _national_association(view, i) or _union_by_its_unit_s_short_name(view, i)
        if named is not None:
            mentions.append(named[0])
            i = named[1]
            continue
        i += 1
    mentions += _named_back(view, mentions)
    return mentions, relations + _links_the_sentence_states(view, mentions)


_LONGEST_SHORT_FORM: Final = 6  # words: "Chi cục QLTT tỉnh Lạng Sơn"
_HEADS_WRITTEN_SMALL: Final = frozenset(fold(h) for h in cues("heads_written_small"))
_SCHOOL_KIND: Final = "School"
_ENDS_A_WORD_WITH_A_SMALL_HEAD: Final = frozenset(fold(w) for w in cues("begins_a_word_a_small_head_ends"))
_HEADS_WRITTEN_SMALL_UNDER_A_PARENT: Final = frozenset(fold(h) for h in cues("heads_written_small_under_a_parent"))
_FULL_NAME: Final = 3  # syllables: "Vũ Thị Ngọc Ánh" has four, most names three
_FIRST_WORDS_OF_HEADS_WRITTEN_SMALL: Final = frozenset(h.split()[0] for h in _HEADS_WRITTEN_SMALL)


def _past_a_body_written_small(view: SentenceView, i: int, mentions: list[Mention],
                               relations: list[RelationMention]) -> int:
    """The body written small at token i added to the sentence's finds: where it ends (the next token
    when there is none)."""
    key = view.tokens[i].key
    small = _body_written_small(view, i) if key in _FIRST_WORDS_OF_HEADS_WRITTEN_SMALL else None
    if small is None and key in _FIRST_WORDS_OF_PARTY_ORGANISATIONS:
        small = _party_organisation_of_a_unit_written_small(view, i)
    if small is None:
        return i + 1
    found_m, found_r = org_mentions(view, small, ExtractorName.ORGANIZATIONS)
    mentions += found_m
    relations += found_r
    return small.end


_PARTY_ORGANISATIONS_WRITTEN_SMALL: Final = frozenset(
    fold(h) for h in cues("party_organisations_of_a_unit_written_small"))
_POLICE: Final = "Police"
_FIRST_WORDS_OF_PARTY_ORGANISATIONS: Final = frozenset(h.split()[0] for h in _PARTY_ORGANISATIONS_WRITTEN_SMALL)


def _party_organisation_of_a_unit_written_small(view: SentenceView, i: int) -> OrgMatch | None:
    """ "25 đảng viên thuộc chi bộ Trường Tiểu học Tân Mai", "đảng bộ Bệnh viện X tổ chức": a party
    organisation written in small letters, named after the unit whose capitalised name follows it at once
    (not "chi bộ thôn 3", "chi bộ đã …": in small letters alone the genre names a cell's members so)."""
    tokens = view.tokens
    head = org_head_at(tokens, i, any_case=True)
    if head is None or fold(head.canonical) not in _PARTY_ORGANISATIONS_WRITTEN_SMALL:
        return None
    after = i + len(head.words)
    if after >= len(tokens) or not tokens[after].is_cap:
        return None
    org = parse_org(tokens, i, view.context, any_case=True)
    if org is None or org.parent is None or org.parent.start != after or org.part_of_parent \
            or org.parent.kind == _POLICE:
        return None  # ("chi bộ Công an xã": a commune's police, not the unit the article is about)
    return org


def _body_written_small(view: SentenceView, i: int) -> OrgMatch | None:
    """ "tặng Giấy khen cho chi hội phụ nữ bản Pá Khoang", "Lò Thị Hoa (khoa Công tác xã hội)": a body
    whose head the text writes in small letters, its proper name or its place capitalised after it."""
    tokens = view.tokens
    if i > 0 and (tokens[i - 1].key == _PLURAL or tokens[i - 1].key in _ENDS_A_WORD_WITH_A_SMALL_HEAD):
        return None  # (not "cán bộ", "cơ sở", "trụ sở": a word whose last syllable is a head's; told first)
    head = org_head_at(tokens, i, any_case=True)
    if head is None or fold(head.canonical) not in _HEADS_WRITTEN_SMALL:
        return None
    after = i + len(head.words)
    under_a_parent = fold(head.canonical) in _HEADS_WRITTEN_SMALL_UNDER_A_PARENT
    if not under_a_parent and org_head_at(tokens, after) is not None:
        return None  # "cơ sở Ủy ban nhân dân xã", "cán bộ Trung tâm …": no body's name begins with another's head
    if fold(head.canonical) in HEADS_OF_A_SECTOR and (after >= len(tokens) or not tokens[after].is_cap
                                                       or tokens[after].key not in FIRST_WORDS_OF_SECTORS):
        return None  # "bộ Y tế", "sở Tư pháp": a ministry or department named by its sector ("bộ Quy tắc": a set)
    if after < len(tokens) and tokens[after].key in lexicon().family_names and tokens[after].is_cap \
            and head.kind != _SCHOOL_KIND and person_run_length(tokens, after) > 1:
        return None  # "chi hội Nguyễn Văn A": a member's name, a list of people (a school is named after one;
        # "bộ Y tế": no name)
    level = level_at(tokens, after)
    if level is not None and level[1] < len(tokens) and tokens[level[1]].key in lexicon().family_names \
            and person_run_length(tokens, level[1]) >= _FULL_NAME:
        return None  # "Bí thư đảng ủy phường Vũ Thị Ngọc Ánh": the holder after the body, no place
    org = parse_org(tokens, i, view.context, any_case=True)
    if org is None or org.completed or org.end <= after \
            or org.parent is not None and not under_a_parent:
        return None
    return org


def _learn_the_short_form_after(view: SentenceView, org: OrgMatch) -> None:
    """ "Chi cục Quản lý thị trường tỉnh X (Chi cục QLTT X)", "Công đoàn Ngân hàng Việt Nam (Công
    đoàn NHVN)": the genre gives a body's short form in brackets after its full name, the head kept
    and the rest abbreviated.  Learnt as the body's short form, the name in brackets and the same
    words later ("Phó Chủ tịch Công đoàn NHVN") are that body, so that a title named bare after it
    ("Chi cục trưởng") heads the one body named."""
    tokens = view.tokens
    k = org.end
    if k + 2 >= len(tokens) or tokens[k].text != "(":
        return
    close = next((m for m in range(k + 2, min(k + 2 + _LONGEST_SHORT_FORM, len(tokens))) if tokens[m].text == ")"),
                 None)
    if close is None or not tokens[k + 1].is_cap:
        return
    short = tuple(t.text for t in tokens[k + 1:close])
    if _abbreviates(list(short), org.label.split()):
        view.context.short_forms.setdefault(short[0], (short, clean_label(org.label), org.kind, org.head))


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Whether the words of ``short`` are those of ``full`` in order, some of them shortened to a
    word in capitals of their initials ("Chi cục QLTT Lạng Sơn" of "Chi cục Quản lý thị trường tỉnh
    Lạng Sơn"; a level word may be left out before its place); at least one so shortened."""
    i, shortened = 0, False
    for word in short:
        if len(word) >= 2 and word.isupper() and word.isalpha() and i + len(word) <= len(full) \
                and all(fold(full[i + n])[:1] == fold(word[n]) for n in range(len(word))):
            i += len(word)
            shortened = True
            continue
        while i < len(full) and fold(full[i]) != fold(word) and fold(full[i]) in _LEVEL_WORDS:
            i += 1
        if i >= len(full) or fold(full[i]) != fold(word):
            return False
        i += 1
    return shortened


def _short_form_alone(tokens: list[Token], i: int, view: SentenceView) -> OrgMatch | None:
    """ "lãnh đạo TTXVN gồm …": a short form the article gave a body, standing alone (not after
    a capitalised word, which it would end: "Đảng bộ Viện KHGDVN"; nor in the brackets that give it)."""
    if i > 0 and (tokens[i - 1].is_cap or tokens[i - 1].text == "("):
        return None
    return short_form_at(tokens, i, view.context)


def _body_without_a_head(view: SentenceView, i: int) -> OrgMatch | None:
    """A body whose name begins with no head of the grammar's: a unit by its number or its
    locality ("Đại đội 3", "Chi bộ thôn 2"), a national school by its field ("Trường Hải quan Việt Nam")."""
    tokens = view.tokens
    if tokens[i].key not in _OPENS_A_BODY_WITHOUT_A_HEAD:
        return None  # (most words: one look-up, not one for each kind below)
    if tokens[i].key == _BRANCH[0] and tokens[i].is_cap:
        branch = _branch_named_before_its_body(view, i)
        if branch is not None:
            return branch
    if tokens[i].key in _NUMBERED_FIRST:
        return _unit_by_number_or_locality(view, i)
    if tokens[i].key in TEAM_KEYS and tokens[i].is_cap:
        return _team_named_by_field_and_number(view, i)
    if tokens[i].key in FIELD_DEPARTMENT_KEYS and tokens[i].is_cap:
        return board_of_a_national_union(tokens, i, view.context)
    if tokens[i].key == SCHOOL_KEY and org_head_at(tokens, i) is None:
        return school_of_the_country(tokens, i)
    return None


def _branch_named_before_its_body(view: SentenceView, i: int) -> OrgMatch | None:
    """ "Chi nhánh Ngân hàng BIDV Bình Định", "Chi nhánh Văn phòng Đăng ký đất đai huyện X": a branch
    named by "Chi nhánh" and the name of the body it is a branch of, where it stands, is one body (that
    name, read alone, names the branch: no body of its own here)."""
    tokens = view.tokens
    start = i + len(_BRANCH)
    if keys(tokens, i, start) != _BRANCH or start >= len(tokens) or not tokens[start].is_cap:
        return None
    body = parse_org(tokens, start, view.context)
    if body is None or body.start != start or body.completed or body.kind not in _BODIES_WITH_BRANCHES:
        return None
    return OrgMatch(i, body.end, f"{text_of(tokens, i, start)} {body.label}", body.kind, body.head,
                    level=body.level, place=body.place)


_BODIES_WITH_BRANCHES: Final = ("Enterprise", "StateBody", "Unit")
_LONGEST_TEAM_FIELD: Final = 6


def _team_named_by_field_and_number(view: SentenceView, i: int) -> OrgMatch | None:
    """ "Đội Quản lý thị trường số 6": a team named by its field, capitalised, then "số" and its number;
    the words between are read only where the number ends them within a few words."""
    tokens = view.tokens
    if i + 1 >= len(tokens) or not (tokens[i + 1].is_cap and tokens[i + 1].is_word):
        return None
    for k in range(i + 2, min(i + 2 + _LONGEST_TEAM_FIELD, len(tokens) - 1)):
        if tokens[k].key == _NUMBER_WORD and _a_unit_s_number(tokens[k + 1].text):
            return _sent_by(view, OrgMatch(i, k + 2, text_of(tokens, i, k + 2), _TEAM, tokens[i].text))
        if not tokens[k].is_word:
            return None
    return None


def _links_the_sentence_states(view: SentenceView, mentions: list[Mention]) -> list[RelationMention]:
    """The bodies the sentence says are part of others: "trực thuộc", brackets, a comma."""
    return _stated_under(view, mentions) + _parent_in_brackets(view, mentions) + _parent_after_a_comma(view, mentions)


_ASSOCIATION: Final = fold(cue("association"))
_COUNTRY_WORDS: Final = surface_words(cue("country"))
_LONGEST_ASSOCIATION: Final = 10
_EVENT_HEADS: Final = tuple(surface_words(head) for head in lexicon().event_heads)


def _national_association(view: SentenceView, i: int) -> tuple[Mention, int] | None:
    """ "Hội Văn nghệ dân gian Việt Nam", "Hội Làm vườn Việt Nam": an association no head names,
    its name running, capitalised first, to the country (the words an article abbreviates
    written out: "Hội VNDG Việt Nam"); or to a level and place, its chapter there ("Hội Làm vườn
    tỉnh Hòa Lạc"). Its name may join two names by a dash ("Hội Truyền thống Trường Sơn - Đường
    Hồ Chí Minh Việt Nam")."""
    tokens = view.tokens
    if tokens[i].key != _ASSOCIATION or tokens[i].text.isupper() or i + 1 >= len(tokens) or not tokens[i + 1].is_cap \
            or tokens[i + 1].text.isupper() and tokens[i + 1].text not in view.context.abbreviations \
            or _an_event_s_name(tokens, i):
        return None  # not "XÃ HỘI CHỦ NGHĨA VIỆT NAM", nor "Hội LHTN Việt Nam" (a head's short form)
    k = i + 1
    while k < len(tokens) and k - i <= _LONGEST_ASSOCIATION and keys(tokens, k, k + 2) != _COUNTRY_WORDS \
            and not _a_chapter_s_place_at(tokens, k):
        if not (tokens[k].is_word or _joins_two_names(tokens, k)) \
                or (not tokens[k].is_cap and tokens[k].key in NAME_STOPS):
            return None
        k += 1
    if k == i + 1 or k >= len(tokens):
        return None
    if keys(tokens, k, k + 2) == _COUNTRY_WORDS:
        end, where = k + 2, text_of(tokens, k, k + 2)
    elif _a_chapter_s_place_at(tokens, k):
        level, start = level_at(tokens, k) or ("", k)
        end = place_name_run(tokens, start)
        where = f"{level} {place_text(tokens, start, end)}"
    else:
        return None
    words = " ".join(view.context.abbreviations.get(t.text, t.text) for t in tokens[i + 1:k])
    label = f"{tokens[i].text} {words} {where}"
    mention = view.mention("Organization", i, end, label, ExtractorName.ORGANIZATIONS, kind="MassOrganization")
    view.context.remember_org(tokens[i].text, label, mention.span.start)  # "Chủ tịch Hội" names it back
    return mention, end


_UNION_WORDS: Final = frozenset(fold(w) for w in cues("family_names_that_name_bodies"))


def _a_unit_s_short_name(token: Token) -> bool:
    """ "PVTrans", "BSR", "Vietsovpetro": a company's short name, two capitals or more or too long
    for a syllable, and no abbreviation of a kind or place ("TNCS", "TP")."""
    text = token.text
    return token.is_word and text[:1].isupper() and text not in lexicon().abbreviations \
        and text not in lexicon().place_abbreviations and org_head_at([token], 0) is None \
        and level_at([token], 0) is None \
        and (sum(c.isupper() for c in text) >= 2 or len(text) > 7 and text.isalpha())


def _union_by_its_unit_s_short_name(view: SentenceView, i: int) -> tuple[Mention, int] | None:
    """ "Đoàn PVTrans", "Đoàn PV GAS", "Đoàn Vietsovpetro": a company's youth union by the
    company's short name (Đoàn is a family name too: no person, people.py)."""
    tokens = view.tokens
    if tokens[i].key in _OF_A_UNIT_NAMED_BY_ITS_HEAD_FIRST and (of_the_unit := _body_of_the_unit_named_back(view, i)):
        return of_the_unit
    if tokens[i].key in _NAMED_BY_A_UNIT_S_SHORT_NAME_FIRST:
        return _body_by_its_unit_s_short_name(view, i)
    if tokens[i].key == _YOUTH_UNION_WORDS[0] and (of_a_place := _youth_union_of_a_place_in_short(view, i)):
        return of_a_place
    if tokens[i].key not in _UNION_WORDS or not tokens[i].is_cap or tokens[i].text.isupper() \
            or org_head_at(tokens, i) is not None or i > 0 and tokens[i - 1].is_word and tokens[i - 1].is_cap:
        return None  # "Đoàn TNCS Hồ Chí Minh", "Đoàn ĐBQH": their own heads; "Công Đoàn TCT": a word of another name
    k = i + 1
    # ("PV GAS": a short name's second word in capitals)
    while k < len(tokens) and (_a_unit_s_short_name(tokens[k])
                               or k > i + 1 and tokens[k].is_word and tokens[k].text.isupper()):
        k += 1
    if k == i + 1:
        return None
    return view.mention("Organization", i, k, text_of(tokens, i, k), ExtractorName.ORGANIZATIONS,
                        kind="MassOrganization"), k


_OF_A_UNIT_NAMED_BY_ITS_HEAD: Final = tuple(surface_words(h) for h in cues("bodies_of_a_unit_named_by_its_head"))
_OF_A_UNIT_NAMED_BY_ITS_HEAD_FIRST: Final = frozenset(words[0] for words in _OF_A_UNIT_NAMED_BY_ITS_HEAD)
_UNITS_NAMED_BACK_BY_THEIR_HEAD: Final = tuple(surface_words(h) for h in cues("units_named_back_by_their_head"))


def _body_of_the_unit_named_back(view: SentenceView, i: int) -> tuple[Mention, int] | None:
    """ "Chủ tịch Công đoàn Trường, …", "Đảng bộ Trường tổ chức …", "Văn phòng Sở, Thanh tra Sở": a body of
    a unit named with the unit's bare head, capitalised and nothing of a name after it, is that body of
    the unit of that head the article named in full before (the union of "Trường Đại học X")."""
    tokens = view.tokens
    words = next((w for w in _OF_A_UNIT_NAMED_BY_ITS_HEAD if keys(tokens, i, i + len(w)) == w), None)
    j = i + len(words) if words is not None else i
    unit = next((w for w in _UNITS_NAMED_BACK_BY_THEIR_HEAD if keys(tokens, j, j + len(w)) == w), None)
    if words is None or unit is None or not tokens[i].is_cap or not tokens[j].is_cap:
        return None
    end = j + len(unit)
    if end < len(tokens) and tokens[end].is_word and (tokens[end].is_cap or tokens[end].text.isdigit()):
        return None  # "Công đoàn Trường Đại học X": the unit's name goes on, read by the grammar
    head, unit_head = org_head_at(tokens, i), org_head_at(tokens, j)
    named = view.context.recent_named_org(unit_head.canonical, tokens[i].start) if unit_head is not None else None
    if head is None or named is None or named.split()[0] != tokens[j].text:
        return None
    return view.mention("Organization", i, end, f"{head.canonical} {named}", ExtractorName.ORGANIZATIONS,
                        kind=head.kind), end


_YOUTH_UNION_HEAD: Final = cue("youth_union")
_YOUTH_UNION_WORDS: Final = surface_words(_YOUTH_UNION_HEAD)
_YOUTH_UNION_COMMITTEES: Final = {h.level: h.canonical for h in lexicon().org_heads if h.attach == "committee"
                                  and h.level and h.canonical in cues("youth_union_committees")}


def _youth_union_of_a_place_in_short(view: SentenceView, i: int) -> tuple[Mention, int] | None:
    """ "Đoàn TNCS Hồ Chí Minh tỉnh X", "Đoàn TNCS Hồ Chí Minh xã Y": the youth union of a place, its name
    abbreviated (which the grammar leaves unread), is the union's committee of that level where it has one,
    as the annotators name it ("Tỉnh đoàn X"), else the union of the place ("Đoàn Thanh niên xã Y")."""
    tokens = view.tokens
    head = org_head_at(tokens, i)
    if head is None or head.canonical != _YOUTH_UNION_HEAD or len(head.words) <= len(_YOUTH_UNION_WORDS):
        return None
    found = level_at(tokens, i + len(head.words))
    end = place_name_run(tokens, found[1]) if found is not None else i
    if found is None or end <= found[1]:
        return None
    level, place = found[0], place_text(tokens, found[1], end)
    committee = _YOUTH_UNION_COMMITTEES.get(level)
    label = committee_label(committee, place) if committee else f"{head.canonical} {level} {place}"
    return view.mention("Organization", i, end, label, ExtractorName.ORGANIZATIONS, kind=head.kind,
                        aliases=(text_of(tokens, i, end),)), end


_NAMED_BY_A_UNIT_S_SHORT_NAME: Final = tuple(surface_words(h) for h in cues("bodies_named_by_a_unit_s_short_name"))
_NAMED_BY_A_UNIT_S_SHORT_NAME_FIRST: Final = frozenset(words[0] for words in _NAMED_BY_A_UNIT_S_SHORT_NAME)


def _body_by_its_unit_s_short_name(view: SentenceView, i: int) -> tuple[Mention, int] | None:
    """ "Đảng bộ VDB", "Đảng ủy PECC2": a party organisation or union named after its unit by the unit's
    short name (one word in capitals, no abbreviation of a kind or place), which no other rule reads."""
    tokens = view.tokens
    words = next((w for w in _NAMED_BY_A_UNIT_S_SHORT_NAME if keys(tokens, i, i + len(w)) == w), None)
    if words is None or not tokens[i].is_cap:
        return None
    k = i + len(words)
    if k >= len(tokens) or not _a_unit_s_short_name(tokens[k]) or not tokens[k].text[1:2].isupper() \
            or k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].is_cap:
        return None  # ("Đảng bộ Vietcombank Hòa Lâm", "Công đoàn TCT Sông Mây": a longer name, read elsewhere)
    head = org_head_at(tokens, i)
    canonical = head.canonical if head is not None else text_of(tokens, i, k)
    named = view.context.recent_named_org(canonical, tokens[i].start)
    if named is not None and tokens[k].text in initials(named):
        return None  # "Đảng bộ ĐHKT" after "Đảng bộ Trường Đại học Kinh tế": the body named before, by initials
    kind = head.kind if head is not None else "PartyOrganization"
    return view.mention("Organization", i, k + 1, text_of(tokens, i, k + 1), ExtractorName.ORGANIZATIONS,
                        kind=kind), k + 1


def _an_event_s_name(tokens: list[Token], i: int) -> bool:
    """ "Hội nghị", "Hội thi", "Hội thảo": an event's kind, written with the association's word."""
    return any(keys(tokens, i, i + len(words)) == words for words in _EVENT_HEADS)


def _joins_two_names(tokens: list[Token], k: int) -> bool:
    return tokens[k].text in DASHES and k + 1 < len(tokens) and tokens[k + 1].is_cap and tokens[k - 1].is_cap


def _a_chapter_s_place_at(tokens: list[Token], k: int) -> bool:
    """A level in small letters and a place's name after it ("tỉnh Hòa Lạc"): where a chapter's name ends."""
    if tokens[k].is_cap:
        return False
    found = level_at(tokens, k)
    return found is not None and place_name_run(tokens, found[1]) > found[1]


def _bodies_of_a_chain_of_posts(view: SentenceView, post: PostMatch, mentions: list[Mention],
                                relations: list[RelationMention]) -> int:
    """The bodies of the posts a chain names ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X"),
    added to ``mentions`` and ``relations``; where the chain ends."""
    chain = placed_where_the_chain_ends([post, *posts_joined_after(view.tokens, post.end, view.context)])
    if len(chain) == 1 and _an_office_at_work(view.tokens, post):
        return post.end
    for joined in chain:
        if joined.org.end <= joined.org.start:
            continue  # "Viện trưởng" alone: the body named before, not named here
        found_m, found_r = org_mentions(view, joined.org, FoundAs.BODY_AFTER_POST)
        mentions += found_m
        relations += found_r
    return chain[-1].end


def _an_office_at_work(tokens: list[Token], post: PostMatch) -> bool:
    """ "Thủ tướng bổ nhiệm ông A", "Tổng Bí thư làm việc với …": a title whose body it implies
    (the Government, the Central Committee), with no holder named and a verb in small letters
    after it, speaks of the office at work, and names no body (the annotators of real text named
    none in such sentences); a title that names its body ("Chủ tịch nước", "Thường vụ Tỉnh ủy", a
    word of the title in the body's label) still does."""
    org, end = post.org, post.end
    return (org.start, org.end) == (post.start, end) and end < len(tokens) and tokens[end].key.isalpha() \
        and not tokens[end].is_cap and (post.start == 0 or not tokens[post.start - 1].is_cap) \
        and not set(keys(tokens, post.start, end)) & set(surface_words(org.label))


def _central_committee_by_its_short_name(view: SentenceView, i: int) -> tuple[Mention, int] | None:
    """ "của Trung ương": the Central Committee by its short name."""
    tokens = view.tokens
    if (tokens[i].key == _CENTRE_WORDS[0] and tokens[i].is_cap and i + 1 < len(tokens)
            and tokens[i + 1].key == _CENTRE_WORDS[1] and i > 0
            and tokens[i - 1].key in _BEFORE_THE_CENTRE):
        return view.mention("Organization", i, i + 2, CENTRAL_COMMITTEE, FoundAs.CENTRE_IN_PASSING,
                            kind="PartyCommittee"), i + 2
    return None


def _parent_in_brackets(view: SentenceView, found: list[Mention]) -> list[RelationMention]:
    """ "Cục Thuế (Bộ Tài chính)", "Vụ trưởng Vụ Chính sách tiền tệ (Ngân hàng Nhà nước)": the
    body in brackets right after a unit's name is the one it is part of."""
    text = view.article.text
    named = [m for m in found if m.extractor != FoundAs.NESTED]
    starting = {m.span.start: m for m in named}
    out: list[RelationMention] = []
    for child in named:
        k = child.span.end
        while k < len(text) and text[k] == " ":
            k += 1
        if not text.startswith("(", k):
            continue
        parent = starting.get(k + 1)
        if parent is None or not text.startswith(")", parent.span.end) or parent.label == child.label \
                or fold(parent.label.split()[0]) in _UNION_WORDS:
            continue  # "Đoàn TNCS Hồ Chí Minh Tổng công ty X (Đoàn X)": the union's short form, no parent
        # "Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)", "Văn phòng Bộ X (Phòng Y)": the unit in brackets
        # (not a command in a ministry's brackets: "Bộ Tư lệnh Cảnh sát cơ động (Bộ Công an)")
        if child.label.startswith(_OVER_THEIR_UNITS) and not parent.label.startswith(_OVER_THEIR_UNITS) \
                or parent.label.startswith(_UNITS_IN_BRACKETS):
            child, parent = parent, child
        out.append(view.relation(child, "subOrganizationOf", parent, ExtractorName.ORGANIZATIONS))
    return out


_OVER_THEIR_UNITS: Final = tuple(f"{head} " for head in cues("bodies_over_their_units"))
_UNITS_IN_BRACKETS: Final = tuple(f"{head} " for head in cues("units_in_brackets_after_their_body"))
_CELL: Final = f"{cue('party_cell')} "
_OVER_CELLS: Final = (f"{cue('party_organisation')} ", f"{cue('party_committee')} ")
_UNITS_OF: Final = (
    (_OVER_THEIR_UNITS, tuple(f"{head} " for head in cues("units_before_their_ministry")), "StateBody"),
    (tuple(f"{head} " for head in cues("corporations")),
     tuple(f"{head} " for head in cues("units_before_their_corporation")), "Enterprise"),
    # (of any kind: a department's, a police's, a command's, a hospital's division)
    (tuple(f"{head} " for head in cues("bodies_over_their_divisions")),
     tuple(f"{head} " for head in cues("divisions_before_their_body")), None),
)


# a comma, or a dash between spaces ("Cục An ninh Kinh tế – Bộ Công an"), between a unit and its body
_JOINERS_BEFORE_A_PARENT: Final = (", ", *(f" {d} " for d in DASHES))


def _parent_after_a_comma(view: SentenceView, found: list[Mention]) -> list[RelationMention]:
    """ "Công ty Vận tải Biển X, Tổng công ty Hàng hải Y", "Cục Cảnh sát X – Bộ Công an": a
    unit named before a body of the kind that has such units, after a comma or a dash, is its unit."""
    text = view.article.text
    named = [m for m in found if m.extractor != FoundAs.NESTED]
    starting = {m.span.start: m for m in named}
    out: list[RelationMention] = []
    for child in named:
        joiner = next((j for j in _JOINERS_BEFORE_A_PARENT if text.startswith(j, child.span.end)), None)
        if joiner is None:
            continue
        parent = starting.get(child.span.end + len(joiner))
        if parent is not None and child.label.startswith(_CELL) and parent.label.startswith(_OVER_CELLS):
            # "sinh hoạt tại Chi bộ bản Him Lam, Đảng bộ xã Thanh Xương": the cell, then its party organisation
            out.append(view.relation(child, "subOrganizationOf", parent, ExtractorName.ORGANIZATIONS))
            continue
        if parent is None or parent.label == child.label or (child.kind or "").startswith("Party"):
            continue  # "Ban Chấp hành Trung ương Đảng, Bộ Tài chính": two bodies
        if any(parent.label.startswith(parents) and kind in (parent.kind, None) and child.label.startswith(units)
               for parents, units, kind in _UNITS_OF):
            out.append(view.relation(child, "subOrganizationOf", parent, ExtractorName.ORGANIZATIONS))
    return out


# "trực thuộc", "thuộc": the words that say the bodies before are under the body after, longest first
_UNDER: Final = tuple(sorted((surface_words(w) for w in cues("directly_under")), key=len, reverse=True))
_UNDER_FIRST: Final = frozenset(w[0] for w in _UNDER)
_SAID_TO_BE: Final = tuple(sorted((surface_words(w) for w in cues("a_unit_said_to_be")), key=len, reverse=True))


def _stated_under(view: SentenceView, found: list[Mention]) -> list[RelationMention]:
    """ "chi bộ 6 và chi bộ 7 trực thuộc Đảng bộ phường X", "Khoa Cơ khí thuộc Trường Đại học Y":
    the text says the bodies named before the words are under the body named right after them."""
    tokens = view.tokens
    out: list[RelationMention] = []
    if _UNDER_FIRST.isdisjoint(keys(tokens, 0, len(tokens))):
        return out
    named = [m for m in found if m.extractor != FoundAs.NESTED]
    starting = {m.span.start: m for m in named}
    ending = {m.span.end: m for m in named}
    k = 1
    while k < len(tokens) - 1:
        n = next((len(w) for w in _UNDER if keys(tokens, k, k + len(w)) == w), 0) \
            if tokens[k].key in _UNDER_FIRST else 0
        if n == 0 or k + n >= len(tokens):
            k += 1
            continue
        parent = starting.get(tokens[k + n].start)
        # "Học viện X là đơn vị trực thuộc Học viện Y": the words that say what the body is
        said = next((len(w) for w in _SAID_TO_BE if keys(tokens, k - len(w), k) == w), 0)
        if said == 0 and tokens[k - 1].text == ",":
            said = 1  # "Chủ tịch Công đoàn Công ty X, thuộc LĐLĐ quận Y": a comma before the words
        child = ending.get(tokens[k - 1 - said].end) if k - 1 - said >= 0 else None
        # a bare head ("Ở một số chi, Đảng bộ trực thuộc Thành ủy") is a kind of body, not one
        while parent is not None and child is not None and child.label != parent.label \
                and len(child.text.split()) > 2:
            out.append(view.relation(child, "subOrganizationOf", parent, ExtractorName.ORGANIZATIONS))
            before = token_at(tokens, child.span.start) - 1
            if before < 1 or tokens[before].key not in _LIST_JOINERS:
                break
            child = ending.get(tokens[before - 1].end)
        k += n
    return out



def _in_a_heading(written: str, head: OrgHead) -> bool:
    """ "NGÀY BÁO CHÍ CÁCH MẠNG", "SINH HOẠT CHI BỘ TRONG THÁNG": a head written in capitals
    that it does not have (an abbreviation, "UBND", has them) is a heading's word."""
    first = head.surface.split()[0]
    return len(written) > 1 and written.isupper() and not first.isupper()


_VENUES: Final = tuple(surface_words(w) for w in cues("venues"))
_VENUE_FIRST: Final = frozenset(words[0] for words in _VENUES)
_NATIONAL: Final = surface_words(cue("national"))
_ROOMS: Final = tuple(surface_words(w) for w in cues("meeting_rooms"))


_COUNTED_BY_LOCALITY: Final = frozenset(cues("bodies_of_a_locality"))
_NUMBERS_NO_COUNT: Final = frozenset(fold(w) for w in cues("numbers_no_count_after"))


_SECTOR_WORD: Final = fold(cue("sector_word"))


def _no_body_until(tokens: list[Token], i: int, head: OrgHead | None) -> int:
    """Where words at token i that look like a body's name but are none end (i if they are one):
    a heading's capitals, a province's name, a venue ("tại Trung tâm Hội nghị tỉnh"), a room."""
    if head is not None and (_in_a_heading(tokens[i].text, head) or _in_a_province_s_name(tokens, i)):
        return i + 1
    if head is not None and i >= len(_ELECTION_OF_DEPUTIES) \
            and keys(tokens, i - len(_ELECTION_OF_DEPUTIES), i) == _ELECTION_OF_DEPUTIES:
        # "bầu cử đại biểu Quốc hội khóa XV": an election of deputies to a body names the election, not the
        # body (the annotators of real text left it out in 4 of the 5 texts that name the Assembly only so)
        return skip_term(tokens, i + len(head.words))
    if head is not None and i >= 1 and tokens[i - 1].text == "/" and tokens[i].text.isupper():
        return i + 1  # "Chương trình hành động số 07-CTr/ĐU": an issuer's initials in a document's code
    if head is not None and i >= 1 and tokens[i - 1].key == _SECTOR_WORD and not tokens[i - 1].is_cap:
        # "80 năm Ngày truyền thống ngành Thuế Việt Nam": a sector of the state, not its office
        return _place_name_end(tokens, i + len(head.words))
    if head is not None and head.canonical in _COUNTED_BY_LOCALITY and i >= 2 and tokens[i - 1].text.isdigit() \
            and len(tokens[i - 1].text) <= 3 and tokens[i - 2].is_word and not tokens[i - 2].is_cap \
            and tokens[i - 2].key not in _NUMBERS_NO_COUNT:
        return i + len(head.words)  # "thành lập 38 Chi hội Cựu chiến binh khu phố": a count of a kind of body
    room = next((len(w) for w in _ROOMS if keys(tokens, i, i + len(w)) == w), 0)
    if room:
        return i + room  # "tại Phòng họp số 1 UBND huyện": a room in the body's house; the body after it is read
    venue = next((len(w) for w in _VENUES if keys(tokens, i, i + len(w)) == w), 0) \
        if tokens[i].key in _VENUE_FIRST else 0
    if venue and i + venue < len(tokens) and tokens[i + venue].key in _LEVEL_WORDS:
        return _place_name_end(tokens, i + venue)
    if venue and keys(tokens, i + venue, i + venue + len(_NATIONAL)) == _NATIONAL:
        return i + venue + len(_NATIONAL)  # "tại Trung tâm Hội nghị quốc gia"
    return i


def _place_name_end(tokens: list[Token], k: int) -> int:
    """Past the level and the capitalised words that end a venue's name ("tỉnh Lai Châu")."""
    while k < len(tokens) and tokens[k].is_word and (tokens[k].is_cap or tokens[k].key in _LEVEL_WORDS):
        k += 1
    return k


def _in_a_province_s_name(tokens: list[Token], i: int) -> bool:
    """ "Hải Phòng đạt nhiều kết quả": the head ("Phòng") ends a province's name."""
    return i > 0 and tokens[i - 1].is_cap and f"{tokens[i - 1].text} {tokens[i].text}" in lexicon().provinces


_CELL_WORDS: Final = surface_words(cue("party_cell"))  # ("chi", "bộ")
_LOCALITIES: Final = tuple(surface_words(w) for w in cues("localities"))
_OPENING_QUOTES: Final = ("“", '"', "‘", "'")
_NUMBERED: Final = {surface_words(w): w for w in cues("units_named_by_number")}
_NUMBERED_FIRST: Final = frozenset(w[0] for w in _NUMBERED)
# the first words of every kind of body _body_without_a_head reads
_OPENS_A_BODY_WITHOUT_A_HEAD: Final = frozenset({_BRANCH[0], SCHOOL_KEY}) | _NUMBERED_FIRST | TEAM_KEYS \
    | FIELD_DEPARTMENT_KEYS
_TEAM: Final = "Unit"
_NUMBER_WORD: Final = fold(cue("number_word"))
_COUNTED: Final = frozenset(fold(w.split()[0]) for w in (*cues("counted_people"), *cues("counted_after_a_number")))


def _a_unit_s_number(word: str) -> bool:
    """ "6", "20A", "324", "BB1": a number of up to three digits and a letter, or a code in capitals."""
    if word[0].isdigit():
        return len(word.rstrip("ABCDEFGHabcdefgh")) <= 3
    return word.isupper() and any(c.isdigit() for c in word) and len(word) <= 5


def _unit_by_number_or_locality(view: SentenceView, i: int) -> OrgMatch | None:
    """ "Chi bộ 20A", "chi bộ 6 trực thuộc ...", "Sư đoàn 324", "trung đoàn BB1": a unit named by
    its number or code; "chi bộ thôn Nà Sài": a cell named by its locality, in small letters."""
    tokens = view.tokens
    first = tokens[i].key  # the tokens' folded words compared as a slice, not a list sliced for each head
    words = next((w for w in _NUMBERED if w[0] == first and keys(tokens, i, i + len(w)) == w), None)
    if words is None or i + len(words) >= len(tokens) or (i > 0 and tokens[i - 1].key in _GENERIC_BEFORE):
        return None
    name = _NUMBERED[words]
    j = i + len(words)
    head = org_head_at(tokens, i, any_case=True)
    said = tokens[j].key == _NUMBER_WORD and j + 1 < len(tokens)  # "Đoàn kiểm tra số 892"
    number = tokens[j + 1].text if said else tokens[j].text
    quoted = i > 0 and tokens[i - 1].text in _OPENING_QUOTES  # "“Chi bộ 4 tốt”": a model's name
    after = j + 1 + said  # the token after the number
    counted = after < len(tokens) and (tokens[after].text == "%" or tokens[after].key in _COUNTED)
    if _a_unit_s_number(number) and not quoted and not counted:
        end = day_named_end(tokens, after - 1)  # "Bệnh viện 30-4": named after a day
        number = text_of(tokens, after - 1, end).replace(" ", "")
        number = f"{tokens[j].text} {number.upper()}" if said else number.upper()
        j = end - 1 - said
        kind = head.kind if head is not None else _TEAM  # "Đoàn kiểm tra số 892": a team a body sends
        return _sent_by(view, OrgMatch(i, j + 1 + said, f"{name} {number}", kind, name))
    if words != _CELL_WORDS or tokens[i].is_cap \
            or not any(keys(tokens, j, j + len(w)) == w for w in _LOCALITIES):
        return None
    cell = parse_org(tokens, i, view.context, any_case=True)
    if cell is None or head is None or cell.head != head.canonical:
        return None
    last = tokens[cell.end - 1]
    return cell if last.is_cap or last.text[0].isdigit() else None  # not "chi bộ khu dân cư"


_OF: Final = fold(cue("of"))


def _sent_by(view: SentenceView, team: OrgMatch) -> OrgMatch:
    """ "Đoàn Kiểm tra số 4 của Bộ Chính trị": a numbered team is part of the body that sends it, and
    is named with it too (the gold of real text labels it by its number alone, the blind batches
    with its body: the one is its label, the other an alias)."""
    tokens = view.tokens
    if team.kind != _TEAM or team.end + 1 >= len(tokens) or tokens[team.end].key != _OF:
        return team
    body = parse_org(tokens, team.end + 1, view.context)
    if body is None:
        return team
    return OrgMatch(team.start, body.end, team.label, team.kind, team.head, parent=body,
                    aliases=(f"{team.label} {tokens[team.end].text} {body.label}",))


_SUBCOMMITTEES: Final = tuple(sorted((surface_words(w) for w in cues("congress_subcommittees")), key=len, reverse=True))
_SUBCOMMITTEE_FIRST: Final = frozenset(words[0] for words in _SUBCOMMITTEES)
_CONGRESS: Final = surface_words(cue("congress"))
_OF_THE_PARTY: Final = surface_words(cue("of_the_party"))


def _congress_subcommittee(view: SentenceView, i: int) -> tuple[Mention, int] | None:
    """ "Tiểu ban Văn kiện Đại hội XIV của Đảng", "Tổ Biên tập Văn kiện": a subcommittee that
    prepares a congress, named as written, with the congress where the text names it."""
    tokens = view.tokens

    def at(k: int, words: tuple[str, ...]) -> bool:
        return keys(tokens, k, k + len(words)) == words

    words = next((w for w in _SUBCOMMITTEES if at(i, w)), None) if tokens[i].key in _SUBCOMMITTEE_FIRST else None
    if words is None:
        return None
    end = i + len(words)
    number = end + len(_CONGRESS)
    if at(end, _CONGRESS) and number < len(tokens) and tokens[number].text.isupper() and tokens[number].is_word:
        end = number + 1
        if at(end, _OF_THE_PARTY):
            end += len(_OF_THE_PARTY)
    surface = view.article.text[tokens[i].start:tokens[end - 1].end]
    label = clean_label(surface[0].upper() + surface[1:])
    return view.mention("Organization", i, end, label, ExtractorName.ORGANIZATIONS, kind="PartyBoard"), end



# What joins bodies that share the place named after the last: "HĐND, UBND và Ủy ban
# MTTQ Việt Nam xã Đồng Khởi", "HĐND - UBND huyện"
_LIST_JOINERS: Final = frozenset((",", fold(cue("and")), "&", *DASHES))


_PLURAL: Final = fold(cue("plural"))


def _listed_places_found(view: SentenceView, i: int, head: OrgHead | None, mentions: list[Mention],
                         relations: list[RelationMention]) -> int:
    """The bodies of a list of places at token i, or of a list of bare bodies of the article's commune,
    added to the sentence's finds: where the list ends (i when there is none)."""
    if head is None or i + len(head.words) >= len(view.tokens):
        return i
    listed = _bodies_of_listed_places(view, i, head) if view.tokens[i + len(head.words)].key == _PLURAL \
        else _bodies_of_listed_provinces(view, i, head) or _bodies_of_listed_fields(view, i, head) \
        or _bare_bodies_of_the_commune(view, i, head)
    for body in listed:
        found_m, found_r = org_mentions(view, body, FoundAs.LISTED_PLACES)
        mentions += found_m
        relations += found_r
    return listed[-1].end if listed else i


def _bodies_of_listed_places(view: SentenceView, i: int, head: OrgHead) -> list[OrgMatch]:
    """ "UBND các huyện Gio Linh, Hải Lăng, Triệu Phong", "Ủy ban nhân dân các xã: Vĩnh Sơn, Vĩnh
    Kim và thị trấn Vĩnh Thạnh": the body of each place the list names; the first mention
    runs from the head to its place, each other one is its place's name."""
    tokens = view.tokens
    if head.attach != "level":
        return []
    found: list[OrgMatch] = []
    start = i
    k = i + len(head.words) + 1
    level: str | None = None
    while k < len(tokens):
        written = level_at(tokens, k)
        if written is not None:
            level, k = written
        if k < len(tokens) and tokens[k].text == ":" and not found:
            k += 1
        end = place_name_run(tokens, k)
        if level is None or end <= k:
            break
        place = text_of(tokens, k, end)
        found.append(OrgMatch(start, end, f"{head.canonical} {level} {place}", head.kind, head.canonical,
                              level=level, place=place))
        if end + 1 >= len(tokens) or tokens[end].key not in _LIST_JOINERS:
            break
        start = k = end + 1
        if start < len(tokens) and level_at(tokens, start) is None and not tokens[start].is_cap:
            break
    return found if len(found) > 1 else []


_NAMED_BY_FIELDS_LISTED: Final = frozenset(cues("named_by_fields_listed"))


def _bodies_of_listed_fields(view: SentenceView, i: int, head: OrgHead) -> list[OrgMatch]:
    """ "các Bộ Ngoại giao, Quốc phòng, Công an", "các Sở Tư pháp, Kế hoạch và Đầu tư tỉnh X": bodies of one
    kind in the plural, then a list of fields of administration (sectors.txt, the ministries' fields): the
    body of each, read as if its kind were written before it (the place ending the list is each one's)."""
    tokens = view.tokens
    k = i + len(head.words)
    if i == 0 or tokens[i - 1].key != _PLURAL or head.canonical not in _NAMED_BY_FIELDS_LISTED or k + 2 >= len(tokens):
        return []
    if tokens[k].text == ":":
        k += 1
    fields: list[tuple[int, int]] = []
    while (end := past_a_field(tokens, k)) > k:
        fields.append((k, end))
        if end + 1 >= len(tokens) or tokens[end].key not in _FIELDS_JOINED or not tokens[end + 1].is_cap:
            break
        k = end + 1
    if len(fields) < 2:
        return []
    kind, tail = tokens[i:i + len(head.words)], fields[-1][1]
    found: list[OrgMatch] = []
    for start, end in fields:
        read = parse_org([*kind, *tokens[start:end], *tokens[tail:]], 0, view.context)
        if read is None or read.end < len(kind) + end - start:
            return []
        last = end == tail
        found.append(dataclasses.replace(read, start=i if not found else start,
                                         end=start + read.end - len(kind) if last else end, parent=None))
    return found


_FIELDS_JOINED: Final = frozenset((",", fold(cue("and"))))


def _bodies_of_listed_provinces(view: SentenceView, i: int, head: OrgHead) -> list[OrgMatch]:
    """ "Giám đốc các Cảng vụ Hàng hải: Thái Bình, Quảng Bình và Cần Thơ": a body named by its place,
    its kind in the plural, then a colon and the provinces: the body of each."""
    tokens = view.tokens
    k = i + len(head.words)
    if head.attach != "name" or i == 0 or tokens[i - 1].key != _PLURAL or k >= len(tokens) or tokens[k].text != ":":
        return []
    found: list[OrgMatch] = []
    start = i
    k += 1
    while k < len(tokens):
        end = place_name_run(tokens, k, max_words=3)
        place = place_text(tokens, k, end) if end > k else ""
        if place not in lexicon().provinces:
            break
        found.append(OrgMatch(start, end, f"{head.canonical} {place}", head.kind, head.canonical))
        if end + 1 >= len(tokens) or tokens[end].key not in _LIST_JOINERS:
            break
        start = k = end + 1
    return found if len(found) > 1 else []


def _place_shared_by_a_list(view: SentenceView, i: int, head: OrgHead) -> OrgMatch | None:
    """ "Đảng ủy, HĐND, UBND xã Đồng Khởi": each body of the list is of the place that ends
    it, or of the level it ends in, at the article's place ("HĐND, UBND huyện"); None when
    the list does not end in a body with its level and place."""
    tokens = view.tokens
    if head.attach not in ("level", "committee"):
        return None
    k = i + len(head.words)
    while k + 1 < len(tokens) and tokens[k].key in _LIST_JOINERS:
        last = _place_after_the_mass_organisations(tokens, k, view.context)
        following = org_head_at(tokens, k + 1) if last is None else None
        if last is None and (following is None or following.attach not in ("level", "committee")):
            return None
        after = k + 1 + len(following.words) if following is not None else k
        if following is not None and after < len(tokens) and tokens[after].key in _LIST_JOINERS:
            k = after
            continue
        last = last or parse_org(tokens, k + 1, view.context)
        if last is None or not last.level or not last.place:
            last = _place_after_the_mass_organisations(tokens, after, view.context) or last
        if last is None or not last.level:
            return None
        following = following or head
        if last.completed and following.attach != "level":
            return None  # "HĐND, UBND, Ủy ban MTTQ xã": a level written, its place the article's
        if head.attach == "committee" and head.level != last.level:
            return None
        # (a level with no place the article gives: "HĐND, UBND, UBMTTQVN huyện" are "Hội đồng nhân dân
        # huyện", … named so, as the gold names them where nothing tells the place)
        place = f" {last.place}" if last.place else ""
        label = f"{head.canonical}{place}" if head.attach == "committee" else f"{head.canonical} {last.level}{place}"
        return OrgMatch(i, i + len(head.words), label, head.kind, head.canonical,
                        level=last.level, place=last.place, completed=last.completed)
    return None


def _bare_bodies_of_the_commune(view: SentenceView, i: int, head: OrgHead | None) -> list[OrgMatch]:
    """ "lãnh đạo Đảng ủy – HĐND – UBND – UBMTTQVN, bí thư các chi bộ": a list of a place's party
    committee, council, people's committee and front, each named bare and no place after the list,
    is of the one commune the article names (none where it names several, or none)."""
    tokens = view.tokens
    heads: list[tuple[int, OrgHead]] = []
    k = i
    while head is not None and (head.canonical in BODIES_OF_EVERY_PLACE or head.canonical == _PARTY_COMMITTEE):
        heads.append((k, head))
        k += len(head.words)
        if k + 1 >= len(tokens) or tokens[k].key not in _LIST_JOINERS:
            break
        head = org_head_at(tokens, k + 1)
        if head is None:
            break  # "…, trưởng các ban ngành": the list has ended
        k += 1
    if len(heads) < 2 or k < len(tokens) and (tokens[k].is_cap or level_at(tokens, k) is not None
                                               or _place_after_the_mass_organisations(tokens, k, view.context)
                                               or _PLURAL in keys(tokens, k, k + 2)):
        return []  # (nor "… tại các xã, phường": every commune's)
    commune = view.context.one_local_place(tokens[i].start)
    if commune is None:
        return []
    level, place = commune
    return [OrgMatch(at, at + len(h.words), f"{h.canonical} {level} {place}", h.kind, h.canonical,
                     level=level, place=place, completed=True) for at, h in heads]




_NAMED_AFTER_THEIR_UNIT: Final = frozenset(cues("bodies_named_after_their_unit"))


def _unit_shared_by_a_list(view: SentenceView, i: int, head: OrgHead) -> OrgMatch | None:
    """ "Đảng ủy, Công đoàn, Đoàn Thanh niên Trường Đại học X", "Công đoàn và Đoàn Thanh niên Tổng công ty
    Y": the party and mass organisations of a unit, listed by their heads alone before the last one's
    name, are each the unit's (named after it, not under it, as the last one is); None when the list
    holds another head or does not end in a unit's name."""
    tokens = view.tokens
    if head.canonical not in _NAMED_AFTER_THEIR_UNIT:
        return None
    k = i + len(head.words)
    while k + 1 < len(tokens) and tokens[k].key in _LIST_JOINERS:
        following = org_head_at(tokens, k + 1)
        if following is None or following.canonical not in _NAMED_AFTER_THEIR_UNIT:
            return None
        after = k + 1 + len(following.words)
        if after < len(tokens) and tokens[after].key in _LIST_JOINERS:
            k = after
            continue
        last = parse_org(tokens, k + 1, view.context)
        unit = last.parent if last is not None and not last.part_of_parent else None
        if last is None or unit is None or unit.end != last.end or unit.kind not in _UNITS_WITH_DEPARTMENTS:
            return None
        return OrgMatch(i, i + len(head.words), f"{head.canonical} {unit.label}", head.kind, head.canonical)
    return None


_MASS_ORGANISATIONS: Final = tuple(sorted((surface_words(w) for w in cues("and_the_mass_organisations")), key=len,
                                           reverse=True))


def _place_after_the_mass_organisations(tokens: list[Token], k: int, ctx: ArticleContext) -> OrgMatch | None:
    """ "Đảng ủy- HĐND- UBND- Ủy ban MTTQ và các đoàn thể phường Nam Thanh": a list of a place's
    bodies that ends in its mass organisations, then the level and the place they all share; the
    level alone ("HĐND, UBND, các ban, ngành, đoàn thể huyện"): the article's place of that level."""
    words = next((w for w in _MASS_ORGANISATIONS if keys(tokens, k, k + len(w)) == w), None)
    found = level_at(tokens, k + len(words)) if words is not None else None
    if found is None:
        return None
    end = place_name_run(tokens, found[1])
    if end > found[1]:
        place = place_text(tokens, found[1], end)
        return OrgMatch(k, end, f"{found[0]} {place}", "StateBody", found[0], level=found[0], place=place)
    completed = ctx.place_for(found[0], tokens[k].start)
    if completed is None:
        return None
    return OrgMatch(k, found[1], f"{found[0]} {completed}", "StateBody", found[0], level=found[0], place=completed,
                    completed=True)


_PARTY_COMMITTEE: Final = cue("party_committee")


def _party_committee_named_with_its_level(org: OrgMatch) -> OrgMatch | None:
    """ "Đảng ủy xã X", or the board of one ending the name ("Ban Thường vụ Đảng ủy xã X"): that
    committee, named by its level and place alone; None for any other body."""
    for body in (org, org.parent):
        if body is not None and body.head == _PARTY_COMMITTEE and body.end == org.end and body.level \
                and body.label == f"{_PARTY_COMMITTEE} {body.level} {body.place}":  # not "Đảng ủy Quân sự tỉnh X"
            return body
    return None


def _bodies_after_a_committee(view: SentenceView, committee: OrgMatch, head: OrgHead | None) -> list[OrgMatch]:
    """ "lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam cùng ...": bodies listed after a party
    committee with no level of their own are that committee's place's (none when one has a level);
    so too after a commune's party committee, or its board, named with its level ("các đồng chí
    trong BTV Đảng ủy xã Triệu Lạc, HĐND, UBND, UBMTTQVN")."""
    tokens = view.tokens
    if head is None:
        return []
    if head.attach != "committee":
        named = _party_committee_named_with_its_level(committee)
        if named is None or named.completed:
            return []  # (a commune's committee whose place the article gives: the list may be another's)
        committee = named
    if not committee.level or not committee.place:
        return []
    found: list[OrgMatch] = []
    k = committee.end
    while k + 1 < len(tokens) and tokens[k].key in _LIST_JOINERS:
        following = org_head_at(tokens, k + 1)
        if following is None or following.attach != "level":
            break
        end = k + 1 + len(following.words)
        if end < len(tokens) and tokens[end].key in _LEVEL_WORDS:
            return []  # "Huyện ủy, HĐND, UBND huyện X": the list's own place, read as a list
        if end < len(tokens) and tokens[end].is_cap and tokens[end].is_word:
            break  # "Huyện Đoàn X và Đoàn Thanh niên Công an tỉnh": a body named in full, its own
        found.append(OrgMatch(k + 1, end, f"{following.canonical} {committee.level} {committee.place}",
                              following.kind, following.canonical, level=committee.level,
                              place=committee.place, completed=True))
        k = end
    return found


def _same_bodies_found(view: SentenceView, org: OrgMatch, head: OrgHead | None, mentions: list[Mention],
                       relations: list[RelationMention]) -> int | None:
    """The same bodies of the places listed after ``org`` added to the sentence's finds: where the
    list ends when it follows ``org`` itself (None when it follows a later body of a shared list,
    which is still to be read: "Đảng ủy, UBND xã X và xã Y")."""
    listed = _same_bodies_of_places_listed_after(view, org, head)
    for body in listed:
        found_m, found_r = org_mentions(view, body, ExtractorName.ORGANIZATIONS)
        mentions += found_m
        relations += found_r
    return listed[-1].end if listed and listed[0].start == org.end + 1 else None


_FURTHEST_PLACE_OF_A_SHARED_LIST: Final = 15  # "Đảng ủy, HĐND, UBND, Ủy ban MTTQ và các đoàn thể xã …"


def _same_bodies_of_places_listed_after(view: SentenceView, org: OrgMatch, head: OrgHead | None) -> list[OrgMatch]:
    """ "UBND xã Phong Lạc và xã An Lạc", "Đảng ủy, UBND Phường 2, Phường 5 và Phường 8": a body of a
    level's place, then other places of that level written with their level word, joined to it,
    is named for each of them (the genre's short way to name the same body of several places)."""
    tokens = view.tokens
    if head is None or head.attach != "level" or not org.level or not org.place or org.completed \
            or not org.label.endswith(org.place):
        return []
    k = _end_of_the_place_written(tokens, org)
    found: list[OrgMatch] = []
    while k is not None and k + 1 < len(tokens) and tokens[k].key in _LIST_JOINERS:
        written = level_at(tokens, k + 1)
        if written is None or written[0] != org.level:
            break
        end = place_name_run(tokens, written[1])
        if end <= written[1]:
            break
        place = place_text(tokens, written[1], end)
        found.append(OrgMatch(k + 1, end, org.label[:-len(org.place)] + place, org.kind, org.head,
                              level=org.level, place=place))
        k = end
    return found


def _end_of_the_place_written(tokens: list[Token], org: OrgMatch) -> int | None:
    """Where the place of ``org`` ends in the text: its own end, or, for a body of a list that
    shares the place written after the last ("Đảng ủy, UBND xã X"), that place's end."""
    for j in range(org.start, min(len(tokens), org.end + _FURTHEST_PLACE_OF_A_SHARED_LIST)):
        written = level_at(tokens, j)
        if written is not None and written[0] == org.level:
            end = place_name_run(tokens, written[1])
            if end > written[1] and place_text(tokens, written[1], end) == org.place:
                return end
    return None


# Lower-case heads by which an article names again a body it has named in full:
# "Chi bộ Khoa Nội ... Thực hiện Kết luận 01, chi bộ đã ..."
_BACK_HEADS: Final = tuple(tuple(fold(w) for w in h.split()) for h in cues("heads_named_back"))
_GENERIC_BEFORE: Final = frozenset(fold(w) for w in cues("generic_before_a_head"))


def _named_back(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """Bodies named back by their head alone: in small letters or where a clause begins
    ("chi bộ đã …"), then capitalised where the sentence goes on after it ("của Hội"); and
    the article's own body as "đơn vị"."""
    back = _named_back_by_a_generic_head(view, found)
    back += _named_back_by_a_capitalised_head(view, found + back)
    return back + _the_unit_named_back(view, found + back)


def _named_back_by_a_generic_head(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """A head alone ("chi bộ", "Công ty vinh dự ...") refers back to the one body with
    that head the article has named (none when it has named several, or when it speaks
    of bodies in general)."""
    context = view.context
    earlier = view.article_mentions
    for m in earlier[context.bodies_read:]:
        _remember_body(context.bodies_by_head, m)
    context.bodies_read = len(earlier)
    tokens = view.tokens
    if _BACK_FIRST.isdisjoint(keys(tokens, 0, len(tokens))):
        return []  # no head's first word in the sentence (the test most sentences fail)
    # the article's bodies with this sentence's, read at the first head found (most sentences
    # that hold a head's first word hold no head)
    found_here: dict[tuple[str, ...], dict[str, str | None]] | None = None
    out: list[Mention] = []
    for i, t in enumerate(tokens):
        if t.key not in _BACK_FIRST or not t.is_word:
            continue
        # capitalised, only where a clause begins: "Năm 2022, Công ty vinh dự ..."
        if t.is_cap and i > 0 and tokens[i - 1].text not in (",", ";", ":"):
            continue
        for head in _BACK_HEADS:
            end = i + len(head)
            if keys(tokens, i, end) != head:
                continue
            if found_here is None:
                found_here = {}
                for m in found:
                    _remember_body(found_here, m)
            bodies = {**context.bodies_by_head.get(head, {}), **found_here.get(head, {})}
            if len(bodies) != 1 or (i > 0 and tokens[i - 1].key in _GENERIC_BEFORE):
                break
            if end < len(tokens) and tokens[end].is_word and (tokens[end].is_cap or tokens[end].key in _LEVEL_WORDS):
                break  # "đảng bộ xã", "công ty Hòa Phát": another body, named
            if view.covered(t.start, tokens[end - 1].end, ("Organization", "Document", "PracticeModel", "Event")) \
                    or any(m.span.start <= t.start < m.span.end for m in found):
                break
            ((label, kind),) = bodies.items()
            out.append(view.mention("Organization", i, end, label, FoundAs.ORGANIZATION_BACK_REFERENCE, kind=kind))
            break
    return out


_BACK_FIRST: Final = frozenset(head[0] for head in _BACK_HEADS)


def _remember_body(named: dict[tuple[str, ...], dict[str, str | None]], m: Mention) -> None:
    if m.type != "Organization" or m.extractor == FoundAs.ORGANIZATION_BACK_REFERENCE:
        return
    label_words = m.label.split()  # once, not for each head
    if not label_words or fold(label_words[0]) not in _BACK_FIRST:
        return  # no head begins with its first word (most bodies)
    words = tuple(fold(w) for w in label_words[:3])
    for head in _BACK_HEADS:
        if words[:len(head)] == head and len(label_words) > len(head):
            named.setdefault(head, {})[m.label] = m.kind


# Capitalised heads that alone name again a body named in full ("Hội" for "Hội Chữ thập đỏ
# thành phố X"), as annotators wrote them (heads_named_back.txt, derived from gold aliases),
# longest first; and the words that may follow one, where it ends a clause's subject or
# object ("Hội đã triển khai …", "mô hình “A” của Hội được …"), not a word it begins ("Hội
# nghị", "Bộ trưởng")
_CAPITALISED_HEADS: Final = tuple(sorted((tuple(fold(w) for w in h.split()) for h in heads_named_back()),
                                         key=len, reverse=True))
_CAPITALISED_FIRST: Final = frozenset(h[0] for h in _CAPITALISED_HEADS)
_AFTER_A_HEAD_NAMED_BACK: Final = tuple(tuple(fold(w) for w in c.split()) for c in cues("after_a_body_named_back"))


def _named_back_by_a_capitalised_head(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """A capitalised head alone, not followed by a name, names again the one body the article
    has named in full with that head and a capitalised word after it ("Hội Chữ thập đỏ
    thành phố X … Mô hình “Ngân hàng bò” của Hội"); none where it has named several."""
    tokens = view.tokens
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if not (t.is_cap and t.key in _CAPITALISED_FIRST) or (i > 1 and tokens[i - 1].is_cap):
            i += 1  # "Trung ương Hội", a name's word before: not the head alone
            continue
        head = next((h for h in _CAPITALISED_HEADS if h[0] == t.key and keys(tokens, i, i + len(h)) == h), None)
        if head is None:
            i += 1
            continue
        end = i + len(head)
        units = _units_of_the_body(tokens, i) and not (end < len(tokens) and tokens[end].is_cap)
        if (units or _ends_a_reference(tokens, end) or _addressed(tokens, i, end)) \
                and not view.covered(t.start, tokens[end - 1].end) \
                and not any(m.span.start <= t.start < m.span.end for m in found):
            bodies = _bodies_named_with(head, (*view.article_mentions, *found), t.start)
            if len(bodies) > 1 and not units:
                # the subject of a clause that goes on ("Hội tiếp tục …"), not "công tác Hội."
                goes_on = end < len(tokens) and tokens[end].is_word
                bodies = _named_most(bodies, (*view.article_mentions, *found)) if goes_on else {}
            if len(bodies) == 1 or units and bodies:
                label, kind = next(iter(bodies.items()))  # one, or the first named: the article's own
                out.append(view.mention("Organization", i, end, label, FoundAs.ORGANIZATION_BACK_REFERENCE,
                                        kind=kind))
        i = end
    return out


def _named_most(bodies: dict[str, str | None], mentions: tuple[Mention, ...]) -> dict[str, str | None]:
    """Of several bodies named with one head ("Hội Nông dân huyện X", "Hội Nông dân tỉnh Y"),
    the one the article names at least twice as often as any other, in full or short: the
    body it is about, which its head alone names back ("đề nghị Hội tiếp tục thực hiện …");
    none where no one body stands out."""
    # "Tổng công ty X - EVNSPC" is "Tổng công ty X" named with its initials: one body, the shorter name
    shortest = {label: min((b for b in bodies if label == b or label.startswith(f"{b} - ")), key=len)
                for label in bodies}
    named = Counter(shortest[m.label] for m in mentions if m.type == "Organization" and m.label in shortest)
    counts = sorted(((named[label], label) for label in set(shortest.values())), reverse=True)
    if len(counts) == 1:
        return {counts[0][1]: bodies[counts[0][1]]}
    if counts[0][0] < 2 * counts[1][0]:
        return {}
    return {counts[0][1]: bodies[counts[0][1]]}


# "cả 10 cơ sở Hội …", "các cấp Hội triển khai …": the units or levels of the body the article is
# about, the first it names with that head, whichever others it names
_UNITS_OF_A_BODY: Final = tuple(tuple(fold(w) for w in c.split()) for c in cues("units_of_a_body_before"))


def _units_of_the_body(tokens: list[Token], i: int) -> bool:
    return any(i >= len(u) and tokens[i - 1].key == u[-1] and keys(tokens, i - len(u), i) == u
               for u in _UNITS_OF_A_BODY)


# "đề nghị Trung tâm nâng cao chất lượng …", "yêu cầu Công ty rà soát …": whom an officer asks to act,
# a capitalised head alone right after the request and a word in small letters after it (not a name:
# "đề nghị Sở Y tế …"), is the body named back, the subject of what is asked, whatever verb follows;
# so is whom an award is handed to ("trao Huân chương Lao động hạng Nhất cho Viện và …", "tặng Bằng
# khen cho Bệnh viện vì thành tích …")
_ASKS: Final = tuple(tuple(fold(w) for w in c.split()) for c in (*cues("asks_another_to_act"), cue("handed_to")))


def _addressed(tokens: list[Token], start: int, end: int) -> bool:
    if end >= len(tokens) or not tokens[end].is_word or tokens[end].is_cap:
        return False
    return any(start >= len(a) and tokens[start - 1].key == a[-1] and keys(tokens, start - len(a), start) == a
               for a in _ASKS)


def _ends_a_reference(tokens: list[Token], end: int) -> bool:
    """Whether a head ending at ``end`` stands alone: the sentence ends, a mark follows, or
    a word a clause goes on with ("đã", "được", "tiếp tục")."""
    if end >= len(tokens) or not tokens[end].is_word:
        return end >= len(tokens) or tokens[end].text not in ("(", "-", "–")
    first = tokens[end].key  # the first word compared first: most words begin none
    return any(c[0] == first and keys(tokens, end, end + len(c)) == c for c in _AFTER_A_HEAD_NAMED_BACK)


def _bodies_named_with(head: tuple[str, ...], mentions: tuple[Mention, ...], before: int) -> dict[str, str | None]:
    """The bodies named in full before ``before`` whose label is ``head`` and a capitalised
    word or a number ("Hội Nông dân …", "Chi bộ 3"; not "Hội đồng nhân dân …"); not one named
    only inside another's name, which is no entity of its own."""
    bodies: dict[str, str | None] = {}
    for m in mentions:
        if m.type != "Organization" or m.extractor in (FoundAs.ORGANIZATION_BACK_REFERENCE, FoundAs.NESTED) \
                or m.span.start >= before:
            continue
        words = m.label.split()
        if len(words) > len(head) and tuple(fold(w) for w in words[:len(head)]) == head \
                and (words[len(head)][0].isupper() or words[len(head)][0].isdigit()):
            bodies[m.label] = m.kind
    return bodies


# "Trước đó, đơn vị đã được Thủ tướng tặng Bằng khen": "đơn vị" alone, where the clause goes
# on after it, is the body the article is about, the first it names (not "các đơn vị", "lãnh
# đạo đơn vị", "đơn vị trực thuộc")
_THE_UNIT: Final = tuple(fold(w) for w in cue("the_unit").split())
_NOT_THE_UNIT_AFTER: Final = frozenset(fold(w) for w in cues("not_the_unit_after"))


def _the_unit_named_back(view: SentenceView, found: list[Mention]) -> list[Mention]:
    tokens = view.tokens
    out: list[Mention] = []
    for i, t in enumerate(tokens):
        end = i + len(_THE_UNIT)
        if t.key != _THE_UNIT[0] or keys(tokens, i, end) != _THE_UNIT or not _ends_a_reference(tokens, end) \
                or (i > 0 and tokens[i - 1].key in _NOT_THE_UNIT_AFTER) \
                or any(m.span.start <= t.start < m.span.end for m in found) \
                or view.covered(t.start, tokens[end - 1].end):
            continue
        first = next((m for m in view.article_mentions if m.type == "Organization"
                      and m.extractor == ExtractorName.ORGANIZATIONS), None)
        if first is not None:
            out.append(view.mention("Organization", i, end, first.label, FoundAs.ORGANIZATION_BACK_REFERENCE,
                                    kind=first.kind))
    return out
