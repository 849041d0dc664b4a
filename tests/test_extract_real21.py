"""Readings the real corpus showed in the sixteenth session (development rounds, round 18 opened),
each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_title_the_chain_s_body_does_not_finish_is_passed_over_before_a_name() -> None:
    found = read("Tham dự có Phó Bí thư Ban cán sự đảng, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc Lò Văn Sinh.")
    assert ("Lò Văn Sinh", "holdsPost", "Ban cán sự đảng Ủy ban Dân tộc", "Phó Bí thư") in found.relations
    assert ("Lò Văn Sinh", "holdsPost", "Ủy ban Dân tộc", "Phó Chủ nhiệm") in found.relations


def test_a_minister_s_rank_is_held_in_the_body_whose_head_s_title_follows() -> None:
    found = read("Tham dự có Bộ trưởng, Chủ nhiệm UBDT Lò Văn Sinh.")
    assert ("Lò Văn Sinh", "holdsPost", "Ủy ban Dân tộc", "Bộ trưởng") in found.relations
    found = read("Ông Lò Văn Sinh, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Văn phòng Chính phủ", "Bộ trưởng") in found.relations
    assert ("Lò Văn Sinh", "holdsPost", "Chính phủ", "Bộ trưởng") not in found.relations


def test_a_body_named_by_its_purpose_ends_at_its_holder_s_name() -> None:
    found = read("Dự có Quyền Bí thư Đoàn Khối các cơ quan Trung ương Lò Văn Sinh.")
    assert ("Lò Văn Sinh", "holdsPost", "Đoàn Khối các cơ quan Trung ương", "Quyền Bí thư") in found.relations


def test_a_bare_tinh_is_no_central_city_named_beside_the_province() -> None:
    found = read("Sáng 6/8, tại Bảo tàng tỉnh Đông Mai, diễn đàn giữa Thành phố Hà Nội và Vùng Tây khai mạc. "
                 "Dự có Phó Chủ tịch HĐND tỉnh Lò Văn Sinh.")
    assert ("Lò Văn Sinh", "holdsPost", "Hội đồng nhân dân tỉnh Đông Mai", "Phó Chủ tịch") in found.relations


def test_a_year_after_tinh_is_no_province() -> None:
    found = read("Ban Văn hóa – Xã hội HĐND tỉnh Đông Mai giám sát các thiết chế văn hóa trên địa bàn tỉnh 2022. "
                 "Dự có Phó Chủ tịch HĐND tỉnh Lò Văn Sinh.")
    assert ("Lò Văn Sinh", "holdsPost", "Hội đồng nhân dân tỉnh Đông Mai", "Phó Chủ tịch") in found.relations


def test_the_front_of_the_years_before_1976_is_a_national_body() -> None:
    found = read("Các ấp ôn lại truyền thống của Mặt trận Dân tộc thống nhất Việt Nam.")
    assert "Mặt trận Dân tộc thống nhất Việt Nam" in found.entities["Organization"]


def test_a_standing_board_left_unfinished_before_a_unit_s_post_is_of_the_unit_s_committee() -> None:
    found = read("Trường Đại học Tây Mai tổ chức hội nghị. Dự có đồng chí Lò Văn Sinh – Ủy viên Ban Thường vụ, "
                 "Chủ nhiệm Ủy ban kiểm tra Đảng ủy, Phó Hiệu trưởng.")
    assert ("Lò Văn Sinh", "holdsPost", "Ban Thường vụ Đảng ủy Trường Đại học Tây Mai", "Ủy viên") in found.relations


def test_a_ceremony_named_back_before_and_what_its_guests_did() -> None:
    found = read("Sáng 6/8, tại Bảo tàng tỉnh Đông Mai diễn ra Lễ Khai mạc Trưng bày chuyên đề \"Gốm cổ Tây Mai\". "
                 "Đến dự lễ và cắt băng khai mạc có Phó Chủ tịch HĐND tỉnh Lò Văn Sinh.")
    assert found.entities["Event"] == {"Lễ Khai mạc Trưng bày chuyên đề Gốm cổ Tây Mai ngày 6/8"}
    opening = "Lễ Khai mạc Trưng bày chuyên đề Gốm cổ Tây Mai ngày 6/8"
    assert ("Lò Văn Sinh", "attended", opening, None) in found.relations


def test_small_words_of_a_name_go_on_inside_it() -> None:
    found = read("Ông Lò Văn Sinh, Giám đốc Trung tâm Dự báo Khí tượng Thủy văn Đông Mai phát biểu.")
    assert "Trung tâm Dự báo Khí tượng Thủy văn Đông Mai" in found.entities["Organization"]
    found = read("Cục Phát triển đô thị tổ chức hội nghị. Phòng Tiếp công dân huyện Đông Mai cùng dự.")
    assert {"Cục Phát triển đô thị", "Phòng Tiếp công dân huyện Đông Mai"} <= found.entities["Organization"]


def test_a_department_named_bare_in_a_central_city_is_the_city_s() -> None:
    found = read("Sáng 5/3, tại Hà Nội, UBND thành phố Hà Nội tổ chức hội nghị. Dự có ông Lò Văn Sinh, "
                 "Phó Giám đốc Sở Y tế.")
    assert ("Lò Văn Sinh", "holdsPost", "Sở Y tế thành phố Hà Nội", "Phó Giám đốc") in found.relations


def test_phó_ban_is_the_deputy_head_s_title() -> None:
    # ("Phó Ban" is how the text shortens it; the gold names the post "Phó Trưởng ban" 88 times of 92)
    found = read("Tỉnh Đông Mai tổ chức đại hội. Tham dự có ông Lò Văn Sinh, Phó Ban Dân vận Tỉnh ủy; ông Lê Văn Hai, "
                 "Phó Trưởng Ban Tổ chức Tỉnh ủy.")
    assert ("Lò Văn Sinh", "holdsPost", "Ban Dân vận Tỉnh ủy Đông Mai", "Phó Trưởng ban") in found.relations
    assert ("Lê Văn Hai", "holdsPost", "Ban Tổ chức Tỉnh ủy Đông Mai", "Phó Trưởng ban") in found.relations
