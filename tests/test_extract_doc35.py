"""Documents, awards and models as the development rounds showed them in the thirty-fifth session,
each reproduced here with invented bodies, people and places."""

from __future__ import annotations

from test_extract import read


def test_a_congress_report_names_the_last_congress_resolution_by_its_number_alone() -> None:
    # "Đại hội … nhằm đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ IV": the body's own earlier
    # congress, which adopted it and whose resolution the body carries out (doers.md 7, 9)
    found = read("Sáng 12/3, Hội Nông dân huyện Đông Mai tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2024-2029.\n"
                 "Đại hội nhằm đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ IV, đề ra phương hướng "
                 "nhiệm kỳ mới.", title="Đại hội Hội Nông dân huyện Đông Mai lần thứ V")
    resolution = next(d for d in found.entities["Document"] if d.endswith("lần thứ IV"))
    assert "Nghị quyết Đại hội lần thứ IV" in {resolution} | found.aliases[resolution]
    assert (resolution, "issuedBy", "Hội Nông dân huyện Đông Mai", None) in found.relations
    assert ("Hội Nông dân huyện Đông Mai", "implements", resolution, None) in found.relations
    # in small letters, by its term
    found = read("Chi bộ Khối Văn phòng Công ty Tân Lập tổ chức Đại hội chi bộ lần thứ IV, nhiệm kỳ 2022-2025.\n"
                 "Đại hội tổng kết việc thực hiện nghị quyết đại hội nhiệm kỳ 2020-2022.", title="Đại hội Chi bộ")
    resolution = next(d for d in found.entities["Document"] if d.endswith("nhiệm kỳ 2020-2022"))
    assert "nghị quyết đại hội nhiệm kỳ 2020-2022" in {a.lower() for a in {resolution} | found.aliases[resolution]}
    # the party's national congress cited by its number in a province's congress report is not the body's
    found = read("Sáng 12/10, Đảng bộ tỉnh Hòa Lâm tổ chức Đại hội đại biểu lần thứ XVII, nhiệm kỳ 2025-2030.\n"
                 "Đại hội quán triệt Nghị quyết Đại hội lần thứ XIII, bàn phương hướng nhiệm kỳ mới.",
                 title="Đại hội Đảng bộ tỉnh Hòa Lâm lần thứ XVII")
    assert not any(d.endswith("XIII") and "Hòa Lâm" in d for d in found.entities.get("Document", set()))
    # the party's congress, named after it, is not the body's
    found = read("Hội Nông dân huyện Đông Mai tổ chức Đại hội lần thứ V. Hội thực hiện Nghị quyết Đại hội "
                 "lần thứ XIII của Đảng.", title="Đại hội")
    assert not any("Nông dân" in d for d in found.entities.get("Document", set()))


def test_a_foreign_state_named_with_its_order_gives_it() -> None:
    # "Huân chương Hữu nghị của Nhà nước Lào", "Chính phủ nước CHDCND Lào tặng thưởng Huy chương Hữu nghị": the
    # foreign state or government is a body, its form written out in the label, and gives its order
    found = read("Sáng 5/9, Trường Cao đẳng Y tế Hòa Lâm tổ chức lễ kỷ niệm 50 năm ngày thành lập và đón nhận "
                 "Huân chương Hữu nghị của Nhà nước Lào.", title="Trường Cao đẳng Y tế Hòa Lâm 50 năm")
    assert "Nhà nước Lào" in found.entities["Organization"]
    assert any(r[1] == "awardedBy" and r[2] == "Nhà nước Lào" for r in found.relations), found.relations
    found = read("Nhân dịp này, Chính phủ nước CHDCND Lào tặng thưởng Huy chương Hữu nghị cho Bệnh viện Đa khoa "
                 "Hòa Lâm.", title="Bệnh viện Đa khoa Hòa Lâm đón nhận Huy chương Hữu nghị")
    state = "Chính phủ nước Cộng hòa dân chủ nhân dân Lào"
    assert "Chính phủ nước CHDCND Lào" in found.aliases[state]
    assert ("Huy chương Hữu nghị", "awardedBy", state, None) in found.relations
    # a state named where no award is: not read here
    found = read("Đoàn đã làm việc với đại diện Nhà nước Lào về hợp tác giáo dục.", title="Hợp tác")
    assert "Nhà nước Lào" not in found.entities.get("Organization", set())
