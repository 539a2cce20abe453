"""The project's own leaders evaluation (bench/eval/leaders.jsonl, real public writing,
issue 15): leader F1 must stay at or above 0.95, and the gold file must be well formed."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "eval" / "leaders.jsonl"


def _scorer():
    spec = importlib.util.spec_from_file_location("caci_bench_score", ROOT / "bench" / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_gold_offsets_name_their_surfaces():
    docs = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    assert len(docs) >= 25
    leaders = [m for d in docs for m in d["mentions"] if m["kind"] == "leader" and not m.get("optional")]
    assert len(leaders) >= 200
    for d in docs:
        for m in d["mentions"]:
            surface = d["text"][m["start"] : m["end"]]
            assert surface and surface == surface.strip(), (d["doc"], m)


def test_leader_f1_on_the_leaders_evaluation():
    score = _scorer()
    docs = score.load(GOLD)
    counts, errors = score.score(docs, score.predict(docs))
    precision, recall, f1, linked = score.figures(counts["leader"])
    misses = [e for e in errors if e[2] == "leader"]
    assert f1 >= 0.95, f"leader F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}); errors: {misses}"
    assert linked >= 0.98, f"leader linking {linked:.3f}: {[e for e in misses if e[1] == 'wrong id']}"
    # Countries and capitals of the same passages do not regress either.
    assert score.figures(counts["country"])[2] >= 0.95
    assert score.figures(counts["capital"])[2] >= 0.95
