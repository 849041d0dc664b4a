"""The ``kg eval`` scorer, against the gold format spec's matching rules."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError
from kg.evaluate import (
    AnnotatedEntity,
    AnnotatedRelation,
    Annotation,
    Counts,
    annotation_from_json,
    annotation_to_json,
    format_report,
    load_gold,
    load_gold_dir,
    score,
)

DATA = Path(__file__).resolve().parent.parent / "data"
GOLD_FILES = sorted(DATA.glob("*/*.gold.json"))

E = AnnotatedEntity
R = AnnotatedRelation


def one(a: Annotation) -> dict[str, Annotation]:
    return {a.article: a}


def test_there_are_gold_files() -> None:
    assert len(GOLD_FILES) >= 2
    dirs = {p.parent.name for p in GOLD_FILES}
    assert {"seed", "dev"} <= dirs


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_against_itself_is_perfect(path: Path) -> None:
    gold = load_gold(path)
    stem = path.name.removesuffix(".gold.json")
    assert Path(gold.article).stem == stem
    assert (path.parent / gold.article).exists()

    report = score(one(gold), one(gold))
    assert report.entities.tp == len(gold.entities) > 0
    assert report.relations.tp == len(gold.relations) > 0
    for c in (report.entities, report.relations):
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
        assert c.fp == c.fn == 0
    for c in (*report.per_type.values(), *report.per_predicate.values()):
        assert c.fp == c.fn == 0


@pytest.mark.parametrize("folder", ["seed", "dev"])
def test_gold_dir_against_itself_and_against_nothing(folder: str) -> None:
    gold = load_gold_dir(DATA / folder)
    assert all(key == a.article for key, a in gold.items())

    perfect = score(gold, gold)
    assert perfect.entities.f1 == perfect.relations.f1 == 1.0

    nothing = score({}, gold)
    for c in (nothing.entities, nothing.relations):
        # No predictions: P is 0 (not a division by zero), every gold item a miss.
        assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)
        assert c.tp == c.fp == 0 and c.fn > 0
    assert set(nothing.without_predictions) == set(gold)
    text = format_report(nothing, verbose=True)
    assert "(no predictions)" in text
    assert text.splitlines()[-2:] == [
        "entities   P=0.000 R=0.000 F1=0.000",
        "relations  P=0.000 R=0.000 F1=0.000",
    ]


def test_empty_predictions_for_an_article_score_zero() -> None:
    gold = load_gold(GOLD_FILES[0])
    report = score(one(Annotation(gold.article, (), ())), one(gold))
    assert report.entities == Counts(0, 0, len(gold.entities))
    assert report.without_predictions == ()


def test_counts_never_divide_by_zero() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)
    assert Counts(0, 3, 0).precision == 0.0
    assert Counts(0, 0, 3).recall == 0.0


# A small gold file and a prediction with one of each difficulty.
HAND_GOLD = Annotation(
    "hand.txt",
    (
        E("Person", "Nguyễn Văn An"),
        E("Organization", "Tỉnh ủy Hòa Bình", ("Tỉnh ủy",)),
        E("Organization", "Ban Tuyên giáo Tỉnh ủy Hòa Bình"),
        E("Document", "Chỉ thị 05-CT/TW", ("Chỉ thị 05",)),
        E("Place", "tỉnh Hòa Bình"),
    ),
    (
        R("Nguyễn Văn An", "holdsPost", "Tỉnh ủy Hòa Bình", "Bí thư"),
        R("Nguyễn Văn An", "holdsPost", "Ban Tuyên giáo Tỉnh ủy Hòa Bình", "Trưởng ban"),
        R("Ban Tuyên giáo Tỉnh ủy Hòa Bình", "subOrganizationOf", "Tỉnh ủy Hòa Bình"),
        R("Tỉnh ủy Hòa Bình", "implements", "Chỉ thị 05-CT/TW"),
    ),
)
HAND_PRED = Annotation(
    "hand.txt",
    (
        E("Person", "NGUYỄN VĂN AN"),  # case: matches
        E("Organization", "Tỉnh uỷ Hoà Bình"),  # old tone placement: matches
        E("Organization", "“Tỉnh ủy Hòa Bình”"),  # duplicate: gold already taken
        E("Document", "Chỉ thị 05"),  # a gold alias: matches
        E("Statistic", "50%"),  # not a listed type: ignored
    ),
    (
        R("Nguyễn Văn An", "holdsPost", "Tỉnh uỷ Hoà Bình", "bí thư"),  # matches
        R("Nguyễn Văn An", "holdsPost", "Tỉnh uỷ Hoà Bình", "Phó Bí thư"),  # wrong role
        R("Tỉnh uỷ Hoà Bình", "implements", "Chỉ thị 05"),  # matches
        R("Tỉnh uỷ Hoà Bình", "implements", "Chỉ thị 05"),  # duplicate
        R("Tỉnh uỷ Hoà Bình", "mentions", "50%"),  # not a listed predicate: ignored
    ),
)


def test_hand_made_partial_prediction() -> None:
    report = score(one(HAND_PRED), one(HAND_GOLD))

    # Entities: tp 3 (Person, Tỉnh ủy, Chỉ thị), fp 1 (the duplicate Tỉnh ủy),
    # fn 2 (Ban Tuyên giáo, tỉnh Hòa Bình); the Statistic counts nowhere.
    # P = 3/4 = 0.75, R = 3/5 = 0.6, F1 = 2*0.75*0.6 / (0.75+0.6) = 0.9/1.35 = 0.667
    assert report.entities == Counts(3, 1, 2)
    assert report.entities.precision == pytest.approx(0.75)
    assert report.entities.recall == pytest.approx(0.6)
    assert report.entities.f1 == pytest.approx(2 / 3)

    # Relations: tp 2 (holdsPost Bí thư, implements), fp 2 (wrong role, duplicate),
    # fn 2 (holdsPost Trưởng ban, subOrganizationOf); "mentions" counts nowhere.
    # P = 2/4 = 0.5, R = 2/4 = 0.5, F1 = 0.5
    assert report.relations == Counts(2, 2, 2)
    assert report.relations.f1 == pytest.approx(0.5)

    assert report.per_type["Organization"] == Counts(1, 1, 1)
    assert report.per_type["Document"] == Counts(1, 0, 0)
    assert report.per_type["Place"] == Counts(0, 0, 1)
    assert report.per_predicate["holdsPost"] == Counts(1, 1, 1)
    assert report.per_predicate["implements"] == Counts(1, 1, 0)
    assert report.per_predicate["subOrganizationOf"] == Counts(0, 0, 1)

    (f,) = report.files
    assert [e.label for e in f.entity_misses] == [
        "Ban Tuyên giáo Tỉnh ủy Hòa Bình", "tỉnh Hòa Bình",
    ]
    assert [e.label for e in f.entity_false_hits] == ["“Tỉnh ủy Hòa Bình”"]
    assert [r.role for r in f.relation_false_hits] == ["Phó Bí thư", None]
    assert [r.predicate for r in f.relation_misses] == ["holdsPost", "subOrganizationOf"]

    text = format_report(report, verbose=True)
    assert "== hand.txt" in text
    assert "missed entity" in text and "tỉnh Hòa Bình" in text
    assert "false relation" in text and "Phó Bí thư" in text
    assert text.splitlines()[-2:] == [
        "entities   P=0.750 R=0.600 F1=0.667",
        "relations  P=0.500 R=0.500 F1=0.500",
    ]
    plain = format_report(report, verbose=False)
    assert "Phó Bí thư" not in plain
    assert re.fullmatch(r"entities   P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}", plain.splitlines()[-2])

    json.dumps(report.to_json())  # serialisable
    assert report.to_json()["entities"]["tp"] == 3


def test_is_deterministic() -> None:
    a = score(one(HAND_PRED), one(HAND_GOLD)).to_json()
    b = score(one(HAND_PRED), one(HAND_GOLD)).to_json()
    assert a == b


def test_two_predictions_of_one_gold_entity_are_one_tp_and_one_fp() -> None:
    gold = Annotation("a.txt", (E("Person", "Hồ Chí Minh", ("Bác",)),), ())
    pred = Annotation("a.txt", (E("Person", "Bác"), E("Person", "Hồ Chí Minh")), ())
    report = score(one(pred), one(gold))
    assert report.entities == Counts(1, 1, 0)
    # Preferred label equal to the gold label claims the entity before the alias does.
    assert [e.label for e in report.files[0].entity_false_hits] == ["Bác"]


def test_alternative_labels_match_after_preferred_ones() -> None:
    gold = Annotation("a.txt", (E("Organization", "Thành ủy Bắc Ninh", ("Thành ủy",)),), ())
    pred = Annotation(
        "a.txt",
        (
            E("Organization", "Ủy ban Thành phố", ("Thành ủy Bắc Ninh",)),
            E("Organization", "Thành ủy"),
        ),
        (),
    )
    report = score(one(pred), one(gold))
    assert report.entities == Counts(1, 1, 0)
    assert [e.label for e in report.files[0].entity_false_hits] == ["Ủy ban Thành phố"]

    alone = Annotation("a.txt", (pred.entities[0],), ())
    assert score(one(alone), one(gold)).entities == Counts(1, 0, 0)


def test_matching_is_maximum_not_first_come() -> None:
    # The first prediction could take either gold entity, the second only the first.
    gold = Annotation(
        "a.txt",
        (
            E(
                "Document",
                "Nghị quyết Trung ương 4 khóa XII",
                ("Nghị quyết Trung ương 4", "NQ4 XII"),
            ),
            E("Document", "Nghị quyết Trung ương 4 khóa XIII", ("Nghị quyết Trung ương 4",)),
        ),
        (),
    )
    pred = Annotation(
        "a.txt", (E("Document", "Nghị quyết Trung ương 4"), E("Document", "NQ4 XII")), ()
    )
    assert score(one(pred), one(gold)).entities == Counts(2, 0, 0)


def test_types_must_agree() -> None:
    gold = Annotation("a.txt", (E("Place", "Bắc Ninh"),), ())
    pred = Annotation("a.txt", (E("Organization", "Bắc Ninh"),), ())
    assert score(one(pred), one(gold)).entities == Counts(0, 1, 1)


def test_unknown_types_are_ignored_on_both_sides() -> None:
    gold = Annotation("a.txt", (E("Person", "An"), E("Article", "Bài báo")), ())
    pred = Annotation("a.txt", (E("Person", "An"), E("Mention", "An"), E("Article", "x")), ())
    report = score(one(pred), one(gold))
    assert report.entities == Counts(1, 0, 0)
    assert "Article" not in report.per_type


ROLE_GOLD = Annotation(
    "r.txt",
    (E("Person", "An"), E("Organization", "Tỉnh ủy Nam Định", ("Tỉnh ủy",))),
    (R("An", "holdsPost", "Tỉnh ủy Nam Định", "Phó Bí thư Thường trực"),),
)


@pytest.mark.parametrize(
    ("role", "matched"),
    [
        ("Phó Bí thư Thường trực", True),
        ("  phó bí thư   thường trực. ", True),
        ("Phó Bí thư", False),
        ("nguyên Phó Bí thư Thường trực", False),
        (None, False),
    ],
)
def test_role_must_match_when_gold_gives_one(role: str | None, matched: bool) -> None:
    pred = Annotation(
        "r.txt", ROLE_GOLD.entities, (R("An", "holdsPost", "Tỉnh ủy", role),)
    )
    report = score(one(pred), one(ROLE_GOLD))
    assert report.relations == (Counts(1, 0, 0) if matched else Counts(0, 1, 1))
    if not matched:
        assert report.files[0].relation_misses == ROLE_GOLD.relations


def test_any_role_matches_when_gold_gives_none() -> None:
    gold = Annotation(
        "a.txt",
        (E("Person", "An"), E("Event", "Đại hội XX")),
        (R("An", "attended", "Đại hội XX"),),
    )
    pred = Annotation("a.txt", gold.entities, (R("An", "attended", "Đại hội XX", "đại biểu"),))
    assert score(one(pred), one(gold)).relations == Counts(1, 0, 0)


def test_relation_needs_matched_endpoints_and_same_predicate() -> None:
    gold = Annotation(
        "a.txt",
        (
            E("Award", "Bằng khen của Chủ tịch nước", ("Bằng khen",)),
            E("Organization", "Chủ tịch nước"),
            E("Organization", "Hội Nông dân tỉnh"),
        ),
        (
            R("Bằng khen của Chủ tịch nước", "awardedBy", "Chủ tịch nước"),
            R("Hội Nông dân tỉnh", "receivedAward", "Bằng khen của Chủ tịch nước"),
        ),
    )
    pred = Annotation(
        "a.txt",
        (
            E("Award", "Bằng khen"),
            E("Organization", "Chủ tịch nước"),
            E("Person", "Hội Nông dân tỉnh"),  # wrong type: not matched, so neither is its relation
        ),
        (
            R("Bằng khen", "awardedBy", "Chủ tịch nước"),
            R("Hội Nông dân tỉnh", "receivedAward", "Bằng khen"),
            R("Chủ tịch nước", "awardedBy", "Bằng khen"),  # wrong direction: unresolvable
        ),
    )
    report = score(one(pred), one(gold))
    assert report.entities == Counts(2, 1, 1)
    assert report.relations == Counts(1, 2, 1)
    assert report.per_predicate["awardedBy"] == Counts(1, 1, 0)
    assert report.per_predicate["receivedAward"] == Counts(0, 1, 1)


def test_articles_without_gold_are_ignored_and_stems_are_accepted() -> None:
    other = Annotation("other.txt", (E("Person", "X"),), ())
    report = score({"hand.txt": HAND_GOLD, "other.txt": other}, one(HAND_GOLD))
    assert report.entities == Counts(len(HAND_GOLD.entities), 0, 0)
    assert [f.article for f in report.files] == ["hand.txt"]

    by_id = score({"hand": HAND_GOLD}, one(HAND_GOLD))
    assert by_id.entities.f1 == 1.0


def test_micro_average_over_files() -> None:
    g1 = Annotation("a.txt", (E("Person", "An"),), ())
    g2 = Annotation("b.txt", (E("Person", "Bình"), E("Person", "Chi"), E("Person", "Dũng")), ())
    p2 = Annotation("b.txt", (E("Person", "Bình"),), ())
    report = score({"b.txt": p2}, {"a.txt": g1, "b.txt": g2})
    # Micro: tp 1, fp 0, fn 1 + 2 = 3 -> P = 1, R = 1/4, F1 = 2*0.25/1.25 = 0.4
    assert report.entities == Counts(1, 0, 3)
    assert report.entities.f1 == pytest.approx(0.4)
    assert report.without_predictions == ("a.txt",)


# ---------------------------------------------------------------------- JSON


@pytest.mark.parametrize("annotation", [HAND_GOLD, HAND_PRED, ROLE_GOLD])
def test_json_round_trip(annotation: Annotation) -> None:
    data = annotation_to_json(annotation)
    assert annotation_from_json(json.loads(json.dumps(data, ensure_ascii=False))) == annotation


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_round_trip(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    gold = load_gold(path)
    assert annotation_to_json(gold) == raw
    assert annotation_from_json(annotation_to_json(gold)) == gold


def test_json_shape_leaves_out_empty_fields() -> None:
    data = annotation_to_json(
        Annotation("a.txt", (E("Person", "An"),), (R("An", "attended", "Hội nghị"),))
    )
    assert data == {
        "article": "a.txt",
        "entities": [{"type": "Person", "label": "An"}],
        "relations": [{"subject": "An", "predicate": "attended", "object": "Hội nghị"}],
    }


def write(tmp_path: Path, name: str, content: object) -> Path:
    path = tmp_path / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


PERSON: dict[str, Any] = {"type": "Person", "label": "An"}
EVENT: dict[str, Any] = {"type": "Event", "label": "Đại hội"}
RELATION: dict[str, Any] = {"subject": "An", "predicate": "attended", "object": "Đại hội"}
GOOD: dict[str, Any] = {"article": "x.txt", "entities": [PERSON, EVENT], "relations": [RELATION]}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ([], "top level must be a JSON object"),
        ({**GOOD, "article": ""}, "'article' must be a non-empty string"),
        ({k: v for k, v in GOOD.items() if k != "article"}, "'article' is missing"),
        ({**GOOD, "entities": {}}, "'entities' must be a list"),
        ({**GOOD, "entities": [{"type": "Person"}]}, "entities[0] has no 'label'"),
        ({**GOOD, "entities": [{"type": "Person", "label": "An", "alias": []}]}, "'alias'"),
        ({**GOOD, "entities": [{"type": "Person", "label": "An", "aliases": "A"}]}, "aliases"),
        (
            {**GOOD, "relations": [{**RELATION, "predicate": "met"}]},
            "unknown predicate 'met'",
        ),
        (
            {**GOOD, "relations": [{**RELATION, "subject": "Bình"}]},
            "subject 'Bình' is not the label of a Person entity",
        ),
        (
            {**GOOD, "relations": [{**RELATION, "subject": "Đại hội", "object": "An"}]},
            "is not the label of a Person entity",
        ),
        (
            {**GOOD, "entities": [PERSON, EVENT, {"type": "Person", "label": " an "}]},
            "two Person entities share the label",
        ),
        (
            {**GOOD, "relations": [{**RELATION, "role": 3}]},
            "relations[0].role must be a non-empty string",
        ),
    ],
)
def test_malformed_gold_names_file_and_problem(
    tmp_path: Path, content: object, problem: str
) -> None:
    path = write(tmp_path, "x.gold.json", content)
    with pytest.raises(KgError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_gold_relation_may_name_an_unambiguous_alias(tmp_path: Path) -> None:
    content = {
        **GOOD,
        "entities": [{**PERSON, "aliases": ["ông An"]}, EVENT],
        "relations": [{**RELATION, "subject": "ông An"}],
    }
    gold = load_gold(write(tmp_path, "x.gold.json", content))
    assert score(one(gold), one(gold)).relations.f1 == 1.0


def test_load_gold_dir_errors(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no \\*.gold.json"):
        load_gold_dir(tmp_path)
    with pytest.raises(KgError, match="not a directory"):
        load_gold_dir(tmp_path / "missing")
    write(tmp_path, "a.gold.json", GOOD)
    write(tmp_path, "b.gold.json", GOOD)
    with pytest.raises(KgError, match="already annotated"):
        load_gold_dir(tmp_path)
    with pytest.raises(KgError, match="cannot read"):
        load_gold(tmp_path / "missing.gold.json")


def _write_gold(directory: Path, name: str, text: str | None, *, sha: str | None = None) -> None:
    import hashlib
    import json

    source = {"url": f"https://example.org/{name}", "query": "q"}
    if text is not None:
        source["sha256"] = sha or hashlib.sha256(text.encode()).hexdigest()
    gold = {"article": f"{name}.txt", "source": source,
            "entities": [{"type": "Person", "label": "Nguyễn Văn An"}], "relations": []}
    (directory / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_gold_names_its_source_and_texts_are_found_apart(tmp_path: Path) -> None:
    from kg.evaluate import find_texts, load_gold_dir

    gold_dir, cache = tmp_path / "gold", tmp_path / "cache" / "region"
    gold_dir.mkdir()
    cache.mkdir(parents=True)
    text = "Đồng chí Nguyễn Văn An dự hội nghị."
    _write_gold(gold_dir, "kept", text)
    _write_gold(gold_dir, "edited", text)
    _write_gold(gold_dir, "absent", text)
    (cache / "kept.txt").write_text(text, encoding="utf-8")
    (cache / "edited.txt").write_text(text + " Thêm.", encoding="utf-8")
    gold = load_gold_dir(gold_dir)
    assert gold["kept.txt"].source_field("url") == "https://example.org/kept"
    lookup = find_texts(gold, tmp_path / "cache")
    assert list(lookup.found) == ["kept.txt"]
    assert lookup.missing == ("absent.txt",)
    assert lookup.changed == ("edited.txt",)
    assert "1 of 3 texts found" in lookup.summary(tmp_path / "cache")


def test_eval_texts_and_against_on_the_command_line(tmp_path: Path) -> None:
    from kg_cli import run

    gold_dir, second, cache = tmp_path / "gold", tmp_path / "second", tmp_path / "cache"
    for d in (gold_dir, second, cache):
        d.mkdir()
    # (a meeting that people are said to attend is an Event even without a name: none here)
    text = "Đồng chí Nguyễn Văn An phát biểu."
    _write_gold(gold_dir, "a", text)
    _write_gold(second, "a", text)
    (cache / "a.txt").write_text(text, encoding="utf-8")
    code, output = run("eval", str(gold_dir), "--texts", str(cache))
    assert code == 0, output
    assert "entities   P=1.000 R=1.000 F1=1.000" in output
    code, output = run("eval", str(second), "--against", str(gold_dir))
    assert code == 0, output
    assert "F1=1.000" in output
    code, output = run("eval", str(gold_dir), "--texts", str(second))
    assert code != 0
    assert "re-create" in output


def test_eval_says_which_articles_it_could_not_build(tmp_path: Path) -> None:
    from kg_cli import run

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    text = "Đồng chí Nguyễn Văn An dự hội nghị."
    _write_gold(gold_dir, "read", text)
    (gold_dir / "read.txt").write_text(text, encoding="utf-8")
    _write_gold(gold_dir, "unread", "")
    (gold_dir / "unread.txt").write_text("", encoding="utf-8")
    code, output = run("eval", str(gold_dir))
    assert code == 0, output
    # the empty article counts as all misses, and the user is told why
    assert "skipped" in output and "unread.txt: empty file" in output
