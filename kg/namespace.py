"""The vocabularies the graph uses, as typed namespaces, and the one place prefixes are bound.

``KG`` mirrors ``ontology/kg.ttl`` term for term (a test keeps them in sync); with
``_fail = True`` a typo such as ``KG.Persn`` raises instead of minting a wrong IRI.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SH,
    SKOS,
    XSD,
    DefinedNamespace,
)

# Every IRI the project mints is under this one base: the ontology, the resources and
# the named graphs below are paths in it.
BASE = "https://w3id.org/vnkg/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
# Resources (entities, articles, statements, evidence) and named graphs.
ID_BASE = BASE + "id/"
ID = Namespace(ID_BASE)
GRAPH = Namespace(BASE + "graph/")
SHAPES = Namespace(BASE + "shapes#")  # the SHACL shapes' own names (kgs:)


class KG(DefinedNamespace):
    """The project ontology, ``ONTOLOGY_IRI`` + ``#``."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # Entity types
    Person: URIRef
    Organization: URIRef
    Document: URIRef
    PracticeModel: URIRef
    Award: URIRef
    Place: URIRef
    Event: URIRef

    # Organization kinds
    PartyCommittee: URIRef
    PartyOrganization: URIRef
    PartyBoard: URIRef
    StateBody: URIRef
    MassOrganization: URIRef
    Police: URIRef
    Military: URIRef
    Enterprise: URIRef
    School: URIRef
    Unit: URIRef

    # Document kinds
    Resolution: URIRef
    Directive: URIRef
    Conclusion: URIRef
    Regulation: URIRef
    Decision: URIRef
    Plan: URIRef
    Guidance: URIRef
    Notice: URIRef
    Law: URIRef
    Decree: URIRef
    Circular: URIRef
    Program: URIRef
    Project: URIRef
    Submission: URIRef

    # Award kinds
    Order: URIRef
    Medal: URIRef
    CertificateOfMerit: URIRef
    Commendation: URIRef
    EmulationFlag: URIRef
    CommemorativeMedal: URIRef
    HonoraryTitle: URIRef
    Prize: URIRef

    # Event kinds
    Congress: URIRef
    Conference: URIRef
    Plenum: URIRef
    Session: URIRef
    Ceremony: URIRef

    # Place kinds
    Country: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    Town: URIRef
    Commune: URIRef
    Ward: URIRef

    # Provenance
    Statement: URIRef
    Evidence: URIRef

    # Relations between entities
    holdsPost: URIRef
    subOrganizationOf: URIRef
    locatedIn: URIRef
    issuedBy: URIRef
    implements: URIRef
    practices: URIRef
    receivedAward: URIRef
    awardedBy: URIRef
    attended: URIRef

    # Entity and statement attributes
    kind: URIRef
    identifyingContext: URIRef
    roleLabel: URIRef
    documentNumber: URIRef
    term: URIRef
    evidence: URIRef
    sentenceIndex: URIRef
    states: URIRef

    # Article attributes
    viewCount: URIRef
    authorName: URIRef
    source: URIRef
    contentHash: URIRef

    # Analysis results
    pageRank: URIRef
    betweenness: URIRef
    degree: URIRef
    community: URIRef

    # Derived relations and their derivations
    partOfTransitive: URIRef
    colleagueOf: URIRef
    coImplementer: URIRef
    coMentionedWith: URIRef
    rule: URIRef
    weight: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary: the terms used for evidence selectors."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


class TIME(DefinedNamespace):
    """W3C Time: the terms that date a post (a statement's days, a membership's interval)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2006/time#")

    Instant: URIRef
    ProperInterval: URIRef
    hasTime: URIRef
    inside: URIRef
    hasBeginning: URIRef
    before: URIRef
    inXSDDate: URIRef


class SCHEMA(DefinedNamespace):
    """schema.org: the terms the graph writes for articles.

    Closed like ``KG``, where rdflib's own ``SDO`` mints any name it is asked for (with a
    warning): a typo raises here, and so do the probes of tools that look for attributes
    (pytest asks every module-level object for ``_mock_name``).
    """

    _fail = True
    _NS = Namespace("https://schema.org/")

    NewsArticle: URIRef
    articleBody: URIRef
    author: URIRef
    datePublished: URIRef
    headline: URIRef
    mentions: URIRef


class ELI(DefinedNamespace):
    """European Legislation Identifier ontology: the terms the ontology aligns to."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    LegalResource: URIRef
    number: URIRef
    passed_by: URIRef
    date_document: URIRef


PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "kg": KG,
    "id": ID,
    "graph": GRAPH,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "schema": SCHEMA,
    "eli": ELI,
    "oa": OA,
    "time": TIME,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
}


def prefix_map() -> dict[str, str]:
    """Prefix -> namespace IRI, for libraries that take a plain mapping (pyoxigraph)."""
    return {p: str(ns) if isinstance(ns, Namespace) else str(ns._NS) for p, ns in PREFIXES.items()}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix the project uses, replacing rdflib's defaults, so output is stable."""
    for prefix, iri in prefix_map().items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


def _materialise(*namespaces: type[DefinedNamespace]) -> None:
    """Make each declared term a plain class attribute: ``KG.evidence`` is then a
    dictionary lookup, not a call through the metaclass (millions in a large build)."""
    for namespace in namespaces:
        for name in namespace.__annotations__:
            if not name.startswith("_"):
                type.__setattr__(namespace, name, namespace[name])


# rdflib's own vocabularies too: the same values, looked up without the metaclass call
_materialise(KG, OA, ELI, SCHEMA, RDF, RDFS, SKOS, ORG, PROV, DCTERMS, TIME, XSD)
