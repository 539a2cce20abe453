"""Errors: caci's exceptions are ValueErrors that say what and where; nothing panics."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import caci


def test_exception_hierarchy() -> None:
    assert issubclass(caci.CaciError, ValueError)
    assert issubclass(caci.GazetteerError, caci.CaciError)
    assert issubclass(caci.DateError, caci.CaciError)


def test_bad_gazetteer_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("id\tkind\tname\nUZB\tcountry\tUzbekistan\nX\tcity\tXanadu\n", "utf-8")
    with pytest.raises(caci.GazetteerError) as info:
        caci.Gazetteer.from_files(path)
    e = info.value
    assert (e.file, e.line, e.kind) == (str(path), 3, "unknown_kind")
    assert str(e).startswith(f"{path}:3: unknown kind `city`")


def test_duplicate_and_ambiguous_entries(tmp_path: Path) -> None:
    path = tmp_path / "dup.tsv"
    path.write_text("id\tkind\tname\nUZB\tcountry\tUzbekistan\nUZB\tcountry\tUzbekistan\n", "utf-8")
    with pytest.raises(caci.GazetteerError, match="duplicate id `UZB`") as info:
        caci.Gazetteer.from_files(path)
    assert info.value.kind == "duplicate_id" and info.value.line == 3
    with pytest.raises(caci.GazetteerError, match="record 1: duplicate id `A`"):
        caci.Gazetteer.from_records([{"id": "A", "kind": "region", "name": "A"}] * 2)
    with pytest.raises(caci.GazetteerError, match="also names") as info:
        caci.Gazetteer.from_records(
            [{"id": "GEO", "kind": "country", "name": "Georgia"}, {"id": "ga", "kind": "region", "name": "Georgia"}]
        )
    assert info.value.kind == "ambiguous_alias" and info.value.file is None


def test_bad_records_say_which_record() -> None:
    with pytest.raises(caci.GazetteerError, match=r"record 0 \(`x`\): unknown kind `city`"):
        caci.Gazetteer.from_records([{"id": "x", "kind": "city", "name": "X"}])
    with pytest.raises(caci.GazetteerError, match="record 1: no `id`"):
        caci.Gazetteer.from_records(pd.DataFrame({"id": ["a", None], "kind": "region", "name": ["A", "B"]}))
    with pytest.raises(caci.GazetteerError, match="no `kind`"):
        caci.Gazetteer.from_records([{"id": "a", "name": "A"}])
    with pytest.raises(caci.GazetteerError, match="cannot read office"):
        caci.Gazetteer.from_records([{"id": "a", "kind": "leader", "name": "A", "offices": "President KAZ"}])
    with pytest.raises(caci.GazetteerError, match="is not an id in the gazetteer") as info:
        caci.Gazetteer.from_records([{"id": "a", "kind": "leader", "name": "A", "offices": "President@ZZZ 2000.."}])
    assert info.value.kind == "unknown_reference"
    with pytest.raises(TypeError, match="list of dicts"):
        caci.Gazetteer.from_records({"id": "a"})


def test_missing_file_and_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(caci.GazetteerError, match="cannot read gazetteer file") as info:
        caci.Gazetteer.from_files(tmp_path / "nope.tsv")
    assert info.value.kind == "io"
    odd = tmp_path / "list.xlsx"
    odd.write_text("x")
    with pytest.raises(caci.GazetteerError, match="unknown gazetteer file type"):
        caci.Gazetteer.from_files([odd])


def test_bad_dates(small: caci.Gazetteer) -> None:
    with pytest.raises(caci.DateError, match="cannot read date `2020-13-01`"):
        small.find("Baku", "2020-13-01")
    with pytest.raises(caci.DateError, match="row 2: cannot read date `yesterday`") as info:
        small.find_many(["a", "b", "c"], ["2020", None, "yesterday"])
    assert info.value.row == 2
    with pytest.raises(TypeError, match="expected a date"):
        small.find("Baku", 2020)
    with pytest.raises(TypeError, match="row 1: expected a date"):
        small.find_many(["a", "b"], ["2020", 3.5])


def test_non_string_rows_are_type_errors_naming_the_row(small: caci.Gazetteer) -> None:
    with pytest.raises(TypeError, match="row 2: expected a str, None or NaN, got int"):
        small.find_many(["Baku", None, 7])
    with pytest.raises(TypeError, match="row 1: expected a str, None or NaN, got bytes"):
        caci.tag(pd.Series(["Baku", b"Baku"], dtype=object), gazetteer=small)
    with pytest.raises(TypeError, match="expected a str, None or NaN, got list"):
        small.find(["Baku"])


def test_lone_surrogates_are_value_errors_naming_the_row(small: caci.Gazetteer) -> None:
    with pytest.raises(ValueError, match="row 1: text is not valid Unicode") as info:
        small.find_many(["Baku", "Baku \ud800 Ankara"])
    assert isinstance(info.value, caci.CaciError) and info.value.row == 1
    with pytest.raises(ValueError, match="text is not valid Unicode"):
        small.find("\udfff")
    with pytest.raises(ValueError, match="row 0"):
        caci.tag(pd.Series(["\ud83d"], dtype=object), gazetteer=small)


def test_no_panics_on_odd_arguments(small: caci.Gazetteer) -> None:
    with pytest.raises(TypeError):
        small.find_many(None)
    with pytest.raises(TypeError):
        small.find_many(42)
    with pytest.raises(TypeError):
        caci.Gazetteer.from_files(42)
    with pytest.raises(ValueError, match="unknown kind"):
        small.entities(kind="")
    with pytest.raises(caci.GazetteerError, match="invalid gazetteer JSON"):
        caci.Gazetteer.from_json("{not json")
    with pytest.raises(TypeError):
        caci.Gazetteer()  # type: ignore[call-arg]


def test_import_caci_shows_its_public_names_only() -> None:
    public = {n for n in dir(caci) if not n.startswith("_")}
    promised = {n for n in caci.__all__ if not n.startswith("_")} | {"dask", "spark"}
    assert public == promised, public ^ promised
    assert not {"Any", "sys", "TYPE_CHECKING", "annotations"} & public
    for name in caci.__all__:  # every name promised is there (the lazy ones included)
        assert getattr(caci, name) is not None, name
