"""The bead list: every bead of the project as one wrapped, side-by-side row.

One virtual widget (Textual's Line API on a ScrollView) draws only the rows on
screen, so 50,000 beads cost no more than 50. The scroll offset counts beads,
not lines: a bead is wrapped only when it comes into view, so nothing has to
measure the whole project up front. The widget shows rows; it never changes
the project (the review screen does that through the project API).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from aligner.project import tags
from aligner.review.doubt import confidence_mark, is_doubtful

STATUS_MARK = {"unreviewed": "·", "confirmed": "✓", "rejected": "✗"}
SEPARATOR = " │ "
EMPTY_SIDE = "∅"
BOOKMARK = "⚑"
GUTTER = 18
"""Columns beside the bead number: kind, confidence mark and score, doubt, status, marks."""


class BeadList(ScrollView, can_focus=True):
    """Side-by-side bead rows with a cursor; a filtered view shows a subset of rows."""

    COMPONENT_CLASSES = {
        "bead-list--header",
        "bead-list--odd",
        "bead-list--cursor",
        "bead-list--gutter",
        "bead-list--confirmed",
        "bead-list--rejected",
        "bead-list--doubtful",
        "bead-list--empty",
        "bead-list--name",
        "bead-list--match",
        "bead-list--separator",
        "bead-list--tag",
        "bead-list--bookmark",
    }

    BINDINGS = [
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    class Moved(Message):
        """The cursor is on another bead (``index`` into the rows, None if none shown)."""

        def __init__(self, index: int | None) -> None:
            super().__init__()
            self.index = index

    def __init__(self, src_lang: str = "", tgt_lang: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list = []
        self.view: list[int] | None = None  # row indices shown; None = all rows
        self.cursor = 0  # index into the shown rows
        self.names: re.Pattern[str] | None = None
        self.search: re.Pattern[str] | None = None
        self.langs = (src_lang or "source", tgt_lang or "target")
        self._beads: dict[tuple[int, bool, int], list[Strip]] = {}
        self._screen_key: tuple | None = None
        self._screen_lines: list[Strip] = []
        self._line_owner: list[int] = []
        self._styles: dict[str, Style] = {}
        self.after_first_paint = None  # called once, soon after the list is first drawn

    # -- what is shown ---------------------------------------------------------------------------

    @property
    def shown(self) -> int:
        """Number of rows shown (all rows, or the filtered ones)."""
        return len(self.rows) if self.view is None else len(self.view)

    def row_at(self, v: int) -> int:
        """Row index of the ``v``-th shown row."""
        return v if self.view is None else self.view[v]

    @property
    def current(self) -> int | None:
        """Row index under the cursor, None when nothing is shown."""
        return self.row_at(self.cursor) if self.shown else None

    def set_rows(
        self, rows, view: list[int] | None, at_row: int | None = None, unchanged_before: int = 0
    ) -> None:
        """Show ``rows`` (only ``view`` of them if given); put the cursor on ``at_row`` or after.

        After an edit the rows before ``unchanged_before`` are the same as drawn,
        so their wrapped lines are kept: re-wrapping a screenful costs ~10 ms.
        """
        target = self.current if at_row is None else at_row
        same_layout = (
            view is None
            and self.view is None
            and len(str(len(rows))) == len(str(len(self.rows)))  # gutter width
        )
        self.rows, self.view = rows, view
        if same_layout and unchanged_before > 0:
            self._beads = {k: v for k, v in self._beads.items() if k[0] < unchanged_before}
            self._screen_key = None
            self.refresh()
        else:
            self.invalidate()
        self._update_virtual_size()
        self._place_cursor(0 if target is None else target)

    def invalidate(self) -> None:
        """Forget every drawn row (texts, styles, names or search changed)."""
        self._beads.clear()
        self._screen_key = None
        self.refresh()

    def _place_cursor(self, row: int) -> None:
        if self.view is None:
            v = min(max(row, 0), max(len(self.rows) - 1, 0))
        else:
            v = min(bisect_left(self.view, row), max(len(self.view) - 1, 0))
        self.move_cursor(v, force=True)

    def show_row(self, row: int) -> bool:
        """Move the cursor to a row index; False if the current view hides it."""
        if self.view is not None:
            v = bisect_left(self.view, row)
            if v >= len(self.view) or self.view[v] != row:
                return False
            self.move_cursor(v)
        else:
            self.move_cursor(row)
        return True

    def move_cursor(self, v: int, force: bool = False) -> None:
        """Put the cursor on shown row ``v`` (clamped), scroll it into view, announce it."""
        v = min(max(v, 0), max(self.shown - 1, 0))
        if v == self.cursor and not force:
            return
        old, top = self.cursor, self._top()
        self.cursor = v
        self._screen_key = None
        if not self.size.height:
            self.refresh()
            self.call_after_refresh(self._scroll_to_cursor)
        else:
            self._scroll_to_cursor()
            if force or self._top() != top:
                self.refresh()
            else:
                self._refresh_beads(old, v)  # only the two rows whose highlight changed
        self.post_message(self.Moved(self.current))

    # -- keys and mouse --------------------------------------------------------------------------

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor - max(1, self._visible_beads() - 1))

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor + max(1, self._visible_beads() - 1))

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self.shown - 1)

    def on_click(self, event: events.Click) -> None:
        self._render_screen()
        y = event.y - 1
        if 0 <= y < len(self._line_owner):
            self.move_cursor(self._line_owner[y])

    def on_resize(self, event: events.Resize) -> None:
        self._update_virtual_size()
        self._screen_key = None
        self.call_after_refresh(self._scroll_to_cursor)

    # -- geometry --------------------------------------------------------------------------------

    @property
    def _body_height(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def _top(self) -> int:
        return int(self.scroll_offset.y)

    def _update_virtual_size(self) -> None:
        """Scroll range in beads; the last bead can scroll up to the top of the screen."""
        height = self.scrollable_content_region.height or self.size.height
        n = self.shown
        fits = n <= height and sum(len(self._bead_strips(v)) for v in range(n)) < height
        self.virtual_size = Size(self.size.width, height if fits else n + height - 1)

    def _visible_beads(self) -> int:
        self._render_screen()
        return len(set(self._line_owner)) or 1

    def _refresh_beads(self, *shown: int) -> None:
        self._render_screen()
        width = self.size.width
        for v in shown:
            lines = [y for y, owner in enumerate(self._line_owner) if owner == v]
            if lines:
                self.refresh(Region(0, 1 + lines[0], width, len(lines)))

    def _scroll_to_cursor(self) -> None:
        top, body, cur = self._top(), self._body_height, self.cursor
        if not self.shown:
            new_top = 0
        elif cur < top:
            new_top = cur
        else:
            if cur - top < body:
                used = sum(len(self._bead_strips(v)) for v in range(top, cur + 1))
                if used <= body:
                    return
            new_top, used = cur, len(self._bead_strips(cur))
            while new_top > 0:
                more = len(self._bead_strips(new_top - 1))
                if used + more > body:
                    break
                new_top, used = new_top - 1, used + more
        if new_top != top:
            self.scroll_to(y=new_top, animate=False, immediate=True)
            self._screen_key = None
            self.refresh()

    # -- drawing ---------------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(
                f"bead-list--{name}", partial=True
            )
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._beads.clear()
        self._screen_key = None

    def _columns(self, width: int) -> tuple[int, int, int]:
        """Widths of the gutter, the source column and the target column."""
        gutter = len(str(len(self.rows))) + GUTTER
        text = max(width - gutter - len(SEPARATOR), 2)
        return gutter, text // 2, text - text // 2

    def _wrap(self, texts: list[str], width: int) -> list[Text]:
        console = self.app.console
        if not texts:
            return [Text(EMPTY_SIDE, style=self._style("empty"))]
        lines: list[Text] = []
        for sentence in texts:
            text = Text.assemble(  # inline codes as tags: ⟨1⟩bold⟨/1⟩
                *(
                    (piece, self._style("tag") if is_tag else "")
                    for piece, is_tag in tags.spans(sentence.replace("\n", " "))
                )
            )
            if self.names is not None:
                text.highlight_regex(self.names, self._style("name"))
            if self.search is not None:
                text.highlight_regex(self.search, self._style("match"))
            lines.extend(text.wrap(console, width, overflow="fold") or [Text("")])
        return lines

    def _bead_strips(self, v: int) -> list[Strip]:
        """The drawn lines of shown row ``v`` at the current width (cached)."""
        width = self.scrollable_content_region.width or self.size.width
        cursor = v == self.cursor
        key = (v, cursor, width)
        strips = self._beads.get(key)
        if strips is not None:
            return strips
        index = self.row_at(v)
        row = self.rows[index]
        gutter_w, left_w, right_w = self._columns(width)
        src, tgt = self._wrap(row.src_texts, left_w), self._wrap(row.tgt_texts, right_w)
        base = self.rich_style
        if index % 2:
            base += self._style("odd")
        if row.status in ("confirmed", "rejected"):
            base += self._style(row.status)
        if cursor:
            base += self._style("cursor")
        doubtful = is_doubtful(row)
        digits = len(str(len(self.rows)))
        kind = f"{len(row.src_texts)}-{len(row.tgt_texts)}"
        gutter = Text.assemble(
            (f"{index + 1:>{digits}} {kind:<5} ", self._style("gutter")),
            (
                f"{confidence_mark(row.score)}{row.score:.2f}" + ("!" if doubtful else " "),
                self._style("doubtful") if doubtful else self._style("gutter"),
            ),
            (f" {STATUS_MARK.get(row.status, '?')}", self._style("gutter")),
            ("✎" if getattr(row, "edited", False) else " ", self._style("gutter")),
            (BOOKMARK if getattr(row, "bookmark", False) else " ", self._style("bookmark")),
            (" ", self._style("gutter")),
        )
        gutter.truncate(gutter_w, pad=True)
        blank_gutter = Text(" " * gutter_w)
        console = self.app.console
        strips = []
        for i in range(max(len(src), len(tgt))):
            left = src[i].copy() if i < len(src) else Text("")
            right = tgt[i].copy() if i < len(tgt) else Text("")
            left.truncate(left_w, pad=True)
            right.truncate(right_w, pad=True)
            line = Text.assemble(
                gutter if i == 0 else blank_gutter,
                left,
                (SEPARATOR, self._style("separator")),
                right,
                style=base,
            )
            strips.append(Strip(line.render(console), width))
        self._beads[key] = strips
        if len(self._beads) > 4000:
            self._beads.clear()
            self._beads[key] = strips
        return strips

    def _header(self, width: int) -> Strip:
        gutter_w, left_w, right_w = self._columns(width)
        line = Text.assemble(
            "#".rjust(len(str(len(self.rows)))).ljust(gutter_w),
            f"Source ({self.langs[0]})".ljust(left_w)[:left_w],
            SEPARATOR,
            f"Target ({self.langs[1]})".ljust(right_w)[:right_w],
            style=self.rich_style + self._style("header"),
        )
        return Strip(line.render(self.app.console), width)

    def _render_screen(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        body = self._body_height
        key = (self._top(), width, body, self.cursor, len(self.rows), self.shown)
        if key == self._screen_key:
            return
        lines: list[Strip] = []
        owner: list[int] = []
        v = self._top()
        while len(lines) < body and v < self.shown:
            strips = self._bead_strips(v)
            lines.extend(strips)
            owner.extend([v] * len(strips))
            v += 1
        self._screen_lines, self._line_owner = lines[:body], owner[:body]
        self._screen_key = key

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        if y == 0:
            if self.after_first_paint is not None:
                # let the drawn frame reach the terminal before the callback runs
                self.set_timer(0.1, self.after_first_paint)
                self.after_first_paint = None
            return self._header(width)
        self._render_screen()
        if y - 1 < len(self._screen_lines):
            return self._screen_lines[y - 1]
        if y == 2 and not self.shown:
            message = "No doubtful beads left: f shows all beads." if self.view is not None else ""
            text = Text(f"  {message}", style=self.rich_style + self._style("empty"))
            text.truncate(width, pad=True)
            return Strip(text.render(self.app.console), width)
        return Strip.blank(width, self.rich_style)
