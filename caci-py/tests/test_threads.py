"""The GIL is released while caci works; one gazetteer serves many threads."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import caci
from conftest import SAMPLE

TEXTS = [SAMPLE, "Aliyev met Putin in Baku.", None, "Sino-Russian drills near Ürümqi."] * 500


def test_threads_share_one_gazetteer(small: caci.Gazetteer) -> None:
    expected = small.find_many(TEXTS, threads=1)
    with ThreadPoolExecutor(4) as ex:
        results = list(ex.map(lambda i: small.find_many(TEXTS, threads=1 + i % 2), range(8)))
        singles = list(ex.map(small.find, TEXTS[:200]))
    assert all(r == expected for r in results)
    assert singles == expected[:200]


def test_python_threads_run_while_caci_works(small: caci.Gazetteer) -> None:
    big = ("the talks on water quotas stalled again. " * 1_000_000) + "Türkiye"
    started = time.perf_counter()
    small.find(big)
    alone = time.perf_counter() - started

    done = threading.Event()
    result: list[list[caci.Mention]] = []

    def work() -> None:
        result.append(small.find(big))
        done.set()

    worker = threading.Thread(target=work)
    beats: list[float] = []
    worker.start()
    while not done.is_set():
        beats.append(time.perf_counter())
    worker.join()
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    # Had `find` held the GIL, this loop would have stalled for the whole call.
    assert max(gaps, default=0.0) < max(alone / 2, 0.05)
    assert [m.id for m in result[0]] == ["TUR"]
