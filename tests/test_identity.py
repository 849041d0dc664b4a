"""People and events across articles: one name, one or several, told apart by context;
posts dated; `kg explain` and `kg timeline` over the built graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kg_cli import run  # tests/ is on sys.path (rootdir import mode)

from bench.generate import IDENTITY_FILE, generate_identities
from bench.identity import score_identities
from kg.identity import Sighting, body_anchor, identify_people, ministry_of, province_of
from kg.model import KnowledgeBase
from kg.pipeline import build

HOMONYM = "Nguyễn Văn Hùng"

# Hand-written in the published manner: dateline, lead, posts after the name.
ARTICLES = {
    "ha-tinh-dan-van.txt": (
        "Hà Tĩnh: Sơ kết công tác dân vận\n\n12/03/2022 08:00 Số lượt xem: 320\n"
        "Sáng 12/3, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị sơ kết công tác dân vận năm 2022. "
        "Đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy "
        "Hà Tĩnh chủ trì hội nghị.\n"
    ),
    "can-tho-cong-an.txt": (
        "Cần Thơ: Công an thành phố sơ kết\n\n20/05/2022 09:00 Số lượt xem: 410\n"
        "Chiều 20/5, Công an thành phố Cần Thơ tổ chức Hội nghị sơ kết công tác dân vận năm 2022. "
        "Đồng chí Nguyễn Văn Hùng, Giám đốc Công an thành phố Cần Thơ phát biểu chỉ đạo.\n"
    ),
    "ha-tinh-bau-cu.txt": (
        "Hà Tĩnh: Kiện toàn nhân sự\n\n02/10/2024 10:00 Số lượt xem: 500\n"
        "Ngày 2/10, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức hội nghị. Đồng chí Nguyễn Văn Hùng, "
        "Trưởng Ban Dân vận Tỉnh ủy Hà Tĩnh được bầu giữ chức Phó Bí thư Tỉnh ủy Hà Tĩnh.\n"
    ),
    "bo-noi-vu.txt": (
        "Bộ Nội vụ: Hội nghị cán bộ\n\n15/06/2025 08:00 Số lượt xem: 900\n"
        "Sáng 15/6, Bộ Nội vụ tổ chức hội nghị cán bộ. Đồng chí Trần Thị Mai, Thứ trưởng "
        "Bộ Nội vụ phát biểu.\n"
    ),
    "bo-noi-vu-nguyen.txt": (
        "Bộ Nội vụ: Làm việc với tỉnh\n\n20/08/2025 08:00 Số lượt xem: 700\n"
        "Chiều 20/8, đoàn công tác do đồng chí Trần Thị Mai, Thứ trưởng Bộ Nội vụ, nguyên "
        "Giám đốc Sở Nội vụ tỉnh Nghệ An làm trưởng đoàn đã làm việc tại tỉnh.\n"
    ),
    "nghe-an-so-noi-vu.txt": (
        "Nghệ An: Sở Nội vụ triển khai nhiệm vụ\n\n10/01/2019 08:00 Số lượt xem: 200\n"
        "Sáng 10/1, Sở Nội vụ tỉnh Nghệ An triển khai nhiệm vụ năm 2019. Đồng chí Trần Thị Mai, "
        "Giám đốc Sở Nội vụ tỉnh Nghệ An chủ trì hội nghị.\n"
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("identity")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def kb(corpus: Path) -> KnowledgeBase:
    return build([corpus]).kb


def _people(kb: KnowledgeBase, name: str) -> dict[str, set[str]]:
    """Each person of that name -> the articles that name them."""
    found = {e.iri: set() for e in kb.entities if e.type == "Person" and e.label == name}
    for article, iris in kb.article_entities.items():
        for iri in set(iris) & set(found):
            found[iri].add(article)
    return {iri: articles for iri, articles in found.items()}


def test_homonyms_in_two_provinces_are_two_people(kb: KnowledgeBase) -> None:
    people = _people(kb, HOMONYM)
    assert sorted(map(sorted, people.values())) == [
        ["can-tho-cong-an.txt"], ["ha-tinh-bau-cu.txt", "ha-tinh-dan-van.txt"]]
    assert {iri.rsplit("/", 1)[0] for iri in people} == {next(iter(people)).rsplit("/", 1)[0]}


def test_promoted_within_the_same_committee_is_one_person(kb: KnowledgeBase) -> None:
    (ha_tinh,) = [iri for iri, articles in _people(kb, HOMONYM).items() if "ha-tinh-dan-van.txt" in articles]
    roles = {r.role for r in kb.relations if r.subject == ha_tinh and r.predicate == "holdsPost"}
    assert {"Trưởng ban", "Phó Bí thư"} <= roles


def test_moved_and_tied_by_nguyen_is_one_person(kb: KnowledgeBase) -> None:
    (person,) = _people(kb, "Trần Thị Mai").values()
    assert person == {"bo-noi-vu.txt", "bo-noi-vu-nguyen.txt", "nghe-an-so-noi-vu.txt"}


def test_without_the_tie_the_moved_person_stays_apart(corpus: Path, tmp_path: Path) -> None:
    for name in ("bo-noi-vu.txt", "nghe-an-so-noi-vu.txt"):
        (tmp_path / name).write_text(ARTICLES[name], encoding="utf-8")
    assert len(_people(build([tmp_path]).kb, "Trần Thị Mai")) == 2


def test_posts_carry_the_days_reported_and_taken_up(kb: KnowledgeBase) -> None:
    deputy = next(r for r in kb.relations if r.predicate == "holdsPost" and r.role == "Phó Bí thư")
    assert deputy.reported == ("2024-10-02",) and deputy.began == ("2024-10-02",)
    former = next(r for r in kb.relations if r.predicate == "holdsPost" and r.role == "nguyên Giám đốc")
    assert former.ended_by == ("2025-08-20",)
    director = next(r for r in kb.relations if r.predicate == "holdsPost" and r.role == "Giám đốc"
                    and "so-noi-vu" in r.object)
    assert director.reported == ("2019-01-10",) and director.ended_by == ("2025-08-20",)


def test_same_people_whatever_the_order(corpus: Path, tmp_path: Path) -> None:
    from kg.pipeline import resolve_file
    from kg.resolve import Resolver

    files = sorted(corpus.glob("*.txt"))
    results = []
    for order in (files, files[::-1]):
        resolver = Resolver()
        for resolved in sorted((resolve_file(f) for f in order), key=lambda r: r.article.id):  # type: ignore[union-attr]
            resolver.add_resolved(resolved)  # type: ignore[arg-type]
        results.append(resolver.result())
    assert results[0] == results[1]


def test_an_iri_does_not_change_when_unrelated_articles_come(corpus: Path, kb: KnowledgeBase,
                                                             tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    generate_identities(6, 0, tmp_path)
    bigger = build([tmp_path]).kb
    assert set(_people(kb, HOMONYM)) <= set(_people(bigger, HOMONYM))


def test_a_mention_without_a_post_joins_the_one_person_of_its_province() -> None:
    placed = Sighting("a", "2022-01-01", frozenset({"Hà Tĩnh"}), "Hà Tĩnh")
    other = Sighting("b", "2022-01-01", frozenset({"Cần Thơ"}), "Cần Thơ")
    bare = Sighting("c", "2022-02-01", frozenset(), "Hà Tĩnh")
    elsewhere = Sighting("d", "2022-02-01", frozenset(), "Nghệ An")
    found = identify_people([placed, other, bare, elsewhere])
    assert [(i.context, i.articles) for i, _ in found] == [
        ("", ("d",)), ("Cần Thơ", ("b",)), ("Hà Tĩnh", ("a", "c"))]
    assert identify_people([elsewhere, bare, other, placed])[0][0] == found[0][0]


def test_anchors_of_bodies() -> None:
    assert province_of("Công an thành phố Cần Thơ") == "Cần Thơ"
    assert province_of("Ủy ban nhân dân thành phố Hồ Chí Minh") == "Hồ Chí Minh"
    assert province_of("Đoàn Thanh niên Cộng sản Hồ Chí Minh") == ""
    assert ministry_of("Vụ Tổ chức cán bộ Bộ Y tế") == "Bộ Y tế"
    assert ministry_of("Bộ Chính trị") == ""
    assert body_anchor("Ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "Nghệ An", "… Tỉnh ủy Hà Tĩnh …") == ("Hà Tĩnh", True)
    assert body_anchor("Ban Thường vụ Tỉnh ủy Nghệ An", "Nghệ An", "Ủy viên Ban Thường vụ Tỉnh ủy") == \
        ("Nghệ An", False)  # completed from the article: weak, a visitor may be from elsewhere
    assert body_anchor("Huyện ủy Đô Lương", "Nghệ An") == ("Nghệ An", False)
    # the centre and short forms left incomplete place no one
    assert body_anchor("Ban Chấp hành Trung ương Đảng", "Nghệ An") is None
    assert body_anchor("Ban Tuyên giáo Trung ương", "") is None
    assert body_anchor("Ủy ban nhân dân tỉnh", "") is None


def test_events_of_one_name_held_by_two_provinces_are_two(kb: KnowledgeBase) -> None:
    events = [e for e in kb.entities if e.type == "Event" and e.label.startswith("Hội nghị sơ kết công tác dân vận")]
    assert len({e.iri for e in events}) == len(events) >= 2
    assert {e.context for e in events} >= {("Hà Tĩnh",), ("Cần Thơ",)}


def test_identity_benchmark_meets_its_targets(tmp_path: Path) -> None:
    generate_identities(120, 0, tmp_path)
    truth = json.loads((tmp_path / IDENTITY_FILE).read_text(encoding="utf-8"))
    score = score_identities(build([tmp_path]).kb, truth)
    assert score.precision >= 0.98 and score.recall >= 0.95, score.text()
    assert score_identities(build([tmp_path]).kb, truth, by_label=True).precision < 0.9


@pytest.fixture(scope="module")
def graph(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    code, output = run("build", str(corpus), "--out", str(out), "-q", "--no-view", "--jobs", "1")
    assert code == 0, output
    return out / "graph.trig"


def test_explain_shows_the_people_of_a_name_and_why(graph: Path) -> None:
    code, output = run("explain", HOMONYM, "--graph", str(graph))
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0] == f"{HOMONYM}: 2 people"
    assert "identified by: Cần Thơ" in output and "identified by: Hà Tĩnh" in output
    assert "2024-10-02  ha-tinh-bau-cu.txt: " in output
    assert "joined: 2 articles, one context (Hà Tĩnh)" in output
    assert lines[-1].startswith("apart: 1 and 2 share no context")


def test_explain_an_unknown_name_says_what_to_do(graph: Path) -> None:
    code, output = run("explain", "Không Có Ai", "--graph", str(graph))
    assert code == 1 and "kg query" in output


def test_timeline_of_a_person_in_date_order(graph: Path) -> None:
    code, output = run("timeline", "Trần Thị Mai", "--graph", str(graph))
    assert code == 0, output
    days = [line[:10] for line in output.splitlines() if line[:2] == "20"]
    assert days == sorted(days) and days[0] == "2019-01-10" and days[-1] == "2025-08-20"
    assert "nguyên Giám đốc Sở Nội vụ tỉnh Nghệ An [former]" in output
    assert "“Đồng chí Trần Thị Mai, Giám đốc Sở Nội vụ tỉnh Nghệ An chủ trì hội nghị.” (nghe-an-so-noi-vu.txt)" \
        in output


def test_timeline_of_a_body_lists_its_post_holders(graph: Path) -> None:
    code, output = run("timeline", "Tỉnh ủy Hà Tĩnh", "--graph", str(graph))
    assert code == 0, output
    assert "Phó Bí thư Tỉnh ủy Hà Tĩnh [taken up]" in output


def test_timeline_on_the_oxigraph_store_is_the_same(corpus: Path, graph: Path, tmp_path: Path) -> None:
    out, store = tmp_path / "out", tmp_path / "store"
    code, output = run("build", str(corpus), "--out", str(out), "-q", "--no-view", "--store", str(store),
                       "--jobs", "1")
    assert code == 0, output
    for command in ("timeline", "explain"):
        on_file = run(command, "Trần Thị Mai", "--graph", str(graph))
        on_store = run(command, "Trần Thị Mai", "--store", str(store))
        assert on_store[0] == 0 and on_store == on_file


@pytest.mark.parametrize(("day", "holders"), [("2018-06-01", []), ("2020-01-01", ["Trần Thị Mai"]),
                                              ("2025-12-31", [])])
def test_who_held_a_post_on_a_day(graph: Path, day: str, holders: list[str]) -> None:
    from kg.rdf import ontology_path
    from kg.store.graphfiles import load_dataset
    from kg.store.query import run_query

    text = (ontology_path("kg.ttl").parent / "queries" / "post-holders-on-date.rq").read_text(encoding="utf-8")
    text = text.replace('("Trưởng ban" "Ban Tuyên giáo Thành ủy Bắc Ninh" "2023-01-01"^^xsd:date)',
                        f'("Giám đốc" "Sở Nội vụ tỉnh Nghệ An" "{day}"^^xsd:date)')
    rows = run_query(load_dataset(graph), text).values()
    assert [r["person"] for r in rows] == holders
