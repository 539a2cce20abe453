"""caci for Spark: ``tag`` a Spark DataFrame of texts with ``mapInArrow``.

``caci.spark.tag`` runs ``caci.tag`` on each Arrow batch of a Spark DataFrame, in the
executors' Python workers, and returns a Spark DataFrame of mentions: one row per
mention, with the same columns as ``caci.tag`` (categoricals become strings)::

    from pyspark.sql import SparkSession

    import caci
    import caci.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()  # or your cluster's session
    pages = caci.sample_corpus()[["article", "date", "text"]]
    sdf = spark.createDataFrame(pages)  # or spark.read.parquet("corpus/")
    mentions = caci.spark.tag(sdf, date="date", key="article")
    mentions.groupBy("id").count().orderBy("count", ascending=False).show()

How it runs
-----------
* Spark hands each task's rows to Python as Arrow record batches; the text column stays
  Arrow and is read in place, and the mentions go back as Arrow: no pandas conversion
  on the Spark side and no Python ``str`` per document.
* Only the text, date and key columns are selected before the batches are made.
* The built-in gazetteer is built once per Python worker process (Spark reuses its
  Python workers). A custom gazetteer travels with the task as its compressed
  specification (about 170 KB for the whole built-in gazetteer extended) and is built
  once per Python worker process too (cached by a hash of its specification).
* ``threads=1`` by default: Spark already runs one task per core.
* Spark DataFrames have no index: ``key`` (a column identifying documents) is required.

``caci.spark.tagger`` returns the function and ``caci.spark.schema`` the output schema,
for use with ``mapInArrow`` directly (e.g. after your own ``select``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

try:
    import pyarrow as pa
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as e:  # pragma: no cover - exercised only without pyspark
    raise ImportError("caci.spark needs PySpark and pyarrow: pip install 'caci[spark]' (Java 17+ to run Spark)") from e

import pandas as pd

from . import _shipped
from . import pandas as _pandas
from ._caci import Gazetteer

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame

__all__ = ["schema", "tag", "tagger"]

#: The Spark types of the mention columns (categoricals as strings).
_TYPES: dict[str, T.DataType] = {
    "start": T.LongType(),
    "end": T.LongType(),
    "surface": T.StringType(),
    "kind": T.StringType(),
    "id": T.StringType(),
    "name": T.StringType(),
    "form": T.StringType(),
    "family": T.StringType(),
    "ambiguous": T.BooleanType(),
}


def schema(key: str, key_type: T.DataType | None = None, *, sentence: bool = False) -> T.StructType:
    """The schema of the mentions: the key column (named as ``caci.tag`` names it, of
    ``key_type``, default string), the mention columns and, with ``sentence=True``,
    ``sentence``."""
    fields = [T.StructField(_pandas._key_name(key), key_type or T.StringType(), True)]
    fields += [T.StructField(c, _TYPES[c], c == "family") for c in _pandas.MENTION_COLUMNS]
    if sentence:
        fields.append(T.StructField("sentence", T.IntegerType(), False))
    return T.StructType(fields)


def tag(
    sdf: SparkDataFrame,
    text: str = "text",
    *,
    key: str,
    date: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = 1,
    sentence: bool = False,
) -> SparkDataFrame:
    """Every mention in a Spark column of texts, as a Spark DataFrame (see ``caci.tag``).

    ``text`` names the text column, ``key`` the column that identifies documents (its
    type is kept), ``date`` a date or timestamp column, or one date for all documents.
    Lazy, as Spark is: nothing runs until an action (``show``, ``write``, ``toPandas``).
    """
    if not isinstance(key, str):
        raise TypeError("key= names the column that identifies documents (Spark DataFrames have no index)")
    columns = sdf.columns
    for what, name in (("text", text), ("key", key)):
        if name not in columns:
            raise KeyError(f"no {what} column {name!r} (columns: {columns})")
    date_column = isinstance(date, str) and date in columns
    if not date_column and not _pandas._is_scalar_date(date):
        raise TypeError("date= is a column name or one date for all documents")
    selected = [sdf[c] for c in dict.fromkeys([text, key])]
    if date_column:
        column = sdf[date]
        if isinstance(sdf.schema[date].dataType, (T.TimestampType, getattr(T, "TimestampNTZType", T.TimestampType))):
            # The day in the session's time zone (Arrow would send the instant in UTC).
            column = F.to_date(column)
        selected.append(column.alias(date))
    out = schema(key, sdf.schema[key].dataType, sentence=sentence)
    run = tagger(text, key=key, date=date, gazetteer=gazetteer, threads=threads, sentence=sentence)
    return sdf.select(*selected).mapInArrow(run, out)


def tagger(
    text: str = "text",
    *,
    key: str,
    date: Any = None,
    gazetteer: Gazetteer | None = None,
    threads: int | None = 1,
    sentence: bool = False,
) -> Callable[[Iterable[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """The function for ``DataFrame.mapInArrow``: Arrow batches of documents in, Arrow
    batches of mentions out (with ``schema(key, ...)`` as the output schema).

    It holds no gazetteer object: only the compressed specification of a custom one (and
    nothing for the built-in one), built on first use in each Python worker process.
    """
    ship = None
    if gazetteer is not None and not gazetteer.builtin:
        ship = _shipped.pack(gazetteer)  # kept here too: no rebuild in local mode

    def run(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        g = None if ship is None else _shipped.built(*ship)[0]
        for batch in batches:
            frame = batch.to_pandas(types_mapper=_arrow_strings)  # text stays Arrow: read in place
            found = _pandas.tag(
                frame, text, date=date, key=key, gazetteer=g, threads=threads, progress=False, sentence=sentence
            )
            yield _to_arrow(found, batch.schema.field(key).type, batch.schema.field(text).type)

    return run


def _arrow_strings(t: pa.DataType) -> Any:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pd.StringDtype("pyarrow")
    return None


def _to_arrow(found: pd.DataFrame, key_type: pa.DataType, string_type: pa.DataType) -> pa.RecordBatch:
    """The mentions as a record batch with the types Spark expects (strings as Spark
    sends them: ``string`` or ``large_string``)."""
    arrays, names = [], []
    for name in found.columns:
        column = found[name]
        if isinstance(column.dtype, pd.CategoricalDtype):
            codes = column.cat.codes.to_numpy()
            categories = pa.array(column.cat.categories.to_numpy(dtype=object), type=string_type)
            array = categories.take(pa.array(codes, mask=codes < 0))
        elif name == found.columns[0]:
            array = pa.array(column).cast(key_type)
        else:
            array = pa.array(column)
        arrays.append(array)
        names.append(name)
    return pa.RecordBatch.from_arrays(arrays, names=names)
