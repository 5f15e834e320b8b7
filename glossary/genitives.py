"""A German name's genitive in *-s*: before its noun (*Luthers Schriften*), after it
(*die Aussagen Rudolphs*), after a quotation (*„zynischen Spiel“ Lukaschenkos*), and
the stems that make such a word a common noun's or a place's genitive instead (*des
Volkes*, *Berlins Mitte*). :class:`glossary.detect._Finder` mixes these checks in; they
read its ``toks``, ``text`` and ``lang`` and its context checks (``after_noun``,
``after_determiner``, ``place_shaped``).
"""

from __future__ import annotations

from glossary.absence import capitalised
from glossary.englishwords import english_possessive, english_word
from glossary.gazetteer import is_country, is_place_name
from glossary.germancases import TITLE_OPENS, after_closing_mark
from glossary.germanwords import adjective_es, is_german_lower, is_german_noun, proper_kinds
from glossary.lexicon import is_common_word
from glossary.namelists import is_family_name
from glossary.tokens import Tok
from glossary.wordclass import _stop, _weak


class GenitiveEvidence:
    """Mixin: genitive checks over the finder's tokens."""

    text: str
    lang: str
    toks: list[Tok]

    def common_stem(self, word: str) -> bool:
        """A genitive whose stem is a common word or a place (des Volkes, Berlins Mitte);
        not one of a family name that is no noun, however often German writes the
        genitive of the famous (Kafkas, Goethes)."""
        stem = word[:-1]
        family = "family" in proper_kinds(stem) and not is_german_noun(stem)
        return (
            _weak(word, self.lang)
            and not family
            or _weak(stem, self.lang)
            or is_german_lower(stem)
            or is_place_name(stem, self.lang)
            or self.place_shaped(word)
            or _stop(stem, self.lang)
        )

    def genitive(self, n: int) -> bool:
        """A name in the genitive: before its noun (Luthers Schriften, Merkels neue Regierung)
        or right after it (die Aussagen Rudolphs, die Vertrauten Merkels)."""
        word = self.toks[n].text
        if not word.endswith("s") or len(word) < 4 or word.endswith("ss"):
            return False
        if is_country(word[:-1], self.lang):
            return False
        stem = word[:-2] if word[-2] in "'’" else word[:-1]
        if len(stem) > 1 and stem.isupper():
            return False  # LINUX's History, IBMs Großrechner: an acronym's or a product's
        if english_word(word, self.lang) or english_possessive(word, self.lang):
            return False  # Miscellaneous Information Manual, Developer's Reference
        if self.lang == "de" and adjective_es(word):
            return False  # Vorheriges Thema: an adjective before its noun, no genitive
        if self.after_noun(n) or self.after_closing_mark(n):
            return True
        if TITLE_OPENS.match(self.text, self.toks[n].end):
            return True  # Wagners „Ring“: a work's title in quotation marks
        if n + 1 >= len(self.toks):
            return False
        nxt = self.toks[n + 1]
        if self.text[self.toks[n].end : nxt.start] != " ":
            return False
        if capitalised(nxt.text):
            noun = nxt.text
            return is_common_word(noun, self.lang) or _weak(noun, self.lang) or len(noun) > 8
        return False

    def after_closing_mark(self, n: int) -> bool:
        """In German, right after a quotation's closing mark and a space, before the
        clause ends (*von einem „zynischen Spiel“ Lukaschenkos.*): the quoted phrase's
        genitive."""
        tok = self.toks[n]
        return self.lang == "de" and after_closing_mark(self.text, tok.start, tok.end)

    def genitive_of_name(self, n: int) -> bool:
        """A German genitive in *-s* before its noun whose stem is no common word or place
        (*Nawalnys Witwe*), to be read on its own where a full name follows."""
        word = self.toks[n].text
        return self.lang == "de" and self.genitive(n) and not self.common_stem(word)

    def bare_family_genitive(self, n: int) -> bool:
        """A listed family name's genitive in *-s* with no article before it (*Bachs
        Weihnachtsoratorium*, *zu Becks Absichten*): German puts a common noun's genitive
        after an article (*des Bachs*), so bare before its noun it is the name's, whatever
        common noun the name spells too."""
        word = self.toks[n].text
        if self.lang != "de" or not is_family_name(word[:-1]) or is_german_lower(word.lower()):
            return False  # Nettes Personal: an adjective opening the sentence
        return not self.after_determiner(n) and not self.after_noun(n)
