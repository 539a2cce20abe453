"""caci against its peers on one generated corpus, single-threaded (issue 7).

    python bench/peers.py [--size-mb 100] [--rounds 3] [--only caci,flashtext] [--skip re]

Run it in a venv that has the peers (``bench/requirements-peers.txt``) and caci (a
release build): nothing is installed at import or run time, and a peer that is not
installed is reported as such and skipped. Builds ``caci-core``'s ``bench_file`` example
with cargo (release) to write the corpus and to time the Rust core.

The corpus: ``caci-core/benches/support/corpus.rs`` (sentences from project-written
templates filled with aliases of the built-in gazetteer; deterministic by ``--seed``), at
least ``--size-mb`` x 10^6 bytes of UTF-8 in documents of about ``--doc-bytes`` bytes (a
typical ~5 KB article), written to ``bench/out/`` (gitignored), one form feed after each
document.

``--prose``: real analyst prose instead (issue 18), where mentions are sparser and
documents shorter: the paragraphs of the shared seed pages (``../shared/seeds/*.txt``
beside the project; third-party text, read, never committed), shuffled by ``--seed``
into documents of about ``--doc-bytes`` bytes (give 2000), repeated to ``--size-mb``
(``--seeds DIR``: the seed pages elsewhere, e.g. from a git worktree beside the project).
Where ``../shared`` is absent the run says so and stops with status 0.

The job, the same for every peer: find every alias of the default gazetteer (all of them, as
written, lowered and made distinct; the first entity in gazetteer order keeps an alias
that names several), whole-word (an alias that begins/ends with a letter, digit or ``_``
must not be preceded/followed by one), case-insensitive where the peer allows,
leftmost-longest without overlaps, returning a list of ``(start, end, id)`` per document.
A peer without a word-boundary feature gets the filter in Python, after its own search:
the overlapping search, the filter, then the greedy leftmost-longest choice (the exact
job), except the "fastest mode" row of ahocorasick_rs (bytes, DFA, leftmost-longest
non-overlapping, then the filter: what one would write for speed; it can lose a shorter
whole word hidden under a longer non-word match). Byte-oriented peers (hyperscan,
ahocorasick_rs bytes) get the documents already encoded as UTF-8 and return byte offsets;
their case folding is ASCII-only. caci returns ``Mention`` objects (``find_many``) or
columns (``_tag``, the engine of ``caci.tag``); it does more than the job (case policies
per alias, spelling variants, plurals, prefix forms like ``Sino-``, resolution of
partial and ambiguous names), so the counts differ a little.

Each measurement is the median of ``--rounds`` rounds, the rounds taken round-robin over
the peers (the machine may be shared), with Python's cyclic GC off during the timed call.
MB/s is UTF-8 bytes of text per second, by wall time and by the CPU time of the thread
that did the work (which other processes on the machine disturb less); ratios are caci
``find_many`` on one thread over the peer. Python's ``re`` with one alternation is too
slow for the whole corpus: it runs on a prefix of the documents sized to ``--re-seconds``
per round (printed as such). Then caci on all cores: ``find_many``/``_tag`` with
``threads=None`` and caci-core's ``find_batch`` on all threads, each run in the same round
right after its one-thread run, with the scaling over one thread (the median of the
rounds' ratios). The caci-core rows are timed by ``bench_file`` in a process of their own
each round, after one untimed call (as the Python rows are later calls of one process).
Each row's spans are also compared with caci's on the first ``--agree-docs`` documents
("same").
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLE = ROOT / "target" / "release" / "examples" / "bench_file"

Spans = list  # one list of (start, end, id) per document

# ---------------------------------------------------------------------------------------
# The aliases and the shared parts of the job


def gazetteer_aliases(g: Any) -> list[tuple[str, str]]:
    """Every alias of ``g`` as written, with its entity's id, in gazetteer order."""
    spec = json.loads(g.to_json())
    return [(a["surface"], e["id"]) for e in spec["entries"] for a in e["aliases"]]


def distinct(aliases: list[tuple[str, str]], fold: Callable[[str], Any]) -> tuple[list[Any], list[str], list[str]]:
    """Folded patterns, the id of each and the alias as first written; first one wins."""
    seen: dict[Any, tuple[str, str]] = {}
    for surface, ident in aliases:
        seen.setdefault(fold(surface), (surface, ident))
    keys = list(seen)
    return keys, [seen[k][1] for k in keys], [seen[k][0] for k in keys]


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def edges(surfaces: list[str]) -> tuple[list[bool], list[bool]]:
    """Whether each alias begins, and ends, with a word character."""
    return [is_word(s[0]) for s in surfaces], [is_word(s[-1]) for s in surfaces]


def lower_keep_length(text: str) -> str:
    """``text.lower()``, keeping offsets when a character lowers to several (``İ``)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_ASCII_WORD = bytes(1 if (chr(b).isalnum() or b == 0x5F) else 0 for b in range(128))


def word_before_b(b: bytes, i: int) -> bool:
    """Whether the character ending at byte ``i`` of UTF-8 ``b`` is a word character."""
    if i == 0:
        return False
    c = b[i - 1]
    if c < 0x80:
        return _ASCII_WORD[c] == 1
    j = i - 1
    while j > 0 and 0x80 <= b[j] < 0xC0:
        j -= 1
    return is_word(b[j:i].decode("utf-8", "replace")[-1:] or " ")


def word_at_b(b: bytes, i: int) -> bool:
    """Whether the character starting at byte ``i`` of UTF-8 ``b`` is a word character."""
    if i >= len(b):
        return False
    c = b[i]
    if c < 0x80:
        return _ASCII_WORD[c] == 1
    return is_word(b[i : i + 4].decode("utf-8", "replace")[:1] or " ")


def leftmost_longest(cands: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Greedy choice from ``(start, -end, pattern)`` candidates: leftmost, then longest."""
    cands.sort()
    out = []
    last = 0
    for s, ne, p in cands:
        if s >= last:
            out.append((s, -ne, p))
            last = -ne
    return out


# ---------------------------------------------------------------------------------------
# The peers. Each has `setup(aliases)` (timed as its build) and `run(docs)`, which returns
# one list of (start, end, id) per document; `bytes_input` peers get UTF-8 bytes.


class Peer:
    name = ""
    module = ""  # what must import for the peer to be there
    dist = ""  # the distribution whose version is printed
    bytes_input = False

    def available(self) -> str | None:
        """None when the peer can run, else why not."""
        try:
            importlib.import_module(self.module)
        except ImportError:
            return "not installed"
        return None

    def version(self) -> str:
        try:
            return importlib.metadata.version(self.dist)
        except importlib.metadata.PackageNotFoundError:
            return "?"

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        raise NotImplementedError

    def run(self, docs: list[Any]) -> list[Spans]:
        raise NotImplementedError

    def count(self, out: Any) -> int:
        return sum(len(r) for r in out)


class CaciFindMany(Peer):
    name = "caci find_many (Python, Mention objects)"
    module = "caci"
    dist = "caci"
    # The target row.
    threads: int | None = 1

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        import caci

        self.g = caci.Gazetteer.default()

    def run(self, docs: list[str]) -> list[Spans]:
        return self.g.find_many(docs, threads=self.threads)


class CaciTag(Peer):
    name = "caci _tag (Python, columns of caci.tag)"
    module = "caci"
    dist = "caci"
    threads: int | None = 1

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        import caci

        self.g = caci.Gazetteer.default()

    def run(self, docs: list[str]) -> Any:
        return self.g._tag(docs, threads=self.threads)

    def count(self, out: Any) -> int:
        return len(out["form"])


class FlashText(Peer):
    name = "flashtext"
    module = "flashtext"
    dist = "flashtext"
    # Whole-word natively (ASCII word characters).

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        from flashtext import KeywordProcessor

        keys, ids, _ = distinct(aliases, lower_keep_length)
        self.kp = KeywordProcessor(case_sensitive=False)
        for k, i in zip(keys, ids):
            self.kp.add_keyword(k, i)

    def run(self, docs: list[str]) -> list[Spans]:
        ex = self.kp.extract_keywords
        return [[(s, e, i) for i, s, e in ex(d, span_info=True)] for d in docs]


class SpacyPhraseMatcher(Peer):
    name = "spaCy PhraseMatcher (blank en, LOWER)"
    module = "spacy"
    dist = "spacy"
    # Token-based, so whole-word natively; nlp.pipe then the matcher.

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        _, ids, surfaces = distinct(aliases, lower_keep_length)
        by_id: dict[str, list[str]] = {}
        for s, i in zip(surfaces, ids):
            by_id.setdefault(i, []).append(s)
        for i, ss in by_id.items():
            self.matcher.add(i, list(self.nlp.tokenizer.pipe(ss)))
        self.strings = self.nlp.vocab.strings

    def run(self, docs: list[str]) -> list[Spans]:
        out = []
        matcher, strings = self.matcher, self.strings
        for doc in self.nlp.pipe(docs):
            cands = []
            for key, s, e in matcher(doc):
                last = doc[e - 1]
                cands.append((doc[s].idx, -(last.idx + len(last)), key))
            out.append([(s, e, strings[k]) for s, e, k in leftmost_longest(cands)])
        return out


class PyAhoCorasick(Peer):
    name = "pyahocorasick (str, overlapping + filter)"
    module = "ahocorasick"
    dist = "pyahocorasick"

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        import ahocorasick

        keys, self.ids, surfaces = distinct(aliases, lower_keep_length)
        self.first, self.last = edges(surfaces)
        self.a = ahocorasick.Automaton()
        for n, k in enumerate(keys):
            self.a.add_word(k, (n, len(k)))
        self.a.make_automaton()

    def run(self, docs: list[str]) -> list[Spans]:
        out = []
        it, first, last, ids = self.a.iter, self.first, self.last, self.ids
        for d in docs:
            low = lower_keep_length(d)
            n = len(low)
            cands = []
            for end, (p, length) in it(low):
                s, e = end - length + 1, end + 1
                if first[p] and s > 0 and is_word(low[s - 1]):
                    continue
                if last[p] and e < n and is_word(low[e]):
                    continue
                cands.append((s, -e, p))
            out.append([(s, e, ids[p]) for s, e, p in leftmost_longest(cands)])
        return out


class AhoCorasickRsExact(Peer):
    name = "ahocorasick_rs (str, overlapping + filter)"
    module = "ahocorasick_rs"
    dist = "ahocorasick-rs"

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        import ahocorasick_rs as ac

        keys, self.ids, surfaces = distinct(aliases, lower_keep_length)
        self.first, self.last = edges(surfaces)
        self.ac = ac.AhoCorasick(keys, matchkind=ac.MATCHKIND_STANDARD)

    def run(self, docs: list[str]) -> list[Spans]:
        out = []
        find, first, last, ids = self.ac.find_matches_as_indexes, self.first, self.last, self.ids
        for d in docs:
            low = lower_keep_length(d)
            n = len(low)
            cands = [
                (s, -e, p)
                for p, s, e in find(low, overlapping=True)
                if not (first[p] and s > 0 and is_word(low[s - 1])) and not (last[p] and e < n and is_word(low[e]))
            ]
            out.append([(s, e, ids[p]) for s, e, p in leftmost_longest(cands)])
        return out


class AhoCorasickRsFast(Peer):
    name = "ahocorasick_rs (bytes, DFA, leftmost-longest + filter)"
    module = "ahocorasick_rs"
    dist = "ahocorasick-rs"
    bytes_input = True
    # Its fastest mode: the target row for ahocorasick_rs.

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        import ahocorasick_rs as ac

        keys, self.ids, surfaces = distinct(aliases, lambda s: s.encode().lower())
        self.first, self.last = edges(surfaces)
        self.ac = ac.BytesAhoCorasick(
            keys, matchkind=ac.MATCHKIND_LEFTMOST_LONGEST, implementation=ac.Implementation.DFA
        )

    def run(self, docs: list[bytes]) -> list[Spans]:
        out = []
        find, first, last, ids = self.ac.find_matches_as_indexes, self.first, self.last, self.ids
        for d in docs:
            low = d.lower()
            out.append(
                [
                    (s, e, ids[p])
                    for p, s, e in find(low)
                    if not (first[p] and word_before_b(low, s)) and not (last[p] and word_at_b(low, e))
                ]
            )
        return out


class HyperscanLiteral(Peer):
    name = "hyperscan (literals, caseless, SOM + filter)"
    module = "hyperscan"
    dist = "hyperscan"
    bytes_input = True

    def flags(self, hs: Any) -> int:
        return hs.HS_FLAG_CASELESS | hs.HS_FLAG_SOM_LEFTMOST

    def expressions(self, keys: list[bytes], surfaces: list[str]) -> list[bytes]:
        return keys

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        import hyperscan as hs

        keys, self.ids, surfaces = distinct(aliases, lambda s: s.encode().lower())
        self.first, self.last = edges(surfaces)
        self.db = hs.Database(mode=hs.HS_MODE_BLOCK)
        literal = type(self) is HyperscanLiteral
        self.db.compile(
            expressions=self.expressions(keys, surfaces),
            ids=list(range(len(keys))),
            flags=self.flags(hs),
            literal=literal,
        )

    def keep(self, b: bytes, s: int, e: int, p: int) -> bool:
        return not (self.first[p] and word_before_b(b, s)) and not (self.last[p] and word_at_b(b, e))

    def run(self, docs: list[bytes]) -> list[Spans]:
        out = []
        ids, keep = self.ids, self.keep
        for d in docs:
            cands: list[tuple[int, int, int]] = []
            add = cands.append

            def on_match(p: int, s: int, e: int, flags: int, ctx: Any, add: Any = add) -> None:
                add((s, -e, p))

            self.db.scan(d, match_event_handler=on_match)
            kept = [c for c in cands if keep(d, c[0], -c[1], c[2])]
            out.append([(s, e, ids[p]) for s, e, p in leftmost_longest(kept)])
        return out


class HyperscanBoundary(HyperscanLiteral):
    name = r"hyperscan (regex with \b, caseless, SOM)"
    # Native word boundaries (\b, ASCII); non-ASCII letter edges checked in Python.

    def expressions(self, keys: list[bytes], surfaces: list[str]) -> list[bytes]:
        # \b is ASCII here: an edge that is a non-ASCII letter is checked in Python.
        self.first = [is_word(s[0]) and not s[0].isascii() for s in surfaces]
        self.last = [is_word(s[-1]) and not s[-1].isascii() for s in surfaces]
        out = []
        for k, s in zip(keys, surfaces):
            e = re.escape(k)
            if is_word(s[0]) and s[0].isascii():
                e = rb"\b" + e
            if is_word(s[-1]) and s[-1].isascii():
                e = e + rb"\b"
            out.append(e)
        return out


class PythonRe(Peer):
    name = "Python re (one alternation, IGNORECASE)"
    module = "re"
    dist = ""

    def version(self) -> str:
        return "Python " + platform.python_version()

    def setup(self, aliases: list[tuple[str, str]]) -> None:
        keys, ids, surfaces = distinct(aliases, lower_keep_length)
        self.ids = dict(zip(keys, ids))
        # Longest first, so that the first alternative that matches at a place (re is
        # leftmost-first) is the longest; the word-start check once, before the alternation.
        order = sorted(range(len(keys)), key=lambda n: (-len(keys[n]), keys[n]))
        word_start = [n for n in order if is_word(surfaces[n][0])]
        other = [n for n in order if not is_word(surfaces[n][0])]

        def alt(n: int) -> str:
            return re.escape(keys[n]) + (r"(?!\w)" if is_word(surfaces[n][-1]) else "")

        pattern = r"(?<!\w)(?:" + "|".join(alt(n) for n in word_start) + ")"
        if other:
            pattern += "|" + "|".join(alt(n) for n in other)
        self.rx = re.compile(pattern, re.IGNORECASE)

    def run(self, docs: list[str]) -> list[Spans]:
        ids = self.ids
        return [[(m.start(), m.end(), ids.get(m.group().lower())) for m in self.rx.finditer(d)] for d in docs]


PEERS: dict[str, Callable[[], Peer]] = {
    "caci": CaciFindMany,
    "caci-tag": CaciTag,
    "flashtext": FlashText,
    "pyahocorasick": PyAhoCorasick,
    "ahocorasick_rs": AhoCorasickRsExact,
    "ahocorasick_rs-fast": AhoCorasickRsFast,
    "re": PythonRe,
    "spacy": SpacyPhraseMatcher,
    "hyperscan": HyperscanLiteral,
    "hyperscan-b": HyperscanBoundary,
}

# ---------------------------------------------------------------------------------------
# The corpus and the Rust side


def build_example() -> str | None:
    """Builds caci-core's `bench_file` example (release); None, or why it could not."""
    cargo = shutil.which("cargo")
    if cargo is None:
        return "cargo not found"
    r = subprocess.run(
        [cargo, "build", "--release", "-q", "-p", "caci-core", "--example", "bench_file"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        return "cargo build failed: " + r.stderr.strip()[-2000:]
    return None


def write_corpus(path: Path, size_mb: int, seed: int, doc_bytes: int) -> dict[str, Any]:
    cmd = [str(EXAMPLE), "--write", str(path), "--mb", str(size_mb), "--seed", str(seed)]
    r = subprocess.run([*cmd, "--doc-bytes", str(doc_bytes)], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def write_prose_corpus(
    path: Path, size_mb: int, seed: int, doc_bytes: int, seeds: Path = SEEDS
) -> dict[str, Any] | None:
    """Real prose: the seed pages' paragraphs (lines of 200 characters or more), shuffled
    into documents of about ``doc_bytes`` bytes until ``size_mb`` x 10^6 bytes; each
    round reshuffles, so documents differ while the text stays real. None without seeds."""
    import random

    pages = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    paragraphs = [p.strip() for f in pages for p in f.read_text(encoding="utf-8").splitlines() if len(p.strip()) >= 200]
    if not paragraphs:
        return None
    t0 = time.perf_counter()
    rng = random.Random(seed)
    docs, doc, size, total = [], [], 0, 0
    while total < size_mb * 1_000_000:
        order = paragraphs[:]
        rng.shuffle(order)
        for p in order:
            doc.append(p)
            size += len(p.encode()) + 1
            if size >= doc_bytes:
                docs.append("\n".join(doc))
                total += size
                doc, size = [], 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(d + "\f" for d in docs), encoding="utf-8")
    return {"seconds": time.perf_counter() - t0, "paragraphs": len(paragraphs), "pages": len(pages)}


def rust_round(path: Path) -> dict[str, Any]:
    # One untimed call first: the Python rows are medians of calls in one long process, so
    # the Rust rows are later calls of their process too, not its first (which also grows
    # the heap for the results and faults its pages in).
    cmd = [str(EXAMPLE), str(path), "--rounds", "1", "--warmup", "1"]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


# ---------------------------------------------------------------------------------------
# Measuring


def timed(f: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall and CPU seconds (of this thread) of `f()`, with the cyclic GC off, and its result."""
    gc.collect()
    gc.disable()
    try:
        t, c = time.perf_counter(), time.thread_time()
        out = f()
        return time.perf_counter() - t, time.thread_time() - c, out
    finally:
        gc.enable()


class Row:
    """One line of the table: a peer (or a caci-core figure read from bench_file)."""

    def __init__(self, key: str, peer: Peer | None, docs: list[Any], nbytes: int, name: str = "", version: str = ""):
        self.key, self.peer, self.docs, self.nbytes = key, peer, docs, nbytes
        self.name = name or (peer.name if peer else key)
        self.version = version or (peer.version() if peer else "")
        self.slice_note = ""
        self.build_s: float | None = None
        self.rates: list[float] = []  # MB/s by wall time, one per round
        self.cpu_rates: list[float] = []  # MB/s by this thread's CPU time
        self.all_rates: list[float] = []  # MB/s on all cores (caci), by wall time
        self.ideal: list[float] = []  # scaling on idle cores from the serial CPU time (caci)
        self.found: int | None = None
        self.error: str | None = None
        self.agree: float | None = None

    @property
    def mbps(self) -> float | None:
        return statistics.median(self.rates) if self.rates else None

    @property
    def cpu_mbps(self) -> float | None:
        return statistics.median(self.cpu_rates) if self.cpu_rates else None


def caci_build_seconds() -> float | None:
    """Seconds of ``caci.Gazetteer.default()`` (the built-in gazetteer's build) in a fresh
    interpreter: in this one it is already built."""
    code = "import time, caci; t = time.perf_counter(); caci.Gazetteer.default(); print(time.perf_counter() - t)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    try:
        return float(r.stdout.strip())
    except ValueError:
        return None


def calibrate_re(peer: Peer, docs: list[str], sizes: list[int], seconds: float) -> int:
    """How many leading documents `re` can do in about `seconds`."""
    n, done, t0 = 0, 0, time.perf_counter()
    while n < len(docs) and time.perf_counter() - t0 < 2.0:
        peer.run([docs[n]])
        done += sizes[n]
        n += 1
    rate = done / max(time.perf_counter() - t0, 1e-9)
    budget = rate * seconds
    total, k = 0, 0
    while k < len(docs) and total + sizes[k] <= budget:
        total += sizes[k]
        k += 1
    return max(k, n, 1)


def fmt(x: float | None, spec: str = ".1f") -> str:
    if x is not None and spec == ".1f" and x < 1:
        spec = ".3f"
    return "—" if x is None else format(x, spec)


def git_state() -> str:
    """The commit of the work tree, and whether caci's sources differ from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "caci-core/src", "caci-py/src"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    except OSError:
        return ""
    if head.returncode != 0:
        return ""
    return f" at commit {head.stdout.strip()}" + (" with uncommitted changes to caci's sources" if dirty.stdout else "")


def machine() -> str:
    model = platform.processor() or "?"
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{model}, {os.cpu_count()} logical CPUs, load average {load}, {platform.platform()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--size-mb", type=int, default=100, help="corpus size in 10^6 bytes (default 100)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--doc-bytes", type=int, default=5000, help="about this many bytes per document (default 5000)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per measurement; the median is printed")
    ap.add_argument("--only", default="", help="comma-separated keys: " + ",".join(PEERS))
    ap.add_argument("--skip", default="", help="comma-separated keys to leave out")
    ap.add_argument("--re-seconds", type=float, default=20.0, help="time budget per round of Python re")
    ap.add_argument("--agree-docs", type=int, default=200, help="documents to compare spans with caci on")
    ap.add_argument("--corpus", type=Path, help="an existing corpus file (default: generate into bench/out/)")
    ap.add_argument("--prose", action="store_true", help="real prose from ../shared/seeds (see above)")
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="the seed pages for --prose (default ../shared/seeds)")
    ap.add_argument("--no-rust", action="store_true", help="skip the Rust core (and cargo)")
    ap.add_argument("--no-all-cores", action="store_true", help="skip the all-cores section")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    only = {k for k in args.only.split(",") if k}
    skip = {k for k in args.skip.split(",") if k}
    for k in only | skip:
        if k not in PEERS:
            ap.error(f"unknown peer {k!r}; known: {', '.join(PEERS)}")
    keys = [k for k in PEERS if (not only or k in only) and k not in skip]
    if "caci" not in keys:
        keys.insert(0, "caci")  # the reference of every ratio

    print(f"bench/peers.py, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
    print(f"python {platform.python_version()} ({sys.executable})")
    import caci

    so = Path(caci._caci.__file__).resolve()
    built = dt.datetime.fromtimestamp(so.stat().st_mtime, dt.timezone.utc)
    print(f"caci {caci.__version__} from {so} (built {built:%Y-%m-%d %H:%M} UTC); work tree{git_state()}")

    rust_error = None if args.no_rust else build_example()
    if rust_error:
        print(f"caci-core (Rust) not timed: {rust_error}")
    if args.prose:
        path = OUT / f"prose-{args.size_mb}mb-seed{args.seed}-doc{args.doc_bytes}.txt"
        made = write_prose_corpus(path, args.size_mb, args.seed, args.doc_bytes, args.seeds)
        if made is None:
            print(f"no real-prose corpus: no seed pages at {args.seeds} (they are beside the project, not in it)")
            return 0
        print(f"corpus: real prose, {made['paragraphs']} paragraphs of {made['pages']} seed pages, shuffled -> {path}")
    elif args.corpus is None:
        if not EXAMPLE.exists():
            print(f"cannot generate the corpus: the bench_file example is not built ({rust_error})")
            return 1
        path = OUT / f"corpus-{args.size_mb}mb-seed{args.seed}-doc{args.doc_bytes}.txt"
        info = write_corpus(path, args.size_mb, args.seed, args.doc_bytes)
        print(f"corpus: generated in {info['seconds']:.1f} s by caci-core/examples/bench_file.rs -> {path}")
    else:
        path = args.corpus
    text = path.read_text(encoding="utf-8")
    docs = [d for d in text.split("\f") if d]
    del text
    sizes = [len(d.encode()) for d in docs]
    total = sum(sizes)
    docs_b = [d.encode() for d in docs]
    print(
        f"corpus: {total / 1e6:.1f} MB (UTF-8) in {len(docs):,} documents "
        f"(median {statistics.median(sizes):,.0f} bytes, {min(sizes):,} to {max(sizes):,}), seed {args.seed}"
    )

    g = caci.Gazetteer.default()
    aliases = gazetteer_aliases(g)
    lowered = {s.lower() for s, _ in aliases}
    print(
        f"aliases: {len(aliases):,} of the default gazetteer ({len(g):,} entities), "
        f"{len(lowered):,} distinct once lowered; rounds: {args.rounds} (median), round-robin"
    )
    print()

    rows: list[Row] = []
    for key in keys:
        peer = PEERS[key]()
        row = Row(key, peer, docs_b if peer.bytes_input else docs, total)
        rows.append(row)
        why = peer.available()
        if why:
            row.error = why
            continue
        try:
            row.build_s, _, _ = timed(lambda peer=peer: peer.setup(aliases))
        except Exception as e:  # a peer that does not compile is reported, not fatal
            row.error = f"does not build: {type(e).__name__}: {e}"[:200]
            continue
        if key.startswith("caci"):
            row.build_s = caci_build_seconds()
        if key == "re":
            k = calibrate_re(peer, docs, sizes, args.re_seconds)
            row.docs, row.nbytes = docs[:k], sum(sizes[:k])
            if k < len(docs):
                row.slice_note = (
                    f"on the first {k:,} documents ({row.nbytes / 1e6:.2f} MB): the whole would take too long"
                )
        print(f"  built {row.name}: {fmt(row.build_s, '.2f')} s", flush=True)

    # Agreement with caci on the first documents (not timed): spans found by both, over
    # the larger of the two counts.
    sample = docs[: args.agree_docs]
    ref = [{(m.start, m.end) for m in ms} for ms in g.find_many(sample, threads=1)]
    ref_b = []
    for d, spans in zip(sample, ref):
        to_b = {i: len(d[:i].encode()) for span in spans for i in span}
        ref_b.append({(to_b[a], to_b[b]) for a, b in spans})
    for row in rows:
        if row.error or row.peer is None or row.key.startswith("caci"):
            continue
        n = min(len(sample), len(row.docs))
        got = row.peer.run(row.docs[:n])
        want = (ref_b if row.peer.bytes_input else ref)[:n]
        common = sum(len({(a, b) for a, b, _ in o} & w) for o, w in zip(got, want))
        row.agree = common / max(sum(len(o) for o in got), sum(len(w) for w in want), 1)

    rust: list[dict[str, Any]] = []
    loads: list[float] = []
    for r in range(args.rounds):
        loads.append(os.getloadavg()[0])
        for row in rows:
            if row.error or row.peer is None:
                continue
            try:
                wall, cpu, out = timed(lambda row=row: row.peer.run(row.docs))
            except Exception as e:
                row.error = f"failed: {type(e).__name__}: {e}"[:200]
                continue
            row.rates.append(row.nbytes / 1e6 / wall)
            row.cpu_rates.append(row.nbytes / 1e6 / max(cpu, 1e-9))
            row.found = row.peer.count(out)
            del out
            print(f"  round {r + 1}: {row.name}: {fmt(row.rates[-1])} MB/s (CPU {fmt(row.cpu_rates[-1])})", flush=True)
            if isinstance(row.peer, (CaciFindMany, CaciTag)) and not args.no_all_cores:
                # All cores right after one thread, so that both see the same machine.
                row.peer.threads = None
                p0 = time.process_time()
                try:
                    wall, serial, out = timed(lambda row=row: row.peer.run(row.docs))
                finally:
                    row.peer.threads = 1
                cpu = time.process_time() - p0
                del out
                row.all_rates.append(row.nbytes / 1e6 / wall)
                # This thread holds the GIL and waits for the pool while it works: its CPU
                # time is the serial part. Amdahl's law gives the scaling on idle cores.
                ncpu = os.cpu_count() or 1
                row.ideal.append(cpu / max(serial + (cpu - serial) / ncpu, 1e-9))
                print(f"  round {r + 1}: {row.name}, all cores: {fmt(row.all_rates[-1])} MB/s", flush=True)
        if not args.no_rust and rust_error is None:
            rust.append(rust_round(path))
            b1 = rust[-1]["batch_1"]
            print(
                f"  round {r + 1}: caci-core find_batch, 1 thread: {b1['mbps']:.1f} MB/s "
                f"(CPU {fmt(b1.get('cpu_mbps'))})"
            )
    loads.append(os.getloadavg()[0])

    for k, label in [("batch_1", "caci-core find_batch, 1 thread (Rust)"), ("find_1", "caci-core find, loop (Rust)")]:
        if rust:
            row = Row(k, None, docs, total, name=label, version=caci.__version__)
            row.rates = [x[k]["mbps"] for x in rust]
            row.cpu_rates = [x[k]["cpu_mbps"] for x in rust if "cpu_mbps" in x[k]]
            row.found = rust[-1][k]["found"]
            rows.insert(1 if k == "batch_1" else 2, row)

    caci_row = rows[0]
    ref, ref_cpu = caci_row.mbps, caci_row.cpu_mbps

    def ratio(a: float | None, b: float | None) -> str:
        if not a or not b:
            return "—"
        return f"{a / b:.2f}" if a / b < 100 else f"{a / b:.0f}"

    print()
    print(
        "Single thread, the same job. MB/s: UTF-8 bytes of text per second, median of the rounds, by wall\n"
        "time and by the CPU time of the thread that did the work; caci/peer: caci find_many's MB/s over\n"
        "the peer's. Same spans: spans found by both the peer and caci over the larger count (first\n"
        f"{len(sample)} documents)."
    )
    head = (
        f"{'':<56} {'version':>13} {'build s':>8} {'MB/s':>8} {'CPU MB/s':>9} {'matches':>10} {'same':>7} "
        f"{'caci/peer':>10} {'(CPU)':>6}"
    )
    print(head)
    print("-" * len(head))
    for row in rows:
        if row.error:
            version = row.version if row.error != "not installed" else ""
            print(f"{row.name:<56} {version:>13}   {row.error}")
            continue
        found = f"{row.found:,}" if row.found is not None else "—"
        agree = "" if row.agree is None else f"{100 * row.agree:.1f}%"
        build = "" if row.build_s is None else f"{row.build_s:.2f}"
        print(
            f"{row.name:<56} {row.version:>13} {build:>8} {fmt(row.mbps):>8} {fmt(row.cpu_mbps):>9} "
            f"{found:>10} {agree:>7} {ratio(ref, row.mbps):>10} {ratio(ref_cpu, row.cpu_mbps):>6}"
        )
    for row in rows:
        if row.slice_note:
            print(f"  {row.name}: {row.slice_note}")
    print(
        "  Build s: the peer's automaton/database/matcher from the aliases; caci: Gazetteer.default() in a\n"
        "  fresh interpreter (the built-in gazetteer: all aliases, their variants, the resolver's tables).\n"
        "  Matches differ a little: caci applies case policies per alias (a few aliases only capitalized or\n"
        "  exact), drops or resolves partial and ambiguous names and finds prefix forms (Sino-); the peers\n"
        "  find every alias in any case. flashtext shifts its spans after a character whose lowercase is\n"
        "  longer (İ); spaCy sees words by its tokenizer; the ahocorasick_rs fastest mode loses a whole\n"
        "  word hidden under a longer non-word match."
    )

    scaling: dict[str, Any] = {}
    lines: list[tuple[str, list[float], list[float], list[float]]] = []
    for row in rows:
        if row.all_rates and len(row.all_rates) == len(row.rates):
            lines.append((row.name, row.rates, row.all_rates, row.ideal))
    for label, one_k, all_k in [
        ("caci-core find_batch (Rust)", "batch_1", "batch_all"),
        ("caci-core find, results dropped (Rust)", "find_1", "find_all"),
    ]:
        if rust and all(all_k in x for x in rust):
            lines.append((label, [x[one_k]["mbps"] for x in rust], [x[all_k]["mbps"] for x in rust], []))
    if lines:
        print()
        print(
            f"caci on all cores ({os.cpu_count()} logical CPUs): MB/s by wall time, median of {args.rounds} rounds; "
            "each round\nruns all cores right after one thread, and the scaling is the median of the rounds' "
            "ratios. At most on\nidle cores: Amdahl's law with the serial part measured as the CPU time of the "
            "thread that holds the\nGIL (the rest runs on the pool), which other load does not change."
        )
        print(f"{'':<50} {'1 thread':>9} {'all cores':>10} {'scaling':>8} {'at most on idle cores':>22}")
        for label, one, many, ideal in lines:
            a, b = statistics.median(one), statistics.median(many)
            sc = statistics.median(m / o for o, m in zip(one, many))
            best = f"{statistics.median(ideal):.2f}x" if ideal else ""
            print(f"{label:<50} {a:>9.1f} {b:>10.1f} {sc:>7.2f}x {best:>22}")
            scaling[label] = {"one": a, "all": b, "scaling": sc, "one_rates": one, "all_rates": many, "ideal": ideal}

    print()
    print("Targets (issue 7): caci find_many on 1 thread against peers, by wall time (and CPU time)")

    def target(label: str, key: str, want: float) -> None:
        row = next((r for r in rows if r.key == key), None)
        if not ref or row is None or not row.mbps:
            print(f"  {label}: not measured")
            return
        got = ref / row.mbps
        cpu = f" (CPU: {ref_cpu / row.cpu_mbps:.2f}x)" if ref_cpu and row.cpu_mbps else ""
        print(f"  {label}: {got:.2f}x{cpu}, want at least {want:g}x: {'met' if got >= want else 'MISSED'}")

    target("20x flashtext", "flashtext", 20)
    target("10x spaCy PhraseMatcher", "spacy", 10)
    target("3x ahocorasick_rs fastest mode", "ahocorasick_rs-fast", 3)
    for label, sc in scaling.items():
        verdict = "met" if sc["scaling"] >= 1.7 else "MISSED"
        cap = ""
        if sc["ideal"]:
            ideal = statistics.median(sc["ideal"])
            cap = f" (at most {ideal:.2f}x on idle cores: {'possible' if ideal >= 1.7 else 'cannot be met'})"
        print(f"  scaling of {label}: {sc['scaling']:.2f}x, want at least 1.7x on 2 cores: {verdict}{cap}")
    print(
        f"1-minute load average during the run: {min(loads):.2f} to {max(loads):.2f} "
        f"(this run's own load is 1; more means other processes shared the {os.cpu_count()} CPUs)"
    )

    if args.json:
        report = {
            "bytes": total,
            "documents": len(docs),
            "rounds": args.rounds,
            "machine": machine(),
            "loads": loads,
            "rust": rust,
            "rows": [
                {
                    "key": r.key,
                    "name": r.name,
                    "version": r.version,
                    "build_s": r.build_s,
                    "mbps": r.mbps,
                    "cpu_mbps": r.cpu_mbps,
                    "rates": r.rates,
                    "cpu_rates": r.cpu_rates,
                    "found": r.found,
                    "agree": r.agree,
                    "bytes": r.nbytes,
                    "error": r.error,
                }
                for r in rows
            ],
            "scaling": scaling,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
