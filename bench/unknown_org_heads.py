"""List the first words of the gold's Organization labels that kg knows no head for, most
used first: the heads to weigh for kg/data/organizations.tsv (each with its kind and what
follows it, which a reader decides).  Reads only the gold of tests/real, data and the blind
batches a, b, c (batches d and e are the measure of what carries over).

    python bench/unknown_org_heads.py [HOW_MANY]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from bench.derive_name_compounds import real_gold_to_learn_from
from kg.extract.grammar import org_head_at
from kg.extract.tokens import Token

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def gold_files() -> list[Path]:
    files = real_gold_to_learn_from() + sorted((ROOT / "data").rglob("*.gold.json"))
    for batch in "abc":
        files += sorted((ROOT / "tests" / "realistic-blind").glob(f"*-{batch}/*.gold.json"))
    return files


def unknown_heads(files: list[Path]) -> tuple[Counter[str], dict[str, str]]:
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for path in files:
        for entity in json.loads(path.read_text(encoding="utf-8")).get("entities", []):
            if entity.get("type") != "Organization":
                continue
            label = entity["label"]
            tokens = [Token.of(m.group(), m.start(), m.end()) for m in _WORD.finditer(label)]
            if tokens and org_head_at(tokens, 0, any_case=True) is None:
                first = " ".join(t.text for t in tokens[:2])
                counts[first] += 1
                example.setdefault(first, label)
    return counts, example


def main() -> None:
    counts, example = unknown_heads(gold_files())
    for first, n in counts.most_common(int(sys.argv[1]) if len(sys.argv) > 1 else 60):
        print(f"{n:4d}  {first:24s} {example[first]}")


if __name__ == "__main__":
    main()
