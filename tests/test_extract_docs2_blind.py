"""Extraction by example for documents and who carries them out, in the blind batches'
genre: invented sentences, places and bodies (see tests/test_extract.py for the style)."""

from __future__ import annotations

from tests.test_extract import read


def test_the_body_that_enacts_a_legal_text_carries_out_the_bases_it_cites() -> None:
    found = read("BỘ XÂY DỰNG\nSố: 07/2026/TT-BXD\nHà Nội, ngày 03 tháng 3 năm 2026\nTHÔNG TƯ\n"
                 "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
                 "Căn cứ Nghị định số 33/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định "
                 "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Xây dựng;\n"
                 "Theo đề nghị của Vụ trưởng Vụ Pháp chế;\n"
                 "Bộ trưởng Bộ Xây dựng ban hành Thông tư quy định chi tiết một số điều của Luật Quy hoạch đô thị.")
    doc = found.named("Document", "Nghị định 33/2025/NĐ-CP")
    assert doc is not None
    assert ("Bộ Xây dựng", "implements", doc, None) in found.relations
    law = found.named("Document", "Luật Tổ chức Chính phủ")
    assert law is not None
    assert ("Bộ Xây dựng", "implements", law, None) in found.relations


def test_bases_in_a_news_paragraph_are_not_an_enacting_formula() -> None:
    # a report that sums a text up on one line: the enacting body is not at a line's start
    found = read("Căn cứ Nghị định số 33/2025/NĐ-CP của Chính phủ; Luật Quy hoạch đô thị năm 2009. "
                 "Ban Thường vụ Tỉnh ủy ban hành Quy định số 12-QĐ/TU về công tác cán bộ.")
    assert not {r for r in found.relations if r[1] == "implements"}


def test_a_letterhead_number_on_the_line_after_so_is_the_texts_own_document() -> None:
    found = read("BỘ XÂY\nDỰNG\n-------\n|\nSố:\n07/2026/TT-BXD\n|\nHà Nội, ngày 03\ntháng 3 năm 2026\n"
                 "THÔNG TƯ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;")
    doc = found.named("Document", "Thông tư 07/2026/TT-BXD")
    assert doc is not None
    assert "07/2026/TT-BXD" in found.aliases[doc]


def test_the_letterhead_over_the_rule_is_the_body_that_issues_the_text() -> None:
    found = read("BỘ XÂY\nDỰNG\n-------\n|\nSố:\n07/2026/TT-BXD\n|\nHà Nội, ngày 03\ntháng 3 năm 2026\n"
                 "THÔNG TƯ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;")
    doc = found.named("Document", "Thông tư 07/2026/TT-BXD")
    assert doc is not None
    assert (doc, "issuedBy", "Bộ Xây dựng", None) in found.relations


def test_a_letterhead_that_is_not_the_codes_body_issues_nothing() -> None:
    found = read("SỞ XÂY DỰNG\n-------\nSố:\n07/2026/TT-BXD\nTHÔNG TƯ")
    doc = found.named("Document", "Thông tư 07/2026/TT-BXD")
    assert doc is not None
    assert not {r for r in found.relations if r[0] == doc and r[1] == "issuedBy"}


def test_a_number_alone_on_a_line_without_so_above_is_no_header() -> None:
    found = read("Danh mục văn bản\n07/2026/TT-BXD\nđã hết hiệu lực.")
    assert found.named("Document", "Thông tư 07/2026/TT-BXD") is None


# --- one title for a list of names ----------------------------------------------------


def test_a_chain_of_posts_over_a_list_is_held_by_each_name() -> None:
    found = read("Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trần Văn Hải, "
                 "Trưởng Ban Tổ chức Trung ương; Lê Thị Mai, Chánh Văn phòng Trung ương Đảng.")
    for name in ("Trần Văn Hải", "Lê Thị Mai"):
        assert (name, "holdsPost", "Bộ Chính trị", "Ủy viên") in found.relations
        assert (name, "holdsPost", "Ban Chấp hành Trung ương Đảng", "Bí thư") in found.relations
    assert ("Lê Thị Mai", "holdsPost", "Văn phòng Trung ương Đảng", "Chánh Văn phòng") in found.relations
    assert ("Trần Văn Hải", "holdsPost", "Văn phòng Trung ương Đảng", "Chánh Văn phòng") not in found.relations


# --- who issued a document ------------------------------------------------------------


def test_a_document_issued_in_the_passive_is_issued_by_the_body_named() -> None:
    found = read("Các chi bộ thực hiện tốt Quy định số 12-QĐ/TU được Ban Thường vụ Tỉnh ủy Kon Tum ban hành "
                 "năm 2023 về công tác kiểm tra.")
    doc = found.named("Document", "Quy định 12-QĐ/TU")
    assert doc is not None
    assert (doc, "issuedBy", "Ban Thường vụ Tỉnh ủy Kon Tum", None) in found.relations


def test_a_body_after_duoc_that_does_not_issue_is_no_issuer() -> None:
    found = read("Kế hoạch số 30-KH/TU được Tỉnh ủy Kon Tum triển khai đến các chi bộ.")
    doc = found.named("Document", "Kế hoạch 30-KH/TU")
    assert doc is not None
    assert (doc, "issuedBy", "Tỉnh ủy Kon Tum", None) not in found.relations


def test_after_years_of_carrying_a_document_out_the_body_set_off_by_a_comma_carries_it_out() -> None:
    found = read("Sau 5 năm thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy Kon Tum, Huyện ủy Đắk Hà đã đạt "
                 "nhiều kết quả quan trọng.")
    doc = found.named("Document", "Nghị quyết 04-NQ/TU")
    assert doc is not None
    assert ("Huyện ủy Đắk Hà", "implements", doc, None) in found.relations
    assert ("Tỉnh ủy Kon Tum", "implements", doc, None) not in found.relations


def test_what_a_body_holds_under_a_document_carries_it_out() -> None:
    found = read("Huyện ủy Đắk Hà tổ chức hội nghị theo Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy Kon Tum.")
    doc = found.named("Document", "Chỉ thị 05-CT/TU")
    assert doc is not None
    assert ("Huyện ủy Đắk Hà", "implements", doc, None) in found.relations


def test_a_body_that_only_speaks_of_a_document_does_not_carry_it_out() -> None:
    found = read("Huyện ủy Đắk Hà cho biết theo Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy Kon Tum, "
                 "các chi bộ họp hằng tháng.")
    assert not {r for r in found.relations if r[1] == "implements"}
