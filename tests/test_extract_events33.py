"""Events and attendance as the development rounds showed them in the thirty-third session,
each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_congress_named_with_a_body_whose_name_holds_a_comma_or_and_keeps_the_body_whole() -> None:
    # "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ": the body's own comma or "và"
    # does not end the congress's name
    found = read("Sáng 12/3, Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm tổ chức Đại hội đại biểu Đảng bộ "
                 "Sở Văn hóa, Thể thao và Du lịch lần thứ IX, nhiệm kỳ 2020 - 2025. Dự Đại hội có đồng chí Lò Văn "
                 "Sinh, Phó Bí thư Tỉnh ủy.")
    assert found.entities["Event"] == {
        "Đại hội đại biểu Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm lần thứ IX"}, found.entities["Event"]
    congress = next(iter(found.entities["Event"]))
    assert ("Lò Văn Sinh", "attended", congress, None) in found.relations
    found = read("Sáng 12/3, Đảng bộ Sở Khoa học và Công nghệ tỉnh Hòa Lâm tổ chức Đại hội lần thứ IV nhiệm kỳ "
                 "2020 - 2025 của Đảng bộ Sở Khoa học và Công nghệ. Dự Đại hội có đồng chí Lò Văn Sinh.")
    (congress,) = found.entities["Event"]
    assert congress.startswith("Đại hội lần thứ IV nhiệm kỳ 2020 - 2025 của Đảng bộ Sở Khoa học và Công nghệ")
    # a list of the event's own is still cut at its comma
    found = read("Sáng 12/3, Huyện ủy Đông Mai tổ chức Hội nghị sơ kết công tác quý I, Ban Thường vụ Huyện ủy "
                 "chủ trì.")
    assert not any("Ban Thường vụ" in e for e in found.entities.get("Event", set())), found.entities


def test_a_congress_written_with_and_without_a_linking_of_and_once_short_is_one() -> None:
    # "Đại hội Thi đua yêu nước Bộ X lần thứ III", "Đại hội thi đua yêu nước của Bộ X lần thứ III" and
    # "Đại hội thi đua yêu nước lần thứ III": one congress
    found = read("Chiều 10/11, tại Hà Nội đã diễn ra Đại hội Thi đua yêu nước Bộ Văn hóa, Thể thao và Du lịch "
                 "lần thứ III.\nNgày 10/11, Bộ Văn hóa, Thể thao và Du lịch tổ chức Đại hội thi đua yêu nước lần "
                 "thứ III. Phát biểu khai mạc, Bộ trưởng Lò Văn Sinh cho biết, Đại hội thi đua yêu nước của Bộ Văn "
                 "hóa, Thể thao và Du lịch lần thứ III là một dấu mốc quan trọng.",
                 title="Đại hội Thi đua yêu nước Bộ Văn hóa, Thể thao và Du lịch")
    assert len(found.entities["Event"]) == 1, found.entities["Event"]


def test_who_attends_or_speaks_at_the_programme_attends_the_occasion_named_before() -> None:
    # "Tham dự chương trình có …", "Phát biểu tại chương trình, …": the occasion the text is at, named back
    found = read("Sáng 4/2, Đảng ủy xã Đông Mai tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3/2 cho 12 đảng viên.\n"
                 "Tham dự chương trình có đồng chí Lò Văn Sinh, Phó Bí thư Huyện ủy Tây Hà.\n"
                 "Phát biểu tại chương trình, đồng chí Đinh Thị Mai, Bí thư Đảng ủy xã chúc mừng các đảng viên.")
    (rite,) = found.entities["Event"]
    assert {("Lò Văn Sinh", "attended", rite, None), ("Đinh Thị Mai", "attended", rite, None)} <= found.relations
    # a programme named, not named back: no occasion of its own
    found = read("Sáng 4/2, Huyện ủy Tây Hà tổ chức Hội nghị sơ kết công tác quý I. Hội nghị đã thông qua chương "
                 "trình hành động của Huyện ủy.")
    assert all(not e.lower().startswith("chương trình") for e in found.entities["Event"]), found.entities


def test_who_attends_the_programme_before_any_occasion_is_named_attends_the_one_told_of() -> None:
    # "… tổ chức thăm, tặng quà … Tham dự chương trình có …": the visit with gifts the text told of by what was done
    found = read("Sáng 13/11/2025, Hội Liên hiệp Phụ nữ tỉnh Hòa Lâm tổ chức thăm, tặng quà hội viên phụ nữ bị ảnh "
                 "hưởng bão lũ tại xã Đông Mai.\nTham dự chương trình có đồng chí Lò Thị Sinh - Chủ tịch Hội Liên "
                 "hiệp Phụ nữ tỉnh; đồng chí Đinh Văn Tài – Bí thư Đảng ủy xã Đông Mai.\n"
                 "Buổi lễ hôm nay là nguồn động viên to lớn đối với các chị.")
    (visit,) = found.entities["Event"]
    assert "chương trình" in found.aliases[visit]
    assert {("Lò Thị Sinh", "attended", visit, None), ("Đinh Văn Tài", "attended", visit, None)} <= found.relations


def test_a_congress_whose_term_years_are_dashed_two_ways_is_one() -> None:
    # "nhiệm kỳ 2022- 2025" (the headline) and "nhiệm kỳ 2022 – 2025" (the body): the same years of one term
    found = read("Thực hiện Kế hoạch số 87-KH/ĐU ngày 19/4/2022 của Đảng ủy Sở Tư pháp tỉnh Hòa Lâm về Đại hội chi "
                 "bộ trực thuộc Đảng ủy Sở Tư pháp nhiệm kỳ 2022 – 2025, ngày 2/8/2022 Chi bộ Văn phòng Sở đã tổ "
                 "chức Đại hội.\nDự Đại hội có đồng chí Lò Văn Sinh, Bí thư Đảng ủy Sở Tư pháp.",
                 title="Đại hội chi bộ nhiệm kỳ 2022- 2025")
    assert len(found.entities["Event"]) == 1, found.entities["Event"]


def test_a_venue_named_in_small_letters_names_no_meeting_back() -> None:
    # "tại Trung tâm hội nghị tỉnh đã diễn ra Đại hội …": the hall, not a conference named back
    found = read("Trong 2 ngày (25-26/4), tại Trung tâm hội nghị tỉnh đã diễn ra Đại hội đại biểu Mặt trận Tổ quốc "
                 "Việt Nam thành phố Đông Mai lần thứ X, nhiệm kỳ 2024 - 2029.\nDự Đại hội có đồng chí Lò Văn Sinh, "
                 "Bí thư Thành ủy Đông Mai.")
    assert not any(e.startswith("Hội nghị") for e in found.entities["Event"]), found.entities["Event"]


def test_an_event_whose_label_is_one_of_another_s_names_is_that_one() -> None:
    # "Đại hội Đảng bộ Viện nhiệm kỳ 2020 – 2025" (the short body completed) is how "Đại hội Đảng bộ Viện X"
    # is written with its term; the page's heading "Đại hội Đảng bộ" is one of its names too
    found = read("Đại hội Đảng bộ Viện Nghiên cứu Hòa Lâm, nhiệm kỳ 2020 – 2025.\n"
                 "Thực hiện Kế hoạch số 12-KH/ĐU ngày 3/1/2020 của Đảng ủy Bộ Khoa học về Đại hội đảng bộ các cấp, "
                 "ngày 29-30/6/2020, Đảng bộ Viện Nghiên cứu Hòa Lâm đã long trọng tổ chức Đại hội Đảng bộ Viện "
                 "nhiệm kỳ 2020 – 2025 với tinh thần đoàn kết. Dự Đại hội có đồng chí Lò Văn Sinh, Phó Bí thư Đảng "
                 "ủy Bộ.", title="Đại hội Đảng bộ")
    congresses = {e for e in found.entities["Event"] if "các cấp" not in e}  # (the series cited: not this rule's)
    assert congresses == {"Đại hội Đảng bộ Viện Nghiên cứu Hòa Lâm"}, found.entities["Event"]
    # a congress numbered otherwise is another, whatever names it goes by
    found = read("Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I họp tại xã Đông Mai năm 1947. Đại hội đại biểu "
                 "Đảng bộ tỉnh Hòa Lâm lần thứ II họp tại xã Tây Hà năm 1949.")
    assert {"Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I",
            "Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ II"} <= found.entities["Event"], found.entities["Event"]
