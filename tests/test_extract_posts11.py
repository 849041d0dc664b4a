"""Posts by example, eleventh round: constructions by which the genre says who holds which post
in which body, each with an invented sentence about invented people and places.

The rules were written on the misses of blind batch j (and a-i); the sentences here are
written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a title that names the kind of body it heads, the body named twice ---------------------------


def test_a_title_heads_the_body_named_in_full_and_again_by_its_short_form() -> None:
    found = read("Sáng 3/3, Chi cục Quản lý thị trường tỉnh Hòa Lạc (Chi cục QLTT Hòa Lạc) tổ chức hội nghị. "
                 "Chủ trì hội nghị là ông Lê Văn Tâm, Chi cục trưởng; dự có bà Trần Thị Hoa, Phó Chi cục trưởng.")
    body = "Chi cục Quản lý thị trường tỉnh Hòa Lạc"
    assert ("Lê Văn Tâm", "holdsPost", body, "Chi cục trưởng") in found.relations
    assert ("Trần Thị Hoa", "holdsPost", body, "Phó Chi cục trưởng") in found.relations


# --- titles the genre uses that kg did not know --------------------------------------------------


def test_the_head_of_a_regional_state_audit_office_is_its_kiem_toan_truong() -> None:
    found = read("Chủ trì hội nghị có ông Lê Văn Tâm, Kiểm toán trưởng Kiểm toán nhà nước khu vực XV.")
    assert ("Lê Văn Tâm", "holdsPost", "Kiểm toán Nhà nước khu vực XV", "Kiểm toán trưởng") in found.relations


# --- several people sharing one title --------------------------------------------------------------


def test_a_title_in_the_plural_before_names_joined_by_and_is_held_by_each() -> None:
    found = read("Dự có ông Lê Văn Tâm, Chủ tịch UBND tỉnh Hòa Lạc cùng các Phó Chủ tịch UBND tỉnh Trần Văn Nam "
                 "và Lê Thị Hoa.")
    for name in ("Trần Văn Nam", "Lê Thị Hoa"):
        assert (name, "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lạc", "Phó Chủ tịch") in found.relations


def test_a_bare_title_in_the_plural_before_names_takes_the_body_of_its_head_named_before() -> None:
    found = read("Chủ trì hội nghị có ông Lê Văn Tâm, Kiểm toán trưởng Kiểm toán nhà nước khu vực XV cùng các Phó "
                 "Kiểm toán trưởng Trần Thị Mai và Hoàng Văn Đức.")
    for name in ("Trần Thị Mai", "Hoàng Văn Đức"):
        assert (name, "holdsPost", "Kiểm toán Nhà nước khu vực XV", "Phó Kiểm toán trưởng") in found.relations


def test_names_after_a_plural_title_not_joined_by_and_are_not_a_list_of_its_holders() -> None:
    found = read("Dự có các Phó Chủ tịch UBND tỉnh Hòa Lạc Trần Văn Nam, Giám đốc Sở Y tế Lê Thị Hoa.")
    assert ("Lê Thị Hoa", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lạc", "Phó Chủ tịch") not in found.relations


# --- a department named by two fields joined by a dash ---------------------------------------------


def test_a_department_named_by_two_fields_and_a_dash_is_of_the_unit_after_it() -> None:
    found = read("Dự có ông Lê Văn Tâm, Trưởng ban Tài chính - Kế toán Tổng công ty Hàng hải Hòa Lạc.")
    assert ("Lê Văn Tâm", "holdsPost", "Ban Tài chính - Kế toán Tổng công ty Hàng hải Hòa Lạc", "Trưởng ban") \
        in found.relations


def test_a_board_named_by_its_first_field_goes_on_after_the_dash() -> None:
    found = read("Dự có bà Lê Thị Hoa, Trưởng ban Tuyên giáo - Nữ công Công đoàn Ngân hàng Hòa Lạc.")
    assert ("Lê Thị Hoa", "holdsPost", "Ban Tuyên giáo - Nữ công Công đoàn Ngân hàng Hòa Lạc", "Trưởng ban") \
        in found.relations


def test_a_district_council_s_board_for_economy_and_society_is_a_board_of_the_council() -> None:
    found = read("Dự có ông Lê Văn Tâm - Thị ủy viên, Trưởng Ban Kinh tế - Xã hội HĐND thị xã Hòa Lạc.")
    assert ("Lê Văn Tâm", "holdsPost", "Ban Kinh tế - Xã hội Hội đồng nhân dân thị xã Hòa Lạc", "Trưởng ban") \
        in found.relations
    assert not found.has("Organization", "Ban Kinh tế Thị ủy Hòa Lạc")


# --- a chain of posts going on past a deputy's province -----------------------------------------------


def test_a_deputy_s_province_does_not_end_the_chain_of_posts() -> None:
    found = read("Thay mặt Đoàn, bà Lê Thị Hoa, đại biểu Quốc hội tỉnh, Phó Giám đốc Sở Y tế tỉnh Hòa Lạc tiếp thu.")
    assert ("Lê Thị Hoa", "holdsPost", "Quốc hội", "Đại biểu") in found.relations
    assert ("Lê Thị Hoa", "holdsPost", "Sở Y tế tỉnh Hòa Lạc", "Phó Giám đốc") in found.relations


# --- people who are not there --------------------------------------------------------------------------


def test_uncle_inside_a_model_s_quoted_name_is_not_ho_chi_minh_named() -> None:
    found = read('Các chi bộ duy trì mô hình "Mỗi chi bộ một việc làm theo Bác" tại xã Hòa Lạc.')
    assert not found.has("Person", "Hồ Chí Minh")


def test_uncle_after_follow_outside_quotes_is_still_ho_chi_minh() -> None:
    found = read("Việc học tập và làm theo Bác được chi bộ xã Hòa Lạc gắn với nhiệm vụ chính trị.")
    assert found.has("Person", "Hồ Chí Minh")


def test_two_capitalised_words_after_a_hamlet_s_word_are_the_hamlet_not_a_person() -> None:
    found = read("Ngày hội Đại đoàn kết toàn dân tộc tại ấp Tô Lạc diễn ra sôi nổi; đội hình tình nguyện về thôn "
                 "Hà Đông Mới làm đường.")
    assert not found.has("Person", "Tô Lạc")


def test_a_hamlet_s_head_named_after_the_hamlet_s_word_is_still_a_person() -> None:
    found = read("Trưởng thôn Lê Văn Tâm cho biết cả thôn đã góp 200 ngày công.")
    assert found.has("Person", "Lê Văn Tâm")


# --- a military commander's title alone ---------------------------------------------------------------


def test_a_commander_s_title_alone_heads_the_military_command_the_article_named() -> None:
    found = read("Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Hòa Lạc dự đại hội. Cùng đi có Đại tá Lê Văn Tâm, Phó Bí thư "
                 "Đảng ủy, Chỉ huy trưởng; Thượng tá Trần Thị Hoa, Phó Chủ nhiệm Chính trị.")
    assert ("Lê Văn Tâm", "holdsPost", "Bộ Chỉ huy Quân sự tỉnh Hòa Lạc", "Chỉ huy trưởng") in found.relations


def test_a_title_then_its_body_after_a_comma_is_that_body_not_one_named_before() -> None:
    found = read("Ban Chỉ huy Quân sự huyện Cầu Lạc ra quân huấn luyện. Dự lễ có Đại tá Lê Văn Tâm, Phó Chỉ huy "
                 "trưởng, Bộ Chỉ huy Quân sự tỉnh Hòa Lạc; ông Trần Văn Nam, Chủ tịch UBND huyện.")
    assert ("Lê Văn Tâm", "holdsPost", "Bộ Chỉ huy Quân sự tỉnh Hòa Lạc", "Phó Chỉ huy trưởng") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Ban Chỉ huy Quân sự huyện Cầu Lạc", "Phó Chỉ huy trưởng") \
        not in found.relations


# --- a deputy in charge of a field ----------------------------------------------------------------------


def test_a_deputy_in_charge_of_a_field_holds_the_deputy_s_post_in_the_body_after_the_field() -> None:
    found = read("Ông Lê Văn Tâm – Phó Tổng Giám đốc phụ trách Hành chính Nhân sự Công ty CP Khu công nghiệp Hòa Lạc "
                 "tới chúc mừng.")
    assert ("Lê Văn Tâm", "holdsPost", "Công ty cổ phần Khu công nghiệp Hòa Lạc",
            "Phó Tổng Giám đốc") in found.relations


def test_a_deputy_in_charge_of_the_body_itself_keeps_in_charge_in_the_post() -> None:
    found = read("Bà Lê Thị Hoa, Phó Giám đốc phụ trách Bệnh viện Đa khoa Hòa Lạc, phát biểu.")
    assert ("Lê Thị Hoa", "holdsPost", "Bệnh viện Đa khoa Hòa Lạc", "Phó Giám đốc phụ trách") in found.relations


# --- a grade in a chain of posts ------------------------------------------------------------------------


def test_a_judge_s_grade_between_the_name_and_the_post_does_not_end_the_chain() -> None:
    found = read("Chánh án trao Cờ thi đua cho ông Lê Văn Tâm, Thẩm phán trung cấp, Phó Chánh án Tòa án nhân dân "
                 "tỉnh Hòa Lạc.")
    assert ("Lê Văn Tâm", "holdsPost", "Tòa án nhân dân tỉnh Hòa Lạc", "Phó Chánh án") in found.relations


def test_a_director_s_title_alone_heads_the_one_centre_the_article_named() -> None:
    found = read("Trung tâm Xử lý bom mìn Hòa Lạc được thành lập năm 2015. Hiện nay, Thượng tá Lê Văn Tâm là Phó Giám "
                 "đốc Trung tâm; Thiếu tá Trần Văn Nam là Phó Giám đốc.")
    assert ("Trần Văn Nam", "holdsPost", "Trung tâm Xử lý bom mìn Hòa Lạc", "Phó Giám đốc") in found.relations


# --- a move and an appointment joined by a comma -------------------------------------------------------


def test_a_post_named_by_someone_moved_and_appointed_elsewhere_is_left() -> None:
    found = read("Ban Thường vụ Tỉnh ủy điều động, chỉ định đồng chí Lê Văn Tâm - Phó Chánh Văn phòng Tỉnh ủy Hòa Lạc "
                 "tham gia Ban Chấp hành và giữ chức Phó Bí thư Huyện ủy Cầu Lạc.")
    assert ("Lê Văn Tâm", "holdsPost", "Văn phòng Tỉnh ủy Hòa Lạc", "nguyên Phó Chánh Văn phòng") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Huyện ủy Cầu Lạc", "Phó Bí thư") in found.relations


def test_a_name_like_item_in_a_list_of_places_is_a_place() -> None:
    found = read("Trong hai ngày, bốn xã vùng cao là Khao Lạc, Hồ Bốn, Lao Mới và Khau Lạc đón đoàn kiểm tra.")
    assert not found.has("Person", "Hồ Bốn")


def test_a_person_named_after_a_body_and_a_comma_is_still_a_person() -> None:
    found = read("Dự có lãnh đạo Sở Y tế, Hồ Văn Tâm và các bác sĩ của Bệnh viện Hòa Lạc.")
    assert found.has("Person", "Hồ Văn Tâm")


def test_a_street_after_a_house_number_and_a_dash_is_no_person() -> None:
    found = read("Tòa soạn chuyển về trụ sở mới tại Số 9 - Trần Khát Chân - Hà Lạc từ tháng 5.")
    assert not found.has("Person", "Trần Khát Chân")
