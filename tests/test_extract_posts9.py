"""Posts by example, ninth round: constructions by which the genre says who holds which post
in which body, each with an invented sentence about invented people and places.

The rules were written on the misses of the blind batch i (and a-h); the sentences here are
written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a post taken up -----------------------------------------------------------------------------


def test_a_post_taken_up_as_a_position_is_held() -> None:
    found = read("Thủ tướng giao bà Lê Thị Thanh Xuân, Trưởng Ban Biên tập, đảm nhiệm cương vị Phó Tổng Giám đốc "
                 "Thông tấn xã Việt Nam.")
    assert ("Lê Thị Thanh Xuân", "holdsPost", "Thông tấn xã Việt Nam", "Phó Tổng Giám đốc") in found.relations


# --- the heads of the offices of the state set up in 2025 ---------------------------------------


def test_the_head_of_a_province_s_statistics_office_holds_it_as_its_head() -> None:
    found = read("Theo đó ông Lê Đăng Khoa, Trưởng Thống kê tỉnh Hòa Lạc (cũ), được điều động làm Trưởng Thống kê "
                 "tỉnh Mường Tè.")
    assert ("Lê Đăng Khoa", "holdsPost", "Thống kê tỉnh Mường Tè", "Trưởng Thống kê") in found.relations
    assert ("Lê Đăng Khoa", "holdsPost", "Thống kê tỉnh Hòa Lạc", "nguyên Trưởng Thống kê") in found.relations


# --- a chain read whole wherever it begins ------------------------------------------------------


def test_a_bare_party_committee_after_is_is_that_of_the_unit_the_chain_names_next() -> None:
    found = read("Năm 2023, Đảng ủy Trung tâm Cứu hộ Hòa Lạc được thành lập, trực thuộc Đảng ủy Binh chủng Công binh. "
                 "Hiện nay, Đại tá Lê Văn Hòa là Bí thư Đảng ủy, Giám đốc Trung tâm.")
    assert ("Lê Văn Hòa", "holdsPost", "Đảng ủy Trung tâm Cứu hộ Hòa Lạc", "Bí thư") in found.relations
    assert ("Lê Văn Hòa", "holdsPost", "Đảng ủy Binh chủng Công binh", "Bí thư") not in found.relations


def test_a_bare_party_committee_in_a_post_taken_up_is_that_of_the_body_named_next() -> None:
    found = read("Đảng ủy Sở Y tế tỉnh Hòa Lạc công bố quyết định. Theo đó, ông Lê Văn Điềm được chỉ định giữ chức "
                 "Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa Mường Tè.")
    assert ("Lê Văn Điềm", "holdsPost", "Đảng ủy Bệnh viện Đa khoa Mường Tè", "Bí thư") in found.relations
    assert ("Lê Văn Điềm", "holdsPost", "Đảng ủy Sở Y tế tỉnh Hòa Lạc", "Bí thư") not in found.relations


def test_a_commune_s_party_committee_after_is_stays_the_commune_s() -> None:
    found = read("Đảng ủy xã Tân An họp. Ông Trần Văn Triều là Phó Bí thư Đảng ủy, Chủ tịch UBND xã Tân An.")
    assert ("Trần Văn Triều", "holdsPost", "Đảng ủy xã Tân An", "Phó Bí thư") in found.relations


# --- where a body's name ends: fields in small letters ------------------------------------------


def test_a_field_in_small_letters_goes_on_to_the_and_that_joins_the_next_field() -> None:
    found = read("Ông Lê Quốc Khánh, Phó Cục trưởng Cục Kinh tế hợp tác và Phát triển nông thôn phát biểu.")
    assert ("Lê Quốc Khánh", "holdsPost", "Cục Kinh tế hợp tác và Phát triển nông thôn", "Phó Cục trưởng") \
        in found.relations
    assert not found.has("Organization", "Cục Kinh tế")


def test_an_and_before_a_place_or_another_body_does_not_join_fields() -> None:
    found = read("Sở Y tế đã chỉ đạo và Hà Nội cũng vậy. Sở Nội vụ chỉ đạo và Bệnh viện tỉnh thực hiện.")
    assert found.has("Organization", "Sở Y tế")
    assert found.has("Organization", "Sở Nội vụ thành phố Hà Nội")  # (the city named before it)


def test_a_second_field_in_small_letters_after_a_comma_runs_into_the_department_s_body() -> None:
    found = read("Bà Lê Thị Thu Hà, Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Hòa Lạc phát biểu.")
    assert found.has("Organization", "Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Hòa Lạc")
    assert not found.has("Organization", "Phòng Phổ biến")


def test_words_after_a_comma_that_run_into_a_body_without_a_name_are_no_field() -> None:
    found = read("Trung tâm Lưu trữ quốc gia III, phông Quốc hội lưu giữ 2.000 hồ sơ.")
    assert found.has("Organization", "Trung tâm Lưu trữ quốc gia III")


# --- national departments whose names hold small fields ------------------------------------------


def test_the_ministry_s_party_work_department_is_named_whole() -> None:
    found = read("Ông Lê Minh Thái, Phó Cục trưởng Cục Công tác đảng và công tác chính trị phát biểu.")
    assert ("Lê Minh Thái", "holdsPost", "Cục Công tác đảng và công tác chính trị", "Phó Cục trưởng") \
        in found.relations


def test_political_work_goes_on_in_small_letters_and_the_body_above_keeps_its_head_whole() -> None:
    found = read("Ông Lê Đức Hạnh, Phó trưởng phòng Công tác chính trị Học viện Hòa Lạc phát biểu.")
    assert found.has("Organization", "Phòng Công tác chính trị Học viện Hòa Lạc")


# --- a unit named with the body above it ------------------------------------------------------


def test_a_department_named_with_its_body_in_other_letters_is_under_that_body() -> None:
    found = read("Ông Lê Văn An, Trưởng phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh Hòa Lạc đọc quyết định "
                 "của Viện Kiểm sát nhân dân tỉnh Hòa Lạc.")
    child = found.named("Organization", "Phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh Hòa Lạc")
    parent = found.named("Organization", "Viện Kiểm sát nhân dân tỉnh Hòa Lạc")
    assert child is not None and parent is not None
    assert (child, "subOrganizationOf", parent, None) in found.relations


def test_a_corporation_is_not_under_the_company_its_name_ends_in() -> None:
    found = read("Công ty Điện lực Hòa Lạc và Tổng Công ty Điện lực Hòa Lạc ký kết hợp tác.")
    assert ("Tổng Công ty Điện lực Hòa Lạc", "subOrganizationOf", "Công ty Điện lực Hòa Lạc", None) \
        not in found.relations


# --- a bare title before the holder's name ------------------------------------------------------


def test_a_title_that_names_its_kind_of_body_before_a_name_heads_the_one_body_of_that_kind() -> None:
    found = read("Sáng 5/3, Bệnh viện Đa khoa tỉnh Hòa Lạc tổ chức hội nghị. Giám đốc Lê Văn Hùng chủ trì hội nghị; "
                 "Phó Giám đốc Trần Thị Lan báo cáo.")
    assert ("Lê Văn Hùng", "holdsPost", "Bệnh viện Đa khoa tỉnh Hòa Lạc", "Giám đốc") in found.relations
    assert ("Trần Thị Lan", "holdsPost", "Bệnh viện Đa khoa tỉnh Hòa Lạc", "Phó Giám đốc") in found.relations


def test_a_title_of_one_national_body_before_a_name_is_of_that_body_not_of_its_branches() -> None:
    found = read("Ngân hàng Nhà nước (NHNN) công bố quyết định về cán bộ tại NHNN Khu vực 4. Chiều 11/8, Phó Thống đốc "
                 "Thường trực Lê Văn Toản chủ trì hội nghị.")
    assert ("Lê Văn Toản", "holdsPost", "Ngân hàng Nhà nước Việt Nam", "Phó Thống đốc Thường trực") in found.relations


def test_a_bare_title_before_a_name_is_left_where_the_article_names_two_bodies_of_its_kind() -> None:
    found = read("Bệnh viện Hòa Lạc và Bệnh viện Mường Tè ký kết hợp tác. Giám đốc Lê Văn Hùng phát biểu.")
    assert not any(r[0] == "Lê Văn Hùng" and r[1] == "holdsPost" for r in found.relations)


# --- a document's signature -------------------------------------------------------------------


def test_a_signature_on_behalf_of_a_body_holds_the_title_in_that_body() -> None:
    found = read("Nghị quyết này có hiệu lực kể từ ngày ký.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nChủ tịch\nLÊ VĂN HIẾU")
    person = found.named("Person", "Lê Văn Hiếu")
    assert (person, "holdsPost", "Ủy ban Thường vụ Quốc hội", "Chủ tịch") in found.relations


def test_a_signature_for_the_head_holds_the_deputy_s_title_in_the_body_the_heading_names() -> None:
    found = read("BỘ Y TẾ\n\nQUYẾT ĐỊNH\n\nĐiều 1. Tặng Bằng khen cho 3 tập thể.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"
                 "\n\n(Đã ký)\n\nLê Thị Kim Oanh")
    ministry = found.named("Organization", "Bộ Y tế")
    assert ministry is not None
    assert ("Lê Thị Kim Oanh", "holdsPost", ministry, "Thứ trưởng") in found.relations


def test_a_signature_for_a_head_whose_body_the_heading_does_not_name_is_left() -> None:
    found = read("BỘ XÂY DỰNG\n\nTHƯ NGỎ\n\nTrân trọng./.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n(Đã ký)\nLê Quang Vĩnh")
    assert not any(r[0] == "Lê Quang Vĩnh" and r[1] == "holdsPost" for r in found.relations)


def test_a_group_s_leader_taken_up_after_do_is_the_leader_of_the_group_named_before() -> None:
    found = read("Tổ hợp tác cà phê Gia Hiệp, do ông Lê Văn Brơi làm Tổ trưởng, đã ký hợp đồng bao tiêu.")
    assert ("Lê Văn Brơi", "holdsPost", "Tổ hợp tác cà phê Gia Hiệp", "Tổ trưởng") in found.relations


# --- a holder whose family name is none we know -------------------------------------------------


def test_a_woman_s_name_after_a_body_and_its_level_is_its_holder_not_its_place() -> None:
    found = read("Hội viên thôn Tà Gụ nhận bò giống từ tay Chủ tịch Hội LHPN xã Mấu Thị Lệ.")
    assert found.has("Person", "Mấu Thị Lệ")
    assert not found.has("Organization", "Hội Liên hiệp Phụ nữ xã Mấu Thị Lệ")


def test_a_name_s_first_letter_opens_it_and_a_degree_does_not() -> None:
    found = read("Đó là cô giáo A Nhí Thị Hoa, Trường Mầm non Hòa Lạc. Dự có Th.S Mai Thị Phượng.")
    assert found.has("Person", "A Nhí Thị Hoa")
    assert found.has("Person", "Mai Thị Phượng")
    assert not found.has("Person", "S Mai Thị Phượng")


def test_a_place_whose_name_begins_with_thi_is_still_a_place() -> None:
    found = read("Chủ tịch UBND phường Thị Cầu Nguyễn Văn An phát biểu.")
    assert ("Nguyễn Văn An", "holdsPost", "Ủy ban nhân dân phường Thị Cầu", "Chủ tịch") in found.relations


def test_the_front_s_committee_written_mttqvn_is_the_front_s_committee() -> None:
    found = read("Buổi tiếp xúc cử tri xã Hòa Lạc do Ban Thường trực Ủy ban MTTQVN xã tổ chức.")
    assert found.has("Organization", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Lạc")
    # (the Front's committee, named only inside its standing board's name, is no body of its own:
    # tests/test_extract_hier35.py)
    found = read("Buổi tiếp xúc cử tri xã Hòa Lạc do Ban Thường trực Ủy ban MTTQVN xã tổ chức. Ông Lò Văn Sinh, "
                 "Chủ tịch Ủy ban MTTQVN xã Hòa Lạc chủ trì.")
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Lạc", "subOrganizationOf",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Lạc", None) in found.relations


def test_an_award_after_a_body_s_head_is_no_part_of_its_name() -> None:
    found = read("Năm 2024, Chủ tịch nước quyết định tặng Công ty Huân chương Lao động hạng Nhì.")
    assert not found.has("Organization", "Công ty Huân chương Lao động hạng Nhì")


def test_a_group_named_back_after_a_title_is_followed_by_its_holder_s_name() -> None:
    found = read("Tập đoàn Công nghiệp Than Hòa Lạc (THL) tổ chức hội thảo. Góp ý cho dự thảo có Phó TGĐ Tập đoàn "
                 "Đinh Công Hậu cùng trưởng các ban.")
    assert ("Đinh Công Hậu", "holdsPost", "Tập đoàn Công nghiệp Than Hòa Lạc", "Phó Tổng Giám đốc") in found.relations
    assert not found.has("Organization", "Tập đoàn Đinh Công Hậu")


def test_a_company_named_with_two_words_of_a_name_keeps_them() -> None:
    found = read("Tổng công ty Hòa Lạc họp. Thường vụ Đảng ủy Tổng công ty Thái Sơn tổ chức hội nghị.")
    assert not found.has("Person", "Thái Sơn")


# --- the board of a numbered event ------------------------------------------------------------


def test_the_board_of_a_numbered_event_keeps_the_event_s_number_and_year() -> None:
    found = read("Ông Lê Văn Hòa, Trưởng Ban Chỉ đạo Đại hội Thể dục thể thao huyện Mường Tè lần thứ IX năm 2025 "
                 "phát biểu.")
    assert ("Lê Văn Hòa", "holdsPost", "Ban Chỉ đạo Đại hội Thể dục thể thao huyện Mường Tè lần thứ IX năm 2025",
            "Trưởng ban") in found.relations


def test_a_long_chain_of_posts_before_a_name_is_the_holder_s() -> None:
    found = read("Lễ khai mạc có sự có mặt của Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó Trưởng Ban "
                 "chỉ đạo Đại hội Thể dục thể thao tỉnh Hòa Lạc lần thứ I năm 2025 Lê Thị Hồng Xuân.")
    assert ("Lê Thị Hồng Xuân", "holdsPost", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lạc", "Giám đốc") \
        in found.relations
    assert ("Lê Thị Hồng Xuân", "holdsPost", "Tỉnh ủy Hòa Lạc", "Ủy viên") in found.relations


# --- a body by its short form alone ---------------------------------------------------------------


def test_a_body_s_short_form_alone_opens_its_roster() -> None:
    found = read("Thông tấn xã Việt Nam (TTXVN) họp. Như vậy, lãnh đạo TTXVN gồm Tổng Giám đốc Lê Minh Đạo và 4 Phó "
                 "Tổng Giám đốc.")
    assert ("Lê Minh Đạo", "holdsPost", "Thông tấn xã Việt Nam", "Tổng Giám đốc") in found.relations


def test_a_short_form_in_its_own_brackets_names_no_parent() -> None:
    found = read("Đảng bộ Viện Khoa học Hòa Lạc (KHHL) họp Đại hội. Đảng ủy cấp trên khen Đảng bộ Viện KHHL.")
    assert ("Đảng bộ Viện Khoa học Hòa Lạc", "subOrganizationOf", "Viện Khoa học Hòa Lạc", None) not in found.relations


# --- a post the person currently holds, after what the text says of them ----------------------


def test_a_post_after_hien_la_past_the_person_s_particulars_is_held() -> None:
    found = read("Chị Lê Thị Khaly, sinh năm 1986, dân tộc Khmer, hiện là Chi hội trưởng Chi hội phụ nữ ấp Kinh Xáng.")
    assert ("Lê Thị Khaly", "holdsPost", "Chi hội phụ nữ ấp Kinh Xáng", "Chi hội trưởng") in found.relations


def test_a_post_after_hien_la_past_another_person_is_not_the_first_s() -> None:
    found = read("Chị Lê Thị Khaly, con gái ông Trần Văn Nam, hiện là Chi hội trưởng Chi hội phụ nữ ấp Kinh Xáng.")
    assert ("Lê Thị Khaly", "holdsPost", "Chi hội phụ nữ ấp Kinh Xáng", "Chi hội trưởng") not in found.relations
