"""Who does what with documents, models and awards, by example (the seventh round): the
constructions the genre uses for it, on invented sentences about places and people that the
test batches do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ an award of a head named by the title alone


def test_an_award_of_a_head_named_by_the_title_alone_is_the_head_s_of_the_one_school() -> None:
    found = read("Trường Cao đẳng Y tế Sông Mây tổ chức lễ khai giảng năm học mới. Tại buổi lễ, ông Hà Văn "
                 "Bình trao Giấy khen của Hiệu trưởng cho 15 sinh viên có thành tích xuất sắc.")
    award = "Giấy khen của Hiệu trưởng Trường Cao đẳng Y tế Sông Mây"
    assert award in found.entities["Award"]
    assert (award, "awardedBy", "Hà Văn Bình", None) in found.relations
    assert (award, "awardedBy", "Trường Cao đẳng Y tế Sông Mây", None) in found.relations


def test_an_award_of_a_head_whose_body_is_not_named_keeps_the_title() -> None:
    found = read("Tại buổi lễ, ông Hà Văn Bình trao Giấy khen của Chi cục trưởng cho 12 công chức.")
    assert "Giấy khen của Chi cục trưởng" in found.entities["Award"]
    assert ("Giấy khen của Chi cục trưởng", "awardedBy", "Hà Văn Bình", None) in found.relations


def test_the_bodies_named_in_the_recipients_merit_receive_nothing() -> None:
    found = read("Ông Hà Văn Bình trao Giấy khen của Giám đốc Sở Y tế tỉnh Sông Mây cho 9 viên chức có thành "
                 "tích trong thực hiện Quyết định số 12/QĐ-BYT của Bộ Y tế.")
    assert not [r for r in found.relations if r[1] == "receivedAward" and r[0] == "Bộ Y tế"]


# ------------------------------------------------------------------ what the article's own meeting is held under


def test_the_documents_a_congress_is_prepared_under_are_its_body_s() -> None:
    found = read("Ngày 12/6/2025, Đảng bộ Trường Đại học Sông Mây tiến hành Đại hội đại biểu lần thứ VII, nhiệm kỳ "
                 "2025-2030. Đại hội được chuẩn bị theo Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ "
                 "các cấp và Kế hoạch số 18-KH/ĐU của Đảng ủy Khối.")
    body = "Đảng bộ Trường Đại học Sông Mây"
    assert (body, "implements", "Chỉ thị 45-CT/TW", None) in found.relations
    assert (body, "implements", "Kế hoạch 18-KH/ĐU", None) in found.relations


def test_what_the_article_reports_done_is_done_under_the_holder_s_documents() -> None:
    found = read("Sáng 3/4, Hội Nông dân xã Ea Mây (HND) tổ chức ra mắt Tổ hợp tác trồng tiêu. Việc ra mắt tổ "
                 "nhằm thực hiện Nghị quyết số 08-NQ/HNDT của Ban Thường vụ Hội Nông dân tỉnh.")
    assert ("Hội Nông dân xã Ea Mây", "implements", "Nghị quyết 08-NQ/HNDT", None) in found.relations


# ------------------------------------------------------------------ a report's clause that leaves its subject out


def test_a_clause_opening_with_its_verb_goes_on_with_the_first_clause_s_subject() -> None:
    found = read("Năm qua, Hội Nông dân xã Cư Mây đã hỗ trợ 20 hộ vay vốn của Ngân hàng Chính sách xã hội huyện; "
                 "thành lập thêm tổ hội nghề nghiệp \u201cTrồng bơ sạch\u201d ở buôn Ja; tiếp tục duy trì mô hình "
                 "\u201cĐoạn đường nông dân tự quản\u201d.")
    assert ("Hội Nông dân xã Cư Mây", "practices", "Trồng bơ sạch", None) in found.relations
    assert ("Hội Nông dân xã Cư Mây", "practices", "Đoạn đường nông dân tự quản", None) in found.relations
    assert not [r for r in found.relations if r[1] == "practices" and r[0].startswith("Ngân hàng")]


# ------------------------------------------------------------------ the body a visit works with


def test_the_body_a_visit_works_with_carries_out_what_it_reports_on() -> None:
    found = read("Sáng 5/3, Thiếu tướng Lê Văn Thạch có buổi làm việc với Tổng công ty Xây dựng Sông Mây để nghe "
                 "báo cáo sơ kết ba năm thực hiện Nghị quyết số 15-NQ/ĐU của Đảng ủy Quân khu.")
    assert ("Tổng công ty Xây dựng Sông Mây", "implements", "Nghị quyết 15-NQ/ĐU", None) in found.relations


def test_a_union_s_board_a_visit_works_with_speaks_for_the_union() -> None:
    found = read("Đoàn công tác của Hội Cựu chiến binh tỉnh Đắk Mây làm việc với Ban Thường vụ Hội Cựu chiến binh "
                 "huyện Ea Lâm về kết quả thực hiện Chỉ thị số 03-CT/CCB.")
    assert ("Hội Cựu chiến binh huyện Ea Lâm", "implements", "Chỉ thị 03-CT/CCB", None) in found.relations


def test_a_body_a_body_works_in_partnership_with_carries_nothing_out() -> None:
    found = read("Hội Nông dân xã Ea Mây phối hợp với Ngân hàng Chính sách xã hội huyện triển khai Kế hoạch số "
                 "21/KH-UBND.")
    assert not [r for r in found.relations if r[1] == "implements" and r[0].startswith("Ngân hàng")]


def test_the_body_of_a_relative_clause_after_a_model_runs_it() -> None:
    found = read("Các đại biểu tham quan mô hình \u201cVườn cây dinh dưỡng\u201d mà Hội Liên hiệp Phụ nữ xã Cư Mây "
                 "duy trì từ năm 2021.")
    assert ("Hội Liên hiệp Phụ nữ xã Cư Mây", "practices", "Vườn cây dinh dưỡng", None) in found.relations


# ------------------------------------------------------------------ whose members run a model


def test_the_members_model_is_the_association_s_the_sentence_names() -> None:
    found = read("Ngày 20/10, chị em xã Ea Mây gặp mặt kỷ niệm 94 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam. "
                 "Các đại biểu ôn lại truyền thống của Hội Liên hiệp Phụ nữ Việt Nam. Theo báo cáo của Hội Liên hiệp "
                 "Phụ nữ xã Ea Mây, trong năm có 7 chi hội duy trì mô hình \u201cNuôi heo đất giúp bạn\u201d.")
    assert ("Hội Liên hiệp Phụ nữ xã Ea Mây", "practices", "Nuôi heo đất giúp bạn", None) in found.relations
    assert not [r for r in found.relations if r[1] == "practices" and r[0].endswith("Việt Nam")]


# ------------------------------------------------------------------ who issued a document


def test_the_body_whose_head_signs_a_document_issues_it() -> None:
    found = read("Ngày 5/3/2024, Giám đốc Sở Tài chính tỉnh Đắk Mây ký Quyết định số 118/QĐ-STC về việc kiểm tra "
                 "công tác quyết toán năm 2023.")
    assert ("Quyết định 118/QĐ-STC", "issuedBy", "Sở Tài chính tỉnh Đắk Mây", None) in found.relations


# ------------------------------------------------------------------ a kind named bare after the award named in full


def test_a_kind_named_bare_is_the_award_of_that_kind_named_before() -> None:
    found = read("Sở Y tế tỉnh Đắk Mây nhận Cờ thi đua của Chính phủ. Đồng chí Trần Văn Lộc, Phó Chủ tịch Hội đồng "
                 "Thi đua - Khen thưởng tỉnh Đắk Mây trao Cờ thi đua cho Sở Y tế tỉnh Đắk Mây.")
    assert found.entities["Award"] == {"Cờ thi đua của Chính phủ"}
    assert ("Cờ thi đua của Chính phủ", "awardedBy", "Trần Văn Lộc", None) in found.relations
    assert not [r for r in found.relations if r[1] == "awardedBy" and r[2].startswith("Hội đồng")]


# ------------------------------------------------------------------ markup left in a page's text


def test_an_attribute_s_value_in_markup_is_no_model() -> None:
    found = read('<meta name="author" content="Ủy ban nhân dân xã Ea Mây">\n<meta name="generator" content="Cổng '
                 'Thông tin v2">\nHội Nông dân xã Ea Mây duy trì mô hình \u201cTổ nông dân tự quản\u201d.')
    assert found.entities["PracticeModel"] == {"Tổ nông dân tự quản"}


def test_a_company_s_board_speaks_for_the_company_s_model() -> None:
    found = read("Ông Đỗ Văn Hùng, Chủ tịch Hội đồng thành viên Tổng công ty Lương thực Sông Mây phát động phong trào "
                 "thi đua \u201cMỗi kho một sáng kiến\u201d.")
    assert ("Tổng công ty Lương thực Sông Mây", "practices", "Mỗi kho một sáng kiến", None) in found.relations
    assert not [r for r in found.relations if r[1] == "practices" and r[0].startswith("Hội đồng")]


# ------------------------------------------------------------------ rewarded for carrying a document out


def test_the_bodies_rewarded_for_carrying_out_a_document_carry_it_out() -> None:
    found = read("Dịp này, Ban Thường vụ Huyện ủy Ea Lâm tặng Giấy khen cho 3 tập thể, trong đó có Đảng ủy xã Cư Mây "
                 "và Đảng ủy xã Ea Hồ, đã có thành tích xuất sắc trong thực hiện Chỉ thị số 08-CT/HU.")
    assert ("Đảng ủy xã Cư Mây", "implements", "Chỉ thị 08-CT/HU", None) in found.relations
    assert ("Đảng ủy xã Ea Hồ", "implements", "Chỉ thị 08-CT/HU", None) in found.relations
    assert not [r for r in found.relations if r[1] == "implements" and r[0].startswith("Ban Thường vụ")]


def test_the_body_that_receives_an_award_for_carrying_out_a_document_carries_it_out() -> None:
    found = read("Năm 2024, Trung tâm Y tế huyện Ea Lâm được Giám đốc Sở Y tế tặng Giấy khen vì thành tích trong "
                 "triển khai Kế hoạch số 52/KH-SYT.")
    assert ("Trung tâm Y tế huyện Ea Lâm", "implements", "Kế hoạch 52/KH-SYT", None) in found.relations


def test_a_council_is_no_association_whose_members_run_a_model() -> None:
    found = read("Hội đồng nhân dân xã Cư Mây tổ chức kỳ họp thứ tám. Hội đồng nhân dân xã Cư Mây biểu dương Hội Nông "
                 "dân xã Cư Mây. Đồng chí Y Bhin, Phó Chủ tịch Hội đồng nhân dân xã Cư Mây mong hội viên tiếp tục "
                 "hưởng ứng phong trào \u201cNông dân thi đua sản xuất giỏi\u201d.")
    assert not [r for r in found.relations if r[1] == "practices" and r[0].startswith("Hội đồng")]


def test_how_urgent_a_document_is_stands_between_its_kind_and_its_number() -> None:
    found = read("UBND tỉnh Đắk Mây vừa ban hành Công văn (HỎA TỐC) số 2210/UBND-NNMT ngày 3/9 về ứng phó bão số 5; "
                 "Sở Nông nghiệp tỉnh ban hành Công điện hỏa tốc số 07/CĐ-SNN.")
    assert {"Công văn 2210/UBND-NNMT", "Công điện 07/CĐ-SNN"} <= found.entities["Document"]
    assert ("Công văn 2210/UBND-NNMT", "issuedBy", "Ủy ban nhân dân tỉnh Đắk Mây", None) in found.relations


def test_who_receives_an_award_on_a_body_s_behalf_receives_it_for_the_body() -> None:
    found = read("Thay mặt Công ty Cổ phần Cà phê Ea Mây, ông Nguyễn Hữu Tài, Giám đốc Công ty đón nhận Huân chương "
                 "Lao động hạng Ba.")
    assert ("Công ty cổ phần Cà phê Ea Mây", "receivedAward", "Huân chương Lao động hạng Ba", None) in found.relations
    assert ("Nguyễn Hữu Tài", "receivedAward", "Huân chương Lao động hạng Ba", None) not in found.relations
