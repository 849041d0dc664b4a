"""Who runs models and carries out documents by the conventions of docs/gold-conventions/doers.md,
by example: invented sentences in the genre's manner about places and people the corpora do not
contain.
"""

from __future__ import annotations

from tests.test_extract import read


def test_a_union_s_grassroots_unions_run_its_movement_in_the_passive() -> None:
    """Convention 4: "được các công đoàn cơ sở duy trì" names the union's units as those who run
    the movement; the union the article names most runs it, and so the model the clause ties to it."""
    found = read("Ngày 8/3, Công đoàn ngành Y tế tỉnh Hòa Lâm tổ chức hội nghị biểu dương nữ đoàn viên. "
                 "Toàn ngành có 96 công đoàn cơ sở với 47.800 đoàn viên. Phong trào "
                 "“Giỏi việc nước, đảm việc nhà” tiếp tục được các công đoàn cơ sở duy trì, gắn với "
                 "cuộc vận động “Mỗi thầy thuốc là một tấm gương sáng”.",
                 title="Biểu dương 80 nữ đoàn viên tiêu biểu")
    union = "Công đoàn ngành Y tế tỉnh Hòa Lâm"
    assert (union, "practices", "Giỏi việc nước, đảm việc nhà", None) in found.relations
    assert (union, "practices", "Mỗi thầy thuốc là một tấm gương sáng", None) in found.relations


def test_a_party_organisation_s_cells_run_its_model() -> None:
    """Convention 4: "được 12 chi bộ trực thuộc đăng ký": the cells of the party organisation the
    article names most register the model, which is that organisation's."""
    found = read("Chiều 14/6, Đảng bộ xã Tân Lập tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng "
                 "đầu năm. Đảng bộ xã Tân Lập hiện có 340 đảng viên. Mô hình “Mỗi chi bộ một công trình "
                 "dân vận” đã được 12 chi bộ trực thuộc đăng ký thực hiện.",
                 title="Đảng bộ xã Tân Lập sơ kết 6 tháng")
    assert ("Đảng bộ xã Tân Lập", "practices", "Mỗi chi bộ một công trình dân vận", None) in found.relations


def test_units_named_only_in_another_clause_give_no_owner() -> None:
    """Convention 4 within its own clause: the cells named before a semicolon do not run the model
    the next clause places at another body ("tại Văn phòng …")."""
    found = read("Chiều 22/7, Đảng bộ Sở Xây dựng tỉnh Hòa Lâm tổ chức hội nghị sơ kết. Sáu tháng qua, "
                 "7 chi bộ trực thuộc đều đăng ký nội dung làm theo Bác; mô hình “Một cửa thân thiện” "
                 "tại Văn phòng Sở được người dân ghi nhận.",
                 title="Đảng bộ Sở Xây dựng tỉnh Hòa Lâm sơ kết")
    assert not any(p == "practices" and s.startswith("Đảng bộ") for s, p, _, _ in found.relations)


def test_a_national_target_programme_is_no_document() -> None:
    """Convention 15: a national target programme, named to its period, is neither a Document nor
    a model; the decision that approves it is the document, and another programme named to its
    period stays one."""
    found = read("Thực hiện Quyết định số 215/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu "
                 "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2030, "
                 "UBND huyện Đông Mai đã giải ngân 42 tỷ đồng; đồng thời triển khai Chương trình trồng cây "
                 "phân tán giai đoạn 2021 - 2025.",
                 title="Đông Mai giải ngân vốn chương trình")
    documents = found.entities.get("Document", set())
    assert "Quyết định 215/QĐ-TTg" in documents
    assert not any("mục tiêu quốc gia" in d for d in documents)
    assert "Chương trình trồng cây phân tán giai đoạn 2021 - 2025" in documents


def test_a_motto_a_body_works_by_is_its_model() -> None:
    """Convention 18: a motto the body carries out, quoted in small letters after "phương châm",
    is a model (the format's slogan-model), and the body that works by it runs it."""
    found = read("Năm 2024, Hội Cựu chiến binh xã Tân Lập tiếp tục thực hiện nhiệm vụ với phương châm "
                 "“đoàn kết, gương mẫu, đổi mới, phát triển”, coi trọng công tác hội viên.",
                 title="Hội Cựu chiến binh xã Tân Lập tổng kết năm 2024")
    motto = "đoàn kết, gương mẫu, đổi mới, phát triển"
    assert any(m.lower() == motto for m in found.entities.get("PracticeModel", set()))
    assert any(s == "Hội Cựu chiến binh xã Tân Lập" and p == "practices" and o.lower() == motto
               for s, p, o, _ in found.relations)


def test_a_congress_s_motto_is_its_theme_not_a_model() -> None:
    """Convention 17: the motto a congress is held or closes with is its theme; a model the same
    body names in the next sentence stays one."""
    found = read("Đại hội Chi bộ Khoa Lý luận cơ sở thành công tốt đẹp với phương châm “Đoàn kết, dân chủ, "
                 "đổi mới”. Chi bộ tiếp tục duy trì mô hình “Mỗi đảng viên một việc làm theo Bác”.",
                 title="Đại hội Chi bộ Khoa Lý luận cơ sở nhiệm kỳ 2025 - 2027")
    models = found.entities.get("PracticeModel", set())
    assert "Đoàn kết, dân chủ, đổi mới" not in models
    assert "Mỗi đảng viên một việc làm theo Bác" in models


def test_last_year_s_campaign_in_a_commendation_is_a_model_nobody_runs_here() -> None:
    """Conventions 13 and 5: each year's campaign is its own model; the one a commendation names
    ("thành tích xuất sắc trong Chiến dịch … năm 2023") is found, and given to no body."""
    found = read("Sáng 9/6, Tỉnh đoàn Hòa Lâm tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024. "
                 "Dịp này, Ban Thường vụ Tỉnh đoàn Hòa Lâm tặng Bằng khen cho Huyện đoàn Đông Mai vì có thành "
                 "tích xuất sắc trong Chiến dịch Thanh niên tình nguyện hè năm 2023.",
                 title="Ra quân Chiến dịch Thanh niên tình nguyện hè")
    last_year = "Chiến dịch Thanh niên tình nguyện hè năm 2023"
    assert last_year in found.entities.get("PracticeModel", set())
    assert not any(p == "practices" and o == last_year for _, p, o, _ in found.relations)


def test_a_party_code_s_issuer_by_the_document_s_kind() -> None:
    """Convention 11: a plan numbered "-KH/TU" whose issuer the text leaves unnamed is the
    provincial standing committee's, a resolution "-NQ/TU" the provincial committee's."""
    found = read("Ngày 5/4, Ban Thường vụ Tỉnh ủy Hòa Lâm tổ chức hội nghị quán triệt các văn bản mới của "
                 "Tỉnh ủy Hòa Lâm. Hội nghị đã quán triệt Kế hoạch số 215-KH/TU về chuyển đổi số và Nghị quyết "
                 "số 09-NQ/TU về phát triển du lịch.",
                 title="Hòa Lâm quán triệt văn bản mới")
    assert ("Kế hoạch 215-KH/TU", "issuedBy", "Ban Thường vụ Tỉnh ủy Hòa Lâm", None) in found.relations
    assert ("Nghị quyết 09-NQ/TU", "issuedBy", "Tỉnh ủy Hòa Lâm", None) in found.relations
