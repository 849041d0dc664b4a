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
