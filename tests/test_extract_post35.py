"""Posts as the development rounds showed them in the thirty-fifth session, each reproduced here
with invented people and places."""

from __future__ import annotations

from test_extract import Found, read


def posts(found: Found) -> set[tuple[str, str, str | None]]:
    return {(r[0], r[2], r[3]) for r in found.relations if r[1] == "holdsPost"}


def test_a_cell_member_is_a_member_of_the_cell_named_next_or_last() -> None:
    # "Chi ủy viên Chi bộ 3": of the cell named after the title
    found = read("Dự có đồng chí Đinh Văn Tài - Chi ủy viên Chi bộ 3 (Đảng bộ Trường Cao đẳng Hòa Lâm).")
    assert ("Đinh Văn Tài", "Chi bộ 3", "Ủy viên") in posts(found)
    # alone, of the cell the article named last
    found = read("Chiều 12/3, Chi bộ Khoa Hóa học tổ chức Đại hội nhiệm kỳ 2025-2027. Đại hội đã bầu Chi ủy "
                 "gồm: Đ/c Lò Văn Sinh – Bí thư Chi bộ; Đ/c Hà Thị Lan – Chi ủy viên.")
    assert ("Hà Thị Lan", "Chi bộ Khoa Hóa học", "Ủy viên") in posts(found)
    # none named: no post in a bare "Chi bộ"
    found = read("Chiều 12/3, chi bộ trường tổ chức Đại hội. Kết quả bà Lò Thị Sinh trúng cử Bí thư Chi bộ; "
                 "bà Hà Thị Lan – Chi ủy viên.")
    assert not [p for p in posts(found) if p[0] == "Hà Thị Lan"]


def test_a_career_told_of_a_pronoun_is_of_the_one_named_before() -> None:
    # "Ông … từng giữ các chức vụ: X; Y; Z": the posts held before, the last left to the article
    found = read("Ông Lò Văn Sinh được bổ nhiệm giữ chức Thứ trưởng Bộ Tư pháp. Ông công tác trong ngành từ năm "
                 "1990 đến 2017, từng giữ các chức vụ: Phó Giám đốc Sở Tư pháp tỉnh Hòa Lâm; Giám đốc Công an "
                 "tỉnh Hòa Lâm; Phó Chủ tịch UBND tỉnh Hòa Lâm.")
    assert {("Lò Văn Sinh", "Sở Tư pháp tỉnh Hòa Lâm", "nguyên Phó Giám đốc"),
            ("Lò Văn Sinh", "Công an tỉnh Hòa Lâm", "nguyên Giám đốc")} <= posts(found)
    # "Ông từng là X; Y": each post it was, the last too; named before by the given name alone
    found = read("Ông Lò Văn Sinh được bầu giữ chức Bí thư Đảng ủy Bộ Tư pháp. Ông Sinh, 53 tuổi, quê ở Hòa "
                 "Lâm. Ông từng là Bí thư Tỉnh đoàn Hòa Lâm; Phó Bí thư Tỉnh ủy Hòa Lâm.")
    assert {("Lò Văn Sinh", "Tỉnh đoàn Hòa Lâm", "nguyên Bí thư"),
            ("Lò Văn Sinh", "Tỉnh ủy Hòa Lâm", "nguyên Phó Bí thư")} <= posts(found)
    # two people named before: whose career it is, the text does not say
    found = read("Ông Lò Văn Sinh và ông Đinh Văn Tài được bổ nhiệm giữ chức Thứ trưởng Bộ Tư pháp. Ông từng là "
                 "Bí thư Tỉnh đoàn Hòa Lâm; Phó Bí thư Tỉnh ủy Hòa Lâm.")
    assert not [p for p in posts(found) if p[2] and p[2].startswith("nguyên")]


def test_an_honorary_chair_is_a_post_of_its_own() -> None:
    # "Chủ tịch danh dự Hội X": role "Chủ tịch danh dự" (5 of 5 development gold files that name one)
    found = read("Dự lễ có đồng chí Lò Văn Sinh, nguyên Phó Bí thư Tỉnh ủy, Chủ tịch danh dự Hội Chữ thập đỏ tỉnh "
                 "Hòa Lâm.")
    assert ("Lò Văn Sinh", "Hội Chữ thập đỏ tỉnh Hòa Lâm", "Chủ tịch danh dự") in posts(found)
    found = read("Đại hội nhất trí suy tôn Đại tướng Lò Văn Sinh tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh "
                 "tỉnh Hòa Lâm.")
    assert ("Lò Văn Sinh", "Hội Cựu chiến binh tỉnh Hòa Lâm", "Chủ tịch danh dự") in posts(found)


def test_a_title_inside_a_listed_roster_is_of_the_one_named_after_it() -> None:
    # "Tiểu ban gồm 4 người: A, …, Chủ tịch danh dự B, C, D": the title is B's alone
    found = read("Tiểu ban nhân sự gồm 4 người: Lò Văn Sinh, Trưởng tiểu ban, Chủ tịch danh dự Đinh Văn Tài, "
                 "Hà Văn Bình, Trần Văn Cường.")
    assert not [p for p in posts(found) if p[0] in ("Hà Văn Bình", "Trần Văn Cường")]


def test_a_deputy_made_head_of_the_same_body_leaves_the_deputy_s_post() -> None:
    # format, Appointments: "a post they leave is kept with 'nguyên'" (development gold 9 of 12)
    found = read("Ban Thường vụ Đảng ủy Khối đã chỉ định đồng chí Lò Văn Sinh, Phó Bí thư Thường trực Đảng ủy, "
                 "Giám đốc Học viện Hòa Lâm giữ chức Bí thư Đảng ủy Học viện Hòa Lâm.")
    assert {("Lò Văn Sinh", "Đảng ủy Học viện Hòa Lâm", "Bí thư"),
            ("Lò Văn Sinh", "Đảng ủy Học viện Hòa Lâm", "nguyên Phó Bí thư Thường trực"),
            ("Lò Văn Sinh", "Học viện Hòa Lâm", "Giám đốc")} <= posts(found)
    # a deputy's post in another body is kept
    found = read("Đồng chí Lò Văn Sinh, Phó Chủ tịch UBND tỉnh Hòa Lâm được bầu giữ chức Bí thư Tỉnh ủy Hòa Lâm.")
    assert ("Lò Văn Sinh", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in posts(found)
