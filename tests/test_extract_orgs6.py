"""Organisations by example, sixth round: bodies kg did not build and how bodies nest, each
with an invented sentence about invented people and places.

The rules were written on the misses of the blind batches f and g (and a-e); the sentences
here are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- heads of bodies -------------------------------------------------------------------------


def test_an_army_school_and_its_party_committee_are_named_by_what_follows_their_kind() -> None:
    found = read("Sáng 19-4, Trường Sĩ quan Kỹ thuật Hòa Lạc khai mạc ngày hội đọc sách. Đại tá Lê Văn Tám, "
                 "Phó Bí thư Đảng ủy Trường Sĩ quan Kỹ thuật Hòa Lạc, phát biểu.")
    assert found.has("Organization", "Trường Sĩ quan Kỹ thuật Hòa Lạc")
    assert ("Lê Văn Tám", "holdsPost", "Đảng ủy Trường Sĩ quan Kỹ thuật Hòa Lạc", "Phó Bí thư") in found.relations


def test_vocational_and_boarding_schools_are_named_whole() -> None:
    found = read("Trường Trung cấp Nghề Hòa Lạc và Trường Phổ thông Dân tộc nội trú Mường Tè được khen.")
    assert found.has("Organization", "Trường Trung cấp Nghề Hòa Lạc")
    assert found.has("Organization", "Trường Phổ thông Dân tộc nội trú Mường Tè")


# --- how bodies nest -------------------------------------------------------------------------


def test_a_council_s_deputies_group_by_number_is_a_body_of_the_one_council_named() -> None:
    found = read("HĐND xã Hòa Lạc tổ chức tiếp xúc cử tri tại 3 điểm. Tổ đại biểu số 1 gặp cử tri thôn Đông; "
                 "Tổ đại biểu số 3 gặp cử tri thôn Tây.")
    for group in ("Tổ đại biểu số 1", "Tổ đại biểu số 3"):
        assert found.has("Organization", group)
        assert (group, "subOrganizationOf", "Hội đồng nhân dân xã Hòa Lạc", None) in found.relations


def test_a_faculty_placed_nowhere_is_a_department_of_the_one_academy_named() -> None:
    found = read("Học viện Lâm học Hòa Lạc tổ chức Tết trồng cây. Nhân dịp này, Học viện trao Giấy khen cho "
                 "Khoa Nông học và Khoa Môi trường.")
    for faculty in ("Khoa Nông học", "Khoa Môi trường"):
        assert (faculty, "subOrganizationOf", "Học viện Lâm học Hòa Lạc", None) in found.relations


def test_a_faculty_is_not_placed_where_the_article_names_two_schools_apart() -> None:
    found = read("Trường Đại học Mỏ Hòa Lạc và Trường Đại học Luật Mường Tè ký kết hợp tác. Khoa Địa chất "
                 "được giao chủ trì.")
    assert not [r for r in found.relations if r[0] == "Khoa Địa chất" and r[1] == "subOrganizationOf"]


def test_a_faculty_of_a_university_hospital_is_the_hospital_s() -> None:
    found = read("Bệnh viện Trường Đại học Y khoa Hòa Lạc tổ chức hội nghị. Bà Lê Thị Hiền, Giám đốc Bệnh viện "
                 "Trường, phát biểu. Khoa Nội tim mạch được tặng Bằng khen.")
    hospital = found.named("Organization", "Bệnh viện Trường Đại học Y khoa Hòa Lạc")
    assert hospital is not None
    assert ("Khoa Nội tim mạch", "subOrganizationOf", hospital, None) in found.relations


# --- a body named back after a title ----------------------------------------------------------


def test_an_association_is_named_back_by_its_head_after_a_title() -> None:
    found = read("Đại hội Hội Làm vườn Việt Nam diễn ra ngày 5/3. Ông Trịnh Văn Bảo được bầu làm Chủ tịch Hội. "
                 "Bà Lò Thị Mai – Phó Chủ tịch, Tổng Thư ký Hội trình bày báo cáo.")
    assert ("Trịnh Văn Bảo", "holdsPost", "Hội Làm vườn Việt Nam", "Chủ tịch") in found.relations
    assert ("Lò Thị Mai", "holdsPost", "Hội Làm vườn Việt Nam", "Tổng Thư ký") in found.relations


def test_a_council_after_a_title_is_not_an_association_named_back() -> None:
    found = read("Hội Nông dân tỉnh Hòa Bình tổ chức hội nghị. Ông Lê Văn Tám, Phó Chủ tịch Hội, phát biểu. "
                 "Ông Lò Văn Sơn, Chủ tịch Hội đồng nhân dân tỉnh, dự.")
    assert ("Lê Văn Tám", "holdsPost", "Hội Nông dân tỉnh Hòa Bình", "Phó Chủ tịch") in found.relations
    assert ("Lò Văn Sơn", "holdsPost", "Hội đồng nhân dân tỉnh Hòa Bình", "Chủ tịch") in found.relations


def test_a_province_s_statistics_office_is_a_body_of_its_level_and_place() -> None:
    found = read("Ông Lê Văn Tám, Trưởng Thống kê tỉnh Hòa Bình, được điều động làm Trưởng Thống kê tỉnh Sơn La. "
                 "Theo thống kê, tỉnh Sơn La có 12 xã.")
    assert found.has("Organization", "Thống kê tỉnh Hòa Bình")
    assert found.has("Organization", "Thống kê tỉnh Sơn La")
    assert len(found.entities["Organization"]) == 2


def test_the_youth_union_written_in_full_with_nothing_after_it_is_the_national_one() -> None:
    found = read("Huyện đoàn Mường Tè tổ chức mít tinh kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh "
                 "(26/3/1931 - 26/3/2024).")
    assert found.has("Organization", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    assert found.has("Organization", "Huyện đoàn Mường Tè")


def test_the_youth_union_of_a_place_is_not_the_national_one() -> None:
    found = read("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Hòa Bình phát động phong trào.")
    assert not found.has("Organization", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")


def test_a_campaign_s_board_is_named_with_the_fund_it_campaigns_for_and_its_place() -> None:
    found = read("Ban vận động “Quỹ vì người nghèo” thành phố Hòa Lạc đã bàn với Ban vận động “Quỹ vì người "
                 "nghèo” huyện Mường Tè.")
    assert found.has("Organization", "Ban vận động “Quỹ vì người nghèo” thành phố Hòa Lạc")
    assert found.has("Organization", "Ban vận động “Quỹ vì người nghèo” huyện Mường Tè")
    assert not found.has("Organization", "Quỹ vì người nghèo” huyện Mường Tè")


# --- where a name ends ----------------------------------------------------------------------


def test_a_school_s_name_ends_before_what_it_celebrates_or_does_now() -> None:
    found = read("Trường Đại học Thủy - Địa chất kỷ niệm 60 năm thành lập. Trường Đại học Thủy - Địa chất nay "
                 "đào tạo kỹ sư.")
    assert found.entities["Organization"] == {"Trường Đại học Thủy - Địa chất"}


def test_a_project_board_s_purpose_goes_on_past_du_an_and_may_end_in_a_number() -> None:
    found = read("Huyện Mường Tè tổ chức hội nghị. Dự có đại diện Ban Quản lý dự án đầu tư xây dựng huyện; "
                 "ông Thân Văn Lợi, Giám đốc Ban Quản lý dự án điện 7 (chủ đầu tư).")
    assert found.has("Organization", "Ban Quản lý dự án đầu tư xây dựng huyện Mường Tè")
    assert ("Thân Văn Lợi", "holdsPost", "Ban Quản lý dự án điện 7", "Giám đốc") in found.relations


def test_associations_of_former_volunteers_and_of_monks_are_read_with_their_level() -> None:
    found = read("Hội Cựu TNXP thị trấn Mường Tè đặt mục tiêu kết nạp thêm hội viên. Ủy ban MTTQ Việt Nam tỉnh "
                 "Hòa Bình phối hợp với Hội Đoàn kết Sư sãi yêu nước tỉnh vận động xây nhà.")
    assert found.has("Organization", "Hội Cựu thanh niên xung phong thị trấn Mường Tè")
    assert found.has("Organization", "Hội Đoàn kết Sư sãi yêu nước tỉnh Hòa Bình")
