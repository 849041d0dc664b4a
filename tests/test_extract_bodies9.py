"""Bodies by example (ninth round): kinds of body the genre names, where their names end,
which body each is under, and capitalised words that look like people but name places or
bodies; each with an invented sentence about invented people and places.

The rules were written on the misses of blind batch i and batches a-h; the sentences here
are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- places and youth unions that look like people ------------------------------------------------


def test_a_province_in_a_quoted_campaign_is_no_person() -> None:
    found = read('Thành ủy Hà Tĩnh chỉ đạo. Cuộc vận động "Người Hà Tĩnh văn minh" được triển khai.')
    assert not found.has("Person", "Hà Tĩnh")


def test_a_youth_union_named_by_its_place_is_no_person() -> None:
    found = read("Tại xã Ea Bông, huyện Krông Pách, huyện Đoàn Krông Pách ra quân chiến dịch hè.")
    assert not found.has("Person", "Đoàn Krông Pách")


def test_a_youth_union_named_by_its_company_s_short_name_is_no_person() -> None:
    found = read("Cùng tham gia có Đoàn VNTexco, Đoàn Sông Mây và các cơ sở Đoàn khác.")
    assert not found.has("Person", "Đoàn VNTexco")


def test_a_person_of_the_family_doan_is_still_a_person() -> None:
    found = read("Ông Đoàn Văn Khởi, Bí thư Huyện đoàn Krông Pách, phát biểu.")
    assert found.has("Person", "Đoàn Văn Khởi")


# --- the 2025 reorganisation's offices named by their field ----------------------------------------


def test_a_province_s_tax_office_is_named_by_its_field_level_and_place() -> None:
    found = read("Bộ Tài chính tặng Cờ thi đua cho Thuế tỉnh Lạng Sơn.")
    assert found.has("Organization", "Thuế tỉnh Lạng Sơn")


def test_a_numbered_base_office_keeps_its_number_before_the_level() -> None:
    found = read("Bà Âu Thị Hoa, Trưởng Thuế cơ sở 2 tỉnh Lạng Sơn, nhận Bằng khen.")
    assert found.has("Organization", "Thuế cơ sở 2 tỉnh Lạng Sơn")


def test_a_field_before_the_country_is_the_sector_not_a_body() -> None:
    found = read("Lễ kỷ niệm Ngày truyền thống ngành Thuế Việt Nam diễn ra tại Hà Nội.")
    assert not found.has("Organization", "Thuế Việt Nam")


def test_a_merged_department_s_short_form_is_completed() -> None:
    found = read("Văn phòng Sở NN&MT tỉnh Lạng Sơn tổ chức hội nghị.")
    assert found.has("Organization", "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn")
    assert ("Văn phòng Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn", "subOrganizationOf",
            "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn", None) in found.relations


# --- rooms named like departments ----------------------------------------------------------------


def test_a_meeting_room_is_no_body_and_the_body_after_it_is() -> None:
    found = read("Chủ tịch làm việc tại Phòng họp số 1 Ủy ban nhân dân huyện Tân Hòa.")
    organizations = found.entities.get("Organization", set())
    assert not any(label.lower().startswith("phòng họp") for label in organizations)
    assert found.has("Organization", "Ủy ban nhân dân huyện Tân Hòa")


# --- associations no head names ---------------------------------------------------------------------


def test_an_association_s_chapter_is_named_by_its_level_and_place() -> None:
    found = read("Hội Truyền thống Sông Mây tỉnh Lạng Sơn và Hội Làm vườn thành phố Hải Phòng ký kết phối hợp.")
    assert found.has("Organization", "Hội Truyền thống Sông Mây tỉnh Lạng Sơn")
    assert found.has("Organization", "Hội Làm vườn thành phố Hải Phòng")


def test_an_association_s_name_may_join_two_names_by_a_dash() -> None:
    found = read("Hội Truyền thống Sông Mây - Đường Mòn Núi Ngọc Việt Nam họp phiên thường kỳ.")
    assert found.has("Organization", "Hội Truyền thống Sông Mây - Đường Mòn Núi Ngọc Việt Nam")
    assert not found.entities.get("Person", set()) - {"Minh Anh"}


def test_a_conference_is_no_association() -> None:
    found = read("Hội Nghị Tổng kết tỉnh Lạng Sơn diễn ra sáng nay.")
    assert not any(label.startswith("Hội Nghị") for label in found.entities.get("Organization", set()))


def test_a_long_name_is_not_cut_inside_the_country() -> None:
    found = read("Ban Chấp hành Trung ương Hội Truyền thống Sông Mây - Đường Mòn Núi Ngọc Việt Nam họp hội nghị.")
    assert found.has("Organization", "Ban Chấp hành Trung ương Hội Truyền thống Sông Mây - Đường Mòn Núi Ngọc Việt Nam")


# --- steering committees named by what they are for --------------------------------------------------


def test_a_steering_committee_s_purpose_may_list_its_items_with_commas() -> None:
    found = read("Ông Lê Văn Hòa chủ trì họp Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn "
                 "huyện Tân Hòa triển khai phương án.")
    assert found.has("Organization", "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn huyện Tân Hòa")


def test_a_comma_after_a_purpose_with_no_place_after_it_still_ends_the_name() -> None:
    found = read("Ban Chỉ đạo xây dựng nông thôn mới, các xã đã họp tại huyện Tân Hòa.")
    assert not any("các xã" in label for label in found.entities.get("Organization", set()))


# --- a commune's youth union named back by its kind ---------------------------------------------------


def test_a_commune_s_youth_union_named_by_its_kind_alone_takes_the_article_s_commune() -> None:
    found = read("Đội ra quân tại xã Ân Tín. Anh Lê Văn Hòa, Bí thư Đoàn xã, phát biểu.")
    assert ("Lê Văn Hòa", "holdsPost", "Đoàn xã Ân Tín", "Bí thư") in found.relations


def test_the_kind_counted_or_listed_with_another_level_is_no_one_union() -> None:
    found = read("Tại xã Ân Tín, huyện Tân Hòa có 18 Đoàn xã, thị trấn tham gia; các Đoàn xã ra quân.")
    assert not found.has("Organization", "Đoàn xã Ân Tín")


def test_a_union_named_in_full_before_is_the_one_its_kind_names_back() -> None:
    found = read("Đoàn Thanh niên xã Ân Tín ra mắt mô hình. Ông Lê Văn Hòa đề nghị Đoàn xã nhân rộng mô hình.")
    assert not found.has("Organization", "Đoàn xã Ân Tín")
    assert found.has("Organization", "Đoàn Thanh niên xã Ân Tín")


def test_a_company_s_youth_union_by_the_company_s_short_name_is_a_body() -> None:
    found = read("Cùng tham gia với Đoàn VNTexco có Đoàn SM GAS, Đoàn Vinatexmart và 6 cơ sở Đoàn khác.")
    for union in ("Đoàn VNTexco", "Đoàn SM GAS", "Đoàn Vinatexmart"):
        assert found.has("Organization", union)


def test_a_union_s_short_form_in_brackets_is_no_parent_of_its_company() -> None:
    found = read("Chương trình do Đoàn TNCS Hồ Chí Minh Tổng công ty Vận tải Sông Mây (Đoàn VNTexco) đăng cai.")
    assert not any(r[1] == "subOrganizationOf" and r[2] == "Đoàn VNTexco" for r in found.relations)


def test_a_level_s_abbreviation_after_doan_is_no_company() -> None:
    found = read("Đoàn TP tổ chức ra quân; Công Đoàn TCT họp sơ kết.")
    organizations = found.entities.get("Organization", set())
    assert "Đoàn TP" not in organizations and "Đoàn TCT" not in organizations


# --- a school's own bodies named by their kind and "trường" -------------------------------------------


def test_a_school_s_unions_named_by_their_kind_and_trường_are_the_named_school_s() -> None:
    found = read("Trường Cao đẳng Y tế Hòa Lạc tổ chức lễ ra quân. Bí thư Đoàn trường, Chủ tịch Hội Sinh viên "
                 "trường trao cờ; Chủ tịch Công đoàn trường phát biểu.")
    for body in ("Đoàn Thanh niên Trường Cao đẳng Y tế Hòa Lạc", "Hội Sinh viên Trường Cao đẳng Y tế Hòa Lạc",
                 "Công đoàn Trường Cao đẳng Y tế Hòa Lạc"):
        assert found.has("Organization", body)
    assert not any(label.startswith("Đoàn trường,") for label in found.entities.get("Organization", set()))


def test_trường_with_no_school_named_before_names_no_body() -> None:
    found = read("Chủ tịch Công đoàn trường phát biểu.")
    assert not any(label.startswith("Công đoàn Trường") for label in found.entities.get("Organization", set()))


# --- streets named after people in addresses ---------------------------------------------------------


def test_a_street_after_a_house_number_is_no_person() -> None:
    found = read("Ngày 10/7, tại trụ sở Viện (số 18 Hoàng Văn Thịnh, Hà Nội), Đảng bộ Viện Sông Mây tổ chức đại hội.")
    assert not found.has("Person", "Hoàng Văn Thịnh")


def test_a_union_named_after_ho_chi_minh_then_its_unit_names_no_person() -> None:
    found = read("Đại hội đại biểu Đoàn thanh niên cộng sản Hồ Chí Minh Vườn quốc gia Sông Mây lần thứ II diễn ra.")
    assert not found.entities.get("Person", set()) - {"Minh Anh"}


# --- a department named bare, under the one People's Committee of its level ---------------------------


def test_a_bare_district_department_is_under_the_one_district_committee_named() -> None:
    found = read("Lịch làm việc của UBND huyện Tân Hòa: Phó Chủ tịch chủ trì họp, mời đại diện lãnh đạo "
                 "Phòng Nông nghiệp và Môi trường.")
    assert ("Phòng Nông nghiệp và Môi trường", "subOrganizationOf", "Ủy ban nhân dân huyện Tân Hòa", None) \
        in found.relations


def test_a_bare_department_is_under_no_committee_where_two_of_its_level_are_named() -> None:
    found = read("UBND huyện Tân Hòa và UBND huyện Sông Mây ký kết; Phòng Nông nghiệp và Môi trường báo cáo.")
    assert not any(r[0] == "Phòng Nông nghiệp và Môi trường" and r[1] == "subOrganizationOf" for r in found.relations)
