"""caci.pages: scraped analyst pages into one row per article, with offsets into the files."""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from pathlib import Path

import pandas as pd
import pytest

import caci
from caci.pages import (
    PARTS,
    add_file_offsets,
    article_key,
    page_text,
    read_pages,
    sample_corpus,
    sample_paths,
    to_file_offset,
    to_file_span,
    to_text_offset,
)

PAGES = Path(__file__).parent / "data" / "pages"
LISTING = PAGES / "listing_2025.txt"
ARCHIVE = PAGES / "archive_2003.txt"
SINGLE = PAGES / "single_article.txt"
REPOST = PAGES / "more" / "repost.txt"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seeds" / "000_29022ffd2368a2b9.txt"
DEV = SHARED / "eval" / "dev.jsonl"

BOILERPLATE = [
    "Image source",
    "Wikimedia",
    "Published in",
    "Read more",
    "Tweet",
    "Facebook",
    "Sign up",
    "Copyright",
    "All rights reserved",
    "email protected",
    "spambots",
    "JavaScript",
    "Central Asia-Caucasus Analyst is",
    "Home",
    "Most read",
    "Previous",
    "Photo:",
]


@pytest.fixture(scope="module")
def folder() -> pd.DataFrame:
    return read_pages(PAGES)


def by_title(df: pd.DataFrame, title: str) -> pd.Series:
    rows = df[df.title == title]
    assert len(rows) == 1, f"{len(rows)} rows titled {title!r}"
    return rows.iloc[0]


def parts_of(row: pd.Series):
    for part in PARTS:
        if isinstance(row[part], str):
            yield part, row[part], int(row[f"{part}_start"]), int(row[f"{part}_end"])


# ---------------------------------------------------------------------------------------
# Articles, authors, dates


def test_a_folder_gives_each_article_once(folder: pd.DataFrame) -> None:
    assert sorted(folder.title) == [
        "Astana Shops for Drones Beyond Moscow",
        "Georgia Counts the Cost of August",
        "The Caspian Pipeline Question Returns",
        "Uzbekistan and the Anti-Terrorist Coalition",
        "Yerevan Looks West After Karabakh",
    ]
    assert folder.article.is_unique
    # README.md in the folder is not a page; the sub-folder is read.
    assert all(s.endswith(".txt") for ss in folder.sources for s in ss)
    assert any(s.endswith(os.path.join("more", "repost.txt")) for ss in folder.sources for s in ss)


def test_without_dedupe_every_copy_is_a_row() -> None:
    df = read_pages(PAGES, dedupe=False)
    assert len(df) == 8
    assert df.groupby("article").size().sort_values().tolist() == [1, 1, 2, 2, 2]
    assert (df.copies == 1).all()


def test_duplicates_are_merged_with_all_their_sources(folder: pd.DataFrame) -> None:
    drones = by_title(folder, "Astana Shops for Drones Beyond Moscow")
    assert drones.sources == [str(LISTING), str(SINGLE)]  # near-duplicate across files
    assert drones.source == str(LISTING)
    assert drones.copies == 2
    caspian = by_title(folder, "The Caspian Pipeline Question Returns")
    assert caspian.sources == [str(LISTING), str(REPOST)]  # exact copy in a sub-folder
    uzbekistan = by_title(folder, "Uzbekistan and the Anti-Terrorist Coalition")
    assert uzbekistan.sources == [str(ARCHIVE)]  # twice on the same page
    assert uzbekistan.copies == 2


def test_a_near_duplicate_has_the_same_key_read_alone() -> None:
    # single_article.txt: CRLF, blank lines, doubled spaces, no caption, no image credit.
    alone = read_pages(SINGLE)
    listing = read_pages(LISTING)
    assert len(alone) == 1
    assert alone.article[0] == listing.article[0]
    assert alone.text[0] != listing.text[0]


def test_article_key_hashes_the_lower_case_text_without_whitespace() -> None:
    assert article_key("Baku  and\r\nTbilisi") == hashlib.sha1(b"bakuandtbilisi").hexdigest()[:12]
    assert article_key("Baku’s “deal” – done") == article_key('baku\'s "deal" - done')
    assert article_key("Baku") != article_key("Bakü")


def test_authors_are_split(folder: pd.DataFrame) -> None:
    assert by_title(folder, "Astana Shops for Drones Beyond Moscow").authors == [
        "Jane Roe",
        "Timur Alimov",
    ]
    assert by_title(folder, "Yerevan Looks West After Karabakh").authors == [
        "Anna Karlsson",
        "Rustam Nazarov",
        "Peter Olsen",
    ]
    # The issue date in brackets is not part of the name.
    assert by_title(folder, "Uzbekistan and the Anti-Terrorist Coalition").authors == ["Farid Mammadov"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("By Jane Roe, John Doe and Ann Lee", ["Jane Roe", "John Doe", "Ann Lee"]),
        ("By Jane Roe, John Doe, and Ann Lee", ["Jane Roe", "John Doe", "Ann Lee"]),
        ("By Jane Roe & John Doe", ["Jane Roe", "John Doe"]),
        ("By Ahmad al-Rashid and Maria de la Cruz", ["Ahmad al-Rashid", "Maria de la Cruz"]),
        ("BY JANE ROE", ["JANE ROE"]),
    ],
)
def test_bylines(byline: str, authors: list[str]) -> None:
    df = read_pages(text=f"{byline}\nKazakhstan bought drones.\nAUTHOR'S BIO: An analyst.\n")
    assert df.authors[0] == authors
    assert df.text[0].startswith(byline)


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, Tashkent bought nothing.",
        "By 2030, Kazakhstan plans to replace its MiG-29s.",
        "By the end of the year the pipeline was finished.",
    ],
)
def test_prose_that_starts_with_by_is_no_byline(line: str) -> None:
    page = f"By Jane Roe\nA summary.\n{line}\nMore prose.\nAUTHOR'S BIO: An analyst.\n"
    df = read_pages(text=page)
    assert len(df) == 1
    assert line in df.text[0]


def test_dates(folder: pd.DataFrame) -> None:
    dates = dict(zip(folder.title, folder.date))
    assert dates["Astana Shops for Drones Beyond Moscow"] == pd.Timestamp("2025-09-04")
    assert dates["Yerevan Looks West After Karabakh"] == pd.Timestamp("2023-11-27")
    assert dates["Uzbekistan and the Anti-Terrorist Coalition"] == pd.Timestamp("2003-12-03")
    assert dates["Georgia Counts the Cost of August"] == pd.Timestamp("2008-10-15")
    assert pd.isna(dates["The Caspian Pipeline Question Returns"])
    assert str(folder.date.dtype).startswith("datetime64")


@pytest.mark.parametrize(
    ("header", "byline", "date"),
    [
        ("Thursday, 04 September 2025 15:23", "By Jane Roe", "2025-09-04"),
        ("November 27, 2023", "By Jane Roe", "2023-11-27"),
        ("27 November 2023", "By Jane Roe", "2023-11-27"),
        ("Nov. 27, 2023", "By Jane Roe", "2023-11-27"),
        ("2023-11-27", "By Jane Roe", "2023-11-27"),
        ("Posted on 2 March 1999", "By Jane Roe", "1999-03-02"),
        ("Published in the 12/3/2003 issue of the CACI Analyst", "By Jane Roe", "2003-12-03"),
        ("Title", "By Jane Roe (12/3/2003 issue of the CACI Analyst)", "2003-12-03"),
        ("Title", "By Jane Roe (the 3/17/1999 issue of the CACI Analyst)", "1999-03-17"),
        ("Title", "By Jane Roe, November 27, 2023", "2023-11-27"),
        ("Published in Analytical Articles", "By Jane Roe", None),
        ("13/45/2003 issue of the CACI Analyst", "By Jane Roe", None),  # no such day
    ],
)
def test_date_formats(header: str, byline: str, date: str | None) -> None:
    page = f"{header}\n{byline}\nA summary.\nAUTHOR'S BIO: Jane Roe is an analyst.\n"
    df = read_pages(text=page)
    assert df.authors[0] == ["Jane Roe"]
    if date is None:
        assert pd.isna(df.date[0])
    else:
        assert df.date[0] == pd.Timestamp(date)
    assert df.text[0].startswith(byline + "\nA summary.")


def test_a_date_line_after_the_byline_counts_and_is_dropped() -> None:
    page = "By Jane Roe\nWednesday, 18 November 2020 00:00\nA summary.\nAUTHOR'S BIO: An analyst.\n"
    df = read_pages(text=page)
    assert df.date[0] == pd.Timestamp("2020-11-18")
    assert df.text[0] == "By Jane Roe\nA summary.\nAUTHOR'S BIO: An analyst."


# ---------------------------------------------------------------------------------------
# Parts and boilerplate


def test_parts_of_an_article(folder: pd.DataFrame) -> None:
    row = by_title(folder, "Astana Shops for Drones Beyond Moscow")
    assert row.text.startswith("By Jane Roe and Timur Alimov\nKazakhstan signed contracts")
    assert row.text.endswith("Timur Alimov is an independent analyst based in Almaty.")
    assert row.summary.startswith("Kazakhstan signed contracts")
    assert row.summary.endswith("default arms supplier.")
    assert row.background.startswith("For most of the three decades")
    assert "The war in Ukraine changed the arithmetic." in row.background
    assert row.implications.startswith("Diversification brings its own costs.")
    assert row.conclusions.startswith("Astana's purchases are modest")
    assert row.conclusions.endswith("may follow.")
    assert row.bio.startswith("Jane Roe is a research fellow")
    assert row.body.startswith(row.summary)
    assert row.body.endswith(row.conclusions)
    for label in ("BACKGROUND", "IMPLICATIONS", "CONCLUSIONS", "BIOS"):
        assert label not in row.summary + row.background + row.conclusions + row.bio
    assert "By Jane" not in row.body
    assert "AUTHORS'" not in row.body


def test_boilerplate_is_out_of_every_part(folder: pd.DataFrame) -> None:
    for row in folder.itertuples():
        for part in PARTS:
            value = getattr(row, part)
            if isinstance(value, str):
                for phrase in BOILERPLATE:
                    assert phrase not in value, (row.title, part, phrase)
    # Captions between paragraphs: with a credit marker and without one.
    drones = by_title(folder, "Astana Shops for Drones Beyond Moscow")
    assert "Honour guard" not in drones.text
    assert "Honour guard" in page_text(LISTING)
    yerevan = by_title(folder, "Yerevan Looks West After Karabakh")
    assert "addressing parliament" not in yerevan.text
    georgia = by_title(folder, "Georgia Counts the Cost of August")
    assert "T-72 tanks on the road" not in georgia.text


def test_an_inline_email_note_is_cut(folder: pd.DataFrame) -> None:
    row = by_title(folder, "Yerevan Looks West After Karabakh")
    assert row.bio.endswith("researchers at a policy institute in Stockholm.")
    assert row.text.endswith("in Stockholm.")
    file_text = page_text(row.source)
    assert file_text[row.bio_start : row.bio_end] == row.bio


def test_a_repeated_label_continues_its_section() -> None:
    page = (
        "By Jane Roe\nSummary.\nBACKGROUND: First.\nBACKGROUND: Second.\nCONCLUSIONS: End.\nAUTHOR'S BIO: An analyst.\n"
    )
    row = read_pages(text=page).iloc[0]
    assert row.background == "First.\nBACKGROUND: Second."
    assert pd.isna(row.implications)
    assert row.conclusions == "End."
    with pytest.raises(ValueError, match="no implications"):
        to_file_offset(row, 0, part="implications")


def test_page_text_without_a_byline_is_one_article() -> None:
    df = read_pages(text="A Title\nTashkent bought drones.\nBaku did too.\nRead more\n")
    assert len(df) == 1
    assert df.title[0] == "A Title"
    assert df.authors[0] == []
    assert df.text[0] == "Tashkent bought drones.\nBaku did too."
    assert pd.isna(df.summary[0])


def test_text_input_is_read_like_a_file() -> None:
    from_file = read_pages(LISTING)
    from_text = read_pages(text=page_text(LISTING))
    assert from_text.source.tolist() == ["<text>"] * 3
    for column in ("article", "text", "title", "text_start", "body_end", "segments"):
        assert from_text[column].tolist() == from_file[column].tolist()
    many = read_pages(text=[page_text(LISTING), page_text(REPOST)])
    caspian = by_title(many, "The Caspian Pipeline Question Returns")
    assert caspian.sources == ["<text[0]>", "<text[1]>"]
    named = read_pages(text={"a.txt": page_text(REPOST)})
    assert named.source.tolist() == ["a.txt"]


def test_an_empty_page_gives_an_empty_frame_with_the_columns() -> None:
    df = read_pages(text="Home\nShare | Tweet\n")
    assert len(df) == 0
    assert "text" in df.columns
    assert "body_start" in df.columns


# ---------------------------------------------------------------------------------------
# Offsets


def test_offsets_map_every_part_back_to_its_file(folder: pd.DataFrame) -> None:
    checked = 0
    for _, row in folder.iterrows():
        file_text = page_text(row.source)
        for part, value, start, end in parts_of(row):
            # Every character of the part, through the segments.
            for i in range(0, len(value), 7):
                assert file_text[to_file_offset(row, i, part=part)] == value[i], (part, i)
            assert to_file_span(row, 0, len(value), part=part) == (start, end)
            if any(f <= start and end <= f + n for _, f, n in row.segments):
                assert file_text[start:end] == value  # nothing removed inside the part
            checked += 1
    assert checked == 5 * 7


def test_a_part_with_a_caption_removed_spans_it_in_the_file(folder: pd.DataFrame) -> None:
    row = by_title(folder, "Astana Shops for Drones Beyond Moscow")
    file_text = page_text(row.source)
    background_in_file = file_text[row.background_start : row.background_end]
    assert "Honour guard" in background_in_file
    assert background_in_file.replace(
        "Honour guard at the Astana airport during the defence minister's visit\n", ""
    ) == (row.background)
    assert len(row.segments) == 2
    # Parts with nothing removed inside are the file's text itself.
    for part in ("summary", "implications", "conclusions", "bio"):
        assert file_text[row[f"{part}_start"] : row[f"{part}_end"]] == row[part]


def test_a_mention_found_in_a_part_maps_back_to_the_file(folder: pd.DataFrame) -> None:
    row = by_title(folder, "Astana Shops for Drones Beyond Moscow")
    file_text = page_text(row.source)
    name = "Kassym-Jomart Tokayev"  # after the removed caption
    start = row.background.index(name)
    span = to_file_span(row, start, start + len(name), part="background")
    assert file_text[span[0] : span[1]] == name
    start = row.text.index(name)
    assert to_file_span(row, start, start + len(name)) == span
    assert to_text_offset(row, span[0]) == start
    caption = file_text.index("Honour guard")
    with pytest.raises(ValueError, match="not in the article's text"):
        to_text_offset(row, caption)


def test_a_frame_of_mentions_maps_back_to_the_files(folder: pd.DataFrame) -> None:
    names = ["Kassym-Jomart Tokayev", "Astana", "Karimov", "Georgia", "Turkmenistan", "Russia"]
    rows = []
    for row in folder.itertuples():
        for name in names:
            start = row.background.find(name) if isinstance(row.background, str) else -1
            while start >= 0:
                rows.append({"article": row.article, "start": start, "end": start + len(name)})
                start = row.background.find(name, start + 1)
    mentions = pd.DataFrame(rows)
    assert len(mentions) >= 5
    assert set(mentions.article) == set(folder.article)
    located = add_file_offsets(mentions, folder, part="background")
    assert len(located) == len(mentions)
    for m in located.itertuples():
        surface = page_text(m.source)[m.file_start : m.file_end]
        assert surface in names, surface
    with pytest.raises(KeyError, match="article"):
        add_file_offsets(mentions.drop(columns="article"), folder)


def test_offsets_work_with_itertuples_and_dicts(folder: pd.DataFrame) -> None:
    for row in folder.itertuples():
        assert to_file_offset(row, 0) == row.text_start
    row = folder.iloc[0].to_dict()
    assert to_file_offset(row, 3, part="bio") == row["bio_start"] + 3
    with pytest.raises(ValueError, match="unknown part"):
        to_file_offset(row, 0, part="footer")


def test_offsets_in_a_crlf_file() -> None:
    row = read_pages(SINGLE).iloc[0]
    file_text = page_text(SINGLE)
    assert "\r\n" in file_text
    assert row.date == pd.Timestamp("2025-09-04")
    assert row.title == "Astana Shops for Drones Beyond Moscow"
    for part, value, start, end in parts_of(row):
        assert file_text[start:end] == value, part
    assert not row.text.endswith("\r")
    assert "Print" not in row.text


# ---------------------------------------------------------------------------------------
# Bad input


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(FileNotFoundError, match=r"nowhere\.txt"):
        read_pages([LISTING, missing])


def test_page_text_given_as_a_path_gets_a_hint() -> None:
    with pytest.raises(FileNotFoundError, match=r"text=\.\.\."):
        read_pages("By Jane Roe\nSome text.\n")


def test_paths_or_text_not_both() -> None:
    with pytest.raises(TypeError):
        read_pages()
    with pytest.raises(TypeError):
        read_pages(LISTING, text="By Jane Roe\n")
    with pytest.raises(TypeError, match="expected str"):
        read_pages(text=[b"By Jane Roe\n"])


def test_undecodable_bytes_name_the_file_and_the_byte(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"By Jane Roe\nBaku \xff bought drones.\nAUTHOR'S BIO: An analyst.\n")
    with pytest.raises(ValueError, match=r"bad\.txt.*byte offset 17"):
        read_pages(tmp_path)
    df = read_pages(bad, errors="replace")
    assert "Baku \ufffd bought drones." in df.text[0]


def test_undecodable_bytes_raise_the_package_error(tmp_path: Path) -> None:
    import caci

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3(")
    with pytest.raises(caci.CaciError):
        read_pages(bad)


# ---------------------------------------------------------------------------------------
# The real seed page (outside the repository; skipped when absent)


def test_the_seed_page() -> None:
    if not SEED.exists():
        pytest.skip(f"seed page not found at {SEED}")
    df = read_pages(SEED)
    assert len(df) == 4
    assert df.authors.tolist() == [
        ["Syed Fazl-e-Haider"],
        ["Emil Avdaliani"],
        ["Aigerim Turgunbaeva", "Fayazuddin Ghiasi"],
        ["Chimguundari Navaan-Yunden", "Tuvshinzaya Gantulga"],
    ]
    assert df.date.isna().all()
    assert df.summary.notna().all()
    assert df.conclusions.notna().all()
    assert df.bio.notna().all()
    assert not df.text.str.contains("Sign up").any()
    assert not df.text.str.contains("spambots").any()
    file_text = page_text(SEED)
    for _, row in df.iterrows():
        for part, value, start, end in parts_of(row):
            assert file_text[start:end] == value, part
    if DEV.exists():  # the gold documents: By line through bio, footer left out
        with open(DEV, encoding="utf-8") as f:
            gold = [json.loads(line)["text"] for line in f if line.strip()]
        assert df.text.tolist()[1:] == gold[1:]
        assert gold[0].startswith(df.text[0])
        assert "spambots" in gold[0][len(df.text[0]) :]


# ---------------------------------------------------------------------------------------
# The sample corpus


def test_the_sample_corpus() -> None:
    paths = sample_paths()
    assert len(paths) >= 3
    assert all(p.is_file() for p in paths)
    df = sample_corpus()
    assert len(df) >= 10
    assert df.article.is_unique
    years = df.date.dt.year.tolist()
    assert years == sorted(years)
    assert min(years) <= 1996
    assert max(years) >= 2025
    assert len(set(years)) == len(years)
    for row in df.itertuples():
        assert row.authors, row.title
        assert isinstance(row.title, str)
        for part in ("summary", "background", "implications", "conclusions", "bio"):
            assert isinstance(getattr(row, part), str), (row.title, part)
        assert 300 <= len(row.body.split()) <= 700, row.title
        for phrase in BOILERPLATE:
            assert phrase not in row.text, (row.title, phrase)


# ---------------------------------------------------------------------------------------
# Speed


def _write_pages(folder: Path, n: int) -> int:
    """``n`` pages of four distinct articles each, from the sample corpus's words."""
    rng = random.Random(5)
    words = " ".join(page_text(p) for p in sample_paths()).split()

    def paragraph(k: int) -> str:
        return " ".join(rng.choice(words) for _ in range(k)).rstrip(".") + "."

    size = 0
    for k in range(n):
        lines = ["Home", "Analytical Articles"]
        for a in range(4):
            lines += [
                f"Article {a} of the page",
                "Published in Analytical Articles",
                f"Thursday, 0{a + 1} September 2025 15:23",
                "By Jane Roe and Timur Alimov",
                paragraph(50),
                "BACKGROUND: " + paragraph(90),
                paragraph(90),
                "A caption between paragraphs",
                paragraph(90),
                "IMPLICATIONS: " + paragraph(90),
                paragraph(90),
                "CONCLUSIONS: " + paragraph(90),
                "AUTHORS' BIOS: " + paragraph(40),
            ]
        lines += ["The Central Asia-Caucasus Analyst is a journal.", "Sign up for news."]
        text = "\n".join(lines) + "\n"
        (folder / f"page_{k:04d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def test_a_folder_of_two_thousand_pages_reads_in_seconds(tmp_path: Path) -> None:
    size = _write_pages(tmp_path, 2000)
    started = time.perf_counter()
    df = read_pages(tmp_path)
    elapsed = time.perf_counter() - started
    print(f"read_pages: 2000 pages, {size / 1e6:.1f} MB, {len(df)} articles in {elapsed:.2f} s")
    assert len(df) == 8000
    assert df.date.notna().all()
    assert not df.text.str.contains("caption between", regex=False).any()
    assert elapsed < 60  # about 3 s on a laptop: catches quadratic slowdowns, not noise


def test_one_text_to_file_mapping_at_its_edges() -> None:
    from caci.pages import file_offsets, file_spans

    # Text "abcdefgh" made of file[10:14] + file[20:24] (a caption was taken out between).
    segments = [(0, 10, 4), (4, 20, 4)]
    assert file_offsets(segments, [0, 3, 4, 7, 8]).tolist() == [10, 13, 20, 23, 24]
    # A span across the removed piece runs from its first to its last character's place.
    assert [a.tolist() for a in file_spans(segments, [0, 2, 3], [4, 6, 8])] == [[10, 12, 13], [14, 22, 24]]
    with pytest.raises(ValueError, match="offset -1 is before the text"):
        file_offsets(segments, [0, -1])
    with pytest.raises(ValueError, match="offset 9 is past the end of the text"):
        file_offsets(segments, [9])
    with pytest.raises(ValueError, match=r"empty span \(5, 5\)"):
        file_spans(segments, [5], [5])
    assert file_offsets([], []).tolist() == []
    with pytest.raises(ValueError, match="past the end"):
        file_offsets([], [0])


def test_add_file_offsets_refuses_a_span_outside_its_article() -> None:
    pages = read_pages(SINGLE)
    row = pages.iloc[0]
    mentions = pd.DataFrame({"article": [row.article], "start": [len(row.text) - 2], "end": [len(row.text) + 5]})
    with pytest.raises(ValueError, match=f"article '{row.article}': offset .* is past the end of the text"):
        add_file_offsets(mentions, pages)


def test_authors_and_the_resolver_read_bylines_by_one_rule() -> None:
    # A name with a particle and five authors: the old resolver rule (capitalised words,
    # at most four authors) took this line for prose and its names for leaders.
    g = caci.Gazetteer.from_records(
        [
            {"id": "pieter-van-dijk", "kind": "leader", "name": "Pieter van Dijk"},
            {"id": "NLD", "kind": "country", "name": "Netherlands"},
        ]
    )
    byline = "By Ann Lee, Li Wei, Omar Khan, Jane Roe and Pieter van Dijk (May 5, 2021)"
    page = f"{byline}\nThe Netherlands sent observers.\nAUTHOR'S BIO: Pieter van Dijk is an analyst.\n"
    df = read_pages(text=page)
    assert df.authors[0] == ["Ann Lee", "Li Wei", "Omar Khan", "Jane Roe", "Pieter van Dijk"]
    assert str(df.date[0].date()) == "2021-05-05"
    assert caci._caci._byline(byline) == (df.authors[0], "May 5, 2021")
    found = caci.tag(df, key="article", gazetteer=g)
    assert found["id"].astype(str).tolist() == ["NLD"], "an author is no leader, in the byline or the bio"
