"""Events and attendance as the development rounds (and the rounds opened in the thirty-fifth
session) showed them, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_who_an_event_has_the_presence_of_attended_it() -> None:
    # "Đại hội có sự tham gia của …", "Buổi lễ có sự hiện diện của …": attendance written as a presence
    found = read("Sáng 12/5, Công đoàn Viện Nghiên cứu Đông Mai tổ chức Đại hội Công đoàn Viện nhiệm kỳ 2023 - 2028.\n"
                 "Đại hội cũng có sự tham gia của lãnh đạo Viện, bao gồm: đ/c Lò Văn Sinh - Bí thư Chi bộ, "
                 "Viện trưởng; đ/c Đinh Thị Mai - Phó Viện trưởng.",
                 title="Đại hội Công đoàn Viện Nghiên cứu Đông Mai")
    congress = next(iter(found.entities["Event"]))
    assert {("Lò Văn Sinh", "attended", congress, None), ("Đinh Thị Mai", "attended", congress, None)} \
        <= found.relations
    found = read("Chiều 19/5, Chi bộ Trường Tiểu học Tây Mai tổ chức Lễ kết nạp đảng viên mới.\n"
                 "Buổi lễ có sự hiện diện của đồng chí Lê Văn Tài, Phó Bí thư Đảng ủy xã Tây Mai.",
                 title="Chi bộ Trường Tiểu học Tây Mai kết nạp đảng viên")
    rite = next(iter(found.entities["Event"]))
    assert ("Lê Văn Tài", "attended", rite, None) in found.relations


def test_who_authorised_another_to_act_at_a_rite_did_not_attend_it() -> None:
    # "Thừa ủy quyền của Chủ tịch nước A, Phó Thủ tướng B trao …": B is at the rite, A is not
    found = read("Sáng 11/3, Công an tỉnh Hòa Lâm tổ chức Lễ kỷ niệm 20 năm ngày truyền thống và đón nhận "
                 "Huân chương Chiến công hạng Nhất.\nThừa ủy quyền của Chủ tịch nước Lò Văn Sinh, Phó Thủ tướng "
                 "Đinh Văn Tài đã trao Huân chương Chiến công hạng Nhất cho Công an tỉnh.",
                 title="Công an tỉnh Hòa Lâm đón nhận Huân chương Chiến công hạng Nhất")
    attended = {r[0] for r in found.relations if r[1] == "attended"}
    assert "Đinh Văn Tài" in attended and "Lò Văn Sinh" not in attended, attended
    # "được sự ủy quyền của Chủ tịch Ủy ban … A, Thường trực Ủy ban … đã tổ chức lễ": the same with a long title
    found = read("Sáng 5/9, được sự ủy quyền của Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Lê Văn Hòa, "
                 "Thường trực Ủy ban MTTQ tỉnh Hòa Lâm tổ chức Lễ trao Kỷ niệm chương. Dự buổi lễ có ông Trần Văn "
                 "Mạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh.", title="Trao Kỷ niệm chương cho ông Đỗ Văn Bình")
    attended = {r[0] for r in found.relations if r[1] == "attended"}
    assert "Trần Văn Mạnh" in attended and "Lê Văn Hòa" not in attended, attended


def test_a_meeting_with_voters_named_by_its_act_is_an_occasion() -> None:
    # "Tiếp xúc cử tri trước kỳ họp thứ 15 HĐND tỉnh tại xã X": the genre's name is "Buổi tiếp xúc cử tri …"
    found = read("Tiếp xúc cử tri trước kỳ họp thứ 12 HĐND tỉnh tại xã Tây Mai, huyện Đông Mai\n"
                 "Sáng 27/7, tại xã Tây Mai, Tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri. Dự buổi tiếp xúc có "
                 "ông Lò Văn Sinh, Phó Chủ tịch HĐND tỉnh.", title="Đại biểu HĐND tỉnh tiếp xúc cử tri")
    events = found.entities["Event"]
    assert any(e.startswith("Buổi tiếp xúc cử tri trước kỳ họp thứ 12") for e in events), events
    assert not any(e.startswith("Tiếp xúc cử tri") for e in events), events


def test_an_event_named_short_without_its_term_is_the_one_named_in_full() -> None:
    # "Đại hội đại biểu Đảng bộ Trường Đại học KTCN Hòa Lâm" for the congress named in full with its number
    # and term: some of its words in order, an abbreviation spelled out, without what follows its name
    found = read("Ngày 17/5, Đại hội đại biểu Đảng bộ Trường Đại học Kỹ thuật Công nghiệp Hòa Lâm lần thứ VIII "
                 "nhiệm kỳ 2015 – 2020 đã diễn ra.\nPhát biểu tại Đại hội đại biểu Đảng bộ Trường Đại học KTCN "
                 "Hòa Lâm, đồng chí Lò Văn Sinh, Phó Bí thư Thành ủy ghi nhận kết quả nhiệm kỳ qua.",
                 title="Đại hội Đảng bộ Trường Đại học Kỹ thuật Công nghiệp Hòa Lâm")
    events = found.entities["Event"]
    full = "Đại hội đại biểu Đảng bộ Trường Đại học Kỹ thuật Công nghiệp Hòa Lâm lần thứ VIII nhiệm kỳ 2015 – 2020"
    assert full in events and "Đại hội đại biểu Đảng bộ Trường Đại học KTCN Hòa Lâm" not in events, events
    assert ("Lò Văn Sinh", "attended", full, None) in found.relations


def test_short_names_of_the_headline_s_event_the_body_names_two_ways_are_one_event() -> None:
    # the headline's congress with its term; the body's "Đại hội Công đoàn" (the headline its alias) and a
    # shorter "Đại hội Công đoàn Lưu trữ": one congress, not three
    found = read("Chiều ngày 31/03/2023, Công đoàn bộ phận Lưu trữ tổ chức Đại hội Công đoàn, nhiệm kỳ 2023 - 2028. "
                 "Dự Đại hội có đồng chí Lò Văn Sinh, Chủ tịch Công đoàn Trường.\nVới tinh thần trách nhiệm của các "
                 "đại biểu, Đại hội Công đoàn Lưu trữ đã thành công tốt đẹp.",
                 title="Đại hội Công đoàn bộ phận Lưu trữ nhiệm kỳ 2023-2028")
    assert len(found.entities["Event"]) == 1, found.entities["Event"]


def test_a_short_name_two_names_of_one_congress_shorten_is_that_congress() -> None:
    # "Đại hội Đảng bộ xã" (read with its commune's name) shortens both "Đại hội Đại biểu Đảng bộ xã X" (cut
    # at a comma) and "Đại hội đại biểu Đảng bộ xã X lần thứ I", which are one congress: so is it
    headline = ("Đại hội Đại biểu Đảng bộ xã Tây Mai, tỉnh Hòa Lâm lần thứ I, nhiệm kỳ 2025-2030 sẽ diễn ra trong "
                "hai ngày 23-24/8/2025")
    found = read(headline + ".\nĐảng bộ xã Tây Mai hiện có 36 chi, đảng bộ trực thuộc với 738 đảng viên. Đảng ủy xã "
                 "Tây Mai đã chỉ đạo đại hội chi bộ và Đại hội đại biểu Đảng bộ xã Tây Mai lần thứ I, nhiệm kỳ "
                 "2025-2030.\nCông tác chuẩn bị Đại hội Đảng bộ xã được triển khai khẩn trương, đúng tiến độ. Dự buổi "
                 "làm việc có đồng chí Lò Văn Sinh, Bí thư Huyện ủy.", title=headline)
    assert found.entities["Event"] == {"Đại hội đại biểu Đảng bộ xã Tây Mai lần thứ I"}, found.entities["Event"]
