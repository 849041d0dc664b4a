"""The corpus scores as a regression floor (issue 3's targets).

The seed and dev articles are the floor, not the judge: rules are written for the
genre, and these numbers must not fall while they improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import EvalReport, article_annotations, load_gold_dir, score
from kg.pipeline import build

DATA = Path(__file__).resolve().parent.parent / "data"


def evaluate(directory: Path) -> EvalReport:
    return score(article_annotations(build([directory]).kb), load_gold_dir(directory))


@pytest.fixture(scope="module")
def seed() -> EvalReport:
    return evaluate(DATA / "seed")


@pytest.fixture(scope="module")
def corpus() -> EvalReport:
    return evaluate(DATA)


def test_seed_article(seed: EvalReport) -> None:
    assert seed.entities.f1 >= 0.95
    assert seed.relations.f1 >= 0.90


def test_whole_corpus(corpus: EvalReport) -> None:
    assert corpus.entities.f1 >= 0.97
    assert corpus.relations.f1 >= 0.92


def test_no_type_or_predicate_below_floor(corpus: EvalReport) -> None:
    weak = {name: round(c.f1, 3) for name, c in {**corpus.per_type, **corpus.per_predicate}.items()
            if c.tp + c.fn > 0 and c.f1 < 0.75}
    assert not weak


TESTS = Path(__file__).resolve().parent

# Sets kept apart from data/ (each folder's README says how its articles were written):
# the folder, its entity F1 floor, its relation F1 floor.
FLOORS = [
    # Six articles written blind to the rules; first run 0.93 / 0.83.  Their gold puts a
    # commune's body under the district's of the same kind, which real text's annotators
    # mostly do not (16 of 77 pairs) and kg no longer does (0.926 -> 0.908); a People's
    # Committee chair's award is the committee's again (the shared corpus's gold, awards.md 1a).
    pytest.param("heldout", 0.96, 0.90, id="heldout"),
    # Eight more written blind; first run 0.852 / 0.633; since tuned on its misses
    # (0.933 / 0.818), no longer blind.
    pytest.param("heldout2", 0.91, 0.79, id="heldout2"),
    # Eight written blind after the second set's fixes: first run 0.902 / 0.725 (the code
    # before those fixes: 0.874 / 0.710).
    pytest.param("heldout3", 0.88, 0.70, id="heldout3"),
    # Six written blind after the third set's fixes: first run 0.883 / 0.688 (start of
    # the day: 0.863 / 0.683).
    pytest.param("heldout4", 0.86, 0.66, id="heldout4"),
    # Invented articles that reproduce what real published text does: the patterns CI
    # checks where the real corpus's texts are absent.  Their gold has the committee that
    # holds a badge rite give the badges; the blind gold does not in 7 articles of 9, nor
    # does kg (0.932 -> 0.886).
    pytest.param("realistic", 0.95, 0.88, id="realistic"),
    # 569 invented articles, each modelled on a real outlet new to the project, gold
    # written blind (SOURCES.md in each folder), each batch scored on arrival: a-i since
    # read (first runs 0.860/0.673, 0.843/0.649, 0.864/0.688, 0.867/0.654, 0.825/0.613,
    # 0.844/0.612, 0.861/0.609, 0.868/0.656, 0.893/0.654), j read in the sixth session (first
    # run 0.846/0.665 at 7050b63), k and l never read (first runs 0.902/0.739 at 56db675 and
    # 0.908/0.760 at 5a8662e; 0.910/0.753 and 0.912/0.764 at the sixth session's end), m
    # written at the seventh's start and never read (first run 0.887/0.713 at 71a216c); a-j's
    # gold brought to docs/gold-conventions/ in the seventh session; at its end k 0.912/0.756,
    # l 0.911/0.784, m 0.898/0.718, all 529: 0.931/0.840. In the eighth, k read and its gold
    # brought to the conventions as the shared corpus's gold revised them (a-k 0.936/0.855);
    # n written at its start and never read (first run 0.882/0.744 at 775afa2); at its end
    # a-k 0.941/0.871, l 0.912/0.792, m 0.898/0.723, n 0.878/0.743, all 569: 0.932/0.849.
    # In the ninth, o written at its start and never read (first run 0.874/0.675 at
    # ccbe786): all 609 0.928/0.838; at its end a-k 0.941/0.874, l 0.913/0.796, m
    # 0.898/0.721, n 0.877/0.744, o 0.874/0.675, all 609: 0.928/0.840.
    pytest.param("realistic-blind", 0.92, 0.83, id="realistic-blind"),
]


@pytest.mark.parametrize(("folder", "entities_floor", "relations_floor"), FLOORS)
def test_held_out_set_keeps_its_floor(
    folder: str, entities_floor: float, relations_floor: float,
) -> None:
    report = evaluate(TESTS / folder)
    assert report.entities.f1 >= entities_floor
    assert report.relations.f1 >= relations_floor
