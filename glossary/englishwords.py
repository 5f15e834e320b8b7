"""English words kept in another language's text: a field's, a title's or a term's
words (*Miscellaneous Information Manual*, *Build-Depends*, *Developer's Reference*),
which German and the other languages bitext reads keep as English writes them. Each
check leaves alone a word that a list gives as a family or given name (*Trump* is an
English word no list has as a surname, so the checks that cost names ask more).
"""

from __future__ import annotations

import re

from glossary.givenform import _given
from glossary.lexicon import is_lower_word
from glossary.namelists import is_family_name


def english_word(word: str, lang: str) -> bool:
    """A word English writes in lower case that no list has as a family name or as a
    given name of ``lang``: in German text an English word kept as it is (*Miscellaneous
    Information Manual*, *Experimental wird …*), no one's name. A word of parts joined
    by hyphens is one when two of its parts are and none is a name (*Build-Depends*,
    *Pre-Depends*: a package's fields); so is an English noun's plural in *-s*
    (*Commands*), which the English list lacks."""
    parts = word.split("-")
    if len(parts) > 1:
        english = [english_word(p, lang) for p in parts if p]
        names = any(is_family_name(p) or _given(p, lang) is not None for p in parts if p)
        return sum(english) >= 2 and not names
    if is_family_name(word) or _given(word, lang) is not None:
        return False
    return is_lower_word(word, "en") or english_plural(word, lang)


def english_plural(word: str, lang: str) -> bool:
    """An English noun's plural in *-s* that no list has as a name (*Units*, *Commands*),
    listed as English or not: few surnames are spelt so, unlike English words of one
    syllable (*Trump*, *Pink*)."""
    if len(word) <= 4 or not word.endswith("s"):
        return False
    if is_family_name(word) or _given(word, lang) is not None:
        return False
    return is_lower_word(word[:-1], "en")


#: An English possessive: a word and its 's (*Developer's*).
_POSSESSIVE = re.compile(r"([^\W\d_]+)['’]s")


def english_possessive(word: str, lang: str) -> bool:
    """An English word no list has as a name, with its possessive 's (*Developer's
    Reference*, *Debian Maintainer's key*): a title's or a term's English words, kept
    in another language's text."""
    found = _POSSESSIVE.fullmatch(word)
    return found is not None and english_word(found[1], lang)
