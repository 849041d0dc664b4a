"""Derive kg/data/gatherings.tsv: the kinds of gathering the gold names events by.

Annotators name a meeting the text gives no proper name by what it is: "Sinh hoạt định kỳ
tháng 3 của Chi bộ ấp X", "Chương trình “Tết sum vầy” của Liên đoàn Lao động huyện Y",
"Buổi giao lưu …".  The two words an Event's label (or alias) begins with, after a
classifier ("buổi", "chuyến", "đợt"), are counted over the gold files kg may learn from
(tests/real, data and the blind batches a to i; never j or later, which measure what
carries over).  Kept: those met at least MIN_LABELS times that events.tsv does not already
hold as a head, that are not rites or reviews (cues.tsv rites, reviews, event_purpose: read
by their own rules), that hold no "họp" (sessions and meetings, read with their body) and
that no gold label gives as a ceremony's rite ("Lễ bàn giao …").

    python -m bench.derive_gatherings      # rewrites kg/data/gatherings.tsv
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bench.derive_name_compounds import learnable

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
OUT = DATA / "gatherings.tsv"
MIN_LABELS = 3
# a visit's two words ("Đến thăm hỏi, tặng quà …") begin three labels of rounds 51-52 and are the words of many
# sentences that name no event the gold holds: 1 attendance right, 20 false on the 1,052 repository texts
LEFT_OUT = frozenset({"đến thăm"})
CLASSIFIERS = ("buổi", "chuyến", "đợt")
CEREMONY = "lễ"
SITTINGS = ("phiên khai", "phiên bế", "phiên thảo", "phiên chất")  # mạc, luận, vấn
LEARNED_FROM = ("tests/real/**/*.gold.json", "data/**/*.gold.json",
                "tests/realistic-blind/*-[abcdefghi]/*.gold.json")  # the batches read; j and later are the measure


_TWO_WORDS = re.compile(r"[^\W\d_]+,? [^\W\d_]+")


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _cue(name: str) -> list[str]:
    return next(row[1].split("|") for row in _rows("cues.tsv") if row[0] == name)


def gatherings() -> Counter[str]:
    heads = [row[0].lower() for row in _rows("events.tsv")]
    acts = tuple(w.lower() for name in ("rites", "reviews", "event_purpose") for w in _cue(name))
    counts: Counter[str] = Counter()
    rites: Counter[str] = Counter()  # what the gold names ceremonies by ("Lễ bàn giao …")
    for path in learnable(LEARNED_FROM):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            if entity["type"] != "Event":
                continue
            for label in (entity["label"], *entity.get("aliases", ())):
                words = label.lower().split()
                if words[:1] == [CEREMONY] and len(words) > 2:
                    rites[" ".join(words[1:3])] += 1
                if words[:1] and words[0] in CLASSIFIERS:
                    words = words[1:]
                # as written: "thăm, chúc Tết" keeps its comma
                if len(words) < 2 or not _TWO_WORDS.fullmatch(" ".join(words[:2])):
                    continue
                two = " ".join(words[:2])
                # a sitting ("phiên khai mạc", "phiên thảo luận") is of the meeting it opens or
                # holds (tests/test_extract_events5.py), though round 30 counted two apart
                if "họp" in two or two.startswith(acts) or two.startswith(SITTINGS) \
                        or any(two.startswith(h) or h.startswith(two) for h in heads):
                    continue
                counts[two] += 1
    # "buổi bàn giao" beside "Lễ bàn giao …": a rite, which the text names after "tổ chức" in
    # so many other senses ("bàn giao mặt bằng") that only a ceremony's head tells it
    return Counter({two: n for two, n in counts.items() if not rites[two]})


def main() -> None:
    kept = [(two, n) for two, n in gatherings().most_common() if n >= MIN_LABELS and two not in LEFT_OUT]
    lines = ["# Kinds of gathering the gold names events by, beyond the heads of events.tsv: the two",
             "# words Event labels and aliases begin with (after 'buổi', 'chuyến', 'đợt') in the gold of",
             "# tests/real, data and blind a-i. Written by bench/derive_gatherings.py; do not edit.",
             "# gathering\tlabels that begin with it"]
    lines += [f"{two}\t{n}" for two, n in sorted(kept, key=lambda x: (-x[1], x[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(kept)} gatherings")


if __name__ == "__main__":
    main()
