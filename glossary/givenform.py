"""A given name's readings: whether a word is one, its gender, how widely it is listed,
and its nominative when declined (Władimira: Władimir; Віктора: Віктор)."""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.dictnames import is_person_form
from glossary.inflect import (
    RU_SOFT_CASE,
    fleeting_vowel,
    given_case_lemmas,
    given_lemmas,
    lemmas,
)
from glossary.lexicon import is_cyrillic
from glossary.namelists import (
    given_as_written,
    given_gender,
    given_spread,
    is_family_name,
    locale_given,
    merged_genders,
)
from glossary.shapes import _EAST_SLAVIC

#: Languages that decline given names (the genitive Władimira of Władimir).
DECLINING = frozenset("pl cs sk ru uk be hu".split())
#: A given name alone is a person when this many of the source's locales list it.
SPREAD_ALONE = 5
#: A given name listed by this few locales needs a known family name after it.
SPREAD_RARE = 1


def masculine_given(word: str, lang: str) -> str:
    """A declined given name's nominative for a man (Karola Nawrockiego: Karol, though
    the list has a woman's Karola too), else :func:`_given_citation`."""
    for form in given_lemmas(word, lang)[1:]:
        if given_gender(form, lang) in ("m", "mf") and not _indeclinable(form, lang):
            return form
    return _given_citation(word, lang)


def mans_citation(word: str, lang: str, nominative: bool = False) -> str:
    """A man's given name's citation: :func:`_given_citation`, but never a woman's name
    in -а or -я the word is not (*Антониу Гутерриш*: no accusative of a woman's
    *Антониа*); as written then."""
    citation = _given_citation(word, lang, nominative)
    return word if _womans(citation, lang) and not _womans(word, lang) else citation


def womans_citation(word: str, lang: str) -> str:
    """A woman's given name's citation in an East Slavic language: its citation form or
    else the first reading in -а or -я that a list gives to women (*Марыну*, *Аксана*,
    *Лесі*: Марына, Аксана, Леся), never a man's stem a loose key reads (*Марын*,
    *Аксан*); the citation form if none is."""
    from glossary.given import cyrillic_given_gender

    citation = _given_citation(word, lang)
    for form in [citation, *given_lemmas(word, lang)]:
        gender = given_gender(form, lang) or cyrillic_given_gender(form, lang, True)
        if form.endswith(("а", "я")) and gender in ("f", "mf"):
            return form
    return citation


def _womans(name: str, lang: str) -> bool:
    """A name in -а or -я the lists give to women only (Антониа; not Саша, nor
    Эммануэль, which a list gives to women too but declines as a man's)."""
    from glossary.given import cyrillic_given_gender

    if not name.endswith(("а", "я")):
        return False
    return (given_gender(name, lang) or cyrillic_given_gender(name, lang, True)) == "f"


#: An East Slavic -ия/-ія/-ыя: a woman's name (Юлія) or the genitive of a man's in -ий
#: (Сергія); read as the man's only where a list has his name as written (Сергій), not
#: through a loose key (Юлій).
_MASCULINE_GENITIVE = re.compile(r"[иіы]я$")


#: Russian given names ending in these vowels take no case endings (Антони, Жозе, Хосе
#: Марио, Ренату): no written form is one of their cases (Антониу is no Антони's).
_RU_INDECLINABLE = re.compile(r"[иеоуыэю]$")


def _indeclinable(form: str, lang: str) -> bool:
    return lang == "ru" and bool(_RU_INDECLINABLE.search(form.lower()))


def _given_citation(word: str, lang: str, nominative: bool = False) -> str:
    """A declined given name's nominative as the list spells it (Władimira -> Władimir,
    Marię -> Maria, Марию -> Мария), else the word. A form listed with its accents wins
    over one listed only without them: the accent is the case ending (Marię, not Marie).
    The general list's readings come first (Ryszarda: Ryszard), then the text language's
    own names (Lecha: Lech). ``nominative``: the surname beside it says the name is in
    the nominative, so a word that is a given name in any reading stays as written."""
    if lang not in DECLINING:
        return word
    from glossary.given import cyrillic_given_gender

    if nominative and (
        given_gender(word, lang) is not None or cyrillic_given_gender(word, lang, True)
    ):
        return word

    if woman := _womans_in_i(word, lang):
        return woman
    forms = [f for f in given_lemmas(word, lang)[1:] if not _indeclinable(f, lang)]
    for local in (False, True):
        only = lang if local else None
        if given_as_written(word, only):
            return word
        for form in forms:
            if given_as_written(form, only):
                return form
        if given_gender(word, only) is not None:
            return word
        for form in forms:
            if given_gender(form, only) is not None:
                return form
    # a form read only through a loose key, once no list has the word or a form as
    # written (Микола is listed; its loose Микол must not win)
    if not _MASCULINE_GENITIVE.search(word):  # Юлія: no Юлий by a loose key
        for local in (False, True):
            if word.endswith("е") and cyrillic_given_gender(word, lang, local) is not None:
                return word  # Саломе (Salome) as written, no Салома its dative would give
            for form in forms:  # Нарендра: no genitive of a Narender one list has
                if cyrillic_given_gender(form, lang, local, wide=True) is not None:
                    return form
    return word


@lru_cache(maxsize=1 << 16)
def _given(word: str, lang: str) -> str | None:
    """Gender of a given name ("m", "f", "mf", ""), None if ``word`` is not one: a name of
    the general list in any reading first (Ryszarda is Ryszard's genitive), then one that
    holds in ``lang`` only (Lech, Lecha in Polish)."""
    gender = _given_in(word, lang, False)
    return gender if gender is not None else _given_in(word, lang, True)


@lru_cache(maxsize=1 << 16)
def _womans_in_i(word: str, lang: str) -> str | None:
    """A Ukrainian or Belarusian woman's name in -а, -я in the genitive, dative or
    locative -і (*Лесі*, *Олесі*: Леся, Олеся), which a list holds for women, or None: a
    man's *Лесь*, *Олесь* takes -я, -ю, -еві there, so his reading is no rival."""
    if lang not in ("uk", "be") or not word.endswith("і") or given_gender(word, lang):
        return None
    return next(
        (f for f in (word[:-1] + "я", word[:-1] + "а") if given_gender(f, lang) == "f"), None
    )


def _given_in(word: str, lang: str, local: bool) -> str | None:
    if _womans_in_i(word, lang):
        return "f"  # Лесі Українки: Леся's
    only = lang if local else None
    gender = given_gender(word, lang, local)
    if gender is None and lang == "ru" and _soft_masculine(word):
        return "m"
    if gender is None and "-" in word:
        parts = [given_gender(p, lang, local) for p in word.split("-") if len(p) > 1]
        if parts and all(p is not None for p in parts):
            gender = parts[0]
    from glossary.given import cyrillic_given_gender

    if gender is None:
        gender = cyrillic_given_gender(word, lang, local)
        if lang in _EAST_SLAVIC:
            # a form the list has as written counts beside the word through a loose key
            # (Віктора: Віктор's genitive, a Latin Viktora a woman's name): both
            # genders, for a verb or the surname to decide
            listed = next(
                (
                    g
                    for f in lemmas(word, lang)[1:]
                    if (g := given_gender(f, lang, local)) is not None
                ),
                None,
            )
            if listed is not None:
                gender = merged_genders(listed, gender or "")
    if gender is None and lang in DECLINING:
        fleeting = fleeting_vowel(word) if lang == "ru" else []
        readings = lemmas(word, lang)[1:]  # Władimira, Людмилы: a given name declined
        for form in readings:
            # a woman's name in -а / -я in a case that changes its last letter, listed as
            # written (the language's own names too), before any reading through a loose
            # key (Паулу: Паула's accusative, no dative of a Паул read as Paul); both
            # where a man's name is listed as written too (Азизу: Азиза's or Азиз's)
            if len(form) == len(word) and form[-1:] in ("а", "я", "a"):
                if given_gender(form, lang, local) == "f" or given_gender(form, lang) == "f":
                    listed = (given_gender(f, w) for f in readings for w in (only, lang))
                    return "mf" if any(g and "m" in g for g in listed) else "f"
        for form in readings:
            gender = given_gender(form, lang, local)
            if gender is None:
                gender = cyrillic_given_gender(form, lang, local)
            if gender is not None:
                return gender
        for form in given_case_lemmas(word, lang):  # Сяргея, Матвея: a man's in -й
            if form in fleeting:
                continue
            read = given_gender(form, lang, local) or cyrillic_given_gender(form, lang, local)
            if read and (lang not in _EAST_SLAVIC or ("m" in read) == form.endswith("й")):
                return read  # not Расея, Russia, through a woman's name read as Расей
        for form in fleeting:  # Льва, Павла: Лев, Павел, a man's name as a list has it
            if (read := given_gender(form, lang, local)) and "m" in read:
                return read
    return gender


def _soft_masculine(word: str) -> bool:
    """A Russian given name no list has as written, in a case of a soft stem in -ь
    (Паскаля, Мигелем: Паскаль, Мигель): a man's, since a woman's name in -ь takes -и
    there (Любови), whatever a Latin woman's name its letters spell by key."""
    return bool(RU_SOFT_CASE.search(word)) and _given_citation(word, "ru").endswith("ь")


def _spread(word: str, lang: str) -> int:
    """How widely a given name is listed; a Cyrillic one counts as wide, and so does one
    that holds in the text's language only (Lech, Zygmunt in Polish).

    The spread counts the lists (one per locale) that hold a name, and only the
    few Cyrillic locales can hold Александр, so it says nothing about how
    common the name is: a given name read from Cyrillic, transliterated or as
    written, counts as wide; so does a name that the country of the text's
    language lists, in that language. Neither stands alone on this count: that
    takes ``SPREAD_ALONE`` lists of the general list (``given_spread``), or in a
    Slavic language a word its lists know as nothing else
    (``LoneWords.own_given_alone``).
    """
    spread = given_spread(word)
    parts = word.split("-")
    if spread <= SPREAD_RARE and len(parts) > 1 and _given(word, lang) is not None:
        # Karl-Theodor, Frank-Walter, Jean-Charles, Karl-Josef (one list has it): as wide
        # as its narrower part, each part a given name of its own
        if all(given_gender(part, lang) is not None for part in parts):
            return max(spread, min(_spread(part, lang) for part in parts))
        return spread if spread else min(_spread(part, lang) for part in parts)
    if (spread == 0 or is_cyrillic(word)) and "-" not in word and _given(word, lang) is not None:
        return max(spread, SPREAD_RARE + 1)
    if spread <= SPREAD_RARE and locale_given(_given_citation(word, lang), lang):
        return SPREAD_RARE + 1  # Paweł, Pawła: one locale lists it, the text's language's
    return spread


def listed_name(word: str, lang: str) -> bool:
    """A form a dictionary of ``lang`` has as a person's, a listed family name or a listed
    given name of any gender or none: a capitalised word that may be a person's name."""
    return is_person_form(word, lang) or is_family_name(word) or _given(word, lang) is not None
