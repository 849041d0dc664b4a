"""Which body is under which, by example (docs/gold-conventions/bodies.md): invented sentences in the
genre's manner about places and people the corpora do not contain."""

from __future__ import annotations

from tests.test_extract import read


def test_a_working_unit_named_bare_is_under_the_body_the_article_is_about() -> None:
    """A body's news names its own units bare ("Phòng Tham mưu", "Đội …"): under the body the
    article names most, here the province's police."""
    found = read("Sáng 8/3, Công an tỉnh Hòa Lâm tổ chức hội nghị tổng kết công tác năm. Lãnh đạo Công an "
                 "tỉnh Hòa Lâm ghi nhận kết quả công tác của Phòng Tham mưu. Đội Quản lý trật tự số 2 được "
                 "biểu dương. Dịp này, Công an tỉnh Hòa Lâm trao Giấy khen cho 12 tập thể.",
                 title="Công an tỉnh Hòa Lâm tổng kết công tác năm")
    police = "Công an tỉnh Hòa Lâm"
    assert ("Phòng Tham mưu", "subOrganizationOf", police, None) in found.relations
    assert ("Đội Quản lý trật tự số 2", "subOrganizationOf", police, None) in found.relations


def test_a_unit_is_under_no_body_when_the_article_is_about_two() -> None:
    """Two bodies named as often: the article is about neither, its bare units are left unplaced."""
    found = read("Ngày 2/4, Trường Đại học Sông Mây và Viện Nghiên cứu Tân Lập ký kết hợp tác. Phòng Đào "
                 "tạo trình bày kế hoạch; Trường Đại học Sông Mây và Viện Nghiên cứu Tân Lập cam kết phối hợp.")
    assert not any(s == "Phòng Đào tạo" and p == "subOrganizationOf" for s, p, _, _ in found.relations)


def test_a_district_committee_named_only_inside_its_boards_names_is_placed_under_nothing() -> None:
    """The shared corpus's gold (data/, lam-dong-ban-to-chuc-huan-chuong) names "Ban Tổ chức Huyện ủy
    Lâm Hà" and no "Huyện ủy Lâm Hà": a committee named only inside its board's name is not put under
    the province's committee."""
    found = read("Ngày 9/6, Ban Tổ chức Huyện ủy Đông Mai phối hợp với Ban Tuyên giáo Tỉnh ủy Hòa Lâm tổ "
                 "chức lớp bồi dưỡng nghiệp vụ công tác đảng cho 120 học viên.",
                 title="Bồi dưỡng nghiệp vụ công tác đảng")
    assert ("Huyện ủy Đông Mai", "subOrganizationOf", "Tỉnh ủy Hòa Lâm", None) not in found.relations


def test_a_city_named_as_a_province_is_not_under_another_province_s_committee() -> None:
    """"Thành ủy Cà Mau" is the committee of the province Cà Mau's seat: an article that names it with
    "Tỉnh ủy Bạc Liêu" (a visit between neighbours) does not put one under the other."""
    found = read("Ngày 14/5, đoàn công tác của Thành ủy Cà Mau đến thăm và làm việc với Ban Tổ chức Tỉnh ủy "
                 "Bạc Liêu, trao đổi kinh nghiệm về công tác phát triển đảng viên.",
                 title="Trao đổi kinh nghiệm công tác phát triển đảng viên")
    assert ("Thành ủy Cà Mau", "subOrganizationOf", "Tỉnh ủy Bạc Liêu", None) not in found.relations
    assert found.has("Organization", "Thành ủy Cà Mau")


def test_a_body_written_once_in_capitals_is_the_same_body() -> None:
    """A caption in capitals ("Bộ TÀI CHÍNH") and the text ("Bộ Tài chính") name one ministry: its bare
    department is under it, not left between two."""
    found = read("Thứ trưởng Bộ TÀI CHÍNH Lê Văn Tâm chủ trì hội nghị.\nNgày 3/3, Bộ Tài chính tổ chức hội "
                 "nghị tổng kết công tác thi đua, khen thưởng năm 2024. Vụ trưởng Vụ Thi đua - Khen thưởng "
                 "Trần Minh Khôi trình bày báo cáo.", title="Bộ Tài chính tổng kết công tác thi đua")
    assert ("Vụ Thi đua - Khen thưởng", "subOrganizationOf", "Bộ Tài chính", None) in found.relations


def test_a_company_s_department_named_bare_is_under_the_company() -> None:
    """A company's news names its departments "Ban …" bare: under the company the article is about
    (its board, named after it as often, is not the article's body)."""
    found = read("Ngày 20/3, Tổng công ty Vận tải Sông Mây tổ chức hội nghị người lao động năm 2025. Hội "
                 "đồng quản trị Tổng công ty Vận tải Sông Mây đánh giá cao kết quả sản xuất, kinh doanh. Ông Lò Văn "
                 "Hùng, Trưởng Ban Kế hoạch - Đầu tư, trình bày kế hoạch năm. Dịp này, Tổng công ty Vận tải "
                 "Sông Mây đã khen thưởng 15 tập thể.",
                 title="Tổng công ty Vận tải Sông Mây tổ chức hội nghị người lao động")
    company = "Tổng công ty Vận tải Sông Mây"
    assert ("Ban Kế hoạch - Đầu tư", "subOrganizationOf", company, None) in found.relations


def test_a_company_said_to_be_a_group_s_enterprise_is_under_the_group() -> None:
    """"X, doanh nghiệp trực thuộc Y" says where X is, as "X, đơn vị trực thuộc Y" does; so does "X về
    trực thuộc Y" (a unit handed over to Y)."""
    found = read("Anh Lò Văn Páo đang làm việc tại Công ty TNHH MTV Chè Sông Mây, doanh nghiệp trực thuộc Tổng "
                 "công ty Nông sản Hòa Lâm. Sáng 3/4, Bộ Tư lệnh Quân khu 9 bàn giao Trung tâm Huấn luyện Tân Lập "
                 "về trực thuộc Trường Quân sự Hòa Lâm.")
    assert ("Công ty TNHH MTV Chè Sông Mây", "subOrganizationOf", "Tổng công ty Nông sản Hòa Lâm",
            None) in found.relations
    assert ("Trung tâm Huấn luyện Tân Lập", "subOrganizationOf", "Trường Quân sự Hòa Lâm", None) in found.relations
