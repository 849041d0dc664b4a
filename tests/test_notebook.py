"""examples/quickstart.ipynb runs from top to bottom in a real Jupyter kernel."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"

pytestmark = pytest.mark.slow


def test_the_quickstart_notebook_runs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = {i: cell.get("outputs", []) for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"}
    text = "\n".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
                     for cell in outputs.values() for o in cell)
    assert "articles built: 9, skipped: 0" in text
    assert "Nguyễn Đức Hiện" in text and "“" in text  # the path, quoting its evidence
    shown = outputs[max(outputs)][0]["data"]
    assert shown["text/html"].startswith("<iframe srcdoc=") and "vis-network" in shown["text/html"]
