"""Organizations as the development rounds showed them in the thirty-fourth session: which bodies
are named, and how they sit under one another, each reproduced with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_province_s_office_of_a_national_agency_is_under_the_agency_named_too() -> None:
    found = read("Bảo hiểm xã hội Việt Nam tổ chức hội nghị tổng kết công tác thu năm 2024. Bảo hiểm xã hội "
                 "tỉnh Hòa Lâm và Bảo hiểm xã hội thành phố Sông Mây được biểu dương.")
    assert ("Bảo hiểm xã hội tỉnh Hòa Lâm", "subOrganizationOf", "Bảo hiểm xã hội Việt Nam", None) in found.relations
    assert ("Bảo hiểm xã hội thành phố Sông Mây", "subOrganizationOf", "Bảo hiểm xã hội Việt Nam",
            None) in found.relations


def test_an_election_of_deputies_names_no_body() -> None:
    found = read("Sáng 18/6, Ủy ban bầu cử xã Tân Lập tổ chức hội nghị tổng kết công tác bầu cử đại biểu "
                 "Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp.")
    assert not found.has("Organization", "Quốc hội")
    found = read("Bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp diễn ra an toàn.")
    assert not found.has("Organization", "Quốc hội")
    # the body named for itself is still one
    found = read("Đoàn đại biểu Quốc hội tỉnh Hòa Lâm tiếp xúc cử tri trước kỳ họp thứ 7 của Quốc hội.")
    assert found.has("Organization", "Quốc hội")


def test_an_office_at_work_without_its_holder_names_no_body() -> None:
    found = read("Tại Quyết định 1234/QĐ-TTg, Thủ tướng bổ nhiệm ông Lò Văn Sinh giữ chức Thứ trưởng Bộ Tư pháp.")
    assert not found.has("Organization", "Chính phủ")
    assert found.has("Organization", "Bộ Tư pháp")
    # with its holder named, the post is held in the body
    found = read("Thủ tướng Lò Văn Sinh làm việc với tỉnh Hòa Lâm.")
    assert ("Lò Văn Sinh", "holdsPost", "Chính phủ", "Thủ tướng") in found.relations
    # an office that is itself a body stays one
    found = read("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Công ty Sông Mây.")
    assert found.has("Organization", "Chủ tịch nước")


def test_a_company_s_legal_form_is_spelt_out_in_its_label() -> None:
    found = read("Ông Lò Văn Sinh, Chủ tịch Hội đồng quản trị Công ty CP Tập đoàn Sông Mây phát biểu.")
    board = "Hội đồng quản trị Công ty cổ phần Tập đoàn Sông Mây"
    assert ("Lò Văn Sinh", "holdsPost", board, "Chủ tịch") in found.relations
    assert (board, "subOrganizationOf", "Công ty cổ phần Tập đoàn Sông Mây", None) in found.relations
    assert "Công ty CP Tập đoàn Sông Mây" in found.aliases["Công ty cổ phần Tập đoàn Sông Mây"]


def test_a_level_s_military_service_council_is_a_body() -> None:
    found = read("Sáng 12/2, Hội đồng Nghĩa vụ quân sự huyện Đông Mai tổ chức lễ giao nhận quân năm 2025. "
                 "Hội đồng NVQS huyện đã phát lệnh gọi 95 công dân nhập ngũ.")
    council = found.named("Organization", "Hội đồng nghĩa vụ quân sự huyện Đông Mai")
    assert council is not None
    assert "Hội đồng NVQS huyện" in found.aliases[council]


def test_a_town_s_youth_union_committee_and_its_standing_board() -> None:
    found = read("Căn cứ kế hoạch số 23-KH/ĐTN ngày 31/5/2024 của Ban Thường vụ Thị đoàn Sông Mây về việc "
                 "tổ chức chiến dịch thanh niên tình nguyện hè.")
    assert ("Ban Thường vụ Thị đoàn Sông Mây", "subOrganizationOf", "Thị đoàn Sông Mây", None) in found.relations


def test_councils_the_genre_names_whole() -> None:
    found = read("Năm 1983, theo Quyết định số 91/HĐBT của Hội đồng Bộ trưởng, Trường Cán bộ Hòa Lâm được thành lập. "
                 "Ông Lò Văn Sinh, Chủ tịch Hội đồng Khoa học và Đào tạo Trường Đại học Sông Mây phát biểu.")
    assert found.has("Organization", "Hội đồng Bộ trưởng")
    assert ("Hội đồng Khoa học và Đào tạo Trường Đại học Sông Mây", "subOrganizationOf", "Trường Đại học Sông Mây",
            None) in found.relations


def test_a_division_named_before_its_body_after_a_comma_is_under_it() -> None:
    found = read("Ông Lò Văn Sinh, Trưởng Phòng Kế hoạch - Tài chính, Sở Y tế Hòa Lâm được bổ nhiệm giữ chức "
                 "Phó Giám đốc Sở. Ông Đinh Văn Tài, Cục trưởng Cục Quân y, Tổng cục Hậu cần dự.")
    assert ("Phòng Kế hoạch - Tài chính", "subOrganizationOf", "Sở Y tế Hòa Lâm", None) in found.relations
    assert ("Cục Quân y", "subOrganizationOf", "Tổng cục Hậu cần", None) in found.relations


def test_a_party_organisation_named_by_its_unit_s_short_name() -> None:
    found = read("Sáng 12/6, Đảng bộ SMC tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2025 - 2030.")
    assert found.has("Organization", "Đảng bộ SMC")
    # a short name that spells the body the article named before is that body, named back
    found = read("Đảng bộ Trường Đại học Hòa Lâm tổ chức lễ kết nạp đảng viên. Đây là vinh dự của Đảng bộ ĐHHL.")
    assert not found.has("Organization", "Đảng bộ ĐHHL")


def test_the_army_s_party_organisation_is_a_body() -> None:
    found = read("Đại hội đại biểu Đảng bộ Quân đội lần thứ XII thành công tốt đẹp. Toàn Đảng bộ Quân đội "
                 "đoàn kết thực hiện nghị quyết.")
    assert found.has("Organization", "Đảng bộ Quân đội")


def test_bodies_listed_before_a_bare_level_with_no_place_in_the_article_keep_the_level() -> None:
    found = read("Tham dự buổi lễ có Thường trực Huyện ủy, HĐND, UBND, UBMTTQVN huyện, các đồng chí Huyện ủy viên.",
                 title="Biểu dương đảng viên tiêu biểu")
    assert {"Hội đồng nhân dân huyện", "Ủy ban nhân dân huyện"} <= found.entities["Organization"]


def test_a_unit_s_own_bodies_named_with_its_bare_head_are_of_the_unit_named_before() -> None:
    found = read("Sở Tư pháp tỉnh Hòa Lâm tổng kết công tác năm 2024. Dự hội nghị có đại diện lãnh đạo Văn phòng Sở, "
                 "Thanh tra Sở và các phòng chuyên môn.")
    for unit in ("Văn phòng Sở Tư pháp tỉnh Hòa Lâm", "Thanh tra Sở Tư pháp tỉnh Hòa Lâm"):
        assert (unit, "subOrganizationOf", "Sở Tư pháp tỉnh Hòa Lâm", None) in found.relations
    # a unit's name that goes on is the grammar's to read
    found = read("Văn phòng Sở Y tế tỉnh Sông Mây tổ chức hội nghị.")
    assert not found.has("Organization", "Văn phòng Sở Tư pháp tỉnh Hòa Lâm")


def test_a_district_s_political_training_centre_written_in_small_letters() -> None:
    found = read("Sáng 9/3, Trung tâm bồi dưỡng chính trị huyện Đông Mai khai giảng lớp bồi dưỡng kết nạp đảng. "
                 "Ông Lò Văn Sinh, Giám đốc Trung tâm bồi dưỡng chính trị huyện phát biểu.")
    centre = found.named("Organization", "Trung tâm bồi dưỡng chính trị huyện Đông Mai")
    assert centre is not None
    assert ("Lò Văn Sinh", "holdsPost", centre, "Giám đốc") in found.relations


def test_a_province_s_union_of_science_associations_and_its_party_committee() -> None:
    found = read("Đảng ủy Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Lâm tổ chức hội nghị. Ông Lò Văn Sinh, "
                 "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Lâm phát biểu.")
    assert found.has("Organization", "Đảng ủy Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Lâm")
    assert ("Lò Văn Sinh", "holdsPost", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Lâm",
            "Chủ tịch") in found.relations


def test_a_province_s_civil_servants_trade_union() -> None:
    found = read("Tham dự có ông Lò Văn Sinh – Chủ tịch Công đoàn Viên chức tỉnh Hòa Lâm; bà Đinh Thị Mai – Bí thư "
                 "Đảng ủy Sở Tư pháp.")
    assert ("Lò Văn Sinh", "holdsPost", "Công đoàn Viên chức tỉnh Hòa Lâm", "Chủ tịch") in found.relations


def test_a_place_s_youth_union_named_in_short() -> None:
    found = read("Sáng 10/10, Đoàn TNCS Hồ Chí Minh xã Tân Lập tổ chức Đại hội đại biểu lần thứ I. Đoàn TNCS Hồ Chí "
                 "Minh tỉnh Hòa Lâm tặng hoa chúc mừng.")
    assert found.named("Organization", "Đoàn TNCS Hồ Chí Minh xã Tân Lập") == "Đoàn Thanh niên xã Tân Lập"
    # a province's union by its committee's name, as the annotators write it
    assert found.named("Organization", "Đoàn TNCS Hồ Chí Minh tỉnh Hòa Lâm") == "Tỉnh đoàn Hòa Lâm"
