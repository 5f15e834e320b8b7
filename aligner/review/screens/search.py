"""Dialog: search text in the source, the target or both (case-insensitive)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

SIDES = [("source and target", "both"), ("source", "src"), ("target", "tgt")]


class SearchDialog(ModalScreen[tuple[str, str] | None]):
    """Returns ``(text, side)`` with side "src", "tgt" or "both"; None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, text: str = "", side: str = "both") -> None:
        super().__init__()
        self.text, self.side = text, side

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Search (Enter to find, n for the next match)", classes="dialog-title")
            yield Input(value=self.text, placeholder="text", id="search-text")
            yield Select(SIDES, value=self.side, allow_blank=False, id="search-side")

    def on_mount(self) -> None:
        self.query_one("#search-text", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss((event.value, str(self.query_one("#search-side", Select).value)))

    def action_cancel(self) -> None:
        self.dismiss(None)
