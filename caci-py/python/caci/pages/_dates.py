"""Dates written on page lines: ``12 March 2019``, ``March 12, 2019``, ``3/12/2019``,
``2019-03-12``, with or without a weekday. All patterns are matched against a line with
its surrounding whitespace removed."""

from __future__ import annotations

import datetime as _dt
import re

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = re.compile(
    r"\b(?:"
    + _WEEKDAY
    + r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.replace("month", "m1")
    + r",?\s+(?P<y1>\d{4})"
    + r"|"
    + _WEEKDAY
    + _MONTH.replace("month", "m2")
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    + r"|(?P<mm>\d{1,2})/(?P<dd>\d{1,2})/(?P<yy>\d{4}|\d{2})"
    + r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    + r")\b",
    re.I,
)
# What may surround a date on a line that is only a date.
_DATE_RESIDUE = re.compile(
    r"(?:published|posted|updated|last\s+updated|modified|date[d]?|on|at|issue|\d{1,2}:\d{2}"
    r"(?::\d{2})?|[ap]\.?m\.?|gmt|utc|[\s,.:;|/()\[\]\-\u2013\u2014·•])*",
    re.I,
)


def _date_from_match(m: re.Match[str]) -> _dt.date | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            return _dt.date(int(g["y1"]), _MONTHS[g["m1"][:3].lower()], int(g["d1"]))
        if g["y2"]:
            return _dt.date(int(g["y2"]), _MONTHS[g["m2"][:3].lower()], int(g["d2"]))
        if g["yy"]:
            year = int(g["yy"])
            if len(g["yy"]) == 2:
                year += 1900 if year >= 50 else 2000
            return _dt.date(year, int(g["mm"]), int(g["dd"]))  # month/day/year
        return _dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
    except ValueError:
        return None


def _first_date(s: str) -> _dt.date | None:
    """The first valid date written in ``s``."""
    for m in _DATE.finditer(s):
        found = _date_from_match(m)
        if found is not None:
            return found
    return None


def _date_line(s: str) -> _dt.date | None:
    """The date of a line that says nothing but a date (with weekday, time or "Posted")."""
    if len(s) > 80 or not any(c.isdigit() for c in s):
        return None
    m = _DATE.search(s)
    if m is None:
        return None
    rest = s[: m.start()] + " " + s[m.end() :]
    if _DATE_RESIDUE.fullmatch(rest) is None:
        return None
    return _date_from_match(m)
