"""Readings the real corpus showed in the fifteenth session (development rounds), each reproduced
here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_council_named_bare_in_a_chain_is_of_the_place_before_it() -> None:
    found = read("Chiều 29/12, Huyện ủy Đông Mai tổ chức hội nghị. Đồng chí Lò Văn Sinh - Bí thư Huyện ủy - "
                 "Chủ tịch HĐND phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Hội đồng nhân dân huyện Đông Mai", "Chủ tịch") in found.relations
    found = read("Chiều 29/12, Đảng ủy - UBND xã Tây Mai tổ chức hội nghị. Đồng chí Lò Văn Sinh - Bí thư Đảng ủy - "
                 "Chủ tịch HĐND; đồng chí Lê Văn Hai phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Hội đồng nhân dân xã Tây Mai", "Chủ tịch") in found.relations
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy xã Tây Mai", "Bí thư") in found.relations


def test_a_list_of_a_place_s_bodies_named_bare_is_the_article_s_commune() -> None:
    found = read("Xã Tây Mai gặp mặt đảng viên. Về dự có các đồng chí lãnh đạo Đảng ủy – HĐND – UBND – UBMTTQVN, "
                 "bí thư các chi bộ trực thuộc.")
    assert {"Hội đồng nhân dân xã Tây Mai", "Ủy ban nhân dân xã Tây Mai",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tây Mai"} <= found.entities["Organization"]
    found = read("Xã Tây Mai dự hội nghị. Thành phố thành lập Hội đồng nhân dân, Ủy ban nhân dân tại các xã, phường.")
    assert "Hội đồng nhân dân xã Tây Mai" not in found.entities.get("Organization", set())


def test_an_executive_committee_left_unfinished_is_the_committee_of_the_body_after_it() -> None:
    found = read("Huyện Đông Mai tổ chức hội nghị. Dự có đồng chí Lò Thị Sinh - Ủy viên BCH, Phó Chủ tịch UBND "
                 "huyện; các đồng chí trưởng phòng.")
    assert ("Lò Thị Sinh", "holdsPost", "Huyện ủy Đông Mai", "Ủy viên") in found.relations
    found = read("Học viện Tây Mai tổ chức lễ. Dự có TS. Lê Văn Hai, Ủy viên Ban Chấp hành Đảng bộ, Phó Giám đốc "
                 "Học viện Tây Mai.")
    assert ("Lê Văn Hai", "holdsPost", "Đảng ủy Học viện Tây Mai", "Ủy viên") in found.relations


def test_thuong_vu_alone_is_a_seat_on_the_standing_board() -> None:
    found = read("Ban Thường vụ Tỉnh ủy Đông Mai họp. Ông Lê Văn Hai, Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh "
                 "phát biểu.")
    assert ("Lê Văn Hai", "holdsPost", "Ban Thường vụ Tỉnh ủy Đông Mai", "Ủy viên") in found.relations
    assert ("Lê Văn Hai", "holdsPost", "Ủy ban nhân dân tỉnh Đông Mai", "Chủ tịch") in found.relations


def test_the_front_s_central_committee_abbreviated_in_one_word() -> None:
    found = read("Ông Lê Văn Hai, Phó Chủ tịch Ủy ban Trung ương MTTQVN tặng đại hội bức ảnh.")
    assert ("Lê Văn Hai", "holdsPost", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Phó Chủ tịch") \
        in found.relations


def test_a_deputy_s_title_in_small_letters_ends_the_name_before_it() -> None:
    found = read("Đại hội có đồng chí Lê Văn Hai Phó bí thư Đảng ủy Công ty Đông Mai.")
    assert "Lê Văn Hai" in found.entities["Person"]
    assert ("Lê Văn Hai", "holdsPost", "Đảng ủy Công ty Đông Mai", "Phó Bí thư") in found.relations


def test_a_province_s_department_is_under_its_people_s_committee_only_where_the_text_says_so() -> None:
    found = read("Dự hội nghị có lãnh đạo UBND tỉnh Đông Mai và Sở Y tế tỉnh Đông Mai.")
    assert ("Sở Y tế tỉnh Đông Mai", "subOrganizationOf", "Ủy ban nhân dân tỉnh Đông Mai", None) \
        not in found.relations
    found = read("Dự hội nghị có lãnh đạo UBND huyện Tây Mai và Phòng Nội vụ huyện Tây Mai.")
    assert ("Phòng Nội vụ huyện Tây Mai", "subOrganizationOf", "Ủy ban nhân dân huyện Tây Mai", None) \
        in found.relations


def test_units_said_to_be_under_a_body_named_after_the_words() -> None:
    found = read("Dự có ông Lê Văn Hai - Phó Tổng giám đốc Tổng công ty Đông Mai; đại diện các đảng ủy trực thuộc "
                 "Đảng ủy Chính phủ.")
    assert ("Đảng ủy Chính phủ", "subOrganizationOf", "Tổng công ty Đông Mai", None) not in found.relations


def test_maritime_port_authorities_named_by_their_place() -> None:
    found = read("Ông Lê Văn Hai, Giám đốc Cảng vụ hàng hải Cần Thơ phát biểu.")
    assert ("Lê Văn Hai", "holdsPost", "Cảng vụ Hàng hải Cần Thơ", "Giám đốc") in found.relations
    found = read("Ông Tạ Quang Vịnh, Giám đốc Cảng vụ Hàng hải Thành phố Hồ Chí Minh phát biểu.")
    assert ("Tạ Quang Vịnh", "holdsPost", "Cảng vụ Hàng hải thành phố Hồ Chí Minh", "Giám đốc") in found.relations
    found = read("Dự có Giám đốc các Cảng vụ Hàng hải: Thái Bình, Quảng Bình và Cần Thơ.")
    assert {"Cảng vụ Hàng hải Thái Bình", "Cảng vụ Hàng hải Quảng Bình", "Cảng vụ Hàng hải Cần Thơ"} \
        <= found.entities["Organization"]


def test_a_secretary_of_the_party_organisation_named_bare_in_a_chain() -> None:
    found = read("Đồng chí Lò Thị Vân, Tỉnh ủy viên, Bí thư Đảng bộ, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh "
                 "Đông Mai chủ trì phiên họp.")
    assert ("Lò Thị Vân", "holdsPost", "Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Mai", "Bí thư") \
        in found.relations
    assert ("Lò Thị Vân", "holdsPost", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Mai", "Giám đốc") in found.relations


def test_a_bare_party_committee_taken_up_is_that_of_the_body_the_person_heads() -> None:
    found = read("Tỉnh Đông Mai. Ban Thường vụ Đảng ủy Khối Cơ quan tỉnh chỉ định Ban Chấp hành Đảng bộ gồm 7 "
                 "đồng chí, đồng chí Mai Thanh Quảng - Giám đốc Sở Y tế làm Bí thư Đảng ủy.")
    assert ("Mai Thanh Quảng", "holdsPost", "Đảng ủy Sở Y tế tỉnh Đông Mai", "Bí thư") in found.relations


def test_a_title_in_the_plural_over_comrades_listed_after_a_comma() -> None:
    found = read("Tới dự có các đồng chí Ủy viên Bộ Chính trị, đồng chí Lê Văn Hai, Thường trực Ban Bí thư; đồng chí "
                 "Lò Thị Sinh, Trưởng Ban Tổ chức Trung ương cùng nguyên Chủ tịch nước Trần Văn Ba.")
    assert ("Lê Văn Hai", "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
    assert ("Lò Thị Sinh", "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
    assert ("Trần Văn Ba", "holdsPost", "Bộ Chính trị", "Ủy viên") not in found.relations
