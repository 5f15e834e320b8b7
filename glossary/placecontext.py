"""Places around a capitalised word: whether it is a place's name or a case form of one,
its citation form, and the places and particles beside it that make it no person's
(*Kijowa*, *Castel del Monte*, *Panathinaikos Athen*, *Tübingen oder Pfrondorf*).
:class:`glossary.detect._Finder` mixes these checks in; they read its ``toks``, ``text``
and ``lang``.
"""

from __future__ import annotations

import re

from glossary.absence import NOUN_CAPITALISING, capitalised
from glossary.dictnames import cyrillic_dictionary_name
from glossary.gazetteer import cities, is_country, is_place_name, place_frequency, place_shaped
from glossary.germanwords import proper_kinds
from glossary.givenform import _given
from glossary.inflect import lemmas
from glossary.key import key
from glossary.namelists import given_gender, given_spread, is_family_name, polish_given
from glossary.places import listed_citation, reads_as_place
from glossary.shapes import SLAVIC
from glossary.tokens import Tok, adjacent
from glossary.wordclass import _COORDINATORS

#: Ten times as frequent, on wordfreq's Zipf scale (a base-10 logarithm).
_TENFOLD = 1.0
#: Italian and Spanish particles that join a place's name as often as a surname's.
_PLACE_PARTICLES = frozenset(("del", "della", "di", "dei", "delle", "degli"))
#: What ends a clause after a word.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


class PlaceEvidence:
    """Whether a word or its neighbours name a place."""

    toks: list[Tok]
    text: str
    lang: str

    def place_shaped(self, word: str) -> bool:
        """A German word that ends like a place (Kisdorf, Weitingen, Mosbachs) and is no
        listed family name (Münchhausen is one too)."""
        if self.lang not in NOUN_CAPITALISING or is_family_name(word):
            return False
        return place_shaped(word) and "family" not in proper_kinds(word)

    def declined_place(self, word: str) -> bool:
        """In a language that capitalises names only, a word whose citation form (not the
        word as written) is a listed city or country and none a given name of the general
        list (Kijowa, Киева; not Софии). Exact forms only: a loose key makes Киева a given
        name. The names only the language's own lists hold, many of them rare, do not
        count: *Астану* is Astana's, *Израилю* Israel's, though Russian has the men's
        names *Астан* and *Израиль*; but a word the Russian or Ukrainian dictionary
        lists as a given name as written is the name (*Рома*, not a town *Ром*'s). A
        country's case form beats a given name that is no word as written (*Indii*:
        *Indie*, not a woman *India*)."""
        if self.lang in NOUN_CAPITALISING:
            return False
        citation = listed_citation(word, self.lang)
        if citation is not None and is_country(citation, self.lang) and given_gender(word) is None:
            return True
        if any(self._given_reading(form, citation) for form in lemmas(word, self.lang)):
            return False
        if self.lang == "pl" and any(polish_given(form) for form in lemmas(word, "pl")):
            return False  # Kasia, Basia: Polish names its dictionary reads as nothing else
        if cyrillic_dictionary_name(word, self.lang):
            return False  # Рома, a given name as written, not a case form of a town Ром
        return citation is not None

    @staticmethod
    def _given_reading(form: str, citation: str | None) -> bool:
        """``form`` is a given name, other than a city's name that one source only lists
        as one (*Berlinie*: Berlin, a man's name nam_dict lists once)."""
        if given_gender(form) is None:
            return False
        return form != citation or given_spread(form) > 1

    def place_citation(self, word: str, lemma: str, k: str) -> tuple[str, str]:
        """A place's citation form: the first of the word's readings after the word
        itself that the city or country lists hold (Kijevből: Kijev, Warszawy: Warszawa),
        else ``lemma`` and its key ``k`` unchanged. Where places take no case endings but
        German's genitive -s, a place listed as written is its own citation form (Paris,
        not the town Pari its stripped -s would make); Slavic forms listed as written
        are often declined ones (GeoNames holds Киеву, and Wilna beside Wilno), so there
        the word stays as written only where the language writes it ten times as often
        as its reading (Warszawa beside Warszaw, Praga beside Prag; not Brukseli, a
        locative written more often than Bruksela, but not ten times)."""
        if self.lang not in SLAVIC and is_place_name(word, self.lang):
            return word, key(word, self.lang)
        form = listed_citation(word, self.lang)
        written = place_frequency(word, self.lang)
        if form and written:
            if written >= (place_frequency(form, self.lang) or 0.0) + _TENFOLD:
                return word, key(word, self.lang)  # Warszawa, not the Warszaw GeoNames has
        return (form, key(form, self.lang)) if form else (lemma, k)

    def listed_with_place(self, n: int) -> bool:
        """Joined by und/oder to a place (Antsirabe und Makay, Tübingen oder Pfrondorf):
        a place too."""
        toks = self.toks
        for m, link in ((n - 2, n - 1), (n + 2, n + 1)):
            if not 0 <= m < len(toks):
                continue
            gap = toks[link].text
            if gap not in _COORDINATORS or not capitalised(toks[m].text):
                continue
            other = toks[m].text
            if is_place_name(other, self.lang) and _given(other, self.lang) is None:
                return True
        return False

    def place_genitive(self, word: str) -> bool:
        """A German place's or country's genitive (Berlins, Litauens) that no name list
        holds as written (Lars, Paris)."""
        if self.lang != "de" or not word.endswith("s") or len(word) < 4:
            return False
        stem = word[:-1]
        if not is_place_name(stem, "de"):  # a city, a country or a German toponym
            return False
        return not (is_family_name(word) or given_gender(word) is not None)

    def place_particle_at(self, p: int) -> bool:
        """Token ``p`` an Italian or Spanish *del*, *della*, *di* between two capitalised
        words, no listed given name in the run before it (*Castel del Monte*, *Costa del
        Sol*, *Lido di Spina*): it joins a place's or a thing's name; after a given name it
        leads a surname (*Guillermo del Toro*, *Juan José Lobato del Valle*)."""
        toks = self.toks
        if p < 1 or p + 1 >= len(toks) or toks[p].text not in _PLACE_PARTICLES:
            return False
        before, after = toks[p - 1], toks[p + 1]
        if not (capitalised(before.text) and capitalised(after.text)):
            return False
        if not (adjacent(self.text, before, toks[p]) and adjacent(self.text, toks[p], after)):
            return False
        m = p - 1  # the capitalised words before it: no given name among them (Juan José
        while m >= 0 and capitalised(toks[m].text):  # Lobato del Valle, Carlo Pellion di
            if given_gender(toks[m].text) is not None or self._initial(toks[m]):  # Persano)
                return False
            if m == 0 or not adjacent(self.text, toks[m - 1], toks[m]):
                break
            m -= 1
        return True

    def before_city(self, n: int) -> bool:
        """Right before a listed city's name in the same run, a word no given or family
        name list has: a club's or a firm's name with its seat (*Panathinaikos Athen*,
        *Olympiakos Piräus*), which a person's name never ends with."""
        toks = self.toks
        if n + 1 >= len(toks) or not adjacent(self.text, toks[n], toks[n + 1]):
            return False
        word, city = toks[n].text, toks[n + 1].text
        if not capitalised(city) or city not in cities():
            return False
        stem = word[:-1]
        if word.endswith("s") and (_given(stem, self.lang) is not None or self.family(stem)):
            return False  # auf Druck Napoleons Regensburg: a person's genitive
        return _given(word, self.lang) is None and not self.family(word)

    def case_of_place(self, n: int, before_name: bool = False) -> bool:
        """Inside a sentence of a language that declines names (Slavic, Hungarian), a
        case form of a listed city or country (Mińskiem, России, Мінску): a place, even
        where nothing else reads the word, and never a person. ``before_name``: the word
        stands before a full name in one run of capitals, which no sentence opens with a
        common word's case form (*Brüsszelben Josep Borrell*), so its first word counts."""
        tok = self.toks[n]
        if tok.initial and not before_name or not (self.lang in SLAVIC or self.lang == "hu"):
            return False
        return self.declined_place(tok.text) and not self.named_after(n)  # имени Кирова

    def place_reading(self, word: str) -> bool:
        """Whether the city and country lists read ``word`` as a place, as written or in
        one of its forms."""
        return reads_as_place(word, self.lang)

    def region_after_city(self, n: int) -> bool:
        """Token ``n`` follows a city (listed, or read as a place here) and a comma and
        ends a clause, and is no listed name: the way English adds a state or country
        (*Ames, Iowa, …*)."""
        tok, word = self.toks[n], self.toks[n].text
        if n == 0 or given_gender(word, self.lang) is not None or is_family_name(word):
            return False
        prev = self.toks[n - 1]
        found = self.mentions.get(prev.start)
        city = is_place_name(prev.text, self.lang) or found is not None and found.kind == "place"
        return (
            self.text[prev.end : tok.start] == ", "
            and city
            and _CLAUSE_END.match(self.text, tok.end) is not None
        )
