"""Splitting a page into articles: where each starts and ends, its title, authors and
date, its text (boilerplate taken out), the segments of the file it is made of, and its
parts (summary, sections, body, bio)."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, NamedTuple

from ._lines import _BIO_K, _BLANK, _BYLINE_K, _CLOSERS, _DROP, _LABEL_K, _TEXT, _Line, _lines
from ._offsets import file_offsets, file_spans
from ._schema import PARTS

# An e-mail protection note inside a kept line (cut out of `text`, with an "Email," label
# in the few characters before it).
_EMAIL_NOTE = re.compile(
    r"(?i:this\s+e-?mail\s+address\s+is\s+being\s+protected\s+from\s+spambots)\.?"
    r"(?i:\s*you\s+need\s+javascript\s+enabled\s+to\s+view\s+it)?\.?(?:\s*\.)?"
    r"|\[\s*(?i:email)(?:\s|&#160;|\xa0)*(?i:protected)\s*\]"
)
_EMAIL_LABEL = re.compile(r"\s*\b[Ee]-?mail\s*[:,]?\s*$|\s+$")
_TITLE_MAX = 300


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
