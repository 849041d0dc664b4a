"""Events and who attended them, fourth round: mechanisms that hold across the genre, each
with an invented sentence or article (places and people the bundled corpus does not contain).
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- how annotators write a meeting's name ---------------------------------------------------


def _names(found_aliases: dict[str, set[str]], label: str) -> set[str]:
    """An event's label and aliases, compared as the scorer does (case folded)."""
    return {name.casefold() for name in (label, *found_aliases.get(label, set()))}


def test_a_meeting_is_also_named_with_the_quotes_the_text_writes() -> None:
    found = read('Sáng 2/3, tại thị trấn Nà Lừa, Huyện Đoàn Mường Khoa tổ chức Lễ khởi động "Tháng hành '
                 'động vì môi trường" năm 2025.')
    (label,) = found.entities["Event"]
    assert 'Lễ khởi động "Tháng hành động vì môi trường" năm 2025 của Huyện Đoàn Mường Khoa ngày 2/3'.casefold() \
        in _names(found.aliases, label)


def test_a_meeting_is_also_named_without_a_second_act_joined_by_and() -> None:
    found = read("Chiều 6/3, Công đoàn Bệnh viện Đa khoa huyện Mường Khoa tổ chức gặp mặt kỷ niệm 115 năm "
                 "Ngày Quốc tế Phụ nữ và tôn vinh nữ viên chức tiêu biểu.")
    (label,) = found.entities["Event"]
    names = _names(found.aliases, label)
    assert "Gặp mặt kỷ niệm 115 năm Ngày Quốc tế Phụ nữ".casefold() in names
    assert ("Gặp mặt kỷ niệm 115 năm Ngày Quốc tế Phụ nữ của Công đoàn Bệnh viện Đa khoa huyện Mường Khoa "
            "ngày 6/3").casefold() in names


# --- kinds of gathering the gold names events by (gatherings.tsv) -----------------------------


def test_a_party_cells_meeting_attended_is_an_event_named_with_its_day() -> None:
    found = read("Chiều ngày 05/3/2024, đồng chí Lò Văn Pảng, Bí thư Huyện ủy Mường Khoa dự sinh hoạt định kỳ "
                 "tháng 3 của Chi bộ bản Nà Hỳ. Cùng dự có đồng chí Quàng Thị Xuân, Phó Bí thư Đảng ủy xã Nà Hỳ.")
    (label,) = found.entities["Event"]
    assert "Sinh hoạt định kỳ tháng 3 của Chi bộ bản Nà Hỳ ngày 05/3/2024".casefold() in _names(found.aliases, label)
    assert ("Lò Văn Pảng", "attended", label, None) in found.relations
    assert ("Quàng Thị Xuân", "attended", label, None) in found.relations


def test_a_programme_held_by_a_body_is_an_event() -> None:
    found = read("Chiều ngày 29/1/2024, Liên đoàn Lao động huyện Mường Khoa tổ chức Chương trình “Xuân ấm "
                 "công nhân” năm 2024. Dự chương trình có ông Lò Văn Pảng, Phó Chủ tịch UBND huyện.")
    (label,) = found.entities["Event"]
    assert "Chương trình “Xuân ấm công nhân” năm 2024 của Liên đoàn Lao động huyện Mường Khoa ngày 29/1/2024" \
        .casefold() in _names(found.aliases, label)
    assert ("Lò Văn Pảng", "attended", label, None) in found.relations


def test_a_gathering_word_opening_a_sentence_names_no_event() -> None:
    found = read("Làm việc với xã Nà Hỳ, đồng chí Lò Văn Pảng đề nghị xã chuẩn bị tốt công tác bầu cử.")
    assert "Event" not in found.entities


def test_a_gathering_told_as_a_habit_names_no_event() -> None:
    found = read("Mỗi đồng chí trong Ban Thường vụ Huyện ủy Mường Khoa dự sinh hoạt chi bộ ít nhất một lần mỗi "
                 "quý để nghe dân nói.")
    assert "Event" not in found.entities


# --- where a numbered event's name ends ---------------------------------------------------------


def test_a_numbered_events_name_ends_at_a_word_in_small_letters_after_its_number() -> None:
    found = read("Hội Cựu chiến binh huyện Mường Khoa đề nghị các cơ sở chuẩn bị để tổ chức Đại hội Hội Cựu "
                 "chiến binh huyện Mường Khoa lần thứ VII bảo đảm tiến độ.")
    assert "Đại hội Hội Cựu chiến binh huyện Mường Khoa lần thứ VII" in found.entities["Event"]


def test_a_numbered_events_name_ends_at_a_clause_after_its_term() -> None:
    found = read("Theo tinh thần Nghị quyết số 19-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương "
                 "Đảng khóa XII, mục tiêu đến năm 2025 là giảm 10% số đơn vị.")
    events = found.entities["Event"]
    assert not any("mục tiêu" in label for label in events)
    assert any(label.startswith("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng") for label in events)


# --- who is at an event and who is not said to be ----------------------------------------------


def _attended(found_relations: set[tuple[str, str, str, str | None]], person: str) -> bool:
    return any(s == person and p == "attended" for s, p, _, _ in found_relations)


def test_who_is_given_an_award_in_the_passive_did_not_present_it() -> None:
    found = read("Sáng 5/3, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn Hà tổ chức Đại hội đại biểu lần "
                 "thứ V, nhiệm kỳ 2025-2030. Nhân dịp này, TS Lò Văn Pảng và TS Quàng Thị Xuân được trao Kỷ "
                 "niệm chương “Vì sự nghiệp phát triển Liên hiệp Hội Việt Nam”.")
    # given it at the occasion, they attend it (docs/gold-conventions/events.md 1d, the shared
    # corpus's gold), as recipients, not presenters
    assert _attended(found.relations, "Lò Văn Pảng")
    assert _attended(found.relations, "Quàng Thị Xuân")
    assert not any(p == "awardedBy" and o in ("Lò Văn Pảng", "Quàng Thị Xuân") for _, p, o, _ in found.relations)


def test_a_congress_delegates_are_elected_to_is_to_come() -> None:
    found = read("Sáng 5/3, Hội Nông dân huyện Mường Khoa tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ "
                 "2023-2028. Đại hội đã bầu Ban Chấp hành gồm 23 đồng chí; ông Lò Văn Pảng tái đắc cử Chủ tịch "
                 "Hội Nông dân huyện Mường Khoa; bầu 6 đại biểu dự Đại hội Hội Nông dân tỉnh Sơn Hà lần thứ XI.")
    assert not _attended(found.relations, "Lò Văn Pảng")


def test_who_is_elected_in_a_sentence_that_opens_at_the_congress_did_not_attend_it() -> None:
    # someone named only as elected does not attend (docs/gold-conventions/events.md 1b)
    found = read("Các chi hội đã tổ chức xong đại hội. Tại Đại hội Hội Cựu chiến binh xã Nà Hỳ nhiệm kỳ "
                 "2022-2027, ông Lò Văn Pảng tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội.")
    assert not _attended(found.relations, "Lò Văn Pảng")


# --- one meeting named in full and with its day ----------------------------------------------------


def test_a_meeting_named_in_full_in_the_headline_and_with_its_day_below_is_one_named_with_both() -> None:
    found = read("Sáng ngày 12/7/2024, tại nhà văn hóa bản Nà Hỳ, Hội Nông dân xã Nà Hỳ tổ chức Lễ ra mắt Chi "
                 "hội Nông dân nghề nghiệp nuôi cá lồng. Dự lễ có ông Lò Văn Pảng, Chủ tịch Hội Nông dân huyện "
                 "Mường Khoa.",
                 title="Lễ ra mắt Chi hội Nông dân nghề nghiệp nuôi cá lồng bản Nà Hỳ")
    assert found.entities["Event"] == {"Lễ ra mắt Chi hội Nông dân nghề nghiệp nuôi cá lồng bản Nà Hỳ của Hội Nông "
                                       "dân xã Nà Hỳ ngày 12/7/2024"}


# --- a body meets in a meeting ----------------------------------------------------------------


def test_a_body_that_meets_in_a_conference_holds_it() -> None:
    found = read("Sáng ngày 8/1, tại hội trường cơ quan, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn Hà đã họp "
                 "hội nghị cán bộ chủ chốt để giới thiệu người ứng cử. Đồng chí Lò Thị Xuân, Chủ tịch Ủy ban MTTQ "
                 "Việt Nam tỉnh chủ trì hội nghị.")
    label = "Hội nghị cán bộ chủ chốt của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn Hà ngày 8/1"
    assert found.entities["Event"] == {label}
    assert ("Lò Thị Xuân", "attended", label, None) in found.relations


def test_a_congress_that_meets_in_its_preparatory_sitting_is_the_event() -> None:
    found = read("Đại hội Đảng bộ phường Nà Hỳ lần thứ I, nhiệm kỳ 2025–2030 họp phiên trù bị với 198 đại biểu "
                 "chính thức.")
    assert found.entities["Event"] == {"Đại hội Đảng bộ phường Nà Hỳ lần thứ I"}


def test_a_meeting_held_by_a_standing_board_is_also_named_by_its_body() -> None:
    found = read('Sáng 2/3, Ban Thường vụ Tỉnh Đoàn Sơn Hà tổ chức Lễ khởi động "Tháng thanh niên" năm 2025.')
    (label,) = found.entities["Event"]
    assert 'Lễ khởi động "Tháng thanh niên" năm 2025 của Tỉnh Đoàn Sơn Hà ngày 2/3'.casefold() \
        in _names(found.aliases, label)


def test_the_guests_of_a_congress_attended_it() -> None:
    found = read("Ngày 4/5, Hội Cựu chiến binh Công ty Than Sông Hà tổ chức Đại hội đại biểu lần thứ III, nhiệm "
                 "kỳ 2024-2029 với 90 đại biểu. Khách mời có ông Lò Thị Xuân, Chủ tịch Hội Cựu chiến binh tỉnh "
                 "Sơn Hà.")
    assert _attended(found.relations, "Lò Thị Xuân")


def test_a_meeting_someone_has_is_the_event_who_goes_with_him_attended() -> None:
    found = read("Chuyến công tác ngày 07/6/2024 của Thứ trưởng Bộ Nông nghiệp và PTNT Lò Văn Pảng có buổi làm "
                 "việc tại Viện Quy hoạch Thủy lợi miền Bắc. Đi cùng Thứ trưởng có ông Quàng Văn Khoa, Phó Vụ "
                 "trưởng Vụ Kế hoạch.")
    (label,) = found.entities["Event"]
    assert "buổi làm việc" in _names(found.aliases, label)
    assert ("Quàng Văn Khoa", "attended", label, None) in found.relations
    assert ("Lò Văn Pảng", "attended", label, None) in found.relations  # who has the meeting


def test_a_meeting_named_by_its_head_and_day_is_an_event() -> None:
    found = read("Tại hội nghị ngày 17/4, Ban Chấp hành Hội Nông dân huyện Mường Khoa đã thống nhất kiện toàn "
                 "Ban Thường vụ.")
    (label,) = found.entities["Event"]
    assert "hội nghị ngày 17/4" in _names(found.aliases, label)


def test_a_committees_plenum_is_also_named_with_its_term_after_it() -> None:
    found = read("Ngày 08/01/2025, Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Sơn Hà tổ chức Hội nghị lần thứ 9 "
                 "(mở rộng), khóa XI, nhiệm kỳ 2022 - 2027.")
    (label,) = found.entities["Event"]
    assert "Hội nghị lần thứ 9 (mở rộng), khóa XI".casefold() in _names(found.aliases, label)


def test_who_reads_a_decision_out_at_the_rite_attended_it() -> None:
    found = read("Chiều 26/9, Chi bộ trường Tiểu học Nà Hỳ tổ chức Lễ kết nạp đảng viên mới. Đồng chí Lò Thị "
                 "Xuân – Chi ủy viên đọc quyết định kết nạp cho quần chúng Quàng Văn Khoa.")
    assert _attended(found.relations, "Lò Thị Xuân")


def test_a_programme_named_by_a_quote_and_its_edition_is_an_event_wherever_it_is_named() -> None:
    found = read("Ngày 3/8, bà con bản Nà Hỳ được cấp thuốc miễn phí nhờ Chương trình “Áo ấm vùng cao” lần thứ "
                 "4 năm 2026 của Hội Liên hiệp Thanh niên tỉnh Sơn Hà. Ông Lò Văn Pảng, Phó Chủ tịch Hội Liên "
                 "hiệp Thanh niên tỉnh đến dự và trao quà.")
    (label,) = found.entities["Event"]
    assert "Chương trình “Áo ấm vùng cao” lần thứ 4 năm 2026".casefold() in _names(found.aliases, label)
    assert ("Lò Văn Pảng", "attended", label, None) in found.relations


def test_a_programme_named_by_a_quote_alone_is_no_event() -> None:
    found = read("Hội Nông dân huyện Mường Khoa hưởng ứng Chương trình “Tự hào nông dân Việt Nam” với nhiều "
                 "hoạt động thiết thực.")
    assert "Event" not in found.entities


def test_a_headline_naming_the_occasion_without_buoi_is_the_occasion_below() -> None:
    found = read("Chiều 25/7, Liên đoàn Lao động huyện Mường Khoa tổ chức buổi gặp mặt cán bộ công đoàn qua các "
                 "thời kỳ nhân kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam.",
                 title="Gặp mặt cán bộ công đoàn qua các thời kỳ nhân kỷ niệm 97 năm Ngày thành lập Công đoàn "
                       "Việt Nam")
    assert len(found.entities["Event"]) == 1


def test_a_congress_cited_at_the_start_of_a_sentence_is_not_the_one_attended() -> None:
    found = read("Chào mừng Đại hội Hội Nông dân tỉnh Sơn Hà lần thứ X, nhiệm kỳ 2023 – 2028. Chiều 2/6, Hội "
                 "Nông dân huyện Mường Khoa trao 5 con bò giống cho hội viên. Tham dự có ông Lò Văn Pảng, Chủ "
                 "tịch Hội Nông dân huyện.")
    assert not any(p == "attended" and "Đại hội" in o for _, p, o, _ in found.relations)


def test_the_closing_sitting_named_in_a_sentence_says_no_one_is_there() -> None:
    found = read("Sáng 20/9, Đoàn Thanh niên Tổng công ty Sông Hà tổ chức Đại hội đại biểu lần thứ V. Ngay sau "
                 "phiên bế mạc, Hội nghị Ban Chấp hành lần thứ nhất đã tín nhiệm giao đồng chí Lò Thị Xuân giữ "
                 "chức Bí thư Đoàn Tổng công ty.")
    assert not _attended(found.relations, "Lò Thị Xuân")


def test_honoured_to_meet_someone_names_no_meeting() -> None:
    found = read("Nghệ nhân Lò Thị Xuân vinh dự gặp mặt Bộ trưởng Quàng Văn Khoa tại Hà Nội")
    assert "Event" not in found.entities


def test_a_named_ceremony_is_also_named_by_its_description_before_whose_it_is() -> None:
    found = read("Sáng 2/9, Lễ thắp nến, tri ân các anh hùng liệt sĩ của đoàn viên huyện Mường Khoa diễn ra tại "
                 "Nghĩa trang liệt sĩ huyện.")
    (label,) = found.entities["Event"]
    assert "Lễ thắp nến, tri ân các anh hùng liệt sĩ".casefold() in _names(found.aliases, label)
