"""Bylines where published pages put them, with the page's lines around them (invented names)."""

from kg.ingest import parse_article

BODY = "Hội nghị Hội Nông dân huyện\n\nNgày 3/1, Hội Nông dân huyện Hòa Lâm tổ chức hội nghị.\n"


def author(text: str) -> str | None:
    return parse_article(text, "x.txt", "x.txt", is_html=False).author


def test_a_credit_in_brackets_after_the_byline() -> None:
    assert author(BODY + "Tiến Lâm\n(Nguồn: theo Báo Quân khu 9)\nBài viết, ảnh gửi về banbientap@example.vn") \
        == "Tiến Lâm"


def test_the_outlets_name_in_capitals_after_the_author_and_its_masthead() -> None:
    text = BODY + ("Xuân Hòa  BÁO HÒA LÂM ĐIỆN TỬ\nTổng biên tập: Lê Văn Tường\n"
                   "Phó Tổng biên tập: Trần Thu Vân, Ngô Thị Thủy")
    article = parse_article(text, "x.txt", "x.txt", is_html=False)
    assert article.author == "Xuân Hòa"
    assert "Lê Văn Tường" not in article.text and "Trần Thu Vân" not in article.text  # the newsroom's


def test_a_rating_widget_after_the_byline() -> None:
    assert author(BODY + "Thanh Hiền\n5/5 - (1 bình chọn)") == "Thanh Hiền"


def test_a_given_name_after_the_initial_of_the_family_name() -> None:
    assert author(BODY + "H.Thanh") == "H.Thanh"
    assert author(BODY + "T. Trang") == "T. Trang"
    assert author(BODY + "B.T") is None  # initials alone: no name


def test_the_names_under_a_title_below_the_date_line() -> None:
    assert author("Thứ Tư, 07/01/2026\nChủ tịch tỉnh trao quyết định bổ nhiệm\nNhư Ý\n"
                  "Sáng 7/1, Chủ tịch UBND tỉnh Hòa Lâm trao quyết định.") == "Như Ý"


def test_a_labelled_byline_glued_to_the_last_caption() -> None:
    assert author(BODY + "Lãnh đạo xã trao giấy khen cho các cá nhân Tin bài: Mỹ Lan -Thanh Thủy") \
        == "Mỹ Lan -Thanh Thủy"
    assert author(BODY + "Lãnh đạo xã trao giấy khen cho các cá nhân Tin bài: các đồng chí") is None


def test_dashed_authors_with_their_locality_in_brackets_under_the_title() -> None:
    assert author("PHƯỜNG HÒA LÂM GẶP MẶT NGƯỜI CÓ UY TÍN\nKiên Trung - Văn Hải (HL)\n"
                  "Nhân dịp Tết, Ủy ban nhân dân phường Hòa Lâm tổ chức gặp mặt.") == "Kiên Trung - Văn Hải"


def test_each_author_of_a_byline_dashed_on_one_side_is_a_person() -> None:
    from kg.extract import extract
    from kg.resolve import resolve

    text = BODY + "Lãnh đạo xã trao giấy khen cho các cá nhân Tin bài: Mỹ Lan -Thanh Thủy"
    kb = resolve([extract(parse_article(text, "x.txt", "x.txt", is_html=False))])
    assert {"Mỹ Lan", "Thanh Thủy"} <= {e.label for e in kb.entities if e.type == "Person"}


def test_a_byline_under_a_caption_of_a_wrapped_text_is_no_part_of_it() -> None:
    text = ("Lễ trao Huy hiệu Đảng đợt 7/11\n"
            "Ngày 14-11-2023, đồng chí Lê Văn Hòa, Phó Bí thư Thường trực Huyện ủy, Chủ tịch\n"
            "HĐND huyện Hòa Lâm chủ trì Lễ trao Huy hiệu 30 năm, 40 năm và 50 năm tuổi Đảng\n"
            "cho các đảng viên của Đảng bộ huyện. Theo đó, trong đợt này Đảng bộ huyện vinh dự\n"
            "có 10 đảng viên được tặng huy hiệu Đảng, trong đó có 3 đảng viên được tặng huy\n"
            "hiệu 50 năm tuổi Đảng và 7 đảng viên được tặng huy hiệu 30 năm tuổi Đảng vừa qua.\n"
            "Lãnh đạo huyện trao Huy hiệu 40 năm tuổi Đảng cho 02 đảng viên tại buổi lễ hôm\n"
            "Nhật Hòa")
    article = parse_article(text, "x.txt", "x.txt", is_html=False)
    assert article.author == "Nhật Hòa"
    assert "Chủ tịch HĐND huyện" in article.text  # the wrapped lines still joined
