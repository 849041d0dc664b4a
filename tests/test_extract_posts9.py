"""Posts by example, ninth round: constructions by which the genre says who holds which post
in which body, each with an invented sentence about invented people and places.

The rules were written on the misses of the blind batch i (and a-h); the sentences here are
written for the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- a post taken up -----------------------------------------------------------------------------


def test_a_post_taken_up_as_a_position_is_held() -> None:
    found = read("Thủ tướng giao bà Lê Thị Thanh Xuân, Trưởng Ban Biên tập, đảm nhiệm cương vị Phó Tổng Giám đốc "
                 "Thông tấn xã Việt Nam.")
    assert ("Lê Thị Thanh Xuân", "holdsPost", "Thông tấn xã Việt Nam", "Phó Tổng Giám đốc") in found.relations


# --- the heads of the offices of the state set up in 2025 ---------------------------------------


def test_the_head_of_a_province_s_statistics_office_holds_it_as_its_head() -> None:
    found = read("Theo đó ông Lê Đăng Khoa, Trưởng Thống kê tỉnh Hòa Lạc (cũ), được điều động làm Trưởng Thống kê "
                 "tỉnh Mường Tè.")
    assert ("Lê Đăng Khoa", "holdsPost", "Thống kê tỉnh Mường Tè", "Trưởng Thống kê") in found.relations
    assert ("Lê Đăng Khoa", "holdsPost", "Thống kê tỉnh Hòa Lạc", "nguyên Trưởng Thống kê") in found.relations
