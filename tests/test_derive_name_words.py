"""bench/derive_name_words.py on a small crawl written here: which two-syllable words it reads as going on
inside a body's name."""

from __future__ import annotations

from pathlib import Path

from bench.derive_name_words import count, name_words


def _crawl(folder: Path) -> Path:
    filler = " ".join(f"chữ{n} lạ{n}" for n in range(200))  # other words, so that chance pairs stay rare
    lines = ["Ông A là Chủ tịch Hội Khảo cổ tỉnh.", "Bà B là Trưởng Phòng Khảo cổ của Viện.",
             "Ông C làm việc ở Hội Khảo cổ từ lâu.", "Ông D, Chủ tịch Hội Tỉnh ủy gì đó.",
             "Hội Tỉnh ủy, Hội Tỉnh ủy, Hội Tỉnh ủy.", "Ông E sang Tây Ban Nha và Bồ Đào Nha."]
    lines += ["việc khảo cổ được làm kỹ; các nhà khảo cổ đến.", "ban tỉnh ủy họp; tỉnh ủy chỉ đạo."] * 12
    lines += ["Ban Nha và Ban Nha và Ban Nha và.", filler]
    (folder / "1.txt").write_text("\n".join(lines), encoding="utf-8")
    return folder


def test_a_word_written_small_and_after_a_generic_head_goes_on_inside_a_name(tmp_path: Path) -> None:
    found = name_words(*count(_crawl(tmp_path)))
    assert ("khảo", "cổ") in found


def test_a_pair_never_written_small_is_no_word(tmp_path: Path) -> None:
    assert ("nha", "và") not in name_words(*count(_crawl(tmp_path)))


def test_a_pair_that_begins_another_body_is_left_out(tmp_path: Path) -> None:
    assert ("tỉnh", "ủy") not in name_words(*count(_crawl(tmp_path)))
