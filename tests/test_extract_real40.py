"""Patterns of the round-40 real articles (vietnews, 2014-2019 national papers) and of the crawl they were
checked on, written with invented people: a post, a comma and its holder's word of address; a place's
name that a hyphen does not carry into the next sentence; "CA" as the police in capitals only; words
of a body's name whose second syllable opens a verb elsewhere ("Xúc tiến", "Bất động sản")."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_post_then_a_comma_then_its_holder() -> None:
    found = read("Phát biểu tại hội nghị, Bí thư Tỉnh ủy Hà Tĩnh, ông Lê Văn Khải cho biết tỉnh đã chỉ đạo.")
    assert ("Lê Văn Khải", "holdsPost", "Tỉnh ủy Hà Tĩnh", "Bí thư") in found.relations


def test_a_post_now_then_a_comma_then_its_holder() -> None:
    found = read("Chủ tịch UBND tỉnh Hà Tĩnh hiện nay, ông Lê Văn Khải đã bước sang tuổi 60.")
    assert ("Lê Văn Khải", "holdsPost", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Chủ tịch") in found.relations


def test_the_post_of_the_one_named_before_is_not_the_next_one_s() -> None:
    found = read("Tham dự có ông Trần Văn Minh, Bí thư Tỉnh ủy Hà Tĩnh, ông Lê Văn Khải, Chủ tịch UBND tỉnh.")
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Hà Tĩnh", "Bí thư") in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Tỉnh ủy Hà Tĩnh", "Bí thư") not in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Chủ tịch") in found.relations


def test_a_post_held_at_a_time_the_clause_names_is_read_as_the_gold_reads_it() -> None:
    # (held, left where the article names another: tests/test_extract_real51.py)
    found = read("Trong thời gian làm Bí thư Huyện ủy Nhơn Trạch, bà Lê Thị Khánh đã vi phạm quy định.")
    assert ("Lê Thị Khánh", "holdsPost", "Huyện ủy Nhơn Trạch", "Bí thư") in found.relations


def test_a_hyphen_does_not_carry_a_place_into_the_next_sentence() -> None:
    found = read("Kỷ luật đồng chí Lê Thị Khánh, Trưởng Đoàn ĐBQH tỉnh Đồng Nai - Trong thời gian giữ chức vụ, "
                 "đồng chí đã vi phạm.")
    assert ("Lê Thị Khánh", "holdsPost", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai", "Trưởng đoàn") in found.relations
    assert not any("Trong" in label for label in found.entities["Organization"])


def test_a_hyphen_joins_a_place_s_two_names() -> None:
    found = read("Ông Lê Văn Khải, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu phát biểu. Bí thư Tỉnh ủy Thừa Thiên - Huế "
                 "Trần Văn Minh dự.")
    assert "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu" in found.entities["Organization"]
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Thừa Thiên Huế", "Bí thư") in found.relations


def test_ca_in_capitals_is_the_police() -> None:
    found = read("Phòng Cảnh sát hình sự CA TP Hồ Chí Minh phối hợp với CA tỉnh Bình Định bắt đối tượng.")
    assert {"Phòng Cảnh sát hình sự Công an thành phố Hồ Chí Minh", "Công an tỉnh Bình Định"} \
        <= found.entities["Organization"]


def test_ca_in_a_name_is_a_syllable() -> None:
    found = read("Ông Phạm Văn Ca, Phó Chủ tịch UBND tỉnh Thái Bình phát biểu.")
    assert ("Phạm Văn Ca", "holdsPost", "Ủy ban nhân dân tỉnh Thái Bình", "Phó Chủ tịch") in found.relations


def test_a_word_of_a_body_s_name_whose_second_syllable_opens_a_verb() -> None:
    found = read("Ông Lê Văn Khải, Chủ tịch Hiệp hội Bất động sản tỉnh Khánh Hòa, làm việc với Trung tâm Lưu ký "
                 "Chứng khoán và Trung tâm Xúc tiến Đầu tư tỉnh Khánh Hòa.")
    assert {"Hiệp hội Bất động sản tỉnh Khánh Hòa", "Trung tâm Lưu ký Chứng khoán",
            "Trung tâm Xúc tiến Đầu tư tỉnh Khánh Hòa"} \
        <= found.entities["Organization"]


def test_a_document_s_number_with_spaces_about_its_slash_and_dash() -> None:
    found = read("Thủ tướng ký Quyết định số 57 / QĐ - TTg. Thực hiện Quy định số 102 - QĐ / TW và Nghị quyết "
                 "số 35/NQ - CP, tỉnh đã làm.")
    assert {"Quyết định 57/QĐ-TTg", "Quy định 102-QĐ/TW", "Nghị quyết 35/NQ-CP"} <= found.entities["Document"]
    assert ("Quyết định 57/QĐ-TTg", "issuedBy", "Thủ tướng Chính phủ", None) in found.relations


def test_a_dash_after_a_document_s_number_opens_what_follows() -> None:
    found = read("Quyết định số 12/QĐ-UBND - Chủ tịch UBND tỉnh Hà Tĩnh ký ngày 2/3.")
    assert "Quyết định 12/QĐ-UBND" in found.entities["Document"]


def test_a_numbered_district_s_party_committee_is_named_with_its_level() -> None:
    found = read("Bà Lê Thị Khánh thôi chức Bí thư quận uỷ quận 3. Quận 6 tổ chức hội nghị. Ông Lê Văn Khải, Ủy viên "
                 "Ban Thường vụ Quận ủy phát biểu.")
    assert ("Lê Thị Khánh", "holdsPost", "Quận ủy Quận 3", "nguyên Bí thư") in found.relations \
        or ("Lê Thị Khánh", "holdsPost", "Quận ủy Quận 3", "Bí thư") in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Ban Thường vụ Quận ủy Quận 6", "Ủy viên") in found.relations


def test_elected_to_a_party_board_is_a_seat_on_it() -> None:
    found = read("Tại Đại hội lần thứ XII, ông Lê Văn Khải được bầu vào Bộ Chính trị. Bà Lê Thị Khánh được bầu bổ "
                 "sung vào Ban Thường vụ Tỉnh ủy Hà Tĩnh. Ông Trần Văn Minh được bầu vào HĐND tỉnh Hà Tĩnh.")
    assert ("Lê Văn Khải", "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
    assert ("Lê Thị Khánh", "holdsPost", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Ủy viên") in found.relations
    assert not any(r[0] == "Trần Văn Minh" and r[1] == "holdsPost" for r in found.relations)
    # a clause of its own between the name and the words: others are elected
    found = read("Ông Lê Văn Khải, Chủ tịch UBND tỉnh Hà Tĩnh, cho biết, từ năm 2012 đến nay, 9 cán bộ đã được "
                 "tín nhiệm bầu vào Ban Chấp hành Đảng bộ tỉnh.")
    assert not any(r[0] == "Lê Văn Khải" and r[3] in ("Ủy viên", "nguyên Chủ tịch") for r in found.relations)


def test_a_title_in_the_plural_in_small_letters_over_names_with_asides() -> None:
    found = read("Hai phó bí thư Tỉnh uỷ Hà Tĩnh khác là bà Lê Thị Khánh (tái cử) và ông Trần Văn Minh - Phó chủ tịch "
                 "UBND tỉnh.")
    assert {("Lê Thị Khánh", "holdsPost", "Tỉnh ủy Hà Tĩnh", "Phó Bí thư"),
            ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Hà Tĩnh", "Phó Bí thư")} <= found.relations


def test_uncle_ho_cited_is_the_person_where_the_article_names_the_city() -> None:
    found = read("Bí thư Thành ủy TP Hồ Chí Minh Lê Văn Khải phát biểu. Cán bộ làm theo tư tưởng, đạo đức, phong cách "
                 "Hồ Chí Minh. Các đơn vị tại Hồ Chí Minh tham gia.")
    assert "Hồ Chí Minh" in found.entities["Person"]
    assert "Thành phố Hồ Chí Minh" in found.entities["Place"]


def test_a_foreign_country_s_body_is_not_viet_nam_s() -> None:
    found = read("Chủ tịch Quốc hội Cuba Esteban Lazo thăm Hà Nội. Ủy viên Bộ Chính trị Đảng Cộng sản Cuba cùng đi. "
                 "Chủ tịch Quốc hội Lê Thị Khánh tiếp đoàn.")
    assert {"Quốc hội Cuba", "Bộ Chính trị Đảng Cộng sản Cuba", "Quốc hội"} <= found.entities["Organization"]
    assert ("Lê Thị Khánh", "holdsPost", "Quốc hội", "Chủ tịch") in found.relations


def test_a_name_does_not_run_into_the_next_sentence_s_date() -> None:
    found = read("Ban Bí thư kỷ luật ông Trần Văn Thiện Ngày 25/5, Ban Bí thư đã họp. Ông Lê Văn Ngày phát biểu.")
    assert {"Trần Văn Thiện", "Lê Văn Ngày"} <= found.entities["Person"]


def test_uncle_ho_s_title_gives_him_no_post_in_a_body_named_before() -> None:
    found = read("Chủ tịch Quốc hội Lê Thị Khánh dự lễ. Đoàn dâng hoa Chủ tịch Hồ Chí Minh.")
    assert "Hồ Chí Minh" in found.entities["Person"]
    assert not any(r[0] == "Hồ Chí Minh" and r[1] == "holdsPost" for r in found.relations)


def test_a_law_s_name_ends_before_new_and_before_a_title_after_a_comma() -> None:
    found = read("Ông Lê Văn Khải chất vấn về Luật Đầu tư công mới, Bí thư Lê Văn Khải cho rằng cần sửa. Theo Luật "
                 "Thi đua, Khen thưởng, tỉnh đã làm.")
    assert "Luật Đầu tư công" in found.entities["Document"]
    assert any(label.startswith("Luật Thi đua, Khen thưởng") for label in found.entities["Document"])


def test_a_code_of_law_and_a_law_s_year_without_nam() -> None:
    found = read("Ông Lê Văn Khải bị khởi tố theo điều 356 Bộ luật Hình sự 2015. Theo Luật Đất đai 2013 và Bộ luật Lao "
                 "động, tỉnh đã làm.")
    assert {"Bộ luật Hình sự 2015", "Luật Đất đai 2013", "Bộ luật Lao động"} <= found.entities["Document"]


def test_a_foreign_name_after_a_long_post_of_a_foreign_body() -> None:
    found = read("Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Cuba Jose Ramon Balaguer Cabrera đến thăm.")
    assert ("Jose Ramon Balaguer Cabrera", "holdsPost", "Ban Chấp hành Trung ương Đảng Cộng sản Cuba", "Bí thư") \
        in found.relations


def test_two_posts_decided_each_for_its_own_person() -> None:
    found = read("Thủ tướng đề nghị Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Xây dựng đối với ông Lê Văn Khải và chức "
                 "vụ Tổng Thanh tra Chính phủ đối với ông Trần Văn Minh.")
    assert ("Lê Văn Khải", "holdsPost", "Bộ Xây dựng", "nguyên Bộ trưởng") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Thanh tra Chính phủ", "nguyên Tổng Thanh tra") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Bộ Xây dựng", "nguyên Bộ trưởng") not in found.relations


def test_a_title_said_of_a_bare_level_heads_the_article_s_place_s_body() -> None:
    found = read("HĐND tỉnh Hà Tĩnh họp. Ông Lê Văn Khải được bầu giữ chức Chủ tịch tỉnh. Ông Trần Văn Minh, Bí thư "
                 "tỉnh, cho biết. Ông Khải là một trong những Chủ tịch tỉnh trẻ nhất nước.")
    assert ("Lê Văn Khải", "holdsPost", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Chủ tịch") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Hà Tĩnh", "Bí thư") in found.relations
