"""The parts of an article and the columns of ``read_pages``."""

from __future__ import annotations

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
