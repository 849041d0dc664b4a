"""Awards, by example (the thirteenth session's rules): invented sentences in the genre's
manner, about places and people the corpora do not contain, and what kg reads from them.
"""

from __future__ import annotations

from tests.test_extract import read


def _awards(found: object) -> set[str]:
    return found.entities.get("Award", set())  # type: ignore[attr-defined,no-any-return]


def test_the_head_of_any_body_gives_the_bodys_award() -> None:
    # docs/gold-conventions/awards.md 1b, 1c: a head's award is the body's, the head kept in its name
    found = read("Dịp này, Cục trưởng Cục Thuế tỉnh Hòa Lâm tặng Giấy khen cho Đội Kiểm tra số 2.")
    award = found.named("Award", "Giấy khen của Cục trưởng Cục Thuế tỉnh Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Cục Thuế tỉnh Hòa Lâm", None) in found.relations
    found = read("Năm 2024, Viện Chiến lược Ngân hàng được Thống đốc Ngân hàng Nhà nước tặng Bằng khen.")
    award = found.named("Award", "Bằng khen của Thống đốc Ngân hàng Nhà nước Việt Nam")
    assert award is not None
    assert (award, "awardedBy", "Ngân hàng Nhà nước Việt Nam", None) in found.relations


def test_a_head_named_bare_whose_body_is_named_whole() -> None:
    found = read("Ngân hàng Nhà nước Việt Nam tổ chức hội nghị tổng kết. Vụ Thi đua hướng dẫn các đơn vị "
                 "xét tặng Bằng khen của Thống đốc cho các tập thể tiêu biểu.")
    award = found.named("Award", "Bằng khen của Thống đốc Ngân hàng Nhà nước Việt Nam")
    assert award is not None
    assert (award, "awardedBy", "Ngân hàng Nhà nước Việt Nam", None) in found.relations


def test_a_head_who_presents_an_order_presents_the_states() -> None:
    # an order names no giver of its own: the officer's command does not give it; "uỷ", the
    # old tone placement, authorises as "ủy" does
    found = read("Thừa uỷ quyền của Chủ tịch nước, Đại tá Lò Văn Khương, Chỉ huy trưởng Bộ đội Biên phòng "
                 "tỉnh Hòa Lâm trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Đồn Biên phòng Na Mèo.")
    order = "Huân chương Bảo vệ Tổ quốc hạng Ba"
    assert (order, "awardedBy", "Chủ tịch nước", None) in found.relations
    assert (order, "awardedBy", "Lò Văn Khương", None) in found.relations
    assert not any(r[0] == order and r[1] == "awardedBy" and r[2].startswith("Bộ đội Biên phòng")
                   for r in found.relations)


def test_an_award_named_by_its_heads_office_and_by_its_body_is_one() -> None:
    found = read("Dịp này, Chỉ huy trưởng Ban CHQS huyện Tân Lạc tặng Giấy khen cho 2 tập thể và 9 cá nhân; "
                 "dân quân xã Mường Khến nhận Giấy khen của Ban CHQS huyện.")
    assert {a for a in _awards(found) if a.startswith("Giấy khen")} == \
        {"Giấy khen của Ban Chỉ huy Quân sự huyện Tân Lạc"}


def test_a_body_listed_with_a_person_who_receives_receives_too() -> None:
    found = read("Dịp này, Hội Nông dân huyện Tân Lạc và bà Lò Thị Mai, Chi hội trưởng ấp Nà Khương nhận "
                 "Bằng khen của Ban Chấp hành Trung ương Hội Nông dân Việt Nam.")
    award = found.named("Award", "Bằng khen của Ban Chấp hành Trung ương Hội Nông dân Việt Nam")
    assert award is not None
    assert ("Hội Nông dân huyện Tân Lạc", "receivedAward", award, None) in found.relations
    assert ("Lò Thị Mai", "receivedAward", award, None) in found.relations
    found = read("Đồng chí Hà Văn Khiêm và Đoàn xã Phước Lâm, huyện Tân Lạc được nhận Bằng khen của Ban Chấp hành "
                 "Trung ương Đoàn.")
    award = found.named("Award", "Bằng khen của Ban Chấp hành Trung ương Đoàn")
    assert award is not None
    assert ("Đoàn xã Phước Lâm", "receivedAward", award, None) in found.relations
    assert ("Hà Văn Khiêm", "receivedAward", award, None) in found.relations


def test_a_title_in_quotes_that_names_a_distinction_is_an_award() -> None:
    found = read("Tại hội nghị, Hội Liên hiệp Phụ nữ tỉnh Hòa Lâm trao danh hiệu \"Phụ nữ tiêu biểu\" cấp tỉnh "
                 "cho chị Lò Thị Khuyên, Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Khê.")
    assert "Phụ nữ tiêu biểu" in _awards(found)
    assert ("Lò Thị Khuyên", "receivedAward", "Phụ nữ tiêu biểu", None) in found.relations
    found = read("Ông Hà Văn Tùng, Giám đốc Công ty Cổ phần Sông Mã, vừa được Liên đoàn Thương mại và Công "
                 "nghiệp Việt Nam tôn vinh danh hiệu “Doanh nhân Việt Nam tiêu biểu” năm 2025.")
    assert ("Hà Văn Tùng", "receivedAward", "Doanh nhân Việt Nam tiêu biểu", None) in found.relations
    # after a count, and one of the state's titles named with its year
    found = read("Huyện đoàn Tân Lạc tổ chức mít tinh và tuyên dương 25 \"Thanh niên tiên tiến làm theo lời Bác\".")
    assert "Thanh niên tiên tiến làm theo lời Bác" in _awards(found)
    found = read("Đoàn Thanh niên Bộ Y tế tổ chức tuyên dương “Thầy thuốc trẻ tiêu biểu năm 2026”.")
    assert "Thầy thuốc trẻ tiêu biểu năm 2026" in _awards(found)


def test_a_title_in_quotes_that_rates_is_no_award() -> None:
    found = read("Đảng bộ xã Tân Khê nhiều năm liền giữ vững danh hiệu \"Trong sạch, vững mạnh\"; 95% hộ đạt "
                 "danh hiệu “Gia đình văn hóa”.")
    assert not _awards(found)


def test_who_decided_to_give_an_award_gives_it_beside_its_body() -> None:
    # docs/gold-conventions/awards.md 1e: the Prime Minister where the text says he decided it
    found = read("Năm 2025, Sở Xây dựng tỉnh Hòa Lâm được Thủ tướng Chính phủ quyết định tặng Cờ thi đua "
                 "của Chính phủ.")
    award = "Cờ thi đua của Chính phủ"
    assert (award, "awardedBy", "Chính phủ", None) in found.relations
    assert (award, "awardedBy", "Thủ tướng Chính phủ", None) in found.relations
    assert ("Sở Xây dựng tỉnh Hòa Lâm", "receivedAward", award, None) in found.relations


def test_a_bodys_head_alone_after_of_names_the_articles_body() -> None:
    # "của Tập đoàn": the one corporation the article names gives it, its chair presents it
    found = read("Tập đoàn Dệt may Hòa Lâm tổ chức hội nghị tổng kết năm 2025. Cũng tại buổi lễ, Chủ tịch "
                 "HĐQT Tập đoàn Lò Văn Phú trao Bằng khen của Tập đoàn cho 18 tập thể, cá nhân.")
    award = found.named("Award", "Bằng khen của Tập đoàn Dệt may Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Tập đoàn Dệt may Hòa Lâm", None) in found.relations
    assert (award, "awardedBy", "Lò Văn Phú", None) in found.relations


def test_a_word_of_a_name_is_no_title_of_the_giver() -> None:
    # "của Tổng công ty": not "Tổng" before a company the article names back as "công ty"
    found = read("Công ty Cổ phần Thủy điện Nậm Khê kỷ niệm 15 năm thành lập. Bà Lê Thị Hoa, Phó Tổng Giám "
                 "đốc Tổng công ty Điện lực Hòa Lâm trao Bằng khen của Tổng công ty cho 9 tập thể.")
    award = found.named("Award", "Bằng khen của Tổng công ty Điện lực Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Tổng công ty Điện lực Hòa Lâm", None) in found.relations
    assert not any(a.startswith("Bằng khen của Tổng Công ty cổ phần") for a in _awards(found))


def test_the_person_a_ceremony_commemorates_presents_nothing() -> None:
    found = read("Sáng 17/5, Đảng ủy Trường Cao đẳng Y tế Hòa Lâm tổ chức Lễ kỷ niệm 135 năm Ngày sinh Chủ tịch "
                 "Hồ Chí Minh và trao Huy hiệu 45 năm tuổi Đảng cho đồng chí Lâm Văn Phước.")
    assert ("Lâm Văn Phước", "receivedAward", "Huy hiệu 45 năm tuổi Đảng", None) in found.relations
    assert ("Huy hiệu 45 năm tuổi Đảng", "awardedBy", "Hồ Chí Minh", None) not in found.relations


def test_who_an_award_is_received_from_the_hands_of_presents_it() -> None:
    found = read("Anh Lò Văn Chiến nhận Bằng khen của Liên đoàn Lao động tỉnh Hòa Lâm từ tay đồng chí Khổng "
                 "Văn Quyết, Chủ tịch Liên đoàn Lao động tỉnh.")
    award = found.named("Award", "Bằng khen của Liên đoàn Lao động tỉnh Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Khổng Văn Quyết", None) in found.relations
    assert ("Lò Văn Chiến", "receivedAward", award, None) in found.relations


def test_a_body_whose_members_are_counted_or_who_holds_the_rite_does_not_receive() -> None:
    found = read("Năm 2025, Khoa Luật Hòa Lâm có 3 giảng viên được Bộ trưởng Bộ Tư pháp tặng Bằng khen.")
    assert not any(r[1] == "receivedAward" and r[0].startswith("Khoa") for r in found.relations)
    found = read("Phòng Cảnh sát giao thông Công an tỉnh Hòa Lâm kỷ niệm 45 năm Ngày thành lập; buổi lễ do Ban "
                 "Giám đốc Công an tỉnh tổ chức tại hội trường, kết hợp đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.")
    assert not any(r[1] == "receivedAward" and r[0].startswith("Ban Giám đốc") for r in found.relations)


def test_the_one_said_to_pin_an_order_presents_it_and_receives_nothing() -> None:
    found = read("Công ty Cổ phần Phân lân Hòa Lâm được Nhà nước tặng Huân chương Lao động hạng Nhì; người gắn "
                 "Huân chương lên lá cờ truyền thống của Công ty là Phó Thủ tướng Tôn Thất Khải.")
    order = "Huân chương Lao động hạng Nhì"
    assert (order, "awardedBy", "Tôn Thất Khải", None) in found.relations
    assert ("Tôn Thất Khải", "receivedAward", order, None) not in found.relations


def test_those_named_after_among_them_without_has_receive() -> None:
    found = read("Giám đốc Sở Tài nguyên và Môi trường tỉnh Hòa Lâm đã trao Giấy khen cho 4 tập thể, 9 cá nhân; "
                 "trong đó Chi nhánh Văn phòng Đăng ký đất đai huyện Tân Lạc và ông Triệu Văn Khiêm được khen vì "
                 "hoàn thành vượt tiến độ.")
    award = found.named("Award", "Giấy khen của Giám đốc Sở Tài nguyên và Môi trường tỉnh Hòa Lâm")
    assert award is not None
    assert ("Triệu Văn Khiêm", "receivedAward", award, None) in found.relations
    assert ("Chi nhánh Văn phòng Đăng ký đất đai huyện Tân Lạc", "receivedAward", award, None) in found.relations
    # a count after "trong đó": the bodies named are where those counted work
    found = read("30 bác sĩ được trao Bằng khen của Ban Chấp hành Đoàn Thanh niên Bộ Y tế, trong đó 5 gương mặt "
                 "đến từ Bệnh viện Đa khoa Hòa Lâm.")
    assert not any(r[1] == "receivedAward" and r[0].startswith("Bệnh viện") for r in found.relations)


def test_a_youth_unions_executive_committee_gives_as_the_union() -> None:
    found = read("Tại hội nghị, Ban Thường vụ Tỉnh đoàn Hòa Lâm tặng Bằng khen của Ban Chấp hành Tỉnh đoàn Hòa "
                 "Lâm cho Huyện đoàn Tân Lạc.")
    award = found.named("Award", "Bằng khen của Ban Chấp hành Tỉnh đoàn Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Tỉnh đoàn Hòa Lâm", None) in found.relations
    # a unit's youth union named by "Đoàn", read as the union wherever it is named (the grammar)
    found = read("Ban Chấp hành Đoàn cơ sở Công ty Xi măng Tân Lạc tặng Giấy khen cho 12 đoàn viên.")
    assert found.has("Organization", "Đoàn cơ sở Công ty Xi măng Tân Lạc")
    assert not found.has("Organization", "Ban Chấp hành Đoàn cơ sở Công ty Xi măng Tân Lạc")
    # the central committee stays whole
    found = read("Đồng chí Lò Thị Linh trao Bằng khen của Ban Chấp hành Trung ương Đoàn cho Đoàn xã Tân Khê.")
    award = found.named("Award", "Bằng khen của Ban Chấp hành Trung ương Đoàn")
    assert award is not None
    assert any(r[0] == award and r[1] == "awardedBy" and r[2].startswith("Ban Chấp hành Trung ương Đoàn")
               for r in found.relations)


def test_an_award_a_head_is_said_to_consider_and_give_is_the_bodys() -> None:
    found = read("Kỷ niệm chương \"Vì sự nghiệp Khuyến học Hòa Lâm\" do Chủ tịch Hội Khuyến học tỉnh Hòa Lâm xét "
                 "tặng cho cá nhân có thời gian công tác Hội từ 10 năm trở lên.")
    award = found.named("Award", "Kỷ niệm chương Vì sự nghiệp Khuyến học Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Hội Khuyến học tỉnh Hòa Lâm", None) in found.relations
