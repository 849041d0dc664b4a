"""Events, who attended them and where they were held, by example: the eleventh session's
rules, each with an invented sentence in the genre's manner about places and people the
bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- who speaks for others at a meeting ------------------------------------------------

_MEETING = ("Sáng 12/3, Hội Nông dân huyện Yên Khê tổ chức Hội nghị tổng kết công tác Hội năm 2025. "
            "Dự hội nghị có ông Đào Văn Khiêm, Phó Chủ tịch UBND huyện. ")


def _meeting(found_events: set[str]) -> str:
    return next(label for label in found_events if label.startswith("Hội nghị tổng kết công tác Hội"))


def test_who_speaks_for_others_opening_the_sentence_attended() -> None:
    found = read(_MEETING + "Thay mặt Ban Thường vụ, bà Lục Thị Mai, Chủ tịch Hội Nông dân huyện tiếp thu "
                 "các ý kiến của hội viên.")
    meeting = _meeting(found.entities["Event"])
    assert ("Lục Thị Mai", "attended", meeting, None) in found.relations


def test_who_speaks_for_others_after_his_titles_attended() -> None:
    found = read(_MEETING + "Ông Hoàng Văn Lịch, Trưởng Chi hội Nông dân thôn Đồng Tâm thay mặt hội viên hứa "
                 "sẽ thi đua sản xuất giỏi.")
    meeting = _meeting(found.entities["Event"])
    assert ("Hoàng Văn Lịch", "attended", meeting, None) in found.relations


def test_only_the_one_speaking_for_others_attended_not_whom_he_names() -> None:
    found = read(_MEETING + "Thay mặt Ban Thường vụ, ông Đào Văn Khiêm ghi nhận đóng góp của ông Phùng Văn Tạo "
                 "trong 10 năm làm Chủ tịch Hội.")
    meeting = _meeting(found.entities["Event"])
    assert ("Phùng Văn Tạo", "attended", meeting, None) not in found.relations


def test_who_receives_for_others_is_not_said_to_speak() -> None:
    found = read(_MEETING + "Dịp này, UBND huyện tặng Giấy khen cho Chi hội thôn Đồng Tâm; ông Hoàng Văn Lịch, "
                 "Trưởng Chi hội thay mặt nhận Giấy khen.")
    meeting = _meeting(found.entities["Event"])
    assert ("Hoàng Văn Lịch", "attended", meeting, None) not in found.relations


def test_who_answers_voters_attended() -> None:
    found = read("Chiều 5/7, Hội đồng nhân dân huyện Yên Khê khai mạc Kỳ họp thứ 9, khóa XXI. "
                 "Ông Lã Văn Hiếu, Trưởng phòng Tài chính huyện giải trình thêm về kinh phí làm đường.")
    session = next(label for label in found.entities["Event"] if label.startswith("Kỳ họp thứ 9"))
    assert ("Lã Văn Hiếu", "attended", session, None) in found.relations


# --- where an event took place ------------------------------------------------------------


def test_a_place_chosen_to_host_an_event_is_where_it_took_place() -> None:
    found = read("Ủy ban nhân dân huyện Yên Khê chọn xã Phú Lãm làm điểm tổ chức Lễ ra quân trồng cây "
                 "đầu xuân sáng 14/2.")
    event = next(label for label in found.entities["Event"] if label.startswith("Lễ ra quân trồng cây"))
    assert (event, "locatedIn", "Xã Phú Lãm", None) in found.relations


def test_the_place_people_came_to_attend_an_event_is_where_it_took_place() -> None:
    found = read("120 đại biểu của 15 chi bộ đã về thành phố Hòa Lâm, tỉnh Yên Khê dự Đại hội đại biểu "
                 "Đảng bộ Công ty Cơ khí Sông Mã lần thứ V, nhiệm kỳ 2025 - 2030.")
    event = next(label for label in found.entities["Event"] if label.startswith("Đại hội đại biểu Đảng bộ"))
    assert (event, "locatedIn", "Thành phố Hòa Lâm", None) in found.relations


def test_coming_to_a_place_for_another_reason_says_nothing_of_where_an_event_was() -> None:
    found = read("Ông Lã Văn Hiếu về thành phố Hòa Lâm công tác từ năm 2019, nay dự Đại hội đại biểu "
                 "Đảng bộ Công ty Cơ khí Sông Mã lần thứ V.")
    assert not any(p == "locatedIn" for _, p, _, _ in found.relations)


def test_a_meeting_said_to_take_place_on_a_day_at_a_venue_took_place_there() -> None:
    found = read("Chương trình “Bàn tay vàng” lần thứ 3 do Công đoàn ngành Dệt may và Báo Người Thợ phối hợp "
                 "thực hiện đã diễn ra tối ngày 12/6 tại Hà Nội.")
    event = next(label for label in found.entities["Event"] if label.startswith("Chương trình"))
    assert (event, "locatedIn", "Thành phố Hà Nội", None) in found.relations


def test_a_meeting_given_to_someone_at_a_place_is_not_said_to_take_place_there() -> None:
    found = read("Hội Nông dân huyện tổ chức lễ bàn giao nhà tình nghĩa cho gia đình ông Lò Văn Tiến, "
                 "người có công đang sinh sống tại xã Phú Lãm.")
    assert not any(p == "locatedIn" for _, p, _, _ in found.relations)


# --- an event cited, or the one reported -----------------------------------------------------


def test_an_event_after_sau_said_to_meet_on_a_day_is_the_one_reported() -> None:
    found = read("Tuổi trẻ Công ty Cơ khí Sông Mã vừa bước vào nhiệm kỳ mới sau Đại hội đại biểu Đoàn cơ sở "
                 "lần thứ VIII, họp ngày 20/4 tại tỉnh Yên Khê. Dự Đại hội có ông Lã Văn Hiếu, Phó Giám đốc "
                 "Công ty.")
    event = next(label for label in found.entities["Event"] if label.startswith("Đại hội đại biểu Đoàn cơ sở"))
    assert ("Lã Văn Hiếu", "attended", event, None) in found.relations
    assert (event, "locatedIn", "Tỉnh Yên Khê", None) in found.relations


def test_an_event_after_sau_not_said_to_meet_is_cited() -> None:
    found = read("Sau Đại hội đại biểu Đoàn cơ sở lần thứ VIII, Đoàn Công ty Cơ khí Sông Mã triển khai "
                 "nhiều công trình thanh niên. Dự lễ khánh thành có ông Lã Văn Hiếu.")
    assert not any(s == "Lã Văn Hiếu" and o.startswith("Đại hội") for s, p, o, _ in found.relations)


def test_a_congress_name_cut_before_its_number_is_no_event() -> None:
    found = read("Cựu chiến binh huyện Yên Khê tiếp tục thi đua hướng tới Đại hội Hội Cựu chiến binh tỉnh "
                 "Yên Khê lần thứ\n\nHoàng Lan")
    assert not any(label.endswith("lần thứ") for label in found.entities.get("Event", set()))


# --- places named bare ----------------------------------------------------------------------


def test_a_province_named_by_its_people_is_no_place_the_text_names() -> None:
    found = read("Gần 90 cử tri Hà Giang gửi kiến nghị tới Đoàn đại biểu Quốc hội tỉnh.")
    assert not found.has("Place", "Tỉnh Hà Giang")


def test_a_province_named_by_its_people_is_a_place_where_named_again() -> None:
    found = read("Tuổi trẻ Hà Giang ra quân tình nguyện hè. Lễ ra quân diễn ra sáng 2/6 tại tỉnh Hà Giang.")
    assert found.has("Place", "Tỉnh Hà Giang")


def test_a_province_opening_a_sentence_for_its_authorities_is_no_place_the_text_names() -> None:
    found = read("Hà Giang tổ chức Lễ phát động Tết trồng cây đời đời nhớ ơn Bác Hồ.")
    assert not found.has("Place", "Tỉnh Hà Giang")


def test_a_province_tagging_a_headline_is_no_place_by_itself() -> None:
    # a headline's tag makes no Place by itself (docs/gold-conventions/events.md 3c)
    found = read("Hà Giang: Ra mắt mô hình “Dòng họ học tập”")
    assert not found.has("Place", "Tỉnh Hà Giang")


# --- who presents, who speaks --------------------------------------------------------------


def test_each_presenter_of_a_sentence_attended_before_his_own_verb() -> None:
    found = read("Sáng 3/10, Công ty Thủy lợi Sông Mã tổ chức Lễ kỷ niệm 40 năm thành lập. Ông Đào Văn Khiêm, "
                 "Thứ trưởng, được Chủ tịch nước ủy quyền gắn Huân chương Lao động hạng Ba lên lá cờ truyền "
                 "thống của Công ty; bà Lục Thị Mai, Phó Chủ tịch UBND tỉnh, trao tặng Công ty Cờ thi đua.")
    event = next(label for label in found.entities["Event"] if label.startswith("Lễ kỷ niệm 40 năm"))
    assert ("Lục Thị Mai", "attended", event, None) in found.relations


def test_who_answers_questions_at_a_meeting_attended() -> None:
    found = read(_MEETING + "Bà Lục Thị Mai, Giám đốc Trung tâm Trợ giúp pháp lý huyện trực tiếp giải đáp 12 câu hỏi "
                 "của hội viên.")
    meeting = _meeting(found.entities["Event"])
    assert ("Lục Thị Mai", "attended", meeting, None) in found.relations


# --- one occasion, named in a page's title and in its body -------------------------------------


def test_a_title_said_again_below_the_path_of_sections_is_the_occasion_the_body_names() -> None:
    found = read("Trang chủ / Tin tức / Dự lễ khai giảng năm học mới Trường Cao đẳng Nghề Yên Khê\n\n"
                 "Dự lễ khai giảng năm học mới Trường Cao đẳng Nghề Yên Khê\n\n"
                 "Lễ khai giảng năm học 2026 – 2027 của Trường Cao đẳng Nghề Yên Khê diễn ra sáng 5/9/2026. "
                 "Dự buổi lễ có ông Đào Văn Khiêm, Phó Chủ tịch UBND tỉnh.", title="")
    assert [label for label in found.entities["Event"] if label.startswith("Lễ khai giảng")] \
        == ["Lễ khai giảng năm học 2026 – 2027 của Trường Cao đẳng Nghề Yên Khê"]


# --- where an event's name ends ---------------------------------------------------------------


def test_an_event_name_ends_before_where_it_was_held_after_o() -> None:
    found = read("Công đoàn Ngành Dệt may sáng 14/11 đã vinh danh 50 cán bộ tại Hội nghị biểu dương Chủ tịch "
                 "công đoàn cơ sở giỏi năm 2026 ở Hà Nội.")
    assert not any(" ở " in label for label in found.entities.get("Event", set()))


def test_a_hall_after_o_does_not_end_an_event_name() -> None:
    found = read("Sáng 3/2, Đảng ủy Trường Đại học Yên Khê tổ chức Lễ kết nạp đảng viên cho sinh viên. "
                 "Quang cảnh Lễ kết nạp đảng viên ở Hội trường A1, Trường Đại học Yên Khê.")
    assert any(label.startswith("Lễ kết nạp đảng viên") for label in found.entities.get("Event", set()))


def test_a_heading_that_dashes_a_meeting_to_its_holder_names_the_holders_meeting() -> None:
    found = read("Hội nghị khách hàng năm 2026 - Công ty Cổ phần Dược phẩm Yên Khê\n\n"
                 "Chương trình gồm phần hội nghị và tri ân khách hàng.")
    assert found.has("Event", "Hội nghị khách hàng năm 2026 của Công ty Cổ phần Dược phẩm Yên Khê")


def test_meetings_of_a_kind_after_a_plural_are_no_occasion() -> None:
    found = read("Từ tháng 8, các cuộc họp giao ban của Công ty Cơ khí Sông Mã sẽ dùng tài liệu điện tử.")
    assert not any("giao ban" in label.lower() for label in found.entities.get("Event", set()))


def test_one_meeting_held_is_still_an_occasion() -> None:
    found = read("Sáng 4/8, Công ty Cơ khí Sông Mã tổ chức họp giao ban quý III.")
    assert any("giao ban" in label.lower() for label in found.entities.get("Event", set()))


def test_an_occasion_opening_a_sentence_held_by_a_body_is_one_its_witnesses_attended() -> None:
    found = read("Sáng 7/3/2025, 12 hộ hội viên xóm 3 được nhận vốn vay từ Quỹ Hỗ trợ nông dân. Buổi giải ngân do "
                 "Hội Nông dân huyện Yên Khê tổ chức tại hội trường xã, có sự chứng kiến của ông Lã Văn Hiếu, "
                 "Chủ tịch Hội Nông dân huyện.")
    event = next(label for label in found.entities["Event"] if label.startswith("Buổi giải ngân"))
    assert "Hội Nông dân huyện Yên Khê" in event
    assert ("Lã Văn Hiếu", "attended", event, None) in found.relations
