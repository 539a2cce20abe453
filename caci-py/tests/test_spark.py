"""caci.spark.tag on a local Spark session (mapInArrow) equals caci.tag.

Skipped without pyspark (a separate ~500 MB install, with Java 17+): the session takes
tens of seconds to start.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("pyarrow")
pyspark_sql = pytest.importorskip("pyspark.sql")

import caci  # noqa: E402
import caci.spark  # noqa: E402
from conftest import SAMPLE  # noqa: E402

# PySpark warns about pandas 3 on every conversion; the results are checked here.
pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

EXTRA = [
    ("Aliyev met Putin in Baku. Later, Türkiye sent TB2s.", dt.date(1995, 6, 1)),
    ("Aliyev met Putin in Baku. Later, Türkiye sent TB2s.", dt.date(2015, 6, 1)),
    (SAMPLE, dt.date(2021, 1, 1)),
    ("", None),
    (None, None),
    ("Sino-Russian drills near Ürümqi 😀 while Uzbek and Kazakh officials met in Dushanbe.", dt.date(2019, 3, 1)),
]


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    """The sample corpus and the extra documents; dates as ``datetime.date`` (Spark DATE)."""
    sample = caci.sample_corpus()[["article", "date", "text"]]
    sample["date"] = [None if pd.isna(d) else d.date() for d in sample["date"]]
    extra = pd.DataFrame(
        {
            "article": [f"extra-{i:02d}" for i in range(len(EXTRA) * 2)],
            "date": [d for _ in range(2) for _, d in EXTRA],
            "text": [t for _ in range(2) for t, _ in EXTRA],
        }
    )
    frame = pd.concat([sample, extra], ignore_index=True)
    frame["date"] = frame["date"].astype(object)
    frame["title"] = "not read"
    return frame


@pytest.fixture(scope="module")
def corpus_dir(corpus: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spark-corpus")
    for i, part in enumerate(np.array_split(np.arange(len(corpus)), 4)):
        corpus.iloc[part].to_parquet(folder / f"part-{i}.parquet", index=False)
    return folder


@pytest.fixture(scope="module")
def spark() -> Iterator[pyspark_sql.SparkSession]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers import caci from this environment
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("caci-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        # Far from UTC, where Arrow's UTC instants and the session's days differ.
        .config("spark.sql.session.timeZone", "Pacific/Auckland")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _plain(df: pd.DataFrame, key: str) -> pd.DataFrame:
    """Values only, sorted by key and start."""
    out = df.sort_values([key, "start"], kind="stable").reset_index(drop=True)
    out = out.astype({c: object for c in out.columns if c not in ("start", "end", "ambiguous", "sentence")})
    out = out.astype({c: np.int64 for c in ("start", "end") if c in out.columns})
    return out.where(out.notna(), None)


def test_equals_single_machine(spark: pyspark_sql.SparkSession, corpus: pd.DataFrame, corpus_dir: Path) -> None:
    sdf = spark.read.parquet(str(corpus_dir))
    mentions = caci.spark.tag(sdf, date="date", key="article", sentence=True)
    assert mentions.schema == caci.spark.schema("article", sentence=True)
    got = mentions.toPandas()
    expected = caci.tag(corpus, date="date", key="article", sentence=True)
    assert len(expected) > 500
    pd.testing.assert_frame_equal(_plain(got, "article"), _plain(expected, "article"), check_dtype=False)
    aliyev = got[got["surface"] == "Aliyev"]
    assert set(aliyev.loc[aliyev["article"] == "extra-00", "id"]) == {"heydar-aliyev"}
    assert set(aliyev.loc[aliyev["article"] == "extra-01", "id"]) == {"ilham-aliyev"}


def test_custom_gazetteer_and_timestamp_dates(
    spark: pyspark_sql.SparkSession, corpus: pd.DataFrame, small: caci.Gazetteer, tmp_path: Path
) -> None:
    frame = corpus.assign(date=pd.to_datetime(corpus["date"]).astype("datetime64[us]"), doc=np.arange(len(corpus)) * 10)
    frame.to_parquet(tmp_path / "corpus.parquet", index=False)
    sdf = spark.read.parquet(str(tmp_path / "corpus.parquet")).repartition(3)
    assert isinstance(sdf.schema["date"].dataType, pyspark_sql.types.TimestampNTZType)
    # TIMESTAMP (with the session's time zone): tagged by the session's day.
    sdf = sdf.withColumn("date", sdf["date"].cast("timestamp"))
    got = caci.spark.tag(sdf, key="doc", date="date", gazetteer=small).toPandas()
    expected = caci.tag(frame, key="doc", date="date", gazetteer=small)
    assert len(expected) > 20
    pd.testing.assert_frame_equal(_plain(got, "doc"), _plain(expected, "doc"), check_dtype=False)


def test_map_in_pandas_recipe(spark: pyspark_sql.SparkSession, corpus: pd.DataFrame, corpus_dir: Path) -> None:
    """The README's hand-written recipe, for those who want mapInPandas."""

    def tag_batches(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for frame in frames:
            found = caci.tag(frame, key="article", date="date", threads=1, progress=False)
            yield found.astype({c: "object" for c in ("surface", "kind", "id", "name", "form", "family")})

    schema = (
        "article string, start long, end long, surface string, kind string, id string, "
        "name string, form string, family string, ambiguous boolean"
    )
    sdf = spark.read.parquet(str(corpus_dir)).select("article", "date", "text")
    got = sdf.mapInPandas(tag_batches, schema).toPandas()
    expected = caci.tag(corpus, date="date", key="article")
    pd.testing.assert_frame_equal(_plain(got, "article"), _plain(expected, "article"), check_dtype=False)


def test_arguments_are_checked(spark: pyspark_sql.SparkSession, corpus_dir: Path) -> None:
    sdf = spark.read.parquet(str(corpus_dir))
    with pytest.raises(KeyError, match="no text column 'body'"):
        caci.spark.tag(sdf, "body", key="article")
    with pytest.raises(KeyError, match="no key column 'id'"):
        caci.spark.tag(sdf, key="id")
    with pytest.raises(TypeError, match="Spark DataFrames have no index"):
        caci.spark.tag(sdf, key=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="date= is a column name or one date"):
        caci.spark.tag(sdf, key="article", date=[1, 2])
