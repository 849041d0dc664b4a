"""Patterns of the round-46 real articles (dantri 2020-2021, VLSP 2022 AbMuSu), written with invented people
and places: a school's council named with its school written small or said once, a national steering committee
named by its fields without "về"."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_school_s_council_with_the_school_written_small() -> None:
    found = read("Theo đó, Hội đồng trường trường ĐH Hòa Lâm có 19 thành viên.")
    assert "Hội đồng trường Trường Đại học Hòa Lâm" in found.entities["Organization"]
    assert ("Hội đồng trường Trường Đại học Hòa Lâm", "subOrganizationOf", "Trường Đại học Hòa Lâm", None) \
        in found.relations


def test_a_school_s_council_with_the_school_s_kind_said_once() -> None:
    found = read("Lễ ra mắt Hội đồng trường ĐH Hòa Lâm nhiệm kỳ 2020 - 2025 diễn ra sáng nay.")
    assert "Hội đồng trường Trường Đại học Hòa Lâm" in found.entities["Organization"]


def test_a_national_steering_committee_named_by_its_fields_without_about() -> None:
    found = read("Thực hiện chỉ đạo của Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19, UBND tỉnh Hòa Lâm ban "
                 "hành kế hoạch.")
    assert "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19" in found.entities["Organization"]


def test_a_law_s_name_ends_before_a_numbered_document_after_a_comma() -> None:
    found = read("Trường Đại học Hòa Lâm thực hiện Luật Giáo dục đại học, Nghị định 99/2019 của Chính phủ.")
    assert found.entities["Document"] == {"Luật Giáo dục đại học", "Nghị định 99/2019"}
    assert ("Nghị định 99/2019", "issuedBy", "Chính phủ", None) in found.relations


def test_ministries_of_fields_listed_after_their_kind_in_the_plural() -> None:
    found = read("Tổ công tác gồm các Bộ Ngoại giao, Quốc phòng, Công an, Y tế, Giao thông vận tải tiếp tục thực "
                 "hiện tốt các nhiệm vụ.")
    assert found.entities["Organization"] == {"Bộ Ngoại giao", "Bộ Quốc phòng", "Bộ Công an", "Bộ Y tế",
                                              "Bộ Giao thông vận tải"}


def test_departments_of_fields_listed_share_the_place_ending_the_list() -> None:
    found = read("Lãnh đạo các Sở Tư pháp, Kế hoạch và Đầu tư, Xây dựng tỉnh Hòa Lâm dự họp.")
    assert {"Sở Tư pháp tỉnh Hòa Lâm", "Sở Kế hoạch và Đầu tư tỉnh Hòa Lâm", "Sở Xây dựng tỉnh Hòa Lâm"} \
        <= found.entities["Organization"]


def test_a_list_of_abbreviated_fields_is_no_list_of_departments() -> None:
    found = read("Lãnh đạo các Sở TN&MT, GD&ĐT tỉnh Hòa Lâm dự họp.")
    assert not {label for label in found.entities.get("Organization", ()) if label.startswith("Sở TN tỉnh")}


def test_the_government_s_cipher_board_is_one_body() -> None:
    found = read("Thiếu tướng Trần Văn Minh - Trưởng Ban Cơ yếu Chính phủ phát biểu.")
    assert ("Trần Văn Minh", "holdsPost", "Ban Cơ yếu Chính phủ", "Trưởng ban") in found.relations


def test_a_person_s_name_after_a_city_s_level_is_the_holder_s() -> None:
    found = read("Dự hội nghị có Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành "
                 "phố Nguyễn Lan Hương.")
    assert "Nguyễn Lan Hương" in found.entities["Person"]
    assert not [label for label in found.entities["Organization"] if "Nguyễn Lan Hương" in label]


def test_a_district_named_like_a_person_is_the_district() -> None:
    found = read("Bí thư Huyện ủy Trần Văn Thời Nguyễn Văn An phát biểu.")
    assert ("Nguyễn Văn An", "holdsPost", "Huyện ủy Trần Văn Thời", "Bí thư") in found.relations


def test_a_scholarship_fund_named_after_someone_keeps_the_name() -> None:
    found = read("Bà Lê Thị Hoa - Nguyên Phó Chủ tịch nước, Chủ tịch Quỹ Học bổng Vừ A Dính, phát biểu.")
    assert ("Lê Thị Hoa", "holdsPost", "Quỹ Học bổng Vừ A Dính", "Chủ tịch") in found.relations
    assert "Vừ A Dính" not in found.entities["Person"]


def test_an_event_s_name_ends_before_a_clause_s_adverb() -> None:
    found = read("Lễ trao cờ Tổ quốc nên rất tự hào, ông Nguyễn Văn Lại nói. Hội nghị Trung ương 5 mới đây đã bàn "
                 "về kinh tế tư nhân.")
    assert found.entities["Event"] == {"Lễ trao cờ Tổ quốc", "Hội nghị Trung ương 5"}


def test_a_title_s_body_left_at_its_kind_is_the_one_named_before() -> None:
    found = read("Ban Chỉ đạo phòng, chống tham nhũng tỉnh Hòa Lâm họp. Ông Nguyễn Văn An, Trưởng Ban Chỉ đạo "
                 "nhấn mạnh yêu cầu.")
    assert ("Nguyễn Văn An", "holdsPost", "Ban Chỉ đạo phòng, chống tham nhũng tỉnh Hòa Lâm", "Trưởng ban") \
        in found.relations


def test_a_party_committee_of_a_unit_is_named_with_the_unit_as_written() -> None:
    found = read("Ủy ban Kiểm tra Tỉnh ủy kỷ luật ông Trần Văn Minh - Bí thư Đảng ủy, Giám đốc Kho bạc Nhà nước "
                 "Phú Yên.")
    assert "Đảng ủy Kho bạc Nhà nước Phú Yên" in found.aliases["Đảng ủy Kho bạc Nhà nước tỉnh Phú Yên"]


def test_quotes_after_a_topic_a_viewpoint_or_a_gift_are_no_models() -> None:
    found = read("Hội Chữ thập đỏ tỉnh Hòa Lâm trao tặng “Tấm lòng vàng nhân đạo” cho 122 cá nhân. Tỉnh quy hoạch với "
                 "quan điểm “Nhất tâm, nhị tuyến”. Chuyên đề về “Nông nghiệp, nông dân, nông thôn” do ông Trần Văn "
                 "Minh truyền đạt.")
    assert "PracticeModel" not in found.entities
