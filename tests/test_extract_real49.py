"""Patterns of the round-49 real articles (dantri 2021, VLSP 2022 AbMuSu), written with invented people and
places: a body's name that goes on past a capitalised syllable in small letters ("Phòng Khảo thí", "Công ty
Trách nhiệm hữu hạn X"), the words read off a crawl of real news (kg/data/name_words_read.txt)."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_paper_s_name_goes_on_in_small_letters_after_a_capital() -> None:
    found = read("Ông Đỗ Văn Hòa, Tổng Biên tập Báo Điện tử Đảng Cộng sản Việt Nam phát biểu.")
    assert ("Đỗ Văn Hòa", "holdsPost", "Báo Điện tử Đảng Cộng sản Việt Nam", "Tổng Biên tập") in found.relations


def test_a_company_s_legal_form_written_out() -> None:
    found = read("Bà Trương Thị Lan, Giám đốc Công ty Trách nhiệm hữu hạn Hoa Lâm, cho biết.")
    assert ("Trương Thị Lan", "holdsPost", "Công ty Trách nhiệm hữu hạn Hoa Lâm", "Giám đốc") in found.relations


def test_an_association_whose_name_ends_on_a_word_begun_by_a_capital() -> None:
    found = read("Ông Lê Văn Tâm, Phó Chủ tịch Hội Vật liệu, phát biểu tại hội thảo.")
    assert ("Lê Văn Tâm", "holdsPost", "Hội Vật liệu", "Phó Chủ tịch") in found.relations


def test_a_ministry_s_field_alone_names_no_body_of_its_own() -> None:
    found = read("Ông Phạm Văn Hải, Bộ trưởng Kế hoạch và Đầu tư, phát biểu.")
    assert "Kế hoạch và Đầu tư" not in found.entities.get("Organization", set())


def test_a_department_against_corruption() -> None:
    found = read("Ông Phạm Trọng Hòa, Cục trưởng Cục Chống tham nhũng cho biết.")
    assert ("Phạm Trọng Hòa", "holdsPost", "Cục Chống tham nhũng", "Cục trưởng") in found.relations
