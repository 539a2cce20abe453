"""Every notebook in notebooks/ runs top to bottom without an error.

The notebooks end with checks (asserts on counts and tables of the sample corpus), so a
broken API fails here. Needs the `notebooks` extra (nbclient, ipykernel, matplotlib,
networkx) and pyarrow; deselect with `-m "not notebooks"`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


@pytest.mark.notebooks
@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_notebook_runs(path: Path, tmp_path: Path) -> None:
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    for module in ("ipykernel", "matplotlib", "networkx", "pyarrow"):
        pytest.importorskip(module)
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:  # run from a clean slate; the file itself is not written
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    assert list(tmp_path.iterdir()) == [], "a notebook wrote files"


def test_there_are_notebooks() -> None:
    assert len(PATHS) >= 4, f"expected the notebooks in {NOTEBOOKS}"
