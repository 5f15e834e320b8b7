"""Are these two texts translations of each other, and where not?

An aligner always finds *some* path: given an unrelated document it still
pairs nearly every sentence. What it cannot do is make unrelated sentences
share evidence. So every sentence is asked whether its bead shares more
(numbers, words, cognates, names, lexicon pairs) than unrelated sentence
pairs of the same two texts do: more than ``CHANCE_QUANTILE`` of the pairs
that lie off the path (all of them in a short text, a fixed random sample in
a long one). Pairs on or next to the path are left out of that null: in a
text of a dozen sentences one random pair in twelve *is* a translation, and
letting those in puts the chance level among the genuine beads.

The document score is the share of sentences whose bead has evidence; a
stretch of ``MIN_REGION`` sentences or more where almost no bead does (a
different article, a missing or extra chapter) is reported with its place,
unless the text's own rate of beads without evidence makes such a stretch
likely by chance.
The whole text is called a mismatch when its paired beads lack evidence
more often than a translation's do: when a one-sided binomial test rejects
"at most ``MAX_SHARE`` of the paired beads lack evidence" at ``ALPHA`` (so
that two or three beads of a dozen without shared words do not condemn a
short text) and fewer than ``LEAST_LIT`` of them have evidence. A text of at
most ``NULL_BEADS`` paired beads that this does not settle is compared with
itself reordered (``reordered``): the aligner, run again on the same
sentences in an order that cannot be a translation's, says what evidence
chance gives these very texts, and the text is a mismatch when its beads do
not have significantly more. (A translation of short interface strings in
two scripts lacks evidence in a third of its beads and still beats its
reordered self by far.) A longer text is judged on the binomial test alone.
Unpaired lines (captions a translation left out) count in neither test:
they are reported only as a stretch large enough to be a missing chapter.
A text that passes all of this may still lack a passage or carry one too
many: a run of sentences, each without evidence of its own (inside a
merged bead too), that the rest of the text makes unlikely is reported by
:mod:`aligner.align.gaps`, its share then counted per sentence.

Lines without a letter (page numbers, rules) are left out of both counts.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Callable

import numpy as np

from aligner.align import calibrate, gaps, search
from aligner.align.costs import Scorer
from aligner.align.search import Path

#: A bead has evidence when it shares more than this quantile of random pairs.
CHANCE_QUANTILE = 0.95
#: Share of paired beads without evidence above which the whole pair is suspect.
MAX_SHARE = 0.25
#: Chance of calling a translation whose beads lack evidence at MAX_SHARE a mismatch.
ALPHA = 0.01
#: Target sentences on either side of a sentence's bead that the chance level leaves out.
MARGIN = 1
#: A text whose paired beads lack evidence more often than MAX_SHARE is still
#: compared with itself reordered when at least this share of them has
#: evidence: short interface strings in two scripts share few words.
LEAST_LIT = 0.5
#: Fewer sentences without evidence than this say nothing (a two-line note).
MIN_UNEXPLAINED = 6
#: A run of beads without evidence this long (in sentences, both sides) is reported.
MIN_REGION = 12
#: Expected number of runs as long by chance, at the text's own rate of beads
#: without evidence, at or above which a dark run is not reported.
RUN_ALPHA = 0.01
#: Paired beads in each window over which that rate is measured.
RATE_WINDOW = 20
#: Beads on either side that smooth the evidence before runs are cut.
WINDOW = 3
#: Smoothed share of sentences with evidence below which a bead is in a dark run.
DARK = 0.25
#: Share of all sentences that an unpaired stretch must reach to be a mismatch.
MISSING = 0.2
SAMPLE = 20_000
#: Most orders of the target (see ``reordered``) a short text is compared with.
SHUFFLES = 3
SHUFFLE_SEED = 778
#: No reordered run is needed when the text beats even this rate of beads with
#: evidence (the runs of unrelated texts measured so far stay below 0.85).
NULL_CEILING = 0.9
#: Paired beads above which a text is judged on its share alone (the
#: reordered runs would cost up to three alignments of a long text).
NULL_BEADS = 1000


@dataclasses.dataclass(frozen=True, slots=True)
class Verdict:
    """``score``: share of sentences whose bead has evidence; ``mismatch``: None or its details.

    ``paired`` two-sided beads with words, ``lit`` of them with evidence.
    """

    score: float
    mismatch: dict | None
    paired: int = 0
    lit: int = 0


def judge(
    scorer: Scorer,
    path: Path,
    wordy_src: np.ndarray,
    wordy_tgt: np.ndarray,
    null: Callable[[int], tuple[int, int]] | None = None,
    ends: tuple[np.ndarray, np.ndarray] | None = None,
) -> Verdict:
    """The document score and, if the texts do not (all) translate each other, where.

    ``null(k)`` aligns the texts with the target in ``reordered`` order k
    (see ``_unexplained``); without it a short text is judged on its share alone.
    ``ends`` marks the lines that end as sentences do (``gaps.sentence_like``).
    """
    beads = path.beads
    level = chance_level(scorer, path)
    has = _bead_evidence(scorer, path, level)
    size = _sizes(beads, wordy_src, wordy_tgt)
    total = float(size.sum())
    n, dark, dark_sentences = _paired_counts(beads, has, size)
    if total == 0:
        return Verdict(1.0, None, n, n - dark)
    score = float(size[has].sum()) / total
    regions = _dark_runs(beads, has, size, total)
    share = 1.0 - score
    if _unexplained(null, n, dark, dark_sentences):  # the whole text, not the darkest runs of it
        regions = [_region(beads, 0, len(beads) - 1, size)]
    if not regions and scorer.use_similarity:
        sentences = gaps.support(scorer, beads, level)
        chars = (scorer.ev.src.lengths, scorer.ev.tgt.lengths)
        regions = gaps.regions(beads, sentences, (wordy_src, wordy_tgt), chars, ends)
        # the beads of such a text mostly have evidence: the share is counted per sentence
        lit = (sentences[0] & wordy_src).sum() + (sentences[1] & wordy_tgt).sum()
        share = 1.0 - float(lit) / total
    mismatch = {"share": round(share, 4), "regions": regions} if regions else None
    return Verdict(round(score, 4), mismatch, n, n - dark)


def _sizes(beads, wordy_src: np.ndarray, wordy_tgt: np.ndarray) -> np.ndarray:
    """Per bead, its sentences with a letter on both sides."""
    return np.array(
        [wordy_src[i0:i1].sum() + wordy_tgt[j0:j1].sum() for i0, j0, i1, j1 in beads], float
    )


def _paired_counts(beads, has: np.ndarray, size: np.ndarray) -> tuple[int, int, float]:
    """(two-sided beads with words, those without evidence, their sentences)."""
    paired = np.array([i1 > i0 and j1 > j0 for i0, j0, i1, j1 in beads], bool) & (size > 0)
    dark = paired & ~has
    return int(paired.sum()), int(dark.sum()), float(size[dark].sum())


def _unexplained(null, n: int, dark: int, dark_sentences: float) -> bool:
    """Is the text as a whole not a translation of the other?

    Never on fewer than MIN_UNEXPLAINED sentences without evidence. A long
    text (more than NULL_BEADS paired beads) is one when its paired beads
    lack evidence significantly more often than MAX_SHARE. A short one is
    also compared with itself reordered: ``null(k)`` gives (beads with
    evidence, paired beads) of the aligner's run on the same sentences with
    the target in ``reordered`` order k, and the text is one when its beads do not
    have evidence significantly more often than those runs' beads. No run is
    made when the text beats even NULL_CEILING, and runs stop as soon as it
    beats a generous upper bound of their rate.
    """
    if dark_sentences < MIN_UNEXPLAINED:
        return False
    over = binomial_tail(dark, n, MAX_SHARE) < ALPHA
    if null is None or n > NULL_BEADS or (over and n - dark < LEAST_LIT * n):
        return over
    if not over and binomial_tail(n - dark, n, NULL_CEILING) < ALPHA:
        return False
    lit, paired = 0, 0
    for k in range(SHUFFLES):
        a, b = null(k)
        lit, paired = lit + a, paired + b
        # one pseudo-bead each way keeps the rate off 0 and 1 on a handful of beads
        rate = (lit + 1) / (paired + 2)
        upper = min(rate + 2.0 * math.sqrt(rate * (1.0 - rate) / (paired + 2)), 0.999)
        if binomial_tail(n - dark, n, upper) < ALPHA:
            return False
    return binomial_tail(n - dark, n, rate) >= ALPHA


def reordered(texts: list, k: int) -> list:
    """The k-th order of ``texts`` that cannot be a translation's, keeping its neighbours.

    The text is cut into k + 1 blocks, each read backwards: neighbouring
    sentences stay neighbours (a run on one topic stays a run), but no
    monotone path can follow more than one sentence of each block in its
    true place.
    """
    m = len(texts)
    cuts = [round(b * m / (k + 1)) for b in range(k + 2)]
    return [t for a, b in itertools.pairwise(cuts) for t in reversed(texts[a:b])]


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p), summed in log space (no SciPy needed)."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    lp, lq = math.log(p), math.log1p(-p)
    head = math.lgamma(n + 1)
    total = 0.0
    for x in range(k, n + 1):
        term = math.exp(head - math.lgamma(x + 1) - math.lgamma(n - x + 1) + x * lp + (n - x) * lq)
        total += term
        if x > n * p and term < 1e-17 * total:
            break
    return min(total, 1.0)


def chance_level(scorer: Scorer, path: Path) -> float:
    """Similarity that CHANCE_QUANTILE of the sentence pairs off the path stay below."""
    if not scorer.use_similarity:
        return 0.0
    i, j = off_path_pairs(path.beads, scorer.ev.src.n, scorer.ev.tgt.n)
    chance = calibrate.pair_similarity(scorer, i, j, True)
    return float(np.quantile(chance, CHANCE_QUANTILE)) if len(chance) else 0.0


def _bead_evidence(scorer: Scorer, path: Path, level: float) -> np.ndarray:
    """Per bead: two-sided and sharing more than unrelated pairs do."""
    if not scorer.use_similarity:
        return np.array([i1 > i0 and j1 > j0 for i0, j0, i1, j1 in path.beads], bool)
    raw = dataclasses.replace(scorer, params=dataclasses.replace(scorer.params, smoothing=0.0))
    sims = search.bead_raw_similarity(raw, path)
    return np.nan_to_num(sims, nan=-1.0) > level


def off_path_pairs(beads, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Sentence pairs more than MARGIN target sentences away from the path.

    All of them when there are at most SAMPLE pairs in all, else a fixed
    random sample of SAMPLE pairs with those near the path dropped.
    """
    lo = np.zeros(n, np.int64)
    hi = np.zeros(n, np.int64)
    for i0, j0, i1, j1 in beads:
        lo[i0:i1], hi[i0:i1] = j0 - MARGIN, j1 + MARGIN
    if n * m <= SAMPLE:
        i, j = np.divmod(np.arange(n * m, dtype=np.int64), m)
    else:
        rng = np.random.default_rng(777)
        i, j = rng.integers(0, n, SAMPLE), rng.integers(0, m, SAMPLE)
    keep = (j < lo[i]) | (j >= hi[i])
    return i[keep], j[keep]


def _dark_runs(beads, has: np.ndarray, size: np.ndarray, total: float) -> list[dict]:
    """Runs of beads whose neighbourhood has almost no evidence, as sentence ranges:
    those worth reporting in a text of ``total`` sentences (``_reported``)."""
    if not len(beads):
        return []
    lit = np.where(has, size, 0.0)
    paired = np.array([i1 > i0 and j1 > j0 for i0, j0, i1, j1 in beads], bool) & (size > 0)
    rate = _base_rate(paired, paired & ~has)
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
            region = _region(beads, start, k, size)
            # how many runs of that many paired beads without evidence the
            # text would hold by chance, at the rate of its better parts
            chance = float(paired.sum()) * rate ** float(paired[start : k + 1].sum())
            if _reported(region, chance, total):
                out.append(region)
        k += 1
    return out


def _base_rate(paired: np.ndarray, dark: np.ndarray) -> float:
    """Share of paired beads without evidence in the better parts of the text: the
    lower quartile over windows of ``RATE_WINDOW`` paired beads, so that a
    passage that translates nothing does not raise the rate it is judged by."""
    dark = dark[paired].astype(float)
    if not len(dark):
        return 0.0
    if len(dark) <= RATE_WINDOW:
        return float(dark.mean())
    c = np.concatenate([[0.0], np.cumsum(dark)])
    windows = (c[RATE_WINDOW:] - c[:-RATE_WINDOW]) / RATE_WINDOW
    return float(np.quantile(windows, 0.25))


def _reported(region: dict, chance: float, total: float) -> bool:
    """Whether a dark run is reported, ``chance`` runs as long expected in the text.

    A stretch left unpaired counts only when it is a large part of the whole
    (a missing chapter), not a block of captions. A stretch paired without
    evidence counts unless a text whose beads often lack evidence (short
    interface strings in two scripts share few words) makes as long a run
    by chance: ``RUN_ALPHA`` or more of them expected at the rate of its
    better parts (``_base_rate``).
    """
    if region["sentences"] >= MISSING * total:
        return True
    return region["paired"] >= MIN_REGION and chance < RUN_ALPHA


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
