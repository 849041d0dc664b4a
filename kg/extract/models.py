"""Models of practice, movements and campaigns: quoted names and the units that run them.

    mô hình “A”, “B” của ORG         both A and B are ORG's
    ORG duy trì mô hình “A”           A is ORG's
    ORG cùng ORG2 xây dựng mô hình “A”  A is both's

A quote is a model unless it is speech (a long or punctuated sentence, after
"cho biết:"), a document's title ("Về ..."), or the name of a medal or project.
"""

from __future__ import annotations

import re

from kg.extract import Found, SentenceView, register
from kg.model import ExtractorName, FoundAs, Mention, RelationMention
from kg.text import clean_label

_QUOTE = re.compile(r"[“\"]\s*(?P<inner>[^“”\"]{2,160}?)\s*[”\"]")
_NOT_MODEL_BEFORE = re.compile(
    r"(?:Kỷ niệm chương|Huân chương|Huy chương|danh hiệu|Danh hiệu|chủ đề|Chủ đề|khẩu hiệu|"
    r"Đề án|đề án|Dự án|dự án|Hội nghị|hội nghị|Hội thảo|tác phẩm|cuốn sách|chuyên đề|"
    r"Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Kế hoạch|Luật|[A-ZĐ]{2,}/[A-ZĐ]+"
    r"|\d{4})\s*$"
)
_SPEECH_BEFORE = re.compile(r"(?::|cho biết|nói|khẳng định|nhấn mạnh|chia sẻ)\s*$")
_SPEECH_AFTER = re.compile(r"^\s*,\s*(?:đồng chí|ông|bà|chị|anh)\b")
_CUE = re.compile(r"(?:mô hình|phong trào(?: thi đua)?|[Cc]uộc vận động|cách làm|chương trình|"
                  r"[Mm]ô hình)\s*$")
_JOIN = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")
_COORDINATION = re.compile(r"^\s*(?:cùng(?: với)?|và|phối hợp với|với)\s*$")


def is_model_name(inner: str, max_words: int = 14) -> bool:
    words = inner.split()
    if not words or not inner[0].isupper() or len(words) > max_words:
        return False
    if re.search(r"[.!?;:]\s*$", inner) or re.search(r"[.!?]\s", inner):
        return False
    return not inner.startswith(("Về ", "Về\u00a0"))


@register(ExtractorName.MODELS)
def find_models(view: SentenceView) -> Found:
    text = view.sentence.text
    base = view.sentence.start
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    chain: list[Mention] = []
    last_end = -1
    for m in _QUOTE.finditer(text):
        inner = m["inner"]
        before = text[max(0, m.start() - 40):m.start()]
        joined = bool(chain) and bool(_JOIN.match(text[last_end:m.start()]))
        if not joined:
            _assign(view, chain, mentions, relations)
            chain = []
        # a movement's name may be a long slogan when the text says it is one
        longest = 24 if _CUE.search(before) else 14
        if not is_model_name(inner, longest) or _SPEECH_BEFORE.search(before) \
                or _SPEECH_AFTER.match(text[m.end():]):
            continue
        if not joined and _NOT_MODEL_BEFORE.search(before):
            continue
        if view.covered(base + m.start(), base + m.end(), ("Document", "Award", "Event")):
            continue
        mention = view.mention_at("PracticeModel", base + m.start("inner"), base + m.end("inner"),
                                  clean_label(inner), ExtractorName.MODELS)
        mentions.append(mention)
        chain.append(mention)
        last_end = m.end()
    _assign(view, chain, mentions, relations)
    return mentions, relations


def _assign(view: SentenceView, chain: list[Mention], mentions: list[Mention],
            relations: list[RelationMention]) -> None:
    if not chain:
        return
    for owner in owners(view, chain[0].span.start, chain[-1].span.end):
        for model in chain:
            relations.append(view.relation(owner, "practices", model, ExtractorName.MODELS))


def owners(view: SentenceView, start: int, end: int) -> list[Mention]:
    """The units a quoted model belongs to: "của ORG" after it, else the clause's subject."""
    text = view.article.text
    orgs = sorted(
        (m for m in view.mentions if m.type == "Organization" and m.extractor != FoundAs.NESTED),
        key=lambda m: m.span.start,
    )
    for org in orgs:
        if org.span.start >= end and re.fullmatch(r"[”\"\s]*của\s+", text[end:org.span.start]):
            return [org]
    clause_start = max(text.rfind(";", view.sentence.start, start) + 1, view.sentence.start)
    before = [
        o for o in orgs
        if clause_start <= o.span.start and o.span.end <= start
        and not re.search(r"(?:của|cho|đối với|về)\s*$", text[max(0, o.span.start - 10):o.span.start])
        and not any(p.span.start <= o.span.start and o.span.end <= p.span.end and p is not o
                    for p in orgs)
    ]
    if not before:
        return []
    chosen = [before[-1]]
    for prev in reversed(before[:-1]):
        if _COORDINATION.match(text[prev.span.end:chosen[0].span.start]):
            chosen.insert(0, prev)
        else:
            break
    return chosen
