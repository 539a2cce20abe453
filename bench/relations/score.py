"""Scores ``caci.transfers`` and ``caci.meetings`` against the relation gold set.

    python bench/relations/score.py [--errors] [--dev PATH]

Five parts, scored apart: the project passages (``passages.jsonl``: text written for
caci, with its annotations), held-out passages (``heldout.jsonl``: written after the rules
were tuned, never tuned on), a second held-out set (``heldout2.jsonl``: written before the
coreference rules, with traps for them), a third (``heldout3.jsonl``: written before the
rules of a later session, first scored on the rules as they stood) and the shared seed page
(the texts of ``../shared/eval/dev.jsonl`` with the annotations in ``seed.jsonl``; skipped
when that file is absent). Transfers are compared as (supplier, recipient, family, status)
tuples, meetings as unordered (a, b) pairs, each as a set per document. Prints precision,
recall and F1 of each; ``--errors`` lists what was wrong or missed. See README.md for the
annotation rules.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: The shared dev set: ``$CACI_SHARED/eval/dev.jsonl``, else ``../shared`` beside the repository.
DEV = Path(os.environ.get("CACI_SHARED", HERE.parents[1].parent / "shared")) / "eval" / "dev.jsonl"


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def passages() -> list[dict[str, Any]]:
    """The project passages with their annotations."""
    return _read(HERE / "passages.jsonl")


def heldout() -> list[dict[str, Any]]:
    """Passages written and annotated after the rules were tuned, never tuned on: an
    estimate of the scores on unseen text."""
    return _read(HERE / "heldout.jsonl")


def heldout2() -> list[dict[str, Any]]:
    """Passages written and annotated before the coreference rules (``the jets``, ``them``,
    summit attendees in the next sentence), with traps for them (a pronoun for people, two
    candidate systems, a paragraph break, a negated follow-up): what those rules find and
    what they wrongly find on unseen text."""
    return _read(HERE / "heldout2.jsonl")


def heldout3() -> list[dict[str, Any]]:
    """Passages written and annotated at the start of a session, before any rule of that
    session and scored on the rules as they stood: the freshest estimate of unseen text."""
    return _read(HERE / "heldout3.jsonl")


def seed(dev: Path = DEV) -> list[dict[str, Any]] | None:
    """The seed page's texts (from ``dev``) with the project's annotations, or None when
    ``dev`` is absent."""
    if not dev.exists():
        return None
    texts = {d["doc"]: d for d in _read(dev)}
    out = []
    for a in _read(HERE / "seed.jsonl"):
        d = texts[a["doc"]]
        out.append({"doc": a["doc"], "date": d["date"], "text": d["text"], **a})
    return out


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def predict(docs: list[dict[str, Any]]) -> tuple[dict[str, set], dict[str, set]]:
    """Per document: the transfer tuples and meeting pairs caci finds."""
    import pandas as pd

    import caci

    frame = pd.DataFrame(
        {
            "doc": [d["doc"] for d in docs],
            "text": [d["text"] for d in docs],
            "date": pd.to_datetime([d["date"] for d in docs]),
        }
    )
    t = caci.transfers(frame, text="text", date="date", key="doc")
    m = caci.meetings(frame, text="text", date="date", key="doc")
    transfers: dict[str, set] = {d["doc"]: set() for d in docs}
    for row in t.itertuples(index=False):
        family = row.family if isinstance(row.family, str) else row.system
        transfers[row.doc].add((row.supplier, row.recipient, family, row.status))
    meetings: dict[str, set] = {d["doc"]: set() for d in docs}
    for row in m.itertuples(index=False):
        meetings[row.doc].add(_pair(row.a, row.b))
    return transfers, meetings


def _prf(gold: dict[str, set], found: dict[str, set]) -> dict[str, Any]:
    tp = sum(len(gold[d] & found.get(d, set())) for d in gold)
    fp = sum(len(found.get(d, set()) - gold[d]) for d in gold)
    fn = sum(len(gold[d] - found.get(d, set())) for d in gold)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    errors = [(d, "wrong", x) for d in gold for x in sorted(found.get(d, set()) - gold[d])]
    errors += [(d, "missed", x) for d in gold for x in sorted(gold[d] - found.get(d, set()))]
    return {"gold": tp + fn, "found": tp + fp, "tp": tp, "precision": p, "recall": r, "f1": f, "errors": errors}


def score(docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 of transfers and meetings on ``docs``."""
    transfers, meetings = predict(docs)
    gold_t = {d["doc"]: {tuple(x) for x in d["transfers"]} for d in docs}
    gold_m = {d["doc"]: {_pair(*x) for x in d["meetings"]} for d in docs}
    return {"transfers": _prf(gold_t, transfers), "meetings": _prf(gold_m, meetings)}


def _print(name: str, result: dict[str, dict[str, Any]], errors: bool) -> None:
    for what, r in result.items():
        print(
            f"{name:<10} {what:<9} gold {r['gold']:>3}  found {r['found']:>3}  "
            f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}"
        )
        if errors:
            for doc, kind, x in r["errors"]:
                print(f"    {doc:<12} {kind:<6} {x}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--errors", action="store_true", help="list wrong and missed relations")
    p.add_argument("--dev", type=Path, default=DEV, help="the shared dev set (default: ../shared/eval/dev.jsonl)")
    args = p.parse_args(argv)
    _print("passages", score(passages()), args.errors)
    _print("held-out", score(heldout()), args.errors)
    _print("held-out2", score(heldout2()), args.errors)
    _print("held-out3", score(heldout3()), args.errors)
    s = seed(args.dev)
    if s is None:
        print(f"seed       skipped: {args.dev} is absent")
    else:
        _print("seed", score(s), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
