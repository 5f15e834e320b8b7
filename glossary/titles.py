"""Honorifics before a name (*Herr*, *Mrs.*, *Mme*), per language, with the gender each
marks."""

from __future__ import annotations

import re
from functools import cache

from glossary.lexicon import english_ranks, words
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
    """``word`` is an honorific of ``lang``, with or without its full stop: a name read
    after *Col* is the surname (*Col Needham*: *Needham*)."""
    titles = honorifics(lang)
    return fold(word) in titles or fold(word) + "." in titles


@cache
def honorifics(lang: str) -> dict[str, str]:
    """Honorifics before a name in ``lang`` text and the gender each marks: the language's
    own, and in Latin-script languages English's too, as news and fiction quote them
    (*Mrs. Finch*, *Miss Marple* in German), less one that is a function word there;
    in English also the abbreviations of ranks and offices (*Col. Davenport*, *Rev. Green*)."""
    own = words(lang, "title")
    if lang in _EAST_SLAVIC:
        return own
    english = {**dict.fromkeys(english_ranks(), ""), **words("en", "title")}
    if lang == "en":
        return english
    function = words(lang, "function")
    quoted = {w: g for w, g in english.items() if w.rstrip(".") not in function}
    return {**quoted, **own}
