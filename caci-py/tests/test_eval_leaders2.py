"""The second leaders evaluation (bench/eval/leaders2.jsonl, real public writing from 1997
to 2025, chosen for romanized names in several spellings and namesakes at a date): leader
F1 stays at 0.98 or more, and every father or son is told from the other."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "eval" / "leaders2.jsonl"


def _scorer():
    spec = importlib.util.spec_from_file_location("caci_bench_score2", ROOT / "bench" / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_leader_f1_on_the_second_leaders_evaluation():
    score = _scorer()
    docs = score.load(GOLD)
    assert len(docs) >= 30
    counts, errors = score.score(docs, score.predict(docs))
    leaders = counts["leader"]
    assert leaders["tp"] + leaders["fn"] >= 250
    precision, recall, f1, linked = score.figures(leaders)
    misses = [e for e in errors if e[2] == "leader"]
    assert f1 >= 0.98, f"leader F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}); errors: {misses}"
    assert linked >= 0.99, f"leader linking {linked:.3f}: {[e for e in misses if e[1] == 'wrong id']}"
    assert score.figures(counts["country"])[2] >= 0.98


def test_fathers_and_sons_in_one_text_are_told_apart():
    score = _scorer()
    docs = [d for d in score.load(GOLD) if d["doc"] in ("rusnet-2003-aliyev#1", "ap-2022-serdar#1")]
    assert len(docs) == 2
    counts, errors = score.score(docs, score.predict(docs))
    assert [e for e in errors if e[2] == "leader"] == []
    assert counts["leader"]["linked"] == counts["leader"]["tp"] >= 15
