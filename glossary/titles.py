"""Honorifics before a name (*Herr*, *Mrs.*, *Mme*), per language, with the gender each
marks."""

from __future__ import annotations

from functools import cache

from glossary.lexicon import words
from glossary.listfiles import fold
from glossary.shapes import _EAST_SLAVIC


def _title(word: str, lang: str) -> bool:
    titles = honorifics(lang)
    return fold(word) in titles or fold(word) + "." in titles


@cache
def honorifics(lang: str) -> dict[str, str]:
    """Honorifics before a name in ``lang`` text and the gender each marks: the language's
    own, and in Latin-script languages English's too, as news and fiction quote them
    (*Mrs. Finch*, *Miss Marple* in German), less one that is a function word there."""
    own = words(lang, "title")
    if lang == "en" or lang in _EAST_SLAVIC:
        return own
    function = words(lang, "function")
    quoted = {w: g for w, g in words("en", "title").items() if w.rstrip(".") not in function}
    return {**quoted, **own}
