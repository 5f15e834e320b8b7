"""The beads that estimates are taken from: those away from unpaired sentences.

Where an earlier pass left a sentence unpaired, something there has no
counterpart: a passage inserted into one text or cut from it, a caption, a
freely translated paragraph. The beads beside it are where that pass was
least sure (it may have merged the first inserted sentence into its
neighbour's bead, or paired the partner of a cut sentence with the wrong
one), and their lengths and overlap describe the damage rather than the
translation. Left out of the length ratio and of the similarity's scale,
which every bead of the document is priced with, they cannot carry an
inserted passage into those estimates, and fewer near ties far from it tip
(benchmarks/align_local.py). A cut still moves them a little: the beads it
took had lengths of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aligner.align.length import LengthModel

#: Two-sided beads this close (in beads) to a one-sided one are left out.
#: Chosen with benchmarks/align_local.py: 1 and 3 changed more far beads on
#: some rows, or lowered the damaged copies' F1, than 2.
NEAR = 2
#: Fewer two-sided beads than this keep the length ratio of the whole texts.
MIN_REFIT_BEADS = 20
#: Fewer settled beads than this: all count. Leaving beads out of a page's
#: few costs its estimates more than a passage could move them (windows of
#: 40 and 80 Text+Berg beads lost strict F1 with 20, benchmarks/align_short.py).
MIN_SETTLED = 100

Beads = Sequence[tuple[range, range]]


def away(beads: Beads, near: int = NEAR) -> list[tuple[range, range]]:
    """The two-sided beads more than ``near`` beads from any one-sided bead."""
    one = np.array([not (len(rs) and len(rt)) for rs, rt in beads], dtype=np.float64)
    if near > 0 and len(one):
        close = np.convolve(one, np.ones(2 * near + 1))[near : near + len(one)] > 0
    else:
        close = one > 0
    return [bead for bead, skip in zip(beads, close, strict=True) if not skip]


def one_one(beads: Beads, near: int = NEAR) -> list[tuple[range, range]]:
    """The 1-1 beads among ``away(beads, near)``, what the similarity's scale is fitted on.

    All 1-1 beads when fewer than MIN_SETTLED are settled (a short text).
    """
    settled = [(rs, rt) for rs, rt in away(beads, near) if len(rs) == 1 and len(rt) == 1]
    if len(settled) >= MIN_SETTLED:
        return settled
    return [(rs, rt) for rs, rt in beads if len(rs) == 1 and len(rt) == 1]


def refit_length(
    length: LengthModel, beads: Beads, ls: np.ndarray, lt: np.ndarray, spread: bool = True
) -> LengthModel:
    """Length ratio from an earlier pass's settled two-sided beads, spread from its 1-1 beads.

    The ratio of the whole texts counts what has no counterpart too, and
    beads beside an unpaired sentence may hold some of it (see the module's
    docstring); when fewer than MIN_SETTLED are settled, all two-sided ones count.
    The spread is a median, which a few such beads do not move, and keeps
    all 1-1 beads (without them it changed more far beads). ``spread=False``
    keeps the spread as it was.
    """
    two = [(rs, rt) for rs, rt in beads if len(rs) and len(rt)]
    if len(two) < MIN_REFIT_BEADS:
        return length
    settled = away(beads)
    ratio_beads = settled if len(settled) >= MIN_SETTLED else two
    cs = np.concatenate([[0.0], np.cumsum(ls)])
    ct = np.concatenate([[0.0], np.cumsum(lt)])
    paired_src = sum(cs[rs.stop] - cs[rs.start] for rs, _ in ratio_beads)
    paired_tgt = sum(ct[rt.stop] - ct[rt.start] for _, rt in ratio_beads)
    if paired_src > 0 and paired_tgt > 0:
        length = LengthModel(paired_tgt / paired_src, length.variance, length.robust)
    pairs = [(rs.start, rt.start) for rs, rt in two if len(rs) == 1 and len(rt) == 1]
    if not pairs or not spread:
        return length
    i, j = np.array(pairs).T
    return length.refit(ls[i], lt[j])
