"""What ``kg build`` writes: the graph files, the HTML view and the report.

A build writes its files into a staging folder (``.kg-cache/staging``) and moves them
into place together at the end, after removing the stamp that marks a finished build.
A build that fails (a full disk) leaves the previous outputs whole and current; one
killed while moving them leaves no stamp, so the next run builds again rather than
call a mix of two builds up to date.
"""

from __future__ import annotations

import gc
import hashlib
import io
import itertools
import json
import os
import shutil
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kg.errors import KgError
from kg.files import OUTPUT_MARKER, remove_orphaned_temporaries, write_atomic
from kg.gold import annotation_to_json, article_annotations
from kg.model import KnowledgeBase, Skipped
from kg.pipeline import ArticleBodies, Progress, build

if TYPE_CHECKING:
    from kg.store.graphfiles import Written
    from kg.store.loader import BackgroundLoad

CACHE_DIR = OUTPUT_MARKER


def gold_json(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole graph in the gold format's terms, for downstream tools and scoring."""
    by_iri = {e.iri: e for e in kb.entities}
    return {
        "entities": [
            {"iri": e.iri, "type": e.type, "label": e.label, "aliases": list(e.aliases)}
            for e in kb.entities
        ],
        "relations": [
            {"subject": r.subject, "predicate": r.predicate, "object": r.object,
             **({"role": r.role} if r.role else {}),
             "subject_label": by_iri[r.subject].label, "object_label": by_iri[r.object].label}
            for r in kb.relations
        ],
        "articles": {
            article_id: {
                "entities": [e["label"] for e in a_json["entities"]],
                "relations": a_json["relations"],
            }
            for article_id, a_json in _annotations_json(kb).items()
        },
    }


def _annotations_json(kb: KnowledgeBase) -> dict[str, dict[str, Any]]:
    return {k: annotation_to_json(v) for k, v in article_annotations(kb).items()}


@dataclass
class BuildReport:
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_predicate: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # for the user, not the report file

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
            "entities_by_type": self.entities_by_type,
            "relations_by_predicate": self.relations_by_predicate,
            "triples": self.triples,
            "files": self.files,
        }

    def text(self) -> str:
        lines = [f"articles built: {self.articles}, skipped: {len(self.skipped)}"]
        lines += [f"  skipped {s.source}: {s.reason}" for s in self.skipped]
        lines.append(f"entities: {sum(self.entities_by_type.values())}  "
                     + "  ".join(f"{k} {v}" for k, v in self.entities_by_type.items()))
        lines.append(f"relations: {sum(self.relations_by_predicate.values())}  "
                     + "  ".join(f"{k} {v}" for k, v in self.relations_by_predicate.items()))
        lines.append(f"triples: {self.triples}")
        lines += [f"kept {f}" if f.endswith("(up to date)") else f"wrote {f}" for f in self.files]
        return "\n".join(lines)


def add_analysis(ds: Any, analysis: Any) -> None:
    """Put the analysis into its own named graph of the dataset, replacing any before."""
    from kg.rdf.analysis import ANALYSIS_GRAPH, analysis_graph

    ds.remove_graph(ds.graph(ANALYSIS_GRAPH))
    graph = ds.graph(ANALYSIS_GRAPH)
    for triple in analysis_graph(analysis, ANALYSIS_GRAPH):
        graph.add(triple)


def reanalyze(graph_path: Path) -> str:
    """Recompute the analysis of a saved graph and write it back: into the store of a
    build (graph files beside it keep the build's), or into a graph file (atomically)."""
    from kg.analyze import analyze
    from kg.built import open_graph, save_projection, write_projection
    from kg.rdf import from_dataset
    from kg.store.oxigraph import find_store

    store_dir = find_store(graph_path)
    with open_graph(store_dir or graph_path) as graph:
        ds = graph.to_rdflib(max_triples=None)  # networkx over the knowledge base
    kb = from_dataset(ds)
    analysis = analyze(kb)
    if store_dir is None:
        from kg.store.graphfiles import write_dataset

        add_analysis(ds, analysis)
        write_dataset(ds, graph_path)
        where = str(graph_path)
    else:
        _replace_analysis(store_dir, analysis)
        projection = io.BytesIO()
        write_projection(kb, analysis, projection)
        save_projection(store_dir, projection.getvalue())
        where = str(store_dir)
        if (store_dir.parent / "graph.trig").exists():
            where += " (graph.trig and graph.ttl beside it keep the build's analysis; `kg export` writes them again)"
    return (f"{where}: {len(analysis.measures)} entities measured, "
            f"{len(analysis.communities)} communities, {len(analysis.derived)} derived links")


def _replace_analysis(store_dir: Path, analysis: Any) -> None:
    import pyoxigraph as ox

    from kg.rdf.analysis import ANALYSIS_GRAPH, analysis_triples
    from kg.rdf.mapping import nquads
    from kg.store.oxigraph import OxigraphStore

    oxigraph = OxigraphStore(store_dir)
    oxigraph.remove_graph(str(ANALYSIS_GRAPH))
    oxigraph.store.load(nquads([(str(ANALYSIS_GRAPH), analysis_triples(analysis))]), format=ox.RdfFormat.N_QUADS)
    oxigraph.flush()


def _graph_parts(kb: KnowledgeBase, analysis: Callable[[], Any], bodies: Mapping[str, str] | None = None,
                 progress: Progress | None = None) -> Iterator[tuple[Any, list[Any]]]:
    """The graphs of a build in the order they are written: the knowledge base, each
    article's graph (its text from ``bodies`` where the build kept it there), then the
    analysis, asked of ``analysis()`` only then: the store loads the graphs written
    before while the analysis is computed (3 s at 10,000 articles), rather than wait.

    All in this process: article graphs rendered in forked workers beside the analysis
    saved little time (a few seconds at 8,000 articles) for much memory, each worker
    copying, page by page, the parts of the knowledge base it read (500 MB at 8,000
    articles, 700 MB at 10,000: a third of the build's peak).
    """
    from kg.rdf.analysis import ANALYSIS_GRAPH, iter_analysis_triples
    from kg.rdf.mapping import PART_SIZE, ArticleGraphs, shared_graph

    yield from shared_graph(kb)
    graphs = ArticleGraphs(kb, bodies)
    for done, graph in enumerate(graphs.graphs(0, len(graphs)), 1):
        yield graph
        if progress is not None:
            progress(done, len(graphs))  # a minute at 10,000 articles: worth a bar
    yield from graphs.unlisted()
    del graphs
    _let_go_of_articles(kb)
    # in parts, like the shared graph: a large corpus has millions of derived links,
    # made a part at a time
    triples = iter_analysis_triples(analysis())
    while part := list(itertools.islice(triples, PART_SIZE)):
        yield ANALYSIS_GRAPH, part


def _let_go_of_articles(kb: KnowledgeBase) -> None:
    """What only the article graphs read (the articles, what each names and states) let
    go of once they are written, for the analysis's graph and the projection to use its
    memory (9 MB at 8,000 articles).  The build's knowledge base is its own: nothing reads
    its articles after this but their number, counted before."""
    kb.article_entities.clear()
    kb.article_relations.clear()
    object.__setattr__(kb, "articles", ())  # a frozen dataclass: its fields are set through object


def prepare_output_folder(out_dir: Path) -> None:
    """Make sure the build can write in ``out_dir`` before it spends minutes reading."""
    if out_dir.exists() and not out_dir.is_dir():
        raise KgError(f"--out {out_dir} is a file, not a folder; pick a folder for the outputs")
    try:
        (out_dir / CACHE_DIR).mkdir(parents=True, exist_ok=True)
        probe = write_atomic(out_dir / CACHE_DIR / "write.probe", b"", durable=False)
        probe.unlink()
    except OSError as e:
        reason = e.strerror or str(e)
        if isinstance(e, NotADirectoryError):
            reason = "a part of the path is a file"
        raise KgError(f"cannot write the outputs in {out_dir}: {reason}; "
                      "pick another --out") from e


def _move_in(staging: Path, out_dir: Path, names: list[str], stamp: Path) -> None:
    """Move the staged files into place; no stamp says "finished" until all are.

    Graph files a previous build wrote and this one does not are removed: left, they
    would pass for this build's graph."""
    stamp.unlink(missing_ok=True)
    for name in GRAPH_FILES:
        if name not in names:
            (out_dir / name).unlink(missing_ok=True)
    for name in names:
        os.replace(staging / name, out_dir / name)


def _write_stamp(out_dir: Path, names: list[str], stamp: Path, fingerprint: str, store_dir: Path) -> None:
    """Mark the build finished and current: written last, after the files and the store."""
    from kg.store.oxigraph import store_fingerprint

    outputs = {name: _file_state(out_dir / name) for name in names}
    write_atomic(stamp, json.dumps({"inputs": fingerprint, "outputs": outputs,
                                    "store": store_fingerprint(store_dir)}, indent=1))


def _file_state(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]


# graph.trig and graph.ttl are exports of the store; past this many articles they are
# written only on request (100,000 articles made 12 GB of them that no reader used).
GRAPH_FILES_MAX_ARTICLES = 1000
GRAPH_FILES = ("graph.trig", "graph.ttl")
GraphFiles = Literal["auto", "yes", "no"]


def wants_graph_files(choice: GraphFiles, articles: int) -> bool:
    """Whether a build of ``articles`` articles writes graph.trig and graph.ttl."""
    return choice == "yes" or (choice == "auto" and articles <= GRAPH_FILES_MAX_ARTICLES)


@dataclass(frozen=True)
class _Plan:
    """Where one build writes: the output folder, its staging folder, the store."""

    out_dir: Path
    staging: Path
    store_dir: Path
    stamp: Path
    fingerprint: str
    graph_files: bool
    view: bool
    say: Callable[[str], None]
    progress: Progress | None = None  # of the writing, article by article


def build_outputs(
    paths: Iterable[str | os.PathLike[str]], out_dir: Path, *, jobs: int = 1,
    view: bool = True, progress: Progress | None = None, store_dir: Path | None = None,
    stage: Callable[[str], None] | None = None, graph_files: GraphFiles = "auto",
    scheduler: str | None = None,
) -> BuildReport:
    """Build the articles under ``paths`` into ``out_dir``: the Oxigraph store
    (``out_dir/store`` unless ``store_dir``), the view, the report and, as ``graph_files``
    says, graph.trig and graph.ttl.  Articles are extracted on the Dask cluster at
    ``scheduler`` when one is given."""
    from kg.store.oxigraph import STORE_NAME

    prepare_output_folder(out_dir)
    staging = out_dir / CACHE_DIR / "staging"
    for folder in (out_dir, out_dir / CACHE_DIR, staging):
        remove_orphaned_temporaries(folder)
    paths = list(paths)
    store_dir = store_dir if store_dir is not None else out_dir / STORE_NAME
    # The same articles and rules give the same bytes: an unchanged corpus is up to date.
    passed_over: list[Path] = []
    fingerprint = _fingerprint(paths, view=view, store_dir=store_dir, graph_files=graph_files,
                               passed_over=passed_over)
    notes = [f"{folder} holds a build's outputs; they are not read as articles"
             for folder in passed_over]
    stamp = out_dir / CACHE_DIR / "build.stamp"
    previous = _up_to_date(out_dir, stamp, fingerprint, store_dir)
    if previous is not None:
        previous.notes = notes
        return previous
    (out_dir / CACHE_DIR).mkdir(exist_ok=True)
    with closing(ArticleBodies(out_dir / CACHE_DIR)) as bodies:
        result = build(paths, jobs=jobs, progress=progress, cache_dir=out_dir / CACHE_DIR,
                       scheduler=scheduler, bodies=bodies)
        kb = result.kb
        # what the merge freed (the workers' results, unpickled one by one) goes back to
        # the system before the analysis and the writing add to the knowledge base:
        # 12 MB at 2,000 articles (no collection: the merge leaves little garbage)
        _return_freed_memory(collect=False)
        report = _counted(kb, result.skipped, notes)
        if not kb.articles:
            return report
        plan = _Plan(out_dir, staging, store_dir, stamp, fingerprint,
                     wants_graph_files(graph_files, len(kb.articles)), view, stage or (lambda _: None), progress)
        # _write_and_load gets the only reference to the knowledge base and lets go of it
        # once the graph is written, before the store's last load (at 100,000 articles
        # the parent kept 2.4 GB through it)
        held = [kb]
        del result, kb
        names = _write_and_load(held.pop(), bodies, plan, report)
    if not plan.graph_files and graph_files == "auto":
        report.notes.append(f"graph.trig and graph.ttl not written ({report.articles:,} articles, more "
                            f"than {GRAPH_FILES_MAX_ARTICLES:,}): every command reads {store_dir}; "
                            "`kg export` writes them, or build with --graph-files yes")
    _write_stamp(out_dir, names, stamp, fingerprint, store_dir)
    return report


def _write_and_load(kb: KnowledgeBase, bodies: Mapping[str, str], plan: _Plan, report: BuildReport) -> list[str]:
    """The build's files staged, the store loaded from them, the files moved in: the
    names moved in."""
    staging = plan.staging
    shutil.rmtree(staging, ignore_errors=True)  # what a failed build left half staged
    staging.mkdir(parents=True)
    loader = _start_loader(plan)
    try:
        names, written, projection = _write_staged(kb, bodies, plan, report, loader)
        # Everything below reads the staged N-Quads: the knowledge base's memory goes
        # back for Oxigraph's loader to use.
        del kb
        _return_freed_memory()
        plan.stamp.unlink(missing_ok=True)
        _update_store(plan, written, projection, report, loader)
        _move_in(staging, plan.out_dir, names, plan.stamp)
    finally:
        _stop(loader)
        shutil.rmtree(staging, ignore_errors=True)
    return names


def _counted(kb: KnowledgeBase, skipped: Iterable[Skipped], notes: list[str]) -> BuildReport:
    """The report of a build of ``kb``, its entities and relations counted."""
    report = BuildReport(articles=len(kb.articles), skipped=list(skipped), notes=notes)
    report.entities_by_type = dict(sorted(Counter(e.type for e in kb.entities).items()))
    report.relations_by_predicate = dict(sorted(Counter(r.predicate for r in kb.relations).items()))
    return report


def _stop(loader: BackgroundLoad | None) -> None:
    """Stop a loader the build did not wait for (it failed); nothing once it finished."""
    if loader is not None:
        loader.abort()


def _return_freed_memory(collect: bool = True) -> None:
    """Give the memory of freed objects back to the system (after collecting garbage,
    unless ``collect`` is False).  The allocator keeps it otherwise (600 MB after 2,000
    articles), and the store's loader, in the same process, would add its own on top."""
    if collect:
        gc.collect()
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the memory is reused, only later
        pass


def _write_staged(kb: KnowledgeBase, bodies: Mapping[str, str], plan: _Plan, report: BuildReport,
                  loader: BackgroundLoad | None = None) -> tuple[list[str], Written, Path]:
    """Write the N-Quads shards (the store's input), and as planned the TriG and
    Turtle, the view and the report, into the staging folder; the names to move in,
    what was written (shards, digest of each named graph), and the file of the
    projection the read commands walk.  With a ``loader``, each shard goes to the store
    as it is complete."""
    from kg.analyze import Analysis, analyze
    from kg.built import write_projection
    from kg.store import graphfiles

    out_dir, staging = plan.out_dir, plan.staging
    names = list(GRAPH_FILES) if plan.graph_files else []
    shards = staging / "shards"
    shards.mkdir()
    on_shard = loader.add if loader is not None else None
    analysed: list[Analysis] = []

    def analysis_once() -> Analysis:
        if not analysed:
            plan.say(f"analysing {len(kb.entities):,} entities and {len(kb.relations):,} relations")
            analysed.append(analyze(kb))
            # the analysis's graphs are gone; their memory goes back before the rest of
            # the writing and the projection add theirs (9 MB at 2,000 articles)
            _return_freed_memory(collect=False)
        return analysed[0]

    plan.say("writing the graph" + (f" to {out_dir / 'graph.trig'} and graph.ttl" if plan.graph_files else ""))
    trig, ttl = (staging / "graph.trig", staging / "graph.ttl") if plan.graph_files else (None, None)
    written = graphfiles.write_graphs(_graph_parts(kb, analysis_once, bodies, plan.progress), shards, trig, ttl,
                                      on_shard)
    if loader is not None:
        loader.all_sent()  # the store's last merge runs beside the view, report and projection
    analysis = analysis_once()
    report.triples = written.triples
    if plan.graph_files:
        report.files += [str(out_dir / "graph.trig"), str(out_dir / "graph.ttl")]
    if plan.view:
        from kg.view import render_html

        plan.say(f"drawing {out_dir / 'graph.html'}")
        summary = render_html(kb, analysis, staging / "graph.html")
        names.append("graph.html")
        report.files.append(f"{out_dir / 'graph.html'} ({summary.nodes} nodes, {summary.edges} edges)")
    report.files.append(str(out_dir / "report.json"))
    write_atomic(staging / "report.json",
                 json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    names.append("report.json")
    projection = staging / "projection.pickle"
    with projection.open("wb") as out:
        write_projection(kb, analysis, out)
    return names, written, projection


def _manifest(plan: _Plan) -> Path:
    # the manifest names the store it describes: one output folder may feed several
    return plan.out_dir / CACHE_DIR / f"store-{_short_digest(str(plan.store_dir.resolve()))}.json"


def _start_loader(plan: _Plan) -> BackgroundLoad | None:
    """Where the store is new (or empty), a loader process that loads each N-Quads file
    as the build writes it; else None, and the store is synced once all are written
    (a build that fails before then leaves a previous build's store as it was)."""
    from kg.store.loader import BackgroundLoad
    from kg.store.oxigraph import OxigraphStore

    manifest = _manifest(plan)
    oxigraph = OxigraphStore(plan.store_dir)
    if not oxigraph.is_empty():
        return None
    del oxigraph  # closed: the loader opens it
    # the store changes from now on: no stamp or manifest may call it current
    plan.stamp.unlink(missing_ok=True)
    manifest.unlink(missing_ok=True)
    return BackgroundLoad(plan.store_dir)


def _update_store(plan: _Plan, written: Written, projection: Path, report: BuildReport,
                  loader: BackgroundLoad | None = None) -> None:
    """Bring the store up to date with the staged N-Quads (or wait for the ``loader``
    to), then keep the projection of the store as it now is (for `kg path` and `kg view`)."""
    from kg.built import save_projection
    from kg.store.oxigraph import OxigraphStore, StoreSync, write_manifest

    manifest = _manifest(plan)
    plan.say(f"updating the Oxigraph store in {plan.store_dir}")
    if loader is None:
        oxigraph = OxigraphStore(plan.store_dir)
        synced = oxigraph.sync(written.shards, written.digests, manifest)
        del oxigraph  # closed: the files are as a reader will see them
    else:
        loader.finish()
        write_manifest(manifest, plan.store_dir, written.digests)
        synced = StoreSync(replaced=len(written.digests))  # into an empty store
    save_projection(plan.store_dir, projection)
    report.files.insert(0, f"{plan.store_dir} (Oxigraph store: {synced.text()})")


def _short_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _fingerprint(paths: list[str | os.PathLike[str]], *, view: bool, store_dir: Path,
                 graph_files: GraphFiles, passed_over: list[Path] | None = None) -> str:
    """What a build's outputs depend on: every input file's bytes, the rules, the options."""
    from kg import __version__
    from kg.ingest import MAX_ARTICLE_BYTES, discover
    from kg.pipeline import rules_version

    files, skipped = discover(paths, passed_over)
    options = f"view={view} store={store_dir} files={graph_files}"
    digest = hashlib.sha256(f"{__version__} {rules_version()} {options}".encode())
    for path in files:
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ARTICLE_BYTES:
                # never open a pipe or a device (it may block); a refused file counts as it is
                digest.update(f"{info.st_mode} {info.st_size} {info.st_mtime_ns}".encode())
                continue
            with path.open("rb") as f:
                digest.update(hashlib.file_digest(f, "sha256").digest())
        except OSError as e:
            digest.update(f"unreadable {e.errno}".encode())
    for s in skipped:
        digest.update(f"skipped {s.source} {s.reason}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _up_to_date(out_dir: Path, stamp: Path, fingerprint: str, store_dir: Path) -> BuildReport | None:
    """The previous build's report when its inputs and outputs are all as they were."""
    from kg.store.oxigraph import store_fingerprint

    try:
        finished = json.loads(stamp.read_text(encoding="utf-8"))
        outputs = finished["outputs"]
        # Each output as the build left it: a file replaced since is not this build's.
        if (finished["inputs"] != fingerprint or finished.get("store") != store_fingerprint(store_dir)
                or any(state != _file_state(out_dir / name) for name, state in outputs.items())):
            return None
        data = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return BuildReport(
        articles=data["articles"],
        skipped=[Skipped(s["source"], s["reason"]) for s in data["skipped"]],
        entities_by_type=data["entities_by_type"],
        relations_by_predicate=data["relations_by_predicate"],
        triples=data["triples"],
        files=[f"{path} (up to date)" for path in [store_dir, *(out_dir / name for name in outputs)]],
    )
