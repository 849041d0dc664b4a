"""``kg serve`` against Oxigraph's own server on the same store: ``python -m bench.serve``.

Generates N articles (``bench.generate``, seed 11) and builds them once, or takes a
built ``--store``; then serves the same store folder on loopback in turn with

- ``kg serve --engine python`` (Python's http.server, queries in worker processes);
- ``kg serve`` (the same HTTP side in front of a few ``oxigraph serve-read-only``
  processes, one query at a time each, one ended at kg's time-out and replaced);
- ``oxigraph serve-read-only`` (the ``oxigraph`` package's server, Rust), bare: no
  result limit, Host or Origin check, SERVICE refusal or predeclared prefixes of its
  own, a time-out in whole seconds;
- the same Oxigraph server behind a thin front: kg serve's HTTP side (its checks and
  limits) forwarding each query to Oxigraph instead of a worker, passing the answer
  through unless it may hold more rows than the limit (an optimistic front: the
  fastest such a front could be).

Each gets a few warm-up requests, then ``--clients`` client processes (keep-alive
connections, one request at a time each) send the same queries in turn for
``--seconds``.  Prints a Markdown table: requests a second, p50 and p95 latency,
overall and per query, and the requests that failed.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any

from bench.generate import generated_corpus, workspace
from bench.harness import free_port, kg_command, serving_on_a_thread
from kg.namespace import prefix_map
from kg.store.endpoint import Job, Reply
from kg.store.results import JSON, cell_from_oxigraph, write_solutions
from kg.store.runner import RequestError
from kg.store.serve import KgSparqlServer

# Written with their prefixes: Oxigraph's server knows none, kg serve knows kg's.
PREFIXES = "".join(f"PREFIX {name}: <{prefix_map()[name]}> " for name in ("kg", "skos", "rdfs"))
QUERIES: dict[str, str] = {
    "label lookup": 'SELECT ?e WHERE { ?e skos:prefLabel "Tỉnh ủy Bắc Ninh"@vi }',
    "two hops, LIMIT 50": ("SELECT ?person ?org ?parent WHERE { ?p a kg:Person ; skos:prefLabel ?person ; "
                           "kg:holdsPost ?o . ?o skos:prefLabel ?org ; kg:subOrganizationOf ?up . "
                           "?up skos:prefLabel ?parent } LIMIT 50"),
    "top 10 by PageRank": "SELECT ?e ?v WHERE { ?e kg:pageRank ?v } ORDER BY DESC(?v) LIMIT 10",
    "count people": "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Person }",
    "2,000 people with labels": "SELECT ?p ?label WHERE { ?p a kg:Person ; skos:prefLabel ?label } LIMIT 2000",
}
ACCEPT = "application/sparql-results+json"


KG, PY = "kg serve", "kg serve --engine python"
BARE, FRONT = "oxigraph serve-read-only", "oxigraph behind kg's front"
PATHS = {KG: "/sparql", PY: "/sparql", BARE: "/query", FRONT: "/sparql"}
# three joins over every triple: far past any time-out
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?o2 . ?c ?r ?o3 }"


def oxigraph_command() -> str:
    return shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def command(kind: str, store: Path, port: int, timeout: int, kg: list[str]) -> list[str]:
    if kind in (KG, PY):
        return [*kg, "serve", "--store", str(store), "--port", str(port), "--timeout", str(timeout),
                *(["--engine", "python"] if kind == PY else [])]
    return [oxigraph_command(), "serve-read-only", "--location", str(store), "--union-default-graph",
            "--timeout-s", str(timeout), "--bind", f"127.0.0.1:{port}"]


@contextmanager
def serving(kind: str, store: Path, port: int, timeout: int, log: Path, kg: list[str]) -> Iterator[int]:
    """``kind`` serving ``store`` on ``port`` until the block ends (``kg`` the command
    whose server is kg serve); yields the process whose tree evaluates the queries
    (for the front: Oxigraph's)."""
    if kind != FRONT:
        with running(command(kind, store, port, timeout, kg), port, PATHS[kind], log) as pid:
            yield pid
        return
    inner = free_port()
    with running(command(BARE, store, inner, timeout, kg), inner, PATHS[BARE], log) as pid:
        runner: Any = OxigraphRunner(inner, timeout, 10_000)  # in the place of kg's QueryRunner
        with serving_on_a_thread(KgSparqlServer(("127.0.0.1", port), runner, log=False)):
            yield pid


# kg's predeclared prefixes, as a front must write them before a query for Oxigraph
PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefix_map().items())
CANCELLED = b"The SPARQL operation has been cancelled"


class OxigraphRunner:
    """What kg serve's HTTP side would call instead of its workers: each query sent on
    to Oxigraph's server (a kept-alive connection per thread), its answer checked for
    Oxigraph's cancellation and cut to the row limit where it may exceed it."""

    def __init__(self, port: int, timeout: float, max_results: int) -> None:
        self.port, self.timeout, self.max_results = port, timeout, max_results
        self.allow_service = False
        self._local = threading.local()

    def run(self, job: Job) -> Reply:
        form = [("query", PROLOGUE + job.text), *(("default-graph-uri", g) for g in job.default_graphs),
                *(("named-graph-uri", g) for g in job.named_graphs)]
        conn = getattr(self._local, "conn", None) or http.client.HTTPConnection("127.0.0.1", self.port,
                                                                                  timeout=self.timeout)
        self._local.conn = conn
        try:
            conn.request("POST", "/query", urllib.parse.urlencode(form),
                         {"Content-Type": "application/x-www-form-urlencoded", "Accept": job.accept})
            response = conn.getresponse()
            body = response.read()
        except TimeoutError:
            conn.close()
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"query stopped: it did not finish within {self.timeout:g} s") from None
        media = response.headers.get_content_type()
        if response.status != 200:
            return Reply(response.status, body=body)
        if body.endswith(CANCELLED):
            return Reply(503, body=b"query stopped: Oxigraph cancelled it")
        if media == JSON and body.count(b"},{") + 1 > self.max_results:  # more rows at most than that
            return self._cut(body)
        return Reply(200, media, body)

    def _cut(self, body: bytes) -> Reply:
        import pyoxigraph as ox

        solutions = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        assert isinstance(solutions, ox.QuerySolutions)
        variables = [v.value for v in solutions.variables]
        rows = [[cell_from_oxigraph(t) for t in row] for row in itertools.islice(solutions, self.max_results + 1)]
        data = write_solutions(variables, rows[:self.max_results], JSON).encode("utf-8")
        return Reply(200, JSON, data, len(rows) > self.max_results)

    def close(self) -> None:
        pass


@contextmanager
def running(args: list[str], port: int, path: str, log: Path) -> Iterator[int]:
    """The server process started, and answering, until the block ends (then stopped)."""
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not _answers(port, path):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"{args[0]} did not start:\n{log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)
        yield process.pid
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _answers(port: int, path: str) -> bool:
    try:
        return ask(http.client.HTTPConnection("127.0.0.1", port, timeout=5), path, "ASK { ?s ?p ?o }")[0] == 200
    except OSError:
        return False


def ask(conn: http.client.HTTPConnection, path: str, query: str) -> tuple[int, bytes]:
    """One query by POST (a form, as clients send long queries) on a kept-alive connection."""
    body = urllib.parse.urlencode({"query": PREFIXES + query})
    conn.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT})
    response = conn.getresponse()
    return response.status, response.read()


def client(port: int, path: str, start: int, stop_at: float, results: Any) -> None:
    """One client: the queries in turn from the ``start``-th, one at a time, until ``stop_at``."""
    names = list(QUERIES)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    done: list[tuple[str, float, bool]] = []
    i = start
    while time.time() < stop_at:
        name = names[i % len(names)]
        i += 1
        began = time.perf_counter()
        try:
            status, body = ask(conn, path, QUERIES[name])
            # a query Oxigraph cancels is a 200 whose body ends in its message
            ok = status == 200 and body.rstrip().endswith(b"}")
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            ok = False
        done.append((name, time.perf_counter() - began, ok))
    results.put(done)


@dataclass(frozen=True)
class Load:
    seconds: float
    requests: list[tuple[str, float, bool]]


def load(port: int, path: str, clients: int, seconds: float) -> Load:
    """``clients`` processes for ``seconds``: every request's query, latency and success."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    stop_at = time.time() + 2 + seconds  # the clients' start-up is not measured
    workers = [context.Process(target=client, args=(port, path, n, stop_at, results)) for n in range(clients)]
    for worker in workers:
        worker.start()
    requests = [r for _ in workers for r in results.get()]
    for worker in workers:
        worker.join()
    return Load(seconds, requests)


def row(name: str, requests: list[tuple[str, float, bool]], seconds: float) -> str:
    latencies = sorted(t for _, t, ok in requests if ok)
    failed = sum(1 for _, _, ok in requests if not ok)
    if len(latencies) < 2:
        return f"| {name} | {len(requests) / seconds:.1f} | - | - | {failed} |"
    p95 = statistics.quantiles(latencies, n=20)[18]
    return (f"| {name} | {len(latencies) / seconds:.1f} | {statistics.median(latencies) * 1000:.1f} | "
            f"{p95 * 1000:.1f} | {failed} |")


def compare(store: Path, work: Path, clients: int, seconds: float, timeout: int,
            kinds: tuple[str, ...] = (KG, BARE, FRONT), kg: list[str] | None = None) -> None:
    print(f"| server, query ({clients} clients, {seconds:g} s each, loopback) | requests/s | p50 ms | p95 ms "
          "| failed |")
    print("|---|---:|---:|---:|---:|")
    for kind in kinds:
        port = free_port()
        with serving(kind, store, port, timeout, work / f"{kind.split()[0]}.log", kg or kg_command()):
            warm(kind, port)
            measured = load(port, PATHS[kind], clients, seconds)
        print(row(f"**{kind}**, all queries", measured.requests, seconds), flush=True)
        for name in QUERIES:
            print(row(f"{kind}: {name}", [r for r in measured.requests if r[0] == name], seconds), flush=True)


def warm(kind: str, port: int) -> None:
    """Each query twice: the store's caches, the workers; and each must be answered."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for query in QUERIES.values():
        for _ in range(2):
            status, body = ask(conn, PATHS[kind], query)
            if status != 200:
                raise SystemExit(f"{kind}: {status} {body[:300]!r}")
    conn.close()


def tree_cpu_seconds(pid: int) -> float:
    """CPU time used so far by a process and its descendants (Linux /proc)."""
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def busy_for(pid: int, limit: float = 120.0) -> float:
    """Seconds until the process tree stops computing (under 0.05 s of CPU in 0.5 s)."""
    started = time.monotonic()
    before = tree_cpu_seconds(pid)
    while time.monotonic() - started < limit:
        time.sleep(0.5)
        now = tree_cpu_seconds(pid)
        if now - before < 0.05:
            return time.monotonic() - started - 0.5
        before = now
    return limit


def storm(store: Path, work: Path, queries: int, kinds: tuple[str, ...] = (KG, BARE, FRONT),
          kg: list[str] | None = None) -> None:
    """``queries`` slow queries at once, a time-out of 1 s: when they are answered, how,
    how long the server goes on computing after, and how fast it answers a short query then."""
    print(f"\n| server ({queries} slow queries at once, time-out 1 s) | answers | all answered after s | "
          "still computing after that s | a short query then, ms |")
    print("|---|---|---:|---:|---:|")
    for kind in kinds:
        print(_storm_row(kind, store, work, queries, kg or kg_command()), flush=True)


def _storm_row(kind: str, store: Path, work: Path, queries: int, kg: list[str]) -> str:
    port = free_port()
    with serving(kind, store, port, 1, work / f"{kind.split()[0]}-storm.log", kg) as pid:
        warm(kind, port)
        started = time.monotonic()
        with ThreadPoolExecutor(queries) as pool:
            statuses = list(pool.map(_slow, [port] * queries, [PATHS[kind]] * queries))
        answered = time.monotonic() - started
        short = time.perf_counter()
        ask(http.client.HTTPConnection("127.0.0.1", port, timeout=120), PATHS[kind], QUERIES["label lookup"])
        short_ms = (time.perf_counter() - short) * 1000
        busy = busy_for(pid)
    counts = ", ".join(f"{statuses.count(s)} × {s or 'cancelled in a 200'}" for s in sorted(set(statuses)))
    return f"| {kind} | {counts} | {answered:.1f} | {busy:.1f} | {short_ms:.0f} |"


def _slow(port: int, path: str) -> int:
    """The slow query's status (0 for a 200 whose body ends in Oxigraph's cancellation)."""
    status, body = ask(http.client.HTTPConnection("127.0.0.1", port, timeout=300), path, SLOW)
    return 0 if status == 200 and body.endswith(CANCELLED) else status


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--store", type=Path, help="a built store to serve (default: build the articles)")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--timeout", type=int, default=30, help="each server's query time-out, seconds")
    parser.add_argument("--kg", help="the kg command whose server to measure (default: this environment's), "
                                     "e.g. another checkout's .venv/bin/kg")
    parser.add_argument("--servers", default="python,kg,oxigraph",
                        help="which to measure, in this order: python (kg serve --engine python), kg "
                             "(kg serve: Oxigraph's server behind kg's front), oxigraph (bare), front "
                             "(the optimistic front of 2 December)")
    parser.add_argument("--slow", type=int, default=10, help="slow queries sent at once (0: none)")
    parser.add_argument("--work", type=Path, help="scratch folder, kept (default: a temporary one, removed)")
    args = parser.parse_args(argv)
    with workspace(args.work, "kg-bench-serve-") as work:
        work.mkdir(parents=True, exist_ok=True)
        store = args.store
        if store is None:
            generated_corpus(work, args.articles, args.seed)
            subprocess.run([*kg_command(), "build", "corpus", "--out", "out", "-q"], cwd=work, check=True)
            store = work / "out" / "store"
        kinds = tuple({"kg": KG, "python": PY, "oxigraph": BARE, "front": FRONT}[k]
                      for k in args.servers.split(","))
        kg = args.kg.split() if args.kg else None
        compare(store.resolve(), work, args.clients, args.seconds, args.timeout, kinds, kg)
        if args.slow:
            storm(store.resolve(), work, args.slow, kinds, kg)


if __name__ == "__main__":
    main()
