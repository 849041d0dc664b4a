"""How far apart kg saw the two ends of each relation it missed with both ends found.

    python -m bench.missed_gaps abcdefghijk     # the read batches a-k
    python -m bench.missed_gaps lmn             # unread batches: counts only, nothing of the text
    python -m bench.missed_gaps abcdefghijk --show next   # read batches only: each missed pair's sentences

For each gold relation kg missed whose subject and object kg did build (in that article), the
fewest sentences between a mention of one and a mention of the other: the same sentence, the
next, two to five apart, farther.  Links missed within one sentence are what a better reading
of the sentence (or a learned scorer over kg's own candidate pairs) could still find.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from bench.blind import blind_batches
from kg.evaluate import Annotation, article_annotations, load_gold_dir, score
from kg.extract.tokens import split_sentences
from kg.model import Article, Entity
from kg.pipeline import build
from kg.text import match_key

# Batches that judge the rules: their text is never printed, only counted.
UNREAD = frozenset("lmn")


def _gap(sentences_of_one: set[int], sentences_of_other: set[int]) -> str:
    if not sentences_of_one or not sentences_of_other:
        return "no evidence"
    gap = min(abs(a - b) for a in sentences_of_one for b in sentences_of_other)
    return "same sentence" if gap == 0 else "next sentence" if gap == 1 else "2-5 apart" if gap <= 5 else "farther"


def missed_gaps(letters: str, show: str | None = None) -> Counter[tuple[str, str]]:
    """(predicate, gap) of every relation missed with both ends built, over the batches named;
    with ``show`` (a gap, e.g. "next sentence"), each such pair's sentences printed too."""
    if show is not None and UNREAD & set(letters):
        raise SystemExit("--show prints text: read batches only, never l, m or n")
    folders = [folder for letter, batch in blind_batches().items() if letter in letters for folder in batch]
    gold: dict[str, Annotation] = {}
    for folder in folders:
        gold.update(load_gold_dir(folder))
    result = build(folders)
    report = score(article_annotations(result.kb), gold)
    article_of = {Path(a.source).name: a.id for a in result.kb.articles}
    article_by_id = {a.id: a for a in result.kb.articles}
    entities = {e.iri: e for e in result.kb.entities}
    gaps: Counter[tuple[str, str]] = Counter()
    for file in report.files:
        article = article_of.get(file.article)
        if article is None:
            continue
        missed = {match_key(name) for e in file.entity_misses for name in (e.label, *e.aliases)}
        built: dict[str, list[Entity]] = {}
        for iri in result.kb.article_entities.get(article, ()):
            for name in (entities[iri].label, *entities[iri].aliases):
                built.setdefault(match_key(name), []).append(entities[iri])
        for rel in file.relation_misses:
            ends = match_key(rel.subject), match_key(rel.object)
            if any(end in missed or end not in built for end in ends):
                continue
            subject, obj = ({ev.sentence for e in built[end] for ev in e.evidence if ev.article_id == article}
                            for end in ends)
            gap = _gap(subject, obj)
            gaps[rel.predicate, gap] += 1
            if show is not None and gap.startswith(show):
                _print_pair(article_by_id[article], file.article, rel.predicate, ends, subject, obj, rel.role)
    return gaps


def _print_pair(article: Article, name: str, predicate: str, ends: tuple[str, str],
                subject: set[int], obj: set[int], role: str | None) -> None:
    sentences = split_sentences(article)
    pair = min(((a, b) for a in subject for b in obj), key=lambda ab: (abs(ab[0] - ab[1]), ab))
    print(f"\n## {name}: {ends[0]} --{predicate}{'/' + role if role else ''}--> {ends[1]}")
    for i in range(min(pair), max(pair) + 1):
        mark = "S" if i == pair[0] else "O" if i == pair[1] else " "
        print(f"  {mark} [{i}] {sentences[i].text.strip()[:400]}")


def main(letters: str, show: str | None = None) -> None:
    gaps = missed_gaps(letters, show)
    totals: Counter[str] = Counter()
    for (_, gap), n in gaps.items():
        totals[gap] += n
    print(letters, dict(totals.most_common()))
    for (predicate, gap), n in sorted(gaps.items()):
        print(f"  {predicate:18} {gap:14} {n}")


if __name__ == "__main__":
    args = sys.argv[1:]
    shown = args[args.index("--show") + 1] if "--show" in args else None
    letters = [a for a in args if a != "--show" and a != shown]
    main(letters[0] if letters else "abcdefghijk", shown)
