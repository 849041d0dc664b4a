"""The house rules that a reader of kg/ can count: no function over 60 lines, no
command or storage module over 500, no word of the genre in the rules' code."""

from __future__ import annotations

import ast
import re
from collections import Counter
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


# The genre's words live in kg/data (read through kg.extract.lexicon), not in the rules'
# code: what remains are character classes of capitals ("[A-ZĐ]") and a letter of an
# abbreviation ("T.Ư"), orthography rather than words of the genre.
MAX_VIETNAMESE_LITERALS = 10
_VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                         re.IGNORECASE)


def vietnamese_literals(source: str) -> list[tuple[int, str]]:
    """String literals of ``source`` with a Vietnamese letter (line, text), docstrings left out;
    each part of an f-string counts as one."""
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return sorted((node.lineno, node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and id(node) not in docstrings and _VIETNAMESE.search(node.value))


def test_vietnamese_literals_are_counted() -> None:
    source = '"""Từ điển."""\nX = "tỉnh"\nY = f"{X} ủy"\ndef f():\n    """Hàm."""\n    return "ok"\n'
    assert vietnamese_literals(source) == [(2, "tỉnh"), (3, " ủy")]


def test_the_genres_words_stay_in_data_files() -> None:
    found = {f"{path.name}:{line}": text for path in sorted((PACKAGE / "extract").glob("*.py"))
             for line, text in vietnamese_literals(path.read_text(encoding="utf-8"))}
    assert len(found) <= MAX_VIETNAMESE_LITERALS, (
        f"{len(found)} string literals with Vietnamese letters in kg/extract (at most "
        f"{MAX_VIETNAMESE_LITERALS}): {found}; put the genre's words in kg/data (cues.tsv) and read "
        "them with lexicon.cue, cues or cue_alternatives")


def test_each_cue_is_named_once() -> None:
    """A cue named twice in cues.tsv is read as its last line alone: the first is lost unseen."""
    rows = (PACKAGE / "data" / "cues.tsv").read_text(encoding="utf-8").splitlines()
    names = Counter(row.split("\t")[0] for row in rows if row.strip() and not row.startswith("#"))
    assert not {name for name, n in names.items() if n > 1}
