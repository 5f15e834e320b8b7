"""Progress bars for long work: shown on a terminal, silent when stderr is piped."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


class _Silent:
    def advance(self, n: float = 1) -> None:
        pass

    def total(self, n: float) -> None:
        pass


class _Bar:
    def __init__(self, progress, task):
        self._progress, self._task = progress, task

    def advance(self, n: float = 1) -> None:
        self._progress.advance(self._task, n)

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
    ) as bar:
        yield _Bar(bar, bar.add_task(description, total=total))


def track(items: Iterable[T], description: str, total: float | None = None) -> Iterator[T]:
    """Iterate over ``items`` with a progress bar on a terminal."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with progress(description, total) as bar:
        for item in items:
            yield item
            bar.advance()
