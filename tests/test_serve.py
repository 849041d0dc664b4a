"""``kg serve``: the SPARQL 1.1 Protocol endpoint, driven by a real client (SPARQLWrapper)."""

from __future__ import annotations

import http.client
import json
import os
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.dom.minidom import Document

import pyoxigraph as ox
import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from bench.harness import serving_on_a_thread
from kg.namespace import KG
from kg.outputs import build_outputs
from kg.store.endpoint import choose_type
from kg.store.serve import KgSparqlServer, make_server
from kg.store.sparql import looks_like_update

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = "SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label } ORDER BY ?label"


@contextmanager
def _serve(server: KgSparqlServer) -> Iterator[str]:
    """The server answering until the block ends: its URL."""
    with serving_on_a_thread(server):
        yield server.url


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve")
    report = build_outputs([ROOT / "data" / "seed"], out, view=False)
    assert report.triples > 0
    return out / "graph.trig"


# every test on the endpoint runs on both engines: Oxigraph's server (the default) and kg's workers
@pytest.fixture(scope="module", params=["oxigraph", "python"])
def endpoint(graph_file: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    with _serve(make_server(graph_file, "127.0.0.1", 0, 10, 10_000, log=False, engine=request.param)) as url:
        yield url


def test_queries_run_on_oxigraph_s_server_by_default(graph_file: Path) -> None:
    from kg.store.oxigraph_server import OxigraphServers

    server = make_server(graph_file, "127.0.0.1", 0, 10, 100, log=False, workers=1)
    try:
        assert isinstance(server.runner, OxigraphServers)
    finally:
        server.server_close()


def _client(url: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setTimeout(30)
    return client


def _people(graph_file: Path) -> list[str]:
    store = ox.Store()
    store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TRIG)
    rows = store.query(
        f"SELECT ?p WHERE {{ ?p a <{KG.Person}> }}", use_default_graph_as_union=True
    )
    return sorted({row["p"].value for row in rows})


def test_select_json(endpoint: str, graph_file: Path) -> None:
    data = _client(endpoint, PEOPLE).query().convert()
    people = sorted({b["p"]["value"] for b in data["results"]["bindings"]})
    assert data["head"]["vars"] == ["p", "label"]
    assert people and people == _people(graph_file)
    label = data["results"]["bindings"][0]["label"]
    assert label["type"] == "literal" and label["xml:lang"] == "vi"


def test_select_xml(endpoint: str) -> None:
    doc = _client(endpoint, PEOPLE, XML).query().convert()
    assert isinstance(doc, Document)
    names = [v.getAttribute("name") for v in doc.getElementsByTagName("variable")]
    assert names == ["p", "label"]
    assert doc.getElementsByTagName("result")
    assert doc.getElementsByTagName("uri")[0].firstChild.data.startswith("https://w3id.org/")


def test_select_csv(endpoint: str) -> None:
    text = _client(endpoint, PEOPLE, CSV).query().convert().decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "p,label"
    assert len(lines) > 1 and lines[1].startswith("https://w3id.org/vnkg/id/person/")


def test_ask(endpoint: str) -> None:
    assert _client(endpoint, "ASK { ?p a kg:Person }").query().convert()["boolean"] is True
    assert _client(endpoint, "ASK { ?p a kg:Nothing }").query().convert()["boolean"] is False


def test_construct_turtle(endpoint: str, graph_file: Path) -> None:
    query = "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }"
    data = _client(endpoint, query, TURTLE).query().convert()
    graph = Graph().parse(data=data, format="turtle")
    assert sorted(str(s) for s in graph.subjects()) == _people(graph_file)


def test_post_forms_and_negotiation(endpoint: str) -> None:
    body = b"SELECT ?s WHERE { ?s a kg:Person } LIMIT 1"
    request = urllib.request.Request(
        endpoint, data=body,
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers.get_content_type() == "text/csv"
        assert response.read().decode().startswith("s\r\n")
    query = "CONSTRUCT WHERE { ?s a kg:Person } LIMIT 2"
    request = urllib.request.Request(
        f"{endpoint}?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/n-triples"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers.get_content_type() == "application/n-triples"
        assert len(response.read().decode().splitlines()) == 2


def test_kg_query_writes_what_the_endpoint_sends(endpoint: str, graph_file: Path) -> None:
    """One writer: `kg query --format json|csv` gives the endpoint's answer, laid out for a
    terminal (JSON indented, CSV lines ending in a newline, not CRLF)."""
    from kg.built import open_graph
    from kg.store.results import format_result

    with open_graph(graph_file) as graph:
        result = graph.query(PEOPLE)
    for media, fmt in (("application/sparql-results+json", "json"), ("text/csv", "csv")):
        request = urllib.request.Request(f"{endpoint}?{urllib.parse.urlencode({'query': PEOPLE})}",
                                         headers={"Accept": media})
        with urllib.request.urlopen(request, timeout=10) as response:
            sent = response.read().decode("utf-8")
        written = format_result(result, fmt)
        if fmt == "json":
            assert json.loads(written) == json.loads(sent) and "\n  " in written
        else:
            assert written.replace("\n", "\r\n") == sent


def test_blank_nodes_in_every_format() -> None:
    """A blank node is `_:label` in CSV and TSV, a bnode in JSON and XML, for both."""
    from kg.store.results import CSV, JSON, TSV, XML, Cell, QueryResult, format_result, write_solutions

    rows = [(Cell("bnode", "b0"), Cell("literal", "x\ty", "http://www.w3.org/2001/XMLSchema#string"))]
    assert write_solutions(["s", "v"], rows, CSV) == "s,v\r\n_:b0,x\ty\r\n"
    assert write_solutions(["s", "v"], rows, TSV) == '?s\t?v\n_:b0\t"x\\ty"\n'
    assert json.loads(write_solutions(["s", "v"], rows, JSON))["results"]["bindings"][0]["s"] == {
        "type": "bnode", "value": "b0"}
    assert "<bnode>b0</bnode>" in write_solutions(["s", "v"], rows, XML)
    assert format_result(QueryResult("select", ("s", "v"), tuple(rows)), "csv") == "s,v\n_:b0,x\ty\n"


def test_update_rejected(endpoint: str) -> None:
    client = _client(endpoint, "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }")
    client.setMethod(POST)  # SPARQLWrapper sends it as the update= form field
    with pytest.raises(QueryBadFormed, match="read-only"):
        client.query()
    for body, media in (
        (b"DELETE WHERE { ?s ?p ?o }", "application/sparql-update"),
        (b"query=DROP%20ALL", "application/x-www-form-urlencoded"),
        (b"update=DROP%20ALL", "application/x-www-form-urlencoded"),
    ):
        status, text = _raw(endpoint, "POST", body, {"Content-Type": media})
        assert status == 400 and "read-only" in text
    ask = _client(endpoint, "ASK { <http://e/a> ?p ?o }").query().convert()
    assert ask["boolean"] is False


def _raw(url: str, method: str, body: bytes | None = None,
         headers: dict[str, str] | None = None, path: str | None = None) -> tuple[int, str]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request(method, path or parts.path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def test_not_found_and_no_files(endpoint: str) -> None:
    for path in ("/graph.trig", "/../../etc/passwd", "/sparql/x", "/favicon.ico"):
        status, _text = _raw(endpoint, "GET", path=path)
        assert status == 404, path
    status, _text = _raw(endpoint, "PUT", b"x", {"Content-Type": "text/turtle"})
    assert status == 405


def test_query_page(endpoint: str) -> None:
    status, text = _raw(endpoint, "GET", path="/")
    assert status == 200 and "<textarea" in text
    assert "src=" not in text and "href=" not in text  # nothing loaded from elsewhere


def test_body_too_large(endpoint: str) -> None:
    # The server answers from the announced length without reading the body, and may
    # close before a client has sent it all: speak HTTP on a socket, send only a start.
    import socket

    url = urllib.parse.urlsplit(endpoint)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(
            f"POST {url.path or '/sparql'} HTTP/1.1\r\nHost: {url.hostname}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {1024 * 1024 + 7}\r\n\r\nquery=".encode()
        )
        response = b""
        while chunk := sock.recv(65536):
            response += chunk
    head, _, text = response.decode("utf-8", "replace").partition("\r\n\r\n")
    assert head.split()[1] == "413" and "limit" in text


def test_bad_query(endpoint: str) -> None:
    status, text = _raw(endpoint, "GET", path="/sparql?query=SELEC%20x")
    assert status == 400 and "syntax" in text
    status, text = _raw(endpoint, "GET", path="/sparql")
    assert status == 400


@pytest.mark.parametrize("engine", ["oxigraph", "python"])
def test_timeout_and_truncation(engine: str) -> None:
    store = ox.Store()
    p = ox.NamedNode("http://e/p")
    store.extend(
        ox.Quad(ox.NamedNode(f"http://e/{i}"), p, ox.Literal(str(i)), ox.NamedNode("http://g/1"))
        for i in range(2000)
    )
    server = make_server(store, "127.0.0.1", 0, 0.3, 5, log=False, engine=engine)
    with _serve(server) as url:
        query = "SELECT ?s WHERE { ?s ?p ?o }"
        with urllib.request.urlopen(
            f"{url}?{urllib.parse.urlencode({'query': query})}", timeout=10
        ) as response:
            assert response.headers["X-Results-Truncated"] == "true"
            assert response.headers["X-Results-Limit"] == "5"
            assert response.read().count(b'"type": "uri"') == 5
        # A cross product of 4 million pairs: far beyond 0.3 s.
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?p ?o2 }"
        started = time.monotonic()
        status, text = _raw(url, "GET", path=f"/sparql?{urllib.parse.urlencode({'query': slow})}")
        assert status == 503 and "0.3 s" in text
        assert time.monotonic() - started < 3


def test_helpers() -> None:
    assert looks_like_update("PREFIX a: <http://a/> INSERT DATA { a:b a:c a:d }")
    assert looks_like_update("with <g> delete { ?s ?p ?o } where { ?s ?p ?o }")
    assert not looks_like_update('SELECT * { ?s ?p "DELETE" } # drop it')
    assert not looks_like_update("SELECT ?add WHERE { ?add ?p ?o }")
    offered = ("application/sparql-results+json", "text/csv")
    assert choose_type("text/csv;q=0.5, application/json", offered) == offered[0]
    assert choose_type("text/*", offered) == "text/csv"
    assert choose_type("image/png", offered) == offered[0]
    assert choose_type("*/*", offered, "csv") == "text/csv"


def test_kg_serve_answers_kept_alive_connections_at_once(graph_file: Path, kg_command: list[str]) -> None:
    """`kg serve` as a user starts it: on loopback by default; small answers on one
    kept-alive connection come in a few milliseconds (they took 40 ms each while the
    body waited for the client's delayed ACK, Nagle's algorithm); SIGTERM stops it."""
    import re
    import signal
    import subprocess

    process = subprocess.Popen([*kg_command, "serve", "--graph", str(graph_file.parent), "--port", "0"],
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()  # the one line it says when it is ready
        found = re.search(r"SPARQL endpoint at http://127\.0\.0\.1:(\d+)/sparql", line)
        assert found, line
        conn = http.client.HTTPConnection("127.0.0.1", int(found.group(1)), timeout=10)
        query = f"/sparql?{urllib.parse.urlencode({'query': 'ASK { ?s a kg:Person }'})}"
        latencies = []
        for _ in range(20):
            started = time.perf_counter()
            conn.request("GET", query)
            response = conn.getresponse()
            assert response.status == 200 and b"true" in response.read()
            latencies.append(time.perf_counter() - started)
        conn.close()
        assert statistics.median(latencies) < 0.03, latencies
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0
        assert "kg serve: stopped" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_command_line_defaults_are_the_library_s() -> None:
    """`kg serve`'s defaults are written in kg/cli/serving.py (which does not import the serve
    modules for `kg --help`); they are make_server's."""
    import inspect

    from kg.cli import main

    options = {p.name: p.default for p in main.commands["serve"].params}
    defaults = inspect.signature(make_server).parameters
    for name in ("host", "port", "timeout", "max_results"):
        assert options[name] == defaults[name].default, name


def test_load(endpoint: str) -> None:
    """16 clients for up to 3 s on loopback: no errors; latency printed, not asserted."""
    query = urllib.parse.urlencode(
        {"query": "SELECT ?p ?label WHERE { ?p a kg:Person ; rdfs:label ?label } LIMIT 50"}
    )
    stop_at = time.monotonic() + 3
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client() -> None:
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(f"{endpoint}?{query}", timeout=10) as response:
                    response.read()
                    ok = response.status == 200
            except (OSError, urllib.error.HTTPError) as e:
                with lock:
                    errors.append(repr(e))
                continue
            with lock:
                latencies.append(time.perf_counter() - started)
                if not ok:
                    errors.append("status")

    threads = [threading.Thread(target=client) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(15)
    assert not errors, errors[:5]
    assert latencies
    cuts = statistics.quantiles(latencies, n=20)
    print(f"\nload: {len(latencies)} requests by 16 clients in 3 s, "
          f"p50 {statistics.median(latencies) * 1000:.1f} ms, p95 {cuts[18] * 1000:.1f} ms")


def test_serves_an_oxigraph_store(graph_file: Path, tmp_path: Path) -> None:
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    store.store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TRIG)
    with _serve(make_server(store, "127.0.0.1", 0, 10, 10_000, log=False)) as url:
        data = _client(url, PEOPLE).query().convert()
        assert sorted({b["p"]["value"] for b in data["results"]["bindings"]}) == (
            _people(graph_file)
        )


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_slow_queries_are_stopped_not_abandoned(graph_file: Path) -> None:
    """Past its time-out a query's process ends: ten slow queries do not lock the endpoint."""
    server = make_server(graph_file, "127.0.0.1", 0, 0.5, 100, log=False, workers=2)
    slow = urllib.parse.urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?o2 . ?c ?r ?o3 }"})
    statuses: list[int] = []

    def ask_slow(url: str) -> None:
        statuses.append(_raw(url, "GET", path=f"/sparql?{slow}")[0])

    with _serve(server) as url:
        threads = [threading.Thread(target=ask_slow, args=(url,)) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert statuses == [503] * 10
        # Stopped workers are replaced within moments (a fork each), then short queries
        # are answered at once.
        people = urllib.parse.urlencode({"query": PEOPLE + " LIMIT 5"})
        recovered = time.monotonic() + 15
        while _raw(url, "GET", path=f"/sparql?{people}")[0] != 200:
            assert time.monotonic() < recovered, "the endpoint did not recover"
            time.sleep(0.05)
        latencies = []
        for _ in range(5):
            started = time.perf_counter()
            assert _raw(url, "GET", path=f"/sparql?{people}")[0] == 200
            latencies.append(time.perf_counter() - started)
        assert min(latencies) < 0.1, latencies
        pids = [w.process.pid for w in server.runner._all]  # noqa: SLF001 - what the test is about
        before = [_cpu_seconds(pid) for pid in pids]
        time.sleep(1.0)
        spent = [_cpu_seconds(pid) - b for pid, b in zip(pids, before, strict=True)]
        assert max(spent) < 0.3, f"a worker still computes a stopped query: {spent}"


class _Listener:
    """A loopback socket that records whether anything connects to it."""

    def __init__(self) -> None:
        import socket

        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


def test_service_is_refused_everywhere(endpoint: str, graph_file: Path, tmp_path: Path) -> None:
    from kg.errors import QueryError
    from kg.store.graphfiles import load_dataset
    from kg.store.oxigraph import OxigraphStore
    from kg.store.query import run_query

    listener = _Listener()
    target = f"http://127.0.0.1:{listener.port}/sparql"
    queries = [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
    ]
    store = OxigraphStore(tmp_path / "store")
    store.store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TRIG)
    try:
        for query in queries:
            status, text = _raw(endpoint, "GET",
                                path=f"/sparql?{urllib.parse.urlencode({'query': query})}")
            assert status == 400 and "SERVICE" in text, (query, status, text)
            for source in (load_dataset(graph_file), store):
                with pytest.raises(QueryError, match="SERVICE"):
                    run_query(source, query)
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()
    # The word elsewhere is no call: a variable, a string, a prefixed name.
    harmless = ('SELECT ?service WHERE { ?service a kg:Person . '
                'FILTER(?service != "SERVICE <x>") } LIMIT 1')
    assert _client(endpoint, harmless).query().convert()["results"]["bindings"]


def test_requests_for_other_hosts_are_refused(endpoint: str, graph_file: Path) -> None:
    path = f"/sparql?{urllib.parse.urlencode({'query': 'ASK { ?s ?p ?o }'})}"
    port = urllib.parse.urlsplit(endpoint).port
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.nip.io"):
        status, text = _raw(endpoint, "GET", headers={"Host": host}, path=path)
        assert status == 421 and "--allow-host" in text, host
        status, _ = _raw(endpoint, "GET", headers={"Host": host}, path="/")
        assert status == 421
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        status, _ = _raw(endpoint, "GET", headers={"Host": host}, path=path)
        assert status == 200, host
    server = make_server(graph_file, "127.0.0.1", 0, 10, 100, log=False, workers=1,
                         allow_hosts=("kg.lan",))
    with _serve(server) as url:
        assert _raw(url, "GET", headers={"Host": "kg.lan"}, path=path)[0] == 200
        assert _raw(url, "GET", headers={"Host": "evil.example"}, path=path)[0] == 421


def test_a_storm_of_long_queries_among_short_ones(graph_file: Path) -> None:
    """50 long queries from 10 clients while 4 clients ask short ones: every answer is
    a result or a clear 503, never an error, and the endpoint is itself again after."""
    server = make_server(graph_file, "127.0.0.1", 0, 0.5, 100, log=False, workers=2)
    slow = urllib.parse.urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?o2 . ?c ?r ?o3 }"})
    short = urllib.parse.urlencode({"query": PEOPLE + " LIMIT 5"})
    answers: dict[str, list[int]] = {"long": [], "short": []}
    storm_over = threading.Event()

    def long_client(url: str) -> None:
        for _ in range(5):
            answers["long"].append(_raw(url, "GET", path=f"/sparql?{slow}")[0])

    def short_client(url: str) -> None:
        while not storm_over.is_set():
            answers["short"].append(_raw(url, "GET", path=f"/sparql?{short}")[0])
            time.sleep(0.05)

    with _serve(server) as url:
        shorts = [threading.Thread(target=short_client, args=(url,)) for _ in range(4)]
        longs = [threading.Thread(target=long_client, args=(url,)) for _ in range(10)]
        for t in shorts + longs:
            t.start()
        for t in longs:
            t.join(120)
        storm_over.set()
        for t in shorts:
            t.join(30)
        assert answers["long"] == [503] * 50
        assert set(answers["short"]) <= {200, 503} and 200 in answers["short"]
        recovered = time.monotonic() + 15
        while _raw(url, "GET", path=f"/sparql?{short}")[0] != 200:
            assert time.monotonic() < recovered, "the endpoint did not recover"
            time.sleep(0.05)
    print(f"\nstorm: {answers['short'].count(200)} of {len(answers['short'])} short queries "
          "answered during 50 long ones")


def test_cross_origin_requests_need_cors(endpoint: str, graph_file: Path) -> None:
    query = f"/sparql?{urllib.parse.urlencode({'query': 'ASK { ?s ?p ?o }'})}"
    port = urllib.parse.urlsplit(endpoint).port
    status, text = _raw(endpoint, "GET", headers={"Origin": "https://evil.example"}, path=query)
    assert status == 403 and "--cors" in text
    status, _ = _raw(endpoint, "POST", b"query=ASK%20%7B%7D",
                     {"Origin": "null", "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    # The query page's own requests come from the endpoint's origin.
    status, _ = _raw(endpoint, "GET", headers={"Origin": f"http://127.0.0.1:{port}"}, path=query)
    assert status == 200
    status, _ = _raw(endpoint, "OPTIONS", headers={"Origin": "https://evil.example"},
                     path="/sparql")
    assert status == 403
    server = make_server(graph_file, "127.0.0.1", 0, 10, 100, log=False, workers=1, cors=True)
    with _serve(server) as url:
        parts = urllib.parse.urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        conn.request("OPTIONS", "/sparql", headers={
            "Origin": "https://notebook.example", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        preflight = conn.getresponse()
        preflight.read()
        assert preflight.status == 204
        assert preflight.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
        conn.request("GET", query, headers={"Origin": "https://notebook.example"})
        answer = conn.getresponse()
        assert answer.status == 200 and answer.headers["Access-Control-Allow-Origin"] == "*"
        answer.read()
        conn.close()


def test_from_and_allowed_service(graph_file: Path) -> None:
    """FROM names a graph of the dataset and fetches nothing; SERVICE goes out only
    when the user allows it."""
    from kg.store.graphfiles import load_dataset
    from kg.store.query import run_query

    listener = _Listener()
    target = f"http://127.0.0.1:{listener.port}/g"
    try:
        run_query(load_dataset(graph_file), f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }}")
        time.sleep(0.3)
        assert listener.connections == 0
        server = make_server(graph_file, "127.0.0.1", 0, 5, 100, log=False, workers=1,
                             allow_service=True)
        query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
        with _serve(server) as url:
            status, _ = _raw(url, "GET", path=f"/sparql?{urllib.parse.urlencode({'query': query})}")
            assert status != 200  # the other end is no SPARQL endpoint
        time.sleep(0.3)
        assert listener.connections >= 1
    finally:
        listener.close()


def test_a_connection_oxigraph_closed_is_opened_again(graph_file: Path) -> None:
    """Oxigraph's server may close a kept-alive connection while it is idle: the next query
    is sent again on a new one, and the server is not taken for dead."""
    import socket

    server = make_server(graph_file, "127.0.0.1", 0, 10, 100, log=False, workers=1)
    people = urllib.parse.urlencode({"query": PEOPLE + " LIMIT 5"})
    with _serve(server) as url:
        assert _raw(url, "GET", path=f"/sparql?{people}")[0] == 200
        (only,) = server.runner._all  # noqa: SLF001 - what the test is about
        only.conn.sock.shutdown(socket.SHUT_RDWR)  # as if the other end had closed it
        assert _raw(url, "GET", path=f"/sparql?{people}")[0] == 200
        assert server.runner._all == {only}  # noqa: SLF001
