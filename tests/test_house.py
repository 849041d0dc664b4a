"""The house rules that a reader of kg/ can count: no function over 60 lines, no
command or storage module over 500."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
MAX_FUNCTION_LINES = 60


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> Iterator[tuple[str, int]]:
    """Functions and methods of ``source`` over ``limit`` lines (from ``def`` to their
    last line, nested functions included), by qualified name, with their length."""

    def walk(node: ast.AST, prefix: str) -> Iterator[tuple[str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = prefix + child.name
                if not isinstance(child, ast.ClassDef):
                    assert child.end_lineno is not None
                    length = child.end_lineno - child.lineno + 1
                    if length > limit:
                        yield name, length
                yield from walk(child, name + ".")
            else:
                yield from walk(child, prefix)

    yield from walk(ast.parse(source), "")


def package_long_functions() -> dict[str, int]:
    return {f"{path.relative_to(PACKAGE).as_posix()}:{name}": length
            for path in sorted(PACKAGE.rglob("*.py"))
            for name, length in long_functions(path.read_text(encoding="utf-8"))}


def test_long_functions_are_named_with_their_length() -> None:
    body = "".join(f"        x{i} = {i}\n" for i in range(60))
    source = f"def short():\n    pass\n\nclass Rules:\n    def long(self):\n{body}"
    assert list(long_functions(source)) == [("Rules.long", 61)]


def test_no_function_in_kg_over_60_lines() -> None:
    too_long = package_long_functions()
    assert not too_long, (
        f"functions over {MAX_FUNCTION_LINES} lines: {too_long}; break each into named steps "
        "a reader can follow")


MAX_MODULE_LINES = 500
SPLIT_BY_CONCERN = ("cli", "store")  # packages issue 13 split into rooms of one concern each


def test_command_and_storage_modules_stay_under_500_lines() -> None:
    too_long = {path.relative_to(PACKAGE).as_posix(): lines
                for package in SPLIT_BY_CONCERN
                for path in sorted((PACKAGE / package).glob("*.py"))
                if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}; split them by concern"
