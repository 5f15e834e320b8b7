"""Structural edits of the review screen: merge, split, move, detach and text edits.

Each one is a single call into the project API (which rescores the beads it
creates), then a redraw of the rows it touched and a notification that names
what changed and how to take it back, so a stray key never goes unnoticed.
"""

from __future__ import annotations

from aligner.review.screens.confirm import ConfirmDialog
from aligner.review.screens.edit import EditDialog, Sentence
from aligner.review.screens.split import SplitDialog

UNDO_HINT = "u to undo"


class StructureActions:
    """Mixin for :class:`~aligner.review.screens.main.ReviewScreen`."""

    def _changed(self, what: str) -> None:
        """Say what an edit did and how to undo it (the screen already shows it)."""
        self.notify(f"{what} · {UNDO_HINT}", title="Changed", timeout=5)

    def _bead_name(self, pos: int) -> str:
        return f"bead {pos + 1}"

    def action_merge(self) -> None:
        if self._can_edit():
            pos = self.position
            row = self.rows[pos]
            if self._apply(lambda: self.project.merge_next(row), pos, pos + 2, pos):
                self._changed(
                    f"Merged beads {pos + 1} and {pos + 2} into {self._bead_name(pos)} "
                    f"({self.rows[pos].kind}, score {self.rows[pos].score:.2f})"
                )

    def action_split(self) -> None:
        if not self._can_edit():
            return
        pos = self.position
        row = self.rows[pos]

        def done(result: tuple[int, int] | None) -> None:
            if result is not None:
                src_at, tgt_at = result
                if self._apply(lambda: self.project.split(row, src_at, tgt_at), pos, pos + 1, pos):
                    first, second = self.rows[pos], self.rows[pos + 1]
                    self._changed(
                        f"Split {self._bead_name(pos)} into {first.kind} and {second.kind} "
                        f"(beads {pos + 1} and {pos + 2})"
                    )

        self.app.push_screen(SplitDialog(row.src_texts, row.tgt_texts, pos + 1), done)

    def action_move(self, side: str, edge: str) -> None:
        if not self._can_edit():
            return
        pos = self.position
        lo, hi = (pos - 1, pos + 1) if edge == "first" else (pos, pos + 2)
        row = self.rows[pos]
        if self._apply(lambda: self.project.move(row, side, edge), lo, hi, pos):
            name = "source" if side == "src" else "target"
            if edge == "first":
                what = f"Moved the first {name} sentence of bead {pos + 1} up into bead {pos}"
            else:
                what = f"Moved the last {name} sentence of bead {pos + 1} down into bead {pos + 2}"
            self._changed(what)

    def action_insert_empty(self, side: str) -> None:
        """Detach the sides of a bead: destructive enough to ask first."""
        if not self._can_edit():
            return
        pos = self.position
        row = self.rows[pos]
        n_src, n_tgt = len(row.src_texts), len(row.tgt_texts)
        if not n_src or not n_tgt:
            self.notify(f"Bead {pos + 1} is {row.kind}: it has only one side.")
            return

        def done(yes: bool | None) -> None:
            if yes and self._apply(lambda: self.project.insert_empty(row, side), pos, pos + 1, pos):
                self._changed(
                    f"Detached bead {pos + 1} into {n_src}-0 and 0-{n_tgt} "
                    f"(beads {pos + 1} and {pos + 2})"
                )

        question = (
            f"Detach bead {pos + 1}? Its {n_src} source and {n_tgt} target sentences "
            f"become two beads, {n_src}-0 and 0-{n_tgt}, with no pair between them."
        )
        self.app.push_screen(ConfirmDialog(question, "Detach"), done)

    def action_edit(self, side: str = "src") -> None:
        if not self._can_edit():
            return
        pos = self.position
        row = self.rows[pos]
        sentences = [
            Sentence(s, index, text, self.project.original_text(s, index), k, len(texts))
            for s, rng, texts in (
                ("src", row.src, row.src_texts),
                ("tgt", row.tgt, row.tgt_texts),
            )
            for k, (index, text) in enumerate(zip(rng, texts, strict=True), start=1)
        ]
        if not sentences:
            return
        start = next((k for k, s in enumerate(sentences) if s.side == side), 0)

        def done(result: tuple[str, int, str] | None) -> None:
            if result is not None:
                s, index, text = result
                if self._apply(lambda: self.project.edit(s, index, text), pos, pos + 1, pos):
                    name = "source" if s == "src" else "target"
                    self._changed(f"Edited the {name} of bead {pos + 1}")

        context = {"src": row.source, "tgt": row.target}
        self.app.push_screen(EditDialog(sentences, context, start, bead=pos + 1), done)
