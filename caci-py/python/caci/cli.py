"""The ``caci`` command: tag pages or plain text, summarise a corpus, write a report.

    caci tag FILES... [--format table|csv|jsonl|parquet] [-o OUT] [--gazetteer FILE] [--date DATE]
             [--progress | --no-progress] [--text-field NAME] [--id-field NAME] [--date-field NAME]
    caci summary FILES... | --sample [--top N]
    caci report FILES... | --sample -o report.html [--passages N]
    caci transfers FILES... | --sample [--format table|csv|jsonl|parquet] [-o OUT]
    caci meetings FILES... | --sample [--format table|csv|jsonl|parquet] [-o OUT]

FILES are scraped article pages (split into articles, see ``caci.read_pages``), plain
text files (one document each), JSON Lines files (``.jsonl``, ``.ndjson``: one document
per record), folders of them, or ``-`` for standard input. ``caci tag`` reads them a
batch at a time (``caci.iter_tag``): CSV, JSON Lines and Parquet are written as it goes
(to ``OUT.partial``, renamed to ``OUT`` at the end) in bounded memory, whatever the size of
the input; a file over 16 MiB is one plain-text document tagged in windows. ``caci
transfers`` and ``caci meetings`` write the arms transfers and the meetings the documents
state (``caci.transfers``, ``caci.meetings``), one row each. Exit codes: 0
success, 2 bad options, 3 unreadable input, 4 bad gazetteer file.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_GAZETTEER = 4

KINDS = ("country", "leader", "weapon")
PLURAL = {"country": "countries", "leader": "leaders", "weapon": "weapon systems"}


class InputError(Exception):
    """A file that cannot be read: the message names it."""


def _tag_columns() -> list[str]:
    """The columns of ``caci tag``'s output: those of ``caci.iter_tag`` but ``ambiguous``
    (imported when needed: the stream module imports pandas)."""
    from .stream import COLUMNS

    return [c for c in COLUMNS if c != "ambiguous"]


def _inputs(files: list[str], sample: bool) -> list[str]:
    from . import pages

    if sample:
        files = [*files, *map(str, pages.sample_paths())]
    if not files:
        raise InputError("no input: give FILES, '-' for standard input, or --sample")
    return files


def _stream(args: argparse.Namespace, g: Any, **options: Any) -> Any:
    """``caci.iter_tag`` over the command's inputs; a missing file is an InputError."""
    from .stream import iter_tag

    try:
        return iter_tag(
            _inputs(args.files, args.sample),
            gazetteer=g,
            date=args.date,
            errors=args.encoding_errors,
            text_field=args.text_field,
            id_field=args.id_field,
            date_field=args.date_field,
            **options,
        )
    except FileNotFoundError as e:
        raise InputError(f"{e.filename}: no such file or folder") from None


def _input_error(e: Exception) -> InputError:
    message = str(e)
    if "errors='replace'" in message:
        message += " (the command line option is --encoding-errors replace)"
    return InputError(message)


def _documents(args: argparse.Namespace, g: Any) -> Any:
    """One row per document (``doc, source, title, date, text``), read as ``caci tag``
    reads them (files whole: this is for the commands that need every document at once)."""
    import pandas as pd

    from . import CaciError, GazetteerError

    stream = _stream(args, g, max_page_bytes=sys.maxsize, progress=False)
    try:
        rows = [(d.key, d.source, d.title, d.date, d.text) for d in stream._documents()]
    except CaciError as e:
        if isinstance(e, GazetteerError):
            raise
        raise _input_error(e) from None
    # `date` holds the core's canonical dates (`2019`, `2019-06-01`): tagged as they are,
    # as `caci tag` tags them, then made a datetime column for the tables.
    return pd.DataFrame(rows, columns=["doc", "source", "title", "date", "text"])


def _gazetteer(files: list[str]) -> Any:
    from . import Gazetteer

    if not files:
        return Gazetteer.default()
    # The user's files add entries to the built-in ones; an id already there is replaced.
    return Gazetteer.from_files(files, base=Gazetteer.default())


def _tag(args: argparse.Namespace, g: Any = None) -> Any:
    import caci

    if g is None:
        g = _gazetteer(args.gazetteer)  # a bad gazetteer file fails before any input is read
    docs = _documents(args, g)
    mentions = caci.tag(docs, text="text", date="date", key="doc", gazetteer=g, progress=False)
    docs["date"] = docs["date"].astype("datetime64[ns]")
    return docs, mentions


class _Output:
    """Where ``caci tag`` writes, a batch at a time: a file (written as ``OUT.partial``
    and renamed when complete) or standard output."""

    def __init__(self, fmt: str, path: str | None) -> None:
        self.fmt = fmt
        self.path = path
        self.partial = f"{path}.partial" if path else None
        self.rows = 0
        self._file: Any = None
        self._parquet: Any = None
        self._frames: list[Any] = []  # the table format needs every row to align columns
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            words = pa.dictionary(pa.int32(), pa.string())
            self._schema = pa.schema(
                [("doc", pa.string()), ("source", words), ("start", pa.int64()), ("end", pa.int64())]
                + [("file_start", pa.int64()), ("file_end", pa.int64())]
                + [(c, words) for c in ("surface", "kind", "id", "name", "form", "family")]
            )
            self._table = pa.Table.from_pandas
            self._parquet = pq.ParquetWriter(self.partial, self._schema)
        elif fmt != "table":
            # Open across calls (a batch at a time): closed by `close`.
            self._file = open(self.partial, "w", encoding="utf-8") if self.partial else sys.stdout  # noqa: SIM115

    def write(self, frame: Any) -> None:
        frame = frame[_tag_columns()]
        first = self.rows == 0
        self.rows += len(frame)
        if self.fmt == "table":
            self._frames.append(frame)
        elif self.fmt in ("csv", "jsonl"):
            if first and self.fmt == "csv":
                self._file.write(",".join(_tag_columns()) + "\n")
            for lo in range(0, len(frame), 1 << 16):
                self._file.write(_text_rows(frame.iloc[lo : lo + (1 << 16)], self.fmt))
        else:
            self._parquet.write_table(self._table(frame, schema=self._schema, preserve_index=False))

    def close(self, complete: bool) -> None:
        """Finishes the output; when ``complete``, puts it in place."""
        import pandas as pd

        if complete and self.rows == 0:
            empty = pd.DataFrame({c: pd.Series([], dtype=object) for c in _tag_columns()})
            if self.fmt == "csv":
                self._file.write(",".join(_tag_columns()) + "\n")
            elif self.fmt == "parquet":
                self._parquet.write_table(self._table(empty, schema=self._schema, preserve_index=False))
        if self.fmt == "table" and complete:
            out = pd.concat(self._frames, ignore_index=True) if self._frames else None
            text = out.to_string(index=False, max_rows=None) if out is not None else "(no mentions)"
            _write_text(self.path, text + "\n")
        if self._parquet is not None:
            self._parquet.close()
        elif self._file is not None and self._file is not sys.stdout:
            self._file.close()
        else:
            sys.stdout.flush()
        if complete and self.partial and self.fmt != "table":
            os.replace(self.partial, self.path)


def _csv_field(value: str) -> str:
    """A CSV field as pandas writes it (the csv module's minimal quoting)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([value])
    return out.getvalue()[:-1]


def _json_string(value: str) -> str:
    """A JSON string as pandas writes it (UTF-8, ``/`` escaped)."""
    return json.dumps(value, ensure_ascii=False).replace("/", "\\/")


def _fragments(column: Any, fmt: str) -> list[str]:
    """Each value of ``column`` written as a CSV field or a JSON value: distinct strings
    are written once (columns are categorical or repeat their document keys)."""
    import numpy as np
    import pandas as pd

    null = "" if fmt == "csv" else "null"
    quote = _csv_field if fmt == "csv" else _json_string
    if pd.api.types.is_integer_dtype(column.dtype):
        values = list(map(str, column.to_numpy(dtype=np.int64, na_value=0).tolist()))
        missing = column.isna().to_numpy()
        for i in np.flatnonzero(missing).tolist():
            values[i] = null
        return values
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes, uniques = column.cat.codes.to_numpy(), column.cat.categories
    else:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
    written = np.array([*(null if pd.isna(v) else quote(str(v)) for v in uniques), null], dtype=object)
    return written[codes].tolist()  # code -1 (missing) takes the last: null


def _text_rows(frame: Any, fmt: str) -> str:
    """``frame``'s rows as CSV lines (no header) or JSON Lines, written as pandas'
    ``to_csv``/``to_json(orient="records", lines=True, force_ascii=False)`` write them,
    several times faster and without their memory peak."""
    from itertools import repeat

    if fmt == "csv":
        seps = ["", *([","] * (len(frame.columns) - 1))]
        end = "\n"
    else:
        seps = ["{" + _json_string(str(c)) + ":" for c in frame.columns[:1]]
        seps += ["," + _json_string(str(c)) + ":" for c in frame.columns[1:]]
        end = "}\n"
    pieces: list[Any] = []
    for sep, c in zip(seps, frame.columns):
        pieces += [repeat(sep), _fragments(frame[c], fmt)]
    pieces.append(repeat(end))
    return "".join(map("".join, zip(*pieces)))


def cmd_tag(args: argparse.Namespace) -> int:
    from . import CaciError, GazetteerError

    fmt = args.format or (_format_of(args.output) if args.output else "table")
    if fmt == "parquet" and not args.output:
        raise InputError("--format parquet needs -o FILE")
    g = _gazetteer(args.gazetteer)  # a bad gazetteer file fails before any input is read
    stream = _stream(args, g, progress=args.progress)
    try:
        out = _Output(fmt, args.output)
    except OSError as e:
        raise InputError(f"{args.output}: cannot write the output ({e.strerror or e})") from None
    complete = False
    try:
        for frame in stream:
            out.write(frame)
        complete = True
    except CaciError as e:
        if isinstance(e, GazetteerError):
            raise
        error = _input_error(e)
        if out.partial and out.rows and fmt != "table":
            error = InputError(f"{error}; the {out.rows} mentions found before it are in {out.partial}")
        raise error from None
    finally:
        stream.close()
        out.close(complete)
        if not complete and out.partial and not out.rows and Path(out.partial).exists():
            Path(out.partial).unlink()  # nothing worth keeping
    if stream.duplicates:
        print(f"caci: {stream.duplicates} repeated documents left out (same key as one before)", file=sys.stderr)
    return 0


def _format_of(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".parquet": "parquet"}.get(suffix, "table")


def _write_text(path: str | None, text: str) -> None:
    if path:
        Path(path).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def summarise(docs: Any, mentions: Any, top: int) -> dict[str, Any]:
    """Top entities by number of documents mentioning them, per kind, and top pairs."""
    import pandas as pd

    per_doc = mentions[["doc", "kind", "id", "name"]].drop_duplicates(["doc", "id"])
    tables: dict[str, Any] = {}
    for kind in KINDS:
        rows = per_doc[per_doc["kind"] == kind]
        counts = rows.groupby("id", observed=True).agg(name=("name", "first"), documents=("doc", "nunique"))
        tables[kind] = counts.sort_values(["documents", "name"], ascending=[False, True]).head(top)
    ids = per_doc[per_doc["kind"].isin(KINDS)][["doc", "id"]]
    pairs = ids.merge(ids, on="doc")
    pairs = pairs[pairs["id_x"].astype(str) < pairs["id_y"].astype(str)]
    co = pairs.groupby(["id_x", "id_y"], observed=True).size().rename("documents").reset_index()
    co = co.sort_values(["documents", "id_x", "id_y"], ascending=[False, True, True]).head(top)
    years = docs["date"].dt.year
    by_year = (
        mentions.assign(year=mentions["doc"].map(dict(zip(docs["doc"], years))))
        .dropna(subset=["year"])
        .astype({"year": int})
        .groupby(["year", "kind"], observed=True)
        .size()
        .unstack(fill_value=0)
    )
    return {
        "documents": len(docs),
        "mentions": len(mentions),
        "tables": tables,
        "pairs": co.rename(columns={"id_x": "a", "id_y": "b"}).reset_index(drop=True),
        "by_year": by_year if len(by_year) else pd.DataFrame(),
    }


def cmd_summary(args: argparse.Namespace) -> int:
    docs, mentions = _tag(args)
    s = summarise(docs, mentions, args.top)
    print(f"{s['documents']} documents, {s['mentions']} mentions")
    for kind in KINDS:
        t = s["tables"][kind]
        print(f"\nTop {PLURAL[kind]} by documents mentioning them:")
        print(t.to_string() if len(t) else "  (none)")
    print("\nStrongest co-mentions (documents mentioning both):")
    print(s["pairs"].to_string(index=False) if len(s["pairs"]) else "  (none)")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import render

    if not args.output:
        raise InputError("report needs -o FILE (an .html file)")
    g = _gazetteer(args.gazetteer)
    docs, mentions = _tag(args, g)
    page = render(docs, mentions, top=args.top, passages=args.passages, gazetteer=g)
    Path(args.output).write_text(page, encoding="utf-8")
    print(f"wrote {args.output}: {len(docs)} documents, {len(mentions)} mentions")
    return 0


def _relations(args: argparse.Namespace, which: str) -> int:
    """``caci transfers`` and ``caci meetings``: every document read whole, its relations
    written as a table, CSV, JSON Lines or Parquet (few rows: written at the end)."""
    from . import relations

    fmt = args.format or (_format_of(args.output) if args.output else "table")
    if fmt == "parquet" and not args.output:
        raise InputError("--format parquet needs -o FILE")
    g = _gazetteer(args.gazetteer)  # a bad gazetteer file fails before any input is read
    docs = _documents(args, g)
    find = relations.transfers if which == "transfers" else relations.meetings
    rows = find(docs, text="text", date="date", key="doc", gazetteer=g, progress=False)
    rows.insert(1, "source", rows["doc"].map(dict(zip(docs["doc"], docs["source"]))))
    try:
        if fmt == "table":
            _write_text(args.output, (rows.to_string(index=False) if len(rows) else f"(no {which})") + "\n")
        elif fmt == "csv":
            _write_text(args.output, rows.to_csv(index=False))
        elif fmt == "jsonl":
            _write_text(args.output, rows.to_json(orient="records", lines=True, force_ascii=False))
        else:
            rows.to_parquet(args.output, index=False)
    except OSError as e:
        raise InputError(f"{args.output}: cannot write the output ({e.strerror or e})") from None
    return 0


def cmd_transfers(args: argparse.Namespace) -> int:
    return _relations(args, "transfers")


def cmd_meetings(args: argparse.Namespace) -> int:
    return _relations(args, "meetings")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="caci", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("files", nargs="*", help="page, text or JSON Lines files, folders, or - for standard input")
        sp.add_argument("--sample", action="store_true", help="add the bundled sample corpus")
        sp.add_argument("--gazetteer", action="append", default=[], metavar="FILE", help="add or override entries")
        sp.add_argument("--date", help="document date (YYYY-MM-DD) for plain text without one")
        sp.add_argument(
            "--encoding-errors",
            choices=["strict", "replace"],
            default="strict",
            help="on undecodable bytes: stop with an error (default) or replace them",
        )
        sp.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: the field with the text")
        sp.add_argument("--id-field", default="id", metavar="NAME", help="JSON Lines: the field with the key")
        sp.add_argument("--date-field", default="date", metavar="NAME", help="JSON Lines: the field with the date")

    t = sub.add_parser("tag", help="one row per mention")
    common(t)
    t.add_argument("--format", choices=["table", "csv", "jsonl", "parquet"], help="default: from -o, else table")
    t.add_argument("-o", "--output", help="write here instead of standard output")
    t.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on standard error (default: when it is a terminal)",
    )
    t.set_defaults(run=cmd_tag)
    s = sub.add_parser("summary", help="top entities and co-mentions")
    common(s)
    s.add_argument("--top", type=int, default=10)
    s.set_defaults(run=cmd_summary)
    r = sub.add_parser("report", help="a self-contained HTML report")
    common(r)
    r.add_argument("-o", "--output", required=True)
    r.add_argument("--top", type=int, default=15)
    r.add_argument("--passages", type=int, default=20, metavar="N", help="passages kept per entity (default 20)")
    r.set_defaults(run=cmd_report)
    for name, run, what in [
        ("transfers", cmd_transfers, "one row per arms transfer the documents state"),
        ("meetings", cmd_meetings, "one row per meeting, visit, call or summit the documents state"),
    ]:
        sp = sub.add_parser(name, help=what)
        common(sp)
        sp.add_argument("--format", choices=["table", "csv", "jsonl", "parquet"], help="default: from -o, else table")
        sp.add_argument("-o", "--output", help="write here instead of standard output")
        sp.set_defaults(run=run)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "date", None):
        from . import _caci

        try:
            _caci._date(args.date)  # the core's rule, as every path reads a date
        except ValueError:
            print(f"caci: error: --date {args.date!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", file=sys.stderr)
            return EXIT_USAGE
    from . import GazetteerError

    try:
        return args.run(args)
    except InputError as e:
        print(f"caci: error: {e}", file=sys.stderr)
        return EXIT_INPUT
    except GazetteerError as e:
        print(f"caci: error: {e}", file=sys.stderr)
        return EXIT_GAZETTEER
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["main", "summarise"]
