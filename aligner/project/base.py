"""What every part of ``Project`` shares: the connection, transactions and bead rows.

``Project`` is put together from one class per job (opening the file, reads,
edits, history, glossary); each builds on this base, which owns the
connection and the few primitives they all need.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aligner.errors import BitextError
from aligner.project.connection import busy_or
from aligner.project.edits import BeadRecord

BEAD_COLUMNS = "id, src_start, src_stop, tgt_start, tgt_stop, score, status, note, changed"
ORDER = "ORDER BY src_start + tgt_start"


def order_key(rec: BeadRecord) -> int:
    """A bead's place in reading order (unique in a monotone alignment)."""
    return rec.src_start + rec.tgt_start


def _tail(rec: BeadRecord) -> tuple:
    return (
        rec.src_start,
        rec.src_stop,
        rec.tgt_start,
        rec.tgt_stop,
        rec.score,
        rec.status,
        rec.note,
        rec.changed,
    )


class ProjectBase:
    """An open connection to a project file and the transactions around it."""

    def __init__(self, db: sqlite3.Connection, path: Path, readonly: bool):
        self._db = db
        self.path = path
        self.readonly = readonly

    def _one(self, sql: str, args: tuple = ()):
        return self._db.execute(sql, args).fetchone()

    def __len__(self) -> int:
        return self._one("SELECT count(*) FROM bead")[0]

    # ------------------------------------------------------------------ bead records

    def _records(self) -> list[BeadRecord]:
        rows = self._db.execute(f"SELECT {BEAD_COLUMNS} FROM bead {ORDER}")
        return [BeadRecord(*row) for row in rows]

    def _record_at(self, position: int) -> BeadRecord:
        if not isinstance(position, int) or position < 0:
            raise BitextError(f"no bead at position {position!r}")
        row = self._one(f"SELECT {BEAD_COLUMNS} FROM bead {ORDER} LIMIT 1 OFFSET ?", (position,))
        if row is None:
            raise BitextError(f"no bead at position {position} (the project has {len(self)})")
        return BeadRecord(*row)

    def _position_of_key(self, key: int) -> int:
        """Position of the bead whose ``src_start + tgt_start`` is ``key`` (the order index)."""
        return self._one("SELECT count(*) FROM bead WHERE src_start + tgt_start < ?", (key,))[0]

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads that must see one consistent state."""
        if self._db.in_transaction:
            yield
            return
        try:
            self._db.execute("BEGIN")
        except sqlite3.OperationalError as err:
            raise busy_or(err, self.path) from None
        try:
            yield
        finally:
            self._db.execute("COMMIT")

    @contextmanager
    def _write(self) -> Iterator[None]:
        if self.readonly:
            raise BitextError("the project is open read-only", str(self.path))
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            raise busy_or(err, self.path) from None
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.OperationalError as err:
            self._db.execute("ROLLBACK")
            raise busy_or(err, self.path) from None

    # ------------------------------------------------------------------ writes

    def _swap(self, removed: list[BeadRecord], added: list[BeadRecord]) -> list[BeadRecord]:
        """Delete ``removed`` and insert ``added``; return ``added`` with ids filled in."""
        self._db.executemany("DELETE FROM bead WHERE id = ?", [(r.id,) for r in removed])
        done = []
        for rec in added:
            cur = self._db.execute(
                f"INSERT INTO bead ({BEAD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.id, *_tail(rec)),
            )
            done.append(rec if rec.id is not None else BeadRecord(cur.lastrowid, *_tail(rec)))
        return done

    def _set_texts(self, changes: list[tuple[str, int, str | None]]) -> None:
        self._db.executemany(
            "UPDATE segment SET edited = ? WHERE side = ? AND idx = ?",
            [(text, side, idx) for side, idx, text in changes],
        )
