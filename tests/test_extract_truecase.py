"""Articles whose body lost its capitals (some outlets publish it in small letters): read
through a copy with the genre's capitals back (kg.extract.truecase)."""

from __future__ import annotations

from test_extract import read  # tests/ is on sys.path (rootdir import mode)

from kg.extract.truecase import lines_in_capitals_recased, lost_its_capitals, truecased

LOWERCASED = (
    "Trường Cao đẳng Nghề Yên Lạc đón nhận Huân chương Lao động hạng Nhì\n\n"
    "sáng ngày 12-10-2024 tại hà nội, trường cao đẳng nghề yên lạc tổ chức lễ kỷ niệm 40 năm "
    "ngày thành lập với sự có mặt của thứ trưởng bộ lao động - thương binh và xã hội trần văn "
    "bình và hàng trăm cựu học sinh. thứ trưởng trần văn bình trao huân chương lao động hạng nhì "
    "cho tập thể nhà trường; đồng chí lê thị hoa, bí thư đảng ủy, hiệu trưởng nhà trường phát "
    "biểu cảm ơn.\n"
)


def test_a_body_in_small_letters_is_told_from_one_with_capitals() -> None:
    assert lost_its_capitals(LOWERCASED)
    assert not lost_its_capitals(LOWERCASED[:70] + LOWERCASED[70:].title())


def test_the_capitals_come_back_where_the_genre_writes_them_and_nothing_moves() -> None:
    cased = truecased(LOWERCASED)
    assert len(cased) == len(LOWERCASED) and cased.casefold() == LOWERCASED.casefold()
    for written in ("Sáng ngày", "Hà Nội", "Thứ trưởng", "Trần Văn Bình", "Huân chương Lao động",
                    "Lê Thị Hoa", "Bí thư Đảng ủy"):
        assert written in cased


def test_the_people_and_posts_of_a_body_in_small_letters_are_read() -> None:
    found = read(LOWERCASED)
    assert found.has("Person", "Trần Văn Bình") and found.has("Person", "Lê Thị Hoa")
    assert ("Trần Văn Bình", "receivedAward", "Huân chương Lao động hạng Nhì", None) not in found.relations
    assert any(r[0] == "Lê Thị Hoa" and r[1] == "holdsPost" and r[3] == "Bí thư" for r in found.relations)


def test_quotes_stay_as_published() -> None:
    from kg.extract import extract
    from kg.ingest import parse_article

    article = parse_article(LOWERCASED, "x.txt", "x.txt", is_html=False)
    found = extract(article)
    person = next(m for m in found.mentions if m.label == "Lê Thị Hoa")
    assert person.text == "lê thị hoa"
    assert all(s.text == article.text[s.start:s.end] for s in found.sentences)


def test_the_table_is_what_its_script_counts() -> None:
    from importlib import resources

    from bench.derive_case_table import ROOT, SOURCES, table

    texts = [p.read_text(encoding="utf-8") for pattern in SOURCES for p in sorted(ROOT.glob(pattern))]
    committed = resources.files("kg.data").joinpath("case_table.tsv").read_text(encoding="utf-8")
    assert [r for r in committed.splitlines() if not r.startswith("#")] == table(texts)


def test_a_headline_in_capitals_is_read_as_the_body_writes_its_words() -> None:
    body = ("Sáng 12/3, Đảng ủy Quân sự thành phố Từ Sơn tổ chức hội nghị ra nghị quyết lãnh đạo nhiệm vụ "
            "năm 2024. Đồng chí Nguyễn Văn Khải, Bí thư Đảng ủy Quân sự thành phố Từ Sơn chủ trì.")
    headline = "ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ TỪ SƠN RA NGHỊ QUYẾT LÃNH ĐẠO NHIỆM VỤ NĂM 2024"
    found = read(body, title=headline)
    assert not any("NGHỊ QUYẾT" in org.upper() and "LÃNH" in org.upper()
                   for org in found.entities.get("Organization", set()))
    assert ("Nguyễn Văn Khải", "holdsPost", "Đảng ủy Quân sự thành phố Từ Sơn", "Bí thư") in found.relations


def test_lines_in_capitals_are_recased_with_the_same_offsets() -> None:
    text = "UBND TỈNH LAI CHÂU TỔ CHỨC HỘI NGHỊ TỔNG KẾT\nSáng 5/3, UBND tỉnh Lai Châu tổ chức hội nghị tổng kết."
    recased = lines_in_capitals_recased(text)
    assert recased is not None and len(recased) == len(text)
    assert recased.split("\n")[0] == "UBND tỉnh Lai Châu tổ chức hội nghị tổng kết"


def test_a_lead_in_capitals_is_read_as_the_body_writes_its_words() -> None:
    lead = ("SÁNG 12/3, ĐẢNG ỦY XÃ TÂN LẬP TỔ CHỨC HỘI NGHỊ SƠ KẾT 3 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI. "
            "ĐỒNG CHÍ NGUYỄN VĂN KHẢI, BÍ THƯ ĐẢNG ỦY XÃ TÂN LẬP CHỦ TRÌ HỘI NGHỊ.")
    body = ("Tại hội nghị, Đảng ủy xã Tân Lập đánh giá kết quả 3 năm thực hiện. Đồng chí Nguyễn Văn Khải "
            "đề nghị các chi bộ tiếp tục thực hiện tốt nhiệm vụ.")
    text = f"Đảng ủy xã Tân Lập sơ kết 3 năm thực hiện nghị quyết\n{lead}\n{body}"
    recased = lines_in_capitals_recased(text)
    assert recased is not None and len(recased) == len(text)
    assert recased.split("\n")[1].startswith("Sáng 12/3, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết")
    assert "Đồng chí Nguyễn Văn Khải, Bí thư Đảng ủy xã Tân Lập chủ trì" in recased
