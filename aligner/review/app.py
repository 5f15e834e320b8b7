"""The review app: opens on the review screen of one project and keeps nothing else.

All state lives in the project file; the app only routes keys, the command
palette and terminal resizes to the screens.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual import events
from textual.app import App, SystemCommand
from textual.screen import Screen

from aligner.errors import BitextError
from aligner.review.keymap import KEYS
from aligner.review.screens.main import ReviewScreen
from aligner.review.screens.too_small import TooSmallScreen, too_small


class ReviewApp(App[None]):
    """``ReviewApp(project).run()``: review the beads of an open project."""

    CSS_PATH = "review.tcss"
    TITLE = "bitext review"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, project) -> None:
        super().__init__()
        self.project = project
        self.review = ReviewScreen(project)
        self.failure: BitextError | None = None

    def fail(self, error: BitextError) -> None:
        """Stop on a problem with the project file; the caller re-raises ``failure``."""
        self.failure = error
        self.exit(return_code=2)

    def _handle_exception(self, error: Exception) -> None:
        """A problem with the project file anywhere in the app ends it with that one line."""
        if isinstance(error, BitextError):
            self.fail(error)
            return
        super()._handle_exception(error)

    def on_mount(self) -> None:
        self.push_screen(self.review)
        self._check_size(self.size.width, self.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        small = too_small(width, height)
        showing = isinstance(self.screen, TooSmallScreen)
        if small and not showing:
            self.push_screen(TooSmallScreen())
        elif small:
            self.screen.update_size(width, height)
        elif showing:
            self.pop_screen()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every review action by name, beside Textual's own commands."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReviewScreen):
            for key in KEYS:
                if key.action == "quit":
                    continue
                yield SystemCommand(key.title, key.help, partial(screen.run_action, key.action))
