"""Patterns of the articles read in the thirtieth session (vietnews rounds 57), written with invented people and
places."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_resolutions_named_by_their_subject_in_a_list() -> None:
    found = read("Các nghị quyết sẽ được Quốc hội xem xét, thông qua, gồm: Nghị quyết về thi hành Bộ luật Hình sự; "
                 "Nghị quyết về mức thuế bảo vệ môi trường đối với xăng, dầu theo đề nghị của Chính phủ và Nghị "
                 "quyết phê chuẩn việc bổ nhiệm Thẩm phán Tòa án nhân dân tối cao.")
    documents = found.entities["Document"]
    assert "Nghị quyết về thi hành Bộ luật Hình sự" in documents
    assert "Nghị quyết về mức thuế bảo vệ môi trường đối với xăng, dầu" in documents  # ("theo đề nghị": said of it)
    assert "Nghị quyết phê chuẩn việc bổ nhiệm Thẩm phán Tòa án nhân dân tối cao" in documents


def test_a_resolution_about_amending_another_names_both() -> None:
    found = read("HĐND tỉnh Hòa Lâm ban hành Nghị quyết về sửa đổi, bổ sung Nghị quyết số 12/2016/NQ-HĐND của HĐND "
                 "tỉnh về quy hoạch thủy điện nhỏ.")
    assert not any(label == "Nghị quyết về sửa đổi, bổ sung" for label in found.entities["Document"])
