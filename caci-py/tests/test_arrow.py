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


# ---------------------------------------------------------------------------------------
# Hostile Arrow layouts: what arrow.rs reads through the C data interface (`unsafe`
# code: validity bits at an offset, offsets that do not start at 0, slices of chunks).

HOSTILE = ["Baku", None, "\0Türkiye\0", "", "😀🇺🇿 Tashkent", None, "<b>Kazakhstan</b>", "Kaz\u200dakhstan", "ü" * 40]


@pytest.mark.parametrize("arrow_type", ["string", "large_string", "string_view"])
def test_slices_with_nulls_at_any_bit_offset(small: caci.Gazetteer, arrow_type: str) -> None:
    if not hasattr(pa, arrow_type):
        pytest.skip(f"pyarrow {pa.__version__} has no {arrow_type}")
    rows = (HOSTILE + TEXTS) * 3
    array = pa.array(rows, type=getattr(pa, arrow_type)())
    for start in (1, 3, 7, 8, 9, 13):
        for length in (0, 1, 5, 17, len(rows) - start):
            sliced = array.slice(start, length)
            assert small.find_many(sliced) == small.find_many(rows[start : start + length]), (start, length)
    got = caci.tag(array.slice(11), gazetteer=small)
    assert got.equals(caci.tag(np.array(rows[11:], dtype=object), gazetteer=small))


def test_sliced_chunked_arrays_and_empty_chunks(small: caci.Gazetteer) -> None:
    rows = HOSTILE + TEXTS
    chunked = pa.chunked_array(
        [
            pa.array([], pa.string()),
            pa.array(rows[:5]),
            pa.array([], pa.string()),
            pa.array(rows[5:]),
            pa.array([None], pa.string()),
        ]
    )
    assert small.find_many(chunked) == small.find_many([*rows, None])
    for start, length in ((0, 3), (3, 9), (4, 20), (7, len(rows) - 7)):
        window = chunked.slice(start, length)  # chunks that start inside an array
        assert small.find_many(window) == small.find_many(rows[start : start + length]), (start, length)
    series = pd.Series(rows, dtype="string[pyarrow]").iloc[5:]
    assert caci.tag(series, gazetteer=small).equals(
        caci.tag(pd.Series(rows[5:], index=series.index, dtype=object), gazetteer=small)
    )


def test_buffers_with_a_first_offset_above_zero_and_an_array_offset(small: caci.Gazetteer) -> None:
    data = b"junk:Baku;Ankara.Uzbekistan"
    offsets = pa.py_buffer(np.array([5, 9, 16, 17, 27], dtype=np.int32).tobytes())
    validity = pa.py_buffer(bytes([0b1011]))  # row 2 is null
    array = pa.Array.from_buffers(pa.string(), 4, [validity, offsets, pa.py_buffer(data)], null_count=1)
    assert array.to_pylist() == ["Baku", ";Ankara", None, "Uzbekistan"]
    assert small.find_many(array) == small.find_many(array.to_pylist())
    assert [[m.id for m in ms] for ms in small.find_many(array)] == [["AZE"], ["TUR"], [], ["UZB"]]
    shifted = pa.Array.from_buffers(pa.string(), 3, [validity, offsets, pa.py_buffer(data)], null_count=1, offset=1)
    assert shifted.to_pylist() == [";Ankara", None, "Uzbekistan"]
    assert small.find_many(shifted) == small.find_many(shifted.to_pylist())


def test_decreasing_offsets_are_an_error_naming_the_row(small: caci.Gazetteer) -> None:
    offsets = pa.py_buffer(np.array([0, 4, 8, 6], dtype=np.int32).tobytes())
    bad = pa.Array.from_buffers(pa.string(), 3, [None, offsets, pa.py_buffer(b"BakuBaku")])
    with pytest.raises(ValueError, match="decreasing offsets at row 2"):
        small.find_many(bad)


def test_the_first_bad_row_is_named_whatever_the_thread_count(small: caci.Gazetteer) -> None:
    # Two rows with invalid UTF-8 in one chunk: the error names the first, also when a
    # thread that started later in the chunk meets the second one first.
    rows = [b"Baku and Ankara"] * 4_000
    rows[0] = b"Baku " * 100_000  # keeps the first thread busy
    rows[1_990], rows[2_001] = b"bad \xff", b"bad \xfe"
    offsets = np.cumsum([0] + [len(r) for r in rows]).astype(np.int32)
    array = pa.Array.from_buffers(
        pa.string(), len(rows), [None, pa.py_buffer(offsets.tobytes()), pa.py_buffer(b"".join(rows))]
    )
    for threads in (1, 2, 2, 2):
        with pytest.raises(caci.CaciError, match=r"^row 1990: text is not valid Unicode") as info:
            small.find_many(array, threads=threads)
        assert info.value.row == 1990
        # The columns fold documents into fragments: the same first row.
        with pytest.raises(caci.CaciError, match=r"^row 1990: text is not valid Unicode") as info:
            caci.tag(array, gazetteer=small, threads=threads)
        assert info.value.row == 1990
