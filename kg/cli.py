"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the result.
Library errors (``KgError``) become a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_OUT = Path("out")
EXIT_PARTIAL = 3  # some articles were skipped; the rest were built


def graph_option(fn: F) -> F:
    """``--graph PATH``: the built graph a command reads (default: out/graph.trig, which
    stands for the store beside it)."""
    return click.option(
        "--graph", "graph_path", type=click.Path(path_type=Path),
        default=DEFAULT_OUT / "graph.trig", show_default=True,
        help="A build's output folder, its store folder, or a graph file (.trig, .nq, .ttl, .nt, "
             ".jsonld). A graph file kg built is read through the store beside it; any other "
             "is loaded into a temporary store.",
    )(fn)


def _fail(e: KgError) -> None:
    click.secho(f"kg: error: {e}", fg="red", err=True)
    sys.exit(e.exit_code)


def _os_error(e: OSError) -> KgError:
    """A one-line error for a failure of the system (a full disk, a folder not writable)."""
    where = f"{e.filename}: " if e.filename else ""
    reason = e.strerror or str(e)
    advice = {
        errno.ENOSPC: "free some space and run it again; finished outputs are replaced "
                      "only by whole new ones",
        errno.EDQUOT: "free some space and run it again",
        errno.EACCES: "check the folder's permissions or pick another one",
        errno.EPERM: "check the folder's permissions or pick another one",
        errno.EROFS: "pick a folder on a writable disk",
    }.get(e.errno or 0)
    return KgError(f"{where}{reason}" + (f"; {advice}" if advice else ""))


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as e:
            _fail(e)
        except OSError as e:
            _fail(_os_error(e))


class _Bar:
    """A progress bar on standard error, shown only for 20 items or more (and not ``quiet``)."""

    def __init__(self, unit: str, quiet: bool = False) -> None:
        self.unit, self.quiet = unit, quiet
        self.shown = False  # ever shown: the work is large
        self._bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or total < 20:
            return
        self.shown = True
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit=self.unit, file=sys.stderr)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


@click.group(cls=_Group)
@click.version_option(package_name="vnkg")
def main() -> None:
    """Build knowledge graphs from Vietnamese party and government news.

    \b
    Example:
      kg build data/ --out out
      kg query ontology/queries/officials-and-posts.rq
      kg view --open
    """


def _scheduler_address(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A Dask scheduler's address as `dask scheduler` prints it (tcp://HOST:PORT)."""
    if value is None:
        return None
    scheme, _, rest = value.partition("://")
    host, _, port = (rest if rest else value).rpartition(":")
    if not host or not port.isdigit() or (rest and scheme not in ("tcp", "tls")):
        raise click.BadParameter(f"{value!r} is not a scheduler address; give it as `dask scheduler` "
                                 "prints it, e.g. tcp://10.0.0.5:8786")
    return value if rest else f"tcp://{value}"


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder for the store, graph.html, report.json (and graph files).")
@click.option("--jobs", "-j", type=int, default=0,
              help="Processes for extraction (default: all cores).")
@click.option("--no-view", is_flag=True, help="Skip the HTML view.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Keep the Oxigraph store in this folder instead of OUT/store.")
@click.option("--graph-files", type=click.Choice(["auto", "yes", "no"]), default="auto",
              show_default=True,
              help="Also write OUT/graph.trig and OUT/graph.ttl: auto writes them for up to "
                   "1,000 articles (`kg export` writes them from the store at any time).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", callback=_scheduler_address,
              help="Extract the articles on this Dask scheduler's workers (pip install 'vnkg[cluster]' "
                   "on every machine); the result is the same as a local build's.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def build(paths: tuple[Path, ...], out_dir: Path, jobs: int, no_view: bool, store_dir: Path | None,
          graph_files: Any, scheduler: str | None, quiet: bool) -> None:
    """Build the graph of the articles in PATHS (.txt and .html files or folders).

    Writes OUT/store, an Oxigraph store that every read command (query, top, path,
    view, export, validate, serve) opens in a moment, with one named graph per
    article plus the analysis; a rebuild replaces only the graphs of changed
    articles.  Also OUT/graph.html (the interactive view), OUT/report.json and,
    for up to 1,000 articles or with --graph-files yes, OUT/graph.trig and
    OUT/graph.ttl (all statements).  Exits 0 when every article was built, 3 when
    some were skipped (the report says why), 1 when nothing could be built.

    \b
    Example:
      kg build data/ --out out
      kg build corpus/ --out out --jobs 2 --graph-files no
    """
    from kg.outputs import build_outputs
    from kg.pipeline import default_jobs

    bar = _Bar("article", quiet)

    def stage(message: str) -> None:
        bar.close()
        if bar.shown:  # a corpus worth a progress bar is worth telling each later stage
            click.echo(f"{message} ...", err=True)

    try:
        report = build_outputs(paths, out_dir, jobs=jobs or default_jobs(), view=not no_view,
                               progress=bar, store_dir=store_dir, stage=stage,
                               graph_files=graph_files, scheduler=scheduler)
    except OSError as e:
        if e.filename is None:
            e.filename = f"the build in {out_dir} did not finish"
        raise
    bar.close()
    if not quiet:
        for note in report.notes:
            click.echo(f"note: {note}", err=True)
        click.echo(report.text())
    if report.articles == 0:
        raise KgError("no article could be built; see the reasons above")
    if report.skipped:
        sys.exit(EXIT_PARTIAL)


@main.command("read")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def read_cmd(file: Path, fmt: str) -> None:
    """Show an article as kg reads it: title, date-time, author, source and text.

    FILE is a .txt article or a saved web page (.html); for a page, only the article
    body is kept (no menus, related news or footers), and the source is the site's
    name and the page's canonical address where the page gives them.

    \b
    Example:
      kg read data/dev/lam-dong-ban-to-chuc-huan-chuong.html
      kg read saved-page.html --format json
    """
    from kg.ingest import read

    reading = read(file)
    click.echo(format_reading(reading, fmt))


def format_reading(reading: Any, fmt: str) -> str:
    """A ``kg.ingest.Reading`` as `kg read` prints it."""
    a = reading.article
    fields = {"title": a.title, "published": a.published, "author": a.author, "views": a.views,
              "site": reading.site, "url": reading.url, "file": a.source,
              "read_with": reading.method, "characters": len(a.text)}
    if fmt == "json":
        return json.dumps({**fields, "text": a.text}, ensure_ascii=False, indent=2)
    lines = [f"{name + ':':<11} {value}" for name, value in fields.items() if value is not None]
    return "\n".join([*lines, "", a.text])


@main.command()
@click.argument("query")
@graph_option
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Query this Oxigraph store folder (the same as --graph DIR).")
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
@click.option("--type", "type_", type=click.Choice(
    ["Person", "Organization", "Document", "PracticeModel", "Award", "Place", "Event"]),
    help="Only entities of this type.")
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


def _history_source(graph_path: Path, store_dir: Path | None) -> Any:
    """The built graph the history commands query: the store (see `kg.built.open_graph`)."""
    from kg.built import open_graph

    return open_graph(store_dir or graph_path)


_store_option = click.option("--store", "store_dir", type=click.Path(path_type=Path),
                             help="Read an Oxigraph store folder instead of a graph file.")


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
    from kg.history import explain as find
    from kg.history import format_explanation, runner

    with _history_source(graph_path, store_dir) as graph:
        click.echo(format_explanation(find(runner(graph.store), label)))


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
    from kg.history import format_timeline, runner
    from kg.history import timeline as find

    with _history_source(graph_path, store_dir) as graph:
        click.echo(format_timeline(find(runner(graph.store), label)))


@main.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--texts", "texts_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Where the articles are, when the gold files sit apart from them (a real "
                   "corpus whose texts are not ours to ship); each text's sha256 is checked.")
@click.option("--against", "other_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score another annotator's gold files instead of kg's output: the agreement "
                   "between two annotations of the same articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List misses and false hits per file.")
def eval_(directory: Path, texts_dir: Path | None, other_dir: Path | None, as_json: bool,
          verbose: bool) -> None:
    """Build the articles in DIRECTORY and score them against NAME.gold.json beside them.

    Precision, recall and F1, micro-averaged, for entities and relations, overall
    and per type and predicate, as docs/gold-format.md defines them.

    \b
    Example:
      kg eval data/
      kg eval data/dev --verbose
      kg eval tests/real --texts ~/.cache/vnkg/real
      kg eval tests/real/second --against tests/real
    """
    from kg.evaluate import article_annotations, find_texts, format_report, load_gold_dir, score

    gold = load_gold_dir(directory)
    if other_dir is not None:
        other = load_gold_dir(other_dir)
        shared = {a: g for a, g in gold.items() if a in other}
        if not shared:
            raise KgError(f"{other_dir} annotates none of the articles of {directory}")
        click.echo(f"agreement on {len(shared)} articles: {other_dir} scored against {directory}", err=True)
        report = score(other, shared)
    else:
        from kg.pipeline import build

        sources: list[Path] = [directory]
        if texts_dir is not None:
            lookup = find_texts(gold, texts_dir)
            click.echo(lookup.summary(texts_dir), err=True)
            if not lookup.found:
                raise KgError(f"none of the texts of {directory} is in {texts_dir}: "
                              "re-create them as the README beside the gold files says")
            gold = {a: gold[a] for a in lookup.found}
            sources = sorted(lookup.found.values())
        result = build(sources)
        report = score(article_annotations(result.kb), gold)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, verbose=verbose))


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


@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Serve an Oxigraph store folder.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path),
              help="Serve a build's output folder or graph file (default: out/graph.trig), "
                   "through the store beside it; any other graph file is loaded first.")
# the defaults are kg.store.serve.make_server's (a test keeps them equal): `kg --help`
# does not import the module
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the graph.")
@click.option("--port", type=int, default=7878, show_default=True)
@click.option("--timeout", type=float, default=30.0, show_default=True,
              help="Seconds before a query is stopped (answered 503).")
@click.option("--max-results", type=int, default=10_000, show_default=True,
              help="Rows or triples per answer; more are cut (header X-Results-Truncated).")
@click.option("--workers", type=int, default=None,
              help="Queries answered at once, one process each [default: cores, 2 to 8].")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (a name this machine "
                   "is reached by); repeatable.")
@click.option("--cors", is_flag=True,
              help="Let web pages of any site query the endpoint (Access-Control-Allow-"
                   "Origin: *); without it, cross-origin requests are refused.")
@click.option("--allow-service", is_flag=True,
              help="Let queries use SERVICE to query other endpoints. Risky: anyone who can "
                   "query kg can then make this machine send requests to hosts it reaches, "
                   "including ones on its private network.")
def serve(store_dir: Path | None, graph_path: Path | None, host: str, port: int, timeout: float,
          max_results: int, workers: int | None, allow_hosts: tuple[str, ...], cors: bool,
          allow_service: bool) -> None:
    """Answer SPARQL queries over HTTP (SPARQL 1.1 Protocol, read-only).

    GET or POST /sparql with query=...; results as SPARQL JSON (default), XML,
    CSV or TSV, and Turtle or N-Triples for CONSTRUCT and DESCRIBE, chosen by
    the Accept header.  Updates are refused.  A query box is at /.

    \b
    Example:
      kg serve --graph out
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' \\
        http://127.0.0.1:7878/sparql
    """
    import time

    from kg.store.runner import open_source
    from kg.store.serve import SPARQL_PATH, make_server, serve_until_stopped

    started = time.monotonic()
    server = make_server(open_source(store_dir, graph_path), host, port, timeout, max_results,
                         workers=workers, allow_hosts=allow_hosts, cors=cors, allow_service=allow_service)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.secho(f"kg serve: listening on {host}: anyone who can reach this machine can "
                    "query the graph", fg="yellow", err=True)
    click.echo(f"{server.triples} triples loaded in {time.monotonic() - started:.1f} s; "
               f"SPARQL endpoint at {server.url} (query page at "
               f"{server.url.removesuffix(SPARQL_PATH)}/); Ctrl-C stops", err=True)
    serve_until_stopped(server)


@main.command()
@click.option("--endpoint", required=True,
              help="The server's base URL, e.g. http://localhost:8890.")
@click.option("--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_OUT / "graph.trig", show_default=True,
              help="A graph with named graphs, as `kg build` writes (.trig or .nq).")
@click.option("--user", help="User for HTTP Digest or Basic authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD",
              help="Password (or set KG_PUSH_PASSWORD; asked for when --user is given).")
# the defaults are kg.store.push's DEFAULT_GSP_PATH and DEFAULT_CHUNK_TRIPLES (a test
# keeps them equal): `kg --help` does not import the module
@click.option("--gsp-path", default="/sparql-graph-crud-auth", show_default=True,
              help="Path of the Graph Store Protocol service on the server.")
@click.option("--chunk-triples", type=int, default=20_000, show_default=True,
              help="Triples per request; larger graphs are sent in parts.")
@click.option("--verify", is_flag=True,
              help="Afterwards, count each graph's triples through the server's /sparql.")
@click.option("--all", "all_graphs", is_flag=True,
              help="Send every graph, also those unchanged since the last push (e.g. after "
                   "the server was wiped).")
def push(graph_path: Path, endpoint: str, user: str | None, password: str | None,
         gsp_path: str, chunk_triples: int, verify: bool, all_graphs: bool) -> None:
    """Load each article's named graph into a SPARQL 1.1 server (Graph Store Protocol).

    Only what changed since the last push to the same server is sent: a graph is
    replaced (HTTP PUT) when its content differs, graphs that are unchanged are kept,
    and graphs pushed before that are no longer in the file (a removed article) are
    deleted on the server.  Graphs this command did not push are never touched.  What
    was pushed where is recorded in .kg-cache/push-*.json next to the graph file;
    --all sends every graph regardless.

    \b
    Example:
      kg push --endpoint http://localhost:8890 --user dba
      kg push --endpoint http://fuseki:3030 --gsp-path /kg/data --graph out/graph.trig
    """
    from kg.store import push as remote

    if user is not None and password is None:
        password = click.prompt(f"password for {user}", hide_input=True)
    bar = _Bar("graph")
    with remote.sigterm_interrupts():  # a stopped push still records what arrived
        try:
            report = remote.push(graph_path, endpoint, user=user, password=password, gsp_path=gsp_path,
                                 chunk_triples=chunk_triples, progress=bar, all_graphs=all_graphs)
        finally:
            bar.close()
    click.echo(report.text())
    if verify:
        click.echo(remote.verify(endpoint, report))


if __name__ == "__main__":
    main()
