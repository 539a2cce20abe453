"""Properties over arbitrary text: offsets index the str; batch equals one by one."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import caci

# Pieces that make mentions likely, among arbitrary Unicode (astral, combining marks).
PIECES = [
    "Türkiye",
    "TÜRKIYE",
    "türkiye",
    "Ürümqi",
    "ürümqi",
    "Azərbaycan",
    "Baku",
    "J-10C",
    "J-10CEs",
    "J 10C",
    "TB2s",
    "Sino-",
    "Russian",
    "PRC",
    "prc",
    "Aliyev",
    "Putin",
    "O'zbekiston",
    "O’zbekiston",
    "Kremlin",
    " ",
    "-",
    "’s",
    ".",
    "\n",
    "😀",
    "e\u0301",
    "İ",
    "ß",
    "\u00a0",
    "\u2011",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=25).map("".join)
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat() if d.year >= 1 else None))

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=texts, date=dates)
def test_every_mention_is_a_slice_of_the_text(small: caci.Gazetteer, text: str, date: str | None) -> None:
    found = small.find(text, date)
    end = 0
    for m in found:
        assert text[m.start : m.end] == m.surface
        assert m.start >= end, "in order, without overlaps"
        end = m.end


@SETTINGS
@given(batch=st.lists(st.one_of(texts, st.none()), max_size=30), threads=st.sampled_from([None, 1, 2]))
def test_find_many_equals_find_one_by_one(small: caci.Gazetteer, batch: list[str | None], threads: int | None) -> None:
    assert small.find_many(batch, threads=threads) == [small.find(t) for t in batch]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(st.one_of(texts, st.none()), max_size=20))
def test_tag_rows_are_the_mentions(small: caci.Gazetteer, batch: list[str | None]) -> None:
    frame = caci.tag(pd.Series(batch, dtype=object), gazetteer=small)
    expected = [(i, m.start, m.end, m.surface, m.id, m.form) for i, t in enumerate(batch) for m in small.find(t)]
    got = list(zip(frame["doc"], frame["start"], frame["end"], frame["surface"], frame["id"], frame["form"]))
    assert got == expected


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(st.one_of(texts, st.none()), max_size=20), large=st.booleans())
def test_arrow_input_finds_what_str_input_finds(small: caci.Gazetteer, batch: list[str | None], large: bool) -> None:
    pa = pytest.importorskip("pyarrow")
    array = pa.array(batch, type=pa.large_string() if large else pa.string())
    assert small.find_many(array) == small.find_many(batch)
