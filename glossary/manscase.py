"""A man's name in a case its given names alone do not show: the readings that make a
declined name a man's (*Хорхе Луиса Борхеса*, *Альфреда Нобеля*, *Andreje Babiše*,
*Віталія Кличка* beside *Кличко*). :class:`glossary.detect._Finder` mixes this in; it
reads the finder's ``toks``, ``lang`` and ``known``.
"""

from __future__ import annotations

import re

from glossary.givenform import masculine_given
from glossary.inflect import RU_SOFT_CASE, given_lemmas, lemmas
from glossary.key import key
from glossary.lexicon import prepositions
from glossary.namelists import given_gender, is_family_name
from glossary.shapes import _EAST_SLAVIC, _FEMININE
from glossary.tokens import Tok

#: Letters that end a surname in a vowel (Борхеса after a woman's Луиса).
_VOWELS = frozenset("аеёиоуыэюяіaeiouyáéíóúůý")
#: A Czech or Slovak woman's surname in any case: -ová and the adjectives' -á (Babišová,
#: Konečná, Konečné, Konečnou).
_CS_WOMANS = re.compile(r"(?:á|é|ou)$")
#: A man's adjectival surname in the nominative, per language (Толстой, Kaczyński, Suchý).
_MANS_ADJECTIVE = {
    **dict.fromkeys(_EAST_SLAVIC, ("ой", "ий", "ый", "ій")),
    "pl": ("ski", "cki", "dzki"),
    "cs": ("ský", "cký"),
    "sk": ("ský", "cký"),
}
#: An East Slavic man's adjectival surname in the genitive or dative (Садового,
#: Непомнящего, Навальному; Belarusian Сырскага, Каліноўскаму): a woman's takes -ой,
#: -ей, -ої, -ай.
_MANS_ADJECTIVE_CASE = ("ого", "ому", "его", "ему", "ага", "аму")
#: A Polish man's surname in the locative, dative or genitive -u after a consonant
#: (Nowaku, Tusku): a woman's surname in a consonant stays as written.
_PL_MANS_U = re.compile(r"\w\w[^\W\daeiouyąęó]u$")
#: A word in -a: a woman's nominative or a man's genitive or accusative (Tuska, Путина).
_IN_A = re.compile(r"[^\W\d_]{2}[aа]$")


#: A Czech or Polish noun's genitive in -y, -i after the -a of its nominative (Kupky,
#: Moniuszki: Kupka, Moniuszko), which a woman's surname there never takes: an
#: adjective's ends in -é, -ej, and other nouns stay as written for her.
_NOUN_GENITIVE = {
    "cs": re.compile(r"\w\w[^aeiouyáéíóúůý]y$"),
    "pl": re.compile(r"\w\w(?:[kg]i|y)$"),
}


def _polish_mans_genitive(word: str) -> bool:
    """A Polish man's surname in the genitive or accusative in -a whose nominative the
    Polish dictionary declines as a man's name (*Karłowicza*: *Karłowicz*), or a family
    list holds, while no list has the word itself as a name."""
    from glossary.dictnames import is_person_form

    stem = word[:-1]
    return (
        word.endswith("a")
        and len(stem) > 2
        and stem[-1].lower() not in _VOWELS
        and (is_family_name(stem) or is_person_form(stem, "pl"))
        and not is_family_name(word)
    )


def _mans_genitive(word: str) -> bool:
    """A Slavic surname in a man's genitive or accusative in -a: a family name the lists
    hold without its -a, and not with it (*Pavla Dvořáka*: Dvořák; *Василя Стуса*: Стус;
    *Fiala* is a name as written). A woman's surname is an adjective there, or stays
    undeclined in a consonant, so the given name before it, a woman's as written too
    (*Pavla*, *Василя*), is a man's in the same case."""
    stem = word[:-1]
    return (
        word.endswith(("a", "а"))
        and len(stem) > 2
        and stem[-1].lower() not in _VOWELS
        and is_family_name(stem)
        and not is_family_name(word)
    )


class MansCase:
    """Whether a declined full name is a man's."""

    toks: list[Tok]
    lang: str
    known: set[str]

    def mans_case(self, words_: list[int], gender: str | None) -> bool:
        """A man's name in a case its given names alone do not show: a later given name
        the list has as a woman's only, as written, but a man's in a case, after a man's
        first given name and before a surname in a vowel (Хорхе Луиса Борхеса: Луис's;
        Хосе Мария Аснар stays as written); or a Russian surname in a soft stem's
        genitive or dative, which no woman's name in a consonant takes, after a given
        name that reads as a man's in a case (Альфреда Нобеля: Альфред, no Альфреда); a
        Czech or Slovak given name in a case that may be a man's, before a surname that
        is no woman's (-ová, -á: Andreje Babiše, no woman Andreja); a lone word in -a
        after a Polish or East Slavic preposition (:meth:`after_preposition`); or a
        surname whose man's reading the text knows (:meth:`known_mans_reading`)."""
        toks, lang = self.toks, self.lang
        last, given = toks[words_[-1]].text, [toks[n].text for n in words_[:-1]]
        if not given and self.after_preposition(words_[0]) and _IN_A.search(last):
            return True  # od Tuska, от Путина: a woman's nominative never follows one
        if gender == "m" and last[-1].lower() in _VOWELS and len(given) > 1:
            if any(
                given_gender(w, lang) == "f" and masculine_given(w, lang) != w for w in given[1:]
            ):
                return True
        soft = RU_SOFT_CASE.search(last) if lang == "ru" and given else None
        if soft and soft.group() != "ем" and masculine_given(given[-1], lang) != given[-1]:
            return True
        if lang in _NOUN_GENITIVE and given and given[-1].endswith("a"):
            if _NOUN_GENITIVE[lang].search(last) or lang == "pl" and _polish_mans_genitive(last):
                # Františka Kupky, Mieczysława Karłowicza: František's, Mieczysław's; a
                # woman of that given name would be Františka Kupková, Mieczysława Karłowicz
                mans = masculine_given(given[-1], lang)
                return mans != given[-1] and given_gender(mans, lang) in ("m", "mf")
        if lang == "pl" and given and _PL_MANS_U.search(last):
            mans = masculine_given(given[-1], lang)  # Janie Nowaku: Jan's; no woman's -u
            return mans != given[-1] and given_gender(mans, lang) in ("m", "mf")
        if lang in ("cs", "sk") and given and not _CS_WOMANS.search(last.lower()):
            w = given[-1]  # Andreje Babiše: Andrej's, as a woman's name would take -ová
            readings = given_lemmas(w, lang)[1:]
            mans = any(given_gender(form, lang) in ("m", "mf") for form in readings)
            return mans and (given_gender(w, lang) is None or _mans_genitive(last))
        if lang in _EAST_SLAVIC and given and last.lower().endswith(_MANS_ADJECTIVE_CASE):
            return True  # Андрія Садового: a woman's adjective ends in -ої, -ой, -ай
        if lang in _EAST_SLAVIC and given and _mans_genitive(last):
            mans = masculine_given(given[-1], lang)  # Василя Стуса: Василь, no woman Василя
            return mans != given[-1] and given_gender(mans, lang) in ("m", "mf")
        return self.known_mans_reading(given, last)

    def nominative_adjectival(self, words_: list[int]) -> bool:
        """A man's given names as written in the nominative (*Лев*, no case form of
        another) before a Slavic surname in an adjective's masculine nominative (*Лев
        Толстой*, *Lech Kaczyński*, *Josef Suchý*): the surname is that nominative too,
        never a woman's case form (*Толста*, *Kaczyńsko*) that the text's women of the
        family (*Софья Толстая*, *Marta Kaczyńska*) make known."""
        ending = _MANS_ADJECTIVE.get(self.lang)
        if ending is None or len(words_) < 2:
            return False
        if not self.toks[words_[-1]].text.endswith(ending):
            return False
        return all(
            given_gender(w, self.lang) == "m" and masculine_given(w, self.lang) == w
            for w in (self.toks[n].text for n in words_[:-1])
        )

    def after_preposition(self, n: int) -> bool:
        """Token ``n`` right after a Polish or East Slavic preposition, with one space
        between: a name there is in an oblique case, where a woman's name in -a takes
        another ending (*od Kowalskiej*, *от Путиной*)."""
        if n < 1 or self.lang not in ("pl", *_EAST_SLAVIC):
            return False
        before = self.toks[n - 1]
        return before.end + 1 == self.toks[n].start and before.text in prepositions(self.lang)

    def known_mans_reading(self, given: list[str], last: str) -> bool:
        """An East Slavic given name that is a man's in a case (Віталія: Віталій's, or a
        woman Віталія) before a surname whose man's reading the text names elsewhere
        (Кличка: Кличко вимагав): the man, in that case."""
        lang = self.lang
        if lang not in _EAST_SLAVIC or not given:
            return False
        mans = masculine_given(given[-1], lang)
        if mans == given[-1] or given_gender(mans, lang) not in ("m", "mf"):
            return False  # Людмилы Улицкой: Людмила's, a woman's name in every reading
        return any(
            key(form, lang) in self.known
            and not _FEMININE.search(form.lower())
            and not form.endswith(("а", "я"))  # Лесі Українки: Українка is hers as well
            for form in lemmas(last, lang)[1:]
        )
