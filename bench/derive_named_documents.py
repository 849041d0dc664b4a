"""Write kg/data/named_documents.txt: the documents the genre names without a number.

Some documents are named by title alone, in every outlet alike ("Điều lệ Đảng", "Quy chế dân
chủ ở cơ sở", "Thỏa ước lao động tập thể"). This keeps the rows written by hand below and
adds, over the gold files of the real excerpts (tests/real, but for the held-out rounds), the bundled corpus (data) and
the blind batches a to j (never k or later, which measure what carries over), the Document
labels without a digit that two files or more name, each with the aliases annotators gave it.
Laws and congress resolutions are left out: kg reads them by their kind and name already.

    python -m bench.derive_named_documents
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bench.derive_name_compounds import learnable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "named_documents.txt"
# the blind batches read so far; k and later are the measure of what carries over
GOLD = ("tests/real/**/*.gold.json", "data/**/*.gold.json", "tests/realistic-blind/*-[abcdefghij]/*.gold.json")
MIN_FILES = 2
# kinds whose names kg reads with their kind already ("Luật Đất đai", "Nghị quyết Đại hội XIV")
_READ_BY_KIND = ("Luật ", "Nghị quyết ")

HEADER = """\
# Documents the genre names without a number: canonical label | other forms the text uses.
# The first rows are written by hand; the rest are the Document labels without a digit that
# two gold files or more name (tests/real, data, blind batches a-j), with their aliases.
# Written by bench/derive_named_documents.py; edit that, not this.
"""
BY_HAND = (
    "Điều lệ Đảng Cộng sản Việt Nam|Điều lệ Đảng",
    "Quy chế bầu cử trong Đảng",
    "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam|Hiến pháp năm 2013|Hiến pháp 2013|Hiến pháp",
    "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội|Cương lĩnh chính trị"
    "|Cương lĩnh năm 2011|Cương lĩnh 2011|Cương lĩnh",
)


def _kept_alias(alias: str, label: str) -> bool:
    """An alias that opens the label ("Điều lệ Hội" of "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam") is the
    text naming the document back: read alone, it would open every other body's charter."""
    return (not re.search(r"[\d(]", alias) and alias[:1].isupper()
            and not label.casefold().startswith(alias.casefold() + " "))  # "… của tỉnh ủy" opens "… của Tỉnh ủy X"


def main() -> None:
    seen: Counter[str] = Counter()
    aliases: dict[str, set[str]] = {}
    for path in learnable(GOLD):
        gold = json.loads(path.read_text(encoding="utf-8"))
        in_file: set[str] = set()
        for entity in gold["entities"]:
            label = entity["label"]
            if entity["type"] != "Document" or re.search(r"\d", label) or label.startswith(_READ_BY_KIND):
                continue
            in_file.add(label)
            aliases.setdefault(label, set()).update(
                a for a in entity.get("aliases", []) if _kept_alias(a, label))
        seen.update(in_file)
    written = {form.casefold() for row in BY_HAND for form in row.split("|")}
    rows = list(BY_HAND)
    for label in sorted(label for label, n in seen.items() if n >= MIN_FILES):
        forms = [label, *sorted(aliases[label] - {label})]
        if not any(form.casefold() in written for form in forms):
            rows.append("|".join(forms))
            written.update(form.casefold() for form in forms)
    OUT.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    print(f"{len(rows) - len(BY_HAND)} derived documents -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
