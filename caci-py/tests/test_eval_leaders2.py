"""The second leaders evaluation (bench/eval/leaders2.jsonl, real public writing from 1997
to 2025, chosen for romanized names in several spellings and namesakes at a date; its F1
floor is in test_eval_sets.py): every father or son is told from the other."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "eval" / "leaders2.jsonl"


def test_fathers_and_sons_in_one_text_are_told_apart(eval_score):
    score = eval_score
    docs = [d for d in score.load(GOLD) if d["doc"] in ("rusnet-2003-aliyev#1", "ap-2022-serdar#1")]
    assert len(docs) == 2
    counts, errors = score.score(docs, score.predict(docs))
    assert [e for e in errors if e[2] == "leader"] == []
    assert counts["leader"]["linked"] == counts["leader"]["tp"] >= 15
