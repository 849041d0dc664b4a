"""Organisations by example, fourth round: where a body's name ends and the heads the
genre uses, each with an invented sentence about invented people and places.

The knowledge these rules read is derived from the gold labels of tests/real, data and
the blind batches a-c (bench/derive_*.py); the sentences here are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a proper name that goes on in small letters ------------------------------------------


def test_a_state_body_s_name_goes_on_through_the_small_words_names_use() -> None:
    found = read("Ông Lò Văn Sơn, Vụ trưởng Vụ Hợp tác quốc tế, được bổ nhiệm làm Thứ trưởng. "
                 "Bà Vi Thị Hằng, Phó Tổng cục trưởng Tổng cục Thi hành án dân sự, dự hội nghị.")
    orgs = found.entities.get("Organization", set())
    assert {"Vụ Hợp tác quốc tế", "Tổng cục Thi hành án dân sự"} <= orgs
    assert ("Lò Văn Sơn", "holdsPost", "Vụ Hợp tác quốc tế", "Vụ trưởng") in found.relations


def test_what_an_officer_does_after_the_body_is_not_its_name() -> None:
    found = read("Bà Vi Thị Hằng, Phó Giám đốc Sở Y tế phụ trách công tác khám chữa bệnh, phát biểu.")
    orgs = found.entities.get("Organization", set())
    assert not any("phụ trách" in label for label in orgs)


def test_a_body_for_social_issues_keeps_its_whole_name() -> None:
    found = read("Bà Vi Thị Hằng, Phó Vụ trưởng Vụ Các vấn đề xã hội, trình bày báo cáo.")
    assert found.has("Organization", "Vụ Các vấn đề xã hội")
