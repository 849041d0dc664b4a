"""Posts as the development rounds showed them in the thirty-fifth session's second wave, each
reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import Found, read


def posts(found: Found) -> set[tuple[str, str, str | None]]:
    return {(r[0], r[2], r[3]) for r in found.relations if r[1] == "holdsPost"}


def test_a_bare_title_before_a_military_post_is_held_in_the_same_military_body() -> None:
    # "Phó Tư lệnh, Tham mưu trưởng Quân khu 9": no body above the military body, both posts in it
    found = read("Đại tá Lò Văn Sinh, Phó tư lệnh, Tham mưu trưởng Quân khu 9 phát biểu chỉ đạo hội nghị.")
    assert {("Lò Văn Sinh", "Quân khu 9", "Phó Tư lệnh"),
            ("Lò Văn Sinh", "Quân khu 9", "Tham mưu trưởng")} <= posts(found)
    found = read("Đại tá Đinh Văn Tài, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh Hòa Lâm "
                 "chủ trì hội nghị.")
    assert ("Đinh Văn Tài", "Bộ Chỉ huy Quân sự tỉnh Hòa Lâm", "Phó Chỉ huy trưởng") in posts(found)
    # a party committee's post after the bare title: the title is not the committee's
    found = read("Dự có ông Lò Văn Sinh, Phó Giám đốc, Bí thư Đảng ủy Bệnh viện Đa khoa tỉnh Hòa Lâm.")
    assert ("Lò Văn Sinh", "Bệnh viện Đa khoa tỉnh Hòa Lâm", "Phó Giám đốc") in posts(found)


def test_a_roster_whose_people_each_have_their_own_post_gives_none_the_last_title() -> None:
    # "gồm 3 đồng chí: A – X, B – Y, C – Z": the title after the last dash is C's alone, in C's body
    found = read("Hội nghị bầu Ban Thường vụ Đảng ủy Tổng công ty Hòa Lâm gồm 3 đồng chí: đồng chí Lò Văn Sinh "
                 "– Chủ tịch HĐQT, đồng chí Đinh Văn Tài – Tổng Giám đốc, đồng chí Hà Thị Lan – Phó Tổng Giám "
                 "đốc Tổng công ty Hòa Lâm.")
    assert not [p for p in posts(found) if p[2] == "Phó Tổng Giám đốc" and p[0] != "Hà Thị Lan"]
    assert not [p for p in posts(found) if p[1].startswith("Ban Thường vụ") and p[2] == "Phó Tổng Giám đốc"]
    # names joined before one dash still share its title
    found = read("Ban Chỉ đạo phòng chống thiên tai xã Hòa Lâm được thành lập, gồm 3 đồng chí: Lò Văn Sinh - "
                 "Trưởng ban; Đinh Văn Tài và Hà Thị Lan - Ủy viên.")
    assert {("Đinh Văn Tài", "Ủy viên"), ("Hà Thị Lan", "Ủy viên")} <= {(p[0], p[2]) for p in posts(found)}


def test_a_term_between_a_delegation_and_its_place_keeps_the_delegation() -> None:
    # "Trưởng đoàn ĐBQH khóa XIV tỉnh X": the term of office inside the name, the same delegation
    found = read("Dự có đồng chí Lò Văn Sinh, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XIV tỉnh Hòa Lâm.")
    assert ("Lò Văn Sinh", "Đoàn đại biểu Quốc hội tỉnh Hòa Lâm", "Trưởng đoàn") in posts(found)
    found = read("Đồng chí Lò Văn Sinh là Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Hòa Lâm.")
    assert ("Lò Văn Sinh", "Đoàn đại biểu Quốc hội tỉnh Hòa Lâm", "Trưởng đoàn") in posts(found)
