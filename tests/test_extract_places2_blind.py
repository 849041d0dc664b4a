"""Events, places and attendance as the blind invented batches showed them missed: given
these sentences, written for the tests in the genre's manner, these entities and relations."""

from __future__ import annotations

from test_extract import read


def test_an_attendance_lead_after_a_meeting_head_names_the_meeting_back() -> None:
    # "Tham dự hội nghị còn có …", "Tới dự hội nghị chỉ đạo có …": the conference named
    # before, not a new event "Hội nghị còn" / "Hội nghị chỉ đạo"
    f = read("Sáng 5/3, Hội LHPN huyện Ân Thi tổ chức hội nghị sơ kết công tác hội năm 2024. "
             "Tham dự hội nghị còn có bà Vũ Thị Lan, Phó Chủ tịch Hội LHPN tỉnh Hưng Yên. "
             "Tới dự hội nghị chỉ đạo có ông Trần Văn Hải, Chủ tịch UBND huyện Ân Thi.")
    events = f.entities["Event"]
    assert len(events) == 1
    event = next(iter(events))
    assert event.startswith("Hội nghị sơ kết công tác hội năm 2024")
    assert ("Vũ Thị Lan", "attended", event, None) in f.relations
    assert ("Trần Văn Hải", "attended", event, None) in f.relations
