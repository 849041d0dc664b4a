"""Events, attendance and places by example, third round: genre rules read from the blind
batches (tests/realistic-blind), each with an invented sentence or article.

The sentences are written for the tests, in the genre's manner, about places and
people that the bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- photo captions ----------------------------------------------------------------------


def test_a_photos_caption_repeating_a_line_with_its_number_names_the_same_event() -> None:
    line = "Phó Chủ tịch nước Lò Thị Hạnh dự Lễ kỷ niệm 60 năm Ngày truyền thống Công an tỉnh Hà Giang"
    found = read(f"{line}\nSáng 5/3, lễ kỷ niệm diễn ra trọng thể.\n{line} 1\nCác đại biểu chụp ảnh.\n{line} 2",
                 title=line)
    events = found.entities.get("Event", set())
    assert events == {"Lễ kỷ niệm 60 năm Ngày truyền thống Công an tỉnh Hà Giang"}
    assert ("Lò Thị Hạnh", "attended", "Lễ kỷ niệm 60 năm Ngày truyền thống Công an tỉnh Hà Giang", None) \
        in found.relations
