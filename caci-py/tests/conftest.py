"""Shared fixtures: a small gazetteer with non-ASCII aliases, and the built-in one."""

from __future__ import annotations

from pathlib import Path

import pytest

import caci

# Columns as in the gazetteer file format; `family`, `origin`, `alpha2`, `country` are
# attributes. Non-ASCII names (Türkiye, Ürümqi, Azərbaycan) exercise str offsets.
GAZETTEER_TSV = """\
id\tkind\tname\taliases\tdemonyms\tcapitals\toffices\tfamily\torigin\talpha2\tcountry
TUR\tcountry\tTürkiye\tTurkey [common] | Republic of Türkiye\tTurkish\tAnkara\t\t\t\tTR\t
CHN\tcountry\tChina\tPRC | People's Republic of China\tChinese | Sino-\tBeijing\t\t\t\tCN\t
UZB\tcountry\tUzbekistan\tO'zbekiston\tUzbek\tTashkent\t\t\t\tUZ\t
AZE\tcountry\tAzerbaijan\tAzərbaycan\tAzerbaijani\tBaku\t\t\t\tAZ\t
RUS\tcountry\tRussia\tRussian Federation\tRussian\tMoscow | Kremlin\t\t\t\tRU\t
xinjiang\tregion\tXinjiang\tÜrümqi [capital] | East Turkestan\t\t\t\t\t\t\tCHN
heydar-aliyev\tleader\tHeydar Aliyev\tAliyev [partial]\t\t\tPresident@AZE 1993-06-15..2003-10-31\t\t\t\t
ilham-aliyev\tleader\tIlham Aliyev\tAliyev [partial]\t\t\tPresident@AZE 2003-10-31..\t\t\t\t
vladimir-putin\tleader\tVladimir Putin\tPutin [partial]\t\t\tPresident@RUS 2000-05-07..2008-05-07 | President@RUS 2012-05-07..\t\t\t\t
j-10\tweapon\tJ-10\t\t\t\t\tj-10\tCHN\t\t
j-10c\tweapon\tJ-10C\tJ-10CE\t\t\t\tj-10\tCHN\t\t
bayraktar-tb2\tweapon\tBayraktar TB2\tTB2\t\t\t\tbayraktar-tb2\tTUR\t\t
"""


@pytest.fixture(scope="session")
def gazetteer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "small.tsv"
    path.write_text(GAZETTEER_TSV, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def small(gazetteer_file: Path) -> caci.Gazetteer:
    """A custom gazetteer of 12 entities with non-ASCII aliases."""
    return caci.Gazetteer.from_files(gazetteer_file)


@pytest.fixture(scope="session")
def default() -> caci.Gazetteer:
    """The built-in gazetteer. Invalid built-in data fail every test that uses it (never
    a skip: a suite of skips would pass while the package cannot tag anything)."""
    return caci.Gazetteer.default()


#: Prose for the small gazetteer, with its expected (surface, id) pairs.
SAMPLE = "Türkiye sent TB2s to Baku; Ürümqi 😀 watched as the PRC sold J-10CEs to Uzbekistan."
SAMPLE_FOUND = [
    ("Türkiye", "TUR"),
    ("TB2s", "bayraktar-tb2"),
    ("Baku", "AZE"),
    ("Ürümqi", "xinjiang"),
    ("PRC", "CHN"),
    ("J-10CEs", "j-10c"),
    ("Uzbekistan", "UZB"),
]


def pytest_configure(config: pytest.Config) -> None:
    # The notebooks' test is slow and needs the `notebooks` extra: `-m "not notebooks"` skips it.
    config.addinivalue_line("markers", "notebooks: executes the notebooks in notebooks/ (needs the notebooks extra)")


@pytest.fixture(scope="session")
def eval_score():
    """``bench/eval/score.py`` (the scorer of the evaluation sets) as a module."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[2] / "bench" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("caci_bench_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
