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


# --- the unit a party committee is named after --------------------------------------------


def test_the_unit_a_party_committee_is_named_after_is_named_back_by_its_kind() -> None:
    found = read("Đảng ủy Tổng công ty Lâm Hà tổ chức hội nghị quán triệt nghị quyết. Dự có đồng chí Trịnh Văn Khải, "
                 "Bí thư Đảng ủy, Chủ tịch Tổng công ty; đồng chí Hà Minh Đức, Phó Bí thư Đảng ủy, "
                 "Tổng Giám đốc Tổng công ty.")
    assert found.has("Organization", "Tổng công ty Lâm Hà")
    assert ("Trịnh Văn Khải", "holdsPost", "Tổng công ty Lâm Hà", "Chủ tịch") in found.relations
    assert ("Trịnh Văn Khải", "holdsPost", "Đảng ủy Tổng công ty Lâm Hà", "Bí thư") in found.relations
    assert ("Hà Minh Đức", "holdsPost", "Tổng công ty Lâm Hà", "Tổng Giám đốc") in found.relations


def test_the_school_is_named_back_as_nha_truong_and_its_party_committee_with_it() -> None:
    found = read("Đảng bộ Trường Đại học Công nghệ Đông Á tổ chức Lễ kỷ niệm ngày thành lập Đảng. Dự buổi lễ có "
                 "đồng chí Khúc Văn Thái, Phó Bí thư Đảng ủy Khối các cơ quan Trung ương; đồng chí Lò Thị Hạnh, "
                 "Phó Bí thư Đảng ủy, Hiệu trưởng nhà trường. Đồng chí Vi Văn Lực, Bí thư Đảng ủy nhà trường "
                 "đọc diễn văn.")
    school = "Trường Đại học Công nghệ Đông Á"
    assert found.has("Organization", school)
    assert ("Lò Thị Hạnh", "holdsPost", school, "Hiệu trưởng") in found.relations
    assert ("Lò Thị Hạnh", "holdsPost", f"Đảng ủy {school}", "Phó Bí thư") in found.relations
    assert ("Vi Văn Lực", "holdsPost", f"Đảng ủy {school}", "Bí thư") in found.relations
    # the committee named in full after the first title stays
    assert ("Khúc Văn Thái", "holdsPost", "Đảng ủy Khối các cơ quan Trung ương", "Phó Bí thư") in found.relations


def test_a_national_body_name_runs_in_small_letters_to_the_country() -> None:
    found = read("Thứ trưởng trao quyết định giao ông Lạc Văn Quý phụ trách Cục Hàng không dân dụng Việt Nam. "
                 "Ông Đinh Công Hậu, Chủ tịch Hội đồng thành viên Tổng công ty Phát triển nhà và đô thị Việt Nam "
                 "phát biểu.")
    orgs = found.entities.get("Organization", set())
    assert "Cục Hàng không dân dụng Việt Nam" in orgs
    company = "Tổng công ty Phát triển nhà và đô thị Việt Nam"
    assert company in orgs
    assert ("Đinh Công Hậu", "holdsPost", f"Hội đồng thành viên {company}", "Chủ tịch") in found.relations


def test_small_words_that_say_where_do_not_carry_a_name_to_the_country() -> None:
    found = read("Cục Xúc tiến thương mại đưa hàng sang Việt Nam trưng bày tại hội chợ.")
    assert not any("Việt Nam" in label for label in found.entities.get("Organization", set()))


# --- national bodies ------------------------------------------------------------------------


def test_a_national_bodys_numbered_regional_branch_is_a_body_of_its_own() -> None:
    found = read("Ông Cù Văn Định, Phó Giám đốc NHNN Khu vực 7, được bổ nhiệm giữ chức Giám đốc NHNN Khu vực 7.")
    assert found.has("Organization", "Ngân hàng Nhà nước Khu vực 7")
    assert ("Cù Văn Định", "holdsPost", "Ngân hàng Nhà nước Khu vực 7", "Giám đốc") in found.relations
    assert ("Cù Văn Định", "holdsPost", "Ngân hàng Nhà nước Việt Nam", "Giám đốc") not in found.relations


def test_the_national_assemblys_committees_and_boards_are_named_whole() -> None:
    found = read("Dự có Chủ nhiệm Ủy ban Dân tộc của Quốc hội Thào Văn Lử. Bà Giàng Thị Pà giữ chức Phó Trưởng "
                 "Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội.")
    assert ("Thào Văn Lử", "holdsPost", "Ủy ban Dân tộc của Quốc hội", "Chủ nhiệm") in found.relations
    assert ("Giàng Thị Pà", "holdsPost", "Ban Dân nguyện", "Phó Trưởng ban") in found.relations
    assert not found.has("Organization", "Ủy ban Dân tộc")


# --- the article's place --------------------------------------------------------------------


def test_a_members_home_town_does_not_place_the_articles_committee() -> None:
    found = read("Thành ủy Pleiku tổ chức trao Huy hiệu 60 năm tuổi Đảng. Dự có đồng chí Rơ Châm Hlinh, Phó Bí thư "
                 "Tỉnh ủy. Đồng chí Đinh Văn Ngọc (Sinh năm 1940; Quê quán: xã Phổ Hòa, huyện Đức Phổ, tỉnh "
                 "Quảng Ngãi) nhận Huy hiệu. Đồng chí Phó Bí thư Tỉnh ủy Rơ Châm Hlinh phát biểu.",
                 title="Thành ủy Pleiku trao Huy hiệu Đảng tại thành phố Pleiku, tỉnh Gia Lai")
    assert ("Rơ Châm Hlinh", "holdsPost", "Tỉnh ủy Gia Lai", "Phó Bí thư") in found.relations
    assert not found.has("Organization", "Tỉnh ủy Quảng Ngãi")


# --- lists ----------------------------------------------------------------------------------


def test_a_body_before_a_list_of_places_is_the_body_of_each_place() -> None:
    found = read("UBND các huyện Đông Giang, Tây Giang, Nam Giang đã ký quy chế phối hợp. Dự có lãnh đạo Ủy ban "
                 "nhân dân các xã: Tà Lu, Sông Kôn và thị trấn Prao.")
    orgs = found.entities.get("Organization", set())
    assert {"Ủy ban nhân dân huyện Đông Giang", "Ủy ban nhân dân huyện Tây Giang", "Ủy ban nhân dân huyện Nam Giang",
            "Ủy ban nhân dân xã Tà Lu", "Ủy ban nhân dân xã Sông Kôn", "Ủy ban nhân dân thị trấn Prao"} <= orgs


def test_bodies_named_in_a_list_of_places_are_not_put_under_the_level_above() -> None:
    found = read("Ủy ban nhân dân tỉnh Quảng Nam chỉ đạo UBND các huyện Đông Giang, Tây Giang triển khai kế hoạch.")
    assert not any(r[1] == "subOrganizationOf" for r in found.relations)


def test_the_office_a_party_committee_is_named_after_is_named_back_with_its_ministry() -> None:
    found = read("Ngày 19/9, Đảng ủy Văn phòng Bộ Xây dựng đã tổ chức họp công bố quyết định. Đồng chí Lục Văn "
                 "Quang, Phó Bí thư Đảng ủy, Chánh Văn phòng Bộ đề nghị các chi bộ sinh hoạt đúng Điều lệ Đảng.")
    assert ("Lục Văn Quang", "holdsPost", "Văn phòng Bộ Xây dựng", "Chánh Văn phòng") in found.relations


def test_a_units_kind_alone_after_a_party_or_mass_body_names_the_unit_back() -> None:
    found = read("Tổng Công ty Cơ khí Phú Lâm tổ chức hội nghị người lao động. Công đoàn và Đoàn Thanh niên Tổng "
                 "Công ty được giao phát động phong trào thi đua; Ban Tuyên giáo Đảng ủy Tổng Công ty biên soạn "
                 "tài liệu.")
    orgs = found.entities.get("Organization", set())
    assert {"Đoàn Thanh niên Tổng công ty Cơ khí Phú Lâm", "Ban Tuyên giáo Đảng ủy Tổng công ty Cơ khí Phú Lâm"} <= orgs
    assert "Đảng ủy Tổng Công ty" not in orgs


def test_a_sector_inside_a_proper_name_keeps_its_small_words() -> None:
    found = read("Tổng Công ty Cơ khí Giao thông vận tải Phú Lâm tổ chức hội nghị sơ kết.")
    assert found.has("Organization", "Tổng công ty Cơ khí Giao thông vận tải Phú Lâm")


def test_a_state_bodys_name_goes_on_through_small_compounds() -> None:
    found = read("Bộ giao Cục Trồng trọt và Bảo vệ thực vật hướng dẫn các địa phương. Tổng cục Quản lý thị trường "
                 "họp giới thiệu nhân sự. Viện Cây lương thực và Cây thực phẩm được thành lập năm 1968.")
    orgs = found.entities.get("Organization", set())
    assert {"Cục Trồng trọt và Bảo vệ thực vật", "Tổng cục Quản lý thị trường",
            "Viện Cây lương thực và Cây thực phẩm"} <= orgs


def test_a_units_name_ends_with_the_named_body_it_belongs_to() -> None:
    found = read("Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối cao;")
    assert found.has("Organization", "Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối cao")


# --- posts ----------------------------------------------------------------------------------


def test_a_chain_of_posts_in_small_letters_right_after_a_name() -> None:
    found = read("Dự có đồng chí Sầm Văn Khuê phó bí thư huyện ủy, chủ tịch ủy ban nhân dân huyện Bá Thước.")
    assert ("Sầm Văn Khuê", "holdsPost", "Huyện ủy Bá Thước", "Phó Bí thư") in found.relations
    assert ("Sầm Văn Khuê", "holdsPost", "Ủy ban nhân dân huyện Bá Thước", "Chủ tịch") in found.relations


def test_a_bare_plural_title_takes_the_body_of_a_standing_post_before_it_over_names_between_semicolons() -> None:
    found = read("Học viện Ngân hàng Bắc Hà tổ chức lễ bế giảng. Tới dự buổi lễ có PGS.TS. Hà Văn Thụ – Phó Giám "
                 "đốc Thường trực Học viện; các Phó Giám đốc: PGS.TS. Vi Thị Lan; TS. Mạc Văn Toàn; cùng đông "
                 "đảo sinh viên.")
    body = next(o for o in found.entities.get("Organization", set()) if o.startswith("Học viện"))
    assert ("Vi Thị Lan", "holdsPost", body, "Phó Giám đốc") in found.relations
    assert ("Mạc Văn Toàn", "holdsPost", body, "Phó Giám đốc") in found.relations


def test_ong_before_a_womans_middle_name_is_her_family_name() -> None:
    found = read("Đồng chí Ông Thị Hồng, Chủ tịch Công đoàn Dệt may Việt Nam phát biểu. Ông Lê Văn Tâm dự.")
    people = found.entities.get("Person", set())
    assert "Ông Thị Hồng" in people and "Thị Hồng" not in people
    assert "Lê Văn Tâm" in people


def test_a_post_only_proposed_is_not_taken_and_the_present_one_is_kept() -> None:
    found = read("Ông Lưu Văn Khải, Thứ trưởng Thường trực Bộ Công Thương được đề nghị phê chuẩn bổ nhiệm giữ "
                 "chức Bộ trưởng Bộ Công Thương.")
    assert ("Lưu Văn Khải", "holdsPost", "Bộ Công Thương", "Thứ trưởng Thường trực") in found.relations
    assert ("Lưu Văn Khải", "holdsPost", "Bộ Công Thương", "Bộ trưởng") not in found.relations


def test_a_secretary_left_before_a_union_of_a_unit_is_of_the_units_committee() -> None:
    found = read("Đồng chí Hứa Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch Công đoàn Bệnh viện Đa khoa Hòa Lạc phát biểu.")
    assert ("Hứa Thị Mai", "holdsPost", "Đảng ủy Bệnh viện Đa khoa Hòa Lạc", "Phó Bí thư") in found.relations
    assert not any("Đảng ủy Công đoàn" in o for o in found.entities.get("Organization", set()))


def test_a_secretary_left_before_a_communes_association_is_of_the_communes_committee() -> None:
    found = read("Đồng chí Hứa Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch Hội Nông dân xã Yên Lạc phát biểu.")
    assert ("Hứa Thị Mai", "holdsPost", "Đảng ủy xã Yên Lạc", "Phó Bí thư") in found.relations


# --- hierarchy ------------------------------------------------------------------------------


def test_a_cell_in_an_article_about_a_units_party_organisation_is_under_it() -> None:
    found = read("Đảng bộ Trường Đại học Công nghệ Đông Á tổ chức lễ kỷ niệm. Đồng chí Hà Thị Thu, đảng viên "
                 "Chi bộ Khoa Điện tử, nhận Huy hiệu 30 năm tuổi Đảng.")
    assert ("Chi bộ Khoa Điện tử", "subOrganizationOf", "Đảng bộ Trường Đại học Công nghệ Đông Á", None) \
        in found.relations


def test_a_hamlets_cell_is_not_put_under_the_communes_party_organisation() -> None:
    found = read("Đảng bộ xã Tân Phước tổ chức hội nghị. Chi bộ thôn Đồng Tâm được biểu dương.")
    assert not any(r[0] == "Chi bộ thôn Đồng Tâm" and r[1] == "subOrganizationOf" for r in found.relations)


def test_a_universitys_council_and_its_chair_named_by_the_head_alone() -> None:
    found = read("Ngày 14/4, Hội đồng trường Trường Đại học Công nghệ Đông Á tổ chức kỳ họp thứ 9. Bà Tạ Thị "
                 "Huyền, Chủ tịch Hội đồng trường chủ trì kỳ họp.")
    council = "Hội đồng trường Trường Đại học Công nghệ Đông Á"
    assert (council, "subOrganizationOf", "Trường Đại học Công nghệ Đông Á", None) in found.relations
    assert ("Tạ Thị Huyền", "holdsPost", council, "Chủ tịch") in found.relations


def test_a_ward_abbreviated_to_one_letter_and_a_full_stop() -> None:
    found = read("Dự lễ có bà Lạc Thị Ngân – Bí thư Đảng ủy P.Tân Định cùng lãnh đạo UBND phường.")
    assert ("Lạc Thị Ngân", "holdsPost", "Đảng ủy phường Tân Định", "Bí thư") in found.relations


def test_a_heading_spaced_out_is_no_ward() -> None:
    found = read("T H Ủ  T Ư Ớ N G  C H Í N H  P H Ủ\nThủ tướng Chính phủ ban hành quyết định.")
    assert not any(p.startswith("Phường") or p.startswith("phường") for p in found.entities.get("Place", set()))


def test_a_number_that_counts_people_is_no_place_name() -> None:
    found = read("Đại hội Đảng bộ huyện Yên Thế bầu Ban Chấp hành Đảng bộ Huyện 45 người; Bí thư Huyện ủy là đồng "
                 "chí Giáp Văn Hòa.")
    assert ("Giáp Văn Hòa", "holdsPost", "Huyện ủy Yên Thế", "Bí thư") in found.relations
    assert not any("45" in o for o in found.entities.get("Organization", set()))


def test_an_abbreviation_after_a_place_begins_the_next_clause() -> None:
    found = read("Sáng 3/4 tại hội trường UBND xã Yên Lư HĐND xã mở kỳ họp thứ 7.")
    orgs = found.entities.get("Organization", set())
    assert {"Ủy ban nhân dân xã Yên Lư", "Hội đồng nhân dân xã Yên Lư"} <= orgs
    assert not any(o.endswith("HĐND") for o in orgs)


# --- grassroots bodies ----------------------------------------------------------------------


def test_grassroots_branches_of_a_village_are_bodies() -> None:
    found = read("Chi đoàn làng Kon Hring tổ chức trồng cây. Chi hội Cựu chiến binh thôn Đồng Bưởi tặng quà. "
                 "Chi bộ Khoa Nội họp định kỳ.")
    orgs = found.entities.get("Organization", set())
    assert {"Chi đoàn làng Kon Hring", "Chi hội Cựu chiến binh thôn Đồng Bưởi", "Chi bộ Khoa Nội"} <= orgs


def test_a_steering_committee_named_by_its_purpose_and_its_party_committee() -> None:
    found = read("Bà Lò Thị Xuân, Phó Trưởng ban Ban Chỉ đạo 35 Thành ủy Bảo Lộc phát biểu.")
    assert ("Lò Thị Xuân", "holdsPost", "Ban Chỉ đạo 35 Thành ủy Bảo Lộc", "Phó Trưởng ban") in found.relations


def test_a_sentence_wrapped_at_a_line_break_is_read_whole() -> None:
    found = read("Dự hội nghị có đồng chí Lò Văn Kiên, Ủy viên Trung\nương Đảng, Bí thư Tỉnh ủy Lai Châu.")
    assert ("Lò Văn Kiên", "holdsPost", "Ban Chấp hành Trung ương Đảng", "Ủy viên") in found.relations
    assert ("Lò Văn Kiên", "holdsPost", "Tỉnh ủy Lai Châu", "Bí thư") in found.relations


def test_a_title_naming_its_kind_of_body_heads_the_one_body_of_that_kind_named() -> None:
    found = read("Viện Cây ăn quả miền Nam tổ chức lễ kỷ niệm. Ông Đàm Văn Phúc, Viện trưởng phát biểu; bà Hà Thị "
                 "Thu, Phó Viện trưởng dự.")
    body = next(o for o in found.entities.get("Organization", set()) if o.startswith("Viện Cây ăn quả"))
    assert ("Đàm Văn Phúc", "holdsPost", body, "Viện trưởng") in found.relations
    assert ("Hà Thị Thu", "holdsPost", body, "Phó Viện trưởng") in found.relations


def test_a_title_naming_its_kind_of_body_takes_none_of_several() -> None:
    found = read("Viện Cây ăn quả miền Nam và Viện Lúa đồng bằng sông Cửu Long phối hợp. Ông Đàm Văn Phúc, Viện "
                 "trưởng phát biểu.")
    assert not any(r[0] == "Đàm Văn Phúc" and r[1] == "holdsPost" for r in found.relations)
