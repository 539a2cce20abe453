"""The ``caci`` command: tag pages or plain text, summarise a corpus, write a report.

    caci tag FILES... [--format table|csv|jsonl|parquet] [-o OUT] [--gazetteer FILE] [--date DATE]
    caci summary FILES... | --sample [--top N]
    caci report FILES... | --sample -o report.html

FILES are scraped article pages (split into articles, see ``caci.read_pages``), plain
text files (one document each), folders of them, or ``-`` for standard input. Exit
codes: 0 success, 2 bad options, 3 unreadable input, 4 bad gazetteer file.
"""

from __future__ import annotations

import argparse
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


def _documents(files: list[str], sample: bool, date: str | None, errors: str) -> Any:
    """One row per document: pages split into articles, other files whole."""
    import pandas as pd

    from . import pages

    if sample:
        files = [*files, *map(str, pages.sample_paths())]
    if not files:
        raise InputError("no input: give FILES, '-' for standard input, or --sample")
    rows: list[dict[str, Any]] = []
    frames: list[Any] = []
    for name in files:
        if name == "-":
            texts = [("<stdin>", sys.stdin.read())]
        else:
            path = Path(name)
            if not path.exists():
                raise InputError(f"{name}: no such file or folder")
            paths = (
                sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
                if path.is_dir()
                else [path]
            )
            texts = []
            for p in paths:
                try:
                    texts.append((str(p), pages.page_text(p, errors=errors)))
                except ValueError as e:
                    raise InputError(f"{e} (the command line option is --encoding-errors replace)") from e
        for source, text in texts:
            articles = pages.read_pages(text={source: text}, dedupe=False)
            if len(articles):
                frames.append(articles)
                for r in articles.itertuples(index=False):
                    when = r.date if pd.notna(r.date) else (pd.Timestamp(date) if date else pd.NaT)
                    rows.append({"doc": r.article, "source": source, "title": r.title, "date": when, "text": r.text})
            else:
                when = pd.Timestamp(date) if date else pd.NaT
                rows.append({"doc": Path(source).name, "source": source, "title": None, "date": when, "text": text})
    frame = pd.DataFrame(rows, columns=["doc", "source", "title", "date", "text"])
    # The same article scraped twice counts once.
    frame = frame.drop_duplicates("doc", keep="first").reset_index(drop=True)
    articles = pd.concat(frames, ignore_index=True).drop_duplicates("article") if frames else None
    return frame, articles


def _gazetteer(files: list[str]) -> Any:
    from . import Gazetteer

    if not files:
        return Gazetteer.default()
    # The user's files add entries to the built-in ones; an id already there is replaced.
    return Gazetteer.from_files(files, base=Gazetteer.default())


def _tag(args: argparse.Namespace) -> Any:
    import caci

    g = _gazetteer(args.gazetteer)  # a bad gazetteer file fails before any input is read
    docs, articles = _documents(args.files, args.sample, args.date, args.encoding_errors)
    mentions = caci.tag(docs, text="text", date="date", key="doc", gazetteer=g, progress=False)
    return docs, articles, mentions


def _with_file_offsets(docs: Any, articles: Any, mentions: Any) -> Any:
    """``file_start``/``file_end``: where each mention is in its input file (a page's
    article text leaves out boilerplate lines; a plain text file is its own document)."""
    import numpy as np
    import pandas as pd

    from . import pages

    source = docs.set_index("doc")["source"]
    out = mentions.assign(source=mentions["doc"].map(source), file_start=mentions["start"], file_end=mentions["end"])
    if articles is not None and len(out):
        in_page = np.asarray(out["doc"].isin(articles["article"]))
        if in_page.any():
            located = pages.add_file_offsets(out[in_page].rename(columns={"doc": "article"}), articles)
            out.loc[in_page, "file_start"] = located["file_start"].to_numpy()
            out.loc[in_page, "file_end"] = located["file_end"].to_numpy()
    out["source"] = pd.Categorical(out["source"])
    return out


def cmd_tag(args: argparse.Namespace) -> int:
    docs, articles, mentions = _tag(args)
    out = _with_file_offsets(docs, articles, mentions)
    cols = [
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
    ]
    out = out[cols]
    fmt = args.format or (_format_of(args.output) if args.output else "table")
    if fmt == "table":
        text = out.to_string(index=False, max_rows=None) if len(out) else "(no mentions)"
        _write_text(args.output, text + "\n")
    elif fmt == "csv":
        _write_text(args.output, out.to_csv(index=False))
    elif fmt == "jsonl":
        _write_text(args.output, out.to_json(orient="records", lines=True, force_ascii=False))
    elif fmt == "parquet":
        if not args.output:
            raise InputError("--format parquet needs -o FILE")
        out.to_parquet(args.output, index=False)
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
    docs, _, mentions = _tag(args)
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
    docs, _, mentions = _tag(args)
    s = summarise(docs, mentions, args.top)
    Path(args.output).write_text(render(s), encoding="utf-8")
    print(f"wrote {args.output}: {s['documents']} documents, {s['mentions']} mentions")
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="caci", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("files", nargs="*", help="page or text files, folders, or - for standard input")
        sp.add_argument("--sample", action="store_true", help="add the bundled sample corpus")
        sp.add_argument("--gazetteer", action="append", default=[], metavar="FILE", help="add or override entries")
        sp.add_argument("--date", help="document date (YYYY-MM-DD) for plain text without one")
        sp.add_argument(
            "--encoding-errors",
            choices=["strict", "replace"],
            default="strict",
            help="on undecodable bytes: stop with an error (default) or replace them",
        )

    t = sub.add_parser("tag", help="one row per mention")
    common(t)
    t.add_argument("--format", choices=["table", "csv", "jsonl", "parquet"], help="default: from -o, else table")
    t.add_argument("-o", "--output", help="write here instead of standard output")
    t.set_defaults(run=cmd_tag)
    s = sub.add_parser("summary", help="top entities and co-mentions")
    common(s)
    s.add_argument("--top", type=int, default=10)
    s.set_defaults(run=cmd_summary)
    r = sub.add_parser("report", help="a self-contained HTML report")
    common(r)
    r.add_argument("-o", "--output", required=True)
    r.add_argument("--top", type=int, default=15)
    r.set_defaults(run=cmd_report)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "date", None):
        import pandas as pd

        try:
            pd.Timestamp(args.date)
        except ValueError:
            print(f"caci: error: --date {args.date!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
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
