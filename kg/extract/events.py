"""Events: congresses, conferences, sessions and ceremonies, where they took place.

A capitalised head ("Hội nghị", "Lễ", "Kỳ họp") begins an event's name, which runs
to the next date, place or clause ("ngày", "tại", ","); a later lower-case "hội
nghị" or "buổi lễ" refers back to it.  "Kỳ họp thứ N" is named with the body that
holds it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from kg.extract import Found, SentenceView, patterns, register, register_finisher
from kg.extract.grammar import UNCLE_HO
from kg.extract.lexicon import (
    clean_label,
    cue,
    cue_alternatives,
    cue_pattern,
    cues,
    either_initial,
    fold,
    lexicon,
    surface_words,
)
from kg.extract.tokens import Token, first_words, matches_at_words
from kg.extract.truecase import truecased
from kg.model import Article, EntityKey, ExtractorName, FinisherName, FoundAs, Mention, RelationMention, Sentence, Span

_OF: Final = cue("of")
_DAY_WORD: Final = cue("day")
_TERM_WORD: Final = cue("term")
_NTH: Final = cue("nth_time")
_TERM_OF_OFFICE: Final = cues("term_of_office")  # alternatives: the first is how labels write it
_CONGRESS_HEAD: Final = cue("congress")
_CONFERENCE: Final = cue("conference")
_SESSION_HEAD: Final = cue("session_head")
_RESOLUTION: Final = cue("resolution")
_CEREMONY: Final = cue("ceremony")
_OCCASION: Final = cue("occasion")
# Every stop begins at the text's start or end, at white space, a mark or a capital (as the
# branches below say): a look ahead for those first, where each branch was tried at every character
# (not the dot of a level's abbreviation: "Đại hội đại biểu MTTQ Việt Nam TP. Phan Thiết lần thứ X")
_AFTER_A_LEVEL_ABBREVIATED: Final = "".join(dict.fromkeys(
    rf"(?<!\b{re.escape(form)})" for lv in lexicon().levels if len(lv.surface) > 1
    for form in (lv.surface.upper(), lv.surface.capitalize())))
_STOP: Final = patterns.compile(r"(?:(?=[\s,.;:>»)…A-Z\u0110])|^|$)"
                         # (nor "ngày" before a day's name in capitals: "Lễ kỷ niệm 60 năm ngày Bác Hồ về thăm …")
                         rf"(?:(?:^|\s+)(?!(?:{cue_alternatives('not_an_end_of_event_name')})\b"
                         rf"|{re.escape(cue('day'))}\s+{patterns.CAPITAL_LETTER})"
                         # ("…": a list broken off, "hội nghị sơ kết, tổng kết, in ấn tài liệu… gần 2 tỷ đồng")
                         rf"(?:{cue_alternatives('ends_event_name')})\b|[,;:>»)…]|{_AFTER_A_LEVEL_ABBREVIATED}\.|$"
                   # ")": one no "(" after the head opened (masked before: _name_end), so the name began inside
                   # brackets ("(Diễn đàn Kinh tế thế giới) phấn đấu …")
                   # ">", "»": a breadcrumb's separators ("Diễn đàn > Tin tức - Sự kiện"), never in a name
                   # (or a page's numbered photo: "Lễ trao tặng Huy hiệu Đảng đợt 3/2 - ảnh 1")
                   rf"|\s+[-–]\s+(?:{re.escape(cue('photo_caption'))}\b|{re.escape(cue('photo_caption').lower())}\s+\d)"
                   # "… của Bộ Chính trịTại hội nghị": a caption glued to the next sentence
                   # (not after "Đ", a capital the range holds: "Chỉ thị số 07/CT-CĐĐL về …" is one code)
                   r"|(?<=[a-z\u0111\u00e0-\u1ef9])(?<!\u0110)(?=[A-Z\u0110][a-z\u0111\u00e0-\u1ef9]*\s)"
                   # "Lễ kỷ niệm … tổ chức tối 22/11 tại Hà Nội": when and where it was held, not its name
                   rf"|\s+(?:{cue_alternatives('held_then_when_or_where')})(?=\s+(?:{cue_alternatives('when_or_where_held')})\b)"
                   # "Hội nghị tôn vinh … năm 2026 ở Hà Nội": where it was held, not its name
                   # (a place by its level or a province's name, not a hall: "ở Hội trường A1")
                   rf"|\s+{re.escape(cue('in_a_place'))}(?=\s+(?:(?:{cue_alternatives('levels_high_first')})\s"
                   rf"|(?:{patterns.alternatives(sorted(lexicon().provinces))})\b))"
                   # "Tại hội nghị đồng chí A – Bí thư …": who speaks, not "tưởng nhớ đồng chí A"
                   # (the space looked for before the words behind it, tried at every character)
                   r"|(?:^|(?=\s)" + "".join(f"(?<!{re.escape(w)})" for w in cues("not_a_speaker_after"))
                   + rf"\s+)(?:{cue_alternatives('comrade')})\b)")
# After a comma a name goes on with lower-case words ("Hội nghị sơ kết, đánh giá ...",
# "Lễ dâng hương, dâng hoa ..."), but not with these, which begin a new clause
_CLAUSE_WORDS: Final = frozenset((*cues("begins_a_clause"), *cues("begins_a_proxy_s_clause")))


# "… và triển khai phương hướng, nhiệm vụ năm 2026": words of a clause's opening that go on a name
_GOES_ON_AFTER_A_COMMA: Final = patterns.compile(rf"(?:{cue_alternatives('goes_on_a_name_after_a_comma')})\b")


_QUOTED: Final = patterns.compile(r'“[^”\n]{1,120}”|"[^"\n]{1,120}"')


def _name_end(rest: str, *, lists: bool = True) -> int:
    """Where an event's name ends in ``rest`` (the text after its head)."""
    # (every match holds "(": a text without one is left as it is, not read by the pattern)
    masked = _PAREN.sub(lambda p: "\u0001" * len(p.group()), rest) if "(" in rest else rest
    if "“" in masked or '"' in masked:
        # 'mô hình "3 gần, 3 hiểu"', 'cuộc vận động “Mỗi người dân là một đại sứ …”': nothing inside
        # a quoted name (a comma, "là", "ngày") ends it
        masked = _QUOTED.sub(lambda q: q.group()[0] + "\u0001" * (len(q.group()) - 2) + q.group()[-1], masked)
    for stop in _STOP.finditer(masked):
        if not stop.group() and stop.start() < len(masked) and _CAMEL_CASED.search(masked, 0, stop.start()):
            continue  # "Tổng công ty Viễn thông MobiFone": a brand's capital inside its word, no caption glued on
        if stop.group() == "," and lists:
            after = masked[stop.end():].lstrip()
            word = after.split(" ", 1)[0] if after else ""
            if word and word[0].islower() and (word not in _CLAUSE_WORDS or _GOES_ON_AFTER_A_COMMA.match(after)) \
                    or _BADGE_CLASSES.match(after):
                continue
        return _without_a_trailing_and(masked, _numbered_end(masked[:stop.start()]))
    return _numbered_end(masked)


# a word that opens in a capital, its letters so far (the start of "MobiFone", "VinFast")
_CAMEL_CASED: Final = patterns.compile(r"(?:^|\s)[A-Z\u0110][a-z\u0111\u00e0-\u1ef9]+$")
_TRAILING_AND: Final = patterns.compile(rf"\s+{re.escape(cue('and'))}\s*$")


def _without_a_trailing_and(text: str, end: int) -> int:
    """ "Lễ … Ngày giải phóng Miền Nam (…) và ngày Quốc tế lao động": a name cut before the
    second thing it joins does not end with "và"."""
    trailing = _TRAILING_AND.search(text, 0, end)
    return trailing.start() if trailing else end


# "Huy hiệu 40, 45, 50 năm tuổi Đảng": the classes of a badge, listed; each may be said with its
# years ("Huy hiệu 30 năm, 40 năm và 45 năm tuổi Đảng"), or the age alone ("65, 70, 75 tuổi Đảng")
_BADGE_CLASS: Final = rf"\d+(?:\s+{re.escape(cue('year'))})?"
_BADGE_CLASSES: Final = patterns.compile(
    rf"{_BADGE_CLASS}(?:\s*,\s*{_BADGE_CLASS})*(?:\s+{re.escape(cue('and'))}\s+{_BADGE_CLASS})?"
    rf"\s+(?:{re.escape(cue('years_of_membership'))}|{re.escape(cue('of_age'))})")


# "bầu 6 đại biểu dự Đại hội Hội Nông dân tỉnh lần thứ XI": delegates elected, in the same
# clause, to the congress of the level above, which is to come
_DELEGATES_ELECTED_TO: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('elects')})\s+(?:[^\s,;.]+\s+){{0,3}}(?:{cue_alternatives('delegates_sent_to')})\s+$")
_DELEGATES_REACH: Final = 60
# "Đoàn đại biểu tỉnh X tham dự Đại hội Y gồm 14 đại biểu chính thức", "cử đoàn đại biểu dự Đại hội
# Y": the congress a delegation is named as going to is cited, not the one the text is at (not
# "Đoàn đại biểu X đã tham dự Đại hội Y": attended; nor "thay mặt Đoàn đại biểu X dự Đại hội Y
# trình bày tham luận": one of it, there)
_DELEGATION_GOING_TO: Final = patterns.compile(
    "".join(f"(?<!{re.escape(w)} )" for w in cues("on_behalf"))
    + rf"\b(?i:{cue_alternatives('delegation_going_to')})(?:\s+[^\s,;.]+){{0,5}}?"
    rf"(?<!\s{re.escape(cue('past'))})\s+(?:{cue_alternatives('attends_as_a_delegation')})\s+$")
_DELEGATION_REACH: Final = 80


# "lần thứ XIX", "XIII", a term: after them a numbered event's name goes on with its body
# and term, not with what the text says of it
_NUMBER_PART: Final = patterns.compile(
    # ("Hội nghị Trung ương 9": a plenum's number after the centre)
    rf"(?:^|\s)(?:{re.escape(_NTH)} \S+|[IVXLC]+|(?:{cue_alternatives('term_of_office')}) [IVXLC\d]+"
    rf"|(?<={re.escape(cue('centre'))}\s)\d{{1,2}}"
    rf"|{re.escape(_TERM_WORD)} \d{{4}}\s*[-–]\s*\d{{4}})(?=[\s,]|$)"
)


def _numbered_end(name: str) -> int:
    """ "Đại hội … lần thứ XIX đề ra …", "Đại hội XIII của Đảng thành công": where the name
    of a numbered event ends (the whole of ``name`` if it is not numbered; a meeting named
    by what it is for, "Hội nghị trực tuyến triển khai công tác bầu cử đại biểu Quốc hội
    khóa XV và ...", is not numbered by the term of a body it names)."""
    number = _NUMBER_PART.search(name)
    if number is None or name[:1].islower() and _NTH not in name:
        return len(name)
    end = len(name)
    for word in re.finditer(r"\S+", name[number.end():]):
        if fold(word.group()) in _AFTER_A_NAME or word.group() in _AFTER_A_NAME_IN_SMALL_LETTERS \
                or _SAYS_OF_AN_EVENT.match(name, number.end() + word.start()):
            end = number.end() + len(name[number.end():number.end() + word.start()].rstrip())
            break
    for part in _NUMBER_PART.finditer(name, 0, end):
        after = _WORD_AFTER_A_NUMBER.match(name, part.end())
        if after is not None and after["word"][:1].islower() and not _CONTINUES_A_NUMBERED_NAME.match(after["word"]):
            return part.end()  # "lần thứ VII bảo đảm tiến độ": what the text says of it
    return end


# the word after a number of a numbered event, past a comma
_WORD_AFTER_A_NUMBER: Final = patterns.compile(r"\s*,?\s+(?P<word>\S.*)")
_CONTINUES_A_NUMBERED_NAME: Final = patterns.compile(rf"(?:{cue_alternatives('continues_a_numbered_name')})\b")


# words that begin what the text says of a numbered event, after its name
_AFTER_A_NAME: Final = frozenset(fold(w) for w in cues("after_a_numbered_name"))
# and, as written in small letters, these ("Hội nghị lần thứ 22 Ban Chấp hành … thảo luận …", not "Tập đoàn")
_AFTER_A_NAME_IN_SMALL_LETTERS: Final = frozenset(cues("after_a_numbered_name_more"))
_SAYS_OF_AN_EVENT: Final = patterns.compile(rf"(?:{cue_alternatives('says_of_an_event')})\b")
_PAREN: Final = patterns.compile(r"\s*\([^)]*\)")
_PASSIVE: Final = cue("passive")
_ACTS_AS_AN_AGENT: Final = patterns.compile(rf"(?:{cue_alternatives('acts_of_a_meeting_as_agent')})\b")
_NOT_A_NAME: Final = patterns.compile(
    rf"(?:{cue_alternatives('not_an_event_name')}|{cue_alternatives('says_of_an_event')})\b")
# "Đại hội Đảng bộ các cấp": a head, the kind of body and "các cấp" (not "Hội nghị triển
# khai công tác bầu cử đại biểu HĐND các cấp", one conference about them)
_ALL_LEVELS: Final = patterns.compile(rf"^\S+(?: \S+)?(?: \S+){{0,3}} {re.escape(cue('every_level'))}\b")
_PLURAL: Final = patterns.compile(  # "Đại hội Đảng các cấp", "Đại hội đại biểu các dân tộc thiểu số" keep it
    rf"(?:{cue_alternatives('plural_markers', at_word_start=True)})\s+"
    rf"(?!{re.escape(cue('every_level').split()[-1])}\b|(?:{cue_alternatives('plurals_kept_in_event_names')})\b"
    # "với Thường trực HĐND các xã, phường": levels in general, not one commune to complete
    rf"|(?:{cue_alternatives('local_levels')})\b)")
# "kỳ họp thứ 18", "kỳ họp lần thứ nhất" (its number said as a congress's), "kỳ họp bất thường", "kỳ họp
# thường lệ giữa năm 2024" (its kind: cue sessions_named_by_kind)
_SESSION_WORDS: Final = cue("session").rsplit(" ", 1)  # "kỳ họp", "thứ"
_SESSION: Final = patterns.Gated(
    rf"\b{either_initial(_SESSION_WORDS[0])}\s+(?:(?P<nth>{re.escape(_NTH.split()[0])}\s+)?{_SESSION_WORDS[1]}\s+"
    rf"(?:\d+|[^\W\d_]+(?:\s+(?:{cue_alternatives('number_words')}))?)"
    rf"|(?P<kind>(?:{cue_alternatives('sessions_named_by_kind')})(?:\s+(?:19|20)\d\d)?)"
    # ("Tại kỳ họp 37, Ủy ban Kiểm tra Trung ương kết luận …": its number alone, a session of a body named after it)
    r"|(?P<bare>\d{1,3})(?=\s*,))"
    r"(?=[\s,.;(])"
)
# (either case first: "Hướng tới Đại hội … lần thứ VII" opens a sentence)
_CITED: Final = patterns.compile(
    rf"(?:{cue_alternatives('cites_an_event_before', at_word_start=True, either_initial_case=True)})\s+$")
# how far before an event its citing words may begin: the longest and a space ("chuẩn bị cho ")
_CITED_REACH: Final = max(len(word) for word in cues("cites_an_event_before")) + 2
# "sau Đại hội … lần thứ XIII, họp ngày 22/4 tại …": an event said, right after its name, to have
# been held on a day is the one reported, not one cited (cue holds_an_occasion, then the day)
_HELD_ON_A_DAY: Final = patterns.compile(
    rf",?\s+(?:{re.escape(cue('past'))}\s+)?(?:{re.escape(cue('passive'))}\s+)?"
    rf"(?:{cue_alternatives('holds_an_occasion')})\s+(?:{cue_alternatives('times_of_day')})\b")
_NAMED_EVENTS: Final = (ExtractorName.EVENTS, FoundAs.MEETING)  # what a back reference can name
# a search only, so "đã" may go before either word
_ORGANISER: Final = patterns.compile(rf"\s+(?:{re.escape(cue('past'))}\s+)?(?:{re.escape(cue('solemnly'))}\s+)?"
                        rf"(?:{cue_alternatives('holds_a_meeting')})(?:\s+(?:{cue_alternatives('held_how')}))?\s*$")


def _head() -> re.Pattern[str]:
    heads = sorted(lexicon().event_heads, key=len, reverse=True)
    return patterns.compile(r"(?:" + patterns.alternatives(heads, at_word_start=True) + r")\s")


# (read once: compiled code reads a Final itself, where a @cache'd function asked at every
# sentence was a call through the interpreter)
_HEAD: Final = _head()
_HEAD_FIRST_WORDS: Final = first_words(lexicon().event_heads)


@cache
def _backref_words() -> list[str]:
    return sorted({w for _, refs in lexicon().event_heads.values() for w in refs if " " in w or w != cue("ceremony")},
                  key=len, reverse=True)


def _backref() -> re.Pattern[str]:
    return patterns.compile(r"(?:" + patterns.alternatives(_backref_words(), either_case=True, at_word_start=True)
                            + r")(?![\w])")


_BACKREF: Final = _backref()  # (read once, as _HEAD)
_BACKREF_FIRST_WORDS: Final = first_words(_backref_words(), either_case=True)


_TERM_IN_YEARS: Final = patterns.compile(rf"\b{re.escape(_TERM_WORD)}\s+\d{{4}}\s*[-–—]\s*\d{{4}}\b")


# "các chi, đảng bộ trực thuộc … tổ chức Đại hội nhiệm kỳ 2015 - 2020", "07/08 chi bộ tổ chức thành
# công Đại hội chi bộ nhiệm kỳ …": bodies in the plural, or counted, hold it, in the clause before it
_HELD_BY_MANY: Final = patterns.compile(
    rf"(?:\b(?:{cue_alternatives('plural_markers', either_initial_case=True)})\s|\b\d+/\d+\s)[^;]*$")


def _held_by_many_in_a_term(view: SentenceView, label: str, start: int) -> bool:
    """Whether a congress named by a term only is held, the clause before it says, by many bodies."""
    return _named_by_a_term_only(label) and _HELD_BY_MANY.search(view.article.text, view.sentence.start,
                                                                   start) is not None


def _named_by_a_term_only(label: str) -> bool:
    """ "Đại hội chi bộ nhiệm kỳ 2025 - 2027", "Nghị quyết của Đại hội trong nhiệm kỳ 2022 - 2025": a
    congress named by no body or number, only a term's years, which many congresses share."""
    if not label.startswith(_CONGRESS_HEAD + " "):
        return False
    rest = label[len(_CONGRESS_HEAD):]
    without = _TERM_IN_YEARS.sub(" ", rest)
    return without != rest and not any(w[0].isupper() or w[0].isdigit() for w in without.split())


def _named(label: str, head_words: int) -> bool:
    """Whether the words after an event's head name it: a capital, a number or a purpose.

    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX" and "Hội nghị sơ kết 6 tháng" are
    names; "Đại hội làm việc đến hết ngày" is a sentence about the congress.
    """
    rest = label.split()[head_words:]
    if any(w[0].isupper() or w[0].isdigit() for w in rest):
        return True
    if label.startswith(_CONGRESS_HEAD + " "):
        return False  # "Đại hội khai mạc", "Đại hội tổng kết nhiệm kỳ": a congress is named by its body or number
    text = " ".join(rest)
    return any(text.startswith(p) for p in lexicon().cues["event_purpose"] + cues("names_a_meeting_too"))


def _label_with_orgs(view: SentenceView, start: int, end: int, *, quotes: bool = False) -> str:
    """The event's text with each organisation inside it named in full (the quotes around
    a name inside it kept where ``quotes``)."""
    text = view.article.text
    out, pos = "", start
    # "các"/"những" go from the text between bodies, not from a body's name ("Khối các cơ quan")
    for org in sorted(view.found("Organization"), key=lambda m: m.span.start):
        if start <= org.span.start and org.span.end <= end and org.span.start >= pos:
            surface = text[org.span.start:org.span.end]
            named = _name_in_event(org, surface)
            between = _PLURAL.sub("", text[pos:org.span.start])
            if org.span.end == end:
                # "Hội nghị khách hàng năm 2026 - Công ty CP X" (a heading): the meeting of the body after the dash
                between = _DASH_BEFORE_ITS_HOLDER.sub(f" {cue('of')} ", between)
            out += between + named
            pos = org.span.end
            last = named.rsplit(" ", 1)[-1]
            if not surface.endswith(last) and text.startswith(f" {last}", pos) \
                    and not text[pos + len(last) + 1:pos + len(last) + 2].isalnum():
                pos += len(last) + 1  # "BCHTW Đảng": "Ban Chấp hành Trung ương Đảng" holds the word after it
    out += _PLURAL.sub("", text[pos:end])
    if "(" in out:  # (every match holds "(")
        # "Đại hội lần thứ I nhiệm kỳ (1983- 1988)": the term's years in brackets go, and the words before them
        out = _TERM_LEFT_BARE.sub("", _PAREN.sub("", out))
    out = _BARE_LEVEL.sub(lambda m: _completed_level(view, m, start), out)
    out = _CENTRE_SHORT_BEFORE_A_NUMBER.sub(f"{cue('centre')} ", out)
    return clean_label(out if quotes else out.replace("“", "").replace("”", "").replace('"', ""))


_TERM_LEFT_BARE: Final = patterns.compile(rf"\s+{re.escape(cue('term'))}\s*$")
# "Hội nghị TƯ 5", "Hội nghị TW5", "Hội nghị T.Ư 5": a plenum named with the centre's short form, labelled in full
_CENTRE_SHORT_BEFORE_A_NUMBER: Final = patterns.compile(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, cues('centre_short')))})\s*(?=\d)")
_PLURAL_BEFORE: Final = patterns.compile(rf"\b(?:{cue_alternatives('plural_markers', either_initial_case=True)})\s+"
                                         rf"(?:(?:{cue_alternatives('counts_occasions')})\s+)?$")
_DASH_BEFORE_ITS_HOLDER: Final = patterns.compile(r"\s+[-–]\s+$")
_LOWER: Final = "[a-zà-ỹ]"  # a small letter, roughly (the range à-ỹ holds some capitals too)
# "Lễ công bố Quyết định công nhận xã đạt chuẩn ...": the commune the article is about
_BARE_LEVEL: Final = patterns.compile(
    "".join(f"(?<!{re.escape(w)} )" for w in cues("not_a_level_after"))
    + rf"\b(?P<level>{cue_alternatives('local_levels')})\b(?!\s+{re.escape(cue('not_a_level_before'))}\b)"
    rf"(?=\s+{_LOWER}|[,.]|$)"
)


# "các xã, phường": the levels after a plural one are plural too
_LEVELS_LISTED_BEFORE: Final = patterns.compile(
    rf"(?:{cue_alternatives('plural_markers')})\s+(?:{cue_alternatives('local_levels')})"
    rf"(?:\s*,\s*(?:{cue_alternatives('local_levels')}))*\s*(?:,|{re.escape(cue('and'))})\s*$")


def _completed_level(view: SentenceView, m: re.Match[str], position: int) -> str:
    after = m.string[m.end():m.end() + 2].lstrip()
    if after[:1].isupper() or _LEVELS_LISTED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        # "huyện Đầm Dơi", "huyện Ứng Hòa": named already (_LOWER holds Đ, Ứ, ...); "các xã,
        # phường": every ward, as every commune, not the article's
        return m.group()
    place = view.context.place_for(m["level"], position)
    return f"{m['level']} {place}" if place else m.group()


# "X tổ chức Đại hội đại biểu lần thứ VII", "X tổ chức Hội nghị lần thứ 18": a numbered
# congress or plenum is named with the body that holds it
_NUMBERED: Final = patterns.compile(rf"^(?P<head>{re.escape(_CONGRESS_HEAD)}(?: {either_initial(cue('delegates'))})?"
                       rf"|{re.escape(_CONFERENCE)}) (?P<number>{re.escape(_NTH)} \S+)$")
_TERM_OF_OFFICE_NUMBER: Final = patterns.compile(rf"\s*(?:{cue_alternatives('term_of_office')})\s+([IVXLC]+)")


def _with_organiser(view: SentenceView, label: str, start: int) -> str:
    numbered = _NUMBERED.match(label)
    text = view.article.text
    if numbered is None:
        return label
    # "Chiều 20/6, Đại hội đại biểu Hội CCB huyện X lần thứ VII … khép lại. … dự phiên khai mạc
    # Đại hội đại biểu lần thứ VII": the congress of that number the article named in full
    named = {m.label for m in view.article_mentions if m.type == "Event" and m.extractor == ExtractorName.EVENTS
             and m.label.startswith(numbered["head"] + " ") and m.label.endswith(" " + numbered["number"])}
    if len(named) == 1:
        return named.pop()
    if not _ORGANISER.search(text[view.sentence.start:start]):
        return label
    orgs = [o for o in view.found("Organization") if o.span.end <= start and o.extractor == ExtractorName.ORGANIZATIONS]
    if not orgs:
        return label
    organiser = orgs[-1]
    if len(orgs) > 1 and _UNDER.fullmatch(text, orgs[-2].span.end, organiser.span.start):
        organiser = orgs[-2]  # "Chi bộ X trực thuộc Đảng bộ Y tổ chức Đại hội": the unit holds it, not its parent
    name = _name_in_event(organiser, text[organiser.span.start:organiser.span.end])
    term = _TERM_OF_OFFICE_NUMBER.match(text[organiser.span.end:start])
    if numbered["head"] == _CONFERENCE:
        return clean_label(f"{_CONFERENCE} {numbered['number']} {name}"
                           + (f" {_TERM_OF_OFFICE[0]} {term.group(1)}" if term else ""))
    return clean_label(f"{numbered['head']} {name} {numbered['number']}")


_UNDER: Final = patterns.compile(rf"\s+(?:{cue_alternatives('directly_under')})\s+")


_EXECUTIVE: Final = patterns.compile(rf"^(?:{re.escape(cue('executive_committee'))}|BCH)\s+(?:\([^)]*\)\s+)?"
                        rf"{re.escape(cue('party_organisation'))}\s+({cue_alternatives('district_and_province_levels')})\b",
                        re.IGNORECASE)


def _description_key(description: str) -> str:
    written, compared = cues("award_giving")
    return fold(description).replace(written, compared)


def _described_before(view: SentenceView, found: list[Mention], description: str) -> Mention | None:
    """The meeting this article has named before by this description, with its organiser
    and day ("Lễ trao tặng Huy hiệu Đảng của Đảng ủy phường X ngày 27/10"), if one."""
    key = _description_key(description)
    # "Quang cảnh Hội nghị sơ kết … Kết luận 01-KL/TW của Bộ Chính trị" (a caption): the meeting
    # "tổ chức hội nghị sơ kết … Kết luận 01-KL/TW" named before, whose document's issuer it adds
    before_of = _description_key(description.rsplit(f" {_OF} ", 1)[0])
    for earlier in reversed(view.article_mentions + found):
        if earlier.type == "Event" and earlier.label != description and (
                earlier.extractor == ExtractorName.EVENTS and any(_description_key(a) == key for a in earlier.aliases)
                or earlier.extractor == FoundAs.MEETING and any(_description_key(a) == before_of
                                                                 for a in earlier.aliases)):
            return earlier
    return None


_FRONT_COMMITTEE: Final = cue("front_committee")
_TERM: Final = patterns.compile(
    rf"^\s*(?P<comma>,?)\s*{re.escape(_TERM_WORD)}\s+(?P<start>\d{{4}})(?P<dash>\s*[-–—]\s*)"
    r"(?P<end>\d{4})")


def _term_variants(label: str, after: str) -> tuple[str, ...]:
    """ "Đại hội … lần thứ X, nhiệm kỳ 2020 – 2025": the name with its term, however the
    dash between the years is written."""
    term = _TERM.match(after)
    if term is None:
        held = _YEAR_HELD.match(after)  # "Đại hội … lần thứ IV, năm 2024": the year it is held in
        if held is not None:
            return tuple(f"{label}{sep} {cue('year')} {held['year']}" for sep in (",", ""))
        # "Hội nghị lần thứ 9 (mở rộng), khóa XI": a committee's numbered plenum and its term
        plenum = _PLENUM_TERM.match(after) if _NTH in label else None
        return tuple(f"{label}{sep} {_TERM_OF_OFFICE[0]} {plenum['term']}" for sep in (",", "")) if plenum else ()
    years = [f"{term['start']}{dash}{term['end']}" for dash in (" – ", " - ", "-", "–")]
    return tuple(f"{label}{sep} {_TERM_WORD} {y}" for sep in (",", "") for y in years)


_PLENUM_TERM: Final = patterns.compile(
    rf"^\s*,?\s*(?:{cue_alternatives('term_of_office')})\s+(?P<term>[IVXLC]+|\d+)\b")
_YEAR_HELD: Final = patterns.compile(rf"^\s*,?\s*{re.escape(cue('year'))}\s+(?P<year>(?:19|20)\d\d)\b")


# "Đại hội đại biểu Đảng bộ tỉnh X lần thứ XV, nhiệm kỳ 2020 - 2025", "Đại hội XV Đảng bộ
# tỉnh X", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng": a congress's number and body
_CONGRESS: Final = patterns.compile(
    rf"^{re.escape(_CONGRESS_HEAD)}(?: {either_initial(cue('delegates'))})?(?: {re.escape(cue('nationwide'))})?"
    r"(?: (?P<before>[IVXLC]+|\d+)(?= ))?(?P<body>.*?)"
    rf"(?: {re.escape(_NTH)} (?P<after>[IVXLC]+|\d+))?(?P<party>,? {re.escape(cue('of_the_party'))})?"
    rf"(?:,? {re.escape(_TERM_WORD)} (?P<term>\d{{4}}\s*[-–—]\s*\d{{4}}))?$"
)
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _arabic(number: str) -> str:
    if number.isdigit():
        return number
    total = 0
    for k, letter in enumerate(number):
        value = _ROMAN[letter]
        total += -value if k + 1 < len(number) and _ROMAN[number[k + 1]] > value else value
    return str(total)


def _roman(number: str) -> str:
    if not number.isdigit():
        return number
    n, out = int(number), ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _congress_names(label: str, after: str) -> tuple[str, ...]:
    """The names the genre gives a numbered congress, for its alternative labels: with and
    without "đại biểu" and its term, its number before the body or after "lần thứ", in
    Roman and Arabic figures ("Đại hội XV Đảng bộ tỉnh X" is "Đại hội đại biểu Đảng bộ tỉnh
    X lần thứ XV, nhiệm kỳ 2020 - 2025")."""
    m = _CONGRESS.match(label)
    number = m and (m["before"] or m["after"])
    if m is None or not number:
        return ()
    body = m["body"].strip()
    written = _TERM.match(after)
    term = m["term"] or (f"{written['start']}{written['dash']}{written['end']}" if written else None)
    names = []
    for n in dict.fromkeys((_roman(number), _arabic(number))):
        if m["party"] or not body:
            names += [form.format(n=n) for form in cues("national_congress_names")]
            continue
        names += [form.format(n=n, body=body) for form in cues("congress_names")]
    with_term = [f"{name}{sep} {_TERM_WORD} {term}" for name in names[:3] for sep in (",", "")] if term else []
    return tuple(dict.fromkeys(x for x in names + with_term if x != label))


def _is_title(surface: str) -> bool:
    words = surface_words(surface)
    return any(head.words == words for head in lexicon().role_heads_at(words[0])) if words else False


def _name_in_event(org: Mention, surface: str) -> str:
    """How an organisation is named inside an event's name: in full, but as the text
    names it: "Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh Nam Định" (a plenum of
    the executive committee), where the organisation itself is "Tỉnh ủy Nam Định"."""
    if _is_title(surface):
        return surface  # "tưởng nhớ đồng chí Tổng Bí thư Lê Duẩn": the office is the person's title
    executive = _EXECUTIVE.match(clean_label(surface))
    if org.label.startswith(_FRONT_COMMITTEE) and not surface.startswith((*cues("committee_word"), "UB")):
        # "Đại hội đại biểu MTTQ huyện X": the Front's congress
        return org.label.removeprefix(cues("committee_word")[0] + " ")
    if executive is None or len(org.label.split()) < 3:
        return org.label
    place = " ".join(org.label.split()[2:])  # "Tỉnh ủy Nam Định" -> "Nam Định"
    return f"{cue('executive_committee_of_party_organisation')} {executive.group(1).lower()} {place}"


# "kỷ niệm 80 năm Ngày truyền thống ... và 20 năm Ngày hội ...": the years since a day
_BOARD_OF_A_CONGRESS: Final = patterns.compile(
    rf"(?:{cue_alternatives('congress_subcommittees', at_word_start=True)})\s+$")
_ANNIVERSARY: Final = patterns.compile(rf"\d+\s+{re.escape(cue('year'))}\s+$")


@cache
def _in_a_venue() -> re.Pattern[str]:
    """The words of a venue's name before the event head it ends with ("Trung tâm " of
    "Trung tâm Hội nghị Quốc gia"), in any case (a headline in capitals), at the end of the
    text searched."""
    before = {venue[:-len(head)].strip() for venue in cues("venues") for head in lexicon().event_heads
              if venue.endswith(" " + head)}
    return patterns.compile(rf"(?:^|\s)(?:{patterns.alternatives(sorted(before, key=len, reverse=True))})\s+$",
                            re.IGNORECASE)


@register(ExtractorName.EVENTS)
def find_events(view: SentenceView) -> Found:
    text = view.sentence.text
    mentions: list[Mention] = _heading_in_capitals(view) if text.isupper() else []
    for m in matches_at_words(_HEAD, view.tokens, text, _HEAD_FIRST_WORDS, offset=view.sentence.start):
        event = _named_event(view, m, mentions)
        if event is not None:
            mentions.append(_as_an_occasion(event) if event.label.startswith(_ACTS_NAMED_AS_OCCASIONS) else event)
    mentions += _sessions(view)
    mentions += _sessions_met(view)
    mentions += _congresses_held(view)
    mentions += _met_under_a_chair(view)
    visits, visitors = _visits(view, mentions)
    mentions += visits
    greetings, greeters = _greeting_visits(view, mentions)
    mentions += greetings
    visitors += greeters
    mentions += _meetings(view, mentions)
    mentions += _meetings_opening_a_clause(view, mentions)
    mentions += _occasions_held_by(view, mentions)
    mentions += _acts_of_a_body(view, mentions)
    mentions += _editions(view, mentions)
    mentions += _named_back(view, mentions)
    mentions += _occasions_named_back(view, mentions)
    mentions += _programme_named_back(view, mentions)
    return _first_with_the_headline(view, mentions), _located(view, mentions) + visitors


_ACTS_NAMED_AS_OCCASIONS: Final = tuple(cues("acts_named_as_occasions"))


def _as_an_occasion(event: Mention) -> Mention:
    """ "Tiếp xúc cử tri trước kỳ họp thứ 15 HĐND tỉnh tại xã X": an act the text names as an
    event, which the genre names as an occasion ("Buổi tiếp xúc cử tri …", cue
    acts_named_as_occasions); the name as written is an alias."""
    label = f"{_OCCASION.capitalize()} {event.label[0].lower()}{event.label[1:]}"
    return Mention(event.type, event.text, event.span, label, event.extractor, event.sentence, event.kind,
                   (event.label, *event.aliases))


# the heads of events.tsv as a heading in capitals writes them, each with its head as written
_HEADS_IN_CAPITALS: Final = tuple(sorted(((head.upper() + " ", head) for head in lexicon().event_heads),
                                         key=lambda pair: len(pair[0]), reverse=True))
_ROMAN_NUMBER: Final = re.compile(r"\b[IVXLC]+\b")
_HEADING_WORDS: Final = 3  # fewer: a section of the page ("HỘI NGHỊ - HỘI THẢO"), no one meeting


def _heading_in_capitals(view: SentenceView) -> list[Mention]:
    """ "HỘI NGHỊ BAN CHẤP HÀNH CÔNG ĐOÀN TỔNG CÔNG TY X (MỞ RỘNG)": a line in capitals that
    opens with an event's head is a meeting's heading (a headline, or an item's title on a page
    of several), which the lines below name back ("phát biểu tại Hội nghị"); its label is the
    heading with the genre's capitals (the true-caser's, its Roman numbers kept), the heading
    as written an alias, as annotators give it."""
    s = view.sentence
    heading = s.text.strip().rstrip(":. ")
    head = next((written for capitals, written in _HEADS_IN_CAPITALS if heading.startswith(capitals)), None)
    lowered = heading.lower()
    if head is None or len(lowered) != len(heading) or len(heading.split()) < _HEADING_WORDS \
            or _NOT_ONE_LINE_OF_WORDS.search(heading):
        return []
    cased = truecased(lowered)
    # (a Roman number is no word the true-caser knows: "lần thứ xvi")
    for number in _ROMAN_NUMBER.finditer(heading):
        cased = cased[:number.start()] + number.group() + cased[number.end():]
    label = clean_label(head + cased[len(head):])
    if _ALL_LEVELS.search(label) or _PLURAL.search(label):
        return []  # "ĐẠI HỘI ĐẢNG CÁC CẤP": congresses in general, no one meeting
    start = s.start + s.text.find(heading)
    if _named_below(view.article.text, start + len(heading), head):
        return []  # the body names its meeting itself, whose name the headline is made an alias of
    return [view.mention_at("Event", start, start + len(heading), label, ExtractorName.EVENTS,
                            kind=lexicon().event_heads[head][0], aliases=(clean_label(heading),))]


_HEADING_ITEM_REACH: Final = 1200  # how far below its heading an item's text may run
_HEADS_ANY_CASE: Final = {head: re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE) for head in lexicon().event_heads}


def _named_below(text: str, end: int, head: str) -> bool:
    """Whether the item below a heading names a meeting of its head with a name of its own
    ("tổ chức lễ tốt nghiệp cho học viên …", "Tại Đại hội Chi bộ Nhà máy"), where its lines
    do not only name one back by the head ("phát biểu tại Hội nghị.", "chủ trì hội nghị;",
    "Tại đại hội, các chi bộ …"); the item ends at the next line that reads as a title (short,
    no full stop at its end: the next item's headline, a caption)."""
    for line in text[end:end + _HEADING_ITEM_REACH].split("\n")[1:]:
        for m in _HEADS_ANY_CASE[head].finditer(line):
            rest = line[m.end():].lstrip()
            word = rest.split(" ", 1)[0]
            if rest and rest[0].isalnum() and word.lower() not in _CLAUSE_WORDS and _NOT_A_NAME.match(rest) is None:
                return True
        words = len(line.split())
        if _HEADLINE_FEWEST_WORDS <= words and len(line) <= _HEADLINE_LONGEST and not line.rstrip().endswith("."):
            return False  # the next item's title
    return False


def _first_with_the_headline(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """ "Bàn giao Trung tâm Huấn luyện X về trực thuộc Học viện Y" over a report of "Lễ bàn
    giao …": the first meeting the body reports is the one its headline names, and annotators
    give the headline as one of its names; the headline, where it reads as one line of words,
    becomes an alias of that event."""
    first = next((i for i, m in enumerate(mentions) if m.type == "Event" and m.extractor in _NAMED_EVENTS), -1) \
        if mentions else -1  # (most sentences: no generator made)
    if first < 0:
        return mentions
    title = _headline_line(view.article)
    if not title or view.article.text.find(title, 0, _HEADLINE_WITHIN) == mentions[first].span.start:
        return mentions
    if any(x.type == "Event" and x.extractor in _NAMED_EVENTS and x.sentence != mentions[first].sentence
           and not (x.span.start < len(title) + _HEADLINE_WITHIN and x.text in title) for x in view.article_mentions):
        return mentions  # the body named a meeting before: the headline may name either
    event = mentions[first]
    out = list(mentions)
    # and without the tag before it ("Bắc Giang: Trao Kỷ niệm chương … cho các cá nhân")
    tag = _HEADLINE_TAG.match(title)
    untagged = (clean_label(title[tag.end():]),) if tag and title[tag.end():].strip() else ()
    out[first] = Mention(event.type, event.text, event.span, event.label, event.extractor, event.sentence,
                         event.kind, (*event.aliases, clean_label(title), *untagged))
    return out


# "Bắc Giang: ", "Công an huyện X: ": the place or body a headline is tagged with, before its words
_HEADLINE_TAG: Final = patterns.compile(r"[^:\n]{2,60}:\s+(?=\S)")


def _headline_line(article: Article) -> str:
    """The article's headline: its title where that reads as one line of words, else the first
    line among its first characters that does, past a page's path of sections, its menus and
    date lines ("Home / News & Events / Tin tức - Sự kiện", "EN | VI", "12/3/2024 09:30"); ""
    where the first line of words after them is no headline (the body's first sentence)."""
    lines = (article.title, *article.text[:_HEADLINE_WITHIN].split("\n")[1:]) if article.title else ()
    for line in lines:
        line = line.strip()
        if not line or _NOT_ONE_LINE_OF_WORDS.search(line) or line != article.title and not line[0].isalpha():
            continue  # a page's chrome
        if len(line) <= _HEADLINE_LONGEST and line != line.title() and len(line.split()) >= _HEADLINE_FEWEST_WORDS \
                and not line.endswith("."):  # (a sentence of the body, not a headline)
            return line
        if line != article.title:
            return ""
    return ""


_HEADLINE_LONGEST: Final = 160
_HEADLINE_FEWEST_WORDS: Final = 4  # fewer: a section's name ("Tin hoạt động"), no headline
_HEADLINE_WITHIN: Final = 300  # the headline stands among the article's first characters
# a page's trail or an outlet's menu ("Trang chủ » Tin tức", "Tin Tức Sự Kiện"), no headline
_NOT_ONE_LINE_OF_WORDS: Final = re.compile(r"[|/\u00bb\n]|\s{2}")


def _named_by_itself(label: str, head: str) -> tuple[str, ...]:
    """ "Đại hội Thi đua yêu nước lần thứ VI của Tập đoàn X": an event with a name and number of
    its own is also named without whose it is ("Đại hội Thi đua yêu nước lần thứ VI"); not one
    named by its head and number only ("Đại hội đại biểu lần thứ VI" is any body's)."""
    own, of, _ = label.partition(_OF_SPACED)
    name = own.removeprefix(head).split()
    if not of or f" {_NTH} " not in own or not any(w[0].isupper() for w in name[:2]):
        return ()
    return (own,)


def _named_event(view: SentenceView, m: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """An event named by its head ("Lễ trao Huy hiệu Đảng ...", "Hội nghị lần thứ 7 ...")."""
    text, s = view.article.text, view.sentence
    start = s.start + m.start()
    if view.covered(start, start + 3, ("Document", "Organization", "Award", "Place")) \
            or any(x.span.start <= start < x.span.end for x in mentions) \
            or _ANNIVERSARY.search(text, max(s.start, start - 12), start) \
            or _BOARD_OF_A_CONGRESS.search(text, max(s.start, start - 40), start) \
            or _in_a_venue().search(text, max(s.start, start - 12), start):
        # inside a place's name ("Xã Xuất Lễ tổ chức …") or an event's, a day commemorated ("kỷ niệm 20 năm
        # Ngày hội ..."), a board of the congress in someone's title ("Tiểu ban Văn kiện Đại hội XIV"), or a
        # venue's name ("Trung tâm Hội nghị Quốc gia tổ chức Hội nghị viên chức …")
        return None
    head = m.group().strip()
    if " " not in head and _TWO_TITLE_CASE_WORDS_BEFORE.search(text, max(s.start, start - _TWO_WORDS_REACH), start):
        return None  # "Xã Xuất Lễ tổ chức …": the last word of a place's name, not a head
    kind = lexicon().event_heads[head][0]
    rest = text[s.start + m.end():s.end]
    # a ceremony's name may hold a parenthesised date range: skip it when cutting
    end = _before_a_documents_topic(
        view, start, s.start + m.end() + min(_name_end(rest, lists=head not in _NAMED_BY_ITSELF), _meeting_stop(rest)))
    end = _through_a_body_cut(view, start, _before_a_photo_credit(text, start, _before_a_closing_quote(
        text, start, _before_an_open_bracket(text, start, _before_a_photos_number(text, end)))))
    if end - start <= len(head) + 1 or head == _SESSION_HEAD or rest.lstrip().startswith(f"{head} "):
        return None  # sessions are read by _sessions; "Toàn cảnh Đại hội Đại hội đã nghe …": a caption run on
    if _NAMED_BACK_BY.search(text, start, end):
        return _pointed_back(view, start, end, head, mentions)  # "Lễ phát động này": the one told before
    end = _before_a_cited_events_title(view, start, end)
    if _NOT_A_NAME.match(rest) or text[max(0, start - 11):start].endswith(_RESOLUTION + " ") \
            or text[max(0, start - 6):start].endswith(_PASSIVE + " ") and _ACTS_AS_AN_AGENT.match(rest):
        return None  # "Hội nghị cũng công bố ...", "được Đại hội bỏ phiếu …": the event named back, not a name
    label = _label_with_orgs(view, start, end)
    if len(label.split()) < 2 or not _named(label, len(head.split())) or _ALL_LEVELS.search(label) \
            or label.endswith(f" {_NTH}") or _held_by_many_in_a_term(view, label, start):
        # "Đại hội Đảng các cấp": congresses in general, not one; "… tỉnh X lần thứ" where a page's
        # text breaks off: a name cut before its number, no event the text names
        return None
    numbered = _with_organiser(view, label, start)
    # "Nghị quyết ... của Hội nghị lần thứ năm ...": an event cited as a document's
    # author happened before; the text is not at it
    cited = _cited_where_named(view, start, end)
    aliases: tuple[str, ...] = ()
    earlier = _described_before(view, mentions, label)
    if earlier is not None and _dated_here_only(view, earlier, start):
        earlier = None  # "Ngày 27/11, X tổ chức Hội nghị …" after the headline's undated name: named here in full
    if earlier is not None and not cited:
        numbered, aliases = earlier.label, earlier.aliases  # "Tại Lễ trao Huy hiệu Đảng, ...": the one named before
    elif numbered == label and head not in _NAMED_BY_ITSELF and not cited:
        numbered = _held_by_on(view, label, start, end)
        aliases = (label, *_day_variants(view, numbered), *_rite_variants(numbered),
                   *_written_variants(view, start, end, label, numbered), *_description_aliases(text[start:end]),
                   *_as_written(view, start, end, numbered))
    # with its term after it, to the name as built and as written ("Hội nghị lần thứ 9 (mở rộng), khóa XI")
    for named in dict.fromkeys((numbered, label, clean_label(text[start:end]))):
        aliases += _term_variants(named, text[end:end + 40])
    if head == _CONGRESS_HEAD:
        aliases += _congress_names(numbered, text[end:end + 40])
    aliases += _named_by_itself(numbered, head)
    found_as = FoundAs.CITED_EVENT if cited else ExtractorName.EVENTS
    return view.mention_at("Event", start, end, numbered, found_as, kind=kind, aliases=aliases)


_NAMED_BACK_BY: Final = patterns.compile(rf"\s(?:{cue_alternatives('an_event_named_back_by')})$")


def _pointed_back(view: SentenceView, start: int, end: int, head: str, mentions: list[Mention]) -> Mention | None:
    """The event named before that a name ending in a word pointing back means (_NAMED_BACK_BY), the last of its
    head or kind; none where none was named before."""
    recent = [x for x in view.article_mentions + mentions
              if x.type == "Event" and x.extractor in _NAMED_EVENTS and x.span.start < start]
    if not recent:
        return None
    earlier = _named_back_to(head, recent)
    return view.mention_at("Event", start, end, earlier.label, FoundAs.EVENT_BACK_REFERENCE, kind=earlier.kind)


def _before_a_cited_events_title(view: SentenceView, start: int, end: int) -> int:
    """ "Nghị quyết 18-NQ/TW của Hội nghị Trung ương 6 khóa XII "Một số vấn đề …"": where a cited event's name
    ends before a title quoted after it, its document's; ``end`` where none is."""
    text = view.article.text
    quote = min((at for q in _QUOTES if (at := text.find(q, start, end)) > start), default=end)
    if quote < end and _cited_where_named(view, start, end):
        return start + len(text[start:quote].rstrip())
    return end


def _cited_where_named(view: SentenceView, start: int, end: int) -> bool:
    """Whether the event named at ``start`` is cited there, not the one the text is at: after words
    that cite one (not said right after to have been held on a day), or as the congress delegates
    are elected or a delegation goes to."""
    text, s = view.article.text, view.sentence
    return bool(_CITED.search(text[max(0, start - _CITED_REACH):start])
                and _HELD_ON_A_DAY.match(text, end) is None
                or _DELEGATES_ELECTED_TO.search(text, max(s.start, start - _DELEGATES_REACH), start)
                or _DELEGATION_GOING_TO.search(text, max(s.start, start - _DELEGATION_REACH), start))


def _through_a_body_cut(view: SentenceView, start: int, end: int) -> int:
    """ "Đại hội Đảng bộ Sở Văn hóa, Thể thao và Du lịch lần thứ IX", "Đại hội … của Đảng bộ Sở
    Khoa học và Công nghệ": a name cut at a comma or "và" inside a body it names goes on to the
    body's end (the body's own comma or "và" is no list of the event's)."""
    text = view.article.text
    if not text.startswith(_BODY_CUT_AT, end):
        return end
    body = next((o for o in view.found("Organization") if start < o.span.start < end < o.span.end
                 and o.extractor == ExtractorName.ORGANIZATIONS), None)
    if body is None:
        return end
    rest = text[body.span.end:view.sentence.end]
    return body.span.end + min(_name_end(rest), _meeting_stop(rest))


_BODY_CUT_AT: Final = (",", f" {cue('and')} ")


def _before_a_closing_quote(text: str, start: int, end: int) -> int:
    """ "bài viết “… tiến tới Đại hội XIII của Đảng” của đồng chí A": a name inside a quoted title
    ends with the quote (what follows it is the title's author), unless the quote opened inside it."""
    close = text.find("”", start, end)
    return close if close > start and "“" not in text[start:close] else end


def _before_a_photo_credit(text: str, start: int, end: int) -> int:
    """ "… phát biểu tại Phiên trù bị - Ảnh: Lê Trường": a caption's name ends before its photo
    credit (as _name_end's stop does where the name is cut after its head)."""
    credit = _PHOTO_CREDIT.search(text, start, end)
    return credit.start() if credit is not None else end


_PHOTO_CREDIT: Final = patterns.compile(rf"\s+[-–]\s*{re.escape(cue('photo_caption'))}\b")


# two words in title case right before a one-word head ("Xã Xuất Lễ"): the head ends a proper
# name (one alone may open the sentence: "Tại Lễ kỷ niệm …"); the text's twin of grammar's
# _a_proper_name_ends_at, which reads tokens (not the cue ends_a_proper_name: words after a name)
_TWO_TITLE_CASE_WORDS_BEFORE: Final = patterns.compile(r"\b(?:[A-Z\u0110\u00c0-\u1ef8][a-z\u0111\u00e0-\u1ef9]+ ){2}$")
_TWO_WORDS_REACH: Final = 24  # how far back the two words may begin


def _dated_here_only(view: SentenceView, earlier: Mention, position: int) -> bool:
    """Whether the sentence gives the day of a meeting that was named before without one
    (a headline's "X tổ chức Hội nghị …", the body's "Ngày 27/11, X tổ chức Hội nghị …"):
    the name given here, with its day, is the one annotators write; resolution makes the
    headline's undated name one with it."""
    return _LABEL_DAY.search(earlier.label) is None and _day_held(view, position) is not None


def _before_an_open_bracket(text: str, start: int, end: int) -> int:
    """ "Ảnh tại hội nghị (bấm để xem cỡ lớn)": a name cut inside a bracket ends before it."""
    opened = text.rfind("(", start, end)
    return len(text[start:opened].rstrip()) + start if opened >= 0 and ")" not in text[opened:end] else end


# "… Bộ đội Biên phòng tỉnh Cao Bằng 3": a photo's caption, a line of the article again with
# the photo's number after it
_PHOTOS_NUMBER: Final = patterns.compile(r"\s+\d{1,2}[ \t]*$")


def _before_a_photos_number(text: str, end: int) -> int:
    """Where a name ends that runs to the end of a line (at ``end``) when the line is an
    earlier line of the article with a number put after it: before the number."""
    line_start = text.rfind("\n", 0, end) + 1
    if end < len(text) and text[end] not in "\n\r" or not text[end - 1:end].isdigit():
        return end
    number = _PHOTOS_NUMBER.search(text, line_start, end)
    if number is None or number.start() <= line_start:
        return end
    line = text[line_start:number.start()]
    earlier = text.find(line, 0, line_start)
    if earlier == -1 or not (earlier == 0 or text[earlier - 1] == "\n") \
            or text[earlier + len(line):earlier + len(line) + 1] not in ("\n", "\r"):
        return end
    return number.start()


# "HĐND huyện X khóa XII(, nhiệm kỳ 2021-2026) tổ chức Kỳ họp": the body's term, between it and the verb
_SESSION_HOLDER_TERM: Final = patterns.compile(
    rf"(?:\s*(?:{cue_alternatives('term_of_office')})\s+[IVXLC\d]+)?"
    rf"(?:\s*,?\s*{re.escape(_TERM_WORD)}\s+\d{{4}}\s*[-–—]\s*\d{{4}})?(?:\s*,)?")


def _sessions(view: SentenceView) -> list[Mention]:
    """ "kỳ họp thứ 18 HĐND tỉnh khóa XVII": a session, with the body that holds it."""
    text, s = view.article.text, view.sentence
    mentions: list[Mention] = []
    for m in _SESSION.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        # ("kỳ họp lần thứ nhất": "Kỳ họp thứ nhất")
        written = m.group() if not m["nth"] else s.text[m.start():m.start("nth")] + s.text[m.end("nth"):m.end()]
        label = bare = clean_label(written[0].upper() + written[1:])
        organiser = None
        if _ORGANISER.search(text[s.start:start]):
            orgs = [o for o in view.found("Organization") if o.span.end <= start
                    and o.extractor == ExtractorName.ORGANIZATIONS]
            gap = _SESSION_HOLDER_TERM.match(text, orgs[-1].span.end) if orgs else None
            if orgs and _ORGANISER.match(text, gap.end() if gap else orgs[-1].span.end, start):
                organiser = orgs[-1]  # not "tại hội trường UBND xã X, HĐND xã khai mạc kỳ họp": the venue's body
        aliases: tuple[str, ...] = ()
        if organiser is not None:
            term = _TERM_OF_OFFICE_NUMBER.match(text[organiser.span.end:start])
            term_of_office = f" {_TERM_OF_OFFICE[0]} {term.group(1)}" if term else ""
            # (named by its kind, a session is a meeting named by what it is, with who held it and the day:
            # "Kỳ họp bất thường của HĐND huyện X ngày 28-9")
            named = f"{label} {_OF}" if m["kind"] else label
            aliases = _session_held_as_written(view, named, end, organiser, term_of_office, start)
            label = clean_label(f"{named} {organiser.label}{term_of_office}")
            day = _day_held(view, start) if m["kind"] else None
            label = f"{label} {_DAY_WORD} {_day(day)}" if day else label
        else:
            label, aliases, end = _session_of_a_body(view, label, end, without_term=not m["kind"])
            if m["kind"] and label == bare:
                continue  # "sau kỳ họp thường lệ": a kind of session, no one session without its body
        if m["bare"]:
            if label == bare:
                continue  # "kỳ họp 5" with no body after it: a count, no session named
            aliases += (label.replace(f" {m['bare']} ", f" {_SESSION_WORDS[1]} {m['bare']} ", 1),)
        # "tiếp xúc cử tri trước kỳ họp thứ 9": a session to come (or past) is not the one attended
        cited = _CITED.search(text[max(0, start - _CITED_REACH):start]) is not None
        found_as = FoundAs.CITED_EVENT if cited else ExtractorName.EVENTS
        mentions.append(view.mention_at("Event", start, end, label, found_as, kind="Session", aliases=aliases))
    return mentions


_SESSION_KIND: Final = patterns.compile(rf"\s*\((?:{cue_alternatives('session_kinds')})\)")
_TERM_YEARS: Final = patterns.compile(rf"{re.escape(_TERM_WORD)}\s+\d{{4}}\s*[-–—]\s*\d{{4}}")


def _session_held_as_written(view: SentenceView, session: str, end: int, organiser: Mention, term_of_office: str,
                             start: int) -> tuple[str, ...]:
    """ "HĐND xã X khóa XI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ chín (chuyên đề)": the session
    as annotators name it, its kind in brackets, the body's term in years and the day kept
    ("Kỳ họp thứ chín (chuyên đề) Hội đồng nhân dân xã X khóa XI, nhiệm kỳ 2021 - 2026 ngày 18/7")."""
    text = view.article.text
    kind = _SESSION_KIND.match(text, end)
    years = _TERM_YEARS.search(text, organiser.span.end, start)
    day = _day_held(view, start)
    out: list[str] = []
    for named in dict.fromkeys((session + (kind.group() if kind else ""), session)):
        for term in dict.fromkeys((term_of_office + (f", {years.group()}" if years else ""), term_of_office)):
            held = clean_label(f"{named} {organiser.label}{term}")
            out += [held, f"{held} {_DAY_WORD} {_day(day)}"] if day else [held]
    return tuple(dict.fromkeys(out))


# "HĐND tỉnh X khóa IX, nhiệm kỳ 2016-2021 họp kỳ thứ 21", "Ủy ban Kiểm tra Trung ương đã
# họp kỳ 32": the body before the verb meets in that session
_MET_IN_SESSION: Final = patterns.Gated(
    rf"\b{re.escape(cue('meets_in_session'))}\s+(?P<written>{either_initial(cue('session_word'))}\s+"
    rf"(?:{re.escape(cue('session').split()[-1])}\s+(?P<word>[^\W\d_]+|\d+)|(?P<digits>\d+)))(?=[\s,.;(]|$)")
_BODY_BEFORE_SESSION: Final = patterns.compile(
    rf"^(?:\s*(?:{cue_alternatives('term_of_office')})\s+[IVXLC\d]+)?"
    rf"(?:\s*,?\s*{re.escape(_TERM_WORD)}\s+\d{{4}}\s*[-–—]\s*\d{{4}})?\s*,?\s*(?:{re.escape(cue('past'))}\s+)?$")


def _sessions_met(view: SentenceView) -> list[Mention]:
    """ "Ủy ban Kiểm tra Trung ương đã họp kỳ 32": the body's numbered session, named as
    "Kỳ họp thứ 32 Ủy ban Kiểm tra Trung ương" (with its term where the text gives it)."""
    text, s = view.article.text, view.sentence
    out: list[Mention] = []
    for m in _MET_IN_SESSION.finditer(s.text):
        verb = s.start + m.start()
        bodies = [o for o in view.found("Organization") if o.span.end <= verb
                  and o.extractor == ExtractorName.ORGANIZATIONS and _BODY_BEFORE_SESSION.match(text[o.span.end:verb])]
        if not bodies:
            continue
        body = bodies[-1]
        term = _SESSION_TERM.search(text, body.span.start, verb)
        session = f"{cue('session')[0].upper()}{cue('session')[1:]} {m['word'] or m['digits']}"
        label = clean_label(f"{session} {body.label}" + (f" {_TERM_OF_OFFICE[0]} {term['term']}" if term else ""))
        aliases: tuple[str, ...] = (session, clean_label(f"{session} {_OF} {body.label}"), clean_label(m["written"]))
        day = _DAY.search(text, s.start, verb)
        aliases += (f"{label} {_DAY_WORD} {_day(day)}",) if day else ()
        out.append(view.mention_at("Event", s.start + m.start("written"), s.start + m.end(), label,
                                   ExtractorName.EVENTS, kind="Session", aliases=aliases))
    return out


# "Chi bộ X đã tổ chức thành công đại hội nhiệm kỳ 2017-2020", "Đảng bộ phường X tổ chức
# đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025 - 2030": a congress in small letters, named
# by its number or term after the verb
_CONGRESS_HELD: Final = patterns.Gated(
    rf"\b{re.escape(cues('holds_a_meeting')[0])}\s+(?:(?:{cue_alternatives('held_how')})\s+)?"
    rf"(?P<written>(?P<head>{re.escape(_CONGRESS_HEAD.lower())}(?: {re.escape(cue('delegates'))})?)"
    rf"(?P<kind> [^\W\d_]+(?: [^\W\d_]+)?(?= {re.escape(_TERM_WORD)}))?"
    rf"(?P<number> {re.escape(_NTH)} [^\s,.;]+)?(?P<term>,? {re.escape(_TERM_WORD)} \d{{4}}\s*[-–—]\s*\d{{4}})?)")


def _congresses_held(view: SentenceView) -> list[Mention]:
    """ "Đảng bộ phường X tổ chức đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025 - 2030": the
    congress, named with the body before the verb ("Đại hội đại biểu Đảng bộ phường X lần
    thứ nhất, nhiệm kỳ 2025 - 2030"); the text as written, and with the day, are aliases."""
    text, s = view.article.text, view.sentence
    out: list[Mention] = []
    for m in _CONGRESS_HELD.finditer(s.text):
        if not (m["number"] or m["term"]) or not (m["kind"] or "a").islower():
            continue  # "tổ chức đại hội": which one, the text has not said
        start, end = s.start + m.start("written"), s.start + m.end()
        orgs = [o for o in view.found("Organization") if o.span.end <= s.start + m.start()
                and o.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)]
        body = _name_in_event(orgs[-1], text[orgs[-1].span.start:orgs[-1].span.end]) if orgs else ""
        head = _CONGRESS_HEAD + m["head"][len(_CONGRESS_HEAD):]
        label = clean_label(f"{head} {body}{m['number'] or ''}{m['term'] or ''}")
        aliases: tuple[str, ...] = (clean_label(m["written"]),)
        day = _DAY.search(text, s.start, start)
        aliases += (f"{label} {_DAY_WORD} {_day(day)}",) if day else ()
        out.append(view.mention_at("Event", start, end, label, ExtractorName.EVENTS, kind="Congress",
                                   aliases=aliases + _congress_names(label, "")))
    return out


# "Ban Bí thư đã họp dưới sự chủ trì của đồng chí Tổng Bí thư A": a body meets, chaired by
# someone; the meeting has no name but "Cuộc họp của Ban Bí thư ngày 6/3"
_MET_UNDER_A_CHAIR: Final = patterns.Gated(
    rf"(?:{re.escape(cue('past'))}\s+)?(?P<met>{re.escape(cue('meets_in_session'))}),?\s+"
    rf"(?:{cue_alternatives('under_the_chair_of')})\b")
_MEETING_OF: Final = cues("meeting_word")[0]


def _met_under_a_chair(view: SentenceView) -> list[Mention]:
    """ "Thường trực Ủy ban Trung ương MTTQ Việt Nam đã họp dưới sự chủ trì của đồng chí A":
    the body's meeting that day ("Cuộc họp của Thường trực … ngày 9/3"); its purpose after
    "để" is part of an alias."""
    text, s = view.article.text, view.sentence
    out: list[Mention] = []
    for m in _MET_UNDER_A_CHAIR.finditer(s.text):
        verb = s.start + m.start()
        bodies = [o for o in view.found("Organization") if o.span.end <= verb
                  and o.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)
                  and _BODY_BEFORE_SESSION.match(text[o.span.end:verb])]
        if not bodies:
            continue
        bare = clean_label(f"{_MEETING_OF} {_OF} {bodies[-1].label}")
        day = _DAY.search(text, s.start, verb)
        label = f"{bare} {_DAY_WORD} {_day(day)}" if day else bare
        aliases: tuple[str, ...] = (bare,) if day else ()
        purpose = _PURPOSE.search(text, s.start + m.end(), s.end)
        if purpose is not None:
            rest = text[purpose.end():s.end]
            rest = rest[:_name_end(rest, lists=False)].split(f" {_TERM_WORD} ", 1)[0]  # a body's term is not its name
            aliases += (clean_label(f"{label} {rest}"),)
        out.append(view.mention_at("Event", s.start + m.start("met"), s.start + m.end("met"), label,
                                   FoundAs.MEETING, kind="Conference", aliases=aliases))
    return out


# "Chiều 21/10, Phó Thủ tướng Chính phủ A kiểm tra tiến độ dự án …": an official's visit, right
# after the official's name, which the text names no more
_VISIT: Final = patterns.compile(
    rf"\s+(?:{re.escape(cue('past'))}\s+)?(?P<verb>{cue_alternatives('visits')})(?P<with>\s+{re.escape(cue('held_with'))})?\s+")
_SUBJECT_OPENS: Final = patterns.compile(r"(?:^|,\s*|\d\s+)(?=[A-Z\u0110\u00c0-\u1ef8])")
_SUBJECT_WORDS: Final = 10


def _visits(view: SentenceView, found: list[Mention]) -> tuple[list[Mention], list[RelationMention]]:
    """ "Chiều 21/10, Phó Thủ tướng Chính phủ A kiểm tra tiến độ dự án B": the official's visit,
    "Buổi kiểm tra tiến độ dự án B của Phó Thủ tướng Chính phủ A ngày 21/10" (with whom, after
    "với", as "Buổi … của A với X"), where the sentence gives its day and names no meeting."""
    text, s = view.article.text, view.sentence
    if any(m.sentence == s.index for m in found):
        return [], []
    for person in view.found("Person"):
        visit = _VISIT.match(text, person.span.end)
        if visit is None:
            continue
        opens = [o.end() for o in _SUBJECT_OPENS.finditer(text, s.start, person.span.start)]
        if not opens or len(text[opens[-1]:person.span.end].split()) > _SUBJECT_WORDS \
                or opens[-1] == person.span.start:
            continue  # no title before the name ("Ông A làm việc …": not an official's)
        rest = text[visit.end():s.end]
        what = clean_label(rest[:min(_name_end(rest), _meeting_stop(rest))])
        if not what:
            continue
        day = _day_held(view, s.end)  # asked last: most sentences tell of no visit
        if day is None:
            return [], []
        who = clean_label(text[opens[-1]:person.span.end])
        verb = clean_label(visit["verb"])
        described = f"{verb} {_OF} {who} {cue('held_with')} {what}" if visit["with"] else f"{verb} {what} {_OF} {who}"
        label = f"{_OCCASION.capitalize()} {described} {_DAY_WORD} {_day(day)}"
        event = view.mention_at("Event", visit.start("verb"), visit.end("verb"), label, FoundAs.MEETING,
                                kind="Conference", aliases=_day_variants(view, label))
        return [event], [view.relation(person, "attended", event, FoundAs.ATTENDANCE)]  # the official is there
    return [], []


# "Sáng 20/1, Đoàn Ban Tôn giáo Chính phủ do ông A làm trưởng đoàn đến thăm, chúc Tết Giáo hội X tại chùa
# Y": a visit to greet (cue greeting_visits), after the verb of coming where the text says it
_GREETING_FIRST_WORDS: Final = frozenset(v.split()[0].rstrip(",") for v in cues("greeting_visits"))
_GREETING_VISIT: Final = patterns.compile(
    rf"(?:(?P<comes>{cue_alternatives('comes_to_attend')})\s+)?(?P<verb>{cue_alternatives('greeting_visits')})\s+")


_OCCASION_OR_ANOTHER_ACT: Final = patterns.compile(
    rf"\s+(?:{cue_alternatives('occasions_after_a_name')}|{re.escape(cue('and'))}\s+(?:{cue_alternatives('presents_at_an_event')}))\b")


def _greeting_visits(view: SentenceView, found: list[Mention]) -> tuple[list[Mention], list[RelationMention]]:
    """ "Ngày 27/2, Ban Thường vụ Đảng ủy Khối X đã đến thăm và chúc mừng Trường Y nhân …", "chiều ngày
    2/2, đồng chí A, Phó Thủ tướng Chính phủ đã đến thăm, chúc Tết Đảng bộ … tỉnh Z": the visit, "Buổi
    thăm và chúc mừng Trường Y của Ban Thường vụ Đảng ủy Khối X ngày 27/2" (the greeting and whom, as
    written, an alias), where the sentence gives its day and names no meeting; of who pays it, the
    first named after the day (a body, a delegation, an official); its first person attends it."""
    text, s = view.article.text, view.sentence
    if any(m.sentence == s.index for m in found):
        return [], []
    if not any(w in s.text for w in _GREETING_FIRST_WORDS):
        return [], []  # (the search tries every position of the sentence: most hold no greeting's word)
    visit = _GREETING_VISIT.search(text, s.start, s.end)
    if visit is None:
        return [], []
    rest = text[visit.end():s.end]
    # "… Trường Y nhân kỷ niệm 68 năm …", "… cán bộ, chiến sĩ và trao quà cho …": whom ends there
    after = _OCCASION_OR_ANOTHER_ACT.search(rest)
    whom = clean_label(rest[:min(_name_end(rest), _meeting_stop(rest), after.start() if after else len(rest))])
    day = _day_held(view, visit.start()) if whom else None
    if day is None:
        return [], []
    named = [m for m in (*view.found("Person"), *view.found("Organization"))
             if day.end() <= m.span.start and m.span.end <= visit.start()]
    people = sorted((m for m in named if m.type == "Person"), key=lambda m: m.span.start)
    bodies = sorted((m for m in named if m.extractor == ExtractorName.ORGANIZATIONS), key=lambda m: m.span.start)
    who = sorted((*people[:1], *bodies[:1]), key=lambda m: m.span.start)[:1]  # the delegation, or who leads it
    if not who:
        return [], []
    greeting = clean_label(f"{visit['verb']} {whom}")
    label = f"{_OCCASION.capitalize()} {greeting} {_OF} {who[0].label} {_DAY_WORD} {_day(day)}"
    aliases = (greeting, *((clean_label(f"{visit['comes']} {greeting}"),) if visit["comes"] else ()),
               *_day_variants(view, label))
    event = view.mention_at("Event", visit.start("verb"), visit.end("verb"), label, FoundAs.MEETING,
                            kind="Ceremony", aliases=aliases)
    return [event], [view.relation(p, "attended", event, FoundAs.ATTENDANCE) for p in people[:1]]


_PURPOSE: Final = patterns.compile(rf"\s(?:{cue_alternatives('for_the_purpose_of')})\s+")


_SESSION_BODY_GAP: Final = patterns.compile(
    rf"\s*(?:\((?:{cue_alternatives('session_kinds')})\)\s*)?(?:,\s*|{re.escape(_OF)}\s+)?")
_SESSION_TERM: Final = patterns.compile(rf"\s*(?i:{cue_alternatives('term_of_office')})\s+(?P<term>[IVXLC]+|\d+)")


def _session_of_a_body(view: SentenceView, label: str, end: int,
                       without_term: bool = False) -> tuple[str, tuple[str, ...], int]:
    """ "kỳ họp thứ Tư, HĐND tỉnh X khóa VII" and "Kỳ họp thứ 8 Quốc hội khóa XII": the
    session named with the body that sits and its term, where they follow it."""
    text = view.article.text
    early = _SESSION_TERM.match(text, end)  # ("kỳ họp thứ 15 khoá IX của HĐND TP": the term before the body)
    gap = _SESSION_BODY_GAP.match(text, early.end() if early else end)
    body_start = gap.end() if gap else end
    bodies = [o for o in view.found("Organization") if o.span.start == body_start]
    if not bodies:
        return label, (), end
    body = bodies[0]
    # the term after the body, or inside its span ("Quốc hội khóa XII" is one mention)
    term = early or _SESSION_TERM.match(text, body.span.end) \
        or _SESSION_TERM.search(text, body.span.start, body.span.end)
    if term is None:
        return _session_of_a_body_without_term(view, label, end, body) if without_term else (label, (), end)
    named = f"{body.label} {_TERM_OF_OFFICE[0]} {term['term']}"
    full = clean_label(f"{label} {named}")
    aliases = (clean_label(f"{label}, {named}"), clean_label(f"{label} {_OF} {named}"), label)
    after = max(term.end(), body.span.end)
    written = clean_label(label + text[end:after])  # "Kỳ họp thứ Tư, HĐND tỉnh khóa VII", as annotators may
    return full, (aliases + _term_variants(aliases[0], text[after:after + 40])
                  + (written,) + _term_variants(written, text[after:after + 40])), after


_BODY_TERM_YEARS: Final = patterns.compile(rf"\s*,?\s*{re.escape(_TERM_WORD)}\s+\d{{4}}\s*[-–—]\s*\d{{4}}")


def _session_of_a_body_without_term(view: SentenceView, label: str, end: int,
                                    body: Mention) -> tuple[str, tuple[str, ...], int]:
    """ "trước kỳ họp thứ 15 HĐND tỉnh", "kỳ họp thứ Năm Hội đồng nhân dân phường, nhiệm kỳ 2021 -
    2026": a session named with the body written right after it, though no "khóa" follows
    ("Kỳ họp thứ 15 Hội đồng nhân dân tỉnh X"; as written and bare, aliases)."""
    text = view.article.text
    years = _BODY_TERM_YEARS.match(text, body.span.end)
    after = years.end() if years else body.span.end
    full = clean_label(f"{label} {body.label}" + (f" {years.group().strip(' ,')}" if years else ""))
    written = clean_label(label + text[end:after])
    return full, tuple(dict.fromkeys((written, clean_label(f"{label} {body.label}"), label))), after


def _named_back(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """ "hội nghị", "buổi lễ" in small letters: the event named last."""
    s = view.sentence
    found: list[Mention] = []
    for m in matches_at_words(_BACKREF, view.tokens, s.text, _BACKREF_FIRST_WORDS, offset=s.start):
        start = s.start + m.start()
        if _in_a_venue().search(view.article.text, max(s.start, start - 12), start):
            continue  # "tại Trung tâm hội nghị tỉnh": a venue's name, in small letters, not a meeting named back
        if any(x.span.start <= start < x.span.end for x in mentions + found) \
                or m.group()[0].isupper() and not _bare_head(view, start, s.start + m.end()) \
                and not _HELD_AFTER.match(view.article.text, s.start + m.end()) \
                and not (start == s.start and (_WHO_WAS_THERE_AFTER.match(view.article.text, s.start + m.end())
                                               or _BY_AFTER_A_NAME.match(view.article.text, s.start + m.end()))):
            # "Đại hội tổ chức trong 2 ngày … tại …": the head alone, said to be held, names back; so
            # does one opening a sentence with who was there or who held it ("Buổi lễ do Chuẩn Đô
            # đốc A chủ trì, với sự tham dự của …")
            continue
        recent = [x for x in view.article_mentions + mentions + found
                  if x.type == "Event" and x.extractor in _NAMED_EVENTS and x.span.start < start]
        # "các nghị quyết vừa được HĐND huyện thông qua tại kỳ họp cuối năm": a meeting cited,
        # which the sentence's people are not at
        cited = _CITED_BACK.search(view.article.text, max(s.start, start - _CITED_BACK_REACH), start)
        if recent:
            earlier = _named_back_to(m.group(), recent)
            found.append(view.mention_at("Event", start, s.start + m.end(), earlier.label,
                                         FoundAs.CITED_EVENT if cited else FoundAs.EVENT_BACK_REFERENCE,
                                         kind=earlier.kind))
        elif not cited and (_names_a_meeting_first(view, start, m.group(), mentions + found)
                            or _attended_in_capitals_first(view, start, s.start + m.end(), m.group(),
                                                           mentions + found)):
            found.append(_first_named_back(view, start, s.start + m.end(), m.group()))
    return found


def _names_a_meeting_first(view: SentenceView, start: int, word: str, mentions: list[Mention]) -> bool:
    """Whether a back-reference with no event before it names one meeting the text is at: a
    noun that is no verb ("buổi lễ", "cuộc họp", "hội nghị"; not "họp mặt", "tọa đàm", which
    also say what a body did), not counted in the plural ("các cuộc họp", "4 hội thảo"), in an
    article that has named no event yet (a meeting named in another way is the one meant)."""
    if not (fold(word) + " ").startswith(_FIRST_NAMED_BACK) \
            or _COUNTED_BEFORE.search(view.article.text, max(0, start - _COUNTED_REACH), start):
        return False
    return not _an_event_before(view, start, mentions)


def _attended_in_capitals_first(view: SentenceView, start: int, end: int, word: str, mentions: list[Mention]) -> bool:
    """ "Tham dự Đại hội có …" where the article names no event before (an excerpt that opens on the
    report): a head in capitals after a word of attending (_bare_head), with who was there after it,
    names the one meeting the text is at, whatever the head (in small letters "đại hội" also names
    congresses in general: cue names_a_meeting_first)."""
    return word[0].isupper() and bool(_WHO_WAS_THERE_AFTER.match(view.article.text, end)) \
        and not _an_event_before(view, start, mentions)


def _an_event_before(view: SentenceView, start: int, mentions: list[Mention]) -> bool:
    """Whether the article named an event before ``start`` (a meeting named in another way is
    the one a back-reference means), other than a congress cited by its resolution."""
    return any(x.type == "Event" and x.span.start < start and x.extractor not in _NOT_THE_ONE_AT
               for x in view.article_mentions + mentions)


# events named only as cited ("chuẩn bị cho Đại hội XXVI", "Nghị quyết Đại hội XIII"): past or to
# come, never the meeting a back-reference after them names
_NOT_THE_ONE_AT: Final = (FoundAs.CONGRESS, FoundAs.CITED_EVENT)


_FIRST_NAMED_BACK: Final = tuple(fold(word) + " " for word in cues("names_a_meeting_first"))
# "các cuộc họp", "4 hội thảo", "34 năm ngày hội": a word counted, right before a back-reference
_COUNTED_BEFORE: Final = patterns.compile(
    rf"(?:\d|\b(?:{cue_alternatives('plural_markers')}|{cue_alternatives('number_words')}))"
    rf"\s+(?:{re.escape(cue('year'))}\s+\S+\s+)?$")
_COUNTED_REACH: Final = 24


def _first_named_back(view: SentenceView, start: int, end: int, word: str) -> Mention:
    """ "… đã tổng kết 5 năm thực hiện Nghị quyết 43. Hội nghị có sự tham dự của …", "Cũng tại
    buổi lễ, …": a meeting the text told of by what was done, not by a name, and names first by
    its word for it; its label is that word with who held it and the day, its alias the bare
    word, as the format names a meeting with no name by its description."""
    bare = clean_label(word.lower())
    label = _held_by_on(view, _capitalised(bare), start, end)
    return view.mention_at("Event", start, end, label, FoundAs.MEETING, kind=_BACKREF_KINDS.get(bare),
                           aliases=(bare,) + _day_variants(view, label))


# "Hội nghị có sự tham dự của …", "Buổi lễ có …": the sentence opens on a meeting's word and
# lists who was there
_WHO_WAS_THERE_AFTER: Final = patterns.compile(rf"\s+{re.escape(cue('has'))}\s")
_CITED_BACK: Final = patterns.compile(
    rf"(?:{cue_alternatives('cites_an_event_named_back_before', at_word_start=True, either_initial_case=True)})\s+$")
_CITED_BACK_REACH: Final = max(len(word) for word in cues("cites_an_event_named_back_before")) + 2


def _named_back_to(word: str, recent: list[Mention]) -> Mention:
    """The event a back-reference names among those named before it: the last of its head
    ("hội nghị" names back a "Hội nghị …", not a "Chương trình …" named since), else the
    last of its kind ("Dự buổi lễ có …" after "Lễ kỷ niệm … và Hội nghị …"), else the last."""
    heads = _BACKREF_HEADS.get(word.lower(), ())
    kind = _BACKREF_KINDS.get(word.lower())
    return next((x for x in reversed(recent) if fold(x.label).startswith(heads)),
                next((x for x in reversed(recent) if x.kind == kind), recent[-1]))


def _programme_named_back(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """ "Tham dự chương trình có đồng chí A", "Phát biểu tại chương trình, bà B …": the word for a
    programme after who attends or speaks there, before who was there or a comma, names back the
    occasion named last (a visit with gifts, a rite), whatever its head."""
    s = view.sentence
    if _PROGRAMME[1:] not in s.text:  # ("hương trình": either case, no copy of the sentence)
        return []
    found: list[Mention] = []
    for m in _PROGRAMME_NAMED_BACK.finditer(s.text):
        start = s.start + m.start("word")
        if any(x.span.start <= start < x.span.end for x in mentions + view.article_mentions):
            continue
        recent = [x for x in view.article_mentions + mentions
                  if x.type == "Event" and x.extractor in _NAMED_EVENTS and x.span.start < start]
        if recent:
            found.append(view.mention_at("Event", start, s.start + m.end("word"), recent[-1].label,
                                         FoundAs.EVENT_BACK_REFERENCE, kind=recent[-1].kind))
        elif not _an_event_before(view, start, mentions + found):
            # "Tham dự chương trình có …" before any occasion is named: the one the text told of by
            # what was done, named first by the word
            found.append(_first_named_back(view, start, s.start + m.end("word"), m["word"]))
    return found


_PROGRAMME: Final = cue("occasion_named_back_as_a_programme")
_PROGRAMME_NAMED_BACK: Final = patterns.compile(
    rf"(?:^|\s)(?:{cue_alternatives('names_an_event_back_after', either_initial_case=True)})\s+"
    rf"(?P<word>{either_initial(_PROGRAMME)})(?=\s+{re.escape(cue('has'))}\s|\s*,)")


# "buổi tiếp xúc", "buổi đối thoại": an occasion and the first two words of what it is
_OCCASION_OF: Final = patterns.compile(rf"\b{either_initial(_OCCASION)}\s+(?P<what>[^\W\d_]+\s+[^\W\d_]+)\b")


def _occasions_named_back(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """ "Chủ trì buổi tiếp xúc có bà A" after "Đoàn ĐBQH tỉnh tổ chức tiếp xúc cử tri chuyên đề
    …": "buổi" and the first two words of a meeting named before names it back, whatever its
    kind (the back-references of events.tsv name back by a head's own words)."""
    s = view.sentence
    found: list[Mention] = []
    if _OCCASION not in patterns.casefolded(s.text):  # (the sentence folded once for all the extractors' cues)
        return found
    for m in _OCCASION_OF.finditer(s.text):
        start = s.start + m.start()
        if any(x.span.start <= start < x.span.end for x in mentions + view.article_mentions):
            continue
        what = fold(m["what"]) + " "
        one_word = bool(_NOT_A_NAME.match(m["what"].split()[1]))
        if one_word:
            # "Tham dự buổi trao có bà A": "buổi" and one word, the verb after it no part of what it is
            what = what.split()[0] + " "
        earlier = [x for x in view.article_mentions + mentions if x.type == "Event" and x.span.start < start
                   and x.extractor in _NAMED_EVENTS and _described_as(x.label, what)]
        if earlier:
            found.append(view.mention_at("Event", start, s.start + m.end(), earlier[-1].label,
                                         FoundAs.EVENT_BACK_REFERENCE, kind=earlier[-1].kind))
        elif len(what.split()) > 1 and _BEFORE_AN_OCCASION.search(view.article.text, s.start, start) \
                and not _read_as_a_meeting(m.group()):
            # "ông A chủ trì buổi đối thoại với …", "Tại buổi giao lưu, …": an occasion the
            # text is at, named by what it is, with who held it and the day
            rest = view.article.text[s.start + m.end():s.end]
            end = _before_an_open_bracket(view.article.text, start,
                                          s.start + m.end() + min(_name_end(rest), _meeting_stop(rest)))
            found.append(_meeting_held(view, start, end, m.group().lower(), _label_with_orgs(view, start, end)))
        elif one_word and _BEFORE_AN_OCCASION.search(view.article.text, s.start, start) \
                and not _an_event_before(view, start, mentions):
            # "Tham dự buổi trao có …" with no meeting named before: the occasion, named first
            # by "buổi" and its one word
            word_end = start + len(m.group().rsplit(maxsplit=1)[0])
            found.append(_first_named_back(view, start, word_end, view.article.text[start:word_end]))
    return found


def _read_as_a_meeting(occasion: str) -> bool:
    """Whether "buổi …" begins with a head of events.tsv ("buổi làm việc"), which _meetings
    reads (and leaves out where it names nothing)."""
    return (fold(occasion) + " ").startswith(_folded_heads())


def _described_as(label: str, what: str) -> bool:
    """Whether an event's label, past "Buổi" or its head ("Lễ bàn giao …"), begins with
    ``what`` (folded, a space after)."""
    folded = fold(label).removeprefix(_OCCASION + " ") + " "  # "Buổi tiếp xúc" is described as "tiếp xúc "
    if folded.startswith(what):
        return True
    head = next((h for h in _folded_heads() if folded.startswith(h)), None)
    return head is not None and folded[len(head):].startswith(what)


@cache
def _folded_heads() -> tuple[str, ...]:
    """The heads of events.tsv, folded with a space after, longest first."""
    return tuple(sorted((fold(h) + " " for h in lexicon().event_heads), key=len, reverse=True))


# what stands before an occasion the text is at: a verb of holding or attending (one opening a
# sentence, "Buổi tiếp xúc còn có …", was tried: more false meetings than right ones)
_BEFORE_AN_OCCASION: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('before_a_meeting')}"
    rf"|{cue_alternatives('before_a_meeting_any_case', either_initial_case=True)})\s*$")


def _read_backref_heads() -> dict[str, tuple[str, ...]]:
    """The heads each back-reference names back, folded and with a space after ("buổi
    lễ": "lễ "), as an occasion too ("buổi làm việc" is "Buổi làm việc …")."""
    heads: dict[str, list[str]] = {}
    for head, (_, backrefs) in lexicon().event_heads.items():
        for word in backrefs:
            heads.setdefault(word.lower(), []).append(fold(head) + " ")
    return {word: tuple(found) for word, found in heads.items()}


_BACKREF_HEADS: Final = _read_backref_heads()


def _read_backref_kinds() -> dict[str, str]:
    """The kind of event each back-reference names ("buổi lễ": a ceremony); a word that
    names back events of several kinds ("buổi gặp mặt" is one) names its first."""
    kinds: dict[str, str] = {}
    for kind, backrefs in lexicon().event_heads.values():
        for word in backrefs:
            kinds.setdefault(word.lower(), kind)
    return kinds


_BACKREF_KINDS: Final = _read_backref_kinds()


# after a head in capitals that names nothing: a lower-case word, a stop or the end
# (a line's end ends it: "Các đại biểu về dự Hội nghị" is a caption, the next line another sentence)
_NOT_A_NAME_AFTER: Final = patterns.compile(r"[ \t]*(?:$|\n|[,.;:()]|[ \t](?P<word>[^\W\d_]))")
_NAMES_BACK_AFTER: Final = patterns.compile(rf"(?:^|\s)(?:{cue_alternatives('names_an_event_back_after')})\s+$",
                                     re.IGNORECASE)


def _bare_head(view: SentenceView, start: int, end: int) -> bool:
    """ "Dự Đại hội có ...", "phát biểu tại Hội nghị": a head in capitals with no name after
    it, after a word of attending, names back the event the text is at, as "hội nghị" in
    small letters does."""
    text = view.article.text
    after = _NOT_A_NAME_AFTER.match(text, end)
    return not view.covered(start, end) and after is not None and not (after["word"] or "a").isupper() \
        and bool(_NAMES_BACK_AFTER.search(text[max(view.sentence.start, start - 30):start]))


# how far after "tại" the place may stand, past the hall it names ("tại Trung tâm Hội nghị
# Quốc gia, Hà Nội", "tại hội trường tỉnh Bắc Kạn")
_VENUE_REACH: Final = 60
# (a verb marked past or passive begins the clause after the venue: "công tác tại vùng khó khăn
# đã nhận bằng và được bàn giao về 4 tỉnh X": no venue is named)
_VENUE_ENDS: Final = patterns.compile(rf"[;:\n]|\.\s|\s(?:{re.escape(cue('past'))}|{re.escape(cue('passive'))})\s")
# (searched only in a sentence that holds one of the words in some case: most hold none)
_AT: Final = patterns.Cued(rf"\b(?:{cue_alternatives('venue_leads', either_initial_case=True)})\b", cues("venue_leads"))


def _located(view: SentenceView, mentions: list[Mention]) -> list[RelationMention]:
    """ "tại xã X", "tại Trung tâm Hội nghị tỉnh, thành phố X": the named events of the
    sentence took place there (the first place named after "tại"); so did a meeting named
    by its description after it ("Ngày 31/8, tại thành phố X, Tỉnh ủy tổ chức sơ kết ...",
    not "trao Huy hiệu cho đảng viên sinh hoạt tại xã X")."""
    if not mentions:  # each rule below places only the sentence's events
        return []
    place, at = _venue_at(view)
    if place is None:
        return _held_in_a_commune(view, mentions) or _hosted_by_a_place(view, mentions) \
            or _came_there_to_attend(view, mentions)
    text = view.article.text
    # "tổ chức buổi họp mặt truyền thống tại tỉnh X": a meeting whose name ends at "tại" was held there
    return [view.relation(event, "locatedIn", place, ExtractorName.EVENTS) for event in mentions
            if event.extractor == ExtractorName.EVENTS
            # "… kết quả Đại hội XIII của Đảng diễn ra tại Thủ đô Hà Nội": a meeting cited, and where it took place
            or event.extractor == FoundAs.CITED_EVENT and _took_place_there(text, event.span.end, at)
            or event.extractor == FoundAs.MEETING and (place.span.end <= event.span.start
                                                       or event.span.end <= at and not text[event.span.end:at].strip()
                                                       or _took_place_there(text, event.span.end, at)
                                                       and not _holds_another_s_name(event, mentions))
            or event.extractor == FoundAs.EVENT_BACK_REFERENCE and (
                _held_there(text, event.span.end, at)
                # "Ngày 12/5, tại Hà Nội, Công đoàn X tổ chức gặp mặt, …": held there, named back
                or place.span.end <= event.span.start
                and _ORGANISER.search(text, view.sentence.start, event.span.start) is not None)]


def _holds_another_s_name(event: Mention, mentions: list[Mention]) -> bool:
    """Whether a meeting's name holds another event's ("buổi gặp mặt Đoàn đại biểu tham dự Đại hội X
    lần thứ XI … diễn ra từ ngày 29 đến 30/8 tại Hà Nội"): the verb after it may be said of that one."""
    return any(other.type == "Event" and event.span.start < other.span.start < event.span.end for other in mentions)


# how far before "tại" an occasion named back may end ("Đại hội tổ chức trong 2 ngày 24-25/8 tại …")
_HELD_THERE_REACH: Final = 45


def _held_there(text: str, end: int, at: int) -> bool:
    """Whether an occasion named back that ends at ``end`` is said to be held at the venue
    whose "tại" is at ``at``: a verb of taking place right after it, no clause between."""
    return end <= at <= end + _HELD_THERE_REACH and _HELD_AFTER.match(text, end) is not None \
        and not any(c in text[end:at] for c in ",;:()")


# "… đã diễn ra tối ngày 26/7 tại", "… được tổ chức sáng 9/1 tại": the verb that says an event
# took place, and when, right before the venue
_TOOK_PLACE_WHEN: Final = patterns.compile(
    rf"\s(?:{cue_alternatives('takes_place')})(?:\s+(?:{cue_alternatives('times_of_day')}|"
    rf"{cue_alternatives('days_a_meeting_runs')}|\d{{1,2}}(?:[/.\-]\d{{1,4}}){{0,2}}))*\s+$")
_TOOK_PLACE_REACH: Final = 160  # how far after a meeting's name the verb may stand (who held it between)


def _took_place_there(text: str, end: int, at: int) -> bool:
    """Whether a meeting whose name ends at ``end`` is said to take place at the venue whose "tại" is
    at ``at``: "Chương trình “X” lần thứ 9 do A và B phối hợp thực hiện đã diễn ra tối ngày 26/7 tại
    Hà Nội", the verb of taking place and its day right before the venue, in one clause with it."""
    return end <= at <= end + _TOOK_PLACE_REACH and not any(c in text[end:at] for c in ";:()") \
        and _TOOK_PLACE_WHEN.search(text, end, at) is not None


_PLACE_HOSTS: Final = patterns.compile(rf"\b(?:{cue_alternatives('place_hosts')})\b")
_PLACE_HOSTS_FIRST_WORDS: Final = first_words(cues("place_hosts"))  # where _PLACE_HOSTS's matches begin


def _hosted_by_a_place(view: SentenceView, mentions: list[Mention]) -> list[RelationMention]:
    """ "Hà Nội là nơi diễn ra Đại hội …", "Sáng 24/2, khu Vườn thực vật của Học viện X (xã
    Y, thành phố Z) là nơi diễn ra lễ phát động …": the first place the subject names (the
    finest of an address, as annotators link it) is where the events named after took place."""
    found = matches_at_words(_PLACE_HOSTS, view.tokens, view.sentence.text, _PLACE_HOSTS_FIRST_WORDS,
                             offset=view.sentence.start)
    if not found:
        return []
    hosts = found[0]
    cue_at, cue_end = view.sentence.start + hosts.start(), view.sentence.start + hosts.end()
    before = sorted((p for p in view.found("Place") if view.sentence.start <= p.span.start and p.span.end <= cue_at
                     and p.extractor != FoundAs.PLACE_IN_PASSING), key=lambda p: p.span.start)
    if not before:
        return []
    return [view.relation(event, "locatedIn", before[0], ExtractorName.EVENTS) for event in mentions
            if event.extractor in (ExtractorName.EVENTS, FoundAs.MEETING) and event.span.start >= cue_end]


# "… đã về thành phố X, tỉnh Y dự Đại hội …": who came to a place to attend an event, and the event
_TO_ATTEND: Final = patterns.compile(rf"\s+(?:{cue_alternatives('attends_on_arrival')})\s+$")
_CAME_TO: Final = patterns.compile(rf"\b(?:{cue_alternatives('comes_to_attend')})\s+$")
_ADDRESS_COMMA: Final = patterns.compile(r"\s*,\s*$")
_TO_ATTEND_REACH: Final = 16  # how far before an event its "để tham dự" may begin


def _came_there_to_attend(view: SentenceView, mentions: list[Mention]) -> list[RelationMention]:
    """ "146 đại biểu … đã về thành phố Vinh, tỉnh Nghệ An dự Đại hội …", "đến Hà Nội tham dự Lễ …":
    with no "tại", the place people came to (the finest of its address, as annotators link it) to
    attend the event named right after is where that event took place."""
    text = view.article.text
    places = {p.span.end: p for p in view.found("Place") if p.extractor != FoundAs.PLACE_IN_PASSING}
    out: list[RelationMention] = []
    for event in mentions:
        if event.extractor not in (ExtractorName.EVENTS, FoundAs.MEETING):
            continue
        verb = _TO_ATTEND.search(text, max(view.sentence.start, event.span.start - _TO_ATTEND_REACH),
                                 event.span.start)
        place = places.get(verb.start()) if verb is not None else None
        while place is not None:  # back along the address to its first, finest place
            comma = _ADDRESS_COMMA.search(text, max(view.sentence.start, place.span.start - 3), place.span.start)
            finer = next((p for end, p in places.items() if comma is not None and end == comma.start()), None)
            if finer is None:
                break
            place = finer
        if place is not None and _CAME_TO.search(text, max(view.sentence.start, place.span.start - 6),
                                                 place.span.start):
            out.append(view.relation(event, "locatedIn", place, ExtractorName.EVENTS))
    return out


# "ấp Tân Lợi, xã Hòa Lạc (, huyện …) tổ chức Ngày hội …": a commune holds its own event, there
_COMMUNE_HOLDS: Final = patterns.compile(
    rf"(?:\s*,\s*(?:{cue_alternatives('levels_high_first')})\s[^,;.]{{1,30}})*\s*"
    rf"(?:{re.escape(cue('past'))}\s+)?(?:{re.escape(cue('solemnly'))}\s+)?"
    rf"(?:{cue_alternatives('holds_a_meeting')})\s+(?:{re.escape(cue('solemnly'))}\s+)?")
_COMMUNE_LEVELS: Final = tuple(fold(f"{level} ") for level in cues("commune_levels"))


def _held_in_a_commune(view: SentenceView, mentions: list[Mention]) -> list[RelationMention]:
    """ "Sáng 9/11, ấp Tân Lợi, xã Hòa Lạc tổ chức Ngày hội …": with no "tại", the commune
    named as whoever holds the event (or in its address) is where it took place."""
    text = view.article.text
    out: list[RelationMention] = []
    for event in mentions:
        if event.extractor not in (ExtractorName.EVENTS, FoundAs.MEETING):
            continue
        before = [p for p in view.found("Place") if p.span.end <= event.span.start
                  and p.extractor != FoundAs.PLACE_IN_PASSING  # "Xã X tổ chức …": its authorities, not a venue
                  and fold(text[p.span.start:p.span.end]).startswith(_COMMUNE_LEVELS)
                  and not view.covered(p.span.start, p.span.end, ("Organization",))  # "UBND xã X tổ chức"
                  and _COMMUNE_HOLDS.fullmatch(text, p.span.end, event.span.start)]
        if before:
            out.append(view.relation(event, "locatedIn", before[-1], ExtractorName.EVENTS))
    return out


def _venue(view: SentenceView) -> Mention | None:
    """The first place the sentence names after "tại", if one."""
    return _venue_at(view)[0]


def _venue_at(view: SentenceView) -> tuple[Mention | None, int]:
    """The first place the sentence names after "tại", if one, and where that "tại" is."""
    text = view.article.text
    s = view.sentence
    for at in _AT.finditer(s.text):
        start = s.start + at.end()
        reach = text[start:min(s.end, start + _VENUE_REACH)]
        stop = _VENUE_ENDS.search(reach)
        end = start + (stop.start() if stop else len(reach))
        after = sorted([*((p.span.start, p) for p in view.found("Place") if start <= p.span.start < end
                          and p.extractor != FoundAs.PLACE_IN_PASSING),
                        *_places_ending_bodies(view, start, end)], key=lambda found: found[0])
        if after:
            return after[0][1], s.start + at.start()
    return _venue_after_a_day(view)


# "… tổ chức sáng 19/6 ở xã X", "… chiều 21/11 ở tỉnh X": "ở" names the venue only after the verb
# of taking place or a day (most "ở" say where someone lives or works)
_THERE_WORD: Final = cue("venue_after_a_day")
_THERE_AFTER_A_DAY: Final = patterns.Cued(rf"\b{re.escape(_THERE_WORD)}\s", (_THERE_WORD,))
_A_DAY_BEFORE: Final = patterns.compile(
    rf"\b(?:{cue_alternatives('times_of_day', either_initial_case=True)})\s+\d{{1,2}}(?:[/.\-]\d{{1,2}}){{1,2}}\s+$")
_DAY_REACH: Final = 40  # how far before "ở" the verb or the day may begin


def _venue_after_a_day(view: SentenceView) -> tuple[Mention | None, int]:
    """ "Đại hội … lần thứ IV, tổ chức ở Hà Nội", "… sơ kết … trong buổi hội nghị chiều 21/11 ở
    Quảng Ninh": with no "tại", the place right after an "ở" that follows the verb of taking place
    or a day, and where that "ở" is."""
    text = view.article.text
    s = view.sentence
    for m in _THERE_AFTER_A_DAY.finditer(s.text):
        at, after = s.start + m.start(), s.start + m.end()
        window = max(s.start, at - _DAY_REACH)
        if _TOOK_PLACE_WHEN.search(text, window, at) is None and _A_DAY_BEFORE.search(text, window, at) is None:
            continue
        place = next((p for p in view.found("Place") if p.span.start == after
                      and p.extractor != FoundAs.PLACE_IN_PASSING), None)
        if place is not None:
            return place, at
    return None, -1


def _places_ending_bodies(view: SentenceView, start: int, end: int) -> list[tuple[int, Mention]]:
    """ "tại Hội trường UBND xã Yên Sơn": the place that ends the name of the body whose hall is
    the venue, where the article named it as a place before (a name found only inside a body's
    name makes no Place), with where it stands."""
    text = view.article.text
    # the venue's body: the first named after "tại", in the same clause ("tại hội trường UBND xã,
    # Hội Nông dân xã X khai mạc …" names the holder after the venue, not the venue)
    body = min((b for b in view.found("Organization") if start <= b.span.start < end
                and b.extractor == ExtractorName.ORGANIZATIONS), key=lambda b: b.span.start, default=None)
    if body is None or any(c in text[start:body.span.start] for c in ",;()"):
        return []
    places = {fold(p.text): p for p in view.article_mentions if p.type == "Place" and " " in p.text
              and p.extractor != FoundAs.PLACE_IN_PASSING and p.text[:1].islower()}
    written = fold(text[body.span.start:body.span.end])
    return [(body.span.end - len(name), place) for name, place in places.items() if written.endswith(" " + name)]


# A meeting the text is at, named by what it is rather than by a proper name: "Huyện ủy
# X tổ chức lễ trao Huy hiệu Đảng", "tại hội nghị lần thứ 7".  Its label is the
# description, then who held it and the day ("Lễ trao Huy hiệu Đảng đợt 3/2 của Huyện ủy
# Cái Bè ngày 06-01"); the description as written is an alias.
# heads that name a congress or session with its number and body, read elsewhere
_NOT_MEETINGS: Final = cues("heads_named_elsewhere")


# _meeting_pattern's two patterns, in a dict compiled code reads directly (each asked for at
# every sentence: an @cache'd function is a generic call, its keyword a key of its own)
_MEETING: Final[dict[bool, re.Pattern[str]]] = {}
# the verbs before a meeting's name in either case: of attending, and of directing it ("dự và chỉ đạo Lễ …")
_BEFORE_ANY_CASE: Final = (*cues("before_a_meeting_any_case"), *cues("directs_a_meeting"))


def _meeting(opening: bool = False) -> re.Pattern[str]:
    found = _MEETING.get(opening)
    if found is None:
        found = _MEETING[opening] = _meeting_pattern(opening)
    return found


def _meeting_pattern(opening: bool) -> re.Pattern[str]:
    """A meeting named in small letters after a verb ("tổ chức họp giao ban", "dự buổi làm
    việc"), or a ceremony or conference named by what is done at it ("tổ chức trao Huy hiệu
    Đảng", "tổ chức sơ kết 10 năm thực hiện ..."); ``opening``: also a name that opens the
    sentence, with no verb before it (see _meetings_in)."""
    # the heads of events.tsv, and the kinds of gathering the gold names events by (gatherings.tsv)
    heads = sorted({*(h for h in lexicon().event_heads if h not in _NOT_MEETINGS), *lexicon().gatherings},
                   key=len, reverse=True)
    solemnly, organised = re.escape(cue("solemnly")), cues("holds_a_meeting")[0]
    named = (rf"(?:{solemnly}\s+)?(?P<head>(?:{either_initial(cue('occasion'))}\s+)?"
             rf"(?:{patterns.alternatives(heads, either_case=True)}))(?:\s+|(?=[,.;]|:\s*[“\"]))")
    held = (rf"(?:{solemnly}\s+)?(?:(?P<rite>(?=(?:{cue_alternatives('rites')})\s))"
            rf"|(?P<review>(?=(?:{cue_alternatives('reviews')})\s)))")
    # "Ban tổ chức trao giải Nhất …": the organising committee, not "tổ chức" the verb
    not_a_verb = "".join(f"(?<!{either_initial(word)} )" for word in cues("organising_committee_heads"))
    not_after = "".join(f"(?<!{re.escape(w)} )" for w in cues("not_attending_after"))  # "vinh dự": honoured
    if opening:  # matched at the sentence's start only: "^", where no verb need go before the name
        before = patterns.alternatives(sorted(_BEFORE_ANY_CASE, key=len, reverse=True), either_case=True)
        return patterns.compile(
            rf"(?:\b{not_after}(?:{cue_alternatives('before_a_meeting')}|{before})\s+|^){named}"
            rf"|\b{not_a_verb}{re.escape(organised)}\s+{held}")
    # Searched for: the verbs by their first characters, each first character once, then the
    # verb's look behinds ("(?<!vinh .)" after the first character is "(?<!vinh )" before it),
    # so that the pattern begins with characters the engine skips to (a pattern that begins
    # with a look ahead is tried at every character); "tổ chức" that holds a meeting (named
    # by what is done at it) after the verbs with its first character, marked by the empty
    # group "organised", which decides what follows.
    verbs = [*sorted(cues("before_a_meeting"), key=len, reverse=True),
             *(case(word[0]) + word[1:] for word in sorted(_BEFORE_ANY_CASE, key=len, reverse=True)
               for case in (str.upper, str.lower))]
    by_first: dict[str, list[str]] = {}
    for verb in dict.fromkeys(verbs):
        by_first.setdefault(verb[0], []).append(re.escape(verb[1:]))
    behind = not_after.replace(" )", " .)")
    starts = {first: f"{behind}(?:{'|'.join(rests)})" for first, rests in by_first.items()}
    starts[organised[0]] = (f"(?:{starts[organised[0]]}|" if organised[0] in starts else "(?:") + \
        f"{not_a_verb.replace(' )', ' .)')}{re.escape(organised[1:])}(?P<organised>))"
    verb = "|".join(rf"{re.escape(first)}(?<!\w.){rest}" for first, rest in starts.items())
    return patterns.compile(rf"(?:{verb})\s+(?(organised){held}|{named})")


# "Lễ trao Huy hiệu ... cho đồng chí X": who receives is not part of the name ("thông tin
# cho báo chí" is); at the start of the text or after white space (_meeting_stop)
_MEETING_STOP_WORDS: Final = (
    rf"(?:{re.escape(cue('for'))}\s+(?:{cue_alternatives('recipients_after_for')}|"
    rf"(?:{cue_alternatives('more_recipients_after_for')})\b|\d|[A-ZĐ])|{cue_alternatives('ends_a_meeting_name')}"
    rf"|(?:{cue_alternatives('to_recipients')})\s+(?:{cue_alternatives('recipients_after_for')}"
    rf"|{cue_alternatives('more_recipients_after_for')})\b"
    rf"|{re.escape(cue('and'))}\s+(?:{cue_alternatives('acts_after_and')})\b)")
_MEETING_STOP_OPENING: Final = patterns.compile(_MEETING_STOP_WORDS)
# "\s\s*", not "\s+": a pattern that begins with a class is skipped to by the engine, one that
# begins with a repeat (or "(?:^|\s+)") is tried at every character
_MEETING_STOP: Final = patterns.compile(rf"\s\s*{_MEETING_STOP_WORDS}")
_DAY: Final = patterns.compile(rf"(?:^|\b)(?:{cue_alternatives('times_of_day', either_initial_case=True)})\s+"
                  rf"(?:{re.escape(_DAY_WORD)}\s+)?(?:\d{{1,2}}\s+)?"
                  r"(?:(?P<day>\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?)"
                  # "Sáng ngày 08 tháng 11 năm 2024": the day in words, which a label writes "08/11/2024"
                  rf"|(?P<dd>\d{{1,2}})\s+{re.escape(cue('month'))}\s+(?P<mm>\d{{1,2}})"
                  rf"(?:\s+{re.escape(cue('year'))}\s+(?P<yy>\d{{4}}))?)\b")


def _day(m: re.Match[str]) -> str:
    """The day a match of _DAY names, as a label writes it ("08/11/2024")."""
    if m["day"]:
        return m["day"]
    return f"{m['dd']}/{m['mm']}" + (f"/{m['yy']}" if m["yy"] else "")


# "dự lễ và trao Huy hiệu Đảng ...": the ceremony is named by the rite after "và"
_RITE_NEXT: Final = rf"(?:{cue_alternatives('rites')})\s"
_AND_A_RITE: Final = patterns.compile(rf"^(?P<head>{either_initial(_CEREMONY)})\s+{re.escape(cue('and'))}\s+"
                                      rf"(?={_RITE_NEXT})")


# "dự lễ và cắt băng khai mạc": the ceremony named back by its head, what its guests did after "và"
_AND_NO_RITE: Final = patterns.compile(rf"\s*{re.escape(cue('and'))}\s+(?!{_RITE_NEXT})")


def _rite_after_and(description: str) -> str:
    """ "Lễ và trao Huy hiệu ...": "và" left out after the ceremony's head (a match at the
    beginning and its text made again, not re's sub with a template, which runs Python)."""
    m = _AND_A_RITE.match(description)
    return f"{m['head']} {description[m.end():]}" if m else description


# "tổ chức hội thảo: “Xây dựng và phát triển ...”": the meeting's title, quoted after a colon
_QUOTED_TITLE: Final = patterns.compile(r"^\s*:\s*[“\"](?P<title>[^”\"]{3,200})[”\"]")


_SITTING_OF: Final = patterns.compile(rf"(?:{cue_alternatives('heads_named_elsewhere')})\b")


def _sitting_of(view: SentenceView, position: int, found: list[Mention]) -> Mention | None:
    """The congress or session a sitting named at ``position`` belongs to: the one named
    right there ("phiên trù bị Đại hội đại biểu lần thứ III"), or for its bare head
    ("phiên trù bị Đại hội") the one named last."""
    named = [x for x in found if x.extractor == ExtractorName.EVENTS and x.span.start == position]
    if named or not _SITTING_OF.match(view.article.text, position):
        return named[0] if named else None
    earlier = [x for x in view.article_mentions + found
               if x.type == "Event" and x.extractor in _NAMED_EVENTS and x.span.start < position]
    return earlier[-1] if earlier else None


def _meets_in(view: SentenceView, position: int, found: list[Mention]) -> Mention | None:
    """The event that meets in a sitting named after "họp" ("Đại hội Đảng bộ phường X lần
    thứ I, nhiệm kỳ 2025–2030 họp phiên trù bị"): named right before the verb."""
    text = view.article.text
    if not text.startswith(cue("meets_in_session"), position):
        return None
    for event in found:
        if event.type == "Event" and event.extractor == ExtractorName.EVENTS and event.span.end <= position:
            term = _SESSION_HOLDER_TERM.match(text, event.span.end)
            if not text[term.end() if term else event.span.end:position].strip():
                return event
    return None


_ORGANISED: Final = cues("holds_a_meeting")[0]
_TOPIC_OF_HOLDING: Final = patterns.compile(rf"(?:^|\s)(?:{cue_alternatives('topic_of_holding')})\s+$")


def _meetings_in(s: Sentence, tokens: list[Token]) -> list[re.Match[str]]:
    """_meeting(opening=True)'s matches in the sentence, as its finditer finds them: a name
    that opens the text ("^") can match only at its start, which is tried alone; the rest is
    matched without it, at the first words of the verbs before a name (with "^", it was tried
    at the first characters of every name too: most letters)."""
    first = _meeting(opening=True).match(s.text)
    return ([] if first is None else [first]) + matches_at_words(
        _meeting(), tokens, s.text, _MEETING_VERB_FIRSTS, offset=s.start, pos=0 if first is None else first.end())


# the first words of the verbs before a meeting, where _meeting()'s matches begin
_MEETING_VERB_FIRSTS: Final = first_words(
    (*cues("before_a_meeting"), *_BEFORE_ANY_CASE, cues("holds_a_meeting")[0]))


def _meetings(view: SentenceView, found: list[Mention]) -> list[Mention]:
    text = view.article.text
    s = view.sentence
    out: list[Mention] = []
    for m in _meetings_in(s, view.tokens):
        if s.text.startswith(_ORGANISED, m.start()) and _TOPIC_OF_HOLDING.search(s.text, 0, m.start()):
            continue  # "Kế hoạch số 09 về tổ chức chương trình …": what a plan is about, not held
        rite = m["head"] is None  # named by what is done at it: the text after the verb
        start = s.start + (m.end() if rite else m.start("head"))
        if not rite and (_a_gathering_in_general(view, m, start) or _PLURAL_BEFORE.search(text, s.start, start)
                         or _PLURAL_BEFORE.search(text, s.start, s.start + m.start())):
            continue  # "các cuộc họp giao ban của X sẽ dùng …": meetings of a kind, no one occasion
        if any(x.span.start <= start < x.span.end for x in found + out) or \
                view.covered(start, start + 2, ("Document", "Organization", "Award", "PracticeModel")):
            continue
        rest = text[s.start + m.end():s.end]
        sitting_of = None if rite else _sitting_of(view, s.start + m.end(), found + out) \
            or _meets_in(view, s.start + m.start(), found)
        if sitting_of is not None:
            # "phiên trù bị Đại hội đại biểu lần thứ III", "tại phiên trù bị Đại hội": a sitting of the congress
            out.append(view.mention_at("Event", start, s.start + m.end("head"), sitting_of.label,
                                       FoundAs.EVENT_BACK_REFERENCE, kind=sitting_of.kind))
            continue
        titled = None if rite else _QUOTED_TITLE.match(rest)
        # "tổ chức họp giao ban, nhằm ...": the head alone, named by who holds it
        end = s.start + m.end() + (titled.end() if titled else 0 if rest[:1] in (",", ".", ";")
                                   else min(_name_end(rest), _meeting_stop(rest)))
        if not titled:
            end = _before_a_photo_credit(text, start, _before_a_closing_quote(
                text, start, _before_an_open_bracket(text, start, _before_a_documents_topic(view, start, end))))
        description = f"{m['head']} {clean_label(titled['title'])}" if titled else \
            _rite_after_and(_label_with_orgs(view, start, end).strip())
        head = (_CEREMONY if m["review"] is None else _CONFERENCE) if rite else clean_label(m["head"])
        if rite and description:
            description = f"{head} {description}"
        if len(description.split()) <= len(head.split()) or _NOT_A_NAME.match(rest) \
                or not rite and m["head"] in _NAMED_BACK_BEFORE_A_PLURAL and _PLURAL_AFTER.match(rest) \
                or not rite and m["head"][:1].islower() and _AND_NO_RITE.match(rest):
            # "tham dự Ngày hội tại ấp ...": the meeting named back by its head alone
            recent = [x for x in view.article_mentions + found + out
                      if x.type == "Event" and x.extractor in _NAMED_EVENTS and x.span.start < start]
            dated = None if rite else _HEAD_AND_DAY.match(text, s.start + m.end("head"))
            if dated is not None and not any(x.label.endswith(f" {_DAY_WORD} {dated['day']}") for x in recent):
                # "Tại hội nghị ngày 2/10, Ban Chấp hành … đã bầu …": an occasion named by its head and day
                out.append(_meeting_held(view, start, dated.end(), head, f"{m['head']}{dated.group()}"))
                continue
            if recent and not rite:
                earlier = _named_back_to(m["head"], recent)
                out.append(view.mention_at("Event", start, s.start + m.end("head"), earlier.label,
                                           FoundAs.EVENT_BACK_REFERENCE, kind=earlier.kind))
            elif not recent and not rite and (_organiser(view, start) is not None
                                              or fold(head) in _NAMED_BY_THEIR_HEAD):
                # "Thường trực Tỉnh ủy X tổ chức họp giao ban": the meeting named by who holds it;
                # "Phát biểu tại buổi làm việc, …": an occasion the text is at, named by its head
                # (by its head alone: what follows it, "Tham dự buổi trao có …", is no part of its name)
                out.append(_meeting_held(view, start, s.start + m.end("head"), head, m["head"]))
            continue
        meeting = _sitting_or_meeting(view, start, end, head, description, found + out)
        out.append(_with_its_recipients(view, meeting, start, end) if rite else meeting)
    return out


def _sitting_or_meeting(view: SentenceView, start: int, end: int, head: str, description: str,
                        found: list[Mention]) -> Mention:
    """A meeting named by its description; but "Tại phiên họp thứ nhất, ông A được bầu …",
    "hội nghị lần thứ nhất" (cue first_sitting) after a congress is the first sitting of the
    committee it elected, held at the congress: a back reference to the congress."""
    earlier = _the_rite_named_before(view, start, description, found)
    if earlier is not None:
        return view.mention_at("Event", start, end, earlier.label, FoundAs.EVENT_BACK_REFERENCE, kind=earlier.kind)
    if fold(description) in _FIRST_SITTINGS:
        congress = next((x for x in reversed(view.article_mentions + found) if x.type == "Event"
                         and x.extractor == ExtractorName.EVENTS and x.label.startswith(_CONGRESS_HEAD + " ")), None)
        if congress is not None:
            return view.mention_at("Event", start, end, congress.label, FoundAs.EVENT_BACK_REFERENCE,
                                   kind=congress.kind)
    return _meeting_held(view, start, end, head, description)


_FIRST_SITTINGS: Final = frozenset(fold(w) for w in cues("first_sitting"))


def _the_rite_named_before(view: SentenceView, start: int, description: str, found: list[Mention]) -> Mention | None:
    """ "Tham dự lễ bàn giao có …", "Phát biểu tại Lễ bàn giao nhà, …": a ceremony named back by its
    rite and a word at most, with no body or day of its own, is the one of that rite named before
    ("… tổ chức bàn giao 01 căn nhà … ngày 19/9")."""
    words = fold(description).split()
    if len(words) > _WORDS_OF_A_RITE_NAMED_BACK or _organiser(view, start) is not None \
            or _day_held(view, start) is not None:
        return None
    for prefix in (words, words[:-1]) if len(words) > _WORDS_OF_A_RITE else (words,):
        begun = [x for x in view.article_mentions + found if x.type == "Event" and x.extractor in _NAMED_EVENTS
                 and x.span.start < start and fold(x.label).split()[:len(prefix)] == prefix
                 and fold(x.label) != fold(description)]
        if begun:
            return begun[-1]
    return None


_WORDS_OF_A_RITE: Final = 3  # "lễ bàn giao", "lễ ra mắt"
_WORDS_OF_A_RITE_NAMED_BACK: Final = _WORDS_OF_A_RITE + 1  # "lễ bàn giao nhà"


@cache
def _head_opening_a_clause() -> re.Pattern[str]:
    """ "Sáng 21/6, tại sân Trường X, lễ ra quân …": a head in small letters after a comma."""
    heads = sorted((h.lower() for h in lexicon().event_heads if h not in _NOT_MEETINGS), key=len, reverse=True)
    return patterns.compile(rf",\s+(?P<head>(?:{re.escape(_OCCASION)}\s+)?(?:{patterns.alternatives(heads)}))\s")


_HELD_AFTER: Final = patterns.compile(rf"\s(?:{re.escape(cue('past'))}\s+|{re.escape(cue('passive'))}\s+)?"
                                      rf"(?:{cue_alternatives('takes_place')})\b")


# every match of _HELD_AFTER holds one of these as written: a sentence with none is not searched
# (the pattern begins at any white space, where the engine tries it)
_TAKES_PLACE: Final = cues("takes_place")


def _may_say_held(text: str) -> bool:
    for word in _TAKES_PLACE:
        if word in text:
            return True
    return False


def _meetings_opening_a_clause(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """ "Sáng 21/6, tại sân Trường X, lễ ra quân Chiến dịch … của Đoàn Thanh niên cụm 2 đã diễn
    ra …": a meeting in small letters opening the clause after when and where, whose verb
    says it took place (cue takes_place), is one, named by its description as after "tổ chức"."""
    text, s = view.article.text, view.sentence
    out: list[Mention] = []
    if any(x.type == "Event" and x.sentence == s.index for x in found) or not _may_say_held(s.text) \
            or not _HELD_AFTER.search(s.text):
        return out
    m = _head_opening_a_clause().search(s.text)
    if m is None or not _HELD_AFTER.search(s.text, m.end()):
        return out
    start = s.start + m.start("head")
    rest = text[s.start + m.end("head"):s.end]
    end = _before_an_open_bracket(text, start, s.start + m.end("head") + min(_name_end(rest), _meeting_stop(rest)))
    description = _label_with_orgs(view, start, end)
    # "Lễ kỷ niệm 60 năm …. Sáng 5/3, lễ kỷ niệm diễn ra trọng thể": the one named before, named back
    named_before = any(x.type == "Event" and fold(x.label).startswith(fold(description) + " ")
                       for x in view.article_mentions)
    if end - start > len(m["head"]) + 1 and not named_before:
        out.append(_meeting_held(view, start, end, clean_label(m["head"]), description))
    return out


# "Buổi giải ngân do Hội Nông dân huyện X cùng UBND xã Y tổ chức tại …": an occasion opening the
# sentence, named by what is done at it (small letters), held by the body after "do"
_OCCASION_HELD_BY: Final = patterns.compile(
    rf"{either_initial(_OCCASION)}\s+(?P<what>[^\W\d_][\w ]{{2,40}}?)\s+{re.escape(cue('held_by_named_after'))}\s+"
    rf"[^.;]*?\b{re.escape(cues('holds_a_meeting')[0])}\b")


def _occasions_held_by(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """ "Buổi giải ngân do Hội Nông dân huyện X tổ chức tại hội trường xã, có sự chứng kiến của …":
    where the sentence names no other event, the occasion it opens with, named as one held
    ("Buổi giải ngân của Hội Nông dân huyện X ngày 7/3/2022")."""
    s = view.sentence
    if any(x.type == "Event" and x.sentence == s.index for x in found):
        return []
    m = _OCCASION_HELD_BY.match(s.text)
    if m is None or not m["what"].islower():
        return []
    return [_meeting_held(view, s.start, s.start + m.end("what"), _OCCASION, s.text[:m.end("what")])]


# "Chiều 21/8, Công đoàn Bệnh viện X tổng kết phong trào …", "Tối 12/5, Đoàn Thanh niên Cảng gặp
# mặt các thế hệ cán bộ Đoàn": a body doing, on a day the sentence names, what a meeting is held
# for held that meeting, though no "tổ chức" says so: a conference for a review, a ceremony for a
# rite, an occasion ("buổi") for a gathering
_ACTED: Final = patterns.compile(
    rf"\s+(?:(?:{cue_alternatives('before_a_bodys_act')})\s+)*"
    rf"(?:(?P<review>{cue_alternatives('reviews')})|(?P<rite>{cue_alternatives('rites_a_body_acts')})"
    rf"|(?P<gathering>{cue_alternatives('gatherings_a_body_acts')}))\s+(?=\w)")


def _acts_of_a_body(view: SentenceView, found: list[Mention]) -> list[Mention]:
    text, s = view.article.text, view.sentence
    out: list[Mention] = []
    for org in view.found("Organization"):
        acted = _ACTED.match(text, org.span.end, s.end) if org.extractor == ExtractorName.ORGANIZATIONS else None
        if acted is None or any(x.type == "Event" and x.sentence == s.index for x in found + out):
            continue
        start = acted.start(acted.lastgroup or 0)
        rest = text[start:s.end]
        end = _before_an_open_bracket(text, start, _before_a_documents_topic(
            view, start, start + min(_name_end(rest), _meeting_stop(rest))))
        if end - start <= len(acted.group().strip()) + 1 \
                or _day_held(view, start) is None and _DAY_RIGHT_AFTER.match(text, end, s.end) is None:
            continue  # "X tổng kết." or a headline with no day: no occasion the text is at
        head = _CONFERENCE if acted["review"] else _CEREMONY if acted["rite"] else _OCCASION
        what = _label_with_orgs(view, start, end)
        out.append(_meeting_held(view, start, end, head, f"{head} {what}"))
    return out


# "hội nghị ngày 2/10": a meeting's head and the day it was held, right after it
_HEAD_AND_DAY: Final = patterns.compile(
    rf"\s+{re.escape(_DAY_WORD)}\s+(?P<day>\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{4}})?)\b")


# the kinds of gathering derived from the gold (gatherings.tsv): ordinary words too ("làm
# việc", "chương trình"), a meeting's name only after a verb of holding or attending it
_GATHERINGS: Final = frozenset(lexicon().gatherings)
_QUOTES: Final = ("“", '"')
_HEADS_IN_SMALL_LETTERS: Final = frozenset(head.lower() for head in lexicon().event_heads)


def _a_gathering_in_general(view: SentenceView, m: re.Match[str], start: int) -> bool:
    """Whether a kind of gathering named in ordinary words ("sinh hoạt", "chương trình",
    "làm việc") is no one occasion: one is named by a quoted name after the word ("Chương
    trình “Tự hào người lao động” lần thứ 9") or held on a day the sentence gives ("Chiều
    5/3, … dự sinh hoạt định kỳ tháng 3 của Chi bộ X"); "dự sinh hoạt chi bộ ít nhất một lần
    mỗi quý" is a habit, and "Làm việc với xã X, ông A …" opens a sentence with a verb."""
    head = m["head"].lower()
    undated = _day_held(view, start) is None and _same_day(view, start) is None
    if head.removeprefix(_OCCASION + " ") not in _GATHERINGS or head in _HEADS_IN_SMALL_LETTERS:
        return False  # "buổi làm việc" is a head of events.tsv too
    if view.sentence.text.startswith(_QUOTES, m.end()):
        # 'Chương trình "Mái ấm công đoàn" trao 27 căn nhà …', opening a sentence that gives no
        # day: the programme does something, no one occasion is held
        return m.start() == 0 and undated
    return m.start() == m.start("head") and not head.startswith(_OCCASION) or undated


@cache
def _edition() -> re.Pattern[str]:
    """A kind of gathering with a quoted name and its edition or year ("Chương trình “Nghĩa
    tình Đồng đội” lần thứ 11 năm 2025"), anywhere in a sentence."""
    heads = sorted((_capitalised(g) for g in lexicon().gatherings), key=len, reverse=True)
    return patterns.compile(
        rf"(?P<head>{patterns.alternatives(heads)})\s+(?=[“\"][^”\"\n]{{1,120}}[”\"]\s+"
        rf"(?:{re.escape(_NTH)}\s|{re.escape(cue('year'))}\s+\d{{4}}))")


def _editions(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """ "… khi Chương trình “Nghĩa tình Đồng đội” lần thứ 11 năm 2025 của Hội Cựu chiến binh
    tỉnh X về với địa phương": a gathering named by a quote and counted by its edition or
    year is one occasion, wherever the sentence names it (not only after a verb of holding
    it); a quoted name alone may be a model ("Chương trình “Tự hào nông dân Việt Nam”")."""
    text, s = view.article.text, view.sentence
    out: list[Mention] = []
    written = s.text
    if "“" not in written and '"' not in written or not any(g in written for g in _CAPITALISED_GATHERINGS):
        return out  # (a name in quotes, which most sentences lack, and one of the gatherings)
    for m in _edition().finditer(s.text):
        start = s.start + m.start()
        if any(x.span.start <= start < x.span.end for x in found + out):
            continue
        rest = text[s.start + m.end():s.end]
        end = _before_a_documents_topic(view, start, s.start + m.end() + min(_name_end(rest), _meeting_stop(rest)))
        out.append(_meeting_held(view, start, end, m["head"], _label_with_orgs(view, start, end).strip()))
    return out


_CAPITALISED_GATHERINGS: Final = tuple(g[:1].upper() + g[1:] for g in lexicon().gatherings)


# "Tại hội nghị các đại biểu đã thảo luận …": after a head in small letters, a plural begins
# the clause's subject; the meeting is named back
_PLURAL_AFTER: Final = patterns.compile(rf"\s*(?:{cue_alternatives('plural_markers')})\s")
_NAMED_BACK_BEFORE_A_PLURAL: Final = frozenset(cues("meetings_named_back_before_a_plural"))


# "hội nghị sơ kết 2 năm thực hiện Nghị quyết số 06-NQ/HU về phát triển …": the meeting's
# name ends with the document it reviews, not with the document's topic
_ABOUT_AFTER: Final = f" {cue('about')} "


def _before_a_documents_topic(view: SentenceView, start: int, end: int) -> int:
    text = view.article.text
    if _ABOUT_AFTER not in text[start:end]:
        return end
    issuers = {o.span.start: o.span.end for o in view.found("Organization")}
    for doc in view.found("Document"):
        if start < doc.span.start and doc.span.end < end:
            # "Kết luận 01-KL/TW của Bộ Chính trị về …": past the document's issuer, its topic
            issued = issuers.get(doc.span.end + len(_OF_SPACED)) if text.startswith(_OF_SPACED, doc.span.end) else None
            if text.startswith(_ABOUT_AFTER, doc.span.end) or issued and text.startswith(_ABOUT_AFTER, issued):
                return doc.span.end
    return end


_OF_SPACED: Final = f" {_OF} "


# "tại buổi làm việc", "chủ trì buổi gặp mặt": occasions the genre names by their head alone
_NAMED_BY_THEIR_HEAD: Final = frozenset(fold(w) for w in cues("occasions_named_by_their_head"))


def _meeting_held(view: SentenceView, start: int, end: int, head: str, description: str) -> Mention:
    """A meeting named by its description, who held it and the day (or, its description ending in a word that
    points back, the event told before: "Buổi lễ trang trọng này")."""
    back = _pointed_back(view, start, end, head, []) if _NAMED_BACK_BY.search(view.article.text, start, end) else None
    if back is not None:
        return back
    label = _held_by_on(view, description[0].upper() + description[1:], start, end)
    first = head.lower().removeprefix(_OCCASION + " ").split()[0]
    kind = next((k for h, (k, _) in lexicon().event_heads.items() if h.lower().startswith(first)), "Conference")
    text = view.article.text
    # "phiên họp lần thứ 7, nhiệm kỳ 2021-2026 của Hội đồng": as written, with the term after it
    written = _term_variants(clean_label(text[start:end]), text[end:end + 40])
    # "có buổi họp mặt với gần 300 cán bộ": the meeting as the text names it back, by its head
    return view.mention_at("Event", start, end, label, FoundAs.MEETING, kind=kind,
                           aliases=(head,) + _description_aliases(text[start:end]) + _day_variants(view, label)
                           + _rite_variants(label) + written + _written_variants(view, start, end, description, label)
                           + _held_with_variants(view, label) + _as_written(view, start, end, label))


# "… trao quà cho các hộ có hoàn cảnh khó khăn trên địa bàn huyện X. Cùng dự …": who a rite was for,
# after its name, to the clause's end
_RECIPIENTS_AFTER: Final = patterns.compile(rf"\s+{re.escape(cue('for'))}\s+[^,.;:()\n]{{3,100}}(?=[,.;:(\n]|$)")


def _with_its_recipients(view: SentenceView, meeting: Mention, start: int, end: int) -> Mention:
    """ "X tổ chức trao quà cho các hộ có hoàn cảnh khó khăn trên địa bàn huyện Y": a ceremony
    named by its rite is also named, as annotators write it, by the rite and whom it was for
    ("trao quà cho các hộ có hoàn cảnh khó khăn trên địa bàn huyện Y"), which its label leaves
    out (_MEETING_STOP)."""
    text = view.article.text
    recipients = _RECIPIENTS_AFTER.match(text, end, view.sentence.end)
    if recipients is None or meeting.extractor != FoundAs.MEETING:
        return meeting
    return Mention(meeting.type, meeting.text, meeting.span, meeting.label, meeting.extractor, meeting.sentence,
                   meeting.kind, (*meeting.aliases, clean_label(text[start:recipients.end()])))


def _as_written(view: SentenceView, start: int, end: int, label: str) -> tuple[str, ...]:
    """A meeting named as the text writes it, with the day ``label`` gives it, as some
    annotators write it: its quotes and the short forms of the bodies inside it kept, with
    the body that held it as the text names it ("Hội nghị tổng kết phong trào thi đua “Cựu
    chiến binh gương mẫu” của Hội CCB xã X ngày 12/3") and without it."""
    text = view.article.text
    written = _capitalised(_with_its_quotes_closed(clean_label(_PAREN.sub("", text[start:end]))))
    organiser = _organiser(view, start)
    day = _LABEL_DAY.search(label)
    on = day.group() if day else ""
    out = [written + on]
    if organiser is not None and f" {_OF} {organiser.label}" in label:
        out.insert(0, f"{written} {_OF} {clean_label(text[organiser.span.start:organiser.span.end])}{on}")
    return tuple(x for x in dict.fromkeys(out) if x != label)


def _with_its_quotes_closed(name: str) -> str:
    """ "… với chủ đề “Tuổi trẻ X": a name whose closing quote went with the text's edge."""
    if name.count("\u201c") > name.count("\u201d"):
        return name + "\u201d"
    return name + '"' if name.count('"') % 2 else name


def _held_with_variants(view: SentenceView, label: str) -> tuple[str, ...]:
    """ "Hội nghị giao ban với Thường trực HĐND các xã của Thường trực HĐND huyện X ngày 4/10" as
    annotators write a meeting held with someone: who held it before whom with ("Hội nghị giao
    ban của Thường trực HĐND huyện X với Thường trực HĐND các xã …")."""
    day = _LABEL_DAY.search(label)
    undated = label[:day.start()] if day else label
    with_at, held_at = undated.find(_WITH_SPACED), undated.rfind(_OF_SPACED)
    if with_at < 0 or held_at < with_at:
        return ()
    moved = undated[:with_at] + undated[held_at:] + undated[with_at:held_at] + (day.group() if day else "")
    return (moved, *_day_variants(view, moved))


_WITH_SPACED: Final = f" {cue('held_with')} "


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# "gặp mặt kỷ niệm 116 năm Ngày Quốc tế Phụ nữ và tôn vinh nữ cán bộ …": a second act joined
# by "và" (a word in small letters after it), which annotators may leave out of the name
_SECOND_ACT: Final = patterns.compile(rf"\s{re.escape(cue('and'))}\s+(?={_LOWER})")


def _written_variants(view: SentenceView, start: int, end: int, description: str, label: str) -> tuple[str, ...]:
    """Other ways annotators write a meeting's name: the quotes of a name inside it kept
    as the text writes them ('Lễ khởi động "Tháng thanh niên" năm 2019 …'), and its
    description without a second act joined by "và"; each alone and with who held it and
    the day, as ``label`` has them after ``description``."""
    plain = _label_with_orgs(view, start, end)
    descriptions = [description]
    if "“" in view.article.text[start:end] or '"' in view.article.text[start:end]:
        quoted = _label_with_orgs(view, start, end, quotes=True)
        at = description.casefold().find(plain.casefold()) if plain else -1
        if quoted != plain and at >= 0:
            descriptions.append(description[:at] + (quoted if at else description[:1] + quoted[1:])
                                + description[at + len(plain):])
    for written in list(descriptions):
        second = _SECOND_ACT.search(written)
        if second is not None and len(written[:second.start()].split()) >= _WORDS_BEFORE_A_SECOND_ACT:
            descriptions.append(written[:second.start()])
    whole = _capitalised(description)
    held_on = label[len(whole):] if _capitalised(label).startswith(whole) else ""
    # "… của Ban Thường vụ Tỉnh Đoàn X": the body whose standing board held it, as some write it
    by_the_body = held_on.replace(_BY_A_STANDING_BOARD, _OF_SPACED, 1)
    out: list[str] = []
    for k, written in enumerate(descriptions):
        named = _capitalised(_with_its_quotes_closed(clean_label(written)))
        for held in dict.fromkeys((held_on, by_the_body)):
            out += [named + held, *_day_variants(view, named + held)]
        out += [named] if k else []
    return tuple(dict.fromkeys(x for x in out if x != label))


_BY_A_STANDING_BOARD: Final = f" {cue('of')} {cue('standing_board')} "


# "Lễ kỷ niệm và …" is no name: a description cut before a second act keeps three words
_WORDS_BEFORE_A_SECOND_ACT: Final = 3


def _description_aliases(description: str) -> tuple[str, ...]:
    """The description as written and, where it went on past a comma, its part before it;
    where it goes on with whose it is ("lễ truy tặng Huân chương ... hạng Nhì của Chủ tịch
    nước ...", "hội nghị quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị"), its part before."""
    full = clean_label(description)
    parts = [clean_label(description.split(",", 1)[0])]
    before_of = description.split(f" {_OF} ", 1)[0]
    if len(before_of.split()) >= _WORDS_BEFORE_AN_AWARDS_GIVER and before_of != description:
        parts.append(clean_label(before_of))
    # "lễ tốt nghiệp cho học viên Khóa 29", "họp mặt cựu cán bộ Đoàn qua các thời kỳ nhân kỷ niệm
    # …": annotators name a meeting short by what it is, before whom it is for, the occasion,
    # what it is about
    for cut in _COMPLEMENT.finditer(description):
        if len(description[:cut.start()].split()) >= _WORDS_BEFORE_A_COMPLEMENT:
            parts.append(clean_label(description[:cut.start()]))
    return tuple(dict.fromkeys([full, *parts]))


# a word that opens what a meeting is for or about, after what it is ("cho", "nhân", "về")
_COMPLEMENT: Final = patterns.compile(rf"\s(?:{cue_alternatives('opens_a_meetings_complement')})\s")
_WORDS_BEFORE_A_COMPLEMENT: Final = 3


# "lễ truy tặng Huân chương X": a rite and what it is of, before "của" (not "lễ trao của")
_WORDS_BEFORE_AN_AWARDS_GIVER: Final = 4


def _meeting_stop(rest: str) -> int:
    r"""Where a meeting's name ends in ``rest`` (the text after its head): "(?:^|\s+)" and the
    stop's words, searched as the words at the start, else white space and the words."""
    stop = _MEETING_STOP_OPENING.match(rest) or _MEETING_STOP.search(rest)
    end = stop.start() if stop else len(rest)
    if _AND_SPACED in rest[:end]:
        # "Lễ kỷ niệm … và Hội nghị Ban Chấp hành lần thứ V": two events, the second named by its head
        second = _and_another_event().search(rest, 0, end)
        if second:
            end = second.start()
    return end


_AND_SPACED: Final = f" {cue('and')} "


@cache
def _and_another_event() -> re.Pattern[str]:
    heads = sorted(lexicon().event_heads, key=len, reverse=True)
    return patterns.compile(rf"\s+{re.escape(cue('and'))}\s+(?:{patterns.alternatives(heads)})\s+(?=\S)")


def _held_by_on(view: SentenceView, description: str, position: int, end: int) -> str:
    """A meeting's label: its description, who held it and the day ("… của Huyện ủy X ngày 6/1"),
    named before it or after it ("Lễ … do Tổng công ty X tổ chức sáng 9/1 tại …")."""
    label = description
    after = _held_by_after(view, end)
    organiser = None if _NUMBERED_WITH_BODY.search(label) else _organiser(view, position) or after[0]
    if organiser is not None and organiser.label not in label:
        label += f" {_OF} {organiser.label}{_organisers_term(view, organiser, position)}"
    elif organiser is None and _NTH not in label and (venue := _venue(view)) is not None \
            and (where := view.article.text[venue.span.start:venue.span.end]) not in label:
        # "Tại phường X, ông A dự lễ trao Huy hiệu Đảng": held by no body named, it is named by where
        label += f" {cue('at')} {where}"
    # "… tổ chức sinh hoạt chuyên đề quý III vào ngày 16 tháng 9 năm 2025": the day right after its name
    day = _day_held(view, position) or after[1] or _DAY_RIGHT_AFTER.match(view.article.text, end, view.sentence.end)
    named_day = _day(day) if day else _same_day(view, position)
    if named_day:
        label += f" {_DAY_WORD} {named_day}"
    return clean_label(label)


_DAY_RIGHT_AFTER: Final = patterns.compile(rf"\s*,?\s*(?:{re.escape(cue('on_a_day'))}\s+)?{_DAY.pattern}")


def _held_by_after(view: SentenceView, end: int) -> tuple[Mention | None, re.Match[str] | None]:
    """ "Lễ phát động … do Tổng công ty X (VICEM) tổ chức sáng 9/1 tại …": the body that held a
    meeting and the day, named right after its name in the passive."""
    text = view.article.text
    by = _BY_AFTER_A_NAME.match(text, end)
    if by is None:
        return None, None
    body = next((o for o in view.found("Organization") if o.span.start == by.end()
                 and o.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)), None)
    held = _HELD_AFTER_ITS_BODY.match(text, body.span.end) if body is not None else None
    if body is None or held is None:
        return None, None
    return body, _DAY.match(text, held.end())


_BY_AFTER_A_NAME: Final = patterns.compile(rf"\s*{re.escape(cue('held_by_named_after'))}\s+")
_HELD_AFTER_ITS_BODY: Final = patterns.compile(
    rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:{re.escape(cue('past'))}\s+)?(?:{re.escape(cue('solemnly'))}\s+)?"
    rf"{re.escape(_ORGANISED)}\s+")


def _organisers_term(view: SentenceView, organiser: Mention, position: int) -> str:
    """ "Hội đồng trường X nhiệm kỳ 2021 – 2026 đã tổ chức phiên họp …": the term the text gives
    the body that holds a meeting, which the meeting's name keeps after it (" nhiệm kỳ 2021 – 2026")."""
    held = _HELD_BY.match(view.article.text, organiser.span.end, position)
    term = clean_label(held["term"].strip(" ,")) if held is not None and held["term"] else ""
    return f" {term}" if term else ""


def _day_held(view: SentenceView, position: int) -> re.Match[str] | None:
    """The first day the sentence names before ``position`` that is not a document's date
    ("Thực hiện Kế hoạch số 214/KH-MTTQ ngày 05-10-2023 …, … tổ chức Ngày hội": not the
    day the Ngày hội was held)."""
    text = view.article.text
    if not _A_DATE.search(text, view.sentence.start, position):  # most sentences name no day there
        return None
    docs = view.found("Document")
    for day in _DAY.finditer(text, view.sentence.start, position):
        if not any(d.span.start <= day.start() and _DOCUMENT_DATE.fullmatch(text, d.span.end, day.start())
                   for d in docs):
            return day
    return None


_DOCUMENT_DATE: Final = patterns.compile(r"[\s,]*")  # a document's date follows its number
# What every match of _DAY holds ("9/1", "08 tháng 11"): searched for first, the engine skipping
# to digits, where _DAY, which begins with words, is tried at each character
_A_DATE: Final = re.compile(rf"\d(?:[/.\-]\d|\s+{re.escape(cue('month'))}\s)")


_SAME_DAY: Final = patterns.compile(
    rf"(?:{cue_alternatives('same_day', either_initial_case=True, at_word_start=True)})\b")


def _same_day(view: SentenceView, position: int) -> str | None:
    """ "Cùng ngày, tại phường X, ông A dự lễ ...": the day of the meeting named last before."""
    if not _SAME_DAY.search(view.article.text, view.sentence.start, position):
        return None
    for earlier in reversed(view.article_mentions):
        day = _LABEL_DAY.search(earlier.label) if earlier.type == "Event" else None
        if day:
            return day.group().removeprefix(f" {_DAY_WORD} ")
    return None


# "Lễ trao Huy hiệu 75 năm tuổi Đảng": the badge's classes, which a label may leave out
_BADGE_CLASSES_IN_NAME: Final = patterns.compile(
    rf"(?<={re.escape(cue('badge'))} )\d+(?:\s*,\s*\d+)*(?:\s+{re.escape(cue('and'))}\s+\d+)?"
    rf"\s+(?:{re.escape(cue('year'))}\s+)?{re.escape(cue('of_age'))}\s+", re.IGNORECASE)


def _rite_variants(label: str) -> tuple[str, ...]:
    """A ceremony's label as annotators may write it: "trao tặng" as "trao", a badge
    without its classes ("Lễ trao Huy hiệu Đảng ...")."""
    written, compared = cues("award_giving")
    forms = [label, re.sub(rf"\b{re.escape(written)}\b", compared, label, count=1)]
    forms += [_BADGE_CLASSES_IN_NAME.sub("", form, count=1) for form in forms]
    return tuple(dict.fromkeys(form for form in forms if form != label))


_LABEL_DAY: Final = patterns.compile(
    rf" {re.escape(_DAY_WORD)} " r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})(?:[/.\-](?P<y>\d{4}))?$")
_YEAR: Final = patterns.compile(r"\b(?:19[4-9]\d|20[0-4]\d)\b")


def _day_variants(view: SentenceView, label: str) -> tuple[str, ...]:
    """Other ways to write a meeting's day: "ngày 15-10" is "ngày 15/10", and with the
    year where the article tells it ("ngày 15/10/2024"); the label without its day."""
    day = _LABEL_DAY.search(label)
    if day is None:
        return ()
    bare = label[:day.start()]
    written = f"{bare} {_DAY_WORD} {int(day['d'])}/{int(day['m'])}"
    year = day["y"] or _article_year(view)
    variants = [written, f"{bare} {_DAY_WORD} {day['d']}/{day['m']}", bare]
    if year:
        variants += [f"{written}/{year}", f"{bare} {_DAY_WORD} {day['d']}/{day['m']}/{year}"]
    # "Sáng 5/12, … tổ chức Hội nghị …": the day as the text writes it, its part of the day before it
    part = _part_of_the_day(view, label[day.start("d"):])
    if part:
        variants += [v[:len(bare)] + f" {part} " + v[len(bare) + len(_DAY_WORD) + 2:] for v in list(variants[:2])]
        variants += [f"{bare} {part} {day['d']}/{day['m']}/{year}"] if year else []
    return tuple(dict.fromkeys(v for v in variants if v != label))


def _part_of_the_day(view: SentenceView, day: str) -> str | None:
    """The part of the day ("sáng", "chiều") the sentence writes before ``day``, if any."""
    for held in _DAY.finditer(view.sentence.text):
        if _day(held) == day:
            word = held.group().split(" ", 1)[0].lower()
            return None if word == _DAY_WORD else word
    return None


def _article_year(view: SentenceView) -> str | None:
    """The year the article was published, else the one its sentence or its first lines name."""
    published = view.article.published
    if published:
        return published[:4]
    for text in (view.sentence.text, view.article.text[:300]):
        years = _YEAR.findall(text)
        if years:
            return years[-1]
    return None


# "Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh X": the body is in the name already
_NUMBERED_WITH_BODY: Final = patterns.compile(rf"{re.escape(_NTH)} \S+ (?:\([^)]*\) )?[A-ZĐ]")
# congresses and sessions are named by their number and body, not by who held them when
_NAMED_BY_ITSELF: Final = frozenset(cues("heads_named_by_themselves"))
_HELD_BY: Final = patterns.compile(  # what stands between a body and the meeting it holds
    rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?P<term>{_SESSION_HOLDER_TERM.pattern})\s*"  # "X nhiệm kỳ 2021 – 2026 đã tổ chức"
    rf"(?:{re.escape(cue('past'))}\s+)?(?:{re.escape(cue('solemnly'))}\s+)?"
    # "X tổ chức hội nghị …", "X đã họp hội nghị cán bộ chủ chốt"
    rf"(?:{re.escape(cues('holds_a_meeting')[0])}|{re.escape(cue('meets_in_session'))})\s+(?:{re.escape(cue('solemnly'))}\s+)?")


_WITH: Final = patterns.compile(rf"\s+(?:{cue_alternatives('co_organises_with')})\s+")
_LISTED_WITH: Final = patterns.compile(rf"\s*,\s*|\s+{re.escape(cue('and'))}\s+")  # "với B và C", "với B, C"


def _organiser(view: SentenceView, position: int) -> Mention | None:
    """The body that holds a meeting: "Huyện ủy X (long trọng) tổ chức ..." just before it."""
    text = view.article.text
    orgs = [o for o in view.found("Organization") if o.span.end <= position
            and o.extractor in (ExtractorName.ORGANIZATIONS, FoundAs.ORGANIZATION_BACK_REFERENCE)]
    acted = _ACTED.match(text, orgs[-1].span.end) if orgs else None
    if acted is not None and position == acted.start(acted.lastgroup or 0):
        return orgs[-1]  # "Công đoàn X tổng kết phong trào …": the body that does it
    if orgs and _HELD_BY.fullmatch(text[orgs[-1].span.end:position]):
        # "A phối hợp với B tổ chức …", "A phối hợp với B và C tổ chức …", "A trực thuộc B tổ chức …": A holds it
        holder = k = len(orgs) - 1
        while k > 0:
            between = text[orgs[k - 1].span.end:orgs[k].span.start]
            if _WITH.fullmatch(between) or _UNDER.fullmatch(between):
                holder = k - 1
            elif not _LISTED_WITH.fullmatch(between):
                break
            k -= 1
        return orgs[holder]
    if len(orgs) > 1 and text.startswith(")", orgs[-1].span.end) \
            and _HELD_BY.fullmatch(text[orgs[-2].span.end:position]):
        return orgs[-2]  # "Chi bộ Trường X (Đảng bộ xã Y) tổ chức …": the body before the bracket, not its parent in it
    return None


# how many sentences back a cue ("Tham dự có ...") may find the event it speaks of
_CUED_REACH: Final = 12


# "Tại kỳ họp thứ 19, Ủy ban Kiểm tra Trung ương đã xem xét, thi hành kỷ luật Thiếu tướng A", "… kết luận các vi
# phạm, khuyết điểm của ông B", "… kỷ luật khiển trách về mặt Đảng với ông C": whom the meeting judged, in the
# clause of its verb (no full stop, semicolon or colon between), is not among who attended it
# (nor a closing quote: "… xem xét đề nghị …”, ông A nói": the quote's speaker)
_JUDGED: Final = patterns.compile(rf"\b(?:{cue_alternatives('judged_before')})\b[^.;:!?\n”\"]*$")
_JUDGED_REACH: Final = 90
_NOT_ATTENDING: Final = patterns.compile(
    rf"(?:{cue_alternatives('not_attending_before')}|{cue_alternatives('elected_before')})\s+"
    rf"(?:(?:{cue_alternatives('addresses')})\s+)?$")


# who attends or chairs (cue attends), not a sitting named by what is done at it ("Ngay sau
# phiên bế mạc, Hội nghị Ban Chấp hành lần thứ nhất đã …")
_ATTENDS: Final = patterns.Cued(
    rf"(?<!{re.escape(cue('sitting'))} )\b(?:{cue_alternatives('attends')}"
    rf"|{cue_alternatives('attends_in_the_presence_of')})\b",
    (*cues("attends"), *cues("attends_in_the_presence_of")), re.IGNORECASE)
_TITLES_REACH: Final = 80  # how long the titles between a name and its elected verb may run
_ELECTED_AFTER: Final = patterns.compile(rf"\s+(?:{cue_alternatives('elected_after')})\b")
# "đồng chí A, Phó Chủ tịch Viện, được bầu giữ chức …": the elected verb after the name's titles
_ELECTED_AFTER_TITLES: Final = patterns.compile(
    rf"\s*(?:,|\s[-–])\s*(?P<titles>[^;.:()…]{{1,{_TITLES_REACH}}}?)\s*,?\s+(?:{cue_alternatives('elected_after')})\b")
# the titles' pattern tries its lazy run at every person: first a cheap test that the last word
# of one elected verb stands before the first character the titles cannot cross
_ELECTED_LAST_WORDS: Final = frozenset(verb.split()[-1] for verb in cues("elected_after"))
_TITLES_STOP: Final = patterns.compile(r"[;.:()…]")
_ANOTHER_NAME: Final = patterns.compile(r" \([^()\d]{1,30}\)")  # "(Năm Dương)", "(Lê Việt Thắng)"
# "Tại Đại hội Hội CCB xã X, ông A được bầu lại …": a sentence that opens at the event
_AT_AN_EVENT_HEAD: Final = \
    rf"{re.escape(cue('at'))}\s+(?:{re.escape(_OCCASION)}\s+)?(?:{patterns.alternatives(sorted(lexicon().event_heads))})"
_AT_AN_EVENT: Final = patterns.compile(rf"\s*{_AT_AN_EVENT_HEAD}", re.IGNORECASE)
# "Phát biểu tại Hội nghị, …": a sentence that opens at an event with someone speaking there
_SPOKE_AT_AN_EVENT: Final = patterns.compile(
    rf"\s*(?:{cue_alternatives('spoke_at_the_opening')})\s+{_AT_AN_EVENT_HEAD}", re.IGNORECASE)


@register_finisher(FinisherName.ATTENDANCE)
def find_attendance(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                    relations: list[RelationMention]) -> Found:
    """People named where the text is at an event (presiding, attending, speaking) attended it;
    where the article names no meeting, the occasion its headline tells of, if anyone did."""
    # congresses named only inside a resolution's name ("Nghị quyết Đại hội XXI") were not attended
    events = [m for m in mentions if m.type == "Event" and m.extractor not in (FoundAs.CONGRESS, FoundAs.CITED_EVENT)]
    people: dict[int, list[Mention]] = {}  # by sentence, in the order found
    for m in mentions:
        if m.type == "Person":
            people.setdefault(m.sentence, []).append(m)
    told = None if events else _headline_occasion(article, sentences, mentions)
    if told is None:
        return [], _attended(article, sentences, events, people)
    occasion, act = told
    item = sentences[:_item_end(occasion, sentences)]
    found = _attended(article, item, [occasion], people)
    found += _who_did_the_act(occasion, act, item[occasion.sentence + 1:], people, found)
    # an occasion no one is said to attend is no Event the text reports (docs/gold-format.md)
    return ([occasion], found) if found else ([], [])


def _attended(article: Article, sentences: tuple[Sentence, ...], events: list[Mention],
              people: dict[int, list[Mention]]) -> list[RelationMention]:
    """Who of ``people`` each sentence says is at the event it names, names back or follows."""
    found: list[RelationMention] = []
    by_index = {sentence.index: sentence for sentence in sentences}
    listed: set[int] = set()  # sentences that list who was there ("Tham gia buổi lễ có …")
    for sentence in sentences:
        if sentence.index not in people:
            continue  # no one attended anything here (most sentences)
        here = [e for e in events if e.sentence == sentence.index]
        # "Phát biểu tại buổi lễ, ... Đại hội lần thứ XI": the event referred back to is
        # the one the text is at; a newly named one may be past or to come
        back = [e for e in here if e.extractor == FoundAs.EVENT_BACK_REFERENCE]
        current = (back or here)[0] if here else None
        if current is not None and not _at_the_event(sentence.text):
            continue  # "… Lễ bàn giao nhà cho gia đình ông A": named with an event, not said to be at it
        presenting = -1  # where the verb of someone presenting at it is, when only that tells
        if current is None:
            # "Tham dự có đồng chí X": the event the text is at, named shortly before
            earlier = [e for e in events if sentence.index - _CUED_REACH <= e.sentence < sentence.index
                       and not _another_day_opened(e, sentences, sentence.index)]
            if not earlier:
                current = _occasion_ahead(events, by_index, sentence)
                if current is None:
                    current, presenting = _presented_at_ahead(events, sentence)
                    if current is None:
                        continue
        if current is None:
            listed_on = sentence.index - 1 in listed and (cue_pattern("continues_a_list").match(sentence.text)
                                                          or _A_SIDE_HAS.match(sentence.text))
            if not _said_to_be_there(sentence.text) and not listed_on:  # "Tham dự có", "lưu ý", "Tiếp đoàn có"
                presents = _PRESENTS.search(sentence.text)
                if presents is None or _SAME_DAY.match(sentence.text):
                    continue  # "Cùng ngày, … trao …": another occasion the same day
                presenting = sentence.start + presents.start()  # "Đồng chí A trao Huy hiệu cho …"
                earlier = _presenters_occasion(events, earlier, found, by_index, sentence)
            if presenting < 0:
                # "Tham dự có …": the occasion the text says was held, not one named since in passing
                held = [e for e in earlier if _HOLDS_AN_OCCASION.search(by_index[e.sentence].text)]
                earlier = held or earlier
            current = earlier[-1]
        if presenting >= 0 and _BADGE_GIVEN.match(sentence.text, presenting - sentence.start) \
                and any(_presenter(article.text, p, presenting) for p in people[sentence.index]):
            presenting = -1  # "Đồng chí A trao Huy hiệu Đảng cho đồng chí B": the member is given it at the rite
        attendees = _attendees(article, _the_one_speaking_for_others(sentence, people[sentence.index]), presenting)
        if attendees and presenting < 0:
            listed.add(sentence.index)
        found += [RelationMention(person.key, "attended", current.key, Span(sentence.start, sentence.end),
                                  FoundAs.ATTENDANCE, sentence.index) for person in attendees]
    return found


def _who_did_the_act(occasion: Mention, act: str, sentences: tuple[Sentence, ...],
                     people: dict[int, list[Mention]], found: list[RelationMention]) -> list[RelationMention]:
    """ "Ngày 12/5, đồng chí A, Trưởng Ban Dân vận Tỉnh ủy đã đi kiểm tra …" below the headline
    "Ban Dân vận Tỉnh ủy kiểm tra …": who does the headline's act, named before it in the clause,
    led the occasion and attended it."""
    attended = {r.subject for r in found}
    out: list[RelationMention] = []
    done = re.compile(rf"\b{re.escape(act)}\b")  # ("đã đi kiểm tra, nắm tình hình …": a comma after it)
    for sentence in sentences:
        did = done.search(sentence.text) if sentence.index in people else None
        if did is None:
            continue
        at = sentence.start + did.start()
        clause = sentence.text[:at - sentence.start]
        doers = [p for p in people[sentence.index] if at - _PRESENTER_REACH <= p.span.start < at
                 and p.key not in attended and not any(c in clause[p.span.end - sentence.start:] for c in ";.")]
        out += [RelationMention(p.key, "attended", occasion.key, Span(sentence.start, sentence.end),
                                FoundAs.ATTENDANCE, sentence.index) for p in doers[:1]]
        attended.update(p.key for p in doers[:1])
    return out


# "Đoàn công tác Cục X tham quan Bảo tàng Y": a headline, who (a body or an official, in capitals
# first) and the act of a gathering (cue acts_of_a_gathering_in_a_headline), then what it was of
_HEADLINE_ACT_OF_A_GATHERING: Final = patterns.compile(
    rf"(?P<subject>[A-Z\u0110\u00c0-\u1ef8][^:|/\n]{{2,80}}?)\s+(?:{re.escape(cue('past'))}\s+)?"
    rf"(?P<act>{cue_alternatives('acts_of_a_gathering_in_a_headline')})\s+(?P<what>[^\n]{{3,{_HEADLINE_LONGEST}}})$")
_OCCASION_CLASSIFIERS: Final = cues("occasion_classifiers")


def _item_end(occasion: Mention, sentences: tuple[Sentence, ...]) -> int:
    """Where the headline's item ends on a page of several: at the second sentence below the
    headline that opens on a day ("Sáng 16/5, tại công trường …"), the next item's; the first
    is the item's own, or the next one's where the item gives no day ("Ba ngày trên đảo …")."""
    opening = [s.index for s in sentences[occasion.sentence + 1:] if _DAY.match(s.text)]
    if opening and opening[0] <= occasion.sentence + _DAY_REACH_AFTER_A_HEADLINE:
        opening = opening[1:]  # the item's own day
    return opening[0] if opening else len(sentences)
_DAY_REACH_AFTER_A_HEADLINE: Final = 3  # the sentences below a headline its day may be given in


def _headline_occasion(article: Article, sentences: tuple[Sentence, ...],
                       mentions: list[Mention]) -> tuple[Mention, str] | None:
    """ "Đoàn liên ngành huyện kiểm tra an toàn thực phẩm dịp Tết tại các xã khu III" over a report
    that names no meeting, only who led or went with it ("Trưởng đoàn là đồng chí A", "Cùng đi
    có …"): the occasion the headline tells of, "Buổi kiểm tra an toàn thực phẩm … của Đoàn …
    ngày …" (the day the body gives first); the headline, its act and what it was of, and the
    act as the text names it back ("đợt kiểm tra") are aliases; with the act ("kiểm tra")."""
    for sentence in sentences[:_HEADLINE_LINES + 1]:
        told = _HEADLINE_ACT_OF_A_GATHERING.fullmatch(sentence.text.strip())
        if told is None:
            continue
        subject_end = sentence.start + sentence.text.find(told["subject"]) + len(told["subject"])
        named = [m for m in mentions if m.sentence == sentence.index and m.span.end <= subject_end]
        bodies = [m for m in named if m.type == "Organization" and m.extractor != FoundAs.NESTED]
        if not bodies or any(m.type == "Person" for m in named):
            # "Kế hoạch kiểm tra …": no one who did it; "Doanh nhân A … gặp mặt Phó Chủ tịch nước B":
            # a person's day, which the text tells of otherwise
            return None
        act = told["act"]
        what = clean_label(f"{act} {told['what']}")
        below = sentences[sentence.index + 1:sentence.index + 1 + _DAY_REACH_AFTER_A_HEADLINE]
        day = next((_day(d) for d in (_DAY.search(s.text) for s in below) if d is not None), None)
        on = f" {_DAY_WORD} {day}" if day else ""
        body = max(bodies, key=lambda m: (m.span.end, -m.span.start))  # the whole body that ends the subject
        label = f"{_OCCASION.capitalize()} {what} {_OF} {body.label}{on}"
        folded = article.text.lower()
        named_back = tuple(f"{word} {act}" for word in _OCCASION_CLASSIFIERS if f"{word} {act}" in folded)
        return Mention("Event", sentence.text, Span(sentence.start, sentence.end), label, FoundAs.MEETING,
                       sentence.index, "Conference", (clean_label(sentence.text), what, *named_back)), act
    return None


# "Dịp này, …", "Tại buổi lễ, …": a sentence that opens at the article's occasion
_AT_THIS_OCCASION: Final = patterns.compile(rf"\s*(?:{cue_alternatives('at_this_occasion')})\b", re.IGNORECASE)
_CAME_TO_THE_RITE: Final = patterns.compile(rf"\b(?:{cue_alternatives('recipients_came_to_the_rite')})\b")


@register_finisher(FinisherName.RECIPIENTS_ATTEND)
def find_recipients_attending(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                              relations: list[RelationMention]) -> Found:
    """ "Dịp này, UBND huyện tặng Giấy khen cho 9 cá nhân, trong đó có ông A", "Tại buổi lễ, … trao
    Bằng khen … cho đồng chí B": a person given an award at the occasion attended it
    (docs/gold-conventions/events.md 1d, decided by the shared corpus's gold): the event someone in
    that sentence attends, else the last one attended before it, else the article's one event."""
    awarded = [r for r in relations if r.predicate == "receivedAward" and r.subject.type == "Person"]
    if not awarded:
        return [], []
    attended = [r for r in relations if r.predicate == "attended"]
    there = {(r.subject, r.object) for r in attended}
    events = [m.key for m in mentions if m.type == "Event"
              and m.extractor not in (FoundAs.CONGRESS, FoundAs.CITED_EVENT)]
    by_index = {sentence.index: sentence for sentence in sentences}
    found: list[RelationMention] = []
    for r in awarded:
        sentence = by_index.get(r.sentence)
        if sentence is None or any(a.subject == r.subject for a in attended):
            continue
        same = [a.object for a in attended if a.sentence == r.sentence]
        rite = None
        if not same and not _AT_THIS_OCCASION.match(sentence.text) and not _CAME_TO_THE_RITE.search(sentence.text):
            rite = _rite_of_giving(r.object.label, events, attended)
            if rite is None:
                continue
        before = [a.object for a in sorted(attended, key=lambda a: a.sentence) if a.sentence <= r.sentence]
        event = rite or (same[-1] if same else before[-1] if before else events[0] if len(set(events)) == 1 else None)
        if event is None or (r.subject, event) in there:
            continue
        there.add((r.subject, event))
        found.append(RelationMention(r.subject, "attended", event, Span(sentence.start, sentence.end),
                                     FoundAs.RECIPIENT_ATTENDANCE, sentence.index))
    return [], found


def _rite_of_giving(award: str, events: list[EntityKey], attended: list[RelationMention]) -> EntityKey | None:
    """ "Lễ trao tặng Huy hiệu Đảng …" over "Huy hiệu 50 năm tuổi Đảng được trao cho bà A": the
    article's rite whose name names the award's kind (awards.tsv) is where it was given, whatever
    the sentence opens with (docs/gold-conventions/events.md 1d: "in a report of the badge rite");
    the first rite so named that people were said to attend (not one named only in passing:
    "Hằng năm, Lễ trao tặng Huy hiệu Đảng được tổ chức vào dịp …")."""
    folded = fold(award)
    kind = max((k for k in _AWARD_KINDS if folded.startswith(k)), key=len, default=None)
    if kind is None:
        return None
    named = list(dict.fromkeys(e for e in events if f" {kind}" in fold(e.label)))
    there = [a.object for a in sorted(attended, key=lambda a: a.sentence) if a.object in named]
    return there[0] if there else None


_AWARD_KINDS: Final = tuple(fold(k) for k in lexicon().award_kinds)


# the headline is among an article's first lines (a section's name may stand before it)
_HEADLINE_LINES: Final = 3


@register_finisher(FinisherName.HEADLINE_VENUE)
def find_headline_venue(article: Article, sentences: tuple[Sentence, ...], mentions: list[Mention],
                        relations: list[RelationMention]) -> Found:
    """ "Ra mắt mô hình “Dòng họ an toàn” tại xã Hòa Bình", "Trao Huy hiệu 65 năm tuổi Đảng cho
    hai đảng viên tại thành phố X": a headline that names what was done and where says where the
    article's meeting of that act took place, where its body names no venue."""
    placed = {r.subject for r in relations if r.predicate == "locatedIn"}
    for sentence in sentences[:_HEADLINE_LINES]:
        at = _AT.search(sentence.text)
        act = _HEADLINE_ACT.match(sentence.text)
        if at is None or act is None or "\n" in sentence.text.strip():
            continue
        venue = sentence.start + at.end()
        place = next((p for p in mentions if p.type == "Place" and p.sentence == sentence.index
                      and venue <= p.span.start <= venue + 2 and p.extractor != FoundAs.PLACE_IN_PASSING), None)
        word = fold(act["act"]) + " "
        event = next((e for e in mentions if e.type == "Event" and e.sentence > sentence.index
                      and e.extractor in _NAMED_EVENTS and _described_as(e.label, word)), None)
        if place is not None and event is not None and event.key not in placed:
            return [], [RelationMention(event.key, "locatedIn", place.key, event.span,
                                        FinisherName.HEADLINE_VENUE, event.sentence)]
        return [], []
    return [], []


# a headline's first word, the act ("Trao …", "Bàn giao …"), after whose it is ("Công an huyện X: Ra mắt …")
_HEADLINE_ACT: Final = patterns.compile(r"(?:[^:\n]{2,60}:\s*)?(?P<act>[^\W\d_]+)\s")


def _another_day_opened(event: Mention, sentences: tuple[Sentence, ...], index: int) -> bool:
    """Whether a sentence between an event and sentence ``index`` (that one too) opens on a day
    other than the event's ("Ngày 30/7/2025, tại hội trường A, Bệnh viện X công bố …" after a
    meeting of 21/8): an item of its own, as a page of news items runs, whose people were not at
    the meeting before."""
    held = _LABEL_DAY.search(event.label)
    if held is None:
        return False  # no day of its own to tell another from
    for sentence in sentences[event.sentence + 1:index + 1]:
        day = _DAY.match(sentence.text)
        if day is not None and [int(x) for x in re.split(r"[/.\-]", _day(day))[:2]] != [int(held["d"]), int(held["m"])]:
            return True
    return False


# "… cùng có mặt đại diện Vụ X. Tổng công ty có đồng chí A, …; Công ty có đồng chí B": after a list
# of who was there, each side's people, by the side they came for ("Phía Tập đoàn có các đồng chí: A, B")
_A_SIDE_HAS: Final = patterns.compile(
    # (not the hosts: "Tiếp và làm việc với Đoàn có các đồng chí: A, B", whom the gold leaves out)
    rf"(?!(?:{cue_alternatives('receives_visitors', either_initial_case=True)})\b)"
    rf"[^,.;:]{{2,60}}?\s{re.escape(cue('has'))}\s+(?:(?:{cue_alternatives('plural_markers')})\s+)?"
    rf"(?:{cue_alternatives('addresses')})\b")


def _presenters_occasion(events: list[Mention], earlier: list[Mention], found: list[RelationMention],
                         by_index: dict[int, Sentence], sentence: Sentence) -> list[Mention]:
    """ "Dịp này, đồng chí A trao …": at the article's occasion, the first event people were said
    to attend, not one named since in passing ("Đại hội … lần thứ XII"); but "X tổ chức bàn giao
    nhà …. Đồng chí A trao chìa khóa": the occasion the sentence before says was held, in an
    article of several."""
    attended = {r.object for r in found}
    just_held = [e for e in earlier if e.sentence == sentence.index - 1
                 and _HOLDS_AN_OCCASION.search(by_index[e.sentence].text)][-1:]
    return just_held or [e for e in events if e.sentence < sentence.index and e.key in attended][:1] or earlier


# how many sentences ahead the occasion a delegation's leader or host is named at may be named
_AHEAD_REACH: Final = 3


def _occasion_ahead(events: list[Mention], by_index: dict[int, Sentence], sentence: Sentence) -> Mention | None:
    """Where no event was named before: "Đoàn công tác … do bà A làm trưởng đoàn đã làm
    việc với …. Tiếp đoàn có ông B …. Tại buổi làm việc, …": who leads or receives a
    delegation (cue leads_or_receives_a_delegation), or is said to attend ("Cùng dự có …"),
    is at the occasion the text opens at shortly after; "Tại Đại hội, ông A lưu ý …" (the
    article's first sentence) is at the congress named shortly after."""
    ahead = [e for e in events if sentence.index < e.sentence <= sentence.index + _AHEAD_REACH]
    opened = next((e for e in ahead if _AT_AN_EVENT.match(by_index[e.sentence].text)
                   or _SPOKE_AT_AN_EVENT.match(by_index[e.sentence].text)), None)
    if opened is not None and (_LEADS_OR_RECEIVES.search(sentence.text)
                               or _ATTENDS.search(sentence.text)):
        return opened
    at = _AT_AN_EVENT.match(sentence.text)
    if at is None:
        return None
    head = fold(at.group().split(None, 1)[1]).removeprefix(_OCCASION + " ") + " "  # "Tại buổi lễ": "lễ "
    return next((e for e in ahead if fold(e.label).startswith(head)), None)


def _presented_at_ahead(events: list[Mention], sentence: Sentence) -> tuple[Mention | None, int]:
    """A photo's caption above the report, before any event is named ("Đồng chí A trao Huy hiệu
    Đảng cho đảng viên B", then "Sáng 2/2, Huyện ủy X tổ chức Lễ trao Huy hiệu Đảng …"): who
    presents is at the event named shortly after, with where the verb is."""
    presents = _PRESENTS.search(sentence.text)
    if presents is None or _SAME_DAY.match(sentence.text):
        return None, -1
    ahead = [e for e in events if sentence.index < e.sentence <= sentence.index + _AHEAD_REACH]
    return (min(ahead, key=lambda e: e.sentence), sentence.start + presents.start()) if ahead else (None, -1)


def _attendees(article: Article, people: list[Mention], presenting: int) -> list[Mention]:
    """Who of the people a sentence names, where it is at an event, attended it: not who
    is elected there ("ông A tái đắc cử Chủ tịch", "Tại Đại hội X, ông A được bầu …": someone
    named only as elected does not attend, docs/gold-conventions/events.md 1b)."""
    out: list[Mention] = []
    not_attending: Mention | None = None  # the last one named as disciplined, elected, replaced
    for person in people:
        # the author wrote about it; Hồ Chí Minh is cited, not present
        if person.label == article.author or person.extractor == FoundAs.UNCLE_HO \
                or person.label == UNCLE_HO:
            continue
        if _NOT_ATTENDING.search(article.text[max(0, person.span.start - 30):person.span.start]) \
                or _JUDGED.search(article.text, max(0, person.span.start - _JUDGED_REACH), person.span.start) \
                or _listed_on(article.text, not_attending, person):
            not_attending = person
            continue
        if _authorised_another(article.text, person):
            continue  # "thừa ủy quyền của Chủ tịch nước A, …": A sent someone in his stead
        if _elected(article.text, person, people) \
                or presenting >= 0 and not _presenter(article.text, person, presenting):
            continue  # disciplined or elected; or who receives where no one is said to present
        out.append(person)
    return out


# "thừa ủy quyền của Chủ tịch Ủy ban Trung ương MTTQ Việt Nam A": the words (cue authorised_by) and the
# authoriser's titles, up to his name, with no stop between; searched only where the words stand
_AUTHORISED_BY: Final = patterns.Cued(rf"\b(?:{cue_alternatives('authorised_by')})\s+[^,;.:()\n]*$",
                                      cues("authorised_by"), re.IGNORECASE)
_AUTHORISER_REACH: Final = 90  # how far before a name the words may stand, his titles between


def _authorised_another(text: str, person: Mention) -> bool:
    """Whether the person is named as who authorised another to act at the event for him
    ("Thừa ủy quyền của Chủ tịch nước A, Phó Thủ tướng B đã trao …": B is there, A is not)."""
    return _AUTHORISED_BY.search(text[max(0, person.span.start - _AUTHORISER_REACH):person.span.start]) is not None


_LISTED_REACH: Final = 160  # how far a list's next item may follow the one before, titles and all


def _listed_on(text: str, before: Mention | None, person: Mention) -> bool:
    """ "bầu ủy viên UBND tỉnh đối với ông A, Giám đốc Sở X; bà B, Giám đốc Sở Y": the person
    named next in a list (after a ";", in the same sentence) of those a decision is for."""
    if before is None or not 0 <= person.span.start - before.span.end <= _LISTED_REACH:
        return False
    gap = text[before.span.end:person.span.start]
    return ";" in gap and not any(mark in gap for mark in ".!?\n")


def _elected(text: str, person: Mention, people: list[Mention]) -> bool:
    """Whether the person is named as elected: the elected verb right after the name ("ông A tái
    đắc cử …"), or after his titles ("đồng chí A, Phó Chủ tịch Viện, được bầu …"), where they name
    no one else and say nothing of being there ("ông A, Bí thư, dự và chúc mừng … được bầu")."""
    # ("đồng chí A (Năm A) được bầu …": the name the person also went by, in brackets after it)
    end = person.span.end if not text.startswith(" (", person.span.end) \
        else (bracket.end() if (bracket := _ANOTHER_NAME.match(text, person.span.end)) else person.span.end)
    stop = _TITLES_STOP.search(text, end)
    after = text[end:stop.start() if stop else len(text)]
    if not any(word in after for word in _ELECTED_LAST_WORDS):
        return False  # (an elected verb right after the name ends in one of the words too)
    if _ELECTED_AFTER.match(text, end):
        return True
    titled = _ELECTED_AFTER_TITLES.match(text, end)
    if titled is None:
        return False
    titles = titled["titles"]
    return not any(person.span.end < p.span.start < titled.end() for p in people) \
        and not _said_to_be_there(titles) and _PRESENTS.search(titles) is None


# "trao Huy hiệu 65 năm tuổi Đảng cho ...": a party badge, given to the member in person; so is a
# decision ("trao quyết định bổ nhiệm ông A giữ chức …"): cue handed_in_person
_BADGE_GIVEN: Final = patterns.compile(rf"\S+(?:\s+\S+)?\s+(?:{cue_alternatives('handed_in_person')})\b", re.IGNORECASE)


# cue_pattern's patterns, searched only in a sentence that holds one of their words in some case
_HOLDS_AN_OCCASION: Final = patterns.Cued(cue_pattern("holds_an_occasion").pattern, cues("holds_an_occasion"),
                                          re.IGNORECASE)
_LEADS_OR_RECEIVES: Final = patterns.Cued(
    rf"{cue_pattern('leads_or_receives_a_delegation').pattern}|\b(?:{cue_alternatives('receives_the_delegation')})\b",
    (*cues("leads_or_receives_a_delegation"), *cues("receives_the_delegation")), re.IGNORECASE)
_SPEAKS_THERE: Final = patterns.Cued(cue_pattern("speaks_at_an_event").pattern, cues("speaks_at_an_event"),
                                     re.IGNORECASE)
_PRESENT_HERE: Final = patterns.Cued(cue_pattern("present_at_an_event_named_here").pattern,
                                     cues("present_at_an_event_named_here"), re.IGNORECASE)


def _said_to_be_there(text: str) -> bool:
    """Whether a sentence says its people are at the event the text is at: attend or chair
    it, speak there or for others, lead or receive a delegation (cues attends,
    speaks_at_an_event, speaks_for_others, leads_or_receives_a_delegation)."""
    return bool(_ATTENDS.search(text) or _SPEAKS_THERE.search(text) or _LEADS_OR_RECEIVES.search(text)
                or _MEETS_VOTERS.search(text)) or _SPEAKS_FOR_OTHERS.search(text) is not None


# "Tổ đại biểu … gồm các đại biểu: A; B đã tiếp xúc cử tri …", "Tổ trưởng là ông A và các đại biểu B; C":
# the deputies of a meeting with voters (cue meets_voters)
_MEETS_VOTERS: Final = patterns.Cued(cue_pattern("meets_voters").pattern, cues("meets_voters"), re.IGNORECASE)


# "Thay mặt Đoàn, bà A tiếp thu …", "Thượng tá B, Phó Trưởng phòng thay mặt cán bộ, chiến sĩ hứa
# …": one person speaks for others; not "bà C thay mặt nhận Bằng khen" (who receives for them)
_RECEIVES_FOR_THEM_REACH: Final = 40  # characters after "thay mặt" where a verb of receiving may stand
_SPEAKS_FOR_OTHERS: Final = patterns.Cued(
    rf"\b(?:{cue_alternatives('speaks_for_others', either_initial_case=True)})\b"
    rf"(?![^.;]{{0,{_RECEIVES_FOR_THEM_REACH}}}\b(?:{cue_alternatives('receives_bare')})\b)",
    cues("speaks_for_others"), re.IGNORECASE)


def _the_one_speaking_for_others(sentence: Sentence, people: list[Mention]) -> list[Mention]:
    """Where only speaking for others ("thay mặt") says a sentence's people are at the event,
    the one who speaks: the first named after the words that open the sentence with them
    ("Thay mặt Ban Thường trực, đồng chí A …"), else the last named before them; not the
    others the sentence names ("… ghi nhận đóng góp của đồng chí B")."""
    text = sentence.text
    cued = _SPEAKS_FOR_OTHERS.search(text)  # first: most sentences say no "thay mặt", a gated test
    if cued is None or _ATTENDS.search(text) or _SPEAKS_THERE.search(text) or _LEADS_OR_RECEIVES.search(text) \
            or _PRESENTS.search(text) or _PRESENT_HERE.search(text):
        return people
    at = sentence.start + cued.start()
    before = [p for p in people if p.span.end <= at]
    if before and cued.start() > 0:
        return before[-1:]
    return [p for p in people if p.span.start >= at][:1]


def _at_the_event(text: str) -> bool:
    """Whether a sentence that names an event says someone is at it: said to be there (above),
    presents, or is admitted there (cues presents_at_an_event, present_at_an_event_named_here)."""
    return _said_to_be_there(text) or bool(_PRESENTS.search(text)
                                           or _PRESENT_HERE.search(text))


_PRESENTS: Final = patterns.Cued(
    "".join(f"(?<!{re.escape(w)} )" for w in cues("passive_before_presenting"))
    + rf"\b(?:{cue_alternatives('presents_at_an_event')})\b(?!\s+(?:{cue_alternatives('not_presenting_after')})\b)",
    cues("presents_at_an_event"), re.IGNORECASE)
# how far before the verb a presenter's name may begin, past his titles
_PRESENTER_REACH: Final = 160


def _presenter(text: str, person: Mention, presenting: int) -> bool:
    """Whether the person presents: named before the verb, in the same clause; or before a later
    one ("Ông A gắn Huân chương …; bà B, Phó Chủ tịch UBND tỉnh, trao tặng Cờ thi đua": each who
    presents before the verb of his clause)."""
    if presenting - _PRESENTER_REACH <= person.span.start < presenting and ";" not in text[person.span.end:presenting]:
        return True
    if person.span.start < presenting:
        return False
    later = _PRESENTS.search(text[person.span.end:person.span.end + _PRESENTER_REACH])
    return later is not None and not any(c in text[person.span.end:person.span.end + later.start()] for c in ";.")
