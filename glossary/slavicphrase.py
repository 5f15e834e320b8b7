"""Capitalised Slavic and Hungarian words that make an institution's name, not a
person's: words the language writes in lower case (*Sąd Wojewódzki*, *Rada
Konsultacyjna*, *Tisza Párt*)."""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.givenform import SPREAD_RARE, _given_citation
from glossary.lexicon import is_lower_word
from glossary.namelists import given_gender, given_spread, is_family_name, locale_given
from glossary.shapes import SLAVIC


@lru_cache(maxsize=1 << 16)
def slavic_common(word: str, lang: str) -> bool:
    """A capitalised word a Slavic language writes lower case (Polish *Sąd*, *Unii*,
    *Teatru*, *Dom*) that no given name list holds widely: such a word is no name of a
    person's, and nor is the lower-case word after it (*Sąd Wojewódzki*, *Dom Handlowy*).
    A name the language's own list has stays one (Polish *Lech*); so does a surname that
    is a word too after a given name (*Jan Wróbel*), which never starts with such a word."""
    if lang not in SLAVIC or not is_lower_word(word, lang):
        return False
    citation = _given_citation(word, lang)
    if given_gender(citation) is None and given_gender(citation, lang) is not None:
        return False  # Lech, Lecha: a name of the language's own list
    if locale_given(citation, lang):
        return False  # Paweł: the language's own locale lists it, its lemma table too
    return given_spread(citation) <= SPREAD_RARE


#: Polish adjectives of the suffixes that make them from nouns (-ny, -owy, -yjny, -iczny,
#: -alny) in every case: *Konsultacyjna*, *Kongresowej*; never a surname's -ski or -cki.
_PLAIN_ADJECTIVE = re.compile(r"(?:n|ow|yjn|iczn|aln)(?:y|a|e|ej|ego|emu|ym|ą|ych|ymi)$")
#: A Polish genitive of an abstract or collective noun, the body's field (Rady
#: Bezpieczeństwa, Rady Państwa, Rady Sądownictwa, Rady Ministrów): no surname's case.
_ABSTRACT_GENITIVE = re.compile(r"(?:stwa|ctwa|ości|cji|ów)$")


def slavic_phrase(first: str, second: str, lang: str) -> bool:
    """Two capitalised words of a Slavic language that are both its lower-case words,
    the first no widely listed given name: an institution's name (Sąd Wojewódzki, Dom
    Handlowy, Teatru Narodowego), no person's. A surname that no list of common words
    has keeps a rare given name before it (Mikołaja Kopernika, Льва Пунина). In Polish
    a wider given name that is a word too (Rada, Sala) makes no person either before an
    adjective or an abstract noun's genitive that no family list has (Rada
    Konsultacyjna, Sali Kongresowej, Rady Bezpieczeństwa; not Lech Wałęsa, Róża
    Wrona). In Hungarian, whose given names the lists hold as written, nor does a
    first word that only a loose key reads as a given name, before a common word
    (*Tisza Párt*, the Tisza party; *Szent Korona*); Slavic given names are often
    found only so (*Андрэй*, *Joasia*)."""
    if not is_lower_word(second, lang):
        return False
    if slavic_common(first, lang):
        return True
    if lang == "hu" and given_gender(first, lang) is None and not is_family_name(second):
        return True
    return (
        lang == "pl"
        and is_lower_word(first, lang)
        and not is_family_name(second)
        and bool(_PLAIN_ADJECTIVE.search(second.lower()) or _ABSTRACT_GENITIVE.search(second))
    )


class SlavicPhrases:
    """Needs the finder's ``toks`` and ``lang``."""

    def slavic_phrase(self, n: int, m: int) -> bool:
        """Tokens ``n`` and ``m`` are two capitalised words of an institution's name, no
        person's (:func:`slavic_phrase`: Sąd Wojewódzki, Rada Konsultacyjna)."""
        return slavic_phrase(self.toks[n].text, self.toks[m].text, self.lang)
