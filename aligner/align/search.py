"""Banded dynamic programming over beads, linear in time and memory.

The search follows Vecalign's recursive scheme: halve both texts until the
problem is small enough for a full DP, solve it, project the path one level
down and search again only in a band of ``buffer`` sentences around it. Each
level costs time proportional to the band, so the total stays linear.

Within a level, all bead costs of a block of rows are computed at once with
numpy; the row loop only does a gather, a minimum and a prefix-minimum scan
(for runs of target sentences without counterpart).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from aligner.align import calibrate
from aligner.align.costs import Scorer
from aligner.align.evidence import Evidence

FULL_DP_CELLS = 40_000
#: Times a level is searched again in a wider band where its path touched the edge.
WIDEN_ROUNDS = 3
ROW_CHUNK = 512


@dataclass(slots=True)
class Prefix:
    """Shared feature weight of source sentence i with targets qlo[i] .. k-1, for any k."""

    flat: np.ndarray
    offset: np.ndarray
    qlo: np.ndarray
    qhi: np.ndarray

    def at(self, i: np.ndarray, k: np.ndarray) -> np.ndarray:
        pos = np.clip(k - self.qlo[i], 0, self.qhi[i] - self.qlo[i])
        return self.flat[self.offset[i] + pos]


@dataclass(slots=True)
class Path:
    """Beads as node pairs (i0, j0, i1, j1) in order, and the DP table behind them.

    ``best[off[i] + j - lo[i]]`` is the cheapest cost of reaching node (i, j).
    """

    beads: list[tuple[int, int, int, int]]
    best: np.ndarray
    off: np.ndarray
    lo: np.ndarray
    hi: np.ndarray


def solve(scorer: Scorer, bar=None) -> Path:
    """Recursive banded search: coarse path first, then refine around it."""
    ev = scorer.ev
    n, m = ev.src.n, ev.tgt.n
    if n * m <= FULL_DP_CELLS or n <= 2 or m <= 2:
        lo, hi = full_band(n, m)
    else:
        coarse = dataclasses.replace(
            scorer, ev=ev.coarsen(), length=scorer.coarse_length or scorer.length
        )
        if scorer.use_similarity:
            coarse.scale = calibrate.level_scale(coarse, scorer.scale)
        lo, hi = project(solve(coarse), n, m, scorer.params.buffer)
    return search_widening(scorer, lo, hi, bar)


def search_widening(scorer: Scorer, lo: np.ndarray, hi: np.ndarray, bar=None) -> Path:
    """Search the band, then again wider where the path runs along its edge.

    There the band, not the evidence, chose the path.
    """
    m = scorer.ev.tgt.n
    path = search(scorer, lo, hi, bar.advance if bar is not None else None)
    width = 4 * scorer.params.buffer
    for _ in range(WIDEN_ROUNDS):
        rows = edge_rows(path, lo, hi, m)
        if not rows.size:
            break
        lo, hi = widen(lo, hi, rows, width, m)
        path = search(scorer, lo, hi)
        width *= 2
    return path


def edge_rows(path: Path, lo: np.ndarray, hi: np.ndarray, m: int) -> np.ndarray:
    """Rows where a bead of ``path`` ends on an edge of the band that is not the grid's."""
    rows = [
        i1
        for _, _, i1, j1 in path.beads
        if (j1 <= lo[i1] and lo[i1] > 0) or (j1 >= hi[i1] and hi[i1] < m)
    ]
    return np.array(rows, dtype=np.int64)


def widen(
    lo: np.ndarray, hi: np.ndarray, rows: np.ndarray, width: int, m: int
) -> tuple[np.ndarray, np.ndarray]:
    """The band grown by ``width`` on both sides within ``width`` rows of ``rows``."""
    near = np.zeros(len(lo), dtype=bool)
    for r in rows:
        near[max(0, r - width) : r + width + 1] = True
    return _tidy(np.where(near, lo - width, lo), np.where(near, hi + width, hi), m)


def full_band(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)


def refine(scorer: Scorer, path: Path, bar=None) -> Path:
    """Search again, at the same resolution, in a band around ``path`` (widened where touched)."""
    lo, hi = project(path, scorer.ev.src.n, scorer.ev.tgt.n, scorer.params.refine_buffer, factor=1)
    return search_widening(scorer, lo, hi, bar)


def project(
    path: Path, n: int, m: int, buffer: int, factor: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """The band at ``factor`` times the resolution (double by default) around a path."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for i0, j0, i1, j1 in path.beads:
        r0, r1 = min(factor * i0, n), min(factor * i1, n)
        c0, c1 = min(factor * j0, m), min(factor * j1, m)
        lo[r0 : r1 + 1] = np.minimum(lo[r0 : r1 + 1], c0)
        hi[r0 : r1 + 1] = np.maximum(hi[r0 : r1 + 1], c1)
    lo = _slide(lo, buffer, np.minimum) - buffer
    hi = _slide(hi, buffer, np.maximum) + buffer
    return _tidy(lo, hi, m)


def _slide(x: np.ndarray, w: int, op) -> np.ndarray:
    out = x.copy()
    for s in range(1, w + 1):
        out[s:] = op(out[s:], x[:-s])
        out[:-s] = op(out[:-s], x[s:])
    return out


def _tidy(lo: np.ndarray, hi: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Clip to the grid, make bounds monotone and consecutive rows overlap."""
    lo = np.clip(lo, 0, m)
    hi = np.clip(hi, 0, m)
    lo[0], hi[-1] = 0, m
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[1:] = np.minimum(lo[1:], hi[:-1])
    hi = np.maximum(hi, lo)
    return lo, hi


def search(
    scorer: Scorer,
    lo: np.ndarray,
    hi: np.ndarray,
    advance: Callable[[int], None] | None = None,
) -> Path:
    """Cheapest monotone path from (0, 0) to (n, m) inside the band [lo, hi]."""
    ev = scorer.ev
    n, m = ev.src.n, ev.tgt.n
    types = scorer.types()
    max_a = max(a for a, _ in types)
    max_b = max(b for _, b in types)
    width = hi - lo + 1
    off = np.zeros(n + 2, dtype=np.int64)
    np.cumsum(width, out=off[1:])
    ncells = int(off[n + 1])
    best = np.full(ncells + 1, np.inf)  # last entry: the "outside the band" sentinel
    back = np.zeros(ncells, dtype=np.int8)
    q = _prefix(ev, lo, hi, max_a, max_b) if scorer.use_similarity else None
    # cumulative cost of leaving target sentences unpaired, along a row
    del_t = np.concatenate(
        [[0.0], np.cumsum(scorer.deletion_costs(ev.tgt.lengths, ev.tgt.contents()))]
    )
    zero_one = len(types)

    for r0 in range(0, n + 1, ROW_CHUNK):
        r1 = min(n + 1, r0 + ROW_CHUNK)
        base = int(off[r0])
        ci = np.repeat(np.arange(r0, r1), width[r0:r1])
        cj = np.arange(int(off[r1]) - base) - np.repeat(off[r0:r1] - base - lo[r0:r1], width[r0:r1])
        prev = np.full((len(types), len(ci)), ncells, dtype=np.int64)
        cost = np.zeros((len(types), len(ci)))
        for t, (a, b) in enumerate(types):
            pi, pj = ci - a, cj - b
            ok = (pi >= 0) & (pj >= 0)
            pic = np.where(ok, pi, 0)
            ok &= (pj >= lo[pic]) & (pj <= hi[pic])
            if not ok.any():
                continue
            sel = np.flatnonzero(ok)
            prev[t, sel] = off[pi[sel]] + pj[sel] - lo[pi[sel]]
            cost[t, sel] = scorer.cost(a, b, ci[sel], cj[sel], q)
        cols = np.arange(len(ci))
        for i in range(r0, r1):
            s0, s1 = int(off[i]) - base, int(off[i + 1]) - base
            cand = best[prev[:, s0:s1]] + cost[:, s0:s1]
            k = np.argmin(cand, axis=0)
            other = cand[k, cols[: s1 - s0]]
            if i == 0:
                other[0] = 0.0
            ramp = del_t[lo[i] : hi[i] + 1]
            x = other - ramp
            run = np.minimum.accumulate(x)
            best[off[i] : off[i + 1]] = run + ramp
            back[off[i] : off[i + 1]] = np.where(x <= run, k, zero_one)
        if advance is not None:
            advance(r1 - r0)

    beads: list[tuple[int, int, int, int]] = []
    i, j = n, m
    while i > 0 or j > 0:
        t = int(back[off[i] + j - lo[i]])
        a, b = (0, 1) if t == zero_one else types[t]
        beads.append((i - a, j - b, i, j))
        i, j = i - a, j - b
    beads.reverse()
    return Path(beads, best, off, lo, hi)


def margins(scorer: Scorer, path: Path, advance: Callable[[int], None] | None = None) -> np.ndarray:
    """Per bead, how much dearer the best alignment is that does not contain it.

    The reversed texts are searched in the same band, so the forward cost to
    a node plus the backward cost from it is the cost of the best path
    through it. Every bead the search could have taken instead then has the
    cost of the best path that uses it: forward cost to its start, its own
    cost, backward cost from its end. An alignment without the chosen bead
    must cover the bead's first sentence with some other bead, so the
    cheapest other bead covering that sentence gives the exact margin. (Nodes
    alone would miss alternatives that jump over a node: merging an unpaired
    sentence into its neighbour's bead visits none of the nodes in between.)
    """
    ev = scorer.ev
    n, m = ev.src.n, ev.tgt.n
    lo, hi, off = path.lo, path.hi, path.off
    rlo, rhi = m - hi[::-1], m - lo[::-1]
    rev = dataclasses.replace(scorer, ev=ev.reversed())
    back = search(rev, rlo, rhi, advance)
    width = hi - lo + 1
    ncells = int(off[n + 1])
    ci = np.repeat(np.arange(n + 1), width)
    cj = np.arange(ncells) - np.repeat(off[: n + 1] - lo, width)
    after = back.best[back.off[n - ci] + (m - cj) - rlo[n - ci]]
    optimum = float(path.best[off[n] + m - lo[n]])
    # the chosen beads, by end cell and type, are not alternatives to themselves
    chosen = np.full(ncells, -1, dtype=np.int64)
    need_s = np.zeros(n, dtype=bool)
    need_t = np.zeros(m, dtype=bool)
    for i0, j0, i1, j1 in path.beads:
        chosen[off[i1] + j1 - lo[i1]] = _code(i1 - i0, j1 - j0)
        if i1 > i0:
            need_s[i0] = True
        else:
            need_t[j0] = True
    types = scorer.types()
    q = band_prefix(scorer, path)
    del_t = scorer.deletion_costs(ev.tgt.lengths, ev.tgt.contents())
    src_alt = np.full(n, np.inf)
    tgt_alt = np.full(m, np.inf)
    for a, b in [*types, (0, 1)]:
        for r0 in range(0, ncells, ROW_CHUNK * 32):
            cells = np.arange(r0, min(ncells, r0 + ROW_CHUNK * 32))
            i, j = ci[cells], cj[cells]
            pi, pj = i - a, j - b
            ok = (pi >= 0) & (pj >= 0) & (chosen[cells] != _code(a, b))
            pic = np.where(ok, pi, 0)
            ok &= (pj >= lo[pic]) & (pj <= hi[pic])
            sel = np.flatnonzero(ok)
            if not len(sel):
                continue
            i, j, cells = i[sel], j[sel], cells[sel]
            cost = del_t[j - 1] if a == 0 else scorer.cost(a, b, i, j, q)
            through = path.best[off[i - a] + j - b - lo[i - a]] + cost + after[cells]
            for u in range(1, a + 1):
                hit = need_s[i - u]
                np.minimum.at(src_alt, i[hit] - u, through[hit])
            for u in range(1, b + 1):
                hit = need_t[j - u]
                np.minimum.at(tgt_alt, j[hit] - u, through[hit])
    out = np.empty(len(path.beads))
    for k, (i0, j0, i1, _j1) in enumerate(path.beads):
        alt = src_alt[i0] if i1 > i0 else tgt_alt[j0]
        out[k] = max(alt - optimum, 0.0)
    return out


def _code(a: int, b: int) -> int:
    return a * 64 + b


def band_prefix(scorer: Scorer, path: Path) -> Prefix | None:
    """The shared-evidence table of the path's band, as the search used it."""
    if not scorer.use_similarity:
        return None
    types = scorer.types()
    return _prefix(scorer.ev, path.lo, path.hi, max(a for a, _ in types), max(b for _, b in types))


def bead_similarity(scorer: Scorer, path: Path) -> np.ndarray:
    """Per bead, its similarity on the document's scale: 0 as unrelated pairs, 1 as aligned ones.

    Unpaired sentences and beads without similarity evidence get 0.5, the
    middle: there is nothing to share.
    """
    return _per_bead(scorer, path, lambda a, b, i, j, q: scorer.content(a, b, i, j, q)[1], 0.5)


def bead_raw_similarity(scorer: Scorer, path: Path) -> np.ndarray:
    """Per two-sided bead, its similarity before rescaling; NaN for unpaired sentences."""
    return _per_bead(scorer, path, scorer.raw, np.nan)


def _per_bead(scorer: Scorer, path: Path, fn, default: float) -> np.ndarray:
    q = band_prefix(scorer, path)
    out = np.full(len(path.beads), default)
    if q is None:
        return out
    groups: dict[tuple[int, int], list[int]] = {}
    for k, (i0, j0, i1, j1) in enumerate(path.beads):
        if i1 > i0 and j1 > j0:
            groups.setdefault((i1 - i0, j1 - j0), []).append(k)
    ends = np.array([(i1, j1) for _, _, i1, j1 in path.beads], dtype=np.int64).reshape(-1, 2)
    for (a, b), ks in groups.items():
        sel = np.array(ks)
        out[sel] = fn(a, b, ends[sel, 0], ends[sel, 1], q)
    return out


def _prefix(ev: Evidence, lo: np.ndarray, hi: np.ndarray, max_a: int, max_b: int) -> Prefix:
    n = ev.src.n
    rows = np.arange(n)
    qlo = np.maximum(0, lo[rows + 1] - max_b)
    qhi = hi[np.minimum(n, rows + max_a)]
    qhi = np.maximum(qhi, qlo)
    flat, offset = ev.match_prefix(qlo, qhi)
    return Prefix(flat, offset, qlo, qhi)
