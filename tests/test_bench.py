"""The benchmark's article generator: deterministic, and its articles build with kg."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.generate import generate  # the repository root is on pytest's path
from kg.ingest import read_article
from kg.pipeline import build


def _contents(paths: list[Path]) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in paths]


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first = generate(6, 7, tmp_path / "a")
    again = generate(6, 7, tmp_path / "b")
    assert _contents(first) == _contents(again)
    # Article i does not depend on how many are generated.
    assert _contents(generate(3, 7, tmp_path / "c")) == _contents(first[:3])
    other = generate(6, 8, tmp_path / "d")
    assert _contents(other) != _contents(first)
    assert len({p.read_bytes() for p in first}) == 6


def test_generated_articles_have_the_genre_layout(tmp_path: Path) -> None:
    for path in generate(3, 0, tmp_path):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0] and "Số lượt xem:" in lines[2]
        article = read_article(path)
        assert article.published is not None and article.views is not None
        assert article.author == lines[-1]


def test_generated_articles_build(tmp_path: Path) -> None:
    generate(5, 0, tmp_path)
    result = build([tmp_path])
    assert not result.skipped and len(result.kb.articles) == 5
    types = Counter(e.type for e in result.kb.entities)
    assert types["Person"] >= 5
    assert types["Organization"] >= 5
    assert types["Document"] >= 5
    predicates = {r.predicate for r in result.kb.relations}
    assert "holdsPost" in predicates


def test_the_scaling_bench_reports_a_row_per_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m bench.scale FOLDER`: a Markdown row with the articles, the seconds, the
    CPU-seconds and the peak over the build's processes, the triples and the store's size."""
    from bench.scale import main

    generate(5, 0, tmp_path / "corpus")
    main([str(tmp_path / "corpus"), "--work", str(tmp_path / "work")])
    row = capsys.readouterr().out.splitlines()[-1]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[0] == "5" and float(cells[1]) > 0 and float(cells[2]) > 0, row
    assert float(cells[3].replace(",", "")) > 0, row
    assert int(cells[4].replace(",", "")) > 0 and (tmp_path / "work" / "out-corpus" / "store").is_dir()


def test_the_serve_bench_measures_each_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m bench.serve`: kg serve on its Python workers, kg serve on Oxigraph's
    server (its default), Oxigraph's server bare and behind the optimistic front each
    answer every query of the bench on a small store (a second of load each, and two
    slow queries; the numbers themselves are bench/RESULTS.md's)."""
    import shutil
    import sys

    from bench.serve import main

    if not (shutil.which("oxigraph") or (Path(sys.executable).parent / "oxigraph").is_file()):
        pytest.skip("the oxigraph server is not installed (pip install oxigraph, in the test extra)")
    from kg.outputs import build_outputs

    out = tmp_path / "out"
    build_outputs([Path(__file__).resolve().parent.parent / "data" / "seed"], out, view=False)
    main(["--store", str(out / "store"), "--clients", "1", "--seconds", "1", "--slow", "2",
          "--work", str(tmp_path / "work"), "--servers", "python,kg,oxigraph,front"])
    printed = capsys.readouterr().out.splitlines()
    rows = [line for line in printed if line.startswith("| **")]
    assert [row.split("**")[1] for row in rows] == ["kg serve --engine python", "kg serve",
                                                     "oxigraph serve-read-only", "oxigraph behind kg's front"]
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert float(cells[1]) > 0 and cells[4] == "0", row  # requests answered, none failed
    told = "\n".join(printed)
    for server in ("kg serve --engine python", "kg serve"):  # the slow queries, stopped at 1 s
        assert f"| {server} | 2 × 503 |" in told


def test_blind_scores_a_batch_and_names_the_sets_it_knows(capsys: pytest.CaptureFixture[str]) -> None:
    from bench import blind

    blind.main(["realistic"])
    assert "| realistic | 3 |" in capsys.readouterr().out
    blind.main(["--why", "realistic"])
    why = capsys.readouterr().out
    assert "|   missed: " in why and "|   entities missed, nothing near | " in why
    with pytest.raises(SystemExit):
        blind.main(["no-such-set"])
    assert "blind batches: a, b" in capsys.readouterr().err
