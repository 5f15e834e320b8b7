"""The files beside a project: SQLite's journals, temporary builds and the open-lock.

- A ``-wal``/``-shm`` pair beside a file in rollback-journal mode cannot belong
  to it (bitext no longer uses WAL, and SQLite would replay any ``-wal`` it
  finds into the file): it is left over from another file of that name, so it
  is removed before SQLite looks, never mixed in.
- A new project is built in ``.NAME.XXXX.tmp`` beside its destination while
  its builder holds an exclusive lock on it; one left behind by a killed
  process (with its ``-journal``) is unlocked, and removed on the next run.
- Every open project holds a shared ``flock`` on its file, so replacing a
  project that another process (a review) has open is refused instead of
  silently cutting that process off from the file it is saving into.

``flock`` locks are separate from the POSIX locks SQLite takes, so holding
and dropping ours never disturbs SQLite's.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from aligner.errors import BitextError

try:
    import fcntl
except ImportError:  # not POSIX: no open-locks, the rest works
    fcntl = None

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# Opening never blocks (a FIFO put in a project's place stays harmless).
_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
HEADER = b"SQLite format 3\x00"


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def read_header(path: Path) -> bytes:
    """The first 100 bytes (SQLite's file header); BitextError when unreadable."""
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as err:
        raise BitextError(f"cannot read: {err.strerror or err}", str(path)) from None


def is_wal_header(header: bytes) -> bool:
    """True when the header says WAL mode (file format versions 2)."""
    return len(header) >= 20 and (header[18] == 2 or header[19] == 2)


def remove_side_files(path: Path, suffixes=("-wal", "-shm")) -> None:
    for suffix in suffixes:
        try:
            side_file(path, suffix).unlink()
        except FileNotFoundError:
            pass
        except OSError as err:
            raise BitextError(
                f"cannot remove a leftover {suffix} file: {err.strerror or err}", str(path)
            ) from None


def new_temporary(path: Path) -> tuple[Path, int]:
    """A fresh ``.NAME.XXXXXXXX.tmp`` beside ``path``, locked; mode 0666 less the umask."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        return tmp, fd
    raise BitextError("cannot find a free temporary name", str(path.parent))


def remove_temporary(tmp: Path, fd: int | None = None) -> None:
    for leftover in (tmp, side_file(tmp, "-journal")):
        leftover.unlink(missing_ok=True)
    if fd is not None:
        os.close(fd)


def clean_temporaries(path: Path) -> list[Path]:
    """Remove builds of ``path`` left by killed processes; return what was removed."""
    removed = []
    if fcntl is None:
        return removed  # cannot tell a live build from a dead one
    try:
        candidates = list(path.parent.glob(f".{_glob_escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for tmp in candidates:
        try:
            fd = os.open(tmp, _READ)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)  # a build in progress (or no flock here: leave it)
            continue
        try:
            remove_temporary(tmp)
            removed.append(tmp)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def hold_shared(path: Path, wait: float = 2.0) -> int:
    """A descriptor holding a shared lock on ``path``: the project is open here.

    A replacing process holds the exclusive lock for a moment; we wait for it,
    and make sure the file we locked is still the one at ``path``.
    """
    deadline = time.monotonic() + wait
    while True:
        if fcntl is None:
            return os.open(path, _READ)
        try:
            fd = os.open(path, _READ)
        except OSError as err:
            raise BitextError(f"cannot read: {err.strerror or err}", str(path)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() > deadline:
                raise BitextError(
                    "the project is being replaced by another bitext process; try again",
                    str(path),
                ) from None
            time.sleep(0.05)
            continue
        except OSError:
            return fd  # a file system without flock: open without the guard
        if same_file(fd, path):
            return fd
        os.close(fd)  # replaced while we waited: lock the new file


def try_exclusive(path: Path) -> int | None:
    """A descriptor holding the exclusive lock on ``path``, or None if it is open elsewhere."""
    fd = os.open(path, _READ)
    if fcntl is None:
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError:
        pass  # a file system without flock: nobody can hold it either
    return fd


def same_file(fd: int, path: Path) -> bool:
    """True while ``path`` still names the file open as ``fd``."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
