"""Derive the gold's family names that kg/data/family_names.txt lacks, and append them to it.

A full name opens with its family name ("Chẩu Văn Khang", "Điểu Thị Mai"); where the family
is rare (Tày, Nùng, S'tiêng, Mường families), no cue before the name and no family name tell
kg it is one.  Counted over the gold files kg may learn from (tests/real, data and the blind
batches a to i; never j or later, which measure what carries over): the first word of each
Person label of three words or more whose second word is "Văn" or "Thị", the middle names
that say a full name follows its family (the first word is then no given name). Left out: a
first word that begins a Place's or an Organization's label anywhere in that gold ("Quảng
Nam", "Lộc Bình": a place's name read as a person's would cost more than the name), one
of kg's province names, or a word the articles write in small letters ("vì", "chung").

    python -m bench.derive_family_names      # appends to kg/data/family_names.txt
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from bench.derive_name_compounds import learnable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "family_names.txt"
LEARNED_FROM = ("tests/real/**/*.gold.json", "data/**/*.gold.json",
                "tests/realistic-blind/*-[abcdefghi]/*.gold.json")  # the batches read; j and later are the measure
MIDDLE_NAMES = ("văn", "thị")
PLACE_LISTS = ("provinces.txt", "central_cities.txt")  # "Kiên Giang", "Quảng Nam": kg's own places too
HEADER = "# derived by bench/derive_family_names.py from the gold's full names (do not edit below)"


def _entities() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for path in learnable(LEARNED_FROM):
        out += json.loads(path.read_text(encoding="utf-8"))["entities"]
    return out


def _words_in_small_letters() -> set[str]:
    """The words the gold's articles write in small letters somewhere ("vì", "chung", "lô"): a
    sentence opening with one ("Vì …") would open a name; and the first words of the places
    they name after a level ("xã Lộc Yên", "thôn Sa Lớn")."""
    words: set[str] = set()
    for path in learnable(LEARNED_FROM):
        text = path.with_name(path.name.replace(".gold.json", ".txt"))
        if text.exists():
            written = text.read_text(encoding="utf-8")
            words.update(w for w in re.findall(r"[^\W\d_]+", written) if w.islower())
            words.update(m.lower() for m in _PLACE_AFTER_A_LEVEL.findall(written))
    return words


_PLACE_AFTER_A_LEVEL = re.compile(r"\b(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thôn|bản|ấp|xóm|làng|buôn|khu phố)"
                                  r"\s+([^\W\d_]+)")


def family_names(known: set[str]) -> list[str]:
    entities = _entities()
    opening_places = {e["label"].split()[0].lower() for e in entities
                      if e["type"] in ("Place", "Organization") and e["label"].split()}
    opening_places |= {line.split()[0].lower() for name in PLACE_LISTS
                       for line in (ROOT / "kg" / "data" / name).read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#")}
    common = _words_in_small_letters()
    found: dict[str, str] = {}
    for e in entities:
        words = e["label"].split()
        if e["type"] != "Person" or len(words) < 3 or not all(w[:1].isupper() for w in words):
            continue
        family = words[0]
        key = family.lower()
        if words[1].lower() in MIDDLE_NAMES and key not in MIDDLE_NAMES and key not in known \
                and key not in opening_places and key not in common:
            found.setdefault(key, family)
    return sorted(found.values(), key=str.lower)


def main() -> None:
    lines = OUT.read_text(encoding="utf-8").splitlines()
    if HEADER in lines:
        lines = lines[:lines.index(HEADER)]
    known = {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}
    derived = family_names(known)
    OUT.write_text("\n".join([*lines, HEADER, *derived]) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(derived)} family names derived")


if __name__ == "__main__":
    main()
