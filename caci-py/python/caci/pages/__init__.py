"""Read scraped pages of analyst articles into a pandas DataFrame, one row per article.

A page file is UTF-8 text as scraped from an analyst archive such as the Central
Asia-Caucasus Analyst: one paragraph a line, several articles a page, each article opening
with a ``By …`` line and closing with an author's bio (``AUTHOR'S BIO: …``), around them
titles, dates, image credits, captions, "Published in …" lines, share buttons and a site
footer::

    >>> from caci.pages import read_pages, sample_paths
    >>> df = read_pages(sample_paths())            # a folder, a file or a list of them
    >>> df = read_pages(text=scraped)              # page text already in memory (a str)

What a row holds
----------------
``text``
    The document to tag: the article from its ``By …`` line through its bio paragraph
    (what the project's gold files call a document), with boilerplate lines taken out.
``summary``, ``background``, ``implications``, ``conclusions``, ``bio``
    The parts of the article, without their labels (``BACKGROUND:`` …). A section runs
    from its label to the next new label; a label met a second time (an archive typo)
    continues the section it is in. ``summary`` is what comes before ``BACKGROUND:``.
``body``
    The article proper: from the summary through the conclusions (no byline, no bio).
``title``, ``authors``, ``date``
    From the lines before the byline, the byline itself and the date lines around it.

Offsets
-------
Every offset is a Python ``str`` index (a code point) into the page file decoded as
UTF-8, with line ends left as they are (``page_text(source)`` gives that string).
``text_start``/``text_end``, ``body_start``/``body_end`` and ``<part>_start``/
``<part>_end`` bound each part in the file: ``file_text[start:end] == part`` whenever no
boilerplate line was taken out from inside the part. ``segments`` records the pieces of
the file that make up ``text``, as ``(text_offset, file_offset, length)`` triples, and
``to_file_offset(row, i, part=...)`` / ``to_file_span(row, start, end, part=...)`` map an
offset in ``text`` (or in one of the parts) back to the file in every case, and
``add_file_offsets(mentions, pages)`` does it for a whole frame of mentions (from
``caci.tag(pages, key="article")``). Offsets and segments describe the first copy of the
article (``source``).

Boilerplate
-----------
Left out of every part: image credits and captions (a line with a credit marker such as
``Photo:``/``Image source:``/``(Image: …)``/"Wikimedia Commons", and, inside an article,
any short line of under 200 characters that does not end a sentence: analyst paragraphs
end with a full stop), "Published in …" and date lines, "Read more", share buttons,
navigation, newsletter and site footers and e-mail protection notes ("[email protected]",
"This email address is being protected from spambots …", also inside a line).

Duplicates
----------
``article`` is a 12-hex-digit key: the SHA-1 of the article's body after normalisation
(Unicode NFKC, curly quotes and dashes made plain, whitespace removed, ASCII lower-cased),
so it is the same across runs and machines, and an article scraped twice, with or without
a caption, a title or extra blank lines, gets the same key. With ``dedupe=True`` (the
default) such copies make one row: ``source`` is the first file, ``sources`` lists every
file it was found in, ``copies`` counts the copies read.

This package needs only the standard library, numpy and pandas: it does not load the
native tagger.
"""

from __future__ import annotations

from ._articles import split_page
from ._offsets import add_file_offsets, file_offsets, file_spans, to_file_offset, to_file_span, to_text_offset
from ._read import article_key, page_text, read_pages
from ._sample import sample_corpus, sample_paths
from ._schema import COLUMNS as COLUMNS  # not in __all__, as before: the columns of read_pages
from ._schema import PARTS

__all__ = [
    "PARTS",
    "add_file_offsets",
    "article_key",
    "file_offsets",
    "file_spans",
    "page_text",
    "read_pages",
    "sample_corpus",
    "sample_paths",
    "split_page",
    "to_file_offset",
    "to_file_span",
    "to_text_offset",
]
