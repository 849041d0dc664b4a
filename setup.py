"""kg's extractors compiled with mypyc, beside their sources (the rest is in pyproject.toml).

Extraction is most of a build's CPU and pure Python; mypyc (part of mypy, which compiles
mypy itself and black) turns the type-hinted modules of ``kg/extract`` into C extensions
that run about 1.6 times as fast and give the same results (tests/test_compiled.py).
``KG_PURE_PYTHON=1`` installs them as plain Python, and so does a machine without a C
compiler (the extensions are optional). kg runs the sources of any extractor edited after
it was compiled (kg/__init__.py), so a stale copy never runs.
"""

import glob
import hashlib
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# pip runs this file three times for one install; only the last builds
_WRITES_METADATA_ONLY = {"egg_info", "dist_info", "sdist"}


def compiled_extractors() -> list[Extension]:
    if os.environ.get("KG_PURE_PYTHON") or sys.argv[1:2] and sys.argv[1] in _WRITES_METADATA_ONLY:
        return []
    from mypyc.build import mypycify

    sources = sorted(glob.glob("kg/extract/*.py"))
    _record_digests(sources)  # before reading them: an edit from now on shows as not compiled
    extensions = mypycify(
        # the build's own environment has mypy but not kg's dependencies
        ["--follow-imports=silent", "--ignore-missing-imports", *sources],
        # -O1 and the C in many files: 27 s of compiling on 2 cores where -O3 in one file
        # took 61, for 0.6 % more instructions when extracting (callgrind)
        opt_level="1",
        multi_file=True,
    )
    for extension in extensions:
        extension.optional = True
    return extensions


def _record_digests(sources: list[str]) -> None:
    """What kg/__init__.py compares the sources with, to run any edited one as source."""
    lines = [f"{hashlib.sha256(Path(source).read_bytes()).hexdigest()}  {Path(source).name}\n"
             for source in sources]
    Path("kg/extract/compiled-from.sha256").write_text("".join(lines))


class _OnEveryCore(build_ext):
    def finalize_options(self) -> None:
        super().finalize_options()
        if not self.parallel:
            self.parallel: int | bool = os.cpu_count() or 1


setup(ext_modules=compiled_extractors(), cmdclass={"build_ext": _OnEveryCore})
