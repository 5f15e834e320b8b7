"""The review screen: the bead list, the status bar, keeping rows in step, undo and redo.

Each action is one call into the project API (which saves it at once and
records it for undo) followed by a redraw of the rows it touched. The screen
keeps a list of rows for drawing only; the project file is the truth. The
actions live in mixins by job: :mod:`.navigation` (moving and finding),
:mod:`.reviewing` (status and notes), :mod:`.structure` (merge, split, move,
detach, text edits) and :mod:`.glossary_actions` (names).
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer

from aligner.errors import BitextError
from aligner.project import StaleBeadError, is_doubtful
from aligner.review import keymap
from aligner.review.minimap_feed import MinimapFeed
from aligner.review.names import names_pattern
from aligner.review.rows import PagedRows
from aligner.review.screens.export import ExportDialog
from aligner.review.screens.glossary_actions import GlossaryActions
from aligner.review.screens.help import HelpScreen
from aligner.review.screens.navigation import NavigationActions
from aligner.review.screens.reviewing import ReviewActions
from aligner.review.screens.structure import StructureActions
from aligner.review.structure_actions import ResegmentActions
from aligner.review.widgets import BeadList, Minimap, StatusBar

FIRST_SCREEN = 100
"""Larger projects draw their first screen from a page of beads and read the rest after it."""

POLL_SECONDS = 1.0
"""How often the screen asks whether another process changed the project."""


class ReviewScreen(
    NavigationActions,
    ReviewActions,
    StructureActions,
    GlossaryActions,
    ResegmentActions,
    MinimapFeed,
    Screen[None],
):
    """Side-by-side review of one project."""

    BINDINGS = keymap.bindings()

    def __init__(self, project) -> None:
        super().__init__()
        self.project = project
        self.rows: list = []
        self.doubtful_only = False
        self.search_query = None
        self.records: list[dict] = []
        self._progress: dict = {}
        self.unread = 0  # beads still to read after the first screen

    # -- set-up ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self.langs = (self.project.src_lang or "?", self.project.tgt_lang or "?")
        self.file_name = Path(self.project.path).name
        with Horizontal(id="body"):
            yield BeadList(*self.langs, id="beads")
            yield Minimap(id="minimap")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.records = self._load_records()
        self.beads.names = names_pattern(self.records)
        try:
            total = len(self.project)
            if total > FIRST_SCREEN:
                # Draw the first screen at the first unreviewed bead from a page or
                # two of beads; read all of them (a fifth of a second for 50,000)
                # once that screen is up.
                self.unread = total
                self.rows = PagedRows(self.project, self.app.fail)
                start = self.project.first_position("unreviewed") or 0
                self.rows.read_page(start)
                self._show(start)
                self.beads.after_first_paint = self.load_all
            else:
                self.rows = self.project.beads()
                self._show(self._resume_row())
        except BitextError as err:
            self.app.fail(err)
            return
        self.beads.focus()
        self.set_interval(POLL_SECONDS, self.poll_others)
        if self.project.readonly:
            self.notify(
                "Read-only project: you can read and export, not change it.",
                title="Read-only",
                severity="warning",
                timeout=6,
            )

    @property
    def beads(self) -> BeadList:
        return self.query_one("#beads", BeadList)

    @property
    def position(self) -> int | None:
        """Project position of the bead under the cursor."""
        return self.beads.current

    # -- keeping rows in step with the project --------------------------------------------------

    def _view(self) -> list[int] | None:
        if not self.doubtful_only:
            return None
        return [i for i, row in enumerate(self.rows) if is_doubtful(row)]

    def load_all(self) -> None:
        """Read every bead if the first screen was drawn from a few (does nothing otherwise)."""
        if self.unread:
            self.unread = 0
            try:
                self.rows = self.project.beads()
            except BitextError as err:
                self.app.fail(err)
                return
            self._show(self.position)

    def _resume_row(self) -> int:
        """Where to start: the first bead not yet reviewed (the first bead if all are)."""
        return next((i for i, row in enumerate(self.rows) if row.status == "unreviewed"), 0)

    def reload(self, at_row: int | None = None) -> None:
        """Read every bead again (when another process changed the file under us)."""
        self.rows = self.project.beads()
        self._show(at_row)

    def poll_others(self) -> None:
        """Show what another process (a second reviewer) changed, keeping the cursor's bead."""
        try:
            if self.unread or not self.project.changed_by_others():
                return
            pos = self.position
            bead_id = self.rows[pos].id if pos is not None else None
            self.rows = self.project.beads()
            at = pos
            if bead_id is not None:
                at = next((r.position for r in self.rows if r.id == bead_id), pos)
            self._reload_names()
        except BitextError as err:
            self.app.fail(err)
            return
        self._show(None if at is None else min(at, len(self.rows) - 1))

    def _refresh_window(self, lo: int, hi: int, at_row: int | None) -> None:
        """Re-read rows ``lo:hi`` after an operation that changed only them.

        Operations change the bead count by at most one or two, always inside
        the window, and bead ranges count segments from the start of the text,
        so the rows before and after the window stay valid as they are.
        """
        delta = len(self.project) - len(self.rows)
        self.rows[lo:hi] = self.project.beads(lo, hi + delta)
        self._show(at_row, unchanged_before=lo)

    def _show(self, at_row: int | None, unchanged_before: int = 0) -> None:
        self._progress = self.project.progress()
        self.beads.set_rows(self.rows, self._view(), at_row, unchanged_before)
        self.update_status()

    def update_status(self) -> None:
        view = self.beads.view
        self.query_one("#status", StatusBar).show(
            file=self.file_name,
            langs=f"{self.langs[0]}→{self.langs[1]}",
            progress=self._progress,
            position=self.beads.current,
            total=len(self.rows),
            filtered=None if view is None else len(view),
            readonly=self.project.readonly,
            loading=self.unread,
        )
        self.refresh_minimap()

    def on_bead_list_moved(self, event: BeadList.Moved) -> None:
        self.update_status()

    # -- running operations ----------------------------------------------------------------------

    def _can_edit(self) -> bool:
        self.load_all()
        if self.project.readonly:
            self.notify("The project is read-only: nothing can be changed.", severity="warning")
            return False
        if self.position is None:
            self.notify("No bead here.", severity="warning")
            return False
        return True

    def _apply(self, op, lo: int, hi: int, at_row: int | None = None) -> bool:
        """Run one project operation; on success re-read rows ``lo:hi`` and redraw.

        Operations name their bead by the row on screen (its stable id): if
        another process changed that bead meanwhile, nothing happens and the
        screen shows the project as it is now.
        """
        lo, hi = max(lo, 0), min(hi, len(self.rows))
        try:
            op()
        except StaleBeadError as err:
            self.notify(f"{err.message}: the screen now shows the project as it is.")
            self.project.changed_by_others()
            self.reload(at_row=self.position)
            return False
        except BitextError as err:
            self.notify(err.message, severity="error")
            return False
        self._refresh_window(lo, hi, at_row)
        return True

    def _history(self, step, name: str) -> None:
        """Undo or redo one step and re-read only the rows the project says it rewrote."""
        self.load_all()
        if self.project.readonly:
            self.notify("The project is read-only: nothing can be changed.", severity="warning")
            return
        try:
            change = step()
        except BitextError as err:
            self.notify(err.message, severity="error")
            return
        if change is None:
            self.notify(f"Nothing to {name}.")
            return
        self.notify(f"{name.capitalize()} done: {change.label or 'change'}", timeout=2)
        if change.glossary:
            self._reload_names()
            self.beads.invalidate()
        if change.start == change.old_stop == change.new_stop:
            self._show(self.position)  # no bead changed (a glossary step): stay put
            return
        start, old_stop = change.start, change.old_stop
        if old_stop > len(self.rows) or len(self.rows) + change.delta != len(self.project):
            self.reload(at_row=self.position)  # another process changed the file meanwhile
            return
        self.rows[start:old_stop] = self.project.beads(start, change.new_stop)
        self._show(start, unchanged_before=start)

    def action_undo(self) -> None:
        self._history(self.project.undo_change, "undo")

    def action_redo(self) -> None:
        self._history(self.project.redo_change, "redo")

    # -- other -----------------------------------------------------------------------------------

    def action_export(self) -> None:
        def done(result: tuple[str, str, str] | None) -> None:
            if result is not None:
                self.notify(f"Exporting to {result[0]}…", timeout=2)
                self.call_after_refresh(self._export, *result)

        dialog = ExportDialog(self.project.path, self.project.src_lang, self.project.tgt_lang)
        self.app.push_screen(dialog, done)

    def _export(self, path: str, fmt: str, statuses: str) -> None:
        from aligner.formats import parse_statuses
        from aligner.formats.export import export_project

        try:
            result = export_project(self.project, fmt, path, statuses=parse_statuses(statuses))
        except BitextError as err:
            self.notify(str(err), severity="error")
            return
        except OSError as err:
            self.notify(f"{path}: {err.strerror or err}", severity="error")
            return
        skipped = result.filtered + result.one_sided
        self.notify(
            f"Wrote {result.written} pairs to {', '.join(result.files)}"
            + (f" ({skipped} left out)" if skipped else "")
        )

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.app.exit()
