"""Reading a project: documents, segments, beads with their texts, progress and facts.

Nothing is cached in memory: each read asks the database, so two processes
on one file see each other's committed work. Several reads that must agree
run in one snapshot (a read transaction).
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from aligner.errors import BitextError
from aligner.project import edits
from aligner.project.base import BEAD_COLUMNS, ORDER, ProjectBase
from aligner.project.doubt import DOUBT_SQL, is_doubtful
from aligner.project.edits import check_side
from aligner.project.rows import BeadRow
from aligner.project.schema import user_version
from aligner.types import Alignment, Bead, Document, Segment


class Reads(ProjectBase):
    """Every read of ``Project``; none of them changes the file."""

    def __repr__(self) -> str:
        mode = ", readonly" if self.readonly else ""
        return f"Project({str(self.path)!r}{mode})"

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
            bookmark=bool(rec.bookmark),
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
                f"SELECT {BEAD_COLUMNS} FROM bead {ORDER} LIMIT ? OFFSET ?", (hi - lo, lo)
            ).fetchall()
            src_lo, src_hi = min(r[1] for r in records), max(r[2] for r in records)
            tgt_lo, tgt_hi = min(r[3] for r in records), max(r[4] for r in records)
            src, edited_src = self._texts_between("src", src_lo, src_hi)
            tgt, edited_tgt = self._texts_between("tgt", tgt_lo, tgt_hi)
            if len(src) != src_hi - src_lo or len(tgt) != tgt_hi - tgt_lo:
                raise self._damaged("beads cover sentences the file does not hold")
            rows = self._build_rows(lo, records, src_lo, src, edited_src, tgt_lo, tgt, edited_tgt)
            if hi == len(self) and (src_hi, tgt_hi) != self._sentence_counts():
                raise self._damaged("the beads do not reach the end of the texts")
            return rows

    def _sentence_counts(self) -> tuple[int, int]:
        return tuple(
            self._one("SELECT coalesce(max(idx) + 1, 0) FROM segment WHERE side = ?", (side,))[0]
            for side in edits.SIDES
        )

    def _damaged(self, what: str) -> BitextError:
        return BitextError(f"damaged project file: {what}", str(self.path))

    def _broken_chain(self, position: int, ss: int, ts: int, ps: int, pt: int) -> BitextError:
        return self._damaged(
            f"bead {position} starts at sentences {ss}/{ts} but the one before it ends at "
            f"{ps}/{pt} (overlapping or missing sentences)"
        )

    def _build_rows(self, lo, records, src_lo, src, edited_src, tgt_lo, tgt, edited_tgt):
        """Rows from the SQL tuples, checking on the way that each bead starts where the
        previous one ended: overlapping beads (a damaged file) would repeat sentences."""
        rows: list[BeadRow] = []
        append, join = rows.append, " ".join
        any_edited = bool(edited_src or edited_tgt)
        ps, pt = (0, 0) if lo == 0 else (records[0][1], records[0][3])
        for position, (bead_id, ss, se, ts, te, score, status, note, changed, mark) in enumerate(
            records, lo
        ):
            if ss != ps or ts != pt:
                raise self._broken_chain(position, ss, ts, ps, pt)
            ps, pt = se, te
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
                    bool(mark),
                )
            )
        return rows

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

    def bead_with_id(self, bead_id: int) -> BeadRow:
        """The bead with this stable id, wherever it is now (BitextError if it is gone)."""
        with self._snapshot():
            return self.bead(self.position_of(bead_id))

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
        with self._snapshot():
            row = self._one("SELECT src_start + tgt_start FROM bead WHERE id = ?", (bead_id,))
            if row is None:
                raise BitextError(f"no bead with id {bead_id}")
            return self._position_of_key(row[0])

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
                "doubtful": [is_doubtful(r) for r in rows],
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
                "doubtful",
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
            records = self._records()
            self._check_chain(records)
            kinds = Counter(f"{len(r.src)}-{len(r.tgt)}" for r in records)
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
                "doubtful": self._one(f"SELECT count(*) FROM bead WHERE {DOUBT_SQL}")[0],
                "readonly": self.readonly_reason,
            }

    def _check_chain(self, records) -> None:
        """Each bead starts where the one before ended, and the last ends with the texts."""
        ps = pt = 0
        for position, rec in enumerate(records):
            if rec.src_start != ps or rec.tgt_start != pt:
                raise self._broken_chain(position, rec.src_start, rec.tgt_start, ps, pt)
            ps, pt = rec.src_stop, rec.tgt_stop
        if (ps, pt) != self._sentence_counts():
            raise self._damaged("the beads do not reach the end of the texts")


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
