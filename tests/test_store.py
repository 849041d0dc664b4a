"""Files, SPARQL on rdflib and Oxigraph, result formatting, the on-disk Oxigraph store."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from sample_kb import sample_knowledge_base  # tests/ is on sys.path (rootdir import mode)

from kg.errors import KgError, QueryError, StoreError
from kg.model import KnowledgeBase
from kg.namespace import GRAPH, KG
from kg.rdf import KB_GRAPH, article_graph_iri, from_dataset, ontology_path, to_dataset
from kg.store import graphfiles
from kg.store.graphfiles import FORMATS, Format, load_dataset, serialize, write_dataset
from kg.store.oxigraph import OxigraphStore
from kg.store.query import run_query, with_timeout
from kg.store.results import Cell, QueryResult, format_result, shorten

QUERIES = sorted((ontology_path("kg.ttl").parent / "queries").glob("*.rq"))


@pytest.fixture()
def kb() -> KnowledgeBase:
    return sample_knowledge_base()


@pytest.fixture()
def ds(kb: KnowledgeBase) -> Dataset:
    """The sample graph plus analysis results, as the analysis stage would add them."""
    ds = to_dataset(kb)
    analysis = ds.graph(GRAPH["analysis"])
    for i, entity in enumerate(sorted(kb.entities, key=lambda e: e.iri)):
        node = URIRef(entity.iri)
        analysis.add((node, KG.pageRank, Literal(1.0 / (i + 2))))
        analysis.add((node, KG.degree, Literal(i % 4)))
        analysis.add((node, KG.community, Literal(i % 2)))
    return ds


@pytest.fixture(params=["rdflib", "oxigraph"])
def either_store(request: pytest.FixtureRequest, ds: Dataset) -> Dataset | OxigraphStore:
    """The sample dataset as rdflib holds it, then loaded into Oxigraph."""
    if request.param == "rdflib":
        return ds
    store = OxigraphStore()
    store.add_dataset(ds)
    return store


def _comparable(result: QueryResult) -> list[tuple[object, ...]]:
    return sorted(tuple(c.comparable() if c else None for c in row) for row in result.rows)


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_and_load_every_format(tmp_path: Path, ds: Dataset, fmt: str) -> None:
    path = write_dataset(ds, tmp_path / f"graph.{fmt}")
    loaded = load_dataset(path)
    triples = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    assert {(s, p, o) for s, p, o, _ in loaded.quads((None, None, None, None))} == triples
    if fmt in ("trig", "nq", "jsonld"):
        assert len(list(loaded.quads((None, None, None, None)))) == len(
            list(ds.quads((None, None, None, None)))
        )


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_bytes_whatever_the_insertion_order(ds: Dataset, fmt: Format) -> None:
    quads = list(ds.quads((None, None, None, None)))
    reversed_ds = Dataset(default_union=True)
    for s, p, o, g in reversed(quads):
        reversed_ds.graph(g).add((s, p, o))
    assert serialize(ds, fmt) == serialize(reversed_ds, fmt)


def test_nt_and_nq_lines_are_sorted(ds: Dataset) -> None:
    formats: tuple[Format, ...] = ("nt", "nq")
    for fmt in formats:
        lines = serialize(ds, fmt).decode("utf-8").splitlines()
        assert lines == sorted(lines)


def test_round_trip_through_file(tmp_path: Path, kb: KnowledgeBase) -> None:
    path = write_dataset(to_dataset(kb), tmp_path / "out" / "graph.trig")
    rebuilt = from_dataset(load_dataset(path))
    assert {e.iri for e in rebuilt.entities} == {e.iri for e in kb.entities}
    assert len(rebuilt.relations) == len(kb.relations)


def test_atomic_write_keeps_old_file_on_failure(
    tmp_path: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "graph.trig"
    path.write_text("old content", encoding="utf-8")

    def explode(*args: object) -> bytes:
        raise RuntimeError("serialiser failed")

    monkeypatch.setattr(graphfiles, "serialize", explode)
    with pytest.raises(RuntimeError):
        write_dataset(ds, path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]


def test_unknown_extension(tmp_path: Path, ds: Dataset) -> None:
    with pytest.raises(KgError, match="extension"):
        write_dataset(ds, tmp_path / "graph.xyz")
    with pytest.raises(KgError, match="unknown format"):
        write_dataset(ds, tmp_path / "graph.ttl", "rdfxml")


def test_load_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="kg build"):
        load_dataset(tmp_path / "nowhere.trig")


def test_load_unparseable_file_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text("<a> <b> this is not turtle", encoding="utf-8")
    with pytest.raises(KgError, match="broken.ttl: cannot be read as ttl"):
        load_dataset(path)


# ---------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_example_queries_agree_on_rdflib_and_oxigraph(ds: Dataset, query: Path) -> None:
    text = query.read_text(encoding="utf-8")
    store = OxigraphStore()
    store.add_dataset(ds)
    on_rdflib = run_query(ds, text)
    on_oxigraph = run_query(store, text)
    assert on_rdflib.kind == on_oxigraph.kind == "select"
    assert on_rdflib.variables == on_oxigraph.variables
    assert on_rdflib.rows, f"{query.name} found nothing in the sample graph"
    assert _comparable(on_rdflib) == _comparable(on_oxigraph)


def test_evidence_query_returns_the_sentence(ds: Dataset) -> None:
    text = (ontology_path("kg.ttl").parent / "queries" / "evidence-for-post.rq").read_text()
    rows = run_query(ds, text).values()
    hien = next(r for r in rows if r["person"] == "Nguyễn Đức Hiện")
    assert hien["role"] == "Trưởng ban"
    assert hien["organization"] == "Ban Tuyên giáo Thành ủy Bắc Ninh"
    assert hien["sentence"].startswith("Đồng chí Nguyễn Đức Hiện, Trưởng Ban Tuyên giáo")
    assert hien["article"] == "bac-ninh"
    assert isinstance(hien["start"], int) and hien["end"] > hien["start"]


def test_union_default_graph_on_both(ds: Dataset) -> None:
    # Type in graph:kb, pageRank in graph:analysis: only a union default graph joins them.
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Person ; kg:pageRank ?r }"
    store = OxigraphStore()
    store.add_dataset(ds)
    assert run_query(ds, query).values() == [{"n": 2}]
    assert run_query(store, query).values() == [{"n": 2}]


def test_syntax_error_is_a_query_error_with_position(either_store: Dataset | OxigraphStore) -> None:
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        run_query(either_store, "SELECT ?s\nWHERE { ?s ?p }")


def test_ask_and_construct(either_store: Dataset | OxigraphStore) -> None:
    ask = run_query(either_store, "ASK { ?p a kg:Person }")
    assert ask.kind == "ask" and ask.boolean is True
    assert format_result(ask) == "true"
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    graph = run_query(either_store, "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }")
    assert graph.kind == "graph" and graph.graph is not None and len(graph.graph) == 2
    assert "kg:Person" in format_result(graph, "ttl")
    assert "(2 rows)" in format_result(graph, "table")


def test_timeout_gives_a_query_error() -> None:
    release = threading.Event()

    def slow() -> int:
        release.wait(5)
        return 1

    started = time.monotonic()
    with pytest.raises(QueryError, match="did not finish within"):
        with_timeout(slow, 0.05)
    assert time.monotonic() - started < 2
    release.set()
    assert with_timeout(lambda: 2, 1.0) == 2


def test_timeout_passes_errors_through(ds: Dataset) -> None:
    with pytest.raises(QueryError):
        run_query(ds, "SELECT WHERE", timeout=5)


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


def test_table_is_aligned_and_shortens_iris(ds: Dataset) -> None:
    result = run_query(ds, "SELECT ?p ?t WHERE { ?p a ?t ; a kg:Person } ORDER BY ?p ?t")
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["p", "t"]
    assert set(table[1]) <= {"-", " "}
    gap = table[1].index("  ")
    assert all(line[gap : gap + 2] == "  " and line[gap + 2] != " " for line in table[:-1])
    assert any("kg:Person" in line for line in table)
    assert any(line.startswith("id:person/") for line in table)
    assert table[-1] == f"({len(result.rows)} rows)"


def test_table_clips_long_cells(ds: Dataset) -> None:
    result = run_query(ds, "SELECT ?text WHERE { ?a schema:articleBody ?text }")
    clipped = format_result(result, "table", max_width=40).splitlines()
    assert all(len(line) <= 40 for line in clipped)
    assert clipped[2].endswith("…")
    whole = format_result(result, "table", max_width=None)
    assert "“Dấu ấn ngày vào Đảng”." in whole


def test_csv_and_json(ds: Dataset) -> None:
    result = run_query(
        ds, "SELECT ?p ?name WHERE { ?p a kg:Person ; skos:prefLabel ?name } ORDER BY ?name"
    )
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == ["p", "name"]
    assert rows[1][1] == "Lê Thị Kim Dung"
    assert rows[1][0].startswith("https://w3id.org/vnkg/id/person/")
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["p", "name"]
    first = data["results"]["bindings"][0]
    assert first["p"]["type"] == "uri"
    assert first["name"] == {"type": "literal", "value": "Lê Thị Kim Dung", "xml:lang": "vi"}


def test_select_cannot_be_turtle(ds: Dataset) -> None:
    with pytest.raises(QueryError, match="CONSTRUCT"):
        format_result(run_query(ds, "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "ttl")


def test_cells_have_typed_values() -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert Cell("literal", "42", xsd + "integer").python() == 42
    assert Cell("literal", "1.0E0", xsd + "double").comparable() == (
        Cell("literal", "1.0", xsd + "double").comparable()
    )
    assert Cell("iri", "https://w3id.org/vnkg/ontology#Person").python() == (
        "https://w3id.org/vnkg/ontology#Person"
    )
    assert shorten("https://w3id.org/vnkg/ontology#Person") == "kg:Person"
    assert shorten("http://example.org/x") == "<http://example.org/x>"


# ---------------------------------------------------------------------------
# Oxigraph on disk
# ---------------------------------------------------------------------------


def test_oxigraph_store_replaces_only_graphs_present(tmp_path: Path, kb: KnowledgeBase) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_article_graphs(to_dataset(kb))
    before = len(store)
    tq_graph = str(article_graph_iri("tuyen-quang"))
    assert tq_graph in store.graph_names()

    # Rebuild only the Bắc Ninh article with a new title.
    bac_ninh = replace(
        kb,
        articles=tuple(replace(a, title="Tiêu đề mới") for a in kb.articles if a.id == "bac-ninh"),
    )
    partial = to_dataset(bac_ninh)
    for name in [g.identifier for g in partial.graphs()]:
        if name not in (article_graph_iri("bac-ninh"),):
            partial.remove_graph(partial.graph(name))
    written = store.replace_article_graphs(partial)
    assert written == [str(article_graph_iri("bac-ninh"))]
    assert len(store) == before
    titles = run_query(store, "SELECT ?t WHERE { ?a schema:headline ?t } ORDER BY ?t").values()
    assert [r["t"] for r in titles] == ["Hội Phụ nữ nhận Bằng khen", "Tiêu đề mới"]

    store.remove_graph(tq_graph)
    assert tq_graph not in store.graph_names()
    store.remove_graph(tq_graph)  # removing twice is fine
    store.flush()
    del store

    reopened = OxigraphStore(tmp_path / "store")
    assert str(KB_GRAPH) in reopened.graph_names()
    assert tq_graph not in reopened.graph_names()


def test_oxigraph_dump_matches_write_dataset(tmp_path: Path, ds: Dataset) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.add_dataset(ds)
    for fmt in ("trig", "nq", "ttl"):
        dumped = store.dump(tmp_path / f"dump.{fmt}")
        written = write_dataset(ds, tmp_path / f"written.{fmt}")
        assert dumped.read_bytes() == written.read_bytes(), fmt


def test_a_store_synced_from_shards_in_small_loads_holds_the_graphs(
        tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's N-Quads shards, bulk-loaded a few hundred bytes at a time, give the
    store the graphs written; a second sync with one article changed replaces that
    graph only."""
    from kg.rdf.mapping import named_graphs
    from kg.store import loader

    monkeypatch.setattr(OxigraphStore, "LOAD_CHUNK_BYTES", 300)
    monkeypatch.setattr(loader, "CHUNK_BYTES", 300)
    whole = OxigraphStore()
    whole.add_dataset(to_dataset(kb))
    written = graphfiles.write_graphs(named_graphs(kb), tmp_path)
    assert len(written.shards) == 1 and written.triples == len(whole)
    store = OxigraphStore(tmp_path / "store")
    synced = store.sync(written.shards, written.digests, tmp_path / "manifest.json")
    assert synced.replaced == len(written.digests) and set(store.store) == set(whole.store)

    retitled = replace(kb, articles=tuple(replace(a, title="Tiêu đề mới") if a.id == "bac-ninh" else a
                                         for a in kb.articles))
    (tmp_path / "again").mkdir()
    again = graphfiles.write_graphs(named_graphs(retitled), tmp_path / "again")
    synced = store.sync(again.shards, again.digests, tmp_path / "manifest.json")
    assert (synced.replaced, synced.removed) == (1, 0)
    titles = run_query(store, "SELECT ?t WHERE { ?a schema:headline ?t } ORDER BY ?t").values()
    assert [r["t"] for r in titles] == ["Hội Phụ nữ nhận Bằng khen", "Tiêu đề mới"]


def test_a_store_loaded_in_the_background_holds_the_graphs_given(tmp_path: Path, kb: KnowledgeBase) -> None:
    """The loader process, handed each shard as it is written, leaves the store holding
    what they hold; a loader that cannot read a file fails, and says so; stopping one
    twice is harmless."""
    from kg.rdf.mapping import named_graphs
    from kg.store import loader

    whole = OxigraphStore()
    whole.add_dataset(to_dataset(kb))
    handed: list[Path] = []
    written = graphfiles.write_graphs(named_graphs(kb), tmp_path, on_shard=handed.append)
    assert handed == list(written.shards)
    load = loader.BackgroundLoad(tmp_path / "store")
    for shard in handed + handed:  # once each, however often given
        load.add(shard)
    load.all_sent()  # the loader merges while the build goes on; finish waits for it
    load.all_sent()
    load.finish()
    assert set(OxigraphStore(tmp_path / "store").store) == set(whole.store)

    with pytest.raises(StoreError, match="could not be loaded"):
        failing = loader.BackgroundLoad(tmp_path / "store")
        failing.add(tmp_path / "no such file.nq")
        failing.finish()
    stopped = loader.BackgroundLoad(tmp_path / "other")
    stopped.abort()
    stopped.abort()
