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
  typed ``prov:Entity``, pointing at the triple with ``rdf:subject``/``rdf:predicate``/
  ``rdf:object`` and carrying ``kg:rule``, ``kg:weight`` (the number of sentences naming
  both, ``xsd:double``), ``kg:coMentionCount`` (the number of articles) and
  ``prov:wasDerivedFrom`` for every article naming both.

A node per colleague pair would multiply a large corpus's graph several times over for
what the rule already says; pairs named together in one sentence only are left out.
"""

from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

from kg.analyze import (
    CO_IMPLEMENTER,
    CO_MENTIONED_WITH,
    COLLEAGUE_OF,
    Analysis,
    DerivedRelation,
)
from kg.namespace import GRAPH, ID, KG, bind_prefixes
from kg.rdf.mapping import article_iri, minted_iri

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
    for triple in analysis_triples(analysis):
        graph.add(triple)
    return graph


class _Triples(list[tuple[Node, Node, Node]]):
    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.append(triple)


def analysis_triples(analysis: Analysis) -> list[tuple[Node, Node, Node]]:
    """The analysis graph's triples, as a plain list (a large corpus has many)."""
    graph = _Triples()
    page_rank, betweenness = kg_term("pageRank"), kg_term("betweenness")
    degree, community = kg_term("degree"), kg_term("community")
    for iri in sorted(analysis.measures):
        m = analysis.measures[iri]
        node = minted_iri(iri)
        graph.add((node, page_rank, Literal(float(m.pagerank), datatype=XSD.double)))
        graph.add((node, betweenness, Literal(float(m.betweenness), datatype=XSD.double)))
        graph.add((node, degree, Literal(int(m.degree), datatype=XSD.integer)))
        if m.community >= 0:
            graph.add((node, community, Literal(int(m.community), datatype=XSD.integer)))
    rule, weight, count = kg_term("rule"), kg_term("weight"), kg_term("coMentionCount")
    rules: dict[URIRef, str] = {}
    for rel in analysis.derived:
        if rel.predicate == CO_MENTIONED_WITH and rel.weight < MIN_CO_MENTION_SENTENCES:
            continue
        predicate = kg_term(rel.predicate)
        subject, obj = minted_iri(rel.subject), minted_iri(rel.object)
        graph.add((subject, predicate, obj))
        if rel.predicate in SYMMETRIC:
            graph.add((obj, predicate, subject))
        rules.setdefault(predicate, rel.rule)
        if rel.predicate != CO_MENTIONED_WITH:
            continue
        node = derivation_iri(rel)
        graph.add((node, RDF.type, PROV.Entity))
        graph.add((node, RDF.subject, subject))
        graph.add((node, RDF.predicate, predicate))
        graph.add((node, RDF.object, obj))
        graph.add((node, rule, Literal(rel.rule, datatype=XSD.string)))
        graph.add((node, weight, Literal(float(rel.weight), datatype=XSD.double)))
        if rel.predicate == CO_MENTIONED_WITH:
            graph.add((node, count, Literal(len(rel.evidence_articles), datatype=XSD.integer)))
        for article_id in rel.evidence_articles:
            graph.add((node, PROV.wasDerivedFrom, article_iri(article_id)))
    for predicate, rule_name in sorted(rules.items()):
        graph.add((predicate, rule, Literal(rule_name, datatype=XSD.string)))
    return graph
