"""CSV through pandas, and the line-based TSV and Moses files MT pipelines read.

CSV keeps every character of a segment (quotes, commas, tabs, line breaks):
pandas quotes the cells, and ``read_pairs_csv`` gives the same text back.
``excel=True`` is for opening the file in a spreadsheet: a UTF-8 BOM so that
Excel detects the encoding, and a leading apostrophe on every text cell that
starts with ``= + - @`` (or a tab, carriage return or apostrophe), so that the
spreadsheet shows it as text instead of running it as a formula (CSV
injection). ``read_pairs_csv(..., excel=True)`` removes that apostrophe again.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from aligner.errors import BitextError
from aligner.files import read_input
from aligner.formats.common import ids_text, one_line
from aligner.progress import track
from aligner.read import SAVE_AS_UTF8, decode

CSV_COLUMNS = [
    "id", "position", "src_ids", "tgt_ids", "kind", "score", "status", "source", "target", "note",
]  # fmt: skip
TEXT_COLUMNS = ["source", "target", "note"]
_SLICE = 5000  # rows per to_csv call
# Cells a spreadsheet would evaluate (or, for "'" and whitespace, that our
# escaping itself must stay reversible for).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(text: str) -> str:
    """Make a cell inert for a spreadsheet: prefix an apostrophe when it could run."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unneutralise(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def pairs_table(pairs):
    """The CSV's columns from ``project.pairs()`` rows; segment ids as ``"3 4"``."""
    table = pairs.copy()
    table["src_ids"] = table["src_ids"].map(ids_text)
    table["tgt_ids"] = table["tgt_ids"].map(ids_text)
    return table[CSV_COLUMNS]


def write_pairs_csv(out: IO[str], pairs, *, excel: bool = False, sep: str = ",") -> int:
    """Write pairs as CSV with a header; return the number of rows."""
    table = pairs_table(pairs)
    if excel:
        for column in TEXT_COLUMNS:
            table[column] = table[column].map(neutralise)
        out.write("\ufeff")
    # CRLF (RFC 4180) also makes the csv module quote cells holding a lone "\r".
    # Written in slices so that a bar can follow a big export.
    starts = range(0, max(len(table), 1), _SLICE)
    for start in track(starts, "CSV"):
        table.iloc[start : start + _SLICE].to_csv(
            out, index=False, header=start == 0, sep=sep, lineterminator="\r\n"
        )
    return len(table)


def read_pairs_csv(path: str | Path, *, excel: bool = False, sep: str | None = None):
    """Read a pairs CSV (ours, or any with ``source`` and ``target`` columns) as a DataFrame."""
    import pandas as pd

    path = Path(path)
    if sep is None:
        sep = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    # Read and decode here, not in pandas: a directory, a binary or UTF-16 file and
    # bad bytes then get the same one-line messages as every other input.
    text, _ = decode(read_input(path, "CSV file"), str(path), hint=SAVE_AS_UTF8)
    if not text.strip():
        raise BitextError("empty file: no header row", str(path))
    try:
        table = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=str,
            keep_default_na=False,
            quoting=csv.QUOTE_MINIMAL,
            on_bad_lines="error",
        )
    except pd.errors.EmptyDataError:
        raise BitextError("empty file: no header row", str(path)) from None
    except pd.errors.ParserError as err:
        message = str(err).strip().splitlines()[-1].removeprefix("Error tokenizing data. C error: ")
        if message.startswith("Expected "):
            message = "wrong number of columns: e" + message[1:]
        raise BitextError(f"malformed CSV: {message}", str(path)) from None
    missing = [c for c in ("source", "target") if c not in table.columns]
    if missing:
        raise BitextError(
            f"CSV lacks the column(s) {', '.join(missing)} (its header is: "
            f"{', '.join(map(str, table.columns))})",
            str(path),
        )
    if excel:
        for column in TEXT_COLUMNS:
            if column in table.columns:
                table[column] = table[column].map(unneutralise)
    if "score" in table.columns:
        table["score"] = pd.to_numeric(table["score"], errors="coerce")
    return table


def write_tsv(out: IO[str], pairs) -> int:
    """One pair per line, ``source<TAB>target``, no header (tabs and breaks become spaces)."""
    count = 0
    for row in track(pairs.itertuples(index=False), "TSV", total=len(pairs)):
        out.write(f"{one_line(row.source)}\t{one_line(row.target)}\n")
        count += 1
    return count


def write_moses(src_out: IO[str], tgt_out: IO[str], pairs) -> int:
    """Two line-aligned files, line n of one translating line n of the other."""
    count = 0
    for row in track(pairs.itertuples(index=False), "Moses", total=len(pairs)):
        src_out.write(one_line(row.source) + "\n")
        tgt_out.write(one_line(row.target) + "\n")
        count += 1
    return count
