"""The rows of a large project, read a page at a time while the first screens are drawn.

The review screen indexes its rows like a list. For a large project the
first screen should not wait for every bead, so this sequence starts empty
and reads a page of beads through ``Project.beads(start, stop)`` the first
time one of them is asked for; the screen swaps it for a plain list once it
has read all beads, right after the first screen is up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from aligner.errors import BitextError
from aligner.project import BeadRow, Project

PAGE = 200
"""Beads read at a time: a screen or two, a couple of milliseconds."""


class PagedRows(Sequence):
    """The project's beads in reading order; each page is read on first use."""

    def __init__(self, project: Project, on_error: Callable[[BitextError], None]) -> None:
        self.project = project
        self.on_error = on_error
        self._rows: list[BeadRow | None] = [None] * len(project)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        row = self._rows[index]
        if row is None:
            self.read_page(index)
            row = self._rows[index]
        return row

    def __setitem__(self, index, rows) -> None:
        """Replace rows the screen re-read after an edit (slices may change the length)."""
        self._rows[index] = rows

    def __iter__(self) -> Iterator[BeadRow]:
        return (self[i] for i in range(len(self._rows)))

    def read_page(self, index: int) -> None:
        """Read the page holding row ``index`` (a no-op for rows already read)."""
        n = len(self._rows)
        index = index + n if index < 0 else index
        lo = index - index % PAGE
        try:
            rows = self.project.beads(lo, min(lo + PAGE, n))
        except BitextError as err:
            self.on_error(err)  # the app ends with the error; draw blanks until it does
            rows = []
        rows += [_blank(i) for i in range(lo + len(rows), min(lo + PAGE, n))]
        self._rows[lo : lo + len(rows)] = rows


def _blank(position: int) -> BeadRow:
    return BeadRow(-1, position, range(0), range(0), "", "", [], [], 1.0, "unreviewed", "")
