"""Quotes in news off the genre (a crawled feed of every section: sport, film, crime) are
not models of practice: nicknames, titles and charges are quoted as often as movements.

A model read off a bare quote needs an article that names some body, or its kind named
("phong trào “A”"); a charge ("tội “…”", "vụ án “…”") or a film ("bộ phim “…”") is never one.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_football_article_s_nicknames_are_no_models() -> None:
    found = read("Sau trận thua, “Quỷ đỏ” rơi xuống thứ sáu. Huấn luyện viên Lê Văn Tâm nói đội cần "
                 "thêm thời gian, còn báo chí gọi hàng công của đội là “Kền kền trắng” mới.")
    assert not found.entities.get("PracticeModel")


def test_a_movement_named_by_its_kind_stays_a_model_in_any_article() -> None:
    found = read("Nhiều gia đình ở thôn Đông hưởng ứng phong trào “Nhà sạch, vườn đẹp” từ đầu năm.")
    assert found.has("PracticeModel", "Nhà sạch, vườn đẹp")


def test_a_bare_quote_stays_a_model_where_the_article_names_a_body() -> None:
    found = read("Hội Nông dân xã Đông Hòa tổng kết năm 2024. Nhiều hội viên đã làm theo “5 có, 3 không” "
                 "và được biểu dương.")
    assert found.has("PracticeModel", "5 có, 3 không")


def test_charges_and_films_in_quotes_are_no_models() -> None:
    found = read("Cơ quan Cảnh sát điều tra Công an tỉnh Đông Hòa đã khởi tố vụ án “Giết người”, bị can bị "
                 "truy tố về tội “Trộm cắp tài sản”. Tối qua, Sở Văn hóa tỉnh chiếu bộ phim “Mùa gặt”.")
    assert not found.entities.get("PracticeModel")
