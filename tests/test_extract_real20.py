"""Readings the real corpus showed in the fifteenth session (development rounds), each reproduced
here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_council_named_bare_in_a_chain_is_of_the_place_before_it() -> None:
    found = read("Chiều 29/12, Huyện ủy Đông Mai tổ chức hội nghị. Đồng chí Lò Văn Sinh - Bí thư Huyện ủy - "
                 "Chủ tịch HĐND phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Hội đồng nhân dân huyện Đông Mai", "Chủ tịch") in found.relations
    found = read("Chiều 29/12, Đảng ủy - UBND xã Tây Mai tổ chức hội nghị. Đồng chí Lò Văn Sinh - Bí thư Đảng ủy - "
                 "Chủ tịch HĐND; đồng chí Lê Văn Hai phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Hội đồng nhân dân xã Tây Mai", "Chủ tịch") in found.relations
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy xã Tây Mai", "Bí thư") in found.relations


def test_a_list_of_a_place_s_bodies_named_bare_is_the_article_s_commune() -> None:
    found = read("Xã Tây Mai gặp mặt đảng viên. Về dự có các đồng chí lãnh đạo Đảng ủy – HĐND – UBND – UBMTTQVN, "
                 "bí thư các chi bộ trực thuộc.")
    assert {"Hội đồng nhân dân xã Tây Mai", "Ủy ban nhân dân xã Tây Mai",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tây Mai"} <= found.entities["Organization"]
    found = read("Xã Tây Mai dự hội nghị. Thành phố thành lập Hội đồng nhân dân, Ủy ban nhân dân tại các xã, phường.")
    assert "Hội đồng nhân dân xã Tây Mai" not in found.entities.get("Organization", set())
