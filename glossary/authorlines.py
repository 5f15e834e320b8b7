"""Lines that name a quotation's author: a dash opens them, a name fills them (*-- Blaise
Pascal*, *— Aldous Huxley (Schöne neue Welt)*), as quotation collections, epigraphs and
signatures set them, in every language. A mixin of :class:`glossary.detect._Finder`:
the readings of prose hold there too, but a word on such a line is no sentence's start,
and a name on it is the author's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from glossary.gazetteer import is_place_name
from glossary.germanwords import is_german_lower, is_german_noun
from glossary.lexicon import legal_forms, words
from glossary.listfiles import fold
from glossary.namelists import given_gender, is_family_name
from glossary.tokens import Tok
from glossary.wordclass import _weak, role_before

#: A line that names an author: a dash (two hyphens, an en or em dash), one to six
#: capitalised name words (particles between), then the line's end, a bracket, or a
#: comma that opens the source (-- Blaise Pascal; — Aldous Huxley (Schöne neue Welt);
#: -- Mark Twain, in a letter); after a single word, a comma before a capital or a digit
#: only; not a line of dialogue (— Duże miasto?, — Myślę, że …).
_NAME_WORD = r"(?:[A-ZÀ-ÞА-ЯЁЄІЇЎҐ]\.|[A-ZÀ-ÞА-ЯЁЄІЇЎҐ][\w'’-]*|[a-z]{1,3})"
_NAME_WORDS = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,5}}"
_ATTRIBUTION = re.compile(
    rf"^[ \t]*(?:--|[—–―])[ \t]*({_NAME_WORDS}(?=[ \t]*(?:$|[(\[,]))"
    rf"|{_NAME_WORD}(?=[ \t]*(?:$|[(\[]|,[ \t]*[A-ZÀ-ÞА-ЯЁЄІЇЎҐ\d])))",
    re.M,
)


class AuthorLines:
    """Needs the finder's ``toks``, ``text``, ``lang`` and ``rank_in_name``."""

    toks: list[Tok]
    text: str
    lang: str

    @cached_property
    def _author_words(self) -> frozenset[int]:
        """The tokens of every author's line's name, found in one pass over the text."""
        starts = [tok.start for tok in self.toks]
        out: set[int] = set()
        for found in _ATTRIBUTION.finditer(self.text):
            out.update(
                range(bisect_left(starts, found.start(1)), bisect_left(starts, found.end(1)))
            )
        return frozenset(out)

    def attribution(self, n: int) -> bool:
        """A word of the name a dash opens on a line of its own, after a quotation or an
        epigraph (*— Blaise Pascal*, *-- Aldous Huxley (Schöne neue Welt)*): its author."""
        return n in self._author_words

    def author_pair(self, g: int, n: int) -> bool:
        """A listed given name and the word after it on an author's line, no noun of a
        role (*-- Hans Habe*, *-- August Macke*): given name and surname."""
        return (
            given_gender(self.toks[g].text) is not None
            and self.attribution(g)
            and self.attribution(n)
            and not role_before(self.toks[n].text, self.lang)
        )

    def authored(self, seg: list[int]) -> bool:
        """A segment of name words that an attribution line holds (:meth:`attribution`),
        ending in a word that is no common noun (*-- Heimito von Doderer*, *— Grover
        Cleveland*; not *-- Compaq Techsupport Hotline*): the author's whole name."""
        first, last = self.toks[seg[0]].text, self.toks[seg[-1]].text
        texts = [self.toks[n].text for n in seg]
        if any(fold(t) in legal_forms() for t in texts) or role_before(first, self.lang):
            return False  # -- S-Bahn Berlin GmbH, -- Kaiser Nero: a firm; a title, then a name
        if any(  # -- Ulbricht zu Chruschtschow: one speaking to the other
            t == "zu" and given_gender(b) is None and not self.rank_in_name(seg[i - 1])
            for i, (b, t) in enumerate(zip(texts, texts[1:], strict=False), 1)
        ):
            return False
        return (
            self.attribution(seg[0])
            and self.attribution(seg[-1])
            and (
                given_gender(first) is not None
                or not (is_german_noun(first) or is_german_lower(first))
                if self.lang == "de"
                else not _weak(first, self.lang)
            )
            and (
                not _weak(last, self.lang)
                or is_family_name(last)
                or is_place_name(last, self.lang)  # -- Rosa Luxemburg; not -- Radio Bremen
                or len(seg) == 2  # -- Hans Habe: a given name, then a noun as the surname
                and given_gender(first) is not None
                and not role_before(last, self.lang)
            )
            and fold(first.lower()) not in words(self.lang, "function")
        )
