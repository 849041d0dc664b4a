"""The read commands on the store a build leaves: the same answers as on the graph read
whole into memory, from an output folder, a store folder or a plain graph file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph
import pytest
from kg_cli import run  # tests/ is on sys.path (rootdir import mode)

from kg.analyze import analyze, describe_path, shortest_path, top
from kg.built import Projection, _projection_path, open_graph, ranked_lines
from kg.model import KnowledgeBase
from kg.rdf import from_dataset
from kg.store.graphfiles import load_dataset
from kg.view import render_html


@pytest.fixture(scope="module")
def whole(built: Path) -> KnowledgeBase:
    """The graph as rdflib reads graph.trig: what the commands read before the store."""
    return from_dataset(load_dataset(built / "graph.trig"))


def test_top_is_the_ranking_of_the_whole_graph(built: Path, whole: KnowledgeBase) -> None:
    expected = [(e.label, e.type, round(v, 12)) for e, v in top(whole, analyze(whole), by="pagerank", type="Person")]
    with open_graph(built) as graph:
        ranked = graph.top(by="pagerank", type="Person")
    assert [(r.label, r.type, round(r.value, 12)) for r in ranked] == expected
    code, output = run("top", "--graph", str(built / "graph.trig"), "--by", "degree", "-n", "3")
    with open_graph(built) as graph:
        assert code == 0 and output.splitlines() == ranked_lines(graph.top(by="degree", n=3))
    assert output.startswith("  1. ")


def test_path_and_its_evidence_as_on_the_whole_graph(built: Path, whole: KnowledgeBase) -> None:
    expected = describe_path(shortest_path(whole, "Nguyễn Đức Hiện", "Bộ Chính trị"), lang="en")
    code, output = run("path", "Nguyễn Đức Hiện", "Bộ Chính trị", "--graph", str(built), "--lang", "en")
    assert code == 0 and output.strip() == expected
    assert "“" in output  # each hop quotes its sentence


def test_view_draws_what_the_whole_graph_draws(built: Path, whole: KnowledgeBase, tmp_path: Path) -> None:
    expected = render_html(whole, analyze(whole), tmp_path / "whole.html", max_nodes=50, lang="en")
    code, output = run("view", "--graph", str(built), "--out", str(tmp_path / "store.html"),
                       "--max-nodes", "50", "--lang", "en")
    assert code == 0, output
    assert f"{expected.nodes} nodes, {expected.edges} edges" in output
    assert (tmp_path / "store.html").read_bytes() == (tmp_path / "whole.html").read_bytes()


def test_the_projection_read_from_the_store_is_the_one_the_build_kept(built: Path, whole: KnowledgeBase) -> None:
    with open_graph(built) as graph:
        kept = graph.projection()
        read = Projection.read(graph.store)
    assert read.kb.entities == kept.kb.entities
    assert sorted(read.kb.relations, key=repr) == sorted(kept.kb.relations, key=repr)
    assert read.measures.keys() == kept.measures.keys()
    assert all(read.measures[i].pagerank == pytest.approx(m.pagerank) for i, m in kept.measures.items())
    assert {e.iri for e in kept.kb.entities} == {e.iri for e in whole.entities}
    assert read.first_evidence == kept.first_evidence  # the build's quotes come from its evidence table


def test_a_projection_reads_back_as_it_was_written(built: Path) -> None:
    with open_graph(built) as graph:
        kept = graph.projection()
    again = Projection.loads(kept.dumps())
    assert again is not None
    assert again.kb == kept.kb and again.first_evidence == kept.first_evidence
    key = next(iter(kept.first_evidence))
    assert again.first_evidence_of(key) == kept.first_evidence_of(key) is not None


def test_a_graph_file_without_a_store_is_loaded_into_a_temporary_one(built: Path, tmp_path: Path) -> None:
    alone = tmp_path / "elsewhere" / "graph.nq"
    alone.parent.mkdir()
    code, _ = run("export", "--graph", str(built), "--format", "nq", "--out", str(alone))
    assert code == 0
    with open_graph(alone) as graph:
        folder = graph.store_dir
        assert folder != built / "store" and folder.is_dir()
        assert graph.top(n=5) == open_graph(built).top(n=5)
        assert len(graph.projection().kb.entities) > 200  # read from the store, not cached
    assert not folder.exists()  # the temporary store is gone with the graph
    assert not _projection_path(folder).exists()


def test_a_graph_file_changed_since_the_build_is_read_itself(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(built, out)
    text = (out / "graph.trig").read_text(encoding="utf-8")
    (out / "graph.trig").write_text(text.replace("Nguyễn Đức Hiện", "Nguyễn Đức Hiện Khác"), encoding="utf-8")
    code, output = run("query", 'SELECT ?l WHERE { ?p skos:prefLabel ?l FILTER(STRSTARTS(?l, "Nguyễn Đức Hiện")) }',
                       "--graph", str(out / "graph.trig"))
    assert code == 0 and "Nguyễn Đức Hiện Khác" in output, output


def _values(path: Path) -> set[tuple[str, ...]]:
    """Quads with numbers as their values: the store writes a double as 1.5E-2, the file as 0.015."""
    def value(term: object) -> str:
        if isinstance(term, pyoxigraph.Literal) and term.datatype.value.endswith("#double"):
            return repr(float(term.value))
        return str(term)

    quads = pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TRIG)
    return {(str(q.subject), str(q.predicate), value(q.object), str(q.graph_name)) for q in quads}


def test_export_from_the_store_holds_the_graph_files_quads(built: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.trig"
    assert run("export", "--graph", str(built), "--format", "trig", "--out", str(target))[0] == 0
    assert _values(target) == _values(built / "graph.trig")


def test_analyze_writes_into_the_store(built: Path, whole: KnowledgeBase, tmp_path: Path) -> None:
    from kg.rdf.analysis import analysis_triples

    out = tmp_path / "out"
    shutil.copytree(built, out)
    code, output = run("analyze", "--graph", str(out))
    assert code == 0 and f"{out / 'store'}" in output and "entities measured" in output, output
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH graph:analysis { ?s ?p ?o } }"
    with open_graph(out) as graph:
        # the analysis of the graph as read back (evidence: one mention per article)
        assert graph.query(count).values() == [{"n": len(set(analysis_triples(analyze(whole))))}]
        assert [r.label for r in graph.top(n=3)] == [e.label for e, _ in top(whole, analyze(whole), n=3)]


@pytest.mark.parametrize("where", ["out/graph.trig", "."])
def test_no_store_and_no_file_says_what_to_do(tmp_path: Path, where: str) -> None:
    code, output = run("top", "--graph", str(tmp_path / where))
    assert code == 1 and "kg build" in output, output


def test_kg_open_for_notebooks(built: Path, whole: KnowledgeBase) -> None:
    import kg

    with kg.open(built) as graph:
        network = graph.to_networkx()
        assert network.number_of_nodes() == len(whole.entities)
        hien = next(n for n, data in network.nodes(data=True) if data["label"] == "Nguyễn Đức Hiện")
        assert network.nodes[hien]["pagerank"] > 0
        assert len(graph.to_rdflib()) == len(graph)
        shown = graph.show(max_nodes=20)
        assert shown.nodes == 20 and shown._repr_html_().startswith("<iframe srcdoc=")


def test_graph_files_exported_beside_the_store_are_read_through_it(seed_corpus: Path, tmp_path: Path) -> None:
    source, out = seed_corpus, tmp_path / "out"
    assert run("build", str(source), "--out", str(out), "--no-view", "--graph-files", "no")[0] == 0
    assert run("export", "--graph", str(out), "--format", "trig", "--out", str(out / "graph.trig"))[0] == 0
    with open_graph(out / "graph.trig") as graph:
        assert graph.store_dir == out / "store"
    again = run("build", str(source), "--out", str(out), "--no-view", "--graph-files", "no")[1]
    assert "(up to date)" in again, again


def test_a_build_lets_go_of_its_knowledge_base_before_the_stores_last_load(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the graph is written, the loader has the machine's memory: no knowledge base
    is held while the store is brought up to date."""
    import gc

    import kg.outputs as outputs

    update_store = outputs._update_store
    alive: list[int] = []

    def knowledge_bases() -> int:  # other tests' may be alive too (fixtures, caches)
        gc.collect()
        return sum(isinstance(o, KnowledgeBase) for o in gc.get_objects())

    def counting(*args: object, **kwargs: object) -> None:
        alive.append(knowledge_bases())
        update_store(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs, "_update_store", counting)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Tỉnh ủy Hà Tĩnh họp\n\nĐồng chí Nguyễn Văn A, Bí thư Tỉnh ủy Hà Tĩnh, phát biểu.\n", encoding="utf-8")
    before = knowledge_bases()
    outputs.build_outputs([tmp_path / "in"], tmp_path / "out", view=False)
    assert alive == [before]
