"""What the ontology file states that the code needs, read from it once.

Each predicate's domain and range (the scorer tells entities of one label apart by
them; ``kg validate`` checks them), each class's labels (the view's legend) and each
relation's labels (the view's edges, ``kg path``) are written in ``ontology/kg.ttl``
and nowhere else.  The package reaches the folder as ``kg/ontology``: a link to the
repository's ``ontology/`` in a checkout, the folder itself in a wheel.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from kg.errors import KgError
from kg.model import PREDICATES
from kg.namespace import KG

_KG = str(KG._NS)

# Entity types that may stand at each end of a predicate: (domain, range).
Signature = tuple[tuple[str, ...], tuple[str, ...]]


def ontology_path(name: str = "kg.ttl") -> Path:
    """A file of the ontology folder, with an error that says where it was looked for."""
    path = Path(str(resources.files("kg").joinpath("ontology", name)))
    if not path.is_file():
        raise KgError(
            f"{path} not found: the package's ontology folder is missing; reinstall kg "
            "(pip install vnkg, or pip install -e . in a checkout, where kg/ontology links "
            "to ontology/)"
        )
    return path


@cache
def ontology() -> Graph:
    """``kg.ttl`` parsed, once a process."""
    return Graph().parse(ontology_path("kg.ttl"), format="turtle")


def _local_names(node: Node | None, graph: Graph, where: str) -> tuple[str, ...]:
    """A kg class, or a union of kg classes, as the classes' local names."""
    if isinstance(node, URIRef) and str(node).startswith(_KG):
        return (str(node)[len(_KG):],)
    members = graph.value(node, OWL.unionOf) if node is not None else None
    if members is None:
        raise KgError(f"ontology/kg.ttl gives {where} no kg class or owl:unionOf of kg classes")
    return tuple(name for member in Collection(graph, members) for name in _local_names(member, graph, where))


@cache
def signatures() -> dict[str, Signature]:
    """Each predicate's (domain, range) as entity type names, from rdfs:domain and rdfs:range."""
    graph = ontology()
    return {
        p: (
            _local_names(graph.value(KG[p], RDFS.domain), graph, f"the domain of kg:{p}"),
            _local_names(graph.value(KG[p], RDFS.range), graph, f"the range of kg:{p}"),
        )
        for p in PREDICATES
    }


@cache
def class_labels(lang: str) -> dict[str, str]:
    """Each kg class's rdfs:label in ``lang`` (``vi`` or ``en``), by local name."""
    return _labels(OWL.Class, lang)


@cache
def predicate_labels(lang: str) -> dict[str, str]:
    """Each kg relation's rdfs:label in ``lang``, by local name: the words the view's
    edges and ``kg path`` use for it ("giữ chức vụ tại"; in "do ... tặng" the object
    stands for the "...")."""
    return _labels(OWL.ObjectProperty, lang)


def _labels(kind: URIRef, lang: str) -> dict[str, str]:
    graph = ontology()
    labels: dict[str, str] = {}
    for term in graph.subjects(RDF.type, kind):
        if isinstance(term, URIRef) and str(term).startswith(_KG):
            for label in graph.objects(term, RDFS.label):
                if getattr(label, "language", None) == lang:
                    labels[str(term)[len(_KG):]] = str(label)
    return labels
