"""CSV glossary with one column per language tag (what memoQ and Trados map on import).

Columns: ``id``, ``status``, ``type``, ``canonical``, one column per language
(the preferred form first, other forms after ``|``, the secondary delimiter
memoQ and Trados Cloud split synonyms on), ``note``, ``gender`` and
``context``. A file whose first row names no such column is OmegaT's
headerless glossary: source, target and comment (see :mod:`.omegat`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from glossary.entries import STATUSES, Entry
from glossary.errors import GlossaryError
from glossary.formats import omegat
from glossary.formats.common import (
    NAME_TYPES,
    check_text,
    escape,
    lang_tag,
    langs_of,
    make_entry,
    terms,
)
from glossary.original import derived_cyrillic

FIXED = ("id", "status", "type", "canonical", "note", "gender", "context")
SEP = "|"
_DELIMITERS = (",", ";", "\t")
NL = "\n"
_LONE_CR = re.compile(r"\r(?!\n)")


def dumps(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> str:
    order = langs_of(entries, langs)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "status", "type", "canonical", *order, "note", "gender", "context"])
    for e in entries:
        cells = [SEP.join(t for t, _ in terms(e, lang, inflect)) for lang in order]
        writer.writerow(
            [e.id, e.status, e.type, e.canonical, *cells, e.note, e.gender or "", e.context]
        )
    return buf.getvalue()


def _rows(text: str, delimiter: str, path: str | None) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of every record. Lines end as the file's lines do: in a
    file with LF or CRLF line ends a lone CR is part of a cell; without any LF
    (old Mac files) CR ends the line."""
    lone_cr = "\n" in text and "\r" in text
    if lone_cr:
        text = _LONE_CR.sub("\x00", text)  # NUL cannot occur: it was refused before
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # a long note is no reason to fail
    try:
        line = 1
        for row in reader:
            yield line, [cell.replace("\x00", "\r") for cell in row] if lone_cr else row
            line = reader.line_num + 1
    except csv.Error as err:
        raise GlossaryError(f"line {reader.line_num}: not valid CSV ({err})", path) from None
    finally:
        csv.field_size_limit(limit)


def _is_header(cells: list[str]) -> bool:
    names = [c.strip() for c in cells if c.strip()]
    if any(n.lower() in FIXED for n in names):
        return True
    return bool(names) and all(lang_tag(n) for n in names)


def _delimiter(text: str, path: str | None) -> str | None:
    """The delimiter under which the first row is a header, or None (no header)."""
    best, best_count = None, 0
    for delimiter in _DELIMITERS:
        first = next(_rows(text, delimiter, path), (1, []))[1]
        if len(first) > best_count and _is_header(first):
            best, best_count = delimiter, len(first)
    return best


def loads(
    text: str, path: str | None = None, src_lang: str = "", tgt_lang: str = ""
) -> list[Entry]:
    if not text.strip():
        raise GlossaryError("the glossary CSV is empty", path)
    nul = text.find("\x00")
    if nul >= 0:
        check_text("\x00", f"line {text.count(NL, 0, nul) + 1}", path)
    delimiter = _delimiter(text, path)
    if delimiter is None:
        return omegat.from_rows(_rows(text, ",", path), src_lang, tgt_lang, path, sep=",")
    rows = _rows(text, delimiter, path)
    _, header = next(rows)
    header = [h.strip() for h in header]
    col = {h.lower(): i for i, h in enumerate(header) if h.lower() in FIXED}
    lang_cols = [(i, h) for i, h in enumerate(header) if h and h.lower() not in FIXED]
    if not lang_cols:
        raise GlossaryError(
            "the glossary CSV has no language columns (expected a header such as "
            "id,status,type,canonical,de,hu,note)",
            path,
        )
    bad = [escape(h) for _, h in lang_cols if not lang_tag(h)]
    if bad:
        raise GlossaryError(f"columns that are not language codes: {', '.join(bad)}", path)
    lang_cols = [(i, lang_tag(h) or h) for i, h in lang_cols]
    # bitext's own files name a canonical form: their rows are names unless typed.
    default_type = "person" if "canonical" in col else "term"
    out = []
    for n, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if any(cell.strip() for cell in row[len(header) :]):
            raise GlossaryError(f"line {n} has more cells than the header", path)
        row = row + [""] * (len(header) - len(row))
        for i, cell in enumerate(row[: len(header)]):
            check_text(cell, f"line {n}, column {escape(header[i]) or i + 1}", path)
        cell = {name: row[col[name]].strip() if name in col else "" for name in FIXED}
        kind = cell["type"] if cell["type"] in (*NAME_TYPES, "term") else default_type
        status = cell["status"] if cell["status"] in STATUSES else "approved"
        by_lang = {code: [t.strip() for t in row[i].split(SEP)] for i, code in lang_cols}
        note = row[col["note"]] if "note" in col else ""
        entry = make_entry(cell["id"] or f"csv-{n}", by_lang, kind, status, note)
        entry.gender, entry.context = cell["gender"] or None, cell["context"]
        canonical = cell["canonical"]
        if canonical:
            # A canonical form that is none of the entry's terms, nor the original that
            # its terms give (derived_cyrillic), was chosen by hand.
            known = {*entry.preferred.values(), *(v.full or v.form for v in entry.variants)}
            known.add(derived_cyrillic(entry) or "")
            entry.canonical, entry.canonical_set = canonical, canonical not in known
        if entry.variants:
            out.append(entry)
    return out
