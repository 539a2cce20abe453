"""Offsets in an article's text (or one of its parts) mapped to its page file and back,
through the article's ``segments``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from ._schema import PARTS


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
