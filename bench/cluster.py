"""A build on this machine against the same build on a Dask cluster on the loopback
address: ``python -m bench.cluster [--articles 2000] [--repeat 3]``.

Generates the corpus (``bench.generate``, seed 11), starts a scheduler and two
one-thread workers on 127.0.0.1 (:func:`loopback_cluster`, which the tests use too),
then builds the corpus from an empty output folder ``--repeat`` times each way
(``kg build corpus --out OUT -j 2 --no-view --graph-files no``, and the same with
``--scheduler``), and prints a Markdown table: the whole build's wall time and the
extraction's (from the start to the build's first stage message), best of the runs.
The cluster is started before the builds, as a real one would be running already.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.generate import corpus_arguments, generated_corpus, workspace
from bench.harness import kg_command

START_SECONDS = 30


@contextmanager
def loopback_cluster(folder: Path, *, workers: int = 2, env: Mapping[str, str] | None = None) -> Iterator[str]:
    """A Dask scheduler and ``workers`` one-thread workers on 127.0.0.1 (random ports,
    no dashboards, logs and scratch space in ``folder``): its address, while the block
    runs; every process is ended afterwards, whatever happened."""
    from distributed import Client

    environment = {**os.environ, **(env or {})}
    processes = [_start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                         "--scheduler-file", str(folder / "scheduler.json")], folder / "scheduler.log", environment)]
    try:
        address = _scheduler_address(folder / "scheduler.json", processes[0])
        for n in range(1, workers + 1):
            processes.append(_start(["worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                                     "--host", "127.0.0.1", "--local-directory", str(folder / f"worker{n}")],
                                    folder / f"worker{n}.log", environment))
        with Client(address, timeout=START_SECONDS, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=START_SECONDS)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


def _start(command: list[str], log: Path, env: Mapping[str, str]) -> subprocess.Popen[bytes]:
    # a session of its own, so that a worker's nanny and its worker end together
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "dask", *command], stdout=out, stderr=subprocess.STDOUT,
                                cwd=log.parent, env=dict(env), start_new_session=True)


def _stop(process: subprocess.Popen[bytes]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=5)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


def _scheduler_address(scheduler_file: Path, scheduler: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and scheduler.poll() is None:
        if scheduler_file.is_file() and scheduler_file.stat().st_size:
            return str(json.loads(scheduler_file.read_text())["address"])
        time.sleep(0.2)
    raise RuntimeError(f"the Dask scheduler did not start; see {scheduler_file.parent / 'scheduler.log'}")


@dataclass(frozen=True)
class Timing:
    seconds: float
    extraction_seconds: float


def timed_build(corpus: Path, out: Path, extra: list[str]) -> Timing:
    """One build from an empty folder: its wall time, and when its extraction ended
    (the first stage message, "analysing ... ...", follows the progress bar)."""
    shutil.rmtree(out, ignore_errors=True)
    started = time.monotonic()
    extracted: float | None = None
    with subprocess.Popen([*kg_command(), "build", str(corpus), "--out", str(out), "--no-view",
                           "--graph-files", "no", *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True) as build:
        assert build.stderr is not None
        for line in build.stderr:
            if extracted is None and line.rstrip().endswith(" ..."):
                extracted = time.monotonic() - started
    seconds = time.monotonic() - started
    if build.returncode != 0:
        raise SystemExit(f"kg build {' '.join(extra)} failed (exit {build.returncode})")
    return Timing(seconds, extracted if extracted is not None else seconds)


def main(argv: list[str] | None = None) -> None:
    parser = corpus_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0]), "builds each way")
    args = parser.parse_args(argv)
    with workspace(args.work, "kg-bench-cluster-") as work:
        corpus = generated_corpus(work, args.articles, args.seed)
        (work / "dask").mkdir(exist_ok=True)
        rows: dict[str, list[Timing]] = {}
        with loopback_cluster(work / "dask") as address:
            ways = {f"local, --jobs {args.jobs}": ["--jobs", str(args.jobs)],
                    "Dask, 2 workers on 127.0.0.1": ["--jobs", str(args.jobs), "--scheduler", address]}
            for run in range(args.repeat):  # the two ways in turn, so that the load falls on both alike
                for way, extra in ways.items():
                    timing = timed_build(corpus, work / "out", extra)
                    rows.setdefault(way, []).append(timing)
                    print(f"run {run + 1} {way}: {timing.seconds:.1f} s (extraction {timing.extraction_seconds:.1f} s)",
                          file=sys.stderr, flush=True)
        print(f"| build of {args.articles:,} articles | best of {args.repeat} s | extraction s | runs s |")
        print("|---|---:|---:|---|")
        for way, timings in rows.items():
            runs = ", ".join(f"{t.seconds:.1f}" for t in timings)
            print(f"| {way} | {min(t.seconds for t in timings):.1f} | "
                  f"{min(t.extraction_seconds for t in timings):.1f} | {runs} |")


if __name__ == "__main__":
    main()
