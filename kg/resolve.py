"""Mentions to entities with stable IRIs, within an article and across articles.

Within an article: a given name alone ("đồng chí Hiện") is the person whose full
name ends with it; a bare "Giấy khen" is the article's one "Giấy khen của ...";
a body named only inside another's name ("Huyện ủy Lâm Hà" inside "Ban Tổ chức
Huyện ủy Lâm Hà") is not an entity of its own.  Across articles: one entity per
type and normalised canonical label, its IRI derived from both, aliases merged.
"""

from __future__ import annotations

import os
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Final, TypeVar

from kg.extract.documents import ROMAN
from kg.extract.hierarchy import a_standing_board, branch_of, cells_of_their_committees
from kg.extract.lexicon import cue, cues, fold, joined_fields, lexicon, renamed_bodies
from kg.extract.models import named_as_a_movement
from kg.identity import (
    Sighting,
    body_anchor,
    identify_events,
    identify_people,
    main_province,
    province_of,
)
from kg.model import (
    Article,
    Entity,
    EntityKey,
    Evidence,
    EvidenceTable,
    Extraction,
    FoundAs,
    KnowledgeBase,
    Mention,
    PackedEvidence,
    Predicate,
    Relation,
    RelationMention,
    Span,
    evidence_order,
    evidence_places,
    pickled_by_its_fields,
)
from kg.namespace import ID_BASE
from kg.text import byline_names, clean_label, match_key, match_text, slug, surface_form


def entity_iri(type_: str, label: str, context: str = "") -> str:
    """An entity's IRI: its type and label, and for a person or event what identifies
    it among others of that name (a province, a ministry, a body; a date)."""
    base = f"{ID_BASE}{type_.lower()}/{slug(label)}"
    return f"{base}/{slug(context)}" if context else base


def _key(key: EntityKey) -> tuple[str, str]:
    return key.type, match_key(key.label)


def resolve_article(extraction: Extraction) -> tuple[list[Mention], list[RelationMention]]:
    """Mentions and relations of one article, with short names and short forms resolved."""
    extraction = _dashed_as_the_text_dashes(extraction)
    as_named_here = _renamed_bodies_as_named_in(extraction)
    if as_named_here:  # a body known by several full names goes by the one the article uses
        extraction = replace(
            extraction, mentions=tuple(_with_the_name_used_here(m, as_named_here) for m in extraction.mentions),
            relations=tuple(_relation_with_the_names_used_here(r, as_named_here) for r in extraction.relations))
    mentions = list(extraction.mentions) + _author_mentions(extraction.article)
    # Each step renames mentions of its own type, so no step undoes another's.
    renamed = _short_people_names(mentions)
    renamed.update(_short_organization_names(mentions))
    renamed.update(_short_award_names(mentions))
    renamed.update(_short_event_names(mentions))
    for short, full in _cut_off_names(mentions, extraction.article.text).items():
        renamed.setdefault(short, full)
    for committee, cell in cells_of_their_committees(mentions).items():  # "Chi ủy Chi bộ X" is "Chi bộ X"
        cell_key = EntityKey("Organization", cell)
        renamed.setdefault(_key(EntityKey("Organization", committee)), renamed.get(_key(cell_key), cell_key))
    dropped = _not_entities(extraction, mentions, renamed) | _bare_kinds_beside_several(mentions) \
        | _quotes_in_an_article_of_no_body(extraction.article.text, mentions) \
        | _bodies_read_in_the_byline(extraction.article, mentions)
    out_mentions = _units_written_as_in_the_text(
        [_spaced_mention(_renamed_mention(m, renamed)) for m in mentions if _key(m.key) not in dropped])
    known = {_key(m.key) for m in out_mentions}
    out_relations = []
    for r in extraction.relations:
        s = _spaced_key(renamed.get(_key(r.subject), r.subject))
        o = _spaced_key(renamed.get(_key(r.object), r.object))
        if _key(s) in known and _key(o) in known and _key(s) != _key(o):
            out_relations.append(RelationMention(s, r.predicate, o, r.span, r.extractor,
                                                 r.sentence, r.role))
    out_relations = [r for r in out_relations if not _honoured_by_the_event(r)]
    return out_mentions, _left_posts_said_as_held(_posts_of_a_time_left(
        _career_steps_held_still(_deputies_before_heads(out_relations))))


_HONOURS: Final = "|".join(map(re.escape, cues("honours_someone_named_after")))
_HONOURS_BEFORE: Final = re.compile(rf"\b(?:{_HONOURS})\b[^,;]{{0,40}}$")


def _honoured_by_the_event(relation: RelationMention) -> bool:
    """Whether an "attended" names the one the event honours in its name ("Lễ kỷ niệm 110 năm Ngày sinh Tổng
    Bí thư Nguyễn Văn Cừ", "Lễ gắn biển tên đường Trần Kim Xuyến"): named after, not there."""
    if relation.predicate != "attended":
        return False
    at = relation.object.label.find(relation.subject.label)
    return at > 0 and _HONOURS_BEFORE.search(relation.object.label, 0, at) is not None


def _units_written_as_in_the_text(mentions: list[Mention]) -> list[Mention]:
    """A body named after a unit whose label kg completed ("Đảng ủy Kho bạc Nhà nước tỉnh Phú Yên" of "Kho
    bạc Nhà nước tỉnh Phú Yên", which the text writes "Kho bạc Nhà nước Phú Yên") is also named with the
    unit as the text writes it: the annotators' label."""
    written: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "Organization" and " " in m.text and m.text != m.label and m.text[0].isupper():
            written.setdefault(m.label, set()).add(m.text)
    if not written:
        return mentions
    out = []
    for m in mentions:
        if m.type == "Organization":
            more = {m.label[:-len(unit)] + form for unit, forms in written.items()
                    if unit != m.label and m.label.endswith(f" {unit}") for form in forms}
            if more - set(m.aliases):
                m = replace(m, aliases=(*m.aliases, *sorted(more - set(m.aliases))))
        out.append(m)
    return out


_DEPUTY: Final = cue("deputy") + " "
_FORMER: Final = cue("former") + " "
_STANDING: Final = " " + cue("standing")


def _deputies_before_heads(relations: list[RelationMention]) -> list[RelationMention]:
    """A deputy's post held before the head's post in the same body ("bầu ông A, Phó Chủ tịch UBND
    tỉnh, giữ chức Chủ tịch UBND tỉnh"): no one is both at once, so the article tells of a rise
    and the deputy's post is the former one (the gold: 51 of 63 such pairs)."""
    posts = {(r.subject, r.object, r.role) for r in relations if r.predicate == "holdsPost" and r.role}
    if len(posts) < 2:
        return relations
    out = []
    for r in relations:
        if r.predicate == "holdsPost" and r.role and r.role.startswith(_DEPUTY):
            head = r.role.removeprefix(_DEPUTY).removesuffix(_STANDING)
            if (r.subject, r.object, head) in posts:
                r = replace(r, role=_FORMER + r.role)
        out.append(r)
    return out


def _career_steps_held_still(relations: list[RelationMention]) -> list[RelationMention]:
    """A post a career's dated step tells ("Tháng 2/2016, ông được phân công làm Bí thư Thành ủy X") that
    the article also names held ("Bí thư Thành ủy X Nguyễn Văn A"): held still, the step no leaving."""
    steps = [r for r in relations if r.extractor == FoundAs.CAREER_STEP]
    if not steps:
        return relations
    held = {(r.subject, r.object, r.role) for r in relations if r.predicate == "holdsPost"
            and r.extractor != FoundAs.CAREER_STEP}
    return [r for r in relations if r.extractor != FoundAs.CAREER_STEP or r.role is None
            or (r.subject, r.object, r.role.removeprefix(_FORMER)) not in held]


def _posts_of_a_time_left(relations: list[RelationMention]) -> list[RelationMention]:
    """The posts a clause of the time they were held tells ("Trong thời gian giữ cương vị Giám đốc Sở X, ông A
    đã …") of a person the article says holds a post in another body: left since, as the real gold reads
    them (9 of 11 in its development rounds)."""
    then = [r for r in relations if r.extractor == FoundAs.POST_OF_A_TIME]
    if not then:
        return relations
    held_now = {(r.subject, r.object) for r in relations if r.predicate == "holdsPost" and r.role
                and not r.role.startswith(_FORMER) and r.extractor != FoundAs.POST_OF_A_TIME}
    moved = {subject for subject, _ in held_now}
    return [replace(r, role=_FORMER + r.role) if r.extractor == FoundAs.POST_OF_A_TIME and r.role
            and not r.role.startswith(_FORMER) and r.subject in moved and (r.subject, r.object) not in held_now
            else r for r in relations]


def _left_posts_said_as_held(relations: list[RelationMention]) -> list[RelationMention]:
    """A post the article names both as held and as held before ("ông A, Chủ nhiệm Ủy ban Kiểm tra
    Trung ương, thôi giữ chức Chủ nhiệm Ủy ban Kiểm tra Trung ương"): the article tells of its end, and
    the post is the former one (the real gold: 47 such pairs former, 11 held)."""
    left = {(r.subject, r.object, r.role.removeprefix(_FORMER)) for r in relations
            if r.predicate == "holdsPost" and r.role and r.role.startswith(_FORMER)
            and r.extractor != FoundAs.CAREER_STEP}
    if not left:
        return relations
    return [replace(r, role=_FORMER + r.role) if r.predicate == "holdsPost" and r.role
            and (r.subject, r.object, r.role) in left else r for r in relations]


_HYPHEN_UNSPACED = re.compile(r"(?<=[^\W\d_])(?: -|- |-)(?=[A-ZĐ])")


def _hyphens_spaced(label: str) -> str:
    """A body whose fields the text joins by a bare or half-spaced hyphen ("Viện Hóa học-Vật liệu",
    "Viện Hóa học- Vật liệu") is the one written with it spaced, as annotators write it."""
    return _HYPHEN_UNSPACED.sub(" - ", label) if "-" in label else label


def _spaced_mention(mention: Mention) -> Mention:
    label = _hyphens_spaced(mention.label) if mention.type == "Organization" else mention.label
    return mention if label == mention.label else replace(mention, label=label,
                                                          aliases=(*mention.aliases, mention.label))


def _spaced_key(key: EntityKey) -> EntityKey:
    return EntityKey(key.type, _hyphens_spaced(key.label)) if key.type == "Organization" else key


_EN_DASH_JOINED = re.compile(r"(\w+) – (\w+)")
_HYPHEN_JOINED = re.compile(r"(\w+) - (\w+)")


def _dashed_as_the_text_dashes(extraction: Extraction) -> Extraction:
    """Labels built from the data's names, which write a hyphen ("Hội đồng Thi đua - Khen thưởng",
    "Lao động - Thương binh và Xã hội"), with the en dash where the article writes the name with
    one: the gold keeps the text's dash. The hyphened label stays an alias."""
    joined = {(m.group(1), m.group(2)) for mention in extraction.mentions
              if mention.type == "Organization" and " – " in mention.text
              for m in _EN_DASH_JOINED.finditer(mention.text)}
    if not joined:
        return extraction

    def dashed(label: str) -> str:
        return _HYPHEN_JOINED.sub(lambda m: f"{m.group(1)} – {m.group(2)}" if (m.group(1), m.group(2)) in joined
                                  else m.group(0), label)

    def relabelled(mention: Mention) -> Mention:
        label = dashed(mention.label) if mention.type != "Person" else mention.label
        return mention if label == mention.label else replace(mention, label=label,
                                                              aliases=mention.aliases + (mention.label,))

    def key(entity: EntityKey) -> EntityKey:
        return entity if entity.type == "Person" else EntityKey(entity.type, dashed(entity.label))

    return replace(extraction, mentions=tuple(relabelled(m) for m in extraction.mentions),
                   relations=tuple(replace(r, subject=key(r.subject), object=key(r.object))
                                   for r in extraction.relations))


def _dashes_alike(text: str) -> str:
    return text.replace("–", "-")


def _renamed_bodies_as_named_in(extraction: Extraction) -> list[tuple[str, tuple[str, ...]]]:
    """For each body known by several full names (renamed_bodies.tsv) that the article's bodies'
    labels name, the name it goes by here and its other names: the full name the article writes
    most (the newest of those it writes equally often, as the text spells its dash), else the new
    name in an article published since the renaming, the first former name before it (the data's)."""
    bodies = " | ".join(_dashes_alike(m.label.casefold()) for m in extraction.mentions if m.type == "Organization")
    named = [(former, new, since) for former, new, since in renamed_bodies()
             if any(_dashes_alike(n.casefold()) in bodies for n in former + (new,))]
    if not named:
        return []  # (most articles: the text is not folded again)
    article = extraction.article
    written_text = match_text(article.text)
    text = _dashes_alike(written_text)
    found = []
    for former, new, since in named:
        names = former + (new,)
        written = [text.count(_dashes_alike(match_key(n))) for n in names]
        if max(written) > 0:
            name = names[max(range(len(names)), key=lambda n: (written[n], n))]
        elif (article.published or "")[:10] >= since:
            name = new
        else:
            name = former[0]
        spelt = name.replace(" - ", " – ")
        if spelt != name and match_key(spelt) in written_text:
            name = spelt  # "Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam" as the text writes it
        found.append((name, tuple(n for n in names if _dashes_alike(n) != _dashes_alike(name))))
    return found


def _renamed_in(label: str, name: str, other: str) -> str | None:
    """``label`` with the body's ``other`` name inside it made ``name`` ("Đảng ủy Tập đoàn Dầu khí
    Việt Nam" -> "Đảng ủy Tập đoàn Công nghiệp – …"), None where it does not hold that name."""
    folded = _dashes_alike(label.casefold())
    at = folded.find(_dashes_alike(other.casefold()))
    end = at + len(other)
    if at < 0 or len(folded) != len(label) or at > 0 and folded[at - 1] != " " \
            or end < len(label) and label[end].isalnum():
        return None
    return label[:at] + name + label[end:]


def _named_here(label: str, as_named_here: list[tuple[str, tuple[str, ...]]]) -> tuple[str, tuple[str, ...]]:
    """A label with each renamed body in it called as the article calls it, and the label with the
    body's other names (its aliases)."""
    others: list[str] = []
    for name, other_names in as_named_here:
        for other in other_names:
            renamed = _renamed_in(label, name, other)
            if renamed is not None:
                others.append(label)
                label = renamed
        for other in other_names:
            also = _renamed_in(label, other, name)
            if also is not None:
                others.append(also)
    return label, tuple(dict.fromkeys(o for o in others if o != label))


def _with_the_name_used_here(mention: Mention, as_named_here: list[tuple[str, tuple[str, ...]]]) -> Mention:
    if mention.type == "Person":
        return mention
    label, others = _named_here(mention.label, as_named_here)
    if not others:
        return mention
    return replace(mention, label=label, aliases=mention.aliases + others)


def _relation_with_the_names_used_here(relation: RelationMention,
                                       as_named_here: list[tuple[str, tuple[str, ...]]]) -> RelationMention:
    subject, obj = relation.subject, relation.object
    if subject.type != "Person":
        subject = EntityKey(subject.type, _named_here(subject.label, as_named_here)[0])
    if obj.type != "Person":
        obj = EntityKey(obj.type, _named_here(obj.label, as_named_here)[0])
    return replace(relation, subject=subject, object=obj)


def _byline_at(article: Article) -> int:
    """Where the byline stands in the article's text (its last occurrence), or -1."""
    return article.text.rfind(article.author) if article.author else -1


def _author_mentions(article: Article) -> list[Mention]:
    """The byline's authors, where the byline stands in the article's text."""
    at = _byline_at(article)
    if at < 0 or not article.author:
        return []
    return [Mention("Person", name, Span(at + offset, at + offset + len(name)), clean_label(name),
                    FoundAs.BYLINE_AUTHOR) for offset, name in byline_names(article.author)]


def _bodies_read_in_the_byline(article: Article, mentions: list[Mention]) -> set[tuple[str, str]]:
    """Bodies read off the byline's names ("Khoa Nam", a reporter, read as a faculty), named nowhere else."""
    at = _byline_at(article)
    if at < 0 or not article.author:
        return set()
    end = at + len(article.author)
    inside = {_key(m.key) for m in mentions if m.type == "Organization" and at <= m.span.start < end}
    return inside - {_key(m.key) for m in mentions if m.type == "Organization" and not at <= m.span.start < end}


def _short_people_names(mentions: list[Mention]) -> dict[tuple[str, str], EntityKey]:
    """A given name alone ("đồng chí Hiện") for the one full name that ends with it, and
    "Y Thuận" for "Y Thuận Mlô" (in Central Highlands names the given name comes first)."""
    people = [m for m in mentions if m.type == "Person" and m.extractor != FoundAs.SHORT_NAME]
    renamed: dict[tuple[str, str], EntityKey] = {}
    for m in mentions:
        if m.type == "Person" and m.extractor == FoundAs.SHORT_NAME:
            short = match_key(m.label)
            full = [p for p in people if match_key(p.label).endswith(" " + short)
                    or _given_name_first(short) and match_key(p.label).startswith(short + " ")]
            labels = {p.label for p in full}
            if len(labels) == 1:
                renamed[_key(m.key)] = full[0].key
    family_names = lexicon().family_names
    for m in people:
        short = match_key(m.label)
        if _given_name_first(short):
            fuller_names = {p.label for p in people if match_key(p.label).startswith(short + " ")}
        elif " " in short and fold(short.split(" ", 1)[0]) not in family_names:
            # "đồng chí Lan Anh" after "Nguyễn Thị Lan Anh": a given name of two words, read as a name
            # of its own because it has two, is the one full name that ends with it
            fuller_names = {p.label for p in people if match_key(p.label).endswith(" " + short)}
        elif short.count(" ") == 1:
            # "bà Kim Ngân" after "Nguyễn Thị Kim Ngân": two words a family name opens, the given name of
            # a name of four (not "Lê Kim Ngân", whose "Kim Ngân" may be another's)
            fuller_names = {p.label for p in people if match_key(p.label).endswith(" " + short)
                            and p.label.count(" ") >= _WORDS_OF_A_NAME_CALLED_BY_TWO - 1}
        else:
            continue
        if len(fuller_names) == 1:
            renamed[_key(m.key)] = EntityKey("Person", next(iter(fuller_names)))
    return renamed


_ROMAN = re.compile(ROMAN)
_WORDS_OF_A_NAME_CALLED_BY_TWO = 4  # "Nguyễn Thị Kim Ngân": "bà Kim Ngân"


def _cut_off_names(mentions: list[Mention], text: str) -> dict[tuple[str, str], EntityKey]:
    """A name cut off mid-word where a line or an excerpt ends ("đồng chí Phạm Ninh Th" at the end
    of a clipped excerpt, "Tỉnh ủy Hậu Gian" in a clipped summary) for the one name of its type in
    the article that it begins."""
    renamed: dict[tuple[str, str], EntityKey] = {}
    for m in mentions:
        if text[m.span.end:m.span.end + 1] not in ("", "\n") or not text[m.span.end - 1:m.span.end].isalpha():
            continue
        short = match_key(m.label)
        if _ROMAN.fullmatch(m.label.rsplit(" ", 1)[-1]):
            continue  # "lần thứ I" is not cut from "lần thứ II"
        fuller = {o.label for o in mentions if o.type == m.type and (key := match_key(o.label)).startswith(short)
                  and key[len(short):len(short) + 1].isalpha()}
        if len(fuller) == 1:
            renamed[_key(m.key)] = EntityKey(m.type, next(iter(fuller)))
    return renamed


def _short_award_names(mentions: list[Mention]) -> dict[tuple[str, str], EntityKey]:
    """A bare "Giấy khen" for the article's one "Giấy khen của ...", and a bare kind
    ("tiếp nhận Huân chương") for the article's one award of that kind."""
    awards_by_kind: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "Award" and " của " in m.label:
            awards_by_kind[m.label.split(" của ")[0]].add(m.label)
    award_labels = {m.label for m in mentions if m.type == "Award"}
    renamed: dict[tuple[str, str], EntityKey] = {}
    for m in mentions:
        if m.type == "Award" and " của " not in m.label and len(awards_by_kind[m.label]) == 1:
            renamed[_key(m.key)] = EntityKey("Award", next(iter(awards_by_kind[m.label])))
        elif m.type == "Award" and m.label in lexicon().award_kinds and m.label not in lexicon().whole_awards:
            # not a title named whole: "Anh hùng Lao động" beside "Anh hùng Lao động thời kỳ đổi mới"
            fuller = {a for a in award_labels if a.startswith(m.label + " ")}
            if len(fuller) == 1:
                renamed[_key(m.key)] = EntityKey("Award", next(iter(fuller)))
    return renamed


def _bare_kinds_beside_several(mentions: list[Mention]) -> set[tuple[str, str]]:
    """A bare kind ("trao tặng Huân chương cho các cá nhân") where the article names several awards of
    that kind ("Huân chương Độc lập hạng Ba", "Huân chương Bảo vệ Tổ quốc hạng Nhì"): no award of its own,
    its relations gone to each of them (awards.bare_award_kinds); no gold names one beside two or more."""
    kinds = lexicon().award_kinds
    labels = {m.label for m in mentions if m.type == "Award"}
    return {_key(EntityKey("Award", label)) for label in labels if label in kinds and label not in
            lexicon().whole_awards and sum(other.startswith(label + " ") for other in labels) >= 2}


def _short_event_names(mentions: list[Mention]) -> dict[tuple[str, str], EntityKey]:
    """An event named in full once and shortened elsewhere ("Kỳ họp thứ 19") is one event;
    so is one named by some of its name's words, in order, its abbreviations spelled out
    ("Đại hội Đảng bộ TCT HKVN lần thứ VI" for "Đại hội đại biểu Đảng bộ Tổng công ty Hàng
    không Việt Nam lần thứ VI"), where the article names only one such; and one named by
    the same words in another order."""
    names: dict[str, set[str]] = defaultdict(set)  # each event's label, and the names it goes by
    for m in mentions:
        if m.type == "Event":
            names[m.label].update((m.label, *m.aliases))
    events = set(names)
    renamed: dict[tuple[str, str], EntityKey] = {}
    ambiguous: dict[str, list[str]] = {}  # short names more than one event's names begin with
    for label in sorted(events):
        # ("Hội thi X cấp huyện năm 2023", the headline, and "Hội thi X cấp huyện năm 2023, hướng tới …
        # ngày 18/7": named on past a comma)
        longer = [other for other in events if other != label and other.startswith((label + " ", label + ","))]
        if not longer:  # "Buổi lễ kết nạp" (named back) for "Lễ kết nạp đảng viên mới của Chi bộ X ngày 3/10"
            longer = _begun_as_an_occasion(label, events)
        if not longer:
            longer = _shortened_from(label, events, names)
        if len(longer) > 1:  # (or shortens two: "Đại hội Đảng bộ xã X", "Đại hội Đại biểu Đảng bộ xã X lần thứ I")
            ambiguous[label] = longer
        if not longer:  # "Hội nghị lần thứ 4 Ủy ban X" and "Hội nghị Ủy ban X lần thứ 4": one event
            # (not "Kỳ họp thứ nhất" for "Kỳ họp thứ Nhất": one name, whose key is the same)
            first = min(other for other in events if _same_words(other, label)
                        and (other == label or match_key(other) != match_key(label)))
            longer = [] if first == label else [first]
        if len(longer) == 1:
            renamed[("Event", match_key(label))] = EntityKey("Event", longer[0])
    renamed.update(_named_with_their_day(events, renamed))
    for short, full in _congresses_named_by_their_resolutions(mentions).items():
        if short not in renamed and _key(full) not in renamed:  # (not where the other is renamed to it)
            renamed[short] = full
    # "Buổi Lễ công bố quyết định …" and "Lễ công bố quyết định …": one occasion
    by_occasion = {_as_an_occasion(e): e for e in sorted(events) if not match_key(e).startswith(cue("occasion") + " ")}
    for label in sorted(events):
        same = by_occasion.get(_as_an_occasion(label))
        if same is not None and same != label and ("Event", match_key(label)) not in renamed:
            renamed[("Event", match_key(label))] = EntityKey("Event", same)
    renamed.update(_occasion_named_first_by_its_word(events, renamed))
    headline = _headline(mentions)
    in_the_title = {m.label for m in mentions if m.type == "Event" and m.sentence == headline}
    renamed.update(_one_occasion_of_a_kind(events & in_the_title, events, renamed))
    # the body's occasions: named outside the headline, and not only cited ("bầu 6 đại biểu dự
    # Đại hội Hội Nông dân tỉnh lần thứ XI": one to come)
    # ("đại hội điểm" in the body names the headline's back: no other occasion)
    # (nor the headline's name said again just below it: a page's path of sections, then its title)
    in_the_body = {m.label for m in mentions if m.type == "Event" and m.sentence > headline
                   and m.extractor not in (FoundAs.CITED_EVENT, FoundAs.CONGRESS, FoundAs.EVENT_BACK_REFERENCE)
                   and not (m.label in in_the_title and m.sentence <= headline + _TITLE_SAID_AGAIN)}
    renamed.update(_headline_and_body(events & in_the_title - in_the_body, in_the_body, renamed))
    renamed = _followed_through(renamed)
    for label, longer in ambiguous.items():
        # "lễ phát động" (a later sentence) where the headline's "Lễ phát động thi đua …" and the
        # body's "Lễ phát động thi đua … Việt Nam … ngày 9/1" proved one occasion: that one
        targets = {renamed.get(("Event", match_key(other)), EntityKey("Event", other)) for other in longer}
        if len(targets) == 1 and ("Event", match_key(label)) not in renamed:
            renamed[("Event", match_key(label))] = targets.pop()
    return _named_so_by_another(events, names, renamed)


def _begun_as_an_occasion(label: str, events: set[str]) -> list[str]:
    """The events whose names begin with ``label``'s words once the word that makes a meeting an
    occasion is set aside ("Buổi lễ kết nạp", named back, begins "Lễ kết nạp đảng viên mới của Chi
    bộ X ngày 3/10"): a head and one word at the least ("Buổi lễ", a head alone, is read elsewhere)."""
    occasion = _as_an_occasion(label)
    if len(occasion.split()) < _OCCASION_WORDS:
        return []
    # ("Giao ban công tác X", a headline, begins "Hội nghị giao ban công tác X tại … ngày 20/6" once
    # the conference's head is set before it: a meeting named without its head)
    headed = f"{match_key(cue('conference'))} {occasion}"
    return [other for other in events if other != label
            and _as_an_occasion(other).startswith((occasion + " ", headed + " "))]


_OCCASION_WORDS: Final = 3  # "lễ kết nạp": a two-word head, or a head and a word, and one more


def _named_so_by_another(events: set[str], names: dict[str, set[str]],
                         renamed: dict[tuple[str, str], EntityKey]) -> dict[tuple[str, str], EntityKey]:
    """An event left apart whose label is one of another's names is that one ("Đại hội Đảng bộ Viện X
    nhiệm kỳ 2020 – 2025", read from "Đại hội Đảng bộ Viện nhiệm kỳ …", is how "Đại hội Đảng bộ Viện
    X" is written with its term), where only one goes by it, with the same numbers, and that one is
    not named by this one in turn."""
    out = dict(renamed)
    keys_of = {e: {match_key(n) for n in names[e]} for e in events}  # (each event's names, once)
    for label in sorted(events):
        key = ("Event", match_key(label))
        if key in renamed:
            continue
        own = keys_of[label]
        others = [other for other in events if match_key(other) != key[1]
                  and key[1] in keys_of[other] and _same_numbers(other, label)]
        if len(others) == 1:
            target = renamed.get(("Event", match_key(others[0])), EntityKey("Event", others[0]))
            if match_key(target.label) not in own and match_key(target.label) != key[1]:
                out[key] = target
    return out


def _same_numbers(name: str, written: str) -> bool:
    """Whether ``written`` gives every number of ``name`` and no other but years ("… nhiệm kỳ 2020 –
    2025" written after a name without its term; not "lần thứ I" for "lần thứ II")."""
    numbers, more = set(_NUMBERED.findall(name)), set(_NUMBERED.findall(written))
    return numbers <= more and all(len(n) == 4 and n.isdigit() for n in more - numbers)


def _shortened_from(label: str, events: set[str], names: dict[str, set[str]]) -> list[str]:
    """The events one of whose names ``label`` shortens, one of each wording: "Đại hội … lần thứ
    III" for "Đại hội X Bộ Y lần thứ III" and "Đại hội X của Bộ Y lần thứ III", one event written
    with and without a linking "của" (which is no shortening of the other: _same_words)."""
    longer = [other for other in events if other != label and not _same_words(other, label)
              and any(_shortened(label, name) for name in names[other])]
    found = sorted({tuple(_words_but_of(other)): other for other in sorted(longer, reverse=True)}.values())
    # "Đại hội Công đoàn" (the body's, which the headline names too) and the headline's "Đại hội Công
    # đoàn bộ phận X nhiệm kỳ 2023-2028": one event, the one each of the others is also named by
    named_by_all = [one for one in found if all(one == other or one in names[other] for other in found)]
    return named_by_all if len(found) > 1 and len(named_by_all) == 1 else found


def _congresses_named_by_their_resolutions(mentions: list[Mention]) -> dict[tuple[str, str], EntityKey]:
    """A congress read from its resolution's name ("Nghị quyết Đại hội XIII Đảng bộ tỉnh") is the one
    the article names itself ("Đại hội đại biểu Đảng bộ tỉnh X lần thứ XIII") where one of its
    names with its number is one of that one's."""
    def numbered_names(m: Mention) -> set[str]:
        return {match_key(n) for n in (m.label, *m.aliases) if _NUMBERED.search(n) and len(n.split()) > 2}
    named = [m for m in mentions if m.type == "Event" and m.extractor != FoundAs.CONGRESS]
    renamed: dict[tuple[str, str], EntityKey] = {}
    for m in mentions:
        if m.type == "Event" and m.extractor == FoundAs.CONGRESS:
            names = numbered_names(m)
            same = {o.label for o in named if o.label != m.label and names & numbered_names(o)}
            if len(same) == 1:
                renamed[_key(m.key)] = EntityKey("Event", same.pop())
    return renamed


_NUMBERED: Final = re.compile(rf"\b(?:{ROMAN}|\d+)\b")


_TITLE_SAID_AGAIN = 2  # how many sentences below the headline its name may be said again as a title


def _headline(mentions: list[Mention]) -> int:
    """The sentence of the article's headline: the first that names anything, past the lines of
    a page's chrome above it that name nothing ("Tin tức - Sự kiện", "Thư viện ảnh")."""
    return min((m.sentence for m in mentions if m.extractor != FoundAs.BYLINE_AUTHOR), default=0)


def _followed_through(renamed: dict[tuple[str, str], EntityKey]) -> dict[tuple[str, str], EntityKey]:
    """Each name to the last in its chain: "Lễ kết nạp Đảng" (a later sentence) is "Lễ kết nạp Đảng
    viên mới" (a heading), which is the one the body names with its body and day."""
    out: dict[tuple[str, str], EntityKey] = {}
    for key, target in renamed.items():
        seen = {key}
        while (target.type, match_key(target.label)) in renamed and (target.type, match_key(target.label)) not in seen:
            seen.add((target.type, match_key(target.label)))
            target = renamed[(target.type, match_key(target.label))]
        out[key] = target
    return out


# " ngày 12/7/2024": the day a meeting's label ends with
_LABEL_DAY = re.compile(rf" {re.escape(cue('day'))} " r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?$")


def _named_in_full_and_dated(events: set[str], renamed: dict[tuple[str, str], EntityKey],
                             ) -> dict[tuple[str, str], EntityKey]:
    """A meeting named in full where no day is given (a headline: "Lễ ra mắt Chi hội … ấp
    Cái Rắn A") and shorter where its day is ("… tổ chức Lễ ra mắt Chi hội … ngày
    12/7/2024") is one meeting, named as annotators do: in full, with its day."""
    out: dict[tuple[str, str], EntityKey] = {}
    of = f" {cue('of')} "
    occasions = {e: _as_an_occasion(e) for e in events}
    for dated in sorted(events):
        day = _LABEL_DAY.search(dated)
        if day is None or ("Event", match_key(dated)) in renamed:
            continue
        described = dated[:day.start()]
        # the description alone, or without who held it ("… của Hội Nông dân xã X")
        for short, held_by in ((described, ""), (described.rsplit(of, 1)[0], of + described.rsplit(of, 1)[-1])):
            undated = [e for e in events if not _LABEL_DAY.search(e) and ("Event", match_key(e)) not in renamed
                       and (not held_by or of not in e[len(short):])]
            # "Gặp mặt cán bộ … nhân kỷ niệm …" (a headline) is "buổi gặp mặt cán bộ … nhân kỷ niệm …"
            occasion = _as_an_occasion(short)
            same = [e for e in undated if occasions[e] == occasion]
            fuller = [e for e in undated if occasions[e].startswith(occasion + " ")]
            if of in described or not held_by:
                if len(same) == 1 and not fuller:
                    out[("Event", match_key(same[0]))] = EntityKey("Event", dated)
                    break
                if len(fuller) == 1 and not same:
                    whole = EntityKey("Event", fuller[0] + held_by + day.group())
                    out[("Event", match_key(dated))] = out[("Event", match_key(fuller[0]))] = whole
                    break
    return out


def _named_with_their_day(events: set[str], renamed: dict[tuple[str, str], EntityKey],
                          ) -> dict[tuple[str, str], EntityKey]:
    """Meetings one of whose names gives the day: named in full elsewhere without it, or with it and
    without who held it."""
    out = _named_in_full_and_dated(events, renamed)
    return out | _dated_and_held_by(events, renamed | out)


def _dated_and_held_by(events: set[str], renamed: dict[tuple[str, str], EntityKey],
                       ) -> dict[tuple[str, str], EntityKey]:
    """A meeting named with its day ("Tọa đàm kỷ niệm 93 năm ngày 15/11/2023") and the one meeting named
    by the same words, who held it and the same day ("Buổi Tọa đàm kỷ niệm 93 năm của Ủy ban MTTQ phường
    8 ngày 15/11/2023") are one meeting, named in full by the second."""
    out: dict[tuple[str, str], EntityKey] = {}
    of = f" {match_key(cue('of'))} "
    dated = {e: day for e in events if (day := _LABEL_DAY.search(e))}
    for label, day in sorted(dated.items()):
        described = _as_an_occasion(label[:day.start()])
        if ("Event", match_key(label)) in renamed or of in f" {described} ":
            continue
        fuller = [e for e, other in dated.items() if e != label and other.group() == day.group()
                  and _as_an_occasion(e[:other.start()]).startswith(described + of)]
        if len(fuller) == 1:
            out[("Event", match_key(label))] = EntityKey("Event", fuller[0])
    return out


def _occasion_named_first_by_its_word(events: set[str], renamed: dict[tuple[str, str], EntityKey],
                                      ) -> dict[tuple[str, str], EntityKey]:
    """ "Buổi lễ do Hội Nông dân huyện X chủ trì …" (an occasion named first by its word alone,
    "Buổi lễ") and the article's one ceremony named in full ("Lễ ra mắt Tổ hợp tác …") are one
    occasion: named by the word, then by its name."""
    out: dict[tuple[str, str], EntityKey] = {}
    occasions = {e: _as_an_occasion(e) for e in events}
    for label in sorted(events):
        bare = occasions[label]
        if len(bare.split()) != 1 or ("Event", match_key(label)) in renamed:
            continue
        fuller = [e for e in events if occasions[e].startswith(bare + " ")]
        if len(fuller) == 1:
            out[("Event", match_key(label))] = EntityKey("Event", fuller[0])
    return out


def _as_an_occasion(label: str) -> str:
    """A meeting's label compared without the word that makes it an occasion ("Buổi gặp
    mặt …" is "Gặp mặt …"), nor the commas between its words ("Lễ giao, nhận quân năm 2024"
    is "Lễ giao nhận quân năm 2024": one rite, written both ways)."""
    key = match_key(label)
    return (_COMMAS_BETWEEN_WORDS.sub(" ", key) if "," in key else key).removeprefix(cue("occasion") + " ")


_COMMAS_BETWEEN_WORDS: Final = re.compile(r"\s*,\s*")


def _same_words(a: str, b: str) -> bool:
    """The same words in another order, a linking "của" aside ("Đại hội … Hội X lần thứ V"
    and "Đại hội … lần thứ V của Hội X")."""
    return _words_but_of(a) == _words_but_of(b)


def _words_but_of(label: str) -> list[str]:
    of = match_key(cue("of"))
    return sorted(w for w in match_key(label).split() if w != of)


# the ordinal a numbered meeting's label holds: "lần thứ V", "lần thứ 12", "thứ Năm"
_ORDINAL = re.compile(rf"\b(?:{re.escape(cue('nth_time'))}|{re.escape(cue('nth_time').split()[-1])})\s+(\w+)",
                      re.IGNORECASE)


_CITED_WORDS = 5  # the words of a meeting's name that, inside another's, cite it


def _one_occasion_of_a_kind(headlined: set[str], events: set[str], renamed: dict[tuple[str, str], EntityKey],
                            ) -> dict[tuple[str, str], EntityKey]:
    """The article's one dated meeting of a kind (its label's first two words: "Lễ công bố",
    "Hội nghị") and the one undated meeting of that kind its title names are one occasion,
    named twice: in the headline ("Lễ công bố Quyết định bổ nhiệm Viện trưởng Viện X") and
    where the body gives its day ("… tổ chức Lễ công bố Quyết định số 1963/QĐ-KHXH … ngày
    12/8/2025"), unless their numbers differ ("lần thứ V", "lần thứ VI") or the one names
    the other ("Hội nghị thông báo nhanh kết quả Hội nghị lần thứ 6 …")."""
    left = sorted(e for e in events if ("Event", match_key(e)) not in renamed)
    kinds: dict[tuple[str, ...], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for label in left:
        kind = tuple(match_key(label).split()[:2])
        if _LABEL_DAY.search(label):
            kinds[kind][0].append(label)
        elif label in headlined:
            kinds[kind][1].append(label)
    out: dict[tuple[str, str], EntityKey] = {}
    for dated, undated in kinds.values():
        if len(dated) == 1 and len(undated) == 1:
            numbers = {tuple(match_key(n) for n in _ORDINAL.findall(e)) for e in (*dated, *undated)}
            # not a meeting the other's name cites ("Hội nghị thông báo nhanh kết quả Hội nghị lần thứ 6 …")
            opening = " ".join(match_key(undated[0]).split()[:_CITED_WORDS])
            cited = match_key(dated[0]).find(opening) > 0
            if (len(numbers) == 1 or () in numbers) and not cited:
                out[("Event", match_key(undated[0]))] = EntityKey("Event", dated[0])
    return out


# the words of a body's name two labels of one occasion share, at the least
_SHARED_BODY_WORDS = 3


def _headline_and_body(headlined: set[str], in_the_body: set[str], renamed: dict[tuple[str, str], EntityKey],
                       ) -> dict[tuple[str, str], EntityKey]:
    """A headline's meeting and the one meeting of its kind (the label's first two words)
    the body names, held by the same body, are one occasion named twice: "Đại hội điểm Đảng
    bộ xã X nhiệm kỳ 2025-2030" (the headline) and "Đại hội đại biểu Đảng bộ xã X lần thứ
    XXIII" (the body), whose name, fuller, is kept; not where their numbers differ."""
    left = sorted(e for e in in_the_body if ("Event", match_key(e)) not in renamed)
    out: dict[tuple[str, str], EntityKey] = {}
    named_again = {target.label for target in renamed.values()}
    for headline in sorted(headlined):
        if ("Event", match_key(headline)) in renamed or headline in named_again:
            continue  # (the body names it again, shorter: it is that one, not another)
        kind = match_key(headline).split()[:2]
        same = [e for e in left if match_key(e).split()[:2] == kind
                and _shared_run(match_key(headline).split()[2:], match_key(e).split()[2:]) >= _SHARED_BODY_WORDS
                and not _on_other_days(headline, e)]
        numbers = {tuple(match_key(n) for n in _ORDINAL.findall(e)) for e in (headline, *same)}
        if len(same) == 1 and (len(numbers) == 1 or () in numbers and len(numbers) == 2):
            out[("Event", match_key(headline))] = EntityKey("Event", same[0])
    return out


def _on_other_days(a: str, b: str) -> bool:
    """Whether two meetings' labels give them different days ("… ngày 14/9", "… ngày 9/10")."""
    day_a, day_b = _LABEL_DAY.search(a), _LABEL_DAY.search(b)
    return day_a is not None and day_b is not None and day_a.group() != day_b.group()


def _shared_run(a: list[str], b: list[str]) -> int:
    """The length of the longest run of words ``a`` and ``b`` share."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


# a shortened name keeps the head and at least this many of the name's words after it
_SHORTENED_MIN_WORDS = 3


_YEARS_DASHED: Final = re.compile(r"\b(\d{4})\s*[-–—]\s*(\d{4})\b")


@lru_cache(maxsize=1 << 12)
def _years_joined(label: str) -> str:
    """The years of a term joined by one bare hyphen, however the text dashes them (asked of each pair
    of an article's events: cached)."""
    return _YEARS_DASHED.sub(r"\1-\2", label) if "20" in label or "19" in label else label


# the words that open what follows an event's name proper: its term, number, day ("nhiệm kỳ 2023-2028")
_TERM_OR_DAY: Final = tuple(f" {match_key(cue(name))} " for name in ("term", "nth_time", "day"))


def _without_its_term_or_day(words: list[str]) -> list[str]:
    """An event's name's words without its term, number or day, which a short name leaves out."""
    text = " ".join(words)
    for qualifier in _TERM_OR_DAY:
        at = text.find(qualifier)
        if at > 0:
            text = text[:at]
    return text.split()


def _bare_words(label: str) -> list[str]:
    return [w for w in (word.strip(_WORD_PUNCTUATION) for word in label.split()) if w]


_WORD_PUNCTUATION: Final = ",;:“”\"'‘’"


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` names ``full`` by some of its words in order, with its first and
    last words, an abbreviation in capitals standing for the words it spells."""
    # ("nhiệm kỳ 2022- 2025" and "nhiệm kỳ 2022 – 2025": the years of a term, however dashed)
    # (and a comma or quote beside a word no word of its own: "Tết trồng cây, đời đời …" shortened
    # "trồng cây xuân …")
    a, b = _bare_words(_years_joined(match_key(short))), _bare_words(_years_joined(match_key(full)))
    capitals = _bare_words(_years_joined(short))
    if len(a) < _SHORTENED_MIN_WORDS or len(a) >= len(b) or a[0] != b[0]:
        return False
    if a[-1] != b[-1]:  # "Đại hội Công đoàn Thư viện" for "Đại hội Công đoàn bộ phận Thư viện nhiệm kỳ 2023-2028"
        b = _without_its_term_or_day(b)
        if len(a) >= len(b) or a[-1] != b[-1]:
            return False
    j = 0
    for word, written in zip(a, capitals, strict=True):
        spelled = len(written) if len(written) > 1 and written.isupper() and written.isalpha() else 0
        while j < len(b) and b[j] != word and not (
                spelled and "".join(w[0] for w in b[j:j + spelled]) == word):
            j += 1
        if j == len(b):
            return False
        j += 1 if b[j] == word else spelled
    return True


def _not_entities(extraction: Extraction, mentions: list[Mention],
                  renamed: dict[tuple[str, str], EntityKey]) -> set[tuple[str, str]]:
    """Mentions that make no entity: short names left unresolved, and bodies named only
    inside another's name.

    A body named only inside the name of one of its boards ("Tỉnh ủy X" in "Ban Thường vụ
    Tỉnh ủy X") is an entity too: the gold format's real-text conventions place the board
    under it, so both are there.  A unit named only inside another's name without being
    its parent ("Trường X" in "Đảng bộ Trường X") is not.
    """
    standalone = {_key(m.key) for m in mentions if m.extractor != FoundAs.NESTED}
    # (not a body named only in its standing board's name, "Ban Thường trực Ủy ban MTTQ xã X", unless
    # the text says more of it: the movement it runs, what it carries out)
    links = [r for r in extraction.relations if r.predicate == "subOrganizationOf"]
    boards = [r for r in links if a_standing_board(r.subject.label)]
    standalone |= {_key(r.object) for r in links if r not in boards or _said_more_of(r.object, extraction)} \
        if boards else {_key(r.object) for r in links}
    dropped = {_key(m.key) for m in mentions if m.extractor == FoundAs.NESTED} - standalone
    dropped |= {_key(m.key) for m in mentions if m.extractor == FoundAs.SHORT_NAME} - set(renamed)
    dropped |= _places_only_in_event_names(extraction, mentions)
    for in_passing in (FoundAs.PLACE_IN_PASSING, FoundAs.CENTRE_IN_PASSING):
        dropped |= {_key(m.key) for m in mentions if m.extractor == in_passing} \
            - {_key(m.key) for m in mentions if m.type in ("Place", "Organization") and m.extractor != in_passing}
    return dropped | (_bodies_read_again(mentions) - _standalone_elsewhere(mentions))


def _quotes_in_an_article_of_no_body(text: str, mentions: list[Mention]) -> set[tuple[str, str]]:
    """Models read off bare quotes in an article that names no body at all: a crawled feed's
    sport, film and crime news quotes nicknames, titles and charges ("Quỷ đỏ", "Bố già"), which
    are models only where the text calls them one ("phong trào “A”")."""
    if any(m.type == "Organization" for m in mentions):
        return set()
    return {_key(m.key) for m in mentions
            if m.type == "PracticeModel" and not named_as_a_movement(text, m.span.start, m.label)}


def _said_more_of(body: EntityKey, extraction: Extraction) -> bool:
    """Whether a relation other than its units' links names the body."""
    return any(r.predicate != "subOrganizationOf" and body in (r.subject, r.object) for r in extraction.relations)


def _places_only_in_event_names(extraction: Extraction, mentions: list[Mention]) -> set[tuple[str, str]]:
    """Places named only inside an event's or a model's name ("Lễ mừng thọ người cao tuổi
    của xã Xuân Ninh", "Đại hội đại biểu các dân tộc thiểu số tỉnh Lâm Đồng", "Hà Tĩnh chung
    tay vì người nghèo"): like a place inside a body's name, not a place the text names,
    unless the event was held there."""
    events = [m.span for m in mentions if m.type in ("Event", "PracticeModel")]
    if not events:
        return set()
    text = extraction.article.text
    inside: set[tuple[str, str]] = set()
    outside: set[tuple[str, str]] = set()
    for m in mentions:
        if m.type == "Place" and m.extractor != FoundAs.PLACE_IN_PASSING:
            # "đại hội điểm Hội Nông dân xã X (huyện Y)": a place in brackets is named as a place
            aside = text[m.span.start - 1:m.span.start] == "(" and text[m.span.end:m.span.end + 1] in (")", ",")
            held = not aside and any(e.start <= m.span.start and m.span.end <= e.end and e != m.span for e in events)
            (inside if held else outside).add(_key(m.key))
    inside -= outside
    return inside - {_key(r.object) for r in extraction.relations if r.predicate == "locatedIn"} if inside else inside


def _bodies_read_again(mentions: list[Mention]) -> set[tuple[str, str]]:
    """A body after a title completed from the article ("Ủy viên Ban Thường vụ Đảng ủy," read
    as the committee of the article's commune) where a person's chain of posts finished it
    otherwise ("..., Chỉ huy trưởng BĐBP tỉnh": that body's committee's board)."""
    by_chain = {m.span: m.label for m in mentions if m.extractor == FoundAs.BODY_OF_PERSON_POST}
    after_post = [m for m in mentions if m.extractor == FoundAs.BODY_AFTER_POST]
    read_again = {_key(m.key) for m in after_post if by_chain.get(m.span, m.label) != m.label}
    # "Phó Bí thư Đảng ủy Khối X; ..., Phó Bí thư Đảng ủy, Hiệu trưởng nhà trường": the bare
    # "Đảng ủy" read again as the school's leaves the one named in full after the first title
    return read_again - {_key(m.key) for m in after_post if m.span not in by_chain}


def _standalone_elsewhere(mentions: list[Mention]) -> set[tuple[str, str]]:
    """Keys of bodies named somewhere other than right after a title."""
    return {_key(m.key) for m in mentions if m.type == "Organization"
            and m.extractor not in (FoundAs.BODY_AFTER_POST, FoundAs.NESTED)}


def _renamed_mention(mention: Mention, renamed: dict[tuple[str, str], EntityKey]) -> Mention:
    new = renamed.get(_key(mention.key))
    if new is None:
        return mention
    if mention.type == "Event" and new.label != mention.label:
        # an event named two ways keeps the name it was given here ("Lễ … ngày 12/7/2024")
        return replace(mention, label=new.label, aliases=(*mention.aliases, mention.label))
    return replace(mention, label=new.label)


def _a_second_field(words: str) -> bool:
    """Whether the words a longer name adds are a second field joined by a dash (" – Tài vụ"): "Chi
    bộ Quản trị" is not short for "Chi bộ Quản trị – Tài vụ", the body it was split from."""
    added = words.split()
    return len(added) >= 3 and added[0] in ("-", "–") and (fold(added[1]), fold(added[2])) in joined_fields()


def _short_organization_names(mentions: list[Mention]) -> dict[tuple[str, str], EntityKey]:
    """Organisations named short after (or before) their full name in one article:
    "Đảng ủy Đồn" for "Đảng ủy Đồn Biên phòng Pò Hèn", "Đảng ủy Khối" for "Đảng ủy Khối
    Doanh nghiệp thành phố Hải Phòng"; and a board of one ("Ban Thường vụ Đảng ủy Khối
    Doanh nghiệp") for the board of the full one."""
    labels = {match_key(m.label): m.label for m in mentions if m.type == "Organization"}
    full: dict[str, str] = {}
    for key in labels:
        # "Chi bộ ấp Kinh Hãng" for "Chi bộ ấp Kinh Hãng, xã Khánh Bình Đông": the ward after a comma too
        # (not "Tổng công ty X" for "Tổng công ty X - EVNSPC", the name with its initials: the other way)
        # (nor "Bệnh viện X" for "Bệnh viện X cơ sở 2", its second site: a body of its own)
        # (nor "Học viện Hậu cần" for "Học viện Hậu cần Quân đội nhân dân Lào": a foreign counterpart)
        # (nor "Kiểm toán Nhà nước" for "Kiểm toán Nhà nước khu vực XI": its office for a numbered region)
        longer = [k for k in labels if (k.startswith(key + " ") or k.startswith(key + ", "))
                  and not _INITIALS_AFTER_A_DASH.fullmatch(labels[k][len(key):])
                  and not _a_second_field(labels[k][len(key):])
                  and branch_of(labels[k], (labels[key],)) is None
                  and not _names_a_foreign_country(labels[k][len(key):])
                  and not (_NUMBERED_REGION_ADDED.match(labels[k][len(key):]) and _ends_in(key, _national_bodies()))
                  and not _ends_in(key, _national_forces())]
        longest = [k for k in longer if not any(o.startswith(k + " ") for o in longer)]
        if len(key.split()) >= 2 and len(longest) == 1:
            full[key] = labels[longest[0]]
    for key, label in labels.items():  # "Tổng công ty X - EVNSPC" is "Tổng công ty X" with its initials
        named = _INITIALS_AFTER_A_DASH.search(label)
        plain = match_key(label[:named.start()]) if named else ""
        if named and plain in labels and key not in full:
            full[key] = labels[plain]
    _spelled_out(labels, full)
    _named_without_their_middle(labels, full)
    for key, label in labels.items():
        if key in full:
            continue
        words = label.split()
        for cut in range(1, len(words) - 1):
            tail = match_key(" ".join(words[cut:]))
            if tail in full:
                full[key] = " ".join(words[:cut] + [full[tail]])
                break
    for key, label in labels.items():
        # "Bộ Lao động - Thương binh và Xã hội", the data's spelling (an abbreviation spelt out), for
        # "Bộ Lao động – Thương binh và Xã hội" as the text writes it: one body, the text's dash
        dashed = match_key(label.replace(" - ", " – "))
        if dashed != key and dashed in labels and key not in full:
            full[key] = labels[dashed]
    executive = cue("executive_committee")
    for key, label in labels.items():  # "Trung ương Hội Nông dân Việt Nam": its Ban Chấp hành Trung ương
        committee = match_key(f"{executive} {label}")
        if label.startswith(_ASSOCIATIONS_CENTRE) and committee in labels and key not in full:
            full[key] = labels[committee]
    return {("Organization", key): EntityKey("Organization", label) for key, label in full.items()}


def _spelled_out(labels: dict[str, str], full: dict[str, str]) -> None:
    """ "Tổng công ty LTMB" for "Tổng công ty Lương thực miền Bắc": into ``full``, by match key."""
    for key, label in labels.items():
        if key in full or not _has_acronym(label):
            continue
        spelled = [other for other in labels.values()
                   if other != label and _spells(label.split(), [w.casefold() for w in other.split()])]
        if len(spelled) == 1:
            full[key] = spelled[0]


def _named_without_their_middle(labels: dict[str, str], full: dict[str, str]) -> None:
    """ "Tổng công ty Đông Bắc" for "Tổng công ty Khoáng sản và Năng lượng Đông Bắc": into ``full``."""
    by_kind: dict[tuple[str, ...], list[str]] = {}  # (the kind's first two words: _head_and_end's least)
    for label in labels.values():
        by_kind.setdefault(tuple(label.split()[:2]), []).append(label)
    for key, label in labels.items():
        if key in full:
            continue
        middle = [other for other in by_kind[tuple(label.split()[:2])] if _head_and_end(label, other)]
        if len(middle) == 1:
            full[key] = middle[0]


def _names_a_foreign_country(words: str) -> bool:
    """Whether the words a longer name adds to a short one end in a foreign country's name
    ("… Quân đội nhân dân Lào"): the short one is the Vietnamese body, the longer its counterpart."""
    return any(f" {words} ".endswith(f" {country} ") for country in cues("foreign_countries"))


def _head_and_end(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` without words in its middle: the body's kind (two words or
    more) and the proper name that ends it ("Bệnh viện Việt Tiệp" of "Bệnh viện Hữu Nghị Việt
    Tiệp"), neither naming a place's level (a body of another place is another body); not where
    the end is the country's or a province's name ("Công đoàn Việt Nam" is not "Công đoàn Xây
    dựng Việt Nam")."""
    a, b = short.split(), full.split()
    if len(b) <= len(a) or len(a) < 3:
        return False
    levels, places = _levels_and_places()
    for cut in range(2, len(a)):
        head, end = a[:cut], a[cut:]
        if b[:cut] == head and b[-len(end):] == end and all(w[:1].isupper() for w in end) \
                and " ".join(end) not in places \
                and levels.isdisjoint(w.lower() for w in b) and b[cut][:1].isupper():
            return True
    return False


@cache
def _levels_and_places() -> tuple[frozenset[str], frozenset[str]]:
    """The words of places' levels, and the provinces' and the country's names."""
    return (frozenset(lv.word for lv in lexicon().levels),
            frozenset(lexicon().provinces) | {cue("country")})


_INITIALS_AFTER_A_DASH = re.compile(r"\s+[-–]\s+[A-ZĐ][A-ZĐ0-9]+$")


@cache
def _national_bodies() -> frozenset[str]:
    """The match keys of the bodies a head of the grammar names whole ("Kiểm toán Nhà nước", "Kho bạc
    Nhà nước"): a national body, not its office for a numbered region named short ("Chi cục Hải quan"
    for "Chi cục Hải quan khu vực VIII" is the office)."""
    return frozenset(match_key(h.canonical) for h in lexicon().org_heads
                     if h.attach in ("fixed", "level") and len(h.canonical.split()) >= 2)


def _ends_in(key: str, bodies: frozenset[str]) -> bool:
    """ "Kiểm toán Nhà nước", "Đảng ủy Kiểm toán Nhà nước": one of the bodies, or its committee, named whole."""
    return any(key == body or key.endswith(f" {body}") for body in bodies)


@cache
def _national_forces() -> frozenset[str]:
    """ "Bộ đội Biên phòng": a force named bare is the national one (grammar._national_force), not
    short for its unit of the province ("Bộ đội Biên phòng tỉnh X") named in the same article."""
    return frozenset(match_key(f) for f in cues("national_forces_named_bare"))


_NUMBERED_REGION_ADDED = re.compile(rf"\s+{re.escape(cue('numbered_region'))}\s+[0-9IVXL]+\b", re.IGNORECASE)


# "Trung ương Hội …": an association's centre, the executive committee's short name
_ASSOCIATIONS_CENTRE = tuple(c.removeprefix(cue("executive_committee")).strip() + " "
                             for c in cues("associations_central_committees"))


def _has_acronym(label: str) -> bool:
    """Whether a label holds capitals the abbreviations do not spell out ("Tổng công ty LTMB")."""
    return any(len(w) > 1 and w.isupper() and w.isalpha() and w not in lexicon().abbreviations
               for w in label.split())


def _spells(written: list[str], words: list[str]) -> bool:
    """Whether the words ``written`` are ``words`` with some of them replaced by the
    capitals that spell them, an abbreviation the genre uses standing for its words
    ("Đảng ủy CATW" for "Đảng ủy Công an Trung ương": C, A, then TW for "Trung ương")."""
    if not written:
        return not words
    first, rest = written[0], written[1:]
    if words and first.casefold() == words[0]:
        return _spells(rest, words[1:])
    if not (len(first) > 1 and first.isupper() and first.isalpha()):
        return False
    return _initials(first, words, rest)


def _initials(letters: str, words: list[str], rest: list[str]) -> bool:
    """Whether ``letters`` spell the first of ``words`` (by their initials, or by an
    abbreviation of several: "TW"), the rest of ``words`` then being ``rest``."""
    if not letters:
        return _spells(rest, words)
    if words and words[0][:1] == letters[0].casefold() and _initials(letters[1:], words[1:], rest):
        return True
    for abbreviation, expansion in lexicon().abbreviations.items():
        spelled = expansion.casefold().split()
        if letters.startswith(abbreviation) and words[:len(spelled)] == spelled \
                and _initials(letters[len(abbreviation):], words[len(spelled):], rest):
            return True
    return False


def _given_name_first(name_key: str) -> bool:
    """A name in the Ede/Jarai order: the "Y" (men) or "H'" (women) prefix and the given
    name first, the family name last."""
    return name_key.startswith(("y ", "h'", "h’"))


RelationId = tuple[str, str, str, str | None]  # subject IRI, predicate, object IRI, role


def _relation_order(key: RelationId) -> tuple[str, str, str, str]:
    return key[0], key[1], key[2], key[3] or ""


EntityId = tuple[str, str]  # type and match key: one entity of the corpus


@pickled_by_its_fields
@dataclass(frozen=True, slots=True)
class ArticleEntity:
    """One entity as one article names it: the label and kind it gives first, every
    surface form, and each mention's evidence."""

    key: EntityId
    label: str
    kind: str | None
    aliases: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@pickled_by_its_fields
@dataclass(frozen=True, slots=True)
class ArticleRelation:
    subject: EntityId
    predicate: Predicate
    object: EntityId
    role: str | None
    evidence: tuple[Evidence, ...]
    taken_up: bool = False  # a post the article says was taken up ("được bầu làm ...")


@pickled_by_its_fields
@dataclass(frozen=True, slots=True)
class ResolvedArticle:
    """An article's entities and relations resolved within the article: what a worker
    process hands to the corpus-wide :class:`Resolver` (much less than the mentions)."""

    article: Article
    entities: tuple[ArticleEntity, ...]
    relations: tuple[ArticleRelation, ...]


@cache
def _bare_event_words() -> frozenset[str]:
    """A meeting's bare words: the heads of events.tsv and their back-references ("hội thi",
    "buổi lễ"), as matched."""
    return frozenset(match_key(word) for head, (_, backrefs) in lexicon().event_heads.items()
                     for word in (head, *backrefs))


def _bare_words_of_later_events(groups: dict[EntityId, list[Mention]]) -> dict[EntityId, set[str]]:
    """The bare words ("hội thi", "buổi lễ") that several of an article's events go by, for each
    event but the one named first: the bare description names the meeting the article reports,
    the first it names (the gold format's alias), not one named later in passing ("… được chọn
    tham dự Hội thi cấp tỉnh"), which would take that name from it."""
    events = {k: named for k, named in groups.items() if k[0] == "Event"}
    if len(events) < 2:
        return {}
    bare = _bare_event_words()
    words = {k: {match_key(a) for m in named for a in (m.text, m.label, *m.aliases)} & bare
             for k, named in events.items()}
    first = {k: min(m.span.start for m in named) for k, named in events.items()}
    out: dict[EntityId, set[str]] = {}
    for k, own in words.items():
        taken = {w for w in own if any(w in words[o] and first[o] < first[k] for o in events if o != k)}
        if taken:
            out[k] = taken
    return out


def resolve_in_article(extraction: Extraction) -> ResolvedArticle:
    """The article's mentions grouped into entities, and its relations with evidence."""
    article = extraction.article
    mentions, rels = resolve_article(extraction)
    groups: dict[EntityId, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_key(m.key), []).append(m)
    entities = []
    shared = _bare_words_of_later_events(groups)
    for k, named in groups.items():
        forms = {a for m in named for a in (surface_form(m.text), *m.aliases) if a}
        if k in shared:
            forms = {a for a in forms if match_key(a) not in shared[k]}
        entities.append(ArticleEntity(
            key=k, label=_label_of(named), kind=next((m.kind for m in named if m.kind), None),
            aliases=tuple(sorted(forms)),
            # an entity's evidence is its mention: the offsets and the exact text there
            evidence=tuple(Evidence(article.id, m.sentence, m.span.start, m.span.end, m.text) for m in named),
        ))
    sentences = {s.index: s.text for s in extraction.sentences}
    relations: dict[tuple[EntityId, str, EntityId, str | None], dict[Evidence, None]] = {}
    for r in rels:
        role = clean_label(r.role) if r.role else None
        ev = Evidence(article.id, r.sentence, r.span.start, r.span.end, sentences.get(r.sentence, ""))
        relations.setdefault((_key(r.subject), r.predicate, _key(r.object), role), {})[ev] = None
    return ResolvedArticle(
        article, tuple(entities),
        tuple(ArticleRelation(s, p, o, role, tuple(evs),  # type: ignore[arg-type]
                              taken_up=p == "holdsPost" and bool(role) and any(
                                  _takes_up(ev.text, role or "") for ev in evs))
              for (s, p, o, role), evs in relations.items()),
    )


def _label_of(named: list[Mention]) -> str:
    """The label of the first mention, or of the first with fewer words in capitals: a heading
    in capitals ("CÔNG TY ĐIỆN LỰC THÁI BÌNH TỔ CHỨC …") names a body the text names again in
    small letters."""
    first = named[0].label
    if all(m.label == first for m in named):
        return first  # (most entities: one label however often named)
    return min(named, key=lambda m: sum(len(w) > 1 and w.isupper() for w in m.label.split())).label


_K = TypeVar("_K")
_T = TypeVar("_T")
IDENTIFIED = ("Person", "Event")  # types told apart by context, not by label alone

# An entity as the resolver refers to it before people and events are identified: its
# IRI, or for a person or event the row of the article that names it (in `_Sightings`).
Ref = str | int
RelationKey = tuple[Ref, str, Ref, str | None]


class _Kept(dict[object, object]):
    """Equal strings, tuples of strings and sets kept as one object: each article's
    result brings its own copies (the same person's label, aliases and anchors again in
    every article that names them)."""

    def one(self, value: _T) -> _T:
        found = self.get(value)
        if found is None:
            if isinstance(value, tuple):
                value = tuple(self.one(v) for v in value)  # type: ignore[assignment]
            found = self[value] = value
        return found  # type: ignore[return-value]


class _Sightings:
    """People and events as each article names them, until the corpus says who is who
    (:meth:`Resolver.result`): one row per name and article, in columns.  As objects
    (a record, its :class:`Sighting` and frozenset of anchors, a ``PackedEvidence`` and
    its array, an entry in a dict per name) a row took about 500 bytes before its
    strings, most of the merge's state: 65,000 rows at 8,000 articles."""

    def __init__(self, table: EvidenceTable, kept: _Kept) -> None:
        self.table, self.kept = table, kept
        self.rows: dict[EntityId, array[int]] = {}  # each name's rows, as articles came
        self.article = array("i")  # the row's article, as the evidence table numbers it
        self.label: list[str] = []
        self.kind: list[str | None] = []
        self.aliases: list[tuple[str, ...]] = []
        self.anchors: list[frozenset[str]] = []
        self.province: list[str] = []
        # the row's evidence: numbers[starts[row]:starts[row + 1]] (PackedEvidence's five a piece)
        self.numbers = array("i")
        self.starts = array("q", [0])

    def add(self, key: EntityId, entity: ArticleEntity, article: int, sighting: Sighting) -> int:
        """A row for the entity as an article names it (``sighting``): its number."""
        kept, row = self.kept, len(self.article)
        self.rows.setdefault(key, array("i")).append(row)
        self.article.append(article)
        self.label.append(kept.one(entity.label))
        self.kind.append(kept.one(entity.kind))
        self.aliases.append(kept.one(entity.aliases))
        self.anchors.append(kept.one(sighting.anchors))
        self.province.append(kept.one(sighting.province))
        self.numbers.extend(PackedEvidence(self.table, entity.evidence).numbers())
        self.starts.append(len(self.numbers))
        return row

    def article_id(self, row: int) -> str:
        return self.table.article_ids[self.article[row]]

    def sighting(self, row: int, dates: dict[str, str]) -> Sighting:
        article_id = self.article_id(row)
        return Sighting(article_id, dates[article_id], self.anchors[row], self.province[row])

    def evidence(self, row: int) -> PackedEvidence:
        return PackedEvidence.of_numbers(self.table, self.numbers[self.starts[row]:self.starts[row + 1]])


class Resolver:
    """Entities and relations of a corpus, built one article at a time.

    Articles must be added in the order of their ids (``resolve`` sorts them): the
    first article to name an entity chooses its label's spelling, so the order fixes
    the output.  Only the growing knowledge base is held, not the articles' mentions.
    People and events are kept per article until :meth:`result`, which tells who is
    who from every article's context (:mod:`kg.identity`).
    """

    def __init__(self, spill_dir: str | os.PathLike[str] | None = None) -> None:
        """``spill_dir``: where long quotes wait on disk (see :class:`EvidenceTable`)."""
        self.articles: list[Article] = []
        self.kept = _Kept()
        self.labels: dict[tuple[str, str], str] = {}
        self.aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.kinds: dict[tuple[str, str], str] = {}
        self.iris: dict[tuple[str, str], str] = {}
        # evidence packed (PackedEvidence): most of what a large corpus's merge holds
        self.table = EvidenceTable(spill_dir)
        self.evidence: dict[tuple[str, str], PackedEvidence] = {}
        self.sightings = _Sightings(self.table, self.kept)
        # each relation's number, and by number its evidence
        self.relations: dict[RelationKey, int] = {}
        self.relation_evidence: list[PackedEvidence] = []
        # what each article names (in a list: made a set in `result`, which drops
        # repeats; a set per article took 2 KB or more) and states (relations' numbers)
        self.article_entities: dict[str, list[Ref]] = defaultdict(list)
        self.article_relations: dict[str, array[int]] = {}
        self.dates: dict[str, str] = {}
        self.taken_up: set[tuple[int, str]] = set()  # (relation, article): appointed
        self._made = False  # whether `result` was called

    def add(self, extraction: Extraction) -> None:
        self.add_resolved(resolve_in_article(extraction))

    def add_resolved(self, resolved: ResolvedArticle) -> None:
        """Merge an article resolved on its own (in a worker process) into the corpus."""
        article = resolved.article
        self.articles.append(article)
        self.dates[article.id] = publication_date(article)
        sightings = _sightings(resolved, self.dates[article.id])
        named = self.article_entities[article.id]
        refs: dict[EntityId, Ref] = {}
        for entity in resolved.entities:
            k = entity.key
            if k[0] in IDENTIFIED:
                refs[k] = self.sightings.add(k, entity, self.table.article(article.id), sightings[k])
            else:
                label = self.labels.setdefault(k, entity.label)
                if entity.kind and k not in self.kinds:
                    self.kinds[k] = entity.kind
                self.aliases[k].update(entity.aliases)  # `result` drops the one equal to the label
                self._packed(self.evidence, k).extend(entity.evidence)
                # one string per entity, not one per article naming it
                refs[k] = self.iris.get(k) or self.iris.setdefault(k, entity_iri(k[0], label))
            named.append(refs[k])
        stated = self.article_relations.setdefault(article.id, array("i"))
        # each piece of evidence once: two of the article's relations may be one here
        # (evidence of two articles always differs)
        said: dict[RelationKey, dict[Evidence, None]] = defaultdict(dict)
        for r in resolved.relations:
            rk = (refs[r.subject], r.predicate, refs[r.object], self.kept.one(r.role))
            said[rk].update(dict.fromkeys(r.evidence))
            number = self.relations.get(rk)
            if number is None:
                number = self.relations[rk] = len(self.relation_evidence)
                self.relation_evidence.append(PackedEvidence(self.table))
            stated.append(number)
            if r.taken_up:
                self.taken_up.add((number, article.id))
        for said_key, evs in said.items():
            self.relation_evidence[self.relations[said_key]].extend(evs)

    def _packed(self, held: dict[_K, PackedEvidence], key: _K) -> PackedEvidence:
        found = held.get(key)
        if found is None:
            found = held[key] = PackedEvidence(self.table)
        return found

    def _identities(self) -> tuple[list[Entity], list[str]]:
        """The people and events of the corpus, and each sighting's (row's) IRI."""
        entities: list[Entity] = []
        seen = self.sightings
        found = [""] * len(seen.article)
        contexts: dict[tuple[str, ...], tuple[str, ...]] = {}  # equal ones kept once (54,148 at 8,000 articles)
        for k in sorted(seen.rows):
            rows = sorted(seen.rows[k], key=seen.article_id)
            identify = identify_people if k[0] == "Person" else identify_events
            for identity, members in identify([seen.sighting(row, self.dates) for row in rows]):
                records = [rows[i] for i in sorted(members)]
                label = seen.label[records[0]]  # the first article's spelling
                iri = entity_iri(k[0], label, identity.context)
                forms = {a for r in records for a in seen.aliases[r]} - {label}
                entities.append(Entity(
                    iri=iri, type=k[0], label=label,  # type: ignore[arg-type]
                    aliases=tuple(sorted(forms)),
                    kind=next((seen.kind[r] for r in records if seen.kind[r]), None),
                    evidence=settled(self.table, [seen.evidence(r) for r in records]),
                    context=contexts.setdefault(identity.anchors, identity.anchors),
                ))
                for i in members:
                    found[rows[i]] = iri
        return entities, found

    def result(self) -> KnowledgeBase:
        """The knowledge base of every article added.  Once: the merge's state is let go
        of as the knowledge base is made (the merge's high-water mark is its end)."""
        if self._made:
            raise RuntimeError("Resolver.result() is called once: the merge's state went with the first")
        self._made = True
        labels, aliases, kinds, evidence = self.labels, self.aliases, self.kinds, self.evidence
        identified, identities = self._identities()

        def final(ref: Ref) -> str:
            return ref if isinstance(ref, str) else identities[ref]

        entities = tuple(sorted([*identified, *(
            Entity(
                iri=self.iris[k],
                type=k[0],  # type: ignore[arg-type]
                label=labels[k],
                aliases=tuple(sorted(a for a in aliases[k] if a != labels[k])),
                kind=kinds.get(k),
                evidence=settled(self.table, [evidence[k]] if k in evidence else []),
            )
            for k in labels)], key=lambda e: e.iri))
        # the merge's state goes as the knowledge base is made, for what it makes to
        # take its place: each relation under its final key, by number, then in order
        self.sightings = _Sightings(self.table, self.kept)
        keys = [(final(s), p, final(o), role) for s, p, o, role in self.relations]
        self.relations = {}
        relations = _RelationGroups(keys, self.relation_evidence)
        del keys
        self.relation_evidence = []
        taken_up: dict[int, list[str]] = defaultdict(list)  # by relation's number, the articles
        for number, a in sorted(self.taken_up):
            taken_up[number].append(a)
        ordered = tuple(_dated_relations(relations, self.dates, taken_up, self.table))
        relations.keys, relations.evidence = [], []  # what the articles' tuples need is `place`
        self.kept.clear()
        self.table.forget_texts()
        return KnowledgeBase(
            articles=tuple(sorted(self.articles, key=lambda a: a.id)),
            entities=entities,
            relations=ordered,
            article_entities={a: tuple(sorted({final(r) for r in v}))
                              for a, v in sorted(self.article_entities.items())},
            article_relations={a: tuple(ordered[i] for i in sorted({relations.place[n] for n in v}))
                               for a, v in sorted(self.article_relations.items())},
        )


class _RelationGroups:
    """The merge's relations (by number) under their final keys, grouped (several of an
    article's people may be one person of the corpus) and in :func:`_relation_order`:
    group ``i`` is the numbers ``order[starts[i]:starts[i + 1]]``, all of key ``keys[i]``;
    ``place[n]`` is relation ``n``'s group."""

    def __init__(self, keys: list[RelationId], evidence: list[PackedEvidence]) -> None:
        self.evidence = evidence
        # ties of the order (a role None and "") told apart, so that equal keys come together
        self.order = array("i", sorted(range(len(keys)), key=lambda n: (*_relation_order(keys[n]), keys[n][3] is None)))
        self.keys: list[RelationId] = []
        self.starts = array("i")
        self.place = array("i", bytes(4 * len(keys)))
        for i, n in enumerate(self.order):
            if not self.keys or keys[n] != self.keys[-1]:
                self.keys.append(keys[n])
                self.starts.append(i)
            self.place[n] = len(self.keys) - 1
        self.starts.append(len(self.order))

    def numbers(self, i: int) -> array[int]:
        return self.order[self.starts[i]:self.starts[i + 1]]

    def packs(self, i: int) -> list[PackedEvidence]:
        return [self.evidence[n] for n in self.numbers(i)]


def settled(table: EvidenceTable, packs: list[PackedEvidence]) -> PackedEvidence:
    """The evidence of ``packs``, each piece once, in evidence order: the one pack itself
    where it already is (most are), not a copy of it."""
    if len(packs) == 1 and packs[0].in_order():
        return packs[0]
    return PackedEvidence(table, sorted({ev for pack in packs for ev in pack}, key=evidence_order))


def publication_date(article: Article) -> str:
    """The day an article was published, YYYY-MM-DD, or "" when it does not say."""
    day = (article.published or "")[:10]
    return day if len(day) == 10 and day[4] == "-" and day[7] == "-" else ""


def _sightings(resolved: ResolvedArticle, day: str) -> dict[EntityId, Sighting]:
    """What places each person and event the article names: the bodies of a person's
    posts, an event's province, and the province the article is about."""
    labels = {e.key: e.label for e in resolved.entities}
    province = main_province(labels[k] for k in labels if k[0] in ("Organization", "Place"))
    named: dict[EntityId, set[str]] = defaultdict(set)  # anchors the sentences name
    inferred: dict[EntityId, set[str]] = defaultdict(set)  # anchors from the article's province
    holders = {r.subject for r in resolved.relations if r.predicate == "holdsPost"}
    for r in resolved.relations:
        if r.predicate == "holdsPost" and r.object in labels:
            sentences = " ".join(ev.text for ev in r.evidence)
            placed = body_anchor(labels[r.object], province, sentences)
            if placed is not None:
                (named if placed[1] else inferred)[r.subject].add(placed[0])
    anchors = {k: named[k] or inferred[k] for k in {*named, *inferred}}
    article_id = resolved.article.id
    found = {}
    for k, label in labels.items():
        if k[0] == "Event":
            place = province_of(label) or province
            found[k] = Sighting(article_id, day, frozenset({place} - {""}), province)
        elif k[0] == "Person":
            # posts that place no one (at the centre) say the person is not simply of
            # the article's province: a leader visiting it
            posted = k in holders and not anchors.get(k)
            found[k] = Sighting(article_id, day, frozenset(anchors.get(k, ())), "" if posted else province)
    return found


@cache
def _post_cues() -> tuple[str, ...]:
    return tuple(sorted({match_key(c) for c in lexicon().cues["takes_post"]}, key=len, reverse=True))


def _takes_up(sentence: str, role: str) -> bool:
    """Whether the sentence says the post was taken up ("được bầu làm Bí thư", "được
    điều động giữ chức Giám đốc"): a cue right before the role."""
    text, role_key = match_text(sentence), match_key(role)
    return role_key in text and _taken_up(role_key).search(text) is not None


@lru_cache(maxsize=1 << 10)
def _taken_up(role_key: str) -> re.Pattern[str]:
    """A cue of _post_cues right before the role, as one pattern per role (a sentence is searched
    once, not once per cue)."""
    return re.compile(f"(?:{'|'.join(re.escape(c) for c in _post_cues())}) {re.escape(role_key)}")


FORMER = "nguyên "  # "nguyên Bí thư": a post held before (the grammar keeps the word in the role)


def _dated_relations(
    relations: _RelationGroups, dates: dict[str, str], taken_up: dict[int, list[str]], table: EvidenceTable,
) -> Iterator[Relation]:
    """Each relation with its evidence, in order; a post also with the days (YYYY-MM-DD)
    it was reported, the days it was reported taken up (``taken_up``: by the merge's
    relation number, the articles that say so: an appointment) and the days it was
    reported as held before ("nguyên ...")."""
    kept: dict[tuple[str, ...], tuple[str, ...]] = {}  # equal days kept once (63,480 posts at 8,000 articles)

    def days(article_ids: Iterable[str]) -> tuple[str, ...]:
        found = tuple(sorted({dates.get(a, "") for a in article_ids} - {""}))
        return kept.setdefault(found, found)

    former: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for i, (s, p, o, role) in enumerate(relations.keys):
        if p == "holdsPost" and role and role.startswith(FORMER):
            # the places alone: an Evidence made of each piece would read its quote from disk
            former[(s, o, role.removeprefix(FORMER))].update(
                a for evs in relations.packs(i) for a, _ in evidence_places(evs))
    for i, (s, p, o, role) in enumerate(relations.keys):
        evs = settled(table, relations.packs(i))
        if p != "holdsPost":
            yield Relation(s, p, o, role, evs)  # type: ignore[arg-type]
            continue
        articles = {a for a, _ in evidence_places(evs)}
        ended = articles if role and role.startswith(FORMER) else former.get((s, o, role or ""), set())
        began = {a for n in relations.numbers(i) for a in taken_up.get(n, ())}
        yield Relation(s, "holdsPost", o, role, evs, days(articles),
                       began=days(a for a in articles if a in began), ended_by=days(ended))


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    """The corpus's entities and relations, each with its evidence."""
    resolver = Resolver()
    for extraction in sorted(extractions, key=lambda x: x.article.id):
        resolver.add(extraction)
    return resolver.result()
