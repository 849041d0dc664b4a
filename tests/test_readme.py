"""The README says what the code does: its generated blocks match a build of data/ now."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import readme

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_readme_blocks_are_what_the_code_gives() -> None:
    stands = readme.blocks(readme.README.read_text(encoding="utf-8"))
    generated = readme.generate()
    assert set(stands) == set(generated), "README.md lacks a <!-- generated: NAME --> block"
    for name, text in generated.items():
        assert stands[name] == text, (
            f"README.md's {name!r} block differs from what the code gives: "
            "run python -m bench.readme and commit README.md")


def test_the_readme_points_only_inside_the_repository() -> None:
    text = readme.README.read_text(encoding="utf-8")
    assert "../shared" not in text and "/work/shared" not in text
    assert (ROOT / "docs" / "gold-format.md").is_file()


def test_rewrite_replaces_only_the_marked_text() -> None:
    text = "before\n<!-- generated: a -->\nold\n<!-- /generated: a -->\nafter\n"
    assert readme.rewrite(text, {"a": "new\n"}) == (
        "before\n<!-- generated: a -->\nnew\n<!-- /generated: a -->\nafter\n")
    assert readme.blocks(text) == {"a": "old\n"}
