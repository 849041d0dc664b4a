"""Who is who across articles: one name, one or several people (or events).

Vietnamese full names repeat across the country, so a name alone does not make one
person.  The genre's own evidence does: every official is named with posts, and each
post's body belongs to a province, a ministry or the centre.  One article's mention of
a name is a :class:`Sighting` with the *anchors* its posts give:

* the province a body belongs to ("Ban Dân vận Tỉnh ủy Hà Tĩnh" -> Hà Tĩnh; a district
  or commune body the label does not place -> the article's province);  a province
  the sentence does not name (the article completed "Tỉnh ủy" with its own) counts
  only when the sentence names no other, since a visitor from another province is
  often named with such a short form;
* the ministry a body belongs to ("Vụ Tổ chức cán bộ Bộ Y tế" -> Bộ Y tế);
* else the body itself, where its name places it ("Huyện ủy Đô Lương" in an article
  that names no province).  Bodies of the centre (Bộ Chính trị, Quốc hội) and short
  forms left incomplete ("Tỉnh ủy") place no one.

Sightings of one name that share an anchor are one person, and the relation is
closed transitively: a post reported as "nguyên Bí thư Tỉnh ủy Hà Tĩnh" beside
"Bộ trưởng Bộ Y tế" carries both anchors and so ties the Hà Tĩnh sightings to the
ministry's.  Sightings with no anchor in common stay apart: homonyms in Hà Tĩnh and
Cần Thơ are two people.  A sighting without a post joins the one person of that name
its article's province points to, or the one person of that name there is; where the
context conflicts (another province) or is ambiguous (several people) it is left to
the person known by the name alone (an IRI of the name only, as before people were
told apart), with every other unplaced sighting of that name.

Events are identified the same way by what they are (the label), who held them (the
province in the label, else the article's) and when: reports of one label and
province less than :data:`EVENT_DAYS` days apart are one event.

Everything here is a function of the *set* of sightings: the same articles in any
order give the same people, and an IRI depends only on the name and the sightings of
that name, so articles about other names never change it.

Why no record-linkage library.  Splink (installable from PyPI, 5.0) and dedupe score
pairs with Fellegi–Sunter weights learned from the data (EM, or active learning for
dedupe); recordlinkage offers the same comparisons over pandas.  Their strength is
fuzzy agreement over many weak fields.  Here names are compared exactly (a different
spelling is a different name in this genre's canonical labels), and the decisive
evidence is categorical and near-certain: a shared province, ministry or body joins, a
different province splits.  Learned weights would move as the corpus grows, so one
article added anywhere could re-cluster people elsewhere and change their IRIs, against
the promise of stable IRIs and byte-identical builds; the libraries also bring DuckDB
or pandas into the build for a union-find over a few anchors.  The rules are measured
instead (``python -m bench.identity``: pairwise precision and recall on generated
known identities, bench/RESULTS.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from kg.extract.lexicon import fold, lexicon

# Reports of one event label and province at most this many days apart are one event.
EVENT_DAYS = 45


@dataclass(frozen=True, slots=True)
class Sighting:
    """One article's mention of a name, with the context that places it."""

    article_id: str
    date: str = ""                       # the article's publication date, YYYY-MM-DD
    anchors: frozenset[str] = frozenset()  # provinces, ministries, bodies of its posts
    province: str = ""                   # the article's own province, weak evidence


@dataclass(frozen=True, slots=True)
class Identity:
    """The sightings found to be one person (or event) and what identifies it."""

    context: str                  # the anchor named in the IRI; "" for a name alone
    anchors: tuple[str, ...]      # every anchor of its sightings, sorted
    articles: tuple[str, ...]     # its sightings' articles, sorted


# ---------------------------------------------------------------------------
# Anchors: where a body belongs
# ---------------------------------------------------------------------------


@cache
def _provinces_by_length() -> tuple[str, ...]:
    return tuple(sorted(lexicon().provinces, key=lambda p: (-len(p), p)))


@cache
def _city_prefixes() -> tuple[str, ...]:
    """How a centrally-run city is named where its name alone could be something else
    (Hồ Chí Minh): after "thành phố", "TP" or "Thành ủy", folded."""
    city = [lv for lv in lexicon().levels if lv.kind == "City"]
    return tuple(sorted({lv.written for lv in city} | {fold(lv.committee) for lv in city}))


@lru_cache(maxsize=1 << 14)
def province_of(label: str) -> str:
    """The province a label names ("Công an thành phố Cần Thơ" -> "Cần Thơ"), or ""."""
    padded = f" {label} "
    found = next((p for p in _provinces_by_length() if f" {p} " in padded), "")
    if found:
        return found
    folded = f" {fold(label)} "
    return next((c for c in sorted(lexicon().central_cities)
                 if any(f" {prefix} {fold(c)} " in folded for prefix in _city_prefixes())), "")


@lru_cache(maxsize=1 << 14)
def ministry_of(label: str) -> str:
    """The ministry a body belongs to, named by its label ("Vụ Pháp chế Bộ Y tế" ->
    "Bộ Y tế"), or "": the last "Bộ" that the organisation data reads as the head of a
    ministry's name, not of another body (Bộ Chính trị, Bộ Chỉ huy Quân sự)."""
    words = label.split()
    for at in range(len(words) - 2, -1, -1):
        if words[at] != "Bộ" or not words[at + 1][:1].isupper():
            continue
        heads = [h for h in lexicon().org_heads_at(fold("Bộ"))
                 if tuple(fold(w) for w in words[at:at + len(h.words)]) == h.words]
        if heads and heads[0].words == (fold("Bộ"),) and heads[0].attach == "name":
            return " ".join(words[at:])
    return ""


def body_anchor(body_label: str, article_province: str, sentence: str = "") -> tuple[str, bool] | None:
    """The anchor a post in this body gives its holder, and whether the sentence that
    states the post names it: a short form the article completed ("Ủy viên Ban Thường
    vụ Tỉnh ủy" -> the article's province) may be a visitor's own province, not it.
    None where the body places no one: a body of the centre (Bộ Chính trị, Quốc hội:
    the few who hold posts there are rarely namesakes, and one is named there in one
    article and by a province's post in the next), or a short form the article could not
    complete ("Tỉnh ủy", "Ủy ban nhân dân tỉnh")."""
    province = province_of(body_label)
    if province:
        return province, province in sentence
    ministry = ministry_of(body_label)
    if ministry:
        return ministry, True
    if _is_national(body_label):
        return None
    if article_province:
        # a district or commune body named without its province is in the article's
        return article_province, False
    return None if _names_no_place(body_label) else (body_label, True)


@lru_cache(maxsize=1 << 12)
def _is_national(body_label: str) -> bool:
    head = lexicon().org_head(body_label)
    if head is not None and head.attach == "fixed":
        return True
    folded = fold(body_label)
    return any(folded.endswith(" " + fold(ending)) for ending in _centre_endings())


@cache
def _centre_endings() -> tuple[str, ...]:
    text = resources.files("kg.data").joinpath("centre.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1 << 12)
def _names_no_place(body_label: str) -> bool:
    """Whether a label ends in a level or a committee without naming the place
    ("Công an tỉnh", "Ban Thường vụ Tỉnh ủy")."""
    words = tuple(fold(w) for w in body_label.split())
    for level in lexicon().levels:
        for ending in (level.word, fold(level.committee)):
            tail = tuple(ending.split())
            if words[-len(tail):] == tail:
                return True
    return False


def main_province(labels: Iterable[str]) -> str:
    """The province an article is about: the one its names place most often (the
    first in alphabetical order on a tie), or "" when none does."""
    counts = Counter(p for p in map(province_of, labels) if p)
    if not counts:
        return ""
    most = max(counts.values())
    return min(p for p, n in counts.items() if n == most)


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            found.setdefault(self.find(i), []).append(i)
        return list(found.values())


def identify_people(sightings: Sequence[Sighting]) -> list[tuple[Identity, list[int]]]:
    """The people among the sightings of one name: each identity with the indexes of
    its sightings, in a fixed order whatever the order of ``sightings``."""
    placed = [i for i, s in enumerate(sightings) if s.anchors]
    union = _Union(len(sightings))
    by_anchor: dict[str, int] = {}
    for i in placed:
        for anchor in sightings[i].anchors:  # "Cơ quan" and "cơ quan" are one body
            union.join(by_anchor.setdefault(fold(anchor), i), i)
    groups = [g for g in union.groups() if sightings[g[0]].anchors]
    anchors_of = [frozenset().union(*(sightings[i].anchors for i in g)) for g in groups]

    unplaced: list[int] = []
    for i, s in enumerate(sightings):
        if s.anchors:
            continue
        target = _person_for(s.province, anchors_of)
        if target is None:
            unplaced.append(i)
        else:
            groups[target].append(i)
    result = [(_identity(sightings, g, min(a, key=lambda x: (fold(x), x))), g)
              for g, a in zip(groups, anchors_of, strict=True)]
    if unplaced:
        # named without a post and not placed: one person known by the name alone
        result.append((_identity(sightings, unplaced, ""), unplaced))
    return sorted(result, key=lambda r: (r[0].context, r[0].articles))


def _person_for(province: str, anchors_of: list[frozenset[str]]) -> int | None:
    """Which person a sighting without a post is: the one its article's province
    names, else the only one of that name, unless its province conflicts."""
    if province:
        holding = [n for n, anchors in enumerate(anchors_of) if province in anchors]
        if len(holding) == 1:
            return holding[0]
    if len(anchors_of) != 1:
        return None
    if province and any(province_of(a) == a for a in anchors_of[0]):
        return None  # placed in another province: a homonym, unless something ties them
    return 0


def _identity(sightings: Sequence[Sighting], members: list[int], context: str) -> Identity:
    anchors = sorted(frozenset().union(*(sightings[i].anchors for i in members)))
    return Identity(context, tuple(anchors), tuple(sorted({sightings[i].article_id for i in members})))


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------


def identify_events(sightings: Sequence[Sighting]) -> list[tuple[Identity, list[int]]]:
    """The events among the sightings of one event label: one per province (the
    sighting's only anchor) and run of reports at most :data:`EVENT_DAYS` apart."""
    by_place: dict[str, list[int]] = {}
    for i, s in enumerate(sightings):
        by_place.setdefault(min(s.anchors, default=""), []).append(i)
    result = []
    for place, members in by_place.items():
        members.sort(key=lambda i: (sightings[i].date, sightings[i].article_id))
        runs: list[list[int]] = []
        for i in members:
            if runs and _days_apart(sightings[runs[-1][-1]].date, sightings[i].date) <= EVENT_DAYS:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            first = sightings[run[0]].date
            context = " ".join(p for p in (place, first) if p)
            result.append((_identity(sightings, run, context), run))
    return sorted(result, key=lambda r: (r[0].context, r[0].articles))


def _days_apart(a: str, b: str) -> int:
    if not a or not b:
        return 0 if a == b else EVENT_DAYS + 1
    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)
