"""Products and their releases: the words a text writes around a version number.

Software names its releases with given names and common words (*Debian 5.0 Lenny*,
*Ubuntu 22.04 Jammy*, *Debian 3.0 (Woody)*), and a product is written before its
version (*Quendix 4.2*); written there, the word names a release or a product, and
one sense holds through the document (*die Freigabe von Woody*, *Als Ian Murdock
Debian verließ*), as for a word written after an article (:mod:`glossary.articled`,
which adds these).
"""

from __future__ import annotations

import re

from glossary.lexicon import is_calendar_word, words
from glossary.listfiles import fold
from glossary.tokens import NAME_GAPS, Tok

#: Between a product's name and its release's: a version number (3.0, 22.04, 10; no
#: year, which a date or a sentence's adverb puts before a name), maybe a bracket.
_VERSION_GAP = re.compile(r" (?:\d{1,3}(?:\.\d+)+|\d{1,2}) \(?")
#: After a product's name: a version with a dot (2.2, 7.1.3), no date (4.2.2003, 4.2.).
_DOTTED = re.compile(r" \d{1,3}(?:\.\d+)+(?!\.?\d)")


def release_words(text: str, toks: list[Tok], lang: str) -> list[tuple[int, str, bool]]:
    """(offset, word, True) of each single capitalised word right after a capitalised
    name and a version number, and of each word right before a version with a dot (in
    German its genitive in -s too, not written there: ``False``);
    not a release's word a second capitalised word follows (*Platz 2 Anna Schmidt*: a
    ranking's person), nor a product that is a month or a function word."""
    out = []
    for n, tok in enumerate(toks):
        if not tok.text[:1].isupper() or not text[tok.end + 1 : tok.end + 2].isdigit():
            continue  # a version's digit right after the space, checked first: it is rare
        if _common(tok.text, lang):
            continue
        if _DOTTED.match(text, tok.end):
            out.append((tok.start, tok.text, True))
            if lang == "de" and not tok.text.endswith(("s", "ß", "x", "z")):
                out.append((tok.start, tok.text + "s", False))  # Debians Website: its genitive
        if n + 1 == len(toks) or not toks[n + 1].text[:1].isupper():
            continue
        word = toks[n + 1]
        if _VERSION_GAP.fullmatch(text, tok.end, word.start) is None:
            continue
        after = toks[n + 2] if n + 2 < len(toks) else None
        if (
            after is not None
            and after.text[:1].isupper()
            and text[word.end : after.start] in NAME_GAPS
        ):
            continue
        out.append((word.start, word.text, True))
    return out


def _common(word: str, lang: str) -> bool:
    return is_calendar_word(word, lang) or fold(word.lower()) in words(lang, "function")
