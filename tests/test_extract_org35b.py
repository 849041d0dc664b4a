"""Bodies' names as the development rounds showed them to the second wave of the thirty-fifth
session (org35b), each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_the_front_written_with_the_country_and_no_level_is_the_front_as_a_whole() -> None:
    # "vai trò của Mặt trận Tổ quốc Việt Nam", "Lãnh đạo Đảng, Nhà nước và MTTQ Việt Nam chúc mừng …"
    found = read("Ngày hội là dịp ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam qua các thời kỳ. "
                 "Ông Lò Văn Sinh, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Mai phát biểu.")
    assert found.has("Organization", "Mặt trận Tổ quốc Việt Nam")
    assert ("Lò Văn Sinh", "holdsPost", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Mai", "Chủ tịch") in found.relations
    found = read("Lãnh đạo Đảng, Nhà nước và MTTQ Việt Nam chúc mừng ông Lò Văn Sinh nhân dịp năm mới.")
    assert found.has("Organization", "Mặt trận Tổ quốc Việt Nam")
    # its committees of every level, or its day, are not the Front as a whole
    for text in ("Các cuộc vận động do MTTQ Việt Nam các cấp phát động được nhân dân xã Tân Mai hưởng ứng.",
                 "Nhân kỷ niệm 91 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2021), xã Tân Mai "
                 "tổ chức ngày hội."):
        assert "Mặt trận Tổ quốc Việt Nam" not in read(text).entities.get("Organization", set())


def test_a_standing_board_of_a_committee_written_small_with_no_place_is_read_as_the_capitalised_one() -> None:
    # "Ủy viên Ban Thường vụ huyện ủy", "kế hoạch của BTV huyện ủy", where the article names no district
    found = read("Dự kỳ họp có ông Lò Văn Sinh, Ủy viên Ban Thường vụ huyện ủy, Chủ tịch Hội đồng nhân dân huyện.")
    assert found.has("Organization", "Ban Thường vụ Huyện ủy")
    assert ("Lò Văn Sinh", "holdsPost", "Ban Thường vụ Huyện ủy", "Ủy viên") in found.relations
    assert ("Ban Thường vụ Huyện ủy", "subOrganizationOf", "Huyện ủy", None) in found.relations
    # committees of every province listed by their kind are no one body
    found = read("Ủy ban Kiểm tra Đảng ủy Công an tỉnh và Ủy ban Kiểm tra tỉnh ủy, thành ủy ký kết quy chế phối hợp.")
    assert not found.has("Organization", "Ủy ban Kiểm tra Tỉnh ủy")


def test_a_party_organisation_of_a_school_whose_kind_is_written_small_is_the_school_s() -> None:
    # "Đảng bộ trường Đại học Y Dược X đã tổ chức …", "Bí thư Đảng bộ trường THPT Y": the school's
    # party organisation, not under the school
    found = read("Ngày 8/6, Đảng bộ trường THPT Tân Mai đã long trọng tổ chức Đại hội Đảng bộ nhiệm kỳ 2020-2025. "
                 "Ông Lò Văn Sinh, Bí thư Đảng ủy trường Đại học Y Dược Sông Mây phát biểu.")
    assert found.has("Organization", "Đảng bộ Trường Trung học phổ thông Tân Mai")
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy Trường Đại học Y Dược Sông Mây", "Bí thư") in found.relations
    assert not any(r[1] == "subOrganizationOf" and r[2].startswith("Trường") for r in found.relations)


def test_the_central_emulation_council_written_with_a_comma_is_the_central_council() -> None:
    # "Hội đồng Thi đua, Khen thưởng Trung ương trao tặng …": a comma between its fields, as the
    # councils of every level are written ("Hội đồng Thi đua, khen thưởng Sở Nội vụ")
    found = read("Hội đồng Thi đua, Khen thưởng Trung ương trao tặng danh hiệu Anh hùng Lao động cho Trường "
                 "Đại học Sông Mây.")
    assert found.has("Organization", "Hội đồng Thi đua - Khen thưởng Trung ương")
