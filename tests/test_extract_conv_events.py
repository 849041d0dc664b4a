"""Events, who attended them and where they were held, under the conventions settled in
docs/gold-conventions/events.md, by example: invented sentences in the genre's manner about
places and people the bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- 1b: someone named only as elected at the event does not attend it ------------------------

_CONGRESS = ("Sáng 14/6, Hội Cựu chiến binh xã Tân Khê tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ "
             "2025-2030. Dự đại hội có ông Lò Văn Tâm, Phó Chủ tịch UBND huyện. ")


def _congress(found_events: set[str]) -> str:
    return next(label for label in found_events if label.startswith("Đại hội"))


def test_who_is_elected_in_a_sentence_opening_at_the_congress_did_not_attend_it() -> None:
    found = read(_CONGRESS + "Tại Đại hội, ông Hà Văn Lực tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội.")
    congress = _congress(found.entities["Event"])
    assert ("Lò Văn Tâm", "attended", congress, None) in found.relations
    assert ("Hà Văn Lực", "attended", congress, None) not in found.relations


def test_who_is_elected_after_his_titles_did_not_attend() -> None:
    found = read(_CONGRESS + "Phát biểu tại Đại hội, ông Lò Văn Tâm chúc mừng; đồng chí Hà Văn Lực, Phó Chủ tịch "
                 "Hội Cựu chiến binh xã được bầu giữ chức Chủ tịch Hội.")
    congress = _congress(found.entities["Event"])
    assert ("Hà Văn Lực", "attended", congress, None) not in found.relations


def test_who_is_at_the_congress_before_others_are_elected_attended() -> None:
    found = read(_CONGRESS + "Đồng chí Lò Văn Tâm, Phó Chủ tịch UBND huyện dự và chúc mừng các đồng chí "
                 "được bầu vào Ban Chấp hành khóa mới.")
    congress = _congress(found.entities["Event"])
    assert ("Lò Văn Tâm", "attended", congress, None) in found.relations


# --- 3c: a headline's tag makes no place by itself ----------------------------------------------


def test_a_bare_headline_tag_whose_place_the_body_names_only_in_bodies_is_no_place() -> None:
    found = read("Tân Khê: Ra mắt mô hình “Khu dân cư không rác thải nhựa”\n\n"
                 "Sáng 14/3, Huyện ủy Tân Khê tổ chức Lễ ra mắt mô hình “Khu dân cư không rác thải nhựa”.")
    assert not any("Tân Khê" in place for place in found.entities.get("Place", set()))


def test_a_headline_tag_with_its_level_is_no_place_by_itself() -> None:
    found = read("Huyện Tân Khê: Nhiều mô hình hiệu quả trong công tác dân vận\n\n"
                 "Sáng 14/1, Ủy ban nhân dân huyện Tân Khê tổ chức Hội nghị sơ kết công tác dân vận.")
    assert not any("Tân Khê" in place for place in found.entities.get("Place", set()))


def test_a_headline_tag_whose_place_the_body_names_as_a_place_is_one() -> None:
    found = read("Huyện Tân Khê: Nhiều mô hình hiệu quả trong công tác dân vận\n\n"
                 "Sáng 14/1, tại huyện Tân Khê, Ủy ban nhân dân tỉnh Hòa Lâm tổ chức Hội nghị sơ kết công tác dân vận.")
    assert any("Tân Khê" in place for place in found.entities.get("Place", set()))


# --- locatedIn: where the text says the event took place ---------------------------------------


def test_an_event_held_at_a_place_after_its_day_took_place_there() -> None:
    found = read("Đại hội đại biểu Đảng bộ Tổng công ty Xây dựng Hòa Lâm lần thứ V, nhiệm kỳ 2025-2030, "
                 "tổ chức sáng 12/8 ở tỉnh Hòa Bình. Dự đại hội có ông Lò Văn Tâm, Phó Bí thư Đảng ủy Khối.")
    congress = next(label for label in found.entities["Event"] if label.startswith("Đại hội"))
    assert (congress, "locatedIn", "Tỉnh Hòa Bình", None) in found.relations


def test_someone_who_lives_at_a_place_does_not_place_the_event() -> None:
    found = read("Sáng 12/8, Hội Cựu chiến binh huyện Tân Khê tổ chức Lễ bàn giao nhà nghĩa tình đồng đội "
                 "cho ông Hà Văn Lực ở xã Phú Lãm.")
    assert not any(predicate == "locatedIn" for _, predicate, _, _ in found.relations)
