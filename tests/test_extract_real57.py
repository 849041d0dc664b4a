"""Patterns of the articles read in the thirtieth session (vietnews rounds 57), written with invented people and
places."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_resolutions_named_by_their_subject_in_a_list() -> None:
    found = read("Các nghị quyết sẽ được Quốc hội xem xét, thông qua, gồm: Nghị quyết về thi hành Bộ luật Hình sự; "
                 "Nghị quyết về mức thuế bảo vệ môi trường đối với xăng, dầu theo đề nghị của Chính phủ và Nghị "
                 "quyết phê chuẩn việc bổ nhiệm Thẩm phán Tòa án nhân dân tối cao.")
    documents = found.entities["Document"]
    assert "Nghị quyết về thi hành Bộ luật Hình sự" in documents
    assert "Nghị quyết về mức thuế bảo vệ môi trường đối với xăng, dầu" in documents  # ("theo đề nghị": said of it)
    assert "Nghị quyết phê chuẩn việc bổ nhiệm Thẩm phán Tòa án nhân dân tối cao" in documents


def test_a_resolution_about_amending_another_names_both() -> None:
    found = read("HĐND tỉnh Hòa Lâm ban hành Nghị quyết về sửa đổi, bổ sung Nghị quyết số 12/2016/NQ-HĐND của HĐND "
                 "tỉnh về quy hoạch thủy điện nhỏ.")
    assert not any(label == "Nghị quyết về sửa đổi, bổ sung" for label in found.entities["Document"])


def test_a_title_before_kiem_and_a_post_before_the_name() -> None:
    found = read("Bí thư Quận ủy kiêm Chủ tịch UBND quận Hòa An Lê Văn Tâm phát biểu. Tư lệnh kiêm Chính ủy Bộ Tư "
                 "lệnh Quân khu 9 Trần Văn Bình dự.")
    assert ("Lê Văn Tâm", "holdsPost", "Quận ủy Hòa An", "Bí thư") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Ủy ban nhân dân quận Hòa An", "Chủ tịch") in found.relations
    assert ("Trần Văn Bình", "holdsPost", "Bộ Tư lệnh Quân khu 9", "Tư lệnh") in found.relations
    assert ("Trần Văn Bình", "holdsPost", "Bộ Tư lệnh Quân khu 9", "Chính ủy") in found.relations


def test_a_province_s_dash_spaced_on_one_side_and_the_radio_s_short_form() -> None:
    found = read("Dự có Phó Chủ tịch UBND tỉnh Bà Rịa- Vũng Tàu Lê Văn Tâm và Tổng Giám đốc Đài TNVN Trần Văn Bình.")
    assert ("Lê Văn Tâm", "holdsPost", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Phó Chủ tịch") in found.relations
    assert ("Trần Văn Bình", "holdsPost", "Đài Tiếng nói Việt Nam", "Tổng Giám đốc") in found.relations


def test_an_anniversary_of_a_day_named_in_capitals_keeps_the_day_in_its_name() -> None:
    found = read("Sáng 11/6, tỉnh Hòa Lâm tổ chức Lễ kỷ niệm 60 năm ngày Bác Hồ về thăm Hòa Lâm. Dự lễ có Phó Thủ "
                 "tướng Lê Văn Tâm.")
    assert any(label.startswith("Lễ kỷ niệm 60 năm ngày Bác Hồ về thăm Hòa Lâm")
               for label in found.entities["Event"])


def test_a_plenum_s_name_ends_after_its_number() -> None:
    found = read("Dự kiến Hội nghị Trung ương 9 cuối tháng 12/2018 sẽ xem xét. Văn kiện Đại hội đại biểu toàn quốc "
                 "lần thứ XIII của Đảng quy định số lượng cấp ủy viên.")
    assert "Hội nghị Trung ương 9" in found.entities["Event"]
    assert "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" in found.entities["Event"]


def test_no_city_named_by_the_next_sentence_s_plural_word() -> None:
    found = read("Ông Lê Văn Tâm trao quyết định cho Ban Quản lý Khu Công nghệ cao TP. Các cán bộ nhận quyết định "
                 "gồm: Phó Giám đốc Sở Tài chính TP Nguyễn Văn Bình.")
    assert not any(label.endswith(" Các") for label in found.entities["Organization"])


def test_a_meeting_named_with_a_word_pointing_back_is_the_one_told_before() -> None:
    found = read("Sáng 5/3, Công ty Hòa An tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì. Buổi lễ trang trọng "
                 "này có sự tham dự của ông Lê Văn Tâm, Chủ tịch UBND tỉnh Hòa Lâm.")
    assert len(found.entities["Event"]) == 1
    (event,) = found.entities["Event"]
    assert event.startswith("Lễ đón nhận Huân chương Lao động hạng Nhì")
    assert ("Lê Văn Tâm", "attended", event, None) in found.relations


def test_a_caption_run_on_into_the_next_sentence_names_no_event() -> None:
    found = read("Sáng 5/3, Chi đoàn Trung tâm Hòa An tổ chức Đại hội Chi đoàn nhiệm kỳ 2017-2019. Toàn cảnh Đại hội "
                 "Đại hội đã nghe đồng chí Lê Văn Tâm, Bí thư Chi đoàn báo cáo.")
    assert found.entities["Event"] == {"Đại hội Chi đoàn nhiệm kỳ 2017-2019"}


def test_a_province_ending_an_address_is_no_district_of_the_list() -> None:
    found = read("Lễ dâng hương tổ chức tại xã Sài Sơn, huyện Quốc Oai, Hà Nội. Ông Lê Văn Tâm về thành phố Quy Nhơn, "
                 "Bình Định.")
    places = found.entities["Place"]
    assert "Thành phố Hà Nội" in places and "Tỉnh Bình Định" in places
    assert not {"Huyện Hà Nội", "Thành phố Bình Định"} & places


def test_a_name_after_a_city_s_abbreviation_keeps_its_family_name() -> None:
    found = read("Phó Trưởng đoàn chuyên trách Đoàn ĐBQH TP.HCM Phan Nguyễn Như Khuê phát biểu.")
    assert ("Phan Nguyễn Như Khuê", "holdsPost", "Đoàn đại biểu Quốc hội thành phố Hồ Chí Minh",
            "Phó Trưởng đoàn chuyên trách") in found.relations


def test_a_district_s_committee_under_its_own_province_s_of_several_named() -> None:
    found = read("Bà Hà Thị Nga, Bí thư Tỉnh ủy Tuyên Quang, từng là bí thư Huyện ủy Mường Khương (Lào Cai), phó bí "
                 "thư thường trực Tỉnh ủy Lào Cai.")
    assert ("Huyện ủy Mường Khương", "subOrganizationOf", "Tỉnh ủy Lào Cai", None) in found.relations
    assert ("Huyện ủy Mường Khương", "subOrganizationOf", "Tỉnh ủy Tuyên Quang", None) not in found.relations


def test_a_specialised_school_is_a_school_not_a_person() -> None:
    found = read("Em Lê Văn Tâm, học sinh Trường THPT chuyên Trần Phú (Hải Phòng), giành Huy chương vàng.")
    assert "Trường Trung học phổ thông chuyên Trần Phú" in found.entities["Organization"]
    assert found.entities["Person"] == {"Lê Văn Tâm", "Minh Anh"}  # (Minh Anh: the byline)


def test_a_body_gives_a_counted_award() -> None:
    found = read("UBND tỉnh Hòa Lâm tặng 28 Bằng khen cho tập thể và cá nhân có thành tích xuất sắc.")
    assert ("Bằng khen của Ủy ban nhân dân tỉnh Hòa Lâm", "awardedBy", "Ủy ban nhân dân tỉnh Hòa Lâm", None) \
        in found.relations


def test_awards_received_listed_with_a_count_after_a_colon() -> None:
    found = read("Ông Lê Văn Tâm từng được trao tặng: 1 Huân chương Lao động hạng Ba và nhiều bằng khen.")
    assert ("Lê Văn Tâm", "receivedAward", "Huân chương Lao động hạng Ba", None) in found.relations


def test_who_accompanies_or_comes_to_congratulate_attends() -> None:
    found = read("Sáng 5/6, Thủ tướng Lê Văn Tâm dự Hội nghị Tương lai châu Á lần thứ 23. Tháp tùng Thủ tướng có Bộ "
                 "trưởng Bộ Ngoại giao Trần Văn Bình; Bộ trưởng Bộ Công Thương Nguyễn Văn Hòa.")
    event = next(iter(found.entities["Event"]))
    assert ("Trần Văn Bình", "attended", event, None) in found.relations
    assert ("Nguyễn Văn Hòa", "attended", event, None) in found.relations


def test_a_resolution_named_by_its_subject_ends_before_where_it_was_adopted() -> None:
    found = read("Các ngân hàng thực hiện Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng tại kỳ họp thứ 3, làm "
                 "cơ sở để xử lý các khoản nợ.")
    assert "Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng" in found.entities["Document"]


def test_a_session_named_by_its_number_alone_before_its_body() -> None:
    found = read("Tại kỳ họp 37, Ủy ban Kiểm tra Trung ương đã xem xét, thi hành kỷ luật ông Lê Văn Tâm. Trong 5 năm, "
                 "HĐND huyện tổ chức 12 kỳ họp, 5 kỳ họp chuyên đề.")
    assert found.entities["Event"] == {"Kỳ họp 37 Ủy ban Kiểm tra Trung ương"}
