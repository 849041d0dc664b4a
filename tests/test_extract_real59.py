"""Patterns of the articles read in the thirty-first session (vietnews round 59a), written with invented people
and places."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_short_name_after_a_city_s_committee_is_its_holder() -> None:
    found = read("Kỳ họp HĐND thành phố Đà Nẵng khai mạc sáng nay. Bí thư Thành ủy Lê Hòa, Chủ tịch HĐND thành phố "
                 "yêu cầu các sở trả lời thẳng vào vấn đề.")
    assert "Lê Hòa" in found.entities["Person"]
    assert ("Lê Hòa", "holdsPost", "Thành ủy Đà Nẵng", "Bí thư") in found.relations
    assert not any("Lê Hòa" in label for label in found.entities.get("Place", ()))


def test_a_district_or_a_former_province_after_a_committee_stays_a_place() -> None:
    found = read("Huyện ủy Châu Thành tổ chức hội nghị. Ông Trần Văn Bình, nguyên Bí thư Tỉnh ủy Sơn Tây, dự.")
    assert "Huyện ủy Châu Thành" in found.entities["Organization"]
    assert ("Trần Văn Bình", "holdsPost", "Tỉnh ủy Sơn Tây", "nguyên Bí thư") in found.relations


def test_no_person_begins_inside_a_place_s_proper_name() -> None:
    found = read("Thành phố sẽ mở đường bay trực thăng từ sân bay Tân Sơn Nhất đi huyện Hòa An.")
    assert not any("Sơn Nhất" in label for label in found.entities.get("Person", ()))


def test_a_person_after_a_country_or_a_baptismal_name_is_still_read() -> None:
    found = read("Dự lễ có Đại sứ Việt Nam tại Lào Trần Văn Bình và Linh mục Phêrô Lê Văn Tâm.")
    assert {"Trần Văn Bình", "Lê Văn Tâm"} <= found.entities["Person"]


def test_a_woman_named_back_by_the_two_last_words_of_her_name() -> None:
    found = read("Phó Chủ tịch Quốc hội Phạm Thị Kim Oanh được giới thiệu. Bà Kim Oanh từng giữ chức Giám đốc Sở "
                 "Tài chính tỉnh Hòa Lâm.")
    assert "Phạm Thị Kim Oanh" in found.entities["Person"]
    assert "Kim Oanh" not in found.entities["Person"]


def test_a_chair_of_the_province_before_the_post_taken_up() -> None:
    found = read("HĐND tỉnh Hòa Lâm đã bầu ông Lê Văn Tâm, Phó chủ tịch tỉnh giữ chức Chủ tịch HĐND tỉnh.")
    assert ("Lê Văn Tâm", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Hội đồng nhân dân tỉnh Hòa Lâm", "Chủ tịch") in found.relations


def test_bodies_whose_head_the_text_writes_in_small_letters() -> None:
    found = read("Đoàn liên ngành gồm viện Kiểm sát nhân dân huyện Hòa An, chi cục Kiểm lâm tỉnh Hòa Lâm, văn phòng "
                 "Tỉnh uỷ Hòa Lâm và sở Tư pháp tỉnh Hòa Lâm. Dự có Bộ trưởng bộ Y tế Lê Thị Tâm.")
    organizations = found.entities["Organization"]
    assert {"Viện Kiểm sát nhân dân huyện Hòa An", "Chi cục Kiểm lâm tỉnh Hòa Lâm", "Văn phòng Tỉnh ủy Hòa Lâm",
            "Sở Tư pháp tỉnh Hòa Lâm", "Bộ Y tế"} <= organizations
    assert ("Văn phòng Tỉnh ủy Hòa Lâm", "subOrganizationOf", "Tỉnh ủy Hòa Lâm", None) in found.relations


def test_no_body_where_a_small_head_ends_another_word() -> None:
    found = read("Các cán bộ Trung tâm Y tế huyện và cơ sở Ủy ban nhân dân xã Hòa An đã xây dựng bộ Quy tắc ứng xử.")
    assert not any(label.startswith(("Bộ ", "Sở ")) for label in found.entities.get("Organization", ()))


def test_a_title_before_a_ministry_written_in_small_letters() -> None:
    found = read("Tham dự có Bộ trưởng bộ Y tế Lê Thị Tâm và Giám đốc sở Tư pháp tỉnh Hòa Lâm Trần Văn Bình.")
    assert ("Lê Thị Tâm", "holdsPost", "Bộ Y tế", "Bộ trưởng") in found.relations
    assert ("Trần Văn Bình", "holdsPost", "Sở Tư pháp tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_bare_title_is_not_borrowed_from_a_sentence_about_another_province() -> None:
    found = read("Thủ tướng phê chuẩn việc bầu Chủ tịch UBND tỉnh Hòa Lâm đối với ông Lê Văn Tâm, Phó bí thư Tỉnh "
                 "uỷ. Kỳ họp HĐND tỉnh Sơn Khê đã bầu ông Trần Văn Bình, Phó bí thư, Phó chủ tịch làm Chủ tịch UBND "
                 "tỉnh.")
    assert ("Trần Văn Bình", "holdsPost", "Ủy ban nhân dân tỉnh Sơn Khê", "Chủ tịch") in found.relations
    assert not any(s == "Trần Văn Bình" and o.endswith("Hòa Lâm") for s, _, o, _ in found.relations)


def test_a_deputy_named_so_in_the_report_of_a_council_s_session() -> None:
    found = read("Sáng 5/7, Kỳ họp thứ 11 HĐND tỉnh Hòa Lâm khóa VIII khai mạc. Tại phiên chất vấn, đại biểu Lê Văn "
                 "Tâm đặt câu hỏi cho Chánh Thanh tra tỉnh.")
    assert ("Lê Văn Tâm", "holdsPost", "Hội đồng nhân dân tỉnh Hòa Lâm", "Đại biểu") in found.relations


def test_terms_numbered_in_figures_do_not_end_the_chain_of_posts() -> None:
    found = read("Bà Phạm Thị Kim Oanh được giới thiệu. Bà là Ủy viên Ban Chấp hành Trung ương khóa 9, 10; Ủy viên Bộ "
                 "Chính trị khóa 11, 12; đại biểu Quốc hội khóa 12, 13.")
    assert ("Phạm Thị Kim Oanh", "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
    assert ("Phạm Thị Kim Oanh", "holdsPost", "Quốc hội", "Đại biểu") in found.relations


def test_a_title_in_small_letters_after_la_before_a_capitalised_body() -> None:
    found = read("Bà Phạm Thị Kim Oanh được giới thiệu. Bà là uỷ viên Ban chấp hành Trung ương khoá 9, 10; uỷ viên Bộ "
                 "Chính trị khoá 11, 12. Ông Lê Văn Tâm là giám đốc Sở Tài chính tỉnh Hòa Lâm.")
    assert ("Phạm Thị Kim Oanh", "holdsPost", "Ban Chấp hành Trung ương Đảng", "Ủy viên") in found.relations
    assert ("Phạm Thị Kim Oanh", "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Sở Tài chính tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_deputy_s_post_taken_up_is_not_in_the_body_its_takers_head() -> None:
    found = read("HĐND tỉnh Hòa Lâm bầu ông Trần Văn Bình, Phó bí thư Tỉnh uỷ giữ chức Chủ tịch UBND tỉnh. Ông Lê Văn "
                 "Tâm, Giám đốc Sở Công thương và bà Lê Thị Hoa, Chủ tịch Liên đoàn lao động tỉnh giữ chức Phó chủ "
                 "tịch.")
    assert ("Lê Thị Hoa", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations
    assert not any(o.startswith("Liên đoàn") and r == "Phó Chủ tịch" for _, _, o, r in found.relations)


def test_a_secretary_s_bare_title_before_a_name_after_the_committee_named() -> None:
    found = read("Phát biểu kết luận hội nghị Thành uỷ Hòa Lâm khoá 21 tổ chức sáng 4/12, Bí thư Lê Văn Tâm cho biết "
                 "đã nhận được công văn.")
    assert ("Lê Văn Tâm", "holdsPost", "Thành ủy Hòa Lâm", "Bí thư") in found.relations


def test_an_aside_in_brackets_after_a_name_is_not_the_clause_that_takes_up_a_post() -> None:
    found = read("Tại xã Hòa An, ông Trần Văn Bình tái cử Bí thư Đảng uỷ xã, ông Lê Văn Tâm (em rể ông Bình) làm Chủ "
                 "tịch UBND xã. HĐND xã bổ sung ông Lê Văn Hùng (hiện đang giữ chức Trưởng Công an xã Hòa An).")
    assert ("Lê Văn Tâm", "holdsPost", "Ủy ban nhân dân xã Hòa An", "Chủ tịch") in found.relations
    assert ("Trần Văn Bình", "holdsPost", "Ủy ban nhân dân xã Hòa An", "Chủ tịch") not in found.relations
    assert ("Lê Văn Hùng", "holdsPost", "Công an xã Hòa An", "Trưởng Công an") in found.relations
