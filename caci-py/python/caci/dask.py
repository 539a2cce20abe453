"""caci for Dask: ``tag`` a Dask DataFrame of texts, one partition at a time.

``caci.dask.tag`` is ``caci.tag`` mapped over the partitions of a Dask DataFrame (or
Series) of texts: the result is a lazy Dask DataFrame of mentions whose computed value
equals ``caci.tag`` on the whole frame, row for row (partitions stay in order, and in
each partition rows follow the documents, then ``start``)::

    import dask.dataframe as dd
    from distributed import Client

    import caci
    import caci.dask

    client = Client()  # a local cluster; or Client("tcp://scheduler:8786")
    pages = caci.sample_corpus()[["article", "date", "text"]]
    ddf = dd.from_pandas(pages, npartitions=4)  # or dd.read_parquet("corpus/")
    mentions = caci.dask.tag(ddf, date="date", key="article")
    mentions.compute()  # == caci.tag(pages, date="date", key="article")

How it runs
-----------
* Each partition is tagged by ``caci.tag`` in the worker. Dask stores text columns as
  ``string[pyarrow]`` (its default), which ``caci.tag`` reads in place through Arrow: no
  Python ``str`` is made per document.
* The built-in gazetteer never travels: each worker process builds it once, on first
  use (``Gazetteer.default()``), and the task graph holds no gazetteer at all.
* A custom gazetteer travels once per worker, not once per partition: it enters the
  graph once, as a single task that every partition depends on, so a worker fetches it
  once (as a compressed specification) and keeps it in memory for all its partitions.
  The built gazetteer is also cached per worker process, keyed by a hash of its
  specification, so later computations with the same gazetteer do not build it again.
* ``threads=1`` by default: the partitions are the unit of parallelism (a worker runs as
  many at a time as it has threads, and the tagger releases the GIL), so more threads
  per partition would oversubscribe the cores. Give ``threads=`` more than 1 only for
  workers with one thread and several cores each.
* Only the text, date and key columns are read: with ``dd.read_parquet`` the other
  columns are never loaded.
* No progress bars in the workers: Dask has its own (``distributed.progress``, the
  dashboard).

The result
----------
Columns and order as ``caci.tag``: the document key (named after the key column, or the
index, else ``doc``), ``start``, ``end``, ``surface``, ``kind``, ``id``, ``name``,
``form``, ``family``, ``ambiguous`` (and ``sentence`` with ``sentence=True``). The
index is each partition's own positions (not unique across partitions, divisions
unknown): use the key column to join back to the documents.

The dtypes are known in advance and the same in every partition, so the metadata is
exact, partitions concatenate without widening to ``object`` and ``to_parquet`` writes
one schema: ``kind`` and ``form`` are categoricals with their fixed categories; ``name``
and ``family`` are categoricals whose categories are the gazetteer's (every entity, not
only those mentioned as in ``caci.tag``: ``value_counts`` lists the others with 0;
``.cat.remove_unused_categories()`` after ``compute`` drops them); ``surface`` and ``id``
are ``string[pyarrow]`` columns (surfaces are open-ended, and so are ids: a grown
designation such as ``Mi-17V-5M`` has the id of what is written, ``mi-17v-5m``). The
values equal ``caci.tag``'s.
"""

from __future__ import annotations

import threading
import warnings
from typing import Any

try:
    import dask
    import dask.dataframe as dd
except ImportError as e:  # pragma: no cover - exercised only without dask
    raise ImportError("caci.dask needs Dask: pip install 'caci[dask]' (dask[dataframe] and distributed)") from e

import pandas as pd

from . import _shipped
from . import pandas as _pandas
from ._caci import Gazetteer

__all__ = ["tag"]

#: ``surface``: Arrow strings, as Dask stores text.
_SURFACE_DTYPE = pd.StringDtype("pyarrow")


def tag(
    data: dd.DataFrame | dd.Series,
    text: str | None = None,
    *,
    date: Any = None,
    key: str | None = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = 1,
    sentence: bool = False,
) -> dd.DataFrame:
    """Every mention in a Dask column of texts, as a lazy Dask DataFrame (see ``caci.tag``).

    ``data`` is a Dask DataFrame (``text`` names its text column, default ``"text"``) or
    a Dask Series of texts. ``date`` is a column name, or one date for all documents.
    ``key`` is the column that identifies documents (default: the index, as in
    ``caci.tag``; with ``dd.from_pandas`` that is the pandas index, but after
    ``dd.read_parquet`` without ``index=`` it restarts in each partition: pass ``key=``).
    ``gazetteer`` is shipped to each worker once (the built-in one is built there
    instead). ``threads`` is per partition (default 1: Dask already runs partitions in
    parallel).

    The columns are ``caci.tag``'s; ``id``, ``name`` and ``family`` have the gazetteer's
    values as categories and ``surface`` is ``string[pyarrow]``, so that every partition
    has the same dtypes (see the module's documentation).

    The arguments are checked here, on an empty frame with the columns' types, so that a
    wrong column name fails now rather than in the workers.
    """
    if not isinstance(data, (dd.DataFrame, dd.Series)):
        raise TypeError(
            f"expected a Dask DataFrame or Series, got {type(data).__name__}: use caci.tag for pandas and arrays"
        )
    if key is not None and not isinstance(key, str):
        raise TypeError("key= names a column of the Dask DataFrame (or None for the index); keys cannot be passed")
    if isinstance(date, (dd.Series, pd.Series, pd.Index)) or not (
        isinstance(date, str) or _pandas._is_scalar_date(date)
    ):
        raise TypeError("date= is a column name or one date for all documents (per-row dates: put them in a column)")
    index = data._meta.index
    if key is None and not data.known_divisions and isinstance(index, pd.RangeIndex) and index.name is None:
        warnings.warn(
            "caci.dask.tag: the documents are keyed by the index, an unnamed range index with unknown divisions; "
            "if it restarts in each partition (dd.read_parquet without index=, reset_index), keys repeat: "
            "pass key=<column>",
            UserWarning,
            stacklevel=2,
        )
    g = None if gazetteer is None or gazetteer.builtin else gazetteer
    # On the empty frame: checks the arguments and gives the result's dtypes (the built-in
    # gazetteer is built here, once per process, for its tables).
    meta = _pandas.tag(
        data._meta, text, date=date, key=key, gazetteer=g, threads=threads, progress=False, sentence=sentence
    )
    if isinstance(data, dd.DataFrame):
        column = "text" if text is None else text
        needed = [c for c in (column, date, key) if isinstance(c, str) and c in data.columns]
        data = data[list(dict.fromkeys(needed))]  # only these are read (parquet column pruning)
    meta = _with_fixed_dtypes(meta, Gazetteer.default() if g is None else g)

    shipped: Any = None
    if g is not None:
        handle = _Handle.of(g)
        # One graph key for the gazetteer, named by its content: every partition depends
        # on it, so a worker fetches it once and keeps it for all its partitions.
        shipped = dask.delayed(handle, name=f"caci-gazetteer-{handle.digest}")
    return data.map_partitions(
        _tag_partition,
        text,
        date,
        key,
        shipped,
        threads,
        sentence,
        meta=meta,
        clear_divisions=True,
        token="caci-tag",
    )


def _tag_partition(
    part: pd.DataFrame | pd.Series,
    text: str | None,
    date: Any,
    key: str | None,
    handle: _Handle | None,
    threads: int | None,
    sentence: bool,
) -> pd.DataFrame:
    """``caci.tag`` on one partition (in a worker)."""
    g = Gazetteer.default() if handle is None else handle.gazetteer()
    found = _pandas.tag(part, text, date=date, key=key, gazetteer=g, threads=threads, progress=False, sentence=sentence)
    return _with_fixed_dtypes(found, g)


def _with_fixed_dtypes(found: pd.DataFrame, g: Gazetteer) -> pd.DataFrame:
    """The same dtypes in every partition, whatever it mentions.

    ``caci.tag`` gives categoricals whose categories are what the texts mention; across
    partitions these differ, which Dask cannot describe in the metadata, and which breaks
    ``to_parquet`` (the dictionary index width follows the number of categories). So
    ``name`` and ``family`` take the gazetteer's values as categories (its entities, in
    its order), ``kind`` and ``form`` keep their fixed ones, and ``surface`` and ``id``,
    open-ended (grown designations have ids of their own), become Arrow string columns.
    """
    tables = g._tables()
    fixed = {
        "name": list(dict.fromkeys(tables["name"])),
        "family": [f for f in dict.fromkeys(tables["family"]) if f is not None],
    }
    for column, categories in fixed.items():
        found[column] = found[column].cat.set_categories(pd.Index(categories))
    found["surface"] = found["surface"].astype(_SURFACE_DTYPE)
    found["id"] = found["id"].astype(_SURFACE_DTYPE)
    return found


# --- A custom gazetteer on its way to the workers -------------------------------------

_lock = threading.Lock()
#: Per process: handles unpickled and gazetteers built (read by the tests with
#: ``client.run``, to show that a gazetteer is fetched and built once per worker).
_stats = {"loads": 0, "builds": 0}


class _Handle:
    """A custom gazetteer as a task graph carries it: its compressed specification.

    It pickles as ``(digest, compressed spec)`` (a gazetteer pickles as its full JSON
    specification, about ten times larger) and builds the gazetteer on first use, once
    per process: unpickling is cheap, so a scheduler that unpickles the graph does not
    build it.
    """

    __slots__ = ("_gazetteer", "digest", "spec")

    def __init__(self, digest: str, spec: bytes, gazetteer: Gazetteer | None = None) -> None:
        self.digest = digest
        self.spec = spec
        self._gazetteer = gazetteer

    @classmethod
    def of(cls, g: Gazetteer) -> _Handle:
        return cls(*_shipped.pack(g), g)

    def gazetteer(self) -> Gazetteer:
        """The gazetteer: the one it was made from, or built once per process."""
        g = self._gazetteer
        if g is None:
            g, new = _shipped.built(self.digest, self.spec)
            if new:
                with _lock:
                    _stats["builds"] += 1
            self._gazetteer = g
        return g

    def __reduce__(self) -> tuple[Any, tuple[str, bytes]]:
        return (_load, (self.digest, self.spec))

    def __dask_tokenize__(self) -> str:
        return self.digest

    def __repr__(self) -> str:
        return f"<caci gazetteer {self.digest[:12]}, {len(self.spec)} bytes>"


def _load(digest: str, spec: bytes) -> _Handle:
    """Unpickles a ``_Handle`` (without building the gazetteer)."""
    with _lock:
        _stats["loads"] += 1
    return _Handle(digest, spec)


def _reset_stats() -> dict[str, int]:
    """Zeroes this process's counters and forgets its built gazetteers (for tests)."""
    with _lock:
        before = dict(_stats)
        _stats.update(loads=0, builds=0)
    _shipped.forget()
    return before
