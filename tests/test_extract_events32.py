"""Events and attendance as the development rounds showed them in the thirty-second session,
each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_rite_named_with_and_without_a_comma_between_its_verbs_is_one() -> None:
    # "Lễ giao, nhận quân" and "Lễ giao nhận quân": one rite, written both ways
    found = read("Sáng 20/2, huyện Đông Mai tổ chức Lễ giao, nhận quân năm 2024.\n"
                 "Dự Lễ giao nhận quân năm 2024 có đồng chí Lò Văn Sinh, Bí thư Huyện ủy Đông Mai; "
                 "đồng chí Đinh Thị Mai, Chủ tịch UBND huyện.", title="Đông Mai: Lễ giao nhận quân năm 2024")
    assert len(found.entities["Event"]) == 1, found.entities["Event"]
    rite = next(iter(found.entities["Event"]))
    assert {"Lễ giao nhận quân năm 2024", "Lễ giao, nhận quân năm 2024"} <= {rite} | found.aliases[rite]
    assert {("Lò Văn Sinh", "attended", rite, None), ("Đinh Thị Mai", "attended", rite, None)} <= found.relations


def test_who_receives_the_award_a_rite_is_named_for_attends_it() -> None:
    # docs/gold-conventions/events.md 1d: "Huy hiệu … được trao cho bà C" in a report of the badge rite
    found = read("Chiều 12/5, Huyện ủy Đông Mai tổ chức Lễ trao tặng Huy hiệu Đảng đợt 19/5. Dự buổi lễ có đồng chí "
                 "Lò Văn Sinh, Bí thư Huyện ủy Đông Mai.\nHuy hiệu 60 năm tuổi Đảng được trao cho ông Đinh Văn Tài, "
                 "sinh hoạt tại Chi bộ thôn Tây Mai; Huy hiệu 50 năm tuổi Đảng được trao cho bà Lê Thị Hoa.",
                 title="Đông Mai trao Huy hiệu Đảng đợt 19/5")
    rite = next(iter(found.entities["Event"]))
    assert {("Đinh Văn Tài", "attended", rite, None), ("Lê Thị Hoa", "attended", rite, None)} <= found.relations
    # a rite named only in passing, which no one is said to attend: its recipients attend nothing
    found = read("Hằng năm, Lễ trao tặng Huy hiệu Đảng được tổ chức vào dịp 3/2 và 19/5. Đợt này, Huy hiệu 30 năm "
                 "tuổi Đảng được trao cho ông Đinh Văn Tài.", title="Trao Huy hiệu Đảng")
    assert ("Đinh Văn Tài", "receivedAward", "Huy hiệu 30 năm tuổi Đảng", None) in found.relations
    assert not [r for r in found.relations if r[1] == "attended"]


def test_who_is_handed_a_decision_at_the_rite_attends_it() -> None:
    # as a badge is: the one a presenter hands a decision to is there to take it
    found = read("Sáng 12/10, UBND tỉnh Hòa Lâm tổ chức Lễ công bố quyết định bổ nhiệm Phó Giám đốc Sở Tư pháp.\n"
                 "Ông Lò Văn Sinh - Phó Chủ tịch UBND tỉnh Hòa Lâm trao quyết định bổ nhiệm ông Đinh Văn Tài - Trưởng "
                 "phòng Hành chính tư pháp giữ chức Phó Giám đốc Sở Tư pháp tỉnh.",
                 title="Bổ nhiệm Phó Giám đốc Sở Tư pháp Hòa Lâm")
    rite = next(iter(found.entities["Event"]))
    assert {("Lò Văn Sinh", "attended", rite, None), ("Đinh Văn Tài", "attended", rite, None)} <= found.relations


def test_a_level_abbreviated_with_a_dot_does_not_end_an_event_s_name() -> None:
    # "TP. Hòa Lâm" inside the congress's name: the dot abbreviates "thành phố"
    found = read("Ngày 25/6, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam TP. Hòa Lâm lần thứ X, nhiệm kỳ 2024-2029 "
                 "khai mạc. Dự Đại hội có đồng chí Lò Văn Sinh, Bí thư Thành ủy Hòa Lâm.",
                 title="Khai mạc Đại hội MTTQ thành phố")
    congress = "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Hòa Lâm lần thứ X"
    assert found.entities["Event"] == {congress}
    assert ("Lò Văn Sinh", "attended", congress, None) in found.relations


def test_a_badge_s_classes_listed_with_their_years_or_ages_stay_in_the_rite_s_name() -> None:
    found = read("Chiều 14/11, Đảng bộ huyện Đông Mai tổ chức Lễ trao Huy hiệu 30 năm, 40 năm và 50 năm tuổi Đảng đợt "
                 "7/11. Dự lễ có đồng chí Lò Văn Sinh, Bí thư Huyện ủy Đông Mai.",
                 title="Trao Huy hiệu Đảng ở Đông Mai")
    rite = "Lễ trao Huy hiệu 30 năm, 40 năm và 50 năm tuổi Đảng đợt 7/11 của Đảng bộ huyện Đông Mai ngày 14/11"
    assert found.entities["Event"] == {rite}
    assert ("Lò Văn Sinh", "attended", rite, None) in found.relations
    found = read("Chiều 17/6, Huyện ủy Đông Mai tổ chức Lễ trao huy hiệu 65, 70, 75 tuổi Đảng. Dự lễ có đồng chí "
                 "Lò Văn Sinh, Bí thư Huyện ủy Đông Mai.", title="Trao Huy hiệu Đảng ở Đông Mai")
    assert found.entities["Event"] == {"Lễ trao huy hiệu 65, 70, 75 tuổi Đảng của Huyện ủy Đông Mai ngày 17/6"}


def test_a_page_s_numbered_photo_is_no_part_of_a_rite_s_name() -> None:
    # "… - ảnh 1": the page's caption of its first photo, in small letters
    found = read("Chiều 30/1, Đảng ủy phường Đông Mai tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3/2.\n"
                 "Đảng ủy phường Đông Mai trang trọng tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3/2 - ảnh 1\n"
                 "Dự buổi lễ có đồng chí Lò Văn Sinh, Bí thư Đảng ủy phường Đông Mai.",
                 title="Phường Đông Mai trao Huy hiệu Đảng")
    rite = "Lễ trao tặng Huy hiệu Đảng đợt 3/2 của Đảng ủy phường Đông Mai ngày 30/1"
    assert found.entities["Event"] == {rite}
    assert not [a for a in found.aliases[rite] if "ảnh" in a]


def test_who_presents_a_resolution_a_report_or_a_plan_to_the_meeting_attends_it() -> None:
    found = read("Sáng 12/4, Đảng ủy phường Đông Mai tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại hội XIII "
                 "của Đảng.\nĐồng chí Lò Văn Sinh, Phó Trưởng ban Tuyên giáo Quận ủy quán triệt các nội dung cơ bản "
                 "của Nghị quyết.\nHội nghị đã nghe đồng chí Đinh Thị Mai, Chủ tịch UBND phường về tình hình kinh tế - "
                 "xã hội.\n"
                 "Đồng chí Lê Văn Hai, Bí thư Đảng ủy phường thông báo kết quả hội nghị Quận ủy.\n"
                 "Đồng chí Hà Văn Lực, Chủ tịch UBMTTQ phường triển khai kế hoạch năm 2021.",
                 title="Phường Đông Mai quán triệt Nghị quyết")
    # (the other Event is the congress its resolution names, which no one here attended)
    meeting = next(e for e in found.entities["Event"] if e.startswith("Hội nghị"))
    assert {(name, "attended", meeting, None) for name in ("Lò Văn Sinh", "Đinh Thị Mai", "Lê Văn Hai", "Hà Văn Lực")} \
        <= found.relations


def test_who_hands_flowers_or_gifts_or_puts_a_text_to_the_meeting_attends_it() -> None:
    found = read("Ngày 2/10, Hội Liên hiệp Phụ nữ xã Đông Mai tổ chức Lễ ra mắt mô hình “Nhà sạch, vườn đẹp”.\n"
                 "Đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã tặng hoa chúc mừng Ban chủ nhiệm mô hình.\n"
                 "Đồng chí Đinh Thị Mai, Phó Chủ tịch Hội thông qua quy chế hoạt động của mô hình.",
                 title="Tin hoạt động Hội")
    rite = next(iter(found.entities["Event"]))
    assert {("Lò Văn Sinh", "attended", rite, None), ("Đinh Thị Mai", "attended", rite, None)} <= found.relations


def test_a_visit_to_greet_a_body_at_a_feast_is_an_occasion_its_visitors_and_hosts_attend() -> None:
    found = read("Sáng 20/1, Đoàn công tác Ban Dân vận Tỉnh ủy Hòa Lâm do đồng chí Lò Văn Sinh – Trưởng Ban Dân vận "
                 "Tỉnh ủy làm trưởng đoàn đến thăm, chúc Tết Giáo hội Phật giáo tỉnh Hòa Lâm tại chùa Đông Mai.\n"
                 "Tiếp đoàn có ông Đinh Văn Tài – Phó Trưởng ban Trị sự Giáo hội Phật giáo tỉnh.",
                 title="Thăm, chúc Tết Giáo hội Phật giáo tỉnh")
    visit = "Buổi thăm, chúc Tết Giáo hội Phật giáo tỉnh Hòa Lâm của Ban Dân vận Tỉnh ủy Hòa Lâm ngày 20/1"
    assert found.entities["Event"] == {visit}
    assert "thăm, chúc Tết Giáo hội Phật giáo tỉnh Hòa Lâm" in found.aliases[visit]
    assert {("Lò Văn Sinh", "attended", visit, None), ("Đinh Văn Tài", "attended", visit, None)} <= found.relations
    # an official's, whom he greets ending before the occasion
    found = read("Chiều ngày 2/2, đồng chí Lê Văn Hai, Phó Chủ tịch UBND tỉnh Hòa Lâm đã đến thăm và chúc mừng "
                 "Trường Đại học Hòa Lâm nhân kỷ niệm 40 năm thành lập.", title="Chúc mừng Trường Đại học Hòa Lâm")
    visit = "Buổi thăm và chúc mừng Trường Đại học Hòa Lâm của Lê Văn Hai ngày 2/2"
    assert found.entities["Event"] == {visit}
    assert ("Lê Văn Hai", "attended", visit, None) in found.relations


def test_a_year_end_review_s_directions_and_tasks_stay_in_its_name() -> None:
    # "phương hướng, nhiệm vụ năm 2026": the comma joins two words of the name ("nhiệm kỳ" after a
    # comma still begins a clause)
    found = read("Ngày 9/1/2026, UBND xã Đông Mai tổ chức Hội nghị tổng kết thực hiện nhiệm vụ năm 2025 và triển khai "
                 "phương hướng, nhiệm vụ năm 2026. Dự hội nghị có đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã.",
                 title="Xã Đông Mai tổng kết năm 2025")
    meeting = next(iter(found.entities["Event"]))
    assert meeting.startswith("Hội nghị tổng kết thực hiện nhiệm vụ năm 2025 và triển khai phương hướng, nhiệm vụ "
                              "năm 2026")
    assert ("Lò Văn Sinh", "attended", meeting, None) in found.relations


def test_a_headline_s_tag_is_no_part_of_the_occasion_s_name() -> None:
    found = read("Sáng 22/3, tại Trung tâm Hội nghị tỉnh, Ban Thường vụ Tỉnh đoàn Hòa Lâm đã tổ chức trao Kỷ niệm "
                 "chương “Vì thế hệ trẻ” cho các cá nhân.\nTham dự có đồng chí Lò Văn Sinh, Phó Chủ tịch UBND tỉnh.",
                 title="Hòa Lâm: Trao Kỷ niệm chương “Vì thế hệ trẻ” cho các cá nhân")
    rite = next(iter(found.entities["Event"]))
    assert "Trao Kỷ niệm chương “Vì thế hệ trẻ” cho các cá nhân" in found.aliases[rite]


def test_the_meeting_named_back_with_what_is_said_of_it_is_the_one_the_text_is_at() -> None:
    # "Hội nghị vinh dự được đón tiếp …", "Cuộc họp lần này …": no meeting of their own
    found = read("Chiều ngày 15/01/2021, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác năm 2020.\n"
                 "Hội nghị vinh dự được đón tiếp các đại biểu gồm: đồng chí Lò Văn Sinh - Phó Chủ tịch UBND tỉnh; "
                 "đồng chí Đinh Thị Mai - Chủ tịch Công đoàn Viên chức tỉnh.\n"
                 "Cuộc họp lần này đã thống nhất các nội dung.", title="Sở Tư pháp tổng kết năm 2020")
    meeting = "Hội nghị tổng kết công tác năm 2020 của Sở Tư pháp tỉnh Hòa Lâm ngày 15/01/2021"
    assert found.entities["Event"] == {meeting}
    assert {("Lò Văn Sinh", "attended", meeting, None), ("Đinh Thị Mai", "attended", meeting, None)} <= found.relations


def test_how_when_and_what_else_end_an_event_s_name() -> None:
    found = read("Ngày 15/11, Ban Công tác Mặt trận xã Đông Mai tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 "
                 "trong không khí vui tươi, đầm ấm. Dự Ngày hội có đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã.",
                 title="Xã Đông Mai tổ chức Ngày hội Đại đoàn kết")
    festival = next(iter(found.entities["Event"]))
    assert festival.startswith("Ngày hội Đại đoàn kết toàn dân tộc năm 2024"), festival
    assert "không khí" not in festival
    found = read("Ngày 4/6, Thường trực HĐND xã Đông Mai tổ chức Hội nghị tiếp xúc cử tri đảm bảo đúng luật. Đồng chí "
                 "Đinh Thị Mai, Chủ tịch HĐND xã chủ trì hội nghị.", title="Tiếp xúc cử tri")
    assert not [e for e in found.entities["Event"] if "đảm bảo" in e]



def test_a_head_followed_by_where_to_or_what_it_did_names_the_event_back() -> None:
    # "Hội nghị tới các ban công tác mặt trận …", "Đại hội đưa ra …": the head alone, no name
    found = read("Sáng 4/6, Thường trực Ủy ban MTTQ phường Đông Mai tổ chức Hội nghị triển khai kế hoạch tiếp xúc cử "
                 "tri. Thường trực đã triển khai kế hoạch tổ chức Hội nghị tới 29 ban công tác mặt trận.\n"
                 "Đại hội đưa ra tầm nhìn đến năm 2030.", title="Phường Đông Mai chuẩn bị tiếp xúc cử tri")
    assert not [e for e in found.entities["Event"] if " tới " in e or "đưa ra" in e], found.entities["Event"]


def test_the_delegates_after_a_head_with_no_comma_are_no_part_of_its_name() -> None:
    found = read("Ngày 21/11, Hội Chữ thập đỏ tỉnh Hòa Lâm tổ chức Lễ kỷ niệm 70 năm ngày thành lập Hội Chữ thập "
                 "đỏ Việt Nam.\nTại Lễ kỷ niệm các đại biểu đã ôn lại chặng đường 70 năm. Dự Lễ kỷ niệm có đồng chí "
                 "Lò Văn Sinh, Phó Chủ tịch UBND tỉnh.", title="Kỷ niệm 70 năm thành lập Hội Chữ thập đỏ")
    rite = "Lễ kỷ niệm 70 năm ngày thành lập Hội Chữ thập đỏ Việt Nam của Hội Chữ thập đỏ tỉnh Hòa Lâm ngày 21/11"
    assert found.entities["Event"] == {rite}
    assert ("Lò Văn Sinh", "attended", rite, None) in found.relations
