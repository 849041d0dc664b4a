"""Write kg/data/words_after_names.txt: the words written in small letters that follow a body's
name in the project's articles ("Tạp chí X đăng …", "Câu lạc bộ X thay …", "Chi hội Y gắn …")
and that no body's name in the gold writes in small letters inside it: where the genre begins
to say what the body did, its name has ended.  And kg/data/word_pairs_after_names.txt: the
two-syllable words that do so ("Viện X giới thiệu …", "Sở Y ban hành …") whose first syllable
alone may go on inside a name ("Ban Giới và Phát triển"), so that only the pair ends one.

A word (a pair of words) counts when it follows a gold Organization label or alias (of two words or more) in the
article text of at least two articles, and it is no small word inside any gold Organization label
or alias (tests/real, data, and the blind batches a–j); words cues.tsv ends_a_proper_name
already lists are left out (pairs whose first word either list holds too: one word already ends
the name).  Only the blind batches a–j are read: k and later are the measure.

    python bench/derive_words_after_names.py        # rewrites the data file
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from bench.derive_name_compounds import real_gold_to_learn_from
from kg.extract.lexicon import cues, fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "words_after_names.txt"
PAIRS_OUT = ROOT / "kg" / "data" / "word_pairs_after_names.txt"
_WORD = re.compile(r"\w+")
_BATCHES = "abcdefghij"  # the batches read so far; k and later are the measure


def annotated_articles() -> list[Path]:
    """Gold files whose article text the repository holds (the blind batches read so far, data/)."""
    files = sorted((ROOT / "data").rglob("*.gold.json"))
    for batch in _BATCHES:
        files += sorted((ROOT / "tests" / "realistic-blind").glob(f"*-{batch}/*.gold.json"))
    return files


def organisation_names(path: Path) -> set[str]:
    entities = json.loads(path.read_text(encoding="utf-8")).get("entities", [])
    return {name for e in entities if e.get("type") == "Organization" for name in [e["label"], *e.get("aliases", [])]}


def small_words_inside(files: list[Path]) -> set[str]:
    return {fold(w) for path in files for name in organisation_names(path) for w in _WORD.findall(name)[1:]
            if w[:1].islower()}


def small_pairs_inside(files: list[Path]) -> set[str]:
    pairs = set()
    for path in files:
        for name in organisation_names(path):
            words = _WORD.findall(name)
            pairs |= {f"{fold(a)} {fold(b)}" for a, b in zip(words[1:-1], words[2:], strict=True)
                      if a[:1].islower()}
    return pairs


def words_after(files: list[Path], *, pairs: bool = False) -> Counter[str]:
    """In how many articles each small word (or pair of small words) follows a gold body's name."""
    found: Counter[str] = Counter()
    after = r" (\w+) (\w+)" if pairs else r" (\w+)"
    for path in files:
        text_file = path.with_name(path.name.removesuffix(".gold.json") + ".txt")
        if not text_file.exists():
            continue
        text = unicodedata.normalize("NFC", text_file.read_text(encoding="utf-8"))
        here = {" ".join(fold(w) for w in m.groups()) for name in organisation_names(path) if len(name.split()) >= 2
                for m in re.finditer(re.escape(name) + after, text) if all(w[:1].islower() for w in m.groups())}
        found.update(here)
    return found


def main() -> None:
    articles = annotated_articles()
    every_gold = articles + real_gold_to_learn_from()
    inside = small_words_inside(every_gold)
    listed = {fold(w) for w in cues("ends_a_proper_name")}
    words = sorted(((w, n) for w, n in words_after(articles).items() if n >= 2 and w not in inside and w not in listed),
                   key=lambda wn: (-wn[1], wn[0]))
    lines = [
        "# Words written in small letters that follow a body's name in the project's articles and that",
        "# no body's name in the gold writes small inside it (\"Tạp chí X đăng …\"): a body's name ends",
        "# before them.  One word a line, with in how many articles it follows a name.  Written by",
        "# bench/derive_words_after_names.py from the project's gold and articles; do not edit by hand.",
        *(f"{w}\t{n}" for w, n in words),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")
    inside_pairs = small_pairs_inside(every_gold)
    ending = listed | {w for w, _ in words}
    pairs = sorted(((p, n) for p, n in words_after(articles, pairs=True).items()
                    if n >= 2 and p not in inside_pairs and p.split()[0] not in ending),
                   key=lambda pn: (-pn[1], pn[0]))
    lines = [
        "# Two-syllable words written in small letters that follow a body's name in the project's",
        "# articles and that no body's name in the gold writes small inside it (\"Viện X giới thiệu …\"),",
        "# their first syllable not one that ends a name alone: a body's name ends before them.  One",
        "# pair a line, with in how many articles it follows a name.  Written by",
        "# bench/derive_words_after_names.py from the project's gold and articles; do not edit by hand.",
        *(f"{p}\t{n}" for p, n in pairs),
    ]
    PAIRS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs -> {PAIRS_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
