"""kg's extractors compiled with mypyc, beside their sources (the rest is in pyproject.toml).

Extraction is most of a build's CPU and pure Python; mypyc (part of mypy, which compiles
mypy itself and black) turns the type-hinted modules of ``kg/extract`` into C extensions
that run about 1.6 times as fast and give the same results (tests/test_compiled.py).
``KG_PURE_PYTHON=1`` installs them as plain Python, and so does a machine without a C
compiler (the extensions are optional). kg runs the sources of any extractor edited after
it was compiled (kg/__init__.py), so a stale copy never runs.
"""

import glob
import os

from setuptools import Extension, setup


def compiled_extractors() -> list[Extension]:
    if os.environ.get("KG_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    extensions = mypycify(
        # the build's own environment has mypy but not kg's dependencies
        ["--follow-imports=silent", "--ignore-missing-imports", *sorted(glob.glob("kg/extract/*.py"))],
        opt_level="3",
    )
    for extension in extensions:
        extension.optional = True
    return extensions


setup(ext_modules=compiled_extractors())
