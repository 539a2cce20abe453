"""The ``caci`` command: tag, summary and report, formats, errors and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
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


def test_report_is_a_self_contained_page(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "--sample", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "<script" not in page and "http" not in page, "no scripts, nothing fetched"
    for part in ("Mentions by year", "Top countries", "Top leaders", "Top weapon systems", "Co-mention network"):
        assert part in page


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (scripts/test.sh installs it with apt-get where it can)")
    out = tmp_path / "report.html"
    assert main(["report", "--sample", "-o", str(out)]) == 0
    shot = tmp_path / "report.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    flags += ["--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run(
        [chromium, *flags, f"--screenshot={shot}", "--window-size=1200,1600", out.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # A rendered page with charts is far from blank: many distinct byte values, some size.
    assert len(data) > 20_000
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", out.as_uri()], check=True, capture_output=True, text=True, timeout=120
    ).stdout
    assert dom.count("<rect") > 10 and "Co-mention network" in dom
