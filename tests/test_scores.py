"""The corpus scores as a regression floor (issue 3's targets).

The seed and dev articles are the floor, not the judge: rules are written for the
genre, and these numbers must not fall while they improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import EvalReport, load_gold_dir, score
from kg.pipeline import article_annotations, build

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


def test_held_out_articles() -> None:
    """Six articles written blind to the rules (tests/heldout/README.md); first run 0.93 / 0.83."""
    report = evaluate(Path(__file__).resolve().parent / "heldout")
    assert report.entities.f1 >= 0.96
    assert report.relations.f1 >= 0.91


def test_second_held_out_set() -> None:
    """Eight more articles written blind to the rules (tests/heldout2/README.md); first
    run 0.852 / 0.633; since tuned on its misses (0.933 / 0.818), no longer blind."""
    report = evaluate(Path(__file__).resolve().parent / "heldout2")
    assert report.entities.f1 >= 0.91
    assert report.relations.f1 >= 0.79


def test_third_held_out_set() -> None:
    """Eight articles written blind to the rules after the second set's fixes
    (tests/heldout3/README.md): first run 0.902 / 0.725 (the code before those fixes:
    0.874 / 0.710)."""
    report = evaluate(Path(__file__).resolve().parent / "heldout3")
    assert report.entities.f1 >= 0.88
    assert report.relations.f1 >= 0.70


def test_fourth_held_out_set() -> None:
    """Six articles written blind to the rules after the third set's fixes
    (tests/heldout4/README.md): first run 0.883 / 0.688 (start of the day: 0.863 / 0.683)."""
    report = evaluate(Path(__file__).resolve().parent / "heldout4")
    assert report.entities.f1 >= 0.86
    assert report.relations.f1 >= 0.66


def test_articles_written_in_the_published_manner() -> None:
    """Invented articles that reproduce what real published text does (tests/realistic):
    the patterns CI checks where the real corpus's texts are absent."""
    report = evaluate(Path(__file__).resolve().parent / "realistic")
    assert report.entities.f1 >= 0.95
    assert report.relations.f1 >= 0.90
