"""Web pages laid out as the genre's sites lay them out, written for these tests.

Every person, place and body below is invented.  Each page wraps an article in what
real news pages put around it: a site menu, breadcrumbs, a date line, related-news
lists, a comment box, a footer; one is an AMP page, one an old CMS page whose body
sits in a <table>.  The article's first and last sentences must be read, photo
captions too (they are article text), and none of the page's furniture.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from kg_cli import run  # tests/ is on sys.path (rootdir import mode)

from kg.ingest import parse, parse_article, read

FIRST = ("Sáng 12/9, tại thị trấn Hòa Vang Thượng, Ban Thường vụ Huyện ủy Sông Lam Đông "
         "tổ chức Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 07-NQ/HU về phát triển "
         "kinh tế nông thôn.")
BODY = [
    "Dự hội nghị có đồng chí Trịnh Văn Hòe, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận "
    "Tỉnh ủy; đồng chí Lục Thị Mai Sương, Bí thư Huyện ủy, Chủ tịch HĐND huyện.",
    "Báo cáo tại hội nghị nêu rõ, sau 3 năm, toàn huyện đã xây dựng 42 mô hình sản xuất liên kết, "
    "thu nhập bình quân đầu người đạt 58 triệu đồng mỗi năm, tăng 12 triệu đồng so với năm 2021.",
    "Nhiều xã như Tân Khê Thượng, Bản Lũng Cao đã chủ động chuyển đổi cây trồng, đưa giống lúa "
    "chất lượng cao vào sản xuất, bình quân mỗi héc-ta đạt 110 triệu đồng.",
    "Phát biểu kết luận, đồng chí Lục Thị Mai Sương đề nghị các cấp ủy, chính quyền tiếp tục "
    "quán triệt sâu rộng Nghị quyết, gắn với phong trào thi đua yêu nước của huyện.",
]
LAST = ("Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 9 tập thể và 14 cá nhân có thành "
        "tích xuất sắc trong thực hiện Nghị quyết.")
CAPTION = ("Đồng chí Trịnh Văn Hòe, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo tại hội nghị.")
TITLE = "Sông Lam Đông sơ kết 3 năm thực hiện Nghị quyết về kinh tế nông thôn"

MENU = """<header class="site-header"><div class="logo"><a href="/">Báo Sông Lam Điện tử</a></div>
<nav class="main-menu"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/chinh-tri">Chính trị
</a></li><li><a href="/xay-dung-dang">Xây dựng Đảng</a></li><li><a href="/kinh-te">Kinh tế</a></li>
<li><a href="/van-hoa">Văn hóa - Xã hội</a></li><li><a href="/e-paper">Báo in</a></li></ul></nav>
<div class="today">Thứ Năm, 12/09/2024</div></header>"""
BREADCRUMBS = """<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/chinh-tri">Chính trị
</a> &raquo; <a href="/xay-dung-dang">Xây dựng Đảng</a></div>"""
RELATED = """<div class="related-news"><h3>Tin liên quan</h3><ul>
<li><a href="/a1.html">Huyện ủy Bản Lũng Cao triển khai nhiệm vụ quý IV</a></li>
<li><a href="/a2.html">Hội Nông dân tỉnh trao 200 suất quà cho hội viên khó khăn</a></li>
<li><a href="/a3.html">Khai mạc Hội chợ nông sản vùng cao năm 2024</a></li></ul></div>"""
MOST_READ = """<aside class="sidebar"><div class="box-most-read"><h3>Đọc nhiều nhất</h3><ol>
<li><a href="/b1.html">Giá phân bón tăng mạnh trước vụ đông</a></li>
<li><a href="/b2.html">Thời tiết tuần tới: mưa lớn ở vùng núi phía Bắc</a></li></ol></div></aside>"""
COMMENTS = """<div class="comment-box" id="comments"><h3>Ý kiến bạn đọc</h3>
<form action="/comment" method="post"><textarea name="c">Viết bình luận của bạn...</textarea>
<input name="name" placeholder="Họ tên"><button>Gửi bình luận</button></form>
<div class="comment-item"><b>Nguyễn Văn Độc Giả</b>: Bài viết rất hay, cảm ơn tòa soạn.</div></div>"""
FOOTER = """<footer class="site-footer"><p>Cơ quan chủ quản: Tỉnh ủy Sông Lam. Tổng Biên tập: Đàm Quang
Vững.</p><p>Giấy phép số 99/GP-BTTTT. Ghi rõ nguồn "Báo Sông Lam Điện tử" khi phát hành lại
thông tin từ website này.</p><p>Hướng dẫn thanh toán | Liên hệ quảng cáo | Đường dây nóng</p>
</footer>"""
OUTSIDE = ("Báo in", "Trang chủ", "Tin liên quan", "Huyện ủy Bản Lũng Cao triển khai",
           "Đọc nhiều nhất", "Giá phân bón", "Ý kiến bạn đọc", "Gửi bình luận", "Độc Giả",
           "Cơ quan chủ quản", "Ghi rõ nguồn", "Hướng dẫn thanh toán")


def paragraphs(tag: str = "p") -> str:
    return "".join(f"<{tag}>{text}</{tag}>" for text in BODY)


def figure() -> str:
    return ('<figure class="image"><img src="/img/hoi-nghi.jpg" alt="">'
            f"<figcaption>{CAPTION}</figcaption></figure>")


NEWS_PAGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{TITLE} - Báo Sông Lam Điện tử</title>
<meta property="og:site_name" content="Báo Sông Lam Điện tử">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2024-09-12T10:05:00+07:00">
<link rel="canonical" href="https://baosonglam.example.vn/song-lam-dong-so-ket-3-nam-123.html">
<script>window.ads = ["<p>Quảng cáo</p>"];</script></head><body>
{MENU}{BREADCRUMBS}
<main><article class="detail">
<h1 class="detail-title">{TITLE}</h1>
<div class="meta"><span class="date">Thứ Năm, 12/09/2024 10:05</span>
<span class="views">Lượt xem: 3.120</span></div>
<div class="detail-content"><p class="sapo"><strong>{FIRST}</strong></p>{figure()}
{paragraphs()}<p>{LAST}</p><p class="author">Hà Phương Thảo</p></div>
<div class="tags">Từ khóa: <a href="/tag/nghi-quyet">nghị quyết</a></div>
</article>{RELATED}{COMMENTS}</main>{MOST_READ}{FOOTER}</body></html>"""


def check_body(text: str) -> None:
    assert FIRST in text
    assert LAST in text
    for outside in OUTSIDE:
        assert outside not in text, outside


def test_news_page_menu_breadcrumbs_related_comments_footer() -> None:
    reading = parse(NEWS_PAGE, "a.html", "a.html", is_html=True)
    a = reading.article
    check_body(a.text)
    assert a.text.startswith(TITLE + "\n")
    assert CAPTION in a.text  # a photo caption is article text
    assert a.title == TITLE
    assert a.published == "2024-09-12T10:05:00+07:00"
    assert a.author == "Hà Phương Thảo" and a.text.endswith("Hà Phương Thảo")
    assert a.views == 3120
    assert "12/09/2024" not in a.text  # the date line is not article text
    assert reading.site == "Báo Sông Lam Điện tử"
    assert reading.url == "https://baosonglam.example.vn/song-lam-dong-so-ket-3-nam-123.html"
    assert reading.method == "trafilatura"


LEAD_PAGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{TITLE}</title>
<meta name="description" content="{FIRST[:120]}...">
<meta property="article:published_time" content="2024-09-12T10:05:00+07:00"></head><body>
{MENU}<main><div class="container"><h1 class="title-detail">{TITLE}</h1>
<span class="date">Thứ Năm, 12/9/2024, 10:05 (GMT+7)</span>
<h2 class="detail-sapo" data-role="sapo">(SLĐT) - {FIRST}</h2>
<article class="fck_detail">{paragraphs()}<p>{LAST}</p></article>
</div>{RELATED}</main>{FOOTER}</body></html>"""


def test_the_lead_set_apart_from_the_body_is_read_first() -> None:
    """The sapo sits outside the body on many sites (vnexpress, plo, nld, baochinhphu);
    the description meta tag, which repeats it, finds it whatever its class."""
    a = parse(LEAD_PAGE, "lead.html", "lead.html", is_html=True).article
    check_body(a.text)
    lines = a.text.split("\n")
    assert lines[:2] == [TITLE, f"(SLĐT) - {FIRST}"]
    assert a.text.count(FIRST) == 1


AMP_PAGE = f"""<!doctype html><html amp lang="vi"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{TITLE} | Sông Lam AMP</title>
<link rel="canonical" href="https://baosonglam.example.vn/song-lam-dong-so-ket-3-nam-123.html">
<meta name="viewport" content="width=device-width,minimum-scale=1">
<style amp-custom>body{{font-family:sans-serif}} .menu{{display:none}}</style>
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
 {{"@type": "WebPage", "name": "Sông Lam"}},
 {{"@type": "NewsArticle", "headline": "{TITLE}", "datePublished": "2024-09-12T09:40:00+07:00",
   "author": {{"@type": "Person", "name": "Hà Phương Thảo"}}}}]}}</script></head><body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul class="menu">
<li><a href="/thoi-su">Thời sự</a></li><li><a href="/e-paper">Báo in</a></li></ul></amp-sidebar>
<div class="amp-header"><button on="tap:menu.toggle">Menu</button>
<a href="/">Trang chủ</a></div>
<div class="amp-article"><h1>{TITLE}</h1>
<p class="amp-sapo">{FIRST}</p>
<amp-img src="/img/hoi-nghi.jpg" width="600" height="400" layout="responsive"></amp-img>
<p class="amp-caption">{CAPTION}</p>
{paragraphs()}<p>{LAST}</p></div>
<div class="amp-related"><h3>Tin liên quan</h3><ul>
<li><a href="/a1.html">Huyện ủy Bản Lũng Cao triển khai nhiệm vụ quý IV</a></li>
<li><a href="/a2.html">Hội Nông dân tỉnh trao 200 suất quà cho hội viên khó khăn</a></li></ul></div>
<amp-analytics type="gtag"><script type="application/json">{{"vars": {{}}}}</script></amp-analytics>
<footer><p>Ghi rõ nguồn "Báo Sông Lam Điện tử" khi phát hành lại thông tin từ website này.</p>
</footer></body></html>"""


def test_amp_page_with_json_ld_date() -> None:
    a = parse_article(AMP_PAGE, "amp.html", "amp.html", is_html=True)
    check_body(a.text)
    assert CAPTION in a.text  # "caption" in its class does not make it furniture
    assert a.title == TITLE
    assert a.published == "2024-09-12T09:40:00+07:00"


TABLE_PAGE = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tin tức - {TITLE}</title></head><body>
<table width="980" class="layout"><tr><td colspan="2" class="banner">
<a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> | <a href="/e-paper">Báo in</a>
| <a href="/lien-he">Liên hệ</a></td></tr>
<tr><td width="200" class="left-menu" valign="top"><b>Chuyên mục</b><br>
<a href="/chinh-tri">Chính trị</a><br><a href="/kinh-te">Kinh tế</a><br>
<b>Đọc nhiều nhất</b><br><a href="/b1.html">Giá phân bón tăng mạnh trước vụ đông</a></td>
<td width="780" valign="top" class="content">
<table class="news-detail" width="100%"><tr><td class="title"><h1>{TITLE}</h1></td></tr>
<tr><td class="date">Thứ Năm, 12/09/2024 - 08:15</td></tr>
<tr><td class="body"><p><b>{FIRST}</b></p>
<table class="image" align="center"><tr><td><img src="/img/hoi-nghi.jpg"></td></tr>
<tr><td class="Image">{CAPTION}</td></tr></table>
{paragraphs()}<p>{LAST}</p>
<p align="right"><b>Hà Phương Thảo</b></p></td></tr></table>
<table class="other-news"><tr><td><b>Tin liên quan</b></td></tr>
<tr><td><a href="/a1.html">Huyện ủy Bản Lũng Cao triển khai nhiệm vụ quý IV</a></td></tr>
<tr><td><a href="/a3.html">Khai mạc Hội chợ nông sản vùng cao năm 2024</a></td></tr></table>
</td></tr>
<tr><td colspan="2" class="footer">Cơ quan chủ quản: Tỉnh ủy Sông Lam. Ghi rõ nguồn khi phát hành lại
thông tin. Hướng dẫn thanh toán</td></tr></table></body></html>"""


def test_body_in_a_table_and_date_only_in_visible_text() -> None:
    a = parse_article(TABLE_PAGE, "t.html", "t.html", is_html=True)
    check_body(a.text)
    assert CAPTION in a.text
    assert a.title == TITLE
    # No meta tag, no <time>: the date line under the title, local time.
    assert a.published == "2024-09-12T08:15:00+07:00"
    assert a.author == "Hà Phương Thảo"


META_DATE_PAGE = f"""<html lang="vi"><head><title>{TITLE}</title>
<meta name="pubdate" content="2024-09-12T07:30:00">
<meta property="og:site_name" content="Cổng thông tin điện tử huyện Sông Lam Đông">
<meta name="author" content="Cổng thông tin điện tử huyện Sông Lam Đông"></head><body>
{MENU}{BREADCRUMBS}<div id="content"><div class="post"><h1>{TITLE}</h1>
<div class="post-body"><p>{FIRST}</p>{paragraphs()}<p>{LAST}</p></div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></div>
{RELATED}</div>{FOOTER}</body></html>"""


def test_date_only_in_a_meta_tag_is_local_time() -> None:
    a = parse_article(META_DATE_PAGE, "m.html", "m.html", is_html=True)
    check_body(a.text)
    assert a.published == "2024-09-12T07:30:00+07:00"
    assert a.author is None  # the portal's own name is not a byline


def test_date_only_in_the_address() -> None:
    page = META_DATE_PAGE.replace('<meta name="pubdate" content="2024-09-12T07:30:00">', "").replace(
        "<title>", '<link rel="canonical" href="https://songlam.example.vn/so-ket-20240912073015123.htm">'
        "<title>")
    assert parse_article(page, "u.html", "u.html", is_html=True).published == "2024-09-12T07:30:15+07:00"


def test_a_page_trafilatura_finds_nothing_in_falls_back() -> None:
    # Nested deeper than libxml2 parses (256): trafilatura gets no body.
    page = "<div>" * 1000 + "<p>Tỉnh ủy Hà Tĩnh họp.</p>" + "</div>" * 1000
    reading = parse(page, "x.html", "x.html", is_html=True)
    assert reading.article.text == "Tỉnh ủy Hà Tĩnh họp."
    assert reading.method.startswith("kg tokenizer")


def test_a_huge_page_is_read_in_linear_time() -> None:
    item = "<div class='n'><a href='/x.html'>Tin khác</a> <span>chữ</span></div>\n"
    page = ("<html><body>" + item * 60_000 + f"<article><h1>{TITLE}</h1><p>{FIRST}</p>"
            + paragraphs() + f"<p>{LAST}</p></article></body></html>")
    started = time.perf_counter()
    a = parse_article(page, "big.html", "big.html", is_html=True)
    assert time.perf_counter() - started < 10
    assert FIRST in a.text and LAST in a.text


# ---------------------------------------------------------------------------
# kg read
# ---------------------------------------------------------------------------


def test_kg_read_text_and_json(tmp_path: Path) -> None:
    page = tmp_path / "song-lam.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    code, output = run("read", str(page))
    assert code == 0, output
    assert f"title:      {TITLE}" in output
    assert "published:  2024-09-12T10:05:00+07:00" in output
    assert "site:       Báo Sông Lam Điện tử" in output
    assert FIRST in output and "Tin liên quan" not in output
    code, output = run("read", str(page), "--format", "json")
    data = json.loads(output)
    assert data["url"].endswith("-123.html") and data["author"] == "Hà Phương Thảo"
    assert data["text"] == read(page).article.text


@pytest.mark.parametrize(("content", "why"), [(b"", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00",
                                                                     "binary file")])
def test_kg_read_errors_are_one_line(tmp_path: Path, content: bytes, why: str) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(content)
    code, output = run("read", str(bad))
    assert code != 0
    assert why in output and len(output.strip().splitlines()) == 1
    code, output = run("read", str(tmp_path / "none.html"))
    assert code != 0 and "no such file" in output
