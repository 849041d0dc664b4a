"""National outlets by example (eleventh round): how state corporations, schools and agencies
name their departments, each with an invented sentence about invented people and places.

The rules were written on the misses of the national halves of the blind batches a-j; the
sentences here are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a department named by two fields joined by a dash ------------------------------------------


def test_a_department_named_by_two_fields_is_under_the_unit_that_follows() -> None:
    found = read("Ông Lê Văn Nam, Trưởng Ban Tài chính - Kế toán Tổng công ty Xi măng Hòa Lạc, phát biểu.")
    department = "Ban Tài chính - Kế toán Tổng công ty Xi măng Hòa Lạc"
    assert ("Lê Văn Nam", "holdsPost", department, "Trưởng ban") in found.relations
    assert (department, "subOrganizationOf", "Tổng công ty Xi măng Hòa Lạc", None) in found.relations


def test_two_fields_joined_by_an_en_dash_keep_the_dash_the_text_wrote() -> None:
    found = read("Bà Trần Thị Hoa, Trưởng ban Kế hoạch – Đầu tư Tổng công ty Xi măng Hòa Lạc, dự họp.")
    assert found.has("Organization", "Ban Kế hoạch – Đầu tư Tổng công ty Xi măng Hòa Lạc")


# --- a department after a title that names no body -----------------------------------------------


def test_a_department_after_a_director_s_title_is_the_body_of_the_post() -> None:
    # "Giám đốc" names no kind of body: the department follows it, then its unit
    found = read("Ông Lê Văn Nam, Giám đốc Ban Vận tải Tổng công ty Đường sắt Hòa Lạc, phát biểu.")
    department = "Ban Vận tải Tổng công ty Đường sắt Hòa Lạc"
    assert ("Lê Văn Nam", "holdsPost", department, "Giám đốc") in found.relations
    assert (department, "subOrganizationOf", "Tổng công ty Đường sắt Hòa Lạc", None) in found.relations


# --- a department whose name runs on into its unit ---------------------------------------------


def test_a_department_named_with_its_academy_is_under_the_academy() -> None:
    found = read("Ông Trần Văn Nam, Trưởng phòng Đào tạo Học viện Hòa Lạc, trao bằng cho học viên.")
    assert found.has("Organization", "Học viện Hòa Lạc")
    assert ("Phòng Đào tạo Học viện Hòa Lạc", "subOrganizationOf", "Học viện Hòa Lạc", None) in found.relations
    assert ("Trần Văn Nam", "holdsPost", "Phòng Đào tạo Học viện Hòa Lạc", "Trưởng phòng") in found.relations


def test_a_department_named_with_a_provincial_agency_is_under_the_agency() -> None:
    found = read("Đại diện Phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh Hòa Lạc đọc quyết định.")
    assert ("Phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh Hòa Lạc", "subOrganizationOf",
            "Viện Kiểm sát nhân dân tỉnh Hòa Lạc", None) in found.relations


def test_a_people_s_committee_department_with_its_place_has_no_unit_inside() -> None:
    found = read("Ông Trần Văn Nam, Trưởng phòng Văn hóa và Thông tin huyện Hòa Lạc, phát biểu.")
    assert not any(r[0].startswith("Phòng Văn hóa") and r[2].startswith("Thông tin") for r in found.relations)


# --- the courts and procuracies since 2025 ------------------------------------------------------


def test_a_regional_court_names_its_province_after_a_dash() -> None:
    found = read("Ông Trần Văn Nam, Chánh án Tòa án nhân dân khu vực 4 - Hòa Bình, phát biểu.")
    assert ("Trần Văn Nam", "holdsPost", "Tòa án nhân dân khu vực 4 - Hòa Bình", "Chánh án") in found.relations


def test_a_regional_body_s_dash_before_small_words_does_not_join_them() -> None:
    found = read("Kho bạc Nhà nước khu vực XV - nơi giao dịch của tỉnh, tổ chức hội nghị.")
    assert found.has("Organization", "Kho bạc Nhà nước khu vực XV")


def test_a_high_court_is_named_by_the_city_it_sits_in() -> None:
    found = read("Bà Lê Thị Hoa, Phó Chánh án Tòa án nhân dân cấp cao tại Hải Phòng, phát biểu.")
    assert ("Lê Thị Hoa", "holdsPost", "Tòa án nhân dân cấp cao tại Hải Phòng", "Phó Chánh án") in found.relations


# --- an agency's numbered team ------------------------------------------------------------------


def test_an_agency_s_team_is_named_by_its_field_and_number() -> None:
    found = read("Ông Trần Văn Nam, Phó Đội trưởng Đội Quản lý thị trường số 2, phát biểu.")
    assert ("Trần Văn Nam", "holdsPost", "Đội Quản lý thị trường số 2", "Phó Đội trưởng") in found.relations


def test_a_team_without_a_number_is_no_body() -> None:
    found = read("Buổi lễ có tiết mục của Đội văn nghệ công nhân Nhà máy Hòa Lạc.")
    assert not any(label.startswith("Đội") for label in found.entities.get("Organization", set()))


# --- the National Assembly's council ------------------------------------------------------------


def test_the_ethnic_council_named_with_the_assembly_is_under_it() -> None:
    found = read("Quốc hội khai mạc kỳ họp. Ông Trần Văn Nam, Chủ tịch Hội đồng Dân tộc của Quốc hội, phát biểu.")
    assert ("Trần Văn Nam", "holdsPost", "Hội đồng Dân tộc của Quốc hội", "Chủ tịch") in found.relations
    assert ("Hội đồng Dân tộc của Quốc hội", "subOrganizationOf", "Quốc hội", None) in found.relations


# --- a body's short form in brackets ------------------------------------------------------------


def test_a_short_form_in_brackets_is_the_same_body_and_its_head_named_bare_heads_it() -> None:
    found = read("Sáng 3/3, Chi cục Quản lý thị trường tỉnh Hòa Lạc (Chi cục QLTT Hòa Lạc) tổ chức hội nghị. "
                 "Chủ trì hội nghị là ông Trần Văn Nam, Chi cục trưởng.")
    body = "Chi cục Quản lý thị trường tỉnh Hòa Lạc"
    assert ("Trần Văn Nam", "holdsPost", body, "Chi cục trưởng") in found.relations
    assert not any(r[1] == "subOrganizationOf" and body in (r[0], r[2]) for r in found.relations)


def test_a_short_form_with_its_head_names_the_body_again_later() -> None:
    found = read("Công đoàn Ngân hàng Hòa Lạc (Công đoàn NHHL) tổ chức hội nghị. Bà Lê Thị Hoa, Phó Chủ tịch "
                 "Công đoàn NHHL, phát biểu.")
    assert ("Lê Thị Hoa", "holdsPost", "Công đoàn Ngân hàng Hòa Lạc", "Phó Chủ tịch") in found.relations


def test_a_body_in_brackets_that_abbreviates_nothing_before_is_another_body() -> None:
    found = read("Ông Trần Văn Nam, Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế), phát biểu.")
    assert found.has("Organization", "Bộ Y tế")


# --- a national body and its office for a numbered region ---------------------------------------


def test_a_national_body_named_whole_is_not_its_regional_office() -> None:
    found = read("Kiểm toán nhà nước khu vực XII tổ chức hội nghị. Phó Tổng Kiểm toán nhà nước Trần Văn Nam dự.")
    assert ("Trần Văn Nam", "holdsPost", "Kiểm toán Nhà nước", "Phó Tổng Kiểm toán") in found.relations
    assert ("Kiểm toán Nhà nước khu vực XII", "subOrganizationOf", "Kiểm toán Nhà nước", None) in found.relations


def test_a_regional_office_named_short_is_still_that_office() -> None:
    found = read("Chi cục Hải quan khu vực IX tổ chức hội nghị. Lãnh đạo Chi cục Hải quan phát biểu.")
    assert found.entities["Organization"] == {"Chi cục Hải quan khu vực IX"}


def test_the_head_of_a_regional_audit_office_and_its_committee_in_one_chain() -> None:
    found = read("Sáng 9/1, Kiểm toán nhà nước khu vực XIV (KTNN khu vực XIV) tổ chức hội nghị. Chủ trì có đồng chí "
                 "Trần Văn Nam - Bí thư Đảng ủy, Kiểm toán trưởng KTNN khu vực XIV. Ban Thường vụ Đảng ủy Kiểm toán "
                 "nhà nước gửi thư khen.")
    office = "Kiểm toán Nhà nước khu vực XIV"
    assert ("Trần Văn Nam", "holdsPost", office, "Kiểm toán trưởng") in found.relations
    assert ("Trần Văn Nam", "holdsPost", f"Đảng ủy {office}", "Bí thư") in found.relations
    assert found.has("Organization", "Ban Thường vụ Đảng ủy Kiểm toán Nhà nước")


def test_a_department_of_two_fields_named_bare_after_a_title_is_the_post_s_body() -> None:
    found = read("Ông Trần Văn Nam, Giám đốc Ban Bảo hiểm Tài sản - Kỹ thuật, phát biểu.")
    assert ("Trần Văn Nam", "holdsPost", "Ban Bảo hiểm Tài sản - Kỹ thuật", "Giám đốc") in found.relations


def test_a_department_of_one_field_named_bare_is_left_unread() -> None:
    # one field alone ("Ban Nữ công") may be any unit's board: no body without its unit
    found = read("Bà Lê Thị Hoa, Trưởng ban Nữ công, phát biểu.")
    assert "Organization" not in found.entities


# --- a corporation's legal form inside its name --------------------------------------------------


def test_a_corporation_s_legal_form_written_out_does_not_end_its_name() -> None:
    found = read("Ông Trần Văn Nam, Tổng Giám đốc Tổng Công ty Cổ phần Bảo hiểm Hòa Lạc, phát biểu.")
    assert ("Trần Văn Nam", "holdsPost", "Tổng công ty Cổ phần Bảo hiểm Hòa Lạc", "Tổng Giám đốc") in found.relations


def test_the_central_inspection_commission_s_apparatus_is_a_body_of_its_own() -> None:
    found = read("Ông Trần Văn Nam, Vụ trưởng Vụ Địa bàn 9, Cơ quan Ủy ban Kiểm tra Trung ương, phát biểu.")
    assert found.has("Organization", "Cơ quan Ủy ban Kiểm tra Trung ương")
    assert not found.has("Organization", "Ủy ban Kiểm tra Trung ương")


# --- the publishers -----------------------------------------------------------------------------


def test_a_publisher_is_a_body_and_its_party_organisation_is_named_after_it() -> None:
    found = read("Sáng 22/7, Đảng bộ Nhà xuất bản Giáo dục Hòa Lạc khai mạc đại hội. Ông Trần Văn Nam, Giám đốc "
                 "Nhà xuất bản Giáo dục Hòa Lạc, phát biểu.")
    assert found.has("Organization", "Đảng bộ Nhà xuất bản Giáo dục Hòa Lạc")
    assert ("Trần Văn Nam", "holdsPost", "Nhà xuất bản Giáo dục Hòa Lạc", "Giám đốc") in found.relations


# --- a workshop named by its field and code ------------------------------------------------------


def test_an_army_workshop_is_named_by_its_field_and_code() -> None:
    found = read("Xưởng Quân giới X.45 thuộc Cục Quân giới đạt giải.")
    assert ("Xưởng Quân giới X.45", "subOrganizationOf", "Cục Quân giới", None) in found.relations


def test_a_workshop_in_small_letters_is_no_body() -> None:
    found = read("Xưởng sản xuất của công ty mở rộng.")
    assert "Organization" not in found.entities


# --- the armed forces' sector unions ------------------------------------------------------------


def test_the_defence_sector_union_is_named_without_the_country() -> None:
    found = read("Ông Trần Văn Nam, Chủ tịch Công đoàn Quốc phòng, phát biểu.")
    assert ("Trần Văn Nam", "holdsPost", "Công đoàn Quốc phòng", "Chủ tịch") in found.relations


# --- the national unions' bodies named short ---------------------------------------------------


def test_the_labour_federation_named_short_is_the_federation() -> None:
    found = read("Thừa ủy quyền của Đoàn Chủ tịch Tổng Liên đoàn, bà Trần Thị Vân trao Cờ thi đua.")
    assert ("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "subOrganizationOf",
            "Tổng Liên đoàn Lao động Việt Nam", None) in found.relations


def test_a_national_union_s_board_named_by_its_field_is_under_the_union() -> None:
    found = read("Cùng dự có đại diện Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam.")
    assert ("Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam", "subOrganizationOf",
            "Tổng Liên đoàn Lao động Việt Nam", None) in found.relations


def test_a_board_of_a_place_s_branch_of_a_national_body_is_not_the_national_body_s() -> None:
    found = read("Đoàn xã ký kết với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hòa Lạc về an sinh xã hội.")
    assert not found.has("Organization", "Ban Trị sự Giáo hội Phật giáo Việt Nam")
