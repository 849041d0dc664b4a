"""Bad input, faults and hostile text through the real ``kg`` command.

A batch mixing the seed article with files that are not articles is built: each bad
file gets a one-line reason in the report, everything readable is built, and the exit
code tells full (0) from partial (3) success.  Queries that do not parse or run too
long fail with a clear message and a non-zero exit.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_ingest import cp1258  # tests/ is on sys.path (rootdir import mode)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed" / "bac-ninh-hoc-tap-lam-theo-bac.txt"
DEV = ROOT / "data" / "dev"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

pytestmark = pytest.mark.slow


RunKg = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def run_kg(kg_command: list[str]) -> RunKg:
    """Runs ``kg`` as a user would, from the repository's root."""
    def run(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*kg_command, *map(str, args)], capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT)
    return run


@pytest.fixture(scope="session")
def build(run_kg: RunKg) -> RunKg:
    # The HTML view is another module's business (and optional here); --no-view keeps
    # these tests about reading and writing.
    def run(inputs: Path, out: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        return run_kg("build", inputs, "--out", out, "--no-view", "--jobs", "2", timeout=timeout)
    return run


def report(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data


def skipped_reasons(out: Path, folder: Path) -> dict[str, str]:
    return {Path(s["source"]).relative_to(folder).as_posix(): s["reason"]
            for s in report(out)["skipped"]}


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def batch(
    build: RunKg, tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    """The seed, articles in awkward encodings and files no one can read, built once."""
    folder = tmp_path_factory.mktemp("batch")
    out = tmp_path_factory.mktemp("out")
    shutil.copy(SEED, folder / SEED.name)
    # Readable, though not plain UTF-8 NFC:
    quang_ngai = text_of(DEV / "quang-ngai-ubkt-ky-hop-19.txt")
    (folder / "utf16.txt").write_bytes(quang_ngai.encode("utf-16"))  # with BOM
    ha_tinh = text_of(DEV / "ha-tinh-bao-ve-can-bo-dam-nghi-dam-lam.txt")
    (folder / "cp1258.txt").write_bytes(cp1258(ha_tinh))
    (folder / "nfd.txt").write_text(
        unicodedata.normalize("NFD", text_of(DEV / "hai-duong-so-ket-ket-luan-01.txt")),
        encoding="utf-8")
    lam_dong = text_of(DEV / "lam-dong-ban-to-chuc-huan-chuong.html")
    body = lam_dong[lam_dong.index("<article"):lam_dong.index("</article>") + len("</article>")]
    (folder / "deep.html").write_text(
        "<html><head><style>div { margin: 0 }</style><script>var x = '<div>Trần Script</div>';"
        "</script></head><body>" + "<div>" * 100_000 + body + "</div>" * 100_000
        + "<script>document.write('<p>Lê Văn Script</p>')</script></body></html>",
        encoding="utf-8")
    # Not readable as articles:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t \r\n  \n")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
    (folder / "image.txt").write_bytes(png)
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    (folder / "hostile.html").write_text("<article><script>" + "</scrip" * 100_000,
                                         encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would block for ever
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "ping").symlink_to("pong")
    (folder / "pong").symlink_to("ping")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "up").symlink_to("..")  # a folder loop: read once, not reported
    if not IS_ROOT:
        (folder / "secret.txt").write_text(text_of(SEED), encoding="utf-8")
        (folder / "secret.txt").chmod(0)
    started = time.perf_counter()
    result = build(folder, out)
    assert time.perf_counter() - started < 120
    return folder, out, result


EXPECTED_REASONS = {
    "empty.txt": "empty file",
    "blank.txt": "only white space",
    "image.txt": "binary file, not an article",
    "huge.txt": "50.0 MB is too large for one article (limit 20.0 MB); split it or leave it out",
    "hostile.html": "no article text found",
    "pipe.txt": "not a regular file (a named pipe)",
    "dangling.txt": "broken symbolic link: its target nowhere.txt does not exist",
    "loop.txt": "symbolic link loop",
    "ping": "symbolic link loop",
    "pong": "symbolic link loop",
}


def test_bad_files_are_reported_one_line_each(batch: tuple[Path, Path, Any]) -> None:
    folder, out, result = batch
    reasons = skipped_reasons(out, folder)
    expected = dict(EXPECTED_REASONS)
    if not IS_ROOT:
        expected["secret.txt"] = "cannot read: permission denied"
    assert reasons == expected
    for source, why in reasons.items():
        assert "\n" not in why
        assert f"skipped {folder / source}: {why}" in result.stdout


def test_the_rest_of_the_batch_is_built(batch: tuple[Path, Path, Any]) -> None:
    folder, out, result = batch
    assert result.returncode == 3, result.stderr  # partial success
    assert report(out)["articles"] == 5
    graph = text_of(out / "graph.ttl")
    assert "Nguyễn Đức Hiện" in graph  # the seed
    assert "Đặng Thị Thu Trang" in graph  # UTF-16 with BOM
    assert "Nguyễn Hồng Phúc" in graph  # Windows-1258, combining tone marks
    assert "Trần Văn Bình" in graph  # NFD
    assert "Đoàn Minh Thắng" in graph  # under 100,000 <div>s
    assert unicodedata.is_normalized("NFC", graph)
    assert "Script" not in graph  # script text is not the article


def test_folder_loop_reads_each_article_once(batch: tuple[Path, Path, Any]) -> None:
    folder, out, _ = batch
    sources = " ".join(s["source"] for s in report(out)["skipped"])
    assert "another article is named" not in sources
    assert "sub/up" not in sources


def test_all_good_exits_zero(build: RunKg, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "nfd.txt").write_text(unicodedata.normalize("NFD", text_of(SEED)), encoding="utf-8")
    (folder / "bom.txt").write_bytes(codecs.BOM_UTF8 + SEED.read_bytes())
    (folder / "notes.md").write_text("not an article, ignored", encoding="utf-8")
    result = build(folder, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    assert report(tmp_path / "out")["skipped"] == []


def test_nothing_readable_exits_one(build: RunKg, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "loop.txt").symlink_to("loop.txt")
    result = build(folder, tmp_path / "out")
    assert result.returncode == 1
    assert "skipped" in result.stdout and "empty file" in result.stdout
    assert "no article could be built" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_input_is_reported(build: RunKg, tmp_path: Path) -> None:
    result = build(tmp_path / "nowhere", tmp_path / "out")
    assert result.returncode == 1
    assert "no such file or folder" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_file_name_that_is_not_utf8_is_skipped(build: RunKg, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    bad = os.fsencode(folder) + b"/tin-t\xe9c-\xff.txt"  # a Latin-1 name, as an old archive has
    with open(bad, "wb") as f:
        f.write(SEED.read_bytes())
    result = build(folder, tmp_path / "out")
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    [skipped] = report(tmp_path / "out")["skipped"]
    assert skipped["source"].endswith("tin-t\\xe9c-\\xff.txt")
    assert "not valid UTF-8" in skipped["reason"]
    assert report(tmp_path / "out")["articles"] == 1


def test_the_build_does_not_read_its_own_outputs(run_kg: RunKg, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    first = run_kg("build", folder, "--out", folder / "out", "--jobs", "1")
    assert first.returncode == 0, first.stderr
    triples = report(folder / "out")["triples"]
    (folder / "new.txt").write_text(text_of(SEED).replace("Bắc Ninh", "Bắc Giang"),
                                    encoding="utf-8")
    second = run_kg("build", folder, "--out", folder / "out", "--jobs", "1")
    assert second.returncode == 0, second.stderr
    assert "holds a build's outputs" in second.stderr
    assert report(folder / "out")["articles"] == 2  # not graph.html as a third
    assert report(folder / "out")["triples"] > triples
    # The input folder itself as the output folder: its articles, not its view.
    for _ in range(2):
        same = run_kg("build", folder, "--out", folder, "--jobs", "1")
        assert same.returncode == 0, same.stderr
        assert report(folder)["articles"] == 2


@pytest.mark.parametrize("kind", ["file", "under a file"])
def test_an_output_folder_that_cannot_be_written_is_one_line(build: RunKg, tmp_path: Path, kind: str) -> None:
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    out = tmp_path / "taken" if kind == "file" else tmp_path / "taken" / "out"
    result = build(SEED, out)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "pick" in result.stderr


# ---------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph(build: RunKg, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("query-in")
    out = tmp_path_factory.mktemp("query-out")
    shutil.copy(SEED, folder)
    for path in sorted(DEV.glob("*.txt"))[:3]:
        shutil.copy(path, folder)
    assert build(folder, out).returncode == 0
    return out / "graph.trig"


# Queries run on the store: Oxigraph's parser points where it could read no further.
@pytest.mark.parametrize(
    ("query", "where"),
    [("SELEC ?x", "line 1, column 9"), ("SELECT ?x WHERE { ?x ?p }", "line 1, column 26"),
     ("SELECT ?x\nWHERE {\n  ?x kg:label \"a\" .\n  FILTER(\n}", "line 5")],
)
def test_malformed_query_says_where(run_kg: RunKg, graph: Path, query: str, where: str) -> None:
    result = run_kg("query", query, "--graph", graph)
    assert result.returncode != 0
    assert "SPARQL syntax error" in result.stderr
    assert where in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_long_query_is_stopped(run_kg: RunKg, graph: Path) -> None:
    started = time.perf_counter()
    result = run_kg("query", EXPENSIVE, "--graph", graph, "--timeout", "1", timeout=60)
    elapsed = time.perf_counter() - started
    assert result.returncode != 0
    assert "did not finish within 1 s" in result.stderr
    # Loading the graph takes a moment; the query itself is cut at one second.
    assert elapsed < 20


def test_long_query_is_stopped_on_oxigraph(run_kg: RunKg, graph: Path, tmp_path: Path) -> None:
    from kg.store.graphfiles import load_dataset
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    store.add_dataset(load_dataset(graph))
    store.flush()
    del store  # release the store's lock for the subprocess
    started = time.perf_counter()
    result = run_kg("query", EXPENSIVE, "--store", tmp_path / "store", "--timeout", "1",
                    timeout=60)
    assert result.returncode != 0
    assert "did not finish within 1 s" in result.stderr
    assert time.perf_counter() - started < 15


def test_an_article_that_trips_a_rule_is_skipped_with_a_clear_reason_and_the_rest_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kg import pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    shutil.copy(SEED, folder / "b.txt")
    real_extract = pipeline.extract

    def extract(article: Any) -> Any:
        if article.source.endswith("b.txt"):
            raise IndexError("list index out of range")
        return real_extract(article)

    monkeypatch.setattr(pipeline, "extract", extract)
    result = pipeline.build([folder])
    [skipped] = result.skipped
    assert skipped.source.endswith("b.txt")
    assert "IndexError" in skipped.reason and "other articles are built" in skipped.reason
    assert {a.source for a in result.kb.articles} == {str(folder / "a.txt")}
