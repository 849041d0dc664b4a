"""The knowledge base as RDF: mapping to and from a dataset, and SHACL validation."""

from kg.rdf.mapping import (
    KB_GRAPH,
    article_graph_iri,
    article_iri,
    evidence_iri,
    from_dataset,
    named_graphs,
    new_dataset,
    statement_iri,
    to_dataset,
    union_graph,
)
from kg.rdf.validate import ValidationReport, Violation, format_violations, ontology_path, validate

__all__ = [
    "KB_GRAPH",
    "ValidationReport",
    "Violation",
    "article_graph_iri",
    "article_iri",
    "evidence_iri",
    "format_violations",
    "from_dataset",
    "named_graphs",
    "new_dataset",
    "ontology_path",
    "statement_iri",
    "to_dataset",
    "union_graph",
    "validate",
]
