"""Read scraped pages of analyst articles into a pandas DataFrame, one row per article.

A page file is UTF-8 text as scraped from an analyst archive such as the Central
Asia-Caucasus Analyst: one paragraph a line, several articles a page, each article opening
with a ``By …`` line and closing with an author's bio (``AUTHOR'S BIO: …``), around them
titles, dates, image credits, captions, "Published in …" lines, share buttons and a site
footer::

    >>> from caci.pages import read_pages, sample_paths
    >>> df = read_pages(sample_paths())            # a folder, a file or a list of them
    >>> df = read_pages(text=scraped)              # page text already in memory (a str)

What a row holds
----------------
``text``
    The document to tag: the article from its ``By …`` line through its bio paragraph
    (what the project's gold files call a document), with boilerplate lines taken out.
``summary``, ``background``, ``implications``, ``conclusions``, ``bio``
    The parts of the article, without their labels (``BACKGROUND:`` …). A section runs
    from its label to the next new label; a label met a second time (an archive typo)
    continues the section it is in. ``summary`` is what comes before ``BACKGROUND:``.
``body``
    The article proper: from the summary through the conclusions (no byline, no bio).
``title``, ``authors``, ``date``
    From the lines before the byline, the byline itself and the date lines around it.

Offsets
-------
Every offset is a Python ``str`` index (a code point) into the page file decoded as
UTF-8, with line ends left as they are (``page_text(source)`` gives that string).
``text_start``/``text_end``, ``body_start``/``body_end`` and ``<part>_start``/
``<part>_end`` bound each part in the file: ``file_text[start:end] == part`` whenever no
boilerplate line was taken out from inside the part. ``segments`` records the pieces of
the file that make up ``text``, as ``(text_offset, file_offset, length)`` triples, and
``to_file_offset(row, i, part=...)`` / ``to_file_span(row, start, end, part=...)`` map an
offset in ``text`` (or in one of the parts) back to the file in every case, and
``add_file_offsets(mentions, pages)`` does it for a whole frame of mentions (from
``caci.tag(pages, key="article")``). Offsets and segments describe the first copy of the
article (``source``).

Boilerplate
-----------
Left out of every part: image credits and captions (a line with a credit marker such as
``Photo:``/``Image source:``/``(Image: …)``/"Wikimedia Commons", and, inside an article,
any short line of under 200 characters that does not end a sentence: analyst paragraphs
end with a full stop), "Published in …" and date lines, "Read more", share buttons,
navigation, newsletter and site footers and e-mail protection notes ("[email protected]",
"This email address is being protected from spambots …", also inside a line).

Duplicates
----------
``article`` is a 12-hex-digit key: the SHA-1 of the article's body after normalisation
(Unicode NFKC, curly quotes and dashes made plain, whitespace removed, ASCII lower-cased),
so it is the same across runs and machines, and an article scraped twice, with or without
a caption, a title or extra blank lines, gets the same key. With ``dedupe=True`` (the
default) such copies make one row: ``source`` is the first file, ``sources`` lists every
file it was found in, ``copies`` counts the copies read.

This module needs only the standard library, numpy and pandas: it does not load the
native tagger.
"""

from __future__ import annotations

import datetime as _dt
import errno
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, Union

import numpy as np

__all__ = [
    "PARTS",
    "add_file_offsets",
    "article_key",
    "file_offsets",
    "file_spans",
    "page_text",
    "read_pages",
    "sample_corpus",
    "sample_paths",
    "split_page",
    "to_file_offset",
    "to_file_span",
    "to_text_offset",
]

PathLike = Union[str, "os.PathLike[str]"]

#: The parts of an article that have a string column and ``<part>_start``/``<part>_end``.
PARTS = ("text", "summary", "body", "background", "implications", "conclusions", "bio")

#: The columns of ``read_pages``, in order.
COLUMNS = (
    "article",
    "source",
    "sources",
    "copies",
    "title",
    "authors",
    "date",
    "text",
    "summary",
    "background",
    "implications",
    "conclusions",
    "bio",
    "body",
    *(f"{part}_{end}" for part in PARTS for end in ("start", "end")),
    "segments",
)

_SECTION_NAMES = {
    "BACKGROUND": "background",
    "IMPLICATIONS": "implications",
    "IMPLICATION": "implications",
    "CONCLUSIONS": "conclusions",
    "CONCLUSION": "conclusions",
}

# ---------------------------------------------------------------------------------------
# Line patterns. All are matched against a line with its surrounding whitespace removed.

_BYLINE = re.compile(r"(?i:by)\s+(?P<names>\S.*)")
_BIO = re.compile(
    r"(?:about\s+the\s+authors?|(?:the\s+)?authors?(?:['\u2019]s|s['\u2019])?\s+bios?)\s*[:.\-\u2013\u2014]\s*",
    re.I,
)
_LABEL = re.compile(
    r"(?P<name>BACKGROUND|IMPLICATIONS?|CONCLUSIONS?)\s*:\s*|(?P<lower>Background|"
    r"Implications?|Conclusions?)\s*:\s+",
)

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
_ISSUE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\s+issue\s+of\s+the\s+(?:caci|central\s+asia)", re.I)

# Boilerplate that may make a long line: footers and e-mail protection notes.
_BOILERPLATE_LONG = (
    r"the\s+central\s+asia-caucasus\s+analyst\s+is\b.*"
    r"|(?:sign\s+up|subscribe)\s+(?:for|to)\b.*"
    r"|(?:follow\s+us|stay\s+(?:up\s+to\s+date|informed|in\s+touch)|join\s+our\s+mailing)\b.*"
    r"|(?:copyright|©|\(c\)\s*\d{4}).*"
    r"|(?:powered\s+by|privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy)\b.*"
    r"|this\s+(?:site|website)\s+uses\s+cookies\b.*"
    r"|(?:e-?mail\s*[:,]?\s*)?this\s+e-?mail\s+address\s+is\s+being\s+protected\b.*"
)
_SHARE_WORD = (
    r"(?:share(?:\s+(?:on|this(?:\s+article|\s+page)?|via))?|tweet|facebook|twitter|x|"
    r"linkedin|whatsapp|telegram|reddit|vk|e-?mail|print|pdf|copy\s+link|\d+\s+shares?)"
)
# Boilerplate lines (matched whole, on lines of up to _SHORT characters).
_BOILERPLATE = re.compile(
    r"(?:"
    # Publication lines: "Published in Analytical Articles", "Published in the 12/3/2003
    # issue of the CACI Analyst", "Posted in …", "Written by …".
    r"(?:published|posted|filed)\s+(?:in|on|under|by)\b.*"
    r"|written\s+by\b.*"
    r"|(?:from\s+)?(?:the\s+)?\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\s+issue\s+of\s+the\b.*"
    # Read more.
    r"|(?:read|continue\s+reading)(?:\s+(?:more|the\s+full\s+article))?\b\W*"
    r"|read\s+more\b.*"
    # Share buttons: "Share", "Tweet", "Facebook | Twitter | Email | Print".
    r"|(?:" + _SHARE_WORD + r"[\s|•·,/:]*)+"
    # Navigation.
    r"|home(?:\s*[\u00bb>/|\u203a].*)?"
    r"|(?:menu|search|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|top|login|log\s+in"
    r"|sign\s+in|register|next|prev(?:ious)?|older|newer|(?:next|previous|prev)\s+"
    r"(?:article|post|item|page)|related\s+(?:items|articles|posts)|more\s+in\s+this\s+"
    r"category|analytical\s+articles|field\s+reports|news\s+digest|publications|events"
    r"|about(?:\s+us)?|contact(?:\s+us)?|newsletter|archives?)\W*"
    r"|[\u00ab\u2039<]+\s*(?:prev(?:ious)?|back)\b.*"
    r"|.*\b(?:next|newer)\s*[\u00bb\u203a>]+"
    r"|tags?\s*:.*"
    r"|categor(?:y|ies)\s*:.*"
    r"|.*\ball\s+rights\s+reserved\W*"
    # E-mail protection notes.
    r"|(?:e-?mail\s*[:,]?\s*)?\[?\s*email(?:\s|&#160;|\xa0)*protected\s*\]?\W*"
    r"|" + _BOILERPLATE_LONG + r")",
    re.I,
)
_BOILERPLATE_LONG_RE = re.compile(_BOILERPLATE_LONG, re.I)
_SHORT = 300
# Image credits and captions, recognised by a marker (only on lines of up to _SHORT characters).
_CREDIT = re.compile(
    r"(?:image|photo|picture|photograph|illustration|figure|fig\.|caption|credit|courtesy"
    r"|source)s?(?:\s+(?:source|credit|caption|by|of|courtesy))?\s*(?:\d+\s*)?[:|\u2013\u2014]"
    r"|(?:image|photo|picture|photograph)\s+(?:source|credit|courtesy|by)\b"
    r"|courtesy\s+of\b"
    r"|\[(?:image|photo|picture|caption)\b",
    re.I,
)
_CREDIT_ANYWHERE = re.compile(
    r"\((?:image|photo|picture|source|credit|courtesy)\b[^)]*\)\W*$"
    r"|\b(?:image|photo|picture)\s*(?:source|credit|courtesy)?\s*:\s*[^.]{1,100}$"
    r"|wikimedia\s+commons|creative\s+commons|\bcc\s+by(?:-sa)?\b|shutterstock|getty\s+images"
    r"|\bvia\s+(?:reuters|afp|ap|tass|ria\s+novosti|wikipedia)\b",
    re.I,
)
# An e-mail protection note inside a kept line (cut out of `text`, with an "Email," label
# in the few characters before it).
_EMAIL_NOTE = re.compile(
    r"(?i:this\s+e-?mail\s+address\s+is\s+being\s+protected\s+from\s+spambots)\.?"
    r"(?i:\s*you\s+need\s+javascript\s+enabled\s+to\s+view\s+it)?\.?(?:\s*\.)?"
    r"|\[\s*(?i:email)(?:\s|&#160;|\xa0)*(?i:protected)\s*\]"
)
_EMAIL_LABEL = re.compile(r"\s*\b[Ee]-?mail\s*[:,]?\s*$|\s+$")
_SENTENCE_END = ".!?…:;"
_CLOSERS = "\"'\u201d\u2019\u00bb)]*"
# An HTML tag (`</p>`, `<br/>`, `<a href="...">`): at the end of a line, not the line's end.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CAPTION_MAX = 200
_TITLE_MAX = 300

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
_PLAIN_CHARS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufeff": "",
    "\u200b": "",
}
_PLAIN_BYTES = tuple((k.encode("utf-8"), v.encode("utf-8")) for k, v in _PLAIN_CHARS.items())

# Line kinds.
_BLANK, _TEXT, _BYLINE_K, _BIO_K, _LABEL_K, _DROP = range(6)


# ---------------------------------------------------------------------------------------
# Dates


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


# ---------------------------------------------------------------------------------------
# Bylines


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


# ---------------------------------------------------------------------------------------
# Lines


class _Line(NamedTuple):
    start: int  # offset of the line in the page
    content_start: int  # first non-space character
    content_end: int  # after the last non-space character
    end: int  # the end of the line, before its line break
    next: int  # the start of the next line (after the line break)
    kind: int
    info: Any  # byline: (authors, date); label: (section, label length); drop: date
    loose: bool  # a short text line that ends no sentence: a caption or a title


def _ends_sentence(s: str) -> bool:
    while s.endswith(">"):  # closing markup left by a scraper: `<p>Text.</p>` ends a sentence
        i = s.rfind("<")
        if i < 0 or _TAG.fullmatch(s, i) is None:
            break
        s = s[:i].rstrip()
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _SENTENCE_END


def _is_short_unterminated(s: str) -> bool:
    return len(s) < _CAPTION_MAX and not _ends_sentence(s)


def _classify(s: str) -> tuple[int, Any]:
    if not s:
        return _BLANK, None
    first = s[0]
    if first in "Bb":
        byline = _parse_byline(s)
        if byline is not None:
            return _BYLINE_K, byline
    if first in "AaTt":
        m = _BIO.match(s)
        if m is not None:
            return _BIO_K, m.end()
    if first in "BICbic":
        m = _LABEL.match(s)
        if m is not None:
            name = m.group("name") or m.group("lower")
            return _LABEL_K, (_SECTION_NAMES[name.upper()], m.end())
    if len(s) > _SHORT:  # prose, a footer or an e-mail note
        return (_DROP if _BOILERPLATE_LONG_RE.match(s) else _TEXT), None
    if len(s) <= 80 and any(c.isdigit() for c in s):
        date = _date_line(s)
        if date is not None:
            return _DROP, date
    if _BOILERPLATE.fullmatch(s) is not None:
        date = _first_date(s) if _ISSUE.search(s) or s[:9].lower() == "published" else None
        return _DROP, date
    if _CREDIT.match(s) is not None or _CREDIT_ANYWHERE.search(s):
        return _DROP, None
    return _TEXT, None


def _lines(page: str) -> list[_Line]:
    out = []
    pos = 1 if page.startswith("\ufeff") else 0  # a byte order mark is no text
    n = len(page)
    while pos < n:
        nl = page.find("\n", pos)
        nxt = n if nl < 0 else nl + 1
        end = n if nl < 0 else nl
        if end > pos and page[end - 1] == "\r":
            end -= 1
        raw = page[pos:end]
        stripped = raw.strip()
        if stripped:
            cs = pos + (len(raw) - len(raw.lstrip()) if raw[0].isspace() else 0)
            ce = cs + len(stripped)
        else:
            cs = ce = pos
        kind, info = _classify(stripped)
        loose = kind == _TEXT and _is_short_unterminated(stripped)
        out.append(_Line(pos, cs, ce, end, nxt, kind, info, loose))
        pos = nxt
    return out


# ---------------------------------------------------------------------------------------
# Articles


class _Article(NamedTuple):
    title: str | None
    authors: list[str]
    date: _dt.date | None
    text: str
    segments: tuple[tuple[int, int, int], ...]
    parts: dict[str, tuple[int, int] | None]  # part -> (start, end) in `text`


def _is_paragraph(line: _Line) -> bool:
    """A line that counts as article prose (not a caption or a title)."""
    if line.kind == _LABEL_K or line.kind == _BIO_K:
        return True
    return line.kind == _TEXT and not line.loose


def split_page(page: str) -> list[dict[str, Any]]:
    """The articles of one page's text, as dicts (the columns of ``read_pages`` that do
    not depend on the source or on other pages). Offsets are indices into ``page``."""
    lines = _lines(page)
    rows = []
    for article in _split(page, lines):
        row: dict[str, Any] = {
            "title": article.title,
            "authors": article.authors,
            "date": article.date,
        }
        for part in PARTS:
            span = article.parts.get(part)
            row[part] = None if span is None else article.text[span[0] : span[1]]
            if span is None:
                row[f"{part}_start"] = row[f"{part}_end"] = None
            elif span[1] > span[0]:
                s, e = file_spans(article.segments, [span[0]], [span[1]])
                row[f"{part}_start"], row[f"{part}_end"] = int(s[0]), int(e[0])
            else:  # an empty part: where it would start
                row[f"{part}_start"] = row[f"{part}_end"] = int(file_offsets(article.segments, [span[0]])[0])
        row["segments"] = article.segments
        rows.append(row)
    return rows


def _split(page: str, lines: list[_Line]) -> list[_Article]:
    bylines = [i for i, line in enumerate(lines) if line.kind == _BYLINE_K]
    if not bylines:
        # No byline: the page's prose is one article (its first paragraph to its bio or
        # its last paragraph), so that text given without a byline is not lost.
        first = next((i for i, line in enumerate(lines) if _is_paragraph(line)), None)
        starts = [] if first is None else [first]
    else:
        starts = bylines
    articles = []
    prev_end = -1
    for k, first in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        bio = next((i for i in range(first + 1, stop) if lines[i].kind == _BIO_K), None)
        if bio is not None:
            last = bio
            if lines[bio].content_start + lines[bio].info >= lines[bio].content_end:
                # A bare "AUTHOR'S BIO:" label: the bio is the next paragraph.
                last = next((i for i in range(bio + 1, stop) if lines[i].kind == _TEXT), bio)
        else:
            last = _last_paragraph(lines, first + 1, stop)
            if last is None:
                last = first
        article = _build(page, lines, prev_end + 1, first, last, bio)
        if article is not None:
            articles.append(article)
        prev_end = last
    return articles


def _last_paragraph(lines: list[_Line], lo: int, hi: int) -> int | None:
    for i in range(hi - 1, lo - 1, -1):
        if _is_paragraph(lines[i]):
            return i
    return None


def _build(
    page: str,
    lines: list[_Line],
    header: int,
    first: int,
    last: int,
    bio: int | None,
) -> _Article | None:
    """An article whose text runs from line ``first`` through line ``last``; lines
    ``header`` to ``first - 1`` may give its title and date."""
    head = lines[first]
    authors: list[str] = []
    date = None
    if head.kind == _BYLINE_K:
        authors, date = head.info[0], head.info[1]
    # Title and date from the lines before the byline (the nearest ones win).
    title = None
    header_date = None
    for i in range(first - 1, header - 1, -1):
        line = lines[i]
        if line.kind == _DROP and line.info is not None and header_date is None:
            header_date = line.info
        elif title is None and line.kind == _TEXT:
            s = page[line.content_start : line.content_end]
            if len(s) <= _TITLE_MAX and not s.rstrip(_CLOSERS).endswith((".", ",", ";", ":")):
                title = s
    date = header_date or date

    pieces: list[tuple[int, int]] = []  # (file_start, file_end) in order
    text_len = 0
    kept: list[tuple[int, int, int, Any]] = []  # (line index, text_start, text_end, kind)
    for i in range(first, last + 1):
        line = lines[i]
        kind = line.kind
        if i == first:
            lo = line.content_start
        elif kind in (_DROP, _BYLINE_K):
            if kind == _DROP and line.info is not None and date is None:
                date = line.info
            continue
        elif line.loose:
            continue  # a caption, a stray title or a credit without a marker
        else:
            lo = line.start
        hi = line.content_end if i == last else line.next
        if kind == _BLANK:
            if i != first and i != last:
                pieces.append((lo, hi))
                text_len += hi - lo
            continue
        t0 = text_len
        cut_from = lo
        if kind != _BYLINE_K and "protected" in page[line.content_start : line.content_end].lower():
            for m in _EMAIL_NOTE.finditer(page, line.content_start, line.content_end):
                note_start = m.start()
                window = max(cut_from, note_start - 16)
                label = _EMAIL_LABEL.search(page, window, note_start)
                if label is not None:
                    note_start = label.start()
                if note_start > cut_from:
                    pieces.append((cut_from, note_start))
                    text_len += note_start - cut_from
                cut_from = max(cut_from, m.end())
        if hi > cut_from:
            pieces.append((cut_from, hi))
            text_len += hi - cut_from
        kept.append((i, t0, text_len, kind))

    # Merge contiguous pieces into segments.
    segments: list[list[int]] = []
    chunks = []
    t = 0
    for a, b in pieces:
        if b <= a:
            continue
        chunks.append(page[a:b])
        if segments and segments[-1][1] + segments[-1][2] == a:
            segments[-1][2] += b - a
        else:
            segments.append([t, a, b - a])
        t += b - a
    text = "".join(chunks)
    # Trailing whitespace of a line (and its line break) never ends a part.
    stripped = len(text.rstrip())
    if stripped < len(text):
        text = text[:stripped]
        while segments and segments[-1][0] >= stripped:
            segments.pop()
        if segments:
            segments[-1][2] = min(segments[-1][2], stripped - segments[-1][0])
    if not text:
        return None

    def content(t0: int, t1: int, skip: int = 0) -> tuple[int, int] | None:
        t0 += skip
        t1 = min(t1, len(text))
        while t0 < t1 and text[t0].isspace():
            t0 += 1
        while t1 > t0 and text[t1 - 1].isspace():
            t1 -= 1
        return (t0, t1) if t1 > t0 else None

    parts: dict[str, tuple[int, int] | None] = {"text": (0, len(text))}
    body_lines = [k for k in kept if not (k[0] == first and head.kind == _BYLINE_K) and k[3] != _BIO_K]
    if bio is not None:
        bio_lines = [k for k in kept if k[0] >= bio]
        if bio_lines:
            skip = lines[bio].content_start + lines[bio].info - lines[bio].start
            start = bio_lines[0][1] + (skip if bio_lines[0][0] == bio else 0)
            parts["bio"] = content(start, bio_lines[-1][2])
        body_lines = [k for k in body_lines if k[0] < bio]
    if body_lines:
        parts["body"] = content(body_lines[0][1], body_lines[-1][2])
        # Sections: a label starts a section unless its section has started already.
        seen: list[tuple[str, int, int]] = []  # (section, index into body_lines, skip)
        for j, (i, _t0, _t1, kind) in enumerate(body_lines):
            if kind == _LABEL_K:
                section, label_end = lines[i].info
                if all(section != s for s, _, _ in seen):
                    seen.append((section, j, label_end))
        if seen:
            first_label = seen[0][1]
            if first_label > 0:
                parts["summary"] = content(body_lines[0][1], body_lines[first_label - 1][2])
            for n, (section, j, label_end) in enumerate(seen):
                stop = seen[n + 1][1] if n + 1 < len(seen) else len(body_lines)
                i, t0, _t1, _kind = body_lines[j]
                skip = lines[i].content_start + label_end - (lines[i].start if i != first else lines[i].content_start)
                parts[section] = content(t0, body_lines[stop - 1][2], skip)
    return _Article(
        title=title,
        authors=list(authors),
        date=date,
        text=text,
        segments=tuple((a, b, c) for a, b, c in segments),
        parts=parts,
    )


# ---------------------------------------------------------------------------------------
# Offsets


def _get(row: Any, key: str) -> Any:
    try:
        return row[key]
    except (KeyError, TypeError, IndexError):
        return getattr(row, key)


def file_offsets(segments: Iterable[tuple[int, int, int]], offsets: Any) -> np.ndarray:
    """Offsets in an article's text mapped to its page file, through the article's
    ``segments`` (``(text_offset, file_offset, length)`` triples in text order).

    The one mapping from text to file, used by ``to_file_offset``, ``to_file_span``,
    ``add_file_offsets`` and ``caci.iter_tag``: an offset inside a segment, or at its end,
    maps into that segment's piece of the file; the end of the text maps to the end of
    the last piece. An offset before the text or past its end is a ValueError that names
    it (never clamped to a wrong place).
    """
    seg = np.asarray(segments if isinstance(segments, np.ndarray) else list(segments), dtype=np.int64)
    seg = seg.reshape(-1, 3)
    at = np.asarray(offsets, dtype=np.int64)
    if not len(seg):
        if at.size:
            raise ValueError(f"offset {int(at.flat[0])} is past the end of the text (the text is empty)")
        return at.copy()
    t, f, n = seg[:, 0], seg[:, 1], seg[:, 2]
    end = int(t[-1] + n[-1])
    if at.size:
        lo, hi = int(at.min()), int(at.max())
        if lo < int(t[0]):
            raise ValueError(f"offset {lo} is before the text")
        if hi > end:
            raise ValueError(f"offset {hi} is past the end of the text ({end} characters)")
    k = np.searchsorted(t, at, side="right") - 1
    return f[k] + at - t[k]


def file_spans(segments: Iterable[tuple[int, int, int]], starts: Any, ends: Any) -> tuple[np.ndarray, np.ndarray]:
    """Spans ``[start, end)`` of an article's text mapped to its page file: the file
    offset of each span's first character, and one past that of its last (the file's text
    between them may hold boilerplate taken out of the article's). Empty spans and
    offsets outside the text are ValueErrors."""
    starts = np.asarray(starts, dtype=np.int64)
    ends = np.asarray(ends, dtype=np.int64)
    empty = ends <= starts
    if empty.any():
        i = int(np.argmax(empty))
        raise ValueError(f"empty span ({int(starts[i])}, {int(ends[i])})")
    seg = np.asarray(segments if isinstance(segments, np.ndarray) else list(segments), dtype=np.int64)
    return file_offsets(seg, starts), file_offsets(seg, ends - 1) + 1


def _part_base(row: Any, part: str) -> int:
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: expected one of {', '.join(PARTS)}")
    if part == "text":
        return 0
    try:
        start = int(_get(row, f"{part}_start"))
    except (TypeError, ValueError):  # None, NA or NaN
        raise ValueError(f"this article has no {part}") from None
    return to_text_offset(row, start)


def to_file_offset(row: Any, offset: int, part: str = "text") -> int:
    """The offset in the page file (``row.source``) of character ``offset`` of ``part``.

    ``row`` is a row of ``read_pages`` (a Series from ``df.iloc[i]`` or ``df.loc[key]``,
    a dict, or a tuple from ``df.itertuples()``); ``part`` is ``"text"`` or one of the
    other parts in ``PARTS``. For the end of a span, use ``to_file_span``.
    """
    base = _part_base(row, part)
    return int(file_offsets(_get(row, "segments"), [base + int(offset)])[0])


def to_file_span(row: Any, start: int, end: int, part: str = "text") -> tuple[int, int]:
    """The span ``(start, end)`` of ``part`` mapped to the page file: the file's text
    from the first to the last character of the span (``start < end``)."""
    if end <= start:
        raise ValueError(f"empty span ({start}, {end})")
    base = _part_base(row, part)
    s, e = file_spans(_get(row, "segments"), [base + int(start)], [base + int(end)])
    return int(s[0]), int(e[0])


def add_file_offsets(mentions: Any, pages: Any, *, part: str = "text", key: str = "article") -> Any:
    """``mentions`` with the columns ``source``, ``file_start`` and ``file_end`` added:
    where each mention is in its page file.

    ``mentions`` is a DataFrame with ``start``/``end`` offsets in ``part`` of the articles
    of ``pages`` (a frame from ``read_pages``) and a ``key`` column naming the article,
    as ``caci.tag(pages, key="article")`` gives. ``file_text[file_start:file_end]`` is the
    mention's surface (or, for a span across removed boilerplate, the file's text from its
    first to its last character).
    """
    if key not in mentions.columns:
        raise KeyError(f"mentions have no {key!r} column (tag with key={key!r})")
    table = pages.set_index(key) if key in pages.columns else pages
    n = len(mentions)
    sources = np.empty(n, dtype=object)
    file_start = np.empty(n, dtype=np.int64)
    file_end = np.empty(n, dtype=np.int64)
    starts = mentions["start"].to_numpy(dtype=np.int64)
    ends = mentions["end"].to_numpy(dtype=np.int64)
    for article, rows in mentions.groupby(key, sort=False).indices.items():
        row = table.loc[article]
        base = _part_base(row, part)
        try:
            file_start[rows], file_end[rows] = file_spans(_get(row, "segments"), starts[rows] + base, ends[rows] + base)
        except ValueError as e:
            raise ValueError(f"article {article!r}: {e}") from None
        sources[rows] = _get(row, "source")
    result = mentions.copy()
    result["source"] = sources
    result["file_start"] = file_start
    result["file_end"] = file_end
    return result


def to_text_offset(row: Any, file_offset: int) -> int:
    """The offset in ``row.text`` of the page file's character ``file_offset``; a
    ValueError if that character was left out of the text (boilerplate)."""
    segments = _get(row, "segments")
    for t, f, n in segments:
        if f <= file_offset < f + n:
            return t + file_offset - f
    if segments:
        t, f, n = segments[-1]
        if file_offset == f + n:  # the end of the text
            return t + n
    raise ValueError(f"file offset {file_offset} is not in the article's text")


# ---------------------------------------------------------------------------------------
# Reading


def _error_class() -> type[Exception]:
    """``caci.CaciError`` (a ValueError) when the package is loaded, else ValueError: this
    module imports nothing from the native module."""
    native = sys.modules.get("caci._caci")
    error = getattr(native, "CaciError", None)
    return error if isinstance(error, type) and issubclass(error, ValueError) else ValueError


def page_text(source: PathLike, errors: str = "strict") -> str:
    """A page file's text as ``read_pages`` reads it: UTF-8, line ends unchanged; the
    string every file offset refers to."""
    path = os.fspath(source)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, "page file not found", path) from None
    try:
        return data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise _error_class()(
            f"{path}:{line}: not UTF-8 at byte offset {e.start} ({e.reason}); pass errors='replace' to read it anyway"
        ) from None


def _check_unicode(source: str, page: str, errors: str | None) -> None:
    """Refuses page text with lone surrogates (a ``str`` made with
    ``errors="surrogateescape"``, or by a decoder that let them through): no article key
    can be computed and caci cannot tag it. The error names the source, line and index."""
    if page.isascii():
        return
    try:
        page.encode("utf-8")
    except UnicodeEncodeError as e:
        line = page.count("\n", 0, e.start) + 1
        surrogate = f"U+{ord(page[e.start]):04X}"
        message = f"{source}:{line}: not valid Unicode: lone surrogate {surrogate} at str index {e.start}"
        if errors is not None:
            try:
                at = len(page[: e.start].encode("utf-8", errors))
                message += f" (byte offset {at} of the file, kept by errors={errors!r})"
            except (UnicodeError, LookupError):
                message += f" (kept by errors={errors!r})"
            message += "; pass errors='replace' to read it anyway"
        raise _error_class()(message) from None


def _expand(paths: Any, suffixes: tuple[str, ...]) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif isinstance(paths, (bytes, bytearray)):
        raise TypeError("expected a path or a list of paths, got bytes")
    out: list[str] = []
    seen: set[str] = set()
    for item in paths:
        path = os.fspath(item)
        if not isinstance(path, str):
            raise TypeError(f"expected a str or os.PathLike path, got {type(item).__name__}")
        if os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if not name.startswith(".") and name.lower().endswith(suffixes):
                        found.append(os.path.join(root, name))
            candidates = sorted(found)
        elif os.path.exists(path):
            candidates = [path]
        else:
            hint = " (to read page text, pass read_pages(text=...))" if "\n" in path else ""
            raise FileNotFoundError(errno.ENOENT, "page file not found" + hint, path)
        for candidate in candidates:
            key = os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                out.append(candidate)
    return out


def _normalise(s: str) -> bytes:
    """What the ``article`` key hashes: NFKC, curly quotes and dashes made plain, ASCII
    letters in lower case, whitespace removed (so that any difference in spacing or line
    breaks between two copies is no difference)."""
    if not s.isascii():
        if not unicodedata.is_normalized("NFKC", s):
            s = unicodedata.normalize("NFKC", s)
        data = s.encode("utf-8")
        for fancy, plain in _PLAIN_BYTES:
            if fancy in data:
                data = data.replace(fancy, plain)
    else:
        data = s.encode("ascii")
    return data.lower().translate(None, b" \t\n\r\x0b\x0c")


def article_key(body: str) -> str:
    """The ``article`` key of an article whose body (or text) is ``body``: 12 hex digits
    of the SHA-1 of the normalised body, the same on every run and machine."""
    return hashlib.sha1(_normalise(body)).hexdigest()[:12]


def read_pages(
    paths: PathLike | Iterable[PathLike] | None = None,
    *,
    text: str | Iterable[str] | Mapping[str, str] | None = None,
    dedupe: bool = True,
    errors: str = "strict",
    suffixes: Iterable[str] = (".txt",),
) -> Any:
    """Read page files (or page text) into a DataFrame with one row per article.

    Parameters
    ----------
    paths
        A page file, a folder (read recursively: every file ending in one of
        ``suffixes``, hidden files and folders left out, in sorted order) or a list of
        them. A file named directly is read whatever its suffix.
    text
        Page text instead of files: a string, a list of strings (sources ``<text[0]>``,
        ``<text[1]>`` …) or a mapping from source name to text. Give ``paths`` or
        ``text``, not both.
    dedupe
        Merge copies of the same article (same ``article`` key) into one row.
    errors
        How to decode bytes that are not UTF-8: ``"strict"`` raises a ValueError naming
        the file, line and byte offset; ``"replace"`` puts U+FFFD in their place and
        ``"ignore"`` drops them (offsets then index the decoded text). Handlers that keep
        them as lone surrogates (``"surrogateescape"``) fail the same way as ``"strict"``:
        such text cannot be tagged.

    Returns
    -------
    pandas.DataFrame
        Columns ``article, source, sources, copies, title, authors, date, text, summary,
        background, implications, conclusions, bio, body``, then
        ``<part>_start, <part>_end`` for each part of ``PARTS`` (file offsets, ``Int64``,
        NA when the article has no such part) and ``segments``. ``date`` is a datetime64
        column (NaT when the page gives no date); missing strings are NA.

    Raises
    ------
    FileNotFoundError
        A path does not exist (the error names it).
    ValueError
        A file is not UTF-8 and ``errors="strict"``, or page text holds lone surrogates
        (``caci.CaciError`` when the package is loaded; the message names the source,
        line and position).
    """
    import pandas as pd

    if (paths is None) == (text is None):
        raise TypeError("read_pages() takes paths or text=..., not both and not neither")
    suffixes = tuple(s.lower() for s in ([suffixes] if isinstance(suffixes, str) else suffixes))
    if text is not None:
        if isinstance(text, str):
            sources = [("<text>", text)]
        elif isinstance(text, Mapping):
            sources = [(str(k), v) for k, v in text.items()]
        else:
            sources = [(f"<text[{i}]>", t) for i, t in enumerate(text)]
        for name, t in sources:
            if not isinstance(t, str):
                raise TypeError(f"{name}: expected str page text, got {type(t).__name__}")
        pages: Iterable[tuple[str, str]] = sources
    else:
        files = _expand(paths, suffixes)
        pages = ((f, page_text(f, errors=errors)) for f in files)

    rows: list[dict[str, Any]] = []
    by_key: dict[str, dict[str, Any]] = {}
    for source, page in pages:
        _check_unicode(source, page, None if text is not None else errors)
        for row in split_page(page):
            key_text = row["body"] if row["body"] else row["text"]
            key = article_key(key_text)
            if dedupe and key in by_key:
                first = by_key[key]
                if source not in first["sources"]:
                    first["sources"].append(source)
                first["copies"] += 1
                for field in ("title", "date"):
                    if first[field] is None and row[field] is not None:
                        first[field] = row[field]
                if not first["authors"] and row["authors"]:
                    first["authors"] = row["authors"]
                continue
            row.update(article=key, source=source, sources=[source], copies=1)
            by_key[key] = row
            rows.append(row)

    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["date"] = pd.to_datetime(pd.Series([r["date"] for r in rows], index=frame.index, dtype=object)).astype(
        "datetime64[ns]"
    )
    frame["copies"] = frame["copies"].astype("int64")
    for part in PARTS:
        for end in ("start", "end"):
            column = f"{part}_{end}"
            frame[column] = frame[column].astype("Int64")
    return frame


# ---------------------------------------------------------------------------------------
# The bundled sample corpus


def _sample_root() -> Path:
    if __package__:
        from importlib.resources import files

        root = files(__package__) / "data" / "sample"
    else:  # loaded by path, outside the package
        root = Path(__file__).resolve().parent / "data" / "sample"
    path = Path(str(root))
    if not path.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the sample corpus is not installed (package data missing)", str(path))
    return path


def sample_paths() -> list[Path]:
    """The page files of the sample corpus bundled with caci (about ten articles from
    1996 to 2025 on Central Asia and the Caucasus, written for the project)."""
    return sorted(_sample_root().glob("*.txt"))


def sample_corpus(**kwargs: Any) -> Any:
    """``read_pages(sample_paths(), **kwargs)``: the sample corpus as a DataFrame."""
    return read_pages(sample_paths(), **kwargs)
