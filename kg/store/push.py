"""``kg push``: load the built graph into a SPARQL 1.1 server, one named graph at a time.

Each named graph of the file (one per article, the shared ``graph:kb``, the
analysis) goes over the Graph Store HTTP Protocol: ``PUT`` replaces the graph on the
server, so pushing again after an article changed replaces that article's graph
instead of adding to it.  A graph too large for one request is sent in chunks: the
first replaces (``PUT``), the rest add (``POST``).

Bodies are N-Triples: every SPARQL 1.1 server reads them, and no Turtle escapes
("\\/" in prefixed names) are left to a server's Turtle parser.  Credentials go by
HTTP Digest (Virtuoso's ``/sparql-graph-crud-auth``) or Basic, as the server asks.

A push is incremental.  A manifest per server (GSP URL) next to the graph file,
``.kg-cache/push-<hash of the URL>.json``, records each graph this tool sent there with
a digest of the bodies sent.  The next push sends only graphs whose digest changed or
that are new, and removes (``DELETE``) the graphs it recorded that are no longer in the
file; nothing else on the server is touched.  A graph is recorded with its digest only
once all of its requests succeeded; a graph whose push failed half way is recorded
without one (it may be on the server, its content is unknown), so that it is sent
again, or removed, later.  ``--all`` sends every graph whatever the manifest says.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import signal
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from kg.errors import KgError, StoreError
from kg.files import OUTPUT_MARKER, write_atomic

DEFAULT_GSP_PATH = "/sparql-graph-crud-auth"
DEFAULT_CHUNK_TRIPLES = 20_000
NTRIPLES = "application/n-triples; charset=utf-8"
MANIFEST_VERSION = 1
CHECKPOINT_SECONDS = 1.0  # save the manifest at most this often during a push (and at the end)

Progress = Callable[[int, int], None]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


@dataclass
class PushReport:
    graphs: int = 0  # graphs sent
    triples: int = 0  # triples sent
    requests: int = 0
    seconds: float = 0.0
    left_out: int = 0  # default-graph triples: GSP servers disagree on where they go
    kept: int = 0  # graphs unchanged since the last push to this server: not sent
    removed: int = 0  # graphs pushed before and no longer in the file: deleted on the server
    per_graph: dict[str, int] = field(default_factory=dict)  # every graph of the file, sent or kept
    sent: list[str] = field(default_factory=list)
    removed_graphs: list[str] = field(default_factory=list)
    manifest: Path | None = None

    def text(self) -> str:
        line = (f"pushed {_plural(self.graphs, 'graph')}, {_plural(self.triples, 'triple')} in "
                f"{_plural(self.requests, 'request')}, {self.seconds:.1f} s")
        if self.kept:
            line += f"; {_plural(self.kept, 'unchanged graph')} kept"
        if self.removed:
            line += f"; {_plural(self.removed, 'graph')} removed"
        if self.left_out:
            line += (f"; {self.left_out} triples outside named graphs were not pushed "
                     "(push a .trig or .nq built by `kg build`)")
        return line

    def add_sent(self, name: str, triples: int) -> None:
        self.graphs += 1
        self.triples += triples
        self.sent.append(name)


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


def stable_blank_nodes(triples: list[ox.Triple]) -> list[ox.Triple]:
    """The triples with blank nodes relabelled ``b0``, ``b1``... in order of appearance.

    A parser names an anonymous node (``[]``) afresh on every read; the same file must
    give the same bodies, or its graphs would never look unchanged.  Labels mean
    nothing across requests anyway (see :func:`chunks`).
    """
    if not any(_mentions_bnode(t) for t in triples):
        return triples
    labels: dict[ox.BlankNode, ox.BlankNode] = {}

    def relabel(term: Any) -> Any:
        if isinstance(term, ox.BlankNode):
            return labels.setdefault(term, ox.BlankNode(f"b{len(labels)}"))
        return term

    return [ox.Triple(relabel(t.subject), t.predicate, relabel(t.object)) for t in triples]


def digest(bodies: Iterable[bytes]) -> str:
    """What the manifest records of a graph: a digest of the exact bodies sent."""
    h = hashlib.sha256()
    for body in bodies:
        h.update(body)
    return h.hexdigest()


class Refused(StoreError):
    """A request the server did not act on: it could not be reached (or not the whole
    request), or it refused the credentials."""


def _host_and_port(parts: urllib.parse.SplitResult) -> str:
    """The URL's host and port without any user name or password in it."""
    return parts.netloc.rpartition("@")[2]


class GraphStore:
    """A Graph Store HTTP Protocol client with Digest (or Basic) authentication."""

    def __init__(self, endpoint: str, gsp_path: str = DEFAULT_GSP_PATH,
                 user: str | None = None, password: str | None = None,
                 timeout: float = 120.0) -> None:
        parts = urllib.parse.urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KgError("--endpoint is not an http(s) URL, e.g. http://localhost:8890")
        # Credentials written into the URL are used, and never repeated in messages or
        # in the push manifest.
        if parts.username is not None and user is None:
            user = urllib.parse.unquote(parts.username)
            password = urllib.parse.unquote(parts.password or "") if password is None else password
        self.base = f"{parts.scheme}://{_host_and_port(parts)}"
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

    def send(self, method: str, graph: str, body: bytes | None) -> None:
        request = urllib.request.Request(self.graph_url(graph), data=body, method=method,
                                         headers={"Content-Type": NTRIPLES} if body is not None else {})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as e:
            detail = _error_text(e.read())
            refused = e.code in (401, 403)
            hint = " (check --user and --password)" if refused else ""
            raise (Refused if refused else StoreError)(
                f"{method} {graph} to {self.url}: HTTP {e.code} {e.reason}{hint}: {detail}") from e
        except urllib.error.URLError as e:
            # raised while connecting or sending: the server did not get the whole request
            raise Refused(f"cannot reach {self.url}: {e.reason}; is the server running?"
                               ) from e
        except TimeoutError as e:
            raise StoreError(f"{method} {graph} to {self.url}: no answer in "
                             f"{self.timeout:g} s") from e
        except (OSError, http.client.HTTPException) as e:
            raise StoreError(f"{method} {graph} to {self.url}: the connection failed before "
                             f"an answer: {e!r}") from e

    def delete(self, graph: str) -> bool:
        """Remove ``graph`` from the server; False when it was not there (HTTP 404)."""
        try:
            self.send("DELETE", graph, None)
        except StoreError as e:
            cause = e.__cause__
            if isinstance(cause, urllib.error.HTTPError) and cause.code == 404:
                return False
            raise
        return True

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


def manifest_path(graph_file: Path | str, gsp_url: str) -> Path:
    """Where the graphs pushed from ``graph_file``'s folder to ``gsp_url`` are recorded."""
    key = hashlib.sha256(gsp_url.encode("utf-8")).hexdigest()[:16]
    return Path(graph_file).parent / OUTPUT_MARKER / f"push-{key}.json"


def read_manifest(path: Path) -> dict[str, str | None]:
    """Graph IRI -> digest of what was sent (None: sent in part, or content unknown).

    A missing manifest is empty; one that cannot be read raises :class:`KgError`.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise KgError(f"{path}: cannot be read: {e}") from e
    graphs = data.get("graphs") if isinstance(data, dict) else None
    if (not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION
            or not isinstance(graphs, dict)
            or not all(isinstance(v, str | None) for v in graphs.values())):
        raise KgError(f"{path}: not a push manifest of version {MANIFEST_VERSION}")
    return dict(graphs)


def write_manifest(path: Path, gsp_url: str, graphs: dict[str, str | None]) -> None:
    data = {"version": MANIFEST_VERSION, "endpoint": gsp_url,
            "graphs": dict(sorted(graphs.items()))}
    try:
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except OSError as e:
        raise KgError(f"cannot record the push in {path}: {e}") from e


def _warn(message: str) -> None:
    click.secho(f"kg push: warning: {message}", fg="yellow", err=True)


def push(graph_file: Path | str, endpoint: str, *, user: str | None = None,
         password: str | None = None, gsp_path: str = DEFAULT_GSP_PATH,
         chunk_triples: int = DEFAULT_CHUNK_TRIPLES, progress: Progress | None = None,
         timeout: float = 120.0, all_graphs: bool = False) -> PushReport:
    """Make the server hold each named graph of ``graph_file`` as it is in the file.

    Graphs unchanged since the last push to this server (by the manifest) are not sent
    unless ``all_graphs``; graphs the manifest lists that are no longer in the file are
    deleted on the server.  The manifest is saved as the push goes and when it stops,
    whatever stops it.
    """
    started = time.monotonic()
    graphs = read_graphs(graph_file)
    left_out = len(graphs.pop("", []))
    if not graphs:
        raise KgError(f"{graph_file}: has no named graphs to push; push the graph.trig "
                      "that `kg build` writes")
    client = GraphStore(endpoint, gsp_path, user, password, timeout)
    path = manifest_path(graph_file, client.url)
    recorded = _recorded_pushes(path)
    if recorded is None:
        recorded, all_graphs = {}, True
    held = _HeldGraphs(path, client.url, dict(recorded))
    report = PushReport(left_out=left_out, manifest=path)
    try:
        for done, name in enumerate(sorted(graphs), 1):
            triples = stable_blank_nodes(graphs[name])
            report.per_graph[name] = len(triples)
            # serialized twice when sent, so that only one body is held at a time
            new_digest = digest(chunks(triples, chunk_triples))
            if not all_graphs and recorded.get(name) == new_digest:
                report.kept += 1
            else:
                report.requests += _send_graph(client, name, chunks(triples, chunk_triples),
                                               held.state)
                held.state[name] = new_digest
                report.add_sent(name, len(triples))
                held.save()
            if progress:
                progress(done, len(graphs))
        _remove_graphs_gone(client, set(graphs), held, report)
    finally:
        held.save(force=True)
    report.seconds = time.monotonic() - started
    return report


def _recorded_pushes(path: Path) -> dict[str, str | None] | None:
    """The manifest at ``path``; None, with a warning, when it cannot be read, so that
    every graph is sent.  Its folder is made now: a push that cannot be recorded stops
    before it sends anything."""
    try:
        recorded: dict[str, str | None] | None = read_manifest(path)
    except KgError as e:
        _warn(f"{e}; sending every graph (graphs removed from the file since the last "
              "push stay on the server)")
        recorded = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"cannot record the push in {path.parent}: {e}") from e
    return recorded


@dataclass
class _HeldGraphs:
    """What the server holds because of us, as far as we know; saved to the manifest
    as the push goes, at most every ``CHECKPOINT_SECONDS``, and when forced."""

    path: Path
    url: str
    state: dict[str, str | None]
    saved: dict[str, str | None] = field(init=False)
    last_save: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.saved = dict(self.state)

    def save(self, force: bool = False) -> None:
        if self.state != self.saved and (
                force or time.monotonic() - self.last_save >= CHECKPOINT_SECONDS):
            write_manifest(self.path, self.url, self.state)
            self.saved, self.last_save = dict(self.state), time.monotonic()


def _remove_graphs_gone(client: GraphStore, in_file: set[str], held: _HeldGraphs,
                        report: PushReport) -> None:
    """Delete on the server the graphs pushed before that are no longer in the file."""
    for name in sorted(set(held.state) - in_file):
        client.delete(name)  # False: already gone, which is as good
        del held.state[name]
        report.removed += 1
        report.removed_graphs.append(name)
        held.save()


def _send_graph(client: GraphStore, name: str, bodies: Iterable[bytes],
                state: dict[str, str | None]) -> int:
    """Replace ``name`` on the server by ``bodies`` (a PUT, then POSTs); the requests sent.

    From the moment the server may hold something of it until it holds all of it, the
    graph is recorded in ``state`` without a digest.
    """
    sent = 0
    try:
        for body in bodies:
            client.send("PUT" if sent == 0 else "POST", name, body)
            sent += 1
    except BaseException as e:  # an error, or Ctrl-C while a request was on its way
        if sent or not isinstance(e, Refused):
            state[name] = None  # a refused first request left the graph as it was
        raise
    return sent


def count_triples(endpoint: str, sparql_path: str = "/sparql",
                  graphs: list[str] | None = None, timeout: float = 60.0) -> dict[str, int]:
    """Triples per named graph on the server, by a SPARQL query (for ``--verify``)."""
    values = ""
    if graphs:
        values = "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " } "
    query = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ {values}GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    parts = urllib.parse.urlsplit(endpoint)
    url = urllib.parse.urljoin(f"{parts.scheme}://{_host_and_port(parts)}/", sparql_path.lstrip("/"))
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


def verify(endpoint: str, report: PushReport) -> str:
    """Count each pushed graph's triples through the server's /sparql: a line that says
    they agree, or :class:`KgError` listing (on standard error) those that differ."""
    counts = count_triples(endpoint, graphs=sorted(report.per_graph))
    wrong = {g: (n, counts.get(g, 0)) for g, n in report.per_graph.items() if counts.get(g, 0) != n}
    if wrong:
        for g, (expected, found) in sorted(wrong.items())[:20]:
            print(f"  {g}: the file has {expected} triples, the server has {found}", file=sys.stderr)
        raise KgError(f"{len(wrong)} of {len(report.per_graph)} graphs differ on the "
                      "server (it may merge equal literals or apply inference, or have "
                      "lost graphs since the last push: push again with --all)")
    return f"verified: the server holds the same number of triples in all {len(report.per_graph)} graphs"


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt (so ``finally`` blocks run) while in the block."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
