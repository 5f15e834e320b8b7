"""Where a full name ends inside its segment: before a common noun of the sentence
(*schlug Martin Luther Thesen an*), before the noun a genitive belongs to (*Heidi Klums
Modelsuche*), after a ruler's numeral or seat (*Friedrich II. von Hohenstaufen*); never
inside a particle's surname (*Ursula von der Leyen*). A mixin of
:class:`glossary.detect._Finder`, run on the words :class:`glossary.fullname.FullNames`
found to begin a name.
"""

from __future__ import annotations

from glossary.absence import plural_compound
from glossary.gazetteer import is_place_name
from glossary.germanwords import german_nouns, is_german_noun
from glossary.givenform import SPREAD_ALONE, SPREAD_RARE, _given
from glossary.key import key
from glossary.namelists import given_spread, is_family_name
from glossary.wordclass import (
    _NOBLE,
    _PARTICLES,
    _ROMAN,
    _SECOND_PARTICLES,
    _role,
    _stop,
    _weak,
)

#: Particles that open a Germanic surname of several words (von der Leyen, van der Bellen).
_VON = frozenset({"von", "van", "ter", "ten"})


class NameEnds:
    """Needs the finder's ``toks``, ``text``, ``lang`` and its other mixins' evidence
    (initials, rulers' numerals and seats, nouns as surnames, a noble's seat)."""

    def noun_after_surname(self, prev: str, word: str) -> bool:
        """A German common noun that no list gives as a name, right after a surname (no
        widely given name) that ends a given name and surname already: the sentence's
        noun (*schlug Martin Luther Thesen an*, *Janet Branagan Bemerkungen*), not a
        third name word (*Johann Sebastian Bach*: *Sebastian* a widely given name)."""
        if self.lang != "de" or prev in _PARTICLES or prev.lower() in _VON:
            return False  # Joseph Victor von Scheffel: a surname after its particle
        if _given(prev, self.lang) is not None and given_spread(prev) >= SPREAD_ALONE:
            return False  # a widely given name: a third name word may follow
        if word not in german_nouns() or is_family_name(word):
            return False
        return _given(word, self.lang) is None

    def articled_after_surname(self, before: int, n: int) -> bool:
        """A word the document writes after an article or as a release (*das
        Debian-Projekt*, :mod:`glossary.articled`), right after a surname that ends a given
        name and surname already: the sentence's object (*Als Ian Murdock Debian
        verließ*), not a third name word; none after a given name many sources list or an
        initial (*Carl Friedrich Gauß*, *H. A. Bauer*), none on an author's line
        (*-- Thornton Niven Wilder*), no particle's surname and no town."""
        prev, word = self.toks[before].text, self.toks[n].text
        if prev in _PARTICLES or prev.lower() in _VON or word.lower() in _PARTICLES:
            return False  # Fernando Collor de Mello: the particle's surname follows
        if len(prev) == 1 or self.attribution(n):
            return False
        if _given(prev, self.lang) is not None and given_spread(prev) > SPREAD_RARE:
            return False
        if is_place_name(word, self.lang):
            return False  # der FC Carl Zeiss Jena: a club's name, not a person's and a town
        return key(word, self.lang) in self.articled

    def trim_name(self, words_: list[int]) -> list[int]:
        """End a name before a common noun or after a genitive (Heidi Klums Modelsuche)."""
        toks, out = self.toks, [words_[0]]
        middle = _given(toks[words_[0]].text, self.lang) is not None  # Dan J. Bernstein
        for n in words_[1:]:
            word, prev = toks[n].text, toks[out[-1]].text
            all_given = all(  # T. H. White: initials before a family name are given names
                _given(toks[m].text, self.lang) is not None
                or self._initial(toks[m])
                and (is_family_name(word) or middle)
                for m in out
            )
            joined = word in _VON or word in _SECOND_PARTICLES and prev.lower() in _VON
            joined = joined or word == "la" and prev == "de"  # Jean de la Fontaine
            joined = joined or word in _NOBLE and self.rank_in_name(out[-1])  # Gräfin zu
            particle = prev.lower() in _VON or self.lang == "de" and prev in _PARTICLES
            given_before = all(  # Marc-André ter Stegen: a given name, then the particle
                _given(toks[m].text, self.lang) is not None
                for m in out
                if toks[m].text.lower() not in _PARTICLES
            )
            after_particle = (
                prev in _SECOND_PARTICLES
                or (prev.lower() in _VON or prev in _PARTICLES)
                and given_before  # Edmond de Goncourt: a surname a lexicon has as a word
                or particle
                and (
                    not _weak(word, self.lang)
                    or self.name_only(word)
                    or prev in _NOBLE
                    and self.noble_seat(word)
                )
            )  # after von der / van der / de / zu the surname comes (Bellen, Maizière)
            ranked = n + 1 in words_ and toks[n + 1].text in _NOBLE and self.rank_in_name(n)
            plural = self.lang == "de" and plural_compound(word) and not is_family_name(word)
            if plural and (prev == "den" or not particle and not is_place_name(word, self.lang)):
                break  # Debian Systemadministratoren, Von den Distributionsbetreuern: a plural;
                # not after von (Eckhart von Hirschhausen: Haus|en, but a place's name)
            if self._initial(toks[n]) or joined or after_particle or ranked:
                out.append(n)  # J. O. M. Roberts, J.D.A.Stainton; Ursula von der Leyen
                continue
            if _ROMAN.match(word) and (_given(prev, self.lang) or self.rulers_numeral(n)):
                out.append(n)  # Elizabeth II: a ruler's numeral ends the name,
                out.extend(m for m in self.ruled_seat(n) if m in words_)  # or his seat does
                break
            if len(out) >= 2 and (
                _weak(word, self.lang)
                and not (
                    all_given
                    and (not _stop(word, self.lang) or self._noun_surname(out[-1], n))
                    and not _role(word, self.lang)
                )
                or self.lang == "de"
                and prev.endswith("s")
                and not (is_family_name(word) or _given(word, self.lang))
                and (is_german_noun(word) or _weak(word, self.lang))  # not Thingnes Bø
                or not self._initial(toks[out[-1]])  # Dan J. Bernstein: no surname yet
                and self.noun_after_surname(prev, word)
                or self.articled_after_surname(out[-1], n)
                or self.genitive_head(n)
            ):
                break
            out.append(n)
        while len(out) > 1 and toks[out[-1]].text in _PARTICLES:
            out.pop()
        return out
