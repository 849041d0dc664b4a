"""Extraction by example for documents, who issues and carries them out, models of practice
and awards, in the blind batches' genre: invented sentences, places and bodies (see
tests/test_extract.py for the style)."""

from __future__ import annotations

from tests.test_extract import read

# --- who issued a document ---------------------------------------------------------------


def test_a_document_of_a_head_of_body_is_issued_by_the_body() -> None:
    found = read("Năm 2026, theo Quyết định số 2871/QĐ-BNNMT ngày 05/8/2026 của Bộ trưởng Bộ Nông nghiệp "
                 "và Môi trường, Viện tiếp tục là đơn vị trực thuộc Bộ.")
    assert ("Quyết định 2871/QĐ-BNNMT", "issuedBy", "Bộ Nông nghiệp và Môi trường", None) in found.relations


def test_a_document_issued_by_a_body_named_after_it_in_a_passive() -> None:
    found = read("Thông tư 09/2026/TT-BNV được Bộ Nội vụ ban hành ngày 2/3/2026. Quyết định số "
                 "14/2026/QĐ-BDTTG do Bộ trưởng Bộ Dân tộc và Tôn giáo ban hành có hiệu lực từ ngày 1/5.")
    assert ("Thông tư 09/2026/TT-BNV", "issuedBy", "Bộ Nội vụ", None) in found.relations
    assert ("Quyết định 14/2026/QĐ-BDTTG", "issuedBy", "Bộ Dân tộc và Tôn giáo", None) in found.relations


def test_numbered_rules_and_reports_are_documents() -> None:
    found = read("Căn cứ Quy chế số 41-QC/BCSĐ ngày 2/3/2021 của Ban Cán sự đảng VKSND tối cao; Báo cáo số "
                 "412-BC/UBKTTW của Ủy ban Kiểm tra Trung ương về kết quả kiểm tra.")
    assert found.has("Document", "Quy chế 41-QC/BCSĐ")
    assert ("Báo cáo 412-BC/UBKTTW", "issuedBy", "Ủy ban Kiểm tra Trung ương", None) in found.relations


def test_a_code_that_spells_a_named_bodys_initials_names_the_issuer() -> None:
    found = read("Ông Mẫn Đức Hiếu, Phó Giám đốc Ngân hàng Nhà nước Việt Nam chi nhánh, được bổ nhiệm "
                 "theo Quyết định số 2417/QĐ-NHNN. Văn phòng Chính phủ có văn bản gửi các bộ. Theo Công văn "
                 "4235/VPCP-KTTH, các bộ phải báo cáo trước ngày 15/5.")
    assert ("Quyết định 2417/QĐ-NHNN", "issuedBy", "Ngân hàng Nhà nước Việt Nam", None) in found.relations
    assert ("Công văn 4235/VPCP-KTTH", "issuedBy", "Văn phòng Chính phủ", None) in found.relations


def test_a_committees_two_letter_code_does_not_say_which_of_its_bodies_issued() -> None:
    # "/TU": the Tỉnh ủy or its standing board; the text does not say
    found = read("Tỉnh ủy Nam Định tổ chức hội nghị. Hội nghị công bố Quyết định số 1246-QĐNS/TU về công tác cán bộ.")
    assert not {r for r in found.relations if r[1] == "issuedBy"}


# --- models of practice ----------------------------------------------------------------


def test_a_quote_after_a_fund_a_song_a_contest_or_a_tradition_is_no_model() -> None:
    found = read("Mỗi căn nhà trị giá 60 triệu đồng, trong đó Quỹ “Vì người nghèo” tỉnh hỗ trợ 40 triệu đồng. "
                 "Đội văn nghệ biểu diễn bài hát “Mùa vàng trên bản”. Huyện đoàn tổ chức hội thi “Thanh niên "
                 "lái xe an toàn” và giáo dục truyền thống “Uống nước nhớ nguồn”. Giải A thuộc về loạt bài "
                 "“Đảng viên trẻ nơi biên giới” của tác giả Lò Văn Sơn.")
    assert not found.entities.get("PracticeModel")


def test_a_quote_after_a_movement_or_a_motto_is_still_a_model() -> None:
    found = read("Hội Phụ nữ xã Tân Phú duy trì mô hình “Tổ dân vận 3 cùng” gắn với thực hiện phương châm "
                 "“Một cửa, Trách nhiệm, Thân thiện”.")
    assert found.has("PracticeModel", "Tổ dân vận 3 cùng")
    assert found.has("PracticeModel", "Một cửa, Trách nhiệm, Thân thiện")


# --- who carries a document out ----------------------------------------------------------


def test_the_partner_after_phoi_hop_voi_does_not_carry_the_document_out() -> None:
    found = read("Ban Dân vận Huyện ủy Xuyên Mộc phối hợp với Ủy ban MTTQ Việt Nam huyện Xuyên Mộc tổng kết "
                 "5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư.")
    assert ("Ban Dân vận Huyện ủy Xuyên Mộc", "implements", "Kết luận 114-KL/TW", None) in found.relations
    assert not {r for r in found.relations if r[1] == "implements" and r[0].startswith("Ủy ban")}


def test_the_signer_above_a_decisions_bases_carries_them_out_for_the_body() -> None:
    found = read("BỘ DÂN TỘC VÀ TÔN GIÁO\n-------\nSố: 07/2026/QĐ-BDTTG\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ XÉT TẶNG "
                 "KỶ NIỆM CHƯƠNG\n\nBỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO\n\n"
                 "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
                 "Căn cứ Nghị định số 41/2025/NĐ-CP ngày 26/02/2025 của Chính phủ quy định chức năng của Bộ Dân "
                 "tộc và Tôn giáo;\nTheo đề nghị của Chủ tịch Hội đồng Thi đua – Khen thưởng,\n\nQUYẾT ĐỊNH:\n\n"
                 "Điều 1. Ban hành kèm theo Quyết định này Quy chế.")
    assert ("Bộ Dân tộc và Tôn giáo", "implements", "Nghị định 41/2025/NĐ-CP", None) in found.relations
    assert ("Bộ Dân tộc và Tôn giáo", "implements", "Luật Thi đua, khen thưởng", None) in found.relations


def test_a_line_in_capitals_that_names_no_signer_enacts_nothing() -> None:
    found = read("BỘ DÂN TỘC VÀ TÔN GIÁO\n\nCăn cứ Nghị định số 41/2025/NĐ-CP ngày 26/02/2025 của Chính phủ "
                 "quy định chức năng của Bộ Dân tộc và Tôn giáo;\n\nQUYẾT ĐỊNH:")
    assert not {r for r in found.relations if r[1] == "implements"}


# --- who received an award ---------------------------------------------------------------


def test_people_counted_as_receiving_and_named_in_the_next_sentence_receive() -> None:
    found = read("Trong danh sách, tỉnh Kon Tum có 2 người được tặng bằng khen.\nĐó là cô giáo Rơ Châm Thị "
                 "Nghé, Trường Tiểu học thị trấn Plei Kần; thầy giáo Nguyễn Đắc Hưng, Hiệu trưởng Trường THCS "
                 "Mô Rai.")
    award = found.named("Award", "Bằng khen")
    assert award is not None
    assert ("Rơ Châm Thị Nghé", "receivedAward", award, None) in found.relations
    assert ("Nguyễn Đắc Hưng", "receivedAward", award, None) in found.relations


def test_a_sentence_after_an_award_that_counts_no_receivers_names_none() -> None:
    found = read("Bộ Giáo dục và Đào tạo tặng bằng khen cho tỉnh Kon Tum.\nĐó là niềm vui của thầy giáo "
                 "Nguyễn Đắc Hưng, Hiệu trưởng Trường THCS Mô Rai.")
    assert not {r for r in found.relations if r[0] == "Nguyễn Đắc Hưng" and r[1] == "receivedAward"}


# --- prizes --------------------------------------------------------------------------------


def test_a_prize_named_to_its_edition_is_given_by_the_bodies_that_hold_its_ceremony() -> None:
    found = read("Chiều 19/6, Hội Nhà báo tỉnh Yên Bái phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy Yên Bái "
                 "tổ chức lễ trao Giải Báo chí về xây dựng Đảng và hệ thống chính trị tỉnh Yên Bái lần thứ 7 "
                 "năm 2026.")
    prize = "Giải Báo chí về xây dựng Đảng và hệ thống chính trị tỉnh Yên Bái lần thứ 7 năm 2026"
    assert found.has("Award", prize)
    assert (prize, "awardedBy", "Hội Nhà báo tỉnh Yên Bái", None) in found.relations
    assert (prize, "awardedBy", "Ban Tuyên giáo và Dân vận Tỉnh ủy Yên Bái", None) in found.relations


def test_a_congress_named_to_its_edition_is_no_prize() -> None:
    found = read("Hội Nông dân tỉnh Yên Bái tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028.")
    assert not found.entities.get("Award")


def test_members_named_among_those_said_to_receive_receive_the_class_after_them() -> None:
    found = read("Đảng ủy xã Bình An tổ chức Lễ trao tặng Huy hiệu 45 năm, 30 năm tuổi Đảng cho 3 đồng chí. "
                 "Trong đó đồng chí Lê Văn Tám chi bộ thôn Đông tặng huy hiệu 45 năm tuổi Đảng, đồng chí Phan "
                 "Thị Nga, đồng chí Lưu Văn Hòa chi bộ thôn Tây tặng huy hiệu 30 năm tuổi Đảng.")
    assert ("Lê Văn Tám", "receivedAward", "Huy hiệu 45 năm tuổi Đảng", None) in found.relations
    assert ("Phan Thị Nga", "receivedAward", "Huy hiệu 30 năm tuổi Đảng", None) in found.relations
    assert ("Lưu Văn Hòa", "receivedAward", "Huy hiệu 30 năm tuổi Đảng", None) in found.relations
    assert not {r for r in found.relations if r[1] == "awardedBy" and r[2] in ("Lê Văn Tám", "Lưu Văn Hòa")}


def test_a_badge_named_by_its_kind_at_the_end_of_du_va_trao_is_the_class_named_before() -> None:
    found = read("Ngày 19/4, Đảng ủy Khối các cơ quan tỉnh tổ chức Lễ trao Huy hiệu 40 năm tuổi Đảng cho đồng chí "
                 "Lò Văn Khánh. Đồng chí Tao Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối dự và "
                 "trao Huy hiệu.")
    assert ("Huy hiệu 40 năm tuổi Đảng", "awardedBy", "Tao Thị Hương", None) in found.relations
    assert not found.has("Award", "Huy hiệu Đảng")


def test_those_named_after_co_present_the_badge_dự_và_trao_names() -> None:
    found = read("Sáng 31/8, Thành ủy Pleiku tổ chức Lễ trao tặng Huy hiệu 65 năm tuổi Đảng cho đảng viên. Dự và "
                 "trực tiếp trao Huy hiệu có đồng chí Rơ Mah Tuân, Phó Bí thư Thường trực Tỉnh ủy.")
    assert ("Huy hiệu 65 năm tuổi Đảng", "awardedBy", "Rơ Mah Tuân", None) in found.relations


def test_two_presenters_joined_by_va_both_give_the_award() -> None:
    found = read("Bí thư Tỉnh ủy Lào Cai Giàng Seo Phử và Thiếu tướng Lò Văn Páo, Phó Tư lệnh Bộ đội Biên phòng "
                 "trao Bằng khen của Bộ Quốc phòng cho Đồn Biên phòng Bát Xát.")
    assert ("Bằng khen của Bộ Quốc phòng", "awardedBy", "Giàng Seo Phử", None) in found.relations
    assert ("Bằng khen của Bộ Quốc phòng", "awardedBy", "Lò Văn Páo", None) in found.relations


def test_a_person_before_a_comma_clause_does_not_present_with_the_next() -> None:
    found = read("Ông Giàng Seo Phử phát biểu, sau đó Thiếu tướng Lò Văn Páo trao Bằng khen của Bộ Quốc phòng cho "
                 "Đồn Biên phòng Bát Xát.")
    assert not {r for r in found.relations if r[1] == "awardedBy" and r[2] == "Giàng Seo Phử"}


def test_a_medal_named_by_its_kind_in_small_letters_is_the_articles_one_of_that_kind() -> None:
    found = read("Đồng chí Hà Văn Lực trao kỷ niệm chương cho hội viên tiêu biểu. Dịp này, 42 hội viên của Tỉnh hội "
                 "được trao Kỷ niệm chương Cựu TNXP Việt Nam.")
    assert ("Kỷ niệm chương Cựu TNXP Việt Nam", "awardedBy", "Hà Văn Lực", None) in found.relations
    assert not found.has("Award", "Kỷ niệm chương")


def test_the_body_rewarded_for_a_movement_runs_it_not_the_one_that_rewards() -> None:
    found = read("Dịp này, Hội Chữ thập đỏ tỉnh Bắc Giang tặng Bằng khen cho Hội Chữ thập đỏ huyện Lục Nam vì có "
                 "thành tích xuất sắc trong phong trào “Tết Nhân ái” năm 2024. Hội Cựu chiến binh xã Tân Lập được "
                 "Hội Cựu chiến binh tỉnh Long An tặng Giấy khen vì có thành tích trong phong trào thi đua "
                 "“Cựu chiến binh gương mẫu”.")
    assert ("Hội Chữ thập đỏ huyện Lục Nam", "practices", "Tết Nhân ái", None) in found.relations
    assert ("Hội Cựu chiến binh xã Tân Lập", "practices", "Cựu chiến binh gương mẫu", None) in found.relations
    assert not {r for r in found.relations if r[1] == "practices" and "tỉnh" in r[0]}


def test_a_sector_title_in_quotes_after_danh_hieu_is_the_award_its_quote_names() -> None:
    found = read("Thông tư quy định danh hiệu “Chiến sĩ thi đua ngành Kiểm sát” và Kỷ niệm chương “Vì sự nghiệp "
                 "Kiểm sát”. Chi bộ giữ vững danh hiệu “Trong sạch, vững mạnh” nhiều năm liền.")
    assert found.has("Award", "Chiến sĩ thi đua ngành Kiểm sát")
    assert not found.has("Award", "Trong sạch, vững mạnh")
    assert not found.has("Award", "Danh hiệu Trong sạch, vững mạnh")


def test_a_number_after_so_with_a_colon_or_typed_with_spaces_is_read() -> None:
    found = read("Viện được thành lập theo Điều 2 của Quyết định số: 314/QĐ-TTg ngày 17/10/2005 của Thủ tướng Chính "
                 "phủ. Chủ tịch UBND huyện Thuận Bắc ký Quyết định số 241/ QĐ- UBND công nhận thôn Xóm Bằng.")
    assert ("Quyết định 314/QĐ-TTg", "issuedBy", "Thủ tướng Chính phủ", None) in found.relations
    doc = found.named("Document", "Quyết định 241/QĐ-UBND")
    assert doc is not None
    assert "Quyết định số 241/ QĐ- UBND" in found.aliases[doc]


def test_the_body_whose_plan_carries_out_a_document_carries_it_out() -> None:
    found = read("Kế hoạch số 09/KH-SYT ngày 06/02/2026 của Sở Y tế tỉnh Quảng Ninh triển khai thực hiện Chỉ thị số "
                 "05/CT-BYT của Bộ trưởng Bộ Y tế về tăng cường phòng dịch.")
    assert ("Sở Y tế tỉnh Quảng Ninh", "implements", "Chỉ thị 05/CT-BYT", None) in found.relations
    assert ("Chỉ thị 05/CT-BYT", "issuedBy", "Bộ Y tế", None) in found.relations


def test_a_quote_the_text_calls_a_model_may_open_in_small_letters_or_with_a_count() -> None:
    found = read("Hội Người cao tuổi xã Phú Hữu duy trì mô hình “ cất nhà tình thương” và Hội LHPN huyện Tuy Phong "
                 "ra mắt mô hình “1 hội viên khá giúp 1 hội viên nghèo”.")
    assert ("Hội Người cao tuổi xã Phú Hữu", "practices", "cất nhà tình thương", None) in found.relations
    assert found.has("PracticeModel", "1 hội viên khá giúp 1 hội viên nghèo")


def test_a_quote_in_small_letters_not_called_a_model_is_none() -> None:
    found = read("Ông Lý Văn Tám cho rằng việc này là “chuyện nhỏ” của Hội Người cao tuổi xã Phú Hữu.")
    assert not found.entities.get("PracticeModel")


def test_a_model_in_single_quotes_inside_a_quotation_is_read_where_called_one() -> None:
    found = read("Ông Lò Văn Sơn nhấn mạnh: “Các chi bộ cần nhân rộng mô hình ‘Tổ dân vận 3 cùng’ như ấp Tân Phú "
                 "đã làm.” Ông Y Bhin K’Long cùng dự.")
    assert found.has("PracticeModel", "Tổ dân vận 3 cùng")
    assert found.has("Person", "Y Bhin K’Long")


def test_the_body_in_a_speakers_title_does_not_run_the_model_the_speaker_asks_for() -> None:
    found = read("Tại Ngày hội, ông Cil Ha Khiêm, Phó Chủ tịch UBND huyện Lạc Dương đề nghị các xã nhân rộng mô hình "
                 "\"Cà phê sạch dưới tán rừng\".")
    assert found.has("PracticeModel", "Cà phê sạch dưới tán rừng")
    assert not {r for r in found.relations if r[1] == "practices"}


def test_a_quoted_name_that_opens_with_an_events_head_is_no_model() -> None:
    found = read("Ấp Bàu Cá đăng cai một trong hai điểm \"Ngày hội Đại đoàn kết toàn dân tộc\" của tỉnh; Huyện đoàn "
                 "tổ chức “Hội thi Thanh niên với văn hóa giao thông”.")
    assert not found.entities.get("PracticeModel")


def test_a_quote_after_an_award_kind_in_capitals_names_the_award_not_a_model() -> None:
    found = read("QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ XÉT TẶNG KỶ NIỆM CHƯƠNG “VÌ SỰ NGHIỆP PHÁT TRIỂN CÁC DÂN TỘC”\n"
                 "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
    assert not found.entities.get("PracticeModel")


def test_straight_quotes_around_one_letter_pair_with_each_other() -> None:
    found = read("Viện Cây lương thực được thành lập theo điểm \"d\" Khoản \"1\" Điều 2 của Quyết định số "
                 "314/QĐ-TTg.")
    assert not found.entities.get("PracticeModel")
