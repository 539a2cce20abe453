"""The documents of a stream: a file read whole (the articles of a page file, or the file
as one plain document), a larger file as one plain document in windows, the records of a
JSON Lines file; each with its key, source and date, and a key seen before left out."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .. import pages
from .._caci import CaciError, _date
from ._sources import Decoder, Meter, open_input, pieces, read

if TYPE_CHECKING:
    from ._windows import Long, Windows

#: Suffixes of JSON Lines files.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: The longest JSON Lines record read (bytes).
MAX_JSON_LINE = 64 << 20


@dataclasses.dataclass
class Doc:
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
    long: Long | None = None
    shift: int = 0
    own_start: int = 0
    own_end: int = 0
    first: bool = True
    # The next window's text starts at next_start and owns from own_end: the raw finds
    # between them are kept for its check.
    next_start: int | None = None

    def size(self) -> int:
        return len(self.text) if self.text else 0


class Seen:
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


class Documents:
    """Every document (and window) of a stream's inputs, in order, duplicates left out;
    ``documents`` and ``duplicates`` count them."""

    def __init__(
        self,
        *,
        date: str | None,
        max_page_bytes: int,
        text_field: str,
        id_field: str | None,
        date_field: str | None,
        errors: str,
        meter: Meter,
        windows: Windows,
    ) -> None:
        self._date = date  # the date of documents that have none of their own
        self._max_page = max_page_bytes
        self._text_field = text_field
        self._id_field = id_field
        self._date_field = date_field
        self._errors = errors
        self._meter = meter
        self._windows = windows
        self._seen = Seen()
        self._plain_names: dict[str, str] = {}  # a plain file's name -> the first file of that name
        self._dates: dict[Any, Any] = {}
        self.documents = 0
        self.duplicates = 0

    def read(self, inputs: list[tuple[str, Any, int | None]]) -> Iterator[Doc]:
        """The documents of ``inputs`` (from ``_sources.expand``), in order."""
        for source, what, _size in inputs:
            f, owned = open_input(source, what)
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

    def _file(self, source: str, f: Any) -> Iterator[Doc]:
        head = read(f, -1 if self._max_page >= sys.maxsize - 1 else self._max_page + 1, self._meter)
        text_mode = isinstance(head, str)
        dec = None if text_mode else Decoder(source, self._errors)
        if len(head) <= self._max_page:
            text = head if dec is None else dec.decode(head, final=True)
            articles = pages.read_pages(text={source: text}, dedupe=False)
            if len(articles):
                for r in articles.itertuples(index=False):
                    if self._new(r.article):
                        when = _date(r.date) if pd.notna(r.date) else self._date
                        yield Doc(r.article, source, r.text, when, "article", r.segments, r.title)
            elif self._new(self._plain_key(source)):
                yield Doc(self._plain_key(source), source, text, self._date, "plain")
            return
        key = self._plain_key(source)
        if not self._new(key):
            return
        yield from self._windows.split(key, source, pieces(f, head, dec, self._meter), self._date)

    def _jsonl(self, source: str, f: Any) -> Iterator[Doc]:
        name = Path(source).name
        meter = self._meter
        line = 0
        while True:
            raw = f.readline(MAX_JSON_LINE + 1)
            if not raw:
                return
            line += 1
            if meter.bar is not None and isinstance(raw, bytes):
                meter.bar.update(len(raw))
            meter.bytes_read += len(raw)
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
                yield Doc(key, source, text, when, "json")

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


def located(e: BaseException, batch: list[Doc]) -> BaseException:
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
