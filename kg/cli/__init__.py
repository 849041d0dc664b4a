"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the result.
The commands live by what they work on: articles (:mod:`kg.cli.making`), a built graph
(:mod:`kg.cli.reading`), a graph on the network (:mod:`kg.cli.serving`); what they
share is in :mod:`kg.cli.base`. Each imports its library modules when it runs, so
`kg --help` loads no extractor.
"""

from kg.cli import making, reading, serving  # noqa: F401  (each module registers its commands)
from kg.cli.base import main

__all__ = ["main"]
