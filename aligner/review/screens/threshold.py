"""Dialog: confirm every unreviewed bead scored at or above a threshold, in one step.

The dialog shows, as the threshold is typed, how many beads that would confirm
(the project counts them), so the reviewer sees the size of the step first.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

DEFAULT = 0.8
"""The full-circle mark (●) starts here: the aligner's own "sure"."""


def parse_threshold(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


class ThresholdDialog(ModalScreen[float | None]):
    """Returns the threshold to confirm at, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#threshold"

    def __init__(self, count: Callable[[float], int], value: float = DEFAULT) -> None:
        super().__init__()
        self.count, self.value = count, value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Confirm all unreviewed beads scored at least:", classes="dialog-title")
            yield Input(f"{self.value:g}", placeholder="0 to 1", id="threshold")
            yield Label("", id="threshold-count", classes="dialog-note")
            yield Label("Enter confirms them (one undo step) · Esc cancels", classes="dialog-note")

    def on_mount(self) -> None:
        self.query_one("#threshold", Input).focus()
        self._update(str(self.value))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def _update(self, text: str) -> None:
        value = parse_threshold(text)
        label = self.query_one("#threshold-count", Label)
        if value is None:
            label.update("Enter a number from 0 to 1.")
        else:
            label.update(f"{self.count(value)} unreviewed beads scored ≥ {value:g}")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = parse_threshold(event.value)
        if value is not None:
            self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
