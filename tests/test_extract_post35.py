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
