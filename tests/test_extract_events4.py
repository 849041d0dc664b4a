"""Events and who attended them, fourth round: mechanisms that hold across the genre, each
with an invented sentence or article (places and people the bundled corpus does not contain).
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

# --- how annotators write a meeting's name ---------------------------------------------------


def _names(found_aliases: dict[str, set[str]], label: str) -> set[str]:
    """An event's label and aliases, compared as the scorer does (case folded)."""
    return {name.casefold() for name in (label, *found_aliases.get(label, set()))}


def test_a_meeting_is_also_named_with_the_quotes_the_text_writes() -> None:
    found = read('Sáng 2/3, tại thị trấn Nà Lừa, Huyện Đoàn Mường Khoa tổ chức Lễ khởi động "Tháng hành '
                 'động vì môi trường" năm 2025.')
    (label,) = found.entities["Event"]
    assert 'Lễ khởi động "Tháng hành động vì môi trường" năm 2025 của Huyện Đoàn Mường Khoa ngày 2/3'.casefold() \
        in _names(found.aliases, label)


def test_a_meeting_is_also_named_without_a_second_act_joined_by_and() -> None:
    found = read("Chiều 6/3, Công đoàn Bệnh viện Đa khoa huyện Mường Khoa tổ chức gặp mặt kỷ niệm 115 năm "
                 "Ngày Quốc tế Phụ nữ và tôn vinh nữ viên chức tiêu biểu.")
    (label,) = found.entities["Event"]
    names = _names(found.aliases, label)
    assert "Gặp mặt kỷ niệm 115 năm Ngày Quốc tế Phụ nữ".casefold() in names
    assert ("Gặp mặt kỷ niệm 115 năm Ngày Quốc tế Phụ nữ của Công đoàn Bệnh viện Đa khoa huyện Mường Khoa "
            "ngày 6/3").casefold() in names
