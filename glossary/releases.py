"""Products, releases and works: the words a text writes around a version or a number.

Software names its releases with given names and common words (*Debian 5.0 Lenny*,
*Ubuntu 22.04 Jammy*, *Debian 3.0 (Woody)*), and a product is written before its
version (*Quendix 4.2*); written there, the word names a release or a product, and
one sense holds through the document (*die Freigabe von Woody*, *Als Ian Murdock
Debian verließ*), as for a word written after an article (:mod:`glossary.articled`,
which adds these). A work's title before its number in a series (*Toy Story 2*, *in
Toy Story 3 erschien*) names the work, and the same words elsewhere in the document
name it too (*des Films Toy Story*), whatever given name they begin with.
"""

from __future__ import annotations

import re

from glossary.givenform import SPREAD_ALONE
from glossary.lexicon import is_calendar_word, is_common_word, words
from glossary.listfiles import fold
from glossary.namelists import given_spread
from glossary.tokens import NAME_GAPS, Tok

#: Between a product's name and its release's: a version number (3.0, 22.04, 10; no
#: year, which a date or a sentence's adverb puts before a name), maybe a bracket or an
#: opening quotation mark (*Debian 9 »Stretch«*, *Debian 5.0 „Lenny“*).
_VERSION_GAP = re.compile(r" (?:\d{1,3}(?:\.\d+)+|\d{1,2}) ([(„“\"»«‚‘]?)")
#: A product and its version in brackets after a release's name (*Jessie (Debian 8)*).
_BRACKETED = re.compile(r" \(([A-Z][\w+-]*) (?:\d{1,3}(?:\.\d+)*)\)")
#: After a product's name: a version with a dot (2.2, 7.1.3), no date (4.2.2003, 4.2.).
_DOTTED = re.compile(r" \d{1,3}(?:\.\d+)+(?!\.?\d)")


def release_words(text: str, toks: list[Tok], lang: str) -> list[tuple[int, str, bool]]:
    """(offset, word, True) of each single capitalised word right after a capitalised
    name and a version number, and of each word right before a version with a dot (in
    German its genitive in -s too, not written there: ``False``); the word before the
    version too where the release's name is quoted or bracketed or no common word
    (*Debian 9 »Stretch«*; not *Müller 2 Tore*, a count and its noun);
    not a release's word a second capitalised word follows (*Platz 2 Anna Schmidt*: a
    ranking's person), nor a product that is a month or a function word; a word before
    a bracketed product and version is a release's name too (:func:`_release_before`)."""
    out = []
    for n, tok in enumerate(toks):
        if tok.text[:1].isupper() and text.startswith(" (", tok.end):
            out.extend(_release_before(text, tok, lang))
        if not tok.text[:1].isupper() or not text[tok.end + 1 : tok.end + 2].isdigit():
            continue  # a version's digit right after the space, checked first: it is rare
        if _common(tok.text, lang):
            continue
        if _DOTTED.match(text, tok.end):
            out.extend(_product(tok, lang))  # Debian 2.2: a product
        if n + 1 == len(toks) or not toks[n + 1].text[:1].isupper():
            continue
        word = toks[n + 1]
        gap = _VERSION_GAP.fullmatch(text, tok.end, word.start)
        if gap is None:
            continue
        after = toks[n + 2] if n + 2 < len(toks) else None
        if (
            after is not None
            and after.text[:1].isupper()
            and text[word.end : after.start] in NAME_GAPS
        ):
            continue
        out.append((word.start, word.text, True))
        if gap.group(1) or not is_common_word(word.text, lang):
            out.extend(_product(tok, lang))  # Debian 9 »Stretch«: Debian a product too
    return out


def _release_before(text: str, tok: Tok, lang: str) -> list[tuple[int, str, bool]]:
    """The word before a bracketed product and version (*Jessie (Debian 8)*, *Woody
    (Debian 3.0)*) as a release's name, and the product; not before a common word and
    a number (*Müller (Platz 3)*, *Smith (Rank 2)*) nor a year (*Jahrgang 1950*)."""
    bracket = _BRACKETED.match(text, tok.end)
    if bracket is None or is_common_word(bracket[1], lang) or _common(bracket[1], lang):
        return []
    start = tok.end + 2
    product = Tok(bracket[1], start, start + len(bracket[1]), False)
    return [(tok.start, tok.text, True), *_product(product, lang)]


def _product(tok: Tok, lang: str) -> list[tuple[int, str, bool]]:
    """A product's word, and in German its genitive in -s (*Debians Website*), which the
    text need not write there."""
    out = [(tok.start, tok.text, True)]
    if lang == "de" and not tok.text.endswith(("s", "ß", "x", "z")):
        out.append((tok.start, tok.text + "s", False))
    return out


def _common(word: str, lang: str) -> bool:
    return is_calendar_word(word, lang) or fold(word.lower()) in words(lang, "function")


#: After a work's number in a series: the sentence ends or goes on in lower case (*in
#: Toy Story 2 erschien*, *Toy Story 1, das*, *in Toy Story 2. Er*); not a score, a date
#: or a list's next name (*Müller 2:1*, *Kane 2, Sterling 1*, *Platz 2 Anna Schmidt*).
_AFTER_NUMBER = re.compile(
    r"[1-9](?:[.!?]?[\"»«“”’)]*(?:$|(?<=[.!?\"»«“”’)])\s)|[;)]?[\"»«“”’)]*[\s,;:]+\W*[^\W\d_])"
)


def numbered_titles(text: str, toks: list[Tok]) -> list[list[str]]:
    """Each run of two or more capitalised words right before a single digit of a series
    (*Toy Story 2*, *Iron Man 3*), and its shorter ends (*Film Toy Story 1*: *Toy
    Story*): a work's title, here and wherever the document writes those words. Not a
    run that begins with a given name many sources list (*Thomas Müller 2*: goals in a
    list), nor a number before a capital (*Platz 2 Anna*)."""
    out = []
    for n, tok in enumerate(toks):
        if (
            n == 0
            or text[tok.end : tok.end + 1] != " "
            or not text[tok.end + 1 : tok.end + 2].isdigit()
        ):
            continue  # a digit right after the space, checked first: it is rare
        tail = _AFTER_NUMBER.match(text, tok.end + 1)
        if tail is None or tail.group()[-1].isupper():
            continue
        first = n
        while first and toks[first - 1].text[:1].isupper():
            if text[toks[first - 1].end : toks[first].start] not in NAME_GAPS:
                break
            first -= 1
        run = [t.text for t in toks[first : n + 1]]
        for i in range(len(run) - 1):  # des Films Toy Story 1: Toy Story too
            if given_spread(run[i]) < SPREAD_ALONE:
                out.append(run[i:])
    return out


def title_key(words_: list[str]) -> str:
    """A work's title among the document's keys: no name's key has a space and a colon."""
    return "title: " + " ".join(fold(w.lower()) for w in words_)
