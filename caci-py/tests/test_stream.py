"""``caci.iter_tag`` and ``caci tag`` on large inputs: batches, windows, bounded memory.

The window tests compare a document tagged in tiny windows (a few characters, so that
thousands of cuts fall everywhere: inside names, inside multi-byte characters of the
file, between a name and its plural) with the whole text tagged at once.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from unittest import mock

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import caci
import caci.stream._documents as documents_mod  # where MAX_JSON_LINE is read
import caci.stream._sources as sources_mod  # where READ_BYTES is read
from caci.pages import add_file_offsets, read_pages, sample_paths
from caci.stream import COLUMNS, iter_tag

# The small gazetteer of conftest.py without what resolution decides from the rest of a
# document (leaders, `Turkey [common]`): what every window must find exactly as the whole.
STABLE_TSV = """\
id\tkind\tname\taliases\tdemonyms\tcapitals\tfamily\torigin
TUR\tcountry\tTürkiye\tRepublic of Türkiye\tTurkish\tAnkara\t\t
CHN\tcountry\tChina\tPRC | People's Republic of China\tChinese | Sino-\tBeijing\t\t
UZB\tcountry\tUzbekistan\tO'zbekiston\tUzbek\tTashkent\t\t
AZE\tcountry\tAzerbaijan\tAzərbaycan\tAzerbaijani\tBaku\t\t
RUS\tcountry\tRussia\tRussian Federation\tRussian\tMoscow | Kremlin\t\t
xinjiang\tregion\tXinjiang\tÜrümqi [capital] | East Turkestan\t\t\t\tCHN
j-10\tweapon\tJ-10\t\t\t\tj-10\tCHN
j-10c\tweapon\tJ-10C\tJ-10CE\t\t\tj-10\tCHN
bayraktar-tb2\tweapon\tBayraktar TB2\tTB2\t\t\tbayraktar-tb2\tTUR
"""

NAMES = [
    "Türkiye",
    "Tu\u0308rkiye",  # decomposed (NFD)
    "Republic of Türkiye",
    "Turkish",
    "Ankara",
    "Turkey",
    "China",
    "PRC",
    "People's Republic of China",
    "Chinese",
    "Sino-Russian",
    "Beijing",
    "Uzbekistan",
    "O'zbekiston",
    "Uzbek",
    "Tashkent",
    "Azerbaijan",
    "Azərbaycan",
    "AZƏRBAYCAN",
    "Baku",
    "Russia",
    "Russian Federation",
    "Russian",
    "Moscow",
    "Kremlin",
    "Xinjiang",
    "Ürümqi",
    "East Turkestan",
    "J-10",
    "J-10C",
    "J-10Cs",
    "J-10CE",
    "Bayraktar TB2",
    "Bayraktar TB2s",
    "TB2",
    "Heydar Aliyev",
    "Ilham Aliyev",
    "Aliyev",
    "Putin",
    "President Putin",
]
FILLER = [
    "the",
    "and",
    "of",
    "Republic",
    "People's",
    "East",
    "Iranian",
    "Chinaware",
    "Bayraktar",
    "naïve",
    "Ж",
    "中文",
    "😀",
    "e\u0301",
    "—",
    "’s",
    "By",
    "12",
    "_",
]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "-", "’", ", ", ". ", "/", "\t"]

words = st.lists(st.sampled_from(NAMES + FILLER), min_size=0, max_size=60)
seps = st.lists(st.sampled_from(SEPARATORS), min_size=60, max_size=60)


def join(ws: list[str], ss: list[str]) -> str:
    return "".join(w + s for w, s in zip(ws, ss))


@pytest.fixture(scope="module")
def stable(tmp_path_factory: pytest.TempPathFactory) -> caci.Gazetteer:
    path = tmp_path_factory.mktemp("gaz") / "stable.tsv"
    path.write_text(STABLE_TSV, encoding="utf-8")
    return caci.Gazetteer.from_files(path)


def windowed(g: caci.Gazetteer, data: bytes, window: int, context: int, **kw: Any) -> caci.stream.MentionStream:
    """The stream of ``data`` as one long document in windows, recording raw finds."""
    s = iter_tag(
        io.BytesIO(data),
        gazetteer=g,
        max_page_bytes=0,
        window_chars=window,
        context_chars=context,
        progress=False,
        **kw,
    )
    s._raw = []
    return s


def frame_of(s: Any) -> pd.DataFrame:
    frames = list(s)
    if not frames:
        return pd.DataFrame({c: [] for c in COLUMNS})
    return pd.concat(frames, ignore_index=True)


def raw_of(s: Any) -> list[tuple[int, int]]:
    assert s._raw is not None
    return [(int(a), int(b)) for _, starts, ends in s._raw for a, b in zip(starts, ends)]


def whole_raw(g: caci.Gazetteer, text: str) -> list[tuple[int, int]]:
    found = g._tag([text], threads=1, progress=False, spans=True)
    return list(zip(found["span_start"].tolist(), found["span_end"].tolist()))


def same_mentions(got: pd.DataFrame, want: pd.DataFrame) -> None:
    cols = ["start", "end", "surface", "kind", "id", "form", "family", "ambiguous"]
    a = got[cols].astype(str).reset_index(drop=True)
    b = want[cols].astype(str).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)


# ---------------------------------------------------------------------------------------
# What the native module gives the windows


def test_raw_finds_and_the_longest_pattern(small: caci.Gazetteer) -> None:
    text = "Turkey for dinner."  # `Turkey`, a common word, needs support: dropped
    found = small._tag([text, None, "Moscow"], threads=1, progress=False, spans=True)
    assert found["doc"].tolist() == [2], "only Moscow is a mention"
    typed = {k: str(found[k].dtype) for k in ("doc", "start", "entity", "form", "ambiguous", "surface", "span_end")}
    assert typed == dict(
        doc="int64", start="int64", entity="int32", form="int8", ambiguous="bool", surface="int32", span_end="int64"
    ), "typed arrays from the native module: nothing to re-type"
    with pytest.raises(TypeError):
        small._tag([text], None, 1)  # keyword-only: no positional flags to get wrong
    spans = list(zip(*(found[k].tolist() for k in ("span_doc", "span_start", "span_end"))))
    assert spans == [(0, 0, 6), (2, 0, 6)], "every raw find, the dropped one too"
    assert "span_doc" not in small._tag([text])
    one = caci.Gazetteer.from_records([{"id": "x", "kind": "country", "name": "Abc"}])
    assert one._max_pattern_len() == 3
    plural = caci.Gazetteer.from_records([{"id": "r", "kind": "weapon", "name": "Rafale"}])
    assert plural._max_pattern_len() == 7, "Rafales"
    dashes = caci.Gazetteer.from_records([{"id": "j", "kind": "weapon", "name": "J-10"}])
    assert dashes._max_pattern_len() == len("J\u201010s".encode()), "variants count: J‐10s, with a Unicode hyphen"
    assert small._max_pattern_len() >= len("People’s Republic of China".encode())


# ---------------------------------------------------------------------------------------
# Windows


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ws=words, ss=seps, window=st.integers(1, 40), context=st.integers(1, 30), read=st.integers(1, 9))
def test_windows_find_the_spans_of_the_whole_text(
    small: caci.Gazetteer, ws: list[str], ss: list[str], window: int, context: int, read: int
) -> None:
    text = join(ws, ss)
    with mock.patch.object(sources_mod, "READ_BYTES", read):
        s = windowed(small, text.encode(), window, context)
        got = frame_of(s)
    assert raw_of(s) == whole_raw(small, text), "every raw find, across every cut"
    assert all(text[a:b] == m for a, b, m in zip(got["start"], got["end"], got["surface"]))
    assert (got["file_start"] == got["start"]).all() and (got["file_end"] == got["end"]).all()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ws=words, ss=seps, window=st.integers(1, 40), context=st.integers(1, 30), dated=st.booleans())
def test_windows_give_the_mentions_of_the_whole_text(
    stable: caci.Gazetteer, ws: list[str], ss: list[str], window: int, context: int, dated: bool
) -> None:
    text = join(ws, ss)
    date = "2015-06-01" if dated else None
    got = frame_of(windowed(stable, text.encode(), window, context, date=date))
    same_mentions(got, caci.tag([text], gazetteer=stable, date=date))


def test_thousands_of_cuts_through_the_sample_corpus(default: caci.Gazetteer) -> None:
    text = "\n".join(read_pages(sample_paths())["text"]) + " Ж😀 Türkiye’s Bayraktar TB2s."
    whole = whole_raw(default, text)
    for window, context in [(7, 3), (64, 16), (1000, 300), (4096, 4096)]:
        s = windowed(default, text.encode(), window, context)
        got = frame_of(s)
        assert raw_of(s) == whole, (window, context)
        assert all(text[a:b] == m for a, b, m in zip(got["start"], got["end"], got["surface"]))
        assert s.windows >= len(text) // (window + max(context, 100)), "it was cut"
    s = windowed(default, text.encode(), 1, 1)
    frame_of(s)
    assert s.retagged > 0 and raw_of(s) == whole, "windows tagged again (no common point) are exact too"


def test_resolution_in_windows_is_the_documented_one(small: caci.Gazetteer) -> None:
    filler = " ".join(["the talks went on"] * 200)  # about 3,600 characters
    text = f"Heydar Aliyev spoke. {filler} Later Aliyev met Putin in Baku."
    date = "2010-01-01"  # Ilham Aliyev was president then
    whole = caci.tag([text], gazetteer=small, date=date)
    assert whole["id"].tolist() == ["heydar-aliyev", "heydar-aliyev", "vladimir-putin", "AZE"]
    # A window that sees the full name resolves as the whole text does ...
    same_mentions(frame_of(windowed(small, text.encode(), 2000, 4096, date=date)), whole)
    # ... one that does not resolves the surname by the date (the module documentation).
    got = frame_of(windowed(small, text.encode(), 1000, 200, date=date))
    assert got["id"].tolist() == ["heydar-aliyev", "ilham-aliyev", "vladimir-putin", "AZE"]
    assert got[["start", "end"]].values.tolist() == whole[["start", "end"]].values.tolist()


# ---------------------------------------------------------------------------------------
# Decoding


@settings(max_examples=200, deadline=None)
@given(
    ws=words, ss=seps, bad=st.integers(0, 10_000), read=st.integers(1, 9), byte=st.sampled_from([b"\xff", b"\xe2\x80"])
)
def test_bad_bytes_are_named_where_they_are(
    small: caci.Gazetteer, ws: list[str], ss: list[str], bad: int, read: int, byte: bytes
) -> None:
    data = join(ws, ss).encode()
    at = min(bad, len(data))
    while at < len(data) and (data[at] & 0xC0) == 0x80:  # not inside a character
        at += 1
    data = data[:at] + byte + data[at:]
    with pytest.raises(UnicodeDecodeError) as want:
        data.decode("utf-8")
    with mock.patch.object(sources_mod, "READ_BYTES", read):
        with pytest.raises(caci.CaciError, match=f"<stream>: not UTF-8 at byte offset {want.value.start} "):
            frame_of(windowed(small, data, 5, 3))
        replaced = data.decode("utf-8", "replace")
        s = windowed(small, data, 5, 3, errors="replace")
        got = frame_of(s)
    assert raw_of(s) == whole_raw(small, replaced), "replaced as the whole file is"
    assert all(replaced[a:b] == m for a, b, m in zip(got["start"], got["end"], got["surface"]))


# ---------------------------------------------------------------------------------------
# Files, pages, JSON Lines


def reference(paths: list[Path], g: caci.Gazetteer) -> pd.DataFrame:
    """What ``caci tag`` computed before it streamed: every page read into memory."""
    pages = read_pages(paths)
    mentions = caci.tag(pages, text="text", date="date", key="article", gazetteer=g, progress=False)
    out = add_file_offsets(mentions, pages)
    return out.rename(columns={"article": "doc"})


@pytest.mark.parametrize("batch", [1, 5_000, 16 << 20])
def test_pages_stream_as_they_tag_in_memory(default: caci.Gazetteer, tmp_path: Path, batch: int) -> None:
    paths = sample_paths()
    copy = tmp_path / "copy.txt"
    copy.write_bytes(paths[1].read_bytes())  # the same articles again: left out
    s = iter_tag([*paths, copy], gazetteer=default, batch_chars=batch, progress=False)
    got = frame_of(s)
    want = reference(paths, default)
    assert list(got.columns) == list(COLUMNS)
    cols = ["doc", "source", "start", "end", "file_start", "file_end", "surface", "id", "name", "form", "family"]
    pd.testing.assert_frame_equal(got[cols].astype(str), want[cols].astype(str))
    assert s.duplicates == len(read_pages(paths[1])) and s.documents == len(read_pages(paths))
    assert s.mentions == len(got) and s.bytes_read == sum(p.stat().st_size for p in [*paths, copy])
    for source, a, b, m in zip(got["source"], got["file_start"], got["file_end"], got["surface"]):
        assert Path(source).read_text(encoding="utf-8")[a:b] == m


def test_a_folder_with_a_large_file_and_pages(default: caci.Gazetteer, tmp_path: Path) -> None:
    for p in sample_paths()[:2]:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    big = "Astana and Tashkent. " * 2000 + "Баку? No: Baku."
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Moscow", encoding="utf-8")
    s = iter_tag(tmp_path, gazetteer=default, max_page_bytes=20_000, window_chars=1000, progress=False)
    got = frame_of(s)
    assert list(pd.unique(got["source"].astype(str))) == [str(tmp_path / n) for n in sorted(os.listdir(tmp_path))[1:]]
    mine = got[got["doc"] == "big.txt"]
    assert len(mine) == 4001 and s.windows > 20
    assert all(big[a:b] == m for a, b, m in zip(mine["file_start"], mine["file_end"], mine["surface"]))


def test_json_lines(small: caci.Gazetteer, tmp_path: Path) -> None:
    lines = [
        {"id": "a", "date": "1999-05-01", "text": "Aliyev flew to Moscow."},
        {"id": 7, "date": "2010-05-01", "text": "Aliyev flew to Ürümqi."},
        {"text": "Baku\nand Tashkent", "date": None},
        {"id": "a", "text": "Baku (a repeated id: left out)"},
        {"id": "n", "text": None},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n\n", encoding="utf-8")
    s = iter_tag(path, gazetteer=small, progress=False)
    got = frame_of(s)
    assert got["doc"].tolist() == ["a", "a", "7", "7", "docs.jsonl:3", "docs.jsonl:3"]
    assert got["id"].tolist() == ["heydar-aliyev", "RUS", "ilham-aliyev", "xinjiang", "AZE", "UZB"]
    assert got["file_start"].isna().all() and str(got["file_start"].dtype) == "Int64"
    assert got["start"].tolist()[-1] == len("Baku\nand ")
    assert (s.documents, s.duplicates) == (4, 1)
    other = tmp_path / "other.ndjson"
    other.write_text('{"body": "Baku", "when": "2001"}\n', encoding="utf-8")
    got = frame_of(iter_tag(other, gazetteer=small, text_field="body", date_field="when", progress=False))
    assert got["doc"].tolist() == ["other.ndjson:1"] and got["id"].tolist() == ["AZE"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "Baku"', "not JSON"),
        ('["Baku"]', "expected a JSON object, got list"),
        ('{"body": "Baku"}', "no 'text' field \\(fields: body\\)"),
        ('{"text": 5}', "'text' is a int, not a string"),
        ('{"text": "Baku", "date": "yesterday"}', "'date' is not a date: 'yesterday'"),
    ],
)
def test_json_lines_errors_say_where(small: caci.Gazetteer, tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Baku"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(caci.CaciError, match=f"bad.jsonl:2: {message}"):
        frame_of(iter_tag(path, gazetteer=small, progress=False))


def test_json_lines_too_long_and_not_utf8(
    small: caci.Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"text": "Baku"}\n{"text": "' + b"x" * 100 + b'"}\n')
    monkeypatch.setattr(documents_mod, "MAX_JSON_LINE", 64)
    with pytest.raises(caci.CaciError, match=r"long\.jsonl:2: a JSON Lines record longer than"):
        frame_of(iter_tag(path, gazetteer=small, progress=False))
    path.write_bytes(b'{"text": "Baku \xff"}\n')
    with pytest.raises(caci.CaciError, match=r"long\.jsonl:1: not UTF-8 at byte 15 of the line"):
        frame_of(iter_tag(path, gazetteer=small, progress=False))
    got = frame_of(iter_tag(path, gazetteer=small, errors="replace", progress=False))
    assert got["surface"].tolist() == ["Baku"]


def test_inputs_and_arguments(small: caci.Gazetteer, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        iter_tag(tmp_path / "missing.txt", gazetteer=small)
    with pytest.raises(ValueError, match="at least 1"):
        iter_tag(io.BytesIO(b""), window_chars=0)
    with pytest.raises(ValueError, match="is not a date"):
        iter_tag(io.BytesIO(b""), date="soon")
    assert list(iter_tag(io.BytesIO(b""), gazetteer=small, progress=False)) == []
    text = io.StringIO("Baku and Moscow")  # a text file works too (offsets: its characters)
    got = frame_of(iter_tag(text, gazetteer=small, max_page_bytes=3, window_chars=4, context_chars=2))
    assert got["surface"].tolist() == ["Baku", "Moscow"] and got["doc"].tolist() == ["<stream>"] * 2
    s = iter_tag(io.BytesIO(b"Baku"), gazetteer=small, progress=True)
    assert frame_of(s)["id"].tolist() == ["AZE"]
    # A lone surrogate (from errors="surrogateescape") cannot be tagged: the error names
    # the file, the document and the window it is in.
    data = b"Baku and more. " * 20 + b"\xff Moscow"
    s = iter_tag(
        io.BytesIO(data), gazetteer=small, errors="surrogateescape", max_page_bytes=0, window_chars=50, context_chars=5
    )
    with pytest.raises(caci.CaciError, match=r"<stream> \(document '<stream>', the window starting at character \d+\)"):
        frame_of(s)


def test_files_of_the_same_name_in_two_folders_are_two_documents(small: caci.Gazetteer, tmp_path: Path) -> None:
    for folder, text in [("a", "Baku and Moscow"), ("b", "Moscow only")]:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.txt").write_text(text, encoding="utf-8")
    first, second = tmp_path / "a" / "notes.txt", tmp_path / "b" / "notes.txt"
    s = iter_tag([tmp_path, first], gazetteer=small, progress=False)
    got = frame_of(s)
    # No document is lost to another's name; the same file given twice counts once.
    assert got["doc"].tolist() == ["notes.txt", "notes.txt", str(second)]
    assert got["surface"].tolist() == ["Baku", "Moscow", "Moscow"]
    assert (s.documents, s.duplicates) == (2, 1)


# ---------------------------------------------------------------------------------------
# Bounded memory, through the command line


#: Planted names, each found as one mention of this entity by the built-in gazetteer.
PLANTED = [
    ("Kazakhstan", "KAZ"),
    ("Uzbekistan", "UZB"),
    ("Türkiye", "TUR"),
    ("Bayraktar TB2", "bayraktar-tb2"),
    ("S-300", "s-300"),
    ("Tashkent", "UZB"),
    ("Azerbaijan", "AZE"),
    ("Kyrgyzstan", "KGZ"),
    ("J-10C", "j-10c"),
    ("Tajikistan", "TJK"),
    ("Astana", "KAZ"),
    ("Bishkek", "KGZ"),
]
#: Words without any mention, some of several bytes.
WORDS = [
    "the",
    "talks",
    "went",
    "on",
    "for",
    "hours",
    "while",
    "officials",
    "weighed",
    "costs",
    "and",
    "routes",
    "across",
    "the",
    "steppe",
    "naïve",
    "café",
    "Straße",
    "Жизнь",
    "中文",
    "😀",
    "résumé",
    "façade",
    "über",
    "élan",
    "in",
    "late",
    "autumn",
    "with",
    "new",
    "rail",
    "links",
    "and",
    "old",
    "grievances",
    "about",
    "water",
    "quotas",
]


def write_single_line(path: Path, size: int, seed: int = 7) -> list[str]:
    """A file of about ``size`` bytes, one line of words with a planted name every ~2 KB,
    written a block at a time; returns the ids of the planted names in order."""
    rng = random.Random(seed)
    blocks: list[tuple[bytes, list[str]]] = []
    for _ in range(16):
        parts: list[str] = []
        ids: list[str] = []
        for _ in range(32):
            parts.extend(rng.choice(WORDS) for _ in range(rng.randint(150, 300)))
            name, ident = rng.choice(PLANTED)
            parts.append(name + rng.choice([",", "", ";"]))
            ids.append(ident)
        blocks.append(((" ".join(parts) + " ").encode(), ids))
    planted: list[str] = []
    written = 0
    with path.open("wb") as f:
        while written < size:
            data, ids = blocks[rng.randrange(len(blocks))]
            f.write(data)
            written += len(data)
            planted.extend(ids)
    return planted


#: Runs the command line and, at its exit, prints its peak resident memory (the high-water
#: mark of its own address space: what ``wait4`` reports also counts the parent's memory,
#: shared by the child between fork and exec).
CLI = """
import sys
from caci.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as f:
    peak = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
print(f"peak-kb {peak}", file=sys.stderr)
sys.exit(code)
"""


def run_cli(*args: str) -> tuple[int, float, float, str]:
    """``caci`` in a subprocess: exit code, peak resident memory (MB), seconds, stderr."""
    if not Path("/proc/self/status").exists():
        pytest.skip("peak memory is read from /proc")
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", CLI, *args], stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - t0
    peak = [int(line.split()[1]) / 1024 for line in p.stderr.splitlines() if line.startswith("peak-kb ")]
    assert peak, p.stderr
    return p.returncode, peak[0], seconds, p.stderr


def check_single_line(path: Path, out: Path, planted: list[str]) -> None:
    """The planted names found in order, and every mention read back from the file at
    its offsets (in one pass that decodes the file as it goes)."""
    got = pd.read_json(out, lines=True, dtype={"doc": str})
    assert got["id"].tolist() == planted
    assert (got["start"] == got["file_start"]).all() and got["start"].is_monotonic_increasing
    spans = list(zip(got["file_start"].tolist(), got["file_end"].tolist(), got["surface"].tolist()))
    decoder = codecs.getincrementaldecoder("utf-8")()
    text, base, k = "", 0, 0  # text: the file's characters [base, base + len(text))
    with path.open("rb") as f:
        while True:
            data = f.read(1 << 22)
            cut = max(0, len(text) - 200)  # keep more than any name from the piece before
            text = text[cut:] + decoder.decode(data, final=not data)
            base += cut
            while k < len(spans) and spans[k][1] <= base + len(text):
                a, b, surface = spans[k]
                assert text[a - base : b - base] == surface, (a, b, surface)
                k += 1
            if not data:
                break
    assert k == len(spans), "every mention checked"


def test_memory_stays_bounded_as_the_input_grows(tmp_path: Path) -> None:
    pages = read_pages(sample_paths())
    records = [
        json.dumps({"date": str(r.date.date()), "text": r.text}, ensure_ascii=False)[1:] for r in pages.itertuples()
    ]
    peaks = []
    for size in (60 << 20, 180 << 20):
        path = tmp_path / f"corpus-{size}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            written, i = 0, 0
            while written < size:
                line = f'{{"id": "d{i}", {records[i % len(records)]}\n'
                f.write(line)
                written += len(line)
                i += 1
        out = tmp_path / f"out-{size}.parquet"
        code, peak, _, err = run_cli("tag", str(path), "-o", str(out), "--no-progress")
        assert code == 0, err
        assert pd.read_parquet(out, columns=["doc"])["doc"].nunique() == i
        peaks.append(peak)
        path.unlink()
    print(f"peak resident memory for 60 and 180 MB of JSON Lines: {peaks[0]:.0f} and {peaks[1]:.0f} MB")
    assert max(peaks) < 1024, peaks
    assert peaks[1] - peaks[0] < 64, f"peak resident memory grows with the input: {peaks} MB"


def single_line(tmp_path: Path, size: int) -> None:
    path = tmp_path / "line.txt"
    planted = write_single_line(path, size)
    out = tmp_path / "out.jsonl"
    code, peak, seconds, err = run_cli("tag", str(path), "-o", str(out))
    print(f"{size >> 20} MB single line: {seconds:.1f} s, peak {peak:.0f} MB")
    assert code == 0, err
    assert peak < 1024, f"peak resident memory {peak:.0f} MB"
    check_single_line(path, out, planted)


def test_a_200mb_single_line_through_the_command_line(tmp_path: Path) -> None:
    single_line(tmp_path, 200 << 20)


@pytest.mark.slow
def test_a_1gb_single_line_through_the_command_line(tmp_path: Path) -> None:
    single_line(tmp_path, 1 << 30)
