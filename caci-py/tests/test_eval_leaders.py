"""The project's own leaders evaluation (bench/eval/leaders.jsonl, real public writing,
issue 15): the gold file must be well formed (its F1 floor is in test_eval_sets.py)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "eval" / "leaders.jsonl"


def test_gold_offsets_name_their_surfaces():
    docs = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    assert len(docs) >= 25
    leaders = [m for d in docs for m in d["mentions"] if m["kind"] == "leader" and not m.get("optional")]
    assert len(leaders) >= 200
    for d in docs:
        for m in d["mentions"]:
            surface = d["text"][m["start"] : m["end"]]
            assert surface and surface == surface.strip(), (d["doc"], m)
