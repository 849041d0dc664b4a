"""N-Triples terms and the Turtle/TriG writer: given these triples, this text."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from kg.namespace import KG, RDF, SKOS, prefix_map
from kg.rdf.terms import TurtleWriter, double, integer, iri, literal, term

PERSON = iri("https://w3id.org/vnkg/id/person/nguyen-van-a-1")
ORGAN = iri("https://w3id.org/vnkg/id/organization/tinh-uy-2")
PREFIXES = {p: ns for p, ns in prefix_map().items() if p not in ("id", "graph")}


def test_literals_are_escaped_as_n_triples() -> None:
    assert literal('Nói "không"\n\\') == '"Nói \\"không\\"\\n\\\\"'
    assert literal("Tỉnh ủy", lang="vi") == '"Tỉnh ủy"@vi'
    assert literal("x", datatype="http://www.w3.org/2001/XMLSchema#string") == '"x"'
    assert integer(7) == '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert double(0.25) == '"0.25"^^<http://www.w3.org/2001/XMLSchema#double>'


def test_a_subject_block_with_prefixed_vocabulary() -> None:
    triples = [
        (PERSON, term(KG.holdsPost), ORGAN),
        (PERSON, term(RDF.type), term(KG.Person)),
        (PERSON, term(SKOS.prefLabel), literal("Nguyễn Văn A", lang="vi")),
        (PERSON, term(KG.degree), integer(3)),
        (PERSON, term(KG.holdsPost), ORGAN),  # said twice, written once
    ]
    text = TurtleWriter(PREFIXES).block(triples)
    assert text == (
        f"{PERSON} a kg:Person ;\n"
        '\tskos:prefLabel "Nguyễn Văn A"@vi ;\n'
        "\tkg:degree 3 ;\n"
        f"\tkg:holdsPost {ORGAN} .\n"
    )


def test_trig_and_turtle_say_the_same_triples() -> None:
    writer = TurtleWriter(PREFIXES)
    triples = {
        (PERSON, term(KG.holdsPost), ORGAN),
        (ORGAN, term(RDF.type), term(KG.PartyCommittee)),
        (ORGAN, term(SKOS.altLabel), literal("TU", lang="vi")),
        (ORGAN, term(SKOS.altLabel), literal("Tỉnh ủy", lang="vi")),
        (ORGAN, term(KG.pageRank), double(1e-05)),
    }
    graph = "<https://w3id.org/vnkg/graph/kb>"
    trig, turtle = writer.trig_and_turtle(triples, graph)
    assert trig.startswith(graph + " {\n\t") and trig.endswith("}\n")
    in_trig = set(ox.parse(input=(writer.header() + trig).encode(), format=ox.RdfFormat.TRIG))
    in_turtle = set(ox.parse(input=(writer.header() + turtle).encode(), format=ox.RdfFormat.TURTLE))
    assert {q.triple for q in in_trig} == {q.triple for q in in_turtle}
    assert {q.graph_name for q in in_trig} == {ox.NamedNode(graph[1:-1])}
    # and rdflib reads the same five triples
    assert len(Graph().parse(data=writer.header() + turtle, format="turtle")) == len(triples)


def test_an_unsafe_local_name_stays_a_full_iri() -> None:
    odd = term(URIRef("https://w3id.org/vnkg/ontology#has.dot"))
    writer = TurtleWriter(PREFIXES)
    assert writer.compact(odd) == odd
    assert writer.compact(term(KG.holdsPost)) == "kg:holdsPost"
    # a resource IRI is written whole (its local part holds "/")
    assert writer.compact(PERSON) == PERSON


@given(st.text())
def test_any_text_survives_a_literal(text: str) -> None:
    """Escaped by hand (fast on article bodies), read back by a real parser unchanged."""
    line = f"<urn:x:s> <urn:x:p> {literal(text)} .\n"
    (triple,) = ox.parse(input=line.encode("utf-8", "surrogatepass"), format=ox.RdfFormat.N_TRIPLES)
    assert triple.object.value == text
