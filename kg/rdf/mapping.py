"""KnowledgeBase <-> RDF dataset.

Layout of the dataset (union default graph semantics for queries):

* ``graph:kb`` holds the facts shared by all articles, each triple once: entity
  types, kinds and labels; relations as direct triples; ``org:Membership`` nodes for
  ``holdsPost`` with the role; one ``kg:Statement`` per relation (rdf:subject,
  rdf:predicate, rdf:object, kg:roleLabel).
* ``graph:article/<slug>`` holds what one article contributes: the
  ``schema:NewsArticle``, the entities it mentions (``schema:mentions``), the
  statements it makes (``kg:states``) and the evidence nodes with their selectors,
  linked from entities and statements by ``kg:evidence``.

No triple sits in two graphs.  That matters because Oxigraph's union default graph
keeps duplicates while rdflib's does not, and the two must give the same answers.
Every node is an IRI derived from its content, so the same knowledge base always
serialises to the same bytes.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.model import (
    ENTITY_KINDS,
    ENTITY_TYPES,
    PREDICATES,
    Article,
    Entity,
    EntityType,
    Evidence,
    KnowledgeBase,
    PackedEvidence,
    Predicate,
    Relation,
    evidence_places,
)
from kg.namespace import (
    DCTERMS,
    GRAPH,
    ID,
    KG,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    XSD,
    bind_prefixes,
)
from kg.rdf.terms import NtTriple, integer, iri, literal, term
from kg.resolve import evidence_order
from kg.text import byline_names, match_key, slug

KB_GRAPH = GRAPH["kb"]
LANG = "vi"
# Vietnam's offset, for publication times the source gives without one.
VN_OFFSET = "+07:00"

_TYPE_CLASS: dict[str, URIRef] = {t: KG[t] for t in ENTITY_TYPES}
_CLASS_TYPE: dict[URIRef, EntityType] = {KG[t]: t for t in ENTITY_TYPES}
_KIND_CLASS: dict[tuple[str, str], URIRef] = {
    (t, k): KG[k] for t, kinds in ENTITY_KINDS.items() for k in kinds
}
_PREDICATE: dict[str, URIRef] = {p: KG[p] for p in PREDICATES}
_PREDICATE_NAME: dict[URIRef, Predicate] = {KG[p]: p for p in PREDICATES}

_DOC_NUMBER = re.compile(r"\b(\d+(?:/\d{4})?(?:[-/][0-9A-Za-zĐđ]+)+|\d+[A-Za-z]?)\b")
_TERM = re.compile(r"\bkh[oó]a\s+([IVXLC]+)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------
# IRIs
# ---------------------------------------------------------------------------


def minted_iri(value: str) -> URIRef:
    """A URIRef for an IRI this module mints from hashes and slugs, which are valid by
    construction (a property test checks it): rdflib's check on every one of millions of
    IRIs would be most of a large build's mapping time."""
    return str.__new__(URIRef, value)


_ID = str(ID)
_GRAPH = str(GRAPH)


def _digest(*parts: object) -> str:
    # U+001F keeps ("a b", "c") and ("a", "b c") apart.
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=4096)
def article_iri(article_id: str) -> URIRef:
    return minted_iri(f"{_ID}article/{slug(article_id)}")


@lru_cache(maxsize=4096)
def article_graph_iri(article_id: str) -> URIRef:
    return minted_iri(f"{_GRAPH}article/{slug(article_id)}")


def statement_iri(relation: Relation) -> URIRef:
    # _digest of the key, whose four parts are strings: joined directly (one a statement
    # of each article, hundreds of thousands in a build)
    key = "\x1f".join(_relation_key(relation))
    return minted_iri(f"{_ID}statement/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}")


def membership_iri(relation: Relation) -> URIRef:
    return minted_iri(f"{_ID}membership/{_digest(relation.subject, relation.object, relation.role)}")


def interval_iri(relation: Relation) -> URIRef:
    """The time a post was held: one interval per membership."""
    return minted_iri(f"{membership_iri(relation)}/during")


def instant_iri(day: str) -> URIRef:
    """A day on the timeline, YYYY-MM-DD: one node per day, shared by every statement."""
    return minted_iri(f"{_ID}instant/{day}")


def role_iri(role: str) -> URIRef:
    return minted_iri(f"{_ID}role/{slug(role)}")


def evidence_iri(evidence: Evidence) -> URIRef:
    ev = evidence
    return minted_iri(_evidence_iri(ev.article_id, ev.sentence, ev.start, ev.end, ev.text))


def _evidence_iri(article_id: str, sentence: int, start: int, end: int, text: str) -> str:
    """:func:`_digest` of the five, spelt out: the graph writer makes hundreds of thousands."""
    key = f"{article_id}\x1f{sentence}\x1f{start}\x1f{end}\x1f{text}"
    return f"{_ID}evidence/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def _relation_key(relation: Relation) -> tuple[str, str, str, str]:
    return (relation.subject, relation.predicate, relation.object, relation.role or "")


# ---------------------------------------------------------------------------
# KnowledgeBase -> named graphs of N-Triples terms
# ---------------------------------------------------------------------------


def new_dataset() -> Dataset:
    """An empty dataset with the project prefixes and union-default-graph queries."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    return ds


PART_SIZE = 50_000

# The vocabulary as N-Triples text, looked up once: a large corpus has millions of triples.
_A = term(RDF.type)
_TYPE_TERM: dict[str, str] = {t: term(c) for t, c in _TYPE_CLASS.items()}
_KIND_TERM: dict[tuple[str, str], str] = {k: term(c) for k, c in _KIND_CLASS.items()}
_PREDICATE_TERM: dict[str, str] = {p: term(u) for p, u in _PREDICATE.items()}
_KIND, _PREF_LABEL, _LABEL, _ALT_LABEL = term(KG.kind), term(SKOS.prefLabel), term(RDFS.label), term(SKOS.altLabel)
_DOCUMENT_NUMBER, _TERM_OF = term(KG.documentNumber), term(KG.term)
_STATEMENT, _SUBJECT, _PREDICATE_OF, _OBJECT = (
    term(KG.Statement), term(RDF.subject), term(RDF.predicate), term(RDF.object),
)
_ROLE_LABEL = term(KG.roleLabel)
_MEMBERSHIP, _MEMBER, _ORGANIZATION, _ROLE_OF, _ROLE = (
    term(ORG.Membership), term(ORG.member), term(ORG.organization), term(ORG.role), term(ORG.Role),
)
_MENTIONS, _STATES = term(SCHEMA.mentions), term(KG.states)
_IDENTIFYING_CONTEXT = term(KG.identifyingContext)
_HAS_TIME, _MEMBER_DURING, _INTERVAL, _INSIDE, _HAS_BEGINNING, _BEFORE, _INSTANT, _IN_DATE = (
    term(TIME.hasTime), term(ORG.memberDuring), term(TIME.ProperInterval), term(TIME.inside),
    term(TIME.hasBeginning), term(TIME.before), term(TIME.Instant), term(TIME.inXSDDate),
)


def _vi(text: str) -> str:
    return literal(text, lang=LANG)


def named_graphs(kb: KnowledgeBase) -> Iterator[tuple[URIRef, list[NtTriple]]]:
    """The knowledge base as named graphs, one at a time: ``graph:kb``, then one graph
    per article (in article order) with its metadata, what it states and its evidence.

    Triples are N-Triples text (:mod:`kg.rdf.terms`); :func:`to_dataset` reads them into
    rdflib where a caller wants a ``Dataset``.
    """
    yield from shared_graph(kb)
    articles = ArticleGraphs(kb)
    yield from articles.graphs(0, len(articles))
    yield from articles.unlisted()


def shared_graph(kb: KnowledgeBase) -> Iterator[tuple[URIRef, list[NtTriple]]]:
    """``graph:kb`` in parts, so that a large corpus never holds it whole: entities,
    relations with their statements and memberships, and each post's role once."""
    kb_graph: list[NtTriple] = []
    for entity in sorted(kb.entities, key=lambda e: e.iri):
        _add_entity(kb_graph, entity)
        if len(kb_graph) >= PART_SIZE:
            yield KB_GRAPH, kb_graph
            kb_graph = []
    relations = sorted_relations(kb)
    for relation in relations:
        _add_relation(kb_graph, relation)
        if len(kb_graph) >= PART_SIZE:
            yield KB_GRAPH, kb_graph
            kb_graph = []
    for role in sorted({r.role for r in relations if r.predicate == "holdsPost" and r.role}):
        _add_role(kb_graph, role)
    days = {d for r in relations for d in (*r.reported, *r.began, *r.ended_by)}
    for day in sorted(days):
        _add_instant(kb_graph, day)
    yield KB_GRAPH, kb_graph


def _unique_relations(kb: KnowledgeBase) -> Sequence[Relation]:
    """Each relation of ``kb`` once (the first of each key), in the order met:
    ``kb.relations`` itself where they are already so and in key order, holding every
    relation the articles state (a build's are), rather than a table of them all (30 MB
    at 8,000 articles)."""
    if _relations_complete(kb):
        return kb.relations
    relations: dict[tuple[str, str, str, str], Relation] = {}
    for relation in _all_relations(kb):
        relations.setdefault(_relation_key(relation), relation)
    return list(relations.values())


def sorted_relations(kb: KnowledgeBase) -> Sequence[Relation]:
    """Each relation of ``kb`` once, in key order."""
    relations = _unique_relations(kb)
    return relations if relations is kb.relations else sorted(relations, key=_relation_key)


def _relations_complete(kb: KnowledgeBase) -> bool:
    """Whether ``kb.relations`` are in strictly increasing key order and hold a relation
    of each key the articles state."""
    relations = kb.relations
    if any(_relation_key(a) >= _relation_key(b) for a, b in itertools.pairwise(relations)):
        return False
    held = {id(r) for r in relations}
    for stated in kb.article_relations.values():
        for r in stated:
            if id(r) not in held:
                i = bisect.bisect_left(relations, _relation_key(r), key=_relation_key)
                if i == len(relations) or _relation_key(relations[i]) != _relation_key(r):
                    return False
    return True


class ArticleGraphs:
    """Each article's named graph, by position in article-id order, so that separate
    processes can each write a range of them."""

    def __init__(self, kb: KnowledgeBase, bodies: Mapping[str, str] | None = None) -> None:
        self.kb = kb
        self.bodies = bodies or {}  # texts kept out of the articles (a build's, on disk)
        self.articles = sorted(kb.articles, key=lambda a: a.id)
        # A Person's names -> its IRI, to link an article's byline to the entity; the
        # smallest IRI wins when two people share a name, so the choice is stable.
        self.people: dict[str, str] = {}
        for entity in sorted(kb.entities, key=lambda e: e.iri, reverse=True):
            if entity.type == "Person":
                for name in (*entity.aliases, entity.label):
                    self.people[match_key(name)] = entity.iri
        # Evidence goes to the graph of the article it quotes, whoever lists it: per
        # article, pairs (target, place in the target's evidence) in one array of ints.
        # An entity's evidence in the graph is its first mention in each article: enough
        # to answer "where does this come from", where every mention would triple the
        # graph; a statement's is all of it.  A tuple per piece of evidence held 9
        # million of them at 100,000 articles.
        self.targets: list[Entity | Relation] = []
        self.evidence: dict[str, array[int]] = defaultdict(lambda: array("i"))
        for entity in kb.entities:
            target = len(self.targets)
            self.targets.append(entity)
            for article_id, i in _first_in_each_article(entity.evidence):
                self.evidence[article_id].extend((target, i))
        for relation in _unique_relations(kb):
            target = len(self.targets)
            self.targets.append(relation)
            for i, (article_id, _) in enumerate(evidence_places(relation.evidence)):
                self.evidence[article_id].extend((target, i))

    def __len__(self) -> int:
        return len(self.articles)

    def graphs(self, start: int, stop: int) -> Iterator[tuple[URIRef, list[NtTriple]]]:
        """The graphs of the articles ``start`` to ``stop`` (not included)."""
        kb = self.kb
        for article in self.articles[start:stop]:
            graph: list[NtTriple] = []
            _add_article(graph, article, self.people, self.bodies.get(article.id, article.text))
            node = iri(article_iri(article.id))
            for entity_iri in sorted(set(kb.article_entities.get(article.id, ()))):
                graph.append((node, _MENTIONS, iri(entity_iri)))
            statements: dict[tuple[str, str, str, str], str] = {}
            for relation in kb.article_relations.get(article.id, ()):
                graph.append((node, _STATES, _statement_term(relation, statements)))
            self._add_evidence_of(graph, article.id, statements)
            yield article_graph_iri(article.id), graph

    def unlisted(self) -> Iterator[tuple[URIRef, list[NtTriple]]]:
        """Evidence from articles the knowledge base does not list (a hand-made one)."""
        listed = {a.id for a in self.articles}
        for article_id in sorted(set(self.evidence) - listed):
            graph: list[NtTriple] = []
            self._add_evidence_of(graph, article_id, {})
            yield article_graph_iri(article_id), graph

    def _add_evidence_of(self, graph: list[NtTriple], article_id: str,
                         statements: dict[tuple[str, str, str, str], str]) -> None:
        pairs = self.evidence.get(article_id, ())
        for k in range(0, len(pairs), 2):
            target = self.targets[pairs[k]]
            node = iri(target.iri) if isinstance(target, Entity) else _statement_term(target, statements)
            evidence = target.evidence
            # a build's evidence is packed: its fields are read without an Evidence made
            if isinstance(evidence, PackedEvidence):
                _add_evidence(graph, node, *evidence.fields(pairs[k + 1]))
            else:
                ev = evidence[pairs[k + 1]]
                _add_evidence(graph, node, ev.article_id, ev.sentence, ev.start, ev.end, ev.text)


def _first_in_each_article(evidence: Sequence[Evidence]) -> Iterable[tuple[str, int]]:
    """Each article's first piece of ``evidence`` in :func:`evidence_order`, as (article
    id, place in ``evidence``), in that order."""
    if isinstance(evidence, PackedEvidence):
        firsts = evidence.firsts_by_article()
        if firsts is not None:
            return firsts
    seen: set[str] = set()
    found: list[tuple[str, int]] = []
    for i in sorted(range(len(evidence)), key=lambda i: evidence_order(evidence[i])):
        if evidence[i].article_id not in seen:
            seen.add(evidence[i].article_id)
            found.append((evidence[i].article_id, i))
    return found


def _statement_term(relation: Relation, made: dict[tuple[str, str, str, str], str]) -> str:
    """A relation's statement node, made once per article (``made``): its IRI is a hash."""
    key = _relation_key(relation)
    found = made.get(key)
    if found is None:
        found = made[key] = iri(statement_iri(relation))
    return found


def nquads(graphs: Iterable[tuple[str, Iterable[NtTriple]]]) -> str:
    """Named graphs of N-Triples terms as N-Quads text."""
    return "".join(f"{s} {p} {o} <{name}> .\n" for name, triples in graphs for s, p, o in triples)


def to_dataset(kb: KnowledgeBase) -> Dataset:
    """The knowledge base as named graphs: ``graph:kb`` plus one graph per article."""
    ds = new_dataset()
    ds.parse(data=nquads(named_graphs(kb)), format="nquads")
    return ds


def _all_relations(kb: KnowledgeBase) -> Iterator[Relation]:
    yield from kb.relations
    for stated in kb.article_relations.values():
        yield from stated


def _add_entity(graph: list[NtTriple], entity: Entity) -> None:
    node = iri(entity.iri)
    add = graph.append
    add((node, _A, _TYPE_TERM[entity.type]))
    if entity.kind:
        add((node, _KIND, literal(entity.kind)))
        kind_class = _KIND_TERM.get((entity.type, entity.kind))
        if kind_class is not None:
            add((node, _A, kind_class))
    label = _vi(entity.label)
    add((node, _PREF_LABEL, label))
    add((node, _LABEL, label))
    for alias in entity.aliases:
        if alias != entity.label:
            add((node, _ALT_LABEL, _vi(alias)))
    if entity.type == "Document":
        number = _DOC_NUMBER.search(entity.label)
        if number:
            add((node, _DOCUMENT_NUMBER, literal(number.group(1))))
    if entity.type in ("Document", "Event"):
        for term_number in _TERM.findall(entity.label):
            add((node, _TERM_OF, literal(term_number.upper())))
    for anchor in entity.context:
        add((node, _IDENTIFYING_CONTEXT, _vi(anchor)))


def _add_relation(graph: list[NtTriple], relation: Relation) -> None:
    subject, obj = iri(relation.subject), iri(relation.object)
    predicate = _PREDICATE_TERM[relation.predicate]
    add = graph.append
    add((subject, predicate, obj))

    statement = iri(statement_iri(relation))
    add((statement, _A, _STATEMENT))
    add((statement, _SUBJECT, subject))
    add((statement, _PREDICATE_OF, predicate))
    add((statement, _OBJECT, obj))
    if relation.role:
        add((statement, _ROLE_LABEL, _vi(relation.role)))

    if relation.predicate == "holdsPost" and relation.role:
        membership, role = iri(membership_iri(relation)), iri(role_iri(relation.role))
        add((membership, _A, _MEMBERSHIP))
        add((membership, _MEMBER, subject))
        add((membership, _ORGANIZATION, obj))
        add((membership, _ROLE_OF, role))
        add((membership, _ROLE_LABEL, _vi(relation.role)))
        _add_time(graph, statement, membership, relation)
    elif relation.predicate == "holdsPost":
        _add_time(graph, statement, None, relation)


def _add_time(graph: list[NtTriple], statement: str, membership: str | None, relation: Relation) -> None:
    """When a post was held, in W3C Time: the statement has the days it was reported
    (time:hasTime); the membership's interval (org:memberDuring) holds those days
    (time:inside), begins on a day it was reported taken up (time:hasBeginning) and lies
    before a day it was reported as held before, "nguyên ..." (time:before)."""
    add = graph.append
    for day in relation.reported:
        add((statement, _HAS_TIME, _instant(day)))
    if membership is None or not (relation.reported or relation.began or relation.ended_by):
        return
    interval = iri(interval_iri(relation))
    add((membership, _MEMBER_DURING, interval))
    add((interval, _A, _INTERVAL))
    for day in relation.reported:
        add((interval, _INSIDE, _instant(day)))
    for day in relation.began:
        add((interval, _HAS_BEGINNING, _instant(day)))
    for day in relation.ended_by:
        add((interval, _BEFORE, _instant(day)))


@lru_cache(maxsize=8192)
def _instant(day: str) -> str:
    return iri(instant_iri(day))


def _add_instant(graph: list[NtTriple], day: str) -> None:
    graph.append((_instant(day), _A, _INSTANT))
    graph.append((_instant(day), _IN_DATE, literal(day, datatype=str(XSD.date))))


def _add_role(graph: list[NtTriple], role_label: str) -> None:
    role = iri(role_iri(role_label))
    graph.append((role, _A, _ROLE))
    graph.append((role, _PREF_LABEL, _vi(role_label)))
    graph.append((role, _LABEL, _vi(role_label)))


def _published_literal(published: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return literal(published, datatype=str(XSD.date))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?", published):
        if published.count(":") == 1:
            published += ":00"
        published += VN_OFFSET
    return literal(published, datatype=str(XSD.dateTime))


def _add_article(graph: list[NtTriple], article: Article, people: dict[str, str], text: str) -> None:
    node = iri(article_iri(article.id))
    add = graph.append
    add((node, _A, term(SCHEMA.NewsArticle)))
    add((node, _A, term(PROV.Entity)))
    add((node, term(DCTERMS.identifier), literal(article.id)))
    add((node, term(KG.source), literal(article.source)))
    add((node, term(SCHEMA.articleBody), literal(text)))
    if article.title:
        add((node, term(SCHEMA.headline), _vi(article.title)))
    if article.published:
        add((node, term(SCHEMA.datePublished), _published_literal(article.published)))
    if article.author:
        add((node, term(KG.authorName), literal(article.author)))
        for _, name in byline_names(article.author):
            author = people.get(match_key(name))
            if author is not None:
                add((node, term(SCHEMA.author), iri(author)))
    if article.views is not None:
        add((node, term(KG.viewCount), integer(article.views)))
    if article.content_hash:
        add((node, term(KG.contentHash), literal(article.content_hash)))


# The terms evidence uses, looked up once: a large corpus has millions of evidence triples.
_EVIDENCE_TERMS = tuple(term(t) for t in (
    KG.evidence, OA.hasSource, KG.sentenceIndex, OA.start, OA.end, OA.exact,
))


def _add_evidence(graph: list[NtTriple], target: str, article_id: str, sentence: int, start: int, end: int,
                  text: str) -> None:
    """An evidence node: its article (oa:hasSource), sentence, offsets and text, each
    said of the node itself.  Until 3 December 2026 the offsets and the text went
    through an oa:TextPositionSelector and an oa:TextQuoteSelector node, all three
    typed: ten triples a piece, half of a large store; these are five.  The node's
    class, kg:Evidence, follows from kg:evidence's range.  PROV's reading comes through kg:evidence, a
    sub-property of prov:wasDerivedFrom, and the article node, a prov:Entity."""
    evidence, has_source, sentence_index, start_term, end_term, exact = _EVIDENCE_TERMS
    node = iri(_evidence_iri(article_id, sentence, start, end, text))
    add = graph.append
    add((target, evidence, node))
    add((node, has_source, _article_term(article_id)))
    add((node, sentence_index, integer(sentence)))
    add((node, start_term, integer(start)))
    add((node, end_term, integer(end)))
    add((node, exact, literal(text)))


@lru_cache(maxsize=4096)
def _article_term(article_id: str) -> str:
    return iri(article_iri(article_id))

# ---------------------------------------------------------------------------
# Dataset -> KnowledgeBase
# ---------------------------------------------------------------------------


def _value(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    # The smallest value when there are several, so a merged file reads the same each time.
    values = sorted(graph.objects(subject, predicate), key=str)
    return values[0] if values else None


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str | None:
    value = _value(graph, subject, predicate)
    return None if value is None else str(value)


def _int(graph: Graph, subject: Node, predicate: URIRef) -> int | None:
    value = _value(graph, subject, predicate)
    if value is None:
        return None
    return int(value.toPython()) if isinstance(value, Literal) else int(str(value))


def union_graph(ds: Dataset) -> Graph:
    """All triples of all graphs in one graph, each once."""
    union = bind_prefixes(Graph())
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _read_evidence(graph: Graph, node: Node, article_ids: dict[Node, str]) -> Evidence | None:
    source = _value(graph, node, OA.hasSource)
    start, end, exact = _int(graph, node, OA.start), _int(graph, node, OA.end), _text(graph, node, OA.exact)
    for selector in graph.objects(node, OA.hasSelector):  # graphs written before 3 December 2026
        if (selector, RDF.type, OA.TextPositionSelector) in graph:
            start = _int(graph, selector, OA.start)
            end = _int(graph, selector, OA.end)
        elif (selector, RDF.type, OA.TextQuoteSelector) in graph:
            exact = _text(graph, selector, OA.exact)
    if source is None or start is None or end is None or exact is None:
        return None
    article_id = article_ids.get(source) or str(source).rsplit("/", 1)[-1]
    sentence = _int(graph, node, KG.sentenceIndex)
    return Evidence(article_id, -1 if sentence is None else sentence, start, end, exact)


def _evidence_of(graph: Graph, target: Node, article_ids: dict[Node, str]) -> tuple[Evidence, ...]:
    found = (_read_evidence(graph, ev, article_ids) for ev in graph.objects(target, KG.evidence))
    return tuple(sorted({ev for ev in found if ev is not None}, key=evidence_order))


def _read_article(graph: Graph, node: Node) -> Article:
    published = _value(graph, node, SCHEMA.datePublished)
    return Article(
        id=_text(graph, node, DCTERMS.identifier) or str(node).rsplit("/", 1)[-1],
        source=_text(graph, node, KG.source) or "",
        text=_text(graph, node, SCHEMA.articleBody) or "",
        title=_text(graph, node, SCHEMA.headline) or "",
        published=None if published is None else str(published),
        author=_text(graph, node, KG.authorName),
        views=_int(graph, node, KG.viewCount),
        content_hash=_text(graph, node, KG.contentHash) or "",
    )


def _read_entity(graph: Graph, node: Node, article_ids: dict[Node, str]) -> Entity | None:
    classes = {t for t in graph.objects(node, RDF.type) if isinstance(t, URIRef)}
    types = sorted((_CLASS_TYPE[t] for t in classes if t in _CLASS_TYPE), key=ENTITY_TYPES.index)
    label = _text(graph, node, SKOS.prefLabel) or _text(graph, node, RDFS.label)
    if not types or label is None:
        return None
    aliases = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {label})
    return Entity(
        iri=str(node),
        type=types[0],
        label=label,
        aliases=tuple(aliases),
        kind=_text(graph, node, KG.kind),
        evidence=_evidence_of(graph, node, article_ids),
        context=tuple(sorted(str(c) for c in graph.objects(node, KG.identifyingContext))),
    )


def _days(graph: Graph, node: Node | None, predicate: URIRef) -> tuple[str, ...]:
    if node is None:
        return ()
    return tuple(sorted(str(d) for instant in graph.objects(node, predicate)
                        for d in graph.objects(instant, TIME.inXSDDate)))


def _read_relations(graph: Graph, article_ids: dict[Node, str]) -> dict[Node, Relation]:
    found: dict[Node, Relation] = {}
    described: set[tuple[str, str, str]] = set()
    for statement in graph.subjects(RDF.type, KG.Statement):
        subject = _value(graph, statement, RDF.subject)
        predicate = _value(graph, statement, RDF.predicate)
        obj = _value(graph, statement, RDF.object)
        if subject is None or obj is None or predicate not in _PREDICATE_NAME:
            continue
        assert isinstance(predicate, URIRef)
        relation = Relation(
            subject=str(subject),
            predicate=_PREDICATE_NAME[predicate],
            object=str(obj),
            role=_text(graph, statement, KG.roleLabel),
            evidence=_evidence_of(graph, statement, article_ids),
            reported=_days(graph, statement, TIME.hasTime),
        )
        if relation.role:
            interval = _value(graph, membership_iri(relation), ORG.memberDuring)
            relation = replace(relation, began=_days(graph, interval, TIME.hasBeginning),
                               ended_by=_days(graph, interval, TIME.before))
        found[statement] = relation
        described.add((str(subject), str(predicate), str(obj)))
    # Direct triples without a statement node (written by hand or another tool).
    for predicate, name in _PREDICATE_NAME.items():
        for subject, obj in graph.subject_objects(predicate):
            if (str(subject), str(predicate), str(obj)) not in described:
                relation = Relation(str(subject), name, str(obj))
                found[statement_iri(relation)] = relation
    return found


def from_dataset(ds: Dataset | Graph) -> KnowledgeBase:
    """Rebuild the knowledge base that :func:`to_dataset` wrote (articles sorted by id,
    entities by IRI, relations by subject, predicate, object and role)."""
    graph = union_graph(ds) if isinstance(ds, Dataset) else ds

    article_nodes = set(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    articles = sorted((_read_article(graph, n) for n in article_nodes), key=lambda a: a.id)
    article_ids: dict[Node, str] = {
        n: _text(graph, n, DCTERMS.identifier) or str(n).rsplit("/", 1)[-1] for n in article_nodes
    }

    entities = [
        e
        for e in (_read_entity(graph, n, article_ids) for n in set(graph.subjects(RDF.type)))
        if e is not None
    ]
    entities.sort(key=lambda e: e.iri)
    statements = _read_relations(graph, article_ids)
    relations = sorted(statements.values(), key=_relation_key)

    article_entities: dict[str, set[str]] = defaultdict(set)
    article_relations: dict[str, set[Node]] = defaultdict(set)
    for node, article_id in article_ids.items():
        article_entities[article_id].update(str(o) for o in graph.objects(node, SCHEMA.mentions))
        article_relations[article_id].update(
            s for s in graph.objects(node, KG.states) if s in statements
        )
    return KnowledgeBase(
        articles=tuple(articles),
        entities=tuple(entities),
        relations=tuple(relations),
        article_entities={a: tuple(sorted(v)) for a, v in sorted(article_entities.items()) if v},
        article_relations={
            a: tuple(sorted((statements[s] for s in v), key=_relation_key))
            for a, v in sorted(article_relations.items())
            if v
        },
    )


def used_terms(graphs: Iterable[Graph]) -> set[URIRef]:
    """Every IRI in predicate or rdf:type-object position: what the ontology must declare."""
    terms: set[URIRef] = set()
    for graph in graphs:
        for _, p, o in graph:
            if isinstance(p, URIRef):
                terms.add(p)
            if p == RDF.type and isinstance(o, URIRef):
                terms.add(o)
    return terms
