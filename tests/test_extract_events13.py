"""Events kg did not build, and who attended them, by example (rules13-events): mechanisms of
the genre's pages read from the blind batches a-k, each with an invented article.

The sentences are written for the tests, in the genre's manner, about places and people
that the bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def _attended_by(found: object, person: str) -> set[str]:
    return {o for s, p, o, _ in found.relations if s == person and p == "attended"}  # type: ignore[attr-defined]


# --- a meeting named first by its head, after a meeting only cited -------------------------


def test_a_caption_ending_on_a_head_names_the_meeting_the_article_is_at() -> None:
    # the caption's line ends on "Hội nghị": the next line is another sentence, not the rest of a name
    found = read("Các đại biểu về dự Hội nghị\nChiều 14/5, Ban Chấp hành Công đoàn Công ty Thủy sản Hòa Mỹ họp "
                 "để chuẩn bị cho Đại hội XII Công đoàn Công ty.\n"
                 "Ông Đặng Văn Thuyết, Chủ tịch Công đoàn Công ty phát biểu tại Hội nghị.")
    meetings = _attended_by(found, "Đặng Văn Thuyết")
    assert meetings and not any("Đại hội" in m for m in meetings)


def test_a_congress_only_prepared_for_does_not_take_the_meeting_named_back() -> None:
    found = read("Sáng 3/9, Ban Thường vụ Hội Nông dân huyện Sơn Khê họp để chuẩn bị cho Đại hội IX Hội Nông dân "
                 "huyện. Bà Trịnh Thu Hà, Chủ tịch Hội Nông dân huyện phát biểu tại Hội nghị.")
    meetings = _attended_by(found, "Trịnh Thu Hà")
    assert meetings and not any("Đại hội" in m for m in meetings)


# --- a meeting's heading in capitals ------------------------------------------------------


def test_a_heading_in_capitals_names_the_meeting_its_lines_name_back() -> None:
    # (an item's title on a page of several, below another item)
    found = read("Trao Huy hiệu Đảng cho 40 đảng viên huyện Tân Khê\nNgày 2-9, Huyện ủy Tân Khê trao Huy hiệu "
                 "Đảng cho 40 đảng viên.\nHỘI NGHỊ BAN THƯỜNG VỤ HUYỆN ỦY TÂN KHÊ\n"
                 "Ngày 9-9, Ban Thường vụ Huyện ủy Tân Khê họp cho ý kiến về Đề án mở rộng thị trấn. "
                 "Đồng chí Phùng Văn Khải, Bí thư Huyện ủy chủ trì hội nghị.", title="Xây dựng Đảng")
    meetings = _attended_by(found, "Phùng Văn Khải")
    assert len(meetings) == 1
    meeting = meetings.pop()
    assert meeting.startswith("Hội nghị") and "HỘI NGHỊ BAN THƯỜNG VỤ HUYỆN ỦY TÂN KHÊ" in found.aliases[meeting]


def test_a_heading_in_capitals_is_no_meeting_of_its_own_where_the_body_names_one() -> None:
    # the body names its ceremony itself: the heading is no second event
    found = read("Ngày 25/12, Học viện Kỹ thuật Hòa Bình tổ chức lễ tốt nghiệp cho học viên Khóa 12. "
                 "Đại tá Lê Văn Thạnh, Phó Giám đốc Học viện chủ trì.",
                 title="LỄ TỐT NGHIỆP KHÓA 12 ĐÀO TẠO KỸ SƯ")
    events = found.entities.get("Event", set())
    assert not any(e.isupper() or e.startswith("Lễ tốt nghiệp khóa 12") for e in events)


# --- the headline past a page's chrome ------------------------------------------------------


def test_the_headline_below_a_path_of_sections_names_the_occasion_the_body_names_back() -> None:
    found = read("EN | VI\nPHÁT ĐỘNG THI ĐUA TRÊN CÔNG TRƯỜNG THỦY ĐIỆN SÔNG LAM\n"
                 "Công trường Dự án Thủy điện Sông Lam sáng 4/3 rợp cờ trong lễ phát động thi đua thi công. "
                 "Tham dự có ông Hứa Văn Tường, Phó Tổng Giám đốc Công ty Cổ phần Thủy điện Sông Lam.\n"
                 "Tại buổi lễ, ông Hứa Văn Tường trao Bằng khen cho Công ty Cổ phần Xây dựng 18.",
                 title="Home  /  News & Events  /  Tin tức - Sự kiện")
    meetings = _attended_by(found, "Hứa Văn Tường")
    assert len(meetings) == 1
    assert "PHÁT ĐỘNG THI ĐUA TRÊN CÔNG TRƯỜNG THỦY ĐIỆN SÔNG LAM" in found.aliases[meetings.pop()]


# --- an occasion the headline tells of, where the article names no meeting ------------------


def test_a_headlines_inspection_is_the_occasion_its_leader_and_companions_attended() -> None:
    found = read("Ngày 12/5, đồng chí Hà Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy "
                 "đã đi kiểm tra việc niêm yết danh sách cử tri tại các xã Mường Khến, Phong Phú. "
                 "Cùng đi có đồng chí Bùi Văn Toàn, Phó Trưởng Ban Dân vận Tỉnh ủy.",
                 title="Ban Dân vận Tỉnh ủy Hòa Lâm kiểm tra công tác chuẩn bị bầu cử tại huyện Tân Lạc")
    meetings = _attended_by(found, "Hà Thị Lan")
    assert len(meetings) == 1 and meetings == _attended_by(found, "Bùi Văn Toàn")
    meeting = meetings.pop()
    assert meeting == ("Buổi kiểm tra công tác chuẩn bị bầu cử tại huyện Tân Lạc của Ban Dân vận Tỉnh ủy Hòa Lâm "
                       "ngày 12/5")
    assert "kiểm tra công tác chuẩn bị bầu cử tại huyện Tân Lạc" in found.aliases[meeting]


def test_a_persons_headline_makes_no_occasion() -> None:
    # a person's meeting, told of otherwise in the body: no occasion is made of the headline
    found = read("Sáng 12/10, Phó Chủ tịch nước Đinh Thị Thu Hà đã dành thời gian gặp mặt đoàn doanh nhân "
                 "tiêu biểu. Dẫn đầu đoàn là ông Tạ Văn Khôi, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Hòa Lâm.",
                 title="Doanh nhân Lò Thị Hạnh được gặp mặt Phó Chủ tịch nước Đinh Thị Thu Hà")
    assert not _attended_by(found, "Tạ Văn Khôi")


# --- a sentence that opens on a meeting's word and says who held it ---------------------------


def test_an_occasion_opening_a_sentence_with_who_chaired_it_is_the_one_people_attend() -> None:
    found = read("Sáng 18/11, Trung tâm Huấn luyện Thủy quân 3 chính thức chuyển về Học viện Thủy quân.\n"
                 "Buổi lễ do Chuẩn Đô đốc Trần Văn Khiêm, Phó Tư lệnh Thủy quân chủ trì, với sự tham dự của các "
                 "đồng chí: Đại tá Lê Hữu Phong, Phó Chủ nhiệm Chính trị; Đại tá Quách Văn Lộc, Chính ủy Học viện.")
    meetings = _attended_by(found, "Trần Văn Khiêm")
    assert len(meetings) == 1
    assert meetings == _attended_by(found, "Lê Hữu Phong") == _attended_by(found, "Quách Văn Lộc")


def test_an_occasion_named_first_by_its_word_is_the_ceremony_named_after_it() -> None:
    found = read("Sáng 14/9, Tổ hợp tác trồng mì ấp Tân Khê chính thức ra mắt. Buổi lễ do Hội Nông dân huyện "
                 "Tân Khê chủ trì.\nQuang cảnh buổi Lễ ra mắt Tổ hợp tác\n"
                 "Phát biểu tại buổi lễ, ông Huỳnh Thanh Lâm mong Tổ hợp tác làm đúng quy chế.")
    events = found.entities.get("Event", set())
    assert len(events) == 1 and next(iter(events)).startswith("Lễ ra mắt Tổ hợp tác")


# --- the hosts who receive a delegation -------------------------------------------------------


def test_the_hosts_who_receive_a_delegation_attend_its_working_session() -> None:
    found = read("Sáng 12/3, đoàn công tác Hội Nông dân tỉnh Hòa Lâm do ông Lê Văn Định, Phó Chủ tịch Hội "
                 "làm trưởng đoàn đã có buổi làm việc tại huyện Tân Khê. Đón và làm việc với đoàn có Phó Chủ "
                 "tịch UBND huyện Đặng Quang Thái; Chủ tịch Hội Nông dân huyện Tân Khê Trần Thị Hải Vân.")
    meetings = _attended_by(found, "Lê Văn Định")
    assert len(meetings) == 1
    assert meetings == _attended_by(found, "Đặng Quang Thái") == _attended_by(found, "Trần Thị Hải Vân")


def test_a_training_course_named_back_is_the_occasion_people_attend() -> None:
    # "lớp tập huấn", a noun, names the course the text told of by what was done ("mở 01 lớp …")
    found = read("Trong hai ngày 9 - 10/5, Liên minh Hợp tác xã tỉnh Hòa Lâm mở 01 lớp tập huấn về thành lập "
                 "hợp tác xã.\nDự khai mạc lớp tập huấn có ông Hà Văn Vượng, Phó Chủ tịch Liên minh Hợp tác xã "
                 "tỉnh; bà Lò Thị Bích Ngân, Phó Chủ tịch Hội Nông dân tỉnh.")
    meetings = _attended_by(found, "Hà Văn Vượng")
    assert len(meetings) == 1 and meetings == _attended_by(found, "Lò Thị Bích Ngân")
    assert "lớp tập huấn" in found.aliases[next(iter(meetings))]


def test_a_body_honouring_people_on_a_day_holds_a_ceremony() -> None:
    found = read("Ngày 22/8, tại tỉnh Hòa Lâm, Liên đoàn Lao động tỉnh Hòa Lâm tuyên dương 60 công nhân giỏi giai đoạn "
                 "2020-2025. Bà Trịnh Thu Hà, Chủ tịch Liên đoàn Lao động tỉnh trao Bằng khen cho các công nhân.")
    meetings = _attended_by(found, "Trịnh Thu Hà")
    assert len(meetings) == 1 and next(iter(meetings)).startswith("Lễ tuyên dương 60 công nhân giỏi")


# --- a page's list of other articles ------------------------------------------------------


def test_a_meeting_listed_under_related_news_is_no_event_of_the_article() -> None:
    found = read("Sáng 12/3, Công ty Cổ phần Xây dựng 18 tổ chức Lễ phát động thi đua năm 2026. Tham dự có ông "
                 "Bạch Văn Tường, Phó Tổng Giám đốc Tổng công ty.\n\nRelated news\n"
                 "Công ty Cổ phần Xây dựng 18 đón nhận Cờ thi đua của Chính phủ\nHội nghị người lao động năm 2026")
    events = found.entities.get("Event", set())
    assert events and not any("người lao động" in e for e in events)


# --- a ceremony named by its rite, and whom it was for ----------------------------------------


def test_a_rite_and_whom_it_was_for_name_the_ceremony_too() -> None:
    found = read("Chiều 11/6, Hội Chữ thập đỏ tỉnh Hòa Lâm tổ chức trao quà cho các hộ có hoàn cảnh khó khăn trên "
                 "địa bàn huyện Tân Khê. Cùng dự có đồng chí Dương Thị Thanh Hòa, Trưởng Ban Dân vận Tỉnh ủy.")
    meetings = _attended_by(found, "Dương Thị Thanh Hòa")
    assert len(meetings) == 1
    assert "trao quà cho các hộ có hoàn cảnh khó khăn trên địa bàn huyện Tân Khê" in found.aliases[meetings.pop()]
