"""The house rules that a reader of kg/ can count: no function over 60 lines."""

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
