"""The edit history: every edit is a step that undo reverts and redo re-applies.

A step stores the bead records it removed and added (and segment texts
before and after), so undo is the same swap the other way round and
survives closing the file.
"""

from __future__ import annotations

import json

from aligner.project.base import ProjectBase, order_key
from aligner.project.connection import now_utc
from aligner.project.edits import BeadRecord, check_side
from aligner.project.rows import Change, window


class History(ProjectBase):
    """Undo, redo and what they would do."""

    def _record(self, label: str, change: dict) -> None:
        self._db.execute("DELETE FROM history WHERE undone = 1")
        self._db.execute(
            "INSERT INTO history (label, change, created) VALUES (?, ?, ?)",
            (label, json.dumps(change, ensure_ascii=False), now_utc()),
        )

    def _step(self, undone: int):
        order = "DESC" if undone == 0 else "ASC"
        return self._one(
            f"SELECT id, label, change FROM history WHERE undone = ? ORDER BY id {order} LIMIT 1",
            (undone,),
        )

    def _replay(self, label: str, change: dict, forward: bool) -> Change:
        before = [BeadRecord.from_json(r) for r in change.get("before", [])]
        after = [BeadRecord.from_json(r) for r in change.get("after", [])]
        removed, added = (before, after) if forward else (after, before)
        texts = change.get("texts", [])
        # A text edit changes no bead, only what the bead holding the segment shows.
        held = [self._key_holding(side, index) for side, index, _, _ in texts]
        keys = [order_key(r) for r in removed + added] + held
        if not keys:
            return Change(label, 0, 0, 0)
        # Beads ordered before the lowest touched key keep their places through the
        # swap: count them once (the long count), then only short ranges above it.
        low = min(keys)
        base = self._position_of_key(low)
        old = [base + self._count_from(low, order_key(r)) for r in removed]
        self._swap(removed, added)
        new = [base + self._count_from(low, order_key(r)) for r in added]
        self._set_texts([(s, i, a if forward else b) for s, i, b, a in texts])
        for key in held:
            old.append(base + self._count_from(low, key))
            new.append(old[-1])
        return window(label, old, new, len(added) - len(removed))

    def _count_from(self, low: int, key: int) -> int:
        """How many beads are ordered at or after ``low`` and before ``key``."""
        return self._one(
            "SELECT count(*) FROM bead WHERE src_start + tgt_start >= ? "
            "AND src_start + tgt_start < ?",
            (low, key),
        )[0]

    def _key_holding(self, side: str, index: int) -> int:
        """Order key of the bead holding segment ``index`` of ``side``."""
        check_side(side)
        row = self._one(
            f"SELECT src_start + tgt_start FROM bead WHERE {side}_start <= ? AND {side}_stop > ?",
            (index, index),
        )
        return 0 if row is None else row[0]

    def undo(self) -> bool:
        """Revert the latest edit; False when there is nothing to undo."""
        return self.undo_change() is not None

    def redo(self) -> bool:
        """Re-apply the latest undone edit; False when there is nothing to redo."""
        return self.redo_change() is not None

    def undo_change(self) -> Change | None:
        """Revert the latest edit and say which rows it rewrote; None when nothing to undo."""
        return self._history_step(undone=0)

    def redo_change(self) -> Change | None:
        """Re-apply the latest undone edit and say which rows it rewrote; None when nothing."""
        return self._history_step(undone=1)

    def _history_step(self, undone: int) -> Change | None:
        with self._write():
            step = self._step(undone)
            if step is None:
                return None
            change = self._replay(step[1], json.loads(step[2]), forward=bool(undone))
            self._db.execute("UPDATE history SET undone = ? WHERE id = ?", (1 - undone, step[0]))
        return change

    @property
    def can_undo(self) -> bool:
        return self._step(0) is not None

    @property
    def can_redo(self) -> bool:
        return self._step(1) is not None

    @property
    def undo_label(self) -> str | None:
        """What undo would revert, e.g. ``"merge"``; None when nothing."""
        step = self._step(0)
        return step[1] if step else None

    @property
    def redo_label(self) -> str | None:
        step = self._step(1)
        return step[1] if step else None
