"""Write kg/data/name_words_read.txt: two-syllable words that a body's proper name writes with
its first syllable capitalised and its second small ("Hội Tự động hóa Việt Nam", "Phòng Khảo
thí", "Trung tâm Nghiên cứu …", "Phòng Thu hồi đất"), read off a large crawl of real news
rather than the project's gold, so that names kg was never shown still run to their end.

A pair of syllables (a, b) counts when both hold in the crawl:

- it follows a generic head of a body as "<head> A b" at least MIN_AFTER_A_HEAD times
  ("Hội Tự động", "Trung tâm Nghiên cứu"): the genre writes it inside names;
- written small, "a b" is a word: it occurs at least MIN_AS_A_WORD times and its two syllables
  go together far more often than chance (pointwise mutual information at least MIN_PMI);
  "Ban Nha và" (Tây Ban Nha) and "Trường Chinh đã" never occur small, so they are left out.

A pair whose first syllable ends a place's name ("An", "Bình", "Nam") is left out: after a body
named with its place ("Công an tỉnh Long An"), the small word is what the body did. So is a
pair whose first syllable ends a name (cues.tsv ends_a_proper_name: "Các nhà"), whose second
follows one (words_after_names.txt) or is a place level, and a pair that begins another body's
head, a title or an event ("Tỉnh ủy", "Bộ trưởng", "Hội nghị"): there a new name begins.

The crawl is `magizbox/scraper`'s baomoi.com crawl of 2017 (35,440 articles; tests/real/README.md
says where it is); no text of it is kept, only the pairs and their counts.

    python -m bench.derive_name_words [CRAWL_DIR]      # rewrites the data file
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

from kg.extract.lexicon import cues, fold, lexicon, words_after_names

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "name_words_read.txt"
DEFAULT_CRAWL = Path("/tmp/baomoi/vn_news/data")
MIN_AFTER_A_HEAD = 3
MIN_AS_A_WORD = 20
MIN_PMI = 2.0
# heads general enough that what follows them is a field of any kind, not a fixed name
GENERIC_HEADS = ("Hội", "Hiệp hội", "Phòng", "Trung tâm", "Viện", "Công ty", "Tổng công ty", "Tập đoàn",
                 "Báo", "Tạp chí", "Cục", "Tổng cục", "Vụ", "Ban", "Trường", "Khoa", "Học viện", "Bệnh viện",
                 "Quỹ", "Câu lạc bộ", "Liên hiệp", "Liên đoàn", "Ủy ban", "Uỷ ban", "Hội đồng", "Văn phòng",
                 "Chi cục", "Đài", "Nhà xuất bản", "Sở", "Bộ", "Công ty cổ phần", "Đội", "Chi hội",
                 "Hợp tác xã", "Ngân hàng", "Nhà máy", "Xí nghiệp")
_AFTER_A_HEAD = re.compile(r"(?<!\w)(?:{}) ([^\W\d_]+) ([^\W\d_]+)(?!\w)".format(
    "|".join(sorted(map(re.escape, GENERIC_HEADS), key=len, reverse=True))))
_SYLLABLE = re.compile(r"[^\W\d_]+")


def count(crawl: Path) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Small syllables, small pairs, and pairs after a generic head, over the crawl's files."""
    syllables: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    after_a_head: Counter[tuple[str, str]] = Counter()
    for path in sorted(crawl.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for first, second in _AFTER_A_HEAD.findall(text):
            if first[:1].isupper() and not first.isupper() and second.islower():
                after_a_head[(first.lower(), second)] += 1
        for chunk in re.split(r"[^\w\s]", text):
            words = [w if w.islower() and _SYLLABLE.fullmatch(w) else None for w in chunk.split()]
            syllables.update(w for w in words if w)
            pairs.update((a, b) for a, b in zip(words, words[1:], strict=False) if a and b)
    return syllables, pairs, after_a_head


def place_name_ends() -> set[str]:
    """The last syllables of the places the data names (provinces, districts)."""
    ends = {fold(name.split()[-1]) for name in lexicon().provinces}
    for line in (ROOT / "kg" / "data" / "district_provinces.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ends.add(fold(line.split("\t")[0].split()[-1]))
    return ends


def name_words(syllables: Counter[str], pairs: Counter[tuple[str, str]],
               after_a_head: Counter[tuple[str, str]]) -> Counter[tuple[str, str]]:
    total = sum(syllables.values())
    stops = {fold(w) for w in cues("ends_a_proper_name")}
    after = words_after_names()
    levels = {lv.written.split()[0] for lv in lexicon().levels}
    places = place_name_ends()
    heads = {h.words[:2] for h in (*lexicon().org_heads, *lexicon().role_heads) if len(h.words) > 1}
    heads |= {tuple(fold(w) for w in event.split()[:2]) for event in lexicon().event_heads}
    found: Counter[tuple[str, str]] = Counter()
    for (a, b), n in after_a_head.items():
        as_a_word = pairs.get((a, b), 0)
        if n < MIN_AFTER_A_HEAD or as_a_word < MIN_AS_A_WORD:
            continue
        if math.log(total * as_a_word / (syllables[a] * syllables[b])) < MIN_PMI:
            continue
        if fold(a) in places or fold(a) in stops or fold(b) in after or fold(b) in levels \
                or (fold(a), fold(b)) in heads:
            continue  # a place's end, a word that ends a name, a level, or a new body's head or a title
        found[(a, b)] = n
    return found


def main() -> None:
    crawl = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CRAWL
    if not crawl.is_dir():
        raise SystemExit(f"no crawl at {crawl}: fetch magizbox/scraper (tests/real/README.md) and give its "
                         "vn_news/data folder")
    found = name_words(*count(crawl))
    header = ["# Two-syllable words a body's proper name writes with the first syllable capitalised and the",
              "# second small (\"Hội Tự động hóa\", \"Phòng Khảo thí\"): after a generic head in a crawl of real",
              "# news and a word when written small.  One a line, with how often a head preceded it.  Written",
              "# by bench/derive_name_words.py; do not edit by hand."]
    lines = header + [f"{a.capitalize()} {b}\t{n}" for (a, b), n in sorted(found.items(), key=lambda x: (-x[1], x))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
