"""The entities at the ends of relations, by example (tenth round): bodies the genre names in
short ways kg did not read, so that a post or an attendance had no body to end at; each with an
invented sentence about invented people and places.

The rules were written on the misses of blind batch i and batches a-h; the sentences here
are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- one body named for several places of a level ---------------------------------------------------


def test_a_body_of_one_commune_and_another_is_the_body_of_each() -> None:
    found = read("UBND xã Phong Lạc và xã An Lạc phối hợp tổ chức ngày hội.")
    assert found.has("Organization", "Ủy ban nhân dân xã Phong Lạc")
    assert found.has("Organization", "Ủy ban nhân dân xã An Lạc")


def test_a_list_of_bodies_sharing_several_wards_names_each_body_of_each_ward() -> None:
    found = read("Dự có lãnh đạo Đảng ủy, UBND Phường 2, Phường 5 và Phường 8, thành phố Sóc Mới.")
    for ward in ("2", "5", "8"):
        assert found.has("Organization", f"Đảng ủy phường {ward}")
        assert found.has("Organization", f"Ủy ban nhân dân phường {ward}")


def test_a_place_of_another_level_after_a_body_is_no_body() -> None:
    found = read("UBND xã Phong Lạc, huyện Cầu Mới tổ chức hội nghị.")
    assert found.has("Organization", "Ủy ban nhân dân xã Phong Lạc")
    assert not found.has("Organization", "Ủy ban nhân dân huyện Cầu Mới")


# --- kinds of body the grammar did not know ------------------------------------------------------------


def test_a_state_farm_is_a_body_named_by_its_name() -> None:
    found = read("Ông Trần Văn Tâm, Giám đốc Nông trường Cao su Ea Lạc, phát biểu.")
    assert found.has("Organization", "Nông trường Cao su Ea Lạc")


def test_an_airport_is_a_body_its_youth_union_is_named_after() -> None:
    found = read("Đoàn Thanh niên Cảng hàng không quốc tế Phú Lạc tổ chức ngày hội.")
    assert found.has("Organization", "Đoàn Thanh niên Cảng hàng không quốc tế Phú Lạc")


# --- the bodies listed after a commune's party committee -------------------------------------------------


def test_bodies_listed_after_a_commune_s_party_committee_are_of_its_commune() -> None:
    found = read("Cùng tham gia có các đồng chí trong BTV Đảng ủy xã Triệu Lạc, HĐND, UBND, UBMTTQVN.")
    assert found.has("Organization", "Hội đồng nhân dân xã Triệu Lạc")
    assert found.has("Organization", "Ủy ban nhân dân xã Triệu Lạc")


def test_bodies_after_a_committee_named_otherwise_are_not_of_its_place() -> None:
    found = read("Quán triệt nghị quyết của Đảng ủy Quân sự tỉnh Hà Lạc, Đảng ủy Quân sự huyện đã lãnh đạo.")
    assert not found.has("Organization", "Đảng ủy tỉnh Hà Lạc")


def test_the_front_written_ub_mttq_with_a_space_joins_a_list_sharing_its_commune() -> None:
    found = read("Cùng phối hợp có Đảng ủy, HĐND, UBND, UB MTTQ VN và Hội nông dân xã Suối Lam.")
    assert found.has("Organization", "Hội đồng nhân dân xã Suối Lam")
    assert found.has("Organization", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Suối Lam")


# --- a party committee left unfinished before a place's steering committee -------------------------------


def test_a_party_secretary_who_heads_a_commune_s_steering_committee_is_the_commune_s() -> None:
    found = read("Ông Vũ Đình Tạo, Bí thư Đảng ủy, Trưởng Ban Chỉ đạo xây dựng nông thôn mới xã Hoằng Lạc, cho biết.")
    assert found.has("Organization", "Đảng ủy xã Hoằng Lạc")
    assert not found.has("Organization", "Đảng ủy Ban Chỉ đạo xây dựng nông thôn mới xã Hoằng Lạc")


def test_a_bare_people_s_council_inside_a_chain_of_posts_is_of_the_place_ending_the_chain() -> None:
    found = read("Ông Vũ Đình Tạo, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân, Trưởng Ban chỉ đạo xây dựng "
                 "nông thôn mới xã Hoằng Lạc, cho biết.")
    assert ("Vũ Đình Tạo", "holdsPost", "Hội đồng nhân dân xã Hoằng Lạc", "Chủ tịch") in found.relations
    assert ("Vũ Đình Tạo", "holdsPost", "Đảng ủy xã Hoằng Lạc", "Bí thư") in found.relations


def test_a_bare_people_s_committee_with_no_place_after_it_is_no_body() -> None:
    found = read("Ông Vũ Đình Tạo, Chủ tịch UBND, phát biểu.")
    assert not found.entities.get("Organization")
