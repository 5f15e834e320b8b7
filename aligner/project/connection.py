"""The SQLite connection of a project and how its failures read to a user.

Every part of :class:`~aligner.project.Project` talks to the file through one
connection opened here; SQLite's own exceptions become one-line
:class:`~aligner.errors.BitextError` messages here, so no caller has to know
SQLite's wording.
"""

from __future__ import annotations

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


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if readonly else "?mode=rw")
    db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    return db


@contextmanager
def damaged_as_error(path: str | os.PathLike) -> Iterator[None]:
    """Turn SQLite's complaints about a damaged or locked file into one-line errors."""
    try:
        yield
    except sqlite3.OperationalError as err:
        raise busy_or(err, Path(path)) from None
    except sqlite3.DatabaseError as err:
        raise BitextError(f"damaged project file ({err})", str(path)) from None


def busy_or(err: sqlite3.OperationalError, path: Path) -> BitextError:
    text = str(err)
    if "locked" in text or "busy" in text:
        return BitextError(
            "the project is busy: another bitext process is writing it; try again when it is done",
            str(path),
        )
    return BitextError(f"cannot use the project file: {text}", str(path))
