"""The sample corpus bundled with caci (``caci/data/sample``)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from ._read import read_pages


def _sample_root() -> Path:
    from importlib.resources import files

    # Package data of `caci` itself (caci/data/sample), found through the import system
    # so that it works installed, in editable mode and from a source tree alike.
    package = __name__.rsplit(".", 2)[0]  # "caci", from "caci.pages._sample"
    path = Path(str(files(package) / "data" / "sample"))
    if not path.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the sample corpus is not installed (package data missing)", str(path))
    return path


def sample_paths() -> list[Path]:
    """The page files of the sample corpus bundled with caci (about ten articles from
    1996 to 2025 on Central Asia and the Caucasus, written for the project)."""
    return sorted(_sample_root().glob("*.txt"))


def sample_corpus(**kwargs: Any) -> Any:
    """``read_pages(sample_paths(), **kwargs)``: the sample corpus as a DataFrame."""
    return read_pages(sample_paths(), **kwargs)
