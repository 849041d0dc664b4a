""" "Chỉ thị 03, 05 của Bộ Chính trị", "Nghị quyết số 18 và 19": one kind, several short numbers; each
number is a document of that kind, and the issuer named after the last is each one's."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_short_numbers_listed_after_one_kind_are_documents_of_one_issuer() -> None:
    found = read("Công đoàn đã quán triệt Chỉ thị 03, 05 của Bộ Chính trị về học tập và làm theo tư tưởng Bác.")
    assert {"Chỉ thị 03", "Chỉ thị 05"} <= found.entities["Document"]
    assert ("Chỉ thị 03", "issuedBy", "Bộ Chính trị", None) in found.relations
    assert ("Chỉ thị 05", "issuedBy", "Bộ Chính trị", None) in found.relations


def test_a_number_after_and_is_written_as_the_first() -> None:
    found = read("Tỉnh ủy quán triệt Nghị quyết số 18 và 19 của Ban Chấp hành Trung ương Đảng.")
    assert {"Nghị quyết 18", "Nghị quyết 19"} <= found.entities["Document"]
    assert "Nghị quyết số 19" in found.aliases["Nghị quyết 19"]


def test_a_count_after_a_comma_is_no_document() -> None:
    found = read("Sau Nghị quyết 26, 10 năm qua tỉnh đã phát triển mạnh.")
    assert found.entities["Document"] == {"Nghị quyết 26"}


def test_a_congress_s_resolution_is_also_named_with_its_number_before_the_body() -> None:
    found = read("Quận triển khai Nghị quyết Đại hội XVI Đảng bộ thành phố Hà Nội, nhiệm kỳ 2015 - 2020.")
    assert "Nghị quyết Đại hội lần thứ XVI của Đảng bộ thành phố Hà Nội" in found.aliases[
        "Nghị quyết Đại hội XVI Đảng bộ thành phố Hà Nội"]
    assert "Đại hội lần thứ XVI Đảng bộ thành phố Hà Nội" in found.aliases["Đại hội XVI Đảng bộ thành phố Hà Nội"]


def test_a_number_with_its_year_and_no_code_and_one_with_a_dashed_year() -> None:
    found = read("Sở Nội vụ thực hiện Nghị định 24/2014 của Chính phủ. Chính phủ ban hành Nghị quyết 19-2017/NQ-CP về "
                 "môi trường kinh doanh. Trả lời Pháp Luật TP.HCM, ông Lò Văn Tâm nói.")
    assert {"Nghị định 24/2014", "Nghị quyết 19-2017/NQ-CP"} == found.entities["Document"]
    assert ("Nghị định 24/2014", "issuedBy", "Chính phủ", None) in found.relations


def test_a_document_named_to_its_period_with_a_comma_in_its_subject() -> None:
    found = read("Thủ tướng phê duyệt Đề án bồi dưỡng cán bộ, công chức làm công tác tôn giáo giai đoạn 2017 – 2020. "
                 "Nghị quyết đang được triển khai, chủ yếu trong những năm còn lại, từ nay đến năm 2020.")
    assert found.entities["Document"] == {
        "Đề án bồi dưỡng cán bộ, công chức làm công tác tôn giáo giai đoạn 2017 – 2020"}


def test_a_law_s_name_ends_at_a_comma_that_begins_the_next_clause() -> None:
    found = read("Sau khi thảo luận dự án Luật Cảnh vệ, ông Trần Văn Nam phát biểu. Theo Luật Hộ tịch, bất cứ "
                 "đứa trẻ nào sinh ra đều được đăng ký; Luật Phòng, chống tham nhũng cũng được nhắc tới.")
    assert found.entities["Document"] == {"Luật Cảnh vệ", "Luật Hộ tịch", "Luật Phòng, chống tham nhũng"}
