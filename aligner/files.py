"""File checks every command shares, so each bad path gets the same one-line error.

Inputs are read whole (bitext's inputs are texts, translation memories and
glossaries); outputs are checked before any work starts, so a typo in ``-o``
costs nothing, and a failure names the directory that is wrong rather than
leaving the user to guess from an errno.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from aligner.errors import BitextError


def shown(path: str | os.PathLike) -> str:
    """How a path appears in messages: ``-`` is standard input."""
    return "<stdin>" if str(path) == "-" else str(path)


def read_input(path: str | os.PathLike, what: str = "file") -> bytes:
    """The bytes of an input file (``-``: stdin); BitextError for anything unreadable."""
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        # A text stream without bytes underneath (a test's StringIO) is already decoded.
        return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    p = Path(path)
    name = str(path)
    if p.is_dir():
        raise BitextError(f"is a directory, expected a {what}", name)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise BitextError("no such file", name) from None
    except PermissionError:
        raise BitextError("permission denied", name) from None
    except OSError as err:
        raise BitextError(f"cannot read: {err.strerror or err}", name) from None


def check_output(path: str | os.PathLike) -> Path:
    """Make sure ``path`` can be created or replaced; return its directory.

    Raises BitextError naming the directory when it is missing, is a file, or
    may not be written, and naming ``path`` when it is itself a directory.
    """
    path = Path(path)
    directory = path.parent
    if path.is_dir():
        raise BitextError("is a directory", str(path))
    if not directory.exists():
        missing = directory
        while not missing.parent.exists():
            missing = missing.parent
        if missing.parent.is_dir():
            raise BitextError("directory does not exist", str(directory))
        raise BitextError("not a directory", str(missing.parent))
    if not directory.is_dir():
        raise BitextError("not a directory", str(directory))
    if not os.access(directory, os.W_OK | os.X_OK):
        raise BitextError("permission denied: cannot write in this directory", str(directory))
    return directory


def output_error(err: OSError, path: str | os.PathLike) -> BitextError:
    """An OSError met while writing ``path`` (disk full, quota ...) as a one-line error."""
    if isinstance(err, PermissionError):
        return BitextError("permission denied", str(path))
    return BitextError(f"cannot write: {err.strerror or err}", str(path))


def open_input(path: str | os.PathLike, what: str = "file"):
    """An input opened for reading in binary (``-``: stdin, read into memory).

    For readers that stream a big file instead of reading it whole; errors are
    the one-line ones :func:`read_input` gives.
    """
    import io

    if str(path) == "-":
        return io.BytesIO(read_input(path, what))
    p = Path(path)
    if p.is_dir():
        raise BitextError(f"is a directory, expected a {what}", str(path))
    try:
        return p.open("rb")
    except FileNotFoundError:
        raise BitextError("no such file", str(path)) from None
    except PermissionError:
        raise BitextError("permission denied", str(path)) from None
    except OSError as err:
        raise BitextError(f"cannot read: {err.strerror or err}", str(path)) from None
