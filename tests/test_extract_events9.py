"""Events, who attended them and where, ninth round: constructions the genre uses, each with
an invented sentence (places and people the bundled corpus does not contain).
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- who was there ------------------------------------------------------------------------------


def test_each_side_s_people_listed_after_the_guests_attended() -> None:
    found = read("Sáng 9/7, Đảng bộ Công ty Than Nà Khoa tổ chức Đại hội đại biểu lần thứ V. Về dự đại hội "
                 "có đồng chí Lò Văn Sầm, Bí thư Tỉnh ủy Mường Khoa. Phía Tổng công ty Khoáng sản Nà Khoa có "
                 "các đồng chí: Vi Thị Ngân, Chủ tịch HĐTV Tổng công ty; Lường Văn Páo, Tổng Giám đốc.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert {"Lò Văn Sầm", "Vi Thị Ngân", "Lường Văn Páo"} <= attended


def test_the_hosts_who_receive_a_delegation_are_no_side_of_it() -> None:
    found = read("Sáng 9/7, Bộ trưởng Lò Văn Sầm làm việc với Tỉnh ủy Mường Khoa. Cùng đi có đồng chí "
                 "Vi Thị Ngân, Thứ trưởng. Tiếp và làm việc với Đoàn có các đồng chí: Lường Văn Páo, "
                 "Bí thư Tỉnh ủy; Cầm Thị Dung, Chủ tịch UBND tỉnh.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert "Lường Văn Páo" not in attended and "Cầm Thị Dung" not in attended


# --- an occasion named back by its head ---------------------------------------------------------


def test_what_follows_an_occasion_s_head_is_no_part_of_its_name_where_it_is_not_one() -> None:
    found = read("Sáng 12/9, Hội Nông dân xã Nà Khoa trao 10 con dê giống cho hội viên. Tham dự buổi trao có "
                 "bà Lò Thị Ngân, Chủ tịch Hội Nông dân huyện Mường Khoa.")
    assert not any(" có " in e for e in found.entities.get("Event", ()))


def test_a_verb_after_an_occasion_named_back_begins_what_the_text_says_of_it() -> None:
    found = read("Sáng 15/10, Công ty Xăng dầu Nà Khoa tổ chức Lễ kỷ niệm 40 năm thành lập. Phát biểu "
                 "tại buổi lễ thuộc về ông Lò Văn Sầm, nguyên Giám đốc Công ty.")
    (event,) = found.entities["Event"]
    assert event.startswith("Lễ kỷ niệm 40 năm thành lập")
    assert ("Lò Văn Sầm", "attended", event, None) in found.relations


# --- a meeting cited, not attended --------------------------------------------------------------


def test_a_session_at_which_resolutions_were_adopted_is_cited_not_attended() -> None:
    found = read("Sáng 5/12, Tổ đại biểu HĐND huyện Nà Khoa tổ chức buổi tiếp xúc cử tri xã Mường Khoa. "
                 "Mở đầu buổi tiếp xúc, bà Lò Thị Ngân, Phó Chủ tịch HĐND huyện điểm lại các nghị quyết vừa "
                 "được HĐND huyện Nà Khoa thông qua tại kỳ họp cuối năm.")
    attended = {(s, o) for s, p, o, _ in found.relations if p == "attended"}
    assert {o for s, o in attended if s == "Lò Thị Ngân"} == {e for e in found.entities["Event"]
                                                              if e.startswith("Buổi tiếp xúc cử tri")}


def test_the_results_of_a_session_someone_reports_are_of_a_session_cited() -> None:
    found = read("Sáng 5/12, Tổ đại biểu HĐND tỉnh Mường Khoa tổ chức buổi tiếp xúc cử tri xã Nà Khoa. "
                 "Mở đầu buổi tiếp xúc, bà Lò Thị Ngân, Đại biểu HĐND tỉnh báo cáo kết quả kỳ họp thứ 9 HĐND "
                 "tỉnh khóa X.")
    attended = {o for s, p, o, _ in found.relations if p == "attended" and s == "Lò Thị Ngân"}
    assert attended and all(o.startswith("Buổi tiếp xúc cử tri") for o in attended)


# --- a body doing what a meeting is for -----------------------------------------------------------


def test_a_body_reviewing_on_a_day_holds_a_conference() -> None:
    found = read("Chiều ngày 21/8/2025, Công đoàn Bệnh viện Nà Khoa tổng kết phong trào \u201cMỗi ngày một "
                 "việc tốt\u201d giai đoạn 2023-2025. Đồng chí Lò Thị Ngân – Chủ tịch Công đoàn Bệnh viện cho "
                 "biết đã có 200 lượt đoàn viên tham gia.")
    (event,) = found.entities["Event"]
    assert event == ("Hội nghị tổng kết phong trào Mỗi ngày một việc tốt giai đoạn 2023-2025 "
                     "của Công đoàn Bệnh viện Nà Khoa ngày 21/8/2025")
    assert ("Lò Thị Ngân", "attended", event, None) in found.relations


def test_a_body_gathering_on_a_day_holds_an_occasion() -> None:
    found = read("Tối 12/5/2025, Đoàn Thanh niên Công ty Than Nà Khoa gặp mặt các thế hệ cán bộ Đoàn nhân "
                 "10 năm thành lập.")
    (event,) = found.entities["Event"]
    assert event == ("Buổi gặp mặt thế hệ cán bộ Đoàn nhân 10 năm thành lập của Đoàn Thanh niên Công ty Than "
                     "Nà Khoa ngày 12/5/2025")


def test_a_headline_with_no_day_and_a_campaign_launched_hold_no_meeting() -> None:
    found = read("Công đoàn Bệnh viện Nà Khoa tổng kết phong trào thi đua năm 2025\n\n"
                 "Sáng 14/7, Đoàn Thanh niên xã Nà Khoa ra quân hưởng ứng \u201cNgày Chủ nhật xanh\u201d tại ấp "
                 "Mường Khoa.")
    assert "Event" not in found.entities


# --- the day a meeting was held -------------------------------------------------------------------


def test_a_day_written_in_words_is_the_meeting_s_day() -> None:
    found = read("Sáng ngày 08 tháng 11 năm 2024, Đảng bộ Trường Cao đẳng Nà Khoa tổ chức hội nghị học tập "
                 "Nghị quyết của Đảng cho 4 chi bộ.")
    events = found.entities["Event"]
    assert any(e.endswith("của Đảng bộ Trường Cao đẳng Nà Khoa ngày 08/11/2024") for e in events)


# --- where it took place --------------------------------------------------------------------------


def test_the_centre_of_a_commune_is_a_place_not_a_body_nor_a_person() -> None:
    found = read("Sáng 21/3/2025, tại Nhà văn hóa trung tâm xã Đào Khê (huyện Nà Khoa), UBND huyện Nà Khoa "
                 "tổ chức Lễ công bố Quyết định công nhận xã đạt chuẩn nông thôn mới kiểu mẫu.")
    assert "Đào Khê" not in found.entities["Person"]
    (event,) = found.entities["Event"]
    assert (event, "locatedIn", "Xã Đào Khê", None) in found.relations


def test_the_hall_of_a_commune_s_body_places_the_meeting_in_the_commune_named_before() -> None:
    found = read("Phổ biến pháp luật cho cán bộ công đoàn trên địa bàn xã Nà Khoa\n\n"
                 "Chiều 9/3/2026, tại Hội trường UBND xã Nà Khoa, Liên đoàn Lao động tỉnh Mường Khoa tổ chức "
                 "Hội nghị phổ biến chính sách, pháp luật cho cán bộ công đoàn cơ sở.")
    (event,) = found.entities["Event"]
    assert (event, "locatedIn", "Xã Nà Khoa", None) in found.relations


def test_a_body_named_after_the_venue_s_comma_is_the_holder_not_the_venue() -> None:
    found = read("Ở xã Nà Khoa có 900 hội viên nông dân.\n\nSáng 21/6/2019, tại hội trường UBND xã, Hội Nông "
                 "dân xã Nà Khoa khai mạc Đại hội tuyên dương nông dân sản xuất giỏi lần thứ IX.")
    assert not any(p == "locatedIn" for _, p, _, _ in found.relations)


def test_a_meeting_s_head_before_a_verb_names_it_back() -> None:
    found = read("Sáng 5/12, Hội Cựu chiến binh tỉnh Nà Khoa tổ chức Hội nghị tổng kết công tác năm 2025. "
                 "Báo cáo tại hội nghị cho thấy các cấp Hội vận động được 14 tỷ đồng. Việc tổ chức hội nghị "
                 "nằm trong Kế hoạch số 18-KH/HCCB của Hội.")
    (event,) = found.entities["Event"]
    assert event.startswith("Hội nghị tổng kết công tác năm 2025")


def test_who_speaks_after_a_body_s_review_attended_the_review_not_an_earlier_rite() -> None:
    found = read("Ngày 3/9/2025, Đảng bộ Bệnh viện Nà Khoa tổ chức Lễ kết nạp đảng viên mới.\n\n"
                 "Chiều ngày 21/8/2025, Công đoàn Bệnh viện Nà Khoa tổng kết phong trào \u201cMỗi ngày một việc "
                 "tốt\u201d. Đồng chí Lò Thị Ngân – Chủ tịch Công đoàn Bệnh viện cho biết đã có 200 lượt tham gia.")
    attended = {o for s, p, o, _ in found.relations if p == "attended" and s == "Lò Thị Ngân"}
    assert attended and all(o.startswith("Hội nghị tổng kết") for o in attended)


# --- an event's name --------------------------------------------------------------------------------


def test_an_event_with_a_name_of_its_own_is_also_named_without_whose_it_is() -> None:
    found = read("Hơn 600 điển hình tiên tiến đã về dự Đại hội Thi đua yêu nước lần thứ VI (2025-2030) của "
                 "Tổng công ty Khoáng sản Nà Khoa khai mạc ngày 12/11.")
    (event,) = found.entities["Event"]
    assert "Đại hội Thi đua yêu nước lần thứ VI" in found.aliases[event]


def test_a_congress_named_by_its_number_only_is_not_named_without_its_body() -> None:
    found = read("Sáng 9/7, Đại hội đại biểu lần thứ VI của Đảng bộ Công ty Than Nà Khoa khai mạc.")
    for event in found.entities["Event"]:
        assert "Đại hội đại biểu lần thứ VI" not in found.aliases.get(event, ())


def test_a_meeting_named_back_after_it_is_said_held_at_a_venue_took_place_there() -> None:
    found = read("Liên đoàn Lao động tỉnh Nà Khoa tổ chức gặp mặt, biểu dương cán bộ công đoàn cơ sở.\n\n"
                 "Ngày 12/5, tại thành phố Mường Khoa, Liên đoàn Lao động tỉnh Nà Khoa tổ chức gặp mặt, biểu dương 80 "
                 "chủ tịch công đoàn cơ sở tiêu biểu.")
    assert any(p == "locatedIn" and o == "Thành phố Mường Khoa" for _, p, o, _ in found.relations)


def test_a_headline_naming_the_act_and_where_places_the_article_s_meeting_of_that_act() -> None:
    found = read("Công an huyện Nà Khoa: Ra mắt mô hình \u201cDòng họ an toàn\u201d tại xã Mường Khoa\n\n"
                 "Sáng 24/5/2023, Công an huyện Nà Khoa tổ chức Lễ ra mắt mô hình \u201cDòng họ an toàn\u201d. Dự lễ "
                 "có ông Lò Văn Sầm, Phó Chủ tịch UBND huyện Nà Khoa.")
    (event,) = found.entities["Event"]
    assert (event, "locatedIn", "Xã Mường Khoa", None) in found.relations


def test_a_headline_of_another_act_places_nothing() -> None:
    found = read("Trao quà cho hộ nghèo tại xã Mường Khoa\n\n"
                 "Sáng 24/5/2023, Công an huyện Nà Khoa tổ chức Lễ ra mắt mô hình \u201cDòng họ an toàn\u201d.")
    assert not any(p == "locatedIn" for _, p, _, _ in found.relations)


def test_an_item_opening_on_another_day_is_not_at_the_meeting_before() -> None:
    found = read("Chiều 21/8/2025, Công đoàn Bệnh viện Nà Khoa tổ chức Hội nghị tổng kết phong trào thi đua. "
                 "Ngày 30/7/2025, tại hội trường A, Bệnh viện Nà Khoa công bố quyết định bổ nhiệm ông Lò Văn "
                 "Sầm. Bà Vi Thị Ngân, Giám đốc Bệnh viện phát biểu giao nhiệm vụ.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert "Vi Thị Ngân" not in attended


def test_the_day_right_after_a_meeting_s_name_is_its_day() -> None:
    found = read("Chi bộ Phân xưởng Sửa chữa đã sinh hoạt chuyên đề quý III vào ngày 16 tháng 9 năm 2025 theo "
                 "Kế hoạch số 27-KH/ĐU của Đảng ủy Công ty Thủy điện Nà Khoa.")
    (event,) = found.entities["Event"]
    assert event == "Buổi sinh hoạt chuyên đề quý III của Chi bộ Phân xưởng Sửa chữa ngày 16/9/2025"


# --- what is not the article ----------------------------------------------------------------------


def test_headlines_listed_under_related_articles_are_no_events() -> None:
    found = read("Sáng 10/12, Hội Cựu chiến binh tỉnh Nà Khoa tổ chức Hội nghị tổng kết công tác năm 2025.\n\n"
                 "tin tức liên quan\nGặp mặt cựu chiến binh Sư đoàn 999 nhân ngày truyền thống\n"
                 "Hội thảo khoa học về tuyến đường Mường Khoa")
    assert len(found.entities["Event"]) == 1


def test_a_document_s_code_ending_in_capitals_after_d_is_not_cut_as_a_caption() -> None:
    found = read("Sáng 22/7, Ban Thường vụ Công đoàn Điện lực Nà Khoa tổ chức hội nghị sơ kết 6 tháng thực hiện "
                 "Chỉ thị số 07/CT-CĐĐL về chăm lo nhà ở cho công nhân.")
    (event,) = found.entities["Event"]
    assert event.startswith("Hội nghị sơ kết 6 tháng thực hiện Chỉ thị số 07/CT-CĐĐL ")
