"""The ``kg`` command group and what its commands share: the ``--graph`` option, error
messages, the progress bar.

Library errors (``KgError``) and failures of the system (``OSError``) become a one-line
message and a non-zero exit code.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_OUT = Path("out")
EXIT_PARTIAL = 3  # some articles were skipped; the rest were built


def graph_option(fn: F) -> F:
    """``--graph PATH``: the built graph a command reads (default: out/graph.trig, which
    stands for the store beside it)."""
    return click.option(
        "--graph", "graph_path", type=click.Path(path_type=Path),
        default=DEFAULT_OUT / "graph.trig", show_default=True,
        help="A build's output folder, its store folder, or a graph file (.trig, .nq, .ttl, .nt, "
             ".jsonld). A graph file kg built is read through the store beside it; any other "
             "is loaded into a temporary store.",
    )(fn)


def _fail(e: KgError) -> None:
    click.secho(f"kg: error: {e}", fg="red", err=True)
    sys.exit(e.exit_code)


def _os_error(e: OSError) -> KgError:
    """A one-line error for a failure of the system (a full disk, a folder not writable)."""
    where = f"{e.filename}: " if e.filename else ""
    reason = e.strerror or str(e)
    advice = {
        errno.ENOSPC: "free some space and run it again; finished outputs are replaced "
                      "only by whole new ones",
        errno.EDQUOT: "free some space and run it again",
        errno.EACCES: "check the folder's permissions or pick another one",
        errno.EPERM: "check the folder's permissions or pick another one",
        errno.EROFS: "pick a folder on a writable disk",
    }.get(e.errno or 0)
    return KgError(f"{where}{reason}" + (f"; {advice}" if advice else ""))


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as e:
            _fail(e)
        except OSError as e:
            _fail(_os_error(e))


class Bar:
    """A progress bar on standard error, shown only for 20 items or more (and not ``quiet``)."""

    def __init__(self, unit: str, quiet: bool = False) -> None:
        self.unit, self.quiet = unit, quiet
        self.shown = False  # ever shown: the work is large
        self._bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or total < 20:
            return
        self.shown = True
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit=self.unit, file=sys.stderr)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


@click.group(cls=_Group)
@click.version_option(package_name="vnkg")
def main() -> None:
    """Build knowledge graphs from Vietnamese party and government news.

    \b
    Example:
      kg build data/ --out out
      kg query ontology/queries/officials-and-posts.rq
      kg view --open
    """
