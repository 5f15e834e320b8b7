"""Glossary records stored in the project: plain JSON objects with an id.

The project does not import :mod:`glossary`: it keeps each record as JSON
beside indexed columns, so the glossary's model can grow without a schema
change.
"""

from __future__ import annotations

import json

from aligner.errors import BitextError
from aligner.project.base import ProjectBase


class GlossaryRecords(ProjectBase):
    """Reading and replacing the project's glossary records."""

    def glossary_records(self) -> list[dict]:
        """Stored glossary records, in the order they were saved."""
        rows = self._db.execute("SELECT record FROM glossary ORDER BY ord")
        return [json.loads(row[0]) for row in rows]

    def save_glossary_records(self, records: list[dict]) -> None:
        """Replace all glossary records (each needs "id", "canonical" and "status")."""
        prepared, seen = [], set()
        for n, record in enumerate(records):
            missing = [k for k in ("id", "canonical", "status") if k not in record]
            if missing:
                raise BitextError(f"glossary record {n} lacks {', '.join(missing)}")
            key = str(record["id"])
            if key in seen:
                raise BitextError(f"glossary record id {key!r} occurs twice")
            seen.add(key)
            try:
                blob = json.dumps(record, ensure_ascii=False)
            except (TypeError, ValueError) as err:
                raise BitextError(f"glossary record {key!r} is not JSON data: {err}") from None
            prepared.append((key, str(record["canonical"]), str(record["status"]), blob, n))
        with self._write():
            self._db.execute("DELETE FROM glossary")
            self._db.executemany(
                "INSERT INTO glossary (id, canonical, status, record, ord) VALUES (?, ?, ?, ?, ?)",
                prepared,
            )
