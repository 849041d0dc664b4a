"""Local and provincial bodies by example (eleventh round): the bodies the genre names in ways
kg did not build, and how they nest; each with an invented sentence about invented people and
places.

The rules were written on the misses of blind batch j and batches a-i; the sentences here
are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a board named by fields joined by dashes -------------------------------------------------------


def test_a_board_named_by_two_fields_joined_by_a_dash_is_part_of_the_body_after_it() -> None:
    found = read("Dự có bà Lò Thị Hoa - Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh Sơn Mới.")
    board = "Ban Kinh tế - Xã hội Hội Nông dân tỉnh Sơn Mới"
    assert found.has("Organization", board)
    assert not found.has("Organization", "Ban Kinh tế Tỉnh ủy Sơn Mới")
    assert (board, "subOrganizationOf", "Hội Nông dân tỉnh Sơn Mới", None) in found.relations
    assert ("Lò Thị Hoa", "holdsPost", board, "Trưởng ban") in found.relations


def test_a_department_of_an_enterprise_or_a_school_named_by_its_fields_is_theirs() -> None:
    found = read("Ông Vũ Văn Tài, Trưởng Ban Tài chính - Kế toán Tổng công ty Thép Hải Hà, và bà Đỗ Thị Lan, "
                 "Trưởng Phòng Tổ chức - Cán bộ Trường Đại học Hòa Mỹ, phát biểu.")
    assert ("Ban Tài chính - Kế toán Tổng công ty Thép Hải Hà", "subOrganizationOf",
            "Tổng công ty Thép Hải Hà", None) in found.relations
    assert ("Phòng Tổ chức - Cán bộ Trường Đại học Hòa Mỹ", "subOrganizationOf",
            "Trường Đại học Hòa Mỹ", None) in found.relations


def test_three_fields_and_a_council_s_short_name() -> None:
    found = read("Ban Tuyên giáo - Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh Sơn Mới và Ban Kinh tế - Xã hội "
                 "HĐND thị xã Cầu Mới phối hợp tổ chức hội nghị.")
    assert found.has("Organization",
                     "Ban Tuyên giáo - Dân tộc - Tôn giáo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn Mới")
    assert found.has("Organization", "Ban Kinh tế - Xã hội Hội đồng nhân dân thị xã Cầu Mới")


def test_an_office_whose_whole_name_the_grammar_knows_is_read_by_it() -> None:
    found = read("Phòng Lao động - Thương binh và Xã hội huyện Cầu Mới trao quà cho các gia đình chính sách.")
    assert found.has("Organization", "Phòng Lao động - Thương binh và Xã hội huyện Cầu Mới")


# --- where a unit's name ends -------------------------------------------------------------------------


def test_a_sector_written_small_after_a_unit_s_field_is_read_whole() -> None:
    found = read("Ông Lê Văn Hòa, Phó Giám đốc Trung tâm Kỹ thuật tài nguyên và môi trường, được khen.")
    assert found.has("Organization", "Trung tâm Kỹ thuật tài nguyên và môi trường")
    assert ("Lê Văn Hòa", "holdsPost", "Trung tâm Kỹ thuật tài nguyên và môi trường", "Phó Giám đốc") \
        in found.relations


def test_a_field_in_small_letters_after_and_that_runs_to_the_place_is_the_name_s() -> None:
    found = read("Trung tâm Quan trắc đất và nước mặt tỉnh Sơn Mới công bố kết quả quý II.")
    assert found.has("Organization", "Trung tâm Quan trắc đất và nước mặt tỉnh Sơn Mới")


def test_and_before_other_words_ends_a_unit_s_name() -> None:
    found = read("Trung tâm Y tế huyện Cầu Mới và các xã ra quân diệt muỗi.")
    assert found.has("Organization", "Trung tâm Y tế huyện Cầu Mới")


def test_a_department_s_field_in_small_letters_runs_into_the_body_it_is_part_of() -> None:
    found = read("Công an tỉnh Sơn Mới tổ chức lễ kỷ niệm. Ông Vàng A Lử, Trưởng phòng Cảnh sát giao thông Công an "
                 "tỉnh Sơn Mới, đọc diễn văn. Đồng chí Lò Văn Tâm, Phó Chủ tịch UBND tỉnh Sơn Mới dự.")
    department = "Phòng Cảnh sát giao thông Công an tỉnh Sơn Mới"
    assert found.has("Organization", department)
    assert not found.has("Organization", "Phòng Cảnh sát")
    assert (department, "subOrganizationOf", "Công an tỉnh Sơn Mới", None) in found.relations
    assert (department, "subOrganizationOf", "Ủy ban nhân dân tỉnh Sơn Mới", None) not in found.relations


def test_a_title_ends_the_small_words_of_a_department_s_name() -> None:
    found = read("Tổng cục Quản lý thị trường trình Bộ trưởng Bộ Công Thương đề án mới.")
    assert not any(fold.startswith("Tổng cục Quản lý thị trường trình") for fold in found.entities["Organization"])


def test_the_office_named_back_by_its_head_before_a_verb_is_no_new_body() -> None:
    found = read("Phòng Tham mưu Công an tỉnh Sơn Mới tổng kết năm. Năm qua, Phòng đã tham mưu 40 kế hoạch; "
                 "đề nghị Phòng tiếp tục đổi mới.")
    assert not found.has("Organization", "Phòng Đã")
    assert not found.has("Organization", "Phòng Tiếp")


# --- a committee written in small letters after its board ----------------------------------------------


def test_a_board_s_committee_in_small_letters_is_the_article_s_district_committee() -> None:
    found = read("Hội nghị tổng kết phong trào tại huyện Sông Lam. Cùng dự có ông Lê Văn Vỹ – UV Thường vụ, "
                 "Trưởng Ban Dân vận huyện ủy và bà Hồ Thị Xuân – UV Thường trực HĐND huyện.")
    board = "Ban Dân vận Huyện ủy Sông Lam"
    assert found.has("Organization", board)
    assert found.has("Organization", "Huyện ủy Sông Lam")
    assert (board, "subOrganizationOf", "Huyện ủy Sông Lam", None) in found.relations
    assert ("Lê Văn Vỹ", "holdsPost", board, "Trưởng ban") in found.relations
    assert ("Lê Văn Vỹ", "holdsPost", "Ban Thường vụ Huyện ủy Sông Lam", "Ủy viên") in found.relations


def test_a_standing_board_s_city_committee_in_small_letters() -> None:
    found = read("Lễ trao Huy hiệu Đảng tại thành phố Hòa Mỹ có đồng chí Trần Thị Vân, Ủy viên BTV thành ủy, "
                 "Trưởng ban Dân vận Thành ủy Hòa Mỹ.")
    assert ("Trần Thị Vân", "holdsPost", "Ban Thường vụ Thành ủy Hòa Mỹ", "Ủy viên") in found.relations


def test_a_number_after_the_province_level_is_a_count_not_the_province() -> None:
    found = read("Hội Nông dân tỉnh Sơn Mới phối hợp ra mắt tổ hợp tác. Nguồn vốn từ Quỹ Hỗ trợ nông dân tỉnh "
                 "240 triệu đồng.")
    assert found.has("Organization", "Quỹ Hỗ trợ nông dân tỉnh Sơn Mới")
    assert not found.has("Organization", "Quỹ Hỗ trợ nông dân tỉnh 240")


def test_a_quoted_name_in_a_steering_committee_s_purpose_is_one_item_however_long() -> None:
    found = read("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” huyện Sông Lam "
                 "tổ chức hội nghị tổng kết.")
    assert found.has("Organization", "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân "
                                     "cư” huyện Sông Lam")


def test_two_campaign_boards_named_by_the_same_quoted_fund_are_two_bodies() -> None:
    found = read("Ban vận động “Quỹ vì người nghèo” thành phố Hòa Mỹ đã bàn với Ban vận động “Quỹ vì người nghèo” "
                 "huyện Sông Lam.")
    assert found.has("Organization", "Ban vận động “Quỹ vì người nghèo” thành phố Hòa Mỹ")
    assert found.has("Organization", "Ban vận động “Quỹ vì người nghèo” huyện Sông Lam")


# --- kinds of body the grammar did not know -----------------------------------------------------------


def test_a_branch_named_before_the_body_it_is_a_branch_of_is_one_body() -> None:
    found = read("Chi nhánh Văn phòng Đăng ký đất đai huyện Cầu Mới và Chi nhánh Ngân hàng BIDV Hòa Mỹ được khen.")
    assert found.has("Organization", "Chi nhánh Văn phòng Đăng ký đất đai huyện Cầu Mới")
    assert found.has("Organization", "Chi nhánh Ngân hàng BIDV Hòa Mỹ")
    assert not found.has("Organization", "Ngân hàng BIDV Hòa Mỹ")


def test_a_district_station_named_by_its_field_is_of_the_article_s_district() -> None:
    found = read("Hội Nông dân huyện Cầu Mới tổ chức hội thi; dự có đại diện Trạm Trồng trọt và Bảo vệ thực vật "
                 "huyện cùng 300 hội viên.")
    assert found.has("Organization", "Trạm Trồng trọt và Bảo vệ thực vật huyện Cầu Mới")


def test_a_team_named_by_its_field_then_its_number_is_a_body() -> None:
    found = read("Tham gia đoàn có Công an huyện và Đội Quản lý thị trường số 6 (Cục Quản lý thị trường tỉnh Sơn Mới).")
    assert found.has("Organization", "Đội Quản lý thị trường số 6")
    assert ("Đội Quản lý thị trường số 6", "subOrganizationOf", "Cục Quản lý thị trường tỉnh Sơn Mới", None) \
        in found.relations


def test_a_team_s_name_needs_its_number() -> None:
    found = read("Đội Văn nghệ xung kích của xã biểu diễn phục vụ bà con.")
    assert not any(label.startswith("Đội") for label in found.entities.get("Organization", set()))


# --- how a list after a committee is read ---------------------------------------------------------------


def test_a_body_named_in_full_after_a_committee_in_a_list_is_its_own_not_the_committee_s_place_s() -> None:
    found = read("Tỉnh đoàn Vĩnh Phúc tổng kết chiến dịch. Tại hội nghị, Huyện Đoàn Cầu Mới và Đoàn Thanh niên "
                 "Công an tỉnh được nhận Bằng khen.")
    assert found.has("Organization", "Đoàn Thanh niên Công an tỉnh Vĩnh Phúc")
    assert not found.has("Organization", "Đoàn Thanh niên huyện Cầu Mới")


def test_bodies_listed_bare_after_a_committee_are_still_of_its_place() -> None:
    found = read("Dự có lãnh đạo Huyện ủy Cầu Mới, HĐND, UBND cùng các ban, ngành.")
    assert found.has("Organization", "Hội đồng nhân dân huyện Cầu Mới")
    assert found.has("Organization", "Ủy ban nhân dân huyện Cầu Mới")


def test_fields_listed_by_their_short_forms_are_inside_a_centre_s_name() -> None:
    found = read("Xe của Trung tâm VH, TT và TT huyện Cầu Mới đi qua các xã.")
    assert found.has("Organization", "Trung tâm VH, TT và TT huyện Cầu Mới")
    assert not found.has("Organization", "Trung tâm VH")
