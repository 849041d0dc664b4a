"""``kg push`` against a real Virtuoso that the test starts and stops."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from kg_cli import run  # tests/ is on sys.path (rootdir import mode)

from bench.harness import free_port, serving_on_a_thread
from kg.cli import main
from kg.errors import StoreError
from kg.outputs import build_outputs
from kg.rdf import KB_GRAPH, article_graph_iri
from kg.rdf.analysis import ANALYSIS_GRAPH
from kg.store.push import GraphStore, PushReport, count_triples, manifest_path, push, read_graphs

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
ARTICLE = "bac-ninh-hoc-tap-lam-theo-bac.txt"
KB = str(KB_GRAPH)


def _packaged_ini() -> Path | None:
    found = sorted(Path("/etc").glob("virtuoso-opensource-*/virtuoso.ini"))
    return found[-1] if found else None


def _ask(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/sparql?query=ASK%7B%7D", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Virtuoso on free loopback ports; user dba, password dba."""
    binary = shutil.which("virtuoso-t")
    ini = _packaged_ini()
    if binary is None or ini is None:
        message = "virtuoso-t not installed (Debian package virtuoso-opensource)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must install it (.ci/apt-packages.txt)")
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    text = ini.read_text(encoding="utf-8")
    db_dir = re.search(r"(?m)^DatabaseFile\s*=\s*(\S+)/[^/\s]+$", text)
    assert db_dir, f"{ini}: no DatabaseFile line"
    text = text.replace(db_dir.group(1), str(folder))
    text = re.sub(r"(?m)^(ServerPort\s*=\s*)1111\b.*$", rf"\g<1>127.0.0.1:{sql_port}", text)
    text = re.sub(r"(?m)^(ServerPort\s*=\s*)8890\b.*$", rf"\g<1>127.0.0.1:{http_port}", text)
    text = re.sub(r"(?m)^(DirsAllowed\s*=\s*.*)$", rf"\g<1>, {folder}", text)
    config = folder / "virtuoso.ini"
    config.write_text(text, encoding="utf-8")
    log = (folder / "console.log").open("wb")
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(config)], cwd=folder, stdout=log,
        stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 60
        while not _ask(url):
            if process.poll() is not None or time.monotonic() > deadline:
                output = (folder / "console.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"Virtuoso did not start:\n{output}")
            time.sleep(0.3)
        yield url
    finally:
        # The whole process group: Virtuoso may have started helpers.
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        except ProcessLookupError:
            pass
        log.close()


def _build(src: Path, out: Path) -> Path:
    report = build_outputs([src], out, view=False)
    assert report.articles == 1 and not report.skipped
    return out / "graph.trig"


def _ask_in(url: str, graph: str, pattern: str) -> bool:
    query = f"ASK {{ GRAPH <{graph}> {{ {pattern} }} }}"
    request = urllib.request.Request(
        f"{url}/sparql?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return b"true" in response.read()


def test_push_replaces_graphs(virtuoso: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEED, src)
    first = push(_build(src, tmp_path / "out1"), virtuoso, user="dba", password="dba",
                 chunk_triples=200)  # small chunks: PUT then POSTs for every large graph
    assert first.graphs == 3 and first.requests > first.graphs
    graph = str(article_graph_iri(ARTICLE))
    assert graph in first.per_graph
    assert count_triples(virtuoso, graphs=sorted(first.per_graph)) == first.per_graph
    # The article's graph names the person by IRI; the shared graph:kb holds the label.
    old_iri = '?s ?p ?o FILTER (CONTAINS(STR(?o), "/person/nguyen-duc-hien-"))'
    assert _ask_in(virtuoso, graph, old_iri)
    assert _ask_in(virtuoso, KB, '?s ?p "Nguyễn Đức Hiện"@vi')

    # The article changes: a person renamed, a paragraph of models gone.
    article = src / ARTICLE
    text = article.read_text(encoding="utf-8").replace("Nguyễn Đức Hiện", "Trần Đức Hiền")
    text = "\n".join(line for line in text.splitlines() if "Mô hình “Dấu ấn" not in line)
    article.write_text(text + "\n", encoding="utf-8")
    second = push(_build(src, tmp_path / "out2"), virtuoso, user="dba", password="dba")
    assert second.per_graph[graph] != first.per_graph[graph]
    # Replaced, not added to: the counts are the new ones and the old name is gone.
    assert count_triples(virtuoso, graphs=sorted(second.per_graph)) == second.per_graph
    assert not _ask_in(virtuoso, graph, old_iri)
    assert _ask_in(virtuoso, graph, old_iri.replace("nguyen-duc-hien", "tran-duc-hien"))
    assert not _ask_in(virtuoso, KB, '?s ?p "Nguyễn Đức Hiện"@vi')
    assert _ask_in(virtuoso, KB, '?s ?p "Trần Đức Hiền"@vi')


def test_push_needs_the_password(virtuoso: str, tmp_path: Path) -> None:
    graph = _build(SEED, tmp_path / "out")
    with pytest.raises(StoreError, match="401"):
        push(graph, virtuoso, user="dba", password="wrong")
    with pytest.raises(StoreError, match="401"):
        push(graph, virtuoso)


# Incremental push: a manifest next to the graph file records what went where.

DEV = ROOT / "data" / "dev"
OTHERS = ["ha-tinh-bao-ve-can-bo-dam-nghi-dam-lam.txt", "quang-ngai-ubkt-ky-hop-19.txt"]
ANALYSIS = str(ANALYSIS_GRAPH)


def _corpus(tmp_path: Path) -> Path:
    """Three articles: the seed one and two from the dev set."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEED / ARTICLE, src)
    for name in OTHERS:
        shutil.copy(DEV / name, src)
    return src


def _build_all(src: Path, out: Path) -> Path:
    report = build_outputs([src], out, jobs=1, view=False)
    assert report.articles == len(list(src.glob("*.txt"))) and not report.skipped
    return out / "graph.trig"


def _push(graph: Path, url: str, **options: Any) -> PushReport:
    return push(graph, url, user="dba", password="dba", **options)


def _manifest(graph: Path, url: str) -> dict[str, Any]:
    found = list((graph.parent / ".kg-cache").glob("push-*.json"))
    path = manifest_path(graph, GraphStore(url).url)
    assert found == [path]
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _graphs_in(graph: Path) -> dict[str, frozenset[str]]:
    return {name: frozenset(str(t) for t in triples) for name, triples in read_graphs(graph).items()}


def test_second_push_sends_nothing(virtuoso: str, tmp_path: Path) -> None:
    graph = _build_all(_corpus(tmp_path), tmp_path / "out")
    first = _push(graph, virtuoso)
    assert first.graphs == 5 and first.kept == 0 and first.removed == 0
    assert {KB, ANALYSIS, str(article_graph_iri(ARTICLE))} <= set(first.sent)
    manifest = _manifest(graph, virtuoso)
    assert manifest["endpoint"] == f"{virtuoso}/sparql-graph-crud-auth"
    assert sorted(manifest["graphs"]) == sorted(first.sent)
    assert all(isinstance(d, str) and len(d) == 64 for d in manifest["graphs"].values())

    second = _push(graph, virtuoso)
    assert (second.graphs, second.triples, second.requests, second.kept) == (0, 0, 0, 5)
    assert second.sent == [] and second.per_graph == first.per_graph
    assert second.text().startswith("pushed 0 graphs, 0 triples in 0 requests, ")
    assert second.text().endswith("; 5 unchanged graphs kept")
    assert _manifest(graph, virtuoso) == manifest
    assert count_triples(virtuoso, graphs=sorted(first.per_graph)) == first.per_graph


def test_push_sends_only_changed_graphs(virtuoso: str, tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    graph = _build_all(src, tmp_path / "out")
    before = _graphs_in(graph)
    _push(graph, virtuoso)

    article = src / ARTICLE
    text = article.read_text(encoding="utf-8").replace("Nguyễn Đức Hiện", "Trần Đức Hiền")
    article.write_text(text, encoding="utf-8")
    _build_all(src, tmp_path / "out")  # the same folder: the manifest is next to it
    after = _graphs_in(graph)
    changed = {name for name in after if before.get(name) != after[name]}
    assert str(article_graph_iri(ARTICLE)) in changed and KB in changed
    assert not changed & {str(article_graph_iri(name)) for name in OTHERS}

    report = _push(graph, virtuoso, chunk_triples=300)
    assert set(report.sent) == changed
    assert report.kept == 5 - len(changed) and report.removed == 0
    assert report.requests > report.graphs  # the chunks of the larger graphs
    assert count_triples(virtuoso, graphs=sorted(after)) == report.per_graph
    assert _ask_in(virtuoso, KB, '?s ?p "Trần Đức Hiền"@vi')
    # digests follow the bodies sent, whatever their size, so a new chunk size resends
    assert _push(graph, virtuoso, chunk_triples=300).graphs == 0


def test_removed_article_is_deleted_on_the_server(virtuoso: str, tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    graph = _build_all(src, tmp_path / "out")
    # A graph on the server that kg push did not put there is never touched.
    foreign = "http://example.org/not-ours"
    other = GraphStore(virtuoso, user="dba", password="dba")
    other.replace(foreign, [ox.Triple(ox.NamedNode("http://example.org/s"),
                                      ox.NamedNode("http://example.org/p"), ox.Literal("o"))])
    _push(graph, virtuoso)

    gone, also_gone = (str(article_graph_iri(name)) for name in OTHERS)
    assert count_triples(virtuoso, graphs=[gone, also_gone]).keys() == {gone, also_gone}
    # One of them is already gone from the server: the 404 counts as removed.
    assert other.delete(also_gone) and not other.delete(also_gone)
    before = _graphs_in(graph)
    for name in OTHERS:
        (src / name).unlink()
    _build_all(src, tmp_path / "out")
    after = _graphs_in(graph)
    report = _push(graph, virtuoso)
    assert report.removed_graphs == sorted([gone, also_gone]) and report.removed == 2
    assert report.text().endswith("; 2 graphs removed")
    assert set(report.sent) == {name for name in after if before[name] != after[name]}
    assert report.kept == len(after) - len(report.sent)
    assert count_triples(virtuoso, graphs=[gone, also_gone]) == {}
    assert count_triples(virtuoso, graphs=[foreign]) == {foreign: 1}
    assert sorted(_manifest(graph, virtuoso)["graphs"]) == sorted(report.per_graph)
    assert count_triples(virtuoso, graphs=sorted(report.per_graph)) == report.per_graph
    assert _push(graph, virtuoso).removed == 0


def test_all_resends_everything(virtuoso: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = _build_all(_corpus(tmp_path), tmp_path / "out")
    first = _push(graph, virtuoso)
    manifest = _manifest(graph, virtuoso)
    again = _push(graph, virtuoso, all_graphs=True)
    assert again.graphs == 5 and again.kept == 0 and again.sent == first.sent
    assert _manifest(graph, virtuoso) == manifest

    code, output = run("push", "--endpoint", virtuoso, "--user", "dba", "--password", "dba",
                       "--graph", str(graph), "--all")
    assert code == 0, output
    assert output.startswith("pushed 5 graphs, ")
    code, output = run("push", "--endpoint", virtuoso, "--user", "dba", "--password", "dba",
                       "--graph", str(graph), "--verify")
    assert code == 0, output
    assert "pushed 0 graphs" in output and "5 unchanged graphs kept" in output
    assert "verified: the server holds the same number of triples in all 5 graphs" in output

    # A manifest that cannot be read: a warning, and every graph is sent.
    path = manifest_path(graph, GraphStore(virtuoso).url)
    path.write_text('{"version": 1, "graphs": {', encoding="utf-8")
    capsys.readouterr()
    report = _push(graph, virtuoso)
    assert report.graphs == 5 and report.kept == 0
    assert "warning" in capsys.readouterr().err
    assert _manifest(graph, virtuoso) == manifest


def test_push_help_tells_what_is_removed() -> None:
    code, output = run("push", "--help")
    assert code == 0
    text = " ".join(output.split())
    assert "--all" in text and "deleted on the server" in text and "left on the server" not in text


def test_the_command_line_defaults_are_the_library_s() -> None:
    """`kg push`'s option defaults are written in kg/cli/serving.py (which does not import the
    push module for `kg --help`); they are the library's."""
    from kg.store import push as remote

    defaults = {p.name: p.default for p in main.commands["push"].params}
    assert defaults["gsp_path"] == remote.DEFAULT_GSP_PATH
    assert defaults["chunk_triples"] == remote.DEFAULT_CHUNK_TRIPLES


class _Proxy(ThreadingHTTPServer):
    """Forwards requests to the server, except that it answers HTTP 500 to those that
    ``fail(method, graph)`` picks; it keeps the methods and graphs it saw."""

    def __init__(self, target: str) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.target = urllib.parse.urlsplit(target).netloc
        self.fail: Callable[[str, str], bool] = lambda method, graph: False
        self.seen: list[tuple[str, str]] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(BaseHTTPRequestHandler):
    server: _Proxy

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _forward(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("graph", [""])[0]
        if self.headers.get("Authorization"):  # the answer to a challenge: a real request
            self.server.seen.append((self.command, graph))
            if self.server.fail(self.command, graph):
                self.send_response(500)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        hop = {"host", "connection", "keep-alive", "transfer-encoding", "content-length"}
        headers = {k: v for k, v in self.headers.items() if k.lower() not in hop}
        connection = http.client.HTTPConnection(self.server.target, timeout=60)
        try:
            connection.request(self.command, self.path, body=body, headers=headers)
            answer = connection.getresponse()
            data = answer.read()
        finally:
            connection.close()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in hop:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_PUT = do_POST = do_DELETE = do_GET = _forward


@pytest.fixture
def proxy(virtuoso: str) -> Iterator[_Proxy]:
    with serving_on_a_thread(_Proxy(virtuoso)) as server:
        yield server


def test_failed_push_records_only_what_arrived(virtuoso: str, proxy: _Proxy, tmp_path: Path) -> None:
    graph = _build_all(_corpus(tmp_path), tmp_path / "out")
    order = sorted(read_graphs(graph))  # the analysis, the three articles, graph:kb
    assert order[0] == ANALYSIS and order[-1] == KB
    broken = order[2]
    # The second part of one article's graph fails: its first part is on the server.
    proxy.fail = lambda method, g: method == "POST" and g == broken
    with pytest.raises(StoreError, match="HTTP 500"):
        _push(graph, proxy.url, chunk_triples=100)
    recorded = _manifest(graph, proxy.url)["graphs"]
    assert recorded.keys() == {order[0], order[1], broken}
    assert recorded[broken] is None  # may be on the server in part: sent again, or removed
    assert isinstance(recorded[order[0]], str) and isinstance(recorded[order[1]], str)

    # Resumed: what arrived is not sent again.
    proxy.fail = lambda method, g: False
    proxy.seen.clear()
    report = _push(graph, proxy.url, chunk_triples=100)
    assert report.sent == order[2:] and report.kept == 2
    assert {g for _, g in proxy.seen} == set(order[2:])
    assert count_triples(virtuoso, graphs=order) == report.per_graph
    done = _manifest(graph, proxy.url)["graphs"]
    assert done.keys() == set(order) and None not in done.values()

    # Refused requests (wrong password, nobody listening) change nothing.
    manifest = manifest_path(graph, GraphStore(proxy.url).url).read_bytes()
    article = tmp_path / "src" / ARTICLE
    article.write_text(article.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    _build_all(tmp_path / "src", tmp_path / "out")
    with pytest.raises(StoreError, match="401"):
        push(graph, proxy.url, user="dba", password="wrong")
    assert manifest_path(graph, GraphStore(proxy.url).url).read_bytes() == manifest
    with pytest.raises(StoreError, match="cannot reach"):
        push(graph, f"http://127.0.0.1:{free_port()}", user="dba", password="dba")
    assert len(list((graph.parent / ".kg-cache").glob("push-*.json"))) == 1


def test_manifest_is_saved_as_the_push_goes(virtuoso: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    graph = _build_all(_corpus(tmp_path), tmp_path / "out")
    path = manifest_path(graph, GraphStore(virtuoso).url)

    def stop_after_two(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):  # Ctrl-C: what arrived is recorded on the way out
        _push(graph, virtuoso, progress=stop_after_two)
    assert len(json.loads(path.read_text(encoding="utf-8"))["graphs"]) == 2

    monkeypatch.setattr("kg.store.push.CHECKPOINT_SECONDS", 0.0)
    on_disk: list[int] = []

    def look(done: int, total: int) -> None:
        on_disk.append(len(json.loads(path.read_text(encoding="utf-8"))["graphs"]))

    report = _push(graph, virtuoso, progress=look)
    assert report.kept == 2 and report.graphs == 3
    assert on_disk == [2, 2, 3, 4, 5]  # saved after each graph, before the next is sent


def test_credentials_in_the_url_are_used_but_never_shown() -> None:
    from kg.store.push import GraphStore

    client = GraphStore(f"http://dba:s%40cret@127.0.0.1:{free_port()}")
    assert client.base.startswith("http://127.0.0.1:") and "cret" not in client.url
    with pytest.raises(StoreError) as error:
        client.send("PUT", KB, b"")
    assert "cret" not in str(error.value) and "dba" not in str(error.value)
