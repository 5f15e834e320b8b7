"""Dialog: add a name of the current bead to the glossary, or approve a candidate entry."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option


class NamesDialog(ModalScreen[tuple[str, str] | None]):
    """Returns ``("approve", record_id)`` or ``("add", form)``; None when cancelled.

    The list offers the glossary entries found in the bead (candidates can be
    approved) and the bead's capitalised words not yet in the glossary; the
    input takes any other form.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, found: list[dict], words: list[str]) -> None:
        super().__init__()
        self.found, self.words = found, words

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        for record in self.found:
            status = record.get("status", "")
            label = f"{record.get('canonical', '?')}  ({status})"
            if status == "candidate":
                options.append(Option(f"approve  {label}", id=f"approve:{record['id']}"))
            else:
                options.append(
                    Option(f"in glossary  {label}", id=f"known:{record['id']}", disabled=True)
                )
        for word in self.words:
            options.append(Option(f"add  {word}", id=f"add:{word}"))
        with Vertical(classes="dialog wide"):
            yield Label("Names in this bead (Enter picks; Esc cancels)", classes="dialog-title")
            yield OptionList(*options, id="names-list")
            yield Label("Or type a name to add:")
            yield Input(placeholder="name as written", id="names-input")

    def on_mount(self) -> None:
        names = self.query_one("#names-list", OptionList)
        if names.option_count:
            names.focus()
        else:
            self.query_one("#names-input", Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, _, value = (event.option.id or "").partition(":")
        if kind in ("approve", "add"):
            self.dismiss((kind, value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(("add", event.value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
