"""Who carries out a document, read across sentences (the twelfth round), by example: the
body that holds what the article reports carries out the documents a later sentence says it
is held under or reviews, on invented sentences about places and people the test batches do
not contain (docs/gold-conventions/doers.md items 7-10).
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ who holds the meeting later sentences go on about


def test_the_subject_holds_what_it_holds_with_a_partner_named_after_phoi_hop() -> None:
    found = read("Sáng 12/5, Sở Tư pháp tỉnh Sông Mây phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sông Mây tổ chức "
                 "hội nghị phổ biến pháp luật. Hội nghị nhằm triển khai Kế hoạch số 45/KH-UBND của UBND tỉnh "
                 "Sông Mây.")
    assert ("Sở Tư pháp tỉnh Sông Mây", "implements", "Kế hoạch 45/KH-UBND", None) in found.relations
    assert not any(p == "implements" and s == "Bộ đội Biên phòng tỉnh Sông Mây" for s, p, _, _ in found.relations)


def test_the_subject_holds_what_it_holds_together_with_another_body_named_after_cung() -> None:
    found = read("Sáng 8/3, Hội Liên hiệp Phụ nữ huyện Đông Mai cùng Liên đoàn Lao động huyện Đông Mai tổ chức "
                 "hội nghị chuyên đề. Hội nghị đã nghe báo cáo kết quả thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư.")
    assert ("Hội Liên hiệp Phụ nữ huyện Đông Mai", "implements", "Chỉ thị 21-CT/TW", None) in found.relations
    assert not any(p == "implements" and s == "Liên đoàn Lao động huyện Đông Mai" for s, p, _, _ in found.relations)


def test_a_body_that_holds_a_rite_with_ceremony_holds_it() -> None:
    found = read("Sáng 3/2, Huyện đoàn Đông Mai long trọng tổ chức lễ phát động Tháng Thanh niên năm 2026. "
                 "Hoạt động được tổ chức theo Kế hoạch số 14-KH/HĐ của Ban Thường vụ Huyện đoàn.")
    assert ("Huyện đoàn Đông Mai", "implements", "Kế hoạch 14-KH/HĐ", None) in found.relations


# ------------------------------------------------------------------ what the sentence says of the meeting


def test_an_activity_that_is_part_of_a_plan_is_carried_out_by_its_holder() -> None:
    found = read("Sáng 3/2, Huyện đoàn Đông Mai tổ chức lễ ra quân tình nguyện. "
                 "Hoạt động nằm trong Kế hoạch số 14-KH/HĐ về Tháng Thanh niên năm 2026.")
    assert ("Huyện đoàn Đông Mai", "implements", "Kế hoạch 14-KH/HĐ", None) in found.relations


def test_a_clause_set_at_the_meeting_reviews_for_the_body_that_held_it() -> None:
    found = read("Sáng 6/3, Hội Cựu chiến binh huyện Đông Mai tổ chức hội nghị sơ kết. "
                 "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả thực hiện Chỉ thị số 46-CT/TW của Ban Bí thư.")
    assert ("Hội Cựu chiến binh huyện Đông Mai", "implements", "Chỉ thị 46-CT/TW", None) in found.relations


def test_a_clause_set_at_the_meeting_that_names_who_reports_leaves_it_to_that_body() -> None:
    found = read("Sáng 6/3, Huyện ủy Đông Mai tổ chức hội nghị. Tại hội nghị, các đại biểu nghe Ủy ban nhân dân "
                 "huyện Đông Mai báo cáo kết quả thực hiện Nghị quyết số 12-NQ/HU.")
    assert not any(p == "implements" and s == "Huyện ủy Đông Mai" for s, p, _, _ in found.relations)


def test_fronted_documents_are_carried_out_by_the_subject_not_the_partner_that_helps_hold() -> None:
    found = read("Thực hiện Kế hoạch số 31/KH-MTTQ của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đông Mai. "
                 "Tối 25/11, Ban Thường trực Ủy ban MTTQ Việt Nam xã Bình An phối hợp với Thường trực HĐND xã "
                 "Bình An tổ chức hội nghị tiếp xúc cử tri.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Kế hoạch 31/KH-MTTQ"}
    assert doers and all("Hội đồng nhân dân" not in s for s in doers)


def test_a_committee_named_with_its_term_holds_the_meeting() -> None:
    found = read("Ngày 21/11, Ban Chấp hành Đảng bộ huyện Đông Mai khóa VI họp hội nghị lần thứ tư. "
                 "Hội nghị cũng rà soát việc thực hiện Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Nghị quyết 09-NQ/TU"}
    assert doers and all("Đông Mai" in s for s in doers)


def test_the_first_of_the_bodies_that_hold_a_forum_together_holds_it() -> None:
    found = read("Diễn đàn Nông dân khu vực miền Trung năm 2026 khai mạc ngày 26/11, do Hội Nông dân tỉnh Sông Mây "
                 "và Sở Nông nghiệp tỉnh Sông Mây đồng tổ chức. Diễn đàn đánh giá kết quả thực hiện Nghị quyết số "
                 "20-NQ/TW của Ban Chấp hành Trung ương.")
    assert ("Hội Nông dân tỉnh Sông Mây", "implements", "Nghị quyết 20-NQ/TW", None) in found.relations


# ------------------------------------------------------------------ a plan made to carry out another document


def test_a_body_that_carries_out_a_plan_made_for_a_directive_carries_out_the_directive() -> None:
    found = read("Năm 2025, Hội Luật gia tỉnh Sông Mây đã triển khai Kế hoạch số 21-KH/HLG về thực hiện "
                 "Chỉ thị số 41-CT/TW của Ban Bí thư.")
    assert ("Hội Luật gia tỉnh Sông Mây", "implements", "Chỉ thị 41-CT/TW", None) in found.relations


def test_a_body_that_reviews_a_conclusion_about_carrying_out_a_directive_does_not_carry_out_the_directive() -> None:
    found = read("Chiều 21/5, Tỉnh ủy Sông Mây tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của "
                 "Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert ("Tỉnh ủy Sông Mây", "implements", "Kết luận 01-KL/TW", None) in found.relations
    assert ("Tỉnh ủy Sông Mây", "implements", "Chỉ thị 05-CT/TW", None) not in found.relations


# ------------------------------------------------------------------ a list of documents after what governs it


def test_each_document_of_a_list_after_theo_is_carried_out() -> None:
    found = read("Hiện nay, Đảng bộ huyện Đông Mai đang chuẩn bị Đại hội đại biểu lần thứ XXIII theo Chỉ thị số "
                 "35-CT/TW của Bộ Chính trị và Kế hoạch số 108-KH/TU của Tỉnh ủy Sông Mây.")
    for doc in ("Chỉ thị 35-CT/TW", "Kế hoạch 108-KH/TU"):
        assert ("Đảng bộ huyện Đông Mai", "implements", doc, None) in found.relations


def test_what_a_body_does_strictly_under_a_guidance_carries_it_out() -> None:
    found = read("Các quần chúng đều được Đảng ủy Trường Đại học Sông Mây ra quyết định kết nạp theo đúng Hướng dẫn "
                 "số 12-HD/BTCTW của Ban Tổ chức Trung ương.")
    assert ("Đảng ủy Trường Đại học Sông Mây", "implements", "Hướng dẫn 12-HD/BTCTW", None) in found.relations


# ------------------------------------------------------------------ documents cited before the news, done by its doer


def test_documents_cited_before_an_admission_are_carried_out_by_the_cell_that_admits() -> None:
    found = read("Căn cứ Điều lệ Đảng và Quy định số 31-QĐ/TW của Ban Chấp hành Trung ương về thi hành Điều lệ "
                 "Đảng. Chiều ngày 19/3/2026, Chi bộ Trường Tiểu học Bình An đứng ra kết nạp quần chúng Lò Thị Hoa "
                 "vào Đảng.")
    assert ("Chi bộ Trường Tiểu học Bình An", "implements", "Quy định 31-QĐ/TW", None) in found.relations


# ------------------------------------------------------------------ a legal text's bases, enacted by the body above


def test_the_body_named_in_capitals_above_the_bases_carries_them_out() -> None:
    found = read("Hội đồng quản trị Công ty Cổ phần Bảo hiểm Sông Mây ban hành Nghị quyết về công tác cán bộ.\n\n"
                 "HỘI ĐỒNG QUẢN TRỊ CÔNG TY CỔ PHẦN BẢO HIỂM SÔNG MÂY\n\n"
                 "Căn cứ Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020;\n"
                 "Căn cứ Nghị quyết số 04/2026/NQ-ĐU ngày 10/3/2026 của Đảng ủy Công ty về công tác cán bộ;\n\n"
                 "QUYẾT NGHỊ:\n\nĐiều 1. Bổ nhiệm ông Lò Văn Toàn giữ chức Phó Tổng Giám đốc.")
    doers = {(s, o) for s, p, o, _ in found.relations if p == "implements"}
    assert ("Hội đồng quản trị Công ty cổ phần Bảo hiểm Sông Mây", "Nghị quyết 04/2026/NQ-ĐU") in doers


def test_the_documents_named_as_the_basis_of_a_congress_are_carried_out_by_its_holder() -> None:
    found = read("Ngày 12/6, Đảng bộ Viện Nghiên cứu Sông Mây tổ chức Đại hội đại biểu lần thứ III. "
                 "Căn cứ để tổ chức Đại hội là Chỉ thị số 47-CT/TW của Bộ Chính trị; Kế hoạch số 09-KH/ĐU "
                 "của Đảng ủy Bộ Nội vụ.")
    for doc in ("Chỉ thị 47-CT/TW", "Kế hoạch 09-KH/ĐU"):
        assert ("Đảng bộ Viện Nghiên cứu Sông Mây", "implements", doc, None) in found.relations


# ------------------------------------------------------------------ who issued it: a plenum's committee


def test_a_resolution_of_a_plenum_is_issued_by_the_committee_that_met() -> None:
    found = read("Thứ nhất, Nghị quyết số 39-NQ/TW ngày 14/10/2024 của Hội nghị lần thứ mười Ban Chấp hành Trung ương "
                 "Đảng khóa XIII đặt ra yêu cầu xây dựng đội ngũ cán bộ tư pháp.")
    assert ("Nghị quyết 39-NQ/TW", "issuedBy", "Ban Chấp hành Trung ương Đảng", None) in found.relations


# ------------------------------------------------------------------ the kinds of document


def test_an_action_plan_is_a_plan_issued_by_the_body_named_after_it() -> None:
    found = read("Đề nghị các đơn vị bám sát Kế hoạch hành động số 03-KH/BCSĐ của Ban cán sự đảng Bộ Khoa học và "
                 "Công nghệ.")
    assert "Kế hoạch hành động 03-KH/BCSĐ" in found.entities["Document"]
    assert ("Kế hoạch hành động 03-KH/BCSĐ", "issuedBy", "Ban cán sự đảng Bộ Khoa học và Công nghệ", None) \
        in found.relations
