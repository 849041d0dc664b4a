"""Where a build's per-article work runs: in this process, in a local process pool, or
on a Dask distributed cluster (``kg build --scheduler tcp://HOST:PORT``).

:func:`map_in_order` is the one seam: it calls a top-level function on each item's
arguments and yields the results in the items' order, as they complete in order.  It
knows nothing of what the function does or returns, so the build's worker can change
without it.  Items are sent in batches and only a window of batches is in flight at a
time, so 100,000 articles never become 100,000 futures (or results) at once.

Dask is optional (``pip install 'vnkg[cluster]'``) and imported only for a cluster.
A cluster build never hangs: an unreachable scheduler, a scheduler lost mid-build or a
cluster left without workers end the build with a :class:`~kg.errors.KgError` that says
what to do; a batch whose worker died is run again by Dask on another worker (Dask's
``allowed-failures``), and an item that keeps killing workers comes back through
``if_lost``, for the caller to report it (the build reports the article skipped).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, Protocol, TypeVar

from kg.errors import KgError

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
Args = tuple[Any, ...]
Lost = Callable[[Args, BaseException], R]

BATCHES_IN_FLIGHT_PER_WORKER = 4
CONNECT_SECONDS = 10  # to reach the scheduler
NO_WORKER_SECONDS = 60  # a cluster without any worker for this long is given up
POLL_SECONDS = 2.0


class _Result(Protocol[R_co]):  # a concurrent.futures or a Dask future
    def result(self, timeout: float | None = None) -> R_co: ...


def run_batch(work: Callable[..., R], batch: list[Args]) -> list[R]:
    """``work`` on each arguments of a batch: the task a worker runs."""
    return [work(*args) for args in batch]


def batch_size(count: int, workers: int) -> int:
    """Items per task: enough to pay for a task's round trip, few enough that every
    worker gets several batches (the same as the local pool's chunks so far)."""
    return max(1, min(64, count // (workers * 8)))


def map_in_order(
    work: Callable[..., R], items: Iterable[Args], *, count: int, jobs: int = 1,
    scheduler: str | None = None, if_lost: Lost[R] | None = None,
    initializer: Callable[[], None] | None = None,
) -> Iterator[R]:
    """``work(*args)`` for each of ``count`` ``items``, yielded in their order.

    ``work`` and its arguments must pickle (a top-level function of plain data).  With
    a ``scheduler`` address the work runs on that Dask cluster, whose workers must have
    the same kg installed, and ``if_lost(args, error)`` stands for the result of an item
    whose workers kept dying on it (without it, that ends the map with a ``KgError``);
    else in ``jobs`` local processes (each started with ``initializer``), or here when
    ``jobs`` is 1.
    """
    if scheduler is not None:
        from kg.cluster import map_on_cluster  # Dask only when asked for

        yield from map_on_cluster(work, items, count=count, scheduler=scheduler, if_lost=if_lost)
    elif jobs > 1 and count > 1:
        with ProcessPoolExecutor(max_workers=jobs, initializer=initializer) as pool:
            def submit(batch: list[Args]) -> Future[list[R]]:
                return pool.submit(run_batch, work, batch)

            try:
                yield from in_order(submit, items, size=batch_size(count, jobs),
                                    window=jobs * BATCHES_IN_FLIGHT_PER_WORKER)
            finally:
                pool.shutdown(cancel_futures=True)
    else:
        for args in items:
            yield work(*args)


def in_order(
    submit: Callable[[list[Args]], _Result[list[R]]], items: Iterable[Args], *, size: int, window: int,
    collect: Callable[[_Result[list[R]], list[Args]], list[R]] | None = None,
) -> Iterator[R]:
    """Batches of ``size`` items submitted ``window`` at a time, their results yielded
    in order: the oldest batch is awaited (by ``collect``, else its ``result()``) while
    the others run, and each batch collected makes room for the next."""
    pending: deque[tuple[_Result[list[R]], list[Args]]] = deque()
    source = iter(items)

    def fill() -> None:
        while len(pending) < window and (batch := list(islice(source, size))):
            pending.append((submit(batch), batch))

    fill()
    while pending:
        future, batch = pending.popleft()
        results = collect(future, batch) if collect else future.result()
        fill()
        yield from results


def wait_for(future: _Result[R], *, alive: Callable[[], bool], patience: float = NO_WORKER_SECONDS,
             gone: str = "") -> R:
    """A future's result, checking every few seconds that it can still come: ``alive()``
    false for ``patience`` seconds in a row raises ``KgError(gone)`` instead of
    waiting for ever."""
    dead_since: float | None = None
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except TimeoutError:
            if alive():
                dead_since = None
            elif dead_since is None:
                dead_since = time.monotonic()
            elif time.monotonic() - dead_since > patience:
                raise KgError(gone) from None
