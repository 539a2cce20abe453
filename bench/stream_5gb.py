"""Tagging a corpus larger than memory with ``caci tag`` (issue 7): time and peak memory.

    python bench/stream_5gb.py [--size-gb 5] [--shape jsonl|text] [--format parquet]
                               [--dir bench/out] [--keep] [--json out.json]

Writes a deterministic corpus of ``--size-gb`` GB (10^9 bytes) into ``--dir`` (streamed:
the corpus is never in memory), runs ``caci tag CORPUS -o OUT`` on it in a subprocess and
reports the wall time, MB/s (input bytes per second), the peak resident memory of the
``caci`` process (its ``VmHWM``, Linux) and the rows written. The corpus is deleted afterwards
unless ``--keep``.

Shapes:

- ``jsonl``: JSON Lines, one article per line (``id``, ``date``, ``text``), articles of 8
  to 40 sentences recombined from the bundled sample corpus (project-written prose about
  Central Asia and the Caucasus) with a seeded random generator, so every article is
  different and dated between 1996 and 2025;
- ``text``: the same sentences as one plain-text file of paragraphs, which ``caci tag``
  reads as one document in windows.

Check the free disk first (``df -h``): the corpus takes ``--size-gb`` GB and the Parquet
output about a tenth of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from caci.pages import read_pages, sample_paths

ROOT = Path(__file__).resolve().parent


def sentences() -> list[str]:
    """The sentences of the sample corpus's articles (bylines and bios left out)."""
    pages = read_pages(sample_paths())
    out: list[str] = []
    for body in pages["body"].dropna():
        for paragraph in body.split("\n"):
            for s in re.split(r"(?<=[.!?])\s+", paragraph.strip()):
                if len(s) > 40 and not s.isupper():
                    out.append(s)
    return out


def write_corpus(path: Path, size: int, shape: str, seed: int = 42) -> tuple[int, int]:
    """Writes about ``size`` bytes; returns (bytes, documents or paragraphs)."""
    rng = random.Random(seed)
    pool = sentences()
    written = docs = 0
    block: list[str] = []
    block_bytes = 0
    with path.open("w", encoding="utf-8") as f:
        while written + block_bytes < size:
            k = rng.randint(8, 40)
            text = " ".join(rng.choices(pool, k=k))
            if shape == "jsonl":
                year = rng.randint(1996, 2025)
                record = {"id": f"a{docs:08d}", "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
                line = json.dumps({**record, "text": text}, ensure_ascii=False) + "\n"
            else:
                line = text + "\n\n"
            block.append(line)
            block_bytes += len(line.encode("utf-8"))
            docs += 1
            if block_bytes > 1 << 22:
                f.write("".join(block))
                written += block_bytes
                block, block_bytes = [], 0
        f.write("".join(block))
        written += block_bytes
    return written, docs


#: ``caci.cli.main`` in a child that reports its own peak resident memory at exit (the
#: high-water mark of its address space; ``wait4`` would also count the parent's).
CLI = """
import sys
from caci.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as f:
    peak = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
print(f"peak-kb {peak}", file=sys.stderr)
sys.exit(code)
"""


def run_caci(args: list[str]) -> tuple[int, float, float]:
    """``caci ARGS`` in a subprocess: exit code, seconds, peak resident memory (MB)."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", CLI, *args], stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - t0
    sys.stderr.write("".join(line + "\n" for line in p.stderr.splitlines() if not line.startswith("peak-kb ")))
    peaks = [int(line.split()[1]) / 1024 for line in p.stderr.splitlines() if line.startswith("peak-kb ")]
    return p.returncode, seconds, peaks[0] if peaks else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-gb", type=float, default=5.0)
    ap.add_argument("--shape", choices=["jsonl", "text"], default="jsonl")
    ap.add_argument("--format", choices=["parquet", "jsonl", "csv"], default="parquet")
    ap.add_argument("--dir", type=Path, default=ROOT / "out")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and the output")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args(argv)

    a.dir.mkdir(parents=True, exist_ok=True)
    size = int(a.size_gb * 1e9)
    free = shutil.disk_usage(a.dir).free
    if free < size * 1.3:
        print(f"not enough disk in {a.dir}: {free / 1e9:.1f} GB free, need {size * 1.3 / 1e9:.1f}", file=sys.stderr)
        return 1
    corpus = a.dir / f"corpus-{a.size_gb:g}gb.{'jsonl' if a.shape == 'jsonl' else 'txt'}"
    out = a.dir / f"corpus-{a.size_gb:g}gb-mentions.{a.format}"
    t0 = time.perf_counter()
    nbytes, docs = write_corpus(corpus, size, a.shape)
    gen = time.perf_counter() - t0
    what = "articles" if a.shape == "jsonl" else "paragraphs"
    print(f"wrote {corpus}: {nbytes / 1e9:.2f} GB, {docs:,} {what}, {gen:.0f} s")
    try:
        load = round(os.getloadavg()[0], 1)
        code, seconds, peak = run_caci(["tag", str(corpus), "-o", str(out), "--no-progress"])
        if code != 0:
            print(f"caci tag failed with exit code {code}", file=sys.stderr)
            return code
        if a.format == "parquet":
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(out).metadata
            rows, groups = meta.num_rows, meta.num_row_groups
        else:
            with out.open("rb") as f:
                rows = sum(1 for _ in f) - (a.format == "csv")
            groups = None
        figures: dict[str, Any] = {
            "shape": a.shape,
            "format": a.format,
            "input_bytes": nbytes,
            "documents": docs if a.shape == "jsonl" else 1,
            "seconds": round(seconds, 1),
            "mb_per_s": round(nbytes / 1e6 / seconds, 1),
            "peak_rss_mb": round(peak),
            "rows": rows,
            "row_groups": groups,
            "output_bytes": out.stat().st_size,
            "cpus": os.cpu_count(),
            "load_before": load,
        }
        print(json.dumps(figures, indent=2))
        if a.json:
            a.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    finally:
        if not a.keep:
            corpus.unlink(missing_ok=True)
            out.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
