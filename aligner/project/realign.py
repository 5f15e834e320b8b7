"""Re-align part of a project: run the aligner again on a stretch of beads, nothing else.

After a reviewer fixes an anchor (confirms a bead the aligner got wrong, or
moves a sentence), the beads between two confirmed beads may be better
aligned afresh than mended one by one. :meth:`Realigning.realign` runs
:func:`aligner.align.align` on the sentences of a range of beads and swaps
the new beads in, as one undo step. Confirmed beads inside the range stay
exactly as they are: they split the range into stretches aligned on their
own, so a reviewer's decision is never overwritten. Beads outside the range
are untouched.
"""

from __future__ import annotations

from dataclasses import replace

from aligner.project.base import BEAD_COLUMNS, ProjectBase, order_key
from aligner.project.connection import now_utc
from aligner.project.edits import BeadRecord


def _shape(rec: BeadRecord) -> tuple[int, int, int, int]:
    return rec.src_start, rec.src_stop, rec.tgt_start, rec.tgt_stop


class Realigning(ProjectBase):
    """Re-running the aligner on part of the project."""

    def stretch_around(self, position: int) -> tuple[int, int] | None:
        """``(first, last)`` positions of the beads between the confirmed beads around one.

        The stretch reaches up to the nearest confirmed bead above ``position``
        and down to the nearest below (or the ends of the text), both left out.
        None when the bead at ``position`` is itself confirmed.
        """
        with self._snapshot():
            rec = self._record_at(position)
            if rec.status == "confirmed":
                return None
            key = order_key(rec)
            above = self._one(
                "SELECT max(src_start + tgt_start) FROM bead "
                "WHERE status = 'confirmed' AND src_start + tgt_start < ?",
                (key,),
            )[0]
            below = self._one(
                "SELECT min(src_start + tgt_start) FROM bead "
                "WHERE status = 'confirmed' AND src_start + tgt_start > ?",
                (key,),
            )[0]
            first = 0 if above is None else self._position_of_key(above) + 1
            last = len(self) - 1 if below is None else self._position_of_key(below) - 1
            return first, last

    def realign(self, first, last, *, mode: str = "full") -> tuple[int, int]:
        """Align the beads from ``first`` to ``last`` (inclusive) again; one undo step.

        ``first`` and ``last`` are positions or rows read earlier (by stable id).
        Confirmed beads in the range are kept as anchors. Returns the positions
        ``(first, last)`` the range covers now (its bead count may change).
        """
        from aligner.align import align

        with self._write():
            a, b = self._target(first), self._target(last)
            if order_key(a) > order_key(b):
                a, b = b, a
            old = [
                BeadRecord(*row)
                for row in self._db.execute(
                    f"SELECT {BEAD_COLUMNS} FROM bead WHERE src_start + tgt_start BETWEEN ? AND ? "
                    "ORDER BY src_start + tgt_start",
                    (order_key(a), order_key(b)),
                )
            ]
            langs = {
                side: self._one("SELECT lang FROM document WHERE side = ?", (side,))[0]
                for side in ("src", "tgt")
            }
            now = now_utc()
            new: list[BeadRecord] = []
            for stretch in _stretches(old):
                if stretch[0].status == "confirmed":
                    new += stretch
                    continue
                src_lo, tgt_lo = stretch[0].src_start, stretch[0].tgt_start
                src, _ = self._texts_between("src", src_lo, stretch[-1].src_stop)
                tgt, _ = self._texts_between("tgt", tgt_lo, stretch[-1].tgt_stop)
                result = align(
                    src, tgt, src_lang=langs["src"], tgt_lang=langs["tgt"], mode=mode,
                    progress=False,
                )  # fmt: skip
                fresh = [
                    BeadRecord(
                        None, src_lo + bead.src.start, src_lo + bead.src.stop,
                        tgt_lo + bead.tgt.start, tgt_lo + bead.tgt.stop,
                        float(bead.score), "unreviewed", "", now,
                    )
                    for bead in result.beads
                ]  # fmt: skip
                new += _keep_unchanged(stretch, fresh)
            kept = {r.id for r in new if r.id is not None}
            removed = [r for r in old if r.id not in kept]
            added = [r for r in new if r.id is None]
            start = self._position_of_key(order_key(old[0]))
            if not removed and not added:
                return start, start + len(old) - 1
            stored = self._swap(removed, added)
            self._record(
                f"re-align {len(old)} beads",
                {
                    "before": [r.to_json() for r in removed],
                    "after": [r.to_json() for r in stored],
                },
            )
            return start, start + len(new) - 1


def _stretches(records: list[BeadRecord]) -> list[list[BeadRecord]]:
    """Runs of unconfirmed beads, and each confirmed bead on its own."""
    out: list[list[BeadRecord]] = []
    for rec in records:
        if rec.status == "confirmed" or not out or out[-1][0].status == "confirmed":
            out.append([rec])
        else:
            out[-1].append(rec)
    return out


def _keep_unchanged(old: list[BeadRecord], fresh: list[BeadRecord]) -> list[BeadRecord]:
    """Fresh beads, except that a bead the aligner drew again as it was stays the old one.

    Its id, status and note survive, and the undo step holds only what changed.
    Notes of beads that do change go to the new bead holding their first sentence.
    """
    by_shape = {_shape(r): r for r in old}
    out = [by_shape.get(_shape(r), r) for r in fresh]
    for rec in old:
        if not rec.note or _shape(rec) in {_shape(r) for r in fresh}:
            continue
        for k, new in enumerate(out):
            if new.id is None and _holds_start(new, rec):
                note = "\n".join(n for n in (new.note, rec.note) if n)
                out[k] = replace(new, note=note)
                break
    return out


def _holds_start(new: BeadRecord, old: BeadRecord) -> bool:
    if old.src_stop > old.src_start:
        return new.src_start <= old.src_start < new.src_stop
    return new.tgt_start <= old.tgt_start < new.tgt_stop
