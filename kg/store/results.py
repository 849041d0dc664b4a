"""Query results, whatever library produced them, and the one writer of their formats.

A result is a :class:`QueryResult` of :class:`Cell` rows.  The W3C result formats
(SPARQL JSON, XML, CSV, TSV) are written here for both ``kg query`` and ``kg serve``:
the endpoint sends them as the protocol asks, the terminal gets the same formats laid
out for reading (JSON indented, CSV lines ending in a bare newline).  ``kg query``'s
aligned table is here too.

Standard library and pyoxigraph only at import: the endpoint's worker processes
import this module; rdflib is loaded when a result needs it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from kg.errors import KgError, QueryError

if TYPE_CHECKING:
    from rdflib import Graph

_XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = _XSD + "string"
_NUMERIC = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
                                "decimal", "double", "float")}

JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
# the media types of solutions and booleans, the default first
SOLUTION_TYPES = (JSON, XML, CSV, TSV)


@dataclass(frozen=True, order=True)
class Cell:
    """One RDF term of a result row, independent of the library that produced it."""

    kind: Literal["iri", "literal", "bnode"]
    value: str  # the IRI, the literal's lexical form or the blank node label
    datatype: str | None = None
    lang: str | None = None

    def python(self) -> Any:
        """The typed value: int, float, Decimal, bool, date/datetime or str."""
        if self.kind != "literal" or self.datatype is None:
            return self.value
        from rdflib import Literal as RdfLiteral
        from rdflib import URIRef

        rdf_value = RdfLiteral(self.value, datatype=URIRef(self.datatype)).toPython()
        if isinstance(rdf_value, RdfLiteral):  # ill-typed: rdflib gives the literal back
            return self.value
        return rdf_value

    def comparable(self) -> tuple[str, str]:
        """A key equal for equal terms whatever lexical form the library chose ("1.0E0" = "1")."""
        if self.kind == "bnode":
            return ("bnode", "")
        if self.kind == "literal" and self.datatype in _NUMERIC:
            return ("number", repr(float(self.python())))
        value = self.python()
        if isinstance(value, datetime | date):
            return ("time", value.isoformat())
        return (self.kind, f"{self.value}@{self.lang or ''}^^{self.datatype or ''}")


Row = tuple[Cell | None, ...]


@dataclass(frozen=True)
class QueryResult:
    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)

    def values(self) -> list[dict[str, Any]]:
        """Rows as dicts of typed Python values (IRIs as strings), for library callers."""
        return [
            {
                v: (c.python() if c is not None else None)
                for v, c in zip(self.variables, row, strict=True)
            }
            for row in self.rows
        ]


def cell_from_oxigraph(term: object) -> Cell | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Cell("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return Cell("bnode", term.value)
    if isinstance(term, ox.Literal):
        lang = term.language
        datatype = None if lang else term.datatype.value
        return Cell("literal", term.value, datatype, lang)
    # an RDF 1.2 triple term: its N-Triples text, which every format can carry
    return Cell("literal", str(term))


# --------------------------------------------------------------------------- the W3C formats


def _json_term(cell: Cell) -> dict[str, str]:
    if cell.kind == "iri":
        return {"type": "uri", "value": cell.value}
    if cell.kind == "bnode":
        return {"type": "bnode", "value": cell.value}
    term = {"type": "literal", "value": cell.value}
    if cell.lang:
        term["xml:lang"] = cell.lang
    elif cell.datatype and cell.datatype != XSD_STRING:
        term["datatype"] = cell.datatype
    return term


def _xml_term(cell: Cell) -> str:
    if cell.kind == "iri":
        return f"<uri>{xml_escape(cell.value)}</uri>"
    if cell.kind == "bnode":
        return f"<bnode>{xml_escape(cell.value)}</bnode>"
    attrs = ""
    if cell.lang:
        attrs = f" xml:lang={quoteattr(cell.lang)}"
    elif cell.datatype and cell.datatype != XSD_STRING:
        attrs = f" datatype={quoteattr(cell.datatype)}"
    return f"<literal{attrs}>{xml_escape(cell.value)}</literal>"


def _tsv_term(cell: Cell | None) -> str:
    """A TSV cell: the term in Turtle syntax (as Oxigraph writes it), tabs and newlines escaped."""
    if cell is None:
        return ""
    if cell.kind == "literal" and not cell.lang and cell.datatype in (None, XSD_STRING):
        # JSON string escapes are valid Turtle ones
        return json.dumps(cell.value, ensure_ascii=False)
    term: Any
    if cell.kind == "iri":
        term = ox.NamedNode(cell.value)
    elif cell.kind == "bnode":
        term = ox.BlankNode(cell.value)
    elif cell.lang:
        term = ox.Literal(cell.value, language=cell.lang)
    else:
        assert cell.datatype is not None
        term = ox.Literal(cell.value, datatype=ox.NamedNode(cell.datatype))
    return str(term).replace("\t", "\\t").replace("\n", "\\n")


def _csv_value(cell: Cell | None) -> str:
    if cell is None:
        return ""
    return f"_:{cell.value}" if cell.kind == "bnode" else cell.value


def write_solutions(variables: Sequence[str], rows: Iterable[Sequence[Cell | None]], media: str, *,
                    readable: bool = False) -> str:
    """Solutions in a W3C format (``media`` one of :data:`SOLUTION_TYPES`; JSON for any
    other).  ``readable`` lays them out for a terminal: JSON indented, CSV lines ending
    in a newline rather than the CRLF of RFC 4180 that the results spec asks for."""
    if media == XML:
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head>",
               "<results>"]
        for row in rows:
            out.append("<result>")
            out.extend(f"<binding name={quoteattr(v)}>{_xml_term(c)}</binding>"
                       for v, c in zip(variables, row, strict=True) if c is not None)
            out.append("</result>")
        out += ["</results>", "</sparql>", ""]
        return "\n".join(out)
    if media == CSV:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n" if readable else "\r\n")
        writer.writerow(variables)
        writer.writerows([[_csv_value(c) for c in row] for row in rows])
        return buf.getvalue()
    if media == TSV:
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_term(c) for c in row) for row in rows]
        return "\n".join(lines) + "\n"
    bindings = [{v: _json_term(c) for v, c in zip(variables, row, strict=True) if c is not None}
                for row in rows]
    return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=2 if readable else None)


def write_boolean(value: bool, media: str) -> str:
    """An ASK answer in a W3C format (CSV and TSV: a one-column table)."""
    if media == XML:
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n")
    if media in (CSV, TSV):
        return "_askResult\n" + ("true" if value else "false") + "\n"
    return json.dumps({"head": {}, "boolean": value})


# --------------------------------------------------------------------------- kg query's output


def shorten(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """``kg:Person`` for a known namespace, else ``<iri>``; the longest namespace wins."""
    if prefixes is None:
        from kg.namespace import prefix_map

        prefixes = prefix_map()
    best = ""
    best_prefix = ""
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, best_prefix = ns, prefix
    return f"{best_prefix}:{iri[len(best):]}" if best else f"<{iri}>"


def _display(cell: Cell | None, prefixes: dict[str, str]) -> str:
    if cell is None:
        return ""
    if cell.kind == "iri":
        return shorten(cell.value, prefixes)
    if cell.kind == "bnode":
        return f"_:{cell.value}"
    return cell.value


def _clip(text: str, width: int | None) -> str:
    text = " ".join(text.split())  # one line per row
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], max_width: int | None) -> str:
    rows = [[_clip(c, max_width) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _graph_rows(graph: Graph) -> list[Row]:
    from kg.store.query import cell_from_rdflib

    return sorted(
        (cell_from_rdflib(s), cell_from_rdflib(p), cell_from_rdflib(o)) for s, p, o in graph
    )


def format_result(result: QueryResult, fmt: str = "table", *, max_width: int | None = 120) -> str:
    """Render a result as an aligned ``table``, ``csv``, SPARQL JSON (``json``), or ``ttl``.

    In a table, IRIs are shortened by the project prefixes and cells longer than
    ``max_width`` characters are cut with "…" (``None`` keeps them whole); the other
    formats always give full values.
    """
    if fmt not in ("table", "csv", "json", "ttl"):
        raise KgError(f"unknown result format {fmt!r}: use table, csv, json or ttl")
    if result.kind == "ask":
        if fmt == "json":
            return write_boolean(bool(result.boolean), JSON)
        if fmt == "ttl":
            raise QueryError("ASK answers true or false; use --format table, csv or json")
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        assert result.graph is not None
        if fmt in ("ttl", "json"):
            from kg.store.graphfiles import serialize

            return serialize(result.graph, "ttl" if fmt == "ttl" else "jsonld").decode("utf-8")
        variables: tuple[str, ...] = ("subject", "predicate", "object")
        rows = _graph_rows(result.graph)
    else:
        if fmt == "ttl":
            raise QueryError("ttl output is for CONSTRUCT or DESCRIBE queries; use table, csv "
                             "or json for SELECT")
        variables, rows = result.variables, list(result.rows)
    if fmt == "table":
        from kg.namespace import prefix_map

        prefixes = prefix_map()
        return _table(variables, [[_display(c, prefixes) for c in row] for row in rows], max_width)
    return write_solutions(variables, rows, CSV if fmt == "csv" else JSON, readable=True)
