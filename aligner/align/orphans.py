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

from collections.abc import Callable

import numpy as np

from aligner.align.calibrate import FeatureRuns
from aligner.align.evidence import Evidence

#: Share of an unpaired sentence's own feature weight that the neighbour must
#: hold beyond what a random sentence of the other side holds.
EXPLAINED = 0.2

Bead = tuple[int, int, int, int]


class _Explainer:
    """How much of a sentence's evidence a run of sentences of the other side holds."""

    def __init__(self, ev: Evidence):
        self.ev = ev
        self.runs = {"src": FeatureRuns(ev.src), "tgt": FeatureRuns(ev.tgt)}
        size = len(ev.weight)
        self.held = {
            "src": np.bincount(ev.src.feat, minlength=size),
            "tgt": np.bincount(ev.tgt.feat, minlength=size),
        }

    def own(self, side: str, k: int) -> tuple[set[int], float]:
        feats = self.runs[side].of(range(k, k + 1))
        return feats, float(self.ev.weight[list(feats)].sum()) if feats else 0.0

    def share(self, own: set[int], own_w: float, side: str, run: range) -> float:
        """Share of ``own`` (of a sentence on ``side``) found in ``run`` of the other side."""
        shared = own & self.runs[_other(side)].of(run)
        return float(self.ev.weight[list(shared)].sum()) / own_w if shared else 0.0

    def chance(self, own: set[int], own_w: float, side: str) -> float:
        """The share a random sentence of the other side holds, on average.

        Exact, not sampled: each feature is found in a random sentence with
        the share of the other side's sentences that hold it. (A sample drawn
        sentence after sentence would make each verdict depend on how many
        unpaired sentences came before it, anywhere in the text.)
        """
        other = self.ev.tgt if side == "src" else self.ev.src
        feats = np.fromiter(own, np.int64, len(own))
        held = self.held[_other(side)][feats] / max(other.n, 1)
        return float((self.ev.weight[feats] * held).sum()) / own_w


def _other(side: str) -> str:
    return "tgt" if side == "src" else "src"


def attach(
    beads: list[Bead],
    ev: Evidence,
    max_bead: int,
    continues: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[list[Bead], int]:
    """Beads with explained unpaired sentences merged in, and how many moved.

    ``continues`` flags the pieces of each side that continue the sentence
    before them (``features.continuations``); they join that sentence's bead.
    """
    out, moved = _explained(list(beads), ev, max_bead)
    if continues is not None:
        out, joined = _continued(out, continues, max_bead)
        moved += joined
    return out, moved


def _continued(
    out: list[Bead], continues: tuple[np.ndarray, np.ndarray], max_bead: int
) -> tuple[list[Bead], int]:
    """Unpaired continuations joined to the two-sided bead just before them."""
    moved = 0
    k = 1
    while k < len(out):
        i0, j0, i1, j1 = out[k]
        a0, b0, a1, b1 = out[k - 1]
        lone = (i1 - i0) + (j1 - j0) == 1
        piece = lone and bool(continues[0][i0] if i1 > i0 else continues[1][j0])
        if piece and a1 > a0 and b1 > b0 and (a1 - a0) + (b1 - b0) < max_bead:
            out[k - 1 : k + 1] = [(a0, b0, i1, j1)]
            moved += 1
            continue
        k += 1
    return out, moved


def _explained(out: list[Bead], ev: Evidence, max_bead: int) -> tuple[list[Bead], int]:
    """Unpaired sentences joined to the neighbour that explains them."""
    ex = _Explainer(ev)
    moved = 0
    k = 0
    while k < len(out):
        i0, j0, i1, j1 = out[k]
        if (i1 > i0) == (j1 > j0) or (i1 - i0) + (j1 - j0) != 1:
            k += 1
            continue
        side = "src" if i1 > i0 else "tgt"
        own, own_w = ex.own(side, i0 if side == "src" else j0)
        if own_w <= 0:  # nothing to place it by
            k += 1
            continue
        best, best_share = None, EXPLAINED + ex.chance(own, own_w, side)
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(out):
                continue
            a0, b0, a1, b1 = out[nb]
            if a1 == a0 or b1 == b0 or (a1 - a0) + (b1 - b0) + 1 > max_bead:
                continue
            share = ex.share(own, own_w, side, range(b0, b1) if side == "src" else range(a0, a1))
            if share > best_share:
                best, best_share = nb, share
        if best is None:
            k += 1
            continue
        lo, hi = min(k, best), max(k, best)
        out[lo : hi + 1] = [(out[lo][0], out[lo][1], out[hi][2], out[hi][3])]
        moved += 1
        k = lo
    return out, moved


#: least own feature weight, in the side's mean sentence weight, for a
#: sentence's silence to count against it
DETACH_MIN_WEIGHT = 0.25
#: share of its own evidence beyond chance that a sentence's bead may hold
#: and the sentence still count as silent
DETACH_SILENT = 0.05
#: how much the bead's length cost must fall without the sentence
DETACH_LENGTH_GAIN = 1.0


def detach(
    beads: list[Bead],
    ev: Evidence,
    length_cost: Callable[[int, int, int, int], float],
    bound: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[list[Bead], int]:
    """2-1 and 1-2 beads split into a 1-1 and an unpaired sentence where that
    sentence shares nothing beyond chance with the other side and the pair's
    lengths agree better without it; and how many were split.

    A line with no counterpart (a message a translator skipped) is often taken
    into its neighbour's bead, since a long sentence costs much to leave
    unpaired. Its own words then have no match across, and the neighbour's
    lengths fit without it. Larger merges are left to the search: where one
    was found, the length model has often failed (a table on one side only).
    ``length_cost(i0, j0, i1, j1)`` prices a bead's lengths; ``bound`` flags
    pieces that continue an open sentence before them
    (``features.after_open``), which stay whatever their words say.
    """
    ex = _Explainer(ev)
    ws, wt = ev.sentence_weights()
    mean = {
        "src": float(ws.mean()) if len(ws) else 0.0,
        "tgt": float(wt.mean()) if len(wt) else 0.0,
    }
    out: list[Bead] = []
    moved = 0
    for bead in beads:
        i0, j0, i1, j1 = bead
        if i1 == i0 or j1 == j0 or (i1 - i0) + (j1 - j0) != 3:
            out.append(bead)
            continue
        side = "src" if i1 - i0 == 2 else "tgt"
        lo, other = (i0, range(j0, j1)) if side == "src" else (j0, range(i0, i1))
        for k in (lo, lo + 1):
            if bound is not None and k > lo and bound[0 if side == "src" else 1][k]:
                continue
            own, own_w = ex.own(side, k)
            if own_w <= 0 or own_w < DETACH_MIN_WEIGHT * mean[side]:
                continue
            if ex.share(own, own_w, side, other) > ex.chance(own, own_w, side) + DETACH_SILENT:
                continue
            rest = _without(bead, side, first=k == lo)
            if length_cost(*rest) + DETACH_LENGTH_GAIN > length_cost(*bead):
                continue
            lone = _lone(bead, side, k)
            out += [lone, rest] if k == lo else [rest, lone]
            moved += 1
            break
        else:
            out.append(bead)
    return out, moved


def _without(bead: Bead, side: str, first: bool) -> Bead:
    """The bead without its first or last sentence on ``side``."""
    i0, j0, i1, j1 = bead
    if side == "src":
        return (i0 + 1, j0, i1, j1) if first else (i0, j0, i1 - 1, j1)
    return (i0, j0 + 1, i1, j1) if first else (i0, j0, i1, j1 - 1)


def _lone(bead: Bead, side: str, k: int) -> Bead:
    """Sentence ``k`` of ``side`` unpaired, where it stood in ``bead``."""
    i0, j0, i1, j1 = bead
    first = k == (i0 if side == "src" else j0)
    if side == "src":
        j = j0 if first else j1
        return (k, j, k + 1, j)
    i = i0 if first else i1
    return (i, k, i, k + 1)
