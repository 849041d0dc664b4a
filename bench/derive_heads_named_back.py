"""Write kg/data/heads_named_back.txt: the heads by which the genre names a body back.

Annotators list as an alias of a body the bare head the text names it again by ("Hội" for
"Hội Chữ thập đỏ tỉnh X", "Học viện" for "Học viện Tài chính", "Chi bộ" for "Chi bộ Nhà
máy").  This counts, over the gold files of the real excerpts (tests/real), the bundled
corpus (data) and the blind batches a to j (never k or later, which measure what carries
over), the aliases that are a head of kg's grammar (organizations.tsv) standing alone at the
start of their body's label, and keeps those seen in two files or more.  Committees the
grammar completes with the article's place ("Tỉnh ủy", "Đảng ủy") and heads with a place's
level ("Đảng ủy xã") are read as bodies already and are left out.

    python -m bench.derive_heads_named_back
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.derive_name_compounds import learnable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "heads_named_back.txt"
# the blind batches read so far; k and later are the measure of what carries over
GOLD = ("tests/real/**/*.gold.json", "data/**/*.gold.json", "tests/realistic-blind/*-[abcdefghij]/*.gold.json")
MIN_FILES = 2
# heads the grammar reads as a whole body without a name after them: a central body named
# whole ("Quốc hội"), a committee or body it completes with the article's place ("Tỉnh ủy",
# "UBND xã"), a board it completes with the committee named before ("Ban Thường vụ")
_READ_AS_A_BODY = frozenset({"fixed", "committee", "level", "parent"})

HEADER = """\
# Heads by which an article names again a body it has named in full, capitalised ("Mô hình
# “Ngân hàng bò” của Hội", "Hội đã triển khai …", "Tổ hợp tác sẽ …"): the bare heads that
# annotators listed as a body's alias in two gold files or more (tests/real, data, blind
# batches a-j), that the grammar knows as heads (organizations.tsv).  Written by
# bench/derive_heads_named_back.py; edit that, not this.
"""


def grammar_heads() -> tuple[set[str], set[str]]:
    """The heads of organizations.tsv and central_bodies.tsv that need a name after them, and
    those read as a whole body (committees, boards, central bodies)."""
    named: set[str] = set()
    whole: set[str] = set()
    for name in ("organizations.tsv", "central_bodies.tsv"):
        for line in (ROOT / "kg" / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                surfaces, _, _, attach = line.split("\t")[:4]
                heads = whole if attach.split(":")[0] in _READ_AS_A_BODY else named
                heads.update(s.strip() for s in surfaces.split("|"))
    return named, whole


def _a_head(alias: str, named: set[str], whole: set[str]) -> bool:
    """Whether an alias is a head that needs a name, or the first words of such heads ("Hội"
    of "Hội Nông dân", "Hội Liên hiệp Phụ nữ"), and no head read as a whole body."""
    return alias not in whole and (alias in named or any(h.startswith(alias + " ") for h in named))


def main() -> None:
    named, whole = grammar_heads()
    seen: Counter[str] = Counter()
    for path in learnable(GOLD):
        gold = json.loads(path.read_text(encoding="utf-8"))
        in_file: set[str] = set()
        for entity in gold["entities"]:
            if entity["type"] != "Organization":
                continue
            label = entity["label"].split()
            for alias in entity.get("aliases", []):
                words = alias.split()
                if len(label) > len(words) and label[:len(words)] == words and alias[0].isupper():
                    in_file.add(alias)
        seen.update(in_file)
    heads = sorted(h for h, n in seen.items() if n >= MIN_FILES and _a_head(h, named, whole))
    OUT.write_text(HEADER + "".join(f"{h}\n" for h in heads), encoding="utf-8")
    print(f"{len(heads)} heads -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
