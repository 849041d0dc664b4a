"""Readings the real corpus's development rounds showed (tests/real, rounds 1–9, texts
re-created on 6 December 2026), each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_term_written_with_a_capital_is_no_place() -> None:
    found = read("HĐND tỉnh Khóa XVII đã tổ chức kỳ họp chuyên đề kiện toàn nhân sự HĐND và UBND tỉnh Hòa Lâm.")
    assert not any("Khóa" in org for org in found.entities["Organization"])
    assert "Hội đồng nhân dân tỉnh Hòa Lâm" in found.entities["Organization"]


def test_a_council_board_named_with_va() -> None:
    found = read("Dự hội nghị có ông Lò Minh Tuấn, Ủy viên Ban Kinh tế và Ngân sách HĐND tỉnh Hòa Lâm.")
    board = "Ban Kinh tế và Ngân sách Hội đồng nhân dân tỉnh Hòa Lâm"
    assert ("Lò Minh Tuấn", "holdsPost", board, "Ủy viên") in found.relations
    assert (board, "subOrganizationOf", "Hội đồng nhân dân tỉnh Hòa Lâm", None) in found.relations


def test_the_first_after_a_body_is_not_in_its_name() -> None:
    found = read("Hòa Lâm bổ nhiệm Phó Giám đốc Sở Tài chính đầu tiên qua thi tuyển.")
    assert "Sở Tài chính" in found.entities["Organization"]
    assert not any("đầu tiên" in org for org in found.entities["Organization"])
