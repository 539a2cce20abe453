"""The Python paths' workers on a corpus file, for counting their system calls and page
faults (issue 18): ``find_many`` or ``_tag`` (the column path of ``caci.tag``) on
``--threads`` threads, ``--rounds`` calls in one process, each call timed and its result
dropped before the next. Run it under ``strace -f -c -e trace=mprotect,madvise,brk`` or
``perf stat -e page-faults``; ``--rounds 1`` against ``--rounds 11`` separates the first
call of a process from the later ones. Besides each call's wall-clock milliseconds (``ms``)
it prints the CPU time the process spent in it (``cpu_ms``, all threads): on a loaded
machine the CPU time of a one-thread call moves far less than its wall clock.

    python bench/py_alloc.py bench/out/prose-20mb-seed42-doc2000.txt --path tag --threads 2

The corpus file is what ``bench/peers.py`` writes: documents ended by a form feed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from pathlib import Path

import caci


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", type=Path, help="corpus: documents ended by a form feed")
    ap.add_argument("--path", choices=["find_many", "tag"], default="tag")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args(argv)
    docs = [d for d in args.file.read_text(encoding="utf-8").split("\f") if d]
    g = caci.Gazetteer.default()
    call = g.find_many if args.path == "find_many" else g._tag
    times: list[float] = []
    cpu: list[float] = []
    found = 0
    for r in range(args.rounds):
        # A marker for `strace -e trace=...,access`: where each call starts (no such file).
        os.access(f"/py_alloc/call-{r + 1}", os.F_OK)
        gc.collect()
        gc.disable()
        c, t = time.process_time(), time.perf_counter()
        out = call(docs, threads=args.threads)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        found = sum(map(len, out)) if args.path == "find_many" else len(out["form"])
        del out
        gc.enable()
    ms = [round(x * 1e3, 1) for x in times]
    cpu_ms = [round(x * 1e3, 1) for x in cpu]
    line = {"path": args.path, "threads": args.threads, "docs": len(docs), "found": found}
    print(json.dumps({**line, "ms": ms, "cpu_ms": cpu_ms}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
