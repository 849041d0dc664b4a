"""Bodies by example (twelfth round): bodies the genre names in ways kg did not build, each with
an invented sentence about invented people and places.

The rules were written on the misses of blind batches a-j; the sentences here are written for
the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a unit's party and mass organisations listed by their heads, the unit named once after the last --


def test_organisations_listed_by_their_heads_share_the_unit_named_after_the_last() -> None:
    found = read("Hai ngày 23 và 24/7, 142 đoàn viên đã cùng Đảng ủy, Công đoàn, Đoàn Thanh niên Trường Đại học "
                 "Sông Mây thực hiện hành trình về nguồn.")
    for body in ("Đảng ủy Trường Đại học Sông Mây", "Công đoàn Trường Đại học Sông Mây",
                 "Đoàn Thanh niên Trường Đại học Sông Mây"):
        assert found.has("Organization", body)
    # named after the unit, not under it (docs/gold-conventions/bodies.md, 4 and 5)
    assert not any(r[1] == "subOrganizationOf" for r in found.relations)


def test_two_organisations_joined_by_and_share_the_enterprise() -> None:
    found = read("Công đoàn và Đoàn Thanh niên Tổng công ty Cơ khí Hòa Lâm đã tổ chức nhiều hoạt động thiết thực.")
    assert found.has("Organization", "Công đoàn Tổng công ty Cơ khí Hòa Lâm")
    assert found.has("Organization", "Đoàn Thanh niên Tổng công ty Cơ khí Hòa Lâm")


def test_a_place_s_bodies_listed_before_its_name_are_still_the_place_s() -> None:
    found = read("Đảng ủy, HĐND, UBND xã Tân Lạc tổ chức hội nghị tổng kết.")
    assert found.has("Organization", "Đảng ủy xã Tân Lạc")
    assert found.has("Organization", "Hội đồng nhân dân xã Tân Lạc")


# --- the executive committee a congress elects, named by its term alone --------------------------------


def test_the_committee_a_congress_elects_by_its_term_is_the_congress_body_s() -> None:
    found = read("Ngày 12/3, Đại hội đại biểu Hội Cựu chiến binh huyện Đông Mai lần thứ VIII, nhiệm kỳ 2022-2027 "
                 "khai mạc. Đại hội đã bầu Ban Chấp hành khóa VIII gồm 19 đồng chí.")
    committee = "Ban Chấp hành Hội Cựu chiến binh huyện Đông Mai"
    assert found.has("Organization", committee)
    assert (committee, "subOrganizationOf", "Hội Cựu chiến binh huyện Đông Mai", None) in found.relations


def test_the_body_that_holds_the_congress_names_it_too() -> None:
    found = read("Sáng 12/3, Hội Luật gia tỉnh Hòa Lâm đã tổ chức Đại hội lần thứ VII. Đại hội đã bầu 19 đồng chí "
                 "vào Ban Chấp hành khóa VII.")
    assert found.has("Organization", "Ban Chấp hành Hội Luật gia tỉnh Hòa Lâm")


def test_a_party_congress_s_committee_is_left_to_the_party_committee_rules() -> None:
    found = read("Sáng 12/3, Đại hội đại biểu Đảng bộ xã Tân Lạc lần thứ XV khai mạc. Đại hội đã bầu Ban Chấp hành "
                 "khóa mới gồm 15 đồng chí.")
    assert not any(label.startswith("Ban Chấp hành Đảng bộ") for label in found.entities.get("Organization", ()))


# --- a party or mass organisation formed in the office of a body -----------------------------------------


def test_a_trade_union_or_party_organisation_of_an_office_is_named_after_the_office() -> None:
    found = read("Dự có bà Vũ Thị Lan, Chủ tịch Công đoàn Văn phòng Quốc hội, và ông Lê Văn Hòa, Bí thư Đảng bộ "
                 "Văn phòng Bộ Nông nghiệp và Môi trường.")
    assert ("Vũ Thị Lan", "holdsPost", "Công đoàn Văn phòng Quốc hội", "Chủ tịch") in found.relations
    assert ("Lê Văn Hòa", "holdsPost", "Đảng bộ Văn phòng Bộ Nông nghiệp và Môi trường", "Bí thư") in found.relations


# --- a two-syllable verb after a name ends it ------------------------------------------------------------


def test_a_body_s_name_ends_before_a_two_syllable_verb_the_genre_goes_on_with() -> None:
    found = read("Tại hội nghị, Viện Khoa học Sự sống giới thiệu mô hình trồng nấm của bà Lò Thị Hoa.")
    assert found.has("Organization", "Viện Khoa học Sự sống")
    assert not any("giới thiệu" in label for label in found.entities.get("Organization", ()))


# --- a body whose head the text writes in small letters ---------------------------------------------------


def test_a_women_s_branch_or_a_school_written_in_small_letters_is_a_body() -> None:
    found = read("Dịp này, Hội LHPN huyện Đông Mai tặng Giấy khen cho chi hội phụ nữ bản Pá Lâm; đồng chí Lê Văn Sỹ "
                 "của trường Tiểu học Bình Lâm được tặng Huy hiệu 30 năm tuổi Đảng.")
    assert found.has("Organization", "Chi hội phụ nữ bản Pá Lâm")
    assert found.has("Organization", "Trường Tiểu học Bình Lâm")


def test_small_letter_heads_the_genre_uses_for_other_things_make_no_body() -> None:
    found = read("Đảng viên ở các khoa Dược, phòng Chống thiên tai và chi hội Nguyễn Văn An đều hoàn thành nhiệm vụ.")
    assert not found.entities.get("Organization")
