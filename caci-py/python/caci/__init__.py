"""caci: countries, political leaders and weapon systems in analyst prose.

>>> import caci
>>> [(m.surface, m.id) for m in caci.find("Tashkent weighs the J-10C.")]  # doctest: +SKIP
[('Tashkent', 'UZB'), ('J-10C', 'j-10c')]

``caci.find`` and ``caci.find_many`` use the built-in gazetteer (built once, on first
use); ``caci.Gazetteer`` builds your own. ``caci.tag``, ``caci.counts`` and
``caci.cooccurrence`` work on pandas (imported when first used), and ``Series.caci`` is
available once pandas and caci are both imported. ``caci.transfers`` and
``caci.meetings`` give the arms transfers and meetings the texts state.
"""

from __future__ import annotations

import sys as _sys
import typing as _typing

from ._caci import CaciError, DateError, Gazetteer, GazetteerError, Mention, __version__
from .display import Highlighted, display

if _typing.TYPE_CHECKING:
    from typing import Any

    from .pages import read_pages, sample_corpus
    from .pandas import cooccurrence, counts, tag
    from .relations import meetings, transfers
    from .stream import iter_tag

__all__ = [
    "CaciError",
    "DateError",
    "Gazetteer",
    "GazetteerError",
    "Highlighted",
    "Mention",
    "__version__",
    "cooccurrence",
    "counts",
    "display",
    "find",
    "find_many",
    "iter_tag",
    "meetings",
    "read_pages",
    "sample_corpus",
    "tag",
    "transfers",
]


def find(text: str | None, date: Any = None) -> list[Mention]:
    """The mentions in ``text``, found with the built-in gazetteer (see ``Gazetteer.find``)."""
    return Gazetteer.default().find(text, date)


def find_many(
    texts: Any, dates: Any = None, threads: int | None = None, progress: bool | None = None
) -> list[list[Mention]]:
    """The mentions of many texts, with the built-in gazetteer (see ``Gazetteer.find_many``)."""
    return Gazetteer.default().find_many(texts, dates, threads=threads, progress=progress)


_PANDAS_API = ("tag", "counts", "cooccurrence")
_PAGES_API = ("read_pages", "sample_corpus")
_RELATIONS_API = ("transfers", "meetings")
_EXTRAS = ("dask", "spark")  # submodules for the optional extras, as `caci.dask` after `import caci`


def __dir__() -> list[str]:
    # The public names only (not the helpers of this module), for tab completion.
    return sorted({*__all__, *_EXTRAS})


def __getattr__(name: str) -> Any:
    # The pandas functions and the page reader import pandas, which is slow: only when
    # first used.
    if name in _PANDAS_API:
        from . import pandas as _pandas

        return getattr(_pandas, name)
    if name in _RELATIONS_API:  # arms transfers and meetings stated in the texts
        from . import relations as _relations

        return getattr(_relations, name)
    if name in _PAGES_API:
        from . import pages as _pages

        return getattr(_pages, name)
    if name == "iter_tag":  # large inputs a batch at a time (caci/stream/)
        from .stream import iter_tag

        return iter_tag
    if name in _EXTRAS:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'caci' has no attribute {name!r}")


if "pandas" in _sys.modules:  # pandas already paid for: register the Series.caci accessor now
    from . import pandas as _pandas  # noqa: F401
