"""Edit operations as pure functions on bead records.

Each plan takes the beads an operation touches and returns ``(removed, added)``:
the store deletes the removed rows and inserts the added ones in one
transaction, and undo is the same swap the other way round. Keeping the
arithmetic here, away from SQL, lets it be tested and reasoned about alone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from aligner.errors import BitextError

STATUSES = ("unreviewed", "confirmed", "rejected")
SIDES = ("src", "tgt")


@dataclass(frozen=True, slots=True)
class BeadRecord:
    """One stored bead; ``id`` is None until the store assigns one."""

    id: int | None
    src_start: int
    src_stop: int
    tgt_start: int
    tgt_stop: int
    score: float
    status: str = "unreviewed"
    note: str = ""
    changed: str = ""
    bookmark: int = 0  # 1 when bookmarked (an older history step has no such field)

    @property
    def src(self) -> range:
        return range(self.src_start, self.src_stop)

    @property
    def tgt(self) -> range:
        return range(self.tgt_start, self.tgt_stop)

    def side(self, side: str) -> range:
        return self.src if side == "src" else self.tgt

    def with_side(self, side: str, rng: range) -> BeadRecord:
        if side == "src":
            return replace(self, src_start=rng.start, src_stop=rng.stop)
        return replace(self, tgt_start=rng.start, tgt_stop=rng.stop)

    @property
    def empty(self) -> bool:
        return self.src_stop == self.src_start and self.tgt_stop == self.tgt_start

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> BeadRecord:
        return cls(**data)


Plan = tuple[list[BeadRecord], list[BeadRecord]]


def check_side(side: str) -> None:
    if side not in SIDES:
        raise BitextError(f"side must be 'src' or 'tgt', not {side!r}")


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise BitextError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")


def _restructured(bead: BeadRecord, now: str) -> BeadRecord:
    # A bead whose sentences changed is no longer what the reviewer confirmed.
    return replace(bead, status="unreviewed", changed=now)


def plan_status(bead: BeadRecord, status: str, now: str) -> Plan:
    check_status(status)
    return [bead], [replace(bead, status=status, changed=now)]


def plan_note(bead: BeadRecord, note: str, now: str) -> Plan:
    return [bead], [replace(bead, note=note, changed=now)]


def plan_bookmark(bead: BeadRecord, on: bool, now: str) -> Plan:
    return [bead], [replace(bead, bookmark=int(on), changed=now)]


def plan_merge(first: BeadRecord, second: BeadRecord, now: str) -> Plan:
    """Join two neighbouring beads into one that keeps the first one's id."""
    notes = "\n".join(n for n in (first.note, second.note) if n)
    merged = replace(
        first,
        src_stop=second.src_stop,
        tgt_stop=second.tgt_stop,
        score=min(first.score, second.score),
        note=notes,
        bookmark=first.bookmark or second.bookmark,
    )
    return [first, second], [_restructured(merged, now)]


def plan_split(bead: BeadRecord, src_at: int, tgt_at: int, now: str) -> Plan:
    """Cut a bead after ``src_at`` source and ``tgt_at`` target sentences."""
    n_src, n_tgt = len(bead.src), len(bead.tgt)
    if not (0 <= src_at <= n_src and 0 <= tgt_at <= n_tgt):
        raise BitextError(
            f"cannot split a {n_src}-{n_tgt} bead after {src_at} source and {tgt_at} "
            "target sentences: out of range"
        )
    if src_at == 0 and tgt_at == 0:
        raise BitextError("cannot split at 0 on both sides: the first part would be empty")
    if src_at == n_src and tgt_at == n_tgt:
        raise BitextError("cannot split at the end on both sides: the second part would be empty")
    first = replace(bead, src_stop=bead.src_start + src_at, tgt_stop=bead.tgt_start + tgt_at)
    second = replace(
        bead,
        id=None,
        src_start=bead.src_start + src_at,
        tgt_start=bead.tgt_start + tgt_at,
        note="",
        bookmark=0,
    )
    return [bead], [_restructured(first, now), _restructured(second, now)]


def plan_move_first(prev: BeadRecord, bead: BeadRecord, side: str, now: str) -> Plan:
    """Move the first sentence of ``side`` of ``bead`` to the end of ``prev``."""
    check_side(side)
    rng = bead.side(side)
    if not rng:
        raise BitextError(f"nothing to move: the {side} side of this bead is empty")
    new_prev = prev.with_side(side, range(prev.side(side).start, rng.start + 1))
    new_bead = bead.with_side(side, range(rng.start + 1, rng.stop))
    added = [_restructured(new_prev, now)]
    if not new_bead.empty:
        added.append(_restructured(new_bead, now))
    return [prev, bead], added


def plan_move_last(bead: BeadRecord, nxt: BeadRecord, side: str, now: str) -> Plan:
    """Move the last sentence of ``side`` of ``bead`` to the start of ``nxt``."""
    check_side(side)
    rng = bead.side(side)
    if not rng:
        raise BitextError(f"nothing to move: the {side} side of this bead is empty")
    new_bead = bead.with_side(side, range(rng.start, rng.stop - 1))
    new_next = nxt.with_side(side, range(rng.stop - 1, nxt.side(side).stop))
    added = []
    if not new_bead.empty:
        added.append(_restructured(new_bead, now))
    added.append(_restructured(new_next, now))
    return [bead, nxt], added


def plan_detach(bead: BeadRecord, side: str, now: str) -> Plan:
    """Give one side of ``bead`` its own bead: an n-0 then a 0-m bead, in that order."""
    check_side(side)
    if not bead.src or not bead.tgt:
        raise BitextError(
            f"this {len(bead.src)}-{len(bead.tgt)} bead already has only one side to detach"
        )
    src_only = replace(bead, tgt_stop=bead.tgt_start)
    tgt_only = replace(bead, src_start=bead.src_stop, note="", bookmark=0)
    if side == "src":
        src_only = replace(src_only, id=None, note="", bookmark=0)
        tgt_only = replace(tgt_only, id=bead.id, note=bead.note, bookmark=bead.bookmark)
    else:
        tgt_only = replace(tgt_only, id=None)
    return [bead], [_restructured(src_only, now), _restructured(tgt_only, now)]
