"""Bodies by example (thirteenth round): bodies the genre names in ways kg did not build, each
with an invented sentence about invented people and places.

The rules were written on the misses of blind batches a-k; the sentences here are written for
the tests.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- small words inside a body's name, read off the gold of the batches read (a-k) ---------------------


def test_a_department_s_name_goes_on_through_its_small_words() -> None:
    found = read("Ông Lò Văn Thành, Phó Cục trưởng Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên, cho biết cả "
                 "nước có 1.200 cơ sở.")
    assert found.has("Organization", "Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên")
