"""Errors a user can act on, and how anything taken from a file or the command line is shown.

The CLI prints a :class:`BitextError` as one line and exits with status 2. File
names, language tags, CSV headers and cell text end up in messages, so every
message goes through :func:`printable`: a control character in a file name
(``\\x1b[2J``, a bell, a carriage return) is shown escaped, never sent raw to
the user's terminal.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the invisible characters that reorder or break a
# line on a terminal (bidirectional overrides and isolates, line/paragraph separators).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_BREAKS = re.compile(r"[ \t]*[\r\n\v\f\x85\u2028\u2029]+[ \t]*")


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: object) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\n``)."""
    return _UNSAFE.sub(_escape, str(text))


def message_line(text: object) -> str:
    """A message as one printable line: line breaks (a parser quoting several lines)
    become one space, every other control character is escaped."""
    return printable(_BREAKS.sub(" ", str(text)))


class BitextError(Exception):
    """A problem with the user's input or files, not a bug in bitext.

    ``path`` names the file concerned, when there is one; the message says what
    is wrong and, where possible, what to do. ``str()`` gives the printable
    one-line form (``PATH: message``), whatever the path or message hold.
    """

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        message = message_line(self.message)
        return f"{printable(self.path)}: {message}" if self.path else message
