"""Words a document writes in lower case: identifiers, not names.

A person's name keeps its capital in running text, but a program's, a platform's or a
format's name is often written in lower case as its command or package is (*ia64 und
sparc*, *apt*, *dpkg*). A word a document writes so, where no dictionary of the language
has it and no list gives it as a given or family name, names a thing there, and its
capitalised form elsewhere in the document is no person on its own (*Alpha und SPARC*),
one sense per document, as for a word written after an article
(:mod:`glossary.articled`). A word in brackets is left alone: there a lower-case word is
often a person's log-in name or nickname (*Ian Jackson (ijackson)*).
"""

from __future__ import annotations

from functools import lru_cache

from glossary.germanwords import is_german_lower
from glossary.lexicon import is_common_word, lower_words
from glossary.namelists import given_gender, is_family_name
from glossary.tokens import Tok, path_words

#: Languages whose names keep their form or add an -s: a Slavic or Hungarian name's case
#: form or pet form is missing from the lists and written in lower case in chats
#: (*коля*, *машэрава*), so a list could not tell it from an identifier.
_LANGS = frozenset(("de", "en", "fr"))
#: The shortest lower-case word read: two letters are mostly units and abbreviations.
_MIN = 3


def lowered_keys(text: str, toks: list[Tok], lang: str) -> list[str]:
    """:func:`lowered_key` of each word ``text`` writes in lower case that ``lang``'s
    dictionary lacks and no list names a person with (*sparc*), in German, English and
    French; the words of its files' paths count too (*debian/control*), and the parts of
    a word joined by hyphens in lower case (*debian-installer*)."""
    out: list[str] = []
    if lang not in _LANGS:
        return out
    for tok in [*toks, *path_words(text)]:
        word = tok.text
        if len(word) < _MIN or not word.islower():
            continue
        if text[tok.start - 1 : tok.start] == "(" and text[tok.end : tok.end + 1] == ")":
            continue  # (ijackson): a log-in name
        for part in word.split("-"):  # debian-installer: a program's name of its parts
            if len(part) >= _MIN and _identifier(part, lang):
                out.append(lowered_key(part))
    return out


@lru_cache(maxsize=65536)
def _identifier(word: str, lang: str) -> bool:
    """A lower-case word of letters no dictionary of ``lang`` has and no list names a
    person with; cached, since a text repeats its lower-case words."""
    if not word.isalpha():
        return False
    cap = word[:1].upper() + word[1:]
    if _written(word, cap, lang):
        return False
    return given_gender(cap) is None and not is_family_name(cap)


def _written(word: str, cap: str, lang: str) -> bool:
    """A word of the language's dictionaries, in lower case or as a German noun."""
    if lang == "de":
        return is_german_lower(cap) or is_common_word(cap, lang)
    return word in lower_words(lang)


def lowered_key(word: str) -> str:
    """The word among a document's keys, spelt as written: a name's key holds no space."""
    return "lower: " + word.lower()
