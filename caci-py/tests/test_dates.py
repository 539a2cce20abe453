"""Every entry point reads a document date by one rule, the core's ``Date``.

A year stays a year and a month a month: ``"2003"`` is not 2003-01-01. The text is
chosen so that the precision decides who is meant (Azerbaijan's presidency passed from
Heydar to Ilham Aliyev on 2003-10-31), so a path that turned ``"2003"`` into a day would
give other mentions than ``caci.find``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import caci
from caci.cli import main

TEXT = "In Baku, President Aliyev received the envoy. Aliyev spoke of Nakhchivan."

# (what the user writes, the core's canonical date it stands for)
DATES = [
    ("2003", "2003"),
    ("2003-06", "2003-06"),
    ("2003-11", "2003-11"),
    ("2003-06-15", "2003-06-15"),
    ("2003-11-15T09:30:00", "2003-11-15"),
    ("2003-11-15 09:30:00+05:00", "2003-11-15"),
    (pd.Timestamp("2003-06-15 09:30"), "2003-06-15"),
    (dt.date(2003, 11, 15), "2003-11-15"),
    (dt.datetime(2003, 6, 15, 23, 59), "2003-06-15"),
]


def triples(found: Any) -> list[tuple[int, int, str]]:
    """``(start, end, id)`` of Mention objects or of a frame's rows."""
    if isinstance(found, pd.DataFrame):
        return list(zip(found["start"].astype(int), found["end"].astype(int), found["id"].astype(str)))
    return [(m.start, m.end, m.id) for m in found]


def test_the_precision_of_a_date_decides_this_text() -> None:
    # Without this the test below could pass with every path reading dates wrongly.
    before, after = triples(caci.find(TEXT, date="2003-06")), triples(caci.find(TEXT, date="2003-11"))
    assert ("heydar-aliyev" in {i for *_, i in before}) and ("ilham-aliyev" in {i for *_, i in after})
    year = triples(caci.find(TEXT, date="2003"))
    assert year != triples(caci.find(TEXT, date="2003-01-01")), "a year must not be read as its first day"


@pytest.mark.parametrize(("given", "canonical"), DATES, ids=[str(d) for d, _ in DATES])
def test_every_entry_point_reads_a_date_as_the_core_does(
    given: Any, canonical: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert caci._caci._date(given) == canonical
    want = triples(caci.find(TEXT, date=canonical))
    got = {
        "find": triples(caci.find(TEXT, date=given)),
        "find_many, one date": triples(caci.find_many([TEXT], given)[0]),
        "find_many, a list": triples(caci.find_many([TEXT], [given])[0]),
        "tag, one date": triples(caci.tag(pd.DataFrame({"text": [TEXT]}), date=given)),
        "tag, a column": triples(caci.tag(pd.DataFrame({"text": [TEXT], "d": [given]}), date="d")),
        "Series.caci.tag": triples(pd.Series([TEXT]).caci.tag(date=given)),
    }
    plain = tmp_path / "doc.txt"
    plain.write_text(TEXT, encoding="utf-8")
    got["iter_tag"] = triples(
        pd.concat([pd.DataFrame(columns=["start", "end", "id"]), *caci.iter_tag(plain, date=given, progress=False)])
    )
    if isinstance(given, str):
        records = tmp_path / "docs.jsonl"
        records.write_text(json.dumps({"text": TEXT, "date": given}) + "\n", encoding="utf-8")
        got["iter_tag, JSON Lines"] = triples(pd.concat(list(caci.iter_tag(records, progress=False))))
        assert main(["tag", str(plain), "--date", given, "--format", "jsonl"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
        got["caci tag --date"] = [(r["start"], r["end"], r["id"]) for r in rows]
    if not isinstance(given, str) or len(canonical) == 10:
        # A datetime column holds days: it equals the day the value stands for.
        day = pd.Timestamp(given)
        column = pd.Series([day.tz_localize(None) if day.tzinfo else day]).astype("datetime64[ns]")
        got["tag, a datetime column"] = triples(caci.tag(pd.DataFrame({"text": [TEXT], "d": column}), date="d"))
    for path, found in got.items():
        assert found == want, path


def test_a_json_number_is_a_year_and_bad_dates_say_where(tmp_path: Path) -> None:
    records = tmp_path / "docs.jsonl"
    records.write_text(json.dumps({"text": TEXT, "date": 2003}) + "\n", encoding="utf-8")
    assert triples(pd.concat(list(caci.iter_tag(records, progress=False)))) == triples(caci.find(TEXT, date="2003"))
    records.write_text(json.dumps({"text": TEXT, "date": "15/06/2003"}) + "\n", encoding="utf-8")
    with pytest.raises(caci.CaciError, match=r"docs\.jsonl:1: 'date' is not a date: '15/06/2003'"):
        list(caci.iter_tag(records, progress=False))
    with pytest.raises(caci.DateError, match="cannot read date `2003-13`"):
        caci.iter_tag(records, date="2003-13")
