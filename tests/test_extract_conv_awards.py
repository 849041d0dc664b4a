"""Awards under the conventions of docs/gold-conventions/awards.md, by example: invented
sentences in the genre's manner, about places and people the corpora do not contain, and
the triples kg reads from them.
"""

from __future__ import annotations

from tests.test_extract import read


def _awards(found: object) -> set[str]:
    return found.entities.get("Award", set())  # type: ignore[attr-defined,no-any-return]


def test_no_generic_party_badge_beside_the_classes_an_article_names() -> None:
    # "Huy hiệu Đảng" names the ceremony's kind; the classes are the awards, each given by
    # those who give the badges
    found = read("Ngày 2/9, Đảng bộ xã Tân Khê tổ chức Lễ trao Huy hiệu Đảng đợt 2/9. Thừa ủy quyền "
                 "của Ban Thường vụ Huyện ủy Hòa Lâm, đồng chí Lò Văn Khương, Phó Bí thư Huyện ủy "
                 "trao Huy hiệu Đảng cho các đảng viên. Đồng chí Vi Thị Sen được trao Huy hiệu 50 năm "
                 "tuổi Đảng; đồng chí Hà Văn Tâm được trao Huy hiệu 30 năm tuổi Đảng.")
    assert "Huy hiệu Đảng" not in _awards(found)
    assert {"Huy hiệu 50 năm tuổi Đảng", "Huy hiệu 30 năm tuổi Đảng"} <= _awards(found)
    for badge in ("Huy hiệu 50 năm tuổi Đảng", "Huy hiệu 30 năm tuổi Đảng"):
        assert (badge, "awardedBy", "Lò Văn Khương", None) in found.relations
        assert (badge, "awardedBy", "Ban Thường vụ Huyện ủy Hòa Lâm", None) in found.relations
    assert ("Vi Thị Sen", "receivedAward", "Huy hiệu 50 năm tuổi Đảng", None) in found.relations


def test_the_generic_badge_stands_for_the_one_class_named_with_its_receivers() -> None:
    found = read("Sáng 3/2, Thành ủy Hòa Lâm trao Huy hiệu Đảng cho đồng chí Lê Văn Khởi và đồng chí "
                 "Y Blơn. Cả hai đồng chí cùng nhận Huy hiệu 65 năm tuổi Đảng.")
    assert "Huy hiệu Đảng" not in _awards(found)
    assert ("Lê Văn Khởi", "receivedAward", "Huy hiệu 65 năm tuổi Đảng", None) in found.relations


def test_the_generic_badge_stays_where_no_class_is_named() -> None:
    found = read("Dịp này, Đảng ủy xã Tân Khê trao Huy hiệu Đảng cho đồng chí Lê Văn Khởi.")
    assert "Huy hiệu Đảng" in _awards(found)


def test_given_on_the_presidents_authority_opening_the_sentence() -> None:
    # "Được Chủ tịch nước uỷ quyền, A gắn …": the President's award, A presents it
    found = read("Được Chủ tịch nước uỷ quyền, đồng chí Lò Văn Thuận, Phó Chủ tịch UBND tỉnh Hòa Lâm gắn "
                 "Huân chương Bảo vệ Tổ quốc hạng Ba lên lá cờ truyền thống của Công an tỉnh Hòa Lâm.")
    order = "Huân chương Bảo vệ Tổ quốc hạng Ba"
    assert (order, "awardedBy", "Chủ tịch nước", None) in found.relations
    assert (order, "awardedBy", "Lò Văn Thuận", None) in found.relations


def test_who_presents_two_awards_joined_by_and_presents_the_second() -> None:
    found = read("Tại buổi lễ, đồng chí Nguyễn Hùng Cương trao Bằng công nhận và Bằng khen của Chủ tịch "
                 "UBND tỉnh Hòa Lâm cho Đảng bộ xã Nghĩa Lâm.")
    award = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm"
    assert (award, "awardedBy", "Ủy ban nhân dân tỉnh Hòa Lâm", None) in found.relations
    assert (award, "awardedBy", "Nguyễn Hùng Cương", None) in found.relations
    assert ("Đảng bộ xã Nghĩa Lâm", "receivedAward", award, None) in found.relations


def test_who_presents_two_badges_joined_by_and_presents_the_second() -> None:
    found = read("Thừa ủy quyền của Ban Thường vụ Đảng ủy Khối, đồng chí Trương Văn Phước - Bí thư Đảng ủy, "
                 "Chủ tịch Hội đồng thành viên Tổng công ty Hòa Lâm trao Huy hiệu 40 năm tuổi Đảng cho đồng chí "
                 "Ngô Văn Tình, nguyên Phó Tổng giám đốc Tổng công ty và Huy hiệu 30 năm tuổi Đảng cho đồng chí "
                 "Diệp Thị Hòa, Trưởng ban Kế hoạch.")
    for badge in ("Huy hiệu 40 năm tuổi Đảng", "Huy hiệu 30 năm tuổi Đảng"):
        assert (badge, "awardedBy", "Trương Văn Phước", None) in found.relations
    assert ("Diệp Thị Hòa", "receivedAward", "Huy hiệu 30 năm tuổi Đảng", None) in found.relations
    assert ("Diệp Thị Hòa", "receivedAward", "Huy hiệu 40 năm tuổi Đảng", None) not in found.relations


def test_a_heads_award_is_the_bodys_when_the_head_is_named_bare() -> None:
    # the head as the subject that gives: the one body of the kind it heads gives it
    found = read("Chủ trì hội nghị có đồng chí Kha Văn Đồng, Tổng Giám đốc Tổng công ty Vận tải Hòa Lâm. "
                 "Nhân dịp này, Tổng Giám đốc đã trao Giấy khen cho 12 tập thể và 35 cá nhân.")
    award = found.named("Award", "Giấy khen của Tổng Giám đốc Tổng công ty Vận tải Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Tổng công ty Vận tải Hòa Lâm", None) in found.relations
    # "của Hiệu trưởng", the school written two ways in the article: one school all the same
    found = read("Trường Cao đẳng Nghề Hòa Lâm kỷ niệm 30 năm thành lập. Tại buổi lễ, ông Thái Ngọc Lâm trao "
                 "Giấy khen của Hiệu trưởng cho 21 giảng viên. Trường Cao Đẳng Nghề Hòa Lâm hiện có 60 giảng viên.")
    award = found.named("Award", "Giấy khen của Hiệu trưởng Trường Cao đẳng Nghề Hòa Lâm")
    assert award is not None
    assert (award, "awardedBy", "Trường Cao đẳng Nghề Hòa Lâm", None) in found.relations


def test_a_heads_titles_in_a_chain_stay_in_the_label_the_body_gives() -> None:
    found = read("Tại hội nghị, thừa ủy quyền của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, đồng chí Hoàng Minh "
                 "Khuyên đã trao Bằng khen của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ cho Phòng Kỹ thuật - Âm "
                 "thanh và 3 cá nhân.")
    award = "Bằng khen của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
    assert found.has("Award", award)
    assert (award, "awardedBy", "Văn phòng Chính phủ", None) in found.relations
    assert (award, "awardedBy", "Hoàng Minh Khuyên", None) in found.relations
    assert ("Phòng Kỹ thuật - Âm thanh", "receivedAward", award, None) in found.relations


def test_a_post_written_short_presents_by_its_holder_but_a_chair_gives_as_the_committee() -> None:
    # "Chỉ huy trưởng Ban CHQS huyện X tặng Giấy khen": the one who holds that post presents it
    found = read("Dự lễ bế mạc có Thượng tá Ma Đình Chiến, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Lạc. "
                 "Dịp này, Chỉ huy trưởng Ban CHQS huyện Tân Lạc tặng Giấy khen cho 2 tập thể và 9 cá nhân.")
    award = found.named("Award", "Giấy khen")
    assert award is not None and (award, "awardedBy", "Ma Đình Chiến", None) in found.relations
    # "Chủ tịch UBND huyện X tặng Giấy khen": the committee gives (1a); its chair, named elsewhere, presents nothing
    found = read("Dự hội nghị có ông Phan Đình Toản, Chủ tịch UBND huyện Tân Lạc. Dịp này, Chủ tịch UBND huyện "
                 "Tân Lạc tặng Giấy khen cho 4 cá nhân, trong đó có bà Ka Hồng.")
    award = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Tân Lạc"
    assert (award, "awardedBy", "Ủy ban nhân dân huyện Tân Lạc", None) in found.relations
    assert (award, "awardedBy", "Phan Đình Toản", None) not in found.relations


def test_who_receives_an_award_for_others_receives_none() -> None:
    found = read("Tại Ngày hội, Ủy ban MTTQ Việt Nam huyện Tân Lạc tặng Giấy khen cho Ban công tác Mặt trận thôn "
                 "Phú Lâm; ông Nguyễn Văn Lãnh, Trưởng ban công tác Mặt trận thôn lên nhận Giấy khen thay tập thể.")
    award = "Giấy khen của Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Lạc"
    assert ("Ban công tác Mặt trận thôn Phú Lâm", "receivedAward", award, None) in found.relations
    assert ("Nguyễn Văn Lãnh", "receivedAward", award, None) not in found.relations
    found = read("Ông Đỗ Hữu Trọng nhận Bằng khen của UBND tỉnh Hòa Lâm.")
    assert ("Đỗ Hữu Trọng", "receivedAward", "Bằng khen của Ủy ban nhân dân tỉnh Hòa Lâm", None) in found.relations
