"""Cyrillic names into the Latin spellings each language uses, and back.

One JSON table per convention lives in ``data/``; :mod:`.engine` applies them.
Russian, Ukrainian and Belarusian are read with their own letter values
(``src``), because Belarusian and Ukrainian people are written from their
national form (Lukaschenko from Russian, Łukaszenka from Belarusian).
"""

from __future__ import annotations

import re

from glossary.translit.engine import CYRILLIC, load, table_names

#: Target conventions, by the language code they serve ("iso9" is ISO 9:1995).
TARGETS = ("de", "en", "hu", "pl", "fr", "cs", "iso9")
#: Cyrillic source languages.
SOURCES = ("ru", "uk", "be")

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|інична|ич|іч|ыч|вiч)$")


# Letters only one of the three source alphabets has.
_ONLY_UK = set("єїґ")
_ONLY_BE = set("ў")
_NOT_UK = set("ыэёъ")  # with і these mark Belarusian
_NOT_BE = set("ищъ")  # with і these mark Ukrainian


def script_source(name: str, src: str) -> str:
    """The source language the letters of ``name`` prove, else ``src``.

    A name written with є, ї or ґ is Ukrainian and one with ў Belarusian, whatever
    language it was said to be in: it is read with that language's letter values
    (Огнєвіч gives Ohnewitsch, not Ognjewitsch). і beside и marks Ukrainian, і
    beside ы or э Belarusian; Russian has none of these letters.
    """
    letters = set(name.lower())
    if letters & _ONLY_UK:
        return "uk"
    if letters & _ONLY_BE:
        return "be"
    if "і" in letters:
        if letters & _NOT_UK and not letters & _NOT_BE:
            return "be"
        if letters & _NOT_BE and not letters & _NOT_UK:
            return "uk"
    return src


def is_cyrillic(text: str) -> bool:
    """True when every letter of ``text`` is Cyrillic (and there is at least one)."""
    letters = [c for c in text.lower() if c.isalpha()]
    return bool(letters) and all(c in CYRILLIC for c in letters)


def surname_index(words: list[str]) -> int:
    """Index of the family name among the words of a full name.

    "Surname, Given" is handled by the caller; here a trailing patronymic, or
    a known given name after an unknown word, means the surname-first order
    that Ukrainian labels use ("Литвин Володимир Михайлович"); otherwise the
    last word is the surname. Only Cyrillic words are looked up.
    """
    if len(words) >= 3 and _PATRONYMIC.search(words[-1].lower()):
        return 0
    if len(words) == 2:
        from glossary.given import is_given_name
        from glossary.shapes import surname_shaped

        if is_cyrillic(words[1]):
            second = listed_given(words[1]) is not None
        else:
            second = is_given_name(words[1], "ru")
        if second and not is_given_name(words[0], "ru"):
            return 0  # "Литвин Володимир", not "Адгур Харазия"
        if (
            surname_shaped(words[0], "ru")
            and not surname_shaped(words[1], "ru")
            and not is_given_name(words[0], "ru")
        ):
            return 0  # "Джемілєв Мустафа"
    return len(words) - 1


def _recase(source: str, out: str) -> str:
    if not out:
        return out
    if len(source) > 1 and source.isupper():
        return out.upper()
    if source[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def word(word: str, to: str, src: str = "ru", surname: bool = False) -> str:
    """Transliterate one word, keeping its capitalisation."""
    table = load(to)
    return _recase(word, table.word(word.lower(), src, surname))


def to_latin(name: str, to: str, src: str = "ru") -> str:
    """Spell a Cyrillic name (one or more words) the way language ``to`` writes it.

    >>> to_latin("Лукашенко", "de")
    'Lukaschenko'
    """
    head, comma, tail = name.partition(",")
    if comma:
        return to_latin(head, to, src) + "," + _convert_words(tail, to, src, None)
    words = _WORD.findall(name)
    sur = surname_index(words) if words else -1
    if len(words) == 1:
        from glossary.namelists import given_gender

        if given_gender(words[0]) is not None:
            sur = -1  # a given name alone (Александр) is no surname
    female = to == "cs" and len(words) > 1 and _female(words, sur)
    return _convert_words(name, to, src, sur, female)


# Men's given names that end in -а/-я like women's (Микола, Ілля, Нікіта).
_MALE_IN_A = re.compile(r"^(?:микола|ілля|илья|ілья|никита|нікіта|кузьма|фома|лука|савва|данила)$")
# Endings after which Czech adds no -ová: already feminine, or indeclinable.
_CS_NO_OVA = ("á", "i", "y", "e", "u", "ých", "ych", "ich")


def listed_given(name: str) -> str | None:
    """The gender of a Cyrillic given name as the general list has it, as written or in
    one of its usual Latin spellings (Мустафа: Mustafa); no looser match (Харазия is no
    Harjasa). None when the list does not have it."""
    from glossary.namelists import given_gender

    gender = given_gender(name)
    if gender is None:  # the general list spells most names in Latin script
        latin = sorted({word(name, t, "ru", surname=False) for t in ("en", "de", "pl")})
        gender = next((g for g in map(given_gender, latin) if g is not None), None)
    return gender


def _female(words: list[str], sur: int) -> bool:
    """A full name whose given name is a woman's (Злата, Юлія, Марыя)."""
    from glossary.given import is_given_name

    for k, w in enumerate(words):
        if k == sur or not is_given_name(w, "ru"):
            continue
        gender = listed_given(w)
        if gender in ("f", "m"):
            return gender == "f"  # Мустафа is a man's name
        low = w.lower()
        return low.endswith(("а", "я")) and not _MALE_IN_A.match(low)
    return False


def _czech_female(surname: str) -> str:
    """Czech writes foreign women's surnames with -ová (Tymošenková, Ohnevičová)."""
    low = surname.lower()
    if low.endswith(_CS_NO_OVA) or len(surname) < 3:
        return surname
    if low.endswith(("o", "a")):
        return surname[:-1] + "ová"
    return surname + "ová"


def _convert_words(text: str, to: str, src: str, sur: int | None, female: bool = False) -> str:
    out: list[str] = []
    pos = 0
    for k, m in enumerate(_WORD.finditer(text)):
        out.append(text[pos : m.start()])
        is_surname = sur is not None and k == sur
        latin = word(m.group(), to, src, surname=is_surname)
        out.append(_czech_female(latin) if female and is_surname else latin)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


__all__ = [
    "SOURCES",
    "TARGETS",
    "is_cyrillic",
    "script_source",
    "surname_index",
    "table_names",
    "to_latin",
    "word",
]
