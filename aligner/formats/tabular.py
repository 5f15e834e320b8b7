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

import codecs
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


def read_pairs_csv(
    path: str | Path,
    *,
    excel: bool | None = None,
    sep: str | None = None,
    langs: tuple[str, str] | None = None,
):
    """Read a pairs CSV (ours, or any with ``source`` and ``target`` columns) as a DataFrame.

    The delimiter (``,`` ``;`` or tab) is found from the header row, so a CSV
    saved by a spreadsheet in a locale that uses ``;`` reads as well. ``excel``
    (default: when the file starts with a UTF-8 BOM, as ``--excel`` output and
    spreadsheets' "CSV UTF-8" do) removes the apostrophe that guards formulas.
    With ``langs`` (source, target), columns named by those language codes
    stand for ``source`` and ``target``. A row with more cells than the header
    is an error, never a silently lost column; trailing empty cells are allowed.
    """
    import pandas as pd

    path = Path(path)
    name = str(path)
    # Read and decode here: a directory, a binary or UTF-16 file and bad bytes
    # then get the same one-line messages as every other input.
    data = read_input(path, "CSV file")
    text, _ = decode(data, name, hint=SAVE_AS_UTF8)
    if excel is None:
        excel = data.startswith(codecs.BOM_UTF8)
    if not text.strip():
        raise BitextError("empty file: no header row", name)
    if sep is None:
        sep = _delimiter(text, "\t" if path.suffix.lower() in (".tsv", ".tab") else ",")
    header, rows = _rows(text, sep, name)
    columns = _columns(header, langs, name)
    table = pd.DataFrame(
        {column: [row[i] for row in rows] for i, column in columns.items()},
        columns=list(columns.values()),
        dtype=object,
    )
    if excel:
        for column in TEXT_COLUMNS:
            if column in table.columns:
                table[column] = table[column].map(unneutralise)
    if "score" in table.columns:
        # a spreadsheet in a German or French locale writes 0,75
        table["score"] = pd.to_numeric(table["score"].str.replace(",", "."), errors="coerce")
    return table


def _delimiter(text: str, default: str) -> str:
    """The delimiter that splits the header row into the most named cells."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    best, cells = default, len(first.split(default))
    for candidate in (",", ";", "\t"):
        n = len([c for c in first.split(candidate) if c.strip()])
        if n > cells or (n == cells and candidate == default):
            best, cells = candidate, n
    return best


def _rows(text: str, sep: str, name: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows, each row as long as the header (trailing empty cells dropped)."""
    csv.field_size_limit(64 << 20)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    try:
        header = next(reader)
        while header and not header[-1].strip():
            header.pop()
        rows = []
        for row in reader:
            if not row or (len(row) == 1 and not row[0]):
                continue  # a blank line
            if len(row) > len(header):
                extra = row[len(header) :]
                if any(cell.strip() for cell in extra):
                    raise BitextError(
                        f"malformed CSV: wrong number of columns: expected {len(header)} "
                        f"fields in line {reader.line_num}, saw {len(row)} ({sep!r} separated, "
                        "from the header); a column without a name would be lost",
                        name,
                    )
                row = row[: len(header)]
            rows.append(row + [""] * (len(header) - len(row)))
    except csv.Error as err:
        raise BitextError(f"malformed CSV: line {reader.line_num}: {err}", name) from None
    return header, rows


def _columns(header: list[str], langs: tuple[str, str] | None, name: str) -> dict[int, str]:
    """Column index -> column name, ``source``/``target`` found by name or language code."""
    names = [h.strip() for h in header]
    lowered = [h.lower() for h in names]
    columns = {i: h for i, h in enumerate(names)}
    for role, lang in zip(("source", "target"), langs or (None, None), strict=True):
        if role in lowered:
            columns[lowered.index(role)] = role
        elif lang and lang.lower() in lowered:
            columns[lowered.index(lang.lower())] = role
    missing = [c for c in ("source", "target") if c not in columns.values()]
    if missing:
        raise BitextError(
            f"CSV lacks the column(s) {', '.join(missing)} (its header is: {', '.join(names)})",
            name,
        )
    return columns


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
