"""Write kg/data/district_provinces.tsv: the province each district, town and provincial city lies in.

The gold format completes a short form with the place the article names, "the districts it names"
among them: an article about huyện Trấn Yên that says "Tỉnh ủy" means Tỉnh ủy Yên Bái, though it
never names the province.  This reads the country's administrative divisions as they stood before
the 2025 reform (the second level was abolished then, but the genre's archive names it) from the
``vietnam_provinces`` package, version 0.6.0 (its data/nested-divisions.json, January 2025), and
keeps each district-level name that one province alone has: "Châu Thành" (six provinces) and the
like tell no province and are left out, as is a city named as its province is ("thành phố Bắc
Ninh": the province's own name, read already).

    pip download vietnam-provinces==0.6.0 --no-deps   # then unzip it anywhere
    python -m bench.derive_district_provinces PATH/vietnam_provinces/data/nested-divisions.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from kg.text import new_tone_style

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "district_provinces.tsv"
# the level words the divisions' names begin with, longest first
_LEVELS = ("Thành phố", "Thị xã", "Huyện", "Quận", "Tỉnh")

HEADER = """\
# The province each district, town or provincial city lies in (before the 2025 reform), for names
# that one province alone has: a short form ("Tỉnh ủy", "UBND tỉnh") in an article that names only
# its districts is completed with their province ("Tỉnh ủy" beside huyện Trấn Yên: Yên Bái).
# Written by bench/derive_district_provinces.py from the vietnam_provinces package; edit that.
# The level word the district's name is written with (huyện, quận, thị xã, thành phố) follows, for a
# district the text names bare with its province ("(Tiên Phước, Quảng Nam)": huyện Tiên Phước).
# district's name	province	level
"""


def bare(name: str) -> str:
    """A division's name without its level word ("Huyện Trấn Yên": Trấn Yên), in kg's tone style."""
    for level in _LEVELS:
        if name.lower().startswith(level.lower() + " "):  # (and "Thành Phố Đồng Hới", as the package writes two)
            return new_tone_style(name[len(level) + 1:])
    return new_tone_style(name)


def level(name: str) -> str:
    """The level word a division's name begins with, in small letters ("Huyện Trấn Yên": huyện)."""
    return next((lv.lower() for lv in _LEVELS if name.lower().startswith(lv.lower() + " ")), "")


def main(path: str) -> None:
    provinces_of: dict[str, set[str]] = defaultdict(set)
    levels: dict[str, str] = {}
    provinces: set[str] = set()
    for province in json.loads(Path(path).read_text(encoding="utf-8")):
        provinces.add(bare(province["name"]))
        for district in province["districts"]:
            provinces_of[bare(district["name"])].add(bare(province["name"]))
            levels[bare(district["name"])] = level(district["name"])
    rows = sorted((name, next(iter(held))) for name, held in provinces_of.items()
                  if len(held) == 1 and name not in provinces)
    OUT.write_text(HEADER + "".join(f"{name}\t{province}\t{levels[name]}\n" for name, province in rows),
                   encoding="utf-8")
    print(f"{len(rows)} districts -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1])
