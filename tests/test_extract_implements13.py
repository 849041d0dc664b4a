"""Who carries out a document (the thirteenth round), by example: how the genre points back to
what the article reports and to the body that held it, on invented sentences about places and
people the test batches do not contain (docs/gold-conventions/doers.md items 7-10).
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ what the article reports, pointed back to


def test_an_activity_pointed_back_to_as_part_of_a_plan_is_carried_out_by_its_holder() -> None:
    found = read("Sáng 3/2, Huyện đoàn Đông Mai tổ chức lễ ra quân tình nguyện hè. "
                 "Được biết, đây là hoạt động nằm trong Kế hoạch số 14-KH/HĐ về Tháng Thanh niên năm 2026.")
    assert ("Huyện đoàn Đông Mai", "implements", "Kế hoạch 14-KH/HĐ", None) in found.relations


def test_a_congress_pointed_back_to_as_held_under_a_directive_is_carried_out_by_its_holder() -> None:
    found = read("Sáng 15/4, Hội Nông dân xã Bình An tổ chức Đại hội đại biểu lần thứ X. "
                 "Đây là đại hội thực hiện theo Chỉ thị số 19-CT/TW của Ban Bí thư.")
    assert ("Hội Nông dân xã Bình An", "implements", "Chỉ thị 19-CT/TW", None) in found.relations


def test_pointing_back_to_a_meeting_that_names_who_reports_leaves_it_to_that_body() -> None:
    found = read("Sáng 6/3, Huyện ủy Đông Mai tổ chức hội nghị. Đây là hội nghị để Ủy ban nhân dân huyện Đông Mai "
                 "báo cáo kết quả thực hiện Nghị quyết số 12-NQ/HU.")
    assert not any(p == "implements" and s == "Huyện ủy Đông Mai" for s, p, _, _ in found.relations)


# ------------------------------------------------------------------ who held it


def test_a_body_that_opens_a_meeting_holds_it() -> None:
    found = read("Sáng 8/11, Đảng bộ Trường Cao đẳng Sông Mây mở hội nghị học tập chuyên đề cho các chi bộ. "
                 "Việc tổ chức hội nghị nằm trong Kế hoạch số 27-KH/ĐUK của Đảng ủy Khối các trường.")
    assert ("Đảng bộ Trường Cao đẳng Sông Mây", "implements", "Kế hoạch 27-KH/ĐUK", None) in found.relations


def test_the_subject_holds_with_partners_listed_after_a_colon() -> None:
    found = read("Vừa qua, Chi đoàn Sở Tư pháp tỉnh Sông Mây phối hợp với các chi đoàn: Sở Y tế tỉnh Sông Mây; "
                 "Sở Xây dựng tỉnh Sông Mây và Đoàn cơ sở Bưu điện tỉnh Sông Mây tổ chức hoạt động về nguồn. "
                 "Hoạt động nằm trong Kế hoạch số 05/KH-CĐ của Chi đoàn Sở Tư pháp tỉnh Sông Mây.")
    assert ("Chi đoàn Sở Tư pháp tỉnh Sông Mây", "implements", "Kế hoạch 05/KH-CĐ", None) in found.relations
    assert not any(p == "implements" and s == "Đoàn cơ sở Bưu điện tỉnh Sông Mây" for s, p, _, _ in found.relations)


# ------------------------------------------------------------------ whom a speaker asks to go on


def test_whom_a_speaker_asks_to_go_on_is_the_body_that_held_the_meeting() -> None:
    found = read("Sáng 5/3, Chi bộ ấp Bến Tràm tổ chức sinh hoạt định kỳ tháng 3. Phát biểu tại buổi sinh hoạt, "
                 "đồng chí Bí thư Huyện ủy đề nghị chi ủy tiếp tục quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.")
    assert ("Chi bộ ấp Bến Tràm", "implements", "Chỉ thị 35-CT/TW", None) in found.relations


def test_whom_a_speaker_asks_to_go_on_is_the_body_whose_ceremony_it_is() -> None:
    found = read("Sáng 5/11 đã diễn ra Lễ kỷ niệm 40 năm Ngày truyền thống của Phòng Cảnh sát giao thông Công an "
                 "tỉnh Sông Mây. Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh đề nghị Phòng tiếp tục "
                 "thực hiện nghiêm Kế hoạch số 31/KH-CAT về bảo đảm trật tự an toàn giao thông.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Kế hoạch 31/KH-CAT"}
    assert doers == {"Phòng Cảnh sát giao thông Công an tỉnh Sông Mây"}


def test_whom_a_speaker_asks_only_to_advise_the_body_that_carries_it_out_does_not() -> None:
    found = read("Sáng 5/11 đã diễn ra Lễ kỷ niệm 40 năm Ngày truyền thống của Phòng Cảnh sát giao thông Công an "
                 "tỉnh Sông Mây. Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh đề nghị Phòng tiếp tục tham "
                 "mưu cho Ban Giám đốc thực hiện nghiêm Kế hoạch số 31/KH-CAT về bảo đảm trật tự an toàn giao thông.")
    assert not any(p == "implements" and s == "Phòng Cảnh sát giao thông Công an tỉnh Sông Mây"
                   for s, p, _, _ in found.relations)


def test_bodies_in_general_asked_to_go_on_are_not_the_holder() -> None:
    found = read("Sáng 5/3, Huyện ủy Đông Mai tổ chức hội nghị. Đồng chí Bí thư đề nghị các xã tiếp tục thực hiện "
                 "Kế hoạch số 142/KH-UBND của UBND huyện Đông Mai.")
    assert not any(p == "implements" and s == "Huyện ủy Đông Mai" for s, p, _, _ in found.relations)


def test_whom_a_speaker_only_asks_to_carry_out_a_document_is_not_said_to_carry_it_out() -> None:
    found = read("Sáng 5/3, Chi bộ ấp Bến Tràm tổ chức sinh hoạt định kỳ tháng 3. Đồng chí Bí thư Huyện ủy "
                 "đề nghị chi ủy quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.")
    assert not any(p == "implements" and s == "Chi bộ ấp Bến Tràm" for s, p, _, _ in found.relations)


def test_whom_a_speaker_asks_to_go_on_is_the_body_whose_work_the_speaker_praised_before() -> None:
    found = read("Sáng 15/10, Ban Thường vụ Huyện ủy Đông Mai tổ chức hội nghị sơ kết. Phát biểu tại hội nghị, đồng "
                 "chí Phó Bí thư Tỉnh ủy đánh giá cao sự vào cuộc của Huyện ủy Đông Mai; đề nghị huyện tiếp tục "
                 "thực hiện nghiêm Quy định số 50-QĐ/TW của Bộ Chính trị.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Quy định 50-QĐ/TW"}
    assert doers == {"Huyện ủy Đông Mai"}


# ------------------------------------------------------------------ lists of bodies


def test_every_body_of_a_list_closed_by_va_carries_the_document_out() -> None:
    found = read("Ông Lê Văn Tâm ghi nhận sự chủ động của Hội Nông dân huyện Đông Mai và Hội Nông dân xã Bình An "
                 "trong thực hiện Nghị quyết số 04-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt Nam.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Nghị quyết 04-NQ/HNDTW"}
    assert doers == {"Hội Nông dân huyện Đông Mai", "Hội Nông dân xã Bình An"}


def test_a_body_a_comma_alone_sets_before_the_subject_is_not_of_its_list() -> None:
    found = read("Dưới sự hướng dẫn của Hội Liên hiệp Phụ nữ tỉnh Sông Mây, Hội Liên hiệp Phụ nữ huyện Đông Mai đã "
                 "cụ thể hóa Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Nghị quyết 05-NQ/HU"}
    assert doers == {"Hội Liên hiệp Phụ nữ huyện Đông Mai"}


# ------------------------------------------------------------------ whose meeting, not who acts


def test_a_head_named_back_after_a_meeting_word_is_whose_meeting_not_who_carries_out() -> None:
    found = read("Chi bộ thôn Bến Tràm sinh hoạt định kỳ với 20 đảng viên. Ngày 9/9, Ban Thường vụ Huyện ủy Đông Mai "
                 "họp cho ý kiến về kế hoạch tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025-2027 theo Chỉ thị "
                 "số 35-CT/TW của Bộ Chính trị.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Chỉ thị 35-CT/TW"}
    assert doers == {"Ban Thường vụ Huyện ủy Đông Mai"}


def test_the_meeting_the_article_reports_named_back_far_on_was_held_by_the_body_that_held_it() -> None:
    filler = " ".join(f"Chi bộ số {n} báo cáo {n} đảng viên hoàn thành tốt nhiệm vụ." for n in range(1, 9))
    found = read("Sáng 14/1, Đảng bộ Trường Đại học Sông Mây tổ chức Đại hội đại biểu lần thứ V. " + filler +
                 " Đại hội được tổ chức theo đúng Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.")
    assert ("Đảng bộ Trường Đại học Sông Mây", "implements", "Chỉ thị 35-CT/TW", None) in found.relations


def test_what_is_done_named_back_far_on_is_not_given_a_holder_of_another_meeting() -> None:
    filler = " ".join(f"Chi bộ số {n} báo cáo {n} đảng viên hoàn thành tốt nhiệm vụ." for n in range(1, 9))
    found = read("Sáng 7/10, Đảng ủy Sở Tư pháp tỉnh Sông Mây tổ chức hội nghị công bố quyết định. " + filler +
                 " Cuộc họp rà soát kết quả thực hiện Nghị quyết số 63-NQ/TW của Bộ Chính trị.")
    assert not any(p == "implements" and s == "Đảng ủy Sở Tư pháp tỉnh Sông Mây" for s, p, _, _ in found.relations)


# ------------------------------------------------------------------ two bodies named back together


def test_two_bodies_named_back_by_their_head_carry_out_what_the_clause_says() -> None:
    found = read("Hội Cựu chiến binh tỉnh Sông Mây có chuyến về nguồn tại tỉnh Hòa Lâm. Tiếp đoàn có ông Lê Văn Tâm, "
                 "Phó Chủ tịch Hội Cựu chiến binh tỉnh Hòa Lâm và lãnh đạo Hội Cựu chiến binh huyện Đông Mai. "
                 "Dịp này, hai Hội trao đổi kinh nghiệm thực hiện Chỉ thị số 46-CT/TW của Ban Bí thư.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Chỉ thị 46-CT/TW"}
    assert doers == {"Hội Cựu chiến binh tỉnh Sông Mây", "Hội Cựu chiến binh tỉnh Hòa Lâm"}


def test_two_party_organisations_named_back_are_their_two_committees() -> None:
    found = read("Đảng ủy Tổng công ty Sông Mây và Đảng ủy Công ty Than Hòa Lâm tổ chức hội nghị sơ kết phối hợp. "
                 "Về công tác xây dựng đảng, hai Đảng bộ phối hợp tổ chức học tập, quán triệt Nghị quyết số "
                 "57-NQ/TW của Bộ Chính trị.")
    doers = {s for s, p, o, _ in found.relations if p == "implements" and o == "Nghị quyết 57-NQ/TW"}
    assert doers == {"Đảng ủy Tổng công ty Sông Mây", "Đảng ủy Công ty Than Hòa Lâm"}


def test_a_second_meeting_is_no_two_bodies() -> None:
    found = read("Ban Chấp hành Đảng bộ tỉnh Sông Mây và Ban Chấp hành Đảng bộ tỉnh Hòa Lâm đã họp. Hội nghị lần thứ "
                 "hai Ban Chấp hành Trung ương Đảng là hội nghị cụ thể hóa Nghị quyết Đại hội XIV của Đảng.")
    assert not any(p == "implements" and "Sông Mây" in s for s, p, _, _ in found.relations)


# ------------------------------------------------------------------ a mass body's congress resolution, named


def test_a_congress_resolution_named_by_kind_level_and_place_is_built_and_carried_out() -> None:
    found = read("Hội Liên hiệp Phụ nữ phường Bình An tổ chức sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại "
                 "biểu Phụ nữ phường Bình An lần thứ XII, nhiệm kỳ 2021-2026.")
    label = "Nghị quyết Đại hội đại biểu Phụ nữ phường Bình An lần thứ XII, nhiệm kỳ 2021-2026"
    assert label in found.entities["Document"]
    assert ("Hội Liên hiệp Phụ nữ phường Bình An", "implements", label, None) in found.relations


def test_a_congress_resolution_is_also_named_by_its_number_alone() -> None:
    found = read("Ủy ban MTTQ Việt Nam phường Bình An triển khai Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường "
                 "Bình An lần thứ XII, nhiệm kỳ 2024 - 2029.")
    assert found.named("Document", "Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường Bình An lần thứ XII") \
        == "Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường Bình An lần thứ XII, nhiệm kỳ 2024 - 2029"


def test_a_congress_resolution_named_by_kind_and_level_alone_keeps_the_article_s_place() -> None:
    found = read("Sáng 5/3, tại huyện Đông Mai, Huyện đoàn tổ chức hội nghị. Các cơ sở Đoàn thực hiện Nghị quyết "
                 "Đại hội Đoàn huyện lần thứ X.")
    assert "Nghị quyết Đại hội Đoàn huyện Đông Mai lần thứ X" in found.entities["Document"]


def test_an_occasion_pointed_back_to_carries_out_for_the_body_that_held_the_meeting() -> None:
    found = read("Chiều 15/11, Ủy ban MTTQ Việt Nam phường Bình An tổ chức buổi họp mặt kỷ niệm Ngày truyền thống. "
                 "Đây là dịp để ôn lại truyền thống của Mặt trận Tổ quốc Việt Nam, đồng thời triển khai thực hiện "
                 "Quyết định số 217-QĐ/TW của Bộ Chính trị.")
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam phường Bình An", "implements", "Quyết định 217-QĐ/TW", None) \
        in found.relations


# ------------------------------------------------------------------ what a decision that gives awards is


def test_a_decision_that_gives_awards_is_carried_out_by_no_body() -> None:
    found = read("Thực hiện Quyết định số 1132-QĐ/TU ngày 28/4/2023 của Ban Thường vụ Tỉnh ủy Sông Mây, đợt này có "
                 "01 đảng viên sinh hoạt tại Chi bộ bản Nà Lò, Đảng bộ xã Bình An được tặng Huy hiệu 70 năm tuổi "
                 "Đảng.")
    assert not any(p == "implements" and o == "Quyết định 1132-QĐ/TU" for _, p, o, _ in found.relations)


def test_a_decision_carried_out_for_merit_in_an_award_s_sentence_is_still_carried_out() -> None:
    found = read("Hội Nông dân huyện Đông Mai được tặng Bằng khen vì có thành tích xuất sắc trong thực hiện Quyết "
                 "định số 45/QĐ-UBND của UBND tỉnh Sông Mây.")
    assert ("Hội Nông dân huyện Đông Mai", "implements", "Quyết định 45/QĐ-UBND", None) in found.relations
