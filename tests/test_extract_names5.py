"""Names, by example: a family name that is also a form of address, and bodies named in a
heading in capitals.  Each example is an invented sentence in the genre's manner about places
and people that the corpora do not contain.
"""

from __future__ import annotations

from tests.test_extract import read


def test_a_family_name_that_is_also_a_form_of_address_after_a_cue_is_the_family_name() -> None:
    found = read("Thừa ủy quyền, đồng chí Ông Văn Lạc – Thứ trưởng Bộ Xây dựng đã trao Bằng khen "
                 "cho Công ty Cổ phần Xây dựng Hòa Minh.")
    assert found.has("Person", "Ông Văn Lạc") and not found.has("Person", "Văn Lạc")
    # at the start of a sentence "Ông" is still a form of address
    found = read("Ông Văn Lạc cho biết công trình sẽ xong trước tháng 6.")
    assert found.has("Person", "Văn Lạc")


# ------------------------------------------------------------------ bodies in a heading in capitals


def test_in_a_heading_in_capitals_a_provinces_name_is_a_known_province_and_ends_the_body() -> None:
    found = read("Sáng 20/8, đoàn công tác UBND tỉnh Lạc Sơn kiểm tra tại huyện Đồng Vân.",
                 title="PHÓ CHỦ TỊCH UBND TỈNH KIỂM TRA CÔNG TÁC PHÒNG, CHỐNG DỊCH TẠI ĐỒNG VÂN")
    assert not any("KIỂM TRA" in label.upper() for label in found.entities.get("Organization", set()))
    found = read("ÔNG LÊ VĂN AN GIỮ CHỨC PHÓ GIÁM ĐỐC CÔNG TY ĐIỆN LỰC THÁI BÌNH KỂ TỪ NGÀY 01/11/2024. "
                 "Công ty Điện lực Thái Bình tổ chức hội nghị.")
    assert "Công ty Điện lực Thái Bình" in found.entities["Organization"]
    assert not any("KỂ TỪ" in label.upper() for label in found.entities.get("Organization", set()))


def test_a_photos_credit_ends_the_place_before_it() -> None:
    found = read("Đồng bào tham gia bỏ phiếu tại xã Tân Mỹ_Ảnh: TTXVN\n\nSáng 3/4, xã Tân Mỹ tổ chức hội nghị.")
    assert found.has("Place", "xã Tân Mỹ") and not found.has("Place", "xã Tân Mỹ Ảnh")


def test_after_tinh_a_known_province_is_the_whole_place_and_a_bodys_head_or_a_region_none() -> None:
    # "tỉnh Hội": the association at the province's level, not a province called "Hội"
    found = read("Hội Nông dân tỉnh Quảng Trị tổ chức Hội nghị Ban Chấp hành tỉnh Hội lần thứ 12. "
                 "Bà Lê Thị Hằng, Chánh Văn phòng Hội Nông dân tỉnh, được bầu bổ sung.")
    assert not any(label.endswith("tỉnh Hội") for label in found.entities.get("Organization", set()))
    assert not found.has("Place", "tỉnh Hội")
    # a known province ends the place: what follows is the award
    found = read("Trung ương Hội LHPN Việt Nam tặng Hội LHPN tỉnh Khánh Hòa Cờ thi đua năm 2023.")
    assert found.has("Organization", "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa")
    found = read("Ủy ban MTTQ Việt Nam các cấp ở các tỉnh Nam Bộ phối hợp với các chùa.")
    assert not found.has("Place", "tỉnh Nam Bộ")
    # a province the lists do not hold still is one ("tỉnh Champasak", Laos)
    found = read("Đoàn công tác làm việc với Ủy ban nhân dân tỉnh Champasak, Lào.")
    assert found.has("Organization", "Ủy ban nhân dân tỉnh Champasak")
