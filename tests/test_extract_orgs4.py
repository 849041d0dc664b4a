"""Organisations by example, fourth round: where a body's name ends and the heads the
genre uses, each with an invented sentence about invented people and places.

The knowledge these rules read is derived from the gold labels of tests/real, data and
the blind batches a-c (bench/derive_*.py); the sentences here are written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a proper name that goes on in small letters ------------------------------------------


def test_a_state_body_s_name_goes_on_through_the_small_words_names_use() -> None:
    found = read("Ông Lò Văn Sơn, Vụ trưởng Vụ Hợp tác quốc tế, được bổ nhiệm làm Thứ trưởng. "
                 "Bà Vi Thị Hằng, Phó Tổng cục trưởng Tổng cục Thi hành án dân sự, dự hội nghị.")
    orgs = found.entities.get("Organization", set())
    assert {"Vụ Hợp tác quốc tế", "Tổng cục Thi hành án dân sự"} <= orgs
    assert ("Lò Văn Sơn", "holdsPost", "Vụ Hợp tác quốc tế", "Vụ trưởng") in found.relations


def test_what_an_officer_does_after_the_body_is_not_its_name() -> None:
    found = read("Bà Vi Thị Hằng, Phó Giám đốc Sở Y tế phụ trách công tác khám chữa bệnh, phát biểu.")
    orgs = found.entities.get("Organization", set())
    assert not any("phụ trách" in label for label in orgs)


def test_a_body_for_social_issues_keeps_its_whole_name() -> None:
    found = read("Bà Vi Thị Hằng, Phó Vụ trưởng Vụ Các vấn đề xã hội, trình bày báo cáo.")
    assert found.has("Organization", "Vụ Các vấn đề xã hội")


# --- heads the genre uses -------------------------------------------------------------------


def test_associations_posts_museums_and_radios_are_bodies() -> None:
    found = read("Ông Lò Văn Sơn, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Hòa Bình, phát biểu. "
                 "Bưu điện tỉnh Hòa Bình, Bảo tàng tỉnh Hòa Bình và Đài truyền thanh - Truyền hình huyện "
                 "Lạc Sơn ký kết chương trình phối hợp.")
    orgs = found.entities.get("Organization", set())
    assert {"Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Hòa Bình", "Bưu điện tỉnh Hòa Bình", "Bảo tàng tỉnh Hòa Bình",
            "Đài Truyền thanh - Truyền hình huyện Lạc Sơn"} <= orgs
    assert ("Lò Văn Sơn", "holdsPost", "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Hòa Bình", "Chủ tịch") \
        in found.relations


def test_a_hamlet_s_people_s_board_is_named_by_its_hamlet() -> None:
    found = read("Ông Lò Văn Sơn, Trưởng Ban Nhân dân ấp Tân Lợi, phát biểu.")
    assert found.has("Organization", "Ban Nhân dân ấp Tân Lợi")


def test_bodies_by_their_short_heads() -> None:
    found = read("Đại học Kinh tế Đà Lạt, Hội Phụ nữ Công an tỉnh Hòa Bình và Khối thi đua Ngân hàng II ký kết "
                 "giao ước thi đua. Anh Lò Văn Sơn, Bí thư Đoàn trường Đại học Hòa Lạc, phát biểu.")
    orgs = found.entities.get("Organization", set())
    assert {"Đại học Kinh tế Đà Lạt", "Hội Phụ nữ Công an tỉnh Hòa Bình", "Khối thi đua Ngân hàng II"} <= orgs
    assert ("Lò Văn Sơn", "holdsPost", "Đoàn trường Đại học Hòa Lạc", "Bí thư") in found.relations


def test_a_competition_cluster_is_named_by_its_number() -> None:
    found = read("Cụm thi đua số 3 tổ chức hội nghị tổng kết.")
    assert found.has("Organization", "Cụm thi đua số 3")


def test_a_fund_named_by_what_it_is_for_keeps_its_capitalised_verbs_and_its_sector() -> None:
    found = read("Quỹ Đầu tư phát triển tỉnh Hòa Bình và Quỹ Phát triển đất tỉnh Hòa Bình ký kết giao ước.")
    orgs = found.entities.get("Organization", set())
    assert {"Quỹ Đầu tư phát triển tỉnh Hòa Bình", "Quỹ Phát triển đất tỉnh Hòa Bình"} <= orgs


# --- a post whose title is its body's head ------------------------------------------------


def test_a_branch_head_s_title_names_the_branch_after_it() -> None:
    found = read("Ông Lò Văn Sơn - Chi hội trưởng CCB thôn Phú Sơn, xã Bình Lâm. Bà Vi Thị Mai, Chi hội trưởng "
                 "Chi hội Người cao tuổi tổ dân phố Mai Sơn 3, phát biểu.")
    assert ("Lò Văn Sơn", "holdsPost", "Chi hội Cựu chiến binh thôn Phú Sơn", "Chi hội trưởng") in found.relations
    assert ("Vi Thị Mai", "holdsPost", "Chi hội Người cao tuổi tổ dân phố Mai Sơn 3", "Chi hội trưởng") \
        in found.relations


def test_a_trade_union_of_a_unit_or_of_a_sector() -> None:
    found = read("Công đoàn cơ sở Sở Khoa học và Công nghệ tỉnh Hòa Bình và Công đoàn ngành Y tế tỉnh Hòa Bình "
                 "tổ chức hội nghị.")
    orgs = found.entities.get("Organization", set())
    assert {"Công đoàn cơ sở Sở Khoa học và Công nghệ tỉnh Hòa Bình", "Công đoàn ngành Y tế tỉnh Hòa Bình"} <= orgs


# --- a place's or a person's name ends a body's name ----------------------------------------


def test_a_school_s_name_ends_on_its_place_name() -> None:
    found = read("Chi bộ trường Tiểu học Hòa Lạc kết nạp đảng viên mới, nâng số đảng viên của Chi bộ trường "
                 "Tiểu học Hòa Lạc lên 21. Trường Mầm non Thị trấn Lạc Sơn tổ chức lễ khai giảng.")
    orgs = found.entities.get("Organization", set())
    assert {"Chi bộ Trường Tiểu học Hòa Lạc", "Trường Mầm non thị trấn Lạc Sơn"} <= orgs
    assert not any(word in label for label in orgs for word in (" kết", " lên"))


def test_a_name_in_small_letters_after_a_trade_goes_on() -> None:
    found = read("Công ty TNHH MTV Lâm nghiệp Kon Bình tổ chức hội nghị người lao động.")
    assert found.has("Organization", "Công ty TNHH MTV Lâm nghiệp Kon Bình")


# --- hamlets' bodies ------------------------------------------------------------------------


def test_a_hamlet_s_name_may_end_in_a_number() -> None:
    found = read("Sáng 12/11, Ban Công tác Mặt trận tổ dân phố Tân Lợi 4, phường Tân Lợi tổ chức Ngày hội. "
                 "Chi bộ thôn Đông Sơn 2 tổ chức sinh hoạt; thôn Đông Sơn 2 có 20 hộ nghèo.")
    orgs = found.entities.get("Organization", set())
    assert {"Ban công tác Mặt trận tổ dân phố Tân Lợi 4", "Chi bộ thôn Đông Sơn 2"} <= orgs


def test_a_cell_named_with_its_ward_and_without_is_one_body() -> None:
    found = read("Bí thư Huyện ủy dự sinh hoạt của Chi bộ ấp Kinh Lợi, xã Khánh Bình. Chi bộ ấp Kinh Lợi hiện "
                 "sinh hoạt 27 đảng viên.")
    orgs = found.entities.get("Organization", set())
    assert sum(1 for label in orgs if label.startswith("Chi bộ ấp Kinh Lợi")) == 1


def test_a_document_after_and_is_not_part_of_the_body_s_name() -> None:
    found = read("Thực hiện Kế hoạch số 37-KH/ĐU của Đảng ủy Tổng công ty Sông Hồng và Kế hoạch số 85-KH/ĐUCT "
                 "của Đảng ủy Công ty, các chi bộ tổ chức đại hội.")
    orgs = found.entities.get("Organization", set())
    assert "Đảng ủy Tổng công ty Sông Hồng" in orgs
    assert not any("Kế hoạch" in label for label in orgs)


def test_a_national_or_administrative_centre_that_hosts_a_meeting_is_no_body() -> None:
    found = read("Đại hội diễn ra tại Trung tâm Hội nghị quốc gia, TP Hà Nội. Hội nghị Tỉnh ủy Bình Lâm diễn ra "
                 "tại Trung tâm Hành chính tỉnh Bình Lâm.")
    orgs = found.entities.get("Organization", set())
    assert not any(label.startswith("Trung tâm") for label in orgs)


def test_a_district_s_military_command_is_a_ban_a_province_s_a_bo() -> None:
    found = read("Ban Chỉ huy Quân sự huyện Lạc Sơn và Bộ Chỉ huy Quân sự tỉnh Hòa Bình tổ chức diễn tập.")
    orgs = found.entities.get("Organization", set())
    assert {"Ban Chỉ huy Quân sự huyện Lạc Sơn", "Bộ Chỉ huy Quân sự tỉnh Hòa Bình"} <= orgs


def test_the_country_abbreviated_between_a_body_s_kind_and_its_level() -> None:
    found = read("Ngày 3/4, Tỉnh đoàn tỉnh Kiên Lâm tổ chức hội nghị. Đồng chí Lâm Quốc Khải, Bí thư Tỉnh đoàn, Chủ "
                 "tịch Hội LHTN VN tỉnh chủ trì hội nghị.")
    assert ("Lâm Quốc Khải", "holdsPost", "Hội Liên hiệp Thanh niên Việt Nam tỉnh Kiên Lâm", "Chủ tịch") \
        in found.relations


def test_a_board_of_the_youth_union_s_centre_keeps_the_centre_s_short_name() -> None:
    found = read("Chị Lò Thị Thu, Phó Trưởng Ban Tổ chức Trung ương Đoàn, phát biểu.")
    assert ("Lò Thị Thu", "holdsPost", "Ban Tổ chức Trung ương Đoàn", "Phó Trưởng ban") in found.relations


def test_a_hospital_named_with_its_level_alone_is_the_article_s_province_s() -> None:
    found = read("Sở Y tế tỉnh Hòa Lâm tổng kết năm. Bệnh viện Đa khoa tỉnh, Trung tâm Kiểm soát bệnh tật tỉnh là hai "
                 "đơn vị dẫn đầu.")
    assert found.has("Organization", "Bệnh viện Đa khoa tỉnh Hòa Lâm")


def test_a_national_bank_s_branch_is_named_with_its_place() -> None:
    found = read("Ngân hàng Nhà nước Chi nhánh tỉnh Hòa Lâm và Ngân hàng Chính sách xã hội huyện Lạc Sơn ký kết "
                 "chương trình phối hợp.")
    orgs = found.entities.get("Organization", set())
    assert {"Ngân hàng Nhà nước chi nhánh tỉnh Hòa Lâm", "Ngân hàng Chính sách xã hội huyện Lạc Sơn"} <= orgs


def test_a_cooperative_group_described_then_named_by_its_hamlet() -> None:
    found = read("Tại hội trường ấp Suối Lợi 3, Tổ hợp tác trồng mì an toàn ấp Suối Lợi 3 chính thức ra mắt. "
                 "Tổ hợp tác ấp Bình Lâm 1 cũng ra mắt.")
    orgs = found.entities.get("Organization", set())
    assert {"Tổ hợp tác trồng mì an toàn ấp Suối Lợi 3", "Tổ hợp tác ấp Bình Lâm 1"} <= orgs


def test_a_body_named_by_its_purpose_may_end_on_a_proper_name_without_a_place() -> None:
    found = read("Ban Quản lý Quảng trường Hồ Chí Minh và Tượng đài Bác Hồ phối hợp với Tỉnh đoàn tổ chức lễ. "
                 "Quỹ tín dụng nhân dân Tân Lâm, Quỹ tín dụng nhân dân Tân An tham gia.")
    orgs = found.entities.get("Organization", set())
    assert {"Ban Quản lý Quảng trường Hồ Chí Minh và Tượng đài Bác Hồ", "Quỹ tín dụng nhân dân Tân Lâm",
            "Quỹ tín dụng nhân dân Tân An"} <= orgs


def test_a_bloc_s_committee_named_back_after_its_party_organisation() -> None:
    found = read("Đến nay Đảng bộ khối Doanh nghiệp quận Hoàng Lâm đã có 61 chi bộ. Đồng chí Tạ Minh Hòa, Quận ủy "
                 "viên, Bí thư Đảng ủy khối cho biết mô hình đang được nhân rộng.")
    assert ("Tạ Minh Hòa", "holdsPost", "Đảng ủy Khối doanh nghiệp quận Hoàng Lâm", "Bí thư") in found.relations


def test_an_enterprise_s_office_is_a_body_under_it() -> None:
    found = read("Ông Đặng Quang Vinh, Phó Chánh Văn phòng Tập đoàn Điện lực Việt Nam, phát biểu.")
    assert ("Đặng Quang Vinh", "holdsPost", "Văn phòng Tập đoàn Điện lực Việt Nam", "Phó Chánh Văn phòng") \
        in found.relations
    assert ("Văn phòng Tập đoàn Điện lực Việt Nam", "subOrganizationOf", "Tập đoàn Điện lực Việt Nam", None) \
        in found.relations


# --- abbreviations an article defines -------------------------------------------------------


def test_an_abbreviation_defined_in_brackets_is_written_out_in_later_names() -> None:
    found = read("Sáng 18/7, Cục Thi hành án dân sự (THADS) tỉnh Vĩnh Lâm tổ chức họp mặt. Đồng chí Cục trưởng trao "
                 "Giấy khen của Cục trưởng Cục THADS tỉnh cho 9 tập thể.")
    orgs = found.entities.get("Organization", set())
    assert "Cục Thi hành án dân sự tỉnh Vĩnh Lâm" in orgs
    assert not any("THADS" in label for label in orgs)


def test_a_numbered_team_is_named_with_the_body_that_sends_it() -> None:
    found = read("Đoàn Kiểm tra số 4 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Hòa Lâm.")
    assert ("Đoàn kiểm tra số 4", "subOrganizationOf", "Bộ Chính trị", None) in found.relations
    assert "Đoàn kiểm tra số 4 của Bộ Chính trị" in found.aliases["Đoàn kiểm tra số 4"]


def test_a_province_s_fire_police_is_a_body_of_its_level() -> None:
    found = read("Sáng 2/10, Cảnh sát PCCC tỉnh Hòa Lâm đón nhận Huân chương Chiến công hạng Ba. Đại tá Hồ Xuân Lâm, "
                 "Giám đốc Cảnh sát PCCC tỉnh đã điểm lại chặng đường.")
    assert ("Hồ Xuân Lâm", "holdsPost", "Cảnh sát PCCC tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_national_association_no_head_names_runs_to_the_country() -> None:
    found = read("Hội Làm vườn Việt Nam và Hội Khoa học Kỹ thuật Cơ khí nông nghiệp Việt Nam ký kết chương trình. "
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Hội An là thành phố đẹp của Việt Nam.")
    orgs = found.entities.get("Organization", set())
    assert {"Hội Làm vườn Việt Nam", "Hội Khoa học Kỹ thuật Cơ khí nông nghiệp Việt Nam"} == orgs
