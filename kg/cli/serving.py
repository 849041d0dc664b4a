"""Commands that put a built graph on a network: `kg serve` and `kg push`."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.base import DEFAULT_OUT, Bar, main


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
@click.option("--engine", type=click.Choice(["oxigraph", "python"]), default="oxigraph", show_default=True,
              help="What evaluates the queries behind kg's HTTP side: Oxigraph's own server "
                   "(faster; bench/RESULTS.md), or kg's Python workers over the same store.")
def serve(store_dir: Path | None, graph_path: Path | None, host: str, port: int, timeout: float,
          max_results: int, workers: int | None, allow_hosts: tuple[str, ...], cors: bool,
          allow_service: bool, engine: str) -> None:
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
                         workers=workers, allow_hosts=allow_hosts, cors=cors, allow_service=allow_service,
                         engine=engine)
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
    bar = Bar("graph")
    with remote.sigterm_interrupts():  # a stopped push still records what arrived
        try:
            report = remote.push(graph_path, endpoint, user=user, password=password, gsp_path=gsp_path,
                                 chunk_triples=chunk_triples, progress=bar, all_graphs=all_graphs)
        finally:
            bar.close()
    click.echo(report.text())
    if verify:
        click.echo(remote.verify(endpoint, report))
