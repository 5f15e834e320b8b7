"""Release names: the word a text writes right after a product's version number.

Software names its releases with given names and common words (*Debian 5.0 Lenny*,
*Ubuntu 22.04 Jammy*, *Debian 3.0 (Woody)*); written there the word names a
release, and one sense holds through the document (*die Freigabe von Woody*), as
for a word written after an article (:mod:`glossary.articled`, which adds these).
"""

from __future__ import annotations

import re

from glossary.lexicon import is_calendar_word, words
from glossary.listfiles import fold
from glossary.tokens import NAME_GAPS, Tok

#: Between the product's name and the release's: a version number (3.0, 22.04, 10; no
#: year, which a date or a sentence's adverb puts before a name), maybe a bracket.
_VERSION_GAP = re.compile(r" (?:\d{1,3}(?:\.\d+)+|\d{1,2}) \(?")


def release_words(text: str, toks: list[Tok], lang: str) -> list[tuple[int, str, bool]]:
    """(offset, word, True) of each single capitalised word right after a capitalised
    name and a version number; not one a second capitalised word follows (*Platz 2
    Anna Schmidt*: a ranking's person), not after a month or a function word."""
    out = []
    for n in range(1, len(toks)):
        product, word = toks[n - 1], toks[n]
        if not (product.text[:1].isupper() and word.text[:1].isupper()):
            continue
        if _VERSION_GAP.fullmatch(text, product.end, word.start) is None:
            continue
        if is_calendar_word(product.text, lang) or fold(product.text.lower()) in words(
            lang, "function"
        ):
            continue
        after = toks[n + 1] if n + 1 < len(toks) else None
        if (
            after is not None
            and after.text[:1].isupper()
            and text[word.end : after.start] in NAME_GAPS
        ):
            continue
        out.append((word.start, word.text, True))
    return out
