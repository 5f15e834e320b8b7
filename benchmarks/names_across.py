"""Grouping across scripts and spellings: a German label beside its Russian or Polish one.

Built from ``../shared/benchmarks/names/dev.jsonl`` (real persons with their
Wikidata labels). For each person with a German label and one in the target
language, a project gets a bead naming them (the German label beside the
target label, the Russian one in Cyrillic, "Surname, Given" put in reading
order) and a bead with the surname alone on both sides. The labels come from
different editors: a German label may follow the Ukrainian form where the
Russian one follows the Russian (Bohomolez / Богомолец), which is what a
translation of news meets too. A person is grouped when all their German and
target mentions are in one entry of their own; a merge is an entry holding
mentions of two persons.
Run: ``.venv/bin/python benchmarks/names_across.py [ru pl en] [--misses]``.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import glossary  # noqa: E402

SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "benchmarks" / "names" / "dev.jsonl"
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: (full-name sentence, bare-surname sentence) per language, per gender.
SENTENCES = {
    "de": {g: ("Gestern sprach {}.", "Danach schwieg {} lange.") for g in ("male", "female")},
    "ru": {
        "male": ("Вчера выступил {}.", "Потом {} долго молчал."),
        "female": ("Вчера выступила {}.", "Потом {} долго молчала."),
    },
    "en": {
        g: ("Yesterday {} spoke.", "Then {} was silent for a long time.")
        for g in ("male", "female")
    },
    "pl": {
        "male": ("Wczoraj przemawiał {}.", "Potem {} długo milczał."),
        "female": ("Wczoraj przemawiała {}.", "Potem {} długo milczała."),
    },
}


def reading_order(label: str) -> list[str]:
    """The words of a label, "Surname, Given Patronymic" turned round."""
    if "," in label:
        surname, given = label.split(",", 1)
        label = f"{given} {surname}"
    return WORD.findall(label)


def project(rows: list[dict], tgt: str) -> tuple[list, dict[int, str]]:
    beads, owner = [], {}
    for row in rows:
        if not row.get("de") or not row.get(tgt):
            continue
        de, other = reading_order(row["de"][0]), reading_order(row[tgt][0])
        if len(de) < 2 or len(other) < 2:
            continue
        gender = row.get("gender", "male")
        (full_de, bare_de), (full_t, bare_t) = (SENTENCES[x][gender] for x in ("de", tgt))
        for src, dst in (
            (full_de.format(" ".join(de)), full_t.format(" ".join(other))),
            (bare_de.format(de[-1]), bare_t.format(other[-1])),
        ):
            owner[len(beads)] = row["id"]
            beads.append((len(beads), [src], [dst]))
    return beads, owner


def score(tgt: str, rows: list[dict], misses: bool) -> str:
    beads, owner = project(rows, tgt)
    entries = glossary.build_entries(beads, "de", tgt)
    people = sorted(set(owner.values()))
    holders: dict[str, set[str]] = defaultdict(set)
    merges = 0
    sides: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        who = {owner[v.bead] for v in e.variants if v.bead in owner}
        merges += len(who) > 1
        for v in e.variants:
            sides[owner[v.bead]].add(v.side or "")
        for ident in who:
            holders[ident].add(e.id)
        if misses and len(who) > 1:
            print("merged:", sorted(who), e.forms())
    kept = [p for p in people if len(holders[p]) == 1 and sides[p] == {"src", "tgt"}]
    if misses:
        for p in people:
            if p not in kept:
                forms = [e.forms() for e in entries if e.id in holders[p]]
                print(f"de-{tgt} apart:", p, forms)
    return f"| de-{tgt} | {len(people)} | {len(kept)}/{len(people)} | {merges} |"


def main() -> int:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    langs = [a for a in sys.argv[1:] if not a.startswith("--")] or ["ru", "pl", "en"]
    lines = [score(tgt, rows, "--misses" in sys.argv) for tgt in langs]
    print("| pair | persons | German and target forms in one entry of their own | merges |")
    print("|---|---:|---:|---:|")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
