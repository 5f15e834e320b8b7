"""Review actions that change the text's structure: join or cut sentences, re-align a range.

A mix-in of :class:`~aligner.review.screens.main.ReviewScreen`: each action
asks what it needs in a dialog, makes one project call (one undo step) and
redraws what changed. The rules live in the project API
(:mod:`aligner.project.resegment`, :mod:`aligner.project.realign`).
"""

from __future__ import annotations

from aligner.errors import BitextError
from aligner.review.screens.resegment import (
    ConfirmDialog,
    CutDialog,
    PickSentence,
    cut_choices,
    join_choices,
)


class ResegmentActions:
    """Join sentences (J), cut a sentence (S), mark a range (V), re-align (R)."""

    range_mark: int | None = None  # stable id of the bead where a marked range starts

    # -- re-segmenting ---------------------------------------------------------------------------

    def action_join_sentences(self) -> None:
        if not self._can_edit():
            return
        pos = self.position
        row = self.rows[pos]
        choices, labels = join_choices(row.src_texts, row.tgt_texts, self.langs)
        if not choices:
            self.notify("No two sentences on one side of this bead to join.", severity="warning")
            return

        def done(choice) -> None:
            if choice is not None:
                side, k, _ = choice
                op = self._resegmenting(lambda: self.project.join_sentences(row, side, k), side, -1)
                if self._apply(op, pos, pos + 1, pos):
                    self.notify("Sentences joined (u undoes).", timeout=3)

        # a list even for one choice: a stray J in typed text must not change the project
        self.app.push_screen(PickSentence("Join which two sentences?", choices, labels), done)

    def action_cut_sentence(self) -> None:
        if not self._can_edit():
            return
        pos = self.position
        row = self.rows[pos]
        choices, labels = cut_choices(row.src_texts, row.tgt_texts, self.langs)

        def cut(choice) -> None:
            if choice is None:
                return
            side, k, text = choice

            def done(at: int | None) -> None:
                if at is None:
                    return
                op = self._resegmenting(
                    lambda: self.project.split_sentence(row, side, k, at), side, +1
                )
                if self._apply(op, pos, pos + 1, pos):
                    self.notify("Sentence cut in two (u undoes).", timeout=3)

            self.app.push_screen(CutDialog(text), done)

        if len(choices) == 1:
            cut(choices[0])
        else:
            self.app.push_screen(PickSentence("Cut which sentence?", choices, labels), cut)

    def _resegmenting(self, call, side: str, delta: int):
        """``call``, then the rows after the cursor's bead count ``delta`` more sentences.

        Every later bead's range on ``side`` shifts; shifting the rows in memory
        spares reading every bead again.
        """
        pos = self.position

        def op() -> None:
            call()
            for row in self.rows[pos + 1 :]:
                rng = row.src if side == "src" else row.tgt
                moved = range(rng.start + delta, rng.stop + delta)
                if side == "src":
                    row.src = moved
                else:
                    row.tgt = moved

        return op

    # -- re-aligning -----------------------------------------------------------------------------

    def action_mark_range(self) -> None:
        """Mark the start of a range to re-align, or clear the mark."""
        self.load_all()
        pos = self.position
        if pos is None:
            return
        if self.range_mark is not None:
            self.range_mark = None
            self.notify("Range mark cleared.", timeout=2)
            return
        self.range_mark = self.rows[pos].id
        self.notify(
            f"Range marked from bead {pos + 1}: move to its other end and press R to re-align.",
            timeout=4,
        )

    def action_realign(self) -> None:
        if not self._can_edit():
            return
        pos = self.position
        first = last = None
        if self.range_mark is not None:
            mark = next((r.position for r in self.rows if r.id == self.range_mark), None)
            self.range_mark = None
            if mark is None:
                self.notify("The marked bead has changed since; mark the range again.")
                return
            first, last = sorted((mark, pos))
        else:
            try:
                stretch = self.project.stretch_around(pos)
            except BitextError as err:
                self.notify(err.message, severity="error")
                return
            if stretch is None:
                self.notify(
                    "This bead is confirmed: re-align the beads between confirmed ones, "
                    "or mark a range with V.",
                    severity="warning",
                )
                return
            first, last = stretch
        rows, before = self.rows, last - first + 1
        result: list[tuple[int, int]] = []

        def op() -> None:
            result.append(self.project.realign(rows[first], rows[last]))

        def done(yes: bool | None) -> None:
            if yes and self._apply(op, first, last + 1, first):
                now = result[0][1] - result[0][0] + 1
                self.notify(
                    f"Re-aligned beads {first + 1}–{last + 1}: {before} → {now} beads (u undoes).",
                    timeout=4,
                )

        question = (
            f"Align beads {first + 1}–{last + 1} ({before} beads) again? "
            "Confirmed beads among them stay as they are."
        )
        self.app.push_screen(ConfirmDialog(question), done)
