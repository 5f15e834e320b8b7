"""The project file's SQLite schema, its version, and the migrations between versions.

The schema is defined *as* its migrations: a new project runs every step from
version 0, an older file runs the steps it is missing. So the upgrade path is
the code path every project takes, not a rarely used side branch.
"""

from __future__ import annotations

import sqlite3

# "BTxt": marks a SQLite file as a bitext project (PRAGMA application_id).
APPLICATION_ID = 0x42547874


# Version 1: documents, segments, beads and the edit history.
_V1_CORE = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE document (
            side     TEXT PRIMARY KEY CHECK (side IN ('src', 'tgt')),
            path     TEXT,
            lang     TEXT,
            encoding TEXT NOT NULL,
            format   TEXT NOT NULL,
            checksum TEXT NOT NULL,
            text     TEXT NOT NULL
        );
        CREATE TABLE segment (
            side      TEXT NOT NULL REFERENCES document (side),
            idx       INTEGER NOT NULL CHECK (idx >= 0),
            text      TEXT NOT NULL,
            start     INTEGER NOT NULL,
            "end"     INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            edited    TEXT,
            PRIMARY KEY (side, idx)
        ) WITHOUT ROWID;
        CREATE TABLE bead (
            id        INTEGER PRIMARY KEY AUTOINCREMENT,
            src_start INTEGER NOT NULL CHECK (src_start >= 0),
            src_stop  INTEGER NOT NULL CHECK (src_stop >= src_start),
            tgt_start INTEGER NOT NULL CHECK (tgt_start >= 0),
            tgt_stop  INTEGER NOT NULL CHECK (tgt_stop >= tgt_start),
            score     REAL NOT NULL,
            status    TEXT NOT NULL DEFAULT 'unreviewed'
                      CHECK (status IN ('unreviewed', 'confirmed', 'rejected')),
            note      TEXT NOT NULL DEFAULT '',
            changed   TEXT NOT NULL,
            CHECK (src_stop > src_start OR tgt_stop > tgt_start)
        );
        -- In a monotone alignment of non-empty beads, src_start + tgt_start
        -- strictly increases along the text: it is the reading order.
        CREATE UNIQUE INDEX bead_order ON bead (src_start + tgt_start);
        CREATE TABLE history (
            id      INTEGER PRIMARY KEY AUTOINCREMENT,
            label   TEXT NOT NULL,
            change  TEXT NOT NULL,
            undone  INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );
"""


# Version 2: glossary records, indexed columns plus the whole record as JSON.
_V2_GLOSSARY = """
        CREATE TABLE glossary (
            id        TEXT PRIMARY KEY,
            canonical TEXT NOT NULL,
            status    TEXT NOT NULL,
            record    TEXT NOT NULL,
            ord       INTEGER NOT NULL
        );
        CREATE INDEX glossary_canonical ON glossary (canonical);
"""


# Version 3: translation-memory metadata of an imported TMX, kept so that an export gives
# it back: per unit its attributes, notes, props and tuvs in other languages
# (JSON, as read); per segment the unit it came from, its tuv's attributes,
# notes and props, and the XML of its inline codes (keyed by the marker
# characters in the segment text, see aligner/project/tags.py).
_TM_METADATA = """
        CREATE TABLE tm_unit (
            id   INTEGER PRIMARY KEY,
            data TEXT NOT NULL
        );
        CREATE TABLE tm_segment (
            side  TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
            idx   INTEGER NOT NULL,
            unit  INTEGER NOT NULL REFERENCES tm_unit (id),
            tuv   TEXT,
            codes TEXT,
            PRIMARY KEY (side, idx)
        ) WITHOUT ROWID;
"""


# Version 4: who made each history step. A session is one opened project that
# edited it; undo reverts a session's own steps, and those of sessions that
# have ended (closed, or their process is gone), never those of a live one.
_V4_SESSIONS = """
        CREATE TABLE session (
            id     TEXT PRIMARY KEY,
            author TEXT NOT NULL,
            host   TEXT NOT NULL,
            pid    INTEGER NOT NULL,
            opened TEXT NOT NULL,
            closed TEXT
        );
        ALTER TABLE history ADD COLUMN session TEXT REFERENCES session (id);
        ALTER TABLE history ADD COLUMN author TEXT;
        CREATE INDEX history_session ON history (session, undone);
"""


# Bookmarks: a reviewer's flag on a bead ("come back here"), kept with the bead
# through edits and history like its note.
_BOOKMARKS = """
        ALTER TABLE bead ADD COLUMN bookmark INTEGER NOT NULL DEFAULT 0;
"""


# MIGRATIONS[v] takes a file from version v to v + 1.
MIGRATIONS: list[str] = [_V1_CORE, _V2_GLOSSARY, _TM_METADATA, _V4_SESSIONS, _BOOKMARKS]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def application_id(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA application_id").fetchone()[0]


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring ``db`` up to ``target`` in one transaction; return the version it had.

    The connection must be in autocommit mode (``isolation_level=None``).
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        start = user_version(db)
        for version in range(start, target):
            _run_script(db, MIGRATIONS[version])
            db.execute(f"PRAGMA user_version = {version + 1}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return start


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit mid-migration."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        db.execute(buffer)
