"""Throughput of the Python bindings against caci-core's own batch call.

    python bench/python_throughput.py [--docs 200000] [--repeat 3] [--json out.json]

Builds a deterministic corpus of analyst-like documents (a few sentences each, some
naming countries, capitals, leaders and weapon systems of the built-in gazetteer, some
not, a little non-ASCII), then prints MB/s (UTF-8 bytes of text per second) for:

- caci-core's ``Gazetteer::find_batch`` on 1 thread and on all threads (called from
  Rust with the GIL released: no Python in the loop), the figure the others are
  compared to;
- ``Gazetteer.find`` called in a Python loop;
- ``Gazetteer.find_many`` on 1 thread and on all threads;
- ``caci.tag`` on a pandas column of Python ``str`` (object dtype) and on an Arrow-backed
  column (``string[pyarrow]``);
- ``import caci`` + ``Gazetteer.default()`` in a fresh interpreter.

Targets (issue 4): find_many on 1 thread >= 70% of the Rust batch figure on 1 thread;
caci.tag on the Arrow column >= 70% of the Rust batch figure on all threads; import +
default() < 0.3 s. Build in release mode first (``maturin develop --release`` or
``pip install .``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import caci
from caci import _caci

FILLER = [
    "The ministry declined to comment on the timing of the deliveries.",
    "Analysts expect the talks on water quotas to resume after the harvest.",
    "Officials said the agreement would be reviewed by parliament in the autumn.",
    "The exercise involved several thousand troops and lasted nine days.",
    "Negotiations over transit fees have stalled since the spring.",
    "Local media reported that the contract was signed behind closed doors.",
    "The delegation also discussed grain exports, energy and rail links.",
    "Diplomats described the meeting as constructive but inconclusive.",
]
TEMPLATES = [
    "{country} is negotiating with {capital} for {weapon}s.",
    "{leader} met his {demonym} counterpart to discuss border security.",
    "According to {capital}, the {weapon} order will be delivered in 2026.",
    "{country} and {country2} agreed to hold joint drills near the frontier.",
    "The {demonym} air force has shown interest in the {weapon}.",
    "{leader} told reporters in {capital} that {country} would not join the bloc.",
    "Sino-{demonym} ties have deepened since the {weapon} deal.",
]
EXTRA = ["Türkiye", "Azərbaycan", "Ürümqi", "Qazaqstan", "O'zbekiston", "Кыргызстан"]


def vocabulary(g: caci.Gazetteer) -> dict[str, list[str]]:
    """Names to put in the templates, from the gazetteer's entities."""
    entities = g.entities()

    def column(kind: str, field: str) -> list[str]:
        rows = entities[entities["kind"] == kind]
        out: list[str] = []
        for value in rows[field]:
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, list):
                out.extend(v.split(" [")[0] for v in value)
        return sorted(set(out))

    vocab = {
        "country": column("country", "name"),
        "capital": column("country", "capitals"),
        "demonym": column("country", "demonyms"),
        "leader": column("leader", "name"),
        "weapon": column("weapon", "name"),
    }
    fallback = {
        "country": ["Uzbekistan"],
        "capital": ["Tashkent"],
        "demonym": ["Uzbek"],
        "leader": ["Ilham Aliyev"],
        "weapon": ["J-10C"],
    }
    return {k: v or fallback[k] for k, v in vocab.items()}


def corpus(g: caci.Gazetteer, docs: int, seed: int) -> list[str]:
    """``docs`` deterministic documents of 3 to 8 sentences, about a third naming nothing."""
    rng = random.Random(seed)
    vocab = vocabulary(g)
    out = []
    for _ in range(docs):
        sentences = []
        for _ in range(rng.randint(3, 8)):
            if rng.random() < 0.4:
                sentences.append(rng.choice(FILLER))
                continue
            template = rng.choice(TEMPLATES)
            sentences.append(
                template.format(
                    country=rng.choice(vocab["country"]),
                    country2=rng.choice(vocab["country"]),
                    capital=rng.choice(vocab["capital"]),
                    demonym=rng.choice(vocab["demonym"]),
                    leader=rng.choice(vocab["leader"]),
                    weapon=rng.choice(vocab["weapon"]),
                )
            )
            if rng.random() < 0.05:
                sentences.append(f"In {rng.choice(EXTRA)}, the reaction was muted.")
        out.append(" ".join(sentences))
    return out


def import_and_default_seconds(repeat: int) -> float:
    code = "import time; t = time.perf_counter(); import caci; caci.Gazetteer.default(); print(time.perf_counter() - t)"
    times = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        times.append(float(out.stdout.strip()))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200_000, help="documents in the corpus (default 200000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of measurements; the best of each is kept")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    g = caci.Gazetteer.default()
    texts = corpus(g, args.docs, args.seed)
    mentions = sum(len(f) for f in g.find_many(texts))
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    print(f"caci {caci.__version__}: {g}")
    print(f"corpus: {len(texts):,} documents, {mb:.1f} MB, {cores} cores\n")

    import pandas as pd

    rust_1, rust_all = "rust find_batch, 1 thread", "rust find_batch, all threads"
    loop_texts = texts[: max(1, len(texts) // 10)]
    loop_share = len(loop_texts) / len(texts)
    objects = pd.Series(texts, dtype=object)
    # (name, function, what it is compared to, share of the corpus it reads)
    runs: list[tuple[str, Callable[[], Any], str | None, float]] = [
        (rust_1, lambda: _caci._rust_batch_seconds(g, texts, threads=1, repeat=1)[0], None, 1.0),
        (rust_all, lambda: _caci._rust_batch_seconds(g, texts, threads=None, repeat=1)[0], None, 1.0),
        ("find in a loop (10% of docs)", lambda: [g.find(t) for t in loop_texts], rust_1, loop_share),
        ("find_many, 1 thread", lambda: g.find_many(texts, threads=1), rust_1, 1.0),
        ("find_many, all threads", lambda: g.find_many(texts), rust_all, 1.0),
        ("caci.tag, object column", lambda: caci.tag(objects), rust_all, 1.0),
    ]
    try:
        import pyarrow  # noqa: F401

        arrow = pd.Series(texts, dtype="string[pyarrow]")
        runs.append(("caci.tag, string[pyarrow] column", lambda: caci.tag(arrow), rust_all, 1.0))
        runs.append(("caci.tag, string[pyarrow], 1 thread", lambda: caci.tag(arrow, threads=1), rust_1, 1.0))
    except ImportError:
        print("(pyarrow is not installed: no Arrow-backed column)")

    # Interleaved rounds, best of each: on a shared machine, load changes by the minute,
    # and every figure should see the same conditions as the one it is compared to.
    # Single-thread runs are also timed in CPU time of the calling thread (where all
    # their work happens), which other processes on the machine do not inflate.
    def rust_cpu() -> float:
        t0 = time.thread_time()
        _caci._rust_batch_seconds(g, texts, threads=1, repeat=1)
        return time.thread_time() - t0

    def conversion_cpu() -> float:
        # What rust_cpu() spends copying the texts into Rust strings, not finding.
        t0 = time.thread_time()
        _caci._rust_batch_seconds(g, texts, threads=1, repeat=0)
        return time.thread_time() - t0

    wall = {name: float("inf") for name, *_ in runs}
    cpu = {name: float("inf") for name, *_ in runs if "1 thread" in name or "loop" in name}
    for _ in range(args.repeat):
        for name, fn, _base, _share in runs:
            started, started_cpu = time.perf_counter(), time.thread_time()
            inner = fn()
            elapsed, elapsed_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
            if name.startswith("rust"):
                elapsed = inner  # timed in Rust, around find_batch alone
                elapsed_cpu = rust_cpu() if name in cpu else elapsed_cpu
            wall[name] = min(wall[name], elapsed)
            if name in cpu:
                cpu[name] = min(cpu[name], elapsed_cpu)

    conversion = min(conversion_cpu() for _ in range(args.repeat))
    cpu[rust_1] -= conversion
    print(f"{'':<36} {'wall clock':>21}  {'CPU time (1 thread)':>34}")
    results: dict[str, float] = {}
    for name, _fn, base, share in runs:
        rate = mb * share / wall[name]
        results[name] = rate
        line = f"{name:<36} {rate:8.1f} MB/s {wall[name]:7.3f} s"
        if base and name not in cpu:
            line += f"  {rate / results[base]:4.0%} of {base}"
        if name in cpu:
            cpu_rate = mb * share / cpu[name]
            results[name + " (cpu)"] = cpu_rate
            line += f"  {cpu_rate:8.1f} MB/s {cpu[name]:7.3f} s"
            if base:
                line += f"  {cpu_rate / results[base + ' (cpu)']:4.0%} of {base}"
        print(line)
    print(f"  ({mentions:,} mentions, {mentions / len(texts):.1f} per document)")

    startup = import_and_default_seconds(args.repeat)
    results["import + default() seconds"] = startup
    print(f"\n{'import caci + Gazetteer.default()':<36} {startup:8.3f} s  (target < 0.3 s)")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"docs": len(texts), "mb": mb, "cores": cores, "mb_per_s": results}, f, indent=2)


if __name__ == "__main__":
    main()
