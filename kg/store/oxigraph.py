"""The Oxigraph store on disk: the build's product, which every read command opens.

:class:`OxigraphStore` is kept up to date by a build (:meth:`OxigraphStore.sync`:
only the named graphs whose content changed, through Oxigraph's bulk loader) and
answers queries.  :func:`find_store` tells which store a path given to a read command
stands for, and :func:`load_file` loads any other graph file into a new store.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import KgError, QueryError, StoreError
from kg.files import OUTPUT_MARKER, write_atomic
from kg.namespace import bind_prefixes
from kg.store.graphfiles import OX_FORMAT, format_for, serialize, write_dataset
from kg.store.query import query_oxigraph, with_timeout
from kg.store.results import QueryResult
from kg.store.sparql import SERVICE_REFUSED, calls_service

STORE_NAME = "store"  # the store's folder in a build's output folder
# A file this large is loaded with a progress bar.
PROGRESS_BYTES = 16 << 20


@dataclass(frozen=True)
class StoreSync:
    """Named graphs replaced, removed and left as they were by :meth:`OxigraphStore.sync`."""

    replaced: int = 0
    removed: int = 0
    kept: int = 0

    def text(self) -> str:
        return f"{self.replaced} graphs replaced, {self.removed} removed, {self.kept} unchanged"


class OxigraphStore:
    """A persistent Oxigraph store, the graph for ``kg serve`` and large builds.

    ``path=None`` gives an in-memory store (for tests); ``read_only`` opens a store folder
    that other processes may read (or a build update) at the same time.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = None if path is None else Path(path)
        try:
            if read_only and self.path is not None:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(None if self.path is None else str(self.path))
        except OSError as e:
            raise StoreError(
                f"{self.path}: cannot open the Oxigraph store ({e}); another process may hold "
                "it open (stop `kg serve`) or the folder is not writable"
            ) from e

    @property
    def store(self) -> ox.Store:
        return self._store

    def __len__(self) -> int:
        return len(self._store)

    def is_empty(self) -> bool:
        return next(iter(self._store), None) is None and next(iter(self._store.named_graphs()), None) is None

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def reload(self, shards: Iterable[Path]) -> None:
        """Make the store hold exactly the graphs of the N-Quads files that
        :func:`write_graphs` wrote: Oxigraph's bulk loader, two loads at a time."""
        from kg.store.loader import ParallelLoad

        self._store.clear()
        with ParallelLoad(self._store) as loading:
            for shard in shards:
                loading.add_file(shard)
        # the loader leaves many small files; merged, the first query of a read command
        # at 10,000 articles takes 2 s rather than 5 to 10 (the merge: 24 s)
        self._store.optimize()

    # Oxigraph's bulk loader holds its whole input in memory several times over (1.7 GB
    # for 630 MB of N-Quads at once); whole shards up to about this size at a time keep
    # it near 300 MB whatever the corpus, for 10 % more time than 160 MB (680 MB).
    # (Measured on 2,000 generated articles.)
    LOAD_CHUNK_BYTES = 64 << 20

    def _bulk_load(self, shards: Iterable[Path], names: set[str] | None) -> None:
        """Bulk-load the N-Quads files (only the lines of the graphs ``names``, if
        given), :attr:`LOAD_CHUNK_BYTES` at a time."""
        reader = _ShardReader(shards, names)
        while not reader.exhausted:
            reader.allow(self.LOAD_CHUNK_BYTES)
            # lenient: kg wrote these files from IRIs it minted valid; checking each of
            # millions again is a good part of the loader's time
            self._store.bulk_load(input=reader, format=ox.RdfFormat.N_QUADS,  # type: ignore[arg-type]
                                  lenient=True)  # the loader only calls read()

    def sync(self, shards: dict[Path, set[str]], digests: dict[str, str], manifest: Path) -> StoreSync:
        """Make the store hold the graphs of the N-Quads files that :func:`write_graphs`
        wrote, replacing only the graphs whose digest changed since the last sync.

        ``manifest`` records the digest of every graph the store holds.  It is removed
        before the store is touched and written once the store is up to date, so a sync
        that dies half-way is followed by a full reload, never by a stale graph.
        """
        previous = self._manifest(manifest)
        if self.reloads_whole(manifest):
            changed, removed = set(digests), set(self.graph_names()) - set(digests)
        else:
            assert previous is not None
            changed = {g for g, d in digests.items() if previous.get(g) != d}
            removed = set(previous) - set(digests)
        if not changed and not removed:
            return StoreSync(kept=len(digests))
        manifest.unlink(missing_ok=True)
        if len(changed) > len(digests) // 2:  # most of it: the bulk loader from scratch
            self.reload(shards)
        else:
            for name in sorted(changed | removed):
                self.remove_graph(name)
            self._bulk_load([path for path, names in shards.items() if names & changed], changed)
            self._store.optimize()
        self.write_manifest(manifest, digests)
        return StoreSync(replaced=len(changed), removed=len(removed), kept=len(digests) - len(changed))

    def reloads_whole(self, manifest: Path) -> bool:
        """Whether :meth:`sync` reloads the store whole whatever graphs it is given: no
        manifest of this store, or one that does not list the graphs it holds."""
        previous = self._manifest(manifest)
        return previous is None or set(previous) != set(self.graph_names())

    def write_manifest(self, manifest: Path, digests: dict[str, str]) -> None:
        write_manifest(manifest, self.path, digests)

    def _manifest(self, manifest: Path) -> dict[str, str] | None:
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        here = str(self.path.resolve()) if self.path else None
        graphs = data.get("graphs") if isinstance(data, dict) and data.get("store") == here else None
        return graphs if isinstance(graphs, dict) else None

    def add_dataset(self, ds: Dataset | Graph) -> None:
        """Add every quad of ``ds`` (default-graph triples go to the store's default graph)."""
        self._store.load(serialize(ds, "nq"), format=ox.RdfFormat.N_QUADS)

    def replace_article_graphs(self, ds: Dataset) -> list[str]:
        """Replace each named graph present in ``ds`` by its new content; leave the others.

        Returns the names of the graphs written.  Pass a dataset built from the whole
        knowledge base: its shared graph (``graph:kb``) is replaced as a whole too.
        """
        names = sorted(
            {str(g.identifier) for g in ds.graphs() if isinstance(g.identifier, URIRef)}
            - {str(DATASET_DEFAULT_GRAPH_ID)}
        )
        for name in names:
            self.remove_graph(name)
        self.add_dataset(ds)
        return names

    def remove_graph(self, iri: str) -> None:
        node = ox.NamedNode(iri)
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)

    def query(self, query_text: str, timeout: float | None = None, *,
              allow_service: bool = False) -> QueryResult:
        if not allow_service and calls_service(query_text):
            raise QueryError(SERVICE_REFUSED)
        return with_timeout(lambda: query_oxigraph(self._store, query_text, self.path), timeout)

    def to_dataset(self) -> Dataset:
        ds = Dataset(default_union=True)
        bind_prefixes(ds)
        data = self._store.dump(format=ox.RdfFormat.N_QUADS) or b""
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def dump(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the store to a file with the same deterministic output as :func:`write_dataset`."""
        return write_dataset(self.to_dataset(), path, fmt)

    def flush(self) -> None:
        self._store.flush()


def write_manifest(manifest: Path, store_dir: Path | None, digests: dict[str, str]) -> None:
    """Record that the store in ``store_dir`` now holds the graphs of ``digests`` (see
    :meth:`OxigraphStore.sync`)."""
    write_atomic(manifest, json.dumps(
        {"store": str(store_dir.resolve()) if store_dir else None, "graphs": digests},
        indent=0, sort_keys=True,
    ) + "\n")


class _ShardReader:
    """N-Quads files read one after another as one stream of whole lines (only those
    of the graphs ``names``, if given), handed out ``allow(n)`` bytes at a time: each
    allowance is one input for Oxigraph's bulk loader, whatever the files' sizes."""

    def __init__(self, shards: Iterable[Path], names: set[str] | None = None) -> None:
        self._shards = list(shards)
        self._names = None if names is None else {f"<{name}>".encode() for name in names}
        self._current: BinaryIO | None = None
        self._pending = b""
        self._budget = 0
        self.exhausted = False

    def allow(self, size: int) -> None:
        self._budget = size

    def read(self, size: int = -1) -> bytes:
        if not self._pending:
            chunk = self._next_lines() if self._budget > 0 else None
            if chunk is None:
                return b""
            self._budget -= len(chunk)
            self._pending = chunk
        if 0 <= size < len(self._pending):
            out, self._pending = self._pending[:size], self._pending[size:]
        else:
            out, self._pending = self._pending, b""
        return out

    def _next_lines(self) -> bytes | None:
        """About a megabyte of whole lines, or None at the end of the last file."""
        while True:
            if self._current is None:
                if not self._shards:
                    self.exhausted = True
                    return None
                self._current = self._shards.pop(0).open("rb")
            if self._names is None:
                chunk = self._current.read(1 << 20)
                chunk += self._current.readline() if chunk and not chunk.endswith(b"\n") else b""
            else:
                chunk = b"".join(line for line in self._current.readlines(1 << 20)
                                 if line[line.rindex(b" <", 0, -3) + 1:-3] in self._names)
            if chunk:
                return chunk
            if self._current.tell() == os.fstat(self._current.fileno()).st_size:
                self._current.close()
                self._current = None


def store_fingerprint(store_dir: Path) -> str | None:
    """What the store's files are now (names, sizes, times): a projection read from the
    store is valid while it holds.  Opening a store read-only changes none of them;
    RocksDB's own log and lock files are left out."""
    try:
        entries = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(store_dir)
                         if not e.name.startswith(("LOG", "LOCK")))
    except OSError:
        return None
    return hashlib.sha256(repr(entries).encode()).hexdigest()[:32] if entries else None


def is_store(folder: Path) -> bool:
    return (folder / "CURRENT").is_file()


def find_store(path: Path) -> Path | None:
    """The store ``path`` stands for: a store folder, an output folder's store, or the
    store beside a graph file that its build wrote (a file changed since is not)."""
    if path.is_dir():
        for folder in (path, path / STORE_NAME):
            if is_store(folder):
                return folder
        raise KgError(f"{path}: neither an Oxigraph store nor a build's output folder; build one "
                      f"with `kg build DIR --out {path}`, or pass --graph FILE")
    beside = path.parent / STORE_NAME
    if not is_store(beside):
        return None
    if not path.exists() or _written_by_build(path):
        return beside
    return None


def record_output(path: Path, store_dir: Path) -> None:
    """Count a file exported beside the store among its build's outputs, so that the
    read commands given it keep reading the store (a later build replaces or removes it)."""
    stamp = path.parent / OUTPUT_MARKER / "build.stamp"
    try:
        finished = json.loads(stamp.read_text(encoding="utf-8"))
        if finished.get("store") != store_fingerprint(store_dir):
            return
        info = path.stat()
        finished["outputs"][path.name] = [info.st_size, info.st_mtime_ns]
        write_atomic(stamp, json.dumps(finished, indent=1))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass


def _written_by_build(path: Path) -> bool:
    try:
        stamp = json.loads((path.parent / OUTPUT_MARKER / "build.stamp").read_text(encoding="utf-8"))
        info = path.stat()
        return bool(stamp["outputs"].get(path.name) == [info.st_size, info.st_mtime_ns])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


class _Progress(io.RawIOBase):
    """A file read through a progress bar (Oxigraph's loader reads it in pieces)."""

    def __init__(self, f: BinaryIO, bar: Any) -> None:
        self._f, self._bar = f, bar

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._f.readinto(buffer)  # type: ignore[attr-defined]
        self._bar.update(n or 0)
        return n or 0


def load_file(path: Path, folder: Path, *, progress: bool = True) -> OxigraphStore:
    """A new store in ``folder`` holding the graph file ``path`` (Oxigraph's bulk loader;
    a file of many megabytes shows a progress bar on standard error)."""
    fmt = format_for(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file; build one with `kg build DIR --out OUT` "
                      "or pass the path of an existing .trig/.nq/.ttl/.nt/.jsonld file")
    oxigraph = OxigraphStore(folder)
    size = path.stat().st_size
    bar = None
    if progress and size >= PROGRESS_BYTES:
        from tqdm import tqdm

        bar = tqdm(total=size, unit="B", unit_scale=True, desc=f"loading {path.name}", file=sys.stderr)
    try:
        with path.open("rb") as f:
            source: Any = io.BufferedReader(_Progress(f, bar), 1 << 20) if bar is not None else f
            oxigraph.store.bulk_load(input=source, format=OX_FORMAT[fmt])
    except (SyntaxError, ValueError) as e:
        raise KgError(f"{path}: cannot be read as {fmt}: {e}; check that the extension matches "
                      "the content") from e
    finally:
        if bar is not None:
            bar.close()
    return oxigraph
