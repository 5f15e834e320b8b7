"""Names as the languages' morphological dictionaries read them: the Russian and
Ukrainian given names of pymorphy3's dictionaries with their other readings, and the
forms that the Czech, Polish and Belarusian Hunspell dictionaries decline as persons'
names and the Russian and Ukrainian ones tag as surnames (``data/README.md``)."""

from __future__ import annotations

import re
from functools import cache

from glossary.listfiles import _lines
from glossary.namelists import _cyrillic_given_rows


@cache
def _cyrillic_given_table() -> dict[str, tuple[frozenset[str], ...]]:
    """Lower-case Cyrillic given name -> (the languages whose dictionary lists it, those
    whose dictionary also reads it as another word, those where that word is a place or
    another proper noun)."""
    return {
        name.lower(): tuple(frozenset(cell.split(",")) for cell in (langs, other, proper))
        for name, _, langs, other, proper in _cyrillic_given_rows()
    }


def _readings(word: str) -> tuple[frozenset[str], ...]:
    """:func:`_cyrillic_given_table`'s row of ``word``, empty sets if it has none."""
    return _cyrillic_given_table().get(word.lower(), (frozenset(),) * 3)


def cyrillic_dictionary_name(word: str, lang: str) -> bool:
    """Whether the Russian or Ukrainian dictionary of ``lang`` lists ``word`` as a given
    name at all (as nothing else or not)."""
    langs, _, _ = _readings(word)
    return lang in langs


def cyrillic_given_alone(word: str, lang: str) -> bool:
    """Whether ``word``, as written, is a Russian or Ukrainian given name of the language
    ``lang`` that its dictionary reads as nothing else (*Тарас*, *Юлия*; not *Надія*,
    *Роман*): a person's name even alone."""
    langs, other, _ = _readings(word)
    return lang in langs and lang not in other


def cyrillic_given_proper(word: str, lang: str) -> bool:
    """Whether the Russian or Ukrainian dictionary of ``lang`` also reads the given name
    ``word`` as a place or another proper noun (*Лена*, *Дон*: rivers)."""
    langs, _, proper = _readings(word)
    return lang in langs and lang in proper


#: Languages with a list of the forms of names their dictionary declines or tags as a
#: person's: Czech and Polish men's names and Belarusian surnames (``hunspell_lists.py``),
#: Russian and Ukrainian surnames (``cyrillic_given_lists.py``).
PERSON_FORM_LISTS = ("cs", "pl", "ru", "uk", "be")


@cache
def _person_forms(lang: str) -> dict[str, bool]:
    """``{lang}_person_names.txt.gz``: form -> whether it is a form of a common word too."""
    if lang not in PERSON_FORM_LISTS:
        return {}
    lines = _lines(f"{lang}_person_names.txt.gz")
    return {form: bool(word) for form, _, word in (line.partition("\t") for line in lines)}


def is_person_form(word: str, lang: str) -> bool:
    """A form of a name that the dictionary of ``lang`` declines or tags as a person's
    (:data:`PERSON_FORM_LISTS`: *Havla*, *Láďovi*, *Tuska*, *Мишустиным*, and *Švestka*,
    a plum too), as written."""
    return word in _person_forms(lang)


def is_name_only(word: str, lang: str) -> bool:
    """:func:`is_person_form`, and no form of a common word of ``lang`` (not *Švestka*):
    a name even where a sentence's capital hides what a word is. Belarusian, whose
    dictionary declines few surnames, also reads the Russian and Ukrainian ones in the
    letters the three share (*Пуціна*: *Путина*)."""
    found = _person_forms(lang).get(word)
    if found is None and lang == "be":
        return shared_spelling(word) in _neighbour_name_only()
    return found is False


#: The languages whose dictionaries Belarusian, which has none of its own here, reads
#: in the letters the three share (:func:`shared_spelling`).
NEIGHBOUR_LISTS = ("ru", "uk")
#: Letters Belarusian spells where Russian and Ukrainian spell the same sound otherwise,
#: and the unstressed о that Belarusian writes а (доктар: доктор).
_SPELLING = str.maketrans({"ё": "е", "і": "и", "ї": "и", "є": "е", "ў": "в", "э": "е", "о": "а"})
#: Belarusian ц and дз where the others write т and д before a soft vowel (Пуцін: Путин).
_SOFT_TS = re.compile(r"ц(?=[иеяюь])")


def shared_spelling(word: str) -> str:
    """A word of Belarusian, Russian or Ukrainian in letters the three share, lower case:
    tighter than the matching key, which reads ш as с (*вёскі*, a village's, is no
    *вошки*)."""
    low = word.lower().translate(_SPELLING).replace("дз", "д")
    return _SOFT_TS.sub("т", low)


@cache
def _neighbour_name_only() -> frozenset[str]:
    """The Russian and Ukrainian surname forms that are nothing else, in the shared
    letters."""
    return frozenset(
        shared_spelling(form)
        for lang in NEIGHBOUR_LISTS
        for form, word in _person_forms(lang).items()
        if not word
    )
