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

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
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
    Predicate,
    Relation,
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
    XSD,
    bind_prefixes,
)
from kg.text import match_key, slug

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


@lru_cache(maxsize=1 << 16)
def _integer(n: int) -> Literal:
    """Offsets and sentence numbers repeat across articles: one Literal each."""
    return Literal(n)


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
    return minted_iri(f"{_ID}statement/{_digest(*_relation_key(relation))}")


def membership_iri(relation: Relation) -> URIRef:
    return minted_iri(f"{_ID}membership/{_digest(relation.subject, relation.object, relation.role)}")


def role_iri(role: str) -> URIRef:
    return minted_iri(f"{_ID}role/{slug(role)}")


def evidence_iri(evidence: Evidence) -> URIRef:
    ev = evidence
    return minted_iri(f"{_ID}evidence/{_digest(ev.article_id, ev.sentence, ev.start, ev.end, ev.text)}")


def _relation_key(relation: Relation) -> tuple[str, str, str, str]:
    return (relation.subject, relation.predicate, relation.object, relation.role or "")


# ---------------------------------------------------------------------------
# KnowledgeBase -> Dataset
# ---------------------------------------------------------------------------


def new_dataset() -> Dataset:
    """An empty dataset with the project prefixes and union-default-graph queries."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    return ds


Triple = tuple[Node, Node, Node]
PART_SIZE = 50_000


class _TripleList:
    """The one method of ``rdflib.Graph`` the mapping uses, on a plain list: filling a
    list is many times faster than an rdflib store, and a large corpus's graphs are
    written one at a time without ever holding them all."""

    __slots__ = ("triples",)

    def __init__(self) -> None:
        self.triples: list[Triple] = []

    def add(self, triple: Triple) -> None:
        self.triples.append(triple)


def named_graphs(kb: KnowledgeBase) -> Iterator[tuple[URIRef, list[Triple]]]:
    """The knowledge base as named graphs, one at a time: ``graph:kb``, then one graph
    per article (in article order) with its metadata, what it states and its evidence."""
    kb_graph = _TripleList()
    # A Person's names -> its IRI, to link an article's byline to the entity; the
    # smallest IRI wins when two people share a name, so the choice is stable.
    people: dict[str, str] = {}
    for entity in sorted(kb.entities, key=lambda e: e.iri, reverse=True):
        if entity.type == "Person":
            for name in (*entity.aliases, entity.label):
                people[match_key(name)] = entity.iri

    # The shared graph is yielded in parts, so that a large corpus never holds it whole.
    for entity in sorted(kb.entities, key=lambda e: e.iri):
        _add_entity(kb_graph, entity)  # type: ignore[arg-type]
        if len(kb_graph.triples) >= PART_SIZE:
            yield KB_GRAPH, kb_graph.triples
            kb_graph = _TripleList()

    relations: dict[tuple[str, str, str, str], Relation] = {}
    for relation in _all_relations(kb):
        relations.setdefault(_relation_key(relation), relation)
    for key in sorted(relations):
        _add_relation(kb_graph, relations[key])  # type: ignore[arg-type]
        if len(kb_graph.triples) >= PART_SIZE:
            yield KB_GRAPH, kb_graph.triples
            kb_graph = _TripleList()
    # each post's role once, however many hold it
    for role in sorted({r.role for r in relations.values() if r.predicate == "holdsPost" and r.role}):
        _add_role(kb_graph, role)  # type: ignore[arg-type]
    yield KB_GRAPH, kb_graph.triples

    # Evidence goes to the graph of the article it quotes, whoever lists it.
    # An entity's evidence in the graph is its first mention in each article: enough to
    # answer "where does this come from", where every mention would triple the graph.
    evidence: dict[str, list[tuple[URIRef, Evidence]]] = defaultdict(list)
    for entity in kb.entities:
        seen: set[str] = set()
        for ev in sorted(entity.evidence, key=lambda e: (e.article_id, e.start)):
            if ev.article_id not in seen:
                seen.add(ev.article_id)
                evidence[ev.article_id].append((minted_iri(entity.iri), ev))
    for relation in relations.values():
        for ev in relation.evidence:
            evidence[ev.article_id].append((statement_iri(relation), ev))

    for article in sorted(kb.articles, key=lambda a: a.id):
        graph = _TripleList()
        _add_article(graph, article, people)  # type: ignore[arg-type]
        node = article_iri(article.id)
        for iri in sorted(set(kb.article_entities.get(article.id, ()))):
            graph.add((node, SCHEMA.mentions, minted_iri(iri)))
        for relation in kb.article_relations.get(article.id, ()):
            graph.add((node, KG.states, statement_iri(relation)))
        for target, ev in evidence.pop(article.id, ()):
            _add_evidence(graph, target, ev)  # type: ignore[arg-type]
        yield article_graph_iri(article.id), graph.triples
    # Evidence from articles the knowledge base does not list (a hand-made one).
    for article_id in sorted(evidence):
        graph = _TripleList()
        for target, ev in evidence[article_id]:
            _add_evidence(graph, target, ev)  # type: ignore[arg-type]
        yield article_graph_iri(article_id), graph.triples


def to_dataset(kb: KnowledgeBase) -> Dataset:
    """The knowledge base as named graphs: ``graph:kb`` plus one graph per article."""
    ds = new_dataset()
    for name, triples in named_graphs(kb):
        graph = ds.graph(name)
        for triple in triples:
            graph.add(triple)
    return ds


def _all_relations(kb: KnowledgeBase) -> Iterator[Relation]:
    yield from kb.relations
    for stated in kb.article_relations.values():
        yield from stated


def _add_entity(graph: Graph, entity: Entity) -> None:
    node = minted_iri(entity.iri)
    graph.add((node, RDF.type, _TYPE_CLASS[entity.type]))
    if entity.kind:
        graph.add((node, KG.kind, Literal(entity.kind)))
        kind_class = _KIND_CLASS.get((entity.type, entity.kind))
        if kind_class is not None:
            graph.add((node, RDF.type, kind_class))
    graph.add((node, SKOS.prefLabel, Literal(entity.label, lang=LANG)))
    graph.add((node, RDFS.label, Literal(entity.label, lang=LANG)))
    for alias in entity.aliases:
        if alias != entity.label:
            graph.add((node, SKOS.altLabel, Literal(alias, lang=LANG)))
    if entity.type == "Document":
        number = _DOC_NUMBER.search(entity.label)
        if number:
            graph.add((node, KG.documentNumber, Literal(number.group(1))))
    if entity.type in ("Document", "Event"):
        for term in _TERM.findall(entity.label):
            graph.add((node, KG.term, Literal(term.upper())))


def _add_relation(graph: Graph, relation: Relation) -> None:
    subject, obj = minted_iri(relation.subject), minted_iri(relation.object)
    predicate = _PREDICATE[relation.predicate]
    graph.add((subject, predicate, obj))

    statement = statement_iri(relation)
    graph.add((statement, RDF.type, KG.Statement))
    graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, predicate))
    graph.add((statement, RDF.object, obj))
    if relation.role:
        graph.add((statement, KG.roleLabel, Literal(relation.role, lang=LANG)))

    if relation.predicate == "holdsPost" and relation.role:
        membership, role = membership_iri(relation), role_iri(relation.role)
        graph.add((membership, RDF.type, ORG.Membership))
        graph.add((membership, ORG.member, subject))
        graph.add((membership, ORG.organization, obj))
        graph.add((membership, ORG.role, role))
        graph.add((membership, KG.roleLabel, Literal(relation.role, lang=LANG)))


def _add_role(graph: Graph, role_label: str) -> None:
    role = role_iri(role_label)
    graph.add((role, RDF.type, ORG.Role))
    graph.add((role, SKOS.prefLabel, Literal(role_label, lang=LANG)))
    graph.add((role, RDFS.label, Literal(role_label, lang=LANG)))


def _published_literal(published: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return Literal(published, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?", published):
        if published.count(":") == 1:
            published += ":00"
        published += VN_OFFSET
    return Literal(published, datatype=XSD.dateTime)


def _add_article(graph: Graph, article: Article, people: dict[str, str]) -> None:
    node = article_iri(article.id)
    graph.add((node, RDF.type, SCHEMA.NewsArticle))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, DCTERMS.identifier, Literal(article.id)))
    graph.add((node, KG.source, Literal(article.source)))
    graph.add((node, SCHEMA.articleBody, Literal(article.text)))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title, lang=LANG)))
    if article.published:
        graph.add((node, SCHEMA.datePublished, _published_literal(article.published)))
    if article.author:
        graph.add((node, KG.authorName, Literal(article.author)))
        author = people.get(match_key(article.author))
        if author is not None:
            graph.add((node, SCHEMA.author, URIRef(author)))
    if article.views is not None:
        graph.add((node, KG.viewCount, Literal(article.views)))
    if article.content_hash:
        graph.add((node, KG.contentHash, Literal(article.content_hash)))


# The terms evidence uses, looked up once: a large corpus has millions of evidence triples.
_EVIDENCE_TERMS = (
    KG.evidence, RDF.type, KG.Evidence, OA.hasSource, PROV.wasDerivedFrom, KG.sentenceIndex,
    OA.hasSelector, OA.TextPositionSelector, OA.start, OA.end, OA.TextQuoteSelector, OA.exact,
)


def _add_evidence(graph: Graph, target: URIRef, ev: Evidence) -> None:
    (evidence, a, evidence_class, has_source, derived_from, sentence_index, has_selector,
     position_selector, start, end, quote_selector, exact) = _EVIDENCE_TERMS
    node = evidence_iri(ev)
    position, quote = minted_iri(node + "#position"), minted_iri(node + "#quote")
    source = article_iri(ev.article_id)
    add = graph.add
    add((target, evidence, node))
    add((node, a, evidence_class))
    add((node, has_source, source))
    add((node, derived_from, source))
    add((node, sentence_index, _integer(ev.sentence)))
    add((node, has_selector, position))
    add((node, has_selector, quote))
    add((position, a, position_selector))
    add((position, start, _integer(ev.start)))
    add((position, end, _integer(ev.end)))
    add((quote, a, quote_selector))
    add((quote, exact, Literal(ev.text)))


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
    start = end = exact = None
    for selector in graph.objects(node, OA.hasSelector):
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
    return tuple(sorted({ev for ev in found if ev is not None}, key=_evidence_sort_key))


def _evidence_sort_key(ev: Evidence) -> tuple[str, int, int, int, str]:
    return (ev.article_id, ev.start, ev.end, ev.sentence, ev.text)


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
    )


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
        found[statement] = Relation(
            subject=str(subject),
            predicate=_PREDICATE_NAME[predicate],
            object=str(obj),
            role=_text(graph, statement, KG.roleLabel),
            evidence=_evidence_of(graph, statement, article_ids),
        )
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
