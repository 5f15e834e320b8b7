"""The consistency check translators run Xbench for, on names.

Two kinds of problem: a pair whose source names a person the target sentence
does not name in any spelling ("missing"), and a person spelled more than one
way in the target text ("spelling"; inflected forms of one spelling are fine).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from glossary.build import BeadLike, bead_fields, side_mentions
from glossary.entries import Entry
from glossary.match import best_match


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # "missing" or "spelling"
    entry: str  # entry id
    name: str  # the entry's canonical form
    bead: int | None = None
    forms: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        if self.kind == "missing":
            return (
                f"bead {self.bead}: source names {self.forms[0]!r} ({self.name}), "
                "the target does not"
            )
        return f"{self.name}: spelled {len(self.forms)} ways in the target: {', '.join(self.forms)}"

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "entry": self.entry,
            "name": self.name,
            "bead": self.bead,
            "forms": list(self.forms),
        }


def check(
    beads: Iterable[BeadLike],
    src_lang: str,
    tgt_lang: str,
    entries: Iterable[Entry],
    advance: Callable[[int], None] | None = None,
) -> list[Problem]:
    """Problems with the names of ``entries`` in the aligned text, in text order.

    ``advance`` reports progress as :func:`glossary.build.side_mentions` does.
    """
    rows = [bead_fields(b) for b in beads]
    # Persons only: a translation may well name a place another way (Minsk / the capital).
    entries = [e for e in entries if e.status != "rejected" and e.type == "person"]
    index = {e.id: e.keys for e in entries}
    by_id = {e.id: e for e in entries}
    known = {k for e in entries for k in e.keys}
    seen: dict[tuple[int, str], set[str]] = {}
    forms: dict[str, dict[str, None]] = {}
    first_form: dict[tuple[int, str], str] = {}
    for pos, side, m in side_mentions(rows, src_lang, tgt_lang, known, advance):
        lang = src_lang if side == "src" else tgt_lang
        ident, _ = best_match(m.lemma, lang, index)
        if ident is None:
            continue
        seen.setdefault((pos, side), set()).add(ident)
        first_form.setdefault((pos, ident), m.surname)
        if side == "tgt":
            forms.setdefault(ident, {})[m.lemma] = None
    problems: list[Problem] = []
    for pos, _src, tgt in rows:
        if not tgt:
            continue  # a 1-0 bead: nothing to compare with
        missing = seen.get((pos, "src"), set()) - seen.get((pos, "tgt"), set())
        for ident in sorted(missing):
            e = by_id[ident]
            problems.append(
                Problem("missing", ident, e.canonical, pos, (first_form[(pos, ident)],))
            )
    for ident, spelled in forms.items():
        if len(spelled) > 1:
            e = by_id[ident]
            problems.append(Problem("spelling", ident, e.canonical, None, tuple(spelled)))
    return problems
