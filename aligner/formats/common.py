"""Helpers every format shares: safe output files, pair selection, language tags."""

from __future__ import annotations

import functools
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from aligner.errors import BitextError

STATUS_CHOICES = ("unreviewed", "confirmed", "rejected")
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
    directory = path.parent
    if not directory.is_dir():
        raise BitextError("directory does not exist", str(directory))
    if path.is_dir():
        raise BitextError("is a directory", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        mode = "wb" if binary else "w"
        with os.fdopen(fd, mode, **({} if binary else {"encoding": "utf-8", **open_kw})) as out:
            yield out
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
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
        return STATUS_CHOICES
    wanted = tuple(s.strip() for s in text.split(",") if s.strip())
    bad = [s for s in wanted if s not in STATUS_CHOICES]
    if bad or not wanted:
        raise BitextError(
            f"unknown status {', '.join(bad) or text!r}: use {', '.join(STATUS_CHOICES)} or all"
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


_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


@functools.lru_cache(maxsize=256)
def normalise_lang(tag: str) -> str:
    """BCP 47 case conventions: ``EN`` -> ``en``, ``de-de`` / ``de_DE`` -> ``de-DE``."""
    parts = tag.strip().replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def valid_lang(tag: str) -> bool:
    return bool(_TAG.match(tag))


def ids_text(ids) -> str:
    """Segment indices as one cell: ``[3, 4]`` -> ``"3 4"``."""
    return " ".join(str(i) for i in ids)


def one_line(text: str) -> str:
    """Text for a line-based format: tabs and line breaks become spaces."""
    return re.sub(r"[\t\r\n\v\f\u0085\u2028\u2029]+", " ", text).strip()
