"""The minimap: the whole document as a narrow strip beside the bead list.

Each line of the strip stands for an equal stretch of beads (from
:func:`aligner.project.path.strip`): orange where the stretch holds doubtful
beads, green where all of it is confirmed, grey where some is rejected, dim
where it is unreviewed, and a marker on the line holding the cursor. So a
reviewer sees how far the work has come and where the aligner was unsure,
as the scroll bar of a code editor shows search hits. Clicking a line goes
to the first bead of its stretch.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from aligner.project.path import StripCell, cell_of

WIDTH = 2
"""One column of strip and one for the cursor marker."""

_GLYPHS = {
    "doubtful": ("█", Style(color="dark_orange", bold=True)),
    "confirmed": ("█", Style(color="green")),
    "rejected": ("▒", Style(color="grey50")),
    "mixed": ("▓", Style(color="green", dim=True)),
    "unreviewed": ("│", Style(color="grey42")),
    "empty": (" ", Style()),
}


def cell_kind(cell: StripCell) -> str:
    """What a line of the strip shows: doubt first, since it asks for work."""
    if cell.beads == 0:
        return "empty"
    if cell.doubtful:
        return "doubtful"
    if cell.confirmed == cell.beads:
        return "confirmed"
    if cell.rejected:
        return "rejected"
    if cell.confirmed:
        return "mixed"
    return "unreviewed"


class Minimap(Widget):
    """A strip as high as the widget; the screen feeds it cells and the cursor position.

    The screen asks for at most one cell per line and per bead; a short
    document's few cells are spread over the lines.
    """

    class Picked(Message):
        """The reader clicked a line: go to the bead at ``position``."""

        def __init__(self, position: int) -> None:
            super().__init__()
            self.position = position

    class Resized(Message):
        """The strip has room for another number of cells: the screen reads them again."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.cells: list[StripCell] = []
        self.total = 0
        self.cursor: int | None = None

    @property
    def lines(self) -> int:
        """How many cells the strip has room for."""
        return max(self.size.height, 1)

    def show(self, cells: list[StripCell], total: int) -> None:
        self.cells, self.total = cells, total
        self.refresh()

    def move(self, position: int | None) -> None:
        if position != self.cursor:
            self.cursor = position
            self.refresh()

    def _cell_at(self, y: int) -> int:
        """The cell line ``y`` shows: with fewer cells than lines, a cell spans several."""
        return min(y * len(self.cells) // self.lines, len(self.cells) - 1)

    def kinds(self) -> list[str]:
        """What each line shows, top to bottom (for tests)."""
        if not self.cells:
            return []
        return [cell_kind(self.cells[self._cell_at(y)]) for y in range(self.lines)]

    def cursor_lines(self) -> list[int]:
        """The lines showing the stretch that holds the cursor's bead."""
        if self.cursor is None or not self.cells:
            return []
        cell = cell_of(self.cursor, self.total, len(self.cells))
        return [y for y in range(self.lines) if self._cell_at(y) == cell]

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="crop")
        if not self.cells:
            return text
        marked = set(self.cursor_lines())
        for y in range(self.lines):
            glyph, style = _GLYPHS[cell_kind(self.cells[self._cell_at(y)])]
            text.append(glyph, style)
            text.append("◀" if y in marked else " ", Style(bold=True))
            if y < self.lines - 1:
                text.append("\n")
        return text

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized())

    def on_click(self, event: events.Click) -> None:
        if self.cells and self.total:
            cell = self._cell_at(min(max(event.y, 0), self.lines - 1))
            # the first bead of the cell's stretch (the inverse of cell_of)
            first = -(-cell * self.total // len(self.cells))
            self.post_message(self.Picked(min(first, self.total - 1)))
