"""End to end: the CLI on the bundled corpus, as a user runs it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from kg_cli import DATA, ROOT, run  # tests/ is on sys.path (rootdir import mode)

from kg.cli import main

QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))




def test_build_writes_graph_view_and_report(built: Path) -> None:
    for name in ("graph.ttl", "graph.trig", "graph.html", "report.json"):
        assert (built / name).stat().st_size > 0
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 9 and report["skipped"] == []
    assert report["entities_by_type"]["Person"] >= 40


def test_a_second_parser_reads_the_same_graph(built: Path) -> None:
    import pyoxigraph
    from rdflib import Graph
    from rdflib.compare import isomorphic

    ours = Graph().parse(built / "graph.ttl", format="turtle")
    theirs = list(pyoxigraph.parse(path=str(built / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(theirs) == len(ours)
    again = Graph().parse(data=pyoxigraph.serialize(theirs, format=pyoxigraph.RdfFormat.N_TRIPLES),
                          format="nt")
    assert isomorphic(ours, again)


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_example_queries_answer(built: Path, query: Path) -> None:
    code, output = run("query", str(query), "--graph", str(built / "graph.trig"))
    assert code == 0, output
    assert len(output.strip().splitlines()) >= 3, output  # header, rule, at least one row


def test_officials_query_finds_a_post_of_the_seed(built: Path) -> None:
    code, output = run("query", str(ROOT / "ontology/queries/officials-and-posts.rq"),
                       "--graph", str(built / "graph.trig"), "--format", "csv")
    assert code == 0
    assert "Nguyễn Đức Hiện" in output and "Ban Tuyên giáo Thành ủy Bắc Ninh" in output


def test_export_json_in_gold_terms(built: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.json"
    code, output = run("export", "--graph", str(built / "graph.trig"), "--format", "json",
                       "--out", str(target))
    assert code == 0, output
    data = json.loads(target.read_text(encoding="utf-8"))
    people = {e["label"] for e in data["entities"] if e["type"] == "Person"}
    assert "Nguyễn Hương Giang" in people
    posts = {(r["subject_label"], r["object_label"], r.get("role")) for r in data["relations"]
             if r["predicate"] == "holdsPost"}
    assert ("Nguyễn Hương Giang", "Ủy ban nhân dân tỉnh Bắc Ninh", "Chủ tịch") in posts


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_formats_parse_back(built: Path, tmp_path: Path, fmt: str) -> None:
    import pyoxigraph

    target = tmp_path / f"graph.{fmt}"
    code, output = run("export", "--graph", str(built / "graph.trig"), "--format", fmt,
                       "--out", str(target))
    assert code == 0, output
    formats = {"ttl": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
               "nq": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
               "jsonld": pyoxigraph.RdfFormat.JSON_LD}
    assert len(list(pyoxigraph.parse(path=str(target), format=formats[fmt]))) > 1000


def test_same_input_gives_byte_identical_turtle_whatever_the_order(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    files = sorted(p for p in DATA.rglob("*") if p.suffix in (".txt", ".html"))
    for f in files:
        shutil.copy(f, source / f.name)
    copies = sorted(source.iterdir())
    shuffled = copies[3:] + list(reversed(copies[:3]))
    outputs = []
    # one process or two, folder or files in another order: the same bytes
    runs = (([str(source)], "1"), ([str(p) for p in shuffled], "2"), ([str(source)], "2"))
    for n, (args, jobs) in enumerate(runs):
        out = tmp_path / f"out{n}"
        code, output = run("build", *args, "--out", str(out), "--no-view", "-q", "--jobs", jobs)
        assert code == 0, output
        outputs.append((out / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_rebuild_reuses_unchanged_articles_and_drops_removed_ones(seed_corpus: Path, tmp_path: Path) -> None:
    source = seed_corpus
    for f in (DATA / "dev").glob("hai-duong*.txt"):
        shutil.copy(f, source / f.name)
    out = tmp_path / "out"
    assert run("build", str(source), "--out", str(out), "--no-view", "-q")[0] == 0
    cache = sorted(p.name for p in (out / ".kg-cache").glob("*.pickle"))
    assert len(cache) == 2
    first = (out / "graph.ttl").read_bytes()
    assert run("build", str(source), "--out", str(out), "--no-view", "-q")[0] == 0
    assert (out / "graph.ttl").read_bytes() == first
    assert sorted(p.name for p in (out / ".kg-cache").glob("*.pickle")) == cache
    # an article removed: its statements go
    next(source.glob("hai-duong*.txt")).unlink()
    assert run("build", str(source), "--out", str(out), "--no-view", "-q")[0] == 0
    assert "Trần Văn Bình" not in (out / "graph.ttl").read_text(encoding="utf-8")
    assert len(list((out / ".kg-cache").glob("*.pickle"))) == 1


def test_unreadable_article_is_reported_and_the_rest_are_built(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(next((DATA / "seed").glob("*.txt")), source / "good.txt")
    (source / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code, output = run("build", str(source), "--out", str(out), "--no-view")
    assert code == 3, output
    assert "empty.txt" in output and "empty" in output
    assert "Nguyễn Đức Hiện" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_the_corpus_graph_passes_its_shapes(built: Path) -> None:
    code, output = run("validate", "--graph", str(built / "graph.trig"))
    assert code == 0, output


def test_every_term_the_corpus_graph_uses_is_declared(built: Path) -> None:
    from rdflib import RDF, Graph, URIRef

    from kg.namespace import KG

    ontology = Graph().parse(ROOT / "ontology" / "kg.ttl")
    declared = {s for s in ontology.subjects() if isinstance(s, URIRef)}
    graph = Graph().parse(built / "graph.ttl")
    used = {p for p in graph.predicates() if str(p).startswith(str(KG))}
    used |= {o for o in graph.objects(None, RDF.type) if str(o).startswith(str(KG))}
    assert used - declared == set()


def test_the_ontology_and_corpus_stay_consistent_under_owl_rl(built: Path) -> None:
    import owlrl
    from owlrl.Namespaces import ERRNS
    from rdflib import OWL, RDF, Graph

    graph = Graph().parse(ROOT / "ontology" / "kg.ttl")
    graph.parse(built / "graph.ttl")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    # owlrl takes a zero xsd:double ("0.0", a valid lexical form) for a malformed one
    errors = [str(m) for m in graph.objects(None, ERRNS.error)
              if not str(m).startswith("Lexical value of the literal '0.0'")]
    assert not errors, "\n".join(errors[:10])
    assert not list(graph.subjects(RDF.type, OWL.Nothing))


@pytest.mark.parametrize("fmt,syntax", [("ttl", "turtle"), ("nt", "ntriples"), ("nq", "nquads"),
                                        ("trig", "trig")])
def test_raptor_reads_every_output_format(built: Path, tmp_path: Path, fmt: str, syntax: str) -> None:
    import os
    import subprocess

    if shutil.which("rapper") is None:
        if os.environ.get("CI"):
            pytest.fail("rapper (raptor2-utils) is missing in CI; .ci/system-deps installs it")
        pytest.skip("rapper (raptor2-utils) is not installed")
    target = tmp_path / f"graph.{fmt}"
    assert run("export", "--graph", str(built / "graph.trig"), "--format", fmt, "--out", str(target))[0] == 0
    result = subprocess.run(["rapper", "-i", syntax, "-c", str(target)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "returned" in result.stderr


def test_every_command_has_help_with_an_example() -> None:
    for name in main.commands:
        code, output = run(name, "--help")
        assert code == 0
        assert "Example" in output, f"`kg {name} --help` has no example"


def test_missing_graph_says_what_to_do(tmp_path: Path) -> None:
    code, output = run("query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(tmp_path / "none.trig"))
    assert code != 0
    assert "kg build" in output


def test_an_unchanged_corpus_is_up_to_date_and_a_change_rebuilds(seed_corpus: Path, tmp_path: Path) -> None:
    source = seed_corpus
    out = tmp_path / "out"
    assert run("build", str(source), "--out", str(out), "--no-view", "-q")[0] == 0
    first = (out / "graph.trig").stat().st_mtime_ns
    code, output = run("build", str(source), "--out", str(out), "--no-view")
    assert code == 0 and "kept" in output and "up to date" in output
    assert (out / "graph.trig").stat().st_mtime_ns == first
    article = next(source.glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8").replace("Nguyễn Đức Hiện", "Nguyễn Đức Hiền"),
                       encoding="utf-8")
    code, output = run("build", str(source), "--out", str(out), "--no-view")
    assert code == 0 and "up to date" not in output
    assert "Nguyễn Đức Hiền" in (out / "graph.ttl").read_text(encoding="utf-8")


def _quads(store_dir: Path) -> set[object]:
    import pyoxigraph

    store = pyoxigraph.Store(str(store_dir))
    try:
        return set(store)
    finally:
        del store


def test_store_replaces_only_the_graphs_that_changed(seed_corpus: Path, tmp_path: Path) -> None:
    import pyoxigraph

    source, out, store = seed_corpus, tmp_path / "out", tmp_path / "store"
    for f in sorted((DATA / "dev").glob("*.txt"))[:3]:
        shutil.copy(f, source / f.name)
    code, output = run("build", str(source), "--out", str(out), "--no-view", "--store", str(store))
    assert code == 0 and "6 graphs replaced, 0 removed, 0 unchanged" in output, output

    # one article edited, one removed: their graphs, graph:kb and graph:analysis change
    edited, removed = sorted(source.glob("*.txt"))[:2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nBài: Trần Văn Mới\n", encoding="utf-8")
    removed.unlink()
    code, output = run("build", str(source), "--out", str(out), "--no-view", "--store", str(store))
    assert code == 0 and "3 graphs replaced, 1 removed, 2 unchanged" in output, output

    # the store holds exactly what a load of the new graph.trig from scratch holds
    fresh = pyoxigraph.Store()
    fresh.bulk_load(path=str(out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    assert _quads(store) == set(fresh)

    # a store emptied behind kg's back is loaded again whole
    shutil.rmtree(store)
    code, output = run("build", str(source), "--out", str(out), "--no-view", "--store", str(store))
    assert code == 0 and "5 graphs replaced" in output, output


def test_the_build_leaves_a_store_and_writes_graph_files_as_asked(seed_corpus: Path, tmp_path: Path) -> None:
    import pyoxigraph

    source, out = seed_corpus, tmp_path / "out"
    code, output = run("build", str(source), "--out", str(out), "--no-view")
    assert code == 0 and f"wrote {out / 'store'} (Oxigraph store: 3 graphs replaced" in output, output
    assert (out / "graph.trig").is_file() and (out / "graph.ttl").is_file()  # one article: small
    fresh = pyoxigraph.Store()
    fresh.bulk_load(path=str(out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    assert _quads(out / "store") == set(fresh)

    # on request, none: the files of the previous build go, not to pass for this one's
    code, output = run("build", str(source), "--out", str(out), "--no-view", "--graph-files", "no")
    assert code == 0 and "0 graphs replaced, 0 removed, 3 unchanged" in output, output
    assert not (out / "graph.trig").exists() and not (out / "graph.ttl").exists()
    again = run("build", str(source), "--out", str(out), "--no-view", "--graph-files", "no")[1]
    assert again.count("(up to date)") == 2, again  # the store and the report

    # a store changed behind kg's back is not up to date
    shutil.rmtree(out / "store")
    code, output = run("build", str(source), "--out", str(out), "--no-view", "--graph-files", "no")
    assert code == 0 and "3 graphs replaced" in output, output


def test_a_build_on_two_workers_gives_the_bytes_of_one(tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, output = run("build", str(DATA), "--out", str(out), "--no-view", "-q", "--jobs", jobs)
        assert code == 0, output
        outputs.append(((out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()))
        assert not list((out / ".kg-cache").glob(".*.tmp")), "temporaries left behind"
    assert outputs[0] == outputs[1]


def test_a_large_build_tells_each_stage(tmp_path: Path) -> None:
    from bench.generate import generate
    from bench.harness import kg_in_process  # not kg_cli.run: standard error on its own

    generate(25, 5, tmp_path / "in")
    result = kg_in_process("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-view", "--jobs", "1")
    assert result.exit_code == 0, result.output
    for stage in ("analysing", "writing"):
        assert f"{stage} " in result.stderr
    quiet = kg_in_process("build", str(tmp_path / "in"), "--out", str(tmp_path / "q"), "--no-view", "-q",
                          "--jobs", "1")
    assert quiet.exit_code == 0 and quiet.stderr == ""


@pytest.mark.parametrize("module", ["kg.cli", "kg.built", "kg.store.query", "kg.store.serve", "kg.store.endpoint"])
def test_reading_commands_load_no_extractor(module: str) -> None:
    """`kg --help`, the read commands (kg.built), `kg query` and `kg serve` do not pay for the
    extractors' start-up."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                            capture_output=True, text=True, check=True)
    loaded = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert not [name for name in loaded if name.startswith("kg.extract")]
    assert module != "kg.cli" or not [n for n in loaded if n.startswith("kg.store")]


def test_build_loads_no_scorer() -> None:
    """A build writes its report's annotations in the gold format (kg.gold) without
    loading the scorer, kg.evaluate."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-X", "importtime", "-c", "import kg.outputs"],
                            capture_output=True, text=True, check=True)
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "kg.gold" in loaded and "kg.evaluate" not in loaded




def test_a_large_build_shows_the_writing_of_its_graphs_as_it_goes(tmp_path: Path) -> None:
    from bench.generate import generate

    corpus = tmp_path / "corpus"
    generate(25, 3, corpus)
    code, output = run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-view")
    assert code == 0, output
    writing = output.split("writing the graph", 1)[1].split("updating the Oxigraph store", 1)[0]
    assert "25/25" in writing
