"""``kg push``: load the built graph into a SPARQL 1.1 server, one named graph at a time.

Each named graph of the file (one per article, the shared ``graph:kb``, the
analysis) goes over the Graph Store HTTP Protocol: ``PUT`` replaces the graph on the
server, so pushing again after an article changed replaces that article's graph
instead of adding to it.  A graph too large for one request is sent in chunks: the
first replaces (``PUT``), the rest add (``POST``).

Bodies are N-Triples: every SPARQL 1.1 server reads them, and no Turtle escapes
("\\/" in prefixed names) are left to a server's Turtle parser.  Credentials go by
HTTP Digest (Virtuoso's ``/sparql-graph-crud-auth``) or Basic, as the server asks.
"""

from __future__ import annotations

import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from kg.errors import KgError, StoreError

DEFAULT_GSP_PATH = "/sparql-graph-crud-auth"
DEFAULT_CHUNK_TRIPLES = 20_000
NTRIPLES = "application/n-triples; charset=utf-8"

Progress = Callable[[int, int], None]


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    seconds: float = 0.0
    left_out: int = 0  # default-graph triples: GSP servers disagree on where they go
    per_graph: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        line = (f"pushed {self.graphs} graphs, {self.triples} triples in {self.requests} "
                f"requests, {self.seconds:.1f} s")
        if self.left_out:
            line += (f"; {self.left_out} triples outside named graphs were not pushed "
                     "(push a .trig or .nq built by `kg build`)")
        return line


def read_graphs(path: Path | str) -> dict[str, list[ox.Triple]]:
    """The triples of each named graph in a graph file; the default graph under ``""``."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file; build one with `kg build DIR --out OUT`")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise KgError(f"{path}: cannot tell the format from the extension; use .trig or .nq")
    graphs: dict[str, list[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            name = quad.graph_name
            key = name.value if isinstance(name, ox.NamedNode) else ""
            graphs.setdefault(key, []).append(quad.triple)
    except (SyntaxError, ValueError, OSError) as e:
        raise KgError(f"{path}: cannot be read as {fmt.name}: {e}") from e
    return graphs


def _mentions_bnode(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def chunks(triples: list[ox.Triple], size: int) -> Iterator[bytes]:
    """N-Triples bodies of at most ``size`` triples each (the first may hold more).

    Blank node labels are scoped to one request, so every triple naming a blank node
    goes in the first chunk, where the labels still mean the same node.
    """
    if size <= 0:
        raise KgError("the chunk size must be positive")
    with_bnodes = [t for t in triples if _mentions_bnode(t)]
    rest = [t for t in triples if not _mentions_bnode(t)]
    first_size = max(size - len(with_bnodes), 0)
    groups = [with_bnodes + rest[:first_size]]
    groups += [rest[i:i + size] for i in range(first_size, len(rest), size)]
    for group in groups:
        yield ox.serialize(group, format=ox.RdfFormat.N_TRIPLES) or b""


class GraphStore:
    """A Graph Store HTTP Protocol client with Digest (or Basic) authentication."""

    def __init__(self, endpoint: str, gsp_path: str = DEFAULT_GSP_PATH,
                 user: str | None = None, password: str | None = None,
                 timeout: float = 120.0) -> None:
        parts = urllib.parse.urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise KgError(f"--endpoint {endpoint!r} is not an http(s) URL, e.g. "
                          "http://localhost:8890")
        self.base = f"{parts.scheme}://{parts.netloc}"
        self.url = urllib.parse.urljoin(self.base + "/", gsp_path.lstrip("/"))
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, self.base, user, password or "")
            # Digest first (handler order 490): the password never crosses the wire.
            handlers += [urllib.request.HTTPDigestAuthHandler(passwords),
                         urllib.request.HTTPBasicAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)

    def graph_url(self, graph: str) -> str:
        return f"{self.url}?{urllib.parse.urlencode({'graph': graph})}"

    def send(self, method: str, graph: str, body: bytes) -> None:
        request = urllib.request.Request(self.graph_url(graph), data=body, method=method,
                                         headers={"Content-Type": NTRIPLES})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as e:
            detail = _error_text(e.read())
            hint = " (check --user and --password)" if e.code in (401, 403) else ""
            raise StoreError(f"{method} {graph} to {self.url}: HTTP {e.code} {e.reason}"
                             f"{hint}: {detail}") from e
        except urllib.error.URLError as e:
            raise StoreError(f"cannot reach {self.url}: {e.reason}; is the server running?"
                             ) from e
        except TimeoutError as e:
            raise StoreError(f"{method} {graph} to {self.url}: no answer in "
                             f"{self.timeout:g} s") from e

    def replace(self, graph: str, triples: list[ox.Triple],
                chunk_triples: int = DEFAULT_CHUNK_TRIPLES) -> int:
        """Make the server's ``graph`` hold exactly ``triples``; returns the requests sent."""
        sent = 0
        for body in chunks(triples, chunk_triples):
            self.send("PUT" if sent == 0 else "POST", graph, body)
            sent += 1
        return sent


def _error_text(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"(?s)<head>.*?</head>|<[^>]+>", " ", text)
    return " ".join(text.split())[:300] or "no message"


def push(graph_file: Path | str, endpoint: str, *, user: str | None = None,
         password: str | None = None, gsp_path: str = DEFAULT_GSP_PATH,
         chunk_triples: int = DEFAULT_CHUNK_TRIPLES, progress: Progress | None = None,
         timeout: float = 120.0) -> PushReport:
    """Replace, on the server, every named graph of ``graph_file`` by its content."""
    started = time.monotonic()
    graphs = read_graphs(graph_file)
    left_out = len(graphs.pop("", []))
    if not graphs:
        raise KgError(f"{graph_file}: has no named graphs to push; push the graph.trig "
                      "that `kg build` writes")
    client = GraphStore(endpoint, gsp_path, user, password, timeout)
    report = PushReport(left_out=left_out)
    for done, name in enumerate(sorted(graphs), 1):
        triples = graphs[name]
        report.requests += client.replace(name, triples, chunk_triples)
        report.graphs += 1
        report.triples += len(triples)
        report.per_graph[name] = len(triples)
        if progress:
            progress(done, len(graphs))
    report.seconds = time.monotonic() - started
    return report


def count_triples(endpoint: str, sparql_path: str = "/sparql",
                  graphs: list[str] | None = None, timeout: float = 60.0) -> dict[str, int]:
    """Triples per named graph on the server, by a SPARQL query (for ``--verify``)."""
    import json

    values = ""
    if graphs:
        values = "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " } "
    query = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ {values}GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    parts = urllib.parse.urlsplit(endpoint)
    url = urllib.parse.urljoin(f"{parts.scheme}://{parts.netloc}/", sparql_path.lstrip("/"))
    request = urllib.request.Request(
        url, data=urllib.parse.urlencode({"query": query}).encode("ascii"),
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read())
    except urllib.error.HTTPError as e:
        raise StoreError(f"{url}: HTTP {e.code}: {_error_text(e.read())}") from e
    except urllib.error.URLError as e:
        raise StoreError(f"cannot reach {url}: {e.reason}") from e
    return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


@click.command("push")
@click.option("--endpoint", required=True,
              help="The server's base URL, e.g. http://localhost:8890.")
@click.option("--graph", "graph_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("out") / "graph.trig", show_default=True,
              help="A graph with named graphs, as `kg build` writes (.trig or .nq).")
@click.option("--user", help="User for HTTP Digest or Basic authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD",
              help="Password (or set KG_PUSH_PASSWORD; asked for when --user is given).")
@click.option("--gsp-path", default=DEFAULT_GSP_PATH, show_default=True,
              help="Path of the Graph Store Protocol service on the server.")
@click.option("--chunk-triples", type=int, default=DEFAULT_CHUNK_TRIPLES, show_default=True,
              help="Triples per request; larger graphs are sent in parts.")
@click.option("--verify", is_flag=True,
              help="Afterwards, count each graph's triples through the server's /sparql.")
def push_command(graph_path: Path, endpoint: str, user: str | None, password: str | None,
                 gsp_path: str, chunk_triples: int, verify: bool) -> None:
    """Load each article's named graph into a SPARQL 1.1 server (Graph Store Protocol).

    Every named graph is replaced (HTTP PUT), so pushing again after a rebuild
    replaces the graphs of changed articles rather than adding to them.
    Graphs that are no longer in the file are left on the server.

    \b
    Example:
      kg push --endpoint http://localhost:8890 --user dba
      kg push --endpoint http://fuseki:3030 --gsp-path /kg/data --graph out/graph.trig
    """
    if user is not None and password is None:
        password = click.prompt(f"password for {user}", hide_input=True)
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if total < 20:
            return
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="graph", file=sys.stderr)
        bar.update(done - bar.n)

    report = push(graph_path, endpoint, user=user, password=password, gsp_path=gsp_path,
                  chunk_triples=chunk_triples, progress=progress)
    if bar is not None:
        bar.close()
    click.echo(report.text())
    if verify:
        counts = count_triples(endpoint, graphs=sorted(report.per_graph))
        wrong = {g: (n, counts.get(g, 0)) for g, n in report.per_graph.items()
                 if counts.get(g, 0) != n}
        if wrong:
            for g, (sent, found) in sorted(wrong.items())[:20]:
                click.echo(f"  {g}: sent {sent} triples, the server has {found}", err=True)
            raise KgError(f"{len(wrong)} of {len(report.per_graph)} graphs differ on the "
                          "server (it may merge equal literals or apply inference)")
        click.echo(f"verified: the server holds the same number of triples in all "
                   f"{len(report.per_graph)} graphs")
