"""Events, attendance and places by example, third round: genre rules read from the blind
batches (tests/realistic-blind), each with an invented sentence or article.

The sentences are written for the tests, in the genre's manner, about places and
people that the bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- photo captions ----------------------------------------------------------------------


def test_a_photos_caption_repeating_a_line_with_its_number_names_the_same_event() -> None:
    line = "Phó Chủ tịch nước Lò Thị Hạnh dự Lễ kỷ niệm 60 năm Ngày truyền thống Công an tỉnh Hà Giang"
    found = read(f"{line}\nSáng 5/3, lễ kỷ niệm diễn ra trọng thể.\n{line} 1\nCác đại biểu chụp ảnh.\n{line} 2",
                 title=line)
    events = found.entities.get("Event", set())
    assert events == {"Lễ kỷ niệm 60 năm Ngày truyền thống Công an tỉnh Hà Giang"}
    assert ("Lò Thị Hạnh", "attended", "Lễ kỷ niệm 60 năm Ngày truyền thống Công an tỉnh Hà Giang", None) \
        in found.relations


# --- places that are not places -----------------------------------------------------------


def test_a_place_that_begins_a_sentence_and_holds_a_rite_is_its_authorities() -> None:
    found = read("Sáng 5/3, tại xã Nà Hỳ, Ban Chỉ huy quân sự huyện Mường Khoa tổ chức lễ ra quân huấn luyện "
                 "năm 2025.", title="Huyện Mường Khoa tổ chức lễ ra quân huấn luyện")
    # in the headline, a Place (docs/gold-conventions/events.md 3c, the shared corpus's gold)
    assert found.has("Place", "huyện Mường Khoa")
    assert found.has("Place", "xã Nà Hỳ")
    # in the body, the authorities
    found = read("Huyện Mường Khoa tổ chức lễ ra quân huấn luyện năm 2025 tại xã Nà Hỳ.")
    assert not found.has("Place", "huyện Mường Khoa")


def test_a_place_named_at_the_start_of_a_sentence_but_not_acting_is_a_place() -> None:
    found = read("Xã Nà Hỳ có 12 thôn, bản với hơn 4.000 nhân khẩu.")
    assert found.has("Place", "xã Nà Hỳ")


def test_a_place_named_only_inside_an_events_name_is_not_a_place() -> None:
    found = read("Sáng 14/2, Lễ mừng thọ người cao tuổi năm 2025 của xã Yên Thắng diễn ra tại hội trường "
                 "UBND xã.")
    assert not found.has("Place", "xã Yên Thắng")
    assert any("Lễ mừng thọ" in label for label in found.entities.get("Event", set()))


def test_a_place_inside_an_events_name_and_named_again_on_its_own_is_a_place() -> None:
    found = read("Đại hội đại biểu các dân tộc thiểu số tỉnh Lâm Hà lần thứ IV khai mạc sáng 5/10. "
                 "Đồng bào các dân tộc tỉnh Lâm Hà có 120 đại biểu dự.")
    assert found.has("Place", "tỉnh Lâm Hà")


# --- who attended --------------------------------------------------------------------------


def test_a_person_named_with_an_event_but_not_said_to_be_at_it_did_not_attend() -> None:
    found = read("Sáng 12/4, Ủy ban MTTQ Việt Nam huyện Ea Lâm tổ chức Lễ bàn giao nhà Đại đoàn kết cho gia "
                 "đình ông Y Bhiết Niê, làng Buôn Tơ.")
    assert not any(s == "Y Bhiết Niê" and p == "attended" for s, p, _, _ in found.relations)


def test_who_chairs_a_session_named_in_the_sentence_attended_it() -> None:
    found = read("Ông Lương Văn Định, Phó Chủ tịch HĐND tỉnh Sơn Hà, chủ tọa Kỳ họp thứ Tư HĐND tỉnh "
                 "khóa XVI.")
    assert any(s == "Lương Văn Định" and p == "attended" for s, p, _, _ in found.relations)


def test_who_is_admitted_at_the_rite_named_in_the_sentence_attended_it() -> None:
    found = read("Chiều 17/5, Chi bộ thôn Đồng Lư tổ chức Lễ kết nạp đảng viên cho đoàn viên ưu tú "
                 "Trần Văn Khoa.")
    assert any(s == "Trần Văn Khoa" and p == "attended" for s, p, _, _ in found.relations)


# --- where an event's label is completed ------------------------------------------------


def test_a_level_named_with_a_place_beginning_with_d_bar_is_not_completed_again() -> None:
    found = read("Ngày 12/10, Ủy ban MTTQ Việt Nam tỉnh Cà Lâm tổ chức Lễ bàn giao 80 căn nhà Đại đoàn kết "
                 "cho hộ nghèo trên địa bàn huyện Đầm Lư và huyện Ứng Tân. Ông Tạ Văn Hùng, Phó Chủ tịch UBND "
                 "tỉnh dự.")
    events = found.entities.get("Event", set())
    assert events and not any("Đầm Lư Đầm Lư" in e or "Ứng Tân Ứng Tân" in e for e in events)


def test_who_thanks_at_the_ceremony_the_text_is_at_attended_it() -> None:
    found = read("Chiều 30/1, Đảng ủy xã Hòa Lạc tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3-2. "
                 "Đồng chí Lê Văn Cảnh, Chi bộ thôn Tân Hòa, cảm ơn cấp ủy và hứa giữ gìn phẩm chất người "
                 "đảng viên.")
    assert any(s == "Lê Văn Cảnh" and p == "attended" for s, p, _, _ in found.relations)


def test_who_receives_from_a_named_presenter_at_the_rite_attended_it() -> None:
    found = read("Chiều 30/1, Đảng ủy xã Hòa Lạc tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3-2. "
                 "Đồng chí Võ Văn Nhân, Bí thư Đảng ủy xã trao Huy hiệu 65 năm tuổi Đảng cho đồng chí "
                 "Lê Văn Cảnh, Chi bộ thôn Tân Hòa.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert {"Võ Văn Nhân", "Lê Văn Cảnh"} <= attended


def test_who_is_given_a_badge_with_no_presenter_named_is_not_said_to_attend() -> None:
    found = read("Chiều 30/1, Đảng ủy xã Hòa Lạc tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3-2. "
                 "Trao Huy hiệu 65 năm tuổi Đảng cho ông Lê Văn Cảnh.")
    assert not any(s == "Lê Văn Cảnh" and p == "attended" for s, p, _, _ in found.relations)


# --- where an event's name ends (function words, a numbered name's predicate) -------------


def test_an_event_name_ends_before_a_function_word_that_goes_on_with_the_clause() -> None:
    found = read("Đại hội Đảng bộ Bộ Xây lắp lần thứ I cũng đã xác định bốn nhiệm vụ trọng tâm. "
                 "Mỗi Đại hội cấp huyện Ea Tam đều có một đồng chí lãnh đạo tỉnh dự.")
    events = found.entities.get("Event", set())
    assert not any(e.endswith((" cũng", " đều")) for e in events), events


def test_a_numbered_meetings_name_ends_before_what_it_did() -> None:
    found = read("Hội nghị Ban Chấp hành Đảng bộ tỉnh Sơn Hà lần thứ 29 cho ý kiến vào dự thảo báo cáo chính "
                 "trị. Đồng chí Lê Minh Hải, Bí thư Tỉnh ủy chủ trì hội nghị.")
    assert found.named("Event", "Hội nghị Ban Chấp hành Đảng bộ tỉnh Sơn Hà lần thứ 29") is not None
    assert not any("cho ý kiến" in e for e in found.entities.get("Event", set()))


def test_a_body_written_short_keeps_no_word_twice_in_an_events_name() -> None:
    found = read("Chiều 17/11, Đảng ủy Công ty Than Vàng Danh tổ chức hội nghị thông báo nhanh kết quả "
                 "Hội nghị lần thứ 6 BCHTW Đảng khóa XIV. Đồng chí Lê Văn Minh, Bí thư Đảng ủy chủ trì.")
    events = found.entities.get("Event", set())
    assert not any("Đảng Đảng" in e for e in events), events


# --- attendance lists with an unusual lead ----------------------------------------------------


def test_a_list_led_by_who_came_to_share_the_joy_attended() -> None:
    found = read("Sáng 12/8, huyện Ea Tam tổ chức Lễ kỷ niệm 35 năm thành lập huyện. Lãnh đạo tỉnh về chung "
                 "vui có các đồng chí Lê Văn Phú, Bí thư Tỉnh ủy; Trần Thị Nga, Phó Bí thư Tỉnh ủy.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert {"Lê Văn Phú", "Trần Thị Nga"} <= attended


def test_a_list_of_who_presented_in_person_attended() -> None:
    found = read("Chiều 30/1, Đảng ủy xã Hòa Lạc tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3-2. Người trực tiếp "
                 "trao là đồng chí Võ Văn Nhân – Bí thư Đảng ủy xã; đồng chí Huỳnh Thị Lan – Phó Bí thư Đảng ủy xã.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert {"Võ Văn Nhân", "Huỳnh Thị Lan"} <= attended


def test_who_is_listed_as_present_attended_the_occasion_held_not_one_named_since_in_passing() -> None:
    found = read("Sáng 5/3, Hội Nông dân huyện Ea Tam tổ chức Hội nghị tổng kết công tác Hội năm 2024. "
                 "Năm qua, Hội đã vận động hội viên hưởng ứng Ngày hội Nông dân Việt Nam lần thứ III. "
                 "Tham dự có đồng chí Lê Văn Phú, Phó Bí thư Huyện ủy.")
    meeting = next(e for e in found.entities.get("Event", set()) if e.startswith("Hội nghị tổng kết"))
    assert ("Lê Văn Phú", "attended", meeting, None) in found.relations


def test_the_body_of_a_venue_does_not_hold_the_session_opened_there() -> None:
    found = read("HĐND xã Tân Lập tổ chức Kỳ họp thứ 9 HĐND xã khóa I, nhiệm kỳ 2021-2026. Sáng 12/7, tại hội "
                 "trường UBND xã Tân Lập, HĐND xã khai mạc kỳ họp thứ 9. Đồng chí Lê Văn Phú, Chủ tịch HĐND "
                 "xã chủ trì kỳ họp.")
    events = found.entities.get("Event", set())
    assert not any("Ủy ban nhân dân" in e for e in events), events


def test_who_reads_the_address_or_recalls_the_years_at_an_anniversary_attended_it() -> None:
    found = read("Sáng 12/8, Huyện ủy Ea Tam tổ chức Lễ kỷ niệm 35 năm thành lập huyện. Bí thư Huyện ủy "
                 "Lê Văn Phú ôn lại chặng đường 35 năm xây dựng và phát triển của huyện. Đại tá Trần Văn Nga, "
                 "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện đọc diễn văn kỷ niệm.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert {"Lê Văn Phú", "Trần Văn Nga"} <= attended


def test_a_sentence_opening_trong_do_goes_on_with_the_list_of_who_was_there() -> None:
    found = read("Sáng 17/5, Đảng ủy xã Hòa Lạc tổ chức Lễ trao tặng Huy hiệu Đảng đợt 19/5. Tham dự có đồng chí "
                 "Võ Văn Nhân, Bí thư Đảng ủy xã và 3 đồng chí được tặng huy hiệu. Trong đó đồng chí Trần Văn Lộc, "
                 "đồng chí Đặng Thị Hòa chi bộ Hòa Hiệp tặng huy hiệu 30 năm tuổi Đảng.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert {"Võ Văn Nhân", "Trần Văn Lộc", "Đặng Thị Hòa"} <= attended


def test_a_sentence_opening_trong_do_after_no_list_of_who_was_there_says_no_one_attended() -> None:
    found = read("Sáng 17/5, Đảng ủy xã Hòa Lạc tổ chức Lễ trao tặng Huy hiệu Đảng đợt 19/5. Đảng bộ xã có "
                 "120 đảng viên. Trong đó đồng chí Trần Văn Lộc là đảng viên cao tuổi nhất.")
    assert not any(s == "Trần Văn Lộc" and p == "attended" for s, p, _, _ in found.relations)


def test_a_deputys_constituency_in_a_title_is_not_a_place() -> None:
    found = read("Bà Hà Thị Lan, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh Sơn Hà, được bổ nhiệm giữ "
                 "chức Phó Trưởng Ban Dân nguyện. Ông Lò Văn Pản, đại biểu Quốc hội tỉnh Lai Hà, gửi 20 phần quà.")
    assert not found.has("Place", "tỉnh Sơn Hà")
    assert not found.has("Place", "tỉnh Lai Hà")


def test_a_place_named_only_inside_a_models_name_is_not_a_place() -> None:
    found = read("Công nhân lao động hưởng ứng phong trào “Cao Bằng chung tay vì người nghèo - Không để ai bị bỏ "
                 "lại phía sau” do Ủy ban MTTQ Việt Nam huyện Hà Quảng phát động.")
    assert found.entities.get("PracticeModel")
    assert not found.has("Place", "tỉnh Cao Bằng")


def test_a_plural_after_a_meeting_in_small_letters_begins_the_clause() -> None:
    found = read("Chiều 19/4, Ban Tuyên giáo Huyện ủy Ea Tam tổ chức Hội nghị báo cáo viên thường kỳ tháng 4/2024. "
                 "Tại hội nghị các báo cáo viên được đồng chí Lê Văn Phú, Trưởng Ban Tuyên giáo Huyện ủy thông tin "
                 "tình hình kinh tế - xã hội của huyện.")
    events = found.entities.get("Event", set())
    assert len(events) == 1, events


def test_a_head_followed_by_what_the_meeting_did_is_named_back() -> None:
    found = read("Ngày 15/10/1945, Ban cán sự Đảng huyện Ea Tam tổ chức Hội nghị cán bộ. Hội nghị quyết định "
                 "thành lập Hội Phụ nữ Cứu quốc huyện. Hội nghị điểm lại chặng đường của lực lượng thanh niên. "
                 "Đại hội chọn ra Ban Chấp hành 45 người.")
    events = found.entities.get("Event", set())
    assert not any(w in e for e in events for w in ("quyết định", "điểm lại", "chọn ra")), events


def test_a_breadcrumb_is_not_an_events_name() -> None:
    found = read("Diễn đàn > Tin tức - Sự kiện > Kinh tế\nTổng công ty Lương thực Tây Hà đổi tên thành Tổng công ty "
                 "Nông sản Tây Hà từ ngày 1/7.")
    assert not any(">" in e or e.startswith("Diễn đàn") for e in found.entities.get("Event", set()))


def test_a_meetings_name_ends_with_the_document_it_reviews_before_its_issuer_and_topic() -> None:
    found = read("Sáng 21/5, Ban Thường vụ Hội Nhà báo tỉnh Sơn Hà tổ chức Hội nghị sơ kết 3 năm thực hiện Kết luận "
                 "01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Đồng chí Lê Văn Phú, Chủ tịch "
                 "Hội Nhà báo tỉnh chủ trì.")
    event = found.named("Event", "Hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW")
    assert event is not None and "về tiếp tục" not in event, found.entities.get("Event")


def test_the_body_before_a_bracket_naming_its_parent_holds_the_rite() -> None:
    found = read("Chiều ngày 14/3/2024, Chi bộ Trường Mầm non Hoa Sen (Đảng bộ xã Ea Tam) tổ chức Lễ kết nạp đảng "
                 "viên mới cho quần chúng ưu tú Phan Thị Thu Hà.")
    assert found.has("Event", "Lễ kết nạp đảng viên mới của Chi bộ Trường Mầm non Hoa Sen ngày 14/3/2024"), \
        found.entities.get("Event")


def test_a_congress_of_the_ethnic_minorities_keeps_its_plural_and_its_year() -> None:
    found = read("Sáng 21/6, Đại hội đại biểu các dân tộc thiểu số tỉnh Lâm Hà lần thứ IV, năm 2024 khai mạc. "
                 "Đồng chí Lê Văn Phú, Bí thư Tỉnh ủy dự.")
    assert found.named("Event", "Đại hội đại biểu các dân tộc thiểu số tỉnh Lâm Hà lần thứ IV, năm 2024") \
        is not None, found.entities.get("Event")


def test_who_works_with_another_body_to_hold_a_rite_holds_it() -> None:
    found = read("Sáng 20/4, Liên đoàn Lao động tỉnh Sơn Hà phối hợp với UBND tỉnh tổ chức Lễ phát động Tháng "
                 "Công nhân năm 2024. Dự buổi lễ có đồng chí Lê Văn Phú, Phó Chủ tịch UBND tỉnh.")
    events = found.entities.get("Event", set())
    assert any("của Liên đoàn Lao động tỉnh Sơn Hà" in e for e in events), events


def test_a_place_named_in_passing_is_read_by_no_one_as_a_person() -> None:
    found = read("Ông Lò Văn Pản, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh Sơn La, giữ chức Phó Trưởng "
                 "Ban Dân nguyện.", title="Huyện Kim Động: Thăm, tặng quà gia đình chính sách")
    people = found.entities.get("Person", set())
    assert "Sơn La" not in people and "Kim Động" not in people, people
    # the headline's tag is a Place (docs/gold-conventions/events.md 3c); the deputy's constituency is not
    assert not found.has("Place", "tỉnh Sơn La") and found.has("Place", "huyện Kim Động")
