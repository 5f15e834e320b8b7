"""Hungarian names: the family name first (Orbán Viktor, Kovács János).

Hungarian writes its own people's names family name first and declines the last
word, the given name (*Orbán Viktort*, *Orbán Viktornak*); foreign names keep
their order (*Alekszandr Lukasenko*). Read the other way round, *Orbán Viktor*
would be a man whose surname is *Viktor*, and it would never meet *Viktor
Orbán* of the German translation. Nor does a declined place end a name on its
own: Hungarian has no prepositions, so *Varga Judit Budapesten* (in Budapest)
runs on without a break. A mixin of :class:`glossary.detect._Finder`.
"""

from __future__ import annotations

import re

from glossary.gazetteer import is_place_name
from glossary.givenform import _given, _given_citation
from glossary.hungariancases import _hu_unlengthen
from glossary.inflect import lemmas
from glossary.key import key
from glossary.lexicon import is_firm_word, is_lower_word
from glossary.mention import Mention
from glossary.namelists import given_gender, is_family_name
from glossary.shapes import SLAVIC
from glossary.tokens import adjacent
from glossary.wordclass import _PARTICLES, _stop

#: Case endings no surname ends in: the ablative, delative, adessive, allative and
#: elative with their accents, the dative, -val/-vel (assimilated after a consonant:
#: Putyinnal) and the accusative after a lengthened vowel (Lukasenkót).
_CASE = re.compile(
    r"(?:(?P<double>[^aeiouáéíóöőúüű])(?P=double)[ae]l"
    r"|(?<=[aeiouáéíóöőúüű])v[ae]l|t[óő]l|r[óő]l|n[áé]l|h[oeö]z|b[óő]l|n[ae]k"
    r"|(?<=[áéóő])t)$"
)


def case_stem(word: str) -> str | None:
    """The nominative of a Hungarian surname with a case ending no surname has
    (Putyinnal: Putyin, Lukasenkónak: Lukasenko), or None."""
    found = _CASE.search(word)
    if found is None:
        return None
    cut = found.start() + (1 if found.group("double") else 0)
    stem = word[:cut]
    return _hu_unlengthen(stem) if len(stem) >= 3 else None


def object_keys(m: Mention) -> list[str]:
    """Keys of the nominatives a Hungarian full name's last word may stand for when it
    ends in the accusative's -t (*Donald Tuskot*: *Tusk*), which a surname may end in too
    (*Talbot*): the text decides, if it names the person by that stem alone elsewhere."""
    if not m.full or m.kind != "person" or m.family_first or not m.surname.endswith("t"):
        return []
    return [key(stem, "hu") for stem in lemmas(m.surname, "hu")[1:] if len(stem) >= 3]


class HungarianOrder:
    """Family-name-first names of a finder's Hungarian text (``toks``, ``lang``)."""

    def family_before_given(self, n: int, after: int) -> bool:
        """A Hungarian family name that is a word too, right before a given name (*Nagy
        László*, *Nagy Lászlóné*): the name's first word, not the adjective."""
        return (
            self.lang == "hu"
            and is_family_name(self.toks[n].text)
            and _given(self.toks[after].text, "hu") is not None
            and adjacent(self.text, self.toks[n], self.toks[after])
        )

    def place_cut(self, seg: list[int]) -> list[list[int]]:
        """The segment cut before a declined place after its first word (Varga Judit |
        Budapesten, Merz | Varsóból); in Slavic text, after a country's case form before
        a full name (:meth:`glossary.lone.LoneWords.place_before_name`)."""
        if self.lang in SLAVIC:
            return [self.place_before_name(seg)]
        if self.lang != "hu":
            return [seg]
        for at, n in enumerate(seg[1:], start=1):
            if self.declined_place(self.toks[n].text):
                return [seg[:at], seg[at:]]
        return [seg]

    def family_first(self, seg: list[int]) -> list[int] | None:
        """The words of a family-name-first name that ends the segment, or that a
        capitalised common word follows (*Gulyás Gergely Miniszterelnökséget vezető
        miniszter*: a body's name after the person's), or None."""
        if self.lang != "hu" or len(seg) < 2:
            return None
        start = self._family_start(seg)
        if start is not None:
            return seg[start:]
        last = self.toks[seg[-1]].text
        for at in (0, 1) if self.toks[seg[0]].initial else (0,):
            if len(seg) >= at + 3 and self._title_after(seg[at:]):
                return seg[at : at + 2]  # Bartók Béla Concertója: the name, then a title
        if len(seg) < 3 or not is_lower_word(last, "hu") or _given(last, "hu") is not None:
            return None  # a common word's capital (Miniszterelnökséget), no surname
        start = self._family_start(seg[:-1])
        return seg[start:-1] if start is not None else None

    def _title_after(self, seg: list[int]) -> bool:
        """A family name that is no given name, a Hungarian given name and then a word that
        is none (*Bartók Béla Concertója*, *Liszt Ferenc Les Préludes*): Hungarian sets
        no third name word but a second given name, so the name ends there."""
        first, given, third = (self.toks[n].text for n in seg[:3])
        if given_gender(given, "hu") is None or _given(third, "hu") is not None:
            return False
        if any(is_place_name(form, "hu") for form in lemmas(first, "hu")):
            return False  # Brüsszelben Josep Borrell: a city's case form, a foreign name
        return _given(first, "hu") is None and self._family_start(seg[:2]) == 0

    def _family_start(self, seg: list[int]) -> int | None:
        """Where a family-name-first name starts: the word right before a closing given
        name, a capitalised word that is no given name itself (or a listed family name
        that is one too, Orbán), no place, firm or function word. A sentence's first word
        counts when the family-name list has it or Hungarian has no lower-case word of
        that form (Szijjártó Péter; not Kiszabadult Viktor Babariko, a verb)."""
        family, given = self.toks[seg[-2]], self.toks[seg[-1]].text
        word = family.text
        if _given(given, "hu") is None or not word.replace("-", "").isalpha() or len(word) < 2:
            return None  # any length: Hungarian spells foreign names out (Kolesznyikova)
        if given_gender(given, "hu") is None and is_lower_word(given, "hu"):
            return None  # Tisza Párt: a Hungarian word read as a name only by a loose key
        if not word[:1].isupper() or word.lower() in _PARTICLES:
            return None  # Ursula von der Leyennel: a particle is no family name
        listed = is_family_name(word)
        if given_gender(word, "hu") is not None and not listed:
            return None  # two given names: a foreign name in its own order; not one
            # read only through a Cyrillic name's key (Jancsó Miklós, Csányi Sándor)
        if family.initial and not listed and is_lower_word(word, "hu"):
            return None
        if _stop(word, "hu") and not listed or is_place_name(word, "hu") or is_firm_word(word):
            return None
        return len(seg) - 2

    def add_family_first(self, words_: list[int]) -> None:
        """A family-name-first person: the first word is the surname, as written (the
        case ending sits on the given name), the last the given name."""
        first, last = self.toks[words_[0]], self.toks[words_[-1]]
        gender = _given(last.text, "hu")
        self.mentions[first.start] = Mention(
            self.text[first.start : last.end],
            first.text,
            first.text,
            key(first.text, "hu"),
            first.start,
            last.end,
            True,
            "person",
            gender if gender in ("m", "f") else None,
            _given_citation(last.text, "hu"),
            family_first=True,
        )
        self.used.update(range(words_[0], words_[-1] + 1))
