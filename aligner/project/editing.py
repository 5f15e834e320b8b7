"""Edits: review state, notes, merges, splits, moves and text corrections.

Each edit is one ``BEGIN IMMEDIATE`` transaction that changes the beads and
appends a history step, so a crash loses at most the edit in flight. The
arithmetic of each edit lives in :mod:`aligner.project.edits`; this class
finds the beads it needs, applies the plan and records it.

An edit names its bead by position (``project.confirm(3)``) or, where
another process may change the file meanwhile, by the row the caller read
(``project.confirm(row)``): the bead is then found by its stable id, and the
edit is refused with :class:`StaleBeadError` if that bead no longer holds the
sentences the row showed. Beads an edit creates (merge, split, move, detach)
get a fresh confidence score from :func:`aligner.align.rescore.score_beads`.
"""

from __future__ import annotations

from dataclasses import replace

from aligner.errors import BitextError
from aligner.project import edits, tags
from aligner.project.base import BEAD_COLUMNS, ProjectBase, order_key
from aligner.project.connection import now_utc
from aligner.project.edits import BeadRecord, check_side

#: Beads of context on each side of the ones an edit creates, for their new scores.
SCORE_CONTEXT = 2


def _threshold(score) -> float:
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
        raise BitextError(f"a score threshold is a number from 0 to 1, not {score!r}")
    return float(score)


class StaleBeadError(BitextError):
    """The bead a caller read is gone or holds other sentences now (another session edited it)."""


def _shape(rec: BeadRecord) -> tuple[int, int, int, int]:
    return rec.src_start, rec.src_stop, rec.tgt_start, rec.tgt_stop


class Editing(ProjectBase):
    """Every change to beads and segment texts; each is one undo step."""

    # ------------------------------------------------------------------ finding the beads

    def _target(self, where) -> BeadRecord:
        """The bead at a position (an int), or the bead a row read earlier shows (by its id)."""
        if isinstance(where, int) and not isinstance(where, bool):
            return self._record_at(where)
        bead_id = getattr(where, "id", None)
        if not isinstance(bead_id, int) or isinstance(bead_id, bool):
            raise BitextError(f"no bead at position {where!r}")
        row = self._one(f"SELECT {BEAD_COLUMNS} FROM bead WHERE id = ?", (bead_id,))
        if row is None:
            raise StaleBeadError(
                f"bead {bead_id} is no longer in the project: it was changed since it was "
                "read (another session?); read the beads again"
            )
        rec = BeadRecord(*row)
        src, tgt = getattr(where, "src", None), getattr(where, "tgt", None)
        if (src is not None and range(src.start, src.stop) != rec.src) or (
            tgt is not None and range(tgt.start, tgt.stop) != rec.tgt
        ):
            raise StaleBeadError(
                f"bead {bead_id} holds other sentences than when it was read (another "
                "session changed it); read the beads again"
            )
        return rec

    def _neighbour(self, rec: BeadRecord, after: bool) -> BeadRecord | None:
        op, order = (">", "ASC") if after else ("<", "DESC")
        row = self._one(
            f"SELECT {BEAD_COLUMNS} FROM bead WHERE src_start + tgt_start {op} ? "
            f"ORDER BY src_start + tgt_start {order} LIMIT 1",
            (order_key(rec),),
        )
        return None if row is None else BeadRecord(*row)

    # ------------------------------------------------------------------ applying a plan

    def _apply_plan(self, label: str, plan: edits.Plan) -> None:
        removed, added = plan
        if removed == added:
            return  # nothing changes: no history step either
        added = self._swap(removed, self._rescored(removed, added))
        self._record(
            label,
            {
                "before": [r.to_json() for r in removed],
                "after": [r.to_json() for r in added],
            },
        )

    def _rescored(self, removed: list[BeadRecord], added: list[BeadRecord]) -> list[BeadRecord]:
        """``added`` with fresh scores for the beads whose sentences the edit changed."""
        old = {_shape(r) for r in removed}
        fresh = [k for k, r in enumerate(added) if _shape(r) not in old]
        if not fresh:
            return added
        from aligner.align.rescore import score_beads

        first, last = added[0], added[-1]
        context_before = self._context(first, after=False)
        context_after = self._context(last, after=True)
        window = context_before[::-1] + added + context_after
        src_lo, tgt_lo = window[0].src_start, window[0].tgt_start
        src, _ = self._texts_between("src", src_lo, window[-1].src_stop)
        tgt, _ = self._texts_between("tgt", tgt_lo, window[-1].tgt_stop)
        beads = [
            (range(r.src_start - src_lo, r.src_stop - src_lo),
             range(r.tgt_start - tgt_lo, r.tgt_stop - tgt_lo))
            for r in window
        ]  # fmt: skip
        langs = {
            side: self._one("SELECT lang FROM document WHERE side = ?", (side,))[0]
            for side in ("src", "tgt")
        }
        scores = score_beads(src, tgt, beads, src_lang=langs["src"], tgt_lang=langs["tgt"])
        offset = len(context_before)
        out = list(added)
        for k in fresh:
            out[k] = replace(added[k], score=float(scores[offset + k]))
        return out

    def _context(self, rec: BeadRecord, after: bool) -> list[BeadRecord]:
        """Up to SCORE_CONTEXT beads right after (or before, nearest first) ``rec``."""
        if after:
            where, key = ">= ? ORDER BY src_start + tgt_start", rec.src_stop + rec.tgt_stop
        else:
            where, key = "< ? ORDER BY src_start + tgt_start DESC", order_key(rec)
        rows = self._db.execute(
            f"SELECT {BEAD_COLUMNS} FROM bead WHERE src_start + tgt_start {where} LIMIT ?",
            (key, SCORE_CONTEXT),
        )
        return [BeadRecord(*row) for row in rows]

    # ------------------------------------------------------------------ edits

    def set_status(self, where, status: str) -> None:
        """Set a bead's review status; ``where`` is a position or a row read earlier."""
        edits.check_status(status)
        with self._write():
            rec = self._target(where)
            if rec.status != status:
                self._apply_plan(status, edits.plan_status(rec, status, now_utc()))

    def set_status_many(self, targets, status: str) -> int:
        """Set the status of several beads as one edit (one undo step); return how many changed.

        ``targets`` are positions or rows read earlier (or both).
        """
        edits.check_status(status)
        with self._write():
            records = None
            chosen: dict[int, BeadRecord] = {}
            for where in targets:
                if isinstance(where, int) and not isinstance(where, bool):
                    records = self._records() if records is None else records
                    if not 0 <= where < len(records):
                        raise BitextError(f"no bead at position {where!r}")
                    rec = records[where]
                else:
                    rec = self._target(where)
                chosen[rec.id] = rec
            removed, added, now = [], [], now_utc()
            for rec in sorted(chosen.values(), key=order_key):
                if rec.status != status:
                    before, after = edits.plan_status(rec, status, now)
                    removed += before
                    added += after
            if added:
                self._apply_plan(f"{status} {len(added)}", (removed, added))
        return len(added)

    def confirm_at_least(self, score: float) -> int:
        """Confirm every unreviewed bead scored ``score`` or more, as one undo step.

        Returns how many beads were confirmed (0 adds no history step). Beads
        already rejected stay rejected: a reviewer's verdict outranks a score.
        """
        score = _threshold(score)
        with self._write():
            rows = self._db.execute(
                f"SELECT {BEAD_COLUMNS} FROM bead WHERE status = 'unreviewed' AND score >= ? "
                "ORDER BY src_start + tgt_start",
                (score,),
            )
            removed = [BeadRecord(*row) for row in rows]
            now = now_utc()
            added = [replace(rec, status="confirmed", changed=now) for rec in removed]
            if added:
                self._apply_plan(f"confirm {len(added)} scored ≥ {score:g}", (removed, added))
        return len(added)

    def set_bookmark(self, where, on: bool = True) -> None:
        """Bookmark a bead (``on=False`` removes it); one undo step, kept through edits."""
        with self._write():
            rec = self._target(where)
            if bool(rec.bookmark) != bool(on):
                label = "bookmark" if on else "remove bookmark"
                self._apply_plan(label, edits.plan_bookmark(rec, on, now_utc()))

    def confirm(self, where) -> None:
        self.set_status(where, "confirmed")

    def reject(self, where) -> None:
        self.set_status(where, "rejected")

    def set_note(self, where, text: str) -> None:
        with self._write():
            rec = self._target(where)
            if rec.note != text:
                self._apply_plan("note", edits.plan_note(rec, text, now_utc()))

    def merge_next(self, where) -> None:
        """Merge a bead with the one after it."""
        with self._write():
            first = self._target(where)
            second = self._neighbour(first, after=True)
            if second is None:
                raise BitextError("cannot merge the last bead with a next one")
            self._apply_plan("merge", edits.plan_merge(first, second, now_utc()))

    def split(self, where, src_at: int, tgt_at: int) -> None:
        """Split a bead into two after ``src_at`` source and ``tgt_at`` target sentences."""
        with self._write():
            rec = self._target(where)
            self._apply_plan("split", edits.plan_split(rec, src_at, tgt_at, now_utc()))

    def move(self, where, side: str, edge: str) -> None:
        """Move a sentence across a bead border.

        ``edge="first"`` moves the first sentence of ``side`` into the previous
        bead, ``edge="last"`` moves the last one into the next bead. A bead left
        with no sentences on either side disappears.
        """
        check_side(side)
        if edge not in ("first", "last"):
            raise BitextError(f"edge must be 'first' or 'last', not {edge!r}")
        with self._write():
            rec = self._target(where)
            now = now_utc()
            if edge == "first":
                prev = self._neighbour(rec, after=False)
                if prev is None:
                    raise BitextError("the first bead has no previous bead to move into")
                plan = edits.plan_move_first(prev, rec, side, now)
            else:
                nxt = self._neighbour(rec, after=True)
                if nxt is None:
                    raise BitextError("the last bead has no next bead to move into")
                plan = edits.plan_move_last(rec, nxt, side, now)
            self._apply_plan(f"move {side} {edge}", plan)

    def insert_empty(self, where, side: str) -> None:
        """Detach ``side`` of a bead into its own 1-0 / 0-1 bead (source part first)."""
        with self._write():
            rec = self._target(where)
            self._apply_plan(f"detach {side}", edits.plan_detach(rec, side, now_utc()))

    def edit(self, side: str, segment_index: int, text: str) -> None:
        """Replace a segment's current text; the original stays stored beside it.

        Segments never change their index, so this is safe from any session.
        """
        check_side(side)
        if not isinstance(text, str):
            raise BitextError("segment text must be a string")
        with self._write():
            row = self._one(
                "SELECT text, edited FROM segment WHERE side = ? AND idx = ?",
                (side, segment_index),
            )
            if row is None:
                raise BitextError(f"no {side} segment {segment_index}")
            original, before = row
            tags.check_edit(original, text)
            after = None if text == original else text
            if after == before:
                return
            self._set_texts([(side, segment_index, after)])
            self._record("edit", {"texts": [[side, segment_index, before, after]]})
