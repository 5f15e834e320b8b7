"""Rulers' names: a given name and a Roman numeral (*Elisabeth II.*), in German the
ruler in the genitive (*Ottos II.*) and the seat after *von* (*Friedrich II. von
Hohenstaufen*), or a given name and an epithet (*Karl der Große*, *Katharina die
Große*). :class:`glossary.detect._Finder` mixes this in."""

from __future__ import annotations

from glossary.absence import capitalised
from glossary.germanwords import is_german_lower
from glossary.givenform import _given, _given_citation, masculine_given
from glossary.namelists import given_gender
from glossary.shapes import SLAVIC
from glossary.tokens import Tok, adjacent
from glossary.wordclass import _ROMAN, _stop

#: English generational suffixes after a full name (*Martin Luther King Jr.*): a
#: closed class, no surname, so the name's surname is the word before.
_GENERATIONAL = frozenset({"Jr", "Sr", "Jnr", "Snr"})


class RulerNames:
    """Ruler's numerals and seats among the tokens of a finder (``toks``, ``text``, ``lang``)."""

    toks: list[Tok]
    text: str
    lang: str
    used: set[int]

    def generation(self, words_: list[int]) -> int | None:
        """The end of a generational suffix closing the name of ``words_`` (*Robert
        Downey Jr.*), its full stop with it; None if the last word is none, or too few
        words stand before it for a given name and a surname."""
        last = self.toks[words_[-1]]
        if len(words_) < 3 or last.text not in _GENERATIONAL:
            return None
        return last.end + self.text.startswith(".", last.end)

    def before_generation(self, words_: list[int]) -> tuple[list[int], str]:
        """The words of a name without its generational suffix, which is used up, and
        their given part (*Martin Luther King Jr.*: *King*, given *Martin Luther*)."""
        self.used.add(words_[-1])
        return words_[:-1], self.given_names(words_[:-1])

    def rulers_gender(self, lemma: str) -> str | None:
        """The gender a ruler's cited name shows (*Paweł II*: a man's), None if none: its
        last given name's, which a case shows (*Jana Pawła II*: Paweł's)."""
        shown = _given(lemma.split()[-2], self.lang)
        return shown if shown in ("m", "f") else None

    def ruler_givens(self, names: list[str]) -> list[str]:
        """The citation forms of a ruler's given names before the numeral (*Ottos II.*:
        *Otto*; *Friedrich Wilhelm IV.*): where the last is in a man's case (*Jana Pawła
        II*: *Paweł*), the ones before it are in his case too (*Jan*, not the woman's
        *Jana*)."""
        last = self.ruler_given(names[-1]) or names[-1]
        cited = _given_citation(last, self.lang)
        if last != names[-1] and _given(cited, self.lang) == "m":
            earlier = [masculine_given(name, self.lang) for name in names[:-1]]
        else:
            earlier = [
                _given_citation(self.ruler_given(name) or name, self.lang) for name in names[:-1]
            ]
        return [*earlier, cited]

    def rulers_numeral(self, n: int) -> bool:
        """Token ``n`` is a Roman numeral right after a given name (Elisabeth II.), in
        German its genitive too (*die Tumba Ottos II.*)."""
        toks = self.toks
        if n == 0 or _ROMAN.match(toks[n].text) is None:
            return False
        return self.ruler_given(toks[n - 1].text) is not None

    def ruler_given(self, word: str) -> str | None:
        """The listed given name ``word`` is before a ruler's numeral: the word itself, in
        German the name whose genitive in -s it is (*Ottos*: *Otto*), in a Slavic language
        the name whose case it is (*Pawła*: *Paweł*); None if none."""
        if given_gender(word, self.lang) is not None:
            return word
        if self.lang == "de" and word.endswith("s") and given_gender(word[:-1]) is not None:
            return word[:-1]
        if self.lang in SLAVIC and (citation := _given_citation(word, self.lang)) != word:
            return citation if given_gender(citation, self.lang) is not None else None
        return None  # alei Jana Pawła II: Paweł's, in a Slavic case

    def ruled_seat(self, n: int) -> list[int]:
        """The tokens of *von* and a place right after a ruler's numeral at token ``n``
        and its full stop (*Friedrich II. von Hohenstaufen*, *Otto II. von Neumarkt*):
        the house or the land, part of the name in German; none otherwise."""
        toks = self.toks
        if self.lang != "de" or n + 2 >= len(toks) or toks[n + 1].text != "von":
            return []
        if not self.rulers_numeral(n):
            return []
        if self.text[toks[n].end : toks[n + 1].start] != ". ":
            return []
        seat = toks[n + 2].text
        if not adjacent(self.text, toks[n + 1], toks[n + 2]) or not capitalised(seat):
            return []
        return [] if _stop(seat, self.lang) else [n + 1, n + 2]

    def epithet(self, n: int) -> int | None:
        """The token of an epithet after the listed given name at token ``n``: *der* or
        *die* and an adjective made a noun, as German names rulers and saints (*Karl der
        Große*, *Ludwig der Fromme*, *Katharina die Große*), part of the name; None
        otherwise. After a numeral the numeral names the ruler (*Magnus I. der Gute*)."""
        toks = self.toks
        if self.lang != "de" or n + 2 >= len(toks) or toks[n + 1].text not in ("der", "die"):
            return None
        if given_gender(toks[n].text, self.lang) is None:
            return None
        word = toks[n + 2].text
        if not (
            adjacent(self.text, toks[n], toks[n + 1])
            and adjacent(self.text, toks[n + 1], toks[n + 2])
            and capitalised(word)
            and word.endswith("e")
            and is_german_lower(word)
        ):
            return None
        return n + 2
