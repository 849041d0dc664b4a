"""Patterns of the round-49 real articles (dantri 2021, VLSP 2022 AbMuSu), written with invented people and
places: a body's name that goes on past a capitalised syllable in small letters ("Phòng Khảo thí", "Công ty
Trách nhiệm hữu hạn X"), the words read off a crawl of real news (kg/data/name_words_read.txt)."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_paper_s_name_goes_on_in_small_letters_after_a_capital() -> None:
    found = read("Ông Đỗ Văn Hòa, Tổng Biên tập Báo Điện tử Đảng Cộng sản Việt Nam phát biểu.")
    assert ("Đỗ Văn Hòa", "holdsPost", "Báo Điện tử Đảng Cộng sản Việt Nam", "Tổng Biên tập") in found.relations


def test_a_company_s_legal_form_written_out() -> None:
    found = read("Bà Trương Thị Lan, Giám đốc Công ty Trách nhiệm hữu hạn Hoa Lâm, cho biết.")
    assert ("Trương Thị Lan", "holdsPost", "Công ty Trách nhiệm hữu hạn Hoa Lâm", "Giám đốc") in found.relations


def test_an_association_whose_name_ends_on_a_word_begun_by_a_capital() -> None:
    found = read("Ông Lê Văn Tâm, Phó Chủ tịch Hội Vật liệu, phát biểu tại hội thảo.")
    assert ("Lê Văn Tâm", "holdsPost", "Hội Vật liệu", "Phó Chủ tịch") in found.relations


def test_a_ministry_s_field_alone_names_no_body_of_its_own() -> None:
    found = read("Ông Phạm Văn Hải, Bộ trưởng Kế hoạch và Đầu tư, phát biểu.")
    assert "Kế hoạch và Đầu tư" not in found.entities.get("Organization", set())


def test_a_department_against_corruption() -> None:
    found = read("Ông Phạm Trọng Hòa, Cục trưởng Cục Chống tham nhũng cho biết.")
    assert ("Phạm Trọng Hòa", "holdsPost", "Cục Chống tham nhũng", "Cục trưởng") in found.relations


def test_posts_then_a_rank_then_the_holder() -> None:
    found = read("Phát biểu kết luận, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Đại tướng Trần Văn Hòa nhấn mạnh.")
    assert ("Trần Văn Hòa", "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
    assert ("Trần Văn Hòa", "holdsPost", "Bộ Công an", "Bộ trưởng") in found.relations


def test_a_rank_ends_the_body_s_name_before_its_holder() -> None:
    found = read("Giám đốc Công an tỉnh Hòa Lâm Đại tá Nguyễn Văn Tâm cho biết.")
    assert ("Nguyễn Văn Tâm", "holdsPost", "Công an tỉnh Hòa Lâm", "Giám đốc") in found.relations


def test_a_rank_after_a_comma_inside_a_list_gives_the_holder_no_post_before_it() -> None:
    found = read("Tham dự có Phó Chủ tịch UBND tỉnh, Đại tá Nguyễn Văn Tâm – Giám đốc Công an tỉnh.")
    assert {r for r in found.relations if r[0] == "Nguyễn Văn Tâm" and r[1] == "holdsPost"} \
        == {("Nguyễn Văn Tâm", "holdsPost", "Công an tỉnh", "Giám đốc")}


def test_a_rare_family_name() -> None:
    found = read("Phó Chủ tịch UBND tỉnh Hòa Lâm Chử Văn Tâm đã đến kiểm tra.")
    assert "Chử Văn Tâm" in found.entities["Person"]


def test_the_place_a_body_lies_in_in_brackets_before_the_holder() -> None:
    found = read("Còn Chủ tịch UBND phường Tân Hòa (quận Phú Lương) Nguyễn Văn Tâm cho biết, lực lượng sẽ đến.")
    assert ("Nguyễn Văn Tâm", "holdsPost", "Ủy ban nhân dân phường Tân Hòa", "Chủ tịch") in found.relations


def test_the_state_treasury_by_its_short_form() -> None:
    found = read("Ông Trần Minh Tâm, Phó Giám đốc KBNN tỉnh Phú Yên, bị kỷ luật.")
    assert ("Trần Minh Tâm", "holdsPost", "Kho bạc Nhà nước tỉnh Phú Yên", "Phó Giám đốc") in found.relations


def test_an_event_s_name_ends_before_it_just_took_place() -> None:
    found = read("Tại cuộc họp Hội đồng thẩm định vừa diễn ra ở Bộ Tư pháp, ông Nguyễn Văn Tâm cho biết.")
    assert "Cuộc họp Hội đồng thẩm định" in found.entities["Event"]


def test_a_department_of_the_central_city_named_before_it() -> None:
    found = read("Theo báo cáo của Sở Y tế Hà Nội, thành phố có 19 khách sạn cách ly. Giám đốc Sở Y tế Trần Thị Hà "
                 "nêu bài học lây nhiễm chéo trong khu cách ly ở Yên Bái.")
    assert ("Trần Thị Hà", "holdsPost", "Sở Y tế thành phố Hà Nội", "Giám đốc") in found.relations


def test_fire_prevention_opens_no_office() -> None:
    found = read("Phòng Cảnh sát Phòng cháy chữa cháy Công an tỉnh Hòa Lâm đã dập tắt đám cháy.")
    assert not any(label.startswith("Phòng Cháy") for label in found.entities["Organization"])


def test_a_command_board_named_by_its_field_keeps_it() -> None:
    found = read("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Bình Định họp.")
    assert any(label.casefold().startswith("ban chỉ huy phòng chống thiên tai")
               for label in found.entities["Organization"])


def test_a_law_against_the_harm_of_alcohol_keeps_its_of() -> None:
    found = read("Người dân chấp hành nghiêm Luật Phòng, chống tác hại của rượu, bia, Luật Giao thông đường bộ.")
    assert found.entities["Document"] == {"Luật Phòng, chống tác hại của rượu, bia", "Luật Giao thông đường bộ"}


def test_a_document_adopted_ends_before_the_clause_s_is() -> None:
    found = read("Ông Nguyễn Văn Tâm cho rằng việc Quốc hội ban hành Nghị quyết về tổ chức chính quyền đô thị tại "
                 "thành phố Hòa Lâm là có cơ sở.")
    assert found.entities["Document"] == {"Nghị quyết về tổ chức chính quyền đô thị tại thành phố Hòa Lâm"}


def test_a_kind_alone_before_the_clause_s_is_names_no_document() -> None:
    found = read("Ông Nguyễn Văn Tâm cho rằng việc Quốc hội ban hành Nghị quyết là cần thiết.")
    assert "Document" not in found.entities
