"""Polish given names the general lists lack, for ``pl_given_names.tsv`` (see README.md):
the everyday and diminutive forms Polish writes (*Kasia*, *Józek*, *Rysiek*,
*Małgosia*, *Zbyszek*), which Faker and nam_dict do not list. Morfeusz 2 and its SGJP
dictionary mark a given name's readings ``imię`` with the gender of its inflection
(``f``; ``m1``, a masculine person).

Morfeusz analyses words; it does not list its dictionary, so the words are those of
wordfreq's Polish list, each capitalised and analysed. A lemma is kept when one of its
readings is a given name and no reading of the lemma itself is anything else (a common
noun: *Róża*, *Wiara*; a surname or a place: *Jaś*, a surname too, *Zbyszek*, a
village), and when bitext's general list does not hold it already.

Run: ``python glossary/data/polish_given_lists.py`` in the environment of
``requirements.txt``, after ``make_lists.py``.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "pl_given_names.tsv"
#: Morfeusz's gender of a given name's inflection -> the list's gender.
GENDERS = {"f": "f", "m1": "m"}


def _readings(morph, word: str) -> list[tuple[str, str, list[str]]]:
    return [(lemma, tag, kinds) for _, _, (_, lemma, tag, kinds, _) in morph.analyse(word)]


def given_only(morph, lemma: str) -> str | None:
    """The gender of ``lemma`` when the dictionary reads it, as written, as a given name
    and as nothing else of its own, nor as a form of a common noun or of a place (a
    surname's case form, *Gosia* of *Goś*, may stand beside it); else None."""
    genders = set()
    for found, tag, kinds in _readings(morph, lemma):
        parts = tag.split(":")
        own = found.split(":")[0] == lemma
        if own and kinds != ["imię"] or not set(kinds) <= {"imię", "nazwisko"}:
            return None
        if parts[0] != "subst":
            return None
        if own and "nom" in parts[2].split("."):
            genders.add(GENDERS.get(parts[3], ""))
    genders.discard("")
    return genders.pop() if len(genders) == 1 else None


def _fold(name: str) -> str:
    """A name lower case without its accents, as bitext's lists compare names."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def polish_given(words: list[str], known: set[str]) -> list[tuple[str, str]]:
    """(name, gender) of the lemmas of ``words`` that are given names only, not in
    ``known`` (folded names of the general list)."""
    import morfeusz2

    morph = morfeusz2.Morfeusz()
    lemmas = set()
    for word in words:
        if not word.isalpha():
            continue
        for lemma, _, kinds in _readings(morph, word[:1].upper() + word[1:]):
            lemma = lemma.split(":")[0]
            if "imię" in kinds and lemma[:1].isupper() and len(lemma) >= 3:
                lemmas.add(lemma)
    out = []
    for lemma in sorted(lemmas):
        if _fold(lemma) in known:
            continue
        gender = given_only(morph, lemma)
        if gender is not None:
            out.append((lemma, gender))
    return out


def main() -> None:
    from wordfreq import get_frequency_dict

    rows = (line.split("\t") for line in (HERE / "given_names.tsv").read_text("utf-8").splitlines())
    known = {_fold(row[0]) for row in rows if row and not row[0].startswith("#")}
    words = sorted(get_frequency_dict("pl", "large"))
    rows = polish_given(words, known)
    OUT.write_text("".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} names")


if __name__ == "__main__":
    main()
