"""Score every gold set the repository holds, batch by batch, in one run.

    python -m bench.blind                 # all sets: blind batches a, b, …, their union, the written sets
    python -m bench.blind g f             # only blind batches g and f
    python -m bench.blind a-k             # the union of batches a to k, scored as one set
    python -m bench.blind --misses g      # and batch g's misses per type and predicate
    python -m bench.blind --why j         # why batch j's relations were missed, in counts only

A blind batch is `tests/realistic-blind/local-X` and `national-X` together.  Score a new
batch once, on arrival, before anyone reads its misses (its first run), and keep that
number in the README; a batch whose misses were read no longer says what kg does on text
nobody has seen (README, "Invented articles modelled on outlets never read").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from kg.evaluate import EvalReport, FileResult, article_annotations, load_gold_dir, score
from kg.pipeline import build
from kg.text import match_key

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "realistic-blind"
WRITTEN = {name: [ROOT / "tests" / name] for name in ("heldout", "heldout2", "heldout3", "heldout4", "realistic")}
WRITTEN |= {"seed": [ROOT / "data" / "seed"], "data": [ROOT / "data"]}


def blind_batches() -> dict[str, list[Path]]:
    """Each blind batch's folders, by its letter, in order."""
    letters = sorted({p.name.rsplit("-", 1)[1] for p in BLIND.iterdir() if p.is_dir() and "-" in p.name})
    return {letter: sorted(BLIND.glob(f"*-{letter}")) for letter in letters}


def evaluate(folders: list[Path]) -> tuple[int, EvalReport]:
    """kg's scores on the articles of ``folders`` against their gold (one build of them all)."""
    gold = {}
    for folder in folders:
        gold.update(load_gold_dir(folder))
    result = build(folders)
    for skipped in result.skipped:  # scored as all misses: a rule's crash must not pass for a bad score
        print(f"skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    return len(gold), score(article_annotations(result.kb), gold)


def why_missed(files: tuple[FileResult, ...]) -> Counter[tuple[str, str]]:
    """Each missed relation by predicate and cause: an end of it is an entity kg missed
    too (the entity's recognition or label is at fault), or both ends were found and
    the link between them was not (or has another role).  Counts say nothing of the
    text, so an unread batch may be looked at this way without being read."""
    causes: Counter[tuple[str, str]] = Counter()
    for result in files:
        missed = {match_key(name) for e in result.entity_misses for name in (e.label, *e.aliases)}
        for rel in result.relation_misses:
            ends_missed = (match_key(rel.subject) in missed) + (match_key(rel.object) in missed)
            other_role = any(
                hit.predicate == rel.predicate and match_key(hit.subject) == match_key(rel.subject)
                and match_key(hit.object) == match_key(rel.object) for hit in result.relation_false_hits)
            cause = ("an end missed" if ends_missed else
                     "ends found, another role" if other_role else "ends found, link missed")
            causes[rel.predicate, cause] += 1
    return causes


def why_entities_missed(files: tuple[FileResult, ...]) -> Counter[tuple[str, str]]:
    """Each missed entity by type and by what kg predicted instead: a false hit of the
    same type whose label holds the missed one's or is held by it (a label that ends
    elsewhere), or nothing near (an entity kg did not build).  Counts only, as above."""
    causes: Counter[tuple[str, str]] = Counter()
    for result in files:
        for missed in result.entity_misses:
            names = [match_key(name) for name in (missed.label, *missed.aliases)]
            near = any(
                hit.type == missed.type and (name in guess or guess in name)
                for hit in result.entity_false_hits
                for guess in (match_key(label) for label in (hit.label, *hit.aliases)) if guess
                for name in names if name)
            causes[missed.type, "a label near it" if near else "nothing near"] += 1
    return causes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="blind batch letters, a range of them (a-k: their union) "
                        "or written set names (default: all)")
    parser.add_argument("--misses", action="store_true", help="per type and predicate of each set scored")
    parser.add_argument("--why", action="store_true",
                        help="each set's missed relations by cause (an end missed, or the link), in counts")
    args = parser.parse_args(argv)
    batches = blind_batches()
    sets: dict[str, list[Path]] = {f"blind {k}": v for k, v in batches.items()}
    sets["blind, all"] = [folder for folders in batches.values() for folder in folders]
    sets |= WRITTEN
    for spec in args.sets:
        first, _, last = spec.partition("-")
        if last and first in batches and last in batches:
            sets[f"blind {spec}"] = [f for letter, folders in batches.items() if first <= letter <= last
                                     for f in folders]
    if args.sets:
        wanted = {f"blind {s}" if s in batches or f"blind {s}" in sets else s for s in args.sets}
        unknown = wanted - set(sets)
        if unknown:
            parser.error(f"no such set: {', '.join(sorted(unknown))} (blind batches: {', '.join(batches)}; "
                         f"written sets: {', '.join(WRITTEN)})")
        sets = {k: v for k, v in sets.items() if k in wanted}
    print("| set | articles | entities P / R / F1 | relations P / R / F1 |")
    print("| --- | ---: | --- | --- |")
    for name, folders in sets.items():
        n, report = evaluate(folders)
        e, r = report.entities, report.relations
        print(f"| {name} | {n} | {e.precision:.3f} / {e.recall:.3f} / **{e.f1:.3f}** "
              f"| {r.precision:.3f} / {r.recall:.3f} / **{r.f1:.3f}** |", flush=True)
        if args.misses:
            for kind, counts in {**report.per_type, **report.per_predicate}.items():
                if counts.tp + counts.fn + counts.fp:
                    print(f"|   {kind} | | F1 {counts.f1:.3f} | tp {counts.tp}, fp {counts.fp}, fn {counts.fn} |")
        if args.why:
            causes = why_missed(report.files)
            per_cause: Counter[str] = Counter()
            for (_, cause), n in causes.items():
                per_cause[cause] += n
            for cause, count in per_cause.most_common():
                by_predicate = ", ".join(f"{p} {n}" for (p, c), n in sorted(causes.items()) if c == cause)
                print(f"|   missed: {cause} | {count} | {by_predicate} | |")
            entities = why_entities_missed(report.files)
            for cause in ("nothing near", "a label near it"):
                by_type = ", ".join(f"{t} {n}" for (t, c), n in sorted(entities.items()) if c == cause)
                print(f"|   entities missed, {cause} | {sum(n for (_, c), n in entities.items() if c == cause)} "
                      f"| {by_type} | |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
