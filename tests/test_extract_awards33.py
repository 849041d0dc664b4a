"""Awards as the development rounds showed them in the thirty-third session, each reproduced
here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_the_body_whose_founding_years_a_rite_marks_receives_the_order_it_receives_there() -> None:
    # "Lễ kỷ niệm 60 năm thành lập Bộ X (…) và đón nhận Huân chương": "ngày" left out before "thành lập"
    found = read("Sáng 30/11, tại Hà Nội đã diễn ra Lễ kỷ niệm 60 năm thành lập Bộ Tài nguyên Biển (TNB) và đón "
                 "nhận Huân chương Lao động hạng Nhất.")
    assert ("Bộ Tài nguyên Biển", "receivedAward", "Huân chương Lao động hạng Nhất", None) in found.relations


def test_a_certificate_names_its_giver_right_after_it_without_of() -> None:
    # "Bằng khen Bộ Công an", "Cờ thi đua Chính phủ": "của" left out; labelled as if written
    found = read("Tại buổi lễ, ông Lò Văn Sinh trao Bằng khen Bộ Công an cho Phòng Cảnh sát giao thông Công an "
                 "tỉnh Hòa Lâm.")
    award = "Bằng khen của Bộ Công an"
    assert found.entities["Award"] == {award}
    assert {(award, "awardedBy", "Bộ Công an", None), (award, "awardedBy", "Lò Văn Sinh", None),
            ("Phòng Cảnh sát giao thông Công an tỉnh Hòa Lâm", "receivedAward", award, None)} <= found.relations
    found = read("Ông Lò Văn Sinh, Giám đốc Sở Giáo dục và Đào tạo trao Cờ thi đua Chính phủ cho 3 tập thể.")
    assert ("Cờ thi đua của Chính phủ", "awardedBy", "Chính phủ", None) in found.relations
    # a capitalised word that is no body's name stays out
    found = read("Dịp này, Trường THCS Tây Mai nhận Bằng khen Xuất sắc.")
    assert found.entities["Award"] == {"Bằng khen"}


def test_awards_listed_with_a_comma_go_to_who_received_the_first() -> None:
    found = read("Tại buổi họp mặt, Phòng Cảnh sát giao thông Công an tỉnh Hòa Lâm vinh dự được nhận Bằng khen Bộ "
                 "Công an, Bằng khen của UBND tỉnh về thành tích xuất sắc.")
    unit = "Phòng Cảnh sát giao thông Công an tỉnh Hòa Lâm"
    assert {(unit, "receivedAward", "Bằng khen của Bộ Công an", None),
            (unit, "receivedAward", "Bằng khen của Ủy ban nhân dân tỉnh Hòa Lâm", None)} <= found.relations


def test_who_presents_on_the_president_s_behalf_may_be_named_before_it() -> None:
    # "A thừa ủy quyền của Chủ tịch nước trao …": A presents, the President's order
    found = read("Bí thư Tỉnh ủy Hòa Lâm Lò Văn Sinh thừa ủy quyền của Chủ tịch nước trao Huân chương Lao động hạng "
                 "Nhì cho ông Đinh Văn Tài.")
    order = "Huân chương Lao động hạng Nhì"
    assert {(order, "awardedBy", "Chủ tịch nước", None), (order, "awardedBy", "Lò Văn Sinh", None),
            ("Đinh Văn Tài", "receivedAward", order, None)} <= found.relations
    found = read("GS. Lò Văn Sinh Thừa ủy quyền Chủ tịch nước đã trao tặng Huân chương Lao động hạng Ba cho các "
                 "đồng chí có vinh dự được tặng thưởng.")
    assert ("Huân chương Lao động hạng Ba", "awardedBy", "Lò Văn Sinh", None) in found.relations


def test_the_state_s_titles_listed_as_guests_are_not_awards() -> None:
    found = read("Dự Đại hội có đồng chí Lò Văn Sinh, Bí thư Tỉnh ủy Hòa Lâm; cùng các đồng chí lãnh đạo tỉnh, các "
                 "Mẹ Việt Nam Anh hùng, Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động và 300 đại biểu.")
    assert "Award" not in found.entities
    found = read("Dự lễ có các đồng chí lãnh đạo tỉnh qua các thời kỳ và Bà mẹ Việt Nam anh hùng, Anh hùng Lực "
                 "lượng vũ trang nhân dân, các vị chức sắc tôn giáo.")
    assert "Award" not in found.entities
    # a title received, or several listed after a verb, are awards still
    found = read("Bệnh viện Đông Mai đón nhận Anh hùng Lao động, Anh hùng Lực lượng vũ trang nhân dân.")
    assert found.entities["Award"] == {"Anh hùng Lao động", "Anh hùng Lực lượng vũ trang nhân dân"}


def test_members_named_by_their_kind_before_the_passive_receive_not_the_people_named_before() -> None:
    found = read("Dự lễ có ông Lò Văn Sinh, Chủ tịch Viện Hòa Lâm, đại diện các Viện có cán bộ được tặng thưởng "
                 "Huân chương Lao động hạng Ba.")
    assert not [r for r in found.relations if r[1] == "receivedAward"]
    found = read("Phát biểu tại buổi lễ, ông Lò Văn Sinh, Giám đốc Trường Đông Mai chúc mừng các cán bộ vinh dự được "
                 "nhận Bằng khen của UBND tỉnh Hòa Lâm.")
    assert not [r for r in found.relations if r[1] == "receivedAward"]
    # one named receives, as before
    found = read("Ông Lò Văn Sinh, Giám đốc Trường Đông Mai được nhận Bằng khen của UBND tỉnh Hòa Lâm.")
    assert ("Lò Văn Sinh", "receivedAward", "Bằng khen của Ủy ban nhân dân tỉnh Hòa Lâm", None) in found.relations


def test_a_flag_named_by_the_title_in_quotes_it_honours_is_an_award() -> None:
    found = read("Theo Quyết định, Chủ tịch UBND tỉnh Hòa Lâm tặng Cờ “Đơn vị dẫn đầu phong trào thi đua” năm 2020 "
                 "cho Chi cục Thú y tỉnh Hòa Lâm.")
    flag = "Cờ Đơn vị dẫn đầu phong trào thi đua"
    assert found.entities["Award"] == {flag}
    assert any(alias.startswith("Cờ “Đơn vị") for alias in found.aliases[flag])  # the text's quoted form
    assert {("Chi cục Thú y tỉnh Hòa Lâm", "receivedAward", flag, None),
            (flag, "awardedBy", "Ủy ban nhân dân tỉnh Hòa Lâm", None)} <= found.relations
    found = read("Ông Lò Văn Sinh, Phó Chủ tịch Công đoàn ngành Hòa Lâm trao Cờ “Công đoàn cơ sở xuất sắc trong phong "
                 "trào Văn hóa, thể thao” cho Công đoàn Công ty Đông Mai.")
    flag = "Cờ Công đoàn cơ sở xuất sắc trong phong trào Văn hóa, thể thao"
    assert {("Công đoàn Công ty Đông Mai", "receivedAward", flag, None),
            (flag, "awardedBy", "Lò Văn Sinh", None)} <= found.relations


def test_a_prize_in_small_letters_after_a_verb_is_one_with_its_name() -> None:
    found = read("Tối 17/5, Tổng Liên đoàn Lao động Việt Nam đã tổ chức trao giải thưởng Lê Văn Tám nhằm tôn vinh "
                 "công nhân lao động.")
    prize = "Giải thưởng Lê Văn Tám"
    assert found.entities["Award"] == {prize}
    assert (prize, "awardedBy", "Tổng Liên đoàn Lao động Việt Nam", None) in found.relations  # who holds its rite
    found = read("Tối 31/5, Trung ương Đoàn phối hợp với Bộ Lao động - Thương binh và Xã hội tổ chức lễ trao giải "
                 "thưởng “Người thợ trẻ giỏi” toàn quốc cho 34 gương mặt.")
    assert found.entities["Award"] == {"Giải thưởng Người thợ trẻ giỏi"}
    # without a name, no award
    found = read("Ban tổ chức đã trao giải thưởng cho các đội đoạt giải.")
    assert "Award" not in found.entities


def test_a_body_named_as_whose_the_receivers_are_does_not_receive() -> None:
    found = read("Ba gương mặt trẻ của Tập đoàn Hòa Lâm được nhận Bằng khen của Bộ Công Thương.")
    assert not [r for r in found.relations if r[1] == "receivedAward"]
    found = read("Tập đoàn Hòa Lâm được nhận Bằng khen của Bộ Công Thương.")
    assert ("Tập đoàn Hòa Lâm", "receivedAward", "Bằng khen của Bộ Công Thương", None) in found.relations


def test_a_counted_group_that_receives_without_passive_is_listed_after_the_award() -> None:
    found = read("Tại buổi lễ, 3 tập thể vinh dự nhận Cờ thi đua của Chính phủ gồm Trường Tiểu học Đông Mai (huyện "
                 "Tây Mai), Trường THCS Hòa Lâm (huyện Bắc Mai) đã hoàn thành xuất sắc nhiệm vụ.")
    flag = "Cờ thi đua của Chính phủ"
    assert {("Trường Tiểu học Đông Mai", "receivedAward", flag, None),
            ("Trường Trung học cơ sở Hòa Lâm", "receivedAward", flag, None)} <= found.relations


def test_a_bare_kind_beside_several_awards_of_that_kind_is_no_award_of_its_own() -> None:
    found = read("Đợt này có 9 Huân chương Độc lập hạng Ba, 3 Huân chương Bảo vệ Tổ quốc hạng Nhì được trao tặng.\n"
                 "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Lò Văn Sinh, Giám đốc Công an tỉnh Hòa Lâm trao tặng "
                 "Huân chương cho các cá nhân.")
    assert found.entities["Award"] == {"Huân chương Độc lập hạng Ba", "Huân chương Bảo vệ Tổ quốc hạng Nhì"}
    # one award of the kind: the bare kind is that one, as before
    found = read("Công an tỉnh Hòa Lâm được tặng Huân chương Bảo vệ Tổ quốc hạng Nhì.\n"
                 "Thiếu tướng Lò Văn Sinh trao tặng Huân chương cho Công an tỉnh Hòa Lâm.")
    assert found.entities["Award"] == {"Huân chương Bảo vệ Tổ quốc hạng Nhì"}


def test_the_word_for_a_title_alone_names_no_award() -> None:
    found = read("Danh hiệu cao quý này cũng là động lực để các thầy cô không ngừng phấn đấu.")
    assert "Award" not in found.entities


def test_who_gives_a_title_after_the_word_for_it_gives_it() -> None:
    # "được Chủ tịch nước phong tặng danh hiệu Nhà giáo Nhân dân": conventions 2, the President named
    found = read("Trường Đông Mai tổ chức Lễ chúc mừng các thầy cô giáo vừa được Chủ tịch nước phong tặng danh hiệu "
                 "Nhà giáo Nhân dân.")
    assert ("Nhà giáo Nhân dân", "awardedBy", "Chủ tịch nước", None) in found.relations


def test_more_classes_of_an_order_named_after_it_are_awards_of_their_own() -> None:
    found = read("Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng Lò Văn Sinh và Thứ trưởng Bộ Công an Đinh Văn Tài đã "
                 "trao Huân chương Chiến công hạng nhất, hạng nhì và các hạng cho các đơn vị, cá nhân.")
    first, second = "Huân chương Chiến công hạng Nhất", "Huân chương Chiến công hạng Nhì"
    assert found.entities["Award"] == {first, second}
    assert {(award, "awardedBy", giver, None) for award in (first, second)
            for giver in ("Chủ tịch nước", "Lò Văn Sinh", "Đinh Văn Tài")} <= found.relations
    found = read("Dịp này, Công ty Đông Mai được tặng Huân chương Lao động hạng Nhì, hạng Ba.")
    assert {("Công ty Đông Mai", "receivedAward", f"Huân chương Lao động hạng {grade}", None)
            for grade in ("Nhì", "Ba")} <= found.relations


def test_the_reason_for_an_award_ends_its_recipients() -> None:
    found = read("Thứ trưởng Lò Văn Sinh đã trao Kỷ niệm chương “Vì sự nghiệp ngoại giao Việt Nam” cho ông Đinh Văn "
                 "Tài, Tổng Giám đốc Công ty Đông Mai để ghi nhận những đóng góp trong quan hệ với Công ty Tây Mai.")
    medal = "Kỷ niệm chương Vì sự nghiệp ngoại giao Việt Nam"
    assert [r for r in found.relations if r[1] == "receivedAward"] == [("Đinh Văn Tài", "receivedAward", medal, None)]
    found = read("Hội Nông dân tỉnh Hòa Lâm đã trao kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 10 đồng chí "
                 "lãnh đạo các sở, ban, ngành tỉnh có nhiều đóng góp trong xây dựng Hội Nông dân Việt Nam.")
    assert not [r for r in found.relations if r[1] == "receivedAward"]


def test_a_body_named_as_whose_the_recipients_are_after_them_does_not_receive() -> None:
    found = read("Ông Lò Văn Sinh trao Bằng khen của UBND tỉnh Hòa Lâm cho các cán bộ của Công đoàn Viên chức tỉnh "
                 "Hòa Lâm.")
    assert not [r for r in found.relations if r[1] == "receivedAward"]
