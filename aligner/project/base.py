"""What every part of ``Project`` shares: the connection, transactions and bead rows.

``Project`` is put together from one class per job (opening the file, reads,
edits, history, glossary); each builds on this base, which owns the
connection and the few primitives they all need.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aligner.errors import BitextError
from aligner.project.connection import sqlite_error
from aligner.project.edits import BeadRecord
from aligner.project.sidefiles import same_file

BEAD_COLUMNS = (
    "id, src_start, src_stop, tgt_start, tgt_stop, score, status, note, changed, bookmark"
)
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
        rec.bookmark,
    )


class ProjectBase:
    """An open connection to a project file and the transactions around it."""

    def __init__(
        self,
        db: sqlite3.Connection,
        path: Path,
        readonly: bool,
        *,
        lock: int | None = None,
        readonly_reason: str | None = None,
        author: str = "",
        wal: bool = False,
    ):
        self._db = db
        self.path = path
        self.readonly = readonly
        #: Why the project is read-only ("the folder cannot be written" …), None if writable.
        self.readonly_reason = readonly_reason if readonly else None
        #: Who this session's history steps are credited to.
        self.author = author
        self._lock = lock  # descriptor holding our shared flock on the file
        self._wal = wal  # an older bitext keeps the file in WAL mode: checkpoint each commit
        self._session: str | None = None  # registered with the first history step
        self._session_new = False  # registered in the transaction now open
        self._seen_version = self._data_version()

    def _data_version(self) -> int:
        return self._db.execute("PRAGMA data_version").fetchone()[0]

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
        total = len(self)
        # walk the index from the nearer end
        order, offset = ("DESC", total - 1 - position) if position > total // 2 else ("", position)
        row = self._one(
            f"SELECT {BEAD_COLUMNS} FROM bead {ORDER} {order} LIMIT 1 OFFSET ?", (offset,)
        )
        if row is None or position >= total:
            raise BitextError(f"no bead at position {position} (the project has {total})")
        return BeadRecord(*row)

    def _position_of_key(self, key: int) -> int:
        """Position of the bead whose ``src_start + tgt_start`` is ``key`` (the order index).

        SQLite counts index entries one by one, so count from the nearer end:
        keys grow about evenly along the text, and the total is a quick count.
        """
        top = self._one("SELECT max(src_start + tgt_start) FROM bead")[0]
        if top and key > top // 2:
            after = self._one("SELECT count(*) FROM bead WHERE src_start + tgt_start >= ?", (key,))
            return len(self) - after[0]
        return self._one("SELECT count(*) FROM bead WHERE src_start + tgt_start < ?", (key,))[0]

    def _texts_between(self, side: str, lo: int, hi: int) -> tuple[list[str], set[int]]:
        """Current texts of segments ``lo:hi`` of a side, and which of them are edited."""
        texts = [
            row[0]
            for row in self._db.execute(
                "SELECT coalesce(edited, text) FROM segment "
                "WHERE side = ? AND idx >= ? AND idx < ? ORDER BY idx",
                (side, lo, hi),
            )
        ]
        edited = {
            row[0]
            for row in self._db.execute(
                "SELECT idx FROM segment "
                "WHERE side = ? AND idx >= ? AND idx < ? AND edited IS NOT NULL",
                (side, lo, hi),
            )
        }
        return texts, edited

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads that must see one consistent state."""
        if self._db.in_transaction:
            yield
            return
        try:
            self._db.execute("BEGIN")
        except sqlite3.Error as err:
            raise sqlite_error(err, self.path) from None
        try:
            yield
        finally:
            self._rollback()  # a read transaction: ending it either way is the same

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction that changes the file: all of it is saved, or none of it."""
        if self.readonly:
            why = f" ({self.readonly_reason})" if self.readonly_reason else ""
            raise BitextError(f"the project is open read-only{why}", str(self.path))
        if self._lock is not None and not same_file(self._lock, self.path):
            raise BitextError(
                "the project file was replaced or removed by another program since it was "
                "opened; nothing was saved: open it again",
                str(self.path),
            )
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise sqlite_error(err, self.path) from None
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as err:
            self._rollback()
            raise sqlite_error(err, self.path) from None
        self._session_new = False
        if self._wal:
            self._checkpoint()

    def _rollback(self) -> None:
        """End the open transaction, if SQLite has not already (it does after a full disk)."""
        if self._session_new:  # its row is rolled back with the transaction
            self._session, self._session_new = None, False
        if self._db.in_transaction:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def _checkpoint(self) -> None:
        """Copy WAL content into the file (only for a file an older bitext keeps in WAL)."""
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass  # the commit stands; the next checkpoint copies it

    def _release_lock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    # ------------------------------------------------------------------ writes

    def _swap(self, removed: list[BeadRecord], added: list[BeadRecord]) -> list[BeadRecord]:
        """Delete ``removed`` and insert ``added``; return ``added`` with ids filled in."""
        self._db.executemany("DELETE FROM bead WHERE id = ?", [(r.id,) for r in removed])
        done = []
        for rec in added:
            cur = self._db.execute(
                f"INSERT INTO bead ({BEAD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.id, *_tail(rec)),
            )
            done.append(rec if rec.id is not None else BeadRecord(cur.lastrowid, *_tail(rec)))
        return done

    def _set_texts(self, changes: list[tuple[str, int, str | None]]) -> None:
        self._db.executemany(
            "UPDATE segment SET edited = ? WHERE side = ? AND idx = ?",
            [(text, side, idx) for side, idx, text in changes],
        )
