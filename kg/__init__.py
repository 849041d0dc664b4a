"""kg: knowledge graphs from Vietnamese party and government news.

In Python, ``kg.open("out")`` opens what ``kg build`` left in ``out`` (see
:func:`kg.built.open_graph`): ``.query()``, ``.top()``, ``.path()``, ``.show()``,
``.to_networkx()`` and ``.to_rdflib()``.
"""

from __future__ import annotations

import hashlib
import os
import sys
from importlib.abc import MetaPathFinder
from importlib.machinery import SOURCE_SUFFIXES, FileFinder, ModuleSpec, SourceFileLoader
from pathlib import Path
from typing import Any

__version__ = "0.1.0"

_EXTRACT = Path(__file__).with_name("extract")


# setup.py writes there the digest of each source it compiles
COMPILED_FROM = "compiled-from.sha256"


def _compiled_extractors() -> list[str] | None:
    """The names in kg/extract when some of its modules are compiled there, else None."""
    try:
        names = os.listdir(_EXTRACT)
    except OSError:
        return None
    return names if any(name.endswith((".so", ".pyd")) for name in names) else None


def _outdated_compiled_extractors() -> list[str]:
    """The extractors whose source differs from what was compiled (see setup.py), or all
    of them when ``KG_PURE_PYTHON`` asks for plain Python.  Compared by content, not by
    time: a file edited while compiling, or a checkout that rewrites files unchanged,
    is told right."""
    names = _compiled_extractors()
    if names is None:
        return []
    sources = sorted(name for name in names if name.endswith(".py"))
    if os.environ.get("KG_PURE_PYTHON"):
        return sources
    try:
        recorded = dict(line.split()[::-1] for line in (_EXTRACT / COMPILED_FROM).read_text().splitlines())
    except (OSError, ValueError):
        return []  # installed from a wheel: the sources beside the compiled modules are theirs
    return [name for name in sources
            if recorded.get(name) != hashlib.sha256((_EXTRACT / name).read_bytes()).hexdigest()]


def compiled_extractors_current() -> bool:
    """Whether kg/extract's compiled modules were built from its sources as they are now
    (``make compile`` asks, to compile only when they were not)."""
    names = _compiled_extractors()
    return names is not None and COMPILED_FROM in names and not _outdated_compiled_extractors()


class _ExtractorsAsSource(MetaPathFinder):
    """Imports ``kg.extract`` from its ``.py`` files though compiled copies sit beside
    them (Python would prefer those): an edited extractor then runs as written."""

    def __init__(self) -> None:
        self._finders = {
            "kg": FileFinder(str(_EXTRACT.parent), (SourceFileLoader, SOURCE_SUFFIXES)),
            "kg.extract": FileFinder(str(_EXTRACT), (SourceFileLoader, SOURCE_SUFFIXES)),
        }

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        parent = fullname.rpartition(".")[0]
        if fullname != "kg.extract" and parent != "kg.extract":
            return None
        return self._finders[parent].find_spec(fullname)


if _outdated := _outdated_compiled_extractors():
    if not os.environ.get("KG_PURE_PYTHON"):
        print(f"kg: {', '.join(_outdated)} changed after kg/extract was compiled; running the extractors "
              "as plain Python (slower) until `make compile` compiles them again", file=sys.stderr)
    sys.meta_path.insert(0, _ExtractorsAsSource())


def __getattr__(name: str) -> Any:
    # loaded on first use: `kg --help` and the build need none of the store's modules
    if name == "open":
        from kg.built import open_graph

        return open_graph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
