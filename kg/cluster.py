"""A build's per-article work on a Dask distributed cluster (``kg build --scheduler``).

The client (the machine running ``kg build``) connects to a running scheduler, checks
that its workers run the same kg with the same extraction rules (else their output
would differ from a local build's without a word), and sends batches of work through
:func:`kg.workers.in_order`.  Workers may be on other machines: what they need travels
with the task (the build sends each article's bytes, not its path).

Failures end the build with a message, never a hang: see :mod:`kg.workers`.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import KgError
from kg.workers import (
    BATCHES_IN_FLIGHT_PER_WORKER,
    CONNECT_SECONDS,
    NO_WORKER_SECONDS,
    Args,
    Lost,
    batch_size,
    in_order,
    run_batch,
    wait_for,
)

if TYPE_CHECKING:
    from distributed import Client, Future

R = TypeVar("R")


def kg_fingerprint() -> tuple[str, str]:
    """This installation's kg version and extraction rules: a worker must match the client's."""
    from kg.pipeline import rules_version

    try:
        installed = version("vnkg")
    except PackageNotFoundError:
        installed = "not installed"
    return installed, rules_version()


def connect(scheduler: str) -> Client:
    """A client of the Dask scheduler at ``scheduler`` with at least one worker, whose
    workers all run this kg; else a ``KgError`` that says what to do."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--scheduler needs Dask on this machine and on the workers: "
                      "pip install 'vnkg[cluster]'") from None
    try:
        _reachable(scheduler)
        client = Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({_first_line(e)}); start one with "
                      f"`dask scheduler` and workers with `dask worker {scheduler}`, or build without "
                      "--scheduler") from None
    try:
        client.wait_for_workers(1, timeout=NO_WORKER_SECONDS)
        _check_workers(client, scheduler)
    except BaseException as e:
        client.close()
        if isinstance(e, TimeoutError):
            raise KgError(f"the Dask scheduler at {scheduler} has no worker after {NO_WORKER_SECONDS} s; "
                          f"start some with `dask worker {scheduler}`") from None
        raise
    return client


def _reachable(scheduler: str) -> None:
    """Fail at once on a refused connection (Dask itself tries again until its timeout)."""
    host, _, port = scheduler.partition("://")[2].rpartition(":")
    if host and port.isdigit():
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_SECONDS).close()


def _check_workers(client: Client, scheduler: str) -> None:
    ours = kg_fingerprint()
    try:
        theirs: dict[str, Any] = client.run(kg_fingerprint)
    except Exception as e:  # the function cannot even be loaded there: no kg, or another one
        raise KgError(f"the Dask workers of {scheduler} cannot run kg ({_first_line(e)}); install "
                      f"kg {ours[0]} on each worker machine (pip install 'vnkg[cluster]')") from None
    odd = sorted(address for address, fingerprint in theirs.items() if tuple(fingerprint) != ours)
    if odd:
        raise KgError(f"{len(odd)} Dask worker(s) of {scheduler} run another kg or other extraction "
                      f"rules than this machine (kg {ours[0]}, rules {ours[1]}), first {odd[0]}: "
                      "install the same kg on every worker and start them again")


def _first_line(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0]


def map_on_cluster(
    work: Callable[..., R], items: Iterable[Args], *, count: int, scheduler: str,
    if_lost: Lost[R] | None = None,
) -> Iterator[R]:
    """``work(*args)`` for each item on the cluster at ``scheduler``, in the items' order."""
    client = connect(scheduler)
    with _quiet_dask():
        try:
            workers = max(1, sum(client.nthreads().values()))

            def submit(batch: list[Args]) -> Future:
                return client.submit(run_batch, work, batch, pure=False)

            def collect(future: Any, batch: list[Args]) -> list[R]:
                return _collect(client, scheduler, future, batch, work, if_lost)

            yield from in_order(submit, items, size=batch_size(count, workers),
                                window=workers * BATCHES_IN_FLIGHT_PER_WORKER, collect=collect)
        finally:
            client.close()


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask's client logs what goes wrong (a lost scheduler's reconnection tries, with
    tracebacks) as it happens; the build reports it itself, in one line."""
    # Dask sets levels on some of its loggers (distributed.client) of their own
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
               if name == "distributed" or name.startswith("distributed.")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    # restored only after a build that went well: after a failure the client's own
    # thread may still be closing it, and would log that too
    yield
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


def _collect(client: Client, scheduler: str, future: Future, batch: list[Args],
             work: Callable[..., R], if_lost: Lost[R] | None) -> list[R]:
    """A batch's results; a batch that killed its workers is run again item by item, so
    that only the item that kills workers is lost (and reported through ``if_lost``)."""
    from distributed import KilledWorker

    try:
        return _await(client, scheduler, future)
    except KilledWorker as e:
        if if_lost is None:
            raise KgError(f"a Dask worker of {scheduler} died on every try of a task: {e}") from None
        if len(batch) == 1:
            return [if_lost(batch[0], e)]
    results: list[R] = []
    for args in batch:
        try:
            results.extend(_await(client, scheduler, client.submit(run_batch, work, [args], pure=False)))
        except KilledWorker as e:
            results.append(if_lost(args, e))
    return results


def _await(client: Client, scheduler: str, future: Future) -> Any:
    from concurrent.futures import CancelledError  # Dask's FutureCancelledError is one

    def has_workers() -> bool:
        return bool(client.scheduler_info().get("workers"))

    try:
        return wait_for(future, alive=has_workers,
                        gone=f"every Dask worker of {scheduler} has been gone for {NO_WORKER_SECONDS} s; "
                             f"start workers with `dask worker {scheduler}` and build again")
    except (CancelledError, OSError) as e:
        reason = "the connection was lost" if isinstance(e, CancelledError) else _first_line(e)
        raise KgError(f"lost the Dask scheduler at {scheduler} during the build ({reason}); "
                      "start it and its workers again and build again (finished outputs are kept)") from None
