"""The real published corpus (tests/real/README.md) as a regression floor.

Its texts are not ours to ship: only the gold files are in the repo, and the texts are
re-created into a cache folder outside it ($KG_REAL_TEXTS, default ~/.cache/vnkg/real).
Where the cache is absent these tests skip with one line saying so.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.evaluate import EvalReport, article_annotations, find_texts, load_gold_dir, score
from kg.pipeline import build

pytestmark = pytest.mark.real

REAL = Path(__file__).resolve().parent / "real"
TEXTS = Path(os.environ.get("KG_REAL_TEXTS", "~/.cache/vnkg/real")).expanduser()


def _evaluate(gold_dir: Path | list[Path]) -> EvalReport:
    gold = {a: g for d in ([gold_dir] if isinstance(gold_dir, Path) else gold_dir)
            for a, g in load_gold_dir(d).items()}
    lookup = find_texts(gold, TEXTS) if TEXTS.is_dir() else None
    if lookup is None or not lookup.found:
        pytest.skip(f"real corpus texts not in {TEXTS}: re-create them as tests/real/README.md says")
    if len(lookup.found) < WHOLE_ENOUGH * len(gold):
        # the floor is the whole corpus's: a sample of it scores up or down by chance
        pytest.skip(f"only {len(lookup.found)} of {len(gold)} real texts in {TEXTS}: the floor is "
                    f"for the whole corpus; `kg eval {gold_dir} --texts {TEXTS}` scores what is there")
    found = {a: gold[a] for a in lookup.found}
    return score(article_annotations(build(sorted(lookup.found.values())).kb), found)


@pytest.fixture(scope="module")
def real() -> EvalReport:
    return _evaluate(REAL)


def test_real_corpus_floor(real: EvalReport) -> None:
    assert real.entities.f1 >= FLOOR_ENTITIES
    assert real.relations.f1 >= FLOOR_RELATIONS


def test_held_out_rounds_floor() -> None:
    """The rounds kept unread (tests/real/README.md), on their own: a cache that holds them
    (the development rounds' texts may be missing) still guards what kg does on text no rule
    was written on."""
    held_out = _evaluate([REAL / name for name in HELD_OUT])
    assert held_out.entities.f1 >= FLOOR_HELD_OUT[0]
    assert held_out.relations.f1 >= FLOOR_HELD_OUT[1]


def test_repository_rounds_floor() -> None:
    """The rounds whose texts public repositories hold (tests/real/README.md: `python -m
    bench.recreate_real` re-creates them on any machine), development and held out together."""
    rounds = _evaluate([REAL / name for name in FROM_REPOSITORIES])
    assert rounds.entities.f1 >= FLOOR_FROM_REPOSITORIES[0]
    assert rounds.relations.f1 >= FLOOR_FROM_REPOSITORIES[1]


def test_held_out_repository_rounds_floor() -> None:
    held_out = _evaluate([REAL / name for name in HELD_OUT_FROM_REPOSITORIES])
    assert held_out.entities.f1 >= FLOOR_HELD_OUT_FROM_REPOSITORIES[0]
    assert held_out.relations.f1 >= FLOOR_HELD_OUT_FROM_REPOSITORIES[1]


# Today's scores on all 364 (0.821 / 0.663) less a little; the first 156 first ran at 0.746 / 0.514.
FLOOR_ENTITIES = 0.80
FLOOR_RELATIONS = 0.64
# The share of the corpus's texts that must be at hand for the floor to apply (a text
# the tool's search no longer returns, or re-created with other bytes, is left out).
WHOLE_ENOUGH = 0.9
# The held-out rounds (local-17, rounds 22-27: 260 texts) and their floor. First runs: local-17 0.756 / 0.604,
# round 22 0.871 / 0.726 (mostly new addresses of used papers), 23-27 in the README's quality table; all 260
# at 0.849 / 0.687 on 6 December 2026 (the eighteenth session, when rounds 19-21 were opened).
# Rounds 10–13 are development since the fourteenth session, 14 and 15 since the fifteenth, 18 since the
# sixteenth, and 19 (first run 0.797 / 0.655), 20 (0.830 / 0.737) and 21 (0.887 / 0.741) since the
# eighteenth (0.851 / 0.714 when opened).
HELD_OUT = ("local-17", "local-22", "national-22", "local-23", "national-23", "local-24",
            "national-24", "local-25", "national-25", "local-26", "national-26", "local-27", "national-27",
            "local-28", "national-28", "local-29",
            "national-29")
FLOOR_HELD_OUT = (0.80, 0.65)  # 340 texts (rounds 28 and 29 in): see the README's quality table
# Rounds whose texts public repositories hold (tests/real/README.md): 30 (development since its first run,
# 0.853 / 0.705), 31 and 32 (held out; first runs 0.877 / 0.646 and 0.810 / 0.610). On 6 December 2026 (the
# nineteenth session's end): all 120 at 0.851 / 0.671, the 80 held out at 0.845 / 0.629. On 7 December 2026
# rounds 33 (development; first run 0.803 / 0.590) and 34 (held out; 0.834 / 0.638) came in: all 200 at
# 0.841 / 0.660, the 120 held out at 0.841 / 0.632. Round 35 (held out) first ran at 0.825 / 0.598 (0037c30c; the
# session's start code 0.824 / 0.596): all 240 at 0.841 / 0.654, the 160 held out at 0.839 / 0.623. Rounds 36
# (ThanhChinhBK/vietnews, re-spaced) and 37 (lupanh/VietnameseMDS) came in held out on 7 December 2026 (the
# twenty-first session; first runs 0.854 / 0.672 and 0.786 / 0.539): all 296 at 0.842 / 0.653, the 216 held out
# at 0.839 / 0.628. Round 38 (vietnews, 40, first run 0.902 / 0.709) opened as development the same day: all 336
# at 0.850 / 0.660. Round 39 (vietnews, 40, held out, gathered after that session's rules) first ran at 0.845 / 0.649
# (597ae4ab; the session's start code 0.843 / 0.648). At the session's end (two rules more): all 376 at 0.851 / 0.663,
# the 256 held out at 0.842 / 0.633. Round 40 (vietnews' val and test files, 60) came in on 7 December 2026 (the
# twenty-second session), first runs at the session's start code 63f11d54: 40a + 40b (development) 0.860 / 0.600,
# 40c (held out) 0.888 / 0.682. At that session's end all 436 at 0.859 / 0.666, the 276 held out at 0.849 / 0.643:
# the floors raised to 0.84 / 0.65 and 0.83 / 0.62. Round 41 (vietnews, 40, held out, gathered after that session's
# rules) first ran at b281aa35: 0.870 / 0.605 (0.860 / 0.593 with the session's starting code). Round 42 (vietnews'
# train files, 40, development) came in on 7 December 2026 (the twenty-third session), first run at 46a37fe4:
# 0.893 / 0.619. Round 43 (vietnews' train files, 40, held out, gathered after three of that session's rules) first
# ran at 10d7b47f: 0.850 / 0.643 (the same with the session's starting code). At that session's end all 556 at
# 0.864 / 0.661, the 356 held out at 0.854 / 0.640: the floors raised to 0.85 / 0.65 and 0.84 / 0.63. Round 44
# (baomoi 2017 and Bình Định 2025 again, 40, development) came in on 7 December 2026 (the twenty-fourth session),
# first run at e3d964ba: 0.845 / 0.649. Round 45 (baomoi, Bình Định and vietnews, 36, held out, gathered after that
# session's first rules) first ran at its final code 5f003e49: 0.850 / 0.631 (0.842 / 0.624 with its starting code).
# At that session's end all 632 at 0.866 / 0.666, the 392 held out at 0.857 / 0.647: the floors raised to 0.86 / 0.66
# and 0.85 / 0.64. Rounds 46-48 (dantri.com.vn 2020-2021 from undertheseanlp/resources, VLSP 2022 AbMuSu from
# dangbb/vlsp-final-year; 7 December 2026, the twenty-fifth session) first ran at 0.830 / 0.538 (d8a28fb9), 0.854
# / 0.698 (27ba13f4) and 0.846 / 0.644 (7be09809; held out); 46a and 47b are development, 46b, 47a and 48 held
# out. At that session's end all 752 at 0.864 / 0.667, the 472 held out at 0.856 / 0.650: the floors kept.
# Round 49 (80 more of the two sources, the twenty-sixth session) first ran at 0.822 / 0.552 (6a4e8201); 49a and 49b
# are development, 49c and 49d held out. At that session's end all 832 at 0.863 / 0.666, the 512 held out at
# 0.856 / 0.650: the floors kept.
# Round 50 (80 more, vietnews and the baomoi crawl, the twenty-seventh session) first ran at 0.834 / 0.656
# (bfbdeaf5); 50a and 50b are development, 50c and 50d held out. With it all 912 at 0.860 / 0.665 at the
# session's start, 0.864 / 0.670 at its end; the 552 held out 0.854 / 0.651 → 0.858 / 0.656: the floors kept.
# Rounds 51 (80 more, vietnews and the baomoi crawl) and 52 (60 of nguyenvulebinh/trends: news pages of 2024-2025
# from some thirty outlets; the twenty-eighth session) first ran at the session's start code 5c2f568c: 51a 0.875 /
# 0.686, 51b 0.819 / 0.691, 51c 0.831 / 0.664, 51d 0.837 / 0.679, 52a 0.903 / 0.746, 52b 0.915 / 0.803, 52c 0.926
# / 0.747; 51a, 51b and 52a are development, 51c, 51d, 52b and 52c held out. Round 53 (40 more of the same
# pages, gathered after the session's first rules) first ran at 354d52be: 53a 0.868 / 0.719 (development), 53b
# 0.850 / 0.706 (held out); the same at 5c2f568c. Round 54 (40 more, three or more markers, both held out,
# gathered at the session's end) first ran at e97dbcfa, the session's final code: 54a 0.836 / 0.684, 54b 0.829
# / 0.755 (0.833 / 0.719 together; 0.830 / 0.714 at 5c2f568c).
# Round 55 (40 more vietnews, the twenty-ninth session) first ran at the session's start code d0cc9b56: 55a 0.824 /
# 0.665 (development since), 55b 0.828 / 0.673 (held out). Round 56 (40 more vietnews, both held out, gathered
# after the session's first rules) first ran at 90bb7909: 56a 0.808 / 0.562, 56b 0.856 / 0.608 (0.832 / 0.587
# together; 56a 0.807 / 0.560 at d0cc9b56, 56b the same). Round 57 (vietnews, the thirtieth session) first ran at
# 80aa58b8: 57a 0.841 / 0.668 (development since), 57b 0.867 / 0.615; round 58 (both held out) at 6f1345af: 58a
# 0.879 / 0.702, 58b 0.797 / 0.613. Round 59 (vietnews, the thirty-first session) first ran at 01a21c86: 59a
# 0.851 / 0.622 (development since), 59b 0.838 / 0.691 (held out); round 60 (28 more, both held out, gathered
# after the session's rules) at ed215bbd: 60a 0.813 / 0.680, 60b 0.814 / 0.617 (0.812 / 0.641 together at 01a21c86).
FROM_REPOSITORIES = ("repo-30a", "repo-30b", "repo-31a", "repo-31b", "repo-32a", "repo-32b", "repo-33a", "repo-33b",
                     "repo-34a", "repo-34b", "repo-35a", "repo-35b", "repo-36a", "repo-36b", "repo-37", "repo-38a",
                     "repo-38b", "repo-39a", "repo-39b", "repo-40a", "repo-40b", "repo-40c", "repo-41a",
                     "repo-41b", "repo-42a", "repo-42b", "repo-43a", "repo-43b", "repo-44a", "repo-44b",
                     "repo-45a", "repo-45b", "repo-46a", "repo-46b", "repo-47a",
                     "repo-47b", "repo-48a", "repo-48b", "repo-49a", "repo-49b", "repo-49c", "repo-49d",
                     "repo-50a", "repo-50b", "repo-50c", "repo-50d", "repo-51a", "repo-51b", "repo-51c",
                     "repo-51d", "repo-52a", "repo-52b", "repo-52c", "repo-53a", "repo-53b",
                     "repo-54a", "repo-54b", "repo-55a", "repo-55b", "repo-56a", "repo-56b", "repo-57a",
                     "repo-57b", "repo-58a", "repo-58b", "repo-59a", "repo-59b", "repo-60a", "repo-60b")
# apart from HELD_OUT: other caches
HELD_OUT_FROM_REPOSITORIES = ("repo-31a", "repo-31b", "repo-32a", "repo-32b", "repo-34a", "repo-34b", "repo-35a",
                              "repo-35b", "repo-36a", "repo-36b", "repo-37", "repo-39a", "repo-39b",
                              "repo-40c", "repo-41a", "repo-41b", "repo-43a", "repo-43b", "repo-45a",
                              "repo-45b", "repo-46b", "repo-47a", "repo-48a",
                              "repo-48b", "repo-49c", "repo-49d", "repo-50c", "repo-50d", "repo-51c",
                              "repo-51d", "repo-52b", "repo-52c", "repo-53b",
                              "repo-54a", "repo-54b", "repo-55b", "repo-56a", "repo-56b", "repo-57b",
                              "repo-58a", "repo-58b", "repo-59b", "repo-60a", "repo-60b")
FLOOR_FROM_REPOSITORIES = (0.86, 0.67)
FLOOR_HELD_OUT_FROM_REPOSITORIES = (0.86, 0.66)
