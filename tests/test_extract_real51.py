"""Patterns of the articles read in the twenty-eighth session (vietnews and baomoi 2017, the discipline reports
of the Central Inspection Commission), written with invented people and places."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

from kg.evaluate import article_annotations
from kg.extract import extract
from kg.ingest import parse_article
from kg.resolve import resolve


def test_the_posts_of_a_clause_of_the_time_they_were_held_are_the_person_s() -> None:
    found = read("Trong thời gian giữ cương vị Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa tỉnh Hòa Lâm, đồng chí "
                 "Trần Văn Tâm đã thiếu trách nhiệm, để xảy ra vi phạm.")
    assert ("Trần Văn Tâm", "holdsPost", "Bệnh viện Đa khoa tỉnh Hòa Lâm", "Giám đốc") in found.relations
    assert ("Trần Văn Tâm", "holdsPost", "Đảng ủy Bệnh viện Đa khoa tỉnh Hòa Lâm", "Bí thư") in found.relations


def test_they_were_left_where_the_article_says_the_person_holds_another_post() -> None:
    found = read("Ông Lê Văn Hòa hiện là Phó Chủ tịch UBND tỉnh Hòa Lâm. Trong thời gian giữ chức Giám đốc Sở Xây "
                 "dựng tỉnh Hòa Lâm, ông Lê Văn Hòa đã ký nhiều quyết định trái quy định.")
    assert ("Lê Văn Hòa", "holdsPost", "Sở Xây dựng tỉnh Hòa Lâm", "nguyên Giám đốc") in found.relations
    assert ("Lê Văn Hòa", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") in found.relations


def test_a_post_said_with_still_was_left() -> None:
    found = read("Khi còn là Chủ tịch UBND huyện Tân Hòa, ông Đỗ Văn Tám đã ký quyết định giao đất sai quy định.")
    assert ("Đỗ Văn Tám", "holdsPost", "Ủy ban nhân dân huyện Tân Hòa", "nguyên Chủ tịch") in found.relations


def test_a_post_the_person_acts_in_is_held() -> None:
    found = read("Với cương vị Bí thư Huyện ủy Tân Hòa, ông Đỗ Văn Tám đã chỉ đạo quyết liệt công tác này.")
    assert ("Đỗ Văn Tám", "holdsPost", "Huyện ủy Tân Hòa", "Bí thư") in found.relations


def test_a_period_in_brackets_between_the_posts_and_the_name() -> None:
    found = read("Trong thời gian giữ các chức vụ Chủ tịch HĐQT, Tổng Giám đốc Công ty cổ phần Đèn Hòa Lâm (tháng "
                 "1/2004 - 5/2010), bà Trần Thị Tâm đã có vi phạm.")
    assert ("Trần Thị Tâm", "holdsPost", "Công ty cổ phần Đèn Hòa Lâm", "Tổng Giám đốc") in found.relations


def test_a_person_named_by_the_given_name_after_a_clause_of_a_time() -> None:
    found = read("Bà Trần Thị Mai là Phó Bí thư Tỉnh ủy Hòa Lâm. Trong thời gian giữ các cương vị Giám đốc Sở Công "
                 "Thương, Bí thư Huyện ủy Tân Hòa, bà Mai tham gia điều hành công ty của gia đình.")
    assert ("Trần Thị Mai", "holdsPost", "Huyện ủy Tân Hòa", "nguyên Bí thư") in found.relations


def test_no_post_for_the_one_named_after_the_source_of_a_clause() -> None:
    found = read("Ông Trần Văn Quang là Trưởng Công an xã Tân Hòa. Theo Chủ tịch xã, ông Quang công tác tại địa "
                 "phương từ năm 2007.")
    assert not any(s == "Trần Văn Quang" and role == "Chủ tịch" for s, _, _, role in found.relations)


def test_a_career_listed_after_like_with_no_colon() -> None:
    found = read("Ông Nguyễn Hải Lâm từng trải qua nhiều chức vụ như Phó Vụ trưởng Vụ Pháp luật, Ban Nội chính Trung "
                 "ương; Phó Chủ tịch UBND tỉnh Hòa Lâm; Phó Chánh Văn phòng Trung ương Đảng.")
    assert ("Nguyễn Hải Lâm", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Phó Chủ tịch") in found.relations


def test_a_career_held_in_turn() -> None:
    found = read("Ông Lê Minh Tâm sinh năm 1960. Sau đó, ông lần lượt kinh qua nhiều vị trí công tác như: Phó Chánh "
                 "Văn phòng UBND tỉnh Hòa Lâm; Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tân Hòa; Phó Chủ tịch UBND "
                 "tỉnh Hòa Lâm.")
    assert ("Lê Minh Tâm", "holdsPost", "Huyện ủy Tân Hòa", "nguyên Phó Bí thư") in found.relations


def test_a_police_command_named_in_small_letters_after_police_is_under_the_ministry_in_brackets() -> None:
    found = read("Ông Lê Văn Tâm, Tư lệnh Bộ Tư lệnh Cảnh sát cơ động (Bộ Công an), dự hội nghị.")
    assert ("Lê Văn Tâm", "holdsPost", "Bộ Tư lệnh Cảnh sát cơ động", "Tư lệnh") in found.relations
    assert ("Bộ Tư lệnh Cảnh sát cơ động", "subOrganizationOf", "Bộ Công an", None) in found.relations


def test_the_party_s_central_office_written_with_t_u() -> None:
    found = read("Từ tháng 3.2019, ông Nguyễn Hải Lâm được điều động trở lại Văn phòng T.Ư Đảng.")
    assert "Văn phòng Trung ương Đảng" in found.entities["Organization"]


def test_a_dated_step_of_a_career_told_of_the_person_by_name_was_left() -> None:
    found = read("Ông Nguyễn Hải Lâm sinh năm 1976. Tháng 11.2014, ông Nguyễn Hải Lâm được luân chuyển về tỉnh Hòa "
                 "Lâm, giữ chức Phó Chủ tịch UBND tỉnh Hòa Lâm.")
    assert ("Nguyễn Hải Lâm", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Phó Chủ tịch") in found.relations


def test_a_step_told_before_the_news_without_a_year_is_held() -> None:
    found = read("Trước đó, ông Lâm Minh Tâm được điều động về làm Trưởng ban Tổ chức Tỉnh ủy Hòa Lâm.")
    assert ("Lâm Minh Tâm", "holdsPost", "Ban Tổ chức Tỉnh ủy Hòa Lâm", "Trưởng ban") in found.relations


def test_one_appointed_at_a_session_did_not_attend_it() -> None:
    found = read("Ông Lê Thành Tâm đã được bổ nhiệm làm Phó Thủ tướng Chính phủ tại Kỳ họp thứ 7 Quốc hội khóa XV.")
    assert not any(p == "attended" and s == "Lê Thành Tâm" for s, p, _, _ in found.relations)


def test_a_session_with_its_term_before_the_body_that_sits() -> None:
    found = read("Sáng 12/7, kỳ họp thứ 15 khoá IX của HĐND tỉnh Hòa Lâm khai mạc. Ông Trần Văn Tâm, Chủ tịch UBND "
                 "tỉnh Hòa Lâm phát biểu.")
    assert "Kỳ họp thứ 15 Hội đồng nhân dân tỉnh Hòa Lâm khóa IX" in found.entities["Event"]


def test_a_career_s_colon_past_the_capitals_of_what_the_posts_were_of() -> None:
    found = read("Ông Đinh Thế Tâm sinh năm 1953. Ông Đinh Thế Tâm đã trải qua nhiều vị trí công tác, đảm nhiệm nhiều "
                 "cương vị quan trọng của Đảng, Nhà nước như: Tổng Biên tập Báo Nhân Dân; Chủ tịch Hội Nhà báo Việt "
                 "Nam; Trưởng Ban Tuyên giáo Trung ương.")
    assert ("Đinh Thế Tâm", "holdsPost", "Hội Nhà báo Việt Nam", "nguyên Chủ tịch") in found.relations


def test_the_posts_a_person_named_by_the_given_name_is() -> None:
    found = read("Ông Lê Minh Tâm sinh năm 1960. Ông Tâm là Ủy viên Trung ương Đảng khóa XII, XIII và đại biểu Quốc "
                 "hội khóa XIV, XV. Đầu năm 2007, ông Tâm là Bí thư Huyện ủy Tân Hòa.")
    assert ("Lê Minh Tâm", "holdsPost", "Ban Chấp hành Trung ương Đảng", "Ủy viên") in found.relations
    assert ("Lê Minh Tâm", "holdsPost", "Huyện ủy Tân Hòa", "nguyên Bí thư") in found.relations


def test_the_posts_that_name_a_time_were_left() -> None:
    found = read("Ông Trần Văn Tâm bị kỷ luật do vi phạm trong thời kỳ ông Tâm là Ủy viên Trung ương Đảng, "
                 "Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí quốc gia Việt Nam.")
    assert ("Trần Văn Tâm", "holdsPost", "Hội đồng thành viên Tập đoàn Dầu khí Quốc gia Việt Nam",
            "nguyên Chủ tịch") in found.relations


def test_a_bare_party_committee_the_person_is_is_the_chain_s_body_s() -> None:
    found = read("Ông Trần Văn Tâm sinh năm 1960. Ông Tâm là Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa tỉnh Hòa Lâm.")
    assert ("Trần Văn Tâm", "holdsPost", "Đảng ủy Bệnh viện Đa khoa tỉnh Hòa Lâm", "Bí thư") in found.relations


def test_the_law_on_grassroots_democracy_and_a_code_before_doi_voi() -> None:
    found = read("Quốc hội thông qua Luật Thực hiện dân chủ ở cơ sở. Khởi tố theo Điều 165 Bộ luật hình sự đối với "
                 "ông Trần Văn Tâm.")
    assert found.entities["Document"] == {"Luật Thực hiện dân chủ ở cơ sở", "Bộ luật hình sự"}


def test_laws_of_2022_to_2024_named_whole() -> None:
    for law in ("Luật Thực hành tiết kiệm, chống lãng phí", "Luật Xử lý vi phạm hành chính",
                "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Luật Tín ngưỡng, tôn giáo"):
        assert read(f"Quốc hội thông qua {law}. Ông Trần Văn Tâm phát biểu.").entities["Document"] == {law}


def test_a_step_of_a_career_in_an_article_of_no_known_date_is_not_dated() -> None:
    text = ("Lịch sử Hội\n\nNhiệm kỳ 2021 - 2026, bà Võ Thị Thanh Hà, Huyện ủy viên, được bầu giữ chức Chủ tịch "
            "Hội LHPN huyện Tân Hòa.\n")
    kb = resolve([extract(parse_article(text, "x.txt", "x.txt", is_html=False))])
    relations = {(r.subject, r.role, r.object) for r in article_annotations(kb)["x.txt"].relations}
    assert ("Võ Thị Thanh Hà", "Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Tân Hòa") in relations


def test_a_street_of_flowers_or_books_is_named_after_no_one_there() -> None:
    found = read("Các công nhân làm việc tại đường hoa Nguyễn Huệ và đường sách Nguyễn Văn Bình, đại lộ Võ Văn Kiệt.")
    assert not {"Nguyễn Huệ", "Nguyễn Văn Bình", "Võ Văn Kiệt"} & found.entities.get("Person", set())


def test_no_person_begins_inside_a_street_s_name() -> None:
    found = read("Thành phố sửa nhiều tuyến đường, đặc biệt là đại lộ Nguyễn Tất Thành. Lễ hội diễn ra tại Quảng "
                 "trường Nguyễn Tất Thành.")
    assert not found.entities.get("Person", set()) - {"Minh Anh"}


def test_names_listed_after_a_street_s_are_streets() -> None:
    found = read("Tình trạng này diễn ra ở các trục đường Hoàng Sa, Trường Sa, Phạm Văn Đồng. Ông Trần Văn Tâm, Phạm "
                 "Văn Bình và Lê Văn Hòa dự họp.")
    assert found.entities["Person"] - {"Minh Anh"} == {"Trần Văn Tâm", "Phạm Văn Bình", "Lê Văn Hòa"}
