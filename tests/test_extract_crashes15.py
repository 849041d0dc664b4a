"""Text that crashed the extractors (found by rewriting the tuning articles with line breaks,
dashes and marks in random places): each now reads without an exception."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import clean_text
from kg.model import Article

ROOT = Path(__file__).resolve().parent.parent


def article(text: str) -> Article:
    # straight to the extractors: ingest would join a line broken inside a sentence
    return Article(id="x", source="x", text=clean_text(text), title="", published=None, author=None,
                   views=None, content_hash="")


def test_a_congress_named_by_the_committee_it_elects() -> None:
    # looked back for the congress's body, which was this committee, for ever (RecursionError;
    # compiled, a segmentation fault that took the worker down)
    extract(article("Hội Cựu chiến binh xã Tân Lập tổ chức Đại hội. Đại hội Ban Chấp hành khóa VII gồm 9 đồng chí."))


def test_a_title_ending_a_line_in_the_body_named_before() -> None:
    found = extract(article("Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh Lâm Đồng kiểm tra.\n"
                            "Ông Đặng Trí Dũng - Chi cục trưởng\nđã chỉ đạo."))
    text = found.article.text
    for m in found.mentions:
        assert 0 <= m.span.start < m.span.end <= len(text)


@pytest.mark.parametrize("seed", [1, 2])
def test_articles_broken_into_lines_anywhere_read_without_an_exception(seed: int) -> None:
    draw = random.Random(seed)
    for path in sorted((ROOT / "tests" / "realistic-blind" / "local-a").glob("*.txt")):
        text = "".join("\n" if c == " " and draw.random() < 0.15 else c for c in path.read_text(encoding="utf-8"))
        extract(article(text))
