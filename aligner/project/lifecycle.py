"""Creating, opening and closing a project file.

A new project is built beside its destination and renamed into place, so a
failure never leaves a half-written project or clobbers an old one; it never
inherits the journals of the file it replaces, and it is refused while
another process has that file open. Opening checks that the file is a
bitext project this bitext can read, sets the journal (see
:mod:`~aligner.project.connection`), brings an older schema up to date and
falls back to read-only where the file or its folder cannot be written.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from aligner.errors import BitextError
from aligner.files import check_output, output_error
from aligner.project import edits, sidefiles
from aligner.project.base import ProjectBase
from aligner.project.connection import connect, now_utc, set_journal, sqlite_error
from aligner.project.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    application_id,
    migrate,
    user_version,
)
from aligner.types import Alignment, Document, Segment


class Lifecycle(ProjectBase):
    """``Project.create`` / ``Project.open`` / ``close`` and the ``with`` protocol."""

    @classmethod
    def create(
        cls,
        path: str | os.PathLike,
        src: Document,
        tgt: Document,
        src_segments: list[Segment],
        tgt_segments: list[Segment],
        alignment: Alignment,
        *,
        overwrite: bool = False,
        reviews: list[tuple[str, str]] | None = None,
    ):
        """Write a new project file; an existing file is replaced only with ``overwrite``.

        The file is built beside its destination and renamed into place at the
        end, so a failure never leaves a half-written project or clobbers an old one.
        ``reviews`` optionally gives each bead a starting ``(status, note)``, as
        when importing a reviewed translation memory. A project another
        process has open (a review) is not replaced: that process would go on
        saving into the old file.
        """
        _check_new(Path(path), alignment, src_segments, tgt_segments, reviews)
        return cls.build(
            path,
            lambda db: _fill(db, src, tgt, src_segments, tgt_segments, alignment, reviews),
            overwrite=overwrite,
        )

    @classmethod
    def build(
        cls,
        path: str | os.PathLike,
        fill: Callable[[sqlite3.Connection], None],
        *,
        overwrite: bool = False,
    ):
        """Make a project file with ``fill(db)`` on a new, migrated database; open it.

        ``fill`` runs in autocommit mode and writes the rows in its own
        transactions (an import streams a big file in batches). The file
        appears at ``path`` only when ``fill`` has returned, under the same
        rules as :meth:`create`.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise BitextError("file exists (use --force / overwrite=True to replace it)", str(path))
        if path.exists() and not path.is_file():
            raise BitextError("not a regular file: will not replace it", str(path))
        directory = check_output(path)
        sidefiles.clean_temporaries(path)
        try:
            tmp, tmp_fd = sidefiles.new_temporary(path)
        except OSError as err:
            raise output_error(err, directory) from None
        try:
            _build(tmp, fill)
            _replace(tmp, path)
        except sqlite3.Error as err:
            raise sqlite_error(err, path) from None
        except OSError as err:
            raise output_error(err, path) from None
        finally:
            sidefiles.remove_temporary(tmp, tmp_fd)
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike, *, readonly: bool = False, author: str | None = None):
        """Open a project; one we may not write opens read-only (``readonly_reason`` says why).

        ``author`` names who this session's edits are credited to in the
        history (default: the login name).
        """
        path = Path(path)
        reason = _unusable(path)
        if reason:
            raise BitextError(reason, str(path))
        header = sidefiles.read_header(path)
        if not header.startswith(sidefiles.HEADER):
            raise BitextError("not a bitext project (not an SQLite file)", str(path))
        why = _why_readonly(path)
        writable = why is None
        if readonly and writable:
            why = "opened read-only"
        readonly = readonly or not writable
        lock = sidefiles.hold_shared(path)
        try:
            db, why, wal = _connect(path, header, writable, readonly, why)
        except BaseException:
            os.close(lock)
            raise
        return cls(
            db,
            path,
            readonly,
            lock=lock,
            readonly_reason=why,
            author=author or _login(),
            wal=wal,
        )

    def close(self) -> None:
        """Close the file; this session's history steps become undoable by later sessions."""
        try:
            if self._session is not None and not self.readonly:
                self._end_session()
        finally:
            self._db.close()
            self._release_lock()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_new(path: Path, alignment: Alignment, src_segments, tgt_segments, reviews) -> None:
    if alignment.n_src != len(src_segments) or alignment.n_tgt != len(tgt_segments):
        raise BitextError(
            f"alignment covers {alignment.n_src}/{alignment.n_tgt} segments but there are "
            f"{len(src_segments)}/{len(tgt_segments)}",
            str(path),
        )
    if reviews is not None:
        if len(reviews) != len(alignment.beads):
            raise BitextError("reviews must give one (status, note) per bead", str(path))
        for status, _ in reviews:
            edits.check_status(status)
    try:
        alignment.check()
    except ValueError as err:
        raise BitextError(f"invalid alignment: {err}", str(path)) from None


def _build(tmp: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    db = connect(tmp, readonly=False)
    try:
        set_journal(db)
        migrate(db)
        fill(db)
    finally:
        db.close()


def _replace(tmp: Path, path: Path) -> None:
    """Rename the finished build over ``path``, unless another process has ``path`` open.

    The old file's journals go first: SQLite would replay a ``-wal`` or a
    hot ``-journal`` of the old file into the new one.
    """
    guard = None
    if path.exists():
        guard = sidefiles.try_exclusive(path)
        if guard is None:
            raise BitextError(
                "the project is open in another bitext process (a review?); close it there "
                "before replacing the file",
                str(path),
            )
    try:
        sidefiles.remove_side_files(path, sidefiles.SIDE_SUFFIXES)
        os.replace(tmp, path)
    finally:
        if guard is not None:
            os.close(guard)


def _unusable(path: Path) -> str | None:
    """Why ``path`` cannot be a project at all (missing, a folder, a FIFO …), or None."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "no such project file"
    except OSError as err:
        return f"cannot read: {err.strerror or err}"
    if stat.S_ISDIR(mode):
        return "is a directory, not a project file"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe or a device?), not a project file"
    return None


def _why_readonly(path: Path) -> str | None:
    """Why we may not write the project (SQLite also writes its journal beside it), or None."""
    if not os.access(path, os.W_OK):
        return "the file cannot be written"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "its folder cannot be written"
    return None


def _connect(path: Path, header: bytes, writable: bool, readonly: bool, why: str | None):
    """Open, check and prepare the connection; return it with the read-only reason and WAL flag."""
    wal_file = sidefiles.side_file(path, "-wal").exists()
    legacy_wal = sidefiles.is_wal_header(header)
    immutable = False
    if wal_file and not legacy_wal:
        # Not this file's: a rollback-journal file has no -wal. SQLite would replay it.
        if writable:
            sidefiles.remove_side_files(path)
            sidefiles.clean_temporaries(path)
        else:
            immutable = True
    elif legacy_wal and not writable:
        # A WAL file from an older bitext needs its -shm to be read; without
        # the right to create one, read the file alone.
        if not (wal_file and sidefiles.side_file(path, "-shm").exists()):
            immutable = True
            if wal_file:
                why = f"{why}; changes still in its -wal file are not shown"
    elif writable:
        sidefiles.clean_temporaries(path)
    try:
        # On a writable file even a read-only project gets a read-write
        # connection told to refuse writes: it can roll back a journal left
        # by a killed writer, and convert an older WAL file.
        db = connect(path, readonly=not writable, immutable=immutable)
    except sqlite3.Error as err:
        raise sqlite_error(err, path) from None
    try:
        wal = False
        if writable and not readonly:
            wal = set_journal(db) == "wal"
        if readonly and writable:
            db.execute("PRAGMA query_only = ON")
        db = _check_version(db, path, readonly)
        _check_documents(db, path)
    except sqlite3.Error as err:
        db.close()
        name = getattr(err, "sqlite_errorname", "")
        if name == "SQLITE_NOTADB":
            raise BitextError(f"not a bitext project ({err})", str(path)) from None
        raise sqlite_error(err, path) from None
    except BaseException:
        db.close()
        raise
    return db, why, wal


def _checksum(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _check_version(db: sqlite3.Connection, path: Path, readonly: bool) -> sqlite3.Connection:
    """Refuse other files and newer schemas; migrate older ones (read-only: a copy in memory)."""
    version = user_version(db)
    app = application_id(db)
    if app != APPLICATION_ID:
        raise BitextError("not a bitext project (an SQLite file of another kind)", str(path))
    if version > SCHEMA_VERSION:
        raise BitextError(
            f"made by a newer bitext (project schema {version}, this bitext reads up to "
            f"{SCHEMA_VERSION}); upgrade bitext to open it",
            str(path),
        )
    if version < SCHEMA_VERSION:
        if readonly:
            # Reading must not change the file: upgrade a copy in memory.
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            db.backup(memory)
            db.close()
            db = memory
            migrate(db)
            db.execute("PRAGMA query_only = ON")
        else:
            migrate(db)
    return db


def _check_documents(db: sqlite3.Connection, path: Path) -> None:
    sides = {row[0] for row in db.execute("SELECT side FROM document")}
    for side, name in (("src", "source"), ("tgt", "target")):
        if side not in sides:
            raise BitextError(f"damaged project file: the {name} document is missing", str(path))


def _fill(
    db: sqlite3.Connection,
    src: Document,
    tgt: Document,
    src_segments: list[Segment],
    tgt_segments: list[Segment],
    alignment: Alignment,
    reviews: list[tuple[str, str]] | None,
) -> None:
    from aligner import __version__

    now = now_utc()
    db.execute("BEGIN IMMEDIATE")
    try:
        db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("created", now), ("creator", f"bitext {__version__}")]
            + [(f"align.{k}", json.dumps(v, default=str)) for k, v in alignment.info.items()],
        )
        for side, doc, segs in (("src", src, src_segments), ("tgt", tgt, tgt_segments)):
            db.execute(
                "INSERT INTO document (side, path, lang, encoding, format, checksum, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (side, doc.path, doc.lang, doc.encoding, doc.format, _checksum(doc.text), doc.text),
            )
            db.executemany(
                'INSERT INTO segment (side, idx, text, start, "end", paragraph) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(side, i, s.text, s.start, s.end, s.paragraph) for i, s in enumerate(segs)],
            )
        reviews = reviews or [("unreviewed", "")] * len(alignment.beads)
        db.executemany(
            "INSERT INTO bead (src_start, src_stop, tgt_start, tgt_stop, score, status, note, "
            "changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (b.src.start, b.src.stop, b.tgt.start, b.tgt.stop, float(b.score), st, note, now)
                for b, (st, note) in zip(alignment.beads, reviews, strict=True)
            ],
        )
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
