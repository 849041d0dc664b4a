"""Posts by example, twelfth round: constructions by which the genre says who holds which post
in which body, each with an invented sentence about invented people and places.

The rules were written on the misses of blind batches a-j; the sentences here are written
for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a title in the plural, counted or not, said of the names after "là" ---------------------------


def test_a_plural_title_and_is_before_the_names_is_held_by_each_and_reads_without_failing() -> None:
    found = read("Dự có các Phó Chủ tịch UBND tỉnh Hòa Lâm là ông Vũ Văn Tài và bà Trần Thị Hoa.")
    for person in ("Vũ Văn Tài", "Trần Thị Hoa"):
        assert (person, "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_counted_title_said_of_the_names_after_elected_as_takes_the_body_of_the_head_before() -> None:
    found = read("Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh Hòa Lâm. Ông Lê Văn Tâm được bầu làm "
                 "Chủ tịch Hội; hai Phó Chủ tịch được bầu là ông Vũ Văn Tài và bà Trần Thị Hoa.")
    for person in ("Vũ Văn Tài", "Trần Thị Hoa"):
        assert (person, "holdsPost", "Hội Nông dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_counted_bare_title_takes_the_body_of_the_head_named_in_the_sentence_before() -> None:
    found = read("Hội nghị do đồng chí Lê Văn Tâm - Viện trưởng VKSND tỉnh Hòa Lâm chủ trì. Ngồi ở hàng ghế "
                 "đại biểu có hai Phó Viện trưởng trong Ban Lãnh đạo Viện là đồng chí Vũ Văn Tài và đồng chí "
                 "Trần Thị Hoa; lãnh đạo các phòng nghiệp vụ.")
    for person in ("Vũ Văn Tài", "Trần Thị Hoa"):
        assert (person, "holdsPost", "Viện Kiểm sát nhân dân tỉnh Hòa Lâm", "Phó Viện trưởng") in found.relations


def test_a_count_before_places_joined_by_and_holds_no_post() -> None:
    found = read("Năm 2020, hai xã Tân Lập và Tân Hòa sáp nhập; ông Vũ Văn Tài và bà Trần Thị Hoa dự lễ.")
    assert not [r for r in found.relations if r[1] == "holdsPost"]


# --- a seat a decision names as left -----------------------------------------------------------------


def test_a_seat_on_a_committee_dismissed_from_for_someone_is_former() -> None:
    found = read("Tại kỳ họp, HĐND huyện Đông Mai miễn nhiệm chức danh Ủy viên UBND huyện đối với ông Vũ Văn Tài.")
    assert ("Vũ Văn Tài", "holdsPost", "Ủy ban nhân dân huyện Đông Mai", "nguyên Ủy viên") in found.relations
    assert ("Vũ Văn Tài", "holdsPost", "Ủy ban nhân dân huyện Đông Mai", "Ủy viên") not in found.relations


def test_a_seat_kept_through_a_transfer_is_not_former() -> None:
    found = read("Điều động ông Vũ Văn Tài, Tỉnh ủy viên, Giám đốc Sở Nội vụ tỉnh Hòa Lâm, đến nhận công tác "
                 "tại Ủy ban nhân dân tỉnh Hòa Lâm.")
    assert ("Vũ Văn Tài", "holdsPost", "Tỉnh ủy Hòa Lâm", "Ủy viên") in found.relations


# --- someone appointed from a post named by its title alone ---------------------------------------------


def test_a_deputy_made_head_held_the_deputy_s_post_in_the_body_named_with_the_new_post() -> None:
    found = read("Viện Hàn lâm Hòa Lâm công bố quyết định bổ nhiệm PGS.TS. Trần Thị Hoa, Phó Viện trưởng phụ trách, "
                 "giữ chức Viện trưởng Viện Sử học Hòa Lâm, thời hạn 5 năm.")
    assert ("Trần Thị Hoa", "holdsPost", "Viện Sử học Hòa Lâm", "Viện trưởng") in found.relations
    assert ("Trần Thị Hoa", "holdsPost", "Viện Sử học Hòa Lâm", "nguyên Phó Viện trưởng phụ trách") in found.relations
    assert not [r for r in found.relations if r[0] == "Trần Thị Hoa" and r[2].startswith("Viện Hàn lâm")]


def test_a_degree_before_the_name_of_someone_appointed_is_a_cue_as_mister_is() -> None:
    found = read("Bộ trưởng trao quyết định bổ nhiệm PGS.TS Vũ Văn Tài, Phó Giám đốc Bệnh viện Hòa Mỹ, "
                 "giữ chức Giám đốc Bệnh viện Hòa Mỹ.")
    assert ("Vũ Văn Tài", "holdsPost", "Bệnh viện Hòa Mỹ", "nguyên Phó Giám đốc") in found.relations
    assert ("Vũ Văn Tài", "holdsPost", "Bệnh viện Hòa Mỹ", "Giám đốc") in found.relations


def test_a_title_of_another_kind_than_the_post_taken_up_takes_no_body_from_it() -> None:
    found = read("Bộ trưởng trao quyết định bổ nhiệm ông Vũ Văn Tài, Chánh Văn phòng, giữ chức Giám đốc "
                 "Bệnh viện Hòa Mỹ.")
    assert not [r for r in found.relations if r[0] == "Vũ Văn Tài" and "Chánh" in (r[3] or "")
                and r[2] == "Bệnh viện Hòa Mỹ"]


# --- a body named back by its head alone is the one named nearest before ---------------------------------


def test_a_bare_cell_after_a_title_is_the_cell_named_nearest_before_in_the_sentence() -> None:
    found = read("Đảng ủy quyết định chia Chi bộ Văn phòng thành hai chi bộ: Chi bộ Kế hoạch gồm 8 đảng viên, "
                 "chỉ định đồng chí Trịnh Thu Hằng làm Bí thư chi bộ; Chi bộ Tài vụ gồm 9 đảng viên, chỉ định "
                 "đồng chí Lê Văn Tâm làm Bí thư chi bộ và đồng chí Vũ Thị Hoa làm Phó Bí thư chi bộ.")
    assert ("Trịnh Thu Hằng", "holdsPost", "Chi bộ Kế hoạch", "Bí thư") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Chi bộ Tài vụ", "Bí thư") in found.relations
    assert ("Vũ Thị Hoa", "holdsPost", "Chi bộ Tài vụ", "Phó Bí thư") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Chi bộ Kế hoạch", "Bí thư") not in found.relations


# --- a minister's title alone before a name where the article names two ministries ------------------------


def test_a_deputy_minister_s_title_alone_is_of_the_one_ministry_its_sentence_names() -> None:
    found = read("Ông Vũ Văn Tài, Vụ trưởng Vụ Pháp chế, Bộ Tài chính được bổ nhiệm làm Thứ trưởng Bộ Tư pháp. "
                 "Với quyết định này, Bộ Tư pháp hiện có 5 Thứ trưởng; người ít tuổi nhất là Thứ trưởng Lê Văn Tâm, "
                 "sinh năm 1980.")
    assert ("Lê Văn Tâm", "holdsPost", "Bộ Tư pháp", "Thứ trưởng") in found.relations


def test_a_deputy_minister_s_title_alone_is_left_where_neither_the_sentence_nor_the_article_tells() -> None:
    found = read("Bộ Tài chính và Bộ Tư pháp phối hợp tổ chức hội nghị. Dự có Thứ trưởng Lê Văn Tâm.")
    assert not [r for r in found.relations if r[0] == "Lê Văn Tâm" and r[1] == "holdsPost"]


# --- a list after a colon ends where the next list opens -------------------------------------------------


def test_a_title_over_a_list_is_not_held_by_the_people_of_the_next_list() -> None:
    found = read("Dự buổi làm việc có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Hòa Lâm: Lê Văn Tâm, Trưởng Ban "
                 "Tổ chức Tỉnh ủy; Vũ Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí: Trần Văn Hùng, Giám đốc "
                 "Sở Nội vụ tỉnh Hòa Lâm; Lò Thị Mai, Phó Giám đốc Sở Tài chính tỉnh Hòa Lâm.")
    members = {r[0] for r in found.relations if r[1] == "holdsPost" and r[3] == "Ủy viên"}
    assert members == {"Lê Văn Tâm", "Vũ Thị Hoa"}


# --- a counted title over a list takes as many names as it counts ---------------------------------------


def test_the_rest_of_a_counted_title_are_the_names_it_counts_after_the_colon() -> None:
    found = read("Ông Lê Văn Tâm được giữ lại cương vị Chủ tịch Hiệp hội Chè Hòa Lâm thêm một nhiệm kỳ. "
                 "Ba Phó Chủ tịch còn lại là: TS. Vũ Thị Hoa- Phó Cục trưởng Cục Trồng trọt; Trần Văn Hùng- "
                 "Giám đốc Công ty CP Chè Tân Lập; Lò Văn Páo- Giám đốc Hợp tác xã Chè Đông Mai. Đại hội bế mạc.")
    for person in ("Vũ Thị Hoa", "Trần Văn Hùng", "Lò Văn Páo"):
        assert (person, "holdsPost", "Hiệp hội Chè Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_counted_title_over_fewer_names_than_it_counts_takes_those_of_its_list() -> None:
    found = read("Chủ tịch Hội Nông dân tỉnh Hòa Lâm là ông Lê Văn Tâm; ba Phó Chủ tịch gồm: bà Vũ Thị Hoa; "
                 "ông Trần Văn Hùng.")
    for person in ("Vũ Thị Hoa", "Trần Văn Hùng"):
        assert (person, "holdsPost", "Hội Nông dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


# --- a signature for the head, the body named by the decision's authority line ----------------------------


def test_a_signature_for_the_head_takes_the_body_the_decision_s_authority_line_names() -> None:
    found = read("Trang chủ › Văn bản\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC TẶNG BẰNG KHEN NĂM 2025\n\n"
                 "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO\n\nCăn cứ Luật Thi đua, khen thưởng năm 2022;\n\n"
                 "Điều 1. Tặng Bằng khen cho 3 tập thể.\n\nKT. CHÁNH ÁN\nPHÓ CHÁNH ÁN\n\nLê Văn Tâm")
    assert ("Lê Văn Tâm", "holdsPost", "Tòa án nhân dân tối cao", "Phó Chánh án") in found.relations


def test_a_signature_for_the_head_whose_authority_line_names_another_head_is_left() -> None:
    found = read("QUYẾT ĐỊNH\n\nGiám đốc Sở Nội vụ tỉnh Hòa Lâm\n\nĐiều 1. Tặng Bằng khen cho 3 tập thể.\n\n"
                 "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Tâm")
    assert not [r for r in found.relations if r[0] == "Lê Văn Tâm"]


# --- a bare title, a comma and the head's post of an association ------------------------------------------


def test_a_bare_title_before_another_post_of_an_association_is_of_that_association() -> None:
    found = read("Dự có ông Vũ Văn Tài, Phó Chủ tịch, Tổng Thư ký Hội Nông dân tỉnh Hòa Lâm.")
    assert ("Vũ Văn Tài", "holdsPost", "Hội Nông dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations
    assert ("Vũ Văn Tài", "holdsPost", "Hội Nông dân tỉnh Hòa Lâm", "Tổng Thư ký") in found.relations


def test_a_bare_title_before_a_post_in_a_unit_s_party_committee_is_not_of_the_committee() -> None:
    found = read("Dự có ông Vũ Văn Tài, Giám đốc, Bí thư Đảng ủy Bệnh viện Hòa Mỹ.")
    assert ("Vũ Văn Tài", "holdsPost", "Đảng ủy Bệnh viện Hòa Mỹ", "Giám đốc") not in found.relations


# --- a title alone after "kiêm" at the chain's end ---------------------------------------------------------


def test_a_title_alone_after_concurrently_is_held_in_the_body_of_the_post_before() -> None:
    found = read("Dự có ông Vũ Văn Tài, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hòa Lâm kiêm Tham mưu trưởng; "
                 "bà Trần Thị Hoa, Phó Chủ tịch UBND tỉnh Hòa Lâm kiêm Trưởng ban Dân tộc.")
    assert ("Vũ Văn Tài", "holdsPost", "Bộ Chỉ huy Quân sự tỉnh Hòa Lâm", "Tham mưu trưởng") in found.relations
    assert not [r for r in found.relations if r[0] == "Trần Thị Hoa" and r[3] == "Trưởng ban"
                and r[2] == "Ủy ban nhân dân tỉnh Hòa Lâm"]


# --- a seat on a party committee the article names by its unit only ----------------------------------------


def test_a_party_committee_member_is_of_the_committee_of_the_unit_the_article_is_about() -> None:
    found = read("Sáng 12/7, Chi bộ khoa Ngữ văn, Đảng bộ Trường Đại học Hòa Mỹ tiến hành Đại hội. Đi cùng có "
                 "đồng chí Vũ Thị Hoa - Đảng ủy viên, chủ tịch Công đoàn trường.")
    assert ("Vũ Thị Hoa", "holdsPost", "Đảng ủy Trường Đại học Hòa Mỹ", "Ủy viên") in found.relations


def test_a_commune_party_committee_member_stays_of_the_commune() -> None:
    found = read("Sáng 12/7, Chi bộ thôn Đông, Đảng bộ xã Tân Lập tiến hành Đại hội. Dự có đồng chí Vũ Thị Hoa - "
                 "Đảng ủy viên, Chủ tịch Hội Nông dân xã Tân Lập.")
    assert ("Vũ Thị Hoa", "holdsPost", "Đảng ủy xã Tân Lập", "Ủy viên") in found.relations


# --- a steering committee "do" someone heads ----------------------------------------------------------------


def test_people_listed_after_do_head_the_steering_committee_named_before_it() -> None:
    found = read("UBND tỉnh thành lập Ban Chỉ đạo phát triển du lịch tỉnh Hòa Lâm do ông Vũ Văn Tài, Phó Chủ tịch "
                 "UBND tỉnh làm Trưởng ban, bà Trần Thị Hoa, Giám đốc Sở Văn hóa tỉnh Hòa Lâm làm Phó Trưởng ban "
                 "thường trực.")
    board = "Ban Chỉ đạo phát triển du lịch tỉnh Hòa Lâm"
    assert ("Vũ Văn Tài", "holdsPost", board, "Trưởng ban") in found.relations
    assert ("Trần Thị Hoa", "holdsPost", board, "Phó Trưởng ban thường trực") in found.relations
    assert ("Vũ Văn Tài", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_team_of_a_body_led_after_do_is_no_post_in_that_body() -> None:
    found = read("Sáng 5/7, đoàn giám sát của Đoàn ĐBQH tỉnh Hòa Lâm do ông Vũ Văn Tài - Phó trưởng Đoàn ĐBQH tỉnh "
                 "làm trưởng đoàn đã làm việc với UBND huyện Đông Mai.")
    assert not [r for r in found.relations if r[0] == "Vũ Văn Tài" and r[3] and r[3].lower() == "trưởng đoàn"]
