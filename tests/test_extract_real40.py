"""Patterns of the round-40 real articles (vietnews, 2014-2019 national papers) and of the crawl they were
checked on, written with invented people: a post, a comma and its holder's word of address; a place's
name that a hyphen does not carry into the next sentence; "CA" as the police in capitals only; words
of a body's name whose second syllable opens a verb elsewhere ("Xúc tiến", "Bất động sản")."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_ca_in_capitals_is_the_police() -> None:
    found = read("Phòng Cảnh sát hình sự CA TP Hồ Chí Minh phối hợp với CA tỉnh Bình Định bắt đối tượng.")
    assert {"Phòng Cảnh sát hình sự Công an thành phố Hồ Chí Minh", "Công an tỉnh Bình Định"} \
        <= found.entities["Organization"]


def test_ca_in_a_name_is_a_syllable() -> None:
    found = read("Ông Phạm Văn Ca, Phó Chủ tịch UBND tỉnh Thái Bình phát biểu.")
    assert ("Phạm Văn Ca", "holdsPost", "Ủy ban nhân dân tỉnh Thái Bình", "Phó Chủ tịch") in found.relations
