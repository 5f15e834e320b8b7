"""Dialog: edit the text of one sentence of the bead; the project keeps the original.

Inline codes from a TMX show as tags (``⟨1⟩bold⟨/1⟩``); an edit that loses,
repeats or misorders them is refused here, with the project's own rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Select, TextArea

from aligner.project import tags

_SIDE = {"src": "source", "tgt": "target"}


@dataclass(frozen=True, slots=True)
class Sentence:
    side: str  # "src" or "tgt"
    index: int  # segment index in the project
    text: str  # current text
    original: str  # text as segmented
    number: int = 1  # its place on its side of the bead, from 1
    count: int = 1  # sentences on that side of the bead


class EditDialog(ModalScreen[tuple[str, int, str] | None]):
    """Returns ``(side, segment_index, new_text)``, or None when cancelled or unchanged."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+t", "other", "Other sentence"),
    ]

    def __init__(
        self,
        sentences: list[Sentence],
        context: dict[str, str] | None = None,
        start: int = 0,
        bead: int | None = None,
    ) -> None:
        super().__init__()
        self.sentences = sentences
        self.context = context or {}  # side -> the bead's text on that side
        self.start = start
        self.bead = bead  # the bead's number as the screen shows it

    def label_for(self, s: Sentence) -> str:
        """How the screen names the sentence: ``target 2/3 of bead 5``."""
        where = f" of bead {self.bead}" if self.bead is not None else ""
        of = f" {s.number}/{s.count}" if s.count > 1 else ""
        return f"{_SIDE[s.side]}{of}{where}"

    def compose(self) -> ComposeResult:
        labels = [
            (f"{self.label_for(s)}: {tags.show(s.text)[:50]}", i)
            for i, s in enumerate(self.sentences)
        ]
        with Vertical(classes="dialog wide", id="edit-box"):
            yield Label(
                "Edit · Ctrl+S saves · Ctrl+T other sentence · Esc cancels",
                classes="dialog-title",
            )
            yield Select(labels, value=self.start, allow_blank=False, id="edit-which")
            yield TextArea(
                tags.show(self.sentences[self.start].text), id="edit-text", soft_wrap=True
            )
            yield Label("", id="edit-problem", classes="dialog-note")
            yield Label("", id="edit-original", classes="dialog-note")
            yield Label("", id="edit-context", classes="dialog-note")

    def on_mount(self) -> None:
        self._show(self.start)
        self.query_one("#edit-text", TextArea).focus()

    @property
    def chosen(self) -> Sentence:
        return self.sentences[int(self.query_one("#edit-which", Select).value)]

    def _show(self, i: int) -> None:
        sentence = self.sentences[i]
        area = self.query_one("#edit-text", TextArea)
        if area.text != tags.show(sentence.text):
            area.load_text(tags.show(sentence.text))
        self._problem(None)
        note = (
            ""
            if sentence.original == sentence.text
            else f"Original: {tags.show(sentence.original)}"
        )
        original = self.query_one("#edit-original", Label)
        original.update(note)
        original.display = bool(note)
        other = "tgt" if sentence.side == "src" else "src"
        text = self.context.get(other, "")
        name = "Target" if other == "tgt" else "Source"
        shown = f"{name}: {tags.show(text)}" if text else ""
        self.query_one("#edit-context", Label).update(shown)

    def action_other(self) -> None:
        """The next sentence of the bead (source then target), without leaving the text."""
        which = self.query_one("#edit-which", Select)
        which.value = (int(which.value) + 1) % len(self.sentences)
        self.query_one("#edit-text", TextArea).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._show(int(event.value))

    def _problem(self, message: str | None) -> None:
        label = self.query_one("#edit-problem", Label)
        label.update(f"Not saved: {message}" if message else "")
        label.display = bool(message)

    def action_save(self) -> None:
        sentence = self.chosen
        text = tags.parse(self.query_one("#edit-text", TextArea).text, sentence.original)
        problem = tags.problem(sentence.original, text)
        if problem:
            self._problem(problem)  # stay open: the translator mends the tags or presses Esc
            return
        if text == sentence.text:
            self.dismiss(None)
        else:
            self.dismiss((sentence.side, sentence.index, text))

    def action_cancel(self) -> None:
        self.dismiss(None)
