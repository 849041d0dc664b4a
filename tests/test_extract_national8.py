"""National outlets by example (eighth round): how ministries, corporations, academies and the
army's and police's papers name their bodies and their people's posts, each with an invented
sentence about invented people and places.

The rules were written on the misses of the national halves of the blind batches a-h; the
sentences here are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- where a party committee's name ends --------------------------------------------------------


def test_a_title_after_a_bare_party_committee_is_not_the_committee_s_name() -> None:
    # the comma between the two posts left out: "Giám đốc Học viện" is the next post, not the committee
    found = read("Dự lễ có đồng chí Lê Thị Hoa – Bí thư Đảng ủy Giám đốc Học viện Lâm học Hòa Lạc.")
    labels = found.entities.get("Organization", set())
    assert not any(label.startswith("Đảng ủy Giám đốc") for label in labels)
    assert found.has("Organization", "Học viện Lâm học Hòa Lạc")


def test_a_bare_party_committee_still_takes_the_unit_named_after_it() -> None:
    found = read("Đồng chí Lê Thị Hoa, Bí thư Đảng ủy Học viện Lâm học Hòa Lạc, phát biểu.")
    assert ("Lê Thị Hoa", "holdsPost", "Đảng ủy Học viện Lâm học Hòa Lạc", "Bí thư") in found.relations


# --- a central body's short form in brackets -----------------------------------------------------


def test_a_central_body_s_short_form_in_brackets_names_it_after_a_title() -> None:
    found = read("Đài Tiếng nói Việt Nam (VOV) tổ chức hội nghị. Ông Đỗ Văn Nam, Phó Tổng Giám đốc VOV, "
                 "phát biểu khai mạc.")
    assert ("Đỗ Văn Nam", "holdsPost", "Đài Tiếng nói Việt Nam", "Phó Tổng Giám đốc") in found.relations


def test_a_head_s_abbreviation_in_brackets_names_no_one_body() -> None:
    found = read("Ủy ban nhân dân (UBND) tỉnh Hòa Lạc họp. Ông Đỗ Văn Nam, Chủ tịch UBND tỉnh, phát biểu.")
    assert ("Đỗ Văn Nam", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lạc", "Chủ tịch") in found.relations


# --- a bare party committee in a national unit's article -----------------------------------------


def test_a_bare_party_committee_in_a_unit_s_article_is_the_unit_s_own() -> None:
    found = read("Học viện Lâm học Hòa Lạc đóng tại xã Mường Tè tổ chức lễ khai giảng. Dự lễ có đồng chí Lê Thị "
                 "Hoa, Bí thư Đảng ủy.")
    assert ("Lê Thị Hoa", "holdsPost", "Đảng ủy Học viện Lâm học Hòa Lạc", "Bí thư") in found.relations
    assert not found.has("Organization", "Đảng ủy xã Mường Tè")


def test_a_bare_party_committee_after_a_local_branch_is_still_the_place_s() -> None:
    found = read("Ngân hàng Nông nghiệp chi nhánh huyện Mường Tè phối hợp với xã Hòa Lạc. Dự lễ có đồng chí "
                 "Lê Thị Hoa, Bí thư Đảng ủy.")
    assert not any(label.startswith("Đảng ủy Ngân hàng") for label in found.entities.get("Organization", set()))


# --- a board named through a party committee ---------------------------------------------------


def test_a_board_named_through_a_unit_s_party_committee_is_not_the_unit_s() -> None:
    found = read("Tổng công ty Xây lắp Hòa Lạc tổ chức hội nghị. Ban Thường vụ Đảng ủy Tổng công ty Xây lắp Hòa Lạc "
                 "ban hành nghị quyết.")
    board = "Ban Thường vụ Đảng ủy Tổng công ty Xây lắp Hòa Lạc"
    assert found.has("Organization", board)
    assert (board, "subOrganizationOf", "Tổng công ty Xây lắp Hòa Lạc", None) not in found.relations
    assert (board, "subOrganizationOf", "Đảng ủy Tổng công ty Xây lắp Hòa Lạc", None) in found.relations


# --- the executive committee of a unit's party organisation ------------------------------------


def test_the_executive_committee_of_a_unit_s_party_organisation_is_the_unit_s_party_committee() -> None:
    found = read("Ông Lê Văn Hòa, Ủy viên Ban Chấp hành Đảng bộ Tổng công ty Xây lắp Hòa Lạc, phát biểu.")
    assert ("Lê Văn Hòa", "holdsPost", "Đảng ủy Tổng công ty Xây lắp Hòa Lạc", "Ủy viên") in found.relations
    assert not found.has("Organization", "Đảng bộ Tổng công ty Xây lắp Hòa Lạc")


def test_the_executive_committee_of_a_place_s_party_organisation_is_still_the_place_s_committee() -> None:
    found = read("Ông Lê Văn Hòa, Ủy viên Ban Chấp hành Đảng bộ tỉnh Hòa Lạc, phát biểu.")
    assert ("Lê Văn Hòa", "holdsPost", "Tỉnh ủy Hòa Lạc", "Ủy viên") in found.relations


# --- a unit named by its kind and the end of its name --------------------------------------------


def test_a_unit_named_by_its_kind_and_the_end_of_its_name_is_the_unit_named_in_full() -> None:
    found = read("Bệnh viện Hữu Nghị Mường Tè kỷ niệm 50 năm thành lập. Ông Lê Văn Hòa, Giám đốc Bệnh viện "
                 "Mường Tè, phát biểu.")
    assert found.entities["Organization"] == {"Bệnh viện Hữu Nghị Mường Tè"}
    assert ("Lê Văn Hòa", "holdsPost", "Bệnh viện Hữu Nghị Mường Tè", "Giám đốc") in found.relations


def test_a_national_body_named_after_the_country_is_not_a_shortened_sector_body() -> None:
    found = read("Công đoàn Xây dựng Việt Nam họp. Công đoàn Việt Nam tặng cờ thi đua.")
    assert {"Công đoàn Xây dựng Việt Nam", "Công đoàn Việt Nam"} <= found.entities["Organization"]
