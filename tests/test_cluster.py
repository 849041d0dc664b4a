"""A build on a real Dask cluster: a scheduler and two workers on 127.0.0.1, started
for this module, equal to a local build byte for byte."""

from __future__ import annotations

import os
import pickle
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from kg_cli import DATA, ROOT, run  # tests/ is on sys.path (rootdir import mode)

from bench.cluster import loopback_cluster
from bench.harness import free_port
from kg.ingest import CarriedFile, read_article
from kg.workers import map_in_order

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a Dask scheduler with two one-thread workers on 127.0.0.1."""
    # the workers import the poisoned function below from this module; a task that
    # kills its worker is given up after the second death, not the fourth
    env = {"PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)]),
           "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
    with loopback_cluster(tmp_path_factory.mktemp("dask"), env=env) as address:
        yield address


def _kg(kg_command: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*kg_command, *args], capture_output=True, text=True, timeout=120)


def _outputs(out: Path) -> dict[str, bytes]:
    """What a build leaves that must not depend on where it ran: the graph files, the
    view, the report (its folder's name taken out) and the store's gold-format export."""
    code, output = run("export", "--graph", str(out), "--format", "json", "--out", str(out / "export.json"))
    assert code == 0, output
    files = {name: (out / name).read_bytes() for name in ("graph.trig", "graph.ttl", "graph.html", "export.json")}
    files["report.json"] = (out / "report.json").read_bytes().replace(str(out).encode(), b"OUT")
    return files


@pytest.mark.slow
def test_a_build_on_the_cluster_equals_a_local_build_byte_for_byte(
    cluster: str, tmp_path: Path, kg_command: list[str]
) -> None:
    local, remote = tmp_path / "local", tmp_path / "cluster"
    code, output = run("build", str(DATA), "--out", str(local), "--graph-files", "yes", "--jobs", "1")
    assert code == 0, output

    built = _kg(kg_command, "build", str(DATA), "--out", str(remote), "--graph-files", "yes",
                "--scheduler", cluster)

    assert built.returncode == 0, built.stderr
    assert "articles built: 9, skipped: 0" in built.stdout
    assert _outputs(remote) == _outputs(local)


def poisoned_double(n: int) -> int:
    """Twice ``n``; 13 kills the worker process that runs it, like an article that
    exhausts a worker's memory."""
    if n == 13:
        os._exit(1)
    return 2 * n


def test_an_item_that_kills_its_workers_is_reported_lost_and_the_rest_come_back_in_order(cluster: str) -> None:
    lost: list[tuple[int, ...]] = []

    def if_lost(args: tuple[int, ...], error: BaseException) -> int:
        lost.append(args)
        return -1

    results = list(map_in_order(poisoned_double, [(n,) for n in range(40)], count=40, scheduler=cluster,
                                if_lost=if_lost))

    assert results == [-1 if n == 13 else 2 * n for n in range(40)]
    assert lost == [(13,)]


def test_a_scheduler_that_cannot_be_reached_is_one_line_saying_what_to_do(
    tmp_path: Path, kg_command: list[str]
) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"

    result = _kg(kg_command, "build", str(DATA), "--out", str(tmp_path / "out"), "--scheduler", address)

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"kg: error: cannot reach the Dask scheduler at {address} ([Errno 111] Connection refused); start one "
        f"with `dask scheduler` and workers with `dask worker {address}`, or build without --scheduler"]


def test_a_scheduler_address_that_is_not_one_is_a_usage_error() -> None:
    code, output = run("build", str(DATA), "--scheduler", "8786")

    assert code == 2
    assert "'8786' is not a scheduler address" in output and "tcp://10.0.0.5:8786" in output


def test_a_carried_file_reads_on_another_machine_as_the_file_does_here(tmp_path: Path) -> None:
    path = DATA / "dev" / "quang-ngai-ubkt-ky-hop-19.txt"
    elsewhere = pickle.loads(pickle.dumps(CarriedFile.of(path)))

    assert str(elsewhere) == str(path)
    assert read_article(elsewhere) == read_article(path)


def test_a_carried_file_that_could_not_be_read_here_carries_the_reason() -> None:
    missing = pickle.loads(pickle.dumps(CarriedFile.of(Path("corpus/gone.txt"))))

    with pytest.raises(Exception, match=r"^corpus/gone.txt: no such file or folder"):
        read_article(missing)


def square(n: int) -> int:
    return n * n


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_in_order_gives_results_in_the_items_order_here_and_in_a_process_pool(jobs: int) -> None:
    assert list(map_in_order(square, [(n,) for n in range(1000)], count=1000, jobs=jobs)) == [
        n * n for n in range(1000)]
