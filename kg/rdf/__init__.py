"""The knowledge base as RDF: mapping to and from a dataset, and SHACL validation.

The names below are loaded on first use: ``kg.rdf.terms`` (what the store needs to
write N-Triples) must not pull in the mapping, which needs the extractors' lexicon.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Eager: the function ``validate`` must shadow the submodule of the same name.
from kg.rdf.validate import (  # noqa: E402
    ValidationReport,
    Violation,
    format_violations,
    ontology_path,
    validate,
)

_MODULE_OF = dict.fromkeys(("KB_GRAPH", "article_graph_iri", "article_iri", "evidence_iri",
                            "from_dataset", "named_graphs", "new_dataset", "statement_iri",
                            "to_dataset", "union_graph"), "kg.rdf.mapping")


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module 'kg.rdf' has no attribute {name!r}")
    return getattr(importlib.import_module(_MODULE_OF[name]), name)


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
