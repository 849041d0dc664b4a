"""Write kg/data/name_compounds.txt: the two-syllable words the genre writes in small
letters inside a body's proper name ("Cục Biến đổi khí hậu", "Vụ Hợp tác quốc tế",
"Tổng cục Thi hành án dân sự"), read off the Organization labels of the project's gold.

A word counts where it follows another small word inside a label (the place where a
name of a state body is otherwise taken to end), its first syllable is none that ends a
name (cues.tsv ends_a_proper_name: "tổ chức", "đề nghị", "và"), its second neither
that nor a word of one syllable that links or follows a name (ends_a_purpose,
links_between_words: "của", "về") nor a place level ("xã hội" is a word: "xã" is no
level before "hội") nor a place below a commune before its name ("ấp Tô Bình"), and it
does not begin another body's head or a title ("công ty", "chi hội", "phó chủ"): there a
new name begins, nor is one of those that more often follow a name (cues.tsv
after_a_name_not_in_it).  Only
the gold of tests/real, data and the blind batches a, b, c is read: batches d and e are
the measure of what carries over to text nobody has read.

It also writes kg/data/joined_fields.txt: the second fields of a body's name that a dash
joins to the first ("Sở Văn hóa – Thể thao", "Phòng Tổ chức - Cán bộ", "Trường Đại học Lao
động – Xã hội"), read off the same labels and the written sets' (tests/heldout*,
tests/realistic): after a dash between spaces that follows a word, a capitalised word and
the small one after it, neither a place level ("Lào tỉnh": a place follows) nor the first
words of a body's head or a title ("Tổng công ty", "Phó Bí thư": a new name or a post
begins) nor a branch ("– Chi nhánh Cà Mau", read by its own rule).  A field of one syllable
("Nông – Lâm", "Bà Rịa – Vũng Tàu") is left out: most such are places.

    python bench/derive_name_compounds.py        # rewrites the data files
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from kg.extract.lexicon import cue, cues, fold, lexicon

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "name_compounds.txt"
FIELDS_OUT = ROOT / "kg" / "data" / "joined_fields.txt"
# the real rounds kept as the measure of text nobody read (tests/real/README.md); the rounds
# held out before it (10, 11) have fed these lists since they came, and are kept in them
HELD_OUT_REAL = frozenset({"local-17", "local-22", "national-22", "local-23",
                           "national-23", "local-24", "national-24", "local-25",
                           "national-25", "local-26", "national-26", "local-27", "national-27", "local-28",
                           "national-28", "local-29", "national-29", "repo-31a", "repo-31b",
                           "repo-32a", "repo-32b", "repo-34a", "repo-34b",
                           "repo-35a", "repo-35b", "repo-36a", "repo-36b", "repo-37",
                           "repo-39a", "repo-39b", "repo-40c", "repo-41a",
                           "repo-41b", "repo-43a", "repo-43b", "repo-45a", "repo-45b", "repo-46b", "repo-47a",
                           "repo-48a", "repo-48b", "repo-49c", "repo-49d", "repo-50c",
                           "repo-50d", "repo-51c", "repo-51d", "repo-52b", "repo-52c",
                           "repo-53b", "repo-54a", "repo-54b", "repo-55b", "repo-56a", "repo-56b", "repo-57b",
                           "repo-58a", "repo-58b", "repo-59b", "repo-60a", "repo-60b"})
WRITTEN_SETS = ("heldout", "heldout2", "heldout3", "heldout4", "realistic")
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def learnable(patterns: tuple[str, ...]) -> list[Path]:
    """The files the glob patterns name, but for the gold of the held-out real rounds: the derived
    lists never read the text kg is measured on."""
    return [path for pattern in patterns for path in sorted(ROOT.glob(pattern))
            if not (path.parent.parent.name == "real" and path.parent.name in HELD_OUT_REAL)]


def real_gold_to_learn_from() -> list[Path]:
    """The real corpus's gold files that word lists may be read off (not the held-out round)."""
    return [f for f in sorted((ROOT / "tests" / "real").rglob("*.gold.json")) if f.parent.name not in HELD_OUT_REAL]


def gold_files() -> list[Path]:
    files = real_gold_to_learn_from() + sorted((ROOT / "data").rglob("*.gold.json"))
    for batch in "abcdefghijk":  # the batches read so far; l and later are the measure
        files += sorted((ROOT / "tests" / "realistic-blind").glob(f"*-{batch}/*.gold.json"))
    return files


def organisation_names(files: list[Path]) -> set[str]:
    names: set[str] = set()
    for path in files:
        for entity in json.loads(path.read_text(encoding="utf-8")).get("entities", []):
            if entity.get("type") == "Organization":
                names.add(entity["label"])
                names.update(entity.get("aliases", []))
    return names


def small(word: str) -> bool:
    return word.isalpha() and word[:1].islower()


def compounds(names: set[str]) -> Counter[tuple[str, str]]:
    stops = {fold(w) for w in cues("ends_a_proper_name")}
    links = {fold(w) for w in (*cues("ends_a_purpose"), *cues("links_between_words"))}
    levels = {lv.written.split()[0] for lv in lexicon().levels}
    localities = {fold(w.split()[0]) for w in cues("localities")}
    after = {tuple(fold(w) for w in c.split()) for c in cues("after_a_name_not_in_it")}
    heads = {h.words[:2] for h in (*lexicon().org_heads, *lexicon().role_heads) if len(h.words) > 1}
    found: Counter[tuple[str, str]] = Counter()
    for name in names:
        words = _WORD.findall(name)
        for k in range(2, len(words) - 1):
            before, first, second = words[k - 1], words[k], words[k + 1]
            if not (small(before) and small(first) and small(second)):
                continue
            pair = (fold(first), fold(second))
            if not stops.isdisjoint(pair) or pair[1] in links or pair[1] in levels or pair in heads or pair in after:
                continue
            if (fold(before), pair[0]) in after or k + 2 < len(words) and (pair[1], fold(words[k + 2])) in after:
                continue  # "mua sắm tập trung": "sắm tập" straddles two words left out, and is none
            if pair[1] in localities and (k + 2 >= len(words) or words[k + 2][:1].isupper() or words[k + 2].isdigit()):
                continue  # "Chi hội Phụ nữ ấp Tô Bình": a place below a commune and its name, not a word
            found[pair] += 1
    return found


def joined_fields(names: set[str]) -> Counter[tuple[str, str]]:
    """The second fields a dash joins inside the names (see the module's docstring)."""
    levels = {lv.written.split()[0] for lv in lexicon().levels}
    heads = {h.words[:2] for h in (*lexicon().org_heads, *lexicon().role_heads) if len(h.words) > 1}
    branch = tuple(fold(w) for w in cue("branch").split())
    found: Counter[tuple[str, str]] = Counter()
    for name in names:
        words = _WORD.findall(name)
        for k in range(1, len(words) - 2):
            first, second = words[k + 1], words[k + 2]
            if words[k] not in ("-", "–") or not words[k - 1].isalpha() or not first.isalpha() \
                    or not first[:1].isupper() or first.isupper() or not small(second):
                continue
            pair = (fold(first), fold(second))
            if pair[1] in levels or pair in heads or pair == branch:
                continue
            found[pair] += 1
    return found


def _write_pairs(path: Path, header: list[str], found: Counter[tuple[str, str]], what: str) -> None:
    """A data file: its header, then each pair of words with its count, the most used first."""
    lines = header + [f"{a} {b}\t{n}" for (a, b), n in sorted(found.items(), key=lambda x: (-x[1], x[0]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} {what} -> {path.relative_to(ROOT)}")


def write_joined_fields() -> None:
    files = gold_files() + [p for s in WRITTEN_SETS for p in sorted((ROOT / "tests" / s).glob("*.gold.json"))]
    found = joined_fields(organisation_names(files))
    lines = [
        "# Second fields of a body's name that a dash joins to the first (\"Sở Văn hóa – Thể thao\",",
        "# \"Phòng Tổ chức - Cán bộ\"): a capitalised word and the small one after it, with how many",
        "# gold names join it so.  Written by bench/derive_name_compounds.py from the Organization",
        "# labels of the project's gold (tests/real, data, blind batches a-k, the written sets);",
        "# do not edit by hand.",
    ]
    _write_pairs(FIELDS_OUT, lines, found, "fields")


def main() -> None:
    write_joined_fields()
    found = compounds(organisation_names(gold_files()))
    lines = [
        "# Two-syllable words written in small letters that go on inside a body's proper name",
        "# after another small word (\"Cục Biến đổi khí hậu\", \"Tổng cục Thi hành án dân sự\"):",
        "# one word a line, with how many gold names use it.  Written by",
        "# bench/derive_name_compounds.py from the Organization labels of the project's gold;",
        "# do not edit by hand.",
    ]
    _write_pairs(OUT, lines, found, "words")


if __name__ == "__main__":
    main()
