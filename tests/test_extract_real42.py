"""Patterns of the round-42 real articles (vietnews' training files) and of the development rounds' misses,
written with invented people: a list of people elected to one post opened by the plural ("bầu các ông A
(…), ông B …"), a roster after "gồm các ông:", and the post a person "đang là" or is after an aside."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_people_listed_by_commas_after_the_plural_all_take_the_post() -> None:
    found = read("HĐND tỉnh Hòa Lâm bầu các ông Trần Văn Minh (Giám đốc Sở Tài chính - 92% tán thành), "
                 "ông Lê Văn Khải (Giám đốc Sở Xây dựng) và ông Phạm Đức An giữ chức Phó Chủ tịch UBND tỉnh.")
    for name in ("Trần Văn Minh", "Lê Văn Khải", "Phạm Đức An"):
        assert (name, "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Sở Tài chính tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_roster_after_gom_cac_ong() -> None:
    found = read("Hiện 4 Phó Chủ tịch UBND tỉnh Hòa Lâm gồm các ông: Trần Văn Minh, Lê Văn Khải, Phạm Đức An.")
    for name in ("Trần Văn Minh", "Lê Văn Khải", "Phạm Đức An"):
        assert (name, "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_the_post_a_person_now_is() -> None:
    found = read("Ông Trần Văn Minh đang là Chủ tịch UBND xã Tân Lập, huyện Đông Mai.")
    assert ("Trần Văn Minh", "holdsPost", "Ủy ban nhân dân xã Tân Lập", "Chủ tịch") in found.relations


def test_the_post_a_person_is_after_an_aside_naming_a_relative() -> None:
    found = read("Đảng ủy xã Tân Lập có nhiều người thân của Bí thư. Bà Lê Thị Hoa (em dâu ông Minh) là Chánh văn "
                 "phòng Đảng ủy xã Tân Lập; ông Phạm Đức An (54 tuổi) hiện là Chủ tịch UBND xã Tân Lập.")
    assert ("Lê Thị Hoa", "holdsPost", "Văn phòng Đảng ủy xã Tân Lập", "Chánh Văn phòng") in found.relations
    assert ("Phạm Đức An", "holdsPost", "Ủy ban nhân dân xã Tân Lập", "Chủ tịch") in found.relations


def test_a_post_said_of_all_the_people_listed_before_it() -> None:
    found = read("Viện KSND tỉnh Hòa Lâm đề nghị xử lý trách nhiệm các ông Trần Văn Minh, Lê Văn Khải, Phạm Đức An "
                 "(cùng là Phó Viện trưởng Viện KSND tỉnh Hòa Lâm) vì đã để xảy ra sai sót.")
    for name in ("Trần Văn Minh", "Lê Văn Khải", "Phạm Đức An"):
        assert (name, "holdsPost", "Viện Kiểm sát nhân dân tỉnh Hòa Lâm", "Phó Viện trưởng") in found.relations


def test_two_people_who_are_both_members() -> None:
    found = read("Ông Trần Văn Minh và bà Lê Thị Hoa đều là Ủy viên Ban Thường vụ Tỉnh ủy Hòa Lâm.")
    for name in ("Trần Văn Minh", "Lê Thị Hoa"):
        assert (name, "holdsPost", "Ban Thường vụ Tỉnh ủy Hòa Lâm", "Ủy viên") in found.relations


def test_a_decision_received_gives_the_receiver_the_post() -> None:
    found = read("Ông Trần Văn Minh (48 tuổi) được trao quyết định giữ chức Giám đốc Sở Du lịch tỉnh Hòa Lâm.")
    assert ("Trần Văn Minh", "holdsPost", "Sở Du lịch tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_decision_handed_over_gives_the_one_who_hands_it_no_post() -> None:
    found = read("Ông Trần Văn Minh, Chủ tịch UBND tỉnh Hòa Lâm trao quyết định bổ nhiệm ông Lê Văn Khải giữ chức "
                 "Giám đốc Sở Du lịch.")
    assert ("Trần Văn Minh", "holdsPost", "Sở Du lịch tỉnh Hòa Lâm", "Giám đốc") not in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Sở Du lịch tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_company_s_board_is_not_an_institute_s() -> None:
    found = read("Công ty Cổ phần Sông Mây bị điều tra; hồ sơ đã chuyển đến Viện KSND tối cao. Ông Trần Văn Minh, "
                 "Chủ tịch HĐQT, bị khởi tố.")
    assert "Hội đồng quản trị Viện Kiểm sát nhân dân tối cao" not in found.entities["Organization"]
    assert not any(r[0] == "Trần Văn Minh" and "Kiểm sát" in r[2] for r in found.relations)


def test_a_counted_title_s_list_past_a_title_said_of_one_person() -> None:
    found = read("Bộ Kế hoạch Đầu tư có 3 thứ trưởng giúp việc cho Bộ trưởng Trần Văn Minh, gồm các ông: Lê Văn Khải, "
                 "Phạm Đức An và Đỗ Văn Bình.")
    ministry = "Bộ Kế hoạch và Đầu tư"
    assert ("Trần Văn Minh", "holdsPost", ministry, "Bộ trưởng") in found.relations
    for name in ("Lê Văn Khải", "Phạm Đức An", "Đỗ Văn Bình"):
        assert (name, "holdsPost", ministry, "Thứ trưởng") in found.relations
        assert (name, "holdsPost", ministry, "Bộ trưởng") not in found.relations


def test_members_counted_with_no_list_are_no_posts() -> None:
    found = read("Phòng Thương mại Hòa Lâm - Việt Nam hiện có 60 thành viên là các doanh nghiệp Hà Lan.")
    assert not any(r[1] == "holdsPost" for r in found.relations)


def test_a_name_of_two_family_names_after_a_province() -> None:
    found = read("Chánh Văn phòng Thành uỷ Đà Nẵng Lương Nguyễn Minh Triết cho biết thông tin đã được đăng tải.")
    assert ("Lương Nguyễn Minh Triết", "holdsPost", "Văn phòng Thành ủy Đà Nẵng", "Chánh Văn phòng") in found.relations


def test_mr_thi_named_back_is_no_name_of_his_own() -> None:
    found = read("Ủy ban Kiểm tra Thành ủy đã kỷ luật ông Dương Thành Thị, Chủ tịch HĐND quận Liên Chiểu. Ông Thị bị "
                 "kỷ luật vì thiếu kiểm tra.")
    assert "Ông Thị" not in found.entities["Person"]


def test_a_sector_written_without_its_and_is_labelled_with_it() -> None:
    found = read("Ông Trần Văn Minh, Giám đốc Sở Tài nguyên - Môi trường tỉnh Hòa Lâm và ông Lê Văn Khải, Giám đốc Sở "
                 "Kế hoạch Đầu tư tỉnh Hòa Lâm cùng dự.")
    assert ("Trần Văn Minh", "holdsPost", "Sở Tài nguyên và Môi trường tỉnh Hòa Lâm", "Giám đốc") in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Sở Kế hoạch và Đầu tư tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_whose_direction_a_body_conveys_is_no_roster_of_it() -> None:
    found = read("Văn phòng Chính phủ có công văn truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Trần Văn Minh về "
                 "quy hoạch.")
    assert ("Trần Văn Minh", "holdsPost", "Chính phủ", "Phó Thủ tướng") in found.relations
    assert not any(r[0] == "Trần Văn Minh" and r[2] == "Văn phòng Chính phủ" for r in found.relations)
    assert ("Trần Văn Minh", "holdsPost", "Chính phủ", "Thủ tướng") not in found.relations


def test_a_city_s_abbreviation_ending_a_line_ends_its_sentence() -> None:
    found = read("Lãnh đạo Thành ủy chúc mừng bà Lê Thị Hoa trúng cử Phó Chủ tịch HĐND TP.\nBà Lê Thị Hoa sinh "
                 "năm 1976.")
    assert not any("thành phố Bà" in label for label in found.entities.get("Organization", set()))


def test_a_body_s_working_rules_named_by_the_body() -> None:
    found = read("Ban Thường vụ Tỉnh ủy Hòa Lâm thực hiện chưa nghiêm Quy chế làm việc của Tỉnh ủy; ông Trần Văn Minh "
                 "vi phạm Quy chế làm việc của UBND tỉnh Hòa Lâm.")
    assert ("Quy chế làm việc của Tỉnh ủy Hòa Lâm", "issuedBy", "Tỉnh ủy Hòa Lâm", None) in found.relations
    assert ("Quy chế làm việc của Ủy ban nhân dân tỉnh Hòa Lâm", "issuedBy", "Ủy ban nhân dân tỉnh Hòa Lâm",
            None) in found.relations


def test_on_whose_side_guests_came_ends_the_event_s_name() -> None:
    found = read("Sáng 12/3, Tỉnh ủy Hòa Lâm tổ chức Lễ kỷ niệm 50 năm thành lập Đảng bộ tỉnh. Dự lễ về phía Trung "
                 "ương có đồng chí Trần Văn Minh, Ủy viên Bộ Chính trị.")
    assert not any("về phía" in label for label in found.entities["Event"])


def test_hom_names_the_day_a_meeting_was_held() -> None:
    found = read("Tại cuộc họp HĐND tỉnh Hòa Lâm hôm 19/6, ông Trần Văn Minh được bầu làm Phó Chủ tịch UBND tỉnh.")
    assert "Cuộc họp Hội đồng nhân dân tỉnh Hòa Lâm ngày 19/6" in found.entities["Event"]


def test_deputies_in_small_letters_of_the_body_named_before() -> None:
    found = read("Tại kỳ họp, ông Trần Văn Minh tái đắc cử chức danh Chủ tịch HĐND tỉnh Hòa Lâm; hai phó chủ tịch là "
                 "ông Lê Văn Khải và Phạm Đức An.")
    for name in ("Lê Văn Khải", "Phạm Đức An"):
        assert (name, "holdsPost", "Hội đồng nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_heads_in_the_plural_share_no_body() -> None:
    found = read("Bộ trưởng Bộ Y tế Trần Văn Minh trả lời chất vấn. Từ trái qua các bộ trưởng Lê Văn Khải, Phạm Đức An "
                 "và Trần Văn Minh.")
    assert ("Lê Văn Khải", "holdsPost", "Bộ Y tế", "Bộ trưởng") not in found.relations


def test_a_company_s_name_ends_on_its_proper_name() -> None:
    found = read("Bà Lê Thị Hoa tham gia điều hành Công ty Sông Mây kinh doanh bến thủy nội địa tại tỉnh Hòa Lâm.")
    assert "Công ty Sông Mây" in found.entities["Organization"]


def test_two_ministries_named_by_their_field_s_first_word() -> None:
    found = read("Bộ Lao động hiện có 2 thứ trưởng, gồm ông, bà: Trần Văn Minh, Lê Thị Hoa. Ông Phạm Đức An, Bộ trưởng "
                 "Bộ Giao thông – Vận tải cũng dự.")
    for name in ("Trần Văn Minh", "Lê Thị Hoa"):
        assert (name, "holdsPost", "Bộ Lao động - Thương binh và Xã hội", "Thứ trưởng") in found.relations
    assert ("Phạm Đức An", "holdsPost", "Bộ Giao thông vận tải", "Bộ trưởng") in found.relations


def test_a_caption_run_on_into_a_sentence_opened_by_day_la() -> None:
    found = read("Bộ trưởng Bộ Công an Trần Văn Minh cùng lãnh đạo Bộ Công an  Đây là Hội nghị sơ kết công tác an "
                 "ninh.")
    assert "Bộ Công an" in found.entities["Organization"]
    assert not any("Đây" in label for label in found.entities["Organization"])


def test_what_a_meeting_must_do_is_no_part_of_its_name() -> None:
    found = read("Sáng 12/3, Công an tỉnh Hòa Lâm tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2017 phải đánh giá "
                 "đúng thực trạng tình hình.")
    assert not any("phải" in label for label in found.entities.get("Event", set()))


def test_a_post_in_a_decision_handed_over_is_the_receiver_s() -> None:
    found = read("Phó Bí thư Thường trực Trần Thị Hoa đã trao quyết định của Thành ủy Hòa Lâm bổ nhiệm Trưởng ban "
                 "Tuyên giáo Thành ủy cho ông Lê Văn Khải (Ủy viên Ban Thường vụ Thành ủy).")
    assert ("Lê Văn Khải", "holdsPost", "Ban Tuyên giáo Thành ủy Hòa Lâm", "Trưởng ban") in found.relations
    assert ("Trần Thị Hoa", "holdsPost", "Ban Tuyên giáo Thành ủy Hòa Lâm", "Trưởng ban") not in found.relations


def test_appointed_by_the_one_who_signs_the_decision() -> None:
    found = read("Ông Lê Văn Khải được bà Trần Thị Hoa, Chủ tịch UBND tỉnh Hòa Lâm, ký quyết định bổ nhiệm làm Giám "
                 "đốc Sở Xây dựng tỉnh Hòa Lâm.")
    assert ("Lê Văn Khải", "holdsPost", "Sở Xây dựng tỉnh Hòa Lâm", "Giám đốc") in found.relations
    assert ("Trần Thị Hoa", "holdsPost", "Sở Xây dựng tỉnh Hòa Lâm", "Giám đốc") not in found.relations
