"""Documents, who carries them out and models of practice as the development rounds showed them in the
thirty-fourth session, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_clause_set_at_the_meeting_without_its_comma_is_the_meeting_s_holder_s() -> None:
    # "Tại hội nghị các đại biểu …": the comma after the meeting left out, a word in small letters going on
    found = read("Ngày 26/9, Thị ủy Đông Mai đã tổ chức Hội nghị quán triệt các nghị quyết, kết luận của Bộ Chính "
                 "trị. Đồng chí Lò Văn Sinh, Bí thư Thị ủy dự và chỉ đạo hội nghị.\n"
                 "Tại hội nghị các đại biểu đã được nghe quán triệt các nội dung của Nghị quyết 50-NQ/TW của Bộ Chính "
                 "trị về hợp tác đầu tư nước ngoài, Kết luận 54-KL/TW của Bộ Chính trị về nông nghiệp, nông dân, "
                 "nông thôn; Kết luận số 52 về đội ngũ trí thức.", title="Đông Mai quán triệt nghị quyết")
    assert {("Thị ủy Đông Mai", "implements", d, None) for d in ("Nghị quyết 50-NQ/TW", "Kết luận 54-KL/TW",
                                                                  "Kết luận 52")} <= found.relations
    # a capital after it goes on the meeting's name, not the clause: the body named there carries it out
    found = read("Tại Hội nghị Ban Chấp hành Đảng bộ huyện Tây Lâm, Huyện ủy Tây Lâm quán triệt Chỉ thị số "
                 "35-CT/TW của Bộ Chính trị.")
    assert ("Huyện ủy Tây Lâm", "implements", "Chỉ thị 35-CT/TW", None) in found.relations


def test_bodies_a_dash_joins_hold_and_carry_out_together() -> None:
    # "Đảng ủy – UBND – UBMTTQ phường X đã tổ chức …" after the documents it is done under
    found = read("Thực hiện Kế hoạch số 344/KH-UBND ngày 15/5/2024 của Ủy ban nhân dân thành phố Đông Mai về tổ "
                 "chức Lễ phát động Tết trồng cây năm 2024;\nSáng ngày 19/5/2024, Đảng ủy – UBND - UBMTTQ Việt Nam "
                 "phường Tây Lâm đã tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” năm 2024.",
                 title="Phường Tây Lâm phát động Tết trồng cây")
    hosts = ("Đảng ủy phường Tây Lâm", "Ủy ban nhân dân phường Tây Lâm",
             "Ủy ban Mặt trận Tổ quốc Việt Nam phường Tây Lâm")
    assert {(h, "implements", "Kế hoạch 344/KH-UBND", None) for h in hosts} <= found.relations
    assert ("Ủy ban nhân dân thành phố Đông Mai", "implements", "Kế hoạch 344/KH-UBND", None) not in found.relations
    # and the subject of a clause that carries one out, its dashed partners named before it
    found = read("Đảng ủy – HĐND – UBND xã Bình An đã triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert {(h, "implements", "Chỉ thị 05-CT/TW", None) for h in (
        "Đảng ủy xã Bình An", "Hội đồng nhân dân xã Bình An", "Ủy ban nhân dân xã Bình An")} <= found.relations


def test_the_issuer_of_a_document_about_launching_a_movement_runs_it() -> None:
    # "Thực hiện Kế hoạch … của Ban Dân vận X về triển khai thực hiện phong trào thi đua “A”; …": no subject
    # in the clause, the plan's issuer (after "của") runs the movement the plan is about
    found = read("Thực hiện Kế hoạch số 70-KH/BDVTU, ngày 26/02/2019 của Ban Dân vận Tỉnh ủy Hòa Lâm về triển khai "
                 "thực hiện phong trào thi đua “Dân vận khéo”; từ năm 2019 đến nay, các cấp ủy trong tỉnh đã tích "
                 "cực hưởng ứng.")
    assert ("Ban Dân vận Tỉnh ủy Hòa Lâm", "practices", "Dân vận khéo", None) in found.relations
    # a subject the clause names runs it, not the issuer of the plan it carries out
    found = read("Hội Nông dân huyện Đông Mai triển khai Kế hoạch số 12-KH/HND của Hội Nông dân tỉnh Hòa Lâm về "
                 "phát động phong trào “Nông dân thi đua sản xuất giỏi”.")
    assert ("Hội Nông dân tỉnh Hòa Lâm", "practices", "Nông dân thi đua sản xuất giỏi", None) not in found.relations


def test_a_report_a_meeting_adopts_is_no_document() -> None:
    # "Đại hội đã thông qua Báo cáo chính trị …": the meeting's paper, none of the format's kinds
    found = read("Đại hội đã thảo luận, thông qua Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện Đông Mai khóa "
                 "XX; Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXI.",
                 title="Đại hội Đảng bộ huyện Đông Mai")
    assert not any(d.startswith("Báo cáo") for d in found.entities.get("Document", ())), found.entities
    # a numbered report still is one
    found = read("Căn cứ Báo cáo số 412-BC/UBND ngày 2/3/2024 của Ủy ban nhân dân huyện Đông Mai, Hội đồng nhân dân "
                 "huyện đã thông qua Nghị quyết về kế hoạch đầu tư công năm 2025.")
    assert any(d.startswith("Báo cáo 412") for d in found.entities.get("Document", ())), found.entities


def test_the_constitution_and_the_laws_as_the_legal_order_name_no_document() -> None:
    # "… quy định của Hiến pháp và pháp luật": a set phrase for the legal order, no text named
    found = read("Chủ tịch nước đề nghị hai cán bộ thực hiện đúng các nguyên tắc và quy định của Hiến pháp và pháp "
                 "luật, cùng tập thể lãnh đạo Tòa án nhân dân tỉnh Hòa Lâm hoàn thành nhiệm vụ.")
    assert not found.entities.get("Document"), found.entities
    # the constitution named as a text still is one
    found = read("Quốc hội thông qua Hiến pháp năm 2013 và Luật Tổ chức Quốc hội.")
    assert "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" in found.entities["Document"]


def test_a_body_made_under_a_document_does_not_carry_it_out() -> None:
    # "Liên hiệp hội X thành lập … theo Quyết định số …": founded under it, not acting under it
    found = read("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Lâm thành lập từ năm 1993 theo Quyết định số "
                 "121/QĐ-UBND ngày 29/7/1993 của Ủy ban nhân dân tỉnh Hòa Lâm.")
    assert not [r for r in found.relations if r[1] == "implements"], found.relations
    # "… được kiện toàn, sắp xếp lại thành Sở X theo Quyết định …": the verb before the body's name
    found = read("Tháng 3/2008, sở được kiện toàn, sắp xếp lại thành Sở Thông tin và Truyền thông tỉnh Hòa Lâm theo "
                 "Quyết định số 702/UBND ngày 27/3/2008 của Ủy ban nhân dân tỉnh Hòa Lâm.")
    assert not [r for r in found.relations if r[1] == "implements"], found.relations
    # what a body does under a document it still carries out
    found = read("Hội Nông dân huyện Đông Mai duy trì phong trào thi đua theo Kế hoạch số 118/KH-HND của Hội Nông "
                 "dân tỉnh Hòa Lâm.")
    assert ("Hội Nông dân huyện Đông Mai", "implements", "Kế hoạch 118/KH-HND", None) in found.relations


def test_a_body_whose_founding_day_is_marked_does_not_run_the_model() -> None:
    # "ôn lại truyền thống 93 năm Ngày thành lập Mặt trận …, báo cáo kết quả thực hiện Cuộc vận động “A”": the body
    # that holds the day's gathering runs it, not the one whose anniversary it is
    found = read("Sáng 15/11, Ban Công tác Mặt trận ấp Bình An tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023.\n"
                 "Tại Ngày hội, các đại biểu cùng nhân dân ấp Bình An ôn lại truyền thống 93 năm Ngày thành lập Mặt "
                 "trận Dân tộc thống nhất Việt Nam (18-11-1930 - 18-11-2023), báo cáo kết quả thực hiện Cuộc vận động "
                 "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” trên địa bàn ấp.",
                 title="Ngày hội Đại đoàn kết ở ấp Bình An")
    model = "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
    assert ("Mặt trận Dân tộc thống nhất Việt Nam", "practices", model, None) not in found.relations
    assert ("Ban công tác Mặt trận ấp Bình An", "practices", model, None) in found.relations


def test_a_plan_named_by_the_gathering_it_is_to_hold_is_a_document() -> None:
    # "… triển khai kế hoạch tổ chức “Ngày hội …”": in small letters after the body that carries it out
    found = read("Ngày 28/10/2016, Ủy ban Mặt trận Tổ quốc Việt Nam xã Tây Lâm triển khai kế hoạch tổ chức “Ngày hội "
                 "Đại đoàn kết toàn dân tộc” ở khu dân cư.", title="Xã Tây Lâm triển khai Ngày hội Đại đoàn kết")
    plan = "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc"
    assert plan in found.entities["Document"], found.entities
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Tây Lâm", "implements", plan, None) in found.relations
    # named to its year; the gathering is still an event of its own
    found = read("Ngày 20/10, Ủy ban Mặt trận Tổ quốc Việt Nam xã Tây Lâm triển khai kế hoạch tổ chức Ngày hội Đại "
                 "đoàn kết toàn dân tộc năm 2023 tại các khu dân cư.", title="Xã Tây Lâm triển khai Ngày hội")
    assert "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023" in found.entities["Document"]
    # in small letters with no body carrying it out or issuing it: a plan in general
    found = read("Các chi hội cần có kế hoạch tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” chu đáo.")
    assert not found.entities.get("Document"), found.entities


def test_the_body_whose_units_are_the_subject_carries_out_the_documents_fronted() -> None:
    # "Thực hiện Kế hoạch …, từ ngày … đến ngày …, các chi bộ trực thuộc Đảng bộ X đã tổ chức Đại hội": doers.md 4
    found = read("Thực hiện Kế hoạch số 32-KH/ĐUK, ngày 24/7/2017 của Đảng ủy Khối các cơ quan tỉnh Hòa Lâm, từ ngày "
                 "8/9/2017 đến ngày 19/9/2017, các Chi bộ trực thuộc Đảng bộ Tòa án nhân dân tỉnh Hòa Lâm đã tổ chức "
                 "Đại hội và bầu cấp ủy khóa mới.")
    assert ("Đảng bộ Tòa án nhân dân tỉnh Hòa Lâm", "implements", "Kế hoạch 32-KH/ĐUK", None) in found.relations
    assert ("Đảng ủy Khối các cơ quan tỉnh Hòa Lâm", "implements", "Kế hoạch 32-KH/ĐUK", None) not in found.relations
