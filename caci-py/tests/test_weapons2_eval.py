"""The second weapons evaluation set (bench/eval/weapons2.jsonl, real writing on the region's
arms collected after the first set was tuned on, annotated by hand): weapon F1 stays at 0.97
or more, and the people who carry a maker's name are not taken for its drones.

The set is in the project, so the test never skips.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import caci

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "bench" / "eval"


def _score_module():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_weapon_f1_on_the_second_weapons_evaluation_set():
    score = _score_module()
    docs = score.load(EVAL / "weapons2.jsonl")
    assert len(docs) >= 25
    counts, errors = score.score(docs, score.predict(docs))
    weapons = counts["weapon"]
    assert weapons["tp"] + weapons["fn"] >= 200
    precision, recall, f1, linked = score.figures(weapons)
    misses = [e for e in errors if e[2] == "weapon"]
    assert f1 >= 0.97, f"weapon F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}); errors: {misses}"
    assert linked >= 0.99


def test_the_generator_writes_the_gold_file_as_it_is(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "weapons2.jsonl"
    cmd = [sys.executable, str(EVAL / "weapons_gold.py"), str(EVAL / "weapons2_src.jsonl"), str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (EVAL / "weapons2.jsonl").read_text(encoding="utf-8")


def test_a_makers_namesake_is_no_drone():
    text = "Ozan Bayraktar, an engineer, spoke. Later Bayraktar said more would come. Two Bayraktar TB-2 flew."
    found = [(m.surface, m.id) for m in caci.find(text) if m.kind == "weapon"]
    assert found == [("Bayraktar TB-2", "bayraktar-tb2")]
    for m in caci.find(text):
        assert text[m.start : m.end] == m.surface
