"""Keeping the minimap in step with the review screen (a mix-in of the screen).

The cursor marker moves with every key; the strip itself is re-read from
the project (one grouped query) only when the rows changed, and for a large
project a moment after the last change, so fast keys never wait for it.
"""

from __future__ import annotations

from aligner.project.path import strip
from aligner.review.widgets.minimap import Minimap

SYNC_UP_TO = 2_000
"""Up to this many beads the strip is redrawn at once; beyond, after :data:`DELAY`
(the grouped query takes about 0.1-0.3 s at 50,000 beads on a shared machine)."""
DELAY = 0.3


class MinimapFeed:
    _minimap_seen: object = None
    _minimap_timer = None

    @property
    def minimap(self) -> Minimap:
        return self.query_one("#minimap", Minimap)

    def refresh_minimap(self) -> None:
        """Move the marker; redraw the strip if the rows changed since the last time."""
        minimap = self.minimap
        minimap.move(self.beads.current)
        if self._progress is self._minimap_seen:
            return
        self._minimap_seen = self._progress  # a new dict after every edit or reload
        if len(self.rows) <= SYNC_UP_TO:
            self.redraw_minimap()
            return
        if self._minimap_timer is not None:
            self._minimap_timer.stop()
        self._minimap_timer = self.set_timer(DELAY, self.redraw_minimap)

    def redraw_minimap(self) -> None:
        minimap = self.minimap
        if not minimap.size.height:
            return
        total = len(self.project)
        minimap.show(strip(self.project, min(minimap.lines, max(total, 1))), total)

    def on_minimap_resized(self, event: Minimap.Resized) -> None:
        self.redraw_minimap()

    def on_minimap_picked(self, event: Minimap.Picked) -> None:
        self.load_all()
        if 0 <= event.position < len(self.rows):
            self._go_to_row(event.position)
