"""German noun forms that the role rule pairs with a feminine in *-in* but that name
things: Wiktionary has them only as forms of neuter nouns (*Zeug* beside *Zeugin*, which
is *Zeuge*'s; *Kolleg* beside *Kollegin*; *Zimmer*, *Ruder*), for ``de_neuter_forms.txt``
(see README.md).

:func:`glossary.germanwords.german_role_nouns` reads roles from ``de_nouns.txt.gz``,
which holds forms without their genders, so a neuter noun that shares its letters with
a man's role plus *-in* passes, and a compound ending in it becomes a role noun before a
name (*dem Werkzeug Klonen*, *im Bordellzimmer*). A man's role is masculine; the forms
kept here are those of the rule's roles whose every Wiktionary lemma is neuter.

Run from the repository root after ``make_lists.py``, with ``german-nouns`` installed
(``glossary/data/requirements.txt``): ``python glossary/data/neuter_role_lists.py``. The
output is sorted and deterministic for the pinned package.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

OUT = HERE / "de_neuter_forms.txt"


def lemma_genders() -> dict[str, list[set[str]]]:
    """Each form of a Wiktionary common noun with the genders of every lemma that has it."""
    from make_lists import _NOUN_POS, _wiktionary_rows

    out: dict[str, list[set[str]]] = {}
    for row in _wiktionary_rows():
        if not set(row["pos"].split(",")) <= _NOUN_POS:
            continue
        genus = {v for k, v in row.items() if v and k.startswith("genus")}
        forms = {row["lemma"]} | {
            v for k, v in row.items() if v and k not in ("lemma", "pos") and "genus" not in k
        }
        for form in forms:
            out.setdefault(form, []).append(genus)
    return out


def neuter_forms() -> list[str]:
    """The role rule's forms whose every lemma is neuter only."""
    from glossary.germanwords import role_candidates

    genders = lemma_genders()
    return sorted(
        form
        for form in role_candidates()
        if genders.get(form) and all(g == {"n"} for g in genders[form])
    )


def main() -> None:
    forms = neuter_forms()
    OUT.write_text("\n".join(forms) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(forms)} forms")


if __name__ == "__main__":
    main()
