"""Patterns of the articles read in the twenty-ninth session (2024–2025 news pages and vietnews), written with
invented people and places."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

from kg.extract import extract
from kg.ingest import parse_article


def test_a_title_written_with_capitals_is_no_ministry() -> None:
    found = read("Ban Chấp hành Trung ương khai trừ khỏi Đảng ông Lê Văn Tâm - nguyên Bộ Trưởng, Chủ nhiệm Văn "
                 "phòng Chính phủ.")
    assert "Bộ Trưởng" not in found.entities["Organization"]
    assert ("Lê Văn Tâm", "holdsPost", "Văn phòng Chính phủ", "nguyên Chủ nhiệm") in found.relations


def test_a_document_s_kind_written_with_capitals_is_no_ministry() -> None:
    found = read("Hội đã góp ý vào nhiều dự thảo như: Bộ Luật tố tụng hình sự (sửa đổi); Luật tổ chức cơ quan điều "
                 "tra hình sự.")
    assert not any(label.startswith("Bộ Luật") for label in found.entities.get("Organization", set()))


def test_junctions_underpasses_and_a_peninsula_are_named_after_no_person() -> None:
    found = read("Ông Lê Văn Nghĩa kiểm tra tiến độ hầm chui Điện Biên Phủ - Nguyễn Tri Phương và dự án nút giao "
                 "Nguyễn Thái Sơn, cầu vượt Nguyễn Kiệm. Dư luận quan tâm quy hoạch bán đảo Sơn Trà.")
    assert found.entities["Person"] == {"Lê Văn Nghĩa", "Minh Anh"}  # (Minh Anh: the byline)


def test_the_party_s_name_before_1951() -> None:
    found = read("Trường có nhiều cựu học sinh trở thành nhà lãnh đạo như Tổng Bí thư Đảng Cộng sản Đông Dương Lê "
                 "Văn Tâm.")
    assert "Đảng Cộng sản Đông Dương" in found.entities["Organization"]
    assert "Lê Văn Tâm" in found.entities["Person"]


def test_a_chain_of_posts_and_a_rank_after_who_attends() -> None:
    found = read("Tham dự còn có Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Thượng tướng Lê Văn Tâm, lãnh đạo Bộ "
                 "Công an.")
    assert ("Lê Văn Tâm", "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Bộ Công an", "Bộ trưởng") in found.relations


def test_a_rare_family_name() -> None:
    found = read("Luật gia Ấu Duy Tâm, Chủ tịch Hội Luật gia tỉnh Hòa Lâm khóa XIII tái cử Chủ tịch Hội.")
    assert "Ấu Duy Tâm" in found.entities["Person"]


def test_a_title_in_the_plural_said_of_the_names_after_includes() -> None:
    found = read("Các Phó Chủ tịch UBND tỉnh Hòa Lâm đều tái đắc cử gồm các ông Đặng Văn Hậu, Nguyễn Văn Thành và "
                 "bà Vũ Thị Thu.")
    for name in ("Đặng Văn Hậu", "Nguyễn Văn Thành", "Vũ Thị Thu"):
        assert (name, "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_list_ends_before_one_named_back() -> None:
    found = read("Chủ tịch UBND tỉnh Hòa Lâm Nguyễn Thành Phong chủ trì. UBND tỉnh chỉ còn 3 lãnh đạo là Chủ tịch "
                 "UBND tỉnh Nguyễn Thành Phong và 2 Phó Chủ tịch gồm các ông Lê Thanh Liêm, Trần Vĩnh Tuyến, ông "
                 "Phong hi vọng sớm bầu bổ sung.")
    assert ("Lê Thanh Liêm", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations
    assert not any(s == "Nguyễn Thành Phong" and role and role.endswith("Phó Chủ tịch")
                   for s, _, _, role in found.relations)


def test_a_bare_head_and_a_count_after_a_comma_name_the_event_back() -> None:
    found = read("Sáng 12/7, Hiệp hội Doanh nghiệp quận Tân Hòa tổ chức Lễ kỷ niệm 15 năm thành lập. Tại Lễ kỷ niệm, "
                 "hơn 500 doanh nghiệp trong và ngoài quận đã tham gia trưng bày 200 gian hàng.")
    assert not any("hơn 500" in label for label in found.entities["Event"])


def test_a_meeting_s_name_ends_before_what_the_text_says_of_it() -> None:
    found = read("Hội nghị Trung ương 14 kết thúc sau 3 ngày làm việc. Cuộc thi bắt đầu từ ngày 13/5/2024 và kết thúc "
                 "vào ngày 2/8/2024.")
    assert not any(label.endswith(("kết thúc", "bắt đầu")) for label in found.entities.get("Event", set()))


def test_a_title_quoted_after_a_cited_event_is_its_document_s() -> None:
    found = read("Tỉnh đang tổng kết thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa "
                 'XII "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy".')
    assert "Hội nghị Trung ương 6 khóa XII" in found.entities["Event"]


def test_a_district_named_bare_before_its_province() -> None:
    found = read("Ông Lê Văn Tâm sinh năm 1976, quê Yên Thành, Nghệ An. Ông Bùi Văn Cẩm, Bí thư Đảng ủy xã Tiên Cẩm "
                 "(Tiên Phước, Quảng Nam) cho biết.")
    assert {"Huyện Yên Thành", "Huyện Tiên Phước"} <= found.entities["Place"]
    assert "Yên Thành" not in found.entities["Person"]


def test_a_quote_no_movement_s_kind_or_carrying_out_precedes_is_no_model() -> None:
    found = read("Nhà xuất bản Quân đội nhân dân vừa phát hành cuốn sách “Việt Nam 30 năm đổi mới”. Ông Lê Văn Tâm "
                 "nhắc lại câu nói “Không có gì quý hơn độc lập, tự do”. Hội Nông dân xã Tân Hòa tiếp tục thực hiện "
                 "phong trào “Nông dân sản xuất, kinh doanh giỏi” và theo tinh thần “3 không”.")
    assert found.entities["PracticeModel"] == {"Nông dân sản xuất, kinh doanh giỏi", "3 không"}


def test_models_listed_after_a_semicolon_or_launched() -> None:
    found = read("Thành phố có nhiều mô hình hay như: mô hình “Tổ dân phố tự quản” của Công an thành phố; “Xếp hàng "
                 "đón con” tại cổng các trường tiểu học. Huyện đoàn Tân Hòa ra quân “Ngày Chủ nhật xanh” vào tuần "
                 "đầu tháng.")
    assert {"Tổ dân phố tự quản", "Xếp hàng đón con", "Ngày Chủ nhật xanh"} <= found.entities["PracticeModel"]


def test_a_roster_counted_in_small_letters_with_includes_and_ranks() -> None:
    found = read("Ngoài thượng tướng Trần Văn Tỏ, Bộ Công an hiện có 3 thứ trưởng khác, gồm thượng tướng Lương Văn "
                 "Quang, trung tướng Lê Văn Hùng và trung tướng Lê Văn Tuyến.")
    for name in ("Lương Văn Quang", "Lê Văn Hùng", "Lê Văn Tuyến"):
        assert (name, "holdsPost", "Bộ Công an", "Thứ trưởng") in found.relations


def test_a_career_listed_before_the_next_step_is_all_left_and_a_rank_s_branch_is_no_name() -> None:
    found = read("Ông Lê Minh Tâm sinh năm 1960. Giữa năm 1992, ông là cán bộ biệt phái cấp hàm Trung tá An ninh. Sau "
                 "đó, ông lần lượt kinh qua nhiều vị trí như: Phó Chánh Văn phòng UBND tỉnh Hòa Lâm; Chủ tịch UBND "
                 "huyện Tân Hòa, trước khi trở thành Phó Chủ tịch UBND tỉnh Hòa Lâm vào đầu năm 2010.")
    assert "An" not in found.entities["Person"]
    assert ("Lê Minh Tâm", "holdsPost", "Ủy ban nhân dân huyện Tân Hòa", "nguyên Chủ tịch") in found.relations


def test_several_terms_after_a_post_go_on_with_the_chain() -> None:
    found = read("Ông Lê Văn Tâm là Ủy viên Trung ương Đảng khóa XII, XIII; Ủy viên Ban Bí thư khóa XIII.")
    assert ("Lê Văn Tâm", "holdsPost", "Ban Bí thư", "Ủy viên") in found.relations


def test_a_post_joined_by_and_to_what_the_person_is() -> None:
    found = read("Ông Lê Văn An là Bí thư Tỉnh ủy Hòa Lâm (từ 8/2024) và đại biểu Quốc hội khóa XV. Ông Lê Văn Cường "
                 "là Chủ tịch UBND tỉnh Hòa Lâm và Phó Bí thư Tỉnh ủy Lê Văn Dũng dự họp.")
    assert ("Lê Văn An", "holdsPost", "Quốc hội", "Đại biểu") in found.relations
    assert not any(s == "Lê Văn Cường" and role == "Phó Bí thư" for s, _, _, role in found.relations)


def test_the_city_s_police_written_as_one_word() -> None:
    found = read("Thượng tá Lê Văn An, Phó Giám đốc CATP Hà Nội phát biểu. Phó Chủ tịch UBND TPHCM Lê Văn Hùng dự.")
    assert ("Lê Văn An", "holdsPost", "Công an thành phố Hà Nội", "Phó Giám đốc") in found.relations
    assert ("Lê Văn Hùng", "holdsPost", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Phó Chủ tịch") in found.relations


def test_a_dated_step_in_an_article_with_no_other_year_reads() -> None:
    # (the article's year was taken from years of 19xx and 20xx alone: max() of none failed)
    article = parse_article("Lịch sử làng\n\nNăm 1885, ông Nguyễn Văn An được bổ nhiệm giữ chức Chủ tịch UBND huyện "
                            "Hòa Lâm.\n", "x.txt", "x.txt", is_html=False)
    assert article.published is None
    assert any(m.label == "Nguyễn Văn An" for m in extract(article).mentions)
