"""Organisations by example, fifth round: national bodies, state corporations and their
units, councils and schools, each with an invented sentence about invented people and places.

The rules were written on the misses of the blind batch g (and a-f); the sentences here are
written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- where a name ends ----------------------------------------------------------------------


def test_a_corporation_named_after_a_province_keeps_its_name_as_written() -> None:
    found = read("Về phía Tổng công ty Lắp máy Hòa Bình có ông Lưu Văn Quý, Phó Tổng giám đốc Tổng công ty.")
    assert found.has("Organization", "Tổng công ty Lắp máy Hòa Bình")
    assert ("Lưu Văn Quý", "holdsPost", "Tổng công ty Lắp máy Hòa Bình", "Phó Tổng Giám đốc") in found.relations


# --- a unit's board left unfinished in a chain of posts ------------------------------------


def test_a_board_before_kiem_is_the_board_of_the_company_named_next() -> None:
    found = read("Dự có ông Lý Minh Hoàng, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Cổ phần Xây dựng 52.")
    board = "Hội đồng quản trị Công ty cổ phần Xây dựng 52"
    assert ("Lý Minh Hoàng", "holdsPost", board, "Chủ tịch") in found.relations
    assert ("Lý Minh Hoàng", "holdsPost", "Công ty cổ phần Xây dựng 52", "Tổng Giám đốc") in found.relations
    assert (board, "subOrganizationOf", "Công ty cổ phần Xây dựng 52", None) in found.relations


def test_a_council_left_unfinished_is_the_council_of_the_corporation_named_back() -> None:
    found = read("Về phía Tổng công ty Lắp máy Hòa Bình có đồng chí Lưu Văn Quý - Thành viên HĐTV, "
                 "Phó Tổng giám đốc Tổng công ty.")
    council = "Hội đồng thành viên Tổng công ty Lắp máy Hòa Bình"
    assert ("Lưu Văn Quý", "holdsPost", council, "Thành viên") in found.relations
    assert (council, "subOrganizationOf", "Tổng công ty Lắp máy Hòa Bình", None) in found.relations


# --- what the sentence says of where a body sits ------------------------------------------


def test_a_unit_said_to_be_of_a_body_is_under_it() -> None:
    found = read("Khoa Công nghệ Thông tin thuộc Trường Đại học Kỹ thuật Hòa Bình tổ chức lễ khai giảng.")
    assert ("Khoa Công nghệ Thông tin", "subOrganizationOf", "Trường Đại học Kỹ thuật Hòa Bình", None) \
        in found.relations


def test_a_department_then_its_ministry_after_a_dash_is_under_it() -> None:
    found = read("Dự hội nghị có đại biểu Cục Cảnh sát Kinh tế – Bộ Công an.")
    assert ("Cục Cảnh sát Kinh tế", "subOrganizationOf", "Bộ Công an", None) in found.relations


def test_a_name_goes_on_past_its_short_form_in_brackets() -> None:
    found = read("Chiều 9/1, tại Trường Đại học Y khoa (ĐHYK) Hòa Lạc, ông Lò Văn Sơn, Hiệu trưởng Trường Đại học "
                 "Y khoa Hòa Lạc, chủ trì hội nghị.")
    assert found.has("Organization", "Trường Đại học Y khoa Hòa Lạc")
    assert not found.has("Organization", "Trường Đại học Y khoa")


def test_a_company_numbered_with_a_dash_keeps_its_whole_number() -> None:
    found = read("Công đoàn Công ty Cổ phần Sông Hòa 69-1 được nhận Cờ thi đua.")
    assert found.has("Organization", "Công đoàn Công ty cổ phần Sông Hòa 69-1")


def test_a_logistics_company_s_name_goes_on_past_kho_van() -> None:
    found = read("Công ty Kho vận Hòa Lạc thực hiện tốt nhiệm vụ.")
    assert found.has("Organization", "Công ty Kho vận Hòa Lạc")


# --- bodies among the staff of a body ("cơ quan") -------------------------------------------


def test_a_union_of_a_body_s_staff_is_named_with_it_and_part_of_it() -> None:
    found = read("Bà Hà Thị Khuyên, Chủ tịch Công đoàn cơ quan Ủy ban Dân tộc, phát biểu. Đảng ủy cơ quan "
                 "Bộ Tư pháp tổ chức hội nghị.")
    assert ("Hà Thị Khuyên", "holdsPost", "Công đoàn cơ quan Ủy ban Dân tộc", "Chủ tịch") in found.relations
    assert ("Công đoàn cơ quan Ủy ban Dân tộc", "subOrganizationOf", "Ủy ban Dân tộc", None) in found.relations
    assert found.has("Organization", "Đảng ủy cơ quan Bộ Tư pháp")
    assert ("Đảng ủy cơ quan Bộ Tư pháp", "subOrganizationOf", "Bộ Tư pháp", None) not in found.relations


# --- a body named by the short form it was given in brackets ---------------------------------


def test_a_corporation_named_by_its_short_form_after_a_title_or_a_council() -> None:
    found = read("Sáng 5/12, Tổng công ty Truyền tải điện Hòa Bình (HBNPT) tổ chức hội nghị. Ông Giáp Văn Trung, "
                 "Chủ tịch HĐTV HBNPT, phát biểu. Ông Lê Văn Nam, Phó Tổng Giám đốc HBNPT, báo cáo.")
    corporation = "Tổng công ty Truyền tải điện Hòa Bình"
    assert ("Giáp Văn Trung", "holdsPost", f"Hội đồng thành viên {corporation}", "Chủ tịch") in found.relations
    assert ("Lê Văn Nam", "holdsPost", corporation, "Phó Tổng Giám đốc") in found.relations
    assert not found.has("Organization", "HBNPT")


def test_the_short_form_after_a_council_s_name_is_the_corporation_s() -> None:
    found = read("Ông Lê Khắc Tuần, Chủ tịch HĐQT Tổng công ty Điện lực Dầu khí Hòa Bình - CTCP (HB Power) gửi thư "
                 "chúc mừng. Bà Đồng Thị Mai, Phó Tổng Giám đốc HB Power, trao Bằng khen.")
    corporation = "Tổng công ty Điện lực Dầu khí Hòa Bình"
    assert ("Đồng Thị Mai", "holdsPost", corporation, "Phó Tổng Giám đốc") in found.relations
    assert ("Lê Khắc Tuần", "holdsPost", f"Hội đồng quản trị {corporation}", "Chủ tịch") in found.relations


def test_a_joint_stock_mark_goes_with_a_corporation_s_name_but_not_its_label() -> None:
    found = read("Tổng công ty Xây dựng Hòa Lạc – CTCP (HLCORP) phát động thi đua. Ông Lục Văn Chiêm, Bí thư Đảng ủy, "
                 "Chủ tịch HĐQT Tổng công ty phát biểu.")
    assert "Tổng công ty Xây dựng Hòa Lạc – CTCP" in found.aliases["Tổng công ty Xây dựng Hòa Lạc"]
    assert ("Lục Văn Chiêm", "holdsPost", "Hội đồng quản trị Tổng công ty Xây dựng Hòa Lạc", "Chủ tịch") \
        in found.relations


def test_a_body_of_every_province_and_city_is_no_one_body() -> None:
    found = read("Ngày 9/3, tại tỉnh Hòa Bình, Hội Nhà báo tỉnh, thành phố đã tổ chức đại hội thì không tổ chức lại. "
                 "Theo kế hoạch của Ban Thường vụ Hội Nông dân tỉnh, huyện Lạc Sơn đại hội trước.")
    orgs = found.entities.get("Organization", set())
    assert "Hội Nhà báo tỉnh Hòa Bình" not in orgs
    assert "Ban Thường vụ Hội Nông dân tỉnh Hòa Bình" in orgs


def test_a_union_of_branches_is_a_body_of_its_own() -> None:
    found = read("Liên Chi hội Nhà báo Đài Phát thanh Hòa Lạc tổ chức đại hội sau.")
    assert found.has("Organization", "Liên Chi hội Nhà báo Đài Phát thanh Hòa Lạc")
    assert not found.has("Organization", "Chi hội Nhà báo Đài Phát thanh Hòa Lạc")


# --- places ------------------------------------------------------------------------------------


def test_a_place_in_brackets_inside_a_meeting_s_description_is_named_as_a_place() -> None:
    found = read("Hội Nông dân tỉnh tổ chức hội nghị rút kinh nghiệm sau đại hội điểm Hội Nông dân xã Tân Lập "
                 "(huyện Lạc Sơn) và triển khai kế hoạch.")
    assert found.has("Place", "Huyện Lạc Sơn")


def test_the_provinces_of_a_region_are_no_place() -> None:
    found = read("Ủy ban MTTQ Việt Nam các cấp ở các tỉnh Nam Bộ đã chủ động phối hợp. Tại tỉnh Tây Ninh, hội nghị "
                 "được tổ chức.")
    places = found.entities.get("Place", set())
    assert "Tỉnh Nam Bộ" not in places
    assert "Tỉnh Tây Ninh" in places


# --- a body named back by its head alone ------------------------------------------------------


def test_a_bare_party_committee_is_not_the_central_one_named_in_a_member_s_title() -> None:
    found = read("Về phía Tổng công ty Hàng hải Hòa Bình có đồng chí Ninh Quốc Bảo – Ủy viên BCH Đảng bộ Chính phủ, "
                 "Bí thư Đảng ủy, Chủ tịch Hội đồng quản trị Tổng công ty; đồng chí Giáp Văn Khởi – Phó Bí thư "
                 "Đảng ủy, Tổng Giám đốc.")
    committee = "Đảng ủy Tổng công ty Hàng hải Hòa Bình"
    assert ("Ninh Quốc Bảo", "holdsPost", committee, "Bí thư") in found.relations
    assert ("Giáp Văn Khởi", "holdsPost", committee, "Phó Bí thư") in found.relations
    assert ("Giáp Văn Khởi", "holdsPost", "Đảng ủy Chính phủ", "Phó Bí thư") not in found.relations


def test_a_body_of_any_kind_then_a_bare_level_is_the_article_s_place_s() -> None:
    found = read("Dự có đồng chí Lê Văn Sỹ, Bí thư Huyện ủy Lạc Sơn; đồng chí Lò Thanh Bình, Phó Bí thư Huyện ủy, "
                 "Chủ tịch UBND huyện, Chủ tịch Hội đồng Giáo dục quốc phòng huyện.")
    assert ("Lò Thanh Bình", "holdsPost", "Hội đồng Giáo dục quốc phòng huyện Lạc Sơn", "Chủ tịch") in found.relations


def test_the_fields_a_body_serves_listed_in_its_name() -> None:
    found = read("Ông Đặng Trí Dũng, Chi cục trưởng Chi cục Trồng trọt, Thú y và Thủy sản tỉnh Hòa Bình báo cáo. "
                 "Sở Y tế, Sở Tài chính và Sở Nội vụ phối hợp.")
    body = "Chi cục Trồng trọt, Thú y và Thủy sản tỉnh Hòa Bình"
    assert ("Đặng Trí Dũng", "holdsPost", body, "Chi cục trưởng") in found.relations
    assert {"Sở Y tế tỉnh Hòa Bình", "Sở Tài chính tỉnh Hòa Bình", "Sở Nội vụ tỉnh Hòa Bình"} \
        <= found.entities["Organization"]


def test_the_assembly_s_board_named_with_the_assembly() -> None:
    found = read("Bà Hà Thị Quyên, đại biểu Quốc hội, cho biết Đoàn sẽ tổng hợp ý kiến gửi tới Ban Dân nguyện của "
                 "Quốc hội.")
    assert found.has("Organization", "Ban Dân nguyện của Quốc hội")
    assert ("Ban Dân nguyện của Quốc hội", "subOrganizationOf", "Quốc hội", None) in found.relations


# --- a unit's department no head names ---------------------------------------------------------


def test_a_corporation_s_department_after_its_head_s_title() -> None:
    found = read("Ông Nhữ Đình Luân, Trưởng Ban Kinh doanh Tổng công ty Điện lực Hòa Bình phát biểu.")
    department = "Ban Kinh doanh Tổng công ty Điện lực Hòa Bình"
    assert ("Nhữ Đình Luân", "holdsPost", department, "Trưởng ban") in found.relations
    assert (department, "subOrganizationOf", "Tổng công ty Điện lực Hòa Bình", None) in found.relations


def test_a_school_s_council_by_its_head_alone_is_the_council_of_the_school_named_last() -> None:
    found = read("Học viện Nông nghiệp Hòa Bình tổ chức lễ. Dự lễ có ông Khổng Minh Châu, Bí thư Đảng ủy, "
                 "Chủ tịch Hội đồng trường.")
    council = "Hội đồng trường Học viện Nông nghiệp Hòa Bình"
    assert ("Khổng Minh Châu", "holdsPost", council, "Chủ tịch") in found.relations
    assert (council, "subOrganizationOf", "Học viện Nông nghiệp Hòa Bình", None) in found.relations


def test_an_executive_s_bare_title_heads_the_one_corporation_or_academy_named() -> None:
    found = read("Về phía Tổng công ty Hàng hải Hòa Bình có đồng chí Giáp Văn Khởi – Phó Bí thư Đảng ủy, "
                 "Tổng Giám đốc; đồng chí Ông Thị Lài – Phó Bí thư Thường trực Đảng ủy.")
    assert ("Giáp Văn Khởi", "holdsPost", "Tổng công ty Hàng hải Hòa Bình", "Tổng Giám đốc") in found.relations


def test_an_academy_s_council_by_its_head_alone() -> None:
    found = read("Học viện Nông nghiệp Hòa Bình tổ chức lễ. Dự lễ có ông Khổng Minh Châu, Bí thư Đảng ủy, "
                 "Chủ tịch Hội đồng Học viện.")
    council = "Hội đồng Học viện Nông nghiệp Hòa Bình"
    assert ("Khổng Minh Châu", "holdsPost", council, "Chủ tịch") in found.relations
    assert ("Khổng Minh Châu", "holdsPost", "Đảng ủy Học viện Nông nghiệp Hòa Bình", "Bí thư") in found.relations


def test_a_front_s_department_named_by_two_fields() -> None:
    found = read("Đoàn công tác do bà Thạch Thị Sô, Ủy viên Đoàn Chủ tịch, Trưởng Ban Dân tộc và Tôn giáo Ủy ban "
                 "Trung ương MTTQ Việt Nam làm trưởng đoàn đã làm việc tại tỉnh.")
    front = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert ("Thạch Thị Sô", "holdsPost", f"Ban Dân tộc và Tôn giáo {front}", "Trưởng ban") in found.relations
    assert ("Thạch Thị Sô", "holdsPost", f"Đoàn Chủ tịch {front}", "Ủy viên") in found.relations


def test_a_site_s_name_run_into_its_logo_s_address_is_page_chrome() -> None:
    found = read("Hội Nông dân tỉnh Hòa Bìnhhttps://hoinongdan.hoabinh.vn/uploads/logo.png\n"
                 "Ông Lò Văn Sơn, Chủ tịch Hội Nông dân huyện Lạc Sơn, phát biểu.")
    assert not any("https" in label for label in found.entities.get("Organization", set()))
    assert found.has("Organization", "Hội Nông dân huyện Lạc Sơn")


def test_the_association_named_back_by_its_level_is_no_place() -> None:
    found = read("Hội Nông dân tỉnh Hòa Bình tổ chức Hội nghị Ban Chấp hành tỉnh Hội lần thứ 12. Các ủy viên Ban "
                 "Thường vụ tỉnh Hội dự.")
    association = "Hội Nông dân tỉnh Hòa Bình"
    assert (f"Ban Chấp hành {association}", "subOrganizationOf", association, None) in found.relations
    assert (f"Ban Thường vụ {association}", "subOrganizationOf", association, None) in found.relations
    assert not any(label.endswith(" Hội") for label in found.entities["Organization"])
    assert "Tỉnh Hội" not in found.entities.get("Place", set())


def test_where_a_document_was_signed_is_no_place_the_text_names() -> None:
    found = read("Số: 27/2026/QĐ-UBND\nHòa Bình, ngày 14 tháng 4 năm 2026\nQuyết định về việc khen thưởng.")
    assert "Tỉnh Hòa Bình" not in found.entities.get("Place", set())
    found = read("Hòa Bình, ngày 14 tháng 4 năm 2026\nĐoàn công tác làm việc tại tỉnh Hòa Bình.")
    assert "Tỉnh Hòa Bình" in found.entities.get("Place", set())


def test_an_academy_s_council_named_in_full() -> None:
    found = read("Ông Khổng Minh Châu, Chủ tịch Hội đồng Học viện Nông nghiệp Hòa Bình, phát biểu.")
    council = "Hội đồng Học viện Nông nghiệp Hòa Bình"
    assert ("Khổng Minh Châu", "holdsPost", council, "Chủ tịch") in found.relations
    assert (council, "subOrganizationOf", "Học viện Nông nghiệp Hòa Bình", None) in found.relations
