"""Awards: their kind and grade, whose award it is, who presented it, who received it.

    X trao Bằng khen của Y cho Z      X presents, Y's award, Z receives
    thừa ủy quyền của Y, X trao ...   Y's award, X presents
    Z được Y tặng thưởng Huân chương  Y's award, Z receives
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from functools import cache
from typing import Final

from kg.extract import Found, SentenceView, patterns, register, register_finisher
from kg.extract.context import the_one_named
from kg.extract.lexicon import (
    clean_label,
    cue,
    cue_alternatives,
    cues,
    either_initial,
    expand_abbreviations,
    fold,
    heads_named_back,
    lexicon,
)
from kg.extract.tokens import DASHES, WordGate
from kg.model import Article, EntityKey, ExtractorName, FinisherName, FoundAs, Mention, RelationMention, Sentence

_E: Final = re.escape
_GRADE_WORD: Final = cue("grade")
_GRADES: Final = cues("grades")
# "Huân chương Độc lập Hạng Nhì": some outlets write the grade word with a capital
_GRADE_WORD_EITHER_CASE: Final = rf"(?:{_E(_GRADE_WORD)}|{_E(_GRADE_WORD.capitalize())})"
_GRADE_WORDS: Final = (rf"\s+{_GRADE_WORD_EITHER_CASE}\s+(?:{cue_alternatives('grades')}|"
                + "|".join(_E(g.lower()) for g in _GRADES) + r"|[123I]{1,3}\b)")
# "hạng 3", "hạng III": the grade as the order's name writes it
_GRADE_NAMES: Final = {"1": _GRADES[0], "2": _GRADES[1], "3": _GRADES[2], "I": _GRADES[0], "II": _GRADES[1],
                "III": _GRADES[2]}
_GRADE_IN_DIGITS: Final = patterns.compile(rf"(?<={_E(_GRADE_WORD)} )(III|II|I|1|2|3)$")
# "Huân chương chiến công hạng nhất": an order's name and grade as labels write them
_ORDER_NAMES: Final = {**{n.lower(): n for n in cues("order_names")}, **{g.lower(): g for g in _GRADES}}
_ORDER_NAME_IN_ANY_CASE: Final = patterns.compile(
    rf"^\s*(?i:{cue_alternatives('order_names')})\b|(?<=\b{_E(_GRADE_WORD)} )(?i:{'|'.join(_GRADES)})$")
_GRADE_WORD_CAPITALISED: Final = patterns.compile(rf"\b{_E(_GRADE_WORD.capitalize())}(?= \S+$)")
_GRADE: Final = rf"(?:{_GRADE_WORDS})?"
# A graded name may hold lower-case words ("Bảo vệ Tổ quốc"): read up to the grade.
_NOT_IN_A_NAME: Final = "|".join(rf"{_E(w)}\b" for w in cues("not_in_a_graded_name"))
_GRADED_NAME: Final = rf"(?:\s+(?!{_NOT_IN_A_NAME})[^\s,.;:()“”\"]+){{1,5}}?{_GRADE_WORDS}"
_CAPITALISED: Final = r"[A-ZĐÀ-Ỹ][^\s,.;:()“”\"]*"
_NAME: Final = rf"(?:\s+(?:{_CAPITALISED}))*"
# "Kỷ niệm chương Cựu chiến binh Việt Nam": a name for a national body, lower-case words and
# all, read to the country's name (not across a word that ends a name: "Huy chương Vàng tại …")
_ENDS_A_NAME: Final = "|".join(_E(w) for w in (*cues("not_in_a_graded_name"), *cues("ends_a_proper_name")))
_NATIONAL_NAME: Final = (rf"\s+{_CAPITALISED}(?:\s+(?!(?:{_ENDS_A_NAME})\b)[^\s,.;:()“”\"]+){{0,4}}?"
                         rf"\s+{_E(cue('country'))}\b")
_PASSIVE: Final = _E(cue("passive"))
_OF: Final = _E(cue("of"))
_FOR: Final = _E(cue("for"))
_PRESENT: Final = patterns.compile(rf"(?:{cue_alternatives('presents', at_word_start=True)})\s+$")
# (givers listed with commas between, "được Đảng, Nhà nước tặng": a comma before a capital)
_RECEIVE: Final = patterns.compile(
    rf"\b{_PASSIVE}\b(?:(?!{_PASSIVE}\b)(?:[^,;.]|,\s*(?={_CAPITALISED})))*\b(?:{cue_alternatives('receives')})"
    # (a colon and a count: "Ông A từng được trao tặng: 1 Huân chương Lao động hạng Ba, …")
    rf"(?:\s*:)?\s+(?:\d+\s+)?$")
# "ông A và bà B nhận Bằng khen", "ông C đạt danh hiệu": a person's own (not "đại diện nhận")
_RECEIVE_BARE: Final = patterns.compile(
    "".join(rf"(?<!{_E(w)} )" for w in cues("receiving_for_others"))
    + rf"\b(?:{cue_alternatives('receives_bare')})\s+$")
# the office that gives an award in its body's name: "Chủ tịch UBND tỉnh tặng ..."
_OFFICE_BEFORE: Final = patterns.compile(
    rf"((?:{_E(cue('deputy'))}\s+)?(?:{cue_alternatives('award_giving_offices')}))\s+$"
)
# "thừa ủy quyền của Chủ tịch nước", also without "của" ("Thừa ủy quyền Thủ tướng Chính phủ, ông A trao …")
_BY_PROXY: Final = patterns.compile(rf"(?:{cue_alternatives('by_proxy', either_initial_case=True)})\s+(?:{_OF}\s+)?")
_EXCELLENT: Final = cue("excellent")
_GRADED_KINDS: Final = frozenset(lexicon().award_kinds[k][0] for k in cues("graded_kinds"))
_PRIZE_KIND: Final = lexicon().award_kinds[cue("prize_kind")][0]
_ONLY_WITH_A_NAME: Final = frozenset(cues("kinds_in_small_letters_only_with_a_name"))
_TITLE_WORD: Final = fold(cue("title_word")) + " "


# _award_pattern's, built at its first use, where compiled code reads it directly (asked for
# at every sentence: an @cache'd function is a generic call)
_AWARD_PATTERN: Final[list[patterns.Cued]] = []


def _award_pattern() -> patterns.Cued:
    if not _AWARD_PATTERN:
        _AWARD_PATTERN.append(_built_award_pattern())
    return _AWARD_PATTERN[0]


def _built_award_pattern() -> patterns.Cued:
    # an award named whole with its later words in either case ("Anh hùng Lực lượng vũ trang Nhân dân", "Nhà
    # giáo ưu tú"), labelled as listed (_listed_whole); its first two words as listed, which cue it
    wholes = "|".join(dict.fromkeys(
        " ".join(re.escape(w) if n < 2 else either_initial(w) for n, w in enumerate(k.split()))
        for k in sorted(lexicon().whole_awards, key=lambda k: len(re.escape(k)), reverse=True)))
    # a kind's later words capitalised or not ("Cờ Thi đua của Chính phủ", "Bằng Khen"; not in capitals, a
    # heading's): labelled as listed
    listed = sorted(set(lexicon().award_kinds) - lexicon().whole_awards, key=lambda k: len(re.escape(k)), reverse=True)
    kinds = "|".join(" ".join(either_initial(w) if n else re.escape(w) for n, w in enumerate(k.split()))
                     for k in listed)
    # in lower case only where the giver follows ("4 tập thể nhận cờ thi đua của Chính phủ") or
    # after a verb that gives or receives ("trao bằng khen tặng các tập thể")
    small = {k.lower() for k, (_, names_giver) in lexicon().award_kinds.items() if names_giver}
    small |= set(cues("kinds_in_small_letters_after_a_verb"))
    givers = patterns.alternatives(sorted(small, key=len, reverse=True))
    # an award named whole ("Anh hùng Lao động"), alone or after "Danh hiệu", takes no name after it
    # (``small``: a kind in small letters, an award only after a verb: _after_a_verb)
    # every match begins with a whole award or a kind (the givers are kinds in small letters):
    # their first two words tell the sentences that may hold one
    return patterns.Cued(
        rf"(?:(?P<whole>{wholes})|(?P<kind>{kinds}|(?:{givers})(?=\s+{_OF}\s+[A-ZĐ])"
        # "danh hiệu “Chiến sĩ thi đua ngành Kiểm sát”": a title in quotes, in small letters too
        rf"|{_E(cue('title_word'))}(?=\s+[“\"])|(?P<small>{givers}))"
        rf"(?P<name>\s+(?P<titled>{wholes})|\s+[“\"][^”\"]+[”\"]|\s+(?i:{cue_alternatives('order_names')}){_GRADE}\b|"
        rf"{_GRADED_NAME}|{_NATIONAL_NAME}|"
        rf"(?:\s+{_E(_EXCELLENT)})?{_NAME}{_GRADE}))"
        # ("Huân chương Lao động hạng Nhì lần thứ 2 của Chủ tịch nước": its giver after the times given)
        rf"(?:(?:\s+{_E(cue('nth_time'))}\s+\w+)?(?P<giver>\s+{_OF}\s+))?",
        (" ".join(award.split()[:2]) for award in (*lexicon().whole_awards, *lexicon().award_kinds)),
    )


def _award_label(kind_word: str, name: str) -> str | None:
    """An award's label from its kind and name ("Huân chương Lao động hạng 3": hạng Ba)."""
    name = _GRADE_WORD_CAPITALISED.sub(_GRADE_WORD, name)  # labelled as the genre mostly writes it
    name = _ORDER_NAME_IN_ANY_CASE.sub(lambda m: _ORDER_NAMES[m[0].lower()], name)
    name = _GRADE_IN_DIGITS.sub(lambda g: _GRADE_NAMES[g[1]], name)
    if fold(kind_word) == _TITLE_WORD.strip() and not name:
        return None  # "Danh hiệu cao quý này …": the word for a title, no title named
    if fold(kind_word) == _TITLE_WORD.strip() and name.startswith(("“", '"')):
        # "Danh hiệu “Chiến sĩ thi đua Tòa án nhân dân”": a title of a kind the state gives, the
        # quoted name (not a rating: "danh hiệu “Trong sạch, vững mạnh”", "“Gia đình văn hóa”")
        if not name.strip("“”\"").startswith(_title_stems()):
            return None
        kind_word = ""
    return clean_label(f"{kind_word} {name}".strip().replace("“", "").replace("”", "").replace('"', ""))


@cache
def _title_stems() -> tuple[str, ...]:
    """The first two words of the titles named whole ("Chiến sĩ", "Anh hùng", "Nhà giáo")."""
    return tuple({" ".join(award.split()[:2]) + " " for award in lexicon().whole_awards})


@cache
def _after_a_verb() -> re.Pattern[str]:
    verbs = sorted({*cues("presents"), *cues("receives")}, key=len, reverse=True)
    return patterns.compile(r"(?:" + patterns.alternatives(verbs, at_word_start=True) + r") $")


def _named_whole(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The award named whole that ``m`` found ("Anh hùng Lao động", "danh hiệu Bà mẹ Việt Nam
    Anh hùng": the title alone), with its span in the sentence."""
    if m["whole"]:
        return _listed_whole(m["whole"]), m.start("whole"), m.end("whole")
    if m["titled"]:
        return _listed_whole(m["titled"]), m.start("titled"), m.end("titled")
    return None


@cache
def _wholes_by_their_words() -> dict[tuple[str, ...], str]:
    words: dict[tuple[str, ...], str] = {}
    for award in sorted(lexicon().whole_awards):
        words.setdefault(_either_case_after_the_first(award), award)
    return words


def _either_case_after_the_first(award: str) -> tuple[str, ...]:
    first, second, *rest = award.split()
    return first, second, *(w.lower() for w in rest)


def _listed_whole(written: str) -> str:
    """An award named whole as awards.tsv lists it, however the text cases its later words."""
    if written in lexicon().whole_awards:
        return written
    return _wholes_by_their_words()[_either_case_after_the_first(written)]


@cache
def _guests_by_titles() -> re.Pattern[str]:
    # "các Mẹ Việt Nam Anh hùng, Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động", "Bà mẹ Việt Nam
    # anh hùng, Anh hùng LLVTND, các vị chức sắc": titles listed after "các" or a mothers' title, each
    # beginning as a title does
    items = patterns.alternatives(sorted({*_title_stems(), *(f"{t} " for t in cues("mothers_title_before_a_name"))},
                                         key=len, reverse=True))
    return patterns.compile(
        rf"(?:\b(?:{cue_alternatives('plural_before_titles', either_initial_case=True)})\s+"
        rf"|(?i:{cue_alternatives('mothers_title_before_a_name')})\s*,\s*)"
        rf"(?:(?:{items})[^,;.:]{{0,40}}?(?:,\s*|\s+{_E(cue('and'))}\s+))*$")


def _guests_by_their_titles(sentence: str, at: int) -> bool:
    """Whether the state's title named whole at ``at`` names guests who hold it, in a list of titles
    after "các" or a mothers' title ("cùng các Mẹ Việt Nam Anh hùng, Anh hùng Lao động"), not an award."""
    return bool(_guests_by_titles().search(sentence, max(0, at - 150), at))


def _names_a_title_given(sentence: str, m: re.Match[str]) -> bool:
    """Whether the title named whole that ``m`` found is one given, not guests named by their titles ("cùng
    các Mẹ Việt Nam Anh hùng, Anh hùng Lao động"); written otherwise than listed ("Anh hùng Lực lượng vũ
    trang Nhân dân"), only after "danh hiệu" or a verb that gives or receives (not "lãnh đạo tỉnh và Bà mẹ
    Việt Nam anh hùng, …", guests)."""
    if _guests_by_their_titles(sentence, m.start()):
        return False
    return not m["whole"] or m["whole"] in lexicon().whole_awards \
        or fold(sentence[max(0, m.start() - 12):m.start()]).endswith(_TITLE_WORD) \
        or bool(_after_a_verb().search(sentence, max(0, m.start() - 16), m.start()))


def _is_person_org(m: Mention) -> bool:
    return m.extractor in (FoundAs.BODY_AFTER_POST, FoundAs.BODY_OF_PERSON_POST)


# "Lễ kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh và trao Huy hiệu Đảng": the person commemorated
_COMMEMORATED: Final = patterns.compile(
    rf"(?:{cue_alternatives('commemorated_before_a_name')})\s+(?:\S+\s+){{0,2}}$")


def _bodies_and_people(view: SentenceView) -> tuple[list[Mention], list[Mention]]:
    """The sentence's bodies (not those nested in another's name) and people (not one commemorated),
    in order: who may give, present and receive its awards."""
    orgs = sorted((m for m in view.mentions if m.type == "Organization"
                   and m.extractor != FoundAs.NESTED), key=lambda m: m.span.start)
    people = sorted((p for p in view.found("Person") if not _COMMEMORATED.search(
        view.article.text, max(view.sentence.start, p.span.start - 40), p.span.start)), key=lambda m: m.span.start)
    return orgs, people


# "Huân chương Hữu nghị của Nhà nước Lào", "Chính phủ nước CHDCND Lào tặng thưởng Huy chương Hữu nghị": a
# foreign state or government, named with its form and country, gives its own orders (a body the grammar of
# Vietnamese bodies does not read)
_REPUBLIC_FORMS: Final = {form.split("=")[0]: form.split("=")[-1] for form in cues("republic_forms")}
_FOREIGN_STATE: Final = patterns.Gated(
    rf"(?<!\w)(?P<head>{cue_alternatives('foreign_state_heads')})"
    rf"(?P<word>\s+{_E(cue('foreign_state_country_word'))})?"
    rf"(?:\s+(?P<form>(?i:{patterns.alternatives(sorted(_REPUBLIC_FORMS, key=len, reverse=True))})))?"
    rf"(?:\s+\((?:{patterns.alternatives(sorted(_REPUBLIC_FORMS, key=len))})\))?"
    rf"\s+(?P<country>{cue_alternatives('foreign_countries')})(?!\w)")
_AWARD_KINDS: Final = tuple(sorted(lexicon().award_kinds))
# Every step begins at an award's kind or whole name, or one of these cues' words (a prize, an award
# named back, a distinction or flag in quotes, a mother's title, the Party's badge): a sentence
# without any gets nothing here (a foreign state is named only beside an award)
_GATE: Final = WordGate((*_AWARD_KINDS, *lexicon().whole_awards,
                         *(word for name in ("kinds_in_small_letters_after_a_verb", "prize", "award_named_back",
                                             "distinctions_in_a_title", "flag_named_in_quotes",
                                             "mothers_title_before_a_name", "badge", "title_word")
                           for word in cues(name))))


def _foreign_states(view: SentenceView) -> list[Mention]:
    """The foreign states and governments a sentence that names an award names (_FOREIGN_STATE), labelled
    with their form written out ("Nhà nước Cộng hòa dân chủ nhân dân Lào"), the text's form an alias."""
    sentence = view.sentence
    states: list[Mention] = []
    for m in _FOREIGN_STATE.finditer(sentence.text):
        if not any(kind in sentence.text for kind in _AWARD_KINDS):
            break  # (a state named where no award is)
        form = _REPUBLIC_FORMS.get(m["form"], m["form"]) if m["form"] else ""
        if form and form not in _REPUBLIC_FORMS.values():
            form = next(v for k, v in _REPUBLIC_FORMS.items() if k.lower() == form.lower())
        label = clean_label(" ".join(p for p in (m["head"], (m["word"] or "").strip(), form, m["country"]) if p))
        written = clean_label(m.group())
        states.append(view.mention_at("Organization", sentence.start + m.start(), sentence.start + m.end(), label,
                                      ExtractorName.AWARDS, kind="StateBody",
                                      aliases=(written,) if written != label else ()))
    return states


def _with_states(orgs: list[Mention], states: list[Mention]) -> list[Mention]:
    """The sentence's bodies with the foreign states it names, in order; those read inside a state's
    name ("Chính phủ" of "Chính phủ nước CHDCND Lào") left out: they give nothing."""
    inside = [o for o in orgs if any(s.span.start <= o.span.start and o.span.end <= s.span.end for s in states)]
    return sorted([o for o in orgs if o not in inside] + states, key=lambda m: m.span.start)


@register(ExtractorName.AWARDS)
def find_awards(view: SentenceView) -> Found:
    if not _GATE.opens(view.tokens, view.sentence.text):
        return [], []  # (most sentences)
    return _awards_in(view)


def _awards_in(view: SentenceView) -> Found:
    text = view.article.text
    sentence = view.sentence
    orgs, people = _bodies_and_people(view)
    states = _foreign_states(view)
    orgs = _with_states(orgs, states) if states else orgs
    mentions: list[Mention] = states
    relations: list[RelationMention] = []
    for found_mentions, found_relations in (_party_badges(view, orgs, people), _titles_before_names(view, people),
                                            _distinctions_in_quotes(view, orgs, people),
                                            _flags_in_quotes(view, orgs, people)):
        mentions += found_mentions
        relations += found_relations
    for m in _awards_but_prizes(sentence.text):
        whole = _named_whole(m)
        if whole is not None:
            if _names_a_title_given(sentence.text, m):
                award = view.mention_at("Award", sentence.start + whole[1], sentence.start + whole[2], whole[0],
                                        ExtractorName.AWARDS, kind=lexicon().award_kinds[whole[0]][0])
                mentions.append(award)
                relations += _given_and_received(view, award, orgs, people,
                                                 _giver_of_match(view, orgs, m, award.span.start))
                relations += _presenter_after(view, award, people)
            continue
        if m["small"] and (not _after_a_verb().search(sentence.text, max(0, m.start() - 16), m.start())
                           or (not m["name"].strip() and m["small"] in _ONLY_WITH_A_NAME)):
            continue  # "trao bằng khen tặng ...": a kind in small letters only after a verb
        kind_word = m["kind"][0].upper() + m["kind"][1:].lower()  # (every kind is listed so: "Cờ thi đua")
        if kind_word == BADGE_KIND and not m["name"].lstrip().startswith(("“", '"')):
            continue  # read by _party_badges; not "Huy hiệu “Tuổi trẻ dũng cảm”"
        kind, names_giver = lexicon().award_kinds[kind_word]
        start = sentence.start + m.start()
        name_end = sentence.start + m.end("name")
        m_name = m["name"].strip()
        if kind_word in _NAMING_THEIR_GIVER:
            # only "xuất sắc" qualifies these; a capitalised word after them ("Bằng khen Thủ
            # tướng", a giver without "của") is the giver, not a name
            m_name = _EXCELLENT if m_name.startswith(_EXCELLENT) else ""
            name_end = start + len(kind_word) + (len(" " + _EXCELLENT) if m_name else 0)
        giver = _giver_of_match(view, orgs, m, start)
        label = _award_label(kind_word, m_name)
        if label is None:
            continue
        end = name_end
        named_before = _named_before(view, kind_word, m, giver) if label == kind_word else None
        if named_before is not None:
            label, giver = named_before, None
        elif names_giver:
            label, end = _with_its_giver(view, m, label, start, end, giver)
        award = view.mention_at("Award", start, end, label, ExtractorName.AWARDS, kind=kind,
                                aliases=(clean_label(text[start:end]),))
        mentions.append(award)
        relations += _prize_of_its_ceremony(view, orgs, award, giver)
        received = frozenset(r.subject for r in relations if r.predicate == "receivedAward")
        relations += _given_and_received(view, award, orgs, people, giver, received)
        relations += _presenter_after(view, award, people)
    named_back, named_back_relations = _awards_named_back(view, orgs, people, mentions)
    relations += named_back_relations + _received_with_the_next(view, mentions, relations)
    more, more_relations = _more_classes_named_after(view, mentions, relations)
    return _one_award_named_twice(mentions + named_back + more, relations + more_relations)


# "Huân chương Chiến công hạng nhất, hạng nhì", "Huân chương Lao động hạng Nhì và hạng Ba": more classes of
# the order just named, its name left out
_MORE_CLASSES: Final = patterns.compile(
    rf"(?:\s*,\s*|\s+{_E(cue('and'))}\s+)(?P<grade>{_GRADE_WORD_EITHER_CASE}\s+"
    rf"(?:{cue_alternatives('grades')}|{'|'.join(_E(g.lower()) for g in _GRADES)}|III|II|I|1|2|3)\b)")


def _more_classes_named_after(view: SentenceView, awards: list[Mention],
                              relations: list[RelationMention]) -> Found:
    """The classes named after an order's class, its name left out ("Huân chương Chiến công hạng nhất,
    hạng nhì"): each its own award (docs/gold-format.md), given, presented and received with the first."""
    text = view.article.text
    mentions: list[Mention] = []
    found: list[RelationMention] = []
    for award in awards:
        if not _CLASS_AT_THE_END.search(award.label) or award.kind not in _GRADED_KINDS:
            continue
        at = award.span.end
        while (more := _MORE_CLASSES.match(text, at, view.sentence.end)) is not None:
            at = more.end()
            label = _award_label("", f"{_without_its_class(award.label)} {more['grade']}")
            if label is None or label == award.label:
                continue
            extra = view.mention_at("Award", more.start("grade"), at, label, ExtractorName.AWARDS, kind=award.kind)
            mentions.append(extra)
            found += [dataclasses.replace(r, subject=extra.key if r.subject == award.key else r.subject,
                                          object=extra.key if r.object == award.key else r.object)
                      for r in relations if award.key in (r.subject, r.object)]
    return mentions, found


def _one_award_named_twice(mentions: list[Mention], relations: list[RelationMention]) -> Found:
    """ "Chỉ huy trưởng Ban CHQS huyện X tặng Giấy khen cho …; A nhận Giấy khen của Ban CHQS
    huyện": a sentence that names an award by its giver's head and again by the body is naming
    one award, by the name the text writes ("Giấy khen của Ban Chỉ huy Quân sự huyện X")."""
    labels = {m.label for m in mentions if m.type == "Award" and f" {cue('of')} " in m.label}
    if len(labels) < 2:
        return mentions, relations  # most sentences name one award at most
    renamed: dict[EntityKey, EntityKey] = {}
    for label in labels:
        kind, giver = label.split(f" {cue('of')} ", 1)
        title = _OFFICE_TITLE_FIRST.match(giver)
        body_named = f"{kind} {cue('of')} {giver[title.end():]}" if title else None
        if body_named in labels:
            renamed[EntityKey("Award", label)] = EntityKey("Award", body_named)
    if not renamed:
        return mentions, relations
    return ([dataclasses.replace(m, label=renamed[m.key].label) if m.key in renamed else m for m in mentions],
            [dataclasses.replace(r, subject=renamed.get(r.subject, r.subject), object=renamed.get(r.object, r.object))
             for r in relations])


_OFFICE_TITLE_FIRST: Final = patterns.compile(
    rf"(?:{_E(cue('deputy'))}\s+)?(?:{cue_alternatives('award_giving_offices')})\s+(?=\S)")


def _named_before(view: SentenceView, kind_word: str, m: re.Match[str],
                  giver: tuple[Mention, str] | None) -> str | None:
    """ "… nhận Cờ thi đua của Chính phủ. … Đồng chí A, Chủ tịch Hội đồng X trao Cờ thi đua cho …": a
    kind named bare, with no giver but the presenter's post, is the one award of that kind the
    article named before with its giver (the presenter's body gives nothing)."""
    if m["giver"] or (giver is not None and not _is_person_org(giver[0])):
        return None
    named = {a.label for a in view.article_mentions if a.type == "Award" and a.label.startswith(f"{kind_word} ")}
    return named.pop() if len(named) == 1 else None


def _with_its_giver(view: SentenceView, m: re.Match[str], label: str, start: int, end: int,
                    giver: tuple[Mention, str] | None) -> tuple[str, int]:
    """An award that names its giver with its giver's name ("Bằng khen của Chủ tịch UBND tỉnh X"),
    and where its mention ends."""
    if giver is not None:
        if giver[0].span.start >= start and (m["giver"] or _TITLES_BEFORE_A_GIVER.fullmatch(
                view.article.text, end + 1, giver[0].span.start)):  # ("Bằng khen Bộ X": its giver, "của" left out)
            end = max(end, giver[0].span.end)
        return clean_label(f"{label} {cue('of')} {giver[1]}"), end
    # "Giấy khen của Hiệu trưởng cho …" where the article names no one school: the title stays
    title = _BARE_TITLE.match(view.article.text, view.sentence.start + m.end()) if m["giver"] else None
    if title is None:
        return label, end
    return clean_label(f"{label} {cue('of')} {title[1]}"), title.end()


def _awards_but_prizes(sentence: str) -> list[re.Match[str]]:
    """The awards a sentence names, but for a prize named to its edition or year ("Giải thưởng
    Văn nghệ dân gian năm 2022", not "Giải thưởng Văn"): _prizes_by_edition reads it whole."""
    prizes = {p.start() for p in _PRIZE.finditer(sentence)} if _PRIZE.holds(sentence) else set()
    return [m for m in _award_pattern().finditer(sentence) if m.start() not in prizes]


# "Giải Báo chí về xây dựng Đảng và hệ thống chính trị Thành phố Đà Nẵng lần thứ 9": a prize
# named to its edition (and its year), lower-case words and all
# "Giải thưởng Văn nghệ dân gian năm 2022": or to its year, a capitalised word first
_PRIZE: Final = patterns.Gated(
    rf"\b(?:{cue_alternatives('prize')})\s+(?:[^\s,.;:()“”\"]+\s+){{1,20}}?{_E(cue('edition'))}\s+(?:[IVXLC]+|\d+)\b"
    rf"(?:\s+{_E(cue('year'))}\s+\d{{4}})?"
    rf"|\b(?:{cue_alternatives('prize')})(?:\s+{_E(cue('prize_word'))})?\s+(?={_CAPITALISED})"
    rf"(?:(?!(?:{_NOT_IN_A_NAME}))[^\s,.;:()“”\"]+\s+){{1,8}}?{_E(cue('year'))}\s+\d{{4}}\b")
# "Hội Nhà báo X phối hợp với Ban Tuyên giáo Y tổ chức lễ trao Giải …": the bodies that hold
# the prize's ceremony give it
_HOLDS_ITS_CEREMONY: Final = patterns.compile(
    rf"\s*(?:{_E(cue('past'))}\s+)?{_E(cue('holds_a_ceremony'))}\s+(?:[^\s.;:]+\s+){{0,4}}?"
    rf"(?:{cue_alternatives('presents')})\s+$")
_PARTNERED: Final = patterns.compile(rf"\s*(?:{cue_alternatives('coordinates_with')})\s*")


def _prizes_by_edition(view: SentenceView, orgs: list[Mention], people: list[Mention],
                       found: list[Mention]) -> Found:
    """Prizes named to their edition, whose are the bodies that hold their ceremony, and who
    presents and receives them as for other awards."""
    text = view.sentence.text
    if not _PRIZE.holds(text):
        return [], []
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    for m in _PRIZE.finditer(text):
        start, end = view.sentence.start + m.start(), view.sentence.start + m.end()
        if any(a.span.start < end and start < a.span.end for a in found):
            continue
        award = view.mention_at("Award", start, end, clean_label(m[0]), ExtractorName.AWARDS, kind="Prize")
        mentions.append(award)
        holders = _ceremony_holders(view, orgs, start)
        relations += [view.relation(award, "awardedBy", h, ExtractorName.AWARDS) for h in holders]
        # "Hội X trao Giải thưởng …": the body that presents it gives it
        presenting_body = None if holders else _giver(view, orgs, None, start)
        relations += _given_and_received(view, award, orgs, people, presenting_body)
    return mentions, relations


def _prize_of_its_ceremony(view: SentenceView, orgs: list[Mention], award: Mention,
                           giver: tuple[Mention, str] | None) -> list[RelationMention]:
    """ "Trung ương Đoàn phối hợp với Bộ X tổ chức lễ trao giải thưởng “Người thợ giỏi”": a prize no one
    else is said to give is the bodies' that hold its ceremony."""
    if giver is not None or award.kind != _PRIZE_KIND:
        return []
    return [view.relation(award, "awardedBy", h, ExtractorName.AWARDS)
            for h in _ceremony_holders(view, orgs, award.span.start)]


def _ceremony_holders(view: SentenceView, orgs: list[Mention], start: int) -> list[Mention]:
    """ "Hội Nhà báo X phối hợp với Ban Tuyên giáo Y tổ chức lễ trao Giải …": the bodies that hold the
    ceremony of the prize named at ``start``, whose it is."""
    givers = [o for o in orgs if o.span.end <= start and not _is_person_org(o)]
    holders: list[Mention] = []
    if givers and _HOLDS_ITS_CEREMONY.fullmatch(view.article.text, givers[-1].span.end, start):
        holders = [givers[-1]]
        for prev in reversed(givers[:-1]):
            if not _PARTNERED.fullmatch(view.article.text, prev.span.end, holders[0].span.start):
                break
            holders.insert(0, prev)
    return holders


_NAMED_BACK: Final = patterns.Cued(rf"\b(?:{cue_alternatives('award_named_back')})\b", cues("award_named_back"))


def _awards_named_back(view: SentenceView, orgs: list[Mention], people: list[Mention],
                       found: list[Mention]) -> Found:
    """ "Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng A đã trao danh hiệu cao quý này cho
    Công ty": the award the article named last before, given and received here; and prizes
    named to their edition (_prizes_by_edition)."""
    text = view.sentence.text
    if not _NAMED_BACK.holds(text):
        return _prizes_by_edition(view, orgs, people, found)
    earlier = [m for m in view.article_mentions if m.type == "Award"]
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    for m in _NAMED_BACK.finditer(text) if earlier else ():
        last = max(earlier, key=lambda a: a.span.start)
        start, end = view.sentence.start + m.start(), view.sentence.start + m.end()
        award = view.mention_at("Award", start, end, last.label, ExtractorName.AWARDS, kind=last.kind)
        mentions.append(award)
        relations += _given_and_received(view, award, orgs, people, _giver(view, orgs, None, start))
    prizes, prize_relations = _prizes_by_edition(view, orgs, people, found)
    return mentions + prizes, relations + prize_relations


# "Huân chương X của Chủ tịch nước CHXHCN Việt Nam và Huy hiệu Y": one award, whose it is, the next
_JOINED: Final = patterns.compile(rf"(?:\s+{_OF}\s+[^,.;:]{{1,60}}?)?\s*(?:,\s*)?{_E(cue('and'))}\s+")


def _received_with_the_next(view: SentenceView, awards: list[Mention],
                            relations: list[RelationMention]) -> list[RelationMention]:
    """ "truy tặng Huân chương X của A và Huy hiệu Y của B cho Z": awards joined by "và" go to
    whoever receives the last of them."""
    text = view.article.text
    received: dict[EntityKey, list[RelationMention]] = {}
    for r in relations:
        if r.predicate == "receivedAward":
            received.setdefault(r.object, []).append(r)
    found: list[RelationMention] = []
    ordered = sorted(awards, key=lambda a: a.span.start)
    for award, after in reversed(list(itertools.pairwise(ordered))):  # the last first: "A, B và C cho Z"
        if award.key not in received and _JOINED.fullmatch(text, award.span.end, after.span.start):
            received[award.key] = [RelationMention(r.subject, "receivedAward", award.key, r.span,
                                                   ExtractorName.AWARDS, r.sentence)
                                   for r in received.get(after.key, ())]
            found += received[award.key]
    # "Bệnh viện được tặng Huân chương A (năm 2007) và Huân chương B (năm 2016)": the next
    # award goes to whoever, named before the first, receives it
    for award, after in itertools.pairwise(ordered):
        if after.key not in received and award.key in received \
                and _JOINED_AFTER.fullmatch(text, award.span.end, after.span.start):
            received[after.key] = [RelationMention(r.subject, "receivedAward", after.key, r.span,
                                                   ExtractorName.AWARDS, r.sentence)
                                   for r in received[award.key] if any(
                                       m.key == r.subject and view.sentence.start <= m.span.start
                                       and m.span.end <= award.span.start for m in view.mentions)]
            found += received[after.key]
    return found


# ("được nhận Bằng khen Bộ X, Bằng khen của UBND tỉnh": listed with a comma alone too)
_JOINED_AFTER: Final = patterns.compile(rf"\s*(?:\([^)]*\)\s*)?(?:,\s*(?:{_E(cue('and'))}\s+)?|{_E(cue('and'))}\s+)")


# "trao danh hiệu “Phụ nữ tiêu biểu” cho chị A", "được VCCI tôn vinh danh hiệu “Doanh nhân Việt Nam tiêu
# biểu”", "tuyên dương 30 “Thanh niên tiên tiến làm theo lời Bác”": a title in quotes that names a distinction
_DISTINCTION_IN_QUOTES: Final = patterns.Gated(
    rf"(?:{cue_alternatives('names_a_title_in_quotes', either_initial_case=True)})(?:\s+\d+)?\s+[“\"]\s*"
    rf"(?P<name>[^”\"]*?\b(?:{cue_alternatives('distinctions_in_a_title')})\b[^”\"]*?)\s*[”\"]")
# every match holds one of these words as written (the pattern minds case): a test that spares
# the pattern most sentences, which its own words (a quote mark) could not
_DISTINCTION_WORDS: Final = tuple(cues("distinctions_in_a_title"))


def _distinctions_in_quotes(view: SentenceView, orgs: list[Mention], people: list[Mention]) -> Found:
    """Honorary titles written in quotes whose name says they distinguish ("tiêu biểu", "xuất sắc"),
    whoever the title's own first words are (not one of the state's titles, read whole), given and
    received as other awards are."""
    text = view.sentence.text
    if not any(word in text for word in _DISTINCTION_WORDS):
        return [], []
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    for m in _DISTINCTION_IN_QUOTES.finditer(text):
        if m["name"].startswith(_title_stems()) and fold(m[0]).startswith(_TITLE_WORD):
            continue  # "danh hiệu “Chiến sĩ thi đua xuất sắc”": the state's title, read with the kinds
        start, end = view.sentence.start + m.start("name") - 1, view.sentence.start + m.end()
        award = view.mention_at("Award", start, end, clean_label(m["name"]), ExtractorName.AWARDS,
                                kind="HonoraryTitle")
        mentions.append(award)
        relations += _given_and_received(view, award, orgs, people, _giver(view, orgs, None, start))
    return mentions, relations


_FLAG: Final = cue("flag_named_in_quotes")
# "tặng Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2019”", "Cờ “Công đoàn cơ sở xuất sắc …” cho Công đoàn X"
_FLAG_IN_QUOTES: Final = patterns.compile(rf"\b{_E(_FLAG)}\s+[“\"](?P<name>[^”\"]{{3,120}}?)[”\"]")
_OF_AFTER: Final = patterns.compile(rf"\s+{_OF}\s+")


def _flags_in_quotes(view: SentenceView, orgs: list[Mention], people: list[Mention]) -> Found:
    """An emulation flag named by the title in quotes it honours ("Cờ “Đơn vị dẫn đầu phong trào thi
    đua”"), labelled without the quotes (docs/gold-conventions/awards.md 5), given and received as
    other awards are."""
    text = view.sentence.text
    if f"{_FLAG} “" not in text and f'{_FLAG} "' not in text:
        return [], []
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    for m in _FLAG_IN_QUOTES.finditer(text):
        start, end = view.sentence.start + m.start(), view.sentence.start + m.end()
        award = view.mention_at("Award", start, end, clean_label(f"{_FLAG} {m['name']}"), ExtractorName.AWARDS,
                                kind="EmulationFlag", aliases=(clean_label(m[0]),))
        mentions.append(award)
        of = _OF_AFTER.match(view.article.text, end)
        giver = _giver(view, orgs, of.end() if of else None, start)
        relations += _given_and_received(view, award, orgs, people, giver) + _presenter_after(view, award, people)
    return mentions, relations


# "Mẹ VNAH Lê Thị A", "Mẹ Việt Nam Anh hùng Lê Thị A": the title she was given, before her name
_TITLE_BEFORE_A_NAME: Final = patterns.compile(
    rf"(?:{cue_alternatives('mothers_title_before_a_name', at_word_start=True)})\s+$")


def _titles_before_names(view: SentenceView, people: list[Mention]) -> Found:
    """A person named after the honorary title she holds received it."""
    text = view.article.text
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    for person in people:
        m = _TITLE_BEFORE_A_NAME.search(text, max(view.sentence.start, person.span.start - 40), person.span.start)
        if m:
            award = view.mention_at("Award", m.start(), m.end(), cue("mothers_title"), ExtractorName.AWARDS,
                                    kind="HonoraryTitle", aliases=(clean_label(m[0]),))
            mentions.append(award)
            relations.append(view.relation(person, "receivedAward", award, ExtractorName.AWARDS))
    return mentions, relations


def _given_and_received(view: SentenceView, award: Mention, orgs: list[Mention], people: list[Mention],
                        giver: tuple[Mention, str] | None,
                        received_before: frozenset[EntityKey] = frozenset()) -> list[RelationMention]:
    """Whose award it is, who presented it (named before "trao", "tặng") and who received it."""
    relations = []
    if giver is not None:
        relations.append(view.relation(award, "awardedBy", giver[0], ExtractorName.AWARDS))
    decider = _decided_by(view, orgs, award.span.start)
    if decider is not None and (giver is None or decider.key != giver[0].key):
        relations.append(view.relation(award, "awardedBy", decider, ExtractorName.AWARDS))
    before = view.article.text[view.sentence.start:award.span.start]
    if fold(before).endswith(_TITLE_WORD):
        before = before[:-len(_TITLE_WORD)]  # "được phong tặng danh hiệu Anh hùng Lao động"
    # "ông A, Thứ trưởng Bộ X, được Chủ tịch nước ủy quyền gắn Huân chương …": A presents for the giver
    authorised = _AUTHORISED.search(before)
    if _presents(before) and not _ABOUT_GIVING.search(before):
        # "A trao Huân chương X tặng B; trao Huân chương Y tặng C": B, who received, presents nothing
        presenter = [p for p in people if p.span.end <= award.span.start and p.key not in received_before
                     and p.span.start >= _presenting_clause(view, before[:authorised.start()] if authorised else before,
                                                            giver)]
        if presenter:
            relations.append(view.relation(award, "awardedBy", presenter[-1], ExtractorName.AWARDS))
            # "Bí thư Tỉnh ủy A và Thiếu tướng B, Phó Tư lệnh … trao": the two present it
            text = view.article.text
            relations += [view.relation(award, "awardedBy", p, ExtractorName.AWARDS) for p, q
                          in itertools.pairwise(presenter) if q is presenter[-1]
                          and _PRESENTS_WITH.fullmatch(text, p.span.end, q.span.start)]
    if _PROPOSED.search(before):
        return relations  # "đề nghị cấp có thẩm quyền tặng thưởng Huân chương ... cho X": not given yet
    if _THE_ONE_WHO_PRESENTS.search(before):
        return relations + _the_one_named_after_is(view, award, people)
    listed = bool(_RECEIVE.search(before) or _COUNTED_RECEIVE_BARE.search(before))
    for recipient in _recipients(view, orgs, people, award.span.end, listed=listed):
        relations.append(view.relation(recipient, "receivedAward", award, ExtractorName.AWARDS))
    receivers = [] if authorised else _receivers_before(view, orgs, people, before)
    if receivers and _IN_PLACE_OF.match(view.article.text, award.span.end):
        receivers = [r for r in receivers if r.type != "Person"]  # "A nhận Bằng khen thay mặt X": for X
    for receiver in receivers:
        relations.append(view.relation(receiver, "receivedAward", award, ExtractorName.AWARDS))
    return relations


# "Cả hai được Thủ tướng Chính phủ quyết định tặng Cờ thi đua của Chính phủ": who decided it gives it too,
# beside the body its name says it is of (docs/gold-conventions/awards.md 1e)
_DECIDED_TO_GIVE: Final = patterns.compile(rf"\s+{_E(cue('decided'))}\s+(?:{cue_alternatives('gives_awards')})\s+")


def _decided_by(view: SentenceView, orgs: list[Mention], award_start: int) -> Mention | None:
    text = view.article.text
    for org in orgs:
        if org.span.end <= award_start and not _is_person_org(org) \
                and _DECIDED_TO_GIVE.fullmatch(text, org.span.end, award_start) \
                and _PASSIVE_END.search(text, max(view.sentence.start, org.span.start - 8), org.span.start):
            return org
    return None


# "người gắn Huân chương lên lá cờ truyền thống của Công ty là Phó Thủ tướng A": A presents it; the
# body whose banner it is pinned on is not said to receive it here
_THE_ONE_WHO_PRESENTS: Final = patterns.compile(
    rf"(?<!\w){either_initial(cue('the_one_who'))}\s+(?:{cue_alternatives('presents')})\s+$")
_IS_NAMED_AFTER: Final = patterns.compile(rf"[^.;]*?\s{_E(cue('is'))}\s")


def _the_one_named_after_is(view: SentenceView, award: Mention, people: list[Mention]) -> list[RelationMention]:
    is_ = _IS_NAMED_AFTER.match(view.article.text, award.span.end, view.sentence.end)
    person = next((p for p in people if is_ is not None and p.span.start >= is_.end()), None)
    if person is None or ";" in view.article.text[award.span.end:person.span.start]:
        return []
    return [view.relation(award, "awardedBy", person, ExtractorName.AWARDS)]


# "3 tập thể vinh dự nhận Cờ thi đua … gồm A, B": a counted group receives, "được" left out (those listed after)
_COUNTED_RECEIVE_BARE: Final = patterns.compile(
    rf"\b\d+\s+(?:{cue_alternatives('counted_recipients')}|{cue_alternatives('counted_units')})\s+"
    rf"(?:(?:{_E(cue('honoured'))}|{_E(cue('past'))})\s+)*(?:{cue_alternatives('receives_bare')})\s+$")


# "ông A nhận Bằng khen thay mặt Hợp tác xã X", "lên nhận Giấy khen thay tập thể": A receives for others
_IN_PLACE_OF: Final = patterns.compile(rf"\s+(?:{cue_alternatives('receives_in_place_of')})\b")


# "A trao Bằng công nhận và Bằng khen của X cho B", "… trao Bằng khen cho B và Giấy khen cho C": the verb
# before the award joined to the one before by "và" presents it too
_PRESENT_THE_ONE_BEFORE: Final = patterns.compile(
    rf"(?:{cue_alternatives('presents', at_word_start=True)})\s+[^,;.]{{1,60}}?\s+{_E(cue('and'))}\s+$")


def _presents(before: str) -> bool:
    """Whether the sentence up to an award, ``before``, ends with a verb that presents it."""
    return bool(_PRESENT.search(before)) or (before.endswith(f" {cue('and')} ")
                                             and bool(_PRESENT_THE_ONE_BEFORE.search(before)))


# "được Chủ tịch nước ủy quyền trao", "được Ban Chấp hành … ủy quyền, gắn": authorised by the giver to present
_AUTHORISED: Final = patterns.compile(
    rf"\b{_PASSIVE}\s+[^;.]{{1,80}}?\s(?:{cue_alternatives('authorises')})\s*,?\s*(?:{cue_alternatives('presents')})\s+$")


_PASSIVE_WORD: Final = patterns.compile(rf"\b{_PASSIVE}\b")
# "A (đứng giữa) và Chủ tịch Hội X B": one joined to the presenter by "và", with a post between at most
# (or with the first one's posts after a dash or a comma: "A - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban
# Tổ chức Tỉnh ủy và đồng chí B - Bí thư Đảng ủy Khối đã trao")
_PRESENTS_WITH: Final = patterns.compile(
    rf"\s*(?:\([^()]*\)\s*|\s*[-–,]\s*[^;.()]{{1,150}}?\s+)?{_E(cue('and'))}\s+[^,;.()]*")
_GOES_ON: Final = patterns.compile(rf"\s*(?:{_E(cue('and'))}\s+)?(?:{cue_alternatives('presents')})\s+")


def _presenting_clause(view: SentenceView, before: str, giver: tuple[Mention, str] | None) -> int:
    """Where the clause that presents an award begins, ``before`` being the sentence up to
    it: a person named earlier presents nothing.  Not before ";" ("ông A cảm ơn …; UBND
    huyện tặng Giấy khen"), nor before "được" ("ông A được Chủ tịch UBND huyện tặng Giấy
    khen": A receives), nor before the body that gives it as the verb's subject ("Ban Dân
    tộc tỉnh tặng Giấy khen"; not a person's body: "ông A, Chủ tịch UBND xã, trao")."""
    semicolon = before.rfind(";")
    # "A trao Cờ thi đua cho B; trao Bằng khen cho C": a clause that begins with the verb is A's still
    start = view.sentence.start + (semicolon + 1 if not _GOES_ON.fullmatch(before, semicolon + 1) else 0)
    passive = max(_PASSIVE_WORD.finditer(before), key=lambda m: m.start(), default=None)
    if passive is not None and "," not in before[passive.end():]:  # not "Lễ được tổ chức …, A trao"
        start = max(start, view.sentence.start + passive.end())
    if giver is not None and not _is_person_org(giver[0]) and giver[0].span.end <= view.sentence.start + len(before) \
            and not _BY_PROXY_OF.search(view.article.text, max(view.sentence.start, giver[0].span.start - 30),
                                        giver[0].span.start):
        start = max(start, giver[0].span.start)
    return start


# "Bí thư Tỉnh ủy A thừa ủy quyền của Chủ tịch nước trao Huân chương …": the giver named after "thừa
# ủy quyền" is not the verb's subject, A before it is
_BY_PROXY_OF: Final = patterns.compile(
    rf"(?:{cue_alternatives('by_proxy', either_initial_case=True)})\s+(?:{_OF}\s+)?$")


_NAMING_THEIR_GIVER: Final = cues("awards_naming_their_giver")
# "ông A công bố quyết định ... về việc tặng thưởng Huân chương": A announces, another presents
_ABOUT_GIVING: Final = patterns.compile(
    rf"\b{_E(cue('about'))}\s+(?:{_E(cue('the_matter_of'))}\s+)?(?:{cue_alternatives('presents')})\s+$")
# "đề nghị khen thưởng", "đề nghị cấp có thẩm quyền tặng thưởng": an award proposed (not "đề nghị của X")
_PROPOSED: Final = patterns.compile(  # (either case first: "Đề nghị tặng …" opens a title)
    rf"(?:{cue_alternatives('proposes_an_award', either_initial_case=True, at_word_start=True)})"
    rf"(?:\s+(?!{_OF}\b)[^\s,;.:]+){{0,6}}\s+$")
_HONOURED: Final = patterns.compile(
    rf"\s*(?:\([^)]*\)\s*)?(?:{_E(cue('past'))}\s+|{_E(cue('honoured'))}\s+|(?:{cue_alternatives('just_now')})\s+)*")
_HOLDS_THE_RITE: Final = patterns.compile(
    rf"\s*(?:{_E(cue('past'))}\s+)?(?:(?:{cue_alternatives('solemn_words')})\s+)?{_E(cue('holds_a_ceremony'))}\b"
    rf"(?:\s+(?:{cue_alternatives('solemn_words')}))?[^;:]*?(?:,\s*|\s+)(?:{_E(cue('and'))}\s+)?")
# ("Thủ tướng Chính phủ quyết định tặng Cờ thi đua": who decides to give it gives it)
_GIVES: Final = patterns.compile(  # (and a count: "UBND tỉnh tặng 28 Bằng khen cho tập thể và cá nhân")
    rf"\s*(?:{_E(cue('past'))}\s+)?(?:{_E(cue('decided'))}\s+)?(?:{cue_alternatives('gives_awards')})\s+"
    rf"(?:(?:\d+|{cue_alternatives('number_words')})\s+)?")
# ("Được Chủ tịch nước uỷ quyền, đồng chí A gắn Huân chương …": opening the sentence, either case first)
_PASSIVE_END: Final = patterns.compile(rf"{either_initial(cue('passive'))}\s*$")
_FOUNDED_AND: Final = patterns.compile(rf"\s*(?:\([^)]*\)\s*)?{_E(cue('and'))}\s+")
# ("Lễ kỷ niệm 60 năm thành lập Bộ X (…) và đón nhận": the years of its founding, "ngày" left out)
_FOUNDING_OF: Final = patterns.compile(rf"\b(?:{cue_alternatives('founding_day', either_initial_case=True)})\s+$")


_BEHALF_OF_A_BODY: Final = patterns.compile(rf"\W*(?:{cue_alternatives('on_behalf', either_initial_case=True)})\s+")


def _receivers_before(view: SentenceView, orgs: list[Mention], people: list[Mention], before: str) -> list[Mention]:
    """Who receives an award named after ``before`` (the sentence up to it): the people of
    the clause before "được … tặng", "nhận", "đạt"; else the body there."""
    sentence = view.sentence
    received = _RECEIVE.search(before) or _RECEIVE_BARE.search(before)
    if not received:
        return []
    # the receiver stands before "được"; a body after it gives ("được Chủ tịch nước tặng")
    passive = sentence.start + received.start()
    clause = sentence.start + max(before.rfind(";", 0, received.start()), before.rfind(":", 0, received.start())) + 1
    if _MEMBERS_RECEIVE.search(view.article.text, max(clause, passive - 60), passive):
        return []  # "chúc mừng các đồng chí được trao Huy hiệu", "các Viện có cán bộ được tặng": no one named
    receivers = [p for p in people if clause <= p.span.start and p.span.end <= passive]
    # (not "Khoa X có 3 giảng viên được tặng": the three receive; nor "buổi lễ do Ban Giám đốc X tổ chức …,
    # kết hợp đón nhận": who holds the rite for another)
    subject = [o for o in orgs if clause <= o.span.start and o.span.end <= passive and not _is_person_org(o)
               and not _COUNTED_MEMBERS.match(view.article.text, o.span.end, passive)
               and not _HELD_BY.search(view.article.text, max(clause, o.span.start - 4), o.span.start)
               and not _WHOSE.search(view.article.text, max(clause, o.span.start - 5), o.span.start)]
    # "Hội X và bà A nhận Bằng khen": the bodies listed with those people receive too
    listed_with = _bodies_listed_with(view.article.text, subject, receivers)
    # "Thay mặt Viện X, GS.TS A, Phó Chủ tịch Viện đón nhận Cờ thi đua": the body A receives it for
    for_whom = _BEHALF_OF_A_BODY.match(view.article.text, clause)
    if for_whom is not None and subject and subject[0].span.start == for_whom.end() \
            and received.re is _RECEIVE_BARE:
        return subject[:1]
    if received.re is _RECEIVE_BARE:
        # "Huyện ủy A nhận Cờ thi đua", not "… được Chủ tịch nước phong tặng, có bốn gia đình nhận";
        # "Bộ X tổ chức Lễ kỷ niệm 80 năm … và đón nhận Huân chương": the body that holds the rite
        text = view.article.text
        founded = [o for o in subject[-1:] if _FOUNDED_AND.fullmatch(text, o.span.end, passive)
                   and _FOUNDING_OF.search(text, max(clause, o.span.start - 40), o.span.start)]
        if founded:
            return founded  # "lễ kỷ niệm 60 năm Ngày thành lập Công đoàn X (…) và đón nhận Huân chương": X receives
        # (the body that holds the rite, its short name in brackets after it at most: "Sáng 9/3, tại Hà
        # Nội, Tổng công ty X (Vinafood 1) đã long trọng tổ chức Lễ kỷ niệm … và đón nhận": the clause's
        # first body or one after a comma, not a parent named after it, "Đồn X thuộc BĐBP tỉnh Y tổ chức")
        subject = _listed_up_to([o for o in subject[-1:] if _HONOURED.fullmatch(text[o.span.end:passive])
                                 or _AND_OTHERS_COUNTED.fullmatch(text, o.span.end, passive)], subject, text) \
            or [o for o in subject
                if (o is subject[0] or text[max(0, o.span.start - 3):o.span.start].rstrip().endswith(","))
                and _HOLDS_THE_RITE.fullmatch(_BRACKETED.sub("", text[o.span.end:passive], count=1))][:1]
    return receivers + listed_with if receivers else _with_those_listed(view.article.text, subject)


# "Trường A (huyện X), Trường B (huyện Y) và 43 cá nhân nhận Bằng khen": bodies listed, then others counted
_AND_OTHERS_COUNTED: Final = patterns.compile(
    rf"\s*(?:\([^()]*\)\s*)?{_E(cue('and'))}\s+\d+\s+(?:{cue_alternatives('counted_recipients')}|"
    rf"{cue_alternatives('counted_units')})\s+(?:(?:{_E(cue('honoured'))}|{_E(cue('past'))})\s+)*")


def _listed_up_to(last: list[Mention], bodies: list[Mention], text: str) -> list[Mention]:
    """The body of ``last`` (the one right before "nhận") and those listed before it, each joined to the
    next by a comma or "và", its place in brackets after it at most ("Trường A (huyện X), Trường B và
    Trường C nhận Bằng khen": the three receive), in order."""
    listed = last[:1]
    for org in reversed(bodies[:bodies.index(last[0])] if last else []):
        if not _LIST_JOIN.fullmatch(_BRACKETED.sub("", text[org.span.end:listed[0].span.start], count=1)):
            break
        listed.insert(0, org)
    return listed


# "ông A chúc mừng các đảng viên vinh dự được nhận", "các Viện có cán bộ được tặng thưởng", "ông B cùng một số
# đảng viên khác được nhận": members named by their kind, as a group, right before "được" receive (not
# joined to a name by "và": "ông A và các đảng viên được trao")
_MEMBERS: Final = patterns.alternatives(sorted({*cues("members_of_a_body"), *cues("counted_recipients")},
                                               key=len, reverse=True))
_MEMBERS_RECEIVE: Final = patterns.compile(
    rf"(?<!{_E(cue('and'))} )\b(?:{cue_alternatives('groups_of_members')})\s+(?:\d+\s+)?(?:{_MEMBERS})"
    rf"(?:\s+{_E(cue('other'))})?(?:\s+(?:{_E(cue('past'))}|(?:{_E(cue('has'))}\s+)?{_E(cue('honoured'))}))?\s+$")
_COUNTED_MEMBERS: Final = patterns.compile(rf"\s*{_E(cue('counted_members_after_a_body'))}\s+\d+\s")
_HELD_BY: Final = patterns.compile(rf"\b{_E(cue('led_by'))}\s+$")
# "Ba gương mặt trẻ của Tập đoàn X được nhận …": a body named as whose they are, not who receives
_WHOSE: Final = patterns.compile(rf"\b{_OF}\s+$")


# "Hội LHPN huyện X và bà A, Chi hội trưởng … nhận Bằng khen", "bà B và Đoàn xã Y được nhận": a body
# listed with a person who receives, joined to them by "và" (or by a comma, before them), receives too
_BODY_THEN_PERSON: Final = patterns.compile(
    rf"\s*(?:,|{_E(cue('and'))})\s*(?:(?:{cue_alternatives('addresses', either_initial_case=True)})\s+)?")
_PERSON_THEN_BODY: Final = patterns.compile(rf"\s*{_E(cue('and'))}\s+")


def _bodies_listed_with(text: str, bodies: list[Mention], people: list[Mention]) -> list[Mention]:
    return [b for b in bodies if any(_BODY_THEN_PERSON.fullmatch(text, b.span.end, p.span.start)
                                     or _PERSON_THEN_BODY.fullmatch(text, p.span.end, b.span.start) for p in people)]


# "Công đoàn A và Công đoàn B được nhận Cờ thi đua": bodies listed with commas and "và"
_LIST_JOIN: Final = patterns.compile(rf"\s*(?:,\s*(?:{_E(cue('and'))}\s+)?|{_E(cue('and'))}\s+)")


def _with_those_listed(text: str, subject: list[Mention]) -> list[Mention]:
    """The first body of a clause's subject and those listed after it, each joined to the one
    before by a comma or "và" (its place in brackets after it at most): all receive what the clause
    says it received."""
    listed = subject[:1]
    for org in subject[1:]:
        if not _LIST_JOIN.fullmatch(_BRACKETED.sub("", text[listed[-1].span.end:org.span.start], count=1)):
            break
        listed.append(org)
    return listed


# "Bằng khen của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a head's titles in a chain before the body
_TITLE_CHAIN: Final = patterns.compile(
    rf"(?:(?:{cue_alternatives('award_giving_offices')}),\s*)+(?:{cue_alternatives('award_giving_offices')})\s+")


def _giver_named_after_of(view: SentenceView, orgs: list[Mention], after: int) -> tuple[Mention, str] | None:
    """The body named after "của" (at ``after``), its head's titles before it kept in the award's name
    ("của Chủ tịch UBND tỉnh"); or a head's title or a body's head alone, which names the article's one
    body of that kind ("của Hiệu trưởng", "của Tập đoàn")."""
    for org in orgs:
        if org.span.start >= after:
            gap = view.article.text[after:org.span.start]
            if len(gap) <= 25 and _TITLES_BEFORE_A_GIVER.fullmatch(gap):
                return org, clean_label(f"{_as_titles_are_named(gap)}{org.label}")
            break
    return _head_named_bare(view, after) or _body_named_bare(view, after)


def _as_titles_are_named(titles: str) -> str:
    """Titles between "của" and the body, capitalised as labels name them ("phó chủ tịch " ->
    "Phó Chủ tịch ")."""
    deputy = cue("deputy")
    out = titles[:1].upper() + titles[1:]
    if out.startswith(f"{deputy} ") and len(out) > len(deputy) + 1:
        at = len(deputy) + 1
        out = out[:at] + out[at].upper() + out[at + 1:]
    return out


# "của Chủ tịch UBND tỉnh", "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": the head's titles, if any,
# between "của" and the body (not a word of a name the body was read without: "của Tổng công ty")
# (in small letters too, as national dailies write titles: "bằng khen của bộ trưởng Bộ Quốc phòng")
_TITLES_BEFORE_A_GIVER: Final = patterns.compile(
    rf"(?:(?:(?i:{_E(cue('deputy'))})\s+)?(?i:{cue_alternatives('award_giving_offices')})\s*,?\s*)*")


def _giver(view: SentenceView, orgs: list[Mention], after: int | None,
           award_start: int, *, heads_give: bool = True) -> tuple[Mention, str] | None:
    """Whose award it is: "của ORG" after it, "thừa ủy quyền của ORG", or "ORG tặng"; "TITLE
    ORG tặng" only where ``heads_give``, an award that names its giver (a Bằng khen, not a
    Huân chương: "Đại tá A, Chỉ huy trưởng BĐBP tỉnh trao Huân chương" presents the state's)."""
    text = view.article.text
    named_after = _giver_named_after_of(view, orgs, after) if after is not None else None
    if named_after is not None:
        return named_after
    for proxy in _BY_PROXY.finditer(text, view.sentence.start, award_start):
        if ";" in text[proxy.end():award_start]:
            continue  # "thừa ủy quyền của X, A trao …; B trao Kỷ niệm chương …": X's are A's awards only
        for org in orgs:
            if org.span.start >= proxy.end():
                if org.span.start - proxy.end() <= 25:
                    return org, org.label
                break
    before = text[view.sentence.start:award_start]
    if fold(before).endswith(_TITLE_WORD):
        before = before[:-len(_TITLE_WORD)]  # "được Chủ tịch nước phong tặng danh hiệu Nhà giáo Nhân dân"
    for org in reversed(orgs):
        if org.span.end <= award_start:
            between = text[org.span.end:award_start]
            if _GIVES.fullmatch(between):
                if _LEADERS_OF.search(text, view.sentence.start, org.span.start):
                    break  # "cùng lãnh đạo Ban X trao bằng khen": its leaders present, the body gives nothing named
                if not _is_person_org(org):
                    return org, org.label
                # "Chủ tịch UBND tỉnh tặng Bằng khen": the office gives its body's award (its body
                # written: not "đồng chí A, Phó Viện trưởng trao", a post whose body is implied)
                title = _OFFICE_BEFORE.search(text, view.sentence.start, org.span.start) if heads_give else None
                if title and org.span.end > org.span.start:
                    return org, clean_label(f"{title[1]} {org.label}")
                break
            if _is_person_org(org):
                continue
            m = _PASSIVE_END.search(text[max(0, org.span.start - 8):org.span.start])
            if m and _PRESENT.search(before):
                return org, org.label
            break
    return None


def _giver_of_match(view: SentenceView, orgs: list[Mention], m: re.Match[str],
                    award_start: int) -> tuple[Mention, str] | None:
    """Whose the award ``m`` found at ``award_start`` is (_giver).  A head's award is its body's,
    a People's Committee chair's as any other's ("Bằng khen của Chủ tịch UBND tỉnh X" gives the
    committee, the title staying in the award's label: docs/gold-conventions/awards.md 1a, decided
    by the shared corpus's gold)."""
    kind = m["kind"] or ""
    after = view.sentence.start + m.end() if m["giver"] else _giver_without_of(view, m, kind)
    heads_give = bool(kind) and lexicon().award_kinds.get(kind[0].upper() + kind[1:], ("", False))[1]
    return _giver(view, orgs, after, award_start, heads_give=heads_give) \
        or _giver_after(view, orgs, view.sentence.start + m.end()) \
        or _bare_head_gives(view, award_start)


def _giver_without_of(view: SentenceView, m: re.Match[str], kind: str) -> int | None:
    """ "Bằng khen Bộ Công an", "trao Cờ thi đua Chính phủ cho …": a kind that names its giver, its
    giver's name (capitalised) right after it, "của" left out: where that name begins."""
    if not kind or kind[0].upper() + kind[1:].lower() not in _NAMING_THEIR_GIVER:
        return None
    at = view.sentence.start + m.start("kind") + len(kind) + 1
    text = view.article.text
    return at if text[at - 1:at] == " " and text[at:at + 1].isupper() else None


# "Hiệu trưởng=Trường": a head's title and the kind of body it heads (as the grammar reads a post)
_BODY_OF_A_TITLE: Final = dict(c.split("=", 1) for c in cues("titles_naming_their_body"))
_BARE_TITLE: Final = patterns.compile(
    rf"({patterns.alternatives(sorted(_BODY_OF_A_TITLE, key=len, reverse=True))})(?!\s+{_CAPITALISED})\b")


# "Nhân dịp này, Tổng Giám đốc đã trao Giấy khen cho …": a head's title, bare, the subject that gives
_BARE_HEAD_GIVES: Final = patterns.compile(
    rf"(?<![\w-])({patterns.alternatives(sorted(_BODY_OF_A_TITLE, key=len, reverse=True))})"
    rf"\s+(?:{_E(cue('past'))}\s+)?(?:{cue_alternatives('presents')})\s+$")


def _bare_head_gives(view: SentenceView, award_start: int) -> tuple[Mention, str] | None:
    """ "Tổng Giám đốc đã trao Giấy khen cho 12 tập thể": the award of the one body of the kind
    the title heads that the article names, as for "Giấy khen của Tổng Giám đốc" (_head_named_bare)."""
    title = _BARE_HEAD_GIVES.search(view.article.text, max(view.sentence.start, award_start - 40), award_start)
    if title is None or view.article.text[max(0, title.start() - 4):title.start()].endswith(cue("deputy") + " "):
        return None  # not "Phó Tổng Giám đốc trao": a deputy presents, the body gives what its head decides
    return _head_of_one_body(view, title[1])


def _head_named_bare(view: SentenceView, after: int) -> tuple[Mention, str] | None:
    """ "ông A trao Giấy khen của Hiệu trưởng cho 21 giảng viên": a head's title with no body
    after it gives the award of the one body of the kind it heads that the article names (the
    school, "Trường X"): the award is "Giấy khen của Hiệu trưởng Trường X", the body's."""
    title = _BARE_TITLE.match(view.article.text, after)
    return None if title is None else _head_of_one_body(view, title[1])


# "Bằng khen của Tập đoàn cho 18 tập thể": a head alone after "của", not followed by a name
_BARE_BODY: Final = patterns.compile(
    rf"({patterns.alternatives(sorted(heads_named_back(), key=len, reverse=True))})\b(?:\s+(\S))?")


def _body_named_bare(view: SentenceView, after: int) -> tuple[Mention, str] | None:
    """ "Chủ tịch HĐQT Vinachem trao Bằng khen của Tập đoàn cho …": a body's head alone names back the
    one body with that head the article names (the corporation it is about): the award is its."""
    head = _BARE_BODY.match(view.article.text, after)
    if head is None or (head[2] is not None and (head[2].isupper() or head[2].isdigit())):
        return None  # "của Tập đoàn Hóa chất …": a body named, read as one
    word = head[1]
    body = the_one_named((*view.article_mentions, *view.mentions), lambda m: m.label.startswith(f"{word} ")
                         and m.label[len(word) + 1:len(word) + 2].isupper())
    return (body, body.label) if body is not None else None


def _head_of_one_body(view: SentenceView, title: str) -> tuple[Mention, str] | None:
    """The one body of the kind ``title`` heads that the article names, and the office's label."""
    kinds = tuple(f"{kind} " for kind in _BODY_OF_A_TITLE[title].split(","))
    # a kind that is a body's whole name ("Thống đốc=Ngân hàng Nhà nước Việt Nam") is that body
    whole = frozenset(kind for kind in _BODY_OF_A_TITLE[title].split(",") if len(kind.split()) > 2)
    # one body written two ways ("Trường Cao đẳng CSND I", "Trường Cao đẳng Cảnh sát nhân dân I") is one
    bodies: dict[str, Mention] = {}
    for m in (*view.article_mentions, *view.mentions):
        if m.type == "Organization" and (m.label.startswith(kinds) or m.label in whole) \
                and m.extractor != FoundAs.NESTED:
            key = _spelt_out(m.label)
            if key not in bodies or len(m.label) > len(bodies[key].label):
                bodies[key] = m
    if len(bodies) != 1:
        return None  # none, or several of that kind: which is not said
    body = next(iter(bodies.values()))
    return body, f"{title} {body.label}"


# "Huân chương Lao động hạng Nhất được Chủ tịch nước tặng thưởng năm 2019 cho …": the award the
# subject of a passive, its giver named after "được" or "do", before the verb that gives
# ("Kỷ niệm chương X do Chủ tịch Hội Cựu chiến binh Việt Nam xét tặng": a head's title before the body)
_GIVEN_BY: Final = patterns.compile(
    rf"\s*(?:{cue_alternatives('issued_by_passive')})\s+(?:(?:{cue_alternatives('award_giving_offices')})\s+)?")
_GIVES_RIGHT_AFTER: Final = patterns.compile(
    rf"\s*(?:{cue_alternatives('considers_and_gives')}|{cue_alternatives('presents')})\b")


# "… của Trung ương Hội do ông A trao tặng", "Bằng khen do đồng chí B, Phó Chủ tịch Công đoàn X trao":
# the person named after "do" or "được", with the posts after a comma at most, who presents it
_PRESENTER_NAMED_AFTER: Final = patterns.compile(
    rf"(?:\s+{_OF}\s+[^,.;:]{{1,80}}?)?\s*(?:{cue_alternatives('issued_by_passive')})\s+"
    rf"(?:(?:{cue_alternatives('addresses')})\s+)?")
_PRESENTS_AFTER_THE_NAME: Final = patterns.compile(
    rf"(?:\s*,[^,.;:]{{1,120}}?)?\s+(?:{cue_alternatives('presents')})"
    rf"(?=\s*[.;,]|\s*$|\s+{_FOR}\s|\s+(?:{cue_alternatives('following')})\s)")  # "… trao tặng theo Quyết định …"


def _presenter_after(view: SentenceView, award: Mention, people: list[Mention]) -> list[RelationMention]:
    """Who presents an award named as the subject of a passive, after it ("do ông A trao tặng")."""
    text = view.article.text
    person = next((p for p in people if p.span.start >= award.span.end), None)
    if person is None:
        return []
    if not _FROM_THE_HANDS_OF.fullmatch(text, award.span.end, person.span.start) and (
            not _PRESENTER_NAMED_AFTER.fullmatch(text, award.span.end, person.span.start)
            or not _PRESENTS_AFTER_THE_NAME.match(text, person.span.end, view.sentence.end)):
        return []
    return [view.relation(award, "awardedBy", person, ExtractorName.AWARDS)]


# "Anh nhận Bằng khen của Liên đoàn Lao động thành phố từ tay đồng chí B": B hands it over
_FROM_THE_HANDS_OF: Final = patterns.compile(
    rf"\s+{_E(cue('from_the_hands_of'))}\s+(?:(?:{cue_alternatives('addresses')})\s+)?")


def _giver_after(view: SentenceView, orgs: list[Mention], award_end: int) -> tuple[Mention, str] | None:
    text = view.article.text
    org = next((o for o in orgs if o.span.start >= award_end), None)
    if org is None or not _GIVEN_BY.fullmatch(text, award_end, org.span.start) \
            or not _GIVES_RIGHT_AFTER.match(text, org.span.end):
        return None
    return org, org.label


# "Chủ tịch UBND huyện X tặng Giấy khen": the chair of a people's committee or council, whose
# holder named elsewhere in the article does not present by that post (_an_office_giving_as_itself)
_OFFICE_TITLES: Final = frozenset(fold(t) for t in cues("offices_giving_awards_as_offices"))
_OFFICE_BODIES: Final = cues("bodies_whose_head_gives_as_an_office")


_LEADERS_OF: Final = patterns.compile(rf"(?:{cue_alternatives('leaders_of', at_word_start=True)})\s+$")
_HANDS_OVER: Final = _E(cue("hands_over"))
_GIVE: Final = _E(cue("gives"))
# "tặng Giấy khen đối với 4 cá nhân": those it is given to
# "gắn Cờ thi đua lên cờ truyền thống của Công ty A": the body whose banner it is pinned on receives it
_FOR_WHOM: Final = patterns.compile(
    rf"\s+(?:{_FOR}|{_GIVE}|{cue_alternatives('given_to')}|{cue_alternatives('pinned_on_the_flag_of')})\s+")
# "4 đơn vị được trao bằng khen, đó là A, B và C", "Huy hiệu 75 năm tuổi Đảng có 2 đảng viên là
# ông A": those received an award listed after it (for awards and party badges alike)
# (a few words of the award's round after it at most: "được nhận giải thưởng “A” toàn quốc năm 2019 là:",
# "Được vinh dự nhận Huy hiệu 60 năm tuổi Đảng lần này là đồng chí A")
_LISTED: Final = patterns.compile(rf"\s*(?:\([^)]*\)\s*)?(?:(?:\s+[^\s,.;:()“”\"]+){{0,4}}?,?\s*"
                     rf"(?:{cue_alternatives('recipients_listed')})\s*:?"
                     rf"|\s*{_E(cue('has'))}\s+\d+\s+(?:{cue_alternatives('listed_members')})\s+{_E(cue('is'))})\s+")
# ("; trong đó Chi nhánh X và ông A … được khen": "có" left out before a name, not before a count
# or a word, "trong đó 5 gương mặt đến từ Bệnh viện X", whose bodies are workplaces)
_AMONG_THEM: Final = patterns.compile(
    rf"{_E(cue('among_them'))} (?:{_E(cue('has'))}\s+|(?=(?:{cue_alternatives('addresses')})\s|{_CAPITALISED}))")


# "cho tập thể X và hai cá nhân là A, <posts>; B, <posts>": those counted, then listed, one an item
_COUNTED_THEN_LISTED: Final = patterns.compile(
    rf"(?:\b\d+|\b(?:{cue_alternatives('counts')}))\s+(?:{cue_alternatives('counted_recipients')}|"
    rf"{cue_alternatives('counted_units')})\s+(?:{cue_alternatives('recipients_listed')})\s")
_ENDS_THE_RECIPIENTS: Final = patterns.compile(rf"\b(?:{cue_alternatives('ends_the_recipients')})\b")


# "trao Kỷ niệm chương cho 3 hội viên Hội Cựu chiến binh huyện X": the people of a body, counted or
# not, receive; the body named after them is whose they are
_MEMBERS_RIGHT_BEFORE: Final = patterns.compile(rf"\b(?:{cue_alternatives('members_of_a_body')})\s+$")


def _recipients(view: SentenceView, orgs: list[Mention], people: list[Mention],
                award_end: int, *, listed: bool = False) -> list[Mention]:
    """Who receives an award: those after "cho" or "tặng" ("trao Huân chương tặng Bộ trưởng
    A"), or, for an award someone is said to receive, those listed after "là"/"gồm"."""
    text = view.article.text
    sentence_end = view.sentence.end
    m = _FOR_WHOM.search(text, award_end, sentence_end)
    if m is None or m.start() - award_end > 60 or ";" in text[award_end:m.start()]:  # not another clause's
        m = _LISTED.match(text, award_end, sentence_end) if listed else None
    if m is None:
        return []
    start = m.end()
    # those among the recipients of its clause, or of the clause after ";" that begins with them ("cho 80
    # cá nhân; trong đó có bà A"), not of another award's ("cho Ban X; … tặng Giấy khen cho 5 hộ, trong đó có")
    semicolon = text.find(";", start, sentence_end)
    among = _AMONG_THEM.search(text, start, sentence_end)
    if among and 0 <= semicolon < among.start() and text[semicolon + 1:among.start()].strip():
        among = None
    if among:
        start = among.end()
    clause_end = text.find(";", start, sentence_end)
    # "17 tập thể được tặng Bằng khen gồm: A; B; C": a list opened by a colon runs past its
    # semicolons, which part its items, not clauses
    if clause_end < 0 or ":" in text[start:clause_end] or text[:start].rstrip().endswith(":") \
            or _COUNTED_THEN_LISTED.search(text, start, clause_end):
        end = sentence_end  # "cho 11 tập thể, cá nhân, gồm: A; B; C"
        colon = text.find(":", start, sentence_end)
        if colon > 0 and text[start:start + 1].isdigit():
            start = colon + 1  # "cho 04 tập thể, đã có thành tích ... của UBND huyện X, gồm: A": those counted
    else:
        end = clause_end  # "…; trao Huân chương hạng Nhì tặng …"
    # "trao Huân chương X cho Viện và Huân chương Y cho TS. A": the next award's recipients are its own;
    # "cho Ngân hàng X vì đóng góp cho Quỹ Y", "cho 9 đồng chí thuộc Đảng bộ Z": why, or whose they are
    following = _award_pattern().search(text[start:end])
    if following is not None:
        end = start + following.start()
    reason = _ENDS_THE_RECIPIENTS.search(text, start, end)
    if reason is not None:
        end = reason.start()
    end = _end_of_the_recipients(text, people, start, end)
    named = [p for p in people if start <= p.span.start < end]
    candidates = [o for o in orgs if start <= o.span.start < end and not _is_person_org(o)
                  and not _in_an_apposition(text, named, o)
                  and not _MEMBERS_RIGHT_BEFORE.search(text, max(start, o.span.start - 30), o.span.start)
                  and not _WHOSE.search(text, max(start, o.span.start - 5), o.span.start)]  # "cán bộ của Sở X"
    return sorted(candidates + named, key=lambda x: x.span.start)


# "… và GS. A thay mặt Viện tặng hoa chúc mừng", "…, Phó Bí thư Thành ủy A trân trọng ghi nhận": A the subject
_ACTS_AS_A_SUBJECT: Final = patterns.compile(rf"\s+(?:{cue_alternatives('acts_of_a_subject_after_a_name')})\b")


def _end_of_the_recipients(text: str, people: list[Mention], start: int, end: int) -> int:
    """Where the recipients listed from ``start`` end, at ``end`` at most: before a person named as the
    subject of a clause of their own, who receives nothing, nor does anyone after them."""
    return next((p.span.start for p in people if start < p.span.start < end
                 and _ACTS_AS_A_SUBJECT.match(text, p.span.end)), end)


# "cho kỹ sư A, Trưởng ca vận hành Công ty X": after a comma, the words of a post and its body; after a dash,
# the posts and bodies of an item ("là: A - công nhân Phân xưởng X, Công ty Y; B - …")
_APPOSED: Final = patterns.compile(
    rf"\s*,\s*(?:(?!{_E(cue('and'))}\b)[^,;.])*$|\s(?:{'|'.join(map(_E, DASHES))})\s[^;.]*$")


def _in_an_apposition(text: str, people: list[Mention], org: Mention) -> bool:
    """Whether ``org`` ends the post written after a person named before it, one whose post
    the grammar does not know: the person's body, who receives nothing."""
    before = [p for p in people if p.span.end <= org.span.start]
    return bool(before) and bool(_APPOSED.fullmatch(text, before[-1].span.end, org.span.start))


# --------------------------------------------------------------------- party badges
# "Huy hiệu Đảng", "Huy hiệu 50 năm tuổi Đảng", "Huy hiệu 45 năm, 40 năm và 30 năm tuổi
# Đảng" (one award a class), "huy hiệu 55 tuổi Đảng".  Whoever decides or presents
# them gives every class the article names; each member named after "cho" (or before
# "được trao") receives the class of that phrase.
BADGE_KIND: Final = cue("badge")
_PARTY: Final = cue("party")
# "65 năm, 55 năm tuổi và 50 năm tuổi Đảng": each class may say "năm tuổi" itself
_YEARS: Final = rf"\d+(?:\s*{_E(cue('year'))}(?:\s+{_E(cue('of_age'))})?)?"
_BADGE: Final = patterns.compile(
    rf"\b{either_initial(BADGE_KIND)}\s+(?:(?P<years>{_YEARS}(?:\s*(?:,|{_E(cue('and'))}|;)\s*{_YEARS})*)"
    rf"(?:\s+{_E(cue('of_age'))}\s+{either_initial(_PARTY)}\b|(?<={_E(cue('year'))})(?=\s+{_FOR}\b))|{_E(_PARTY)}\b)"
    # ("trao huy hiệu 55 năm cho đồng chí A": the class by its years, "tuổi Đảng" left out before "cho")
    # "dự và trao huy hiệu cho đảng viên", "… dự và trao Huy hiệu.", "trao Huy hiệu và chúc mừng": the party
    # badge, named by its kind alone
    rf"|(?:(?<={_HANDS_OVER} )|(?<={_E(cue('pins'))} )){either_initial(BADGE_KIND)}"
    rf"(?=\s+(?:{_FOR}|{_E(cue('has'))}|{_E(cue('and'))})\b|\s*[.;,]|\s*$)"
)
# "huy hiệu Đảng cho các đảng viên đủ 65, 50 và 30 năm tuổi Đảng": the classes named after those who receive
_CLASSES_AFTER: Final = patterns.compile(
    rf"\s+{_FOR}\s+(?i:{cue_alternatives('members_of_the_classes')})\s+"
    rf"(?P<years>{_YEARS}(?:\s*(?:,|{_E(cue('and'))}|;)\s*{_YEARS})*)\s+{_E(cue('of_age'))}\s+{either_initial(_PARTY)}\b")
# ("đồng chí A, sinh năm 1945, chi bộ khu X, nhận huy hiệu 55 năm tuổi Đảng": "nhận" alone, too)
_BADGE_RECEIVED: Final = patterns.compile(
    rf"(?:{_PASSIVE}\s+(?:{cue_alternatives('badge_received')})|(?<=,\s){_E(cue('receives_alone'))})\s+$")
_BADGE_ORGANISED: Final = patterns.compile(  # anchored at both ends: the order of the alternatives does not matter
    rf"^\s*(?:{_E(cue('past'))}\s+)?(?:{_E(cue('solemnly'))}\s+)?(?:{_E(cues('holds_a_meeting')[0])}\s+"
    rf"(?:\d+\s+{_E(cue('round'))}\s+)?(?:{either_initial(cue('ceremony'))}\s+)?|{_E(cue('decided'))}\s+)?"
    rf"(?:{cue_alternatives('badge_presented')}|{_E(cue('announced'))}[^.;]*?)\s+$"
    rf"|^\s+{_E(cue('about'))}\s+(?:{_E(cue('the_matter_of'))}\s+)?(?:{_E(cues('award_giving')[0])}|{_HANDS_OVER}|{_GIVE})\s+$"
)
# "Trong đó, Huy hiệu ... có": the badge said to be received, as "được" says it
_RECEIVED_OR_AMONG: Final = patterns.compile(
    rf"\b{either_initial(_PASSIVE)}\b|^\W*{_E(cue('among_them').capitalize())}\W*$")
_NOT_JUST_NAMED: Final = patterns.compile(rf"[;]|\b(?:{cue_alternatives('not_just_named_between')})\b")
_PASSIVE_GIVEN: Final = patterns.compile(rf"{_PASSIVE}\s+\S+(?:\s+{_GIVE})?\s+$")
_PRESENTERS_AFTER: Final = patterns.compile(rf"\s+{_E(cue('has'))}\s+")
_AMONG_OPENS: Final = patterns.compile(rf"\W*{_E(cue('among_them').capitalize())}\b\W*")
_BADGE_PRESENTED_RIGHT_BEFORE: Final = patterns.compile(
    rf"(?<!{_PASSIVE} )(?:{cue_alternatives('badge_presented')})\s+$")


# "Huy hiệu 55 năm tuổi Đảng cho 06 đồng chí; 50 tuổi Đảng cho 11 đồng chí": the list of
# badges goes on after each one's receivers, the kind left out
_MORE_BADGES: Final = patterns.compile(
    rf"(?:(?<=[;,])\s*(?:{_E(cue('and'))}\s+)?|(?<=\s){_E(cue('and'))}\s+)"
    rf"(?P<years>{_YEARS})\s+{_E(cue('of_age'))}\s+{either_initial(_PARTY)}\b")


def _badges_in(sentence: str) -> list[re.Match[str]]:
    """The party badges a sentence names, in order: each "Huy hiệu …", and after the first,
    each "N năm tuổi Đảng" that goes on the list."""
    named = list(_BADGE.finditer(sentence))
    if not named:
        return []
    taken = [(m.start(), m.end()) for m in named]
    more = [m for m in _MORE_BADGES.finditer(sentence, named[0].end())
            if not any(a <= m.start("years") < b for a, b in taken)]
    return sorted(named + more, key=lambda m: m.start())


def badge_label(years: str | None) -> str:
    kind = f"{BADGE_KIND} {years} {cue('years_of_membership')}" if years else BADGE_KIND
    return f"{kind} {_PARTY}"


def _party_badges(view: SentenceView, orgs: list[Mention], people: list[Mention]) -> Found:
    text = view.article.text
    s = view.sentence
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    if BADGE_KIND[1:] not in s.text:  # either case first: a cheap test
        return [], []
    matches = _badges_in(s.text)
    last_givers: list[Mention] = []
    received: list[Mention] = []  # "A trao Huy hiệu 30 năm cho B; trao Huy hiệu 55 năm ...": A, not B
    for n, m in enumerate(matches):
        start, end = s.start + m.start(), s.start + m.end()
        years, by_article, named_end = _classes(view, m)
        end = s.start + named_end
        labels = [badge_label(y) for y in years] or [badge_label(None)]
        surface = clean_label(text[start:end])
        found = [view.mention_at("Award", start, end, label, FoundAs.BADGE, kind="CommemorativeMedal",
                                 aliases=(surface,) if len(labels) == 1 else ())
                 for label in labels]
        stop = _end_of_the_presenting_clause(text, end, s.start + matches[n + 1].start() if n + 1 < len(matches)
                                             else s.end)
        before = text[s.start:start]
        receivers = [] if by_article else _badge_receivers(view, people, end, stop,
                                                           listed=bool(_RECEIVED_OR_AMONG.search(before)))
        receivers += _member_just_named(view, people, start)
        givers: list[Mention] = []
        among = _AMONG_OPENS.match(s.text)
        if among and _BADGE_PRESENTED_RIGHT_BEFORE.search(before):
            # "Trong đó đồng chí A chi bộ X tặng huy hiệu 45 năm tuổi Đảng, đồng chí B … tặng huy
            # hiệu 30 năm …": among those said to receive, each named before the class they get
            since = max(s.start + among.end(), s.start + matches[n - 1].end() if n else 0)
            receivers += [p for p in people if since <= p.span.start and p.span.end <= start]
        elif m.re is _MORE_BADGES:
            givers = list(last_givers)  # the list goes on: the same hands give them
        elif n and _JOINED_TO_THE_LAST.fullmatch(text, s.start + matches[n - 1].end(), start):
            # "A trao Huy hiệu 40 năm … cho B, <B's posts> và Huy hiệu 30 năm … cho C": A presents both
            givers = [g for g in last_givers if g.type == "Person"]
        elif _presents_badges(before) and not _PASSIVE_GIVEN.search(before):
            # (the last named and those joined to them: "A gắn Huy hiệu 70 năm … cho B; C trao …" is C's)
            presenters = [p for p in people if p.span.end <= start and p not in received]
            givers += _with_those_named_with(view, presenters, orgs)
        inverted = _PRESENTERS_AFTER.match(text, end)
        if inverted and _presents_badges(before):
            # "Dự và trực tiếp trao Huy hiệu có đồng chí A, Phó Bí thư …": those named after "có" present it
            givers += [p for p in people if inverted.end() <= p.span.start < stop]
        bodies, held = _badge_bodies(view, orgs, start) if m.re is not _MORE_BADGES else ([], False)
        givers += bodies
        last_givers = givers
        received += receivers
        if not (givers or receivers or years or held) and _names_classes(text):
            continue  # "Lễ trao tặng huy hiệu Đảng nhằm ghi nhận ...": the rite's kind, the classes named apart
        mentions += found
        for award in found:
            relations += [view.relation(r, "receivedAward", award, FoundAs.BADGE) for r in receivers]
            relations += [view.relation(award, "awardedBy", g, FoundAs.BADGE) for g in givers]
    return mentions, relations


# "Đến dự Lễ trao Huy hiệu Đảng có A", "A chủ trì Lễ trao Huy hiệu 30 năm": the verb names the rite, whom it
# names attend or chair it; "A công bố các Quyết định … về trao tặng Huy hiệu Đảng": A announces them;
# "A nhấn mạnh: Việc trao tặng Huy hiệu Đảng là sự ghi nhận …": the act named, A speaks of it
_RITE_OR_DECISION_NAMED: Final = patterns.compile(
    rf"\b(?:{either_initial(cue('ceremony'))}|{either_initial(cue('about'))}|{either_initial(cue('the_matter_of'))})\s+"
    rf"(?:{cue_alternatives('presents')})\s+$")


def _presents_badges(before: str) -> bool:
    """Whether the sentence up to a badge, ``before``, ends with a verb by which someone named before
    presents it: not the verb that names a rite or what a decision is about."""
    return bool(_PRESENT.search(before)) and not _RITE_OR_DECISION_NAMED.search(before)


# between two badges of one presenting clause: no sentence or clause ends, "và" or a comma before the second
_JOINED_TO_THE_LAST: Final = patterns.compile(rf"[^.;]*(?:\s{_E(cue('and'))}\s+|,\s*)")


def _member_just_named(view: SentenceView, people: list[Mention], badge: int) -> list[Mention]:
    """ "đảng viên Nguyễn Khắc Hoàn, 98 tuổi, ..., được trao": the member just named before the
    badge at ``badge`` is said to receive it, not a speaker who congratulates "các đồng chí được trao"."""
    text = view.article.text
    passive = _BADGE_RECEIVED.search(text, max(view.sentence.start, badge - 140), badge)
    if passive is None or re.search(r"[;.]", text[passive.start():badge]):
        return []
    # (not "A đã trao Huy hiệu Đảng tặng 6 đảng viên, gồm: 1 đảng viên được tặng …": A presents them)
    return [p for p in people if p.span.end <= passive.start()
            and not _NOT_JUST_NAMED.search(text[p.span.end:passive.start()])
            and not _A_PRESENTING_VERB.search(text, p.span.end, passive.start())][-1:]


_A_PRESENTING_VERB: Final = patterns.compile(rf"(?:{cue_alternatives('presents', at_word_start=True)})\b")


# "Thực hiện Quyết định số 1132-QĐ/TU ngày 28/4/2023 của Ban Thường vụ Tỉnh ủy X, …": the body that decides
# ("Theo quyết định của Ban Thường vụ Tỉnh ủy X, 41 đảng viên được tặng Huy hiệu Đảng": in small letters too)
_DECISION_OF: Final = patterns.compile(rf"\b{either_initial(cue('decision_document'))}\b[^.;]{{0,80}}?\s{_OF}\s+$")


_BRACKETED: Final = patterns.compile(r"^\s*\([^()]*\)")


def _badge_bodies(view: SentenceView, orgs: list[Mention], start: int) -> tuple[list[Mention], bool]:
    """Whose the badges named at ``start`` are: the body whose decision the sentence cites
    before them, or on whose behalf they are presented ("thừa ủy quyền của"). And whether a
    body holds a ceremony of them there ("Đảng bộ thị trấn X long trọng tổ chức Lễ trao tặng
    huy hiệu Đảng", "Đảng ủy xã X trao tặng Huy hiệu Đảng cho 8 đảng viên"): that body gives
    none (the blind batches' gold, 7 articles of 9: the badges are a higher committee's,
    presented at the rite)."""
    text = view.article.text
    for org in orgs:
        if org.span.end <= start and _DECISION_OF.search(text, view.sentence.start, org.span.start):
            return [org], False
        # "Thừa ủy quyền của Ban Thường vụ Tỉnh ủy X, đồng chí A đã gắn huy hiệu": whose they are
        if org.span.end <= start and _BY_PROXY.search(text, max(view.sentence.start, org.span.start - 24),
                                                       org.span.start):
            return [org], False
    for org in reversed(orgs):
        if org.span.end <= start and not _is_person_org(org):
            # "Đảng ủy phường Kim Liên (Hà Nội) tổ chức lễ trao …": a place in brackets after the body
            between = _BRACKETED.sub("", text[org.span.end:start], count=1)
            if _DECIDES_TO_PRESENT.search(between):
                return [org], False  # "Ban Thường vụ Tỉnh ủy vừa quyết định trao tặng Huy hiệu Đảng": it decides
            if not _BADGE_ORGANISED.search(between):
                return [], False
            return [], True
    return [], False


# "Ban Thường vụ Tỉnh ủy vừa quyết định trao tặng", "… đã ký quyết định tặng", "được Tỉnh ủy quyết
# định trao tặng": the body decides the badges (docs/gold-conventions/awards.md 1f: whose decision)
_DECIDES_TO_PRESENT: Final = patterns.compile(
    rf"^\s*(?:\S+\s+){{0,2}}?{_E(cue('decided'))}\s+(?:{cue_alternatives('badge_presented')})\s+$")


def _names_classes(text: str) -> bool:
    """Whether an article names classes of the party badge ("Huy hiệu 45 năm tuổi Đảng")."""
    return any(b["years"] for b in _badges_in(text))


def _classes(view: SentenceView, m: re.Match[str]) -> tuple[list[str], bool, int]:
    """The classes (years in the party) of the badge ``m`` names, whether they are the
    article's, and where their naming ends in the sentence.  "trao huy hiệu cho hai đảng
    viên", the kind alone, stands for every class the article names ("Huy hiệu 45 năm tuổi
    đảng", "Huy hiệu 30 năm tuổi đảng"); "huy hiệu Đảng cho các đảng viên đủ 65, 50 và 30 năm
    tuổi Đảng" names its classes after those who receive them.  "Huy hiệu Đảng" where the article
    names classes stands for them as the kind alone does: no badge without its class beside them
    (docs/gold-conventions/awards.md); its receivers are those of the one class named, if one."""
    after = _CLASSES_AFTER.match(view.sentence.text, m.end()) if m.re is _BADGE and not m["years"] else None
    if after is None and m.re is _BADGE and not m["years"]:
        named = list(dict.fromkeys(y for b in _badges_in(view.article.text)
                                   for y in re.findall(r"\d+", b["years"] or "")))
        if named or m.group(0).lower() == BADGE_KIND.lower():
            return named, len(named) > 1 or m.group(0).lower() == BADGE_KIND.lower(), m.end()
    return re.findall(r"\d+", (after or m)["years"] or ""), False, (after or m).end()


# "đồng chí A, <A's posts>, đồng chí B, <B's posts> đã trao …" (or "; đồng chí B"): both present
_APPOSITION: Final = patterns.compile(rf"\s*(?:,|{'|'.join(map(_E, DASHES))})")
_NEXT_NAMED: Final = patterns.compile(
    rf"^\s*[,;]\s*(?:{_E(cue('and'))}\s+)?(?:(?:{cue_alternatives('addresses')})\s+)?$", re.IGNORECASE)


def _end_of_the_presenting_clause(text: str, after: int, stop: int) -> int:
    """Where the recipients of badges named before ``after`` may be listed up to: ``stop``, or
    the ";" after which another presents the next class ("… cho đồng chí A; đồng chí B trao …")."""
    semicolon = text.rfind(";", after, stop)
    return semicolon if semicolon >= 0 and _PRESENT.search(text, semicolon, stop) else stop


def _with_those_named_with(view: SentenceView, people: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """The last person of ``people``, and those named before in the same subject, each
    with their posts and a comma before the next ("A, Phó Bí thư Huyện ủy, đồng chí B,
    Trưởng ban Tổ chức"): not one who did something else first ("A phát biểu, ông B")."""
    text = view.article.text
    group = people[-1:]
    for earlier in reversed(people[:-1]):
        between = text[earlier.span.end:group[0].span.start]
        if _PRESENTS_WITH.fullmatch(text, earlier.span.end, group[0].span.start):
            group.insert(0, earlier)  # "đồng chí A và đồng chí B trao …"
            continue
        bodies = [o for o in orgs if earlier.span.end <= o.span.start and o.span.end <= group[0].span.start]
        # "đồng chí A - Bí thư Huyện ủy; đồng chí B - Phó Bí thư … dự và trao": a list by ";" too
        if (not bodies or ";" in text[earlier.span.end:bodies[-1].span.end] or "." in between
                or not _APPOSITION.match(between)
                or not _NEXT_NAMED.search(text[bodies[-1].span.end:group[0].span.start])):
            break
        group.insert(0, earlier)
    return group


# "… cho đồng chí A", "… tặng đảng viên A" (and those listed after it: _LISTED)
_BADGE_FOR: Final = patterns.compile(
    # ("Huy hiệu 75 tuổi Đảng đợt 19/5 cho đồng chí A": the round of badges, dated, before "cho")
    rf"(?:\s+{_E(cue('round'))}\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?)?"
    rf"\s*(?:(?:{_PASSIVE}\s+)?(?:{_HANDS_OVER}\s+)?{_FOR}|{_GIVE}"
    # "trao Huy hiệu 75 năm tuổi Đảng đến đảng viên A"
    rf"|(?:{cue_alternatives('to_recipients')})(?=\s+(?:{cue_alternatives('recipients_after_for')})\b))\s+")


def _badge_receivers(view: SentenceView, people: list[Mention], after: int, stop: int, *,
                     listed: bool) -> list[Mention]:
    """Members named after "cho"/"tặng", or, where the badge is said to be received ("có 2
    đồng chí được trao …", "Trong đó, Huy hiệu 75 năm tuổi Đảng có …"), listed after it."""
    m = _BADGE_FOR.match(view.article.text, after)
    if m is None and listed:
        m = _LISTED.match(view.article.text, after)
    if m is None:
        return []
    text = view.article.text
    stop = _end_of_the_recipients(text, people, m.end(), stop)
    # ("… cho đồng chí A, đồng chí B trao huy hiệu 40 năm …": B presents the next class, receives none)
    return [p for p in people if m.end() <= p.span.start < stop and not _PRESENTS_NEXT.match(text, p.span.end)]


# a person's name right before a verb that presents: the subject of the next presenting clause
_PRESENTS_NEXT: Final = patterns.compile(rf"\s+(?:{_E(cue('past'))}\s+)?(?:{cue_alternatives('presents')})\b")


@register_finisher(FinisherName.BADGES)
def badge_givers(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                 relations: list[RelationMention]) -> Found:
    """The body that decides the party badges of an article gives every class it names; a
    person who presents them gives the classes of the sentence that says so (annotators
    credit a presenter with what the text shows in their hands, not the whole list)."""
    # a page may list several ceremonies: a giver gives the classes named near it
    badges = [m for m in mentions if m.extractor == FoundAs.BADGE]
    givers = [r for r in relations
              if r.predicate == "awardedBy" and r.extractor == FoundAs.BADGE and r.object.type != "Person"]
    have = {(r.subject, r.object) for r in relations if r.predicate == "awardedBy"}
    found: list[RelationMention] = []
    for badge in sorted(badges, key=lambda m: m.span.start):
        for rel in givers:
            if (badge.key, rel.object) not in have and -_NEAR[0] <= badge.sentence - rel.sentence <= _NEAR[1]:
                have.add((badge.key, rel.object))
                found.append(RelationMention(badge.key, "awardedBy", rel.object, rel.span, FoundAs.BADGE, rel.sentence))
    return [], found


_NEAR: Final = (2, 6)  # sentences before and after the one that names the giver


@register_finisher(FinisherName.BARE_AWARDS)
def bare_award_kinds(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                     relations: list[RelationMention]) -> Found:
    """ "X trao tặng Huân chương cho các cá nhân": a bare kind where the article names several
    awards of that kind stands for each of them (one alone is renamed when resolved)."""
    kinds = lexicon().award_kinds
    labels = sorted({m.label for m in mentions if m.type == "Award"})
    fuller = {kind: [a for a in labels if a.startswith(kind + " ")] for kind in
              {m.label for m in mentions if m.type == "Award" and m.label in kinds}}
    found: list[RelationMention] = []
    for r in relations:
        for end, other in (("subject", r.object), ("object", r.subject)):
            bare = getattr(r, end)
            if bare.type != "Award" or len(fuller.get(bare.label, ())) < 2:
                continue
            for label in fuller[bare.label]:
                award = EntityKey("Award", label)
                subject, obj = (award, other) if end == "subject" else (other, award)
                found.append(RelationMention(subject, r.predicate, obj, r.span, r.extractor, r.sentence))
    return [], found


@register_finisher(FinisherName.ORDERS_OF_THE_PRESIDENT)
def orders_of_the_president(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                            relations: list[RelationMention]) -> Found:
    """ "… Huân chương Độc lập của Chủ tịch nước …; có bốn gia đình nhận Huân chương Độc lập hạng Nhất":
    where the article says the President confers one of the state's orders, its other classes the article
    names with no giver are his too."""
    given = {r.subject for r in relations if r.predicate == "awardedBy" and r.object.type == "Organization"}
    by_the_president = [r for r in relations if r.predicate == "awardedBy" and r.object.label == _PRESIDENT
                        and r.subject.label.startswith(_ORDERS)]
    if not by_the_president:
        return [], []
    # (an order's other classes: "Huân chương Lao động hạng Nhất" beside "… hạng Nhì của Chủ tịch nước")
    names = {_without_its_class(r.subject.label) for r in by_the_president}
    orders = {m.key: m for m in mentions if m.type == "Award" and m.key not in given
              and _without_its_class(m.label) in names}
    return [], [RelationMention(key, "awardedBy", by_the_president[0].object, m.span,
                                FinisherName.ORDERS_OF_THE_PRESIDENT, m.sentence) for key, m in orders.items()]


def _without_its_class(label: str) -> str:
    """An order's name without its class ("Huân chương Lao động hạng Nhì": "Huân chương Lao động")."""
    return _CLASS_AT_THE_END.sub("", label)


_PRESIDENT: Final = cue("office_of_the_president")
_ORDERS: Final = tuple(f"{w} " for w in cues("orders_of_the_state"))
_CLASS_AT_THE_END: Final = patterns.compile(rf"\s+{re.escape(_GRADE_WORD)}\s+\S+$")


# "vì có thành tích xuất sắc trong …": the reason an award is given (read by models.py and
# implementation.py too: a movement or document named after it is what the award is for)
MERIT_OF_AN_AWARD: Final = patterns.compile(rf"\b(?:{cue_alternatives('merit_of_an_award')})\b")
# "Tặng Cờ thi đua ... cho 04 tập thể ..., gồm:": the recipients are listed below, one an item
_LIST_FOLLOWS: Final = patterns.compile(rf"\b{_FOR}\b[^;]*:\s*$")
# an item's number or dash, and the form of address before a person it names ("1. Bà Âu Thị A, …")
_ITEM: Final = patterns.compile(
    rf"(?:(?:\d{{1,2}}|[IVX]{{1,4}})\.\s+|[-–•+]\s+)"
    rf"(?:(?:{cue_alternatives('addresses', either_initial_case=True)})\s+)?")
# "4 người được tặng bằng khen.", then "Đó là A, …; B, …": those counted, named in the next sentence
_COUNTED_RECEIVE: Final = patterns.compile(
    rf"\b\d+\s+(?:{cue_alternatives('counted_recipients')})\s+{_PASSIVE}\b[^,;.]*\b(?:{cue_alternatives('receives')})\s")
_NAMED_NEXT: Final = patterns.compile(rf"\s*(?:{cue_alternatives('recipients_named_next')})\s")


@register_finisher(FinisherName.LISTED_RECIPIENTS)
def recipients_listed_below(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                            relations: list[RelationMention]) -> Found:
    """ "UBND tỉnh tặng Cờ thi đua cho 04 tập thể, gồm:" and the recipients on the items below
    ("1. Văn phòng Huyện ủy X; đã có thành tích ..."): the body or person each item opens
    with receives the awards of the sentence before the list."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    found: list[RelationMention] = []
    for s in sentences:
        awards = sorted({m.key: m for m in by_sentence.get(s.index, ()) if m.type == "Award"}.values(),
                        key=lambda m: m.span.start)
        if awards and s.index + 1 < len(sentences) and _COUNTED_RECEIVE.search(s.text) \
                and _NAMED_NEXT.match(sentences[s.index + 1].text):
            # "Tỉnh Kon Tum có 4 người được tặng bằng khen. Đó là cô giáo A, Trường X; thầy giáo B, …"
            got = {r.object for r in relations if r.predicate == "receivedAward" and r.sentence == s.index}
            listed = [m for m in by_sentence.get(s.index + 1, ()) if m.type == "Person"]
            found += [RelationMention(p.key, "receivedAward", award.key, p.span, ExtractorName.AWARDS, p.sentence)
                      for award in awards if award.key not in got for p in listed]
        if not awards or not _LIST_FOLLOWS.search(s.text):
            continue
        # "… cho 3 tập thể đã dẫn đầu phong trào thi đua “A” năm 2025:": the movement they are rewarded for
        merit = MERIT_OF_AN_AWARD.search(s.text)
        models = {m.key: m for m in by_sentence.get(s.index, ()) if m.type == "PracticeModel"
                  and merit is not None and m.span.start >= s.start + merit.end()}
        for item in sentences[s.index + 1:]:
            opening = _ITEM.match(item.text)
            if opening is None:
                break
            first = [m for m in by_sentence.get(item.index, ()) if m.type in ("Organization", "Person")
                     and m.span.start == item.start + opening.end()]
            found += [RelationMention(first[0].key, "receivedAward", award.key, first[0].span,
                                      ExtractorName.AWARDS, item.index) for award in awards if first]
            found += [RelationMention(first[0].key, "practices", model, first[0].span, ExtractorName.AWARDS,
                                      item.index) for model in models if first and first[0].type == "Organization"]
    return [], found



# "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 184-QĐ/TU ngày 22-10-2024 tặng Kỷ niệm chương …",
# "Quyết định số 2143/QĐ-UBND (…) về việc tặng Bằng khen …": the award a decision gives, right after it
_GIVEN_BY_THE_DECISION: Final = patterns.compile(
    rf"\s*(?:\([^()]*\)\s*)?(?:,?\s*{_E(cue('day'))}\s+[\d/.-]+\s*)?(?:\s*{_OF}\s+[^,.;:]{{1,80}}?)?"
    rf"\s*(?:{_E(cue('about'))}\s+(?:{_E(cue('the_matter_of'))}\s+)?)?(?:{cue_alternatives('gives_awards')})\s+")


# "Huân chương Lao động hạng Nhất do ông A trao tặng theo Quyết định số 2316/QĐ-CTN của Chủ tịch nước":
# the decision it is presented under, after it in its clause
# (the presenter named between at most: not the recipients and their merit, "cho 21 giảng viên có thành tích
# trong … theo Quyết định …", whose "theo" is the merit's)
_PRESENTED_UNDER: Final = patterns.compile(
    rf"\s*(?:(?:{cue_alternatives('issued_by_passive')})\s+[^;.,“”\"]{{1,60}}?\s+(?:{cue_alternatives('presents')})\s+)?"
    rf"(?:{cue_alternatives('following')})\s+")


@register_finisher(FinisherName.AWARDING_DECISIONS)
def awards_given_by_decisions(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                              relations: list[RelationMention]) -> Found:
    """An award named right after the decision that gives it is the award of the body that issued
    the decision, where nothing else in the text says whose it is."""
    issuers = {r.subject: r for r in relations if r.predicate == "issuedBy"}
    if not issuers:
        return [], []  # most articles cite no decision
    given = {r.subject for r in relations if r.predicate == "awardedBy" and r.object.type == "Organization"}
    text = article.text
    documents = [m for m in mentions if m.type == "Document" and m.key in issuers
                 and m.label.startswith(cue("decision_document"))]
    found: list[RelationMention] = []
    for award in (m for m in mentions if m.type == "Award" and m.key not in given):
        decision = next((d for d in documents if d.sentence == award.sentence and d.span.end <= award.span.start
                         and _GIVEN_BY_THE_DECISION.fullmatch(text, d.span.end, award.span.start)), None) \
            or next((d for d in documents if d.sentence == award.sentence and d.span.start >= award.span.end
                     and _PRESENTED_UNDER.fullmatch(text, award.span.end, d.span.start)), None)
        # the issuer the sentence names itself, not one read off the number's code ("2143/QĐ-UBND"
        # signed by "Chủ tịch UBND tỉnh A": the chair's, not the committee's)
        if decision is not None and any(m.key == issuers[decision.key].object and m.sentence == award.sentence
                                        and not _is_person_org(m) for m in mentions):
            issued = issuers[decision.key]
            given.add(award.key)
            found.append(RelationMention(award.key, "awardedBy", issued.object, issued.span, ExtractorName.AWARDS,
                                         award.sentence))
    return [], found


# "Dịp này, Giám đốc Công an tỉnh đã trao Giấy khen cho …": the post alone, then the verb
_POST_PRESENTS: Final = patterns.compile(
    rf"(?:^|[,;:]\s*|\s)(?:(?:{cue_alternatives('addresses')})\s+)?(?P<post>[^,;:.]{{2,60}}?)\s+(?:{_E(cue('past'))}\s+)?"
    rf"(?:{cue_alternatives('presents')})\s+$")


@register_finisher(FinisherName.PRESENTERS_BY_POST)
def presenters_named_by_their_post(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                                   relations: list[RelationMention]) -> Found:
    """ "Giám đốc Công an tỉnh đã trao Giấy khen …", "đồng chí Cục trưởng đã trao …": an award
    presented by a post named without its holder is presented by the one person the article
    says holds that post, its body named short or not at all."""
    posts = [(r.role, r.subject, r.object) for r in relations if r.predicate == "holdsPost" and r.role]
    if not posts:
        return [], []
    text = article.text
    found: list[RelationMention] = []
    given = {(r.subject, r.object) for r in relations if r.predicate == "awardedBy"}
    last: tuple[Mention, EntityKey] | None = None  # the award last given its presenter by post, and who
    for award in sorted((m for m in mentions if m.type == "Award"), key=lambda m: m.span.start):
        sentence = sentences[award.sentence]
        # (in the sentence's own text: "^" matches at its start, as it would not at a position of the article's)
        m = _POST_PRESENTS.search(sentence.text, 0, award.span.start - sentence.start)
        holders = set() if m is None or any(
            p.type == "Person" and sentence.start + m.start("post") <= p.span.start < award.span.start
            for p in mentions if p.sentence == award.sentence) \
            else _holders_of(_spelt_out(m["post"]), posts)
        if not holders and last is not None and last[0].sentence == award.sentence \
                and _PRESENTS_ANOTHER.fullmatch(text, last[0].span.end, award.span.start):
            holders = {last[1]}  # "Phó Thủ tướng gắn Cờ thi đua … và trao Huân chương …": the same hands
        if len(holders) == 1:
            holder = next(iter(holders))
            last = (award, holder)
            if (award.key, holder) not in given:
                given.add((award.key, holder))
                found.append(RelationMention(award.key, "awardedBy", holder, award.span, ExtractorName.AWARDS,
                                             award.sentence))
    return [], found


# "… lên cờ truyền thống của Công ty X và trao ": the same subject goes on to present another award
_PRESENTS_ANOTHER: Final = patterns.compile(
    rf"[^;.]*?\s(?:{_E(cue('and'))}|,)\s+(?:{cue_alternatives('presents')})\s+")


def _spelt_out(written: str) -> str:
    """``written`` with its abbreviations written out, folded: how a post or a body is compared."""
    return fold(expand_abbreviations(written))


def _holders_of(post: str, posts: list[tuple[str, EntityKey, EntityKey]]) -> set[EntityKey]:
    """Who of those holding ``posts`` (role, person, body) holds the post named, spelt out
    (:func:`_spelt_out`), where that post presents as a person, not as an office."""
    if _an_office_giving_as_itself(post):
        return set()
    return {person for role, person, body in posts if _names_the_post(post, role, body.label)}


def _an_office_giving_as_itself(post: str) -> bool:
    """ "Chủ tịch UBND huyện X tặng Giấy khen": the committee gives (docs/gold-conventions/awards.md,
    1a), not its chair named elsewhere in the article; a deputy who presents is a presenter.
    ``post`` spelt out (:func:`_spelt_out`)."""
    return any(post.startswith(f"{title} {fold(body)}") for title in _OFFICE_TITLES for body in _OFFICE_BODIES)


def _names_the_post(folded: str, role: str, body: str) -> bool:
    """Whether the post written ("Giám đốc Công an tỉnh", "Cục trưởng"), spelt out (:func:`_spelt_out`:
    "Chỉ huy trưởng Ban CHQS huyện X", the body's name as the text shortens it), is ``role`` and, after
    it, the body's name or its first words ("Giám đốc Trung tâm" for Trung tâm Hội nghị Quốc gia)."""
    role_folded = fold(role)
    if not folded.startswith(role_folded):
        return False
    rest = folded[len(role_folded):].strip()
    return not rest or fold(body).startswith(rest)
