"""Given names from the general list (``data/given_names.tsv``), in any spelling.

A Latin word is a given name when the list has it as written (accents aside),
or when it spells one of the list's Cyrillic names in a transliteration, which
the matching key tells (Wladimir, Vladimir, Władimir and Vlagyimir
all read back to Владимир).
"""

from __future__ import annotations

from functools import cache, lru_cache

from glossary.key import key
from glossary.namelists import _cyrillic_given_rows, given_names, given_spread, merged_genders

_READINGS = ("de", "en", "hu", "pl", "cs", "fr")
_CYRILLIC = set("абвгґдеёжзийклмнопрстуўфхцчшщъыьэюяіїє")


@cache
def _cyrillic_keys() -> dict[str, str]:
    """Key of each Cyrillic given name -> its gender."""
    out: dict[str, str] = {}
    for name, gender in given_names().items():
        if name[:1] in _CYRILLIC:
            k = key(name, "ru")
            if len(k) >= 3:
                out[k] = merged_genders(out.get(k, ""), gender)
    return out


#: English-style digraphs of the national romanisations of East Slavic names (nam_dict's
#: Belarusian *Katsiaryna*, *Zhanna*) in the Czech letters the key reads (*Kaciaryna*):
#: ``kh`` is marked first, or ``ch`` would read it.
_DIGRAPHS = (("shch", "šč"), ("kh", "\0"), ("zh", "ž"), ("ch", "č"), ("sh", "š"), ("ts", "c"))


def _czech_letters(name: str) -> str:
    low = name.lower()
    for digraph, letters in _DIGRAPHS:
        low = low.replace(digraph, letters)
    return low.replace("\0", "ch")


@cache
def _latin_keys(lang: str | None = None, wide: bool = False) -> dict[str, str]:
    """Key of each Latin given name (read as Czech, the closest to Cyrillic letters) -> gender;
    with ``lang``, the names that hold in that language only too (Mykola in Ukrainian),
    which for an East Slavic language are romanised with English-style digraphs, so
    they are keyed in Czech letters too (Katsiaryna: Кацярына). ``wide``: only the
    general list's names that two sources or more list."""
    out: dict[str, str] = {}
    local = given_names(lang) if lang else {}
    for name, gender in (given_names() | local).items():
        if name[:1] in _CYRILLIC or wide and name not in local and given_spread(name) < 2:
            continue
        spellings = {name}
        if name in local and lang in ("ru", "uk", "be"):
            spellings.add(_czech_letters(name))
        for spelling in spellings:
            k = key(spelling, "cs")
            if len(k) >= 3:
                out[k] = merged_genders(out.get(k, ""), gender)
    return out


@cache
def _own_latin_keys(lang: str) -> frozenset[str]:
    """Keys of the Latin given names that hold in ``lang`` only (nam_dict's column of the
    country: Belarus's *Siarhei*, *Katsiaryna*), in Czech letters too."""
    return frozenset(
        key(spelling, "cs")
        for name in given_names(lang)
        if name[:1] not in _CYRILLIC
        for spelling in (name, _czech_letters(name))
    )


@cache
def _neighbour_keys() -> dict[str, str]:
    """Key of each Russian and Ukrainian dictionary given name that the dictionaries read
    as nothing else -> its gender: Belarusian has no dictionary of given names here, and
    its spellings of them are its neighbours' through the key (*Кэтрын*: *Кэтрин*,
    *Міхась*: *Михась*)."""
    out: dict[str, str] = {}
    for name, gender, _, other, _ in _cyrillic_given_rows():
        k = key(name, "ru")
        if not other and len(k) >= 3:
            out[k] = merged_genders(out.get(k, ""), gender)
    return out


def own_romanised_given(word: str, lang: str) -> bool:
    """Whether the Cyrillic ``word`` reads back to a given name the country of ``lang``
    lists in its romanisation (*Кацярына*: *Katsiaryna* in Belarusian), not merely to a
    name of some other list through a loose key (*Аўстрыі*: an English *Austri*)."""
    return len(word) >= 4 and key(word, "ru") in _own_latin_keys(lang)


@lru_cache(maxsize=1 << 16)
def cyrillic_given_gender(
    word: str, lang: str, local: bool = False, wide: bool = False
) -> str | None:
    """Gender of the given name ``word`` spells in another script or transliteration:
    a Latin word read back to a Cyrillic name of the list (Swetlana: Светлана), a
    Cyrillic word to any name of the list (Юлія: Юлия, Злата: Zlata), with the genders
    of every name its key meets. None if none. ``wide``: a Latin name one source lists
    alone does not count (:func:`_latin_keys`)."""
    if len(word) < 4:
        return None
    if word[:1].lower() in _CYRILLIC:
        k = key(word, "ru")
        latin = _latin_keys(lang if local else None, wide).get(k)
        cyrillic = _cyrillic_keys().get(k)
        if local and lang == "be" and cyrillic is None:
            cyrillic = _neighbour_keys().get(k)
        if cyrillic is None and latin is None:
            return None
        return merged_genders(cyrillic or "", latin or "")  # Злата: Zlata (f), Златьо (m)
    gender = _cyrillic_keys().get(key(word, lang if lang in _READINGS else "en"))
    if gender is None:
        return None
    return merged_genders(gender, _latin_keys(lang if local else None).get(key(word, "cs"), ""))


def own_given_only(word: str, lang: str) -> bool:
    """A Cyrillic given name that only the text language's own reading knows (Belarusian
    *Уладзімір*, read through its neighbours' names), which no key of another list
    makes: in that language, a man's name before a place's (the city *Уладзімір*)."""
    return bool(cyrillic_given_gender(word, lang, True)) and not cyrillic_given_gender(word, lang)


def is_given_name(word: str, lang: str) -> bool:
    """True when ``word`` is a given name of the general list as language ``lang`` spells it."""
    from glossary.namelists import given_gender

    return given_gender(word, lang) is not None or cyrillic_given_gender(word, lang) is not None
