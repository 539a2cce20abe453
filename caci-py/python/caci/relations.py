"""Relations stated in a column of texts: ``transfers`` (who supplies which weapon system
to whom, at what stage) and ``meetings`` (which leaders met, called or visited whom).

Both take the inputs of ``caci.tag`` and read the texts in Rust (``caci_core::relations``)
on all cores with the GIL released: rules over sentences and clauses, a row only where a
clause states the relation. ``transfer_table`` and ``meeting_edges`` turn the rows into
the tables a report shows.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ._caci import Gazetteer
from .pandas import _Input, _native

__all__ = [
    "MEETING_COLUMNS",
    "STATUSES",
    "TRANSFER_COLUMNS",
    "meeting_edges",
    "meetings",
    "transfer_table",
    "transfers",
]

#: The stages of a transfer, from the earliest to the last (``status`` categories).
STATUSES = ("interest", "negotiation", "order", "delivery", "use", "cancelled")
#: The kinds of meeting (``kind`` categories).
MEETING_KINDS = ("meeting", "visit", "call", "summit", "talks")
#: The columns of ``transfers`` after the document key.
TRANSFER_COLUMNS = (
    "start",
    "end",
    "supplier",
    "recipient",
    "system",
    "family",
    "quantity",
    "status",
    "year",
    "value",
    "currency",
    "evidence",
)
#: The columns of ``meetings`` after the document key.
MEETING_COLUMNS = ("start", "end", "a", "b", "kind", "place", "year", "evidence")
#: The dtypes of the columns (``object`` for the others).
_DTYPES: dict[str, dict[str, Any]] = {
    "transfers": {
        "start": np.int64,
        "end": np.int64,
        "supplier": "category",
        "recipient": "category",
        "system": "category",
        "family": "category",
        "quantity": "Int64",
        "status": pd.CategoricalDtype(STATUSES),
        "year": "Int64",
        "value": np.float64,
        "currency": "category",
    },
    "meetings": {
        "start": np.int64,
        "end": np.int64,
        "a": "category",
        "b": "category",
        "kind": pd.CategoricalDtype(MEETING_KINDS),
        "place": "category",
        "year": "Int64",
    },
}
_COLUMNS = {"transfers": TRANSFER_COLUMNS, "meetings": MEETING_COLUMNS}


def _key_name(name: Any, columns: tuple[str, ...]) -> str:
    name = "doc" if name in (None, "doc") else str(name)
    return f"doc_{name}" if name in columns else name


def _run(
    data: Any,
    text: str | None,
    date: Any,
    key: Any,
    gazetteer: Gazetteer | None,
    threads: int | None,
    progress: bool | None,
    want: tuple[str, ...],
) -> dict[str, pd.DataFrame]:
    """The frames of the relations in ``want`` (``"transfers"``, ``"meetings"``), from one
    native call over the documents."""

    def call(g: Gazetteer, texts: Any, dates: Any) -> dict[str, Any]:
        return g._relations(
            texts,
            dates=dates,
            threads=threads,
            progress=progress,
            transfers="transfers" in want,
            meetings="meetings" in want,
        )

    inp, found, _ = _native(data, text, date, key, gazetteer, call)
    return {w: _frame(inp, found[w], _COLUMNS[w], _DTYPES[w]) for w in want}


def _frame(inp: _Input, found: dict[str, Any], columns: tuple[str, ...], dtypes: dict[str, Any]) -> pd.DataFrame:
    doc = np.asarray(found["doc"], dtype=np.int64)
    out: dict[str, Any] = {_key_name(inp.key_name, columns): inp.keys.take(doc)}
    for c in columns:
        out[c] = pd.Series(found[c], dtype=dtypes.get(c, object))
    return pd.DataFrame(out).reset_index(drop=True)


def _both(
    data: Any,
    text: str | None = None,
    *,
    date: Any = None,
    key: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = None,
    progress: bool | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(transfers(...), meetings(...))`` of the same inputs, the documents read once."""
    found = _run(data, text, date, key, gazetteer, threads, progress, ("transfers", "meetings"))
    return found["transfers"], found["meetings"]


def transfers(
    data: Any,
    text: str | None = None,
    *,
    date: Any = None,
    key: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Every arms transfer the texts state, one row per (clause, system, recipient).

    Inputs as for ``caci.tag``: ``data`` is a DataFrame (``text`` names its text column),
    a Series, a list or an Arrow array; ``date`` a column name, one date or one per
    document (it dates events whose sentence gives no year); ``key`` the document key.

    Columns: the document key, ``start`` and ``end`` (``str`` offsets of the clause),
    ``supplier`` and ``recipient`` (country ids), ``system`` (weapon id), ``family``,
    ``quantity`` (``Int64``: the number of units where given), ``status`` (``interest``,
    ``negotiation``, ``order``, ``delivery``, ``use``, ``cancelled``), ``year``
    (``Int64``), ``value`` (float: the amount where given) and ``currency`` (ISO code), and
    ``evidence`` (the trigger words as written).
    """
    return _run(data, text, date, key, gazetteer, threads, progress, ("transfers",))["transfers"]


def meetings(
    data: Any,
    text: str | None = None,
    *,
    date: Any = None,
    key: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Every meeting, visit, call, summit or talks the texts state, one row per pair.

    Inputs as for ``caci.tag``. Columns: the document key, ``start`` and ``end`` (``str``
    offsets of the clause), ``a`` and ``b`` (leader ids; a country id for a delegation, or
    for the state visited when no host is named), ``kind`` (``meeting``, ``visit``,
    ``call``, ``summit``, ``talks``), ``place`` (country id), ``year`` (``Int64``) and
    ``evidence`` (the trigger words). A summit of several leaders gives every pair.
    """
    return _run(data, text, date, key, gazetteer, threads, progress, ("meetings",))["meetings"]


def transfer_table(rows: pd.DataFrame) -> pd.DataFrame:
    """Supplier by recipient by status: one row per (supplier, recipient) pair, one column
    per status (all of them, in order) counting the rows of ``transfers``, and ``total``;
    the busiest pairs first (then by supplier and recipient)."""
    counts = (
        rows.assign(
            supplier=rows["supplier"].astype(str),
            recipient=rows["recipient"].astype(str),
            status=pd.Categorical(rows["status"].astype(str), categories=STATUSES),
        )
        .groupby(["supplier", "recipient", "status"], observed=False)
        .size()
        .unstack("status", fill_value=0)
    )
    counts = counts.reindex(columns=list(STATUSES), fill_value=0).astype(np.int64)
    counts = counts[counts.sum(axis=1) > 0]
    counts["total"] = counts.sum(axis=1)
    counts.columns.name = None
    counts = counts.reset_index().sort_values(["total", "supplier", "recipient"], ascending=[False, True, True])
    return counts.reset_index(drop=True)


def meeting_edges(rows: pd.DataFrame) -> pd.DataFrame:
    """The meetings network as an edge list: ``a``, ``b`` (unordered: ``a < b``),
    ``count`` (rows of ``meetings`` between them) and ``kinds`` (the kinds seen, comma
    separated); most frequent first. ``networkx.from_pandas_edgelist(df, edge_attr="count")``
    draws it."""
    if rows.empty:
        return pd.DataFrame({"a": [], "b": [], "count": pd.Series([], dtype=np.int64), "kinds": []})
    a, b = rows["a"].astype(str).to_numpy(), rows["b"].astype(str).to_numpy()
    pairs = pd.DataFrame({"a": np.minimum(a, b), "b": np.maximum(a, b), "kind": rows["kind"].astype(str).to_numpy()})
    edges = pairs.groupby(["a", "b"]).agg(
        count=("kind", "size"), kinds=("kind", lambda k: ", ".join(sorted(set(k), key=MEETING_KINDS.index)))
    )
    edges = edges.reset_index().sort_values(["count", "a", "b"], ascending=[False, True, True])
    return edges.reset_index(drop=True).astype({"count": np.int64})
