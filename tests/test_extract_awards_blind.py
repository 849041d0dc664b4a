"""Awards, organisation names and bylines, by example: the genre rules read from the
realistic-blind batch (tests/realistic-blind/*/MISSES.md), each on invented sentences
in the genre's manner about places and people that the corpora do not contain.
"""

from __future__ import annotations

from kg.ingest import parse_article
from tests.test_extract import read


def _author(text: str) -> str | None:
    return parse_article(text, "x.txt", "x.txt", is_html=False).author


# ------------------------------------------------------------------ bylines


def test_a_byline_after_a_sites_label_or_before_its_note() -> None:
    body = "Tin hoạt động\n\n12/03/2024 09:30\nHội Nông dân xã Tân Lập tổ chức hội nghị.\n\n"
    assert _author(body + "Đăng bởi: Hà Thu Trang\n\n[Trở về]\n\nCác tin khác") == "Hà Thu Trang"
    assert _author(body + "Hồng Hạnh (tổng hợp)\n\nTheo dõi Tinmoi.vn trên Google news") == "Hồng Hạnh"
    assert _author(body + "Thu Trang – TTTT&TV\nThêm bình luận mới") == "Thu Trang"
    # a blog's "Đăng bởi X lúc 20:05" names its poster, no author's name
    assert _author(body + "Đăng bởi Khoa GDQP-AN lúc 20:05") is None


def test_a_byline_that_ends_the_date_line_under_the_title() -> None:
    text = ("Ban Thường vụ Huyện ủy họp\n\nThứ Ba, 12/05/2026 08:10 | Khổng Minh Quân\n\n"
            "Ngày 11/5, Ban Thường vụ Huyện ủy Bảo Lạc họp phiên thường kỳ.\n\nBình luận (0)\n\nLên đầu trang")
    assert _author(text) == "Khổng Minh Quân"
    found = read("Ngày 11/5, Ban Thường vụ Huyện ủy Bảo Lạc họp phiên thường kỳ.",
                 author="Đăng bởi: Hà Thu Trang")
    assert found.has("Person", "Hà Thu Trang")


# ------------------------------------------------------------------ who gave an award


def _given_by(found: object, award: str) -> set[str]:
    return {o for s, p, o, _ in found.relations if s == award and p == "awardedBy"}  # type: ignore[attr-defined]


def test_who_receives_or_spoke_earlier_presents_nothing() -> None:
    # "A được Y tặng": A receives
    found = read("Tại Ngày hội, ông Trần Văn Lũy, Trưởng ban công tác Mặt trận ấp Tân Thới được "
                 "Chủ tịch UBND huyện Đầm Dơi tặng Giấy khen.")
    award = found.named("Award", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Đầm Dơi")
    assert award is not None and "Trần Văn Lũy" not in _given_by(found, award)
    assert ("Trần Văn Lũy", "receivedAward", award, None) in found.relations
    # a speaker in the clause before ";", the body the subject of "tặng"
    found = read("Ông Lê Quốc Khánh, Chủ tịch UBND xã Tân Hưng cảm ơn Hội Chữ thập đỏ tỉnh Long An; "
                 "dịp này UBND huyện Cần Đước tặng Giấy khen cho Hội Chữ thập đỏ tỉnh Long An.")
    award = found.named("Award", "Giấy khen của Ủy ban nhân dân huyện Cần Đước")
    assert award is not None and "Lê Quốc Khánh" not in _given_by(found, award)
    # "A trao X cho B; trao Y cho C": the clause after ";" is still A's
    found = read("Thừa ủy quyền của Bộ trưởng Bộ Quốc phòng, Thiếu tướng Hà Văn Tường trao Cờ thi đua "
                 "của Bộ Quốc phòng cho Bộ CHQS tỉnh; trao Bằng khen của Tư lệnh Quân khu 2 cho Ban CHQS "
                 "huyện Mù Cang Chải.")
    award = found.named("Award", "Bằng khen của Tư lệnh Quân khu 2")
    assert award is not None and "Hà Văn Tường" in _given_by(found, award)


# ------------------------------------------------------------------ bodies


def test_a_national_union_of_a_sector() -> None:
    found = read("Phó Chủ tịch Công đoàn Giao thông vận tải VN Đinh Thị Hòa trao Bằng khen của Ban Chấp hành "
                 "Công đoàn Giao thông vận tải Việt Nam cho 40 cán bộ công đoàn cơ sở. Ban Thường vụ Công đoàn "
                 "Dầu khí - Hóa chất Việt Nam tổ chức hội nghị; bà Lê Thị Mai, Chủ tịch Công đoàn NN&PTNT Việt Nam dự.")
    union = "Công đoàn Giao thông vận tải Việt Nam"
    assert found.has("Organization", union)
    assert ("Đinh Thị Hòa", "holdsPost", union, "Phó Chủ tịch") in found.relations
    assert (f"Ban Chấp hành {union}", "subOrganizationOf", union, None) in found.relations
    assert (f"Bằng khen của Ban Chấp hành {union}", "awardedBy", f"Ban Chấp hành {union}", None) in found.relations
    assert ("Ban Thường vụ Công đoàn Dầu khí - Hóa chất Việt Nam", "subOrganizationOf",
            "Công đoàn Dầu khí - Hóa chất Việt Nam", None) in found.relations
    assert ("Lê Thị Mai", "holdsPost", "Công đoàn Nông nghiệp và Phát triển nông thôn Việt Nam", "Chủ tịch") \
        in found.relations
    # a union inside a unit, or a province's, is read as before
    found = read("Ông Lê Văn An, Chủ tịch Công đoàn Công ty Than Hà Lầm phát biểu.")
    assert ("Lê Văn An", "holdsPost", "Công đoàn Công ty Than Hà Lầm", "Chủ tịch") in found.relations


def test_bodies_named_by_what_they_are_for() -> None:
    found = read("Bà Hoàng Thị Nguyệt, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo các chương trình mục tiêu "
                 "quốc gia huyện Chợ Đồn phát biểu. Văn phòng Điều phối nông thôn mới tỉnh Bắc Kạn tổ chức "
                 "đoàn học tập. Quỹ Bảo trợ trẻ em tỉnh Bắc Kạn trao 20 suất quà.")
    board = "Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Chợ Đồn"
    assert found.has("Organization", board)
    assert ("Hoàng Thị Nguyệt", "holdsPost", board, "Trưởng ban") in found.relations
    assert found.has("Organization", "Văn phòng Điều phối nông thôn mới tỉnh Bắc Kạn")
    assert found.has("Organization", "Quỹ Bảo trợ trẻ em tỉnh Bắc Kạn")
    assert not found.has("Place", "tỉnh Bắc Kạn")  # a place inside a body's name is no Place
    # the level alone: the article's place; quoted words belong to the name
    found = read("Hội Nông dân tỉnh Sóc Trăng phối hợp. Quỹ “Vì người nghèo” tỉnh hỗ trợ 40 triệu đồng.")
    assert found.has("Organization", "Quỹ “Vì người nghèo” tỉnh Sóc Trăng")
    # a verb or link ends what it is for: no body named
    found = read("Ban Chỉ đạo tổ chức hội nghị tại huyện Chợ Đồn.")
    assert not any(o.startswith("Ban Chỉ đạo") for o in found.entities.get("Organization", ()))


def test_the_fronts_working_committee_of_a_hamlet() -> None:
    found = read("Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng trao Bằng khen cho Ban công tác Mặt trận ấp Phước Hòa; "
                 "ông Lâm Văn Tới, Trưởng ban công tác Mặt trận ấp được Chủ tịch UBND huyện Mỹ Xuyên tặng Giấy khen.")
    front = "Ban công tác Mặt trận ấp Phước Hòa"
    assert found.has("Organization", front)
    # the hamlet left unnamed after the title: the one named before, not "ấp được Chủ"
    assert ("Lâm Văn Tới", "holdsPost", front, "Trưởng ban") in found.relations
    assert (front, "receivedAward", "Bằng khen của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng", None) \
        in found.relations
    assert found.has("Award", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Mỹ Xuyên")
    found = read("Hội CTĐ tỉnh Bình Dương trao 40 suất quà cho bà con xã Tam Thanh.")
    assert found.has("Organization", "Hội Chữ thập đỏ tỉnh Bình Dương")
    assert found.has("Place", "xã Tam Thanh") and not found.has("Place", "tỉnh Bình Dương")


def test_the_youth_unions_units() -> None:
    found = read("Ban Thường vụ Huyện đoàn Tuy Phong chọn Xã đoàn Phước Thể và Chi đoàn Công an huyện Tuy Phong "
                 "tổ chức đại hội điểm. Anh Lê Đức Tài, Bí thư Chi đoàn Viện Kiểm sát nhân dân tỉnh Kon Tum, phối "
                 "hợp với Đoàn cơ sở Bưu điện tỉnh Kon Tum, Đoàn Khối các cơ quan tỉnh Kon Tum và Đoàn xã Đăk Ui.")
    for body in ("Xã đoàn Phước Thể", "Chi đoàn Công an huyện Tuy Phong", "Đoàn cơ sở Bưu điện tỉnh Kon Tum",
                 "Đoàn Khối các cơ quan tỉnh Kon Tum", "Đoàn xã Đăk Ui"):
        assert found.has("Organization", body), body
    assert ("Lê Đức Tài", "holdsPost", "Chi đoàn Viện Kiểm sát nhân dân tỉnh Kon Tum", "Bí thư") in found.relations
    assert not found.has("Person", "Phước Thể")
    # the kind of unit, counted, is no body
    found = read("Huyện Tuy Phong có 27 cơ sở Đoàn, trong đó 18 Đoàn xã, thị trấn.")
    assert not found.has("Organization", "Đoàn xã")


def test_a_short_form_presents_for_the_body_named_before() -> None:
    found = read("Bà Lục Minh Phương, Chủ tịch Trung ương Hội Khuyến học Việt Nam phát biểu. Dịp này, Trung "
                 "ương Hội trao Kỷ niệm chương “Vì sự nghiệp khuyến học” cho 12 cá nhân, trong đó có bà Đàm Thị Yến.")
    body = found.named("Organization", "Trung ương Hội Khuyến học Việt Nam")
    assert body is not None
    assert ("Kỷ niệm chương Vì sự nghiệp khuyến học", "awardedBy", body, None) in found.relations
    assert ("Đàm Thị Yến", "receivedAward", "Kỷ niệm chương Vì sự nghiệp khuyến học", None) in found.relations


def test_an_award_named_for_a_national_body_is_read_to_the_country() -> None:
    found = read("Dịp này, Hội Cựu chiến binh tỉnh Ninh Bình đã trao Kỷ niệm chương Cựu chiến binh Việt Nam "
                 "năm 2025 cho ông Đinh Văn Hậu.")
    assert found.has("Award", "Kỷ niệm chương Cựu chiến binh Việt Nam")
    assert ("Đinh Văn Hậu", "receivedAward", "Kỷ niệm chương Cựu chiến binh Việt Nam", None) in found.relations
    # not across a word that ends a name, nor past "cho"
    found = read("Ông Đinh Văn Hậu nhận Huy chương Vàng tại Giải vô địch Việt Nam. Chủ tịch nước trao Huân chương "
                 "Sao Vàng cho Tập đoàn Dầu khí Việt Nam.")
    assert found.has("Award", "Huy chương Vàng") and found.has("Award", "Huân chương Sao Vàng")


def test_a_body_of_the_unit_named_by_its_kind_in_small_letters() -> None:
    found = read("Ngày 18/12, Hội Cựu chiến binh Bệnh viện Đa khoa Sơn Tây tổ chức họp mặt. Buổi họp mặt do "
                 "đồng chí Kiều Văn Toản, Chủ tịch Hội CCB bệnh viện chủ trì. Dịp này, BCH Hội Cựu chiến binh "
                 "bệnh viện đã trao Kỷ niệm chương Cựu chiến binh Việt Nam cho 9 hội viên.")
    veterans = "Hội Cựu chiến binh Bệnh viện Đa khoa Sơn Tây"
    assert ("Kiều Văn Toản", "holdsPost", veterans, "Chủ tịch") in found.relations
    assert (f"Ban Chấp hành {veterans}", "subOrganizationOf", veterans, None) in found.relations
    assert ("Kỷ niệm chương Cựu chiến binh Việt Nam", "awardedBy", f"Ban Chấp hành {veterans}", None) \
        in found.relations


def test_two_titles_on_one_page_one_beginning_the_other() -> None:
    found = read("Phó Chủ tịch nước Lương Văn Trà đã trao tặng danh hiệu Anh hùng Lao động cho kỹ sư Khổng "
                 "Văn Đức. Sáng 12/11, Công ty Than Vàng Danh đón nhận danh hiệu Anh hùng Lao động thời kỳ đổi mới.")
    assert found.has("Award", "Anh hùng Lao động") and found.has("Award", "Anh hùng Lao động thời kỳ đổi mới")
    assert ("Khổng Văn Đức", "receivedAward", "Anh hùng Lao động", None) in found.relations
    assert ("Anh hùng Lao động", "awardedBy", "Lương Văn Trà", None) in found.relations
    assert ("Khổng Văn Đức", "receivedAward", "Anh hùng Lao động thời kỳ đổi mới", None) not in found.relations


def test_the_noble_title_named_back() -> None:
    found = read("Sáng 12/11, Công ty Than Hà Tu long trọng đón nhận danh hiệu Anh hùng Lao động thời kỳ đổi mới. "
                 "Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng Cù Văn Hải đã trao danh hiệu cao quý này cho "
                 "Công ty Than Hà Tu.")
    title = "Anh hùng Lao động thời kỳ đổi mới"
    assert (title, "awardedBy", "Chủ tịch nước", None) in found.relations
    assert (title, "awardedBy", "Cù Văn Hải", None) in found.relations
    assert ("Công ty Than Hà Tu", "receivedAward", title, None) in found.relations


def test_a_heading_in_capitals_ends_a_place_at_its_verb() -> None:
    found = read("Ngày 17/5, Ban Thường vụ Huyện ủy tổ chức lễ trao Huy hiệu Đảng.",
                 title="HUYỆN ỦY MƯỜNG ẢNG TRAO HUY HIỆU ĐẢNG CHO 12 ĐẢNG VIÊN")
    assert found.has("Organization", "Huyện ủy Mường Ảng")
    assert not any("TRAO" in o for o in found.entities.get("Organization", ()))


def test_the_committee_that_decides_the_party_badges_gives_them() -> None:
    body = ("Sáng 17/5, Ban Thường vụ Huyện ủy Mường Ảng tổ chức Lễ trao tặng Huy hiệu Đảng cho 12 đảng viên. "
            "Theo Quyết định số 905-QĐ/TU ngày 28/4/2023 của Ban Thường vụ Tỉnh ủy Điện Biên, đợt này có 3 đảng "
            "viên được tặng Huy hiệu 60 năm tuổi Đảng; 9 đảng viên được tặng Huy hiệu 30 năm tuổi Đảng. Đồng chí "
            "Lê Hữu Phước, Bí thư Huyện ủy trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Cà Văn Xuân.")
    found = read(body)
    decider = "Ban Thường vụ Tỉnh ủy Điện Biên"
    # no generic "Huy hiệu Đảng" beside the classes named (docs/gold-conventions/awards.md)
    assert not found.has("Award", "Huy hiệu Đảng")
    for badge in ("Huy hiệu 60 năm tuổi Đảng", "Huy hiệu 30 năm tuổi Đảng"):
        assert (badge, "awardedBy", decider, None) in found.relations, badge
        # the committee that holds the rite presents what another decided
        assert (badge, "awardedBy", "Ban Thường vụ Huyện ủy Mường Ảng", None) not in found.relations
    assert ("Huy hiệu 60 năm tuổi Đảng", "awardedBy", "Lê Hữu Phước", None) \
        in found.relations
    # no decision cited: the committee that holds the rite gives none all the same (the blind gold,
    # 7 articles of 9; tests/test_extract_docs5.py)
    found = read("Sáng 2/9, Đảng ủy phường Kim Liên tổ chức lễ trao Huy hiệu Đảng cho 20 đảng viên.")
    assert ("Huy hiệu Đảng", "awardedBy", "Đảng ủy phường Kim Liên", None) not in found.relations


def test_the_body_that_holds_the_rite_with_its_place_in_brackets() -> None:
    found = read("Ngày 1/9, Đảng ủy phường Kim Mã (Hà Nội) tổ chức lễ trao Huy hiệu Đảng đợt 2/9 cho các đảng viên "
                 "trên địa bàn phường.")
    assert found.has("Award", "Huy hiệu Đảng")
    assert ("Huy hiệu Đảng", "awardedBy", "Đảng ủy phường Kim Mã", None) not in found.relations


def test_presenters_listed_by_semicolons_hand_over_every_class() -> None:
    found = read("Thực hiện Quyết định số 1132-QĐ/TU của Ban Thường vụ Tỉnh ủy Điện Biên, đợt này có 3 đảng viên "
                 "được tặng Huy hiệu 55 năm tuổi Đảng; 9 đảng viên được tặng Huy hiệu 30 năm tuổi Đảng. Đồng chí "
                 "Lò Văn Phúc - Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy Mường Chà; đồng chí Quàng Thị Hằng - Phó Bí "
                 "thư Thường trực Huyện ủy, Chủ tịch HĐND huyện dự và trao Huy hiệu cho các đảng viên.")
    for badge in ("Huy hiệu 55 năm tuổi Đảng", "Huy hiệu 30 năm tuổi Đảng"):
        for presenter in ("Lò Văn Phúc", "Quàng Thị Hằng"):
            assert (badge, "awardedBy", presenter, None) in found.relations, (badge, presenter)
    # one who did something else before ";" presents nothing
    found = read("Đồng chí Lò Văn Phúc, Bí thư Huyện ủy Mường Chà phát biểu; đồng chí Quàng Thị Hằng, Phó Bí thư "
                 "Huyện ủy trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Cà Văn Xa.")
    assert ("Huy hiệu 55 năm tuổi Đảng", "awardedBy", "Lò Văn Phúc", None) not in found.relations
    assert ("Huy hiệu 55 năm tuổi Đảng", "awardedBy", "Quàng Thị Hằng", None) in found.relations


def test_a_body_said_to_be_a_unit_directly_under_another() -> None:
    found = read("Trường Cao đẳng Kỹ thuật hạt nhân là đơn vị trực thuộc Viện Năng lượng nguyên tử Việt Nam. "
                 "Dự lễ có bà Lê Thu Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương.")
    assert ("Trường Cao đẳng Kỹ thuật hạt nhân", "subOrganizationOf", "Viện Năng lượng nguyên tử Việt Nam", None) \
        in found.relations


def test_a_corporation_named_after_its_trade_in_small_letters() -> None:
    found = read("Thân gửi toàn thể cán bộ, người lao động Tổng công ty Lương thực miền Nam! Ông Lê Văn An, Giám đốc "
                 "Công ty TNHH Cơ khí Phú Thịnh phát biểu.")
    assert found.has("Organization", "Tổng công ty Lương thực miền Nam")
    assert ("Lê Văn An", "holdsPost", "Công ty TNHH Cơ khí Phú Thịnh", "Giám đốc") in found.relations


def test_an_acronym_of_a_name_the_article_gives_in_full() -> None:
    found = read("Bí thư Đảng ủy, Chủ tịch HĐTV Tổng công ty LTMN Lê Quang Vinh gửi thư chúc Tết. Thân gửi toàn "
                 "thể người lao động Tổng công ty Lương thực miền Nam!")
    board = "Hội đồng thành viên Tổng công ty Lương thực miền Nam"
    assert ("Lê Quang Vinh", "holdsPost", board, "Chủ tịch") in found.relations
    assert not found.has("Organization", "Tổng công ty LTMN")
    # an abbreviation the genre uses spells its words: TW for "Trung ương"
    found = read("Ủy ban Kiểm tra Đảng ủy Công an Trung ương đã họp. Theo UBKT Đảng ủy CATW, kỳ họp đã xem xét 4 "
                 "nội dung.")
    assert not found.has("Organization", "Ủy ban Kiểm tra Đảng ủy CATW")
    assert found.has("Organization", "Ủy ban Kiểm tra Đảng ủy Công an Trung ương")


def test_the_inspection_committee_of_a_central_bodys_party_committee_is_no_central_board() -> None:
    found = read("Ủy ban Kiểm tra Đảng ủy Công an Trung ương đã xem xét việc thực hiện Quy định của Ban Chấp hành "
                 "Trung ương Đảng.")
    assert ("Ủy ban Kiểm tra Đảng ủy Công an Trung ương", "subOrganizationOf", "Ban Chấp hành Trung ương Đảng",
            None) not in found.relations


def test_a_byline_with_its_outlet_or_a_journal_authors_degrees() -> None:
    body = "Tin hoạt động\n\n12/03/2024 09:30\nHội Nông dân xã Tân Lập tổ chức hội nghị.\n\n"
    assert _author(body + "Minh Hiếu (Báo Thái Bình)") == "Minh Hiếu"
    journal = ("PGS.TS LÃ VĂN TIẾN\nPhó Giám đốc Học viện Báo chí và Tuyên truyền\n"
               "Tóm tắt: Bài viết khái quát kết quả đào tạo cán bộ của Học viện.\n\nTừ khóa: đào tạo")
    assert _author(journal) == "LÃ VĂN TIẾN"


def test_border_posts_and_the_journalists_association() -> None:
    found = read("Tham gia tuần tra có Đồn Biên phòng Bản Lầu, Trạm Kiểm soát biên phòng Kim Thành và Chi đội Quản lý "
                 "biên giới Hà Khẩu. Ban Tuyên giáo Tỉnh ủy phối hợp Hội Nhà báo tỉnh Sóc Trăng tổ chức trao giải.")
    for body in ("Trạm Kiểm soát biên phòng Kim Thành", "Chi đội Quản lý biên giới Hà Khẩu",
                 "Hội Nhà báo tỉnh Sóc Trăng"):
        assert found.has("Organization", body), body


def test_the_sites_name_over_the_page_is_chrome() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG\n\nHuyện ủy trao Huy hiệu Đảng\n\n17/05/2023 09:30\n"
            "Sáng 17/5, Ban Thường vụ Huyện ủy tổ chức lễ trao Huy hiệu Đảng.\n\nThu Huyền")
    article = parse_article(text, "x.txt", "x.txt", is_html=False)
    assert "CỔNG THÔNG TIN" not in article.text and article.title == "Huyện ủy trao Huy hiệu Đảng"


def test_a_cham_family_name_after_a_body_and_its_level() -> None:
    found = read("Đến dự có Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đàng Thị Mỹ Hoa; Phó Bí thư Huyện ủy Ninh Hải.")
    assert found.has("Person", "Đàng Thị Mỹ Hoa")
    assert not any("Đàng" in o for o in found.entities.get("Organization", ()))


def test_among_the_recipients_of_its_own_clause() -> None:
    found = read("Dịp này, Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tặng Bằng khen cho Ban công tác Mặt trận thôn Hiếu Lễ; "
                 "Chủ tịch UBND huyện Ninh Hải tặng Giấy khen cho 5 hộ gia đình, trong đó có hộ ông Thiên Văn Tài.")
    merit = "Bằng khen của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận"
    assert ("Ban công tác Mặt trận thôn Hiếu Lễ", "receivedAward", merit, None) in found.relations
    assert ("Thiên Văn Tài", "receivedAward", merit, None) not in found.relations
    assert ("Thiên Văn Tài", "receivedAward", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Ninh Hải", None) \
        in found.relations
    # the clause after ";" that begins with "trong đó có" names those among them
    found = read("Dịp này, Đảng ủy xã Phú Lâm tặng Giấy khen cho 4 tập thể và 7 cá nhân; trong đó có ông Lê Văn Chí.")
    assert ("Lê Văn Chí", "receivedAward", "Giấy khen của Đảng ủy xã Phú Lâm", None) in found.relations


def test_one_who_receives_on_behalf_of_a_body_receives_nothing_herself() -> None:
    found = read("Hội Chữ thập đỏ tỉnh Bắc Ninh tặng Bằng khen cho Hội Chữ thập đỏ huyện Gia Bình; bà Nông Thị Hạnh, "
                 "Chủ tịch Hội Chữ thập đỏ huyện thay mặt nhận Bằng khen.")
    assert not any(s == "Nông Thị Hạnh" and p == "receivedAward" for s, p, _, _ in found.relations)
    assert ("Hội Chữ thập đỏ huyện Gia Bình", "receivedAward", "Bằng khen của Hội Chữ thập đỏ tỉnh Bắc Ninh", None) \
        in found.relations


def test_the_body_in_a_recipients_apposition_receives_nothing() -> None:
    found = read("Phó Chủ tịch nước Lương Văn Trà đã trao tặng danh hiệu Anh hùng Lao động cho kỹ sư Khổng Văn Đức, "
                 "Trưởng ca vận hành Công ty cổ phần Nhiệt điện Uông Bí.")
    assert ("Khổng Văn Đức", "receivedAward", "Anh hùng Lao động", None) in found.relations
    assert ("Công ty cổ phần Nhiệt điện Uông Bí", "receivedAward", "Anh hùng Lao động", None) not in found.relations


def test_a_name_ends_before_a_verb_in_small_letters() -> None:
    found = read("Đảng bộ Trường Đại học Thủy lợi thông báo nhanh kết quả Hội nghị. Sở Giao thông vận tải tỉnh "
                 "Nghệ An phối hợp thực hiện.")
    assert found.has("Organization", "Đảng bộ Trường Đại học Thủy lợi")
    assert found.has("Organization", "Sở Giao thông vận tải tỉnh Nghệ An")


def test_the_body_whose_founding_is_marked_receives_the_order() -> None:
    found = read("Đồng chí Lê Thị Kim Oanh, Chủ tịch Công đoàn Y tế Việt Nam thông tin về lễ mít tinh kỷ niệm 60 năm "
                 "Ngày thành lập Công đoàn Giao thông vận tải Việt Nam (20/7/1965-20/7/2025) và đón nhận Huân chương "
                 "Lao động hạng Nhất.")
    order = "Huân chương Lao động hạng Nhất"
    assert ("Công đoàn Giao thông vận tải Việt Nam", "receivedAward", order, None) in found.relations
    assert ("Lê Thị Kim Oanh", "receivedAward", order, None) not in found.relations


def test_an_enterprises_branch_named_after_it_by_a_dash() -> None:
    found = read("Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu tặng Bằng khen cho Ngân hàng TMCP Ngoại thương Việt Nam – Chi "
                 "nhánh Bạc Liêu vì đã tài trợ xây nhà Đại đoàn kết.")
    branch = "Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Bạc Liêu"
    assert found.has("Organization", branch)
    assert (branch, "receivedAward", "Bằng khen của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu", None) \
        in found.relations


def test_a_unit_named_with_its_groups_acronym_after_a_dash() -> None:
    found = read("Công đoàn phối hợp với Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (TKV). Công ty Than Núi Béo - "
                 "TKV giới thiệu ca khúc dự thi.")
    group = "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
    assert ("Công ty Than Núi Béo - TKV", "subOrganizationOf", group, None) in found.relations


def test_a_military_region_named_before_its_ministry_after_a_comma() -> None:
    found = read("Thủ tướng bổ nhiệm Thiếu tướng Lê Quang Thiện giữ chức Tư lệnh Quân khu 7, Bộ Quốc phòng.")
    assert ("Quân khu 7", "subOrganizationOf", "Bộ Quốc phòng", None) in found.relations


def test_a_party_cell_then_its_party_organisation_after_a_comma() -> None:
    found = read("Đợt này có đồng chí Cà Văn Xa, sinh hoạt tại Chi bộ bản Him Lam, Đảng bộ xã Thanh Luông.")
    assert ("Chi bộ bản Him Lam", "subOrganizationOf", "Đảng bộ xã Thanh Luông", None) in found.relations


def test_short_forms_of_the_farmers_association_and_its_office() -> None:
    found = read("Dự có đồng chí Lê Thị Kim Xuyên, Phó Chánh Văn Phòng Hội ND tỉnh Trà Vinh, đồng chí Nguyễn "
                 "Hoàng Khải.")
    office = "Văn phòng Hội Nông dân tỉnh Trà Vinh"
    assert ("Lê Thị Kim Xuyên", "holdsPost", office, "Phó Chánh Văn phòng") in found.relations
    assert (office, "subOrganizationOf", "Hội Nông dân tỉnh Trà Vinh", None) in found.relations


def test_the_provinces_committee_for_ethnic_affairs() -> None:
    found = read("Ông K’Điện Thông, Trưởng Ban Dân tộc tỉnh Lâm Đồng phát biểu. Bà Lê Thị Hoa, Trưởng Ban Dân tộc "
                 "HĐND tỉnh Lâm Đồng dự.")
    assert ("K’Điện Thông", "holdsPost", "Ban Dân tộc tỉnh Lâm Đồng", "Trưởng ban") in found.relations
    assert ("Lê Thị Hoa", "holdsPost", "Ban Dân tộc Hội đồng nhân dân tỉnh Lâm Đồng", "Trưởng ban") in found.relations


def test_recipients_after_doi_voi() -> None:
    found = read("Dịp này, Ban Dân tộc tỉnh Đắk Nông tặng Giấy khen đối với 4 cá nhân, trong đó có bà Ka Hương, "
                 "người có uy tín thôn Mặn Đức.")
    assert ("Ka Hương", "receivedAward", "Giấy khen của Ban Dân tộc tỉnh Đắk Nông", None) in found.relations


def test_an_associations_centre_is_its_central_executive_committee() -> None:
    found = read("Đồng chí Lưu Văn Hòa, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam phát biểu. Trung ương "
                 "Hội Nông dân Việt Nam đã phát động phong trào thi đua. Hội Nông dân Việt Nam có 10 triệu hội viên.")
    committee = "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"
    assert not found.has("Organization", "Trung ương Hội Nông dân Việt Nam")
    assert (committee, "subOrganizationOf", "Hội Nông dân Việt Nam", None) in found.relations


def test_the_farmers_association_abbreviated_in_a_byline() -> None:
    found = read("Hội Nông dân huyện Mỏ Cày Nam tổ chức ra mắt Hội quán nông dân.",
                 author="Minh Trung – HND huyện Mỏ Cày Nam")
    assert found.has("Person", "Minh Trung")
    assert not found.has("Place", "huyện Mỏ Cày Nam")
