"""The lines of a page and what each is: blank, prose, a byline, a bio, a section label,
or boilerplate to drop (dates, publication lines, share buttons, navigation, footers,
image credits and captions). All patterns are matched against a line with its
surrounding whitespace removed."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ._bylines import _parse_byline
from ._dates import _date_line, _first_date

_SECTION_NAMES = {
    "BACKGROUND": "background",
    "IMPLICATIONS": "implications",
    "IMPLICATION": "implications",
    "CONCLUSIONS": "conclusions",
    "CONCLUSION": "conclusions",
}

_BIO = re.compile(
    r"(?:about\s+the\s+authors?|(?:the\s+)?authors?(?:['\u2019]s|s['\u2019])?\s+bios?)\s*[:.\-\u2013\u2014]\s*",
    re.I,
)
_LABEL = re.compile(
    r"(?P<name>BACKGROUND|IMPLICATIONS?|CONCLUSIONS?)\s*:\s*|(?P<lower>Background|"
    r"Implications?|Conclusions?)\s*:\s+",
)
_ISSUE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\s+issue\s+of\s+the\s+(?:caci|central\s+asia)", re.I)

# Boilerplate that may make a long line: footers and e-mail protection notes.
_BOILERPLATE_LONG = (
    r"the\s+central\s+asia-caucasus\s+analyst\s+is\b.*"
    r"|(?:sign\s+up|subscribe)\s+(?:for|to)\b.*"
    r"|(?:follow\s+us|stay\s+(?:up\s+to\s+date|informed|in\s+touch)|join\s+our\s+mailing)\b.*"
    r"|(?:copyright|©|\(c\)\s*\d{4}).*"
    r"|(?:powered\s+by|privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy)\b.*"
    r"|this\s+(?:site|website)\s+uses\s+cookies\b.*"
    r"|(?:e-?mail\s*[:,]?\s*)?this\s+e-?mail\s+address\s+is\s+being\s+protected\b.*"
)
_SHARE_WORD = (
    r"(?:share(?:\s+(?:on|this(?:\s+article|\s+page)?|via))?|tweet|facebook|twitter|x|"
    r"linkedin|whatsapp|telegram|reddit|vk|e-?mail|print|pdf|copy\s+link|\d+\s+shares?)"
)
# Boilerplate lines (matched whole, on lines of up to _SHORT characters).
_BOILERPLATE = re.compile(
    r"(?:"
    # Publication lines: "Published in Analytical Articles", "Published in the 12/3/2003
    # issue of the CACI Analyst", "Posted in …", "Written by …".
    r"(?:published|posted|filed)\s+(?:in|on|under|by)\b.*"
    r"|written\s+by\b.*"
    r"|(?:from\s+)?(?:the\s+)?\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\s+issue\s+of\s+the\b.*"
    # Read more.
    r"|(?:read|continue\s+reading)(?:\s+(?:more|the\s+full\s+article))?\b\W*"
    r"|read\s+more\b.*"
    # Share buttons: "Share", "Tweet", "Facebook | Twitter | Email | Print".
    r"|(?:" + _SHARE_WORD + r"[\s|•·,/:]*)+"
    # Navigation.
    r"|home(?:\s*[\u00bb>/|\u203a].*)?"
    r"|(?:menu|search|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|top|login|log\s+in"
    r"|sign\s+in|register|next|prev(?:ious)?|older|newer|(?:next|previous|prev)\s+"
    r"(?:article|post|item|page)|related\s+(?:items|articles|posts)|more\s+in\s+this\s+"
    r"category|analytical\s+articles|field\s+reports|news\s+digest|publications|events"
    r"|about(?:\s+us)?|contact(?:\s+us)?|newsletter|archives?)\W*"
    r"|[\u00ab\u2039<]+\s*(?:prev(?:ious)?|back)\b.*"
    r"|.*\b(?:next|newer)\s*[\u00bb\u203a>]+"
    r"|tags?\s*:.*"
    r"|categor(?:y|ies)\s*:.*"
    r"|.*\ball\s+rights\s+reserved\W*"
    # E-mail protection notes.
    r"|(?:e-?mail\s*[:,]?\s*)?\[?\s*email(?:\s|&#160;|\xa0)*protected\s*\]?\W*"
    r"|" + _BOILERPLATE_LONG + r")",
    re.I,
)
_BOILERPLATE_LONG_RE = re.compile(_BOILERPLATE_LONG, re.I)
_SHORT = 300
# Image credits and captions, recognised by a marker (only on lines of up to _SHORT characters).
_CREDIT = re.compile(
    r"(?:image|photo|picture|photograph|illustration|figure|fig\.|caption|credit|courtesy"
    r"|source)s?(?:\s+(?:source|credit|caption|by|of|courtesy))?\s*(?:\d+\s*)?[:|\u2013\u2014]"
    r"|(?:image|photo|picture|photograph)\s+(?:source|credit|courtesy|by)\b"
    r"|courtesy\s+of\b"
    r"|\[(?:image|photo|picture|caption)\b",
    re.I,
)
_CREDIT_ANYWHERE = re.compile(
    r"\((?:image|photo|picture|source|credit|courtesy)\b[^)]*\)\W*$"
    r"|\b(?:image|photo|picture)\s*(?:source|credit|courtesy)?\s*:\s*[^.]{1,100}$"
    r"|wikimedia\s+commons|creative\s+commons|\bcc\s+by(?:-sa)?\b|shutterstock|getty\s+images"
    r"|\bvia\s+(?:reuters|afp|ap|tass|ria\s+novosti|wikipedia)\b",
    re.I,
)
_SENTENCE_END = ".!?…:;"
_CLOSERS = "\"'\u201d\u2019\u00bb)]*"
# An HTML tag (`</p>`, `<br/>`, `<a href="...">`): at the end of a line, not the line's end.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CAPTION_MAX = 200

# Line kinds.
_BLANK, _TEXT, _BYLINE_K, _BIO_K, _LABEL_K, _DROP = range(6)


class _Line(NamedTuple):
    start: int  # offset of the line in the page
    content_start: int  # first non-space character
    content_end: int  # after the last non-space character
    end: int  # the end of the line, before its line break
    next: int  # the start of the next line (after the line break)
    kind: int
    info: Any  # byline: (authors, date); label: (section, label length); drop: date
    loose: bool  # a short text line that ends no sentence: a caption or a title


def _ends_sentence(s: str) -> bool:
    while s.endswith(">"):  # closing markup left by a scraper: `<p>Text.</p>` ends a sentence
        i = s.rfind("<")
        if i < 0 or _TAG.fullmatch(s, i) is None:
            break
        s = s[:i].rstrip()
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _SENTENCE_END


def _is_short_unterminated(s: str) -> bool:
    return len(s) < _CAPTION_MAX and not _ends_sentence(s)


def _classify(s: str) -> tuple[int, Any]:
    if not s:
        return _BLANK, None
    first = s[0]
    if first in "Bb":
        byline = _parse_byline(s)
        if byline is not None:
            return _BYLINE_K, byline
    if first in "AaTt":
        m = _BIO.match(s)
        if m is not None:
            return _BIO_K, m.end()
    if first in "BICbic":
        m = _LABEL.match(s)
        if m is not None:
            name = m.group("name") or m.group("lower")
            return _LABEL_K, (_SECTION_NAMES[name.upper()], m.end())
    if len(s) > _SHORT:  # prose, a footer or an e-mail note
        return (_DROP if _BOILERPLATE_LONG_RE.match(s) else _TEXT), None
    if len(s) <= 80 and any(c.isdigit() for c in s):
        date = _date_line(s)
        if date is not None:
            return _DROP, date
    if _BOILERPLATE.fullmatch(s) is not None:
        date = _first_date(s) if _ISSUE.search(s) or s[:9].lower() == "published" else None
        return _DROP, date
    if _CREDIT.match(s) is not None or _CREDIT_ANYWHERE.search(s):
        return _DROP, None
    return _TEXT, None


def _lines(page: str) -> list[_Line]:
    out = []
    pos = 1 if page.startswith("\ufeff") else 0  # a byte order mark is no text
    n = len(page)
    while pos < n:
        nl = page.find("\n", pos)
        nxt = n if nl < 0 else nl + 1
        end = n if nl < 0 else nl
        if end > pos and page[end - 1] == "\r":
            end -= 1
        raw = page[pos:end]
        stripped = raw.strip()
        if stripped:
            cs = pos + (len(raw) - len(raw.lstrip()) if raw[0].isspace() else 0)
            ce = cs + len(stripped)
        else:
            cs = ce = pos
        kind, info = _classify(stripped)
        loose = kind == _TEXT and _is_short_unterminated(stripped)
        out.append(_Line(pos, cs, ce, end, nxt, kind, info, loose))
        pos = nxt
    return out
