"""The ``caci`` command: tag, summary and report, formats, errors and exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from caci.cli import EXIT_GAZETTEER, EXIT_INPUT, main

PAGE = """By Alma Berikova
Kazakhstan Weighs a New Air Defence Purchase
Monday, 12 May 2014 10:05
Published in Analytical Articles
Astana is negotiating with Moscow for S-300 batteries, while Uzbekistan looks to Beijing.
BACKGROUND: President Nazarbayev has long balanced Russian and Chinese interests.
CONCLUSIONS: The deal would tie Kazakhstan closer to Russia.
Alma Berikova is a researcher based in Almaty.
"""


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def page(tmp_path: Path) -> Path:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


def test_tag_writes_one_row_per_mention_in_each_format(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["tag", str(page), "--format", "csv"], capsys)
    assert code == 0
    rows = out.splitlines()
    assert rows[0] == "doc,source,start,end,file_start,file_end,surface,kind,id,name,form,family"
    ids = [r.split(",")[8] for r in rows[1:]]
    assert ids[:5] == ["KAZ", "RUS", "s-300", "UZB", "CHN"]
    assert "nursultan-nazarbayev" in ids, "the surname resolves by the page's date"
    out_jsonl = tmp_path / "m.jsonl"
    assert main(["tag", str(page), "-o", str(out_jsonl)]) == 0
    recs = [json.loads(line) for line in out_jsonl.read_text().splitlines()]
    assert len(recs) == len(rows) - 1
    from caci.pages import read_pages

    text = read_pages(page)["text"][0]  # start/end index the article's text ...
    for r in recs:
        assert text[r["start"] : r["end"]] == r["surface"]
        assert PAGE[r["file_start"] : r["file_end"]] == r["surface"]  # ... file_start/file_end the file
    parquet = tmp_path / "m.parquet"
    pytest.importorskip("pyarrow")
    assert main(["tag", str(page), "-o", str(parquet)]) == 0
    assert len(pd.read_parquet(parquet)) == len(recs)


def test_plain_text_and_stdin_with_a_date(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("Aliyev met Putin in Baku."))
    code, out, _ = run(["tag", "-", "--date", "1999-05-01", "--format", "jsonl"], capsys)
    assert code == 0
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["heydar-aliyev", "vladimir-putin", "AZE"]


def test_gazetteer_file_adds_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gaz = tmp_path / "mine.tsv"
    gaz.write_text("id\tkind\tname\taliases\nshahed-149\tweapon\tShahed-149\tGaza drone\n", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("Tehran showed the Shahed-149 to Moscow.", encoding="utf-8")
    code, out, _ = run(["tag", str(text), "--gazetteer", str(gaz), "--format", "csv"], capsys)
    assert code == 0
    assert [r.split(",")[8] for r in out.splitlines()[1:]] == ["IRN", "shahed-149", "RUS"]


def test_summary_of_the_sample_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["summary", "--sample", "--top", "3"], capsys)
    assert code == 0
    assert out.startswith("11 documents, ")
    assert "Top countries by documents mentioning them:" in out
    assert "RUS" in out and "Strongest co-mentions" in out


def test_errors_name_the_file_and_set_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["tag", str(tmp_path / "missing.txt")], capsys)
    assert code == EXIT_INPUT
    assert "missing.txt: no such file or folder" in err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Uzbekistan \xff and more")
    code, _, err = run(["tag", str(bad)], capsys)
    assert code == EXIT_INPUT
    assert "bad.txt" in err and "byte offset 11" in err
    code, out, _ = run(["tag", str(bad), "--encoding-errors", "replace", "--format", "csv"], capsys)
    assert code == 0 and ",UZB," in out
    gaz = tmp_path / "g.tsv"
    gaz.write_text("id\tkind\tname\nx\tcity\tX\n", encoding="utf-8")
    code, _, err = run(["tag", str(bad), "--gazetteer", str(gaz)], capsys)
    assert code == EXIT_GAZETTEER
    assert "g.tsv:2" in err and "unknown kind `city`" in err
    with pytest.raises(SystemExit) as e:
        main(["tag", "--format", "xml"])
    assert e.value.code == 2


# The report (`caci report`) is tested in test_report.py, in headless Chromium.


# ---------------------------------------------------------------------------------------
# Streaming (caci.iter_tag): output written a batch at a time


def test_tag_streams_batches_that_equal_the_in_memory_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import caci
    import caci.stream
    from caci.pages import add_file_offsets, read_pages, sample_paths

    paths = sample_paths()
    pages = read_pages(paths)
    mentions = caci.tag(pages, date="date", key="article", progress=False)
    want = add_file_offsets(mentions, pages).rename(columns={"article": "doc"})
    want = want[["doc", "source", "start", "end", "file_start", "file_end", "surface", "kind", "id", "name", "form"]]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(paths[0].read_bytes())  # the same articles again: left out
    # One document a batch: many frames, written one after the other.
    monkeypatch.setitem(caci.stream.iter_tag.__kwdefaults__, "batch_chars", 1)
    files = [*map(str, paths), str(copy)]
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"m.{fmt}"
        assert main(["tag", *files, "-o", str(out)]) == 0
        assert not Path(f"{out}.partial").exists()
        err = capsys.readouterr().err
        assert f"{len(read_pages(paths[0]))} repeated documents left out" in err
        if fmt == "csv":
            got = pd.read_csv(out, dtype={"doc": str})
        elif fmt == "jsonl":
            got = pd.read_json(out, lines=True, dtype={"doc": str})
        else:
            got = pd.read_parquet(out)
        assert list(got.columns) == [*want.columns, "family"]
        pd.testing.assert_frame_equal(got[want.columns].astype(str), want.astype(str).reset_index(drop=True))
    code, out_text, _ = run(["tag", *files], capsys)
    assert code == 0 and out_text.splitlines()[0].split() == [*want.columns, "family"]
    assert len(out_text.splitlines()) == len(want) + 1


def test_tag_reads_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs.jsonl"
    records = [
        {"key": "r1", "when": "1999-05-01", "body": "Aliyev flew to Moscow."},
        {"key": "r2", "when": "2010-05-01", "body": "Aliyev flew to Baku."},
    ]
    docs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    args = ["tag", str(docs), "--text-field", "body", "--id-field", "key", "--date-field", "when"]
    code, out, _ = run([*args, "--format", "jsonl"], capsys)
    assert code == 0
    recs = [json.loads(line) for line in out.splitlines()]
    assert [(r["doc"], r["id"]) for r in recs] == [
        ("r1", "heydar-aliyev"),
        ("r1", "RUS"),
        ("r2", "ilham-aliyev"),
        ("r2", "AZE"),
    ]
    assert all(r["file_start"] is None for r in recs), "the text is escaped in the file: no file offsets"
    code, out, _ = run(["summary", str(docs), "--text-field", "body"], capsys)
    assert code == 0 and out.startswith("2 documents, 4 mentions")
    code, _, err = run(["tag", str(docs)], capsys)
    assert code == EXIT_INPUT
    assert "docs.jsonl:1: no 'text' field (fields: key, when, body)" in err and "--text-field" in err


def test_tag_errors_keep_what_was_written(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import caci.stream

    bad = tmp_path / "zz-bad.txt"
    bad.write_bytes(b"Astana " * 10 + b"\xff")
    out = tmp_path / "m.jsonl"
    code, _, err = run(["tag", str(page), str(bad), "-o", str(out)], capsys)
    assert code == EXIT_INPUT and "zz-bad.txt" in err
    assert not out.exists() and not Path(f"{out}.partial").exists(), "nothing was written: nothing left"
    monkeypatch.setitem(caci.stream.iter_tag.__kwdefaults__, "batch_chars", 1)  # a batch a document
    code, _, err = run(["tag", str(page), str(bad), "-o", str(out)], capsys)
    assert code == EXIT_INPUT
    assert "zz-bad.txt: not UTF-8 at byte offset 70" in err and "--encoding-errors replace" in err
    assert not out.exists(), "no output file in place: the run did not finish"
    partial = Path(f"{out}.partial")
    assert f"are in {partial}" in err
    kept = [json.loads(line) for line in partial.read_text(encoding="utf-8").splitlines()]
    assert kept and {r["source"] for r in kept} == {str(page)}


def test_tag_shows_a_progress_bar_on_request(page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    code, _, err = run(["tag", str(page), "-o", str(tmp_path / "m.csv"), "--progress"], capsys)
    assert code == 0
    assert "caci:" in err and f"{len(PAGE.encode())}/{len(PAGE.encode())}" in err
    code, _, err = run(["tag", str(page), "-o", str(tmp_path / "m.csv"), "--no-progress"], capsys)
    assert code == 0 and err == ""


def test_tag_without_mentions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "none.txt"
    text.write_text("Nothing to find here.", encoding="utf-8")
    code, out, _ = run(["tag", str(text), "--format", "csv"], capsys)
    assert code == 0 and out == "doc,source,start,end,file_start,file_end,surface,kind,id,name,form,family\n"
    code, out, _ = run(["tag", str(text), "--format", "jsonl"], capsys)
    assert code == 0 and out == ""
    code, out, _ = run(["tag", str(text)], capsys)
    assert code == 0 and out == "(no mentions)\n"
    pytest.importorskip("pyarrow")
    parquet = tmp_path / "none.parquet"
    assert main(["tag", str(text), "-o", str(parquet)]) == 0
    frame = pd.read_parquet(parquet)
    assert len(frame) == 0 and list(frame.columns)[:4] == ["doc", "source", "start", "end"]


RELATIONS_PAGE = """By Dana Serikova
Astana Buys, Tashkent Talks
Tuesday, 14 May 2024 09:00
Published in Analytical Articles
Kazakhstan took delivery of 12 Su-30SM fighters from Russia, while Russia did not deliver the S-400 to Uzbekistan.
Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent to discuss water.
Dana Serikova is an analyst based in Almaty.
"""


def test_transfers_and_meetings_write_their_rows_in_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "relations.txt"
    page.write_text(RELATIONS_PAGE, encoding="utf-8")
    code, out, _ = run(["transfers", str(page), "--format", "csv"], capsys)
    assert code == 0
    rows = out.splitlines()
    assert (
        rows[0] == "doc,source,start,end,supplier,recipient,system,family,quantity,status,year,value,currency,evidence"
    )
    assert len(rows) == 2, "the negated S-400 is no row"
    assert ",RUS,KAZ,su-30sm,su-30,12,delivery,2024,," in rows[1]
    out_jsonl = tmp_path / "t.jsonl"
    assert main(["transfers", str(page), "-o", str(out_jsonl)]) == 0
    (rec,) = [json.loads(line) for line in out_jsonl.read_text().splitlines()]
    from caci.pages import read_pages

    text = read_pages(page)["text"][0]
    assert text[rec["start"] : rec["end"]].startswith("Kazakhstan took delivery of 12 Su-30SM fighters from Russia")
    parquet = tmp_path / "m.parquet"
    assert main(["meetings", str(page), "-o", str(parquet)]) == 0
    m = pd.read_parquet(parquet)
    assert m[["a", "b", "kind", "place"]].astype(str).values.tolist() == [
        ["kassym-jomart-tokayev", "shavkat-mirziyoyev", "meeting", "UZB"]
    ]
    code, out, _ = run(["meetings", str(page)], capsys)
    assert code == 0 and "kassym-jomart-tokayev" in out
    code, _, err = run(["transfers", str(page), "--format", "parquet"], capsys)
    assert code == EXIT_INPUT and "needs -o FILE" in err
