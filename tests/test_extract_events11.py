"""Events, who attended them and where they were held, by example: the eleventh session's
rules, each with an invented sentence in the genre's manner about places and people the
bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- who speaks for others at a meeting ------------------------------------------------

_MEETING = ("Sáng 12/3, Hội Nông dân huyện Yên Khê tổ chức Hội nghị tổng kết công tác Hội năm 2025. "
            "Dự hội nghị có ông Đào Văn Khiêm, Phó Chủ tịch UBND huyện. ")


def _meeting(found_events: set[str]) -> str:
    return next(label for label in found_events if label.startswith("Hội nghị tổng kết công tác Hội"))


def test_who_speaks_for_others_opening_the_sentence_attended() -> None:
    found = read(_MEETING + "Thay mặt Ban Thường vụ, bà Lục Thị Mai, Chủ tịch Hội Nông dân huyện tiếp thu "
                 "các ý kiến của hội viên.")
    meeting = _meeting(found.entities["Event"])
    assert ("Lục Thị Mai", "attended", meeting, None) in found.relations


def test_who_speaks_for_others_after_his_titles_attended() -> None:
    found = read(_MEETING + "Ông Hoàng Văn Lịch, Trưởng Chi hội Nông dân thôn Đồng Tâm thay mặt hội viên hứa "
                 "sẽ thi đua sản xuất giỏi.")
    meeting = _meeting(found.entities["Event"])
    assert ("Hoàng Văn Lịch", "attended", meeting, None) in found.relations


def test_only_the_one_speaking_for_others_attended_not_whom_he_names() -> None:
    found = read(_MEETING + "Thay mặt Ban Thường vụ, ông Đào Văn Khiêm ghi nhận đóng góp của ông Phùng Văn Tạo "
                 "trong 10 năm làm Chủ tịch Hội.")
    meeting = _meeting(found.entities["Event"])
    assert ("Phùng Văn Tạo", "attended", meeting, None) not in found.relations


def test_who_receives_for_others_is_not_said_to_speak() -> None:
    found = read(_MEETING + "Dịp này, UBND huyện tặng Giấy khen cho Chi hội thôn Đồng Tâm; ông Hoàng Văn Lịch, "
                 "Trưởng Chi hội thay mặt nhận Giấy khen.")
    meeting = _meeting(found.entities["Event"])
    assert ("Hoàng Văn Lịch", "attended", meeting, None) not in found.relations


def test_who_answers_voters_attended() -> None:
    found = read("Chiều 5/7, Hội đồng nhân dân huyện Yên Khê khai mạc Kỳ họp thứ 9, khóa XXI. "
                 "Ông Lã Văn Hiếu, Trưởng phòng Tài chính huyện giải trình thêm về kinh phí làm đường.")
    session = next(label for label in found.entities["Event"] if label.startswith("Kỳ họp thứ 9"))
    assert ("Lã Văn Hiếu", "attended", session, None) in found.relations
