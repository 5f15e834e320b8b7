"""Translation-memory metadata in the project file: what an imported TMX had, kept for export.

Tables ``tm_unit`` and ``tm_segment`` (schema.py) and the meta key
``tm.header``. The records are written once, at import, and never changed:
they hang on the *segments* of the unit they came from, which no review edit
renumbers. So merging, splitting or moving sentences needs no bookkeeping
here, and undo is free; the exporter works out from a bead's segments which
units it now holds (see ``aligner.formats.tm_pairs``).

Records are JSON:

- unit: ``{"attrs": {name: value}, "meta": [[kind, {attrs}, text], ...],
  "tuvs": ["src", "<tuv ...>...</tuv>", "tgt", ...], "src": idx, "tgt": idx}``
  where ``tuvs`` gives the order of the unit's tuvs ("src"/"tgt" for the
  project's two, XML for any other kept as read) and ``src``/``tgt`` the
  segment index of each side (or null);
- segment: ``tuv`` ``{"attrs": {...}, "meta": [...]}`` and ``codes``
  ``{marker: xml}`` for the inline codes in its text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

HEADER_KEY = "tm.header"


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def insert_units(db: sqlite3.Connection, rows: Iterable[tuple[int, dict]]) -> None:
    db.executemany("INSERT INTO tm_unit (id, data) VALUES (?, ?)", ((i, _dump(d)) for i, d in rows))


def insert_segments(
    db: sqlite3.Connection, rows: Iterable[tuple[str, int, int, dict | None, dict | None]]
) -> None:
    """Rows ``(side, idx, unit, tuv, codes)``."""
    db.executemany(
        "INSERT INTO tm_segment (side, idx, unit, tuv, codes) VALUES (?, ?, ?, ?, ?)",
        (
            (side, idx, unit, _dump(tuv) if tuv else None, _dump(codes) if codes else None)
            for side, idx, unit, tuv, codes in rows
        ),
    )


def save_header(db: sqlite3.Connection, header: dict) -> None:
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (HEADER_KEY, _dump(header))
    )


def _db(project) -> sqlite3.Connection:
    return project._db


def header(project) -> dict | None:
    """The imported file's header (attributes, notes, props, ude), or None."""
    value = project.meta(HEADER_KEY)
    return json.loads(value) if value else None


def has_units(project) -> bool:
    return _db(project).execute("SELECT EXISTS (SELECT 1 FROM tm_unit)").fetchone()[0] == 1


def segments(project, side: str, lo: int, hi: int) -> dict[int, tuple]:
    """Segments ``lo:hi`` of ``side``: idx -> (unit, tuv, codes, current text, edited).

    ``unit`` is None (and ``tuv``, ``codes`` empty) for a segment that came
    from no TMX unit.
    """
    rows = _db(project).execute(
        "SELECT s.idx, t.unit, t.tuv, t.codes, coalesce(s.edited, s.text), "
        "s.edited IS NOT NULL FROM segment s LEFT JOIN tm_segment t "
        "ON t.side = s.side AND t.idx = s.idx WHERE s.side = ? AND s.idx >= ? AND s.idx < ?",
        (side, lo, hi),
    )
    return {
        idx: (
            unit,
            json.loads(tuv) if tuv else None,
            json.loads(codes) if codes else {},
            text,
            bool(edited),
        )  # fmt: skip
        for idx, unit, tuv, codes, text, edited in rows
    }


def units(project, ids: Iterable[int]) -> dict[int, dict]:
    """The unit records with these ids."""
    ids = sorted(set(ids))
    out: dict[int, dict] = {}
    db = _db(project)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for uid, data in db.execute(f"SELECT id, data FROM tm_unit WHERE id IN ({marks})", chunk):
            out[uid] = json.loads(data)
    return out


def codes(project, side: str, index: int) -> dict[str, str]:
    """The inline codes of one segment: marker -> XML (empty when it has none)."""
    row = (
        _db(project)
        .execute("SELECT codes FROM tm_segment WHERE side = ? AND idx = ?", (side, index))
        .fetchone()
    )
    return json.loads(row[0]) if row and row[0] else {}
