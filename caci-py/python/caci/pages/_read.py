"""Reading page files (or page text) into a DataFrame: decoding, folders, the
``article`` key and duplicates."""

from __future__ import annotations

import errno
import hashlib
import os
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Union

from ._articles import split_page
from ._schema import COLUMNS, PARTS

PathLike = Union[str, "os.PathLike[str]"]

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
