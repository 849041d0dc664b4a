"""Readings of who carries out documents and who runs models that the real development texts showed
in the thirty-second session, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_party_organisation_s_congress_resolution_carried_out_by_its_committee() -> None:
    # the organisation named only inside the resolution's name: its committee, which the article names
    found = read("Qua hai năm thực hiện Nghị quyết Đại hội Đảng bộ huyện Tân Lập lần thứ XX, huyện đạt nhiều "
                 "kết quả. Đồng chí Lê Văn Hai, Bí thư Huyện ủy Tân Lập phát biểu.")
    assert ("Huyện ủy Tân Lập", "implements", "Nghị quyết Đại hội XX Đảng bộ huyện Tân Lập", None) in found.relations
    # the organisation named as a body of its own carries it out
    found = read("Qua hai năm thực hiện Nghị quyết Đại hội Đảng bộ xã Đông Mai lần thứ XX, Đảng bộ xã Đông Mai "
                 "đạt nhiều kết quả.")
    assert ("Đảng bộ xã Đông Mai", "implements", "Nghị quyết Đại hội XX Đảng bộ xã Đông Mai", None) in found.relations


def test_the_party_s_own_congress_or_a_plan_s_title_is_no_party_organisation_s() -> None:
    found = read("Toàn Đảng bộ tiếp tục thực hiện Nghị quyết Đại hội XIII của Đảng.")
    assert not any(r[1] == "implements" for r in found.relations)
    found = read("Đại hội thảo luận các văn kiện sau.\nChương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ "
                 "xã Đông Mai lần thứ XX.\nĐồng chí Lê Văn Hai, Bí thư Đảng ủy xã Đông Mai phát biểu.")
    assert not any(r[1] == "implements" for r in found.relations)


def test_bodies_a_dash_joins_run_the_model_they_launch_together() -> None:
    found = read("Sáng 19/5, Đảng ủy – UBND – Ủy ban MTTQ Việt Nam phường Đông Mai đã tổ chức Lễ phát động "
                 "“Ngày chủ nhật xanh” năm 2024.")
    assert {("Đảng ủy phường Đông Mai", "practices", "Ngày chủ nhật xanh", None),
            ("Ủy ban nhân dân phường Đông Mai", "practices", "Ngày chủ nhật xanh", None),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường Đông Mai", "practices", "Ngày chủ nhật xanh", None)} \
        <= found.relations


def test_partners_listed_after_the_word_that_joins_them_run_the_model() -> None:
    found = read("Tối 10/10, Hội Liên hiệp Phụ nữ phường Đông Mai phối hợp với Đoàn Thanh niên phường Đông Mai, "
                 "Hội Nông dân phường Đông Mai tổ chức Lễ ra mắt mô hình “Con đường hoa”.")
    assert {("Hội Liên hiệp Phụ nữ phường Đông Mai", "practices", "Con đường hoa", None),
            ("Đoàn Thanh niên phường Đông Mai", "practices", "Con đường hoa", None),
            ("Hội Nông dân phường Đông Mai", "practices", "Con đường hoa", None)} <= found.relations
    # a comma alone joins no partners: the subject is the body named last
    found = read("Tối 10/10, Ủy ban nhân dân phường Đông Mai, Hội Nông dân phường Đông Mai tổ chức Lễ ra mắt "
                 "mô hình “Con đường hoa”.")
    assert ("Ủy ban nhân dân phường Đông Mai", "practices", "Con đường hoa", None) not in found.relations


def test_a_year_s_campaign_named_in_small_letters_or_with_a_bare_year() -> None:
    found = read("Căn cứ kế hoạch số 23-KH/ĐTN của Ban Thường vụ Thị đoàn Tân Lập về việc tổ chức thực hiện "
                 "Chiến dịch thanh niên tình nguyện hè năm 2018.")
    assert "Chiến dịch thanh niên tình nguyện hè năm 2018" in found.entities["PracticeModel"]
    found = read("Trong tuần 4 Chiến dịch Thanh niên tình nguyện Hè 2020, các đội hình tình nguyện đã triển khai "
                 "nhiều công trình.")
    assert "Chiến dịch Thanh niên tình nguyện Hè 2020" in found.entities["PracticeModel"]
    # a campaign of the year in small letters after a kind in small letters is no name
    found = read("Huyện đoàn Tân Lập triển khai chiến dịch tuyên truyền năm 2020.")
    assert "PracticeModel" not in found.entities


def test_a_party_cell_s_congress_resolution_named_bare_is_the_article_s_cell_s() -> None:
    found = read("Sáng 12/3, Chi bộ Khối Hành chính tổ chức Đại hội nhiệm kỳ 2025 - 2027. Đại hội nghe báo cáo kết "
                 "quả thực hiện Nghị quyết Đại hội Chi bộ lần thứ X, nhiệm kỳ 2022 - 2025.")
    label = "Nghị quyết Đại hội Chi bộ Khối Hành chính lần thứ X, nhiệm kỳ 2022 - 2025"
    assert label in found.entities["Document"]
    assert {(label, "issuedBy", "Chi bộ Khối Hành chính", None),
            ("Chi bộ Khối Hành chính", "implements", label, None)} <= found.relations
    # no cell named in the article: nothing to complete it with
    found = read("Đại hội nghe báo cáo kết quả thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 - 2025.")
    assert "Document" not in found.entities


def test_the_holder_of_a_gathering_named_with_its_address_runs_what_it_reviews() -> None:
    found = read("Chiều 11-11, Ban Công tác Mặt trận ấp Tân Mỹ, xã Đông Mai, TP. Tân Lập tổ chức Ngày hội Đại đoàn "
                 "kết toàn dân tộc năm 2023.\nTại Ngày hội, các đại biểu ôn lại truyền thống, báo cáo kết quả 1 năm "
                 "thực hiện Cuộc vận động “Xây dựng khu dân cư văn minh” trên địa bàn ấp.")
    assert ("Ban công tác Mặt trận ấp Tân Mỹ", "practices", "Xây dựng khu dân cư văn minh", None) in found.relations


def test_a_month_of_action_named_unquoted_is_a_model_its_body_runs() -> None:
    found = read("Sáng ngày 28/2, Đoàn Thanh niên Công an tỉnh Hòa Lâm tổ chức Lễ phát động Tháng thanh niên năm 2023.")
    assert ("Đoàn Thanh niên Công an tỉnh Hòa Lâm", "practices", "Tháng thanh niên năm 2023", None) in found.relations
    found = read("Đây là hoạt động chào mừng Tháng Công nhân, Tháng hành động về An toàn, vệ sinh lao động của Liên "
                 "đoàn Lao động tỉnh Hòa Lâm.")
    assert {("Liên đoàn Lao động tỉnh Hòa Lâm", "practices", "Tháng Công nhân", None),
            ("Liên đoàn Lao động tỉnh Hòa Lâm", "practices", "Tháng hành động về An toàn, vệ sinh lao động", None)} \
        <= found.relations
    # a month of the calendar is none
    found = read("Cách mạng Tháng Tám năm 1945 thành công.")
    assert "PracticeModel" not in found.entities
