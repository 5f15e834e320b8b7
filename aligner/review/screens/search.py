"""Dialog: search text in the source, the target or both; plain text or a regular expression."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select

from aligner.errors import BitextError
from aligner.project import Query

SIDES = [("source and target", "both"), ("source", "src"), ("target", "tgt")]


@dataclass(frozen=True, slots=True)
class SearchRequest:
    text: str
    side: str = "both"  # "src", "tgt" or "both"
    regex: bool = False


class SearchDialog(ModalScreen[SearchRequest | None]):
    """Returns what to search for; None when cancelled. A bad expression keeps it open."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+r", "toggle_regex", "Regex"),
    ]

    def __init__(self, last: Query | None = None) -> None:
        super().__init__()
        self.last = last

    def compose(self) -> ComposeResult:
        last = self.last
        with Vertical(classes="dialog"):
            yield Label("Search · Enter finds · n next, p previous", classes="dialog-title")
            yield Input(value=last.text if last else "", placeholder="text", id="search-text")
            with Horizontal(id="search-options"):
                yield Select(
                    SIDES, value=last.side if last else "both", allow_blank=False, id="search-side"
                )
                yield Checkbox(
                    "Regular expression (Ctrl+R)", last.regex if last else False, id="search-regex"
                )
            yield Label("", id="search-error", classes="dialog-error")

    def on_mount(self) -> None:
        self.query_one("#search-text", Input).focus()

    def action_toggle_regex(self) -> None:
        box = self.query_one("#search-regex", Checkbox)
        box.value = not box.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        request = SearchRequest(
            event.value,
            str(self.query_one("#search-side", Select).value),
            self.query_one("#search-regex", Checkbox).value,
        )
        try:
            Query(request.text, side=request.side, regex=request.regex)
        except BitextError as err:
            self.query_one("#search-error", Label).update(err.message)
            return
        self.dismiss(request)

    def action_cancel(self) -> None:
        self.dismiss(None)
