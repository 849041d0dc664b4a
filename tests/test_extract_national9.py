"""National outlets by example (ninth round): how ministries, state corporations and central
bodies name their units and their people's posts, each with an invented sentence about
invented people and places.

The rules were written on the misses of the national halves of the blind batches a-i; the
sentences here are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a ministry's department named bare ---------------------------------------------------------


def test_a_bare_department_is_under_the_one_ministry_the_article_names() -> None:
    found = read("Bộ Y tế tổ chức hội nghị công bố quyết định về công tác cán bộ. Ông Lê Văn Nam, Vụ trưởng "
                 "Vụ Tổ chức cán bộ, đọc quyết định.")
    assert ("Vụ Tổ chức cán bộ", "subOrganizationOf", "Bộ Y tế", None) in found.relations


def test_a_bare_department_is_placed_nowhere_when_two_ministries_are_named() -> None:
    found = read("Bộ Y tế và Bộ Tài chính ký quy chế phối hợp. Ông Lê Văn Nam, Vụ trưởng Vụ Tổ chức cán bộ, "
                 "phát biểu.")
    assert not any(r[0] == "Vụ Tổ chức cán bộ" and r[1] == "subOrganizationOf" for r in found.relations)


def test_a_ministry_s_agency_named_bare_is_left_where_the_text_leaves_it() -> None:
    # an agency ("Cục …") the annotators tie to the ministry far less often than a department
    found = read("Bộ Y tế tổ chức hội nghị. Ông Lê Văn Nam, Cục trưởng Cục Quản lý dược, phát biểu.")
    assert not any(r[0] == "Cục Quản lý dược" and r[1] == "subOrganizationOf" for r in found.relations)


def test_a_department_of_a_body_at_a_ministry_s_level() -> None:
    found = read("Ngân hàng Nhà nước Việt Nam tổ chức hội nghị. Bà Hà Thị Lan, Vụ trưởng Vụ Chính sách tiền tệ, "
                 "trình bày báo cáo.")
    assert ("Vụ Chính sách tiền tệ", "subOrganizationOf", "Ngân hàng Nhà nước Việt Nam", None) in found.relations


# --- a company's youth union named by its brand ----------------------------------------------------


def test_a_brand_after_a_family_name_is_no_person_s_name() -> None:
    # "Đoàn" is a family name and the youth union's head; a brand is no syllable of a name
    found = read("Cùng tham gia hội thi có Đoàn PVHoaLac, Đoàn Petrohoalac và các cơ sở Đoàn khác.")
    assert not any(label.startswith("Đoàn") for label in found.entities.get("Person", set()))


def test_a_central_highlands_name_keeps_its_capital_after_the_apostrophe() -> None:
    found = read("Bà H'Hen Niê, Phó Chủ tịch UBND tỉnh Hòa Lạc, phát biểu.")
    assert ("H'Hen Niê", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lạc", "Phó Chủ tịch") in found.relations


# --- a company's name after its legal form ---------------------------------------------------------


def test_a_company_s_name_after_its_legal_form_may_look_like_a_person_s() -> None:
    # "Đường" (sugar) is also a family name: after "Công ty CP" a name follows, not a holder
    found = read("Ông Lê Văn Nam, Tổng Giám đốc Công ty CP Đường Hòa Lạc, phát biểu.")
    assert ("Lê Văn Nam", "holdsPost", "Công ty cổ phần Đường Hòa Lạc", "Tổng Giám đốc") in found.relations
    assert "Đường Hòa Lạc" not in found.entities.get("Person", set())


def test_a_holder_s_name_still_ends_a_company_s_name() -> None:
    found = read("Giám đốc Công ty CP Than Cẩm Phả Lê Văn Nam phát biểu.")
    assert ("Lê Văn Nam", "holdsPost", "Công ty cổ phần Than Cẩm Phả", "Giám đốc") in found.relations


# --- "Phó", a title's word and a family name ------------------------------------------------------


def test_pho_after_a_cue_and_before_a_name_is_the_family_name() -> None:
    found = read("Dự lễ có ông Phó Đức Hải, Phó Tổng Giám đốc Tập đoàn Cao su Hòa Lạc.")
    assert ("Phó Đức Hải", "holdsPost", "Tập đoàn Cao su Hòa Lạc", "Phó Tổng Giám đốc") in found.relations


def test_pho_after_a_cue_and_before_a_title_is_still_the_deputy_s() -> None:
    found = read("Dự lễ có ông Phó Chủ tịch UBND tỉnh Hòa Lạc Lê Văn Nam.")
    assert ("Lê Văn Nam", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lạc", "Phó Chủ tịch") in found.relations


# --- a province's tax office by its new name, and the sector it serves ---------------------------


def test_a_province_s_tax_office_is_named_by_its_sector_and_place() -> None:
    found = read("Bộ Tài chính tặng Cờ thi đua cho Thuế tỉnh Hòa Lạc vì thành tích năm 2025.")
    assert ("Thuế tỉnh Hòa Lạc", "receivedAward", "Cờ thi đua của Bộ Tài chính", None) in found.relations


def test_a_sector_named_after_nganh_is_no_body() -> None:
    found = read("Cục Thuế tổ chức lễ kỷ niệm 80 năm Ngày truyền thống ngành Thuế Việt Nam.")
    assert "Thuế Việt Nam" not in found.entities.get("Organization", set())


# --- a foreign counterpart is another body -----------------------------------------------------------


def test_a_body_s_foreign_counterpart_is_not_its_full_name() -> None:
    # army and ministry papers report visits of the Lao or Cambodian counterpart, named as the
    # Vietnamese body with the country's army or name after it
    found = read("Học viện Hậu cần tiếp đoàn Học viện Hậu cần Quân đội nhân dân Lào. Thiếu tướng Lê Văn Nam, "
                 "Giám đốc Học viện Hậu cần, phát biểu.")
    assert ("Lê Văn Nam", "holdsPost", "Học viện Hậu cần", "Giám đốc") in found.relations
    assert found.has("Organization", "Học viện Hậu cần Quân đội nhân dân Lào")
