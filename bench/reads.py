"""Reading after a build, as a user does: ``python -m bench.reads [--articles N]``.

Generates N articles (``bench.generate``, seed 11), builds them once with ``kg build``,
then runs each read command of issue 13's "Done when" several times in its own process
under ``/usr/bin/time -v`` and prints a Markdown table: the best wall time and the
largest peak RSS of the runs, against the targets (3 s and 1 GB at 2,000 articles,
5 s at 10,000).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import corpus_arguments, generated_corpus, workspace
from bench.harness import kg_command

TWO_HOP = ("SELECT ?person ?org ?parent WHERE { ?p a kg:Person ; skos:prefLabel ?person ; kg:holdsPost ?o . "
           "?o skos:prefLabel ?org ; kg:subOrganizationOf ?up . ?up skos:prefLabel ?parent } LIMIT 50")
COMMANDS: dict[str, list[str]] = {
    "kg top --by pagerank --type Person": ["top", "--by", "pagerank", "--type", "Person"],
    "kg query (two hops, LIMIT 50)": ["query", TWO_HOP],
    'kg path "Tỉnh ủy Bắc Ninh" "Bộ Chính trị"': ["path", "Tỉnh ủy Bắc Ninh", "Bộ Chính trị"],
    "kg view": ["view"],
}
TARGET_MB = 1024


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def timed(args: list[str], cwd: Path) -> Run:
    """One process under /usr/bin/time -v: its wall time and peak RSS."""
    done = subprocess.run(["/usr/bin/time", "-v", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert wall is not None and peak is not None, done.stderr[-500:]
    hours, minutes, seconds = (float(g) if g else 0.0 for g in wall.groups())
    return Run(hours * 3600 + minutes * 60 + seconds, int(peak.group(1)) / 1024)


def main(argv: list[str] | None = None) -> None:
    parser = corpus_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0]), "runs of each command")
    args = parser.parse_args(argv)
    with workspace(args.work, "kg-bench-reads-") as work:
        generated_corpus(work, args.articles, args.seed)
        started = time.monotonic()
        build = timed([*kg_command(), "build", "corpus", "--out", "out", "--jobs", str(args.jobs), "-q"], work)
        print(f"build of {args.articles:,} articles: {build.seconds:.1f} s, peak {build.peak_mb:.0f} MB "
              f"(main process; {time.monotonic() - started:.0f} s in all)", file=sys.stderr)
        target_s = 3.0 if args.articles <= 2000 else 5.0
        print(f"| command ({args.articles:,} articles) | best of {args.repeat} s | peak RSS MB | "
              f"≤ {target_s:g} s and ≤ 1 GB |")
        print("|---|---:|---:|---|")
        for name, command in COMMANDS.items():
            runs = [timed([*kg_command(), *command], work) for _ in range(args.repeat)]
            best = min(r.seconds for r in runs)
            peak = max(r.peak_mb for r in runs)
            ok = "yes" if best <= target_s and peak <= TARGET_MB else "no"
            print(f"| `{name}` | {best:.2f} | {peak:.0f} | {ok} |", flush=True)


if __name__ == "__main__":
    main()
