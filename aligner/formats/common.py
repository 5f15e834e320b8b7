"""Helpers every format shares: safe output files, pair selection, language tags."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from aligner.errors import BitextError
from aligner.files import check_output, output_error
from aligner.project import STATUSES

# Exported unless --status says otherwise: a rejected pair is not a translation.
DEFAULT_STATUSES = ("unreviewed", "confirmed")


@contextmanager
def atomic_output(
    path: str | os.PathLike | None, *, binary: bool = False, **open_kw
) -> Iterator[IO]:
    """Open a temporary file beside ``path`` and rename it over ``path`` on success.

    A run that fails half-way leaves the old file untouched and no debris;
    ``path`` of None or "-" means stdout.
    """
    if path is None or str(path) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    path = Path(path)
    directory = check_output(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as err:
        raise output_error(err, directory) from None
    try:
        mode = "wb" if binary else "w"
        with os.fdopen(fd, mode, **({} if binary else {"encoding": "utf-8", **open_kw})) as out:
            yield out
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            # Disk full, quota, a file system gone away: the old file is still intact.
            raise output_error(err, path) from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def parse_statuses(text: str | None) -> tuple[str, ...]:
    """``"confirmed"``, ``"confirmed,unreviewed"`` or ``"all"`` -> status names."""
    if text is None:
        return DEFAULT_STATUSES
    if text.strip() == "all":
        return STATUSES
    wanted = tuple(s.strip() for s in text.split(",") if s.strip())
    bad = [s for s in wanted if s not in STATUSES]
    if bad or not wanted:
        raise BitextError(
            f"unknown status {', '.join(bad) or text!r}: use {', '.join(STATUSES)} or all"
        )
    return wanted


def select_pairs(pairs, statuses=DEFAULT_STATUSES, min_score: float | None = None):
    """Rows of ``project.pairs()`` with one of ``statuses`` and at least ``min_score``."""
    keep = pairs["status"].isin(list(statuses))
    if min_score is not None:
        keep &= pairs["score"] >= min_score
    return pairs[keep].reset_index(drop=True)


def both_sides(pairs):
    """Split rows into (with both sides, count of rows with a side empty)."""
    full = (pairs["source"].str.strip() != "") & (pairs["target"].str.strip() != "")
    return pairs[full].reset_index(drop=True), int((~full).sum())


def ids_text(ids) -> str:
    """Segment indices as one cell: ``[3, 4]`` -> ``"3 4"``."""
    return " ".join(str(i) for i in ids)


def one_line(text: str) -> str:
    """Text for a line-based format: tabs and line breaks become spaces."""
    return re.sub(r"[\t\r\n\v\f\u0085\u2028\u2029]+", " ", text).strip()
