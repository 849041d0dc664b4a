"""What the benchmarks and the tests share to run kg and servers: the ``kg`` command, run
in another process or in this one, a free loopback port, and a server on a thread.

The tests import these from here (the repository root is on pytest's path) and not the
other way round: ``python -m bench.X`` runs without tests/ on its path.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from socketserver import BaseServer
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from click.testing import Result

Server = TypeVar("Server", bound=BaseServer)


def kg_command() -> list[str]:
    """The installed ``kg`` script, or the module where the script is not installed."""
    script = Path(sys.executable).parent / "kg"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kg.cli"]


def kg_in_process(*args: str) -> Result:
    """``kg ARGS`` run in this process; an exception the CLI does not turn into an exit
    code is raised, not recorded, so a test or a bench sees its traceback."""
    # Imported here: a bench that only starts kg as a process need not load the CLI.
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def free_port() -> int:
    """A loopback port no one listens on (free when asked; the caller binds it soon after)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving_on_a_thread(server: Server) -> Iterator[Server]:
    """``server`` answering on a daemon thread until the block ends, then shut down and
    closed (daemon: a test that fails inside the block cannot leave the run hanging)."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
