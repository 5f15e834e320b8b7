"""The help screen: every key of the review screen, grouped, from the one key table."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from aligner.review.doubt import DOUBT_SCORE
from aligner.review.keymap import KEYS, display


def key_table() -> Table:
    """A rich table of all keys: key, what it does; a heading row per group."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column("key", style="bold", no_wrap=True, min_width=14)
    table.add_column("action", ratio=1)
    group = None
    for key in KEYS:
        if key.group != group:
            group = key.group
            table.add_row("", "")
            table.add_row(f"[u]{group}[/u]", "")
        table.add_row(display(key.keys), key.help)
    table.add_row("", "")
    table.add_row("Ctrl+P", "Command palette: every action above by name")
    return table


ABOUT = (
    "Every change is saved at once: there is no save command. "
    f"Doubtful beads (marked !) are unreviewed beads scored below {DOUBT_SCORE} "
    "or with an empty side or three or more sentences on a side. "
    "Marks: ● sure, ◐ fair, ○ unsure, with the aligner's score (0 to 1); "
    "· unreviewed, ✓ confirmed, ✗ rejected; ✎ edited; ⚑ bookmarked. "
    "Merges, splits, moves and edits say what they changed: u undoes them."
)


class HelpScreen(ModalScreen[None]):
    """All keys; any of Escape, q, ? or F1 closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", key_display="Esc"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static("[b]bitext review: keys[/b]", id="help-title")
            yield Static(key_table(), id="help-keys")
            yield Static(ABOUT, id="help-about")

    def action_close(self) -> None:
        self.dismiss(None)
