"""kg serve's queries answered by Oxigraph's own SPARQL server (issue 13, item 4).

The ``oxigraph`` package installs Oxigraph's server, a Rust program; ``kg serve`` keeps
its own HTTP side in front of it (the Host and Origin checks, the body limit, no
updates, no SERVICE, the query page) and hands each query to one of a few
``oxigraph serve-read-only`` processes on loopback ports, one query at a time each, as
it did to its Python workers.  What Oxigraph's server does not promise, the front
keeps: a query past kg's time-out ends with its process (Oxigraph's own time-out takes
whole seconds and lets a cancelled query compute on for many more), which is replaced
in the background; an answer of more rows than the limit is cut and written again by
kg's writers.  Answers within the limit in JSON, the format most clients ask for, pass
as Oxigraph wrote them.
"""

from __future__ import annotations

import http.client
import itertools
import json
import math
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.namespace import prefix_map
from kg.store.endpoint import GRAPH_TYPES, Job, Reply, choose_type
from kg.store.results import JSON, SOLUTION_TYPES, cell_from_oxigraph, write_boolean, write_solutions
from kg.store.runner import ProcessPool

# kg's predeclared prefixes, on one line before the query: Oxigraph's server has none
_PROLOGUE = " ".join(f"PREFIX {p}: <{ns}>" for p, ns in prefix_map().items()) + "\n"
_ERROR_AT = re.compile(r"error at (\d+):")  # "error at 2:10: expected …", counted with the prologue
_CANCELLED = b"The SPARQL operation has been cancelled"
_ACCEPT = f"{JSON}, application/n-triples;q=0.9"
_START_SECONDS = 60


def oxigraph_program() -> str | None:
    """Oxigraph's server beside this Python (the ``oxigraph`` package), or on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _whole(body: bytes) -> bool:
    """Whether a SPARQL JSON answer is complete (Oxigraph writes it compact)."""
    if body.endswith(b"]}}"):
        return True
    try:
        json.loads(body)
    except ValueError:
        return False
    return True


def _last_words(body: bytes) -> bytes:
    """What a broken-off answer ends with: the server's reason, after the last row."""
    tail = body[-300:]
    for mark in (b"}}", b"[", b" .\n"):
        if mark in tail:
            tail = tail.rsplit(mark, 1)[1]
            break
    return tail.strip() or b"no reason given"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass(eq=False)  # a server is itself, not its fields: kept in a set
class _Server:
    process: subprocess.Popen[bytes]
    port: int
    conn: http.client.HTTPConnection

    def stop(self) -> None:
        self.conn.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)


class OxigraphServers(ProcessPool[_Server]):
    """Queries on one store folder, each answered by one of ``workers`` Oxigraph servers."""

    def __init__(self, location: Path, timeout: float, max_results: int,
                 workers: int = 4, allow_service: bool = False, program: str | None = None) -> None:
        super().__init__(location, timeout, max_results, allow_service)
        found = program or oxigraph_program()
        if found is None:
            raise StoreError("Oxigraph's server is not installed (pip install oxigraph); "
                             "or serve with --engine python")
        self.program: str = found
        self._fill(workers)

    def _start(self) -> _Server:
        port = _free_port()
        process = subprocess.Popen(
            [self.program, "serve-read-only", "--location", str(self.location), "--union-default-graph",
             # a backstop: kg's own time-out, shorter, ends the process
             "--timeout-s", str(math.ceil(self.timeout) + 1), "--bind", f"127.0.0.1:{port}"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        server = _Server(process, port, http.client.HTTPConnection("127.0.0.1", port))
        ready = time.monotonic() + _START_SECONDS
        while True:  # until it listens, so that its first query gets the whole time-out
            if process.poll() is not None:
                said = process.stderr.read().decode("utf-8", "replace").strip() if process.stderr else ""
                raise StoreError(f"Oxigraph's server did not start on {self.location}: "
                                 f"{said.splitlines()[-1] if said else process.returncode}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > ready:
                    server.stop()
                    raise StoreError(f"Oxigraph's server did not answer in {_START_SECONDS} s") from None
                time.sleep(0.02)
        return self._started(server)

    def run(self, job: Job) -> Reply:
        deadline = time.monotonic() + self.timeout
        server = self._take()
        form = [("query", _PROLOGUE + job.text), *(("default-graph-uri", g) for g in job.default_graphs),
                *(("named-graph-uri", g) for g in job.named_graphs)]
        try:
            try:
                response, body = self._ask(server, form, deadline)
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                if server.process.poll() is not None:
                    raise
                # the server closed a kept-alive connection while it was idle: ask again anew
                server.conn.close()
                response, body = self._ask(server, form, deadline)
        except TimeoutError:
            raise self._timed_out(server) from None
        except (OSError, http.client.HTTPException) as e:
            raise self._lost(server, e) from e
        self._give_back(server)
        return self._reply(job, response.status, response.headers.get_content_type(), body)

    @staticmethod
    def _ask(server: _Server, form: list[tuple[str, str]],
             deadline: float) -> tuple[http.client.HTTPResponse, bytes]:
        server.conn.timeout = max(0.001, deadline - time.monotonic())
        if server.conn.sock is not None:
            server.conn.sock.settimeout(server.conn.timeout)
        server.conn.request("POST", "/query", urllib.parse.urlencode(form),
                            {"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT})
        response = server.conn.getresponse()
        return response, response.read()

    def _reply(self, job: Job, status: int, media: str, body: bytes) -> Reply:
        if status == HTTPStatus.BAD_REQUEST:
            message = _ERROR_AT.sub(lambda m: f"error at {int(m[1]) - 1}:", body.decode("utf-8", "replace"))
            return Reply(status, body=f"SPARQL syntax error: {message}".encode())
        if status != HTTPStatus.OK:
            return Reply(status, body=body)
        if media == JSON and not _whole(body) or body.endswith(_CANCELLED):
            # Oxigraph's server has sent 200 and the answer's start when a query fails on
            # the way (cancelled, a SERVICE that failed): it writes why after what it wrote
            if body.endswith(_CANCELLED):
                return Reply(HTTPStatus.SERVICE_UNAVAILABLE,
                             body=f"query stopped: it did not finish within {self.timeout:g} s".encode())
            return Reply(HTTPStatus.BAD_GATEWAY, body=b"the query failed: " + _last_words(body))
        if media == JSON:
            wanted = choose_type(job.accept, SOLUTION_TYPES, job.explicit_format)
            # rows are written "},{" apart: no more rows than that (a literal may hold it too)
            if wanted == JSON and body.count(b"},{") < self.max_results:
                return Reply(HTTPStatus.OK, JSON, body)
            return self._solutions(body, wanted)
        return self._triples(job, body)

    def _solutions(self, body: bytes, media: str) -> Reply:
        result = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        if isinstance(result, ox.QueryBoolean):
            return Reply(HTTPStatus.OK, media, write_boolean(bool(result), media).encode("utf-8"))
        variables = [v.value for v in result.variables]
        rows = [[cell_from_oxigraph(t) for t in row] for row in itertools.islice(result, self.max_results + 1)]
        data = write_solutions(variables, rows[:self.max_results], media).encode("utf-8")
        return Reply(HTTPStatus.OK, media, data, len(rows) > self.max_results)

    def _triples(self, job: Job, body: bytes) -> Reply:
        try:
            triples = list(itertools.islice(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), self.max_results + 1))
        except SyntaxError:  # the answer broken off, why written after it
            return Reply(HTTPStatus.BAD_GATEWAY, body=b"the query failed: " + _last_words(body))
        media = choose_type(job.accept, tuple(GRAPH_TYPES), job.explicit_format)
        prefixes = prefix_map()
        data = ox.serialize([t.triple if isinstance(t, ox.Quad) else t for t in triples[:self.max_results]],
                            format=GRAPH_TYPES[media], prefixes=prefixes if media == "text/turtle" else None)
        return Reply(HTTPStatus.OK, media, data or b"", len(triples) > self.max_results)
