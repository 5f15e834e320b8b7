"""What the glossary's name keys change in the aligner, on the sample corpus.

Aligns corpora/belarus-diplomacy.{de-en,de-hu,de-ru,de-pl} and letter.de-en (gold beads in the
.tsv files, cells split with the plain rule the aligner's corpus test uses) with
and without ``name_keys=glossary.name_keys``, in the length-only mode with names
added and in the full mode, and prints per pair: gold beads reproduced whole,
beads crossing a gold boundary, and sentences left unpaired.

Run: .bench/bin/python benchmarks/names_anchors.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import glossary  # noqa: E402
from corpora import gold  # noqa: E402
from corpora.gold import PAIRS  # noqa: E402

RUNS = [
    ("length", "length", False),
    ("length+names", "length+names", True),
    ("full, no names", "full", False),
    ("full + names", "full", True),
]


def score(result, sb, tb):
    whole = crossing = unpaired = 0
    for b in result.beads:
        if len({sb[i] for i in b.src} | {tb[j] for j in b.tgt}) != 1:
            crossing += 1
        if not b.src or not b.tgt:
            unpaired += len(b.src) + len(b.tgt)
        elif gold.is_whole(b, sb, tb):
            whole += 1
    return whole, crossing, unpaired


def main() -> int:
    try:
        from aligner.align import align
    except ImportError:
        print("aligner.align is not available in this checkout", file=sys.stderr)
        return 1
    print(f"{'pair':28}{'run':16}{'whole/gold':>11}{'crossing':>10}{'unpaired':>10}")
    for name in PAIRS:
        (sl, tl), src, tgt, sb, tb, n = gold.load(name)
        for label, mode, names in RUNS:
            keys = glossary.name_keys if names else None
            result = align(
                src, tgt, src_lang=sl, tgt_lang=tl, mode=mode, name_keys=keys, progress=False
            )
            whole, crossing, unpaired = score(result, sb, tb)
            print(f"{name:28}{label:16}{f'{whole}/{n}':>11}{crossing:>10}{unpaired:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
