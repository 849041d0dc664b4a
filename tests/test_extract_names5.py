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
    assert found.has("Organization", "Công ty Điện lực tỉnh Thái Bình")
    assert not any("KỂ TỪ" in label.upper() for label in found.entities.get("Organization", set()))


def test_a_photos_credit_ends_the_place_before_it() -> None:
    found = read("Đồng bào tham gia bỏ phiếu tại xã Tân Mỹ_Ảnh: TTXVN\n\nSáng 3/4, xã Tân Mỹ tổ chức hội nghị.")
    assert found.has("Place", "xã Tân Mỹ") and not found.has("Place", "xã Tân Mỹ Ảnh")
