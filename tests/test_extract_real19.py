"""Readings the real corpus showed in the fourteenth session (development rounds, and rounds 10–13
read as development from then on), each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_name_cut_off_where_an_excerpt_ends_is_the_name_it_begins() -> None:
    found = read("Dự buổi gặp mặt có đồng chí Lò Văn Sinh, Giám đốc Sở Tư pháp tỉnh Hòa Lâm.\n"
                 "Tại buổi gặp mặt, đồng chí Lò Văn Si")
    assert "Lò Văn Si" not in found.entities["Person"]
    assert "Lò Văn Sinh" in found.entities["Person"]


def test_a_congress_numbered_one_is_not_cut_from_the_second() -> None:
    found = read("Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I\nNăm 1946, Đại hội diễn ra tại xã Đông Mai.\n"
                 "Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ II\nNăm 1948, Đại hội diễn ra tại xã Tây Mai.")
    assert {"Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I",
            "Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ II"} <= found.entities["Event"]
