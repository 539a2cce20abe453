"""caci.transfers and caci.meetings: rows, columns, offsets, inputs, and the gold set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import caci
from caci.relations import MEETING_COLUMNS, STATUSES, TRANSFER_COLUMNS, meeting_edges, transfer_table

ROOT = Path(__file__).resolve().parents[2]


def _scorer():
    spec = importlib.util.spec_from_file_location("relations_score", ROOT / "bench" / "relations" / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["relations_score"] = module
    spec.loader.exec_module(module)
    return module


def test_transfers_give_one_row_per_stated_transfer_with_every_column() -> None:
    frame = pd.DataFrame(
        {
            "article": ["a1", "a2", "a3"],
            "date": pd.to_datetime(["2025-06-01", "2024-01-10", "2024-01-10"]),
            "text": [
                "In 2015, Beijing supplied FD-2000 batteries to both Uzbekistan and Turkmenistan.",
                "Moscow did not deliver the S-400 to Kazakhstan. Tashkent could buy 24 Rafale jets.",
                None,
            ],
        }
    )
    t = caci.transfers(frame, text="text", date="date", key="article")
    assert list(t.columns) == ["article", *TRANSFER_COLUMNS]
    rows = t[["article", "supplier", "recipient", "family", "status", "quantity", "year"]].astype(object)
    assert rows.values.tolist() == [
        ["a1", "CHN", "UZB", "fd-2000", "delivery", pd.NA, 2015],
        ["a1", "CHN", "TKM", "fd-2000", "delivery", pd.NA, 2015],
        ["a2", "FRA", "UZB", "rafale", "interest", 24, 2024],
    ]
    assert list(t["status"].cat.categories) == list(STATUSES)
    assert t["evidence"].tolist() == ["supplied", "supplied", "buy"]


def test_offsets_are_str_indices_of_the_clause_after_non_ascii_text() -> None:
    text = "Émigrés 🚀 wrote: Kazakhstan took delivery of Su-30SM fighters. Then nothing."
    t = caci.transfers([text], date="2024-01-01")
    assert len(t) == 1
    assert text[t.loc[0, "start"] : t.loc[0, "end"]] == "Kazakhstan took delivery of Su-30SM fighters."
    assert (t.loc[0, "supplier"], t.loc[0, "recipient"], t.loc[0, "evidence"]) == ("RUS", "KAZ", "took delivery of")


def test_values_come_with_their_currency() -> None:
    text = "Pakistan entered into a US$ 1.525 billion deal with China for the acquisition of 20 J-10C aircraft."
    t = caci.transfers(pd.Series([text]))
    assert (t.loc[0, "value"], t.loc[0, "currency"], t.loc[0, "quantity"]) == (1.525e9, "USD", 20)


def test_meetings_pair_leaders_and_visits() -> None:
    texts = pa.array(
        [
            "Iranian President Masoud Pezeshkian visited Baku in April.",
            "Ilham Aliyev declined to meet Vladimir Putin in Moscow.",
            "In Astana, Tokayev met Ilham Aliyev.",
        ]
    )
    m = caci.meetings(texts, date="2025-06-01")
    assert list(m.columns) == ["doc", *MEETING_COLUMNS]
    assert m[["doc", "a", "b", "kind", "place", "year"]].astype(object).values.tolist() == [
        [0, "masoud-pezeshkian", "AZE", "visit", "AZE", 2025],
        [2, "kassym-jomart-tokayev", "ilham-aliyev", "meeting", "KAZ", 2025],
    ]


def test_inputs_are_checked_as_for_tag() -> None:
    with pytest.raises(TypeError, match="row 1"):
        caci.transfers(["Astana bought jets.", b"bytes"])
    with pytest.raises(KeyError, match="no text column"):
        caci.meetings(pd.DataFrame({"body": ["x"]}))
    empty = caci.transfers([])
    assert list(empty.columns) == ["doc", *TRANSFER_COLUMNS] and len(empty) == 0


def test_several_threads_give_the_same_rows() -> None:
    texts = ["Kazakhstan took delivery of Su-30SM fighters from Russia.", "Putin met Xi Jinping in Kazan."] * 50
    one = caci.transfers(texts, date="2024-01-01", threads=1)
    two = caci.transfers(texts, date="2024-01-01", threads=2)
    pd.testing.assert_frame_equal(one, two)
    assert len(one) == 50 and len(caci.meetings(texts, date="2024-01-01", threads=2)) == 50


def test_report_tables_count_by_status_and_pair() -> None:
    t = pd.DataFrame(
        {
            "supplier": ["CHN", "CHN", "RUS", "CHN"],
            "recipient": ["UZB", "UZB", "KAZ", "UZB"],
            "status": pd.Categorical(["order", "delivery", "order", "order"], categories=STATUSES),
        }
    )
    table = transfer_table(t)
    assert list(table.columns) == ["supplier", "recipient", *STATUSES, "total"]
    assert table[["supplier", "recipient", "order", "delivery", "total"]].values.tolist() == [
        ["CHN", "UZB", 2, 1, 3],
        ["RUS", "KAZ", 1, 0, 1],
    ]
    m = pd.DataFrame(
        {"a": ["putin", "xi", "putin"], "b": ["xi", "putin", "modi"], "kind": ["meeting", "call", "summit"]}
    )
    edges = meeting_edges(m)
    assert edges.values.tolist() == [["putin", "xi", 2, "meeting, call"], ["modi", "putin", 1, "summit"]]
    assert meeting_edges(m.iloc[:0]).empty


def test_the_gold_passages_meet_the_targets() -> None:
    result = _scorer().score(_scorer().passages())
    t, m = result["transfers"], result["meetings"]
    assert t["gold"] >= 60 and m["gold"] >= 40, "the gold set is at least 60 transfers and 40 meetings"
    assert t["precision"] >= 0.9 and t["f1"] >= 0.85, t
    assert m["f1"] >= 0.85, m


def test_the_held_out_passages_keep_precision() -> None:
    # Written after the rules (heldout2: before the coreference rules, with traps for them;
    # heldout3: before the rules of a later session, with plans and refusals to meet): a
    # rule that reads more must not read wrong on text it was not tuned on.
    for docs in (_scorer().heldout(), _scorer().heldout2(), _scorer().heldout3()):
        result = _scorer().score(docs)
        for what in ("transfers", "meetings"):
            assert result[what]["precision"] >= 0.95, (what, result[what]["errors"])
