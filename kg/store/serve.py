"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the built graph.

The standard library's ``http.server`` answers HTTP; queries run in worker processes
(:class:`kg.store.runner.QueryRunner`), each with the Oxigraph store open read-only.

The endpoint answers queries and nothing else: SPARQL Update and ``SERVICE`` are
refused, no file is ever served, and the one page besides ``/sparql`` is a built-in
query box.  Requests must name this server in their Host header (loopback names, the
address it listens on, or ``--allow-host``), so a web page cannot reach it through a
rebinding DNS name.

The default graph of a query is the union of all named graphs, as for ``kg query``,
unless the request names graphs with ``default-graph-uri``/``named-graph-uri``.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, StoreError
from kg.store.endpoint import Job
from kg.store.oxigraph_server import OxigraphServers, oxigraph_program
from kg.store.runner import QueryRunner, RequestError, Source, store_folder
from kg.store.sparql import SERVICE_REFUSED, calls_service, looks_like_update

MAX_BODY_BYTES = 1024 * 1024
DEFAULT_PORT = 7878
SPARQL_PATH = "/sparql"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


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
    # The headers and the body go out in two writes; with Nagle's algorithm the body
    # waits for the client's delayed ACK of the headers (40 ms on Linux) on a kept-alive
    # connection, which made every answer at least that slow.
    disable_nagle_algorithm = True
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

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._dispatch("OPTIONS")

    def _dispatch(self, method: str) -> None:
        path = urlsplit(self.path).path
        try:
            if not self.server.allows_host(self.headers.get("Host")):
                self._discard_body()
                raise RequestError(
                    HTTPStatus.MISDIRECTED_REQUEST,
                    "this endpoint answers requests for its own address only (Host: "
                    f"{self.server.host_names[0]}); start it with --allow-host NAME to "
                    "answer another name")
            origin = self.headers.get("Origin")
            if origin is not None and not self.server.cors and not self.server.same_origin(origin):
                self._discard_body()
                raise RequestError(
                    HTTPStatus.FORBIDDEN,
                    f"cross-origin requests (from {origin}) are refused; start kg serve "
                    "with --cors to let web pages of other sites query it")
            if method == "OPTIONS":  # a preflight, or a client asking what we allow
                self._discard_body()
                self._send(HTTPStatus.NO_CONTENT, "text/plain; charset=utf-8", b"",
                           {"Allow": "GET, POST, OPTIONS",
                            **({"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                "Access-Control-Allow-Headers": "Content-Type, Accept",
                                "Access-Control-Max-Age": "600"} if self.server.cors else {})})
                return
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
        if not self.server.runner.allow_service and calls_service(query):
            raise RequestError(HTTPStatus.BAD_REQUEST, SERVICE_REFUSED)
        formats = params.get("format") or params.get("output") or []
        reply = self.server.runner.run(Job(
            query, params.get("default-graph-uri", []), params.get("named-graph-uri", []),
            self.headers.get("Accept", "*/*"), formats[0] if formats else None))
        if reply.status != HTTPStatus.OK:
            raise RequestError(HTTPStatus(reply.status), reply.body.decode("utf-8", "replace"))
        headers = {"Vary": "Accept"}
        if reply.truncated:
            headers["X-Results-Truncated"] = "true"
            headers["X-Results-Limit"] = str(self.server.runner.max_results)
        self._send(HTTPStatus.OK, f"{reply.media}; charset=utf-8", reply.body, headers)

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
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Expose-Headers",
                             "X-Results-Truncated, X-Results-Limit")
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

    def __init__(self, address: tuple[str, int], runner: QueryRunner | OxigraphServers, log: bool = True,
                 allow_hosts: tuple[str, ...] = (), cors: bool = False) -> None:
        self.runner = runner
        self.log = log
        self.cors = cors
        super().__init__(address, SparqlHandler)
        bound = str(self.server_address[0])
        names = [bound, *LOOPBACK_NAMES] if bound in LOOPBACK_NAMES else [bound]
        self.host_names = tuple(dict.fromkeys(n.lower() for n in [*names, *allow_hosts]))

    def allows_host(self, header: str | None) -> bool:
        """Whether a request's Host names this server (DNS rebinding names it otherwise)."""
        if header is None:  # HTTP/1.0 clients need not send one
            return True
        host = header.strip().lower()
        if host.startswith("["):  # [::1]:7878
            host = host[1:].partition("]")[0]
        elif host.count(":") == 1:
            host = host.partition(":")[0]
        return host in self.host_names or "*" in self.host_names

    def same_origin(self, origin: str) -> bool:
        """Whether an Origin header is this server's own page (the query box at /)."""
        parts = urlsplit(origin.strip())
        try:
            port = parts.port or 80
        except ValueError:
            return False
        return (parts.scheme == "http" and (parts.hostname or "") in self.host_names
                and port == self.server_address[1])

    def server_close(self) -> None:
        super().server_close()
        self.runner.close()
        if self.temporary_store is not None:
            shutil.rmtree(self.temporary_store, ignore_errors=True)
            self.temporary_store = None

    temporary_store: Path | None = None
    triples = 0

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}{SPARQL_PATH}"


def make_server(source: Source, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                timeout: float = 30.0, max_results: int = 10_000, *,
                log: bool = True, workers: int | None = None,
                allow_hosts: tuple[str, ...] = (), cors: bool = False,
                allow_service: bool = False, engine: str = "oxigraph") -> KgSparqlServer:
    """A ready, not yet running, SPARQL endpoint; call ``serve_forever()`` to answer.

    ``source`` is an ``OxigraphStore``, a store folder, a pyoxigraph ``Store`` or the
    path of a graph file (loaded into a temporary store folder that ``server_close()``
    removes).  ``port=0`` picks a free port (see ``server.url``).  ``engine`` says what
    evaluates the queries: Oxigraph's own server ("oxigraph", :mod:`kg.store.oxigraph_server`;
    kg's Python workers where it is not installed) or kg's Python workers ("python").
    """
    if timeout <= 0:
        raise KgError("--timeout must be positive")
    if max_results <= 0:
        raise KgError("--max-results must be positive")
    if workers is not None and workers <= 0:
        raise KgError("--workers must be positive")
    if engine not in ("oxigraph", "python"):
        raise KgError(f"--engine {engine}: use oxigraph or python")
    location = store_folder(source)
    count = workers or min(8, max(2, os.cpu_count() or 2))
    runner: QueryRunner | OxigraphServers
    if engine == "oxigraph" and oxigraph_program() is not None:
        try:
            runner = OxigraphServers(location.path, timeout, max_results, count, allow_service)
        except StoreError:
            if location.temporary:
                shutil.rmtree(location.path, ignore_errors=True)
            raise
    else:
        runner = QueryRunner(location.path, timeout, max_results, count, allow_service)
    try:
        server = KgSparqlServer((host, port), runner, log=log, allow_hosts=allow_hosts,
                                cors=cors)
    except OSError as e:
        runner.close()
        if location.temporary:
            shutil.rmtree(location.path, ignore_errors=True)
        raise StoreError(f"cannot listen on {host}:{port}: {e.strerror or e}; "
                         "pick another --port or stop the other server") from e
    server.triples = location.triples
    if location.temporary:
        server.temporary_store = location.path
    return server


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve_until_stopped(server: KgSparqlServer) -> None:
    """Answer requests until Ctrl-C or SIGTERM (a service manager's stop), then close."""
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    print("kg serve: stopped", file=sys.stderr)
