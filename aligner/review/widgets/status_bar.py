"""One line under the bead list: file, languages, review progress, position, mode."""

from __future__ import annotations

from rich.markup import escape
from textual.widgets import Static


class StatusBar(Static):
    """Shows what the translator needs at a glance; the screen feeds it plain values."""

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
    ) -> None:
        confirmed = progress.get("confirmed", 0)
        rejected = progress.get("rejected", 0)
        n = progress.get("total", total) or 0
        share = f"{100 * confirmed / n:.1f}%" if n else "0%"
        parts = [
            f"[b]{escape(file)}[/b]",
            escape(langs),
            f"confirmed {confirmed}/{n} ({share})",
            f"rejected {rejected}",
            f"bead {position + 1}/{total}" if position is not None else f"no bead/{total}",
        ]
        if filtered is not None:
            parts.append(f"[b]doubtful only: {filtered}[/b]")
        if readonly:
            parts.append("[reverse b] READ-ONLY [/]")
        self.update(" · ".join(parts))
