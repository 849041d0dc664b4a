"""Patterns of the articles read in the twenty-seventh session (vietnews and baomoi 2017, dantri 2021, VLSP 2022
AbMuSu), written with invented people and places."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_post_taken_up_after_a_clause_of_before_is_left_since() -> None:
    found = read("Trước khi giữ chức Chủ tịch UBND tỉnh Hòa Lâm, ông Trần Văn Tâm làm Giám đốc Sở Xây dựng tỉnh này.")
    assert ("Trần Văn Tâm", "holdsPost", "Sở Xây dựng tỉnh Hòa Lâm", "nguyên Giám đốc") in found.relations


def test_a_clause_of_before_with_nothing_taken_up_leaves_the_post_named_as_it_is() -> None:
    found = read("Trước khi công bố quyết định, ông Lê Văn Hòa, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ phát biểu.")
    assert ("Lê Văn Hòa", "holdsPost", "Vụ Tổ chức cán bộ", "Vụ trưởng") in found.relations


def test_a_document_number_with_a_letter_after_its_digits() -> None:
    found = read("Các bộ báo cáo thực hiện Nghị quyết 36a/NQ-CP về Chính phủ điện tử.")
    assert ("Nghị quyết 36a/NQ-CP", "issuedBy", "Chính phủ", None) in found.relations


def test_a_second_field_joined_by_and_in_small_letters_before_the_body_above() -> None:
    found = read("Ông Lê Văn Tâm, Trưởng phòng Khảo thí và quản lý chất lượng Sở Giáo dục và Đào tạo tỉnh Hòa Lâm nói.")
    assert ("Lê Văn Tâm", "holdsPost", "Phòng Khảo thí và quản lý chất lượng Sở Giáo dục và Đào tạo tỉnh Hòa Lâm",
            "Trưởng phòng") in found.relations


def test_a_post_said_to_be_left_with_cuu_reads_as_nguyen() -> None:
    found = read("Ông Lê Văn Tám, cựu Chủ tịch UBND tỉnh Hòa Lâm, bị kỷ luật.")
    assert ("Lê Văn Tám", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Chủ tịch") in found.relations


def test_a_province_ending_a_body_s_name_is_no_part_of_the_holder_s_name() -> None:
    found = read("Phát biểu tại buổi lễ, tân hiệu trưởng trường ĐH Mở Hà Nội Nguyễn Thị Lan bày tỏ niềm vui.")
    assert "Nguyễn Thị Lan" in found.entities["Person"]
    assert not any("Hà Nội" in person or "Nội" in person.split() for person in found.entities["Person"])


def test_a_province_whose_last_syllable_is_a_family_name_ends_the_body_before_its_holder() -> None:
    found = read("Giám đốc Sở GD-ĐT Sơn La Hoàng Văn Tâm bị cách chức.")
    assert ("Hoàng Văn Tâm", "holdsPost", "Sở Giáo dục và Đào tạo tỉnh Sơn La", "Giám đốc") in found.relations


def test_the_pacific_is_no_person() -> None:
    found = read("Hội nghị chuyên đề IPU khu vực châu Á - Thái Bình Dương khai mạc tại Thành phố Hồ Chí Minh.")
    assert "Thái Bình Dương" not in found.entities.get("Person", set())


def test_a_law_s_name_goes_on_past_a_comma_only_with_the_second_word_of_a_pair() -> None:
    found = read("Cơ quan này vi phạm Luật Xuất bản, bị cơ quan chức năng xử lý.")
    assert found.entities["Document"] == {"Luật Xuất bản"}
    found = read("Quốc hội thông qua Luật Phòng, chống tham nhũng và Luật Quản lý, sử dụng tài sản công.")
    assert found.entities["Document"] == {"Luật Phòng, chống tham nhũng", "Luật Quản lý, sử dụng tài sản công"}


def test_a_numbered_cell_after_another_is_its_own() -> None:
    found = read("Ông Huỳnh Văn Tâm, Bí thư Chi bộ 4, Chi cục trưởng. "
                 "Ông Diệp Văn Hòa, Phó Bí thư Chi bộ 5, Phó Chi cục trưởng.")
    assert ("Diệp Văn Hòa", "holdsPost", "Chi bộ 5", "Phó Bí thư") in found.relations


def test_a_forum_named_after_the_pacific_keeps_its_name_whole() -> None:
    found = read("Lễ chuyển giao Chủ tịch Diễn đàn Nghị viện châu Á - Thái Bình Dương diễn ra tại Hà Nội.")
    assert "Diễn đàn Nghị viện châu Á - Thái Bình Dương" in found.entities["Organization"]


def test_a_title_after_and_is_no_field_of_the_body_before_it() -> None:
    found = read("Các ý kiến về Cảng hàng không quốc tế Long Thành và bộ trưởng Bộ GTVT có 15 phút giải trình.")
    assert "Cảng hàng không quốc tế Long Thành" in found.entities["Organization"]


def test_a_province_ends_a_department_s_name_before_its_holder() -> None:
    found = read("Phó Giám đốc Sở Tư pháp Hải Dương Bùi Văn Hoàng cũng than phiền.")
    assert ("Bùi Văn Hoàng", "holdsPost", "Sở Tư pháp tỉnh Hải Dương", "Phó Giám đốc") in found.relations


def test_a_name_cut_short_inside_the_next_province_s_name_leaves_it_out() -> None:
    found = read("Bí thư Tỉnh ủy Lê Đình Tâm Hà Tĩnh cũng đã tổ chức một số cuộc họp khẩn.")
    assert "Lê Đình Tâm" in found.entities["Person"]


def test_a_career_listed_with_commas_gives_its_steps_but_the_last() -> None:
    found = read("Ông Trần Văn Tâm từng đảm nhiệm các chức vụ: Giám đốc Sở Công Thương tỉnh Hòa Lâm, "
                 "Bí thư Huyện ủy Tân Phú, Trưởng ban Dân vận Tỉnh ủy Hòa Lâm.")
    assert ("Trần Văn Tâm", "holdsPost", "Sở Công Thương tỉnh Hòa Lâm", "nguyên Giám đốc") in found.relations
    assert ("Trần Văn Tâm", "holdsPost", "Huyện ủy Tân Phú", "nguyên Bí thư") in found.relations


def test_a_career_told_after_what_the_person_is() -> None:
    found = read("Ông Lê Văn Hòa sinh năm 1959, quê Hòa Lâm, từng trải qua các vị trí: Phó Giám đốc Sở Tài chính "
                 "tỉnh Hòa Lâm, Bí thư Huyện ủy Tân Phú, Chủ tịch HĐND tỉnh Hòa Lâm.")
    assert ("Lê Văn Hòa", "holdsPost", "Huyện ủy Tân Phú", "nguyên Bí thư") in found.relations


def test_a_career_of_a_person_named_by_the_given_name() -> None:
    found = read("Ông Đặng Văn Khánh sinh năm 1976. Ông Khánh đã kinh qua các chức vụ: Giám đốc Sở Xây dựng tỉnh "
                 "Hòa Lâm; Bí thư Huyện ủy Tân Phú; Phó Chủ tịch UBND tỉnh Hòa Lâm.")
    assert ("Đặng Văn Khánh", "holdsPost", "Sở Xây dựng tỉnh Hòa Lâm", "nguyên Giám đốc") in found.relations


def test_a_city_s_numbered_district_and_ward_are_places() -> None:
    found = read("Người dân ở quận 1 và quận 3 đã tham gia, tại phường 12 cũng vậy.")
    assert {"Quận 1", "Quận 3", "Phường 12"} <= found.entities["Place"]


def test_a_number_that_counts_after_a_ward_is_no_ward() -> None:
    found = read("Kết quả của phường 6 tháng đầu năm rất tốt.")
    assert "Place" not in found.entities


def test_a_quote_a_title_says_is_speech_not_a_model() -> None:
    found = read("“Chúng tôi cũng thấy cần phải làm mạnh hơn nữa”, Tổng Bí thư nói.")
    assert "PracticeModel" not in found.entities


def test_a_quoted_form_of_discipline_is_no_model() -> None:
    found = read("Ban Chấp hành Đảng bộ quận Tân Phú đã quyết định kỷ luật “Khiển trách” bà Lê Thị Hoa.")
    assert "PracticeModel" not in found.entities


def test_a_department_s_short_form_spaced_around_its_ampersand() -> None:
    found = read("Ông Lê Văn Bình, Giám đốc Sở GD & ĐT tỉnh Hòa Lâm cho biết.")
    assert ("Lê Văn Bình", "holdsPost", "Sở Giáo dục và Đào tạo tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_photo_s_credit_right_after_a_level_names_no_place() -> None:
    found = read("Ông Lê Văn Tâm, Hiệu trưởng Trường Chính trị thành phố Ảnh: Văn Hòa phát biểu.")
    assert not any("Ảnh" in label for label in found.entities.get("Organization", set()))


def test_a_law_s_name_ends_before_what_it_says() -> None:
    found = read("Luật Công an nhân dân đáp ứng yêu cầu, còn Luật CSCĐ nêu rõ quyền của cán bộ.")
    assert found.entities["Document"] == {"Luật Công an nhân dân", "Luật CSCĐ"}


def test_a_bare_kind_then_what_the_sentence_goes_on_to_say_names_no_document() -> None:
    found = read("Quốc hội đã thông qua Nghị quyết và sau đó Thủ tướng ra quyết định xóa tư cách.")
    assert "Document" not in found.entities


def test_an_option_counted_is_no_document() -> None:
    found = read("Có 5 phương án, trong đó Phương án 1 là giữ nguyên, Phương án 316/PA-UBND đã duyệt.")
    assert found.entities["Document"] == {"Phương án 316/PA-UBND"}


def test_a_school_of_law_is_no_law() -> None:
    found = read("Theo thông báo từ ĐH Luật Hà Nội, học phí sẽ tăng; Quốc hội thông qua Luật Đất đai.")
    assert found.entities["Document"] == {"Luật Đất đai"}


def test_a_central_code_written_with_its_u() -> None:
    found = read("Ban Dân vận Trung ương sơ kết thực hiện Quyết định số 218-QĐ/TƯ của Bộ Chính trị.")
    assert ("Quyết định 218-QĐ/TƯ", "issuedBy", "Bộ Chính trị", None) in found.relations


def test_a_reporter_s_name_in_the_byline_is_no_faculty() -> None:
    found = read("Trường Đại học Hòa Lâm bị kiểm tra. Hiệu trưởng Lê Văn Tâm bị kỷ luật.", author="Khoa Nam")
    assert "Khoa Nam" not in found.entities.get("Organization", set())


def test_a_country_or_a_continent_named_like_a_person_is_neither() -> None:
    found = read("Bên cạnh đường cát Thái Lan, dịch bệnh tại khu vực Châu Á cũng đáng lo ngại; bà Thái Thị Lan nói.")
    assert not {"Thái Lan", "Châu Á"} & found.entities["Person"]
    assert "Thái Thị Lan" in found.entities["Person"]


def test_the_executive_committee_of_a_bloc_s_party_organisation_is_its_party_committee() -> None:
    found = read("Ông Nguyễn Văn Dũng, Uỷ viên BCH Đảng bộ Khối Doanh nghiệp Trung ương, Bí thư Đảng uỷ, "
                 "Chủ tịch Tập đoàn Hoá chất Hòa Lâm bị kỷ luật.")
    assert ("Nguyễn Văn Dũng", "holdsPost", "Đảng ủy Khối Doanh nghiệp Trung ương", "Ủy viên") in found.relations


def test_the_one_an_event_is_named_after_did_not_attend_it() -> None:
    found = read("Sáng 9/7, Tỉnh ủy Hòa Lâm tổ chức Lễ kỷ niệm 110 năm Ngày sinh Tổng Bí thư Nguyễn Văn Cừ. "
                 "Dự lễ có đồng chí Trần Văn Tâm, Bí thư Tỉnh ủy Hòa Lâm.")
    assert not any(r[0] == "Nguyễn Văn Cừ" and r[1] == "attended" for r in found.relations)


def test_a_rare_family_name_tat() -> None:
    found = read("Phó Bí thư Thường trực Thành ủy TP.HCM Tất Văn Cang phát biểu.")
    assert ("Tất Văn Cang", "holdsPost", "Thành ủy Thành phố Hồ Chí Minh", "Phó Bí thư Thường trực") in found.relations
