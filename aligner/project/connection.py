"""The SQLite connection of a project and how its failures read to a user.

Every part of :class:`~aligner.project.Project` talks to the file through one
connection opened here. SQLite's own exceptions become one-line
:class:`~aligner.errors.BitextError` messages here (``guard_errors`` wraps
every public method), so no caller sees a ``sqlite3`` exception: a damaged
page, a full disk or a busy file reads the same from every command and from
the review app.

The file uses a rollback journal, not WAL: after every committed edit the
file itself holds all the work, so a copy taken at any moment between edits
(or after ``kill -9``) is the whole project, and no ``-wal`` file beside it
can ever be mixed into it (see ``docs/architecture.md``).
"""

from __future__ import annotations

import functools
import inspect
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from aligner.errors import BitextError

# How long a write waits for another process's transaction before giving up.
BUSY_TIMEOUT_MS = 5000


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect(path: Path, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode; ``immutable`` reads the file and nothing beside it."""
    query = "mode=ro" if readonly else "mode=rw"
    if immutable:
        query += "&immutable=1"
    uri = f"{path.resolve().as_uri()}?{query}"
    db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        db.close()
        raise
    return db


def set_journal(db: sqlite3.Connection) -> str:
    """Rollback journal, synced in full: the file is whole after every commit.

    Returns the journal mode in force: "wal" when a file from an older bitext
    is still open in WAL mode by another process (then it stays WAL until
    that process is gone, and each commit is checkpointed into the file).
    """
    db.execute("PRAGMA synchronous = FULL")
    try:
        return db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as err:
        if sqlite_name(err).startswith("SQLITE_BUSY") or "locked" in str(err):
            return "wal"
        raise


def sqlite_name(err: sqlite3.Error) -> str:
    return getattr(err, "sqlite_errorname", "") or ""


def sqlite_error(err: sqlite3.Error, path: str | os.PathLike) -> BitextError:
    """One line for a user, whatever SQLite said."""
    name, text, where = sqlite_name(err), str(err), str(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return BitextError(
            "the project is busy: another bitext process is writing it; try again when it is done",
            where,
        )
    if name == "SQLITE_FULL" or "disk is full" in text:
        return BitextError("the disk is full: the last change was not saved", where)
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return BitextError(f"cannot read or write the project file ({text})", where)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return BitextError("the project file cannot be written (read-only)", where)
    if name.startswith("SQLITE_CANTOPEN"):
        return BitextError(f"cannot open the project file ({text})", where)
    if isinstance(err, sqlite3.OperationalError) and not name.startswith(
        ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    ):
        return BitextError(f"cannot use the project file: {text}", where)
    return BitextError(f"damaged project file ({text})", where)


@contextmanager
def damaged_as_error(path: str | os.PathLike) -> Iterator[None]:
    """Turn SQLite's complaints about a damaged, locked or full file into one-line errors."""
    try:
        yield
    except sqlite3.Error as err:
        raise sqlite_error(err, path) from None


def guard_errors(cls: type) -> type:
    """Wrap every public method and property of ``cls`` so SQLite errors become BitextError."""
    for name in dir(cls):
        if name.startswith("_") and name not in ("__len__", "__enter__", "__exit__"):
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, property) and attr.fget is not None:
            setattr(cls, name, property(_guarded(attr.fget), attr.fset, attr.fdel, attr.__doc__))
        elif isinstance(attr, classmethod):
            setattr(cls, name, classmethod(_guarded(attr.__func__)))
        elif inspect.isfunction(attr):
            setattr(cls, name, _guarded(attr))
    return cls


def _guarded(fn):
    if getattr(fn, "_guarded", False):
        return fn

    @functools.wraps(fn)
    def wrapper(owner, *args, **kwargs):
        try:
            return fn(owner, *args, **kwargs)
        except sqlite3.Error as err:
            path = getattr(owner, "path", None) or (args[0] if args else "project")
            raise sqlite_error(err, path) from None

    wrapper._guarded = True
    return wrapper
