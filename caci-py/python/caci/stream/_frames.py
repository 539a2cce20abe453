"""The frames a stream yields: a batch's mentions as a DataFrame of ``COLUMNS``, with the
documents' keys and sources and the mentions' offsets in the files."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import pages
from .._caci import Gazetteer
from ..pandas import _columns
from ._documents import Doc


def frame(
    g: Gazetteer,
    batch: list[Doc],
    doc: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    entity: np.ndarray,
    form: np.ndarray,
    ambiguous: np.ndarray,
    surface: np.ndarray,
    surfaces: list[str],
    written: tuple[np.ndarray, list[str]],
) -> pd.DataFrame:
    """The frame of a batch's mentions: row ``k`` is in document ``batch[doc[k]]``;
    ``written`` is the codes and ids as written of grown designations (-1: none)."""
    found = {
        "entity": np.ascontiguousarray(entity, dtype=np.int32),
        "form": np.ascontiguousarray(form, dtype=np.int8),
        "ambiguous": np.ascontiguousarray(ambiguous, dtype=bool),
        "surface": np.ascontiguousarray(surface, dtype=np.int32),
        "surfaces": surfaces,
        "written": np.ascontiguousarray(written[0], dtype=np.int32),
        "written_ids": written[1],
        "start": np.ascontiguousarray(start, dtype=np.int64),
        "end": np.ascontiguousarray(end, dtype=np.int64),
    }
    cols = _columns(found, g)
    keys = np.array([d.key for d in batch], dtype=object)
    sources, source_codes = np.unique(np.array([d.source for d in batch], dtype=object), return_inverse=True)
    file_start = found["start"].copy()
    file_end = found["end"].copy()
    missing = np.zeros(len(doc), dtype=bool)
    kinds = np.array([d.kind for d in batch], dtype=object)
    row_kind = kinds[doc] if len(doc) else np.empty(0, dtype=object)
    missing[row_kind == "json"] = True
    for i in np.unique(doc[row_kind == "article"]) if len(doc) else ():
        rows = np.flatnonzero(doc == i)
        spans = pages.file_spans(batch[i].segments, found["start"][rows], found["end"][rows])
        file_start[rows], file_end[rows] = spans
    return pd.DataFrame(
        {
            "doc": keys[doc] if len(doc) else np.empty(0, dtype=object),
            "source": pd.Categorical.from_codes(
                np.asarray(source_codes, dtype=np.int32).reshape(-1)[doc],
                categories=pd.Index(sources, dtype=object),
            ),
            "start": found["start"],
            "end": found["end"],
            "file_start": pd.arrays.IntegerArray(file_start, missing),
            "file_end": pd.arrays.IntegerArray(file_end, missing.copy()),
            "surface": cols["surface"],
            "kind": cols["kind"],
            "id": cols["id"],
            "name": cols["name"],
            "form": cols["form"],
            "family": cols["family"],
            "ambiguous": cols["ambiguous"],
        },
        copy=False,
    )
