"""Bylines: the authors (and the date) of a ``By …`` line.

Who wrote an article is decided by one rule, the core's ``caci_core::Byline`` (see
``caci-core/src/byline.rs``), which the resolver also uses to keep authors from being
taken for leaders: the ``authors`` column of ``read_pages`` and the names resolution
treats as authors always agree. The core gives the date part as written; it is read
here, as the page's other date lines are."""

from __future__ import annotations

import datetime as _dt

from .._caci import _byline
from ._dates import _first_date


def _parse_byline(s: str) -> tuple[list[str], _dt.date | None] | None:
    """The authors and date of a ``By …`` line, or None if the line is not a byline."""
    found = _byline(s)
    if found is None:
        return None
    authors, date = found
    return authors, (_first_date(date) if date else None)
