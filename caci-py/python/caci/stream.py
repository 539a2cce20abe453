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

import codecs
import dataclasses
import errno
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Union

import numpy as np
import pandas as pd

from . import _progress, pages
from ._caci import CaciError, Gazetteer, _date
from .pandas import _columns

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

#: Suffixes of JSON Lines files.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: The longest JSON Lines record read (bytes).
MAX_JSON_LINE = 64 << 20
#: Bytes read from a file at a time.
READ_BYTES = 1 << 20

PathLike = Union[str, "os.PathLike[str]"]
_SPACE = re.compile(r"\s")


@dataclasses.dataclass
class _Long:
    """What the windows of one long document pass on to each other."""

    key: str
    source: str
    #: Raw finds of the last window tagged that reach past the next window's start.
    tail_starts: np.ndarray = dataclasses.field(default_factory=lambda: np.empty(0, np.int64))
    tail_ends: np.ndarray = dataclasses.field(default_factory=lambda: np.empty(0, np.int64))
    #: The last window's text and where it starts in the document (to tag again from).
    prev_start: int = 0
    prev_text: str = ""


@dataclasses.dataclass
class _Doc:
    """A document, or one window of a long one, waiting in a batch."""

    key: str
    source: str
    text: str | None
    date: str | None  # the core's canonical date (`2019`, `2019-06`, `2019-06-01`), see `_caci._date`
    kind: str  # "plain", "article", "json"
    segments: Any = None  # an article's (text offset, file offset, length) triples
    title: Any = None
    # Windows: `text` is the document's [shift, shift + len(text)); mentions starting in
    # [own_start, own_end) (document offsets) are this window's.
    long: _Long | None = None
    shift: int = 0
    own_start: int = 0
    own_end: int = 0
    first: bool = True
    # The next window's text starts at next_start and owns from own_end: the raw finds
    # between them are kept for its check.
    next_start: int | None = None

    def size(self) -> int:
        return len(self.text) if self.text else 0


class _Seen:
    """Document keys seen so far, as 8-byte hashes: a set for the recent ones, a sorted
    array for the rest."""

    def __init__(self) -> None:
        self._recent: set[int] = set()
        self._old = np.empty(0, dtype=np.uint64)

    def add(self, key: str) -> bool:
        """Records ``key``; False if it was seen before."""
        h = int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
        if h in self._recent:
            return False
        old = self._old
        if len(old):
            i = int(np.searchsorted(old, np.uint64(h)))
            if i < len(old) and int(old[i]) == h:
                return False
        self._recent.add(h)
        if len(self._recent) >= 1 << 16:
            merged = np.concatenate([old, np.fromiter(self._recent, dtype=np.uint64, count=len(self._recent))])
            merged.sort()
            self._old = merged
            self._recent = set()
        return True


class _Decoder:
    """UTF-8 decoding of a byte stream a piece at a time, with errors that give the byte
    offset in the file."""

    def __init__(self, name: str, errors: str) -> None:
        self.name = name
        self._dec = codecs.getincrementaldecoder("utf-8")(errors)
        self.consumed = 0

    def decode(self, data: bytes, final: bool = False) -> str:
        pending = len(self._dec.getstate()[0])
        try:
            text = self._dec.decode(data, final)
        except UnicodeDecodeError as e:
            at = self.consumed - pending + e.start
            raise CaciError(
                f"{self.name}: not UTF-8 at byte offset {at} ({e.reason}); pass errors='replace' to read it anyway"
            ) from None
        self.consumed += len(data)
        return text


def _cursor(starts: np.ndarray, ends: np.ndarray, r: int) -> int:
    """The first position at or after ``r`` that a scan with these finds may start a
    find at: past the find that covers ``r``, if any."""
    i = int(np.searchsorted(starts, r, side="left")) - 1
    return max(r, int(ends[i])) if i >= 0 else r


def _synced(w: tuple[np.ndarray, np.ndarray], t: tuple[np.ndarray, np.ndarray], q: int, p: int) -> bool:
    """Whether the scan ``w`` (started at ``q``) and the true scan ``t`` are at the same
    point somewhere in ``(q, p]``: from there on they find the same.

    Two greedy scans agree from a position on when their next free positions there are
    equal. Where neither covers the position it is the position itself, else the end of
    the find that covers it; so it is enough to look at ``q + 1``, ``p`` and the ends of
    the finds in between."""
    if p <= q:
        return False
    points = {q + 1, p}
    for ends in (w[1], t[1]):
        lo, hi = np.searchsorted(ends, [q + 1, p + 1])
        points.update(int(e) for e in ends[lo:hi])
    return any(_cursor(*w, r) == _cursor(*t, r) for r in sorted(points) if q < r <= p)


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
            self._date = _date(date)  # the core's rule: "2019" stays a year, as in caci.tag
        except (ValueError, TypeError) as e:
            raise type(e)(f"date {date!r} is not a date: {e}") from None
        self._batch = batch_chars
        self._window = window_chars
        self._context = context_chars
        self._max_page = max_page_bytes
        self._text_field = text_field
        self._id_field = id_field
        self._date_field = date_field
        self._errors = errors
        self._threads = threads
        self._progress = progress
        # A find depends on at most this many characters from its start (plus one before).
        self._reach = self._g._max_pattern_len() + 8
        self._seen = _Seen()
        self._plain_names: dict[str, str] = {}  # a plain file's name -> the first file of that name
        self._dates: dict[Any, Any] = {}
        self._inputs = self._expand(inputs)
        self._bar: Any = None
        self.documents = 0
        self.duplicates = 0
        self.mentions = 0
        self.bytes_read = 0
        self.windows = 0
        self.retagged = 0
        #: When a list, every accepted raw find is appended to it as (key, start, end)
        #: arrays in document offsets (for tests of the windows).
        self._raw: list[tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None
        self._frames = self._run()

    def __next__(self) -> pd.DataFrame:
        return next(self._frames)

    def close(self) -> None:
        """Stops reading (closes the file being read and the progress bar)."""
        self._frames.close()

    def __enter__(self) -> MentionStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inputs ---------------------------------------------------------------------

    @staticmethod
    def _expand(inputs: Any) -> list[tuple[str, Any, int | None]]:
        """(source name, path or binary file, size) per input file, folders expanded."""
        if isinstance(inputs, (str, os.PathLike)) or hasattr(inputs, "read"):
            inputs = [inputs]
        out: list[tuple[str, Any, int | None]] = []
        for item in inputs:
            if hasattr(item, "read"):
                out.append((str(getattr(item, "name", "<stream>")), item, None))
                continue
            name = os.fspath(item)
            if not isinstance(name, str):
                raise TypeError(f"expected a path, a list of paths or a binary file, got {type(item).__name__}")
            if name == "-":
                out.append(("<stdin>", None, None))
                continue
            path = Path(name)
            if not path.exists():
                raise FileNotFoundError(errno.ENOENT, "no such file or folder", name)
            paths = (
                sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
                if path.is_dir()
                else [path]
            )
            for p in paths:
                try:
                    size: int | None = p.stat().st_size
                except OSError:
                    size = None
                out.append((str(p), p, size))
        return out

    def _open(self, source: str, what: Any) -> tuple[BinaryIO | io.TextIOBase, bool]:
        """The file to read and whether this stream opened it."""
        if what is None:  # standard input
            return getattr(sys.stdin, "buffer", sys.stdin), False
        if hasattr(what, "read"):
            return what, False
        try:
            return open(what, "rb"), True
        except OSError as e:
            raise CaciError(f"{source}: cannot read ({e.strerror or e})") from None

    def _read(self, f: Any, n: int) -> bytes | str:
        data = f.read(n)
        if data and 0 <= len(data) < n:  # a pipe or a raw file may return less before the end
            parts = [data]
            have = len(data)
            while have < n:
                more = f.read(n - have)
                if not more:
                    break
                parts.append(more)
                have += len(more)
            data = data[:0].join(parts)
        if self._bar is not None and isinstance(data, bytes):
            self._bar.update(len(data))
        self.bytes_read += len(data.encode("utf-8") if isinstance(data, str) else data)
        return data

    def _documents(self) -> Iterator[_Doc]:
        """Every document (and window), in order, duplicates left out."""
        for source, what, _size in self._inputs:
            f, owned = self._open(source, what)
            try:
                if source.lower().endswith(JSONL_SUFFIXES):
                    yield from self._jsonl(source, f)
                else:
                    yield from self._file(source, f)
            finally:
                if owned:
                    f.close()

    def _plain_key(self, source: str) -> str:
        """A plain file's key: its name, or its whole path when another file of the same
        name came first (`a/notes.txt`, `b/notes.txt` are two documents; the same file
        given twice is one)."""
        name = Path(source).name
        first = self._plain_names.setdefault(name, source)
        return name if first == source else source

    def _new(self, key: str) -> bool:
        if self._seen.add(key):
            self.documents += 1
            return True
        self.duplicates += 1
        return False

    def _file(self, source: str, f: Any) -> Iterator[_Doc]:
        head = self._read(f, -1 if self._max_page >= sys.maxsize - 1 else self._max_page + 1)
        text_mode = isinstance(head, str)
        dec = None if text_mode else _Decoder(source, self._errors)
        if len(head) <= self._max_page:
            text = head if dec is None else dec.decode(head, final=True)
            articles = pages.read_pages(text={source: text}, dedupe=False)
            if len(articles):
                for r in articles.itertuples(index=False):
                    if self._new(r.article):
                        when = _date(r.date) if pd.notna(r.date) else self._date
                        yield _Doc(r.article, source, r.text, when, "article", r.segments, r.title)
            elif self._new(self._plain_key(source)):
                yield _Doc(self._plain_key(source), source, text, self._date, "plain")
            return
        key = self._plain_key(source)
        if not self._new(key):
            return

        def pieces() -> Iterator[str]:
            yield head if dec is None else dec.decode(head)
            while True:
                data = self._read(f, READ_BYTES)
                if dec is None:
                    if not data:
                        return
                    yield data
                else:
                    yield dec.decode(data, final=not data)
                    if not data:
                        return

        yield from self._windows(key, source, pieces())

    def _windows(self, key: str, source: str, pieces: Iterator[str]) -> Iterator[_Doc]:
        """One long document as windows (see the module documentation)."""
        window, context = self._window, self._context
        after = max(context, self._reach)
        long = _Long(key, source)
        buf = ""  # the document's [base, base + len(buf))
        base = 0
        own = 0  # where the next window's own part starts
        start = 0  # where its text starts
        eof = False
        first = True
        while True:
            need = own - base + window + after
            if len(buf) < need and not eof:
                parts = [buf]
                have = len(buf)
                while have < need:
                    piece = next(pieces, None)
                    if piece is None:
                        eof = True
                        break
                    parts.append(piece)
                    have += len(piece)
                buf = "".join(parts)
            end = base + len(buf)
            last = eof and end <= own + window + after
            if first and last:  # short after all: the whole document at once
                yield _Doc(key, source, buf, self._date, "plain")
                return
            own_end = end if last else own + window
            stop = end if last else own_end + after
            next_start = None
            if not last:
                # The next window's text starts up to `context` before its own part, after
                # a space if there is one nearby (not needed for exactness), and never
                # before this window's own part.
                lo = max(own, own_end - context)
                m = _SPACE.search(buf, lo - base, max(lo - base, own_end - base - 1 - context // 2))
                next_start = lo if m is None else min(m.end() + base, own_end - 1)
                next_start = max(next_start, own)
            self.windows += 1
            yield _Doc(
                key,
                source,
                buf[start - base : stop - base],
                self._date,
                "plain",
                long=long,
                shift=start,
                own_start=own,
                own_end=own_end,
                first=first,
                next_start=next_start,
            )
            if last:
                return
            first = False
            assert next_start is not None
            buf = buf[next_start - base :]
            base = start = next_start
            own = own_end

    def _jsonl(self, source: str, f: Any) -> Iterator[_Doc]:
        name = Path(source).name
        line = 0
        while True:
            raw = f.readline(MAX_JSON_LINE + 1)
            if not raw:
                return
            line += 1
            if self._bar is not None and isinstance(raw, bytes):
                self._bar.update(len(raw))
            self.bytes_read += len(raw)
            where = f"{source}:{line}"
            if len(raw) > MAX_JSON_LINE:
                raise CaciError(f"{where}: a JSON Lines record longer than {MAX_JSON_LINE >> 20} MiB")
            if isinstance(raw, bytes):
                try:
                    raw = raw.decode("utf-8", self._errors)
                except UnicodeDecodeError as e:
                    raise CaciError(
                        f"{where}: not UTF-8 at byte {e.start} of the line ({e.reason}); "
                        "pass errors='replace' to read it anyway"
                    ) from None
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                raise CaciError(f"{where}: not JSON ({e.msg} at column {e.colno})") from None
            if not isinstance(rec, dict):
                raise CaciError(f"{where}: expected a JSON object, got {type(rec).__name__}")
            if self._text_field not in rec:
                fields = ", ".join(map(str, list(rec)[:10]))
                raise CaciError(
                    f"{where}: no {self._text_field!r} field (fields: {fields}); name the text field with "
                    "text_field= (--text-field)"
                )
            text = rec[self._text_field]
            if text is not None and not isinstance(text, str):
                raise CaciError(f"{where}: {self._text_field!r} is a {type(text).__name__}, not a string")
            ident = rec.get(self._id_field) if self._id_field else None
            key = f"{name}:{line}" if ident is None else str(ident)
            value = rec.get(self._date_field) if self._date_field else None
            when = None if value is None else self._json_date(value, where)
            when = self._date if when is None else when  # no date, or an empty one: the default
            if self._new(key):
                yield _Doc(key, source, text, when, "json")

    def _json_date(self, value: Any, where: str) -> str | None:
        """A record's date in the core's canonical form, read by the core's rule as
        ``caci.tag`` reads a date (dates repeat: parsed once each). A JSON number is a
        year (``2019``)."""
        cache = self._dates
        try:
            return cache[value]
        except (KeyError, TypeError):  # TypeError: a list or dict, not a date either
            pass
        try:
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise TypeError(type(value).__name__)
            when = _date(str(value))
        except (ValueError, TypeError):
            raise CaciError(f"{where}: {self._date_field!r} is not a date: {value!r}") from None
        if len(cache) >= 4096:
            cache.clear()
        cache[value] = when
        return when

    # -- batches ----------------------------------------------------------------------

    def _batches(self) -> Iterator[list[_Doc]]:
        batch: list[_Doc] = []
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
        self._bar = _progress.bar(total, self._progress, "caci", unit="B")
        try:
            for batch in self._batches():
                frame = self._tag(batch)
                if len(frame):
                    yield frame
        finally:
            if self._bar is not None:
                self._bar.close()

    def _tag(self, batch: list[_Doc]) -> pd.DataFrame:
        g = self._g
        n = len(batch)
        spans = self._raw is not None or any(d.long is not None for d in batch)
        try:
            texts, dates = [d.text for d in batch], [d.date for d in batch]
            found = g._tag(texts, dates=dates, threads=self._threads, progress=False, spans=spans)
        except (TypeError, ValueError) as e:
            raise _located(e, batch) from None
        doc = found["doc"]
        start = found["start"]
        end = found["end"]
        entity = found["entity"]
        form = found["form"]
        ambiguous = found["ambiguous"]
        surface = found["surface"]
        surfaces = list(found["surfaces"])
        if spans:
            keep = np.ones(len(doc), dtype=bool)
            extra: list[tuple[int, dict[str, Any]]] = []
            span_doc = found["span_doc"]
            span_start = found["span_start"]
            span_end = found["span_end"]
            span_at = np.searchsorted(span_doc, np.arange(n + 1))
            rows_at = np.searchsorted(doc, np.arange(n + 1))
            shift = np.zeros(n, dtype=np.int64)
            for i, d in enumerate(batch):
                if d.long is None:
                    continue
                shift[i] = d.shift
                lo, hi = span_at[i], span_at[i + 1]
                raw = (span_start[lo:hi] + d.shift, span_end[lo:hi] + d.shift)
                again = None
                if not d.first and not _synced(raw, (d.long.tail_starts, d.long.tail_ends), d.shift, d.own_start):
                    again = self._again(d)
                    raw = again[1]
                    r0, r1 = rows_at[i], rows_at[i + 1]
                    keep[r0:r1] = False
                    extra.append((i, again[0]))
                else:
                    r0, r1 = rows_at[i], rows_at[i + 1]
                    s = start[r0:r1] + d.shift
                    keep[r0:r1] = (s >= d.own_start) & (s < d.own_end)
                if self._raw is not None:
                    mine = (raw[0] >= d.own_start) & (raw[0] < d.own_end)
                    self._raw.append((np.full(int(mine.sum()), d.key, dtype=object), raw[0][mine], raw[1][mine]))
                if d.next_start is not None:
                    tail = (raw[1] > d.next_start) & (raw[0] < d.own_end)
                    d.long.tail_starts, d.long.tail_ends = raw[0][tail], raw[1][tail]
                    if again is None:
                        d.long.prev_start, d.long.prev_text = d.shift, d.text or ""
                    # else: _again set them
            start = start + shift[doc]
            end = end + shift[doc]
            if self._raw is not None:
                for i, d in enumerate(batch):
                    if d.long is None:
                        lo, hi = span_at[i], span_at[i + 1]
                        self._raw.append((np.full(hi - lo, d.key, dtype=object), span_start[lo:hi], span_end[lo:hi]))
            parts = [(doc[keep], start[keep], end[keep], entity[keep], form[keep], ambiguous[keep], surface[keep])]
            for i, f in extra:
                m = len(f["start"])
                parts.append(
                    (
                        np.full(m, i, dtype=np.int64),
                        f["start"],
                        f["end"],
                        f["entity"],
                        f["form"],
                        f["ambiguous"],
                        f["surface"] + len(surfaces),
                    )
                )
                surfaces.extend(f["surfaces"])
            if extra:
                columns = [np.concatenate(c) for c in zip(*parts)]
                order = np.argsort(columns[0], kind="stable")
                doc, start, end, entity, form, ambiguous, surface = (c[order] for c in columns)
                # The windows tagged again bring their own surfaces: one code per string.
                recode, unique = pd.factorize(pd.Index(surfaces, dtype=object))
                surface = recode.astype(np.int32)[surface]
                surfaces = list(unique)
            else:
                doc, start, end, entity, form, ambiguous, surface = parts[0]
        self.mentions += len(doc)
        return self._frame(batch, doc, start, end, entity, form, ambiguous, surface, surfaces)

    def _again(self, d: _Doc) -> tuple[dict[str, Any], tuple[np.ndarray, np.ndarray]]:
        """Tags window ``d`` again, from the start of the window before it (whose scan is
        known to be right): its mentions (document offsets) and raw finds."""
        long = d.long
        assert long is not None
        text = long.prev_text[: d.shift - long.prev_start] + (d.text or "")
        limit = 4 * (self._window + 2 * max(self._context, self._reach))
        if len(text) > limit:
            raise CaciError(
                f"{long.source}: cannot tag the document in windows near character {d.own_start}: the aliases "
                f"found there overlap in a chain longer than {len(text) - len(d.text or '')} characters; "
                "pass a larger window_chars"
            )
        self.retagged += 1
        f = self._g._tag([text], dates=[d.date], threads=1, progress=False, spans=True)
        base = long.prev_start
        start = f["start"] + base
        mine = (start >= d.own_start) & (start < d.own_end)
        out = {
            "start": start[mine],
            "end": f["end"][mine] + base,
            "entity": f["entity"][mine],
            "form": f["form"][mine],
            "ambiguous": f["ambiguous"][mine],
            "surface": f["surface"][mine],
            "surfaces": list(f["surfaces"]),
        }
        raw = (
            f["span_start"] + base,
            f["span_end"] + base,
        )
        long.prev_start, long.prev_text = base, text
        return out, raw

    def _frame(
        self,
        batch: list[_Doc],
        doc: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
        entity: np.ndarray,
        form: np.ndarray,
        ambiguous: np.ndarray,
        surface: np.ndarray,
        surfaces: list[str],
    ) -> pd.DataFrame:
        found = {
            "entity": np.ascontiguousarray(entity, dtype=np.int32),
            "form": np.ascontiguousarray(form, dtype=np.int8),
            "ambiguous": np.ascontiguousarray(ambiguous, dtype=bool),
            "surface": np.ascontiguousarray(surface, dtype=np.int32),
            "surfaces": surfaces,
            "start": np.ascontiguousarray(start, dtype=np.int64),
            "end": np.ascontiguousarray(end, dtype=np.int64),
        }
        cols = _columns(found, self._g)
        keys = np.array([d.key for d in batch], dtype=object)
        sources, source_codes = np.unique(np.array([d.source for d in batch], dtype=object), return_inverse=True)
        file_start = found["start"].copy()
        file_end = found["end"].copy()
        missing = np.zeros(len(doc), dtype=bool)
        kinds = np.array([d.kind for d in batch], dtype=object)
        row_kind = kinds[doc] if len(doc) else np.empty(0, dtype=object)
        missing[row_kind == "json"] = True
        for i in np.unique(doc[row_kind == "article"]) if len(doc) else ():
            rows = np.flatnonzero(doc == i)
            spans = pages.file_spans(batch[i].segments, found["start"][rows], found["end"][rows])
            file_start[rows], file_end[rows] = spans
        return pd.DataFrame(
            {
                "doc": keys[doc] if len(doc) else np.empty(0, dtype=object),
                "source": pd.Categorical.from_codes(
                    np.asarray(source_codes, dtype=np.int32).reshape(-1)[doc],
                    categories=pd.Index(sources, dtype=object),
                ),
                "start": found["start"],
                "end": found["end"],
                "file_start": pd.arrays.IntegerArray(file_start, missing),
                "file_end": pd.arrays.IntegerArray(file_end, missing.copy()),
                "surface": cols["surface"],
                "kind": cols["kind"],
                "id": cols["id"],
                "name": cols["name"],
                "form": cols["form"],
                "family": cols["family"],
                "ambiguous": cols["ambiguous"],
            },
            copy=False,
        )


def _located(e: BaseException, batch: list[_Doc]) -> BaseException:
    """An error about row ``e.row`` of a batch, reworded to name the file and document."""
    row = getattr(e, "row", None)
    if not isinstance(row, int) or not 0 <= row < len(batch) or not e.args or not isinstance(e.args[0], str):
        return e
    d = batch[row]
    message = re.sub(r"^row \d+: ", "", e.args[0])
    where = f"document {d.key!r}"
    if d.long is not None:  # positions in the message count from the window's start
        where += f", the window starting at character {d.shift}"
    e.args = (f"{d.source} ({where}): {message}", *e.args[1:])
    e.row = None  # type: ignore[attr-defined]  # a row of a batch means nothing to the caller
    return e


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
