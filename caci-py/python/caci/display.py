"""``caci.display``: a text with its mentions highlighted, for Jupyter."""

from __future__ import annotations

import html
from typing import Any

from ._caci import Gazetteer, Mention

__all__ = ["KIND_COLOURS", "Highlighted", "display"]

#: Background colour of each kind's mentions.
KIND_COLOURS = {
    "country": "#cfe2ff",
    "leader": "#ffe0b2",
    "weapon": "#ffcdd2",
    "organization": "#d3f2dc",
    "region": "#e6dcff",
}
_OTHER = "#e0e0e0"
_MARK = "background:{colour};padding:0 0.15em;border-radius:0.25em"


class Highlighted:
    """A text and its mentions. Jupyter shows it as HTML (hover a mention for its id);
    ``str()`` gives the text with each mention marked ``[surface](kind:id)``."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions

    def _pieces(self) -> list[tuple[str, Mention | None]]:
        out: list[tuple[str, Mention | None]] = []
        at = 0
        for m in self.mentions:
            if m.start > at:
                out.append((self.text[at : m.start], None))
            out.append((self.text[m.start : m.end], m))
            at = m.end
        if at < len(self.text):
            out.append((self.text[at:], None))
        return out

    def _repr_html_(self) -> str:
        body = []
        for piece, m in self._pieces():
            if m is None:
                body.append(html.escape(piece))
                continue
            hover = f"{m.kind}: {m.id} ({m.name})"
            if m.form != "name":
                hover += f", {m.form}"
            if m.family is not None and m.family != m.id:
                hover += f", family {m.family}"
            if m.ambiguous:
                hover += ", ambiguous"
            style = _MARK.format(colour=KIND_COLOURS.get(m.kind, _OTHER))
            body.append(
                f'<mark class="caci-{html.escape(m.kind)}" style="{style}" '
                f'title="{html.escape(hover, quote=True)}">{html.escape(piece)}</mark>'
            )
        kinds = sorted(
            {m.kind for m in self.mentions}, key=lambda k: list(KIND_COLOURS).index(k) if k in KIND_COLOURS else 99
        )
        legend = " ".join(
            f'<mark style="{_MARK.format(colour=KIND_COLOURS.get(k, _OTHER))}">{html.escape(k)}</mark>' for k in kinds
        )
        return (
            '<div class="caci-display" style="white-space:pre-wrap;line-height:1.8">'
            + "".join(body)
            + "</div>"
            + (f'<div class="caci-legend" style="font-size:85%;margin-top:0.3em">{legend}</div>' if legend else "")
        )

    def __str__(self) -> str:
        return "".join(piece if m is None else f"[{piece}]({m.kind}:{m.id})" for piece, m in self._pieces())

    def __repr__(self) -> str:
        return f"<caci.Highlighted: {len(self.mentions)} mentions in {len(self.text)} characters>"


def display(text: Any, date: Any = None, *, gazetteer: Gazetteer | None = None) -> Highlighted:
    """``text`` with its mentions highlighted, coloured by kind (an object that Jupyter
    renders as HTML). ``None`` or NaN shows as an empty text."""
    g = Gazetteer.default() if gazetteer is None else gazetteer
    mentions = g.find(text, date)
    return Highlighted(text if isinstance(text, str) else "", mentions)
