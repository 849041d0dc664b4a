"""The hierarchy of bodies and where things are, as the development rounds showed them in the
thirty-fourth session (second wave), each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_place_that_ends_an_occasion_s_numbered_name_is_not_a_place() -> None:
    # "Liên hoan … tỉnh X năm 2020", "Đại hội … tỉnh X lần thứ XVI": the place ends the name of an
    # occasion numbered after it; named as a place ("tại tỉnh X"), or as an address's last link, it is one
    found = read("Sáng 12/3, Tỉnh đoàn tổ chức Liên hoan Tuổi trẻ sáng tạo tỉnh Hòa Lâm năm 2024. "
                 "Đồng chí Lò Văn Sinh, Bí thư Tỉnh đoàn phát biểu khai mạc.", title="Liên hoan Tuổi trẻ sáng tạo")
    assert "Tỉnh Hòa Lâm" not in found.entities.get("Place", set()), found.entities.get("Place")
    found = read("Sáng 12/3, Tỉnh đoàn tổ chức Liên hoan Tuổi trẻ sáng tạo tại tỉnh Hòa Lâm năm 2024. "
                 "Đồng chí Lò Văn Sinh, Bí thư Tỉnh đoàn phát biểu khai mạc.", title="Liên hoan Tuổi trẻ sáng tạo")
    assert "Tỉnh Hòa Lâm" in found.entities.get("Place", set()), found.entities.get("Place")
    found = read("Đại hội đại biểu Đảng bộ xã Tân Lập, tỉnh Hòa Lâm lần thứ I diễn ra trong hai ngày.",
                 title="Tin hoạt động")
    assert "Tỉnh Hòa Lâm" in found.entities.get("Place", set()), found.entities.get("Place")


def test_a_unit_named_bare_then_its_body_after_a_comma_is_that_body_s() -> None:
    # "Phó Vụ trưởng Vụ Tổng hợp, Văn phòng Trung ương Đảng", "Phòng xét nghiệm của Trung tâm …": the unit
    # named bare, its body right after a comma or "của"
    found = read("Dự hội nghị có đồng chí Lò Văn Sinh, Trưởng phòng Lý luận chính trị, Ban Tuyên giáo Tỉnh ủy Hòa Lâm; "
                 "mẫu được gửi về Phòng Xét nghiệm của Trung tâm Kiểm soát bệnh tật tỉnh Hòa Lâm.",
                 title="Hội nghị sơ kết")
    assert ("Phòng Lý luận chính trị", "subOrganizationOf", "Ban Tuyên giáo Tỉnh ủy Hòa Lâm", None) \
        in found.relations, found.relations
    assert ("Phòng Xét nghiệm", "subOrganizationOf", "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Lâm", None) \
        in found.relations, found.relations
    # a list of bodies says who came, not whose unit each is
    found = read("Dự hội nghị có đại diện Phòng Pháp chế, Ban Tuyên giáo Tỉnh ủy Hòa Lâm, Sở Nội vụ tỉnh Hòa Lâm.",
                 title="Hội nghị sơ kết")
    assert not [r for r in found.relations if r[0] == "Phòng Pháp chế" and r[1] == "subOrganizationOf"], found.relations
