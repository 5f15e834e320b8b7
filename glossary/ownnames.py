"""A Slavic language's own names, as its lists and dictionaries read them: a given
name alone, a form the dictionary has only as a person's, the person spoken to.

A mixin of :class:`glossary.detect._Finder` beside :class:`glossary.lone.LoneWords`,
whose rules for a lone word ask these readings.
"""

from __future__ import annotations

from glossary.dictnames import (
    cyrillic_dictionary_name,
    cyrillic_given_alone,
    cyrillic_given_proper,
    is_name_only,
    is_person_form,
)
from glossary.gazetteer import is_place_name
from glossary.given import own_romanised_given
from glossary.givenform import SPREAD_ALONE, SPREAD_RARE, _given_citation, _spread
from glossary.lexicon import is_common_word, is_cyrillic, is_lower_word, lower_words
from glossary.namelists import given_as_written, given_spread
from glossary.shapes import _EAST_SLAVIC, SLAVIC
from glossary.tokens import Tok

#: Languages whose sentence's first word before a comma is the person addressed when
#: it is a given name many sources list and no word of the language (*Anna, komm her!*).
_ADDRESSED_LISTED = frozenset(("de", "en", "fr"))

#: The Russian and Ukrainian prepositions *in* and *on*, after which a name that is
#: also a river's or a town's is the place (на Дону, в Виктории).
_IN_ON = frozenset({"в", "во", "на"})


#: The ending of a Russian or Ukrainian noun in -а, -я in the locative (and dative),
#: which its genitive does not share (в Думе, у Раді; у Маши, у Ради: whose).
_LOCATIVE_ONLY = {"ru": "е", "uk": "і"}


class OwnNames:
    """Needs the finder's ``toks``, ``text`` and ``lang``, and ``place_reading`` and
    ``word_before`` of its other mixins."""

    toks: list[Tok]
    text: str
    lang: str

    def locative_after_in(self, n: int, citation: str) -> bool:
        """Token ``n``, after *в*, *у*, *на*, is a name in -а, -я in the locative that no
        other case shares (*у Раді*, *в Думе*): the place or body it is in, no person;
        *у Марії*, a genitive too (Maria has), stays."""
        word, lang = self.toks[n].text, self.lang
        ending = _LOCATIVE_ONLY.get(lang)
        return (
            ending is not None
            and self.word_before(n) in (*_IN_ON, "у")
            and citation.endswith(("а", "я"))
            and word.endswith(ending)
            and not citation.endswith("ія")
        )

    def own_given_alone(self, n: int) -> bool:
        """In a Slavic language, a given name as written or declined that is no other word
        the language knows: a person even alone (*Тараса*, *Юлию*, *Andrzeja*,
        *Oldřichem*), where only widely listed names stood alone before. The language's
        lower-case list holds its words in every form (not *Róża*, a rose too).
        A Russian or Ukrainian name its dictionary lists is one even where the
        dictionary also reads a common word (*Роман* "novel", *Юрку* of *юркий*): these
        languages write their common nouns in lower case, and the caller asks only
        of a word inside a sentence; such a name must name no place, one the dictionary
        reads as nothing else may (*Володимир*, a town in the dictionary's tags only).
        Any other name must be one of the general lists or of the language's own, in
        its nominative, that names no place (not *Ateny*). The caller keeps it to a
        word no other capitalised word stands beside (not *Ван Гога*)."""
        word, lang = self.toks[n].text, self.lang
        if lang not in SLAVIC or not lower_words(lang):
            return False
        if (lang in _EAST_SLAVIC) != is_cyrillic(word[:1]):
            return False  # not in the language's script (Kava in Belarusian): no list tells
        citation = _given_citation(word, lang)
        if self.locative_after_in(n, citation):
            return False  # виступила у Раді: in the parliament, no woman Рада
        if lang in ("ru", "uk") and cyrillic_dictionary_name(citation, lang):
            written = cyrillic_dictionary_name(word, lang)  # Рома: no town Ром's genitive
            place = is_place_name(citation, lang) or self.place_reading(word) and not written
            if cyrillic_given_proper(citation, lang) and self.word_before(n) in _IN_ON:
                place = True  # на Дону: on the river Don, the dictionary's other reading
            return cyrillic_given_alone(citation, lang) or not place
        if is_lower_word(word, lang) or is_lower_word(citation, lang) or self.place_reading(word):
            return False  # Rząd Indii: India's, though English lists a given name India
        if is_place_name(citation, lang):
            return False
        if (
            len(citation) <= 3
            and not is_cyrillic(word[:1])
            and _spread(citation, lang) <= SPREAD_RARE
        ):
            return False  # niezależności Fedu: a short name one list has, as an abbreviation's
        return given_as_written(citation, lang) or (
            lang in _EAST_SLAVIC and own_romanised_given(citation, lang)  # Вольгі: Volha
        )

    def declined_as_person(self, word: str) -> bool:
        """A form the language's dictionary has as a person's name (:mod:`glossary.dictnames`:
        *Havla*, *Láďovi*, *Tuska*, *Возняка*) that no lower-case list has: inside a
        sentence, a family name; a given name alone keeps its own citation (*Andrzeja*:
        *Andrzej*). In East Slavic text only a form that is nothing else counts: the
        adjectives among the surnames name seas and streets too (*Чорному морі*)."""
        if self.lang in _EAST_SLAVIC:
            return self.only_a_person(word)
        return is_person_form(word, self.lang) and not is_lower_word(word, self.lang)

    def only_a_person(self, word: str) -> bool:
        """A form the language's dictionary has as a person's name and as nothing else,
        which no lower-case list has either: a person wherever it stands (*Láďa*,
        *Изотов*, *Возняка*)."""
        return is_name_only(word, self.lang) and not is_lower_word(word, self.lang)

    def addressed(self, n: int) -> bool:
        """A sentence's first word before a comma that is a Russian or Ukrainian given name
        its dictionary reads as nothing else: the person spoken to (*Наташа, иди сюда!*),
        where a common noun there would open the sentence (*Роман, который я читал*); in
        German, English and French a given name many sources list that is no word of the
        language and no place (*Anna, komm her!*)."""
        if not self.text.startswith(",", self.toks[n].end):
            return False
        word = self.toks[n].text
        if self.lang in _ADDRESSED_LISTED:  # „Anna, komm her!“, but Max, max.: a word too
            return (
                given_spread(word) >= SPREAD_ALONE
                and not is_common_word(word, self.lang)
                and not is_place_name(word, self.lang)
            )
        if self.lang not in ("ru", "uk"):
            return False
        forms = [_given_citation(word, self.lang)]
        if self.lang == "uk" and word.endswith("о"):
            forms.append(word[:-1] + "а")  # Оксано: the vocative of Оксана
        return any(cyrillic_given_alone(form, self.lang) for form in forms)
