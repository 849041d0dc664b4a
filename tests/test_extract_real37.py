"""Patterns of the round-33 real articles (2017 national papers), written with invented people:
a bridge's name is no person; "TP." before a title ends its sentence; a caption run into the next
sentence at "Với"; "Thông tấn xã Việt Nam" names no commune."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

from kg.resolve import _shortened


def test_a_bridge_named_after_a_person_or_a_place_is_no_person() -> None:
    found = read("Dự án mở rộng đoạn từ cầu Mai Dịch đến cầu Thăng Long. UBND yêu cầu Nguyễn Văn Hòa báo cáo.")
    assert found.entities["Person"] & {"Mai Dịch", "Thăng Long"} == set()
    assert "Nguyễn Văn Hòa" in found.entities["Person"]


def test_a_city_s_abbreviation_before_a_title_ends_the_sentence() -> None:
    found = read("Đoàn làm việc ở trụ sở LĐLĐ TP. Phó Chủ tịch Tổng LĐLĐ Việt Nam Lò Văn Tâm phát biểu.")
    assert ("Lò Văn Tâm", "holdsPost", "Tổng Liên đoàn Lao động Việt Nam", "Phó Chủ tịch") in found.relations
    assert not any("Phó Chủ" in label for label in found.entities["Organization"])
    assert "Thành phố Phó Chủ" not in found.entities.get("Place", set())


def test_a_city_s_abbreviation_before_its_name_goes_on() -> None:
    found = read("Đoàn làm việc ở TP. Thủ Dầu Một và TP. Hồ Chí Minh.")
    assert {"Thành phố Thủ Dầu Một", "Thành phố Hồ Chí Minh"} <= found.entities["Place"]


def test_a_caption_run_into_a_sentence_opening_with_voi() -> None:
    found = read("Thủ tướng chụp ảnh với đại biểu dự Hội nghị Với nhận thức sâu sắc đó, lực lượng công an "
                 "xác định nhiệm vụ.")
    assert not any("nhận thức" in label for label in found.entities.get("Event", set()))


def test_the_news_agency_names_no_commune() -> None:
    found = read("Đồng chí Lò Văn Tâm chúc mừng Thông tấn xã Việt Nam nhân kỷ niệm Ngày Báo chí Cách mạng Việt Nam.")
    assert "Thông tấn xã Việt Nam" in found.entities["Organization"]
    assert "Xã Việt Nam" not in found.entities.get("Place", set())


def test_a_committee_written_ub_is_the_committee() -> None:
    found = read("Ông Lò Văn Tâm, Chủ nhiệm UB Kinh tế của Quốc hội dự. UB TVQH và UB Trung ương MTTQ Việt Nam họp.")
    assert ("Lò Văn Tâm", "holdsPost", "Ủy ban Kinh tế của Quốc hội", "Chủ nhiệm") in found.relations
    assert {"Ủy ban Thường vụ Quốc hội", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"} \
        <= found.entities["Organization"]


def test_an_event_s_name_ends_before_dang_and_at_a_bracket_it_did_not_open() -> None:
    found = read("Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải đang diễn ra. Việt Nam phấn đấu vào nhóm 40 nước "
                 "đứng đầu (theo đánh giá của Diễn đàn Kinh tế thế giới) phấn đấu đến năm 2020.")
    assert not any(label.endswith(("đang", "2020")) for label in found.entities.get("Event", set()))


def test_a_post_of_the_front_as_a_whole_is_held_in_its_central_committee() -> None:
    found = read("Chủ tịch MTTQ Việt Nam Lò Văn Tâm dự. Vai trò của Mặt trận Tổ quốc Việt Nam rất lớn.")
    assert ("Lò Văn Tâm", "holdsPost", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch") in found.relations
    assert not any(r[1] == "subOrganizationOf" and r[2] == "Mặt trận Tổ quốc Việt Nam" for r in found.relations)


def test_a_birth_date_between_the_name_and_the_posts() -> None:
    found = read("1. Ông Lò Văn Tâm, sinh ngày 23 tháng 11 năm 1968, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư "
                 "Thường trực Tỉnh ủy Tiền Giang. 2. Ông Hà Văn Sáng, sinh ngày 2/1/1970, Phó Chánh án Tòa án nhân dân "
                 "cấp cao tại Hà Nội.")
    assert ("Lò Văn Tâm", "holdsPost", "Tỉnh ủy Tiền Giang", "Phó Bí thư Thường trực") in found.relations
    assert ("Hà Văn Sáng", "holdsPost", "Tòa án nhân dân cấp cao tại Hà Nội", "Phó Chánh án") in found.relations


def test_a_caption_run_into_a_sentence_opening_with_trong_or_after_tp() -> None:
    found = read("Bí thư Tỉnh ủy Điện Biên Lò Văn Tâm phát biểu Trong khi đó, quận 2 là quận ít dân nhất TP. "
                 "Theo quy hoạch, dân số sẽ tăng. Ông Hà Văn Khi, trú thôn Hội Khánh, dự.")
    assert "Lò Văn Tâm" in found.entities["Person"]
    assert "Hà Văn Khi" in found.entities["Person"]
    assert not any(label.endswith(("Theo", "Trong")) for labels in found.entities.values() for label in labels)


def test_the_city_written_as_one_word_with_its_level() -> None:
    found = read("Phó Chủ tịch LĐLĐ TPHCM Lò Văn Tâm cho biết. Ông Hà Văn Sáng – Phó Chủ tịch UBND TPHCM - nêu "
                 "quan điểm.")
    assert ("Lò Văn Tâm", "holdsPost", "Liên đoàn Lao động thành phố Hồ Chí Minh", "Phó Chủ tịch") in found.relations
    assert ("Hà Văn Sáng", "holdsPost", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Phó Chủ tịch") in found.relations


def test_a_caption_run_into_a_sentence_opening_with_ong_and_a_name() -> None:
    found = read("Buổi làm việc tại Hà Nội Ông Lò Văn Tâm cho biết sẽ hỗ trợ. Công an phường Cầu Ông Lãnh được khen.")
    assert "Lò Văn Tâm" in found.entities["Person"]
    assert not any("Ông" in label for label in found.entities["Person"] | found.entities.get("Place", set()))
    assert "Công an phường Cầu Ông Lãnh" in found.entities["Organization"]


def test_the_national_congress_named_in_its_resolution_is_an_event() -> None:
    found = read("Huyện ủy Tân Phong quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XII của Đảng.")
    assert found.has("Document", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng")
    assert found.has("Event", "Đại hội đại biểu toàn quốc lần thứ XII của Đảng")



def test_an_event_shortened_past_a_comma_in_its_name_is_that_event() -> None:
    # (as an article names one launch twice; resolve's _shortened reads the words, not the comma)
    assert _shortened("Lễ phát động trồng cây xuân Đinh Dậu 2017",
                      "Lễ phát động “Tết trồng cây, đời đời nhớ ơn Bác Hồ” xuân Đinh Dậu 2017")


def test_a_rehabilitation_centre_keeps_its_function_in_its_name() -> None:
    found = read("Trung tâm Phục hồi chức năng tỉnh Tân Phong tổ chức hội nghị tổng kết.")
    assert found.has("Organization", "Trung tâm Phục hồi chức năng tỉnh Tân Phong")


def test_a_province_written_with_a_dash_is_the_province() -> None:
    found = read("Thủ tướng phê chuẩn miễn nhiệm chức vụ Phó chủ tịch UBND tỉnh Thừa Thiên-Huế đối với ông Lê Văn An. "
                 "Ông Nguyễn Văn Cao, Chủ tịch UBND tỉnh Thừa Thiên Huế, phát biểu.")
    assert found.entities["Organization"] == {"Ủy ban nhân dân tỉnh Thừa Thiên Huế"}
    assert ("Lê Văn An", "holdsPost", "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "nguyên Phó Chủ tịch") in found.relations


def test_a_deputy_s_post_beside_the_head_s_post_in_the_same_body_is_the_former_one() -> None:
    found = read("Thủ tướng phê chuẩn việc bầu chức vụ Chủ tịch UBND tỉnh Đông Mai đối với ông Lê Văn An, "
                 "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Đông Mai.")
    assert ("Lê Văn An", "holdsPost", "Ủy ban nhân dân tỉnh Đông Mai", "Chủ tịch") in found.relations
    assert ("Lê Văn An", "holdsPost", "Ủy ban nhân dân tỉnh Đông Mai", "nguyên Phó Chủ tịch") in found.relations


def test_whom_a_meeting_disciplines_did_not_attend_it() -> None:
    found = read("Tại kỳ họp thứ 19, Ủy ban Kiểm tra Trung ương đã xem xét, thi hành kỷ luật Thiếu tướng Lê Văn An - "
                 "Phó Tư lệnh Quân khu 1. Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Bình phát biểu tại kỳ họp.")
    assert not any(s == "Lê Văn An" and p == "attended" for s, p, _, _ in found.relations)
    assert any(s == "Trần Văn Bình" and p == "attended" for s, p, _, _ in found.relations)


def test_a_title_said_of_a_place_heads_that_place_s_body() -> None:
    found = read("Chủ tịch tỉnh Đông Mai Lê Văn An và Bí thư huyện Tân Phong Trần Văn Bình dự lễ. "
                 "Đối với cựu Chủ tịch xã Lê Văn Cường, huyện đã xử lý.")
    assert ("Lê Văn An", "holdsPost", "Ủy ban nhân dân tỉnh Đông Mai", "Chủ tịch") in found.relations
    assert ("Trần Văn Bình", "holdsPost", "Huyện ủy Tân Phong", "Bí thư") in found.relations
    assert not any(o.startswith("Ủy ban nhân dân xã") for _, _, o, _ in found.relations)


def test_a_title_said_of_a_province_named_bare_heads_its_body() -> None:
    found = read("Chủ tịch Hà Nội Lê Văn An yêu cầu báo cáo; Bí thư Yên Bái Trần Văn Bình phát biểu.")
    assert ("Lê Văn An", "holdsPost", "Ủy ban nhân dân thành phố Hà Nội", "Chủ tịch") in found.relations
    assert ("Trần Văn Bình", "holdsPost", "Tỉnh ủy Yên Bái", "Bí thư") in found.relations


def test_a_body_s_short_form_in_brackets_between_the_post_and_the_name() -> None:
    found = read("Chủ tịch UBND tỉnh Đông Mai yêu cầu Giám đốc Sở Giáo dục và Đào tạo tỉnh Đông Mai (GD&ĐT) "
                 "Lê Văn An báo cáo.")
    assert ("Lê Văn An", "holdsPost", "Sở Giáo dục và Đào tạo tỉnh Đông Mai", "Giám đốc") in found.relations
