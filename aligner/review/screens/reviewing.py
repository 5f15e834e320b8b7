"""Review state from the review screen: confirm, reject, unreview; in bulk by score; notes
and bookmarks.

A status change moves on to the next bead, so its result shows as the cursor
moving; the bulk confirmation says how many beads it confirmed and how to undo.
"""

from __future__ import annotations

from aligner.errors import BitextError
from aligner.review.screens.note import NoteDialog
from aligner.review.screens.threshold import ThresholdDialog


class ReviewActions:
    """Mixin for :class:`~aligner.review.screens.main.ReviewScreen`."""

    def _set_status(self, status: str, advance: bool) -> None:
        if not self._can_edit():
            return
        pos = self.position
        assert pos is not None
        at = pos + 1 if advance and pos + 1 < len(self.rows) else pos
        if self.rows[pos].status == status:  # no change, so no history step either
            self.beads.show_row(at)
            return
        row = self.rows[pos]
        self._apply(lambda: self.project.set_status(row, status), pos, pos + 1, at)

    def action_confirm(self) -> None:
        self._set_status("confirmed", advance=True)

    def action_reject(self) -> None:
        self._set_status("rejected", advance=True)

    def action_unreview(self) -> None:
        self._set_status("unreviewed", advance=False)

    def action_note(self) -> None:
        if not self._can_edit():
            return
        pos = self.position
        row = self.rows[pos]

        def done(text: str | None) -> None:
            if text is None or text == row.note:
                return
            if self._apply(lambda: self.project.set_note(row, text), pos, pos + 1, pos):
                what = "Removed the note of" if not text else "Saved the note of"
                self.notify(f"{what} bead {pos + 1} · u to undo", timeout=4)

        self.app.push_screen(NoteDialog(row.note, pos + 1), done)

    def action_bookmark(self) -> None:
        if not self._can_edit():
            return
        pos = self.position
        row = self.rows[pos]
        on = not row.bookmark
        if self._apply(lambda: self.project.set_bookmark(row, on), pos, pos + 1, pos):
            what = "Bookmarked" if on else "Removed the bookmark of"
            self.notify(f"{what} bead {pos + 1} · B goes to the next bookmark", timeout=3)

    def action_next_bookmark(self) -> None:
        self._jump(lambda row: row.bookmark, False, "No bookmarks: b bookmarks a bead.")

    def action_confirm_at_least(self) -> None:
        if not self._can_edit():
            return

        def count(score: float) -> int:
            try:
                return self.project.count_at_least(score)
            except BitextError:
                return 0

        def done(score: float | None) -> None:
            if score is None:
                return
            try:
                n = self.project.confirm_at_least(score)
            except BitextError as err:
                self.notify(err.message, severity="error")
                return
            if n:
                self.reload(at_row=self.position)
            self.notify(
                f"Confirmed {n} beads scored ≥ {score:g}" + (" · u to undo" if n else ""),
                title="Changed" if n else "",
                timeout=5,
            )

        self.app.push_screen(ThresholdDialog(count), done)
