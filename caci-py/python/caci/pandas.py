"""caci for pandas: ``tag``, ``counts``, ``cooccurrence`` and the ``Series.caci`` accessor.

Mentions are found in Rust over the whole column and come back as a few contiguous
arrays (document positions, offsets, entity and surface codes) that become the columns
of a DataFrame directly: no Python object is made per mention, and Arrow-backed text
columns (``string[pyarrow]``, ``ArrowDtype``, pyarrow arrays, polars Series) are read
without a Python ``str`` per row.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from . import _source
from ._caci import DateError, Gazetteer

__all__ = ["CaciSeriesAccessor", "cooccurrence", "counts", "tag"]

#: The mention columns of ``tag``'s result, after the document key.
MENTION_COLUMNS = ("start", "end", "surface", "kind", "id", "name", "form", "family", "ambiguous")
#: What ``counts`` and ``cooccurrence`` can group mentions by.
GROUPINGS = ("id", "name", "kind", "family", "surface", "form")

KindArg = str | Sequence[str] | None


@dataclass
class _Input:
    texts: Any
    keys: pd.Index
    key_name: str
    dates: Any
    text_column: Any = None
    date_column: Any = None


def _add_where(e: BaseException, keys: pd.Index, key_name: str, column: Any) -> None:
    """Adds the column and the document key to an error about one row (``e.row``, a
    position), when they say more than the position: ``row 3: ... (column 'text',
    article='a1b2')``."""
    row = getattr(e, "row", None)
    if not isinstance(row, int) or not e.args or not isinstance(e.args[0], str):
        return
    where = []
    if column is not None:
        where.append(f"column {column!r}")
    positional = isinstance(keys, pd.RangeIndex) and keys.start == 0 and keys.step == 1
    if not positional and 0 <= row < len(keys):
        key = keys[row]
        where.append(f"{key_name}={key.item() if isinstance(key, np.generic) else key!r}")
    if where:
        e.args = (f"{e.args[0]} ({', '.join(where)})", *e.args[1:])


def _is_scalar_date(value: Any) -> bool:
    return value is None or isinstance(value, (str, _dt.date, np.datetime64)) or value is pd.NaT


def _pack_dates(values: Any) -> bytes:
    """A datetime64 column as int32 ``year*10000 + month*100 + day`` (0: no date)."""
    if isinstance(values, (pd.Series, pd.Index)):
        if isinstance(values.dtype, pd.DatetimeTZDtype):
            values = values.dt.tz_localize(None) if isinstance(values, pd.Series) else values.tz_localize(None)
        values = values.to_numpy(dtype="datetime64[ns]")
    days = np.asarray(values).astype("datetime64[D]")
    missing = np.isnat(days)
    months = days.astype("datetime64[M]")
    year = months.astype("datetime64[Y]").astype(np.int64) + 1970
    month = months.astype(np.int64) % 12 + 1
    day = (days - months).astype(np.int64) + 1
    packed = np.where(missing, 0, year * 10000 + month * 100 + day)
    return packed.astype(np.int32).tobytes()


def _is_datetime_column(values: Any) -> bool:
    dtype = getattr(values, "dtype", None)
    if dtype is None:
        return False
    if isinstance(dtype, pd.DatetimeTZDtype):
        return True
    return isinstance(dtype, np.dtype) and np.issubdtype(dtype, np.datetime64)


def _dates_arg(dates: Any, n: int) -> Any:
    """What the native module takes for ``dates``: None, one date, packed or per row."""
    if _is_scalar_date(dates):
        return dates
    if _is_datetime_column(dates):
        if len(dates) != n:
            raise ValueError(f"{len(dates)} dates for {n} texts: give one date per text, a single date or None")
        return _pack_dates(dates)
    return dates


def _key_name(name: Any) -> str:
    name = "doc" if name is None else str(name)
    return f"doc_{name}" if name in MENTION_COLUMNS else name


def _resolve(data: Any, text: str | None, date: Any, key: Any) -> _Input:
    """Texts, document keys and dates from the many accepted inputs."""
    text_column = date_column = None
    if isinstance(data, pd.DataFrame):
        column = "text" if text is None else text
        if column not in data.columns:
            raise KeyError(f"no text column {column!r}: pass text=<column> (columns: {list(data.columns)})")
        texts = data[column]
        text_column = column
        if isinstance(date, str) and date in data.columns:
            date_column = date
            date = data[date]
        if key is None:
            keys, name = data.index, data.index.name
        elif isinstance(key, str):
            if key not in data.columns:
                raise KeyError(f"no key column {key!r} (columns: {list(data.columns)})")
            keys, name = pd.Index(data[key]), key
        else:
            keys, name = pd.Index(key), getattr(key, "name", None)
    elif type(data).__module__.startswith("polars") and type(data).__name__ == "DataFrame":
        column = "text" if text is None else text
        texts = data[column]
        text_column = column
        if isinstance(date, str) and date in data.columns:
            date_column = date
            date = data[date].to_pandas()
        if key is None:
            keys, name = pd.RangeIndex(len(data)), None
        elif isinstance(key, str):
            keys, name = pd.Index(data[key].to_list()), key
        else:
            keys, name = pd.Index(key), getattr(key, "name", None)
    else:
        if text is not None:
            raise TypeError("text= names a column of a DataFrame; pass a Series or array of texts without it")
        if isinstance(data, (str, bytes)):
            raise TypeError("expected texts (a Series, list or Arrow array), got a single str: use caci.find")
        if isinstance(key, str):
            raise TypeError("key= as a column name needs a DataFrame; pass the keys themselves (one per text)")
        texts = data if hasattr(data, "__len__") else list(data)
        if isinstance(data, pd.Series):
            text_column = data.name
        if isinstance(data, pd.Series) and key is None:
            keys, name = data.index, data.index.name
        elif key is None:
            keys, name = pd.RangeIndex(len(texts)), None
        else:
            keys, name = pd.Index(key), getattr(key, "name", None)
    n = len(texts)
    if len(keys) != n:
        raise ValueError(f"{len(keys)} keys for {n} texts")
    return _Input(texts, keys, _key_name(name), _dates_arg(date, n), text_column, date_column)


def _native(
    data: Any,
    text: str | None,
    date: Any,
    key: Any,
    gazetteer: Gazetteer | None,
    call: Callable[[Gazetteer, Any, Any], dict[str, Any]],
) -> tuple[_Input, dict[str, Any], Gazetteer]:
    """One native batch call (``call(gazetteer, texts, dates)``) on the many accepted
    inputs: the texts and dates read as ``caci.tag`` reads them, and an error that names
    the document key and column of the row that caused it."""
    inp = _resolve(data, text, date, key)
    g = Gazetteer.default() if gazetteer is None else gazetteer
    texts = inp.texts
    if isinstance(texts, (pd.Series, pd.Index)) and not _source.is_arrow(texts):
        texts = texts.to_numpy(dtype=object).tolist()
    try:
        found = call(g, texts, inp.dates)
    except (TypeError, ValueError) as e:
        column = inp.date_column if isinstance(e, DateError) else inp.text_column
        _add_where(e, inp.keys, inp.key_name, column)
        raise
    return inp, found, g


def _run(
    data: Any,
    text: str | None,
    date: Any,
    key: Any,
    gazetteer: Gazetteer | None,
    threads: int | None,
    progress: bool | None,
    sentences: bool = False,
) -> tuple[_Input, dict[str, Any], Gazetteer]:
    def call(g: Gazetteer, texts: Any, dates: Any) -> dict[str, Any]:
        return g._tag(texts, dates=dates, threads=threads, progress=progress, sentences=sentences)

    return _native(data, text, date, key, gazetteer, call)


def _columns(found: dict[str, Any], g: Gazetteer) -> dict[str, Any]:
    """The columns of the mention frame (without the key), as arrays and Categoricals."""
    ent = found["entity"]
    tables = g._tables()
    n_entities = len(tables["id"])
    present = np.zeros(n_entities, dtype=bool)
    present[ent] = True
    used = np.flatnonzero(present)
    remap = np.full(n_entities, -1, dtype=np.int32)
    remap[used] = np.arange(len(used), dtype=np.int32)
    codes = remap[ent]

    def categorical(values: list[Any]) -> pd.Categorical:
        # Per-entity values (names, families may repeat or be None) → codes per mention.
        local, categories = pd.factorize(pd.Index(values, dtype=object))
        return pd.Categorical.from_codes(local[codes].astype(np.int32), categories=categories)

    ids = [tables["id"][i] for i in used]
    id_codes = codes
    written = found.get("written")
    if written is not None and (written >= 0).any():
        # Grown designations (`Mi-17V-5M`) have the id of what is written (`mi-17v-5m`),
        # after the known entities' ids; their name, kind and family are the known one's.
        grown = written >= 0
        values = np.array(ids, dtype=object)[codes]
        values[grown] = np.array(found["written_ids"], dtype=object)[written[grown]]
        id_codes, unique = pd.factorize(values)
        id_codes, ids = id_codes.astype(np.int32), list(unique)
    kind_of_entity = tables["kind"]
    return {
        "start": found["start"],
        "end": found["end"],
        "surface": pd.Categorical.from_codes(found["surface"], categories=pd.Index(found["surfaces"], dtype=object)),
        "kind": pd.Categorical.from_codes(kind_of_entity[ent], dtype=pd.CategoricalDtype(tables["kinds"])),
        "id": pd.Categorical.from_codes(id_codes, categories=pd.Index(ids, dtype=object)),
        "name": categorical([tables["name"][i] for i in used]),
        "form": pd.Categorical.from_codes(found["form"], dtype=pd.CategoricalDtype(tables["forms"])),
        "family": categorical([tables["family"][i] for i in used]),
        "ambiguous": found["ambiguous"],
    }


def tag(
    data: Any,
    text: str | None = None,
    *,
    date: Any = None,
    key: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = None,
    progress: bool | None = None,
    sentence: bool = False,
) -> pd.DataFrame:
    """Every mention in a column of texts, one row per mention.

    ``data`` is a DataFrame (``text`` names its text column, default ``"text"``), a
    Series, a list or array of texts, a pyarrow ``Array``/``ChunkedArray`` or a polars
    Series. ``date`` is a column name, one date for all documents or one per document.
    ``key`` is the column that identifies documents (default: the index; for arrays, the
    position).

    Columns: the document key (named after the key column or index, else ``doc``;
    ``doc_<name>`` if that clashes), ``start``, ``end`` (``str`` offsets), ``surface``,
    ``kind``, ``id``, ``name``, ``form``, ``family`` (categorical), ``ambiguous`` and,
    with ``sentence=True``, ``sentence`` (0-based sentence number in the document: the
    sentences the relations are read from; a line break also ends one).
    Rows follow the documents' order, then ``start``. Missing texts (None, NaN) have no
    rows.
    """
    inp, found, g = _run(data, text, date, key, gazetteer, threads, progress, sentence)
    doc = found["doc"]
    columns: dict[str, Any] = {inp.key_name: inp.keys.take(doc)}
    columns.update(_columns(found, g))
    if sentence:
        columns["sentence"] = found["sentence"]
    return pd.DataFrame(columns, copy=False)


def _kinds(kind: KindArg) -> list[str] | None:
    if kind is None:
        return None
    return [kind] if isinstance(kind, str) else list(kind)


def _grouped(found: dict[str, Any], g: Gazetteer, by: str, kind: KindArg) -> tuple[np.ndarray, np.ndarray, pd.Index]:
    """Per kept mention: its row in ``found``, its group code; and the groups."""
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, got {by!r}")
    columns = _columns(found, g)
    cat = columns[by]
    codes = np.asarray(cat.codes, dtype=np.int64)
    keep = codes >= 0
    kinds = _kinds(kind)
    if kinds is not None:
        unknown = set(kinds) - set(columns["kind"].categories)
        if unknown:
            raise ValueError(f"unknown kind(s) {sorted(unknown)}; known: {list(columns['kind'].categories)}")
        keep &= np.asarray(columns["kind"].isin(kinds))
    rows = np.flatnonzero(keep)
    used, local = np.unique(codes[rows], return_inverse=True)
    return rows, local.reshape(-1).astype(np.int64), pd.Index(cat.categories.take(used), name=by)


def counts(
    data: Any,
    text: str | None = None,
    *,
    by: str = "id",
    kind: KindArg = None,
    date: Any = None,
    key: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Documents by entities: how often each entity is mentioned in each document.

    One row per document (all of them, in order, indexed by the document key), one
    column per entity mentioned anywhere (labelled by ``by``: ``"id"``, ``"name"``,
    ``"kind"``, ``"family"``, ``"surface"`` or ``"form"``), most mentioned first.
    ``kind`` keeps only mentions of that kind (or kinds). The matrix is dense (int32).
    """
    inp, found, g = _run(data, text, date, key, gazetteer, threads, progress)
    rows, code, labels = _grouped(found, g, by, kind)
    doc = found["doc"][rows]
    n_docs, n_cols = len(inp.keys), len(labels)
    matrix = np.zeros(n_docs * n_cols, dtype=np.int32)
    if len(rows):
        cells, n = np.unique(doc * n_cols + code, return_counts=True)
        matrix[cells] = n
    matrix = matrix.reshape(n_docs, n_cols)
    order = np.argsort(-matrix.sum(axis=0, dtype=np.int64), kind="stable")
    index = inp.keys.copy()
    index.name = inp.key_name
    return pd.DataFrame(matrix[:, order], index=index, columns=labels.take(order))


def cooccurrence(
    data: Any,
    text: str | None = None,
    *,
    within: Literal["document", "sentence"] = "document",
    by: str = "id",
    kind: KindArg = None,
    date: Any = None,
    key: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Pairs of entities mentioned in the same document (or sentence), with counts.

    Columns ``source``, ``target`` (``source < target`` in category order) and ``count``:
    the number of documents (or sentences) that mention both; most frequent first. The
    frame is an edge list: ``networkx.from_pandas_edgelist(df, edge_attr="count")``.
    """
    if within not in ("document", "sentence"):
        raise ValueError(f"within must be 'document' or 'sentence', got {within!r}")
    sentences = within == "sentence"
    _, found, g = _run(data, text, date, key, gazetteer, threads, progress, sentences)
    rows, code, labels = _grouped(found, g, by, kind)
    unit = found["doc"][rows]
    if sentences:
        sentence = found["sentence"][rows].astype(np.int64)
        unit = unit * (int(sentence.max(initial=0)) + 1) + sentence
    n_labels = max(len(labels), 1)
    pairs = np.unique(unit * n_labels + code)
    members = pd.DataFrame({"unit": pairs // n_labels, "code": pairs % n_labels})
    joined = members.merge(members, on="unit")
    joined = joined[joined["code_x"] < joined["code_y"]]
    edges = joined.groupby(["code_x", "code_y"]).size().reset_index(name="count")
    edges = edges.sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
    return pd.DataFrame(
        {
            "source": labels.take(edges["code_x"].to_numpy()).to_numpy(),
            "target": labels.take(edges["code_y"].to_numpy()).to_numpy(),
            "count": edges["count"].to_numpy(dtype=np.int64),
        }
    )


def _entities_frame(rows: list[dict[str, Any]], attributes: list[str]) -> pd.DataFrame:
    """``Gazetteer.entities()``: one row per entity, attributes as columns."""
    first = ["alpha2", "official", "family", "category", "origin", "maker", "country"]
    known = [a for a in first if a in attributes]
    columns = [
        "id",
        "kind",
        "name",
        "aliases",
        "demonyms",
        "capitals",
        "offices",
        *known,
        *sorted(set(attributes) - set(known)),
    ]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    kinds = ["country", "leader", "weapon", "organization", "region"]
    frame["kind"] = pd.Categorical(frame["kind"], categories=sorted(set(kinds) | set(frame["kind"]), key=_kind_order))
    return frame


def _kind_order(kind: str) -> tuple[int, str]:
    kinds = ["country", "leader", "weapon", "organization", "region"]
    return (kinds.index(kind) if kind in kinds else len(kinds), kind)


@pd.api.extensions.register_series_accessor("caci")
class CaciSeriesAccessor:
    """``series.caci``: caci on a Series of texts (the index is the document key)."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def find(
        self,
        date: Any = None,
        *,
        gazetteer: Gazetteer | None = None,
        threads: int | None = None,
        progress: bool | None = None,
    ) -> pd.Series:
        """The mentions of each text: a Series of lists of ``Mention``, same index."""
        g = Gazetteer.default() if gazetteer is None else gazetteer
        s = self._series
        texts = s if _source.is_arrow(s) else s.to_numpy(dtype=object).tolist()
        dates = _dates_arg(date, len(s))
        try:
            found = g.find_many(texts, dates, threads=threads, progress=progress)
        except (TypeError, ValueError) as e:
            _add_where(e, s.index, _key_name(s.index.name), None if isinstance(e, DateError) else s.name)
            raise
        out = np.empty(len(found), dtype=object)
        for i, mentions in enumerate(found):
            out[i] = mentions
        return pd.Series(out, index=s.index, name=s.name, dtype=object)

    def tag(self, date: Any = None, **kwargs: Any) -> pd.DataFrame:
        """``caci.tag`` on this Series."""
        return tag(self._series, date=date, **kwargs)

    def counts(self, date: Any = None, **kwargs: Any) -> pd.DataFrame:
        """``caci.counts`` on this Series."""
        return counts(self._series, date=date, **kwargs)

    def cooccurrence(self, date: Any = None, **kwargs: Any) -> pd.DataFrame:
        """``caci.cooccurrence`` on this Series."""
        return cooccurrence(self._series, date=date, **kwargs)

    def display(self, position: int = 0, date: Any = None, *, gazetteer: Gazetteer | None = None) -> Any:
        """The text at ``position`` with its mentions highlighted (``caci.display``)."""
        from .display import display

        return display(self._series.iloc[position], date, gazetteer=gazetteer)
