"""Events, attendance, implements and locatedIn by example: the genre rules read from
the blind batches (tests/realistic-blind), each with an invented sentence.

The sentences are written for the tests, in the genre's manner, about places and
people that the bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- where an event's name ends --------------------------------------------------------


def test_an_event_name_ends_before_when_and_where_it_was_held() -> None:
    found = read("Tại Lễ kỷ niệm 70 năm Ngày truyền thống ngành Thủy lợi (26/7/1955 - 26/7/2025) tổ chức "
                 "sáng 25/7 tại Hà Nội, ông Khổng Văn Tiệp, Chủ tịch Công đoàn Thủy lợi phát biểu.")
    event = found.named("Event", "Lễ kỷ niệm 70 năm Ngày truyền thống ngành Thủy lợi")
    assert event is not None and "tổ chức" not in event
    assert (event, "locatedIn", "Thành phố Hà Nội", None) in found.relations
    assert ("Khổng Văn Tiệp", "attended", event, None) in found.relations


def test_an_event_name_ends_at_a_comma_before_a_new_clause() -> None:
    found = read("Sáng 9/11, ấp Tân Quới, xã Hòa Lợi tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024, "
                 "đây là ấp điểm của huyện.")
    event = found.named("Event", "Ngày hội Đại đoàn kết toàn dân tộc năm 2024")
    assert event is not None and "đây" not in event


def test_who_is_admitted_is_not_part_of_the_ceremony_name() -> None:
    found = read("Chi bộ Công ty Cơ khí Hòa Phát tổ chức lễ kết nạp đảng viên mới cho anh Lò Văn Tiến, "
                 "công nhân phân xưởng.")
    assert not any("Lò Văn Tiến" in label for label in found.entities.get("Event", set()))


def test_what_a_congress_did_is_not_its_name() -> None:
    found = read("Đại hội Chi bộ Khoa Lý luận cơ sở lần thứ V diễn ra sáng 3/4. Đại hội thành công tốt đẹp "
                 "với phương châm “Đoàn kết, dân chủ, đổi mới”.")
    assert not any("phương châm" in label for label in found.entities.get("Event", set()))


def test_an_act_after_and_ends_an_event_name() -> None:
    found = read("Đại hội nghe báo cáo tổng hợp ý kiến vào dự thảo văn kiện của Đại hội đại biểu Đảng bộ "
                 "Quân khu 9 và hướng dẫn thảo luận tại tổ.")
    assert not any("hướng dẫn" in label for label in found.entities.get("Event", set()))


# --- meetings without a name, and who chaired them -----------------------------------


def test_a_body_that_met_under_a_chair_held_a_meeting_the_chair_attended() -> None:
    found = read("Chiều 9/3, Thường trực Ủy ban Trung ương MTTQ Việt Nam đã họp dưới sự chủ trì của đồng chí "
                 "Chủ tịch Hà Văn Sính để cho ý kiến về kế hoạch giám sát năm 2026.")
    meeting = "Cuộc họp của Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ngày 9/3"
    assert found.has("Event", meeting)
    assert ("Hà Văn Sính", "attended", meeting, None) in found.relations


def test_the_chair_of_a_numbered_panel_attended_the_defence() -> None:
    found = read("Từ ngày 18/8 đến 20/8/2026, Học viện Biên phòng tổ chức Lễ bảo vệ khóa luận tốt nghiệp học "
                 "viên khóa D12. Lễ bảo vệ khóa luận là hoạt động khoa học thường niên của Học viện. "
                 "Đồng chí Đại tá Lê Văn Quyết, Phó Giám đốc Học viện là chủ tịch Hội đồng số 1.")
    event = found.named("Event", "Lễ bảo vệ khóa luận tốt nghiệp học viên khóa D12")
    assert event is not None
    assert ("Lê Văn Quyết", "attended", event, None) in found.relations


# --- where an event took place ---------------------------------------------------------


def test_a_meeting_whose_name_ends_at_tai_took_place_there() -> None:
    found = read("Ngày 18/12/2025, Hội Cựu chiến binh Bệnh viện Phổi Trung ương đã tổ chức buổi họp mặt "
                 "truyền thống tại tỉnh Ninh Bình. Dự có ông Lê Văn Hào, Giám đốc Bệnh viện.")
    meeting = found.named("Event", "buổi họp mặt truyền thống")
    assert meeting is not None
    assert (meeting, "locatedIn", "Tỉnh Ninh Bình", None) in found.relations


def test_a_place_after_a_recipient_is_not_where_the_meeting_was() -> None:
    found = read("Đảng ủy phường Tân Mai tổ chức lễ trao Huy hiệu Đảng cho đảng viên sinh hoạt tại xã Hòa Bình.")
    assert not any(r[1] == "locatedIn" for r in found.relations)


# --- who carries out a document --------------------------------------------------------


def test_the_body_that_issued_a_plan_to_carry_out_a_document_carries_it_out() -> None:
    found = read("Tỉnh ủy Đắk Nông đã ban hành Kế hoạch số 58-KH/TU ngày 02/4/2024 về thực hiện Nghị quyết "
                 "số 41-NQ/TW của Bộ Chính trị.")
    assert ("Kế hoạch 58-KH/TU", "issuedBy", "Tỉnh ủy Đắk Nông", None) in found.relations
    assert ("Tỉnh ủy Đắk Nông", "implements", "Nghị quyết 41-NQ/TW", None) in found.relations


def test_the_issuer_of_a_conclusion_about_another_document_does_not_carry_it_out() -> None:
    found = read("Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị khóa XIII về tiếp tục thực hiện "
                 "Chỉ thị 48-CT/TW được quán triệt sâu rộng.")
    assert not any(r[1] == "implements" and r[0] == "Bộ Chính trị" for r in found.relations)


def test_documents_cited_in_a_sentence_of_their_own_are_carried_out_by_who_holds_the_news() -> None:
    found = read("Thực hiện Công văn số 418/UBND-VHXH ngày 02/4/2024 của UBND huyện Chư Sê về tổ chức các hoạt "
                 "động văn hóa.\nTối ngày 27/4/2024, tại sân nhà văn hóa làng Pơng, UBND xã Ia Ko tổ chức Liên "
                 "hoan cồng chiêng.")
    assert ("Công văn 418/UBND-VHXH", "issuedBy", "Ủy ban nhân dân huyện Chư Sê", None) in found.relations
    assert ("Ủy ban nhân dân xã Ia Ko", "implements", "Công văn 418/UBND-VHXH", None) in found.relations
    assert ("Ủy ban nhân dân huyện Chư Sê", "implements", "Công văn 418/UBND-VHXH", None) not in found.relations


def test_a_fronted_document_with_its_own_agent_is_not_given_to_the_next_sentence() -> None:
    found = read("Thực hiện Kế hoạch số 12-KH/HU của Huyện ủy Ea Súp, Hội Nông dân huyện Ea Súp đã mở lớp tập "
                 "huấn.\nSáng 3/5, UBND xã Ia Lốp tổ chức Ngày hội nông dân.")
    assert ("Hội Nông dân huyện Ea Súp", "implements", "Kế hoạch 12-KH/HU", None) in found.relations
    assert ("Ủy ban nhân dân xã Ia Lốp", "implements", "Kế hoạch 12-KH/HU", None) not in found.relations


# --- who attended ------------------------------------------------------------------------


def test_who_presents_an_award_at_the_ceremony_attended_it_and_who_receives_it_there_too() -> None:
    found = read("Sáng 12/11, tại tỉnh Quảng Ninh, Công ty Than Hà Tu long trọng tổ chức lễ kỷ niệm 60 năm "
                 "Ngày truyền thống. Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng Hồ Đức Phớc đã trao "
                 "Huân chương Lao động hạng Nhất cho Công ty và trao Bằng khen cho ông Vũ Văn Khải.")
    event = found.named("Event", "lễ kỷ niệm 60 năm Ngày truyền thống")
    assert event is not None
    assert ("Hồ Đức Phớc", "attended", event, None) in found.relations
    # given an award at it, he attended it (docs/gold-conventions/events.md 1d, the shared corpus's gold)
    assert ("Vũ Văn Khải", "attended", event, None) in found.relations


def test_presenting_on_the_same_day_elsewhere_is_another_occasion() -> None:
    found = read("Sáng 4/3, Ban Thường vụ Tỉnh ủy Thái Bình tổ chức Hội nghị công bố quyết định về công tác cán bộ. "
                 "Cùng ngày, tại Sở Tài chính, đồng chí Lại Văn Hưng, Phó Chủ tịch UBND tỉnh đã trao Quyết định "
                 "bổ nhiệm Giám đốc Sở.")
    assert not any(r[0] == "Lại Văn Hưng" and r[1] == "attended" for r in found.relations)


def test_a_congress_whose_targets_are_cited_was_not_attended() -> None:
    found = read("Sáng 9/12, Trung ương Hội Nông dân Việt Nam khai mạc Đại hội đại biểu toàn quốc Hội Nông dân "
                 "Việt Nam lần thứ IX. Tỷ lệ cơ sở Hội khá đạt 96,2%, vượt chỉ tiêu Đại hội VIII đề ra. "
                 "Phát biểu khai mạc, đồng chí Lương Quốc Đoàn nhấn mạnh Đại hội là dịp nhìn lại chặng đường 5 năm.")
    assert not any(r[0] == "Lương Quốc Đoàn" and r[1] == "attended" and "VIII" in r[2] for r in found.relations)


def test_who_launches_an_emulation_drive_at_the_ceremony_attended_it() -> None:
    found = read("Sáng 3/3, Ban Chỉ huy quân sự huyện Hòa Bình tổ chức Lễ ra quân huấn luyện năm 2021. "
                 "Dự có ông Lê Văn Tám, Phó Chủ tịch UBND huyện. "
                 "Dịp này, Thiếu tá Huỳnh Văn Sang, Chỉ huy trưởng Ban Chỉ huy quân sự huyện đã phát động thi đua "
                 "với các xã, thị trấn.")
    event = found.named("Event", "Lễ ra quân huấn luyện năm 2021")
    assert event is not None
    assert ("Huỳnh Văn Sang", "attended", event, None) in found.relations


def test_a_body_named_inside_an_event_name_does_not_carry_out_what_the_event_does() -> None:
    found = read("Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIV diễn ra tại Hà Nội, là hội nghị "
                 "có ý nghĩa quan trọng trong việc cụ thể hóa Nghị quyết Đại hội XIV của Đảng.")
    assert not any(r[1] == "implements" and r[0] == "Ban Chấp hành Trung ương Đảng" for r in found.relations)


def test_a_cue_before_a_semicolon_governs_only_its_own_item() -> None:
    found = read("Theo đó, Tỉnh ủy Quảng Ngãi đã ban hành Kế hoạch số 112-KH/TU ngày 14/3/2019 về thực hiện Nghị "
                 "quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng; Chương trình hành động số 63-CTHĐ/TU ngày "
                 "20/8/2021 của Tỉnh ủy Quảng Ngãi.")
    assert ("Tỉnh ủy Quảng Ngãi", "implements", "Nghị quyết 25-NQ/TW", None) in found.relations
    assert not any(r[1] == "implements" and r[2].startswith("Chương trình") for r in found.relations)


def test_two_bodies_after_cho_are_whom_it_is_for_not_who_carries_out() -> None:
    found = read("Đồng chí Bí thư Tỉnh ủy đề nghị Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Hưng Yên tiếp tục làm tốt vai trò "
                 "tham mưu cho Tỉnh ủy, UBND tỉnh Hưng Yên về công tác quốc phòng, thực hiện hiệu quả Nghị quyết "
                 "số 15-NQ/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy.")
    assert ("Ủy ban nhân dân tỉnh Hưng Yên", "implements", "Nghị quyết 15-NQ/TU", None) not in found.relations
    assert ("Bộ Chỉ huy Quân sự tỉnh Hưng Yên", "implements", "Nghị quyết 15-NQ/TU", None) in found.relations


def test_the_organising_committee_presenting_prizes_is_no_ceremony_held() -> None:
    found = read("Kết quả, Ban tổ chức trao giải Nhất cho đội cồng chiêng làng Pơng, giải Nhì cho đội làng Bia.")
    assert "Event" not in found.entities


def test_a_body_that_holds_a_presentation_still_holds_a_ceremony() -> None:
    found = read("Sáng 12/3, Hội Chữ thập đỏ huyện Krông Năng tổ chức trao 50 suất quà cho hộ nghèo.")
    assert found.named("Event", "trao 50 suất quà cho hộ nghèo") is not None


def test_a_documents_date_is_not_the_day_of_the_meeting_held_to_carry_it_out() -> None:
    found = read("Thực hiện Kế hoạch số 214/KH-MTTQ-BTT ngày 05-10-2023 của Ban Thường trực Ủy ban MTTQ Việt Nam "
                 "tỉnh Bạc Liêu về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023, mỗi huyện chọn 01 ấp làm "
                 "điểm.\nSáng ngày 09/11/2023, Ủy ban nhân dân xã Hưng Thành tổ chức Ngày hội Đại đoàn kết toàn dân "
                 "tộc năm 2023. Tới dự có ông Lê Văn Tư, Phó Chủ tịch UBND tỉnh.")
    days = {label for label in found.entities.get("Event", set()) if "05-10-2023" in label}
    assert not days
    event = found.named("Event", "Ngày hội Đại đoàn kết toàn dân tộc năm 2023")
    assert event is not None and "09/11/2023" in event


def test_a_working_session_named_by_its_head_alone_is_an_event_its_speakers_attended() -> None:
    found = read("Phát biểu tại buổi làm việc, đồng chí Lê Văn Khải cho biết, Thường trực Ban Bí thư đã ban hành "
                 "Quyết định số 893 thành lập Đoàn kiểm tra.")
    event = found.named("Event", "buổi làm việc")
    assert event is not None
    assert ("Lê Văn Khải", "attended", event, None) in found.relations


def test_a_working_session_named_back_is_the_event_named_before() -> None:
    found = read("Sáng 5/3, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức Hội nghị sơ kết công tác dân vận. "
                 "Phát biểu tại buổi làm việc, đồng chí Lê Văn Khải đề nghị các cấp ủy tiếp tục quan tâm.")
    assert len(found.entities.get("Event", set())) == 1


def test_who_pins_an_order_on_the_flag_attended_and_gan_voi_is_no_presenting() -> None:
    found = read("Sáng 17/8, Bộ Công an tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân. "
                 "Dự có đồng chí Lê Văn Hạnh, Thứ trưởng Bộ Công an. "
                 "Chủ tịch nước Nguyễn Văn Thọ thay mặt lãnh đạo Đảng, Nhà nước gắn Huân chương Sao Vàng lên Cờ "
                 "truyền thống. Ông Trần Văn Lâm gắn với phong trào từ năm 1990.")
    event = found.named("Event", "Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân")
    assert event is not None
    assert ("Nguyễn Văn Thọ", "attended", event, None) in found.relations
    assert ("Trần Văn Lâm", "attended", event, None) not in found.relations


def test_a_caption_glued_to_the_next_sentence_names_the_meeting_held_before() -> None:
    found = read("Sáng 16/5, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết 03 năm thực hiện Kết luận 01-KL/TW, ngày "
                 "18/5/2021 của Bộ Chính trị. Dự hội nghị có đồng chí Châu Văn Lợi, Trưởng Ban Tuyên giáo Huyện ủy "
                 "Tân Phú. Quang cảnh Hội nghị sơ kết 03 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trịTại hội "
                 "nghị, các đại biểu được nghe báo cáo.")
    events = found.entities.get("Event", set())
    assert len(events) == 1 and not any("Tại" in label for label in events)


def test_a_commune_that_holds_its_own_event_is_where_it_took_place() -> None:
    found = read("Sáng 9/11, ấp Tân Quới, xã Hòa Lợi tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.")
    event = found.named("Event", "Ngày hội Đại đoàn kết toàn dân tộc năm 2024")
    assert event is not None
    assert (event, "locatedIn", "Xã Hòa Lợi", None) in found.relations


def test_a_commune_inside_the_organisers_name_is_no_place() -> None:
    found = read("Sáng 9/11, UBND xã Hòa Lợi tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.")
    assert not any(r[1] == "locatedIn" for r in found.relations)


def test_a_festival_name_ends_before_what_it_celebrates_and_never_with_va() -> None:
    found = read("Tối ngày 27/4/2024, tại sân nhà văn hóa làng Pơng, UBND xã Ia Ko tổ chức Liên hoan cồng chiêng - "
                 "văn nghệ quần chúng chào mừng 49 năm Ngày giải phóng Miền Nam (30/4/1975 – 30/4/2024) và ngày "
                 "Quốc tế lao động 1/5.")
    event = found.named("Event", "Liên hoan cồng chiêng - văn nghệ quần chúng")
    assert event is not None and "chào mừng" not in event


def test_an_event_name_does_not_end_with_va() -> None:
    found = read("Sáng 3/2, Huyện ủy Bảo Yên tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025) "
                 "và ngày Quốc tế lao động.")
    assert not any(label.split()[-1] == "và" or " và của " in label for label in found.entities.get("Event", set()))
