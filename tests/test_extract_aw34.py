"""Awards as the development rounds showed them in the thirty-fourth session, each reproduced
here with invented people and places."""

from __future__ import annotations

from test_extract import Found, read


def _givers(found: Found, award: str) -> set[str]:
    return {o for s, p, o, _ in found.relations if s == award and p == "awardedBy"}


def test_who_attends_or_chairs_the_badge_rite_presents_no_badge() -> None:
    # "Lễ trao Huy hiệu Đảng": the verb names the rite; those listed as present attend it
    found = read("Sáng 19/5, Huyện ủy Đông Mai tổ chức Lễ trao Huy hiệu Đảng đợt 19/5. Đến dự Lễ trao Huy hiệu "
                 "Đảng có đồng chí Lò Văn Sinh - Bí thư Huyện ủy; đồng chí Đinh Thị Mai - Phó Bí thư Thường trực "
                 "Huyện ủy. Dịp này, Đảng bộ huyện Đông Mai có 02 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 04 "
                 "đảng viên nhận Huy hiệu 30 năm tuổi Đảng.")
    assert "Huy hiệu 50 năm tuổi Đảng" in found.entities["Award"]
    assert not _givers(found, "Huy hiệu 50 năm tuổi Đảng") & {"Lò Văn Sinh", "Đinh Thị Mai"}
    found = read("Đồng chí Lò Văn Sinh, Phó Bí thư Huyện ủy Đông Mai chủ trì Lễ trao Huy hiệu 30 năm tuổi Đảng "
                 "cho các đảng viên.")
    assert "Lò Văn Sinh" not in _givers(found, "Huy hiệu 30 năm tuổi Đảng")
    # who presents them is still their giver
    found = read("Đồng chí Lò Văn Sinh, Phó Bí thư Huyện ủy Đông Mai trao Huy hiệu 30 năm tuổi Đảng cho đồng chí "
                 "Đinh Văn Tài.")
    assert "Lò Văn Sinh" in _givers(found, "Huy hiệu 30 năm tuổi Đảng")


def test_who_announces_the_decisions_about_badges_presents_none() -> None:
    found = read("Đồng chí Đinh Văn Tài - Trưởng ban Xây dựng Đảng xã công bố các Quyết định của Ban Thường vụ "
                 "Tỉnh ủy Hòa Lâm về trao tặng Huy hiệu Đảng cho 93 đảng viên. Có 5 đảng viên được trao tặng Huy "
                 "hiệu 65 năm tuổi Đảng.")
    assert _givers(found, "Huy hiệu 65 năm tuổi Đảng") == {"Ban Thường vụ Tỉnh ủy Hòa Lâm"}


def test_who_speaks_of_the_presenting_presents_nothing() -> None:
    # "Việc trao tặng Huy hiệu Đảng là …": the act named, not done by the speaker
    found = read("Tại buổi lễ, đồng chí Đinh Văn Tài được trao Huy hiệu 50 năm tuổi Đảng. Phát biểu tại buổi lễ, "
                 "đồng chí Lò Văn Sinh, Bí thư Huyện ủy Đông Mai nhấn mạnh: Việc trao tặng Huy hiệu Đảng là sự "
                 "ghi nhận những cống hiến của các đảng viên.")
    assert "Lò Văn Sinh" not in _givers(found, "Huy hiệu 50 năm tuổi Đảng")


def test_who_presents_the_badges_receives_none_of_those_listed_after() -> None:
    found = read("Tại buổi lễ, đồng chí Bí thư Thành ủy Đông Mai Lò Văn Sinh đã trao Huy hiệu Đảng tặng 6 đảng viên, "
                 "gồm: 1 đảng viên được tặng Huy hiệu 70 năm tuổi Đảng; 3 đảng viên được tặng Huy hiệu 50 năm tuổi "
                 "Đảng.")
    assert ("Lò Văn Sinh", "receivedAward", "Huy hiệu 70 năm tuổi Đảng", None) not in found.relations
    assert "Lò Văn Sinh" in _givers(found, "Huy hiệu 70 năm tuổi Đảng")
    # a member named just before "được trao" still receives
    found = read("Đồng chí Lò Văn Sinh, sinh năm 1945, sinh hoạt tại Chi bộ thôn Tây, được trao Huy hiệu 60 năm "
                 "tuổi Đảng.")
    assert ("Lò Văn Sinh", "receivedAward", "Huy hiệu 60 năm tuổi Đảng", None) in found.relations


def test_the_bodies_listed_before_nhan_all_receive() -> None:
    award = "Bằng khen của Thủ tướng Chính phủ"
    schools = {"Trường Mầm non Tân Mai", "Trường Tiểu học Hòa Bình", "Trường Tiểu học Gò Sao"}
    found = read("Bên cạnh đó, Trường Mầm non Tân Mai, Trường Tiểu học Hòa Bình và Trường Tiểu học Gò Sao nhận "
                 "Bằng khen của Thủ tướng Chính phủ.")
    assert {(s, "receivedAward", award, None) for s in schools} <= found.relations
    # each with its place in brackets, the people counted after them
    found = read("Bên cạnh đó, 4 tập thể là Trường Mầm non Tân Mai (Đông Mai), Trường Tiểu học Hòa Bình (Tây Mai), "
                 "Trường Tiểu học Gò Sao (Bến Mai) và 43 cá nhân nhận Bằng khen của Thủ tướng Chính phủ vì có thành "
                 "tích trong công tác giáo dục.")
    assert {(s, "receivedAward", award, None) for s in schools} <= found.relations
    # a body named before the list, as whose members receive, does not
    found = read("Tại hội nghị, Sở Giáo dục và Đào tạo tỉnh Hòa Lâm công bố kết quả; Trường Tiểu học Hòa Bình và "
                 "Trường Tiểu học Gò Sao nhận Bằng khen của Thủ tướng Chính phủ.")
    assert ("Sở Giáo dục và Đào tạo tỉnh Hòa Lâm", "receivedAward", award, None) not in found.relations


def test_recipients_listed_after_la_with_the_awards_round_between() -> None:
    # "được nhận giải thưởng “A” toàn quốc năm 2019 là: B - <post>, <body>; C - …": B and C receive, not
    # the bodies of their posts
    award = "Giải thưởng Người thợ trẻ giỏi"
    found = read("Ba gương mặt trẻ của Tập đoàn Than Đông Mai được nhận giải thưởng “Người thợ trẻ giỏi” toàn quốc "
                 "năm 2019 là: Lò Văn Sinh - công nhân Phân xưởng Khai thác 12, Công ty than Tây Mai; Đinh Văn Tài - "
                 "Chuyên viên phòng Kỹ thuật mỏ - Công ty than Hòa Lâm.")
    receivers = {s for s, p, o, _ in found.relations if p == "receivedAward" and o == award}
    assert receivers == {"Lò Văn Sinh", "Đinh Văn Tài"}
    # a party badge, "Được" opening the sentence
    found = read("Được vinh dự nhận Huy hiệu 60 năm tuổi Đảng lần này là đồng chí Lò Văn Sinh, Chủ tịch Hội Cựu "
                 "chiến binh tỉnh Hòa Lâm.")
    assert ("Lò Văn Sinh", "receivedAward", "Huy hiệu 60 năm tuổi Đảng", None) in found.relations
    # "là" after the award's name and more than a few words: not its recipients
    found = read("Ông Lò Văn Sinh được nhận Bằng khen của Ủy ban nhân dân tỉnh Hòa Lâm vì đã có nhiều thành tích "
                 "trong công tác năm qua, đây là sự ghi nhận của tỉnh.")
    assert {s for s, p, _, _ in found.relations if p == "receivedAward"} == {"Lò Văn Sinh"}


def test_those_counted_then_listed_after_la_run_past_the_semicolons() -> None:
    found = read("Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, ông Lò Văn Sinh, Chủ tịch UBND tỉnh Hòa Lâm đã trao "
                 "tặng Huân chương Chiến công hạng Nhất cho tập thể Công an tỉnh Hòa Lâm và hai cá nhân là Đại tá Đinh "
                 "Văn Tài, Phó Giám đốc Công an tỉnh; Thượng tá Võ Thanh Hà, Phó trưởng Phòng An ninh kinh tế.")
    award = "Huân chương Chiến công hạng Nhất"
    assert {("Đinh Văn Tài", "receivedAward", award, None), ("Võ Thanh Hà", "receivedAward", award, None),
            ("Công an tỉnh Hòa Lâm", "receivedAward", award, None)} <= found.relations
    # without the count and "là", a semicolon ends the recipients
    found = read("Ông Lò Văn Sinh trao Bằng khen của UBND tỉnh Hòa Lâm cho ông Đinh Văn Tài; ông Võ Thanh Hà phát biểu "
                 "cảm ơn.")
    assert ("Võ Thanh Hà", "receivedAward", "Bằng khen của Ủy ban nhân dân tỉnh Hòa Lâm", None) not in found.relations


def test_a_title_named_whole_with_its_later_words_cased_otherwise_is_the_listed_title() -> None:
    found = read("Năm 2000, Trường Tiểu học Hòa Bình được Chủ tịch nước phong tặng danh hiệu Anh hùng lao động thời "
                 "kỳ đổi mới.")
    assert found.entities["Award"] == {"Anh hùng Lao động thời kỳ đổi mới"}
    assert ("Trường Tiểu học Hòa Bình", "receivedAward", "Anh hùng Lao động thời kỳ đổi mới", None) in found.relations
    found = read("Năm 2021, ông Lò Văn Sinh được Chủ tịch nước phong tặng danh hiệu Nhà giáo ưu tú.")
    assert ("Lò Văn Sinh", "receivedAward", "Nhà giáo Ưu tú", None) in found.relations
    # cased otherwise and not after "danh hiệu" or a verb: guests named by their titles, no award
    found = read("Dự buổi họp mặt có các đồng chí lãnh đạo tỉnh Hòa Lâm qua các thời kỳ và Bà mẹ Việt Nam anh hùng, "
                 "các vị chức sắc tôn giáo.")
    assert not found.entities.get("Award")


def test_one_named_after_the_recipients_as_the_subject_of_a_clause_of_their_own_receives_nothing() -> None:
    found = read("Ông Lò Văn Sinh thừa ủy quyền Chủ tịch nước đã trao tặng Huân chương Lao động hạng Ba cho các đồng "
                 "chí có vinh dự được tặng thưởng và GS. Đinh Văn Tài thay mặt Lãnh đạo Viện Hòa Lâm tặng hoa chúc "
                 "mừng các đồng chí.")
    assert not [r for r in found.relations if r[1] == "receivedAward"]
    found = read("Đến dự và trao Huy hiệu 80 năm tuổi Đảng cho đồng chí Đinh Văn Tài, Phó Bí thư Thành ủy Lò Văn Sinh "
                 "trân trọng ghi nhận những đóng góp của đồng chí Đinh Văn Tài.")
    assert {s for s, p, _, _ in found.relations if p == "receivedAward"} == {"Đinh Văn Tài"}
    # recipients listed with their posts still all receive
    found = read("Ông Lò Văn Sinh trao Bằng khen của UBND tỉnh Hòa Lâm cho ông Đinh Văn Tài, Trưởng phòng Kinh tế "
                 "và bà Võ Thị Hà, Phó Chủ tịch Hội Nông dân xã.")
    assert {s for s, p, _, _ in found.relations if p == "receivedAward"} >= {"Đinh Văn Tài", "Võ Thị Hà"}
