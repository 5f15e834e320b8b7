"""Calibrating the similarity on the document itself.

Raw feature overlap means different things for German-French and for
German-Hungarian, and for a text full of numbers or one without. So the
overlap is rescaled between what random sentence pairs reach (0) and what
the first pass's 1-1 pairs reach (1), and weighted by how well it separates
the two: a signal that cannot tell them apart must not steer the search.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align.costs import Scorer, SimScale
from aligner.align.evidence import Evidence, Side

SAMPLE = 20_000
#: Fewest random pairs of units that a coarse level's scale is measured on.
MIN_LEVEL_SAMPLE = 500


class FeatureRuns:
    """Feature ids of a run of sentences, read from the sorted pair arrays.

    Sets are built only for the sentences asked for: sets for every sentence
    of a 50 000-sentence book would cost hundreds of megabytes.
    """

    def __init__(self, side: Side) -> None:
        self.feat = side.feat
        self.bounds = np.searchsorted(side.sent, np.arange(side.n + 1))

    def of(self, sentences: range) -> set[int]:
        lo, hi = self.bounds[sentences.start], self.bounds[sentences.stop]
        return set(self.feat[lo:hi].tolist())


def shared_weight(ev: Evidence, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Feature weight that sentences i[k] and j[k] share, for every k at once.

    Each source feature of i[k] is looked up as (feature, j[k]) in the
    target's sorted (feature, sentence) keys: no set is built, so a sample
    of tens of thousands of pairs costs a few array operations.
    """
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    out = np.zeros(len(i))
    if not len(i) or not len(ev.src.feat) or not len(ev.tgt.feat):
        return out
    stride = ev.tgt.n + 1
    keys = np.sort(ev.tgt.feat * stride + ev.tgt.sent)
    bounds = np.searchsorted(ev.src.sent, np.arange(ev.src.n + 1))
    count = bounds[i + 1] - bounds[i]
    total = int(count.sum())
    if not total:
        return out
    owner = np.repeat(np.arange(len(i)), count)
    pos = np.repeat(bounds[i] - np.cumsum(count) + count, count) + np.arange(total)
    feat = ev.src.feat[pos]
    query = feat * stride + j[owner]
    at = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    found = keys[at] == query
    return np.bincount(owner[found], ev.weight[feat[found]], minlength=len(i))


def pair_similarity(
    scorer: Scorer, i: np.ndarray, j: np.ndarray, all_pairs: bool = False
) -> np.ndarray:
    """Unsmoothed similarity of sentence pairs (i[k], j[k]).

    Only pairs where either side has features, unless ``all_pairs``.
    """
    ev = scorer.ev
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    ws, wt = ev.sentence_weights()
    shared = shared_weight(ev, i, j)
    total = ws[i] + wt[j]
    has = np.ones(len(total), dtype=bool) if all_pairs else total > 0
    length = ev.src.lengths[i] + ev.tgt.lengths[j]
    unsmoothed = dataclasses.replace(scorer.params, smoothing=0.0)
    raw = Scorer(ev, unsmoothed, scorer.length, scorer.scale, True)
    return raw.similarity(shared[has], total[has], length[has])


def random_scale(scorer: Scorer, sample: int = SAMPLE) -> SimScale:
    """Similarity of unrelated pairs, from a fixed pseudo-random sample."""
    n, m = scorer.ev.src.n, scorer.ev.tgt.n
    rng = np.random.default_rng(12345)
    k = min(sample, n * m)
    sims = pair_similarity(scorer, rng.integers(0, n, k), rng.integers(0, m, k))
    rand = float(np.mean(sims)) if len(sims) else 0.0
    return SimScale(rand, rand + max(0.25, 0.5 * (1.0 - rand)))


def level_scale(coarse: Scorer, fine: SimScale) -> SimScale:
    """The similarity scale of a coarser level of the search, from the finer one's.

    A unit of a coarse level holds many sentences, and the union of their
    features overlaps far more than a sentence pair does, aligned or not:
    on the sentence scale nearly every coarse bead would score as better
    than aligned, and the clipped similarity would stop telling places
    apart. So each level measures its own random level on its own units and
    puts the aligned level as far from it, towards perfect overlap, as it
    is at the finer level; the weight stays.
    """
    # pairs of big units: fewer of them, so that as many features are
    # compared as at the sentence level (each unit averages many sentences)
    size = float(np.mean(coarse.ev.src.sizes()) + np.mean(coarse.ev.tgt.sizes())) / 2.0
    rand = random_scale(coarse, max(MIN_LEVEL_SAMPLE, int(SAMPLE / size))).random
    share = (fine.aligned - fine.random) / max(1.0 - fine.random, 1e-3)
    return SimScale(rand, rand + share * (1.0 - rand), fine.weight)


def fit_scale(scorer: Scorer, one_one: list[tuple[range, range]]) -> SimScale:
    """Aligned level = median similarity of the first pass's 1-1 beads; weight from AUC."""
    scale = scorer.scale
    if len(one_one) < 10:
        return scale
    i = np.array([rs.start for rs, _ in one_one])
    j = np.array([rt.start for _, rt in one_one])
    sims = pair_similarity(scorer, i, j)
    if len(sims) < 10:
        return scale
    aligned = float(np.median(sims))
    rng = np.random.default_rng(54321)
    n, m = scorer.ev.src.n, scorer.ev.tgt.n
    # over all pairs, featureless ones included: a signal that is silent for
    # most sentences cannot be trusted to steer the path
    rand = pair_similarity(scorer, rng.integers(0, n, SAMPLE), rng.integers(0, m, SAMPLE), True)
    weight = float(np.clip(2.0 * auc(pair_similarity(scorer, i, j, True), rand) - 1.0, 0.0, 1.0))
    return SimScale(scale.random, max(aligned, scale.random + 0.05), weight)


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """P(a positive scores above a negative), ties counting half (Mann-Whitney U)."""
    if not len(pos) or not len(neg):
        return 0.5
    both = np.concatenate([pos, neg])
    _, inverse, counts = np.unique(both, return_inverse=True, return_counts=True)
    order = np.argsort(both, kind="stable")
    ranks = np.empty(len(both))
    ranks[order] = np.arange(1, len(both) + 1)
    ranks = (np.bincount(inverse, ranks) / counts)[inverse]  # ties share their mean rank
    u = ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2.0
    return float(u / (len(pos) * len(neg)))
