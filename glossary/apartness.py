"""Whether a lone word stands apart from the capitalised words around it, so that a
listed or telling surname counts as a person on its own: *Tusk* alone, not *Bit* of
*Bit Lane*; a sentence's first common word before it does not join it (*Мечта
Серёжи*)."""

from __future__ import annotations

from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns, proper_kinds
from glossary.lexicon import is_lower_word
from glossary.namelists import given_gender
from glossary.shapes import SLAVIC, shaped_alone
from glossary.tokens import adjacent

#: Languages that write a place as German Wiktionary's toponyms do (London, Paris,
#: Houston); in Czech or Polish such a word is as often a surname (Havel).
_WEST = frozenset({"de", "en", "fr"})


class StandingApart:
    """Needs the finder's ``toks``, ``text`` and ``lang``, ``alone``, ``family`` and
    ``name_neighbour``."""

    def apart(self, n: int) -> bool:
        """No capitalised word joined to token ``n`` but, right before it, a sentence's
        first word that is a common word of the language and no given name as written
        (*Мечта Серёжи*, "Seryozha's dream")."""
        if self.alone(n):
            return True
        toks, lang = self.toks, self.lang
        if n == 0 or not toks[n - 1].initial or not adjacent(self.text, toks[n - 1], toks[n]):
            return False
        first = toks[n - 1].text
        if given_gender(first, lang) is not None or not is_lower_word(first, lang):
            return False
        after = n + 1 < len(toks) and adjacent(self.text, toks[n], toks[n + 1])
        return not (after and self.name_neighbour(toks[n + 1].text))

    def set_apart(self, n: int) -> bool:
        """:meth:`apart` in a Slavic language (*Свабоду Ціханоўскаму!*), else :meth:`alone`:
        where common words are capitalised in names, the first word may be the name's
        (*Sand Hill park*)."""
        return self.apart(n) if self.lang in SLAVIC else self.alone(n)

    def family_alone(self, n: int) -> bool:
        """A listed family name counts alone when it stands apart from other capitalised
        words but given names (not Bit Lane, Angry Young Men), names no listed city or (in
        de, en, fr) German Wiktionary toponym (London, Paris, Houston: listed as family
        names too) and German has no noun of that name (Lage, Saal: Faker lists them);
        surnames of a telling shape (Tsikhanouskaya) need none of this."""
        word = self.toks[n].text
        if shaped_alone(word, self.lang):
            return True
        toponym = self.lang in _WEST and "place" in proper_kinds(word)
        if not self.set_apart(n) or is_place_name(word, self.lang) or toponym:
            return False
        if self.lang == "de" and "family" in proper_kinds(word):
            return True
        return self.lang != "de" or word not in german_nouns()
