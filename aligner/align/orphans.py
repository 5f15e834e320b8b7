"""Unpaired sentences that a neighbouring bead explains join it.

The search leaves a sentence unpaired when that is cheaper than a merge,
and a merge pays a fixed price for every extra sentence. A short piece of
a longer sentence split by OCR or by the segmenter ("c) les réductions au
géoïde.") then stays alone although its words are plainly in the
neighbouring bead's other side. Here each unpaired sentence is checked
against the other side of the beads just before and after it: if a good
share of its own evidence (numbers, words, cognates, lexicon pairs) is
found there, it joins the neighbour that explains more of it. A sentence
with no counterpart shares no more with its neighbours than with any other
sentence, so it stays unpaired.
"""

from __future__ import annotations

import numpy as np

from aligner.align.calibrate import FeatureRuns
from aligner.align.evidence import Evidence

#: Share of an unpaired sentence's own feature weight that the neighbour must
#: hold beyond what a random sentence of the other side holds.
EXPLAINED = 0.2

#: Random sentences of the other side that give the share found by chance.
RANDOM = 16

Bead = tuple[int, int, int, int]


def attach(beads: list[Bead], ev: Evidence, max_bead: int) -> tuple[list[Bead], int]:
    """Beads with explained unpaired sentences merged in, and how many moved."""
    fs, ft = FeatureRuns(ev.src), FeatureRuns(ev.tgt)
    out = list(beads)
    rng = np.random.default_rng(2024)
    moved = 0
    k = 0
    while k < len(out):
        i0, j0, i1, j1 = out[k]
        if (i1 > i0) == (j1 > j0) or (i1 - i0) + (j1 - j0) != 1:
            k += 1
            continue
        on_src = i1 > i0
        own = fs.of(range(i0, i1)) if on_src else ft.of(range(j0, j1))
        own_w = float(ev.weight[list(own)].sum()) if own else 0.0
        if own_w <= 0:  # nothing to place it by
            k += 1
            continue
        pool = ft if on_src else fs
        size = ev.tgt.n if on_src else ev.src.n
        rand = [pool.of(range(r, r + 1)) for r in rng.integers(0, size, RANDOM)]
        base = float(np.mean([ev.weight[list(own & o)].sum() for o in rand])) / own_w
        best, best_share = None, EXPLAINED + base
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(out):
                continue
            a0, b0, a1, b1 = out[nb]
            if a1 == a0 or b1 == b0 or (a1 - a0) + (b1 - b0) + 1 > max_bead:
                continue
            other = ft.of(range(b0, b1)) if on_src else fs.of(range(a0, a1))
            shared = own & other
            share = float(ev.weight[list(shared)].sum()) / own_w if shared else 0.0
            if share > best_share:
                best, best_share = nb, share
        if best is None:
            k += 1
            continue
        lo, hi = min(k, best), max(k, best)
        a = out[lo]
        b = out[hi]
        out[lo : hi + 1] = [(a[0], a[1], b[2], b[3])]
        moved += 1
        k = lo
    return out, moved
