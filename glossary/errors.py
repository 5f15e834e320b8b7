"""The glossary's one user-facing error; ``aligner``'s CLI shows it as a BitextError."""

from __future__ import annotations


class GlossaryError(ValueError):
    """Bad input to the glossary (unknown language, empty name, unreadable file)."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
