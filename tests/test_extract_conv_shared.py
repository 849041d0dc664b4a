"""Decisions of docs/gold-conventions/ re-decided by the shared corpus's gold (data/, by the
format's authors; docs/gold-conventions/shared-corpus.md), by example: invented sentences in
the genre's manner, about places and people the corpora do not contain, and the triples kg
reads from them.
"""

from __future__ import annotations

from tests.test_extract import read


def test_a_peoples_committee_chairs_award_is_the_committees() -> None:
    # awards.md 1a: "thừa ủy quyền của Chủ tịch UBND tỉnh, A trao Bằng khen của Chủ tịch UBND tỉnh"
    # gives the committee and the presenter (hai-duong-so-ket-ket-luan-01), no office
    found = read("Chiều 3/4, tại thành phố Hòa Lâm, Tỉnh ủy Hòa Lâm tổ chức hội nghị sơ kết. Dịp này, "
                 "thừa ủy quyền của Chủ tịch UBND tỉnh Hòa Lâm, đồng chí Lò Thị Xoan, Phó Chủ tịch UBND tỉnh "
                 "trao Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể, trong đó có Hội Nông dân xã Tân Khê.")
    award = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm"
    assert (award, "awardedBy", "Ủy ban nhân dân tỉnh Hòa Lâm", None) in found.relations
    assert (award, "awardedBy", "Lò Thị Xoan", None) in found.relations
    assert ("Hội Nông dân xã Tân Khê", "receivedAward", award, None) in found.relations
    assert not found.has("Organization", "Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm")
    # any level, and the chair as the subject who gives: the committee as well
    found = read("Dịp này, Chủ tịch UBND huyện Đông Mai tặng Giấy khen cho Chi hội Phụ nữ thôn Nà Hin.")
    award = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Đông Mai"
    assert (award, "awardedBy", "Ủy ban nhân dân huyện Đông Mai", None) in found.relations
    assert not found.has("Organization", "Chủ tịch Ủy ban nhân dân huyện Đông Mai")


def test_a_person_given_an_award_at_the_occasion_attends_it() -> None:
    # events.md 1d: "Tại buổi lễ, … trao Bằng khen … cho đồng chí A" (lam-dong-ban-to-chuc-huan-chuong)
    found = read("Sáng 14/3, tại thành phố Hòa Lâm, Hội Nông dân tỉnh Hòa Lâm tổ chức Hội nghị tổng kết "
                 "phong trào nông dân thi đua sản xuất, kinh doanh giỏi. Dự hội nghị có đồng chí Lò Văn Khiêm, "
                 "Phó Chủ tịch UBND tỉnh. Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Bằng khen cho 6 tập thể "
                 "và 9 cá nhân, trong đó có ông Hà Văn Tuyến, Chi hội trưởng Chi hội Nông dân thôn Nà Hin.")
    events = {o for s, p, o, _ in found.relations if p == "attended" and s == "Lò Văn Khiêm"}
    assert len(events) == 1
    award = "Bằng khen của Ban Thường vụ Hội Nông dân tỉnh Hòa Lâm"
    assert ("Hà Văn Tuyến", "receivedAward", award, None) in found.relations
    assert ("Hà Văn Tuyến", "attended", next(iter(events)), None) in found.relations
    # an award the text reports from elsewhere, not given at the occasion: no attendance by it
    found = read("Sáng 14/3, tại thành phố Hòa Lâm, Hội Nông dân tỉnh Hòa Lâm tổ chức Hội nghị tổng kết "
                 "phong trào nông dân thi đua sản xuất, kinh doanh giỏi. Dự hội nghị có đồng chí Lò Văn Khiêm, "
                 "Phó Chủ tịch UBND tỉnh. Năm 2022, ông Hà Văn Tuyến được Trung ương Hội Nông dân Việt Nam "
                 "tặng Bằng khen.")
    assert not any(s == "Hà Văn Tuyến" and p == "attended" for s, p, _, _ in found.relations)


def test_the_place_a_headline_names_is_a_place() -> None:
    # events.md 3c: "Tháp Mười lan toả …" (dong-thap-thap-muoi-dan-van-kheo), "Hà Tĩnh cụ thể hoá …"
    # (ha-tinh-bao-ve-can-bo-dam-nghi-dam-lam): a Place though the body names it only in bodies' names
    body = "Sáng 12/5, Hội LHPN tỉnh Quảng Nam tổ chức ra mắt mô hình “Chi hội phụ nữ tự quản” tại xã Tam Lộc."
    found = read(body, title="Quảng Nam: Ra mắt mô hình “Chi hội phụ nữ tự quản”")
    assert found.has("Place", "tỉnh Quảng Nam")
    found = read(body, title="Quảng Nam ra mắt mô hình “Chi hội phụ nữ tự quản”")
    assert found.has("Place", "tỉnh Quảng Nam")
    # a headline that does not name it: the body's bodies' names make no Place
    found = read(body, title="Ra mắt mô hình “Chi hội phụ nữ tự quản”")
    assert not found.has("Place", "tỉnh Quảng Nam")


def test_bodies_asked_to_carry_out_a_document_implement_it() -> None:
    # doers.md 10: "đề nghị Ban Tổ chức Tỉnh ủy … thực hiện nghiêm Quy định số 205-QĐ/TW"
    # (lam-dong-ban-to-chuc-huan-chuong): the body asked implements it, and each body asked with it
    found = read("Phát biểu tại buổi lễ, đồng chí Lò Văn Tuấn, Bí thư Tỉnh ủy Hòa Lâm đề nghị Đảng ủy, Bộ "
                 "Chỉ huy Quân sự tỉnh Hòa Lâm tiếp tục thực hiện hiệu quả Nghị quyết số 15-NQ/TU ngày 10/3/2022 "
                 "của Ban Thường vụ Tỉnh ủy về công tác quốc phòng.")
    carried = {s for s, p, o, _ in found.relations if p == "implements" and o == "Nghị quyết 15-NQ/TU"}
    assert "Bộ Chỉ huy Quân sự tỉnh Hòa Lâm" in carried
    assert any(s.startswith("Đảng ủy") for s in carried), carried
    # the officer who asks: his body does not carry it out by asking
    assert "Tỉnh ủy Hòa Lâm" not in carried
