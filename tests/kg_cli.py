"""The CLI run in-process, as the tests that read a build call it."""

from __future__ import annotations

from pathlib import Path

from bench.harness import kg_in_process

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def run(*args: str) -> tuple[int, str]:
    """``kg ARGS`` in this process: its exit code and what it printed (both streams)."""
    result = kg_in_process(*args)
    return result.exit_code, result.output
