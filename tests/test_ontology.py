"""The ontology file: it parses, documents every term in Vietnamese and English, matches
the KG namespace and the model, and stays OWL-RL consistent with a built graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from sample_kb import sample_knowledge_base  # tests/ is on sys.path (rootdir import mode)

from kg.model import ENTITY_KINDS, ENTITY_TYPES, PREDICATES
from kg.namespace import KG, ONTOLOGY_IRI, prefix_map
from kg.rdf import ontology_path, to_dataset
from kg.rdf.mapping import union_graph, used_terms
from kg.rdf.ontology import class_labels, signatures
from kg.rdf.validate import relation_shapes

KG_NS = str(KG._NS)
DECLARING_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path("kg.ttl"), format="turtle")


def declared_terms(ontology: Graph) -> set[URIRef]:
    return {
        s
        for t in DECLARING_TYPES
        for s in ontology.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


def test_ontology_parses_with_rdflib_and_oxigraph(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    quads = list(ox.parse(path=str(ontology_path("kg.ttl")), format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(ontology)


def test_shapes_parse() -> None:
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    assert len(shapes) > 0


def test_every_kg_subject_is_declared(ontology: Graph) -> None:
    subjects = {
        s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }
    assert subjects == declared_terms(ontology)


@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment])
def test_every_term_has_vietnamese_and_english(ontology: Graph, prop: URIRef) -> None:
    missing = []
    for term in sorted(declared_terms(ontology)):
        langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
        if not {"vi", "en"} <= langs:
            missing.append(f"{term} {prop} has {sorted(filter(None, langs))}")
    assert not missing, "\n".join(missing)


def test_kg_namespace_matches_ontology(ontology: Graph) -> None:
    in_namespace = {KG[name] for name in KG.__annotations__}
    assert in_namespace == declared_terms(ontology)


def test_kg_namespace_rejects_typos() -> None:
    with pytest.raises(AttributeError):
        _ = KG.Persn


def test_model_types_kinds_and_predicates_have_classes(ontology: Graph) -> None:
    for entity_type in ENTITY_TYPES:
        assert (KG[entity_type], RDF.type, OWL.Class) in ontology
        for kind in ENTITY_KINDS[entity_type]:
            assert (KG[kind], RDFS.subClassOf, KG[entity_type]) in ontology, kind
    for predicate in PREDICATES:
        assert (KG[predicate], RDF.type, OWL.ObjectProperty) in ontology, predicate


def test_every_predicate_has_a_domain_and_range_of_entity_types() -> None:
    assert set(signatures()) == set(PREDICATES)
    for predicate, (domain, range_) in signatures().items():
        assert domain and range_ and set(domain) | set(range_) <= set(ENTITY_TYPES), predicate
    # A union where either a person or a body may stand.
    assert signatures()["receivedAward"] == (("Organization", "Person"), ("Award",))
    assert signatures()["awardedBy"] == (("Award",), ("Organization", "Person"))


def test_shapes_leave_the_relations_to_the_ontology() -> None:
    """Domains, ranges and the list of relations are the ontology's: the shapes file
    names no relation, kg.rdf.validate.relation_shapes makes their shapes from kg.ttl."""
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    relations = {KG[p] for p in PREDICATES}
    assert not [t for t in shapes if relations & set(t)]
    made = relation_shapes()
    assert set(made.objects(None, SH.targetSubjectsOf)) == relations


def test_class_labels_in_both_languages() -> None:
    assert class_labels("vi")["Person"] == "Người"
    assert class_labels("en")["Organization"] == "Organization"
    assert set(ENTITY_TYPES) <= set(class_labels("vi")) & set(class_labels("en"))


def test_alignments(ontology: Graph) -> None:
    org, prov, schema, eli = (prefix_map()[p] for p in ("org", "prov", "schema", "eli"))
    assert (KG.holdsPost, RDFS.subPropertyOf, URIRef(org + "memberOf")) in ontology
    assert (KG.subOrganizationOf, RDFS.subPropertyOf, URIRef(org + "subOrganizationOf")) in ontology
    assert (KG.Organization, RDFS.subClassOf, URIRef(org + "Organization")) in ontology
    assert (KG.Person, RDFS.subClassOf, URIRef(schema + "Person")) in ontology
    assert (KG.Document, RDFS.subClassOf, URIRef(eli + "LegalResource")) in ontology
    assert (KG.documentNumber, RDFS.subPropertyOf, URIRef(eli + "number")) in ontology
    assert (KG.evidence, RDFS.subPropertyOf, URIRef(prov + "wasDerivedFrom")) in ontology


def test_every_kg_term_in_built_graph_is_declared(ontology: Graph) -> None:
    ds = to_dataset(sample_knowledge_base())
    used = {t for t in used_terms(ds.graphs()) if str(t).startswith(KG_NS)}
    assert used, "the built graph uses no kg: terms"
    assert used <= declared_terms(ontology), sorted(used - declared_terms(ontology))


def test_owl_rl_closure_is_consistent(ontology: Graph) -> None:
    owlrl = pytest.importorskip("owlrl")
    from owlrl.Namespaces import ERRNS

    graph = union_graph(to_dataset(sample_knowledge_base()))
    for triple in ontology:
        graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)

    errors = [str(m) for m in graph.objects(None, ERRNS.error)]
    assert not errors, "\n".join(errors)
    assert not list(graph.subjects(RDF.type, OWL.Nothing))
    # The closure did real work: kinds imply their type and the alignments.
    hien = URIRef(sample_knowledge_base().entities[0].iri)
    assert (hien, RDF.type, URIRef(prefix_map()["schema"] + "Person")) in graph


def test_owl_rl_flags_an_entity_typed_twice(ontology: Graph) -> None:
    owlrl = pytest.importorskip("owlrl")
    from owlrl.Namespaces import ERRNS

    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    odd = URIRef("https://w3id.org/vnkg/id/person/x")
    graph.add((odd, RDF.type, KG.Person))
    graph.add((odd, RDF.type, KG.StateBody))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    assert list(graph.objects(None, ERRNS.error))


def test_queries_folder_exists() -> None:
    folder = Path(ontology_path("kg.ttl")).parent / "queries"
    names = {p.name for p in folder.glob("*.rq")}
    assert {
        "officials-and-posts.rq", "documents-issuers-implementers.rq", "models-by-unit.rq",
        "awards.rq", "evidence-for-post.rq", "top-pagerank.rq",
    } <= names
    for path in folder.glob("*.rq"):
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path.name} lacks a header"
