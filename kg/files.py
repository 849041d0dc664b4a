"""Writing output files so that a reader never sees half of one.

Every output (graph files, the HTML view, the report, cached extractions) goes to a
temporary file in the same folder, is flushed to disk, and then renamed over the
old one: a build killed at any moment leaves the previous file whole.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

# The folder every build keeps in its output folder: its presence marks a folder of
# outputs, which a later build never reads as articles.
OUTPUT_MARKER = ".kg-cache"
# What a build writes beside that folder (only the view could pass for an article).
OUTPUT_FILES = ("graph.trig", "graph.ttl", "graph.html", "report.json")


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as text that can always be printed and written as UTF-8 (bad bytes as \\xNN)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_temporaries = itertools.count()


def _new_temporary_beside(target: Path) -> tuple[int, str]:
    """A new, empty file beside ``target`` (its descriptor and path), readable as the umask
    allows: the writer's process id in the name lets a later build tell an orphan from a
    live file.  Not ``mkstemp``: its random names and the chmod after it cost more than
    writing a cached extraction (a build writes one for every article)."""
    while True:
        tmp = str(target.parent / f".{target.name}.{os.getpid()}.{next(_temporaries)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:  # left by a dead process of the same id
            continue


def write_atomic(path: str | os.PathLike[str], data: bytes | str, *, durable: bool = True) -> Path:
    """Write ``data`` (text is written as UTF-8) to ``path`` atomically.

    ``durable=False`` skips forcing the bytes to disk before the rename: for files that
    may be lost in a power cut (a cache) but must never be seen half written.
    """
    with atomic_writer(path, durable=durable) as out:
        out.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


@contextmanager
def atomic_writer(path: str | os.PathLike[str], *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to stream into; it replaces ``path`` only when the block ends cleanly."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_temporary_beside(target)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            if durable:
                os.fsync(out.fileno())
        if target.exists():  # a new file has the mode the umask allows already
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_orphaned_temporaries(folder: Path) -> None:
    """Delete the temporary files of writers that are no longer running.

    A temporary file's name carries its writer's process id, so a build killed half way
    is cleaned up by the next one while a build still running in the same folder keeps
    its own.
    """
    if not folder.is_dir():
        return
    for tmp in folder.glob(".*.tmp"):
        parts = tmp.name.split(".")
        pid = next((int(p) for p in reversed(parts[:-2]) if p.isdigit()), None)
        if pid is not None and _running(pid):
            continue
        try:
            tmp.unlink()
        except OSError:
            pass


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid < 2**22
    return True
