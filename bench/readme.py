"""The README's numbers, from the code as it is: ``python -m bench.readme`` rewrites them.

Two blocks of README.md are generated, each between ``<!-- generated: NAME -->`` and
``<!-- /generated: NAME -->``: ``session``, the example session (part of what ``make run``
prints, then ``kg path`` and ``kg eval``), and ``scores``, the written test sets' scores.
``tests/test_readme.py`` fails when the README's blocks differ from what this module
makes of a build of data/; run ``python -m bench.readme`` and commit the README.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterable
from functools import cache, reduce
from pathlib import Path

from bench.harness import kg_in_process
from kg.evaluate import Counts, EvalReport, article_annotations, format_report, load_gold_dir, score
from kg.model import ENTITY_TYPES, PREDICATES
from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DATA = ROOT / "data"
QUERIES = ROOT / "ontology" / "queries"

# The excerpt of each query's table the session shows: the query and its first rows.
QUERY_ROWS = {"documents-issuers-implementers.rq": 5, "officials-and-posts.rq": 4}
PATH_ENDS = ("Nguyễn Đức Hiện", "Bộ Chính trị")
EVIDENCE_CHARS = 80
# Sets beside data/ whose current scores the README gives: folder, how it is described.
WRITTEN_SETS = (("realistic", "invented articles in the published manner"),)

_BLOCK = re.compile(
    r"(?P<open><!-- generated: (?P<name>[a-z]+) -->\n)(?P<body>.*?)(?P<close><!-- /generated: (?P=name) -->)",
    re.S,
)


def _kg(*args: str) -> str:
    """What ``kg ARGS`` prints on standard output, run in this process."""
    result = kg_in_process(*args)
    if result.exit_code != 0:
        raise RuntimeError(f"kg {' '.join(args)} exited with {result.exit_code}:\n{result.output}")
    return result.stdout


def _excerpt(table: str, rows: int) -> list[str]:
    """A query's table cut to its header, its rule and its first ``rows`` rows."""
    return [*table.splitlines()[: 2 + rows], "..."]


def _short_path(text: str) -> list[str]:
    """Each hop with its evidence cut short, and a repeat of the hop before as “…”."""
    lines, previous = [], None
    for line in text.splitlines():
        hop, _, evidence = line.partition(" — “")
        evidence = evidence.removesuffix("”")
        if evidence == previous:
            shown = "…"
        elif len(evidence) > EVIDENCE_CHARS:
            shown = evidence[:EVIDENCE_CHARS].rsplit(" ", 1)[0] + " …"
        else:
            shown = evidence
        previous = evidence
        lines.append(f"{hop} — “{shown}”" if evidence else hop)
    return lines


def session() -> str:
    """The example session: ``make run`` in part, a path, the corpus's scores."""
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        lines = ["$ make run", ".venv/bin/kg build data/ --out out"]
        lines += _kg("build", str(DATA), "--out", "out").splitlines()
        for name, rows in QUERY_ROWS.items():
            table = _kg("query", str(QUERIES / name), "--graph", "out/graph.trig", "--limit", "15")
            lines += ["", f"== ontology/queries/{name}", *_excerpt(table, rows)]
        source, target = PATH_ENDS
        lines += ["", f'$ .venv/bin/kg path "{source}" "{target}" --lang en']
        lines += _short_path(_kg("path", source, target, "--graph", "out/graph.trig", "--lang", "en"))
        # What kg eval prints, from the build the score table also reads.
        lines += ["", "$ .venv/bin/kg eval data/ | tail -2"]
        lines += format_report(evaluate(DATA)).splitlines()[-2:]
    return "```console\n" + "\n".join(lines) + "\n```\n"


@cache
def evaluate(directory: Path) -> EvalReport:
    return score(article_annotations(build([directory]).kb), load_gold_dir(directory))


def _scores(c: Counts) -> str:
    return f"{c.precision:.3f} / {c.recall:.3f} / {c.f1:.3f}"


def _row(name: str, entities: Counts, relations: Counts) -> str:
    return f"| {name} | {_scores(entities)} | {_scores(relations)} |"


def _total(counts: Iterable[Counts]) -> Counts:
    return reduce(Counts.__add__, counts, Counts())


def _articles(n: int) -> str:
    return f"{n} article" + ("" if n == 1 else "s")


def score_table() -> str:
    """The written sets' scores now, and the corpus's per type and predicate."""
    corpus = evaluate(DATA)
    seed_names = set(load_gold_dir(DATA / "seed"))
    seed = [f for f in corpus.files if f.article in seed_names]
    lines = [
        "| set | entities P / R / F1 | relations P / R / F1 |",
        "| --- | --- | --- |",
        _row(f"seed ({_articles(len(seed))}, `data/seed/`)",
             _total(f.entities for f in seed), _total(f.relations for f in seed)),
        _row(f"seed + dev ({_articles(len(corpus.files))}, `data/`)", corpus.entities, corpus.relations),
    ]
    for folder, described in WRITTEN_SETS:
        report = evaluate(ROOT / "tests" / folder)
        lines.append(_row(f"{folder} ({len(report.files)} {described}, `tests/{folder}/`)",
                          report.entities, report.relations))
    per_type = ", ".join(f"{t} {corpus.per_type[t].f1:.3f}" for t in ENTITY_TYPES if t in corpus.per_type)
    per_predicate = ", ".join(
        f"{p} {corpus.per_predicate[p].f1:.3f}" for p in PREDICATES if p in corpus.per_predicate)
    lines += ["", *textwrap.wrap(f"Per type and predicate on seed + dev (F1): {per_type}; {per_predicate}.", 88)]
    return "\n".join(lines) + "\n"


GENERATORS: dict[str, Callable[[], str]] = {"session": session, "scores": score_table}


def blocks(readme: str) -> dict[str, str]:
    """The README's generated blocks, by name, as they stand."""
    return {m["name"]: m["body"] for m in _BLOCK.finditer(readme)}


def rewrite(readme: str, generated: dict[str, str]) -> str:
    """The README with each generated block replaced by its new text."""
    def replace(m: re.Match[str]) -> str:
        return m["open"] + generated.get(m["name"], m["body"]) + m["close"]
    return _BLOCK.sub(replace, readme)


def generate() -> dict[str, str]:
    return {name: make() for name, make in GENERATORS.items()}


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.readme", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="Only say whether README.md is current.")
    args = parser.parse_args(argv)
    before = README.read_text(encoding="utf-8")
    missing = set(GENERATORS) - set(blocks(before))
    if missing:
        print(f"README.md lacks the blocks {sorted(missing)}: add <!-- generated: NAME --> "
              "and <!-- /generated: NAME --> lines around each", file=sys.stderr)
        return 1
    after = rewrite(before, generate())
    if after == before:
        print("README.md is current")
        return 0
    if args.check:
        print("README.md differs from the code: run python -m bench.readme", file=sys.stderr)
        return 1
    README.write_text(after, encoding="utf-8")
    print("README.md rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(run())
