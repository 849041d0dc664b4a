"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the built graph.

Only the standard library's ``http.server`` is used, in front of Oxigraph: either a
store folder (``kg.store.OxigraphStore``) or an in-memory store loaded from a graph
file.  The endpoint answers queries and nothing else: SPARQL Update is refused, no
file is ever served, and the one page besides ``/sparql`` is a built-in query box.

The default graph of a query is the union of all named graphs, as for ``kg query``,
unless the request names graphs with ``default-graph-uri``/``named-graph-uri``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import click
import pyoxigraph as ox

from kg.errors import KgError, StoreError
from kg.namespace import prefix_map
from kg.store import OxigraphStore

MAX_BODY_BYTES = 1024 * 1024
DEFAULT_PORT = 7878
SPARQL_PATH = "/sparql"

Source = OxigraphStore | ox.Store | Path | str

# Media types we can write, per kind of result; the first is the default.
_SOLUTION_TYPES = (
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
    "text/tab-separated-values",
)
_GRAPH_TYPES: dict[str, ox.RdfFormat] = {
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
# Blank the strings, IRIs and comments out of the text before looking for update verbs,
# so a literal such as "DELETE" in a query is not mistaken for one.
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*")
_UPDATE_VERB = re.compile(
    r"(?:^|[\s;}])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE
)
_QUERY_FORM = re.compile(r"(?:^|[\s}])(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


class RequestError(Exception):
    """A request we answer with an error status and a plain-text message."""

    def __init__(self, status: HTTPStatus, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def looks_like_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update rather than a query (checked before parsing)."""
    code = _NOISE.sub(" ", text)
    update = _UPDATE_VERB.search(code)
    if update is None:
        return False
    form = _QUERY_FORM.search(code)
    # "CONSTRUCT { } WHERE { }" never has an update verb before its query form.
    return form is None or update.start() < form.start()


def open_source(store_dir: Path | None = None, graph: Path | None = None) -> ox.Store:
    """The Oxigraph store to serve: a store folder, or a graph file loaded into memory."""
    if store_dir is not None:
        return OxigraphStore(store_dir).store
    if graph is None:
        raise KgError("pass --store DIR or --graph FILE")
    return load_graph_file(graph)


def load_graph_file(path: Path | str) -> ox.Store:
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file; build one with `kg build DIR --out OUT` "
                      "or pass --store DIR")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise KgError(f"{path}: cannot tell the format from the extension; "
                      "use .trig, .nq, .ttl, .nt or .jsonld")
    store = ox.Store()
    try:
        # bulk_load skips the transaction log: several times faster than load for a fresh store.
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise StoreError(f"{path}: cannot be read as {fmt.name}: {e}") from e
    return store


def _as_store(source: Source) -> ox.Store:
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, str | Path):
        return load_graph_file(source)
    if isinstance(source, OxigraphStore):
        return source.store
    raise TypeError(f"cannot serve {source!r}: pass an OxigraphStore, a pyoxigraph Store "
                    "or the path of a graph file")


# ---------------------------------------------------------------------------
# Content negotiation and result writing
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


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # RDF-star triples: rare, best effort


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        attrs = ""
        if term.language:
            attrs = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            attrs = f" datatype={quoteattr(term.datatype.value)}"
        return f"<literal{attrs}>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _tsv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and not term.language and (
        term.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
    ):
        # TSV cells are Turtle terms; JSON string escapes are valid Turtle ones.
        return json.dumps(term.value, ensure_ascii=False)
    return str(term).replace("\t", "\\t").replace("\n", "\\n")


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(getattr(term, "value", term))


def write_solutions(variables: list[str], rows: list[list[Any]], media: str) -> bytes:
    if media == "application/sparql-results+xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head>",
               "<results>"]
        for row in rows:
            out.append("<result>")
            out.extend(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                       for v, t in zip(variables, row, strict=True) if t is not None)
            out.append("</result>")
        out += ["</results>", "</sparql>", ""]
        return "\n".join(out).encode("utf-8")
    if media == "text/csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")  # RFC 4180, as the CSV results spec asks
        writer.writerow(variables)
        writer.writerows([[_csv_value(t) for t in row] for row in rows])
        return buf.getvalue().encode("utf-8")
    if media == "text/tab-separated-values":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
                for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def write_boolean(value: bool, media: str) -> bytes:
    if media == "application/sparql-results+xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n"
                ).encode()
    if media in ("text/csv", "text/tab-separated-values"):
        return ("_askResult\n" + ("true" if value else "false") + "\n").encode("utf-8")
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


# ---------------------------------------------------------------------------
# Running a query under a deadline and a row limit
# ---------------------------------------------------------------------------


@dataclass
class Answer:
    kind: str  # "solutions", "boolean" or "triples"
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    triples: list[ox.Triple] = field(default_factory=list)
    boolean: bool = False
    truncated: bool = False


class QueryRunner:
    """Runs queries on one store with a time-out and a cap on results.

    Oxigraph cannot cancel a query that is being evaluated (it releases the GIL while
    it works), so a query past its deadline is abandoned in its worker thread; it
    stops at the next result it would produce.  A semaphore bounds how many workers
    (finished or abandoned) may run at once, so abandoned queries cannot pile up
    and starve the machine: when all slots are busy, new queries wait, then time out.
    """

    def __init__(self, store: ox.Store, timeout: float, max_results: int,
                 workers: int = 8) -> None:
        self.store = store
        self.timeout = timeout
        self.max_results = max_results
        self._slots = threading.BoundedSemaphore(workers)
        self._prefixes = prefix_map()

    def run(self, text: str, default_graphs: list[str], named_graphs: list[str]) -> Answer:
        deadline = time.monotonic() + self.timeout
        if not self._slots.acquire(timeout=self.timeout):
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                               "the server is busy with other queries; try again shortly")
        box: dict[str, Any] = {}
        expired = threading.Event()

        def work() -> None:
            try:
                box["answer"] = self._evaluate(text, default_graphs, named_graphs, expired)
            except BaseException as e:  # noqa: BLE001 - handed to the request thread
                box["error"] = e
            finally:
                self._slots.release()

        worker = threading.Thread(target=work, name="kg-serve-query", daemon=True)
        worker.start()
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            expired.set()
            raise RequestError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"query stopped: it did not finish within {self.timeout:g} s; "
                "add a LIMIT or narrow the patterns",
            )
        if "error" in box:
            raise box["error"]
        answer: Answer = box["answer"]
        return answer

    def _evaluate(self, text: str, default_graphs: list[str], named_graphs: list[str],
                  expired: threading.Event) -> Answer:
        options: dict[str, Any] = {"prefixes": self._prefixes}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            result = self.store.query(text, **options)
        except SyntaxError as e:
            raise RequestError(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {e}") from e
        except ValueError as e:  # a malformed graph IRI
            raise RequestError(HTTPStatus.BAD_REQUEST, str(e)) from e
        if isinstance(result, ox.QueryBoolean):
            return Answer("boolean", boolean=bool(result))
        limit = self.max_results
        if isinstance(result, ox.QueryTriples):
            triples: list[ox.Triple] = []
            for triple in _until(result, expired):
                if len(triples) == limit:
                    return Answer("triples", triples=triples, truncated=True)
                triples.append(triple)
            return Answer("triples", triples=triples)
        variables = [v.value for v in result.variables]
        rows: list[list[Any]] = []
        for solution in _until(result, expired):
            if len(rows) == limit:
                return Answer("solutions", variables, rows, truncated=True)
            rows.append([solution[v] for v in variables])
        return Answer("solutions", variables, rows)


def _until(results: Any, expired: threading.Event) -> Iterator[Any]:
    for item in results:
        if expired.is_set():
            return
        yield item


# ---------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;max-width:70em}
textarea{width:100%;height:12em;font-family:monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em}
pre{background:#f6f6f6;padding:.5em;overflow:auto}
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>Read-only. POST or GET <code>/sparql?query=...</code>. The default graph is the union of
all article graphs; the prefixes kg:, schema:, skos:, org:, prov: are predeclared.
At most __MAX__ results, __TIMEOUT__ s per query.</p>
<form id="f" method="get" action="/sparql">
<textarea name="query" id="q">SELECT ?person ?label WHERE {
  ?person a kg:Person ; rdfs:label ?label .
} LIMIT 20</textarea><br>
<select name="format" id="fmt"><option value="json">JSON</option><option value="xml">XML</option>
<option value="csv">CSV</option><option value="turtle">Turtle (CONSTRUCT)</option></select>
<button type="submit">Run</button> <span id="status"></span>
</form>
<div id="out"></div>
<script>
document.getElementById("f").addEventListener("submit", async function (ev) {
  ev.preventDefault();
  var status = document.getElementById("status"), out = document.getElementById("out");
  var fmt = document.getElementById("fmt").value;
  var body = new URLSearchParams({query: document.getElementById("q").value, format: fmt});
  status.textContent = "running\\u2026"; out.textContent = "";
  var t0 = performance.now();
  var r = await fetch("/sparql", {method: "POST", body: body});
  var text = await r.text();
  status.textContent = r.status + " in " + Math.round(performance.now() - t0) + " ms" +
    (r.headers.get("X-Results-Truncated") ? " (truncated)" : "");
  var type = r.headers.get("Content-Type") || "";
  if (r.ok && type.indexOf("sparql-results+json") >= 0) {
    var data = JSON.parse(text);
    if ("boolean" in data) { out.textContent = String(data.boolean); return; }
    var table = document.createElement("table"), head = table.insertRow();
    data.head.vars.forEach(function (v) {
      var th = document.createElement("th"); th.textContent = v; head.appendChild(th);
    });
    data.results.bindings.forEach(function (b) {
      var row = table.insertRow();
      data.head.vars.forEach(function (v) { row.insertCell().textContent = b[v] ? b[v].value : ""; });
    });
    out.appendChild(table);
  } else {
    var pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
  }
});
</script></body></html>
"""


class SparqlHandler(BaseHTTPRequestHandler):
    server_version = "kg-sparql/1"
    protocol_version = "HTTP/1.1"  # keep-alive: clients under load reuse connections
    server: KgSparqlServer

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._dispatch("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._dispatch("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._dispatch("PATCH")

    def _dispatch(self, method: str) -> None:
        path = urlsplit(self.path).path
        try:
            if method not in ("GET", "POST"):
                self._discard_body()
                raise RequestError(HTTPStatus.METHOD_NOT_ALLOWED,
                                   "this endpoint is read-only: use GET or POST with a query",
                                   {"Allow": "GET, POST"})
            if path == "/" and method == "GET":
                self._send(HTTPStatus.OK, "text/html; charset=utf-8", self._page())
            elif path == SPARQL_PATH:
                self._sparql(method)
            else:
                self._discard_body()
                raise RequestError(HTTPStatus.NOT_FOUND,
                                   f"no such resource: {path}; the endpoint is {SPARQL_PATH}")
        except RequestError as e:
            self._send_error(e.status, e.message, e.headers)
        except Exception as e:  # noqa: BLE001 - answer 500 rather than drop the connection
            self._send_error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {e}")

    def _page(self) -> bytes:
        page = (_PAGE.replace("__MAX__", str(self.server.runner.max_results))
                .replace("__TIMEOUT__", f"{self.server.runner.timeout:g}"))
        return page.encode("utf-8")

    def _discard_body(self) -> None:
        """Read a small body so the connection can be reused; close on a large one."""
        length = self._content_length()
        if length is None or length == 0:
            return
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            return
        self.rfile.read(length)

    def _content_length(self) -> int | None:
        raw = self.headers.get("Content-Length")
        if raw is None:
            return None
        try:
            length = int(raw)
        except ValueError:
            raise RequestError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number") from None
        if length < 0:
            raise RequestError(HTTPStatus.BAD_REQUEST, "Content-Length is negative")
        return length

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() not in ("", "identity"):
            self.close_connection = True
            raise RequestError(HTTPStatus.LENGTH_REQUIRED,
                               "send the body with a Content-Length, not chunked")
        length = self._content_length()
        if length is None:
            self.close_connection = True
            raise RequestError(HTTPStatus.LENGTH_REQUIRED, "POST needs a Content-Length")
        if length > MAX_BODY_BYTES:
            # Do not read it: close the connection instead, the unread body with it.
            self.close_connection = True
            raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"request body of {length} bytes is over the limit of "
                               f"{MAX_BODY_BYTES} bytes")
        return self.rfile.read(length)

    def _sparql(self, method: str) -> None:
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        query: str | None = None
        if method == "POST":
            body = self._read_body()
            media = self.headers.get_content_type()
            if media == "application/sparql-update":
                raise RequestError(HTTPStatus.BAD_REQUEST,
                                   "SPARQL Update is not accepted: this endpoint is read-only")
            if media == "application/sparql-query":
                query = self._decode(body)
            elif media == "application/x-www-form-urlencoded":
                form = parse_qs(self._decode(body), keep_blank_values=True)
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            else:
                raise RequestError(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    f"cannot read a {media} body: send application/sparql-query or "
                    "application/x-www-form-urlencoded with query=...",
                )
        if "update" in params:
            raise RequestError(HTTPStatus.BAD_REQUEST,
                               "SPARQL Update is not accepted: this endpoint is read-only")
        if query is None:
            queries = params.get("query", [])
            if len(queries) != 1:
                raise RequestError(HTTPStatus.BAD_REQUEST,
                                   "pass exactly one query: /sparql?query=SELECT...")
            query = queries[0]
        if looks_like_update(query):
            raise RequestError(HTTPStatus.BAD_REQUEST,
                               "SPARQL Update is not accepted: this endpoint is read-only")
        formats = params.get("format") or params.get("output") or []
        explicit = formats[0] if formats else None
        answer = self.server.runner.run(query, params.get("default-graph-uri", []),
                                        params.get("named-graph-uri", []))
        headers: dict[str, str] = {}
        if answer.truncated:
            headers["X-Results-Truncated"] = "true"
            headers["X-Results-Limit"] = str(self.server.runner.max_results)
        accept = self.headers.get("Accept", "*/*")
        if answer.kind == "triples":
            media = choose_type(accept, tuple(_GRAPH_TYPES), explicit)
            data = ox.serialize(answer.triples, format=_GRAPH_TYPES[media],
                                prefixes=prefix_map() if media == "text/turtle" else None)
            body_out = data or b""
        elif answer.kind == "boolean":
            media = choose_type(accept, _SOLUTION_TYPES, explicit)
            body_out = write_boolean(answer.boolean, media)
        else:
            media = choose_type(accept, _SOLUTION_TYPES, explicit)
            body_out = write_solutions(answer.variables, answer.rows, media)
        headers["Vary"] = "Accept"
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", body_out, headers)

    @staticmethod
    def _decode(body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as e:
            raise RequestError(HTTPStatus.BAD_REQUEST, f"the body is not UTF-8: {e}") from e

    def _send(self, status: HTTPStatus, content_type: str, body: bytes,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        if content_type.startswith("text/html"):
            # The page is self-contained: allow its inline script and style, nothing else.
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; script-src 'unsafe-inline'; "
                             "style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_error(self, status: HTTPStatus, message: str,
                    headers: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"),
                   headers)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        if self.server.log:
            super().log_message(format, *args)


class KgSparqlServer(ThreadingHTTPServer):
    daemon_threads = True  # an abandoned keep-alive connection must not block shutdown
    # Allow a quick restart on the same port after Ctrl-C.
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], runner: QueryRunner, log: bool = True) -> None:
        self.runner = runner
        self.log = log
        super().__init__(address, SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}{SPARQL_PATH}"


def make_server(source: Source, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                timeout: float = 30.0, max_results: int = 10_000, *,
                log: bool = True) -> KgSparqlServer:
    """A ready, not yet running, SPARQL endpoint; call ``serve_forever()`` to answer.

    ``source`` is an ``OxigraphStore``, a pyoxigraph ``Store`` or the path of a graph
    file (loaded into memory).  ``port=0`` picks a free port (see ``server.url``).
    """
    if timeout <= 0:
        raise KgError("--timeout must be positive")
    if max_results <= 0:
        raise KgError("--max-results must be positive")
    runner = QueryRunner(_as_store(source), timeout, max_results)
    try:
        return KgSparqlServer((host, port), runner, log=log)
    except OSError as e:
        raise StoreError(f"cannot listen on {host}:{port}: {e.strerror or e}; "
                         "pick another --port or stop the other server") from e


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@click.command("serve")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Serve an Oxigraph store folder.")
@click.option("--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Serve a graph file, loaded into memory (default: out/graph.trig).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the graph.")
@click.option("--port", type=int, default=DEFAULT_PORT, show_default=True)
@click.option("--timeout", type=float, default=30.0, show_default=True,
              help="Seconds before a query is stopped (answered 503).")
@click.option("--max-results", type=int, default=10_000, show_default=True,
              help="Rows or triples per answer; more are cut (header X-Results-Truncated).")
def serve_command(store_dir: Path | None, graph_path: Path | None, host: str, port: int,
                  timeout: float, max_results: int) -> None:
    """Answer SPARQL queries over HTTP (SPARQL 1.1 Protocol, read-only).

    GET or POST /sparql with query=...; results as SPARQL JSON (default), XML,
    CSV or TSV, and Turtle or N-Triples for CONSTRUCT and DESCRIBE, chosen by
    the Accept header.  Updates are refused.  A query box is at /.

    \b
    Example:
      kg serve --graph out/graph.trig
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' \\
        http://127.0.0.1:7878/sparql
    """
    if store_dir is not None and graph_path is not None:
        raise KgError("pass either --store or --graph, not both")
    if store_dir is None and graph_path is None:
        graph_path = Path("out") / "graph.trig"
    started = time.monotonic()
    source = open_source(store_dir, graph_path)
    server = make_server(source, host, port, timeout, max_results)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.secho(f"kg serve: listening on {host}: anyone who can reach this machine can "
                    "query the graph", fg="yellow", err=True)
    click.echo(f"{len(source)} triples loaded in {time.monotonic() - started:.1f} s; "
               f"SPARQL endpoint at {server.url} (query page at "
               f"{server.url.removesuffix(SPARQL_PATH)}/); Ctrl-C stops", err=True)
    # A service manager stops us with SIGTERM: close the socket as Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    print("kg serve: stopped", file=sys.stderr)


__all__ = ["KgSparqlServer", "make_server", "open_source", "serve_command"]
