"""Short documents: windows of Text+Berg dev, and the same cut one sentence per line.

    .venv/bin/python benchmarks/align_short.py [--sizes 20 40 80] [--gaps] [--dictionary FILE]

A translator's document is often a page, not a book. Two kinds of short
document are cut from the dev gold, consecutive and non-overlapping:

- **windows**: the sentences of ``size`` consecutive gold beads as the book
  has them (a third of its beads are merges, one in ten one-sided), scored
  strict / lax with ``../shared/tools/align_score.py``;
- **one per line**: ``size`` gold beads, each side of a bead joined into one
  line (the 1-1 beads alone, and every two-sided bead), so that the truth is
  1-1 all the way down; pair F1 and the pairs missed.

Rows: bitext as it is, bitext with the bead-type floor only from
``--floor-from`` two-sided first-pass beads on (200 in the release before
the floor reached short documents), and hunalign 1.1 without a dictionary
when built (see ``_hunalign.py``), all in one run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import _hunalign
from align_textberg import DEV, load

import aligner.align as align_mod
from aligner.align import align


def windows(src, tgt, gold, size):
    """(German lines, French lines, gold beads renumbered) of each window of ``size`` beads."""
    out = []
    for k in range(0, len(gold) - size + 1, size):
        win = gold[k : k + size]
        s_ids = [i for s, _ in win for i in s]
        t_ids = [j for _, t in win for j in t]
        if not s_ids or not t_ids:
            continue
        s0, t0 = min(s_ids), min(t_ids)
        beads = [(tuple(i - s0 for i in s), tuple(j - t0 for j in t)) for s, t in win]
        out.append((src[s0 : max(s_ids) + 1], tgt[t0 : max(t_ids) + 1], beads))
    return out


def per_line(src, tgt, beads, size):
    """(German lines, French lines) of each chunk of ``size`` beads, one line a side each."""
    out = []
    for k in range(0, len(beads) - size + 1, size):
        chunk = beads[k : k + size]
        out.append(
            (
                [" ".join(src[i] for i in s) for s, _ in chunk],
                [" ".join(tgt[j] for j in t) for _, t in chunk],
            )
        )
    return out


def run(name, a, b, dictionary=None):
    if name == "hunalign":
        return _hunalign.run(a, b, dictionary=dictionary).get("beads") or []
    result = align(a, b, src_lang="de", tgt_lang="fr", progress=False, dictionary=dictionary)
    return [(tuple(x.src), tuple(x.tgt)) for x in result.beads]


def print_gaps(src, tgt, gold, ones, two_sided, sizes) -> int:
    """With as many lines on both sides, how much dearer the diagonal is than each
    stretch of the path off it (``info["diagonal_gaps"]``, aligner.align.lines): on the
    one-per-line pages, and on the book's windows that happen to have equal counts,
    split by whether their truth is all 1-1."""
    print("| size | documents | stretches off the diagonal: diagonal dearer by |")
    print("|---:|---|---|")
    for size in sizes:
        sets = {
            "1-1 lines": [(a, b, None) for a, b in per_line(src, tgt, ones, size)],
            "joined lines": [(a, b, None) for a, b in per_line(src, tgt, two_sided, size)],
            "windows, truth 1-1": [],
            "windows, truth with merges": [],
        }
        for a, b, g in windows(src, tgt, gold, size):
            if len(a) == len(b):
                one_one = all(len(s) == 1 and len(t) == 1 for s, t in g)
                sets["windows, truth 1-1" if one_one else "windows, truth with merges"].append(
                    (a, b, g)
                )
        for name, docs in sets.items():
            found = []
            for a, b, _ in docs:
                info = align(a, b, src_lang="de", tgt_lang="fr", progress=False).info
                found += info.get("diagonal_gaps", [])
            cells = ", ".join(f"{g:.2f}" for g in sorted(found)) or "none"
            print(f"| {size} | {name} ({len(docs)}) | {cells} |", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[20, 40, 80])
    ap.add_argument("--floor-from", type=int, default=200)
    ap.add_argument(
        "--gaps",
        action="store_true",
        help="print how much dearer the diagonal is than each stretch off it, per set",
    )
    ap.add_argument(
        "--dictionary",
        type=Path,
        help="also rows with this de-fr dictionary (FreeDict's freedict-deu-fra.index)",
    )
    args = ap.parse_args()
    if not DEV.exists():
        print(f"{DEV}: not found (../shared absent)", file=sys.stderr)
        return 2
    src, tgt, gold, scorer = load(DEV)
    gold = [(tuple(s), tuple(t)) for s, t in gold]
    ones = [(s, t) for s, t in gold if len(s) == 1 and len(t) == 1]
    two_sided = [(s, t) for s, t in gold if s and t]
    if args.gaps:
        return print_gaps(src, tgt, gold, ones, two_sided, args.sizes)
    current = align_mod.FLOOR_MIN_BEADS
    systems = [
        (f"bitext (floor from {current} beads)", "bitext", current, None),
        (f"bitext, floor from {args.floor_from} beads", "bitext", args.floor_from, None),
    ]
    if _hunalign.available():
        systems.append(("hunalign 1.1, no dictionary", "hunalign", None, None))
    if args.dictionary:
        from aligner.align import dictd

        pairs = dictd.read_dictd(args.dictionary, "de", "fr")
        systems.append((f"bitext + dictionary {args.dictionary.name}", "bitext", current, pairs))
        if _hunalign.available():
            label = f"hunalign 1.1 + dictionary {args.dictionary.name}"
            systems.append((label, "hunalign", None, pairs))
    print("Text+Berg dev cut into short documents (strict / lax F1; pair F1 and pairs missed)\n")
    print(
        "| aligner | size | windows: docs | strict F1 | lax F1 "
        "| 1-1 lines: pair F1 | missed | joined lines: pair F1 | missed |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, name, floor, dictionary in systems:
        if floor is not None:
            align_mod.FLOOR_MIN_BEADS = floor
        for size in args.sizes:
            docs = windows(src, tgt, gold, size)
            found = [run(name, a, b, dictionary) for a, b, _ in docs]
            res = scorer.score([g for _, _, g in docs], found)
            cells = [f"{res['f1_strict']:.3f}", f"{res['f1_lax']:.3f}"]
            for beads in (ones, two_sided):
                tp = found = total = 0
                for a, b in per_line(src, tgt, beads, size):
                    pairs = {
                        (s[0], t[0])
                        for s, t in run(name, a, b, dictionary)
                        if len(s) == 1 and len(t) == 1
                    }
                    tp += len(pairs & {(i, i) for i in range(len(a))})
                    found += len(pairs)
                    total += len(a)
                p, r = tp / max(found, 1), tp / max(total, 1)
                cells += [f"**{2 * p * r / max(p + r, 1e-9):.3f}**", str(total - tp)]
            print(f"| {label} | {size} | {len(docs)} | " + " | ".join(cells) + " |", flush=True)
    align_mod.FLOOR_MIN_BEADS = current
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
