"""The organisation hierarchy an article implies when it names two levels.

A party committee is under the committee of the level directly above ("Huyện ủy
Tháp Mười" under "Tỉnh ủy Đồng Tháp"), a department under its People's Committee.  A
link is made only when the level above is named once.  A commune's People's Committee
or association is not put under the district's by name alone (the gold format: not
from knowledge outside the text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Final

from kg.extract import Found, patterns, register_finisher
from kg.extract.lexicon import (
    CENTRAL_COMMITTEE,
    cue,
    cue_alternatives,
    cues,
    district_provinces,
    fold,
    lexicon,
    local_parents,
    surface_words,
)
from kg.extract.tokens import DASHES
from kg.model import Article, EntityKey, FinisherName, FoundAs, Mention, RelationMention, Sentence
from kg.text import match_key

_UNDER_PEOPLES_COMMITTEE: Final = tuple(f"{body} " for body in cues("under_peoples_committee"))
_PARTY_GROUPS: Final = tuple(f"{group} " for group in cues("party_groups"))  # under no body by name alone
_PARTY_COMMITTEE: Final = cue("party_committee")
_CITY_COMMITTEE: Final = cue("city_committee")
_CITY: Final = cue("city_level")
_PEOPLES_COMMITTEE: Final = cue("peoples_committee")
_CENTRE: Final = cue("centre")
_OWN_HIERARCHY: Final = tuple(f"{unit} " for unit in cues("units_with_their_own_hierarchy"))
_ASSOCIATIONS_CENTRAL_COMMITTEES: Final = tuple(f"{c} " for c in cues("associations_central_committees"))
_NOT_PARENTS_BY_NAME: Final = frozenset(cues("names_not_parents"))
# "Ban Tuyên giáo Tỉnh ủy X" is named after its committee, not a body of the place
_NAMED_AFTER_ANOTHER: Final = ("Ban ", cue("party_cell"), cue("school"))


# bodies of one family named differently at different levels ("Ban Chỉ huy Quân sự huyện X" under
# "Bộ Chỉ huy Quân sự tỉnh Y")
_ONE_FAMILY: Final = dict(c.split("=", 1) for c in cues("one_family_across_levels"))


# the heads of a department's and a ministry's names ("Sở", "Bộ"): the grammar's list of the
# bodies with an inspectorate of their own, which are those
_DEPARTMENT_AND_MINISTRY_HEADS: Final = frozenset(cues("bodies_with_an_inspectorate"))


def _named_after_a_department(family: str) -> bool:
    """ "Thanh tra Sở Y tế", "Phòng Tổ chức Sở Nội vụ": a unit named after a department or a ministry;
    "Phòng Cảnh sát giao thông Công an": or after another body whose head its name holds."""
    words = family.split()
    return any(word in _DEPARTMENT_AND_MINISTRY_HEADS for word in words[1:]) or _holds_a_body_s_head(words)


def _holds_a_body_s_head(words: list[str]) -> bool:
    """Whether a capitalised word after the first begins the head of a body the grammar knows, of two
    words or more ("Công an" in "Phòng Cảnh sát giao thông Công an"; not "Khoa", a faculty, in "Sở
    Khoa học và Công nghệ"): the unit is that body's."""
    folded = [fold(w) for w in words]
    return any(words[k][:1].isupper() and any(len(h.words) > 1 and tuple(folded[k:k + len(h.words)]) == h.words
                                               for h in lexicon().org_heads_at(folded[k]))
               for k in range(1, len(words)))


# each level's party committee and the level's rank, as place_levels.tsv gives them
_COMMITTEE_RANKS: Final = {lv.committee: lv.rank for lv in lexicon().levels}


# org_shape's answers, emptied when full: the same bodies' labels come back in article after
# article, and compiled code looks them up in C (a @cache'd function is a generic call)
_SHAPES: Final[dict[str, tuple[str, int, str] | None]] = {}
_MOST_SHAPES: Final = 1 << 14


def org_shape(label: str) -> tuple[str, int, str] | None:
    """(family of body, rank of its level, place) read from a canonical label."""
    if label in _SHAPES:
        return _SHAPES[label]
    if len(_SHAPES) >= _MOST_SHAPES:
        _SHAPES.clear()
    shape = _SHAPES[label] = _read_shape(label)
    return shape


def _read_shape(label: str) -> tuple[str, int, str] | None:
    lex = lexicon()
    for head, rank in _COMMITTEE_RANKS.items():
        if label.startswith(head + " "):
            rest = label[len(head) + 1:]
            rest = next((place for place, named in lex.places_in_body_names.items() if named == rest), rest)
            if head == _CITY_COMMITTEE:
                rank = _city_rank(rest, rank)
            if head == _PARTY_COMMITTEE:
                lv = next((lv for lv in lex.levels if rest.lower().startswith(lv.word + " ")), None)
                if lv is None or lv.rank < 3:
                    return None
            return "committee", rank, rest
    for lv in lex.levels:
        family, written, place = label.partition(f" {lv.word} ")
        family = _ONE_FAMILY.get(family, family)
        if written and place and (family.startswith(_PARTY_GROUPS) or not family.startswith(_NAMED_AFTER_ANOTHER)):
            rank = _city_rank(place, lv.rank) if lv.word == _CITY else lv.rank
            return family, rank, place
    return None


def _city_rank(city: str, rank: int) -> int:
    """A city under the centre ranks with the provinces (1); another with the districts."""
    return 1 if city in lexicon().central_cities else rank


_STANDING_BOARDS: Final = tuple(f"{board} " for board in cues("standing_boards_of_a_body"))


def a_standing_board(label: str) -> bool:
    """ "Thường trực Hội đồng nhân dân huyện X", "Ban Thường trực Ủy ban MTTQ xã Y": a body's standing
    board, which names its body without the text naming that body as one (unlike "Ban Thường vụ
    Tỉnh ủy X", whose committee annotators keep: 75 links of 119)."""
    return label.startswith(_STANDING_BOARDS)


_CELL_COMMITTEES: Final = tuple(f"{fold(c)} {fold(cue('party_cell'))} " for c in cues("cell_committees"))


def cells_of_their_committees(mentions: Iterable[Mention]) -> dict[str, str]:
    """ "Chi ủy Chi bộ Trường X" -> "Chi bộ Trường X", "Ban chi ủy Chi bộ 25" -> "Chi bộ 25": the cells the
    article names whose committees it names with them, by the committee's label.  A cell's committee named
    with its cell is the cell, one body named two ways (as "Thành ủy X" is the city's executive committee),
    not a body under it (the development gold: the cell alone in the 12 texts where kg named both, the
    committee apart in 2 others)."""
    labels = {m.label for m in mentions if m.type == "Organization"}
    named = {match_key(label): label for label in labels}
    cells: dict[str, str] = {}
    for label in labels:
        committee = next((c for c in _CELL_COMMITTEES if fold(label).startswith(c)), None)
        cell = " ".join(label.split()[len(committee.split()) - 2:]) if committee is not None else ""
        if match_key(cell) in named and cell:
            cells[label] = named[match_key(cell)]
    return cells


def _may_contain(parent: str, child: str) -> bool:
    for level, allowed in local_parents().items():
        if f" {level} " in f" {child.lower()} " and not re.search(rf"\b{level}\b", parent.lower()):
            return any(a in parent for a in allowed)
    return True


def _may_lie_in(place: str, parent_place: str) -> bool:
    """A city named as a province is ("Thành ủy Thái Nguyên", the province's seat) lies in that
    province, not in another the article names ("Tỉnh ủy Tuyên Quang")."""
    return place not in lexicon().provinces or place == parent_place


def _committees_above(label: str, shape: tuple[str, int, str], above: dict[str, tuple[str, int, str] | None]
                      ) -> list[str]:
    """The party committees of the level right above a committee's that may hold it."""
    family, rank, place = shape
    return _in_the_district_s_province(place, [
        other for other, s in above.items() if s and s[0] == family and s[1] == rank - 1
        and _may_contain(other, label) and _may_lie_in(place, s[2])], above)


def _in_the_district_s_province(place: str, parents: list[str],
                                shapes: dict[str, tuple[str, int, str] | None]) -> list[str]:
    """Of several provinces' committees the article names, the one of the province the district lies in ("bí
    thư Huyện ủy Mường Khương (Lào Cai)" in an article that names Tỉnh ủy Tuyên Quang and Tỉnh ủy Lào Cai), where
    one province alone has a district of that name (district_provinces.tsv); else all of them."""
    province = district_provinces().get(place) if len(parents) > 1 else None
    if province is None:
        return parents
    return [p for p in parents if (shape := shapes.get(p)) is not None and shape[2] == province]


def _with_committees_named_within(mentions: list[Mention], orgs: dict[str, Mention],
                                  shapes: dict[str, tuple[str, int, str] | None]
                                  ) -> tuple[dict[str, Mention], dict[str, tuple[str, int, str] | None]]:
    """The bodies and their shapes, with the party committees the text names only inside another
    body's name ("Ban Dân vận Tỉnh ủy" names "Tỉnh ủy Bắc Giang"): named, so the committee above
    a district's it names too (docs/gold-conventions/bodies.md 7)."""
    nested = {m.label: m for m in mentions if m.type == "Organization" and m.extractor == FoundAs.NESTED
              and m.label not in orgs}
    if not nested:
        return orgs, shapes
    nested_shapes = {label: shape for label in nested if (shape := org_shape(label)) and shape[0] == "committee"}
    return {**nested, **orgs}, {**nested_shapes, **shapes}


def _bodies_named(mentions: list[Mention]) -> dict[str, Mention]:
    """The bodies the article names, by label, each once: a name a header or a caption writes in
    capitals ("Bộ TÀI CHÍNH", "Hội đồng nhân dân thị xã BA ĐỒN") is the body the text names in
    lower case, not another (which would make two ministries, two councils, and no one parent)."""
    orgs: dict[str, Mention] = {}
    for m in mentions:
        # (an office that gives an award, "Chủ tịch UBND tỉnh X", is named by its body, not part of it)
        if m.type == "Organization" and m.extractor not in (FoundAs.NESTED, FoundAs.AWARD_GIVING_OFFICE):
            orgs.setdefault(m.label, m)
    by_case: dict[str, str] = {}
    for label in orgs:
        written = by_case.setdefault(label.lower(), label)
        if written != label and sum(c.isupper() for c in label) < sum(c.isupper() for c in written):
            by_case[label.lower()] = label
    return orgs if len(by_case) == len(orgs) else {label: orgs[label] for label in by_case.values()}


@register_finisher(FinisherName.HIERARCHY)
def find_hierarchy(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                   relations: list[RelationMention]) -> Found:
    orgs = _bodies_named(mentions)
    shapes = {label: org_shape(label) for label in orgs}
    bodies, above = _with_committees_named_within(mentions, orgs, shapes)
    listed_only = {m.label for m in mentions if m.extractor == FoundAs.LISTED_PLACES} \
        - {m.label for m in mentions if m.extractor not in (FoundAs.LISTED_PLACES, FoundAs.NESTED)}
    found: list[RelationMention] = []
    for label, shape in shapes.items():
        if shape is None:
            continue
        family, rank, _ = shape
        # Not from knowledge outside the text (the gold format's hierarchy rule): a province's
        # body is not put under its central body, nor a ministry under the Government.
        if family.startswith(_PARTY_GROUPS):
            # "Ban cán sự đảng UBND tỉnh X": under neither the body it serves nor, by name alone, the
            # committee of its level (docs/gold-conventions/bodies.md 4: 0 of 4 such pairs linked)
            parents = []
        elif f"{family} ".startswith(_UNDER_PEOPLES_COMMITTEE) and not _named_after_a_department(family):
            # "Sở Nội vụ", "Thanh tra" (tỉnh X); not "Thanh tra Sở Y tế tỉnh X", under its department
            parents = [other for other, s in shapes.items() if s and s[0] == _PEOPLES_COMMITTEE
                       and s[1] == rank and s[2] == shape[2]]
        elif family != "committee":
            # A commune's association or People's Committee under the district's of the same
            # kind is knowledge outside the text unless it says so: the annotators of real
            # text drew that link for 16 of 77 such pairs both named (the blind batches for
            # none), against 40 of 79 for party committees, which the gold format names.
            parents = []
        elif label in listed_only:
            # named as one of a list of places ("Huyện ủy các huyện A, B, C"), saying who, not
            # under whom.  A committee named by its head alone ("lãnh đạo Huyện ủy", its place the
            # article's) is named: under the committee above when that is named too (the
            # convention, docs/gold-conventions/bodies.md 7)
            parents = []
        else:
            parents = _committees_above(label, shape, above)
        if len(parents) == 1:
            child = orgs[label]
            found.append(RelationMention(child.key, "subOrganizationOf", bodies[parents[0]].key,
                                         child.span, FinisherName.HIERARCHY, child.sentence))
    known = {(r.subject, r.object) for r in (*relations, *found) if r.predicate == "subOrganizationOf"}
    found += [r for r in (*_named_within(orgs), *_under_the_group_it_names(orgs, mentions), *_branches_of(orgs),
                          *_offices_of_numbered_regions(orgs))
              if (r.subject, r.object) not in known]
    placed = {r.subject for r in (*relations, *found) if r.predicate == "subOrganizationOf"}
    found += _cells_of_the_party_organisation(orgs, placed)
    found += _cells_of_the_one_commune(orgs, shapes, placed | {r.subject for r in found}) \
        + _communes_under_the_bare_district(orgs, bodies, shapes, placed)
    found += _districts_under_the_bare_province(orgs, bodies, shapes, placed | {r.subject for r in found}, listed_only)
    found += _delegates_groups_of_the_council(orgs, placed)
    found += _faculties_of_the_school(orgs, placed)
    found += _departments_of_the_ministry(orgs, placed)
    found += _boards_of_the_central_committee(orgs)
    found += _bare_departments_of_the_one_committee(orgs, shapes, placed)
    found += _units_named_before_their_body(article.text, orgs, mentions, placed | {r.subject for r in found})
    found += _own_units_of_the_article_s_body(orgs, shapes, mentions, placed | {r.subject for r in found})
    if cue("units_said_to_be_under") in article.text:
        found += _units_said_to_be_under(article.text, mentions, placed | {r.subject for r in found})
    return [], found


# "sắp xếp 8 chi cục thuế trực thuộc", "các công đoàn cơ sở trực thuộc": a count or "các", the kind of unit
# in small letters (a head's words), "trực thuộc"
_UNITS_UNDER: Final = patterns.compile(
    rf"(?:\d+|{re.escape(cue('plural'))})\s+(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?)"
    rf"\s+(?:{cue_alternatives('units_said_to_be_under')})\b")
_OF_BEFORE: Final = patterns.compile(rf"\b{re.escape(cue('of'))}\s+$")
_CELL_WORDS: Final = tuple(fold(w) for w in cue("party_cell").split())


def _units_said_to_be_under(text: str, mentions: list[Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Ông A, Cục trưởng Cục Thuế tỉnh X cho biết, đơn vị đang sắp xếp 8 chi cục thuế trực thuộc … Chi
    cục Thuế huyện B và Chi cục Thuế huyện C hợp nhất …": the units of a kind a body says it has are
    under it: each body of that kind named from there on and placed nowhere else. The body is the last
    named before the words in their sentence, not one named after "của" (a document's issuer)."""
    found: list[RelationMention] = []
    bodies = sorted((m for m in mentions if m.type == "Organization" and m.extractor != FoundAs.NESTED),
                    key=lambda m: m.span.start)
    for said in _UNITS_UNDER.finditer(text):
        if not said["kind"].islower() or text[said.end():said.end() + 2].strip()[:1].isupper():
            continue  # a kind in small letters, not a body's name ("các Chi cục Thuế …"); nor units said
            # to be under a body named after the words ("các đảng ủy trực thuộc Đảng ủy Chính phủ: …")
        kind = tuple(fold(w) for w in said["kind"].split())
        if kind[:len(_CELL_WORDS)] == _CELL_WORDS:
            continue  # "9 chi bộ trực thuộc": party cells are placed as bodies.md says (_cells_of_…)
        before = [m for m in bodies if m.span.end <= said.start() and not _OF_BEFORE.search(
            text, max(0, m.span.start - 8), m.span.start)]
        parent = before[-1] if before and "." not in text[before[-1].span.end:said.start()] else None
        if parent is None:
            continue
        units = {m.key: m for m in bodies if m.span.start > said.start() and m.key not in placed
                 and tuple(fold(w) for w in m.label.split()[:len(kind)]) == kind and m.key != parent.key}
        found += [RelationMention(unit.key, "subOrganizationOf", parent.key, unit.span, FinisherName.HIERARCHY,
                                  unit.sentence) for unit in units.values()]
        placed |= set(units)
    return found


_SECTORS: Final = frozenset(lexicon().sectors)
# "Sở=1|Phòng=2": the departments named after a sector, and the rank of the level whose People's
# Committee they serve (place_levels.tsv)
_DEPARTMENT_RANKS: Final = {head: int(rank) for head, rank in (c.split("=", 1) for c in cues("departments_by_rank"))}


def _bare_departments_of_the_one_committee(orgs: dict[str, Mention], shapes: dict[str, tuple[str, int, str] | None],
                                           placed: set[EntityKey]) -> list[RelationMention]:
    """ "mời đại diện Phòng Nông nghiệp và Môi trường", "Sở Tư pháp" with no place: the department of
    the one People's Committee of its level the article names ("UBND huyện Châu Thành", or a bare
    "UBND tỉnh"), under it; none where the article names two."""
    found: list[RelationMention] = []
    for label, child in orgs.items():
        head, _, sector = label.partition(" ")
        rank = _DEPARTMENT_RANKS.get(head)
        if rank is None or shapes.get(label) is not None or child.key in placed \
                or surface_words(sector) not in _SECTORS:
            continue
        bare = {f"{_PEOPLES_COMMITTEE} {lv.word}" for lv in lexicon().levels if lv.rank == rank}
        parents = {other for other, s in shapes.items() if s and s[0] == _PEOPLES_COMMITTEE and s[1] == rank} \
            or {other for other in orgs if other in bare}
        if len(parents) == 1:
            found.append(RelationMention(child.key, "subOrganizationOf", orgs[parents.pop()].key,
                                         child.span, FinisherName.HIERARCHY, child.sentence))
    return found


_UNITS_BEFORE_THEIR_BODY: Final = tuple(f"{head} " for head in cues("units_named_before_their_body"))
# ", " or " của " between a unit and its body
_UNIT_TO_ITS_BODY: Final = re.compile(rf"\s*,\s*|\s+{re.escape(cue('of'))}\s+")


def _units_named_before_their_body(text: str, orgs: dict[str, Mention], mentions: list[Mention],
                                   placed: set[EntityKey]) -> list[RelationMention]:
    """ "Phó Vụ trưởng Vụ Tổng hợp, Văn phòng Trung ương Đảng", "Phòng xét nghiệm của Trung tâm Kiểm soát
    bệnh tật tỉnh X": a unit named bare (no place in its name) and then, after a comma or "của", a body of
    another kind is that body's, where the text places it nowhere else; not so in a list of bodies ("đại
    diện Vụ Pháp chế, Văn phòng Bộ, Thanh tra Bộ": a body named before or after the two, by a comma)."""
    if not any(label.startswith(_UNITS_BEFORE_THEIR_BODY) for label in orgs):
        return []
    named = sorted((m for m in mentions if m.type == "Organization" and m.extractor != FoundAs.NESTED
                    and m.label in orgs), key=lambda m: (m.sentence, m.span.start))
    found: list[RelationMention] = []
    for k, (unit, body) in enumerate(zip(named, named[1:], strict=False)):
        if unit.key in placed or not unit.label.startswith(_UNITS_BEFORE_THEIR_BODY) or unit.sentence != body.sentence \
                or org_shape(unit.label) is not None or body.label.split()[0] == unit.label.split()[0] \
                or body.label in unit.label or not _UNIT_TO_ITS_BODY.fullmatch(text, unit.span.end, body.span.start):
            continue
        if _named_after_another(unit.label, orgs) or text[unit.span.end:body.span.start].strip() == "," \
                and body.label.startswith(_UNITS_BEFORE_THEIR_BODY):
            continue  # "Vụ Ủy ban Kiểm tra Trung ương", "Cục Hàng hải Việt Nam"; "Phòng A, Trung tâm B": peers
        if k and _listed_with(text, named[k - 1], unit) \
                or k + 2 < len(named) and _listed_with(text, body, named[k + 2]):
            continue
        placed.add(unit.key)
        found.append(RelationMention(unit.key, "subOrganizationOf", body.key, unit.span, FinisherName.HIERARCHY,
                                     unit.sentence))
    return found


_LIST_JOINS: Final = frozenset((",", cue("and"), cue("and").capitalize()))


def _listed_with(text: str, first: Mention, then: Mention) -> bool:
    """Whether two bodies of one sentence are named one after the other in a list ("A, B", "A và B")."""
    return first.sentence == then.sentence and text[first.span.end:then.span.start].strip() in _LIST_JOINS


def _named_after_another(label: str, orgs: dict[str, Mention]) -> bool:
    """Whether a unit's name holds another body's, by its name, its acronym or its head, or the country's
    name: named in full, not bare."""
    return _names_another_body(label, orgs) or _holds_a_body_s_head(label.split()) \
        or label.endswith(f" {cue('country')}")


_OWN_UNITS: Final = tuple(f"{head} " for head in cues("a_body_s_own_units"))
_COMPANY_S_OWN_UNITS: Final = tuple(f"{head} " for head in cues("a_company_s_own_units"))
_PROJECT_BOARD: Final = f"{cue('project_management_board')} "
# the kinds of bodies whose units have a hierarchy of their own ("Chi bộ …", "Chi hội …")
_KINDS_WITH_UNITS_OF_THEIR_OWN: Final = frozenset(("PartyCommittee", "PartyOrganization", "PartyBoard",
                                                   "MassOrganization"))
_COUNCILS_AND_COMMITTEES: Final = frozenset((_PEOPLES_COMMITTEE, cue("peoples_council")))
# the article is about a body it names this often at least (in its title, its lead and after)
_TIMES_A_HOST_IS_NAMED: Final = 3


def _names_another_body(label: str, orgs: dict[str, Mention]) -> bool:
    """ "Phòng Truyền thông PV Power", "Phòng Cảnh sát Công an tỉnh X": a unit whose name holds another
    body's (by its name or its acronym) is that body's, not the article's."""
    words = label.split()
    return any(other != label and other in label for other in orgs) \
        or any(len(word) > 1 and word.isupper() and word.isalpha() for word in words[1:])


def _named_within_its_own_bodies(hosts: Counter[str], mentions: list[Mention], orgs: dict[str, Mention]) -> list[str]:
    """ "Đảng ủy" and "Công đoàn trường" where the article is about "Trường Cao đẳng X": a body's party
    committee or union named by a short form names the body too, each time (where the text writes the
    body's name out within it, that is a mention of its own)."""
    written_out = {(m.sentence, m.span.start, m.span.end) for m in mentions if m.label in hosts}
    return [host for m in mentions if m.type == "Organization" and m.label in orgs
            and m.kind in _KINDS_WITH_UNITS_OF_THEIR_OWN
            for host in hosts if m.label.endswith(f" {host}")
            and not any(s == m.sentence and m.span.start <= a and b <= m.span.end for s, a, b in written_out)]


def _own_units_of_the_article_s_body(orgs: dict[str, Mention], shapes: dict[str, tuple[str, int, str] | None],
                                     mentions: list[Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Phòng Tham mưu", "Đội Quản lý thị trường số 1" named bare, with no place and no body in their
    name: outlets name a body's working units so once the article is about the body ("Công an tỉnh X",
    "Chi cục Quản lý thị trường tỉnh Y", "Học viện Z"); under the body the article names most often,
    where one does, of those whose units are not a hierarchy of their own (the party's, the mass
    organisations') nor a people's committee's or council's (whose departments are named after a
    sector: _bare_departments_of_the_one_committee). A company's departments are "Ban …"."""
    # a unit named after a sector ("Phòng Tổ chức cán bộ", "Phòng Nông nghiệp …") is a people's
    # committee's department where the article names one, the article's body's own unit where it names none
    committees = any(s is not None and s[0] == _PEOPLES_COMMITTEE for s in shapes.values()) \
        or any(label.startswith(f"{_PEOPLES_COMMITTEE} ") for label in orgs)
    units = [m for label, m in orgs.items() if m.key not in placed and shapes.get(label) is None
             and (label.startswith(_OWN_UNITS)
                  and not (committees and surface_words(label.partition(" ")[2]) in _SECTORS)
                  or label.startswith(_COMPANY_S_OWN_UNITS) and m.kind == "Unit"
                  and not label.startswith(_PROJECT_BOARD))
             and not _names_another_body(label, orgs)]
    if not units:
        return []
    candidates = {unit.label for unit in units}
    # (nor a body named within another's name, "Hội đồng quản trị Tổng công ty X", is the article's)
    named = Counter(m.label for m in mentions if m.type == "Organization" and m.label in orgs
                    and m.label not in candidates and m.kind not in _KINDS_WITH_UNITS_OF_THEIR_OWN
                    and ((shape := shapes.get(m.label)) is None or shape[0] not in _COUNCILS_AND_COMMITTEES)
                    and not any(other != m.label and m.label.endswith(f" {other}") for other in orgs))
    named.update(_named_within_its_own_bodies(named, mentions, orgs))
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < _TIMES_A_HOST_IS_NAMED or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return []
    host = orgs[ranked[0][0]]
    if _is_ministry(host.label, host):
        return []  # a ministry's units are "Vụ …" and "Cục …" (_departments_of_the_ministry)
    # a company's units are "Ban …" (a "Phòng" or "Đội" named in its news is most often a partner's)
    heads = _COMPANY_S_OWN_UNITS if host.kind == "Enterprise" else _OWN_UNITS
    return [RelationMention(unit.key, "subOrganizationOf", host.key, unit.span, FinisherName.HIERARCHY,
                            unit.sentence) for unit in units if unit.label.startswith(heads)]


def _boards_of_the_central_committee(orgs: dict[str, Mention]) -> list[RelationMention]:
    """ "Ban Tổ chức Trung ương" where the text names the Central Committee too: under it."""
    central = orgs.get(CENTRAL_COMMITTEE)
    if central is None:
        return []
    # "Ban Thi đua - Khen thưởng Trung ương" is the state's, not the party's
    return [RelationMention(child.key, "subOrganizationOf", central.key, child.span, FinisherName.HIERARCHY,
                            child.sentence)
            for label, child in orgs.items() if _is_central_board(label) and child.kind != "StateBody"]



_CELL: Final = f"{cue('party_cell')} "
_PARTY_ORGANISATION: Final = cue("party_organisation")


def _cells_of_the_party_organisation(orgs: dict[str, Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Chi bộ Khoa Răng Hàm Mặt" in an article whose one party organisation is that of a unit,
    "Đảng bộ Trường Đại học Y Dược Cần Thơ": a cell the text places nowhere else is that
    organisation's (not so a place's: a hamlet's cell goes under the one commune committee the article
    names, _cells_of_the_one_commune, or is left where the text leaves it)."""
    cells = [m for label, m in orgs.items() if label.startswith(_CELL) and m.key not in placed]
    bodies = [m for label, m in orgs.items() if label.startswith(f"{_PARTY_ORGANISATION} ")] if cells else []
    if len(bodies) != 1 or len(bodies[0].label.split()) < 4 \
            or (shape := org_shape(bodies[0].label)) is not None and shape[0] == _PARTY_ORGANISATION:
        return []
    return [RelationMention(cell.key, "subOrganizationOf", bodies[0].key, cell.span, FinisherName.HIERARCHY,
                            cell.sentence) for cell in cells]


# "Chi bộ thôn 3", "Chi bộ ấp Tân Hòa": a party cell named after a place below a commune
_CELLS_OF_A_LOCALITY: Final = tuple(f"{_CELL}{locality} " for locality in cues("localities"))
_COMMUNE_RANK: Final = max(lv.rank for lv in lexicon().levels)


def _one_commune_committee(shapes: dict[str, tuple[str, int, str] | None]) -> str | None:
    """The party committee of a commune ("Đảng ủy xã Tân Lập") the article names, if it names one."""
    communes = [label for label, s in shapes.items() if s and s[0] == "committee" and s[1] == _COMMUNE_RANK]
    return communes[0] if len(communes) == 1 else None


def _cells_of_the_one_commune(orgs: dict[str, Mention], shapes: dict[str, tuple[str, int, str] | None],
                              placed: set[EntityKey]) -> list[RelationMention]:
    """ "Chi bộ thôn Tân Hòa kết nạp đảng viên" in an article whose one commune party committee is
    "Đảng ủy xã Tân Lập": the cell of a hamlet, placed nowhere else by the text, is that commune's
    committee's (the development gold: 5 of 8 such pairs linked; the cells of a unit, "Chi bộ
    Trường Tiểu học X", are left to the unit's party organisation)."""
    cells = [m for label, m in orgs.items() if label.startswith(_CELLS_OF_A_LOCALITY) and m.key not in placed]
    commune = _one_commune_committee(shapes) if cells else None
    if commune is None:
        return []
    return [RelationMention(cell.key, "subOrganizationOf", orgs[commune].key, cell.span, FinisherName.HIERARCHY,
                            cell.sentence) for cell in cells]


# the committees of the district level whose bare name tells the level ("Huyện ủy", "Quận ủy", "Thị
# ủy"; not "Thành ủy", a city's of either level)
_DISTRICT_COMMITTEES: Final = frozenset(lv.committee for lv in lexicon().levels if lv.rank == _COMMUNE_RANK - 1) \
    - {lv.committee for lv in lexicon().levels if lv.rank != _COMMUNE_RANK - 1} - {_CITY_COMMITTEE}


def _communes_under_the_bare_district(orgs: dict[str, Mention], bodies: dict[str, Mention],
                                      shapes: dict[str, tuple[str, int, str] | None],
                                      placed: set[EntityKey]) -> list[RelationMention]:
    """ "Đảng ủy xã Tân Lập … Thường trực Huyện ủy kiểm tra …" where the article names its district
    committee only bare: the commune's committee is under the one it names (the convention's committee
    of the level directly above, docs/gold-conventions/bodies.md 7; the development gold: 5 of 8 such
    pairs linked), where the article names no district committee by its place and the commune's
    level may lie in that district's (a ward in no "Huyện ủy").  A district committee named only inside
    its board's name ("Ban Thường vụ Huyện ủy") is named (as _with_committees_named_within reads it)."""
    bare = [label for label in bodies if label in _DISTRICT_COMMITTEES]
    commune = _one_commune_committee(shapes) if len(bare) == 1 else None
    if commune is None or orgs[commune].key in placed or not _may_contain(bare[0], commune) \
            or any((s := org_shape(label)) and s[0] == "committee" and s[1] == _COMMUNE_RANK - 1 for label in bodies):
        return []
    child = orgs[commune]
    return [RelationMention(child.key, "subOrganizationOf", bodies[bare[0]].key, child.span, FinisherName.HIERARCHY,
                            child.sentence)]


_PROVINCE_COMMITTEE: Final = cue("province_committee")
_DISTRICT_RANK: Final = _COMMUNE_RANK - 1


def _districts_under_the_bare_province(orgs: dict[str, Mention], bodies: dict[str, Mention],
                                       shapes: dict[str, tuple[str, int, str] | None],
                                       placed: set[EntityKey], listed_only: set[str]) -> list[RelationMention]:
    """ "Huyện ủy Tân Mai …, đồng chí A, Phó Bí thư Tỉnh ủy" where the article names its province's
    committee only bare ("Tỉnh ủy"): each district's committee it names ("Huyện ủy Tân Mai", or bare
    "Huyện ủy") is under it, the committee of the level directly above (docs/gold-conventions/bodies.md
    7; the development gold: 17 of 27 such pairs linked), where no province's committee is named by
    its place and the district is not one of a list of places.  A committee named only inside
    its board's name ("Ban Thường vụ Tỉnh ủy") is named (as _with_committees_named_within reads it)."""
    if _PROVINCE_COMMITTEE not in bodies \
            or any((s := org_shape(label)) and s[0] == "committee" and s[1] < _DISTRICT_RANK for label in bodies):
        return []
    parent = bodies[_PROVINCE_COMMITTEE]
    return [RelationMention(m.key, "subOrganizationOf", parent.key, m.span, FinisherName.HIERARCHY, m.sentence)
            for label, m in orgs.items()
            if m.key not in placed and label not in listed_only
            and (label in _DISTRICT_COMMITTEES or (s := shapes.get(label)) is not None
                 and s[0] == "committee" and s[1] == _DISTRICT_RANK)]


_DELEGATES_GROUP: Final = f"{cue('delegates_group_of_a_council')} "
_PEOPLES_COUNCIL: Final = f"{cue('peoples_council')} "


def _delegates_groups_of_the_council(orgs: dict[str, Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Tổ đại biểu số 1 gặp gỡ cử tri …" in an article whose one people's council is "HĐND xã
    Tam Nông": the deputies' groups that meet voters are that council's, named by their number."""
    groups = [m for label, m in orgs.items() if label.startswith(_DELEGATES_GROUP) and m.key not in placed]
    councils = [m for label, m in orgs.items() if label.startswith(_PEOPLES_COUNCIL)] if groups else []
    if len(councils) != 1:
        return []
    return [RelationMention(group.key, "subOrganizationOf", councils[0].key, group.span, FinisherName.HIERARCHY,
                            group.sentence) for group in groups]


_FACULTY: Final = f"{cue('faculty')} "
_HOUSES_FACULTIES: Final = tuple(f"{head} " for head in cues("houses_faculties"))


def _faculties_of_the_school(orgs: dict[str, Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Học viện trao Giấy khen cho Khoa Nông học" in an article whose one academy is "Học viện
    Nông nghiệp X": a faculty the text places nowhere else is that school's, academy's or
    hospital's; where one of them is named within another ("Bệnh viện Trường Đại học Y Z"), the
    one that names the other, the nearer; a short form before it is resolved is the same body."""
    faculties = [m for label, m in orgs.items() if label.startswith(_FACULTY) and m.key not in placed]
    hosts = [label for label in orgs if label.startswith(_HOUSES_FACULTIES) and len(label.split()) >= 3] \
        if faculties else []
    host = max(hosts, key=len, default=None)
    if host is None or not all(other in host for other in hosts):  # (or a short form of it, 'Bệnh viện Trường')
        return []
    return [RelationMention(faculty.key, "subOrganizationOf", orgs[host].key, faculty.span, FinisherName.HIERARCHY,
                            faculty.sentence) for faculty in faculties]


_DEPARTMENTS: Final = tuple(f"{head} " for head in cues("ministry_departments"))
_MINISTRY: Final = f"{cue('ministry')} "
_MINISTRY_PEERS: Final = frozenset(fold(peer) for peer in cues("ministry_peers"))


def _is_ministry(label: str, body: Mention) -> bool:
    """A ministry ("Bộ Y tế", not "Bộ Chính trị" nor "Bộ Tư lệnh …") or a body at its level."""
    return label.startswith(_MINISTRY) and body.kind == "StateBody" or fold(label) in _MINISTRY_PEERS


def _departments_of_the_ministry(orgs: dict[str, Mention], placed: set[EntityKey]) -> list[RelationMention]:
    """ "Vụ trưởng Vụ Tổ chức cán bộ công bố quyết định" in an article whose one ministry is "Bộ Y
    tế": national outlets name a ministry's department bare once the ministry is named; a
    department the text places nowhere else is that ministry's (not so one named with a place,
    "Cục Thuế tỉnh X", a province's office)."""
    departments = [m for label, m in orgs.items() if label.startswith(_DEPARTMENTS) and m.key not in placed
                   and org_shape(label) is None]
    ministries = [m for label, m in orgs.items() if _is_ministry(label, m)] if departments else []
    if len(ministries) != 1:
        return []
    return [RelationMention(department.key, "subOrganizationOf", ministries[0].key, department.span,
                            FinisherName.HIERARCHY, department.sentence) for department in departments]


def _folded(label: str) -> str:
    return " ".join(fold(word) for word in label.split())


@cache
def _first_words_of_heads() -> frozenset[tuple[str, str]]:
    return frozenset((fold(h.words[0]), fold(h.words[1])) for h in lexicon().org_heads if len(h.words) > 1)


def _head_begins_before(name: str, other: str) -> bool:
    """Whether the word before ``other`` at the end of ``name`` begins a head with other's first
    word ("Tổng Công ty X", "Chi Cục Y" end in no "Công ty X", "Cục Y")."""
    before = name[:-len(other)].split()
    return bool(before) and (before[-1], other.split()[0]) in _first_words_of_heads()


def _named_within(orgs: dict[str, Mention]) -> list[RelationMention]:
    """A unit whose name ends in another body's name the article names is under it ("Phòng
    PV11 Công an tỉnh Đồng Nai", "Ủy ban Pháp luật của Quốc hội", "Vụ Tổ chức cán bộ Học
    viện …"): the name places it there.  The party's and the mass organisations' units
    inside a body ("Đảng ủy Sở Y tế …", "Công đoàn …") are left to their own hierarchy."""
    found: list[RelationMention] = []
    of = fold(cue("of"))
    party_committee = fold(_PARTY_COMMITTEE)
    # compared as the scorer does, in any case ("Phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh
    # X" as written ends in "Viện Kiểm sát nhân dân tỉnh X" as named)
    parents = {_folded(other): other for other in orgs if len(other.split()) >= 2 and other not in _NOT_PARENTS_BY_NAME}
    for label, child in orgs.items():
        if label.startswith(_OWN_HIERARCHY) and not label.startswith(_ASSOCIATIONS_CENTRAL_COMMITTEES):
            continue
        name = _folded(label)
        # (each ending ends in the other's name: a test of that first, for every pair of bodies)
        # "Ban Thường vụ Đảng ủy Tổng công ty X" is the committee's board, not the company's (the
        # gold: 38 of 38 such names, never under the unit their name ends in)
        inside = [other for other in parents if other != name and name.endswith(other)
                  and name.endswith((f" {other}", f", {other}", f" {of} {other}"))
                  and not name.endswith(f" {party_committee} {other}") and not _head_begins_before(name, other)]
        if inside:
            parent = orgs[parents[max(inside, key=len)]]
            found.append(RelationMention(child.key, "subOrganizationOf", parent.key, child.span,
                                         FinisherName.HIERARCHY, child.sentence))
    return found


_OF_A_NUMBERED_REGION: Final = re.compile(rf"(.+) {re.escape(cue('numbered_region'))} [0-9IVXL]+", re.IGNORECASE)


def _offices_of_numbered_regions(orgs: dict[str, Mention]) -> list[RelationMention]:
    """ "Kiểm toán nhà nước khu vực XI", "Kho bạc Nhà nước khu vực V": a national body's office for a
    numbered region is under that body, where the article names it too (not a party or mass body's
    unit, "Đảng ủy X khu vực XI", which has a hierarchy of its own)."""
    found: list[RelationMention] = []
    regional = [(label, named) for label in orgs if (named := _OF_A_NUMBERED_REGION.fullmatch(label)) is not None
                and not label.startswith(_OWN_HIERARCHY)]
    if not regional:
        return found  # (most articles: no body named by a numbered region, no names folded)
    folded = {_folded(label): label for label in orgs}
    for label, named in regional:
        child = orgs[label]
        parent = folded.get(_folded(named.group(1)))
        if parent is not None:
            found.append(RelationMention(child.key, "subOrganizationOf", orgs[parent].key, child.span,
                                         FinisherName.HIERARCHY, child.sentence))
    return found


_GROUP: Final = f"{cue('group_of_companies')} "
_WITH_BRANCHES: Final = tuple(cues("bodies_with_branches_in_places")) + cues("national_agencies_with_local_offices")
_COUNTRY: Final = cue("country")
_REGION: Final = cue("numbered_region")
_BRANCH: Final = cue("branch")


def _branches_of(orgs: dict[str, Mention]) -> list[RelationMention]:
    """ "Ngân hàng Nhà nước Khu vực 4", "Ngân hàng Nhà nước chi nhánh tỉnh X": a national bank's
    branch for a region or a place is under the bank where the article names it too; so is any
    body's branch or second site named after it ("Bệnh viện Bạch Mai cơ sở 2"), and a national
    agency's office in a province ("Bảo hiểm xã hội tỉnh X" of "Bảo hiểm xã hội Việt Nam")."""
    pairs = {(label, body) for label in orgs if (body := branch_of(label, orgs)) is not None}
    for national in (b for b in _WITH_BRANCHES if b in orgs):
        name = national.removesuffix(f" {_COUNTRY}")
        for label in orgs:
            rest = label[len(name) + 1:].lower() if label.startswith(f"{name} ") and label != national else ""
            if rest.startswith((_REGION.lower(), _BRANCH.lower(), *(f"{lv.word} " for lv in lexicon().levels))):
                pairs.add((label, national))
    return [RelationMention(orgs[child].key, "subOrganizationOf", orgs[body].key, orgs[child].span,
                            FinisherName.HIERARCHY, orgs[child].sentence) for child, body in sorted(pairs)]


_BRANCH_OR_SITE_WORDS: Final = tuple(f" {w} " for w in cues("a_body_s_branch"))


def branch_of(label: str, bodies: Iterable[str]) -> str | None:
    """The body whose branch or second site ``label`` names ("Bệnh viện Bạch Mai cơ sở 2" of
    "Bệnh viện Bạch Mai"), of those given, if one (a name of three words or more)."""
    for word in _BRANCH_OR_SITE_WORDS:
        body, found, _ = label.partition(word)
        if found and body in bodies and len(body.split()) >= 3:
            return body
    return None


def _under_the_group_it_names(orgs: dict[str, Mention], mentions: list[Mention]) -> list[RelationMention]:
    """ "Công ty Than Hà Lầm - TKV": a unit named with its group's acronym after a dash is
    under the group the article names with that acronym ("Tập đoàn … Việt Nam (TKV)"); so is a
    company named with its group's brand at its end ("Tổng Công ty Mạng lưới Viettel" where the
    article names "Tập đoàn … (Viettel)" or calls the group "Viettel")."""
    found: list[RelationMention] = []
    for label, child in orgs.items():
        name, _, acronym = label.rpartition(" ")
        dashed = name.endswith(DASHES) and acronym.isupper() and acronym.isalpha() and len(acronym) > 1
        # "Tổng Công ty Mạng lưới Viettel": a company named with its group's brand, no dash
        branded = child.kind == "Enterprise" and not label.startswith(_GROUP) and acronym[:1].isupper() \
            and len(name.split()) >= 3
        if not (dashed or branded):
            continue
        groups = {m.label for m in mentions if m.type == "Organization" and m.label != label and m.label in orgs
                  and (any(a.endswith(f"({acronym})") for a in m.aliases)
                       # (or "Tập đoàn TKV": the group by its kind and acronym)
                       or (m.text == acronym or m.text.endswith(f" {acronym}")) and m.label.startswith(_GROUP))
                  and (dashed or m.label.startswith(_GROUP))}
        if len(groups) == 1:
            found.append(RelationMention(child.key, "subOrganizationOf", orgs[groups.pop()].key, child.span,
                                         FinisherName.HIERARCHY, child.sentence))
    return found


def _is_central_board(label: str) -> bool:
    """A board or office of the Central Committee ("Ban Tuyên giáo Trung ương", "Ủy ban Kiểm
    tra Trung ương", "Văn phòng Trung ương Đảng")."""
    return (label.endswith(f" {_CENTRE}") and label.startswith(("Ban ", f"{cue('inspection_committee')} "))
            and not label.startswith((cue("executive_committee"), cue("standing_board")))
            # "Ủy ban Kiểm tra Đảng ủy Công an Trung ương": the board of a central body's party committee
            and f" {cue('party_committee')} " not in label) \
        or label == cue("central_office")
