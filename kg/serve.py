"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the built graph.

The standard library's ``http.server`` answers HTTP; queries run in worker processes,
each with the Oxigraph store open read-only (``kg.endpoint`` evaluates and writes the
answer).  A query past its time-out is stopped by ending its worker, which a fresh one
replaces: Oxigraph cannot cancel a query in flight, and a thread left running would
hold a core and a slot.  A graph file is first loaded into a temporary store folder
that the workers share.

The endpoint answers queries and nothing else: SPARQL Update and ``SERVICE`` are
refused, no file is ever served, and the one page besides ``/sparql`` is a built-in
query box.  Requests must name this server in their Host header (loopback names, the
address it listens on, or ``--allow-host``), so a web page cannot reach it through a
rebinding DNS name.

The default graph of a query is the union of all named graphs, as for ``kg query``,
unless the request names graphs with ``default-graph-uri``/``named-graph-uri``.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import click
import pyoxigraph as ox

from kg.endpoint import (
    SERVICE_REFUSED,
    Job,
    Reply,
    calls_service,
    choose_type,
    looks_like_update,
    serve_jobs,
)
from kg.errors import KgError, StoreError
from kg.namespace import prefix_map
from kg.store import OxigraphStore

MAX_BODY_BYTES = 1024 * 1024
DEFAULT_PORT = 7878
SPARQL_PATH = "/sparql"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")

Source = OxigraphStore | ox.Store | Path | str


class RequestError(Exception):
    """A request we answer with an error status and a plain-text message."""

    def __init__(self, status: HTTPStatus, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def open_source(store_dir: Path | None = None, graph: Path | None = None) -> Source:
    """What to serve: a store folder, or a graph file (loaded when the server starts)."""
    if store_dir is not None:
        if not (store_dir / "CURRENT").is_file():
            raise KgError(f"{store_dir}: not an Oxigraph store folder; build one with "
                          "`kg build DIR --store STORE` or pass --graph FILE")
        return store_dir
    if graph is None:
        raise KgError("pass --store DIR or --graph FILE")
    if not graph.is_file():
        raise KgError(f"{graph}: no such graph file; build one with `kg build DIR --out OUT` "
                      "or pass --store DIR")
    return graph


def load_graph_file(path: Path | str, location: Path | None = None) -> ox.Store:
    """A store holding the graph file at ``path``: in memory, or in folder ``location``."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file; build one with `kg build DIR --out OUT` "
                      "or pass --store DIR")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise KgError(f"{path}: cannot tell the format from the extension; "
                      "use .trig, .nq, .ttl, .nt or .jsonld")
    store = ox.Store(None if location is None else str(location))
    try:
        # bulk_load skips the transaction log: several times faster than load for a fresh store.
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise StoreError(f"{path}: cannot be read as {fmt.name}: {e}") from e
    return store


@dataclass
class _Location:
    """The store folder the workers open, and whether it is ours to delete at the end."""

    path: Path
    temporary: bool
    triples: int


def _store_folder(source: Source) -> _Location:
    if isinstance(source, OxigraphStore) and source.path is not None:
        source.flush()
        return _Location(Path(source.path), False, len(source.store))
    if isinstance(source, str | Path) and Path(source).is_dir():
        return _Location(Path(source), False, len(ox.Store.read_only(str(source))))
    folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    try:
        if isinstance(source, str | Path):
            store = load_graph_file(source, folder)
        elif isinstance(source, ox.Store | OxigraphStore):
            memory = source.store if isinstance(source, OxigraphStore) else source
            store = ox.Store(str(folder))
            store.bulk_extend(memory.quads_for_pattern(None, None, None, None))
        else:
            raise TypeError(f"cannot serve {source!r}: pass an OxigraphStore, a pyoxigraph "
                            "Store, a store folder or the path of a graph file")
        store.flush()
        triples = len(store)
        del store  # close it: the workers open the folder read-only
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return _Location(folder, True, triples)


# ---------------------------------------------------------------------------
# Running queries in worker processes, under a deadline and a row limit
# ---------------------------------------------------------------------------


@dataclass(eq=False)  # a worker is itself, not its fields: kept in a set
class _Worker:
    process: Any  # multiprocessing's SpawnProcess
    conn: Connection

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


def _worker_context() -> Any:
    """New workers come from a fork server that has loaded kg.endpoint (a replacement
    is ready in a tenth of a second), never by forking the server and its Oxigraph
    threads; where there is no fork server, they start afresh."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kg.endpoint"])
        return context
    return multiprocessing.get_context("spawn")


class QueryRunner:
    """Runs queries on one store folder in worker processes, with a time-out and a cap.

    Each worker holds the store open read-only and answers one query at a time.  A
    query past its deadline is stopped by killing its worker; a new one is started in
    the background, so a slow query costs its slot for at most the time-out.
    """

    def __init__(self, location: Path, timeout: float, max_results: int,
                 workers: int = 4, allow_service: bool = False) -> None:
        self.location = location
        self.timeout = timeout
        self.max_results = max_results
        self.allow_service = allow_service
        self._context = _worker_context()
        self._prefixes = prefix_map()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(workers):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=serve_jobs, name="kg-serve-query", daemon=True,
            args=(str(self.location), self.max_results, self._prefixes, theirs,
                  self.allow_service))
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        # Wait until it has the store open, so its first query gets the whole time-out.
        status = ours.recv() if ours.poll(120) else "no answer in 120 s"
        if status != "ready":
            worker.stop()
            raise StoreError(f"a query worker did not start: {status}")
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Stop ``worker`` and put a fresh one in its place, without delaying the caller."""
        def restart() -> None:
            worker.stop()
            with self._lock:
                self._all.discard(worker)
                if self._closed:
                    return
            try:
                fresh = self._start()
            except StoreError as e:
                if not self._closed:
                    print(f"kg serve: {e}", file=sys.stderr)
                return
            if self._closed:
                fresh.stop()
            else:
                self._idle.put(fresh)
        threading.Thread(target=restart, name="kg-serve-restart", daemon=True).start()

    def run(self, job: Job) -> Reply:
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                               "the server is busy with other queries; try again shortly"
                               ) from None
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                reply: Reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as e:
            self._replace(worker)
            raise RequestError(HTTPStatus.INTERNAL_SERVER_ERROR,
                               f"the query's worker stopped ({e or 'no answer'}); try again"
                               ) from e
        self._replace(worker)
        raise RequestError(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"query stopped: it did not finish within {self.timeout:g} s; "
            "add a LIMIT or narrow the patterns",
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


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

    def __init__(self, address: tuple[str, int], runner: QueryRunner, log: bool = True,
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
                allow_service: bool = False) -> KgSparqlServer:
    """A ready, not yet running, SPARQL endpoint; call ``serve_forever()`` to answer.

    ``source`` is an ``OxigraphStore``, a store folder, a pyoxigraph ``Store`` or the
    path of a graph file (loaded into a temporary store folder that ``server_close()``
    removes).  ``port=0`` picks a free port (see ``server.url``).
    """
    if timeout <= 0:
        raise KgError("--timeout must be positive")
    if max_results <= 0:
        raise KgError("--max-results must be positive")
    if workers is not None and workers <= 0:
        raise KgError("--workers must be positive")
    location = _store_folder(source)
    runner = QueryRunner(location.path, timeout, max_results,
                         workers or min(8, max(2, os.cpu_count() or 2)), allow_service)
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


@click.command("serve")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Serve an Oxigraph store folder.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path),
              help="Serve a build's output folder or graph file (default: out/graph.trig), "
                   "through the store beside it; any other graph file is loaded first.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the graph.")
@click.option("--port", type=int, default=DEFAULT_PORT, show_default=True)
@click.option("--timeout", type=float, default=30.0, show_default=True,
              help="Seconds before a query is stopped (answered 503).")
@click.option("--max-results", type=int, default=10_000, show_default=True,
              help="Rows or triples per answer; more are cut (header X-Results-Truncated).")
@click.option("--workers", type=int, default=None,
              help="Queries answered at once, one process each [default: cores, 2 to 8].")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (a name this machine "
                   "is reached by); repeatable.")
@click.option("--cors", is_flag=True,
              help="Let web pages of any site query the endpoint (Access-Control-Allow-"
                   "Origin: *); without it, cross-origin requests are refused.")
@click.option("--allow-service", is_flag=True,
              help="Let queries use SERVICE to query other endpoints. Risky: anyone who can "
                   "query kg can then make this machine send requests to hosts it reaches, "
                   "including ones on its private network.")
def serve_command(store_dir: Path | None, graph_path: Path | None, host: str, port: int,
                  timeout: float, max_results: int, workers: int | None,
                  allow_hosts: tuple[str, ...], cors: bool, allow_service: bool) -> None:
    """Answer SPARQL queries over HTTP (SPARQL 1.1 Protocol, read-only).

    GET or POST /sparql with query=...; results as SPARQL JSON (default), XML,
    CSV or TSV, and Turtle or N-Triples for CONSTRUCT and DESCRIBE, chosen by
    the Accept header.  Updates are refused.  A query box is at /.

    \b
    Example:
      kg serve --graph out
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' \\
        http://127.0.0.1:7878/sparql
    """
    if store_dir is not None and graph_path is not None:
        raise KgError("pass either --store or --graph, not both")
    if store_dir is None:
        from kg.built import find_store

        # a graph file kg built is served from the store beside it, loaded already
        store_dir = find_store(graph_path or Path("out") / "graph.trig")
        graph_path = None if store_dir is not None else graph_path or Path("out") / "graph.trig"
    started = time.monotonic()
    source = open_source(store_dir, graph_path)
    server = make_server(source, host, port, timeout, max_results, workers=workers,
                         allow_hosts=allow_hosts, cors=cors, allow_service=allow_service)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.secho(f"kg serve: listening on {host}: anyone who can reach this machine can "
                    "query the graph", fg="yellow", err=True)
    click.echo(f"{server.triples} triples loaded in {time.monotonic() - started:.1f} s; "
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


__all__ = ["KgSparqlServer", "QueryRunner", "choose_type", "looks_like_update", "make_server",
           "open_source", "serve_command"]
