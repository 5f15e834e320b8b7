"""Texts given line by line: when both sides have as many sentences, a translator has
usually put each sentence beside its translation already.

The search still finds its own path, and where two neighbouring pairs are near
ties it may merge them into a 2-2 or shift them into a 1-2 and a 2-1. Equal
counts are evidence the costs do not see, so where the path leaves the diagonal
(sentence i with sentence i) and comes back to it, the stretch of diagonal is
taken instead when it costs at most
:attr:`~aligner.align.costs.Params.line_prior` more. A real merge or crossing
costs the diagonal more than that (2.9 units for a crossed pair in a window of
Text+Berg, 7.9 to 125 for windows whose truth has merges); near ties of
one-per-line text cost it 0.01 to 1.2 (``benchmarks/align_short.py --gaps``).
"""

from __future__ import annotations

import numpy as np

from aligner.align import search
from aligner.align.costs import Scorer
from aligner.align.search import Path

Bead = tuple[int, int, int, int]


def straighten(scorer: Scorer, path: Path, prior: float) -> tuple[list[Bead] | None, list[float]]:
    """The path's beads with each stretch off the diagonal that the diagonal nearly
    matches replaced by 1-1 beads (None when the sides differ in length or nothing
    changes), and how much dearer the diagonal was than each stretch."""
    n, m = scorer.ev.src.n, scorer.ev.tgt.n
    stretches = list(_stretches(path.beads)) if n == m else []
    if not stretches:
        return None, []
    q_path = search.band_prefix(scorer, path)
    q_diag = _diagonal_prefix(scorer, path, n)
    unpaired = scorer.deletion_costs(scorer.ev.tgt.lengths, scorer.ev.tgt.contents())
    out: list[Bead] = []
    gaps: list[float] = []
    done = 0
    for first, last in stretches:
        out += path.beads[done:first]
        beads = path.beads[first : last + 1]
        i0, i1 = beads[0][0], beads[-1][2]
        kept = sum(_cost(scorer, b, q_path, unpaired) for b in beads)
        ends = np.arange(i0 + 1, i1 + 1)
        gaps.append(float(np.sum(scorer.cost(1, 1, ends, ends, q_diag))) - kept)
        if gaps[-1] <= prior:
            out += [(k, k, k + 1, k + 1) for k in range(i0, i1)]
        else:
            out += beads
        done = last + 1
    out += path.beads[done:]
    return (out if min(gaps) <= prior else None), gaps


def _stretches(beads: list[Bead]):
    """(first, last) bead indices of each stretch that leaves the diagonal at a node
    on it and comes back to it."""
    start = None
    for k, (i0, j0, i1, j1) in enumerate(beads):
        if start is None:
            if i0 == j0 and not (i1 - i0 == 1 and j1 - j0 == 1):
                start = k
            else:
                continue
        if i1 == j1:
            yield start, k
            start = None


def _diagonal_prefix(scorer: Scorer, path: Path, n: int):
    if not scorer.use_similarity:
        return None
    rows = np.arange(len(path.lo))
    lo = np.minimum(path.lo, rows)  # the band widened to hold the diagonal
    hi = np.maximum(path.hi, np.minimum(rows + 1, n))
    return search._prefix(scorer.ev, lo, hi, 1, 1)


def _cost(scorer: Scorer, bead: Bead, q, unpaired: np.ndarray) -> float:
    """A bead's cost as the search adds it up (a target sentence alone costs what
    :func:`aligner.align.search.margins` charges it)."""
    i0, j0, i1, j1 = bead
    if i1 == i0:
        return float(np.sum(unpaired[j0:j1]))
    return float(scorer.cost(i1 - i0, j1 - j0, np.array([i1]), np.array([j1]), q)[0])
