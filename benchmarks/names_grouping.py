"""Grouping: one entry per person, never two people in one entry.

Built from ``../shared/benchmarks/names/dev.jsonl`` (31 real persons with their
German and English labels). For each person a project gets a bead naming them
(German label beside English label) and a bead with the surname alone; then
two relatives are made by rule, never by hand: a woman of the same family
(a female given name from the general list, the surname in its feminine form
where the language has one: Putin/Putina, Lebedew/Lebedewa, -ski/-skaja) and
a man of the same surname with another given name (Donald and Melania Trump
are two people). A variant set is kept when all its mentions are in one
entry of its own; a merge is an entry holding mentions of two people.
Run: ``.venv/bin/python benchmarks/names_grouping.py``.
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
from glossary.namelists import given_names, given_spread  # noqa: E402

SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "benchmarks" / "names" / "dev.jsonl"
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def feminine(surname: str, lang: str) -> str:
    """The woman's form of a Slavic surname (Putin -> Putina); others stay as they are."""
    low = surname.lower()
    if low.endswith(("ski", "zki", "cki")):
        return surname[:-1] + ("aja" if lang == "de" else "aya")
    if low.endswith(("sky", "tsky")):
        return surname[:-1] + "aya"
    if re.search(r"(?:ow|ew|ov|ev|in|yn|jew|yev)$", low):
        return surname + "a"
    return surname


def _first(gender: str, skip: set[str]) -> list[str]:
    names = sorted(
        (n for n, g in given_names().items() if g == gender and given_spread(n) >= 15),
        key=lambda n: (-given_spread(n), n),
    )
    return [n.capitalize() for n in names if n not in skip]


def main() -> int:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    women, men = _first("f", set()), _first("m", set())
    beads, owner = [], {}
    people = []
    for n, row in enumerate(rows):
        if not row.get("de") or not row.get("en"):
            continue
        de, en = WORD.findall(row["de"][0]), WORD.findall(row["en"][0])
        if len(de) < 2 or len(en) < 2:
            continue
        sur_de, sur_en = de[-1], en[-1]
        woman = women[n % len(women)]
        man = next(m for m in men[n % len(men) :] + men if m.lower() != de[0].lower())
        persons = {
            f"p{n}": (" ".join(de), " ".join(en), sur_de, sur_en),
            f"p{n}-woman": (
                f"{woman} {feminine(sur_de, 'de')}",
                f"{woman} {feminine(sur_en, 'en')}",
                None,
                None,
            ),
            f"p{n}-man": (f"{man} {sur_de}", f"{man} {sur_en}", None, None),
        }
        for ident, (full_de, full_en, bare_de, bare_en) in persons.items():
            people.append(ident)
            owner[len(beads)] = ident
            beads.append(
                (len(beads), [f"Gestern sprach {full_de}."], [f"Yesterday {full_en} spoke."])
            )
            if bare_de:
                owner[len(beads)] = ident
                beads.append(
                    (
                        len(beads),
                        [f"Danach schwieg {bare_de} lange."],
                        [f"Then {bare_en} was silent for a long time."],
                    )
                )
    entries = glossary.build_entries(beads, "de", "en")
    holders: dict[str, set[str]] = defaultdict(set)
    merges = 0
    for e in entries:
        who = {owner[v.bead] for v in e.variants if v.bead in owner}
        merges += len(who) > 1
        for ident in who:
            holders[ident].add(e.id)
    mentions = defaultdict(int)
    for e in entries:
        for v in e.variants:
            mentions[owner[v.bead]] += 1
    kept = sum(
        1
        for ident in people
        if len(holders[ident]) == 1
        and all(
            {owner[v.bead] for v in e.variants} == {ident}
            for e in entries
            if e.id in holders[ident]
        )
    )
    print(
        f"{DATA.name}: {len(people)} people ({len(people) // 3} persons, each with a woman "
        "of the family and a man of the same surname), "
        f"{len(beads)} beads de-en"
    )
    if "--misses" in sys.argv:
        for e in entries:
            who = {owner[v.bead] for v in e.variants if v.bead in owner}
            if len(who) > 1:
                print("merged:", sorted(who), e.canonical, e.forms())
        for ident in people:
            if len(holders[ident]) != 1:
                print("split:", ident, sorted(holders[ident]))
    print("| variant sets in one entry of their own | entries merging two people |")
    print("|---:|---:|")
    print(f"| {kept}/{len(people)} | {merges} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
