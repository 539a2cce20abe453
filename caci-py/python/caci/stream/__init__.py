"""Tag inputs larger than memory, a batch at a time: ``caci.iter_tag``.

    >>> import caci
    >>> for frame in caci.iter_tag("corpus/"):          # doctest: +SKIP
    ...     frame.to_parquet(...)                       # one DataFrame of mentions per batch

``iter_tag`` reads its inputs a piece at a time, tags about ``batch_chars`` characters
of documents at once (on all cores) and yields one pandas DataFrame of mentions per
batch, so that memory stays bounded whatever the size of the input. ``caci tag`` writes
its CSV, JSON Lines and Parquet output this way.

Documents
---------
* A file of at most ``max_page_bytes`` (16 MiB) is read whole, as ``caci tag`` always
  did: a page file (scraped analyst pages, see ``caci.read_pages``) gives one document
  per article, keyed by its ``article`` key; any other file is one document, keyed by
  the file's name (its path, when another file of that name came first).
* A larger file is one plain-text document, keyed the same way, read and tagged in
  windows (below): a 5 GB single-line file works in bounded memory.
* A ``.jsonl`` or ``.ndjson`` file is JSON Lines: one JSON object per line, one document
  per object, its text in the field ``text_field`` (``"text"``), its key in ``id_field``
  (``"id"``; without one, ``<file name>:<line number>``) and its date in ``date_field``
  (``"date"``) when the object has them. A record may be up to 64 MiB.
* A folder stands for the files in it and below (sorted; names starting with ``.`` left
  out), ``"-"`` for standard input, and an open binary file for itself.

A document seen before (same key) is skipped, as ``caci tag`` skips an article scraped
twice; ``MentionStream.duplicates`` counts them. The keys seen are kept as 8-byte hashes
(about 8 bytes a document).

Frames
------
Columns ``doc`` (the key), ``source`` (the file), ``start``, ``end`` (``str`` offsets in
the document's text), ``file_start``, ``file_end`` (``str`` offsets in the file decoded as
UTF-8 with line ends left alone, as ``caci.pages.page_text`` reads it: the same as
``start``/``end`` for plain text, mapped through the article's segments for pages, NA for
JSON Lines, whose text is escaped in the file), then ``surface``, ``kind``, ``id``,
``name``, ``form``, ``family`` and ``ambiguous`` as ``caci.tag`` gives them. Rows follow
the documents' order, then ``start``; a batch without mentions yields no frame.
Categorical columns have each frame's own categories: ``pd.concat`` makes them ``object``
unless you pass them through ``pandas.api.types.union_categoricals``.

Long documents in windows
-------------------------
A document larger than the window (``window_chars``, 2 Mi characters) is tagged as
overlapping windows. Window *k* owns the characters ``[p_k, p_k+1)`` and reports the
mentions that start there; its text runs from ``q_k`` (up to ``context_chars`` before
``p_k``) to at least ``max(context_chars, L)`` characters after ``p_k+1``, where ``L``
bounds the text the matcher reads from a position (the longest alias, in bytes, plus a
few). Offsets are shifted back into the whole document.

Matching is exact: the spans found are the ones the whole text gives. What the matcher
finds at a position depends on the character before it and the ``L`` characters from it,
and a find hides the positions inside it; a window that starts at ``q_k`` could therefore
only differ from the whole text by a different find across its first characters. Each
window checks that its raw finds (before resolution) and the previous window's agree at
some position of ``(q_k, p_k]`` (the same "next free position"), after which the two
scans are the same scan; when they do not (a chain of overlapping aliases across the whole
overlap, or a tiny context), the window is tagged again from the previous window's start,
which is known to agree.

Resolution sees each window as the document, ``q_k`` to its end (the owned part and
thousands of characters either side). Everything that depends on a few hundred characters
around a mention (a title before a name, the cues and the paragraph that support a
common word like ``Georgia``) is the same as for the whole text. What depends on the rest
of the document can differ, for these mentions only:

* leaders: a name that is also an author's (the ``By …`` line, the bio) is dropped only
  if the byline is in the window; ``office`` prefers the country the window mentions
  most, when the leader held several offices on the date;
* partial names (``Aliyev``): the person the document names in full *in the window* is
  the one they mean; without one, the date decides, or the name is dropped;
* an alias of several entities: the same, by the window's memory;
* an alias that is also a common word (``Georgia``, ``Patriot``) is reported when the
  window names the same entity plainly or has cues around it.

A mention of a non-leader by a full, unambiguous alias that is not a common word never
differs. Documents read whole (files of at most ``max_page_bytes``, JSON Lines records)
are tagged whole, exactly as ``caci.tag`` tags them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, Union

import numpy as np
import pandas as pd

from .. import _progress
from .._caci import Gazetteer, _date
from . import _frames
from ._documents import JSONL_SUFFIXES as JSONL_SUFFIXES
from ._documents import MAX_JSON_LINE as MAX_JSON_LINE
from ._documents import Doc, Documents, located
from ._sources import READ_BYTES as READ_BYTES
from ._sources import Meter, expand
from ._windows import Windows

# The modules of this package, one concept each: `_sources` (paths, opening, reading,
# decoding), `_documents` (files, pages, JSON Lines records, duplicates), `_windows` (long
# documents in windows) and `_frames` (the output frames). JSONL_SUFFIXES, MAX_JSON_LINE
# and READ_BYTES are read where they are defined (patch them there).

__all__ = ["COLUMNS", "MentionStream", "iter_tag"]

#: The columns of the frames ``iter_tag`` yields.
COLUMNS = (
    "doc",
    "source",
    "start",
    "end",
    "file_start",
    "file_end",
    "surface",
    "kind",
    "id",
    "name",
    "form",
    "family",
    "ambiguous",
)

PathLike = Union[str, "os.PathLike[str]"]


class MentionStream(Iterator[pd.DataFrame]):
    """The frames of ``iter_tag``, one per batch; counts what it read as it goes.

    Attributes: ``documents`` (documents tagged so far), ``duplicates`` (skipped: key
    seen before), ``mentions`` (rows yielded), ``bytes_read`` (input bytes), ``windows``
    (windows of long documents), ``retagged`` (windows tagged again, see the module
    documentation).
    """

    def __init__(
        self,
        inputs: Any,
        *,
        gazetteer: Gazetteer | None,
        date: Any,
        batch_chars: int,
        window_chars: int,
        context_chars: int,
        max_page_bytes: int,
        text_field: str,
        id_field: str | None,
        date_field: str | None,
        errors: str,
        threads: int | None,
        progress: bool | None,
    ) -> None:
        if batch_chars < 1 or window_chars < 1 or context_chars < 1:
            raise ValueError("batch_chars, window_chars and context_chars must be at least 1")
        if max_page_bytes < 0:
            raise ValueError("max_page_bytes must be at least 0")
        self._g = Gazetteer.default() if gazetteer is None else gazetteer
        try:
            when = _date(date)  # the core's rule: "2019" stays a year, as in caci.tag
        except (ValueError, TypeError) as e:
            raise type(e)(f"date {date!r} is not a date: {e}") from None
        self._batch = batch_chars
        self._threads = threads
        self._progress = progress
        self._meter = Meter()
        self._windows = Windows(self._g, window_chars, context_chars)
        self._docs = Documents(
            date=when,
            max_page_bytes=max_page_bytes,
            text_field=text_field,
            id_field=id_field,
            date_field=date_field,
            errors=errors,
            meter=self._meter,
            windows=self._windows,
        )
        self._inputs = expand(inputs)
        self.mentions = 0
        #: When a list, every accepted raw find is appended to it as (key, start, end)
        #: arrays in document offsets (for tests of the windows).
        self._raw: list[tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None
        self._frames = self._run()

    @property
    def documents(self) -> int:
        """Documents tagged so far."""
        return self._docs.documents

    @property
    def duplicates(self) -> int:
        """Documents skipped: key seen before."""
        return self._docs.duplicates

    @property
    def bytes_read(self) -> int:
        """Input bytes read so far."""
        return self._meter.bytes_read

    @property
    def windows(self) -> int:
        """Windows of long documents so far."""
        return self._windows.count

    @property
    def retagged(self) -> int:
        """Windows tagged again (see the module documentation)."""
        return self._windows.retagged

    def __next__(self) -> pd.DataFrame:
        return next(self._frames)

    def close(self) -> None:
        """Stops reading (closes the file being read and the progress bar)."""
        self._frames.close()

    def __enter__(self) -> MentionStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _documents(self) -> Iterator[Doc]:
        """Every document (and window), in order, duplicates left out."""
        return self._docs.read(self._inputs)

    def _batches(self) -> Iterator[list[Doc]]:
        batch: list[Doc] = []
        chars = 0
        for doc in self._documents():
            batch.append(doc)
            chars += doc.size()
            if chars >= self._batch:
                yield batch
                batch, chars = [], 0
        if batch:
            yield batch

    def _run(self) -> Iterator[pd.DataFrame]:
        total = None
        if all(size is not None for _, _, size in self._inputs):
            total = sum(size for _, _, size in self._inputs if size is not None)
        meter = self._meter
        meter.bar = _progress.bar(total, self._progress, "caci", unit="B")
        try:
            for batch in self._batches():
                frame = self._tag(batch)
                if len(frame):
                    yield frame
        finally:
            if meter.bar is not None:
                meter.bar.close()

    def _tag(self, batch: list[Doc]) -> pd.DataFrame:
        g = self._g
        spans = self._raw is not None or any(d.long is not None for d in batch)
        try:
            texts, dates = [d.text for d in batch], [d.date for d in batch]
            found = g._tag(texts, dates=dates, threads=self._threads, progress=False, spans=spans)
        except (TypeError, ValueError) as e:
            raise located(e, batch) from None
        if spans:
            merged = self._windows.merge(batch, found, self._raw)
            doc, start, end, entity, form, ambiguous, surface, surfaces, written, written_ids = merged
        else:
            doc, start, end = found["doc"], found["start"], found["end"]
            entity, form, ambiguous = found["entity"], found["form"], found["ambiguous"]
            surface, surfaces = found["surface"], list(found["surfaces"])
            written, written_ids = found["written"], list(found["written_ids"])
        self.mentions += len(doc)
        return _frames.frame(
            g, batch, doc, start, end, entity, form, ambiguous, surface, surfaces, written=(written, written_ids)
        )


def iter_tag(
    inputs: PathLike | BinaryIO | Iterable[PathLike | BinaryIO],
    *,
    gazetteer: Gazetteer | None = None,
    date: Any = None,
    batch_chars: int = 8 << 20,
    window_chars: int = 2 << 20,
    context_chars: int = 4096,
    max_page_bytes: int = 16 << 20,
    text_field: str = "text",
    id_field: str | None = "id",
    date_field: str | None = "date",
    errors: str = "strict",
    threads: int | None = None,
    progress: bool | None = None,
) -> MentionStream:
    """Tag files, folders or streams of any size a batch at a time: an iterator of
    DataFrames of mentions (see the module documentation for documents and columns).

    Parameters
    ----------
    inputs
        A file, a folder, ``"-"`` (standard input), an open binary file, or a list of
        them.
    gazetteer
        Default: the built-in one.
    date
        The date of documents that have none of their own (plain text; pages and JSON
        records without one).
    batch_chars
        About this many characters of documents are tagged at once and make one frame.
    window_chars, context_chars
        A document longer than ``window_chars`` is tagged in windows of that many
        characters, each with ``context_chars`` of text either side.
    max_page_bytes
        Files up to this size are read whole (pages split into articles); larger ones
        are plain text in windows.
    text_field, id_field, date_field
        The fields of JSON Lines records (``.jsonl``, ``.ndjson``).
    errors
        On bytes that are not UTF-8: ``"strict"`` raises ``caci.CaciError`` naming the
        file and byte offset; ``"replace"`` reads on.
    threads, progress
        As for ``caci.tag``; the bar counts input bytes.

    Raises ``FileNotFoundError`` for a missing path (before anything is read) and
    ``caci.CaciError`` for input that cannot be read (file and byte offset, or file and
    line, in the message) while iterating.
    """
    return MentionStream(
        inputs,
        gazetteer=gazetteer,
        date=date,
        batch_chars=batch_chars,
        window_chars=window_chars,
        context_chars=context_chars,
        max_page_bytes=max_page_bytes,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        errors=errors,
        threads=threads,
        progress=progress,
    )
