"""Moving around the review screen: cursor keys, go to, doubtful and unreviewed beads, search.

What *doubtful* means and how a search matches are the project's rules
(:mod:`aligner.project.doubt`, :mod:`aligner.project.search`); this mixin
only moves the cursor to what they find.
"""

from __future__ import annotations

from aligner.errors import BitextError
from aligner.project import Query, is_doubtful
from aligner.project.search import find_all, next_index
from aligner.review.screens.goto import GotoDialog
from aligner.review.screens.search import SearchDialog, SearchRequest


class NavigationActions:
    """Mixin for :class:`~aligner.review.screens.main.ReviewScreen`."""

    search_query: Query | None = None

    def _go_to_row(self, row: int) -> None:
        """Put the cursor on a row, leaving the doubtful filter if it hides the row."""
        if not self.beads.show_row(row):
            self.doubtful_only = False
            self._show(row)
            self.notify("Showing all beads again.")

    def _jump(self, test, backward: bool, nothing: str) -> int | None:
        """Go to the next (previous) row for which ``test(row)`` holds, round the end."""
        self.load_all()
        rows = self.rows
        i = next_index(len(rows), self.position, lambda k: test(rows[k]), backward=backward)
        if i is None:
            self.notify(nothing)
        else:
            self._go_to_row(i)
        return i

    def action_cursor_up(self) -> None:
        self.beads.action_cursor_up()

    def action_cursor_down(self) -> None:
        self.beads.action_cursor_down()

    def action_page_up(self) -> None:
        self.beads.action_page_up()

    def action_page_down(self) -> None:
        self.beads.action_page_down()

    def action_first(self) -> None:
        self.beads.action_first()

    def action_last(self) -> None:
        self.beads.action_last()

    def action_next_doubtful(self, backward: bool = False) -> None:
        self._jump(is_doubtful, backward, "No doubtful beads left.")

    def action_next_unreviewed(self, backward: bool = False) -> None:
        self._jump(lambda row: row.status == "unreviewed", backward, "Every bead is reviewed.")

    def action_toggle_filter(self) -> None:
        self.load_all()
        self.doubtful_only = not self.doubtful_only
        self._show(self.position)
        if self.doubtful_only and not self.beads.shown:
            self.notify("No doubtful beads left.")

    def action_goto(self) -> None:
        self.load_all()

        def done(row: int | None) -> None:
            if row is not None:
                self._go_to_row(row)

        self.app.push_screen(GotoDialog(len(self.rows)), done)

    def action_search(self) -> None:
        query = self.search_query

        def done(result: SearchRequest | None) -> None:
            if result is None:
                return
            try:
                query = Query(result.text, side=result.side, regex=result.regex)
            except BitextError as err:
                self.notify(err.message, severity="error")
                return
            self.search_query = query
            self.beads.search = query.pattern
            self.beads.invalidate()
            self.action_search_next()

        self.app.push_screen(SearchDialog(query), done)

    def action_search_next(self, backward: bool = False) -> None:
        query = self.search_query
        if query is None:
            self.action_search()
            return
        i = self._jump(query.matches, backward, f"Not found: {query.text}")
        if i is not None:
            matches = find_all(self.rows, query)
            self.notify(f"Match {matches.index(i) + 1} of {len(matches)}", timeout=3)

    def action_clear_search(self) -> None:
        if self.beads.search is not None:
            self.beads.search = None
            self.beads.invalidate()
