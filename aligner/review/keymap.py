"""The review app's keys in one table: bindings, the help screen and the command palette read it.

Keeping one table means a key can never be bound without being documented, and
every action is reachable from the command palette as well as from the keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    keys: str  # Textual key names, comma-separated; the first is the one shown
    action: str  # action name on the review screen
    title: str  # short label (footer, palette)
    help: str  # one line for the help screen and the palette
    group: str
    footer: int = 0  # shown in the footer when > 0, lower first (80 columns fit seven)
    edits: bool = False  # changes the project: refused in read-only mode


KEYS: tuple[Key, ...] = (
    Key("up", "cursor_up", "Previous bead", "Move to the previous bead", "Move"),
    Key("down", "cursor_down", "Next bead", "Move to the next bead", "Move"),
    Key("pageup", "page_up", "Page up", "Move one screen up", "Move"),
    Key("pagedown", "page_down", "Page down", "Move one screen down", "Move"),
    Key("home", "first", "First bead", "Go to the first bead", "Move"),
    Key("end", "last", "Last bead", "Go to the last bead", "Move"),
    Key("g", "goto", "Go to", "Go to a bead by its number", "Move", footer=5),
    Key("d", "next_doubtful", "Doubt", "Jump to the next doubtful bead", "Move", footer=3),
    Key("f", "toggle_filter", "Doubtful only", "Show only doubtful beads (toggle)", "Move"),
    Key(
        "slash",
        "search",
        "Find",
        "Search in source, target or both (text or regular expression)",
        "Move",
        footer=4,
    ),
    Key("n", "search_next", "Next match", "Jump to the next search match", "Move"),
    Key("escape", "clear_search", "Clear search", "Stop highlighting search matches", "Move"),
    Key(
        "enter,space",
        "confirm",
        "Confirm",
        "Confirm the bead and move to the next one",
        "Review",
        footer=1,
        edits=True,
    ),
    Key("x", "reject", "Reject", "Reject the bead and move to the next one", "Review", edits=True),
    Key(
        "period",
        "unreview",
        "Unreviewed",
        "Mark the bead unreviewed again",
        "Review",
        edits=True,
    ),
    Key("m", "merge", "Merge", "Merge the bead with the next one", "Change", edits=True),
    Key("s", "split", "Split", "Split the bead: choose where on each side", "Change", edits=True),
    Key(
        "1",
        "move('src','first')",
        "Source first up",
        "Move the first source sentence to the previous bead",
        "Change",
        edits=True,
    ),
    Key(
        "2",
        "move('src','last')",
        "Source last down",
        "Move the last source sentence to the next bead",
        "Change",
        edits=True,
    ),
    Key(
        "3",
        "move('tgt','first')",
        "Target first up",
        "Move the first target sentence to the previous bead",
        "Change",
        edits=True,
    ),
    Key(
        "4",
        "move('tgt','last')",
        "Target last down",
        "Move the last target sentence to the next bead",
        "Change",
        edits=True,
    ),
    Key(
        "i",
        "insert_empty('src')",
        "Detach",
        "Detach the sides into source only and target only beads (n-0, 0-m); asks first",
        "Change",
        edits=True,
    ),
    Key(
        "e",
        "edit('src')",
        "Edit source",
        "Edit a source sentence of the bead (the original is kept)",
        "Change",
        edits=True,
    ),
    Key(
        "u,ctrl+z",
        "undo",
        "Undo",
        "Undo the last change (also after a restart)",
        "Change",
        footer=2,
        edits=True,
    ),
    Key("r,ctrl+y", "redo", "Redo", "Redo the change undone last", "Change", edits=True),
    Key(
        "a",
        "names",
        "Names",
        "Add a name of this bead to the glossary or approve one",
        "Glossary",
        edits=True,
    ),
    Key(
        "w",
        "export",
        "Export",
        "Export the pairs (TMX, CSV, TSV, Moses) or the path (SVG, PNG)",
        "File",
    ),
    Key("question_mark,f1", "help", "Help", "Show all keys", "File", footer=6),
    Key("q", "quit", "Quit", "Quit (everything is already saved)", "File", footer=7),
    # -- review work in bulk, notes, bookmarks and finding (kept together to ease merging)
    Key(
        "E",
        "edit('tgt')",
        "Edit target",
        "Edit a target sentence of the bead (the original is kept)",
        "Change",
        edits=True,
    ),
    Key("D", "next_doubtful(True)", "Previous doubt", "Jump to the previous doubtful bead", "Move"),
    Key(
        "right_square_bracket",
        "next_unreviewed",
        "Next unreviewed",
        "Jump to the next unreviewed bead",
        "Move",
    ),
    Key(
        "left_square_bracket",
        "next_unreviewed(True)",
        "Previous unreviewed",
        "Jump to the previous unreviewed bead",
        "Move",
    ),
    Key("p", "search_next(True)", "Previous match", "Jump to the previous search match", "Move"),
    Key("B", "next_bookmark", "Next bookmark", "Jump to the next bookmarked bead", "Move"),
    Key(
        "c",
        "confirm_at_least",
        "Confirm by score",
        "Confirm every unreviewed bead scored at or above a threshold (one undo step)",
        "Review",
        edits=True,
    ),
    Key("N", "note", "Note", "Write or change the note on the bead", "Review", edits=True),
    Key(
        "b",
        "bookmark",
        "Bookmark",
        "Bookmark the bead, or remove its bookmark",
        "Review",
        edits=True,
    ),
    # -- structure: re-segmenting and re-aligning (aligner/review/structure_actions.py) --
    Key(
        "J",
        "join_sentences",
        "Join sentences",
        "Join two sentences of the bead into one (fixes a wrong sentence break)",
        "Structure",
        edits=True,
    ),
    Key(
        "S",
        "cut_sentence",
        "Cut sentence",
        "Cut a sentence of the bead in two where you put the cursor",
        "Structure",
        edits=True,
    ),
    Key(
        "V",
        "mark_range",
        "Mark range",
        "Mark where a range to re-align starts (again: clear the mark)",
        "Structure",
    ),
    Key(
        "R",
        "realign",
        "Re-align",
        "Align again the marked range, or the beads between the confirmed ones around "
        "the cursor (confirmed beads stay)",
        "Structure",
        edits=True,
    ),
)


def bindings() -> list[Binding]:
    """Textual bindings for the review screen, built from :data:`KEYS`.

    The footer shows bindings in this order, so the footer keys come first, by rank.
    Every binding has priority: the app runs it as the key arrives, before the keys
    typed after it, so a key that opens a dialog has opened it before the next key
    is looked at (and the app can hold that key for the dialog).
    """
    ordered = sorted(KEYS, key=lambda k: (not k.footer, k.footer))
    return [
        Binding(
            k.keys,
            k.action,
            k.title,
            show=k.footer > 0,
            priority=True,
            key_display=display(k.keys.split(",")[0]),  # the help screen lists every key
        )
        for k in ordered
    ]


_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "period": ".",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "enter": "Enter",
    "space": "Space",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "f1": "F1",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
}


def display(keys: str) -> str:
    """Keys as a person reads them: ``"u,ctrl+z"`` -> ``"u / Ctrl+Z"``."""
    out = []
    for key in keys.split(","):
        if key.startswith("ctrl+"):
            out.append("Ctrl+" + key[5:].upper())
        else:
            out.append(_NAMES.get(key, key))
    return " / ".join(out)


EDIT_ACTIONS = frozenset(k.action.split("(")[0] for k in KEYS if k.edits)
