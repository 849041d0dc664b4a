"""The store loaded in a process of its own while the build still writes its N-Quads.

A build from scratch knows before it writes a line that the store will be reloaded
whole.  :class:`BackgroundLoad` then starts ``python -m kg.store.loader STORE`` at
once and hands it each N-Quads file as soon as the build has closed it (every
64 MB); the loader clears the store, bulk-loads the files on two
threads as they come, and merges the store's files (``optimize``) once told the last
has come.  The build's own work (the rest of the graph, the projection, the report)
runs meanwhile on the other core, rather than before the load.

The loader is told one command a line on its standard input: ``load PATH`` or
``done``.  Without ``done`` (the build died, or gave up) it stops without merging and
exits with status 1; so does a build killed outright, by the parent-death signal.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import StoreError

# Bytes of whole lines per call of Oxigraph's loader, on each of LOAD_THREADS threads:
# its memory is several times its input, so the loader stays near 130-190 MB whatever
# the corpus (300-365 MB with 16 MB calls, for no less CPU: 165 against 175 CPU-s for the
# 9.9 M quads of 10,000 articles, the store merged by `optimize` either way).  Two calls
# at once keep both cores busy where one call keeps about one.
CHUNK_BYTES = 4 << 20
LOAD_THREADS = 2


class BackgroundLoad:
    """The parent's end: a loader process for ``store_dir``, fed N-Quads files."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = store_dir
        self._sent: set[Path] = set()
        self._lock = threading.Lock()  # files come from the pool's thread and the main one
        self._errors = tempfile.TemporaryFile()  # not a pipe: nothing the loader says can block it
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "kg.store.loader", str(store_dir)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._errors,
        )

    def add(self, shard: Path) -> None:
        """Load ``shard`` (once, however often given); the file must be complete."""
        with self._lock:
            if shard in self._sent or self._proc.stdin is None or self._proc.stdin.closed:
                return
            self._sent.add(shard)
            try:
                self._proc.stdin.write(f"load {os.fsencode(shard).hex()}\n".encode())
                self._proc.stdin.flush()
            except BrokenPipeError:
                pass  # the loader failed: `finish` says why

    def all_sent(self) -> None:
        """Tell the loader every file has come, without waiting: it merges the store's
        files (tens of seconds at 10,000 articles, mostly on one core) while the build
        does its last work on the other.  Once is enough; later calls do nothing."""
        with self._lock:
            assert self._proc.stdin is not None
            if self._proc.stdin.closed:
                return
            try:
                self._proc.stdin.write(b"done\n")
                self._proc.stdin.close()
            except BrokenPipeError:
                pass

    def finish(self) -> None:
        """Tell the loader every file has come (unless :meth:`all_sent` did); wait for the
        store to be loaded and merged."""
        self.all_sent()
        returncode = self._proc.wait()
        self._errors.seek(0)
        err = self._errors.read()
        self._errors.close()
        if returncode != 0:
            reason = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"it stopped ({returncode})"]
            raise StoreError(f"{self.store_dir}: the store could not be loaded: {reason[0]}")

    def abort(self) -> None:
        """Stop the loader (the build failed); the store is left partly loaded, and its
        manifest gone, so the next build loads it again from scratch.  Once the loader
        has finished, this does nothing."""
        if self._errors.closed:
            return
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            try:
                self._proc.stdin.close()
            except BrokenPipeError:
                pass
        self._errors.close()


def _chunks(shard: Path) -> Iterator[bytes]:
    """A file's bytes in pieces of about :data:`CHUNK_BYTES` that end at a line's end."""
    with shard.open("rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            if not chunk.endswith(b"\n"):
                chunk += f.readline()
            yield chunk


def _trim() -> None:
    """What the last load freed given back to the system: glibc keeps it in each thread's
    arena otherwise, and the loader grew with the files it had loaded."""
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


class ParallelLoad:
    """Oxigraph's bulk loader on :data:`LOAD_THREADS` threads, fed chunks of N-Quads
    (whole lines) one at a time; use as a context manager, which waits for the loads."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self.failures: list[BaseException] = []
        self.threads = [threading.Thread(target=self._work, daemon=True) for _ in range(LOAD_THREADS)]

    def __enter__(self) -> ParallelLoad:
        for thread in self.threads:
            thread.start()
        return self

    def add_file(self, shard: Path) -> None:
        for chunk in _chunks(shard):
            self.chunks.put(chunk)

    def _work(self) -> None:
        import pyoxigraph as ox

        while (chunk := self.chunks.get()) is not None:
            try:
                if not self.failures:
                    # lenient: kg minted every IRI in these files valid
                    self.store.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
            except BaseException as e:  # noqa: BLE001 - raised by the thread that waits
                self.failures.append(e)
            del chunk
            _trim()

    def __exit__(self, *exc: object) -> None:
        for _ in self.threads:
            self.chunks.put(None)
        for thread in self.threads:
            thread.join()
        if self.failures and exc[0] is None:
            raise self.failures[0]


def _commands(stdin: IO[bytes], loading: ParallelLoad) -> bool:
    """Follow the parent's commands, loading each file named; whether ``done`` came."""
    for line in stdin:
        command, _, argument = line.decode("ascii").strip().partition(" ")
        if command == "done":
            return True
        if command == "load":
            loading.add_file(Path(os.fsdecode(bytes.fromhex(argument))))
    return False


def load(store_dir: Path, stdin: IO[bytes]) -> bool:
    """Clear the store and load the files the commands on ``stdin`` name, merging the
    store's files at the end; False when ``done`` never came."""
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(store_dir).store
    store.clear()
    with ParallelLoad(store) as loading:
        finished = _commands(stdin, loading)
    if finished:
        # the loads leave many small files; merged, a read command's first query at
        # 10,000 articles takes 2 s rather than 5 to 10
        store.optimize()
        store.flush()
    return finished


def main() -> None:
    from kg.pipeline import die_with_parent

    die_with_parent()
    try:
        finished = load(Path(sys.argv[1]), sys.stdin.buffer)
    except Exception as e:  # noqa: BLE001 - the parent reports the last line
        print(f"{type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
    sys.exit(0 if finished else 1)


if __name__ == "__main__":
    main()
