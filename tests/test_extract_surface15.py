"""The same article written as other outlets write it: titles in small letters (as national
dailies write them), "đ/c" for "đồng chí", abbreviations. Each variant was found by rewriting
the tuning articles so the scorer cannot tell them apart, and scoring kg on the rewrite."""

from __future__ import annotations

from test_extract import read


def test_a_chain_of_titles_in_small_letters_completes_its_party_committee() -> None:
    found = read("Dự hội nghị có đồng chí Phan Đức Lộc, bí thư Đảng ủy, giám đốc Vườn quốc gia Chư Yang Sin.")
    assert ("Phan Đức Lộc", "holdsPost", "Đảng ủy Vườn quốc gia Chư Yang Sin", "Bí thư") in found.relations
    assert ("Phan Đức Lộc", "holdsPost", "Vườn quốc gia Chư Yang Sin", "Giám đốc") in found.relations


def test_a_chain_in_small_letters_as_in_capitals() -> None:
    small = read("Dự có đồng chí Tòng Văn Lường, bí thư Đảng ủy, giám đốc - tổng biên tập Nhà xuất bản Sự thật.")
    capitals = read("Dự có đồng chí Tòng Văn Lường, Bí thư Đảng ủy, Giám đốc - Tổng Biên tập Nhà xuất bản Sự thật.")
    assert small.relations == capitals.relations


def test_a_holder_named_after_the_province_level_is_no_province() -> None:
    found = read("Dự hội nghị có Phó Bí thư Thường trực Tỉnh ủy Trần Đình Phong, chủ tịch UBND tỉnh Võ Quang "
                 "Thịnh, cùng lãnh đạo HĐND.")
    assert "Võ Quang Thịnh" in found.entities["Person"]
    assert not any("Võ Quang Thịnh" in org for org in found.entities["Organization"])
