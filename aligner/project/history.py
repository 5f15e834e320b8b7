"""The edit history: every edit is a step that undo reverts and redo re-applies.

A step stores what it changed, before and after: bead records, segment
texts, glossary records. Undo is the same swap the other way round, so it
survives closing the file. Each session undoes its own steps (and those of
sessions that have ended, see :mod:`~aligner.project.sessions`), and only
while what the step changed is still as the step left it: a step whose beads
another session changed since is refused with the name of that change.
"""

from __future__ import annotations

import json

from aligner.errors import BitextError
from aligner.project.base import BEAD_COLUMNS, ProjectBase, order_key
from aligner.project.connection import now_utc
from aligner.project.edits import BeadRecord, check_side
from aligner.project.glossary import glossary_row, set_glossary_row
from aligner.project.rows import Change, window
from aligner.project.sessions import Sessions


class History(Sessions, ProjectBase):
    """Undo, redo and what they would do."""

    def _record(self, label: str, change: dict) -> None:
        """Append a step of this session; it drops the redo steps this session could reach."""
        session = self._session_id()
        where, args = self._steps_sql(self._live_others())
        self._db.execute(f"DELETE FROM history WHERE undone = 1 AND {where}", args)
        self._db.execute(
            "INSERT INTO history (label, change, created, session, author) VALUES (?, ?, ?, ?, ?)",
            (label, json.dumps(change, ensure_ascii=False), now_utc(), session, self.author),
        )

    def _step(self, undone: int):
        """The step undo (``undone=0``) or redo (``undone=1``) would take: own steps first."""
        where, args = self._steps_sql(self._live_others())
        order = "DESC" if undone == 0 else "ASC"
        return self._one(
            f"SELECT id, label, change FROM history WHERE undone = ? AND {where} "
            f"ORDER BY coalesce(session = ?, 0) DESC, id {order} LIMIT 1",
            (undone, *args, self._session),
        )

    # ------------------------------------------------------------------ replaying a step

    def _replay(self, label: str, change: dict, forward: bool) -> Change:
        before = [BeadRecord.from_json(r) for r in change.get("before", [])]
        after = [BeadRecord.from_json(r) for r in change.get("after", [])]
        removed, added = (before, after) if forward else (after, before)
        texts = change.get("texts", [])
        glossary = change.get("glossary", [])
        for record_id, old, new in glossary:
            set_glossary_row(self._db, record_id, new if forward else old)
        # A text edit changes no bead, only what the bead holding the segment shows.
        held = [self._key_holding(side, index) for side, index, _, _ in texts]
        keys = [order_key(r) for r in removed + added] + held
        if not keys:
            return Change(label, 0, 0, 0, glossary=bool(glossary))
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
        return window(label, old, new, len(added) - len(removed), glossary=bool(glossary))

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

    # ------------------------------------------------------------------ still revertible?

    def _unchanged_since(self, change: dict, forward: bool) -> bool:
        """True while the file holds what the step left (undo) or found (redo)."""
        expected = change.get("before" if forward else "after", [])
        for data in expected:
            rec = BeadRecord.from_json(data)
            row = self._one(f"SELECT {BEAD_COLUMNS} FROM bead WHERE id = ?", (rec.id,))
            if row is None or BeadRecord(*row) != rec:
                return False
        for side, index, old, new in change.get("texts", []):
            row = self._one("SELECT edited FROM segment WHERE side = ? AND idx = ?", (side, index))
            if row is None or row[0] != (old if forward else new):
                return False
        for record_id, old, new in change.get("glossary", []):
            if glossary_row(self._db, record_id) != (old if forward else new):
                return False
        return True

    def _blocker(self, step_id: int, label: str, change: dict) -> BitextError:
        """Name the later step that changed what step ``step_id`` touched."""
        touched = _touched(change)
        rows = self._db.execute(
            "SELECT label, coalesce(author, ''), session, change FROM history "
            "WHERE id > ? AND undone = 0 ORDER BY id",
            (step_id,),
        )
        for other_label, author, session, other in rows:
            if touched & _touched(json.loads(other)):
                mine = self._mine(session)
                who = "you" if mine else (author or "someone")
                where = "" if mine else " in another session"
                return BitextError(
                    f"cannot undo '{label}': {who} changed the same beads since"
                    f"{where} ('{other_label}'); undo that first"
                )
        return BitextError(f"cannot undo '{label}': what it changed has been changed since")

    # ------------------------------------------------------------------ undo / redo

    def undo(self) -> bool:
        """Revert this session's latest edit; False when there is nothing to undo."""
        return self.undo_change() is not None

    def redo(self) -> bool:
        """Re-apply this session's latest undone edit; False when there is nothing to redo."""
        return self.redo_change() is not None

    def undo_change(self) -> Change | None:
        """Revert the latest edit and say which rows it rewrote; None when nothing to undo.

        Raises BitextError, changing nothing, when another session has since
        changed what the edit touched.
        """
        return self._history_step(undone=0)

    def redo_change(self) -> Change | None:
        """Re-apply the latest undone edit and say which rows it rewrote; None when nothing."""
        return self._history_step(undone=1)

    def _history_step(self, undone: int) -> Change | None:
        with self._write():
            step = self._step(undone)
            if step is None:
                return None
            step_id, label, data = step
            change = json.loads(data)
            forward = bool(undone)
            if not self._unchanged_since(change, forward):
                raise self._blocker(step_id, label, change)
            result = self._replay(label, change, forward=forward)
            # The step is this session's now, whoever made it: its redo is ours.
            self._db.execute(
                "UPDATE history SET undone = ?, session = ? WHERE id = ?",
                (1 - undone, self._session_id(), step_id),
            )
        return result

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


def _touched(change: dict) -> set:
    """What a step changed, as comparable keys: bead ids, segments, glossary ids."""
    keys: set = set()
    for data in change.get("before", []) + change.get("after", []):
        keys.add(("bead", data.get("id")))
        # beads replaced by others with new ids still cover the same sentences
        for side in ("src", "tgt"):
            for index in range(data[f"{side}_start"], data[f"{side}_stop"]):
                keys.add((side, index))
    for side, index, _, _ in change.get("texts", []):
        keys.add(("text", side, index))
    for record_id, _, _ in change.get("glossary", []):
        keys.add(("glossary", record_id))
    return keys
