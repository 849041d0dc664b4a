"""kg: knowledge graphs from Vietnamese party and government news.

In Python, ``kg.open("out")`` opens what ``kg build`` left in ``out`` (see
:func:`kg.built.open_graph`): ``.query()``, ``.top()``, ``.path()``, ``.show()``,
``.to_networkx()`` and ``.to_rdflib()``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # loaded on first use: `kg --help` and the build need none of the store's modules
    if name == "open":
        from kg.built import open_graph

        return open_graph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
