"""Errors a user can act on. The CLI prints them as one line and exits with status 2."""

from __future__ import annotations


class BitextError(Exception):
    """A problem with the user's input or files, not a bug in bitext.

    ``path`` names the file concerned, when there is one; the message says what
    is wrong and, where possible, what to do.
    """

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message
