"""Are these two texts translations of each other, and where not?

An aligner always finds *some* path: given an unrelated document it still
pairs nearly every sentence. What it cannot do is make unrelated sentences
share evidence. So every sentence is asked whether its bead shares more
(numbers, words, cognates, names, lexicon pairs) than unrelated sentence
pairs of the same two texts do: more than ``CHANCE_QUANTILE`` of a fixed
random sample of pairs. The document score is the share of sentences whose
bead does; a stretch of ``MIN_REGION`` sentences or more where almost no
bead does (a different article, a missing or extra chapter) is reported
with its place, and so is a document where most sentences have none.

Lines without a letter (page numbers, rules) are left out of both counts.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import calibrate, search
from aligner.align.costs import Scorer
from aligner.align.search import Path

#: A bead has evidence when it shares more than this quantile of random pairs.
CHANCE_QUANTILE = 0.95
#: Share of sentences without evidence above which the whole pair is suspect.
MAX_SHARE = 0.25
#: Fewer sentences without evidence than this say nothing (a two-line note).
MIN_UNEXPLAINED = 6
#: A run of beads without evidence this long (in sentences, both sides) is reported.
MIN_REGION = 12
#: Beads on either side that smooth the evidence before runs are cut.
WINDOW = 3
#: Smoothed share of sentences with evidence below which a bead is in a dark run.
DARK = 0.25
#: Share of all sentences that an unpaired stretch must reach to be a mismatch.
MISSING = 0.2
SAMPLE = 20_000


@dataclasses.dataclass(frozen=True, slots=True)
class Verdict:
    """``score``: share of sentences with evidence; ``mismatch``: None or its details."""

    score: float
    mismatch: dict | None


def judge(scorer: Scorer, path: Path, wordy_src: np.ndarray, wordy_tgt: np.ndarray) -> Verdict:
    """The document score and, if the texts do not (all) translate each other, where."""
    beads = path.beads
    has = _bead_evidence(scorer, path)
    size = np.array(
        [wordy_src[i0:i1].sum() + wordy_tgt[j0:j1].sum() for i0, j0, i1, j1 in beads], float
    )
    total = float(size.sum())
    if total == 0:
        return Verdict(1.0, None)
    score = float(size[has].sum()) / total
    regions = _dark_runs(beads, has, size)
    share = 1.0 - score
    # a stretch left unpaired is a mismatch only when it is a large part of
    # the whole (a missing chapter), not a block of captions; a stretch
    # paired without evidence always is
    regions = [r for r in regions if r["paired"] >= MIN_REGION or r["sentences"] >= MISSING * total]
    if share > MAX_SHARE and share * total >= MIN_UNEXPLAINED and not regions:
        regions = [_region(beads, 0, len(beads) - 1, size)]
    mismatch = {"share": round(share, 4), "regions": regions} if regions else None
    return Verdict(round(score, 4), mismatch)


def _bead_evidence(scorer: Scorer, path: Path) -> np.ndarray:
    """Per bead: two-sided and sharing more than unrelated pairs do."""
    if not scorer.use_similarity:
        return np.array([i1 > i0 and j1 > j0 for i0, j0, i1, j1 in path.beads])
    raw = dataclasses.replace(scorer, params=dataclasses.replace(scorer.params, smoothing=0.0))
    sims = search.bead_raw_similarity(raw, path)
    n, m = scorer.ev.src.n, scorer.ev.tgt.n
    rng = np.random.default_rng(777)
    k = min(SAMPLE, n * m)
    chance = calibrate.pair_similarity(scorer, rng.integers(0, n, k), rng.integers(0, m, k), True)
    level = float(np.quantile(chance, CHANCE_QUANTILE)) if len(chance) else 0.0
    return np.nan_to_num(sims, nan=-1.0) > level


def _dark_runs(beads, has: np.ndarray, size: np.ndarray) -> list[dict]:
    """Runs of beads whose neighbourhood has almost no evidence, as sentence ranges."""
    if not len(beads):
        return []
    lit = np.where(has, size, 0.0)
    smooth = _window_sum(lit) / np.maximum(_window_sum(size), 1.0)
    dark = (smooth < DARK) & ~has
    out = []
    k = 0
    while k < len(beads):
        if not dark[k]:
            k += 1
            continue
        start = k
        while k + 1 < len(beads) and (dark[k + 1] or (not has[k + 1] and size[k + 1] == 0)):
            k += 1
        if size[start : k + 1].sum() >= MIN_REGION:
            out.append(_region(beads, start, k, size))
        k += 1
    return out


def _window_sum(x: np.ndarray) -> np.ndarray:
    """Sum over the WINDOW beads on either side of each bead."""
    c = np.concatenate([[0.0], np.cumsum(x)])
    k = np.arange(len(x))
    return c[np.minimum(k + WINDOW + 1, len(x))] - c[np.maximum(k - WINDOW, 0)]


def _region(beads, first: int, last: int, size: np.ndarray) -> dict:
    """Sentence ranges [start, stop) of beads first..last, with their size."""
    i0, j0 = beads[first][0], beads[first][1]
    i1, j1 = beads[last][2], beads[last][3]
    paired = sum(
        size[k]
        for k in range(first, last + 1)
        if beads[k][2] > beads[k][0] and beads[k][3] > beads[k][1]
    )
    return {
        "src": [i0, i1],
        "tgt": [j0, j1],
        "sentences": int(size[first : last + 1].sum()),
        "paired": int(paired),
    }
