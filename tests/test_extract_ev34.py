"""Events, attendance and places as the development rounds showed them in the thirty-fourth session,
each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read

from kg.evaluate import article_annotations
from kg.extract import extract
from kg.ingest import parse_article
from kg.resolve import resolve


def test_a_rite_named_back_by_its_first_words_is_the_one_named_in_full() -> None:
    # "Buổi lễ kết nạp" (the occasion's word, then the rite's first words) and "Lễ kết nạp đảng viên mới
    # của Chi bộ X ngày …": one rite, whoever the text says was at the one
    found = read("Sáng 3/10, Chi bộ thôn Tây Mai tổ chức Lễ kết nạp đảng viên mới. Dự lễ có đồng chí Lò Văn Sinh, "
                 "Bí thư Đảng ủy xã Đông Mai.\nTại buổi lễ kết nạp, đồng chí Đinh Thị Mai, Bí thư Chi bộ, đọc quyết "
                 "định kết nạp đảng viên.", title="Kết nạp đảng viên mới ở Tây Mai")
    assert len(found.entities["Event"]) == 1, found.entities["Event"]
    rite = next(iter(found.entities["Event"]))
    assert rite.startswith("Lễ kết nạp đảng viên mới")
    assert {("Lò Văn Sinh", "attended", rite, None), ("Đinh Thị Mai", "attended", rite, None)} <= found.relations


def test_a_head_in_capitals_attended_where_no_event_was_named_before_is_the_meeting_reported() -> None:
    # an excerpt that opens on the report: "Tham dự Đại hội có …", no congress named before
    found = read("Tham dự Đại hội có ông Lò Văn Sinh, Phó Chủ tịch UBND tỉnh Hòa Lâm; bà Đinh Thị Mai, Chủ tịch "
                 "Hội Nông dân tỉnh.\nĐại hội đã thảo luận phương hướng nhiệm kỳ III.")
    assert len(found.entities["Event"]) == 1, found.entities["Event"]
    congress = next(iter(found.entities["Event"]))
    assert "Đại hội" in {congress} | found.aliases[congress]
    assert {("Lò Văn Sinh", "attended", congress, None), ("Đinh Thị Mai", "attended", congress, None)} \
        <= found.relations
    # in small letters "đại hội" names congresses in general: no meeting of its own
    found = read("Trong nhiệm kỳ qua, các chi bộ đã chuẩn bị tốt cho đại hội. Ông Lò Văn Sinh, Bí thư Đảng ủy xã "
                 "Đông Mai, phát biểu về công tác xây dựng Đảng.")
    assert not found.entities.get("Event")


def test_a_meeting_named_after_the_verb_of_directing_it() -> None:
    # "Dự và chỉ đạo Lễ kết nạp đảng viên mới có …": the verb right before the name is "chỉ đạo"
    found = read("Chiều 1/4, Chi bộ 12 đã tổ chức kết nạp đảng viên mới cho 2 đồng chí.\nDự và chỉ đạo Lễ kết nạp "
                 "đảng viên mới có đồng chí Lò Văn Sinh, Phó Bí thư Đảng ủy Trường Đại học Hòa Lâm.")
    rites = [e for e in found.entities.get("Event", ()) if e.startswith("Lễ kết nạp đảng viên mới")]
    assert len(rites) == 1, found.entities.get("Event")
    assert ("Lò Văn Sinh", "attended", rites[0], None) in found.relations


def test_who_is_elected_after_titles_set_off_by_a_dash_or_a_name_in_brackets_does_not_attend() -> None:
    # docs/gold-conventions/events.md 1b: "đồng chí A - Chủ tịch X được tín nhiệm bầu lại …",
    # "đồng chí B (Năm B) được bầu làm Bí thư": elected, not said to be there
    found = read("Sáng 12/10, Đảng bộ Tổng công ty Hòa Lâm tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2025-2030. "
                 "Dự Đại hội có đồng chí Lò Văn Sinh, Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hòa Lâm.\n"
                 "Tại Đại hội, đồng chí Đinh Văn Tài - Chủ tịch Hội đồng thành viên Tổng công ty được tín nhiệm bầu "
                 "lại là Bí thư Đảng ủy. Tại Đại hội, đồng chí Lê Văn Mạnh (Năm Mạnh) được bầu làm Phó Bí thư Đảng ủy.")
    congress = next(e for e in found.entities["Event"] if e.startswith("Đại hội"))
    assert ("Lò Văn Sinh", "attended", congress, None) in found.relations
    assert not {(p, "attended", congress, None) for p in ("Đinh Văn Tài", "Lê Văn Mạnh")} & found.relations


def test_a_meeting_cited_is_located_where_the_text_says_it_took_place() -> None:
    # "… kết quả Đại hội X diễn ra từ 21 đến 24-11 tại Hà Nội": cited, and where it took place
    found = read("Tại buổi gặp, ông Lò Văn Sinh, Trưởng Ban Trị sự tỉnh Hòa Lâm, đã thông báo các kết quả Đại hội VII "
                 "Hội Phật học Việt Nam diễn ra từ 21 đến 24-11 tại Hà Nội vừa qua.")
    assert ("Đại hội VII Hội Phật học Việt Nam", "locatedIn", "Thành phố Hà Nội", None) in found.relations
    # a meeting whose name holds the congress's: the verb after it is said of the congress
    found = read("Chiều 24/8, Hội Phật học tỉnh Hòa Lâm có buổi gặp mặt Đoàn đại biểu tham dự Đại hội VII Hội Phật học "
                 "Việt Nam diễn ra từ ngày 29 đến 30/8 tại Hà Nội. Dự buổi gặp mặt có ông Lò Văn Sinh, Phó Chủ tịch "
                 "UBND tỉnh Hòa Lâm.")
    meeting = next(e for e in found.entities["Event"] if e.startswith("Buổi gặp mặt"))
    assert (meeting, "locatedIn", "Thành phố Hà Nội", None) not in found.relations


def test_a_session_named_by_its_kind_or_its_number_said_as_a_congress_s() -> None:
    # "đã tổ chức kỳ họp bất thường": named by its kind, a meeting with who held it and the day
    found = read("Ngày 28-9, HĐND huyện Đông Mai đã tổ chức kỳ họp bất thường nhằm kiện toàn chức danh Chủ tịch UBND "
                 "huyện. Ông Lò Văn Sinh, Bí thư Huyện ủy Đông Mai dự kỳ họp.")
    session = "Kỳ họp bất thường của Hội đồng nhân dân huyện Đông Mai ngày 28-9"
    assert found.entities["Event"] == {session}
    assert ("Lò Văn Sinh", "attended", session, None) in found.relations
    # "kỳ họp lần thứ nhất": the first session, as "kỳ họp thứ nhất" names it
    found = read("Sáng ngày 30.6, HĐND xã Tây Mai khóa XIII, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp lần thứ nhất. Ông Lò "
                 "Văn Sinh, Chủ tịch HĐND huyện Đông Mai dự kỳ họp.")
    session = "Kỳ họp thứ nhất Hội đồng nhân dân xã Tây Mai khóa XIII"
    assert found.entities["Event"] == {session}
    assert ("Lò Văn Sinh", "attended", session, None) in found.relations
    # a kind of session without its body is no one session
    assert not read("Các đại biểu tiếp xúc cử tri sau kỳ họp thường lệ cuối năm 2025.").entities.get("Event")


def test_who_acts_for_whom_after_a_comma_does_not_go_on_an_event_s_name() -> None:
    # ", thừa ủy quyền Chủ tịch nước, …", ", thay mặt …": a clause of its own, not the rest of the name
    found = read("Sáng 6/7, tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023, thừa ủy quyền Chủ tịch nước, ông Lò Văn "
                 "Sinh, Thứ trưởng Bộ Nông nghiệp trao Huân chương Lao động hạng Ba cho Cục Chăn nuôi.")
    assert found.entities["Event"] == {"Hội nghị sơ kết công tác 6 tháng đầu năm 2023 ngày 6/7"}
    found = read("Chiều 2/3, tại Lễ kỷ niệm 70 năm ngày thành lập Trường Chính trị tỉnh Hòa Lâm, thay mặt Ban Thường "
                 "vụ Tỉnh ủy, ông Lò Văn Sinh, Phó Bí thư Tỉnh ủy trao Cờ thi đua cho nhà trường.")
    assert all("thay mặt" not in event for event in found.entities["Event"]), found.entities["Event"]


def _places_of(text: str) -> set[str]:
    """The Places of an article laid out as ``text`` is, with no date line under its first line (read()
    puts one there)."""
    article = parse_article(text, "test.txt", "test.txt", is_html=False)
    annotation = article_annotations(resolve([extract(article)]))["test.txt"]
    return {e.label for e in annotation.entities if e.type == "Place"}


def test_a_headline_under_a_page_s_chrome_names_its_place_as_a_place() -> None:
    # docs/gold-conventions/events.md 3c: the headline's place is a Place, also where the page's lines
    # stand above the headline (its title then being the first of them)
    places = _places_of("Thống kê truy cập\n\nBầu cử QH và HĐND các cấp\n\nXã Tây Mai tổ chức Hội nghị tổng kết công "
                        "tác bầu cử năm 2021\n\nNgày 17/6/2021, tại Hội trường UBND xã, Ủy ban bầu cử xã Tây Mai tổ "
                        "chức Hội nghị tổng kết công tác bầu cử. Dự hội nghị có ông Lò Văn Sinh, Phó Chủ tịch UBND "
                        "huyện Đông Mai.\n\nMinh Anh")
    assert "Xã Tây Mai" in places
    # under a title and its date line, the text's first line is the body's: the place stands for its
    # authorities, in passing
    found = read("Xã Tây Mai tổ chức Lễ mừng thọ cho người cao tuổi năm 2024\nDự lễ có ông Lò Văn Sinh, Phó Chủ tịch "
                 "UBND huyện Đông Mai.")
    assert "Xã Tây Mai" not in found.entities.get("Place", set())


def test_what_a_numbered_event_does_after_its_body_does_not_go_on_its_name() -> None:
    # "Hội nghị lần thứ 22 Ban Chấp hành Đảng bộ huyện X thảo luận …": the verb, in small letters, ends the name
    found = read("Sáng 14/6, Hội nghị lần thứ 22 Ban Chấp hành Đảng bộ huyện Đông Mai thảo luận và quyết định một số "
                 "nội dung quan trọng. Dự hội nghị có ông Lò Văn Sinh, Phó Bí thư Tỉnh ủy Hòa Lâm.")
    assert found.entities["Event"] == {"Hội nghị lần thứ 22 Ban Chấp hành Đảng bộ huyện Đông Mai ngày 14/6"}
    # in capitals the word is a body's ("Tập đoàn"), not what the event does
    found = read("Sáng 14/6, Đại hội đại biểu lần thứ IV Đảng bộ Tập đoàn Dệt May Hòa Lâm khai mạc. Dự đại hội có ông "
                 "Lò Văn Sinh, Phó Bí thư Tỉnh ủy Hòa Lâm.")
    assert found.entities["Event"] == {"Đại hội đại biểu lần thứ IV Đảng bộ Tập đoàn Dệt May Hòa Lâm"}


def test_a_meeting_named_with_its_day_is_the_one_named_so_with_who_held_it() -> None:
    # "Tọa đàm kỷ niệm 93 năm ngày 15/11/2023" (its name cut by a line's end) and "Buổi Tọa đàm kỷ niệm 93 năm
    # của Ủy ban X ngày 15/11/2023": one meeting, named in full by the second
    from kg.model import EntityKey
    from kg.resolve import _dated_and_held_by
    short = "Tọa đàm kỷ niệm 93 năm ngày 15/11/2023"
    full = "Buổi Tọa đàm kỷ niệm 93 năm của Ủy ban Mặt trận Tổ quốc Việt Nam phường 5 ngày 15/11/2023"
    renamed = _dated_and_held_by({short, full}, {})
    assert list(renamed.values()) == [EntityKey("Event", full)]
    # on another day, another meeting
    assert not _dated_and_held_by({short, full.replace("15/11/2023", "16/11/2023")}, {})
