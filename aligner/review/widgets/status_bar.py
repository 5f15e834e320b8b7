"""One line under the bead list: position, review progress, mode, languages, file."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual.widget import Widget


class StatusBar(Widget):
    """Shows what the translator needs at a glance; the screen feeds it plain values.

    A plain widget of fixed height that only repaints itself: updating it on
    every cursor move must not re-lay out the screen.
    """

    text = ""

    def render(self) -> Text:
        text = Text.from_markup(self.text, overflow="ellipsis")
        text.no_wrap = True
        return text

    def show(
        self,
        *,
        file: str,
        langs: str,
        progress: dict,
        position: int | None,
        total: int,
        filtered: int | None,
        readonly: bool,
        loading: int = 0,
    ) -> None:
        confirmed = progress.get("confirmed", 0)
        rejected = progress.get("rejected", 0)
        n = progress.get("total", total) or 0
        share = f"{100 * confirmed / n:.1f}%" if n else "0%"
        # What changes with every key comes first, so a narrow terminal cuts the file name.
        parts = [
            f"[b]bead {position + 1}/{loading or total}[/b]" if position is not None else "no bead",
            f"confirmed {confirmed}/{n} ({share})",
            f"rejected {rejected}",
        ]
        if readonly:
            parts.insert(0, "[reverse b] READ-ONLY [/]")
        if filtered is not None:
            parts.append(f"[b]doubtful only: {filtered}[/b]")
        if loading:
            parts.append(f"[b]loading {loading} beads…[/b]")
        parts += [escape(langs), escape(file)]
        text = " · ".join(parts)
        if text != self.text:
            self.text = text
            self.refresh()
