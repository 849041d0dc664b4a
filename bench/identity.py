"""Person identity on generated articles with known identities: pairwise precision and
recall of "these two mentions are one person".

    python -m bench.identity [N] [--seed S]

Generates N articles (``bench.generate.generate_identities``: homonyms in different
provinces, people moving to the centre and promoted within one committee, people named
again by the given name alone), builds them with kg, and compares the person each
article's mention of each name resolved to with the known person.  A pair of mentions
(two articles naming one name) counts as a true positive when kg and the truth both say
one person, a false positive when kg joins two people, a false negative when kg splits
one person.  Mentions kg did not find are counted apart (extraction, not identity).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from bench.generate import IDENTITY_FILE, generate_identities
from kg.model import KnowledgeBase
from kg.pipeline import build
from kg.text import match_key


@dataclass(frozen=True)
class IdentityScore:
    true_positive: int
    false_positive: int
    false_negative: int
    mentions: int
    missed: int

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    def text(self) -> str:
        return (f"pairwise precision {self.precision:.3f}, recall {self.recall:.3f} "
                f"(pairs: {self.true_positive} right, {self.false_positive} wrongly joined, "
                f"{self.false_negative} wrongly split; {self.mentions} mentions, "
                f"{self.missed} not found)")


def score_identities(kb: KnowledgeBase, truth: dict[str, dict[str, str]], *,
                     by_label: bool = False) -> IdentityScore:
    """Pairwise scores of the people ``kb`` found against ``truth`` (article -> name ->
    person); ``by_label``: as if one name were one person (kg before people were told
    apart), the baseline."""
    people = {e.iri: match_key(e.label) for e in kb.entities if e.type == "Person"}
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)  # name -> (true, found)
    missed = mentions = 0
    for article, named in sorted(truth.items()):
        found = {people[i]: i for i in kb.article_entities.get(article, ()) if i in people}
        for name, person in sorted(named.items()):
            mentions += 1
            iri = found.get(match_key(name))
            if iri is None:
                missed += 1
            else:
                by_name[match_key(name)].append((person, match_key(name) if by_label else iri))
    tp = fp = fn = 0
    for pairs in by_name.values():
        for (true_a, found_a), (true_b, found_b) in combinations(pairs, 2):
            same_truth, same_found = true_a == true_b, found_a == found_b
            tp += same_truth and same_found
            fp += same_found and not same_truth
            fn += same_truth and not same_found
    return IdentityScore(tp, fp, fn, mentions, missed)


def run(n: int, seed: int, folder: Path) -> tuple[IdentityScore, IdentityScore]:
    """kg's scores and the baseline's on ``n`` generated articles."""
    generate_identities(n, seed, folder)
    truth = json.loads((folder / IDENTITY_FILE).read_text(encoding="utf-8"))
    kb = build([folder]).kb
    return score_identities(kb, truth), score_identities(kb, truth, by_label=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=400)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        kg, baseline = run(args.n, args.seed, Path(folder))
        print(f"{args.n} articles, seed {args.seed}: {kg.text()}")
        print(f"  one person per name (the baseline): {baseline.text()}")


if __name__ == "__main__":
    main()
