"""How a build grows with the corpus: ``python -m bench.scale FOLDER... [--repeat 3]``.

Each FOLDER (articles from ``python -m bench.generate N FOLDER --seed 11``) is built
by ``kg build FOLDER --out OUT --jobs 2 --no-view -q`` from an empty output folder,
in its own process tree.  For each build: the wall time (best of ``--repeat``), the
CPU-seconds of all its processes (user and system: unlike the wall time, about the same
on a machine busy with other work), the peak over all processes (the largest sampled sum of PSS over the build and its
workers, every 0.25 s: memory a fork shares is counted once), the triples the report
gives and the size of the store on disk.  A Markdown table goes to standard output.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import workspace
from bench.harness import kg_command
from bench.run import tree_pss_mb

SAMPLE_SECONDS = 0.25


@dataclass
class Build:
    articles: int
    seconds: float
    cpu_seconds: float
    peak_pss_mb: float
    triples: int
    store_mb: float


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / (1 << 20)


def build_once(corpus: Path, out: Path, jobs: int) -> Build:
    """One build from an empty output folder, its process tree sampled as it runs."""
    shutil.rmtree(out, ignore_errors=True)
    # every process of the build is waited for by its parent, so the CPU of the whole
    # tree reaches this process's children's count once the build is reaped
    cpu_before = _children_cpu()
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([*kg_command(), "build", str(corpus), "--out", str(out), "--jobs", str(jobs),
                                 "--no-view"], stdout=subprocess.DEVNULL, stderr=err)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_pss_mb(proc.pid))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.monotonic() - started
        cpu_seconds = _children_cpu() - cpu_before
        err.seek(0)
        log = err.read()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"kg build {corpus} failed:\n{log[-2000:]}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return Build(report["articles"], seconds, cpu_seconds, peak, report["triples"], folder_mb(out / "store"))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="builds of each folder; the fastest is kept")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, help="where the outputs go (default: a temporary folder)")
    args = parser.parse_args(argv)
    print("| articles | seconds (best) | CPU-seconds | peak over all processes MB (PSS) | triples | store MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    with workspace(args.work, "kg-bench-scale-") as work:
        for corpus in args.folders:
            runs = [build_once(corpus, work / f"out-{corpus.name}", args.jobs) for _ in range(args.repeat)]
            best = min(runs, key=lambda b: b.seconds)
            print(f"| {best.articles:,} | {best.seconds:.1f} | {best.cpu_seconds:.0f} | "
                  f"{max(b.peak_pss_mb for b in runs):,.0f} | "
                  f"{best.triples:,} | {best.store_mb:,.0f} |", flush=True)
            each = (f"{b.seconds:.1f} s, {b.cpu_seconds:.0f} CPU-s / {b.peak_pss_mb:.0f} MB" for b in runs)
            print(f"  runs: {', '.join(each)}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
