"""Readings of who carries out documents and who runs models that the real development texts showed
in the thirty-second session, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_party_organisation_s_congress_resolution_carried_out_by_its_committee() -> None:
    # the organisation named only inside the resolution's name: its committee, which the article names
    found = read("Qua hai năm thực hiện Nghị quyết Đại hội Đảng bộ huyện Tân Lập lần thứ XX, huyện đạt nhiều "
                 "kết quả. Đồng chí Lê Văn Hai, Bí thư Huyện ủy Tân Lập phát biểu.")
    assert ("Huyện ủy Tân Lập", "implements", "Nghị quyết Đại hội XX Đảng bộ huyện Tân Lập", None) in found.relations
    # the organisation named as a body of its own carries it out
    found = read("Qua hai năm thực hiện Nghị quyết Đại hội Đảng bộ xã Đông Mai lần thứ XX, Đảng bộ xã Đông Mai "
                 "đạt nhiều kết quả.")
    assert ("Đảng bộ xã Đông Mai", "implements", "Nghị quyết Đại hội XX Đảng bộ xã Đông Mai", None) in found.relations


def test_the_party_s_own_congress_or_a_plan_s_title_is_no_party_organisation_s() -> None:
    found = read("Toàn Đảng bộ tiếp tục thực hiện Nghị quyết Đại hội XIII của Đảng.")
    assert not any(r[1] == "implements" for r in found.relations)
    found = read("Đại hội thảo luận các văn kiện sau.\nChương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ "
                 "xã Đông Mai lần thứ XX.\nĐồng chí Lê Văn Hai, Bí thư Đảng ủy xã Đông Mai phát biểu.")
    assert not any(r[1] == "implements" for r in found.relations)

