"""The analysis's three walks over the whole graph, networkx against igraph:
``python -m bench.analysis FOLDER [--cache DIR]``.

FOLDER holds articles (``python -m bench.generate N FOLDER --seed 11``); they are built
into a knowledge base (with ``--cache``, an output folder's ``.kg-cache`` from a build
with today's rules, so that only what the cache lacks is extracted), and on its
undirected projection (what ``kg.analyze`` measures) each call is timed once with
networkx's pure-Python implementation and once with what kg runs (igraph's C core):
PageRank, betweenness from the same sampled sources, and communities (networkx's
Louvain; igraph's Leiden, both maximising modularity; the modularity each finds is
given).  A Markdown table goes to standard output.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg import analyze as an
from kg.pipeline import build


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> None:
    import networkx as nx
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--kg-only", action="store_true",
                        help="time only what kg runs (networkx's calls take minutes at 100,000 articles)")
    args = parser.parse_args()
    kb = build([args.folder], jobs=2, cache_dir=args.cache).kb
    graph = an._simple_undirected(kb)
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    k = min(n, max(an.MIN_BETWEENNESS_SAMPLES, an.BETWEENNESS_BUDGET // (n + m)))
    kept = sorted(c for comp in nx.connected_components(graph) if len(comp) > 2 for c in comp)
    core = graph.subgraph(kept).copy()
    rows: list[tuple[str, float | None, float, str]] = []
    slow = not args.kg_only
    ig_s, ig_rank = _timed(lambda: an.pagerank(graph))
    nx_s, nx_rank = _timed(lambda: _pagerank_python(graph, weight=None, tol=1e-8)) if slow else (None, None)
    gap = f"largest difference {max(abs(nx_rank[v] - ig_rank[v]) for v in graph):.1e}" if nx_rank else ""
    rows.append(("PageRank", nx_s, ig_s, gap))
    ig_s, _ = _timed(lambda: an.betweenness(graph, k=k, seed=42))
    nx_s = _timed(lambda: nx.betweenness_centrality(graph, k=k, seed=random.Random(42)))[0] if slow else None
    rows.append((f"betweenness, {k} sampled sources", nx_s, ig_s, ""))
    ig_s, leiden = _timed(lambda: an._leiden(graph, kept, 42))
    quality = f"{nx.community.modularity(core, leiden):.3f}"
    nx_s, louvain = _timed(lambda: nx.community.louvain_communities(core, seed=42)) if slow else (None, None)
    if louvain is not None:
        quality = f"{nx.community.modularity(core, louvain):.3f} / {quality}"
    rows.append(("communities (Louvain / Leiden)", nx_s, ig_s, f"modularity {quality}"))
    whole, _ = _timed(lambda: an.analyze(kb))
    rows.append(("the whole `analyze` (with derived relations)", None, whole, ""))
    print(f"{len(kb.articles):,} articles: {n:,} entities, {m:,} links; "
          f"communities on the {core.number_of_nodes():,} entities of components larger than two\n")
    print("| call | networkx s | igraph s | speed-up | |\n|---|---:|---:|---:|---|")
    for name, before, fast, note in rows:
        if before is None:
            print(f"| {name} | | {fast:.2f} | | {note} |")
        else:
            print(f"| {name} | {before:.2f} | {fast:.2f} | {before / fast:.0f}× | {note} |")


if __name__ == "__main__":
    main()
