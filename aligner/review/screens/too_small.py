"""Shown instead of the review screen while the terminal is too small to draw it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

MIN_WIDTH = 60
MIN_HEIGHT = 12


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(Screen[None]):
    """A plain message; it goes away by itself when the terminal grows."""

    BINDINGS = [Binding("q,ctrl+q", "app.quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static("", id="too-small")

    def on_mount(self) -> None:
        self.update_size(self.app.size.width, self.app.size.height)

    def update_size(self, width: int, height: int) -> None:
        self.query_one("#too-small", Static).update(
            f"Terminal too small: {width}×{height}.\n"
            f"bitext review needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n"
            "Enlarge the window, or press q to quit (nothing is lost)."
        )
