"""Dialogs for re-segmenting inside a bead: which two sentences to join, where to cut one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from aligner.project import tags

PREVIEW = 34

#: A sentence of the bead: (side, number within the bead from 0, text).
Choice = tuple[str, int, str]


def _short(text: str, size: int = PREVIEW) -> str:
    text = tags.show(text)
    return text if len(text) <= size else text[: size - 1] + "…"


class PickSentence(ModalScreen[Choice | None]):
    """Choose a sentence (to cut) or a pair of neighbours (to join); returns the first one."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[Choice], labels: list[str]) -> None:
        super().__init__()
        self.title_text, self.choices, self.labels = title, choices, labels

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(self.title_text, classes="dialog-title")
            yield OptionList(
                *(Option(label, id=str(k)) for k, label in enumerate(self.labels)),
                id="pick-sentence",
            )

    def on_mount(self) -> None:
        options = self.query_one("#pick-sentence", OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id)])

    def action_cancel(self) -> None:
        self.dismiss(None)


def join_choices(
    src_texts: list[str], tgt_texts: list[str], langs: tuple[str, str]
) -> tuple[list[Choice], list[str]]:
    """Every pair of neighbouring sentences on one side of a bead."""
    choices, labels = [], []
    for side, lang, texts in (("src", langs[0], src_texts), ("tgt", langs[1], tgt_texts)):
        for k in range(len(texts) - 1):
            choices.append((side, k, texts[k]))
            labels.append(
                f"{lang} {k + 1}+{k + 2}  «{_short(texts[k])}» + «{_short(texts[k + 1])}»"
            )
    return choices, labels


def cut_choices(
    src_texts: list[str], tgt_texts: list[str], langs: tuple[str, str]
) -> tuple[list[Choice], list[str]]:
    """Every sentence of a bead."""
    choices, labels = [], []
    for side, lang, texts in (("src", langs[0], src_texts), ("tgt", langs[1], tgt_texts)):
        for k, text in enumerate(texts):
            choices.append((side, k, text))
            labels.append(f"{lang} {k + 1}  «{_short(text, 2 * PREVIEW)}»")
    return choices, labels


class CutDialog(ModalScreen[int | None]):
    """Put the cursor where the sentence should be cut; returns that character offset."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(
                "Move the cursor to where the second sentence starts (← → Home End), "
                "Enter cuts, Esc cancels.",
                classes="dialog-title",
            )
            yield Input(self.text, id="cut-text")
            yield Label("", id="cut-error", classes="dialog-error")

    def on_mount(self) -> None:
        field = self.query_one("#cut-text", Input)
        field.focus()
        field.cursor_position = _middle_break(self.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value != self.text:
            self.query_one("#cut-error", Label).update(
                "Only move the cursor here; edit the text with e."
            )
            return
        self.dismiss(event.input.cursor_position)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _middle_break(text: str) -> int:
    """A first guess for the cut: after the sentence end nearest the middle, else the middle."""
    middle = len(text) // 2
    ends = [k + 2 for k, ch in enumerate(text[:-2]) if ch in ".!?;:" and text[k + 1] == " "]
    return min(ends, key=lambda k: abs(k - middle)) if ends else middle


class ConfirmDialog(ModalScreen[bool]):
    """One question for a change that touches many beads: Enter goes ahead, Esc does not."""

    BINDINGS = [
        Binding("escape", "answer(False)", "Cancel"),
        Binding("enter", "answer(True)", "Go ahead"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title")
            yield Label("Enter: go ahead · Esc: cancel", classes="dialog-note")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
