"""What the project hands out: beads as a screen shows them, and what an undo rewrote."""

from __future__ import annotations

from dataclasses import dataclass


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
    bookmark: bool = False

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
    #: the step changed glossary records (a view re-reads them)
    glossary: bool = False

    @property
    def delta(self) -> int:
        """How many beads the step added (negative: removed)."""
        return self.new_stop - self.old_stop


def window(
    label: str, old: list[int], new: list[int], delta: int, glossary: bool = False
) -> Change:
    """The smallest row window holding every touched position, before and after a step."""
    if not old and not new:
        return Change(label, 0, 0, 0, glossary)
    start = min(old + new)
    old_stop = max(max(old, default=start - 1) + 1, max(new, default=start - 1) + 1 - delta)
    return Change(label, start, old_stop, old_stop + delta, glossary)
