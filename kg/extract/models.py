"""Models of practice, movements and campaigns: quoted names and the units that run them.

    mô hình “A”, “B” của ORG         both A and B are ORG's
    ORG duy trì mô hình “A”           A is ORG's
    ORG cùng ORG2 xây dựng mô hình “A”  A is both's

A quote is a model unless it is speech (a long or punctuated sentence, after
"cho biết:"), a document's title ("Về ..."), or the name of a medal or project.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Final

from kg.extract import Found, SentenceView, patterns, register, register_finisher
from kg.extract.awards import MERIT_OF_AN_AWARD
from kg.extract.context import named_most, the_one_named
from kg.extract.lexicon import clean_label, cue, cue_alternatives, cues, fold, lexicon
from kg.extract.tokens import first_words, matches_at_words
from kg.model import Article, EntityKey, ExtractorName, FinisherName, FoundAs, Mention, RelationMention, Sentence, Span
from kg.text import match_key

# (one letter too: "điểm "d" Khoản "1"" pairs its quotes around "d" and "1", not " Khoản ")
_QUOTE: Final = patterns.compile(r"[“\"]\s*(?P<inner>[^“”\"]{1,160}?)\s*[”\"]")
# these are anchored at the end (or both ends): the order of the alternatives does not matter
_NOT_MODEL_BEFORE: Final = patterns.compile(  # or a document's number ("CT/TW"), or a year, or
    # markup left in a page's text (<meta name="author" content="Viện X">: an attribute's value)
    rf"(?:{cue_alternatives('not_a_model_before')}|[A-ZĐ]{{2,}}/[A-ZĐ]+|\d{{4}}|[\w-]=)\s*$"
)
_QUALITY_BEFORE: Final = patterns.compile(rf"(?:{cue_alternatives('a_quality_before')})\s*$")
_SPEECH_BEFORE: Final = patterns.compile(rf"(?::|{cue_alternatives('speech_verbs')})\s*$")
# "“…”, ông A nói", "“…”, Tổng Bí thư nói": the speaker, or a speech verb a few words on
_SPEECH_AFTER: Final = patterns.compile(rf"^\s*,\s*(?:(?:{cue_alternatives('speaker_after_a_quote')})\b"
                                        rf"|(?:[^\s,.;:]+\s+){{1,4}}(?:{cue_alternatives('speech_verbs')})\b)")
# "…năm 2025: Phong trào “A” và Phong trào “B”": the kind opening a list's item in capitals too
_CUE: Final = patterns.compile(rf"(?:{cue_alternatives('names_a_movement_before', either_initial_case=True)})\s*$")
_AND: Final = re.escape(cue("and"))
# "theo tinh thần “7 dám”", "phát động “Tháng hành động vì trẻ em”": what is carried out, said before a quote
# that names no kind of movement
_CARRIED_OUT: Final = patterns.compile(
    rf"(?i:{cue_alternatives('names_a_movement_before')}|{cue_alternatives('carries_out_a_movement_before')})"
    r"(?:\s+[^\s,.;:“”\"()]+){0,5}\s*$")
# "phong trào “A”, cuộc vận động “B” và mô hình “C”": a list, each item with its kind or not
_LISTED_WITH_ITS_KIND: Final = rf"(?:,|{_AND}|,\s*{_AND})\s*(?:(?:{cue_alternatives('names_a_movement_before')})\s*)?"
_JOIN: Final = patterns.compile(rf"^\s*{_LISTED_WITH_ITS_KIND}$")
_COORDINATION: Final = patterns.compile(
    rf"^\s*(?:{cue_alternatives('coordinates_with')}|{cue_alternatives('hosts_listed_with')})\s*$")
_A_COMMA: Final = patterns.compile(r"\s*,\s*")
_ABOUT: Final = cue("about").capitalize()  # "Về ...": a document's title
_OWNER_AFTER: Final = patterns.compile(rf"[”\"\s]*{re.escape(cue('of'))}\s+")
_RUN_BY_AFTER: Final = patterns.compile(
    # ("Chương trình “A” năm 2018 do …": the model's year before who runs it)
    rf"[”\"\s]*(?:\([^()]*\)\s*)?(?:{re.escape(cue('year'))}\s+\d{{4}}\s+)?"
    rf"(?:(?:{cue_alternatives('aspect_before_a_passive_agent')})\s+)?"
    rf"(?:{cue_alternatives('by_whom_after_a_model')})\s+(?:{cue_alternatives('at_all_levels')}\s+)?")
# "… mà Hội Nông dân huyện X đang triển khai", "do Hội X đã và đang nhân rộng": a time or aspect word
# or two between the body and its verb
_RUNS_RIGHT_AFTER: Final = patterns.compile(
    rf"\s+(?:(?:{re.escape(cue('past'))}|{re.escape(cue('and'))}|{cue_alternatives('jointly_before_the_verb')}"
    rf"|{cue_alternatives('aspect_before_a_passive_agent')})\s+)*"
    rf"(?:{cue_alternatives('runs_a_model')})\b")
_NOT_AN_OWNER: Final = patterns.compile(
    rf"(?:{cue_alternatives('not_an_owner_before')}|\b(?:{cue_alternatives('not_a_clause_subject_before')}))\s*$")


# "5 xây, 5 chống", "6 biết": a slogan of numbered watchwords, each a count and a word or two
_WATCHWORD: Final = r"\d{1,2}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
_NUMBERED_SLOGAN: Final = patterns.compile(rf"{_WATCHWORD}(?:\s*,\s*{_WATCHWORD})*")


@cache
def _award_kind_before() -> re.Pattern[str]:
    """ "Huy hiệu “Tuổi trẻ dũng cảm”": a quote right after an award's kind names the award."""
    kinds = sorted(lexicon().award_kinds, key=len, reverse=True)
    # in capitals too, in a title: "QUY CHẾ XÉT TẶNG KỶ NIỆM CHƯƠNG “VÌ SỰ NGHIỆP …”"
    return patterns.compile(r"(?:" + patterns.alternatives(kinds, at_word_start=True) + r")\s*$", re.IGNORECASE)


def _names_an_award(inner: str) -> bool:
    """ "“Giải thưởng Hồ Chí Minh”", "“Chiến sĩ thi đua toàn quốc”": an award's name in quotes;
    or an event's ("“Ngày hội Đại đoàn kết toàn dân tộc”", "“Hội thi Dân vận khéo”")."""
    return inner in lexicon().whole_awards or any(inner.startswith(f"{kind} ") for kind in lexicon().award_kinds) \
        or any(inner.startswith(f"{head} ") for head in lexicon().event_heads)


def is_model_name(inner: str, max_words: int = 14, *, named_as_one: bool = False) -> bool:
    """Whether a quote may name a model: capitalised, or a slogan of numbered watchwords; in
    small letters or opening with a count too where the text calls it a model ("mô hình “cất
    nhà tình thương”", "mô hình “1 hội viên khá giúp 1 hội viên nghèo”")."""
    words = inner.split()
    if not words or len(words) > max_words or not (inner[0].isupper() or _NUMBERED_SLOGAN.fullmatch(inner)
                                                   or named_as_one and inner[0].isalnum()):
        return False
    if re.search(r"[.!?;:]\s*$", inner) or re.search(r"[.!?]\s", inner):
        return False
    return not inner.startswith((f"{_ABOUT} ", f"{_ABOUT}\u00a0", *_NO_MODEL_OPENINGS)) and not _a_motto(inner)


_MOTTO_WORDS: Final = frozenset(fold(w) for w in cues("watchwords_of_a_motto"))
_NO_MODEL_OPENINGS: Final = tuple(f"{w} " for w in cues("no_model_begins_with"))
_LEAST_WATCHWORDS: Final = 3


def _a_motto(inner: str) -> bool:
    """Whether a quote is a motto: three or more watchwords joined by dashes ("Đoàn kết – Dân chủ – Kỷ
    cương – Đổi mới")."""
    items = [fold(item.strip()) for item in re.split(r"\s+[-–—]\s+", inner)]
    return len(items) >= _LEAST_WATCHWORDS and all(item in _MOTTO_WORDS for item in items)


# "Đại hội thành công tốt đẹp với phương châm “A”", "Phương châm Đại hội chọn là “B”", "Đại hội đã thông
# qua Nghị quyết với tinh thần “C”": a meeting's theme, not a model its body runs (doers.md item 17)
_THEME_WORD: Final = patterns.compile(rf"\b(?:{cue_alternatives('themes_of_a_meeting')})\b", re.IGNORECASE)
_MEETING_WORD: Final = patterns.compile(rf"\b(?:{cue_alternatives('the_meeting_as_a_subject')})\b", re.IGNORECASE)


def _a_meeting_s_theme(text: str, before: str, quote_start: int) -> bool:
    """Whether a theme word stands just before the quote in a clause that names a meeting."""
    if _THEME_WORD.search(before) is None:
        return False
    clause_start = max(text.rfind(";", 0, quote_start), text.rfind(".", 0, quote_start)) + 1
    return _MEETING_WORD.search(text, clause_start, quote_start) is not None


# "Ngày hội hiến máu tình nguyện “A”", "danh hiệu vững mạnh toàn diện “B”": the head of the noun phrase the
# quote names, a few small words before it (the phrase's modifiers: no mark, no capital, no model's kind)
_HEAD_OF_NO_MODEL: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('heads_a_name_that_is_no_model')})(?P<modifiers>(?:\s+[^\s“”\"]+){{0,4}})\s*$")
_MODEL_KIND_WORDS: Final = frozenset(w for kind in cues("names_a_movement_before") for w in kind.lower().split())


def _headed_by_no_model(before: str) -> bool:
    """Whether the words right before a quote are the modifiers of a head that names no model: small
    words or numbers after it ("hiến máu tình nguyện", "dự thi", "30"), none of them a model's kind."""
    head = _HEAD_OF_NO_MODEL.search(before)
    if head is None:
        return False
    words = head["modifiers"].split()
    return all((w[0].islower() or w[0].isdigit()) and w.isalnum() and w.lower() not in _MODEL_KIND_WORDS
               for w in words)


# "Chỉ thị số 25-CT/TW ngày 8-8-2018 của Ban Bí thư về “A”": a quote after "về" in the clause of a document
# named just before is the document's title, what it is about, not a model a body runs
_TITLE_BEFORE: Final = patterns.compile(rf"\s(?:{cue_alternatives('a_document_s_title_before')})\s*:?\s*$")
_TITLE_REACH: Final = 100


def _a_document_s_title(view: SentenceView, before: str, quote_start: int) -> bool:
    if _TITLE_BEFORE.search(before) is None:
        return False  # (most quotes: a cheap test before the sentence's documents are looked at)
    base, text = view.sentence.start, view.sentence.text
    return any(quote_start - _TITLE_REACH <= d.span.end - base <= quote_start
               and not re.search(r"[;“”\"]", text[d.span.end - base:quote_start]) for d in view.found("Document"))


# "TỔ CHỨC GIẢI BÓNG CHUYỀN HƠI “MỪNG ĐẢNG - MỪNG XUÂN”", "THÔNG QUA KẾ HOẠCH HỘI THI “NHÀ NÔNG ĐUA TÀI”": a
# quote in capitals, a heading's, names what the heading does, a model only where its kind says so ("RA MẮT MÔ
# HÌNH “TỔ LIÊN GIA TỰ QUẢN”")
_KIND_IN_ANY_CASE: Final = patterns.compile(rf"(?:{cue_alternatives('names_a_movement_before')})\s*$", re.IGNORECASE)


_KINDS_OPENING_A_NAME: Final = tuple(f"{fold(kind)} " for kind in cues("names_a_movement_before"))


def named_as_a_movement(text: str, start: int, label: str) -> bool:
    """Whether the model named at ``start`` of ``text`` is called one by its kind, before its
    quote ("phong trào “A”") or in its name ("Chiến dịch Thanh niên tình nguyện hè")."""
    before = text[max(0, start - 41):start].rstrip("“\"‘ ")
    return _CUE.search(before) is not None or fold(label).startswith(_KINDS_OPENING_A_NAME)


def _a_heading_s_quote(inner: str, before: str) -> bool:
    return inner.isupper() and " " in inner and _KIND_IN_ANY_CASE.search(before) is None


@register(ExtractorName.MODELS)
def find_models(view: SentenceView) -> Found:
    text = view.sentence.text
    base = view.sentence.start
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    chain: list[Mention] = []
    last_end, cued, unlisted_end = -1, False, -1
    # (a text without an opening quote, most sentences, has no match: str's `in` tells it at
    # once, where the engine tests each character against _QUOTE's first class)
    for m in _QUOTE.finditer(text) if "“" in text or '"' in text else ():
        inner = m["inner"]
        before = text[max(0, m.start() - 40):m.start()]
        joined = bool(chain) and bool(_JOIN.match(text[last_end:m.start()]))
        if not joined:
            _assign(view, chain, mentions, relations)
            chain = []
        # a movement's name may be a long slogan when the text says it is one, as may the
        # names listed after it ("phong trào thi đua “A”, “B”")
        cued_here = _CUE.search(before) is not None
        cued = cued_here or (joined and cued)
        # (or the next item of a list of models after a semicolon: "mô hình “A” của X; “B” tại Y")
        cued = cued or _CARRIED_OUT.search(before) is not None or bool(mentions) and before.rstrip().endswith(";")
        if not cued:
            # a quote the text does not call a movement nor carry out: a book's, a programme's, a page's title, a
            # saying (of the repository texts' quotes so read, 135 were no model and 73 one)
            unlisted_end = m.end()
            continue
        longest = 30 if cued else 14
        if not is_model_name(inner, longest, named_as_one=cued_here) or _SPEECH_BEFORE.search(before) \
                or _SPEECH_AFTER.match(text[m.end():]) or _a_heading_s_quote(inner, before):
            unlisted_end = m.end()  # ("thương hiệu như: “A”, “B”": those listed after it name no model either)
            continue
        if not joined and (_NOT_MODEL_BEFORE.search(before) or _award_kind_before().search(before)
                           or _QUALITY_BEFORE.search(before) or _a_meeting_s_theme(text, before, m.start())
                           or _headed_by_no_model(before) or _a_document_s_title(view, before, m.start())
                           or not cued_here and _listed_after(text, unlisted_end, m.start())):
            # ("liên khúc “A” và “B”, “C”": the quotes listed after one that names no model name none)
            unlisted_end = m.end()
            continue
        if view.covered(base + m.start(), base + m.end(), ("Document", "Award", "Event")) or _names_an_award(inner):
            continue
        label, aliases = _as_named_before(view, mentions, clean_label(inner))
        mention = view.mention_at("PracticeModel", base + m.start("inner"), base + m.end("inner"),
                                  label, ExtractorName.MODELS, aliases=aliases)
        mentions.append(mention)
        chain.append(mention)
        last_end = m.end()
    _assign(view, chain, mentions, relations)
    _unquoted(view, mentions, relations)
    if "‘" in text:
        _single_quoted(view, mentions, relations)
    return mentions, relations


def _listed_after(text: str, end: int, start: int) -> bool:
    return end >= 0 and _JOIN.match(text[end:start]) is not None


# "mô hình “Chi hội phụ nữ 5 không 3 sạch” … Mô hình “Chi hội phụ nữ 5 không, 3 sạch”", "“Mừng Đảng - Mừng Xuân”" and
# "“Mừng Đảng- Mừng Xuân”": one model written with a comma or a dash spaced or not, named as the article first did
_COMMAS_AND_DASHES: Final = patterns.compile(r"\s*[,\-–]\s*|\s+")


def _as_named_before(view: SentenceView, mentions: list[Mention], label: str) -> tuple[str, tuple[str, ...]]:
    """The label of the model the article named before that ``label`` writes otherwise (``label`` then its
    alias), else ``label``."""
    key = _COMMAS_AND_DASHES.sub(" ", fold(label))  # (asked once a model is found: a few times an article)
    for found in (view.article_mentions, mentions):  # (not one tuple of both: the article's are many)
        for m in found:
            if m.type == "PracticeModel" and m.label != label and _COMMAS_AND_DASHES.sub(" ", fold(m.label)) == key:
                return m.label, (label,)
    return label, ()


# "… ông nhấn mạnh cần nhân rộng mô hình ‘Tổ dân vận 3 cùng’.”": a model in single quotes,
# inside a quotation, where the text calls it one
_SINGLE_QUOTED: Final = patterns.compile(
    rf"(?:{cue_alternatives('names_a_movement_before')})\s+‘\s*(?P<name>[^‘’“”\"]{{2,120}}?)\s*’")


def _single_quoted(view: SentenceView, mentions: list[Mention], relations: list[RelationMention]) -> None:
    text, base = view.sentence.text, view.sentence.start
    for m in _SINGLE_QUOTED.finditer(text):
        start, end = base + m.start("name"), base + m.end("name")
        if not is_model_name(m["name"], 30, named_as_one=True) or any(
                x.span.start < end and start < x.span.end for x in mentions):
            continue
        mention = view.mention_at("PracticeModel", start, end, clean_label(m["name"]), ExtractorName.MODELS)
        mentions.append(mention)
        _assign(view, [mention], mentions, relations)


# "phong trào thi đua Dân vận khéo của Ban Dân vận Trung ương", "mô hình Camera giám sát an
# ninh trật tự.": a name of a few words without digits, ending at "của" or a stop
_UNQUOTED: Final = patterns.compile(
    rf"(?:{cue_alternatives('names_a_movement_unquoted', at_word_start=True)})"
    rf"\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){{0,7}}?)"
    # ("phong trào thi đua Quyết thắng năm 2025.", "… năm học 2025 – 2026": the year it is run in ends it too)
    rf"(?=\s+{re.escape(cue('of'))}\s|\s+{re.escape(cue('year'))}\s+(?:{re.escape(cue('school_year_word'))}\s+)?\d{{4}}\b"
    rf"|\s*[,.;]|\s*$)"
)
_UNQUOTED_FIRST_WORDS: Final = first_words(cues("names_a_movement_unquoted"))  # where _UNQUOTED's matches begin


_CAMPAIGN_KIND: Final = tuple(cues("names_a_campaign_with_its_kind"))
# "ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 do …": a campaign named in capitals with its kind
# and its year, not quoted; a name of capitals only is a battle's ("Chiến dịch Điện Biên Phủ")
_CAMPAIGN: Final = patterns.Gated(
    rf"(?:{cue_alternatives('names_a_campaign_with_its_kind', at_word_start=True)})"
    rf"\s+[^\W\d_]+(?:\s+[^\W\d_]+){{1,7}}?(?:\s+(?:{re.escape(cue('year'))}\s+)?(?P<year>\d{{4}}))?"
    rf"(?=\s+(?:{cue_alternatives('ends_a_campaign_name')})\s|\s*[,.;:(]|\s*$)")


def _campaigns(view: SentenceView, mentions: list[Mention], relations: list[RelationMention]) -> None:
    text, base = view.sentence.text, view.sentence.start
    for m in _CAMPAIGN.finditer(text):
        words = m[0].split()
        # ("Chiến dịch thanh niên tình nguyện hè năm 2018": a name in small letters, the year's campaign)
        if not (words[2][0].isupper() or m["year"] is not None and m[0][0].isupper()) \
                or all(w[0].isupper() or w.isdigit() for w in words[2:]) \
                or m["year"] is not None and m["year"] < "2000":
            continue
        start, end = base + m.start(), base + m.end()
        if any(x.span.start < end and start < x.span.end for x in (*view.mentions, *mentions)):
            continue
        mention = view.mention_at("PracticeModel", start, end, clean_label(m[0]), ExtractorName.MODELS)
        mentions.append(mention)
        # "… có thành tích xuất sắc trong Chiến dịch … năm 2023": a past year's, the merit of an award,
        # a model still but run by no body the sentence names (doers.md items 13 and 5)
        if not MERIT_OF_AN_AWARD.search(text, 0, m.start()):
            _assign(view, [mention], mentions, relations)


# "phát động Tháng Thanh niên năm 2023": a month of action, its year with it where the text gives one
_MONTH_OF_ACTION: Final = patterns.compile(
    rf"(?<!\w)(?:{cue_alternatives('months_of_action')})(?:\s+{re.escape(cue('year'))}\s+\d{{4}})?(?!\w)",
    re.IGNORECASE)
_MONTH: Final = cues("months_of_action")[0].split()[0]


def _months_of_action(view: SentenceView, mentions: list[Mention], relations: list[RelationMention]) -> None:
    """Each month of action named, those listed together ("Tháng Công nhân, Tháng hành động … của LĐLĐ tỉnh")
    run by the same body."""
    text, base = view.sentence.text, view.sentence.start
    if _MONTH not in text:
        return  # (a capitalised month's name, which most sentences lack: the case-blind search is slow)
    chain: list[Mention] = []
    for m in _MONTH_OF_ACTION.finditer(text):
        start, end = base + m.start(), base + m.end()
        if not m[0].startswith(_MONTH) or any(x.span.start < end and start < x.span.end
                                              for x in (*view.mentions, *mentions)):
            continue
        mention = view.mention_at("PracticeModel", start, end, clean_label(m[0]), ExtractorName.MODELS)
        mentions.append(mention)
        if chain and not _JOIN.match(view.article.text[chain[-1].span.end:start]):
            _assign(view, chain, mentions, relations)
            chain = []
        chain.append(mention)
    _assign(view, chain, mentions, relations)


def _unquoted(view: SentenceView, mentions: list[Mention], relations: list[RelationMention]) -> None:
    text, base = view.sentence.text, view.sentence.start
    if any(kind in text for kind in _CAMPAIGN_KIND):  # most sentences name no campaign
        _campaigns(view, mentions, relations)
    if _MONTH in text:
        _months_of_action(view, mentions, relations)
    for m in matches_at_words(_UNQUOTED, view.tokens, text, _UNQUOTED_FIRST_WORDS, offset=base):
        start, end = base + m.start("name"), base + m.end("name")
        if not m["name"][0].isupper() or any(x.span.start < end and start < x.span.end
                                              for x in (*view.mentions, *mentions)):
            continue
        mention = view.mention_at("PracticeModel", start, end, clean_label(m["name"]), ExtractorName.MODELS)
        mentions.append(mention)
        _assign(view, [mention], mentions, relations)


def _assign(view: SentenceView, chain: list[Mention], mentions: list[Mention],
            relations: list[RelationMention]) -> None:
    if not chain:
        return
    for owner in owners(view, chain[0].span.start, chain[-1].span.end):
        if owner.extractor == ExtractorName.MODELS and owner not in mentions:
            mentions.append(owner)  # a body named inside its central committee's name, found here
        for model in chain:
            relations.append(view.relation(owner, "practices", model, ExtractorName.MODELS))


_DOCUMENTS: Final = ("Document",)
_FOR_RIGHT_BEFORE: Final = patterns.compile(rf"\b{re.escape(cue('for'))}\s+$")
_PASSIVE_AFTER: Final = patterns.compile(rf"\s+{re.escape(cue('passive'))}\b")
_LISTED_AFTER: Final = patterns.compile(rf"\s*(?:,\s*|,?\s*{_AND}\s+)")


def _rewarded(text: str, orgs: list[Mention]) -> list[Mention]:
    """The body rewarded for a model it runs: the one an award is given to ("tặng Bằng khen cho
    Hội X"), or the subject that receives it ("Hội X được Hội Y tặng Giấy khen"); not the giver."""
    given_to = [o for o in orgs if _FOR_RIGHT_BEFORE.search(text, max(0, o.span.start - 6), o.span.start)]
    if given_to:
        # "trao Cờ thi đua cho Trung đoàn A và Ban Chỉ huy Quân sự phường B vì …": each listed after "cho"
        return _with_those_listed_after(text, given_to[-1], orgs)
    return [o for o in orgs if _PASSIVE_AFTER.match(text, o.span.end)][:1]


def owners(view: SentenceView, start: int, end: int) -> list[Mention]:
    """The units a quoted model belongs to: "của ORG" after it, else the clause's subject."""
    text = view.article.text
    orgs = sorted(
        # not the body of a post in a person's title ("ông A, Phó Chủ tịch UBND huyện X đề nghị …"), nor
        # the issuer's code in a document's number ("Nghị quyết số 1657-NQ/QUTW": a document's, no subject)
        (m for m in view.mentions if m.type == "Organization"
         and m.extractor not in (FoundAs.NESTED, FoundAs.BODY_AFTER_POST, FoundAs.BODY_OF_PERSON_POST)
         and not view.covered(m.span.start, m.span.end, _DOCUMENTS)),
        key=lambda m: m.span.start,
    )
    for org in orgs:
        if org.span.start >= end and _OWNER_AFTER.fullmatch(text[end:org.span.start]):
            return [org]
        # "phong trào “A” do Ủy ban MTTQ thành phố phát động": the body that runs it, after it
        if org.span.start >= end and _RUN_BY_AFTER.fullmatch(text, end, org.span.start):
            # ("do A, B và C phối hợp tổ chức": the bodies listed, together)
            listed = _with_those_listed_after(text, org, orgs)
            if _RUNS_RIGHT_AFTER.match(text, listed[-1].span.end):
                return listed
        # "Mô hình “A” được nhân rộng ở Công ty X và Công ty Y": the bodies where it is run
        if org.span.start >= end and _RUN_AT_AFTER.fullmatch(text, end, org.span.start):
            return _with_those_listed_after(text, org, orgs)
    clause_start = _clause_start(text, view.sentence.start, start)
    merit = MERIT_OF_AN_AWARD.search(text, clause_start, start)
    if merit is not None:
        return _rewarded(text, [o for o in orgs if clause_start <= o.span.start and o.span.end <= merit.start()])
    before = _subjects_before(text, orgs, clause_start, start)
    if not before and clause_start > view.sentence.start and _goes_on_with_the_first_subject(text, view.sentence.start,
                                                                                           clause_start, start):
        first_end = text.find(";", view.sentence.start, start)
        before = _subjects_before(text, orgs, view.sentence.start, first_end)[:1]
    if not before:
        return _issuer_of_a_document_about_it(view, orgs, clause_start, start) \
            or _body_of_the_speaker(view, orgs, clause_start, start) \
            or _body_of_the_officer_named_before(view, clause_start, start) \
            or _holder_of_the_meeting(view, orgs, start, end) \
            or _run_throughout(view, orgs, clause_start, start, end) \
            or _named_back_by_its_head(view, clause_start, start)
    return [body_of_board(view, org) for org in _coordinated(text, before)]


# "Kế hoạch số 70-KH/BDVTW, ngày 26/02/2009 của Ban Dân vận Trung ương": a document's issuer after it
_ISSUER_AFTER_A_DOCUMENT: Final = patterns.compile(
    rf"\s*,?\s*(?:{re.escape(cue('day'))}\s+[\d/.-]+\s*)?{re.escape(cue('of'))}\s+$")
# "… về (việc) triển khai thực hiện phong trào thi đua “": what the document is about, launching or running a model
_ABOUT_RUNNING_A_MODEL: Final = patterns.compile(
    rf"\s+{re.escape(cue('about'))}\s+(?:{re.escape(cue('the_matter_of'))}\s+)?"
    rf"(?:(?:{cue_alternatives('runs_a_model')})\s+){{1,2}}(?:{cue_alternatives('names_a_movement_before')})\s*[“\"]?$")


def _issuer_of_a_document_about_it(view: SentenceView, orgs: list[Mention], clause_start: int,
                                   start: int) -> list[Mention]:
    """ "Thực hiện Kế hoạch số 70-KH/BDVTW ngày 26/02/2009 của Ban Dân vận Trung ương về triển khai thực hiện
    phong trào thi đua “Dân vận khéo”; …": where the clause names no subject, the body that issued a document
    about launching or running the model (its issuer, after "của") runs it (as a plan's issuer carries out
    what the plan carries out: doers.md item 8)."""
    text = view.article.text
    docs = [d for d in view.found("Document") if clause_start <= d.span.start and d.span.end <= start]
    for org in reversed(orgs):
        if org.span.end > start or org.span.start < clause_start:
            continue
        if _ABOUT_RUNNING_A_MODEL.fullmatch(text, org.span.end, start) and any(
                _ISSUER_AFTER_A_DOCUMENT.fullmatch(text, d.span.end, org.span.start) for d in docs):
            return [org]
        break  # only the body right before what the document is about
    return []


def _coordinated(text: str, before: list[Mention]) -> list[Mention]:
    """The subject that ends ``before`` and those it acts with: "A cùng B", "A – B – C", and a list after
    the word that joins its partners ("A phối hợp với B, C tổ chức …": commas part partners only there)."""
    chosen = [before[-1]]
    pending: list[Mention] = []
    for prev in reversed(before[:-1]):
        gap = text[prev.span.end:(pending or chosen)[0].span.start]
        if _COORDINATION.match(gap):
            chosen[:0] = [prev, *pending]
            pending = []
        elif _A_COMMA.fullmatch(gap):
            pending.insert(0, prev)
        else:
            break
    return chosen


# "giới thiệu 3 mô hình tiêu biểu: Mô hình “A”; Mô hình “B”": after a colon, items of a list of
# models, each with its kind or not, parted by semicolons; then the next item's opening
_KIND_OF_AN_ITEM: Final = rf"(?:(?:{cue_alternatives('names_a_movement_before', either_initial_case=True)})\s*)?"
_MODELS_LISTED_AFTER_A_COLON: Final = patterns.compile(
    rf"(?:\s*{_KIND_OF_AN_ITEM}[“\"][^“”\";:.]*[”\"]\s*;)+\s*{_KIND_OF_AN_ITEM}[“\"]?")


def _clause_start(text: str, sentence_start: int, start: int) -> int:
    """Where the clause that names a model at ``start`` begins: after the last ";" before it, but
    where the semicolons part the items of a list a colon opens, the clause of the colon (whose
    subject runs every model listed)."""
    semicolon = text.rfind(";", sentence_start, start)
    if semicolon < 0:
        return sentence_start
    colon = text.rfind(":", sentence_start, semicolon)
    if colon >= 0 and _MODELS_LISTED_AFTER_A_COLON.fullmatch(text, colon + 1, start):
        return max(text.rfind(";", sentence_start, colon) + 1, sentence_start)
    return semicolon + 1


_RUN_AT_AFTER: Final = patterns.compile(
    rf"[”\"\s]*(?:(?:{cue_alternatives('aspect_before_a_passive_agent')})\s+)?{re.escape(cue('passive'))}\s+"
    rf"(?:{cue_alternatives('runs_a_model')}|{cue_alternatives('keeps_its_own_model')})\s+"
    rf"(?:{cue_alternatives('where_a_model_is_run')})\s+")


def _with_those_listed_after(text: str, first: Mention, orgs: list[Mention]) -> list[Mention]:
    """``first`` and the bodies listed after it, each joined to the one before by "," or "và"."""
    listed = [first]
    for org in orgs:
        if org.span.start > listed[-1].span.end and _LISTED_AFTER.fullmatch(text, listed[-1].span.end, org.span.start):
            listed.append(org)
    return listed


def _goes_on_with_the_first_subject(text: str, sentence_start: int, clause_start: int, start: int) -> bool:
    """Whether a clause after a semicolon goes on with the subject of the sentence's first: one that
    opens with its verb ("Hội Nông dân xã đã vận động …; thành lập thêm tổ hội “A” …"), or with the
    model, what the subject's report tells of next ("Công đoàn Công ty đã ký …; phong trào “B” có
    312 sáng kiến …"); not an item of a list of models a colon opens ("… như: mô hình “C” của X; “D” tại
    …"), where a colon opens a report ("… điểm lại: bệnh viện đã …; mô hình “E” …") it does."""
    if _GOES_ON_WITH_A_VERB.match(text, clause_start):
        return True
    if _OPENS_ITS_CLAUSE.fullmatch(text, clause_start, start) is None:
        return False
    colon = text.rfind(":", sentence_start, clause_start)
    first_item = text[colon + 1:text.find(";", colon + 1, clause_start)] if colon >= 0 else ""
    return not any(quote in first_item for quote in _OPENING_QUOTES)


_OPENING_QUOTES: Final = ("“", '"')


# the verbs a report's next clause opens with, its subject left out
_GOES_ON_WITH_A_VERB: Final = patterns.compile(
    rf"\s*(?:(?:{cue_alternatives('goes_on_with_the_subject')})\s+)?(?:{cue_alternatives('runs_a_model')}|"
    rf"{cue_alternatives('starts_or_keeps_a_model')})\b")


# "ôn lại truyền thống 93 năm Ngày thành lập Mặt trận …, báo cáo kết quả thực hiện Cuộc vận động “A”": a body
# named in the anniversary the day marks is whose day it is, not the subject that runs the model
_FOUNDING_DAY_OF: Final = patterns.compile(rf"\b(?:{cue_alternatives('founding_day_of')})\s+$")
_FOUNDING_DAY_REACH: Final = 24


def _subjects_before(text: str, orgs: list[Mention], start: int, end: int) -> list[Mention]:
    """The bodies between ``start`` and ``end`` that may be a clause's subject: not after "của",
    "cho" …, nor inside another's name."""
    return [o for o in orgs if start <= o.span.start and o.span.end <= end
            and not _NOT_AN_OWNER.search(text[max(0, o.span.start - 10):o.span.start])
            and not _FOUNDING_DAY_OF.search(text, max(0, o.span.start - _FOUNDING_DAY_REACH), o.span.start)
            and not any(p.span.start <= o.span.start and o.span.end <= p.span.end and p is not o for p in orgs)]


# "Hội nghị (cũng) …", or a clause set at the meeting or occasion the article reports ("Tại buổi gặp mặt, …")
_MEETING_SUBJECT: Final = patterns.compile(
    rf"^\W*(?:(?:{cue_alternatives('the_meeting_as_a_subject')})\b(?:\s+(?:{re.escape(cue('also'))}|{re.escape(cue('past'))}))?\s"
    rf"|(?:{cue_alternatives('at_the_meeting')}|{cue_alternatives('at_the_occasion')})\s*,\s*)")
_RUNS_IN_THE_CLAUSE: Final = patterns.compile(rf"\b(?:{cue_alternatives('runs_a_model')})\b")
_HOLDS_THE_MEETING: Final = patterns.compile(
    rf"\s*(?:{re.escape(cue('past'))}\s+)?(?:{cue_alternatives('holds_the_meeting')})\b")
# "Đại hội Công đoàn Đường sắt Việt Nam lần thứ VII được tổ chức …": the body whose meeting it is
_MEETING_OF_RIGHT_BEFORE: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('the_meeting_as_a_subject')})\s+(?:{re.escape(cue('delegates'))}\s+)?$")
# how many sentences before the meeting's own the body that held it may be named
_HOLDER_REACH: Final = 6
_HOLDS_WITH_A_PARTNER: Final = patterns.compile(
    rf"\s*(?:{re.escape(cue('past'))}\s+)?(?:{cue_alternatives('partners_in_holding')})(?:\s+{re.escape(cue('held_with'))})?\s+")
_NAMED_BODIES: Final = (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)


# "Ban Công tác Mặt trận ấp X, xã Y, huyện Z tổ chức …": a part of the address a body's name may be followed
# by, a level (as written or short: "TP.") and a name in capitals
_LEVELS_AS_WRITTEN: Final = sorted({w for lv in lexicon().levels for w in (lv.word, lv.written)}, key=len, reverse=True)
_ADDRESS_LEVEL: Final = patterns.compile(
    rf"\s*,\s*(?:{patterns.alternatives(_LEVELS_AS_WRITTEN)})\.?\s+", re.IGNORECASE)
_A_WORD: Final = patterns.compile(r"\w+\s*")
_ADDRESS_WORDS: Final = 4


def after_its_address(text: str, pos: int) -> int:
    """Where the address after a body's name at ``pos`` ends (", xã Y, huyện Z"), ``pos`` where none follows."""
    end = pos
    while (part := _ADDRESS_LEVEL.match(text, end)) is not None:
        i, words = part.end(), 0
        while words < _ADDRESS_WORDS and (word := _A_WORD.match(text, i)) is not None \
                and (word[0][0].isupper() or word[0][0].isdigit()):
            i, words = word.end(), words + 1
        if not words:
            break
        end = len(text[:i].rstrip())
    return end


def _holder_of_the_meeting(view: SentenceView, orgs: list[Mention], start: int, end: int) -> list[Mention]:
    """ "Ban Chấp hành Công đoàn X tổ chức Đại hội … Đại hội phát động phong trào thi đua “A”": a
    sentence whose subject is the meeting, which launches or runs the model, and names no body
    before it: the body that held the meeting, named before, runs the model."""
    text, sentence = view.article.text, view.sentence
    opening = _MEETING_SUBJECT.match(sentence.text)
    # (a body named after "của", a document's issuer, is no subject: "… thực hiện Chỉ thị số 21 của Ban Bí thư")
    if opening is None or _subjects_before(text, orgs, sentence.start, start) \
            or not _RUNS_IN_THE_CLAUSE.search(text, sentence.start + opening.end(), start) \
            or _ASKS_ANOTHER.search(text, sentence.start + opening.end(), start) \
            or _OWNER_AFTER.match(text, end):
        # (what someone at the meeting asks another to run is the other's; "mô hình “A” của Đoàn
        # Thanh niên Trường": its own owner, named after it, read as a body or not)
        return []
    for m in reversed(view.article_mentions):
        if m.sentence < sentence.index - _HOLDER_REACH:
            break
        if m.type == "Organization" and m.extractor in _NAMED_BODIES \
                and (_HOLDS_THE_MEETING.match(text, after_its_address(text, m.span.end))
                     or _MEETING_OF_RIGHT_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)):
            # "Hội LHPN thị xã X cùng Liên đoàn Lao động thị xã tổ chức …": the subject holds it, its partner helps
            partner = next((p for p in view.article_mentions if p.sentence == m.sentence and p.type == "Organization"
                            and p.extractor in _NAMED_BODIES and p.span.end < m.span.start
                            and _HOLDS_WITH_A_PARTNER.fullmatch(text, p.span.end, m.span.start)), None)
            # "Ban Thường trực Ủy ban MTTQ huyện X tổ chức gặp mặt …": the body its board holds it for
            return [_body_for_its_board(partner or m, view.article_mentions)]
    return []


# "Đại hội thống nhất phát động phong trào “A” trong toàn Hiệp hội": the body it is run throughout
_THROUGHOUT_AFTER: Final = patterns.compile(
    rf"[”\"]?\s*{re.escape(cue('within'))}\s+{re.escape(cue('throughout'))}\s+")


def _run_throughout(view: SentenceView, orgs: list[Mention], clause_start: int, start: int, end: int) -> list[Mention]:
    """A model a clause with no body for its subject launches or runs "trong toàn" a body: that body's."""
    text = view.article.text
    if not _RUNS_IN_THE_CLAUSE.search(text, clause_start, start):
        return []
    return [o for o in orgs if o.span.start >= end and _THROUGHOUT_AFTER.fullmatch(text, end, o.span.start)][:1]


_TELLS_OF_A_MODEL: Final = patterns.compile(rf"\b(?:{cue_alternatives('a_post_holder_tells_of_the_body_s_model')})\b")
_ASKS_ANOTHER: Final = patterns.compile(rf"\b(?:{cue_alternatives('asks_another_to_act')})\b")
_CLOSES_THE_APPOSITION: Final = patterns.compile(r"\s*,\s*")


def _body_of_the_speaker(view: SentenceView, orgs: list[Mention], clause_start: int, start: int) -> list[Mention]:
    """ "bà A - Phó Chủ tịch Hội LHPN huyện X giới thiệu … mô hình “B”": a clause whose subject is
    a body's officer, who tells of the model (not asks another to run it), names the body's model."""
    text = view.article.text
    posts = [o for o in view.mentions if o.type == "Organization" and clause_start <= o.span.start
             and o.span.end <= start and o.extractor in (FoundAs.BODY_AFTER_POST, FoundAs.BODY_OF_PERSON_POST)]
    if not posts:
        return []
    last = max(posts, key=lambda o: o.span.end)
    told = _TELLS_OF_A_MODEL.search(text, last.span.end, start)
    # "cho biết: …" goes on with the officer's words, whose subject is another
    # "Bí thư Đảng ủy, Chủ tịch HĐQT X cho biết": a later post, not read as a body, speaks
    # "chị A, Bí thư Đoàn Thanh niên X, kể lại …": the comma that closes the officer's apposition
    between = text[last.span.end:told.start()] if told is not None else ""
    if told is None or ("," in between and not _CLOSES_THE_APPOSITION.fullmatch(between)) \
            or _ASKS_ANOTHER.search(text, clause_start, start) \
            or text[told.end():start].lstrip().startswith(":"):
        return []
    body = body_of_board(view, last)
    central, central_label = _CENTRAL_COMMITTEE.match(last.text), _CENTRAL_COMMITTEE.match(last.label)
    if central is not None and central_label is not None:
        # "ông A, Chủ tịch Trung ương Hội Làm vườn Việt Nam cho biết, phong trào “B” …": the association's
        body = view.mention_at("Organization", last.span.start + central.end(), last.span.end,
                               last.label[central_label.end():], ExtractorName.MODELS, kind=last.kind)
    # the model is the body's, not its board's, and the board is not named alone
    if body is last and (_BOARD.match(last.text) or central is not None):
        return []
    return [body]


def _body_of_the_officer_named_before(view: SentenceView, clause_start: int, start: int) -> list[Mention]:
    """ "Chủ trì Hội nghị có … đồng chí A, Chủ tịch Công đoàn Tổng công ty. … Đồng chí A báo cáo việc
    thực hiện … phong trào “B”": a clause whose subject is a person the article named before with one
    post, who tells of the model (not asks another to run it), names the model of that post's body."""
    text = view.article.text
    people = [m for m in view.mentions if m.type == "Person" and clause_start <= m.span.start < start]
    if not people or not view.context.post_holders \
            or any(o.type == "Organization" and clause_start <= o.span.start < start for o in view.mentions):
        return []
    first = min(people, key=lambda m: m.span.start)
    told = _TELLS_OF_A_MODEL.search(text, first.span.end, start)
    if told is None or text[first.span.end:told.start()].strip() or _ASKS_ANOTHER.search(text, clause_start, start):
        return []  # the verb right after the name
    held = {body for (_, body), holders in view.context.post_holders.items() if first.label in holders}
    if len(held) != 1:
        return []
    return [m for m in view.article_mentions if m.type == "Organization" and m.extractor != FoundAs.NESTED
            and match_key(m.label) in held][-1:]


_BOARD: Final = patterns.compile(rf"(?:{cue_alternatives('boards_that_run_their_body_s_models')})\s+")
_CENTRAL_COMMITTEE: Final = patterns.compile(rf"(?:{cue_alternatives('a_body_s_central_committee')})\s+")
_PARTY_KINDS: Final = ("PartyCommittee", "PartyOrganization", "PartyBoard")


def body_of_board(view: SentenceView, org: Mention) -> Mention:
    """ "Ban Chấp hành Công đoàn Tổng công ty ... hưởng ứng phong trào “A”": the model is the
    union's, whose board speaks for it; a party committee's board stays (annotators keep it)."""
    return _body_for_its_board(org, view.mentions)


def body_of_board_in(org: Mention, mentions: list[Mention]) -> Mention:
    """The body a board named in ``mentions`` speaks for (body_of_board, outside a sentence's view)."""
    return _body_for_its_board(org, mentions)


def _body_for_its_board(org: Mention, mentions: list[Mention]) -> Mention:
    board = _BOARD.match(org.text)
    if board is None:
        return org
    body_start = org.span.start + board.end()
    for m in mentions:
        if m.type == "Organization" and m.extractor == FoundAs.NESTED and m.span.start == body_start \
                and m.span.end == org.span.end:
            return org if m.kind in _PARTY_KINDS else m
    return org


# "Các cấp hội được yêu cầu gắn đại hội với thi đua “A”", "Nhiều chi hội đã gắn sinh hoạt với cuộc
# vận động “B”": the association's levels and members, not a body by its name
_MEMBERS_OF_AN_ASSOCIATION: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('members_of_an_association')})\b", re.IGNORECASE)
# "Phương châm “A” được các chi hội thực hiện": the association's levels, the passive's agent after the model
_RUN_BY_MEMBERS_AFTER: Final = patterns.compile(
    rf"[”\"]?\s*(?:(?:{cue_alternatives('aspect_before_a_passive_agent')})\s+)?{re.escape(cue('passive'))}\s+"
    rf"(?:{cue_alternatives('members_of_an_association')})\b", re.IGNORECASE)
_ASSOCIATION: Final = cue("association")
_COUNCIL: Final = cue("council")


def _is_an_association(label: str) -> bool:
    """ "Hội Liên hiệp Phụ nữ xã X", not a council ("Hội đồng nhân dân xã X")."""
    return label.startswith(f"{_ASSOCIATION} ") and not label.startswith(f"{_COUNCIL} ")


# the model is the clause's subject: nothing before it but its kind ("; phong trào “A” …")
_OPENS_ITS_CLAUSE: Final = patterns.compile(
    rf"\s*(?:(?:{cue_alternatives('names_a_movement_before', either_initial_case=True)})\s*)?[“\"]?")


# "các công đoàn cơ sở", "các chi bộ": the units of a union or a party organisation, which run its
# movements ("Phong trào “A” tiếp tục được các công đoàn cơ sở duy trì"); "các cấp công đoàn": a union's
# levels, the union's or labour federation's; each with the heads of the bodies whose units they are
_UNITS_OF_BODIES: Final = tuple(
    (patterns.compile(rf"\b(?:{cue_alternatives(units)})\b", re.IGNORECASE),
     patterns.compile(rf"[”\"]?\s*(?:(?:{cue_alternatives('aspect_before_a_passive_agent')})\s+)?"
                      rf"{re.escape(cue('passive'))}\s+(?:[\d.]+\s+)?(?:{cue_alternatives(units)})\b", re.IGNORECASE),
     tuple(f"{name} " for head in heads for name in cues(head)))
    for units, heads in (("units_of_a_trade_union", ("trade_union",)),
                         ("units_of_a_party_organisation", ("party_organisation", "party_committee")),
                         ("levels_of_a_trade_union", ("heads_of_a_trade_union",)),
                         ("units_of_a_youth_union", ("heads_of_a_youth_union",))))


@register_finisher(FinisherName.MEMBERS_MODELS)
def find_models_of_the_members(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                               relations: list[RelationMention]) -> Found:
    """A model no body in its sentence runs, whose clause names an association's levels or members
    ("các cấp hội", "chi hội", "hội viên"), is run by the association the article names most; one
    whose clause names a union's or a party organisation's units ("các công đoàn cơ sở", "các chi
    bộ"), before it or as the agent after it, by the union or party organisation it names most."""
    owned = {r.object for r in relations if r.predicate == "practices"}
    unowned = [m for m in mentions if m.type == "PracticeModel" and m.key not in owned]
    if not unowned:
        return [], []
    text = article.text
    by_index = {s.index: s for s in sentences}
    association = _most_named(mentions, _is_an_association)
    front: Mention | None = None  # the Front's body the article names most, looked for where a campaign is its
    found: list[RelationMention] = []
    for model in unowned:
        sentence = by_index.get(model.sentence)
        if sentence is None or any(r.object == model.key for r in found):
            continue
        own_clause = max(text.rfind(";", sentence.start, model.span.start) + 1, sentence.start)
        clause_start = own_clause
        if _OPENS_ITS_CLAUSE.fullmatch(text, clause_start, model.span.start):
            # "các cấp Hội … đã vận động …; phong trào “A” tiếp tục lan rộng": a report's next
            # clause, whose subject the model is, goes on about the levels named before it
            clause_start = sentence.start
        owner = None
        if association is not None and (_MEMBERS_OF_AN_ASSOCIATION.search(text, clause_start, model.span.start)
                                        or _RUN_BY_MEMBERS_AFTER.match(text, model.span.end)):
            # "Chị A, Chủ tịch Hội LHPN xã kể lại …: 9 chi hội duy trì mô hình “B”": the one association
            # the sentence names before the model, if any, whose levels these are
            here = {m.label: m for m in mentions if m.type == "Organization" and m.sentence == sentence.index
                    and _is_an_association(m.label) and m.span.end <= model.span.start}
            owner = next(iter(here.values())) if len(here) == 1 else association
        else:
            owner = _body_of_the_units(text, mentions, own_clause, model)  # its own clause only
        if owner is None and fold(model.label).startswith(_CAMPAIGNS_OF_THE_FRONT):
            owner = front = front if front is not None else _most_named(mentions, _is_a_front_body)
        if owner is not None:
            found.append(RelationMention(owner.key, "practices", model.key, Span(sentence.start, sentence.end),
                                         FinisherName.MEMBERS_MODELS, sentence.index))
    return [], found


# "MTTQ các cấp huyện X đã triển khai … các cuộc vận động, trọng tâm là cuộc vận động “Toàn dân đoàn kết xây
# dựng nông thôn mới, đô thị văn minh”": a campaign of the Fatherland Front, named where no body runs it in its
# sentence, is run by the Front's body the article names most (its committee, or a hamlet's front board)
_CAMPAIGNS_OF_THE_FRONT: Final = tuple(fold(c) for c in cues("campaigns_of_the_front"))
_FRONT_BODIES: Final = tuple(f"{b} " for b in cues("bodies_of_the_front"))


def _is_a_front_body(label: str) -> bool:
    return label.startswith(_FRONT_BODIES)


def _most_named(mentions: list[Mention], kind: Callable[[str], bool]) -> Mention | None:
    """The body of a kind the article names most (the first of those named most), if it names one."""
    label = named_most(mentions, lambda m: kind(m.label))
    return None if label is None else next(m for m in mentions if m.type == "Organization" and m.label == label)


def body_of_the_units_before(text: str, mentions: list[Mention], clause_start: int,
                             at: int) -> tuple[Mention, int] | None:
    """The body whose units or levels the clause names before ``at`` ("Các chi hội …", "các chi bộ trực
    thuộc …"), the association, union or party organisation the article names most (doers.md 4), and
    where the clause names them; not its members ("hội viên")."""
    members = _MEMBERS_OF_AN_ASSOCIATION.search(text, clause_start, at)
    if members is not None and not _MEMBERS_NOT_UNITS.fullmatch(members.group()):
        body = _most_named(mentions, _is_an_association)
        return (body, members.start()) if body is not None else None
    found = next(((units, heads) for before, _, heads in _UNITS_OF_BODIES
                  if (units := before.search(text, clause_start, at)) is not None
                  and not _OWNER_AFTER.match(text, units.end())), None)
    if found is None:
        return None
    named: tuple[str, ...] = found[1]
    body = _most_named(mentions, lambda label: label.startswith(named))
    return (body, found[0].start()) if body is not None else None


_MEMBERS_NOT_UNITS: Final = patterns.compile(rf"(?:{cue_alternatives('members_not_units')})", re.IGNORECASE)


def _body_of_the_units(text: str, mentions: list[Mention], clause_start: int, model: Mention) -> Mention | None:
    """The union or party organisation whose units the model's clause names running it."""
    named = next((heads for before, after, heads in _UNITS_OF_BODIES
                  if (units := before.search(text, clause_start, model.span.start)) is not None
                  and not _OWNER_AFTER.match(text, units.end()) or after.match(text, model.span.end)), None)
    if named is None:
        return None  # (nor units named as another's: "các chi đoàn của cụm …")
    heads: tuple[str, ...] = named
    return _most_named(mentions, lambda label: label.startswith(heads))


# "Các đơn vị tiếp tục nhân rộng mô hình “A”, mô hình “B”": the verb, then the model (a list's
# items each with its kind or not); "Phong trào “C” và mô hình “D” được duy trì": the model, then
# the verb in the passive
_KEPT_RIGHT_BEFORE: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('keeps_its_own_model', either_initial_case=True)})\s+"
    rf"(?:[“\"]?\s*(?:{cue_alternatives('names_a_movement_before', either_initial_case=True)})\s*)?[“\"]?\s*$")
_KEPT_RIGHT_AFTER: Final = patterns.compile(
    rf"[”\"]?\s*(?:(?:{cue_alternatives('aspect_before_a_passive_agent')})\s+)?"
    rf"(?:{re.escape(cue('passive'))}\s+)?(?:{cue_alternatives('keeps_its_own_model')})\b")
_LIST_JOIN: Final = patterns.compile(rf"[”\"]?\s*{_LISTED_WITH_ITS_KIND}[“\"]?\s*")  # _JOIN, between the quotes


def _kept_by_its_own_body(text: str, models: list[Mention]) -> list[Mention]:
    """The models of one sentence that a verb of keeping or spreading governs, before them or,
    passive, after them, across a list of them."""
    kept = [m for m in models if _KEPT_RIGHT_BEFORE.search(text, max(0, m.span.start - 60), m.span.start)
            or _KEPT_RIGHT_AFTER.match(text, m.span.end)]
    pairs = [(models[i], models[i + 1]) for i in range(len(models) - 1)
             if _LIST_JOIN.fullmatch(text, models[i].span.end, models[i + 1].span.start)]
    for a, b in pairs:  # along a list, forwards from a kept item …
        if a in kept and b not in kept:
            kept.append(b)
    for a, b in reversed(pairs):  # … and backwards from one kept in the passive after it
        if b in kept and a not in kept:
            kept.append(a)
    return kept


def _article_s_body(sentences: tuple[Sentence, ...], mentions: list[Mention]) -> Mention | None:
    """The body the article is about: the one its headline names standing alone (not inside
    another's name), if it names one; a body's executive board stands for the body ("Ban Chấp
    hành Hội Nông dân tỉnh X"). (The subject its lead opens with is, as often as not, another:
    the unit's party committee, or the group whose member companies run the model.)"""
    if not sentences:
        return None
    first = sentences[0].index
    named = the_one_named(mentions, lambda m: m.sentence == first and m.extractor in _NAMED_BODIES)
    return _body_for_its_board(named, mentions) if named is not None else None


# "Chiến dịch kéo dài đến hết tháng 8, gồm chương trình “A” và bốn chiến dịch thành phần “B”, “C”": the
# parts a campaign is made of, listed after its kind and a word that says they are its parts
_PARTS_OF_A_CAMPAIGN: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('kinds_of_a_campaign_s_parts')})\b[^;]*?\b(?:{cue_alternatives('parts_of_a_campaign')})\b",
    re.IGNORECASE)


def _parts_of_a_campaign(text: str, sentences: tuple[Sentence, ...], models: list[Mention],
                         relations: list[RelationMention], owned: set[EntityKey]) -> list[RelationMention]:
    """The models a campaign is said to be made of ("gồm", "chiến dịch thành phần") are run by the body
    that runs the campaign: the last named by its kind ("Chiến dịch … hè năm 2024") before them."""
    # the body named first as running it (not a partner named with it: "… phối hợp với Huyện ủy X tổ chức …")
    runs: dict[EntityKey, EntityKey] = {}
    for r in relations:
        if r.predicate == "practices" and r.object.label.startswith(_CAMPAIGN_KIND):
            runs.setdefault(r.object, r.subject)
    if not runs:
        return []
    by_index = {s.index: s for s in sentences}
    found: list[RelationMention] = []
    for model in models:
        sentence = by_index.get(model.sentence)
        if sentence is None or model.key in owned or model.key in runs:
            continue
        clause_start = max(text.rfind(";", sentence.start, model.span.start) + 1, sentence.start)
        whole = next((m for m in reversed(models) if m.key in runs and m.span.end <= model.span.start), None)
        if whole is None or not _PARTS_OF_A_CAMPAIGN.search(text, clause_start, model.span.start):
            continue
        owned.add(model.key)
        found.append(RelationMention(runs[whole.key], "practices", model.key, Span(sentence.start, sentence.end),
                                     FinisherName.ARTICLE_BODY_MODELS, sentence.index))
    return found


@register_finisher(FinisherName.ARTICLE_BODY_MODELS)
def find_models_of_the_article_s_body(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                                      relations: list[RelationMention]) -> Found:
    """A model no body runs, which a verb of keeping or spreading governs in a sentence that names
    no body before it ("Các đơn vị tiếp tục nhân rộng mô hình “A”", "Phong trào “B” được duy trì
    đều đặn"), is run by the body the article is about: the one its headline names."""
    owned = {r.object for r in relations if r.predicate == "practices"}
    models = sorted((m for m in mentions if m.type == "PracticeModel"), key=lambda m: m.span.start)
    parts = _parts_of_a_campaign(article.text, sentences, models, relations, owned)  # (now owned too)
    return [], parts + _models_of_the_article_s_body(article, sentences, mentions, models, owned)


def _models_of_the_article_s_body(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                                  models: list[Mention], owned: set[EntityKey]) -> list[RelationMention]:
    if all(m.key in owned for m in models):
        return []
    body = _article_s_body(sentences, mentions)
    if body is None:
        return []
    found: list[RelationMention] = []
    for sentence in sentences[1:]:
        here = sorted((m for m in models if m.sentence == sentence.index), key=lambda m: m.span.start)
        for model in _kept_by_its_own_body(article.text, here):
            if model.key in owned or any(r.object == model.key for r in found) or any(
                    m.type == "Organization" and m.sentence == sentence.index and m.span.start < model.span.start
                    for m in mentions) or _names_a_subject_unread(article.text, sentence.start, model.span.start):
                continue
            found.append(RelationMention(body.key, "practices", model.key, Span(sentence.start, sentence.end),
                                         FinisherName.ARTICLE_BODY_MODELS, sentence.index))
    return found


# "Nhiệm kỳ qua, Chi đoàn đã hoàn thành … và duy trì phong trào “A”": a clause whose subject is a body's
# head alone, capitalised, after an opening adverbial at most, and a word a clause goes on with
_HEAD_AS_THE_SUBJECT: Final = patterns.compile(
    rf"\s*(?:[^,;:“”\"]{{1,60}},\s*)?(?P<head>\w+(?:\s+\w+)?)\s+(?:{cue_alternatives('after_a_body_named_back')})\b")


def _named_back_by_its_head(view: SentenceView, clause_start: int, start: int) -> list[Mention]:
    """The one body named in full before whose name begins with the head a clause opens with."""
    opening = _HEAD_AS_THE_SUBJECT.match(view.article.text, clause_start, start)
    # a capitalised head, its second word in small letters ("Chi đoàn", "Công đoàn"; not a name)
    if opening is None:
        return []
    words = opening["head"].split()
    if not words[0][0].isupper() or any(not w[0].islower() for w in words[1:]):
        return []
    # a head the grammar knows as a body's ("Chi đoàn", "Công ty"), not a level's word ("Tỉnh", "Huyện")
    folded = tuple(fold(w) for w in words)
    if not any(h.words == folded for h in lexicon().org_heads_at(folded[0])):
        return []
    head = opening["head"].lower() + " "
    body = the_one_named(view.article_mentions, lambda m: m.extractor in _NAMED_BODIES
                         and m.label.lower().startswith(head))
    return [body] if body is not None else []


def _names_a_subject_unread(text: str, sentence_start: int, start: int) -> bool:
    """Whether the clause before a model names someone in capitals the rules did not read as a body
    ("Công đoàn Trường đẩy mạnh phong trào “A”"): a capitalised word after the clause's first, not the
    model's kind, which is no subject left unnamed."""
    clause_start = max(text.rfind(";", sentence_start, start) + 1, sentence_start)
    words = text[clause_start:start].split()
    return any(w[0].isupper() for w in words[1:] if w.strip("“\"").lower() not in _MODEL_KIND_WORDS)
