"""Bodies and their hierarchy by the conventions of docs/gold-conventions/bodies.md, by example:
invented sentences in the genre's manner about places and people the corpora do not contain.
"""

from __future__ import annotations

from tests.test_extract import read


def test_a_district_committee_named_by_its_head_alone_is_under_the_province_s() -> None:
    """Convention 7: a committee is under the committee of the level directly above when both are
    named; "lãnh đạo Huyện ủy" in an article about the district Đông Mai names its committee, and
    the province's is named inside "Ban Dân vận Tỉnh ủy"."""
    found = read("HÒA LÂM - Chiều 12/5, Hội Chữ thập đỏ tỉnh Hòa Lâm trao quà cho các hộ khó khăn "
                 "trên địa bàn huyện Đông Mai. Cùng dự có đồng chí Lò Thị Mai, Ủy viên Ban Thường vụ "
                 "Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo Huyện ủy, UBND huyện Đông Mai.",
                 title="Trao quà cho hộ khó khăn ở huyện Đông Mai")
    assert ("Huyện ủy Đông Mai", "subOrganizationOf", "Tỉnh ủy Hòa Lâm", None) in found.relations


def test_a_commune_committee_is_under_the_one_district_committee_named() -> None:
    """Convention 7 one level down: "Đảng ủy xã Tân Lập" under "Huyện ủy Đông Mai", the one
    district committee the article names (inside "Ban Tuyên giáo Huyện ủy Đông Mai")."""
    found = read("Ngày 3/10, Ban Tuyên giáo Huyện ủy Đông Mai phối hợp với Đảng ủy xã Tân Lập tổ chức "
                 "hội nghị giao ban công tác tuyên giáo quý III.",
                 title="Giao ban công tác tuyên giáo")
    assert ("Đảng ủy xã Tân Lập", "subOrganizationOf", "Huyện ủy Đông Mai", None) in found.relations


def test_a_unit_s_party_committee_and_trade_union_are_not_under_the_unit() -> None:
    """Conventions 4 and 5: "Đảng ủy Bệnh viện …" and "Công đoàn Bệnh viện …" have their own
    hierarchy; neither is under the hospital its name ends in."""
    found = read("Ngày 5/3, Đảng ủy Bệnh viện Đa khoa Sông Mây và Công đoàn Bệnh viện Đa khoa Sông Mây "
                 "phối hợp tổ chức gặp mặt kỷ niệm Ngày Thầy thuốc Việt Nam; Bệnh viện Đa khoa Sông Mây "
                 "trao Giấy khen cho 20 tập thể.")
    hospital = "Bệnh viện Đa khoa Sông Mây"
    assert ("Đảng ủy Bệnh viện Đa khoa Sông Mây", "subOrganizationOf", hospital, None) not in found.relations
    assert ("Công đoàn Bệnh viện Đa khoa Sông Mây", "subOrganizationOf", hospital, None) not in found.relations


def test_a_party_group_is_under_no_committee_by_name_alone() -> None:
    """Convention 4: "giao Ban cán sự đảng UBND tỉnh" names the group, not where it sits; with the
    provincial committee named too, no link to it (nor to the People's Committee)."""
    found = read("Hội nghị Tỉnh ủy Hòa Lâm lần thứ 12 giao Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh "
                 "Hòa Lâm rà soát các cơ chế, chính sách thu hút đầu tư.",
                 title="Hội nghị Tỉnh ủy Hòa Lâm lần thứ 12")
    group = "Ban cán sự đảng Ủy ban nhân dân tỉnh Hòa Lâm"
    assert found.has("Organization", group)
    assert not any(s == group and p == "subOrganizationOf" for s, p, _, _ in found.relations)


def test_a_unit_s_youth_branch_and_student_association_are_not_under_the_unit() -> None:
    """Convention 5: "Đoàn cơ sở Nhà máy …" and "Hội Sinh viên Trường …" keep their own hierarchy."""
    found = read("Ngày 26/3, Đoàn cơ sở Nhà máy Cơ khí Sông Mây phối hợp với Hội Sinh viên Trường Cao "
                 "đẳng Kỹ thuật Hòa Lâm tổ chức ngày hội thanh niên; Nhà máy Cơ khí Sông Mây và Trường Cao "
                 "đẳng Kỹ thuật Hòa Lâm tặng quà cho 50 đoàn viên.")
    assert ("Đoàn cơ sở Nhà máy Cơ khí Sông Mây", "subOrganizationOf", "Nhà máy Cơ khí Sông Mây", None) \
        not in found.relations
    assert ("Hội Sinh viên Trường Cao đẳng Kỹ thuật Hòa Lâm", "subOrganizationOf",
            "Trường Cao đẳng Kỹ thuật Hòa Lâm", None) not in found.relations
