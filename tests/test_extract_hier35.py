"""Places and sub-organisation links as the development rounds showed them in the thirty-fifth session,
each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_place_that_names_its_delegates_is_named_in_passing() -> None:
    # "Đoàn đại biểu tỉnh X", "Đại biểu thành phố Y dự …": who the delegates are, not where anything is
    found = read("Đoàn đại biểu tỉnh Hòa Lâm gồm 12 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam.",
                 title="Hội Nông dân chuẩn bị đại hội")
    assert "Tỉnh Hòa Lâm" not in found.entities.get("Place", set())
    found = read("Chiều 5/3, Ban Thường vụ Huyện ủy Đông Mai làm việc với xã Tân Lập về công tác chuẩn bị đại hội "
                 "Đại biểu xã Tân Lập nhiệm kỳ 2025-2030.", title="Chuẩn bị đại hội")
    assert "Xã Tân Lập" in found.entities.get("Place", set())  # named as a place elsewhere, it stays one
    # a place the text names as one stays a Place
    found = read("Đoàn đại biểu tỉnh Hòa Lâm đã đến thăm, tặng quà tại xã Tân Lập, huyện Đông Mai.",
                 title="Thăm và tặng quà")
    assert "Xã Tân Lập" in found.entities["Place"]
    assert "Tỉnh Hòa Lâm" not in found.entities["Place"]


def test_a_body_named_only_in_its_standing_board_s_name_is_no_body() -> None:
    # "Ban Thường trực Ủy ban MTTQ xã X chủ trì …": the board is the body the text names, not its Front
    found = read("Sáng 12/4, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập phối hợp tổ chức hội nghị tiếp xúc "
                 "cử tri.", title="Tiếp xúc cử tri xã Tân Lập")
    orgs = found.entities["Organization"]
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập" in orgs
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập" not in orgs
    assert not [r for r in found.relations if r[1] == "subOrganizationOf"]
    # the body named by itself too: both, and the board under it
    found = read("Sáng 12/4, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức hội nghị. Ông Lò Văn Sinh, "
                 "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lập chủ trì.", title="Tiếp xúc cử tri xã Tân Lập")
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập", "subOrganizationOf",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập", None) in found.relations
    # a committee's standing board ("Ban Thường vụ") keeps its committee
    found = read("Ngày 5/3, Ban Thường vụ Huyện ủy Đông Mai tổ chức hội nghị.", title="Hội nghị")
    assert ("Ban Thường vụ Huyện ủy Đông Mai", "subOrganizationOf", "Huyện ủy Đông Mai", None) in found.relations


def test_a_place_after_a_body_s_short_form_in_brackets_is_the_body_s() -> None:
    # "Sở Khoa học và Công nghệ (KH&CN) tỉnh X": the body's name goes on past its short form
    found = read("Ngày 8/5, tại Sở Khoa học và Công nghệ (KH&CN) tỉnh Hòa Lâm đã tổ chức Đại hội Đảng bộ Sở.",
                 title="Đại hội Đảng bộ Sở")
    assert "Tỉnh Hòa Lâm" not in found.entities.get("Place", set())
    assert "Sở Khoa học và Công nghệ tỉnh Hòa Lâm" in found.entities["Organization"]
    # a place after an aside that is no short form stays a place
    found = read("Ngày 8/5, Sở Khoa học và Công nghệ (cơ quan thường trực) làm việc tại tỉnh Hòa Lâm.", title="Tin")
    assert "Tỉnh Hòa Lâm" in found.entities["Place"]


def test_a_cell_s_committee_named_with_its_cell_is_the_cell() -> None:
    # "Ban chi ủy Chi bộ X": the cell's executive committee, one body with the cell ("One body, two names")
    found = read("Sáng 20/5, Chi bộ Trường Tiểu học Tân Lập tổ chức Đại hội nhiệm kỳ 2025-2027. Đại hội đã bầu Ban "
                 "chi ủy Chi bộ Trường Tiểu học Tân Lập gồm 3 đồng chí; đồng chí Lò Thị Mai được bầu làm Bí thư "
                 "Chi bộ.",
                 title="Đại hội Chi bộ Trường Tiểu học Tân Lập")
    assert found.entities["Organization"] == {"Chi bộ Trường Tiểu học Tân Lập"}
    assert "Ban chi ủy Chi bộ Trường Tiểu học Tân Lập" in found.aliases["Chi bộ Trường Tiểu học Tân Lập"]
    assert not [r for r in found.relations if r[1] == "subOrganizationOf"]
    assert ("Lò Thị Mai", "holdsPost", "Chi bộ Trường Tiểu học Tân Lập", "Bí thư") in found.relations


def test_an_address_that_opens_the_sentence_ends_in_its_district_and_city() -> None:
    # "tại Hội trường …, 12 Hàng Mây, Đông Mai, Hà Nội, Chi bộ X tổ chức …": the address's district is a
    # place, though a body's name, not another province, follows the city
    found = read("Sáng ngày 5/6/2024, tại Hội trường Viện Ngôn ngữ, 12 Hàng Mây, Hai Bà Trưng, Hà Nội, Chi bộ Viện "
                 "Ngôn ngữ tổ chức Đại hội nhiệm kỳ 2024 - 2027.", title="Đại hội Chi bộ Viện Ngôn ngữ")
    assert "Quận Hai Bà Trưng" in found.entities["Place"]  # (its level, the district named with its province)
    # a list of provinces: each a province, none read as a district before the next
    found = read("Đoàn công tác đã làm việc với các tỉnh Lào Cai, Yên Bái, Sơn La, Điện Biên.", title="Làm việc")
    assert found.entities["Place"] == {"Tỉnh Lào Cai", "Tỉnh Yên Bái", "Tỉnh Sơn La", "Tỉnh Điện Biên"}
