"""Bodies known by two full names (fourteenth round), each with an invented sentence about
invented people and places.

A body renamed by the 2025 reforms is one body under both its names (kg/data/renamed_bodies.tsv).
"""

from __future__ import annotations

from test_extract import Found  # tests/ is on sys.path (rootdir import mode)

from kg.evaluate import article_annotations
from kg.extract import extract
from kg.ingest import parse_article
from kg.resolve import resolve

# --- a body known by two full names -----------------------------------------------------------------


def _read_dated(body: str, date: str) -> Found:
    text = f"Tin hoạt động\n\n{date} 09:30\n{body}\n\nMinh Anh"
    article = parse_article(text, "test.txt", "test.txt", is_html=False)
    annotation = article_annotations(resolve([extract(article)]))["test.txt"]
    entities: dict[str, set[str]] = {}
    aliases: dict[str, set[str]] = {}
    for e in annotation.entities:
        entities.setdefault(e.type, set()).add(e.label)
        aliases[e.label] = set(e.aliases)
    return Found(entities, aliases, {(r.subject, r.predicate, r.object, r.role) for r in annotation.relations})


NEW_NAME = "Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam"


def test_a_renamed_body_goes_by_the_name_the_article_writes_and_keeps_the_other() -> None:
    found = _read_dated(f"Ngày 8/1, {NEW_NAME} (Petrovietnam) tổ chức hội nghị tổng kết. Ông Đỗ Minh Quang, "
                        "Bí thư Đảng ủy Tập đoàn, phát biểu chỉ đạo.", "10/01/2026")
    assert found.has("Organization", NEW_NAME)
    assert found.named("Organization", "Tập đoàn Dầu khí Việt Nam") == NEW_NAME
    assert ("Đỗ Minh Quang", "holdsPost", f"Đảng ủy {NEW_NAME}", "Bí thư") in found.relations
    assert not found.has("Organization", "Tập đoàn Dầu khí Việt Nam")


def test_a_renamed_body_named_only_by_its_brand_takes_the_name_of_the_article_s_time() -> None:
    body = "Ông Đỗ Minh Quang, Chủ tịch Hội đồng thành viên Petrovietnam, trao Cờ thi đua cho 5 đơn vị."
    before, after = _read_dated(body, "10/01/2024"), _read_dated(body, "10/01/2026")
    assert before.has("Organization", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam")
    assert after.has("Organization", "Hội đồng thành viên Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam")
    assert after.named("Organization", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam") is not None
