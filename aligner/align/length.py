"""Length model: translated sentences have proportional lengths (Gale & Church).

The ratio and the variance are estimated from the two documents themselves, so
the model adapts to the language pair and to how freely the text was
translated, instead of relying on constants fitted to one corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Gale & Church's variance per character, used until the data gives its own.
DEFAULT_VARIANCE = 6.8
MAX_DISAGREEMENT = 3.0
#: Weight, in beads, of the default variance beside the one a document shows.
PRIOR_BEADS = 20


@dataclass(frozen=True, slots=True)
class LengthModel:
    """target length ~ ratio * source, spread ~ variance * mean length."""

    ratio: float = 1.0
    variance: float = DEFAULT_VARIANCE
    #: Beyond this many standard deviations the cost grows linearly (Huber's
    #: textbook k of about 1.5): a freely translated sentence should not force
    #: its neighbours into a merge just to even out the lengths.
    robust: float = 1.5

    @classmethod
    def from_totals(cls, src_lengths: np.ndarray, tgt_lengths: np.ndarray) -> LengthModel:
        """Ratio from total lengths: robust to how the sentences were split.

        Unless one side cannot be a full translation of the other: when the
        total ratio and the ratio of median sentence lengths disagree by more
        than MAX_DISAGREEMENT, one text has far more sentences than the other
        holds (a 10x longer side), and the medians are the better guess.
        Otherwise merging whole runs of sentences would look length-perfect.
        """
        total_src = float(np.sum(src_lengths))
        total_tgt = float(np.sum(tgt_lengths))
        if total_src <= 0 or total_tgt <= 0:
            return cls()
        ratio = total_tgt / total_src
        med_src = float(np.median(src_lengths[src_lengths > 0]))
        med_tgt = float(np.median(tgt_lengths[tgt_lengths > 0]))
        median_ratio = med_tgt / med_src
        if max(ratio / median_ratio, median_ratio / ratio) > MAX_DISAGREEMENT:
            ratio = median_ratio
        return cls(ratio=ratio)

    def refit(self, src_block: np.ndarray, tgt_block: np.ndarray) -> LengthModel:
        """Re-estimate the variance from confident beads (median, so outliers do not count).

        For a standard normal, the median of the squared deviation is 0.455. The
        estimate is pulled toward Gale & Church's as if PRIOR_BEADS beads had shown
        theirs: twenty pairs of a page can look far more alike in length than a
        translation is, and then the one pair that is not forces a merge.
        """
        if len(src_block) < 20:
            return self
        dev = np.square(tgt_block - self.ratio * src_block) / self._spread(src_block, tgt_block)
        variance = float(np.clip(float(np.median(dev)) / 0.455, 1.0, 50.0))
        n = len(src_block)
        variance = (n * variance + PRIOR_BEADS * DEFAULT_VARIANCE) / (n + PRIOR_BEADS)
        return LengthModel(self.ratio, variance, self.robust)

    def _spread(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        return (self.ratio * ls + lt) / 2.0 + 1.0

    def cost(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        """Huber loss of the standardised length difference (a robust -log-likelihood)."""
        d = np.abs(lt - self.ratio * ls) / np.sqrt(self.variance * self._spread(ls, lt))
        k = self.robust
        return np.where(d <= k, 0.5 * d * d, k * d - 0.5 * k * k)
