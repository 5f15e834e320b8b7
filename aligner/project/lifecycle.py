"""Creating, opening and closing a project file.

A new project is built beside its destination and renamed into place, so a
failure never leaves a half-written project or clobbers an old one. Opening
checks that the file is a bitext project this bitext can read, and brings an
older schema up to date.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from aligner.errors import BitextError
from aligner.files import check_output, output_error
from aligner.project import edits
from aligner.project.base import ProjectBase
from aligner.project.connection import busy_or, connect, now_utc
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
        when importing a reviewed translation memory.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise BitextError("file exists (use --force / overwrite=True to replace it)", str(path))
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
        appears at ``path`` only when ``fill`` has returned.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise BitextError("file exists (use --force / overwrite=True to replace it)", str(path))
        directory = check_output(path)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        except OSError as err:
            raise output_error(err, directory) from None
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            db = connect(tmp, readonly=False)
            try:
                migrate(db)
                fill(db)
                db.execute("PRAGMA journal_mode = WAL")
            finally:
                db.close()
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike, *, readonly: bool = False):
        """Open a project; a file we may not write is opened read-only."""
        path = Path(path)
        if not path.exists():
            raise BitextError("no such project file", str(path))
        if path.is_dir():
            raise BitextError("is a directory, not a project file", str(path))
        # SQLite needs to write beside the file even to read a WAL project.
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
        if not writable:
            readonly = True
        try:
            with path.open("rb") as handle:
                magic = handle.read(16)
        except OSError as err:
            raise BitextError(f"cannot read: {err.strerror or err}", str(path)) from None
        if magic != b"SQLite format 3\x00":
            raise BitextError("not a bitext project (not an SQLite file)", str(path))
        try:
            # A read-only project on a writable file still gets a read-write
            # connection, told to refuse writes: only such a connection removes
            # the -wal and -shm files when it closes, so reading leaves no debris.
            db = connect(path, readonly=not writable)
            try:
                if readonly and writable:
                    db.execute("PRAGMA query_only = ON")
                _check_version(db, path, readonly)
                if not readonly:
                    db.execute("PRAGMA journal_mode = WAL")
                    db.execute("PRAGMA synchronous = FULL")
            except BaseException:
                db.close()
                raise
        except sqlite3.OperationalError as err:
            raise busy_or(err, path) from None
        except sqlite3.DatabaseError as err:
            kind = "damaged project file" if "malformed" in str(err) else "not a bitext project"
            raise BitextError(f"{kind} ({err})", str(path)) from None
        return cls(db, path, readonly)

    def close(self) -> None:
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _checksum(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _check_version(db: sqlite3.Connection, path: Path, readonly: bool) -> None:
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
            raise BitextError(
                f"project schema {version} needs an upgrade to {SCHEMA_VERSION}; "
                "open it writable once",
                str(path),
            )
        migrate(db)


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
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
