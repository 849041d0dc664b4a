"""Who issued a document and which bodies carry it out.

    Chỉ thị 05-CT/TW của Bộ Chính trị          issued by the Politburo
    Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 48  issued by the standing board
    ORG ... thực hiện / triển khai / quán triệt DOC    ORG implements DOC
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract import Found, SentenceView, patterns, register, register_finisher
from kg.extract.awards import MERIT_OF_AN_AWARD
from kg.extract.context import LEVEL_FIRST_WORDS, named_most
from kg.extract.documents import issuer_relations
from kg.extract.lexicon import cue, cue_alternatives, cue_pattern, cues, fold, lexicon
from kg.extract.models import body_of_board, body_of_board_in, body_of_the_units_before
from kg.extract.tokens import first_words, matches_at_words
from kg.model import Article, EntityKey, ExtractorName, FinisherName, FoundAs, Mention, RelationMention, Sentence, Span

_NOT_AN_AGENT: Final = patterns.compile(rf"(?:{cue_alternatives('not_an_agent_before')})\s*$")


def agent_candidates(view: SentenceView) -> list[Mention]:
    text = view.article.text
    # a body named inside a document's or an event's name ("Hội nghị lần thứ hai Ban Chấp hành
    # Trung ương Đảng là hội nghị … cụ thể hóa …") is not the one that carries anything out
    docs = view.found("Document") + view.found("Event")
    orgs = sorted(
        (
            m for m in view.mentions
            if m.type == "Organization"
            and m.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)
            and (not any(d.span.start <= m.span.start < d.span.end for d in docs) or _worked_with(text, m))
        ),
        key=lambda m: m.span.start,
    )
    listed = _listed_after_of(text, orgs)
    return [m for m in orgs if m.key not in listed
            and (not _NOT_AN_AGENT.search(text[max(0, m.span.start - 12):m.span.start]) or _worked_with(text, m))
            and not _whose_meeting_named_back(text, m)]


def _whose_meeting_named_back(text: str, org: Mention) -> bool:
    return org.extractor == FoundAs.ORGANIZATION_BACK_REFERENCE \
        and _A_MEETING_OF.search(text, max(0, org.span.start - 12), org.span.start) is not None


# "chuẩn bị tốt đại hội đảng bộ các cấp theo Chỉ thị số 35", "kế hoạch tổ chức đại hội chi bộ …": a head named
# back after a meeting's word in small letters is whose meeting it is, bodies in general, not the one that acts
_MEETING_WORDS: Final = sorted((w.lower() for w in cues("the_meeting_as_a_subject")), key=len, reverse=True)
_A_MEETING_OF: Final = patterns.compile(rf"\b(?:{patterns.alternatives(_MEETING_WORDS)})\s+$")


def _worked_with(text: str, org: Mention) -> bool:
    """ "Đoàn công tác làm việc với Ban cán sự đảng X về việc lãnh đạo thực hiện Quy định …", "có buổi
    làm việc với Tập đoàn X để nghe báo cáo sơ kết thực hiện Nghị quyết …": the body a visit works
    with, its meeting's name and all, reports on what it carries out (not "phối hợp với", "cho")."""
    return bool(_WORKED_WITH.search(text, max(0, org.span.start - 20), org.span.start))


_WORKED_WITH: Final = patterns.compile(rf"\b(?:{cue_alternatives('works_with')})\s+$")


_LISTED: Final = patterns.compile(rf"\s*(?:,|{re.escape(cue('and'))}|,\s*{re.escape(cue('and'))})\s*")


def _listed_after_of(text: str, orgs: list[Mention]) -> set[object]:
    """The bodies of a list of three or more after "của" ("công việc của Ban Chấp hành Trung
    ương Đảng, Bộ Chính trị, Ban Bí thư"): none is an agent.  (After two, the second may be
    the clause's subject: "Thực hiện Chỉ thị ... của Ban Bí thư, Hội Nông dân tỉnh đã ...".)"""
    runs: list[list[Mention]] = []
    for i, m in enumerate(orgs):
        if i and _LISTED.fullmatch(text[orgs[i - 1].span.end:m.span.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return {m.key for run in runs if (len(run) >= 3 or len(run) == 2 and (_FOR.search(
                text[max(0, run[0].span.start - 12):run[0].span.start]) or _ENDS_A_LIST_OF_ISSUERS.match(
                text, run[-1].span.end)))
            and _NOT_AN_AGENT.search(text[max(0, run[0].span.start - 12):run[0].span.start]) for m in run}


# "… Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư về Đề án …": two bodies after "của" that what the
# documents are about (or the clause's end) follows are both the documents' issuers, the second no subject
_ENDS_A_LIST_OF_ISSUERS: Final = patterns.compile(rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:{re.escape(cue('about'))}\s|[.;])")


# "tham mưu cho Tỉnh ủy, UBND tỉnh về …": two bodies after "cho" are both whom it is for
_FOR: Final = patterns.compile(rf"(?:{cue_alternatives('not_an_owner_of_a_plan_before')})\s*$")


@register(ExtractorName.IMPLEMENTATION)
def find_implementation(view: SentenceView) -> Found:
    documents = view.found("Document")
    if not documents:
        return [], []  # every step relates the sentence's documents (most sentences have none)
    issuers, relations = issuer_relations(view, documents)
    text = view.article.text
    agents = agent_candidates(view)
    # "Công ty vinh dự đón nhận Huân chương … theo Quyết định số 2316/QĐ-CTN": the decision that gives an
    # award its receiver does not carry out
    awards = view.found("Award")
    for doc in documents:
        before = [a for a in agents if a.span.end <= doc.span.start]
        if not before or _in_title_of_another(text, doc, documents):
            continue
        agent = before[-1]
        cued = [c.end() for c in cue_pattern("implements").finditer(text, agent.span.end, doc.span.start)]
        # "ORG ban hành Kế hoạch … về thực hiện …; Chương trình … của ORG …": a cue before a ";"
        # governs its own item of the list, not the documents after it
        # "Hội duy trì phong trào … theo Kế hoạch số 118/KH-CCB …": what the body does under a document;
        # not what is done to it ("được thành lập theo Quyết định …"), nor its own ("Chủ tịch nước tặng
        # … theo Quyết định số 1672/QĐ-CTN")
        under = _UNDER_RIGHT_BEFORE.search(text, agent.span.end, _head_of_its_list(text, doc, documents).span.start)
        if under and ";" not in text[agent.span.end:doc.span.start] \
                and not _done_to_the_agent(text, view.sentence.start, agent, under.start()) \
                and not _SPEAKS.search(text, agent.span.end, under.start()) \
                and not any(agent.span.end <= a.span.start < under.start() for a in awards) \
                and not any(r.predicate == "issuedBy" and r.subject == doc.key and r.object == agent.key
                            for r in relations):
            cued.append(under.end())
        if cued and ";" not in text[cued[-1]:doc.span.start] \
                and not MERIT_OF_AN_AWARD.search(text, agent.span.end, cued[-1]) \
                and not _ASKS_SOMEONE_ELSE.search(text, agent.span.end, cued[-1]) \
                and not _in_an_outline(text, agent.span.end, cued[-1]):
            # "làm việc với Ban Thường vụ Hội Nông dân huyện X về …": a union's board speaks for it
            body = body_of_board(view, agent) if _worked_with(text, agent) else agent
            relations.append(view.relation(body, "implements", doc, ExtractorName.IMPLEMENTATION))
            listed = _listed_before(view, agent, doc, relations) if body is agent else []
            relations += listed + [view.relation(o, "implements", doc, ExtractorName.IMPLEMENTATION)
                                   for o in _asked_with(text, before) if all(r.subject != o.key for r in listed)]
        elif doc.span.start - agent.span.end <= _HELD_UNDER_REACH and _UNDER_RIGHT_BEFORE.search(
                text, agent.span.end, doc.span.start) and _HOLDS.match(text, agent.span.end, doc.span.start) \
                and not re.search(r"[,;]", text[agent.span.end:doc.span.start]):
            # "Huyện ủy X tổ chức hội nghị theo Chỉ thị số 05-CT/TU …": what the body holds is
            # held under the document
            relations.append(view.relation(agent, "implements", doc, ExtractorName.IMPLEMENTATION))
    relations += _cue_first(view, documents, agents)
    relations += _the_two_named_back(view, documents, agents)
    relations += _rewarded_for_carrying_out(view, documents)
    relations += _throughout(view, documents)
    relations += _plan_issuer(view, documents, issuers, relations)
    relations += _through_the_plan(view, documents, relations)
    relations += _own_congress(view, documents, relations)
    carried = {r.object for r in relations if r.predicate == "implements"}
    for doc in documents:
        if doc.key not in carried and not _in_title_of_another(text, doc, documents):
            relations += _by_the_speaker_s_body(view, doc)
    return issuers, _not_the_decision_that_gives(view, documents, relations)


# "… quán triệt các nội dung của Nghị quyết Trung ương 10: …; Đề cương báo cáo tổng kết thực hiện Chiến lược …":
# a cue in the title of an outline of a report, the report's subject, which no body named before carries out
_OUTLINE: Final = patterns.compile(rf"\b(?:{cue_alternatives('outline_of_a_report')})\b")


def _in_an_outline(text: str, agent_end: int, cue_end: int) -> bool:
    """Whether the cue ending at ``cue_end`` stands in an outline's title, in its item of a list."""
    return _OUTLINE.search(text, max(agent_end, text.rfind(";", agent_end, cue_end) + 1), cue_end) is not None


def _not_the_decision_that_gives(view: SentenceView, documents: list[Mention],
                                 relations: list[RelationMention]) -> list[RelationMention]:
    """ "Thực hiện Quyết định số 1132-QĐ/TU …, đợt này có 01 đảng viên được tặng Huy hiệu 70 năm tuổi Đảng …":
    a decision in a sentence that names the awards it gives is what gives them, carried out by no body (not
    one named for merit: "… vì thành tích trong thực hiện Quyết định …")."""
    awards = view.found("Award")
    if not awards:
        return relations  # most sentences name no award
    text, start = view.article.text, view.sentence.start
    giving = {d.key for d in documents if d.kind == _DECISION
              and not MERIT_OF_AN_AWARD.search(text, start, d.span.start)}
    return [r for r in relations if r.predicate != "implements" or r.object not in giving]


_DECISION: Final = "Decision"


def _listed_before(view: SentenceView, agent: Mention, doc: Mention,
                   relations: list[RelationMention]) -> list[RelationMention]:
    """ "Hội Nông dân huyện X và Hội Liên hiệp Phụ nữ huyện X đã triển khai …", "sự chủ động của Hội Nông dân
    thị xã X và Hội Nông dân xã Y trong thực hiện …": the bodies listed with the one that carries a document
    out, the list closed by "và", carry it out too; not a document's issuer, nor a body a comma alone sets
    before it ("hướng dẫn của Hội LHPN tỉnh, Hội LHPN huyện đã …": a clause's subject after another's body)."""
    text = view.article.text
    issuers = {r.object for r in view.relations + relations if r.predicate == "issuedBy"}
    bodies = sorted((m for m in view.mentions if m.type == "Organization" and m.span.end <= agent.span.start
                     and m.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)),
                    key=lambda m: m.span.start)
    listed: list[Mention] = []
    head = agent
    for m in reversed(bodies):
        join = text[m.span.end:head.span.start]
        # ("Đảng ủy – UBND – UBMTTQ phường X đã triển khai …": bodies a dash joins act together, a list of their own)
        if m.span.end > head.span.start or m.key in issuers or m.key == agent.key or not _DASHED.fullmatch(join) and (
                not _LISTED.fullmatch(join) or not listed and _AND not in f" {join} "):
            break
        listed.append(m)
        head = m
    return [view.relation(m, "implements", doc, ExtractorName.IMPLEMENTATION) for m in listed]


_AND: Final = f" {cue('and')} "


# "hai Hội trao đổi kinh nghiệm thực hiện …", "hai Đảng bộ phối hợp tổ chức học tập, quán triệt …": two bodies
# named back by their head and the number two
# (not an ordinal: "Hội nghị lần thứ hai Ban Chấp hành …")
_THE_TWO: Final = patterns.Cued(
    rf"(?<!{cue('ordinal')} )\b(?:{cue_alternatives('the_two_named_back')})\s+(?P<head>\w+(?:\s\w+)?)",
    cues("the_two_named_back"), re.IGNORECASE)
# the party organisation and its committee, one head to a reader ("hai Đảng bộ" for two "Đảng ủy …")
_ONE_HEAD: Final = {fold(a): fold(b) for a in cues("party_organisation_head") for b in cues("party_organisation_head")
                    if a != b}


def _the_two_named_back(view: SentenceView, documents: list[Mention], agents: list[Mention]) -> list[RelationMention]:
    """ "Đoàn Hội Cựu chiến binh tỉnh A về nguồn tại tỉnh B. … Dịp này, hai Hội trao đổi kinh nghiệm thực hiện
    Chỉ thị số 46-CT/TW": the two bodies of that head the article named last carry out the documents the
    clause's cue governs, where no body of the sentence stands between them and the documents."""
    text, s = view.article.text, view.sentence
    if not _THE_TWO.holds(s.text):
        return []  # no "hai" in the sentence (most sentences)
    out: list[RelationMention] = []
    for two in _THE_TWO.re.finditer(text, s.start, s.end):
        cued = cue_pattern("implements").search(text, two.end(), s.end)
        carried = [d for d in documents if cued is not None and d.span.start >= cued.end()
                   and not any(two.end() <= a.span.start < d.span.start for a in agents)
                   and not _in_title_of_another(text, d, documents)]
        if carried:
            out += [view.relation(b, "implements", d, ExtractorName.IMPLEMENTATION)
                    for b in _last_two_with_head(view, two["head"], two.start()) for d in carried]
    return out


# bodies named in full: on their own, or after a title ("Phó Chủ tịch Hội Cựu chiến binh tỉnh A")
_NAMED_IN_FULL: Final = (ExtractorName.ORGANIZATIONS, FoundAs.BODY_AFTER_POST, FoundAs.BODY_OF_PERSON_POST)


def _last_two_with_head(view: SentenceView, head: str, before: int) -> list[Mention]:
    """The two bodies last named in full whose name begins with ``head``, its two words or its first ("hai
    Hội trao đổi …"), or its other head ("Đảng ủy" for "Đảng bộ"); none where fewer than two are."""
    words = fold(head).split()
    for n in range(len(words), 0, -1):
        first = " ".join(words[:n])
        heads = {first, _ONE_HEAD.get(first, first)}
        latest: dict[str, Mention] = {}
        for m in view.article_mentions + view.mentions:
            if m.type == "Organization" and m.extractor in _NAMED_IN_FULL and m.span.end <= before \
                    and any(fold(m.label).startswith(f"{h} ") for h in heads):
                latest.pop(m.label, None)
                latest[m.label] = m
        if len(latest) >= 2:
            return _of_one_level(list(latest.values()))[-2:]
    return []


def _of_one_level(bodies: list[Mention]) -> list[Mention]:
    """Of bodies in the order last named, those of the level most named together ("Hội Cựu chiến binh tỉnh A",
    "Hội Cựu chiến binh tỉnh B" rather than "Hội Cựu chiến binh huyện C" named after them): two bodies named
    back together are two of one kind and level; all where no two share theirs."""
    by_level: dict[str, list[Mention]] = {}
    for m in bodies:
        words = fold(m.label).split()
        level = next((i for i, w in enumerate(words) if w in LEVEL_FIRST_WORDS), None)
        if level is not None:
            by_level.setdefault(" ".join(words[:level + 1]), []).append(m)
    paired = [group for group in by_level.values() if len(group) >= 2]
    return max(paired, key=lambda group: bodies.index(group[-1])) if paired else bodies


def _asked_with(text: str, before: list[Mention]) -> list[Mention]:
    """ "đề nghị Đảng ủy, Bộ CHQS tỉnh tiếp tục … thực hiện hiệu quả Nghị quyết số 15-NQ/TU": the
    bodies listed with the last one (the agent) right after a verb that asks them carry it out too
    (docs/gold-conventions/doers.md 10: a body asked to carry out a document implements it, decided by
    the shared corpus's gold)."""
    run = [before[-1]]
    for o in reversed(before[:-1]):
        if not _LISTED.fullmatch(text[o.span.end:run[0].span.start]):
            break
        run.insert(0, o)
    if len(run) < 2 or not _ASKED_RIGHT_BEFORE.search(text, max(0, run[0].span.start - 16), run[0].span.start):
        return []
    return run[:-1]


_ASKED_RIGHT_BEFORE: Final = patterns.compile(rf"\b(?:{cue_alternatives('asks_another_to_act')})\s+(?:\S+\s+)?$")


# "… của Bộ Chính trị và ", "…, ": what may stand between two documents of one list (their issuers, dates)
_BETWEEN_LISTED_DOCUMENTS: Final = patterns.compile(
    rf"[^;:.()]{{0,80}}?(?:,|\s{re.escape(cue('and'))})\s*")


def _head_of_its_list(text: str, doc: Mention, documents: list[Mention]) -> Mention:
    """The first document of the list ``doc`` ends ("theo Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế
    hoạch số 108-KH/TU"), or ``doc`` itself: what goes before the list governs each item of it."""
    head = doc
    for earlier in reversed([d for d in documents if d.span.end <= doc.span.start]):
        gap = text[earlier.span.end:head.span.start]
        if not _BETWEEN_LISTED_DOCUMENTS.fullmatch(gap) or cue_pattern("implements").search(gap) \
                or cue_pattern("issues").search(gap):
            break
        head = earlier
    return head


_FOR_WHOM: Final = patterns.compile(rf"\b{re.escape(cue('for'))}\s")
_PASSIVE_RIGHT_AFTER: Final = patterns.compile(rf"\s*(?:<[^<>]*>\s*)*{re.escape(cue('passive'))}\b")


_MERIT_FIRST_WORDS: Final = first_words(cues("merit_of_an_award"))  # where MERIT_OF_AN_AWARD's matches begin


def _rewarded_for_carrying_out(view: SentenceView, documents: list[Mention]) -> list[RelationMention]:
    """ "tặng Giấy khen cho 04 tập thể, trong đó có Đảng ủy xã A và Đảng ủy xã B, đã có thành tích xuất sắc
    trong thực hiện Quy chế dân chủ …", "Viện được Thống đốc tặng Bằng khen vì thành tích trong triển khai
    Chương trình …": the bodies an award is given to for carrying a document out carry it out (the
    ones after "cho", or else the subject that receives it), not its giver."""
    text, start = view.article.text, view.sentence.start
    out: list[RelationMention] = []
    for doc in documents:
        merit = next((m for m in matches_at_words(MERIT_OF_AN_AWARD, view.tokens, text, _MERIT_FIRST_WORDS,
                                                  pos=start, endpos=doc.span.start)
                      if ";" not in text[m.end():doc.span.start]), None)
        if merit is None or not cue_pattern("implements").search(text, merit.end(), doc.span.start):
            continue
        clause_start = max(text.rfind(";", start, merit.start()) + 1, start)
        bodies = [o for o in view.mentions if o.type == "Organization" and clause_start <= o.span.start
                  and o.span.end <= merit.start()
                  and o.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)]
        given_to = max((m.end() for m in _FOR_WHOM.finditer(text, clause_start, merit.start())), default=None)
        rewarded = [o for o in bodies if o.span.start >= given_to] if given_to is not None \
            else [o for o in bodies if _PASSIVE_RIGHT_AFTER.match(text, o.span.end)][:1]
        out += [view.relation(o, "implements", doc, ExtractorName.IMPLEMENTATION) for o in rewarded]
    return out


_OFFICER_CARRIES_OUT: Final = patterns.compile(rf"\b(?:{cue_alternatives('an_officer_carries_out_for_the_body')})\b")
_ASKS_ANOTHER: Final = patterns.compile(rf"\b(?:{cue_alternatives('asks_another_to_act')})\b")
# "Chủ tịch nước đề nghị hai cán bộ … thực hiện đúng … Hiến pháp": a body (its head) that asks others to carry a
# document out, between it and the cue, does not carry it out itself (not "chỉ đạo thực hiện": it directs its own)
_ASKS_SOMEONE_ELSE: Final = patterns.compile(rf"\b(?:{cue_alternatives('asks_someone_else')})\b")
_CLOSES_THE_APPOSITION: Final = patterns.compile(r"\s*,\s*")


def _by_the_speaker_s_body(view: SentenceView, doc: Mention) -> list[RelationMention]:
    """ "Đồng chí A, Chủ tịch Hội Nông dân tỉnh quán triệt Kết luận số 318-KL/TU": a clause whose
    subject is a body's officer, who carries the document out (not asks another to), names what
    the body carries out."""
    text, start = view.article.text, view.sentence.start
    clause_start = max(text.rfind(";", start, doc.span.start) + 1, start)
    posts = [o for o in view.mentions if o.type == "Organization" and clause_start <= o.span.start
             and o.span.end <= doc.span.start and o.extractor in (FoundAs.BODY_AFTER_POST, FoundAs.BODY_OF_PERSON_POST)]
    if not posts:
        return []
    last = max(posts, key=lambda o: o.span.end)
    if last.kind == "PartyBoard":  # "Trưởng Ban Tổ chức Quận ủy báo cáo …": the committee's work
        return []
    gap = text[last.span.end:doc.span.start]
    cued = _OFFICER_CARRIES_OUT.search(gap)
    if cued is not None and _CLOSES_THE_APPOSITION.fullmatch(gap, 0, cued.start()):
        # "Đồng chí A, Chủ tịch Hội Nông dân tỉnh, quán triệt …": the comma that closes the officer's apposition
        gap = gap[cued.start():]
    if cued is None or re.search(r"[,;:(]", gap) or MERIT_OF_AN_AWARD.search(gap) \
            or _ASKS_ANOTHER.search(text, clause_start, doc.span.start):
        return []
    return [view.relation(last, "implements", doc, ExtractorName.IMPLEMENTATION)]


_RESOLUTION_OF_A_CONGRESS: Final = f"{cue('resolution')} {cue('congress')} "
_OF_A_PARTY_ORGANISATION: Final = tuple(f" {w} " for w in (cue("party_organisation"), cue("party")))
_CARRIED_OUT_RIGHT_BEFORE: Final = patterns.compile(rf"\b(?:{cue_alternatives('carrying_out')})\s+$")
# "Để hoàn thành thắng lợi Nghị quyết Đại hội …", "… cơ bản đạt được các mục tiêu, nhiệm vụ Nghị quyết Đại hội
# Đảng bộ xã lần thứ XII đề ra": a congress's resolution carried out to its end, or the targets it set reached
_TARGETS: Final = rf"(?:{cue_alternatives('targets_of_a_resolution')})"
_CARRIED_TO_ITS_TARGETS: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('carrying_out')}|{cue_alternatives('carries_a_resolution_through')})\s+"
    rf"(?:(?:{cue_alternatives('victoriously')})\s+)?"
    rf"(?:(?:(?:{cue_alternatives('plural_markers')})\s+)?{_TARGETS}(?:\s*,\s*{_TARGETS})*"
    rf"(?:\s+(?:{cue_alternatives('targets_set_by')}))?\s+)?$")
_TARGETS_REACH: Final = 80


def _carried_out_right_before(text: str, start: int, doc: Mention, *, to_its_targets: bool = False) -> bool:
    """Whether the words right before a congress's resolution say it is carried out; with ``to_its_targets``, to
    its end or to the targets it set too, but not by one that only contributes to it ("góp phần thực hiện
    thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh …": a body under the organisation, not it)."""
    if _CARRIED_OUT_RIGHT_BEFORE.search(text, max(start, doc.span.start - 30), doc.span.start) is not None:
        return True
    if not to_its_targets:
        return False
    carried = _CARRIED_TO_ITS_TARGETS.search(text, max(start, doc.span.start - _TARGETS_REACH), doc.span.start)
    return carried is not None and _CONTRIBUTES_BEFORE.search(text, max(start, carried.start() - 12),
                                                               carried.start()) is None


_CONTRIBUTES_BEFORE: Final = patterns.compile(rf"\b(?:{cue_alternatives('contributes_to')})\s+$")


# the words of a congress's name that are not its body's ("đại biểu", "lần thứ", "khóa", "nhiệm kỳ")
_CONGRESS_WORDS: Final = frozenset(fold(w) for w in " ".join(
    [cue("delegates"), cue("nth_time"), cue("term"), *cues("term_of_office")]).split())


def _own_congress(view: SentenceView, documents: list[Mention],
                  relations: list[RelationMention]) -> list[RelationMention]:
    """ "báo cáo kết quả thực hiện Nghị quyết Đại hội Đoàn huyện lần thứ X", "… trong thực hiện
    Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XI": a mass body's congress resolution,
    carried out where the sentence names no body that carries it out, is carried out by the
    body whose congress adopted it (its issuer, or the body the article names by its words:
    "Huyện đoàn X" for "Đoàn huyện X"); not a party organisation's, which others carry out."""
    text = view.article.text
    out: list[RelationMention] = []
    for doc in documents:
        if not doc.label.startswith(_RESOLUTION_OF_A_CONGRESS) \
                or any(p in doc.label for p in _OF_A_PARTY_ORGANISATION) \
                or any(r.predicate == "implements" and r.object == doc.key for r in relations) \
                or not _carried_out_right_before(text, view.sentence.start, doc):
            continue
        issuer = next((r.object for r in (*view.relations, *relations)
                       if r.predicate == "issuedBy" and r.subject == doc.key), None)
        body = issuer or _body_by_its_words(view, doc.label.removeprefix(_RESOLUTION_OF_A_CONGRESS))
        if body is not None:
            out.append(RelationMention(body, "implements", doc.key, Span(view.sentence.start, view.sentence.end),
                                       ExtractorName.IMPLEMENTATION, view.sentence.index))
    return out


def _own_party_congress(text: str, sentences: tuple[Sentence, ...], mentions: list[Mention],
                        relations: list[RelationMention], carried: set[EntityKey]) -> list[RelationMention]:
    """ "Qua hai năm thực hiện Nghị quyết Đại hội Đảng bộ huyện X lần thứ XX, …": a party organisation's
    congress resolution, carried out where no body is said to carry it out, is carried out by the
    organisation that adopted it where the article names it as a body of its own, else by its
    committee where the article names that ("Huyện ủy X"; the format: one body, two names); not the
    party's national congress's, which every body carries out."""
    out: list[RelationMention] = []
    resolutions = [m for m in mentions if m.type == "Document" and m.label.startswith(_RESOLUTION_OF_A_CONGRESS)]
    if not resolutions:
        return out  # (most articles cite no congress's resolution)
    by_index = {s.index: s for s in sentences}
    for doc in sorted(resolutions, key=lambda m: m.sentence):  # (stable: in the text's order, as found)
        sentence = by_index.get(doc.sentence)
        if sentence is None or doc.key in carried \
                or not any(w in doc.label for w in _OF_THE_PARTY_S_UNITS) or _OF_THE_PARTY.search(doc.label) \
                or not _carried_out_right_before(text, sentence.start, doc, to_its_targets=True) \
                or _A_PLAN_CARRYING_OUT.search(text, max(sentence.start, doc.span.start - 60), doc.span.start):
            # ("Chương trình hành động thực hiện Nghị quyết Đại hội …": a plan's title, whoever issued it)
            continue
        issuer = next((r.object for r in relations if r.predicate == "issuedBy" and r.subject == doc.key), None)
        if issuer is None:
            continue
        body = issuer if _named_as_a_body(issuer.label, mentions) else None
        if body is None:
            committee = _committee_of_the_organisation(issuer.label)
            body = EntityKey("Organization", committee) \
                if committee is not None and _named_as_a_body(committee, mentions) else issuer
        carried.add(doc.key)
        out.append(RelationMention(body, "implements", doc.key, Span(sentence.start, sentence.end),
                                   FinisherName.FRONTED_DOCUMENTS, sentence.index))
    return out


_OF_THE_PARTY_S_UNITS: Final = (_OF_A_PARTY_ORGANISATION[0], f" {cue('party_cell')} ")
# "Nghị quyết Đại hội XIII của Đảng", "… Đảng toàn quốc …": the party's own, not a party organisation's
_OF_THE_PARTY: Final = patterns.compile(
    rf"\s{re.escape(cue('party'))}(?!\s+{re.escape(cue('party_organisation').split()[-1])})\b")


_A_PLAN_CARRYING_OUT: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('plans_that_carry_out', either_initial_case=True)})\s+"
    rf"(?:{cue_alternatives('carrying_out')})\s+$")


def _named_as_a_body(label: str, mentions: list[Mention]) -> bool:
    """Whether the article names ``label`` as a body of its own, not only inside a document's name."""
    docs = [m.span for m in mentions if m.type == "Document"]
    return any(m.type == "Organization" and m.label == label
               and not any(d.start <= m.span.start < d.end for d in docs) for m in mentions)


def _committee_of_the_organisation(label: str) -> str | None:
    """The committee that leads a party organisation: "Huyện ủy X" for "Đảng bộ huyện X", "Đảng ủy
    Trường Y" for "Đảng bộ Trường Y"."""
    head = _OF_A_PARTY_ORGANISATION[0].strip()
    if not label.startswith(head + " "):
        return None
    rest = label[len(head) + 1:]
    for lv in sorted(lexicon().levels, key=lambda lv: -len(lv.word)):
        if fold(rest).startswith(lv.word + " "):
            return lv.committee_of(rest[len(lv.word) + 1:])
    return f"{cue('party_committee')} {rest}"


def _body_by_its_words(view: SentenceView, name: str) -> EntityKey | None:
    """The body the article names most whose name holds every word of ``name`` but its
    congress's number and term ("Hội Liên hiệp Phụ nữ tỉnh X" for "đại biểu Phụ nữ tỉnh X lần thứ XI")."""
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", name)} - _CONGRESS_WORDS
    held = frozenset(words - {w for w in words if re.fullmatch(r"[ivxlc]+", w)})
    if not held:
        return None
    label = named_most((*view.article_mentions, *view.mentions), lambda m: held <= {fold(w) for w in m.label.split()})
    return None if label is None else EntityKey("Organization", label)


_PLANS: Final = tuple(cues("plans_that_carry_out"))


def _plan_issuer(view: SentenceView, documents: list[Mention], issuers: list[Mention],
                 relations: list[RelationMention]) -> list[RelationMention]:
    """ "Tỉnh ủy ban hành Kế hoạch số 58-KH/TU về thực hiện Nghị quyết số 41-NQ/TW": the body
    that issued a plan made to carry out a document carries that document out (not the issuer
    of a conclusion "về tiếp tục thực hiện" another, which only binds others to it)."""
    text = view.article.text
    out: list[RelationMention] = []
    for doc in documents:
        if not _in_title_of_another(text, doc, documents):
            out += _carried_by_the_plans_issuer(view, doc, documents, issuers, relations)
            continue
        plan = [d for d in documents if d.span.end <= doc.span.start][-1]
        if not text.startswith(_PLANS, plan.span.start):
            continue
        issued_by = next((r.object for r in relations if r.predicate == "issuedBy" and r.subject == plan.key), None)
        issuer = next((m for m in view.mentions + issuers if m.key == issued_by), None)
        if issuer is not None:
            out.append(view.relation(issuer, "implements", doc, ExtractorName.IMPLEMENTATION))
    return out


def _through_the_plan(view: SentenceView, documents: list[Mention],
                      relations: list[RelationMention]) -> list[RelationMention]:
    """ "Hội cũng đã triển khai Kế hoạch số 21-KH/HLG về thực hiện Chỉ thị số 41-CT/TW": a body that
    carries out a plan made to carry out a document carries that document out (doers.md item 8)."""
    text = view.article.text
    out: list[RelationMention] = []
    for i, doc in enumerate(documents):
        if not i or not _in_title_of_another(text, doc, documents):
            continue
        plan = [d for d in documents if d.span.end <= doc.span.start][-1]
        if not text.startswith(_PLANS, plan.span.start):
            continue  # "sơ kết Kết luận 01 về tiếp tục thực hiện Chỉ thị 05": a conclusion binds others to it
        out += [view.relation(next(m for m in view.mentions if m.key == r.subject), "implements", doc,
                              ExtractorName.IMPLEMENTATION)
                for r in relations if r.predicate == "implements" and r.object == plan.key
                and any(m.key == r.subject for m in view.mentions)]
    return out


# "… của Cảng vụ X triển khai thực hiện Chỉ thị …": the cue right after the plan's issuer
_CARRIES_OUT_RIGHT_AFTER: Final = patterns.compile(rf"\s+(?:(?:{cue_alternatives('implements')})\s+){{1,2}}")


def _carried_by_the_plans_issuer(view: SentenceView, doc: Mention, documents: list[Mention],
                                 issuers: list[Mention], relations: list[RelationMention]) -> list[RelationMention]:
    """ "Kế hoạch số 09/KH-CVHHQN ngày 06/02 của Cảng vụ X triển khai thực hiện Chỉ thị số 05 …": the
    body whose plan it is, named right before the cue, carries the document out."""
    earlier = [d for d in documents if d.span.end <= doc.span.start]
    if not earlier or not view.article.text.startswith(_PLANS, earlier[-1].span.start):
        return []
    plan = earlier[-1]
    issued_by = next((r.object for r in relations if r.predicate == "issuedBy" and r.subject == plan.key), None)
    issuer = next((m for m in view.mentions + issuers if m.key == issued_by and plan.span.end <= m.span.start), None)
    if issuer is None or not _CARRIES_OUT_RIGHT_AFTER.fullmatch(view.article.text, issuer.span.end, doc.span.start):
        return []
    return [view.relation(issuer, "implements", doc, ExtractorName.IMPLEMENTATION)]


# "Kết luận 01 ... về tiếp tục thực hiện Chỉ thị 05": the second document is the first's
# subject, carried out by whoever the first binds, not by the sentence's agent
_ABOUT_CARRYING_OUT: Final = patterns.compile(
    rf"\b{re.escape(cue('about'))}\s+(?:{re.escape(cue('the_matter_of'))}\s+)?(?:{re.escape(cue('continuing'))}\s+)?"
    rf"(?:{re.escape(cue('stepping_up'))}\s+)?(?:{cue_alternatives('carrying_out')})\s+$"
)


def _in_title_of_another(text: str, doc: Mention, documents: list[Mention]) -> bool:
    earlier = [d for d in documents if d.span.end <= doc.span.start]
    if not earlier:
        return False
    gap = text[earlier[-1].span.end:doc.span.start]
    return ";" not in gap and bool(_ABOUT_CARRYING_OUT.search(gap))


_THROUGHOUT_WORD: Final = re.escape(cue("throughout"))
_THROUGHOUT: Final = patterns.compile(rf"\btrong\s+(?:{_THROUGHOUT_WORD}\s+)?$")
_THROUGHOUT_RIGHT_BEFORE: Final = patterns.compile(rf"\b{_THROUGHOUT_WORD}\s+$")
_LEADS_RIGHT_BEFORE: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('following')}|{cue_alternatives('implements')})\s*$", re.IGNORECASE)
_ISSUED_RIGHT_BEFORE: Final = patterns.compile(rf"\b{re.escape(cue('issued'))}\s*$")


def _throughout(view: SentenceView, documents: list[Mention]) -> list[RelationMention]:
    """ "... để triển khai Kết luận và tiếp tục thực hiện Chỉ thị 05 trong toàn Đảng bộ tỉnh":
    the party organisation named after "trong toàn" carries out the documents the cue
    before it governs."""
    text = view.article.text
    s = view.sentence
    relations: list[RelationMention] = []
    for org in view.mentions:
        if org.type != "Organization" or org.extractor != ExtractorName.ORGANIZATIONS \
                or not _THROUGHOUT.search(text[max(s.start, org.span.start - 12):org.span.start]) \
                or not _THROUGHOUT_RIGHT_BEFORE.search(text[max(s.start, org.span.start - 6):org.span.start]):
            continue
        clause_start = max(text.rfind(";", s.start, org.span.start) + 1, s.start)
        cues = list(cue_pattern("implements").finditer(text, clause_start, org.span.start))
        if not cues:
            continue
        governed = [d for d in documents if cues[0].end() <= d.span.start and d.span.end <= org.span.start]
        relations += [view.relation(org, "implements", d, ExtractorName.IMPLEMENTATION) for d in governed]
    return relations


def _cue_first(view: SentenceView, documents: list[Mention],
               agents: list[Mention]) -> list[RelationMention]:
    """ "Thực hiện Chỉ thị ... và Kế hoạch ..., Hội LHPN tỉnh đã ...": a cue opens a clause
    (the sentence, or a part after a comma), the documents follow, and the body set off
    by a comma after them carries them out."""
    text = view.article.text
    s = view.sentence
    relations: list[RelationMention] = []
    for opening in matches_at_words(cue_pattern("implements"), view.tokens, text, _IMPLEMENTS_FIRSTS,
                                    pos=s.start, endpos=s.end):
        if not (opening.start() == s.start or _opens_a_clause(text[s.start:opening.start()])
                or _AFTER_YEARS.fullmatch(text, s.start, opening.start())):
            continue
        following = [d for d in documents if d.span.start >= opening.end()]
        if not following:
            continue
        gap = text[opening.end():min(d.span.start for d in following)]
        # the cue governs the documents right after it, or after "X ban hành" when the
        # cue is "sau khi" ("Ngay sau khi Thành ủy ban hành Kế hoạch ..., Quận ủy đã ...")
        # or after a phrase that leads to them ("Thực hiện chủ trương ... theo Nghị quyết ...")
        if len(gap) > 20 and not (len(gap) <= 80 and "," not in gap and _ISSUED_RIGHT_BEFORE.search(gap)) \
                and not (len(gap) <= 200 and "," not in gap and _LEADS_RIGHT_BEFORE.search(gap)):
            continue
        first_doc = min(d.span.start for d in following)
        after = [a for a in agents if a.span.start > first_doc
                 and _SET_OFF_BY_A_COMMA.search(text[max(s.start, a.span.start - _SET_OFF_REACH):a.span.start])]
        if not after or _PARTNERED_WITH.search(text, first_doc, after[0].span.start):
            continue
        relations += [view.relation(body, "implements", d, ExtractorName.IMPLEMENTATION)
                      for body in (after[0], *_partners_after(text, after[0], view.found("Organization")))
                      for d in following if d.span.end <= after[0].span.start]
    return relations


# "Thực hiện Kế hoạch số 4078 …, Sở Y tế đã kết hợp với UBND huyện X tổ chức …": the partners the subject works
# with, named right after it, carry the documents out with it
_PARTNERS_AFTER: Final = patterns.compile(
    rf"\s*(?:{re.escape(cue('past'))}\s+)?(?:{cue_alternatives('partners_after_the_subject')})\s+")


def _partners_after(text: str, subject: Mention, bodies: list[Mention]) -> list[Mention]:
    """The bodies named right after ``subject``'s word of working with others, a list of them."""
    joined = _PARTNERS_AFTER.match(text, subject.span.end)
    if joined is None:
        return []  # (most subjects: no partner)
    partners: list[Mention] = []
    at = joined.end()
    for body in sorted(bodies, key=lambda m: m.span.start):
        if body.extractor not in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE) \
                or body.span.start < at:
            continue
        if body.span.start != at:
            break
        partners.append(body)
        listed = _LISTED.match(text, body.span.end)
        if listed is None:
            break
        at = listed.end()
    return partners


# where cue_pattern("implements")'s matches begin: tried there only (most sentences with documents hold none)
_IMPLEMENTS_FIRSTS: Final = first_words(cues("implements"))
_PASSIVE: Final = patterns.compile(rf"\b{re.escape(cue('passive'))}\b")
# "Huyện ủy X cho biết theo Chỉ thị …, các chi bộ …": what it says others do under it
_SPEAKS: Final = patterns.compile(rf"\b(?:{cue_alternatives('speech_verbs')})\b")
# "kết nạp theo (đúng) Hướng dẫn số 12-HD/BTCTW": done under the document
_UNDER_RIGHT_BEFORE: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('following_strictly')}|{cue_alternatives('following')})\s+$")
_HELD_UNDER_REACH: Final = 120


# where a clause opens before its cue: after a comma, a semicolon or a speaker's colon ("Bà A:
# Thực hiện …", "Sáng 16/4, để triển khai …"), with the purpose it is said for at most
_OPENS_A_CLAUSE: Final = patterns.compile(
    rf"(?:^|[,;:])\s*(?:(?:{cue_alternatives('purpose_before_carrying_out')})\s+)?$", re.IGNORECASE)
_CLAUSE_MARKS: Final = ",;:"
_NO_MARK_IN_A_PURPOSE: Final = not any(mark in word for word in cues("purpose_before_carrying_out")
                                       for mark in _CLAUSE_MARKS)


def _opens_a_clause(before: str) -> bool:
    """Whether ``before`` ends where a clause opens (_OPENS_A_CLAUSE), tried only where a
    match can begin: at its last comma, semicolon or colon, after which the purpose's words
    hold none, or at its start where it has none (searched, the pattern is tried at every
    character: it ends at the text's end)."""
    if not _NO_MARK_IN_A_PURPOSE:
        return _OPENS_A_CLAUSE.search(before) is not None
    last = max(before.rfind(mark) for mark in _CLAUSE_MARKS)
    return _OPENS_A_CLAUSE.match(before, max(last, 0)) is not None
# "…, Hội Nông dân tỉnh đã …", "…, các cấp Hội Nông dân trong tỉnh đã …", "…, cơ quan Ủy ban MTTQ tỉnh
# được …": the body set off by a comma, after a word that says it whole at most
# ("…, ngày 14/9/2022 Chi bộ X đã tổ chức …": the day the main clause opens with, no comma after it; "Thực hiện
# Chỉ thị số 19-CT/TU …; Kế hoạch số 36-KH/ĐUK …; Đảng ủy Sở X đã ban hành …": a semicolon ending the list)
# ("…, các chi bộ trực thuộc Đảng bộ X đã tổ chức đại hội": its units as the subject, the body named after them
# carries the documents out for them, doers.md item 4)
_SET_OFF_BY_A_COMMA: Final = patterns.compile(
    rf"[,;]\s*(?:(?:{cue_alternatives('times_of_day')})\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?\s+)?"
    rf"(?:(?:{cue_alternatives('the_body_as_a_whole')})\s+"
    rf"|(?i:{cue_alternatives('units_of_a_party_organisation')}|{cue_alternatives('units_of_a_trade_union')}"
    rf"|{cue_alternatives('units_of_a_youth_union')})\s+(?:{cue_alternatives('directly_under')})\s+)?$")
_SET_OFF_REACH: Final = 40
_PARTNERED_WITH: Final = patterns.compile(rf"\b(?:{cue_alternatives('partnered_with')})\b")
# "Sau 10 năm thực hiện …", "Qua 5 năm triển khai …": the years the clause's cue reviews
_AFTER_YEARS: Final = patterns.compile(
    rf"\W*(?:{cue_alternatives('after_years_of')})\s+\d+\s+{re.escape(cue('year'))}\s+")


# "Thực hiện Công văn số 418 … của UBND huyện X." or "Để triển khai thực hiện Kết luận số 76 …;
# …": a sentence that opens with the documents carried out and names no body that does it
_FRONTED: Final = patterns.compile(
    rf"^\W*(?:(?:{cue_alternatives('purpose_before_carrying_out')})\s+)?(?:{cue_alternatives('implements')})\b",
    re.IGNORECASE)
# "…, UBND xã Y (đã) (long trọng) tổ chức …", "Chi bộ X đứng ra kết nạp …": the body that holds or does
# what the article reports
_HOLDS: Final = patterns.compile(
    rf"\s*(?:{re.escape(cue('past'))}\s+)?(?:(?:{cue_alternatives('solemn_words')})\s+)?"
    rf"(?:{cue_alternatives('holds_a_meeting')}|{cue_alternatives('does_what_the_news_reports')})\b")
# how many sentences after the fronted ones the body that carries them out may be named
_FRONTED_REACH: Final = 2


@register_finisher(FinisherName.FRONTED_DOCUMENTS)
def find_fronted_documents(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                           relations: list[RelationMention]) -> Found:
    """ "Thực hiện Công văn số 418/UBND-VHXH của UBND huyện X. Tối 27/4, UBND xã Y tổ chức …":
    documents cited by sentences of their own, before the news, are carried out by the body
    that holds what the news reports, named in the sentence or two after them."""
    found: list[RelationMention] = []
    docs: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "Document" and m.extractor in (ExtractorName.DOCUMENTS, FoundAs.SHORT_DOCUMENT):
            docs.setdefault(m.sentence, []).append(m)
    carried = {r.object for r in relations if r.predicate == "implements"}
    text = article.text
    found += _own_party_congress(text, sentences, mentions, relations, carried)
    if not docs:
        return [], found  # most articles cite no document
    carried |= {r.object for r in found}
    if cue("legal_basis") in text:
        found += _legal_bases(text, sentences, mentions, carried)
    pending: list[Mention] = []
    since = 0
    for sentence in sentences:
        here = docs.get(sentence.index, [])
        if here and _FRONTED.match(sentence.text) and not any(
                m.type == "Organization" and m.sentence == sentence.index and _agent_of(text, m, here)
                for m in mentions):
            pending += [d for d in here if d.key not in carried]
            since = 0
            continue
        if not pending:
            continue
        body = _holder(text, sentence, mentions)
        if body is not None:
            found += [RelationMention(host.key, "implements", d.key, Span(sentence.start, sentence.end),
                                      FinisherName.FRONTED_DOCUMENTS, sentence.index)
                      for host in _with_its_dashed_cohosts(text, body, mentions) for d in pending]
            pending = []
            continue
        since += 1
        if since >= _FRONTED_REACH:
            pending = []
    found += _reviewed_by_the_meeting(text, sentences, mentions, docs, carried | {r.object for r in found})
    found += _asked_to_go_on(text, sentences, mentions, docs, carried | {r.object for r in found})
    found += _carried_out_by_its_units(text, sentences, mentions, docs, carried | {r.object for r in found})
    issued = {r.subject for r in relations if r.predicate == "issuedBy"}
    return [], found + _adopted_by_the_meeting(text, sentences, mentions, docs, issued)


# the small letters of the Latin script, Vietnamese's among them: a word in them goes on a clause, names nothing
# "Liên hiệp hội X thành lập từ năm 1983 theo Quyết định số 121/HĐBT", "… được kiện toàn, sắp xếp lại thành Sở X
# theo Quyết định số 702/UBND": the body made (founded, reorganised, renamed) under a document, which it carries not out
_MADE_UNDER: Final = patterns.compile(rf"\b(?:{cue_alternatives('made_under_a_document')})\b")
_MADE_REACH: Final = 60  # how far before the body the verb that makes it may stand ("… thành Sở X")


def _done_to_the_agent(text: str, sentence_start: int, agent: Mention, under: int) -> bool:
    """Whether what the body does "theo" a document is done to it: passive ("được thành lập theo …"), or the
    body made under it, the verb before or after its name."""
    return _PASSIVE.search(text, agent.span.end, under) is not None \
        or _MADE_UNDER.search(text, max(sentence_start, agent.span.start - _MADE_REACH), under) is not None


# "Tại hội nghị, các đại biểu nghe báo cáo kết quả thực hiện …": the meeting as the place of the clause
# (written without its comma too: "Tại hội nghị các đại biểu được nghe quán triệt …", a word in small letters after it)
# "Được biết, đây là hoạt động nằm trong Kế hoạch số 05 …": the same, pointed back to, its word in small letters
# ("Đây là dịp để …, đồng thời triển khai thực hiện Nghị quyết …": the occasion, pointed back to only)
_MEETING_SUBJECT: Final = patterns.compile(
    rf"^\W*(?:(?:(?:{cue_alternatives('points_back_to_what_is_reported')})\s+(?:{cue_alternatives('the_occasion')})\b)|"
    rf"(?:(?:{cue_alternatives('points_back_to_what_is_reported')})\s+)?"
    rf"(?:{cue_alternatives('the_meeting_as_a_subject', either_initial_case=True)}"
    rf"|{cue_alternatives('the_undertaking_as_a_subject', either_initial_case=True)})\b"
    rf"(?:\s+(?:{re.escape(cue('also'))}|{re.escape(cue('past'))}))?\s"
    rf"|(?:{cue_alternatives('at_the_meeting')}|{cue_alternatives('at_the_occasion')})"
    rf"(?:\s*,\s*|\s+(?={patterns.SMALL_LETTER})))")
# "Ban Chấp hành Đảng bộ X nhiệm kỳ 2025 – 2030 họp …", "… khóa VI họp …": the committee's term
_TERM: Final = (rf"(?:{re.escape(cue('term'))}\s+\d{{4}}\s*[-–]\s*\d{{4}}"
                rf"|(?:{cue_alternatives('term_of_office')})\s+[IVXLC]+)")
# "Đảng bộ Viện X (KHGDVN) họp Đại hội …": the body, its abbreviation (its term) at most, and the verb
_HOLDS_THE_MEETING: Final = patterns.compile(
    rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:{_TERM}\s+)?(?:{re.escape(cue('past'))}\s+)?(?:(?:{cue_alternatives('solemn_words')})\s+)?"
    rf"(?:(?:{cue_alternatives('jointly')})\s+)?(?:{cue_alternatives('holds_the_meeting')}|{cue_alternatives('opens_a_meeting')})\b")
_PART_OF: Final = patterns.compile(rf"\b(?:{cue_alternatives('part_of')})\b")
# "Căn cứ để tổ chức Đại hội là Chỉ thị số 47-CT/TW …": the documents what the article reports is done under
_BASIS_OF_WHAT_IS_DONE: Final = patterns.compile(
    rf"\W*(?:{cue_alternatives('the_basis_of_what_is_done')})\s[^.;:,]{{1,40}}?\s{re.escape(cue('is'))}\s+")
# how many sentences before the meeting's own the body that held it may be named
_HOLDER_REACH: Final = 6
# how many before it the meeting the article reports may be named, by a body that held it
_FAR_HOLDER_REACH: Final = 12


def _reviewed_by_the_meeting(text: str, sentences: tuple[Sentence, ...], mentions: list[Mention],
                             docs: dict[int, list[Mention]], carried: set[EntityKey]) -> list[RelationMention]:
    """ "Ban Chỉ đạo … tỉnh X họp phiên thứ ba. … Cuộc họp rà soát kết quả thực hiện Nghị quyết số
    63-NQ/TW …": a sentence whose subject is the meeting and names no body that carries its
    documents out; the body that held the meeting, named in a sentence before it, does."""
    found: list[RelationMention] = []
    for i, sentence in enumerate(sentences):
        all_here = docs.get(sentence.index, [])
        here = [d for d in all_here if d.key not in carried]
        basis = _BASIS_OF_WHAT_IS_DONE.match(text, sentence.start, sentence.end) if here else None
        opening = _MEETING_SUBJECT.match(sentence.text) if here and basis is None else None
        opening_end = basis.end() if basis is not None else sentence.start + opening.end() if opening else 0
        if opening_end == 0 or any(m.type == "Organization" and m.sentence == sentence.index
                                  and _agent_of(text, m, all_here) and not _in_what_it_is_about(text, m, all_here)
                                  for m in mentions):
            continue
        # "Đại hội được chuẩn bị theo Chỉ thị số 47-CT/TW …": what the meeting is held under
        # "Hoạt động nằm trong Kế hoạch số 14 …": what the article reports is part of the document's work
        cued = basis or cue_pattern("implements").search(text, opening_end, here[0].span.start) \
            or _UNDER_RIGHT_BEFORE.search(text, opening_end, here[0].span.start) \
            or _PART_OF.search(text, opening_end, here[0].span.start) \
            or _carried_out_after_one_adopted(text, opening_end, here)
        holder = next((h for h in (_meeting_holder(text, s, mentions) for s in reversed(
            sentences[max(0, i - _HOLDER_REACH):i])) if h is not None), None) \
            or _held_further_back(text, sentences, mentions, i, sentence.text[:opening_end - sentence.start]) \
            or _host_of_the_visit(text, sentences[max(0, i - _HOLDER_REACH):i], mentions)
        # "Kỳ họp đã thông qua kết quả giám sát đối với Ban Thường vụ Huyện ủy X trong lãnh đạo thực
        # hiện …": the body named before the cue is the one that carries it out, not the meeting's
        if cued is None or holder is None or any(
                m.type == "Organization" and opening_end <= m.span.start < cued.start()
                and not _OF_RIGHT_BEFORE.search(text, max(sentence.start, m.span.start - 8), m.span.start)
                for m in mentions):
            continue
        found += [RelationMention(host.key, "implements", d.key, Span(sentence.start, sentence.end),
                                  FinisherName.FRONTED_DOCUMENTS, sentence.index)
                  for host in _with_its_dashed_cohosts(text, holder, mentions)
                  for d in here if d.span.start >= cued.end() and not _in_title_of_another(text, d, here)
                  # "… thực hiện Nghị quyết số 57-NQ/TW và thông qua Kế hoạch số 21-KH/ĐU": its own, adopted
                  and not cue_pattern("issues").search(text, cued.end(), d.span.start)]
    return found


def _host_of_the_visit(text: str, before: tuple[Sentence, ...], mentions: list[Mention]) -> Mention | None:
    """ "Đoàn công tác Ủy ban Trung ương MTTQ … đã làm việc với Ban Thường trực Ủy ban MTTQ tỉnh X. … Tại buổi
    làm việc, … đề nghị tỉnh tiếp tục thực hiện Kết luận số 112-KL/TW": where no body is said to hold the
    meeting, a working visit's host, the body it works with (its board's body), reviews what is done there."""
    indexes = {s.index for s in before}
    host = next((m for m in reversed(mentions) if m.type == "Organization" and m.sentence in indexes
                 and m.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)
                 and _worked_with(text, m)), None)
    return body_of_board_in(host, mentions) if host is not None else None


def _carried_out_after_one_adopted(text: str, opening_end: int, here: list[Mention]) -> re.Match[str] | None:
    """ "Hội nghị thống nhất ban hành Chương trình số 05 thực hiện Nghị quyết Đại hội …": the cue of what
    the meeting carries out, after a document it adopts (issued, not carried out) and before the next."""
    if len(here) < 2 or not cue_pattern("issues").search(text, opening_end, here[0].span.start):
        return None
    return _IMPLEMENTS_RIGHT_BEFORE.search(text, here[0].span.end, here[1].span.start)


_IMPLEMENTS_RIGHT_BEFORE: Final = patterns.compile(rf"\b(?:{cue_alternatives('implements')})\s+$")


_ADVERBIAL_AT_MOST: Final = patterns.compile(r"\W*(?:[^,;:.]{1,40},\s*)?")


def _carried_out_by_its_units(text: str, sentences: tuple[Sentence, ...], mentions: list[Mention],
                              docs: dict[int, list[Mention]], carried: set[EntityKey]) -> list[RelationMention]:
    """ "Các chi hội được tổ chức lại … theo Nghị quyết số 27/NQ-HĐND …", "các chi bộ trực thuộc được yêu cầu
    … sinh hoạt theo Chỉ thị 17-CT/TW": a clause whose subject is the units or members of the body the
    article is about, no body named before the document, carries it out for that body (doers.md 4)."""
    found: list[RelationMention] = []
    for sentence in sentences:
        for d in docs.get(sentence.index, []):
            if d.key in carried or any(r.object == d.key for r in found):
                continue
            clause_start = max(text.rfind(";", sentence.start, d.span.start) + 1, sentence.start)
            cued = cue_pattern("implements").search(text, clause_start, d.span.start) \
                or _UNDER_RIGHT_BEFORE.search(text, clause_start, d.span.start)
            if cued is None or any(m.type == "Organization" and m.sentence == sentence.index
                                   and clause_start <= m.span.start < d.span.start for m in mentions):
                continue
            units = body_of_the_units_before(text, mentions, clause_start, cued.start())
            # the units as the clause's subject, after an opening adverbial at most, or as whom a speaker asks
            if units is not None and (_ADVERBIAL_AT_MOST.fullmatch(text, clause_start, units[1])
                                      or _ASKS_ANOTHER.search(text, max(clause_start, units[1] - 20), units[1])):
                found.append(RelationMention(units[0].key, "implements", d.key, Span(sentence.start, sentence.end),
                                             FinisherName.FRONTED_DOCUMENTS, sentence.index))
    return found


# "đề nghị chi ủy tiếp tục quán triệt …", "đề nghị Phòng tiếp tục tham mưu … thực hiện …": whom a speaker
# asks to go on, in a few words that name no body in full, and not bodies in general ("các xã")
_ASKED_TO_GO_ON: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('asks_another_to_act')})\s+(?!(?:{cue_alternatives('generic_before_a_head')})\s)"
    rf"[^,;:.()]{{1,30}}?\s{re.escape(cue('continuing'))}\s")


def _asked_to_go_on(text: str, sentences: tuple[Sentence, ...], mentions: list[Mention],
                    docs: dict[int, list[Mention]], carried: set[EntityKey]) -> list[RelationMention]:
    """ "Sáng 5/3, Chi bộ ấp X tổ chức sinh hoạt định kỳ. … Đồng chí Bí thư Huyện ủy đề nghị chi ủy tiếp tục
    quán triệt Chỉ thị số 35-CT/TW": whom a speaker asks to go on carrying a document out carries it out
    already (doers.md item 10: the text says it does); named by no body of its own, it is the body that
    held the meeting the speaker speaks at, named in a sentence before."""
    found: list[RelationMention] = []
    for i, sentence in enumerate(sentences):
        here = [d for d in docs.get(sentence.index, []) if d.key not in carried]
        asked = _ASKED_TO_GO_ON.search(text, sentence.start, here[0].span.start) if here else None
        if asked is None or any(m.type == "Organization" and m.sentence == sentence.index
                                and asked.start() <= m.span.start < asked.end() for m in mentions):
            continue
        cued = cue_pattern("implements").search(text, asked.end() - 1, here[0].span.start)
        if cued is not None and _ADVISES.search(text, asked.end(), cued.start()):
            continue  # "đề nghị Phòng tiếp tục tham mưu cho Ban Giám đốc thực hiện …": another carries it out
        carried_out = [d for d in here if cued is not None and d.span.start >= cued.end()
                       and ";" not in text[asked.end():d.span.start] and not _in_title_of_another(text, d, here)]
        if not carried_out:
            continue
        holder = _praised_before(text, sentence, mentions, asked.start()) or next(
            (h for h in (_meeting_holder(text, s, mentions) for s in reversed(sentences[max(0, i - _HOLDER_REACH):i]))
             if h is not None), None) or _whose_event(sentence, mentions)
        if holder is not None:
            found += [RelationMention(holder.key, "implements", d.key, Span(sentence.start, sentence.end),
                                      FinisherName.FRONTED_DOCUMENTS, sentence.index) for d in carried_out]
    return found


_OF_ITS_HOLDER: Final = f" {cue('of')} "
# (doers.md item 10: a body asked only to advise the one that carries a document out does not)
_ADVISES: Final = patterns.compile(rf"\b(?:{cue_alternatives('advised')})\b")
_OF_RIGHT_BEFORE: Final = patterns.compile(rf"\b{re.escape(cue('of'))}\s+$")


def _praised_before(text: str, sentence: Sentence, mentions: list[Mention], asked: int) -> Mention | None:
    """ "đánh giá cao sự vào cuộc của Quận ủy X; đề nghị quận tiếp tục …": the body whose work the speaker
    praises, named after "của" before the request and no other body after it, is whom the speaker asks."""
    before = [m for m in mentions if m.type == "Organization" and m.sentence == sentence.index
              and m.span.end <= asked]
    last = max(before, key=lambda m: m.span.end, default=None)
    if last is None or last.extractor not in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE) \
            or not _OF_RIGHT_BEFORE.search(text, max(sentence.start, last.span.start - 8), last.span.start):
        return None
    return last


def _whose_event(sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The body whose meeting the sentence speaks at, as the meeting's label names it after "của"
    ("Sinh hoạt định kỳ tháng 3 của Chi bộ ấp X"): of the meeting the sentence names, or else the last
    one named before it."""
    events = [m for m in mentions if m.type == "Event" and m.sentence <= sentence.index]
    here = [m for m in events if m.sentence == sentence.index]
    last = here or events
    if not last or _OF_ITS_HOLDER not in last[-1].label:
        return None
    owners = [m for m in mentions if m.type == "Organization" and m.extractor == ExtractorName.ORGANIZATIONS
              and f"{_OF_ITS_HOLDER}{m.label}" in last[-1].label]
    return max(owners, key=lambda m: len(m.label), default=None)


def _held_further_back(text: str, sentences: tuple[Sentence, ...], mentions: list[Mention], i: int,
                       opening: str) -> Mention | None:
    """ "Trong hai ngày 14 và 15/01, Đảng bộ Trường X tổ chức Đại hội đại biểu lần thứ V … (ten sentences on)
    Đại hội được tổ chức theo đúng Chỉ thị số 35-CT/TW …": the meeting the article reports, named back by its
    word further than the sentences just before, was held by the body said to hold a meeting of that word."""
    word = next((w for w in _MEETING_WORDS if opening.casefold().lstrip(" \t\"'“").startswith(w)), None)
    if word is None:
        return None
    return next((h for h in (_meeting_holder(text, s, mentions) for s in reversed(
        sentences[max(0, i - _FAR_HOLDER_REACH):max(0, i - _HOLDER_REACH)]) if word in s.text.casefold())
        if h is not None), None)


# "Hội nghị (đã) (biểu quyết) thông qua Quy chế số 06-QC/TWH": the meeting as the subject that adopts it
_ADOPTS: Final = patterns.compile(
    rf"\W*(?:{cue_alternatives('the_meeting_as_a_subject')})\s+(?:{re.escape(cue('past'))}\s+)?"
    rf"(?:{re.escape(cue('voted'))}\s+)?(?:{cue_alternatives('issues')})\s+$")


def _adopted_by_the_meeting(text: str, sentences: tuple[Sentence, ...], mentions: list[Mention],
                            docs: dict[int, list[Mention]], issued: set[EntityKey]) -> list[RelationMention]:
    """ "Ban Chấp hành Trung ương Hội X họp hội nghị lần thứ ba. … Hội nghị biểu quyết thông qua Quy chế
    số 06-QC/TWH …": a document the meeting, the sentence's subject, adopts, with no issuer named, is
    issued by the body that held the meeting, named in a sentence before it."""
    found: list[RelationMention] = []
    for i, sentence in enumerate(sentences):
        here = [d for d in docs.get(sentence.index, []) if d.key not in issued]
        if not here or not _ADOPTS.fullmatch(text, sentence.start, here[0].span.start):
            continue
        holder = next((h for h in (_meeting_holder(text, s, mentions) or _whose_meeting(text, s, mentions)
                                   for s in reversed(sentences[max(0, i - _HOLDER_REACH):i])) if h is not None), None)
        if holder is not None:
            found.append(RelationMention(here[0].key, "issuedBy", holder.key, Span(sentence.start, sentence.end),
                                         FinisherName.FRONTED_DOCUMENTS, sentence.index))
    return found


# "Kỳ họp thứ 14 (kỳ họp chuyên đề) của HĐND xã X": a meeting named with the body whose it is
_MEETING_OF: Final = patterns.compile(
    rf"(?:{cue_alternatives('the_meeting_as_a_subject', either_initial_case=True)})\b[^.;,]{{0,60}}?\s"
    rf"{re.escape(cue('of'))}\s+$")


def _whose_meeting(text: str, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The body whose meeting the sentence names: "Kỳ họp thứ 14 … của HĐND xã X"."""
    return next((m for m in mentions if m.type == "Organization" and m.sentence == sentence.index
                 and m.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)
                 and _MEETING_OF.search(text, max(sentence.start, m.span.start - 80), m.span.start)), None)


_ABOUT_WORD: Final = patterns.compile(rf"\b{re.escape(cue('about'))}\b")


def _in_what_it_is_about(text: str, org: Mention, documents: list[Mention]) -> bool:
    """ "Chỉ thị số 47-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp": a body named in what a
    document is about, after "về" and no comma, carries nothing out."""
    before = [d for d in documents if d.span.end <= org.span.start]
    if not before:
        return False
    gap = text[before[-1].span.end:org.span.start]
    return not re.search(r"[,;]", gap) and bool(_ABOUT_WORD.search(gap))


def _meeting_holder(text: str, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The body that holds a meeting in the sentence: "Ban Chỉ đạo … họp phiên thứ ba"."""
    return _holding_body(text, sentence, mentions, _HOLDS_THE_MEETING)


def _holding_body(text: str, sentence: Sentence, mentions: list[Mention], holds: re.Pattern[str]) -> Mention | None:
    """The first body of the sentence that ``holds`` (its verb) follows, or the subject it holds with:
    "Sở Tư pháp phối hợp (với) Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức …", "Hội LHPN huyện cùng Liên
    đoàn Lao động huyện tổ chức …": the subject holds it, its partners help."""
    bodies = [m for m in mentions if m.type == "Organization" and m.sentence == sentence.index
              and m.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)]
    for i, m in enumerate(bodies):
        if holds.match(text, m.span.end, sentence.end):
            # "do Trung ương Hội Nông dân Việt Nam, Bộ X và UBND tỉnh Y đồng tổ chức": the first of a list
            while i and _LISTED.fullmatch(text, bodies[i - 1].span.end, bodies[i].span.start):
                i -= 1
            return next((p for p in bodies if p.span.end <= m.span.start
                         and _PARTNERS.match(text, p.span.end, bodies[i].span.start)
                         and _one_clause(text[p.span.end:m.span.start])), bodies[i])
    return None


def _one_clause(gap: str) -> bool:
    """Whether ``gap`` stays in one clause: no full stop, and no semicolon but those of a list
    a colon opens ("phối hợp với các chi đoàn: Sở Tư pháp; Sở Y tế và Đoàn cơ sở X tổ chức …")."""
    semicolon = gap.find(";")
    return "." not in gap and (semicolon < 0 or ":" in gap[:semicolon])


# "Sở X phối hợp (với) …", "Chi đoàn X (đã) phối hợp …": the body before these holds with partners
_PARTNERS: Final = patterns.compile(
    rf"\s*(?:{re.escape(cue('past'))}\s+)?(?:{cue_alternatives('partners_in_holding')})\b")


# "Căn cứ Luật …;" on a line of its own: a legal text's basis; "Bộ trưởng Bộ Nội vụ ban hành
# Thông tư …", "Ủy ban nhân dân xã X thông báo …" on a line of its own after the bases: its enacting formula
_BASIS_LINE: Final = patterns.compile(rf"^[ \t]*{re.escape(cue('legal_basis'))}\b", re.MULTILINE)
_ENACTS: Final = patterns.compile(rf"\s+(?:{cue_alternatives('enacts_after_its_bases')})\b")
# how far after the last basis the enacting formula may come, and how long the title before its body
_ENACTING_REACH: Final = 400
_ENACTING_TITLE: Final = 40
_TITLE_WORDS: Final = 3  # "Phó Chủ tịch"


def _legal_bases(text: str, sentences: tuple[Sentence, ...], mentions: list[Mention],
                 carried: set[EntityKey]) -> list[RelationMention]:
    """ "Căn cứ Luật Thi đua, khen thưởng …;\nCăn cứ Nghị định số 98/2023/NĐ-CP …;\n…\nBộ trưởng
    Bộ Nội vụ ban hành Thông tư …": the body that enacts a legal text, on a line opened by its
    name (after a title at most), carries out the documents its lines of bases cite."""
    bases = [m.start() for m in _BASIS_LINE.finditer(text)]
    if not bases:
        return []
    last_line_end = text.find("\n", bases[-1])
    if last_line_end < 0:
        return []
    enactings = list(_ENACTS.finditer(text, last_line_end, last_line_end + _ENACTING_REACH))
    if not enactings:
        resolved = _RESOLVES.search(text, last_line_end, last_line_end + _ENACTING_REACH) is not None
        found = _signer_above(text, bases[0], mentions, resolved)
    else:
        # (the first verb with a body opening its line: "… được Văn phòng Chính phủ thông báo tại …"
        # is a basis's own words, "Bộ trưởng Bộ Tài chính ban hành …" the formula)
        found = next((b for b in (_enacting_body(text, e, mentions) for e in enactings) if b is not None), None)
    if found is None or enactings and text.rfind("\n", 0, found.span.start) + 1 <= bases[-1]:
        return []
    body = found
    # a basis runs from its "Căn cứ" to the next one, or to the end of its line for the last
    spans = list(zip(bases, [*bases[1:], last_line_end], strict=True))
    cited = [m for m in mentions if m.type == "Document" and m.key not in carried
             and any(a <= m.span.start < b for a, b in spans)]
    sentence = next((s for s in sentences if s.start <= body.span.start < s.end), None)
    if sentence is None:
        return []
    return [RelationMention(body.key, "implements", d.key, Span(sentence.start, sentence.end),
                            FinisherName.FRONTED_DOCUMENTS, sentence.index)
            for d in {d.key: d for d in cited}.values()]


def _enacting_body(text: str, enacting: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """The body whose name opens the line of an enacting verb (after a title at most) and ends at it."""
    line_start = text.rfind("\n", 0, enacting.start()) + 1
    return next((m for m in mentions if m.type == "Organization" and m.span.end == enacting.start()
                 and line_start <= m.span.start <= line_start + _ENACTING_TITLE
                 and _a_title_at_most(text[line_start:m.span.start])), None)


def _a_title_at_most(before: str) -> bool:
    """ "", "Bộ trưởng ", "Phó Chủ tịch ": what may stand before the enacting body on its line (not
    "Theo chỉ đạo của Thủ tướng được …": a sentence of its own)."""
    words = before.split()
    return "," not in before and len(words) <= _TITLE_WORDS and (not words or words[0][0].isupper())


# "QUYẾT NGHỊ:" after the bases: the formula of a body that resolves as a whole
_RESOLVES: Final = patterns.compile(rf"^[ \t]*{re.escape(cue('resolves_as_a_whole'))}\b", re.MULTILINE)
# "BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO" on the line above the bases: a decision's signer
_SIGNER: Final = patterns.compile(rf"(?:{cue_alternatives('issuing_offices')})\s+(?P<body>.+)", re.IGNORECASE)


def _signer_above(text: str, first_basis: int, mentions: list[Mention], resolved: bool) -> Mention | None:
    """ "BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO\n\nCăn cứ …": the head who signs a decision, in
    capitals on the line above its bases, enacts it for the body the article names; a body that
    resolves as a whole ("HỘI ĐỒNG QUẢN TRỊ TỔNG CÔNG TY X\n\nCăn cứ …\n\nQUYẾT NGHỊ:"), named
    there itself, enacts it (a ministry's name above "QUYẾT ĐỊNH:" is its letterhead: its head decides)."""
    above = text[:first_basis].rstrip().rsplit("\n", 1)[-1].strip()
    if not above.isupper():
        return None
    signer = _SIGNER.fullmatch(above)
    if signer is None and not resolved:
        return None
    name = (signer["body"] if signer is not None else above).casefold()
    return next((m for m in mentions if m.type == "Organization" and m.extractor == ExtractorName.ORGANIZATIONS
                 and (name == m.label.casefold() or any(name == a.casefold() for a in m.aliases))), None)


def _agent_of(text: str, org: Mention, documents: list[Mention]) -> bool:
    """Whether a body the fronted sentence names may carry its documents out: one not
    named as whose they are ("của UBND huyện X")."""
    return org.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE) \
        and not any(d.span.start <= org.span.start < d.span.end for d in documents) \
        and not _NOT_AN_AGENT.search(text[max(0, org.span.start - 12):org.span.start]) \
        and not _whose_meeting_named_back(text, org)


# "Đảng ủy – UBND – UBMTTQ phường X tổ chức …": the dashes that join bodies holding something together
_DASHED: Final = patterns.compile(rf"\s*(?:{cue_alternatives('hosts_listed_with')})\s*")


def _with_its_dashed_cohosts(text: str, body: Mention, mentions: list[Mention]) -> list[Mention]:
    """ "Đảng ủy – UBND – UBMTTQ Việt Nam phường X đã tổ chức …": the bodies a dash joins to the one that
    holds what the article reports, named right before it, hold it with it (as they run a model with it:
    models._coordinated), and ``body`` itself."""
    before = sorted((m for m in mentions if m.type == "Organization" and m.sentence == body.sentence
                     and m.span.end <= body.span.start
                     and m.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)),
                    key=lambda m: m.span.end)
    hosts = [body]
    for m in reversed(before):
        if not _DASHED.fullmatch(text, m.span.end, hosts[0].span.start):
            break
        hosts.insert(0, m)
    return hosts


def _holder(text: str, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The body that holds something in the sentence: "UBND xã Y (đã) tổ chức …"."""
    return _holding_body(text, sentence, mentions, _HOLDS)
