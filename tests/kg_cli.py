"""The CLI run in-process, as the tests that read a build call it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def run(*args: str) -> tuple[int, str]:
    """``kg ARGS`` in this process: its exit code and what it printed."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output
