"""Bodies by example (thirteenth round): bodies the genre names in ways kg did not build, each
with an invented sentence about invented people and places.

The rules were written on the misses of blind batches a-k; the sentences here are written for
the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a national unit's own mass bodies, named by their kind alone -------------------------------------


def test_a_unit_s_mass_bodies_named_bare_in_its_article_are_its_own() -> None:
    found = read("Sáng 5/6, Học viện Kỹ thuật Sông Mây tổ chức lễ bế giảng. Dự buổi lễ có các đồng chí trong Ban "
                 "chấp hành Đảng ủy, Công đoàn, Đoàn Thanh niên, Hội Sinh viên và đông đảo sinh viên.")
    for body in ("Đảng ủy Học viện Kỹ thuật Sông Mây", "Công đoàn Học viện Kỹ thuật Sông Mây",
                 "Hội Sinh viên Học viện Kỹ thuật Sông Mây"):
        assert found.has("Organization", body)


def test_a_mass_body_named_bare_in_a_commune_s_article_is_not_made_a_unit_s() -> None:
    found = read("Sáng 5/6, UBND xã Tân Lạc tổ chức hội nghị tổng kết. Các đồng chí trong Công đoàn, Hội Sinh "
                 "viên đã tham gia.")
    assert found.entities.get("Organization", set()) == {"Ủy ban nhân dân xã Tân Lạc"}


def test_a_quoted_programme_named_after_the_union_is_no_body() -> None:
    found = read("Tổng công ty Cơ khí Hòa Lâm trao 15 nhà \"Mái ấm Công đoàn\" cho đoàn viên khó khăn.")
    assert not found.has("Organization", "Công đoàn Tổng công ty Cơ khí Hòa Lâm")


# --- small words inside a body's name, read off the gold of the batches read (a-k) ---------------------


def test_a_department_s_name_goes_on_through_its_small_words() -> None:
    found = read("Ông Lò Văn Thành, Phó Cục trưởng Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên, cho biết cả "
                 "nước có 1.200 cơ sở.")
    assert found.has("Organization", "Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên")


# --- a department named by its field alone in a national unit's article ---------------------------------


def test_a_department_by_its_field_after_a_title_is_the_article_s_unit_s() -> None:
    found = read("Sáng 5/6, Tổng công ty Đường sắt Hòa Lâm tổ chức họp. Ông Lưu Văn Bằng, Phó Tổng giám đốc, "
                 "Giám đốc Ban Vận tải, được phân công phụ trách khối vận tải.")
    department = "Ban Vận tải Tổng công ty Đường sắt Hòa Lâm"
    assert found.has("Organization", department)
    assert ("Lưu Văn Bằng", "holdsPost", department, "Giám đốc") in found.relations


def test_a_board_some_head_names_is_not_made_a_department() -> None:
    found = read("Sáng 5/6, Tổng công ty Đường sắt Hòa Lâm tổ chức họp. Bà Lò Thị Hoa, Ủy viên Ban Chấp hành, "
                 "phát biểu.")
    assert not found.has("Organization", "Ban Chấp hành Tổng công ty Đường sắt Hòa Lâm")


# --- bodies named by the genre's abbreviations of their heads -------------------------------------------


def test_heads_written_by_their_initials() -> None:
    found = read("Sáng 5/6, BTG Tỉnh đoàn Hòa Lâm tổ chức hội nghị. Dự có các đồng chí trong Đảng ủy, HĐND, UBND, "
                 "UBMT xã Tân Lạc.")
    assert found.has("Organization", "Ban Tuyên giáo Tỉnh đoàn Hòa Lâm")
    assert found.has("Organization", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lạc")


def test_a_school_s_council_by_its_initials() -> None:
    found = read("Ngày 5/6, HĐT Trường Đại học Y khoa Sông Mây họp phiên thường kỳ.")
    assert found.has("Organization", "Hội đồng trường Trường Đại học Y khoa Sông Mây")


# --- a body of a ministry's staff, "cơ quan" with no body after it --------------------------------------


def test_the_staff_s_union_of_the_ministry_the_article_named() -> None:
    found = read("Sáng 5/6, Bộ Nông nghiệp Hòa Lâm tổ chức gặp mặt. Đại diện Công đoàn cơ quan, bà Lò Thị Hoa "
                 "phát biểu. Ông Đinh Văn Sơn, Bí thư Đảng ủy cơ quan, Chánh Văn phòng Bộ, dự.")
    assert found.has("Organization", "Công đoàn cơ quan Bộ Nông nghiệp Hòa Lâm")
    assert found.has("Organization", "Đảng ủy cơ quan Bộ Nông nghiệp Hòa Lâm")


def test_a_committee_named_before_is_the_one_the_staff_s_committee_means() -> None:
    found = read("Ngày 9/4, Đảng ủy Thanh tra Chính phủ tổ chức hội nghị. Đồng chí Lò Văn Định, Bí thư Đảng ủy "
                 "cơ quan chủ trì.")
    assert not found.has("Organization", "Đảng ủy cơ quan Thanh tra Chính phủ")


# --- a party group named by its kind alone, then its body's leaders --------------------------------------


def test_a_party_group_before_the_leaders_of_its_ministry_is_the_ministry_s() -> None:
    found = read("Nhận nhiệm vụ, ông Lò Văn Khang cảm ơn Ban cán sự đảng, lãnh đạo Bộ Thủy lợi Hòa Lâm đã tin "
                 "tưởng.")
    assert found.has("Organization", "Ban cán sự đảng Bộ Thủy lợi Hòa Lâm")
    assert found.has("Organization", "Bộ Thủy lợi Hòa Lâm")
    # a party group is not under the body it is inside (docs/gold-conventions/bodies.md, 4)
    assert not any(r[1] == "subOrganizationOf" for r in found.relations)


# --- the party committee of the unit whose party organisation the article is about -----------------------


def test_a_bare_committee_is_the_congress_organisation_s_not_the_superior_named_last() -> None:
    found = read("Ngày 18/6, Đảng bộ Tổng công ty Dệt may Sông Mây tổ chức Đại hội lần thứ IV. Dự có đồng chí "
                 "Lò Thị Linh, Phó Bí thư Đảng ủy Tập đoàn Dệt may Hòa Lâm. Đại hội bầu đồng chí Âu Văn Quyết "
                 "giữ chức Bí thư Đảng ủy.")
    own = "Đảng ủy Tổng công ty Dệt may Sông Mây"
    assert found.has("Organization", own)
    assert ("Âu Văn Quyết", "holdsPost", own, "Bí thư") in found.relations


def test_the_superior_named_in_the_same_sentence_is_still_the_one_meant() -> None:
    found = read("Ngày 8/1, Đảng bộ Viện Hóa học Sông Mây tổ chức hội nghị. Về phía Đảng ủy Viện Hàn lâm Hòa Lâm "
                 "có đồng chí Mai Xuân Thiều, Phó Bí thư Đảng ủy, đến dự.")
    assert ("Mai Xuân Thiều", "holdsPost", "Đảng ủy Viện Hàn lâm Hòa Lâm", "Phó Bí thư") in found.relations


# --- the places below a commune the south and the centre name ("khóm", "khối phố") -----------------------


def test_bodies_of_a_khom_and_of_a_khoi_pho() -> None:
    found = read("Ủy ban MTTQ Việt Nam phường Mỹ Hòa tặng Giấy khen cho Ban công tác Mặt trận khóm Đông Lạc. "
                 "Bí thư Chi bộ khối phố Châu Lâm phát biểu.")
    assert found.has("Organization", "Ban công tác Mặt trận khóm Đông Lạc")
    assert found.has("Organization", "Chi bộ khối phố Châu Lâm")


# --- a body of a place below a commune whose name the text leaves out -------------------------------------


def test_a_hamlet_s_body_without_the_hamlet_s_name_ends_at_the_hamlet() -> None:
    found = read("Xã Núi Lạc, huyện Tân Mây. Tiết mục múa của hội viên Chi hội Phụ nữ thôn chào mừng Ngày hội.")
    assert found.has("Organization", "Chi hội Phụ nữ thôn")
    assert not any("chào" in label for label in found.entities.get("Organization", ()))


def test_a_hamlet_named_still_ends_the_body_s_name() -> None:
    found = read("Chi hội Phụ nữ ấp Tô Lạc ra mắt mô hình mới.")
    assert found.has("Organization", "Chi hội Phụ nữ ấp Tô Lạc")


# --- a list of bodies counted after a comma is no field of the name before ------------------------------


def test_a_counted_list_after_a_comma_ends_the_name_before() -> None:
    found = read("Khách mời có đại diện Vụ Tổ chức cán bộ, Tổng cục Dạy nghề Hòa Lâm, một số Sở Y tế phía Nam.")
    assert found.has("Organization", "Tổng cục Dạy nghề Hòa Lâm")
    assert not any("một số" in label for label in found.entities.get("Organization", ()))
