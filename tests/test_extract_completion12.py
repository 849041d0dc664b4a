"""Short names completed from the article, by example (twelfth round): a place named after a man
("huyện Trần Văn Thời", "phường Phan Đình Phùng") after a post whose holder the text has named
before its title is the place, so the short forms after it ("HUV", "Huyện ủy") are completed with
it.  Invented people and places; the sentences are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_district_named_after_a_man_after_its_holder_s_title_is_the_district() -> None:
    found = read("Chiều 5/3, đồng chí Lê Văn Bình, Tỉnh ủy viên, Bí thư Huyện ủy Trần Văn Thời dự "
                 "sinh hoạt chi bộ. Cùng dự có ông Hà Văn Lộc, HUV, Bí thư Đảng ủy xã Tân Mỹ.")
    assert found.has("Organization", "Huyện ủy Trần Văn Thời")
    assert ("Lê Văn Bình", "holdsPost", "Huyện ủy Trần Văn Thời", "Bí thư") in found.relations
    # the member's short form is completed with the district named before it
    assert ("Hà Văn Lộc", "holdsPost", "Huyện ủy Trần Văn Thời", "Ủy viên") in found.relations
    assert not found.has("Person", "Trần Văn Thời")


def test_a_ward_named_after_a_man_after_its_holder_s_title_is_the_ward() -> None:
    found = read("Đồng chí Lê Văn Bình, Bí thư Đảng ủy phường Phan Đình Phùng phát biểu.")
    assert ("Lê Văn Bình", "holdsPost", "Đảng ủy phường Phan Đình Phùng", "Bí thư") in found.relations


def test_a_name_after_a_title_whose_holder_is_not_named_before_it_is_the_holder() -> None:
    found = read("Tham dự có Phó Bí thư Tỉnh ủy Lê Văn Bình, Chủ tịch UBND tỉnh Nguyễn Văn Nam.")
    assert ("Nguyễn Văn Nam", "holdsPost", "Ủy ban nhân dân tỉnh", "Chủ tịch") in found.relations


def test_a_clause_between_the_holder_and_the_title_ends_the_chain() -> None:
    found = read("Đồng chí Lê Văn Bình, Bí thư Tỉnh ủy trao Bằng khen cho Chủ tịch UBND xã Nguyễn Văn Nam.")
    assert ("Nguyễn Văn Nam", "holdsPost", "Ủy ban nhân dân xã", "Chủ tịch") in found.relations


def test_a_city_named_by_its_province_s_name_names_the_province_where_it_is_nearer() -> None:
    # a page of several items: the member's "TUV" is of the province the city nearest it lies in (a
    # known province's name: the city of Bắc Ninh lies in Bắc Ninh province)
    found = read("Đại hội Đảng bộ Quân sự tỉnh Lạng Sơn lần thứ XV có 148 đại biểu dự. "
                 "Sáng 28/11, Đảng ủy Quân sự thành phố Bắc Ninh tổ chức hội nghị. Đồng chí Lê Văn Bình - TUV, "
                 "Bí thư Thành ủy phát biểu.")
    assert ("Lê Văn Bình", "holdsPost", "Tỉnh ủy Bắc Ninh", "Ủy viên") in found.relations
    assert ("Lê Văn Bình", "holdsPost", "Tỉnh ủy Lạng Sơn", "Ủy viên") not in found.relations


# --- a body's bare kind, its name in sentence case, completed by the level it serves --------------


def test_a_bare_kind_named_in_sentence_case_up_to_a_bare_level_is_the_article_s() -> None:
    found = read("Sáng 3/4, UBND tỉnh Sơn Mới họp. Ông Lê Văn Bình, Chủ tịch Hội Doanh nhân trẻ tỉnh phát "
                 "biểu. Ông Hà Văn Lộc, Trưởng Ban An toàn giao thông tỉnh dự.")
    assert ("Lê Văn Bình", "holdsPost", "Hội Doanh nhân trẻ tỉnh Sơn Mới", "Chủ tịch") in found.relations
    assert ("Hà Văn Lộc", "holdsPost", "Ban An toàn giao thông tỉnh Sơn Mới", "Trưởng ban") in found.relations


def test_a_bare_kind_named_with_its_place() -> None:
    found = read("Đội Quản lý trật tự đô thị quận Hòa Mỹ ra quân.")
    assert found.has("Organization", "Đội Quản lý trật tự đô thị quận Hòa Mỹ")


def test_a_kind_s_compound_word_or_a_list_is_no_body() -> None:
    found = read("Hội thảo khoa học cấp tỉnh Sơn Mới diễn ra tại hội trường. Hội nghị Ban Chấp hành Đảng bộ "
                 "xã Tân Mỹ diễn ra sáng nay.")
    assert not any(label.startswith(("Hội thảo", "Hội nghị")) for label in found.entities.get("Organization", set()))


# --- the province of the districts the article names ------------------------------------------------


def test_a_province_named_only_through_its_district_completes_the_short_form() -> None:
    # (a real district, which one province alone has: the table is the country's divisions)
    found = read("Sáng nay, HĐND huyện Trấn Yên khai mạc kỳ họp. Dự có đồng chí Lê Thị Hoa - Tỉnh ủy viên, "
                 "Bí thư Huyện ủy Trấn Yên.")
    assert ("Lê Thị Hoa", "holdsPost", "Tỉnh ủy Yên Bái", "Ủy viên") in found.relations
    assert ("Huyện ủy Trấn Yên", "subOrganizationOf", "Tỉnh ủy Yên Bái", None) in found.relations


def test_districts_of_two_provinces_or_a_name_several_share_tell_no_province() -> None:
    two = read("Đoàn công tác làm việc tại huyện Trấn Yên và huyện Đông Giang. Dự có đồng chí Lê Thị Hoa, "
               "Tỉnh ủy viên.")
    assert ("Lê Thị Hoa", "holdsPost", "Tỉnh ủy", "Ủy viên") in two.relations
    shared = read("Đoàn công tác làm việc tại huyện Châu Thành. Dự có đồng chí Lê Thị Hoa, Tỉnh ủy viên.")
    assert ("Lê Thị Hoa", "holdsPost", "Tỉnh ủy", "Ủy viên") in shared.relations


def test_a_central_city_s_district_completes_its_city_committee_not_a_province_s() -> None:
    found = read("Sáng 3/4, Quận ủy Hoàn Kiếm tổ chức hội nghị. Dự có đồng chí Lê Thị Hoa, Thành ủy viên, "
                 "Bí thư Quận ủy.")
    assert ("Lê Thị Hoa", "holdsPost", "Thành ủy Hà Nội", "Ủy viên") in found.relations
    province = read("Sáng 3/4, Quận ủy Hoàn Kiếm tổ chức hội nghị. Dự có đồng chí Lê Thị Hoa, Tỉnh ủy viên.")
    assert ("Lê Thị Hoa", "holdsPost", "Tỉnh ủy Hà Nội", "Ủy viên") not in province.relations


# --- one office of two bodies of a level -------------------------------------------------------------


def test_an_office_of_two_bodies_named_once_with_their_level_is_one_body_completed() -> None:
    found = read("Sáng 3/4, UBND xã Tân Mỹ họp. Bà Lò Thị Hoa, Chánh Văn phòng HĐND và UBND xã phát biểu.")
    office = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Mỹ"
    assert ("Lò Thị Hoa", "holdsPost", office, "Chánh Văn phòng") in found.relations
    named = read("Ông Lê Văn Bình, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Sơn Mới dự.")
    assert named.has("Organization", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Sơn Mới")
