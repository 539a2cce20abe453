"""A custom gazetteer on its way to worker processes (Dask, Spark).

A gazetteer pickles as its full JSON specification; a task graph or a Spark closure
carries it instead as ``(digest, compressed spec)``, about ten times smaller, and each
worker process builds it once, on first use, keeping the last few it built by digest
(so that a second computation with the same gazetteer does not build it again).
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections import OrderedDict

from ._caci import Gazetteer

#: Gazetteers kept per process (each takes 10-20 MB built).
CACHE_SIZE = 4

_lock = threading.Lock()
_built: OrderedDict[str, Gazetteer] = OrderedDict()


def pack(g: Gazetteer) -> tuple[str, bytes]:
    """``(digest, compressed specification)`` of ``g``; this process keeps ``g`` under
    the digest, so that it is not built again here (a local cluster, Spark's local mode)."""
    text = g.to_json().encode("utf-8")
    digest = hashlib.sha256(text).hexdigest()[:32]
    keep(digest, g)
    return digest, zlib.compress(text, 1)


def keep(digest: str, g: Gazetteer) -> None:
    """Keeps ``g`` as this process's gazetteer of ``digest``."""
    with _lock:
        _built[digest] = g
        _built.move_to_end(digest)
        while len(_built) > CACHE_SIZE:
            _built.popitem(last=False)


def built(digest: str, spec: bytes) -> tuple[Gazetteer, bool]:
    """The gazetteer of ``digest``, built from ``spec`` if this process has not built it
    yet; and whether it was built by this call."""
    with _lock:
        g = _built.get(digest)
        if g is not None:
            _built.move_to_end(digest)
            return g, False
        g = Gazetteer.from_json(zlib.decompress(spec).decode("utf-8"))
        _built[digest] = g
        while len(_built) > CACHE_SIZE:
            _built.popitem(last=False)
        return g, True


def forget() -> None:
    """Drops this process's built gazetteers (for tests)."""
    with _lock:
        _built.clear()
