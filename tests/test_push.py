"""``kg push`` against a real Virtuoso that the test starts and stops."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.outputs import build_outputs
from kg.push import count_triples, push
from kg.rdf import KB_GRAPH, article_graph_iri

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
ARTICLE = "bac-ninh-hoc-tap-lam-theo-bac.txt"
KB = str(KB_GRAPH)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
    sql_port, http_port = _free_port(), _free_port()
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
                 chunk_triples=500)  # small chunks: PUT then POSTs for every large graph
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
