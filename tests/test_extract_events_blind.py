"""Events, attendance, implements and locatedIn by example: the genre rules read from
the blind batches (tests/realistic-blind), each with an invented sentence.

The sentences are written for the tests, in the genre's manner, about places and
people that the bundled corpus does not contain.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.evaluate import article_annotations
from kg.extract import extract
from kg.ingest import parse_article
from kg.resolve import resolve
from kg.text import match_key


@dataclass
class Found:
    entities: dict[str, set[str]]
    aliases: dict[str, set[str]]
    relations: set[tuple[str, str, str, str | None]]

    def has(self, type_: str, label: str) -> bool:
        return match_key(label) in {match_key(x) for x in self.entities.get(type_, set())}

    def named(self, type_: str, name: str) -> str | None:
        """The label of the entity of that type that has ``name`` as its label or an alias."""
        for label in self.entities.get(type_, set()):
            if match_key(name) in {match_key(x) for x in {label, *self.aliases.get(label, set())}}:
                return label
        return None


def read(body: str, title: str = "Tin hoạt động", author: str = "Minh Anh") -> Found:
    text = f"{title}\n\n12/03/2024 09:30 Số lượt xem: 120\n{body}\n\n{author}"
    article = parse_article(text, "test.txt", "test.txt", is_html=False)
    kb = resolve([extract(article)])
    annotation = article_annotations(kb)["test.txt"]
    entities: dict[str, set[str]] = {}
    aliases: dict[str, set[str]] = {}
    for e in annotation.entities:
        entities.setdefault(e.type, set()).add(e.label)
        aliases[e.label] = set(e.aliases)
    relations = {(r.subject, r.predicate, r.object, r.role) for r in annotation.relations}
    return Found(entities, aliases, relations)


# --- where an event's name ends --------------------------------------------------------


def test_an_event_name_ends_before_when_and_where_it_was_held() -> None:
    found = read("Tại Lễ kỷ niệm 70 năm Ngày truyền thống ngành Thủy lợi (26/7/1955 - 26/7/2025) tổ chức "
                 "sáng 25/7 tại Hà Nội, ông Khổng Văn Tiệp, Chủ tịch Công đoàn Thủy lợi phát biểu.")
    event = found.named("Event", "Lễ kỷ niệm 70 năm Ngày truyền thống ngành Thủy lợi")
    assert event is not None and "tổ chức" not in event
    assert (event, "locatedIn", "Thành phố Hà Nội", None) in found.relations
    assert ("Khổng Văn Tiệp", "attended", event, None) in found.relations


def test_an_event_name_ends_at_a_comma_before_a_new_clause() -> None:
    found = read("Sáng 9/11, ấp Tân Quới, xã Hòa Lợi tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024, "
                 "đây là ấp điểm của huyện.")
    event = found.named("Event", "Ngày hội Đại đoàn kết toàn dân tộc năm 2024")
    assert event is not None and "đây" not in event


def test_who_is_admitted_is_not_part_of_the_ceremony_name() -> None:
    found = read("Chi bộ Công ty Cơ khí Hòa Phát tổ chức lễ kết nạp đảng viên mới cho anh Lò Văn Tiến, "
                 "công nhân phân xưởng.")
    assert not any("Lò Văn Tiến" in label for label in found.entities.get("Event", set()))


def test_what_a_congress_did_is_not_its_name() -> None:
    found = read("Đại hội Chi bộ Khoa Lý luận cơ sở lần thứ V diễn ra sáng 3/4. Đại hội thành công tốt đẹp "
                 "với phương châm “Đoàn kết, dân chủ, đổi mới”.")
    assert not any("phương châm" in label for label in found.entities.get("Event", set()))


def test_an_act_after_and_ends_an_event_name() -> None:
    found = read("Đại hội nghe báo cáo tổng hợp ý kiến vào dự thảo văn kiện của Đại hội đại biểu Đảng bộ "
                 "Quân khu 9 và hướng dẫn thảo luận tại tổ.")
    assert not any("hướng dẫn" in label for label in found.entities.get("Event", set()))
