"""What an article is about: the places of each level that its short forms mean.

The genre shortens names it takes as known: "Tỉnh ủy", "UBND tỉnh", "Hội Nông dân
xã" mean the province, or the commune, that the article is about.  The context
remembers every place the article names, by level and position, so a short form
is completed with the nearest one named before it, else the most frequent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from kg.extract.lexicon import Level, clean_label, cue, cues, district_provinces, fold, lexicon, surface_words
from kg.extract.tokens import Token, in_capitals, keys
from kg.model import Mention

_LEVELS_HIGH_FIRST: Final = cues("levels_high_first")
_PROVINCE: Final = cue("province_level")
_PROVINCE_KEY: Final = fold(_PROVINCE)
_CITY: Final = cue("city_level")
_CITY_LEVELS: Final = cues("city_levels")
_COMMUNE_LEVELS: Final = cues("commune_levels")
_PHOTO: Final = cues("photo")
_NOT_A_PLACE_AFTER: Final = cues("not_a_place_after_a_level")
_HEADING_VERBS: Final = frozenset(fold(w) for w in cues("heading_verbs"))
_RANK_FIRST: Final = frozenset(fold(w) for w in cues("rank_first_words"))
_RANK_LAST: Final = frozenset(fold(w) for w in cues("rank_last_words"))
_NO_PLACE: Final = frozenset(fold(w) for w in cues("no_place_begins_with"))
PLURAL_MARKERS: Final = frozenset(fold(w) for w in cues("plural_markers"))  # "các", "những": no place begins so
_VERBS_CAPITALISED: Final = frozenset(tuple(fold(w) for w in verb.split())
                                      for verb in cues("verbs_capitalised_after_a_place"))
_TERM_FIRST_WORDS: Final = frozenset(fold(w.split()[0]) for w in (*cues("term_of_office"), *cues("term")))
_COMMITTEE_SUFFIX: Final = cue("committee_suffix")
_COMMUNE: Final = cue("commune_level")
_SOCIETY: Final = cue("not_a_level_before")
_UNCLE_HO: Final = cue("uncle_ho")
_DISTRICT_RANK: Final = 2  # (place_levels.tsv) the rank of districts, towns and provincial cities


def rank_at(tokens: list[Token], k: int) -> bool:
    """Whether a military or police rank of two words ("Thiếu tá", "Đại tướng") begins at token k."""
    return k + 1 < len(tokens) and tokens[k].key in _RANK_FIRST and tokens[k + 1].key in _RANK_LAST



@dataclass
class ArticleContext:
    # level word -> [(char position, place name)]
    places: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # labels of organisations seen so far, by canonical head, for back-references
    recent_orgs: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _known: dict[str, str] | None = None
    _known_size: int = 0
    # bodies named in full by a head that may name them back ("chi bộ"), and how many of
    # the article's earlier mentions have been read into it
    bodies_by_head: dict[tuple[str, ...], dict[str, str | None]] = field(default_factory=dict)
    bodies_read: int = 0
    # provinces named bare ("Bạc Liêu, ngày 3/4": a dateline), the last resort for "tỉnh"
    bare_provinces: list[tuple[int, str]] = field(default_factory=list)
    # abbreviations the article defines in brackets ("Thi hành án dân sự (THADS)"): THADS -> the words
    abbreviations: dict[str, str] = field(default_factory=dict)
    # bodies the article names with their short form in brackets after them ("Tổng công ty
    # Truyền tải điện Quốc gia (EVNNPT)"), by the short form's first word: (its words, label,
    # kind, canonical head)
    short_forms: dict[str, tuple[tuple[str, ...], str, str, str]] = field(default_factory=dict)
    # every sentence's tokens, in order: rules that read a sentence before or a signature's lines
    # above read them here rather than split and tokenize the article again
    sentence_tokens: list[list[Token]] = field(default_factory=list)
    # who the article has said holds each post, by (role, body) as matched: a post named again
    # without a name ("đồng chí Bí thư Huyện ủy trao …") names the one person said to hold it
    post_holders: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add_place(self, level: str, name: str, position: int, *, holder_named: bool = False) -> None:
        if plausible_place(level, clean_label(name), holder_named=holder_named):
            self.places.setdefault(level, []).append((position, clean_label(name)))

    def place_for(self, level: str, position: int) -> str | None:
        named = _nearest_before(self._named_at_level(level), position)
        if named:
            return named
        if level in (_PROVINCE, _CITY):
            # "Tỉnh ủy" is the province's, "Thành ủy" a central city's: the nearest of that kind
            central = lexicon().central_cities
            named = _nearest_before([(pos, name) for pos, name in self.bare_provinces
                                     if (level == _CITY) == (name in central)], position)
            if named:
                return named
        if level == _PROVINCE:
            # A province is often named only through its capital city ("thành phố
            # Bắc Ninh" in Bắc Ninh province): the city's name is the province's.
            for city_level in _CITY_LEVELS:
                for _, name in self.places.get(city_level, []):
                    if name in lexicon().provinces:
                        return name
        if level in (_PROVINCE, _CITY):
            return self._province_of_the_districts(central=level == _CITY)
        return None

    def province_or_central_city_for(self, position: int) -> str | None:
        """The province or centrally-run city a department ("Sở Y tế") belongs to: the one named last
        before it, with or without its level ("Sở Y tế Hà Nội …; Giám đốc Sở Y tế A nêu bài học ở Yên
        Bái": Hà Nội's), else the province place_for finds."""
        central = lexicon().central_cities
        seen = self._named_at_level(_PROVINCE) + [(pos, name) for pos, name in self._named_at_level(_CITY)
                                                  if name in central] + self.bare_provinces
        before = [(pos, name) for pos, name in seen if pos < position]
        return max(before)[1] if before else self.place_for(_PROVINCE, position)

    def _province_of_the_districts(self, *, central: bool) -> str | None:
        """The one province the districts the article names lie in ("Tỉnh ủy" beside huyện Trấn Yên
        is Tỉnh ủy Yên Bái: the format's "the districts it names"), a central city for "Thành ủy"
        (quận Ba Đình: Hà Nội) and none for "Tỉnh ủy"; None where they lie in two, or where no
        district named is one a single province has (district_provinces.tsv)."""
        table = district_provinces()
        cities = lexicon().central_cities
        provinces = {table[name] for lv in lexicon().levels if lv.rank == _DISTRICT_RANK
                     for _, name in self.places.get(lv.word, []) if name in table}
        return provinces.pop() if len(provinces) == 1 and (next(iter(provinces)) in cities) == central else None

    def _named_at_level(self, level: str) -> list[tuple[int, str]]:
        """The places the article names at ``level``, in order; a province also where the text
        names its capital city by the province's name ("thành phố Thái Nguyên"), which lies in it."""
        seen = self.places.get(level, [])
        if level != _PROVINCE or not seen:
            return seen
        provinces, central = lexicon().provinces, lexicon().central_cities
        # (not a central city: "Thành phố Hà Nội" named beside "tỉnh Quảng Ngãi" is no "tỉnh"'s name)
        cities = [(pos, name) for city_level in _CITY_LEVELS for pos, name in self.places.get(city_level, [])
                  if name in provinces and name not in central]
        return sorted(seen + cities) if cities else seen

    def nearest_local_place(self, position: int) -> tuple[str, str] | None:
        """The commune, ward or town named last before ``position``: (level, name)."""
        best: tuple[int, str, str] | None = None
        for level in _COMMUNE_LEVELS:
            for pos, name in self.places.get(level, []):
                if pos < position and (best is None or pos > best[0]):
                    best = (pos, level, name)
        return (best[1], best[2]) if best else None

    def one_local_place(self, position: int) -> tuple[str, str] | None:
        """The one commune, ward or town the article names before ``position`` (nearest of its
        level): (level, name); None where it names none or several, of different levels."""
        found = {(level, named) for level in _COMMUNE_LEVELS if (named := self.place_for(level, position))}
        return next(iter(found)) if len(found) == 1 else None

    def known_place(self, name: str) -> str | None:
        """The level of a place the article names with a level word, highest level first."""
        size = 0  # (a loop compiled code runs itself, where sum(map(len, …)) calls two builtins)
        for seen in self.places.values():
            size += len(seen)
        if self._known is None or self._known_size != size:
            self._known_size = size
            self._known = {}
            for level in reversed(_LEVELS_HIGH_FIRST):
                for _, n in self.places.get(level, []):
                    self._known[n] = level
        return self._known.get(name)

    def main_place(self, level: str) -> str | None:
        seen = self.places.get(level, [])
        if not seen:
            return self.place_for(level, 0)
        return Counter(name for _, name in seen).most_common(1)[0][0]

    def remember_org(self, head: str, label: str, position: int) -> None:
        # "Đảng ủy Khối các cơ quan tỉnh X" is also the "Đảng ủy" that the text names next
        for name in _shorter_heads(fold(head)):
            self.recent_orgs.setdefault(name, []).append((position, label))

    def recent_committee(self, position: int) -> str | None:
        """The party committee named last before ``position`` with its place ("Tỉnh ủy Gia Lai")."""
        heads = {fold(lv.committee) for lv in lexicon().levels}
        named = [(pos, label) for head in heads for pos, label in self.recent_orgs.get(head, [])
                 if pos < position and label != head.capitalize() and len(label.split()) > 2]
        return max(named)[1] if named else None

    def recent_org(self, head: str, position: int) -> str | None:
        # the nearest before (bodies are remembered as each extractor finds them, not in the text's
        # order) of those named by more than their head, which a bare one ("Đảng ủy trường") names back
        before = [(fold(label) != fold(head), pos, label) for pos, label in self.recent_orgs.get(fold(head), [])
                  if pos < position]
        return max(before)[2] if before else None

    def recent_named_org(self, head: str, position: int) -> str | None:
        """The body named last before ``position`` by ``head``, if it was named by more than its
        head ("Chi bộ thôn 3"; not a bare "Chi bộ", which names nothing back)."""
        named = self.recent_org(head, position)
        return None if named is None or fold(named) == fold(head) else named

    def recent_org_of(self, heads: frozenset[str], position: int) -> str | None:
        """The body named last before ``position`` by any of ``heads`` (folded canonical heads)."""
        before = [(pos, label) for head in heads for pos, label in self.recent_orgs.get(head, []) if pos < position]
        return max(before)[1] if before else None


# each head's answer, in a dict compiled code reads directly (asked for each body an article
# names: an @cache'd function is a generic call)
_SHORTER_HEADS: Final[dict[str, tuple[str, ...]]] = {}


def _shorter_heads(head: str) -> tuple[str, ...]:
    """The head and the shorter heads it begins with ("đảng ủy khối …" begins with "đảng ủy"); a
    central party committee named whole ("Đảng ủy Chính phủ", in a member's title) is not what a
    bare "Đảng ủy" names back, nor the Politburo what a bare "Bộ" (a ministry) does."""
    found = _SHORTER_HEADS.get(head)
    if found is None:
        found = _SHORTER_HEADS[head] = _shorter_heads_of(head)
    return found


def _shorter_heads_of(head: str) -> tuple[str, ...]:
    canonicals = {fold(h.canonical) for h in lexicon().org_heads}
    if any(fold(h.canonical) == head and h.attach == "fixed" and h.kind in ("PartyCommittee", "PartyBoard")
           for h in lexicon().org_heads):
        return (head,)
    return (head, *(c for c in canonicals if head.startswith(c + " ")))


# Middle names that tell a person's name from a place's ("Bùi Thị Minh Hoài", "Đồng Văn Lưu")
TELLING_MIDDLE_NAMES: Final = frozenset(cues("telling_middle_names"))


def plausible_place(level: str, name: str, *, holder_named: bool = False) -> bool:
    """Whether ``name`` may be a place of ``level``: a province must be one we know, so that
    a holder's name after "Tỉnh ủy" ("Tỉnh ủy Hà Văn Trọng") is not read as one.  Where the
    post's holder was named before its title (``holder_named_before``), a man's name below the
    province is the place's ("Huyện ủy Trần Văn Thời")."""
    lex = lexicon()
    if name in lex.provinces or name in lex.central_cities:
        return True
    if " " not in name and fold(name) in lex.org_index:
        return False  # "Ban Chấp hành tỉnh Hội": the association of the province, no place "Hội"
    if level != _PROVINCE:
        # "Trưởng đoàn ĐBQH thành phố Bùi Thị Minh Hoài": a name with a middle "Thị" or
        # "Văn" after a level is its holder's; so is any person's name after a district's level that
        # names no district we know ("Chủ tịch UBMTTQ Việt Nam thành phố Nguyễn Lan Hương")
        # (and a district we know is one: "Huyện ủy Trần Văn Thời")
        if _a_district_s_level(level) and name in district_provinces():
            return True
        words = fold(name).split()
        return holder_named or not (_looks_like_person(name) and (
            words[1] in TELLING_MIDDLE_NAMES or _a_district_s_level(level)))
    # (a province has a name, never a number: "trên địa bàn tỉnh 2022" is the year)
    return not _looks_like_person(name) and not name.isdigit()


@cache
def _a_district_s_level(level: str) -> bool:
    return any(lv.word == level and lv.rank == _DISTRICT_RANK for lv in lexicon().levels)


_FORMER_PROVINCES: Final = frozenset(cues("former_provinces"))


def a_holder_s_short_name(tokens: list[Token], level: str, start: int, end: int) -> bool:
    """Whether tokens start..end, after a title and a province's or city's committee, are its holder's name, his
    next post or his clause after it ("Bí thư Thành ủy Trần Thọ, Chủ tịch HĐND thành phố"): a family name and
    one more that name no province, city or district we know in any tone style ("Thành ủy Phan Thiết, …"), nor
    a province of earlier maps ("Tỉnh ủy Sơn Tây"); a district's name, which repeats across provinces
    ("Huyện ủy Châu Thành"), is not asked."""
    if level not in (_PROVINCE, _CITY) or end - start != 2 or end + 1 >= len(tokens):
        return False
    after = tokens[end]
    if not (after.text in (",", "-", "–") and tokens[end + 1].is_cap and tokens[end + 1].key in words_of_titles()
            or after.is_word and not after.is_cap and after.key not in LEVEL_FIRST_WORDS):
        return False  # (nor a clause going on after the name: "Bí thư Thành ủy Trần Thọ giao UBND …")
    return tokens[start].key in lexicon().family_names and fold(_join(tokens[start:end])) not in _known_places_folded()


@cache
def _known_places_folded() -> frozenset[str]:
    lex = lexicon()
    return frozenset(fold(name) for name in (*lex.provinces, *lex.central_cities, *district_provinces(),
                                             *_FORMER_PROVINCES))


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 3 <= len(words) <= 4 and fold(words[0]) in lexicon().family_names


def is_name_word(token: Token) -> bool:
    return token.is_word and (token.is_cap or token.text.isdigit())


def _a_number_a_title_or_a_term_at(tokens: list[Token], j: int) -> int | None:
    """Where a place's run that opens at token j with a number, a title or a term ends (j: none begins);
    None for a run of capitalised syllables."""
    if j >= len(tokens):
        return None
    if tokens[j].text.isdigit():
        # "Ban Chấp hành Đảng bộ Huyện 45 người": a count of people, no place "45"; "của phường 6 tháng
        # đầu năm": of months
        return j if j + 1 < len(tokens) and tokens[j + 1].key in _COUNTED | _SPANS_OF_TIME else j + 1
    if _a_title_at(tokens, j):
        return j  # "Phó Chủ tịch HĐND phường Tổ trưởng Tổ đại biểu số 2": the next post, the place left to the article
    if tokens[j].key in _TERM_FIRST_WORDS:
        return j  # "HĐND tỉnh Khóa XVII": the term, written with a capital, names no place
    return None


def _a_title_at(tokens: list[Token], j: int) -> bool:
    """Whether a title of two words or more, capitalised, begins at token j ("Tổ trưởng", "Bí thư")."""
    return tokens[j].is_cap and any(
        len(head.words) > 1 and keys(tokens, j, j + len(head.words)) == head.words
        for head in lexicon().role_heads_at(tokens[j].key))


def a_clause_capitalised_at(tokens: list[Token], k: int) -> bool:
    """Whether a two-syllable word that opens a clause, its first syllable capitalised by a typo or a
    run-on sentence ("… Mai Châu Quyết định giải thể", "Tạp chí X Nhiệm kỳ qua, …"), stands at token k:
    where a place's or a body's name ends (cue verbs_capitalised_after_a_place)."""
    return k + 1 < len(tokens) and tokens[k].is_cap and not tokens[k + 1].is_cap \
        and (tokens[k].key, tokens[k + 1].key) in _VERBS_CAPITALISED


def place_name_run(
    tokens: list[Token], i: int, *, max_words: int = 4, after_title: bool = False
) -> int:
    """The end of a place name starting at token i (i itself if there is none).

    A name is a run of capitalised syllables ("Tháp Mười") or a number ("phường 3");
    it stops before a person's full name that follows it ("Huyện ủy Thanh Miện
    Nguyễn Hữu Toàn").
    """
    lex = lexicon()
    j = i
    opening = _a_number_a_title_or_a_term_at(tokens, j)
    if opening is not None:
        return opening
    if 0 < i < len(tokens) and tokens[i - 1].key == _PROVINCE_KEY and tokens[i].is_cap:
        province = _province_after_the_level(tokens, i)
        if province is not None:
            return province
    split = _place_before_person(tokens, i, max_words)
    if split is not None:
        return split
    # "Chủ tịch UBND tỉnh Nguyễn Hương Giang": after a title, a full name is the holder.
    if (after_title and j < len(tokens) and tokens[j].key in lex.family_names
            and person_run_length(tokens, j) >= 3 and not province_end(tokens, j)
            and not _ends_in_a_letter(tokens, j) and not holder_named_before(tokens, i)):
        return j
    if after_title and a_woman_s_name_at(tokens, j):
        return j  # "Chủ tịch Hội LHPN xã Mấu Thị Lệ": a woman's name, her family name one we do not know
    hyphens = 0  # "Bà Rịa - Vũng Tàu": a hyphen is no syllable of the name
    while j < len(tokens) and j - i - hyphens < max_words and tokens[j].is_word and tokens[j].is_cap:
        if j > i and starts_a_day(tokens, j) or _photo_number(tokens, j):
            break  # "phường Vinh Lộc Sáng 27/10": the next sentence, run on; "xã Tập Sơn Ảnh: TTXVN", "thành phố Ảnh:"
        # a full name after the place's first syllable; "Buôn Ma Thuột" goes on ("Ma"
        # is a family name) as two syllables there would leave a one-syllable name
        run = person_run_length(tokens, j) if j > i and tokens[j].key in lex.family_names else 0
        if run >= 3 or (run == 2 and j - i >= 2):
            break
        if (lex.level(tokens[j].text) or tokens[j].key in lex.degrees or rank_at(tokens, j)) and j > i:
            break  # "tỉnh Hưng Yên BSCKII. Lê Văn Nam", "tỉnh X Đại tá Y": a degree or a rank opens the holder's name
        if j == i and tokens[j].key in PLURAL_MARKERS \
                or in_capitals(tokens[j]) and (j > i and tokens[j].key in _HEADING_VERBS or tokens[j].key in _NO_PLACE):
            # "TP. Các cán bộ …": the next sentence; "HUYỆN ỦY ĐIỆN BIÊN TRAO …": a heading goes on with its verb;
            # "… CHỦ TỊCH UBND PHƯỜNG VỚI NHÂN DÂN": or with a word no place begins with, straight after the level
            break
        if j > i and in_capitals(tokens[j]) and not tokens[j - 1].text.isupper():
            break  # "UBND xã Kiến Quốc HĐND xã mở kỳ họp": an abbreviation begins the next clause
        if a_clause_capitalised_at(tokens, j):
            break  # "Đảng bộ huyện Mai Châu Quyết định giải thể …", "UBND phường Báo cáo …": the verb, capitalised
        j += 1
        # "Bà Rịa - Vũng Tàu": a hyphen between capitalised parts belongs to the name
        if (j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j + 1].is_cap
                and tokens[j].start == tokens[j - 1].end + 1 and j - i - hyphens < max_words
                and not _photo_number(tokens, j + 1) and _a_place_s_part_after_a_hyphen(tokens, i, j + 1)):
            j += 1
            hyphens += 1
    if j > i and tokens[j - 1].text == "-":
        j -= 1  # "Long An - Phạm Văn Rạnh": the hyphen led to a name, not to more place
    elif j > i and _a_ward_s_number_at(tokens, j):
        j += 1  # "phường Móng Cái 2": the wards of one town numbered since 2025
    return max(j, _province_in_small_letters(tokens, i))


def _a_place_s_part_after_a_hyphen(tokens: list[Token], i: int, k: int) -> bool:
    """Whether the words at token k, after a hyphen, go on with the name of the place at token i:
    two capitalised words ("Bà Rịa - Vũng Tàu", "Phan Rang - Tháp Chàm") or the rest of a province's
    name ("Thừa Thiên - Huế"), not the next sentence run on ("tỉnh Đồng Nai - Trong thời gian …",
    "tỉnh Yên Bái - Đảng bộ có …")."""
    return k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].is_cap or province_end(tokens, i) > k


def _a_ward_s_number_at(tokens: list[Token], j: int) -> bool:
    """Whether token j is a small number closing a place's name ("phường Hà Giang 1,"), not a count
    or a date that follows it ("xã A 6 tháng đầu năm", "xã A 2/9")."""
    if j >= len(tokens) or not tokens[j].text.isdigit() or len(tokens[j].text) > 1:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is None or (after.key not in _COUNTED | _SPANS_OF_TIME and after.text not in ("/", "-", ".", ":")
                             and not after.text.isdigit())


_REGIONS: Final = tuple(tuple(fold(w) for w in r.split()) for r in cues("regions_ending_a_name"))


def _province_after_the_level(tokens: list[Token], i: int) -> int | None:
    """Where the place after "tỉnh" ends, where its words tell: a known province is the whole
    place ("tỉnh Khánh Hòa Cờ thi đua", "tỉnh Quảng Trị Hội"); a body's head or a region is no
    place ("tỉnh Hội" for the province's association, "các tỉnh Nam Bộ"), nor in capitals
    anything but a known province ("UBND TỈNH KIỂM TRA …"); else None: the run of capitals
    (a province written otherwise, a foreign one: "tỉnh Đắc Lắc", "tỉnh Champasak")."""
    known = province_end(tokens, i)
    if known and not (known + 1 < len(tokens) and tokens[known].text == "-" and tokens[known + 1].is_cap):
        return known  # (not "tỉnh Quảng Nam - Đà Nẵng", 1975-1996: the run of capitals says)
    if lexicon().org_heads_at(tokens[i].key) or any(keys(tokens, i, i + len(r)) == r for r in _REGIONS) \
            or in_capitals(tokens[i - 1]) and in_capitals(tokens[i]):
        return i
    if tokens[i].key in lexicon().family_names and person_run_length(tokens, i) >= 3:
        return i  # "chủ tịch UBND tỉnh Võ Quang Thịnh": no province is named so, its holder is
    return None


def _province_in_small_letters(tokens: list[Token], i: int) -> int:
    """ "tỉnh Kon tum": a province whose name the text writes partly in small letters ends where
    the name ends (its first letter a capital), else i."""
    if i >= len(tokens) or not tokens[i].is_cap or tokens[i].key not in _known_provinces()[1]:
        return i  # (the name's first word, folded, is a province's first word)
    folded = folded_provinces()
    for n in (4, 3, 2):
        if i + n <= len(tokens) and all(t.is_word for t in tokens[i:i + n]) \
                and " ".join(t.key for t in tokens[i:i + n]) in folded:
            return i + n
    return i


# What the functions below read once from the lexicon (Final lists: compiled code calls a
# function that returns a C static's first item directly, a functools.cache through the
# interpreter, at some hundreds of steps; they are asked hundreds of times an article).
_FOLDED_PROVINCES: Final[list[dict[str, str]]] = []


def folded_provinces() -> dict[str, str]:
    """The provinces and central cities by their folded names."""
    if not _FOLDED_PROVINCES:
        lex = lexicon()
        _FOLDED_PROVINCES.append({fold(name): name for name in lex.provinces | lex.central_cities}
                                 | {fold(other): name for other, name in lex.province_spellings.items()})
    return _FOLDED_PROVINCES[0]


def _photo_number(tokens: list[Token], i: int) -> bool:
    """"Ảnh 1" (or "Anh 1" where a page lost its marks): a photo's number after a title; "Ảnh:
    TTXVN": its credit."""
    return tokens[i].key in _PHOTO and i + 1 < len(tokens) and (tokens[i + 1].text.isdigit()
                                                                or tokens[i + 1].text == ":")


DAY_WORDS: Final = frozenset(cues("times_of_day"))


def starts_a_day(tokens: list[Token], i: int) -> bool:
    """Whether a date begins at token i: "Sáng 27/10", "Ngày 15/1"."""
    return tokens[i].key in DAY_WORDS and i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()


def province_end(tokens: list[Token], i: int, *, ends_run: bool = False) -> int:
    """The end of a province's (or central city's) name starting at token i ("Hồ Chí Minh"),
    else 0; with ``ends_run``, only a name that ends its capitalised run."""
    known, first_words = _known_provinces()
    if i >= len(tokens) or tokens[i].key not in first_words:
        return 0
    for n in (5, 4, 3, 2):  # "Bà Rịa - Vũng Tàu": five tokens with the hyphen
        end = i + n
        if end <= len(tokens) and not (
                ends_run and end < len(tokens) and tokens[end].is_cap and tokens[end].is_word) \
                and _join(tokens[i:end]) in known:  # (the name joined last: it costs most)
            return 0 if inside_a_name_holding_a_province(tokens, i) else end
    return 0


_NAMES_HOLDING_A_PROVINCE: Final = tuple(surface_words(w) for w in cues("names_holding_a_province"))
_WORDS_OF_NAMES_HOLDING_A_PROVINCE: Final = frozenset(w for words in _NAMES_HOLDING_A_PROVINCE for w in words)


def inside_a_name_holding_a_province(tokens: list[Token], i: int) -> bool:
    """Whether token i is inside a name that holds a province's ("Thái Bình Dương", the ocean: not Thái
    Bình's nor Bình Dương's, nor a man named Thái Bình Dương)."""
    if i >= len(tokens) or tokens[i].key not in _WORDS_OF_NAMES_HOLDING_A_PROVINCE:
        return False  # (most words are in none)
    return any(keys(tokens, start, start + len(words)) == words
               for words in _NAMES_HOLDING_A_PROVINCE for start in range(max(0, i - len(words) + 1), i + 1))


_KNOWN_PROVINCES: Final[list[tuple[frozenset[str], frozenset[str]]]] = []


def _known_provinces() -> tuple[frozenset[str], frozenset[str]]:
    if not _KNOWN_PROVINCES:
        known = lexicon().provinces | lexicon().central_cities
        _KNOWN_PROVINCES.append((known, frozenset(fold(name.split()[0]) for name in known)))
    return _KNOWN_PROVINCES[0]


def _place_before_person(tokens: list[Token], i: int, max_words: int) -> int | None:
    """Where a place name ends when a person's full name follows it in one capitalised run:
    "Huyện ủy Văn Bàn Dương Thị Thanh Lan" is Văn Bàn and Dương Thị Thanh Lan.

    The person takes the end of the run, three or four syllables from a family name;
    a name of three, or of four with a middle "Thị"/"Văn", is the likelier reading
    ("Điện Bàn Nguyễn Văn An": Nguyễn Văn An, though "Bàn" is a family name too), unless
    a province's name ends where the longer name begins ("Thành ủy Đà Nẵng Lương Nguyễn Minh
    Triết": a name of two family names).
    """
    run_end = i + person_run_length(tokens, i, limit=max_words + 4)
    if run_end - i < 4:
        return None  # a place of one syllable or more and a name of three or more
    family_names = lexicon().family_names
    best: tuple[int, int] | None = None
    for k in range(max(i + 1, run_end - 4), run_end - 2):
        if tokens[k].key not in family_names or k - i > max_words:
            continue
        length = run_end - k
        likelier = length == 3 or tokens[k + 1].key in TELLING_MIDDLE_NAMES
        # (a province's name, or its abbreviation, "TP.HCM Phan Nguyễn Như Khuê", ending where the name begins)
        whole = province_end(tokens, i) == k or k == i + 1 and tokens[i].text in lexicon().place_abbreviations
        score = 3 if whole else 2 if likelier else 1
        if best is None or score > best[0]:
            best = (score, k)
    return best[1] if best else None


def _ends_in_a_letter(tokens: list[Token], i: int) -> bool:
    """ "huyện Châu Thành A", "xã Mong Thọ B": a capitalised run that ends in one letter is a
    place's name, not a person's, though it opens with a family name."""
    end = i + person_run_length(tokens, i)
    return len(tokens[end - 1].text) == 1


_WOMANS_MIDDLE_NAME: Final = fold(cue("womans_middle_name"))


def a_woman_s_name_at(tokens: list[Token], j: int) -> bool:
    """Three or four capitalised words at token j, the last of them ending the run, with "Thị" second
    or third ("Mấu Thị Lệ", "Pi Năng Thị Hòa"): a woman's name, which no place's is."""
    run = person_run_length(tokens, j)
    if run < 3 or run > 4:
        return False
    # not a degree's short form before a name ("ThS Hoàng Thị Nguyệt", "Th.S Mai Thị Phượng"); a
    # name's first letter is one ("A Nhí Thị Hoa")
    written = tokens[j].text
    glued = j > 0 and tokens[j - 1].text == "." and tokens[j - 1].end == tokens[j].start
    return not glued and not any(c.isupper() for c in written[1:]) \
        and any(tokens[j + m].key == _WOMANS_MIDDLE_NAME for m in (1, 2) if m < run - 1)


# how far back a chain of posts may reach to its holder's name
_CHAIN_REACH: Final = 30
_CHAIN_BREAKS: Final = frozenset({";", ".", ":", "(", ")", "?", "!"})
_AND: Final = fold(cue("and"))


def holder_named_before(tokens: list[Token], i: int) -> bool:
    """Whether the chain of posts that ends before token i follows its holder's name and a comma
    or dash ("đồng chí Lê Văn Bình, Tỉnh ủy viên, Bí thư Huyện ủy Trần Văn Thời"): the post is his,
    so a full name after the place's level is the place's (a district named after a man), not a
    second holder.  A break of the clause, "và", or a word in small letters that no title, body or
    level has ("Tỉnh ủy viên" is all titles' words; "trao Bằng khen cho" is not) say nothing."""
    for k in range(i - 1, max(i - _CHAIN_REACH, 0), -1):
        token = tokens[k]
        if token.text in _CHAIN_BREAKS or token.key == _AND:
            return False
        if token.text in (",", "-", "–"):
            if k >= 3 and _a_full_name_ends_at(tokens, k):
                return True
            continue
        if token.is_word and not token.is_cap and token.key not in words_of_titles():
            return False
    return False


@cache
def words_of_titles() -> frozenset[str]:
    """Every word of a post's title, a body's head or a place's level, folded: what a chain of
    posts is written with ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức huyện ủy")."""
    lex = lexicon()
    heads = [h.words for h in lex.role_heads] + [h.words for h in lex.org_heads]
    return frozenset(word for words in heads for word in words) \
        | frozenset(word for lv in lex.levels for word in lv.written.split())


def _named_like_a_man(tokens: list[Token], j: int, end: int) -> bool:
    """Whether the place at tokens j to end is named like a man ("Trần Văn Thời") after a post whose
    holder was named before it, so that it is the place's name (the name tested first: it is cheap)."""
    return 3 <= end - j <= 4 and tokens[j].key in lexicon().family_names and holder_named_before(tokens, j)


# words that announce a person's name ("đồng chí", "ông"), as token keys
_ANNOUNCING: Final = tuple(surface_words(cue_words) for cue_words in cues("person_cues"))  # "đ/c": ("đ", "/", "c")


def _a_full_name_ends_at(tokens: list[Token], end: int) -> bool:
    """Whether a person's name of three or four syllables, from a known family name and announced
    ("đồng chí", "ông"), ends just before token ``end``: the holder of the posts after it, not a
    name that ends a title of its own ("Phó Bí thư Tỉnh ủy Trần Đình Phong, Chủ tịch …")."""
    family_names = lexicon().family_names
    for length in (3, 4):
        start = end - length
        if start >= 0 and tokens[start].key in family_names \
                and person_run_length(tokens, start, limit=length) == length \
                and any(start >= len(words) and keys(tokens, start - len(words), start) == words
                        for words in _ANNOUNCING):
            return True
    return False


def person_run_length(tokens: list[Token], i: int, limit: int = 5) -> int:
    j = i
    while j < len(tokens) and tokens[j].is_word and tokens[j].is_cap and j - i < limit:
        j += 1
    return j - i


# the first words of place levels: a quick test before level_at, which most tokens fail
LEVEL_FIRST_WORDS: Final = frozenset(lv.written.split()[0] for lv in lexicon().levels)


_LEVEL_WORDS: Final[list[dict[str, tuple[tuple[Level, tuple[str, ...]], ...]]]] = []


def _level_words() -> dict[str, tuple[tuple[Level, tuple[str, ...]], ...]]:
    """The levels by their first word, each with its words, in the lexicon's order."""
    if not _LEVEL_WORDS:
        by_first: dict[str, list[tuple[Level, tuple[str, ...]]]] = {}
        for lv in lexicon().levels:
            words = tuple(lv.written.split())
            by_first.setdefault(words[0], []).append((lv, words))
        _LEVEL_WORDS.append({first: tuple(levels) for first, levels in by_first.items()})
    return _LEVEL_WORDS[0]


def level_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A place level word ("tỉnh", "thành phố") at token i: (level, end token)."""
    if i >= len(tokens) or tokens[i].key not in LEVEL_FIRST_WORDS:
        return None
    for lv, words in _level_words().get(tokens[i].key, ()):
        if keys(tokens, i, i + len(words)) == words:
            # "Tỉnh ủy", "Thành ủy" are committees, "xã hội" is society: not levels
            nxt = tokens[i + len(words)] if i + len(words) < len(tokens) else None
            if nxt is not None and (nxt.key in _NOT_A_PLACE_AFTER or (lv.word == _COMMUNE and nxt.key == _SOCIETY)):
                return None
            end = i + len(words)
            if lv.surface and end < len(tokens) and tokens[end].text == ".":
                end += 1  # "TP. Hồ Chí Minh"
            elif len(tokens[i].text) == 1:
                continue  # "P.Tân Bình": a level written in one letter has its full stop ("C H Í N H  P H Ủ")
            return lv.word, end
    return None


# "Hợp tác xã …", "Liên minh Hợp tác xã Việt Nam": a level word ending a body's head
_BODY_HEADS_ENDING_IN_A_LEVEL: Final = tuple(tuple(fold(h).split()) for h in cues("body_heads_ending_in_a_level"))


def in_a_bodys_head(tokens: list[Token], i: int) -> bool:
    """Whether the level word at token i ends a body's head ("hợp tác xã") in either case."""
    return any(i >= len(h) - 1 and tuple(t.key for t in tokens[i - len(h) + 1:i + 1]) == h
               for h in _BODY_HEADS_ENDING_IN_A_LEVEL)


_COUNTED: Final = frozenset(fold(w) for w in cues("counted_people"))
_SPANS_OF_TIME: Final = frozenset(fold(w) for w in cues("spans_of_time_counted"))
_HOMETOWN: Final = tuple(sorted((tuple(fold(w) for w in c.split()) for c in cues("hometown")), key=len, reverse=True))
_HOMETOWN_FIRST: Final = frozenset(c[0] for c in _HOMETOWN)
_HOMETOWN_ENDS: Final = frozenset((";", ")", "."))


def _hometown_end(tokens: list[Token], i: int) -> int:
    """Past the places of a person's home town at token i ("Quê quán: xã A, huyện B, tỉnh C;"), i if none."""
    if not any(keys(tokens, i, i + len(c)) == c for c in _HOMETOWN):
        return i
    k = i + 1
    while k < len(tokens) and tokens[k].text not in _HOMETOWN_ENDS:
        k += 1
    return k


def collect_places(context: ArticleContext, tokens: list[Token]) -> None:
    """Remember every "level Name" and "committee Name" the tokens hold; not where a person
    comes from ("Quê quán: … tỉnh Quảng Ngãi"), which does not place the article."""
    lex = lexicon()
    i = 0
    while i < len(tokens):
        home = _hometown_end(tokens, i) if tokens[i].key in _HOMETOWN_FIRST else i
        if home > i:
            i = home + 1
            continue
        if not tokens[i].is_cap and tokens[i].key not in LEVEL_FIRST_WORDS:
            i += 1  # neither a level's word nor a capital: nothing below begins here
            continue
        found = level_at(tokens, i) if tokens[i].key in LEVEL_FIRST_WORDS else None
        if found and in_a_bodys_head(tokens, i):
            found = None  # "Hợp tác xã Nông nghiệp X": a cooperative, no commune "Nông" to name back
        if found:
            level, j = found
            end = place_name_run(tokens, j, after_title=follows_title(tokens, i))
            if end > j:
                context.add_place(level, _join(tokens[j:end]), tokens[i].start,
                                  holder_named=_named_like_a_man(tokens, j, end))
                i = end
                continue
        bare = province_end(tokens, i, ends_run=True) if tokens[i].is_cap else 0
        # bare, "Hồ Chí Minh" is the man ("Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh"), not the city
        if bare and (i == 0 or not tokens[i - 1].is_cap) and _join(tokens[i:bare]) != _UNCLE_HO:
            context.bare_provinces.append((tokens[i].start, _join(tokens[i:bare])))
            i = bare
            continue
        if i + 1 < len(tokens) and tokens[i].is_cap and tokens[i + 1].key == _COMMITTEE_SUFFIX:
            committee_level = lex.committee_level(f"{tokens[i].text} {tokens[i + 1].text}")
            if committee_level:
                said_twice = level_at(tokens, i + 2)  # "Thành ủy TP. Hồ Chí Minh": the level said again
                start = said_twice[1] if said_twice and said_twice[0] == committee_level else i + 2
                end = place_name_run(tokens, start, after_title=follows_title(tokens, i))
                if end > start and not (follows_title(tokens, i)
                                        and a_holder_s_short_name(tokens, committee_level, start, end)):
                    context.add_place(committee_level, _join(tokens[start:end]), tokens[i].start,
                                      holder_named=_named_like_a_man(tokens, start, end))
                    i = end
                    continue
        i += 1


def _nearest_before(seen: list[tuple[int, str]], position: int) -> str | None:
    """The name seen last before ``position``, else the most frequent one."""
    before = [name for pos, name in seen if pos < position]
    if before:
        return before[-1]
    return Counter(name for _, name in seen).most_common(1)[0][0] if seen else None


def _join(tokens: list[Token]) -> str:
    """A place's name as the text writes it, abbreviations spelt out ("HCM": Hồ Chí Minh)."""
    out = ""
    abbreviations = lexicon().place_abbreviations
    for k, t in enumerate(tokens):
        if k and t.start > tokens[k - 1].end:
            out += " "
        out += abbreviations.get(t.text, t.text)
    return folded_provinces().get(fold(out), out)  # "Kon tum": Kon Tum


def place_text(tokens: list[Token], start: int, end: int) -> str:
    return _join(tokens[start:end])


_ROLE_HEADS_BY_LAST_WORD: Final[list[dict[str, tuple[tuple[str, ...], ...]]]] = []


def _role_heads_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    if not _ROLE_HEADS_BY_LAST_WORD:
        index: dict[str, list[tuple[str, ...]]] = {}
        for head in lexicon().role_heads:
            index.setdefault(head.words[-1], []).append(head.words)
        _ROLE_HEADS_BY_LAST_WORD.append({last: tuple(words) for last, words in index.items()})
    return _ROLE_HEADS_BY_LAST_WORD[0]


def follows_title(tokens: list[Token], i: int) -> bool:
    """Whether a post's title ("Chủ tịch", "Bí thư") stands shortly before token i."""
    by_last = _role_heads_by_last_word()
    for back in range(1, 5):
        k = i - back
        if k < 0 or not tokens[k].is_word:
            return False
        for words in by_last.get(tokens[k].key, ()):
            n = len(words)
            if k - n + 1 >= 0 and keys(tokens, k - n + 1, k + 1) == words:
                return True
    return False


def named_most(mentions: Iterable[Mention], accept: Callable[[Mention], bool]) -> str | None:
    """The label of the body the article names most of those ``accept`` takes, the first named of
    those named most (the body it is about, of a kind: "the association", "the party organisation");
    None where it names none."""
    named = Counter(m.label for m in mentions if m.type == "Organization" and accept(m))
    return named.most_common(1)[0][0] if named else None


def the_one_named(mentions: Iterable[Mention], accept: Callable[[Mention], bool]) -> Mention | None:
    """The one body of those ``accept`` takes that the article names, by one label however often
    (its last mention); None where it names none, or several (which is not said)."""
    named = {m.label: m for m in mentions if m.type == "Organization" and accept(m)}
    return next(iter(named.values())) if len(named) == 1 else None


# each cue's words by their last word, kept by the cue's name in a dict compiled code reads
# directly (asked before many capitalised tokens: an @cache'd function is a generic call)
_CUES_BY_LAST_WORD: Final[dict[str, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def cues_by_last_word(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cues ``name`` as the tokenizer meets them, by their last word."""
    found = _CUES_BY_LAST_WORD.get(name)
    if found is None:
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for words in map(surface_words, cues(name)):
            by_last.setdefault(words[-1], []).append(words)
        found = _CUES_BY_LAST_WORD[name] = {last: tuple(w) for last, w in by_last.items()}
    return found


def cue_before(tokens: list[Token], i: int, name: str) -> bool:
    """Whether one of the cues ``name`` ("thừa ủy nhiệm", "điều động") ends right before token i."""
    return cue_ending_before(tokens, i, name) is not None


def cue_ending_before(tokens: list[Token], i: int, name: str) -> tuple[str, ...] | None:
    """The words of the cue ``name`` that end right before token i, or None."""
    # asked at most capitalised words of every article: only cues ending in the word before are tried
    if not 0 < i <= len(tokens):
        return None
    ending = cues_by_last_word(name).get(tokens[i - 1].key)
    if ending is None:
        return None
    return next((words for words in ending if i >= len(words) and keys(tokens, i - len(words), i) == words), None)
