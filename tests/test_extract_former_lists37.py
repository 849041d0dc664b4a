""" "Tổng Bí thư A, nguyên Tổng Bí thư: B, C; Chủ tịch nước D": a former title before a colon is
of the names listed after it, up to the semicolon; the name before it keeps its own title."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def test_a_former_title_before_a_colon_is_held_by_the_names_after_it() -> None:
    found = read("Dự phiên khai mạc có Chủ tịch Quốc hội Lò Văn Tâm, nguyên Chủ tịch Quốc hội: Quàng Văn Pảng, "
                 "Hà Thị Mây; Thủ tướng Chính phủ Đinh Văn Sáng.")
    assert ("Lò Văn Tâm", "holdsPost", "Quốc hội", "Chủ tịch") in found.relations
    assert ("Quàng Văn Pảng", "holdsPost", "Quốc hội", "nguyên Chủ tịch") in found.relations
    assert ("Hà Thị Mây", "holdsPost", "Quốc hội", "nguyên Chủ tịch") in found.relations
    assert ("Lò Văn Tâm", "holdsPost", "Quốc hội", "nguyên Chủ tịch") not in found.relations
    assert ("Đinh Văn Sáng", "holdsPost", "Quốc hội", "nguyên Chủ tịch") not in found.relations
    assert ("Đinh Văn Sáng", "holdsPost", "Chính phủ", "Thủ tướng") in found.relations


def test_a_title_before_a_colon_and_a_speech_stays_with_the_name_before() -> None:
    found = read("Ông Lò Văn Tâm, Phó Chủ tịch UBND tỉnh Điện Biên phát biểu: Tỉnh sẽ tiếp tục hỗ trợ.")
    assert ("Lò Văn Tâm", "holdsPost", "Ủy ban nhân dân tỉnh Điện Biên", "Phó Chủ tịch") in found.relations
