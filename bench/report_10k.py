"""Size and opening time of ``caci report`` on a corpus of 10,000 documents.

    python bench/report_10k.py [--docs 10000] [--repeat 3] [--keep report.html]

The corpus is the bundled sample articles (11, 1996-2025) repeated with distinct keys
until there are ``--docs`` documents, each copy dated a whole number of years earlier or
later (within 1992-2026), so that every year has documents. It is tagged as ``caci
report`` tags it, then the page is rendered (``caci.report.render``) and opened in
headless Chromium (Debian's chromium and chromium-driver, through selenium), fresh each
round. Prints: the file size; the render time in Python; the page's load time
(navigation start to the end of the load event: the JSON parsed and every section drawn,
as the script runs before ``load``); the time to show the passages of the entity with the
most documents after a click, and to redraw after a change of the year range. Medians of
``--repeat`` rounds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

import caci
from caci.pages import read_pages, sample_paths
from caci.report import render

FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
FLAGS += " --disable-sync --no-first-run --window-size=1200,1400"


def corpus(n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    pages = read_pages(sample_paths())
    base = pd.DataFrame(
        {"source": pages["source"].astype(str), "title": pages["title"], "date": pages["date"], "text": pages["text"]}
    )
    copies = []
    for k in range(-(-n // len(base))):
        c = base.copy()
        shift = (k % 9) - 4  # years
        c["date"] = pd.to_datetime(c["date"]) + pd.DateOffset(years=shift)
        copies.append(c)
    docs = pd.concat(copies, ignore_index=True).head(n)
    docs.insert(0, "doc", [f"d{i}" for i in range(len(docs))])
    docs["date"] = docs["date"].astype("datetime64[ns]")
    mentions = caci.tag(docs, text="text", date="date", key="doc", progress=False)
    return docs, mentions


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", help="also write the page here")
    args = ap.parse_args()

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.keys import Keys

    docs, mentions = corpus(args.docs)
    print(f"{len(docs)} documents, {len(mentions)} mentions, {docs['text'].str.len().sum() / 1e6:.1f} M characters")
    renders, page = [], ""
    for _ in range(args.repeat):
        t = time.perf_counter()
        page = render(docs, mentions)
        renders.append(time.perf_counter() - t)
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "report.html"
    path.write_text(page, encoding="utf-8")
    if args.keep:
        shutil.copy(path, args.keep)
    size = path.stat().st_size
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for f in FLAGS.split():
        options.add_argument(f)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    loads, clicks, filters = [], [], []
    for _ in range(args.repeat):
        driver = webdriver.Chrome(options=options, service=service)
        try:
            driver.get(path.as_uri())
            loads.append(
                driver.execute_script(
                    "var t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;"
                )
                / 1000
            )
            top = driver.execute_script(
                "var v = caci.view, r = v.ranked(); return v.data.entities.id[r[0][0]];"
            )  # the most documents
            button = driver.find_element("css selector", f"button.entity[data-id='{top}']")
            t = time.perf_counter()
            button.click()
            driver.find_element("css selector", "#s-passages table.kwic tr")
            clicks.append(time.perf_counter() - t)
            field = driver.find_element("id", "year-to")
            field.clear()
            t = time.perf_counter()
            field.send_keys("2005", Keys.TAB)
            driver.execute_script("return 1")  # after the change handler has run
            filters.append(time.perf_counter() - t)
        finally:
            driver.quit()
    med = statistics.median
    print(f"file: {size / 1e6:.2f} MB; render in Python: {med(renders):.2f} s")
    rounds = ", ".join(f"{x:.2f}" for x in loads)
    print(f"open (load event end, headless Chromium): {med(loads):.2f} s  (rounds: {rounds})")
    print(f"click the top entity ({top}) to its passages: {med(clicks):.2f} s")
    print(f"change the year range: {med(filters):.2f} s")


if __name__ == "__main__":
    main()
