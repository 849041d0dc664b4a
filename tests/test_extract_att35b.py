"""Events and attendance as the development rounds (and the rounds opened in the thirty-fifth
session) showed them, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_who_an_event_has_the_presence_of_attended_it() -> None:
    # "Đại hội có sự tham gia của …", "Buổi lễ có sự hiện diện của …": attendance written as a presence
    found = read("Sáng 12/5, Công đoàn Viện Nghiên cứu Đông Mai tổ chức Đại hội Công đoàn Viện nhiệm kỳ 2023 - 2028.\n"
                 "Đại hội cũng có sự tham gia của lãnh đạo Viện, bao gồm: đ/c Lò Văn Sinh - Bí thư Chi bộ, "
                 "Viện trưởng; đ/c Đinh Thị Mai - Phó Viện trưởng.",
                 title="Đại hội Công đoàn Viện Nghiên cứu Đông Mai")
    congress = next(iter(found.entities["Event"]))
    assert {("Lò Văn Sinh", "attended", congress, None), ("Đinh Thị Mai", "attended", congress, None)} \
        <= found.relations
    found = read("Chiều 19/5, Chi bộ Trường Tiểu học Tây Mai tổ chức Lễ kết nạp đảng viên mới.\n"
                 "Buổi lễ có sự hiện diện của đồng chí Lê Văn Tài, Phó Bí thư Đảng ủy xã Tây Mai.",
                 title="Chi bộ Trường Tiểu học Tây Mai kết nạp đảng viên")
    rite = next(iter(found.entities["Event"]))
    assert ("Lê Văn Tài", "attended", rite, None) in found.relations
