"""``caci report``: one self-contained HTML page to read a corpus from.

Each entity is clickable: its passages (keyword in context, with the document, its date
and an anchor to the passage), a timeline of its documents by year, filters by kind and
by year range, and a co-mention graph to hover. Nothing is fetched: the scripts and
styles (``caci/_report``) are written by hand and inlined, and the data travel in one
``<script type="application/json">`` element, escaped so that no markup in the texts is
ever markup in the page (the scripts only ever set ``textContent``).

The page is a list of **sections** (:data:`SECTIONS`). A section is built in Python from
the :class:`ReportData` (tagged documents and mentions) as a :class:`Section`: a key, a
title, its JSON data and a JavaScript function ``(element, data, view)`` that draws it.
The page calls every section's function again whenever the view changes (the entity
selected, the kinds shown, the year range). To add a section, write a builder
``(ReportData) -> Section`` and append it to :data:`SECTIONS` (or pass ``sections=`` to
:func:`render`); the view object and its helpers are described in ``caci/_report/core.js``.

Size: every document (title, date, source) and every (entity, document) pair is
embedded, but at most ``passages`` passages per entity (20 by default), chosen one per
document and spread over the entity's years; the page says so where it shows them.
``caci tag`` gives every mention.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from .cli import KINDS, PLURAL

COLOURS = {"country": "#2f6db5", "leader": "#b5442f", "weapon": "#3f8f3a"}

#: Passages stored per entity, and characters of context each side of a mention.
PASSAGES = 20
CONTEXT = 80


def asset(name: str) -> str:
    """A file of the page's own code in ``caci/_report`` (``core.js``: the data, the view and
    its helpers; one ``.js`` file per section; ``report.css``), to be inlined."""
    text = (files(__package__ or "caci") / "_report" / name).read_text(encoding="utf-8")
    if "</" in text:  # would end the inline <script>/<style> element early
        raise ValueError(f"caci/_report/{name} contains '</'")
    return text


@dataclass
class ReportData:
    """What sections are built from: one row per document (``doc, source, title, date,
    text``, as ``caci.cli`` reads them) and one row per mention (``caci.tag``'s columns,
    keyed by ``doc``), plus the number of rows the summary tables and graph show."""

    docs: Any
    mentions: Any
    top: int = 15
    passages: int = PASSAGES
    #: The gazetteer the mentions were found with (None: the built-in one).
    gazetteer: Any = None
    #: Filled by :func:`render`: the position of each document key in ``docs``.
    doc_index: dict[Any, int] = field(default_factory=dict)


@dataclass
class Section:
    """One section of the page.

    ``script`` is a JavaScript function expression ``function (el, data, view) {...}``
    that fills ``el`` (the section's ``<div>``) from ``data`` (this section's JSON) and
    ``view`` (see ``_report/core.js``); it runs on load and whenever the view changes.
    ``html`` is static markup placed before ``el`` (escape anything from the data)."""

    key: str
    title: str
    data: Any
    script: str
    html: str = ""


# ---------------------------------------------------------------------------------------
# Data


def _kwic(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The mention and ``CONTEXT`` characters each side, cut at a space where one is near."""
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    if start > CONTEXT and " " in left[:20]:
        left = left[left.index(" ") + 1 :]
    if end + CONTEXT < len(text) and " " in right[-20:]:
        right = right[: right.rindex(" ")]
    flat = str.maketrans("\r\n\t", "   ")
    return left.translate(flat), text[start:end], right.translate(flat)


def _spread(rows: list[tuple[int, int, int, int]], cap: int) -> list[tuple[int, int, int, int]]:
    """At most ``cap`` of an entity's mentions ``(year, doc, start, end)``: the first in
    each document, taken one per year in turn so that every year is represented (years
    evenly spaced from the first to the last when there are more years than room), in the
    order of the corpus within a year."""
    by_year: dict[int, list[tuple[int, int, int, int]]] = {}
    seen: set[int] = set()
    for r in rows:
        if r[1] not in seen:
            seen.add(r[1])
            by_year.setdefault(r[0], []).append(r)
    chosen: list[tuple[int, int, int, int]] = []
    queues = [list(reversed(q)) for _, q in sorted(by_year.items())]
    while queues and len(chosen) < cap:
        room = cap - len(chosen)
        # More years than room: years evenly spaced from the first to the last.
        picks = (
            range(len(queues))
            if len(queues) <= room
            else {round(i * (len(queues) - 1) / max(room - 1, 1)) for i in range(room)}
        )
        for i in sorted(picks):
            chosen.append(queues[i].pop())
        queues = [q for q in queues if q]
    return chosen


def _source_link(source: str) -> str:
    """A ``file:`` address for a source that is a file on this machine, else ``""``."""
    try:
        path = Path(source)
        return path.resolve().as_uri() if source and source != "-" and path.is_file() else ""
    except (OSError, ValueError):
        return ""


def core_data(d: ReportData) -> dict[str, Any]:
    """Documents and entities: what every section and the entity view share."""
    docs, mentions = d.docs, d.mentions
    d.doc_index = {k: i for i, k in enumerate(docs["doc"].tolist())}
    if len(d.doc_index) < len(docs):
        repeated = docs["doc"][docs["doc"].duplicated()].iloc[0]
        raise ValueError(f"the report needs one row per document: key {repeated!r} is in the `doc` column twice")
    dates = docs["date"]
    years = [None if y != y else int(y) for y in dates.dt.year.tolist()]  # NaN for no date
    day = [None if v is None or v != v else str(v)[:10] for v in dates.dt.strftime("%Y-%m-%d").tolist()]
    # Sources are few (a file holds many articles): each is written once, documents point at it.
    sources: dict[str, int] = {}
    source_no = [sources.setdefault(str(s), len(sources)) for s in docs["source"].tolist()]
    titles = ["" if t is None or t != t else str(t) for t in docs["title"].tolist()]
    texts = docs["text"].tolist()

    m = mentions[mentions["kind"].isin(KINDS)]
    doc_no = [d.doc_index[k] for k in m["doc"].tolist()]
    per_entity: dict[str, list[tuple[int, int, int, int]]] = {}
    info: dict[str, tuple[str, str]] = {}
    for eid, name, kind, doc, start, end in zip(
        m["id"].astype(str).tolist(),
        m["name"].astype(str).tolist(),
        m["kind"].astype(str).tolist(),
        doc_no,
        m["start"].tolist(),
        m["end"].tolist(),
    ):
        year = years[doc]
        per_entity.setdefault(eid, []).append((-1 if year is None else year, doc, start, end))
        info.setdefault(eid, (name, kind))
    ids = sorted(per_entity, key=lambda e: (KINDS.index(info[e][1]), -len(per_entity[e]), info[e][0]))
    ents: dict[str, list[Any]] = {k: [] for k in ("id", "name", "kind", "mentions", "docs", "passages")}
    for eid in ids:
        rows = per_entity[eid]
        ents["id"].append(eid)
        ents["name"].append(info[eid][0])
        ents["kind"].append(info[eid][1])
        ents["mentions"].append(len(rows))
        ents["docs"].append(sorted({r[1] for r in rows}))
        ents["passages"].append(
            [
                [doc, start, *_kwic(texts[doc], start, end)]
                for _, doc, start, end in sorted(
                    _spread(rows, d.passages), key=lambda r: (day[r[1]] or "~", r[1], r[2])
                )
            ]
        )
    return {
        "documents": len(docs),
        "mentions": len(mentions),
        "kinds": list(KINDS),
        "plural": PLURAL,
        "colours": COLOURS,
        "passages": d.passages,
        "top": d.top,
        "docs": {
            "key": [str(k) for k in docs["doc"].tolist()],
            "title": titles,
            "date": day,
            "year": years,
            "source": source_no,
        },
        "sources": [[s, _source_link(s)] for s in sources],
        "entities": ents,
    }


# ---------------------------------------------------------------------------------------
# Sections


def section_overview(d: ReportData) -> Section:
    """Documents by year, a stacked column per kind (the view's kinds and years)."""
    return Section("overview", "Documents by year", None, asset("overview.js"))


def section_entities(d: ReportData) -> Section:
    """One list per kind of the entities mentioned in the view's years, by documents."""
    return Section(
        "entities", "Entities", None, asset("entities.js"), "<p class='muted'>Click a name to read its passages.</p>"
    )


def section_passages(d: ReportData) -> Section:
    """The selected entity: its timeline and its passages (keyword in context)."""
    return Section("passages", "Passages", None, asset("passages.js"))


def section_graph(d: ReportData) -> Section:
    """The co-mention graph of the most mentioned entities and the strongest pairs."""
    return Section("graph", "Co-mentions", None, asset("graph.js"))


def section_relations(d: ReportData) -> Section:
    """Arms transfers (supplier by recipient by status) and the meetings network, as
    ``caci.transfers`` and ``caci.meetings`` state them in the documents."""
    import pandas as pd

    from . import relations

    t, m = relations._both(d.docs, text="text", date="date", key="doc", gazetteer=d.gazetteer, progress=False)

    def missing(v: Any) -> bool:
        return v is None or v is pd.NA or (isinstance(v, float) and v != v)

    def year(v: Any) -> int | None:
        return None if missing(v) else int(v)

    transfers = [
        [d.doc_index[k], str(s), str(r), str(sys if missing(fam) else fam), str(st), year(y)]
        for k, s, r, fam, sys, st, y in zip(
            t["doc"].tolist(),
            t["supplier"].tolist(),
            t["recipient"].tolist(),
            t["family"].tolist(),
            t["system"].tolist(),
            t["status"].tolist(),
            t["year"].tolist(),
        )
    ]
    meetings = [
        [d.doc_index[k], str(a), str(b), str(kind), year(y)]
        for k, a, b, kind, y in zip(
            m["doc"].tolist(), m["a"].tolist(), m["b"].tolist(), m["kind"].tolist(), m["year"].tolist()
        )
    ]
    names = dict(zip(d.mentions["id"].astype(str).tolist(), d.mentions["name"].astype(str).tolist()))
    g = d.gazetteer
    for row in transfers:
        for i in (row[1], row[2]):
            if i not in names and g is not None and i in g:
                names[i] = str(g.entity(i)["name"])
    data = {
        "statuses": list(relations.STATUSES),
        "transfers": transfers,
        "meetings": meetings,
        "names": names,
    }
    note = (
        "<p class='muted'>Relations stated in the documents (<code>caci transfers</code>, "
        "<code>caci meetings</code>), in the year range: the year a text gives for each, else its document's.</p>"
    )
    return Section("relations", "Who arms whom, who meets whom", data, asset("relations.js"), note)


#: The sections of the page, in order. Append a builder to add one.
SECTIONS: list[Callable[[ReportData], Section]] = [
    section_overview,
    section_entities,
    section_passages,
    section_graph,
    section_relations,
]


# ---------------------------------------------------------------------------------------
# The page


def embed_json(value: Any) -> str:
    """``value`` as JSON that is inert inside a ``<script>`` element: ``<``, ``>`` and
    ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (they occur only in
    strings, where JSON reads them back unchanged), so no ``</script>`` or ``<!--`` can
    end or change the element; U+2028 and U+2029 are escaped as well."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def render(
    docs: Any,
    mentions: Any,
    *,
    top: int = 15,
    passages: int = PASSAGES,
    sections: Sequence[Callable[[ReportData], Section]] | None = None,
    gazetteer: Any = None,
) -> str:
    """The report page for tagged documents (``doc, source, title, date, text``) and
    their mentions (``caci.tag(docs, key="doc", gazetteer=gazetteer)``)."""
    d = ReportData(docs, mentions, top=top, passages=passages, gazetteer=gazetteer)
    data = core_data(d)
    built = [make(d) for make in (SECTIONS if sections is None else sections)]
    data["sections"] = {s.key: s.data for s in built}
    body = "".join(
        f"<section id='s-{html.escape(s.key)}'><h2>{html.escape(s.title)}</h2>{s.html}"
        f"<div class='body' data-section='{html.escape(s.key)}'></div></section>"
        for s in built
    )
    scripts = ",".join(f"{json.dumps(s.key)}:{s.script}" for s in built)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>caci report</title>"
        f"<style>{asset('report.css')}</style></head><body>"
        f"<h1>caci report</h1><p class='muted' id='counts'>{d.docs.shape[0]} documents, "
        f"{len(d.mentions)} mentions</p>{FILTERS}{body}<div id='tip' hidden></div>"
        f"<script type='application/json' id='caci-data'>{embed_json(data)}</script>"
        f"<script>{asset('core.js')}\ncaci.start({{{scripts}}});</script></body></html>"
    )


#: The filters: kinds shown, year range, undated documents (read by core.js).
FILTERS = (
    "<div class='filters' id='filters'><span>Kinds: "
    + " ".join(
        f"<label><input type='checkbox' name='kind' value='{k}' checked> {html.escape(PLURAL[k])}</label>"
        for k in KINDS
    )
    + "</span><span>Years <input type='number' id='year-from'> to <input type='number' id='year-to'>"
    " <label><input type='checkbox' id='undated' checked> undated documents</label></span>"
    "<button type='button' id='reset'>all</button></div>"
)
