"""The extractors compiled with mypyc (setup.py) give what their sources give, and an
extractor edited after compiling runs from its source."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kg_cli import DATA, ROOT

import kg
import kg.extract.people
from kg.pipeline import resolve_file

_EXTRACT = ROOT / "kg" / "extract"
_ARTICLES = sorted(p for p in [*DATA.glob("*/*"), *(ROOT / "tests" / "realistic").glob("*")]
                   if p.suffix in (".txt", ".html"))


def _compiled() -> bool:
    return any(_EXTRACT.glob("*.so"))


def _results_in_a_process(env: dict[str, str]) -> str:
    script = ("import sys\nfrom pathlib import Path\nfrom kg.pipeline import resolve_file\n"
              "import kg.extract.people\nprint(kg.extract.people.__file__)\n"
              "for name in sys.argv[1:]:\n    print(repr(resolve_file(Path(name))))\n")
    done = subprocess.run([sys.executable, "-c", script, *map(str, _ARTICLES)], cwd=ROOT,
                          env={**os.environ, **env}, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.skipif(bool(os.environ.get("KG_PURE_PYTHON")), reason="KG_PURE_PYTHON: the sources run")
@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None,
                    reason="no C compiler here: kg runs as plain Python (.ci/apt-packages.txt has gcc)")
def test_make_compiles_the_extractors_and_kg_runs_them() -> None:
    assert _compiled(), "kg/extract holds no compiled modules: `make compile` (log: .venv/compile.log)"
    assert not kg._outdated_compiled_extractors(), "compiled copies older than their sources"
    assert not kg.extract.people.__file__.endswith(".py")


@pytest.mark.skipif(not _compiled(), reason="kg/extract is not compiled here")
def test_compiled_extractors_find_what_their_sources_find() -> None:
    assert _ARTICLES
    compiled = [repr(resolve_file(path)) for path in _ARTICLES]
    pure = _results_in_a_process({"KG_PURE_PYTHON": "1"}).splitlines()
    assert pure[0].endswith("people.py")
    assert pure[1:] == compiled


def test_an_extractor_edited_after_compiling_runs_from_its_source(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "people.cpython-311-x86_64-linux-gnu.so").write_text("")
    for name in ("people.py", "places.py"):
        (tmp_path / name).write_text("x = 1\n")
    (tmp_path / kg.COMPILED_FROM).write_text("".join(
        f"{hashlib.sha256(b'x = 1' + chr(10).encode()).hexdigest()}  {name}\n" for name in ("people.py", "places.py")))
    monkeypatch.setattr(kg, "_EXTRACT", tmp_path)
    monkeypatch.delenv("KG_PURE_PYTHON", raising=False)
    assert kg._outdated_compiled_extractors() == []
    os.utime(tmp_path / "places.py", (4_000_000_000, 4_000_000_000))  # touched, not changed
    (tmp_path / "people.py").write_text("x = 2\n")
    assert kg._outdated_compiled_extractors() == ["people.py"]
    monkeypatch.setenv("KG_PURE_PYTHON", "1")
    assert kg._outdated_compiled_extractors() == ["people.py", "places.py"]


def test_compiled_modules_without_a_record_are_an_installed_wheel(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "people.py").write_text("")
    (tmp_path / "people.cpython-311-x86_64-linux-gnu.so").write_text("")
    monkeypatch.setattr(kg, "_EXTRACT", tmp_path)
    monkeypatch.delenv("KG_PURE_PYTHON", raising=False)
    assert kg._outdated_compiled_extractors() == []


def test_nothing_compiled_nothing_outdated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "people.py").write_text("")
    monkeypatch.setattr(kg, "_EXTRACT", tmp_path)
    assert kg._outdated_compiled_extractors() == []


def test_the_source_finder_finds_kg_extract_as_source() -> None:
    finder = kg._ExtractorsAsSource()
    package, module = finder.find_spec("kg.extract"), finder.find_spec("kg.extract.people")
    assert package is not None and package.origin == str(_EXTRACT / "__init__.py")
    assert module is not None and module.origin == str(_EXTRACT / "people.py")
    assert finder.find_spec("kg.pipeline") is None and finder.find_spec("kg.extractors") is None


def test_make_compiles_only_when_the_sources_differ_from_what_was_compiled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg, "_EXTRACT", tmp_path)
    monkeypatch.delenv("KG_PURE_PYTHON", raising=False)
    (tmp_path / "people.py").write_text("x = 1\n")
    assert not kg.compiled_extractors_current()  # nothing compiled
    (tmp_path / "people.cpython-311-x86_64-linux-gnu.so").write_text("")
    assert not kg.compiled_extractors_current()  # no record of what from
    (tmp_path / kg.COMPILED_FROM).write_text(f"{hashlib.sha256(b'x = 1' + chr(10).encode()).hexdigest()}  people.py\n")
    assert kg.compiled_extractors_current()
    (tmp_path / "places.py").write_text("")  # a new extractor
    assert not kg.compiled_extractors_current()
