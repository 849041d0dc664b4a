"""Attendance as the development rounds showed it in the thirty-fourth session's second wave,
each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_the_deputies_who_meet_voters_attend_the_meeting() -> None:
    # "Tổ đại biểu … gồm các đại biểu: A; B đã tiếp xúc cử tri …": the group's deputies are there
    found = read("Sáng 12/11, Tổ đại biểu HĐND tỉnh gồm các đại biểu: Lò Văn Sinh, Phó Chủ tịch UBND tỉnh; "
                 "Đinh Thị Mai, Bí thư Huyện ủy Tân Mai đã tiếp xúc cử tri huyện Tân Mai trước Kỳ họp thứ 9.",
                 title="Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Tân Mai")
    attended = {(r[0], r[2]) for r in found.relations if r[1] == "attended"}
    for person in ("Lò Văn Sinh", "Đinh Thị Mai"):
        assert any(p == person and "tiếp xúc cử tri" in e.lower() for p, e in attended), attended


def test_the_leader_of_a_group_of_deputies_and_its_members_attend() -> None:
    # "Tổ trưởng là bà A, … và các đại biểu B; C" below the voters' meeting the group holds
    found = read("Tối 8/1, Hội đồng nhân dân phường Đông Hòa tổ chức Hội nghị tiếp xúc cử tri sau kỳ họp thứ Năm.\n"
                 "Tổ trưởng là bà Lê Thị Hoa, Chủ tịch HĐND phường và các đại biểu Đinh Văn Tài; "
                 "đại biểu Lò Thị Lan.", title="Tiếp xúc cử tri phường Đông Hòa")
    attended = {(r[0], r[2]) for r in found.relations if r[1] == "attended"}
    for person in ("Lê Thị Hoa", "Đinh Văn Tài", "Lò Thị Lan"):
        assert any(p == person and "tiếp xúc cử tri" in e.lower() for p, e in attended), attended


def test_a_meeting_the_headline_names_without_its_head_is_the_one_the_body_names() -> None:
    # "Giao ban công tác X" (the headline) and "Hội nghị giao ban công tác X … ngày 20/6" (the body): one meeting
    found = read("Ngày 20/6, tại huyện Tân Mai, đồng chí Lò Văn Sinh, Phó Trưởng Ban Dân vận Trung ương chủ trì "
                 "Hội nghị giao ban công tác Dân vận 5 tỉnh khu vực Tây Bắc.",
                 title="Giao ban công tác Dân vận 5 tỉnh khu vực Tây Bắc")
    attended = [r[2] for r in found.relations if r[0] == "Lò Văn Sinh" and r[1] == "attended"]
    assert len(found.entities["Event"]) == 1, found.entities["Event"]
    assert attended == list(found.entities["Event"]), attended
    meeting = attended[0]
    assert "Giao ban công tác Dân vận 5 tỉnh khu vực Tây Bắc" in {meeting} | found.aliases[meeting]
