"""Patterns of the round-40 real articles (vietnews, 2014-2019 national papers) and of the crawl they were
checked on, written with invented people: a post, a comma and its holder's word of address; a place's
name that a hyphen does not carry into the next sentence; "CA" as the police in capitals only; words
of a body's name whose second syllable opens a verb elsewhere ("Xúc tiến", "Bất động sản")."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_hyphen_does_not_carry_a_place_into_the_next_sentence() -> None:
    found = read("Kỷ luật đồng chí Lê Thị Khánh, Trưởng Đoàn ĐBQH tỉnh Đồng Nai - Trong thời gian giữ chức vụ, "
                 "đồng chí đã vi phạm.")
    assert ("Lê Thị Khánh", "holdsPost", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai", "Trưởng đoàn") in found.relations
    assert not any("Trong" in label for label in found.entities["Organization"])


def test_a_hyphen_joins_a_place_s_two_names() -> None:
    found = read("Ông Lê Văn Khải, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu phát biểu. Bí thư Tỉnh ủy Thừa Thiên - Huế "
                 "Trần Văn Minh dự.")
    assert "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu" in found.entities["Organization"]
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Thừa Thiên Huế", "Bí thư") in found.relations


def test_a_word_of_a_body_s_name_whose_second_syllable_opens_a_verb() -> None:
    found = read("Ông Lê Văn Khải, Chủ tịch Hiệp hội Bất động sản tỉnh Khánh Hòa, làm việc với Trung tâm Lưu ký "
                 "Chứng khoán và Trung tâm Xúc tiến Đầu tư tỉnh Khánh Hòa.")
    assert {"Hiệp hội Bất động sản tỉnh Khánh Hòa", "Trung tâm Lưu ký Chứng khoán",
            "Trung tâm Xúc tiến Đầu tư tỉnh Khánh Hòa"} \
        <= found.entities["Organization"]
