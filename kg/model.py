"""The plain, typed records that flow between the pipeline's stages.

    Article -> Sentence -> Mention / RelationMention -> Entity / Relation

Every record is a frozen dataclass; stages return new records and never mutate
their input.  Character offsets always index ``Article.text`` (NFC).
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields
from enum import EnumType, StrEnum
from operator import attrgetter
from typing import Any, Literal, get_args, overload

# Each Literal is what mypy checks a type or predicate against; the tuple beside it, its
# values in order for code to loop over, is read from it so the names are written once.
EntityType = Literal[
    "Person", "Organization", "Document", "PracticeModel", "Award", "Place", "Event"
]
ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)

Predicate = Literal[
    "holdsPost", "subOrganizationOf", "locatedIn", "issuedBy", "implements",
    "practices", "receivedAward", "awardedBy", "attended",
]
PREDICATES: tuple[Predicate, ...] = get_args(Predicate)


class _MembersFirst(EnumType):
    """Enums whose members compiled code reads (``FoundAs.NESTED``) at a C look-up in the
    class's own dict.  ``EnumType`` defines ``__getattr__``, which makes every attribute of
    an enum class a call of ``__getattribute__`` through Python's method machinery (some
    900 instructions, hundreds of times an article); a ``__getattribute__`` that is
    ``object``'s lets that machinery call C directly.  What the class's own dict does not
    hold (attributes of its bases) is then found as before, by ``__getattr__``."""

    __getattribute__ = object.__getattribute__

    def __getattr__(cls, name: str) -> Any:
        try:
            return type.__getattribute__(cls, name)
        except AttributeError:
            if _ENUMS_GETATTR is None:
                raise
            return _ENUMS_GETATTR(cls, name)


_ENUMS_GETATTR = getattr(EnumType, "__getattr__", None)  # members named as properties (Python 3.11)


class ExtractorName(StrEnum, metaclass=_MembersFirst):
    """The sentence extractors, in the order they run: each may read what those before
    it found.  A name is also what a mention or relation it finds says it was found by
    (``Mention.extractor``)."""

    ORGANIZATIONS = "organizations"
    PLACES = "places"
    PEOPLE = "people"
    DOCUMENTS = "documents"
    MODELS = "models"
    AWARDS = "awards"
    EVENTS = "events"
    IMPLEMENTATION = "implementation"


class FinisherName(StrEnum, metaclass=_MembersFirst):
    """The article-level steps, in the order they run once every sentence is read."""

    HIERARCHY = "hierarchy"
    ATTENDANCE = "attendance"
    HEADLINE_VENUE = "headline-venue"
    LISTED_VENUES = "listed-venues"
    BADGES = "badges"
    BARE_AWARDS = "bare-awards"
    LISTED_RECIPIENTS = "listed-recipients"
    FRONTED_DOCUMENTS = "fronted-documents"
    AWARDING_DECISIONS = "awarding-decisions"
    PRESENTERS_BY_POST = "presenters-by-post"
    ORDERS_OF_THE_PRESIDENT = "orders-of-the-president"
    RECIPIENTS_ATTEND = "recipients-attend"
    MEMBERS_MODELS = "members-models"
    ARTICLE_BODY_MODELS = "article-body-models"


class FoundAs(StrEnum, metaclass=_MembersFirst):
    """How a mention or relation was found, where later steps treat it apart from the
    rest of its extractor's (``Mention.extractor``).  A body named only inside another's
    name (``NESTED``) is an entity only where it also stands alone; a given name alone
    (``SHORT_NAME``) is resolved to the article's one full name that ends with it."""

    NESTED = "organizations.nested"
    BODY_AFTER_POST = "organizations.post"
    ORGANIZATION_BACK_REFERENCE = "organizations.backref"
    PLACE_IN_PASSING = "places.in-passing"  # in a title or for its authorities: a Place only where named again
    LISTED_PLACES = "organizations.listed"
    # "của Trung ương": the centre in general, the Central Committee only where the article names it so too
    CENTRE_IN_PASSING = "organizations.centre"
    SHORT_NAME = "people.short"
    BODY_OF_PERSON_POST = "people.post"
    CAREER_STEP = "people.career-step"  # a post a career's dated step tells was left since
    # a post a clause of the time it was held tells ("Trong thời gian giữ cương vị X, ông A …"): left
    # since where the article says the person holds another
    POST_OF_A_TIME = "people.post-of-a-time"
    UNCLE_HO = "people.uncle-ho"
    DOCUMENT_ISSUER = "documents.issuer"
    CONGRESS = "documents.congress"
    SHORT_DOCUMENT = "documents.short"
    CITED_EVENT = "events.cited"
    EVENT_BACK_REFERENCE = "events.backref"
    MEETING = "events.meeting"
    ATTENDANCE = "events.attendance"
    RECIPIENT_ATTENDANCE = "events.recipient"
    BADGE = "awards.badge"
    # "Chủ tịch UBND tỉnh X" who gives an award or issues a document: no part of its body
    AWARD_GIVING_OFFICE = "awards.office"
    BYLINE_AUTHOR = "ingest.author"


def _set_through_slots(cls: type) -> type:
    """``cls`` (a frozen dataclass with slots) given an ``__init__`` that sets each field
    through its slot's descriptor, where dataclass's looks up ``object.__setattr__`` and
    calls it for each field: the same fields, defaults and checks (the slots take any
    value), about 40 % fewer instructions.  Extraction makes some thousands of mentions,
    spans and keys an article, from compiled code that cannot make them any faster."""
    names = [f.name for f in fields(cls)]
    scope: dict[str, object] = {f"_set_{name}": getattr(cls, name).__set__ for name in names}
    params = []
    for f in fields(cls):
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    exec(f"def __init__(self, {', '.join(params)}):\n{body}", scope)  # noqa: S102 - as dataclass does
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls

def pickled_by_its_fields(cls: type) -> type:
    """``cls`` (a frozen dataclass with slots) pickled as a call of the class with its
    fields, where dataclass's ``__setstate__`` calls ``fields()`` for each object read
    back: a build's parent reads some 150 an article from its workers (evidence, the
    article's entities and relations), 2.1 times faster so (1.3 CPU-s instead of 2.7 at
    8,000 articles); an extraction cached on disk is written 2.2 and read 2.4 times as fast."""
    get_fields = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, get_fields(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


@pickled_by_its_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One news article, its text normalised to NFC.

    ``text`` is the article as a reader sees it (title, lead, body, byline); for a
    web page it holds only the article body, never menus or footers.
    """

    id: str
    source: str
    text: str
    title: str = ""
    published: str | None = None  # xsd:dateTime, e.g. "2022-08-07T21:04:00+07:00"
    author: str | None = None
    views: int | None = None
    content_hash: str = ""


@pickled_by_its_fields
@_set_through_slots
@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str


@pickled_by_its_fields
@_set_through_slots
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@pickled_by_its_fields
@_set_through_slots
@dataclass(frozen=True, slots=True)
class EntityKey:
    """What names an entity inside an article: its type and canonical label."""

    type: EntityType
    label: str


@pickled_by_its_fields
@_set_through_slots
@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of article text that names an entity.

    ``label`` is the canonical label the extractor proposes, completed from
    context ("Thành ủy" in an article about Bắc Ninh -> "Thành ủy Bắc Ninh");
    ``text`` is the surface form, exactly ``article.text[span.start:span.end]``.
    ``kind`` refines the type (a Document's "Nghị quyết", an Organization's
    "party committee"); ``aliases`` are further surface forms the mention implies.
    """

    type: EntityType
    text: str
    span: Span
    label: str
    extractor: str
    sentence: int = -1
    kind: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> EntityKey:
        # one key for each (type, label) read lately: asked of most mentions several times
        # an article, where making a key costs ten times the look-up
        pair = (self.type, self.label)
        found = _KEYS.get(pair)
        if found is None:
            if len(_KEYS) >= _MOST_KEYS_KEPT:
                _KEYS.clear()
            found = _KEYS[pair] = EntityKey(self.type, self.label)
        return found


_KEYS: dict[tuple[str, str], EntityKey] = {}  # Mention.key's: equal keys, made once
_MOST_KEYS_KEPT = 1 << 14


@pickled_by_its_fields
@_set_through_slots
@dataclass(frozen=True, slots=True)
class RelationMention:
    """A relation stated by one sentence, between two entities named by their keys."""

    subject: EntityKey
    predicate: Predicate
    object: EntityKey
    span: Span
    extractor: str
    sentence: int = -1
    role: str | None = None


@pickled_by_its_fields
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement comes from: an article, a sentence and the exact characters."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str


# Quoted texts this long (sentences, as the evidence of relations) wait on disk when the
# table is given a folder: about 400 MB of Python strings at 100,000 articles.
SPILLED_TEXT_CHARS = 64


class EvidenceTable:
    """The article ids and quoted texts that :class:`PackedEvidence` refers to by number,
    each held once for a whole corpus; given ``spill_dir``, long texts wait in an unnamed
    file there (gone when the table is)."""

    __slots__ = ("article_ids", "_index", "_texts", "_text_ids", "_spill", "_spilled", "_recent",
                 "_recent_article")

    def __init__(self, spill_dir: str | os.PathLike[str] | None = None) -> None:
        self.article_ids: list[str] = []
        self._index: dict[str, int] = {}
        self._texts: list[str] = []  # by number, from 0
        self._text_ids: dict[str, int] = {}  # the number of each text, while evidence comes
        # long texts on disk, numbered from -1 down: (offset, length) pairs in ``_spilled``
        self._spill = tempfile.TemporaryFile(dir=spill_dir, buffering=0) if spill_dir is not None else None
        self._spilled: array[int] = array("q")
        # an article's sentences are quoted by several of its relations; other articles'
        # are other sentences (or the same words, kept twice on disk)
        self._recent: dict[str, int] = {}
        self._recent_article = -1

    def article(self, article_id: str) -> int:
        found = self._index.get(article_id)
        if found is None:
            found = self._index[article_id] = len(self.article_ids)
            self.article_ids.append(article_id)
        return found

    def text_number(self, text: str, article: int) -> int:
        """The number of ``text`` (quoted in ``article``), kept once where it was seen before."""
        if self._spill is None or len(text) < SPILLED_TEXT_CHARS:
            found = self._text_ids.get(text)
            if found is None:
                found = self._text_ids[text] = len(self._texts)
                self._texts.append(text)
            return found
        if article != self._recent_article:
            self._recent.clear()
            self._recent_article = article
        found = self._recent.get(text)
        if found is None:
            data = text.encode("utf-8")
            at = self._spilled[-2] + self._spilled[-1] if self._spilled else 0
            os.pwrite(self._spill.fileno(), data, at)
            found = self._recent[text] = -1 - len(self._spilled) // 2
            self._spilled.extend((at, len(data)))
        return found

    def text(self, number: int) -> str:
        if number >= 0:
            return self._texts[number]
        assert self._spill is not None
        k = 2 * (-1 - number)
        return os.pread(self._spill.fileno(), self._spilled[k + 1], self._spilled[k]).decode("utf-8")

    def forget_texts(self) -> None:
        """No more evidence is coming (or little): the index of texts goes."""
        self._text_ids = {}
        self._recent = {}


class PackedEvidence(Sequence[Evidence]):
    """Evidence held as numbers, for a knowledge base of many articles: each piece is
    five ints in an array (the article, the sentence, the offsets, the text in the
    :class:`EvidenceTable`), made back into an :class:`Evidence` when read.  A tuple of
    Evidence objects took about 260 bytes a piece (the object, its numbers, its text),
    and a corpus has about 90 a news article: most of a large build's memory.  Compares,
    hashes and pickles as the tuple of its evidence."""

    __slots__ = ("_table", "_numbers")

    def __init__(self, table: EvidenceTable, evidence: Iterable[Evidence] = ()) -> None:
        self._table = table
        self._numbers: array[int] = array("i")
        self.extend(evidence)

    @classmethod
    def of_numbers(cls, table: EvidenceTable, numbers: array[int]) -> PackedEvidence:
        """The evidence whose numbers (five a piece, as :meth:`extend` makes them) are
        ``numbers``, kept as they are (not copied)."""
        packed = cls(table)
        packed._numbers = numbers
        return packed

    def numbers(self) -> array[int]:
        """Its numbers, five a piece (read-only)."""
        return self._numbers

    def extend(self, evidence: Iterable[Evidence]) -> None:
        """More evidence at the end (while a build merges; read-only after)."""
        table, numbers = self._table, self._numbers
        for ev in evidence:
            article = table.article(ev.article_id)
            numbers.extend((article, ev.sentence, ev.start, ev.end, table.text_number(ev.text, article)))

    def in_order(self) -> bool:
        """Whether each piece is here once, in :func:`evidence_order` (as a build adds them,
        article by article, mostly); texts are read only to break a tie."""
        return all(self._before(j - 5, j) for j in range(5, len(self._numbers), 5))

    def first_numbers(self) -> tuple[EvidenceTable, str, int, int, int, int] | None:
        """The first piece in :func:`evidence_order` as its table, article id, sentence,
        offsets and text number, without reading texts but to break a tie."""
        n = self._numbers
        if not n:
            return None
        best = 0
        for j in range(5, len(n), 5):
            if self._before(j, best):
                best = j
        return self._table, self._table.article_ids[n[best]], n[best + 1], n[best + 2], n[best + 3], n[best + 4]

    def _before(self, i: int, j: int) -> bool:
        """Whether the piece whose numbers start at ``i`` comes strictly before the one at
        ``j`` in :func:`evidence_order`."""
        n, article_ids = self._numbers, self._table.article_ids
        first = (article_ids[n[i]], n[i + 2], n[i + 3], n[i + 1])
        second = (article_ids[n[j]], n[j + 2], n[j + 3], n[j + 1])
        return first < second or first == second and n[i + 4] != n[j + 4] and (
            self._table.text(n[i + 4]) < self._table.text(n[j + 4]))

    def firsts_by_article(self) -> list[tuple[str, int]] | None:
        """Each article's first piece in :func:`evidence_order`, as (article id, place),
        in that order, read from the numbers alone; None unless every piece is here
        once and in that order (then the caller sorts)."""
        if not self.in_order():
            return None
        article_ids, firsts = self._table.article_ids, []
        last = -1
        for place, article in enumerate(self._numbers[::5]):
            if article != last:  # in order: an article's pieces come together
                firsts.append((article_ids[article], place))
                last = article
        return firsts

    def places(self) -> list[tuple[str, int]]:
        """Each piece's article id and sentence, in order, without reading its text."""
        article_ids, n = self._table.article_ids, self._numbers
        return [(article_ids[article], sentence) for article, sentence in zip(n[::5], n[1::5], strict=True)]

    def fields(self, i: int) -> tuple[str, int, int, int, str]:
        """The ``i``-th piece's article id, sentence, offsets and text, without making an
        :class:`Evidence` of them (the graph writer reads millions)."""
        n, j = self._numbers, 5 * i
        return self._table.article_ids[n[j]], n[j + 1], n[j + 2], n[j + 3], self._table.text(n[j + 4])

    def _at(self, i: int) -> Evidence:
        n, j = self._numbers, 5 * i
        return Evidence(self._table.article_ids[n[j]], n[j + 1], n[j + 2], n[j + 3], self._table.text(n[j + 4]))

    def __len__(self) -> int:
        return len(self._numbers) // 5

    @overload
    def __getitem__(self, i: int) -> Evidence: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Evidence, ...]: ...
    def __getitem__(self, i: int | slice) -> Evidence | tuple[Evidence, ...]:
        if isinstance(i, slice):
            return tuple(self._at(j) for j in range(*i.indices(len(self))))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("evidence index out of range")
        return self._at(i)

    def __iter__(self) -> Iterator[Evidence]:
        return (self._at(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedEvidence | tuple):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[type[tuple[Evidence, ...]], tuple[tuple[Evidence, ...]]]:
        return tuple, (tuple(self),)


def evidence_places(evidence: Sequence[Evidence]) -> list[tuple[str, int]]:
    """Each piece's article id and sentence, in order: what the analysis reads of evidence
    (a packed piece's text, which it does not need, may be on disk)."""
    if isinstance(evidence, PackedEvidence):
        return evidence.places()
    return [(ev.article_id, ev.sentence) for ev in evidence]


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved entity with a stable IRI derived from its type and canonical label
    (and, for people and events, the context that identifies them)."""

    iri: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    evidence: Sequence[Evidence] = ()
    # a person's or event's identifying context: the provinces, ministries and bodies
    # (an event: its province) that tell it from others of the same name
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation of the corpus.  A post (holdsPost) also has the days (YYYY-MM-DD) the
    articles that state it were published, the days of those that say it was taken up
    ("được bầu làm") and of those that say it was held before ("nguyên ...")."""

    subject: str  # entity IRI
    predicate: Predicate
    object: str  # entity IRI
    role: str | None = None
    evidence: Sequence[Evidence] = ()
    reported: tuple[str, ...] = ()
    began: tuple[str, ...] = ()
    ended_by: tuple[str, ...] = ()


def evidence_order(ev: Evidence) -> tuple[str, int, int, int, str]:
    """A total order on evidence: one span can be named twice (in a sentence and in the
    byline), and a tie left to a set's order would change the output between runs."""
    return (ev.article_id, ev.start, ev.end, ev.sentence, ev.text)


@pickled_by_its_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractors found in one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, with the reason a user can act on."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """The resolved graph in plain data: what ``rdf`` turns into triples."""

    articles: tuple[Article, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    # Which entity IRIs and relations each article states, for per-article graphs
    # and per-article scoring.
    article_entities: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    article_relations: dict[str, tuple[Relation, ...]] = field(
        default_factory=dict, hash=False
    )


# Kinds refine an entity type; ``rdf`` maps each to an ontology class of the same
# name (kg:PartyCommittee is a subclass of kg:Organization, and so on).
ENTITY_KINDS: dict[EntityType, tuple[str, ...]] = {
    "Organization": (
        "PartyCommittee",      # Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy, Ban Chấp hành
        "PartyOrganization",   # Đảng bộ, Chi bộ
        "PartyBoard",          # Ban Thường vụ, Ban Tuyên giáo, Ủy ban Kiểm tra, Bộ Chính trị
        "StateBody",           # Quốc hội, Chính phủ, UBND, HĐND, Sở, Phòng, Bộ
        "MassOrganization",    # MTTQ, Hội ..., Đoàn Thanh niên, Công đoàn
        "Police",              # Công an
        "Military",            # Bộ Chỉ huy quân sự, Quân khu
        "Enterprise",          # Công ty, Tổng công ty, hợp tác xã
        "School",              # Trường, Học viện
        "Unit",                # anything else: a centre, a sector
    ),
    "Document": (
        "Resolution", "Directive", "Conclusion", "Regulation", "Decision", "Plan",
        "Guidance", "Notice", "Law", "Decree", "Circular", "Program", "Project", "Submission",
    ),
    "Award": (
        "Order", "Medal", "CertificateOfMerit", "Commendation", "EmulationFlag",
        "CommemorativeMedal", "HonoraryTitle", "Prize",
    ),
    "Event": ("Congress", "Conference", "Plenum", "Session", "Ceremony"),
    "Place": ("Country", "Province", "City", "District", "Town", "Commune", "Ward"),
    "Person": (),
    "PracticeModel": (),
}
