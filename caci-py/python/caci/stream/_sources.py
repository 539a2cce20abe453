"""The inputs of a stream: files and folders expanded, files opened, read a piece at a
time and decoded from UTF-8, the bytes read counted (and shown on the progress bar)."""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .._caci import CaciError

#: Bytes read from a file at a time.
READ_BYTES = 1 << 20


def expand(inputs: Any) -> list[tuple[str, Any, int | None]]:
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


def open_input(source: str, what: Any) -> tuple[BinaryIO | io.TextIOBase, bool]:
    """The file to read and whether this stream opened it."""
    if what is None:  # standard input
        return getattr(sys.stdin, "buffer", sys.stdin), False
    if hasattr(what, "read"):
        return what, False
    try:
        return open(what, "rb"), True
    except OSError as e:
        raise CaciError(f"{source}: cannot read ({e.strerror or e})") from None


class Meter:
    """The input bytes read so far, and the progress bar that counts them (None: no bar)."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.bytes_read = 0


def read(f: Any, n: int, meter: Meter) -> bytes | str:
    """Up to ``n`` bytes (or characters, from a text stream) of ``f``; fewer only at its end."""
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
    if meter.bar is not None and isinstance(data, bytes):
        meter.bar.update(len(data))
    meter.bytes_read += len(data.encode("utf-8") if isinstance(data, str) else data)
    return data


class Decoder:
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


def pieces(f: Any, head: bytes | str, dec: Decoder | None, meter: Meter) -> Iterator[str]:
    """The text of file ``f`` a piece at a time: ``head`` (read from it already), then
    ``READ_BYTES`` at a time to its end, decoded by ``dec`` (None: ``f`` gives text)."""
    yield head if dec is None else dec.decode(head)
    while True:
        data = read(f, READ_BYTES, meter)
        if dec is None:
            if not data:
                return
            yield data
        else:
            yield dec.decode(data, final=not data)
            if not data:
                return
