"""Organisations by example, fifth round: national bodies, state corporations and their
units, councils and schools, each with an invented sentence about invented people and places.

The rules were written on the misses of the blind batch g (and a-f); the sentences here are
written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- where a name ends ----------------------------------------------------------------------


def test_a_corporation_named_after_a_province_keeps_its_name_as_written() -> None:
    found = read("Về phía Tổng công ty Lắp máy Hòa Bình có ông Lưu Văn Quý, Phó Tổng giám đốc Tổng công ty.")
    assert found.has("Organization", "Tổng công ty Lắp máy Hòa Bình")
    assert ("Lưu Văn Quý", "holdsPost", "Tổng công ty Lắp máy Hòa Bình", "Phó Tổng Giám đốc") in found.relations
