"""SHACL validation of a built dataset against ``ontology/shapes.ttl`` and the
relations' shapes made from ``ontology/kg.ttl``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.namespace import KG, RDF, SH, SHAPES, bind_prefixes
from kg.rdf.ontology import ontology_path, signatures


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
    if shapes is None:
        shapes_graph = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
        shapes_graph += relation_shapes()
    else:
        shapes_graph = Graph().parse(shapes, format="turtle")
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


def relation_shapes() -> Graph:
    """The relations' shapes, made from the ontology, where the facts they check are
    written (rdfs:domain and rdfs:range): each relation's subject is of its domain and
    its object of its range, and a statement's rdf:predicate is one of the relations."""
    shapes = Graph()
    for predicate, (domain, range_) in signatures().items():
        shape, objects = SHAPES[f"{predicate}Shape"], BNode()
        shapes.add((shape, RDF.type, SH.NodeShape))
        shapes.add((shape, SH.targetSubjectsOf, KG[predicate]))
        _of_classes(shapes, shape, domain)
        shapes.add((shape, SH.message, Literal(
            f"The subject of kg:{predicate} is of class {_either(domain)} (its rdfs:domain).")))
        shapes.add((shape, SH.property, objects))
        shapes.add((objects, SH.path, KG[predicate]))
        _of_classes(shapes, objects, range_)
        shapes.add((objects, SH.message, Literal(
            f"The object of kg:{predicate} is of class {_either(range_)} (its rdfs:range).")))
    statement, predicates = SHAPES.StatementPredicateShape, BNode()
    shapes.add((statement, RDF.type, SH.NodeShape))
    shapes.add((statement, SH.targetClass, KG.Statement))
    shapes.add((statement, SH.property, predicates))
    shapes.add((predicates, SH.path, RDF.predicate))
    shapes.add((predicates, SH["in"], _rdf_list(shapes, [KG[p] for p in signatures()])))
    shapes.add((predicates, SH.message, Literal("A statement's rdf:predicate is one of kg's relations.")))
    return shapes


def _of_classes(shapes: Graph, shape: Node, classes: tuple[str, ...]) -> None:
    """``shape``'s nodes are of one of the kg ``classes`` (sh:class, or sh:or of them)."""
    if len(classes) == 1:
        shapes.add((shape, SH["class"], KG[classes[0]]))
        return
    alternatives: list[Node] = []
    for name in classes:
        alternatives.append(BNode())
        shapes.add((alternatives[-1], SH["class"], KG[name]))
    shapes.add((shape, SH["or"], _rdf_list(shapes, alternatives)))


def _rdf_list(graph: Graph, items: list[Node]) -> BNode:
    head = BNode()
    Collection(graph, head, items)
    return head


def _either(classes: tuple[str, ...]) -> str:
    return " or ".join(f"kg:{name}" for name in classes)


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
