"""Documents, who carries them out and the models bodies run, as the development rounds showed
them in the thirty-third session, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_quote_after_about_in_a_document_s_clause_is_its_title_not_a_model() -> None:
    # "Chỉ thị số … của Ban Bí thư về “A”": what the document is about, no model a body runs
    found = read("Tại hội nghị, Huyện ủy Đông Mai đã quán triệt Chỉ thị số 31-CT/TW ngày 8-8-2023 của Ban Bí thư "
                 "về “Tăng cường đối ngoại nhân dân vùng biên giới đến năm 2030”.", title="Đông Mai quán triệt Chỉ thị")
    assert "PracticeModel" not in found.entities, found.entities
    assert ("Huyện ủy Đông Mai", "implements", "Chỉ thị 31-CT/TW", None) in found.relations
    found = read("Đảng ủy phường Tây Mai quán triệt Nghị quyết Hội nghị Trung ương 9 khóa XIII : về “Chiến lược "
                 "phát triển nông thôn trong tình hình mới”.", title="Tây Mai học tập Nghị quyết")
    assert "PracticeModel" not in found.entities, found.entities
    # a model named in quotes after its kind, in a document's clause, stays one
    found = read("Hội Nông dân xã Tây Mai triển khai Kế hoạch số 12-KH/HND về phong trào “Nông dân thi đua sản xuất "
                 "giỏi”.", title="Tây Mai thi đua")
    assert found.entities.get("PracticeModel") == {"Nông dân thi đua sản xuất giỏi"}, found.entities


def test_the_body_after_fronted_documents_may_follow_the_day_without_a_comma() -> None:
    # "Thực hiện Kế hoạch số …, ngày 14/9/2022 Chi bộ X đã tổ chức …": the main clause opens with its day
    found = read("Thực hiện Kế hoạch số 41-KH/ĐU, ngày 03/8/2024 của Đảng ủy xã Đông Mai về việc tổ chức đại hội "
                 "chi bộ trực thuộc, ngày 14/9/2024 Chi bộ thôn Tây Mai đã tổ chức Đại hội Chi bộ nhiệm kỳ 2024-2027.",
                 title="Đại hội Chi bộ thôn Tây Mai")
    assert ("Chi bộ thôn Tây Mai", "implements", "Kế hoạch 41-KH/ĐU", None) in found.relations
    assert ("Kế hoạch 41-KH/ĐU", "issuedBy", "Đảng ủy xã Đông Mai", None) in found.relations


def test_a_party_congress_s_resolution_carried_to_its_end_or_its_targets_is_carried_out() -> None:
    # "Để hoàn thành thắng lợi Nghị quyết Đại hội …": the committee of the organisation that adopted it
    found = read("Để hoàn thành thắng lợi Nghị quyết Đại hội Đảng bộ huyện Đông Mai lần thứ XXI, nhiệm kỳ 2020 - 2025, "
                 "đồng chí Lò Văn Sinh, Bí thư Huyện ủy Đông Mai cho rằng cần có biện pháp bứt phá.",
                 title="Bí thư Huyện ủy Đông Mai")
    resolution = "Nghị quyết Đại hội XXI Đảng bộ huyện Đông Mai nhiệm kỳ 2020 - 2025"
    assert ("Huyện ủy Đông Mai", "implements", resolution, None) in found.relations
    # "… cơ bản đạt được các mục tiêu, nhiệm vụ Nghị quyết Đại hội … đề ra": the targets it set, reached
    found = read("Đảng bộ và nhân dân xã Tây Mai đã nỗ lực phấn đấu, cơ bản đạt được các mục tiêu, nhiệm vụ Nghị quyết "
                 "Đại hội Đảng bộ xã Tây Mai lần thứ XII đề ra.", title="Đại hội Đảng bộ xã Tây Mai")
    assert ("Đảng bộ xã Tây Mai", "implements", "Nghị quyết Đại hội XII Đảng bộ xã Tây Mai", None) in found.relations
    # a body that only contributes to it does not carry it out for the organisation
    found = read("Ngành giáo dục tỉnh đã góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Hòa Lâm "
                 "lần thứ X.", title="Giáo dục Hòa Lâm")
    assert not [r for r in found.relations if r[1] == "implements"], found.relations


def test_a_campaign_of_the_front_no_body_runs_in_its_sentence_is_the_articles_front_s() -> None:
    # "MTTQ các cấp huyện X … trọng tâm là cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"
    found = read("Sáng 12/6, Ủy ban MTTQ Việt Nam huyện Đông Mai tổ chức Đại hội đại biểu lần thứ V. Nhiệm kỳ qua, "
                 "MTTQ các cấp huyện Đông Mai đã triển khai có hiệu quả các phong trào, các cuộc vận động, trong đó "
                 "trọng tâm là cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
                 title="Đại hội MTTQ huyện Đông Mai")
    campaign = "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đông Mai", "practices", campaign, None) in found.relations
    # another body's model named so is left to the rules that read who runs it
    found = read("Sáng 12/6, Ủy ban MTTQ Việt Nam huyện Đông Mai tổ chức hội nghị. Nhân dân tích cực tham gia phong "
                 "trào “Gia đình văn hóa kiểu mẫu”.", title="Hội nghị MTTQ huyện Đông Mai")
    assert not [r for r in found.relations if r[1] == "practices"], found.relations


def test_a_body_s_congress_resolution_with_delegates_capitalised_is_read() -> None:
    # "Nghị quyết Đại hội Đại biểu Đảng bộ Khối …": "đại biểu" written in capitals as in a title
    found = read("Tại phiên bế mạc, các đại biểu đã thông qua Nghị quyết Đại hội Đại biểu Đảng bộ Khối các cơ quan "
                 "tỉnh Hòa Lâm lần thứ VII, nhiệm kỳ 2020-2025.", title="Bế mạc Đại hội Đảng bộ Khối")
    resolution = "Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh Hòa Lâm lần thứ VII, nhiệm kỳ 2020-2025"
    documents = {d.casefold() for d in found.entities.get("Document", set())}
    assert resolution.casefold() in documents, found.entities


def test_a_body_that_asks_others_to_carry_a_document_out_does_not_carry_it_out() -> None:
    # "Chủ tịch nước đề nghị hai cán bộ … thực hiện đúng … Hiến pháp": the asked do, not the one who asks
    found = read("Phát biểu tại buổi lễ, Ủy ban nhân dân tỉnh Hòa Lâm đề nghị các xã thực hiện nghiêm Luật Đất đai "
                 "năm 2024.", title="Hòa Lâm triển khai Luật Đất đai")
    assert not [r for r in found.relations if r[1] == "implements"], found.relations
    # one that directs its own carrying out still carries it out
    found = read("Ủy ban nhân dân tỉnh Hòa Lâm đã chỉ đạo thực hiện nghiêm Luật Đất đai năm 2024.",
                 title="Hòa Lâm triển khai Luật Đất đai")
    assert ("Ủy ban nhân dân tỉnh Hòa Lâm", "implements", "Luật Đất đai năm 2024", None) in found.relations


def test_two_bodies_after_of_before_what_the_documents_are_about_are_issuers_not_a_subject() -> None:
    # "… Kết luận số … của Bộ Chính trị, Ban Bí thư về Đề án …": the second body is no clause's subject
    found = read("Thực hiện Nghị quyết số 71-NQ/TW ngày 12/4/2025 và Kết luận số 150-KL/TW ngày 28/3/2025 của Bộ Chính "
                 "trị, Ban Bí thư về Đề án sắp xếp đơn vị hành chính, Huyện ủy Đông Mai đã ban hành kế hoạch.",
                 title="Đông Mai sắp xếp đơn vị hành chính")
    doers = {r[0] for r in found.relations if r[1] == "implements"}
    assert "Ban Bí thư" not in doers, found.relations
    assert ("Huyện ủy Đông Mai", "implements", "Kết luận 150-KL/TW", None) in found.relations
    # after two bodies, the second may still be the clause's subject
    found = read("Thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư, Hội Nông dân tỉnh Hòa Lâm đã tổ chức hội nghị.",
                 title="Hội Nông dân Hòa Lâm")
    assert ("Hội Nông dân tỉnh Hòa Lâm", "implements", "Chỉ thị 05-CT/TW", None) in found.relations


def test_a_plan_or_strategy_named_to_its_span_of_years() -> None:
    # "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025", "… 05 năm (2016 - 2020)": its span, then its years
    found = read("Qua 5 năm, thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Hòa Lâm lần thứ X và Kế hoạch phát triển kinh "
                 "tế - xã hội 05 năm (2016 - 2020) của UBND tỉnh, ngành Văn hóa đã có nhiều nỗ lực.",
                 title="Ngành Văn hóa Hòa Lâm")
    plan = "Kế hoạch phát triển kinh tế - xã hội 05 năm (2016 - 2020)"
    assert plan in found.entities["Document"], found.entities
    assert (plan, "issuedBy", "Ủy ban nhân dân tỉnh Hòa Lâm", None) in found.relations
    found = read("Hội nghị thảo luận việc xây dựng Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030.",
                 title="Hội nghị Tỉnh ủy Hòa Lâm")
    assert "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030" in found.entities["Document"]
    # a clause's time, not a span in a document's name
    found = read("Nghị quyết của Đảng bộ tỉnh trong 5 năm 1976 - 1980 được thực hiện nghiêm.", title="Lịch sử Đảng bộ")
    assert not found.entities.get("Document"), found.entities


def test_a_document_in_the_title_of_an_outline_of_a_report_is_not_carried_out_by_the_body_before() -> None:
    # "… các nội dung của Nghị quyết Trung ương 10: …; Đề cương báo cáo tổng kết thực hiện Chiến lược …"
    found = read("Huyện ủy Đông Mai quán triệt các nội dung chính của Nghị quyết Trung ương 10 khóa XII: Đề cương Báo "
                 "cáo chính trị; Đề cương báo cáo tổng kết thực hiện Chiến lược phát triển kinh tế - xã hội 10 năm "
                 "2011 - 2020.", title="Đông Mai quán triệt Nghị quyết Trung ương 10")
    strategy = "Chiến lược phát triển kinh tế - xã hội 10 năm 2011 - 2020"
    assert strategy in found.entities["Document"]
    assert ("Huyện ủy Đông Mai", "implements", strategy, None) not in found.relations
    assert ("Huyện ủy Đông Mai", "implements", "Nghị quyết Trung ương 10 khóa XII", None) in found.relations


def test_a_numbered_document_s_kind_with_each_word_capitalised_is_that_kind() -> None:
    # "Nghị Quyết 50-NQ/TW", "Chỉ Thị số 05-CT/TW": as a title writes the kind
    found = read("Các đại biểu được nghe quán triệt Nghị Quyết 61-NQ/TW của Bộ Chính trị; Chỉ Thị số 15-CT/TW của Ban "
                 "Bí thư.", title="Đông Mai quán triệt nghị quyết")
    assert {"Nghị quyết 61-NQ/TW", "Chỉ thị 15-CT/TW"} <= found.entities["Document"], found.entities
    assert ("Nghị quyết 61-NQ/TW", "issuedBy", "Bộ Chính trị", None) in found.relations
    assert ("Chỉ thị 15-CT/TW", "issuedBy", "Ban Bí thư", None) in found.relations


def test_a_quote_in_capitals_is_a_heading_s_not_a_model_unless_its_kind_says_so() -> None:
    # "THÔNG QUA KẾ HOẠCH HỘI THI “NHÀ NÔNG ĐUA TÀI”": a heading's quote, in capitals
    found = read("Hội Nông dân huyện Đông Mai tổ chức họp.\nTHÔNG QUA KẾ HOẠCH HỘI THI “NÔNG DÂN TÂY MAI GIỎI NGHỀ”\n"
                 "Sáng 3/4, Hội Nông dân huyện Đông Mai họp thông qua kế hoạch.", title="Hội thi nông dân")
    assert "PracticeModel" not in found.entities, found.entities
    # "RA MẮT MÔ HÌNH “…”": its kind, in capitals too, names a model
    found = read("Hội Liên hiệp Phụ nữ xã Tây Mai tổ chức RA MẮT MÔ HÌNH “TỔ PHỤ NỮ TỰ QUẢN ĐƯỜNG LÀNG”.",
                 title="Tây Mai ra mắt mô hình")
    assert {m.casefold() for m in found.entities.get("PracticeModel", set())} == {"tổ phụ nữ tự quản đường làng"}


def test_a_quote_after_a_picture_an_application_a_tournament_or_a_title_s_holders_is_no_model() -> None:
    for sentence in ("Ông Lò Văn Sinh tặng Đại hội bức ảnh “Bác Hồ với nông dân Đông Mai”.",
                     "Đại biểu được hướng dẫn cài đặt ứng dụng “Sổ tay đảng viên Đông Mai”.",
                     "Ban Tổ chức Giải bóng đá thiện nguyện “Cúp Tây Mai - Trao yêu thương” ủng hộ quỹ.",
                     "Chủ tịch UBND huyện Đông Mai công nhận 2.417 cá nhân “Chiến sĩ thi đua cơ sở”.",
                     "Ông Lò Văn Sinh viết bài báo “Nông vận”, thể hiện tư tưởng “Nông dân là gốc của cách mạng”."):
        found = read(sentence, title="Tin hoạt động Đông Mai")
        assert "PracticeModel" not in found.entities, (sentence, found.entities)
    # a model's kind between the head and the quote still names one
    found = read("Hội Nông dân xã Tây Mai nhân rộng mô hình “Tổ hợp tác trồng rau sạch”.", title="Tây Mai")
    assert found.entities.get("PracticeModel") == {"Tổ hợp tác trồng rau sạch"}, found.entities


def test_one_model_written_with_a_comma_or_a_spaced_dash_or_not_is_one() -> None:
    found = read("Hội Liên hiệp Phụ nữ xã Tây Mai ra mắt mô hình “Chi hội phụ nữ 4 không 2 sạch”.\nMô hình “Chi hội "
                 "phụ nữ 4 không, 2 sạch” có 90 hội viên tham gia.", title="Tây Mai ra mắt mô hình")
    assert found.entities["PracticeModel"] == {"Chi hội phụ nữ 4 không 2 sạch"}, found.entities
    assert "Chi hội phụ nữ 4 không, 2 sạch" in found.aliases["Chi hội phụ nữ 4 không 2 sạch"]
    found = read("Huyện đoàn Đông Mai tổ chức giải bóng chuyền “Mừng Xuân - Đón Tết”.\nGiải “Mừng Xuân- Đón Tết” thu "
                 "hút 12 đội.", title="Giải bóng chuyền Đông Mai")
    assert len(found.entities.get("PracticeModel", set())) <= 1, found.entities


def test_the_body_after_fronted_documents_listed_with_semicolons_may_follow_one() -> None:
    # "Thực hiện Chỉ thị số …; Kế hoạch số …; Đảng ủy Sở X đã ban hành …"
    found = read("Thực hiện Chỉ thị số 21-CT/TU, ngày 04/3/2022 của Ban Thường vụ Tỉnh ủy về đại hội chi bộ; Kế hoạch "
                 "số 40-KH/ĐUK ngày 30/3/2022 của Đảng ủy Khối các cơ quan tỉnh về đại hội chi bộ; Đảng ủy Sở Tư pháp "
                 "tỉnh Hòa Lâm đã ban hành Kế hoạch số 87-KH/ĐU.", title="Đại hội chi bộ Sở Tư pháp Hòa Lâm")
    body = "Đảng ủy Sở Tư pháp tỉnh Hòa Lâm"
    assert {(body, "implements", "Chỉ thị 21-CT/TU", None), (body, "implements", "Kế hoạch 40-KH/ĐUK", None)} \
        <= found.relations, found.relations


def test_the_partners_named_after_the_subject_of_fronted_documents_carry_them_out_too() -> None:
    # "Thực hiện kế hoạch số …, Sở Y tế đã kết hợp với UBND huyện X tổ chức …"
    found = read("Thực hiện Kế hoạch số 4102/SYT-CCDS ngày 17/9/2024, Sở Y tế tỉnh Hòa Lâm đã kết hợp với UBND huyện "
                 "Đông Mai tổ chức Hội nghị biểu dương người cao tuổi.", title="Biểu dương người cao tuổi")
    plan = "Kế hoạch 4102/SYT-CCDS"
    assert {("Sở Y tế tỉnh Hòa Lâm", "implements", plan, None),
            ("Ủy ban nhân dân huyện Đông Mai", "implements", plan, None)} <= found.relations, found.relations


def test_a_plenum_s_resolution_with_its_terms_after_a_comma_each_with_its_word_or_in_figures() -> None:
    # "Nghị quyết Trung ương 4, khóa XI, khóa XII", "Nghị quyết Trung ương 5 khóa 12"
    found = read("Sở Văn hóa tỉnh Hòa Lâm đã thực hiện Nghị quyết Trung ương 4, khóa XI, khóa XII về xây dựng Đảng và "
                 "Nghị quyết Trung ương 5 khóa 12 về kinh tế tập thể.", title="Sở Văn hóa Hòa Lâm")
    resolutions = {"Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XII",
                   "Nghị quyết Trung ương 5 khóa 12"}
    assert found.entities["Document"] == resolutions, found.entities
    assert {(r, "issuedBy", "Ban Chấp hành Trung ương Đảng", None) for r in resolutions} <= found.relations
    # a count after the term is no term ("… khóa XII, 12 đảng viên …")
    found = read("Chi bộ Tây Mai quán triệt Nghị quyết Trung ương 4 khóa XII, 12 đảng viên tham dự.", title="Chi bộ")
    assert found.entities["Document"] == {"Nghị quyết Trung ương 4 khóa XII"}, found.entities


def test_a_plenum_s_resolution_named_by_the_plenum_s_number_in_full() -> None:
    # "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII", "… lần thứ mười …"
    found = read("Đảng ủy phường Tây Mai tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung "
                 "ương Đảng khoá XIII.", title="Tây Mai quán triệt nghị quyết")
    assert ("Đảng ủy phường Tây Mai", "implements", "Nghị quyết Trung ương 8 khóa XIII", None) in found.relations
    assert ("Nghị quyết Trung ương 8 khóa XIII", "issuedBy", "Ban Chấp hành Trung ương Đảng", None) in found.relations
    found = read("Đảng ủy Lữ đoàn 4 tổ chức quán triệt Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng "
                 "khóa XIII.", title="Lữ đoàn 4 quán triệt nghị quyết")
    resolution = "Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII"
    assert ("Đảng ủy Lữ đoàn 4", "implements", resolution, None) in found.relations
    assert (resolution, "issuedBy", "Ban Chấp hành Trung ương Đảng", None) in found.relations


def test_a_decision_named_by_the_body_it_establishes() -> None:
    # "Huyện ủy X đã công bố Quyết định thành lập Đảng bộ xã Y": unnumbered, named by the body it establishes
    found = read("Cũng tại Hội nghị, Huyện ủy Đông Mai đã công bố Quyết định thành lập Đảng bộ xã Tây Mai, gồm 17 chi "
                 "bộ.", title="Thành lập Đảng bộ xã Tây Mai")
    assert "Quyết định thành lập Đảng bộ xã Tây Mai" in found.entities.get("Document", set()), found.entities
    # a decision in small letters names decisions in general
    found = read("Huyện ủy Đông Mai trao quyết định thành lập Đảng bộ xã Tây Mai.", title="Tây Mai")
    assert not found.entities.get("Document"), found.entities
