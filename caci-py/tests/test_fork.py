"""A process that forks after a parallel call can still tag in the child."""

from __future__ import annotations

import multiprocessing
import sys
import warnings

import pytest

import caci
from conftest import SAMPLE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no fork on Windows")

TEXTS = [SAMPLE, "Aliyev met Putin in Baku.", None] * 2000


def _child(g: caci.Gazetteer) -> list[list[str]]:
    # Threads > 1: uses a thread pool, which must not be the parent's (its threads
    # did not survive the fork).
    found = g.find_many(TEXTS, threads=2)
    again = g.find_many(TEXTS)
    assert found == again
    return [[m.id for m in ms] for ms in found[:3]]


def test_fork_after_a_parallel_call_does_not_deadlock(small: caci.Gazetteer) -> None:
    parent = small.find_many(TEXTS, threads=2)  # starts this process's thread pool
    expected = [[m.id for m in ms] for ms in parent[:3]]
    ctx = multiprocessing.get_context("fork")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads
        with ctx.Pool(2) as pool:
            results = [pool.apply_async(_child, (small,)) for _ in range(2)]
            got = [r.get(timeout=120) for r in results]
    assert got == [expected, expected]
    # And the parent's pool still works.
    assert small.find_many(TEXTS, threads=2) == parent


def test_fork_with_the_default_gazetteer(default: caci.Gazetteer) -> None:
    caci.find_many(["Uzbekistan"] * 100)
    ctx = multiprocessing.get_context("fork")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with ctx.Pool(1) as pool:
            got = pool.apply_async(_ids_with_default, ()).get(timeout=120)
    assert got == ["UZB"]


def _ids_with_default() -> list[str]:
    return [m.id for ms in caci.find_many(["Uzbekistan", None] * 50) for m in ms][:1]
