"""Organisations, posts and hierarchy by example: the genre rules read from the blind
batches (tests/realistic-blind), each with an invented sentence.

The sentences are written for the tests, in the genre's manner, about places and
people that the bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- where a body's name ends -----------------------------------------------------------


def test_a_verb_after_a_body_name_ends_it() -> None:
    found = read("Chi bộ Kế toán gồm 9 đảng viên. Bệnh viện Đa khoa Hòa Lạc trực thuộc Sở Y tế. "
                 "Đảng bộ Công ty Thạch Bàn vừa tổ chức hội nghị. Công ty Minh Khai nộp hồ sơ dự thầu.")
    orgs = found.entities.get("Organization", set())
    assert {"Chi bộ Kế toán", "Bệnh viện Đa khoa Hòa Lạc", "Đảng bộ Công ty Thạch Bàn", "Công ty Minh Khai"} <= orgs
    assert not any(word in label for label in orgs for word in (" gồm", " trực", " vừa", " nộp"))


def test_a_congress_number_is_not_part_of_the_party_organisation() -> None:
    found = read("Đại hội đại biểu Đảng bộ Tổng công ty Bưu chính Hòa An lần thứ IV khai mạc sáng 12/3.")
    orgs = found.entities.get("Organization", set())
    assert "Đảng bộ Tổng công ty Bưu chính Hòa An" in orgs
    assert not any("lần" in label for label in orgs)
