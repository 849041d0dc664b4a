"""Who does what with documents, models and awards, by example (the ninth round): the
constructions the genre uses for it, on invented sentences about places and people that the
test batches do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ a list of movements, each with its kind in capitals


def test_a_long_movement_named_after_its_kind_in_capitals_is_a_model_of_the_subject() -> None:
    found = read("UBND huyện Sông Mây phát động hai phong trào thi đua năm 2026: Phong trào “Cả huyện chung tay "
                 "giúp đỡ người nghèo để không ai trong xóm bị bỏ lại phía sau” và Phong trào “Nông dân giỏi”.")
    model = "Cả huyện chung tay giúp đỡ người nghèo để không ai trong xóm bị bỏ lại phía sau"
    assert model in found.entities["PracticeModel"]
    assert ("Ủy ban nhân dân huyện Sông Mây", "practices", model, None) in found.relations


# ------------------------------------------------------------------ an officer shares the body's model


def test_an_officer_who_shares_a_model_tells_of_the_model_of_the_body_of_the_post() -> None:
    found = read("Tại diễn đàn, ông Hà Văn Bình, Giám đốc Hợp tác xã Chè Sông Mây chia sẻ cách liên kết với "
                 "doanh nghiệp theo mô hình “Vùng chè sạch”.")
    assert ("Hợp tác xã Chè Sông Mây", "practices", "Vùng chè sạch", None) in found.relations


# ------------------------------------------------------------------ a model the article's body keeps, named by no one


_HEADLINE = "Hội Nông dân huyện Sông Mây tổng kết công tác năm 2025"


def test_a_model_the_units_keep_spreading_is_run_by_the_body_the_headline_names() -> None:
    found = read("Năm qua, các tổ liên kết tiếp tục nhân rộng mô hình “Vườn mẫu sạch”, “Ao cá Bác Hồ”.", _HEADLINE)
    assert ("Hội Nông dân huyện Sông Mây", "practices", "Vườn mẫu sạch", None) in found.relations
    assert ("Hội Nông dân huyện Sông Mây", "practices", "Ao cá Bác Hồ", None) in found.relations


def test_a_model_kept_in_the_passive_is_run_by_the_body_the_headline_names() -> None:
    found = read("Phong trào “Nông dân giữ đường quê” và mô hình “Tổ liên kết trồng bưởi” được duy trì.", _HEADLINE)
    assert ("Hội Nông dân huyện Sông Mây", "practices", "Nông dân giữ đường quê", None) in found.relations
    assert ("Hội Nông dân huyện Sông Mây", "practices", "Tổ liên kết trồng bưởi", None) in found.relations


def test_a_board_in_the_headline_stands_for_its_body() -> None:
    found = read("Năm qua, các tổ liên kết tiếp tục duy trì mô hình “Tổ liên kết trồng bưởi”.",
                 "Ban Chấp hành Hội Nông dân huyện Sông Mây họp phiên thứ ba")
    assert ("Hội Nông dân huyện Sông Mây", "practices", "Tổ liên kết trồng bưởi", None) in found.relations


def test_a_campaign_the_people_carry_out_is_not_the_headline_body_s() -> None:
    found = read("Bà con trong xã thực hiện tốt Cuộc vận động “Toàn dân chung sức làm đường quê”.", _HEADLINE)
    assert not [r for r in found.relations if r[1] == "practices"]


def test_a_headline_that_names_two_bodies_gives_the_model_to_neither() -> None:
    found = read("Các tổ liên kết tiếp tục nhân rộng mô hình “Vườn mẫu sạch”.",
                 "Hội Nông dân huyện Sông Mây và Huyện đoàn Sông Mây ký kết phối hợp")
    assert not [r for r in found.relations if r[1] == "practices"]


# ------------------------------------------------------------------ two presenters of party badges in one sentence


def test_each_clause_s_presenter_gives_the_badges_of_that_clause() -> None:
    found = read("Đồng chí Hà Văn Bình gắn Huy hiệu 70 năm tuổi Đảng cho đồng chí Lê Văn Cảnh; đồng chí Đỗ Thị Lan "
                 "trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Vũ Văn Dũng.")
    assert ("Huy hiệu 55 năm tuổi Đảng", "awardedBy", "Đỗ Thị Lan", None) in found.relations
    assert ("Huy hiệu 55 năm tuổi Đảng", "awardedBy", "Hà Văn Bình", None) not in found.relations
    assert ("Đỗ Thị Lan", "receivedAward", "Huy hiệu 70 năm tuổi Đảng", None) not in found.relations


def test_two_presenters_joined_by_and_give_the_badges_both() -> None:
    found = read("Đồng chí Hà Văn Bình trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Lê Văn Cảnh; đồng chí Đỗ Thị Lan "
                 "và đồng chí Vũ Văn Dũng trao Huy hiệu 40 năm tuổi Đảng cho các đảng viên còn lại.")
    assert ("Huy hiệu 40 năm tuổi Đảng", "awardedBy", "Đỗ Thị Lan", None) in found.relations
    assert ("Huy hiệu 40 năm tuổi Đảng", "awardedBy", "Vũ Văn Dũng", None) in found.relations
    assert ("Huy hiệu 40 năm tuổi Đảng", "awardedBy", "Hà Văn Bình", None) not in found.relations


def test_presenters_listed_with_their_posts_by_semicolons_give_the_badges_all() -> None:
    found = read("Đồng chí Hà Văn Bình - Bí thư Huyện ủy Sông Mây; đồng chí Đỗ Thị Lan - Phó Bí thư Huyện ủy Sông Mây "
                 "trao Huy hiệu 30 năm tuổi Đảng cho các đảng viên.")
    assert ("Huy hiệu 30 năm tuổi Đảng", "awardedBy", "Hà Văn Bình", None) in found.relations
    assert ("Huy hiệu 30 năm tuổi Đảng", "awardedBy", "Đỗ Thị Lan", None) in found.relations


def test_the_body_whose_decision_in_small_letters_gives_the_badges_gives_each_class() -> None:
    found = read("Theo quyết định của Ban Thường vụ Tỉnh ủy Sông Mây, 12 đảng viên được tặng Huy hiệu Đảng dịp này: "
                 "Huy hiệu 60 năm tuổi Đảng (2 đồng chí) và Huy hiệu 30 năm tuổi Đảng (10).")
    assert ("Huy hiệu 60 năm tuổi Đảng", "awardedBy", "Ban Thường vụ Tỉnh ủy Sông Mây", None) in found.relations
    assert ("Huy hiệu 30 năm tuổi Đảng", "awardedBy", "Ban Thường vụ Tỉnh ủy Sông Mây", None) in found.relations


# ------------------------------------------------------------------ documents a body issues, listed after the verb


def test_the_documents_listed_after_a_body_s_verb_of_issuing_are_all_its() -> None:
    found = read("Đảng ủy xã Sông Mây đã ban hành Nghị quyết số 07-NQ/ĐU về chuyển đổi số trong các thôn và Kế "
                 "hoạch số 15-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert ("Nghị quyết 07-NQ/ĐU", "issuedBy", "Đảng ủy xã Sông Mây", None) in found.relations
    assert ("Kế hoạch 15-KH/ĐU", "issuedBy", "Đảng ủy xã Sông Mây", None) in found.relations
    assert ("Nghị quyết 57-NQ/TW", "issuedBy", "Bộ Chính trị", None) in found.relations


# ------------------------------------------------------------------ what the meeting adopts


def test_a_document_the_meeting_adopts_is_issued_by_the_body_whose_meeting_it_is() -> None:
    found = read("Kỳ họp thứ 9 của HĐND xã Sông Mây khóa XXI diễn ra sáng nay. Kỳ họp đã thông qua Nghị quyết về "
                 "điều chỉnh kế hoạch đầu tư công năm 2026.")
    assert ("Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2026", "issuedBy",
            "Hội đồng nhân dân xã Sông Mây", None) in found.relations


def test_a_document_the_meeting_adopts_is_issued_by_the_body_that_held_it() -> None:
    found = read("Ban Chấp hành Hội Nông dân tỉnh Sông Mây họp hội nghị lần thứ 5. Hội nghị biểu quyết thông qua "
                 "Quy chế số 03-QC/HND về xét tặng Kỷ niệm chương.")
    assert ("Quy chế 03-QC/HND", "issuedBy", "Ban Chấp hành Hội Nông dân tỉnh Sông Mây", None) in found.relations


# ------------------------------------------------------------------ who leads the movement an award is given for


def test_the_bodies_rewarded_for_leading_a_movement_run_it() -> None:
    found = read("Dịp này, Thiếu tướng Hà Văn Bình trao Cờ thi đua của Bộ Quốc phòng cho Trung đoàn 195 và Ban Chỉ "
                 "huy Quân sự xã Sông Mây vì đã dẫn đầu phong trào thi đua Quyết thắng năm 2025.")
    assert "Quyết thắng" in found.entities["PracticeModel"]
    assert ("Trung đoàn 195", "practices", "Quyết thắng", None) in found.relations
    assert ("Ban Chỉ huy Quân sự xã Sông Mây", "practices", "Quyết thắng", None) in found.relations
    assert ("Bộ Quốc phòng", "practices", "Quyết thắng", None) not in found.relations


def test_a_body_rewarded_for_carrying_out_a_model_well_runs_it_not_the_giver() -> None:
    found = read("Chi bộ Kho xăng dầu Sông Mây được Đảng ủy Tổng công ty tặng Bằng khen vì thực hiện tốt mô hình "
                 "“Kho xanh - sạch - đẹp”.")
    assert ("Chi bộ Kho xăng dầu Sông Mây", "practices", "Kho xanh - sạch - đẹp", None) in found.relations
    assert not [r for r in found.relations if r[1] == "practices" and r[0].startswith("Đảng ủy")]


# ------------------------------------------------------------------ an award presented under a decision


def test_an_award_presented_under_a_decision_is_the_presenter_s_and_the_decider_receives_nothing() -> None:
    found = read("Nhân dịp này, Công ty Xăng dầu Sông Mây vinh dự đón nhận Huân chương Lao động hạng Nhì do ông Hà Văn "
                 "Bình trao tặng theo Quyết định số 1234/QĐ-CTN của Chủ tịch nước.")
    assert ("Huân chương Lao động hạng Nhì", "awardedBy", "Hà Văn Bình", None) in found.relations
    assert ("Chủ tịch nước", "receivedAward", "Huân chương Lao động hạng Nhì", None) not in found.relations


# ------------------------------------------------------------------ an award presented by a post named alone


def test_a_post_named_alone_at_the_sentence_s_start_presents_as_its_one_holder() -> None:
    found = read("Ông Hà Văn Bình, Giám đốc Trung tâm Văn hóa Sông Mây phát biểu khai mạc. Giám đốc Trung tâm trao "
                 "Giấy khen cho 15 tập thể, cá nhân tiêu biểu.")
    assert [r for r in found.relations if r[1] == "awardedBy" and r[2] == "Hà Văn Bình"]


def test_a_post_named_alone_that_goes_on_to_present_another_award_presents_both() -> None:
    found = read("Tới dự có Phó Thủ tướng Chính phủ Hà Văn Bình. Tại đây, Phó Thủ tướng gắn Cờ thi đua của Chính phủ "
                 "lên cờ truyền thống của Công ty Than Sông Mây và trao Huân chương Lao động hạng Ba cho 4 người thợ.")
    assert ("Cờ thi đua của Chính phủ", "awardedBy", "Hà Văn Bình", None) in found.relations
    assert ("Huân chương Lao động hạng Ba", "awardedBy", "Hà Văn Bình", None) in found.relations


def test_the_chair_of_an_association_s_central_committee_tells_of_the_association_s_model() -> None:
    found = read("Ông Hà Văn Bình, Chủ tịch Trung ương Hội Nuôi ong Việt Nam cho biết, phong trào “Tổ ong sạch” đã "
                 "lan rộng tới 30 tỉnh, thành phố.")
    assert ("Hội Nuôi ong Việt Nam", "practices", "Tổ ong sạch", None) in found.relations


def test_the_bodies_where_a_model_is_spread_in_the_passive_run_it() -> None:
    found = read("Mô hình “Mỗi tổ một bến sạch” được nhân rộng ở Công ty Cảng Sông Mây và Công ty Cảng Bến Gỗ.")
    assert ("Công ty Cảng Sông Mây", "practices", "Mỗi tổ một bến sạch", None) in found.relations
    assert ("Công ty Cảng Bến Gỗ", "practices", "Mỗi tổ một bến sạch", None) in found.relations


def test_an_emulation_drive_named_after_its_kind_may_open_with_a_count() -> None:
    found = read("Sáng 16/5, Tổng công ty Xây dựng Sông Mây phát động đợt thi đua cao điểm “100 ngày đêm vì công trình "
                 "an toàn”.")
    assert "100 ngày đêm vì công trình an toàn" in found.entities["PracticeModel"]
    model = "100 ngày đêm vì công trình an toàn"
    assert ("Tổng công ty Xây dựng Sông Mây", "practices", model, None) in found.relations


def test_a_movement_launched_throughout_a_body_by_a_meeting_is_the_body_s() -> None:
    found = read("Đại hội thống nhất phát động phong trào “Cánh đồng chè lớn” trong toàn Hiệp hội Chè Sông Mây.")
    assert ("Hiệp hội Chè Sông Mây", "practices", "Cánh đồng chè lớn", None) in found.relations


def test_a_unit_s_directorate_runs_the_unit_s_model() -> None:
    found = read("Ban Giám đốc Bệnh viện Đa khoa Sông Mây phát động phong trào “Bệnh viện xanh - sạch - đẹp”.")
    assert ("Bệnh viện Đa khoa Sông Mây", "practices", "Bệnh viện xanh - sạch - đẹp", None) in found.relations


def test_the_receiver_of_an_award_does_not_carry_out_the_decision_that_gives_it() -> None:
    found = read("Nhân dịp này, Công ty Xăng dầu Sông Mây vinh dự đón nhận Huân chương Lao động hạng Nhì theo Quyết "
                 "định số 1234/QĐ-CTN của Chủ tịch nước.")
    assert not [r for r in found.relations if r[1] == "implements"]


def test_an_award_presented_under_a_decision_named_after_it_is_the_deciding_body_s() -> None:
    found = read("Công ty Xăng dầu Sông Mây vinh dự đón nhận Huân chương Lao động hạng Ba do ông Hà Văn Bình trao tặng "
                 "theo Quyết định số 1234/QĐ-CTN của Chủ tịch nước.")
    assert ("Huân chương Lao động hạng Ba", "awardedBy", "Chủ tịch nước", None) in found.relations


def test_the_decision_after_the_recipients_merit_gives_no_award() -> None:
    found = read("Ông Hà Văn Bình trao Giấy khen của Hiệu trưởng cho 21 giảng viên có thành tích trong đào tạo trực "
                 "tuyến theo Quyết định số 2206/QĐ-BTC của Bộ Tài chính.")
    assert not [r for r in found.relations if r[1] == "awardedBy" and r[2] == "Bộ Tài chính"]


# ------------------------------------------------------------------ the resolution of the congress the article reports


def test_a_bare_congress_resolution_is_the_resolution_of_the_congress_the_article_reports() -> None:
    found = read("Ngày 12/6, Đảng bộ Viện Nghiên cứu Sông Mây tổ chức Đại hội Đảng bộ Viện lần thứ V, nhiệm kỳ "
                 "2025 - 2030. Nghị quyết Đại hội đặt ra mục tiêu mở thêm 5 ngành đào tạo.")
    assert "Nghị quyết Đại hội Đảng bộ Viện lần thứ V" in found.entities["Document"]


def test_a_congress_resolution_is_issued_by_the_body_its_name_and_the_article_name() -> None:
    found = read("Đảng bộ Trường Đại học Sông Mây đã thực hiện đạt 14/16 chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ "
                 "Trường Đại học Sông Mây lần thứ IV.")
    doc = "Nghị quyết Đại hội đại biểu Đảng bộ Trường Đại học Sông Mây lần thứ IV"
    assert (doc, "issuedBy", "Đảng bộ Trường Đại học Sông Mây", None) in found.relations
