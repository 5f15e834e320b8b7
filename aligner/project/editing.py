"""Edits: review state, notes, merges, splits, moves and text corrections.

Each edit is one ``BEGIN IMMEDIATE`` transaction that changes the beads and
appends a history step, so a crash loses at most the edit in flight. The
arithmetic of each edit lives in :mod:`aligner.project.edits`; this class
reads the beads it needs, applies the plan and records it.
"""

from __future__ import annotations

from aligner.errors import BitextError
from aligner.project import edits, tags
from aligner.project.base import ProjectBase
from aligner.project.connection import now_utc
from aligner.project.edits import check_side


class Editing(ProjectBase):
    """Every change to beads and segment texts; each is one undo step."""

    def _apply_plan(self, label: str, plan: edits.Plan) -> None:
        removed, added = plan
        if removed == added:
            return  # nothing changes: no history step either
        added = self._swap(removed, added)
        self._record(
            label,
            {
                "before": [r.to_json() for r in removed],
                "after": [r.to_json() for r in added],
            },
        )

    def set_status(self, position: int, status: str) -> None:
        edits.check_status(status)
        with self._write():
            rec = self._record_at(position)
            if rec.status != status:
                self._apply_plan(status, edits.plan_status(rec, status, now_utc()))

    def set_status_many(self, positions, status: str) -> int:
        """Set the status of several beads as one edit (one undo step); return how many changed."""
        edits.check_status(status)
        with self._write():
            records = self._records()
            removed, added, now = [], [], now_utc()
            for position in sorted(set(positions)):
                if not isinstance(position, int) or not 0 <= position < len(records):
                    raise BitextError(f"no bead at position {position!r}")
                rec = records[position]
                if rec.status != status:
                    before, after = edits.plan_status(rec, status, now)
                    removed += before
                    added += after
            if added:
                self._apply_plan(f"{status} {len(added)}", (removed, added))
        return len(added)

    def confirm(self, position: int) -> None:
        self.set_status(position, "confirmed")

    def reject(self, position: int) -> None:
        self.set_status(position, "rejected")

    def set_note(self, position: int, text: str) -> None:
        with self._write():
            rec = self._record_at(position)
            if rec.note != text:
                self._apply_plan("note", edits.plan_note(rec, text, now_utc()))

    def merge_next(self, position: int) -> None:
        """Merge the bead at ``position`` with the one after it."""
        with self._write():
            first = self._record_at(position)
            if position + 1 >= len(self):
                raise BitextError("cannot merge the last bead with a next one")
            second = self._record_at(position + 1)
            self._apply_plan("merge", edits.plan_merge(first, second, now_utc()))

    def split(self, position: int, src_at: int, tgt_at: int) -> None:
        """Split a bead into two after ``src_at`` source and ``tgt_at`` target sentences."""
        with self._write():
            rec = self._record_at(position)
            self._apply_plan("split", edits.plan_split(rec, src_at, tgt_at, now_utc()))

    def move(self, position: int, side: str, edge: str) -> None:
        """Move a sentence across a bead border.

        ``edge="first"`` moves the first sentence of ``side`` into the previous
        bead, ``edge="last"`` moves the last one into the next bead. A bead left
        with no sentences on either side disappears.
        """
        check_side(side)
        if edge not in ("first", "last"):
            raise BitextError(f"edge must be 'first' or 'last', not {edge!r}")
        with self._write():
            rec = self._record_at(position)
            now = now_utc()
            if edge == "first":
                if position == 0:
                    raise BitextError("the first bead has no previous bead to move into")
                plan = edits.plan_move_first(self._record_at(position - 1), rec, side, now)
            else:
                if position + 1 >= len(self):
                    raise BitextError("the last bead has no next bead to move into")
                plan = edits.plan_move_last(rec, self._record_at(position + 1), side, now)
            self._apply_plan(f"move {side} {edge}", plan)

    def insert_empty(self, position: int, side: str) -> None:
        """Detach ``side`` of a bead into its own 1-0 / 0-1 bead (source part first)."""
        with self._write():
            rec = self._record_at(position)
            self._apply_plan(f"detach {side}", edits.plan_detach(rec, side, now_utc()))

    def edit(self, side: str, segment_index: int, text: str) -> None:
        """Replace a segment's current text; the original stays stored beside it."""
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
