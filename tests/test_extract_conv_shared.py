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
