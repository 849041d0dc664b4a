"""Patterns of the articles read in the twenty-ninth session (2024–2025 news pages and vietnews), written with
invented people and places."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_title_written_with_capitals_is_no_ministry() -> None:
    found = read("Ban Chấp hành Trung ương khai trừ khỏi Đảng ông Lê Văn Tâm - nguyên Bộ Trưởng, Chủ nhiệm Văn "
                 "phòng Chính phủ.")
    assert "Bộ Trưởng" not in found.entities["Organization"]
    assert ("Lê Văn Tâm", "holdsPost", "Văn phòng Chính phủ", "nguyên Chủ nhiệm") in found.relations
