"""Glossary records stored in the project: plain JSON objects with an id.

The project does not import :mod:`glossary`: it keeps each record as JSON
beside indexed columns, so the glossary's model can grow without a schema
change. Every change to the records is a step in the same history as bead
edits (undo after adding a name removes the name), and every change is made
inside one write transaction that reads the records it changes, so two
processes changing the glossary at once never lose each other's work.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from aligner.errors import BitextError
from aligner.project.base import ProjectBase

# A stored record as a history step keeps it: [canonical, status, record JSON, ord].
Row = list


def glossary_row(db: sqlite3.Connection, record_id: str) -> Row | None:
    row = db.execute(
        "SELECT canonical, status, record, ord FROM glossary WHERE id = ?", (record_id,)
    ).fetchone()
    return None if row is None else list(row)


def set_glossary_row(db: sqlite3.Connection, record_id: str, row: Row | None) -> None:
    db.execute("DELETE FROM glossary WHERE id = ?", (record_id,))
    if row is not None:
        db.execute(
            "INSERT INTO glossary (id, canonical, status, record, ord) VALUES (?, ?, ?, ?, ?)",
            (record_id, *row),
        )


def record_id(record: dict) -> str:
    return str(record["id"])


def rebase_records(base: list[dict], ours: list[dict], theirs: list[dict]) -> list[dict]:
    """Our change from ``base`` to ``ours``, applied to ``theirs`` (what the file holds now).

    A long job (``glossary build``) reads the records, works for a while, then
    saves: records another process changed, added or removed meanwhile keep
    that process's version; the rest take ours. No one's change is lost.
    """
    b = {record_id(r): r for r in base}
    o = {record_id(r): r for r in ours}
    t = {record_id(r): r for r in theirs}
    result = []
    for rid, rec in o.items():
        if rid in t and t[rid] != b.get(rid):
            result.append(t[rid])  # they changed (or added) it meanwhile: theirs stands
        elif rid in b and rid not in t:
            continue  # they removed it meanwhile
        else:
            result.append(rec)
    for rid, rec in t.items():
        if rid not in o and (rid not in b or rec != b[rid]):
            result.append(rec)  # new from them, or changed by them where we removed it
    return result


def _prepare(records: list[dict]) -> dict[str, Row]:
    """Check records and give each its stored row (the order is the list's)."""
    prepared: dict[str, Row] = {}
    for n, record in enumerate(records):
        if not isinstance(record, dict):
            raise BitextError(f"glossary record {n} is not a dict")
        missing = [k for k in ("id", "canonical", "status") if k not in record]
        if missing:
            raise BitextError(f"glossary record {n} lacks {', '.join(missing)}")
        key = record_id(record)
        if key in prepared:
            raise BitextError(f"glossary record id {key!r} occurs twice")
        try:
            blob = json.dumps(record, ensure_ascii=False)
        except (TypeError, ValueError) as err:
            raise BitextError(f"glossary record {key!r} is not JSON data: {err}") from None
        prepared[key] = [str(record["canonical"]), str(record["status"]), blob, n]
    return prepared


def _label(diff: list) -> str:
    if len(diff) != 1:
        return f"glossary: {len(diff)} records"
    _, old, new = diff[0]
    if old is None:
        return f"glossary: add {new[0]}"
    if new is None:
        return f"glossary: remove {old[0]}"
    return f"glossary: change {new[0]}"


class GlossaryRecords(ProjectBase):
    """Reading the project's glossary records and changing them, one undo step at a time."""

    def glossary_records(self) -> list[dict]:
        """Stored glossary records, in the order they were saved."""
        return self._parsed(self._db.execute("SELECT id, record FROM glossary ORDER BY ord"))

    def _parsed(self, rows) -> list[dict]:
        records = []
        for rid, blob in rows:
            try:
                record = json.loads(blob)
            except (TypeError, ValueError):
                record = None
            if not isinstance(record, dict):
                raise BitextError(
                    f"damaged project file: glossary record {rid!r} is not a JSON object",
                    str(self.path),
                )
            records.append(record)
        return records

    def save_glossary_records(self, records: list[dict], *, label: str | None = None) -> None:
        """Replace all glossary records (each needs "id", "canonical" and "status").

        One undo step, which changes only the records that differ.
        """
        prepared = _prepare(records)
        with self._write():
            self._store(prepared, label)

    def update_glossary_records(
        self, change: Callable[[list[dict]], list[dict]], *, label: str | None = None
    ) -> list[dict]:
        """Read the records, let ``change`` return the new list, save it: all in one transaction.

        The way to change the glossary when another process may change it too:
        ``change`` sees the records as they are at that moment, and nobody can
        write in between. Keep ``change`` quick (others wait for it). Returns
        the records saved.
        """
        with self._write():
            current = self.glossary_records()
            records = change([dict(r) for r in current])
            self._store(_prepare(records), label)
        return records

    def put_glossary_record(self, record: dict, *, label: str | None = None) -> None:
        """Add a record, or replace the one with its id (keeping its place); one undo step."""
        [(key, row)] = _prepare([record]).items()
        with self._write():
            old = glossary_row(self._db, key)
            if old is not None:
                row[3] = old[3]
            else:
                last = self._one("SELECT max(ord) FROM glossary")[0]
                row[3] = 0 if last is None else last + 1
            self._apply([[key, old, row]], label)

    def remove_glossary_record(self, rid, *, label: str | None = None) -> bool:
        """Remove the record with this id; False if there is none. One undo step."""
        key = str(rid)
        with self._write():
            old = glossary_row(self._db, key)
            if old is None:
                return False
            self._apply([[key, old, None]], label)
        return True

    def _store(self, prepared: dict[str, Row], label: str | None) -> None:
        """Inside a write: make the stored records ``prepared``; one step for what differs."""
        current = {
            rid: list(rest)
            for rid, *rest in self._db.execute(
                "SELECT id, canonical, status, record, ord FROM glossary"
            )
        }
        diff = [[rid, old, prepared.get(rid)] for rid, old in current.items()]
        diff += [[rid, None, row] for rid, row in prepared.items() if rid not in current]
        self._apply(diff, label)

    def _apply(self, diff: list, label: str | None) -> None:
        diff = [d for d in diff if d[1] != d[2]]
        if not diff:
            return  # nothing changes: no history step either
        for rid, _, new in diff:
            set_glossary_row(self._db, rid, new)
        self._record(label or _label(diff), {"glossary": diff})
