"""A place entry's form per language: a name the city and country lists hold.

The endings :mod:`glossary.inflect` strips are those of surnames, so a declined
East Slavic city in -ь comes out as a stem nobody writes (Брюсселе, Брюсселем:
*Брюссел*). When the stem with the soft sign is a listed place (*Брюссель*,
*Кремль*, *Севастополь*), that is the entry's form; otherwise the entry keeps
what it had.
"""

from __future__ import annotations

from glossary.entries import Entry
from glossary.gazetteer import is_country, is_place_name, place_frequency
from glossary.inflect import _replace_endings, lemmas

_SOFT = ("ru", "uk", "be")
_SOFT_ENDINGS = ("ем", "ём", "ю", "я", "е", "і", "и")


#: Polish case endings of places that a surname's endings do not give, with the
#: nominative endings they come from: the locative of a feminine in -wa or -ga
#: (*Warszawie*, *Moskwie*, *Pradze*; a masculine's -owie is Kraków's, and other -ie
#: is as often a masculine's, *Lublinie*, *Berlinie*), of a stem in a soft consonant
#: (*Poznaniu*: *Poznań*, *Wrocławiu*), of a neuter in -e or -o (*Opolu*, *Bielsku*,
#: *Wilnie*: *Wilno*), and the plural of
#: a city named in the plural (*Katowicach*, *Kielcach*: *Katowice*; *Atenach*: *Ateny*),
#: and the cases in -i of a feminine in -ia (*Gdyni*: *Gdynia*), and the genitive of a
#: country named in the plural in -ie (*Indii*: *Indie*).
#: Czech likewise: the locative of *Praha* (*Praze*), of a neuter in -o (*Brně*), of a
#: stem with a fleeting -e- (*Vídni*, *Plzni*, genitive *Vídně*: *Vídeň*, *Plzeň*;
#: *Liberci*: *Liberec*)
#: or a soft stem (*Olomouci*, *Paříži*), and of a feminine in -ka (*Americe*); and
#: Ukrainian: the locative of a masculine whose -і- is an -о- or -є- in other cases
#: (*Львові*, *Харкові*: *Львів*, *Харків*; *Києві*: *Київ*), of a feminine in -а
#: (*Одесі*, *Празі*: *Одеса*, *Прага*; *Америці*; *Франції*: *Франція*) and of a hard
#: masculine (*Лондоні*, *Берліні*: *Лондон*, *Берлін*), and the
#: genitive of a masculine in -ів, -їв (*Харкова*, *Львова*: *Харків*, *Львів*;
#: *Києва*: *Київ*); and
#: Belarusian: *Празе*: *Прага*, *Гародні*: *Гародня*, *Гомелі*: *Гомель*,
#: *Магілёве*: *Магілёў*. In the three East Slavic languages, the genitive of a
#: masculine in a soft sign (*Брюсселя*, *Кремля*, *Гомеля*: *Брюссель*, *Кремль*).
_PLACE_ENDINGS = {
    "pl": [
        ("dze", ["ga"]),
        ("awie", ["awa"]),
        ("ewie", ["ewa"]),
        ("ywie", ["ywa"]),
        ("kwie", ["kwa"]),
        ("niu", ["ń"]),
        ("iu", [""]),
        ("nie", ["no"]),
        ("u", ["e", "o"]),
        ("ach", ["e", "y"]),
        ("ii", ["ie"]),
        ("i", ["ia"]),
    ],
    "uk": [
        ("єві", ["їв"]),
        ("ові", ["ів"]),
        ("єва", ["їв"]),
        ("ова", ["ів"]),
        ("зі", ["га"]),
        ("ці", ["ка"]),
        ("ії", ["ія"]),
        ("і", ["а", ""]),
        ("я", ["ь"]),
    ],
    "be": [
        ("зе", ["га"]),
        ("ні", ["ня"]),
        ("лі", ["ль"]),
        ("ве", ["ў"]),
        ("я", ["ь"]),
    ],
    "ru": [
        ("я", ["ь"]),
    ],
    "cs": [
        ("ze", ["ha"]),
        ("ce", ["ka"]),
        ("ě", ["o"]),
        ("ni", ["eň"]),
        ("ně", ["eň"]),
        ("ci", ["ec", "c"]),
        ("i", [""]),
    ],
}


def listed_citation(word: str, lang: str) -> str | None:
    """The first of ``word``'s citation forms, the word itself left out, that the city or
    country lists hold (Kijevből: Kijev, Киевом: Киев), or None; in Polish the readings
    of a place's own endings first (Warszawie: Warszawa, not the Warszaw another
    language writes), then -ów (Kijowa: Kijów, not Kijow); in Czech, Ukrainian and
    Belarusian those readings last (Praze: Praha, Львові: Львів). Where the language
    has a table of how often it writes each city's name, the reading it writes most
    (Berlina: Berlin, not the Italian Berlino; Pragi: Praga, not the German Prag). A
    country's name comes before any city's (Indii: Indie, not Indio in California)."""
    readings = lemmas(word, lang)[1:]
    if lang == "pl":  # before a surname's readings: Warszawie is Warszawa, not Warszaw
        readings = [*_place_readings(word, lang), *readings]
    else:  # after them: Bratislavě is Bratislava, not the Esperanto Bratislavo
        readings += _place_readings(word, lang)
    listed = [f for f in readings if is_place_name(f, lang)]
    if not listed:
        return None
    countries = [f for f in listed if is_country(f, lang)]
    if countries:  # Indii: the country Indie, not a town Indio in California
        return countries[0]
    if place_frequency(word, lang) is not None:  # the reading the language writes most
        written = [f for f in readings if place_frequency(f, lang)] or listed
        return max(written, key=lambda f: place_frequency(f, lang) or 0.0)
    if lang == "pl":  # Krakowie: Kraków before the Krakow other languages write
        listed.sort(key=lambda f: "ó" not in f)
    return listed[0]


def reads_as_place(word: str, lang: str) -> bool:
    """Whether the city and country lists read ``word`` as a place, as written or in
    one of its forms (*Японии*: *Япония*)."""
    return is_place_name(word, lang) or listed_citation(word, lang) is not None


def _place_readings(word: str, lang: str) -> list[str]:
    return _replace_endings(word, _PLACE_ENDINGS.get(lang, []), 2)


def listed_forms(word: str, lang: str) -> list[str]:
    """The listed place names among the soft-sign stems ``word`` may be a case form of.

    Only these: the lists hold every language's name of a large city, so a stripped
    ending can land on another language's name (Polish Berlina: Italian *Berlino*)."""
    return [form for form in _soft_stems(word, lang) if is_place_name(form, lang)]


def fix_place_forms(entry: Entry) -> None:
    """Replace a place's preferred form that no list holds by a listed one its
    forms read back to, most frequent first."""
    if entry.type != "place":
        return
    for lang, form in list(entry.preferred.items()):
        if is_place_name(form, lang):
            continue
        for written in entry.forms(lang):
            listed = listed_forms(written, lang)
            if listed:
                entry.preferred[lang] = listed[0]
                break


def _soft_stems(word: str, lang: str) -> list[str]:
    """A noun in -ь behind an East Slavic case form (Брюсселе, Брюсселя: Брюссель)."""
    if lang not in _SOFT:
        return []
    low = word.lower()
    for ending in _SOFT_ENDINGS:
        if low.endswith(ending) and len(word) - len(ending) >= 2:
            return [word[: -len(ending)] + "ь"]
    return []
