"""The pipeline, left to right: ingest -> extract -> resolve (-> rdf, analyze, view).

``build`` reads articles (in parallel across processes when asked), extracts each,
and resolves the lot into one ``KnowledgeBase``.  An article that cannot be read or
extracted is reported as ``Skipped`` and the rest are still built.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ArticleError
from kg.evaluate import AnnotatedEntity, AnnotatedRelation, Annotation
from kg.extract import extract
from kg.ingest import discover, read_article
from kg.model import Extraction, KnowledgeBase, Skipped
from kg.resolve import resolve

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildResult:
    kb: KnowledgeBase
    skipped: tuple[Skipped, ...]
    extractions: tuple[Extraction, ...]


def process_file(path: Path) -> Extraction | Skipped:
    """One article file to its extraction, or the reason it was skipped."""
    try:
        article = read_article(path)
    except ArticleError as e:
        return Skipped(str(path), str(e).removeprefix(f"{path}: "))
    try:
        return extract(article)
    except RecursionError as e:
        return Skipped(str(path), f"too deeply nested to read: {e}")


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def extract_files(
    files: Sequence[Path], *, jobs: int = 1, progress: Progress | None = None
) -> tuple[list[Extraction], list[Skipped]]:
    extractions: list[Extraction] = []
    skipped: list[Skipped] = []
    results: Iterable[Extraction | Skipped]
    if jobs > 1 and len(files) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(process_file, files, chunksize=max(1, len(files) // (jobs * 8)))
    else:
        pool = None
        results = map(process_file, files)
    try:
        for done, result in enumerate(results, 1):
            if isinstance(result, Skipped):
                skipped.append(result)
            else:
                extractions.append(result)
            if progress:
                progress(done, len(files))
    finally:
        if pool is not None:
            pool.shutdown()
    return extractions, skipped


def build(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1, progress: Progress | None = None
) -> BuildResult:
    files, skipped = discover(paths)
    extractions, more_skipped = extract_files(files, jobs=jobs, progress=progress)
    # Two files with one article id (same name in two folders) would collide: keep the first.
    seen: set[str] = set()
    unique = []
    for x in sorted(extractions, key=lambda x: x.article.source):
        if x.article.id in seen:
            more_skipped.append(Skipped(x.article.source, f"another article is named {x.article.id}"))
            continue
        seen.add(x.article.id)
        unique.append(x)
    kb = resolve(unique)
    return BuildResult(kb, tuple(skipped + more_skipped), tuple(unique))


def annotations(kb: KnowledgeBase) -> dict[str, Annotation]:
    """The graph in the gold format's terms, one annotation per article."""
    by_iri = {e.iri: e for e in kb.entities}
    out: dict[str, Annotation] = {}
    for article in kb.articles:
        iris = kb.article_entities.get(article.id, ())
        entities = tuple(
            AnnotatedEntity(by_iri[i].type, by_iri[i].label, by_iri[i].aliases) for i in iris
        )
        relations = tuple(
            AnnotatedRelation(by_iri[r.subject].label, r.predicate, by_iri[r.object].label, r.role)
            for r in kb.article_relations.get(article.id, ())
        )
        out[article.id] = Annotation(article.id, entities, relations)
    return out
