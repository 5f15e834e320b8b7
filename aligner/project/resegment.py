"""Re-segmenting inside a bead: join two sentences into one, or cut one sentence in two.

The segmenter's mistakes (a cut after "Dr.", a missed boundary after a
quotation) are fixed in the segments themselves, not by storing a line
break inside one: a joined sentence is one segment whose span runs from the
first one's start to the second one's end, and a cut sentence becomes two
segments whose spans cover the original one. Every later segment on that
side is renumbered, and so is every bead after the one edited (their ranges
count segments), in the same transaction, as one undo step.

A step stores the segments it replaced and the ones it made, plus the
holding bead before and after; undo is the same operation the other way
round. Earlier steps that name later sentences by their old numbers no
longer match the file, so history refuses to undo them past this step (see
:meth:`~aligner.project.history.History._unchanged_since`), as it refuses
any step whose beads changed since.
"""

from __future__ import annotations

from dataclasses import replace

from aligner.errors import BitextError
from aligner.project.base import ProjectBase, order_key
from aligner.project.connection import now_utc
from aligner.project.edits import BeadRecord, check_side
from aligner.project.rows import Change

#: Added to indices while renumbering, so no row passes through a number still in use.
_PARK = 1 << 40

_SEGMENT = 'text, start, "end", paragraph, edited'


def join_texts(first: str, second: str, gap: str = " ") -> str:
    """Two sentences as one line of text: the break between them becomes one space.

    ``gap`` is what stood between them in the document: with nothing there
    (a sentence cut inside a word) they join with nothing between them.
    """
    a, b = first.rstrip(), second.lstrip()
    return f"{a} {b}" if a and b and gap else a + b


class Resegmenting(ProjectBase):
    """Joining and cutting sentences; each is one undo step."""

    def join_sentences(self, where, side: str, k: int) -> None:
        """Join sentence ``k`` of a bead's ``side`` (counting from 0) with sentence ``k + 1``."""
        check_side(side)
        with self._write():
            rec = self._target(where)
            rng = rec.side(side)
            if not 0 <= k < len(rng) - 1:
                raise BitextError(
                    f"cannot join sentence {k + 1} with the next one: the bead holds "
                    f"{len(rng)} {side} sentence{'s' if len(rng) != 1 else ''}"
                )
            at = rng.start + k
            old = self._segment_rows(side, at, 2)
            (t1, s1, end1, par, e1), (t2, s2, end2, _, e2) = old
            gap = self._one(
                "SELECT substr(text, ?, ?) FROM document WHERE side = ?",
                (end1 + 1, max(s2 - end1, 0), side),
            )[0]
            joined = join_texts(t1, t2, gap)
            edited = None if e1 is None and e2 is None else join_texts(e1 or t1, e2 or t2, gap)
            new = [[joined, s1, end2, par, edited]]
            after = replace(rec.with_side(side, range(rng.start, rng.stop - 1)), **_fresh())
            self._resegment_step("join sentences", rec, after, side, at, old, new)

    def split_sentence(self, where, side: str, k: int, at: int) -> None:
        """Cut sentence ``k`` of a bead's ``side`` in two before character ``at`` of its text."""
        check_side(side)
        with self._write():
            rec = self._target(where)
            rng = rec.side(side)
            if not 0 <= k < len(rng):
                raise BitextError(f"no {side} sentence {k + 1} in this bead (it holds {len(rng)})")
            index = rng.start + k
            old = self._segment_rows(side, index, 1)
            text, start, end, par, edited = old[0]
            if edited is not None:
                raise BitextError(
                    "this sentence was edited: cut it before editing, or undo the edit first"
                )
            first, second = text[:at].rstrip(), text[at:].lstrip()
            if not (0 < at < len(text)) or not first or not second:
                raise BitextError(
                    f"cannot cut the sentence at character {at}: both parts must hold text"
                )
            raw = self._one("SELECT text FROM document WHERE side = ?", (side,))[0][start:end]
            cut = _raw_cut(raw, text, at, second)
            if cut is None:
                raise BitextError("cannot find where to cut this sentence in the original text")
            first_end = start + len(raw[:cut].rstrip())
            new = [[first, start, first_end, par, None], [second, start + cut, end, par, None]]
            after = replace(rec.with_side(side, range(rng.start, rng.stop + 1)), **_fresh())
            self._resegment_step("split sentence", rec, after, side, index, old, new)

    # ------------------------------------------------------------------ the step

    def _segment_rows(self, side: str, at: int, count: int) -> list[list]:
        rows = self._db.execute(
            f"SELECT {_SEGMENT} FROM segment WHERE side = ? AND idx >= ? AND idx < ? ORDER BY idx",
            (side, at, at + count),
        ).fetchall()
        if len(rows) != count:
            raise self._damaged_segments(side, at)
        held = self._one(
            "SELECT count(*) FROM tm_segment WHERE side = ? AND idx >= ? AND idx < ?",
            (side, at, at + count),
        )[0]
        if held:
            raise BitextError(
                "these sentences came from translation units of an imported TMX: their units "
                "would no longer match; re-segmenting them is not supported"
            )
        return [list(row) for row in rows]

    def _damaged_segments(self, side: str, at: int) -> BitextError:
        return BitextError(f"damaged project file: {side} segment {at} is missing", str(self.path))

    def _resegment_step(self, label, before, after, side, at, old, new) -> None:
        change = {
            "resegment": {"side": side, "at": at, "before": old, "after": new},
            "before": [before.to_json()],
            "after": [after.to_json()],
        }
        self._db.execute("DELETE FROM bead WHERE id = ?", (before.id,))
        self._renumber(side, at, old, new)
        self._swap([], [after])
        self._record(label, change)

    def _renumber(self, side: str, at: int, old: list, new: list) -> None:
        """Replace segments ``at:at+len(old)`` by ``new``; shift every later segment and bead.

        The bead that held the replaced segments must be out of the table.
        Rows are first parked far beyond any index in use and then brought
        back, so the unique keys never meet midway.
        """
        stop, delta = at + len(old), len(new) - len(old)
        self._db.execute(
            "DELETE FROM segment WHERE side = ? AND idx >= ? AND idx < ?", (side, at, stop)
        )
        if delta:
            for table in ("segment", "tm_segment"):
                self._db.execute(
                    f"UPDATE {table} SET idx = idx + ? WHERE side = ? AND idx >= ?",
                    (_PARK, side, stop),
                )
                self._db.execute(
                    f"UPDATE {table} SET idx = idx - ? WHERE side = ? AND idx >= ?",
                    (_PARK - delta, side, _PARK),
                )
            for shift, threshold in ((_PARK, stop), (delta - _PARK, _PARK)):
                self._db.execute(
                    f"UPDATE bead SET {side}_start = {side}_start + ?, "
                    f"{side}_stop = {side}_stop + ? WHERE {side}_start >= ?",
                    (shift, shift, threshold),
                )
        self._db.executemany(
            f"INSERT INTO segment (side, idx, {_SEGMENT}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(side, at + k, *row) for k, row in enumerate(new)],
        )

    def _replay_resegment(self, label: str, change: dict, forward: bool) -> Change:
        """Undo (``forward=False``) or redo a join or a cut; the window runs to the last bead."""
        step = change["resegment"]
        before = BeadRecord.from_json(change["before"][0])
        after = BeadRecord.from_json(change["after"][0])
        gone, made = (before, after) if forward else (after, before)
        old, new = (step["before"], step["after"]) if forward else (step["after"], step["before"])
        position = self._position_of_key(order_key(gone))
        self._db.execute("DELETE FROM bead WHERE id = ?", (gone.id,))
        self._renumber(step["side"], step["at"], old, new)
        self._swap([], [made])
        total = len(self)
        return Change(label, position, total, total)

    def _resegment_unchanged(self, change: dict, forward: bool) -> bool:
        """True while the segments a join or cut left (or found, for redo) are as it left them."""
        step = change["resegment"]
        rows = step["after"] if not forward else step["before"]
        side, at = step["side"], step["at"]
        now = self._db.execute(
            f"SELECT {_SEGMENT} FROM segment WHERE side = ? AND idx >= ? AND idx < ? ORDER BY idx",
            (side, at, at + len(rows)),
        ).fetchall()
        return [list(r) for r in now] == [list(r) for r in rows]


def _fresh() -> dict:
    # A bead whose sentences changed is no longer what the reviewer confirmed.
    return {"status": "unreviewed", "changed": now_utc()}


def _raw_cut(raw: str, text: str, at: int, second: str) -> int | None:
    """Where in the raw source ``raw`` the second part starts (the text may drop markup)."""
    if raw == text:
        return at + (len(text[at:]) - len(text[at:].lstrip()))
    for size in (len(second), 40, 20, 10):
        probe = second[:size]
        if probe and raw.count(probe) == 1:
            return raw.index(probe)
    return None
