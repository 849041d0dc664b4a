"""Event labels by example (twelfth round): meetings the text tells of by what was done and
then names only by a word for them ("Phát biểu chỉ đạo hội nghị, …", "Cũng tại buổi lễ, …"),
and the headline as one of an event's names; each with an invented sentence about invented
people and places.

The rules were written on the misses of blind batches a-j; the sentences here are written
for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a meeting first named back by its word -----------------------------------------------------------


def test_a_meeting_told_of_by_what_was_done_is_named_by_its_word_and_attended() -> None:
    found = read("Sáng 14/3, Hội Nông dân huyện Cầu Mới bàn cách nhân rộng các chi hội nông dân nghề nghiệp. "
                 "Phát biểu chỉ đạo hội nghị, ông Lò Văn Hòa, Phó Chủ tịch UBND huyện Cầu Mới đề nghị giữ vững "
                 "chất lượng sinh hoạt chi hội.")
    meetings = [label for label in found.entities.get("Event", set()) if "hội nghị" in found.aliases[label]]
    assert len(meetings) == 1, found.aliases
    assert ("Lò Văn Hòa", "attended", meetings[0], None) in found.relations


def test_a_ceremony_named_only_as_the_ceremony_is_one_event() -> None:
    found = read("Tròn 50 năm ngày thành lập, Công ty Cổ phần Gạch Hòa Sơn được tặng Huân chương Lao động hạng Ba. "
                 "Cũng tại buổi lễ, ông Đinh Văn Khải, Chủ tịch UBND tỉnh Sơn Mới trao Bằng khen cho 12 tập thể.")
    rites = [label for label in found.entities.get("Event", set()) if "buổi lễ" in found.aliases[label]]
    assert len(rites) == 1, found.aliases
    assert ("Đinh Văn Khải", "attended", rites[0], None) in found.relations


def test_meetings_counted_in_the_plural_are_no_event() -> None:
    found = read("Năm qua, Hội Phụ nữ huyện Cầu Mới tổ chức 4 hội thảo và các cuộc họp với hội viên ở 12 xã.")
    assert not found.entities.get("Event")


def test_a_verb_of_meeting_names_no_event() -> None:
    found = read("Hội Cựu chiến binh xã Hòa Sơn họp mặt kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam.")
    assert "Họp mặt" not in found.entities.get("Event", set())


# --- the headline names the first meeting reported ------------------------------------------------------


def test_the_headline_is_an_alias_of_the_first_meeting_the_body_reports() -> None:
    headline = "Bàn giao Trạm Y tế xã Hòa Sơn về trực thuộc Trung tâm Y tế huyện Cầu Mới"
    found = read("Sáng 12/4, UBND huyện Cầu Mới tổ chức lễ bàn giao Trạm Y tế xã Hòa Sơn. "
                 "Dự buổi lễ có ông Đinh Văn Khải, Chủ tịch UBND huyện.", title=headline)
    assert any(headline in aliases for aliases in found.aliases.values()), found.aliases


# --- a meeting named short, before what it is for ----------------------------------------------------------


def test_a_meeting_is_also_named_short_before_whom_it_is_for() -> None:
    found = read("Sáng 20/6, Trường Cao đẳng Nghề Sơn Mới tổ chức lễ tốt nghiệp cho học viên khóa 12. "
                 "Dự buổi lễ có ông Đinh Văn Khải, Phó Chủ tịch UBND tỉnh Sơn Mới.")
    assert found.named("Event", "lễ tốt nghiệp") is not None, found.aliases


def test_a_meeting_is_also_named_short_before_its_occasion() -> None:
    found = read("Chiều 24/3, Huyện đoàn Cầu Mới tổ chức họp mặt cựu cán bộ Đoàn qua các thời kỳ nhân kỷ niệm "
                 "95 năm Ngày thành lập Đoàn. Dự buổi họp mặt có bà Lò Thị Hoa, Bí thư Huyện đoàn.")
    assert found.named("Event", "họp mặt cựu cán bộ Đoàn qua các thời kỳ") is not None, found.aliases


def test_a_page_trail_is_no_headline() -> None:
    found = read("Sáng 12/4, UBND huyện Cầu Mới tổ chức lễ bàn giao Trạm Y tế xã Hòa Sơn. "
                 "Dự buổi lễ có ông Đinh Văn Khải, Chủ tịch UBND huyện.", title="Trang chủ » Tin tức » Xã hội")
    assert not any("Trang chủ" in alias for aliases in found.aliases.values() for alias in aliases)
    found = read("Sáng 12/4, UBND huyện Cầu Mới tổ chức lễ bàn giao Trạm Y tế xã Hòa Sơn. "
                 "Dự buổi lễ có ông Đinh Văn Khải, Chủ tịch UBND huyện.", title="Tin Tức Sự Kiện")
    assert not any("Tin Tức" in alias for aliases in found.aliases.values() for alias in aliases)


def test_a_sentence_opening_on_the_meeting_s_word_lists_who_was_there() -> None:
    found = read("Sáng 14/3, Hội Nông dân huyện Cầu Mới bàn cách nhân rộng các chi hội nông dân nghề nghiệp. "
                 "Hội nghị có sự tham dự của ông Lò Văn Hòa, Phó Chủ tịch UBND huyện Cầu Mới.")
    meetings = [label for label in found.entities.get("Event", set()) if "hội nghị" in found.aliases[label]]
    assert len(meetings) == 1, found.aliases
    assert ("Lò Văn Hòa", "attended", meetings[0], None) in found.relations


def test_an_occasion_named_by_buoi_and_one_word_with_who_was_there() -> None:
    found = read("Sáng 22/9, Hội Liên hiệp Phụ nữ xã Hòa Sơn trao 5 con bò giống cho hội viên khó khăn. "
                 "Tham dự buổi trao có bà Lò Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Cầu Mới.")
    occasion = found.named("Event", "buổi trao")
    assert occasion is not None, found.aliases
    assert ("Lò Thị Hoa", "attended", occasion, None) in found.relations


def test_a_section_s_name_is_no_headline() -> None:
    found = read("Sáng 12/4, UBND huyện Cầu Mới tổ chức lễ bàn giao Trạm Y tế xã Hòa Sơn. "
                 "Dự buổi lễ có ông Đinh Văn Khải, Chủ tịch UBND huyện.", title="Tin hoạt động")
    assert not any("Tin hoạt động" in aliases for aliases in found.aliases.values()), found.aliases


# --- one event named twice, and the bare word of the meeting reported -----------------------------------------


def test_a_level_in_general_is_not_completed_with_the_article_s_place() -> None:
    found = read("Sáng 18/7, Hội Nông dân huyện Cầu Mới tổ chức Hội thi Nhà nông đua tài cấp huyện năm 2023.")
    (contest,) = found.entities["Event"]
    assert "cấp huyện năm 2023" in contest and "cấp huyện Cầu Mới" not in contest, contest


def test_the_headline_s_name_and_the_body_s_name_past_a_comma_are_one_event() -> None:
    headline = "Hội thi Nhà nông giỏi cấp huyện năm 2024"
    found = read("Sáng 18/7, Hội Nông dân huyện Cầu Mới khai mạc Hội thi “Nhà nông giỏi” cấp huyện năm 2024, "
                 "hướng tới kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam. Đến dự có ông Lò Văn Hòa, "
                 "Phó Chủ tịch UBND huyện. Tham gia hội thi có 20 đội. Đội xã Hòa Sơn được chọn dự Hội thi "
                 "cấp tỉnh vào tháng 8. Ban tổ chức cảm ơn các đội dự hội thi.",
                 title=headline)
    contest = found.named("Event", headline)
    assert contest is not None and contest != headline, found.entities
    assert ("Lò Văn Hòa", "attended", contest, None) in found.relations
    # the bare word names the meeting reported, not the one named in passing after it
    provincial = next(label for label in found.entities["Event"] if label != contest)
    assert "hội thi" not in {alias.casefold() for alias in found.aliases[provincial]}, found.aliases


# --- who was there ------------------------------------------------------------------------------------------


def test_guests_named_after_khach_moi_attended() -> None:
    found = read("Chiều 24/7, Tổng công ty Thép Hải Hà tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2026. "
                 "Khách mời từ Trung ương gồm đồng chí Lò Thị Hoa, Phó Vụ trưởng Vụ Địa bàn 2.")
    (meeting,) = found.entities["Event"]
    assert ("Lò Thị Hoa", "attended", meeting, None) in found.relations
