"""Bodies' names as the development rounds (new35: rounds 19 to 21) showed them in the thirty-fifth
session, each reproduced here with invented people and places."""

from __future__ import annotations

from test_extract import read


def test_a_force_named_bare_is_the_national_force_not_its_unit_of_the_province() -> None:
    # "Ngày truyền thống Bộ đội Biên phòng", "Chính ủy Bộ đội Biên phòng": the national force, beside
    # the province's command ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh X") named in the same article
    found = read("Sáng 3/3, Tỉnh đoàn Hòa Lâm thăm Đồn Biên phòng Sông Mây nhân kỷ niệm 65 năm Ngày truyền thống "
                 "Bộ đội Biên phòng. Dự có Trung tướng Lò Văn Sinh, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng; "
                 "Đại tá Đinh Văn Tài, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hòa Lâm.",
                 title="Tỉnh đoàn Hòa Lâm thăm Đồn Biên phòng Sông Mây")
    assert found.has("Organization", "Bộ đội Biên phòng")
    assert ("Lò Văn Sinh", "holdsPost", "Bộ đội Biên phòng", "Chính ủy") in found.relations
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy Bộ đội Biên phòng", "Bí thư") in found.relations
    assert ("Đinh Văn Tài", "holdsPost", "Bộ đội Biên phòng tỉnh Hòa Lâm", "Chỉ huy trưởng") in found.relations


def test_a_party_organisation_written_small_before_its_unit_s_name_is_that_unit_s() -> None:
    # "… đảng viên thuộc chi bộ Trường Tiểu học X", "chi bộ Viện Y có 07 đồng chí": the cell of that unit
    found = read("Về dự có đồng chí Lò Văn Sinh, Phó Bí thư Đảng ủy xã Tân Mai cùng 25 đảng viên thuộc chi bộ "
                 "Trường Tiểu học Tân Mai. Hiện nay chi bộ Viện Công nghệ sinh học Sông Mây có 07 đồng chí.")
    assert found.has("Organization", "Chi bộ Trường Tiểu học Tân Mai")
    assert found.has("Organization", "Chi bộ Viện Công nghệ sinh học Sông Mây")
    # in small letters alone, before no unit's name, the genre names a cell's members: no body
    found = read("Các đồng chí trong chi bộ đã thống nhất cao với báo cáo của Đảng ủy xã Tân Mai.")
    assert not any(label.lower().startswith("chi bộ") for label in found.entities.get("Organization", ()))


def test_a_faculty_s_department_is_a_body_and_its_head_holds_a_post_there() -> None:
    # "Phó Trưởng Bộ môn Triết học …", "Bộ môn Khoa học quản lý; Bộ môn Công tác xã hội": a faculty's department
    found = read("Dự Đại hội có TS. Lò Văn Sinh - Bí thư Chi bộ, Trưởng Khoa; ThS. Đinh Văn Tài - Phó Trưởng "
                 "Bộ môn Triết học và Quản lý nhà nước; ThS. Lê Thị Hoa - Trưởng Bộ môn Địa lý tự nhiên. Khoa có "
                 "hai bộ môn là Bộ môn Khoa học quản lý và Bộ môn Công tác xã hội.",
                 title="Đại hội Chi bộ Khoa Lý luận chính trị Trường Đại học Sông Mây")
    for name in ("Bộ môn Triết học và Quản lý nhà nước", "Bộ môn Địa lý tự nhiên", "Bộ môn Khoa học quản lý",
                 "Bộ môn Công tác xã hội"):
        assert found.has("Organization", name), name
    assert ("Đinh Văn Tài", "holdsPost", "Bộ môn Triết học và Quản lý nhà nước", "Phó Trưởng Bộ môn") in found.relations
    assert ("Lê Thị Hoa", "holdsPost", "Bộ môn Địa lý tự nhiên", "Trưởng Bộ môn") in found.relations


def test_the_centre_written_t_dot_u_ends_a_central_body_s_name() -> None:
    # "Phó Bí thư Đảng ủy Quân sự T.Ư", "Bí thư Đảng ủy Khối Doanh nghiệp T.Ư": "T.Ư" is "Trung ương"
    found = read("Dự có đồng chí Lò Văn Sinh, Phó Bí thư Đảng ủy Quân sự T.Ư; đồng chí Lê Văn Hòa, Bí thư Đảng ủy "
                 "Khối Doanh nghiệp T.Ư; đồng chí Đinh Văn Tài, Phó Trưởng Ban Tổ chức T.Ư.")
    assert ("Lò Văn Sinh", "holdsPost", "Đảng ủy Quân sự Trung ương", "Phó Bí thư") in found.relations
    assert ("Lê Văn Hòa", "holdsPost", "Đảng ủy Khối Doanh nghiệp Trung ương", "Bí thư") in found.relations
    assert ("Đinh Văn Tài", "holdsPost", "Ban Tổ chức Trung ương", "Phó Trưởng ban") in found.relations
