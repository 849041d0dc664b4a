"""One SPARQL query, evaluated and written as a protocol answer, without HTTP.

``kg serve`` runs this in worker processes (:class:`kg.store.runner.QueryRunner`) so
that a query past its time-out can be stopped by ending its process: Oxigraph cannot
cancel a query it is evaluating.  The module imports pyoxigraph, the standard library
and the light modules of this package only, so a worker starts quickly.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass, field
from http import HTTPStatus
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from kg.store.results import SOLUTION_TYPES, cell_from_oxigraph, write_boolean, write_solutions
from kg.store.sparql import SERVICE_REFUSED, calls_service

GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# ``format=``/``output=`` parameters (SPARQLWrapper sends them, and the query page).
_FORMAT_ALIASES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "n-triples": "application/n-triples", "nt": "application/n-triples",
    "rdf+xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
    "json-ld": "application/ld+json", "jsonld": "application/ld+json",
}


# ---------------------------------------------------------------------------
# Content negotiation
# ---------------------------------------------------------------------------


def _accepted(header: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (stable for equal q)."""
    ranges: list[tuple[str, float, int]] = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((bits[0].lower(), q, i))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(r[0], r[1]) for r in ranges]


def choose_type(accept: str, offered: tuple[str, ...], explicit: str | None = None) -> str:
    """The media type to answer with; the kind's default when nothing offered matches.

    Answering in the default rather than 406 keeps clients that send a generic or
    wrong Accept header (for a CONSTRUCT, a results type) working.
    """
    if explicit:
        wanted = _FORMAT_ALIASES.get(explicit.lower(), explicit.lower())
        if wanted in offered:
            return wanted
    aliases = {"application/json": "application/sparql-results+json",
               "application/xml": "application/sparql-results+xml",
               "text/xml": "application/sparql-results+xml",
               "application/turtle": "text/turtle", "application/x-turtle": "text/turtle",
               "text/plain": "application/n-triples"}
    for media, _q in _accepted(accept or "*/*"):
        media = aliases.get(media, media)
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            prefix = media[:-1]
            for o in offered:
                if media == "*/*" or o.startswith(prefix):
                    return o
    return offered[0]


# ---------------------------------------------------------------------------
# Evaluating one query
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """A query as the HTTP side received it, with what the client accepts."""

    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    accept: str = "*/*"
    explicit_format: str | None = None


@dataclass(frozen=True)
class Reply:
    """A written answer, or an error (``status`` other than 200) with its message."""

    status: int
    media: str = "text/plain"
    body: bytes = b""
    truncated: bool = False


def answer(store: ox.Store, job: Job, max_results: int,
           prefixes: dict[str, str], allow_service: bool = False) -> Reply:
    """Evaluate ``job`` on ``store`` and write the result in the negotiated format."""
    if not allow_service and calls_service(job.text):
        return Reply(HTTPStatus.BAD_REQUEST, body=SERVICE_REFUSED.encode())
    options: dict[str, Any] = {"prefixes": prefixes}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    try:
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        result = store.query(job.text, **options)
    except SyntaxError as e:
        return Reply(HTTPStatus.BAD_REQUEST, body=f"SPARQL syntax error: {e}".encode())
    except ValueError as e:  # a malformed graph IRI
        return Reply(HTTPStatus.BAD_REQUEST, body=str(e).encode())
    if isinstance(result, ox.QueryBoolean):
        media = choose_type(job.accept, SOLUTION_TYPES, job.explicit_format)
        return Reply(HTTPStatus.OK, media, write_boolean(bool(result), media).encode("utf-8"))
    if isinstance(result, ox.QueryTriples):
        triples: list[ox.Triple] = []
        truncated = False
        for triple in result:
            if len(triples) == max_results:
                truncated = True
                break
            triples.append(triple)
        media = choose_type(job.accept, tuple(GRAPH_TYPES), job.explicit_format)
        data = ox.serialize(triples, format=GRAPH_TYPES[media],
                            prefixes=prefixes if media == "text/turtle" else None)
        return Reply(HTTPStatus.OK, media, data or b"", truncated)
    variables = [v.value for v in result.variables]
    rows: list[list[Any]] = []
    truncated = False
    for solution in result:
        if len(rows) == max_results:
            truncated = True
            break
        rows.append([cell_from_oxigraph(term) for term in solution])
    media = choose_type(job.accept, SOLUTION_TYPES, job.explicit_format)
    return Reply(HTTPStatus.OK, media, write_solutions(variables, rows, media).encode("utf-8"), truncated)


def serve_jobs(location: str, max_results: int, prefixes: dict[str, str],
               conn: Connection, allow_service: bool = False) -> None:
    """A worker process of ``kg serve``: answer jobs from ``conn`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
        store = ox.Store.read_only(location)
    except OSError as e:
        conn.send(f"cannot open the store {location} read-only: {e}")
        return
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = answer(store, job, max_results, prefixes, allow_service)
        except OSError as e:
            reply = Reply(HTTPStatus.INTERNAL_SERVER_ERROR, body=f"query failed: {e}".encode())
        conn.send(reply)
