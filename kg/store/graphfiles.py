"""Graph files: the RDF formats kg reads and writes, and the files a build writes.

``serialize`` and ``write_dataset`` give deterministic bytes for an rdflib graph;
``write_graphs`` streams a build's named graphs to the N-Quads shards the store is
loaded from (and to graph.trig and graph.ttl where asked), a graph at a time;
``load_dataset`` reads a file into rdflib, for small graphs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.errors import KgError
from kg.files import atomic_writer, write_atomic
from kg.namespace import bind_prefixes, prefix_map
from kg.rdf.terms import NtTriple, TurtleWriter

Format = Literal["ttl", "nt", "nq", "trig", "jsonld"]
FORMATS: tuple[Format, ...] = ("ttl", "nt", "nq", "trig", "jsonld")
_EXTENSIONS: dict[str, Format] = {
    ".ttl": "ttl", ".turtle": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig",
    ".jsonld": "jsonld", ".json": "jsonld",
}
_RDFLIB_FORMAT: dict[Format, str] = {
    "ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld",
}


def format_for(path: str | Path, fmt: str | None = None) -> Format:
    """The serialisation format named by ``fmt`` or, failing that, by the file extension."""
    if fmt:
        if fmt not in FORMATS:
            raise KgError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise KgError(
            f"{path}: cannot tell the format from the extension {suffix!r}; "
            f"use one of {', '.join(sorted(_EXTENSIONS))} or pass the format"
        )
    return _EXTENSIONS[suffix]


OX_FORMAT: dict[Format, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
}
# Resource and graph IRIs hold "/" in the local part, which Turtle can only write
# escaped ("id:person\/x"); full IRIs read better.
FILE_PREFIXES = {p: ns for p, ns in prefix_map().items() if p not in ("id", "graph")}


def _ox_term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, RdfLiteral):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise KgError(f"cannot serialise the RDF term {node!r}")


def _graph_name(g: object) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    identifier = g.identifier if isinstance(g, Graph) else g
    if identifier is None or identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    assert isinstance(identifier, URIRef | BNode)
    return ox.NamedNode(str(identifier)) if isinstance(identifier, URIRef) else (
        ox.BlankNode(str(identifier))
    )


def _sorted_quads(ds: Dataset | Graph, with_graphs: bool) -> list[ox.Quad]:
    if isinstance(ds, Dataset):
        raw = ((s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None)))
    else:
        raw = ((s, p, o, None) for s, p, o in ds)
    quads = {
        ox.Quad(
            _ox_term(s), _ox_term(p), _ox_term(o),  # type: ignore[arg-type]
            _graph_name(g) if with_graphs else ox.DefaultGraph(),
        )
        for s, p, o, g in raw
    }
    # Default graph first, then by graph, subject, predicate, object (as N-Quads text).
    return sorted(
        quads,
        key=lambda q: (
            not isinstance(q.graph_name, ox.DefaultGraph), str(q.graph_name), str(q.subject),
            str(q.predicate), str(q.object),
        ),
    )


def serialize(ds: Dataset | Graph, fmt: Format) -> bytes:
    """Deterministic bytes: the same triples give the same file, in whatever order added.

    ``ttl`` and ``nt`` write the union of all graphs (graph names are dropped).  Oxigraph
    writes the files: rdflib's Turtle writer rounds xsd:double to six digits, which
    would blur the PageRank scores.
    """
    quads = _sorted_quads(ds, with_graphs=fmt not in ("ttl", "nt"))
    items: list[ox.Quad] | list[ox.Triple] = (
        [q.triple for q in quads] if fmt in ("ttl", "nt") else quads
    )
    data = ox.serialize(items, format=OX_FORMAT[fmt], prefixes=FILE_PREFIXES) or b""
    text = data.decode("utf-8")
    if fmt in ("nt", "nq"):
        lines = sorted({line for line in text.splitlines() if line.strip()})
        text = "\n".join(lines) + "\n" if lines else ""
    elif fmt in ("ttl", "trig"):
        # The order Oxigraph writes prefixes in is its own business; sort them ourselves.
        lines = text.splitlines()
        header = sorted(line for line in lines if line.startswith("@prefix "))
        body = [line for line in lines if not line.startswith("@prefix ")]
        text = "\n".join([*header, "", *body]).strip("\n") + "\n"
    else:
        text = json.dumps(json.loads(text or "[]"), ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")


@dataclass(frozen=True)
class Written:
    """What :func:`write_graphs` wrote: the number of triples, a digest of each named
    graph's N-Quads (by which a store or a server tells the graphs that changed), and
    the N-Quads files that hold them all, in order, for the store's bulk loader."""

    triples: int
    digests: dict[str, str]
    shards: dict[Path, set[str]]  # each file and the graphs in it


def _write_graph(writer: TurtleWriter, name: str, triples: Iterable[NtTriple], nq: BinaryIO,
                 trig: BinaryIO | None, ttl: BinaryIO | None) -> tuple[bytes, int] | None:
    """One graph (or part) as sorted N-Quads, and as a TriG block and Turtle where
    asked: the N-Quads bytes and the number of triples, or None when it has none."""
    # Each triple once, as its line: a set of the lines de-duplicates the triples (one
    # triple, one line) without a set of tuples beside it.
    if (trig is not None or ttl is not None) and not isinstance(triples, list | set | tuple):
        triples = list(triples)  # read twice
    graph = f"<{name}>"
    lines = {f"{s} {p} {o} {graph} .\n" for s, p, o in triples}
    if not lines:
        return None
    # Sorting the lines sorts the triples: a term is never a proper prefix of another
    # but for a literal with a language or a datatype after it ('"a"' < '"a"@vi'), and
    # the space that ends each term sorts below '@' and '^' as the shorter term below
    # the longer; strings compare several times faster than tuples of them.
    data = "".join(sorted(lines)).encode("utf-8")
    nq.write(data)
    if trig is not None or ttl is not None:
        graph_text, union_text = writer.trig_and_turtle(set(triples), graph)
        if trig is not None:
            trig.write(graph_text.encode("utf-8"))
        if ttl is not None:
            ttl.write(union_text.encode("utf-8"))
    return data, len(lines)


def write_graphs(
    graphs: Iterable[tuple[str, Iterable[NtTriple]]], shard_folder: Path,
    trig_path: str | Path | None = None, ttl_path: str | Path | None = None,
    on_shard: Callable[[Path], None] | None = None,
) -> Written:
    """Stream named graphs of N-Triples terms to N-Quads files in ``shard_folder`` (the
    store's input), and where asked to a TriG file and their union to a Turtle file.

    Only one graph (or one part of a large one) is held at a time, so a corpus of any
    size is written in memory proportional to its largest part.  Parts come in the
    order given and each part's triples are written sorted: the same input gives the
    same bytes.

    ``on_shard`` is given each N-Quads file once it is complete (closed at
    :data:`SHARD_BYTES` or at the end), so that the store can load it while the rest is
    written.
    """
    writer = TurtleWriter(FILE_PREFIXES)
    written = 0
    hashers: dict[str, hashlib._Hash] = {}
    shards: dict[Path, set[str]] = {}
    digests: dict[str, str] = {}
    done_with = on_shard or (lambda _: None)
    with ExitStack() as stack:
        trig = stack.enter_context(atomic_writer(trig_path)) if trig_path is not None else None
        ttl = stack.enter_context(atomic_writer(ttl_path)) if ttl_path is not None else None
        for out in (trig, ttl):
            if out is not None:
                out.write(writer.header().encode("utf-8"))
        parent = _ParentShards(shard_folder, shards, done_with)
        stack.callback(parent.discard)  # on a failure: closed, not handed on
        for name, triples in graphs:
            done = _write_graph(writer, name, triples, parent.file(), trig, ttl)
            if done is not None:
                parent.wrote(str(name), len(done[0]))
                hashers.setdefault(str(name), hashlib.sha256()).update(done[0])
                written += done[1]
        parent.close()
    digests.update({name: h.hexdigest() for name, h in hashers.items()})
    return Written(written, digests, shards)


# A file of the parent's own N-Quads is closed, and handed to the store, at about this size.
SHARD_BYTES = 64 << 20


class _ParentShards:
    """The N-Quads files the parent writes itself, one open at a time."""

    def __init__(self, folder: Path, shards: dict[Path, set[str]], done_with: Callable[[Path], None]) -> None:
        self.folder, self.shards, self.done_with = folder, shards, done_with
        self.path: Path | None = None
        self.out: BinaryIO | None = None
        self.size = 0

    def file(self) -> BinaryIO:
        if self.out is None:
            self.path = self.folder / f"parent-{len(self.shards):06d}.nq"
            self.out, self.shards[self.path], self.size = self.path.open("wb"), set(), 0
        return self.out

    def wrote(self, name: str, size: int) -> None:
        assert self.path is not None
        self.shards[self.path].add(name)
        self.size += size
        if self.size >= SHARD_BYTES:
            self.close()

    def close(self) -> None:
        if self.out is not None:
            self.discard()
            assert self.path is not None
            self.done_with(self.path)

    def discard(self) -> None:
        if self.out is not None:
            self.out.close()
            self.out = None


def write_dataset(ds: Dataset | Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Write atomically: a temporary file in the same folder replaces ``path`` only once
    it is complete, so a failure leaves the previous file as it was."""
    path = Path(path)
    return write_atomic(path, serialize(ds, format_for(path, fmt)))


def load_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Read a graph file into a dataset; the format comes from the extension."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file; build one with `kg build DIR --out OUT` "
                      "or pass the path of an existing .trig/.nq/.ttl/.nt/.jsonld file")
    chosen = format_for(path, fmt)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    try:
        ds.parse(path, format=_RDFLIB_FORMAT[chosen])
    except Exception as e:  # noqa: BLE001 - rdflib's parsers raise many unrelated types
        raise KgError(
            f"{path}: cannot be read as {chosen}: {e}; rebuild it with `kg build` "
            "or check that the extension matches the content"
        ) from e
    return ds
