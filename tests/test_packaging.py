"""What a wheel install has: every file the package reads at run time, not only its modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def package_files() -> set[str]:
    """The files under kg/ that are not Python modules: data, the view's assets, and the
    ontology (kg/ontology links to the repository's ontology/ folder); not the extractors
    compiled beside their sources, nor the record of what they were compiled from (a wheel
    compiles its own)."""
    found = set()
    for folder, _, names in os.walk(ROOT / "kg", followlinks=True):
        for name in names:
            path = Path(folder) / name
            if path.suffix not in {".py", ".pyc", ".so", ".sha256"} and "__pycache__" not in path.parts:
                found.add(path.relative_to(ROOT).as_posix())
    return found


@pytest.mark.slow
def test_the_wheel_carries_every_package_file(tmp_path: Path) -> None:
    # Built from a copy, so that the build's own folders never land in the checkout.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "kg", source / "kg", symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.sha256"))
    shutil.copytree(ROOT / "ontology", source / "ontology")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
         str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, check=False,
        env={**os.environ, "KG_PURE_PYTHON": "1"},  # compiling is tested by tests/test_compiled.py
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("vnkg-*.whl")
    inside = set(zipfile.ZipFile(wheel).namelist())

    assert {"kg/view_assets/view.css", "kg/view_assets/view.js", "kg/ontology/kg.ttl"} <= inside
    assert package_files() - inside == set()
