"""Write kg/data/case_table.tsv: how the genre capitalises its words, for text that lost
its capitals (``kg.extract.truecase``).

Some outlets publish the body of an article in small letters ("phó chủ tịch nước trương
thị bích ngọc trao huân chương lao động hạng nhất"); kg's grammar reads names by their
capitals and finds nothing there.  The table says, for each word, and for each word after
a given word, how the genre writes it when it is not the first of a sentence: a
statistical true-caser in the manner of Lita et al. (2003), counted here over the
project's own articles written in the published manner (``data/``, ``tests/realistic/``,
``tests/heldout*/``, ``tests/realistic-blind/*-a|b|c/``; never the later blind batches,
which measure what carries over).

    python -m bench.derive_case_table          # rewrites kg/data/case_table.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("data/**/*.txt", "tests/realistic/*.txt", "tests/heldout*/*.txt",
           "tests/realistic-blind/*-a/*.txt", "tests/realistic-blind/*-b/*.txt",
           "tests/realistic-blind/*-c/*.txt")
OUT = ROOT / "kg" / "data" / "case_table.tsv"

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;\"“”(\[•\-–]\s*|\n\s*)$")
MIN_COUNT = 2


def _is_cased(word: str) -> bool:
    return word[0].isupper()


Counts = Counter[tuple[str, ...]]


def count(texts: list[str]) -> tuple[Counts, Counts, Counts]:
    """(word, form), (previous word, word, form) and (word, next word, form) counts, the forms
    as written, words casefolded; a sentence's first word is left out (its capital says
    nothing), and a pair is two words with nothing but a space between."""
    words: Counts = Counter()
    after: Counts = Counter()
    before: Counts = Counter()
    for text in texts:
        for line in text.split("\n"):
            found = list(_WORD.finditer(line))
            if line.isupper() or sum(_is_cased(m.group()) for m in found) > 0.6 * max(1, len(found)):
                continue  # a heading in capitals or a title in title case says nothing
            for i, m in enumerate(found):
                word = m.group()
                if _SENTENCE_START.search(line[:m.start()]):
                    continue
                words[(word.casefold(), word)] += 1
                if i and not line[found[i - 1].end():m.start()].strip():
                    after[(found[i - 1].group().casefold(), word.casefold(), word)] += 1
                if i + 1 < len(found) and not line[m.end():found[i + 1].start()].strip():
                    before[(word.casefold(), found[i + 1].group().casefold(), word)] += 1
    return words, after, before


def _forms(counts: Counter[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, int, int]]:
    """For each key, its most frequent capitalised form (the key itself if it never is), the
    times it was capitalised, and the times it was seen."""
    by_key: dict[tuple[str, ...], Counter[str]] = {}
    for (*key, form), n in counts.items():
        by_key.setdefault(tuple(key), Counter())[form] += n
    out = {}
    for key, forms in by_key.items():
        cased = sorted(((n, f) for f, n in forms.items() if _is_cased(f)), reverse=True)
        out[key] = (cased[0][1] if cased else key[-1], sum(n for n, _ in cased), sum(forms.values()))
    return out


def table(texts: list[str]) -> list[str]:
    word_counts, after_counts, before_counts = count(texts)
    rows = []
    words = _forms(word_counts)
    for (word,), (form, cased, total) in sorted(words.items()):
        if total >= MIN_COUNT:
            rows.append(f"\t{word}\t\t{form}\t{cased}\t{total}")
    # a pair is kept where it says otherwise than the word alone: "Nguyễn Thị" but "thị xã",
    # "Bộ Xây dựng" but "bộ máy"
    for (previous, word), (form, cased, total) in sorted(_forms(after_counts).items()):
        _, word_cased, word_total = words[(word,)]
        if total >= MIN_COUNT and (cased / total >= 0.5) != (word_cased / word_total >= 0.5):
            rows.append(f"{previous}\t{word}\t\t{form}\t{cased}\t{total}")
    for (word, following), (form, cased, total) in sorted(_forms(before_counts).items()):
        _, word_cased, word_total = words[(word,)]
        if total >= MIN_COUNT and (cased / total >= 0.5) != (word_cased / word_total >= 0.5):
            rows.append(f"\t{word}\t{following}\t{form}\t{cased}\t{total}")
    return rows


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for pattern in SOURCES for p in sorted(ROOT.glob(pattern))]
    rows = table(texts)
    header = [
        "# How the genre capitalises a word that is not a sentence's first, counted by",
        "# bench/derive_case_table.py over the project's articles (do not edit by hand).",
        "# word before (empty: any)\tword (casefolded)\tword after (empty: any)\tform most often",
        "# capitalised\ttimes capitalised\ttimes seen (not as a sentence's first word)",
    ]
    OUT.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows from {len(texts)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
