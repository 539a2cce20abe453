"""Bylines: the authors (and the date) of a ``By …`` line, and what looks like a person's
name. All patterns are matched against a line with its surrounding whitespace removed."""

from __future__ import annotations

import datetime as _dt
import re

from ._dates import _DATE, _date_from_match, _first_date

_BYLINE = re.compile(r"(?i:by)\s+(?P<names>\S.*)")

_NAME_PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "ul",
        "ud",
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "ter",
        "la",
        "le",
        "y",
        "e",
        "zu",
    ]
)
_NAME_SUFFIX = re.compile(r"(?:jr|sr|ph\.?\s?d|m\.?d|ii|iii|iv)\.?", re.I)
_PREFIXED_NAME = re.compile(r"(?:al|el|ul|ad|ud|as|ash|ibn|bin|de|van|von|d['\u2019])-?['\u2019]?[A-Z]")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,\s*(?:and|&)\s+|\s+and\s+|\s*&\s*|\s*;\s*|\s*,\s*)\s*")
_TRAILING_PAREN = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*$")


def _parse_byline(s: str) -> tuple[list[str], _dt.date | None] | None:
    """The authors and date of a ``By …`` line, or None if the line is not a byline."""
    if len(s) > 200 or s.endswith(","):
        return None
    m = _BYLINE.fullmatch(s)
    if m is None:
        return None
    names = m.group("names")
    date = None
    paren = _TRAILING_PAREN.search(names)
    if paren is not None:
        date = _first_date(paren.group(1))
        names = names[: paren.start()]
    dates = list(_DATE.finditer(names))
    dm = dates[-1] if dates else None
    if dm is not None and not names[dm.end() :].strip(" .,;|-\u2013\u2014"):
        date = date or _date_from_match(dm)
        names = names[: dm.start()]
    names = names.strip(" \t,;|-\u2013\u2014:")
    if not names:
        return None
    authors: list[str] = []
    for piece in _AUTHOR_SPLIT.split(names):
        piece = piece.strip()
        if piece.endswith(".") and len(piece.rsplit(None, 1)[-1]) > 3:
            piece = piece[:-1].rstrip()  # "By Jane Doe." but not "Jane Doe Jr." or "J."
        if not piece:
            continue
        if authors and _NAME_SUFFIX.fullmatch(piece):
            authors[-1] = f"{authors[-1]}, {piece}"
            continue
        if not _looks_like_name(piece):
            return None
        authors.append(piece)
    if not authors or len(authors) > 8:
        return None
    return authors, date


def _looks_like_name(piece: str) -> bool:
    tokens = piece.split()
    if not 1 <= len(tokens) <= 6:
        return False
    capitalised = 0
    for token in tokens:
        if any(c.isdigit() for c in token):
            return False
        first = next((c for c in token if c.isalpha()), "")
        if not first:
            return False
        if first.isupper():
            capitalised += 1
        elif token.lower().strip(".'\u2019-") not in _NAME_PARTICLES and not _PREFIXED_NAME.match(token):
            return False
    return capitalised > 0
