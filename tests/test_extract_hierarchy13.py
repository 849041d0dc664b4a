"""Which body is under which, by example (docs/gold-conventions/bodies.md), the thirteenth session's
rules: invented sentences in the genre's manner about places and people the corpora do not contain."""

from __future__ import annotations

from tests.test_extract import read


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
