"""Progress bars for calls over many documents.

``progress=None`` (the default) shows a tqdm bar in a notebook or when stderr is a
terminal, and only for calls that last more than a moment; ``progress=False`` never
shows one; ``progress=True`` always does (it needs tqdm).
"""

from __future__ import annotations

import sys
from typing import Any

#: With ``progress=None``, a bar appears only once a call has run this long (seconds).
AUTO_DELAY = 1.0


def in_notebook() -> bool:
    """Whether code runs in a Jupyter kernel."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    try:
        shell = ipython.get_ipython()
    except Exception:
        return False
    return shell is not None and hasattr(shell, "kernel")


def interactive() -> bool:
    """Whether someone may be watching: a notebook, or stderr is a terminal."""
    if in_notebook():
        return True
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def bar(total: int | None, progress: bool | None, desc: str, unit: str = "doc") -> Any:
    """A tqdm bar over ``total`` documents (or bytes, with ``unit="B"``), or None when
    ``progress`` says no."""
    if progress is None:
        if not interactive():
            return None
        delay = AUTO_DELAY
    elif not progress:
        return None
    else:
        delay = 0.0
    try:
        from tqdm.auto import tqdm
    except ImportError:
        if progress:
            raise ImportError("progress=True needs tqdm: pip install tqdm") from None
        return None
    divisor = 1024 if unit == "B" else 1000
    return tqdm(
        total=total, desc=desc, unit=unit, unit_scale=True, unit_divisor=divisor, delay=delay, dynamic_ncols=True
    )
