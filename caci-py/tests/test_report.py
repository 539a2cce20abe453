"""``caci report``: the page's data, its escaping, and what a reader sees and does in
headless Chromium (click an entity, filter by kind and year, hover the graph)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import caci
from caci.cli import main
from caci.report import SECTIONS, ReportData, Section, embed_json, render

HOSTILE = "</script><img src=x onerror=\"window.pwned=1\"> & 'quotes' <!-- <b>bold</b>"


def page_data(page: str) -> dict[str, Any]:
    """The JSON the page carries."""
    m = re.search(r"<script type='application/json' id='caci-data'>(.*?)</script>", page, re.S)
    assert m, "no data element"
    return json.loads(m.group(1))


def frame(rows: list[tuple[str, str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents ``(title, date, text)`` and their mentions, as ``caci report`` makes them."""
    docs = pd.DataFrame(
        {
            "doc": [f"d{i}" for i in range(len(rows))],
            "source": [f"corpus/{i}.txt" for i in range(len(rows))],
            "title": [r[0] for r in rows],
            "date": pd.to_datetime([r[1] or None for r in rows]),
            "text": [r[2] for r in rows],
        }
    )
    mentions = caci.tag(docs, text="text", date="date", key="doc", progress=False)
    return docs, mentions


CORPUS = [
    ("Gas talks", "1998-03-01", "Turkmenistan sold gas to Russia while President Niyazov watched."),
    ("Drones over Karabakh", "2020-10-05", "Azerbaijan flew the Bayraktar TB2 against Armenia; Turkey supplied it."),
    ("A quiet summit", "2023-06-10", "Kazakhstan and Russia met in Astana; Uzbekistan sent a minister."),
    ("Undated note", "", "Georgia and Russia traded accusations."),
    ("Hostile page", "2024-01-02", f"Kyrgyzstan {HOSTILE} Kyrgyzstan again."),
]


def test_the_report_is_one_self_contained_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "--sample", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    # Nothing fetched: no src/href to another file or server, no <link>, no address but the SVG namespace.
    assert not re.search(r"\ssrc=|<link|<iframe|@import|url\(", page)
    assert set(re.findall(r"https?://[^\s\"')]+", page)) <= {"http://www.w3.org/2000/svg"}
    data = page_data(page)
    assert data["documents"] == 11 and data["mentions"] > 500
    e = data["entities"]
    putin = e["id"].index("vladimir-putin")
    assert e["kind"][putin] == "leader" and len(e["docs"][putin]) == 7
    # Every stored passage is the mention as written, with context from its document.
    for doc, start, left, surface, right in e["passages"][putin]:
        assert surface in ("Putin", "Vladimir Putin"), surface
        assert data["docs"]["date"][doc] >= "2000"
        assert left and right and start > 0
    assert main(["report", "--sample", "--passages", "2", "-o", str(out)]) == 0
    data = page_data(out.read_text(encoding="utf-8"))
    assert data["passages"] == 2 and max(len(p) for p in data["entities"]["passages"]) == 2


def test_markup_in_the_text_is_inert_json() -> None:
    docs, mentions = frame(CORPUS)
    page = render(docs, mentions)
    assert "<img" not in page and "<b>" not in page and "<!--" not in page
    assert page.count("</script>") == 2, "only the data and code elements end"
    data = page_data(page)
    kgz = data["entities"]["id"].index("KGZ")
    _, surface, right = data["entities"]["passages"][kgz][0][2:]
    assert surface == "Kyrgyzstan" and right.startswith(" </script><img src=x onerror=\"window.pwned=1\"> & 'quotes'")
    # What embed_json writes reads back the same, whatever the characters.
    tricky = {"a": "</script><script>alert(1)</script>", "b": "\u2028\u2029&<>\"'", "c": "<!--"}
    text = embed_json(tricky)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == tricky


def test_a_document_key_given_twice_is_an_error_naming_it() -> None:
    docs, mentions = frame(CORPUS[:2])
    docs.loc[1, "doc"] = "d0"
    with pytest.raises(ValueError, match="key 'd0' is in the `doc` column twice"):
        render(docs, mentions)


def test_passages_are_capped_and_spread_over_the_years() -> None:
    rows = [(f"t{i}", f"{2010 + i % 5}-01-01", f"Kazakhstan, {i}, and Kazakhstan again.") for i in range(60)]
    docs, mentions = frame(rows)
    data = page_data(render(docs, mentions, passages=10))
    e = data["entities"]
    kaz = e["id"].index("KAZ")
    assert e["mentions"][kaz] == 120 and len(e["docs"][kaz]) == 60
    kept = e["passages"][kaz]
    assert len(kept) == 10 and len({p[0] for p in kept}) == 10, "one per document"
    assert {data["docs"]["year"][p[0]] for p in kept} == {2010, 2011, 2012, 2013, 2014}
    assert data["passages"] == 10
    assert [data["docs"]["date"][p[0]] for p in kept] == sorted(data["docs"]["date"][p[0]] for p in kept), "by date"
    # More years than room: the first, the last and years evenly between.
    rows = [(f"t{i}", f"{1990 + i}-01-01", "Kazakhstan.") for i in range(30)]
    data = page_data(render(*frame(rows), passages=4))
    kept = data["entities"]["passages"][data["entities"]["id"].index("KAZ")]
    assert [data["docs"]["year"][p[0]] for p in kept] == [1990, 2000, 2009, 2019]


# ---------------------------------------------------------------------------------------
# In headless Chromium (Debian's chromium and chromium-driver, driven by selenium)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1200,1400",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or next(
        (p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if Path(p).exists()), None
    )
    if chromium is None or driver_path is None:
        pytest.skip("chromium or chromium-driver is not installed (scripts/test.sh installs them with apt-get as root)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (it is in the dev extra)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # script errors, read by `errors`
    # A driver path given: selenium does not look for (or download) one.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


def errors(browser: Any) -> list[str]:
    """The page's script errors so far (the browser's console at level SEVERE)."""
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def open_report(
    browser: Any, path: Path, docs: pd.DataFrame, mentions: pd.DataFrame, anchor: str = "", **options: Any
) -> None:
    path.write_text(render(docs, mentions, **options), encoding="utf-8")
    browser.get(path.as_uri() + anchor)
    assert errors(browser) == []


def by_css(browser: Any, css: str) -> list[Any]:
    return browser.find_elements("css selector", css)


def click_entity(browser: Any, eid: str) -> None:
    (button,) = by_css(browser, f"button.entity[data-id='{eid}']")
    button.click()


def passages(browser: Any) -> list[tuple[str, str, str]]:
    """The rows shown: (document key, surface, the row's text)."""
    return [
        (r.get_attribute("data-doc"), r.find_element("css selector", ".m").text, r.text)
        for r in by_css(browser, "#s-passages table.kwic tr")
    ]


def test_clicking_an_entity_shows_its_passages(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "--sample", "-o", str(out)]) == 0
    browser.get(out.as_uri())
    assert errors(browser) == []
    assert browser.execute_script("return document.querySelectorAll('button.entity').length") > 50
    click_entity(browser, "nursultan-nazarbayev")
    shown = passages(browser)
    # The sample corpus mentions him in three articles (2008, 2014, 2022).
    titles = {
        "2008-09-17": "Lessons of the August War",
        "2014-04-23": "Crimea Seen from Astana and Tashkent",
        "2022-02-16": "The CSTO's First Mission: Kazakhstan's January Crisis",
    }
    assert len(shown) == 3
    for (_, surface, text), (date, title) in zip(shown, titles.items()):
        assert surface in ("Nursultan Nazarbayev", "Nazarbayev")
        assert date in text and title in text
    assert browser.find_element("css selector", "#s-passages .who .name").text == "Nursultan Nazarbayev"
    # Each passage has an anchor; the timeline has a bar for each of its years.
    link = by_css(browser, "#s-passages table.kwic tr a[href^='#e=']")[1].get_attribute("href")
    assert link.endswith("#e=nursultan-nazarbayev&p=1")
    bars = {b.get_attribute("data-year") for b in by_css(browser, "#s-passages svg.timeline rect")}
    assert bars == {"2008", "2014", "2022"}


def test_a_passage_anchor_opens_the_page_on_that_passage(browser: Any, tmp_path: Path) -> None:
    docs, mentions = frame(CORPUS)
    open_report(browser, tmp_path / "r.html", docs, mentions, "#e=TUR&p=0")
    shown = passages(browser)
    assert [(d, s) for d, s, _ in shown] == [("d1", "Turkey")]
    assert "target" in by_css(browser, "#s-passages table.kwic tr")[0].get_attribute("class")


def test_the_kind_and_year_filters_hide_what_they_should(browser: Any, tmp_path: Path) -> None:
    docs, mentions = frame(CORPUS)
    open_report(browser, tmp_path / "r.html", docs, mentions)

    def listed() -> set[str]:
        return {b.get_attribute("data-id") for b in by_css(browser, "button.entity")}

    def nodes() -> set[str]:
        return {g.get_attribute("data-id") for g in by_css(browser, "svg.graph g.node")}

    assert {"niyazov", "saparmurat-niyazov"} & listed() and "bayraktar-tb2" in listed() and "RUS" in listed()
    (leaders,) = by_css(browser, "input[name=kind][value=leader]")
    leaders.click()
    assert not any(i.endswith("niyazov") for i in listed() | nodes()), "leaders hidden"
    assert {"RUS", "TKM", "bayraktar-tb2"} <= listed() and "RUS" in nodes()
    leaders.click()
    assert any(i.endswith("niyazov") for i in listed())

    # Years 2020 to 2023: the 1998 and 2024 documents go, and so does the undated one when unticked.
    from selenium.webdriver.common.keys import Keys

    for box, year in (("year-from", "2020"), ("year-to", "2023")):
        field = browser.find_element("id", box)
        field.clear()
        field.send_keys(year, Keys.TAB)
    assert "TKM" not in listed() and "KGZ" not in listed()
    assert {"AZE", "KAZ", "RUS", "GEO"} <= listed()
    browser.find_element("id", "undated").click()
    assert "GEO" not in listed() and "RUS" in listed()
    click_entity(browser, "RUS")
    assert [d for d, _, _ in passages(browser)] == ["d2"], "only Russia's 2023 passage is in range"
    # The timeline still shows every year of Russia, those outside the range in grey.
    grey = {b.get_attribute("data-year") for b in by_css(browser, "svg.timeline rect[fill='#ccc']")}
    assert grey == {"1998"}
    browser.find_element("id", "reset").click()
    assert {"TKM", "KGZ", "GEO"} <= listed()
    assert {d for d, _, _ in passages(browser)} == {"d0", "d2", "d3"}


def test_hovering_a_graph_node_shows_its_label(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    docs, mentions = frame(CORPUS)
    open_report(browser, tmp_path / "r.html", docs, mentions)
    tip = browser.find_element("id", "tip")
    assert not tip.is_displayed()
    assert errors(browser) == []
    (node,) = by_css(browser, "svg.graph g.node[data-id='AZE'] circle")
    ActionChains(browser).move_to_element(node).perform()
    assert tip.is_displayed() and tip.text == "Azerbaijan (country, 1 document)"
    dimmed = by_css(browser, "svg.graph line.dim")
    assert dimmed and len(dimmed) < len(by_css(browser, "svg.graph line")), "edges not touching Azerbaijan fade"
    ActionChains(browser).move_to_element(browser.find_element("tag name", "h1")).perform()
    assert not tip.is_displayed()


def test_markup_in_the_text_stays_text_in_the_browser(browser: Any, tmp_path: Path) -> None:
    docs, mentions = frame(CORPUS)
    open_report(browser, tmp_path / "r.html", docs, mentions)
    click_entity(browser, "KGZ")
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img, b').length") == 0
    rows = passages(browser)
    assert rows and all(s == "Kyrgyzstan" for _, s, _ in rows)
    right = by_css(browser, "#s-passages table.kwic tr .r")[0].text
    assert right.startswith("</script><img src=x onerror=\"window.pwned=1\"> & 'quotes'")


def test_a_corpus_without_mentions_or_dates_gives_a_working_page(browser: Any, tmp_path: Path) -> None:
    docs, mentions = frame([("Nothing", "", "No names here."), ("", "", "Nor here.")])
    assert len(mentions) == 0
    open_report(browser, tmp_path / "r.html", docs, mentions)
    assert by_css(browser, "button.entity") == []
    assert "no dated documents" in browser.find_element("id", "s-overview").text
    assert "no co-mentions" in browser.find_element("id", "s-graph").text


def test_a_section_added_by_a_builder_is_drawn_and_follows_the_view(browser: Any, tmp_path: Path) -> None:
    """The way to extend the page: a builder that gives a Section (its data, its script)."""

    def weapons_by_origin(d: ReportData) -> Section:
        weapons = d.mentions[d.mentions["kind"] == "weapon"]
        data = {"count": len(weapons), "note": "<i>from Python</i>"}
        script = """function (el, data, view) {
          var e = view.selected, E = view.data.entities;
          el.appendChild(view.h("p", {"class": "custom"}, data.note + " " + data.count + " " +
            (e === null ? "none" : E.id[e] + " " + view.docsOf(e).length)));
        }"""
        return Section("weapons", "Weapon mentions", data, script)

    docs, mentions = frame(CORPUS)
    open_report(browser, tmp_path / "r.html", docs, mentions, sections=[*SECTIONS, weapons_by_origin])
    custom = browser.find_element("css selector", "#s-weapons p.custom")
    assert browser.find_element("css selector", "#s-weapons h2").text == "Weapon mentions"
    assert custom.text == "<i>from Python</i> 1 none"
    click_entity(browser, "RUS")
    assert browser.find_element("css selector", "#s-weapons p.custom").text == "<i>from Python</i> 1 RUS 3"
    assert errors(browser) == []


def test_a_failing_section_says_so_and_leaves_the_others_drawn(browser: Any, tmp_path: Path) -> None:
    def broken(d: ReportData) -> Section:
        return Section("broken", "Broken", None, "function (el, data, view) { return data.missing.field; }")

    docs, mentions = frame(CORPUS)
    path = tmp_path / "r.html"
    path.write_text(render(docs, mentions, sections=[broken, *SECTIONS]), encoding="utf-8")
    browser.get(path.as_uri())
    assert "This section failed: TypeError" in browser.find_element("id", "s-broken").text
    assert any("TypeError" in e for e in errors(browser)), "the error reaches the console (and the tests)"
    click_entity(browser, "TUR")
    assert [d for d, _, _ in passages(browser)] == ["d1"]
    assert any("TypeError" in e for e in errors(browser)), "drawn again after the click, failing again"


RELATIONS = [
    ("Drones", "2020-10-05", "Turkey delivered Bayraktar TB2 drones to Azerbaijan in 2020."),
    ("Summit", "2023-06-10", "President Vladimir Putin met President Kassym-Jomart Tokayev in Astana."),
    ("Air defence", "2016-01-01", "In 2016 Russia supplied two S-300 batteries to Kazakhstan."),
    ("Market", "2021-03-01", "Russia has long dominated a market that China now enters in Kazakhstan."),
]


def test_the_relations_section_tables_transfers_and_draws_meetings(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    docs, mentions = frame(RELATIONS)
    open_report(browser, tmp_path / "r.html", docs, mentions)

    def pairs() -> dict[str, list[str]]:
        return {
            r.get_attribute("data-pair"): [c.text for c in r.find_elements("css selector", "td")]
            for r in by_css(browser, "#s-relations table.transfers tr[data-pair]")
        }

    rows = pairs()
    # Stated transfers only: the co-occurrence of Russia, China and Kazakhstan is no row.
    assert set(rows) == {"TUR>AZE", "RUS>KAZ"}
    header = [th.text for th in by_css(browser, "#s-relations table.transfers th")]
    assert rows["TUR>AZE"][header.index("delivery")] == "1" and rows["TUR>AZE"][0] == "Turkey"
    assert "bayraktar-tb2" in rows["TUR>AZE"][-1] and rows["RUS>KAZ"][header.index("total")] == "1"
    edges = [e.get_attribute("data-edge") for e in by_css(browser, "#s-relations svg.meetings-graph line")]
    assert edges == ["kassym-jomart-tokayev|vladimir-putin"]
    tip = browser.find_element("id", "tip")
    (node,) = by_css(browser, "#s-relations svg.meetings-graph g.node[data-id='vladimir-putin'] circle")
    ActionChains(browser).move_to_element(node).perform()
    assert tip.is_displayed() and tip.text == "Vladimir Putin: 1 meeting"
    # The year range applies to relations too (the year each text gives for its event).
    for box, year in (("year-from", "2017"), ("year-to", "2022")):
        field = browser.find_element("id", box)
        field.clear()
        field.send_keys(year, Keys.TAB)
    assert set(pairs()) == {"TUR>AZE"}
    assert "no meetings in this view" in browser.find_element("id", "s-relations").text
    assert errors(browser) == []
