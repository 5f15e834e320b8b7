"""Finding beads by their text: plain or regular-expression search, on one side or both.

:class:`Query` is what a search box holds; :func:`find_all` and
:func:`next_index` work on any sequence of rows (the review app's list, the
result of ``project.beads()``), and ``Project.find`` / ``Project.next_match``
answer the same from the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from aligner.errors import BitextError

SIDES = ("both", "src", "tgt")


@dataclass(frozen=True)
class Query:
    """A search: ``text`` as typed, on ``side`` ("src", "tgt" or "both").

    Plain text matches anywhere, ignoring case unless ``case``; with ``regex``
    the text is a Python regular expression (``re`` syntax).
    """

    text: str
    side: str = "both"
    regex: bool = False
    case: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.text, str) or not self.text:
            raise BitextError("nothing to search for")
        if self.side not in SIDES:
            raise BitextError(f"side must be one of {', '.join(SIDES)}, not {self.side!r}")
        self.pattern  # noqa: B018 - a bad expression is refused when the query is made

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (also what a view highlights)."""
        flags = 0 if self.case else re.IGNORECASE
        source = self.text if self.regex else re.escape(self.text)
        try:
            return re.compile(source, flags)
        except re.error as err:
            raise BitextError(f"not a valid regular expression: {err}") from None

    def texts(self, source: str, target: str) -> tuple[str, ...]:
        if self.side == "src":
            return (source,)
        if self.side == "tgt":
            return (target,)
        return source, target

    def matches(self, row) -> bool:
        """True if the row's source or target text (as ``side`` says) matches."""
        search = self.pattern.search
        return any(search(text) for text in self.texts(row.source, row.target))


def as_query(query: Query | str, **options) -> Query:
    return query if isinstance(query, Query) else Query(query, **options)


def find_all(rows: Sequence, query: Query) -> list[int]:
    """Indices of the rows that match, in order: their count is the match count."""
    return [i for i, row in enumerate(rows) if query.matches(row)]


def next_index(
    count: int,
    start: int | None,
    test: Callable[[int], bool],
    *,
    backward: bool = False,
    wrap: bool = True,
) -> int | None:
    """The first index after ``start`` (before, with ``backward``) for which ``test`` holds.

    ``start=None`` begins at the first index (the last, backward); with
    ``wrap`` the search goes round the end. None when no index qualifies.
    """
    if count <= 0:
        return None
    step = -1 if backward else 1
    if start is None:
        first = count - 1 if backward else 0
    else:
        first = start + step
    for k in range(count):
        i = first + step * k
        if not 0 <= i < count:
            if not wrap:
                return None
            i %= count
        if test(i):
            return i
    return None
