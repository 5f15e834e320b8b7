"""How the review app marks doubt; what *doubtful* means is the project's rule.

The rule (:func:`aligner.project.doubt.is_doubtful`) lives in the project API,
so a notebook, ``bitext info`` and ``bitext export --doubtful`` share it; this
module adds only the app's confidence mark.
"""

from __future__ import annotations

from aligner.project.doubt import DOUBT_SCORE, WIDE_SIDE, is_doubtful

__all__ = ["DOUBT_SCORE", "WIDE_SIDE", "confidence_mark", "is_doubtful"]


def confidence_mark(score: float) -> str:
    """One character for the aligner's confidence: full, half or empty circle."""
    if score >= 0.8:
        return "●"
    if score >= DOUBT_SCORE:
        return "◐"
    return "○"
