"""SPARQL queries on an Oxigraph store or an rdflib dataset, under a time-out.

Queries see the union of all named graphs as their default graph, both on rdflib
(``Dataset(default_union=True)``) and on Oxigraph (``use_default_graph_as_union``);
the project's prefixes are predeclared.  Either way the answer is a
:class:`~kg.store.results.QueryResult`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.query import ResultRow
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.namespace import bind_prefixes, prefix_map
from kg.store.results import XSD_STRING, Cell, QueryResult, cell_from_oxigraph
from kg.store.sparql import SERVICE_REFUSED, calls_service

if TYPE_CHECKING:
    from pathlib import Path


class Queryable(Protocol):
    """What answers a query besides an rdflib graph: :class:`kg.store.oxigraph.OxigraphStore`."""

    def query(self, query_text: str, timeout: float | None = None, *,
              allow_service: bool = False) -> QueryResult: ...


def run_query(
    source: Dataset | Graph | Queryable, query_text: str, timeout: float | None = None,
    *, allow_service: bool = False,
) -> QueryResult:
    """Answer a SPARQL query on an in-memory dataset or an Oxigraph store.

    The default graph is the union of all named graphs; the project prefixes
    (kg:, schema:, skos:, org:, prov:, oa:, ...) are predeclared.  A query never
    fetches anything: ``SERVICE`` is refused unless ``allow_service``, and ``FROM``
    names graphs of the dataset (rdflib would otherwise download them).
    """
    if not allow_service and calls_service(query_text):
        raise QueryError(SERVICE_REFUSED)
    if isinstance(source, Graph):  # a Dataset too
        return with_timeout(lambda: _query_rdflib(source, query_text), timeout)
    return source.query(query_text, timeout=timeout, allow_service=allow_service)


_T = TypeVar("_T")


def with_timeout(run: Callable[[], _T], timeout: float | None) -> _T:
    """Run ``run`` and give up after ``timeout`` seconds.

    Neither rdflib nor pyoxigraph can cancel a running query, so the work goes to a
    daemon thread that is abandoned on timeout; the caller gets a clean error.
    """
    if timeout is None:
        return run()
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = run()
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = e

    worker = threading.Thread(target=target, daemon=True, name="kg-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"query did not finish within {timeout:g} s; add a LIMIT or narrow it")
    if "error" in box:
        raise box["error"]
    value: _T = box["value"]
    return value


# --------------------------------------------------------------------------- Oxigraph


def query_oxigraph(store: ox.Store, query_text: str, where: Path | None = None) -> QueryResult:
    """A query on a pyoxigraph store (``where`` it is kept, for messages)."""
    try:
        result = store.query(query_text, prefixes=prefix_map(), use_default_graph_as_union=True)
    except SyntaxError as e:
        # "error at 1:25: expected one of ..." -> line 1, column 25
        text = str(e)
        at = re.search(r"at (\d+):(\d+)", text)
        prefix = f"line {at.group(1)}, column {at.group(2)}: " if at else ""
        raise QueryError(f"SPARQL syntax error: {prefix}{text}") from e
    except OSError as e:
        raise StoreError(f"query failed on {where or 'the store'}: {e}") from e
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = bind_prefixes(Graph())
        for triple in result:
            graph.add((_to_rdflib(triple.subject), _to_rdflib(triple.predicate), _to_rdflib(triple.object)))
        return QueryResult("graph", graph=graph)
    variables = tuple(v.value for v in result.variables)
    rows = tuple(tuple(cell_from_oxigraph(solution[v]) for v in variables) for solution in result)
    return QueryResult("select", variables, rows)


def _to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return RdfLiteral(term.value, lang=term.language)
        return RdfLiteral(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"unsupported term in query result: {term!r}")


# --------------------------------------------------------------------------- rdflib


def cell_from_rdflib(node: Node | None) -> Cell | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return Cell("iri", str(node))
    if isinstance(node, BNode):
        return Cell("bnode", str(node))
    if isinstance(node, RdfLiteral):
        datatype = str(node.datatype) if node.datatype else None
        if datatype is None and not node.language:
            datatype = XSD_STRING
        return Cell("literal", str(node), datatype, node.language)
    return Cell("literal", str(node))


def _query_rdflib(ds: Dataset | Graph, query_text: str) -> QueryResult:
    import rdflib.plugins.sparql

    # FROM <url> would make rdflib download the graph: a query must not reach out.
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    try:
        result = ds.query(query_text, initNs=prefix_map())
    except Exception as e:  # noqa: BLE001 - pyparsing and rdflib raise many types
        raise _query_error(e) from e
    try:
        if result.type == "ASK":
            return QueryResult("ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = bind_prefixes(Graph())
            assert result.graph is not None
            for triple in result.graph:
                graph.add(triple)
            return QueryResult("graph", graph=graph)
        variables = tuple(str(v) for v in result.vars or ())
        rows = tuple(
            tuple(cell_from_rdflib(row[i]) for i in range(len(variables)))
            for row in result
            if isinstance(row, ResultRow)
        )
    except Exception as e:  # noqa: BLE001 - evaluation errors surface while iterating
        raise QueryError(f"query failed: {e}") from e
    return QueryResult("select", variables, rows)


def _query_error(e: Exception) -> QueryError:
    text = str(e)
    # pyparsing: "Expected ..., found '?'  (at char 17), (line:1, col:18)"
    where = re.search(r"line:(\d+), col:(\d+)", text)
    prefix = f"line {where.group(1)}, column {where.group(2)}: " if where else ""
    return QueryError(f"SPARQL syntax error: {prefix}{text}")
