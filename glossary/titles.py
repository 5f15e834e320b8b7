"""Honorifics before a name (*Herr*, *Mrs.*, *Mme*), per language, with the gender each
marks."""

from __future__ import annotations

import re
from functools import cache

from glossary.lexicon import words
from glossary.listfiles import fold
from glossary.shapes import _EAST_SLAVIC

#: The abbreviations French typography sets for *monsieur* and *messieurs* before a
#: name (*M. Dupont*, *MM. Dupont et Durand*); the vocabularies the lists come from spell
#: only the full word and *Mme*, *Mlle*. Capitalised, a space after the full stop and a
#: word after it (*M.Herzog*, *M. E. B. Banks* are initials; *8078 m.* is a metre).
_MONSIEUR = re.compile(r"MM?\. (?=[^\W\d_][^\W\d_])")
#: An initial right before: *E. M. Abalakow*.
_INITIAL_BEFORE = re.compile(r"(?:^|\W)[^\W\d_]\.\s?$")


def monsieur(text: str, start: int, lang: str) -> bool:
    """The French abbreviation of address at ``text[start:]`` before a name (*M. Dupont*),
    not an initial among initials."""
    return (
        lang == "fr"
        and _MONSIEUR.match(text, start) is not None
        and _INITIAL_BEFORE.search(text, max(0, start - 4), start) is None
    )


def _title(word: str, lang: str) -> bool:
    titles = honorifics(lang)
    return fold(word) in titles or fold(word) + "." in titles


#: English abbreviations of ranks and offices before a name (*Col. Davenport*, *Gen.
#: Grant*, *Prof. Higgins*, *Rev. Green*), which the address forms of the vocabularies
#: lack. Listed with the full stop; :func:`_title` takes the bare word too, so a name
#: read after *Col* is the surname (*Col Needham*: *Needham*).
_EN_RANKS = {
    w: ""
    for w in (
        "adm.", "capt.", "cmdr.", "col.", "cpl.", "gen.", "gov.", "insp.", "lt.", "maj.",
        "pres.", "prof.", "rep.", "rev.", "sen.", "sgt.", "supt.",
    )
}  # fmt: skip


@cache
def honorifics(lang: str) -> dict[str, str]:
    """Honorifics before a name in ``lang`` text and the gender each marks: the language's
    own, and in Latin-script languages English's too, as news and fiction quote them
    (*Mrs. Finch*, *Miss Marple* in German), less one that is a function word there."""
    own = words(lang, "title")
    if lang == "en":
        return {**_EN_RANKS, **own}
    if lang in _EAST_SLAVIC:
        return own
    function = words(lang, "function")
    quoted = {w: g for w, g in words("en", "title").items() if w.rstrip(".") not in function}
    return {**quoted, **own}
