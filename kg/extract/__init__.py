"""``Article`` to ``Mention``s and ``RelationMention``s, by small registered extractors.

Each extractor owns one kind of thing and is a function from a sentence view (the
sentence, its tokens, the article's context and what earlier extractors found in
the sentence) to what it finds there.  They run in the order ``ORDER`` gives (at the
bottom of this module), whatever order they were imported in.

The modules' constants (patterns, cue words, sets of words) are declared ``Final``:
compiled with mypyc, a Final name is a C static, a plain module global a dictionary
look-up at each use (at most tokens of every sentence).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from kg.extract import truecase
from kg.extract.context import ArticleContext, collect_places
from kg.extract.tokens import Token, split_sentences, tokenize
from kg.model import Article, Extraction, ExtractorName, FinisherName, Mention, RelationMention, Sentence, Span


class _Coverage:
    """Character spans, asked whether one of them contains a given span (log time)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [start for start, _ in spans]
        self.furthest: list[int] = []  # the furthest end among spans 0..i
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.furthest.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        # bisect_right written out: compiled, a loop over a sentence's few spans costs less
        # than a call of bisect's function, a Python object (asked at most capitalised words)
        starts = self.starts
        before, after = 0, len(starts)
        while before < after:
            middle = (before + after) // 2
            if start < starts[middle]:
                after = middle
            else:
                before = middle + 1
        return before > 0 and self.furthest[before - 1] >= end


@dataclass
class SentenceView:
    article: Article
    sentence: Sentence
    tokens: list[Token]
    context: ArticleContext
    mentions: list[Mention] = field(default_factory=list)      # found so far in this sentence
    relations: list[RelationMention] = field(default_factory=list)
    article_mentions: list[Mention] = field(default_factory=list)  # earlier sentences
    _coverage_index: dict[str | None, _Coverage] = field(default_factory=dict, repr=False)
    _coverage_spans: dict[str | None, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _coverage_size: int = field(default=0, repr=False)
    _at: dict[tuple[str, Span], Mention] = field(default_factory=dict, repr=False)
    _at_size: int = field(default=0, repr=False)
    _sentence_span: Span | None = field(default=None, repr=False)

    # written out, not left to dataclass: compiled code runs this __init__ as C, a dataclass's
    # own as Python (one view a sentence)
    def __init__(self, article: Article, sentence: Sentence, tokens: list[Token], context: ArticleContext,
                 article_mentions: list[Mention]) -> None:
        self.article = article
        self.sentence = sentence
        self.tokens = tokens
        self.context = context
        self.mentions = []
        self.relations = []
        self.article_mentions = article_mentions
        self._coverage_index = {}
        self._coverage_spans = {None: []}
        self._coverage_size = 0
        self._coverage_index[None] = _Coverage([])
        self._at = {}
        self._at_size = 0
        self._sentence_span = None

    # Mention and RelationMention are given their fields in order, not by name: a call
    # with keywords (or a dict of them) binds them one by one, at each of the many mentions
    def mention(self, type_: str, start_tok: int, end_tok: int, label: str, extractor: str, *,
                kind: str | None = None, aliases: tuple[str, ...] = ()) -> Mention:
        start, end = self.tokens[start_tok].start, self.tokens[end_tok - 1].end
        return self.mention_at(type_, start, end, label, extractor, kind=kind, aliases=aliases)

    def mention_at(self, type_: str, start: int, end: int, label: str, extractor: str, *,
                   kind: str | None = None, aliases: tuple[str, ...] = ()) -> Mention:
        return Mention(
            type_,  # type: ignore[arg-type]
            self.article.text[start:end],
            Span(start, end),
            label,
            extractor,
            self.sentence.index,
            kind,
            aliases,
        )

    def relation(self, subject: Mention, predicate: str, obj: Mention, extractor: str,
                 role: str | None = None) -> RelationMention:
        if self._sentence_span is None:  # one span for the sentence's relations
            self._sentence_span = Span(self.sentence.start, self.sentence.end)
        return RelationMention(
            subject.key,
            predicate,  # type: ignore[arg-type]
            obj.key,
            self._sentence_span,
            extractor,
            self.sentence.index,
            role,
        )

    def covered(self, start: int, end: int, types: tuple[str, ...] | None = None) -> bool:
        """Whether characters start..end fall inside a mention found already."""
        index = self._coverage()
        kinds: tuple[str | None, ...] = types or (None,)  # a tuple compiled code loops over itself
        for kind in kinds:  # asked at most capitalised words: no generator
            coverage = index.get(kind)
            if coverage is not None and coverage.covers(start, end):
                return True
        return False

    def _coverage(self) -> dict[str | None, _Coverage]:
        # Mentions are only ever appended: when the list has grown, the spans of those added
        # join their type's (and all types') spans, whose coverage is made again; the other
        # types' stands.  A linear scan per question made one long sentence quadratic.
        size = len(self.mentions)
        if self._coverage_size != size:
            spans = self._coverage_spans
            grown: list[str | None] = [None]
            for m in self.mentions[self._coverage_size:]:
                span = (m.span.start, m.span.end)
                spans.setdefault(m.type, []).append(span)
                spans[None].append(span)
                if m.type not in grown:
                    grown.append(m.type)
            for kind in grown:
                self._coverage_index[kind] = _Coverage(spans[kind])
            self._coverage_size = size
        return self._coverage_index

    def found(self, type_: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == type_]

    def found_at(self, type_: str, span: Span) -> Mention | None:
        """The first mention of that type found over exactly that span."""
        # grown as mentions are appended, so that asking for each of many posts stays linear
        for m in self.mentions[self._at_size:]:
            self._at.setdefault((m.type, m.span), m)
        self._at_size = len(self.mentions)
        return self._at.get((type_, span))


Found = tuple[list[Mention], list[RelationMention]]
Extractor = Callable[[SentenceView], Found]
EXTRACTORS: Final[list[tuple[str, Extractor]]] = []


def register(name: ExtractorName) -> Callable[[Extractor], Extractor]:
    """Add an extractor to the pipeline under ``name``; ``ORDER`` says when it runs."""

    def add(fn: Extractor) -> Extractor:
        if name not in ORDER:
            raise ValueError(f"extractor {name!r} has no place in kg.extract.ORDER")
        EXTRACTORS.append((name, fn))
        return fn

    return add


def extract(article: Article) -> Extraction:
    """What ``article`` says: its sentences, the mentions of entities and the relations."""
    reading = truecase.reading_of(article)
    found = _extract(reading)
    if reading is article:
        return found
    # read through the capitals the body lost; each quote is the text as published
    return Extraction(
        article,
        tuple(dataclasses.replace(s, text=article.text[s.start:s.end]) for s in found.sentences),
        tuple(dataclasses.replace(m, text=article.text[m.span.start:m.span.end])
              if m.text == reading.text[m.span.start:m.span.end] else m for m in found.mentions),
        found.relations,
    )


def _extract(article: Article) -> Extraction:
    sentences = split_sentences(article)
    token_lists = [tokenize(s) for s in sentences]
    context = ArticleContext(sentence_tokens=token_lists)
    for tokens in token_lists:
        collect_places(context, tokens)
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    for sentence, tokens in zip(sentences, token_lists, strict=True):
        view = SentenceView(article, sentence, tokens, context, article_mentions=mentions)
        for _name, extractor in EXTRACTORS:
            found_mentions, found_relations = extractor(view)
            view.mentions.extend(found_mentions)
            view.relations.extend(found_relations)
        mentions.extend(view.mentions)
        relations.extend(view.relations)
    for _name, finisher in FINISHERS:
        more_mentions, more_relations = finisher(article, tuple(sentences), mentions, relations)
        mentions.extend(more_mentions)
        relations.extend(more_relations)
    return Extraction(article, tuple(sentences), tuple(mentions), tuple(relations))


# Article-level steps that need every sentence read first (who attended which event).
Finisher = Callable[
    [Article, tuple[Sentence, ...], list[Mention], list[RelationMention]], Found
]
FINISHERS: Final[list[tuple[str, Finisher]]] = []


def register_finisher(name: FinisherName) -> Callable[[Finisher], Finisher]:
    """Add an article-level step under ``name``; ``FINISHER_ORDER`` says when it runs."""

    def add(fn: Finisher) -> Finisher:
        if name not in FINISHER_ORDER:
            raise ValueError(f"finisher {name!r} has no place in kg.extract.FINISHER_ORDER")
        FINISHERS.append((name, fn))
        return fn

    return add


# The order extractors run in, as kg.model declares their names: each may read what
# those before it found.
ORDER: Final[tuple[str, ...]] = tuple(ExtractorName)
FINISHER_ORDER: Final[tuple[str, ...]] = tuple(FinisherName)

# Registration happens on import; the order above, not the import order, decides the run.
from kg.extract import (  # noqa: E402,F401
    awards,
    documents,
    events,
    hierarchy,
    implementation,
    models,
    organizations,
    people,
    places,
)

EXTRACTORS.sort(key=lambda entry: ORDER.index(entry[0]))
FINISHERS.sort(key=lambda entry: FINISHER_ORDER.index(entry[0]))
