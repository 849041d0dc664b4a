"""Organisations kg did not read and the posts held there, by example: genre rules read
from the real development texts and the realistic-blind batch a, each on invented
sentences in the genre's manner about places and people that the corpora do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ titles that name their unit


def test_a_department_named_by_its_head_title() -> None:
    found = read("Bác sĩ Đinh Thị Mai Hoa, Bí thư Chi bộ, Trưởng khoa Hồi sức tích cực chia sẻ kinh nghiệm.")
    assert found.has("Organization", "Khoa Hồi sức tích cực")
    assert ("Đinh Thị Mai Hoa", "holdsPost", "Khoa Hồi sức tích cực", "Trưởng khoa") in found.relations
    found = read("Sáng 5/3, Khoa Giáo dục quốc phòng và an ninh tổ chức hội nghị tập huấn giảng viên.")
    assert found.has("Organization", "Khoa Giáo dục quốc phòng và an ninh")
    # "Khoa" inside a person's name is no department
    found = read("Ông Lương Văn Khoa, Phó Chủ tịch UBND huyện Mường Tè, phát biểu. Dự có ông Hà Khoa Nam.")
    assert found.has("Person", "Lương Văn Khoa") and found.has("Person", "Hà Khoa Nam")
    assert not any(label.startswith("Khoa") for label in found.entities.get("Organization", set()))


def test_a_units_head_titled_by_the_units_word() -> None:
    found = read("Thiếu tá Lò Văn Thắm, Trạm trưởng Trạm Kiểm soát biên phòng Pa Nậm Cúm, báo cáo tình hình.")
    assert ("Lò Văn Thắm", "holdsPost", "Trạm Kiểm soát biên phòng Pa Nậm Cúm", "Trạm trưởng") in found.relations
    found = read("Đại tá Vi Đức Hạnh, Sư đoàn trưởng Sư đoàn 345, phát biểu chỉ đạo.")
    assert ("Vi Đức Hạnh", "holdsPost", "Sư đoàn 345", "Sư đoàn trưởng") in found.relations


def test_a_body_after_a_title_whatever_its_head_word() -> None:
    found = read("Thủ tướng bổ nhiệm ông Lục Văn Hào, Giám đốc Nhạc viện Thành phố Huế, giữ chức Thứ trưởng.")
    assert found.named("Organization", "Nhạc viện Thành phố Huế")
    assert any(r[0] == "Lục Văn Hào" and r[1] == "holdsPost" and r[3] == "Giám đốc"
               and r[2].startswith("Nhạc viện") for r in found.relations)
    # a person's name, a known kind left unfinished, a heading in capitals: no body
    found = read("Chủ tịch Tô Lâm phát biểu. Chủ tịch Đại hội gồm 5 đồng chí. Đại hội: BÍ THƯ ĐẢNG ỦY PHƯỜNG.")
    assert not any(" gồm" in label or label.isupper() for label in found.entities.get("Organization", set()))


def test_the_board_of_an_associations_centre() -> None:
    found = read("Ông Lò Minh Sang, Ủy viên Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam, dự hội nghị.")
    assert ("Lò Minh Sang", "holdsPost", "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam", "Ủy viên") \
        in found.relations
    # the party's boards keep the Central Committee in their names
    assert read("Ban Tổ chức Trung ương hướng dẫn các tỉnh.").has("Organization", "Ban Tổ chức Trung ương")


def test_the_council_of_state_is_a_body_of_its_own() -> None:
    found = read("Năm 1985, Chủ tịch Hội đồng Nhà nước thay mặt Nhà nước trao Huân chương Sao Vàng cho Hội.")
    assert found.has("Organization", "Hội đồng Nhà nước")
    assert not any(label.startswith("Hội đồng Nhà nước ") for label in found.entities.get("Organization", set()))


def test_a_management_board_named_by_what_it_manages() -> None:
    found = read("Ban Quản lý rừng phòng hộ huyện Mường Nhé đã có thành tích xuất sắc trong công tác bảo vệ rừng.")
    assert found.has("Organization", "Ban Quản lý rừng phòng hộ huyện Mường Nhé")
    assert not found.has("Place", "huyện Mường Nhé")
    found = read("Ông Lê Văn Tám, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh Hà Nam phát biểu.")
    assert ("Lê Văn Tám", "holdsPost", "Ban Quản lý các khu công nghiệp tỉnh Hà Nam", "Trưởng ban") in found.relations


def test_a_body_of_a_numbered_region() -> None:
    found = read("Ông Vũ Đình Khang, Chi cục trưởng Chi cục Hải quan khu vực XII, phát biểu.")
    assert ("Vũ Đình Khang", "holdsPost", "Chi cục Hải quan khu vực XII", "Chi cục trưởng") in found.relations
    found = read("Bà Lò Thị Mến, Giám đốc Kho bạc Nhà nước khu vực IX, dự hội nghị.")
    assert ("Lò Thị Mến", "holdsPost", "Kho bạc Nhà nước khu vực IX", "Giám đốc") in found.relations
    assert read("Chi bộ khu vực 3 tổ chức đại hội.").has("Organization", "Chi bộ khu vực 3")


def test_the_directors_board_of_a_unit() -> None:
    found = read("Thay mặt Ban Giám đốc Bệnh viện Đa khoa tỉnh Lai Châu, ông Vàng A Dính phát biểu.")
    assert ("Ban Giám đốc Bệnh viện Đa khoa tỉnh Lai Châu", "subOrganizationOf",
            "Bệnh viện Đa khoa tỉnh Lai Châu", None) in found.relations
    found = read("Đảng ủy và Ban Tổng giám đốc Tổng công ty Cà phê Việt Nam đã tặng quà.")
    assert found.has("Organization", "Ban Tổng giám đốc Tổng công ty Cà phê Việt Nam")


def test_a_region_ends_a_bodys_name() -> None:
    found = read("Tổng công ty Lâm nghiệp miền Nam gửi lời chúc mừng năm mới tới cán bộ, người lao động.")
    assert found.has("Organization", "Tổng công ty Lâm nghiệp miền Nam")
    found = read("Trường Đại học Tây Nguyên chúc mừng các tân sinh viên.")
    assert found.has("Organization", "Trường Đại học Tây Nguyên")


def test_the_party_group_of_a_national_body_named_with_the_country() -> None:
    found = read("Ông Lục Văn Thành, Bí thư Đảng đoàn MTTQ Việt Nam, phát biểu chỉ đạo.")
    assert ("Lục Văn Thành", "holdsPost", "Đảng đoàn Mặt trận Tổ quốc Việt Nam", "Bí thư") in found.relations
    # with its level and place after, the body is the province's
    found = read("Đảng đoàn MTTQ Việt Nam tỉnh Hà Giang họp phiên thường kỳ.")
    assert found.has("Organization", "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang")


def test_the_inspection_committee_shortened_to_ub() -> None:
    found = read("UB Kiểm tra Huyện ủy Mường Lát họp. Đồng chí Lữ Văn Tám, Chủ nhiệm UB Kiểm tra Huyện ủy, chủ trì.")
    assert ("Lữ Văn Tám", "holdsPost", "Ủy ban Kiểm tra Huyện ủy Mường Lát", "Chủ nhiệm") in found.relations


def test_the_youth_secretary_of_a_commune_or_bloc() -> None:
    found = read("Đồng chí Vàng Thị Mỷ, Bí thư Đoàn xã Nậm Cuổi, phát biểu.")
    assert ("Vàng Thị Mỷ", "holdsPost", "Đoàn xã Nậm Cuổi", "Bí thư") in found.relations
    found = read("Đồng chí Rơ Châm Long – Phó Bí thư Đoàn Khối các cơ quan tỉnh Kon Tum phát biểu.")
    assert ("Rơ Châm Long", "holdsPost", "Đoàn Khối các cơ quan tỉnh Kon Tum", "Phó Bí thư") in found.relations
