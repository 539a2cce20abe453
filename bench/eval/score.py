#!/usr/bin/env python3
"""Score `caci.find` on a gold file annotated by the project's guidelines.

    python bench/eval/score.py bench/eval/weapons.jsonl            # per-class figures
    python bench/eval/score.py bench/eval/leaders.jsonl --errors   # and every miss, false find, wrong id
    python bench/eval/score.py GOLD.jsonl --kind leader --min-f1 0.95   # exit 1 below the target

A gold file has one document a line: `{"doc", "date", "text", "mentions": [{"start",
"end", "kind", "id", "form"?, "family"?, "optional"?}]}`, offsets in `str` indices (the
format of the shared dev set). A find counts when its span and class equal a gold
mention's; finds overlapping an `optional` mention are neither rewarded nor penalised.
Linking: of the matched finds, the share whose id is the gold id or (weapons) its family.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

CLASSES = ("country", "capital", "leader", "weapon")


def klass(mention: dict) -> str | None:
    """The scoring class of a mention: capitals apart from other country forms."""
    kind = str(mention.get("kind"))
    if kind == "country":
        return "capital" if str(mention.get("form")) == "capital" else "country"
    return kind if kind in CLASSES else None


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(docs: list[dict]) -> dict[str, list[dict]]:
    import caci

    out = {}
    for d in docs:
        out[d["doc"]] = [
            {"start": m.start, "end": m.end, "kind": str(m.kind), "id": m.id, "form": m.form, "family": m.family}
            for m in caci.find(d["text"], date=d.get("date"))
        ]
    return out


def score(docs: list[dict], predictions: dict[str, list[dict]]) -> tuple[dict[str, Counter], list[tuple]]:
    """Counts (tp, fp, fn, linked) per class, and the errors as (doc, what, class, surface, got, gold)."""
    counts = {c: Counter() for c in CLASSES}
    errors = []
    for d in docs:
        text = d["text"]
        gold = {}
        optional = []
        for g in d["mentions"]:
            c = klass(g)
            if c is None:
                continue
            if g.get("optional"):
                optional.append((g["start"], g["end"]))
            else:
                gold[(g["start"], g["end"], c)] = g
        seen = set()
        for p in predictions.get(d["doc"], []):
            c = klass(p)
            if c is None:
                continue
            key = (p["start"], p["end"], c)
            seen.add(key)
            g = gold.get(key)
            if g is not None:
                counts[c]["tp"] += 1
                if p.get("id") in (g.get("id"), g.get("family")):
                    counts[c]["linked"] += 1
                else:
                    errors.append((d["doc"], "wrong id", c, text[key[0] : key[1]], p.get("id"), g.get("id")))
            elif not any(s < key[1] and key[0] < e for s, e in optional):
                counts[c]["fp"] += 1
                errors.append((d["doc"], "false find", c, text[key[0] : key[1]], p.get("id"), None))
        for key, g in gold.items():
            if key not in seen:
                counts[key[2]]["fn"] += 1
                errors.append((d["doc"], "missed", key[2], text[key[0] : key[1]], None, g.get("id")))
    return counts, errors


def figures(n: Counter) -> tuple[float, float, float, float]:
    """Precision, recall, F1 and linking accuracy of one class's counts."""
    p = n["tp"] / (n["tp"] + n["fp"]) if n["tp"] + n["fp"] else 0.0
    r = n["tp"] / (n["tp"] + n["fn"]) if n["tp"] + n["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    link = n["linked"] / n["tp"] if n["tp"] else 0.0
    return p, r, f, link


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--errors", action="store_true", help="list every miss, false find and wrong id")
    ap.add_argument("--kind", choices=CLASSES, help="the class --min-f1 applies to")
    ap.add_argument("--min-f1", type=float, help="exit with status 1 when --kind's F1 is below this")
    args = ap.parse_args(argv)
    docs = load(args.gold)
    counts, errors = score(docs, predict(docs))
    print(f"{args.gold.name}: {len(docs)} passages")
    print(f"{'class':<8} {'gold':>5} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'rec':>6} {'F1':>6} {'linked':>7}")
    for c in CLASSES:
        n = counts[c]
        p, r, f, link = figures(n)
        gold = n["tp"] + n["fn"]
        print(f"{c:<8} {gold:>5} {n['tp']:>5} {n['fp']:>5} {n['fn']:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f} {link:>7.3f}")
    if args.errors:
        for doc, what, c, surface, got, want in errors:
            print(f"  {doc}: {what:<10} {c:<8} {surface!r} got={got} gold={want}")
    if args.kind and args.min_f1 is not None:
        f1 = figures(counts[args.kind])[2]
        if f1 < args.min_f1:
            print(f"{args.kind} F1 {f1:.3f} is below {args.min_f1}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
