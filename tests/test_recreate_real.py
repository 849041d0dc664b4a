"""bench.recreate_real: how a repository's file becomes the article a gold file annotates."""

from __future__ import annotations

import io
import json
import zipfile

from bench.recreate_real import detokenize, text_of


def test_a_word_segmented_text_is_re_spaced() -> None:
    segmented = 'Bí_thư Tỉnh_uỷ Tân_Phong ( Nam_Định ) , ông Trần_Văn_A , nói “ rõ_ràng ” và " kiên_quyết " : 10 % .'
    assert detokenize(segmented) == ('Bí thư Tỉnh uỷ Tân Phong (Nam Định), ông Trần Văn A, nói “rõ ràng” và '
                                     '"kiên quyết": 10%.')


def test_lines_stay_lines() -> None:
    assert detokenize("Tiêu_đề\n\nCâu một .\nCâu hai .") == "Tiêu đề\n\nCâu một.\nCâu hai."


def test_a_member_of_a_zip_is_the_text() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("clusters/c1/1.body.txt", "Bài viết.".encode())
    assert text_of(buffer.getvalue(), {"member": "clusters/c1/1.body.txt"}) == "Bài viết.".encode()


def test_a_plain_file_is_the_text_byte_for_byte() -> None:
    assert text_of("Bài_viết .".encode(), {}) == "Bài_viết .".encode()


def test_a_file_s_header_fields_are_left_out() -> None:
    stored = ("# doc_id = news_politics_001\n# url = https://dantri.com.vn/x.htm\n# date = 20210301\n"
              "Tiêu đề\nCâu một.\nCâu hai.")
    assert text_of(stored.encode(), {"transform": "without-header"}).decode() == "Tiêu đề\n\nCâu một.\nCâu hai."


def test_one_document_of_a_cluster_is_the_text() -> None:
    clusters = [{"single_documents": [{"title": "A", "anchor_text": "a", "raw_text": "b"}]},
                {"single_documents": [{"title": "B", "anchor_text": "Sa pô. ", "raw_text": "Câu.\nCâu hai.\n"},
                                      {"title": "C ", "anchor_text": "c", "raw_text": "d"}]}]
    stored = "\n".join(json.dumps(c, ensure_ascii=False) for c in clusters)
    source = {"transform": "jsonl-document", "line": 1, "document": 0}
    assert text_of(stored.encode(), source).decode() == "B\n\nSa pô.\n\nCâu.\nCâu hai."


def test_a_post_keeps_the_page_s_text_after_its_link_picture_and_snippet() -> None:
    post = ("---\nlayout: post\ntitle: \" [Tỉnh ủy X] Hội nghị\"\ncategories: entries VN\n---\n"
            "[Hội nghị Tỉnh ủy X ...](https://baox.vn/a.html)\n\n![Hội nghị](https://baox.vn/a.jpg)\n\n"
            "Sáng 2/1, Tỉnh ủy X tổ chức ...\n\nHội nghị Tỉnh ủy X\n\n02/01/2025 10:15\n\n"
            "Sáng 2/1, Tỉnh ủy X tổ chức hội nghị.\n")
    assert text_of(post.encode(), {"transform": "jekyll-post-body"}).decode() == (
        "Hội nghị Tỉnh ủy X\n\n02/01/2025 10:15\n\nSáng 2/1, Tỉnh ủy X tổ chức hội nghị.\n")
