"""The results of :func:`kg.analyze.analyze` as RDF, for the named graph ``graph:analysis``.

Per entity (on its IRI): ``kg:pageRank`` and ``kg:betweenness`` (``xsd:double``),
``kg:degree`` and ``kg:community`` (``xsd:integer``).

Per derived relation:

* the direct triple, e.g. ``<a> kg:colleagueOf <b>``; the symmetric relations
  (``kg:colleagueOf``, ``kg:coImplementer``, ``kg:coMentionedWith``) are written in both
  directions so that a query need not ask both ways; ``kg:partOfTransitive`` runs from
  the part to the whole;
* the rule that derives it: every triple of a derived predicate comes from one rule, so
  the predicate carries it once (``kg:colleagueOf kg:rule "same-organization-post"``);
* for a co-mention, whose strength matters, a derivation node ``id:derivation/<hash>``
  (hash of subject, predicate, object and rule, so the IRI is stable between builds),
  pointing at the triple with ``rdf:subject``/``rdf:predicate``/``rdf:object`` and
  carrying ``kg:weight`` (the number of sentences naming both, ``xsd:double``) and
  ``prov:wasDerivedFrom`` for every article naming both; its rule is its predicate's
  (``kg:coMentionedWith kg:rule "co-mention"``), not repeated on each node.  What
  follows from these is not stated: the node's class (``prov:Entity``, the domain of
  ``prov:wasDerivedFrom``) and its number of articles (the count of its
  ``prov:wasDerivedFrom``); at 10,000 articles the two were 3 % of the graph.

A node per colleague pair would multiply a large corpus's graph several times over for
what the rule already says; pairs named together in one sentence only are left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from kg.analyze import (
    CO_IMPLEMENTER,
    CO_MENTIONED_WITH,
    COLLEAGUE_OF,
    Analysis,
    DerivedRelation,
    DerivedRelations,
    Measures,
)
from kg.namespace import GRAPH, ID, KG, bind_prefixes
from kg.rdf.mapping import article_iri
from kg.rdf.terms import NtTriple, double, integer, integer_once, iri, literal, term

ANALYSIS_GRAPH = GRAPH["analysis"]
# A pair named together in one sentence only is mostly chance (a list of guests);
# the graph keeps pairs that share at least this many sentences.
MIN_CO_MENTION_SENTENCES = 2
SYMMETRIC = frozenset({COLLEAGUE_OF, CO_IMPLEMENTER, CO_MENTIONED_WITH})


def kg_term(name: str) -> URIRef:
    """``kg:name`` through the typed namespace: a term the ontology lacks raises."""
    return URIRef(getattr(KG, name))


def derivation_iri(rel: DerivedRelation) -> URIRef:
    text = "\x1f".join((rel.subject, rel.predicate, rel.object, rel.rule))
    return ID[f"derivation/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"]


def analysis_graph(analysis: Analysis, graph_iri: str | URIRef = ANALYSIS_GRAPH) -> Graph:
    """A graph named ``graph_iri`` holding the measures and derived relations."""
    graph = bind_prefixes(Graph(identifier=URIRef(graph_iri)))
    graph.parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in analysis_triples(analysis)), format="nt")
    return graph


def analysis_triples(analysis: Analysis) -> list[NtTriple]:
    """The analysis graph's triples as N-Triples terms, in a plain list (a large corpus
    has many: :func:`iter_analysis_triples` gives them one at a time)."""
    return list(iter_analysis_triples(analysis))


def iter_analysis_triples(analysis: Analysis) -> Iterator[NtTriple]:
    """The analysis graph's triples, in the order of :func:`analysis_triples`."""
    yield from _measure_triples(analysis)
    yield from _derived_triples(analysis)


def _measure_triples(analysis: Analysis) -> Iterator[NtTriple]:
    page_rank, betweenness = term(kg_term("pageRank")), term(kg_term("betweenness"))
    degree, community = term(kg_term("degree")), term(kg_term("community"))
    measures = analysis.measures
    rows = measures.rows() if isinstance(measures, Measures) else (
        (entity, m.degree, m.betweenness, m.pagerank, m.community)
        for entity in sorted(measures) for m in (measures[entity],))
    for entity, entity_degree, entity_betweenness, entity_rank, entity_community in rows:
        node = iri(entity)
        yield node, page_rank, double(entity_rank)
        yield node, betweenness, double(entity_betweenness)
        yield node, degree, integer(entity_degree)
        if entity_community >= 0:
            yield node, community, integer_once(entity_community)


def _derived_triples(analysis: Analysis) -> Iterator[NtTriple]:
    rule, weight = term(kg_term("rule")), term(kg_term("weight"))
    rdf_subject, rdf_predicate, rdf_object = term(RDF.subject), term(RDF.predicate), term(RDF.object)
    derived_from = term(PROV.wasDerivedFrom)
    rules: dict[str, str] = {}
    predicates: dict[str, str] = {}  # each name's term, made once: a corpus derives millions
    derived = analysis.derived
    kept = derived.at_least(MIN_CO_MENTION_SENTENCES) if isinstance(derived, DerivedRelations) else derived
    for rel in kept:
        if rel.predicate == CO_MENTIONED_WITH and rel.weight < MIN_CO_MENTION_SENTENCES:
            continue
        predicate = predicates.get(rel.predicate) or predicates.setdefault(
            rel.predicate, term(kg_term(rel.predicate)))
        subject, obj = iri(rel.subject), iri(rel.object)
        yield subject, predicate, obj
        if rel.predicate in SYMMETRIC:
            yield obj, predicate, subject
        rules.setdefault(predicate, rel.rule)
        if rel.predicate != CO_MENTIONED_WITH:
            continue
        node = iri(derivation_iri(rel))
        yield node, rdf_subject, subject
        yield node, rdf_predicate, predicate
        yield node, rdf_object, obj
        yield node, weight, double(rel.weight)
        for article_id in rel.evidence_articles:
            yield node, derived_from, iri(article_iri(article_id))
    for predicate, rule_name in sorted(rules.items()):
        yield predicate, rule, literal(rule_name)
