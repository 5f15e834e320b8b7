"""The review app: opens on the review screen of one project and keeps nothing else.

All state lives in the project file; the app only routes keys, the command
palette and terminal resizes to the screens.

Keys typed ahead are never lost or misdirected: the review screen's keys are
handled in the order they arrive (priority bindings, see
:func:`aligner.review.keymap.bindings`), and while a dialog is opening the
keys that follow are held and handed to it once it is up and focused.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual import events
from textual.app import App, SystemCommand
from textual.screen import ModalScreen, Screen

from aligner.errors import BitextError
from aligner.review.keymap import KEYS
from aligner.review.screens.main import ReviewScreen
from aligner.review.screens.too_small import TooSmallScreen, too_small

HOLD_AT_MOST = 2.0
"""Seconds keys may wait for a dialog that is slow to appear."""


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
        self._held: list[events.Key] | None = None  # keys typed while a dialog opens
        self._hold = 0  # which dialog they wait for

    # -- keys typed ahead of a dialog ------------------------------------------------------------

    def push_screen(self, screen, callback=None, wait_for_dismiss=False, **kwargs):
        """Open a screen; keys typed before a dialog is up wait for it (``g 2 6 Enter``)."""
        result = super().push_screen(screen, callback, wait_for_dismiss, **kwargs)
        if isinstance(screen, ModalScreen) and not isinstance(screen, TooSmallScreen):
            if self._held is None:
                self._held = []
            self._hold += 1
            release = partial(self._release_keys, self._hold)
            screen.call_after_refresh(release)
            self.set_timer(HOLD_AT_MOST, release)  # never swallow keys for good
        return result

    def _release_keys(self, hold: int) -> None:
        if hold != self._hold:
            return  # a later dialog holds the keys now
        held, self._held = self._held or [], None
        for key in held:
            self.post_message(events.Key(key.key, key.character))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and self._held is not None:
            self._held.append(event)
            return
        await super().on_event(event)

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
