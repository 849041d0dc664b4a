"""Sub-organisation links and places as the development rounds (new35 among them) showed them in
the thirty-fifth session's second wave, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_places_listed_after_bodies_or_posts_in_the_plural_are_the_bodies() -> None:
    # "Bí thư các huyện: A, B và C", "chi nhánh các tỉnh: …", "thuộc các đảng bộ: huyện A, huyện B":
    # the places listed name the bodies, not places the text names
    found = read("Tỉnh ủy Hòa Lâm đã điều động 3 cán bộ giữ chức Bí thư các huyện: Đông Mai, Tây Sơn Hạ và "
                 "Bắc Lũng Trà.", title="Hòa Lâm có 3 Bí thư Huyện ủy mới")
    assert not {"Huyện Đông Mai", "Huyện Tây Sơn Hạ", "Huyện Bắc Lũng Trà"} & found.entities.get("Place", set())
    found = read("Dịp này, 120 đảng viên được trao Huy hiệu Đảng, thuộc các đảng bộ: huyện Đông Mai, huyện "
                 "Tây Sơn Hạ và thị xã Bắc Lũng Trà.", title="Trao Huy hiệu Đảng")
    assert not {"Huyện Đông Mai", "Huyện Tây Sơn Hạ", "Thị xã Bắc Lũng Trà"} & found.entities.get("Place", set())
    # the places of a list led by a place's level alone stay places
    found = read("Đoàn đã tiếp xúc cử tri các xã: Tân Mai, Đông Lũng và Hòa Trà.", title="Tiếp xúc cử tri")
    assert {"Xã Tân Mai", "Xã Đông Lũng", "Xã Hòa Trà"} <= found.entities.get("Place", set())


def test_a_district_committee_is_under_the_province_committee_named_bare() -> None:
    # docs/gold-conventions/bodies.md 7: the committee of the level directly above, though the article
    # names it only bare ("Tỉnh ủy") and the district's committee with or without its place
    found = read("Sáng 12/5, Huyện ủy Tân Mai tổ chức hội nghị quán triệt nghị quyết. Dự hội nghị có đồng chí "
                 "Lò Văn Sinh, Phó Bí thư Tỉnh ủy.", title="Tân Mai quán triệt nghị quyết")
    assert ("Huyện ủy Tân Mai", "subOrganizationOf", "Tỉnh ủy", None) in found.relations
    found = read("Chiều 3/2, Huyện ủy tổ chức gặp mặt. Đồng chí Lò Văn Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, "
                 "dự và phát biểu.", title="Gặp mặt đảng viên")
    assert ("Huyện ủy", "subOrganizationOf", "Tỉnh ủy", None) in found.relations


def test_a_commune_committee_is_under_the_district_committee_named_only_in_its_board() -> None:
    # the bare district committee named only inside "Ban Thường vụ Huyện ủy" is named as well
    found = read("Ngày 5/6, Ban Thường vụ Huyện ủy kiểm tra công tác chuẩn bị đại hội tại Đảng ủy xã Tân Lũng. "
                 "Đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã Tân Lũng, báo cáo.", title="Kiểm tra chuẩn bị đại hội")
    assert ("Đảng ủy xã Tân Lũng", "subOrganizationOf", "Huyện ủy", None) in found.relations
