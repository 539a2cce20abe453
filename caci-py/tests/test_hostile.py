"""Hostile and broken input through the Python API (issue #8).

The same cases as ``caci-core/tests/hostile.rs``, where a Python user meets them:
gazetteer files read by ``Gazetteer.from_files`` (and the ``caci`` command), texts given
to ``find``/``find_many``/``caci.tag`` (lists, pandas columns, Arrow), and page files
read by ``caci.read_pages``. Each test states the behaviour it pins down; errors are
checked for what they say and where (file, line, byte offset, row, column, key).
"""

from __future__ import annotations

import gc
import resource
import sys
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import caci
from caci.pages import add_file_offsets, page_text, read_pages


def found(g: caci.Gazetteer, text: str) -> list[tuple[str, str, int, int]]:
    """(surface, id, start, end) of every mention, after checking that each is a slice."""
    ms = g.find(text)
    for m in ms:
        assert text[m.start : m.end] == m.surface
    return [(m.surface, m.id, m.start, m.end) for m in ms]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def load_error(path: Path) -> caci.GazetteerError:
    with pytest.raises(caci.GazetteerError) as info:
        caci.Gazetteer.from_files(path)
    e = info.value
    assert isinstance(e, caci.CaciError) and isinstance(e, ValueError)
    return e


# ---------------------------------------------------------------------------------------
# Gazetteer files: encodings


INVALID_UTF8 = [
    ("stray.tsv", b"id\tkind\tname\nUZB\tcountry\tUzbekistan\nKAZ\tcountry\tKaz\xffakhstan\n"),
    ("latin1.csv", b"id,kind,name\nTUR,country,T\xfcrkiye\n"),
    ("surrogate.json", b'[{"id": "X", "kind": "country", "name": "\xed\xa0\x80"}]'),
    ("truncated.tsv", b"id\tkind\tname\nUZB\tcountry\tUzbekistan\xc3"),
    ("overlong.tsv", b"id\tkind\tname\nX\tcountry\t\xc0\xaf\n"),
    ("utf16.tsv", "id\tkind\tname\n".encode("utf-16")),
]


@pytest.mark.parametrize(("name", "data"), INVALID_UTF8, ids=[c[0] for c in INVALID_UTF8])
def test_invalid_utf8_in_a_gazetteer_file_names_file_line_and_byte(tmp_path: Path, name: str, data: bytes) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as d:
        at = d.start
    line = data.count(b"\n", 0, at) + 1
    path = write(tmp_path, name, data)
    e = load_error(path)
    assert str(e) == f"{path}:{line}: invalid UTF-8 at byte {at}"
    assert (e.file, e.line, e.kind) == (str(path), line, "encoding")


def test_a_bom_and_crlf_line_ends_are_plain_text_in_every_format(tmp_path: Path) -> None:
    files = [
        write(tmp_path, "bom.tsv", b"\xef\xbb\xbfid\tkind\tname\r\nUZB\tcountry\tUzbekistan\r\n\r\n"),
        write(tmp_path, "bom.csv", b"\xef\xbb\xbfid,kind,name\r\nKAZ,country,Kazakhstan\r\n"),
        write(tmp_path, "bom.json", b'\xef\xbb\xbf[{"id": "AZE", "kind": "country", "name": "Azerbaijan"}]\r\n'),
    ]
    for path in files:
        g = caci.Gazetteer.from_files(path)
        (entity,) = [g.entity(i) for i in g]
        assert not entity["id"].startswith("\ufeff") and not entity["name"].endswith("\r"), path.name
    g = caci.Gazetteer.from_files(files)
    assert sorted(g) == ["AZE", "KAZ", "UZB"]
    # A BOM in the text to search is an ordinary non-word character.
    assert found(g, "\ufeffUzbekistan\ufeff") == [("Uzbekistan", "UZB", 1, 11)]


def test_nul_bytes_in_a_gazetteer_file_are_part_of_the_name(tmp_path: Path) -> None:
    g = caci.Gazetteer.from_files(write(tmp_path, "nul.tsv", b"id\tkind\tname\nX\tregion\tNul\0Land\n"))
    assert g.entity("X")["name"] == "Nul\0Land"
    assert found(g, "in Nul\0Land today") == [("Nul\0Land", "X", 3, 11)]
    assert found(g, "in Nul Land today") == []


def test_empty_files_and_missing_columns_name_the_file_and_line(tmp_path: Path) -> None:
    for name in ("empty.tsv", "empty.csv"):
        e = load_error(write(tmp_path, name, b""))
        assert str(e).endswith(f"{name}:1: no `id` column in the header") and e.kind == "format"
    e = load_error(write(tmp_path, "empty.json", b""))
    assert str(e).startswith(f"{tmp_path / 'empty.json'}:1: invalid gazetteer JSON") and e.kind == "format"
    e = load_error(write(tmp_path, "nokind.tsv", b"id\tname\nX\tXland\n"))
    assert str(e) == f"{tmp_path / 'nokind.tsv'}:1: no `kind` column in the header"
    e = load_error(write(tmp_path, "noname.csv", b"id,kind\nX,country\n"))
    assert str(e) == f"{tmp_path / 'noname.csv'}:1: no `name` column in the header"
    e = load_error(write(tmp_path, "short.tsv", b"id\tkind\tname\n# a comment\n\nX\tcountry\n"))
    assert str(e) == f"{tmp_path / 'short.tsv'}:4: expected 3 columns as in the header, found 2"
    e = load_error(write(tmp_path, "blank.tsv", b"id\tkind\tname\nX\tcountry\t   \n"))
    assert (e.line, e.kind) == (2, "empty_alias") and "empty name for `X`" in str(e)
    # A header and nothing else is an empty gazetteer, not an error.
    g = caci.Gazetteer.from_files(write(tmp_path, "header.tsv", b"id\tkind\tname\n"))
    assert len(g) == 0 and g.find("Uzbekistan") == []
    # JSON nested 100,000 deep is an error, not a stack overflow.
    e = load_error(write(tmp_path, "deep.json", b"[" * 100_000))
    assert e.kind == "format" and str(e).startswith(f"{tmp_path / 'deep.json'}:1: invalid gazetteer JSON")
    with pytest.raises(caci.GazetteerError, match="invalid gazetteer JSON"):
        caci.Gazetteer.from_json("[" * 100_000)


# ---------------------------------------------------------------------------------------
# Gazetteer files: errors that name both places


def test_duplicate_ids_name_both_places(tmp_path: Path) -> None:
    tsv = write(tmp_path, "dup.tsv", b"id\tkind\tname\nUZB\tcountry\tUzbekistan\n# note\nUZB\tcountry\tUzbek\n")
    e = load_error(tsv)
    assert str(e) == f"{tsv}:4: duplicate id `UZB` (first defined at {tsv}:2)"
    assert (e.file, e.line, e.kind) == (str(tsv), 4, "duplicate_id")
    # A quoted CSV cell over two lines: lines are the file's lines.
    csv = write(tmp_path, "dup.csv", b'id,kind,name,aliases\nA,country,Aland,"Al\nand"\nA,country,A2,\n')
    assert str(load_error(csv)) == f"{csv}:4: duplicate id `A` (first defined at {csv}:2)"
    # JSON entries have no line of their own: they are counted.
    json = write(
        tmp_path,
        "dup.json",
        b'[{"id": "A", "kind": "country", "name": "Aland"}, {"id": "B", "kind": "country", "name": "Bland"},\n'
        b' {"id": "A", "kind": "country", "name": "Aland"}]',
    )
    e = load_error(json)
    assert str(e) == f"{json}: duplicate id `A` (entries 1 and 3 of {json})"
    assert (e.file, e.line, e.kind) == (str(json), None, "duplicate_id")
    # Across files, the later file's entry replaces the earlier one (a user's file overrides).
    old = write(tmp_path, "first.tsv", b"id\tkind\tname\nX\tcountry\tOldland\n")
    new = write(tmp_path, "second.tsv", b"id\tkind\tname\nX\tcountry\tNewland\n")
    g = caci.Gazetteer.from_files([old, new])
    assert len(g) == 1 and g.entity("X")["name"] == "Newland"
    assert found(g, "Oldland and Newland") == [("Newland", "X", 12, 19)]


def test_a_cycle_of_weapon_families_is_an_error_that_names_it(tmp_path: Path) -> None:
    head = b"id\tkind\tname\tfamily\n"
    path = write(tmp_path, "fam.tsv", head + b"a\tweapon\tAa-1\tb\nb\tweapon\tBb-2\ta\n")
    e = load_error(path)
    assert str(e) == (
        f"{path}:2: weapon families form a cycle: a -> b -> a (a family's own entry names itself as its family)"
    )
    assert (e.line, e.kind) == (2, "format")
    path = write(
        tmp_path, "long.tsv", head + b"x\tweapon\tXx-0\ta\na\tweapon\tAa-1\tb\nb\tweapon\tBb-2\tc\nc\tweapon\tCc-3\ta\n"
    )
    assert "cycle: a -> b -> c -> a" in str(load_error(path))
    path = write(tmp_path, "open.tsv", head + b"a\tweapon\tAa-1\tb\nb\tweapon\tBb-2\t\n")
    assert str(load_error(path)) == (
        f"{path}:2: weapon family chain a -> b ends at `b`, which has no family: "
        "a family's own entry names itself as its family"
    )


# ---------------------------------------------------------------------------------------
# Gazetteer files: size


def test_an_alias_of_10000_characters_is_found_with_exact_str_offsets(tmp_path: Path) -> None:
    words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Ğolf"]
    long = ""
    while len(long) < 10_000:
        long += words[len(long) % len(words)] + " "
    long = long[:9_999] + "Z"
    assert len(long) == 10_000
    path = write(tmp_path, "long.tsv", f"id\tkind\tname\nlong\tregion\t{long}\n".encode())
    g = caci.Gazetteer.from_files(path)
    text = f"😀🇺🇿 Before {long}, after."
    assert found(g, text) == [(long, "long", 11, 10_011)]
    assert found(g, text.replace(long, long[:-1] + "Y")) == []
    # In records too (the same builder).
    g = caci.Gazetteer.from_records([{"id": "long", "kind": "region", "name": long}])
    assert [m.end - m.start for m in g.find(text)] == [10_000]


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def test_100000_aliases_build_and_the_last_one_is_found(tmp_path: Path) -> None:
    # Release builds take about 1 s (rows) and 0.7 s (one cell) on the project's 2 cores.
    n = 100_000
    rows = "".join(f"r{i}\tregion\tZq{i:x}v\n" for i in range(n))
    path = write(tmp_path, "rows.tsv", ("id\tkind\tname\n" + rows).encode())
    before = _peak_rss_mb()
    started = time.perf_counter()
    g = caci.Gazetteer.from_files(path)
    took = time.perf_counter() - started
    assert (len(g), repr(g)) == (n, f"<caci.Gazetteer: {n} entities ({n} region), {n} aliases>")
    last = f"Zq{n - 1:x}v"
    assert found(g, f"from {last} to Zq{n:x}v") == [(last, f"r{n - 1}", 5, 5 + len(last))]
    assert took < 20, f"{took:.1f} s to build {n} aliases"

    cell = " | ".join(f"Zw{i:x}s" for i in range(n))
    path = write(tmp_path, "cell.tsv", f"id\tkind\tname\taliases\nx\tregion\tSpots\t{cell}\n".encode())
    started = time.perf_counter()
    g = caci.Gazetteer.from_files(path)
    took = time.perf_counter() - started
    assert len(g) == 1 and len(g.entity("x")["aliases"]) == n
    assert [m.id for m in g.find(f"Zw{n - 1:x}s and Zw{n:x}s")] == ["x"]
    assert took < 20, f"{took:.1f} s to build one entity with {n} aliases"
    # Memory stays in proportion: the peak of this process grew by well under 1 GB
    # (about 150 MB on the project's machine).
    assert _peak_rss_mb() - before < 1000


# ---------------------------------------------------------------------------------------
# Texts: invisible characters, markup, combining marks, astral characters


@pytest.mark.parametrize(
    "junk",
    [
        "\0",
        "\u200f",
        "\u200e",
        "\u202e",
        "\u202c",
        "\u2067",
        "\ufeff",
        "<b>",
        "</i>",
        "&amp;",
        "😀",
        "🇺🇿",
        "👍🏽",
        "👨‍👩‍👧",
    ],
)
def test_non_word_characters_around_names_are_boundaries_outside_the_span(default: caci.Gazetteer, junk: str) -> None:
    text = f"{junk}Uzbekistan{junk}{junk}Kazakhstan{junk} and {junk}Tashkent{junk}"
    got = found(default, text)
    assert [g[1] for g in got] == ["UZB", "KAZ", "UZB"]
    assert [g[2] for g in got] == [text.index(name) for name in ("Uzbekistan", "Kazakhstan", "Tashkent")]
    assert all(junk not in g[0] for g in got)


@pytest.mark.parametrize("zw", ["\u200d", "\u200c", "\u2060", "\u00ad"], ids=["ZWJ", "ZWNJ", "WJ", "SHY"])
def test_zero_width_characters_inside_a_name_hide_it(default: caci.Gazetteer, zw: str) -> None:
    # Text is matched as written: an invisible character inside a name makes it another
    # string (strip them before `find` if they should not count).
    assert found(default, f"Uz{zw}bekistan and Kaz{zw}akhstan") == []
    # They are not word characters: the part before or after one is a word of its own.
    assert found(default, f"Shavkat{zw}Mirziyoyev") == [("Mirziyoyev", "shavkat-mirziyoyev", 8, 18)]
    assert found(default, f"Uzbek{zw}istan") == [("Uzbek", "UZB", 0, 5)]
    stripped = f"Kaz{zw}akhstan".replace(zw, "")
    assert found(default, stripped) == [("Kazakhstan", "KAZ", 0, 10)]


def test_html_left_by_a_scraper_is_text(default: caci.Gazetteer) -> None:
    html = "<p><b>Uzbekistan</b> and <i>Kazakhstan</i></p>"
    assert found(default, html) == [("Uzbekistan", "UZB", 6, 16), ("Kazakhstan", "KAZ", 28, 38)]
    # Entities are not decoded: `&nbsp;` is six characters, not a space.
    assert found(default, "South&nbsp;Sudan") == [("Sudan", "SDN", 11, 16)]
    assert found(default, "South\u00a0Sudan") == [("South\u00a0Sudan", "SSD", 0, 11)]
    assert [m.id for m in default.find("Uzbekistan&amp;Kazakhstan")] == ["UZB", "KAZ"]
    assert found(default, "Azerbaijan&#8217;s") == [("Azerbaijan", "AZE", 0, 10)]
    assert found(default, '<a href="/news/uzbekistan">x</a>') == [("uzbekistan", "UZB", 15, 25)]
    # The same through caci.tag, on an object column and on an Arrow one.
    for dtype in (object, "string[pyarrow]"):
        frame = caci.tag(pd.Series([html, "&lt;Baku&gt;"], dtype=dtype), gazetteer=default)
        assert list(zip(frame["doc"], frame["start"], frame["end"])) == [(0, 6, 16), (0, 28, 38), (1, 4, 8)]


def test_display_escapes_markup_in_the_text(default: caci.Gazetteer) -> None:
    shown = caci.display("<script>alert(1)</script> <b>Baku</b> &amp;", gazetteer=default)._repr_html_()
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "&lt;b&gt;<mark" in shown and "&amp;amp;" in shown


def test_decomposed_text_is_found_as_written_and_combining_marks_are_word_characters(default: caci.Gazetteer) -> None:
    nfc, nfd = "Türkiye", unicodedata.normalize("NFD", "Türkiye")
    assert nfd == "Tu\u0308rkiye"
    assert found(default, f"{nfc} and Turkiye") == [(nfc, "TUR", 0, 7), ("Turkiye", "TUR", 12, 19)]
    # Decomposed (NFD) text is found as written, with str offsets into it: the gazetteer
    # compiles both normal forms of every non-ASCII name. The text is not normalised.
    assert found(default, f"{nfd} sent drones") == [(nfd, "TUR", 0, 8)]
    text = unicodedata.normalize("NFD", "Erdoğan met Aliyev in Baku; TÜRKIYE and Türkiye")
    assert [(s, i) for s, i, _, _ in found(default, text)] == [
        (unicodedata.normalize("NFD", "Erdoğan"), "recep-tayyip-erdogan"),
        ("Aliyev", "ilham-aliyev"),
        ("Baku", "AZE"),
        (unicodedata.normalize("NFD", "TÜRKIYE"), "TUR"),
        (nfd, "TUR"),
    ]
    # A combining mark joins the word it follows, so a name with one is another word...
    assert found(default, "Baku\u0301 and \u0301Baku") == []
    # ... and marks on other words only shift str offsets, which stay exact.
    text = "Cafe\u0301 e\u0301\u0302\u0303 in Baku"
    assert found(default, text) == [("Baku", "AZE", text.index("Baku"), len(text))]


HARD_PREFIXES = [
    "",
    "😀",
    "👨‍👩‍👧‍👦 ",
    "🇺🇿🇰🇿 ",
    "👍🏽👍🏿 ",
    "𝔘𝔷𝔟 ",  # mathematical letters: 4-byte word characters
    "中文 ",
    "العربية ",
    "עברית\u200f ",
    "e\u0301\u0302 ",
    "Ж\u0308 ",
    "\U0010ffff ",
]


@pytest.mark.parametrize("prefix", HARD_PREFIXES)
def test_str_offsets_after_multibyte_text_agree_everywhere(default: caci.Gazetteer, prefix: str) -> None:
    text = f"{prefix}Tashkent 😀 Baku, {prefix}Kazakhstan."
    expected = [(name, text.index(name), text.index(name) + len(name)) for name in ("Tashkent", "Baku", "Kazakhstan")]
    assert [(s, a, b) for s, _, a, b in found(default, text)] == expected
    pa = pytest.importorskip("pyarrow")
    for texts in ([text], pa.array([text], pa.string()), pa.array([text], pa.large_string())):
        frame = caci.tag(texts, gazetteer=default)
        assert list(zip(frame["surface"], frame["start"], frame["end"])) == expected


def test_lone_surrogates_anywhere_are_value_errors_never_panics(default: caci.Gazetteer) -> None:
    # Texts (find, find_many, tag) are in test_errors.py; dates, ids and JSON here.
    with pytest.raises(caci.DateError, match=r"row 1: date is not valid Unicode") as info:
        default.find_many(["Baku", "Baku"], ["2020", "2020\udc80"])
    assert info.value.row == 1
    with pytest.raises(caci.DateError, match="date is not valid Unicode"):
        default.find("Baku", "\ud800")
    with pytest.raises(caci.CaciError, match=r"^text is not valid Unicode"):
        caci.display("Baku \udc80", gazetteer=default)
    assert "\udc80" not in default
    with pytest.raises(ValueError, match="surrogates not allowed"):
        default.entity("\udc80")
    with pytest.raises(ValueError, match="surrogates not allowed"):
        caci.Gazetteer.from_json('{"\udc80": 1}')
    with pytest.raises(caci.GazetteerError, match=r"record 0: .*surrogates not allowed"):
        caci.Gazetteer.from_records([{"id": "x", "kind": "region", "name": "A\udc80"}])


def test_a_10_mb_line_is_searched_by_find_and_tag(default: caci.Gazetteer) -> None:
    unit = "the talks on water quotas stalled again after Tashkent’s 😀 note. "
    text = unit * (10_000_000 // len(unit.encode())) + "Kazakhstan"
    assert len(text.encode()) > 9_900_000 and "\n" not in text
    started = time.perf_counter()
    ms = default.find(text)
    took = time.perf_counter() - started
    n = text.count("Tashkent")
    assert len(ms) == n + 1
    assert (ms[-1].id, ms[-1].start, ms[-1].end) == ("KAZ", len(text) - 10, len(text))
    assert text[ms[n // 2].start : ms[n // 2].end] == "Tashkent"
    assert took < 10, f"{took:.1f} s"
    del ms
    frame = caci.tag([text, None, text[-200:]], gazetteer=default)
    assert frame["doc"].value_counts().to_dict() == {0: n + 1, 2: text[-200:].count("Tashkent") + 1}
    assert frame["end"].iloc[n] == len(text)
    # Degenerate lines: one 1 MiB word, 1 MiB of emoji, 100,000 prefixes of a name.
    for hostile in ("x" * (1 << 20), "😀" * (1 << 18), "Uzbekista " * 100_000, "\0" * (1 << 20)):
        started = time.perf_counter()
        assert default.find(hostile) == []
        assert time.perf_counter() - started < 5


# ---------------------------------------------------------------------------------------
# Texts that are not str


def test_missing_values_of_every_kind_have_no_mentions(default: caci.Gazetteer) -> None:
    missing = [None, float("nan"), np.nan, np.float64("nan"), np.float32("nan"), pd.NA, pd.NaT]
    assert default.find_many(["Baku", *missing]) == [default.find("Baku")] + [[]] * len(missing)
    for value in missing:
        assert default.find(value) == []
    # A float column of NaN (what pandas makes of an empty column) and an object one.
    assert len(caci.tag(pd.Series([np.nan, np.nan]), gazetteer=default)) == 0
    frame = caci.tag(pd.Series(["Baku", np.nan, None, pd.NA], dtype=object), gazetteer=default)
    assert frame["doc"].tolist() == [0]
    # str subclasses (numpy.str_ included) are texts.
    assert default.find(np.str_("Baku")) == default.find(type("Text", (str,), {})("Baku")) == default.find("Baku")
    assert len(caci.tag(np.array(["Baku", "Astana"]), gazetteer=default)) == 2


@pytest.mark.parametrize(
    ("value", "name"),
    [(b"Baku", "bytes"), (bytearray(b"Baku"), "bytearray"), (7, "int"), (1.5, "float"), (["Baku"], "list")],
)
def test_values_that_are_not_texts_are_type_errors_naming_the_row(
    default: caci.Gazetteer, value: object, name: str
) -> None:
    with pytest.raises(TypeError, match=f"^row 2: expected a str, None or NaN, got {name}$") as info:
        default.find_many(["Baku", None, value])
    assert info.value.row == 2
    with pytest.raises(TypeError, match=f"^expected a str, None or NaN, got {name}$"):
        default.find(value)


def test_errors_from_a_frame_name_the_column_and_the_document_key(default: caci.Gazetteer) -> None:
    frame = pd.DataFrame(
        {"body": ["Baku", b"Baku", "Astana"], "when": ["2020", "2021", "never"]},
        index=pd.Index(["a1", "b2", "c3"], name="article"),
    )
    with pytest.raises(TypeError) as info:
        caci.tag(frame, text="body", gazetteer=default)
    assert str(info.value) == "row 1: expected a str, None or NaN, got bytes (column 'body', article='b2')"
    assert info.value.row == 1
    frame["body"] = ["Baku", "Baku", "Astana"]
    with pytest.raises(caci.DateError) as info:
        caci.counts(frame, text="body", date="when", gazetteer=default)
    assert str(info.value).startswith("row 2: cannot read date `never`")
    assert str(info.value).endswith("(column 'when', article='c3')")
    # A key column, a Series' name, the accessor; a positional index adds nothing.
    keyed = frame.reset_index().assign(body=["Baku", 3, "x"])
    with pytest.raises(TypeError, match=r"got int \(column 'body', article='b2'\)$"):
        caci.tag(keyed, text="body", key="article", gazetteer=default)
    with pytest.raises(TypeError, match=r"got int \(column 'body'\)$"):
        caci.tag(keyed["body"], gazetteer=default)
    series = pd.Series(["Baku", "x\udc80"], index=[10, 20], name="body", dtype=object)
    with pytest.raises(caci.CaciError, match=r"^row 1: text is not valid Unicode: .* \(column 'body', doc=20\)$"):
        series.caci.find(gazetteer=default)
    with pytest.raises(TypeError, match=r"^row 1: expected a str, None or NaN, got bytes$"):
        caci.tag(pd.Series(["Baku", b"x"], dtype=object), gazetteer=default)


def test_mixed_arrow_and_object_columns(default: caci.Gazetteer) -> None:
    pa = pytest.importorskip("pyarrow")
    texts = ["Aliyev met Putin in Baku.", None, "Aliyev\0in <b>Baku</b>", "🇦🇿 Aliyev"]
    dates = ["1999-05-01", None, "2010-01-01", "2010"]
    expected = caci.tag(pd.DataFrame({"text": pd.Series(texts, dtype=object), "date": dates}), date="date")
    for column in (
        pd.Series(texts, dtype="string[pyarrow]"),
        pd.Series(texts, dtype=pd.ArrowDtype(pa.large_string())),
        pd.Series(texts, dtype=pd.ArrowDtype(pa.dictionary(pa.int32(), pa.string()))),
        pd.Series(texts, dtype="category"),
    ):
        mixed = pd.DataFrame({"text": column, "date": pd.Series(dates, dtype=object)})
        got = caci.tag(mixed, date="date", gazetteer=default)
        assert got.equals(expected), column.dtype
    assert expected["id"].tolist()[:2] == ["heydar-aliyev", "vladimir-putin"]
    # Arrow columns of another type say so; bytes in an Arrow-backed column name the row.
    with pytest.raises(TypeError, match="got an Arrow column of type binary"):
        caci.tag(pa.array([b"Baku"]), gazetteer=default)
    with pytest.raises(TypeError, match="row 1: expected a str, None or NaN, got bytes"):
        caci.tag(pd.Series([None, b"Baku"], dtype=pd.ArrowDtype(pa.binary())), gazetteer=default)


def test_mentions_are_small_and_give_their_type_back(default: caci.Gazetteer) -> None:
    # Made outside `object.__new__` (fast_new.rs): each holds a reference to its type,
    # given back when it goes, whatever it carries (an office, a long surface, a grown
    # designation); and each fits Python's 64-byte size class, header included.
    text = "President Kassym-Jomart Tokayev met Nagorno-Karabakh envoys in Baku over four Mi-17V-5M."
    default.find(text)  # the first mentions of the process keep the type, once (fast_new.rs)
    before = sys.getrefcount(caci.Mention)
    ms = default.find_many([text] * 200, dates="2020-06-01")
    assert [m.surface for m in ms[0]] == ["Kassym-Jomart Tokayev", "Nagorno-Karabakh", "Baku", "Mi-17V-5M"]
    assert ms[0][0].office is not None and ms[0][3].id == "mi-17v-5m"
    assert max(sys.getsizeof(m) for m in ms[0]) <= 64
    held = sys.getrefcount(caci.Mention)
    del ms
    after = sys.getrefcount(caci.Mention)
    assert held >= before + 800 and after == before


def test_mentions_are_untracked_by_the_gc_and_the_gc_is_left_on(default: caci.Gazetteer) -> None:
    # `Mention`s are made untracked (by `PyObject_GC_New`, see fast_new.rs): they must
    # stay valid through collections, and a batch call leaves the collector as it was.
    ms = default.find_many(["Tashkent and Baku"] * 50)
    assert gc.isenabled() and not gc.is_tracked(ms[0][0])
    gc.collect()
    assert [m.surface for m in ms[49]] == ["Tashkent", "Baku"]
    with pytest.raises(TypeError):
        default.find_many(["Baku"] * 10 + [b"x"])
    assert gc.isenabled()
    gc.disable()
    try:
        default.find_many(["Baku"] * 10)
        assert not gc.isenabled()
    finally:
        gc.enable()


# ---------------------------------------------------------------------------------------
# Concurrency on hostile texts


def test_threads_and_pools_share_one_gazetteer_on_hostile_texts(default: caci.Gazetteer) -> None:
    pa = pytest.importorskip("pyarrow")
    texts = [
        "\0Uzbekistan\0",
        "<p><b>Kazakhstan</b></p>",
        "\u200fBaku\u200f 😀 Tashkent",
        None,
        "Kaz\u200dakhstan",
        "🇺🇿" * 1000 + " Uzbekistan",
        "Türkiye " * 200,
    ] * 40
    expected = caci.tag(texts, gazetteer=default, threads=1)
    arrow = pa.array(texts, pa.large_string())

    def round_(i: int) -> bool:
        got = caci.tag(arrow if i % 2 else texts, gazetteer=default, threads=1 + i % 2)
        return bool(got.equals(expected))

    with ThreadPoolExecutor(4) as ex:
        assert all(ex.map(round_, range(12)))


# ---------------------------------------------------------------------------------------
# Properties: names between arbitrary non-word junk are found at their str offsets

NAMES = {"Uzbekistan": "UZB", "Kazakhstan": "KAZ", "Tashkent": "UZB", "Türkiye": "TUR", "Azerbaijan": "AZE"}
JUNK = [
    " ",
    "\0",
    "\n",
    "\u200f",
    "\u200e",
    "\u202e",
    "\ufeff",
    "<b>",
    "</p>",
    "&amp;",
    "&nbsp;",
    "😀",
    "🇺🇿",
    "👍🏽",
    "👨‍👩‍👧",
    "—",
    ", ",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    parts=st.lists(
        st.tuples(st.lists(st.sampled_from(JUNK), min_size=1, max_size=3), st.sampled_from(list(NAMES))), max_size=8
    )
)
def test_names_between_junk_are_found_at_their_offsets(
    default: caci.Gazetteer, parts: list[tuple[list[str], str]]
) -> None:
    text, expected = "", []
    for junk, name in parts:
        text += "".join(junk)
        expected.append((name, NAMES[name], len(text), len(text) + len(name)))
        text += name
    text += " "
    assert found(default, text) == expected


# ---------------------------------------------------------------------------------------
# Page files


PAGE = "By Jane Roe\nBaku bought drones.\nAnd \xff more from Tashkent.\nAUTHOR'S BIO: An analyst.\n"


def test_pages_that_are_not_utf8_name_file_line_and_byte(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.txt", PAGE.encode("latin-1"))
    with pytest.raises(caci.CaciError) as info:
        read_pages(bad)
    assert str(info.value) == (
        f"{bad}:3: not UTF-8 at byte offset 36 (invalid start byte); pass errors='replace' to read it anyway"
    )
    assert isinstance(info.value, ValueError)
    # Lossy reading, by choice: U+FFFD in place of each bad byte, or nothing.
    replaced = read_pages(bad, errors="replace")
    assert "And \ufffd more from Tashkent." in replaced.text[0]
    assert "And  more" in read_pages(bad, errors="ignore").text[0]
    mentions = add_file_offsets(caci.tag(replaced, key="article"), replaced)
    file_text = page_text(bad, errors="replace")
    assert [file_text[a:b] for a, b in zip(mentions["file_start"], mentions["file_end"])] == ["Baku", "Tashkent"]
    # Handlers that keep the bytes as lone surrogates cannot give taggable text.
    with pytest.raises(caci.CaciError) as info:
        read_pages(bad, errors="surrogateescape")
    assert str(info.value).startswith(f"{bad}:3: not valid Unicode: lone surrogate U+DCFF at str index 36")
    assert "byte offset 36 of the file" in str(info.value)
    utf16 = write(tmp_path, "utf16.txt", PAGE.replace("\xff", "").encode("utf-16"))
    with pytest.raises(caci.CaciError, match=r"utf16\.txt:1: not UTF-8 at byte offset 0"):
        read_pages(utf16)
    with pytest.raises(LookupError):
        read_pages(bad, errors="no-such-handler")


def test_page_text_with_lone_surrogates_names_the_source_and_line() -> None:
    with pytest.raises(caci.CaciError) as info:
        read_pages(text={"mine.txt": "By Jane Roe\nBaku \udc80 bought drones.\n"})
    assert str(info.value) == "mine.txt:2: not valid Unicode: lone surrogate U+DC80 at str index 17"


def test_pages_with_nul_bytes_bom_and_direction_marks_keep_exact_offsets(tmp_path: Path) -> None:
    text = "\ufeffBy Jane Roe\r\nBaku\0bought \u200fdrones\u200f from Kazakhstan.\r\nAUTHOR'S BIO: An analyst.\r\n"
    path = write(tmp_path, "odd.txt", text.encode())
    pages = read_pages(path)
    assert len(pages) == 1 and pages.authors[0] == ["Jane Roe"] and pages.text_start[0] == 1
    assert "Baku\0bought \u200fdrones\u200f" in pages.text[0]
    mentions = add_file_offsets(caci.tag(pages, key="article"), pages)
    assert mentions["id"].tolist() == ["AZE", "KAZ"]
    assert [text[a:b] for a, b in zip(mentions["file_start"], mentions["file_end"])] == ["Baku", "Kazakhstan"]


def test_html_in_pages_is_text_and_no_paragraph_is_lost(tmp_path: Path) -> None:
    # Inline markup and entities stay as written, offsets into the file stay exact.
    page = (
        "By Jane Roe\n"
        "<b>Tashkent</b> bought drones &amp; radars from <i>Kazakhstan</i>.\n"
        "AUTHOR'S BIO: Jane Roe writes on&nbsp;Baku.\n"
    )
    path = write(tmp_path, "inline.txt", page.encode())
    pages = read_pages(path)
    assert pages.authors[0] == ["Jane Roe"] and "&amp; radars" in pages.text[0]
    mentions = add_file_offsets(caci.tag(pages, key="article"), pages)
    assert mentions["surface"].tolist() == ["Tashkent", "Kazakhstan", "Baku"]
    assert [page[a:b] for a, b in zip(mentions["file_start"], mentions["file_end"])] == [
        "Tashkent",
        "Kazakhstan",
        "Baku",
    ]
    # Paragraphs wrapped in block tags end their sentence before the closing tag: they
    # are prose, not captions (a page of <p> lines used to give no article at all).
    html = (
        "<h1>Drones</h1>\n"
        "<p>Tashkent and <b>Kazakhstan</b> bought drones.</p>\n"
        "<p>Baku did too, said the ministry.</p>\n"
        "<div class=share>Share</div>\n"
    )
    pages = read_pages(text=html)
    assert len(pages) == 1
    row = pages.iloc[0]
    assert row.text == html[html.index("<p>") : html.index("</p>\n<div") + 4]
    assert "<div" not in row.text
    assert [m.id for m in caci.find(row.text)] == ["UZB", "KAZ", "AZE"]


# ---------------------------------------------------------------------------------------
# The command line


def test_the_command_line_names_a_bad_gazetteer_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from caci.cli import EXIT_GAZETTEER, main

    gaz = write(tmp_path, "mine.tsv", b"id\tkind\tname\nx\tregion\tGood\ny\tregion\tB\xe4d\n")
    text = write(tmp_path, "t.txt", b"Baku\n")
    assert main(["tag", str(text), "--gazetteer", str(gaz)]) == EXIT_GAZETTEER
    assert f"{gaz}:3: invalid UTF-8 at byte 37" in capsys.readouterr().err
