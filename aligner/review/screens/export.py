"""Dialog: export the project's pairs, or a picture of its path (through ``aligner.formats``)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

FORMATS = [
    ("TMX 1.4b", "tmx"),
    ("CSV", "csv"),
    ("TSV (source, target)", "tsv"),
    ("Moses / OPUS (two plain files)", "moses"),
    ("SVG picture of the alignment path", "svg"),
    ("PNG picture of the alignment path", "png"),
]
#: What the file-name field holds for a format: Moses writes BASE.<lang> twice.
_NO_SUFFIX = {"moses"}
STATUSES = [
    ("confirmed and unreviewed (not rejected)", "unreviewed,confirmed"),
    ("confirmed only", "confirmed"),
    ("all beads", "all"),
]


class ExportDialog(ModalScreen[tuple[str, str, str] | None]):
    """Returns ``(path, format, statuses)``; None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, project_path: str | Path, src_lang: str | None = None, tgt_lang: str | None = None
    ) -> None:
        super().__init__()
        self.stem = Path(project_path).with_suffix("")
        self.src_lang, self.tgt_lang = src_lang, tgt_lang

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
            stem = Path(path.value).with_suffix("")
            path.value = str(stem if event.value in _NO_SUFFIX else f"{stem}.{event.value}")
        self._note()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._note()

    def _note(self) -> None:
        path = Path(self.query_one("#export-path", Input).value.strip() or ".")
        fmt = str(self.query_one("#export-format", Select).value)
        notes = []
        if fmt == "moses":
            langs = (self.src_lang or "src", self.tgt_lang or "tgt")
            notes.append(f"Writes {path.name}.{langs[0]} and {path.name}.{langs[1]}.")
            path = Path(f"{path}.{langs[0]}")
        elif fmt in ("svg", "png"):
            notes.append("Draws the whole alignment path; the status filter does not apply.")
        if path.is_file():
            notes.append("This file exists and will be replaced.")
        self.query_one("#export-note", Label).update(" ".join(notes))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            fmt = str(self.query_one("#export-format", Select).value)
            statuses = str(self.query_one("#export-statuses", Select).value)
            self.dismiss((event.value.strip(), fmt, statuses))

    def action_cancel(self) -> None:
        self.dismiss(None)
