"""Who edits the project: sessions, their history steps, and changes made by others.

A *session* is one opened project that has edited it. Each history step
names its session and author, so two reviewers (or two windows) on one file
each undo their own steps. When a session ends (closed, or its process is
gone) its steps pass to whoever undoes next, so undo still survives a
restart. Steps made before sessions were recorded belong to no live session.

Another process's commits show in SQLite's ``PRAGMA data_version``:
:meth:`Sessions.changed_by_others` tells a view when to read again.
"""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass

from aligner.project.base import ProjectBase
from aligner.project.connection import now_utc


@dataclass(frozen=True, slots=True)
class Step:
    """One history step as a person would ask about it."""

    id: int
    label: str
    author: str
    created: str
    undone: bool
    mine: bool  # made (or taken over) by this session
    live: bool  # made by another session that is still open


def _host() -> str:
    return socket.gethostname()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to someone else
    return True


class Sessions(ProjectBase):
    """This session's identity in the history, and news from other processes."""

    @property
    def session(self) -> str | None:
        """This session's id once it has edited the project (None before)."""
        return self._session

    def _session_id(self) -> str:
        """Register this session (inside the write transaction of its first step)."""
        if self._session is None:
            session = secrets.token_hex(8)
            self._db.execute(
                "INSERT INTO session (id, author, host, pid, opened) VALUES (?, ?, ?, ?, ?)",
                (session, self.author, _host(), os.getpid(), now_utc()),
            )
            self._session = session
            self._session_new = True  # forgotten again if this transaction rolls back
        return self._session

    def _end_session(self) -> None:
        """Mark this session closed so later sessions may undo its steps."""
        try:
            with self._write():
                self._db.execute(
                    "UPDATE session SET closed = ? WHERE id = ?", (now_utc(), self._session)
                )
        except Exception:  # noqa: BLE001 - closing must not fail; a dead pid tells the same
            pass

    def _live_others(self) -> set[str]:
        """Sessions other than this one that are still open: their steps are theirs alone."""
        host = _host()
        live = set()
        for session, session_host, pid in self._db.execute(
            "SELECT id, host, pid FROM session WHERE closed IS NULL"
        ):
            if session == self._session:
                continue
            # A session on another machine cannot be checked: count it as live.
            if session_host != host or _alive(pid):
                live.add(session)
        return live

    def _steps_sql(self, live: set[str]) -> tuple[str, tuple]:
        """A WHERE clause for the steps this session may undo or redo."""
        if not live:
            return "1", ()
        marks = ", ".join("?" * len(live))
        return f"(session IS NULL OR session NOT IN ({marks}))", tuple(sorted(live))

    def history_steps(self, limit: int = 20) -> list[Step]:
        """The latest steps of the whole history (any session), newest first."""
        live = self._live_others()
        rows = self._db.execute(
            "SELECT id, label, coalesce(author, ''), created, undone, session FROM history "
            "ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            Step(i, label, author, created, bool(undone), self._mine(s), s in live)
            for i, label, author, created, undone, s in rows
        ]

    def _mine(self, session: str | None) -> bool:
        return session is not None and session == self._session

    @property
    def latest_step(self) -> Step | None:
        """The newest step not undone, whoever made it: "the last change was Anna's merge"."""
        live = self._live_others()
        row = self._one(
            "SELECT id, label, coalesce(author, ''), created, session FROM history "
            "WHERE undone = 0 ORDER BY id DESC LIMIT 1"
        )
        if row is None:
            return None
        i, label, author, created, session = row
        return Step(i, label, author, created, False, self._mine(session), session in live)

    def changed_by_others(self) -> bool:
        """True once after another connection (process) committed a change to the file.

        Cheap enough to poll a few times a second (SQLite's ``data_version``);
        a view re-reads what it shows when this says so.
        """
        version = self._data_version()
        changed = version != self._seen_version
        self._seen_version = version
        return changed
