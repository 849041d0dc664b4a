"""A career told as steps of "ông" or "bà" (the biographies of personnel news), written with invented people:
each step's post is the person's the text named last; a step dated in a past year, or told after the step
before it, was left since, unless the article names the post held."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

_CAREER = ("Ông Trần Văn Minh sinh năm 1968, quê ở tỉnh Hòa Lâm. Ngày 5/2/2004, ông được bổ nhiệm giữ chức "
           "Chánh Văn phòng UBND tỉnh Hòa Lâm. Năm 2010, ông là Phó Bí thư Tỉnh ủy Hòa Lâm. 3 năm sau, ông "
           "được điều động làm Bí thư Tỉnh ủy Tân Phong.")


def test_dated_steps_of_a_career_are_posts_left_since() -> None:
    found = read(_CAREER)
    assert ("Trần Văn Minh", "holdsPost", "Văn phòng Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Chánh Văn phòng") \
        in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Hòa Lâm", "nguyên Phó Bí thư") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Tân Phong", "nguyên Bí thư") in found.relations


def test_a_step_the_article_says_is_held_is_held() -> None:
    found = read("Bí thư Tỉnh ủy Tân Phong Trần Văn Minh dự hội nghị. " + _CAREER)
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Tân Phong", "Bí thư") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Tân Phong", "nguyên Bí thư") not in found.relations


def test_a_step_since_a_date_or_up_to_now_is_held() -> None:
    found = read("Bà Lê Thị Hoa sinh năm 1970. Từ tháng 7/2015, bà là Bí thư Huyện ủy Tân Lập. Bà giữ chức "
                 "Phó Chủ tịch HĐND tỉnh Hòa Lâm từ năm 2016 đến nay.")
    assert ("Lê Thị Hoa", "holdsPost", "Huyện ủy Tân Lập", "Bí thư") in found.relations
    assert ("Lê Thị Hoa", "holdsPost", "Hội đồng nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_step_after_a_closed_period_was_left() -> None:
    found = read("Ông Trần Văn Minh sinh năm 1960. Từ tháng 6/1993 đến tháng 11/1997, ông là Chủ tịch UBND "
                 "huyện Tân Lập.")
    assert ("Trần Văn Minh", "holdsPost", "Ủy ban nhân dân huyện Tân Lập", "nguyên Chủ tịch") in found.relations


def test_a_pronoun_after_two_people_names_no_one() -> None:
    found = read("Ông Trần Văn Minh và ông Lê Văn Khải dự lễ. Năm 2010, ông là Bí thư Huyện ủy Tân Lập.")
    assert not [r for r in found.relations if r[2] == "Huyện ủy Tân Lập"]


def test_a_pronoun_after_a_possessive_is_no_step() -> None:
    found = read("Ông Trần Văn Minh sinh năm 1960. Bố ông từng là Bí thư Đảng ủy xã Tân Lập.")
    assert not [r for r in found.relations if r[0] == "Trần Văn Minh" and "Tân Lập" in r[2]]


def test_before_that_opens_only_its_clause() -> None:
    found = read("Trước đó, ông Trần Văn Minh là Phó Chủ tịch UBND tỉnh Hòa Lâm; từ 7/2015, ông là Bí thư "
                 "Thành ủy Tân Phong.")
    assert ("Trần Văn Minh", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Phó Chủ tịch") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Thành ủy Tân Phong", "Bí thư") in found.relations
