"""Confidence of beads chosen by someone else: a reviewer's merge, split or move.

``score_beads`` scores given beads over a short stretch of text as ``align``
scores its own (see ``aligner.align._score``): the margin of the best
alignment without the bead over the best alignment of the stretch, times
the bead's agreement. A bead the search would not choose has no margin,
so it scores 0. Only signals found within the stretch are used (no
subword model or lexicon trained on the whole document), so scoring a few
beads takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from aligner.align import _score, calibrate, evidence, search
from aligner.align.costs import Params, Scorer, SimScale
from aligner.align.features import anchor_features, with_content
from aligner.align.length import LengthModel

#: The signals a short stretch of text can give on its own.
LOCAL_SIGNALS = frozenset({"numbers", "punct", "identical", "cognates"})
#: Alternatives of up to this many sentences are weighed (``align`` weighs up to 6).
MAX_BEAD = 4


def score_beads(
    src: Sequence[str],
    tgt: Sequence[str],
    beads: Sequence[tuple[range, range]],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> list[float]:
    """Confidence in [0, 1] of each bead; the beads must cover ``src`` and ``tgt`` in order."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:  # nothing to pair with: certainly unpaired
        return [1.0] * len(beads)
    params = Params(max_bead=MAX_BEAD)
    ls = np.array([len(t) for t in src], dtype=np.float64)
    lt = np.array([len(t) for t in tgt], dtype=np.float64)
    length = LengthModel.from_totals(ls, lt)
    fs, ft = anchor_features(list(src), list(tgt), LOCAL_SIGNALS, None, src_lang, tgt_lang)
    ev = with_content(evidence.build(fs, ft, ls, lt), list(src), list(tgt))
    scale = calibrate.random_scale(Scorer(ev, params, length, SimScale()))
    scorer = Scorer(ev, params, length, scale)
    best = search.search(scorer, *search.full_band(n, m))
    path = replace(best, beads=[(s.start, t.start, s.stop, t.stop) for s, t in beads])
    return [bead.score for bead in _score(scorer, path)]
