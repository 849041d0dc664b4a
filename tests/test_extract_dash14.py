"""Body names joined by an en dash, and bodies known by two full names (fourteenth round), each
with an invented sentence about invented people and places.

The genre joins a body's two fields with an en dash ("Phòng Văn hóa – Thông tin huyện X") as it
joins a person's posts ("ông A – Bí thư Huyện ủy – Chủ tịch HĐND huyện"): the name goes on past
the dash only to a field the gold's names join so (kg/data/joined_fields.txt, derived by
bench/derive_name_compounds.py). A body renamed by the 2025 reforms is one body under both its
names (kg/data/renamed_bodies.tsv).
"""

from __future__ import annotations

from test_extract import Found, read  # tests/ is on sys.path (rootdir import mode)

from kg.evaluate import article_annotations
from kg.extract import extract
from kg.ingest import parse_article
from kg.resolve import resolve

# --- an en dash inside a body's name ----------------------------------------------------------------


def test_an_en_dash_joins_a_department_s_second_field() -> None:
    found = read("Sáng 5/6, Phòng Văn hóa – Thông tin huyện Đông Mai tổ chức hội nghị tập huấn. Ông Nguyễn Văn "
                 "An, Trưởng phòng Văn hóa – Thông tin huyện Đông Mai, phát biểu khai mạc.")
    assert found.has("Organization", "Phòng Văn hóa – Thông tin huyện Đông Mai")
    assert not found.has("Organization", "Phòng Văn hóa")
    assert ("Nguyễn Văn An", "holdsPost", "Phòng Văn hóa – Thông tin huyện Đông Mai", "Trưởng phòng") \
        in found.relations


def test_a_centre_and_a_department_of_a_province_keep_both_fields() -> None:
    found = read("Sở Văn hóa – Thể thao tỉnh Hòa Lâm phối hợp với Trung tâm Văn hóa – Thể thao huyện Đông Mai "
                 "tổ chức giải bóng đá thiếu niên.")
    assert found.has("Organization", "Sở Văn hóa – Thể thao tỉnh Hòa Lâm")
    assert found.has("Organization", "Trung tâm Văn hóa – Thể thao huyện Đông Mai")


def test_an_en_dash_before_a_title_or_a_person_still_ends_the_name() -> None:
    found = read("Dự hội nghị có ông Lê Văn Tâm – Giám đốc Sở Nội vụ – Bí thư Đảng ủy Sở Nội vụ tỉnh Hòa "
                 "Lâm; Phòng Tư pháp – Trần Thị Mai trình bày báo cáo.")
    labels = found.entities.get("Organization", set())
    assert not any("Bí thư" in label or "Trần Thị Mai" in label for label in labels)
    assert found.has("Person", "Trần Thị Mai")


def test_a_hyphen_before_a_title_joins_two_posts_not_two_fields() -> None:
    found = read("Dự hội nghị có ông Lê Văn Tâm - Giám đốc Sở Nội vụ - Bí thư Đảng ủy Sở Nội vụ tỉnh Hòa Lâm.")
    assert ("Lê Văn Tâm", "holdsPost", "Sở Nội vụ tỉnh Hòa Lâm", "Giám đốc") in found.relations
    assert ("Lê Văn Tâm", "holdsPost", "Đảng ủy Sở Nội vụ tỉnh Hòa Lâm", "Bí thư") in found.relations
    assert not any("Bí thư" in label for label in found.entities["Organization"])


def test_a_party_cell_split_in_two_is_three_bodies() -> None:
    found = read("Đảng ủy Văn phòng Sở Tài chính tỉnh Hòa Lâm công bố quyết định tách Chi bộ Quản lý – Kế "
                 "toán thành hai: Chi bộ Quản lý và Chi bộ Kế toán. Đồng chí Hà Văn Sơn được chỉ định làm Bí "
                 "thư Chi bộ Quản lý.")
    for body in ("Chi bộ Quản lý – Kế toán", "Chi bộ Quản lý", "Chi bộ Kế toán"):
        assert found.has("Organization", body)
    assert ("Hà Văn Sơn", "holdsPost", "Chi bộ Quản lý", "Bí thư") in found.relations


def test_a_ministry_written_with_an_en_dash_and_abbreviated_is_one_body() -> None:
    found = read("Ông Phan Văn Lộc, Thứ trưởng Bộ Lao động – Thương binh và Xã hội, trao Bằng khen của Bộ "
                 "LĐTB&XH cho 12 tập thể.")
    assert found.has("Organization", "Bộ Lao động – Thương binh và Xã hội")
    assert len(found.entities["Organization"]) == 1
    assert ("Phan Văn Lộc", "holdsPost", "Bộ Lao động – Thương binh và Xã hội", "Thứ trưởng") in found.relations


def test_a_body_the_data_writes_with_a_hyphen_keeps_the_text_s_en_dash() -> None:
    found = read("Ông Đào Văn Khang – Phó Chủ tịch UBND huyện Đông Mai – Chủ tịch Hội đồng Thi đua – Khen "
                 "thưởng huyện trao giấy khen cho 8 tập thể.")
    council = "Hội đồng Thi đua – Khen thưởng huyện Đông Mai"
    assert found.has("Organization", council)
    assert found.named("Organization", "Hội đồng Thi đua - Khen thưởng huyện Đông Mai") == council
    assert ("Đào Văn Khang", "holdsPost", council, "Chủ tịch") in found.relations


def test_a_head_the_data_writes_with_a_hyphen_is_read_with_an_en_dash() -> None:
    found = read("Ông Phạm Văn Bảo, Chủ tịch Hội Văn học – Nghệ thuật tỉnh Hòa Lâm, Phó Trưởng ban Văn hóa – Xã "
                 "hội HĐND tỉnh Hòa Lâm dự.")
    assert found.named("Organization", "Hội Văn học – Nghệ thuật tỉnh Hòa Lâm") is not None
    assert ("Phạm Văn Bảo", "holdsPost", "Ban Văn hóa – Xã hội Hội đồng nhân dân tỉnh Hòa Lâm", "Phó Trưởng ban") \
        in found.relations


def test_the_second_fields_are_what_the_script_reads_off_the_gold() -> None:
    from importlib import resources

    from bench.derive_name_compounds import ROOT, WRITTEN_SETS, gold_files, joined_fields, organisation_names

    files = gold_files() + [p for s in WRITTEN_SETS for p in sorted((ROOT / "tests" / s).glob("*.gold.json"))]
    derived = joined_fields(organisation_names(files))
    committed = resources.files("kg.data").joinpath("joined_fields.txt").read_text(encoding="utf-8")
    rows = [r.split("\t") for r in committed.splitlines() if not r.startswith("#")]
    assert {tuple(words.split()): int(n) for words, n in rows} == dict(derived)


# --- a body known by two full names -----------------------------------------------------------------


def _read_dated(body: str, date: str) -> Found:
    text = f"Tin hoạt động\n\n{date} 09:30\n{body}\n\nMinh Anh"
    article = parse_article(text, "test.txt", "test.txt", is_html=False)
    annotation = article_annotations(resolve([extract(article)]))["test.txt"]
    entities: dict[str, set[str]] = {}
    aliases: dict[str, set[str]] = {}
    for e in annotation.entities:
        entities.setdefault(e.type, set()).add(e.label)
        aliases[e.label] = set(e.aliases)
    return Found(entities, aliases, {(r.subject, r.predicate, r.object, r.role) for r in annotation.relations})


NEW_NAME = "Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam"


def test_a_renamed_body_goes_by_the_name_the_article_writes_and_keeps_the_other() -> None:
    found = _read_dated(f"Ngày 8/1, {NEW_NAME} (Petrovietnam) tổ chức hội nghị tổng kết. Ông Đỗ Minh Quang, "
                        "Bí thư Đảng ủy Tập đoàn, phát biểu chỉ đạo.", "10/01/2026")
    assert found.has("Organization", NEW_NAME)
    assert found.named("Organization", "Tập đoàn Dầu khí Việt Nam") == NEW_NAME
    assert ("Đỗ Minh Quang", "holdsPost", f"Đảng ủy {NEW_NAME}", "Bí thư") in found.relations
    assert not found.has("Organization", "Tập đoàn Dầu khí Việt Nam")


def test_a_renamed_body_named_only_by_its_brand_takes_the_name_of_the_article_s_time() -> None:
    body = "Ông Đỗ Minh Quang, Chủ tịch Hội đồng thành viên Petrovietnam, trao Cờ thi đua cho 5 đơn vị."
    before, after = _read_dated(body, "10/01/2024"), _read_dated(body, "10/01/2026")
    assert before.has("Organization", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam")
    assert after.has("Organization", "Hội đồng thành viên Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam")
    assert after.named("Organization", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam") is not None
