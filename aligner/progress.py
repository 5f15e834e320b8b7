"""Progress bars for long work: shown on a terminal, silent when stderr is piped."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from aligner.errors import printable

T = TypeVar("T")


class _Silent:
    def advance(self, n: float = 1) -> None:
        pass

    def total(self, n: float) -> None:
        pass

    def flush(self) -> None:
        pass


class _Bar:
    """Hands advances to rich at most every 50 ms: a call per item would cost
    more than the item itself in a tight loop (rich takes a lock each time)."""

    def __init__(self, progress, task):
        self._progress, self._task = progress, task
        self._pending = 0.0
        self._next = 0.0

    def advance(self, n: float = 1) -> None:
        self._pending += n
        now = time.monotonic()
        if now >= self._next:
            self.flush(now)

    def flush(self, now: float | None = None) -> None:
        if self._pending:
            self._progress.advance(self._task, self._pending)
            self._pending = 0.0
        self._next = (time.monotonic() if now is None else now) + 0.05

    def total(self, n: float) -> None:
        self._progress.update(self._task, total=n)


def enabled() -> bool:
    """Show bars only to a person watching a terminal."""
    return sys.stderr.isatty()


@contextmanager
def progress(description: str, total: float | None = None) -> Iterator[_Bar | _Silent]:
    """Yield an object with ``advance(n)``; draws a rich bar on stderr if it is a terminal."""
    if not enabled():
        yield _Silent()
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        # rich would route print() through the bar's console, i.e. to stderr:
        # right when stdout is the same terminal, but it would steal results
        # from a redirected stdout (``bitext segment big.txt > out.txt``).
        redirect_stdout=sys.stdout.isatty(),
    ) as bar:
        # A file name in the description is neither markup nor terminal control.
        handle = _Bar(bar, bar.add_task(escape(printable(description)), total=total))
        yield handle
        handle.flush()


def track(items: Iterable[T], description: str, total: float | None = None) -> Iterator[T]:
    """Iterate over ``items`` with a progress bar on a terminal."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with progress(description, total) as bar:
        for item in items:
            yield item
            bar.advance()
