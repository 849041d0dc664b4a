"""Documents and awards, by example: who issued a document, who carries it out, who gave and
who received an award, as the genre says them; invented sentences about places and people
that the test batches do not contain.
"""

from __future__ import annotations

from tests.test_extract import read

# ------------------------------------------------------------------ the body named back


def test_the_head_alone_names_the_body_the_article_is_about() -> None:
    # two bodies with the head "Hội" are named; the one named most is the article's own
    found = read("Hội Nông dân huyện Đắk Mây tổ chức Đại hội đại biểu lần thứ VIII. Bà Lò Thị Hoa, "
                 "Chủ tịch Hội Nông dân tỉnh Kon Plông dự. Nhiệm kỳ qua, Hội Nông dân huyện Đắk Mây "
                 "vận động hội viên trồng 50 ha sâm. Phát biểu chỉ đạo, ông Y Blim đề nghị Hội tiếp tục "
                 "thực hiện Nghị quyết số 07-NQ/HU của Huyện ủy về phát triển dược liệu.",
                 title="Đại hội Hội Nông dân huyện Đắk Mây")
    assert ("Hội Nông dân huyện Đắk Mây", "implements", "Nghị quyết 07-NQ/HU", None) in found.relations
    # named back where no clause goes on after it ("công tác Hội."), it names no one of them
    found = read("Hội Nông dân huyện Đắk Mây tổ chức Đại hội. Bà Lò Thị Hoa, Chủ tịch Hội Nông dân tỉnh "
                 "Kon Plông dự. Hội Nông dân huyện Đắk Mây trao Giấy khen cho 12 hội viên gắn bó với "
                 "công tác Hội.")
    assert not [r for r in found.relations if r[1] == "receivedAward" and r[0].startswith("Hội Nông dân")]
