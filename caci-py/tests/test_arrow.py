"""Arrow-backed text: pyarrow arrays, pandas string[pyarrow] / ArrowDtype, polars."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import caci
from conftest import SAMPLE

pa = pytest.importorskip("pyarrow")

TEXTS = [SAMPLE, None, "", "Aliyev met Putin in Baku. Türkiye sent TB2s.", "Sino-Russian drills near Ürümqi."] * 7


@pytest.fixture
def expected(small: caci.Gazetteer) -> pd.DataFrame:
    return caci.tag(np.array(TEXTS, dtype=object), gazetteer=small)


@pytest.mark.parametrize("arrow_type", ["string", "large_string"])
def test_pyarrow_arrays_tag_like_python_strings(small: caci.Gazetteer, expected: pd.DataFrame, arrow_type: str) -> None:
    array = pa.array(TEXTS, type=getattr(pa, arrow_type)())
    assert caci.tag(array, gazetteer=small).equals(expected)
    assert small.find_many(array) == small.find_many(TEXTS)


def test_chunked_and_sliced_arrays_number_rows_across_chunks(small: caci.Gazetteer, expected: pd.DataFrame) -> None:
    chunked = pa.chunked_array([pa.array(TEXTS[:4]), pa.array(TEXTS[4:20]), pa.array(TEXTS[20:])])
    assert chunked.num_chunks == 3
    assert caci.tag(chunked, gazetteer=small).equals(expected)
    sliced = pa.array(["padding"] * 5 + TEXTS)[5:]  # an array with a non-zero offset
    assert sliced.offset == 5
    assert caci.tag(sliced, gazetteer=small).equals(expected)
    empty = pa.chunked_array([], type=pa.string())
    assert len(caci.tag(empty, gazetteer=small)) == 0


def test_dictionary_view_and_null_arrays(small: caci.Gazetteer, expected: pd.DataFrame) -> None:
    assert caci.tag(pa.array(TEXTS).dictionary_encode(), gazetteer=small).equals(expected)
    if hasattr(pa, "string_view"):
        assert caci.tag(pa.array(TEXTS, pa.string_view()), gazetteer=small).equals(expected)
    assert small.find_many(pa.nulls(3)) == [[], [], []]


@pytest.mark.parametrize("dtype", ["string[pyarrow]", "large_string[pyarrow]", "string[python]"])
def test_pandas_arrow_backed_columns(small: caci.Gazetteer, expected: pd.DataFrame, dtype: str) -> None:
    if dtype == "large_string[pyarrow]":
        series = pd.Series(TEXTS, dtype=pd.ArrowDtype(pa.large_string()))
    else:
        series = pd.Series(TEXTS, dtype=dtype)
    assert caci.tag(pd.DataFrame({"text": series}), gazetteer=small).equals(expected)
    assert series.caci.find(gazetteer=small).tolist() == small.find_many(TEXTS)


def test_polars_series(small: caci.Gazetteer, expected: pd.DataFrame) -> None:
    pl = pytest.importorskip("polars")
    series = pl.Series("text", TEXTS)
    assert caci.tag(series, gazetteer=small).equals(expected)
    frame = pl.DataFrame({"text": TEXTS, "n": list(range(len(TEXTS)))})
    keyed = caci.tag(frame, key="n", gazetteer=small)
    assert list(keyed["n"]) == list(expected["doc"])
    with pytest.raises(TypeError, match="polars Series"):
        small.find_many(frame)


def test_non_string_arrow_columns_are_type_errors(small: caci.Gazetteer) -> None:
    with pytest.raises(TypeError, match="got an Arrow column of type int64"):
        caci.tag(pa.array([1, 2, 3]), gazetteer=small)
    with pytest.raises(TypeError, match="row 0: expected a str, None or NaN, got int"):
        caci.tag(pd.Series([1, 2], dtype="int64[pyarrow]"), gazetteer=small)


def test_invalid_utf8_in_arrow_data_names_the_row(small: caci.Gazetteer) -> None:
    offsets = pa.py_buffer(np.array([0, 4, 8], dtype=np.int32).tobytes())
    data = pa.py_buffer(b"Baku\xff\xfeab")
    bad = pa.Array.from_buffers(pa.string(), 2, [None, offsets, data])
    with pytest.raises(caci.CaciError, match="row 1: text is not valid Unicode") as info:
        small.find_many(bad)
    assert info.value.row == 1
    assert isinstance(info.value, ValueError)
