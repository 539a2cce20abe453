"""What the native module reads: text columns of many kinds, dates and records.

Arrow-backed data (a ``pyarrow.Array`` or ``ChunkedArray``, a pandas Series with a
pyarrow-backed string dtype, a polars Series) becomes a list of Arrow C data interface
capsules, so that Rust reads the string buffers in place, without a Python ``str`` per
row. Everything else becomes a list of Python objects.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from typing import Any

#: What ``normalize`` returns for Arrow data: ``("arrow", [(schema, array), ...])``.
ArrowCapsules = tuple[str, list[tuple[Any, Any]]]


def normalize(texts: Any) -> list[Any] | ArrowCapsules:
    """A list of Python objects, or Arrow capsules for Arrow-backed text."""
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(f"expected a sequence of texts, got a single {type(texts).__name__} (use find() for one text)")
    chunks = arrow_chunks(texts)
    if chunks is not None:
        return ("arrow", [chunk.__arrow_c_array__() for chunk in chunks])
    np = sys.modules.get("numpy")
    if np is not None and isinstance(texts, np.ndarray):
        return texts.tolist()
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(texts, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
        return list(texts.tolist())
    if isinstance(texts, Mapping):
        raise TypeError("expected a sequence of texts, got a mapping")
    return list(texts)


def is_arrow(texts: Any) -> bool:
    """Whether ``normalize`` reads ``texts`` through Arrow."""
    return arrow_chunks(texts, check_only=True) is not None


def arrow_chunks(obj: Any, *, check_only: bool = False) -> list[Any] | None:
    """The Arrow string arrays behind ``obj``, or None if it is not Arrow-backed."""
    module = type(obj).__module__ or ""
    if module.startswith("polars"):
        if type(obj).__name__ != "Series":
            raise TypeError("expected a polars Series of strings (select one column), got " + type(obj).__name__)
        if check_only:
            return []
        return [_string_array(c) for c in _chunks_of(obj.to_arrow())]
    pa = sys.modules.get("pyarrow")
    if pa is None:
        return None
    if isinstance(obj, pa.ChunkedArray):
        chunks = obj.chunks
    elif isinstance(obj, pa.Array):
        chunks = [obj]
    else:
        pd = sys.modules.get("pandas")
        if pd is None or not isinstance(obj, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
            return None
        array = obj if isinstance(obj, pd.api.extensions.ExtensionArray) else obj.array
        dtype = array.dtype
        arrow_backed = isinstance(dtype, pd.ArrowDtype) or (
            isinstance(dtype, pd.StringDtype) and str(dtype.storage).startswith("pyarrow")
        )
        if not arrow_backed:
            return None
        if isinstance(dtype, pd.ArrowDtype) and not _is_text_type(pa, dtype.pyarrow_dtype):
            return None  # e.g. int64[pyarrow]: read row by row, which names the bad row
        if check_only:
            return []
        chunks = _chunks_of(array.__arrow_array__())
    if check_only:
        return []
    return [_string_array(c) for c in chunks]


def _chunks_of(arrow: Any) -> list[Any]:
    return list(arrow.chunks) if hasattr(arrow, "chunks") else [arrow]


def _is_text_type(pa: Any, t: Any) -> bool:
    if pa.types.is_dictionary(t):
        t = t.value_type
    is_view = getattr(pa.types, "is_string_view", lambda _t: False)
    return pa.types.is_string(t) or pa.types.is_large_string(t) or is_view(t) or pa.types.is_null(t)


def _string_array(chunk: Any) -> Any:
    """``chunk`` as an Arrow ``string`` or ``large_string`` array (the layouts Rust reads)."""
    import pyarrow as pa

    t = chunk.type
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_null(t):
        return chunk
    if _is_text_type(pa, t):  # string_view, dictionary of strings: one vectorised cast
        return chunk.cast(pa.large_string())
    raise TypeError(f"expected a column of strings, got an Arrow column of type {t}")


def date_values(dates: Any) -> list[Any]:
    """A list of date-like values (one per text) from a column of dates."""
    np = sys.modules.get("numpy")
    if np is not None and isinstance(dates, np.ndarray):
        if np.issubdtype(dates.dtype, np.datetime64):
            return dates.astype("datetime64[D]").tolist()
        return dates.tolist()
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(dates, (pd.Series, pd.Index)):
        return list(dates.tolist())
    if hasattr(dates, "to_pylist"):  # pyarrow
        return dates.to_pylist()
    if type(dates).__module__.startswith("polars"):
        return dates.to_list()
    return list(dates)


def records(obj: Any) -> Iterable[Any]:
    """Gazetteer records: dicts from a list of dicts, a pandas or a polars DataFrame."""
    if isinstance(obj, (str, bytes, Mapping)):
        raise TypeError("expected a list of dicts or a DataFrame of records, one per entity")
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(obj, pd.DataFrame):
        return obj.to_dict("records")
    if type(obj).__module__.startswith("polars") and hasattr(obj, "to_dicts"):
        return obj.to_dicts()
    return obj
