"""The weapons evaluation set (bench/eval/weapons.jsonl, real writing on the region's arms,
annotated by hand; its F1 floor is in test_eval_sets.py): the scorer's exit status, and grown
variants carry their own id.

The set is in the project, so the test never skips; the shared dev set is scored apart.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import caci

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "bench" / "eval"


def test_the_scorer_exits_nonzero_below_a_target():
    cmd = [sys.executable, str(EVAL / "score.py"), str(EVAL / "weapons.jsonl"), "--kind", "weapon"]
    assert subprocess.run([*cmd, "--min-f1", "0.95"], capture_output=True).returncode == 0
    assert subprocess.run([*cmd, "--min-f1", "1.01"], capture_output=True).returncode == 1


def test_a_grown_variant_has_its_own_id_and_the_family_of_the_known_one():
    text = "Four Mi-17V-5M and two Su-24M2s, and a С-300."
    found = [(m.surface, m.id, m.family) for m in caci.find(text) if m.kind == "weapon"]
    assert found == [
        ("Mi-17V-5M", "mi-17v-5m", "mi-17"),
        ("Su-24M2s", "su-24m2", "su-24"),
        ("С-300", "s-300", "s-300"),
    ]
    for m in caci.find(text):
        assert text[m.start : m.end] == m.surface


def test_every_path_gives_a_grown_variant_the_id_of_what_is_written(tmp_path) -> None:
    import pandas as pd

    text = "Four Mi-17V-5M arrived; the Mi-17V-5 fleet and two Su-24M2s stayed. " * 3
    want = [(m.start, m.end, m.id, m.family) for m in caci.find(text)]
    assert ("mi-17v-5m", "mi-17") in {(i, f) for *_, i, f in want}

    def rows(frame: pd.DataFrame) -> list[tuple]:
        cols = frame[["start", "end", "id", "family"]].astype(object)
        return [(int(s), int(e), str(i), None if f != f else str(f)) for s, e, i, f in cols.itertuples(index=False)]

    assert rows(caci.tag([text])) == want
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    whole = pd.concat(list(caci.iter_tag(path, progress=False)))
    assert rows(whole) == want
    # In small windows, with windows tagged again, the ids as written survive the merge.
    windows = pd.concat(list(caci.iter_tag(path, progress=False, max_page_bytes=10, window_chars=25, context_chars=12)))
    assert rows(windows) == want
