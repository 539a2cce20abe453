#!/usr/bin/env python3
"""The weapons evaluation sets, annotated by hand: writes a gold file from its source.

    python bench/eval/weapons_gold.py          # check every annotation and write weapons.jsonl
    python bench/eval/weapons_gold.py bench/eval/weapons2_src.jsonl bench/eval/weapons2.jsonl

`weapons_src.jsonl` (the default source; `weapons2_src.jsonl` is the second, unseen set)
holds the passages and their annotations. Each passage is a short
excerpt of real public writing on the arms of Central Asia, the
South Caucasus and their suppliers (sources in `weapons.md`, by `doc`). Its mentions are
listed in text order as `surface|code`; this script finds each surface after the previous
one, checks that it stands on word boundaries (`text[start:end] == surface` by
construction), and computes the `str` offsets. Codes, after the GUIDELINES of the shared
dev set:

    c:ISO   country by name        d:ISO  demonym        k:ISO  capital or seat
    l:slug  leader                 w:id   weapon (family from caci-core/data/weapons.tsv,
                                          or the id itself, unless written `w:id/family`)

A leading `?` marks the mention optional (neither rewarded nor penalised).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "caci-core" / "data" / "weapons.tsv"

SOURCE = HERE / "weapons_src.jsonl"
OUTPUT = HERE / "weapons.jsonl"


def families() -> dict[str, str]:
    """Weapon id -> family, from the project's data file."""
    out = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "id\t")):
            continue
        cols = line.split("\t")
        out[cols[0]] = cols[2]
    return out


def annotate(p: dict, fam: dict[str, str]) -> dict:
    text = p["text"]
    at = 0
    mentions = []
    for entry in p["mentions"]:
        surface, code = entry.rsplit("|", 1)
        optional = code.startswith("?")
        code = code.lstrip("?")
        tag, value = code.split(":", 1)
        while True:
            start = text.find(surface, at)
            if start < 0:
                sys.exit(f"{p['doc']}: `{surface}` not found after offset {at}")
            end = start + len(surface)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or after.isalnum()):
                break
            at = start + 1
        assert text[start:end] == surface
        m: dict = {"start": start, "end": end}
        if tag in "cdk":
            m.update(kind="country", id=value, form={"c": "name", "d": "demonym", "k": "capital"}[tag])
        elif tag == "l":
            m.update(kind="leader", id=value)
        elif tag == "w":
            wid, _, family = value.partition("/")
            m.update(kind="weapon", id=wid, family=family or fam.get(wid, wid))
        else:
            sys.exit(f"{p['doc']}: unknown code `{code}`")
        if optional:
            m["optional"] = True
        mentions.append(m)
        at = end
    return {"doc": p["doc"], "date": p["date"], "text": text, "mentions": mentions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", nargs="?", type=Path, default=SOURCE, help="passages and annotations")
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT, help="gold file to write")
    args = parser.parse_args()
    fam = families()
    with args.source.open(encoding="utf-8") as f:
        passages = [json.loads(line) for line in f if line.strip()]
    docs = [annotate(p, fam) for p in passages]
    out = args.output
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    weapons = sum(1 for d in docs for m in d["mentions"] if m["kind"] == "weapon" and not m.get("optional"))
    print(f"{len(docs)} passages, {weapons} weapon mentions (not optional) -> {out}")


if __name__ == "__main__":
    main()
