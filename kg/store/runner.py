"""Queries of ``kg serve`` run in worker processes, under a deadline and a row limit.

Each worker holds the store open read-only and answers one query at a time
(:mod:`kg.store.endpoint`).  A query past its time-out is stopped by ending its
worker, which a fresh one replaces: Oxigraph cannot cancel a query in flight, and a
thread left running would hold a core and a slot.  A graph file is first loaded into
a temporary store folder that the workers share.
"""

from __future__ import annotations

import multiprocessing
import queue
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import pyoxigraph as ox

from kg.errors import KgError, StoreError
from kg.namespace import prefix_map
from kg.store.endpoint import Job, Reply, serve_jobs
from kg.store.oxigraph import OxigraphStore, find_store, is_store, load_file

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
    """What ``kg serve`` serves: the store folder ``store_dir``; else the store ``graph``
    stands for (an output folder, or a graph file its build wrote beside the store,
    out/graph.trig by default); else the graph file itself, loaded when the server starts."""
    if store_dir is not None and graph is not None:
        raise KgError("pass either --store or --graph, not both")
    if store_dir is None:
        graph = graph or Path("out") / "graph.trig"
        store_dir = find_store(graph)
        if store_dir is None:
            if not graph.is_file():
                raise KgError(f"{graph}: no such graph file; build one with `kg build DIR --out OUT` "
                              "or pass --store DIR")
            return graph
    if not is_store(store_dir):
        raise KgError(f"{store_dir}: not an Oxigraph store folder; build one with "
                      "`kg build DIR --store STORE` or pass --graph FILE")
    return store_dir


@dataclass
class Location:
    """The store folder the workers open, and whether it is ours to delete at the end."""

    path: Path
    temporary: bool
    triples: int


def store_folder(source: Source) -> Location:
    if isinstance(source, OxigraphStore) and source.path is not None:
        source.flush()
        return Location(Path(source.path), False, len(source.store))
    if isinstance(source, str | Path) and Path(source).is_dir():
        return Location(Path(source), False, len(ox.Store.read_only(str(source))))
    folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    try:
        if isinstance(source, str | Path):
            store = load_file(Path(source), folder).store
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
    return Location(folder, True, triples)


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
    """New workers come from a fork server that has loaded kg.store.endpoint (a replacement
    is ready in a tenth of a second), never by forking the server and its Oxigraph
    threads; where there is no fork server, they start afresh."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kg.store.endpoint"])
        return context
    return multiprocessing.get_context("spawn")


class _Stoppable(Protocol):
    def stop(self) -> None: ...


W = TypeVar("W", bound=_Stoppable)


class ProcessPool(Generic[W]):
    """Processes that answer one query at a time each, taken from a pool and given back;
    one past the time-out is stopped and a fresh one started in the background, so a
    slow query costs its slot for at most the time-out.  Subclasses say how a process
    starts (``_start``, which adds it to ``_all``) and how a query is put to it (``run``)."""

    def __init__(self, location: Path, timeout: float, max_results: int, allow_service: bool) -> None:
        self.location = location
        self.timeout = timeout
        self.max_results = max_results
        self.allow_service = allow_service
        self._idle: queue.Queue[W] = queue.Queue()
        self._all: set[W] = set()
        self._lock = threading.Lock()
        self._closed = False

    def _start(self) -> W:
        raise NotImplementedError

    def _fill(self, workers: int) -> None:
        try:
            for _ in range(workers):
                self._idle.put(self._start())
        except StoreError:
            self.close()
            raise

    def _started(self, worker: W) -> W:
        with self._lock:
            self._all.add(worker)
        return worker

    def _take(self) -> W:
        try:
            return self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                               "the server is busy with other queries; try again shortly") from None

    def _give_back(self, worker: W) -> None:
        self._idle.put(worker)

    def _timed_out(self, worker: W) -> RequestError:
        self._replace(worker)
        return RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                            f"query stopped: it did not finish within {self.timeout:g} s; "
                            "add a LIMIT or narrow the patterns")

    def _lost(self, worker: W, error: BaseException) -> RequestError:
        self._replace(worker)
        return RequestError(HTTPStatus.INTERNAL_SERVER_ERROR,
                            f"the query's worker stopped ({error or 'no answer'}); try again")

    def _replace(self, worker: W) -> None:
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

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


class QueryRunner(ProcessPool[_Worker]):
    """Runs queries on one store folder in kg's worker processes (pyoxigraph), with a
    time-out and a cap; each worker holds the store open read-only."""

    def __init__(self, location: Path, timeout: float, max_results: int,
                 workers: int = 4, allow_service: bool = False) -> None:
        super().__init__(location, timeout, max_results, allow_service)
        self._context = _worker_context()
        self._prefixes = prefix_map()
        self._fill(workers)

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
        return self._started(worker)

    def run(self, job: Job) -> Reply:
        deadline = time.monotonic() + self.timeout
        worker = self._take()
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                reply: Reply = worker.conn.recv()
                self._give_back(worker)
                return reply
        except (EOFError, OSError) as e:
            raise self._lost(worker, e) from e
        raise self._timed_out(worker)
