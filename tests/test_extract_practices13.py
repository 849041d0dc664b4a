"""Who runs a model (the thirteenth round), by example: how the clause that names a model finds
its subject, on invented sentences about places and people the test batches do not contain
(docs/gold-conventions/doers.md items 1-6).
"""

from __future__ import annotations

from tests.test_extract import read


def _doers(relations: set[tuple[str, str, str, str | None]], model: str) -> set[str]:
    """The bodies found to run ``model``."""
    return {s for s, p, o, _ in relations if p == "practices" and o == model}


# ------------------------------------------------------------------ a report's clauses, parted by semicolons


def test_a_clause_that_opens_with_the_model_goes_on_with_the_sentence_s_subject() -> None:
    found = read("Nhiệm kỳ qua, Công đoàn Công ty Cổ phần Tân Lập đã ký lại thỏa ước lao động tập thể; "
                 "phong trào “Lao động sáng tạo Tân Lập” có 312 sáng kiến được công nhận.")
    assert _doers(found.relations, "Lao động sáng tạo Tân Lập") == {"Công đoàn Công ty cổ phần Tân Lập"}


def test_a_clause_that_opens_with_the_model_and_names_its_own_doer_keeps_it() -> None:
    found = read("Nhiệm kỳ qua, Hội Nông dân xã Tân Lập đã vận động hội viên hiến đất làm đường; "
                 "mô hình “Đường hoa nông thôn” của Hội Phụ nữ xã Tân Lập được nhân rộng.")
    assert _doers(found.relations, "Đường hoa nông thôn") == {"Hội Liên hiệp Phụ nữ xã Tân Lập"}


def test_an_item_of_a_list_of_models_after_a_colon_is_not_the_sentence_subject_s() -> None:
    found = read("Thị xã Tân Lập có nhiều cách làm hay như: mô hình “Sáng thứ bảy tình nguyện” của Huyện đoàn "
                 "Đông Mai; “Cổng trường an toàn” tại các trường tiểu học của thị xã.")
    assert not any(p == "practices" and o == "Cổng trường an toàn" for _, p, o, _ in found.relations)


# ------------------------------------------------------------------ bodies that are no clause's subject


def test_a_body_named_as_a_place_is_not_the_subject() -> None:
    found = read("Ông Lê Văn Hòa đề nghị Đảng bộ Trường Cao đẳng Y tế Đông Mai tiếp tục gắn đào tạo với thực hành "
                 "tại Bệnh viện Đa khoa tỉnh Đông Mai, giữ vững mô hình “Giảng đường gắn với buồng bệnh”.")
    assert "Bệnh viện Đa khoa tỉnh Đông Mai" not in _doers(found.relations, "Giảng đường gắn với buồng bệnh")


def test_a_party_to_a_dialogue_is_not_the_subject() -> None:
    found = read("Công đoàn Trường Đại học Đông Mai tổ chức đối thoại định kỳ giữa Ban Giám hiệu Trường Đại học "
                 "Đông Mai với người lao động và duy trì phong trào “Giỏi việc trường, đảm việc nhà”.")
    assert _doers(found.relations, "Giỏi việc trường, đảm việc nhà") == {"Công đoàn Trường Đại học Đông Mai"}


def test_the_agent_of_a_clause_within_is_not_the_subject() -> None:
    found = read("Đảng bộ Bưu điện tỉnh Đông Mai hoàn thành kế hoạch do Tổng công ty Bưu điện Việt Nam giao, "
                 "duy trì mô hình “Bưu điện xã số” tại 48 xã.")
    assert "Tổng công ty Bưu điện Việt Nam" not in _doers(found.relations, "Bưu điện xã số")


def test_the_issuer_s_code_in_a_document_s_number_is_not_the_subject() -> None:
    found = read("Thiếu tướng Lê Văn Hòa yêu cầu cán bộ, giảng viên quán triệt Nghị quyết số 1657-NQ/QUTW về đổi mới "
                 "giáo dục, đào tạo và đẩy mạnh phong trào thi đua “Dạy chắc, học sâu”.")
    assert "Quân ủy Trung ương" not in _doers(found.relations, "Dạy chắc, học sâu")

# ------------------------------------------------------------------ the head of the name a quote is


def test_a_quote_a_few_small_words_after_a_festival_s_head_names_the_festival_not_a_model() -> None:
    found = read("Sáng 12/3, Huyện đoàn Đông Mai tổ chức Ngày hội hiến máu tình nguyện “Giọt hồng Đông Mai” "
                 "lần thứ nhất năm 2026.")
    assert "Giọt hồng Đông Mai" not in found.entities.get("PracticeModel", set())


def test_a_quote_after_a_title_and_its_modifiers_names_the_title_not_a_model() -> None:
    found = read("Ban Chỉ huy Quân sự xã Tân Lập được công nhận đạt danh hiệu vững mạnh toàn diện "
                 "“Mẫu mực, tiêu biểu” năm 2025.")
    assert "Mẫu mực, tiêu biểu" not in found.entities.get("PracticeModel", set())


def test_a_model_s_kind_between_the_head_and_the_quote_keeps_the_model() -> None:
    found = read("Tại ngày hội, Huyện đoàn Đông Mai ra mắt mô hình hiến máu tình nguyện “Giọt hồng Đông Mai”.")
    assert "Giọt hồng Đông Mai" in found.entities.get("PracticeModel", set())


def test_a_quote_right_after_a_contest_s_head_names_the_contest_not_a_model() -> None:
    found = read("Hội Liên hiệp Phụ nữ tỉnh Hòa Lâm tổng kết Cuộc thi “Phụ nữ Hòa Lâm với chuyển đổi số”.")
    assert "Phụ nữ Hòa Lâm với chuyển đổi số" not in found.entities.get("PracticeModel", set())


# ------------------------------------------------------------------ the article's body named back by its head


def test_a_clause_whose_subject_is_a_body_s_head_alone_names_the_body_named_in_full_before() -> None:
    found = read("Sáng 9/3, Chi đoàn Công ty Cổ phần Xi măng Tân Lập tổ chức đại hội nhiệm kỳ 2025 - 2027. "
                 "Nhiệm kỳ qua, Chi đoàn đã tổ chức 3 đợt hiến máu và duy trì phong trào “Tuổi trẻ Tân Lập sáng tạo” "
                 "với 17 sáng kiến.")
    assert _doers(found.relations, "Tuổi trẻ Tân Lập sáng tạo") == {"Chi đoàn Công ty cổ phần Xi măng Tân Lập"}


def test_a_model_the_report_spreads_with_no_body_named_is_the_headline_s_body_s() -> None:
    found = read("Hai là, đẩy mạnh phong trào “Học viện Tân Lập – Trường học số”, đổi mới phương pháp giảng dạy.",
                 title="Học viện Tân Lập kỷ niệm 60 năm thành lập")
    assert _doers(found.relations, "Học viện Tân Lập – Trường học số") == {"Học viện Tân Lập"}


def test_a_clause_that_names_a_subject_in_capitals_is_not_left_to_the_headline_s_body() -> None:
    found = read("Trong nhiệm kỳ, Công đoàn Trường đẩy mạnh phong trào “Giỏi việc trường, đảm việc nhà” trong nữ "
                 "giảng viên.", title="Đảng bộ Trường Đại học Tân Lập tổ chức Đại hội lần thứ V")
    assert "Đảng bộ Trường Đại học Tân Lập" not in _doers(found.relations, "Giỏi việc trường, đảm việc nhà")


# ------------------------------------------------------------------ the levels of a union run its movements


def test_a_union_s_levels_as_the_subject_run_the_movement_of_the_federation_the_article_names_most() -> None:
    found = read("Sáng 2/5, Liên đoàn Lao động tỉnh Hòa Lâm phát động Tháng Công nhân năm 2026. Các cấp công đoàn "
                 "trong tỉnh đặt mục tiêu tặng 3.500 suất quà và nhân rộng mô hình “Bữa cơm nghĩa tình”.")
    assert _doers(found.relations, "Bữa cơm nghĩa tình") == {"Liên đoàn Lao động tỉnh Hòa Lâm"}


def test_a_quote_after_chien_dich_names_a_campaign_in_small_letters_too() -> None:
    found = read("Vừa qua, Huyện đoàn Đông Mai đã ra quân chiến dịch “thanh niên tình nguyện hè năm 2026” tại "
                 "xã Tân Lập.")
    models = {label.lower() for label in found.entities.get("PracticeModel", set())}
    assert "thanh niên tình nguyện hè năm 2026" in models


def test_a_level_s_word_alone_does_not_name_back_a_body_whose_name_begins_with_it() -> None:
    found = read("Sáng 2/3, Tỉnh đoàn Hòa Lâm tổ chức hội nghị tổng kết. Năm qua, Tỉnh đã nhân rộng mô hình "
                 "“Đường quê sáng đèn” ở 40 xã.")
    assert "Tỉnh đoàn Hòa Lâm" not in _doers(found.relations, "Đường quê sáng đèn")


def test_an_association_s_branches_as_the_passive_s_agent_run_the_motto_for_the_association() -> None:
    found = read("Hội Nông dân huyện Đông Mai tổ chức hội nghị sơ kết. Phương châm “Nghe dân nói, nói dân hiểu” "
                 "được các chi hội thực hiện nghiêm túc.")
    assert _doers(found.relations, "Nghe dân nói, nói dân hiểu") == {"Hội Nông dân huyện Đông Mai"}
