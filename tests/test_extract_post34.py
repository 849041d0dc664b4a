"""Posts as the development rounds showed them in the thirty-fourth session, each reproduced
here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_bare_title_taken_up_is_of_the_body_the_clause_founded_or_elected() -> None:
    # a history of the party: "Chi bộ X được thành lập, đồng chí A làm Bí thư"
    found = read("Tháng 3/1948, Chi bộ xã Tây Mai (tiền thân của Đảng bộ huyện Đông Mai) được thành lập, đồng chí "
                 "Đinh Văn Tài làm Bí thư. Tháng 5/1949, Ban Cán sự huyện Đông Mai được thành lập, đồng chí Lò Văn "
                 "Sinh làm Trưởng ban.")
    assert {("Đinh Văn Tài", "holdsPost", "Chi bộ xã Tây Mai", "Bí thư"),
            ("Lò Văn Sinh", "holdsPost", "Ban Cán sự huyện Đông Mai", "Trưởng ban")} <= found.relations
    assert ("Đinh Văn Tài", "holdsPost", "Đảng bộ huyện Đông Mai", "Bí thư") not in found.relations
    # the committee a congress elects, its board named between
    found = read("Đại hội bầu Ban Chấp hành Đảng bộ tỉnh Hòa Lâm gồm 16 đồng chí, Ban Thường vụ gồm 6 đồng chí, "
                 "đồng chí Lò Văn Sinh được bầu làm Bí thư, đồng chí Đinh Văn Tài được bầu làm Phó Bí thư.")
    assert {("Lò Văn Sinh", "holdsPost", "Tỉnh ủy Hòa Lâm", "Bí thư"),
            ("Đinh Văn Tài", "holdsPost", "Tỉnh ủy Hòa Lâm", "Phó Bí thư")} <= found.relations
    # a committee led by someone named after "do", far from it; a ministry renamed
    found = read("Ban Chấp hành Đảng bộ Đồn Biên phòng Tây Mai có 7 đồng chí do đồng chí Lò Văn Sinh, Chính trị viên "
                 "đơn vị làm Bí thư.")
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy Đồn Biên phòng Tây Mai", "Bí thư") in found.relations
    found = read("Năm 1955, Bộ Canh nông đổi tên thành Bộ Nông lâm (ông Lò Văn Sinh làm Bộ trưởng; các ông Đinh Văn "
                 "Tài, Hà Văn Mạnh giữ chức Thứ trưởng).")
    assert {("Lò Văn Sinh", "holdsPost", "Bộ Nông lâm", "Bộ trưởng"),
            ("Hà Văn Mạnh", "holdsPost", "Bộ Nông lâm", "Thứ trưởng")} <= found.relations
    # the founding body's own board does the founding: the body founded is the one led
    found = read("Ngày 2/3/1976, Ban Thường vụ Tỉnh ủy Hòa Lâm quyết định thành lập Đảng bộ Khối Dân chính Đảng tỉnh "
                 "Hòa Lâm do đồng chí Lò Văn Sinh làm Bí thư.")
    assert ("Lò Văn Sinh", "holdsPost", "Tỉnh ủy Hòa Lâm", "Bí thư") not in found.relations


def test_a_title_in_the_plural_is_held_by_each_name_of_the_list_it_ends() -> None:
    # "2 Thứ trưởng Bộ X A, B;": a counted title over names joined by commas, the list ending its clause
    found = read("Tham dự buổi lễ có Bộ trưởng Bộ Y tế Hà Văn Mạnh và 2 Thứ trưởng Bộ Y tế Lò Văn Sinh, Đinh Văn "
                 "Tài; Thứ trưởng Bộ Tư pháp Lò Thị Hoa.")
    assert {("Lò Văn Sinh", "holdsPost", "Bộ Y tế", "Thứ trưởng"),
            ("Đinh Văn Tài", "holdsPost", "Bộ Y tế", "Thứ trưởng"),
            ("Lò Thị Hoa", "holdsPost", "Bộ Tư pháp", "Thứ trưởng")} <= found.relations
    found = read("Dự hội nghị có các Phó Chủ tịch UBND tỉnh Hòa Lâm Lò Văn Sinh, Đinh Văn Tài.")
    assert {("Lò Văn Sinh", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch"),
            ("Đinh Văn Tài", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch")} <= found.relations
    # a list the comma goes on past, to someone with a post of their own: the title is the first name's only
    found = read("Dự hội nghị có các Phó Chủ tịch UBND tỉnh Hòa Lâm Lò Văn Sinh, Đinh Văn Tài, Giám đốc Sở Y tế "
                 "Hà Văn Mạnh.")
    assert ("Đinh Văn Tài", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "Phó Chủ tịch") not in found.relations


def test_a_judge_holds_a_post_in_the_court() -> None:
    found = read("Chủ tịch nước trao quyết định bổ nhiệm Phó Chánh án Tòa án nhân dân tối cao đối với các Thẩm phán "
                 "Tòa án nhân dân tối cao Lò Văn Sinh và Đinh Văn Tài.")
    assert {("Lò Văn Sinh", "holdsPost", "Tòa án nhân dân tối cao", "Thẩm phán"),
            ("Đinh Văn Tài", "holdsPost", "Tòa án nhân dân tối cao", "Thẩm phán")} <= found.relations


def test_a_post_stated_before_the_word_of_address() -> None:
    # "Đại biểu HĐND tỉnh ông A": the post, then "ông" or "bà", then the name, no comma between
    found = read("Về tiếp xúc cử tri có Đại biểu HĐND tỉnh Hòa Lâm ông Lò Văn Sinh về tiếp xúc cử tri tại xã Tây Mai.")
    assert ("Lò Văn Sinh", "holdsPost", "Hội đồng nhân dân tỉnh Hòa Lâm", "Đại biểu") in found.relations
    # the body's short form in brackets between
    found = read("Sáng 6/11, Phó Tổng cục trưởng Tổng cục Khí tượng Thủy văn (KTTV) Ông Lò Văn Sinh đã tiếp "
                 "Đoàn cán bộ.")
    assert ("Lò Văn Sinh", "holdsPost", "Tổng cục Khí tượng Thủy văn", "Phó Tổng cục trưởng") in found.relations
    # a post that only ends a clause before the address is no one's here
    found = read("Bí thư Huyện ủy Tây Mai trao quyết định cho ông Lò Văn Sinh.")
    assert not [r for r in found.relations if r[0] == "Lò Văn Sinh" and r[1] == "holdsPost"]


def test_posts_named_after_a_name_are_left_where_the_holder_is_moved_away_or_retires() -> None:
    found = read("Ông Lò Văn Sinh, giám đốc Sở Công thương tỉnh Hòa Lâm được điều động về Ban Nội chính Tỉnh ủy để "
                 "nhận nhiệm vụ mới. Ông Đinh Văn Tài, Chủ tịch UBND huyện Tây Mai cũng được điều động về Tỉnh ủy, "
                 "chờ nhận công tác mới.")
    assert {("Lò Văn Sinh", "holdsPost", "Sở Công thương tỉnh Hòa Lâm", "nguyên Giám đốc"),
            ("Đinh Văn Tài", "holdsPost", "Ủy ban nhân dân huyện Tây Mai", "nguyên Chủ tịch")} <= found.relations
    found = read("Trước đó, khi ông Hà Văn Mạnh, Giám đốc Bệnh viện Đa khoa Tây Mai nghỉ hưu, bệnh viện chưa có giám "
                 "đốc mới.")
    assert ("Hà Văn Mạnh", "holdsPost", "Bệnh viện Đa khoa Tây Mai", "nguyên Giám đốc") in found.relations
    # a retirement dated to come: the post is still held
    found = read("Theo Quyết định số 823, ông Lò Văn Sinh – Thứ trưởng Bộ Tài chính nghỉ hưu từ ngày 1/9/2026.")
    assert ("Lò Văn Sinh", "holdsPost", "Bộ Tài chính", "Thứ trưởng") in found.relations


def test_a_bare_party_cell_is_that_of_the_village_its_secretary_heads() -> None:
    # "Bí thư chi bộ - Trưởng thôn X": the secretary of the village's cell (the village's head is no post)
    found = read("Tỉnh đoàn thăm tặng quà ông Lò Văn Sinh, Bí thư chi bộ-Trưởng thôn Khe Mai-Pỏ Hà, xã Tây Mai.")
    assert ("Lò Văn Sinh", "holdsPost", "Chi bộ thôn Khe Mai - Pỏ Hà", "Bí thư") in found.relations
    found = read("Tiêu biểu có bà Lò Thị Hoa, Phó Bí thư Chi bộ, Trưởng buôn Tây Mai (xã Ea Hoa). Ông Đinh Văn Tài "
                 "- Bí thư Chi bộ kiêm Trưởng thôn Đông Mai cho biết.")
    assert {("Lò Thị Hoa", "holdsPost", "Chi bộ buôn Tây Mai", "Phó Bí thư"),
            ("Đinh Văn Tài", "holdsPost", "Chi bộ thôn Đông Mai", "Bí thư")} <= found.relations
    # no village named: nothing
    found = read("Tham dự có các đồng chí Bí thư chi bộ, Trưởng thôn trong xã.")
    assert not [r for r in found.relations if r[1] == "holdsPost"]


def test_a_rare_family_name_begins_a_holders_name() -> None:
    found = read("Phát biểu tại buổi lễ, Phó Chủ tịch Quốc hội Uông Văn Hà khẳng định ý nghĩa của ngày truyền thống.")
    assert "Uông Văn Hà" in found.entities["Person"]
    assert ("Uông Văn Hà", "holdsPost", "Quốc hội", "Phó Chủ tịch") in found.relations


def test_a_seat_left_unfinished_before_a_post_in_a_department_is_in_its_units_committee() -> None:
    # "Ủy viên BTV - Trưởng phòng X Công ty Y": the standing board of the company's party committee
    found = read("Tham dự có bà Lò Thị Hoa - Ủy viên BTV - Trưởng phòng Tài chính Công ty Điện lực Hòa Lâm.")
    assert ("Lò Thị Hoa", "holdsPost", "Ban Thường vụ Đảng ủy Công ty Điện lực Hòa Lâm", "Ủy viên") in found.relations
    found = read("Tham dự có ông Lò Văn Sinh - Đảng ủy viên, Trưởng khoa Nội Bệnh viện Đa khoa Tây Mai.")
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy Bệnh viện Đa khoa Tây Mai", "Ủy viên") in found.relations
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy", "Ủy viên") not in found.relations


def test_a_bare_title_before_a_name_is_of_the_body_the_article_named_with_it() -> None:
    found = read("Sau khi được bổ nhiệm giữ chức vụ Quyền Tư lệnh Quân chủng Phòng không - Không quân, ông Lò Văn "
                 "Sinh vừa được thăng quân hàm. Đại tướng Đinh Văn Tài trao quyết định cho Quyền Tư lệnh Lò Văn Sinh.")
    assert ("Lò Văn Sinh", "holdsPost", "Quân chủng Phòng không - Không quân", "Quyền Tư lệnh") in found.relations
    found = read("Ngày 30/11, Phó Giám đốc Sở Y tế tỉnh Hòa Lâm đã làm việc với bệnh viện. Phó Giám đốc Lò Văn Sinh "
                 "phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Sở Y tế tỉnh Hòa Lâm", "Phó Giám đốc") in found.relations
    # a post the article gave someone else is not the bare title's
    found = read("Tham dự có Chủ tịch UBND tỉnh Hòa Lâm Lò Văn Sinh. Chủ tịch Đinh Văn Tài phát biểu.")
    assert not [r for r in found.relations if r[0] == "Đinh Văn Tài" and r[1] == "holdsPost"]


def test_whom_a_new_holder_replaces_keeps_the_post_the_text_gives_even_retiring() -> None:
    # the subject moved away or retiring leaves the posts after the name; whom a new holder replaces keeps them
    found = read("Kỳ họp bầu bà Lò Thị Hoa giữ chức Trưởng Ban Pháp chế HĐND huyện Tây Mai, thay bà Vi Thị Sen, "
                 "Trưởng Ban Pháp chế HĐND huyện Tây Mai nghỉ hưu.")
    assert not [r for r in found.relations if r[0] == "Vi Thị Sen" and (r[3] or "").startswith("nguyên")]


def test_the_posts_a_career_lists_after_a_colon_were_held_before() -> None:
    # "A từng giữ các chức vụ: P1; P2; …; Pn": each item but the last (held up to now) is a former post
    found = read("Ông Lò Văn Sinh, sinh năm 1965. Ông Lò Văn Sinh từng giữ các chức vụ: Trưởng phòng Kế hoạch, Sở "
                 "Giao thông vận tải tỉnh Hòa Lâm; Giám đốc Sở Giao thông vận tải tỉnh Hòa Lâm; Phó Chủ tịch UBND "
                 "tỉnh Hòa Lâm; Tổng cục trưởng Tổng cục Đường thủy.")
    assert {("Lò Văn Sinh", "holdsPost", "Sở Giao thông vận tải tỉnh Hòa Lâm", "nguyên Giám đốc"),
            ("Lò Văn Sinh", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Phó Chủ tịch")} <= found.relations
    assert not [r for r in found.relations if r[0] == "Lò Văn Sinh" and r[3] == "nguyên Tổng cục trưởng"]


def test_a_post_between_two_former_ones_was_left_as_they_were() -> None:
    found = read("Dự có đồng chí Lò Văn Sinh - Nguyên Thứ trưởng Bộ Nông nghiệp, nguyên Phó Bí thư Tỉnh ủy, Chủ tịch "
                 "UBND tỉnh Hòa Lâm, nguyên Giám đốc Sở Khoa học và Công nghệ tỉnh Hòa Lâm phát biểu.")
    assert ("Lò Văn Sinh", "holdsPost", "Ủy ban nhân dân tỉnh Hòa Lâm", "nguyên Chủ tịch") in found.relations
    # a post after the last former one is held now
    found = read("Dự có đồng chí Đinh Văn Tài, nguyên Chủ tịch UBND tỉnh Hòa Lâm, Chủ tịch Hội Cựu chiến binh tỉnh "
                 "Hòa Lâm.")
    assert ("Đinh Văn Tài", "holdsPost", "Hội Cựu chiến binh tỉnh Hòa Lâm", "Chủ tịch") in found.relations
