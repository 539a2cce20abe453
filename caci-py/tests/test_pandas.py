"""caci.tag, counts, cooccurrence, the Series accessor, display and progress bars."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import caci
from conftest import SAMPLE, SAMPLE_FOUND

TEXTS = [
    SAMPLE,
    None,
    "Aliyev met Putin in Baku. Later, Türkiye sent TB2s.",
    "",
    "Sino-Russian drills near Ürümqi.",
]


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": np.array(TEXTS, dtype=object),
            "published": ["2021-01-01", None, "1999-05-05", None, "2022-02-02"],
        },
        index=pd.Index(["a", "b", "c", "d", "e"], name="article"),
    )


def test_tag_one_row_per_mention_with_categorical_columns(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    m = caci.tag(frame, gazetteer=small)
    assert list(m.columns) == [
        "article",
        "start",
        "end",
        "surface",
        "kind",
        "id",
        "name",
        "form",
        "family",
        "ambiguous",
    ]
    for column in ["surface", "kind", "id", "name", "form", "family"]:
        assert isinstance(m[column].dtype, pd.CategoricalDtype), column
    assert m["start"].dtype == np.int64 and m["ambiguous"].dtype == bool
    assert list(m.loc[m["article"] == "a", "surface"]) == [s for s, _ in SAMPLE_FOUND]
    assert list(m.loc[m["article"] == "a", "id"]) == [i for _, i in SAMPLE_FOUND]
    assert list(m["article"].unique()) == ["a", "c", "e"], "document order; missing and empty texts give no rows"
    by_key = frame["text"].to_dict()
    for row in m.itertuples():
        assert by_key[row.article][row.start : row.end] == row.surface
    # Categories hold what occurs, not the whole gazetteer.
    assert set(m["id"].cat.categories) == set(m["id"])
    assert list(m["kind"].cat.categories) == ["country", "leader", "weapon", "organization", "region"]
    weapons = m[m["kind"] == "weapon"]
    assert list(weapons["family"]) == ["bayraktar-tb2", "j-10", "bayraktar-tb2"]
    assert m.loc[m["kind"] != "weapon", "family"].isna().all()


def test_tag_uses_the_date_column(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    m = caci.tag(frame, date="published", gazetteer=small)
    aliyev = m[m["surface"] == "Aliyev"]
    assert list(aliyev["id"]) == ["heydar-aliyev"] and not aliyev["ambiguous"].any()
    undated = caci.tag(frame, gazetteer=small)
    assert undated.loc[undated["surface"] == "Aliyev", ["id", "ambiguous"]].values.tolist() == [["ilham-aliyev", True]]
    frame["published"] = pd.to_datetime(frame["published"])
    assert caci.tag(frame, date="published", gazetteer=small).equals(m)
    one_date = caci.tag(frame, date="2010-01-01", gazetteer=small)
    assert list(one_date.loc[one_date["surface"] == "Aliyev", "id"]) == ["ilham-aliyev"]


def test_tag_key_column_and_name_clashes(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    frame = frame.reset_index()
    m = caci.tag(frame, key="article", gazetteer=small)
    assert list(m["article"].unique()) == ["a", "c", "e"]
    frame["id"] = [10, 11, 12, 13, 14]
    m = caci.tag(frame, key="id", gazetteer=small)
    assert "doc_id" in m.columns and list(m["doc_id"].unique()) == [10, 12, 14]
    m = caci.tag(frame, gazetteer=small)
    assert list(m["doc"].unique()) == [0, 2, 4], "a RangeIndex without a name gives `doc`"
    with pytest.raises(KeyError, match="no text column 'body'"):
        caci.tag(frame, "body", gazetteer=small)


def test_tag_on_series_lists_and_str_columns(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    expected = caci.tag(frame, gazetteer=small)
    series = caci.tag(frame["text"], gazetteer=small)
    assert series.equals(expected)
    as_str = frame.assign(text=frame["text"].astype("string[python]"))
    assert caci.tag(as_str, gazetteer=small).equals(expected)
    assert caci.tag(iter(TEXTS), gazetteer=small).equals(caci.tag(TEXTS, gazetteer=small))
    keyed = caci.tag(TEXTS, key=[f"k{i}" for i in range(len(TEXTS))], gazetteer=small)
    assert list(keyed["doc"].unique()) == ["k0", "k2", "k4"]
    with pytest.raises(TypeError, match="needs a DataFrame"):
        caci.tag(TEXTS, key="article", gazetteer=small)
    from_list = caci.tag(TEXTS, gazetteer=small)
    assert list(from_list["doc"]) == [0] * 7 + [2] * 5 + [4] * 3
    assert list(from_list["id"]) == list(expected["id"])


def test_tag_with_sentences_and_threads(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    m = caci.tag(frame, gazetteer=small, sentence=True, threads=2)
    c = m[m["article"] == "c"]
    assert list(zip(c["surface"], c["sentence"])) == [
        ("Aliyev", 0),
        ("Putin", 0),
        ("Baku", 0),
        ("Türkiye", 1),
        ("TB2s", 1),
    ]
    assert m.drop(columns="sentence").equals(caci.tag(frame, gazetteer=small, threads=1))


def test_sentences_are_the_ones_the_relations_read(small: caci.Gazetteer) -> None:
    # A scraped page: a heading without a stop, then a paragraph; `U.S.` and `Gen.` end
    # nothing. The heading's country must not share a sentence with the paragraph's: the
    # relations, read per sentence, pair no one across that line break either.
    text = "Baku and Ankara\nGen. Aliyev met U.S. envoys in Baku. Putin spoke with Aliyev."
    m = caci.tag([text], gazetteer=small, sentence=True)
    assert list(zip(m["surface"], m["sentence"])) == [
        ("Baku", 0),
        ("Ankara", 0),
        ("Aliyev", 1),
        ("Baku", 1),
        ("Putin", 2),
        ("Aliyev", 2),
    ]
    pairs = caci.cooccurrence([text], within="sentence", gazetteer=small)
    assert {frozenset((s, t)) for s, t, _ in pairs.itertuples(index=False)} >= {
        frozenset(("AZE", "TUR")),
        frozenset(("vladimir-putin", "ilham-aliyev")),
    }


def test_tag_on_threads_is_the_one_thread_result_over_many_documents(small: caci.Gazetteer) -> None:
    # Enough documents that the threads split them into many pieces, each with its own
    # surface dictionary; the texts vary so that each piece meets the surfaces in another
    # order, and the rows of a piece must land in place with the call's codes.
    texts = [
        None if i % 17 == 0 else " ".join(TEXTS[(i + k) % len(TEXTS)] or "" for k in range(i % 3 + 1))
        for i in range(600)
    ]
    one = caci.tag(texts, gazetteer=small, sentence=True, threads=1)
    assert len(one) > 1000 and one["doc"].is_monotonic_increasing
    assert set(one["doc"]) >= {i for i, t in enumerate(texts) if t and "Baku" in t}
    for threads in (2, 3):
        assert one.equals(caci.tag(texts, gazetteer=small, sentence=True, threads=threads))


def test_tag_of_nothing_has_the_columns(small: caci.Gazetteer) -> None:
    m = caci.tag(pd.Series([], dtype=object), gazetteer=small)
    assert len(m) == 0 and list(m.columns)[1:] == [
        "start",
        "end",
        "surface",
        "kind",
        "id",
        "name",
        "form",
        "family",
        "ambiguous",
    ]
    assert len(caci.tag(["nothing", None], gazetteer=small)) == 0


def test_counts_is_documents_by_entities(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    frame.loc["f"] = ["Baku, Baku and Türkiye.", None]
    c = caci.counts(frame, gazetteer=small)
    assert list(c.index) == ["a", "b", "c", "d", "e", "f"] and c.index.name == "article"
    assert c.columns.name == "id"
    assert c.loc["f", "AZE"] == 2 and c.loc["f", "TUR"] == 1 and c.loc["b"].sum() == 0
    assert list(c.columns[:2]) == ["AZE", "TUR"], "most mentioned first"
    assert c.to_numpy().sum() == len(caci.tag(frame, gazetteer=small))
    kinds = caci.counts(frame, by="kind", gazetteer=small)
    assert list(kinds.columns) == ["country", "weapon", "leader", "region"]
    assert kinds.loc["c"].to_dict() == {"country": 2, "leader": 2, "weapon": 1, "region": 0}
    weapons = caci.counts(frame, kind="weapon", by="family", gazetteer=small)
    assert set(weapons.columns) == {"bayraktar-tb2", "j-10"}
    with pytest.raises(ValueError, match="by must be one of"):
        caci.counts(frame, by="colour", gazetteer=small)


def test_cooccurrence_in_documents_and_sentences(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    docs = caci.cooccurrence(frame, gazetteer=small)
    assert list(docs.columns) == ["source", "target", "count"]
    edges = {(s, t): n for s, t, n in docs.itertuples(index=False)}
    assert edges[("TUR", "AZE")] == 2, "Türkiye and Baku appear together in documents a and c"
    assert edges.get(("TUR", "ilham-aliyev")) == 1, "undated, Aliyev is the latest office-holder"
    assert docs["count"].is_monotonic_decreasing
    sentences = caci.cooccurrence(frame, within="sentence", gazetteer=small)
    pairs = {frozenset((s, t)) for s, t, _ in sentences.itertuples(index=False)}
    assert frozenset(("TUR", "bayraktar-tb2")) in pairs
    assert frozenset(("AZE", "bayraktar-tb2")) in pairs, "same sentence in document a"
    assert frozenset(("vladimir-putin", "TUR")) not in pairs, "different sentences of document c"
    countries = caci.cooccurrence(frame, kind="country", gazetteer=small)
    assert set(countries["source"]) | set(countries["target"]) <= {"TUR", "AZE", "CHN", "UZB", "RUS"}


def test_series_accessor(small: caci.Gazetteer, frame: pd.DataFrame) -> None:
    found = frame["text"].caci.find(gazetteer=small)
    assert list(found.index) == list(frame.index) and found.name == "text"
    assert [(m.surface, m.id) for m in found["a"]] == SAMPLE_FOUND
    assert found["b"] == [] and found["d"] == []
    dated = frame["text"].caci.find(pd.to_datetime(frame["published"]), gazetteer=small)
    assert dated["c"][0].id == "heydar-aliyev"
    assert frame["text"].caci.tag(gazetteer=small).equals(caci.tag(frame, gazetteer=small))
    assert frame["text"].caci.counts(gazetteer=small).shape[0] == 5
    assert "Türkiye" in frame["text"].caci.display(0, gazetteer=small)._repr_html_()


def test_display_highlights_and_escapes(small: caci.Gazetteer) -> None:
    shown = caci.display("<b>Türkiye</b> & the J-10C", gazetteer=small)
    page = shown._repr_html_()
    assert "&lt;b&gt;" in page and "<b>" not in page and "&amp;" in page
    assert 'title="country: TUR (Türkiye)"' in page
    assert 'title="weapon: j-10c (J-10C), family j-10"' in page
    assert "#cfe2ff" in page and "#ffcdd2" in page, "coloured by kind"
    assert str(shown) == "<b>[Türkiye](country:TUR)</b> & the [J-10C](weapon:j-10c)"
    assert str(caci.display(None, gazetteer=small)) == ""


def test_progress_bar_on_request_only(small: caci.Gazetteer, capsys: pytest.CaptureFixture[str]) -> None:
    texts = ["Türkiye and Baku."] * 3000
    small.find_many(texts, progress=True)
    assert "3.00k/3.00k" in capsys.readouterr().err
    caci.tag(texts, gazetteer=small, progress=True)
    assert "caci.tag" in capsys.readouterr().err
    small.find_many(texts, progress=False)
    small.find_many(texts)  # not a terminal under pytest: no bar
    assert capsys.readouterr().err == ""
