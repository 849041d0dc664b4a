"""Which body is under which, by example (docs/gold-conventions/bodies.md), the thirteenth session's
rules: invented sentences in the genre's manner about places and people the corpora do not contain."""

from __future__ import annotations

from tests.test_extract import Found, read


def test_a_unit_named_after_a_sector_is_the_article_s_body_s_own_where_no_people_s_committee_is_named() -> None:
    """ "Phòng Tổ chức cán bộ" is named after a sector, as a district's departments are; where the
    article names no People's Committee, it is the unit of the body the article is about."""
    found = read("Ngày 4/6, Viện Kiểm sát nhân dân tỉnh Hòa Lâm tổ chức hội nghị lấy phiếu giới thiệu quy "
                 "hoạch. Lãnh đạo Viện Kiểm sát nhân dân tỉnh Hòa Lâm chủ trì. Phòng Tổ chức cán bộ báo cáo "
                 "quy trình. Viện Kiểm sát nhân dân tỉnh Hòa Lâm sẽ hoàn thiện hồ sơ trong tháng 6.",
                 title="Viện Kiểm sát nhân dân tỉnh Hòa Lâm lấy phiếu quy hoạch")
    assert ("Phòng Tổ chức cán bộ", "subOrganizationOf", "Viện Kiểm sát nhân dân tỉnh Hòa Lâm", None) \
        in found.relations


def test_a_department_named_after_a_sector_stays_the_people_s_committee_s() -> None:
    """Where the article names a People's Committee, a bare "Phòng Nông nghiệp và Môi trường" is its
    department, not a unit of the body the article names most."""
    found = read("Sáng 12/5, Hội Nông dân huyện Đông Mai tổ chức hội nghị. Hội Nông dân huyện Đông Mai đánh "
                 "giá kết quả; Hội Nông dân huyện Đông Mai phối hợp với Phòng Nông nghiệp và Môi trường tập "
                 "huấn cho hội viên. Đại diện UBND huyện Đông Mai dự.",
                 title="Hội Nông dân huyện Đông Mai sơ kết")
    assert not any(s == "Phòng Nông nghiệp và Môi trường" and o == "Hội Nông dân huyện Đông Mai"
                   for s, p, o, _ in found.relations if p == "subOrganizationOf")


def test_a_body_s_party_committee_and_union_named_short_name_the_body_too() -> None:
    """ "Đảng ủy" and "Công đoàn trường" in a school's news are the school's: they count as naming the
    school, which the article is then about (named twice by itself, a visiting academy as often), and
    its bare "Phòng Đào tạo" goes under it."""
    found = read("Sáng 9/10, Trường Cao đẳng Sông Mây khai mạc lớp bồi dưỡng. Dự có đại diện Đảng ủy, Công "
                 "đoàn trường và Học viện Chính trị khu vực IV. Học viện Chính trị khu vực IV cử giảng viên. "
                 "Trường Cao đẳng Sông Mây giao Phòng Đào tạo theo dõi lớp học.",
                 title="Khai mạc lớp bồi dưỡng kỹ năng lãnh đạo")
    assert ("Phòng Đào tạo", "subOrganizationOf", "Trường Cao đẳng Sông Mây", None) in found.relations


def test_a_youth_union_committee_s_executive_committee_is_the_committee() -> None:
    """ "Tỉnh đoàn" names the province's youth union committee as a body: its "Ban Chấp hành" is that
    body (as "Ban Chấp hành Đảng bộ tỉnh" is "Tỉnh ủy"), not a second body under it."""
    found = read("Ngày 15/3, Ban Chấp hành Tỉnh đoàn Hòa Lâm tổ chức hội nghị lần thứ 5. Đồng chí Lê Văn "
                 "Tâm, Bí thư Tỉnh đoàn Hòa Lâm chủ trì hội nghị.", title="Hội nghị Ban Chấp hành Tỉnh đoàn")
    assert found.has("Organization", "Tỉnh đoàn Hòa Lâm")
    assert not found.has("Organization", "Ban Chấp hành Tỉnh đoàn Hòa Lâm")
    assert not any(p == "subOrganizationOf" and o == "Tỉnh đoàn Hòa Lâm" for _, p, o, _ in found.relations)


def _venues(found: Found) -> set[str]:
    return {o for _, p, o, _ in found.relations if p == "locatedIn"}


def test_an_event_held_in_communes_listed_side_by_side_is_in_each() -> None:
    """ "tại các xã: A (…), B (…) và thị trấn C": each commune listed is the finest place of its own
    chain (docs/gold-conventions/events.md 3b), so the event took place in each."""
    found = read("Sáng 12/4/2024, Ủy ban MTTQ Việt Nam huyện Đông Mai tổ chức Lễ bàn giao 3 căn nhà Đại đoàn "
                 "kết cho hộ nghèo tại các xã: Tân Lập (hộ ông Hà Văn Sơn, làng K3), Tân Hòa (hộ bà Đinh Thị "
                 "Mây, làng K5) và thị trấn Sông Mây.", title="Bàn giao nhà Đại đoàn kết")
    assert {"Xã Tân Lập", "Xã Tân Hòa", "Thị trấn Sông Mây"} <= _venues(found)


def test_an_address_chain_is_not_a_list() -> None:
    """ "tại xã A, huyện B": the commune is the venue, the district after it only says where that is."""
    found = read("Sáng 12/4/2024, Hội Nông dân huyện Đông Mai tổ chức Lễ ra mắt Tổ hợp tác trồng rau an toàn "
                 "tại xã Tân Lập, huyện Đông Mai.", title="Ra mắt Tổ hợp tác trồng rau an toàn")
    assert _venues(found) == {"Xã Tân Lập"}


def test_the_lead_says_where_the_event_named_after_it_took_place() -> None:
    """The lead places the day's act in words no event is read from ("mô hình … chính thức ra mắt"),
    and the event is named back after it ("Dự buổi ra mắt có …"): it took place there, in the finest
    place after "tại" (a hamlet is no place)."""
    found = read("Ngày 13/5/2025, tại thôn Đồng Tâm, xã Yên Bình, mô hình “Chi hội phụ nữ 5 không” chính "
                 "thức ra mắt. Dự buổi ra mắt có bà Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ huyện Đông Mai.",
                 title="Ra mắt mô hình “Chi hội phụ nữ 5 không”")
    assert _venues(found) == {"Xã Yên Bình"}


def test_where_members_live_listed_is_no_venue() -> None:
    """ "cho các đảng viên sinh hoạt tại xã A và thị trấn B": places listed after "tại" are several,
    no one venue of the ceremony named after."""
    found = read("Ngày 06-02, Huyện ủy Đông Mai tổ chức trao Huy hiệu Đảng cho các đảng viên sinh hoạt tại xã "
                 "Tân Lập và thị trấn Sông Mây. Phát biểu tại buổi lễ, ông Hà Văn Sơn chúc mừng các đảng viên.",
                 title="Trao Huy hiệu Đảng")
    assert not _venues(found)


def test_a_voters_meeting_is_held_in_the_ward_whose_voters_meet() -> None:
    """ "tiếp xúc cử tri phường X": a voters' meeting is held among the voters it meets, in their ward."""
    found = read("Sáng ngày 04/12, Tổ đại biểu HĐND thị xã Đông Mai tổ chức tiếp xúc cử tri phường Tân Lập trước "
                 "kỳ họp thứ 15. Dự buổi tiếp xúc có ông Hà Văn Sơn, Phó Chủ tịch HĐND thị xã.",
                 title="Tiếp xúc cử tri phường Tân Lập")
    assert _venues(found) == {"Phường Tân Lập"}


def test_a_meeting_whose_own_words_name_its_venue_took_place_there() -> None:
    """ "Tại buổi TXCT ở xã X chiều 27/11, …": the meeting's own words say where it was held."""
    found = read("Tại buổi TXCT ở xã Tân Hòa chiều 27/11, ông Hà Văn Sơn, Phó Chủ tịch HĐND thị xã Đông Mai "
                 "cho biết thị xã sẽ bố trí vốn kè chống sạt lở.", title="Tiếp xúc cử tri trước kỳ họp")
    assert _venues(found) == {"Xã Tân Hòa"}
