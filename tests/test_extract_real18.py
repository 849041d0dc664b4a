"""Readings the real corpus's development rounds showed (tests/real, rounds 1–3, 6, 7 and 16; the
thirteenth session), each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_post_given_to_someone_leaves_the_one_they_held() -> None:
    found = read("Bà Lò Thị Hạnh, Phó Vụ trưởng Vụ Pháp chế, được giao giữ chức Phó Vụ trưởng Vụ Kế hoạch.")
    assert ("Lò Thị Hạnh", "holdsPost", "Vụ Pháp chế", "nguyên Phó Vụ trưởng") in found.relations
    assert ("Lò Thị Hạnh", "holdsPost", "Vụ Kế hoạch", "Phó Vụ trưởng") in found.relations
    found = read("Ông Đinh Văn Tài, Vụ trưởng Vụ Pháp chế, được giao giữ vị trí Phó Vụ trưởng Vụ Kế hoạch.")
    assert ("Đinh Văn Tài", "holdsPost", "Vụ Kế hoạch", "Phó Vụ trưởng") in found.relations
    assert ("Đinh Văn Tài", "holdsPost", "Vụ Pháp chế", "nguyên Vụ trưởng") in found.relations


def test_a_commune_of_the_new_countryside_is_no_place_named() -> None:
    found = read("Xã Hòa Lâm đạt chuẩn xã NTM kiểu mẫu. Được sự thống nhất của Ban Thường vụ Đảng ủy xã, "
                 "Hội LHPN xã Hòa Lâm tổ chức ra mắt mô hình.")
    assert ("Ban Thường vụ Đảng ủy xã Hòa Lâm", "subOrganizationOf", "Đảng ủy xã Hòa Lâm", None) in found.relations
    assert not any("NTM" in org for org in found.entities["Organization"])


def test_an_election_committee_of_a_level() -> None:
    found = read("Đồng chí Lê Văn Hai, Chủ tịch UBND xã Hòa Lâm, Chủ tịch Ủy ban bầu cử xã phát biểu.")
    assert ("Lê Văn Hai", "holdsPost", "Ủy ban bầu cử xã Hòa Lâm", "Chủ tịch") in found.relations
    found = read("Bà Đinh Thị Mai, Phó Chủ tịch Ủy ban Bầu cử tỉnh Hòa Lâm kiểm tra công tác bầu cử.")
    assert ("Đinh Thị Mai", "holdsPost", "Ủy ban bầu cử tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_company_named_after_what_it_does_in_small_letters() -> None:
    found = read("Đ/c Đinh Thị Hải Yến – Giám đốc Công ty TNHH dịch vụ bảo vệ Hòa Lâm cùng đại diện Chi hội Phụ nữ.")
    assert ("Đinh Thị Hải Yến", "holdsPost", "Công ty TNHH dịch vụ bảo vệ Hòa Lâm", "Giám đốc") in found.relations
    found = read("Ông Lê Văn Hai, Giám đốc Công ty TNHH Thương mại Minh Phát phát biểu.")
    assert ("Lê Văn Hai", "holdsPost", "Công ty TNHH Thương mại Minh Phát", "Giám đốc") in found.relations


def test_a_court_or_a_procuracy_named_short_with_its_level() -> None:
    found = read("Ông Lê Văn Hai, Chánh án Tòa án huyện Đông Mai, được tặng Bằng khen.")
    assert ("Lê Văn Hai", "holdsPost", "Tòa án nhân dân huyện Đông Mai", "Chánh án") in found.relations
    found = read("Ông Lê Văn Hai, Viện trưởng Viện Kiểm sát tỉnh Hòa Lâm phát biểu.")
    assert ("Lê Văn Hai", "holdsPost", "Viện Kiểm sát nhân dân tỉnh Hòa Lâm", "Viện trưởng") in found.relations


def test_a_company_named_again_without_its_head_is_no_person() -> None:
    found = read("Tại Đại hội, Công ty Than Dương Hòa đã được nhận nhiều phần thưởng. "
                 "Than Dương Hòa vinh dự được tặng Cờ nhất toàn đoàn.")
    assert "Dương Hòa" not in found.entities["Person"]


def test_du_is_the_party_committee_after_a_title() -> None:
    found = read("Đồng chí Lê Văn Hai, PBT ĐU xã Hòa Lâm phát biểu.")
    assert ("Lê Văn Hai", "holdsPost", "Đảng ủy xã Hòa Lâm", "Phó Bí thư") in found.relations


def test_a_degree_after_and_begins_the_next_person() -> None:
    found = read("Dự có đồng chí PGS. TS Phạm Minh Hùng, Phó Hiệu trưởng Trường Đại học Hòa Lâm và ThS Nguyễn "
                 "Hồng Soa, Trưởng phòng HCTH.")
    assert ("Phạm Minh Hùng", "holdsPost", "Trường Đại học Hòa Lâm", "Phó Hiệu trưởng") in found.relations


def test_a_committee_member_before_a_department_is_of_the_unit_s_committee() -> None:
    found = read("Đảng ủy Trường Đại học Hòa Lâm tổ chức hội nghị. Dự có ThS Nguyễn Hồng Soa - Đảng ủy viên; "
                 "Trưởng phòng HCTH.")
    assert ("Nguyễn Hồng Soa", "holdsPost", "Đảng ủy Trường Đại học Hòa Lâm", "Ủy viên") in found.relations
    assert not any(org.startswith("Đảng ủy Phòng") for org in found.entities["Organization"])


def test_a_company_of_a_trade_in_small_letters_and_a_unit_dashed_before_its_company() -> None:
    found = read("Ba gương mặt trẻ là: Nguyễn Văn Nam - công nhân Phân xưởng Khai thác 12, Công ty than Đông Mai - "
                 "TKV; Phạm Đình Duẩn - Tổ trưởng sản xuất Phân xưởng Khai thác 14 - Công ty CP than Hòa Lâm.")
    orgs = found.entities["Organization"]
    assert {"Công ty than Đông Mai", "Phân xưởng Khai thác 14", "Công ty cổ phần than Hòa Lâm"} <= orgs
    assert ("Công ty than Đông Mai", "subOrganizationOf", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
            None) in found.relations
    assert "Hòa Lâm" not in found.entities["Person"]


def test_a_province_s_union_of_science_associations_and_its_party_committee() -> None:
    found = read("Ông Trần Thanh Trí - Ủy viên thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Liên hiệp các Hội Khoa học "
                 "và Kỹ thuật tỉnh Hòa Lâm; ông Nguyễn Văn Đoan - Đảng ủy viên.")
    committee = "Đảng ủy Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Lâm"
    assert ("Trần Thanh Trí", "holdsPost", f"Ủy ban Kiểm tra {committee}", "Chủ nhiệm") in found.relations
    assert ("Nguyễn Văn Đoan", "holdsPost", committee, "Ủy viên") in found.relations


def test_a_department_of_two_fields_dashed_before_its_board() -> None:
    found = read("Ông Nguyễn Minh Hải - Trưởng Phòng Báo chí - Xuất bản Ban Tuyên giáo Thành ủy Hòa Lâm phát biểu.")
    assert ("Nguyễn Minh Hải", "holdsPost", "Phòng Báo chí - Xuất bản Ban Tuyên giáo Thành ủy Hòa Lâm",
            "Trưởng phòng") in found.relations
