"""The project file: one SQLite database holding a text pair, its alignment and its review.

Every edit is one ``BEGIN IMMEDIATE`` transaction that changes the beads and
appends a history step, so a crash loses at most the edit in flight and undo
survives a restart. Nothing is cached in memory: each read asks the database,
so two processes on one file see each other's committed work.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from aligner.errors import BitextError
from aligner.files import check_output, output_error
from aligner.project import edits, tags
from aligner.project.edits import BeadRecord, check_side
from aligner.project.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    application_id,
    migrate,
    user_version,
)
from aligner.types import Alignment, Bead, Document, Segment

ProjectError = BitextError

# How long a write waits for another process's transaction before giving up.
BUSY_TIMEOUT_MS = 5000

_BEAD_COLUMNS = "id, src_start, src_stop, tgt_start, tgt_stop, score, status, note, changed"
_ORDER = "ORDER BY src_start + tgt_start"


@dataclass(slots=True)
class BeadRow:
    """A bead as the review UI shows it: ranges, current texts and review state."""

    id: int
    position: int
    src: range
    tgt: range
    source: str
    target: str
    src_texts: list[str]
    tgt_texts: list[str]
    score: float
    status: str
    note: str
    changed: str = ""
    edited: bool = False

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(frozen=True, slots=True)
class Change:
    """What one undo or redo rewrote: rows ``start:old_stop`` are now rows ``start:new_stop``.

    Rows before ``start`` are untouched and rows from ``old_stop`` on only moved
    by ``new_stop - old_stop`` places, so a screen holding the old rows re-reads
    just this window instead of every bead, even for history from an earlier session.
    """

    label: str
    start: int
    old_stop: int
    new_stop: int

    @property
    def delta(self) -> int:
        """How many beads the step added (negative: removed)."""
        return self.new_stop - self.old_stop


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _checksum(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if readonly else "?mode=rw")
    db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    return db


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`, ideally in a ``with``."""

    def __init__(self, db: sqlite3.Connection, path: Path, readonly: bool):
        self._db = db
        self.path = path
        self.readonly = readonly

    # ------------------------------------------------------------------ open/create

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
    ) -> Project:
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
    ) -> Project:
        """Make a project file with ``fill(db)`` on a new, migrated database; open it.

        ``fill`` runs in autocommit mode and writes the rows (in its own
        transactions, as many as it likes: an import streams a big file in
        batches). The file appears at ``path`` only when ``fill`` returned.
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
            db = _connect(tmp, readonly=False)
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
    def open(cls, path: str | os.PathLike, *, readonly: bool = False) -> Project:
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
            db = _connect(path, readonly=not writable)
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
            raise _busy_or(err, path) from None
        except sqlite3.DatabaseError as err:
            kind = "damaged project file" if "malformed" in str(err) else "not a bitext project"
            raise BitextError(f"{kind} ({err})", str(path)) from None
        return cls(db, path, readonly)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Project({str(self.path)!r}, {self.src_lang}->{self.tgt_lang})"

    # ------------------------------------------------------------------ reads

    def _one(self, sql: str, args: tuple = ()):
        return self._db.execute(sql, args).fetchone()

    def _document_row(self, side: str) -> tuple:
        check_side(side)
        return self._one(
            "SELECT text, lang, path, encoding, format, checksum FROM document WHERE side = ?",
            (side,),
        )

    @property
    def src_lang(self) -> str | None:
        return self._document_row("src")[1]

    @property
    def tgt_lang(self) -> str | None:
        return self._document_row("tgt")[1]

    def document(self, side: str) -> Document:
        text, lang, path, encoding, fmt, _ = self._document_row(side)
        return Document(text=text, lang=lang, path=path, encoding=encoding, format=fmt)

    def segments(self, side: str) -> list[Segment]:
        """The segments as created (original texts and spans)."""
        check_side(side)
        rows = self._db.execute(
            'SELECT text, start, "end", paragraph FROM segment WHERE side = ? ORDER BY idx',
            (side,),
        )
        return [Segment(*row) for row in rows]

    def segment_texts(self, side: str) -> list[str]:
        """Current texts: the edited text where there is one, else the original."""
        check_side(side)
        rows = self._db.execute(
            "SELECT coalesce(edited, text) FROM segment WHERE side = ? ORDER BY idx", (side,)
        )
        return [row[0] for row in rows]

    def original_text(self, side: str, index: int) -> str:
        check_side(side)
        row = self._one("SELECT text FROM segment WHERE side = ? AND idx = ?", (side, index))
        if row is None:
            raise BitextError(f"no {side} segment {index}")
        return row[0]

    def edited_segments(self, side: str) -> set[int]:
        check_side(side)
        rows = self._db.execute(
            "SELECT idx FROM segment WHERE side = ? AND edited IS NOT NULL", (side,)
        )
        return {row[0] for row in rows}

    def __len__(self) -> int:
        return self._one("SELECT count(*) FROM bead")[0]

    def _records(self) -> list[BeadRecord]:
        rows = self._db.execute(f"SELECT {_BEAD_COLUMNS} FROM bead {_ORDER}")
        return [BeadRecord(*row) for row in rows]

    def _record_at(self, position: int) -> BeadRecord:
        if not isinstance(position, int) or position < 0:
            raise BitextError(f"no bead at position {position!r}")
        row = self._one(f"SELECT {_BEAD_COLUMNS} FROM bead {_ORDER} LIMIT 1 OFFSET ?", (position,))
        if row is None:
            raise BitextError(f"no bead at position {position} (the project has {len(self)})")
        return BeadRecord(*row)

    def _row(self, position, rec, src_texts, tgt_texts, edited) -> BeadRow:
        return BeadRow(
            id=rec.id,
            position=position,
            src=rec.src,
            tgt=rec.tgt,
            source=" ".join(src_texts),
            target=" ".join(tgt_texts),
            src_texts=src_texts,
            tgt_texts=tgt_texts,
            score=rec.score,
            status=rec.status,
            note=rec.note,
            changed=rec.changed,
            edited=edited,
        )

    def beads(self, start: int = 0, stop: int | None = None) -> list[BeadRow]:
        """Beads ``start:stop`` in reading order (all by default), with their current texts.

        ``beads(a, b)`` equals ``beads()[a:b]`` but reads only those beads and
        the segments they cover, so a screenful costs a few milliseconds. The
        loop builds each row straight from the SQL tuples: at 50,000 beads every
        call or object per bead beyond the row itself shows in the opening time.
        """
        with _no_collection(), self._snapshot():
            lo, hi, _ = slice(start, stop).indices(len(self))
            if hi <= lo:
                return []
            records = self._db.execute(
                f"SELECT {_BEAD_COLUMNS} FROM bead {_ORDER} LIMIT ? OFFSET ?", (hi - lo, lo)
            ).fetchall()
            src_lo, src_hi = min(r[1] for r in records), max(r[2] for r in records)
            tgt_lo, tgt_hi = min(r[3] for r in records), max(r[4] for r in records)
            src, edited_src = self._texts_between("src", src_lo, src_hi)
            tgt, edited_tgt = self._texts_between("tgt", tgt_lo, tgt_hi)
            return self._build_rows(lo, records, src_lo, src, edited_src, tgt_lo, tgt, edited_tgt)

    @staticmethod
    def _build_rows(lo, records, src_lo, src, edited_src, tgt_lo, tgt, edited_tgt):
        rows: list[BeadRow] = []
        append, join = rows.append, " ".join
        any_edited = bool(edited_src or edited_tgt)
        for position, (bead_id, ss, se, ts, te, score, status, note, changed) in enumerate(
            records, lo
        ):
            src_texts = src[ss - src_lo : se - src_lo]
            tgt_texts = tgt[ts - tgt_lo : te - tgt_lo]
            src_range, tgt_range = range(ss, se), range(ts, te)
            edited = any_edited and not (
                edited_src.isdisjoint(src_range) and edited_tgt.isdisjoint(tgt_range)
            )
            append(
                BeadRow(
                    bead_id,
                    position,
                    src_range,
                    tgt_range,
                    join(src_texts),
                    join(tgt_texts),
                    src_texts,
                    tgt_texts,
                    score,
                    status,
                    note,
                    changed,
                    edited,
                )
            )
        return rows

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

    def bead(self, position: int) -> BeadRow:
        with self._snapshot():
            rec = self._record_at(position)
            texts = {}
            edited = False
            for side, rng in (("src", rec.src), ("tgt", rec.tgt)):
                rows = self._db.execute(
                    "SELECT coalesce(edited, text), edited IS NOT NULL FROM segment "
                    "WHERE side = ? AND idx >= ? AND idx < ? ORDER BY idx",
                    (side, rng.start, rng.stop),
                ).fetchall()
                texts[side] = [r[0] for r in rows]
                edited = edited or any(r[1] for r in rows)
        return self._row(position, rec, texts["src"], texts["tgt"], edited)

    def first_position(self, status: str) -> int | None:
        """Position of the first bead with this status (None if there is none).

        The review app starts at the first unreviewed bead; asking SQL spares it
        reading every bead before it can draw.
        """
        edits.check_status(status)
        with self._snapshot():
            key = self._one(
                "SELECT min(src_start + tgt_start) FROM bead WHERE status = ?", (status,)
            )[0]
            return None if key is None else self._position_of_key(key)

    def position_of(self, bead_id: int) -> int:
        """Where the bead with this id is now (ids survive edits; positions shift)."""
        row = self._one(
            "SELECT (SELECT count(*) FROM bead WHERE src_start + tgt_start < "
            "(SELECT src_start + tgt_start FROM bead WHERE id = ?)), "
            "EXISTS (SELECT 1 FROM bead WHERE id = ?)",
            (bead_id, bead_id),
        )
        if not row[1]:
            raise BitextError(f"no bead with id {bead_id}")
        return row[0]

    def alignment(self) -> Alignment:
        """The current alignment as the pipeline's dataclass."""
        with self._snapshot():
            records = self._records()
            n_src = self._one("SELECT count(*) FROM segment WHERE side = 'src'")[0]
            n_tgt = self._one("SELECT count(*) FROM segment WHERE side = 'tgt'")[0]
        beads = [Bead(r.src, r.tgt, r.score) for r in records]
        return Alignment(beads, n_src, n_tgt, {"project": str(self.path)})

    def check(self) -> None:
        """Raise BitextError unless the stored beads form a valid alignment."""
        try:
            self.alignment().check()
        except ValueError as err:
            raise BitextError(f"damaged alignment: {err}", str(self.path)) from None

    def pairs(self):
        """One row per bead as a pandas DataFrame (the form exports start from)."""
        import pandas as pd

        rows = self.beads()
        return pd.DataFrame(
            {
                "position": [r.position for r in rows],
                "id": [r.id for r in rows],
                "src_ids": [list(r.src) for r in rows],
                "tgt_ids": [list(r.tgt) for r in rows],
                "source": [r.source for r in rows],
                "target": [r.target for r in rows],
                "kind": [r.kind for r in rows],
                "score": [float(r.score) for r in rows],
                "status": [r.status for r in rows],
                "note": [r.note for r in rows],
                "changed": [r.changed for r in rows],
            },
            columns=[
                "position",
                "id",
                "src_ids",
                "tgt_ids",
                "source",
                "target",
                "kind",
                "score",
                "status",
                "note",
                "changed",
            ],
        )

    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def progress(self) -> dict:
        """Beads per status and in all; the review app asks after every edit.

        One pass summing two statuses is a quarter faster than ``GROUP BY``
        (which sorts); the status CHECK leaves the rest unreviewed.
        """
        confirmed, rejected, total = self._one(
            "SELECT coalesce(sum(status = 'confirmed'), 0), "
            "coalesce(sum(status = 'rejected'), 0), count(*) FROM bead"
        )
        return {
            "unreviewed": total - confirmed - rejected,
            "confirmed": confirmed,
            "rejected": rejected,
            "total": total,
        }

    def info(self) -> dict:
        """Everything ``bitext info`` prints, as plain data."""
        with self._snapshot():
            docs = {}
            for side in edits.SIDES:
                text, lang, path, encoding, fmt, checksum = self._document_row(side)
                n = self._one("SELECT count(*) FROM segment WHERE side = ?", (side,))[0]
                docs[side] = {
                    "path": path,
                    "lang": lang,
                    "format": fmt,
                    "encoding": encoding,
                    "checksum": checksum,
                    "characters": len(text),
                    "segments": n,
                    "edited": len(self.edited_segments(side)),
                }
            kinds = Counter(r.kind for r in (Bead(b.src, b.tgt) for b in self._records()))
            history = dict(
                self._db.execute("SELECT undone, count(*) FROM history GROUP BY undone").fetchall()
            )
            return {
                "path": str(self.path),
                "schema_version": user_version(self._db),
                "created": self.meta("created"),
                "creator": self.meta("creator"),
                "src_lang": docs["src"]["lang"],
                "tgt_lang": docs["tgt"]["lang"],
                "documents": docs,
                "beads": sum(kinds.values()),
                "bead_types": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
                "progress": self.progress(),
                "history": {"undo": history.get(0, 0), "redo": history.get(1, 0)},
                "glossary_records": self._one("SELECT count(*) FROM glossary")[0],
            }

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
            raise _busy_or(err, self.path) from None
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
            raise _busy_or(err, self.path) from None
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.OperationalError as err:
            self._db.execute("ROLLBACK")
            raise _busy_or(err, self.path) from None

    def _swap(self, removed: list[BeadRecord], added: list[BeadRecord]) -> list[BeadRecord]:
        """Delete ``removed`` and insert ``added``; return ``added`` with ids filled in."""
        self._db.executemany("DELETE FROM bead WHERE id = ?", [(r.id,) for r in removed])
        done = []
        for rec in added:
            cur = self._db.execute(
                f"INSERT INTO bead ({_BEAD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.id, *_tail(rec)),
            )
            done.append(rec if rec.id is not None else BeadRecord(cur.lastrowid, *_tail(rec)))
        return done

    def _set_texts(self, changes: list[tuple[str, int, str | None]]) -> None:
        self._db.executemany(
            "UPDATE segment SET edited = ? WHERE side = ? AND idx = ?",
            [(text, side, idx) for side, idx, text in changes],
        )

    def _record(self, label: str, change: dict) -> None:
        self._db.execute("DELETE FROM history WHERE undone = 1")
        self._db.execute(
            "INSERT INTO history (label, change, created) VALUES (?, ?, ?)",
            (label, json.dumps(change, ensure_ascii=False), now_utc()),
        )

    def _apply_plan(self, label: str, plan: edits.Plan) -> None:
        removed, added = plan
        if removed == added:
            return  # nothing changes: no history step either
        added = self._swap(removed, added)
        self._record(
            label,
            {
                "before": [r.to_json() for r in removed],
                "after": [r.to_json() for r in added],
            },
        )

    # ------------------------------------------------------------------ edits

    def set_status(self, position: int, status: str) -> None:
        edits.check_status(status)
        with self._write():
            rec = self._record_at(position)
            if rec.status != status:
                self._apply_plan(status, edits.plan_status(rec, status, now_utc()))

    def set_status_many(self, positions, status: str) -> int:
        """Set the status of several beads as one edit (one undo step); return how many changed."""
        edits.check_status(status)
        with self._write():
            records = self._records()
            removed, added, now = [], [], now_utc()
            for position in sorted(set(positions)):
                if not isinstance(position, int) or not 0 <= position < len(records):
                    raise BitextError(f"no bead at position {position!r}")
                rec = records[position]
                if rec.status != status:
                    before, after = edits.plan_status(rec, status, now)
                    removed += before
                    added += after
            if added:
                self._apply_plan(f"{status} {len(added)}", (removed, added))
        return len(added)

    def confirm(self, position: int) -> None:
        self.set_status(position, "confirmed")

    def reject(self, position: int) -> None:
        self.set_status(position, "rejected")

    def set_note(self, position: int, text: str) -> None:
        with self._write():
            rec = self._record_at(position)
            if rec.note != text:
                self._apply_plan("note", edits.plan_note(rec, text, now_utc()))

    def merge_next(self, position: int) -> None:
        """Merge the bead at ``position`` with the one after it."""
        with self._write():
            first = self._record_at(position)
            if position + 1 >= len(self):
                raise BitextError("cannot merge the last bead with a next one")
            second = self._record_at(position + 1)
            self._apply_plan("merge", edits.plan_merge(first, second, now_utc()))

    def split(self, position: int, src_at: int, tgt_at: int) -> None:
        """Split a bead into two after ``src_at`` source and ``tgt_at`` target sentences."""
        with self._write():
            rec = self._record_at(position)
            self._apply_plan("split", edits.plan_split(rec, src_at, tgt_at, now_utc()))

    def move(self, position: int, side: str, edge: str) -> None:
        """Move a sentence across a bead border.

        ``edge="first"`` moves the first sentence of ``side`` into the previous
        bead, ``edge="last"`` moves the last one into the next bead. A bead left
        with no sentences on either side disappears.
        """
        check_side(side)
        if edge not in ("first", "last"):
            raise BitextError(f"edge must be 'first' or 'last', not {edge!r}")
        with self._write():
            rec = self._record_at(position)
            now = now_utc()
            if edge == "first":
                if position == 0:
                    raise BitextError("the first bead has no previous bead to move into")
                plan = edits.plan_move_first(self._record_at(position - 1), rec, side, now)
            else:
                if position + 1 >= len(self):
                    raise BitextError("the last bead has no next bead to move into")
                plan = edits.plan_move_last(rec, self._record_at(position + 1), side, now)
            self._apply_plan(f"move {side} {edge}", plan)

    def insert_empty(self, position: int, side: str) -> None:
        """Detach ``side`` of a bead into its own 1-0 / 0-1 bead (source part first)."""
        with self._write():
            rec = self._record_at(position)
            self._apply_plan(f"detach {side}", edits.plan_detach(rec, side, now_utc()))

    def edit(self, side: str, segment_index: int, text: str) -> None:
        """Replace a segment's current text; the original stays stored beside it."""
        check_side(side)
        if not isinstance(text, str):
            raise BitextError("segment text must be a string")
        with self._write():
            row = self._one(
                "SELECT text, edited FROM segment WHERE side = ? AND idx = ?",
                (side, segment_index),
            )
            if row is None:
                raise BitextError(f"no {side} segment {segment_index}")
            original, before = row
            tags.check_edit(original, text)
            after = None if text == original else text
            if after == before:
                return
            self._set_texts([(side, segment_index, after)])
            self._record("edit", {"texts": [[side, segment_index, before, after]]})

    # ------------------------------------------------------------------ undo/redo

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
        keys = [_key(r) for r in removed + added] + held
        if not keys:
            return Change(label, 0, 0, 0)
        # Beads ordered before the lowest touched key keep their places through the
        # swap: count them once (the long count), then only short ranges above it.
        low = min(keys)
        base = self._position_of_key(low)
        old = [base + self._count_from(low, _key(r)) for r in removed]
        self._swap(removed, added)
        new = [base + self._count_from(low, _key(r)) for r in added]
        self._set_texts([(s, i, a if forward else b) for s, i, b, a in texts])
        for key in held:
            old.append(base + self._count_from(low, key))
            new.append(old[-1])
        return _window(label, old, new, len(added) - len(removed))

    def _position_of_key(self, key: int) -> int:
        """Position of the bead whose ``src_start + tgt_start`` is ``key`` (the order index)."""
        return self._one("SELECT count(*) FROM bead WHERE src_start + tgt_start < ?", (key,))[0]

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

    # ------------------------------------------------------------------ glossary

    def glossary_records(self) -> list[dict]:
        """Stored glossary records, in the order they were saved."""
        rows = self._db.execute("SELECT record FROM glossary ORDER BY ord")
        return [json.loads(row[0]) for row in rows]

    def save_glossary_records(self, records: list[dict]) -> None:
        """Replace all glossary records (each needs "id", "canonical" and "status")."""
        prepared, seen = [], set()
        for n, record in enumerate(records):
            missing = [k for k in ("id", "canonical", "status") if k not in record]
            if missing:
                raise BitextError(f"glossary record {n} lacks {', '.join(missing)}")
            key = str(record["id"])
            if key in seen:
                raise BitextError(f"glossary record id {key!r} occurs twice")
            seen.add(key)
            try:
                blob = json.dumps(record, ensure_ascii=False)
            except (TypeError, ValueError) as err:
                raise BitextError(f"glossary record {key!r} is not JSON data: {err}") from None
            prepared.append((key, str(record["canonical"]), str(record["status"]), blob, n))
        with self._write():
            self._db.execute("DELETE FROM glossary")
            self._db.executemany(
                "INSERT INTO glossary (id, canonical, status, record, ord) VALUES (?, ?, ?, ?, ?)",
                prepared,
            )


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


def _key(rec: BeadRecord) -> int:
    return rec.src_start + rec.tgt_start


def _window(label: str, old: list[int], new: list[int], delta: int) -> Change:
    """The smallest row window holding every touched position, before and after a step."""
    if not old and not new:
        return Change(label, 0, 0, 0)
    start = min(old + new)
    old_stop = max(max(old, default=start - 1) + 1, max(new, default=start - 1) + 1 - delta)
    return Change(label, start, old_stop, old_stop + delta)


@contextmanager
def _no_collection() -> Iterator[None]:
    """Pause the cycle collector while building many rows.

    Building rows only allocates (no reference cycles), yet at 50,000 rows the
    collector walks the growing heap again and again: a fifth of ``beads()``.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@contextmanager
def damaged_as_error(path: str | os.PathLike) -> Iterator[None]:
    """Turn SQLite's complaints about a damaged or locked file into one-line errors."""
    try:
        yield
    except sqlite3.OperationalError as err:
        raise _busy_or(err, Path(path)) from None
    except sqlite3.DatabaseError as err:
        raise BitextError(f"damaged project file ({err})", str(path)) from None


def _busy_or(err: sqlite3.OperationalError, path: Path) -> BitextError:
    text = str(err)
    if "locked" in text or "busy" in text:
        return BitextError(
            "the project is busy: another bitext process is writing it; try again when it is done",
            str(path),
        )
    return BitextError(f"cannot use the project file: {text}", str(path))


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
