"""Dialog: export the project's pairs to TMX or CSV (through ``aligner.formats``)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

FORMATS = [("TMX 1.4b", "tmx"), ("CSV", "csv")]
STATUSES = [
    ("confirmed and unreviewed (not rejected)", "unreviewed,confirmed"),
    ("confirmed only", "confirmed"),
    ("all beads", "all"),
]


class ExportDialog(ModalScreen[tuple[str, str, str] | None]):
    """Returns ``(path, format, statuses)``; None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, project_path: str | Path) -> None:
        super().__init__()
        self.stem = Path(project_path).with_suffix("")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(
                "Export (Enter in the file name exports; Esc cancels)", classes="dialog-title"
            )
            yield Select(FORMATS, value="tmx", allow_blank=False, id="export-format")
            yield Select(STATUSES, value="unreviewed,confirmed", allow_blank=False,
                         id="export-statuses")  # fmt: skip
            yield Input(value=f"{self.stem}.tmx", id="export-path")
            yield Label("", id="export-note", classes="dialog-note")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()
        self._note()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "export-format":
            path = self.query_one("#export-path", Input)
            path.value = str(Path(path.value).with_suffix(f".{event.value}"))
        self._note()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._note()

    def _note(self) -> None:
        path = Path(self.query_one("#export-path", Input).value.strip() or ".")
        note = "This file exists and will be replaced." if path.is_file() else ""
        self.query_one("#export-note", Label).update(note)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            fmt = str(self.query_one("#export-format", Select).value)
            statuses = str(self.query_one("#export-statuses", Select).value)
            self.dismiss((event.value.strip(), fmt, statuses))

    def action_cancel(self) -> None:
        self.dismiss(None)
