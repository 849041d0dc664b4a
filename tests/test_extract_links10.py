"""Links between ends kg finds, by example (the tenth round): the constructions the genre uses
to tie a body to its model or award, on invented sentences about places and people that the
test batches do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ an officer set off by commas


def test_an_officer_set_off_by_commas_who_shares_a_model_tells_of_the_model_of_the_post_s_body() -> None:
    found = read("Ông Hà Văn Minh, Chủ tịch Hội Nông dân xã Sông Mây, chia sẻ về mô hình “Vườn mẫu sạch”.")
    assert ("Hội Nông dân xã Sông Mây", "practices", "Vườn mẫu sạch", None) in found.relations


def test_an_officer_who_recounts_a_model_tells_of_the_model_of_the_post_s_body() -> None:
    found = read("Chị Hà Thị Lan, Bí thư Đoàn Thanh niên xã Sông Mây, kể lại những ngày đầu triển khai mô hình "
                 "“Đường hoa thanh niên” ở thôn.")
    assert ("Đoàn Thanh niên xã Sông Mây", "practices", "Đường hoa thanh niên", None) in found.relations


def test_an_officer_of_two_posts_still_speaks_for_the_body_of_the_later_one() -> None:
    found = read("Ông Hà Văn Minh, Bí thư Đảng ủy, Chủ tịch HĐQT Công ty Sông Mây cho biết, phong trào "
                 "“Vườn mẫu sạch” đã lan tỏa.")
    assert ("Công ty Sông Mây", "practices", "Vườn mẫu sạch", None) in found.relations


# ------------------------------------------------------------------ an award pinned on a body's banner


def test_an_award_pinned_on_the_banner_of_a_body_is_received_by_the_body() -> None:
    found = read("Tại lễ kỷ niệm, Phó Thủ tướng Hà Văn Minh gắn Cờ thi đua của Chính phủ lên cờ truyền thống "
                 "của Công ty CP Than Sông Mây.")
    # (the company's legal form spelt out in its label: test_extract_org34)
    assert ("Công ty cổ phần Than Sông Mây", "receivedAward", "Cờ thi đua của Chính phủ", None) in found.relations
    assert ("Hà Văn Minh", "receivedAward", "Cờ thi đua của Chính phủ", None) not in found.relations


def test_an_order_pinned_on_the_flag_of_a_body_is_received_by_the_body() -> None:
    found = read("Phó Thủ tướng Hà Văn Minh gắn Huân chương Lao động hạng Nhì lên lá cờ truyền thống của "
                 "Hợp tác xã Sông Mây.")
    assert ("Hợp tác xã Sông Mây", "receivedAward", "Huân chương Lao động hạng Nhì", None) in found.relations


# ------------------------------------------------------------------ a list of models opened by a colon


def test_models_listed_after_a_colon_and_parted_by_semicolons_are_all_run_by_the_subject_of_the_colon() -> None:
    found = read("Tại buổi làm việc, bà Hà Thị Lan - Phó Chủ tịch Hội LHPN huyện Sông Mây giới thiệu 3 mô hình "
                 "tiêu biểu: Mô hình “Địa chỉ tin cậy”; Mô hình “Ngôi nhà xanh”; Mô hình “Phụ nữ khởi nghiệp”.")
    for model in ("Địa chỉ tin cậy", "Ngôi nhà xanh", "Phụ nữ khởi nghiệp"):
        assert ("Hội Liên hiệp Phụ nữ huyện Sông Mây", "practices", model, None) in found.relations


def test_a_clause_after_a_semicolon_that_is_no_list_item_keeps_its_own_subject() -> None:
    found = read("Hội Nông dân xã Sông Mây báo cáo: năm qua hội viên tăng 5%; Đoàn Thanh niên xã Sông Mây "
                 "ra mắt mô hình “Đường hoa thanh niên”.")
    assert ("Đoàn Thanh niên xã Sông Mây", "practices", "Đường hoa thanh niên", None) in found.relations
    assert ("Hội Nông dân xã Sông Mây", "practices", "Đường hoa thanh niên", None) not in found.relations


# ------------------------------------------------------------------ recipients listed below, with a form of address


def test_people_on_numbered_items_below_an_award_receive_it_after_their_form_of_address() -> None:
    found = read("Điều 2. Tặng Bằng khen của Bộ trưởng Bộ Tài chính cho:\n\n"
                 "1. Bà Hà Thị Lan, Trưởng Thuế cơ sở 2 tỉnh Sông Mây;\n\n"
                 "2. Ông Lý Văn Minh, Phó Chi cục trưởng Chi cục Hải quan khu vực IX;\n\n"
                 "3. Kho bạc Nhà nước khu vực IX.")
    award = "Bằng khen của Bộ trưởng Bộ Tài chính"
    for receiver in ("Hà Thị Lan", "Lý Văn Minh", "Kho bạc Nhà nước khu vực IX"):
        assert (receiver, "receivedAward", award, None) in found.relations


# ------------------------------------------------------------------ an aspect word before the verb after "mà ORG"


def test_a_model_a_body_is_running_after_ma_is_that_body_s() -> None:
    found = read("Năm nay xã nhân rộng mô hình “Chăn nuôi an toàn sinh học” mà Hội Nông dân huyện Sông Mây "
                 "đang triển khai ở xã Tân Lập.")
    assert ("Hội Nông dân huyện Sông Mây", "practices", "Chăn nuôi an toàn sinh học", None) in found.relations


def test_a_model_a_body_has_run_and_runs_after_do_is_that_body_s() -> None:
    found = read("Mô hình “Vườn mẫu sạch” do Hội Nông dân xã Sông Mây đã và đang nhân rộng.")
    assert ("Hội Nông dân xã Sông Mây", "practices", "Vườn mẫu sạch", None) in found.relations


# ------------------------------------------------------------------ an officer set off by commas carries out a document


def test_an_officer_set_off_by_commas_carries_out_a_document_for_the_post_s_body() -> None:
    found = read("Đồng chí Hà Văn Minh, Chủ tịch Hội Nông dân tỉnh Sông Mây, quán triệt Kết luận số 318-KL/TU "
                 "của Ban Thường vụ Tỉnh ủy.")
    assert ("Hội Nông dân tỉnh Sông Mây", "implements", "Kết luận 318-KL/TU", None) in found.relations


def test_an_officer_whose_words_go_on_after_a_comma_carries_out_nothing_named_later() -> None:
    found = read("Đồng chí Hà Văn Minh, Chủ tịch Hội Nông dân tỉnh Sông Mây, đề nghị các xã quán triệt "
                 "Kết luận số 318-KL/TU của Ban Thường vụ Tỉnh ủy.")
    assert ("Hội Nông dân tỉnh Sông Mây", "implements", "Kết luận 318-KL/TU", None) not in found.relations
