"""The second weapons evaluation set (bench/eval/weapons2.jsonl, real writing on the region's
arms collected after the first set was tuned on, annotated by hand; its F1 floor is in
test_eval_sets.py): the generator writes it as it is, and the people who carry a maker's
name are not taken for its drones.
"""

from __future__ import annotations

from pathlib import Path

import caci

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "bench" / "eval"


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
