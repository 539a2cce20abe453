"""Gazetteers pickle by their specification; the default one as a marker."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest

import caci
from conftest import SAMPLE


def test_custom_gazetteer_survives_pickling(small: caci.Gazetteer) -> None:
    data = pickle.dumps(small)
    again = pickle.loads(data)
    assert isinstance(again, caci.Gazetteer) and again is not small
    assert len(again) == len(small) and list(again) == list(small)
    assert again.find(SAMPLE) == small.find(SAMPLE)
    assert again.entity("vladimir-putin") == small.entity("vladimir-putin")
    assert again.find("Aliyev", "1995")[0].id == "heydar-aliyev"


def test_default_gazetteer_pickles_as_a_marker(default: caci.Gazetteer) -> None:
    data = pickle.dumps(default)
    assert len(data) < 200 and b"default" in data
    assert pickle.loads(data) is default


def test_extended_default_pickles_its_entries(default: caci.Gazetteer) -> None:
    mine = default.extend([{"id": "zz-test", "kind": "region", "name": "Zedland"}])
    again = pickle.loads(pickle.dumps(mine))
    assert not again.builtin and len(again) == len(default) + 1
    assert [m.id for m in again.find("Zedland and Uzbekistan")] == ["zz-test", "UZB"]


def test_mentions_pickle(small: caci.Gazetteer) -> None:
    found = small.find(SAMPLE)
    assert pickle.loads(pickle.dumps(found)) == found


@pytest.mark.parametrize(
    "surface", ["Baku", "Nazarbayev-13", "Nazarbayev-014", "Bundeswehr-Heer ü 32 bytes long", "ü" * 40]
)
@pytest.mark.parametrize("form", ["name", "demonym", "capital"])
def test_mentions_keep_surface_and_marks_of_every_length(surface: str, form: str) -> None:
    # Short surfaces live in the object, longer ones outside it, with the form and flags
    # packed beside them: every length and combination reads back and pickles the same.
    for ambiguous, former in [(False, False), (True, False), (False, True), (True, True)]:
        m = caci.Mention(
            3, 3 + len(surface), surface, "leader", "x", "X", form=form, ambiguous=ambiguous, former=former
        )
        assert (m.surface, m.form, m.ambiguous, m.former) == (surface, form, ambiguous, former)
        back = pickle.loads(pickle.dumps(m))
        assert back == m and hash(back) == hash(m) and back.as_dict() == m.as_dict()
        other = caci.Mention(3, 3 + len(surface), surface, "leader", "x", "X", form=form, ambiguous=not ambiguous)
        assert other != m


@pytest.mark.parametrize("surface", ["Aliyev", "Kassym-Jomart Tokayev", "Ilham Heydar oglu Aliyev of Azerbaijan"])
@pytest.mark.parametrize("office", [None, "", "President@AZE 2003-10-31.."])
@pytest.mark.parametrize("start", [0, 2**32 - 7, 2**32 + 5, 2**40])
def test_mentions_keep_offsets_past_four_gi_and_offices(surface: str, office: str | None, start: int) -> None:
    # Offsets that fit 32 bits live in the object, larger ones (a text of more than 4 Gi
    # characters) and offices beside a long surface outside it: all read back unchanged.
    end = start + len(surface)
    m = caci.Mention(start, end, surface, "leader", "x", "X", office=office, former=True)
    assert (m.start, m.end, m.surface, m.office, m.former) == (start, end, surface, office, True)
    back = pickle.loads(pickle.dumps(m))
    assert back == m and hash(back) == hash(m) and back.as_dict() == m.as_dict()
    assert repr(back) == repr(m) and f"start={start}, end={end}" in repr(m)
    assert caci.Mention(start + 1, end + 1, surface, "leader", "x", "X", office=office, former=True) != m
    assert caci.Mention(start, end, surface, "leader", "x", "X", office="Other", former=True) != m


def test_unknown_spec_version_is_a_gazetteer_error(small: caci.Gazetteer) -> None:
    state = small.to_json().replace('"version":1', '"version":99', 1)
    with pytest.raises(caci.GazetteerError, match="version 99 is not supported"):
        caci.Gazetteer._from_pickle(state)


def _tag_in_child(g: caci.Gazetteer) -> list[list[str]]:
    return [[m.id for m in ms] for ms in g.find_many([SAMPLE, "Aliyev"], threads=2)]


def test_gazetteer_travels_to_a_spawned_process(small: caci.Gazetteer) -> None:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        got = pool.apply_async(_tag_in_child, (small,)).get(timeout=120)
    assert got == _tag_in_child(small)
