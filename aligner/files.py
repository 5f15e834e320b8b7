"""File checks every command shares, so each bad path gets the same one-line error.

Inputs are read whole (bitext's inputs are texts, translation memories and
glossaries) and must be regular files: a FIFO would block ``open()`` forever
and a device (``/dev/zero``) would never end, so both are refused before a
byte is read. Outputs are checked before any work starts, so a typo in ``-o``
costs nothing; a failure names the directory that is wrong rather than leaving
the user to guess from an errno. An output that *is* one of the command's
inputs (the project, a source text, through a symlink or a hard link) is
refused, ``--force`` or not: files are compared by identity, not by name.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aligner.errors import BitextError

# What a stat mode is, for messages about files that are not regular files.
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def shown(path: str | os.PathLike) -> str:
    """How a path appears in messages: ``-`` is standard input."""
    return "<stdin>" if str(path) == "-" else str(path)


def kind(mode: int) -> str:
    """``a named pipe (FIFO)``, ``a directory`` ... for a mode that is not a regular file."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _os_error(err: OSError, name: str, missing: str = "no such file") -> BitextError:
    if isinstance(err, FileNotFoundError):
        return BitextError(missing, name)
    if isinstance(err, PermissionError):
        return BitextError("permission denied", name)
    if err.errno == errno.ELOOP:
        return BitextError("too many levels of symbolic links (a symlink loop?)", name)
    if err.errno == errno.ENAMETOOLONG:
        return BitextError("file name too long", name)
    return BitextError(f"cannot read: {err.strerror or err}", name)


def _not_regular(mode: int, what: str, name: str) -> BitextError:
    if stat.S_ISDIR(mode):
        return BitextError(f"is a directory, expected a {what}", name)
    return BitextError(f"is {kind(mode)}, not a regular file; expected a {what}", name)


def _open_regular(path: str | os.PathLike, what: str, missing: str = "no such file") -> int:
    """Open ``path`` for reading without blocking on a FIFO; refuse anything not a regular file."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        # A socket cannot be opened at all (ENXIO): say what it is, not the errno.
        mode = _mode(path)
        if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise _not_regular(mode, what, name) from None
        raise _os_error(err, name, missing) from None
    except ValueError:  # a NUL byte in the name
        raise BitextError("file name contains a NUL byte", name.replace("\0", "\\0")) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(mode, what, name)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _mode(path: str | os.PathLike) -> int | None:
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):
        return None


def check_input(path: str | os.PathLike, what: str = "file", missing: str = "no such file") -> None:
    """Refuse ``path`` unless it is a readable regular file (for readers that open it)."""
    os.close(_open_regular(path, what, missing))


def read_input(path: str | os.PathLike, what: str = "file") -> bytes:
    """The bytes of an input file (``-``: stdin); BitextError for anything unreadable."""
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        # A text stream without bytes underneath (a test's StringIO) is already decoded.
        try:
            return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        except OSError as err:
            raise _os_error(err, "<stdin>") from None
    name = str(path)
    fd = _open_regular(path, what)
    try:
        with os.fdopen(fd, "rb") as handle:
            return handle.read()
    except MemoryError:
        raise BitextError("too large to read into memory", name) from None
    except OSError as err:
        raise _os_error(err, name) from None


def check_project(path: str | os.PathLike) -> None:
    """Refuse a project path that is not a regular file before SQLite or ``open()`` sees it.

    A missing file or a directory is left to :meth:`Project.open`, which names
    them in its own words; a FIFO, a device, a socket or a symlink loop stops here.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise _os_error(err, str(path), "no such project file") from None
    except ValueError:
        raise BitextError("file name contains a NUL byte", str(path).replace("\0", "\\0")) from None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise _not_regular(mode, "project file", str(path))


def check_output(path: str | os.PathLike) -> Path:
    """Make sure ``path`` can be created or replaced; return its directory.

    Raises BitextError naming the directory when it is missing, is a file, or
    may not be written, and naming ``path`` when it is a directory, a FIFO, a
    device or anything else that is not a regular file (replacing a device node
    or a pipe with a file is never what the user meant).
    """
    name = str(path)
    if not name:
        raise BitextError("an empty output name")
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    except OSError as err:
        raise _os_error(err, name) from None
    except ValueError:
        raise BitextError("file name contains a NUL byte", name.replace("\0", "\\0")) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise BitextError("is a directory", name)
    if mode is None and name.endswith(os.sep):
        raise BitextError("names a directory (it ends with a slash), expected a file name", name)
    if mode is not None and not stat.S_ISREG(mode):
        raise BitextError(f"is {kind(mode)}, not a regular file: bitext will not replace it", name)
    if len(path.name.encode("utf-8", "surrogateescape")) > 240:
        # mkstemp adds a prefix and a suffix to the name: leave room for them.
        raise BitextError("file name too long", name)
    directory = path.parent
    try:
        directory_mode = os.stat(directory).st_mode
    except (FileNotFoundError, NotADirectoryError):
        missing = directory
        while not missing.parent.exists():
            missing = missing.parent
        if missing.parent.is_dir():
            raise BitextError("directory does not exist", str(directory)) from None
        raise BitextError("not a directory", str(missing.parent)) from None
    except OSError as err:
        raise _os_error(err, str(directory)) from None
    if not stat.S_ISDIR(directory_mode):
        raise BitextError("not a directory", str(directory))
    if not os.access(directory, os.W_OK | os.X_OK):
        raise BitextError("permission denied: cannot write in this directory", str(directory))
    return directory


def output_error(err: OSError, path: str | os.PathLike) -> BitextError:
    """An OSError met while writing ``path`` (disk full, quota ...) as a one-line error."""
    if isinstance(err, PermissionError):
        return BitextError("permission denied", str(path))
    return BitextError(f"cannot write: {err.strerror or err}", str(path))


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether ``a`` and ``b`` are one file: the same inode (through symlinks and hard
    links), or, for names that do not exist yet, the same resolved path."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        pass
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (OSError, ValueError):
        return False


def refuse_inputs(
    output: str | os.PathLike, inputs: Iterable[tuple[str | os.PathLike, str]]
) -> None:
    """Refuse to write ``output`` when it is one of ``inputs`` (``(path, what it is)`` pairs).

    ``--force`` allows replacing an earlier output, never what the command reads.
    """
    for path, what in inputs:
        if path is not None and str(path) != "-" and same_file(output, path):
            raise BitextError(
                f"is {what}: bitext will not write over its own input; choose another output",
                str(output),
            )


def refuse_existing(output: str | os.PathLike, force: bool) -> None:
    """Refuse an existing ``output`` unless ``force`` (symlinks count, even dangling ones)."""
    if not force and os.path.lexists(output):
        raise BitextError("file exists (use --force to replace it)", str(output))


def project_inputs(project) -> list[tuple[Path, str]]:
    """What an open project must never be overwritten with: its file, SQLite's files
    beside it, and the files its documents were read from (as far as they can be found)."""
    path = Path(project.path)
    inputs = [(path, "the project")]
    inputs += [(Path(f"{path}{suffix}"), "the project's SQLite journal") for suffix in _SIDECARS]
    for side, label in (("src", "source"), ("tgt", "target")):
        try:
            origin = project.document(side).path
        except (BitextError, LookupError, TypeError, ValueError, sqlite3.Error):
            continue  # a damaged project: whoever reads it next says so
        if not origin or not isinstance(origin, str):
            continue
        origin = Path(origin)
        # A relative name was relative to where the project was made: here, or beside it.
        candidates = [origin] if origin.is_absolute() else [origin, path.parent / origin]
        inputs += [
            (c, f"the file the project's {label} text was read from")
            for c in candidates
            if _exists(c)
        ]
    return inputs


_SIDECARS = ("-wal", "-shm", "-journal")


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


@contextmanager
def writing(path: str | os.PathLike) -> Iterator[None]:
    """Report a failure to write ``path`` (a full disk under SQLite or a plain file) in one line."""
    try:
        yield
    except sqlite3.Error as err:
        reason = str(err) or type(err).__name__
        raise BitextError(f"cannot write: {reason}", str(path)) from None
    except OSError as err:
        raise output_error(err, path) from None


def open_input(path: str | os.PathLike, what: str = "file"):
    """An input opened for reading in binary (``-``: stdin, read into memory).

    For readers that stream a big file instead of reading it whole; the same
    checks and one-line errors as :func:`read_input` (a FIFO is refused, not
    waited on).
    """
    import io

    if str(path) == "-":
        return io.BytesIO(read_input(path, what))
    return os.fdopen(_open_regular(path, what), "rb")
