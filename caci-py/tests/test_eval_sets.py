"""The project's evaluation sets of real writing (``bench/eval``), annotated by hand: the
F1 each reached is a floor a user would notice falling. The sets are in the project, so
these tests never skip; the shared dev set is scored apart.

Each second set was scored once before any change (its first score, in its .md file, is the
estimate for unseen text); the floors here are what the mechanisms reached after."""

from __future__ import annotations

from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "bench" / "eval"

# (set, class, fewest documents, fewest gold mentions of the class, F1 floor, linking floor)
SETS = [
    ("weapons", "weapon", 25, 250, 0.95, 0.99),
    ("weapons2", "weapon", 25, 200, 0.97, 0.99),
    ("leaders", "leader", 25, 400, 0.95, 0.98),
    ("leaders2", "leader", 30, 250, 0.98, 0.99),
]


@pytest.mark.parametrize(("name", "kind", "docs", "mentions", "f1_floor", "linked_floor"), SETS)
def test_f1_on_the_evaluation_sets(eval_score, name, kind, docs, mentions, f1_floor, linked_floor) -> None:
    gold = eval_score.load(EVAL / f"{name}.jsonl")
    assert len(gold) >= docs
    counts, errors = eval_score.score(gold, eval_score.predict(gold))
    c = counts[kind]
    assert c["tp"] + c["fn"] >= mentions
    precision, recall, f1, linked = eval_score.figures(c)
    misses = [e for e in errors if e[2] == kind]
    assert f1 >= f1_floor, f"{name}: {kind} F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}); errors: {misses}"
    assert linked >= linked_floor, f"{name}: {kind} linking {linked:.3f}: {[e for e in misses if e[1] == 'wrong id']}"
    # The countries and capitals of the same passages do not regress either.
    assert eval_score.figures(counts["country"])[2] >= 0.95
