"""The pipeline, left to right: ingest -> extract -> resolve (-> rdf, analyze, view).

``build`` reads articles (in parallel across processes when asked), extracts each,
and resolves the lot into one ``KnowledgeBase``.  An article that cannot be read or
extracted is reported as ``Skipped`` and the rest are still built.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import pickle
import signal
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import ArticleError
from kg.extract import extract
from kg.files import write_atomic
from kg.ingest import CarriedFile, article_id, discover, read_article
from kg.model import Article, Extraction, KnowledgeBase, Skipped
from kg.resolve import ResolvedArticle, Resolver, resolve_in_article
from kg.text import slug
from kg.workers import map_in_order

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildResult:
    kb: KnowledgeBase
    skipped: tuple[Skipped, ...]
    # where the articles' texts are when ``build`` was given a place for them on disk
    # (the knowledge base's articles then have none); else empty
    bodies: Mapping[str, str] = dataclasses.field(default_factory=dict)


class ArticleBodies(Mapping[str, str]):
    """Articles' texts in an unnamed temporary file, by article id: what a build holds
    of each article until it writes the article's graph.  In memory they were the
    largest part of the knowledge base that only one step reads (at 100,000 articles
    about 1 GB as Python strings)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._file = tempfile.TemporaryFile(dir=folder)  # gone when closed, or if the build dies
        self._where: dict[str, tuple[int, int]] = {}

    def add(self, article_id: str, text: str) -> None:
        data = text.encode("utf-8")
        self._file.seek(0, os.SEEK_END)
        self._where[article_id] = (self._file.tell(), len(data))
        self._file.write(data)

    def __getitem__(self, article_id: str) -> str:
        offset, size = self._where[article_id]
        self._file.seek(offset)
        return self._file.read(size).decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def close(self) -> None:
        self._file.close()


@cache
def rules_version() -> str:
    """A digest of the extraction code and data: a cached extraction is valid while it holds."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted([*root.glob("extract/*.py"), *root.glob("data/*"), root / "model.py",
                        root / "ingest.py", root / "text.py"]):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(cache_dir: Path, article: Article, rules: str) -> Path:
    return cache_dir / f"{slug(article.id)}-{article.content_hash[:16]}-{rules}.pickle"


def process_file(path: Path, cache_dir: Path | None = None, rules: str | None = None) -> Extraction | Skipped:
    """One article file to its extraction, or the reason it was skipped.

    With a cache folder, an article whose content and rules are unchanged since the
    last build is not extracted again.
    """
    try:
        article = read_article(path)
    except ArticleError as e:
        return Skipped(str(path), str(e).removeprefix(f"{path}: "))
    # the build passes the rules' version it computed once, so that every worker names
    # cache files alike even if the code changes during the build
    cached = _cache_path(cache_dir, article, rules or rules_version()) if cache_dir else None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as f:
                extraction = pickle.load(f)
            if isinstance(extraction, Extraction):
                return dataclasses.replace(
                    extraction, article=dataclasses.replace(extraction.article, source=str(path))
                )
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    try:
        extraction = extract(article)
    except RecursionError as e:
        return Skipped(str(path), f"too deeply nested to read: {e}")
    except Exception as e:  # noqa: BLE001 - one article that trips a rule must not stop the build
        return Skipped(str(path), _internal_error("extracting", e))
    if cached is not None:
        _write_cache(cached, extraction)
    return extraction


def resolve_file(path: Path, cache_dir: Path | None = None, rules: str | None = None) -> ResolvedArticle | Skipped:
    """One article file extracted and resolved within itself: the work of a build's
    worker process, so that the parent only merges articles into the corpus."""
    result = process_file(path, cache_dir, rules)
    if isinstance(result, Skipped):
        return result
    try:
        return resolve_in_article(result)
    except Exception as e:  # noqa: BLE001 - as in extraction: skip the one article, keep the build
        return Skipped(str(path), _internal_error("resolving", e))


def _internal_error(stage: str, error: Exception) -> str:
    where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    at = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return (f"kg failed while {stage} it ({type(error).__name__}: {error}{at}); the other articles "
            "are built. This is kg's bug, not the article's: please report it with the file")


def _write_cache(path: Path, extraction: Extraction) -> None:
    try:
        write_atomic(path, pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
    except OSError:
        pass  # a cache that cannot be written only costs the next build time


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def die_with_parent() -> None:
    """Make an extraction worker end when the build that started it ends, even by SIGKILL.

    A killed build cannot tell its workers to stop, and each forked worker holds the
    task queue open itself, so it would wait for work for ever.
    """
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before prctl took effect
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:  # where prctl is missing (not Linux): poll the parent
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def resolve_files(
    files: Sequence[Path], *, jobs: int = 1, progress: Progress | None = None,
    cache_dir: Path | None = None, scheduler: str | None = None,
) -> Iterator[ResolvedArticle | Skipped]:
    """Each file's article resolved within itself (or why it was skipped), in the order
    of ``files``; on the Dask cluster at ``scheduler`` when one is given."""
    rules = rules_version()
    if scheduler is not None:
        # workers elsewhere cannot read this machine's files, nor its extraction cache
        items: Iterable[tuple[Path, Path | None, str]] = ((CarriedFile.of(f), None, rules) for f in files)
    else:
        items = ((f, cache_dir, rules) for f in files)
    results = map_in_order(resolve_file, items, count=len(files), jobs=jobs, scheduler=scheduler,
                           if_lost=_worker_lost, initializer=die_with_parent)
    for done, result in enumerate(results, 1):
        yield result
        if progress:
            progress(done, len(files))


def _worker_lost(args: tuple[Path, ...], error: BaseException) -> Skipped:
    return Skipped(str(args[0]), f"the cluster's workers died on it ({error}); "
                                 "too large for a worker's memory?")


def build(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1, progress: Progress | None = None,
    cache_dir: Path | None = None, scheduler: str | None = None, bodies: ArticleBodies | None = None,
) -> BuildResult:
    """Read, extract and resolve every article under ``paths``.

    Articles are resolved as they come, in the order of their ids, so that only the
    knowledge base, not every article's mentions, is held at once; given ``bodies``,
    their texts go there rather than into the knowledge base, and the sentences their
    relations quote to a file beside them.
    """
    files, skipped = discover(paths)
    # by article id (the file name), then path: two files with one id keep the first
    files = sorted(files, key=lambda p: (article_id(p), str(p)))
    # with the texts on disk, the quotes too (sentences quoted by relations)
    resolver = Resolver(spill_dir=bodies.folder if bodies is not None else None)
    seen: set[str] = set()
    kept: set[str] = set()
    with _merged_objects_frozen() as merged:
        for result in resolve_files(files, jobs=jobs, progress=progress, cache_dir=cache_dir, scheduler=scheduler):
            merged()
            if bodies is not None and not isinstance(result, Skipped) and result.article.id not in seen:
                bodies.add(result.article.id, result.article.text)
                result = dataclasses.replace(result, article=dataclasses.replace(result.article, text=""))
            _add_result(result, resolver, skipped, seen, kept, cache_dir)
        kb = resolver.result()
    if cache_dir is not None:
        _prune_cache(cache_dir, kept)
    return BuildResult(kb, tuple(skipped), bodies if bodies is not None else {})


# The knowledge base grows by millions of objects; Python's full collections rescan all
# of them, each time a quarter more have come: half the parent's CPU while it merges
# 10,000 articles.  Objects merged are frozen (left out of collections) this often.
FREEZE_EVERY_ARTICLES = 50


@contextmanager
def _merged_objects_frozen() -> Iterator[Callable[[], None]]:
    """Within: call the function given once per article merged; every
    :data:`FREEZE_EVERY_ARTICLES` the objects made so far are frozen.  On leaving they
    are unfrozen, so that a cycle among them is still collected in time (young objects'
    cycles are collected as they come, before they are frozen)."""
    merged = 0
    if gc.get_freeze_count():  # a caller froze objects of its own: leave them be
        yield lambda: None
        return

    def one_more() -> None:
        nonlocal merged
        merged += 1
        if merged % FREEZE_EVERY_ARTICLES == 0:
            gc.freeze()

    try:
        yield one_more
    finally:
        gc.unfreeze()


def _add_result(result: ResolvedArticle | Skipped, resolver: Resolver, skipped: list[Skipped],
                seen: set[str], kept: set[str], cache_dir: Path | None) -> None:
    """One article's result merged into ``resolver`` (or recorded as skipped)."""
    if isinstance(result, Skipped):
        skipped.append(result)
        return
    if result.article.id in seen:
        skipped.append(Skipped(result.article.source, f"another article is named {result.article.id}"))
        return
    seen.add(result.article.id)
    if cache_dir is not None:
        kept.add(_cache_path(cache_dir, result.article, rules_version()).name)
    resolver.add_resolved(result)


def _prune_cache(cache_dir: Path, keep: set[str]) -> None:
    """Forget extractions of articles that are gone or changed."""
    for path in cache_dir.glob("*.pickle"):
        if path.name not in keep:
            path.unlink(missing_ok=True)
