"""Which beads deserve a second look: one rule for the API, the CLI and the review app.

A bead is *doubtful* while it is unreviewed and either the aligner was unsure
of it (score below :data:`DOUBT_SCORE`) or it breaks the usual one-to-one flow
of the alignment path: one side is empty (1-0, 0-1), or one side holds three
or more sentences. Reviewed beads (confirmed or rejected) are never doubtful,
so the doubtful beads are a to-do list that shrinks as you go.
"""

from __future__ import annotations

DOUBT_SCORE = 0.5
"""Scores are in [0, 1]; below one half the aligner itself rates the pair more wrong than right."""

WIDE_SIDE = 3
"""A side with this many sentences or more is unusual enough to check."""

DOUBT_SQL = (
    f"(status = 'unreviewed' AND (score < {DOUBT_SCORE} "
    "OR src_stop = src_start OR tgt_stop = tgt_start "
    f"OR src_stop - src_start >= {WIDE_SIDE} OR tgt_stop - tgt_start >= {WIDE_SIDE}))"
)
"""The same rule as an SQL condition on the ``bead`` table."""


def doubtful(status: str, score: float, n_src: int, n_tgt: int) -> bool:
    """The rule on plain values: review status, score and the sentences on each side."""
    if status != "unreviewed":
        return False
    if score < DOUBT_SCORE:
        return True
    return n_src == 0 or n_tgt == 0 or n_src >= WIDE_SIDE or n_tgt >= WIDE_SIDE


def is_doubtful(row) -> bool:
    """True for an unreviewed bead with a low score or a break in the path.

    ``row`` is a :class:`~aligner.project.BeadRow` or anything with ``status``,
    ``score`` and either ``src``/``tgt`` ranges or ``src_texts``/``tgt_texts``.
    """
    texts = getattr(row, "src_texts", None)
    if texts is not None:
        n_src, n_tgt = len(texts), len(row.tgt_texts)
    else:
        n_src, n_tgt = len(row.src), len(row.tgt)
    return doubtful(row.status, row.score, n_src, n_tgt)
