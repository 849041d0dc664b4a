"""Saving, loading and querying the graph: files, an Oxigraph store on disk, SPARQL results.

Queries see the union of all named graphs as their default graph, both on rdflib
(``Dataset(default_union=True)``) and on Oxigraph (``use_default_graph_as_union``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import ResultRow
from rdflib.term import Node

from kg.endpoint import SERVICE_REFUSED, calls_service
from kg.errors import KgError, QueryError, StoreError
from kg.files import atomic_writer, write_atomic
from kg.namespace import XSD, bind_prefixes, prefix_map
from kg.rdf.terms import NtTriple, TurtleWriter

Format = Literal["ttl", "nt", "nq", "trig", "jsonld"]
FORMATS: tuple[Format, ...] = ("ttl", "nt", "nq", "trig", "jsonld")
_EXTENSIONS: dict[str, Format] = {
    ".ttl": "ttl", ".turtle": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig",
    ".jsonld": "jsonld", ".json": "jsonld",
}
_RDFLIB_FORMAT: dict[Format, str] = {
    "ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld",
}
ResultFormat = Literal["table", "csv", "json", "ttl"]


def format_for(path: str | Path, fmt: str | None = None) -> Format:
    """The serialisation format named by ``fmt`` or, failing that, by the file extension."""
    if fmt:
        if fmt not in FORMATS:
            raise KgError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise KgError(
            f"{path}: cannot tell the format from the extension {suffix!r}; "
            f"use one of {', '.join(sorted(_EXTENSIONS))} or pass the format"
        )
    return _EXTENSIONS[suffix]


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


_OX_FORMAT: dict[Format, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
}
# Resource and graph IRIs hold "/" in the local part, which Turtle can only write
# escaped ("id:person\/x"); full IRIs read better.
_FILE_PREFIXES = {p: ns for p, ns in prefix_map().items() if p not in ("id", "graph")}


def _ox_term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, RdfLiteral):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise KgError(f"cannot serialise the RDF term {node!r}")


def _graph_name(g: object) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    identifier = g.identifier if isinstance(g, Graph) else g
    if identifier is None or identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    assert isinstance(identifier, URIRef | BNode)
    return ox.NamedNode(str(identifier)) if isinstance(identifier, URIRef) else (
        ox.BlankNode(str(identifier))
    )


def _sorted_quads(ds: Dataset | Graph, with_graphs: bool) -> list[ox.Quad]:
    if isinstance(ds, Dataset):
        raw = ((s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None)))
    else:
        raw = ((s, p, o, None) for s, p, o in ds)
    quads = {
        ox.Quad(
            _ox_term(s), _ox_term(p), _ox_term(o),  # type: ignore[arg-type]
            _graph_name(g) if with_graphs else ox.DefaultGraph(),
        )
        for s, p, o, g in raw
    }
    # Default graph first, then by graph, subject, predicate, object (as N-Quads text).
    return sorted(
        quads,
        key=lambda q: (
            not isinstance(q.graph_name, ox.DefaultGraph), str(q.graph_name), str(q.subject),
            str(q.predicate), str(q.object),
        ),
    )


def serialize(ds: Dataset | Graph, fmt: Format) -> bytes:
    """Deterministic bytes: the same triples give the same file, in whatever order added.

    ``ttl`` and ``nt`` write the union of all graphs (graph names are dropped).  Oxigraph
    writes the files: rdflib's Turtle writer rounds xsd:double to six digits, which
    would blur the PageRank scores.
    """
    quads = _sorted_quads(ds, with_graphs=fmt not in ("ttl", "nt"))
    items: list[ox.Quad] | list[ox.Triple] = (
        [q.triple for q in quads] if fmt in ("ttl", "nt") else quads
    )
    data = ox.serialize(items, format=_OX_FORMAT[fmt], prefixes=_FILE_PREFIXES) or b""
    text = data.decode("utf-8")
    if fmt in ("nt", "nq"):
        lines = sorted({line for line in text.splitlines() if line.strip()})
        text = "\n".join(lines) + "\n" if lines else ""
    elif fmt in ("ttl", "trig"):
        # The order Oxigraph writes prefixes in is its own business; sort them ourselves.
        lines = text.splitlines()
        header = sorted(line for line in lines if line.startswith("@prefix "))
        body = [line for line in lines if not line.startswith("@prefix ")]
        text = "\n".join([*header, "", *body]).strip("\n") + "\n"
    else:
        text = json.dumps(json.loads(text or "[]"), ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")


@dataclass(frozen=True)
class Written:
    """What :func:`write_graphs` wrote: the number of triples, a digest of each named
    graph's N-Quads (by which a store or a server tells the graphs that changed), and
    the N-Quads files that hold them all, in order, for the store's bulk loader."""

    triples: int
    digests: dict[str, str]
    shards: dict[Path, set[str]]  # each file and the graphs in it


@dataclass(frozen=True)
class RenderedPart:
    """Named graphs already rendered by a worker process into temporary files: N-Quads
    for the store, and TriG and Turtle when the build writes graph files."""

    nquads: Path
    trig: Path | None
    turtle: Path | None
    digests: dict[str, str]
    triples: int


def render_part(graphs: Iterable[tuple[str, Iterable[NtTriple]]], folder: Path, label: str,
                graph_files: bool = True) -> RenderedPart:
    """Write ``graphs`` to temporary files in ``folder`` (named like every writer's
    temporaries, so that a build killed half way leaves nothing a later one keeps)."""
    writer = TurtleWriter(_FILE_PREFIXES)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for kind in ("nq", *(("trig", "ttl") if graph_files else ())):
        fd, name = tempfile.mkstemp(prefix=f".graph-part-{label}-{kind}.{os.getpid()}.", suffix=".tmp", dir=folder)
        os.close(fd)
        paths.append(Path(name))
    digests: dict[str, str] = {}
    triples = 0
    try:
        with ExitStack() as stack:
            files: list[BinaryIO | None] = [stack.enter_context(path.open("wb")) for path in paths]
            nq, trig, ttl = (*files, None, None)[:3]
            assert nq is not None
            for name, graph in graphs:
                done = _write_graph(writer, name, graph, nq, trig, ttl)
                if done is not None:
                    digests[str(name)] = hashlib.sha256(done[0]).hexdigest()
                    triples += done[1]
    except BaseException:
        for path in paths:
            path.unlink(missing_ok=True)
        raise
    trig_path, ttl_path = (paths[1], paths[2]) if graph_files else (None, None)
    return RenderedPart(paths[0], trig_path, ttl_path, digests, triples)


def _write_graph(writer: TurtleWriter, name: str, triples: Iterable[NtTriple], nq: BinaryIO,
                 trig: BinaryIO | None, ttl: BinaryIO | None) -> tuple[bytes, int] | None:
    """One graph (or part) as sorted N-Quads, and as a TriG block and Turtle where
    asked: the N-Quads bytes and the number of triples, or None when it has none."""
    unique = set(triples)
    if not unique:
        return None
    graph = f"<{name}>"
    data = "".join([f"{s} {p} {o} {graph} .\n" for s, p, o in sorted(unique)]).encode("utf-8")
    nq.write(data)
    if trig is not None or ttl is not None:
        graph_text, union_text = writer.trig_and_turtle(unique, graph)
        if trig is not None:
            trig.write(graph_text.encode("utf-8"))
        if ttl is not None:
            ttl.write(union_text.encode("utf-8"))
    return data, len(unique)


def write_graphs(
    graphs: Iterable[tuple[str, Iterable[NtTriple]] | RenderedPart], shard_folder: Path,
    trig_path: str | Path | None = None, ttl_path: str | Path | None = None,
) -> Written:
    """Stream named graphs of N-Triples terms to N-Quads files in ``shard_folder`` (the
    store's input), and where asked to a TriG file and their union to a Turtle file;
    parts that a worker already rendered keep their N-Quads file and have their TriG and
    Turtle copied in their place.

    Only one graph (or one part of a large one) is held at a time, so a corpus of any
    size is written in memory proportional to its largest part.  Parts come in the
    order given and each part's triples are written sorted: the same input gives the
    same bytes.
    """
    writer = TurtleWriter(_FILE_PREFIXES)
    written = 0
    hashers: dict[str, hashlib._Hash] = {}
    digests: dict[str, str] = {}
    shards: dict[Path, set[str]] = {}
    with ExitStack() as stack:
        trig = stack.enter_context(atomic_writer(trig_path)) if trig_path is not None else None
        ttl = stack.enter_context(atomic_writer(ttl_path)) if ttl_path is not None else None
        for out in (trig, ttl):
            if out is not None:
                out.write(writer.header().encode("utf-8"))
        nq: BinaryIO | None = None
        for item in graphs:
            if isinstance(item, RenderedPart):
                _copy_part(item, trig, ttl)
                shards[item.nquads] = set(item.digests)
                nq = None  # what the parent writes next goes after the part, in a shard of its own
                digests.update(item.digests)
                written += item.triples
                continue
            if nq is None:
                shard = shard_folder / f"parent-{len(shards):06d}.nq"
                nq, shards[shard] = stack.enter_context(shard.open("wb")), set()
            name, triples = item
            done = _write_graph(writer, name, triples, nq, trig, ttl)
            if done is not None:
                shards[shard].add(str(name))
                hashers.setdefault(str(name), hashlib.sha256()).update(done[0])
                written += done[1]
    digests.update({name: h.hexdigest() for name, h in hashers.items()})
    return Written(written, digests, shards)


def _copy_part(part: RenderedPart, trig: BinaryIO | None, ttl: BinaryIO | None) -> None:
    """A worker's TriG and Turtle copied into the graph files, then removed."""
    try:
        for rendered, out in ((part.trig, trig), (part.turtle, ttl)):
            if rendered is not None and out is not None:
                with rendered.open("rb") as f:
                    shutil.copyfileobj(f, out, 1 << 20)
    finally:
        for rendered in (part.trig, part.turtle):
            if rendered is not None:
                rendered.unlink(missing_ok=True)


class _ShardReader:
    """N-Quads files read one after another as one stream of whole lines (only those
    of the graphs ``names``, if given), handed out ``allow(n)`` bytes at a time: each
    allowance is one input for Oxigraph's bulk loader, whatever the files' sizes."""

    def __init__(self, shards: Iterable[Path], names: set[str] | None = None) -> None:
        self._shards = list(shards)
        self._names = None if names is None else {f"<{name}>".encode() for name in names}
        self._current: BinaryIO | None = None
        self._pending = b""
        self._budget = 0
        self.exhausted = False

    def allow(self, size: int) -> None:
        self._budget = size

    def read(self, size: int = -1) -> bytes:
        if not self._pending:
            chunk = self._next_lines() if self._budget > 0 else None
            if chunk is None:
                return b""
            self._budget -= len(chunk)
            self._pending = chunk
        if 0 <= size < len(self._pending):
            out, self._pending = self._pending[:size], self._pending[size:]
        else:
            out, self._pending = self._pending, b""
        return out

    def _next_lines(self) -> bytes | None:
        """About a megabyte of whole lines, or None at the end of the last file."""
        while True:
            if self._current is None:
                if not self._shards:
                    self.exhausted = True
                    return None
                self._current = self._shards.pop(0).open("rb")
            if self._names is None:
                chunk = self._current.read(1 << 20)
                chunk += self._current.readline() if chunk and not chunk.endswith(b"\n") else b""
            else:
                chunk = b"".join(line for line in self._current.readlines(1 << 20)
                                 if line[line.rindex(b" <", 0, -3) + 1:-3] in self._names)
            if chunk:
                return chunk
            if self._current.tell() == os.fstat(self._current.fileno()).st_size:
                self._current.close()
                self._current = None


def write_dataset(ds: Dataset | Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Write atomically: a temporary file in the same folder replaces ``path`` only once
    it is complete, so a failure leaves the previous file as it was."""
    path = Path(path)
    return write_atomic(path, serialize(ds, format_for(path, fmt)))


def load_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Read a graph file into a dataset; the format comes from the extension."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file; build one with `kg build DIR --out OUT` "
                      "or pass the path of an existing .trig/.nq/.ttl/.nt/.jsonld file")
    chosen = format_for(path, fmt)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    try:
        ds.parse(path, format=_RDFLIB_FORMAT[chosen])
    except Exception as e:  # noqa: BLE001 - rdflib's parsers raise many unrelated types
        raise KgError(
            f"{path}: cannot be read as {chosen}: {e}; rebuild it with `kg build` "
            "or check that the extension matches the content"
        ) from e
    return ds


# ---------------------------------------------------------------------------
# Query results
# ---------------------------------------------------------------------------

_NUMERIC = {
    str(XSD.integer), str(XSD.int), str(XSD.long), str(XSD.short), str(XSD.nonNegativeInteger),
    str(XSD.positiveInteger), str(XSD.decimal), str(XSD.double), str(XSD.float),
}


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


@dataclass(frozen=True)
class QueryResult:
    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Cell | None, ...], ...] = ()
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


def _cell_from_rdflib(node: Node | None) -> Cell | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return Cell("iri", str(node))
    if isinstance(node, BNode):
        return Cell("bnode", str(node))
    if isinstance(node, RdfLiteral):
        datatype = str(node.datatype) if node.datatype else None
        if datatype is None and not node.language:
            datatype = str(XSD.string)
        return Cell("literal", str(node), datatype, node.language)
    return Cell("literal", str(node))


def _cell_from_oxigraph(term: object) -> Cell | None:
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
    raise QueryError(f"unsupported term in query result: {term!r}")


_T = TypeVar("_T")


def _with_timeout(run: Callable[[], _T], timeout: float | None) -> _T:
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
            tuple(_cell_from_rdflib(row[i]) for i in range(len(variables)))
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


def run_query(
    source: Dataset | Graph | OxigraphStore, query_text: str, timeout: float | None = None,
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
    if isinstance(source, OxigraphStore):
        return source.query(query_text, timeout=timeout, allow_service=allow_service)
    return _with_timeout(lambda: _query_rdflib(source, query_text), timeout)


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


def shorten(iri: str) -> str:
    """``kg:Person`` for a known namespace, else ``<iri>``; the longest namespace wins."""
    best = ""
    best_prefix = ""
    for prefix, ns in prefix_map().items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, best_prefix = ns, prefix
    return f"{best_prefix}:{iri[len(best):]}" if best else f"<{iri}>"


def _display(cell: Cell | None) -> str:
    if cell is None:
        return ""
    if cell.kind == "iri":
        return shorten(cell.value)
    if cell.kind == "bnode":
        return f"_:{cell.value}"
    return cell.value


def _sparql_json_term(cell: Cell) -> dict[str, str]:
    if cell.kind == "iri":
        return {"type": "uri", "value": cell.value}
    if cell.kind == "bnode":
        return {"type": "bnode", "value": cell.value}
    term = {"type": "literal", "value": cell.value}
    if cell.lang:
        term["xml:lang"] = cell.lang
    elif cell.datatype and cell.datatype != str(XSD.string):
        term["datatype"] = cell.datatype
    return term


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


def _graph_rows(graph: Graph) -> list[tuple[Cell | None, ...]]:
    return sorted(
        (_cell_from_rdflib(s), _cell_from_rdflib(p), _cell_from_rdflib(o)) for s, p, o in graph
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
            return json.dumps({"head": {}, "boolean": result.boolean})
        if fmt == "ttl":
            raise QueryError("ASK answers true or false; use --format table, csv or json")
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        assert result.graph is not None
        if fmt == "ttl":
            return serialize(result.graph, "ttl").decode("utf-8")
        if fmt == "json":
            return serialize(result.graph, "jsonld").decode("utf-8")
        variables: tuple[str, ...] = ("subject", "predicate", "object")
        rows = _graph_rows(result.graph)
    else:
        if fmt == "ttl":
            raise QueryError("ttl output is for CONSTRUCT or DESCRIBE queries; use table, csv "
                             "or json for SELECT")
        variables, rows = result.variables, list(result.rows)
    if fmt == "table":
        return _table(variables, [[_display(c) for c in row] for row in rows], max_width)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows([["" if c is None else c.value for c in row] for row in rows])
        return out.getvalue()
    bindings = [
        {v: _sparql_json_term(c) for v, c in zip(variables, row, strict=True) if c is not None}
        for row in rows
    ]
    return json.dumps(
        {"head": {"vars": list(variables)}, "results": {"bindings": bindings}},
        ensure_ascii=False, indent=2,
    )


# ---------------------------------------------------------------------------
# Oxigraph
# ---------------------------------------------------------------------------


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


@dataclass(frozen=True)
class StoreSync:
    """Named graphs replaced, removed and left as they were by :meth:`OxigraphStore.sync`."""

    replaced: int = 0
    removed: int = 0
    kept: int = 0

    def text(self) -> str:
        return f"{self.replaced} graphs replaced, {self.removed} removed, {self.kept} unchanged"


class OxigraphStore:
    """A persistent Oxigraph store, the graph for ``kg serve`` and large builds.

    ``path=None`` gives an in-memory store (for tests); ``read_only`` opens a store folder
    that other processes may read (or a build update) at the same time.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = None if path is None else Path(path)
        try:
            if read_only and self.path is not None:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(None if self.path is None else str(self.path))
        except OSError as e:
            raise StoreError(
                f"{self.path}: cannot open the Oxigraph store ({e}); another process may hold "
                "it open (stop `kg serve`) or the folder is not writable"
            ) from e

    @property
    def store(self) -> ox.Store:
        return self._store

    def __len__(self) -> int:
        return len(self._store)

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def reload(self, shards: Iterable[Path]) -> None:
        """Make the store hold exactly the graphs of the N-Quads files that
        :func:`write_graphs` wrote: Oxigraph's bulk loader, given them as one input."""
        self._store.clear()
        self._bulk_load(shards, None)
        # the loader leaves many small files; merged, the first query of a read command
        # at 10,000 articles takes 2 s rather than 5 to 10 (the merge: 24 s)
        self._store.optimize()

    # Oxigraph's bulk loader holds its whole input in memory several times over (1.7 GB
    # for 630 MB of N-Quads at once); whole shards up to about this size at a time keep
    # it near 300 MB whatever the corpus, for 10 % more time than 160 MB (680 MB).
    # (Measured on 2,000 generated articles.)
    LOAD_CHUNK_BYTES = 64 << 20

    def _bulk_load(self, shards: Iterable[Path], names: set[str] | None) -> None:
        """Bulk-load the N-Quads files (only the lines of the graphs ``names``, if
        given), :attr:`LOAD_CHUNK_BYTES` at a time."""
        reader = _ShardReader(shards, names)
        while not reader.exhausted:
            reader.allow(self.LOAD_CHUNK_BYTES)
            # lenient: kg wrote these files from IRIs it minted valid; checking each of
            # millions again is a good part of the loader's time
            self._store.bulk_load(input=reader, format=ox.RdfFormat.N_QUADS,  # type: ignore[arg-type]
                                  lenient=True)  # the loader only calls read()

    def sync(self, shards: dict[Path, set[str]], digests: dict[str, str], manifest: Path) -> StoreSync:
        """Make the store hold the graphs of the N-Quads files that :func:`write_graphs`
        wrote, replacing only the graphs whose digest changed since the last sync.

        ``manifest`` records the digest of every graph the store holds.  It is removed
        before the store is touched and written once the store is up to date, so a sync
        that dies half-way is followed by a full reload, never by a stale graph.
        """
        previous = self._manifest(manifest)
        if previous is None or set(previous) != set(self.graph_names()):
            changed, removed = set(digests), set(self.graph_names()) - set(digests)
        else:
            changed = {g for g, d in digests.items() if previous.get(g) != d}
            removed = set(previous) - set(digests)
        if not changed and not removed:
            return StoreSync(kept=len(digests))
        manifest.unlink(missing_ok=True)
        if len(changed) > len(digests) // 2:  # most of it: the bulk loader from scratch
            self.reload(shards)
        else:
            for name in sorted(changed | removed):
                self.remove_graph(name)
            self._bulk_load([path for path, names in shards.items() if names & changed], changed)
            self._store.optimize()
        write_atomic(manifest, json.dumps(
            {"store": str(self.path.resolve()) if self.path else None, "graphs": digests},
            indent=0, sort_keys=True,
        ) + "\n")
        return StoreSync(replaced=len(changed), removed=len(removed), kept=len(digests) - len(changed))

    def _manifest(self, manifest: Path) -> dict[str, str] | None:
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        here = str(self.path.resolve()) if self.path else None
        graphs = data.get("graphs") if isinstance(data, dict) and data.get("store") == here else None
        return graphs if isinstance(graphs, dict) else None

    def add_dataset(self, ds: Dataset | Graph) -> None:
        """Add every quad of ``ds`` (default-graph triples go to the store's default graph)."""
        self._store.load(serialize(ds, "nq"), format=ox.RdfFormat.N_QUADS)

    def replace_article_graphs(self, ds: Dataset) -> list[str]:
        """Replace each named graph present in ``ds`` by its new content; leave the others.

        Returns the names of the graphs written.  Pass a dataset built from the whole
        knowledge base: its shared graph (``graph:kb``) is replaced as a whole too.
        """
        names = sorted(
            {str(g.identifier) for g in ds.graphs() if isinstance(g.identifier, URIRef)}
            - {str(DATASET_DEFAULT_GRAPH_ID)}
        )
        for name in names:
            self.remove_graph(name)
        self.add_dataset(ds)
        return names

    def remove_graph(self, iri: str) -> None:
        node = ox.NamedNode(iri)
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)

    def query(self, query_text: str, timeout: float | None = None, *,
              allow_service: bool = False) -> QueryResult:
        if not allow_service and calls_service(query_text):
            raise QueryError(SERVICE_REFUSED)
        return _with_timeout(lambda: self._query(query_text), timeout)

    def _query(self, query_text: str) -> QueryResult:
        try:
            result = self._store.query(
                query_text, prefixes=prefix_map(), use_default_graph_as_union=True
            )
        except SyntaxError as e:
            # "error at 1:25: expected one of ..." -> line 1, column 25
            text = str(e)
            where = re.search(r"at (\d+):(\d+)", text)
            prefix = f"line {where.group(1)}, column {where.group(2)}: " if where else ""
            raise QueryError(f"SPARQL syntax error: {prefix}{text}") from e
        except OSError as e:
            raise StoreError(f"query failed on {self.path or 'the store'}: {e}") from e
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            graph = bind_prefixes(Graph())
            for triple in result:
                graph.add(
                    (_to_rdflib(triple.subject), _to_rdflib(triple.predicate),
                     _to_rdflib(triple.object))
                )
            return QueryResult("graph", graph=graph)
        variables = tuple(v.value for v in result.variables)
        rows = tuple(
            tuple(_cell_from_oxigraph(solution[v]) for v in variables) for solution in result
        )
        return QueryResult("select", variables, rows)

    def to_dataset(self) -> Dataset:
        ds = Dataset(default_union=True)
        bind_prefixes(ds)
        data = self._store.dump(format=ox.RdfFormat.N_QUADS) or b""
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def dump(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the store to a file with the same deterministic output as :func:`write_dataset`."""
        return write_dataset(self.to_dataset(), path, fmt)

    def flush(self) -> None:
        self._store.flush()
