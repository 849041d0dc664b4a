"""A build killed with SIGKILL leaves the previous outputs whole, and the next run completes.

Every output is staged under a temporary name and moved into place with the others; these tests kill a real
``kg build`` at two moments (while extracting, and while a graph file is being
written) and compare the previous files byte for byte.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted([*(ROOT / "data" / "seed").glob("*.txt"), *(ROOT / "data" / "dev").glob("*.txt"),
                   *(ROOT / "data" / "dev").glob("*.html")])
FINAL_NAMES = ("graph.ttl", "graph.trig", "graph.html", "report.json")
# The HTML view is built only where its module exists (it is optional to this test).
VIEW_ARGS = [] if find_spec("kg.view") else ["--no-view"]
COPIES = 10  # enough for a build of several seconds on two cores

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                 reason="SIGKILL and process groups as Linux has them")]


BuildArgs = Callable[[Path, Path], list[str]]
# The larger input, the output folder, and the first build's outputs.
Built = tuple[Path, Path, dict[str, bytes]]


@pytest.fixture(scope="session")
def build_args(kg_command: list[str]) -> BuildArgs:
    """The command line of a build of one folder into another."""
    def args(inputs: Path, out: Path) -> list[str]:
        return [*kg_command, "build", str(inputs), "--out", str(out), "--quiet", "--jobs", "2",
                *VIEW_ARGS]
    return args


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FINAL_NAMES if (out / name).exists()}


def temp_files(out: Path) -> list[str]:
    """Files being written: in the output folder, or staged in its cache to move in."""
    staging = out / ".kg-cache" / "staging"
    folders = [out, staging] if staging.is_dir() else [out]
    return sorted(p.name for folder in folders for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture()
def built(build_args: BuildArgs, tmp_path: Path) -> Built:
    """A first, complete build of the seed and dev articles; and a larger input for the next."""
    small = tmp_path / "small"
    small.mkdir()
    for path in ARTICLES:
        shutil.copy(path, small / path.name)
    large = tmp_path / "large"
    large.mkdir()
    for i in range(COPIES):
        for path in ARTICLES:
            shutil.copy(path, large / f"copy{i:03d}-{path.name}")
    out = tmp_path / "out"
    subprocess.run(build_args(small, out), check=True, timeout=180, capture_output=True)
    before = snapshot(out)
    assert {"graph.ttl", "graph.trig", "report.json"} <= set(before)
    assert "Nguyễn Đức Hiện".encode() in before["graph.ttl"]
    return large, out, before


@pytest.fixture()
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Builds started by a test; whatever survives the test is killed by process group."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


def start(args: list[str], processes: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    # A session of its own, so that the worker processes can be found (and cleaned up).
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    processes.append(proc)
    return proc


def group_members(pgid: int) -> list[int]:
    """The processes of a process group, from /proc (Linux)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def wait_for_workers(proc: subprocess.Popen[bytes]) -> None:
    """Until the build has started its extraction processes, and is busy for a moment."""
    deadline = time.monotonic() + 60
    while len(group_members(proc.pid)) < 2:
        assert proc.poll() is None, "the build ended before extracting"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.5)
    assert proc.poll() is None, "the build finished too soon: make the input larger"


def kill_main(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the build itself (not its workers, as a crash or the OOM killer would)."""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def assert_previous_outputs_whole(out: Path, before: dict[str, bytes]) -> None:
    after = snapshot(out)
    assert set(after) == set(before), "no output may appear or vanish under its final name"
    for name, data in before.items():
        assert after[name] == data, f"{name} changed"


def complete_run(command: list[str], out: Path) -> None:
    result = subprocess.run(command, timeout=300, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == COPIES * len(ARTICLES)
    assert report["skipped"] == []
    assert "Nguyễn Đức Hiện" in (out / "graph.ttl").read_text(encoding="utf-8")
    Dataset().parse(out / "graph.trig", format="trig")  # complete and well-formed


def test_kill_while_extracting(
        build_args: BuildArgs, built: Built, processes: list[subprocess.Popen[bytes]],
) -> None:
    large, out, before = built
    proc = start(build_args(large, out), processes)
    wait_for_workers(proc)
    kill_main(proc)
    assert_previous_outputs_whole(out, before)
    complete_run(build_args(large, out), out)


def test_workers_stop_with_a_killed_build(
        build_args: BuildArgs, built: Built, processes: list[subprocess.Popen[bytes]],
) -> None:
    large, out, _ = built
    proc = start(build_args(large, out), processes)
    wait_for_workers(proc)
    kill_main(proc)
    deadline = time.monotonic() + 10
    while group_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not group_members(proc.pid), "extraction workers outlived the killed build"


def test_kill_while_writing(
        build_args: BuildArgs, built: Built, processes: list[subprocess.Popen[bytes]],
) -> None:
    large, out, before = built
    proc = start(build_args(large, out), processes)
    deadline = time.monotonic() + 240
    while not temp_files(out):
        assert proc.poll() is None, "the build ended before any output was being written"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    kill_main(proc)
    leftovers = temp_files(out)
    assert leftovers, "a temporary file was being written"
    # The new files are staged and moved into place together only when all are complete:
    # every final name still holds the previous build.
    assert_previous_outputs_whole(out, before)
    complete_run(build_args(large, out), out)


def test_next_run_clears_leftover_temp_files(build_args: BuildArgs, built: Built) -> None:
    large, out, _ = built
    # a killed writer's files: its process id (in the name) is no longer running
    for name in (".graph.ttl.4000000.abc123.tmp", ".report.json.4000001.def456.tmp"):
        (out / name).write_bytes(b"half a file")
    small = large.parent / "small"
    subprocess.run(build_args(small, out), check=True, timeout=180, capture_output=True)
    assert temp_files(out) == []


def test_outputs_follow_the_umask(build_args: BuildArgs, tmp_path: Path) -> None:
    """Temporary files are private (0600); the renamed outputs must not stay so."""
    small = tmp_path / "small"
    small.mkdir()
    shutil.copy(ARTICLES[0], small)
    out = tmp_path / "out"
    previous = os.umask(0o022)
    try:
        subprocess.run(build_args(small, out), check=True, timeout=180, capture_output=True)
    finally:
        os.umask(previous)
    for name in ("graph.ttl", "report.json"):
        assert (out / name).stat().st_mode & 0o777 == 0o644, name


def test_a_failed_build_leaves_the_previous_one_whole_and_current(
        built: Built, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A disk that fills while writing: the old outputs stay, together, and stay current."""
    import errno

    from kg.outputs import build_outputs
    from kg.store import graphfiles

    large, out, before = built
    real_write = graphfiles.write_graphs

    def write_until_full(*args: Any) -> Any:
        real_write(*args)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(graphfiles, "write_graphs", write_until_full)
    other = large.parent / "other"
    other.mkdir()
    shutil.copy(ARTICLES[0], other / "one.txt")
    with pytest.raises(OSError):
        build_outputs([other], out, view=False)
    monkeypatch.undo()
    assert_previous_outputs_whole(out, before)
    assert not (out / ".kg-cache" / "staging").exists()


def test_outputs_replaced_since_are_not_up_to_date(build_args: BuildArgs, built: Built) -> None:
    """A graph.trig that is not the stamped build's own (a copy, a build killed while
    moving its files in) makes the next run build again rather than say "up to date"."""
    large, out, _before = built
    again = [arg for arg in build_args(large.parent / "small", out) if arg != "--quiet"]
    result = subprocess.run(again, capture_output=True, text=True, timeout=300)
    assert "up to date" in result.stdout
    (out / "graph.trig").write_bytes(b"# another build\n")
    result = subprocess.run(again, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "up to date" not in result.stdout
    assert (out / "graph.trig").read_bytes() != b"# another build\n"
