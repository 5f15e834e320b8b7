"""The glossary from the review screen: add a name of the bead, approve a found one.

The records and their ids are built by the glossary package; the change is
one history step of the project, so ``u`` takes it back like any edit.
"""

from __future__ import annotations

from aligner.errors import BitextError
from aligner.review.names import capitalised_words, names_pattern, record_forms, records_in
from aligner.review.screens.names import NamesDialog
from glossary.added import added_record
from glossary.errors import GlossaryError


class GlossaryActions:
    """Mixin for :class:`~aligner.review.screens.main.ReviewScreen`."""

    records: list[dict]

    def _load_records(self) -> list[dict]:
        try:
            return list(self.project.glossary_records())
        except BitextError as err:
            self.notify(f"Glossary not readable: {err.message}", severity="warning")
            return []

    def _reload_names(self) -> None:
        self.records = self._load_records()
        self.beads.names = names_pattern(self.records)

    def action_names(self) -> None:
        if not self._can_edit():
            return
        row = self.rows[self.position]
        self.records = self._load_records()
        found = records_in(row.src_texts + row.tgt_texts, self.records)
        known = {form for record in self.records for form in record_forms(record)}
        words = [
            w
            for w in capitalised_words(row.source) + capitalised_words(row.target)
            if w not in known
        ]
        words = list(dict.fromkeys(words))

        def done(result: tuple[str, str] | None) -> None:
            if result is not None:
                self._change_glossary(*result)

        self.app.push_screen(NamesDialog(found, words), done)

    def _change_glossary(self, kind: str, value: str) -> None:
        row = self.rows[self.position]
        position, langs = self.position, self.langs

        def change(records: list[dict]) -> list[dict]:
            # The records as they are in the file now (another process may have
            # changed them): read, changed and saved in one transaction.
            if kind == "approve":
                for record in records:
                    if str(record["id"]) == value:
                        record["status"] = "approved"
                return records
            side = "src" if value in row.source else "tgt"
            lang = langs[0] if side == "src" else langs[1]
            ids = [r["id"] for r in records]
            return [*records, added_record(value, lang, bead=position, side=side, ids=ids)]

        label = f"glossary: approve {value}" if kind == "approve" else f"glossary: add {value}"
        try:
            self.project.update_glossary_records(change, label=label)
        except (BitextError, GlossaryError) as err:
            self.notify(err.message, severity="error")
            return
        self._reload_names()
        self.beads.invalidate()
        self.notify("Approved." if kind == "approve" else f"Added {value} to the glossary.")
