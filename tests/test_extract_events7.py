"""Events, who attended them and their posts, seventh round: constructions the genre uses,
each with an invented sentence (places and people the bundled corpus does not contain).
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- an event's name ----------------------------------------------------------------------------


def test_the_founding_day_a_meeting_marks_stays_in_its_name() -> None:
    found = read("Chiều 16/10/2024, Hội LHPN xã Nậm Khoa tổ chức buổi tọa đàm kỷ niệm 94 năm ngày thành lập "
                 "Hội Liên hiệp Phụ nữ Việt Nam, tới dự có bà Lò Thị Ngân, Chủ tịch UBND xã Nậm Khoa.")
    (event,) = found.entities["Event"]
    assert event.startswith("Buổi tọa đàm kỷ niệm 94 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam của ")
    assert ("Lò Thị Ngân", "attended", event, None) in found.relations


def test_who_came_after_a_comma_is_no_part_of_the_meeting_s_name() -> None:
    found = read("Sáng 5/3, Đoàn Thanh niên xã Nà Khoa tổ chức buổi gặp mặt đoàn viên, tới dự có "
                 "ông Vi Văn Sầm, Bí thư Đảng ủy xã Nà Khoa.")
    (event,) = found.entities["Event"]
    assert ", tới dự" not in event and "tới dự" not in " ".join(found.aliases[event])


# --- a name and the post after it ---------------------------------------------------------------


def test_a_deputy_s_title_right_after_a_name_is_no_part_of_it() -> None:
    found = read("Dự hội nghị có đồng chí Lò Văn Sính Phó Chủ tịch UBND xã Nậm Khoa.")
    assert found.entities["Person"] == {"Lò Văn Sính", "Minh Anh"}  # and the author
    assert ("Lò Văn Sính", "holdsPost", "Ủy ban nhân dân xã Nậm Khoa", "Phó Chủ tịch") in found.relations


def test_a_meeting_s_theme_is_no_part_of_its_name() -> None:
    found = read("Sáng 3/3, Huyện đoàn Nà Khoa tổ chức Lễ ra quân Tháng Thanh niên năm 2024 với chủ đề "
                 "\u201cTuổi trẻ Nà Khoa xung kích\u201d. Dự lễ ra quân có đồng chí Lò Thị Ngân - Bí thư "
                 "Tỉnh đoàn Mường Khoa.")
    (event,) = found.entities["Event"]
    assert event == "Lễ ra quân Tháng Thanh niên năm 2024 của Huyện đoàn Nà Khoa ngày 3/3"
    assert ("Lò Thị Ngân", "attended", event, None) in found.relations


def test_a_meeting_is_also_named_as_written_with_its_quotes_and_its_holder_s_short_form() -> None:
    found = read("Chiều 12/3, Hội CCB xã Nà Khoa tổ chức Hội nghị tổng kết phong trào thi đua "
                 "\u201cCựu chiến binh gương mẫu\u201d giai đoạn 2019 - 2024.")
    (event,) = found.entities["Event"]
    assert "Hội nghị tổng kết phong trào thi đua \u201cCựu chiến binh gương mẫu\u201d giai đoạn 2019 - 2024 " \
           "của Hội CCB xã Nà Khoa ngày 12/3" in found.aliases[event]


def test_nothing_inside_a_quoted_name_ends_a_meeting_s_name() -> None:
    found = read("Sáng 19/11, Thành ủy Nà Khoa tổ chức Hội nghị sơ kết 3 năm thực hiện cuộc vận động "
                 "\u201cMỗi người dân là một đại sứ văn minh\u201d. Đồng chí Lò Văn Sầm - Phó Bí thư Thành ủy "
                 "chủ trì hội nghị.")
    (event,) = found.entities["Event"]
    assert "Hội nghị sơ kết 3 năm thực hiện cuộc vận động \u201cMỗi người dân là một đại sứ văn minh\u201d " \
           "của Thành ủy Nà Khoa ngày 19/11" in found.aliases[event]
    assert ("Lò Văn Sầm", "attended", event, None) in found.relations


# --- who held a meeting, named after it ----------------------------------------------------------


def test_the_body_that_held_a_meeting_in_the_passive_names_it_with_the_day() -> None:
    found = read("Lễ phát động thi đua ngành Gạch ngói năm 2026 do Tổng công ty Gạch ngói Nà Khoa tổ chức "
                 "sáng 9/1 tại xã Nậm Pồ, có sự tham dự của ông Lò Văn Sầm.")
    assert "Lễ phát động thi đua ngành Gạch ngói năm 2026 của Tổng công ty Gạch ngói Nà Khoa ngày 9/1" \
        in found.entities["Event"]


# --- one occasion in a headline and a body -----------------------------------------------------------


def test_a_headline_under_a_page_s_chrome_and_the_congress_its_body_numbers_are_one() -> None:
    found = read("Sáng 15/3, Chi bộ thôn Nà Khoa tổ chức Đại hội lần thứ X, nhiệm kỳ 2025 – 2027. "
                 "Dự và chỉ đạo Đại hội có đồng chí Lò Văn Sầm – Bí thư Đảng ủy xã Nậm Pồ. "
                 "Đảng ủy xã tổ chức rút kinh nghiệm sau đại hội điểm.",
                 title="Tin mới nhất\n\nĐại hội điểm Chi bộ thôn Nà Khoa nhiệm kỳ 2025 - 2027")
    assert found.entities["Event"] == {"Đại hội Chi bộ thôn Nà Khoa lần thứ X"}
    assert ("Lò Văn Sầm", "attended", "Đại hội Chi bộ thôn Nà Khoa lần thứ X", None) in found.relations


def test_a_headline_s_meeting_and_one_the_body_dates_otherwise_are_two() -> None:
    found = read("Sáng 14/9, Tổng cục Kỹ thuật Nà Khoa tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống. "
                 "Chiều 9/10, Cục Thuế Nà Khoa tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành Thuế.",
                 title="Tin tức\n\nTổng cục Kỹ thuật Nà Khoa tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngày 14/9")
    assert len(found.entities["Event"]) == 2


def test_a_bare_rite_named_back_is_the_one_occasion_its_longer_names_proved_to_be() -> None:
    found = read("Lễ phát động thi đua ngành Gạch ngói Nà Khoa năm 2026 do Tổng công ty Gạch ngói Nà Khoa tổ "
                 "chức sáng 9/1. Cùng dự lễ phát động có ông Vi Văn Sầm, Phó Chủ tịch UBND tỉnh Mường Khoa.",
                 title="Tin ảnh\n\nBộ trưởng dự Lễ phát động thi đua ngành Gạch ngói năm 2026")
    assert found.entities["Event"] == {
        "Lễ phát động thi đua ngành Gạch ngói Nà Khoa năm 2026 của Tổng công ty Gạch ngói Nà Khoa ngày 9/1"}
    assert ("Vi Văn Sầm", "attended",
            "Lễ phát động thi đua ngành Gạch ngói Nà Khoa năm 2026 của Tổng công ty Gạch ngói Nà Khoa ngày 9/1",
            None) in found.relations


# --- a ceremony named by its rite, named back ------------------------------------------------------


def test_a_handover_held_is_a_ceremony_named_back_by_its_rite_and_its_holder_is_the_first_body() -> None:
    found = read("Ngày 19/9/2023, Ủy ban MTTQ Việt Nam huyện Nà Khoa phối hợp với Hội Nông dân huyện và "
                 "Ủy ban MTTQ Việt Nam xã Nậm Pồ tổ chức bàn giao nhà đại đoàn kết cho hộ ông Vi Văn Sầm. "
                 "Phát biểu tại Lễ bàn giao nhà, bà Lò Thị Ngân - Chủ tịch Ủy ban MTTQ Việt Nam huyện mong "
                 "gia đình sớm ổn định cuộc sống.")
    (event,) = found.entities["Event"]
    assert event.startswith("Lễ bàn giao nhà đại đoàn kết")
    assert event.endswith("của Ủy ban Mặt trận Tổ quốc Việt Nam huyện Nà Khoa ngày 19/9/2023")
    assert ("Lò Thị Ngân", "attended", event, None) in found.relations


def test_who_presents_attends_the_occasion_the_sentence_before_says_was_held() -> None:
    found = read("Sáng 19/11, Thành ủy Nà Khoa tổ chức Hội nghị sơ kết công tác dân vận. Đồng chí Lò Văn Sầm - "
                 "Bí thư Thành ủy chủ trì hội nghị. Chiều 14/11, Ủy ban MTTQ thành phố Nà Khoa tổ chức bàn giao "
                 "nhà đại đoàn kết. Đồng chí Vi Thị Ngân – Phó Chủ tịch Ủy ban MTTQ thành phố trao chìa khóa nhà.")
    handover = next(e for e in found.entities["Event"] if e.startswith("Lễ bàn giao"))
    assert ("Vi Thị Ngân", "attended", handover, None) in found.relations
    assert not [r for r in found.relations if r[0] == "Vi Thị Ngân" and r[1] == "attended" and r[2] != handover]


# --- posts ----------------------------------------------------------------------------------------


def test_a_deputy_in_charge_of_a_body_holds_that_post() -> None:
    found = read("Dự có ông Vi Văn Tâm, Phó Trưởng phòng phụ trách Phòng Tổ chức cán bộ Bệnh viện Nà Khoa.")
    assert ("Vi Văn Tâm", "holdsPost", "Phòng Tổ chức cán bộ Bệnh viện Nà Khoa",
            "Phó Trưởng phòng phụ trách") in found.relations


def test_a_rare_family_name_the_gold_holds_opens_a_name_with_no_cue_before_it() -> None:
    found = read("Sáng 6/1, Huyện ủy Nà Khoa tổ chức hội nghị tổng kết công tác năm 2025. "
                 "Dự hội nghị có Thiếu tướng, PGS, TS Chẩu Văn Sầm, Phó Bí thư Huyện ủy Nà Khoa.")
    assert "Chẩu Văn Sầm" in found.entities["Person"]
    assert ("Chẩu Văn Sầm", "holdsPost", "Huyện ủy Nà Khoa", "Phó Bí thư") in found.relations


# --- no event ------------------------------------------------------------------------------------


def test_a_place_whose_name_ends_in_a_head_holds_no_ceremony() -> None:
    found = read("Sáng 22/9, UBND xã Phú Lễ tổ chức họp thôn lấy ý kiến cử tri về đề án sáp nhập thôn. "
                 "Xã Phú Lễ tổ chức họp thôn lấy ý kiến cử tri về đề án sáp nhập thôn Nà Pàn.",
                 title="Xã Phú Lễ tổ chức họp thôn lấy ý kiến cử tri")
    assert not [e for e in found.entities.get("Event", set()) if e.startswith("Lễ")]


def test_a_congress_that_goes_on_doing_something_is_named_back_not_named() -> None:
    found = read("Đại hội đại biểu Đảng bộ xã Nậm Pồ lần thứ V thành công. Đại hội tiếp tục triển khai mô hình "
                 "\u201cChi bộ bốn tốt\u201d trong nhiệm kỳ mới.")
    assert found.entities["Event"] == {"Đại hội đại biểu Đảng bộ xã Nậm Pồ lần thứ V"}


def test_a_session_is_also_named_with_its_kind_its_term_in_years_and_its_day() -> None:
    found = read("Chiều ngày 18/7, HĐND xã Nậm Pồ khóa XI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ chín "
                 "(chuyên đề). Bà Lò Thị Ngân, Chủ tịch HĐND xã chủ trì kỳ họp.")
    (event,) = found.entities["Event"]
    assert "Kỳ họp thứ chín (chuyên đề) Hội đồng nhân dân xã Nậm Pồ khóa XI, nhiệm kỳ 2021 - 2026 ngày 18/7" \
        in found.aliases[event]


def test_a_brand_s_capital_inside_its_word_does_not_end_a_congress_s_name() -> None:
    found = read("Trong hai ngày 19 - 20/8/2025, Đại hội đại biểu Đảng bộ Tổng công ty Viễn thông KhoaFone "
                 "lần thứ III, nhiệm kỳ 2025 - 2030 đã diễn ra tại Hà Nội.")
    assert "Đại hội đại biểu Đảng bộ Tổng công ty Viễn thông KhoaFone lần thứ III" in found.entities["Event"]


def test_an_abbreviated_title_glued_to_its_body_by_a_dot_holds_that_post() -> None:
    found = read("Về dự có ông Lò Văn Sầm - PCT.UBND huyện Nà Khoa.")
    assert ("Lò Văn Sầm", "holdsPost", "Ủy ban nhân dân huyện Nà Khoa", "Phó Chủ tịch") in found.relations


def test_a_title_a_comma_and_then_its_body_at_the_chain_s_end() -> None:
    found = read("Tham dự lễ có Đại tá Lò Văn Sầm, Phó Chỉ huy trưởng, Bộ chỉ huy quân sự tỉnh Nà Khoa; "
                 "ông Vi Văn Tâm, Chủ tịch UBND huyện Nậm Pồ.")
    assert ("Lò Văn Sầm", "holdsPost", "Bộ Chỉ huy Quân sự tỉnh Nà Khoa", "Phó Chỉ huy trưởng") in found.relations


# --- who is not there --------------------------------------------------------------------------


def test_the_one_replaced_and_a_hall_named_after_someone_are_not_attendees() -> None:
    found = read("Chiều 18/7, HĐND xã Nậm Pồ tổ chức kỳ họp thứ chín tại Hội trường Lò Văn Khoa. "
                 "Bà Vi Thị Ngân, Chủ tịch HĐND xã chủ trì kỳ họp, bầu bà Lò Thị Hoa giữ chức Phó Chủ tịch "
                 "UBND xã thay ông Vi Văn Sáu, nghỉ hưu theo chế độ.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert "Vi Thị Ngân" in attended
    assert "Vi Văn Sáu" not in attended and "Lò Văn Khoa" not in found.entities["Person"]


def test_the_occasion_a_ceremony_is_held_with_is_no_part_of_its_name() -> None:
    found = read("Tối 24/11, thôn Nà Khoa tổ chức Lễ đón nhận Quyết định đạt chuẩn thôn nông thôn mới gắn với "
                 "Ngày hội Đại đoàn kết toàn dân tộc. Dự lễ có ông Lò Văn Sầm, Chủ tịch UBND xã Nậm Pồ.")
    assert any(e.startswith("Lễ đón nhận Quyết định đạt chuẩn thôn nông thôn mới") and "gắn với" not in e
               for e in found.entities["Event"])


def test_whom_a_post_s_new_holder_replaces_held_it_before() -> None:
    found = read("Ông Lò Văn Phước được bầu giữ chức Chủ tịch Hội Nông dân huyện Nà Khoa, thay ông Vi Văn Thuận "
                 "nghỉ hưu theo chế độ. Kỳ họp cũng bầu bà Lò Thị Hoa giữ chức Trưởng Ban Pháp chế HĐND huyện "
                 "Nà Khoa, thay bà Vi Thị Sang, Trưởng Ban Pháp chế HĐND huyện Nà Khoa nghỉ hưu.")
    assert ("Vi Văn Thuận", "holdsPost", "Hội Nông dân huyện Nà Khoa", "nguyên Chủ tịch") in found.relations
    # where the text gives the post after the name itself, it is kept as written
    assert not [r for r in found.relations if r[0] == "Vi Thị Sang" and (r[3] or "").startswith("nguyên")]


def test_a_title_that_holds_its_board_needs_no_comma_before_the_next() -> None:
    found = read("Tới dự có đồng chí Cầm Văn Sính, UVBTV Phó Chủ tịch HĐND xã Nậm Pồ.")
    assert ("Cầm Văn Sính", "holdsPost", "Ban Thường vụ Đảng ủy xã Nậm Pồ", "Ủy viên") in found.relations
    assert ("Cầm Văn Sính", "holdsPost", "Hội đồng nhân dân xã Nậm Pồ", "Phó Chủ tịch") in found.relations


def test_each_side_s_people_after_a_list_of_who_was_there_attended() -> None:
    found = read("Sáng 8/1, Công ty Chè Nà Khoa được bàn giao về Tổng công ty Chè Việt Nam tại lễ bàn giao tổ chức ở "
                 "trụ sở Bộ Công thương. Thứ trưởng Bộ Công thương Lò Văn Sầm dự và ký chứng kiến biên bản. "
                 "Tổng công ty có đồng chí Vi Văn Khiêm, Tổng Giám đốc; Công ty có đồng chí Lò Thị Ngân, Giám đốc.")
    attended = {s for s, p, _, _ in found.relations if p == "attended"}
    assert {"Lò Văn Sầm", "Vi Văn Khiêm", "Lò Thị Ngân"} <= attended


# --- an official's visit ---------------------------------------------------------------------------


def test_an_official_s_inspection_is_an_occasion_he_and_those_at_it_attended() -> None:
    found = read("Chiều 21/10, Phó Thủ tướng Chính phủ Lò Văn Sầm kiểm tra tiến độ dự án Bệnh viện Nà Khoa cơ sở 2 "
                 "tại phường Nậm Pồ. Cùng đi có Thứ trưởng Bộ Y tế Vi Thị Lành.")
    event = "Buổi kiểm tra tiến độ dự án Bệnh viện Nà Khoa cơ sở 2 của Phó Thủ tướng Chính phủ Lò Văn Sầm ngày 21/10"
    assert event in found.entities["Event"]
    assert {("Lò Văn Sầm", "attended", event, None), ("Vi Thị Lành", "attended", event, None)} <= found.relations


def test_an_occasion_named_with_and_without_buoi_is_one() -> None:
    found = read("Lễ công bố quyết định thành lập Chi hội nghề nghiệp Chè Nà Khoa thu hút đông đảo bà con. "
                 "Buổi Lễ công bố quyết định thành lập Chi hội nghề nghiệp Chè Nà Khoa có 27 hộ tham gia.")
    assert len(found.entities["Event"]) == 1
