"""Patterns of the round-44 real articles (baomoi 2017, Bình Định 2025) and of the development rounds' misses,
written with invented people: a post's new holder ("tân Bí thư") named after a comma or a dash."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_new_holder_s_post_after_a_comma() -> None:
    found = read("Ông Trần Văn Minh, tân Phó Bí thư Tỉnh ủy Hòa Lâm, phát biểu nhận nhiệm vụ.")
    assert ("Trần Văn Minh", "holdsPost", "Tỉnh ủy Hòa Lâm", "Phó Bí thư") in found.relations


def test_new_holders_posts_after_dashes() -> None:
    found = read("Các ông Trần Văn Minh - tân Bí thư Thành ủy Hòa Lâm kiêm Chủ tịch HĐND thành phố; Lê Văn Khải "
                 "- tân Chủ tịch UBND thành phố Hòa Lâm chưa được lấy phiếu tín nhiệm.")
    assert ("Trần Văn Minh", "holdsPost", "Thành ủy Hòa Lâm", "Bí thư") in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Ủy ban nhân dân thành phố Hòa Lâm", "Chủ tịch") in found.relations


def test_new_in_small_letters_before_no_title_is_no_post() -> None:
    found = read("Ông Trần Văn Minh, tân binh của Trung đoàn 9, phát biểu.")
    assert not [r for r in found.relations if r[0] == "Trần Văn Minh"]


def test_a_caption_run_into_tham_du_names_no_meeting() -> None:
    found = read("Ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh Hòa Lâm phát biểu khai mạc Hội nghị Tham dự Hội nghị "
                 "có ông Lê Văn Khải, Giám đốc Sở Tài chính tỉnh Hòa Lâm.")
    assert not [label for label in found.entities.get("Event", ()) if "Tham dự" in label]


def test_songs_listed_after_a_medley_are_no_models() -> None:
    found = read("Hội Liên hiệp Phụ nữ tỉnh Hòa Lâm biểu diễn liên khúc “Bài ca trên núi” và “Mùa xuân quê em”, "
                 "“Hát về Hòa Lâm”; chương trình nghệ thuật “Quê hương trong tim” kết thúc buổi lễ.")
    assert "PracticeModel" not in found.entities


def test_a_model_named_by_its_kind_after_a_song_is_one() -> None:
    found = read("Hội Nông dân xã Tân Lập hát ca khúc “Mùa xuân quê em” và triển khai mô hình “Vườn rau sạch”.")
    assert found.entities.get("PracticeModel") == {"Vườn rau sạch"}


def test_posts_in_the_state_after_a_first_former_post_were_left_with_it() -> None:
    found = read("Ông Trần Văn Minh, nguyên Bí thư Huyện ủy, Chủ tịch HĐND huyện Đông Mai, tỉnh Hòa Lâm qua đời.")
    assert ("Trần Văn Minh", "holdsPost", "Huyện ủy Đông Mai", "nguyên Bí thư") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Hội đồng nhân dân huyện Đông Mai", "nguyên Chủ tịch") in found.relations


def test_an_association_s_post_after_a_former_one_is_held_now() -> None:
    found = read("Ông Trần Văn Minh, nguyên Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Chủ tịch Hội "
                 "Thủy lợi Việt Nam cho biết như vậy.")
    ministry = "Bộ Nông nghiệp và Phát triển nông thôn"
    assert ("Trần Văn Minh", "holdsPost", ministry, "nguyên Thứ trưởng") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Hội Thủy lợi Việt Nam", "Chủ tịch") in found.relations


def test_a_post_named_as_held_and_as_left_is_the_former_one() -> None:
    found = read("Hội nghị đồng ý để ông Trần Văn Minh - Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Lâm thôi giữ chức "
                 "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Lâm. Ông Trần Văn Minh, nguyên Chủ nhiệm Ủy ban Kiểm tra "
                 "Tỉnh ủy Hòa Lâm, nhận nhiệm vụ mới.")
    posts = {r for r in found.relations if r[0] == "Trần Văn Minh"}
    assert posts == {("Trần Văn Minh", "holdsPost", "Ủy ban Kiểm tra Tỉnh ủy Hòa Lâm", "nguyên Chủ nhiệm")}


def test_posts_after_a_former_one_in_the_middle_of_a_chain() -> None:
    found = read("Kỷ luật đồng chí Trần Văn Minh, Phó Trưởng ban Tổ chức Tỉnh ủy Hòa Lâm, nguyên Bí thư Huyện ủy, "
                 "Chủ tịch HĐND huyện Đông Mai.")
    assert ("Trần Văn Minh", "holdsPost", "Ban Tổ chức Tỉnh ủy Hòa Lâm", "Phó Trưởng ban") in found.relations
    assert ("Trần Văn Minh", "holdsPost", "Hội đồng nhân dân huyện Đông Mai", "nguyên Chủ tịch") in found.relations


def test_a_post_its_holder_is_removed_from_after_an_aside() -> None:
    found = read("Ông Trần Văn Minh, Bí thư Đảng ủy xã Tân Lập (huyện Đông Mai) bị cách chức do dùng bằng giả.")
    assert ("Trần Văn Minh", "holdsPost", "Đảng ủy xã Tân Lập", "nguyên Bí thư") in found.relations


def test_a_post_its_holder_is_removed_from_for_a_list() -> None:
    found = read("HĐND tỉnh Hòa Lâm biểu quyết miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Hòa Lâm đối với các ông "
                 "Trần Văn Minh, Lê Văn Khải và ông Phạm Đức An.")
    for name in ("Trần Văn Minh", "Lê Văn Khải", "Phạm Đức An"):
        assert (name, "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Phó Chủ tịch") in found.relations


def test_a_dismissal_for_a_person() -> None:
    found = read("Huyện ủy Đông Mai quyết định cách chức Bí thư Đảng ủy xã Tân Lập đối với ông Trần Văn Minh.")
    assert ("Trần Văn Minh", "holdsPost", "Đảng ủy xã Tân Lập", "nguyên Bí thư") in found.relations


def test_a_plenum_s_resolution_written_short_or_in_small_letters() -> None:
    for sentence in ("Tỉnh ủy Hòa Lâm quán triệt nghị quyết T.Ư 4 khoá XII.",
                     "Tỉnh ủy Hòa Lâm quán triệt Nghị quyết trung ương 4 khóa XII.",
                     "Tỉnh ủy Hòa Lâm quán triệt Nghị quyết TƯ 4 khóa XII."):
        found = read(sentence)
        assert found.entities.get("Document") == {"Nghị quyết Trung ương 4 khóa XII"}, sentence
    found = read("Tỉnh ủy Hòa Lâm kiểm điểm theo tinh thần Nghị quyết TW4.")
    assert found.entities.get("Document") == {"Nghị quyết Trung ương 4"}


def test_a_plenum_named_with_the_centre_s_short_form_is_labelled_in_full() -> None:
    found = read("Ông Trần Văn Minh dự Hội nghị TƯ 5 khóa XII.")
    assert found.entities.get("Event") == {"Hội nghị Trung ương 5 khóa XII"}


def test_a_roster_s_titles_of_their_own_office_keep_their_body() -> None:
    found = read("Có 7 Ủy viên Bộ Chính trị tái cử, gồm: Tổng Bí thư Trần Văn Minh, Phó Thủ tướng Lê Văn Khải.")
    assert ("Trần Văn Minh", "holdsPost", "Bộ Chính trị", "Tổng Bí thư") not in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Bộ Chính trị", "Phó Thủ tướng") not in found.relations
    assert ("Lê Văn Khải", "holdsPost", "Chính phủ", "Phó Thủ tướng") in found.relations


def test_a_ministry_named_by_its_sector_ends_there() -> None:
    found = read("Dự án đã được Bộ Nông nghiệp và Phát triển nông thôn thẩm định và Bộ Tài chính quản lý.")
    assert found.entities.get("Organization") == {"Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài chính"}
    found = read("Ông Khemmani Pholsena, Bộ trưởng Bộ Công Thương Lào, phát biểu.")
    assert ("Khemmani Pholsena", "holdsPost", "Bộ Công Thương Lào", "Bộ trưởng") in found.relations


def test_a_company_s_name_ends_on_its_brand() -> None:
    found = read("Ông Trần Văn Minh ký giấy phép cho Công ty Formosa xả nước thải và Tập đoàn Vingroup đầu tư.")
    assert found.entities.get("Organization") == {"Công ty Formosa", "Tập đoàn Vingroup"}


def test_a_brand_s_name_goes_on_past_its_branch_and_foreign_small_words() -> None:
    found = read("Ngân hàng Vietinbank chi nhánh Hòa Lâm và Ngân hàng Bank of Tokyo - Mitsubishi UFJ ký kết.")
    assert {"Ngân hàng Vietinbank chi nhánh Hòa Lâm", "Ngân hàng Bank of Tokyo - Mitsubishi UFJ"} \
        <= found.entities.get("Organization", set())


def test_a_document_in_small_letters_with_a_bare_number() -> None:
    found = read("Ông Trần Văn Minh được bổ nhiệm tại quyết định số 4105 ngày 25/10/2010 của UBND tỉnh Hòa Lâm.")
    assert found.entities.get("Document") == {"Quyết định 4105"}
    found = read("Có quyết định số 12% cổ phần được bán.")
    assert "Document" not in found.entities


def test_law_names_that_hold_va_and_a_clause_after_a_law_s_comma() -> None:
    found = read("Quốc hội thông qua Luật Hỗ trợ doanh nghiệp nhỏ và vừa, Luật Hôn nhân và gia đình.")
    assert found.entities.get("Document") == {"Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Luật Hôn nhân và gia đình"}
    found = read("Ông Trần Văn Minh đã vi phạm Luật Báo chí, vi phạm quy định của Đảng.")
    assert found.entities.get("Document") == {"Luật Báo chí"}


def test_people_an_election_names_before_vao_take_a_seat_on_the_board() -> None:
    found = read("Ban Chấp hành Đảng bộ tỉnh Hòa Lâm bầu bổ sung ông Trần Văn Minh - Phó Chủ tịch HĐND tỉnh; bà Lê "
                 "Thị Hoa - Bí thư Huyện ủy Đông Mai vào Ban Thường vụ Tỉnh ủy.")
    for name in ("Trần Văn Minh", "Lê Thị Hoa"):
        assert (name, "holdsPost", "Ban Thường vụ Tỉnh ủy Hòa Lâm", "Ủy viên") in found.relations
    assert ("Lê Thị Hoa", "holdsPost", "Huyện ủy Đông Mai", "Bí thư") in found.relations


def test_an_election_only_proposed_gives_no_seat() -> None:
    found = read("Ông Lê Văn Khải đề xuất bầu bổ sung ông Trần Văn Minh vào Ban Thường vụ Tỉnh ủy Hòa Lâm.")
    assert not [r for r in found.relations if r[0] == "Trần Văn Minh"]


def test_the_people_a_standing_board_s_list_names_are_its_members() -> None:
    found = read("Danh sách Ban Thường vụ Tỉnh ủy Hòa Lâm khóa 16 gồm bà Lê Thị Hoa, ông Trần Văn Minh và ông "
                 "Phạm Đức An.")
    for name in ("Lê Thị Hoa", "Trần Văn Minh", "Phạm Đức An"):
        assert (name, "holdsPost", "Ban Thường vụ Tỉnh ủy Hòa Lâm", "Ủy viên") in found.relations


def test_a_board_s_list_of_titled_people_makes_no_members_of_it() -> None:
    found = read("Ban Thường vụ Tỉnh ủy Hòa Lâm gồm Bí thư Tỉnh ủy Trần Văn Minh và Phó Bí thư Lê Văn Khải.")
    assert not [r for r in found.relations if r[3] == "Ủy viên"]


def test_a_country_after_cua_voi_giua_is_a_place() -> None:
    found = read("Chủ tịch nước Trần Văn Minh đánh giá cao thành tựu của Việt Nam và quan hệ với Lào.")
    assert {"Việt Nam", "Lào"} <= found.entities.get("Place", set())


def test_an_event_s_name_ends_before_the_plan_it_is_held_under() -> None:
    found = read("UBND tỉnh Hòa Lâm tổ chức Lễ hội Ẩm thực Hòa Lâm lần thứ II, năm 2025 theo Kế hoạch số 55/KH-UBND "
                 "của Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm.")
    assert not [e for e in found.entities.get("Event", ()) if "Kế hoạch" in e]


def test_brands_listed_after_a_colon_are_no_models() -> None:
    found = read("Hội Nông dân xã Tân Lập xây dựng thương hiệu trên thị trường như: “Trà Gò Loi”, “Bưởi da xanh”, "
                 "“Heo Hoài Ân” và mô hình “Vườn mẫu”.")
    assert found.entities.get("PracticeModel") == {"Vườn mẫu"}
