"""Events and attendance as the development rounds (and the newly opened rounds 19-21) showed
them in the thirty-fifth session, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_session_is_named_with_the_body_written_after_it_though_no_term_follows() -> None:
    # "trước kỳ họp thứ 12 HĐND tỉnh": the session with its body, as written and bare its aliases
    found = read("Sáng 20/7, đại biểu HĐND tỉnh Hòa Lâm tiếp xúc cử tri xã Tân Mai trước kỳ họp thứ 12 HĐND tỉnh. "
                 "Dự có ông Lò Văn Sinh, Chủ tịch UBND xã.", title="Tiếp xúc cử tri xã Tân Mai")
    session = "Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Hòa Lâm"
    assert session in found.entities["Event"]
    assert {"Kỳ họp thứ 12 HĐND tỉnh", "Kỳ họp thứ 12"} <= found.aliases[session]
    # the body's term in years after a comma goes on the name
    found = read("Ngày 9/1, HĐND phường Tây Mai tổ chức tiếp xúc cử tri sau kỳ họp thứ Sáu Hội đồng nhân dân phường, "
                 "nhiệm kỳ 2021 - 2026.", title="Phường Tây Mai tiếp xúc cử tri")
    assert "Kỳ họp thứ Sáu Hội đồng nhân dân phường Tây Mai nhiệm kỳ 2021 - 2026" in found.entities["Event"]


def test_who_presents_in_a_caption_above_the_report_attends_the_rite_named_after() -> None:
    # a photo's caption before the rite is first named: the presenter is at the rite named just after
    found = read("Đồng chí Lò Văn Sinh, Phó Bí thư Thường trực Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho đảng viên "
                 "Đinh Văn Tài.\nSáng 2/2, Huyện ủy Đông Mai tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho 40 đảng viên. "
                 "Dự buổi lễ có đồng chí Lê Thị Hoa, Bí thư Huyện ủy.", title="Đông Mai trao Huy hiệu Đảng đợt 3/2")
    rite = next(iter(found.entities["Event"]))
    assert {("Lò Văn Sinh", "attended", rite, None), ("Lê Thị Hoa", "attended", rite, None)} <= found.relations
    # a caption of what the same day held elsewhere ("Cùng ngày, …") is not at the rite
    found = read("Cùng ngày, đồng chí Lò Văn Sinh trao quà cho các gia đình chính sách.\nSáng 2/2, Huyện ủy Đông Mai "
                 "tổ chức Lễ trao Huy hiệu Đảng đợt 3/2. Dự buổi lễ có đồng chí Lê Thị Hoa, Bí thư Huyện ủy.",
                 title="Đông Mai trao Huy hiệu Đảng đợt 3/2")
    assert not [r for r in found.relations if r[0] == "Lò Văn Sinh" and r[1] == "attended"]


def test_a_congress_named_by_a_term_only_that_many_bodies_hold_is_no_one_event() -> None:
    # "các chi bộ … tổ chức Đại hội nhiệm kỳ …", "07/08 chi bộ tổ chức …": the congresses of a term
    found = read("Đến nay, các chi bộ trực thuộc Đảng ủy xã Tân Mai đã tổ chức thành công Đại hội nhiệm kỳ 2025 - 2027."
                 " "
                 "Chiều 3/3, đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã Tân Mai làm việc với Chi bộ thôn Tây Mai.",
                 title="Tân Mai hoàn thành đại hội chi bộ")
    assert not [e for e in found.entities.get("Event", ()) if e.startswith("Đại hội nhiệm kỳ")]
    found = read("Trong tháng 3, xã Tân Mai đã có 07/08 chi bộ tổ chức thành công Đại hội chi bộ nhiệm kỳ 2025 - 2027.",
                 title="Tân Mai hoàn thành đại hội chi bộ")
    assert not [e for e in found.entities.get("Event", ()) if e.startswith("Đại hội chi bộ nhiệm kỳ")]
    # one body holding it: its congress, which the text names by its term
    found = read("Sáng 10/3, Chi bộ thôn Tây Mai tổ chức Đại hội chi bộ nhiệm kỳ 2025 - 2027. Dự Đại hội có đồng chí "
                 "Lò Văn Sinh, Bí thư Đảng ủy xã Tân Mai.", title="Đại hội Chi bộ thôn Tây Mai")
    assert found.entities.get("Event")


def test_a_numbered_congress_of_delegates_written_in_capitals_is_named_with_its_holder() -> None:
    # "X tổ chức Đại hội Đại biểu lần thứ III": "Đại biểu" capitalised, as "đại biểu" is read
    found = read("Sáng 28/6, Hội Hữu nghị Việt Nam - Lào tỉnh Hòa Lâm đã tổ chức Đại hội Đại biểu lần thứ III, "
                 "nhiệm kỳ 2023-2028. Tham dự Đại hội có ông Lò Văn Sinh, Chủ tịch UBND tỉnh Hòa Lâm.",
                 title="Đại hội Hội Hữu nghị Việt Nam - Lào tỉnh Hòa Lâm")
    congress = "Đại hội Đại biểu Hội Hữu nghị Việt Nam - Lào tỉnh Hòa Lâm lần thứ III"
    assert congress in found.entities["Event"]
    assert ("Lò Văn Sinh", "attended", congress, None) in found.relations


def test_the_congress_a_delegation_goes_to_is_not_the_one_named_back() -> None:
    # "Đoàn đại biểu tỉnh X tham dự Đại hội Y gồm …", then "phát biểu tại đại hội": the province's congress
    found = read("Sáng 19/12, Đại hội đại biểu Hội Nông dân tỉnh Hòa Lâm lần thứ IX, nhiệm kỳ 2025 - 2030 bế mạc.\n"
                 "Đoàn đại biểu tỉnh Hòa Lâm tham dự Đại hội Hội Nông dân Việt Nam lần thứ IX gồm 14 đại biểu "
                 "chính thức.\nÔng Lò Văn Sinh, Phó Bí thư Tỉnh ủy phát biểu tại đại hội.",
                 title="Bế mạc Đại hội Hội Nông dân tỉnh Hòa Lâm")
    attended = {r[2] for r in found.relations if r[0] == "Lò Văn Sinh" and r[1] == "attended"}
    assert attended and all("tỉnh Hòa Lâm" in e for e in attended), attended
    # one who speaks for the delegation at the congress is there
    found = read("Ông Lò Văn Sinh thay mặt Đoàn đại biểu Đảng bộ tỉnh Hòa Lâm dự Đại hội XIV của Đảng trình bày tham "
                 "luận tại Đại hội.", title="Tham luận của Đoàn đại biểu Đảng bộ tỉnh Hòa Lâm")
    assert [r for r in found.relations if r[0] == "Lò Văn Sinh" and r[1] == "attended"]
