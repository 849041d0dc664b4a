"""SHACL validation of a built dataset against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespace import SH, bind_prefixes
from kg.rdf.ontology import ontology_path


@dataclass(frozen=True)
class Violation:
    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


def _short(graph: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - rdflib raises assorted errors for odd IRIs
            return f"<{node}>"
    if isinstance(node, Literal):
        return repr(str(node))
    return f"[{node}]"


def validate(ds: Dataset | Graph, shapes: Path | None = None) -> ValidationReport:
    """Check the union of all graphs against the SHACL shapes.

    The union, because shapes cross graphs: an entity's type is in ``graph:kb`` and
    its evidence in the article's graph.  Warnings do not break conformance.
    """
    from pyshacl import validate as shacl_validate

    from kg.rdf.mapping import union_graph

    data = union_graph(ds) if isinstance(ds, Dataset) else ds
    shapes_graph = Graph().parse(shapes or ontology_path("shapes.ttl"), format="turtle")
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes_graph, inference="none", allow_warnings=True
    )
    assert isinstance(results, Graph)
    bind_prefixes(results)
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        violations.append(
            Violation(
                severity=str(severity).rsplit("#", 1)[-1],
                focus=_short(results, results.value(result, SH.focusNode)) or "",
                path=_short(results, results.value(result, SH.resultPath)),
                value=_short(results, results.value(result, SH.value)),
                message="; ".join(messages),
                shape=_short(results, results.value(result, SH.sourceShape)) or "",
            )
        )
    violations.sort(key=lambda v: (v.severity != "Violation", v.focus, v.path or "", v.message))
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


def format_violations(report: ValidationReport) -> str:
    """One line per result: severity, focus node, path, message (and the offending value)."""
    if not report.violations:
        return "conforms: no violations"
    lines = []
    for v in report.violations:
        where = v.focus + (f" {v.path}" if v.path else "")
        value = f" (value {v.value})" if v.value else ""
        lines.append(f"{v.severity}: {where}: {v.message}{value}")
    errors = sum(v.severity == "Violation" for v in report.violations)
    lines.append(f"{errors} violation(s), {len(report.violations) - errors} warning(s)/info")
    return "\n".join(lines)
