"""``caci report``: one self-contained HTML page (no script, no server, inline SVG)."""

from __future__ import annotations

import html
import math
from typing import Any

from .cli import PLURAL

COLOURS = {"country": "#2f6db5", "leader": "#b5442f", "weapon": "#3f8f3a"}

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
td, th { padding: 2px 6px; border-bottom: 1px solid #eee; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #777; }
"""


def _e(x: Any) -> str:
    return html.escape(str(x))


def _bars(table: Any, kind: str) -> str:
    """A horizontal bar chart of documents per entity."""
    if not len(table):
        return "<p class='muted'>none found</p>"
    width, row = 340, 18
    top = int(table["documents"].max())
    parts = [f"<svg width='{width}' height='{row * len(table) + 4}' role='img' aria-label='top {kind}s'>"]
    for i, (eid, r) in enumerate(table.iterrows()):
        w = max(2, int((width - 200) * r["documents"] / top))
        y = i * row
        parts.append(f"<text x='0' y='{y + 13}' font-size='12'>{_e(r['name'])[:24]}</text>")
        parts.append(
            f"<rect x='160' y='{y + 3}' width='{w}' height='12' fill='{COLOURS[kind]}'><title>{_e(eid)}</title></rect>"
        )
        parts.append(f"<text x='{164 + w}' y='{y + 13}' font-size='11'>{int(r['documents'])}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _by_year(by_year: Any) -> str:
    """Stacked columns: mentions per year and kind."""
    if not len(by_year):
        return "<p class='muted'>no dated documents</p>"
    kinds = [k for k in COLOURS if k in by_year.columns]
    years = list(by_year.index)
    width, height, pad = 900, 220, 30
    step = (width - pad) / max(len(years), 1)
    top = max(1, int(by_year[kinds].sum(axis=1).max()))
    parts = [f"<svg width='{width}' height='{height + 30}' role='img' aria-label='mentions by year'>"]
    for i, year in enumerate(years):
        x = pad + i * step
        y = height
        for k in kinds:
            h = (height - 10) * by_year.loc[year, k] / top
            y -= h
            parts.append(
                f"<rect x='{x:.1f}' y='{y:.1f}' width='{step * 0.7:.1f}' height='{h:.1f}' fill='{COLOURS[k]}'>"
                f"<title>{year} {k}: {int(by_year.loc[year, k])}</title></rect>"
            )
        parts.append(f"<text x='{x:.1f}' y='{height + 16}' font-size='11'>{year}</text>")
    for j, k in enumerate(kinds):
        parts.append(f"<rect x='{pad + j * 90}' y='0' width='10' height='10' fill='{COLOURS[k]}'/>")
        parts.append(f"<text x='{pad + j * 90 + 14}' y='10' font-size='11'>{k}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _network(pairs: Any, names: dict[str, str]) -> str:
    """The co-mention network on a circle: edge width by documents."""
    if not len(pairs):
        return "<p class='muted'>no co-mentions</p>"
    nodes = sorted(set(pairs["a"].astype(str)) | set(pairs["b"].astype(str)))
    size, r = 520, 200
    pos = {
        n: (
            size / 2 + r * math.cos(2 * math.pi * i / len(nodes)),
            size / 2 + r * math.sin(2 * math.pi * i / len(nodes)),
        )
        for i, n in enumerate(nodes)
    }
    top = max(1, int(pairs["documents"].max()))
    parts = [f"<svg width='{size + 200}' height='{size}' role='img' aria-label='co-mention network'>"]
    for p in pairs.itertuples(index=False):
        (x1, y1), (x2, y2) = pos[str(p.a)], pos[str(p.b)]
        w = 0.5 + 5 * p.documents / top
        parts.append(
            f"<line x1='{x1:.0f}' y1='{y1:.0f}' x2='{x2:.0f}' y2='{y2:.0f}' stroke='#889' stroke-width='{w:.1f}'>"
            f"<title>{_e(p.a)} - {_e(p.b)}: {int(p.documents)}</title></line>"
        )
    for n, (x, y) in pos.items():
        parts.append(f"<circle cx='{x:.0f}' cy='{y:.0f}' r='5' fill='#333'/>")
        parts.append(f"<text x='{x + 8:.0f}' y='{y + 4:.0f}' font-size='12'>{_e(names.get(n, n))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _row(*cells: Any, head: bool = False) -> str:
    """A table row; numbers right-aligned. Cells must already be escaped."""
    tag = "th" if head else "td"
    out = "".join(f"<{tag} class='n'>{c}</{tag}>" if isinstance(c, int) else f"<{tag}>{c}</{tag}>" for c in cells)
    return f"<tr>{out}</tr>"


def render(s: dict[str, Any]) -> str:
    """The report page for a summary from ``caci.cli.summarise``."""
    names = {str(i): str(r["name"]) for t in s["tables"].values() for i, r in t.iterrows()}
    cols = []
    for kind, t in s["tables"].items():
        rows = "".join(_row(_e(r["name"]), _e(i), int(r["documents"])) for i, r in t.iterrows())
        table = f"<table>{_row('name', 'id', 'documents', head=True)}{rows}</table>"
        cols.append(f"<div><h2>Top {PLURAL[kind]}</h2>{_bars(t, kind)}{table}</div>")
    pair_rows = "".join(
        _row(_e(names.get(str(p.a), p.a)), _e(names.get(str(p.b), p.b)), int(p.documents))
        for p in s["pairs"].itertuples(index=False)
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>caci report</title>"
        f"<style>{STYLE}</style></head><body>"
        f"<h1>caci report</h1><p class='muted'>{s['documents']} documents, {s['mentions']} mentions</p>"
        f"<h2>Mentions by year</h2>{_by_year(s['by_year'])}"
        f"<div class='grid'>{''.join(cols)}</div>"
        f"<h2>Co-mention network</h2>{_network(s['pairs'], names)}"
        f"<h2>Strongest co-mentions</h2><table>{_row('a', 'b', 'documents', head=True)}{pair_rows}</table>"
        "</body></html>"
    )
