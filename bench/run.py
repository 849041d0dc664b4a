"""Benchmarks, side by side in one run: ``python -m bench.run [--quick]``.

(a) extraction throughput and peak memory: kg's extractors against underthesea's
    NER over the same generated text, each in its own process;
(b) full builds (``kg.outputs.build_outputs``, 2 jobs) of generated corpora, each in
    its own process under a wall-clock and an address-space cap;
(c) SPARQL latency on a graph of about a million triples: rdflib in memory against
    Oxigraph, through the same ``kg.store.query.run_query``.

Writes bench/RESULTS.md (``--out``) with the machine, the tables and the targets.
Every measurement runs in a child process (``--child ...``) so that peak memory is
the measured work's own and a run past its cap can be killed without harm.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

# Targets the project set itself.
TARGET_MB_PER_S_PER_CORE = 1.0
TARGET_BUILD_SECONDS = 120.0
TARGET_BUILD_ARTICLES = 10_000
TARGET_BUILD_PEAK_MB = 2048.0
TARGET_SPEEDUP = 10.0


@dataclass(frozen=True)
class Sizes:
    extract_articles: int
    builds: tuple[int, ...]
    query_articles: int
    build_timeout: float
    build_memory_cap_mb: int
    query_timeout: float
    ox_repeats: int
    rdflib_repeats: int
    profile_articles: int


# About 1.1 thousand quads per generated article (Nov 2026): 900 articles give ~1M.
FULL = Sizes(200, (1_000, 10_000), 900, 900.0, 12_288, 300.0, 5, 3, 150)
QUICK = Sizes(10, (20, 50), 20, 300.0, 8_192, 60.0, 2, 1, 5)

QUERIES: dict[str, tuple[str, str]] = {
    "two-hop join + FILTER": (
        "people holding a post in a provincial party committee",
        """SELECT ?person ?org WHERE {
  ?p a kg:Person ; skos:prefLabel ?person ; kg:holdsPost ?o .
  ?o a kg:PartyCommittee ; skos:prefLabel ?org .
  FILTER (STRSTARTS(STR(?org), "Tỉnh ủy"))
}""",
    ),
    "property path": (
        "every organisation with the committees above it (subOrganizationOf+)",
        """SELECT ?org ?above WHERE {
  ?o kg:subOrganizationOf+ ?a .
  ?o skos:prefLabel ?org . ?a skos:prefLabel ?above .
}""",
    ),
    "aggregate COUNT GROUP BY": (
        "models of practice by the number of units practising them",
        """SELECT ?model (COUNT(DISTINCT ?u) AS ?units) WHERE {
  ?u kg:practices ?m . ?m skos:prefLabel ?model .
} GROUP BY ?model ORDER BY DESC(?units) ?model""",
    ),
    "lookup": (
        "everything said about one person, found by label",
        """SELECT ?p ?predicate ?value WHERE {
  ?p skos:prefLabel "__LABEL__"@vi ; ?predicate ?value .
}""",
    ),
    "evidence join": (
        "posts with the sentence stating them (statement -> evidence)",
        """SELECT ?person ?org ?sentence WHERE {
  ?s rdf:predicate kg:holdsPost ; rdf:subject ?p ; rdf:object ?o ; kg:evidence ?e .
  ?p skos:prefLabel ?person . ?o skos:prefLabel ?org .
  ?e oa:exact ?sentence .
} LIMIT 1000""",
    ),
}


# ---------------------------------------------------------------------------
# Children: each prints one JSON object per line on stdout
# ---------------------------------------------------------------------------


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def _emit(obj: dict[str, Any]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def _articles(folder: Path) -> list[Any]:
    from kg.ingest import read_article

    return [read_article(p) for p in sorted(folder.glob("*.txt"))]


def child_extract_kg(folder: Path) -> None:
    from kg.extract import extract

    articles = _articles(folder)
    extract(articles[0])  # lexicons and compiled patterns load on first use
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    passes = []
    mentions = 0
    # A short pass is easily disturbed by other work on the machine: take the median of 3.
    for _ in range(3):
        started = time.perf_counter()
        mentions = 0
        for article in articles:
            mentions += len(extract(article).mentions)
        passes.append(time.perf_counter() - started)
    _emit({"articles": len(articles), "bytes": size, "seconds": statistics.median(passes),
           "passes": len(passes), "peak_mb": _peak_mb(), "found": mentions})


def child_extract_underthesea(folder: Path) -> None:
    try:
        from underthesea import ner
    except Exception as e:  # noqa: BLE001 - any failure means it cannot be compared
        _emit({"error": f"not installed ({type(e).__name__}: {e})"})
        return
    articles = _articles(folder)
    paragraphs = [[line for line in a.text.splitlines() if line.strip()] for a in articles]
    ner(paragraphs[0][0])  # loads the model
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    started = time.perf_counter()
    entities = 0
    for article in paragraphs:
        for line in article:
            entities += sum(1 for token in ner(line) if token[-1].startswith("B-"))
    seconds = time.perf_counter() - started
    _emit({"articles": len(articles), "bytes": size, "seconds": seconds,
           "peak_mb": _peak_mb(), "found": entities})


def child_build(folder: Path, out: Path, jobs: int, progress_file: Path) -> None:
    from kg.outputs import build_outputs

    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 1 or done == total:
            last[0] = now
            progress_file.write_text(f"{done} {total} {now - started:.1f}\n")

    report = build_outputs([folder], out, jobs=jobs, view=False, progress=progress)
    seconds = time.perf_counter() - started
    _emit({"articles": report.articles, "skipped": len(report.skipped),
           "triples": report.triples, "seconds": seconds, "peak_mb": _peak_mb(),
           "worker_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN)})


def child_query(engine: str, graph: Path, names: Sequence[str], timeout: float,
                repeats: int, label: str) -> None:
    from kg.errors import QueryError
    from kg.store.graphfiles import load_dataset
    from kg.store.oxigraph import OxigraphStore
    from kg.store.query import run_query

    started = time.perf_counter()
    source: Any
    if engine == "rdflib":
        source = load_dataset(graph)
        triples = len(source)
    else:
        import pyoxigraph as ox

        source = OxigraphStore(Path(tempfile.mkdtemp(prefix="kg-bench-ox-")))
        source.store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
        triples = len(source)
    _emit({"loaded": time.perf_counter() - started, "triples": triples,
           "peak_mb": _peak_mb()})
    for name in names:
        text = QUERIES[name][1].replace("__LABEL__", label)
        times: list[float] = []
        rows = 0
        try:
            for i in range(repeats + 1):
                t0 = time.perf_counter()
                result = run_query(source, text, timeout=timeout)
                elapsed = time.perf_counter() - t0
                rows = len(result.rows)
                if i == 0 and engine == "oxigraph":
                    continue  # a warm-up: the first run pays for caches
                times.append(elapsed)
                if engine == "rdflib" and elapsed > 20:
                    break  # slow enough that one run is a fair measure
        except QueryError as e:
            _emit({"query": name, "error": str(e)})
            os._exit(3)  # the abandoned query thread would skew what follows
        _emit({"query": name, "median": statistics.median(times), "runs": len(times),
               "rows": rows})


# ---------------------------------------------------------------------------
# The parent: runs children, keeps their numbers
# ---------------------------------------------------------------------------


@dataclass
class ChildRun:
    lines: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    returncode: int | None = None
    killed: str | None = None
    peak_mb: float = 0.0  # high-water mark of the child's own RSS, read from /proc
    tree_pss_mb: float = 0.0  # largest sampled sum of PSS over the child and its workers
    stderr: str = ""


def _vm_hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process and all its descendants: memory shared by a
    fork is counted once, split among the processes sharing it."""
    total_kb = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            pending += [int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total_kb / 1024


def run_child(args: Sequence[str], timeout: float, memory_cap_mb: int | None = None) -> ChildRun:
    def limits() -> None:
        if memory_cap_mb:
            cap = memory_cap_mb * MB
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    run = ChildRun()
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.run", "--child", *args], cwd=ROOT, stdout=out,
            stderr=err, preexec_fn=limits, start_new_session=True,
        )
        while True:
            try:
                proc.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                run.peak_mb = max(run.peak_mb, _vm_hwm_mb(proc.pid))
                run.tree_pss_mb = max(run.tree_pss_mb, tree_pss_mb(proc.pid))
                if time.perf_counter() - started > timeout:
                    run.killed = f"stopped after {timeout:.0f} s"
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                    break
        run.seconds = time.perf_counter() - started
        run.returncode = proc.returncode
        out.seek(0)
        err.seek(0)
        run.lines = [json.loads(line) for line in out.read().splitlines()
                     if line.startswith("{")]
        run.stderr = err.read()[-2000:]
    return run


def _say(message: str) -> None:
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def bench_extraction(work: Path, sizes: Sizes) -> dict[str, Any]:
    folder = work / "extract"
    generate(sizes.extract_articles, 1, folder)
    out: dict[str, Any] = {}
    for name, child in (("kg", "extract-kg"), ("underthesea", "extract-underthesea")):
        _say(f"(a) extraction: {name} on {sizes.extract_articles} articles")
        run = run_child([child, str(folder)], timeout=1800)
        result = run.lines[-1] if run.lines else {"error": run.killed or run.stderr[-300:]}
        out[name] = result
    return out


def bench_builds(work: Path, sizes: Sizes) -> list[dict[str, Any]]:
    results = []
    for n in sizes.builds:
        folder = work / f"corpus-{n}"
        generate(n, 2, folder)
        out = work / f"build-{n}"
        progress = work / f"progress-{n}.txt"
        _say(f"(b) build of {n} articles (jobs=2, view=False), cap "
             f"{sizes.build_timeout:.0f} s and {sizes.build_memory_cap_mb} MB")
        run = run_child(["build", str(folder), str(out), "2", str(progress)],
                        timeout=sizes.build_timeout, memory_cap_mb=sizes.build_memory_cap_mb)
        row: dict[str, Any] = {"articles": n, "size_mb": _folder_mb(folder),
                               "wall": run.seconds, "peak_mb": run.peak_mb,
                               "all_pss_mb": run.tree_pss_mb}
        if run.lines:
            row.update(run.lines[-1])
            row["peak_mb"] = max(run.peak_mb, row["peak_mb"])
        else:
            done = progress.read_text().split() if progress.is_file() else []
            extracted = (f"{done[0]}/{done[1]} articles extracted after {done[2]} s"
                         if done else "extraction had not reported progress")
            reason = run.killed or _last_error(run.stderr)
            if not run.killed and (run.peak_mb > 0.9 * sizes.build_memory_cap_mb
                                   or "MemoryError" in run.stderr):
                reason = (f"ran out of memory at the {sizes.build_memory_cap_mb:,} MB "
                          f"address-space cap after {run.seconds:.0f} s ({reason[:80]})")
            row["error"] = f"did not finish: {reason}; {extracted}"
        results.append(row)
    return results


def _last_error(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else "exited without output"


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob("*.txt")) / MB


def bench_queries(work: Path, sizes: Sizes) -> dict[str, Any]:
    folder = work / "query-corpus"
    generate(sizes.query_articles, 3, folder)
    out = work / "query-build"
    _say(f"(c) building the query graph from {sizes.query_articles} articles")
    build = run_child(["build", str(folder), str(out), "2", str(work / "progress-q.txt")],
                      timeout=3600)
    graph = out / "graph.trig"
    if not graph.is_file():
        return {"error": f"the query graph was not built: {_last_error(build.stderr)}"}
    label = _a_person_label(graph)
    result: dict[str, Any] = {"articles": sizes.query_articles, "label": label}
    for engine, repeats in (("oxigraph", sizes.ox_repeats), ("rdflib", sizes.rdflib_repeats)):
        pending = list(QUERIES)
        times: dict[str, Any] = {}
        while pending:
            _say(f"(c) {engine}: {', '.join(pending)}")
            run = run_child(["query", engine, str(graph), ",".join(pending),
                             str(sizes.query_timeout), str(repeats), label],
                            timeout=sizes.query_timeout * (len(pending) + 1) * (repeats + 1)
                            + 600)
            answered = 0
            for line in run.lines:
                if "loaded" in line:
                    result[f"{engine}_load"] = line
                elif "query" in line:
                    times[line["query"]] = line
                    pending.remove(line["query"])
                    answered += 1
            if pending and (answered == 0 or run.killed):
                for name in pending:
                    times[name] = {"query": name, "error": run.killed or _last_error(run.stderr)}
                pending = []
        result[engine] = times
    return result


def _a_person_label(graph: Path) -> str:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
    solutions = store.query(
        "SELECT ?l WHERE { ?p a <https://w3id.org/vnkg/ontology#Person> ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?l LIMIT 1",
        use_default_graph_as_union=True,
    )
    assert isinstance(solutions, ox.QuerySolutions)
    rows = list(solutions)
    return str(rows[0]["l"].value) if rows else "Nguyễn Văn A"


def profile_top(label: str, fn: Callable[[], object], top: int = 15,
                stages: bool = False) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    out = [_stats_text(profiler, label, lambda s: s.sort_stats("tottime").print_stats(top))]
    if stages:
        out.append(_stats_text(
            profiler, "The same build, kg's own functions by cumulative time (the stages):",
            lambda s: s.sort_stats("cumulative").print_stats(r"kg/", top),
        ))
    return "\n".join(out)


def _stats_text(profiler: cProfile.Profile, label: str,
                show: Callable[[pstats.Stats], object]) -> str:
    buf = io.StringIO()
    show(pstats.Stats(profiler, stream=buf))
    text = buf.getvalue()
    start = text.find("ncalls")
    lines = [line.replace(str(ROOT) + "/", "").replace(
        str(Path(sys.prefix)) + "/", "") for line in text[start:].splitlines() if line.strip()]
    return f"{label}\n\n```\n" + "\n".join(lines) + "\n```\n"


def profiles(work: Path, sizes: Sizes) -> str:
    _say(f"profiling extraction and a build of {sizes.profile_articles} articles")
    from kg.extract import extract
    from kg.outputs import build_outputs

    folder = work / "profile"
    generate(sizes.profile_articles, 4, folder)
    articles = _articles(folder)
    extract(articles[0])
    parts = [profile_top(
        f"Extraction of {len(articles)} articles (cProfile, top functions by own time):",
        lambda: [extract(a) for a in articles],
    )]
    parts.append(profile_top(
        f"Whole build of {len(articles)} articles, jobs=1 (cProfile, by own time):",
        lambda: build_outputs([folder], work / "profile-out", jobs=1, view=False),
        stages=True,
    ))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / MB:.1f} GiB"
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                                capture_output=True, check=False).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "kg"], cwd=ROOT,
                               text=True, capture_output=True, check=False).stdout.strip()
        if commit and dirty:
            commit += " with uncommitted changes in kg/"
    except OSError:
        commit = ""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": str(cores), "memory": memory,
            "python": platform.python_version(), "os": platform.platform(),
            "commit": commit or "unknown",
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def _times(ratio: float) -> str:
    return f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def _ok(flag: bool) -> str:
    return "met" if flag else "**missed**"


def render(quick: bool, m: dict[str, str], ext: dict[str, Any], builds: list[dict[str, Any]],
           queries: dict[str, Any], profile_text: str, total: float) -> str:
    lines = [
        "# Benchmarks", "",
        f"`python -m bench.run{' --quick' if quick else ''}` on {m['date']} "
        f"(commit {m['commit']}), {total / 60:.1f} min in all."
        + (" **Quick smoke sizes: not comparable to the targets.**" if quick else ""), "",
        "| machine | |", "|---|---|",
        f"| CPU | {m['cpu']} |", f"| cores (nproc) | {m['cores']} |",
        f"| memory | {m['memory']} |", f"| Python | {m['python']} |", f"| OS | {m['os']} |",
        "",
        "Articles are synthetic (`bench/generate.py`, seeded): the genre's layout with "
        "people and posts, committees, documents, quoted models, awards and a conference; "
        "about 4.3 KB of UTF-8 text each, a little under the bundled articles (4.6-6.7 KB).",
        "",
        "## (a) Extraction, one process, one core", "",
        "kg: `kg.extract.extract` on `kg.ingest.read_article`; underthesea: `ner()` on each "
        "paragraph of the same text. Time excludes start-up and model loading; peak is the "
        "process's maximum RSS (`ru_maxrss`), loading included.", "",
        "| extractor | articles | text MB | seconds | articles/s | MB/s | peak RSS MB | found |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in ext.items():
        if "error" in r:
            lines.append(f"| {name} | {r['error']} | | | | | | |")
            continue
        mb = r["bytes"] / MB
        lines.append(f"| {name} | {r['articles']} | {mb:.2f} | {r['seconds']:.1f} | "
                     f"{r['articles'] / r['seconds']:.1f} | {mb / r['seconds']:.3f} | "
                     f"{r['peak_mb']:.0f} | {r['found']} |")
    lines.append("")
    lines.append("*found*: mentions for kg (all types), `B-` entity tags for underthesea "
                 "(PER/LOC/ORG only): a measure of work, not of quality.")
    lines.append("")
    lines += [
        "## (b) Full build, `build_outputs(jobs=2, view=False)`", "",
        "Each build runs in its own process from an empty output folder (no extraction "
        "cache). Peak is the main process's high-water RSS (VmHWM); the workers "
        "(extraction, then rendering of article graphs) are reported separately (the "
        "largest one); *all processes* is the largest sum of PSS over the build's "
        "process tree, sampled every 0.5 s (memory a fork shares is counted once).", "",
        "| articles | text MB | result | seconds | triples | peak RSS MB (main) | "
        "worker peak MB | all processes MB (PSS) |",
        "|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for b in builds:
        if "error" in b:
            lines.append(f"| {b['articles']} | {b['size_mb']:.1f} | {b['error']} | "
                         f"{b['wall']:.0f} | | ≥{b['peak_mb']:.0f} | | |")
        else:
            lines.append(f"| {b['articles']} | {b['size_mb']:.1f} | built "
                         f"({b['skipped']} skipped) | {b['seconds']:.1f} | {b['triples']:,} | "
                         f"{b['peak_mb']:.0f} | {b['worker_peak_mb']:.0f} | "
                         f"{b.get('all_pss_mb', 0):.0f} |")
    lines.append("")
    lines += ["## (c) SPARQL on the same graph: rdflib in memory vs Oxigraph", ""]
    if "error" in queries:
        lines.append(queries["error"])
    else:
        ox_load = queries.get("oxigraph_load", {})
        rd_load = queries.get("rdflib_load", {})
        lines += [
            f"Graph: {queries['articles']} generated articles built with kg, "
            f"{ox_load.get('triples', 0):,} quads (graph.trig). Loading: rdflib "
            f"`load_dataset` {rd_load.get('loaded', float('nan')):.1f} s (peak "
            f"{rd_load.get('peak_mb', 0):.0f} MB), Oxigraph on-disk `OxigraphStore` bulk load "
            f"{ox_load.get('loaded', float('nan')):.1f} s. Both through "
            "`kg.store.query.run_query` (results converted to `QueryResult`); median of "
            "the runs, Oxigraph after one warm-up run.", "",
            "| query | what | rows | rdflib s | Oxigraph s | speedup |",
            "|---|---|---:|---:|---:|---:|",
        ]
        ratios = []
        rd_total = ox_total = 0.0
        for name, (what, _text) in QUERIES.items():
            rd = queries["rdflib"].get(name, {})
            ox_ = queries["oxigraph"].get(name, {})
            if "median" in rd and "median" in ox_:
                ratio = rd["median"] / max(ox_["median"], 1e-6)
                ratios.append(ratio)
                rd_total += rd["median"]
                ox_total += ox_["median"]
                rows = str(ox_["rows"]) + ("" if rd["rows"] == ox_["rows"]
                                           else f" (rdflib {rd['rows']})")
                lines.append(f"| {name} | {what} | {rows} | {rd['median']:.3f} | "
                             f"{ox_['median']:.4f} | {_times(ratio)} |")
            else:
                lines.append(f"| {name} | {what} | | {rd.get('error', rd.get('median', ''))} "
                             f"| {ox_.get('error', ox_.get('median', ''))} | |")
        if ratios:
            geo = statistics.geometric_mean(ratios)
            queries["summary"] = {"geo": geo, "min": min(ratios),
                                  "total": rd_total / max(ox_total, 1e-6)}
            queries["summary"]["reached"] = sum(r >= TARGET_SPEEDUP for r in ratios)
            queries["summary"]["count"] = len(ratios)
            lines.append(f"| **all** | sum of medians | | {rd_total:.3f} | {ox_total:.4f} | "
                         f"{_times(queries['summary']['total'])} |")
            lines += ["", f"Speedup: geometric mean {_times(geo)}, smallest {_times(min(ratios))}; "
                      f"{queries['summary']['reached']} of {len(ratios)} queries are "
                      f"≥ {TARGET_SPEEDUP:g}× on their own."]
        lines.append("")
        lines.append("Queries (prefixes kg:, skos:, oa:, rdf: predeclared by kg):")
        lines.append("")
        for name, (_what, text) in QUERIES.items():
            lines += [f"*{name}*", "", "```sparql",
                      text.replace("__LABEL__", queries.get("label", "")), "```", ""]
    lines += ["## Against the targets", "", "| target | measured | |", "|---|---|---|"]
    kg_ext = ext.get("kg", {})
    if "seconds" in kg_ext:
        rate = kg_ext["bytes"] / MB / kg_ext["seconds"]
        lines.append(f"| extraction ≥ {TARGET_MB_PER_S_PER_CORE:g} MB/s of text per core | "
                     f"{rate:.3f} MB/s on one core | {_ok(rate >= TARGET_MB_PER_S_PER_CORE)} |")
    big = [b for b in builds if b["articles"] == TARGET_BUILD_ARTICLES]
    if big:
        b = big[0]
        if "error" in b:
            lines.append(f"| {TARGET_BUILD_ARTICLES:,} articles built in ≤ 2 min on 2 cores, "
                         f"peak ≤ 2 GB | {b['error']} | **missed** |")
        else:
            peak = max(b["peak_mb"], b.get("all_pss_mb", 0))
            met = b["seconds"] <= TARGET_BUILD_SECONDS and peak <= TARGET_BUILD_PEAK_MB
            lines.append(f"| {TARGET_BUILD_ARTICLES:,} articles built in ≤ 2 min on 2 cores, "
                         f"peak ≤ 2 GB | {b['seconds']:.0f} s, {b['peak_mb']:.0f} MB main, "
                         f"{b.get('all_pss_mb', 0):.0f} MB all processes | {_ok(met)} |")
    summary = queries.get("summary")
    if summary:
        met = summary["total"] >= TARGET_SPEEDUP
        each = summary["reached"] == summary["count"]
        verdict = _ok(met) if each or not met else "met on the sum, **missed** per query"
        lines.append(f"| Oxigraph ≥ {TARGET_SPEEDUP:g}× faster than rdflib on the query set | "
                     f"{_times(summary['total'])} on the summed medians; "
                     f"{summary['reached']} of {summary['count']} queries ≥ "
                     f"{TARGET_SPEEDUP:g}× alone (smallest {_times(summary['min'])}) | "
                     f"{verdict} |")
    lines += ["", "## Profiles", "", profile_text]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="kg benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--out", type=Path, default=None,
                        help="report file (default bench/RESULTS.md; --quick: stdout only)")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: temp)")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--render", type=Path, default=None,
                        help="re-write the report from a results.json of an earlier run")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child)
        return
    sizes = QUICK if args.quick else FULL
    if args.render:
        raw = json.loads(args.render.read_text(encoding="utf-8"))
    else:
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            work = args.work or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            raw = {"quick": args.quick, "machine": machine(),
                   "extraction": bench_extraction(work, sizes),
                   "builds": bench_builds(work, sizes),
                   "queries": bench_queries(work, sizes)}
            raw["profiles"] = "" if args.no_profile else profiles(work, sizes)
            raw["seconds"] = time.perf_counter() - started
            # Kept beside the report input so it can be re-rendered (--render).
            (work / "results.json").write_text(json.dumps(raw, ensure_ascii=False, indent=1))
            if args.work:
                _say(f"raw numbers in {work / 'results.json'}")
    text = render(raw["quick"], raw["machine"], raw["extraction"], raw["builds"],
                  raw["queries"], raw["profiles"], raw["seconds"])
    out = args.out if args.out is not None else (None if args.quick else
                                                 ROOT / "bench" / "RESULTS.md")
    if out is not None:
        out.write_text(text, encoding="utf-8")
        _say(f"wrote {out}")
    print(text)


def _child(argv: list[str]) -> None:
    kind, *rest = argv
    if kind == "extract-kg":
        child_extract_kg(Path(rest[0]))
    elif kind == "extract-underthesea":
        child_extract_underthesea(Path(rest[0]))
    elif kind == "build":
        child_build(Path(rest[0]), Path(rest[1]), int(rest[2]), Path(rest[3]))
    elif kind == "query":
        child_query(rest[0], Path(rest[1]), rest[2].split(","), float(rest[3]), int(rest[4]),
                    rest[5])
    else:
        raise SystemExit(f"unknown child {kind}")


if __name__ == "__main__":
    main()
