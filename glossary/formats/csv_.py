"""CSV glossary with one column per language code (what memoQ and Trados map on import).

Columns: ``id``, ``status``, ``canonical``, one column per language (the
preferred form first, other forms after ``|``, the secondary delimiter memoQ
and Trados Cloud split synonyms on), and ``note``.
"""

from __future__ import annotations

import csv
import io

from glossary.entries import STATUSES, Entry
from glossary.errors import GlossaryError
from glossary.formats.common import entry_from_terms, langs_of, norm_lang, terms

FIXED = ("id", "status", "canonical", "note")
SEP = "|"


def dumps(entries: list[Entry], langs: tuple[str, ...] = (), inflect: bool = False) -> str:
    order = langs_of(entries, langs)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "status", "canonical", *order, "note"])
    for e in entries:
        cells = [SEP.join(t for t, _ in terms(e, lang, inflect)) for lang in order]
        writer.writerow([e.id, e.status, e.canonical, *cells, e.note])
    return buf.getvalue()


def loads(text: str, path: str | None = None) -> list[Entry]:
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise GlossaryError("the glossary CSV is empty", path)
    header = [h.strip() for h in rows[0]]
    lang_cols = [(i, norm_lang(h)) for i, h in enumerate(header) if h.lower() not in FIXED and h]
    if not lang_cols:
        raise GlossaryError(
            "the glossary CSV has no language columns (expected a header such as "
            "id,status,canonical,de,hu,note)",
            path,
        )
    bad = [header[i] for i, code in lang_cols if not code.isalpha() or len(code) not in (2, 3)]
    if bad:
        raise GlossaryError(f"columns that are not language codes: {', '.join(bad)}", path)
    col = {h.lower(): i for i, h in enumerate(header)}
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise GlossaryError(f"line {n} has more cells than the header", path)
        row = row + [""] * (len(header) - len(row))
        by_lang = {code: row[i].split(SEP) for i, code in lang_cols}
        status = row[col["status"]].strip() if "status" in col else "approved"
        entry = entry_from_terms(
            row[col["id"]].strip() if "id" in col and row[col["id"]].strip() else f"csv-{n}",
            by_lang,
            status if status in STATUSES else "approved",
            row[col["note"]] if "note" in col else "",
        )
        if "canonical" in col and row[col["canonical"]].strip():
            entry.canonical = row[col["canonical"]].strip()
        if entry.variants:
            out.append(entry)
    return out
