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


@dataclass(frozen=True, slots=True)
class LengthModel:
    """target length ~ Normal(ratio * source, variance * mean length)."""

    ratio: float = 1.0
    variance: float = DEFAULT_VARIANCE

    @classmethod
    def from_totals(cls, src_lengths: np.ndarray, tgt_lengths: np.ndarray) -> LengthModel:
        """Ratio from total lengths: robust to how the sentences were split."""
        total_src = float(np.sum(src_lengths))
        total_tgt = float(np.sum(tgt_lengths))
        if total_src <= 0 or total_tgt <= 0:
            return cls()
        return cls(ratio=total_tgt / total_src)

    def refit(self, src_block: np.ndarray, tgt_block: np.ndarray) -> LengthModel:
        """Re-estimate the variance from confident beads (median, so outliers do not count).

        For a standard normal, the median of the squared deviation is 0.455.
        """
        if len(src_block) < 20:
            return self
        dev = np.square(tgt_block - self.ratio * src_block) / self._spread(src_block, tgt_block)
        variance = float(np.median(dev)) / 0.455
        return LengthModel(self.ratio, float(np.clip(variance, 1.0, 50.0)))

    def _spread(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        return (self.ratio * ls + lt) / 2.0 + 1.0

    def cost(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        """Negative log-likelihood (up to a constant) of the length pair."""
        dev = np.square(lt - self.ratio * ls) / (self.variance * self._spread(ls, lt))
        return 0.5 * dev
