"""Dialog: split a bead, choosing on each side how many sentences stay in the first part."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from aligner.project import tags

PREVIEW = 60


def _choices(texts: list[str]) -> list[Option]:
    options = [Option("0  nothing stays above", id="0")]
    for k, text in enumerate(map(tags.show, texts), start=1):  # inline codes as tags
        short = text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…"
        options.append(Option(f"{k}  after «{short}»", id=str(k)))
    return options


class SplitDialog(ModalScreen[tuple[int, int] | None]):
    """Returns ``(src_at, tgt_at)``: sentences of each side kept in the first bead."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "submit", "Split"),
    ]

    def __init__(self, src_texts: list[str], tgt_texts: list[str], bead: int | None = None) -> None:
        super().__init__()
        self.src_texts, self.tgt_texts = src_texts, tgt_texts
        self.bead = bead

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            name = f"bead {self.bead}" if self.bead is not None else "the bead"
            yield Label(f"Split {name} after how many sentences?", classes="dialog-title")
            yield Label("Enter: source, then target · Esc cancels", classes="dialog-text")
            with Horizontal(id="split-sides"):
                with Vertical():
                    yield Label("Source")
                    yield OptionList(*_choices(self.src_texts), id="split-src")
                with Vertical():
                    yield Label("Target")
                    yield OptionList(*_choices(self.tgt_texts), id="split-tgt")

    def on_mount(self) -> None:
        for list_id, texts in (("#split-src", self.src_texts), ("#split-tgt", self.tgt_texts)):
            self.query_one(list_id, OptionList).highlighted = min(1, len(texts))
        self.query_one("#split-src", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "split-src":
            self.query_one("#split-tgt", OptionList).focus()
        else:
            self.action_submit()

    def action_submit(self) -> None:
        src = self.query_one("#split-src", OptionList).highlighted or 0
        tgt = self.query_one("#split-tgt", OptionList).highlighted or 0
        self.dismiss((src, tgt))

    def action_cancel(self) -> None:
        self.dismiss(None)
