"""Which beads deserve a second look.

A bead is *doubtful* while it is unreviewed and either the aligner was unsure
of it (score below :data:`DOUBT_SCORE`) or it breaks the usual one-to-one flow
of the alignment path: one side is empty (1-0, 0-1), or one side holds three
or more sentences. Reviewed beads (confirmed or rejected) are never doubtful,
so the "doubtful only" filter works as a to-do list that shrinks as you go.
"""

from __future__ import annotations

DOUBT_SCORE = 0.5
"""Scores are in [0, 1]; below one half the aligner itself rates the pair more wrong than right."""

WIDE_SIDE = 3
"""A side with this many sentences or more is unusual enough to check."""


def is_doubtful(row) -> bool:
    """True for an unreviewed bead with a low score or a break in the path."""
    if row.status != "unreviewed":
        return False
    if row.score < DOUBT_SCORE:
        return True
    n_src, n_tgt = len(row.src_texts), len(row.tgt_texts)
    return n_src == 0 or n_tgt == 0 or n_src >= WIDE_SIDE or n_tgt >= WIDE_SIDE


def confidence_mark(score: float) -> str:
    """One character for the aligner's confidence: full, half or empty circle."""
    if score >= 0.8:
        return "●"
    if score >= DOUBT_SCORE:
        return "◐"
    return "○"
