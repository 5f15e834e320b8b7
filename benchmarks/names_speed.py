"""Speed of the name tools, beside iuliia for plain Cyrillic -> English.

Run: .bench/bin/python benchmarks/names_speed.py
Names: the Cyrillic and German labels of ../shared/benchmarks/names/dev.jsonl,
repeated; glossary build/check on corpora/belarus-diplomacy.de-hu.tsv x 100.
"""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

import iuliia

import glossary
from glossary.convert import convert

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    rows = [json.loads(x) for x in (SHARED / "benchmarks/names/dev.jsonl").read_text().splitlines()]
    cyr = [label for r in rows for label in r.get("ru", [])] * 30
    de = [label for r in rows for label in r.get("de", [])] * 3
    print(f"{'task':46}{'bitext':>10}{'iuliia':>10}{'ratio':>8}")
    ours = timed(lambda: [glossary.to_latin(n, "en") for n in cyr])
    peer = timed(lambda: [iuliia.WIKIPEDIA.translate(n) for n in cyr])
    print(f"{f'ru -> en, {len(cyr)} full names':46}{ours:>9.3f}s{peer:>9.3f}s{peer / ours:>7.2f}x")
    ours = timed(lambda: [convert(n, "de", "en") for n in de], repeat=1)
    print(f"{f'de -> en via Cyrillic, {len(de)} full names':46}{ours:>9.3f}s{'-':>10}")
    with (ROOT / "corpora/belarus-diplomacy.de-hu.tsv").open(encoding="utf-8") as fh:
        pairs = list(csv.reader(fh, delimiter="\t"))[1:]
    beads = [(i, [a], [b]) for i, (a, b) in enumerate(pairs * 100)]
    glossary.key.cache_clear()
    t = time.perf_counter()
    entries = glossary.build_entries(beads, "de", "hu")
    build = time.perf_counter() - t
    t = time.perf_counter()
    glossary.check(beads, "de", "hu", entries)
    check = time.perf_counter() - t
    t = time.perf_counter()
    for _, (a,), (b,) in beads:
        glossary.name_keys(a, "de")
        glossary.name_keys(b, "hu")
    keys = time.perf_counter() - t
    print(f"{f'glossary build, {len(beads)} beads':46}{build:>9.3f}s{'-':>10}")
    print(f"{f'glossary check, {len(beads)} beads':46}{check:>9.3f}s{'-':>10}")
    print(f"{f'name_keys, {2 * len(beads)} sentences':46}{keys:>9.3f}s{'-':>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
