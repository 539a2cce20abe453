"""Long documents in windows (see the package documentation): a document cut into
overlapping windows, each window's raw finds checked against the window before it (and the
window tagged again when they do not agree), and each window's own mentions kept."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from .._caci import CaciError, Gazetteer
from ._documents import Doc

_SPACE = re.compile(r"\s")


@dataclasses.dataclass
class Long:
    """What the windows of one long document pass on to each other."""

    key: str
    source: str
    #: Raw finds of the last window tagged that reach past the next window's start.
    tail_starts: np.ndarray = dataclasses.field(default_factory=lambda: np.empty(0, np.int64))
    tail_ends: np.ndarray = dataclasses.field(default_factory=lambda: np.empty(0, np.int64))
    #: The last window's text and where it starts in the document (to tag again from).
    prev_start: int = 0
    prev_text: str = ""


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


class Windows:
    """The windows of a stream's long documents: ``window`` characters each, with
    ``context`` characters of text either side; ``count`` counts the windows cut and
    ``retagged`` those tagged again."""

    def __init__(self, g: Gazetteer, window: int, context: int) -> None:
        self._g = g
        self._window = window
        self._context = context
        # A find depends on at most this many characters from its start (plus one before).
        self._reach = g._max_pattern_len() + 8
        self.count = 0
        self.retagged = 0

    def split(self, key: str, source: str, pieces: Iterator[str], date: str | None) -> Iterator[Doc]:
        """One long document as windows (see the package documentation), read from
        ``pieces`` as they are needed."""
        window, context = self._window, self._context
        after = max(context, self._reach)
        long = Long(key, source)
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
                yield Doc(key, source, buf, date, "plain")
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
            self.count += 1
            yield Doc(
                key,
                source,
                buf[start - base : stop - base],
                date,
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

    def merge(
        self,
        batch: list[Doc],
        found: dict[str, Any],
        raw_log: list[tuple[np.ndarray, np.ndarray, np.ndarray]] | None,
    ) -> tuple[Any, ...]:
        """The mentions of a batch tagged with ``spans=True`` (``found``), the windows'
        own ones only, in document offsets: ``doc, start, end, entity, form, ambiguous,
        surface``, ``surfaces``, ``written`` and ``written_ids`` (the ids as written of
        grown designations, codes and list, as ``_tag`` gives them). Each window's raw finds are checked against the
        window before it (and the window tagged again when they do not agree), and the
        raw finds that reach into the next window kept for its check. When ``raw_log`` is
        a list, every accepted raw find is appended to it as (key, start, end) arrays in
        document offsets."""
        n = len(batch)
        doc = found["doc"]
        start = found["start"]
        end = found["end"]
        entity = found["entity"]
        form = found["form"]
        ambiguous = found["ambiguous"]
        surface = found["surface"]
        surfaces = list(found["surfaces"])
        written = found["written"]
        written_ids = list(found["written_ids"])
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
            if raw_log is not None:
                mine = (raw[0] >= d.own_start) & (raw[0] < d.own_end)
                raw_log.append((np.full(int(mine.sum()), d.key, dtype=object), raw[0][mine], raw[1][mine]))
            if d.next_start is not None:
                tail = (raw[1] > d.next_start) & (raw[0] < d.own_end)
                d.long.tail_starts, d.long.tail_ends = raw[0][tail], raw[1][tail]
                if again is None:
                    d.long.prev_start, d.long.prev_text = d.shift, d.text or ""
                # else: _again set them
        start = start + shift[doc]
        end = end + shift[doc]
        if raw_log is not None:
            for i, d in enumerate(batch):
                if d.long is None:
                    lo, hi = span_at[i], span_at[i + 1]
                    raw_log.append((np.full(hi - lo, d.key, dtype=object), span_start[lo:hi], span_end[lo:hi]))
        parts = [
            (doc[keep], start[keep], end[keep], entity[keep], form[keep], ambiguous[keep], surface[keep], written[keep])
        ]
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
                    np.where(f["written"] >= 0, f["written"] + len(written_ids), -1).astype(np.int32),
                )
            )
            surfaces.extend(f["surfaces"])
            written_ids.extend(f["written_ids"])
        if extra:
            columns = [np.concatenate(c) for c in zip(*parts)]
            order = np.argsort(columns[0], kind="stable")
            doc, start, end, entity, form, ambiguous, surface, written = (c[order] for c in columns)
            # The windows tagged again bring their own surfaces: one code per string.
            recode, unique = pd.factorize(pd.Index(surfaces, dtype=object))
            surface = recode.astype(np.int32)[surface]
            surfaces = list(unique)
            if written_ids:
                recode, unique = pd.factorize(pd.Index(written_ids, dtype=object))
                written = np.where(written >= 0, recode.astype(np.int32)[np.maximum(written, 0)], -1).astype(np.int32)
                written_ids = list(unique)
        else:
            doc, start, end, entity, form, ambiguous, surface, written = parts[0]
        return doc, start, end, entity, form, ambiguous, surface, surfaces, written, written_ids

    def _again(self, d: Doc) -> tuple[dict[str, Any], tuple[np.ndarray, np.ndarray]]:
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
            "written": f["written"][mine],
            "written_ids": list(f["written_ids"]),
        }
        raw = (
            f["span_start"] + base,
            f["span_end"] + base,
        )
        long.prev_start, long.prev_text = base, text
        return out, raw
