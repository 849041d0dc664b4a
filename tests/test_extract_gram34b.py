"""Bodies' names as the development rounds showed them in the thirty-fourth session's second wave:
where a name begins and ends (commas and small words inside it), each with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_field_after_a_comma_runs_to_the_national_scope_that_ends_the_name() -> None:
    found = read("Lãnh đạo Trung tâm Phối hợp, tìm kiếm cứu nạn đường sông Việt Nam đến dự hội nghị.")
    assert found.has("Organization", "Trung tâm Phối hợp, tìm kiếm cứu nạn đường sông Việt Nam")
    # "Phối hợp" capitalised is the name's, small it is what a body does
    found = read("Trung tâm phối hợp với xã Tân Lập tổ chức hội nghị.")
    assert not found.has("Organization", "Trung tâm phối hợp")


def test_fields_listed_with_commas_alone_close_at_a_bracket_or_the_body_above() -> None:
    found = read("Ông Lò Văn Sinh - Vụ trưởng Vụ Kinh tế, Kỹ thuật, Ban Kinh tế Trung ương phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Vụ Kinh tế, Kỹ thuật", "Vụ trưởng") in found.relations
    assert not found.has("Organization", "Vụ Kinh tế")
    found = read("Bộ trưởng tặng Bằng khen cho Phòng Tổng hợp, Quản trị, Văn thư lưu trữ (thuộc Văn phòng Bộ).")
    assert found.has("Organization", "Phòng Tổng hợp, Quản trị, Văn thư lưu trữ")


def test_a_province_s_merged_paper_and_broadcaster_is_named_by_the_province() -> None:
    found = read("Ông Lò Văn Sinh, Tổng Biên tập Báo và Phát thanh, Truyền hình Hòa Lâm phát biểu.")
    body = "Báo và Phát thanh, Truyền hình Hòa Lâm"
    assert ("Lò Văn Sinh", "holdsPost", body, "Tổng Biên tập") in found.relations
    found = read("Phóng viên Báo và Phát thanh, truyền hình Hòa Lâm đến dự và đưa tin.")
    assert found.has("Organization", body)


def test_bodies_of_one_kind_listed_with_their_kind_said_once_are_not_one_name() -> None:
    found = read("Lãnh đạo các Sở Nội vụ, Tư pháp, Y tế, Công an tỉnh Hòa Lâm tham dự hội nghị.")
    assert not any(label.startswith("Sở Nội vụ, Tư pháp") for label in found.entities.get("Organization", set()))


def test_a_dash_before_a_board_s_head_written_small_after_it_begins_a_post() -> None:
    found = read("Về dự hội nghị có đại diện Phòng Nội vụ - Thường trực hội đồng thi đua huyện Đông Mai.")
    assert not found.has("Organization", "Phòng Nội vụ - Thường trực")
    # fields joined by a dash are still one name
    found = read("Ban Tuyên giáo - Dân vận Tỉnh ủy Hòa Lâm tổ chức hội nghị.")
    assert found.has("Organization", "Ban Tuyên giáo - Dân vận Tỉnh ủy Hòa Lâm")
    # a deputy's title written small after a dash
    found = read("Ông Lò Văn Sinh, Trưởng Phòng Tư pháp - Phó trưởng cụm thi đua số 3 phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Phòng Tư pháp", "Trưởng phòng") in found.relations


def test_a_plural_goes_on_in_a_name_before_what_the_body_serves() -> None:
    found = read("Ông Lò Văn Sinh công tác tại Viện Lâm sàng các bệnh Nhiệt đới, Bệnh viện Sông Mây.")
    assert found.has("Organization", "Viện Lâm sàng các bệnh Nhiệt đới")
    found = read("Trung tâm Ứng phó các tình huống khẩn cấp, Bệnh viện Sông Mây tổ chức lớp tập huấn.")
    assert found.has("Organization", "Trung tâm Ứng phó các tình huống khẩn cấp")
    # what a body works among ends its name
    found = read("Hội Nông dân các cấp tỉnh Hòa Lâm tham gia phong trào.")
    assert not any("các cấp" in label for label in found.entities.get("Organization", set()))


def test_the_national_emulation_bodies_named_with_tw_for_trung_uong() -> None:
    found = read("Bà Hà Thị Mai, Trưởng Ban Thi đua Khen thưởng TW, Phó Chủ tịch Thường trực Hội đồng "
                 "Thi đua- Khen thưởng TW chúc mừng Trường Tiểu học Sông Mây.")
    assert ("Hà Thị Mai", "holdsPost", "Ban Thi đua - Khen thưởng Trung ương", "Trưởng ban") in found.relations
    assert ("Hà Thị Mai", "holdsPost", "Hội đồng Thi đua - Khen thưởng Trung ương",
            "Phó Chủ tịch Thường trực") in found.relations
