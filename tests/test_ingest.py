"""Reading articles: metadata from text and web pages, encodings, files that are not articles."""

from __future__ import annotations

import codecs
import os
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.errors import ArticleError
from kg.ingest import (
    MAX_ARTICLE_BYTES,
    blank_page_chrome,
    clean_text,
    decode,
    discover,
    parse_article,
    read_article,
    read_articles,
    read_bytes,
    unwrap_lines,
)
from kg.model import Article, Skipped

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed" / "bac-ninh-hoc-tap-lam-theo-bac.txt"
DEV = ROOT / "data" / "dev"
LAM_DONG = DEV / "lam-dong-ban-to-chuc-huan-chuong.html"
CAN_THO = DEV / "can-tho-ninh-kieu-nghi-quyet-21.html"
QUANG_NGAI = DEV / "quang-ngai-ubkt-ky-hop-19.txt"

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: â/ê/ô/ơ/ư/ă/đ precomposed, tone marks combining.

    Python's codec only encodes what the code page holds, so "ế" has to be split into
    "ê" and a combining acute by hand, as Vietnamese Windows software does.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        shape = "".join(c for c in parts if c not in _TONES)
        tones = "".join(c for c in parts if c in _TONES)
        out += unicodedata.normalize("NFC", shape).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def expected(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"), path.name, str(path),
                         is_html=path.suffix == ".html")


# ---------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------


def test_plain_text_metadata() -> None:
    a = read_article(SEED)
    assert a.id == SEED.name
    assert a.source == str(SEED)
    assert a.title == (
        "Đẩy mạnh học tập và làm theo Bác gắn với công tác xây dựng, chỉnh đốn Đảng"
    )
    assert a.published == "2022-08-07T21:04:00+07:00"
    assert a.views == 1950
    assert a.author == "Thảo Nguyên"
    assert "Nguyễn Đức Hiện" in a.text
    assert len(a.content_hash) == 64


def test_a_line_broken_inside_a_sentence_is_joined_where_the_next_starts_small() -> None:
    text = ("Tỉnh ủy Kon Tum tổ chức Lễ\ntrao Huy hiệu Đảng cho đồng chí Y Blông, Bí thư Chi bộ\n"
            "thôn Kon Gu.\nTham dự có đồng chí A Nhong,\nPhó Bí thư Tỉnh ủy.\n"
            "Hội nghị Ban Chấp\nHành Đảng bộ")
    a = parse_article(text, "wrapped.txt", "wrapped.txt", is_html=False)
    assert a.text == ("Tỉnh ủy Kon Tum tổ chức Lễ trao Huy hiệu Đảng cho đồng chí Y Blông, Bí thư Chi bộ "
                      "thôn Kon Gu.\nTham dự có đồng chí A Nhong,\nPhó Bí thư Tỉnh ủy.\n"
                      "Hội nghị Ban Chấp\nHành Đảng bộ")  # a capital may start a heading: kept
    assert len(a.text) == len(text)


def test_html_metadata_and_body_only() -> None:
    a = read_article(LAM_DONG)
    assert a.title == "Ban Tổ chức Tỉnh ủy Lâm Đồng đón nhận Huân chương Lao động hạng Nhì"
    assert a.published == "2020-10-13T17:42:00+07:00"
    assert a.views == 1736
    assert a.author == "Ngọc Diệp"
    assert "Đoàn Minh Thắng" in a.text
    assert a.text.startswith(a.title)
    # Site header, menu, related links and footer are not the article.
    for outside in ("Trang chủ", "Văn bản - Tư liệu", "Cổng thông tin điện tử", "Tin liên quan",
                    "Huyện ủy Lạc Dương sơ kết", "Đảng ủy Khối Doanh nghiệp"):
        assert outside not in a.text, outside


def test_html_second_layout() -> None:
    a = read_article(CAN_THO)
    assert a.title.startswith("Ninh Kiều nâng chất tổ chức cơ sở đảng")
    assert a.published == "2023-07-07T10:30:00+07:00"
    assert a.views == 2148
    assert a.author == "Bảo Ngọc"
    for outside in ("Chuyển đến nội dung", "English", "Mặt trận - Đoàn thể", "Tin mới",
                    "Quận ủy Cái Răng", "Ban Tuyên giáo Thành ủy Cần Thơ hướng dẫn"):
        assert outside not in a.text, outside
    assert "Huỳnh Thị Bảo Trân" in a.text  # a figure caption is part of the article


def test_html_scripts_styles_and_entities() -> None:
    page = (
        "<html><head><title>T</title><style>p { color: red }</style>"
        "<script>var s = '<p>Nguyễn Văn Script</p>'; if (a < b && c > d) {}</script></head>"
        "<body><article><h1>Tỉnh ủy &amp; HĐND</h1><p>Đồng chí Lê Văn A &lt;b&gt;</p>"
        "<noscript>bật JavaScript</noscript><svg/><p>Cuối bài</p></article></body></html>"
    )
    a = parse_article(page, "x.html", "x.html", is_html=True)
    assert a.title == "Tỉnh ủy & HĐND"
    assert a.text.split("\n") == ["Tỉnh ủy & HĐND", "Đồng chí Lê Văn A <b>", "Cuối bài"]


def test_invalid_dates_are_dropped_not_invented() -> None:
    a = parse_article("Tiêu đề\n31/02/2022 10:00\nNội dung bài.\nTác Giả", "x", "x",
                      is_html=False)
    assert a.published is None
    a = parse_article("Tiêu đề\n07/08/2022 25:70\nNội dung bài.", "x", "x", is_html=False)
    assert a.published == "2022-08-07T00:00:00+07:00"
    page = ('<meta property="article:published_time" content="2022-13-45T10:00:00Z">'
            "<article><p>Nội dung</p></article>")
    assert parse_article(page, "x", "x", is_html=True).published is None
    page = ('<meta property="article:published_time" content="2022-08-07T14:04:00Z">'
            "<article><p>Nội dung</p></article>")
    assert parse_article(page, "x", "x", is_html=True).published == "2022-08-07T14:04:00+00:00"


def test_absurd_view_count_is_ignored() -> None:
    a = parse_article("Tiêu đề\n07/08/2022 Lượt xem: " + "9" * 5000 + "\nNội dung.", "x", "x",
                      is_html=False)
    assert a.views is None


# ---------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(lambda t: t.encode("utf-32"), id="utf-32-bom"),
        pytest.param(cp1258, id="windows-1258"),
        pytest.param(lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), id="nfd"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    ],
)
@pytest.mark.parametrize("path", [SEED, QUANG_NGAI, LAM_DONG], ids=lambda p: p.stem[:12])
def test_encodings_read_the_same_article(
    tmp_path: Path, path: Path, encode: Callable[[str], bytes]
) -> None:
    target = tmp_path / path.name
    target.write_bytes(encode(path.read_text(encoding="utf-8")))
    a = read_article(target)
    want = expected(path)
    assert a.text == want.text
    assert unicodedata.is_normalized("NFC", a.text)
    assert (a.title, a.published, a.views, a.author) == (
        want.title, want.published, want.views, want.author
    )


def test_windows_1258_really_uses_combining_marks() -> None:
    raw = cp1258("Nguyễn Đức Hiện")
    assert b"\xec" in raw or b"\xf2" in raw  # combining acute / dot below
    text = decode(raw, "x")
    assert not unicodedata.is_normalized("NFC", text)
    assert clean_text(text) == "Nguyễn Đức Hiện"


def test_html_declared_charset_is_honoured() -> None:
    page = '<meta charset="windows-1258"><article><p>Tỉnh ủy Hà Tĩnh</p></article>'
    text = decode(cp1258(page), "x.html", is_html=True)
    assert parse_article(text, "x", "x", is_html=True).text == "Tỉnh ủy Hà Tĩnh"


def test_invisible_characters_are_removed() -> None:
    text = "Ti\ufeffêu đề\nNguy\u00adễn Văn A\x00 họp\u2028Dòng\x0cHai"
    a = parse_article(text, "x", "x", is_html=False)
    assert a.text == "Tiêu đề\nNguyễn Văn A họp\nDòng\nHai"


def test_zero_width_characters_are_removed() -> None:
    text = "Tiêu đề\nĐồng chí \u200bNguy\u200bễn Văn A\u2060, Bí thư Tỉnh ủy"
    a = parse_article(text, "x", "x", is_html=False)
    assert a.text == "Tiêu đề\nĐồng chí Nguyễn Văn A, Bí thư Tỉnh ủy"


def test_no_break_and_other_spaces_are_spaces() -> None:
    # web pages join words with "&nbsp;"; a title chain joined by one would be one word
    text = "Tiêu\u00a0đề\nĐồng\u00a0chí Nguyễn\u202fVăn\u2009A, Bí thư\u3000Tỉnh ủy"
    a = parse_article(text, "x", "x", is_html=False)
    assert a.text == "Tiêu đề\nĐồng chí Nguyễn Văn A, Bí thư Tỉnh ủy"


def test_no_break_spaces_of_a_web_page_are_spaces() -> None:
    page = (
        "<html><body><article><h1>Tiêu&nbsp;đề</h1>"
        "<p>Đồng&nbsp;chí Nguyễn&nbsp;Văn A họp.</p></article></body></html>"
    )
    a = parse_article(page, "x", "x.html", is_html=True)
    assert "\u00a0" not in a.text and "\u00a0" not in a.title
    assert "Đồng chí Nguyễn Văn A" in a.text


def test_eth_typed_for_d_with_stroke_is_read_as_it() -> None:
    text = "Ðại hội Ðảng bộ\nÐồng chí Nguyễn Văn A, Bí thư Ðảng ủy xã, phát biểu tại ðại hội."
    a = parse_article(text, "x", "x", is_html=False)
    assert a.text == "Đại hội Đảng bộ\nĐồng chí Nguyễn Văn A, Bí thư Đảng ủy xã, phát biểu tại đại hội."


WRAPPED = (
    "Tỉnh ủy Lai Châu họp Ban Chấp hành\n"
    "Ngày 17/4, Tỉnh ủy Lai Châu tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22, khóa\n"
    "XIV. Đồng chí Vừ A Sềnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh\n"
    "chủ trì hội nghị. Dự hội nghị có đồng chí Lò Văn Khánh, Phó Bí thư Thường trực Tỉnh ủy,\n"
    "đồng chí Tao Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối các cơ quan\n"
    "Đảng tỉnh. Hội nghị đã cho ý kiến vào dự thảo Nghị quyết về phát triển cây mắc ca đến năm\n"
    "2030.\n"
    "Phóng viên"
)


def test_a_text_wrapped_at_a_fixed_width_is_read_in_paragraphs() -> None:
    text = unwrap_lines(WRAPPED)
    assert len(text) == len(WRAPPED)  # no offset moves
    assert text.split("\n") == [
        "Tỉnh ủy Lai Châu họp Ban Chấp hành",
        WRAPPED.split("\n", 1)[1].rsplit("\n", 1)[0].replace("\n", " "),
        "Phóng viên",
    ]


def test_paragraphs_of_any_length_are_not_joined() -> None:
    text = "Tiêu đề\nMột đoạn văn ngắn\nĐồng chí Nguyễn Văn A phát biểu\nBà Lê Thị B dự\nẢnh: Minh họa\nPV"
    assert unwrap_lines(text) == text


@pytest.mark.parametrize(("lead", "read_as"), [
    ("(QNO) - Sáng 16/5, Tỉnh ủy họp.", "(QNO)\nSáng 16/5, Tỉnh ủy họp."),
    ("(PLO)- Chiều nay, Thành ủy họp.", "(PLO)\nChiều nay, Thành ủy họp."),
    ("(Chinhphu.vn) - Thủ tướng chủ trì.", "(Chinhphu.vn)\nThủ tướng chủ trì."),
    ("(TTXVN) Sáng nay, Quốc hội họp.", "(TTXVN)\nSáng nay, Quốc hội họp."),
    ("TTO - Ngày 5/6, Thành ủy họp.", "TTO\nNgày 5/6, Thành ủy họp."),
    ("(Báo Quảng Ngãi) - Sáng 16/5, Tỉnh ủy họp.", "Sáng 16/5, Tỉnh ủy họp."),  # names an outlet: gone
    ("UBND - HĐND xã Tân Lập họp.", "UBND - HĐND xã Tân Lập họp."),  # bodies, not a tag
])
def test_a_source_tag_opening_the_lead_stands_apart(lead: str, read_as: str) -> None:
    a = parse_article(f"Tiêu đề\n{lead}", "x", "x", is_html=False)
    assert a.text == f"Tiêu đề\n{read_as}"


@pytest.mark.parametrize(("typed", "read_as"), [
    ("Ông A, Bí thư Tỉnh ủy ,Chủ tịch HĐND tỉnh", "Ông A, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("Ông A,Bí thư Tỉnh ủy;Chủ tịch HĐND tỉnh", "Ông A, Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh"),
    ("Ảnh : Minh Hoa", "Ảnh: Minh Hoa"),
    ("Hỗ trợ 1,5 tỷ đồng tại TP.HCM", "Hỗ trợ 1,5 tỷ đồng tại TP.HCM"),  # numbers and abbreviations keep theirs
    ("Giám đốc Sở VH, TT&DL tỉnh", "Giám đốc Sở VH-TT&DL tỉnh"),  # abbreviated fields, as others dash them
    ("Giám đốc Sở LĐ,TB&XH tỉnh", "Giám đốc Sở LĐ-TB&XH tỉnh"),
])
def test_spaces_around_commas_as_printed(typed: str, read_as: str) -> None:
    assert parse_article(f"Tiêu đề\n{typed}", "x", "x", is_html=False).text == f"Tiêu đề\n{read_as}"


@pytest.mark.parametrize(("last", "author"), [
    ("Hội nghị đã hoàn thành chương trình đề ra. Bảo Trân", "Bảo Trân"),
    ("Buổi lễ kết thúc tốt đẹp./. Minh Hải - Thu Hà", "Minh Hải - Thu Hà"),
    ("Hội nghị đã hoàn thành chương trình. Ông Trần Văn Hùng", None),  # a sentence cut off
    ("Hội nghị đã hoàn thành chương trình đề ra.", None),
    ("Đoàn đã dâng hương tại Khu lưu niệm./. Văn Hiếu/VOV-Trung tâm Tin ", "Văn Hiếu"),  # the outlet after a slash
    ("Đoàn đã dâng hương tại Khu lưu niệm./. Phi Long/VOV.VN ", "Phi Long"),
    ("Đoàn đã dâng hương tại Khu lưu niệm./. TTXVN/Vietnam+", None),  # the outlet alone
    ("Đoàn đã dâng hương tại Khu lưu niệm./. CTV Bảo Minh/VOV", "Bảo Minh"),  # a collaborator
    ("Hội nghị đã hoàn thành chương trình. Theo Đặng Văn Dương (Dân Trí)", "Đặng Văn Dương"),  # the outlet's
    ("Hội nghị đã hoàn thành chương trình. Đức Dũng - Anh Tuấn (TTXVN)", "Đức Dũng - Anh Tuấn"),
    ("Hội nghị đã hoàn thành chương trình. Trung Hiếu - Đỗ Trường", "Trung Hiếu - Đỗ Trường"),  # no rank cut off
    ("Hội nghị đã hoàn thành chương trình. Trung Quốc", None),  # a sentence cut off
])
def test_a_byline_after_the_last_sentence_of_an_article_in_one_paragraph(last: str, author: str | None) -> None:
    text = f"Tiêu đề\nSáng 5/3, Huyện ủy Tân Lập tổ chức hội nghị sơ kết. {last}"
    assert parse_article(text, "x", "x", is_html=False).author == author


def test_lone_surrogates_do_not_crash() -> None:
    a = parse_article("Tiêu đề\nNội dung \ud800 tiếp", "x", "x", is_html=False)
    assert "\ufffd" in a.text
    a.text.encode("utf-8")


# ---------------------------------------------------------------------------
# Files that are not articles
# ---------------------------------------------------------------------------


def reason(path: Path) -> str:
    with pytest.raises(ArticleError) as info:
        read_article(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    return message.removeprefix(f"{path}: ")


def test_empty_and_white_space(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ws.txt").write_bytes(b"  \n\t\r\n   ")
    (tmp_path / "ws16.txt").write_bytes(" \n\u3000\n".encode("utf-16"))
    assert reason(tmp_path / "empty.txt") == "empty file"
    assert reason(tmp_path / "ws.txt") == "only white space"
    assert reason(tmp_path / "ws16.txt") == "only white space"


def test_html_without_text(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_text("<html><script>var a = 1;</script><nav>Menu</nav></html>")
    assert reason(tmp_path / "x.html") == "no article text found"


def test_binary_files(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    (tmp_path / "image.txt").write_bytes(png)
    assert reason(tmp_path / "image.txt") == "binary file, not an article"
    # No NUL byte, and every byte a Windows-1258 character: caught by its control characters.
    (tmp_path / "controls.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x1b]) * 300)
    assert reason(tmp_path / "controls.txt") == "binary file, not an article"
    # Bytes no supported encoding accepts.
    (tmp_path / "noise.txt").write_bytes(b"abc \x81\x8a\x8d\x8e\x8f\x90 " * 50)
    assert "unknown encoding" in reason(tmp_path / "noise.txt")
    (tmp_path / "odd.txt").write_bytes(codecs.BOM_UTF16_LE + "Tỉnh".encode("utf-16-le") + b"\x00")
    assert reason(tmp_path / "odd.txt").startswith("not valid UTF-16 text")


def test_too_large_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    message = reason(big)
    assert time.perf_counter() - started < 1
    assert message == (
        "50.0 MB is too large for one article (limit 20.0 MB); split it or leave it out"
    )
    assert MAX_ARTICLE_BYTES == 20 * 1024 * 1024


def test_read_bytes_never_reads_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert read_bytes(path, limit=100) == b"x" * 100
    with pytest.raises(ArticleError, match="too large"):
        read_bytes(path, limit=99)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.perf_counter()
    assert reason(fifo) == "not a regular file (a named pipe)"
    assert time.perf_counter() - started < 1


def test_links_broken_and_looping(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    assert reason(tmp_path / "dangling.txt") == (
        "broken symbolic link: its target nowhere.txt does not exist"
    )
    assert reason(tmp_path / "loop.txt") == "symbolic link loop"


def test_folder_named_like_an_article(tmp_path: Path) -> None:
    (tmp_path / "odd.txt").mkdir()
    assert reason(tmp_path / "odd.txt") in ("not a regular file (a folder)",
                                             "cannot read: Is a directory")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root reads files whatever their mode; the FIFO and link tests "
                           "cover unreadable files there")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Tiêu đề\nNội dung", encoding="utf-8")
    path.chmod(0)
    try:
        assert reason(path) == "cannot read: permission denied"
    finally:
        path.chmod(0o644)


# ---------------------------------------------------------------------------
# Discovery
# ---------------------------------------------------------------------------


def test_discover_walks_folders_and_breaks_loops(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.HTML").write_text("x", encoding="utf-8")
    (sub / "up").symlink_to("..")  # a folder loop: read each folder once
    (tmp_path / "ping").symlink_to("pong")  # a link loop with no article suffix
    (tmp_path / "pong").symlink_to("ping")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07")  # macOS shadow file: hidden
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    files, skipped = discover([tmp_path])
    assert files == [tmp_path / "a.txt", sub / "b.HTML"]
    assert skipped == [Skipped(str(tmp_path / "ping"), "symbolic link loop"),
                       Skipped(str(tmp_path / "pong"), "symbolic link loop")]


def test_discover_deep_tree_without_recursion(tmp_path: Path) -> None:
    folder = tmp_path
    for _ in range(60):  # the path-length limit comes long before the recursion limit would
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "deep.txt").write_text("x", encoding="utf-8")
    files, skipped = discover([tmp_path])
    assert files == [folder / "deep.txt"] and skipped == []


def test_discover_paths_given_by_name(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "loop").symlink_to("loop")
    files, skipped = discover([tmp_path / "missing.txt", tmp_path / "notes.md",
                               tmp_path / "loop", SEED])
    assert files == [SEED]
    assert [s.reason for s in skipped] == [
        "no such file or folder", "not an article: expected .txt or .html", "symbolic link loop",
    ]


def test_read_articles_reports_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    results = list(read_articles([tmp_path / "empty.txt", SEED]))
    assert results[0] == Skipped(str(tmp_path / "empty.txt"), "empty file")
    assert isinstance(results[1], Article)


# ---------------------------------------------------------------------------
# Hostile HTML: time linear in the page
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<div>" * 100_000 + "<p>Tỉnh ủy Hà Tĩnh</p>" + "</div>" * 100_000, id="deep"),
        pytest.param("<p>Tỉnh ủy</p>" + "<a" * 200_000, id="unclosed-tags"),
        pytest.param("<p>Tỉnh ủy</p>" + "</" * 200_000, id="bare-end-tags"),
        pytest.param("<p>Tỉnh ủy</p>" + "<b x='>'" * 100_000, id="quoted-gt"),
        pytest.param("<p>Tỉnh ủy</p>" + "<![CDATA[" * 100_000, id="cdata"),
        pytest.param("<p>Tỉnh ủy</p>" + "<?" * 200_000, id="processing"),
        pytest.param("<p>Tỉnh ủy</p><script>" + "</scrip" * 200_000, id="script"),
        pytest.param("<p>Tỉnh ủy</p><!--" + "-" * 1_000_000, id="comment"),
        pytest.param("<p>Tỉnh ủy</p>" + "&#" * 300_000, id="charrefs"),
    ],
)
def test_hostile_html_is_read_quickly(page: str) -> None:
    started = time.perf_counter()
    a = parse_article(page, "x.html", "x.html", is_html=True)
    assert time.perf_counter() - started < 5
    assert a.text.startswith("Tỉnh ủy")


def test_a_credit_cut_off_on_the_last_line_is_no_author() -> None:
    from kg.ingest import looks_like_name

    assert not looks_like_name("Theo") and not looks_like_name("Nguồn")
    assert looks_like_name("Thu Trang") and looks_like_name("Minh Anh")


def test_bylines_as_outlets_print_them() -> None:
    def author(last_lines: str) -> str | None:
        text = f"Hội nghị Ban Chấp hành Đảng bộ huyện\n\nNgày 3/1, Huyện ủy tổ chức hội nghị.\n{last_lines}"
        return parse_article(text, "x.txt", "x.txt", is_html=False).author

    assert author("Minh Hải – Thùy Linh\nBình luận") == "Minh Hải – Thùy Linh"  # two, then a comment box
    assert author("Ngọc Hân - Tỉnh đoàn Quảng Trị") == "Ngọc Hân"  # the name, not the unit
    assert author("Minh Kiên\n\nTrung tâm VHTT&TT Mường Tè") == "Minh Kiên"  # then the source's credit
    assert author("Bài, ảnh: Quang Hưng") == "Quang Hưng"
    assert author("Bài, ảnh:") is None and author("Tỉnh đoàn Quảng Trị") is None


def test_each_author_of_a_byline_is_a_person() -> None:
    from kg.extract import extract
    from kg.resolve import resolve

    text = "Hội nghị Ban Chấp hành Đảng bộ huyện\n\nNgày 3/1, Huyện ủy tổ chức hội nghị.\nMinh Hải – Thùy Linh"
    kb = resolve([extract(parse_article(text, "x.txt", "x.txt", is_html=False))])
    assert {e.label for e in kb.entities if e.type == "Person"} == {"Minh Hải", "Thùy Linh"}


def test_bylines_where_pages_put_them() -> None:
    def author(text: str) -> str | None:
        return parse_article(text, "x.txt", "x.txt", is_html=False).author

    body = "Hội nghị Hội Nông dân huyện\n\nNgày 3/1, Hội Nông dân huyện tổ chức hội nghị.\n"
    # the unit the author writes for, in brackets, whatever its name
    assert author(body + "Hồng Nhung (Hội LHPN huyện Hồng Dân)") == "Hồng Nhung"
    # the page's lines after the article: related topics and their tags, a subscription note
    assert author(body + "B.T\nChủ đề liên quan:\nhội nghị hội nông dân huyện") is None  # initials: no name
    assert author(body + "Minh Khuê\nChủ đề liên quan:\nhội nghị hội nông dân huyện") == "Minh Khuê"
    assert author(body + "Minh Khuê\nBạn đọc đặt báo dài hạn vui lòng để lại thông tin") == "Minh Khuê"
    # a bulleted date line and byline; two names joined by a dash with no spaces
    assert author(body + "• 16/10/2023 10:21\n• Thu Hà – Minh Đức") == "Thu Hà – Minh Đức"
    assert author(body + "Tác giả: Y Ngân-Đức Mạnh (Trung tâm VH-TT huyện)") == "Y Ngân-Đức Mạnh"
    # a line of names under the title
    assert author("Thứ trưởng làm việc với Tổng công ty\nThanh Xuân, Minh Trí\n"
                  "Ngày 3/1, Thứ trưởng làm việc với Tổng công ty.") == "Thanh Xuân, Minh Trí"
    assert author(body + "Minh Tú – Thanh Hà\nTBTC") == "Minh Tú – Thanh Hà"  # then the outlet's initials
    assert author(body + "Hồng Vân - VP HĐND-UBND xã") == "Hồng Vân"  # a dash inside an abbreviation
    # an article's last sentence stops the search: a name before it is no byline
    assert author(body + "Minh Khuê\nHội nghị kết thúc lúc 11 giờ cùng ngày.") is None


def test_bylines_as_local_sites_write_them() -> None:
    def author(text: str) -> str | None:
        return parse_article(text, "x.txt", "x.txt", is_html=False).author

    body = "Hội nghị Hội Nông dân huyện\n\nNgày 3/1, Hội Nông dân huyện tổ chức hội nghị.\n"
    assert author(body + "Thực hiện: PV Thu Hiếu.") == "Thu Hiếu"  # who made it, a reporter, a full stop
    assert author(body + "Bt: Như Ý") == "Như Ý"
    assert author(body + "Thu Thảo/THĐT") == "Thu Thảo"  # the outlet's initials after a slash
    assert author(body + "Theo Chí Kiên (Báo điện tử Chính phủ)\nTin mới hơn") == "Chí Kiên"
    assert author(body + "Duy Huệ – Xuân Quốc\nÝ kiến ()") == "Duy Huệ – Xuân Quốc"  # then an empty comment box
    assert author("Hội Nông dân huyện họp\n\n21/08/2019 17:09 Trúc Diệp\nNgày 3/1, hội nghị họp.") == "Trúc Diệp"
    assert author(body + "Theo TTXVN (Báo Nhân Dân)") is None  # an agency credited, no person
    assert author(body + "Bá Sơn\n.") == "Bá Sơn"  # a stray full stop after it
    assert author(body + "Hương Sen |") == "Hương Sen"
    # an excerpt of one paragraph and its byline, in capitals; not the page's words in capitals
    assert author("Ngày 3/1, Huyện ủy tổ chức hội nghị.\nLÊ DOÃN CHIÊU") == "LÊ DOÃN CHIÊU"
    assert author("Ngày 3/1, Huyện ủy tổ chức hội nghị.\nTRỌN BỘ") is None
    assert author(body + "Vậy, UBND huyện thông báo để các cơ quan, đơn vị và nhân dân được biết./") is None


def test_a_date_the_first_paragraph_names_further_on_is_no_publication_date() -> None:
    def published(text: str) -> str | None:
        return parse_article(text, "x.txt", "x.txt", is_html=False).published

    title = "Tết trồng cây ở Hòa Lâm\n"
    # a date line, a lead opened by its date: the day of the news
    assert published(title + "Thứ Sáu, 06/03/2026 18:40\nNgày 3/1, Hội Nông dân họp.") == "2026-03-06T18:40:00+07:00"
    assert published(title + "Sáng 26/12/2018, Lễ kỷ niệm 70 năm thành lập huyện đã diễn ra sôi nổi và ý nghĩa, "
                     "với sự tham dự của đông đảo cán bộ và nhân dân trong huyện.") == "2018-12-26T00:00:00+07:00"
    # a paragraph that names a date further on: a document's, a history's
    assert published(title + "Ngày 6/2, tỉnh tổ chức Lễ hưởng ứng Tết trồng cây do Bác Hồ phát động ngày "
                     "28/11/1959, với sự tham dự của đông đảo cán bộ, đoàn viên và nhân dân.") is None


def test_a_date_line_opened_by_its_author_s_name() -> None:
    def read(text: str) -> tuple[str | None, str | None]:
        article = parse_article(text, "x.txt", "x.txt", is_html=False)
        return article.author, article.published

    body = "Ngày 3/1, Hội Nông dân huyện tổ chức hội nghị.\n"
    # the text opens with it (no title), or it stands under the title
    assert read("PHẠM ĐÔNG - Thứ năm, 20/06/2024 18:35 (GMT+7)\n\n" + body) \
        == ("PHẠM ĐÔNG", "2024-06-20T18:35:00+07:00")
    assert read("Hội nghị Hội Nông dân huyện\n\nBảo Nguyên - Thứ bảy, 10/08/2024 17:47 (GMT+7)\n\n" + body)[0] \
        == "Bảo Nguyên"
    assert read("Hội nghị Hội Nông dân huyện\nQuang Hiệu, Việt Anh-Thứ hai, ngày 10/06/2024 19:27\n" + body)[0] \
        == "Quang Hiệu, Việt Anh"
    assert read("Hội nghị - Thứ năm, 20/06/2024 18:35\n" + body)[0] is None  # no name before the dash


def test_a_text_wrapped_under_a_longer_headline_is_unwrapped() -> None:
    from kg.ingest import unwrap_lines

    body = ("Sau khi xem xét, đánh giá những thành tích nổi bật của Tòa án nhân dân huyện\n"
            "Hòa Lâm so với thành tích của các cơ quan khác trong khối nội chính gồm: Ban\n"
            "chỉ huy quân sự, Công an, Chi cục thi hành án dân sự, Viện kiểm sát nhân dân và\n"
            "Tòa án nhân dân huyện, Ủy ban nhân dân huyện Hòa Lâm đã quyết định trao giải\n"
            "nhất cho tập thể Tòa án thuộc khối nội chính của huyện trong năm vừa qua nhé.\n")
    title = "Tòa án nhân dân huyện Hòa Lâm nhận giải nhất thi đua khối nội chính năm 2019 của Ủy ban nhân dân huyện\n"
    assert "huyện Hòa Lâm so với" in unwrap_lines(title + body)


def test_a_name_in_quotes_closed_by_the_opening_mark() -> None:
    from kg.ingest import spaced_as_printed

    assert spaced_as_printed("gương điển hình “Dân vận khéo “ năm 2023") == "gương điển hình “Dân vận khéo” năm 2023"
    assert spaced_as_printed("hai phong trào “A” và “B” được phát động") == "hai phong trào “A” và “B” được phát động"


def test_a_person_the_article_writes_of_is_no_author() -> None:
    def author(text: str) -> str | None:
        return parse_article(text, "x.txt", "x.txt", is_html=False).author

    body = "Hội nghị Hội Nông dân huyện\n\nNgày 3/1, Hội Nông dân huyện tổ chức hội nghị.\n"
    # an excerpt cut off in a paragraph that opens with a name, and a caption's line under the title
    assert author(body + "Ông Lê Đức Hòa - Phó Chánh Văn phòng Huyện ủy cho biết, hội nghị sẽ diễn ra") is None
    assert author("Ủy ban Kiểm tra họp kỳ 50\nÔng Nguyễn Đức Hạnh\nCăn cứ quy định của Đảng, Ủy ban đề nghị.") is None
    assert author(body + "Lê Đức Hòa - Văn phòng Huyện ủy") == "Lê Đức Hòa"


def test_each_author_of_a_dashed_byline_is_a_person() -> None:
    from kg.extract import extract
    from kg.resolve import resolve

    text = "Hội nghị Ban Chấp hành Đảng bộ huyện\n\nNgày 3/1, Huyện ủy tổ chức hội nghị.\nY Ngân-Đức Mạnh"
    kb = resolve([extract(parse_article(text, "x.txt", "x.txt", is_html=False))])
    assert {e.label for e in kb.entities if e.type == "Person"} == {"Y Ngân", "Đức Mạnh"}


def test_a_portals_greeting_tags_and_address_are_not_article_text() -> None:
    text = ("Hội nghị tổng kết\nChào mừng đến Cổng Thông tin điện tử huyện Châu Thành!!\n"
            "Tag: huyện ủy Châu Thành\nĐịa chỉ: Tổ 8, thị trấn Đông Hưng, tỉnh Thái Bình\n"
            "Ngày 3/1, Huyện ủy tổ chức hội nghị.\n")
    a = parse_article(text, "x.txt", "x.txt", is_html=False)
    assert "Chào mừng" not in a.text and "Tag:" not in a.text and "Tổ 8" not in a.text
    assert "Huyện ủy tổ chức hội nghị" in a.text


def test_an_archive_pages_teaser_links_are_not_article_text() -> None:
    text = ("Lưu trữ ngày: 12/04/2026\n\nTiếp nhận Cờ thi đua của Bộ Công Thương\n\n"
            "Sáng 10/4, Công ty Điện lực Hòa Minh đón nhận Cờ thi đua của Bộ Công Thương.\n\n"
            "Tiếp nhận Cờ thi đua của Bộ Công Thương Read More »\n")
    a = parse_article(text, "x.txt", "x.txt", is_html=False)
    assert "Read More" not in a.text and a.text.count("Tiếp nhận Cờ thi đua") == 1
    assert "Công ty Điện lực Hòa Minh đón nhận" in a.text


def test_a_web_address_glued_to_a_word_is_blanked_and_the_offsets_stay() -> None:
    text = ("Tỉnh Đoàn Lạc Sơnhttps://www.example.vn/uploads/logo.png\nThứ hai - 20/03/2023 08:15\n"
            "Sáng 19/3, Tỉnh đoàn Lạc Sơn tổ chức lễ.\n")
    a = parse_article(text, "x.txt", "x.txt", is_html=False)
    assert "https" not in a.text and len(a.text.split("\n")[0]) == len(text.split("\n")[0])
    assert a.text.split("\n")[0].strip() == "Tỉnh Đoàn Lạc Sơn"


def test_a_photos_link_and_a_credit_glued_by_an_underscore_are_no_article_text() -> None:
    text = ("Hội nghị sơ kết\n\nẢnh tại hội nghị (bấm để xem cỡ lớn)\n\n"
            "Đồng bào tham gia bỏ phiếu tại xã Tân Mỹ_Ảnh: TTXVN\n\nSáng 3/4, xã Tân Mỹ tổ chức hội nghị.\n")
    a = parse_article(text, "x.txt", "x.txt", is_html=False)
    assert "bấm để xem" not in a.text and "Tân Mỹ Ảnh: TTXVN" in a.text


def test_the_portal_s_name_under_its_banner_is_no_article_text() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ\n\nHội đồng nhân dân tỉnh Hòa Lâm\n\nHỘI NGHỊ TIẾP XÚC CỬ TRI\n\n"
            "Ngày 7/1, Hội đồng nhân dân xã Đông Mai tổ chức tiếp xúc cử tri.")
    blanked = blank_page_chrome(text)
    assert "Hội đồng nhân dân tỉnh Hòa Lâm" not in blanked
    assert "HỘI NGHỊ TIẾP XÚC CỬ TRI" in blanked and "Hội đồng nhân dân xã Đông Mai" in blanked


def test_a_page_s_skip_link_is_no_article_text() -> None:
    blanked = blank_page_chrome("Skip to main content\n\nTòa án nhân dân tỉnh Hòa Lâm tổ chức lễ chào cờ.")
    assert "Skip" not in blanked and "Tòa án nhân dân tỉnh Hòa Lâm" in blanked


def test_a_byline_before_a_blank_gap_and_the_photos_captions() -> None:
    text = ("Tân Bí thư Tỉnh ủy\n\nÔng Trần Văn Tâm nhận quyết định của Bộ Chính trị.\nÔng hứa sẽ cùng Đảng bộ "
            "xây dựng tỉnh Hòa Lâm phát triển.\nPhúc Hưng\n\n\nÔng Trần Văn Tâm (trái) nhận quyết định.\n"
            "Trụ sở Tỉnh ủy Hòa Lâm.\n")
    assert parse_article(text, "x", "x", is_html=False).author == "Phúc Hưng"


def test_a_heading_alone_before_a_blank_gap_is_no_byline() -> None:
    text = "Tiêu đề\n\nÔng Trần Văn Tâm nhận quyết định.\nQuá trình công tác\n\n\nÔng Tâm sinh năm 1970.\n"
    assert parse_article(text, "x", "x", is_html=False).author is None


def test_dashed_names_noted_as_compiled_before_the_gap_are_the_byline() -> None:
    text = ("Tiêu đề\n\nÔng Trần Văn Tâm nhận quyết định của Bộ Chính trị.\n> > Xem thêm: Bộ máy nhân sự tỉnh Hòa Lâm\n"
            "Hoàng Thùy - Đắc Thành (Tổng hợp)\n\n\nÔng Trần Văn Tâm (trái) nhận quyết định.\n")
    assert parse_article(text, "x", "x", is_html=False).author == "Hoàng Thùy - Đắc Thành"
