"""Posts by example, thirteenth round: constructions by which the genre says who holds which post
in which body, each with an invented sentence about invented people and places.

The rules were written on the misses of blind batches a-k; the sentences here are written
for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a deputy's title alone after a name: the body of the head named before -----------------------


def test_a_deputys_bare_title_is_held_in_the_body_of_the_head_named_before_in_the_sentence() -> None:
    found = read("Dự hội nghị có ông Lò Văn Tám, Giám đốc Sở Y tế tỉnh Hòa Lâm; ông Hà Văn Chín, "
                 "Phó Giám đốc Thường trực.")
    assert ("Hà Văn Chín", "holdsPost", "Sở Y tế tỉnh Hòa Lâm", "Phó Giám đốc Thường trực") in found.relations
    found = read("Trung tướng Lò Văn Tám, Chủ tịch Hội Cựu chiến binh tỉnh Hòa Lâm chủ trì hội nghị; cùng dự có "
                 "Thiếu tướng Hà Văn Chín, Phó Chủ tịch Thường trực; đồng chí Lưu Thị Mơ, Phó Chủ tịch kiêm "
                 "Tổng Thư ký.")
    assert ("Hà Văn Chín", "holdsPost", "Hội Cựu chiến binh tỉnh Hòa Lâm", "Phó Chủ tịch Thường trực") \
        in found.relations
    assert ("Lưu Thị Mơ", "holdsPost", "Hội Cựu chiến binh tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_deputys_bare_title_takes_the_body_of_the_head_named_in_the_sentence_before() -> None:
    found = read("Hội nghị do ông Lò Văn Tám, Chủ tịch UBND tỉnh Hòa Lâm chủ trì. Cùng dự có ông Hà Văn Chín, "
                 "Phó Chủ tịch.")
    assert ("Hà Văn Chín", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_bare_title_borrows_no_body_from_another_kind_of_head_nor_a_deputy() -> None:
    # "Phó Giám đốc" is no deputy of a "Tổng Giám đốc"
    found = read("Dự có ông Lò Văn Tám, Tổng Giám đốc Tổng công ty Sông Mây; ông Hà Văn Chín, Phó Giám đốc.")
    assert not any(s == "Hà Văn Chín" and p == "holdsPost" for s, p, _, _ in found.relations)
    # a head's title alone takes nothing from a deputy named before ("Chủ tịch kiêm Giám đốc Cty")
    found = read("Bà Hoàng Thị Én, Phó Chủ tịch UBND tỉnh Hòa Lâm trao Cờ thi đua. Dự lễ có ông Mông Văn Hạnh, "
                 "Chủ tịch kiêm Giám đốc Cty.")
    assert not any(s == "Mông Văn Hạnh" and o == "Ủy ban nhân dân tỉnh Hòa Lâm" for s, p, o, _ in found.relations)


# --- the shortest titles of local portals ------------------------------------------------------------


def test_a_chair_abbreviated_ct_before_or_glued_to_its_body() -> None:
    found = read("Dự có ông Lò Văn Bảy, CT UBND xã Tân Lập.")
    assert ("Lò Văn Bảy", "holdsPost", "Ủy ban nhân dân xã Tân Lập", "Chủ tịch") in found.relations
    found = read("Về dự có đ/c Hà Thị Liên - PBT Đảng ủy - CT.HĐND xã Tân Lập.")
    assert ("Hà Thị Liên", "holdsPost", "Hội đồng nhân dân xã Tân Lập", "Chủ tịch") in found.relations
    assert ("Hà Thị Liên", "holdsPost", "Đảng ủy xã Tân Lập", "Phó Bí thư") in found.relations


# --- national bodies by the abbreviation the genre gives them ------------------------------------------


def test_a_post_in_a_national_body_named_by_its_standard_abbreviation() -> None:
    found = read("Dự phiên họp có đồng chí Mã Thị Loan, Phó Chánh án TANDTC; đồng chí Lò Văn Hưng, Phó Viện "
                 "trưởng VKSNDTC và ông Hà Văn Tú, Phó Tổng Kiểm toán KTNN.")
    assert ("Mã Thị Loan", "holdsPost", "Tòa án nhân dân tối cao", "Phó Chánh án") in found.relations
    assert ("Lò Văn Hưng", "holdsPost", "Viện Kiểm sát nhân dân tối cao", "Phó Viện trưởng") in found.relations


# --- a post announced before a colon and its holder ---------------------------------------------------


def test_a_post_that_opens_the_sentence_before_a_colon_is_held_by_the_name_after_it() -> None:
    found = read("Sáng 5/6, Đảng ủy Sở Y tế tỉnh Hòa Lâm tổ chức Đại hội lần thứ V. Đại hội đã bầu Ban Chấp hành "
                 "khóa mới. Bí thư Đảng ủy: đồng chí Tạ Văn Huy – Giám đốc Sở Y tế. Phó Bí thư: đồng chí Nông Thị "
                 "Lan – Phó Giám đốc Sở Y tế.")
    assert ("Tạ Văn Huy", "holdsPost", "Đảng ủy Sở Y tế tỉnh Hòa Lâm", "Bí thư") in found.relations
    assert ("Tạ Văn Huy", "holdsPost", "Sở Y tế tỉnh Hòa Lâm", "Giám đốc") in found.relations
    # the deputy's title alone: in the body of the head's post the sentence before named
    assert ("Nông Thị Lan", "holdsPost", "Đảng ủy Sở Y tế tỉnh Hòa Lâm", "Phó Bí thư") in found.relations
    # a list after "có:" opens with no post
    found = read("Tham dự có: đồng chí Lò Văn Tám, Phó Chủ tịch UBND tỉnh Hòa Lâm.")
    assert {(s, o, r) for s, p, o, r in found.relations if p == "holdsPost"} \
        == {("Lò Văn Tám", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch")}


# --- a term in years after a post ----------------------------------------------------------------------


def test_a_term_in_years_after_a_post_neither_ends_the_chain_nor_hides_whom_the_holder_replaces() -> None:
    found = read("Dự có ông Lò Văn Tám, Bí thư Huyện ủy Đông Mai nhiệm kỳ 2020 - 2025, Chủ tịch HĐND huyện.")
    assert ("Lò Văn Tám", "holdsPost", "Hội đồng nhân dân huyện Đông Mai", "Chủ tịch") in found.relations
    found = read("Đại hội đại biểu Đảng bộ Tổng công ty Thép Hòa Lâm lần thứ VII đã bầu ông Quách Hữu Đình, Chủ "
                 "tịch HĐQT, giữ chức Bí thư Đảng ủy nhiệm kỳ 2025-2030, thay ông Viên Thế Lực nghỉ hưu.")
    assert ("Quách Hữu Đình", "holdsPost", "Đảng ủy Tổng công ty Thép Hòa Lâm", "Bí thư") in found.relations
    assert ("Viên Thế Lực", "holdsPost", "Đảng ủy Tổng công ty Thép Hòa Lâm", "nguyên Bí thư") in found.relations


# --- the comrade's cue in capitals -------------------------------------------------------------------


def test_the_comrades_short_cue_in_capitals_is_no_part_of_the_name() -> None:
    found = read("Dự buổi lễ có Đ/C Vừ Thị Dương - Bí thư Huyện đoàn Tủa Chùa.")
    assert found.has("Person", "Vừ Thị Dương")
    assert ("Vừ Thị Dương", "holdsPost", "Huyện đoàn Tủa Chùa", "Bí thư") in found.relations
    assert not found.has("Person", "C Vừ Thị Dương")


def test_a_universitys_council_by_its_abbreviation_is_the_councils() -> None:
    found = read("Sáng 3/4, Trường Đại học Y khoa Hòa Lâm tổ chức phiên họp. Chủ trì phiên họp là TS Đậu Thị Hồng "
                 "Vinh – Bí thư Đảng ủy, Chủ tịch HĐT.")
    council = "Hội đồng trường Trường Đại học Y khoa Hòa Lâm"
    assert ("Đậu Thị Hồng Vinh", "holdsPost", council, "Chủ tịch") in found.relations
    assert (council, "subOrganizationOf", "Trường Đại học Y khoa Hòa Lâm", None) in found.relations
