"""Events and attendance as the development rounds showed them in the thirty-second session,
each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_rite_named_with_and_without_a_comma_between_its_verbs_is_one() -> None:
    # "Lễ giao, nhận quân" and "Lễ giao nhận quân": one rite, written both ways
    found = read("Sáng 20/2, huyện Đông Mai tổ chức Lễ giao, nhận quân năm 2024.\n"
                 "Dự Lễ giao nhận quân năm 2024 có đồng chí Lò Văn Sinh, Bí thư Huyện ủy Đông Mai; "
                 "đồng chí Đinh Thị Mai, Chủ tịch UBND huyện.", title="Đông Mai: Lễ giao nhận quân năm 2024")
    assert len(found.entities["Event"]) == 1, found.entities["Event"]
    rite = next(iter(found.entities["Event"]))
    assert {"Lễ giao nhận quân năm 2024", "Lễ giao, nhận quân năm 2024"} <= {rite} | found.aliases[rite]
    assert {("Lò Văn Sinh", "attended", rite, None), ("Đinh Thị Mai", "attended", rite, None)} <= found.relations
