"""Patterns of the round-46 real articles (dantri 2020-2021, VLSP 2022 AbMuSu), written with invented people
and places: a school's council named with its school written small or said once, a national steering committee
named by its fields without "về"."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_school_s_council_with_the_school_written_small() -> None:
    found = read("Theo đó, Hội đồng trường trường ĐH Hòa Lâm có 19 thành viên.")
    assert "Hội đồng trường Trường Đại học Hòa Lâm" in found.entities["Organization"]
    assert ("Hội đồng trường Trường Đại học Hòa Lâm", "subOrganizationOf", "Trường Đại học Hòa Lâm", None) \
        in found.relations


def test_a_school_s_council_with_the_school_s_kind_said_once() -> None:
    found = read("Lễ ra mắt Hội đồng trường ĐH Hòa Lâm nhiệm kỳ 2020 - 2025 diễn ra sáng nay.")
    assert "Hội đồng trường Trường Đại học Hòa Lâm" in found.entities["Organization"]


def test_a_national_steering_committee_named_by_its_fields_without_about() -> None:
    found = read("Thực hiện chỉ đạo của Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19, UBND tỉnh Hòa Lâm ban "
                 "hành kế hoạch.")
    assert "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19" in found.entities["Organization"]


def test_a_law_s_name_ends_before_a_numbered_document_after_a_comma() -> None:
    found = read("Trường Đại học Hòa Lâm thực hiện Luật Giáo dục đại học, Nghị định 99/2019 của Chính phủ.")
    assert found.entities["Document"] == {"Luật Giáo dục đại học", "Nghị định 99/2019"}
    assert ("Nghị định 99/2019", "issuedBy", "Chính phủ", None) in found.relations
