"""A noun of a person before a name in the same case, in Russian, Ukrainian and
Belarusian: *философ Кант*, *міністра Макея*, *иноземцу Олеарию*.

These languages write such nouns in lower case and give the name after them the
noun's case; a capitalised word in another case belongs to something else the noun
governs (*директор Газпрома*, the director of Gazprom). The nouns come from the
Russian and Ukrainian dictionaries' animate nouns (``data/README.md``); Belarusian
has no dictionary of its own here and reads them in the letters the three share
(*доктар*: *доктор*). Nouns of animals are among them; a pet's name after *собака* is a name too,
if not a person's.
"""

from __future__ import annotations

from functools import cache

from glossary.dictnames import is_person_form
from glossary.gazetteer import is_place_name
from glossary.lexicon import _lines, is_common_word, is_lower_word
from glossary.places import listed_citation

#: Languages with a list of animate nouns (``{lang}_animate_nouns.txt.gz``).
ANIMATE_LISTS = ("ru", "uk")
#: Endings of a name in -а or -я in the nominative: a woman's surname (Захарова,
#: Ахматова) and Belarusian's -енка (Кірыленка); after a masculine noun in the
#: nominative, any other name in -а, -я, -и, -ы, -і is governed by it (директор
#: Спартака, Роснефти).
_NOMINATIVE_A = ("ова", "ева", "ёва", "єва", "ина", "ына", "іна", "ая", "яя", "энка", "енка")
#: Endings of a name in the genitive, dative or another case that is no nominative.
_OBLIQUE_VOWEL = ("а", "я", "и", "ы", "і")
#: Endings of an adjective, which names an institution after such a noun (председателя
#: Уральского) unless the dictionary has it as a surname's form.
_ADJECTIVE = (
    "ого", "его", "ому", "ему", "ый", "ий", "ій", "ая", "яя", "ое", "ее", "ую", "юю",
    "ых", "их", "іх", "ым", "ім", "ой", "ої", "ага", "аму", "ай",
)  # fmt: skip

#: Endings of the oblique cases of nouns in -ия, -ія (Академии, Англии, Паленсии):
#: institutions and places far more often than persons.
_ABSTRACT = ("ии", "ія", "ії", "іі")


@cache
def _animate(lang: str) -> dict[str, tuple[frozenset[str], str]]:
    """Singular form -> (its cases, the noun's gender) for ``lang``'s list."""
    if lang not in ANIMATE_LISTS:
        return {}
    out = {}
    for line in _lines(f"{lang}_animate_nouns.txt.gz"):
        form, cases, gender = line.split("\t")
        out[form] = (frozenset(cases.split(",")), gender)
    return out


#: Letters Belarusian spells where Russian and Ukrainian spell the same sound otherwise,
#: and the unstressed о that Belarusian writes а (доктар: доктор).
_SPELLING = str.maketrans({"ё": "е", "і": "и", "ї": "и", "є": "е", "ў": "в", "э": "е", "о": "а"})


def _spelt(word: str) -> str:
    """A form in letters that Belarusian, Russian and Ukrainian share: tighter than the
    key, which reads ш as с (вёскі, a village's, is no вошки)."""
    return word.translate(_SPELLING).replace("дз", "д")


@cache
def _animate_spelt() -> dict[str, tuple[frozenset[str], str]]:
    """Each Russian and Ukrainian animate form in the shared letters -> its cases and
    gender, for Belarusian (*доктар*, *міністра*)."""
    out: dict[str, tuple[frozenset[str], str]] = {}
    for lang in ANIMATE_LISTS:
        for form, (cases, gender) in _animate(lang).items():
            old_cases, old_gender = out.get(_spelt(form), (frozenset(), ""))
            merged = "".join(sorted(set(old_gender + gender), reverse=True))
            out[_spelt(form)] = (old_cases | cases, merged)
    return out


def animate_noun(word: str, lang: str) -> tuple[frozenset[str], str] | None:
    """The cases and gender of ``word`` as a singular animate common noun of ``lang``,
    None if it is none."""
    if not word[1:].islower():
        return None
    word = word.lower()  # Бабця Зоня: a sentence's first word
    if lang == "be":
        return _animate_spelt().get(_spelt(word)) if len(word) >= 4 else None
    return _animate(lang).get(word)


def agrees(cases: frozenset[str], gender: str, name: str) -> bool:
    """Whether ``name`` can stand in one of ``cases`` beside a noun of ``gender``: a
    nominative masculine noun takes no name in an oblique vowel but a woman's, and an
    oblique masculine noun no name ending as a nominative does."""
    low = name.lower()
    vowel_end = low.endswith(_OBLIQUE_VOWEL)
    if cases == {"nomn"} and "f" not in gender and vowel_end and not low.endswith(_NOMINATIVE_A):
        return False  # директор Газпрома
    if "nomn" not in cases and "f" not in gender and low[-1:] not in "аеёиоуыэюяіїєь":
        return False  # министра Лавров: no such pair
    return True


def person_noun_before(noun: str, name: str, lang: str) -> bool:
    """Whether the lower-case ``noun`` right before the capitalised ``name`` is a noun of
    a person whose case ``name`` shares, and no list reads ``name`` as a place or a
    common word; a form the dictionary has as a surname's may be a word too (Кант)
    and end like an adjective (Каліноўскага)."""
    if lang not in ("ru", "uk", "be") or name.isupper() or len(name) < 3:
        return False
    found = animate_noun(noun, lang)
    if found is None:
        return False
    if is_place_name(name, lang) or listed_citation(name, lang) is not None:
        return False  # мастера Японии
    surname_form = is_person_form(name, lang)
    if is_common_word(name, lang) or is_lower_word(name, lang) and not surname_form:
        return False  # птенец Боже
    if not surname_form and name.lower().endswith(_ADJECTIVE + _ABSTRACT):
        return False  # председателя Уральского, президентом Академии
    if "-" in name and name.split("-")[0].isupper():
        return False  # ІТ-бізнесу
    return agrees(*found, name)
