"""KnowledgeBase -> RDF dataset -> KnowledgeBase, SHACL, determinism."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from sample_kb import sample_knowledge_base  # tests/ is on sys.path (rootdir import mode)

from kg.model import Article, KnowledgeBase, Relation
from kg.namespace import KG, OA, ORG, SCHEMA
from kg.rdf import (
    KB_GRAPH,
    article_graph_iri,
    article_iri,
    format_violations,
    from_dataset,
    statement_iri,
    to_dataset,
    validate,
)
from kg.rdf.mapping import union_graph
from kg.store.graphfiles import serialize


def _relation_key(r: Relation) -> tuple[str, str, str, str]:
    return (r.subject, r.predicate, r.object, r.role or "")


def canonical(kb: KnowledgeBase) -> KnowledgeBase:
    """The order from_dataset promises: articles by id, entities by IRI, relations by key."""
    return KnowledgeBase(
        articles=tuple(sorted(kb.articles, key=lambda a: a.id)),
        entities=tuple(sorted(kb.entities, key=lambda e: e.iri)),
        relations=tuple(sorted(kb.relations, key=_relation_key)),
        article_entities={a: tuple(sorted(v)) for a, v in sorted(kb.article_entities.items())},
        article_relations={
            a: tuple(sorted(v, key=_relation_key)) for a, v in sorted(kb.article_relations.items())
        },
    )


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return sample_knowledge_base()


@pytest.fixture(scope="module")
def ds(kb: KnowledgeBase) -> Dataset:
    return to_dataset(kb)


def _by_label(kb: KnowledgeBase, label: str) -> URIRef:
    return URIRef(next(e.iri for e in kb.entities if e.label == label))


def test_one_graph_per_article_plus_shared_graph(kb: KnowledgeBase, ds: Dataset) -> None:
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {KB_GRAPH, *(article_graph_iri(a.id) for a in kb.articles)}
    assert str(article_graph_iri("bac-ninh")).startswith("https://w3id.org/vnkg/graph/article/")


def test_no_triple_is_in_two_graphs(ds: Dataset) -> None:
    # Oxigraph's union default graph keeps duplicates; rdflib's does not.
    quads = list(ds.quads((None, None, None, None)))
    assert len(quads) == len(union_graph(ds))


def test_no_blank_nodes(ds: Dataset) -> None:
    for s, p, o, _ in ds.quads((None, None, None, None)):
        assert not isinstance(s, BNode) and not isinstance(o, BNode), (s, p, o)


def test_article(kb: KnowledgeBase, ds: Dataset) -> None:
    graph = ds.graph(article_graph_iri("bac-ninh"))
    node = article_iri("bac-ninh")
    assert (node, RDF.type, SCHEMA.NewsArticle) in graph
    assert graph.value(node, SCHEMA.headline) == Literal("Sơ kết Chỉ thị 05", lang="vi")
    published = graph.value(node, SCHEMA.datePublished)
    assert isinstance(published, Literal) and published.datatype == XSD.dateTime
    assert str(published) == "2022-08-07T21:04:00+07:00"
    assert graph.value(node, SCHEMA.author) == _by_label(kb, "Nguyễn Đức Hiện")
    assert graph.value(node, KG.viewCount) == Literal(120)
    assert (node, SCHEMA.mentions, _by_label(kb, "Bộ Chính trị")) in graph


def test_publication_time_without_offset_gets_vietnam_offset() -> None:
    article = Article("x", "x.txt", "Văn bản.", title="T", published="2023-01-02T08:30")
    ds = to_dataset(KnowledgeBase(articles=(article,)))
    value = ds.value(article_iri("x"), SCHEMA.datePublished)
    assert str(value) == "2023-01-02T08:30:00+07:00"


def test_entities(kb: KnowledgeBase, ds: Dataset) -> None:
    shared = ds.graph(KB_GRAPH)
    board = _by_label(kb, "Ban Tuyên giáo Thành ủy Bắc Ninh")
    assert (board, RDF.type, KG.Organization) in shared
    assert (board, RDF.type, KG.PartyBoard) in shared
    assert (board, KG.kind, Literal("PartyBoard")) in shared
    assert (board, SKOS.prefLabel, Literal("Ban Tuyên giáo Thành ủy Bắc Ninh", lang="vi")) in shared
    assert (board, RDFS.label, Literal("Ban Tuyên giáo Thành ủy Bắc Ninh", lang="vi")) in shared
    assert (board, SKOS.altLabel, Literal("Ban Tuyên giáo Thành uỷ", lang="vi")) in shared
    directive = _by_label(kb, "Chỉ thị 05-CT/TW")
    assert shared.value(directive, KG.documentNumber) == Literal("05-CT/TW")


def test_holds_post_is_direct_and_a_membership(kb: KnowledgeBase, ds: Dataset) -> None:
    person = _by_label(kb, "Nguyễn Đức Hiện")
    board = _by_label(kb, "Ban Tuyên giáo Thành ủy Bắc Ninh")
    assert (person, KG.holdsPost, board) in ds
    memberships = list(ds.subjects(ORG.member, person))
    assert len(memberships) == 1
    membership = memberships[0]
    assert ds.value(membership, ORG.organization) == board
    assert ds.value(membership, KG.roleLabel) == Literal("Trưởng ban", lang="vi")
    role = ds.value(membership, ORG.role)
    assert ds.value(role, SKOS.prefLabel) == Literal("Trưởng ban", lang="vi")


def test_evidence_offsets_index_the_article_text(kb: KnowledgeBase, ds: Dataset) -> None:
    texts: dict[object, str] = {article_iri(a.id): a.text for a in kb.articles}
    checked = 0
    for evidence in set(ds.objects(None, KG.evidence)):
        source = ds.value(evidence, OA.hasSource)
        start = ds.value(evidence, OA.start).toPython()  # type: ignore[union-attr]
        end = ds.value(evidence, OA.end).toPython()  # type: ignore[union-attr]
        assert texts[source][start:end] == str(ds.value(evidence, OA.exact))
        checked += 1
    assert checked >= 10


def test_every_relation_has_a_statement_with_evidence(kb: KnowledgeBase, ds: Dataset) -> None:
    for relation in kb.relations:
        statement = statement_iri(relation)
        assert (statement, RDF.type, KG.Statement) in ds
        assert (statement, RDF.predicate, KG[relation.predicate]) in ds
        evidence = list(ds.objects(statement, KG.evidence))
        assert evidence, relation
        # Evidence lives in the graph of the article it quotes.
        article_graph = ds.graph(article_graph_iri(relation.evidence[0].article_id))
        assert (statement, KG.evidence, evidence[0]) in article_graph


def test_built_graph_passes_shacl(ds: Dataset) -> None:
    report = validate(ds)
    assert report.conforms, format_violations(report)
    assert format_violations(report) == "conforms: no violations"


def test_shacl_reports_broken_promises(kb: KnowledgeBase) -> None:
    broken = replace(
        kb,
        entities=tuple(replace(e, kind=None) if e.type == "Document" else e for e in kb.entities),
        relations=(*kb.relations, Relation(kb.entities[0].iri, "attended", kb.entities[1].iri)),
    )
    ds = to_dataset(broken)
    person = _by_label(kb, "Lê Thị Kim Dung")
    ds.graph(KB_GRAPH).remove((person, SKOS.prefLabel, None))
    report = validate(ds)
    assert not report.conforms
    text = format_violations(report)
    assert "kg:kind" in text
    assert "skos:prefLabel" in text
    assert "evidence" in text
    severities = ("Violation:", "Warning:", "Info:")
    assert all(line.startswith(severities) for line in text.splitlines()[:-1])


def test_shacl_checks_each_relation_by_the_ontologys_domain_and_range(kb: KnowledgeBase) -> None:
    person = _by_label(kb, "Lê Thị Kim Dung")
    document = next(e.iri for e in kb.entities if e.type == "Document")
    broken = replace(kb, relations=(*kb.relations, Relation(document, "holdsPost", str(person))))
    lines = format_violations(validate(to_dataset(broken))).splitlines()
    assert lines[:2] == [
        f"Violation: <{document}>: The subject of kg:holdsPost is of class kg:Person "
        f"(its rdfs:domain). (value <{document}>)",
        f"Violation: <{document}> kg:holdsPost: The object of kg:holdsPost is of class "
        f"kg:Organization (its rdfs:range). (value <{person}>)",
    ]


def test_round_trip(kb: KnowledgeBase, ds: Dataset) -> None:
    assert from_dataset(ds) == canonical(kb)


def test_round_trip_through_trig_file(kb: KnowledgeBase, ds: Dataset) -> None:
    reloaded = Dataset(default_union=True)
    reloaded.parse(data=serialize(ds, "trig").decode("utf-8"), format="trig")
    assert from_dataset(reloaded) == canonical(kb)


def test_relation_without_statement_node_is_read_from_direct_triple() -> None:
    graph = Graph()
    a, b = URIRef("https://w3id.org/vnkg/id/document/a"), URIRef("https://w3id.org/vnkg/id/x/b")
    graph.add((a, KG.issuedBy, b))
    assert from_dataset(graph).relations == (Relation(str(a), "issuedBy", str(b)),)


def test_same_output_whatever_the_input_order(kb: KnowledgeBase) -> None:
    shuffled = replace(
        kb,
        articles=kb.articles[::-1],
        entities=kb.entities[::-1],
        relations=kb.relations[::-1],
        article_entities={a: v[::-1] for a, v in reversed(kb.article_entities.items())},
        article_relations={a: v[::-1] for a, v in reversed(kb.article_relations.items())},
    )
    for fmt in ("trig", "nq", "ttl", "nt", "jsonld"):
        assert serialize(to_dataset(kb), fmt) == serialize(to_dataset(shuffled), fmt), fmt


def test_turtle_reparsed_by_oxigraph_is_isomorphic(ds: Dataset) -> None:
    data = serialize(ds, "ttl")
    union = union_graph(ds)
    quads = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(union)
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert nquads is not None
    back = Graph().parse(data=nquads.decode("utf-8"), format="nt")
    assert isomorphic(back, union)


def test_trig_reparsed_by_oxigraph_keeps_graphs(ds: Dataset) -> None:
    quads = list(ox.parse(serialize(ds, "trig"), format=ox.RdfFormat.TRIG))
    assert len(quads) == len(list(ds.quads((None, None, None, None))))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert graphs == {str(g.identifier) for g in ds.graphs() if len(g)}


def test_a_build_keeps_article_texts_on_disk_and_writes_them_into_the_graph(tmp_path: Path) -> None:
    from kg.pipeline import ArticleBodies, build
    from kg.rdf.mapping import ArticleGraphs, nquads

    data = Path(__file__).parent.parent / "data"
    in_memory = build([data]).kb
    bodies = ArticleBodies(tmp_path)
    kept = build([data], bodies=bodies)
    assert {a.text for a in kept.kb.articles} == {""}
    assert {a.id: bodies[a.id] for a in in_memory.articles} == {a.id: a.text for a in in_memory.articles}

    def article_graphs(kb: KnowledgeBase, texts: dict[str, str] | ArticleBodies | None) -> str:
        graphs = ArticleGraphs(kb, texts)
        return nquads(graphs.graphs(0, len(graphs)))

    assert article_graphs(kept.kb, kept.bodies) == article_graphs(in_memory, None)
    bodies.close()
