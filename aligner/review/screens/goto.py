"""Dialog: go to a bead by its number (as shown in the first column, from 1).

Keys typed ahead (``g 2 6 Enter`` faster than the dialog appears) all count:
the app holds them until the dialog is up with its number field focused (see
:meth:`aligner.review.app.ReviewApp.push_screen`).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class GotoDialog(ModalScreen[int | None]):
    """Returns the chosen row index (0-based) or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#goto-number"

    def __init__(self, total: int) -> None:
        super().__init__()
        self.total = total

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Go to bead (1-{self.total})", classes="dialog-title")
            yield Input(placeholder="number", type="integer", id="goto-number")
            yield Label("", id="goto-error", classes="dialog-error")

    def on_mount(self) -> None:
        self.query_one("#goto-number", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._go(event.value)

    def _go(self, value: str) -> None:
        try:
            number = int(value)
        except ValueError:
            number = 0
        if not 1 <= number <= self.total:
            self.query_one("#goto-error", Label).update(f"Enter a number from 1 to {self.total}.")
            return
        self.dismiss(number - 1)

    def action_cancel(self) -> None:
        self.dismiss(None)
