"""Commands that read a built graph: query, export, view, analyze, top, path,
explain, timeline and validate."""

from __future__ import annotations

import dataclasses
import json
import sys
import webbrowser
from pathlib import Path
from typing import Literal

import click

from kg.cli.base import DEFAULT_OUT, graph_option, main
from kg.model import ENTITY_TYPES

# query, explain and timeline: an Oxigraph store folder, as --graph DIR also names one.
_store_option = click.option("--store", "store_dir", type=click.Path(path_type=Path),
                             help="Read this Oxigraph store folder (the same as --graph DIR).")


@main.command()
@click.argument("query")
@graph_option
@_store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "ttl"]),
              default="table", show_default=True)
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds before the query is stopped.")
@click.option("--limit", type=int, default=0, help="Show at most this many rows.")
@click.option("--allow-service", is_flag=True,
              help="Let the query use SERVICE to query other endpoints (refused by default: "
                   "a query from someone else could make this machine reach hosts it can).")
def query(query: str, graph_path: Path, store_dir: Path | None, fmt: str, timeout: float,
          limit: int, allow_service: bool) -> None:
    """Run a SPARQL query (text, or a .rq file) on the built graph.

    SELECT, ASK, CONSTRUCT and DESCRIBE; the default graph is the union of all
    article graphs, and the kg:, schema:, skos:, org:, prov: prefixes are known.

    \b
    Example:
      kg query ontology/queries/officials-and-posts.rq
      kg query 'SELECT ?p WHERE { ?p a kg:Person }' --format csv
    """
    from kg.built import open_graph
    from kg.store.results import format_result

    text = Path(query).read_text(encoding="utf-8") if query.endswith(".rq") else query
    with open_graph(store_dir or graph_path) as graph:
        result = graph.query(text, timeout=timeout, allow_service=allow_service)
    if limit and getattr(result, "rows", None) is not None and len(result.rows) > limit:
        result = dataclasses.replace(result, rows=tuple(result.rows)[:limit])
    click.echo(format_result(result, fmt).rstrip("\n"))


@main.command()
@graph_option
@click.option("--format", "fmt",
              type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "json"]),
              default="ttl", show_default=True)
@click.option("--out", "out_path", type=click.Path(path_type=Path),
              help="Write to this file (atomically) instead of standard output.")
def export(graph_path: Path, fmt: str, out_path: Path | None) -> None:
    """Export the built graph in an RDF format, or as gold-format JSON (`json`).

    The `json` format lists entities (iri, type, label, aliases) and relations
    (subject, predicate, object, role) in the terms of the gold format.

    \b
    Example:
      kg export --format nq --out out/graph.nq
      kg export --format json > graph.json
    """
    from kg.built import open_graph

    with open_graph(graph_path) as graph:
        if fmt == "json":
            from kg.outputs import gold_json
            from kg.rdf import from_dataset

            kb = from_dataset(graph.to_rdflib(max_triples=None))
            text = json.dumps(gold_json(kb), ensure_ascii=False, indent=2) + "\n"
            if out_path:
                from kg.files import write_atomic

                write_atomic(out_path, text)
            else:
                click.echo(text, nl=False)
            return
        graph.export(out_path, fmt)


@main.command()
@graph_option
@click.option("--out", "out_path", type=click.Path(path_type=Path),
              default=DEFAULT_OUT / "graph.html", show_default=True)
@click.option("--open", "open_it", is_flag=True, help="Open the page in a browser.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of edge labels.")
@click.option("--focus", help="Show only the neighbourhood of the entity with this label.")
@click.option("--hops", type=int, default=2, show_default=True,
              help="Neighbourhood size with --focus.")
@click.option("--max-nodes", type=int, default=400, show_default=True,
              help="Above this, show the top entities by PageRank.")
def view(graph_path: Path, out_path: Path, open_it: bool, lang: str, focus: str | None,
         hops: int, max_nodes: int) -> None:
    """Write the interactive HTML view of the graph (opens offline).

    \b
    Example:
      kg view --open
      kg view --focus "Tỉnh ủy Hải Dương" --hops 1 --out hd.html
    """
    from kg.built import open_graph

    with open_graph(graph_path) as graph:
        summary = graph.view(out_path, lang=lang, focus=focus, hops=hops, max_nodes=max_nodes)
    click.echo(f"wrote {out_path}: {summary.nodes} nodes, {summary.edges} edges"
               + (f" ({summary.note})" if summary.note else ""))
    if open_it:
        webbrowser.open(out_path.resolve().as_uri())


@main.command("analyze")
@graph_option
def analyze_cmd(graph_path: Path) -> None:
    """Recompute rankings, communities and derived links, and write them into the graph.

    They go into the named graph <https://w3id.org/vnkg/graph/analysis> (kg:pageRank,
    kg:betweenness, kg:degree, kg:community, kg:colleagueOf, kg:partOfTransitive,
    kg:coImplementer, kg:coMentionedWith).  `kg build` runs this too.

    \b
    Example:
      kg analyze --graph out/graph.trig
      kg query 'SELECT ?p ?r WHERE { ?p kg:pageRank ?r } ORDER BY DESC(?r) LIMIT 5'
    """
    from kg.outputs import reanalyze

    summary = reanalyze(graph_path)
    click.echo(summary)


@main.command()
@graph_option
@click.option("--by", type=click.Choice(["pagerank", "degree", "betweenness"]), default="pagerank",
              show_default=True)
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), help="Only entities of this type.")
@click.option("-n", "count", type=int, default=10, show_default=True)
def top(graph_path: Path, by: str, type_: str | None, count: int) -> None:
    """The entities ranked highest by a measure of the graph.

    \b
    Example:
      kg top --by pagerank --type Person
      kg top --by betweenness -n 5
    """
    from kg.built import open_graph, ranked_lines

    with open_graph(graph_path) as graph:
        for line in ranked_lines(graph.top(by=by, type=type_, n=count)):
            click.echo(line)


@main.command()
@click.argument("source")
@click.argument("target")
@graph_option
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True)
def path(source: str, target: str, graph_path: Path, lang: str) -> None:
    """The shortest connection between two entities, hop by hop, with evidence.

    SOURCE and TARGET are labels, aliases or IRIs.

    \b
    Example:
      kg path "Nguyễn Đức Hiện" "Bộ Chính trị" --lang en
    """
    from kg.analyze import describe_path
    from kg.built import open_graph

    with open_graph(graph_path) as graph:
        click.echo(describe_path(graph.path(source, target), lang=lang))


def _history(command: Literal["explain", "timeline"], label: str, graph_path: Path,
             store_dir: Path | None) -> None:
    """Print kg.history's answer to ``command`` for LABEL, read from the built graph; the
    imports are here so that ``kg --help`` does not load SPARQL and the store."""
    from kg.built import open_graph
    from kg.history import report, runner

    with open_graph(store_dir or graph_path) as graph:
        click.echo(report(command, runner(graph.store), label))


@main.command()
@click.argument("label")
@graph_option
@_store_option
def explain(label: str, graph_path: Path, store_dir: Path | None) -> None:
    """The people (or events) named LABEL: their articles, and what joined or split them.

    Mentions of one name are one person when their posts share a province, a ministry
    or a body (a "nguyên ..." post included), and two when their provinces differ with
    nothing to tie them; each person's identifying context is in its IRI.

    \b
    Example:
      kg explain "Nguyễn Văn Hùng"
      kg explain "Hội nghị sơ kết công tác dân vận"
    """
    _history("explain", label, graph_path, store_dir)


@main.command()
@click.argument("label")
@graph_option
@_store_option
def timeline(label: str, graph_path: Path, store_dir: Path | None) -> None:
    """A person's posts, or a body's post-holders, in date order with each sentence.

    The date is the day the article stating it was published; [taken up] marks a
    report of election or appointment, [former] a post reported as "nguyên ...".

    \b
    Example:
      kg timeline "Cao Xuân Trường"
      kg timeline "Huyện ủy Đô Lương"
    """
    _history("timeline", label, graph_path, store_dir)


@main.command()
@graph_option
def validate(graph_path: Path) -> None:
    """Check a built graph against the SHACL shapes in ontology/shapes.ttl.

    \b
    Example:
      kg validate --graph out/graph.trig
    """
    from kg.built import open_graph
    from kg.rdf import format_violations
    from kg.rdf import validate as run_validation

    with open_graph(graph_path) as graph:
        report = run_validation(graph.to_rdflib(max_triples=None))  # pyshacl works on rdflib
    click.echo(format_violations(report))
    if not report.conforms:
        sys.exit(1)
