"""Gazetteer.find / find_many, Mention, dates and the Gazetteer API."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import caci
from conftest import SAMPLE, SAMPLE_FOUND


def pairs(mentions: list[caci.Mention]) -> list[tuple[str, str]]:
    return [(m.surface, m.id) for m in mentions]


def test_find_gives_str_offsets_on_non_ascii_text(small: caci.Gazetteer) -> None:
    found = small.find(SAMPLE)
    assert pairs(found) == SAMPLE_FOUND
    for m in found:
        assert SAMPLE[m.start : m.end] == m.surface
    # After the astral emoji (one code point, four UTF-8 bytes) offsets stay code points.
    prc = next(m for m in found if m.id == "CHN")
    assert (prc.start, prc.end) == (SAMPLE.index("PRC"), SAMPLE.index("PRC") + 3)


def test_mention_fields(small: caci.Gazetteer) -> None:
    m = small.find("They flew J-10Cs over Beijing.")[0]
    assert (m.surface, m.kind, m.id, m.name, m.form, m.family, m.ambiguous) == (
        "J-10Cs",
        "weapon",
        "j-10c",
        "J-10C",
        "name",
        "j-10",
        False,
    )
    capital = small.find("They flew J-10Cs over Beijing.")[1]
    assert (capital.kind, capital.id, capital.form, capital.family) == ("country", "CHN", "capital", None)
    assert m.as_dict() == {
        "start": 10,
        "end": 16,
        "surface": "J-10Cs",
        "kind": "weapon",
        "id": "j-10c",
        "name": "J-10C",
        "form": "name",
        "family": "j-10",
        "ambiguous": False,
        "office": None,
        "former": False,
    }


def test_mention_is_frozen_readable_and_comparable(small: caci.Gazetteer) -> None:
    m = small.find("Türkiye")[0]
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]
    assert repr(m) == (
        "Mention(start=0, end=7, surface='Türkiye', kind='country', id='TUR', name='Türkiye', form='name')"
    )
    again = small.find("Türkiye")[0]
    assert m == again and hash(m) == hash(again)
    assert m != small.find(" Türkiye")[0]
    assert m != "Türkiye"
    built = caci.Mention(0, 7, "Türkiye", "country", "TUR", "Türkiye")
    assert built == m and {m, built} == {m}
    with pytest.raises(ValueError, match="unknown kind"):
        caci.Mention(0, 1, "x", "city", "x", "x")


def test_find_on_missing_and_empty_texts(small: caci.Gazetteer) -> None:
    assert small.find("") == []
    assert small.find(None) == []
    assert small.find(float("nan")) == []
    assert small.find("no entity here") == []


def test_find_on_a_100_mb_string(small: caci.Gazetteer) -> None:
    filler = "the delegation discussed grain and water quotas. " * (100 * 1024 * 1024 // 50)
    text = "Ürümqi " + filler + "Türkiye"
    found = small.find(text)
    assert pairs(found) == [("Ürümqi", "xinjiang"), ("Türkiye", "TUR")]
    assert (found[1].start, found[1].end) == (len(text) - 7, len(text))


@pytest.mark.parametrize(
    ("date", "who"),
    [
        ("1995-03-01", "heydar-aliyev"),
        ("2010", "ilham-aliyev"),
        ("2010-06-01T12:00:00", "ilham-aliyev"),
        (dt.date(1999, 1, 1), "heydar-aliyev"),
        (dt.datetime(2015, 1, 1, 9, 30), "ilham-aliyev"),
        (pd.Timestamp("1996-07-01"), "heydar-aliyev"),
        (np.datetime64("2020-02-02"), "ilham-aliyev"),
    ],
)
def test_date_resolves_a_surname(small: caci.Gazetteer, date: object, who: str) -> None:
    [m] = small.find("Aliyev spoke in Baku.", date)[:1]
    assert (m.id, m.ambiguous) == (who, False)


@pytest.mark.parametrize("missing", [None, pd.NaT, float("nan"), "", np.datetime64("NaT"), pd.NA])
def test_missing_dates_mean_no_date(small: caci.Gazetteer, missing: object) -> None:
    m = small.find("Aliyev spoke.", missing)[0]
    # Without a date the latest holder is chosen, and the choice is flagged as not certain.
    assert (m.id, m.ambiguous) == ("ilham-aliyev", True)


def test_find_many_equals_find_in_order(small: caci.Gazetteer) -> None:
    texts = [SAMPLE, None, "", "Putin and Aliyev", float("nan"), "Sino-Russian ties", "nothing"] * 50
    expected = [small.find(t) for t in texts]
    assert small.find_many(texts) == expected
    assert small.find_many(texts, threads=1) == expected
    assert small.find_many(tuple(texts), threads=2) == expected
    assert small.find_many(iter(texts)) == expected
    assert small.find_many(pd.Series(texts, dtype=object)) == expected
    assert small.find_many(np.array(texts, dtype=object)) == expected
    assert small.find_many([]) == []


def test_find_many_over_many_chunks_on_several_threads(small: caci.Gazetteer) -> None:
    # More rows than two chunks (16,384 each): on several threads, each chunk is found while
    # the one before becomes Python objects; order, dates and errors must not notice.
    texts = [f"{i}: Putin and Aliyev met in Baku; Erdoğan sent Bayraktar TB2 drones." for i in range(40_000)]
    texts[20_000] = None  # type: ignore[call-overload]
    dates = ["1995" if i % 3 == 0 else "2010" for i in range(len(texts))]
    one = small.find_many(texts, dates, threads=1)
    assert small.find_many(texts, dates, threads=2) == one
    assert [m.id for m in one[3]] == [m.id for m in small.find(texts[3], "1995")]
    assert one[20_000] == [] and one[-1][-1].surface == "Bayraktar TB2"
    texts[33_000] = b"not a str"  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="row 33000"):
        small.find_many(texts, threads=2)


def test_find_many_dates_per_text_or_one_for_all(small: caci.Gazetteer) -> None:
    texts = ["Aliyev", "Aliyev", "Aliyev"]
    by_row = small.find_many(texts, ["1995", None, dt.date(2010, 1, 1)])
    assert [(f[0].id, f[0].ambiguous) for f in by_row] == [
        ("heydar-aliyev", False),
        ("ilham-aliyev", True),
        ("ilham-aliyev", False),
    ]
    assert [f[0].id for f in small.find_many(texts, "1995")] == ["heydar-aliyev"] * 3
    dates = pd.Series(pd.to_datetime(["1995-01-01", None, "2010-01-01"]))
    assert [f[0].id for f in small.find_many(texts, dates)] == ["heydar-aliyev", "ilham-aliyev", "ilham-aliyev"]
    with pytest.raises(ValueError, match="2 dates for 3 texts"):
        small.find_many(texts, ["1995", "1996"])


def test_find_many_rejects_bad_arguments(small: caci.Gazetteer) -> None:
    with pytest.raises(ValueError, match="threads must be at least 1"):
        small.find_many(["x"], threads=0)
    with pytest.raises(TypeError, match="single str"):
        small.find_many("Türkiye")


def test_default_gazetteer_is_shared_and_finds_countries(default: caci.Gazetteer) -> None:
    assert caci.Gazetteer.default() is default
    assert default.builtin
    assert len(default) > 0
    assert pairs(caci.find("Uzbekistan")) == [("Uzbekistan", "UZB")]
    assert [[m.id for m in f] for f in caci.find_many(["Uzbekistan", None])] == [["UZB"], []]
    assert default.entity("UZB")["kind"] == "country"


def test_len_contains_iter_and_repr(small: caci.Gazetteer) -> None:
    assert len(small) == 12
    assert "TUR" in small and "XXX" not in small and 3 not in small
    assert list(small)[:3] == ["TUR", "CHN", "UZB"]
    # 38 aliases in the file, and `TB2 Bayraktar`, composed from `Bayraktar TB2` at build.
    assert repr(small) == "<caci.Gazetteer: 12 entities (5 country, 3 leader, 3 weapon, 1 region), 39 aliases>"
    assert not small.builtin


def test_entity_is_a_dict_with_attributes_and_offices(small: caci.Gazetteer) -> None:
    tur = small.entity("TUR")
    assert tur["name"] == "Türkiye" and tur["alpha2"] == "TR"
    assert tur["aliases"] == ["Turkey [common]", "Republic of Türkiye"]
    assert tur["demonyms"] == ["Turkish"] and tur["capitals"] == ["Ankara"]
    putin = small.entity("vladimir-putin")
    assert putin["offices"][0] == {"title": "President", "country": "RUS", "start": "2000-05-07", "end": "2008-05-07"}
    assert putin["offices"][1]["end"] is None
    assert small.entity("j-10c")["family"] == "j-10"
    with pytest.raises(KeyError, match="XXX"):
        small.entity("XXX")


def test_entities_frame(small: caci.Gazetteer) -> None:
    frame = small.entities()
    assert list(frame.columns[:7]) == ["id", "kind", "name", "aliases", "demonyms", "capitals", "offices"]
    assert {"alpha2", "family", "origin", "country"} <= set(frame.columns)
    assert len(frame) == 12 and isinstance(frame["kind"].dtype, pd.CategoricalDtype)
    weapons = small.entities(kind="weapon")
    assert list(weapons["id"]) == ["j-10", "j-10c", "bayraktar-tb2"]
    assert list(weapons["origin"]) == ["CHN", "CHN", "TUR"]
    with pytest.raises(ValueError, match="unknown kind"):
        small.entities(kind="city")


def test_records_round_trip_through_a_dataframe(small: caci.Gazetteer) -> None:
    rebuilt = caci.Gazetteer.from_records(small.entities())
    assert len(rebuilt) == len(small)
    assert rebuilt.find_many([SAMPLE, "Aliyev"]) == small.find_many([SAMPLE, "Aliyev"])
    assert rebuilt.entity("vladimir-putin") == small.entity("vladimir-putin")


def test_from_records_and_extend_override_by_id(small: caci.Gazetteer) -> None:
    extra = [
        {
            "id": "KAZ",
            "kind": "country",
            "name": "Kazakhstan",
            "aliases": ["Qazaqstan"],
            "capitals": "Astana | Nur-Sultan",
        },
        {"id": "TUR", "kind": "country", "name": "Turkey", "aliases": "Türkiye", "alpha2": "TR"},
        {
            "id": "tokayev",
            "kind": "leader",
            "name": "Kassym-Jomart Tokayev",
            "offices": [{"title": "President", "country": "KAZ", "start": "2019-03-20", "end": None}],
        },
    ]
    bigger = small.extend(extra)
    assert len(small) == 12, "extend returns a new gazetteer"
    assert len(bigger) == 14
    assert pairs(bigger.find("Astana and Türkiye")) == [("Astana", "KAZ"), ("Türkiye", "TUR")]
    assert bigger.entity("TUR")["name"] == "Turkey"
    assert bigger.find("Ankara") == [], "an override replaces all aliases"
    own = caci.Gazetteer.from_records(pd.DataFrame(extra[:2]), kind="country")
    assert sorted(own) == ["KAZ", "TUR"]
    assert caci.Gazetteer.from_records([{"id": "x", "name": "Xanadu"}], kind="region").entity("x")["kind"] == "region"


def test_extend_the_default_gazetteer_by_id(default: caci.Gazetteer) -> None:
    mine = default.extend([{"id": "UZB", "kind": "country", "name": "Uzbekistan", "aliases": "Uzbekia"}])
    assert len(mine) == len(default)
    assert pairs(mine.find("Uzbekia")) == [("Uzbekia", "UZB")]
    assert pairs(default.find("Uzbekia")) == []


def test_from_files_reads_several_files_in_order(gazetteer_file: Path, tmp_path: Path) -> None:
    override = tmp_path / "override.csv"
    override.write_text('id,kind,name,aliases\nUZB,country,Uzbekistan,"Uzbekia | Tashkent [capital]"\n', "utf-8")
    g = caci.Gazetteer.from_files([gazetteer_file, override])
    assert pairs(g.find("Uzbekia and Tashkent")) == [("Uzbekia", "UZB"), ("Tashkent", "UZB")]
    assert g.find("O'zbekiston") == []
    on_small = caci.Gazetteer.from_files(override, base=caci.Gazetteer.from_files(str(gazetteer_file)))
    assert len(on_small) == 12


def test_json_spec_round_trip(small: caci.Gazetteer) -> None:
    text = small.to_json()
    spec = json.loads(text)
    assert spec["version"] == 1 and len(spec["entries"]) == 12
    again = caci.Gazetteer.from_json(text)
    assert again.find(SAMPLE) == small.find(SAMPLE)


def test_long_and_short_surfaces_round_trip(small: caci.Gazetteer) -> None:
    text = "The Republic of Türkiye and the People's Republic of China; PRC."
    found = small.find(text)
    assert [m.surface for m in found] == ["Republic of Türkiye", "People's Republic of China", "PRC"]
    assert all(text[m.start : m.end] == m.surface for m in found)
    assert found[1] == caci.Mention(32, 58, "People's Republic of China", "country", "CHN", "China")


def test_leaders_carry_their_office_at_the_date_and_former_titles() -> None:
    g = caci.Gazetteer.default()
    ms = g.find("former President Nazarbayev met President Tokayev.", date="2022-09-15")
    assert [(m.id, m.former) for m in ms] == [("nursultan-nazarbayev", True), ("kassym-jomart-tokayev", False)]
    assert ms[1].office is not None and ms[1].office.startswith("President@KAZ 2019")
    assert ms[1].as_dict()["office"] == ms[1].office
    assert g.find("President Tokayev")[0].office is None, "no date, no office"
    assert pickle.loads(pickle.dumps(ms[0])) == ms[0]
