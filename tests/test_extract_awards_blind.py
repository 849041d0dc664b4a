"""Awards, organisation names and bylines, by example: the genre rules read from the
realistic-blind batch (tests/realistic-blind/*/MISSES.md), each on invented sentences
in the genre's manner about places and people that the corpora do not contain.
"""

from __future__ import annotations

from kg.ingest import parse_article
from tests.test_extract import read


def _author(text: str) -> str | None:
    return parse_article(text, "x.txt", "x.txt", is_html=False).author


# ------------------------------------------------------------------ bylines


def test_a_byline_after_a_sites_label_or_before_its_note() -> None:
    body = "Tin hoạt động\n\n12/03/2024 09:30\nHội Nông dân xã Tân Lập tổ chức hội nghị.\n\n"
    assert _author(body + "Đăng bởi: Hà Thu Trang\n\n[Trở về]\n\nCác tin khác") == "Hà Thu Trang"
    assert _author(body + "Hồng Hạnh (tổng hợp)\n\nTheo dõi Tinmoi.vn trên Google news") == "Hồng Hạnh"
    assert _author(body + "Thu Trang – TTTT&TV\nThêm bình luận mới") == "Thu Trang"
    # a blog's "Đăng bởi X lúc 20:05" names its poster, no author's name
    assert _author(body + "Đăng bởi Khoa GDQP-AN lúc 20:05") is None


def test_a_byline_that_ends_the_date_line_under_the_title() -> None:
    text = ("Ban Thường vụ Huyện ủy họp\n\nThứ Ba, 12/05/2026 08:10 | Khổng Minh Quân\n\n"
            "Ngày 11/5, Ban Thường vụ Huyện ủy Bảo Lạc họp phiên thường kỳ.\n\nBình luận (0)\n\nLên đầu trang")
    assert _author(text) == "Khổng Minh Quân"
    found = read("Ngày 11/5, Ban Thường vụ Huyện ủy Bảo Lạc họp phiên thường kỳ.",
                 author="Đăng bởi: Hà Thu Trang")
    assert found.has("Person", "Hà Thu Trang")
