"""Events, where they took place and who attended them, sixth round: constructions the genre
uses, each with an invented sentence (places and people the bundled corpus does not contain).
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def _located(found_relations: set[tuple[str, str, str, str | None]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found_relations if p == "locatedIn"}


# --- where an event took place --------------------------------------------------------------------


def test_a_place_that_is_where_an_event_took_place() -> None:
    found = read("Hai ngày 9 và 10/10/2025, thành phố Mường Khoa là nơi diễn ra Đại hội Công đoàn "
                 "Điện lực Tây Khoa lần thứ III, nhiệm kỳ 2025 - 2030.")
    (event,) = found.entities["Event"]
    assert _located(found.relations) == {(event, "Thành phố Mường Khoa")}


def test_the_finest_place_of_the_subjects_address_is_where_it_took_place() -> None:
    found = read("Sáng 24/2, khu vườn của Trường Đại học Tây Khoa (xã Nậm Pồ, tỉnh Mường Khoa) là nơi diễn ra "
                 "Lễ phát động Tết trồng cây năm 2026.")
    (event,) = found.entities["Event"]
    assert _located(found.relations) == {(event, "Xã Nậm Pồ")}


def test_a_closing_rite_named_by_what_is_done_is_held_where_the_text_says() -> None:
    found = read("Sáng 28/6, Ban Chỉ huy Quân sự huyện Nậm Pồ tổ chức bế mạc lớp huấn luyện dân quân năm 2024 "
                 "tại thao trường Bản Vài, xã Nà Hỳ.")
    (event,) = found.entities["Event"]
    assert event == "Lễ bế mạc lớp huấn luyện dân quân năm 2024 của Ban Chỉ huy Quân sự huyện Nậm Pồ ngày 28/6"
    assert _located(found.relations) == {(event, "Xã Nà Hỳ")}


def test_a_congress_named_back_as_held_somewhere_took_place_there() -> None:
    found = read("Sáng 21/7, Hội Nông dân tỉnh Mường Khoa tổ chức Đại hội đại biểu Hội Nông dân tỉnh Mường Khoa "
                 "lần thứ XII. Đại hội tổ chức trong 2 ngày 24-25/8 tại Trung tâm Hội nghị tỉnh, thành phố Nậm Pồ.")
    (event,) = found.entities["Event"]
    assert _located(found.relations) == {(event, "Thành phố Nậm Pồ")}


def test_no_venue_where_a_new_clause_follows_tai() -> None:
    found = read("19 bác sĩ về công tác tại vùng khó khăn đã nhận bằng và được bàn giao về 4 tỉnh Mường Khoa, "
                 "Nậm Pồ tại Lễ trao bằng chuyên khoa cấp I do Trường Đại học Tây Khoa tổ chức chiều 5-3.")
    assert _located(found.relations) == set()


def test_a_congress_prepared_for_is_cited_not_held_there() -> None:
    found = read("Chiều 26/6, tại thành phố Mường Khoa, Ban Chấp hành Công đoàn Công ty Nậm Pồ họp phiên mở rộng "
                 "để chuẩn bị cho Đại hội XXVI Công đoàn Công ty Nậm Pồ. Dự có ông Lò Văn Pảng.")
    assert not any("XXVI" in event for event, _ in _located(found.relations))
    assert not any("XXVI" in o for _, p, o, _ in found.relations if p == "attended")


# --- what names an event -------------------------------------------------------------------------


def test_a_venue_named_like_a_meeting_holds_one_and_is_none() -> None:
    found = read("Sáng 14/3, Trung tâm Hội nghị Mường Khoa tổ chức Hội nghị người lao động năm 2026. Tới dự có "
                 "đồng chí Lò Văn Pảng - Phó Chủ tịch UBND tỉnh.",
                 title="TRUNG TÂM HỘI NGHỊ MƯỜNG KHOA TỔ CHỨC HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2026")
    assert not any(label.startswith("Hội nghị Mường Khoa") for label in found.entities["Event"])
    (event,) = found.entities["Event"]
    assert event.startswith("Hội nghị người lao động năm 2026")
    assert ("Lò Văn Pảng", "attended", event, None) in found.relations


def test_a_plans_topic_is_no_occasion_held() -> None:
    found = read("Sáng 13/1, Ban Thường vụ Công đoàn Mường Khoa họp phiên thứ 14. Hội nghị thông qua Kế hoạch "
                 "số 09/KH-CĐ về tổ chức chương trình \u201cTết ấm công sở\u201d năm 2026. Ông Lò Văn Pảng báo cáo "
                 "kết quả kiểm tra năm 2025.")
    (event,) = found.entities["Event"]
    assert "Tết ấm" not in event
    assert ("Lò Văn Pảng", "attended", event, None) in found.relations


def test_a_level_listed_after_a_plural_one_is_plural_too() -> None:
    found = read("Ngày 4/10, tại phường Nà Hỳ, Thường trực HĐND thị xã Nậm Pồ tổ chức hội nghị giao ban với "
                 "Thường trực HĐND các xã, phường quý III năm 2019.")
    (event,) = found.entities["Event"]
    assert "các xã, phường quý III" in event
    assert "phường Nà Hỳ quý" not in event


def test_a_working_session_said_done_is_an_event() -> None:
    found = read("Sáng 5/7, Thứ trưởng Bộ Nông nghiệp Lò Văn Pảng đã làm việc với Ủy ban nhân dân tỉnh Mường Khoa. "
                 "Tiếp đoàn có ông Quàng Văn Mơ, Chủ tịch UBND tỉnh.")
    (event,) = found.entities["Event"]
    assert event == "Làm việc với Ủy ban nhân dân tỉnh Mường Khoa ngày 5/7"
    assert ("Quàng Văn Mơ", "attended", event, None) in found.relations


# --- who attended ----------------------------------------------------------------------------------


def test_who_reports_or_recounts_at_a_meeting_attended_it() -> None:
    found = read("Sáng 9/1, Hội đồng trường Trường Đại học Tây Khoa tổ chức Phiên họp thứ chín. "
                 "ĐC Lò Văn Pảng – Hiệu trưởng – báo cáo kết quả tuyển sinh năm 2025. "
                 "Chị Quàng Thị Mơ, Giám đốc Hợp tác xã Nậm Pồ, kể lại hành trình khởi nghiệp.")
    (event,) = found.entities["Event"]
    attended = {s for s, p, o, _ in found.relations if p == "attended" and o == event}
    assert attended == {"Lò Văn Pảng", "Quàng Thị Mơ"}
