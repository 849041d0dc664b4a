"""Events kg did not build, and who attended them, by example (rules13-events): mechanisms of
the genre's pages read from the blind batches a-k, each with an invented article.

The sentences are written for the tests, in the genre's manner, about places and people
that the bundled corpus does not contain.
"""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)


def _attended_by(found: object, person: str) -> set[str]:
    return {o for s, p, o, _ in found.relations if s == person and p == "attended"}  # type: ignore[attr-defined]


# --- a meeting named first by its head, after a meeting only cited -------------------------


def test_a_caption_ending_on_a_head_names_the_meeting_the_article_is_at() -> None:
    # the caption's line ends on "Hội nghị": the next line is another sentence, not the rest of a name
    found = read("Các đại biểu về dự Hội nghị\nChiều 14/5, Ban Chấp hành Công đoàn Công ty Thủy sản Hòa Mỹ họp "
                 "để chuẩn bị cho Đại hội XII Công đoàn Công ty.\n"
                 "Ông Đặng Văn Thuyết, Chủ tịch Công đoàn Công ty phát biểu tại Hội nghị.")
    meetings = _attended_by(found, "Đặng Văn Thuyết")
    assert meetings and not any("Đại hội" in m for m in meetings)


def test_a_congress_only_prepared_for_does_not_take_the_meeting_named_back() -> None:
    found = read("Sáng 3/9, Ban Thường vụ Hội Nông dân huyện Sơn Khê họp để chuẩn bị cho Đại hội IX Hội Nông dân "
                 "huyện. Bà Trịnh Thu Hà, Chủ tịch Hội Nông dân huyện phát biểu tại Hội nghị.")
    meetings = _attended_by(found, "Trịnh Thu Hà")
    assert meetings and not any("Đại hội" in m for m in meetings)
