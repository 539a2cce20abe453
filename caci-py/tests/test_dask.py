"""caci.dask.tag on a real distributed cluster (worker processes) equals caci.tag."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import caci  # noqa: E402
import caci.dask  # noqa: E402
from caci import _source  # noqa: E402
from conftest import SAMPLE  # noqa: E402

N_WORKERS = 2

#: Documents written for these tests, to mix with the sample corpus: leaders whose
#: identity depends on the date, non-ASCII text, empty and missing texts.
EXTRA = [
    ("Aliyev met Putin in Baku. Later, Türkiye sent TB2s.", "1995-06-01"),
    ("Aliyev met Putin in Baku. Later, Türkiye sent TB2s.", "2015-06-01"),
    (SAMPLE, "2021-01-01"),
    ("", "2020-01-01"),
    (None, None),
    ("Tashkent weighs the J-10C; Astana and Bishkek watch Moscow and Beijing.", None),
    ("Sino-Russian drills near Ürümqi 😀 while Uzbek and Kazakh officials met in Dushanbe.", "2019-03-01"),
    ("No entity in this sentence at all.", "2018-01-01"),
]


def _corpus() -> pd.DataFrame:
    """The sample corpus and the extra documents, interleaved, with string keys."""
    sample = caci.sample_corpus()[["article", "date", "text"]]
    extra = pd.DataFrame(
        {
            "article": [f"extra-{i:02d}" for i in range(len(EXTRA) * 3)],
            "date": pd.to_datetime([d for _ in range(3) for _, d in EXTRA]),
            "text": [t for _ in range(3) for t, _ in EXTRA],
        }
    )
    frame = pd.concat([sample, extra], ignore_index=True)
    order = np.random.default_rng(7).permutation(len(frame))
    frame = frame.iloc[order].reset_index(drop=True)
    frame["title"] = "not read"  # a column that caci.dask.tag does not need
    return frame


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return _corpus()


@pytest.fixture(scope="module")
def corpus_dir(corpus: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus as 6 parquet files, one partition each; the last holds only missing texts."""
    folder = tmp_path_factory.mktemp("corpus")
    for i, part in enumerate(np.array_split(np.arange(len(corpus)), 5)):
        corpus.iloc[part].to_parquet(folder / f"part-{i}.parquet", index=False)
    missing = pd.DataFrame({"article": ["none-1"], "date": pd.to_datetime([None]), "text": [None], "title": ["x"]})
    missing.astype(corpus.dtypes.to_dict()).to_parquet(folder / "part-5.parquet", index=False)
    return folder


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """One local cluster of worker processes (not threads) for the module."""
    with (
        distributed.LocalCluster(
            n_workers=N_WORKERS, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Values only: categoricals and string columns as objects, a fresh index."""
    out = df.reset_index(drop=True)
    text_like = [
        c
        for c in out.columns
        if isinstance(out[c].dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(out[c].dtype)
    ]
    out = out.astype(dict.fromkeys(text_like, object))
    return out.where(out.notna(), None)


def _stats(client: distributed.Client) -> dict[str, dict[str, int]]:
    return client.run(lambda: dict(caci.dask._stats))


def test_equals_single_machine_on_a_partitioned_corpus(
    client: distributed.Client, corpus: pd.DataFrame, corpus_dir: Path
) -> None:
    ddf = dd.read_parquet(corpus_dir)
    assert ddf.npartitions == 6 > N_WORKERS
    # Dask keeps text as string[pyarrow]: the workers' caci.tag reads it in place.
    assert _source.is_arrow(ddf["text"]._meta)
    mentions = caci.dask.tag(ddf, date="date", key="article")
    assert isinstance(mentions, dd.DataFrame) and mentions.npartitions == 6
    if hasattr(mentions, "expr"):  # dask-expr (dask >= 2024.3): only the columns it needs are read
        plan = mentions.optimize(fuse=False).expr.tree_repr()
        assert "ReadParquet" in plan and "title" not in plan
    got = mentions.compute()
    expected = caci.tag(corpus, date="date", key="article")
    assert len(expected) > 500
    # Same rows in the same order: partitions in order, documents, then start.
    pd.testing.assert_frame_equal(_plain(got), _plain(expected))
    # And as the issue states it: equal after sorting by key and start.
    by = ["article", "start"]
    pd.testing.assert_frame_equal(
        _plain(got.sort_values(by, kind="stable")), _plain(expected.sort_values(by, kind="stable"))
    )
    # Dates per row matter: Aliyev in 1995 is Heydar, in 2015 Ilham.
    aliyev = got[got["surface"] == "Aliyev"].merge(corpus[["article", "date"]], on="article")
    assert set(aliyev.loc[aliyev["date"].dt.year == 1995, "id"]) == {"heydar-aliyev"}
    assert set(aliyev.loc[aliyev["date"].dt.year == 2015, "id"]) == {"ilham-aliyev"}


def test_a_per_partition_index_as_key_warns(corpus_dir: Path) -> None:
    ddf = dd.read_parquet(corpus_dir)  # no index: each partition counts from 0
    with pytest.warns(UserWarning, match="pass key=<column>"):
        caci.dask.tag(ddf, date="date")


def test_meta_is_exact_and_the_same_in_every_partition(
    client: distributed.Client, corpus_dir: Path, default: caci.Gazetteer, tmp_path: Path
) -> None:
    mentions = caci.dask.tag(dd.read_parquet(corpus_dir), date="date", key="article", sentence=True)
    meta, got = mentions._meta, mentions.compute()
    assert list(meta.columns) == list(got.columns) == ["article", *caci.pandas.MENTION_COLUMNS, "sentence"]
    # Categoricals included: their categories are fixed by the gazetteer, known in advance.
    assert meta.dtypes.to_dict() == got.dtypes.to_dict()
    for column in ("kind", "name", "form", "family"):
        assert mentions[column].cat.known, column
    # Open-ended: surfaces, and ids (a grown designation has the id of what is written).
    assert got["surface"].dtype == got["id"].dtype == pd.StringDtype("pyarrow")
    for part in mentions.to_delayed():
        assert part.compute().dtypes.to_dict() == meta.dtypes.to_dict()
    # So the partitions write one parquet schema.
    mentions.to_parquet(tmp_path / "mentions")
    again = pd.read_parquet(tmp_path / "mentions")
    pd.testing.assert_frame_equal(_plain(again), _plain(got))


def test_index_is_the_key_by_default(client: distributed.Client, corpus: pd.DataFrame) -> None:
    frame = corpus.set_index(pd.Index(np.arange(len(corpus)) * 10, name="row"))
    ddf = dd.from_pandas(frame, npartitions=5)
    got = caci.dask.tag(ddf, date="2016-01-01", sentence=True).compute()
    expected = caci.tag(frame, date="2016-01-01", sentence=True)
    assert got.columns[0] == "row" and got["row"].dtype == np.int64
    pd.testing.assert_frame_equal(_plain(got), _plain(expected))


def test_series_of_texts(client: distributed.Client, corpus: pd.DataFrame) -> None:
    ddf = dd.from_pandas(corpus, npartitions=4)
    got = caci.dask.tag(ddf["text"]).compute()
    pd.testing.assert_frame_equal(_plain(got), _plain(caci.tag(corpus["text"])))


def test_custom_gazetteer_travels_once_per_worker(
    client: distributed.Client, corpus: pd.DataFrame, small: caci.Gazetteer
) -> None:
    client.run(caci.dask._reset_stats)
    ddf = dd.from_pandas(corpus, npartitions=8)
    mentions = caci.dask.tag(ddf, date="date", key="article", gazetteer=small)
    got = mentions.compute()
    expected = caci.tag(corpus, date="date", key="article", gazetteer=small)
    assert len(expected) > 20 and set(expected["id"]) <= set(small)
    pd.testing.assert_frame_equal(_plain(got), _plain(expected))
    stats = _stats(client)
    assert len(stats) == N_WORKERS
    # 8 partitions on 2 workers: each worker fetched (unpickled) and built it at most once.
    for worker, s in stats.items():
        assert s["loads"] <= 1 and s["builds"] <= 1, (worker, s)
    assert sum(s["builds"] for s in stats.values()) >= 1
    # Computed again (a new graph): fetched at most once more, not built again.
    mentions = caci.dask.tag(ddf, date="date", key="article", gazetteer=small)
    pd.testing.assert_frame_equal(_plain(mentions.compute()), _plain(expected))
    again = _stats(client)
    for worker, s in again.items():
        assert s["loads"] <= stats[worker]["loads"] + 1 and s["builds"] == stats[worker]["builds"], (worker, s)


def test_builtin_gazetteer_does_not_travel(client: distributed.Client, corpus: pd.DataFrame) -> None:
    client.run(caci.dask._reset_stats)
    ddf = dd.from_pandas(corpus, npartitions=4)
    for gazetteer in (None, caci.Gazetteer.default()):
        mentions = caci.dask.tag(ddf, key="article", gazetteer=gazetteer)
        pd.testing.assert_frame_equal(_plain(mentions.compute()), _plain(caci.tag(corpus, key="article")))
    assert all(s == {"loads": 0, "builds": 0} for s in _stats(client).values())


def test_extended_builtin_gazetteer(client: distributed.Client, corpus: pd.DataFrame) -> None:
    mine = caci.Gazetteer.default().extend([{"id": "zz-ushal", "kind": "region", "name": "Ushal Valley"}])
    frame = corpus.assign(text=corpus["text"].str.replace("Tashkent", "the Ushal Valley"))
    got = caci.dask.tag(dd.from_pandas(frame, npartitions=4), key="article", gazetteer=mine).compute()
    expected = caci.tag(frame, key="article", gazetteer=mine)
    assert "zz-ushal" in set(expected["id"])
    pd.testing.assert_frame_equal(_plain(got), _plain(expected))


def test_local_schedulers_without_a_cluster(corpus: pd.DataFrame, small: caci.Gazetteer) -> None:
    ddf = dd.from_pandas(corpus, npartitions=3)
    expected = caci.tag(corpus, key="article", gazetteer=small)
    for scheduler in ("sync", "threads"):
        got = caci.dask.tag(ddf, key="article", gazetteer=small, threads=2).compute(scheduler=scheduler)
        pd.testing.assert_frame_equal(_plain(got), _plain(expected))


def test_arguments_are_checked_when_the_graph_is_built(corpus: pd.DataFrame) -> None:
    ddf = dd.from_pandas(corpus, npartitions=2)
    with pytest.raises(TypeError, match="Dask DataFrame"):
        caci.dask.tag(corpus)
    with pytest.raises(KeyError, match="no text column 'body'"):
        caci.dask.tag(ddf, "body")
    with pytest.raises(KeyError, match="no key column 'id'"):
        caci.dask.tag(ddf, key="id")
    with pytest.raises(TypeError, match="key= names a column"):
        caci.dask.tag(ddf, key=["a"] * len(corpus))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="date= is a column name or one date"):
        caci.dask.tag(ddf, date=corpus["date"])
    with pytest.raises(caci.DateError):
        caci.dask.tag(ddf, date="not a date")
    with pytest.raises(ValueError, match="threads must be at least 1"):
        caci.dask.tag(ddf, threads=0)


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def test_import_caci_does_not_import_dask() -> None:
    done = _python(
        "import sys, caci, caci.pandas; assert 'dask' not in sys.modules; "
        "assert caci.dask.tag.__module__ == 'caci.dask' and 'dask' in sys.modules"
    )
    assert done.returncode == 0, done.stderr


def test_without_dask_the_error_says_what_to_install() -> None:
    done = _python("import sys; sys.modules['dask'] = None; import caci; caci.dask")
    assert done.returncode != 0 and "pip install 'caci[dask]'" in done.stderr, done.stderr
