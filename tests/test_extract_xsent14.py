"""Links whose two ends are in different sentences: the article's body, event or person carried
from the sentence that names it to the one that says what it does (invented articles)."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_the_body_a_request_is_addressed_to_by_its_head_alone_runs_the_model() -> None:
    # "đề nghị Trung tâm nâng cao …": the head alone after the request names back the article's
    # one body of that head, whatever verb follows it, and runs what it is asked to keep up
    found = read(
        "Sáng 14/2, Trung tâm Dịch vụ Nông nghiệp huyện Hòa Lâm tổ chức hội nghị tổng kết năm 2025. "
        "Phát biểu chỉ đạo, đồng chí Lê Văn Tâm đề nghị Trung tâm nâng cao chất lượng tư vấn, tiếp tục "
        "thực hiện phong trào “Nông dân Hòa Lâm sản xuất sạch” trong năm 2026."
    )
    assert ("Trung tâm Dịch vụ Nông nghiệp huyện Hòa Lâm", "practices", "Nông dân Hòa Lâm sản xuất sạch",
            None) in found.relations


def test_a_head_followed_by_a_name_after_a_request_is_another_body() -> None:
    found = read(
        "Sáng 14/2, Trung tâm Dịch vụ Nông nghiệp huyện Hòa Lâm tổ chức hội nghị tổng kết năm 2025. "
        "Đồng chí Lê Văn Tâm đề nghị Trung tâm Y tế huyện phối hợp thực hiện phong trào “Làng khỏe Hòa Lâm”."
    )
    assert ("Trung tâm Dịch vụ Nông nghiệp huyện Hòa Lâm", "practices", "Làng khỏe Hòa Lâm",
            None) not in found.relations


def test_a_clause_set_at_the_occasion_reviews_the_holder_s_movement() -> None:
    # "Tại buổi gặp mặt, …": the occasion the article reports; what is reviewed there is run by
    # the body that held it (its standing board holds it for the committee)
    found = read(
        "Ngày 9/11, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tân Lập tổ chức gặp mặt người có uy tín "
        "năm 2025. Dự buổi gặp mặt có đồng chí Hà Văn Dũng, Phó Bí thư Huyện ủy. Tại buổi gặp mặt, các "
        "đại biểu đã nghe báo cáo kết quả thực hiện Cuộc vận động “Bản làng Tân Lập đoàn kết, văn minh”."
    )
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Lập", "practices", "Bản làng Tân Lập đoàn kết, văn minh",
            None) in found.relations


def test_what_is_asked_at_the_meeting_is_not_the_holder_s() -> None:
    found = read(
        "Ngày 9/11, Ban Thường trực Ủy ban MTTQ Việt Nam phường Tân Lập tổ chức hội nghị phản biện dự thảo "
        "kế hoạch chỉnh trang đô thị. Tại hội nghị, các ý kiến đề nghị làm rõ lộ trình thực hiện gắn với "
        "mô hình “Phố sạch Tân Lập”."
    )
    assert not any(r[1] == "practices" and r[2] == "Phố sạch Tân Lập" for r in found.relations)


def test_the_meeting_adopts_one_document_to_carry_out_another_for_its_holder() -> None:
    # "Hội nghị thống nhất ban hành Chương trình … thực hiện Nghị quyết …": the meeting, the sentence's
    # subject, adopts the first (issued) and carries out the second, for the body that held it
    found = read(
        "Ngày 16/9/2025, Đảng ủy Tổng công ty Sông Lam tổ chức Hội nghị Ban Chấp hành Đảng bộ Tổng công ty "
        "lần thứ ba. Đồng chí Lê Văn An, Bí thư Đảng ủy chủ trì hội nghị. Hội nghị thống nhất ban hành "
        "Chương trình hành động số 07-CTr/ĐU thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy Hòa Lâm."
    )
    assert ("Đảng ủy Tổng công ty Sông Lam", "implements", "Nghị quyết 12-NQ/TU", None) in found.relations
    assert ("Đảng ủy Tổng công ty Sông Lam", "implements", "Chương trình hành động 07-CTr/ĐU",
            None) not in found.relations


def test_the_subject_that_holds_the_meeting_with_a_partner_runs_what_it_reviews() -> None:
    # "Hội LHPN thị xã X cùng Liên đoàn Lao động thị xã tổ chức hội nghị …": the subject holds it, its
    # partner helps; "… thực hiện Chỉ thị số 21 của Ban Bí thư và cuộc vận động “A”": the document's
    # issuer, after "của", is no subject of the clause
    found = read(
        "Sáng ngày 06/3, Hội LHPN thị xã Tân Lập cùng Liên đoàn Lao động thị xã tổ chức Hội nghị chuyên đề "
        "về công tác phụ nữ. Tại hội nghị, các đại biểu đã nghe báo cáo kết quả thực hiện Chỉ thị số "
        "21-CT/TW của Ban Bí thư và cuộc vận động “Gia đình Tân Lập no ấm” trên địa bàn thị xã."
    )
    assert ("Hội Liên hiệp Phụ nữ thị xã Tân Lập", "practices", "Gia đình Tân Lập no ấm", None) in found.relations
    assert not any(r[0].startswith("Liên đoàn Lao động") and r[1] == "practices" for r in found.relations)


def test_a_model_whose_owner_is_named_after_it_is_not_the_holder_s() -> None:
    found = read(
        "Sáng 17/5, Đảng ủy Trường Đại học Y Tân Lập tổ chức Lễ kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh. "
        "Tại buổi lễ, đồng chí Lê Văn Hòa - Bí thư Đảng ủy đánh giá kết quả thực hiện các phong trào, trong "
        "đó có mô hình “Thầy thuốc trẻ Tân Lập” của Đoàn Thanh niên Trường."
    )
    assert ("Đảng ủy Trường Đại học Y Tân Lập", "practices", "Thầy thuốc trẻ Tân Lập", None) not in found.relations


def test_the_body_an_award_is_handed_to_by_its_head_alone_receives_it() -> None:
    # "tặng Bằng khen cho Bệnh viện vì …": the head alone after "cho" names back the article's one body
    found = read(
        "Ngày 12/3, Bệnh viện Đa khoa tỉnh Hòa Lâm tổ chức hội nghị trực tuyến về y tế cơ sở. "
        "Dịp này, Bộ trưởng Bộ Y tế tặng Bằng khen cho Bệnh viện vì thành tích trong công tác chỉ đạo tuyến."
    )
    assert any(r[0] == "Bệnh viện Đa khoa tỉnh Hòa Lâm" and r[1] == "receivedAward" and r[2].startswith("Bằng khen")
               for r in found.relations)


def test_a_person_named_again_by_the_post_alone_presents_the_badge() -> None:
    # "Dự buổi lễ có đồng chí A, Phó Bí thư Thường trực Tỉnh ủy X. Đồng chí Phó Bí thư Thường trực Tỉnh
    # ủy trao Huy hiệu Đảng cho …": the post after "đồng chí", no name after it, is its one holder's
    found = read(
        "Sáng 31/8, Thành ủy Tân Lập tổ chức Lễ trao tặng Huy hiệu 65 năm tuổi Đảng cho đồng chí Y Hlơn. "
        "Dự buổi lễ có đồng chí A Blăng, Phó Bí thư Thường trực Tỉnh ủy Hòa Lâm. Đồng chí Phó Bí thư "
        "Thường trực Tỉnh ủy trao Huy hiệu Đảng cho đồng chí Y Hlơn."
    )
    assert ("Huy hiệu 65 năm tuổi Đảng", "awardedBy", "A Blăng", None) in found.relations
    assert found.aliases.get("A Blăng", set()) <= {"A Blăng"}  # the title is no alias of the person


def test_a_post_two_people_were_said_to_hold_names_neither() -> None:
    found = read(
        "Sáng 31/8, Thành ủy Tân Lập tổ chức Lễ trao tặng Huy hiệu 65 năm tuổi Đảng cho đồng chí Y Hlơn. "
        "Dự buổi lễ có đồng chí A Blăng, Phó Bí thư Tỉnh ủy Hòa Lâm và đồng chí Lê Văn Hùng, Phó Bí thư "
        "Tỉnh ủy Hòa Lâm. Đồng chí Phó Bí thư Tỉnh ủy trao Huy hiệu Đảng cho đồng chí Y Hlơn."
    )
    assert not any(r[1] == "awardedBy" and r[2] in ("A Blăng", "Lê Văn Hùng") for r in found.relations)


def test_units_a_body_says_it_has_are_under_it_when_named_later() -> None:
    # "… Cục Thuế tỉnh X cho biết, đơn vị đang sắp xếp 8 chi cục thuế trực thuộc …. Chi cục Thuế huyện A và
    # Chi cục Thuế huyện B hợp nhất …": the units counted under the body, named one by one after
    found = read(
        "Ông Y Bhin Niê, Cục trưởng Cục Thuế tỉnh Hòa Lâm cho biết, thực hiện Quyết định số 1192/QĐ-BTC của "
        "Bộ Tài chính, đơn vị đang sắp xếp 8 chi cục thuế trực thuộc thành 3 chi cục thuế khu vực. Theo lộ "
        "trình, Chi cục Thuế huyện Tân Lập và Chi cục Thuế huyện Đông Mai hợp nhất trước ngày 1/6/2024."
    )
    for unit in ("Chi cục Thuế huyện Tân Lập", "Chi cục Thuế huyện Đông Mai"):
        assert (unit, "subOrganizationOf", "Cục Thuế tỉnh Hòa Lâm", None) in found.relations
        assert (unit, "subOrganizationOf", "Bộ Tài chính", None) not in found.relations


def test_an_officer_named_before_with_one_post_tells_of_the_post_s_body_s_model() -> None:
    # "… đồng chí A, Chủ tịch Công đoàn Tổng công ty X. … Đồng chí A báo cáo kết quả phong trào “B”": the
    # person carries the one post the article gave them into the sentence that tells of the model
    found = read(
        "Sáng 20/1, Tổng công ty Hàng hải Tân Lập tổ chức Hội nghị người lao động năm 2026. Chủ trì hội nghị "
        "có đồng chí Mai Văn Trường, Chủ tịch Công đoàn Tổng công ty Hàng hải Tân Lập. Đồng chí Mai Văn "
        "Trường báo cáo kết quả phong trào “Người lao động Tân Lập sáng tạo” năm 2025."
    )
    assert ("Công đoàn Tổng công ty Hàng hải Tân Lập", "practices", "Người lao động Tân Lập sáng tạo",
            None) in found.relations


def test_an_officer_with_two_posts_tells_of_no_one_body_s_model() -> None:
    found = read(
        "Sáng 20/1, Tổng công ty Hàng hải Tân Lập tổ chức Hội nghị người lao động năm 2026. Chủ trì hội nghị "
        "có đồng chí Mai Văn Trường, Bí thư Đảng ủy, Tổng Giám đốc Tổng công ty Hàng hải Tân Lập. Đồng chí "
        "Mai Văn Trường báo cáo kết quả phong trào “Người lao động Tân Lập sáng tạo” năm 2025."
    )
    assert not any(r[1] == "practices" and r[0].startswith("Đảng ủy") for r in found.relations)


def test_the_units_of_the_article_s_association_carry_out_the_document_for_it() -> None:
    # "Các chi hội được tổ chức lại … theo Nghị quyết số …": the association's units as the clause's subject
    found = read(
        "Sáng 22/3, Hội Cựu chiến binh phường Tân Lập tổ chức Lễ công bố quyết định thành lập 38 chi hội khu "
        "phố. Các chi hội được tổ chức lại vì khu phố trên địa bàn đã nhập, đổi tên theo Nghị quyết số "
        "27/NQ-HĐND của Hội đồng nhân dân thành phố Hòa Lâm."
    )
    assert any(r[0] == "Hội Cựu chiến binh phường Tân Lập" and r[1] == "implements" and "27/NQ-HĐND" in r[2]
               for r in found.relations)


def test_what_the_members_say_of_a_document_is_not_carried_out_by_their_association() -> None:
    found = read(
        "Sáng 10/5, Hội Nông dân tỉnh Hòa Lâm tổ chức đối thoại với nông dân. Nhiều hội viên nông dân đã nêu "
        "ý kiến về chính sách hỗ trợ mua máy cấy theo Nghị quyết số 09/2022/NQ-HĐND của HĐND tỉnh."
    )
    assert not any(r[0] == "Hội Nông dân tỉnh Hòa Lâm" and r[1] == "implements" for r in found.relations)


def test_the_comrade_alone_names_again_the_one_person_of_the_sentence_before() -> None:
    # "Đồng chí A … dự và phát biểu chỉ đạo. Dịp này, đồng chí trao Bằng khen …": the subject left out,
    # "đồng chí" alone, is the one person the sentence before named
    found = read(
        "Sáng 12/1, Hội Nông dân tỉnh Hòa Lâm tổ chức hội nghị tổng kết công tác Hội năm 2025. Đồng chí Lê Văn "
        "An, Phó Bí thư Tỉnh ủy Hòa Lâm dự và phát biểu chỉ đạo. Dịp này, đồng chí trao Bằng khen của Ban "
        "Chấp hành Trung ương Hội Nông dân Việt Nam cho Hội Nông dân huyện Tân Lập."
    )
    assert ("Bằng khen của Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "awardedBy", "Lê Văn An",
            None) in found.relations


def test_the_comrade_alone_after_a_list_of_guests_names_no_one() -> None:
    found = read(
        "Sáng 12/1, Hội Nông dân tỉnh Hòa Lâm tổ chức hội nghị tổng kết công tác Hội năm 2025. Dự hội nghị có "
        "đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy; đồng chí Trần Thị Bình, Phó Chủ tịch UBND tỉnh. Dịp này, "
        "đồng chí trao Bằng khen của Ban Chấp hành Trung ương Hội Nông dân Việt Nam cho Hội Nông dân huyện Tân Lập."
    )
    assert not any(r[1] == "awardedBy" and r[2] in ("Lê Văn An", "Trần Thị Bình") for r in found.relations)


def test_the_youth_union_s_units_asked_to_run_a_movement_give_it_to_the_union() -> None:
    # "đề nghị các cơ sở Đoàn gắn chiến dịch với phong trào “A”": the units of the youth union the
    # article is about (doers.md 4); not units named as another's ("các chi đoàn của cụm …")
    found = read(
        "Sáng 2/6, Ban Thường vụ Tỉnh đoàn Hòa Lâm tổ chức hội nghị triển khai chiến dịch hè năm 2025. Tỉnh "
        "đoàn Hòa Lâm phấn đấu thực hiện 45 công trình thanh niên. Phát biểu chỉ đạo, đồng chí Lê Thị Ngọc "
        "Diệp đề nghị các cơ sở Đoàn gắn chiến dịch với phong trào “Tuổi trẻ Hòa Lâm tình nguyện”."
    )
    assert ("Tỉnh đoàn Hòa Lâm", "practices", "Tuổi trẻ Hòa Lâm tình nguyện", None) in found.relations


def test_the_host_of_a_working_visit_carries_out_what_is_reviewed_at_it() -> None:
    # "Đoàn công tác … đã làm việc với Ban Thường trực Ủy ban MTTQ tỉnh X. … Tại buổi làm việc, …
    # thực hiện Kết luận …": no body is said to hold the meeting; the host it works with does
    found = read(
        "Ngày 14/3/2026, Đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam do bà Thạch Thị Lan làm trưởng đoàn "
        "đã làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Lâm. Tại buổi làm việc, các đại biểu "
        "nghe báo cáo kết quả thực hiện Kết luận số 112-KL/TW của Ban Bí thư."
    )
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hòa Lâm", "implements", "Kết luận 112-KL/TW", None) \
        in found.relations
