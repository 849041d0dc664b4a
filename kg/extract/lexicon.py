"""The genre's knowledge, loaded once from the data files in ``kg/data``.

Titles, organisation heads, document kinds, award kinds, place levels and family
names live in those files, not in code; this module only reads them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from kg.extract import patterns
from kg.text import clean_label as _clean_label
from kg.text import new_tone_style

# fold's answers, emptied when full (as many as the lru_cache it was kept in held): compiled
# code calls fold directly and looks the word up in C, where an lru_cache'd function is a
# generic call with a tuple of arguments that also moves the entry it finds (some 20,000
# words are folded in 40 articles, most of them met before)
_FOLDED: Final[dict[str, str]] = {}
_MOST_FOLDED: Final = 1 << 14


def fold(word: str) -> str:
    """How two words are compared: tone style and case made one."""
    found = _FOLDED.get(word)
    if found is None:
        if len(_FOLDED) >= _MOST_FOLDED:
            _FOLDED.clear()
        found = _FOLDED[word] = new_tone_style(word).casefold()
    return found


# kg.text.clean_label's answers for the extractors, emptied when full (its lru_cache holds as
# many): compiled code looks a label up in C, where the lru_cache'd function is a generic call
# (some 300 labels an article, 94 % of them met before)
_CLEANED: Final[dict[str, str]] = {}


def clean_label(text: str) -> str:
    """kg.text.clean_label: a canonical label (NFC, new tone style, single spaces, straight edges)."""
    found = _CLEANED.get(text)
    if found is None:
        if len(_CLEANED) >= _MOST_FOLDED:
            _CLEANED.clear()
        found = _CLEANED[text] = _clean_label(text)
    return found


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


_WORD_OR_MARK: Final = patterns.compile(r"\w+(?:['’]\w+)*|[^\w\s]")  # as the tokenizer splits a text


def surface_words(surface: str) -> tuple[str, ...]:
    """A surface form as the tokenizer will meet it: "UV BCH T.Ư Đảng" is 4 tokens, "T.Ư"
    read as the one word "TƯ" (kg.extract.tokens)."""
    words = tuple(fold(w) for w in _WORD_OR_MARK.findall(surface))
    return _centre_dotted_as_one_word(words) if "." in surface else words


@cache
def centre_dotted() -> tuple[str, ...]:
    """The words of the cue "centre_dotted" ("t", ".", "ư"), read from cues.tsv itself: the
    lexicon is made through :func:`surface_words`."""
    (row,) = (row for row in _rows("cues.tsv") if row[0] == "centre_dotted")
    return tuple(fold(w) for w in _WORD_OR_MARK.findall(row[1]))


def _centre_dotted_as_one_word(words: tuple[str, ...]) -> tuple[str, ...]:
    dotted = centre_dotted()
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k:k + 3] == dotted:
            out.append("".join(dotted[::2]))
            k += 3
        else:
            out.append(words[k])
            k += 1
    return tuple(out)


@dataclass(frozen=True)
class OrgHead:
    words: tuple[str, ...]       # folded surface words
    surface: str
    canonical: str
    kind: str
    attach: str                  # fixed | committee | level | parent | name
    level: str | None = None     # for committee heads: the level they lead


@dataclass(frozen=True)
class RoleHead:
    words: tuple[str, ...]
    surface: str
    role: str
    org: str                     # follows | prefix:HEAD | member:HEAD


@dataclass(frozen=True)
class Level:
    word: str        # the level's name ("thành phố"), folded
    kind: str
    committee: str
    rank: int
    surface: str = ""  # how the text may write it ("tp" for "TP Hà Nội"), folded; word if empty

    @property
    def written(self) -> str:
        return self.surface or self.word

    def committee_of(self, place: str | None) -> str:
        """The party committee that leads the place: "Huyện ủy Mê Linh", "Đảng ủy phường Vạn
        Phúc" (a commune's committee names its level); the bare committee without a place."""
        if not place:
            return self.committee
        return f"{self.committee} {self.word} {place}" if self.rank >= 3 else committee_label(self.committee, place)


@dataclass(frozen=True)
class Lexicon:
    org_heads: tuple[OrgHead, ...]
    role_heads: tuple[RoleHead, ...]
    levels: tuple[Level, ...]
    family_names: frozenset[str]
    provinces: frozenset[str]
    central_cities: frozenset[str]
    degrees: frozenset[str]                                 # folded: "pgs", "ts", "thS"
    abbreviations: dict[str, str]
    place_abbreviations: dict[str, str]                      # "HCM" -> "Hồ Chí Minh"
    places_in_body_names: dict[str, str]                     # "Hồ Chí Minh" -> "Thành phố Hồ Chí Minh"
    province_spellings: dict[str, str]                       # "Thừa Thiên - Huế" -> "Thừa Thiên Huế"
    document_kinds: dict[str, tuple[str, tuple[str, ...]]]   # surface -> (kind, codes)
    issuer_codes: dict[str, str]
    issuer_bodies: dict[str, str]                           # code -> head of the body kind
    award_kinds: dict[str, tuple[str, bool]]                 # surface -> (kind, names giver)
    whole_awards: frozenset[str]                             # awards named whole ("Anh hùng Lao động")
    event_heads: dict[str, tuple[str, tuple[str, ...]]]      # head -> (kind, back-references)
    gatherings: tuple[str, ...]                              # "sinh hoạt": gatherings.tsv, derived from gold
    cues: dict[str, tuple[str, ...]]
    sectors: tuple[tuple[str, ...], ...]  # folded words of each sector name, longest first
    # heads by their first folded word, so a token finds its candidates at once
    org_index: dict[str, tuple[OrgHead, ...]]
    role_index: dict[str, tuple[RoleHead, ...]]
    levels_by_written: dict[str, Level]     # "tp" -> the level "thành phố"

    def org_heads_at(self, first: str) -> tuple[OrgHead, ...]:
        """The organisation heads whose first word is ``first`` (folded), longest first."""
        return self.org_index.get(first, ())

    def org_head(self, canonical: str) -> OrgHead | None:
        """The head whose canonical name is ``canonical`` ("Chính phủ")."""
        return next((h for h in self.org_heads if h.canonical == canonical), None)

    def role_heads_at(self, first: str) -> tuple[RoleHead, ...]:
        return self.role_index.get(first, ())

    def level(self, word: str) -> Level | None:
        return self.levels_by_written.get(fold(word))

    def committee_level(self, committee: str) -> str | None:
        c = fold(committee)
        for lv in self.levels:
            if fold(lv.committee) == c and lv.rank < 3 and not lv.surface:
                return lv.word
        return None


def in_a_body_name(place: str) -> str:
    """A place as the name of its party committee writes it ("Thành phố Hồ Chí Minh")."""
    return lexicon().places_in_body_names.get(place, place)


def committee_label(committee: str, place: str) -> str:
    """A province's or district's party committee named with its place: "Tỉnh ủy Gia Lai",
    "Thành ủy Thành phố Hồ Chí Minh"."""
    if place[:1].isdigit():
        # "Quận ủy quận 3": a numbered district named with its level ("Quận ủy Quận 3", as "Quận 3" is named)
        level = next((lv.word for lv in lexicon().levels if lv.committee == committee and lv.rank < 3), None)
        if level is not None:
            return f"{committee} {level.capitalize()} {place}"
    return f"{committee} {in_a_body_name(place)}"


_NAME_FILES: Final = ("organizations.tsv", "central_bodies.tsv", "sectors.txt", "roles.tsv", "documents.tsv",
               "awards.tsv", "events.tsv", "name_words.txt", "name_words_read.txt")


@cache
def name_words() -> frozenset[tuple[str, str]]:
    """Two-syllable words that a body's proper name may end on ("Giao thông", "Tổng hợp"):
    each capitalised syllable and the small one after it in the names our data files
    write ("Bộ Giao thông vận tải"), and name_words.txt."""
    pairs: set[tuple[str, str]] = set()
    for name in _NAME_FILES:
        for row in _rows(name):
            for surface in (s for cell in row for s in cell.split("|")):
                words = _WORD_OR_MARK.findall(surface)
                pairs.update((fold(a), fold(b)) for a, b in zip(words, words[1:], strict=False)
                             if a[:1].isupper() and not a.isupper() and b[:1].islower())
    return frozenset(pairs)


def initials(name: str) -> str:
    """ "Thi hành án dân sự" -> "THADS": the first letter of each word, in capitals, without its
    tone or vowel marks (Đ keeps its bar)."""
    return "".join(unicodedata.normalize("NFD", w[0].upper())[0] for w in name.split() if w[0].isalpha())


@cache
def issuers_by_kind() -> dict[tuple[str, str], tuple[str, ...]]:
    """(a party committee's code, a document kind's code) -> the heads of the body that issues
    that kind at that level ("TU", "CT" -> "Ban Thường vụ Tỉnh ủy", …), issuers_by_kind.tsv."""
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for code, kinds, heads in _rows("issuers_by_kind.tsv"):
        for kind in kinds.split("|"):
            table[(code, kind)] = tuple(heads.split("|"))
    return table


@cache
def name_compounds() -> frozenset[tuple[str, str]]:
    """Two-syllable words written small that go on inside a body's proper name after another
    small word ("Cục Biến đổi khí hậu"), as the gold's names use them (name_compounds.txt)."""
    return frozenset((fold(a), fold(b)) for a, b in (r[0].split() for r in _rows("name_compounds.txt")))


@cache
def joined_fields() -> frozenset[tuple[str, str]]:
    """Second fields that a dash joins to a body's first ("Văn hóa – Thể thao", "Tổ chức - Cán
    bộ"): a capitalised word and the small one after it, as the gold's names join them
    (joined_fields.txt, derived) and as the names our data files write do ("Văn hóa - Thông tin")."""
    fields = {(fold(a), fold(b)) for a, b in (r[0].split() for r in _rows("joined_fields.txt"))}
    for name in _NAME_FILES[:3]:  # the bodies' heads and the sectors they are named after
        for row in _rows(name):
            for surface in (s for cell in row for s in cell.split("|")):
                words = _WORD_OR_MARK.findall(surface)
                fields.update((fold(a), fold(b)) for dash, a, b in zip(words, words[1:], words[2:], strict=False)
                              if dash in ("-", "–") and a[:1].isupper() and not a.isupper() and b[:1].islower())
    return frozenset(fields)


@cache
def renamed_bodies() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """Bodies known by several full names (renamed_bodies.tsv): each its former names, its new
    name and the day (YYYY-MM-DD) the new name took effect."""
    return tuple((tuple(r[0].split("|")), r[1], r[2]) for r in _rows("renamed_bodies.tsv"))


@cache
def words_after_names() -> frozenset[str]:
    """Small words that follow a body's name in the genre and never go on inside one ("Tạp chí X
    đăng …"), read off the project's gold and articles (words_after_names.txt)."""
    return frozenset(fold(r[0]) for r in _rows("words_after_names.txt"))


@cache
def word_pairs_after_names() -> frozenset[tuple[str, str]]:
    """Two-syllable words that follow a body's name in the genre and never go on inside one ("Viện
    X giới thiệu …"), whose first syllable alone may (word_pairs_after_names.txt, derived)."""
    return frozenset((fold(a), fold(b)) for a, b in (r[0].split() for r in _rows("word_pairs_after_names.txt")))


@cache
def lunar_year(first: str, second: str) -> bool:
    """Whether two words name a year of the sexagenary cycle ("Giáp Thìn"), by their keys."""
    parts = {row[0]: {fold(w) for w in row[1].split("|")} for row in _rows("lunar_years.tsv")}
    return first in parts["stems"] and second in parts["branches"]


@cache
def heads_named_back() -> tuple[str, ...]:
    """Capitalised heads that alone name again a body the article named in full ("Hội",
    "Học viện"), as heads_named_back.txt lists them."""
    return tuple(r[0] for r in _rows("heads_named_back.txt"))


@cache
def committees() -> frozenset[str]:
    """The party committee of each level ("Tỉnh ủy", "Huyện ủy" ...), as place_levels.tsv names them."""
    return frozenset(lv.committee for lv in lexicon().levels)


_READ: Final[list[Lexicon]] = []  # the lexicon once read (Final: compiled code holds it in a C static)


def lexicon() -> Lexicon:
    """The lexicon, read on first use.  Not kept by functools.cache: compiled extractors ask
    for it some forty times a sentence, and a cached function is called through the
    interpreter's generic call (some hundreds of steps), a compiled one directly."""
    if not _READ:
        _READ.append(_read_lexicon())
    return _READ[0]


def _read_lexicon() -> Lexicon:
    org_heads, role_heads = _org_heads(), _role_heads()
    levels = tuple(
        Level(fold(surfaces.split("|")[0]), kind, committee, int(rank),
              "" if n == 0 else fold(surface))
        for surfaces, kind, committee, rank in _rows("place_levels.tsv")
        for n, surface in enumerate(surfaces.split("|"))
    )
    levels = tuple(sorted(levels, key=lambda lv: -len(lv.written.split())))

    def single_column(name: str) -> frozenset[str]:
        return frozenset(new_tone_style(r[0]) for r in _rows(name))

    documents = {}
    for row in _rows("documents.tsv"):
        codes = tuple(c for c in (row[2].split("|") if len(row) > 2 else []) if c)
        documents[row[0]] = (row[1], codes)
    award_rows = _rows("awards.tsv")
    awards = {r[0]: (r[1], r[2] == "yes") for r in award_rows}
    events = {r[0]: (r[1], tuple(r[2].split("|"))) for r in _rows("events.tsv")}
    cue_rows = _rows("cues.tsv")
    cues = {r[0]: tuple(r[1].split("|")) for r in cue_rows}
    if len(cues) != len(cue_rows):  # a name given twice: the later row would silently replace the earlier
        twice = sorted({r[0] for r in cue_rows if sum(o[0] == r[0] for o in cue_rows) > 1})
        raise ValueError(f"cues.tsv names {', '.join(twice)} more than once")
    return Lexicon(
        org_heads=tuple(org_heads),
        role_heads=tuple(role_heads),
        levels=levels,
        family_names=frozenset(fold(n) for n in single_column("family_names.txt")),
        provinces=single_column("provinces.txt"),
        central_cities=single_column("central_cities.txt"),
        degrees=frozenset(fold(d) for d in single_column("degrees.txt")),
        abbreviations={r[0]: r[1] for r in _rows("abbreviations.tsv")},
        place_abbreviations={r[0]: r[1] for r in _rows("place_abbreviations.tsv")},
        places_in_body_names={r[0]: r[1] for r in _rows("places_named_with_level.tsv")},
        province_spellings={r[0]: r[1] for r in _rows("province_spellings.tsv")},
        document_kinds=documents,
        issuer_codes={r[0]: r[1] for r in _rows("issuer_codes.tsv")},
        issuer_bodies={r[0]: r[1] for r in _rows("issuer_bodies.tsv")},
        award_kinds=awards,
        whole_awards=frozenset(r[0] for r in award_rows if r[3:] == ["whole"]),
        event_heads=events,
        gatherings=tuple(r[0] for r in _rows("gatherings.tsv")),
        cues=cues,
        sectors=tuple(sorted(
            (tuple(fold(t) for t in _WORD_OR_MARK.findall(n)) for n in single_column("sectors.txt")),
            key=lambda w: -len(w),
        )),
        org_index=_index(org_heads),
        role_index=_index(role_heads),
        levels_by_written={lv.written: lv for lv in reversed(levels)},
    )


@cache
def local_parents() -> dict[str, tuple[str, ...]]:
    """What a local place may lie in, by its level (local_parents.tsv), in the file's order."""
    return {r[0]: tuple(r[1].split("|")) for r in _rows("local_parents.tsv")}


def _org_heads() -> list[OrgHead]:
    """The heads of bodies' names (organizations.tsv, central_bodies.tsv), longest first."""
    org_heads = []
    for surfaces, canonical, kind, attach in (*_rows("organizations.tsv"), *_rows("central_bodies.tsv")):
        level = None
        if attach.startswith("committee:"):
            attach, level = "committee", attach.split(":", 1)[1]
        written = surfaces.split("|")
        # "Hội Văn học – Nghệ thuật", "Ban Văn hóa – Xã hội": the genre writes a name's dash either way
        written += [en for en in (w.replace(" - ", " – ") for w in written) if en not in written]
        for surface in written:
            org_heads.append(OrgHead(surface_words(surface), surface, canonical, kind, attach, level))
    return sorted(org_heads, key=lambda h: -len(h.words))


def _role_heads() -> list[RoleHead]:
    """The titles of posts (roles.tsv), longest first."""
    role_heads = [RoleHead(surface_words(surface), surface, role, org)
                  for surfaces, role, org in _rows("roles.tsv") for surface in surfaces.split("|")]
    return sorted(role_heads, key=lambda h: -len(h.words))


def _index(heads: list[OrgHead] | list[RoleHead]) -> dict[str, tuple[Any, ...]]:
    index: dict[str, list[Any]] = {}
    for head in heads:
        index.setdefault(head.words[0], []).append(head)
    return {k: tuple(v) for k, v in index.items()}


def cue(name: str) -> str:
    """The one word or phrase a rule keys on, by its name in cues.tsv ("former": "nguyên")."""
    (word,) = lexicon().cues[name]
    return word


def cues(name: str) -> tuple[str, ...]:
    """The alternatives of one cue in cues.tsv, in the file's order."""
    return lexicon().cues[name]


def _short_forms_joined_at_ampersands(words: str) -> str:
    """ "Sở GD & ĐT" -> "Sở GD&ĐT": an ampersand between two words in capitals joins one short form."""
    parts = words.split(" & ")
    out = parts[0]
    for part in parts[1:]:
        joined = out.rsplit(" ", 1)[-1].isupper() and part.split(" ", 1)[0].isupper()
        out += ("&" if joined else " & ") + part
    return out


def expand_abbreviations(words: str) -> str:
    """``words`` with the short forms of abbreviations.tsv written out ("Ban CHQS huyện" -> "Ban Chỉ
    huy quân sự huyện")."""
    abbreviations = lexicon().abbreviations
    if " & " in words:  # "Sở GD & ĐT": the short form spaced ("GD&ĐT")
        words = _short_forms_joined_at_ampersands(words)
    expanded = " ".join(abbreviations.get(w, w) for w in words.split())
    for spelt, as_labelled in _sector_spellings():
        if spelt in expanded:  # (most names hold none: str's "in" first)
            expanded = expanded.replace(spelt, as_labelled)
    return expanded


@cache
def _sector_spellings() -> tuple[tuple[str, str], ...]:
    """Sectors the genre spells two ways, with the spelling labels use ("Văn hóa - Thể thao và Du lịch":
    "Văn hóa, Thể thao và Du lịch")."""
    pairs = (pair.split("=", 1) for pair in lexicon().cues["sector_spellings"])
    return tuple((spelt, as_labelled) for spelt, as_labelled in pairs)


@cache
def cue_alternatives(name: str, *, either_initial_case: bool = False, at_word_start: bool = False) -> str:
    """The alternatives of one cue as a regex alternation, longest first and escaped, for a
    pattern that puts structure around the words; each may begin in either case if asked,
    and only where no word character goes before it (patterns.alternatives) if asked."""
    words = sorted(lexicon().cues[name], key=len, reverse=True)
    return patterns.alternatives(words, either_case=either_initial_case, at_word_start=at_word_start)


# the party's Central Committee, as organizations.tsv names it
CENTRAL_COMMITTEE: Final = cue("central_committee")


def either_initial(word: str) -> str:
    """A word as a pattern that matches it with either case first ("[Tt]ại")."""
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


# cue_pattern's patterns by relation, in a dict compiled code reads directly (some are asked
# for at every sentence: an @cache'd function is a generic call)
_CUE_PATTERNS: Final[dict[str, re.Pattern[str]]] = {}


def cue_pattern(relation: str) -> re.Pattern[str]:
    """The cues of one relation in cues.tsv ("implements", "attends") as one pattern,
    longest first, whole words, any case."""
    found = _CUE_PATTERNS.get(relation)
    if found is None:
        found = _CUE_PATTERNS[relation] = patterns.compile(r"\b(?:" + cue_alternatives(relation) + r")\b",
                                                           re.IGNORECASE)
    return found


# read once, into a dict compiled code reads directly: asked at most capitalised tokens of every
# article (some 160 times an article), where an @cache'd function is a generic call
_BARE_KINDS: Final[dict[str, tuple[OrgHead, frozenset[str]]]] = {}


def bare_kinds() -> dict[str, tuple[OrgHead, frozenset[str]]]:
    """Bodies' bare kinds read by the name that follows them (bare_kinds.tsv), by folded word: the
    head, and the folded words that make a compound word with it ("Hội nghị")."""
    if not _BARE_KINDS:
        _BARE_KINDS.update({fold(row[0]): (OrgHead((fold(row[0]),), row[0], row[0], row[1], "purpose"),
                                           frozenset(fold(w) for w in row[2].split("|")))
                            for row in _rows("bare_kinds.tsv")})
    return _BARE_KINDS


@cache
def district_provinces() -> dict[str, str]:
    """The province each district-level name lies in, for names one province alone has
    (district_provinces.tsv)."""
    return {row[0]: row[1] for row in _rows("district_provinces.tsv")}


@cache
def district_levels() -> dict[str, str]:
    """The level word each district-level name of district_provinces.tsv is written with (huyện, quận, thị
    xã, thành phố)."""
    return {row[0]: row[2] for row in _rows("district_provinces.tsv")}
