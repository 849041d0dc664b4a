"""Who does what with documents, models and awards, by example (the eleventh round): the
constructions the genre uses for it, on invented sentences about places and people that the
test batches do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ a campaign named with its kind, and its parts


def test_a_campaign_named_with_its_kind_and_year_unquoted_is_a_model_of_the_subject() -> None:
    found = read("Sáng 10/6, Huyện đoàn Sông Mây ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 tại xã Bình An.")
    campaign = "Chiến dịch Thanh niên tình nguyện hè năm 2026"
    assert campaign in found.entities["PracticeModel"]
    assert ("Huyện đoàn Sông Mây", "practices", campaign, None) in found.relations


def test_a_battle_named_in_capitals_is_no_campaign_of_practice() -> None:
    found = read("Hội Cựu chiến binh huyện Sông Mây ôn lại Chiến dịch Điện Biên Phủ năm 1954.")
    assert not any(label.startswith("Chiến dịch") for label in found.entities.get("PracticeModel", set()))


def test_the_parts_of_a_campaign_are_run_by_the_body_that_runs_it() -> None:
    found = read("Sáng 10/6, Huyện đoàn Sông Mây ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026. "
                 "Chiến dịch kéo dài đến tháng 8, gồm chương trình “Tiếp sức đến trường” và hai chiến dịch "
                 "thành phần “Ngày hè xanh”, “Xóm vui hè”.")
    for part in ("Tiếp sức đến trường", "Ngày hè xanh", "Xóm vui hè"):
        assert ("Huyện đoàn Sông Mây", "practices", part, None) in found.relations


def test_a_past_year_s_campaign_named_as_the_merit_of_an_award_is_a_model_nobody_here_runs() -> None:
    """docs/gold-conventions/doers.md items 13 and 5 (this test said "no model" before them)."""
    found = read("Huyện đoàn Sông Mây tặng Giấy khen cho 5 tập thể có thành tích xuất sắc trong Chiến dịch "
                 "Thanh niên tình nguyện hè năm 2025.")
    campaign = "Chiến dịch Thanh niên tình nguyện hè năm 2025"
    assert campaign in found.entities.get("PracticeModel", set())
    assert not any(p == "practices" and o == campaign for _, p, o, _ in found.relations)


# ------------------------------------------------------------------ the people of a body receive, not the body


def test_members_of_a_body_named_after_cho_receive_the_award_the_body_does_not() -> None:
    found = read("Dịp này, ông Lò Văn Toàn trao Kỷ niệm chương “Vì sự nghiệp nông dân” cho 3 hội viên Hội Nông dân "
                 "xã Bình An có nhiều đóng góp.")
    assert not any(r[1] == "receivedAward" and r[0] == "Hội Nông dân xã Bình An" for r in found.relations)


def test_a_body_named_after_cho_receives_the_award() -> None:
    found = read("Dịp này, ông Lò Văn Toàn trao Giấy khen cho Hội Nông dân xã Bình An.")
    assert any(r[1] == "receivedAward" and r[0] == "Hội Nông dân xã Bình An" for r in found.relations)


# ------------------------------------------------------------------ the movement an award is given for


def test_a_body_rewarded_for_excelling_in_a_movement_runs_it_not_the_giver() -> None:
    found = read("Năm 2025, Hội Nông dân xã Bình An được Ban Chấp hành Hội Nông dân tỉnh Sông Mây tặng Cờ thi đua "
                 "xuất sắc trong phong trào “Nông dân giỏi làm giàu”.")
    assert ("Hội Nông dân xã Bình An", "practices", "Nông dân giỏi làm giàu", None) in found.relations
    assert not any(r[1] == "practices" and r[0].startswith("Ban Chấp hành") for r in found.relations)


# ------------------------------------------------------------------ recipients listed below, and what they led


def test_bodies_listed_below_an_award_for_leading_a_movement_run_it() -> None:
    body = ("Điều 1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh Sông Mây cho 2 tập thể đã dẫn đầu phong trào thi đua "
            "“Vì người nghèo” năm 2025:\n\n1. Ủy ban nhân dân huyện Bình An;\n\n2. Ủy ban nhân dân huyện Tân Lạc.\n\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    found = read(body, "Quyết định tặng Cờ thi đua năm 2025")
    for unit in ("Ủy ban nhân dân huyện Bình An", "Ủy ban nhân dân huyện Tân Lạc"):
        assert (unit, "practices", "Vì người nghèo", None) in found.relations


# ------------------------------------------------------------------ a school year ends an unquoted movement's name


def test_a_school_year_ends_an_unquoted_movement_s_name() -> None:
    found = read("Trường Cao đẳng Sông Mây phát động phong trào thi đua Dạy giỏi năm học 2025 – 2026.")
    assert "Dạy giỏi" in found.entities["PracticeModel"]
    assert ("Trường Cao đẳng Sông Mây", "practices", "Dạy giỏi", None) in found.relations


# ------------------------------------------------------------------ authorised by the giver to present


def test_one_authorised_by_the_giver_presents_the_award_and_does_not_receive_it() -> None:
    found = read("Ông Trần Văn Bình, Thứ trưởng Bộ Nội vụ, được Chủ tịch nước ủy quyền trao Huân chương Lao động "
                 "hạng Nhì cho Công ty Cổ phần Sông Mây.")
    award = "Huân chương Lao động hạng Nhì"
    assert (award, "awardedBy", "Trần Văn Bình", None) in found.relations
    assert (award, "awardedBy", "Chủ tịch nước", None) in found.relations
    assert ("Trần Văn Bình", "receivedAward", award, None) not in found.relations


# ------------------------------------------------------------------ documents named without a number


def test_a_document_the_genre_names_by_title_alone_is_a_document_when_capitalised() -> None:
    found = read("Công đoàn Công ty Cổ phần Sông Mây đã ký kết và thực hiện tốt Thỏa ước lao động tập thể.")
    assert "Thỏa ước lao động tập thể" in found.entities["Document"]
    assert ("Công đoàn Công ty cổ phần Sông Mây", "implements", "Thỏa ước lao động tập thể", None) in found.relations


def test_documents_of_that_kind_in_small_letters_are_not_the_one_named() -> None:
    found = read("Năm qua, các cấp công đoàn huyện Sông Mây ký lại 31 thỏa ước lao động tập thể.")
    assert "Thỏa ước lao động tập thể" not in found.entities.get("Document", set())


def test_a_plan_named_to_its_year_is_a_document_where_a_body_carries_it_out_or_owns_it() -> None:
    found = read("Sáng 9/1, Thanh tra tỉnh Sông Mây triển khai Kế hoạch thanh tra năm 2026.")
    assert ("Thanh tra tỉnh Sông Mây", "implements", "Kế hoạch thanh tra năm 2026", None) in found.relations
    found = read("Các đơn vị cụ thể hóa Chương trình phối hợp hành động năm 2026 của Ủy ban nhân dân tỉnh Sông Mây.")
    assert "Chương trình phối hợp hành động năm 2026" in found.entities["Document"]


def test_a_year_that_dates_the_clause_ends_no_document_s_name() -> None:
    found = read("Hội Nông dân xã Tân Lộc đã hoàn thành Kế hoạch công tác năm 2025 và được tặng Giấy khen.")
    assert "Document" not in found.entities


def test_a_scheme_named_by_its_title_in_quotes_is_a_document_of_its_issuer() -> None:
    found = read("Huyện đoàn trồng 3.000 cây xanh theo Đề án “Vì Sông Mây xanh” của Ban Thường vụ Huyện đoàn "
                 "Sông Mây.")
    scheme = "Đề án “Vì Sông Mây xanh"  # (a label's closing quote is dropped, as the scorer drops it)
    assert scheme in found.entities["Document"]
    assert (scheme, "issuedBy", "Ban Thường vụ Huyện đoàn Sông Mây", None) in found.relations
